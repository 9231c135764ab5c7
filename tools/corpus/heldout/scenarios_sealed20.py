"""Sealed set 20 (s20-): revenue-cycle audit sample from six acquired dermatology practices.

Practices (voices):
  * Marchetti Dermatology PLLC - solo dermatologist, one long dictated paragraph per visit (marchetti).
  * Harborline Mohs & Skin Cancer Center - Oracle Health (Cerner) PowerNote HTML exports with nested tables and
    <br> breaks (lindqvist, halvorsen).
  * Maplewood Children's Dermatology - ModMed EMA, pre-coded procedures, terse notes (adeyemi, castellanos).
  * Aurora Aesthetic Dermatology & Laser - cosmetic-heavy practice (voss, santos).
  * University Dermatology Continuity Clinic - VA/CPRS-style notes with resident author and attending attestation
    (weiss, okonkwo).
  * Cedar Hollow Rural Health Clinic - rural PA, lowercase, heavy abbreviations (pike).

Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and the tests/corpus/README.md
"Coding decisions" section only. Teaching-physician modifiers (GC/GE) for the resident clinic are outside the rule
book and conventions and are not expected on any line.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =============================================================================================================
# Batch 1
# =============================================================================================================

SCENARIOS.append({
    "id": "s20-bx-peds-ema-deleted-11100-11101-two-punch",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Peds EMA pre-coded deleted 11100/11101 for two punch biopsies of separate lesions (knee, back)",
    "date": "2025-11-04",
    "patient": ("Okoro-Lind", "Maya", "2016-05-19", "female"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Scaly plaque, right anterior knee", "L98.8", "Right anterior knee", reason=True),
        C("c2", "Hypopigmented patch, left upper back", "L81.9", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Punch bx", cpt="11100", site="R knee, anterior",
          note="4 mm punch. 1 x 4-0 nylon.", reasons=["c1"]),
        P("Punch bx - addl lesion", cpt="11101", site="L upper back",
          note="4 mm punch, separate lesion. 1 x 4-0 nylon.", reasons=["c2"]),
    ],
    "note_title": "EMA Visit Note",
    "note": """MAPLEWOOD CHILDREN'S DERMATOLOGY
Visit 11/04/2025   Provider: Folake Adeyemi, MD
Pt: Maya Okoro-Lind   9 y.o. F   w/ mother

CC: rash R knee x 4 mo; light spot on back
HPI: itchy plaque R knee, no better w/ OTC HC 1% x 6 wk. Mom noticed pale spot L upper back over the summer,
not going away. No FHx psoriasis that mom knows of. No meds.

Exam:
- R ant knee: 2.2 cm well-demarcated pink plaque, silvery scale
- L upper back: 3 cm ill-defined hypopigmented patch, fine scale, no atrophy
- Nails no pitting. Scalp clear.

Procedures:
- Punch bx #1 R knee, 4 mm, 1 x 4-0 nylon
- Punch bx #2 L upper back, 4 mm, separate lesion, 1 x 4-0 nylon
Consent mom verbal + written. EMLA x 45 min then lido 1% w/ epi. Tol well. Vaseline + bandage.

A/P:
1. Plaque R knee - ddx psoriasis vs LSC. Path pending.
2. Hypopigmented patch L upper back - ddx pityriasis alba vs PIH; hypopigmented MF very unlikely, bx to be sure.
Wound care sheet given. SR 10-14 d. Will call w/ path.
""",
    "expected": E([L("11104"), L("11105")], ["invalid-code"]),
    "coder_note": "11100/11101 were deleted 31 Dec 2018 (BX-1). Two punch biopsies of two separate lesions -> "
                  "11104 + 11105 (BX-2). No E/M selected.",
})

SCENARIOS.append({
    "id": "s20-bx-pa-lowercase-punch-plus-two-shaves",
    "family": "biopsy", "shape": "note-only",
    "description": "Rural PA lowercase note: shave bx back, punch bx forearm, shave bx cheek -> punch primary + 11103 x2",
    "date": "2025-12-02",
    "patient": ("Hollister", "Dwayne", "1948-02-27", "male"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 30,
    "conditions": [
        C("c1", "Basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right forearm", "D04.61", "Right dorsal forearm", reason=True),
        C("c3", "Actinic keratosis, left cheek", "L57.0", "Left cheek", reason=True),
    ],
    "path": [
        {"text": "A. Skin, left upper back, shave biopsy: basal cell carcinoma, nodular type, extending to the "
                 "deep margin.", "site": "Left upper back", "date": "2025-12-09"},
        {"text": "B. Skin, right dorsal forearm, punch biopsy: squamous cell carcinoma in situ (Bowen type), "
                 "margins involved.", "site": "Right dorsal forearm", "date": "2025-12-09"},
        {"text": "C. Skin, left cheek, shave biopsy: actinic keratosis, hypertrophic.", "site": "Left cheek",
         "date": "2025-12-09"},
    ],
    "note_title": "Clinic Note",
    "note": """cedar hollow rural health clinic - derm
jordan pike pa-c
dos 12/2/25

77 yo m est pt here for spots. farms, lots of sun. no hx skin ca per pt, never had a bx.
cc: sore on back wont heal x3 mo, scaly bump r forearm, rough spot l cheek.
pmh htn, cad s/p stent on plavix + asa. nkda.

exam: l upper back 0.9cm pearly pink pap w/ central crust. r dorsal forearm 1.1cm scaly erythematous
plaque. l cheek 0.6cm gritty pink scaly pap. scattered sks trunk, solar lentigines. no lad.

proc: consent, sites marked + photographed, lido 1% w/ epi.
 1. l upper back - shave bx w/ dermablade, alcl for hemostasis. r/o bcc
 2. r forearm - 4mm punch bx, 1 simple 4-0 prolene. r/o scc vs sccis
 3. l cheek - shave bx, r/o ak vs early scc
 specimens x3 to path labeled a/b/c.
tol well. vaseline + bandaid, wound care reviewed.

a/p: 3 lesions bx'd as above. sks benign, reassured - no tx. talked about ln2 for aks down the road, not
today. on plavix - held pressure, no issues. f/u path 1-2 wk, sooner prn.

addendum 12/9/25: path a) bcc nodular l upper back b) sccis r forearm c) ak l cheek. called pt. will set up
excision for a, discuss options for b. -jp
""",
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["D04.61"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary (forearm, SCCIS) + 11103 x2 for the two shave "
                  "biopsies. LN2 only discussed, not done.",
})

SCENARIOS.append({
    "id": "s20-bx-va-incisional-shin-punch-forearm-em25-no-g2211",
    "family": "biopsy", "shape": "free-text",
    "description": "Academic clinic: incisional wedge bx shin + punch bx forearm, E/M-25 for AD flare mgmt; G2211 listed but not payable with 25",
    "date": "2026-01-13",
    "patient": ("Trujillo", "Ernesto", "1956-09-08", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 55, "em": "99214",
    "conditions": [
        C("c1", "Erythema nodosum", "L52", "Left anterior shin", reason=True),
        C("c2", "Lichen planus", "L43.9", "Right volar forearm", reason=True),
        C("c3", "Atopic dermatitis, flare", "L20.89", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Incisional (wedge) biopsy to subcutaneous fat", site="Left anterior shin",
          note="Fusiform wedge 1.5 x 0.5 cm taken with #15 blade through dermis into subcutis to sample septa. "
               "2 simple 4-0 nylon. Resident performed with attending present for the entire procedure.",
          reasons=["c1"]),
        P("Punch biopsy 4 mm", site="Right volar forearm",
          note="Violaceous flat-topped papule. 4 mm punch, 1 simple 4-0 nylon.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Left anterior shin, incisional biopsy: septal panniculitis without vasculitis, consistent with "
                 "erythema nodosum.", "site": "Left anterior shin", "date": "2026-01-16"},
        {"text": "Right volar forearm, punch biopsy: lichen planus.", "site": "Right volar forearm",
         "date": "2026-01-16"},
    ],
    "note_title": "Dermatology Resident Clinic Note",
    "note": """LOCAL TITLE: DERMATOLOGY RESIDENT CLINIC NOTE
STANDARD TITLE: DERMATOLOGY OUTPATIENT NOTE
DATE OF NOTE: JAN 13, 2026@10:42      ENTRY DATE: JAN 13, 2026@10:42
      AUTHOR: NANDAKUMAR,PRIYA (PGY-3)   EXP COSIGNER: WEISS,SAMUEL
     URGENCY:                            STATUS: COMPLETED

CC: painful red bumps on shins x 3 wks; eczema flare; itchy bumps R forearm

HPI: 69 y/o M with long-standing atopic dermatitis on dupilumab 300 mg q2wk since 2024. Missed 3 doses over
the last 6 weeks (specialty pharmacy changed), now with diffuse itch and flare. Separately, tender red nodules on
both shins x 3 wks starting ~2 wks after strep pharyngitis (treated with amoxicillin). Also pruritic purple bumps
R volar forearm x 2 mo. No new meds other than the amoxicillin course.

EXAM: Tender, warm, ill-defined erythematous subcutaneous nodules bilateral anterior shins, largest 3 cm on L.
Flat-topped violaceous polygonal papules R volar forearm with fine white lines. Eczematous lichenified plaques
antecubital/popliteal fossae, neck, upper trunk, excoriations; EASI 18.

A/P:
1. Tender nodules bilateral shins - clinical EN vs other septal panniculitis. Punch would be too shallow;
   incisional wedge biopsy L shin today. ASO titer, CBC, CXR ordered (r/o sarcoid). NSAIDs, leg elevation.
2. Violaceous papules R forearm - LP vs lichenoid drug eruption. 4 mm punch today. HCV Ab ordered.
3. Atopic dermatitis, flare, not at goal - restart dupilumab 300 mg q2wk, specialty pharmacy transfer done
   today; triamcinolone 0.1% ointment BID body x 2 wk (454 g), bleach baths 2x/wk. Counseled on adherence.
Procedures as documented in the procedure notes.
RTC 2 wks for path review / suture removal.

Charge capture: 99214-25, 11106, 11105, G2211 (longitudinal AD care)

/es/ PRIYA NANDAKUMAR, MD  Resident

ATTENDING ATTESTATION: I saw and examined the patient with Dr. Nandakumar, was present for the entire biopsy
procedures, reviewed the resident's note and agree with the findings and plan as documented above.
/es/ SAMUEL WEISS, MD  Attending Physician  01/13/2026 14:05
""",
    "expected": E([L("99214", 1, "25"), L("11106"), L("11105")], dx={"11106": ["L52"]}),
    "coder_note": "BX-2: incisional primary 11106 + punch add-on 11105. E/M-25 supported by separate AD flare "
                  "management with prescription drugs (GS-3). G2211 is not payable when the E/M carries 25 "
                  "(EM-6), so it is not billed.",
})

SCENARIOS.append({
    "id": "s20-shave-dictated-neck-nevus-flank-isk",
    "family": "shave", "shape": "note-only",
    "description": "Dictated paragraph: shave removal bleeding neck nevus 0.7 cm + inflamed flank SK 1.4 cm; eyelid spot left alone",
    "date": "2025-11-18",
    "patient": ("Brennan", "Colleen", "1971-03-30", "female"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Intradermal nevus, right lateral neck, irritated", "D22.4", "Right lateral neck", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left flank", "L82.0", "Left flank", reason=True),
    ],
    "path": [
        {"text": "A. Right lateral neck, shave removal: intradermal melanocytic nevus with surface erosion and "
                 "hemorrhage.", "site": "Right lateral neck", "date": "2025-11-21"},
        {"text": "B. Left flank, shave removal: irritated (inflamed) seborrheic keratosis.", "site": "Left flank",
         "date": "2025-11-21"},
    ],
    "note_title": "Dictated Office Note",
    "note": """MARCHETTI DERMATOLOGY PLLC - DICTATED OFFICE NOTE - dictated by Luca Marchetti MD 11/18/2025, transcribed
11/19/2025, job 88412. This is Colleen Brennan, a 54-year-old established patient who comes in today because two
spots have been bothering her, the first is on the right side of her neck where her necklace chain and her
seatbelt rub it and she says it has bled onto her collar three or four times in the last month, and on exam
there is a soft flesh-colored dome-shaped papule measuring 0.7 centimeters with a hemorrhagic crust on its
surface that looks like an irritated intradermal nevus, the second one is on the left flank right at the
waistband and is a stuck-on brown verrucous plaque measuring 1.4 by 1.0 centimeters that is red around the base
and weeping, she says it itches constantly and she scratches it until it bleeds, so both lesions have documented
bleeding and the flank one is clinically inflamed, she also pointed to a small tan spot on her left upper eyelid
and asked whether that could come off some time but it has been unchanged for years and she is happy to leave it
alone, so nothing was done to it today, after discussing risks including scar, pigment change and recurrence she
gave consent and we anesthetized each site with 1 percent lidocaine with epinephrine and performed a shave
removal of the neck papule flush with the skin and a shave removal of the flank keratosis with a DermaBlade,
hemostasis with aluminum chloride, no sutures, both specimens sent to pathology in separately labeled
containers, Vaseline and bandages applied, she tolerated it well, I will call her with the results and otherwise
see her in the spring for her routine check, end of dictation.
""",
    "expected": E([L("11306"), L("11302")], dx={"11306": ["D22.4"], "11302": ["L82.0"]}),
    "coder_note": "SH-1: neck (SNHFG) 0.7 cm -> 11306; flank (TAL) 1.4 cm -> 11302. Bleeding/inflammation "
                  "documented (BSL-3). Eyelid spot not treated.",
})

SCENARIOS.append({
    "id": "s20-shave-pa-scalp-sized-nose-unsized",
    "family": "shave", "shape": "free-text",
    "description": "Rural PA: shave removal scalp ISK 5mm + nasal tip papule with no size anywhere -> only scalp line",
    "date": "2026-02-10",
    "patient": ("Ybarra", "Lucinda", "1963-10-14", "female"),
    "provider": "pike", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp", "L82.0", "Left parietal scalp", reason=True),
        C("c2", "Fibrous papule of nose", "D23.39", "Nasal tip", reason=True),
    ],
    "procedures": [
        P("shave removal", site="l parietal scalp",
          note="5mm inflamed sk, catches on comb + bleeds. flush shave w/ dermablade, drysol.", reasons=["c1"]),
        P("shave removal", site="nasal tip",
          note="dome shaped shiny pap, bleeds w/ nose blowing, r/o bcc. shaved flush, drysol. to path.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Scalp, left parietal, shave: irritated seborrheic keratosis.", "site": "Left parietal scalp",
         "date": "2026-02-13"},
        {"text": "B. Nasal tip, shave: fibrous papule (angiofibroma). No malignancy.", "site": "Nasal tip",
         "date": "2026-02-13"},
    ],
    "note_title": "Clinic Note",
    "note": """cedar hollow rural health clinic - derm
j pike pa-c   2/10/26

62 yo f est. 2 spots to come off.
1) l parietal scalp - sk, gets caught in comb, bled x several. inflamed, crusted.
2) nasal tip - shiny dome pap, bleeds when she blows her nose, been there ~1 yr. r/o bcc.
pmh dm2 (a1c 7.1), hld. meds metformin, atorva. nka.

proc: consent. lido 1% w/ epi. both lesions removed by shave flush w/ skin, drysol hemostasis, no sutures.
both to path. vaseline/bandaid. tol well.

a/p
- isk scalp, inflamed - removed
- nasal tip pap r/o bcc - removed, path pending
- pt asked about her "age spots" on hands - lentigines, cosmetic, nothing done
rtc prn / path call
""",
    "expected": E([L("11305")], ["missing-documentation"]),
    "coder_note": "Scalp (SNHFG) 0.5 cm -> 11305. The nasal tip lesion's diameter is never documented, so no "
                  "size-banded shave line can be chosen -> no line + missing-documentation (README).",
})

SCENARIOS.append({
    "id": "s20-exb-va-cyst-upper-back-precoded-band",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Academic clinic pre-coded 11404 for cyst 2.2 cm + 1 mm margins (=2.4 cm) -> 11403; layered 6.5 cm 12032 kept",
    "date": "2025-12-09",
    "patient": ("Kowalczyk", "Bernard", "1952-01-23", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Epidermal inclusion cyst, upper back, recurrently inflamed", "L72.0", "Upper back, midline",
          reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, trunk", cpt="11404", site="Upper back, midline",
          note="Cyst 2.2 x 1.8 cm; excised with 1 mm margins; fusiform ellipse 6.5 x 2.2 cm.", reasons=["c1"]),
        P("Repair intermediate, trunk", cpt="12032", site="Upper back, midline",
          note="Layered closure, 3-0 Vicryl deep dermal, 4-0 nylon running. Length 6.5 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Upper back, excision: ruptured epidermoid cyst with foreign-body giant cell reaction.",
         "site": "Upper back", "date": "2025-12-12"},
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """LOCAL TITLE: DERMATOLOGY PROCEDURE NOTE
STANDARD TITLE: DERMATOLOGY PROCEDURE NOTE
DATE OF NOTE: DEC 09, 2025@13:20     ENTRY DATE: DEC 09, 2025@15:02
      AUTHOR: OYELARAN,DAVID (PGY-2)   EXP COSIGNER: WEISS,SAMUEL
     URGENCY:                          STATUS: COMPLETED

INDICATION: 73 y/o M with a cyst on the upper back that has become red, painful and drained foul material
twice this year (incised at an urgent care in 03/2025 and 08/2025). Now quiescent; elects excision.
PROCEDURE: Excision of epidermoid cyst, upper back, with layered closure.
Pre-op: cyst measured 2.2 x 1.8 cm with punctum. Time-out done. 1% lidocaine w/ epi 12 mL.
Fusiform ellipse designed around the cyst with 1 mm margins (excised diameter 2.4 cm); ellipse length 6.5 cm.
Cyst removed intact with sac; some scar tissue from prior I&D. Undermining minimal.
Closure: layered - 3-0 Vicryl deep dermal buried, 4-0 nylon running. Final length 6.5 cm.
EBL minimal. No complications. Specimen to pathology.
Plan: wound care, SR 12-14 d, call w/ path.

/es/ DAVID OYELARAN, MD  Resident
ATTENDING ATTESTATION: I was present for the entire procedure and agree with the documentation.
/es/ SAMUEL WEISS, MD  12/09/2025 16:40
""",
    "expected": E([L("11403"), L("12032")], ["coding-correction"], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter = 2.2 + 2 x 0.1 = 2.4 cm -> trunk 11403, not 11404 (the ellipse length "
                  "is not the size). Layered closure 6.5 cm trunk -> 12032 (EX-5). Recurrent inflammation "
                  "documented (BSL-3 g).",
})

SCENARIOS.append({
    "id": "s20-exb-dictated-chest-suspected-bcc-path-benign",
    "family": "excision-benign", "shape": "note-only",
    "description": "Dictated: excision of chest lesion clinically suspected BCC, final path desmoplastic trichoepithelioma -> benign 11402",
    "date": "2026-01-20",
    "patient": ("Farrow", "Desmond", "1966-07-04", "male"),
    "provider": "marchetti", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Desmoplastic trichoepithelioma, central chest", "D23.5", "Central chest", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-06", "11102", "Tangential biopsy", "Central chest",
              note="Basaloid neoplasm, favor desmoplastic trichoepithelioma; morpheaform BCC not excluded."),
    ],
    "path": [
        {"text": "Central chest, excision: desmoplastic trichoepithelioma, completely excised. No basal cell "
                 "carcinoma identified. Margins free.", "site": "Central chest", "date": "2026-01-23"},
    ],
    "note_title": "Dictated Procedure Note",
    "note": """MARCHETTI DERMATOLOGY PLLC - DICTATED PROCEDURE NOTE - Luca Marchetti MD, date of service January 20, 2026.
Desmond Farrow is a 59-year-old man who returns for excision of a firm ivory-colored annular plaque on the
central chest which I biopsied two weeks ago on January 6 with a shave biopsy that came back as a basaloid
neoplasm favoring desmoplastic trichoepithelioma but where the pathologist could not exclude a morpheaform basal
cell carcinoma, and clinically I was worried about a basal cell carcinoma as well, so we agreed on complete
excision for a definitive diagnosis, today the lesion measures 1.0 by 0.7 centimeters at its greatest
dimensions, we marked 3 millimeter margins all the way around and drew a fusiform ellipse oriented along the
relaxed skin tension lines, after informed consent and a time-out we infiltrated 1 percent lidocaine with
epinephrine, excised the ellipse down to the superficial subcutaneous fat, tagged the specimen at 12 o'clock and
sent it to pathology, the wound closed easily without undermining and was closed in a single layer with
interrupted 4-0 nylon sutures, there was no deep layer placed, length of the closure 3.1 centimeters, bandage
applied, he tolerated it well, he also asked me about several small red dots on his trunk which are cherry
angiomas and I told him these are harmless and cosmetic and we did not treat any of them today, sutures out in
10 to 14 days, I will call him with the final pathology, end of dictation.
ADDENDUM 01/23/2026: final pathology desmoplastic trichoepithelioma, completely excised, no BCC. Patient informed. LM
""",
    "expected": E([L("11402")], dx={"11402": ["D23.5"]}),
    "coder_note": "EX-3: benign vs malignant follows the final pathology (benign) -> 11402; excised diameter "
                  "1.0 + 2 x 0.3 = 1.6 cm trunk. Single-layer closure is included (EX-5). Prior biopsy is 000 "
                  "global, no modifier. Cherry angiomas not treated.",
})

SCENARIOS.append({
    "id": "s20-exb-peds-scalp-nevus-precoded-simple-repair-is-layered",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Peds EMA: scalp nevus excision 11422 correct, repair pre-coded 12001 but documented layered 2.8 cm scalp -> 12032",
    "date": "2026-02-17",
    "patient": ("Haverford", "Liam", "2014-08-02", "male"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 50,
    "conditions": [
        C("c1", "Congenital melanocytic nevus of scalp, changing", "D22.4", "Left occipital scalp", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion scalp", cpt="11422", site="Scalp - L occipital",
          note="Lesion 0.9 x 0.7 cm, 2 mm margins.", reasons=["c1"]),
        P("Repair, simple", cpt="12001", site="Scalp - L occipital",
          note="Layered: 4-0 Monocryl deep dermal + 5-0 fast gut. Length 2.8 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Scalp, left occipital, excision: compound melanocytic nevus with congenital features; no "
                 "atypia. Margins clear.", "site": "Left occipital scalp", "date": "2026-02-20"},
    ],
    "note_title": "EMA Procedure Note",
    "note": """MAPLEWOOD CHILDREN'S DERMATOLOGY
02/17/2026  Ines Castellanos, MD
Pt: Liam Haverford  11 y.o. M   w/ father

CC: mole on scalp getting darker + raised
Hx: present since birth per dad; past 6 mo darker, raised, itchy; barber nicked it twice.
Exam: L occipital scalp 0.9 x 0.7 cm brown papule, slightly irregular color, hair-bearing.
A: congenital nevus, changing - excision for dx.

Procedure: excision L occipital scalp
- Consent dad (written) + pt assent
- Lido 1% w/ epi 4 mL, buffered
- Margins 2 mm, ellipse oriented along hair direction
- Closure: layered, 4-0 Monocryl deep dermal + 5-0 fast gut running; final length 2.8 cm
- EBL min. Tol well. Specimen to path.

Plan: shampoo ok after 48 h, no helmet sports x 2 wk. Call w/ path. RTC 6 mo skin check.
""",
    "expected": E([L("11422"), L("12032")], ["coding-correction"], dx={"11422": ["D22.4"]}),
    "coder_note": "EX-1: 0.9 + 2 x 0.2 = 1.3 cm scalp -> 11422 (correct). Closure is layered, so intermediate "
                  "repair, scalp belongs to 12031-12037; 2.8 cm -> 12032 (REP-2), not the simple 12001 that is "
                  "bundled with the excision.",
})

SCENARIOS.append({
    "id": "s20-exm-pa-bcc-back-layered-after-bx",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Rural PA: excision bx-proven BCC L upper back 1.1 cm + 4 mm margins -> 11602, layered 4.5 cm -> 12032",
    "date": "2026-01-06",
    "patient": ("Hollister", "Dwayne", "1948-02-27", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left upper back", "C44.519", "Left upper back", reason=True),
    ],
    "prior": [
        PRIOR("2025-12-02", "11104", "Punch biopsy", "Right dorsal forearm"),
        PRIOR("2025-12-02", "11103", "Tangential biopsy", "Left upper back", note="path: BCC nodular"),
    ],
    "path": [
        {"text": "Left upper back, excision: basal cell carcinoma, nodular, with scar from prior biopsy; margins "
                 "clear, closest peripheral 2.5 mm.", "site": "Left upper back", "date": "2026-01-09"},
    ],
    "note_title": "Procedure Note",
    "note": """cedar hollow rural health clinic - derm procedure
j pike pa-c   dos 1/6/26

78 yo m for exc of bx proven bcc l upper back (bx 12/2/25, nodular bcc, deep margin +).
still on plavix + asa per cardiology - not held.
sccis r forearm from same day - pt wants to think about 5fu vs exc, nothing done today.

pre-op: lesion incl bx scar 1.1 x 0.8cm. marked 4mm margins all around -> ellipse along rstl.
consent signed, time out. lido 1% w/ epi 10cc.
excised to fat, specimen tagged 12:00, to path.
moderate undermining. closure layered: 3-0 vicryl deep dermal, 4-0 prolene running. length 4.5cm.
hemostasis w/ hyfrecator. ebl min. no comps.
dressing: vaseline, telfa, pressure dsg.

plan: sr 14 d (back). wound care sheet. call w/ path. will look at forearm again at sr visit.
""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.519"]}),
    "coder_note": "EX-1: 1.1 + 2 x 0.4 = 1.9 cm trunk, malignant -> 11602; layered 4.5 cm trunk -> 12032 (EX-5). "
                  "Prior biopsies are 000 global (no modifier). Forearm SCCIS not treated today.",
})

SCENARIOS.append({
    "id": "s20-exm-dictated-scc-forearm-reexcision-58",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Dictated: re-excision for positive deep margin of SCC R forearm 8 days after 11601 -> 11604-58 + 12032-58",
    "date": "2026-02-24",
    "patient": ("Pettibone", "Arthur", "1944-12-11", "male"),
    "provider": "marchetti", "payer": "medicare-noname", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal forearm, positive deep margin", "C44.622",
          "Right dorsal forearm", reason=True),
    ],
    "prior": [
        PRIOR("2026-02-16", "11601", "Excision malignant lesion, arm", "Right dorsal forearm",
              note="SCC 0.6 cm with 2 mm margins; path: well-differentiated SCC, deep margin involved."),
    ],
    "path": [
        {"text": "Right dorsal forearm, re-excision: healing scar with granulation tissue; no residual carcinoma "
                 "identified. Margins free.", "site": "Right dorsal forearm", "date": "2026-02-27"},
    ],
    "note_title": "Dictated Procedure Note",
    "note": """MARCHETTI DERMATOLOGY PLLC - DICTATED PROCEDURE NOTE - Luca Marchetti MD, date of service 02/24/2026. Arthur
Pettibone is an 81-year-old man who had an excision of a squamous cell carcinoma on the right dorsal forearm
with me on February 16 and the pathology came back as a well differentiated squamous cell carcinoma with the
deep margin involved, so as we planned at that visit he returns today, eight days later, for a re-excision to
clear the margin, his sutures were still in place and the wound is healing well without infection, the healing
linear scar measures 3.0 centimeters in length and I marked 2 millimeter margins around it for a total excised
diameter of 3.4 centimeters, after consent and a time-out the area was anesthetized with 1 percent lidocaine
with epinephrine and the scar and surrounding tissue were excised down to and including a thin layer of fascia
at the base since the deep margin was the problem, the specimen was oriented and sent for permanent sections,
the wound required undermining in the subcutaneous plane and was closed in layers with 3-0 Monocryl buried deep
sutures and 4-0 nylon running on the surface for a final length of 4.2 centimeters, he tolerated the procedure
well, he asked whether he would need radiation and I said not if this margin is clear, we will see him back in
two weeks for suture removal, he also has a rough spot on his scalp that looks like an actinic keratosis and we
will treat it at that visit, nothing was done to it today, end of dictation.
""",
    "expected": E([L("11604", 1, "58"), L("12032", 1, "58")], ["global-period"], dx={"11604": ["C44.622"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of 11601 -> 58 on the "
                  "excision and its layered repair; coded malignant although the re-excision is negative. Excised "
                  "diameter 3.4 cm arm -> 11604; layered 4.2 cm -> 12032. DX-4: still active treatment -> C44.622.",
})

# =============================================================================================================
# Batch 2
# =============================================================================================================

SCENARIOS.append({
    "id": "s20-exm-va-mis-cheek-rotation-flap-em57",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Academic new-pt MIS L cheek: decision + same-day WLE closed with rotation flap 8.5 sq cm -> 99204-57 + 14040 only",
    "date": "2025-12-16",
    "patient": ("Delacroix", "Yvette", "1950-04-18", "female"),
    "provider": "okonkwo", "payer": "medicare-advantage", "minutes": 120, "em": "99204",
    "conditions": [
        C("c1", "Melanoma in situ, left malar cheek", "D03.39", "Left malar cheek", reason=True),
    ],
    "procedures": [
        P("Wide local excision melanoma in situ with cheek rotation flap", site="Left malar cheek",
          note="Lesion 0.8 cm; 5 mm margins. Primary defect 1.8 cm round (2.5 sq cm). Rotation flap from lateral "
               "cheek, secondary defect 6.0 sq cm; total 8.5 sq cm.", reasons=["c1"]),
        P("Layered closure of flap", site="Left malar cheek",
          note="5-0 Monocryl deep, 6-0 nylon interrupted; suture line 3.6 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Left malar cheek, wide local excision: residual melanoma in situ, lentigo maligna type; all "
                 "margins clear (closest 3 mm).", "site": "Left malar cheek", "date": "2025-12-19"},
    ],
    "note_title": "Dermatologic Surgery Clinic Note",
    "note": """LOCAL TITLE: DERMATOLOGIC SURGERY NEW PATIENT CONSULT + PROCEDURE
STANDARD TITLE: DERMATOLOGY SURGERY NOTE
DATE OF NOTE: DEC 16, 2025@08:15     ENTRY DATE: DEC 16, 2025@12:47
      AUTHOR: FERREIRA-HOLT,JANE (PGY-4)   EXP COSIGNER: OKONKWO,CHIDI
     URGENCY: ROUTINE                       STATUS: COMPLETED

REASON FOR CONSULT: MIS L cheek, bx 11/20/2025 by outside dermatologist (shave bx: melanoma in situ, LM type,
peripheral margins involved). New to our clinic.

HPI: 75 y/o F, lesion present ~2 yrs, slowly enlarging. No prior skin cancer. Not immunosuppressed. On apixaban
for AF (held 2 days per cardiology, approved).
EXAM: 0.8 cm irregular tan-brown macule with scar L malar cheek; Wood's lamp shows no subclinical extension
beyond 1 mm. TBSE: no other suspicious lesions; scattered SKs and lentigines. No cervical/preauricular LAD.
ASSESSMENT/PLAN: Melanoma in situ, LM type, L cheek. Reviewed outside slides. Discussed options: Mohs with
MART-1 (not available in our clinic this month), staged excision, WLE with 5 mm margins and flap, imiquimod
(off-label), radiation. After discussion the patient chose WLE with local flap TODAY; the decision for surgery
was made at this visit. Risks incl. bleeding, infection, scar, ectropion, recurrence, need for further surgery.

PROCEDURE: WLE of MIS with rotation flap, L malar cheek. See procedure entries for measurements.
Primary defect 1.8 cm after 5 mm margins. Cheek rotation flap designed from the lateral cheek/preauricular
skin, undermined in the subcutaneous plane, rotated and inset. Total area primary + secondary defect 8.5 sq cm.
Layered closure of the flap. EBL 10 mL. No complications.
Post-op: pressure dressing, head elevation, acetaminophen. SR day 6. Global period reviewed.

/es/ JANE FERREIRA-HOLT, MD  Resident
ATTENDING ATTESTATION: I saw and evaluated the patient, confirmed the history and exam, made the decision
for surgery with the patient today, and was present for the entire procedure. /es/ CHIDI OKONKWO, MD
""",
    "expected": E([L("99204", 1, "57"), L("14040")], dx={"14040": ["D03.39"]}),
    "coder_note": "FLAP-1/2: cheek flap 2.5 + 6.0 = 8.5 sq cm -> 14040, which includes the excision (no 11642) and "
                  "the layered closure of the same defect (no 12052). 14040 is 090 global and the decision for "
                  "surgery was made at today's new-patient visit -> 99204-57 (GS-4).",
})

SCENARIOS.append({
    "id": "s20-mohs-html-right-helix-scc-3-stages-6-blocks-complex",
    "family": "mohs", "shape": "note-only", "html": True,
    "description": "Cerner HTML: Mohs R helix SCC 3 stages (6/3/2 blocks) + complex repair helical rim 2.4 cm",
    "date": "2025-11-12",
    "patient": ("Ostrowski", "Raymond", "1941-06-29", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 210,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right helix", "C44.222", "Right superior helix", reason=True),
        C("c2", "History of basal cell carcinoma", "Z85.828", history=True),
    ],
    "note_title": "Mohs Surgery PowerNote",
    "note": """<html><head><title>Mohs Micrographic Surgery PowerNote</title></head><body>
<div class="pn-header"><b>HARBORLINE MOHS &amp; SKIN CANCER CENTER</b><br>PowerNote: Mohs Micrographic Surgery<br>
Patient: OSTROWSKI, RAYMOND &nbsp; MRN 44102937 &nbsp; DOS 11/12/2025<br>
Surgeon and pathologist: Erik Lindqvist, MD</div>
<table border="1" cellpadding="3">
<tr><td><b>Preoperative Diagnosis</b></td><td>Squamous cell carcinoma, well to moderately differentiated, right
superior helix (biopsy 10/21/2025, accession HS25-30018)</td></tr>
<tr><td><b>Indication</b></td><td>Ear = AUC area H. Immunocompetent. Tumor 1.2 x 1.0 cm.</td></tr>
<tr><td><b>History</b></td><td>BCC L cheek treated with Mohs 2018, no recurrence.<br>Warfarin continued, INR 2.4 this
morning.<br>Pacemaker - bipolar cautery only.</td></tr>
<tr><td><b>Anesthesia</b></td><td>1% lidocaine w/ epi 1:100,000, 7 mL, ring block of the helix</td></tr>
</table>
<br>
<table border="1" cellpadding="3">
<tr><th colspan="2">Mohs Stages</th></tr>
<tr><td><b>Stage 1</b></td><td>
  <table border="0">
  <tr><td>Tissue blocks:</td><td>6</td></tr>
  <tr><td>Margin status:</td><td>SCC at posterior helical rim (blocks 4, 5); deep margin clear</td></tr>
  </table></td></tr>
<tr><td><b>Stage 2</b></td><td>
  <table border="0">
  <tr><td>Tissue blocks:</td><td>3</td></tr>
  <tr><td>Margin status:</td><td>focal residual SCC at block 2, perichondrium spared</td></tr>
  </table></td></tr>
<tr><td><b>Stage 3</b></td><td>
  <table border="0">
  <tr><td>Tissue blocks:</td><td>2</td></tr>
  <tr><td>Margin status:</td><td>clear</td></tr>
  </table></td></tr>
</table>
<br>
All frozen sections (H&amp;E) cut in our Mohs lab and interpreted by me as the Mohs surgeon. No specimens sent
to outside pathology.<br>
<br>
<table border="1" cellpadding="3">
<tr><td><b>Final defect</b></td><td>2.1 x 1.3 cm, superior helix through the helical rim, cartilage exposed</td></tr>
<tr><td><b>Repair</b></td><td>Complex linear repair: wound edges freshened/debrided, cartilage trimmed 2 mm to
allow tension-free closure, helical rim re-approximated with careful alignment of the free margin; 5-0 Monocryl
deep, 6-0 Prolene superficial. Final repair length 2.4 cm.</td></tr>
<tr><td><b>Considered</b></td><td>Helical advancement (Antia-Buch) flap - not needed. FTSG - not needed.</td></tr>
<tr><td><b>Complications</b></td><td>None. EBL minimal.</td></tr>
</table>
<br>
Plan: pressure dressing 48 h, keep dry, sleep on L side. Suture removal 1 wk. Acetaminophen.<br>
Electronically signed: Erik Lindqvist, MD 11/12/2025 16:18
</body></html>
""",
    "expected": E([L("17311"), L("17312", 2), L("17315"), L("13151")], dx={"17311": ["C44.222"]}),
    "coder_note": "MOHS-2: ear -> 17311 + 17312 x2 (3 stages); 6 blocks in stage 1 -> 17315 x1 (blocks beyond 5). "
                  "MOHS-7/REP-3: helical rim free margin + debridement -> complex, ear 2.4 cm -> 13151.",
})

SCENARIOS.append({
    "id": "s20-mohs-nasal-dorsum-sameday-dx-bx-frozen-59-repair-elsewhere",
    "family": "mohs", "shape": "free-text",
    "description": "Never-biopsied R nasal dorsum lesion: same-day tangential bx + frozen section, Mohs 2 stages; repair by facial plastics next day",
    "date": "2026-01-21",
    "patient": ("Quintero", "Beatriz", "1958-11-03", "female"),
    "provider": "halvorsen", "payer": "medicare-ngs", "minutes": 170,
    "conditions": [
        C("c1", "Basal cell carcinoma, right nasal dorsum", "C44.311", "Right nasal dorsum", reason=True),
    ],
    "procedures": [
        P("Diagnostic saucerization biopsy for frozen section", site="R nasal dorsum",
          note="1.0 cm waxy papule, no prior biopsy or pathology anywhere. DermaBlade saucerization; specimen "
               "frozen in our lab and read by Dr. Halvorsen: infiltrative BCC. Mohs decision based on this.",
          reasons=["c1"]),
        P("Frozen section, diagnostic specimen", site="R nasal dorsum",
          note="One frozen block, H&E, read before any Mohs layer was taken.", reasons=["c1"]),
        P("Mohs stage I", site="R nasal dorsum", note="4 blocks; residual BCC deep at 6 o'clock.",
          reasons=["c1"]),
        P("Mohs stage II", site="R nasal dorsum", note="2 blocks; clear.", reasons=["c1"]),
        P("Wound dressing, referral for reconstruction", site="R nasal dorsum",
          note="Defect 2.0 x 1.6 cm to perichondrium. Dressed; repair by facial plastic surgery tomorrow 01/22."),
    ],
    "note_title": "Mohs Surgery PowerNote",
    "note": """HARBORLINE MOHS & SKIN CANCER CENTER - Kirsten Halvorsen, MD (Mohs surgeon and pathologist)
DOS 01/21/2026

67 F sent by her PCP for a "spot on the nose" x 1 year that bleeds with glasses. No biopsy ever done - PCP
referred directly. She lives 2.5 hours away. Plan discussed in advance: diagnostic biopsy with frozen section
today; proceed to Mohs only if carcinoma is confirmed on the frozen section.
Meds: amlodipine, vitamin D. NKDA. No anticoagulants.
Exam: 1.0 cm waxy papule with telangiectasia R nasal dorsum; no other lesions on the face.

Dx biopsy: saucerization, frozen section in our lab, read by me = infiltrative BCC. No prior pathology existed.
Mohs, R nasal dorsum:
  Stage I - 4 blocks - residual BCC at 6:00 deep
  Stage II - 2 blocks - clear
Defect 2.0 x 1.6 cm down to perichondrium.
Repair: patient prefers reconstruction by Dr. Amsel (facial plastics) - scheduled 01/22 at his surgery center.
Today: petrolatum, non-stick dressing, pressure. No closure performed by us.
F/u: wound check after reconstruction, then skin exams q6 mo.
""",
    "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-5(a)/BX-5 and README: same-day diagnostic biopsy + frozen section of a never-biopsied lesion "
                  "that decided Mohs -> 11102-59 and 88331-59 (same lesion, so 59 not XS). Nose, 2 stages, <=5 "
                  "blocks -> 17311 + 17312. No repair billed by this practice.",
})

SCENARIOS.append({
    "id": "s20-mohs-precoded-superficial-bcc-back-no-abn-gz-88305",
    "family": "mohs", "shape": "pre-coded",
    "description": "Pre-coded 17313 + 88305: Mohs of small primary superficial BCC R upper back, Medicare FFS, no ABN -> 17313-GZ; 88305 dropped",
    "date": "2026-02-04",
    "patient": ("Sandoval", "Gerald", "1955-05-25", "male"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 75,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right upper back", "C44.519", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Mohs, trunk/extremity, first stage", cpt="17313", site="R upper back",
          note="Superficial BCC 0.7 cm. 1 stage, 2 blocks, clear.", reasons=["c1"]),
        P("Surgical pathology, Mohs blocks", cpt="88305", site="R upper back",
          note="Stage 1 frozen blocks x2, H&E, read by Mohs surgeon.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery PowerNote",
    "note": """<html><body>
<b>HARBORLINE MOHS &amp; SKIN CANCER CENTER</b><br>
PowerNote - Mohs Micrographic Surgery<br>
Patient: SANDOVAL, GERALD &nbsp; DOS: 02/04/2026 &nbsp; Surgeon/pathologist: Kirsten Halvorsen, MD<br>
<br>
<table border="1" cellpadding="2">
<tr><td>Diagnosis</td><td>Superficial BCC, R upper back (shave bx 01/09/2026, outside dermatologist)</td></tr>
<tr><td>Size</td><td>0.7 x 0.6 cm</td></tr>
<tr><td>Tumor status</td><td>Primary, not recurrent; well-defined borders</td></tr>
<tr><td>Immune status</td><td>Immunocompetent; no prior radiation; no genetic syndrome</td></tr>
<tr><td>AUC</td><td>Area L, superficial subtype, &lt;2 cm: criteria for Mohs NOT met</td></tr>
</table>
<br>
Counseling: I explained that by appropriate-use criteria this tumor is usually treated with ED&amp;C, topical
therapy or standard excision, and that Medicare may not pay for Mohs here. He wants Mohs because his brother had
a recurrence after ED&amp;C. <b>No ABN was obtained</b> (front desk form not completed before the procedure).<br>
<br>
<table border="1" cellpadding="2">
<tr><th>Stage</th><th>Blocks</th><th>Result</th></tr>
<tr><td>1</td><td>2</td><td>Clear</td></tr>
</table>
Frozen sections processed in our Mohs lab and interpreted by me. No tissue sent for permanent sections.<br>
Defect 1.1 x 1.0 cm, left to heal by second intention (patient preference). No repair.<br>
Wound care reviewed. F/u 4 wk.<br>
e-signed K. Halvorsen MD 02/04/2026 11:52
</body></html>
""",
    "html": True,
    "expected": E([L("17313", 1, "GZ")], ["ncci", "medical-necessity"], dx={"17313": ["C44.519"]}),
    "coder_note": "MOHS-5: no 88305 on Mohs specimens (17313/88305 indicator 1, no separate tissue) -> removed. "
                  "MOHSN-2 / README GA-GZ decision: primary superficial BCC <2 cm on the trunk fails the Mohs AUC; "
                  "Medicare FFS with no ABN -> GZ.",
})

SCENARIOS.append({
    "id": "s20-mohs-html-scalp-scc-one-stage-simple-repair-em25-nummular",
    "family": "mohs", "shape": "note-only", "html": True,
    "description": "Cerner HTML: Mohs vertex scalp SCC 1 stage 4 blocks, simple repair 3.0 cm; separate nummular eczema eval with Rx -> 99213-25",
    "date": "2026-03-03",
    "patient": ("Whitcombe", "Harold", "1947-08-15", "male"),
    "provider": "lindqvist", "payer": "medicare-advantage-ppo", "minutes": 110, "em": "99213",
    "conditions": [
        C("c1", "Squamous cell carcinoma, vertex scalp", "C44.42", "Vertex scalp", reason=True),
        C("c2", "Nummular dermatitis, lower legs", "L30.0", "Bilateral lower legs", reason=True),
    ],
    "note_title": "Mohs Surgery PowerNote",
    "note": """<html><body>
<table width="100%" border="0"><tr><td><b>HARBORLINE MOHS &amp; SKIN CANCER CENTER</b></td>
<td align="right">DOS 03/03/2026</td></tr></table>
<table border="1" cellpadding="3">
<tr><td colspan="2"><b>PowerNote: Mohs Surgery + Office Visit</b> - Erik Lindqvist, MD (surgeon and pathologist)</td></tr>
<tr><td>Patient</td><td>WHITCOMBE, HAROLD, 78 y/o M</td></tr>
<tr><td>Tumor</td><td>SCC, moderately differentiated, vertex scalp, 1.0 cm; biopsy 02/10/2026 (outside)</td></tr>
</table>
<br>
<b>Mohs</b><br>
<table border="1" cellpadding="3">
<tr><td>Stage 1</td><td><table><tr><td>blocks</td><td>4</td></tr><tr><td>margins</td><td>clear</td></tr></table></td></tr>
</table>
Defect 1.6 x 1.4 cm. Repair: simple linear closure, single layer of interrupted 3-0 nylon, no deep sutures,
no undermining. Length 3.0 cm.<br>
<br>
<b>Additional problem addressed (separate from surgery)</b><br>
<table border="1" cellpadding="3">
<tr><td>CC</td><td>Itchy coin-shaped patches on both shins x 2 months, keeping him up at night. Not related to the scalp tumor.</td></tr>
<tr><td>Exam</td><td>Multiple 2-4 cm nummular eczematous plaques with crust bilateral anterior lower legs; xerosis. No signs of
infection. KOH not indicated.</td></tr>
<tr><td>Assessment</td><td>Nummular dermatitis, bilateral lower legs</td></tr>
<tr><td>Plan</td><td>Rx triamcinolone 0.1% ointment BID x 2-3 wk (80 g), then PRN; bland emollient BID; lukewarm showers;
return if not improved in 4 wk - would consider patch testing then.</td></tr>
</table>
<br>
Level of service for the separate problem: 99213 (low MDM: one acute uncomplicated problem + Rx management).<br>
Plan scalp: SR 10 d, wound care sheet.<br>
e-signed Erik Lindqvist, MD
</body></html>
""",
    "expected": E([L("17311"), L("12002"), L("99213", 1, "25")],
                  dx={"17311": ["C44.42"], "99213": ["L30.0"]}),
    "coder_note": "MOHS-2: scalp, 1 stage, 4 blocks -> 17311. MOHS-7: simple repair scalp 3.0 cm -> 12002. A "
                  "separate problem (nummular dermatitis) was evaluated and a prescription drug managed -> E/M "
                  "99213-25 (GS-3). Medicare Advantage: no G-modifiers.",
})

SCENARIOS.append({
    "id": "s20-ds-pa-thirteen-aks-counts-in-words",
    "family": "destruction", "shape": "note-only",
    "description": "Rural PA LN2 to AKs counted by site in digits and words (7+3+2+1 = 13) -> 17000 + 17003 x12",
    "date": "2026-01-27",
    "patient": ("Muncy", "Loretta", "1949-09-09", "female"),
    "provider": "pike", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp, hands and nose", "L57.0", "Scalp, dorsal hands, nose", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "note_title": "Clinic Note",
    "note": """cedar hollow rural health - derm   1/27/26   j pike pa-c

76 yo f, hx bcc l nasal sidewall s/p mohs 2021 (no recurrence). here for aks. last ln2 to scalp 8/2025 -
some came back.
exam: gritty erythematous scaly paps:
 scalp (bald crown) x7
 r dorsal hand three
 l dorsal hand two
 nasal bridge one
nose scar from mohs looks good, no recurrence. sk l upper back - pt not bothered, left alone. no other
suspicious lesions on face/arms.

proc: ln2 cryo 2 freeze-thaw cycles, ~10 sec each, to all aks listed above. pt tol well. blister care reviewed.

a/p aks - treated as above. sun protection, hat. discussed 5fu for scalp field next time if more come
back - not rx'd today. rtc 6 mo.
""",
    "expected": E([L("17000"), L("17003", 12)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 7 + 3 + 2 + 1 = 13 AKs -> 17000 + 17003 x12. SK not treated; 5-FU only discussed.",
})

SCENARIOS.append({
    "id": "s20-ds-va-sixteen-aks-precoded-17000-17003-to-17004",
    "family": "destruction", "shape": "pre-coded",
    "description": "Academic clinic pre-coded 17000 + 17003 x15 for 16 AKs -> 17004 x1",
    "date": "2025-12-03",
    "patient": ("Baumgartner", "Otto", "1939-03-02", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, face, scalp and dorsal hands", "L57.0", "Forehead, scalp, dorsal hands",
          reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first lesion", cpt="17000", site="Forehead",
          note="LN2, 2 FTC.", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional 2-14", cpt="17003", site="Forehead, scalp, dorsal hands",
          note="Units: 15. LN2, 2 FTC.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """LOCAL TITLE: DERMATOLOGY CRYOTHERAPY NOTE
DATE OF NOTE: DEC 03, 2025@09:31     AUTHOR: PATEL-ROSS,ANIKA (PGY-2)   EXP COSIGNER: WEISS,SAMUEL
STATUS: COMPLETED

86 y/o M, Korean War era veteran, long outdoor work history, routine AK follow-up. No new lesions of concern.
Exam: hyperkeratotic erythematous papules consistent with AKs:
  forehead - 5
  scalp (vertex/crown) - 6
  R dorsal hand - 3
  L dorsal hand - 2
  Total: 16
No lesions suspicious for SCC (no induration, no tenderness). Lentigines and SKs - no tx.
Procedure: LN2 cryotherapy, 2 freeze-thaw cycles, 5-10 s, to all 16 AKs. Verbal consent. Tolerated well.
Plan: post-cryo care handout; sunscreen; RTC 6 months. Field therapy (5-FU) offered for the scalp - declined
for now.

/es/ ANIKA PATEL-ROSS, MD  Resident
ATTENDING ATTESTATION: I saw the patient with the resident and agree with the findings and plan; I was
present for the procedure. /es/ SAMUEL WEISS, MD
""",
    "expected": E([L("17004")], ["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 16 AKs (15 or more) -> 17004 x1 instead of 17000 + 17003 x15 (17003 x15 also exceeds its "
                  "13-unit ceiling).",
})

SCENARIOS.append({
    "id": "s20-ds-peds-molluscum-curette-plus-cantharidin-23-precoded-17110",
    "family": "destruction", "shape": "pre-coded",
    "description": "Peds EMA pre-coded 17110 for molluscum: 9 curetted + 14 cantharidin = 23 lesions -> 17111",
    "date": "2025-11-25",
    "patient": ("Pham", "Ethan", "2019-02-14", "male"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Molluscum contagiosum", "B08.1", "Trunk, axillae, thighs", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions, up to 14", cpt="17110", site="Trunk / axillae / thighs",
          note="Curettage 9 + cantharidin 14.", reasons=["c1"]),
    ],
    "note_title": "EMA Visit Note",
    "note": """MAPLEWOOD CHILDREN'S DERMATOLOGY
11/25/2025   Folake Adeyemi, MD
Pt: Ethan Pham  6 y.o. M  w/ mother + grandmother

CC: molluscum spreading x 5 mo, now itchy + some inflamed; sibling also has them
Exam: umbilicated pearly papules -
  R axilla 6, L axilla 3, trunk 8, R inner thigh 4, L inner thigh 2  (total 23)
  2 lesions R axilla red/inflamed (BOTE sign), no abscess
Tx (mom consent):
- curettage after topical lidocaine: 9 lesions (R axilla 6, L axilla 3)
- cantharidin 0.7% applied to 14 lesions (trunk 8, thighs 6); wash off in 4 h
Tol well, some tears.
Plan: blister care sheet; no pools x 24 h; RTC 4 wk. Declined imiquimod. Sibling to be seen next wk.
""",
    "expected": E([L("17111")], ["coding-correction"], dx={"17111": ["B08.1"]}),
    "coder_note": "DS-2: curettage and cantharidin are both destruction of benign lesions; 9 + 14 = 23 lesions "
                  "(15 or more) -> 17111, not 17110.",
})

SCENARIOS.append({
    "id": "s20-em-dictated-screening-fse-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Dictated: Medicare screening-only full skin exam, no history, no complaint, nothing found -> 99213-GY",
    "date": "2025-12-10",
    "patient": ("Gallagher", "Maureen", "1957-06-06", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
        C("c2", "Melanocytic nevi of trunk", "D22.5", "Trunk"),
        C("c3", "Seborrheic keratoses", "L82.1", "Trunk"),
    ],
    "note_title": "Dictated Office Note",
    "note": """MARCHETTI DERMATOLOGY PLLC - DICTATED OFFICE NOTE - Luca Marchetti MD, 12/10/2025. Maureen Gallagher is a
68-year-old established patient I last saw in April of this year for a rash that resolved, she comes in today only for
a skin check because a friend of hers was recently diagnosed with melanoma and she wanted to be looked over, she
has no personal history of skin cancer and no family history of melanoma, she has not noticed any new, changing,
itching or bleeding spots and has no skin complaints at all today, she is on levothyroxine and a statin, on a
full skin examination of the scalp, face, neck, trunk, arms, legs, hands, feet and nails there are scattered
regular tan melanocytic nevi on the trunk all under 5 millimeters and symmetric on dermoscopy, a handful of
stuck-on seborrheic keratoses on the back, a few cherry angiomas, and solar lentigines on the forearms, nothing
atypical or suspicious was found and no biopsies or treatments were needed, I reassured her, reviewed sun
protection and how to do a self skin exam using the ABCDEs, and she can return as needed or sooner if anything
changes, I selected an established patient visit level 99213 in the charge screen, end of dictation.
""",
    "expected": E([L("99213", 1, "GY")], dx={"99213": ["Z12.83"]}),
    "coder_note": "DX-5 and README: Medicare has no skin-cancer screening benefit; screening-only full skin exam "
                  "with no history, no complaint and nothing found -> E/M with GY.",
})

SCENARIOS.append({
    "id": "s20-em-va-psoriasis-methotrexate-99214-g2211",
    "family": "em", "shape": "note-only",
    "description": "Academic clinic: psoriasis on methotrexate with lab review, Medicare FFS, no procedure -> 99214 + G2211",
    "date": "2026-02-11",
    "patient": ("Redcloud", "Marvin", "1961-12-01", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, lower back", reason=True),
        C("c2", "Long term (current) use of methotrexate", "Z79.631", reason=True),
    ],
    "note_title": "Dermatology Resident Clinic Note",
    "note": """LOCAL TITLE: DERMATOLOGY RESIDENT CLINIC NOTE
STANDARD TITLE: DERMATOLOGY OUTPATIENT NOTE
DATE OF NOTE: FEB 11, 2026@14:10     ENTRY DATE: FEB 11, 2026@15:02
      AUTHOR: ABARA,KWAME (PGY-3)   EXP COSIGNER: OKONKWO,CHIDI
     URGENCY:                      STATUS: COMPLETED

CC: psoriasis follow-up, methotrexate monitoring (seen in this clinic for psoriasis since 2022)
HPI: 64 y/o M on MTX 15 mg PO weekly + folic acid 1 mg daily x 14 mo. Reports mild nausea day after dose,
no mouth sores, no SOB/cough. Alcohol: none. Joint sx: AM stiffness hands < 15 min, no swelling.
LABS (reviewed, 02/04/2026): CBC - WBC 5.8, Hgb 14.1, Plt 212; CMP - AST 31, ALT 38 (ULN 45), Cr 0.9.
EXAM: thin pink plaques with minimal scale bilateral elbows and knees, lower back; BSA ~4% (was 12% at
start). Nails: 2 pits L thumb. No dactylitis/enthesitis.
A/P:
1. Plaque psoriasis, improved on MTX, not yet clear. Continue MTX 15 mg weekly; switch folic acid to 5 mg
   the day after MTX for nausea. Repeat CBC/CMP in 3 months (ordered). Hepatotoxicity counseling repeated.
   Discussed NB-UVB add-on - pt declined (travel distance).
2. PsA screen (PEST 1) negative - monitor.
RTC 3 months. Ongoing longitudinal management of his psoriasis in this clinic.

Charge: 99214, G2211

/es/ KWAME ABARA, MD  Resident
ATTENDING ATTESTATION: I saw and examined the patient, discussed the case with Dr. Abara, and agree with the
assessment and plan. I personally reviewed the labs. /es/ CHIDI OKONKWO, MD  02/11/2026
""",
    "expected": E([L("99214"), L("G2211")], dx={"99214": ["L40.0"]}),
    "coder_note": "EM-4: chronic illness not at goal + drug therapy requiring monitoring for toxicity; level kept as "
                  "selected (99214). EM-6: longitudinal psoriasis care, no procedure and no modifier 25 on the "
                  "E/M, Medicare FFS -> G2211 billed as documented.",
})

# =============================================================================================================
# Batch 3
# =============================================================================================================

SCENARIOS.append({
    "id": "s20-em-peds-single-wart-99213-25-decision-only",
    "family": "em", "shape": "pre-coded",
    "description": "Peds EMA: 99213-25 + 17110 for one finger wart; only work is the cryo decision -> E/M removed, 17110 only",
    "date": "2026-01-08",
    "patient": ("Novak", "Sophie", "2015-10-21", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 15, "em": "99213",
    "em_display": "Office visit est, modifier 25",
    "conditions": [
        C("c1", "Verruca vulgaris, right index finger", "B07.8", "Right index finger, dorsal PIP", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions up to 14", cpt="17110", site="R index finger, dorsal",
          note="LN2 x 2 FTC, 1 wart.", reasons=["c1"]),
    ],
    "note_title": "EMA Visit Note",
    "note": """MAPLEWOOD CHILDREN'S DERMATOLOGY
01/08/2026  Ines Castellanos, MD
Pt: Sophie Novak  10 y.o. F  w/ mom

CC: wart R index finger x 3 mo
HPI: OTC salicylic acid x 6 wk, no better. No other concerns today per mom.
Exam: 4 mm verrucous papule, dorsal R index finger over PIP. No others on hands/feet.
A/P: verruca vulgaris R index finger - discussed cryo vs cantharidin vs keep SA. Mom/pt chose cryo.
LN2 x 2 FTC today, tol ok. Continue SA + duct tape between visits. RTC 3-4 wk for repeat prn.
Charges: 99213-25, 17110
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "GS-3 and conventions: the only problem is the treated wart and the only E/M work is the decision "
                  "to do the minor procedure -> E/M line removed; 17110 for one wart.",
})

SCENARIOS.append({
    "id": "s20-em-pa-rosacea-seb-derm-medicaid-negations",
    "family": "em", "shape": "note-only",
    "description": "Rural PA established visit rosacea + seb derm with Rx; declined LN2 and untreated tag -> 99213 only",
    "date": "2026-03-10",
    "patient": ("Carrizales", "Ramon", "1979-05-12", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Rosacea", "L71.9", "Central face", reason=True),
        C("c2", "Seborrheic dermatitis", "L21.9", "Scalp, nasolabial folds", reason=True),
    ],
    "note_title": "Clinic Note",
    "note": """cedar hollow rural health - derm f/u
j pike pa-c   3/10/26

46 yo m est pt f/u rosacea. on metrogel 0.75% qhs x 3 mo, bumps better but still flushing + some pustules
w/ heat at work (welder). also flaky scalp + red flaky sides of nose.
pmh: none. meds: metrogel. nkda.
hx: sks l shoulder ln2'd 2023 - fine now. no hx skin ca.

exam: cheeks/nose erythema, telangiectasias, 4-5 papulopustules. no rhinophyma. no ocular sx.
scalp diffuse greasy scale, nasolabial folds erythema + yellow scale.
skin tag r neck - pt not bothered, no tx.
1 rough sk l upper back - pt asked, offered ln2 - pt declined today, "maybe next time".

a/p
1. rosacea papulopustular, not at goal - cont metrogel, add doxycycline 40mg er daily (pa submitted),
   heat/trigger avoidance, daily spf.
2. seb derm scalp/face - ketoconazole 2% shampoo 2x/wk, keto 2% cream bid to face x 2 wk then prn.
rtc 3 mo.
level: 99213
""",
    "expected": E([L("99213")]),
    "coder_note": "Two problems with prescription drug management; level kept as selected. No procedure: LN2 "
                  "declined, skin tag not treated, past LN2 is history.",
})

SCENARIOS.append({
    "id": "s20-id-pa-axillary-abscess-loculated-packed",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Rural PA I&D R axillary abscess with loculations broken up and packing -> 10061",
    "date": "2025-12-16",
    "patient": ("Dunaway", "Keisha", "1990-01-30", "female"),
    "provider": "pike", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
    ],
    "procedures": [
        P("i&d abscess", site="r axilla",
          note="3cm fluctuant abscess. 1.5cm incision, copious purulence, cx sent. multiple loculations broken up "
               "w/ hemostat, irrigated w/ ns, packed w/ 1/4in iodoform ~15cm.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": """cedar hollow rural health   12/16/25   j pike pa-c

35 yo f painful lump r armpit x 5 d, getting bigger, now throbbing. no fever. first time - no prior boils,
no hx hs. shaves armpits.
exam: r axilla 3cm tender fluctuant erythematous nodule w/ 5cm surrounding erythema. no lymphangitic streaking.
l axilla + groin clear - no sinus tracts, no comedones.

proc: i&d r axilla - see procedure entry. consent. lido 1% w/ epi field block.
multiple loculations, broken up, irrigated, packed. gauze/tape. tol ok.

a/p abscess r axilla - i&d done, cx pending. doxy 100 bid x 7d (pending cx). warm compresses.
pt to pull 2cm of packing daily, rtc 48h for packing check/removal. if recurs consider hs w/u.
""",
    "expected": E([L("10061")], dx={"10061": ["L02.411"]}),
    "coder_note": "Complicated I&D (loculations broken up, irrigation, packing) -> 10061 (rule book 4.8).",
})

SCENARIOS.append({
    "id": "s20-id-peds-buttock-abscess-precoded-10061-simple",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Peds EMA pre-coded 10061 for a single simple buttock abscess (no loculations, no packing) -> 10060",
    "date": "2026-02-03",
    "patient": ("Batista", "Noah", "2012-07-07", "male"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Left buttock", reason=True),
    ],
    "procedures": [
        P("I&D abscess, complicated", cpt="10061", site="L buttock",
          note="1 cm fluctuant abscess, single. #11 stab incision, purulence expressed. No loculations, no "
               "packing. Cx sent.", reasons=["c1"]),
    ],
    "note_title": "EMA Visit Note",
    "note": """MAPLEWOOD CHILDREN'S DERMATOLOGY
02/03/2026  Folake Adeyemi, MD
Pt: Noah Batista  13 y.o. M  w/ dad

CC: painful bump L buttock x 4 d
Hx: wrestler. No prior abscesses. No fever. Household contacts well.
Exam: L buttock 1 cm fluctuant tender nodule, 2 cm rim of erythema. No other lesions.
Procedure: I&D. Consent dad. Lido 1% w/ epi 1 mL. #11 blade stab incision, moderate pus expressed, cavity
probed - no loculations. Not packed. Culture sent. Bandage.
A/P: simple abscess L buttock - drained. Warm compresses TID. No abx unless cx/clinical change. Hold
wrestling until healed. Bleach baths for household if recurs. RTC prn.
""",
    "expected": E([L("10060")], ["coding-correction"], dx={"10060": ["L02.31"]}),
    "coder_note": "Single, simple abscess without loculations or packing -> 10060, not 10061.",
})

SCENARIOS.append({
    "id": "s20-il-va-three-chest-keloids-kenalog40",
    "family": "intralesional", "shape": "free-text",
    "description": "Academic clinic ILK: 0.5 mL Kenalog-40 into each of 3 chest keloids (60 mg) -> 11900 + J3301 x6",
    "date": "2025-11-19",
    "patient": ("Adebayo", "Tunde", "1988-03-17", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, presternal chest", "L91.0", "Presternal chest", reason=True),
    ],
    "procedures": [
        P("Intralesional triamcinolone injection, keloids", site="Presternal chest",
          note="Kenalog-40 (40 mg/mL): 0.5 mL into each of 3 keloids = 1.5 mL total (60 mg). 30 g needle.",
          reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """LOCAL TITLE: DERMATOLOGY PROCEDURE NOTE
DATE OF NOTE: NOV 19, 2025@10:05     AUTHOR: LINDGREN-OBI,MARCUS (PGY-3)   EXP COSIGNER: WEISS,SAMUEL
STATUS: COMPLETED

37 y/o M with painful, itchy keloids of the presternal chest that arose from acne lesions in his 20s.
Session #3 (prior 10/2025 and 09/2025 with partial flattening).
Exam: 3 firm pink keloids presternal: 2.5 x 1.2 cm, 1.8 x 0.9 cm, 1.2 x 0.6 cm. Tender.
Procedure: intralesional triamcinolone. Kenalog-40 undiluted, 0.5 mL into each of the 3 keloids (total
1.5 mL = 60 mg). Verbal consent. No complications.
Discussed cryotherapy before injection and silicone gel sheets - cryo not done today; silicone started.
Acne on back - doing well on adapalene, continue (no change).
RTC 4-6 wk for next session.

/es/ MARCUS LINDGREN-OBI, MD  Resident
ATTENDING ATTESTATION: I was present for the injections and agree with the note. /es/ SAMUEL WEISS, MD
""",
    "expected": E([L("11900"), L("J3301", 6)], dx={"11900": ["L91.0"]}),
    "coder_note": "11900 for up to 7 lesions (3). J3301 = ceil(60 mg / 10) = 6 units. Cryo not performed.",
})

SCENARIOS.append({
    "id": "s20-il-pa-alopecia-areata-nine-patches",
    "family": "intralesional", "shape": "note-only",
    "description": "Rural PA ILK to nine alopecia areata patches, 3.2 cc of Kenalog 10 mg/mL (32 mg) -> 11901 + J3301 x4",
    "date": "2026-01-14",
    "patient": ("Tolliver", "Shayla", "1996-08-25", "female"),
    "provider": "pike", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata, multifocal scalp", "L63.9", "Scalp", reason=True),
    ],
    "note_title": "Clinic Note",
    "note": """cedar hollow rural health - derm   1/14/26   j pike pa-c

29 yo f w/ alopecia areata, 3rd ilk session (last 12/2025). some regrowth in the crown patches, new ones
behind r ear.
exam: nine well-defined smooth patches of hair loss on scalp - crown x4, occiput x2, l temporal x1,
r postauricular x2. exclamation pt hairs at margins of the new ones. eyebrows/lashes ok. nails ok.

proc: ilk - kenalog 10mg/ml, 0.1cc per injection site ~1cm apart, total 3.2cc into the nine patches.
verbal consent. tol ok, mild discomfort.

a/p aa multifocal - ilk as above. cont clobetasol soln qhs. tsh/cbc normal 11/2025. discussed jak
inhibitor (baricitinib) if keeps spreading - not started. rtc 4-6 wk.
""",
    "expected": E([L("11901"), L("J3301", 4)], dx={"11901": ["L63.9"]}),
    "coder_note": "Nine lesions (>7) -> 11901. 3.2 mL x 10 mg/mL = 32 mg -> J3301 = ceil(32/10) = 4.",
})

SCENARIOS.append({
    "id": "s20-il-peds-earlobe-keloids-precoded-j3301-units",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Peds EMA pre-coded J3301 x1 for 0.3 mL Kenalog-40 into each earlobe keloid (24 mg) -> J3301 x3",
    "date": "2025-12-22",
    "patient": ("Ferreira", "Ana", "2009-04-11", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Keloids of bilateral earlobes after piercing", "L91.0", "Bilateral earlobes", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Bilateral earlobes",
          note="2 keloids (R lobe, L lobe).", reasons=["c1"]),
        P("Triamcinolone acetonide inj", cpt="J3301", site="Bilateral earlobes",
          note="Units: 1. Kenalog-40, 0.3 mL each lobe.", reasons=["c1"]),
    ],
    "note_title": "EMA Visit Note",
    "note": """MAPLEWOOD CHILDREN'S DERMATOLOGY
12/22/2025  Ines Castellanos, MD
Pt: Ana Ferreira  16 y.o. F  w/ mom

CC: bumps on both earlobes after piercing 1 yr ago, growing, itchy, sore w/ earrings.
Exam: R lobe 1.0 cm firm keloid posterior; L lobe 0.8 cm firm keloid posterior.
Hx: OTC silicone gel x 2 mo, no change. No hx of other keloids. No FHx known.
Proc: ILK. Mom consent. Ice + topical lido first.
- Kenalog-40 (40 mg/mL) 0.3 mL into R lobe keloid
- Kenalog-40 (40 mg/mL) 0.3 mL into L lobe keloid
- 0.6 mL total, 30g needle. Tol well, no blanching of surrounding skin.
Plan: repeat q4-6 wk. Pressure earrings after flattening. Surgical excision only if ILK fails - not
planned. No new piercings. Atrophy/hypopigmentation risk reviewed w/ mom.
""",
    "expected": E([L("11900"), L("J3301", 3)], ["coding-correction"], dx={"11900": ["L91.0"]}),
    "coder_note": "0.6 mL x 40 mg/mL = 24 mg -> J3301 = ceil(24/10) = 3 units (pre-coded 1). Two lesions -> 11900.",
})

SCENARIOS.append({
    "id": "s20-mixed-dictated-fse-edc-bcc-shoulder-calf-bx-four-aks",
    "family": "mixed", "shape": "note-only",
    "description": "Dictated: ED&C bx-proven BCC R shoulder (1.4 cm defect) + shave bx L calf + LN2 4 facial AKs; no E/M selected",
    "date": "2026-01-29",
    "patient": ("Sorensen", "Lars", "1946-10-05", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma, right shoulder", "C44.612", "Right posterior shoulder", reason=True),
        C("c2", "Dysplastic nevus, left calf", "D22.72", "Left posterior calf", reason=True),
        C("c3", "Actinic keratoses, face", "L57.0", "Forehead, left temple, nose", reason=True),
        C("c4", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "prior": [
        PRIOR("2026-01-08", "11102", "Tangential biopsy", "Right posterior shoulder",
              note="Path: superficial and nodular BCC."),
    ],
    "path": [
        {"text": "Left posterior calf, shave biopsy: compound dysplastic nevus with moderate architectural and "
                 "cytologic atypia, extending to the peripheral margin.", "site": "Left posterior calf",
         "date": "2026-02-02"},
    ],
    "note_title": "Dictated Office Note",
    "note": """MARCHETTI DERMATOLOGY PLLC - DICTATED NOTE - Luca Marchetti MD, DOS 01/29/2026. Lars Sorensen is a 79-year-old
man with a history of several basal cell carcinomas who returns today for treatment of the biopsy-proven basal
cell carcinoma on the right posterior shoulder that I biopsied on January 8, superficial and nodular type, and
for his regular full skin examination, on exam today the biopsy site on the right shoulder shows a 1.0
centimeter pink pearly plaque with the healed biopsy scar, on the left posterior calf there is a new 6
millimeter irregularly pigmented macule with a darker eccentric area that was not there a year ago according to
his wife and is asymmetric on dermoscopy, and on the face there are four gritty actinic keratoses, one on the
forehead, one on the left temple and two on the nasal dorsum, the rest of the skin exam shows benign seborrheic
keratoses and lentigines and old surgical scars with no recurrence, after consent the right shoulder basal cell
carcinoma was treated with electrodesiccation and curettage, three cycles of curettage and desiccation, and the
final defect measured 1.4 centimeters in diameter, then the left calf lesion was sampled with a shave biopsy for
histology, and finally the four actinic keratoses on the face were treated with liquid nitrogen, two freeze thaw
cycles each, he tolerated everything well, wound care was reviewed, I will call with the calf pathology and he
should return in three months for his next skin check given his history, I did not select a separate office
visit today, end of dictation.
""",
    "expected": E([L("17262"), L("11102", 1, "XS"), L("17000", 1, "XS"), L("17003", 3)],
                  dx={"17262": ["C44.612"], "11102": ["D22.72"], "17000": ["L57.0"]}),
    "coder_note": "DS-4: ED&C BCC trunk/arm group, final defect 1.4 cm -> 17262. Shave bx of a different lesion -> "
                  "11102, XS because 17262/11102 is indicator 1 (biopsy column 2). DS-1: 4 AKs -> 17000 + 17003 x3; "
                  "17000 is column 2 of 17262/17000 and 11102/17000 (indicator 1), different lesions -> XS. No E/M "
                  "selected.",
})

SCENARIOS.append({
    "id": "s20-mixed-html-mohs-arm-scc-7-2-blocks-flap-plus-back-punch",
    "family": "mixed", "shape": "note-only", "html": True,
    "description": "Cerner HTML: Mohs L upper arm poorly diff SCC 2 stages (7/2 blocks), rotation flap 9.3 sq cm, punch bx separate back lesion",
    "date": "2025-12-18",
    "patient": ("Ingram", "Walter", "1943-02-19", "male"),
    "provider": "halvorsen", "payer": "medicare-ngs", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma, poorly differentiated, left upper arm", "C44.629",
          "Left posterolateral upper arm", reason=True),
        C("c2", "Melanocytic nevus, right upper back", "D22.5", "Right upper back", reason=True),
    ],
    "path": [
        {"text": "Right upper back, punch biopsy: compound melanocytic nevus, no atypia.", "site": "Right upper back",
         "date": "2025-12-22"},
    ],
    "note_title": "Mohs Surgery PowerNote",
    "note": """<html><body>
<div><b>HARBORLINE MOHS &amp; SKIN CANCER CENTER</b> - PowerNote<br>DOS 12/18/2025<br>
Surgeon/pathologist: Kirsten Halvorsen, MD</div>
<table border="1" cellpadding="3">
<tr><td><b>Patient</b></td><td>INGRAM, WALTER - 82 y/o M</td></tr>
<tr><td><b>Tumor</b></td><td>SCC, poorly differentiated, L posterolateral upper arm, 1.6 x 1.3 cm
(bx 11/25/2025). AUC: area L but aggressive histology -&gt; appropriate.</td></tr>
<tr><td><b>Meds</b></td><td>clopidogrel (continued), metoprolol</td></tr>
</table>
<br>
<table border="1" cellpadding="3">
<tr><th>Stage</th><th>Detail</th></tr>
<tr><td>I</td><td><table border="0"><tr><td>Blocks</td><td>7</td></tr>
<tr><td>Result</td><td>residual SCC at 3-5 o'clock peripheral and focal deep</td></tr></table></td></tr>
<tr><td>II</td><td><table border="0"><tr><td>Blocks</td><td>2</td></tr>
<tr><td>Result</td><td>clear</td></tr></table></td></tr>
</table>
Frozen sections read by me. No tissue to outside pathology from the Mohs site.<br>
<br>
<b>Repair</b>: defect 2.6 x 2.1 cm (primary defect 4.2 sq cm). Rotation flap from posterior arm; secondary defect
5.1 sq cm; total 9.3 sq cm. Undermined in subcutaneous plane, inset with 4-0 Monocryl deep, 4-0 nylon.<br>
<br>
<b>Separate lesion</b>: R upper back, 7 mm darkly pigmented papule, changed per wife. 4 mm punch biopsy, 1 simple
suture. Sent to dermatopathology (formalin). Not related to the Mohs site.<br>
<br>
Complications: none. Post-op: SR arm 14 d, back 10 d. Call with back path.<br>
e-signed K. Halvorsen MD
</body></html>
""",
    "expected": E([L("17313"), L("17314"), L("17315", 2), L("14020"), L("11104", 1, "XS")],
                  dx={"17313": ["C44.629"], "11104": ["D22.5"]}),
    "coder_note": "MOHS-2: arm -> 17313 + 17314; stage I 7 blocks -> 17315 x2. FLAP-1/3: 4.2 + 5.1 = 9.3 sq cm "
                  "arm -> 14020 with Mohs. Punch bx of a separate lesion -> 11104-XS (column 2 of 17313/11104 and "
                  "14020/11104, indicator 1).",
})

SCENARIOS.append({
    "id": "s20-mixed-pa-shave-pg-ln2-warts-ilk-acne-cyst",
    "family": "mixed", "shape": "free-text",
    "description": "Rural PA: shave PG forearm 0.8 cm + LN2 3 hand warts + ILK chin acne cyst 3 mg -> 11301, 17110-XS, 11900-XS, J3301",
    "date": "2026-02-18",
    "patient": ("Greer", "Tanner", "2001-06-13", "male"),
    "provider": "pike", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [
        C("c1", "Pyogenic granuloma, right forearm", "L98.0", "Right volar forearm", reason=True),
        C("c2", "Verruca vulgaris, left hand", "B07.8", "Left hand fingers", reason=True),
        C("c3", "Acne cyst, chin", "L70.0", "Chin", reason=True),
    ],
    "procedures": [
        P("shave removal", site="r volar forearm",
          note="0.8cm friable red pap, bleeds w/ minimal trauma x 3 wk. shaved flush + base hyfrecated. to path.",
          reasons=["c1"]),
        P("ln2 warts", site="l hand - 2nd, 3rd fingers + l thumb",
          note="3 warts, 2 ftc each.", reasons=["c2"]),
        P("ilk", site="chin",
          note="1 inflamed acne cyst 1cm. kenalog 10mg/ml 0.3cc.", reasons=["c3"]),
    ],
    "path": [
        {"text": "Right volar forearm, shave: lobular capillary hemangioma (pyogenic granuloma).",
         "site": "Right volar forearm", "date": "2026-02-21"},
    ],
    "note_title": "Clinic Note",
    "note": """cedar hollow rural health - derm   2/18/26   j pike pa-c

24 yo m. 3 things:
1) red bump r forearm x3wk, bleeds all over his work gloves
2) warts l hand x 6mo, spreading (3 now)
3) painful cyst on chin, has a wedding sat

exam: r volar forearm 0.8cm friable red pap. l hand: verrucous paps on l 2nd finger, l 3rd finger, l thumb.
chin 1cm tender inflamed cyst. mild comedonal acne forehead - otc bpo fine for now.

procs - see entries. consent. all tol well.

a/p
1. pg r forearm - shave + hyfrecation, path
2. verruca x3 l hand - ln2, salicylic acid at home, rtc 3-4 wk
3. acne cyst chin - ilk
no rx today.
""",
    "expected": E([L("11301"), L("17110", 1, "XS"), L("11900", 1, "XS"), L("J3301")],
                  dx={"11301": ["L98.0"], "17110": ["B07.8"], "11900": ["L70.0"]}),
    "coder_note": "SH-1: forearm 0.8 cm -> 11301. DS-2: 3 warts -> 17110. 11900 for one cyst; 3 mg -> J3301 x1. "
                  "PTP indicator 1: 11301/17110 -> XS on 17110; 11301/11900 and 17110/11900 -> XS on 11900 "
                  "(different lesions).",
})

# =============================================================================================================
# Batch 4
# =============================================================================================================

SCENARIOS.append({
    "id": "s20-nails-peds-ingrown-avulsion-plus-matrixectomy-same-border",
    "family": "nails", "shape": "pre-coded",
    "description": "Peds EMA pre-coded 11730 + 11750 for partial avulsion + phenol matrixectomy of the same R great toe border -> 11750-T5",
    "date": "2026-01-22",
    "patient": ("Whitaker", "Jonah", "2010-11-30", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, lateral border, recurrent", "L60.0", "Right great toe", reason=True),
    ],
    "procedures": [
        P("Nail avulsion, partial", cpt="11730", site="R great toe - lateral border",
          note="Lateral 3 mm strip of nail plate avulsed.", reasons=["c1"]),
        P("Matrixectomy, partial, phenol", cpt="11750", site="R great toe - lateral border",
          note="88% phenol x 3 x 30 s to lateral horn of matrix.", reasons=["c1"]),
    ],
    "note_title": "EMA Procedure Note",
    "note": """MAPLEWOOD CHILDREN'S DERMATOLOGY
01/22/2026  Ines Castellanos, MD
Pt: Jonah Whitaker  15 y.o. M  w/ mom

CC: ingrown toenail R big toe, 3rd episode this year, drained pus x2 (PCP gave cephalexin in Dec)
Exam: R great toe lateral nail fold erythema, granulation tissue, tender. No abscess today. L toe normal.
A: recurrent onychocryptosis R great toe lateral border
Procedure (mom consent): digital block 2% plain lido 3 mL. Tourniquet. Lateral 3 mm of nail plate freed and
avulsed, then partial matrixectomy with 88% phenol 3 x 30 s to the lateral matrix horn, neutralized w/
alcohol. Tourniquet off, hemostasis ok. Bulky dressing.
Plan: soaks BID, open-toe shoe x 1 wk, RTC 2 wk. No sports x 1 wk.
""",
    "expected": E([L("11750", 1, "T5")], ["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "11750/11730 is indicator 1 but both were done on the same nail border, so the avulsion is part "
                  "of the matrixectomy -> 11730 removed. Right great toe -> T5 (conventions: digit modifier on "
                  "11750).",
})

SCENARIOS.append({
    "id": "s20-nails-pa-two-toenail-avulsions-left-foot",
    "family": "nails", "shape": "note-only",
    "description": "Rural PA: avulsion of L great and L 2nd toenails after crush injury -> 11730-TA + 11732-T1",
    "date": "2025-11-20",
    "patient": ("Rasmussen", "Edith", "1951-07-22", "female"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Nail dystrophy with onycholysis after crush injury, left great and second toes", "L60.8",
          "Left great toe, left second toe", reason=True),
    ],
    "note_title": "Clinic Note",
    "note": """cedar hollow rural health - derm   11/20/25   j pike pa-c

74 yo f dropped cast iron skillet on l foot ~3 wk ago. xray at er neg for fx. now l great toenail + l 2nd
toenail lifting, half detached, catching on socks, painful, old blood under both.
r foot nails fine. diabetic? no. pvd? no - dp/pt pulses 2+.

exam: l great toenail - distal 2/3 onycholytic, loose, subungual old hematoma. l 2nd toenail - lifted,
hanging by proximal fold. no infection. no drainage.

proc: digital blocks l 1st + 2nd toes, 2% plain lido. nail elevator - total avulsion of l great toenail and
total avulsion of l 2nd toenail. beds intact, no laceration needing repair. vaseline, nonstick, coban.
tol well.

a/p: traumatic onycholysis l 1st + 2nd toenails - both avulsed. soaks bid, abx oint. nails regrow 9-12 mo.
r great toe mild thickening - onychomycosis? not treated, will recheck. rtc 2 wk prn.
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")]),
    "coder_note": "Rule book 4.8: first nail 11730, each additional +11732. Digit modifiers: left great toe TA, "
                  "left second toe T1; lines with different digits stay separate.",
})

SCENARIOS.append({
    "id": "s20-nails-va-seven-dystrophic-toenails-debridement",
    "family": "nails", "shape": "free-text",
    "description": "Academic clinic: debridement of 7 painful mycotic toenails (commercial) -> 11721",
    "date": "2026-03-05",
    "patient": ("Lockhart", "Dennis", "1958-01-09", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Onychomycosis of toenails", "B35.1", "Bilateral toenails", reason=True),
    ],
    "procedures": [
        P("Debridement of mycotic toenails", site="R toenails 1-4, L toenails 1-3",
          note="7 thick dystrophic nails debrided in length and thickness with nippers and rotary burr. "
               "Painful in work boots.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """LOCAL TITLE: DERMATOLOGY PROCEDURE NOTE
DATE OF NOTE: MAR 05, 2026@13:45     AUTHOR: OYELARAN,DAVID (PGY-2)   EXP COSIGNER: WEISS,SAMUEL
STATUS: COMPLETED

68 y/o M, KOH + / PAS-confirmed onychomycosis (11/2025), thick yellow toenails causing pain in steel-toe work
boots. Terbinafine discussed 11/2025 - declined (on multiple meds). Not diabetic.
Exam: R great, 2nd, 3rd, 4th toenails and L great, 2nd, 3rd toenails thickened (3-5 mm), yellow, subungual
debris. R 5th and L 4th, 5th toenails normal.
Procedure: debridement of the 7 affected toenails (reduction in length and thickness) with nail nippers and
rotary burr. No bleeding. Tolerated well.
Plan: efinaconazole topical reviewed (cost) - pt will consider. RTC 3 months.

/es/ DAVID OYELARAN, MD  Resident
ATTENDING ATTESTATION: I was present for the procedure and agree with the note. /es/ SAMUEL WEISS, MD
""",
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "Debridement of 6 or more nails -> 11721 (7 nails). Commercial payer, so no Medicare routine "
                  "foot-care class modifiers. Terbinafine only discussed.",
})

SCENARIOS.append({
    "id": "s20-paring-pa-four-calluses-corn-words",
    "family": "paring", "shape": "note-only",
    "description": "Rural PA paring of four hyperkeratotic lesions (3 calluses + 1 corn) -> 11056",
    "date": "2025-12-30",
    "patient": ("Beasley", "Harlan", "1970-04-04", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities, both feet", "L84", "Plantar feet, left fifth toe", reason=True),
    ],
    "note_title": "Clinic Note",
    "note": """cedar hollow rural health - derm   12/30/25   j pike pa-c

55 yo m, roofer, painful feet. thick skin spots ball of foot + heel + pinky toe, hurts on ladders.
no dm. no pvd. wears steel toes.

exam: r 1st met head callus 2cm; r 5th met head callus 1.5cm; l heel fissured callus 3cm;
l 5th toe dorsolateral hard corn (heloma durum) 5mm w/ central core. no ulcers. no warts (skin lines intact,
no pinpoint bleeding on paring).

proc: paring w/ #15 blade of the four lesions - r 1st met, r 5th met, l heel, l 5th toe corn. no bleeding.

a/p: calluses x3 + corn x1 - pared. urea 40% cream bid, pumice, wider toe box, silicone toe sleeve l 5th.
rtc prn / 2-3 mo.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring of 2-4 lesions -> 11056 (four lesions).",
})

SCENARIOS.append({
    "id": "s20-paring-dictated-toe-corn-plus-heel-wart-ln2",
    "family": "paring", "shape": "free-text",
    "description": "Dictated practice: paring of 1 corn L 5th toe + LN2 to a different lesion (plantar wart R heel) -> 11055 + 17110-XS",
    "date": "2026-02-26",
    "patient": ("Villanueva", "Teresa", "1975-09-19", "female"),
    "provider": "marchetti", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Corn, left fifth toe", "L84", "Left fifth toe, dorsolateral", reason=True),
        C("c2", "Plantar wart, right heel", "B07.0", "Right plantar heel", reason=True),
    ],
    "procedures": [
        P("Paring of corn", site="Left fifth toe, dorsolateral",
          note="Single hard corn pared with #15 blade, core enucleated.", reasons=["c1"]),
        P("Cryotherapy of plantar wart", site="Right plantar heel",
          note="Pared down first, then LN2 x 2 freeze-thaw cycles; one wart.", reasons=["c2"]),
    ],
    "note_title": "Dictated Office Note",
    "note": """MARCHETTI DERMATOLOGY PLLC - DICTATED OFFICE NOTE - Luca Marchetti MD, 02/26/2026. Teresa Villanueva is a
50-year-old nurse who is on her feet twelve hours a shift and comes in with two painful spots on her feet, the
first is a hard corn on the outside of the left little toe where her clogs rub and the second is a rough painful
spot on the bottom of the right heel that she has been treating with over the counter salicylic acid pads for
two months without success, on exam the left fifth toe has a 4 millimeter hard corn with a central translucent
core and intact skin lines, and the right plantar heel has a 7 millimeter verrucous papule interrupting the skin
lines with pinpoint black dots, consistent with a plantar wart, after verbal consent I pared the corn with a 15
blade and removed the core, and then I pared the surface of the heel wart and treated it with liquid nitrogen
for two freeze thaw cycles, she tolerated both well, she will use a silicone toe sleeve and wider shoes for the
corn and restart salicylic acid on the wart once the blister settles, return in four weeks for repeat
cryotherapy if the wart persists, she also mentioned mild toenail discoloration on the right great toe which she
does not want treated, end of dictation.
""",
    "expected": E([L("11055"), L("17110", 1, "XS")], dx={"11055": ["L84"], "17110": ["B07.0"]}),
    "coder_note": "One corn pared -> 11055. One plantar wart destroyed -> 17110. 11055/17110 is PTP indicator 1 "
                  "with 17110 in column 2; different lesions -> XS on 17110. Paring of the wart before cryo is part "
                  "of the destruction.",
})

SCENARIOS.append({
    "id": "s20-patch-va-95-allergens-mue-cap-new-pt-em25",
    "family": "patch-test", "shape": "free-text",
    "description": "Academic new pt hand dermatitis: 95 allergens applied (MUE 90) + separate eval with Rx -> 95044 x90 + 99204-25",
    "date": "2026-01-05",
    "patient": ("Marchand", "Gisele", "1954-02-08", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 70, "em": "99204",
    "conditions": [
        C("c1", "Chronic hand dermatitis, suspected allergic contact dermatitis", "L30.9", "Bilateral hands",
          reason=True),
    ],
    "procedures": [
        P("Patch test application", site="Upper back",
          note="Comprehensive 80-allergen series + 15-allergen hairdresser/cosmetic supplement = 95 allergens, "
               "Finn chambers on Scanpor. Readings scheduled 48 h and 96 h.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Resident Clinic Note",
    "note": """LOCAL TITLE: CONTACT DERMATITIS CLINIC - NEW PATIENT
DATE OF NOTE: JAN 05, 2026@09:00     AUTHOR: ABARA,KWAME (PGY-3)   EXP COSIGNER: OKONKWO,CHIDI
STATUS: COMPLETED

CC: hand rash x 8 months
HPI: 71 y/o retired hairdresser, still does hair for family and neighbors. Vesicular, fissured dermatitis of
both palms and finger sides x 8 mo, worse after coloring hair. Tried OTC hydrocortisone, gloves (latex).
No personal history of atopy. No new meds.
EXAM: bilateral palmar and lateral finger erythema, vesicles, fissures, hyperkeratosis; dorsal hands spared.
Feet clear. No nail pitting. KOH of palm scale negative in clinic.
A/P:
1. Chronic vesicular hand dermatitis - ACD (PPD, glyceryl thioglycolate, rubber accelerators) vs irritant vs
   dyshidrotic eczema. Patch testing today: 80-allergen comprehensive series plus 15-allergen hairdresser/
   cosmetic series = 95 allergens placed on the upper back. Reads 48 h and 96 h.
2. Active flare - clobetasol 0.05% ointment BID x 2 wk to palms (60 g), nitrile (not latex) gloves,
   emollient, avoid hair dye until results. Rx sent.
3. Hand care counseling.
Charge: 99204-25, 95044 x 95

/es/ KWAME ABARA, MD  Resident
ATTENDING ATTESTATION: I saw and examined the patient, supervised the patch test placement and agree with the
plan. /es/ CHIDI OKONKWO, MD
""",
    "expected": E([L("99204", 1, "25"), L("95044", 90)], ["mue"], dx={"95044": ["L30.9"]}),
    "coder_note": "95044 units = allergens (95) but MUE is 90 -> capped at 90 with an mue finding (README). "
                  "Separate new-patient evaluation with prescription management -> 99204-25 (95044/99204 "
                  "indicator 1).",
})

SCENARIOS.append({
    "id": "s20-patch-peds-precoded-95044-one-unit-36-allergens",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Peds EMA pre-coded 95044 x1 for a 36-allergen pediatric series -> 95044 x36",
    "date": "2026-02-09",
    "patient": ("Sato", "Hana", "2013-12-02", "female"),
    "provider": "adeyemi", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Dermatitis of eyelids and periumbilical skin, suspected contact allergy", "L30.9",
          "Eyelids, periumbilical", reason=True),
    ],
    "procedures": [
        P("Patch test(s)", cpt="95044", site="Upper back",
          note="Units: 1. Pediatric baseline series, 36 allergens.", reasons=["c1"]),
    ],
    "note_title": "EMA Visit Note",
    "note": """MAPLEWOOD CHILDREN'S DERMATOLOGY
02/09/2026  Folake Adeyemi, MD
Pt: Hana Sato  12 y.o. F  w/ mom

Patch test placement visit (eval done 01/12/2026).
Pediatric baseline series - 36 allergens - placed on upper back (2 panels of 18), marked w/ skin marker.
Reviewed: keep dry, no sports/sweating, no topical steroid to back. Reading 48 h (Wed) + 96 h (Fri).
Note: nickel-containing jeans button suspected; also new eyelid makeup. Not applied: her own products (mom
forgot to bring them) - may add at next visit.
Skin today: mild residual eczematous patches periumbilical + upper eyelids; back clear for application.
Meds: none topical to back x 2 wk (confirmed). No oral steroids or antihistamines this week.
Consent mom. Tolerated application well.
""",
    "expected": E([L("95044", 36)], ["coding-correction"]),
    "coder_note": "95044 units = number of allergens tested (36), not one per session. Her own products were not "
                  "applied.",
})

SCENARIOS.append({
    "id": "s20-photo-va-nbuvb-precoded-as-goeckerman",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Academic phototherapy unit pre-coded 96910 for NB-UVB with no tar (Goeckerman stopped) -> 96900",
    "date": "2025-11-14",
    "patient": ("Holloway", "Clarence", "1949-11-27", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, BSA 14%", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Photochemotherapy, tar + UVB", cpt="96910", site="Whole body",
          note="NB-UVB 311 nm 1,200 mJ/cm2, session #14.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """LOCAL TITLE: DERMATOLOGY PHOTOTHERAPY TREATMENT
DATE OF NOTE: NOV 14, 2025@07:40     AUTHOR: BRANDT,LOIS RN     EXP COSIGNER: WEISS,SAMUEL
STATUS: COMPLETED

76 y/o M, plaque psoriasis ~14% BSA, failed topicals. Previously on Goeckerman (crude coal tar + UVB) in
2024; tar DISCONTINUED 09/2025 (folliculitis, odor). Now NB-UVB only - no tar, no LCD, no psoralen.
Session #14. Skin type II. Last dose 1,150 mJ/cm2 - no erythema.
Today: NB-UVB (311 nm) full body 1,200 mJ/cm2. Goggles, genital shielding, face shielded. Tolerated.
Next: 3x/week, increase 10% as tolerated.
Dr. Weiss on site in the phototherapy suite during treatment.

/es/ LOIS BRANDT, RN
/es/ SAMUEL WEISS, MD (supervising)
""",
    "expected": E([L("96900")], ["coding-correction"], dx={"96900": ["L40.0"]}),
    "coder_note": "96910 requires tar/petrolatum + UVB (Goeckerman type); tar was discontinued, so NB-UVB alone is "
                  "actinotherapy 96900.",
})

SCENARIOS.append({
    "id": "s20-photo-pa-excimer-vitiligo-three-areas-310-sqcm",
    "family": "phototherapy", "shape": "free-text",
    "description": "Rural PA excimer for vitiligo, areas summed 120 + 110 + 80 = 310 sq cm -> 96921",
    "date": "2026-01-16",
    "patient": ("Bautista", "Marisol", "1984-03-03", "female"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Vitiligo, hands and perioral", "L80", "Dorsal hands, perioral", reason=True),
    ],
    "procedures": [
        P("excimer 308nm", site="l dorsal hand", note="120 sq cm, 350 mJ/cm2", reasons=["c1"]),
        P("excimer 308nm", site="r dorsal hand", note="110 sq cm, 350 mJ/cm2", reasons=["c1"]),
        P("excimer 308nm", site="perioral", note="80 sq cm, 250 mJ/cm2", reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": """cedar hollow rural health - derm   1/16/26   j pike pa-c

41 yo f nonsegmental vitiligo hands + around mouth, on tacrolimus 0.1% bid x 6 mo w/ minimal repigment.
excimer tx #9 of course (2x/wk). perifollicular repigmentation starting perioral.
areas today: l dorsal hand 120 sq cm, r dorsal hand 110 sq cm, perioral 80 sq cm.
no blistering from last tx. mild pink l hand only.
excimer 308nm delivered to all 3 areas in one session, doses per flowsheet. eye protection.
cont tacrolimus. rtc per excimer schedule. ruxolitinib cream discussed - ins denied, not started.
no nbuvb - she can't make 3x/wk trips from the ridge.
skin type iv. photos updated today (q 10 tx).
""",
    "expected": E([L("96921")], dx={"96921": ["L80"]}),
    "coder_note": "Excimer is coded once per session by the total area treated: 120 + 110 + 80 = 310 sq cm -> "
                  "96921 (250-500 sq cm).",
})

SCENARIOS.append({
    "id": "s20-photo-dictated-puva-no-failed-conventional-abn-ga",
    "family": "phototherapy", "shape": "free-text",
    "description": "Dictated: first PUVA session for psoriasis without failed conventional therapy, Medicare FFS, ABN signed -> 96912-GA",
    "date": "2026-02-05",
    "patient": ("Kincaid", "Eleanor", "1952-05-16", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Psoriasis vulgaris, BSA 8%", "L40.0", "Trunk and legs", reason=True),
    ],
    "procedures": [
        P("PUVA session #1", site="Trunk and extremities",
          note="Methoxsalen 0.4 mg/kg PO 1.5 h before UVA 1.5 J/cm2. ABN on file.", reasons=["c1"]),
    ],
    "note_title": "Dictated Office Note",
    "note": """MARCHETTI DERMATOLOGY PLLC - DICTATED NOTE - Luca Marchetti MD, 02/05/2026. Eleanor Kincaid is a 73-year-old
woman with plaque psoriasis of about 8 percent body surface area on the trunk and legs that started last fall,
she has used clobetasol ointment for about three weeks with partial response and has never had narrowband UVB or
any systemic therapy, she is asking specifically for PUVA because her sister did very well with it years ago, I
explained that narrowband UVB would be the usual next step and that Medicare covers PUVA only for severe
psoriasis that has failed conventional treatment, which is not her situation, so Medicare is likely to deny it
as not reasonable and necessary, she understood and signed the Advance Beneficiary Notice today before treatment
and still wishes to proceed, she took methoxsalen 0.4 milligrams per kilogram by mouth an hour and a half before
treatment and received her first UVA exposure at 1.5 joules per square centimeter with UVA-blocking wraparound
glasses for the rest of the day, she tolerated it without problems, plan two to three sessions per week, eye
exam arranged, continue clobetasol on thick plaques, end of dictation.
""",
    "expected": E([L("96912", 1, "GA")], ["medical-necessity"], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1/NCD 250.1: PUVA is covered only for intractable psoriasis after failed conventional "
                  "treatment; not met. Medicare FFS with an ABN signed before the service -> GA (COS-4).",
})

# =============================================================================================================
# Batch 5
# =============================================================================================================

SCENARIOS.append({
    "id": "s20-postop-pa-suture-removal-in-global-99212-to-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Rural PA suture removal 9 days after BCC excision + layered repair; provider picked 99212 -> 99024",
    "date": "2026-01-15",
    "patient": ("Hollister", "Dwayne", "1948-02-27", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Basal cell carcinoma, left upper back (excised 01/06/2026)", "C44.519", "Left upper back"),
    ],
    "prior": [
        PRIOR("2026-01-06", "11602", "Excision malignant lesion, trunk", "Left upper back"),
        PRIOR("2026-01-06", "12032", "Intermediate repair, trunk", "Left upper back", note="Layered 4.5 cm"),
    ],
    "note_title": "Clinic Note",
    "note": """cedar hollow rural health - derm   1/15/26   j pike pa-c

78 yo m s/p exc bcc l upper back 1/6/26 w/ layered closure. path: bcc nodular, margins clear - reviewed w/ pt.
here for sr. no pain, no drainage, no fever.
exam: incision l upper back 4.5cm well approximated, no erythema, no dehiscence, no hematoma.
sutures removed (running 4-0 prolene), steri-strips applied.
a/p: healing well post excision. scar care, sun protection. next full skin check 6 mo.
tolerated well.
no other issues addressed today. pt asked about next skin check - scheduled.
billing: 99212
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-5/conventions: suture removal is a post-op visit inside the 10-day global of 11602/12032 with "
                  "no unrelated problem -> 99024, not 99212.",
})

SCENARIOS.append({
    "id": "s20-postop-va-poison-ivy-in-flap-global-99213-24",
    "family": "post-op", "shape": "note-only",
    "description": "Academic clinic: 37 days after cheek rotation flap (090), visit for new poison ivy ACD with Rx; flap glanced at -> 99213-24",
    "date": "2026-01-22",
    "patient": ("Delacroix", "Yvette", "1950-04-18", "female"),
    "provider": "okonkwo", "payer": "medicare-advantage", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to poison ivy", "L23.7", "Bilateral forearms", reason=True),
        C("c2", "Melanoma in situ, left cheek, excised 12/16/2025", "D03.39", "Left malar cheek"),
    ],
    "prior": [
        PRIOR("2025-12-16", "14040", "Adjacent tissue transfer, cheek", "Left malar cheek",
              note="WLE MIS with rotation flap 8.5 sq cm"),
    ],
    "note_title": "Dermatology Resident Clinic Note",
    "note": """LOCAL TITLE: DERMATOLOGY RESIDENT CLINIC NOTE
DATE OF NOTE: JAN 22, 2026@15:30     AUTHOR: FERREIRA-HOLT,JANE (PGY-4)   EXP COSIGNER: OKONKWO,CHIDI
STATUS: COMPLETED

CC: itchy blistering rash both forearms x 4 days
HPI: 75 y/o F, cleared brush and vines in her yard on Sunday; 2 days later linear itchy blisters both
forearms, spreading to the L neck. Sleeping poorly. No fever. Tried calamine.
Of note, s/p WLE MIS L cheek with rotation flap 12/16/2025 (within global) - she has no concerns about it.
EXAM: linear and streaky erythematous vesicles/bullae on bilateral volar forearms, a few on L lateral neck;
~6% BSA; no secondary infection. Incidentally the L cheek flap is well healed, no ectropion.
A/P:
1. Allergic contact dermatitis to poison ivy (Toxicodendron), unrelated to the surgery - clobetasol 0.05%
   cream BID x 2 wk to forearms (not face/neck), hydrocortisone 2.5% to neck, cool compresses, oral
   antihistamine at night. Discussed prednisone taper - not needed at this extent, pt agrees. Wash clothes/
   tools.
2. Post-op flap - healing well, no intervention. Next scheduled post-op check 02/17.
Charge: 99213-24

/es/ JANE FERREIRA-HOLT, MD  Resident
ATTENDING ATTESTATION: I saw and examined the patient and agree with the resident's note. /es/ CHIDI OKONKWO, MD
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["L23.7"]}),
    "coder_note": "GS-5: unrelated problem (poison ivy ACD with Rx) evaluated during the 90-day global of 14040 -> "
                  "99213-24. The flap glance is part of the global and adds no line.",
})

SCENARIOS.append({
    "id": "s20-postop-html-new-forearm-bx-in-mohs-repair-global-79",
    "family": "post-op", "shape": "pre-coded", "html": True,
    "description": "Cerner HTML pre-coded 11102 (no modifier) for a new forearm lesion 7 days after Mohs + 12051 repair -> 11102-79",
    "date": "2026-02-12",
    "patient": ("Lutz", "Gertrude", "1945-01-31", "female"),
    "provider": "halvorsen", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right dorsal forearm", "D04.61", "Right dorsal forearm",
          reason=True),
        C("c2", "Basal cell carcinoma, left upper cutaneous lip (Mohs 02/05/2026)", "C44.01", "Left upper lip"),
    ],
    "prior": [
        PRIOR("2026-02-05", "17311", "Mohs, head/neck, first stage", "Left upper cutaneous lip"),
        PRIOR("2026-02-05", "12051", "Intermediate repair, face", "Left upper cutaneous lip",
              note="Layered 2.2 cm"),
    ],
    "procedures": [
        P("Biopsy, tangential, single lesion", cpt="11102", site="R dorsal forearm",
          note="0.8 cm scaly pink plaque, new. Shave bx.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Right dorsal forearm, shave biopsy: squamous cell carcinoma in situ.", "site": "Right dorsal forearm",
         "date": "2026-02-16"},
    ],
    "note_title": "Post-op Visit PowerNote",
    "note": """<html><body>
<b>HARBORLINE MOHS &amp; SKIN CANCER CENTER</b><br>
PowerNote - Post-operative Visit + Procedure<br>DOS 02/12/2026 &nbsp; Kirsten Halvorsen, MD<br><br>
<table border="1" cellpadding="3">
<tr><td><b>Post-op</b></td><td>Day 7 after Mohs (1 stage) L upper cutaneous lip BCC with layered repair 2.2 cm.<br>
Sutures removed. Incision intact, mild expected edema, no infection.</td></tr>
<tr><td><b>New concern</b></td><td>Patient points out a scaly pink spot on the R dorsal forearm x 2 months, enlarging.<br>
Exam: 0.8 cm scaly erythematous plaque. Unrelated to the lip surgery.</td></tr>
<tr><td><b>Procedure</b></td><td>Shave (tangential) biopsy R dorsal forearm. Consent, lidocaine 1% w/ epi,
DermaBlade, AlCl3. Sent to dermatopathology.</td></tr>
<tr><td><b>Plan</b></td><td>Lip: scar care, silicone gel from week 3.<br>Forearm: call with path; treat accordingly.</td></tr>
</table>
e-signed K. Halvorsen MD 02/12/2026
</body></html>
""",
    "expected": E([L("11102", 1, "79")], ["global-period"], dx={"11102": ["D04.61"]}),
    "coder_note": "GS-5: new unrelated lesion biopsied during the 10-day global of the 12051 repair -> 11102-79. "
                  "Suture removal is part of the global (no 99024 on a day with a billed procedure).",
})

SCENARIOS.append({
    "id": "s20-repair-pa-atv-lacerations-forearm-hand-chin",
    "family": "repair", "shape": "free-text",
    "description": "Rural PA: simple repairs L forearm 3.0 + L hand 1.5 (summed 4.5 -> 12002) and layered chin 2.0 cm (12051)",
    "date": "2025-12-27",
    "patient": ("Pruitt", "Cody", "1994-08-08", "male"),
    "provider": "pike", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Laceration without foreign body, left forearm", "S51.812A", "Left forearm", reason=True),
        C("c2", "Laceration without foreign body, left hand", "S61.412A", "Left hand, dorsal", reason=True),
        C("c3", "Laceration without foreign body, chin", "S01.81XA", "Chin", reason=True),
    ],
    "procedures": [
        P("lac repair, simple", site="l forearm", note="3.0cm, single layer 4-0 nylon interrupted.",
          reasons=["c1"]),
        P("lac repair, simple", site="l dorsal hand", note="1.5cm, single layer 5-0 nylon.", reasons=["c2"]),
        P("lac repair, layered", site="chin",
          note="2.0cm, through dermis into subq; 5-0 vicryl deep + 6-0 prolene.", reasons=["c3"]),
    ],
    "note_title": "Clinic Note",
    "note": """cedar hollow rural health clinic   12/27/25   j pike pa-c

31 yo m tipped atv on gravel road ~2h ago. no loc, no neck pain. lacerations l arm, l hand, chin.
tetanus utd (2022). no abx allergy.
exam: l forearm 3.0cm linear lac, l dorsal hand 1.5cm lac, chin 2.0cm gaping lac into subq fat. no tendon
involvement (full rom, strength intact l hand), no fb on exploration, sensation intact. no dental injury.
wounds minimally contaminated - irrigated w/ 500cc ns.

repair: lido 1% w/ epi (plain for hand). forearm + hand single layer nylon. chin layered closure - deep
vicryl + superficial prolene. see proc entries.
a/p: lacs x3 repaired. keep dry 24h, abx oint. sr face 5 d, hand/arm 10 d. rtc sooner if signs of infection.
""",
    "expected": E([L("12002"), L("12051")], dx={"12002": ["S51.812A"], "12051": ["S01.81XA"]}),
    "coder_note": "REP-1/2: simple repairs of forearm and hand are in the same group (12001-12007) -> 3.0 + 1.5 = "
                  "4.5 cm -> 12002. Chin layered closure, face group -> 12051 (2.0 cm). Not summed across "
                  "complexity or group.",
})

SCENARIOS.append({
    "id": "s20-repair-va-two-excisions-intermediate-summed-precoded",
    "family": "repair", "shape": "pre-coded",
    "description": "Academic pre-coded 12032 + 12031 for two layered repairs in the same group (back 4.0 + arm 2.4) -> 12032 x1",
    "date": "2026-03-11",
    "patient": ("Eriksen", "Paul", "1969-10-10", "male"),
    "provider": "okonkwo", "payer": "commercial-cigna", "minutes": 75,
    "conditions": [
        C("c1", "Epidermal cyst, left upper back, recurrently inflamed", "L72.0", "Left upper back", reason=True),
        C("c2", "Dysplastic nevus, left upper arm", "D22.62", "Left upper arm", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk", cpt="11402", site="L upper back",
          note="Cyst 1.2 cm, 1 mm margins.", reasons=["c1"]),
        P("Excision benign lesion arm", cpt="11401", site="L upper arm, lateral",
          note="Nevus 0.5 cm, 2 mm margins.", reasons=["c2"]),
        P("Intermediate repair", cpt="12032", site="L upper back", note="Layered 4.0 cm.", reasons=["c1"]),
        P("Intermediate repair", cpt="12031", site="L upper arm", note="Layered 2.4 cm.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Left upper back: epidermoid cyst with focal rupture and inflammation.", "site": "Left upper back",
         "date": "2026-03-14"},
        {"text": "B. Left upper arm: compound dysplastic nevus with mild atypia, margins clear.",
         "site": "Left upper arm", "date": "2026-03-14"},
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """LOCAL TITLE: DERMATOLOGY PROCEDURE NOTE
DATE OF NOTE: MAR 11, 2026@10:10     AUTHOR: LINDGREN-OBI,MARCUS (PGY-3)   EXP COSIGNER: OKONKWO,CHIDI
STATUS: COMPLETED

56 y/o M.
Lesion A - L upper back cyst, 1.2 cm, tender, drained spontaneously twice since fall. Excised with 1 mm
margins (excised diameter 1.4 cm). Layered closure 3-0 Vicryl / 4-0 nylon, length 4.0 cm.
Lesion B - L lateral upper arm irregular nevus 0.5 cm, biopsy 02/2026 = dysplastic nevus with moderate atypia
to margin. Excised with 2 mm margins (excised diameter 0.9 cm). Layered closure 4-0 Vicryl / 5-0 nylon,
length 2.4 cm.
Consent, time-out, 1% lido w/ epi. EBL minimal. Both specimens to path.
SR 12-14 d. Call with path.

/es/ MARCUS LINDGREN-OBI, MD  Resident
ATTENDING ATTESTATION: I was present for both excisions and repairs and agree with the note.
/es/ CHIDI OKONKWO, MD
""",
    "expected": E([L("11402"), L("11401"), L("12032")], ["coding-correction"],
                  dx={"11402": ["L72.0"], "11401": ["D22.62"]}),
    "coder_note": "REP-1: both layered repairs are in the 12031-12037 group (trunk, arm) -> 4.0 + 2.4 = 6.4 cm -> "
                  "one 12032; 12032/12031 is indicator 0. Excisions: 1.4 cm trunk 11402, 0.9 cm arm 11401.",
})

SCENARIOS.append({
    "id": "s20-tags-aurora-34-irritated-tags-medicare-11201-mue",
    "family": "skin-tags", "shape": "note-only",
    "description": "Aesthetic practice medical visit: 34 bleeding/inflamed skin tags, Medicare FFS -> 11200 + 11201 capped at MUE 1",
    "date": "2025-11-06",
    "patient": ("Pendergast", "Irma", "1948-12-24", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding, neck/axillae/inframammary", "L91.8",
          "Neck, axillae, inframammary", reason=True),
    ],
    "note_title": "Medical Dermatology Visit",
    "note": """AURORA AESTHETIC DERMATOLOGY & LASER - MEDICAL DERMATOLOGY VISIT
Provider: Rafael Santos, MD        Date: 11/06/2025
Patient: Irma Pendergast, 76 F     Insurance: Medicare Part B

Reason for visit: skin tags that catch on bra straps and necklaces, repeatedly bleed and get sore.
History: obese, T2DM. Tags for years, increasing in number. Several bled onto clothing this month; 3 are
red and crusted today.
Exam: pedunculated acrochordons - neck 14, R axilla 9, L axilla 7, inframammary 4 (total 34). Three with
hemorrhagic crust and surrounding erythema. No suspicious lesions.
Medical necessity: documented bleeding, inflammation and repeated trauma from clothing.
Procedure: removal of all 34 skin tags by snip excision with curved iris scissors after lidocaine; Drysol and
light hyfrecation for hemostasis.
Plan: petrolatum, loose clothing. Follow up prn.
This visit is a medical visit. No cosmetic services today (she declined the laser consult for her sun spots).
""",
    "expected": E([L("11200"), L("11201")], ["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 first 15 + 11201 = ceil((34-15)/10) = 2 units, but the 11201 MUE is 1 -> capped at 1 with "
                  "an mue finding (README). Bleeding/inflammation documented, so covered (BSL-3).",
})

SCENARIOS.append({
    "id": "s20-tags-aurora-nine-neck-tags-cosmetic-medicare-gy",
    "family": "skin-tags", "shape": "free-text",
    "description": "Aesthetic practice: 9 asymptomatic neck tags removed for appearance, Medicare FFS, no ABN -> 11200-GY",
    "date": "2026-01-09",
    "patient": ("Albright", "Dolores", "1955-02-02", "female"),
    "provider": "voss", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons of neck, asymptomatic", "L91.8", "Anterior and lateral neck", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Skin tag removal - snip + cautery", site="Anterior/lateral neck",
          note="9 small acrochordons, asymptomatic; removed at patient's request for appearance.",
          reasons=["c1"]),
    ],
    "note_title": "Aesthetic Treatment Record",
    "note": """AURORA AESTHETIC DERMATOLOGY & LASER
Aesthetic Treatment Record - Henrietta Voss, MD - 01/09/2026

Client: Dolores Albright (70)
Goal: "smoother neck" before her daughter's wedding in March.
Assessment: 9 small (1-3 mm) skin tags, anterior and lateral neck. Patient denies itching, bleeding,
irritation or catching on jewelry. No inflammation. No change.
Treatment: snip removal of 9 tags after topical anesthetic; light cautery.
Financial: patient informed this is a cosmetic service. No ABN / waiver form was signed today.
Also discussed: neck tightening (RF microneedling) - package pricing given, not scheduled.
Aftercare: petrolatum x 5 days.
""",
    "expected": E([L("11200", 1, "GY")], ["cosmetic"], dx={"11200": ["L91.8"]}),
    "coder_note": "COS-2/COS-4: skin tag removal without any BSL-3 reason is cosmetic (statutorily excluded) -> "
                  "Medicare FFS 11200-GY; no voluntary ABN, so no GX.",
})

SCENARIOS.append({
    "id": "s20-cos-aurora-botox-filler-commercial-no-claim",
    "family": "cosmetic", "shape": "note-only",
    "description": "Aesthetic practice: Botox glabella/crow's feet + HA filler nasolabial folds, commercial payer -> no claim lines",
    "date": "2025-12-04",
    "patient": ("Marlowe", "Vivian", "1978-07-19", "female"),
    "provider": "voss", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Encounter for cosmetic surgery", "Z41.1", reason=True),
    ],
    "note_title": "Aesthetic Treatment Record",
    "note": """AURORA AESTHETIC DERMATOLOGY & LASER
Aesthetic Treatment Record - Henrietta Voss, MD - 12/04/2025

Client: Vivian Marlowe (47)    Visit: neuromodulator + filler, self-pay
Concerns: frown lines, crow's feet, nasolabial folds. No medical complaints.
Neuromodulator: onabotulinumtoxinA (Botox Cosmetic) 100 U vial, reconstituted 2.5 mL.
  Glabella 20 U (5 points), lateral canthal lines 12 U each side. Total 44 U. Lot #C7712A.
Filler: hyaluronic acid 1.0 mL syringe, 0.5 mL each nasolabial fold, linear threading. Lot #HA9921.
Photos taken. Consent for cosmetic treatment signed. Paid at checkout (package rate).
Aftercare: no lying down 4 h, no exercise 24 h. Touch-up visit in 2 weeks if needed.
Declined: chemical peel today.
""",
    "expected": E([], ["cosmetic"]),
    "coder_note": "Conventions: cosmetic services (Botox for rhytids, fillers; COS-2) for a commercial payer are not "
                  "put on the claim -> no lines, cosmetic finding; patient billed directly.",
})

SCENARIOS.append({
    "id": "s20-cos-aurora-facial-peel-medicare-precoded-voluntary-abn",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Aesthetic practice pre-coded 15788 facial epidermal peel for photoaging, Medicare FFS, voluntary ABN -> 15788-GX-GY",
    "date": "2026-02-19",
    "patient": ("Whitfield", "Rosalind", "1958-09-28", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Photoaging of facial skin (fine lines, dyschromia)", "L57.8", "Face", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1", reason=True),
    ],
    "procedures": [
        P("Chemical peel, facial, epidermal", cpt="15788", site="Full face",
          note="Glycolic acid 35%, 3 min, neutralized. Cosmetic.", reasons=["c1", "c2"]),
    ],
    "note_title": "Aesthetic Treatment Record",
    "note": """AURORA AESTHETIC DERMATOLOGY & LASER
Aesthetic Treatment Record - Henrietta Voss, MD - 02/19/2026

Client: Rosalind Whitfield (67)    Medicare Part B beneficiary
Goal: brighter, more even skin tone; fine lines. No actinic keratoses on exam; no active dermatosis.
Treatment: superficial (epidermal) chemical peel, full face - glycolic acid 35%, 3 minutes, neutralized,
cool compresses, SPF applied. Tolerated well, mild erythema.
Financial: cosmetic service, not a Medicare benefit. Patient read and signed a voluntary Advance Beneficiary
Notice acknowledging Medicare will not pay and she is responsible. Claim to be submitted at patient's
request for a denial.
Series: 3 peels, 4 weeks apart.
""",
    "expected": E([L("15788", 1, "GX", "GY")], ["cosmetic"]),
    "coder_note": "COS-2/COS-4: cosmetic peel is statutorily excluded; Medicare FFS -> GY, plus GX because a "
                  "voluntary ABN was given.",
})

SCENARIOS.append({
    "id": "s20-cos-aurora-ln2-six-asymptomatic-sks-medicare-gy",
    "family": "cosmetic", "shape": "free-text",
    "description": "Aesthetic practice: LN2 to 6 asymptomatic SKs on the back for appearance, Medicare FFS (name only), no ABN -> 17110-GY",
    "date": "2026-03-02",
    "patient": ("Fairbanks", "Lorraine", "1950-06-17", "female"),
    "provider": "santos", "payer": "medicare-noname", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, back, asymptomatic", "L82.1", "Upper and mid back", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of seborrheic keratoses", site="Upper/mid back",
          note="LN2 to 6 SKs, 1 FTC each. Patient request - appearance.", reasons=["c1"]),
    ],
    "note_title": "Aesthetic Treatment Record",
    "note": """AURORA AESTHETIC DERMATOLOGY & LASER
Treatment Record - Rafael Santos, MD - 03/02/2026

Client: Lorraine Fairbanks (75)
Request: remove "the brown crusty spots" on her back - she dislikes how they look in a swimsuit.
History: one SK on L temple biopsied 2024 - benign. No skin cancer history.
Assessment: 6 classic stuck-on seborrheic keratoses, upper/mid back, 0.5-1.2 cm. She denies itching,
bleeding, irritation or recent change. No inflammation. Dermoscopy typical; no diagnostic uncertainty.
Treatment: LN2 cryotherapy to all 6, one freeze-thaw cycle each.
Financial: cosmetic; no ABN/waiver signed.
Aftercare sheet given.
""",
    "expected": E([L("17110", 1, "GY")], ["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "BSL-5/COS-2: L82.1 with no BSL-3 reason is cosmetic; Medicare FFS -> 17110-GY (no ABN, so no "
                  "GX). Six lesions -> 17110.",
})
