"""Sealed set 6 (s6-): certification-exam-style everyday dermatology cases.

Written from the rule book (derm_coding.md sections 2-7, 10), docs/coding_conventions.md and
tests/corpus/README.md "Coding decisions" only; never checked against the engine.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# BIOPSY
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-bx-punch-plus-two-shave-precoded",
    "family": "biopsy", "shape": "pre-coded",
    "description": "EMA sends punch 11104 plus two 11102 primaries; the two tangential biopsies are add-ons 11103 x2.",
    "date": "2026-01-14",
    "patient": ("Delacroix", "Maren", "1971-06-14", "female"),
    "provider": "chen", "payer": "commercial",
    "conditions": [
        C("c1", "Dermatofibroma, left forearm", "D23.62", "Left dorsal forearm", reason=True),
        C("c2", "Compound nevus with mild atypia, upper back", "D22.5", "Mid upper back", reason=True),
        C("c3", "Seborrheic keratosis, right shoulder", "L82.1", "Right posterior shoulder", reason=True),
    ],
    "procedures": [
        P("Punch bx 4mm", cpt="11104", site="L dorsal forearm",
          note="4 mm punch to fat, 1 x 4-0 nylon simple. Spec A.", reasons=["c1"]),
        P("Tangential bx", cpt="11102", site="Mid upper back",
          note="DermaBlade saucerization, AlCl. Spec B.", reasons=["c2"]),
        P("Tangential bx", cpt="11102", site="R post shoulder",
          note="Shave bx, AlCl. Spec C.", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Skin, left forearm, punch: dermatofibroma. B. Skin, mid upper back, shave: compound "
                 "melanocytic nevus with mild cytologic atypia, peripheral margin involved. C. Skin, right "
                 "shoulder, shave: seborrheic keratosis, clonal type.", "site": "A-C", "date": "2026-01-19"},
    ],
    "note": """RIVERSIDE DERMATOLOGY - PROGRESS NOTE (EMA)
Visit type: Est pt - lesion check
Chief complaint: "spots I want looked at"

HPI: 54 yo F here for 3 spots. (1) firm bump L forearm x 1 yr, sometimes tender when bumped. (2) mole on upper back
husband says looks darker than last summer. (3) rough spot R shoulder, itchy. No personal hx skin ca. Mother w/ BCC.

ROS: Negative except as per HPI. Constitutional: no fevers.
Meds: levothyroxine 75 mcg. Allergies: NKDA.

EXAM: Focused skin exam of back, shoulders, arms.
- L dorsal forearm: 6 mm firm pink-tan papule, dimple sign equivocal.
- Mid upper back: 7 mm irregularly pigmented macule, 2 shades of brown, asymmetric border.
- R posterior shoulder: 5 mm stuck-on tan papule, waxy surface.

A/P:
1. Papule L forearm - ddx DF vs BCC. Punch bx today.
2. Atypical pigmented lesion upper back - shave bx (saucerization) today.
3. Keratotic papule R shoulder - likely ISK but itchy and pt anxious, shave bx today.

PROCEDURE: Consent signed, time-out done. Sites marked, cleansed w/ alcohol, 1% lido w/ epi.
Site A punch 4 mm, 1 suture. Sites B and C tangential biopsy with flexible blade, hemostasis AlCl.
Vaseline + bandage. EBL minimal. Pt tolerated well.
Wound care handout given. Suture removal 10-14 d (can be done by PCP office).

F/U: will call with path. RTC 6 months FSE.
""",
    "expected": E([L("11104", 1), L("11103", 2)], topics=["coding-correction"]),
    "coder_note": "BX-2: one primary per encounter, punch outranks tangential; the two shave biopsies are 11103 x2 "
                  "(11104/11102 is PTP indicator 0, two primaries never pay).",
})

SCENARIOS.append({
    "id": "s6-bx-deleted-11100-two-tangential",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Old template still sends 11100/11101 for two shave biopsies; replaced by 11102 + 11103.",
    "date": "2026-02-09",
    "patient": ("Thorsby", "Arnold", "1946-02-03", "male"),
    "provider": "lindqvist", "payer": "medicare",
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left temple", "D04.39", "Left temple", reason=True),
        C("c2", "Actinic keratosis, hypertrophic, right dorsal hand", "L57.0", "Right dorsal hand", reason=True),
    ],
    "procedures": [
        P("Skin biopsy, first lesion", cpt="11100", site="L temple",
          note="shave bx, scaly pink papule 8mm", reasons=["c1"]),
        P("Skin biopsy, addl lesion", cpt="11101", site="R dorsal hand",
          note="shave bx, thick hyperkeratotic papule 6mm", reasons=["c2"]),
    ],
    "path": [
        {"text": "1) Left temple, shave: squamous cell carcinoma in situ (Bowen type), extends to base. "
                 "2) Right dorsal hand, shave: hypertrophic actinic keratosis.", "date": "2026-02-12"},
    ],
    "note": """Est pt. 80M, hx AKs, last LN2 spring 2025.
CC: 2 crusty spots, L temple and R hand, not healing x3 mo.
Exam: L temple 8mm pink scaly papule, firm base. R dorsal hand 6mm hyperkeratotic papule.
No LAD.
Imp: r/o SCC x2.
Proc: shave bx x2 (L temple, R dorsal hand). Lido 1% w/epi, DermaBlade, AlCl. Petrolatum/bandaid.
Consent verbal + written. Tol well.
Plan: path f/u. If SCC -> ED&C vs excision. No LN2 today.
""",
    "expected": E([L("11102", 1), L("11103", 1)], topics=["invalid-code"]),
    "coder_note": "BX-1: 11100/11101 were deleted on 31 Dec 2018; two tangential biopsies = 11102 + 11103.",
})

SCENARIOS.append({
    "id": "s6-bx-incisional-thigh-punch-scalp-dictated",
    "family": "biopsy", "shape": "note-only",
    "description": "Dictated note: incisional (wedge) biopsy of a thigh plaque plus a scalp punch -> 11106 + 11105.",
    "date": "2026-03-04",
    "patient": ("Okoro-Banks", "Tamsin", "1988-09-22", "female"),
    "provider": "ramirez", "payer": "medicaid",
    "conditions": [
        C("c1", "Localized morphea, left anterior thigh", "L94.0", "Left anterior thigh"),
        C("c2", "Classic lichen planopilaris", "L66.11", "Vertex scalp"),
    ],
    "path": [
        {"text": "A. Left thigh, incisional wedge: sclerosing dermatitis with thickened collagen bundles extending "
                 "into septa of subcutis, consistent with morphea. B. Scalp vertex, 4 mm punch: lymphocytic "
                 "interface around infundibula with perifollicular fibrosis, consistent with lichen planopilaris.",
         "date": "2026-03-10"},
    ],
    "note": """Dictated by Sofia Ramirez MD. Dictated but not read.

This is a 37-year-old woman who comes in today for two problems comma first a hard patch on the left front thigh
that has been there about eight months and is getting bigger and second an area of hair thinning on the top of
her head that burns. She has not tried anything for the thigh. For the scalp she used an over the counter
shampoo. No joint pain, no Raynaud's, no trouble swallowing.

On exam the left anterior thigh has an indurated shiny ivory plaque measuring about 6 by 4 centimeters with a
violaceous rim. The scalp at the vertex shows a patch of decreased density with perifollicular erythema and
scale and a few areas where follicular openings are lost.

Assessment: sclerosing plaque left thigh comma morphea versus deep process comma need tissue down to fat.
Patchy scarring alopecia vertex comma question lichen planopilaris.

Procedures. After discussing the risks including scarring and infection and getting written consent comma the
left thigh was prepped and anesthetized with lidocaine with epinephrine. A full thickness wedge of skin was taken
with a number 15 blade from the edge of the plaque through the dermis into the subcutaneous fat comma about
1.5 centimeters long. Closed with three simple interrupted 4-0 nylon sutures. Next the vertex scalp was prepped
and a 4 millimeter punch was taken from an active perifollicular area and closed with one 4-0 nylon. Both
specimens in formalin to dermpath. We talked about also sending a second punch for direct immunofluorescence
but I decided to hold off on that for now. Patient tolerated both well.

Plan. Wound care reviewed. Sutures out in 10 to 14 days. Will decide on treatment once pathology is back comma
probably intralesional steroid for the scalp and possibly methotrexate or phototherapy for the thigh if it is
morphea. Return in two weeks.
""",
    "expected": E([L("11106", 1), L("11105", 1)]),
    "coder_note": "BX-1/BX-2: the scalpel wedge into fat is incisional (11106, the highest-ranked technique, primary); "
                  "the punch is its own add-on 11105. The DIF punch was not done. No E/M selected.",
})

# ---------------------------------------------------------------------------------------------------------------
# SHAVE
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-shave-nasal-sidewall-wrong-site-group",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal of a 0.7 cm nevus on the nasal sidewall pre-coded as trunk 11301; face group is 11311.",
    "date": "2026-01-22",
    "patient": ("Vantongeren", "Lise", "1979-11-30", "female"),
    "provider": "baptiste", "payer": "commercial-aetna",
    "conditions": [
        C("c1", "Intradermal nevus, left nasal sidewall, irritated", "D22.39", "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Shave removal", cpt="11301", site="L nasal sidewall",
          note="0.7 cm dome papule under glasses nose pad, bled x2. Shave removal flush w/ skin, AlCl.",
          reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left nasal sidewall, shave: intradermal melanocytic nevus with surface erosion. "
                      "No atypia.", "date": "2026-01-27"}],
    "note": """DERMATOLOGY OFFICE VISIT
PATIENT: Lise Vantongeren   DOB: 11/30/1979
PROVIDER: Marc Baptiste, MD

CHIEF COMPLAINT: Bump on nose that bleeds.

HISTORY OF PRESENT ILLNESS: 46 y.o. female with a flesh-colored bump on the left side of her nose present since
her twenties. Over the last two months the nose pad of her eyeglasses has been rubbing it and it has bled twice,
once onto her pillow. Tender when glasses are on. No change in color. ***

PAST DERM HISTORY: None. No hx skin cancer.
MEDICATIONS: @MEDS@ sertraline 50 mg daily
ALLERGIES: Penicillin (rash)

PHYSICAL EXAM:
GENERAL: Well appearing, NAD
SKIN: Left nasal sidewall with a 0.7 cm soft skin-colored dome-shaped papule with a small hemorrhagic crust on
its surface. Surrounding skin normal.

ASSESSMENT AND PLAN:
1. Irritated dermal nevus, left nasal sidewall - repeatedly traumatized by eyeglass pad, bleeding, painful.
   Discussed options; pt prefers removal.
   PROCEDURE: Shave removal. Verbal and written consent obtained; risks of scar, recurrence of pigment,
   hypopigmentation discussed. Area cleaned, 0.5 mL 1% lidocaine with epinephrine. Lesion removed flush with
   surrounding skin using a flexible blade. Hemostasis with aluminum chloride. Specimen to pathology.
   Petrolatum and bandage. Patient tolerated well.

FOLLOW UP: PRN, will call with pathology.
""",
    "expected": E([L("11311", 1)], topics=["coding-correction"]),
    "coder_note": "SH-1: shave removal coded by site group and lesion diameter; nose is FEENLM, 0.6-1.0 cm = 11311. "
                  "Symptomatic (bleeding, pain from trauma) so not cosmetic.",
})

SCENARIOS.append({
    "id": "s6-shave-back-neck-cheek-three-groups",
    "family": "shave", "shape": "free-text",
    "description": "Three shave removals in three site groups and bands: back 1.2 cm, neck 0.4 cm, cheek 0.8 cm.",
    "date": "2026-02-17",
    "patient": ("Ferreira-Lund", "Otto", "1962-04-09", "male"),
    "provider": "halvorsen", "payer": "commercial-uhc",
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right mid back", "L82.0", "Right mid back"),
        C("c2", "Inflamed seborrheic keratosis, left posterior neck", "L82.0", "Left posterior neck"),
        C("c3", "Irritated intradermal nevus, right cheek", "D22.39", "Right cheek"),
    ],
    "procedures": [
        P("Shave removal", site="Right mid back",
          note="Lesion A: crusted keratotic plaque 1.2 x 0.9 cm, bleeding with shirt friction. Removed by shave "
               "to mid dermis with DermaBlade; aluminum chloride hemostasis.", reasons=["c1"]),
        P("Shave removal", site="Left posterior neck",
          note="Lesion B: 0.4 cm keratotic papule under collar, itchy and scratched raw. Shave removal, AlCl.",
          reasons=["c2"]),
        P("Shave removal", site="Right cheek",
          note="Lesion C: 0.8 cm raised papule cut repeatedly while shaving, bleeds. Shave removal flush with skin, "
               "AlCl.", reasons=["c3"]),
    ],
    "path": [{"text": "A. Right mid back: seborrheic keratosis, irritated, with hemorrhagic crust. B. Left posterior "
                      "neck: irritated seborrheic keratosis. C. Right cheek: intradermal nevus with erosion.",
              "date": "2026-02-20"}],
    "note": """Halvorsen, K. - Dermatology - Established patient

Reason for visit: 3 irritated growths

Subjective:
 - 63M, contractor. Growth R mid back catches on work shirts, bleeds most days x 6 wks.
 - Spot L back of neck under collar, itchy, he scratches it open.
 - Bump R cheek, nicks it shaving ~weekly.
 - No hx skin cancer. Uses no sunscreen (counseled).

Objective:
 - R mid back: 1.2 x 0.9 cm crusted verrucous stuck-on plaque, hemorrhagic crust.
 - L posterior neck: 0.4 cm tan keratotic papule, excoriated.
 - R cheek: 0.8 cm skin-colored soft papule, crust at apex.
 - Other SKs on trunk, asymptomatic - left alone.

Assessment / Plan:
 1) Inflamed SK R mid back - shave removal today (A).
 2) Irritated SK L post neck - shave removal today (B).
 3) Irritated dermal nevus R cheek - shave removal today (C).
 4) Asymptomatic SKs elsewhere - reassurance, no treatment.
 5) Sun protection discussed.

Procedure note: consent signed. Lido 1% w/ epi, total 2 mL. Shave removals A/B/C as listed in procedure
section, AlCl hemostasis, Vaseline, bandages. Tolerated well. Path pending.

RTC prn / 1 yr skin check.
""",
    "expected": E([L("11302", 1), L("11305", 1), L("11311", 1)]),
    "coder_note": "SH-1: one code per lesion by site group and lesion diameter: trunk 1.2 cm 11302; neck (SNHFG) "
                  "0.4 cm 11305; cheek (FEENLM) 0.8 cm 11311. All symptomatic (bleeding/itching/trauma).",
})

SCENARIOS.append({
    "id": "s6-shave-arm-plus-scalp-no-size",
    "family": "shave", "shape": "note-only",
    "description": "PA note: shave of a 0.5 cm arm SK is billable; the scalp shave has no size -> no line.",
    "date": "2026-03-11",
    "patient": ("Hollowell", "Dwayne", "1950-07-18", "male"),
    "provider": "pike", "payer": "medicare",
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right upper arm", "L82.0", "Right upper arm"),
        C("c2", "Inflamed seborrheic keratosis, crown of scalp", "L82.0", "Crown of scalp"),
    ],
    "note": """Jordan Pike, PA-C   |   Riverside Derm - Hartwell satellite clinic

Dwayne's back for two spots that keep getting tore up. He's 75, retired from the mill. One's on the right upper
arm where his seatbelt rubs - red, crusty, itches like crazy. The other is on top of his head at the crown, bleeds
every time he combs, his wife says she's found blood on the pillowcase a few times.

Exam:
R upper arm - 0.5 cm stuck-on brown papule, inflamed red base, crusted.
Crown scalp - raised keratotic brown papule, fresh blood crust, surrounding skin a little pink.
Rest of the scalp and arms look ok today.

Assessment: both look like inflamed SKs, symptomatic (itch, bleeding, irritation).

Did shave removal of both after talking through it. Consent signed. Lido w/ epi, flexible blade, removed level
with skin, Drysol for bleeding. Both to path in separate jars (1 = arm, 2 = scalp). Vaseline, bandaids.
He did fine.

Plan: keep vaseline on until healed, call if signs of infection. We'll call with path. See him back in the spring
for his regular check. Told him we won't freeze the other SKs on his back since they're not bothering him.
""",
    "expected": E([L("11300", 1)], topics=["missing-documentation"]),
    "coder_note": "SH-1 / Coding decisions: shave removal needs the lesion diameter; arm 0.5 cm (TAL) = 11300. "
                  "The scalp lesion size is not documented anywhere, so no size-banded line for it "
                  "(missing-documentation). Symptomatic SKs, covered.",
})

# ---------------------------------------------------------------------------------------------------------------
# EXCISION, BENIGN
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-exb-cyst-back-layered-closure",
    "family": "excision-benign", "shape": "free-text",
    "description": "Epidermoid cyst of the back 2.2 cm + 0.2 cm margins = 2.6 cm (11403) with a 3.8 cm layered closure.",
    "date": "2026-01-28",
    "patient": ("Brannigan", "Colm", "1984-03-02", "male"),
    "provider": "okafor", "payer": "commercial",
    "conditions": [
        C("c1", "Epidermoid cyst, left upper back, recurrently inflamed", "L72.0", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Left upper back",
          note="Cyst measured 2.2 x 1.8 cm before incision. Fusiform excision with 0.2 cm margins around the punctum "
               "and cyst (excised diameter 2.6 cm); cyst removed intact with overlying skin.", reasons=["c1"]),
        P("Layered closure", site="Left upper back",
          note="Deep dermal 3-0 Monocryl buried interrupted, then 4-0 nylon simple interrupted epidermal sutures. "
               "Final length 3.8 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin and subcutis, left upper back, excision: ruptured epidermoid (infundibular) cyst with "
                      "foreign-body giant cell reaction. No atypia.", "date": "2026-02-02"}],
    "note": """Adaeze Okafor, MD - Dermatologic Surgery Note

Subjective: Mr. Brannigan is a 41-year-old man referred by his primary care physician for a cyst on the left upper
back that has become inflamed, painful and swollen three times over the past year. It was incised and drained in
urgent care in August 2025 and again by his PCP in November 2025, with a course of cephalexin the second time. It is
currently quiet but remains tender when he leans against a chair and he asks that it be removed definitively.
He denies fevers. No anticoagulants. He does not smoke.

Objective: On the left upper back there is a 2.2 x 1.8 cm mobile subcutaneous nodule with a central punctum and
a small overlying scar from the prior drainage. No fluctuance, no erythema today.

Assessment: Recurrently inflamed epidermoid cyst, left upper back, symptomatic (pain, repeated inflammation).

Procedure: Excision of cyst with layered repair.
Informed consent was obtained after discussing bleeding, infection, scar, wound dehiscence and recurrence. A
time-out was performed. The area was marked, prepped with chlorhexidine and anesthetized with 8 mL of 1% lidocaine
with epinephrine. A fusiform excision was designed with 0.2 cm margins around the cyst, giving an excised diameter
of 2.6 cm. The cyst was dissected free from the surrounding fat and removed intact with the overlying skin ellipse.
Because of tension on the back, the wound was closed in layers: the deep dermis and subcutaneous tissue were
approximated with buried 3-0 Monocryl and the epidermis with 4-0 nylon simple interrupted sutures. Final repair
length 3.8 cm. Estimated blood loss minimal. Pressure dressing applied. The patient tolerated the procedure well
without complication.

Plan: Written wound-care instructions. Avoid heavy lifting and gym for two weeks. Acetaminophen for discomfort.
Suture removal in 14 days. Specimen to pathology; we will call with results.
""",
    "expected": E([L("11403", 1), L("12032", 1)]),
    "coder_note": "EX-1: 2.2 + 2 x 0.2 = 2.6 cm, trunk -> 11403. EX-5/REP-2: layered closure on the trunk is "
                  "separately reportable, 3.8 cm -> 12032. Recurrently inflamed, painful: not cosmetic.",
})

SCENARIOS.append({
    "id": "s6-exb-dysplastic-nevus-sent-as-malignant",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Excision pre-coded 11602 before pathology; path is a dysplastic nevus (benign) -> 11402.",
    "date": "2026-02-05",
    "patient": ("Pemberton", "Gwendolyn", "1952-12-01", "female"),
    "provider": "voss", "payer": "medicare",
    "conditions": [
        C("c1", "Dysplastic nevus, right lower back", "D22.5", "Right lower back", reason=True),
    ],
    "procedures": [
        P("Excision, lesion trunk", cpt="11602", site="R lower back",
          note="Changing pigmented lesion 0.8 cm, margins 0.25 cm, closed single layer 4-0 nylon.",
          reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right lower back, excision: compound dysplastic nevus with moderate architectural "
                      "disorder and cytologic atypia. Margins free of the lesion (closest 0.2 cm). "
                      "No melanoma identified.", "date": "2026-02-11"}],
    "note": """Dear Dr. Feldstein,

Thank you for sending Mrs. Gwendolyn Pemberton back to see me. As you know she is a 73-year-old retired schoolteacher
whom I have followed for many years for numerous atypical-appearing moles. At her visit today she pointed out,
quite correctly, that a mole on the right lower back had changed. Her daughter photographed it for her in the autumn
and again last week, and the photographs show that it has darkened and developed an irregular notch at the upper
border.

On examination it measures 0.8 cm in greatest diameter and has two shades of brown with an eccentric darker area.
Dermoscopy shows an atypical network at one pole. I was concerned enough about an early melanoma that I advised
complete excision rather than a partial sample, and she agreed.

Procedure: after written consent, the site was marked and anesthetised with 1% lidocaine with adrenaline. I
excised the lesion with 0.25 cm margins all round, orienting the ellipse along the relaxed skin tension lines, and
sent the specimen with a suture marking 12 o'clock. The wound was closed in a single layer with interrupted 4-0
nylon. She tolerated this very well and was given written wound-care instructions. Sutures to come out in twelve
days.

Her other moles were reviewed with her and none shows any change. We will write again once the pathology is
available.

With kind regards,
Henrietta Voss, MD
""",
    "expected": E([L("11402", 1)], topics=["coding-correction"]),
    "coder_note": "EX-3: benign vs malignant follows final pathology; dysplastic nevus with atypia = benign code. "
                  "EX-1: 0.8 + 2 x 0.25 = 1.3 cm, trunk -> 11402. Single-layer closure is simple repair, included.",
})

SCENARIOS.append({
    "id": "s6-exb-pilar-cyst-scalp",
    "family": "excision-benign", "shape": "note-only",
    "description": "SOAP note: traumatised pilar cyst of the scalp 1.5 cm + 0.1 cm margins = 1.7 cm -> 11422.",
    "date": "2026-03-18",
    "patient": ("Kowalczyk", "Irena", "1958-05-27", "female"),
    "provider": "santos", "payer": "medicare-ngs",
    "conditions": [C("c1", "Pilar cyst, vertex scalp", "L72.11", "Vertex scalp")],
    "path": [{"text": "Scalp, vertex, excision: trichilemmal (pilar) cyst, intact. Benign.", "date": "2026-03-23"}],
    "note": """S: 67 y/o F, est pt. Lump on top of head ~4 yrs, slowly bigger. Hairdresser nicks it w/ comb and
scissors; it bled after her last cut (3 wks ago) and after brushing last week. Sore to touch. Wants it out.
No fevers, no drainage.
Hx: HTN, hypothyroid. Meds: amlodipine, levothyroxine. ASA 81 - held x 5 days per our instructions.

O: Vertex scalp - firm mobile 1.5 cm smooth subcutaneous nodule, no punctum, healing excoriation/crust on the
surface from recent trauma. No other scalp lesions.

A: Pilar cyst vertex scalp, symptomatic - tender, bled after repeated comb/scissor trauma.

P: Excision today.
 - Consent signed after review of risks (bleeding, infection, scar, alopecia along scar, recurrence).
 - Hair clipped, prepped, 4 mL lido 1% w/ epi.
 - Incision over the cyst; narrowest margin 0.1 cm of skin taken around the lesion. Cyst shelled out intact.
 - Hemostasis w/ cautery. Closed in a single layer with skin staples.
 - Specimen to path.
 - Staples out in 10 days. Shampoo ok after 48 h.
 - RTC 10 d for staple removal.
Rafael Santos, MD
""",
    "expected": E([L("11422", 1)]),
    "coder_note": "EX-1: 1.5 + 2 x 0.1 = 1.7 cm; scalp = SNHFG -> 11422. Single-layer staple closure is included. "
                  "Documented tenderness and bleeding after repeated trauma (BSL-3), so covered.",
})

# ---------------------------------------------------------------------------------------------------------------
# EXCISION, MALIGNANT
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-exm-bcc-cheek-intermediate-repair",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Biopsy-proven cheek BCC 0.9 cm + 0.4 cm margins = 1.7 cm (11642) with a 3.5 cm layered repair (12052).",
    "date": "2026-02-03",
    "patient": ("Aldridge", "Bernard", "1944-08-15", "male"),
    "provider": "okafor", "payer": "medicare",
    "conditions": [C("c1", "Basal cell carcinoma, nodular, left cheek", "C44.319", "Left cheek")],
    "path": [{"text": "Skin, left cheek, excision: basal cell carcinoma, nodular type, completely excised; closest "
                      "peripheral margin 0.3 cm.", "date": "2026-02-09"}],
    "note": """Adaeze Okafor, MD - Dermatologic Surgery

History: Mr. Aldridge is an 81-year-old retired farmer who returns for treatment of a biopsy-proven nodular basal cell
carcinoma of the left cheek (shave biopsy 6 January 2026, pathology: nodular BCC, base involved). We discussed
Mohs micrographic surgery, standard excision and electrodesiccation and curettage at his last visit. He lives
ninety minutes away, did not want a long Mohs day and chose standard excision, understanding the slightly higher
recurrence risk. He has a remote history of a BCC on the right forearm treated with ED&C in 2019 and one on the back
excised in 2021. He takes apixaban for atrial fibrillation, which was continued after discussion with his
cardiologist.

Examination: The left mid cheek has a 0.9 cm pearly pink papule with rolled border and overlying telangiectasia at
the biopsy site. No palpable preauricular or cervical lymph nodes.

Procedure: Excision of malignant lesion with intermediate repair.
After written consent and a time-out, the lesion was outlined and a 0.4 cm margin marked circumferentially,
giving an excised diameter of 1.7 cm. Local anaesthesia: 6 mL of 1% lidocaine with 1:100,000 epinephrine. An
ellipse was excised to the level of the subcutaneous fat, oriented in the relaxed skin tension lines, and the
specimen marked with a suture at 12 o'clock. Hemostasis was achieved with electrocautery (extra care given
anticoagulation). Limited undermining was performed at the level of the superficial fat. The wound was closed in
two layers with buried 5-0 Monocryl dermal sutures and a running 6-0 polypropylene epidermal suture. Final
repair length 3.5 cm. Steri-strips and a pressure dressing were applied.

He tolerated the procedure well. Wound care and bleeding precautions reviewed. Suture removal in 7 days. We will
contact him with the margin status. Full skin examination due in three months.
""",
    "expected": E([L("11642", 1), L("12052", 1)]),
    "coder_note": "EX-1: 0.9 + 2 x 0.4 = 1.7 cm; cheek = FEENLM malignant -> 11642. EX-5: layered closure of the face "
                  "3.5 cm -> 12052 (no PTP edit with 11642). Old procedures in the history are years ago.",
})

SCENARIOS.append({
    "id": "s6-exm-reexcision-positive-margin-58",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision of an SCC for a positive margin 7 days into the 010 global: 11603-58 and 12032-58.",
    "date": "2026-02-17",
    "patient": ("Marsh", "Everett", "1941-10-10", "male"),
    "provider": "lindqvist", "payer": "medicare",
    "conditions": [
        C("c1", "Squamous cell carcinoma, right forearm, positive margin", "C44.622", "Right dorsal forearm",
          reason=True),
    ],
    "procedures": [
        P("Re-excision SCC R forearm", cpt="11603", site="R dorsal forearm",
          note="scar 1.6 cm, 0.5 cm margins -> 2.6 cm", reasons=["c1"]),
        P("Layered closure", cpt="12032", site="R dorsal forearm", note="2 layers, 4.2 cm", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2026-02-10", "11602", "Excision SCC R forearm", "R dorsal forearm",
              "1.0 cm SCC, 0.3 cm margins, simple closure. Path: well-diff SCC, lateral margin positive."),
    ],
    "path": [{"text": "Skin, right dorsal forearm, re-excision: healing scar with no residual carcinoma. "
                      "Margins negative.", "date": "2026-02-20"}],
    "note": """80M. SCC R dorsal forearm exc 2/10 (0.3 cm margins) - path lateral margin +.
Today: re-exc.
Scar 1.6 cm. Margins 0.5 cm. Excised diam 2.6 cm.
Lido/epi 6 mL. Elliptical exc to fat. Undermined. 3-0 Vicryl deep, 4-0 nylon running. Length 4.2 cm.
No compl. Pressure drsg.
Sutures out 14 d. Path to f/u.
""",
    "expected": E([L("11603", 1, "58"), L("12032", 1, "58")], topics=["global-period"]),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of the 2/10 excision is a "
                  "staged/related procedure -> 58 (on the layered repair too). Malignant code even though the "
                  "re-excision specimen is negative. 1.6 + 2 x 0.5 = 2.6 cm -> 11603; 4.2 cm arm layered -> 12032.",
})

SCENARIOS.append({
    "id": "s6-exm-melanoma-in-situ-back-wle",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Wide excision of melanoma in situ on the back: 1.0 cm + 0.5 cm margins = 2.0 cm (11602) + 12032.",
    "date": "2026-02-24",
    "patient": ("Quintero", "Alma", "1967-01-19", "female"),
    "provider": "baptiste", "payer": "commercial-aetna",
    "conditions": [
        C("c1", "Melanoma in situ, left upper back", "D03.59", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Wide local excision MIS", site="Left upper back",
          note="Biopsy site with residual pigment 1.0 cm. 0.5 cm margins marked -> excised diameter 2.0 cm. "
               "Full thickness to fat, oriented with suture.", reasons=["c1"]),
        P("Intermediate repair", site="Left upper back",
          note="Undermined, 3-0 PDS buried dermal, 4-0 nylon vertical mattress. Length 6.0 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left upper back, wide local excision: residual melanoma in situ, lentiginous type; "
                      "all margins clear (closest 0.4 cm).", "date": "2026-03-02"}],
    "note": """PROCEDURE NOTE - WIDE LOCAL EXCISION
DATE OF SERVICE: 02/24/2026
SURGEON: Marc Baptiste, MD
PREOPERATIVE DIAGNOSIS: Melanoma in situ, left upper back (shave biopsy 01/20/2026)
POSTOPERATIVE DIAGNOSIS: Same
ANESTHESIA: Local, 1% lidocaine with epinephrine 10 mL, buffered
INDICATIONS: 59 y.o. female with biopsy-proven melanoma in situ. Discussed 0.5 cm margin standard excision vs
Mohs/staged excision; patient elected WLE. No palpable axillary nodes. ***
DESCRIPTION: Time-out performed. The biopsy scar with residual pigment measured 1.0 cm. A 0.5 cm margin was marked
with Wood's lamp assistance. Fusiform excision to the level of the fat, specimen tagged at 12 o'clock. Hemostasis
with electrocautery. Wound edges undermined at the level of the superficial fascia. Layered closure with buried
3-0 PDS and 4-0 nylon vertical mattress sutures. FINAL LENGTH: 6.0 cm.
ESTIMATED BLOOD LOSS: <5 mL   COMPLICATIONS: None   SPECIMEN: To dermpathology
DISPOSITION: Home, stable. Sutures out 14 days. FSE every 6 months x 2 years then yearly.
""",
    "expected": E([L("11602", 1), L("12032", 1)]),
    "coder_note": "EX-3: melanoma in situ (D03) takes malignant excision codes. EX-1: 1.0 + 2 x 0.5 = 2.0 cm, trunk "
                  "-> 11602. EX-5: layered closure of the back 6.0 cm -> 12032.",
})

# ---------------------------------------------------------------------------------------------------------------
# DESTRUCTION
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-ds-ak-seventeen-sent-17003x16",
    "family": "destruction", "shape": "pre-coded",
    "description": "17 AKs frozen; EMA sends 17000 + 17003 x16 -> one unit of 17004.",
    "date": "2026-01-08",
    "patient": ("Lindahl", "Harold", "1939-03-11", "male"),
    "provider": "chen", "payer": "medicare",
    "conditions": [C("c1", "Actinic keratoses, scalp, forehead and right ear", "L57.0", "Scalp/forehead/R ear",
                     reason=True)],
    "procedures": [
        P("LN2 AK first lesion", cpt="17000", site="Scalp", note="cryo 2 cycles", reasons=["c1"]),
        P("LN2 AK addl lesions x16", cpt="17003", site="Scalp, forehead, R ear",
          note="units 16", reasons=["c1"]),
    ],
    "note": """RIVERSIDE DERMATOLOGY - PROGRESS NOTE (EMA)
Visit type: Est pt - AK treatment
Chief complaint: "rough spots on head again"

HPI: 86 yo M w/ long hx AKs and 2 prior SCCs (R cheek Mohs 2021, L hand excision 2023). Last cryo 7 months ago.
Recurrent gritty spots on scalp and forehead. Not interested in 5-FU again ("burned too much" 2024).

EXAM: Scalp, face, ears examined.
- Bald scalp: 11 rough erythematous keratotic papules
- Forehead: 4 similar
- R helix: 2
- No indurated or ulcerated lesions. No lesions suspicious for SCC today.

A/P:
1. AKs, 17 total (scalp 11, forehead 4, R ear 2) - LN2 cryotherapy today, 2 freeze-thaw cycles each.
   Consent: verbal. Risks reviewed (blister, hypopigmentation, scar). Tolerated well.
2. Hx SCC - no evidence of recurrence at prior sites.
3. Sun protection, broad-brimmed hat.

F/U: 6 months FSE.
""",
    "expected": E([L("17004", 1)], topics=["coding-correction"]),
    "coder_note": "DS-1: 15 or more premalignant lesions = 17004 x1, instead of 17000/17003 (17004/17000 and "
                  "17004/17003 are indicator 0). 11 + 4 + 2 = 17.",
})

SCENARIOS.append({
    "id": "s6-ds-ak-nine-words-dictated",
    "family": "destruction", "shape": "note-only",
    "description": "Dictated: nine AKs (six scalp, three hand) frozen; a tenth lesion judged an SK is not treated.",
    "date": "2026-03-25",
    "patient": ("Greeley", "Marjorie", "1948-06-06", "female"),
    "provider": "ramirez", "payer": "medicare-noname",
    "conditions": [C("c1", "Actinic keratoses, scalp and left dorsal hand", "L57.0", "Scalp; left dorsal hand")],
    "note": """Dictated by Sofia Ramirez MD.

Mrs. Greeley is a 77-year-old woman with a history of actinic keratoses treated with topical fluorouracil in
2024 who is back because the rough spots have returned on her scalp and on the back of her left hand. They catch
on her hairbrush and sometimes bleed a little. No new moles she is worried about.

Exam of the scalp and upper extremities. On the frontal and parietal scalp there are six gritty erythematous
scaly papules consistent with actinic keratoses. On the dorsal left hand there are three more of the same. On the
right cheek there is a waxy tan stuck-on papule that I think is a seborrheic keratosis and not an AK so I left that
one alone. Dorsal right hand is clear today.

Assessment. Actinic keratoses comma nine in total comma six on the scalp and three on the left hand.

Procedure. Verbal consent. All nine actinic keratoses were treated with liquid nitrogen cryotherapy comma two
freeze thaw cycles each. She tolerated it well. Expect blistering and crusting over the next one to two weeks.

Plan. Sunscreen daily, hat when gardening. We talked about doing another round of fluorouracil cream in the fall
if more come up comma she wants to think about it. Return in six months for a full skin check.
""",
    "expected": E([L("17000", 1), L("17003", 8)]),
    "coder_note": "DS-1: nine AKs = 17000 + 17003 x8. The cheek SK was left alone (not treated, not counted); the "
                  "fluorouracil course is history / a future option.",
})

SCENARIOS.append({
    "id": "s6-ds-warts-child-five-free",
    "family": "destruction", "shape": "free-text",
    "description": "Five common warts on both hands of a child frozen in one session -> 17110 x1.",
    "date": "2026-02-12",
    "patient": ("Ruiz-Whitaker", "Jayden", "2014-02-14", "male"),
    "provider": "pike", "payer": "medicaid",
    "conditions": [C("c1", "Verruca vulgaris, fingers of both hands", "B07.8", "Hands", reason=True)],
    "procedures": [
        P("Cryotherapy of warts", site="Right index and middle fingers",
          note="4 verruca vulgaris, LN2 spray 2 freeze-thaw cycles each. Spreading, one splits and bleeds when "
               "he writes.", reasons=["c1"]),
        P("Cryotherapy of wart", site="Left thumb, periungual",
          note="1 periungual wart, LN2 x2 cycles.", reasons=["c1"]),
    ],
    "note": """Jordan Pike PA-C. Jayden (12) here with mom. Warts on fingers have been spreading since summer,
started with 1 and now 5. OTC salicylic acid for 3 months, not working. The one on the R middle finger splits and
bleeds when he holds his pencil. Mom wants them frozen.
Exam: 4 verrucous papules R index/middle fingers (2-5 mm), 1 periungual on L thumb. No others on feet.
Plan: LN2 to all 5 today, he was a champ. Keep up salicylic acid nightly once blisters heal. Duct tape ok.
Recheck 3-4 wks for re-freeze.
""",
    "expected": E([L("17110", 1)]),
    "coder_note": "DS-2: benign (wart) destruction up to 14 lesions = 17110, one unit for all five lesions.",
})

SCENARIOS.append({
    "id": "s6-ds-sbcc-edc-back-plus-one-ak",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of a superficial BCC (final defect 1.4 cm) -> 17262; one forehead AK -> 17000-XS.",
    "date": "2026-01-27",
    "patient": ("Eastwood", "Lorna", "1943-09-09", "female"),
    "provider": "halvorsen", "payer": "medicare",
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left upper back", "C44.519", "Left upper back"),
        C("c2", "Actinic keratosis, left forehead", "L57.0", "Left forehead"),
    ],
    "note": """Halvorsen, K. - Dermatology - Procedure visit

Reason for visit: treat BCC on back (bx 1/13/2026: superficial BCC)

Subjective:
 - 82F. Biopsy site L upper back healed. Discussed options 1/13 (excision, ED&C, imiquimod); she prefers ED&C.
 - Also a rough spot L forehead x 2 months, tender to touch.
 - Meds: clopidogrel (not held), metoprolol.

Objective:
 - L upper back: 1.0 cm pink scaly patch at biopsy site, thin rolled edge.
 - L forehead: 4 mm gritty erythematous keratotic papule.
 - No other lesions of concern on face / back.

Assessment:
 1) Superficial BCC L upper back (path-proven).
 2) AK L forehead x1.

Procedures:
 1) ED&C, L upper back. Consent signed, time-out. Lido 1% w/ epi. Three cycles of curettage and
    electrodesiccation until firm dermis at the base. Final defect diameter 1.4 cm including the curetted margin.
    Vaseline, bandage. Heal by second intention.
 2) LN2 cryo, L forehead AK x1, 2 cycles.

Plan:
 1) Wound care handout; daily vaseline, dressing change.
 2) Recheck 6 wks, then FSE q6 months.
""",
    "expected": E([L("17262", 1), L("17000", 1, "XS")]),
    "coder_note": "DS-4: malignant destruction coded by site group and final curetted defect, trunk 1.4 cm -> 17262. "
                  "DS-3: 17262/17000 is PTP indicator 1; the AK is a different lesion/site -> XS on 17000 "
                  "(column 2).",
})

# ---------------------------------------------------------------------------------------------------------------
# SKIN TAGS
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-tags-eighteen-irritated-html",
    "family": "skin-tags", "shape": "free-text",
    "description": "18 irritated, bleeding skin tags snipped -> 11200 + 11201 x1.",
    "date": "2026-03-03",
    "patient": ("Ashworth", "Priya", "1975-08-08", "female"),
    "provider": "adeyemi", "payer": "commercial-cigna",
    "conditions": [C("c1", "Irritated acrochordons, neck and axillae", "L91.8", "Neck; bilateral axillae",
                     reason=True)],
    "procedures": [
        P("Removal of skin tags", site="Neck and bilateral axillae",
          note="Inflamed acrochordons catching on necklace and bra strap, two bleeding. Snip removal with Gradle "
               "scissors: neck 10, right axilla 5, left axilla 3. Hemostasis AlCl.", reasons=["c1"]),
    ],
    "html": True,
    "note": """<html><body>
<p><b>Riverside Dermatology</b><br>Folake Adeyemi, MD<br>Established Patient - Procedure</p>
<p><b>Chief Complaint:</b> Painful skin tags</p>
<p><b>HPI:</b> 50 year old female with multiple skin tags of the neck and underarms, increasing over the past
year. Several become red and sore when her necklace or bra strap rubs them; two have bled onto her clothing this
month. She would like the irritated ones removed.</p>
<p><b>Exam:</b></p>
<table border="1">
<tr><th>Site</th><th>Findings</th><th>Count treated</th></tr>
<tr><td>Neck (anterior and lateral)</td><td>pedunculated soft papules, several erythematous, one with hemorrhagic crust</td><td>10</td></tr>
<tr><td>Right axilla</td><td>pedunculated papules, inflamed at base</td><td>5</td></tr>
<tr><td>Left axilla</td><td>pedunculated papules, one bleeding</td><td>3</td></tr>
</table>
<p><b>Assessment:</b> Symptomatic acrochordons (inflamed, bleeding, irritated by friction).</p>
<p><b>Procedure:</b> Verbal and written consent. Topical alcohol prep; small tags removed with sterile Gradle
scissors without anesthesia, larger ones after a wheal of 1% lidocaine. Aluminum chloride for hemostasis.
<b>Total removed: 18.</b> Not sent to pathology.</p>
<p><b>Plan:</b> Petrolatum to sites for 5 days. A few tiny non-irritated tags on the eyelids were left untreated
at patient request. RTC PRN.</p>
</body></html>""",
    "expected": E([L("11200", 1), L("11201", 1)]),
    "coder_note": "Conventions: 11200 covers the first 15 tags; 11201 = each additional 10 or part, "
                  "ceil((18-15)/10) = 1. Inflamed/bleeding (BSL-3), not cosmetic. Eyelid tags not treated.",
})

SCENARIOS.append({
    "id": "s6-tags-medicare-cosmetic-voluntary-abn",
    "family": "skin-tags", "shape": "note-only",
    "description": "Asymptomatic skin tags removed for appearance on Medicare FFS with a voluntary ABN -> 11200-GX-GY.",
    "date": "2026-04-02",
    "patient": ("Fairweather", "Cecil", "1947-04-04", "male"),
    "provider": "voss", "payer": "medicare",
    "conditions": [C("c1", "Acrochordons, neck, asymptomatic", "L91.8", "Neck"),
                   C("c2", "Encounter for cosmetic surgery", "Z41.1")],
    "note": """Clinic note - Henrietta Voss, MD

Mr. Fairweather, 78, came in today with a single request: his granddaughter is getting married in May and he
would like the small skin tags on his neck removed so that they do not show above his collar in the photographs.
I asked specifically and he tells me they have never bled, itched, become inflamed or caught on anything; they
simply bother him to look at. He has no other skin concerns today.

On examination there are eight soft skin-coloured pedunculated papules on the sides of the neck, 1 to 3 mm, with
no erythema, crust or irritation.

I explained that Medicare regards removal of asymptomatic skin tags as cosmetic and will not pay for it. He
understood, signed a voluntary Advance Beneficiary Notice acknowledging that he will be personally responsible,
and asked me to go ahead.

Procedure: after verbal consent, all eight tags were removed by snip excision with fine scissors; hemostasis
with aluminium chloride. No specimens sent. He tolerated it well and was given aftercare instructions.

Diagnosis: acrochordons, neck, asymptomatic - removal for cosmetic reasons at patient request.
No follow-up needed.
""",
    "expected": E([L("11200", 1, "GX", "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4 and Coding decisions: asymptomatic skin tags are cosmetic (statutorily excluded) on "
                  "Medicare FFS -> GY, plus GX because a voluntary ABN was signed. Eight tags = 11200 x1.",
})

# ---------------------------------------------------------------------------------------------------------------
# MOHS
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-mohs-nasal-tip-three-stages-bilobed-flap",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs nasal tip: stage I 4 blocks, II 7 blocks, III 2 blocks; bilobed flap 7.0 sq cm.",
    "date": "2026-02-05",
    "patient": ("Birchwood", "Franklin", "1945-12-12", "male"),
    "provider": "nakamura", "payer": "medicare",
    "conditions": [C("c1", "Basal cell carcinoma, nodular and infiltrative, nasal tip", "C44.311", "Nasal tip")],
    "note": """MOHS MICROGRAPHIC SURGERY REPORT
Surgeon/pathologist: Ren Nakamura, MD (Mohs surgeon acted as both surgeon and pathologist)
Pre-op dx: BCC, nodular and infiltrative, nasal tip (bx 01/08/2026)    Post-op dx: same
Indication: H-zone location, aggressive histologic subtype. Appropriate per AUC.
Pre-op lesion size: 0.9 x 0.8 cm

STAGE I     tissue blocks: 4    result: tumor at 2 and 3 o'clock (infiltrative strands)
STAGE II    tissue blocks: 7    result: focal residual tumor block 5
STAGE III   tissue blocks: 2    result: clear
Frozen sections, H&E, read by the surgeon.

Final defect: 1.4 x 1.2 cm through the nasalis to perichondrium, nasal tip.

REPAIR: Bilobed transposition flap, nasal tip/dorsum.
 - Primary defect 1.7 sq cm; secondary defects of the two lobes 5.3 sq cm; total 7.0 sq cm.
 - Burow's triangle excised; wide undermining in the submuscular plane; 5-0 Monocryl deep, 6-0 Prolene
   running cutaneous.
EBL minimal. No complications. Pressure dressing. Patient discharged ambulatory with written instructions.
Suture removal 1 week. Follow-up 3 months.
""",
    "expected": E([L("17311", 1), L("17312", 2), L("17315", 2), L("14060", 1)]),
    "coder_note": "MOHS-2: nose = 17311; two more stages = 17312 x2; 17315 = blocks beyond 5 in any stage: stage II "
                  "has 7 -> 2. FLAP-1/FLAP-3/MOHS-7: flap after Mohs is reported, nose 7.0 sq cm -> 14060.",
})

SCENARIOS.append({
    "id": "s6-mohs-hand-17315-overcount-precoded",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs SCC of the hand: stage 1 six blocks, stage 2 three blocks; EMA sent 17315 x3 -> x1.",
    "date": "2026-03-05",
    "patient": ("Cassidy", "Rosalind", "1956-07-21", "female"),
    "provider": "nakamura", "payer": "commercial",
    "conditions": [C("c1", "Squamous cell carcinoma, right dorsal hand", "C44.622", "Right dorsal hand",
                     reason=True)],
    "procedures": [
        P("Mohs stage 1", cpt="17311", site="R dorsal hand", reasons=["c1"]),
        P("Mohs addl stage", cpt="17312", site="R dorsal hand", reasons=["c1"]),
        P("Mohs addl blocks x3", cpt="17315", site="R dorsal hand", note="qty 3", reasons=["c1"]),
        P("Intermediate repair", cpt="12042", site="R dorsal hand", note="3.1 cm layered", reasons=["c1"]),
    ],
    "note": """MOHS SURGERY - Ren Nakamura, MD (surgeon and pathologist)
Dx: invasive SCC, well differentiated, R dorsal hand (bx 2/9/26). Pre-op 1.1 x 0.9 cm.
Stage 1: 6 blocks. Tumor at block 4 (deep).
Stage 2: 3 blocks. Clear.
Total stages 2. Defect 1.6 x 1.3 cm, subcutis; extensor tendon paratenon intact, not exposed.
Repair: layered linear closure, 4-0 Monocryl buried, 5-0 nylon simple interrupted. Length 3.1 cm.
Dressing. Elevate hand. Sutures out 12-14 d. RTC 3 mo.
""",
    "expected": E([L("17311", 1), L("17312", 1), L("17315", 1), L("12042", 1)], topics=["coding-correction"]),
    "coder_note": "MOHS-2: 17315 = each block beyond 5 in any stage; stage 1 had 6 blocks (1 extra), stage 2 had "
                  "3 (none) -> 17315 x1, not x3. Hand layered repair 3.1 cm -> 12042 (MOHS-7).",
})

SCENARIOS.append({
    "id": "s6-mohs-shin-transplant-17313-complex-repair",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs of a shin SCC in a transplant patient: 17313 + 17314; complex repair 4.0 cm leg -> 13121.",
    "date": "2026-03-19",
    "patient": ("Abernethy-Cole", "Dorian", "1960-02-29", "male"),
    "provider": "castellanos", "payer": "commercial-uhc",
    "conditions": [C("c1", "Squamous cell carcinoma, invasive, left pretibial shin", "C44.729", "Left pretibial shin",
                     reason=True)],
    "procedures": [
        P("Mohs surgery, first stage", site="Left pretibial shin",
          note="3 tissue blocks, tumor at deep margin block 2.", reasons=["c1"]),
        P("Mohs surgery, second stage", site="Left pretibial shin",
          note="2 tissue blocks, clear.", reasons=["c1"]),
        P("Complex repair", site="Left pretibial shin",
          note="Devitalized, crushed wound edges debrided; extensive undermining; layered closure with retention "
               "sutures. Length 4.0 cm.", reasons=["c1"]),
    ],
    "note": """Ines Castellanos, MD - Mohs Surgery
- Pt: 66M, kidney transplant 2015 on tacrolimus + mycophenolate; multiple prior SCCs (arms 2022, 2024).
- Dx: invasive SCC, moderately differentiated, L pretibial shin, bx 02/26/2026; pre-op 1.3 cm.
- Indication: immunosuppressed, pretibial (area M) - meets Mohs criteria.
- Surgeon = pathologist (frozen H&E read by me).
- Stage 1: 3 blocks -> + deep margin, block 2
- Stage 2: 2 blocks -> clear
- Defect: 2.0 x 1.6 cm to fascia.
- Repair: complex linear repair. Atrophic, thin skin with crushed devitalized edges -> edges debrided
  sharply; extensive undermining at fascial plane both sides; buried 3-0 PDS, 4-0 nylon with two horizontal
  mattress retention sutures. Final length 4.0 cm.
- Leg elevation, compression wrap. Sutures out 14-21 d.
- Transplant team notified; continue q3 month skin checks.
""",
    "expected": E([L("17313", 1), L("17314", 1), L("13121", 1)]),
    "coder_note": "MOHS-2: leg = 17313, second stage 17314; no stage over 5 blocks. REP-3: debridement of wound "
                  "edges + retention sutures = complex; legs, 4.0 cm -> 13121 (MOHS-7, no PTP edit).",
})

SCENARIOS.append({
    "id": "s6-mohs-temple-same-day-bx-frozen-section",
    "family": "mohs", "shape": "note-only",
    "description": "Never-biopsied temple lesion: same-day shave biopsy + frozen section confirms BCC, then Mohs: "
                   "11102-59, 88331-59, 17311.",
    "date": "2026-01-21",
    "patient": ("Donnelly", "Agnes", "1940-05-05", "female"),
    "provider": "weiss", "payer": "medicare-ngs",
    "conditions": [C("c1", "Basal cell carcinoma, left temple", "C44.319", "Left temple")],
    "note": """Samuel Weiss, MD - Mohs clinic

85F referred by her PCP for a "bump" L temple, 6 months, bleeds intermittently. Lives 2 hours away, daughter
drove; no prior biopsy of this lesion. Hx: BCC R nasal ala Mohs 2018 (healed, no recurrence).

Exam: L temple 0.7 cm pearly papule w/ central erosion and arborizing telangiectasia on dermoscopy.

Given travel distance, plan discussed: diagnostic tangential biopsy today with frozen section; if BCC confirmed,
proceed with Mohs same day. Pt agrees. Written consent.

1. Tangential (shave) biopsy L temple, 1% lido w/ epi. Frozen section read by me: nodular BCC.
   -> diagnosis made today, decision to proceed with Mohs based on this result.
2. Mohs micrographic surgery, L temple (I am surgeon and pathologist).
   Stage 1: 3 blocks - clear.
   Final defect 1.1 x 0.9 cm, subcutaneous fat.
3. Repair: none today. Given location and pt preference (no more needles, tired), allowed to heal by second
   intention. Wound care taught to daughter.

F/U 2 wks wound check, then FSE 6 months.
""",
    "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311", 1)]),
    "coder_note": "MOHS-5 / BX-5 / Coding decisions: diagnostic biopsy + frozen section of a never-biopsied lesion on "
                  "the Mohs day, result decides Mohs -> biopsy and 88331 both with 59 (same lesion, not XS). "
                  "Temple is area H -> 17311, one stage, 3 blocks. No repair.",
})

# ---------------------------------------------------------------------------------------------------------------
# REPAIR
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-rep-two-nevi-trunk-arm-summed",
    "family": "repair", "shape": "free-text",
    "description": "Two benign re-excisions (back, arm) each 1.2/1.1 cm -> 11402 x2; layered repairs 3.4 + 3.0 "
                   "summed in one group -> 12032.",
    "date": "2026-02-19",
    "patient": ("Sundqvist", "Hedda", "1990-10-03", "female"),
    "provider": "okafor", "payer": "commercial",
    "conditions": [
        C("c1", "Dysplastic nevus with moderate atypia, left upper back", "D22.5", "Left upper back", reason=True),
        C("c2", "Dysplastic nevus with moderate atypia, left upper arm", "D22.62", "Left upper arm", reason=True),
    ],
    "procedures": [
        P("Re-excision of atypical nevus", site="Left upper back",
          note="Biopsy scar/residual pigment 0.6 cm, 0.3 cm margins, excised diameter 1.2 cm.", reasons=["c1"]),
        P("Layered closure", site="Left upper back", note="Buried 4-0 Monocryl + 5-0 nylon. Length 3.4 cm.",
          reasons=["c1"]),
        P("Re-excision of atypical nevus", site="Left upper arm",
          note="Biopsy scar 0.5 cm, 0.3 cm margins, excised diameter 1.1 cm.", reasons=["c2"]),
        P("Layered closure", site="Left upper arm", note="Buried 4-0 Monocryl + 5-0 nylon. Length 3.0 cm.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Left upper back, re-excision: residual dysplastic compound nevus, moderate atypia, completely "
                 "excised. B. Left upper arm, re-excision: dermal scar, no residual nevus.", "date": "2026-02-24"},
    ],
    "note": """Adaeze Okafor, MD - Procedure Note

Ms. Sundqvist is a 35-year-old woman whose shave biopsies of 5 January 2026 showed two dysplastic nevi with moderate
atypia extending to the peripheral margins: one on the left upper back and one on the left upper arm. Per our usual
practice for moderately atypical nevi with positive margins, and after a discussion of observation versus
re-excision, she chose conservative re-excision of both. Her mother had a melanoma at 52.

Both sites were marked, with 0.3 cm margins around the visible scar and residual pigment. Left upper back: scar and
pigment 0.6 cm, excised diameter 1.2 cm. Left upper arm: scar 0.5 cm, excised diameter 1.1 cm. After written consent
and a time-out, each site received 1% lidocaine with epinephrine, was excised as an ellipse into the superficial
fat, and was closed in layers (buried 4-0 Monocryl, 5-0 nylon simple interrupted) because of tension: back 3.4 cm,
arm 3.0 cm. No complications. Specimens labelled A (back) and B (arm).

Plan: sutures out in 14 days (back) and 10-12 days (arm). Annual full-skin examination plus self-examination
teaching with the mole map we gave her today.
""",
    "expected": E([L("11402", 2), L("12032", 1)]),
    "coder_note": "EX-1/EX-3: benign (dysplastic nevus, scar) re-excisions, trunk/arm 1.2 and 1.1 cm -> 11402 x2 "
                  "(summed per conventions). REP-1/REP-2: intermediate repairs of trunk and arm are one group, "
                  "3.4 + 3.0 = 6.4 cm -> 12032 x1.",
})

SCENARIOS.append({
    "id": "s6-rep-forehead-sent-trunk-group-precoded",
    "family": "repair", "shape": "pre-coded",
    "description": "Forehead layered repair 3.2 cm pre-coded as trunk/extremity 12032; face group is 12052.",
    "date": "2026-03-10",
    "patient": ("Fitzgerald-Nye", "Corinne", "1973-05-05", "female"),
    "provider": "marchetti", "payer": "commercial-aetna",
    "conditions": [C("c1", "Dysplastic compound nevus, left forehead", "D22.39", "Left forehead", reason=True)],
    "procedures": [
        P("Excision benign lesion face", cpt="11442", site="L forehead",
          note="0.7 cm lesion, 0.2 cm margins, 1.1 cm excised", reasons=["c1"]),
        P("Intermediate repair", cpt="12032", site="L forehead", note="layered, 3.2 cm", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left forehead, excision: compound dysplastic nevus with moderate atypia, margins clear.",
              "date": "2026-03-14"}],
    "note": """Luca Marchetti, MD
Established patient. Procedure visit.

Indication: changing pigmented macule, left forehead, enlarging over 6 months with new darker focus on
dermoscopy. Excisional removal recommended for diagnosis; patient agreed.

Procedure: Excision with intermediate repair.
Lesion measured 0.7 cm. Margins 0.2 cm. Excised diameter 1.1 cm.
Consent obtained. Time-out. 1% lidocaine with epinephrine 3 mL.
Elliptical excision oriented horizontally in a forehead crease, depth to subcutaneous fat.
Closure in two layers: 5-0 Monocryl buried dermal sutures, 6-0 nylon running epidermal. Length 3.2 cm.
No complications. Tolerated well.

Instructions: keep dry 24 hours. Suture removal day 6-7.
""",
    "expected": E([L("11442", 1), L("12052", 1)], topics=["coding-correction"]),
    "coder_note": "REP-2: forehead belongs to the face intermediate group 12051-12057 (12031-12037 is scalp/trunk/"
                  "extremities); 3.2 cm -> 12052. EX-1: 0.7 + 0.4 = 1.1 cm face benign -> 11442 (path benign).",
})

SCENARIOS.append({
    "id": "s6-rep-temple-and-back-two-groups-xs",
    "family": "repair", "shape": "note-only",
    "description": "Two malignant excisions with layered repairs in different groups (face 3.0 cm, back 4.5 cm) -> "
                   "11642, 11602, 12032, 12052-XS.",
    "date": "2026-04-07",
    "patient": ("Whitcombe", "Desmond", "1949-01-22", "male"),
    "provider": "santos", "payer": "medicare-advantage",
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right temple", "D04.39", "Right temple"),
        C("c2", "Basal cell carcinoma, right upper back", "C44.519", "Right upper back"),
    ],
    "path": [
        {"text": "A. Right temple, excision: squamous cell carcinoma in situ, margins clear. "
                 "B. Right upper back, excision: basal cell carcinoma, nodular, margins clear.",
         "date": "2026-04-11"},
    ],
    "note": """S: 77 y/o M here for planned excisions of 2 biopsy-proven skin cancers (bx 3/10/26):
 A) SCC in situ R temple   B) nodular BCC R upper back.
 Declined Mohs for the temple (travel). Not on blood thinners.

O: A) R temple 0.8 cm scaly pink plaque at bx site.  B) R upper back 1.0 cm pearly papule at bx site.

A: as above, path-proven.

P: Excisions today, consent signed, time-out x2.
 A) R temple: margin 0.3 cm -> excised diameter 1.4 cm. To fat. Layered closure 5-0 Monocryl / 6-0 Prolene,
    length 3.0 cm.
 B) R upper back: margin 0.4 cm -> excised diameter 1.8 cm. Layered closure 3-0 Monocryl / 4-0 nylon,
    length 4.5 cm.
 Both specimens oriented, to path. EBL minimal. Tolerated well.
 Sutures out: temple 7 d, back 14 d. RTC 2 wks.
Rafael Santos, MD
""",
    "expected": E([L("11642", 1), L("11602", 1), L("12032", 1), L("12052", 1, "XS")]),
    "coder_note": "EX-1/EX-3: SCCIS temple 0.8 + 0.6 = 1.4 cm face malignant -> 11642; BCC back 1.0 + 0.8 = 1.8 cm -> "
                  "11602. REP-1: repairs are not summed across groups: face 3.0 -> 12052, trunk 4.5 -> 12032. "
                  "12032/12052 is PTP indicator 1 and the wounds are separate sites -> XS on 12052 (column 2).",
})

# ---------------------------------------------------------------------------------------------------------------
# INTRALESIONAL
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-il-keloids-chest-earlobe-kenalog40",
    "family": "intralesional", "shape": "free-text",
    "description": "Four keloids injected with Kenalog-40 (0.5 mL x3 + 0.25 mL) = 70 mg -> 11900 + J3301 x7.",
    "date": "2026-02-26",
    "patient": ("Mbeki-Harlow", "Nomvula", "1993-04-17", "female"),
    "provider": "adeyemi", "payer": "commercial",
    "conditions": [C("c1", "Keloids, presternal chest and right earlobe, painful and pruritic", "L91.0",
                     "Presternal chest; right earlobe", reason=True)],
    "procedures": [
        P("Intralesional steroid injection", site="Presternal chest",
          note="Kenalog 40 mg/mL, 0.5 mL into each of 3 keloids.", reasons=["c1"]),
        P("Intralesional steroid injection", site="Right earlobe",
          note="Kenalog 40 mg/mL, 0.25 mL into 1 keloid.", reasons=["c1"]),
    ],
    "html": True,
    "note": """<div><b>PROCEDURE NOTE</b> &mdash; Folake Adeyemi, MD<br>
<b>Patient:</b> Nomvula Mbeki-Harlow, 32F &nbsp; <b>Visit:</b> est, keloid injection #3 of series<br><br>
<b>Interval hx:</b> Chest keloids (post-acne) flatter after last injection 6 wks ago, still itchy and tender under
bra band. Earlobe keloid (after piercing 2019) sore. No skin atrophy noted by pt. Silicone gel daily.<br><br>
<b>Exam:</b><ul>
<li>Presternal chest: 3 firm pink keloids, 1.5&ndash;2.5 cm, tender</li>
<li>R earlobe: 1.2 cm firm keloid, posterior</li>
<li>No atrophy or hypopigmentation at prior injection sites</li></ul>
<b>Procedure:</b> Consent on file, verbal today. Alcohol prep. Triamcinolone acetonide (Kenalog) 40 mg/mL:
<ul><li>0.5 mL into each of the 3 chest keloids</li><li>0.25 mL into the R earlobe keloid</li></ul>
30G needle, intralesional, until blanching. Tolerated well. No bleeding.<br><br>
<b>Plan:</b> Continue silicone gel sheets. Repeat in 6 weeks. Discussed cryo-assisted injections or surgical
excision of the earlobe keloid with post-op injections if plateaus &mdash; not today.</div>""",
    "expected": E([L("11900", 1), L("J3301", 7)]),
    "coder_note": "4.8 row: 11900 = up to 7 lesions, one unit (4 keloids). J3301 per 10 mg triamcinolone acetonide: "
                  "3 x 0.5 mL + 0.25 mL = 1.75 mL x 40 mg/mL = 70 mg -> 7 units.",
})

SCENARIOS.append({
    "id": "s6-il-alopecia-areata-nine-patches",
    "family": "intralesional", "shape": "note-only",
    "description": "Alopecia areata: nine patches injected with 3.2 mL of triamcinolone 10 mg/mL -> 11901 + J3301 x4.",
    "date": "2026-03-12",
    "patient": ("Tanaka-Reyes", "Mireya", "1985-12-09", "female"),
    "provider": "castellanos", "payer": "commercial-cigna",
    "conditions": [C("c1", "Alopecia areata, multifocal scalp", "L63.8", "Scalp")],
    "note": """Ines Castellanos, MD - Dermatology follow-up

- 40F, alopecia areata x 8 months, multifocal. ILK started 6 wks ago (5 patches then), some regrowth in the
  original patches, but new patches since.
- Denies eyebrow/lash loss. Thyroid labs (Jan) normal.
- Exam: 9 discrete patches of non-scarring alopecia on scalp (occipital 4, L parietal 3, R parietal 2),
  exclamation-point hairs at margins of 3. Early vellus regrowth in 2 of the older patches.
- Assessment: alopecia areata, multifocal, active.
- Procedure: ILK to all 9 patches.
  - Triamcinolone acetonide 10 mg/mL, total volume 3.2 mL, ~0.1 mL per injection site, 1 cm apart,
    30G needle, intradermal.
  - Verbal consent; risks of atrophy/hypopigmentation discussed again.
- Continue clobetasol solution nightly to patches (refills on file, no change).
- Discussed JAK inhibitor option if > 50% scalp involvement - not a candidate now.
- RTC 6 wks for repeat injections.
""",
    "expected": E([L("11901", 1), L("J3301", 4)]),
    "coder_note": "4.8 row / conventions: more than 7 lesions -> 11901 (one unit, not 11900). J3301 = ceil(mg/10): "
                  "3.2 mL x 10 mg/mL = 32 mg -> 4 units. No E/M selected; clobetasol is continued unchanged.",
})

# ---------------------------------------------------------------------------------------------------------------
# INCISION AND DRAINAGE
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-id-buttock-loculated-packed",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Loculated buttock abscess with loculations broken and packing -> complicated I&D 10061.",
    "date": "2026-01-30",
    "patient": ("Prewitt", "Lamar", "1979-07-07", "male"),
    "provider": "lindgren", "payer": "commercial-uhc",
    "conditions": [C("c1", "Cutaneous abscess, right buttock", "L02.31", "Right buttock", reason=True)],
    "procedures": [
        P("Incision and drainage of abscess", site="Right buttock",
          note="4 cm fluctuant abscess. 1.5 cm incision, copious pus, multiple loculations broken up with hemostat, "
               "irrigated with saline, packed with 1/4-inch iodoform gauze. Culture sent.", reasons=["c1"]),
    ],
    "note": """Lindgren / Derm same-day
46M, R buttock boil x5d, enlarging, painful to sit. No fever. Not diabetic.
Ex: 4 cm fluctuant tender nodule R buttock, 6 cm surrounding erythema. Afebrile.
Proc: I&D as documented, complex (loculated, packed). Culture sent.
Plan: remove packing 48h (home, shown how). Warm soaks. Recheck 1 wk or sooner if worse.
""",
    "expected": E([L("10061", 1)]),
    "coder_note": "4.8 row: complicated I&D (loculations broken up, packing) = 10061.",
})

SCENARIOS.append({
    "id": "s6-id-two-abscesses-sent-10060x2",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Two separate simple abscesses drained; EMA sends 10060 twice -> one unit of 10061 (multiple).",
    "date": "2026-02-23",
    "patient": ("Cardenas", "Luz", "1994-10-21", "female"),
    "provider": "lindqvist", "payer": "medicaid-mco",
    "conditions": [
        C("c1", "Cutaneous abscess, left thigh", "L02.416", "Left medial thigh", reason=True),
        C("c2", "Cutaneous abscess, right groin", "L02.214", "Right groin", reason=True),
    ],
    "procedures": [
        P("I&D abscess", cpt="10060", site="L medial thigh", note="2 cm, single incision, drained", reasons=["c1"]),
        P("I&D abscess", cpt="10060", site="R groin", note="1.5 cm, single incision, drained", reasons=["c2"]),
    ],
    "note": """31F. 2 boils x4d: L medial thigh, R groin. Painful. No fever.
Ex: L med thigh 2 cm fluctuant. R groin 1.5 cm fluctuant. No cellulitis beyond 1 cm. No LAD.
Proc: I&D x2, separate sites. Lido. #11 blade, drained pus each, expressed, no packing needed. Gauze.
Plan: warm compresses. Hibiclens wash. Return if recur - hx of 1 prior boil last yr. No abx.
""",
    "expected": E([L("10061", 1)], topics=["coding-correction"]),
    "coder_note": "4.8 row / code families: 10060 is a simple or single abscess; two abscesses drained in one session "
                  "= 10061 (multiple), one unit (10060 MUE 1; 10061/10060 PTP).",
})

# ---------------------------------------------------------------------------------------------------------------
# NAILS
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-nail-avulsion-right-great-and-second-toe",
    "family": "nails", "shape": "free-text",
    "description": "Avulsion of the right great and second toenails -> 11730-T5 + 11732-T6.",
    "date": "2026-03-16",
    "patient": ("Brightwater", "Cole", "1999-03-03", "male"),
    "provider": "weiss", "payer": "commercial",
    "conditions": [
        C("c1", "Traumatic onycholysis with subungual hematoma, right great toe", "L60.8", "Right great toe",
          reason=True),
        C("c2", "Traumatic onycholysis, right second toe", "L60.8", "Right second toe", reason=True),
    ],
    "procedures": [
        P("Nail avulsion", site="Right great toe",
          note="Digital block. Nail plate lifted off the bed with elevator and removed completely. Bed intact.",
          reasons=["c1"]),
        P("Nail avulsion", site="Right second toe",
          note="Same block session; partially detached plate removed completely.", reasons=["c2"]),
    ],
    "note": """S. Weiss MD
27M soccer player. Right great toe and right second toenails lifting and painful after a game 10 days ago
(stepped on, cleats). Throbbing pain in shoes. No fever, no drainage.
Exam: R hallux nail plate 60% detached, old subungual blood, loose. R 2nd toenail loose distally, tender.
Other toes normal. Cap refill normal.
Plan/Proc: Avulsion of both plates after digital block (2% plain lido, 3 mL per toe). Complete removal of each
nail plate. Beds intact, no laceration needing repair. Xeroform + gauze. Soaks BID starting tomorrow.
Nails regrow 9-12 mo. RTC 2 wk.
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")]),
    "coder_note": "4.8 row / conventions: first nail avulsion 11730, each additional 11732; digit modifiers on nail "
                  "codes: right great toe T5, right second toe T6.",
})

SCENARIOS.append({
    "id": "s6-nail-phenol-matrixectomy-left-hallux",
    "family": "nails", "shape": "note-only",
    "description": "Dictated: partial nail avulsion with phenol matrixectomy of the left great toe -> 11750-TA.",
    "date": "2026-02-02",
    "patient": ("Dunleavy", "Keira", "2004-11-11", "female"),
    "provider": "ramirez", "payer": "medicaid-mco",
    "conditions": [C("c1", "Ingrowing nail, left great toe, lateral border, recurrent", "L60.0", "Left great toe")],
    "note": """Dictated by Sofia Ramirez MD.

Keira is a 21-year-old woman with her third episode of an ingrown toenail on the lateral border of the left big toe
since last spring. Urgent care removed a wedge of nail in September and it grew right back in. It is red and painful
and she cannot wear her work shoes. No diabetes.

Exam. Left great toe lateral nail fold is erythematous and swollen with a small amount of granulation tissue and the
lateral edge of the nail plate embedded in the fold. No streaking. Right foot normal.

Assessment. Recurrent ingrown nail left great toe lateral border.

Procedure. We discussed permanent removal of the lateral edge. Written consent. Digital block with 3 mL of 2 percent
lidocaine plain and a tourniquet. The lateral 3 millimeters of the nail plate was freed and removed from the
proximal fold to the free edge. The lateral matrix horn was then treated with 88 percent phenol for three
30-second applications and flushed with alcohol. Tourniquet off, good capillary refill. Bacitracin and a bulky
dressing.

Plan. Soaks twice a day. Expect drainage for two to three weeks. We will not need antibiotics. Recheck in two weeks.
""",
    "expected": E([L("11750", 1, "TA")]),
    "coder_note": "4.8 row: partial nail and matrix removal for permanent removal (phenol matrixectomy) = 11750; "
                  "left great toe = TA. No separate 11730 (11750/11730 bundled; only one procedure done).",
})

SCENARIOS.append({
    "id": "s6-nail-debridement-seven-mycotic",
    "family": "nails", "shape": "free-text",
    "description": "Debridement of seven mycotic toenails -> 11721 (6 or more nails), no digit modifiers.",
    "date": "2026-03-30",
    "patient": ("Trelawny", "Oswin", "1963-08-19", "male"),
    "provider": "okonkwo", "payer": "commercial-aetna",
    "conditions": [C("c1", "Onychomycosis of toenails, painful", "B35.1", "Toenails, bilateral", reason=True)],
    "procedures": [
        P("Nail debridement", site="Toenails - R 1st-4th, L 1st-3rd",
          note="Thickened dystrophic mycotic nails debrided in thickness and length with nippers and rotary burr, "
               "7 nails total.", reasons=["c1"]),
    ],
    "note": """DERMATOLOGY VISIT  |  Chidi Okonkwo, MD
[x] Established patient   [ ] New patient
CC: thick painful toenails

HPI: 62M, onychomycosis confirmed by PAS clipping 2025. Nails thick, painful in work boots. Terbinafine stopped
after LFT elevation 2025. Declines topical efinaconazole (cost).

EXAM - FEET
[x] Nails: R hallux, R 2nd, R 3rd, R 4th, L hallux, L 2nd, L 3rd thickened, yellow, subungual debris
[ ] Ulceration   [ ] Cellulitis   [x] Pedal pulses palpable

PROCEDURE: Debridement of 7 toenails (listed above) with nail nippers and burr. Tolerated well, no bleeding.

PLAN: [x] Return 10-12 wks for repeat debridement  [ ] Rx today  [x] Foot hygiene handout
""",
    "expected": E([L("11721", 1)]),
    "coder_note": "4.8 row: nail debridement 6 or more nails = 11721 (one unit). Conventions put digit modifiers only "
                  "on 11730/11732/11750. Commercial payer, so no Medicare routine-foot-care modifiers.",
})

# ---------------------------------------------------------------------------------------------------------------
# PARING
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-paring-three-corns-calluses",
    "family": "paring", "shape": "free-text",
    "description": "Paring of three painful corns/calluses -> 11056.",
    "date": "2026-01-15",
    "patient": ("Galloway", "Neville", "1966-06-30", "male"),
    "provider": "pike", "payer": "commercial-cigna",
    "conditions": [C("c1", "Corns and callosities, feet", "L84", "Feet", reason=True)],
    "procedures": [
        P("Paring of callus", site="Right plantar 1st MTP head", note="Thick callus pared with #15 blade.",
          reasons=["c1"]),
        P("Paring of corn", site="Left 5th toe, lateral", note="Hard corn pared, central core removed.",
          reasons=["c1"]),
        P("Paring of callus", site="Left plantar heel", note="Fissured callus pared down.", reasons=["c1"]),
    ],
    "note": """J. Pike PA-C - 59M, mail carrier, walks 10 mi/day. Painful feet.
3 spots: R ball of foot callus, L little toe corn, L heel callus w/ cracks that sting.
Pared all 3 with 15 blade - no bleeding, relief right away. No warts seen (skin lines intact through lesions).
Urea 40% cream, wider toe box, pumice. F/u 3 mo prn.
""",
    "expected": E([L("11056", 1)]),
    "coder_note": "4.8 row: paring of 2-4 benign hyperkeratotic lesions = 11056 (one unit). Commercial payer.",
})

SCENARIOS.append({
    "id": "s6-paring-six-lesions-sent-11056",
    "family": "paring", "shape": "pre-coded",
    "description": "Six calluses/corns pared; EMA sends 11056 -> 11057 (more than four).",
    "date": "2026-02-25",
    "patient": ("Hargreave", "Mildred", "1962-02-18", "female"),
    "provider": "voss", "payer": "commercial",
    "conditions": [C("c1", "Corns and callosities, both feet", "L84", "Both feet", reason=True)],
    "procedures": [
        P("Paring hyperkeratotic lesions", cpt="11056", site="Bilateral feet",
          note="Pared: R 2nd MTP callus, R 5th toe corn, R medial hallux callus, L 2nd MTP callus, "
               "L 4th interdigital soft corn, L heel callus.", reasons=["c1"]),
    ],
    "note": """Clinic note - Henrietta Voss, MD

Mrs. Hargreave, 64, works long shifts standing as a pharmacist and returns with painful hard skin on both feet. Her
bunions have been worse this winter and she has difficulty finding shoes. She tells me the pain is worst over the
balls of both feet.

On examination I counted six separate hyperkeratotic lesions: on the right foot a callus under the second metatarsal
head, a hard corn on the fifth toe and a callus on the medial side of the great toe; on the left foot a callus under
the second metatarsal head, a soft corn in the fourth web space and a fissured heel callus. There were no warts
(skin lines run through each lesion) and no ulceration.

With her agreement I pared all six lesions with a number 15 blade. She was much more comfortable afterwards. We
discussed padding, a podiatry referral for orthotics and a 40% urea cream. She will return in three months or
sooner if needed.
""",
    "expected": E([L("11057", 1)], topics=["coding-correction"]),
    "coder_note": "4.8 row: paring of more than 4 lesions = 11057; six lesions documented. 11057/11056 indicator 0.",
})

# ---------------------------------------------------------------------------------------------------------------
# PHOTOTHERAPY
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-photo-nbuvb-psoriasis-session",
    "family": "phototherapy", "shape": "free-text",
    "description": "Narrowband UVB session for psoriasis (no psoralen, no tar) -> 96900.",
    "date": "2026-02-06",
    "patient": ("Rasmussen", "Bjorn", "1955-10-30", "male"),
    "provider": "halvorsen", "payer": "medicare",
    "conditions": [C("c1", "Psoriasis vulgaris, 18% BSA", "L40.0", "Trunk and extremities", reason=True)],
    "procedures": [
        P("NB-UVB phototherapy", site="Whole body",
          note="Session 14. 311 nm narrowband UVB, 850 mJ/cm2 (+10%). No psoralen. No tar. Goggles and genital "
               "shielding. Mild pinkness after session 13 resolved; no burn.", reasons=["c1"]),
    ],
    "note": """Halvorsen, K. - Phototherapy unit note (nurse-administered under my supervision)
 1) Psoriasis vulgaris, BSA 18% at start (Dec), now ~11%. Topicals alone failed.
 2) Treatment: NB-UVB #14 today, 850 mJ/cm2.
 3) Skin check: no burn, no blistering. Continue 3x/week.
 4) Next physician review at treatment #24.
""",
    "expected": E([L("96900", 1)]),
    "coder_note": "4.8 row / PHOTO-1: UV light alone (actinotherapy, NB-UVB) = 96900 per session; not 96910 (no tar) "
                  "and not 96912 (no psoralen). Covered conventional psoriasis treatment.",
})

SCENARIOS.append({
    "id": "s6-photo-excimer-summed-area-precoded",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to elbows, knees and sacrum (290 sq cm total); EMA sends 96920 -> 96921.",
    "date": "2026-03-06",
    "patient": ("Lindquist-Moore", "Ada", "1982-05-15", "female"),
    "provider": "adeyemi", "payer": "commercial",
    "conditions": [C("c1", "Localized plaque psoriasis, elbows, knees, sacrum", "L40.0", "Elbows; knees; sacrum",
                     reason=True)],
    "procedures": [
        P("Excimer laser treatment", cpt="96920", site="Elbows, knees, sacrum",
          note="308 nm excimer, treatment #6. Treated areas: elbows 120 sq cm total, knees 110 sq cm total, "
               "sacrum 60 sq cm.", reasons=["c1"]),
    ],
    "html": True,
    "note": """<p><b>EXCIMER LASER TREATMENT RECORD</b><br>Provider: Folake Adeyemi, MD<br>
Diagnosis: localized plaque psoriasis, ~5% BSA; clobetasol + calcipotriene x 5 months with inadequate response.</p>
<table border="1">
<tr><th>Site</th><th>Area treated (sq cm)</th><th>Dose (mJ/cm2)</th></tr>
<tr><td>Right elbow</td><td>65</td><td>500</td></tr>
<tr><td>Left elbow</td><td>55</td><td>500</td></tr>
<tr><td>Right knee</td><td>60</td><td>600</td></tr>
<tr><td>Left knee</td><td>50</td><td>600</td></tr>
<tr><td>Sacrum</td><td>60</td><td>450</td></tr>
<tr><td><b>Total</b></td><td><b>290</b></td><td></td></tr>
</table>
<p>Treatment #6 of planned 12. Mild erythema at elbows from #5, no blisters. Plaques thinner. Continue twice weekly.</p>""",
    "expected": E([L("96921", 1)], topics=["coding-correction"]),
    "coder_note": "4.8 row / code families: excimer coded by total area per session: 250-500 sq cm = 96921 "
                  "(120 + 110 + 60 = 290). One code per session.",
})

# ---------------------------------------------------------------------------------------------------------------
# PATCH TEST
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-patch-80-allergens-new-patient-em25",
    "family": "patch-test", "shape": "note-only",
    "description": "New patient with hand dermatitis and seborrheic dermatitis (Rx), 80-allergen patch series "
                   "applied -> 99204-25 + 95044 x80.",
    "date": "2026-01-12",
    "patient": ("Whitfield", "Marisol", "1977-09-01", "female"),
    "provider": "castellanos", "payer": "commercial",
    "em": "99204",
    "conditions": [
        C("c1", "Chronic hand dermatitis, suspected allergic contact", "L30.9", "Both hands", reason=True),
        C("c2", "Seborrheic dermatitis, scalp and face", "L21.9", "Scalp; nasolabial folds", reason=True),
    ],
    "note": """Ines Castellanos, MD - New patient consultation

- Referred by PCP for hand rash x 14 months. 48F hairdresser (dyes, perms, nitrile and latex gloves).
- Worse on workdays, better on vacation. Tried OTC hydrocortisone, PCP gave triamcinolone 0.1% cream - partial help.
- Also: flaky itchy scalp and redness beside nose x years, dandruff shampoos not helping.
- PMH: seasonal allergies. No hx atopic dermatitis as a child. Meds: cetirizine. NKDA.
- Exam:
  - Hands: lichenified, fissured, scaly plaques dorsal hands and fingertips, worse R; palms spared.
  - Scalp: greasy yellow scale, erythema frontal hairline. Nasolabial folds + eyebrows: pink patches with
    fine greasy scale.
  - Remaining skin clear.
- Assessment / plan:
  1) Chronic hand dermatitis - allergic contact vs irritant vs both; occupational exposures
     (PPD, glyceryl thioglycolate, rubber accelerators).
     - Start clobetasol 0.05% ointment BID x 2 wks to hands (not to the back), then weekends only.
     - Glove liners under nitrile; avoid latex.
     - Patch testing: applied today to upper back, 80 allergens (expanded North American series, 80 chambers).
       No topical steroid on the back; no antihistamine stop needed.
     - Readings at 48 h (Wed) and 96 h (Fri).
  2) Seborrheic dermatitis, scalp and face - new Rx ketoconazole 2% shampoo 2-3x/week and ketoconazole 2%
     cream BID to face. Expected course discussed.
- Total time today 50 minutes excluding the patch application itself.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)]),
    "coder_note": "95044 units = number of allergens (80, MUE 90). 95044/99203 is PTP indicator 1 and a separate E/M "
                  "is documented (hand dermatitis work-up with new Rx plus a second problem, seborrheic dermatitis "
                  "with new Rx) -> provider's 99204 kept with 25 (GS-3, 4.8 row).",
})

SCENARIOS.append({
    "id": "s6-patch-ninety-six-allergens-mue-precoded",
    "family": "patch-test", "shape": "pre-coded",
    "description": "96 allergens applied, EMA sends 95044 x96; MUE 90 -> capped at 90.",
    "date": "2026-02-16",
    "patient": ("Rydberg", "Simone", "1969-03-25", "female"),
    "provider": "okonkwo", "payer": "commercial-uhc",
    "conditions": [C("c1", "Allergic contact dermatitis, eyelids and face, cause undetermined", "L23.9",
                     "Eyelids; face", reason=True)],
    "procedures": [
        P("Patch test application x96", cpt="95044", site="Upper back",
          note="Expanded series 80 + cosmetic/fragrance supplement 16 = 96 allergens.", reasons=["c1"]),
    ],
    "note": """PATCH TEST APPLICATION  |  Chidi Okonkwo, MD
[x] Established patient (seen 1/26 for eyelid dermatitis; plan for patch test made at that visit)
Today: application only. No E/M today.

Series applied:
[x] Expanded standard series - 80 allergens
[x] Cosmetic / fragrance supplement - 16 allergens
Total chambers: 96. Location: upper back, panels A-H. Marked with surgical marker.

Instructions given: keep back dry, no strenuous exercise, avoid sun on back. Reading appointments 48 h and
96 h (and 7-day read for metals/corticosteroids if needed).
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 units = allergens applied (96); the practitioner MUE is 90 (MAI 3). Coding decisions: "
                  "units over the MUE are capped with an mue finding.",
})

# ---------------------------------------------------------------------------------------------------------------
# COSMETIC
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-cos-sk-face-medicare-gy",
    "family": "cosmetic", "shape": "free-text",
    "description": "Medicare FFS: six asymptomatic facial SKs frozen for appearance, no ABN -> 17110-GY.",
    "date": "2026-01-20",
    "patient": ("Bellweather", "Eunice", "1949-07-07", "female"),
    "provider": "lindqvist", "payer": "medicare",
    "conditions": [C("c1", "Seborrheic keratoses, face, asymptomatic", "L82.1", "Cheeks; forehead", reason=True)],
    "procedures": [
        P("LN2 cryotherapy SKs", site="Face - cheeks and forehead",
          note="6 flat tan SKs. Asymptomatic - no itch, bleeding, irritation or change. Pt wants them gone for "
               "appearance. LN2 1 cycle each.", reasons=["c1"]),
    ],
    "note": """76F. Wants "age spots" off face before cruise. None itch/bleed/catch. No change per pt, stable for years.
Ex: 6 flat waxy tan SKs - R cheek 3, L cheek 1, forehead 2. Derm: classic SK. No atypical features.
Dx: SKs, benign, asymptomatic.
Discussed: cosmetic, Medicare won't cover. Pt wants anyway. No ABN signed.
LN2 x6, 1 cycle. Tol well.
""",
    "expected": E([L("17110", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4, BSL-2: asymptomatic SK (L82.1) removal is cosmetic, statutorily excluded on Medicare "
                  "FFS -> GY; no voluntary ABN, so no GX. Six lesions = 17110 x1.",
})

SCENARIOS.append({
    "id": "s6-cos-tags-commercial-removed-plus-biopsy",
    "family": "cosmetic", "shape": "note-only",
    "description": "Commercial: cosmetic tag removal self-paid (line removed); shave biopsy of a changing nevus -> 11102.",
    "date": "2026-02-27",
    "patient": ("Navarro", "Celeste", "1986-02-12", "female"),
    "provider": "okonkwo", "payer": "commercial",
    "conditions": [
        C("c1", "Changing pigmented lesion, right upper back", "D48.5", "Right upper back"),
        C("c2", "Acrochordons, axillae, asymptomatic", "L91.8", "Bilateral axillae"),
    ],
    "path": [{"text": "Skin, right upper back, shave biopsy: melanocytic lesion with severe atypia; recommend "
                      "re-excision. Whether this represents a severely dysplastic nevus or early melanoma in situ "
                      "cannot be determined on this specimen.", "date": "2026-03-04"}],
    "note": """DERMATOLOGY VISIT  |  Chidi Okonkwo, MD
[x] Established patient
CC: (1) mole on back looks different (2) wants skin tags off

HPI: 40F. Husband noticed a mole on R upper back got bigger and darker over ~4 months. Also 6 small skin tags in
armpits - no pain, itch, bleeding or irritation; "just don't like how they look in a tank top".

EXAM
[x] R upper back: 6 mm irregular brown macule, 3 colors, notched border; dermoscopy - atypical network
[x] Axillae: 6 tiny pedunculated skin-colored papules, no inflammation

A/P
1. Atypical pigmented lesion R upper back - [x] tangential (deep shave/saucerization) biopsy today. Consent signed.
   1% lido w/ epi, flexible blade, AlCl. Path pending.
2. Acrochordons x6, asymptomatic - removed today at pt request by snip. COSMETIC - not billed to insurance,
   pt paid self-pay fee at checkout (signed cosmetic financial waiver).

F/U: path call; RTC 3 mo.
""",
    "expected": E([L("11102", 1)], topics=["cosmetic"]),
    "coder_note": "Non-Medicare cosmetic (conventions): the asymptomatic tag removal is not put on the claim "
                  "(cosmetic finding). The biopsy of the changing nevus is diagnostic -> 11102.",
})

SCENARIOS.append({
    "id": "s6-cos-glycolic-peel-medicare-abn-precoded",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Medicare FFS: superficial facial peel for photoaging with a voluntary ABN -> 15788-GX-GY.",
    "date": "2026-03-24",
    "patient": ("Stroud", "Vivian", "1951-11-19", "female"),
    "provider": "marchetti", "payer": "medicare",
    "conditions": [
        C("c1", "Photoaging of facial skin", "L57.8", "Face", reason=True),
        C("c2", "Encounter for cosmetic procedure", "Z41.1", reason=True),
    ],
    "procedures": [
        P("Chemical peel, face, superficial", cpt="15788", site="Full face",
          note="Glycolic acid 35%, 3 min, neutralized. Epidermal depth.", reasons=["c1", "c2"]),
    ],
    "note": """Luca Marchetti, MD
Cosmetic consultation and procedure.

Patient request: "freshen up" her complexion, fine lines and uneven tone.
Exam: fine rhytides periorbital and perioral, mottled lentiginous pigmentation of cheeks. No actinic keratoses,
no lesions of concern on face.
Assessment: photoaging - cosmetic concern only.

Discussed that this is a cosmetic service not covered by Medicare. Voluntary ABN reviewed and signed; patient
elected to proceed and pay.

Procedure: superficial chemical peel, full face. Degreased with acetone. Glycolic acid 35% applied, 3 minutes,
neutralized with sodium bicarbonate solution. Even light erythema, no frosting. Bland emollient and SPF 50.
Post-peel care sheet given. Series of 3 discussed, next in 4 weeks.
""",
    "expected": E([L("15788", 1, "GX", "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4, BPM16: a peel for photoaging with no AKs is cosmetic (statutorily excluded) -> GY on "
                  "Medicare FFS, plus GX for the voluntary ABN. Glycolic epidermal facial peel = 15788.",
})

# ---------------------------------------------------------------------------------------------------------------
# E/M
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-em-screening-fse-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare new patient, screening-only skin check, no history, no complaint, nothing found -> "
                   "99203-GY.",
    "date": "2026-01-26",
    "patient": ("Kettering", "Roland", "1958-08-08", "male"),
    "provider": "baptiste", "payer": "medicare",
    "em": "99203",
    "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True)],
    "note": """NEW PATIENT VISIT
PATIENT: Roland Kettering   DOB: 08/08/1958
PROVIDER: Marc Baptiste, MD

CHIEF COMPLAINT: "Just want a skin check."

HISTORY OF PRESENT ILLNESS: 67 y.o. male presenting for a routine skin cancer screening. He just turned to Medicare
and his wife scheduled it. He has no specific spots of concern, no changing, bleeding, itching or new lesions. No
personal history of skin cancer or precancers. No family history of melanoma. Occasional sunburn as a young man.
No tanning bed use. ***

PAST MEDICAL HISTORY: Hyperlipidemia.
MEDICATIONS: @MEDS@ atorvastatin 20 mg
ALLERGIES: NKDA
SOCIAL: Retired accountant. Non-smoker.
REVIEW OF SYSTEMS: Negative for fever, weight loss. Skin: negative except as in HPI.

PHYSICAL EXAM:
GENERAL: Pleasant, NAD. Fitzpatrick II.
SKIN: Full skin examination of scalp, face, neck, chest, abdomen, back, buttocks, upper and lower extremities,
hands, feet, nails and oral mucosa performed. No concerning pigmented or non-pigmented lesions. No actinic damage
requiring treatment. Nails and mucosa normal.

ASSESSMENT AND PLAN:
1. Skin cancer screening - normal examination. Sun protection reviewed: SPF 30+, hat, avoid midday sun.
   Self-skin-exam technique taught.

FOLLOW UP: Routine, as desired.
""",
    "expected": E([L("99203", 1, "GY")]),
    "coder_note": "DX-5 / Coding decisions: Medicare has no skin-cancer screening benefit; a screening-only full-skin "
                  "exam with no history, no complaint and nothing found is billed with GY on the E/M.",
})

SCENARIOS.append({
    "id": "s6-em-psoriasis-mtx-plus-biopsy-precoded",
    "family": "em", "shape": "pre-coded",
    "description": "Psoriasis flare on methotrexate (labs, dose change) plus a biopsy of an unrelated arm lesion: "
                   "99214 sent without 25 -> 99214-25 + 11102.",
    "date": "2026-02-10",
    "patient": ("Ottoway", "Brenda", "1972-02-02", "female"),
    "provider": "chen", "payer": "commercial-cigna",
    "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, flaring", "L40.0", "Trunk, extremities", reason=True),
        C("c2", "Long term (current) use of methotrexate", "Z79.631", reason=True),
        C("c3", "Neoplasm of skin of unspecified behavior, left upper arm", "D49.2", "Left upper arm", reason=True),
    ],
    "procedures": [
        P("Tangential bx", cpt="11102", site="L upper arm", note="scaly pink papule 7 mm, shave bx, AlCl",
          reasons=["c3"]),
    ],
    "note": """RIVERSIDE DERMATOLOGY - PROGRESS NOTE (EMA)
Visit type: Est pt - psoriasis f/u
Chief complaint: "psoriasis flaring" + "spot on arm"

HPI: 53 yo F w/ plaque psoriasis on methotrexate 15 mg weekly + folic acid since 2024. Flare x 6 wks after
strep throat; new plaques on trunk and legs, itchy. Separately: a scaly pink spot on L upper arm x 4 months,
not healing with her clobetasol, sometimes bleeds.

Labs reviewed today (drawn 2/3): CBC normal, ALT 28, AST 25, Cr 0.8. No alcohol.

EXAM:
- BSA ~12%: well-demarcated erythematous plaques with silvery scale trunk, bilateral legs, elbows.
- L upper arm: 7 mm pink scaly papule, distinct from psoriatic plaques, slightly raised border.

A/P:
1. Plaque psoriasis, flaring (guttate component post-strep).
   - Increase methotrexate to 20 mg weekly. Continue folic acid 1 mg daily.
   - Repeat CBC/CMP in 4 weeks. Discussed switch to biologic if not improved by next visit; TB QuantiFERON ordered.
   - Refill clobetasol 0.05% ointment.
2. Lesion L upper arm - ddx SCCIS vs ISK vs psoriasis (atypical). Shave biopsy today.
   Consent, time-out, lido 1% w/ epi, flexible blade, AlCl, bandage.

F/U: 6 wks.
""",
    "expected": E([L("99214", 1, "25"), L("11102", 1)], topics=["modifier"]),
    "coder_note": "GS-3 / conventions: significant, separately identifiable E/M (psoriasis flare, methotrexate "
                  "dose change with lab review and monitoring) beyond the biopsy decision -> 25 on the E/M "
                  "(11102/99214 PTP indicator 1). Provider level kept.",
})

SCENARIOS.append({
    "id": "s6-em-single-wart-decision-only-removed",
    "family": "em", "shape": "free-text",
    "description": "Established patient, one periungual wart evaluated and frozen, 99212 selected -> E/M removed, "
                   "17110 only.",
    "date": "2026-03-09",
    "patient": ("Fenwick", "Tobias", "1996-12-24", "male"),
    "provider": "pike", "payer": "commercial",
    "em": "99212",
    "conditions": [C("c1", "Verruca vulgaris, right ring finger", "B07.8", "Right ring finger, periungual",
                     reason=True)],
    "procedures": [
        P("Cryotherapy of wart", site="Right ring finger, periungual",
          note="1 wart, 6 mm, LN2 2 cycles.", reasons=["c1"]),
    ],
    "note": """J. Pike PA-C. Tobias, 29, est pt (seen last yr for acne, done with that).
Here for 1 wart on R ring finger next to the nail, 3 months, sore when typing, bleeds when he picks it.
Exam: 6 mm verrucous papule R 4th finger lateral nail fold. No other warts. Nothing else today.
Plan: LN2 x2 cycles. Expect blister. If not gone in 4 wks, refreeze. No other issues discussed.
""",
    "expected": E([L("17110", 1)]),
    "coder_note": "GS-3 / Coding decisions: the only work was evaluating the lesion and deciding to treat it, which is "
                  "included in the 010 destruction; the E/M line is removed. One wart -> 17110.",
})

# ---------------------------------------------------------------------------------------------------------------
# POST-OP / GLOBAL PERIOD
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-postop-unrelated-em-24",
    "family": "post-op", "shape": "note-only",
    "description": "One week after a back BCC excision (010 global) the patient is seen for a new shin dermatitis "
                   "with Rx -> 99213-24.",
    "date": "2026-03-09",
    "patient": ("Ingersoll", "Walter", "1943-04-14", "male"),
    "provider": "okafor", "payer": "medicare",
    "em": "99213",
    "conditions": [
        C("c1", "Asteatotic eczema, bilateral shins", "L30.8", "Bilateral shins", reason=True),
        C("c2", "Basal cell carcinoma, left upper back, excised 2026-03-02", "C44.519", "Left upper back"),
    ],
    "prior": [
        PRIOR("2026-03-02", "11602", "Excision BCC L upper back", "Left upper back",
              "1.1 cm BCC, 0.4 cm margins; layered closure 4.0 cm billed separately"),
    ],
    "note": """Adaeze Okafor, MD - Office Visit

Mr. Ingersoll is an 82-year-old man who had excision of a basal cell carcinoma of the left upper back one week ago.
He is not here about that today: his back is comfortable, the dressing is intact and he already has a
suture-removal appointment with our nurse on 16 March, so the wound was not examined today.

He comes in instead for a new problem: an intensely itchy rash on both lower legs for three weeks, worse at night
and since the cold weather started. He showers twice a day with hot water and uses a deodorant soap. No new
medicines. He has tried nothing.

Examination of the lower legs shows dry, fissured, cracked-porcelain scaling with faint erythema over both shins.
No vesicles, no weeping, no pitting edema, no varicosities. The feet and the web spaces are clear.

Assessment: Asteatotic eczema (eczema craquele) of both shins, new problem.

Plan:
- Triamcinolone 0.1% ointment twice daily for 2 weeks to the affected areas (new prescription sent), then stop.
- Thick bland emollient (petrolatum) twice daily after lukewarm short showers; switch to a fragrance-free
  cleanser.
- Return if not improved in 3 weeks.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"]),
    "coder_note": "GS-5: an E/M for an unrelated problem inside the 10-day global of the 3/2 excision takes 24. The "
                  "wound was not examined (no post-op service to report).",
})

SCENARIOS.append({
    "id": "s6-postop-suture-removal-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal and wound check 9 days after a cyst excision (010 global); 99212 selected -> 99024.",
    "date": "2026-03-12",
    "patient": ("Prentiss", "Holly", "1981-07-29", "female"),
    "provider": "halvorsen", "payer": "commercial-uhc",
    "em": "99212",
    "conditions": [C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
                   C("c2", "Epidermoid cyst, right upper back, excised", "L72.0", "Right upper back")],
    "prior": [
        PRIOR("2026-03-03", "11403", "Excision cyst R upper back", "Right upper back",
              "2.0 cm cyst + 0.2 cm margins; simple closure"),
    ],
    "note": """Halvorsen, K. - Post-op visit

Reason for visit: suture removal, R upper back (cyst excision 3/3/2026)

Subjective:
 - 44F. No pain, no drainage, no fever. Path: epidermoid cyst, benign - reviewed with her.

Objective:
 - Incision 3.5 cm, well approximated, no erythema, no dehiscence, no discharge.

Assessment:
 1) Routine post-op check, healing well.

Plan:
 1) 8 simple sutures removed. Steri-strips applied.
 2) Silicone gel to scar after 2 wks, sun protection on scar.
 3) No further follow-up needed for this; annual skin check as scheduled.
""",
    "expected": E([L("99024", 1)], topics=["global-period"]),
    "coder_note": "Conventions / GS-5: a post-op visit inside the 10-day global of the 3/3 excision with only wound "
                  "check and suture removal is 99024, not an E/M.",
})

SCENARIOS.append({
    "id": "s6-postop-new-lesion-biopsy-79-precoded",
    "family": "post-op", "shape": "pre-coded",
    "description": "Six days after a shin SCC excision (010 global) a new cheek lesion is biopsied -> 11102-79.",
    "date": "2026-02-24",
    "patient": ("Quarrington", "Nell", "1945-09-16", "female"),
    "provider": "marchetti", "payer": "medicare",
    "conditions": [
        C("c1", "Neoplasm of skin of unspecified behavior, left cheek", "D49.2", "Left cheek", reason=True),
        C("c2", "Squamous cell carcinoma, right shin, excised 2026-02-18", "C44.722", "Right shin"),
    ],
    "procedures": [
        P("Tangential biopsy", cpt="11102", site="L cheek", note="5 mm pink scaly papule, shave bx",
          reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2026-02-18", "11602", "Excision SCC R shin", "Right shin",
              "1.2 cm SCC, 0.4 cm margins, simple closure"),
    ],
    "note": """Luca Marchetti, MD
Established patient.

80-year-old woman, 6 days after excision of SCC of the right shin (2/18). She called because she noticed a new
tender scaly spot on the left cheek over the weekend and asked to be seen before her suture removal.
Shin: not reviewed today beyond a glance at the dressing, which is clean and dry; sutures stay in until her
appointment on 3/2.

Exam: left cheek, 5 mm pink scaly papule with a small central crust. Not present at her full skin exam in
January (photos reviewed).

Assessment: new lesion left cheek - ddx SCC vs irritated AK. Unrelated to the shin surgery.
Procedure: tangential (shave) biopsy, left cheek. Consent. 1% lidocaine with epinephrine. Flexible blade.
Aluminum chloride. Petrolatum, bandage.
Plan: path pending. Keep 3/2 appointment for suture removal.
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: a procedure for a new, unrelated lesion inside the 10-day global of the 2/18 excision takes "
                  "79. The shin was not treated today.",
})

# ---------------------------------------------------------------------------------------------------------------
# MIXED
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s6-mixed-fse-melanoma-hx-bx-ak-rosacea",
    "family": "mixed", "shape": "note-only",
    "description": "FSE for melanoma history with rosacea Rx, shave biopsy of the back and four AKs frozen -> "
                   "99214-25, 11102, 17000-XS, 17003 x3.",
    "date": "2026-01-29",
    "patient": ("Vandermeer", "Louis", "1950-01-31", "male"),
    "provider": "baptiste", "payer": "medicare",
    "em": "99214",
    "conditions": [
        C("c1", "Personal history of malignant melanoma of skin", "Z85.820", reason=True),
        C("c2", "Rosacea, papulopustular", "L71.9", "Central face", reason=True),
        C("c3", "Atypical pigmented lesion, right upper back", "D48.5", "Right upper back", reason=True),
        C("c4", "Actinic keratoses, face and right ear", "L57.0", "Forehead; right ear; nose", reason=True),
    ],
    "path": [{"text": "Skin, right upper back, shave biopsy: atypical melanocytic proliferation; the histologic "
                      "findings do not permit a definite distinction between a severely dysplastic nevus and "
                      "evolving melanoma in situ. Re-excision recommended.", "date": "2026-02-03"}],
    "note": """ESTABLISHED PATIENT VISIT
PATIENT: Louis Vandermeer   DOB: 01/31/1950
PROVIDER: Marc Baptiste, MD

CHIEF COMPLAINT: 6-month skin check (hx melanoma); face redness.

HISTORY OF PRESENT ILLNESS: 76 y.o. male with history of melanoma, L mid back, 0.6 mm, WLE 2019, no recurrence.
Here for surveillance FSE. Also reports 3 months of facial redness with bumps on cheeks and nose, burning with
hot drinks, no response to OTC hydrocortisone. No new or changing moles he is aware of. ***

MEDICATIONS: @MEDS@ lisinopril, tamsulosin
ALLERGIES: Sulfa

PHYSICAL EXAM:
SKIN: Full skin examination performed.
- L mid back WLE scar: well healed, no pigment, no nodules. No axillary or inguinal LAD.
- R upper back: 6 mm irregular brown macule with eccentric dark area, new since last visit (photo comparison).
- Central face: erythema with scattered inflammatory papules and pustules on cheeks and nose, telangiectasia.
- Forehead x2, R helix x1, nasal dorsum x1: gritty erythematous keratotic papules (AK).
- Scattered SKs and cherry angiomas trunk - benign.

ASSESSMENT AND PLAN:
1. History of melanoma - surveillance FSE today; no recurrence. Continue q6 months.
2. Papulopustular rosacea - new dx. Start metronidazole 0.75% gel BID and doxycycline 40 mg MR daily (Rx sent).
   Trigger avoidance reviewed. Stop hydrocortisone on face.
3. Atypical pigmented lesion R upper back - tangential biopsy (saucerization) today. Consent signed, time-out,
   1% lido w/ epi, flexible blade, AlCl, bandage.
4. AKs x4 (forehead 2, R helix 1, nasal dorsum 1) - LN2 cryotherapy, 2 cycles each. Verbal consent.
5. SKs/cherry angiomas - benign, reassurance, no treatment.

FOLLOW UP: 6 months, sooner pending path.
""",
    "expected": E([L("99214", 1, "25"), L("11102", 1), L("17000", 1, "XS"), L("17003", 3)]),
    "coder_note": "GS-3: melanoma surveillance FSE plus a new rosacea diagnosis with two prescriptions is separate "
                  "from the procedures -> 99214-25. BX-2: one biopsy 11102. DS-1: four AKs = 17000 + 17003 x3. "
                  "11102/17000 is PTP indicator 1 (biopsy column 1) and the AKs are distinct lesions -> XS on 17000; "
                  "no PTP edit 11102/17003, so 17003 carries no XS.",
})

SCENARIOS.append({
    "id": "s6-mixed-punch-thigh-plantar-warts-xs",
    "family": "mixed", "shape": "free-text",
    "description": "Punch biopsy of a thigh plaque and cryotherapy of three plantar warts -> 11104 + 17110-XS.",
    "date": "2026-02-18",
    "patient": ("Oyelaran", "Tunde", "1990-06-06", "male"),
    "provider": "halvorsen", "payer": "commercial-aetna",
    "conditions": [
        C("c1", "Granuloma annulare, left anterior thigh", "L92.0", "Left anterior thigh", reason=True),
        C("c2", "Plantar warts, right forefoot, painful", "B07.0", "Right plantar forefoot", reason=True),
    ],
    "procedures": [
        P("Punch biopsy 4 mm", site="Left anterior thigh",
          note="Annular plaque, edge sampled with 4 mm punch, one 4-0 nylon.", reasons=["c1"]),
        P("Cryotherapy plantar warts", site="Right plantar forefoot",
          note="3 plantar warts, painful on walking; LN2 2 freeze-thaw cycles each.", reasons=["c2"]),
    ],
    "path": [{"text": "Skin, left thigh, punch: palisading granulomatous dermatitis with mucin, consistent with "
                      "granuloma annulare. PAS negative for fungi.", "date": "2026-02-23"}],
    "note": """Halvorsen, K. - Dermatology

Reason for visit: ring-shaped rash L thigh; painful warts R foot

Subjective:
 - 35M. Annular rash L thigh x 3 months, slowly expanding, not itchy. Used clotrimazole 4 wks - no change.
 - 3 plantar warts R forefoot x 1 yr, painful when running. OTC salicylic acid pads - no help.

Objective:
 - L anterior thigh: 4 cm annular plaque with raised beaded skin-colored border, no scale.
 - R plantar forefoot: 3 hyperkeratotic papules with thrombosed capillaries, interrupt skin lines.

Assessment:
 1) Annular plaque L thigh - GA vs tinea incognito vs other; biopsy.
 2) Plantar warts x3, painful.

Procedures:
 1) Punch biopsy 4 mm, L anterior thigh, from the active border. Lido 1% w/ epi; one 4-0 nylon suture.
 2) LN2 cryotherapy to the 3 plantar warts, 2 cycles each.

Plan:
 1) Path pending; suture out 10-14 d.
 2) Resume salicylic acid after blisters settle; recheck warts 4 wks.
""",
    "expected": E([L("11104", 1), L("17110", 1, "XS")]),
    "coder_note": "BX-1: punch 11104. DS-2: three warts = 17110 x1. 11104/17110 is PTP indicator 1 with the biopsy "
                  "as column 1; different lesions and sites -> XS on 17110 (column 2).",
})

SCENARIOS.append({
    "id": "s6-mixed-aks-and-warts-precoded-xs",
    "family": "mixed", "shape": "pre-coded",
    "description": "Six AKs and four hand warts frozen; EMA sends 17000, 17003 x5, 17110 without modifiers -> XS on "
                   "17000 and 17003.",
    "date": "2026-03-13",
    "patient": ("Ravensworth", "Edith", "1944-02-22", "female"),
    "provider": "chen", "payer": "medicare",
    "conditions": [
        C("c1", "Actinic keratoses, scalp and left cheek", "L57.0", "Scalp; left cheek", reason=True),
        C("c2", "Verruca vulgaris, left hand, painful and spreading", "B07.8", "Left hand", reason=True),
    ],
    "procedures": [
        P("LN2 AK first lesion", cpt="17000", site="Scalp", reasons=["c1"]),
        P("LN2 AK addl lesions x5", cpt="17003", site="Scalp, L cheek", note="units 5", reasons=["c1"]),
        P("LN2 benign lesions (warts)", cpt="17110", site="L hand", note="4 warts", reasons=["c2"]),
    ],
    "note": """RIVERSIDE DERMATOLOGY - PROGRESS NOTE (EMA)
Visit type: Est pt - AKs + warts
Chief complaint: "scaly spots on head" and "warts on my hand"

HPI: 82 yo F, hx AKs (last LN2 9/2025). New rough spots scalp and L cheek. Warts L hand x 6 months, started
as 1, now 4; 2 bleed when she gardens and they hurt when she grips her cane.

EXAM:
- Scalp: 4 erythematous gritty keratotic papules (AK)
- L cheek: 2 AKs
- L hand: 4 verrucous papules (dorsal index 2, dorsal middle 1, palmar thumb 1), 2 with hemorrhagic crust

A/P:
1. AKs x6 (scalp 4, L cheek 2) - LN2 2 cycles each.
2. Verruca vulgaris L hand x4, painful, bleeding, spreading - LN2 2 cycles each.
   Consent verbal. Tolerated well. Blister care reviewed.

F/U: 6 wks recheck warts; 6 months FSE.
""",
    "expected": E([L("17110", 1), L("17000", 1, "XS"), L("17003", 5, "XS")]),
    "coder_note": "DS-1/DS-2: 6 AKs = 17000 + 17003 x5; 4 warts = 17110. DS-3: 17110/17000 and 17110/17003 are PTP "
                  "indicator 1 (17110 column 1); the AKs and warts are different lesions and sites -> XS on 17000 "
                  "and 17003. Warts painful, bleeding, spreading: covered.",
})
