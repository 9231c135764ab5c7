# ruff: noqa: E501  (hand-written chart text and descriptions; wrapping would change the notes)
"""Held-out-style encounters written by a second, independent coder (ids ``ho-``).

Different voices from the first corpus author: Epic SmartPhrase notes with @-token leftovers and ALL-CAPS
headers, ModMed EMA-style pre-coded Procedures with terse bodySite and free-text notes, Cerner PowerNote-style
HTML with tables and <br>, dictated paragraphs with no headers, bullet lists and heavy abbreviations. Expected
answers follow /work/shared/reference/derm_coding.md and docs/coding_conventions.md only (the engine was not read).
"""

from __future__ import annotations

from tools.corpus.spec_helpers import PRIOR
from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P

BIOPSY_SHAVE = [
    {
        "id": "ho-bx-epic-smartphrase-punch-shave", "family": "biopsy", "shape": "note-only",
        "description": "Epic SmartPhrase note (@-tokens left in): punch bx L forearm + shave bx R scapula; third lesion 'will bx if changes' -> 11104 + 11103",
        "date": "2026-04-06", "payer": "commercial", "provider": "chen",
        "patient": ("Marchetti", "Giulia", "1977-10-02", "female"),
        "note": """DERMATOLOGY OFFICE VISIT
@NAME@ is a @AGE@ female who presents with CHIEF COMPLAINT: spots to check.
HISTORY OF PRESENT ILLNESS: pt reports a firm pink bump L forearm x 3 mo, and a dark spot R scapula that her
daughter thinks is new. ***
PHYSICAL EXAM: @BRIEFEXAM@
- L forearm: 6mm firm pink papule, dimple sign negative
- R scapula: 5mm irregular brown macule, atypical network on dermoscopy
- L thigh: 4mm symmetric tan macule, benign pattern
ASSESSMENT/PLAN:
1. Neoplasm of uncertain behavior L forearm - PUNCH BX 4mm today, 1 simple suture 4-0 nylon.
2. Atypical pigmented lesion R scapula - SHAVE BX (tangential, deep) today, AlCl.
3. Nevus L thigh - benign, photo taken, will bx if changes.
PROCEDURE: consent signed, time out, 1% lido w/ epi. Specimens x2 to dermpath, labelled A/B.
@SIGNATURE@
""",
        "expected": E([L("11104"), L("11103")]),
    },
    {
        "id": "ho-bx-ema-three-techniques-two-primaries", "family": "biopsy", "shape": "pre-coded",
        "description": "EMA sent 11102, 11102, 11106 (one incisional + two shaves): one primary (incisional) -> 11106 + 11103 x2",
        "date": "2026-04-07", "payer": "medicare", "provider": "lindqvist",
        "patient": ("Dunleavy", "Francis", "1944-01-19", "male"),
        "conditions": [C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", "L upper back", reason=True),
                       C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "R shin"),
                       C("c3", "Neoplasm of unspecified behavior of skin", "D49.2", "L chest")],
        "procedures": [
            P("Bx tangential", "11102", "L upr back", "shave bx 7mm pearly papule", ["c1"]),
            P("Bx tangential", "11102", "R shin", "shave bx 9mm scaly plaque", ["c2"]),
            P("Bx incisional", "11106", "L chest", "wedge bx w/ #15 blade thru dermis into fat, 2.0cm indurated plaque, closed 4-0 nylon x2", ["c3"]),
        ],
        "note": """F. Dunleavy 82M 4/7/26. Hx BCC x2, SCC x1. Bx x3 today (see proc list). Consent, lido w/ epi.
L upr back 7mm pearly papule - shave bx. R shin 9mm scaly plaque - shave bx. L chest 2.0cm indurated plaque,
r/o morpheaform BCC vs morphea - incisional wedge bx to fat, closed. Path x3. f/u 2 wk for results.
""",
        "coder_note": "BX-2: one primary per encounter, incisional ranks first; the two tangential biopsies take 11103 (11106/11102 is PTP indicator 0).",
        "expected": E([L("11106"), L("11103", 2)], ["coding-correction"]),
    },
    {
        "id": "ho-bx-dictated-two-punches-old-scar", "family": "biopsy", "shape": "free-text",
        "description": "Dictated narrative, no headers: two punch biopsies (L shin, R thigh); prior biopsy scar on the back only examined -> 11104 + 11105",
        "date": "2026-04-08", "payer": "medicaid-mco", "provider": "ramirez",
        "patient": ("Okonkwo", "Chidi", "1969-06-30", "male"),
        "conditions": [C("c1", "Vasculitis limited to the skin", None, "Bilateral lower legs", reason=True)],
        "procedures": [P("Punch biopsy", None, "L shin", "3mm punch, fresh palpable purpura, to H&E", ["c1"]),
                       P("Punch biopsy", None, "R thigh", "4mm punch for DIF, 1 suture", ["c1"])],
        "note": """This is a 56 year old gentleman seen today for a purpuric rash of both legs which started about ten days after
a course of amoxicillin. He has no abdominal pain, no blood in the urine he has noticed and no joint pains. On
exam there is palpable purpura over both shins and thighs, nonblanching, some with small central vesicles. The
biopsy scar on his mid back from last year is well healed and we did not do anything there today. After
discussing risks I performed a three millimeter punch biopsy of a fresh lesion on the left shin for routine
histology and a four millimeter punch biopsy of the right thigh for direct immunofluorescence, one stitch at
the thigh. UA, CBC, BMP and complements ordered. He will follow up in two weeks for the results.
""",
        "expected": E([L("11104"), L("11105")]),
    },
    {
        "id": "ho-bx-powernote-html-table-two-shaves", "family": "biopsy", "shape": "note-only",
        "description": "Cerner PowerNote HTML with a lesion table: two shave biopsies, a third lesion monitored -> 11102 + 11103",
        "date": "2026-04-09", "payer": "medicare-advantage", "provider": "baptiste",
        "patient": ("Ferreira", "Lucinda", "1951-12-12", "female"),
        "html": True,
        "note": """<html><body><h3>PowerNote - Dermatology Procedure</h3>
<p>Patient: Lucinda Ferreira<br>DOS: 04/09/2026<br>Attending: M. Baptiste MD</p>
<table border="1"><tr><th>Lesion</th><th>Site</th><th>Size</th><th>Impression</th><th>Action</th></tr>
<tr><td>A</td><td>R nasolabial fold</td><td>5 mm</td><td>r/o BCC</td><td>Shave biopsy</td></tr>
<tr><td>B</td><td>L dorsal hand</td><td>8 mm</td><td>r/o SCC vs HAK</td><td>Shave biopsy</td></tr>
<tr><td>C</td><td>R upper arm</td><td>3 mm</td><td>SK</td><td>Monitor - no bx</td></tr></table>
<p>Procedure: informed consent; 1% lidocaine w/ epi; tangential biopsies A and B with DermaBlade; AlCl;
specimens to pathology separately.<br>Disposition: results by portal, f/u prn.</p></body></html>""",
        "expected": E([L("11102"), L("11103")]),
    },
    {
        "id": "ho-bx-glans-punch-54100", "family": "biopsy", "shape": "pre-coded",
        "description": "EMA sent 11104 for a punch biopsy of the glans penis: site-specific code 54100 applies -> 54100",
        "date": "2026-04-10", "payer": "commercial-uhc", "provider": "okafor",
        "patient": ("Castellanos", "Rafael", "1963-04-04", "male"),
        "conditions": [C("c1", "Erythroplakia of glans, r/o Zoon balanitis vs SCCIS", None, "Glans penis", reason=True)],
        "procedures": [P("Punch bx", "11104", "glans", "3mm punch bx of 1.2cm red velvety plaque on glans, 1 chromic suture", ["c1"])],
        "note": """R. Castellanos 63M 4/10/26. Persistent red shiny plaque on glans x 6 mo despite TAC and clotrimazole. Uncircumcised.
Exam: 1.2 cm well-demarcated glistening erythematous plaque, glans. A/P: r/o Zoon balanitis vs SCCIS (erythroplasia
of Queyrat). Punch bx 3mm after penile block, 4-0 chromic x1. Path. Stop TAC.
""",
        "coder_note": "BX-1: mucosal/genital sites use site-specific biopsy codes (penis 54100), not 11104.",
        "expected": E([L("54100")], ["coding-correction"]),
    },
    {
        "id": "ho-shave-ema-nasal-tip-wrong-band", "family": "shave", "shape": "pre-coded",
        "description": "EMA sent 11310 for a 0.8 x 0.6cm bleeding nevus of the nasal tip: 0.6-1.0 cm band -> 11311",
        "date": "2026-04-06", "payer": "commercial-uhc", "provider": "chen",
        "patient": ("Albright", "Naomi", "1990-08-08", "female"),
        "conditions": [C("c1", "Intradermal nevus, irritated", "D22.39", "nasal tip", reason=True)],
        "procedures": [P("Shave removal", "11310", "nasal tip",
                         "IDN 0.8 x 0.6cm, catches on glasses/towel, bled x3 last month. Shave removal flush w/ skin, AlCl.", ["c1"])],
        "note": """N. Albright 35F 04/06/2026 - irritated IDN nasal tip, bleeds w/ towel drying x3. 0.8 x 0.6cm. Shave removal, AlCl. Path.""",
        "coder_note": "SH-1: greatest lesion diameter 0.8 cm on the nose (FEENLM) = 11311.",
        "expected": E([L("11311")], ["coding-correction"]),
    },
    {
        "id": "ho-shave-bullets-forearm-scalp-comma-decimal", "family": "shave", "shape": "free-text",
        "description": "Bullet note with '8mm' and '1,2 cm': shave removal of inflamed ISK L forearm + scalp SK -> 11301 + 11307",
        "date": "2026-04-07", "payer": "medicare", "provider": "lindqvist",
        "patient": ("Van der Berg", "Hendrik", "1948-02-27", "male"),
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "L forearm", reason=True),
                       C("c2", "Inflamed seborrheic keratosis", "L82.0", "Scalp, vertex", reason=True)],
        "procedures": [P("Shave removal ISK", None, "L forearm", "8mm inflamed, crusted ISK removed by shave", ["c1"]),
                       P("Shave removal SK", None, "scalp vertex", "1,2 cm SK catching on comb, bleeding; shave removal", ["c2"])],
        "note": """H. van der Berg 78M  7-4-2026 (dd-mm)
- ISK L forearm 8mm, red, crusted, itches ++ -> shave removal, AlCl
- SK vertex scalp 1,2 cm, gets caught with comb, bled twice -> shave removal, AlCl
- multiple other SKs trunk: asymptomatic, reassured, no tx
- path x2
""",
        "coder_note": "SH-1: forearm (TAL) 0.8 cm = 11301; scalp (SNHFG) 1.2 cm = 11307. Both symptomatic (BSL-3 a/b/g), so covered.",
        "expected": E([L("11301"), L("11307")]),
    },
    {
        "id": "ho-shave-neck-three-counted-in-words", "family": "shave", "shape": "note-only",
        "description": "Dictated: shave removal of three irritated SKs of the neck, each about four millimeters -> 11305 x3",
        "date": "2026-04-08", "payer": "medicaid", "provider": "ramirez",
        "patient": ("Benavides", "Rosa", "1958-09-17", "female"),
        "note": """Mrs. Benavides comes in because three bumps on the side of her neck keep rubbing on her collar and bleeding,
and they itch. There are three brown stuck-on papules on the left lateral neck, each about four millimeters,
two of them crusted with dried blood. These are irritated seborrheic keratoses. After consent and local
anesthetic I removed all three by shave technique and got hemostasis with aluminum chloride. I did not treat
the flat brown spots on her cheeks, which are solar lentigines and are just cosmetic. Specimens were not sent.
""",
        "coder_note": "SH-1: neck is SNHFG; each lesion 0.4 cm (<= 0.5) -> 11305, one unit per lesion, summed to 3 (MUE 4).",
        "expected": E([L("11305", 3)]),
    },
]

EXCISION = [
    {
        "id": "ho-exb-smartphrase-eic-back-layered", "family": "excision-benign", "shape": "note-only",
        "description": "SmartPhrase excision note: EIC upper back 1.8 x 1.2 cm with 'margin of 0.2 cm' = 2.2 cm -> 11403; layered 4.2 cm -> 12032",
        "date": "2026-04-13", "payer": "commercial", "provider": "okafor",
        "patient": ("Lindgren", "Oskar", "1984-05-05", "male"),
        "note": """PROCEDURE NOTE - EXCISION
PATIENT: @NAME@   MRN: @MRN@   DATE: 04/13/2026
PREOPERATIVE DIAGNOSIS: Epidermal inclusion cyst, upper back, recurrently inflamed (drained x2 at urgent care)
POSTOPERATIVE DIAGNOSIS: Same
INDICATION: painful, recurrently inflamed; rubs on backpack strap.
LESION SIZE: 1.8 x 1.2 cm. MARGINS: margin of 0.2 cm around the cyst.
PROCEDURE: Consent ***. Prepped with chlorhexidine, 1% lidocaine w/ epi. Fusiform excision to subcutaneous fat,
cyst wall removed intact. Wound undermined. LAYERED CLOSURE: 4-0 Monocryl buried dermal, 4-0 nylon simple
interrupted. REPAIR LENGTH: 4.2 cm. EBL minimal. Specimen to pathology.
FOLLOW UP: suture removal 12-14 days. @SIGNATURE@
""",
        "coder_note": "EX-1: 1.8 + 2 x 0.2 = 2.2 cm trunk -> 11403; intermediate repair 4.2 cm trunk -> 12032 (EX-5).",
        "expected": E([L("11403"), L("12032")]),
    },
    {
        "id": "ho-exb-ema-scalp-nevus-wrong-band", "family": "excision-benign", "shape": "pre-coded",
        "description": "EMA sent 11421 from lesion size; 0.7cm + 2 x 2mm margins = 1.1 cm scalp -> 11422 (simple closure)",
        "date": "2026-04-14", "payer": "medicare", "provider": "lindqvist",
        "patient": ("Holloway", "Agnes", "1949-07-21", "female"),
        "conditions": [C("c1", "Dysplastic nevus, severe atypia", "D22.4", "scalp", reason=True)],
        "procedures": [P("Exc benign scalp", "11421", "scalp, L parietal",
                         "re-exc severely atypical nevus, 0.7cm bx site, 2mm margins, simple closure 4-0 nylon", ["c1"])],
        "path": [{"text": "Skin, left parietal scalp, re-excision: dysplastic compound nevus with severe atypia, margins clear. No melanoma."}],
        "note": """A. Holloway 76F 4/14/26. Severely atypical nevus L parietal scalp on shave bx 3/2026, margin involved. Re-excision
today: 0.7cm bx site w/ 2mm margins. Simple closure. Path: severe atypia, clear. No melanoma.
""",
        "coder_note": "EX-1: 0.7 + 2 x 0.2 = 1.1 cm scalp (SNHFG) -> 11422. EX-3: severe atypia is benign/uncertain -> benign code.",
        "expected": E([L("11422")], ["coding-correction"]),
    },
    {
        "id": "ho-exb-pilar-cyst-scalp-intermediate", "family": "excision-benign", "shape": "free-text",
        "description": "Pilar cyst scalp 1.5 cm with 1 mm margins = 1.7 cm -> 11422; layered scalp 3.0 cm -> 12032",
        "date": "2026-04-15", "payer": "commercial-aetna", "provider": "chen",
        "patient": ("Quigley", "Moira", "1972-11-30", "female"),
        "conditions": [C("c1", "Pilar cyst", "L72.11", "Scalp, occiput", reason=True)],
        "procedures": [P("Excision pilar cyst", None, "occipital scalp", "cyst 1.5cm, 1mm margins, sac intact, tender, hits on pillow", ["c1"]),
                       P("Layered closure", None, "occipital scalp", "3-0 Vicryl deep + staples, 3.0 cm")],
        "note": """Moira Quigley 53F  04/15/2026
Tender occipital cyst, painful lying on it, grew over 6 months. Exam 1.5 cm firm mobile subcutaneous cyst.
Excised with 1 mm margins, sac intact. Layered closure (3-0 Vicryl deep, staples) 3.0 cm. Path: pilar cyst.
""",
        "coder_note": "EX-1: 1.5 + 0.2 = 1.7 cm scalp -> 11422; intermediate repair scalp is in the 12031-12037 group (REP-2) -> 12032.",
        "expected": E([L("11422"), L("12032")]),
    },
    {
        "id": "ho-exm-melanoma-reexcision-58-layered", "family": "excision-malignant", "shape": "pre-coded",
        "description": "Melanoma: margin re-excision 8 days after 11603 (inside 010 global), scar 2.0 cm + 1.0 cm margins = 4.0 -> 11604-58; layered 8.5 cm -> 12034-58",
        "date": "2026-04-16", "payer": "medicare", "provider": "okafor",
        "patient": ("Prendergast", "Wallace", "1947-03-14", "male"),
        "conditions": [C("c1", "Malignant melanoma of skin of trunk", "C43.59", "L upper back", reason=True)],
        "procedures": [P("Re-excision melanoma", "11604", "L upr back", "scar 2.0cm, 1.0cm margins per path rec, excised diam 4.0cm", ["c1"]),
                       P("Repair intermediate trunk", "12034", "L upr back", "layered, 8.5cm", ["c1"])],
        "prior": [PRIOR("2026-04-08", "11603", "Excision malignant lesion trunk", "L upper back",
                        "Melanoma 1.6cm bx site, 5mm margins, 2.6cm; layered closure.")],
        "path": [{"text": "Skin, left upper back, excision (4/8/2026): malignant melanoma, superficial spreading, Breslow 0.9 mm; peripheral margin involved by melanoma in situ.",
                  "date": "2026-04-10"}],
        "note": """W. Prendergast 79M 4/16/26 - STAGED RE-EXCISION. s/p exc melanoma L upper back 4/8/26 (Breslow 0.9mm), lateral margin
+ for MIS. Planned wider re-excision today to 1.0 cm margins: scar 2.0cm, excised diameter 4.0cm. Layered closure
8.5cm (2-0 Vicryl deep, 3-0 nylon). Specimen oriented. Pt tolerated well.
""",
        "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of 11603 is staged -> 58 on the excision and on the intermediate repair done in the same staged session; malignant code even if residual is negative. 2.0 + 2 x 1.0 = 4.0 cm trunk -> 11604; 8.5 cm layered trunk -> 12034.",
        "expected": E([L("11604", 1, "58"), L("12034", 1, "58")], ["global-period"]),
    },
    {
        "id": "ho-exm-sccis-forearm-smartphrase", "family": "excision-malignant", "shape": "note-only",
        "description": "SmartPhrase: SCCIS L forearm 1.1 x 0.9cm with 4mm margins = 1.9 cm -> 11602 (simple closure)",
        "date": "2026-04-17", "payer": "medicare-advantage", "provider": "baptiste",
        "patient": ("Nakamura", "Hideo", "1946-06-06", "male"),
        "note": """EXCISION PROCEDURE NOTE
DATE OF SERVICE: 04/17/2026   PATIENT: @FNAME@ @LNAME@
DIAGNOSIS: SCCIS (Bowen disease) L forearm, bx-proven 3/20/2026.
LESION: 1.1 x 0.9cm. MARGINS: 4mm. EXCISED DIAMETER: 1.9cm.
TECHNIQUE: elliptical excision to fat; SIMPLE closure 4-0 nylon x5 (no layered closure needed).
SPECIMEN: to dermpath, oriented with suture at 12.
ADDITIONAL: AK x2 L hand noted - no LN2 today, pt prefers 5-FU; Rx sent previously, will restart. ***
""",
        "coder_note": "EX-3: SCC in situ (D04.62) -> malignant code; 1.1 + 0.8 = 1.9 cm arm -> 11602. 'no LN2 today' is not coded.",
        "expected": E([L("11602")]),
    },
    {
        "id": "ho-exm-bcc-helix-margin-of", "family": "excision-malignant", "shape": "free-text",
        "description": "BCC-nod R helix 0.6 cm with 'margin of 0.3 cm' = 1.2 cm -> 11642; layered 2.0 cm -> 12051",
        "date": "2026-04-20", "payer": "commercial-cigna", "provider": "chen",
        "patient": ("Sorensen", "Bjorn", "1960-01-09", "male"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of right ear", "C44.212", "R helix", reason=True)],
        "procedures": [P("Excision BCC", None, "R helix", "BCC-nod, 0.6cm, margin of 0.3 cm, elliptical excision to perichondrium", ["c1"]),
                       P("Layered repair", None, "R helix", "layered closure 2.0cm, 5-0 Vicryl/6-0 Prolene", ["c1"])],
        "note": """B. Sorensen 66M 4/20/2026. BCC-nod R helix (bx 3/2026). Pt declined Mohs. Excision with margin of 0.3 cm around
0.6cm tumor (excised diameter 1.2cm). Layered closure 2.0cm. Path: BCC, nodular, margins clear.
""",
        "path": [{"text": "Skin, right helix, excision: basal cell carcinoma, nodular type; margins free."}],
        "coder_note": "EX-1: 0.6 + 2 x 0.3 = 1.2 cm ear (FEENLM) -> 11642; layered 2.0 cm ear -> 12051. 'declined Mohs' is not coded.",
        "expected": E([L("11642"), L("12051")]),
    },
    {
        "id": "ho-exm-atypical-lesion-path-mis", "family": "excision-malignant", "shape": "free-text",
        "description": "Excision of an 'atypical pigmented lesion' back, path returns MIS: 0.8 + 2 x 5mm = 1.8 -> 11602; layered 5.5 cm -> 12032",
        "date": "2026-04-21", "payer": "commercial", "provider": "ramirez",
        "patient": ("Whitcombe", "Imogen", "1981-02-18", "female"),
        "conditions": [C("c1", "Atypical pigmented lesion", None, "R lower back", reason=True)],
        "procedures": [P("Excision pigmented lesion", None, "R lower back", "8mm irregular macule, 5mm margins (1.8cm), excisional bx for dx", ["c1"]),
                       P("Intermediate repair", None, "R lower back", "layered 5.5cm")],
        "path": [{"text": "Skin, right lower back, excision: melanoma in situ, lentiginous type; margins clear by 3 mm."}],
        "note": """Imogen Whitcombe 45F  04/21/2026
Changing 8mm multicolored macule R lower back. Dermoscopy: atypical network, regression. Excisional bx with 5mm
margins (excised diameter 1.8cm), layered closure 5.5cm. Path (addendum 4/24): melanoma in situ, clear margins.
""",
        "coder_note": "EX-3/DX-2: code from final pathology; melanoma in situ (D03.59) -> malignant excision 11602; 12032 layered trunk 5.5 cm.",
        "expected": E([L("11602"), L("12032")]),
    },
]

DESTRUCTION_TAGS = [
    {
        "id": "ho-ds-ln2-twelve-aks-negations", "family": "destruction", "shape": "note-only",
        "description": "Bullets: LN2 to 12 AKs; 'previously frozen' nose lesion resolved, 'no LN2' to SKs -> 17000 + 17003 x11",
        "date": "2026-04-06", "payer": "medicare", "provider": "lindqvist",
        "patient": ("Ashcroft", "Bernard", "1940-10-10", "male"),
        "note": """f/u AKs - B. Ashcroft 85M - 04/06/2026
* s/p LN2 to nose AK 1/2026 - previously frozen site clear today, no tx
* AKs: scalp x7, L temple x2, R dorsal hand x3 = 12 total -> LN2 x12, 2 FTC, verbal consent
* SKs back - reassured, no LN2 today
* f/u 6 mo, sooner prn
""",
        "coder_note": "DS-1: 12 lesions -> 17000 + 17003 x11. History and declined/none treatments are not coded.",
        "expected": E([L("17000"), L("17003", 11)]),
    },
    {
        "id": "ho-ds-ema-plantar-warts-two-lines", "family": "destruction", "shape": "pre-coded",
        "description": "EMA sent 17110 on two Procedure lines for 2 painful plantar warts: 17110 is one unit for up to 14 -> 17110 x1",
        "date": "2026-04-07", "payer": "medicaid", "provider": "ramirez",
        "patient": ("Delacroix", "Mateo", "2009-03-03", "male"),
        "conditions": [C("c1", "Plantar wart", "B07.0", "R plantar foot", reason=True)],
        "procedures": [P("Destr benign lesion", "17110", "R plantar foot", "LN2 x2 FTC, 6mm painful wart, paring first", ["c1"]),
                       P("Destr benign lesion", "17110", "R plantar heel", "LN2 x2 FTC, 4mm wart, painful walking", ["c1"])],
        "note": """M. Delacroix 17M 4/7/26. Painful plantar warts R foot x2, limps in PE class. Pared + LN2 both. RTC 3 wk.""",
        "coder_note": "DS-2: 17110 covers up to 14 lesions in one unit (MUE 1, MAI 2); two Procedures = one line.",
        "expected": E([L("17110")]),
    },
    {
        "id": "ho-ds-edc-sbcc-declined-second", "family": "destruction", "shape": "free-text",
        "description": "ED&C x3 of sBCC R upper back, final defect 1.6 cm -> 17262; 'pt declined ED&C' of a second lesion (not done)",
        "date": "2026-04-08", "payer": "medicare", "provider": "okafor",
        "patient": ("Fairbanks", "Doris", "1943-05-25", "female"),
        "conditions": [C("c1", "Superficial basal cell carcinoma of skin of back", "C44.519", "R upper back", reason=True),
                       C("c2", "Basal cell carcinoma of skin of left upper limb", "C44.619", "L upper arm")],
        "procedures": [P("ED&C", None, "R upper back", "sBCC bx-proven, ED&C x3 cycles, final defect 1.6 cm", ["c1"])],
        "note": """D. Fairbanks 82F 4/8/26. Bx-proven sBCC R upper back and BCC L upper arm (both 3/2026).
R upper back: ED&C x3 cycles, final defect 1.6 cm. Vaseline/bandage.
L upper arm: offered ED&C today, pt declined ED&C - prefers excision with her daughter present; will schedule.
""",
        "coder_note": "DS-4: trunk (TAL), final defect 1.6 cm -> 17262. The declined lesion is not coded.",
        "expected": E([L("17262")]),
    },
    {
        "id": "ho-ds-molluscum-nine-words", "family": "destruction", "shape": "note-only",
        "description": "Dictated: curettage of nine molluscum papules in a child -> 17110",
        "date": "2026-04-09", "payer": "medicaid-mco", "provider": "chen",
        "patient": ("Abara", "Kelechi", "2019-08-14", "male"),
        "note": """Kelechi is a six year old brought by his mother for molluscum that have been spreading over the last two months,
now on the left axilla and flank, with some becoming inflamed and itchy, and his sister now has them too. After
topical anesthetic cream under occlusion for an hour, I curetted nine molluscum papules from the left axilla and
flank. He tolerated it well. Mother declined cantharidin for the remaining tiny ones. Follow up in one month.
""",
        "coder_note": "DS-2: 9 benign lesions -> 17110 x1 (B08.1 covered, spreading).",
        "expected": E([L("17110")]),
    },
    {
        "id": "ho-ds-ak-sixteen-html-table", "family": "destruction", "shape": "note-only",
        "description": "PowerNote HTML table of AK counts by site adding to 16 -> 17004",
        "date": "2026-04-10", "payer": "medicare-noname", "provider": "baptiste",
        "patient": ("Thornbury", "Reginald", "1938-12-01", "male"),
        "html": True,
        "note": """<html><body><p><b>CRYOTHERAPY - ACTINIC KERATOSES</b><br>Pt: R. Thornbury, 87M<br>Date: 04/10/2026</p>
<table><tr><th>Site</th><th>Count</th></tr><tr><td>Scalp</td><td>9</td></tr><tr><td>Forehead</td><td>4</td></tr>
<tr><td>R dorsal hand</td><td>3</td></tr></table>
<p>Technique: LN2 spray, 2 freeze-thaw cycles, 1-2 mm halo.<br>Total lesions treated: see table.<br>
Consent: verbal, risks of blister/dyspigmentation reviewed.</p></body></html>""",
        "coder_note": "DS-1: 9 + 4 + 3 = 16 AKs (15 or more) -> 17004 x1.",
        "expected": E([L("17004")]),
    },
    {
        "id": "ho-ds-ema-edc-sccis-nasal-tip-site-group", "family": "destruction", "shape": "pre-coded",
        "description": "EMA sent 17261 for ED&C of SCCIS of the nasal tip (defect 0.7 cm): face group -> 17281",
        "date": "2026-04-13", "payer": "medicare-advantage-ppo", "provider": "lindqvist",
        "patient": ("Maitland", "Cora", "1936-07-07", "female"),
        "conditions": [C("c1", "Squamous cell carcinoma in situ of skin of nose", "D04.39", "nasal tip", reason=True)],
        "procedures": [P("ED&C malig", "17261", "nasal tip", "SCCIS bx-proven, 3 cycles, final defect 0.7cm; pt not Mohs candidate (dementia)", ["c1"])],
        "note": """C. Maitland 89F 4/13/26 w/ daughter. SCCIS nasal tip. Not a Mohs/surgery candidate. ED&C x3, final defect 0.7cm.""",
        "coder_note": "DS-4: nose is FEENLM -> 17280-17286; 0.7 cm (0.6-1.0) -> 17281.",
        "expected": E([L("17281")], ["coding-correction"]),
    },
    {
        "id": "ho-tags-twenty-seven-mue", "family": "skin-tags", "shape": "free-text",
        "description": "'skin tags x 27' irritated: 11200 + 11201 x2 exceeds 11201 MUE 1 -> 11200 + 11201 x1 (mue)",
        "date": "2026-04-14", "payer": "commercial-uhc", "provider": "ramirez",
        "patient": ("Ogunleye", "Folasade", "1970-01-25", "female"),
        "conditions": [C("c1", "Acrochordons, irritated", "L91.8", "neck, axillae, inframammary", reason=True)],
        "procedures": [P("Removal skin tags", None, "neck/axillae/inframammary",
                         "skin tags x 27 snip excision, several bleeding/inflamed from necklace and bra, AlCl", ["c1"])],
        "note": """F. Ogunleye 56F 4/14/26 - acrochordons catching on necklace + bra, bleeding, red/irritated. Skin tags x 27 removed (snip), AlCl.""",
        "coder_note": "11200 = first 15; 11201 = each additional 10: ceil(12/10) = 2, capped at MUE 1 (MAI 3) with an mue finding per the conventions.",
        "expected": E([L("11200"), L("11201")], ["mue"]),
    },
    {
        "id": "ho-tags-ema-six-inflamed", "family": "skin-tags", "shape": "pre-coded",
        "description": "EMA pre-coded 11200 for 6 inflamed axillary tags -> 11200",
        "date": "2026-04-15", "payer": "medicaid", "provider": "okafor",
        "patient": ("Pacheco", "Lidia", "1979-04-19", "female"),
        "conditions": [C("c1", "Skin tags, inflamed", "L91.8", "bilat axillae", reason=True)],
        "procedures": [P("Skin tag removal up to 15", "11200", "bilat axillae", "6 tags, inflamed/crusted from shaving, snipped", ["c1"])],
        "note": """L. Pacheco 46F 4/15/2026. Axillary tags x6 repeatedly cut with razor, inflamed, crusted. Snip removal x6, AlCl.""",
        "expected": E([L("11200")]),
    },
    {
        "id": "ho-tags-dictated-eighteen", "family": "skin-tags", "shape": "note-only",
        "description": "Dictated: eighteen symptomatic tags (neck + groin) -> 11200 + 11201",
        "date": "2026-04-16", "payer": "commercial", "provider": "chen",
        "patient": ("Bergstrom", "Anders", "1966-09-09", "male"),
        "note": """Mr. Bergstrom has many skin tags around his neck and in the groin that get caught on his collar and his belt and
bleed, a couple are tender and red today. I removed eighteen of them by snip excision after local anesthetic,
twelve from the neck and six from the right groin, with aluminum chloride for hemostasis.
""",
        "coder_note": "18 tags: 11200 (first 15) + 11201 x1 (ceil(3/10)).",
        "expected": E([L("11200"), L("11201")]),
    },
]

MOHS_REPAIR = [
    {
        "id": "ho-mohs-three-stages-seven-blocks-repair", "family": "mohs", "shape": "note-only",
        "description": "Mohs R nasal sidewall: stage 1 7 blocks, stage 2 3, stage 3 2; layered 3.1 cm -> 17311 + 17312 x2 + 17315 x2 + 12052",
        "date": "2026-04-06", "payer": "medicare", "provider": "chen",
        "patient": ("Kettering", "Harold", "1945-11-11", "male"),
        "note": """MOHS MICROGRAPHIC SURGERY
PT: H. Kettering 80M   DOS: 04/06/2026   SURGEON/PATHOLOGIST: W. Chen MD
DX: BCC, infiltrative, R nasal sidewall (bx 2/2026). AUC appropriate (H-zone, aggressive subtype).
PRE-OP SIZE: 1.3 x 1.0 cm
STAGE I: 7 tissue blocks. Tumor at blocks 3 and 6.
STAGE II: 3 blocks. Residual at block 2 (deep).
STAGE III: 2 blocks. Clear.
FINAL DEFECT: 2.0 x 1.6 cm.
REPAIR: intermediate (layered) linear closure along the nasofacial sulcus, 3.1 cm. 5-0 Monocryl deep, 6-0 nylon.
No frozen sections other than Mohs layers. Pt tolerated well. f/u 1 wk suture removal.
""",
        "coder_note": "MOHS-2: 17311 (nose) + 17312 x2 (stages 2-3) + 17315 x2 (blocks 6-7 of stage 1). MOHS-7/REP-2: layered face 3.1 cm -> 12052.",
        "expected": E([L("17311"), L("17312", 2), L("17315", 2), L("12052")]),
    },
    {
        "id": "ho-mohs-ema-preauricular-coded-trunk", "family": "mohs", "shape": "pre-coded",
        "description": "EMA sent 17313 + 17314 for Mohs of a R preauricular SCC: head/neck site group -> 17311 + 17312",
        "date": "2026-04-07", "payer": "commercial", "provider": "chen",
        "patient": ("Donovan", "Siobhan", "1956-03-17", "female"),
        "conditions": [C("c1", "Squamous cell carcinoma of skin of other parts of face", "C44.329", "R preauricular", reason=True)],
        "procedures": [P("Mohs 1st stage", "17313", "R preauric", "stage I 4 blocks, + deep", ["c1"]),
                       P("Mohs addl stage", "17314", "R preauric", "stage II 2 blocks, clear; 2nd intent", ["c1"])],
        "note": """S. Donovan 70F 4/7/26 Mohs R preauricular SCC (well diff). St I 4 blocks (+), St II 2 blocks clear. Left to heal by 2nd intention.""",
        "coder_note": "MOHS-2: head and neck take 17311/17312; 17313/17314 are for trunk, arms and legs.",
        "expected": E([L("17311"), L("17312")], ["coding-correction"]),
    },
    {
        "id": "ho-mohs-pretibial-scc-second-intention", "family": "mohs", "shape": "free-text",
        "description": "Mohs of a 2.2 cm SCC of the L pretibial leg, 2 stages, second-intention healing -> 17313 + 17314",
        "date": "2026-04-08", "payer": "medicare-advantage", "provider": "chen",
        "patient": ("Whitaker", "Loretta", "1941-02-02", "female"),
        "conditions": [C("c1", "Squamous cell carcinoma of skin of left lower limb", "C44.729", "L pretibial", reason=True)],
        "procedures": [P("Mohs surgery", None, "L pretibial", "SCC 2.2cm. Stage I 5 blocks (+). Stage II 3 blocks clear. Healing by 2nd intention.", ["c1"])],
        "note": """L. Whitaker 85F 04/08/2026. SCC L shin 2.2 cm, on warfarin. Mohs: stage I 5 blocks, stage II 3 blocks, clear.
Defect 3.4 cm left to granulate (poor skin, anticoagulated). Wound care taught.
""",
        "coder_note": "MOHS-2: leg -> 17313 + 17314; 5 blocks in stage 1 does not reach 17315.",
        "expected": E([L("17313"), L("17314")]),
    },
    {
        "id": "ho-mohs-day-em25-separate-psoriasis", "family": "mohs", "shape": "note-only",
        "description": "Mohs of a L temple BCC 1 stage + separately identifiable psoriasis flare managed with new Rx -> 99213-25 + 17311",
        "date": "2026-04-09", "payer": "commercial-aetna", "provider": "chen", "em": "99213",
        "patient": ("Ellsworth", "Martin", "1958-08-28", "male"),
        "note": """Martin Ellsworth 67M  04/09/2026
MOHS: BCC-nod L temple, stage I 3 blocks, clear. Defect 1.0 cm, healing by second intention per pt preference.
SEPARATE PROBLEM: pt reports psoriasis flaring on elbows/knees/scalp x 6 wk off topicals; exam plaques ~5% BSA.
Restart clobetasol 0.05% sol scalp + start calcipotriene cream body (Rx), discussed NBUVB if no better. f/u 8 wk.
""",
        "coder_note": "GS-3: the psoriasis flare with prescription management is separate from the Mohs decision -> E/M with 25 (17311/99213 indicator 1).",
        "expected": E([L("99213", 1, "25"), L("17311")]),
    },
    {
        "id": "ho-rep-two-face-lacerations-summed", "family": "repair", "shape": "note-only",
        "description": "Dictated: layered repairs of L eyebrow 1.5 cm + chin 2.0 cm, same group -> 12052 (3.5 cm)",
        "date": "2026-04-10", "payer": "commercial", "provider": "okafor",
        "patient": ("Rahman", "Ayaan", "2004-12-20", "male"),
        "note": """Ayaan fell off his bicycle this morning and has two cuts on his face. Tetanus is up to date. There is a 1.5 cm
laceration through the left eyebrow into subcutaneous fat and a 2.0 cm laceration of the chin, both clean
after irrigation, no foreign body, no nerve deficit. Under local anesthesia I closed both in layers with 5-0
Vicryl deep sutures and 6-0 nylon for the skin. Wound care explained, sutures out in five to six days.
""",
        "coder_note": "REP-1/REP-2: both intermediate and both in the face group (12051-12057): 1.5 + 2.0 = 3.5 cm -> 12052.",
        "expected": E([L("12052")]),
    },
    {
        "id": "ho-rep-ema-mohs-lip-complex-vermilion", "family": "repair", "shape": "pre-coded",
        "description": "Mohs lower lip BCC 2 stages + complex repair crossing the vermilion border 2.0 cm -> 17311 + 17312 + 13151",
        "date": "2026-04-13", "payer": "medicare", "provider": "chen",
        "patient": ("Galloway", "Irene", "1947-09-29", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of lip", "C44.01", "lower lip vermilion border", reason=True)],
        "procedures": [P("Mohs 1st stage", "17311", "L lower lip", "st I 3 blocks (+)", ["c1"]),
                       P("Mohs addl stage", "17312", "L lower lip", "st II 2 blocks clear", ["c1"]),
                       P("Complex repair lip", "13151", "L lower lip/vermilion border",
                         "complex repair 2.0cm, realignment of vermilion border, orbicularis not involved, wide undermining", ["c1"])],
        "note": """I. Galloway 78F 4/13/26 Mohs L lower lip BCC. St I 3 blk +, st II 2 blk clear. Defect crosses vermilion border.
Complex repair w/ precise vermilion border realignment, 2.0cm.""",
        "coder_note": "REP-3: involvement of the vermilion border free margin = complex; lips are 13151-13153, 2.0 cm -> 13151 (MOHS-7).",
        "expected": E([L("17311"), L("17312"), L("13151")]),
    },
    {
        "id": "ho-rep-hand-and-forearm-not-summed", "family": "repair", "shape": "free-text",
        "description": "Layered lacerations R hand 2.0 cm + R forearm 3.0 cm are different groups -> 12041 + 12032",
        "date": "2026-04-14", "payer": "commercial-aetna", "provider": "baptiste",
        "patient": ("Szabo", "Dorottya", "1988-06-11", "female"),
        "conditions": [C("c1", "Laceration without foreign body of right hand", "S61.411A", "R dorsal hand", reason=True),
                       C("c2", "Laceration without foreign body of right forearm", "S51.811A", "R forearm", reason=True)],
        "procedures": [P("Laceration repair, layered", None, "R dorsal hand", "2.0cm, 5-0 Vicryl deep, 5-0 nylon", ["c1"]),
                       P("Laceration repair, layered", None, "R forearm", "3.0cm, 4-0 Vicryl deep, 4-0 nylon", ["c2"])],
        "note": """D. Szabo 37F 4/14/26 - broken glass at work 1 hr ago. R dorsal hand 2.0cm + R forearm 3.0cm lacs into subQ,
tendons intact. Irrigated, layered closures both. Td given 2024.""",
        "coder_note": "REP-2: hands are in 12041-12047, forearm in 12031-12037; not summed across groups.",
        "expected": E([L("12041"), L("12032")]),
    },
]

INJECTION_ID = [
    {
        "id": "ho-ilk-nine-lesions-40mg", "family": "intralesional", "shape": "note-only",
        "description": "ILK to 9 lesions 40 mg total -> 11901 + J3301 x4",
        "date": "2026-04-15", "payer": "commercial", "provider": "ramirez",
        "patient": ("Mbeki", "Thandiwe", "1985-10-31", "female"),
        "note": """HS / acne keloidalis f/u - T. Mbeki 40F - 4/15/26
- 9 inflamed painful nodules (nape x5, occiput x4)
- IL TAC 10 mg/mL, total 4.0 mL = 40 mg into 9 lesions
- cont doxy 100 bid (Rx unchanged)
- f/u 4-6 wk
""",
        "coder_note": "4.8 table: more than 7 lesions -> 11901; J3301 = ceil(40/10) = 4.",
        "expected": E([L("11901"), L("J3301", 4)]),
    },
    {
        "id": "ho-ilk-ema-alopecia-five-patches", "family": "intralesional", "shape": "pre-coded",
        "description": "EMA: ILK to 5 alopecia areata patches, 15 mg -> 11900 + J3301 x2",
        "date": "2026-04-16", "payer": "medicaid-mco", "provider": "okafor",
        "patient": ("Lozano", "Valeria", "1999-05-15", "female"),
        "conditions": [C("c1", "Alopecia areata", "L63.9", "scalp", reason=True)],
        "procedures": [P("IL inj up to 7", "11900", "scalp", "AA x5 patches, TAC 5mg/mL, 3.0mL = 15mg", ["c1"]),
                       P("Triamcinolone 10mg", "J3301", "scalp", "15 mg", ["c1"])],
        "note": """V. Lozano 26F 4/16/26 AA, 5 patches scalp. ILK 5 mg/mL 3.0 mL total (15 mg). RTC 6 wk.""",
        "coder_note": "J3301 per 10 mg: ceil(15/10) = 2.",
        "expected": E([L("11900"), L("J3301", 2)]),
    },
    {
        "id": "ho-ilk-keloid-earlobe-free-text", "family": "intralesional", "shape": "free-text",
        "description": "IL TAC 40 mg/mL 0.5 mL into a R earlobe keloid (20 mg) -> 11900 + J3301 x2",
        "date": "2026-04-17", "payer": "commercial-cigna", "provider": "baptiste",
        "patient": ("Asante", "Kofi", "1995-02-07", "male"),
        "conditions": [C("c1", "Keloid scar", "L91.0", "R earlobe", reason=True)],
        "procedures": [P("Intralesional Kenalog", None, "R earlobe", "TAC 40 mg/mL, 0.5 mL (20 mg) into 1.8cm keloid, itchy + painful", ["c1"]),
                       P("Triamcinolone acetonide", None, "R earlobe", "20 mg")],
        "note": """K. Asante 31M 4/17/26. R earlobe keloid after piercing, itchy/painful, growing. IL TAC 40mg/mL 0.5mL (20mg). Repeat 4-6 wk.""",
        "expected": E([L("11900"), L("J3301", 2)]),
    },
    {
        "id": "ho-id-complicated-buttock", "family": "incision-drainage", "shape": "note-only",
        "description": "I&D complicated: loculated buttock abscess, loculations broken, packed -> 10061",
        "date": "2026-04-20", "payer": "medicaid", "provider": "okafor",
        "patient": ("Reyes", "Dominic", "1993-07-04", "male"),
        "note": """URGENT DERM VISIT 4/20/2026  D. Reyes 32M
CC: painful lump L buttock x 5 d, now draining a little, low-grade temp.
EXAM: 4 x 3 cm fluctuant, indurated, erythematous abscess L buttock with 2 cm surrounding cellulitis.
PROCEDURE: I&D - COMPLICATED. 1% lido field block. 2 cm incision, copious purulence (cx sent), multiple
loculations broken up with hemostat, irrigated, packed with 1/4" iodoform gauze 15 cm.
PLAN: doxycycline 100 bid x10d (Rx), packing removal/wound check 48 h.
""",
        "coder_note": "4.8 table: 10061 complicated (loculations, packing). The same-visit antibiotic decision is part of the procedure; no E/M selected.",
        "expected": E([L("10061")]),
    },
    {
        "id": "ho-id-ema-paronychia", "family": "incision-drainage", "shape": "pre-coded",
        "description": "EMA pre-coded 10060 for I&D of an acute paronychia, L index finger -> 10060",
        "date": "2026-04-21", "payer": "commercial-aetna", "provider": "ramirez",
        "patient": ("Kowalski", "Anya", "2001-01-13", "female"),
        "conditions": [C("c1", "Acute paronychia of left index finger", "L03.012", "L index finger", reason=True)],
        "procedures": [P("I&D abscess simple", "10060", "L index finger", "lateral nail fold incised w/ #11, pus expressed, no packing", ["c1"])],
        "note": """A. Kowalski 25F 4/21/26. Acute paronychia L 2nd finger x3 d. Digital block; nail fold incised, pus drained. Warm soaks.""",
        "expected": E([L("10060")]),
    },
    {
        "id": "ho-id-axilla-simple-free-text", "family": "incision-drainage", "shape": "free-text",
        "description": "Single simple I&D of a 2 cm axillary abscess, no packing -> 10060",
        "date": "2026-04-22", "payer": "medicare-advantage", "provider": "lindqvist",
        "patient": ("Bishop", "Evelyn", "1955-04-30", "female"),
        "conditions": [C("c1", "Cutaneous abscess of right axilla", "L02.411", "R axilla", reason=True)],
        "procedures": [P("Incision and drainage", None, "R axilla", "2cm fluctuant abscess, single incision, pus drained, no loculations, no packing", ["c1"])],
        "note": """E. Bishop 70F 4/22/2026. Tender R axillary abscess 2cm. Simple I&D, no packing needed. Cx sent. Warm compresses.""",
        "expected": E([L("10060")]),
    },
]

OFFICE = [
    {
        "id": "ho-nail-avulsion-two-toes-digits", "family": "nails", "shape": "note-only",
        "description": "Avulsion of L great toenail and L 2nd toenail -> 11730-TA + 11732-T1",
        "date": "2026-04-06", "payer": "commercial-uhc", "provider": "baptiste",
        "patient": ("Hargreaves", "Tobias", "1979-08-08", "male"),
        "note": """NAIL PROCEDURE  04/06/2026  T. Hargreaves 46M
CC: painful thickened, lifting toenails L foot after a marathon; subungual hematoma old, onycholysis.
EXAM: L hallux and L 2nd toe nails dystrophic, 80% onycholytic, tender; no infection.
PROCEDURE: digital blocks x2 (2% lido plain). Total nail avulsion L great toe and L second toe with elevator
and hemostat; matrix NOT destroyed. Bacitracin, dressing. Nail plates to path (PAS) r/o onychomycosis.
""",
        "coder_note": "4.8 table: 11730 first nail + 11732 each additional; digit modifiers TA (left great toe) and T1 (left 2nd toe).",
        "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")]),
    },
    {
        "id": "ho-nail-ema-debridement-four-coded-11721", "family": "nails", "shape": "pre-coded",
        "description": "EMA sent 11721 for debridement of 4 mycotic nails: 1-5 nails -> 11720",
        "date": "2026-04-07", "payer": "commercial", "provider": "lindqvist",
        "patient": ("Dobbs", "Gerald", "1961-12-03", "male"),
        "conditions": [C("c1", "Onychomycosis", "B35.1", "bilat great toes, L 2nd, R 3rd", reason=True)],
        "procedures": [P("Nail debridement 6+", "11721", "toenails", "debrided 4 thick painful mycotic nails w/ nipper + burr", ["c1"])],
        "note": """G. Dobbs 64M 4/7/26. Painful thick mycotic nails x4 (both halluces, L 2nd, R 3rd), pain in shoes. Debrided x4.""",
        "coder_note": "4.8 table: 11720 = 1-5 nails; 11721 = 6 or more.",
        "expected": E([L("11720")], ["coding-correction"]),
    },
    {
        "id": "ho-nail-matrixectomy-r-second-toe", "family": "nails", "shape": "free-text",
        "description": "Partial nail avulsion with phenol matrixectomy, R 2nd toe (ingrown, recurrent) -> 11750-T6",
        "date": "2026-04-08", "payer": "medicaid", "provider": "okafor",
        "patient": ("Villanueva", "Mariel", "2005-09-21", "female"),
        "conditions": [C("c1", "Ingrowing nail", "L60.0", "R 2nd toe", reason=True)],
        "procedures": [P("Partial nail avulsion w/ phenol matrixectomy", None, "R 2nd toe",
                         "recurrent ingrown lateral border, 3rd episode; lateral 1/4 avulsed, phenol 88% x3 30s to matrix (permanent)", ["c1"])],
        "note": """M. Villanueva 20F 4/8/26 - recurrent ingrown nail R second toe (3rd time since fall). Partial avulsion lateral border
with chemical (phenol) matrixectomy for permanent removal. Digital block. Tolerated well.""",
        "coder_note": "4.8 table: permanent removal of nail and matrix -> 11750; right second toe = T6.",
        "expected": E([L("11750", 1, "T6")]),
    },
    {
        "id": "ho-paring-three-calluses-words", "family": "paring", "shape": "note-only",
        "description": "Dictated: paring of three painful calluses -> 11056",
        "date": "2026-04-09", "payer": "commercial-cigna", "provider": "ramirez",
        "patient": ("Achterberg", "Lotte", "1968-03-03", "female"),
        "note": """Mrs. Achterberg returns for her painful feet. She has three thick calluses, one under the left second metatarsal
head, one on the right heel and one on the lateral right fifth toe, all painful in her work shoes. I pared all
three with a number fifteen blade down to healthy skin. Offloading pads were given and we talked about wider
shoes. She will come back in two months.
""",
        "coder_note": "4.8 table: 2-4 lesions -> 11056.",
        "expected": E([L("11056")]),
    },
    {
        "id": "ho-paring-ema-five-corns-wrong-band", "family": "paring", "shape": "pre-coded",
        "description": "EMA sent 11056 for paring of 5 corns/calluses: more than 4 -> 11057",
        "date": "2026-04-10", "payer": "commercial-aetna", "provider": "baptiste",
        "patient": ("Iwu", "Ngozi", "1959-06-16", "female"),
        "conditions": [C("c1", "Corns and callosities", "L84", "bilat feet", reason=True)],
        "procedures": [P("Paring 2-4", "11056", "bilat plantar feet", "pared 5 painful lesions (3 L, 2 R)", ["c1"])],
        "note": """N. Iwu 66F 4/10/26. Painful corns/calluses x5 (L x3, R x2). Pared all 5. Pads.""",
        "coder_note": "4.8 table: more than 4 lesions -> 11057.",
        "expected": E([L("11057")], ["coding-correction"]),
    },
    {
        "id": "ho-paring-two-corns-free-text", "family": "paring", "shape": "free-text",
        "description": "Paring of 2 painful corns (hard + soft) -> 11056",
        "date": "2026-04-13", "payer": "commercial-uhc", "provider": "okafor",
        "patient": ("Morrow", "Duncan", "1975-11-05", "male"),
        "conditions": [C("c1", "Corns", "L84", "L 5th toe, L 4th web", reason=True)],
        "procedures": [P("Paring of corns", None, "L 5th toe; L 4th interspace", "hard corn L 5th toe + soft corn 4th web pared, painful", ["c1"])],
        "note": """D. Morrow 50M 4/13/2026 - painful corns x2 L foot (heloma durum 5th toe, heloma molle 4th web). Pared x2. Toe spacer.""",
        "expected": E([L("11056")]),
    },
    {
        "id": "ho-photo-nbuvb-vitiligo-bullets", "family": "phototherapy", "shape": "note-only",
        "description": "Bullet nursing note: NB-UVB session for vitiligo -> 96900",
        "date": "2026-04-14", "payer": "commercial", "provider": "lindqvist",
        "patient": ("Desai", "Priya", "1992-04-04", "female"),
        "note": """PHOTOTHERAPY FLOWSHEET - P. Desai - 04/14/2026
- Dx: vitiligo, nonsegmental (face, hands, trunk ~8% BSA)
- Tx #14, NBUVB (311 nm) full body booth, dose 720 mJ/cm2 (+10%)
- no erythema from last tx; goggles worn; genitals shielded
- next tx Thu; MD review at tx #24
""",
        "coder_note": "4.8 table: narrowband UVB = actinotherapy 96900, one per session.",
        "expected": E([L("96900")]),
    },
    {
        "id": "ho-photo-ema-excimer-300", "family": "phototherapy", "shape": "pre-coded",
        "description": "EMA pre-coded 96921 for excimer to 300 sq cm of psoriasis -> 96921",
        "date": "2026-04-15", "payer": "commercial-uhc", "provider": "chen",
        "patient": ("Lombardi", "Enzo", "1983-01-27", "male"),
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "elbows, knees, sacrum", reason=True)],
        "procedures": [P("Excimer 250-500 sq cm", "96921", "elbows/knees/sacrum", "308nm excimer, total area 300 sq cm, tx #6", ["c1"])],
        "note": """E. Lombardi 43M 4/15/26 excimer tx #6, localized plaque psoriasis (~4% BSA) failed 4 mo of topicals. Total treated area 300 sq cm.""",
        "coder_note": "4.8 table: excimer by total area: 250-500 sq cm -> 96921.",
        "expected": E([L("96921")]),
    },
    {
        "id": "ho-photo-excimer-small-nbuvb-discussed", "family": "phototherapy", "shape": "free-text",
        "description": "Excimer to 120 sq cm (under 250) -> 96920; NB-UVB discussed but not given",
        "date": "2026-04-16", "payer": "commercial-aetna", "provider": "chen",
        "patient": ("Haddad", "Samir", "1971-07-19", "male"),
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "scalp margin, elbows", reason=True)],
        "procedures": [P("Excimer laser treatment", None, "elbows, hairline", "308 nm, plaques total 120 sq cm, tx #2 of 12", ["c1"])],
        "note": """S. Haddad 54M 4/16/26. Excimer #2. Area 120 sq cm. Discussed NB-UVB booth if spreads - not started. No LN2 or other procedures today.""",
        "expected": E([L("96920")]),
    },
    {
        "id": "ho-patch-80-smartphrase", "family": "patch-test", "shape": "note-only",
        "description": "SmartPhrase: patch test application of 80 allergens (readings later not coded today) -> 95044 x80",
        "date": "2026-04-20", "payer": "commercial-cigna", "provider": "ramirez",
        "patient": ("Oyelowo", "Temi", "1987-02-22", "female"),
        "note": """PATCH TEST APPLICATION
@NAME@, @AGE@ F, DOS 04/20/2026
INDICATION: chronic hand and eyelid dermatitis, suspect ACD (hair dye, preservatives).
SERIES APPLIED: North American Baseline 70 + supplemental hairdresser series 10 = 80 allergens, upper back.
READINGS: 48 h (Wed) and 96 h (Fri) - to be documented at those visits.
INSTRUCTIONS: keep back dry, no topical steroid to back. @SIGNATURE@
""",
        "coder_note": "4.8 table: 95044 units = number of allergens applied (80, MUE 90).",
        "expected": E([L("95044", 80)]),
    },
    {
        "id": "ho-patch-ema-em25-acne", "family": "patch-test", "shape": "pre-coded",
        "description": "EMA: 99213 + 95044 x40; separate acne management with new Rx documented -> 99213-25 + 95044 x40",
        "date": "2026-04-21", "payer": "commercial", "provider": "ramirez", "em": "99213",
        "patient": ("Fitzgerald", "Clare", "1996-10-14", "female"),
        "conditions": [C("c1", "Allergic contact dermatitis, unspecified cause", "L23.9", "face, neck", reason=True),
                       C("c2", "Acne vulgaris", "L70.0", "face, back", reason=True)],
        "procedures": [P("Patch test", "95044", "upper back", "40 allergens (cosmetic + baseline partial series)", ["c1"])],
        "note": """C. Fitzgerald 29F 4/21/26. (1) Facial/neck dermatitis - patch test application 40 allergens today.
(2) Acne flaring on back, separate concern: start adapalene 0.3% + clindamycin/BPO (Rx), counselled. f/u 8 wk.""",
        "coder_note": "95044/99213 is PTP indicator 1; the acne visit is significant and separately identifiable -> 25 on the E/M.",
        "expected": E([L("99213", 1, "25"), L("95044", 40)]),
    },
    {
        "id": "ho-patch-sixty-free-text", "family": "patch-test", "shape": "free-text",
        "description": "Patch test application of sixty allergens (free-text procedure) -> 95044 x60",
        "date": "2026-04-22", "payer": "medicaid", "provider": "baptiste",
        "patient": ("Salazar", "Ines", "1978-08-30", "female"),
        "conditions": [C("c1", "Contact dermatitis, unspecified", "L25.9", "hands", reason=True)],
        "procedures": [P("Patch testing", None, "upper back", "sixty (60) allergens applied: baseline 50 + rubber 10", ["c1"])],
        "note": """I. Salazar 47F 4/22/26. Hand dermatitis (housekeeper, gloves). Patch tests applied, 60 allergens. Read Fri + Mon.""",
        "expected": E([L("95044", 60)]),
    },
]

VISITS = [
    {
        "id": "ho-em-only-cyst-consider-excision", "family": "em", "shape": "note-only",
        "description": "E/M only: acne Rx managed; 'consider excision at f/u' of a cyst is not a procedure -> 99213",
        "date": "2026-04-06", "payer": "commercial", "provider": "okafor", "em": "99213",
        "patient": ("Brandt", "Elias", "2000-03-09", "male"),
        "note": """ACNE FOLLOW UP 4/6/2026 - E. Brandt 26M
- acne vulgaris, improving on doxy; taper: doxy 50 mg daily x 6 wk, cont tretinoin 0.05% (Rx refilled)
- 1.2 cm EIC R jawline, not inflamed - consider excision at f/u if it bothers him; nothing done today
- no bx, no LN2, no injections today
- f/u 3 mo
""",
        "expected": E([L("99213")]),
    },
    {
        "id": "ho-em-ema-eczema-plus-wart-25-missing", "family": "em", "shape": "pre-coded",
        "description": "EMA: 99213 (atopic dermatitis flare, new Rx) + 17110 for painful finger warts, 25 missing -> 99213-25 + 17110",
        "date": "2026-04-07", "payer": "commercial-aetna", "provider": "baptiste", "em": "99213",
        "patient": ("Kaur", "Simran", "2010-06-01", "female"),
        "conditions": [C("c1", "Atopic dermatitis, flare", "L20.89", "antecubital, popliteal", reason=True),
                       C("c2", "Verruca vulgaris", "B07.8", "R index, R thumb", reason=True)],
        "procedures": [P("Destr benign lesions up to 14", "17110", "R index/thumb", "LN2 x2 FTC to 3 painful periungual warts", ["c2"])],
        "note": """S. Kaur 15F 4/7/26. AD flare flexures, sleep disturbed by itch: start triamcinolone 0.1% oint bid x2 wk, then
tacrolimus 0.1% maintenance (Rx), bleach baths. Also painful warts R index/thumb x3 - LN2 today.""",
        "coder_note": "GS-3: atopic dermatitis flare with prescription management is separate work -> 25 (17110/99213 indicator 1).",
        "expected": E([L("99213", 1, "25"), L("17110")], ["modifier"]),
    },
    {
        "id": "ho-em-decision-only-isk-shave", "family": "em", "shape": "free-text",
        "description": "99213 selected but the only problem is the irritated SK shaved today -> E/M removed, 11300",
        "date": "2026-04-08", "payer": "medicare", "provider": "lindqvist", "em": "99213",
        "patient": ("Pemberton", "Alice", "1950-01-31", "female"),
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "L mid back", reason=True)],
        "procedures": [P("Shave removal", None, "L mid back", "0.5cm ISK, red, itchy, catches on bra strap; shave removal, AlCl", ["c1"])],
        "note": """A. Pemberton 76F 4/8/26 - itchy inflamed spot on back catches on bra strap. Exam 0.5cm ISK. Shave removal today.
No other concerns addressed.""",
        "coder_note": "GS-3: the only E/M work is the decision for the minor procedure -> E/M removed. 0.5 cm trunk -> 11300.",
        "expected": E([L("11300")]),
    },
    {
        "id": "ho-postop-check-smartphrase-99212-selected", "family": "post-op", "shape": "note-only",
        "description": "SmartPhrase post-op check 7 days after 11602; provider selected 99212 -> 99024",
        "date": "2026-04-09", "payer": "medicare", "provider": "okafor", "em": "99212",
        "patient": ("Carrington", "Eustace", "1944-04-18", "male"),
        "prior": [PRIOR("2026-04-02", "11602", "Excision malignant lesion trunk", "R chest",
                        "BCC 1.0cm, 4mm margins, excised diameter 1.8cm")],
        "note": """POST-OP VISIT
@NAME@ is here for POST-OP CHECK s/p excision BCC R chest 04/02/2026.
WOUND: c/d/i, no erythema, no dehiscence. Path reviewed with pt: BCC, margins clear.
PLAN: sutures out today (8). Scar care. f/u 6 mo FSE. No new concerns. ***
""",
        "coder_note": "GS-5: routine post-op care inside the 010 global of 11602 -> 99024, not an E/M.",
        "expected": E([L("99024")], ["global-period"]),
    },
    {
        "id": "ho-postop-79-shave-in-global", "family": "post-op", "shape": "pre-coded",
        "description": "8 days after 11602 on the back, shave removal of an unrelated inflamed SK on the arm sent without 79 -> 11301-79",
        "date": "2026-04-10", "payer": "commercial", "provider": "ramirez",
        "patient": ("Oduya", "Samuel", "1957-10-10", "male"),
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "L upper arm", reason=True)],
        "procedures": [P("Shave removal", "11301", "L upr arm", "0.8cm ISK, bleeding, itchy; shave, AlCl", ["c1"])],
        "prior": [PRIOR("2026-04-02", "11602", "Excision malignant lesion trunk", "Mid back",
                        "SCC 1.1cm, 4mm margins, 1.9cm excised")],
        "note": """S. Oduya 68M 4/10/26. Back wound healing well (s/p exc SCC 4/2). New complaint: bleeding itchy spot L upper arm.
0.8cm ISK - shave removal. Back wound: nothing done beyond a look; sutures out next week.""",
        "coder_note": "GS-5: a new, unrelated procedure inside the 010 global of 11602 takes 79.",
        "expected": E([L("11301", 1, "79")], ["global-period"]),
    },
    {
        "id": "ho-postop-suture-removal-free-text", "family": "post-op", "shape": "free-text",
        "description": "Suture removal 9 days after 11403 + 12032 (inside the 010 global) -> 99024",
        "date": "2026-04-13", "payer": "commercial-uhc", "provider": "chen",
        "patient": ("Yilmaz", "Deniz", "1989-12-12", "female"),
        "procedures": [P("Suture removal", None, "upper back", "10 nylon sutures removed, wound healed, steri-strips")],
        "prior": [PRIOR("2026-04-04", "11403", "Excision benign lesion trunk", "Upper back",
                        "EIC 2.2cm excised diameter; layered closure 4.5cm")],
        "note": """D. Yilmaz 36F 4/13/26 suture removal s/p cyst exc upper back 4/4. Healed well. Sutures out. No other issues.""",
        "coder_note": "GS-5: suture removal by the operating surgeon inside the global is post-op care -> 99024.",
        "expected": E([L("99024")]),
    },
    {
        "id": "ho-cos-commercial-ema-ln2-sk", "family": "cosmetic", "shape": "pre-coded",
        "description": "Commercial: EMA sent 17110 for LN2 to 6 asymptomatic SKs 'bothers her cosmetically' -> removed, cosmetic",
        "date": "2026-04-14", "payer": "commercial-uhc", "provider": "baptiste",
        "patient": ("Whitmore", "Celeste", "1962-02-14", "female"),
        "conditions": [C("c1", "Seborrheic keratosis", "L82.1", "face, chest", reason=True)],
        "procedures": [P("Destr benign up to 14", "17110", "face/chest", "LN2 to 6 SKs, asymptomatic, pt wants them gone - cosmetic", ["c1"])],
        "note": """C. Whitmore 64F 4/14/26. SKs x6 face/chest - no itch, bleeding or irritation; bothers her cosmetically. LN2 x6.
Self-pay fee discussed and accepted.""",
        "coder_note": "BSL-2/COS-2: L82.1 without a BSL-3 reason is cosmetic; commercial payer -> line removed, patient billed directly.",
        "expected": E([], ["cosmetic"]),
    },
    {
        "id": "ho-cos-medicare-tags-voluntary-abn", "family": "cosmetic", "shape": "note-only",
        "description": "Medicare FFS: 12 asymptomatic neck tags removed for appearance with a voluntary ABN -> 11200-GX-GY",
        "date": "2026-04-15", "payer": "medicare", "provider": "okafor",
        "patient": ("Brightwell", "Herbert", "1949-05-05", "male"),
        "note": """H. Brightwell 76M  04/15/2026
Skin tags neck: asymptomatic, no bleeding, no irritation, no itching - wants them off before his granddaughter's
wedding photos. Explained Medicare does not cover cosmetic removal; voluntary ABN (CMS-R-131) signed, option 1.
Snip removal of twelve (12) tags, AlCl.
""",
        "coder_note": "COS-4: statutorily excluded cosmetic service, Medicare FFS, voluntary ABN -> GY + GX.",
        "expected": E([L("11200", 1, "GX", "GY")], ["cosmetic"]),
    },
    {
        "id": "ho-cos-medicare-forehead-sk-no-abn", "family": "cosmetic", "shape": "free-text",
        "description": "Medicare FFS (NGS): shave of a 5 mm asymptomatic forehead SK for appearance, no ABN -> 11310-GY",
        "date": "2026-04-16", "payer": "medicare-ngs", "provider": "lindqvist",
        "patient": ("Ainsworth", "Mabel", "1945-08-19", "female"),
        "conditions": [C("c1", "Seborrheic keratosis", "L82.1", "forehead", reason=True)],
        "procedures": [P("Shave removal SK", None, "forehead", "5mm flat SK, asymptomatic, removed at pt request for appearance", ["c1"])],
        "note": """M. Ainsworth 80F 4/16/26 - wants brown spot on forehead removed, does not like how it looks. No itch/bleed/change.
5mm SK. Shave removal. No ABN obtained.""",
        "coder_note": "COS-4: cosmetic, Medicare FFS, no ABN -> GY only. 0.5 cm face -> 11310.",
        "expected": E([L("11310", 1, "GY")], ["cosmetic"]),
    },
]

MIXED = [
    {
        "id": "ho-mix-fse-three-bx-ln2-twelve-rosacea", "family": "mixed", "shape": "note-only",
        "description": "FSE + incisional, punch and shave bx + LN2 to 12 AKs + rosacea Rx: 99214-25, 11106, 11105, 11103, 17000-XS, 17003 x11",
        "date": "2026-04-20", "payer": "medicare", "provider": "lindqvist", "em": "99214",
        "patient": ("Kingsley", "Arthur", "1943-03-03", "male"),
        "note": """FULL SKIN EXAM / PROCEDURES - A. Kingsley 83M - 04/20/2026
HX: SCC R hand 2021 (excised), BCC nose 2023 (Mohs). Here for FSE; also new facial redness and bumps x 4 mo.
EXAM: full skin exam performed.
 A) L upper back 2.5 cm indurated sclerotic plaque - r/o morpheaform BCC
 B) R forearm 7 mm firm pink nodule - r/o SCC
 C) L shoulder 6 mm irregular brown macule - r/o dysplastic nevus
 D) AKs: scalp x8, forehead x4 (12 total)
 E) central face erythema, papules/pustules, telangiectasia
A/P:
1. A - incisional (wedge) bx with scalpel to fat, closed 4-0 nylon.
2. B - 4 mm punch bx, 1 suture.
3. C - shave (tangential) bx, AlCl.
4. AKs x12 - LN2, 2 FTC.
5. Papulopustular rosacea, new - start ivermectin 1% cream daily (Rx) + metronidazole gel; triggers reviewed.
6. Hx NMSC - no recurrence at prior sites. f/u 6 mo.
Consent for all procedures, 1% lido w/ epi. Path x3.
""",
        "coder_note": "BX-2: incisional primary 11106, punch add-on 11105, tangential add-on 11103. DS-1: 12 AKs = 17000 + 17003 x11. 11106/17000 is PTP indicator 1 (different lesions) -> XS on 17000. New rosacea with Rx is separate -> 99214-25.",
        "expected": E([L("99214", 1, "25"), L("11106"), L("11105"), L("11103"), L("17000", 1, "XS"), L("17003", 11)], ["ncci"]),
    },
    {
        "id": "ho-mix-edc-bcc-plus-shave-bx-other-site", "family": "mixed", "shape": "free-text",
        "description": "ED&C of BCC L upper arm (defect 1.0 cm) + shave bx of a new R back lesion -> 17261 + 11102-XS",
        "date": "2026-04-21", "payer": "medicare", "provider": "okafor",
        "patient": ("Pettigrew", "Norma", "1939-11-27", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of left upper limb", "C44.619", "L upper arm", reason=True),
                       C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "R mid back", reason=True)],
        "procedures": [P("ED&C", None, "L upper arm", "bx-proven sBCC, ED&C x3, final defect 1.0cm", ["c1"]),
                       P("Shave biopsy", None, "R mid back", "new 6mm pink scaly papule, tangential bx", ["c2"])],
        "note": """N. Pettigrew 86F 4/21/26. sBCC L upper arm (bx 3/26): ED&C x3 cycles, final defect 1.0 cm.
New 6mm pink scaly papule R mid back, r/o BCC vs ISK: shave bx, path. Different lesion from the arm.""",
        "coder_note": "DS-4: arm, 1.0 cm -> 17261. 17261/11102 is PTP indicator 1 with the biopsy as column 2; different lesion -> XS on 11102.",
        "expected": E([L("17261"), L("11102", 1, "XS")], ["ncci"]),
    },
    {
        "id": "ho-mix-ema-cyst-excision-plus-ilk-keloids", "family": "mixed", "shape": "pre-coded",
        "description": "EMA: benign excision back 1.8 cm (11402) + ILK to 2 chest keloids 10 mg (other lesions) -> 11402 + 11900-XS + J3301",
        "date": "2026-04-22", "payer": "commercial", "provider": "baptiste",
        "patient": ("Adeyemi", "Tunde", "1987-07-07", "male"),
        "conditions": [C("c1", "Epidermoid cyst, inflamed", "L72.0", "upper back", reason=True),
                       C("c2", "Keloid scar", "L91.0", "presternal chest", reason=True)],
        "procedures": [P("Exc benign trunk", "11402", "upr back", "inflamed EIC 1.4cm, 2mm margins = 1.8cm, simple closure", ["c1"]),
                       P("IL inj up to 7", "11900", "presternal chest", "2 itchy keloids, TAC 40mg/mL 0.25 mL (10 mg)", ["c2"]),
                       P("Triamcinolone 10mg", "J3301", "presternal chest", "10 mg", ["c2"])],
        "note": """T. Adeyemi 38M 4/22/26. (1) Recurrently inflamed EIC upper back, painful: excised 1.4cm w/ 2mm margins (1.8cm), simple closure.
(2) Separate: 2 itchy presternal keloids - ILK 10 mg total.""",
        "coder_note": "EX-1: 1.4 + 0.4 = 1.8 cm trunk -> 11402. 11402/11900 is PTP indicator 1; different lesions -> XS on 11900. J3301 ceil(10/10) = 1.",
        "expected": E([L("11402"), L("11900", 1, "XS"), L("J3301")], ["ncci"]),
    },
]

MORE = [
    {
        "id": "ho-ds-suprapubic-molluscum-html", "family": "destruction", "shape": "note-only",
        "description": "PowerNote HTML with <br>: curettage of 6 molluscum (suprapubic + inner thighs) in an adult -> 17110",
        "date": "2026-04-23", "payer": "commercial-cigna", "provider": "baptiste",
        "patient": ("Lindqvist", "Jonas", "1994-03-30", "male"),
        "html": True,
        "note": """<html><body><p><b>Dermatology Progress Note</b><br>J. Lindqvist 32M<br>04/23/2026</p>
<p>S: itchy bumps suprapubic area x 6 wk, spreading, new ones on inner thighs; partner has similar.<br>
O: 6 umbilicated 2-3 mm pearly papules: suprapubic x4, L inner thigh x1, R inner thigh x1. Some excoriated.<br>
A: Molluscum contagiosum (B08.1), spreading.<br>
P: curettage x6 after EMLA, AlCl.<br>STI screening offered - declined today.<br>
No cantharidin today. RTC 4 wk.</p></body></html>""",
        "coder_note": "DS-2: 6 benign lesions -> 17110. Suprapubic/inner thigh skin is trunk/leg, not external genitalia, so no genital destruction code.",
        "expected": E([L("17110")]),
    },
    {
        "id": "ho-exb-plantar-foot-html-free-text", "family": "excision-benign", "shape": "free-text",
        "description": "HTML note: painful plantar foot lesion 0.6 cm with 2 mm margins = 1.0 cm SNHFG -> 11421",
        "date": "2026-04-24", "payer": "medicare", "provider": "okafor",
        "patient": ("Hutchinson", "Mavis", "1948-10-22", "female"),
        "html": True,
        "conditions": [C("c1", "Benign neoplasm of skin of right lower limb", "D23.71", "R plantar foot", reason=True)],
        "procedures": [P("Excision lesion foot", None, "R plantar foot", "painful 6mm papule (poroma vs wart), 2mm margins, simple closure", ["c1"])],
        "path": [{"text": "Skin, right plantar foot, excision: eccrine poroma, completely excised."}],
        "note": """<html><body><p>M. Hutchinson 77F &mdash; 4/24/2026</p>
<p>Painful papule R plantar foot (ball of foot), pain with every step x 4 mo, failed paring/LN2 elsewhere.<br>
Exam: 6 mm pink vascular papule R plantar forefoot.<br>Excision: 2 mm margins, excised diameter 1.0 cm, simple closure 4-0 nylon.<br>
Path: eccrine poroma.</p></body></html>""",
        "coder_note": "EX-1: 0.6 + 2 x 0.2 = 1.0 cm foot (SNHFG) -> 11421; benign path; painful (BSL-3 c) so covered.",
        "expected": E([L("11421")]),
    },
    {
        "id": "ho-mohs-lentigo-maligna-cheek-flap", "family": "mohs", "shape": "note-only",
        "description": "Dictated: Mohs for lentigo maligna R cheek, stage 1 6 blocks + stage 2; rotation flap 12.5 sq cm -> 17311 + 17312 + 17315 + 14041",
        "date": "2026-04-27", "payer": "commercial-uhc", "provider": "chen",
        "patient": ("Ravensworth", "Edith", "1952-06-15", "female"),
        "note": """Mrs. Ravensworth came in today for Mohs surgery of a biopsy-proven melanoma in situ, lentigo maligna type, on the
right cheek, clinically about one and a half centimeters. I acted as both surgeon and pathologist, with MART-1
immunostains on frozen sections as usual for us. The first stage was divided into six tissue blocks and showed
residual atypical junctional melanocytes at the superior margin. The second stage, three blocks, was clear. The
final defect measured 2.4 by 2.0 centimeters and was repaired with a cheek rotation flap; the primary plus
secondary defect came to 12.5 square centimeters. Blood loss was minimal and she went home with a pressure
dressing. Suture removal in one week.
""",
        "coder_note": "MOHS-2: 17311 (face) + 17312 (stage 2) + 17315 x1 (6th block of stage 1). FLAP-1/FLAP-3: cheek, 12.5 sq cm -> 14041 with Mohs. (Routine MART-1 immunostains on Mohs layers are not separately coded here; MOHS-6.)",
        "expected": E([L("17311"), L("17312"), L("17315"), L("14041")]),
    },
    {
        "id": "ho-em-ema-24-acne-in-flap-global", "family": "em", "shape": "pre-coded",
        "description": "EMA 99213 for new acne management 3 weeks after a 14040 flap (090 global) -> 99213-24",
        "date": "2026-04-28", "payer": "commercial", "provider": "ramirez", "em": "99213",
        "patient": ("Oyelaran", "Bisi", "1990-09-09", "female"),
        "conditions": [C("c1", "Acne vulgaris", "L70.0", "jawline, chin", reason=True)],
        "prior": [PRIOR("2026-04-07", "14040", "Adjacent tissue transfer, chin", "Chin",
                        "Excision of DFSP-suspect lesion with advancement flap, 8 sq cm.")],
        "note": """B. Oyelaran 35F 4/28/26. Chin flap healing well, no issues (not otherwise addressed). New: hormonal acne flare jawline
x 2 mo - start spironolactone 50 mg daily (Rx), BP/K reviewed, cont adapalene. f/u 8 wk.""",
        "coder_note": "GS-5: unrelated E/M inside the 90-day global of 14040 -> 24.",
        "expected": E([L("99213", 1, "24")], ["global-period"]),
    },
    {
        "id": "ho-rep-smartphrase-simple-scalp-and-hand-summed", "family": "repair", "shape": "note-only",
        "description": "SmartPhrase: simple repairs scalp 4.5 cm + L hand 1.0 cm are one simple group -> 12002 (5.5 cm)",
        "date": "2026-04-29", "payer": "commercial-aetna", "provider": "okafor",
        "patient": ("Pryce", "Gareth", "1983-12-01", "male"),
        "note": """LACERATION REPAIR
@NAME@, @AGE@ M. DOS 04/29/2026. Fell from ladder 1 hr ago, no LOC, no neck pain. Td 2022.
WOUNDS: (1) scalp, L parietal, 4.5 cm linear, to galea not through it. (2) L palm (thenar), 1.0 cm superficial.
REPAIR: irrigated. (1) scalp - simple closure with staples x6, 4.5 cm. (2) L hand - simple interrupted 5-0 nylon x2, 1.0 cm.
No layered closure. No debridement. ***
F/U: staples/sutures out 7-10 d. @SIGNATURE@
""",
        "coder_note": "REP-1/REP-2: simple repairs of scalp and hands are both in 12001-12007: 4.5 + 1.0 = 5.5 cm -> 12002.",
        "expected": E([L("12002")]),
    },
    {
        "id": "ho-nail-ema-avulsion-three-right-fingers", "family": "nails", "shape": "pre-coded",
        "description": "EMA 11730 + 11732 x2 for avulsion of R thumb, R index, R middle nails -> 11730-F5, 11732-F6, 11732-F7",
        "date": "2026-04-30", "payer": "medicaid-mco", "provider": "lindqvist",
        "patient": ("Nkemelu", "Obinna", "1976-05-05", "male"),
        "conditions": [C("c1", "Onycholysis", "L60.1", "R thumb, index, middle fingernails", reason=True)],
        "procedures": [P("Avulsion nail", "11730", "R thumb", "complete avulsion, painful onycholytic plate", ["c1"]),
                       P("Avulsion nail addl", "11732", "R index fingernail", "complete avulsion", ["c1"]),
                       P("Avulsion nail addl", "11732", "R middle fingernail", "complete avulsion", ["c1"])],
        "note": """O. Nkemelu 49M 4/30/26. Crush injury R hand (car door) 2 wk ago; R thumb, index, middle nails lifting, painful. Digital blocks; avulsion x3.""",
        "coder_note": "Digit modifiers: F5 right thumb, F6 right 2nd (index), F7 right 3rd (middle); different modifiers stay on separate lines.",
        "expected": E([L("11730", 1, "F5"), L("11732", 1, "F6"), L("11732", 1, "F7")]),
    },
]

SCENARIOS = BIOPSY_SHAVE + EXCISION + DESTRUCTION_TAGS + MOHS_REPAIR + INJECTION_ID + OFFICE + VISITS + MIXED + MORE
