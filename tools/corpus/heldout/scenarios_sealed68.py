"""Sealed set 68 (s68-): audit of an athenaOne dermatology practice.

Every signed note is a terse clinical note followed by the patient's After-Visit Summary (AVS) pasted in, written
to the patient in plain language. The AVS restates, rounds or leaves things out; it is never a source of billable
work. The coder codes the clinical note (and the structured Procedures / pathology) only.
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# Biopsy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-bx-punch-and-two-tangential",
    "family": "biopsy", "shape": "note-only",
    "description": "One punch + two tangential biopsies of three separate lesions; AVS says '3 small samples'",
    "date": "2025-08-12",
    "patient": ("Vrabel", "Dennis", "1953-11-04", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Atypical pigmented lesion, left upper back", None, "Left upper back", reason=True),
        C("c2", "Pink scaly papule, right shoulder", None, "Right shoulder", reason=True),
        C("c3", "Hyperkeratotic papule, left dorsal forearm", None, "Left dorsal forearm", reason=True),
    ],
    "path": [
        {"text": "A. Skin, left upper back, punch: compound dysplastic nevus with mild cytologic atypia, "
                 "margins uninvolved.", "site": "Left upper back"},
        {"text": "B. Skin, right shoulder, shave: basal cell carcinoma, superficial type, extending to "
                 "peripheral margin.", "site": "Right shoulder"},
        {"text": "C. Skin, left forearm, shave: hypertrophic actinic keratosis.", "site": "Left forearm"},
    ],
    "note_title": "Office Visit",
    "note": """CC: spots on back/arms, wife noticed.

HPI: 71M, pt of Dr. Chen. Wife noticed a dark spot on his upper back that "looks different than the others".
Also a rough pink spot R shoulder x 4 mo and a crusty bump L forearm. No prior skin ca. No anticoag.

EXAM: focused back + arms.
- L upper back: 7 mm irregularly pigmented macule, two shades of brown, notched border.
- R shoulder: 6 mm pink scaly thin plaque.
- L dorsal forearm: 5 mm hyperkeratotic papule on erythematous base.
- Scattered SKs trunk, benign appearing. No treatment.

A/P:
1. Atypical pigmented lesion L upper back - r/o dysplastic nevus vs MM. Punch bx.
2. Pink scaly plaque R shoulder - r/o BCC. Tangential bx.
3. Hyperkeratotic papule L forearm - r/o SCC vs HAK. Tangential bx.
4. SKs - reassurance.

PROCEDURE: consent, site marked, lido 1% w/ epi.
- #A L upper back: 4 mm punch bx, 1 simple 4-0 nylon.
- #B R shoulder: tangential (shave) bx with Dermablade, AlCl3 hemostasis.
- #C L forearm: tangential (shave) bx with Dermablade, AlCl3 hemostasis.
3 specimens to path. Vaseline/bandage. Tolerated well.

Will call with results. If B or C malignant will discuss treatment options (ED&C vs excision).

Encounter signed-off by Wei Chen, MD, 08/12/2025.

----------------------------------------------------------------
PATIENT AFTER VISIT SUMMARY
Dennis, thank you for coming in today.
What we did today:
 - We took 3 small samples of skin to send to the lab.
 - The spot on your back has 1 stitch. Please come back in 2 weeks to have it taken out.
 - The brown, "stuck-on" spots on your back are harmless age spots. We did not treat them.
We will call you with your results in about 1-2 weeks. If anything is a skin cancer, we will talk about
how to treat it.
""",
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["D22.5"]}),
    "coder_note": "BX-2: punch is the highest-ranked technique -> 11104 primary; the two tangential biopsies take "
                  "11103 x2. Possible future ED&C/excision not coded.",
})

SCENARIOS.append({
    "id": "s68-bx-precoded-incisional-plus-punch",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Pre-coded 11106 + 11104 for incisional + punch biopsy; second must be the 11105 add-on",
    "date": "2025-09-03",
    "patient": ("Oyelaran", "Temitope", "1988-02-19", "female"),
    "provider": "ramirez", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Tender subcutaneous nodules of the shins", None, "Bilateral shins", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy, skin", "11106", "Left anterior shin",
          note="Deep wedge (incisional) biopsy with #15 blade to subcutaneous fat, 1.2 x 0.5 cm, "
               "closed with 4-0 nylon x3.", reasons=["c1"]),
        P("Punch biopsy, skin", "11104", "Right anterior shin",
          note="6 mm punch, for DIF, in Michel's medium. 1 suture.", reasons=["c1"]),
    ],
    "note_title": "Procedure Visit",
    "note": """Procedure visit. 37F, tender red nodules both shins x 3 wk, new OCP 2 mo ago. Sent by PCP.
Exam: multiple 2-4 cm tender erythematous subcutaneous nodules bilateral anterior shins, no ulceration.
Imp: nodules shins, ddx erythema nodosum vs other panniculitis vs vasculitis.

Plan discussed; needs deep tissue for H&E (fat) + separate specimen for DIF.
Procedure:
1) L anterior shin - incisional (wedge) biopsy w/ #15 blade, full thickness into subcutis. Simple closure.
2) R anterior shin - 6 mm punch biopsy, Michel's medium for DIF. Simple closure.
Both tolerated well. Labs: CBC, ESR, ASO, CXR ordered via PCP.

Signed: Sofia Ramirez, MD

=== After Visit Summary ===
Hi Temitope,
Today we took two skin samples from your shins: one from the left leg and one from the right leg. You have
stitches in both spots. Keep them dry for 24 hours, then wash gently every day.
Come back in 10 to 14 days to have the stitches taken out.
If the lab shows a reaction to your birth control pill, we may ask you to stop it. Please do not stop any
medicine until we talk.
""",
    "expected": E([L("11106"), L("11105")], topics=["coding-correction"]),
    "coder_note": "BX-2: one primary per encounter; incisional outranks punch, so the punch becomes the 11105 add-on "
                  "(11106/11104 is PTP indicator 0, two primaries can never be paid together).",
})

SCENARIOS.append({
    "id": "s68-bx-acne-isotretinoin-em25-tangential",
    "family": "biopsy", "shape": "free-text",
    "description": "Established acne visit starting isotretinoin (moderate MDM, 99214) + tangential bx of arm papule",
    "date": "2025-10-21",
    "patient": ("Quintanilla", "Marisol", "2006-05-30", "female"),
    "provider": "nakamura", "payer": "medicaid-mco", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic, scarring", "L70.0", "Face, chest, back", reason=True),
        C("c2", "Firm papule left upper arm, changing", None, "Left upper arm", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Left posterior upper arm",
          note="Tangential biopsy of 6 mm firm tan papule with dimple sign, recently darker. Specimen to path.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, left upper arm, shave biopsy: dermatofibroma (benign fibrous histiocytoma).",
         "site": "Left upper arm"},
    ],
    "note_title": "Office Visit",
    "note": """Chief complaint: acne f/u; bump on arm.

HPI: 19F est pt. Nodulocystic acne face/chest/back, failed doxycycline 100 bid x 4 mo + tretinoin 0.05% +
BPO wash. New scarring on cheeks. Ready to start isotretinoin. Separately: bump on back of L arm x 1 yr,
got darker this summer, itches.

Exam: multiple inflamed nodules and cysts bilateral cheeks/jawline, chest, upper back; atrophic boxcar
scars bilateral cheeks. L posterior upper arm 6 mm firm tan-brown papule, + dimple sign.

Assessment / Plan:
1. Acne vulgaris, nodulocystic with scarring, worsening despite oral abx - starting isotretinoin.
   iPLEDGE registration done today, 2 forms of contraception reviewed (on Nexplanon + condoms).
   Baseline labs ordered: CMP, lipid panel, urine hCG. Stop doxycycline (pseudotumor risk w/ isotretinoin).
   Rx isotretinoin 40 mg daily once pregnancy test neg / iPLEDGE confirmed. Counseled on AEs, mood,
   dryness, no blood donation.
2. Papule L upper arm - likely DF but changed color; tangential biopsy today to confirm.
   Procedure: verbal consent, lido w/ epi, tangential bx w/ blade, AlCl3. Path sent.

Total time 35 min (incl. iPLEDGE counseling).
E-signed Ren Nakamura, MD 10/21/2025

--- AFTER VISIT SUMMARY (patient copy) ---
Marisol - today we:
 * Signed you up for iPLEDGE and ordered blood and pregnancy tests. Once those come back OK you can pick up
   your isotretinoin.
 * STOP doxycycline starting today.
 * Took a small sample of the bump on your left arm. We think it is a harmless scar-like bump called a
   dermatofibroma. We will call you with the result.
Next visit: 1 month (monthly visits are required while on isotretinoin).
""",
    "expected": E([L("99214", 1, "25"), L("11102")], dx={"11102": ["D23.62"]}),
    "coder_note": "GS-3: isotretinoin start with iPLEDGE/labs is significant, separately identifiable work (moderate "
                  "MDM: worsening chronic illness + Rx management) -> 99214-25. Tangential bx of the arm papule -> 11102 "
                  "(path: dermatofibroma D23.62).",
})

# ---------------------------------------------------------------------------------------------------------------
# Shave removal
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-shave-nasal-tip-and-neck",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of bleeding nasal-tip nevus 0.7 cm and irritated neck nevus 0.4 cm; AVS mentions a "
                   "back mole that was only watched",
    "date": "2025-07-15",
    "patient": ("Brandvold", "Cecilia", "1979-09-08", "female"),
    "provider": "okafor", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Bleeding dome-shaped papule, nasal tip", None, "Nasal tip", reason=True),
        C("c2", "Irritated papule, right posterior neck", None, "Right posterior neck", reason=True),
    ],
    "path": [
        {"text": "A. Nasal tip, shave removal: intradermal melanocytic nevus, traumatized.", "site": "Nasal tip"},
        {"text": "B. Right posterior neck, shave removal: intradermal melanocytic nevus with dermal inflammation.",
         "site": "Right posterior neck"},
    ],
    "note_title": "Progress Note",
    "note": """S: 46F, 2 spots to remove. Nasal tip bump bleeds w/ washing face/blowing nose, 3 episodes in past
month. R post neck bump catches on necklace clasp, gets red and sore.
O: nasal tip 0.7 cm flesh-colored dome papule, crusted hemorrhagic surface. R posterior neck 0.4 cm soft tan
papule, erythematous rim. L mid back 5 mm regular brown macule, unchanged per pt/photos.
A/P:
1. Symptomatic dermal nevus nasal tip (bleeding) - shave removal.
2. Symptomatic nevus R post neck (irritated, inflamed) - shave removal.
3. Benign nevus L mid back - monitor, no tx.
Procedure: consent signed. Lido 1% w/ epi. Shave removal, flexible blade, both lesions removed flush with
surrounding skin. AlCl3 + light hyfrecation for hemostasis. Both to path. Vaseline, bandaid.

Electronically signed by Adaeze Okafor MD

### After Visit Summary ###
Cecilia,
Today we removed 2 moles: the one on the tip of your nose and the one on the back of your neck. They were
sent to the lab. Keep Vaseline on both spots and a bandage on until healed (about 1-2 weeks).
We did not remove the mole on your back; it looks normal and we will watch it at your next skin check.
""",
    "expected": E([L("11311"), L("11305")], dx={"11311": ["D22.39"], "11305": ["D22.4"]}),
    "coder_note": "SH-1: nasal tip 0.7 cm (FEENLM 0.6-1.0) -> 11311; neck 0.4 cm (SNHFG <=0.5) -> 11305. BSL-3 "
                  "bleeding / inflammation documented. Back nevus only watched.",
})

SCENARIOS.append({
    "id": "s68-shave-scalp-no-size-plus-ak-cryo",
    "family": "shave", "shape": "free-text",
    "description": "Scalp shave removal with no lesion size (AVS says 'pea-sized') + LN2 to 3 AKs; shave not billable",
    "date": "2025-11-04",
    "patient": ("Keough", "Bernard", "1946-01-27", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, vertex scalp", "L82.0", "Vertex scalp", reason=True),
        C("c2", "Actinic keratoses", "L57.0", "Scalp and temples", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Vertex scalp",
          note="Irritated SK catching on comb, bleeds. Shave removed with DermaBlade, hemostasis with AlCl3.",
          reasons=["c1"]),
        P("Cryotherapy, AK", site="Scalp, right temple, left temple",
          note="LN2 x 2 freeze-thaw cycles to 3 AKs: 1 vertex scalp, 1 R temple, 1 L temple.", reasons=["c2"]),
    ],
    "note_title": "Progress Note",
    "note": """79M est, here for 'scab on top of head that keeps catching on my comb' + rough spots.
Exam: vertex scalp - stuck-on verrucous tan papule w/ hemorrhagic crust, erythematous base. Scalp/temples -
3 gritty erythematous scaly papules c/w AK (vertex 1, R temple 1, L temple 1).
Imp: 1) ISK vertex scalp, traumatized/bleeding. 2) AKs x3.
Plan/Procedure:
 - ISK: shave removal, blade, AlCl3. Not sent to path (classic ISK).
 - AKs: LN2 2 FTC each x 3 lesions. Discussed blister/hypopigmentation.
 - Sunscreen, hat. RTC 6 mo FBSE.
Marc Baptiste MD (signed)

AFTER VISIT SUMMARY -----------------------------------------
Mr. Keough, today we:
  - removed the pea-sized crusty bump on the top of your head that was catching on your comb, and
  - froze 3 rough sun spots (actinic keratoses) on your scalp and temples.
The frozen spots may blister and peel over 1-2 weeks. Come back in 6 months for a full skin check.
""",
    "expected": E([L("17000"), L("17003", 2)], topics=["missing-documentation"], dx={"17000": ["L57.0"]}),
    "coder_note": "README 'Coding decisions': no lesion diameter in the clinical documentation -> no size-banded shave "
                  "line + missing-documentation; 'pea-sized' in the AVS is not a measurement and the AVS never adds "
                  "work. AKs: 3 lesions -> 17000 + 17003 x2.",
})

SCENARIOS.append({
    "id": "s68-shave-precoded-wrong-band-back",
    "family": "shave", "shape": "pre-coded",
    "description": "Pre-coded 11301 for an inflamed SK measured 1.3 x 0.9 cm on the back -> 11302",
    "date": "2025-06-18",
    "patient": ("Tillotson", "Arlene", "1950-04-14", "female"),
    "provider": "halvorsen", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right lower back", "L82.0", "Right lower back", reason=True),
    ],
    "procedures": [
        P("Shave removal, trunk", "11301", "Right lower back",
          note="Lesion 1.3 x 0.9 cm. Shave removal with blade, hemostasis with Drysol. Sent to path.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right lower back, shave: irritated seborrheic keratosis with squamous eddies.",
         "site": "Right lower back"},
    ],
    "note_title": "Procedure Note",
    "note": """Procedure note. 75F. Growth R lower back rubs on waistband, red, itchy, bled onto clothes twice.
Exam: 1.3 x 0.9 cm verrucous brown plaque with erythema and crust, R lower back at beltline.
Dx: inflamed SK (irritated by clothing, bleeding).
Shave removal: consent, lido w/ epi, removed with DermaBlade at the level of the dermis, Drysol. To path.
Kirsten Halvorsen MD

AFTER VISIT SUMMARY
Arlene, we removed the itchy, bleeding growth from your lower back today. It was about half an inch wide.
Keep the area clean and covered with Vaseline and a bandage until it heals. We will call you if the lab
result shows anything unexpected.
""",
    "expected": E([L("11302")], topics=["coding-correction"], dx={"11302": ["L82.0"]}),
    "coder_note": "SH-1: trunk, greatest lesion diameter 1.3 cm -> 1.1-2.0 band = 11302, not 11301. AVS 'half an inch' "
                  "is a rounding; the clinical measurement is coded.",
})

# ---------------------------------------------------------------------------------------------------------------
# Excision, benign
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-exb-cyst-upper-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Excision of recurrently inflamed epidermoid cyst 1.8 cm + 0.2 cm margins (2.2 cm) upper back, "
                   "layered closure 3.6 cm",
    "date": "2025-05-07",
    "patient": ("Sandoval", "Ignacio", "1958-12-02", "male"),
    "provider": "lindqvist", "payer": "medicare-advantage", "minutes": 50,
    "conditions": [
        C("c1", "Epidermoid cyst, right upper back, recurrently inflamed", "L72.0", "Right upper back",
          reason=True),
    ],
    "path": [
        {"text": "Skin and subcutis, right upper back, excision: ruptured epidermal inclusion cyst with "
                 "foreign-body giant cell reaction.", "site": "Right upper back"},
    ],
    "note_title": "Procedure Note",
    "note": """PROCEDURE: Excision of cyst, R upper back.
Indication: 66M, cyst R upper back, inflamed/painful 3x in past year, I&D by urgent care 02/2025 (outside),
drains malodorous material, pain w/ seatbelt. Quiet today.
Pre-op lesion: 1.8 cm subcutaneous cyst w/ punctum, R upper back.
Consent obtained, risks incl. scar, recurrence, infection discussed. Time-out.
Anesthesia: 1% lido w/ epi 8 mL.
Excision: fusiform excision around the cyst with 0.2 cm margins on all sides (excised diameter 2.2 cm),
cyst removed intact with its wall, sent to path. Moderate undermining.
Repair: layered closure - 3-0 Vicryl deep dermal/subcutaneous, 4-0 nylon simple interrupted epidermal.
Final length 3.6 cm.
EBL minimal. Pressure dressing.
Sutures out 12-14 d.
Signed Erik Lindqvist, MD

-------------------- AFTER VISIT SUMMARY --------------------
Ignacio, today we removed the cyst from your upper back. Your cut is about 1 1/2 inches long and has
stitches under the skin and on top. Keep the bandage on and dry for 48 hours. Come back in 2 weeks for
stitch removal. Call us if you see spreading redness, pus, or fever.
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 1.8 + 2 x 0.2 = 2.2 cm, trunk -> 11403 (2.1-3.0). EX-5/REP-2: layered closure 3.6 cm "
                  "trunk -> 12032 (2.6-7.5). BSL-3 inflammation/pain documented.",
})

SCENARIOS.append({
    "id": "s68-exb-dysplastic-nevus-reexcision-simple-repair",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Pre-coded 11401 + 12001: re-excision of severely atypical nevus L forearm, simple closure is "
                   "included -> 12001 removed",
    "date": "2025-09-25",
    "patient": ("Hartigan", "Colleen", "1984-07-11", "female"),
    "provider": "okafor", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Dysplastic nevus with severe atypia, left forearm, positive margin", "D22.62",
          "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, arm", "11401", "Left dorsal forearm",
          note="Biopsy-site scar with residual pigment 0.6 cm; 0.2 cm margins; excised diameter 1.0 cm.",
          reasons=["c1"]),
        P("Simple repair, 2.4 cm", "12001", "Left dorsal forearm",
          note="Single-layer closure with 4-0 Prolene simple interrupted, 2.4 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left forearm, re-excision: residual dysplastic compound nevus with severe atypia, "
                 "completely excised; scar.", "site": "Left forearm"},
    ],
    "note_title": "Procedure Note",
    "note": """Re-excision, L dorsal forearm. 41F, shave bx 08/28/2025 = dysplastic compound nevus, severe atypia,
peripheral margin involved. Here for re-excision per our practice protocol.
Exam: 0.6 cm pink scar with residual light-brown pigment at the edge.
Procedure: consent, lido w/ epi. Elliptical excision of scar/residual lesion with 2 mm margins (excised
diameter 1.0 cm), to subcutaneous fat. Closed in a single layer, 4-0 Prolene simple interrupted. Final 2.4 cm.
Path sent.
Adaeze Okafor MD

AFTER VISIT SUMMARY
Colleen, we removed the rest of the abnormal mole on your left forearm today. You have 4 stitches; come
back in 10-14 days to have them removed. We will call with the lab result.
""",
    "expected": E([L("11401")], topics=["ncci"], dx={"11401": ["D22.62"]}),
    "coder_note": "EX-1: 0.6 + 2 x 0.2 = 1.0 cm arm -> 11401 (correct). EX-5: simple repair is included in the "
                  "excision (11401/12001 PTP indicator 1, same wound) -> 12001 removed. Dysplastic nevus -> D22.x benign.",
})

SCENARIOS.append({
    "id": "s68-exb-recurrent-nevus-left-helix",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision of recurrent nevus left helix 0.5 cm + 0.1 cm margins (0.7 cm), simple closure",
    "date": "2025-12-09",
    "patient": ("Ferreira-Lowe", "Priya", "1991-03-23", "female"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 35,
    "conditions": [
        C("c1", "Recurrent pigmented lesion at prior shave site, left helix", None, "Left helix", reason=True),
    ],
    "procedures": [
        P("Excision", site="Left helix (ear)",
          note="Recurrent pigmentation within shave scar. Lesion 0.5 cm, margin 1 mm all around. Excised "
               "diameter 0.7 cm. Closed side-to-side with 6-0 nylon, single layer, 1.6 cm.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left helix, excision: recurrent melanocytic nevus (pseudomelanoma) in scar, margins "
                 "clear.", "site": "Left helix"},
    ],
    "note_title": "Procedure Note",
    "note": """34F. Nevus L helix shaved 2023 elsewhere (benign intradermal nevus per pt, report not available).
Pigment came back in the scar over last 6 mo, darker and slightly spreading. Wants it out.
Exam: 0.5 cm irregular brown macule within a white scar, L helix, does not involve rim cartilage.
Imp: recurrent pigment at prior shave site - recurrent nevus favored, excise to r/o melanoma.
Procedure: consent. Lido w/ epi. Excision of the lesion with 1 mm margins (0.7 cm excised diameter),
full thickness to perichondrium, cartilage not entered. Closed in a single layer, 6-0 nylon, 1.6 cm.
Ines Castellanos MD

~~ After Visit Summary ~~
Priya, we removed the spot where the mole came back on your left ear. The lab will check it to make sure it
is just a mole that regrew. Stitches come out in 1 week. Keep Vaseline on it twice a day.
""",
    "expected": E([L("11441")], dx={"11441": ["D22.22"]}),
    "coder_note": "EX-1/EX-2: ear is FEENLM; 0.5 + 2 x 0.1 = 0.7 cm -> 11441. Simple closure included. Path benign "
                  "recurrent nevus -> D22.22.",
})

# ---------------------------------------------------------------------------------------------------------------
# Excision, malignant
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-exm-bcc-mid-back-intermediate",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Excision of biopsy-proven BCC left mid back 1.1 cm + 0.4 cm margins (1.9 cm), layered repair 4.4 cm",
    "date": "2025-10-14",
    "patient": ("Abernethy-Cole", "Russell", "1949-08-30", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left mid back", "C44.519", "Left mid back", reason=True),
    ],
    "procedures": [
        P("Excision, malignant lesion", site="Left mid back",
          note="Clinical lesion 1.1 x 0.8 cm (biopsy-proven nodular BCC 09/23/2025). 4 mm margins. Excised "
               "diameter 1.9 cm. Specimen oriented, to path.", reasons=["c1"]),
        P("Layered closure", site="Left mid back",
          note="Intermediate (layered) repair: 3-0 Monocryl buried dermal, 4-0 Prolene running. 4.4 cm.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left mid back, excision: basal cell carcinoma, nodular type, margins free (closest "
                 "3 mm).", "site": "Left mid back"},
    ],
    "note_title": "Procedure Note",
    "note": """Excision of BCC L mid back. 76M. Biopsy 09/23/2025 nodular BCC. Not a Mohs candidate per AUC (trunk,
primary, nodular, < 2 cm) - standard excision.
Pre-op: clinical lesion 1.1 x 0.8 cm pearly plaque with biopsy scar.
Marked with 4 mm margins, excised as an ellipse to fat. Layered closure. Final 4.4 cm.
Hx: BCC R cheek 2019 (Mohs) - NED.
Samuel Weiss MD

- - - AFTER VISIT SUMMARY - - -
Russell, today we cut out the skin cancer on your back. We removed a spot about 3/4 inch across and
closed it with 2 layers of stitches. Top stitches come out in 2 weeks.
""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.519"]}),
    "coder_note": "EX-1: 1.1 + 2 x 0.4 = 1.9 cm trunk -> 11602. EX-5: intermediate repair separately reported, 4.4 cm "
                  "trunk -> 12032. History of BCC (cheek) not a claim line.",
})

SCENARIOS.append({
    "id": "s68-exm-scc-leg-reexcision-58",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Re-excision of SCC R lower leg for a positive deep margin 7 days after the first excision "
                   "(inside the 010 global), 1.8 cm scar + 0.5 cm margins = 2.8 cm, single-layer closure",
    "date": "2025-07-08",
    "patient": ("Lindahl", "Gunnar", "1944-10-19", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right lower leg, deep margin positive", "C44.722", "Right anterior lower leg",
          reason=True),
    ],
    "prior": [
        PRIOR("2025-07-01", "11602", "Excision malignant lesion, leg, 1.6 cm", "Right anterior lower leg",
              "Excision of clinically suspected SCC, excised diameter 1.6 cm; path: invasive SCC, deep margin involved."),
    ],
    "path": [
        {"text": "Skin, right lower leg, re-excision: scar with no residual carcinoma; margins clear.",
         "site": "Right lower leg"},
    ],
    "note_title": "Procedure Note",
    "note": """Re-excision R anterior lower leg. 80M.
07/01/2025 excision (Dr. Santos) R shin lesion: path = invasive SCC, well-diff, deep margin involved,
peripheral margins clear. Planned re-excision today (staged, same tumor); pt agreeable.
Exam: healing sutured wound R anterior lower leg, scar 1.8 cm, no infection.
Procedure: consent, lido w/ epi. Re-excised the entire scar with 5 mm margins (excised diameter 2.8 cm),
deep to fascia. Hemostasis with cautery. Closed with a single layer of 3-0 nylon vertical mattress sutures.
Tolerated well.
Rafael Santos, MD - signed

********** AFTER VISIT SUMMARY **********
Gunnar, today we took out more skin around the spot on your right shin where we removed the skin cancer
last week. This makes sure none of the cancer was left behind. Keep your leg raised when you can.
Stitches come out in 2 weeks. We will call you with the lab result.
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period"], dx={"11603": ["C44.722"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of 11602 -> 58 (staged). Coded "
                  "malignant even though the re-excision specimen is negative. 1.8 + 2 x 0.5 = 2.8 cm leg -> 11603. "
                  "Single-layer closure is included.",
})

SCENARIOS.append({
    "id": "s68-exm-lentigo-maligna-cheek-precoded-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Pre-coded benign 11442; final path melanoma in situ R cheek -> 11642 + intermediate repair 12052",
    "date": "2025-08-26",
    "patient": ("Whitcombe", "Eleanor", "1942-06-06", "female"),
    "provider": "voss", "payer": "medicare-advantage-ppo", "minutes": 60,
    "conditions": [
        C("c1", "Atypical junctional melanocytic proliferation, right cheek", None, "Right malar cheek", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion face 1.1-2.0 cm", "11442", "Right malar cheek",
          note="Pigmented patch 0.8 cm, 5 mm margins, excised diameter 1.8 cm. Oriented, to path.", reasons=["c1"]),
        P("Repair intermediate face 2.6-5.0 cm", "12052", "Right malar cheek",
          note="Layered closure 5-0 Monocryl deep, 6-0 nylon superficial, length 3.2 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right cheek, excision: melanoma in situ, lentigo maligna type; margins free of in situ "
                 "melanoma (closest 2 mm).", "site": "Right cheek"},
    ],
    "note_title": "Procedure Note",
    "note": """83F. R malar cheek pigmented patch. Punch bx 07/29/2025: atypical junctional melanocytic
proliferation on sun-damaged skin, LM cannot be excluded -> excision advised.
Exam: 0.8 cm irregular tan-brown patch R malar cheek.
Procedure: consent, time-out. Lido w/ epi. Excision with 5 mm margins (excised diameter 1.8 cm), to
subcutaneous fat, oriented w/ suture at 12:00. Layered closure: 5-0 Monocryl deep dermal, 6-0 nylon
superficial. 3.2 cm. Pressure dressing.
Plan: if path shows MIS and margins narrow, discuss staged excision / further margins.
Henrietta Voss MD

AFTER VISIT SUMMARY
Eleanor, today we removed the brown spot on your right cheek and closed it with stitches. The lab will look
at it closely. If it shows an early melanoma, we may need to take a little more skin at another visit.
Stitches out in 1 week.
""",
    "expected": E([L("11642"), L("12052")], topics=["coding-correction"], dx={"11642": ["D03.39"]}),
    "coder_note": "EX-3: final path melanoma in situ -> malignant excision codes; 0.8 + 2 x 0.5 = 1.8 cm face -> 11642. "
                  "EX-5: layered repair 3.2 cm face -> 12052. Further excision is only a hypothetical.",
})

# ---------------------------------------------------------------------------------------------------------------
# Destruction
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-ds-ak-six-avs-says-about-eight",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 to 6 AKs (scalp 4, forehead 2); AVS rounds to 'about 8 rough spots'",
    "date": "2025-03-18",
    "patient": ("Pruett", "Harold", "1945-02-11", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp and forehead", "L57.0", "Scalp, forehead", reason=True),
    ],
    "note_title": "Progress Note",
    "note": """80M, AK f/u. Last LN2 09/2024. New rough spots on scalp.
Exam: bald scalp with background actinic damage. Discrete hyperkeratotic erythematous papules c/w AK:
frontal scalp x2, vertex x1, crown x1, central forehead x2 (6 total). No thick/tender lesions. No SCC concern.
A: AKs x 6.
P: LN2 cryotherapy, 2 freeze-thaw cycles, to 6 AKs (scalp 4, forehead 2). Aftercare reviewed.
If more than ~10 come back next time, consider field tx with 5-FU - not started today.
Jordan Pike, PA-C / supervising Dr. Okafor

AFTER VISIT SUMMARY
Harold, today we froze about 8 rough spots on your scalp and forehead. These are actinic keratoses, which
can turn into skin cancer if not treated. Expect redness and blisters that crust over in 1-2 weeks.
Wear a wide-brimmed hat. Next visit in 6 months.
""",
    "expected": E([L("17000"), L("17003", 5)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: count from the clinical note (6), not the AVS rounding (about 8) -> 17000 + 17003 x5. 5-FU is a "
                  "future option, not a service.",
})

SCENARIOS.append({
    "id": "s68-ds-ak-eighteen-precoded-17000-17003",
    "family": "destruction", "shape": "pre-coded",
    "description": "Pre-coded 17000 + 17003 x17 for 18 AKs -> 17004 x1",
    "date": "2025-04-22",
    "patient": ("Meacham", "Lorraine", "1941-09-17", "female"),
    "provider": "chen", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, face, ears, dorsal hands", "L57.0", "Face, ears, hands", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Face", reasons=["c1"],
          note="LN2 to AKs: face 9, ears 3, dorsal hands 6 = 18 lesions."),
        P("Destruction premalignant lesions, 2-14, each (x17 units)", "17003", "Face, ears, hands",
          note="Units: 17 (lesions 2-18).", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """84F, extensive AKs. On no immunosuppressants.
Exam: numerous gritty erythematous scaly papules. Counted and treated: face 9 (cheeks 5, nose 2, forehead 2),
ears 3 (R helix 2, L helix 1), dorsal hands 6 (R 4, L 2). Total 18.
Procedure: LN2 2 FTC, 18 AKs. Tolerated.
Counseled on field therapy; she prefers to wait.
W. Chen MD

After Visit Summary:
Lorraine - we froze 18 pre-cancer spots today on your face, ears and the backs of your hands. They will scab
and heal in about 2 weeks. Use sunscreen every day. See you in 4 months.
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003 (17004/17000 and "
                  "17004/17003 indicator 0; 17 units of 17003 would also exceed its MUE of 13).",
})

SCENARIOS.append({
    "id": "s68-ds-common-warts-hands-child-medicaid",
    "family": "destruction", "shape": "free-text",
    "description": "LN2 to 5 painful common warts on the hands of a child (Medicaid); untreated plantar wart deferred",
    "date": "2025-06-03",
    "patient": ("Delacroix", "Mateo", "2014-01-22", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, hands, painful and spreading", "B07.8", "Right and left hands", reason=True),
        C("c2", "Plantar wart, right heel", "B07.0", "Right heel"),
    ],
    "procedures": [
        P("Cryotherapy of warts", site="R index finger, R thumb, L middle finger, L palm x2",
          note="LN2 2 cycles to 5 verrucae: R index periungual, R thumb, L middle finger, L palm x2. Painful with "
               "writing; went from 1 to 5 in 3 months.", reasons=["c1"]),
    ],
    "note_title": "Progress Note",
    "note": """11M with mom. Warts on hands x 6 mo, started with 1, now 5; R index and thumb hurt when writing/
holding pencil. OTC salicylic acid x 2 mo, no change.
Exam: 5 verrucous papules - R index finger periungual, R thumb pad, L middle finger, L palm x 2. Also 4 mm
plantar wart R heel (not painful).
A/P: Verruca vulgaris x5, painful + spreading -> LN2 today to all 5 hand warts.
Plantar wart R heel: mom prefers to hold, not treated today. Continue salicylic acid to heel only.
Folake Adeyemi MD

***After Visit Summary***
Mateo, you were very brave today! We froze the warts on your hands. They may blister. Keep using the wart
medicine on the one on your heel - we did not freeze that one today. We can freeze it next visit in 3 weeks
if it is still there.
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2: 5 benign lesions (<=14) -> 17110 x1. Pain and increase in number documented (BSL-3/BSL-4). "
                  "Heel wart not treated.",
})

SCENARIOS.append({
    "id": "s68-ds-ak-and-inflamed-sk-xs",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 to 3 facial AKs (17000 + 17003 x2) and 2 inflamed SKs on the trunk (17110); AKs take XS",
    "date": "2025-09-30",
    "patient": ("Oduya", "Beatrice", "1952-05-13", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Face", reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Left inframammary fold, right flank", reason=True),
    ],
    "note_title": "Progress Note",
    "note": """73F est. Rough spots on face; 2 "crusty growths" on trunk that are itchy, bleed, get red where bra
band and waistband rub.
EXAM:
 Face: R cheek 1, L temple 1, nasal dorsum 1 - erythematous scaly papules (AK).
 Trunk: L inframammary fold 1.0 cm and R flank 0.8 cm verrucous brown plaques with erythema, crust, and
 excoriation (ISK). Numerous other SKs on back, asymptomatic - not treated.
ASSESSMENT:
 1. AK x3 face.
 2. Inflamed/irritated SK x2 trunk (itching, bleeding, erythema from friction).
 3. SKs, asymptomatic - reassured, no tx.
PROCEDURES:
 - LN2 to 3 AKs face, 2 FTC.
 - LN2 to 2 ISKs trunk (L inframammary, R flank), 2 FTC, longer freeze.
Luca Marchetti MD

AFTER VISIT SUMMARY
Beatrice, today we froze 5 spots: 3 rough sun spots on your face and 2 itchy growths on your chest and side.
The other brown "stuck-on" spots on your back are harmless; we left them alone.
""",
    "expected": E([L("17000", 1, "XS"), L("17003", 2, "XS"), L("17110")],
                  dx={"17000": ["L57.0"], "17110": ["L82.0"]}),
    "coder_note": "DS-3: 17110 (column 1) / 17000 and 17003 (column 2) are indicator 1 'mutually exclusive'; AKs and "
                  "ISKs are different lesions at different sites -> XS on 17000 and 17003 (README: direction from the "
                  "table). Asymptomatic SKs not treated.",
})

SCENARIOS.append({
    "id": "s68-ds-edc-superficial-bcc-forearm",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of biopsy-proven superficial BCC R forearm, final defect 1.4 cm -> 17262",
    "date": "2025-11-18",
    "patient": ("Pemberton", "Gareth", "1963-03-03", "male"),
    "provider": "nakamura", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right dorsal forearm", "C44.612", "Right dorsal forearm",
          reason=True),
    ],
    "procedures": [
        P("Electrodesiccation and curettage", site="Right dorsal forearm",
          note="Biopsy-proven sBCC (10/28/2025). Clinical lesion 0.9 cm. Curettage x3 cycles with "
               "electrodesiccation. Final defect 1.4 cm.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """62M, sBCC R dorsal forearm (shave bx 10/28/2025). Options: excision, ED&C, topical imiquimod.
Chose ED&C.
Exam: 0.9 cm pink scaly patch w/ healed bx site.
Procedure: consent, lido w/ epi. Curettage and electrodesiccation, 3 cycles. Final defect 1.4 cm
diameter. Vaseline and bandage.
Ren Nakamura MD

--- After Visit Summary ---
Gareth, today we treated the skin cancer on your right forearm by scraping it and using a small electric
needle. The wound will be about the size of a dime (a bit over 1/2 inch). It heals on its own in 3-4 weeks.
Clean daily, Vaseline, bandage.
""",
    "expected": E([L("17262")], dx={"17262": ["C44.612"]}),
    "coder_note": "DS-4: malignant destruction sized by the final curettage defect 1.4 cm, arm -> 17262 (1.1-2.0). "
                  "AVS 'dime' size is not used.",
})

# ---------------------------------------------------------------------------------------------------------------
# E/M
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-em-screening-fse-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Screening-only full-skin exam, new Medicare FFS patient, no history/complaint/findings -> 99203-GY",
    "date": "2025-02-25",
    "patient": ("Garrity", "Noreen", "1958-08-01", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """NEW PATIENT - "skin check". 66F. Just enrolled in Medicare; friend was diagnosed with melanoma and
she wants a baseline check. No spots she is worried about; nothing new, changing, bleeding or itching.
PMH: HTN. No personal hx of skin cancer. No FHx melanoma or skin cancer. No tanning beds. No
immunosuppression.
ROS negative for skin complaints.
EXAM: full skin exam incl. scalp, nails, genitalia deferred per pt. Fitzpatrick II. Scattered regular
benign-appearing nevi (<5 mm, symmetric, uniform) trunk/limbs, several solar lentigines dorsal hands,
cherry angiomas trunk. No suspicious lesions.
A/P: Skin cancer screening, no suspicious lesions found. Sun protection counseling, ABCDEs reviewed.
Self-exams monthly. RTC prn or yearly if desired.
No ABN was given.
Astrid Lindgren MD

AFTER VISIT SUMMARY
Noreen, your skin check looked good today. We did not find anything worrying. The small brown and red spots
we looked at are normal moles, sun freckles and harmless blood-vessel bumps. Check your skin once a month
and call us if anything changes.
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare FFS screening-only FSE (no history, no complaint, nothing found) -> E/M with "
                  "GY; no ABN so no GX. A friend's melanoma is not a personal or family history.",
})

SCENARIOS.append({
    "id": "s68-em-new-atopic-dermatitis-dupilumab-99204",
    "family": "em", "shape": "note-only",
    "description": "New patient severe atopic dermatitis, dupilumab start (moderate MDM) -> 99204 kept",
    "date": "2025-04-08",
    "patient": ("Kowalczyk", "Adrian", "1999-11-15", "male"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Atopic dermatitis, severe, uncontrolled", "L20.89", "Generalized", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """CC: eczema all over.
HPI: 25M, lifelong AD, worse past year. Sleep disrupted nightly by itch. Failed TCS (triamcinolone 0.1%,
clobetasol 0.05% courses), tacrolimus 0.1%, and 2 prednisone tapers from urgent care with rebound.
PMH: asthma (albuterol prn), allergic rhinitis. Meds: see list.
EXAM: BSA ~35%. Lichenified eczematous plaques antecubital/popliteal fossae, neck, dorsal hands, trunk;
excoriations; no impetiginization. EASI 28.
A/P:
1. Atopic dermatitis, severe, uncontrolled despite topicals.
   - Start dupilumab 600 mg load, then 300 mg q2wk. Prior auth submitted today. Injection teaching by RN
     at next visit once approved.
   - Discussed conjunctivitis risk; baseline eye sx none.
   - Continue triamcinolone 0.1% oint bid to flares (max 2 wk), Vanicream.
   - Bleach baths 2x/wk.
   - No more systemic steroids.
2. Asthma - PCP manages; may improve on dupilumab.
Total time today 50 min.
June Abernathy MD

AFTER VISIT SUMMARY
Adrian, today we talked about your eczema and decided to start a shot medicine called Dupixent. We sent the
paperwork to your insurance. When it is approved, our nurse will show you how to give the shot - we did NOT
give you a shot today. Keep using your triamcinolone ointment on bad spots for up to 2 weeks at a time.
""",
    "expected": E([L("99204")], dx={"99204": ["L20.89"]}),
    "coder_note": "EM-1/EM-4: chronic illness with progression + prescription drug management = moderate MDM; time 50 "
                  "min also meets 99204. Provider level kept. No injection given (AVS says so), so no drug/admin line.",
})

SCENARIOS.append({
    "id": "s68-em-new-pt-wart-decision-only-avs-adds-rash",
    "family": "em", "shape": "note-only",
    "description": "New patient, single finger wart frozen; 99203 sent but only the decision for the procedure is "
                   "documented (the AVS mentions elbow eczema that the clinical note never addresses) -> E/M removed",
    "date": "2025-05-20",
    "patient": ("Szabo", "Liliana", "1996-12-28", "female"),
    "provider": "pike", "payer": "commercial-aetna", "minutes": 15, "em": "99203",
    "conditions": [
        C("c1", "Verruca vulgaris, left ring finger, painful", "B07.8", "Left ring finger", reason=True),
    ],
    "note_title": "Office Visit",
    "note": """New pt. 28F, wart L ring finger x 8 mo, painful when it catches on things, tried OTC freeze x2.
Exam: 6 mm verrucous papule L ring finger dorsal PIP, thrombosed capillaries.
A/P: verruca vulgaris, painful - discussed LN2 vs cantharidin; pt chose LN2.
Procedure: LN2 2 FTC to 1 wart. Aftercare given. RTC 3-4 wk prn.
Jordan Pike PA-C

---------- After Visit Summary ----------
Liliana, today we froze the wart on your left ring finger. It may blister in a day or two - this is normal.
If it is still there in 3-4 weeks, come back and we can freeze it again.
We also looked at the dry itchy patches on your elbows. This looks like eczema. Use the cream you already
have at home and a thick moisturizer.
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "GS-3 / README: new patient whose only documented work is the decision to destroy the wart -> E/M "
                  "removed. The elbow eczema appears only in the patient summary, which never adds work; the "
                  "clinical note documents no separate problem. Painful wart -> 17110.",
})

# ---------------------------------------------------------------------------------------------------------------
# Post-op / global period
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-postop-suture-removal-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 8 days after a benign excision (010 global); provider sent 99212 -> 99024",
    "date": "2025-09-18",
    "patient": ("Achterberg", "Wilma", "1955-01-09", "female"),
    "provider": "halvorsen", "payer": "medicare-advantage", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Aftercare following surgery, excision site left upper arm", None, "Left upper arm", reason=True),
    ],
    "prior": [
        PRIOR("2025-09-10", "11402", "Excision benign lesion arm, 1.4 cm", "Left posterior upper arm",
              "Excision of irritated dermal nevus, excised diameter 1.4 cm; path benign intradermal nevus."),
    ],
    "note_title": "Nurse/Provider Visit",
    "note": """Post-op check / suture removal. Excision L posterior upper arm 09/10/2025 (benign intradermal nevus on
path, margins clear - result given to pt by phone 09/15).
Wound: well approximated, no erythema, no drainage. 4 nylon sutures removed intact. Steri-strips applied.
No new concerns today.
Plan: scar care (silicone gel optional), sunscreen. No f/u needed; routine FBSE in 1 yr.
K. Halvorsen MD

AFTER VISIT SUMMARY
Wilma, your arm is healing well. We took out your 4 stitches today. Leave the paper tape strips on until
they fall off. Your lab result was a harmless mole, as we told you on the phone. See you next year for your
skin check.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5 / conventions: routine post-op visit inside the 10-day global of 11402 (09/10 + 8 days), no "
                  "unrelated problem -> 99024 instead of 99212.",
})

SCENARIOS.append({
    "id": "s68-postop-unrelated-poison-ivy-24",
    "family": "post-op", "shape": "note-only",
    "description": "Unrelated E/M (poison ivy dermatitis, oral prednisone) 7 days into the 010 global of a BCC "
                   "excision -> 99213-24",
    "date": "2025-10-09",
    "patient": ("Brannigan", "Francis", "1951-06-21", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to poison ivy", "L23.7", "Forearms, neck", reason=True),
    ],
    "prior": [
        PRIOR("2025-10-02", "11602", "Excision malignant lesion trunk, 1.7 cm", "Right upper back",
              "Excision of BCC R upper back, excised diameter 1.7 cm, layered closure."),
    ],
    "note_title": "Office Visit",
    "note": """CC: itchy blistering rash arms/neck x 3 days.
HPI: 74M, cleared brush at his cabin Sat. Linear vesicles both forearms, R neck. Itching keeps him up.
Tried OTC HC 1% - no help. (Also s/p excision BCC R upper back 10/02 - sutures in, doing fine, not why he
is here.)
Exam: linear and streaky erythematous vesicular plaques bilateral volar forearms, R lateral neck; ~6% BSA.
Back wound intact, clean - glanced at, no issues.
A/P:
1. Acute allergic contact dermatitis, poison ivy - new problem.
   Rx prednisone 40 mg taper x 14 days (counseled re glucose/BP - pt not diabetic), clobetasol 0.05% cream
   bid x 2 wk to forearms (not face/neck), cool compresses. Wash clothes/tools.
2. Post-op R upper back - sutures out next week as planned.
S. Weiss MD

AFTER VISIT SUMMARY
Francis, your rash is from poison ivy. Take the prednisone as written on the label (it goes down every few
days). Use the clobetasol cream only on your arms. Wash the clothes and gloves you wore. Your back is
healing fine - keep your appointment next week to get the stitches out.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L23.7"]}),
    "coder_note": "GS-5: E/M for a problem unrelated to the 10/02 excision inside its 10-day global -> 24. Wound glance "
                  "is part of the global.",
})

SCENARIOS.append({
    "id": "s68-postop-new-lesion-punch-79",
    "family": "post-op", "shape": "free-text",
    "description": "Punch biopsy of a new thigh lesion 6 days after AK destruction (010 global) -> 11104-79",
    "date": "2025-03-11",
    "patient": ("Ingersoll", "Margot", "1960-10-02", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Changing pigmented lesion, left anterior thigh", None, "Left anterior thigh", reason=True),
    ],
    "prior": [
        PRIOR("2025-03-05", "17000", "Destruction premalignant lesion, first", "Left cheek",
              "LN2 to single AK left cheek."),
    ],
    "procedures": [
        P("Punch biopsy", site="Left anterior thigh",
          note="5 mm punch of 8 mm irregular pigmented papule, 2 simple sutures. To path.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left thigh, punch: lentiginous compound nevus with mild architectural disorder; "
                 "margins involved.", "site": "Left thigh"},
    ],
    "note_title": "Procedure Visit",
    "note": """64F. Seen 03/05 for LN2 to an AK L cheek. Calls back: husband noticed a spot on her L thigh that
looks darker and bigger than in photos from 2023. Worked in today.
Exam: L anterior thigh 8 mm irregularly pigmented papule, asymmetric, darker than 2023 photo. (L cheek AK
site healing, not assessed further.)
Imp: changing pigmented lesion L thigh, r/o dysplastic nevus vs MM.
Procedure: 5 mm punch bx, 4-0 nylon x2. Path sent.
Chidi Okonkwo MD

AFTER VISIT SUMMARY
Margot, we took a small round sample of the dark spot on your left thigh. You have 2 stitches - they come
out in 10-14 days. We will call you with the result. If it is abnormal, we may need to remove more skin.
""",
    "expected": E([L("11104", 1, "79")], topics=["global-period"], dx={"11104": ["D22.72"]}),
    "coder_note": "GS-5: unrelated procedure on a new lesion inside the 10-day global of 17000 (03/05) -> 79. "
                  "Path benign nevus left lower limb D22.72.",
})

# ---------------------------------------------------------------------------------------------------------------
# Repair
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-rep-two-excisions-summed-intermediate",
    "family": "repair", "shape": "note-only",
    "description": "Two benign excisions (arm 1.2 cm, back 1.1 cm -> 11402 x2) with layered repairs 2.5 + 3.0 cm "
                   "summed in one repair group -> 12032",
    "date": "2025-06-24",
    "patient": ("Nakashima", "Derek", "1972-04-16", "male"),
    "provider": "lindqvist", "payer": "commercial-uhc", "minutes": 60,
    "conditions": [
        C("c1", "Painful epidermoid cyst, right upper arm", "L72.0", "Right lateral upper arm", reason=True),
        C("c2", "Changing nevus, left lower back", None, "Left lower back", reason=True),
    ],
    "path": [
        {"text": "A. Right upper arm, excision: epidermal inclusion cyst.", "site": "Right upper arm"},
        {"text": "B. Left lower back, excision: compound melanocytic nevus, no atypia, margins clear.",
         "site": "Left lower back"},
    ],
    "note_title": "Procedure Note",
    "note": """Excisions x2. 53M.
#1 R lateral upper arm: tender cyst, 0.8 cm, swelled and drained twice this yr.
#2 L lower back: nevus 0.7 cm, enlarged and darker over 6 mo per serial photos.
Consent, lido w/ epi.
#1: fusiform excision, 2 mm margins -> excised diameter 1.2 cm. Layered closure 4-0 Vicryl deep / 4-0 nylon
    superficial, 2.5 cm.
#2: fusiform excision, 2 mm margins -> excised diameter 1.1 cm. Layered closure 4-0 Vicryl deep / 4-0 nylon
    superficial, 3.0 cm.
Both to path separately. EBL min.
E. Lindqvist MD

== AFTER VISIT SUMMARY ==
Derek, we removed 2 spots today: the cyst on your right arm and the mole on your lower back. Both have
stitches under the skin and on top (about 1 inch each). Top stitches come out in 10-14 days. Keep dry for
24 hours.
""",
    "expected": E([L("11402", 2), L("12032")]),
    "coder_note": "EX-1: arm 0.8 + 0.4 = 1.2 cm, back 0.7 + 0.4 = 1.1 cm, both TAL 1.1-2.0 -> 11402 x2 (one line, "
                  "units summed). REP-1: intermediate repairs in the same group (trunk/extremities) summed 2.5 + 3.0 = "
                  "5.5 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s68-rep-complex-alar-rim-after-outside-mohs",
    "family": "repair", "shape": "free-text",
    "description": "Complex repair 2.2 cm of left ala involving the nostril rim after Mohs done by another surgeon "
                   "the same morning -> 13151 only",
    "date": "2025-08-05",
    "patient": ("Rutledge", "Agnes", "1947-12-12", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 75,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose, left ala, status post Mohs (cleared)", "C44.311", "Left nasal ala",
          reason=True),
    ],
    "procedures": [
        P("Complex layered repair nasal ala", site="Left nasal ala",
          note="Post-Mohs defect (Mohs by Dr. Farouk, Lakeview Surgical, this AM). Debridement of wound edges, "
               "alar rim realigned with 6-0 sutures, cartilage support not required. Repaired length 2.2 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Reconstruction only. 77F. Mohs L ala by outside Mohs surgeon this morning, 2 stages, clear. Sent
over for repair. I did not perform or read any Mohs layers.
Defect: 1.0 x 0.8 cm, L ala, extends through the free margin of the nostril rim.
Repair: consent, lido w/ epi. Edges debrided (freshened), limited undermining. Nostril rim aligned
first with 6-0 Prolene, deep 5-0 Monocryl, superficial 6-0 Prolene. Linear closure along the alar
groove. Final repaired length 2.2 cm. Complex repair due to free-margin (nostril rim) involvement and
edge debridement.
H. Voss MD

AFTER VISIT SUMMARY
Agnes, today we closed the wound on your nose from your skin cancer surgery this morning. Keep the
pressure bandage on for 24 hours. Sutures come out in 1 week. Sleep with your head raised tonight.
""",
    "expected": E([L("13151")], dx={"13151": ["C44.311"]}),
    "coder_note": "REP-2/REP-3: nostril-rim free-margin involvement + edge debridement = complex; nose 2.2 cm -> 13151 "
                  "(1.1-2.5). Mohs was done and reported by another surgeon; nothing else billed here.",
})

SCENARIOS.append({
    "id": "s68-rep-precoded-complex-under-1cm-chin",
    "family": "repair", "shape": "pre-coded",
    "description": "Pre-coded 11441 + 13131 for a 1.0 cm layered closure on the chin; complex repair <=1.0 cm is not "
                   "reportable as complex -> 12051",
    "date": "2025-12-02",
    "patient": ("Hollister", "Jenna", "1986-08-09", "female"),
    "provider": "marchetti", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Bleeding papule, chin", None, "Chin", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion face 0.6-1.0 cm", "11441", "Left chin",
          note="0.4 cm papule, 1 mm margins, excised diameter 0.6 cm.", reasons=["c1"]),
        P("Complex repair, chin", "13131", "Left chin",
          note="Layered closure with undermining, 5-0 Monocryl buried, 6-0 fast-gut running. Length 1.0 cm.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, chin, excision: trichoepithelioma, completely excised.", "site": "Chin"},
    ],
    "note_title": "Procedure Note",
    "note": """39F, 4 mm firm papule L chin, bleeds with shaving/threading, x 1 yr, slowly enlarging.
Procedure: excised with 1 mm margins (0.6 cm excised diameter) to subcutaneous fat, round defect. Undermined,
closed in 2 layers as a short line: 5-0 Monocryl buried dermal, 6-0 fast-absorbing gut running. Final 1.0 cm.
No debridement, no free margin, no exposed structures.
Specimen to path. Pressure dressing.
PMH: none. Meds: OCP. NKDA. Nonsmoker.
Luca Marchetti MD

After Visit Summary
Jenna, we removed the small bump on your chin today. The stitches on top will dissolve on their own in about
a week. Keep Vaseline on it.
""",
    "expected": E([L("11441"), L("12051")], topics=["coding-correction"], dx={"11441": ["D23.39"]}),
    "coder_note": "REP-2/README: complex repair of 1.0 cm or less is coded as simple or intermediate; layered closure -> "
                  "intermediate, face 1.0 cm -> 12051 (separately reportable with the excision, EX-5; no 11441/12051 "
                  "edit). 0.4 + 0.2 = 0.6 cm face -> 11441.",
})

# ---------------------------------------------------------------------------------------------------------------
# Mohs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-mohs-nasal-tip-precoded-88305-flap",
    "family": "mohs", "shape": "pre-coded",
    "description": "Pre-coded 17311, 17312, 88305 x2 and 14060: path on Mohs layers is not billed -> 88305 removed",
    "date": "2025-07-22",
    "patient": ("Castellano", "Umberto", "1940-02-28", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 180,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, nasal tip", "C44.311", "Nasal tip", reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck, first stage", "17311", "Nasal tip", reasons=["c1"],
          note="Stage 1: 4 blocks. Residual BCC at 6 o'clock."),
        P("Mohs, additional stage", "17312", "Nasal tip", reasons=["c1"],
          note="Stage 2: 2 blocks. Clear."),
        P("Surgical pathology, level IV (x2)", "88305", "Nasal tip", reasons=["c1"],
          note="Frozen sections, stages 1 and 2, read by Mohs surgeon."),
        P("Adjacent tissue transfer, nose", "14060", "Nasal tip", reasons=["c1"],
          note="Dorsal nasal rotation flap. Primary defect 2.1 sq cm + secondary 5.4 sq cm = 7.5 sq cm."),
    ],
    "note_title": "Mohs Operative Note",
    "note": """MOHS SURGERY. Surgeon and pathologist: E. Lindqvist MD.
85M, infiltrative BCC nasal tip (bx 06/2025, outside). AUC: area H, aggressive subtype - appropriate.
Pre-op lesion 1.0 x 0.9 cm.
Stage 1: 4 blocks - residual infiltrative BCC at 6:00 deep/peripheral.
Stage 2: 2 blocks - clear.
All Mohs sections processed in our Mohs lab and interpreted by me. No specimens to outside pathology.
Defect: 1.6 x 1.3 cm nasal tip.
Repair: dorsal nasal rotation flap. Primary defect 2.1 sq cm, secondary defect 5.4 sq cm, total 7.5 sq cm.
Layered inset. Tolerated well.
E. Lindqvist MD

AFTER VISIT SUMMARY
Umberto, your skin cancer was removed today in 2 rounds and the edges are now clear. We moved nearby skin
to close the wound on your nose. Keep the bandage on for 2 days. Stitches out in 1 week.
""",
    "expected": E([L("17311"), L("17312"), L("14060")], topics=["ncci"], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-5: no surgical pathology on the Mohs layers (17311/88305 indicator 1, same tissue, no "
                  "exception) -> 88305 removed. 2 stages head -> 17311 + 17312. FLAP-1/FLAP-3: 7.5 sq cm nose -> 14060.",
})

SCENARIOS.append({
    "id": "s68-mohs-scalp-scc-six-blocks-17315-layered",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs vertex scalp SCC, 3 stages (6/3/1 blocks) -> 17311 + 17312 x2 + 17315; layered closure 6.0 cm "
                   "scalp -> 12032",
    "date": "2025-10-28",
    "patient": ("Dunleavy", "Patrick", "1943-07-07", "male"),
    "provider": "halvorsen", "payer": "medicare-advantage", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, vertex scalp", "C44.42", "Vertex scalp", reason=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Mohs micrographic surgery - K. Halvorsen MD (surgeon and pathologist).
82M, SCC vertex scalp, bx 10/01/2025 (our office): invasive SCC, well-diff. Clinical size 2.2 x 1.8 cm
(AUC: scalp >= 1 cm, appropriate). Kidney tx recipient on tacrolimus.
Stage 1: 6 tissue blocks (large debulk) - SCC at 2:00 and 7:00.
Stage 2: 3 blocks - residual SCC at 7:00 deep.
Stage 3: 1 block - clear.
Final defect 3.4 x 2.6 cm, to galea.
Repair: wide undermining in the subgaleal plane, layered closure - 3-0 Vicryl galeal/deep, staples.
Final length 6.0 cm. No flap needed.
Path: all layers read by me on frozen section. Debulk not sent separately.
K. Halvorsen MD

AFTER VISIT SUMMARY
Patrick - we removed the skin cancer on the top of your head today. It took 3 rounds to get it all. The
wound was closed with stitches under the skin and staples on top (about 2 1/2 inches). Staples come out in
10-14 days. Sleep with your head raised. Take Tylenol for pain; avoid ibuprofen with your kidney.
""",
    "expected": E([L("17311"), L("17312", 2), L("17315"), L("12032")], dx={"17311": ["C44.42"]}),
    "coder_note": "MOHS-2: 3 stages head -> 17311 + 17312 x2; stage 1 had 6 blocks -> 17315 x1 (each block beyond 5). "
                  "MOHS-7/REP-2: layered closure of the scalp 6.0 cm -> 12032 (undermining alone is not complex).",
})

SCENARIOS.append({
    "id": "s68-mohs-arm-superficial-bcc-abn-ga",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs of a 0.8 cm primary superficial BCC on the L upper arm (area L, AUC not met), ABN signed, "
                   "Medicare FFS -> 17313-GA; healed by second intention",
    "date": "2025-04-15",
    "patient": ("Vanterpool", "Glenda", "1949-03-30", "female"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 90,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left upper arm, primary", "C44.619", "Left lateral upper arm",
          reason=True),
    ],
    "procedures": [
        P("Mohs surgery trunk/extremity, stage 1", site="Left lateral upper arm",
          note="2 tissue blocks, margins clear after first stage.", reasons=["c1"]),
        P("Wound care, second intention", site="Left lateral upper arm",
          note="Defect 1.2 cm, left to heal by second intention. No repair."),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """75F, sBCC L lateral upper arm (bx 03/2025), primary, 0.8 cm. Not immunosuppressed, no prior
radiation, no genetic syndrome.
Counseled that by the Mohs appropriate-use criteria a small primary superficial BCC on the arm is generally
not appropriate for Mohs and that Medicare may deny it; ED&C, excision and imiquimod offered. Pt insists on
Mohs for the highest cure rate. Advance Beneficiary Notice (ABN) explained and signed today, copy scanned.
Mohs (E. Lindqvist MD, surgeon and pathologist): Stage 1, 2 blocks - clear.
Defect 1.2 cm. Second-intention healing per pt preference. Vaseline, bandage.
E. Lindqvist MD

AFTER VISIT SUMMARY
Glenda, your skin cancer was removed in one round today and the edges were clear. We are letting the wound
heal on its own - change the bandage daily with Vaseline. You signed a form saying Medicare may not pay for
this surgery and that you may have to pay for it.
""",
    "expected": E([L("17313", 1, "GA")], dx={"17313": ["C44.619"]}),
    "coder_note": "MOHSN-2 / README: primary superficial BCC <2 cm in area L does not meet the Mohs AUC/LCD; ABN on file, "
                  "Medicare FFS -> 17313-GA. No repair.",
})

# ---------------------------------------------------------------------------------------------------------------
# Mixed
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-mixed-psoriasis-em25-bx-nose-ak-hands",
    "family": "mixed", "shape": "note-only",
    "description": "Psoriasis flare with new systemic (99214-25) + tangential bx of nasal ala + LN2 to 4 AKs on the "
                   "hands (17000-XS + 17003 x3)",
    "date": "2025-11-12",
    "patient": ("Petrakis", "Constantine", "1950-10-05", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Plaque psoriasis, flaring", "L40.0", "Elbows, knees, scalp, trunk", reason=True),
        C("c2", "Pearly papule, right nasal ala", None, "Right nasal ala", reason=True),
        C("c3", "Actinic keratoses, dorsal hands", "L57.0", "Dorsal hands", reason=True),
    ],
    "path": [
        {"text": "Skin, right nasal ala, shave biopsy: basal cell carcinoma, nodular type, extending to deep "
                 "margin.", "site": "Right nasal ala"},
    ],
    "note_title": "Office Visit",
    "note": """75M est. 3 issues.
1) Psoriasis - flaring x 2 mo, BSA now ~12% (was 3%). Topicals (clobetasol, calcipotriene) not keeping up.
   Exam: thick scaly plaques elbows, knees, scalp, lower back. No joint sx.
   Plan: start apremilast titration pack -> 30 mg bid; diarrhea/weight loss/mood counseling; no labs needed.
   Continue clobetasol to thick plaques wknds only. F/u 3 mo.
2) R nasal ala 5 mm pearly papule w/ telangiectasia, bled x2 - r/o BCC.
   Tangential bx (shave) w/ blade, AlCl3. To path.
3) AKs dorsal hands x 4 (R 3, L 1) - LN2 2 FTC each.
Aftercare reviewed.
Adaeze Okafor MD - signed 11/12/2025

-------- AFTER VISIT SUMMARY --------
Constantine,
 - PSORIASIS: start Otezla using the starter pack, then 1 pill twice a day. Stomach upset usually gets better
   after 2 weeks.
 - NOSE: we took a sample of the bump on your nose. We will call you.
 - HANDS: we froze a few rough spots on the backs of your hands.
Next visit: 3 months.
""",
    "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 3)],
                  dx={"99214": ["L40.0"], "11102": ["C44.311"], "17000": ["L57.0"]}),
    "coder_note": "GS-3: psoriasis flare with a new systemic drug is separate from the procedures -> 99214-25. BX/DS: "
                  "11102 for the nasal biopsy; 4 AKs -> 17000 + 17003 x3. PTP 11102/17000 indicator 1 (biopsy column 1), "
                  "different lesions -> XS on 17000; 11102/17003 has no edit. AVS 'a few' does not change the count.",
})

SCENARIOS.append({
    "id": "s68-mixed-shave-isk-and-cosmetic-sk-cryo-gy",
    "family": "mixed", "shape": "free-text",
    "description": "Shave removal of bleeding ISK back 0.9 cm (11301) + LN2 to 5 asymptomatic facial SKs for "
                   "appearance, Medicare FFS, no ABN -> 17110-XS-GY",
    "date": "2025-08-19",
    "patient": ("Holloway", "Dorothea", "1948-11-23", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right upper back", "L82.0", "Right upper back", reason=True),
        C("c2", "Seborrheic keratoses, face, asymptomatic", "L82.1", "Bilateral cheeks, forehead", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right upper back",
          note="0.9 cm crusted, bleeding, itchy SK at bra strap. Shave removal with blade, AlCl3. Sent to path.",
          reasons=["c1"]),
        P("Cryotherapy of SKs, cosmetic", site="Cheeks x3, forehead x2",
          note="5 flat tan SKs, asymptomatic, treated at patient's request for appearance. LN2 1 cycle.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, right upper back, shave: irritated seborrheic keratosis.", "site": "Right upper back"},
    ],
    "note_title": "Progress Note",
    "note": """76F. (1) Growth R upper back under bra strap - itches, bleeds on clothing, red. (2) Brown spots on face
she dislikes - no symptoms, no change, "just want them gone before my granddaughter's wedding".
Exam: (1) 0.9 cm verrucous plaque R upper back, erythema, hemorrhagic crust. (2) 5 flat tan stuck-on
papules: R cheek 2, L cheek 1, forehead 2 - classic SKs, no atypical features.
A/P:
1. ISK R upper back (bleeding, itching, inflamed) - shave removal, path.
2. SKs face x5, asymptomatic - cosmetic. Explained Medicare does not cover cosmetic removal; pt wants to
   proceed today and understands she may be billed. No ABN signed. LN2 1 FTC to 5 lesions.
Marc Baptiste MD

AFTER VISIT SUMMARY
Dorothea, today we:
 - shaved off the itchy, bleeding growth on your upper back and sent it to the lab, and
 - froze 5 brown spots on your face that bothered you. These spots are harmless. Medicare does not pay for
   treatment done only for looks, so you may get a bill for that part.
""",
    "expected": E([L("11301"), L("17110", 1, "XS", "GY")], topics=["cosmetic"],
                  dx={"11301": ["L82.0"], "17110": ["L82.1"]}),
    "coder_note": "SH-1: back 0.9 cm -> 11301 (BSL-3 bleeding/itching). COS-2/COS-4: asymptomatic SKs treated for "
                  "appearance, Medicare FFS, no ABN -> 17110-GY. PTP 11301/17110 indicator 1 (17110 column 2), different "
                  "lesions -> XS on 17110.",
})

SCENARIOS.append({
    "id": "s68-mixed-plantar-warts-and-keloid-injection",
    "family": "mixed", "shape": "note-only",
    "description": "LN2 to 3 painful plantar warts (17110) + intralesional triamcinolone 20 mg to 2 chest keloids "
                   "(11900-XS, J3301 x2)",
    "date": "2025-05-13",
    "patient": ("Adebayo-Reid", "Tobias", "1993-09-14", "male"),
    "provider": "okonkwo", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Plantar warts, painful", "B07.0", "Right plantar forefoot", reason=True),
        C("c2", "Keloids, anterior chest, pruritic", "L91.0", "Anterior chest", reason=True),
    ],
    "note_title": "Progress Note",
    "note": """31M. (a) Plantar warts R foot, painful with running, 3 lesions. (b) Keloids mid-chest from acne,
itchy, growing; had ILK x1 in 03/2025 with some flattening.
Exam: 3 hyperkeratotic papules with black dots R plantar forefoot (sub-met 1, sub-met 2, sub-met 3).
2 firm shiny keloids presternal chest, 2.0 and 1.4 cm.
Procedures:
 - Plantar warts x3: pared lightly with 15 blade to expose, LN2 2 FTC each.
 - Keloids x2: triamcinolone acetonide 40 mg/mL, 0.3 mL into the larger and 0.2 mL into the smaller =
   0.5 mL = 20 mg total.
Next ILK in 6 wk.
Chidi Okonkwo MD

AFTER VISIT SUMMARY
Tobias - today we froze the 3 warts on the bottom of your right foot and gave steroid shots into the 2 raised
scars on your chest. Expect the warts to blister. Come back in 6 weeks for your next scar shots.
""",
    "expected": E([L("17110"), L("11900", 1, "XS"), L("J3301", 2)],
                  dx={"17110": ["B07.0"], "11900": ["L91.0"]}),
    "coder_note": "DS-2: 3 warts -> 17110 (paring before destruction is part of it). 11900 for 2 lesions; PTP "
                  "17110/11900 indicator 1, different lesions -> XS on 11900. J3301 = ceil(20/10) = 2.",
})

# ---------------------------------------------------------------------------------------------------------------
# Intralesional
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-il-alopecia-areata-three-patches",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to 3 alopecia areata patches, triamcinolone 10 mg/mL 2.4 mL = 24 mg -> 11900 + J3301 x3; AVS "
                   "counts ~20 injection sticks",
    "date": "2025-01-28",
    "patient": ("Marchand", "Yvette", "1985-05-05", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", "L63.8", "Scalp", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """39F, patchy AA, est. 3 patches: R parietal 3 cm, occipital 2.5 cm, L temporal 1.5 cm. Regrowth
starting in the occipital patch after last ILK (12/2024). No atrophy.
Procedure: ILK - triamcinolone acetonide 10 mg/mL via 30g needle, 0.1 mL per site about 1 cm apart.
R parietal 1.0 mL, occipital 0.9 mL, L temporal 0.5 mL. Total 2.4 mL = 24 mg. 3 lesions.
Cont clobetasol solution qhs. Recheck 6 wk.
Astrid Lindgren MD

AFTER VISIT SUMMARY
Yvette, today we gave you about 20 small steroid shots into the 3 bald patches on your scalp. Some
dimpling at the shot sites can happen and usually goes away. Keep using the clobetasol liquid at night.
Next shots in 6 weeks.
""",
    "expected": E([L("11900"), L("J3301", 3)], dx={"11900": ["L63.8"]}),
    "coder_note": "11900 counts lesions (3 patches, <=7), not needle sticks. J3301 = ceil(24 mg / 10) = 3.",
})

SCENARIOS.append({
    "id": "s68-il-precoded-11900-nine-acne-cysts",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Pre-coded 11900 for injection of 9 acne cysts (more than 7) -> 11901; J3301 x1 for 2.25 mg",
    "date": "2025-03-25",
    "patient": ("Vuong", "Kevin", "2003-02-14", "male"),
    "provider": "nakamura", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Acne vulgaris with inflamed cysts", "L70.0", "Face, chest", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", "11900", "Face and chest",
          note="Triamcinolone 2.5 mg/mL, 0.1 mL into each of 9 cysts (6 face, 3 chest). Total 0.9 mL = 2.25 mg.",
          reasons=["c1"]),
        P("Triamcinolone acetonide, per 10 mg", "J3301", "Face and chest", reasons=["c1"],
          note="1 unit."),
    ],
    "note_title": "Procedure Visit",
    "note": """22M, month 3 of isotretinoin 40 mg (managed at last visit; labs ok). Several painful cysts flared.
Here only for cyst injections today; isotretinoin unchanged, no new issues.
Counted 9 tender inflamed cysts: L cheek 3, R cheek 2, chin 1, chest 3.
ILK triamcinolone acetonide 2.5 mg/mL, 0.1 mL each into 9 cysts (0.9 mL = 2.25 mg).
Verbal consent; warned re atrophy/hypopigmentation. Tolerated well.
Next isotretinoin visit/labs as already scheduled.
Ren Nakamura MD

AFTER VISIT SUMMARY
Kevin, we injected 9 painful acne bumps on your face and chest with a low-dose steroid today. They should
flatten in 2-3 days. Keep taking your isotretinoin as prescribed. Next visit in 1 month as planned.
""",
    "expected": E([L("11901"), L("J3301")], topics=["coding-correction"], dx={"11901": ["L70.0"]}),
    "coder_note": "Conventions: 11901 = more than 7 lesions (9 injected) -> replace 11900. J3301 = ceil(2.25/10) = 1. "
                  "No E/M sent or documented.",
})

# ---------------------------------------------------------------------------------------------------------------
# Incision and drainage
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-id-precoded-10061-simple-axilla",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Pre-coded 10061 (complicated) for a single simple axillary abscess I&D without packing -> 10060",
    "date": "2025-07-29",
    "patient": ("Greer", "Shanice", "1997-04-02", "female"),
    "provider": "ramirez", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "procedures": [
        P("I&D abscess, complicated or multiple", "10061", "Left axilla",
          note="Single 1.5 cm fluctuant abscess. Stab incision with #11 blade, purulent material expressed, "
               "irrigated. No loculations, no packing.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """28F, tender lump L armpit x 4 d, no fever, no hx HS (no other nodules, no sinus tracts, no scarring).
Exam: single 1.5 cm fluctuant erythematous nodule L axilla.
I&D: consent, lido. #11 blade stab incision, moderate pus expressed, wound irrigated. No loculations
found. Not packed. Culture sent. Bandage.
Doxycycline not needed - drained well, no cellulitis.
Sofia Ramirez MD

AFTER VISIT SUMMARY
Shanice, we opened and drained the boil under your left arm. Keep a clean bandage on it and change it when
it gets wet. Warm compresses 3 times a day. Call if redness spreads or you get a fever.
""",
    "expected": E([L("10060")], topics=["coding-correction"], dx={"10060": ["L02.412"]}),
    "coder_note": "Single abscess, simple incision, no loculations, no packing -> 10060 simple, not 10061.",
})

SCENARIOS.append({
    "id": "s68-id-complicated-back-packing-medicaid",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Complicated I&D of a 4 cm loculated upper-back abscess with packing -> 10061 (Medicaid)",
    "date": "2025-02-11",
    "patient": ("Halverson", "Cody", "1990-08-27", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of upper back", "L02.212", "Upper back", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """34M, painful swelling upper back x 1 wk, worse. Afebrile.
Exam: 4 cm fluctuant indurated abscess L upper back, 2 cm surrounding erythema.
Procedure: consent, field block lido w/ epi. 2 cm linear incision, large volume pus. Multiple loculations
broken up bluntly with hemostat. Copious irrigation. Packed with 1/4" iodoform gauze, ~25 cm. Culture sent.
Rx doxycycline 100 mg bid x 7 d (surrounding cellulitis).
Return in 48 h for packing removal/repack.
Rafael Santos MD

AFTER VISIT SUMMARY
Cody, we drained the large infected lump on your upper back and put gauze packing inside. Take the
antibiotic twice a day with water. Come back in 2 days so we can take the packing out and check it.
""",
    "expected": E([L("10061")], dx={"10061": ["L02.212"]}),
    "coder_note": "Loculations broken up + packing = complicated -> 10061. The 48-h packing removal is a future visit.",
})

# ---------------------------------------------------------------------------------------------------------------
# Nails
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-nail-avulsion-left-great-and-second-toes",
    "family": "nails", "shape": "note-only",
    "description": "Avulsion of the L great toenail and L 2nd toenail -> 11730-TA + 11732-T1",
    "date": "2025-09-09",
    "patient": ("Lundqvist-Baker", "Orrin", "1956-02-08", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Traumatic nail dystrophy with painful onycholysis, left great and second toes", "L60.3",
          "Left great toe, left second toe", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """69M dropped a cast-iron pan on L foot 6 wk ago. L great and L 2nd toenails lifted, catching on socks,
painful. No infection. Not diabetic; pedal pulses 2+.
Exam: L hallux nail 70% onycholytic, loose; L 2nd toenail 80% onycholytic. Old subungual blood.
Procedure: digital blocks 1% plain lido, L hallux and L 2nd toe. Complete nail avulsion of L great toenail
and L second toenail with elevator/hemostat. Nail beds intact. Bacitracin, nonadherent dressing.
R foot nails normal - nothing done.
Jordan Pike PA-C

AFTER VISIT SUMMARY
Orrin, we removed 2 loose toenails on your left foot today (big toe and the toe next to it). Soak the foot in
warm soapy water once a day starting tomorrow and keep it covered. New nails take 9-12 months to grow back.
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")], dx={"11730": ["L60.3"]}),
    "coder_note": "4.8/conventions: first nail 11730, each additional 11732; digit modifiers TA (left great toe) and "
                  "T1 (left 2nd toe).",
})

SCENARIOS.append({
    "id": "s68-nail-debridement-four-mycotic",
    "family": "nails", "shape": "free-text",
    "description": "Debridement of 4 thick mycotic toenails (commercial) -> 11720",
    "date": "2025-10-07",
    "patient": ("Esposito", "Raffaella", "1966-06-19", "female"),
    "provider": "chen", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis, toenails, painful", "B35.1", "Bilateral great and second toes", reason=True),
    ],
    "procedures": [
        P("Nail debridement", site="R great, R 2nd, L great, L 2nd toenails",
          note="Mechanical debridement of 4 thickened dystrophic mycotic nails with nippers and burr; painful in "
               "shoes.", reasons=["c1"]),
    ],
    "note_title": "Progress Note",
    "note": """59F, KOH + onychomycosis (03/2025). Declined terbinafine (liver concerns). Nails thick, painful in
work shoes.
Exam: bilateral hallux and 2nd toenails thick (4-5 mm), yellow, subungual debris. Other nails normal.
Procedure: debridement of 4 nails (R1, R2, L1, L2) - reduced in thickness and length w/ nippers and
rotary burr. No bleeding.
Cont ciclopirox lacquer. Debride again in ~3 mo.
W. Chen MD

AFTER VISIT SUMMARY
Raffaella, today we thinned and trimmed your 4 thick toenails. Keep using the nail lacquer every night.
We can trim them again in about 3 months.
""",
    "expected": E([L("11720")], dx={"11720": ["B35.1"]}),
    "coder_note": "11720 = debridement of 1-5 nails (4). No digit modifiers (conventions put them on 11730/11732/11750).",
})

SCENARIOS.append({
    "id": "s68-nail-matrixectomy-right-great-toe",
    "family": "nails", "shape": "free-text",
    "description": "Partial avulsion + phenol matrixectomy lateral border R great toe -> 11750-T5 only",
    "date": "2025-11-25",
    "patient": ("Ortega", "Joaquin", "2001-09-09", "male"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, lateral border, recurrent", "L60.0", "Right great toe",
          reason=True),
    ],
    "procedures": [
        P("Partial nail avulsion", site="Right great toe, lateral border",
          note="Lateral 1/4 of the nail plate freed and avulsed.", reasons=["c1"]),
        P("Chemical matrixectomy", site="Right great toe, lateral border",
          note="Phenol 88% x 3 applications of 30 s to the lateral matrix for permanent removal.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """24M, ingrown lateral R great toenail, 3rd episode this yr, failed taping/cotton wick and 2 courses of
cephalexin from urgent care. Wants permanent fix.
Exam: lateral R hallux nail fold erythema, granulation, mild drainage. No abscess.
Procedure: digital block 2% plain lido, tourniquet. Lateral 1/4 nail plate split and avulsed. Phenol 88%
3 x 30 s to lateral matrix. Alcohol flush. Tourniquet off, bacitracin, bulky dressing.
Ines Castellanos MD

AFTER VISIT SUMMARY
Joaquin, we removed the ingrown edge of your right big toenail and treated the root so that edge should not
grow back. Soak twice a day for a week. Some drainage for 2-3 weeks is normal.
""",
    "expected": E([L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "11750 (permanent removal of nail + matrix, partial) includes the avulsion of the same nail (11750/11730 "
                  "indicator 1, same digit, no bypass). Digit T5 = right great toe.",
})

# ---------------------------------------------------------------------------------------------------------------
# Paring
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-paring-three-calluses",
    "family": "paring", "shape": "note-only",
    "description": "Paring of 3 painful plantar calluses (commercial) -> 11056",
    "date": "2025-06-10",
    "patient": ("Bjornstad", "Leif", "1970-03-15", "male"),
    "provider": "adeyemi", "payer": "commercial-cigna", "minutes": 15,
    "conditions": [
        C("c1", "Callosities, plantar feet, painful", "L84", "Plantar feet", reason=True),
    ],
    "note_title": "Progress Note",
    "note": """55M, mail carrier, painful calluses both feet. Not diabetic.
Exam: hyperkeratotic plaques - R sub-met 1, R heel, L sub-met 5. No pinpoint bleeding / black dots
(not warts).
Procedure: paring of 3 calluses with #15 blade until pliable skin. Pt reports immediate relief.
Urea 40% cream, metatarsal pads, better shoes.
Folake Adeyemi MD

AFTER VISIT SUMMARY
Leif, today we trimmed down the thick, painful skin on the bottoms of your feet. Use the urea cream every
night and wear the foot pads we gave you.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "4.8: paring 2-4 lesions -> 11056 (count 3 from the clinical note; the AVS gives none).",
})

SCENARIOS.append({
    "id": "s68-paring-precoded-11055-five-lesions-diabetic",
    "family": "paring", "shape": "pre-coded",
    "description": "Pre-coded 11055 for paring of 5 corns/calluses in a diabetic with neuropathy (Medicare Advantage) "
                   "-> 11057",
    "date": "2025-08-05",
    "patient": ("Whitfield", "Eugene", "1951-12-30", "male"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities, bilateral feet", "L84", "Bilateral plantar feet and toes", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42"),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion, single", "11055", "Bilateral feet",
          note="5 lesions pared: R sub-met 2, R 5th toe dorsal corn, L sub-met 1, L sub-met 5, L heel.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """73M, T2DM with peripheral neuropathy (monofilament absent both feet), followed by podiatry who retired.
Calluses/corns painful, risk of ulceration.
Exam: 5 hyperkeratotic lesions - R sub-2nd met head, R 5th toe dorsolateral (hard corn), L sub-1st met, L
sub-5th met, L posterior heel. No ulceration, no pre-ulcerative hemorrhage. DP pulses faint.
Procedure: paring of all 5 lesions with #15 blade.
Referral to new podiatrist + diabetic shoes.
Rafael Santos MD

AFTER VISIT SUMMARY
Eugene, we trimmed the thick skin and corns on your feet. Because of your diabetes, check your feet every
day for cuts or sores. We sent a referral to a foot doctor and for diabetic shoes.
""",
    "expected": E([L("11057")], topics=["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "4.8: paring of more than 4 lesions -> 11057 (11055 is a single lesion). Medicare Advantage, so no "
                  "ABN/G modifiers; diabetic neuropathy documented.",
})

# ---------------------------------------------------------------------------------------------------------------
# Patch testing
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-patch-new-hand-dermatitis-em25-80-allergens",
    "family": "patch-test", "shape": "pre-coded",
    "description": "New patient hand dermatitis with Rx (99203-25) + patch test placement of 80 allergens, pre-coded "
                   "as 1 unit -> 95044 x80",
    "date": "2025-04-29",
    "patient": ("Moravec", "Helena", "1978-10-10", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 40, "em": "99203",
    "conditions": [
        C("c1", "Hand dermatitis, chronic, suspected allergic contact", "L30.9", "Bilateral hands", reason=True),
    ],
    "procedures": [
        P("Patch test(s), 1 unit", "95044", "Upper back",
          note="North American 80 Comprehensive series applied, 80 allergens, Finn chambers.", reasons=["c1"]),
    ],
    "note_title": "New Patient Visit",
    "note": """NEW PT. 46F hairdresser, hand rash x 8 mo, worse at work, better on vacation. Failed OTC HC 1%.
Exam: lichenified scaly plaques dorsal hands and fingers, fissures at fingertips, palms spared. Nails ok.
No rash elsewhere.
A/P: chronic hand dermatitis - irritant vs allergic contact (hair dye/PPD, glyceryl thioglycolate, preservatives).
 - Rx clobetasol 0.05% oint bid x 2 wk then weekends; nitrile gloves (not latex), bland emollient.
 - Patch testing placed today: North American 80 Comprehensive series (80 allergens) on upper back.
 - Readings at 48 h and 96-120 h (Thu and Mon). Keep back dry, no topical steroid to back.
June Abernathy MD

AFTER VISIT SUMMARY
Helena, today we:
 - started a strong steroid ointment for your hands (twice a day for 2 weeks, then weekends only), and
 - put about 80 small allergy patches on your back. Do not get your back wet. Come back Thursday so we can
   take them off and read them, and again Monday for the final reading.
""",
    "expected": E([L("99203", 1, "25"), L("95044", 80)], topics=["coding-correction"], dx={"95044": ["L30.9"]}),
    "coder_note": "95044 units = number of allergens (80, MUE 90). Separate evaluation of the hand dermatitis with an Rx "
                  "-> 99203-25 (95044/99203 PTP indicator 1, E/M column 2).",
})

SCENARIOS.append({
    "id": "s68-patch-placement-55-allergens-em-removed",
    "family": "patch-test", "shape": "note-only",
    "description": "Placement-only visit: T.R.U.E. test 35 + cosmetic series 20 = 55 allergens; 99213 sent but no "
                   "separate work -> 95044 x55 only",
    "date": "2025-11-03",
    "patient": ("Tranh", "Linh", "1969-07-24", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Eyelid and facial dermatitis, suspected allergic contact", "L23.9", "Eyelids, face", reason=True),
    ],
    "note_title": "Procedure Visit",
    "note": """Patch test placement. 56F, eyelid/facial dermatitis, evaluated 10/20/2025 (plan for patch testing made
at that visit, tacrolimus started then). No change in condition or meds today; no other concerns.
Applied: T.R.U.E. test panels 1-3 (35 allergens) + facial/cosmetic supplemental series (20 allergens),
upper back. Total 55 allergens. Marked with skin marker.
Reads 48 h and 96 h.
Astrid Lindgren MD

AFTER VISIT SUMMARY
Linh, we placed about 50 allergy patches on your back today. Keep them dry and do not exercise hard. Come
back Wednesday to have them removed and read, and again Friday.
""",
    "expected": E([L("95044", 55)], dx={"95044": ["L23.9"]}),
    "coder_note": "95044 x55 (35 + 20 allergens; the AVS 'about 50' is a rounding). Placement only, no separately "
                  "identifiable E/M (decision made at the prior visit) -> E/M removed.",
})

# ---------------------------------------------------------------------------------------------------------------
# Phototherapy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-photo-nbuvb-vitiligo-session",
    "family": "phototherapy", "shape": "free-text",
    "description": "NB-UVB session #14 for vitiligo (commercial) -> 96900",
    "date": "2025-02-20",
    "patient": ("Baptiste-Noel", "Renee", "1988-01-30", "female"),
    "provider": "adeyemi", "payer": "commercial-uhc", "minutes": 10,
    "conditions": [
        C("c1", "Vitiligo, nonsegmental", "L80", "Face, hands, trunk", reason=True),
    ],
    "procedures": [
        P("NB-UVB phototherapy", site="Whole body (face shielded per protocol for first 5 s)",
          note="Session 14. Dose 900 mJ/cm2 (prior 850, no erythema). Goggles on. Tolerated.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """Phototherapy log. NB-UVB 311 nm, session #14 of planned 24 (2-3x/wk).
Vitiligo, nonsegmental, ~8% BSA. Perifollicular repigmentation noted on forearms.
Last tx: 850 mJ/cm2, no erythema -> increase 50 -> 900 mJ/cm2. Goggles, genital shielding.
No burning, no itching. Cont. tacrolimus 0.1% to face.
Treatment given by MA under Dr. Adeyemi's supervision (in office).
F. Adeyemi MD

AFTER VISIT SUMMARY
Renee, you had light treatment #14 today. Your arms are starting to get color back - great progress!
Come back Thursday for your next light treatment. Keep using the tacrolimus on your face.
""",
    "expected": E([L("96900")], dx={"96900": ["L80"]}),
    "coder_note": "4.8: UV light therapy (actinotherapy, NB-UVB) -> 96900 x1 per session. Future sessions not coded.",
})

SCENARIOS.append({
    "id": "s68-photo-excimer-precoded-wrong-area",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Pre-coded 96920 (<250 sq cm) but excimer treated 4 plaques totalling 320 sq cm -> 96921",
    "date": "2025-05-27",
    "patient": ("Gustafsen", "Arvid", "1957-04-18", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Plaque psoriasis, localized, elbows and knees", "L40.0", "Elbows, knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser, psoriasis, <250 sq cm", "96920", "Bilateral elbows and knees",
          note="R elbow 90 sq cm, L elbow 90 sq cm, R knee 70 sq cm, L knee 70 sq cm. Total 320 sq cm. 308 nm.",
          reasons=["c1"]),
    ],
    "note_title": "Excimer Treatment Note",
    "note": """Excimer 308 nm, tx #6. Localized plaque psoriasis (~4% BSA), failed clobetasol and calcipotriene x 6 mo.
Plaques measured today: R elbow 9 x 10 cm (90 sq cm), L elbow 9 x 10 cm (90), R knee 7 x 10 cm (70),
L knee 7 x 10 cm (70). Total treated 320 sq cm. Doses per protocol (+15%). Plaques thinner.
No blistering from tx #5. Scalp and trunk clear.
Plan: continue 2x/wk, reassess after tx #12.
W. Chen MD

AFTER VISIT SUMMARY
Arvid, today we treated the psoriasis patches on your elbows and knees with the laser. They are getting
thinner. Come back next week for your next treatment.
""",
    "expected": E([L("96921")], topics=["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "4.8: excimer by total area treated in the session, 320 sq cm (250-500) -> 96921, one code per session.",
})

SCENARIOS.append({
    "id": "s68-photo-puva-mild-psoriasis-abn-ga",
    "family": "phototherapy", "shape": "free-text",
    "description": "PUVA for mild psoriasis without failed conventional therapy, Medicare FFS, ABN signed -> 96912-GA",
    "date": "2025-09-16",
    "patient": ("Kittredge", "Myrna", "1952-07-07", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, mild", "L40.0", "Trunk, extremities", reason=True),
    ],
    "procedures": [
        P("PUVA", site="Whole body",
          note="Oral methoxsalen 0.6 mg/kg 1.5 h before, UVA 1.5 J/cm2. Session 1. Eye protection.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Note",
    "note": """73F, mild plaque psoriasis, BSA ~5%, stable, no functional impairment. Has used only OTC moisturizers and
hydrocortisone 1%; has not tried prescription topicals or UVB. Her sister did well with PUVA and she wants
PUVA specifically.
Explained Medicare covers PUVA for severe/disabling psoriasis that has failed standard treatment and will
likely deny this. Offered Rx topicals and NB-UVB - declined. ABN signed for PUVA sessions, copy in chart.
PUVA #1: methoxsalen 0.6 mg/kg PO 90 min pre-tx, UVA 1.5 J/cm2. UVA goggles x 24 h.
S. Weiss MD

AFTER VISIT SUMMARY
Myrna, you had your first PUVA light treatment today. Wear your UV-blocking glasses for 24 hours, even
indoors near windows. You signed a form that says Medicare will probably not pay for PUVA and that you
agree to pay. Next treatment in 2-3 days.
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 (NCD 250.1): PUVA only for intractable disabling psoriasis after failed conventional therapy; "
                  "not met, ABN on file, Medicare FFS -> 96912-GA (README 'GA/GZ').",
})

# ---------------------------------------------------------------------------------------------------------------
# Skin tags
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-tags-precoded-18-irritated-missing-addon",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Pre-coded 11200 alone for removal of 18 irritated, bleeding neck/axillary tags -> add 11201 x1",
    "date": "2025-07-01",
    "patient": ("Dimitriou", "Sophia", "1974-02-02", "female"),
    "provider": "okonkwo", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding, neck and axillae", "L91.8", "Neck, bilateral axillae",
          reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to and including 15", "11200", "Neck, axillae",
          note="Snip removal with curved scissors + AlCl3: neck 10, R axilla 5, L axilla 3 = 18 tags.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """51F, skin tags neck/axillae catch on necklace and bra, bleed, get red and sore. Several twisted and
inflamed.
Exam: pedunculated acrochordons, multiple erythematous/hemorrhagic, neck 10, R axilla 5, L axilla 3.
Procedure: removed 18 tags by scissor snip, AlCl3 hemostasis.
Not sent to path (classic acrochordons).
Screening A1c from PCP last month normal.
Chidi Okonkwo MD

AFTER VISIT SUMMARY
Sophia, we snipped off the skin tags that were bleeding and rubbing on your neck and under your arms.
Small scabs will fall off in a week.
""",
    "expected": E([L("11200"), L("11201")], topics=["coding-correction"], dx={"11200": ["L91.8"]}),
    "coder_note": "4.8/conventions: 11200 covers the first 15 tags, 11201 each additional 10 -> ceil((18-15)/10) = 1. "
                  "Symptomatic (bleeding, inflamed).",
})

SCENARIOS.append({
    "id": "s68-tags-cosmetic-medicare-voluntary-abn",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Removal of 6 asymptomatic neck tags for appearance, Medicare FFS, voluntary ABN -> "
                   "11200-GX-GY",
    "date": "2025-03-04",
    "patient": ("Rademacher", "Walter", "1949-05-26", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Acrochordons, neck, asymptomatic", "L91.8", "Neck", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to and including 15", "11200", "Anterior and lateral neck",
          note="6 tags removed by snip excision at patient request for appearance.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """75M, wants "those little tags on my neck" off for his daughter's wedding photos. They do not itch,
bleed, catch or hurt. No change.
Exam: 6 small soft pedunculated acrochordons, anterior/lateral neck, no inflammation.
Explained removal is cosmetic and not a Medicare benefit; pt wishes to proceed and pay. Voluntary notice
(ABN) given and signed.
Procedure: 6 tags removed with curved iris scissors, AlCl3.
Luca Marchetti MD

AFTER VISIT SUMMARY
Walter, we removed the 6 skin tags on your neck today. This was a cosmetic treatment that Medicare does not
cover; you signed the form saying you will pay for it.
""",
    "expected": E([L("11200", 1, "GX", "GY")], topics=["cosmetic"], dx={"11200": ["L91.8"]}),
    "coder_note": "COS-2/COS-4: asymptomatic tags removed for appearance = statutorily excluded; Medicare FFS -> GY, "
                  "plus GX because a voluntary ABN was given.",
})

# ---------------------------------------------------------------------------------------------------------------
# Cosmetic
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s68-cos-botox-glabella-commercial-plus-ak",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Cosmetic onabotulinumtoxinA 20 units for glabellar lines (commercial, removed) + LN2 to 2 AKs "
                   "(17000 + 17003)",
    "date": "2025-10-14",
    "patient": ("Fairbanks", "Lucinda", "1965-09-21", "female"),
    "provider": "voss", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Glabellar rhytids", None, "Glabella", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Left temple, nasal dorsum", reason=True),
    ],
    "procedures": [
        P("OnabotulinumtoxinA, per unit", "J0585", "Glabella",
          note="20 units (procerus 4, corrugators 4 x2 sites each side) for dynamic frown lines. Cosmetic, "
               "self-pay agreement signed.", reasons=["c1"]),
        P("Destruction premalignant lesion, first", "17000", "Left temple", reasons=["c2"]),
        P("Destruction premalignant lesion, each additional", "17003", "Nasal dorsum", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """60F. (1) Botox for frown lines - cosmetic, self-pay (last 06/2025). (2) 2 rough spots on face.
Exam: dynamic glabellar lines. L temple and nasal dorsum 4-5 mm erythematous gritty papules (AK).
Procedures:
 1. OnabotulinumtoxinA 20 U to glabellar complex (procerus 4 U, corrugators 16 U). Cosmetic.
 2. LN2 to 2 AKs (L temple 1, nasal dorsum 1), 2 FTC.
H. Voss MD

AFTER VISIT SUMMARY
Lucinda, today we did your Botox for the frown lines (cosmetic - paid at checkout) and froze 2 rough sun
spots on your face. The Botox will take 3-7 days to work. Do not rub the area for 4 hours.
""",
    "expected": E([L("17000"), L("17003")], topics=["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "Conventions 'Non-Medicare cosmetic services': cosmetic Botox for glabellar lines with a commercial "
                  "payer is taken off the claim (cosmetic finding). AKs x2 -> 17000 + 17003.",
})

SCENARIOS.append({
    "id": "s68-cos-glycolic-peel-photoaging-medicare-gy",
    "family": "cosmetic", "shape": "free-text",
    "description": "Facial glycolic (epidermal) peel for photoaging/dyschromia, Medicare FFS, no ABN -> 15788-GY",
    "date": "2025-12-16",
    "patient": ("Sorensen-Hale", "Maxine", "1955-03-08", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Photoaging of facial skin with mottled pigmentation", "L57.8", "Face", reason=True),
    ],
    "procedures": [
        P("Chemical peel, face, superficial", site="Full face",
          note="Glycolic acid 35%, 3 min, neutralized. Epidermal level. For fine lines and uneven tone.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """70F, wants "fresher" skin, fine lines, uneven brown tone. No AKs on exam today, no history of skin
cancer. Purely cosmetic goals.
Exam: fine rhytides, mottled dyspigmentation, solar lentigines face. No AKs.
Procedure: glycolic acid 35% superficial (epidermal) peel, full face, 3 min, neutralized with bicarbonate.
Mild erythema. Bland moisturizer, SPF 50.
Discussed Medicare does not cover cosmetic procedures. ABN not given.
H. Voss MD

AFTER VISIT SUMMARY
Maxine, you had a light chemical peel today. Your skin may be pink and flake for 3-5 days. Use gentle
cleanser, moisturizer, and sunscreen every day. Medicare does not pay for cosmetic treatments.
If you like the results, we can talk about a series of peels at your next visit.
""",
    "expected": E([L("15788", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4: facial epidermal peel (15788) for cosmetic photoaging, Medicare FFS, no ABN -> GY only "
                  "(no GX). Future peels not coded.",
})
