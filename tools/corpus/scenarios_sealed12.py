"""Sealed set 12 (prefix s12-): an independent auditor's random month (March 2026) of claims from three
mid-size dermatology groups (Epic, ModMed EMA, Oracle Health). Written from the rule book (sections 2-7, 10),
docs/coding_conventions.md and tests/corpus/README.md only; checked with tools.corpus.sealed check."""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

# ---------------------------------------------------------------------------------------------------------
# PRE-CODED (ModMed EMA exports): 15
# ---------------------------------------------------------------------------------------------------------
PRE = [
    {
        "id": "s12-bx-ema-11100-three-shaves",
        "family": "biopsy", "shape": "pre-coded",
        "description": "EMA template still charges deleted 11100 + 11101 x2 for three shave biopsies",
        "date": "2026-03-03", "patient": ("Whitcombe", "Loretta", "1958-06-14", "female"),
        "provider": "chen", "payer": "medicare",
        "conditions": [
            C("c1", "Neoplasm of skin, left upper back", "D49.2", "left upper back", reason=True),
            C("c2", "Neoplasm of skin, right dorsal forearm", "D49.2", "right dorsal forearm", reason=True),
            C("c3", "Neoplasm of skin, left temple", "D49.2", "left temple", reason=True),
        ],
        "procedures": [
            P("Bx skin single lesion", cpt="11100", site="L upper back",
              note="Shave bx. 0.6cm pink pearly papule. ChloraPrep, 1% lido w/ epi 0.5cc, DermaBlade tangential "
                   "to mid-dermis, AlCl3. Spec A.", reasons=["c1"]),
            P("Bx skin addl lesion", cpt="11101", site="R dorsal forearm",
              note="Shave bx. 7mm hyperkeratotic papule on erythematous base, r/o SCC vs HAK. Same technique. "
                   "Spec B.", reasons=["c2"]),
            P("Bx skin addl lesion", cpt="11101", site="L temple",
              note="Shave bx 5 mm scaly pink macule, r/o SCCIS. Spec C. Vaseline + bandaid.", reasons=["c3"]),
        ],
        "path": [
            {"text": "A. Skin, left upper back, shave biopsy: basal cell carcinoma, nodular type, extending to "
                     "the deep margin.", "site": "left upper back", "date": "2026-03-06"},
            {"text": "B. Skin, right dorsal forearm, shave biopsy: squamous cell carcinoma, well differentiated, "
                     "invasive; base involved.", "site": "right dorsal forearm", "date": "2026-03-06"},
            {"text": "C. Skin, left temple, shave biopsy: actinic keratosis, hypertrophic type.",
             "site": "left temple", "date": "2026-03-06"},
        ],
        "note": """ModMed EMA - Visit Note
Patient: Loretta Whitcombe   DOB 06/14/1958   Visit 03/03/2026
Provider: Wei Chen, MD    Location: Riverside Derm - Harbor Rd

CC: "spots on my back and arm" - pt here for 3 lesions, referred by PCP.

HPI: 67 y/o F w/ hx of heavy sun exposure (grew up in Arizona, lifeguard x6 summers). Notes a pink bump on L upper
back x 4 mos that bleeds w/ towel drying. Also a rough growing spot on R forearm and a scaly pink area L temple that
"won't heal". No prior skin cancer. Had "freezing" of spots on her face by PCP in 2022.

ROS: Constitutional: neg for fever, wt loss. Skin: as per HPI. All other systems reviewed and negative.

PMH: HTN, hypothyroid. Meds: lisinopril 10, levothyroxine 75 mcg. Allergies: NKDA. No anticoagulants.

Exam: Focused skin exam: scalp, face, neck, upper ext, back.
- L upper back: 0.6 cm pink pearly papule w/ arborizing vessels on dermoscopy
- R dorsal forearm: 7mm hyperkeratotic papule, erythematous base
- L temple: 5 mm scaly pink macule
- scattered lentigines, few SKs on back (not treated)

A/P:
1. Neoplasm of skin, L upper back - r/o BCC. Shave bx performed (spec A).
2. Neoplasm of skin, R dorsal forearm - r/o SCC vs HAK. Shave bx (spec B).
3. Neoplasm of skin, L temple - r/o SCCIS vs AK. Shave bx (spec C).
Procedure: Risks (bleeding, infection, scar, need for further tx) explained, verbal + written consent signed. Timeout
performed. Each site prepped w/ ChloraPrep, anesthetized 1% lidocaine w/ epi, tangential shave bx w/ DermaBlade,
hemostasis AlCl3. Wound care handout given. Specimens to DermPath Partners (outside lab).
F/u: will call w/ path, likely need tx of A and B.

Charge capture (auto): 11100 x1, 11101 x2
Electronically signed by Wei Chen, MD 03/03/2026 16:42""",
        "expected": E([L("11102", 1), L("11103", 2)], topics=["invalid-code"]),
        "coder_note": "Three tangential biopsies: 11100/11101 deleted 2018 (BX-1) -> 11102 + 11103 x2 (BX-2). "
                      "Outside lab reads the path, nothing else billed.",
    },
    {
        "id": "s12-ds-ema-seventeen-aks-17003x16",
        "family": "destruction", "shape": "pre-coded",
        "description": "17 AKs frozen; EMA sent 17000 + 17003 x16 instead of 17004",
        "date": "2026-03-04", "patient": ("Brannigan", "Harold", "1950-11-02", "male"),
        "provider": "voss", "payer": "medicare-ngs",
        "conditions": [C("c1", "Actinic keratoses", "L57.0", "scalp, forehead, right dorsal hand", reason=True)],
        "procedures": [
            P("Destruction premalignant lesion, first", cpt="17000", site="Scalp",
              note="LN2 cryo, 2 FTC ~10 sec each", reasons=["c1"]),
            P("Destruction premalignant, addl lesions", cpt="17003", site="Scalp / forehead / R dorsal hand",
              note="Qty 16. Remaining lesions treated w/ LN2 same technique.", reasons=["c1"]),
        ],
        "note": """CHIEF COMPLAINT: AK follow up / rough spots scalp
HPI: Harold is a 75 yo M, fair skin, balding, hx of multiple AKs (LN2 2/2025, ~10 lesions, and 5-FU to scalp 2023 w/
good response). Returns w/ new rough spots on scalp + forehead + R hand. Some tender under his hat. No bleeding or
nonhealing lesions. No personal hx of skin cancer.
Medications: atorvastatin, tamsulosin, ASA 81
Allergies: PCN (rash)

PHYSICAL EXAM
General: well appearing, NAD
Skin exam of scalp, face, ears, neck, bilat dorsal hands/forearms:
 - Scalp (vertex and crown): 9 gritty erythematous keratotic papules
 - Forehead: 5 similar thin scaly papules
 - R dorsal hand: 3 hyperkeratotic pink papules, no induration
 - L hand clear. No nodules, no ulceration.

ASSESSMENT & PLAN
Actinic keratoses - 17 total (scalp 9, forehead 5, R dorsal hand 3)
 - Discussed options: cryotherapy, 5-FU, PDT. Pt prefers cryo today.
 - Cryotherapy w/ liquid nitrogen, 2 freeze-thaw cycles, to all 17 lesions. Consent obtained, risks incl blister,
   hypopigmentation, recurrence.
 - Sun protection reviewed, SPF 30+, wide brim hat.
 - Consider 5-FU to scalp field in the fall if new lesions.
RTC 6 months.

Procedures (coded): 17000 x1, 17003 x16
Signed: Henrietta Voss, MD""",
        "expected": E([L("17004", 1)], topics=["coding-correction"]),
        "coder_note": "17 premalignant lesions -> 17004 x1 instead of 17000 + 17003 (DS-1; 17004/17000 and "
                      "17004/17003 indicator 0).",
    },
    {
        "id": "s12-shave-ema-nasal-sk-wrong-group",
        "family": "shave", "shape": "pre-coded",
        "description": "4 mm bleeding SK on nasal sidewall sent as trunk shave 11301",
        "date": "2026-03-05", "patient": ("Okonjo", "Beatrice", "1954-02-27", "female"),
        "provider": "halvorsen", "payer": "medicare",
        "conditions": [C("c1", "Inflamed seborrheic keratosis, left nasal sidewall", "L82.0",
                         "left nasal sidewall", reason=True)],
        "procedures": [
            P("Shave removal", cpt="11301", site="L nasal sidewall",
              note="Lesion 0.4 x 0.3 cm. Shave removal, entire lesion removed flush w/ skin, AlCl3. Sent for path.",
              reasons=["c1"]),
        ],
        "path": [{"text": "Skin, left nasal sidewall, shave: irritated (inflamed) seborrheic keratosis with squamous "
                          "eddies. No atypia.", "site": "left nasal sidewall", "date": "2026-03-09"}],
        "note": """Follow-Up Visit  03/05/2026
Beatrice Okonjo, 72F

Subjective: Pt returns for a "crusty bump" on the L side of her nose, where her eyeglass pad sits. Present ~1 yr,
over the last 2 months it got red, sore, and has bled onto her glasses pad x3 (last bleed Sunday). Tried moving the
pads, no help. Denies other concerns today.

PMH: osteoporosis, GERD. Meds: alendronate, omeprazole. NKA.

Exam: L nasal sidewall just below the glasses pad: 4mm stuck-on tan-brown papule w/ overlying hemorrhagic crust,
surrounding erythema. Dermoscopy: milia-like cysts, comedo-like openings, no vessels of concern.

Impression: Inflamed/irritated SK, L nasal sidewall, symptomatic (bleeding, pain, inflamed, repeated trauma from the
eyeglass pad).

Plan: Shave removal today. Consent signed. Lido 1% w/ epi. Flexible blade, lesion removed in entirety flush with
surrounding skin. Hemostasis w/ aluminum chloride. Specimen to lab. Petrolatum daily until healed. Pt will call if
bleeding.

Dx: L82.0
CPT (EMA): 11301
Halvorsen, Kirsten MD""",
        "expected": E([L("11310", 1)], topics=["coding-correction"]),
        "coder_note": "Shave removal, nose = FEENLM, lesion 0.4 cm -> 11310 (SH-1), not the trunk/arms/legs "
                      "0.6-1.0 code. Symptomatic SK (bleeding, pain, trauma) meets BSL-3.",
    },
    {
        "id": "s12-tags-ema-22-tags-units",
        "family": "skin-tags", "shape": "pre-coded",
        "description": "22 irritated tags sent as 11200 twice + 11201",
        "date": "2026-03-05", "patient": ("Delacroix", "Simone", "1973-09-08", "female"),
        "provider": "ramirez", "payer": "commercial-uhc",
        "conditions": [C("c1", "Acrochordons, irritated and bleeding", "L91.8", "neck and axillae", reason=True)],
        "procedures": [
            P("Removal skin tags", cpt="11200", site="Neck",
              note="13 tags removed w/ curved iris scissors, AlCl3", reasons=["c1"]),
            P("Removal skin tags", cpt="11200", site="Axillae bilat",
              note="9 tags (R 5, L 4) snip excision", reasons=["c1"]),
            P("Removal skin tags addl", cpt="11201", site="Axillae bilat", reasons=["c1"]),
        ],
        "note": """SUBJECTIVE
51 yo F presents re: skin tags on neck and under arms. Her necklace and bra straps rub and catch them; several have
become red and sore, and two on the neck bled onto her collar last week. One in the R axilla "turned black" and
hurts. Wants them removed. Had a few snipped by her GYN years ago.

OBJECTIVE
Neck: 13 soft pedunculated flesh-colored papules 1-4 mm; 3 with erythema at the base and 2 with hemorrhagic crust
Axillae: R 5, L 4 acrochordons, one R axillary tag dusky/thrombosed and tender
No other lesions of concern in areas examined.

ASSESSMENT
Acrochordons, irritated/inflamed and bleeding from friction (necklace, bra straps), 22 total

PLAN
Removal of all 22 skin tags by snip excision with sterile curved scissors after minimal local lido. Hemostasis AlCl3.
Not sent to path. Aftercare reviewed.
Follow up prn.

Billing: 11200 (neck), 11200 (axillae), 11201
Sofia Ramirez, MD""",
        "expected": E([L("11200", 1), L("11201", 1)], topics=["coding-correction"]),
        "coder_note": "22 tags in one session: 11200 covers the first 15 (one unit per session), 11201 per "
                      "additional 10 or part -> ceil(7/10) = 1. Bleeding/inflamed tags meet BSL-3.",
    },
    {
        "id": "s12-exb-ema-nevus-ellipse-length",
        "family": "excision-benign", "shape": "pre-coded",
        "description": "Dysplastic nevus excision sized from the ellipse (11403) plus simple repair 12002",
        "date": "2026-03-06", "patient": ("Varga", "Tobias", "1987-04-19", "male"),
        "provider": "pike", "payer": "commercial",
        "conditions": [C("c1", "Dysplastic nevus, left mid back", "D22.5", "left mid back", reason=True)],
        "procedures": [
            P("Excision benign lesion trunk", cpt="11403", site="L mid back",
              note="Lesion 1.2 x 0.9 cm. Margins 2mm. Ellipse 4.8 x 1.6 cm (size entered = ellipse length). "
                   "Excised to subcutaneous fat.", reasons=["c1"]),
            P("Repair simple trunk", cpt="12002", site="L mid back",
              note="Closed 4-0 nylon simple interrupted, single layer. Length 4.8 cm.", reasons=["c1"]),
        ],
        "path": [{"text": "Skin, left mid back, excision: compound dysplastic nevus with moderate architectural "
                          "disorder and cytologic atypia; margins free, closest 1.8 mm.",
                  "site": "left mid back", "date": "2026-03-10"}],
        "note": """Excision Procedure Note
Pt: Tobias Varga (38 M)     DOS 03/06/2026
Pre-op dx: Changing pigmented lesion L mid back (pt and wife noted darkening, irregular border since fall;
dermoscopy 2/11 atypical network, regression structures).
Post-op dx: same, path pending.

Procedure: Excision, L mid back
Consent: risks/benefits/alternatives reviewed incl scar, infection, bleeding, recurrence, dehiscence. Written consent
signed. Time out.
Lesion measured prior to excision: 1.2 x 0.9 cm. Marked with 2 mm margin. Prepped w/ betadine, draped sterile.
Anesthesia 1% lido w/ epi 6 cc.
Fusiform excision oriented along RSTL, ellipse 4.8 x 1.6 cm, to level of subq fat. Specimen tagged 12 o'clock suture,
to path.
Hemostasis electrocautery. Wound closed in a single layer with 4-0 nylon simple interrupted sutures. No undermining.
No deep sutures.
EBL minimal. Pt tolerated well.
Wound care: keep dry 24h, then daily vaseline. Suture removal 12-14 d.

EMA charges: 11403, 12002
Dr. Jordan Pike""",
        "expected": E([L("11402", 1)], topics=["coding-correction", "ncci"]),
        "coder_note": "Excised diameter = 1.2 + 2 x 0.2 = 1.6 cm, trunk, benign path -> 11402 (EX-1/EX-3; not the "
                      "ellipse length). Single-layer closure is included in the excision (EX-5; 11402/12002 "
                      "indicator 1, same wound) -> 12002 removed.",
    },
    {
        "id": "s12-exm-ema-sccis-benign-code",
        "family": "excision-malignant", "shape": "pre-coded",
        "description": "Biopsy-proven SCCIS excision sent with a benign excision code; layered repair correct",
        "date": "2026-03-09", "patient": ("Hollister", "Raymond", "1945-12-30", "male"),
        "provider": "baptiste", "payer": "medicare",
        "conditions": [C("c1", "Squamous cell carcinoma in situ, right dorsal forearm", "D04.61",
                         "right dorsal forearm", reason=True)],
        "prior": [PRIOR("2026-02-10", "11102", "Shave bx", "R dorsal forearm")],
        "procedures": [
            P("Excision lesion arm", cpt="11402", site="R dorsal forearm",
              note="Bx-proven SCCIS (shave bx 02/10/26). Lesion 0.8 cm, 4 mm margins. Excised to fat.",
              reasons=["c1"]),
            P("Intermediate repair", cpt="12032", site="R dorsal forearm",
              note="Layered closure 3.4 cm: 4-0 Vicryl deep dermal buried, 5-0 prolene running.", reasons=["c1"]),
        ],
        "path": [{"text": "Skin, right dorsal forearm, excision: squamous cell carcinoma in situ (Bowen disease), "
                          "residual; peripheral and deep margins negative.",
                  "site": "right dorsal forearm", "date": "2026-03-12"}],
        "note": """EMA Procedure Note - Excision
DOS: 03/09/2026   Surgeon: Marc Baptiste, MD
Patient: Raymond Hollister, 80 M

Indication: biopsy-proven SCC in situ R dorsal forearm (shave bx 02/10/2026: SCCIS, extending to peripheral margin).
Discussed ED&C vs 5-FU vs excision; pt on apixaban - held 48h per cardiology ok (see 2/24 phone note). Chose
excision.

Pre-op measurement: residual scaly pink plaque + bx scar 0.8 cm greatest diameter. Margins: 4 mm all around.
Anesthesia: 1% lidocaine w/ 1:100k epi, 8 mL.
Procedure: Sterile prep/drape. Elliptical excision along forearm axis to subcutaneous fat. Specimen oriented, suture
at 12. Hemostasis: electrocautery.
Repair: Undermined 1 cm circumferentially. Deep dermis closed w/ 4-0 Vicryl buried interrupted; epidermis 5-0
Prolene running. Final length 3.4 cm.
Dressing: pressure dressing, Telfa.
Complications: none. EBL < 5 mL.
Post-op: resume apixaban tonight, wound care sheet, RTC 10-14 days suture removal.

Charges submitted by EMA: 11402, 12032
Path dx to follow.""",
        "expected": E([L("11602", 1), L("12032", 1)], topics=["coding-correction"]),
        "coder_note": "SCC in situ is coded with malignant excision codes (EX-3). 0.8 + 2 x 0.4 = 1.6 cm, arm -> "
                      "11602. Layered closure 3.4 cm arm -> 12032, separately reportable (EX-5). Biopsy was 000 "
                      "global four weeks earlier: no modifier.",
    },
    {
        "id": "s12-mohs-ema-nasal-ala-17311x2",
        "family": "mohs", "shape": "pre-coded",
        "description": "Two Mohs stages on the nose sent as 17311 twice; layered repair 2.8 cm",
        "date": "2026-03-10", "patient": ("Sorensen", "Gunnar", "1956-07-21", "male"),
        "provider": "lindgren", "payer": "medicare",
        "conditions": [C("c1", "Basal cell carcinoma, left nasal ala", "C44.311", "left nasal ala", reason=True)],
        "procedures": [
            P("Mohs head/neck stage", cpt="17311", site="L nasal ala",
              note="Stage 1: 3 tissue blocks. Residual nodular BCC at 2-4 o'clock, deep clear.", reasons=["c1"]),
            P("Mohs head/neck stage", cpt="17311", site="L nasal ala",
              note="Stage 2: 2 tissue blocks. Clear.", reasons=["c1"]),
            P("Repair intermediate face", cpt="12052", site="L nasal ala", note="Layered closure 2.8 cm",
              reasons=["c1"]),
        ],
        "note": """MOHS MICROGRAPHIC SURGERY REPORT
Patient: Gunnar Sorensen  DOB 07/21/1956   Date: 03/10/2026
Surgeon/pathologist: Astrid Lindgren, MD
Referring: Dr. Halvorsen

Diagnosis: Basal cell carcinoma, nodular, L nasal ala (bx 01/22/2026, outside path #DP26-0417). Pre-op size
0.7 x 0.6 cm. Primary, not previously treated. Area H - Mohs appropriate per AUC.

Procedure: After informed consent and time-out, the site was prepped and anesthetized with 1% lidocaine w/ epi. The
clinically apparent tumor was debulked with a curette and the first Mohs layer taken. I acted as both surgeon and
pathologist; frozen sections, H&E, read by me.

Stage I: 3 tissue blocks. Tumor seen at 2-4 o'clock peripheral margin. Deep margin clear.
Stage II: 2 tissue blocks from the mapped positive area. All margins clear.
Final defect: 1.1 x 0.9 cm, upper L nasal ala, well away from the alar rim, depth to mid subq.

Repair: Options discussed (second intention, layered closure, flap). Chose linear layered closure. Undermined at the
level of the nasalis fascia. Deep layer 5-0 Monocryl buried; surface 6-0 fast-absorbing gut running. Final length
2.8 cm. No involvement of the free margin.

EBL minimal. No complications. Post-op instructions given verbally and written. F/u 1 week.

EMA charges: 17311, 17311, 12052""",
        "expected": E([L("17311", 1), L("17312", 1), L("12052", 1)], topics=["coding-correction"]),
        "coder_note": "Stage 2 is the add-on 17312, not a second 17311 (MOHS-2); no stage over 5 blocks. Layered "
                      "closure nose 2.8 cm -> 12052, separately reportable after Mohs (MOHS-7).",
    },
    {
        "id": "s12-nail-ema-11750-avulsion-only",
        "family": "nails", "shape": "pre-coded",
        "description": "Partial avulsion without phenol sent as matrixectomy 11750",
        "date": "2026-03-11", "patient": ("Pham", "Kevin", "2009-10-03", "male"),
        "provider": "okonkwo", "payer": "commercial-aetna",
        "conditions": [C("c1", "Ingrown toenail with paronychia, right great toe", "L60.0", "right great toe",
                         reason=True)],
        "procedures": [
            P("Excision nail and matrix", cpt="11750", site="R hallux",
              note="Partial nail avulsion lateral border. Matrix NOT ablated (no phenol) per parent preference.",
              reasons=["c1"]),
        ],
        "note": """Procedure Note - Ingrown Nail
Patient: Kevin Pham, 16 yo M (mother present, consented)
Date: 3/11/2026

Hx: painful R great toenail lateral side x 3 wks, redness, drainage. Soaks and cotton wick tried w/o relief. First
episode. Plays soccer.
Exam: R hallux lateral nail fold erythematous, edematous, granulation tissue, small amt purulent drainage. Nail plate
incurved laterally. No streaks/lymphangitis.
A: Ingrown toenail w/ paronychia, R great toe, lateral border.

P: Discussed partial avulsion alone vs partial avulsion with chemical matrixectomy (phenol). Since this is the first
episode, mom prefers avulsion only; will consider phenol if it recurs.
Digital block 2% lidocaine plain, 3 mL. Tourniquet. Lateral 1/5 (approx 3 mm) of nail plate freed with elevator,
split with English anvil splitter to the proximal fold, and removed with hemostat. Granulation tissue debrided with
curette. Matrix NOT treated. Tourniquet off, hemostasis w/ pressure. Bacitracin, bulky dressing.
Rx: cephalexin 500 mg QID x 7 d.
Soaks BID starting tomorrow. RTC 2 wks or sooner if worse.

Coded: 11750 R hallux
Chidi Okonkwo, MD""",
        "expected": E([L("11730", 1, "T5")], topics=["coding-correction"]),
        "coder_note": "No matrix destruction, so no permanent removal: partial avulsion 11730 with the right great "
                      "toe modifier T5 (section 4.8; conventions digit modifiers).",
    },
    {
        "id": "s12-il-ema-keloids-11901-x3",
        "family": "intralesional", "shape": "pre-coded",
        "description": "Three keloids injected, EMA sent 11901 per keloid; drug only in the note",
        "date": "2026-03-11", "patient": ("Adebayo", "Tolu", "1996-05-12", "female"),
        "provider": "adeyemi", "payer": "commercial-cigna",
        "conditions": [C("c1", "Keloids, presternal chest and right deltoid", "L91.0", "chest, right shoulder",
                         reason=True)],
        "procedures": [
            P("IL injection", cpt="11901", site="Presternal chest, upper", note="ILK 40 mg/mL 0.5 mL",
              reasons=["c1"]),
            P("IL injection", cpt="11901", site="Presternal chest, lower", note="ILK 40 mg/mL 0.5 mL",
              reasons=["c1"]),
            P("IL injection", cpt="11901", site="R deltoid", note="ILK 40 mg/mL 0.5 mL", reasons=["c1"]),
        ],
        "note": """Keloid f/u #3 - 03/11/2026
29 yo F w/ keloids from acne (chest) and a vaccine site (R deltoid). Last ILK 6 wks ago, softer, itching much improved
but still raised/tender. Wants to continue.
Exam: presternal chest: two keloids, upper 2.1 x 0.8 cm, lower 1.4 x 0.6 cm, firm. R deltoid: 1.8 x 1.2 cm keloid.
No atrophy or hypopigmentation from prior injections.
A/P: Keloids x3, symptomatic (pruritus, tenderness), improving with ILK.
- Intralesional triamcinolone acetonide (Kenalog-40, 40 mg/mL), 0.5 mL injected into each of the 3 keloids with a
  30g needle on a luer-lock syringe. Total 1.5 mL = 60 mg. Lot #K4417, exp 08/2027. Office stock.
- Continue silicone gel sheets nightly.
- RTC 6 weeks.
EMA: 11901 x3 (one per keloid)""",
        "expected": E([L("11900", 1), L("J3301", 6)], topics=["coding-correction"]),
        "coder_note": "3 lesions -> 11900 once per session (up to 7 lesions; 11901 is >7). Triamcinolone "
                      "acetonide 60 mg from office stock -> J3301 x6 (per 10 mg).",
    },
    {
        "id": "s12-patch-ema-95044-qty1",
        "family": "patch-test", "shape": "pre-coded",
        "description": "80-allergen baseline series applied; EMA sent 95044 x1",
        "date": "2026-03-02", "patient": ("Lindahl", "Marisa", "1981-08-25", "female"),
        "provider": "castellanos", "payer": "commercial",
        "conditions": [C("c1", "Contact dermatitis, hands and eyelids", "L25.9", "hands, eyelids", reason=True)],
        "procedures": [
            P("Patch test application", cpt="95044", site="Upper back",
              note="NACDG baseline series applied (see note)", reasons=["c1"]),
        ],
        "note": """PATCH TEST APPLICATION VISIT (Day 0) - Mon 03/02/2026
Marisa Lindahl, 44F. Seen 2/9 for chronic hand + eyelid dermatitis x 1 yr, poorly controlled on triamcinolone; works
as a hair stylist. Plan at that visit was patch testing (see 2/9 note). Today is application only; no change in
treatment, no new complaints.

Meds held: no oral steroids x 4 wks, no topical steroid to back x 1 wk. No recent sun on back.

Application: North American Contact Dermatitis Group baseline series, 80 allergens, in IQ Ultra chambers, applied to
upper back in 8 panels of 10. Panels outlined with marking pen. Map in chart. Hairdresser series deferred (not
stocked - will add later if needed).
Instructions: keep back dry, no exercise/sweating, no showers; return Wednesday 3/4 for removal and first reading,
Friday 3/6 for final reading.
Handout given.

Performed by: Ines Castellanos, MD / R. Dunn MA
EMA charge: 95044 x1""",
        "expected": E([L("95044", 80)], topics=["coding-correction"]),
        "coder_note": "95044 units = number of allergens applied (section 4.8): 80, within MUE 90. No E/M "
                      "selected; application only.",
    },
    {
        "id": "s12-photo-ema-nbuvb-as-96910",
        "family": "phototherapy", "shape": "pre-coded",
        "description": "Narrowband UVB session without tar sent as 96910",
        "date": "2026-03-12", "patient": ("Kowalczyk", "Adam", "1978-01-16", "male"),
        "provider": "nakamura", "payer": "commercial-uhc",
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "trunk and extremities", reason=True)],
        "procedures": [
            P("Photochemotherapy tar/UVB", cpt="96910", site="Full body",
              note="NB-UVB 311 nm, 1150 mJ/cm2, tx #14. No tar applied, no psoralen.", reasons=["c1"]),
        ],
        "note": """Phototherapy Treatment Record
Pt: Adam Kowalczyk  48M  Dx: plaque psoriasis (~15% BSA at start; now ~9%)
Date 3/12/26  Treatment #14  Modality: narrowband UVB (Daavlin booth, 311 nm)
Pre-tx check: no burning/erythema from last tx (3/10). No new photosensitizing meds. Goggles on, genital shielding on.
Dose: 1150 mJ/cm2 (increased 10% from 1045). Time 1m 52s.
Topicals: pt continues clobetasol 0.05% oint BID to plaques at home; nothing applied in clinic today. No coal tar.
No psoralen.
Tolerated well. Next tx Tues.
RN: K. Abara   Supervising: R. Nakamura MD
EMA: 96910""",
        "expected": E([L("96900", 1)], topics=["coding-correction"]),
        "coder_note": "UVB alone (no tar/petrolatum, no psoralen) is actinotherapy 96900, not 96910 (section 4.8).",
    },
    {
        "id": "s12-postop-ema-99213-suture-removal",
        "family": "post-op", "shape": "pre-coded",
        "description": "Suture removal 8 days after malignant excision; template added 99213",
        "date": "2026-03-10", "patient": ("Ferreira", "Ana", "1963-03-18", "female"),
        "provider": "marchetti", "payer": "medicare", "em": "99213",
        "conditions": [C("c1", "Surgical aftercare, skin", "Z48.817", "left posterior upper arm", reason=True)],
        "prior": [PRIOR("2026-03-02", "11602", "Excision BCC", "L posterior upper arm"),
                  PRIOR("2026-03-02", "12032", "Layered repair", "L posterior upper arm")],
        "procedures": [
            P("Post-op visit", cpt="99024", site="L posterior upper arm",
              note="Wound check, sutures removed, wound intact.", reasons=["c1"]),
        ],
        "path": [{"text": "Skin, left posterior upper arm, excision: basal cell carcinoma, nodular and "
                          "micronodular; margins negative (closest 2 mm).",
                  "site": "left posterior upper arm", "date": "2026-03-05", "encounter": "enc-s12-postop-ema-99213-suture-removal-prior-1"}],
        "note": """POST-OP VISIT
Date: 03/10/2026      Provider: Luca Marchetti, MD
Patient: Ana Ferreira, 62F

S: Here 8 days s/p excision of BCC L posterior upper arm w/ layered closure (3/2). Some itch at the site, no
drainage, no fever. Taking no pain meds.
O: Incision 4.2 cm, well approximated, no erythema, no dehiscence, no hematoma. Mild suture track erythema only.
Path (3/5) reviewed with patient: BCC, nodular and micronodular, margins clear (closest 2 mm).
A: Healing well, s/p excision of BCC, margins clear.
P: Sutures removed (5-0 nylon x8). Steri-strips applied. Scar care: silicone gel after 2 weeks, sun protection.
Next FSE 6 months (BCC hx).
No other concerns raised today.

EMA: 99213 (level chosen by template), 99024""",
        "expected": E([L("99024", 1)], topics=["global-period"]),
        "coder_note": "Day 8 of the 010 global of 11602/12032; only post-op care (GS-1/GS-5) -> 99024, the E/M "
                      "is not billable.",
    },
    {
        "id": "s12-em-ema-cryo-declined-rx",
        "family": "em", "shape": "pre-coded",
        "description": "Psoriasis flare + AKs; EMA exported 17000 though the patient declined LN2",
        "date": "2026-03-13", "patient": ("Gallagher", "Desmond", "1955-08-09", "male"),
        "provider": "weiss", "payer": "medicare", "em": "99214", "minutes": 35,
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "elbows, knees, scalp", reason=True),
                       C("c2", "Actinic keratoses, face", "L57.0", "cheeks, forehead", reason=True)],
        "procedures": [
            P("Destruction premalignant first lesion", cpt="17000", site="Face", status="not-done",
              note="Not performed - pt declined LN2 today; starting 5-FU instead.", reasons=["c2"]),
        ],
        "note": """Office Visit - Established
Desmond Gallagher 70M    03/13/2026   Samuel Weiss MD

CC: psoriasis f/u; rough spots on face

HPI: Psoriasis vulgaris x 20 yrs, previously controlled w/ clobetasol soln (scalp) and calcipotriene cream. Over the
last 2 months worsening plaques on elbows, knees and scalp (itch 7/10, scalp flaking), ~6% BSA now vs 3% at last
visit. Using topicals irregularly due to cost of calcipotriene. No joint pain or AM stiffness. Also several rough
spots on cheeks/forehead, some tender.

PMH: CAD s/p stent 2019, DM2 (A1c 7.1), HTN. Meds: metformin, ASA, clopidogrel, metoprolol, atorvastatin. NKDA.

ROS: neg for fever, arthralgia, weight change. Skin per HPI.

Exam: Elbows and knees bilat: well-demarcated erythematous plaques w/ silvery scale, largest 6 cm L knee. Scalp:
thick adherent scale occipital + vertex. Nails: few pits. Face: 6 gritty erythematous papules on bilat cheeks and
forehead consistent w/ AKs. No indurated or ulcerated lesions.

Assessment/Plan:
1. Psoriasis vulgaris, worsening (~6% BSA). Switch to calcipotriene/betamethasone foam daily to body plaques;
   clobetasol shampoo 2x/wk for scalp. If not controlled at 8 wks will consider phototherapy vs apremilast. PsA
   screen neg today.
2. Actinic keratoses x6, face. Offered LN2 today -> pt DECLINED cryotherapy; prefers field treatment. Rx fluorouracil
   5% cream BID x 3 wks to cheeks/forehead; reviewed expected inflammation, handout given.
3. Sun protection counseling.

RTC 8 weeks.
Total time 32 min.

EMA: 99214, 17000""",
        "expected": E([L("99214", 1)]),
        "coder_note": "No procedure was performed (Procedure not-done; note says declined), so 17000 is dropped "
                      "and the E/M needs no 25. Level kept as selected (conventions; 2 chronic problems, one "
                      "worsening, Rx management).",
    },
    {
        "id": "s12-id-ema-two-abscesses-10060x2",
        "family": "incision-drainage", "shape": "pre-coded",
        "description": "Two abscesses drained at one visit, EMA sent 10060 twice",
        "date": "2026-03-16", "patient": ("Rutledge", "Marcus", "1991-12-05", "male"),
        "provider": "santos", "payer": "medicaid-mco",
        "conditions": [C("c1", "Cutaneous abscess, right thigh", "L02.415", "right lateral thigh", reason=True),
                       C("c2", "Cutaneous abscess, buttock", "L02.31", "left buttock", reason=True)],
        "procedures": [
            P("I&D abscess", cpt="10060", site="R lateral thigh",
              note="2.5 cm fluctuant abscess, incised, purulent material expressed, irrigated, not packed.",
              reasons=["c1"]),
            P("I&D abscess", cpt="10060", site="L buttock",
              note="1.5 cm abscess, incised, drained, no packing", reasons=["c2"]),
        ],
        "note": """Acute visit 03/16/2026
Marcus Rutledge 34M
Two painful "boils" x 5 days - R outer thigh and L buttock. No fever. Hx of similar boil 2024 drained in urgent care.
No diabetes.
Exam: R lateral thigh: 2.5 cm fluctuant, tender, erythematous nodule with central pustule. L buttock: 1.5 cm
fluctuant tender nodule. No cellulitis streaking. Afebrile T 98.7.
A: Cutaneous abscesses x2 (R thigh, L buttock)
P: Verbal consent. Each prepped w/ chlorhex, 1% lido w/ epi field block. #11 blade stab incision of each, purulent
material expressed, no loculations, irrigated w/ NS. Neither packed. Culture from thigh sent to lab. Dressings
applied.
Warm compresses TID. Will call w/ culture. No antibiotics unless culture/cellulitis. Chlorhexidine washes weekly x 1
month for decolonization. RTC 1 week prn.
EMA: 10060 (R thigh), 10060 (L buttock)""",
        "expected": E([L("10061", 1)], topics=["coding-correction"]),
        "coder_note": "Two abscesses drained in one session = multiple -> 10061 x1 (section 4.8: 10060 single, "
                      "10061 complicated or multiple; 10060 MUE 1).",
    },
    {
        "id": "s12-rep-ema-two-layered-unsummed",
        "family": "repair", "shape": "pre-coded",
        "description": "Two benign excisions (back, arm) with layered closures billed as 12032 + 12031",
        "date": "2026-03-17", "patient": ("Nguyen-Baird", "Colin", "1970-07-07", "male"),
        "provider": "okafor", "payer": "commercial-aetna",
        "conditions": [C("c1", "Atypical nevus, right upper back", "D22.5", "right upper back", reason=True),
                       C("c2", "Dermatofibroma, left upper arm", "D23.62", "left upper arm", reason=True)],
        "procedures": [
            P("Excision benign lesion", cpt="11402", site="R upper back",
              note="Lesion 0.8 cm, 2 mm margins, excised diameter 1.2 cm", reasons=["c1"]),
            P("Layered repair", cpt="12032", site="R upper back", note="Layered closure 3.5 cm", reasons=["c1"]),
            P("Excision benign lesion", cpt="11401", site="L upper arm",
              note="Lesion 0.5 cm, margins 2mm; excised diameter 0.9 cm", reasons=["c2"]),
            P("Layered repair", cpt="12031", site="L upper arm", note="Layered closure 2.0 cm", reasons=["c2"]),
        ],
        "path": [
            {"text": "A. Skin, right upper back, excision: junctional dysplastic nevus with mild atypia; margins "
                     "clear.", "site": "right upper back", "date": "2026-03-20"},
            {"text": "B. Skin, left upper arm, excision: dermatofibroma (benign fibrous histiocytoma), completely "
                     "excised.", "site": "left upper arm", "date": "2026-03-20"},
        ],
        "note": """PROCEDURE NOTE
Colin Nguyen-Baird 55M    DOS 03/17/2026    Adaeze Okafor MD

Indications:
A) R upper back pigmented lesion enlarging on serial total-body photos (2024 -> 2026), now 0.8 cm with new
   asymmetry.
B) L upper arm firm papule 0.5 cm, painful when bumped and itches; dimple sign +. Pt wants it out.

Consent signed for both. Time-out. Chlorhexidine prep. 1% lidocaine with epi.
A) R upper back: lesion 0.8 cm marked w/ 2 mm margins; fusiform excision to fat. Undermined, deep 3-0 Vicryl
   buried dermal, skin 4-0 nylon. Closed length 3.5 cm.
B) L upper arm: lesion 0.5 cm, 2 mm margins; fusiform excision to fat. Deep 4-0 Vicryl, skin 5-0 nylon. Closed
   length 2.0 cm.
Both specimens to DermPath Partners. EBL minimal. Tolerated well.
Wound care reviewed, sutures out 12-14 days, activity restriction (no golf 2 wks).

EMA: 11402, 12032 (back); 11401, 12031 (arm)""",
        "expected": E([L("11402", 1), L("11401", 1), L("12032", 1)], topics=["coding-correction"]),
        "coder_note": "Excisions 1.2 cm -> 11402 and 0.9 cm -> 11401 (benign path). Both layered closures are in "
                      "the trunk/arms/legs intermediate group: 3.5 + 2.0 = 5.5 cm -> one 12032 (REP-1; 12032/12031 "
                      "indicator 0).",
    },
]

# ---------------------------------------------------------------------------------------------------------
# FREE-TEXT (Epic / Oracle Health procedure entries without codes): 15
# ---------------------------------------------------------------------------------------------------------
FREE = [
    {
        "id": "s12-bx-free-punch-two-shaves",
        "family": "biopsy", "shape": "free-text",
        "description": "Punch biopsy back + two tangential biopsies (shoulder, scalp)",
        "date": "2026-03-03", "patient": ("Albright", "Nora", "1980-10-22", "female"),
        "provider": "lindqvist", "payer": "commercial-cigna",
        "conditions": [
            C("c1", "Atypical pigmented lesion, left mid back", "D49.2", "left mid back", reason=True),
            C("c2", "Scaly papule, right posterior shoulder", "D49.2", "right posterior shoulder", reason=True),
            C("c3", "Pink papule, left vertex scalp", "D49.2", "left vertex scalp", reason=True),
        ],
        "procedures": [
            P("Punch biopsy", site="Left mid back",
              note="4 mm punch to subcutis, 1 x 4-0 nylon simple interrupted. Spec 1.", reasons=["c1"]),
            P("Shave biopsy", site="Right posterior shoulder",
              note="Tangential bx w/ flexible blade to superficial dermis, Drysol. Spec 2.", reasons=["c2"]),
            P("Tangential biopsy", site="Left vertex scalp",
              note="Saucerization, hemostasis AlCl3. Spec 3.", reasons=["c3"]),
        ],
        "note": """DERMATOLOGY PROGRESS NOTE
Nora Albright | 45 y.o. female | DOS 3/3/2026
Referring: self

CHIEF COMPLAINT: "mole on my back changed"

HISTORY OF PRESENT ILLNESS:
Nora Albright is a 45 y.o. female presenting for evaluation of a mole on her L mid back that her partner says got
darker and bigger over the winter. Also a scaly spot on R shoulder that comes and goes and a pink bump in her scalp
found by her hairdresser. FHx: mother w/ melanoma at 62. Personal hx: none. ***

ROS: Negative except as noted in HPI.

PHYSICAL EXAM:
Skin: Examination of scalp, face, neck, chest, abdomen, back, bilat upper and lower extremities.
- L mid back: 7 mm irregularly pigmented macule, two shades of brown, asymmetric; dermoscopy atypical network with
  blue-white area.
- R posterior shoulder: 6 mm pink scaly papule.
- L vertex scalp: 5 mm pink pearly papule.
- Remaining: scattered benign-appearing nevi, solar lentigines.

ASSESSMENT/PLAN:
1. Atypical pigmented lesion L mid back - r/o dysplastic nevus vs melanoma. Punch biopsy today (full thickness for
   depth if melanocytic).
2. Scaly papule R posterior shoulder - ddx ISK vs SCCIS vs BCC. Shave biopsy.
3. Pink papule L vertex scalp - ddx BCC vs dermal nevus. Shave biopsy.
PROCEDURE: Informed consent obtained, time-out. 1% lidocaine w/ epinephrine. See procedure documentation for
technique. 3 specimens to Dermpath Associates.
Wound care: vaseline + bandage daily; punch suture out in 14 days (PCP or here).
4. FHx melanoma: annual FSE, monthly self-exams, sunscreen.

Follow up: path results by phone; RTC 2 weeks for suture removal.
Erik Lindqvist, MD""",
        "expected": E([L("11104", 1), L("11103", 2)]),
        "coder_note": "Punch outranks tangential: 11104 primary, each tangential biopsy -> 11103 (BX-2); 11103 is "
                      "allowed with 11104 (AOC). No E/M selected.",
    },
    {
        "id": "s12-ds-free-edc-sbcc-forearm",
        "family": "destruction", "shape": "free-text",
        "description": "ED&C of biopsy-proven sBCC, lesion 0.9 cm, final defect 1.2 cm",
        "date": "2026-03-04", "patient": ("Costello", "Frank", "1948-04-04", "male"),
        "provider": "chen", "payer": "medicare-noname",
        "conditions": [C("c1", "Superficial basal cell carcinoma, right dorsal forearm", "C44.612",
                         "right dorsal forearm", reason=True)],
        "procedures": [
            P("ED&C", site="R dorsal forearm",
              note="Bx-proven sBCC (2/18/26). Pre-tx lesion 0.9 cm. Curetted, electrodesiccated, x3 cycles. "
                   "Final defect 1.2 cm. Second intention.", reasons=["c1"]),
        ],
        "note": """Proc note - 3/4/2026
Frank Costello 77M. sBCC R dorsal forearm, bx 2/18/26 (superficial BCC, DermPath #26-1183). Here for ED&C as planned
at the biopsy visit. Not on anticoagulation. No other concerns.
Pre-tx: pink scaly patch w/ healed bx scar, 0.9 cm.
Consent signed. Lido 1% w/ epi. Curettage with 3 mm and 4 mm curettes followed by electrodesiccation; repeated for
3 cycles total. Final defect measured 1.2 cm. Left to heal by second intention. Wound care reviewed, Vaseline daily.
RTC 6 mo FSE.""",
        "expected": E([L("17262", 1)]),
        "coder_note": "Malignant destruction, arm (TAL), sized by the final curettage defect 1.2 cm -> 17262 "
                      "(DS-4), not by the 0.9 cm lesion.",
    },
    {
        "id": "s12-shave-free-scalp-and-back-sks",
        "family": "shave", "shape": "free-text",
        "description": "Shave removal of two symptomatic SKs: scalp 0.8 cm and lower back 1.5 cm",
        "date": "2026-03-05", "patient": ("Mbeki", "Gloria", "1959-09-30", "female"),
        "provider": "abernathy", "payer": "medicare",
        "conditions": [C("c1", "Irritated seborrheic keratosis, scalp", "L82.0", "crown of scalp", reason=True),
                       C("c2", "Inflamed seborrheic keratosis, right lower back", "L82.0", "right lower back",
                         reason=True)],
        "procedures": [
            P("Shave removal", site="Scalp - crown",
              note="0.8 cm irritated SK, bleeds with combing. Removed flush with flexible blade, AlCl3.",
              reasons=["c1"]),
            P("Shave removal", site="Right lower back",
              note="1.5 x 1.1 cm inflamed SK at waistband, itchy, crusted. Shaved off flush; Drysol.",
              reasons=["c2"]),
        ],
        "path": [
            {"text": "A. Skin, scalp crown, shave: irritated seborrheic keratosis.", "site": "scalp",
             "date": "2026-03-09"},
            {"text": "B. Skin, right lower back, shave: inflamed seborrheic keratosis with spongiosis; no dysplasia.",
             "site": "right lower back", "date": "2026-03-09"},
        ],
        "note": """66 F, est pt. Two symptomatic SKs. Crown scalp lesion catches on her comb/brush and has bled several times
(last week on the pillow). R lower back lesion sits at the waistband, itches intensely, red and crusted. Both removed
by shave today, sent to path. Multiple other SKs on trunk asymptomatic - left alone, reassured.
June Abernathy, MD""",
        "expected": E([L("11306", 1), L("11302", 1)]),
        "coder_note": "Shave removals by site group and lesion diameter (SH-1): scalp 0.8 cm -> 11306; back 1.5 cm "
                      "-> 11302. Bleeding/itching/inflamed SKs meet BSL-3. No PTP edit between them.",
    },
    {
        "id": "s12-tags-free-medicare-cosmetic-abn",
        "family": "skin-tags", "shape": "free-text",
        "description": "Medicare patient, 8 asymptomatic neck tags removed for appearance, voluntary ABN",
        "date": "2026-03-06", "patient": ("Whitfield", "Eleanor", "1953-05-26", "female"),
        "provider": "voss", "payer": "medicare",
        "conditions": [C("c1", "Skin tags, neck", "L91.8", "neck", reason=True),
                       C("c2", "Encounter for cosmetic procedure", "Z41.1", reason=True)],
        "procedures": [
            P("Skin tag snip removal", site="Neck, bilateral",
              note="8 acrochordons 1-3 mm removed with iris scissors. Asymptomatic, removed for appearance. "
                   "ABN signed (voluntary, cosmetic).", reasons=["c1", "c2"]),
        ],
        "note": """Pt (72F) asks to have the "little tags" on her neck taken off before her granddaughter's wedding; they don't hurt,
itch, bleed or catch on anything - she just doesn't like how they look in photos. Exam: 8 soft pedunculated
acrochordons, lateral neck both sides, no inflammation, no bleeding. Explained Medicare considers this cosmetic and
will not pay; she signed the ABN form (voluntary notice) and wishes to proceed. Snipped x8, hemostasis AlCl3. No path.
H. Voss MD""",
        "expected": E([L("11200", 1, "GY", "GX")], topics=["cosmetic"]),
        "coder_note": "Asymptomatic tags removed for appearance = cosmetic, statutorily excluded (BSL-2, COS-2). "
                      "Medicare FFS: GY, plus GX because a voluntary ABN is documented (COS-4, conventions).",
    },
    {
        "id": "s12-exb-free-inflamed-cyst-neck",
        "family": "excision-benign", "shape": "free-text",
        "description": "Recurrently inflamed epidermoid cyst posterior neck, 1.6 cm + 2 mm margins, layered 3.0 cm",
        "date": "2026-03-09", "patient": ("Haskins", "Dale", "1962-01-11", "male"),
        "provider": "pike", "payer": "medicare-ngs",
        "conditions": [C("c1", "Epidermoid cyst, posterior neck, recurrently inflamed", "L72.0", "posterior neck",
                         reason=True)],
        "procedures": [
            P("Excision of cyst", site="Posterior neck",
              note="Cyst 1.6 cm measured pre-op; 2 mm margin marked around punctum. Fusiform excision, cyst "
                   "removed intact.", reasons=["c1"]),
            P("Layered closure", site="Posterior neck",
              note="Deep 4-0 Monocryl buried, skin 5-0 nylon. Length 3.0 cm.", reasons=["c1"]),
        ],
        "path": [{"text": "Skin and subcutis, posterior neck, excision: epidermal inclusion cyst with focal rupture "
                          "and foreign-body giant cell reaction.", "site": "posterior neck", "date": "2026-03-12"}],
        "note": """HPI: 64M w/ cyst back of neck x 6 yrs; inflamed and painful 3x in the last year, drained twice at PCP (Oct, Jan),
took doxycycline. Now quiet x 5 wks. Wants it out. Shirt collar rubs it.
Exam: posterior neck midline at collar line, 1.6 cm mobile subq nodule w/ central punctum, mild residual erythema,
nontender today.
A/P: Recurrently inflamed epidermoid cyst, posterior neck - excision today (see procedure entries). Path sent.
Sutures out 10d.""",
        "expected": E([L("11422", 1), L("12042", 1)]),
        "coder_note": "Neck = SNHFG: 1.6 + 2 x 0.2 = 2.0 cm -> 11422 (EX-1/EX-2). Layered closure on the neck "
                      "3.0 cm -> 12042 (neck is in the 12041-12047 group, REP-2). Recurrent inflammation meets BSL-3.",
    },
    {
        "id": "s12-exm-free-mis-wle-after-bx",
        "family": "excision-malignant", "shape": "free-text",
        "description": "Wide excision of MIS 25 days after shave biopsy; scar 1.3 cm + 5 mm margins; layered 6.5 cm",
        "date": "2026-03-16", "patient": ("Sandoval", "Renee", "1976-02-14", "female"),
        "provider": "lindgren", "payer": "commercial",
        "conditions": [C("c1", "Melanoma in situ, left upper back", "D03.59", "left upper back", reason=True)],
        "prior": [PRIOR("2026-02-19", "11102", "Shave biopsy", "Left upper back")],
        "procedures": [
            P("Wide local excision", site="Left upper back",
              note="MIS. Bx scar with residual pigment 1.3 cm. 5 mm margins. Excised to fascia.", reasons=["c1"]),
            P("Intermediate (layered) repair", site="Left upper back",
              note="2-layer closure 6.5 cm, 3-0 Vicryl deep, 4-0 nylon", reasons=["c1"]),
        ],
        "path": [
            {"text": "Skin, left upper back, shave biopsy: melanoma in situ, lentiginous pattern, extending to the "
                     "peripheral margin.", "site": "left upper back", "date": "2026-02-23",
             "encounter": "enc-s12-exm-free-mis-wle-after-bx-prior-1"},
            {"text": "Skin, left upper back, wide excision: residual melanoma in situ, 2 mm focus; all margins "
                     "clear (closest 4 mm).", "site": "left upper back", "date": "2026-03-19"},
        ],
        "note": """Pre-procedure note 3/16/26. 50F, MIS L upper back dx on shave bx 2/19/26 (lentiginous MIS, peripheral margin
involved). Discussed WLE with 5 mm margins per NCCN for MIS; Mohs not needed on the trunk. No nodes palpable
(axillae, supraclavicular). Consent signed. Procedure entries document the excision and closure.
A. Lindgren MD""",
        "expected": E([L("11603", 1), L("12032", 1)]),
        "coder_note": "MIS -> malignant excision code (EX-3). 1.3 + 2 x 0.5 = 2.3 cm trunk -> 11603. Layered "
                      "6.5 cm trunk -> 12032. The earlier procedure was a 000-global biopsy: no 58/79.",
    },
    {
        "id": "s12-mohs-free-hand-scc-three-stages",
        "family": "mohs", "shape": "free-text",
        "description": "Mohs SCC dorsal hand, 3 stages, stage 1 with 6 blocks; layered closure 3.0 cm",
        "date": "2026-03-18", "patient": ("Eberhardt", "Walter", "1944-09-17", "male"),
        "provider": "weiss", "payer": "medicare",
        "conditions": [C("c1", "Squamous cell carcinoma, right dorsal hand", "C44.622", "right dorsal hand",
                         reason=True)],
        "procedures": [
            P("Mohs layer 1", site="R dorsal hand",
              note="Bx-proven invasive SCC, well diff (2/25/26). Pre-op 1.4 cm. Stage 1 cut into 6 tissue blocks; "
                   "positive at 9 o'clock.", reasons=["c1"]),
            P("Mohs layer 2", site="R dorsal hand",
              note="3 tissue blocks; focal residual SCC deep at 9 o'clock", reasons=["c1"]),
            P("Mohs layer 3", site="R dorsal hand", note="1 tissue block; clear", reasons=["c1"]),
            P("Layered repair", site="R dorsal hand",
              note="Defect 2.1 x 1.5 cm. Closed in layers, 3.0 cm, 5-0 Monocryl deep, 5-0 nylon", reasons=["c1"]),
        ],
        "note": """Mohs surgery 03/18/2026. Surgeon and pathologist: Samuel Weiss, MD (frozen sections read by me).
Walter Eberhardt 81M, R dorsal hand invasive SCC, well differentiated, biopsy 2/25/26. Dorsal hand = AUC area H.
Stages, blocks and repair per procedure entries. Extensor tendon paratenon not exposed. Tolerated well. Post-op
sheet, RTC 1 week.""",
        "expected": E([L("17311", 1), L("17312", 2), L("17315", 1), L("12042", 1)]),
        "coder_note": "Hand -> 17311 first stage, 17312 x2 for stages 2-3 (MOHS-2). Stage 1 had 6 blocks -> "
                      "17315 x1 (blocks beyond 5). Layered closure hand 3.0 cm -> 12042 (MOHS-7, REP-2).",
    },
    {
        "id": "s12-nail-free-phenol-left-hallux",
        "family": "nails", "shape": "free-text",
        "description": "Recurrent ingrown left great toe: partial avulsion with phenol matrixectomy",
        "date": "2026-03-18", "patient": ("Ostrowski", "Julia", "2003-06-29", "female"),
        "provider": "okonkwo", "payer": "commercial-uhc",
        "conditions": [C("c1", "Ingrown toenail, left great toe, recurrent", "L60.0", "left great toe",
                         reason=True)],
        "procedures": [
            P("Partial nail avulsion with chemical matrixectomy", site="Left great toe, medial border",
              note="Digital block 2% lido plain 4 mL. Medial 3 mm of nail plate split and avulsed. 88% phenol "
                   "applied to medial matrix 3 x 30 sec, flushed w/ isopropyl alcohol. Permanent narrowing intended.",
              reasons=["c1"]),
        ],
        "note": """22F, 3rd episode of ingrown L great toenail medial side (avulsions 6/2024 and 9/2025 at urgent care, regrew
ingrown). Painful in work shoes. No drainage today. Wants permanent fix. Procedure per entry. Phenol burn risk and
drainage x 2-4 wks reviewed. RTC 3 wks.""",
        "expected": E([L("11750", 1, "TA")]),
        "coder_note": "Chemical matrixectomy for permanent removal -> 11750 with TA (left great toe); the avulsion "
                      "is part of it (11750/11730 indicator 1, same nail).",
    },
    {
        "id": "s12-il-free-acne-cysts-nine",
        "family": "intralesional", "shape": "free-text",
        "description": "Nine acne cysts injected with dilute Kenalog 2.5 mg/mL, 0.1 mL each",
        "date": "2026-03-19", "patient": ("Thornton", "Elijah", "2006-11-08", "male"),
        "provider": "ramirez", "payer": "commercial-aetna",
        "conditions": [C("c1", "Acne vulgaris with inflamed cysts", "L70.0", "face and upper back", reason=True)],
        "procedures": [
            P("IL Kenalog injection", site="Face (cheeks, jaw) and upper back",
              note="TAC 2.5 mg/mL, 0.1 mL per lesion into 9 inflamed cysts: R cheek 2, L cheek 2, L jaw 1, upper "
                   "back 4. Total 0.9 mL (2.25 mg).", reasons=["c1"]),
        ],
        "note": """19M, seen 3/5 for acne f/u (doxycycline 100 + adapalene/BPO, plan reviewed then). Returns today as scheduled for
ILK of flaring painful cysts only. No changes to regimen. Injections per procedure entry, tolerated well.
Kenalog-10 diluted with NS to 2.5 mg/mL in clinic.""",
        "expected": E([L("11901", 1), L("J3301", 1)]),
        "coder_note": "9 lesions > 7 -> 11901 x1. Triamcinolone acetonide 2.25 mg -> J3301 x1 (ceil(mg/10)).",
    },
    {
        "id": "s12-photo-free-excimer-300cm2",
        "family": "phototherapy", "shape": "free-text",
        "description": "Excimer to elbows and knees, four sites summing to 300 sq cm",
        "date": "2026-03-19", "patient": ("Yilmaz", "Deniz", "1989-03-03", "female"),
        "provider": "nakamura", "payer": "commercial-cigna",
        "conditions": [C("c1", "Localized plaque psoriasis, elbows and knees", "L40.0", "elbows, knees",
                         reason=True)],
        "procedures": [
            P("Excimer laser", site="R elbow", note="Area 60 cm2, 450 mJ/cm2", reasons=["c1"]),
            P("Excimer laser", site="L elbow", note="Area 55 cm2, 450 mJ/cm2", reasons=["c1"]),
            P("Excimer laser", site="R knee", note="Area 95 cm2, 500 mJ/cm2", reasons=["c1"]),
            P("Excimer laser", site="L knee", note="Area 90 cm2, 500 mJ/cm2", reasons=["c1"]),
        ],
        "note": """Excimer (308 nm) tx #7 of course 1. 37F, localized plaque psoriasis ~4% BSA, failed 5 months of clobetasol +
calcipotriene. Mild erythema after #6, no blistering; doses held at last level on knees, elbows increased 10%.
Four sites treated per entries. Next session Monday.""",
        "expected": E([L("96921", 1)]),
        "coder_note": "Excimer is one code per session by total area: 60 + 55 + 95 + 90 = 300 sq cm -> 96921 x1 "
                      "(250-500 sq cm, section 4.8).",
    },
    {
        "id": "s12-postop-free-reexcision-58",
        "family": "post-op", "shape": "free-text",
        "description": "Re-excision of SCC with positive margin inside the 10-day global of the first excision",
        "date": "2026-03-13", "patient": ("Kaminski", "Teresa", "1957-10-10", "female"),
        "provider": "baptiste", "payer": "medicare",
        "conditions": [C("c1", "Squamous cell carcinoma, left dorsal forearm, positive margin", "C44.629",
                         "left dorsal forearm", reason=True)],
        "prior": [PRIOR("2026-03-05", "11602", "Excision SCC", "Left dorsal forearm"),
                  PRIOR("2026-03-05", "12032", "Layered repair", "Left dorsal forearm")],
        "procedures": [
            P("Re-excision for positive margin", site="Left dorsal forearm",
              note="Scar 2.0 cm; 3 mm margins around scar; excised to fascia", reasons=["c1"]),
            P("Layered closure", site="Left dorsal forearm",
              note="Length 5.0 cm, 4-0 Vicryl buried, 5-0 prolene running", reasons=["c1"]),
        ],
        "path": [
            {"text": "Skin, left dorsal forearm, excision: invasive squamous cell carcinoma, moderately "
                     "differentiated; tumor present at the deep and 3 o'clock peripheral margins.",
             "site": "left dorsal forearm", "date": "2026-03-09",
             "encounter": "enc-s12-postop-free-reexcision-58-prior-1"},
            {"text": "Skin, left dorsal forearm, re-excision: focal residual squamous cell carcinoma, completely "
                     "excised; margins negative.", "site": "left dorsal forearm", "date": "2026-03-17"},
        ],
        "note": """3/13/26 - 68F back 8 days after excision of SCC L dorsal forearm (3/5). Path 3/9: SCC mod diff, + deep and 3
o'clock margins. Plan made at path call: re-excise now rather than wait. Sutures from 3/5 removed as part of the
re-excision. Procedure entries document re-excision and closure. Wound care sheet again, RTC 10-14 days.""",
        "expected": E([L("11603", 1, "58"), L("12032", 1, "58")], topics=["global-period"]),
        "coder_note": "Re-excision for a positive margin inside the 010 global -> 58 (GS-5, EX-4), malignant code: "
                      "2.0 + 2 x 0.3 = 2.6 cm arm -> 11603. Layered 5.0 cm -> 12032, also 58 (precedent in the "
                      "corpus README).",
    },
    {
        "id": "s12-em-free-scc-hx-fse-sebderm",
        "family": "em", "shape": "free-text",
        "description": "FSE for SCC history with new seborrheic dermatitis Rx; procedure entry is only the exam",
        "date": "2026-03-20", "patient": ("Abernethy-Cole", "Vernon", "1951-01-25", "male"),
        "provider": "halvorsen", "payer": "medicare", "em": "99213",
        "conditions": [C("c1", "Personal history of SCC of skin", "Z85.828", reason=True),
                       C("c2", "Seborrheic dermatitis, face", "L21.9", "face", reason=True)],
        "procedures": [
            P("Full skin examination", site="Total body",
              note="FSE incl. scalp, genitals deferred per pt. No suspicious lesions.", reasons=["c1"]),
        ],
        "note": """SUBJECTIVE: 75M, hx SCC L forearm excised 2023 (clear). Here for 1-yr FSE. New: flaky red itchy patches around
nose and eyebrows x 2 months, worse in winter. No new or changing moles. No bleeding lesions.
OBJECTIVE: FSE (genitals deferred per pt): L forearm scar well healed, no recurrence. Scattered SKs and lentigines on
trunk. No lesions suspicious for malignancy. Face: greasy yellow scale with erythema in nasolabial folds and brows.
ASSESSMENT/PLAN:
1. Hx SCC - NED. Continue annual FSE, sun protection.
2. Seborrheic dermatitis, face - new. Ketoconazole 2% cream BID x 2 wks then 2x/wk; hydrocortisone 2.5% cream
   BID prn flares (max 1 wk at a time). Ketoconazole shampoo as face wash 2x/wk.
3. SKs - benign, reassured.
RTC 12 mo, sooner prn.""",
        "expected": E([L("99213", 1)]),
        "coder_note": "Only an E/M: the 'Full skin examination' entry is part of it, not a procedure. No procedure "
                      "that day, so no 25; history of SCC makes it diagnostic, not screening (DX-5).",
    },
    {
        "id": "s12-paring-free-three-calluses",
        "family": "paring", "shape": "free-text",
        "description": "Paring of three painful plantar/toe calluses",
        "date": "2026-03-23", "patient": ("Richter", "Monika", "1967-12-01", "female"),
        "provider": "santos", "payer": "commercial-uhc",
        "conditions": [C("c1", "Calluses, feet, painful", "L84", "feet", reason=True)],
        "procedures": [
            P("Paring of callus", site="R plantar, sub 2nd met head",
              note="1.2 cm hyperkeratotic plaque pared w/ #15 blade until pinpoint-free base", reasons=["c1"]),
            P("Paring of callus", site="R plantar, sub 5th met head", note="0.8 cm, pared", reasons=["c1"]),
            P("Paring of callus", site="L hallux, medial IPJ", note="0.6 cm pinch callus, pared", reasons=["c1"]),
        ],
        "note": """58F, runner, painful calluses both feet limiting mileage. No diabetes, no PAD. Pared x3 per entries; offloading
pads and urea 40% cream nightly. Wart ruled out (skin lines preserved, no pinpoint bleeding). RTC 8 wks prn.""",
        "expected": E([L("11056", 1)]),
        "coder_note": "Three hyperkeratotic lesions pared -> 11056 (2-4 lesions), one unit.",
    },
    {
        "id": "s12-cos-free-milia-selfpay-acne-ilk",
        "family": "cosmetic", "shape": "free-text",
        "description": "ILK to one painful acne cyst (covered) plus self-pay cosmetic milia extraction",
        "date": "2026-03-23", "patient": ("Laurent", "Camille", "1998-07-15", "female"),
        "provider": "adeyemi", "payer": "commercial-cigna",
        "conditions": [C("c1", "Inflamed acne cyst, chin", "L70.0", "chin", reason=True),
                       C("c2", "Milia, periorbital", "L72.0", "bilateral periorbital", reason=True),
                       C("c3", "Encounter for cosmetic procedure", "Z41.1", reason=True)],
        "procedures": [
            P("IL Kenalog", site="Chin",
              note="Painful inflamed cyst 1 cm. TAC 2.5 mg/mL, 0.2 mL into the cyst (0.5 mg).", reasons=["c1"]),
            P("Milia extraction", site="Bilateral periorbital",
              note="12 milia extracted w/ #11 blade + comedone extractor. Asymptomatic, cosmetic; self-pay $150, "
                   "cosmetic waiver signed.", reasons=["c2", "c3"]),
        ],
        "note": """27F. Tender cyst on chin x 5 days before a job interview - injected. Also asked about the tiny white bumps under
her eyes (present years, no symptoms, bothered by appearance) - explained cosmetic, not covered by insurance; she
chose to pay today. Acne otherwise controlled on spironolactone + tretinoin, no changes.""",
        "expected": E([L("11900", 1), L("J3301", 1)], topics=["cosmetic"]),
        "coder_note": "ILK of one cyst -> 11900 + J3301 x1 (0.5 mg rounds up to one 10 mg unit). Milia extraction "
                      "for appearance on a commercial plan is cosmetic: not put on the claim (conventions).",
    },
    {
        "id": "s12-mix-free-warts-keloid",
        "family": "mixed", "shape": "free-text",
        "description": "LN2 to 4 hand warts + ILK to an earlobe keloid, same visit",
        "date": "2026-03-24", "patient": ("Ortega", "Luis", "2001-04-20", "male"),
        "provider": "castellanos", "payer": "medicaid",
        "conditions": [C("c1", "Verruca vulgaris, right hand", "B07.8", "right hand", reason=True),
                       C("c2", "Keloid, left earlobe", "L91.0", "left earlobe", reason=True)],
        "procedures": [
            P("Cryotherapy warts", site="R hand (index, middle fingers, palm)",
              note="LN2 x 2 cycles to 4 common warts; painful with gripping, spreading (1 wart in Nov, now 4).",
              reasons=["c1"]),
            P("IL triamcinolone", site="L earlobe (posterior)",
              note="Kenalog 40 mg/mL, 0.3 mL into 1.5 cm keloid after ear piercing", reasons=["c2"]),
        ],
        "note": """24M. Warts R hand spreading, hurt when he grips tools at work. Earlobe keloid 2nd injection (1st 2/10, flatter
already). Treatments per entries. Home salicylic acid between visits. RTC 4 wks for both.""",
        "expected": E([L("17110", 1), L("11900", 1, "XS"), L("J3301", 2)]),
        "coder_note": "Wart destruction 17110 (4 lesions). ILK of a different lesion: 17110/11900 is indicator 1 "
                      "with 11900 as column 2 -> 11900-XS (DS/section 4.8, conventions). 12 mg triamcinolone -> "
                      "J3301 x2.",
    },
]

# ---------------------------------------------------------------------------------------------------------
# NOTE-ONLY (signed note only, no Procedure resources): 20
# ---------------------------------------------------------------------------------------------------------
NOTE = [
    {
        "id": "s12-bx-note-incisional-thigh-punch-arm",
        "family": "biopsy", "shape": "note-only",
        "description": "Incisional wedge biopsy of a thigh plaque + punch of a forearm papule",
        "date": "2026-03-03", "patient": ("Brightwater", "Lena", "1965-05-05", "female"),
        "provider": "okafor", "payer": "commercial",
        "conditions": [C("c1", "Indurated plaque, right thigh", "L98.8", "right anterior thigh", reason=True),
                       C("c2", "Violaceous papule, left forearm", "L98.8", "left volar forearm", reason=True)],
        "note": """RIVERSIDE DERMATOLOGY - NORTHGATE
PROGRESS NOTE                                   DOS: 03/03/2026
Patient: Lena Brightwater   DOB: 05/05/1965   Provider: Adaeze Okafor, MD

CHIEF COMPLAINT: hard patch on R thigh, itchy bumps on wrist

HPI: 60F with a firm, slightly tender area on the R anterior thigh noticed ~4 months ago, slowly enlarging. No
injection at that site, no trauma. Separately, itchy purple-ish bumps on the L inner forearm x 6 wks. Copied from
01/2026 visit: "pt reports hx of eczema as child, resolved." Meds: losartan, vit D. NKDA.

ROS: no fever, no joint pain, no dysphagia, no Raynaud's. No oral sores.

EXAM:
R anterior thigh: 3.5 x 2.8 cm ill-defined indurated plaque, slightly hyperpigmented center, violaceous rim,
bound-down feel on palpation.
L volar forearm: several 2-4 mm flat-topped violaceous papules, one 4 mm papule with fine white scale selected for bx.
Oral mucosa: no lacy change. Nails normal.

ASSESSMENT:
1. Indurated plaque R thigh - ddx morphea vs panniculitis vs deep granuloma annulare.
2. Lichenoid papules L forearm - ddx lichen planus vs lichenoid drug eruption.

PROCEDURES (consent signed, time-out done, 1% lido w/ epi):
#1 R anterior thigh - incisional biopsy: a 2.0 x 0.6 cm wedge taken with a #15 scalpel from the active edge of the
   plaque down through dermis into subcutaneous fat (deep sample needed for panniculitis). Closed with 4-0 nylon
   simple interrupted x3, single layer.
#2 L volar forearm - 4mm punch biopsy of the representative papule, closed 5-0 nylon x1.
Both specimens in formalin to Dermpath Associates (outside lab).

PLAN: triamcinolone 0.1% oint BID to forearm pending path. Sutures out 10-14 days. Will call with path; ANA/Scl-70
only if path suggests morphea. Discussed that we are not starting systemic tx today.
RTC 2 wks.
Electronically signed: A. Okafor MD""",
        "expected": E([L("11106", 1), L("11105", 1)]),
        "coder_note": "Scalpel wedge to fat = incisional 11106, the highest-ranked technique, so the punch takes "
                      "its own add-on 11105 (BX-1/BX-2; 11105 allowed with 11106). Simple closures included.",
    },
    {
        "id": "s12-ds-note-warts-em-decision-only",
        "family": "destruction", "shape": "note-only",
        "description": "Child with 8 warts frozen; provider selected 99213 for the wart visit only",
        "date": "2026-03-04", "patient": ("Villanueva", "Mateo", "2014-08-19", "male"),
        "provider": "ramirez", "payer": "medicaid", "em": "99213",
        "conditions": [C("c1", "Common warts, hands", "B07.8", "bilateral hands", reason=True),
                       C("c2", "Plantar warts, left foot", "B07.0", "left plantar foot", reason=True)],
        "note": """Pediatric Dermatology - Established Patient
Mateo Villanueva, 11 y.o. male, here with mom
Date: 3/4/2026

CC: warts getting worse

HPI: Warts on fingers first noted last summer (1-2), now many more; two on bottom of L foot hurt when he walks and
plays basketball. Tried OTC salicylic acid x 2 months and Compound W freeze - no help. No other concerns today per
mom. Otherwise healthy, vaccines UTD. No meds. NKDA.

ROS: neg except skin.

Exam: well-appearing child.
- R hand: 4 verrucous papules (R thumb x2, R index, R ring finger periungual)
- L hand: 2 verrucous papules (L middle finger, L palm)
- L plantar forefoot: 2 endophytic hyperkeratotic papules w/ thrombosed capillaries, tender to lateral pressure
- no other lesions, no molluscum.

A/P: Verruca vulgaris x6 hands + plantar warts x2 L foot (painful, spreading despite home tx).
- LN2 cryotherapy to all 8 warts, 2 freeze-thaw cycles each, after paring the plantar ones lightly with a blade to
  help penetration. Mom consented, pt tolerated with distraction (iPad).
- Home: salicylic acid 40% plaster to plantar warts nightly once blisters settle; duct tape to fingers.
- Blister care reviewed.
RTC 3-4 weeks for repeat LN2.

LOS: 99213
Sofia Ramirez, MD""",
        "expected": E([L("17110", 1)]),
        "coder_note": "8 warts -> 17110 x1 (DS-2; painful/spreading warts). The only problem addressed is the "
                      "warts treated; the visit is the decision for the minor procedure (GS-3), so the E/M is "
                      "removed (corpus decision 'E/M removed when the only work is the decision').",
    },
    {
        "id": "s12-shave-note-cheek-nevus-shaving-trauma",
        "family": "shave", "shape": "note-only",
        "description": "6-mm dermal nevus on the beard area, repeatedly cut shaving, shave removal",
        "date": "2026-03-06", "patient": ("Drummond", "Isaac", "1984-02-02", "male"),
        "provider": "marchetti", "payer": "commercial-uhc",
        "conditions": [C("c1", "Intradermal nevus, left cheek, traumatized", "D22.39", "left cheek", reason=True)],
        "path": [{"text": "Skin, left cheek, shave: intradermal melanocytic nevus with surface erosion and "
                          "hemorrhage; no atypia.", "site": "left cheek", "date": "2026-03-10"}],
        "note": """Dermatology Clinic Note
Isaac Drummond, 42M    03/06/2026    Luca Marchetti, MD

Subjective: Raised mole on the L cheek in his beard line, present since teens. Over the past 2 months he has cut it
shaving 3 times; it bled each time (once soaked through a tissue) and stays sore for days. Wants it removed. No
change in color. Skin check done here in 11/2025 - see that note.

Objective: L cheek, mid beard area: 6-mm dome-shaped skin-colored papule with a small hemorrhagic crust, no
pigment network atypia on dermoscopy (structureless, comma vessels). Rest of face unremarkable.

Assessment: Intradermal nevus, L cheek, traumatized (recurrent bleeding and pain from shaving).

Plan: Shave removal performed today after consent: 1% lidocaine w/ epi 0.3 mL, lesion removed flush with the skin
surface using a Dermablade, base lightly feathered, hemostasis aluminum chloride. Specimen to pathology. Bacitracin
free, use Vaseline. Avoid shaving over the site 1 week.
F/u prn; will call with path.""",
        "expected": E([L("11311", 1)]),
        "coder_note": "Shave removal, face (FEENLM), 6 mm = 0.6 cm -> 11311 (SH-1). Repeated shaving trauma with "
                      "bleeding and pain meets BSL-3.",
    },
    {
        "id": "s12-tags-note-twelve-axillary-html",
        "family": "skin-tags", "shape": "note-only",
        "description": "Oracle PowerNote: 12 inflamed/bleeding axillary tags removed",
        "date": "2026-03-09", "patient": ("Pruitt", "Rhonda", "1979-11-21", "female"),
        "provider": "lindqvist", "payer": "medicaid-mco",
        "conditions": [C("c1", "Inflamed skin tags, axillae", "L91.8", "bilateral axillae", reason=True)],
        "html": True,
        "note": """<html><body>
<h3>Dermatology Office Visit</h3>
<p><b>Patient:</b> Rhonda Pruitt &nbsp; <b>Age:</b> 46 years &nbsp; <b>Sex:</b> Female<br>
<b>Date of Service:</b> 03/09/2026 &nbsp; <b>Provider:</b> Erik Lindqvist, MD</p>
<p><b>Chief Complaint</b><br>Painful skin tags under arms</p>
<p><b>History of Present Illness</b><br>Pt reports skin tags in both armpits for several years, more in the past
year. Bra band and straps rub them; several are red, sore, and two bled onto her shirt last week. One on the
left "turned dark and hurts." Uses deodorant, stopped shaving near them because they bleed.</p>
<p><b>Review of Systems</b><br>Constitutional: Negative. Skin: see HPI. Endocrine: prediabetes (A1c 6.0) per
PCP.</p>
<p><b>Physical Exam</b></p>
<table border="1">
<tr><th>Site</th><th>Findings</th></tr>
<tr><td>R axilla</td><td>7 pedunculated acrochordons 2-5 mm; 2 with erythematous, eroded base</td></tr>
<tr><td>L axilla</td><td>5 acrochordons 2-6 mm; 1 dusky, thrombosed, tender; 1 with hemorrhagic crust</td></tr>
</table>
<p><b>Assessment/Plan</b></p>
<ol>
<li>Acrochordons, bilateral axillae, irritated/inflamed with bleeding and pain from friction - total of twelve.
Removed today: snip excision with sterile iris scissors after topical LMX and small amount of 1% lido, light
electrocautery to bases. Not sent for pathology. Wound care: petrolatum, loose clothing x 3 days.</li>
<li>Acanthosis nigricans of neck noted, discussed relation to insulin resistance - f/u with PCP, no tx today.</li>
</ol>
<p>Return PRN.</p>
<p><i>Electronically signed by Erik Lindqvist, MD on 03/09/2026 15:12</i></p>
</body></html>""",
        "expected": E([L("11200", 1)]),
        "coder_note": "12 tags -> 11200 x1 (up to 15). Inflamed, bleeding, painful tags meet BSL-3. The "
                      "acanthosis comment is not a separate billed service (no E/M selected).",
    },
    {
        "id": "s12-cos-note-medicare-sk-ln2-no-abn",
        "family": "cosmetic", "shape": "note-only",
        "description": "Medicare: LN2 to 7 asymptomatic SKs for appearance, no ABN",
        "date": "2026-03-10", "patient": ("Hargrove", "Phyllis", "1956-12-12", "female"),
        "provider": "weiss", "payer": "medicare",
        "conditions": [C("c1", "Seborrheic keratoses, back", "L82.1", "upper and mid back", reason=True)],
        "note": """Est pt visit 3/10/2026 - Phyllis Hargrove, 69F - Dr. S. Weiss

S: "Can you freeze these brown spots on my back?" Has several rough brown spots on the back she can see in the
mirror; they don't itch, bleed, hurt or catch on clothing, and haven't changed - she just thinks they are ugly and
wants them gone before summer (swimsuit). Last FSE 9/2025: benign.

O: Upper and mid back: 7 stuck-on waxy tan-brown papules 4-9 mm with classic SK dermoscopy (milia-like cysts, fissures
and ridges). No erythema, no crust, no irritation. No other lesions of concern on back.

A: Seborrheic keratoses x7, back - benign, asymptomatic; treatment is cosmetic.

P: Explained that Medicare does not cover removal of benign asymptomatic SKs and that she may get a bill. She
understands and wants treatment today. ABN was not obtained (front desk out of forms - noted). Cryotherapy with LN2
to all 7 SKs, 1 freeze-thaw cycle each, blister care discussed. F/u 9/2026 for FSE.""",
        "expected": E([L("17110", 1, "GY")], topics=["cosmetic"]),
        "coder_note": "Asymptomatic SKs (L82.1) removed for appearance are cosmetic, statutorily excluded (BSL-2, "
                      "BSL-5, COS-2). Medicare FFS -> GY; no ABN so no GX (COS-4, conventions).",
    },
    {
        "id": "s12-exb-note-df-shin",
        "family": "excision-benign", "shape": "note-only",
        "description": "Dermatofibroma left shin 7 mm + 2 mm margins = 1.1 cm, simple closure",
        "date": "2026-03-11", "patient": ("Marsh", "Keira", "1992-09-09", "female"),
        "provider": "halvorsen", "payer": "commercial-cigna",
        "conditions": [C("c1", "Dermatofibroma, left shin", "D23.72", "left anterior shin", reason=True)],
        "path": [{"text": "Skin, left shin, excision: dermatofibroma, completely excised.", "site": "left shin",
                  "date": "2026-03-14"}],
        "note": """Kirsten Halvorsen MD - Procedure visit 03/11/2026
Keira Marsh, 33 y/o F

Reason: firm bump L shin that she nicks with her razor every week or two; bleeds and is sore for days. Diagnosed
clinically as a dermatofibroma at her 1/2026 visit (copied forward: "firm brown papule L shin w/ + dimple sign,
c/w DF, reassured") - now wants it removed given repeated trauma.

Exam: L anterior shin, 7mm firm tan-brown papule with a healing excoriation/crust, + dimple sign.

Procedure: excision, L shin. Consent reviewed and signed (scar may be wider than the lesion, recurrence, infection).
Lesion 7 mm; 2-mm margins marked circumferentially. Lido 1% w/ epi. Fusiform excision to subcutaneous fat,
3.2 cm long ellipse. Hemostasis by pressure and spot cautery. Closed with 4-0 Prolene simple interrupted sutures
(single layer, no deep sutures). Specimen to path. Steri-strips.

Plan: elevation today, no shaving the leg x 2 wks, sutures out in 14 days at nurse visit. Call for fever, spreading
redness.""",
        "expected": E([L("11402", 1)]),
        "coder_note": "Excised diameter 0.7 + 2 x 0.2 = 1.1 cm, leg -> 11402 (1.1-2.0 band; EX-1, not 11401, not the "
                      "3.2 cm ellipse). Simple closure included. Repeated razor trauma with bleeding meets BSL-3(l).",
    },
    {
        "id": "s12-exm-note-scalp-bcc-html",
        "family": "excision-malignant", "shape": "note-only",
        "description": "Oracle PowerNote: nodular BCC scalp 1.1 cm + 4 mm margins, layered closure 4.5 cm",
        "date": "2026-03-12", "patient": ("Underwood", "Clifford", "1946-06-06", "male"),
        "provider": "chen", "payer": "medicare",
        "conditions": [C("c1", "Basal cell carcinoma, left parietal scalp", "C44.41", "left parietal scalp",
                         reason=True)],
        "path": [{"text": "Skin, left parietal scalp, excision: basal cell carcinoma, nodular type; margins free "
                          "(closest 3 mm).", "site": "left parietal scalp", "date": "2026-03-16"}],
        "html": True,
        "note": """<div class="note">
<p><b>PROCEDURE NOTE - EXCISION</b><br>
Patient: UNDERWOOD, CLIFFORD &nbsp; 79 yrs M<br>
Date: 03/12/2026 &nbsp; Performing: Wei Chen, MD &nbsp; Assist: T. Moyer, MA</p>
<p><b>Pre-operative diagnosis:</b> Basal cell carcinoma, nodular, L parietal scalp - biopsy proven (shave bx
02/12/2026, DermPath #26-0952).<br>
<b>Post-operative diagnosis:</b> Same.</p>
<p><b>Indication/discussion:</b> Mohs offered (scalp, area M); pt prefers standard excision in clinic and
understands re-excision may be needed if margins are involved. Not on blood thinners.</p>
<p><b>Details:</b><br>
Lesion measured prior to excision: 1.1 cm x 0.9 cm pearly papule with bx scar.<br>
Margin: 4 mm around the clinical border.<br>
Anesthesia: 1% lidocaine with epinephrine, 10 mL.<br>
Excised as an ellipse down to the galea. Specimen oriented with suture at 12 o'clock, sent to pathology.<br>
Hemostasis: electrocautery.<br>
Repair: wide undermining in the subgaleal plane; galea/deep tissue approximated with 3-0 Vicryl buried
interrupted; skin closed with staples. <b>Final repair length 4.5 cm.</b><br>
EBL: 10 mL. Complications: none.</p>
<p><b>Post-op:</b> Wound care handout. Shampoo ok after 48 h. Staple removal 10-12 days.
F/u FSE 6 mo (hx BCC x2, see problem list).</p>
</div>""",
        "expected": E([L("11622", 1), L("12032", 1)]),
        "coder_note": "Scalp = SNHFG, malignant: 1.1 + 2 x 0.4 = 1.9 cm -> 11622. Layered repair scalp 4.5 cm -> "
                      "12032 (scalp is in the 12031-12037 group, REP-2), separately reportable (EX-5).",
    },
    {
        "id": "s12-mohs-note-back-infiltrative-bcc",
        "family": "mohs", "shape": "note-only",
        "description": "Mohs of a 2.2 cm infiltrative BCC upper back, 2 stages, layered closure 6.8 cm",
        "date": "2026-03-17", "patient": ("Fairbanks", "Dolores", "1953-03-31", "female"),
        "provider": "lindgren", "payer": "medicare",
        "conditions": [C("c1", "Basal cell carcinoma, infiltrative, right upper back", "C44.519",
                         "right upper back", reason=True)],
        "note": """MOHS SURGERY NOTE
Date of surgery: 3/17/2026
Patient: Dolores Fairbanks (DOB 03/31/1953)
Mohs surgeon: Astrid Lindgren, MD - served as both surgeon and pathologist for all stages.

Preop dx: BCC, infiltrative/sclerosing pattern, R upper back (bx 2/20/2026, outside path). Clinical size 2.2 x 1.8 cm,
ill-defined borders. Indication for Mohs: aggressive histology and size >= 2 cm on trunk (AUC appropriate).

Procedure: Site confirmed by pt and photos. Prep and drape, 1% lido w/ epi + 0.25% bupivacaine. Debulked with curette.
 - Stage 1: excised with 2 mm margin, divided into 4 tissue blocks, color-coded and mapped. Frozen sections H&E:
   infiltrative BCC at blocks 3-4 (6-9 o'clock) peripheral.
 - Stage 2: additional layer from 6-9 o'clock, 2 tissue blocks. Margins clear.
Final defect 3.1 x 2.6 cm to mid subcutaneous fat.

Repair: discussed healing by second intention vs linear closure; chose linear. Defect converted to an ellipse,
undermined widely in the superficial fat, deep layer 3-0 Vicryl buried vertical mattress, superficial 4-0 nylon
running. Final length 6.8 cm. No flap.

Pt tolerated well. EBL 15 mL. Post-op instructions, acetaminophen for pain, no lifting > 10 lb x 2 weeks.
Suture removal 14 days.""",
        "expected": E([L("17313", 1), L("17314", 1), L("12032", 1)]),
        "coder_note": "Trunk Mohs -> 17313 + 17314 (2 stages, <= 5 blocks each, MOHS-2). Infiltrative BCC >= 2 cm "
                      "on the trunk meets AUC (MOHSN-2). Layered closure trunk 6.8 cm -> 12032 (MOHS-7).",
    },
    {
        "id": "s12-nail-note-two-toenail-avulsions",
        "family": "nails", "shape": "note-only",
        "description": "Complete avulsion of right great and right second toenails",
        "date": "2026-03-18", "patient": ("Kessler", "Arnold", "1959-07-14", "male"),
        "provider": "okonkwo", "payer": "medicare",
        "conditions": [C("c1", "Nail dystrophy with onycholysis, right great and second toes", "L60.3",
                         "right great toe, right second toe", reason=True)],
        "note": """Chidi Okonkwo, MD - Dermatology
Pt: Arnold Kessler  66M   Visit 03/18/2026

HPI: Both R great toenail and R 2nd toenail were crushed under a dropped paver stone in January. Since then both
nails are loose, lifted, thick and painful in shoes; the 2nd one catches on socks and bled twice. KOH/fungal culture
in Feb negative. Not diabetic, pedal pulses good. Prior hx: L great toenail avulsion 2019 (ingrown), healed.

Exam: R hallux nail: onycholysis of distal 2/3, thickened, tender. R second toe nail: lifted, dystrophic, hemorrhagic
debris under plate, tender. No paronychia. Cap refill < 2 s.

Assessment: Post-traumatic nail dystrophy with onycholysis, R great toe and R second toe, symptomatic.

Procedure: Informed consent. Digital blocks with 2% lidocaine plain, 3 mL R hallux, 2 mL R 2nd toe. Tourniquet.
Nail plates freed from the bed and folds with a freer elevator and removed in their entirety, first the R great toe,
then the R second toe. Nail beds intact, no matrix treatment. Hemostasis, Xeroform and bulky dressing.

Plan: Soaks BID starting tomorrow, wide shoes, acetaminophen. Nails expected to regrow in 9-12 mo. RTC 2 wks for
wound check; sooner for redness/drainage.""",
        "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")]),
        "coder_note": "Two complete avulsions: 11730 first nail (right great toe, T5) + 11732 each additional "
                      "(right second toe, T6). Digit modifiers per conventions; different digits stay separate "
                      "lines.",
    },
    {
        "id": "s12-il-note-alopecia-areata-four-patches",
        "family": "intralesional", "shape": "note-only",
        "description": "ILK to 4 alopecia areata patches, Kenalog 10 mg/mL 2.4 mL total",
        "date": "2026-03-19", "patient": ("Quinlan", "Harper", "1994-10-30", "female"),
        "provider": "adeyemi", "payer": "commercial",
        "conditions": [C("c1", "Alopecia areata, scalp", "L63.9", "scalp", reason=True)],
        "note": """Folake Adeyemi, MD       03/19/2026
Harper Quinlan, 31F - alopecia areata, ILK visit #2

Interval: Patches from last visit (2/19) show early fine regrowth; one new patch at L temple noticed 2 wks ago. No
eyebrow/lash loss, nails normal. Continues clobetasol foam nightly (refills ok - no change).

Exam: 4 patches of nonscarring alopecia:
  1) vertex 3.0 x 2.5 cm (vellus regrowth)
  2) R parietal 2.0 cm
  3) occiput 2.5 x 2.0 cm
  4) L temple 1.5 cm (new) - exclamation point hairs at margin
No scale, no erythema.

Procedure: verbal and written consent. Triamcinolone acetonide (Kenalog-10) 10 mg/mL, 0.6 mL injected into each of
the four patches in 0.05-0.1 mL aliquots ~1 cm apart, 30g needle, intradermal. Total 2.4 mL = 24 mg. Tolerated well.
Atrophy risk reviewed.

Plan: repeat in 4-6 wks; if extensive progression would consider JAK inhibitor (not today). Photos taken.""",
        "expected": E([L("11900", 1), L("J3301", 3)]),
        "coder_note": "4 patches injected -> 11900 (up to 7 lesions). 24 mg triamcinolone acetonide -> J3301 x3 "
                      "(ceil(24/10)).",
    },
    {
        "id": "s12-id-note-loculated-abscess-packing",
        "family": "incision-drainage", "shape": "note-only",
        "description": "Single loculated thigh abscess, loculations broken, packed: complicated I&D",
        "date": "2026-03-20", "patient": ("Dunmore", "Travis", "1985-08-08", "male"),
        "provider": "santos", "payer": "commercial-aetna",
        "conditions": [C("c1", "Cutaneous abscess, left thigh", "L02.416", "left medial thigh", reason=True)],
        "note": """Same-day sick visit, 3/20/26, Rafael Santos MD

Travis Dunmore 40M. Painful swelling L inner thigh x 6 days, getting bigger, now hard to walk. Had a "spider bite"
there. Low-grade temp 99.8 at home. No DM. No prior abscesses. NKDA.

Exam: L medial thigh: 4 x 3.5 cm fluctuant, indurated, warm, tender abscess with 2 cm surrounding erythema. No
crepitus. Inguinal nodes mildly tender.

Dx: abscess L thigh w/ surrounding cellulitis.

I&D: consent. Chlorhexidine prep, 1% lido w/ epi ring block. 1.5 cm linear incision with #11 blade. ~8 mL thick
purulent drainage. Cavity multiloculated - septations broken up bluntly with a curved hemostat, cavity irrigated
w/ 60 mL NS. Packed with 1/4" iodoform gauze (~15 cm). Culture swab sent. Gauze dressing.

Plan: TMP-SMX DS 1 tab BID x 7 days, warm compresses, return in 48 h for packing removal/change, ED if fever >101 or
spreading redness. Note for work x 2 days.""",
        "expected": E([L("10061", 1)]),
        "coder_note": "Loculated abscess with septae broken up and packing = complicated I&D -> 10061 (section 4.8). "
                      "No E/M selected.",
    },
    {
        "id": "s12-paring-note-six-lesions-html",
        "family": "paring", "shape": "note-only",
        "description": "Oracle PowerNote: paring of six corns/calluses on both feet",
        "date": "2026-03-23", "patient": ("Feld", "Gertrude", "1964-02-17", "female"),
        "provider": "abernathy", "payer": "commercial",
        "conditions": [C("c1", "Corns and calluses, both feet", "L84", "bilateral feet", reason=True)],
        "html": True,
        "note": """<p><b>Dermatology - Procedure Visit</b><br>Gertrude Feld, 62 y F &nbsp;|&nbsp; 03/23/2026 &nbsp;|&nbsp;
June Abernathy, MD</p>
<p><b>HPI:</b> Returns for painful corns and calluses, last pared 12/2025 with ~10 wks relief. Pain 6/10 walking at work
(nurse, 12 h shifts). Not diabetic. No neuropathy. Hammertoes bilat, podiatry referral declined.</p>
<p><b>Exam:</b></p>
<ul>
<li>R foot: callus sub 1st MTH 1.5 cm; hard corn dorsal 5th toe PIPJ 5 mm; fissured heel callus 2 cm</li>
<li>L foot: callus sub 2nd MTH 1.2 cm; soft corn 4th web space 4 mm; pinch callus medial hallux 8 mm</li>
</ul>
<p><b>Procedure:</b> All six hyperkeratotic lesions pared with a #15 blade to healthy tissue, no bleeding. Central
core enucleated from the dorsal 5th toe corn. Foam toe sleeve + lamb's wool to 4th web.</p>
<p><b>Plan:</b> Urea 40% cream nightly to heels and plantar calluses, pumice 2x/wk, wider toe box shoes. RTC 10-12
weeks for repeat paring prn.</p>""",
        "expected": E([L("11057", 1)]),
        "coder_note": "Six lesions pared -> 11057 (more than 4), one unit (section 4.8). Commercial payer, no "
                      "Medicare routine-foot-care question.",
    },
    {
        "id": "s12-patch-note-new-pt-99204-25",
        "family": "patch-test", "shape": "note-only",
        "description": "New patient hand dermatitis work-up with Rx, 48-allergen patch test applied same day",
        "date": "2026-03-23", "patient": ("Moreau", "Jessamyn", "1987-12-03", "female"),
        "provider": "castellanos", "payer": "commercial-uhc", "em": "99204", "minutes": 50,
        "conditions": [C("c1", "Hand dermatitis, chronic, worsening", "L30.9", "bilateral hands", reason=True)],
        "note": """NEW PATIENT CONSULTATION - Dermatology
Jessamyn Moreau | 38 y.o. F | 03/23/2026 | Ines Castellanos, MD
Referred by: Dr. P. Amari (PCP)

CC: hand rash x 8 months, getting worse

HPI: Dental hygienist. Rash began on fingertips and backs of hands last summer, now spreading to wrists with
fissures that bleed; itch 8/10, waking at night. Worse on work weeks, better on vacation. Wears nitrile gloves all
day, hand sanitizer 20x/day. PCP gave triamcinolone 0.1% cream (partial help) and a 5-day prednisone burst in Jan with
rebound. No asthma; childhood eczema in creases. New hand cream and new glove brand in 2025.

PMH: hypothyroid. Meds: levothyroxine. Allergies: none known. Social: nonsmoker.
ROS: no joint pain, no nail change, no rash elsewhere, no fever.

EXAM: Bilateral dorsal hands and fingers: lichenified erythematous plaques with scale, fissures on fingertips,
vesicles on lateral fingers; wrists: ill-defined eczematous patches. Palms: scale, no pustules. Nails: normal. Feet:
clear (no tinea). Face/eyelids clear.

ASSESSMENT: Chronic hand dermatitis, worsening - ddx allergic contact (rubber accelerators, acrylates,
fragrance/preservatives) vs irritant vs atopic hand dermatitis.

PLAN:
- Rx clobetasol 0.05% ointment BID x 2 wks to hands (not to the back until readings done), then weekends only;
  petrolatum + cotton gloves at night. Avoid hand sanitizer where possible, vinyl glove liners.
- Patch testing started today: expanded series including dental/acrylate and rubber panels - 48 allergens total -
  applied to the upper back (Finn chambers on Scanpor). Readings Wed 3/25 and Fri 3/27. Keep back dry.
- Work note for glove accommodation.
- Discussed occupational implications and prognosis. Total time on date excluding patch application: 48 minutes.

RTC 3/25 and 3/27 for readings.""",
        "expected": E([L("99204", 1, "25"), L("95044", 48)]),
        "coder_note": "New-patient evaluation of a worsening chronic condition with prescription management is "
                      "separate from applying the tests; 95044/99204 is indicator 1 -> 25 on the E/M (section 4.8, "
                      "conventions). 48 allergens -> 95044 x48.",
    },
    {
        "id": "s12-photo-note-puva-medicare",
        "family": "phototherapy", "shape": "note-only",
        "description": "Medicare PUVA session for intractable psoriasis after failed topicals, NB-UVB and MTX",
        "date": "2026-03-24", "patient": ("Lowell", "Bertram", "1966-04-27", "male"),
        "provider": "nakamura", "payer": "medicare",
        "conditions": [C("c1", "Psoriasis vulgaris, severe, intractable", "L40.0", "trunk, extremities, palms",
                         reason=True)],
        "html": True,
        "note": """<b>PHOTOTHERAPY - PUVA TREATMENT NOTE</b><br>
Patient: LOWELL, BERTRAM (59 y M) &nbsp; Date: 03/24/2026<br>
Ordering/supervising physician: Ren Nakamura, MD &nbsp; Treating RN: D. Ferris<br><br>
<b>Indication (from 02/2026 consult, unchanged):</b> plaque psoriasis ~25% BSA incl. palms, intractable and disabling
(unable to grip tools, on light duty). Failed: high-potency topical steroids + calcipotriene (1 yr), NB-UVB 3x/wk x
40 sessions (2025) with inadequate response, methotrexate stopped 11/2025 for transaminitis. Biologic declined by pt.<br><br>
<b>Today:</b> PUVA session #6. Oxsoralen-Ultra (methoxsalen) 40 mg PO taken 2 h before treatment (pt confirms,
with food). UVA whole body 3.0 J/cm2 (up from 2.5). UV goggles given for 24 h. Genitals shielded. No erythema
or pruritus from session #5. BSA today ~20%, plaques thinner.<br><br>
<b>Plan:</b> continue 2x/week; reassess at session #15. Eye exam on file 01/2026. No E/M today.""",
        "expected": E([L("96912", 1)]),
        "coder_note": "Psoralen + UVA = 96912. NCD 250.1 PUVA criteria documented (intractable, disabling, failed "
                      "conventional treatment), so no GA/GZ (PHOTO-1).",
    },
    {
        "id": "s12-postop-note-temple-bx-79",
        "family": "post-op", "shape": "note-only",
        "description": "Suture removal inside excision global plus shave biopsy of a new temple lesion",
        "date": "2026-03-13", "patient": ("Ingersoll", "Martha", "1954-01-19", "female"),
        "provider": "marchetti", "payer": "medicare",
        "prior": [PRIOR("2026-03-04", "11602", "Excision SCC", "R upper back"),
                  PRIOR("2026-03-04", "12032", "Layered repair", "R upper back")],
        "conditions": [C("c1", "Neoplasm of skin, left temple", "D49.2", "left temple", reason=True),
                       C("c2", "Surgical aftercare, skin", "Z48.817", "right upper back")],
        "note": """Post-op / suture removal - 03/13/2026
Martha Ingersoll 72F    Dr. Luca Marchetti

S: 9 days s/p excision of SCC R upper back with layered closure (3/4, path: SCC well diff, margins clear). Doing
well, no pain. ALSO: new pink bump on L temple x 6 weeks, bleeds when she washes her face. Not present at her
11/2025 skin check.

O: R upper back incision intact, no erythema or drainage; sutures removed.
L temple: 5 mm pearly pink papule with central erosion and arborizing vessels.

A/P:
1. s/p excision SCC R upper back - healing well, sutures out, steri-strips. Routine post-op.
2. New lesion L temple, r/o BCC - unrelated to the back surgery. Shave biopsy performed: consent, 1% lido w/ epi,
   tangential removal of a sample w/ flexible blade to mid dermis, AlCl3 hemostasis. To DermPath Partners.
Will call with results; treatment per path.""",
        "expected": E([L("11102", 1, "79")], topics=["global-period"]),
        "coder_note": "Biopsy of a new, unrelated lesion inside the 010 global of 11602/12032 -> 11102-79 (GS-5). "
                      "The suture check itself is post-op care; no 99024 on a day with a billed procedure "
                      "(README precedent ho-postop-79-shave-in-global).",
    },
    {
        "id": "s12-em-note-medicare-screening-gy",
        "family": "em", "shape": "note-only",
        "description": "Medicare new patient wants a skin check: no history, no complaint, nothing found",
        "date": "2026-03-25", "patient": ("Pendleton", "Roger", "1959-11-11", "male"),
        "provider": "pike", "payer": "medicare", "em": "99203",
        "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True)],
        "note": """NEW PATIENT - SKIN CHECK
Roger Pendleton, 66M | 03/25/2026 | Jordan Pike, MD

Reason for visit: "Just turned 66, my wife made me get a skin check." No spots of concern, nothing new, changing,
itching or bleeding. No personal hx of skin cancer. No family hx of melanoma. Outdoor work in youth; uses sunscreen
sometimes. No prior dermatology visits.

PMH: hyperlipidemia. Meds: rosuvastatin. NKDA.
ROS: Skin: negative. Constitutional: negative.

Exam: Total body skin exam (scalp, face, ears, neck, chest, abdomen, back, buttocks, genitals, upper and lower
extremities, palms/soles, nails): Fitzpatrick II. Scattered small regular nevi (< 5 mm, uniform) and solar lentigines
on the back and forearms. No lesions suspicious for malignancy. No AKs.

Assessment: Skin cancer screening - normal exam.

Plan: No treatment needed. Counseled on SPF 30+, hats, and monthly self-exams; handout given. Routine skin check
in 1-2 years or sooner if any lesion changes.""",
        "expected": E([L("99203", 1, "GY")]),
        "coder_note": "Screening-only full-skin exam in an asymptomatic Medicare patient with no history and no "
                      "findings: routine screening is excluded -> E/M with GY (DX-5, COS-4, corpus decision).",
    },
    {
        "id": "s12-mix-note-fse-bx-ln2-rosacea",
        "family": "mixed", "shape": "note-only",
        "description": "FSE with rosacea Rx (E/M-25), shave bx back, LN2 to eleven AKs",
        "date": "2026-03-26", "patient": ("Whitlock", "Gordon", "1952-08-28", "male"),
        "provider": "voss", "payer": "medicare", "em": "99214", "minutes": 40,
        "conditions": [C("c1", "Rosacea, papulopustular, flaring", "L71.9", "central face", reason=True),
                       C("c2", "Neoplasm of skin, left upper back", "D49.2", "left upper back", reason=True),
                       C("c3", "Actinic keratoses", "L57.0", "scalp, forehead", reason=True),
                       C("c4", "Personal history of basal cell carcinoma", "Z85.828", reason=True)],
        "note": """DERMATOLOGY FOLLOW-UP
Patient: Gordon Whitlock   Age: 73   Sex: M   DOS: 03/26/2026
Provider: Henrietta Voss, MD

CC: 6-month skin check (hx BCC), face breaking out, new spot on back

HPI: Hx BCC R nasal sidewall (Mohs 2022) and L shoulder (ED&C 2024). Here for FSE. Wife noticed a new shiny bump on
his L upper back ~2 months ago. Also face has been red with "pimples" and burning x 6 wks, worse with wine and hot
showers; tried his wife's hydrocortisone - worse. Rough spots on scalp again.
Last visit copied forward: "Rosacea - stable on metronidazole gel, continue." (he stopped it last summer).

Meds: amlodipine, tamsulosin. NKDA.
ROS: eyes gritty in AM. No fevers. Otherwise negative.

EXAM: Full skin exam performed.
- Central face: erythema, telangiectasias, multiple inflammatory papules and pustules on cheeks/nose/chin. No
  comedones. Lid margins mildly injected.
- L upper back: 7mm pearly papule with rolled border and arborizing vessels.
- Scalp: seven gritty erythematous keratotic papules; forehead: four more (eleven AKs total).
- Scars of prior BCC sites: no recurrence.
- Scattered SKs, lentigines.

ASSESSMENT & PLAN:
1. Rosacea, papulopustular, flaring, with mild ocular sx - restart metronidazole 0.75% gel BID and start doxycycline
   40 mg ER daily x 12 wks (reviewed photosensitivity, take w/ food). Triggers discussed. Warm compresses/lid hygiene;
   ophtho if eye sx persist.
2. Lesion L upper back, r/o BCC - shave biopsy today. Consent, lido w/ epi, tangential shave with Dermablade, AlCl3.
   To DermPath Partners.
3. Actinic keratoses x11 (scalp 7, forehead 4) - LN2 cryotherapy, 2 cycles each, all 11 treated. Blister care.
4. Hx BCC - no recurrence; continue q6mo FSE.
5. Sun protection counseling.

RTC 6 months (sooner per path).""",
        "expected": E([L("99214", 1, "25"), L("11102", 1), L("17000", 1, "XS"), L("17003", 10)]),
        "coder_note": "Rosacea flare with new Rx (doxycycline) is separately identifiable -> E/M-25 (GS-3). Biopsy of "
                      "the back lesion 11102; AKs on scalp/forehead are different lesions: 11102/17000 indicator 1 "
                      "with 17000 as column 2 -> 17000-XS; 11 AKs -> 17000 + 17003 x10 (DS-1). No 11102/17003 edit.",
    },
    {
        "id": "s12-rep-note-nasal-ala-rim-complex",
        "family": "repair", "shape": "note-only",
        "description": "BCC nasal ala excision with complex repair involving the alar rim (free margin)",
        "date": "2026-03-27", "patient": ("Ashworth", "Philip", "1968-05-09", "male"),
        "provider": "baptiste", "payer": "commercial",
        "conditions": [C("c1", "Basal cell carcinoma, right nasal ala", "C44.311", "right nasal ala", reason=True)],
        "path": [{"text": "Skin, right nasal ala, excision: basal cell carcinoma, nodular; margins clear (closest "
                          "1.5 mm).", "site": "right nasal ala", "date": "2026-03-31"}],
        "note": """Procedure Note - 03/27/2026 - Marc Baptiste, MD
Philip Ashworth, 57M

Dx: nodular BCC R nasal ala, biopsy-proven 2/27/26 (shave bx). Mohs referral offered twice - pt declines (cost and
travel to the Mohs center 2 h away) and accepts the higher recurrence risk with standard excision; signed.

Pre-op: lesion 0.6 cm, located on the lower R ala 2 mm above the alar rim.
Margins: 3 mm.
Anesthesia: 1% lido w/ epi, 3 mL; nasal alar block.
Excision: full-thickness skin excision to the level of the nasalis muscle/perichondrium of the lateral crus; the
excision crossed onto the free margin of the alar rim. Specimen oriented and sent.
Repair (complex): the defect involving the nostril rim was repaired with careful alignment of the free margin;
trimming of the rim edges, layered closure with 5-0 Monocryl buried sutures, rim re-approximated with a 6-0 nylon
vertical mattress to evert and prevent notching, remainder 6-0 nylon simple interrupted. Total repair length 2.2 cm.
No flap or graft.
Hemostasis: bipolar. EBL minimal.

Post-op: Vaseline, no nose blowing x 1 wk, sutures out 6-7 days. F/u path.""",
        "expected": E([L("11642", 1), L("13151", 1)]),
        "coder_note": "Malignant excision, nose: 0.6 + 2 x 0.3 = 1.2 cm -> 11642. Repair involving the free margin "
                      "of the nostril rim is complex (REP-3): nose 2.2 cm -> 13151. No 11642/13151 PTP edit (EX-5).",
    },
    {
        "id": "s12-cos-note-aetna-sk-shave-plus-bx",
        "family": "cosmetic", "shape": "note-only",
        "description": "Commercial: shave biopsy of a changing arm lesion + self-pay shave of facial SKs",
        "date": "2026-03-30", "patient": ("Benavides", "Carla", "1967-06-22", "female"),
        "provider": "okafor", "payer": "commercial-aetna",
        "conditions": [C("c1", "Changing pigmented lesion, right upper arm", "D49.2", "right upper arm",
                         reason=True),
                       C("c2", "Seborrheic keratoses, face", "L82.1", "forehead, left cheek"),
                       C("c3", "Encounter for cosmetic procedure", "Z41.1")],
        "note": """Dermatology - 03/30/2026 - Adaeze Okafor MD
Carla Benavides, 58 y/o F, est pt

Concerns today:
(1) A dark spot on her R upper arm that "got bigger and darker since Christmas."
(2) Three brown spots on her face she would like removed - "they make me look old." No itch, no bleeding, no
    irritation, not changing. Knows they are SKs from prior visit.

Exam:
- R upper arm: 8 mm irregular brown-black macule with asymmetric pigment network, focal regression on dermoscopy.
- Forehead (2) and L cheek (1): waxy stuck-on tan papules 3-5 mm, classic SK, no inflammation.

A/P:
1. Changing pigmented lesion R upper arm - r/o dysplastic nevus vs melanoma in situ. Shave biopsy (deep
   saucerization) for diagnosis today after consent; hemostasis AlCl3. To DermPath Partners. Will call with results,
   excision likely depending on path.
2. SKs x3 face - asymptomatic; removal is cosmetic. Pt signed the practice cosmetic-services waiver and paid the
   self-pay fee. Shave removal of all three flush with the skin, AlCl3. Not sent to path.
RTC per path.""",
        "expected": E([L("11102", 1)], topics=["cosmetic"]),
        "coder_note": "Diagnostic tangential biopsy -> 11102 (BX-1). Shave of asymptomatic facial SKs for appearance "
                      "on a commercial plan is cosmetic: not on the claim (COS-2, conventions), so no PTP pair "
                      "remains and 11102 needs no modifier.",
    },
    {
        "id": "s12-ds-note-ak-count-missing-bx",
        "family": "destruction", "shape": "note-only",
        "description": "LN2 to 'AKs' with no count documented + shave biopsy of a forearm lesion",
        "date": "2026-03-31", "patient": ("Tremblay", "Luc", "1947-03-08", "male"),
        "provider": "lindqvist", "payer": "medicare",
        "conditions": [C("c1", "Actinic keratoses", "L57.0", "scalp, dorsal hands", reason=True),
                       C("c2", "Neoplasm of skin, right forearm", "D49.2", "right dorsal forearm", reason=True)],
        "note": """Erik Lindqvist MD - est pt - 3/31/2026
Luc Tremblay 79M

S: f/u AKs, last LN2 10/2025. New tender growing bump R forearm x 1 mo.
Hx: SCC L hand 2021 (excised). On apixaban for AFib.

O: Scalp and dorsal hands w/ multiple scattered gritty erythematous keratotic papules c/w AKs. R dorsal forearm:
9 mm crusted keratotic nodule on erythematous base, tender.

A/P:
- AKs, scalp and dorsal hands: LN2 applied to the AKs today, 2 FTC. Discussed field tx w/ 5-FU next winter.
- Nodule R dorsal forearm, r/o SCC vs KA vs HAK: shave bx (tangential, to mid-dermis) today, consent signed,
  hemostasis w/ AlCl3 + pressure (on apixaban). Sent out to DermPath Partners.
- Sun protection, self-exams.
RTC 4 mo.""",
        "expected": E([L("11102", 1)], topics=["missing-documentation"]),
        "coder_note": "Shave biopsy -> 11102. The AK destruction has no lesion count anywhere in the chart, so no "
                      "17000/17003/17004 line can be built (corpus decision 'no lesion count -> no line', "
                      "missing-documentation).",
    },
]

SCENARIOS = PRE + FREE + NOTE
