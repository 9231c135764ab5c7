# ruff: noqa: E501  (hand-written chart text)
"""SECOND sealed held-out set (s2-): 50 certification-exam style cases from three practices.

Written by a coding educator from the rule book (derm_coding.md §2-§7, §10) and docs/coding_conventions.md only;
the engine code and the team corpus specs were not read. Practices / voices:
  * Epic academic Mohs practice (provider ramirez): long structured notes, SmartText headers, "Dx:", "Plan:",
    "Procedure note:" blocks;
  * ModMed EMA community practice (provider chen): terse pre-coded Procedures with bodySite, quantity-less codes,
    short notes with abbreviations;
  * Oracle Health high-volume cosmetic + medical practice (provider baptiste): HTML PowerNotes with tables.
"""

from __future__ import annotations

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

EPIC = "ramirez"
EMA = "chen"
CERNER = "baptiste"


def epic(title: str, body: str) -> str:
    return f"{title}\n@NAME@ | MRN @MRN@ | Dermatology - Mohs & Cutaneous Oncology\n\n{body.strip()}\n\nElectronically signed by Sofia Ramirez, MD"


def cerner(body: str) -> str:
    return ("<html><body><div class='pn-header'><b>Dermatology Office Visit</b> - PowerNote</div>"
            + body + "<p><i>Signed: Marc Baptiste MD</i></p></body></html>")


SCENARIOS = [
    # ------------------------------------------------------------------ biopsy
    {
        "id": "s2-bx-epic-punch-plus-two-shaves", "family": "biopsy", "shape": "note-only",
        "description": "Epic note: one punch and two tangential biopsies at three sites -> one primary 11104 + 11103 x2.",
        "date": "2026-10-05", "provider": EPIC, "payer": "medicare",
        "patient": ("Halvorsen", "Ingrid", "1948-02-11", "female"),
        "conditions": [C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", "Right forearm", reason=True),
                       C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "Left upper back"),
                       C("c3", "Neoplasm of unspecified behavior of skin", "D49.2", "Right cheek")],
        "note": epic("DERMATOLOGY PROCEDURE VISIT", """
CHIEF COMPLAINT: lesions of concern x3, referred by PCP.

HPI: 78 y.o. F here for evaluation of 3 spots. R forearm pigmented papule changing per daughter. L upper back scaly pink papule. R cheek pearly papule.

Dx:
1. Neoplasm of uncertain behavior, R dorsal forearm, 0.6 cm irregular pigmented papule - r/o dysplastic nevus vs melanoma
2. Neoplasm, L upper back, 0.5 cm pink scaly papule - r/o SCC vs ISK
3. Neoplasm, R cheek, 0.4 cm pearly papule - r/o BCC

Procedure note:
Consent signed. Time-out done. 1% lido w/ epi.
Site A (R forearm): 4 mm punch biopsy, closed with two 4-0 nylon simple interrupted sutures.
Site B (L upper back): tangential (shave) biopsy with DermaBlade, AlCl3 hemostasis.
Site C (R cheek): tangential biopsy by saucerization, AlCl3 hemostasis.
All specimens to dermpath in separate labelled containers. EBL minimal. Tolerated well.

Plan: path f/u 7-10 days. Sutures out 10-14 days (can be done by PCP). Wound care handout given.
"""),
        "expected": E([L("11104"), L("11103", 2)]),
        "coder_note": "BX-2: punch outranks tangential; each further tangential biopsy takes 11103.",
    },
    {
        "id": "s2-bx-ema-incisional-and-punch-both-primaries", "family": "biopsy", "shape": "pre-coded",
        "description": "EMA sends 11106 + 11104 (two primaries). One primary only: 11106 + 11105.",
        "date": "2026-10-06", "provider": EMA, "payer": "commercial-uhc",
        "patient": ("Okonkwo", "Chidi", "1971-07-30", "male"),
        "conditions": [C("c1", "Panniculitis, unspecified", "M79.3", "L shin", reason=True),
                       C("c2", "Rash and other nonspecific skin eruption", "R21", "R thigh")],
        "procedures": [
            P("Incisional bx", "11106", "L ant shin", "wedge incisional bx deep nodule L shin, 1.5 cm wedge to fat, simple closure 4-0", ["c1"]),
            P("Punch bx", "11104", "R lat thigh", "4mm punch R thigh for H&E, 1 suture", ["c2"]),
        ],
        "note": "Tender red nodules L shin x3 wks + rash R thigh. Incisional bx L shin (deep wedge incl. subq fat) + 4mm punch R thigh. Both to path. RTC 2 wks.",
        "expected": E([L("11106"), L("11105")], ["coding-correction"]),
        "coder_note": "BX-2 / conventions: incisional is the primary; the punch becomes its add-on 11105 (11106/11104 PTP ind 0).",
    },
    {
        "id": "s2-bx-cerner-eight-shave-bx-mue", "family": "biopsy", "shape": "free-text",
        "description": "Oracle Health free-text: eight tangential biopsies -> 11102 + 11103 x7 capped at MUE 6; a ninth lesion only watched.",
        "date": "2026-10-07", "provider": CERNER, "payer": "medicaid-mco",
        "patient": ("Delacroix", "Antoine", "1965-12-01", "male"),
        "conditions": [C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", "Trunk and extremities", reason=True)],
        "procedures": [P("Shave biopsy", None, s, "tangential biopsy, AlCl3", ["c1"]) for s in (
            "R upper back", "L upper back", "mid back", "R flank", "L chest", "R upper arm", "L forearm", "R thigh")],
        "note": cerner("""
<h3>Assessment / Plan</h3>
<p>Multiple atypical-appearing pigmented and pink papules, hx of dysplastic nevi. Eight lesions sampled today by shave biopsy (see table). Nevus L calf stable on dermoscopy vs 2025 photos - monitor, will bx if changes.</p>
<table border='1'><tr><th>#</th><th>Site</th><th>Size</th><th>Technique</th></tr>
<tr><td>1</td><td>R upper back</td><td>5mm</td><td>shave bx</td></tr>
<tr><td>2</td><td>L upper back</td><td>6mm</td><td>shave bx</td></tr>
<tr><td>3</td><td>mid back</td><td>4mm</td><td>shave bx</td></tr>
<tr><td>4</td><td>R flank</td><td>7mm</td><td>shave bx</td></tr>
<tr><td>5</td><td>L chest</td><td>4mm</td><td>shave bx</td></tr>
<tr><td>6</td><td>R upper arm</td><td>5mm</td><td>shave bx</td></tr>
<tr><td>7</td><td>L forearm</td><td>3mm</td><td>shave bx</td></tr>
<tr><td>8</td><td>R thigh</td><td>6mm</td><td>shave bx</td></tr></table>
<p>Hemostasis AlCl3. Vaseline + bandage. Path to Cerner lab.</p>"""),
        "html": True,
        "expected": E([L("11102"), L("11103", 6)], ["mue"]),
        "coder_note": "8 tangential biopsies = 11102 + 11103 x7; 11103 MUE 6 (MAI 3) -> capped at 6 with an mue finding (conventions, README MUE decision).",
    },
    # ------------------------------------------------------------------ cosmetic
    {
        "id": "s2-cos-epic-medicare-sk-ln2-gy-gx", "family": "cosmetic", "shape": "note-only",
        "description": "Medicare FFS, asymptomatic SKs frozen at patient request with a voluntary ABN -> 17110-GY-GX.",
        "date": "2026-10-08", "provider": EPIC, "payer": "medicare",
        "patient": ("Whitcombe", "Harold", "1944-04-18", "male"),
        "conditions": [C("c1", "Other seborrheic keratosis", "L82.1", "Back", reason=True)],
        "note": epic("DERMATOLOGY VISIT", """
CC: "wants the brown spots on my back off."

HPI: 82M, multiple stuck-on brown lesions on the back for years. No itching, no bleeding, no irritation, no change. Bothered by appearance only.

EXAM: back with 6 waxy stuck-on tan-brown papules 4-9 mm, no inflammation, no erosion. Dermoscopy: classic SK features (milia-like cysts, comedo-like openings).

Dx: Seborrheic keratoses, non-inflamed (L82.1) x6, back.

Discussed these are benign and removal is cosmetic / not covered by Medicare. Pt elected treatment, signed voluntary ABN (CMS-R-131) acknowledging he will pay.

Procedure note: Cryotherapy with LN2, 2 freeze-thaw cycles, to 6 SKs on the back. Tolerated well.

Plan: expected blistering reviewed. RTC prn.
"""),
        "expected": E([L("17110", 1, "GY", "GX")], ["cosmetic"]),
        "coder_note": "COS-4 / conventions: cosmetic (statutorily excluded) on Medicare FFS -> GY; voluntary ABN -> GX added.",
    },
    {
        "id": "s2-cos-ema-aetna-tags-self-pay-plus-ak", "family": "cosmetic", "shape": "pre-coded",
        "description": "Commercial: asymptomatic tags snipped (cosmetic -> removed, self-pay) + 3 AKs LN2 covered (17000 + 17003 x2).",
        "date": "2026-10-09", "provider": EMA, "payer": "commercial-aetna",
        "patient": ("Brightwater", "Lorna", "1958-09-09", "female"),
        "conditions": [C("c1", "Acrochordon", "L91.8", "Neck"), C("c2", "Actinic keratosis", "L57.0", "Face", reason=True)],
        "procedures": [
            P("Skin tag removal", "11200", "neck", "8 ST neck snipped - cosmetic, pt aware self pay, no sx", ["c1"]),
            P("Destr premalig 1st", "17000", "face", "LN2 AK", ["c2"]),
            P("Destr premalig add'l", "17003", "face", "LN2 AK", ["c2"]),
        ],
        "note": "AKs x3 (L temple, nose, R cheek) LN2 2 cycles. ST neck x8 asymptomatic, cosmetic, pt wants gone, self-pay agreed, snip removal. No ABN/insurance for tags.",
        "expected": E([L("17000"), L("17003", 2)], ["cosmetic"]),
        "coder_note": "Non-Medicare cosmetic service is removed with a cosmetic finding; AK destruction is covered (NCD 250.4). 17003 units = 3 - 1.",
    },
    {
        "id": "s2-cos-cerner-medicare-nevus-shave-gy", "family": "cosmetic", "shape": "note-only",
        "description": "Medicare FFS cosmetic shave of a benign facial nevus without ABN -> 11311-GY (GY alone).",
        "date": "2026-10-12", "provider": CERNER, "payer": "medicare-ngs",
        "patient": ("Pemberton", "Alice", "1952-01-22", "female"),
        "conditions": [C("c1", "Melanocytic nevi of other parts of face", "D22.39", "L cheek", reason=True)],
        "note": cerner("""
<h3>Subjective</h3><p>Pt requests removal of a raised mole on the left cheek "for looks". Present since childhood; no change, no bleeding, no itch, not irritated.</p>
<h3>Objective</h3><table border='1'><tr><th>Site</th><th>Lesion</th><th>Size</th></tr>
<tr><td>L cheek</td><td>soft flesh-colored dome papule, benign dermoscopy (intradermal nevus)</td><td>0.8 x 0.7 cm</td></tr></table>
<h3>Assessment</h3><p>Benign intradermal nevus, cosmetic removal requested. Not medically necessary; Medicare statutory exclusion explained. No ABN signed (pt declined to sign, understands she may be billed).</p>
<h3>Procedure</h3><p>Shave removal of the L cheek nevus flush with skin, lido 1% w epi, hemostasis with AlCl3. Specimen to path.</p>"""),
        "html": True,
        "expected": E([L("11311", 1, "GY")], ["cosmetic"]),
        "coder_note": "Shave removal face 0.6-1.0 cm = 11311 (SH-1, lesion diameter 0.8); cosmetic on Medicare FFS -> GY; no voluntary ABN so no GX.",
    },
    # ------------------------------------------------------------------ destruction
    {
        "id": "s2-ds-ema-17003-x16-to-17004", "family": "destruction", "shape": "pre-coded",
        "description": "EMA sends 17000 + 17003 for 17 AKs (count only in note) -> 17004 x1.",
        "date": "2026-10-13", "provider": EMA, "payer": "medicare-noname",
        "patient": ("Sorensen", "Niels", "1940-06-03", "male"),
        "conditions": [C("c1", "Actinic keratosis", "L57.0", "Scalp, face, hands", reason=True)],
        "procedures": [P("Destr premalig lesion", "17000", "scalp", "LN2", ["c1"]),
                       P("Destr premalig add'l", "17003", "scalp/face/hands", "LN2 x16 add'l", ["c1"])],
        "note": "Est pt, AK f/u. LN2 to AKs: scalp 9, face 5, dorsal hands 3 (total seventeen). 2 FTC. RTC 6 mo.",
        "expected": E([L("17004")], ["coding-correction"]),
        "coder_note": "DS-1: 15 or more premalignant lesions = 17004 x1 instead of 17000/17003.",
    },
    {
        "id": "s2-ds-epic-ak-counts-scattered", "family": "destruction", "shape": "note-only",
        "description": "Epic note: AK counts scattered in prose (5 + 3 + two) = 10; treated-before AKs on nose not counted -> 17000 + 17003 x9.",
        "date": "2026-10-14", "provider": EPIC, "payer": "medicare-advantage",
        "patient": ("Fairbanks", "Walter", "1946-03-14", "male"),
        "conditions": [C("c1", "Actinic keratosis", "L57.0", "Scalp, hands, forehead", reason=True),
                       C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True)],
        "note": epic("FOLLOW-UP: ACTINIC KERATOSES", """
INTERVAL HISTORY: Hx BCC R nasal sidewall s/p Mohs 2023. Previously treated with cryo to nose AKs in 2025 - those sites are clear today.

EXAM: 5 gritty erythematous scaly papules on the vertex scalp, 3 on the dorsal hands (2 R, 1 L), and two more on the forehead. Nose clear. No suspicious lesions.

Dx: Actinic keratoses (L57.0). History of BCC, NED.

Procedure note: Cryosurgery with liquid nitrogen (2 cycles, 10-15 s) to the AKs of the scalp, dorsal hands and forehead as above. No treatment to the nose today.

Plan: sunscreen, hat. Consider field therapy (5-FU) if new AKs at f/u; not started today. RTC 6 mo.
"""),
        "expected": E([L("17000"), L("17003", 9)]),
        "coder_note": "DS-1: 10 lesions -> 17000 + 17003 x9. 'previously treated', 'consider field therapy' are history/hypothetical.",
    },
    {
        "id": "s2-ds-cerner-warts-and-aks-xs", "family": "destruction", "shape": "free-text",
        "description": "Free-text LN2 of 4 hand warts (17110) + 2 face AKs (17000 + 17003): XS on 17000 and 17003 (17110 is column 1).",
        "date": "2026-10-15", "provider": CERNER, "payer": "commercial-uhc",
        "patient": ("Marchetti", "Paolo", "1962-08-27", "male"),
        "conditions": [C("c1", "Other viral warts", "B07.8", "Hands", reason=True),
                       C("c2", "Actinic keratosis", "L57.0", "Face", reason=True)],
        "procedures": [P("Cryotherapy of warts", None, "R and L fingers", "LN2 to verrucae, 2 cycles", ["c1"]),
                       P("Cryotherapy of actinic keratoses", None, "L temple, R cheek", "LN2 AK x2", ["c2"])],
        "note": cerner("""
<h3>Procedures</h3><table border='1'><tr><th>Diagnosis</th><th>Site</th><th>#</th><th>Tx</th></tr>
<tr><td>Verruca vulgaris, painful, spreading</td><td>R index, R middle, L thumb x2</td><td>4</td><td>LN2 2 FTC</td></tr>
<tr><td>Actinic keratosis</td><td>L temple, R cheek</td><td>2</td><td>LN2</td></tr></table>
<p>Warts tender with gripping and have increased in number since summer. Pt tolerated well. RTC 3-4 wks for repeat LN2 prn.</p>"""),
        "html": True,
        "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 1, "XS")]),
        "coder_note": "DS-2/DS-3: 17110/17000 and 17110/17003 are PTP ind 1 with 17110 as column 1; distinct lesions -> XS on the column-2 codes.",
    },
    {
        "id": "s2-ds-epic-ednc-bcc-back-defect", "family": "destruction", "shape": "free-text",
        "description": "ED&C of a biopsy-proven superficial BCC of the back, sized by the final defect 1.6 cm -> 17262.",
        "date": "2026-10-16", "provider": EPIC, "payer": "medicare",
        "patient": ("Lindgren", "Margit", "1950-11-05", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "L upper back", reason=True)],
        "procedures": [P("ED&C", None, "Left upper back", "curettage x3 + ED, final defect 1.6 cm", ["c1"])],
        "note": epic("PROCEDURE NOTE: ELECTRODESICCATION AND CURETTAGE", """
INDICATION: Superficial BCC, L upper back, biopsy-proven 09/22/2026 (path: superficial basal cell carcinoma). Not a Mohs candidate (trunk, superficial, small). Pt prefers ED&C over excision.

Dx: Superficial BCC, L upper back (C44.519). Clinical size 1.1 x 0.9 cm.

Procedure note: Consent, time-out. 1% lido w/ epi. Curettage with 4 mm and 3 mm curettes followed by electrodesiccation, 3 cycles. Final defect 1.6 cm diameter. Hemostasis achieved. Vaseline, pressure dressing.

Plan: second-intention healing. Skin check 6 mo.
"""),
        "expected": E([L("17262")]),
        "coder_note": "DS-4: malignant destruction trunk, sized by the final curettage defect (1.6 cm -> 1.1-2.0 band) = 17262.",
    },
    # ------------------------------------------------------------------ E/M
    {
        "id": "s2-em-epic-screening-fse-medicare-gy", "family": "em", "shape": "note-only",
        "description": "Medicare FFS screening-only FSE (no hx of skin cancer, no complaint, nothing found) -> 99203-GY.",
        "date": "2026-10-19", "provider": EPIC, "payer": "medicare", "em": "99203",
        "patient": ("Abernathy", "Ruth", "1955-05-05", "female"),
        "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True)],
        "note": epic("NEW PATIENT: FULL SKIN EXAM", """
CC: "skin check" - annual screening requested by pt; no spots of concern.

HPI: 71F, new pt. No personal or family hx of skin cancer. No new, changing, bleeding or itchy lesions. No complaints.

EXAM: Full skin exam incl. scalp, face, trunk, extremities, nails, genitalia deferred per pt. Scattered lentigines and a few cherry angiomas, all benign-appearing. No suspicious lesions.

Dx: Encounter for skin cancer screening (Z12.83). Benign findings, no treatment.

Plan: sun protection counselling. Pt informed Medicare does not cover screening skin exams. Annual FSE prn.
"""),
        "expected": E([L("99203", 1, "GY")]),
        "coder_note": "DX-5 / README decision: Medicare has no skin-cancer screening benefit -> screening-only E/M with GY.",
    },
    {
        "id": "s2-em-ema-psoriasis-mgmt-25-plus-wart", "family": "em", "shape": "pre-coded",
        "description": "EMA: 99214 for psoriasis flare with methotrexate labs/Rx change + LN2 of one finger wart -> 99214-25 + 17110.",
        "date": "2026-10-20", "provider": EMA, "payer": "commercial", "em": "99214",
        "patient": ("Nakamura", "Kenji", "1979-10-10", "male"),
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, scalp", reason=True),
                       C("c2", "Other viral warts", "B07.8", "R index finger")],
        "procedures": [P("Destr benign lesion", "17110", "R index finger", "LN2 x1 verruca, painful", ["c2"])],
        "note": "PsO flare BSA 12%, on MTX 15 mg wkly. Reviewed CBC/CMP from 10/12 - ALT 58 mildly up. Decr MTX to 10 mg, start clobetasol oint bid 2 wks, recheck LFTs 4 wks, discussed biologic options. Also painful wart R index finger - LN2 x1 2 FTC.",
        "expected": E([L("99214", 1, "25"), L("17110")]),
        "coder_note": "GS-3: psoriasis management with lab review and Rx change is significant and separately identifiable -> 25 on the E/M (17110/99214 ind 1).",
    },
    {
        "id": "s2-em-cerner-new-pt-isk-decision-only", "family": "em", "shape": "note-only",
        "description": "New pt 99203 selected, only work = evaluation and LN2 of 2 inflamed SKs -> E/M removed, 17110 only.",
        "date": "2026-10-21", "provider": CERNER, "payer": "medicare-advantage-ppo", "em": "99203",
        "patient": ("Quintero", "Rosa", "1957-02-17", "female"),
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "Inframammary", reason=True)],
        "note": cerner("""
<h3>Chief Complaint</h3><p>New patient: 2 itchy, irritated spots under the bra line, catching on bra and bleeding.</p>
<h3>Exam</h3><p>Inframammary: two inflamed, crusted, stuck-on papules 7 mm and 9 mm, erythematous base. Rest of focused exam unremarkable.</p>
<h3>Assessment/Plan</h3><ul><li>Inflamed/irritated seborrheic keratoses x2 (L82.0), symptomatic - treat.</li></ul>
<h3>Procedure</h3><p>LN2 cryotherapy to both ISKs, 2 cycles. Aftercare reviewed.</p><p>No other concerns addressed.</p>"""),
        "html": True,
        "expected": E([L("17110")]),
        "coder_note": "GS-3 / README: E/M whose only work is the decision for the minor procedure is removed, new patient included.",
    },
    # ------------------------------------------------------------------ excision, benign
    {
        "id": "s2-exb-epic-cyst-back-layered", "family": "excision-benign", "shape": "note-only",
        "description": "Inflamed EIC upper back 1.8 cm + 0.2 cm margins = 2.2 -> 11404; layered closure 3.5 cm -> 12032.",
        "date": "2026-10-22", "provider": EPIC, "payer": "commercial-cigna",
        "patient": ("Castellanos", "Diego", "1984-04-04", "male"),
        "conditions": [C("c1", "Epidermal cyst", "L72.0", "Upper back", reason=True)],
        "path": [{"text": "Skin, upper back, excision: ruptured epidermal inclusion cyst with foreign-body giant cell reaction. No malignancy.", "site": "Upper back"}],
        "note": epic("PROCEDURE NOTE: EXCISION", """
INDICATION: Recurrent painful, twice-infected epidermoid cyst of the mid upper back; drained by urgent care 2026-06. Now quiescent; pt wants it out.

Pre-op Dx: Epidermal inclusion cyst, upper back, 1.8 x 1.2 cm.

Procedure note:
Informed consent. Time-out. Marked with 0.2 cm margins around the cyst and punctum; fusiform ellipse designed along RSTL. 1% lido w/ epi 8 mL. Excised to subcutaneous fat, cyst wall removed intact. Hemostasis with electrocautery.
Repair: layered closure. Deep dermal 3-0 Vicryl buried interrupted, epidermis 4-0 nylon running. Final repair length 3.5 cm.
Specimen to pathology.

Post-op Dx: same. EBL <5 mL. No complications.

Plan: sutures out in 14 days. Wound care reviewed.
"""),
        "expected": E([L("11404"), L("12032")]),
        "coder_note": "EX-1: 1.8 + 2 x 0.2 = 2.2 cm -> trunk 2.1-3.0 = 11404 (benign path). EX-5: intermediate repair separately: trunk 2.6-7.5 cm = 12032.",
    },
    {
        "id": "s2-exb-ema-hand-nevus-band-and-simple-repair", "family": "excision-benign", "shape": "pre-coded",
        "description": "EMA sends 11422 + 12001; hand lesion 0.6 cm + 2 mm margins = 1.0 -> 11421, simple repair bundled.",
        "date": "2026-10-23", "provider": EMA, "payer": "commercial-uhc",
        "patient": ("Abernethy", "Claire", "1990-12-12", "female"),
        "conditions": [C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", "L dorsal hand", reason=True)],
        "procedures": [P("Exc benign lesion", "11422", "L dorsal hand", "6mm atypical nevus, 2mm margins, excised", ["c1"]),
                       P("Simple repair", "12001", "L dorsal hand", "simple closure 1.8cm 5-0 prolene", ["c1"])],
        "path": [{"text": "Skin, L dorsal hand, excision: compound nevus with moderate architectural atypia, margins clear.", "site": "L dorsal hand"}],
        "note": "Changing nevus L dorsal hand 0.6 cm, prev bx 9/2026 mod atypia w positive margin -> excision today with 2mm margins. Simple 1-layer closure 1.8 cm. Path: mod atypical compound nevus, clear.",
        "expected": E([L("11421")], ["coding-correction", "ncci"]),
        "coder_note": "EX-1: 0.6 + 0.4 = 1.0 cm -> hand (SNHFG) 0.6-1.0 = 11421; atypia -> benign codes (EX-3). Simple repair included (11421/12001 ind 1, same wound) -> removed.",
    },
    {
        "id": "s2-exb-cerner-two-nevi-repairs-summed", "family": "excision-benign", "shape": "note-only",
        "description": "HTML table: 2 benign excisions (L forearm 1.1 -> 11402; R upper back 0.6 -> 11401), intermediate repairs 2.5 + 1.5 = 4.0 summed -> 12032.",
        "date": "2026-10-26", "provider": CERNER, "payer": "commercial",
        "patient": ("Villanueva", "Marisol", "1976-03-21", "female"),
        "conditions": [C("c1", "Melanocytic nevi of left upper limb, including shoulder", "D22.62", "L forearm", reason=True),
                       C("c2", "Melanocytic nevi of trunk", "D22.5", "R upper back", reason=True)],
        "path": [{"text": "A. L forearm: dysplastic compound nevus, moderate atypia, margins clear. B. R upper back: dysplastic junctional nevus, mild atypia, margins clear.", "site": "L forearm; R upper back"}],
        "note": cerner("""
<h3>Procedure: Excisions x2</h3><p>Indication: both lesions biopsied 2026-09 with moderate/mild atypia extending to margins; re-excision recommended.</p>
<table border='1'><tr><th>Lesion</th><th>Site</th><th>Clinical size</th><th>Margin</th><th>Closure</th><th>Length</th></tr>
<tr><td>A</td><td>L forearm</td><td>0.7 x 0.5 cm (bx scar)</td><td>2 mm</td><td>layered (4-0 Monocryl deep, 5-0 nylon)</td><td>2.5 cm</td></tr>
<tr><td>B</td><td>R upper back</td><td>0.4 x 0.4 cm (bx scar)</td><td>1 mm</td><td>layered (3-0 Vicryl deep, 4-0 nylon)</td><td>1.5 cm</td></tr></table>
<p>Both excised as ellipses to fat, specimens to path separately. EBL minimal.</p>"""),
        "html": True,
        "expected": E([L("11402"), L("11401"), L("12032")]),
        "coder_note": "EX-1: A 0.7 + 0.4 = 1.1 -> 11402; B 0.4 + 0.2 = 0.6 -> 11401. REP-1: both intermediate repairs in the 12031 group (trunk/extremities) -> 4.0 cm = 12032.",
    },
    # ------------------------------------------------------------------ excision, malignant
    {
        "id": "s2-exm-epic-scc-forearm-layered", "family": "excision-malignant", "shape": "note-only",
        "description": "SCC R forearm 1.1 cm + 4 mm margins = 1.9 -> 11602; intermediate repair 4.2 cm -> 12032.",
        "date": "2026-10-27", "provider": EPIC, "payer": "medicare",
        "patient": ("Garrison", "Thomas", "1943-07-07", "male"),
        "conditions": [C("c1", "Squamous cell carcinoma of skin of right upper limb, including shoulder", "C44.622", "R dorsal forearm", reason=True)],
        "path": [{"text": "Skin, R forearm, excision: well-differentiated invasive squamous cell carcinoma, margins free (closest 3 mm).", "site": "R forearm"}],
        "note": epic("PROCEDURE NOTE: EXCISION OF MALIGNANT LESION", """
INDICATION: Biopsy-proven (10/2026) invasive SCC, well-differentiated, R dorsal forearm.

Pre-op Dx: SCC R forearm, clinical lesion 1.1 x 0.9 cm.

Procedure note:
Consent. Time-out. Margins of 4 mm marked around the clinical lesion; ellipse oriented along the long axis of the forearm. 1% lido w/ epi. Excised to the level of the fascia. Specimen oriented with suture at 12 o'clock.
Repair: intermediate (layered) closure - 4-0 Monocryl buried deep dermal, 4-0 nylon running. Length 4.2 cm.

Plan: path; sutures out 14 d. If margins involved, re-excision vs Mohs.
"""),
        "expected": E([L("11602"), L("12032")]),
        "coder_note": "EX-1: 1.1 + 2 x 0.4 = 1.9 cm -> arm 1.1-2.0 = 11602 (malignant path). Intermediate repair arm 4.2 cm = 12032 (no PTP edit with 11602 per EX-5). 'If margins involved' is hypothetical.",
    },
    {
        "id": "s2-exm-ema-mis-reexcision-58-both", "family": "excision-malignant", "shape": "pre-coded",
        "description": "Re-excision of MIS for positive margin inside the 10-day global of the first excision: scar 2.0 + 0.5 x 2 = 3.0 -> 11603-58 + 12032-58.",
        "date": "2026-10-28", "provider": EMA, "payer": "commercial-cigna",
        "patient": ("Whitaker", "Janelle", "1969-05-19", "female"),
        "conditions": [C("c1", "Melanoma in situ of other part of trunk", "D03.59", "L upper back", reason=True)],
        "prior": [PRIOR("2026-10-21", "11602", "Exc malignant lesion trunk", "L upper back", "MIS L upper back 1.0 cm w 2mm margins; path: MIS, peripheral margin involved")],
        "procedures": [P("Exc malignant lesion", "11603", "L upper back", "re-exc MIS scar 2.0cm, 5mm margins, staged for + margin", ["c1"]),
                       P("Intermediate repair", "12032", "L upper back", "layered 5.0 cm", ["c1"])],
        "path": [{"text": "Skin, L upper back, re-excision: scar, no residual melanoma in situ. Margins clear.", "site": "L upper back"}],
        "note": "MIS L upper back excised 10/21, periph margin +. Planned re-exc today (staged): scar 2.0 cm, 5 mm margins -> 3.0 cm, to fascia. Layered closure 5.0 cm. Path: no residual MIS.",
        "expected": E([L("11603", 1, "58"), L("12032", 1, "58")], ["global-period"]),
        "coder_note": "EX-4 / GS-5: re-excision for a positive margin inside the first excision's 010 global -> 58; malignant code even with a negative re-excision; 2.0 + 1.0 = 3.0 -> 11603. 58 on the repair too (precedent: ho- melanoma re-excision, 58 on both lines).",
    },
    {
        "id": "s2-exm-cerner-face-lesion-path-bcc", "family": "excision-malignant", "shape": "free-text",
        "description": "Free-text excision of an uncertain L cheek lesion; path = nodular BCC -> malignant face 0.8 + 0.6 = 1.4 -> 11642 (simple closure included).",
        "date": "2026-10-29", "provider": CERNER, "payer": "commercial-uhc",
        "patient": ("Oduya", "Grace", "1961-08-14", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "L cheek", reason=True)],
        "procedures": [P("Excision of skin lesion with simple closure", None, "Left cheek",
                         "Pearly papule L cheek 0.8 x 0.6 cm, suspicious. Excised w 3 mm margins as ellipse, single-layer closure 6-0 nylon, 2.4 cm.", ["c1"])],
        "path": [{"text": "Skin, left cheek, excision: basal cell carcinoma, nodular type, margins free.", "site": "Left cheek"}],
        "note": cerner("""<h3>Procedure</h3><p>Excision L cheek lesion (see procedure record). Simple closure. Path pending at time of visit.</p>
<h3>Addendum 11/03</h3><p>Path: nodular BCC, margins clear. Pt notified. No further tx; FSE 6 mo.</p>"""),
        "html": True,
        "expected": E([L("11642")]),
        "coder_note": "EX-3: malignant code from the final pathology; EX-1 0.8 + 0.6 = 1.4 -> face 1.1-2.0 = 11642; simple repair included (EX-5).",
    },
    # ------------------------------------------------------------------ I&D
    {
        "id": "s2-id-ema-10061-sent-simple-abscess", "family": "incision-drainage", "shape": "pre-coded",
        "description": "EMA sends 10061 for a single uncomplicated buttock abscess (no loculations, no packing) -> 10060.",
        "date": "2026-10-30", "provider": EMA, "payer": "medicaid",
        "patient": ("Reyes", "Tomas", "1995-01-25", "male"),
        "conditions": [C("c1", "Cutaneous abscess of buttock", "L02.31", "R buttock", reason=True)],
        "procedures": [P("I&D abscess complicated", "10061", "R buttock", "single 2cm fluctuant abscess, #11 blade, pus expressed, no loculations, no packing", ["c1"])],
        "note": "Single abscess R buttock 2 cm, fluctuant. Simple I&D, purulent drainage, irrigated. No loculations broken, no packing needed. Doxy x7d. Wound cx sent.",
        "expected": E([L("10060")], ["coding-correction"]),
        "coder_note": "10060 = simple or single; 10061 = complicated or multiple. One uncomplicated abscess -> 10060.",
    },
    {
        "id": "s2-id-epic-two-abscesses-packing", "family": "incision-drainage", "shape": "note-only",
        "description": "Two abscesses drained, one loculated and packed -> 10061 x1.",
        "date": "2026-11-02", "provider": EPIC, "payer": "medicaid-mco",
        "patient": ("Holloway", "Jasmine", "1999-06-06", "female"),
        "conditions": [C("c1", "Cutaneous abscess of left axilla", "L02.412", "L axilla", reason=True),
                       C("c2", "Cutaneous abscess of right lower limb", "L02.415", "R thigh", reason=True)],
        "note": epic("URGENT DERM VISIT", """
CC: painful boils L armpit and R thigh x5 days.

EXAM: L axilla 3 cm fluctuant abscess with surrounding cellulitis. R medial thigh 1.5 cm fluctuant nodule.

Dx: 1. Abscess L axilla (L02.412). 2. Abscess R thigh (L02.415). r/o HS - not meeting criteria today.

Procedure note:
1. L axilla: incision with #11 blade, copious purulence, multiple loculations broken up with hemostat, irrigated, packed with 1/4" iodoform gauze.
2. R thigh: incised and drained, small amount of pus, no packing.
Cultures sent.

Plan: Bactrim DS bid x10d. Packing removal 48 h (nurse visit).
"""),
        "expected": E([L("10061")]),
        "coder_note": "10061 = complicated or multiple, one unit per session (MUE 1); loculations + packing and two abscesses -> 10061 x1.",
    },
    # ------------------------------------------------------------------ intralesional
    {
        "id": "s2-il-epic-keloids-volume-x-conc", "family": "intralesional", "shape": "free-text",
        "description": "3 chest keloids, Kenalog 40 mg/mL 0.5 mL each = 60 mg -> 11900 + J3301 x6.",
        "date": "2026-11-03", "provider": EPIC, "payer": "commercial-aetna",
        "patient": ("Adeyemi", "Folake", "1988-02-28", "female"),
        "conditions": [C("c1", "Keloid scar", "L91.0", "Chest", reason=True)],
        "procedures": [P("Intralesional injection", None, "Presternal chest", "Kenalog-40 0.5 mL into each of 3 keloids", ["c1"])],
        "note": epic("PROCEDURE VISIT: ILK", """
HPI: Painful, itchy keloids of the presternal chest after acne; last injected 8 weeks ago with partial flattening.

Dx: Keloids x3, chest (L91.0), symptomatic (pain, pruritus).

Procedure note: Intralesional triamcinolone acetonide (Kenalog-40, 40 mg/mL), 0.5 mL injected into each of 3 keloids using 30G needle. Total 1.5 mL. Tolerated well.

Plan: repeat in 6-8 wks if needed; silicone gel sheets.
"""),
        "expected": E([L("11900"), L("J3301", 6)]),
        "coder_note": "4.8 table: 3 lesions -> 11900; 0.5 mL x 3 x 40 mg/mL = 60 mg -> J3301 = ceil(60/10) = 6.",
    },
    {
        "id": "s2-il-ema-alopecia-9-patches", "family": "intralesional", "shape": "pre-coded",
        "description": "EMA sends 11900 + J3301 for 9 alopecia areata patches, 2.5 mg/mL x 4 mL = 10 mg -> 11901 + J3301 x1.",
        "date": "2026-11-04", "provider": EMA, "payer": "commercial",
        "patient": ("Kowalczyk", "Anna", "1992-09-17", "female"),
        "conditions": [C("c1", "Alopecia areata, unspecified", "L63.9", "Scalp", reason=True)],
        "procedures": [P("IL inj", "11900", "scalp", "ILK 9 patches", ["c1"]),
                       P("Triamcinolone inj", "J3301", "scalp", "TAC 2.5 mg/mL", ["c1"])],
        "note": "AA scalp, 9 patches. ILK TAC 2.5 mg/mL, 4 mL total divided among nine patches. F/u 6 wks.",
        "expected": E([L("11901"), L("J3301")], ["coding-correction"]),
        "coder_note": "11901 = more than 7 lesions; 2.5 mg/mL x 4 mL = 10 mg -> J3301 x1.",
    },
    # ------------------------------------------------------------------ mixed
    {
        "id": "s2-mix-epic-fse-melanoma-hx-bx-ln2-rosacea-25", "family": "mixed", "shape": "note-only",
        "description": "FSE for melanoma hx + rosacea Rx (separate E/M) + punch bx L calf + LN2 6 face AKs -> 99214-25 + 11104 + 17000-XS + 17003 x5.",
        "date": "2026-11-05", "provider": EPIC, "payer": "medicare", "em": "99214",
        "patient": ("Thorsen", "Ellen", "1951-10-30", "female"),
        "conditions": [C("c1", "Personal history of malignant melanoma of skin", "Z85.820", reason=True),
                       C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "L calf", reason=True),
                       C("c3", "Actinic keratosis", "L57.0", "Face", reason=True),
                       C("c4", "Rosacea, unspecified", "L71.9", "Face", reason=True)],
        "note": epic("FULL SKIN EXAM - MELANOMA SURVEILLANCE", """
HISTORY: Melanoma (0.6 mm) R upper back s/p WLE 2021, NED. Also c/o facial redness and flushing x 6 mo, burning with topical products; tried OTC products without benefit.

EXAM: FSE performed. WLE scar R upper back without pigment or nodularity. L posterior calf 7 mm irregularly pigmented macule, new since 2025 photos (dermoscopy atypical network). Face: 6 scaly gritty papules (forehead 2, L cheek 2, nose 1, chin 1). Centrofacial erythema, telangiectasias, scattered papulopustules.

Dx:
1. Hx melanoma, NED (Z85.820)
2. Atypical pigmented lesion L calf - r/o melanoma (D49.2)
3. AKs x6 face (L57.0)
4. Papulopustular rosacea (L71.9) - new dx

Plan:
- Rosacea: start metronidazole 0.75% gel bid + doxycycline 40 mg daily (Rx sent), trigger avoidance, gentle skincare counselling.
Procedure note:
- L calf: 5 mm punch biopsy, 1 simple suture. To dermpath.
- Face AKs: LN2 2 cycles to 6 lesions.
RTC 3 mo FSE.
"""),
        "expected": E([L("99214", 1, "25"), L("11104"), L("17000", 1, "XS"), L("17003", 5)]),
        "coder_note": "GS-3: new rosacea dx with Rx management is separately identifiable -> 25. 11104/17000 ind 1 (17000 col 2, different lesion) -> XS; no 11104/17003 edit in the table, so 17003 carries no XS. 6 AKs -> 17000 + 17003 x5.",
    },
    {
        "id": "s2-mix-ema-shave-bx-wart-shave-removal", "family": "mixed", "shape": "pre-coded",
        "description": "EMA: 11102 R shoulder + 17110 (5 warts L hand) + 11300 shave of 0.4 cm irritated SK R flank -> XS on 11102 and 11300.",
        "date": "2026-11-06", "provider": EMA, "payer": "commercial-cigna",
        "patient": ("Ferreira", "Lucas", "1970-04-12", "male"),
        "conditions": [C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", "R shoulder"),
                       C("c2", "Other viral warts", "B07.8", "L hand"),
                       C("c3", "Inflamed seborrheic keratosis", "L82.0", "R flank")],
        "procedures": [P("Tangential bx", "11102", "R shoulder", "shave bx pink papule r/o BCC", ["c1"]),
                       P("Destr benign lesion", "17110", "L hand", "LN2 verrucae x5, painful, spreading", ["c2"]),
                       P("Shave removal trunk", "11300", "R flank", "ISK 0.4cm, irritated by belt, bleeding, shave removed", ["c3"])],
        "note": "R shoulder bx r/o BCC. L hand warts x5 LN2. R flank irritated/bleeding ISK 4mm shaved off. All separate sites.",
        "expected": E([L("11102", 1, "XS"), L("17110"), L("11300", 1, "XS")]),
        "coder_note": "PTP: 17110/11102 ind 1 (11102 col 2), 11102/11300 and 17110/11300 ind 1 (11300 col 2); distinct lesions -> XS on the column-2 codes.",
    },
    {
        "id": "s2-mix-cerner-tags-18-and-aks-medicare", "family": "mixed", "shape": "note-only",
        "description": "Symptomatic tags x18 (11200 + 11201 x1) + AKs x3 (17000-XS + 17003 x2), Medicare FFS.",
        "date": "2026-11-09", "provider": CERNER, "payer": "medicare",
        "patient": ("Hargrove", "Dennis", "1947-12-19", "male"),
        "conditions": [C("c1", "Acrochordon", "L91.8", "Neck, axillae", reason=True),
                       C("c2", "Actinic keratosis", "L57.0", "Scalp", reason=True)],
        "note": cerner("""
<h3>HPI</h3><p>Skin tags of neck and axillae catch on collar and razor, repeatedly bleed and become inflamed. Scaly spots on bald scalp.</p>
<h3>Procedures</h3><table border='1'><tr><th>Dx</th><th>Site</th><th>Count</th><th>Method</th></tr>
<tr><td>Irritated acrochordons (bleeding, inflamed)</td><td>neck 11, L axilla 4, R axilla 3</td><td>18</td><td>snip excision + cautery</td></tr>
<tr><td>Actinic keratosis</td><td>scalp vertex</td><td>3</td><td>LN2 2 FTC</td></tr></table>
<p>Pt tolerated. RTC 6 mo.</p>"""),
        "html": True,
        "expected": E([L("11200"), L("11201"), L("17000", 1, "XS"), L("17003", 2)]),
        "coder_note": "18 tags: 11200 + 11201 x ceil(3/10) = 1; symptomatic (bleeding/inflamed, BSL-3 a/g) so covered. 11200/17000 ind 1 -> XS on 17000; no edit with 17003.",
    },
    # ------------------------------------------------------------------ Mohs
    {
        "id": "s2-mohs-epic-nasal-tip-3-stages-blocks", "family": "mohs", "shape": "note-only",
        "description": "Mohs nasal tip BCC, stages 4/7/2 blocks -> 17311 + 17312 x2 + 17315 x2; layered repair 2.8 cm -> 12052.",
        "date": "2026-11-10", "provider": EPIC, "payer": "medicare",
        "patient": ("Blackwood", "Eleanor", "1949-09-02", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Nasal tip", reason=True)],
        "note": epic("MOHS MICROGRAPHIC SURGERY NOTE", """
PRE-OP DIAGNOSIS: Nodular and infiltrative BCC, nasal tip. Biopsy 09/30/2026 (outside dermatology, path reviewed): BCC, nodular and infiltrative patterns.
SURGEON AND PATHOLOGIST: Sofia Ramirez, MD (Mohs surgeon acting as both).
Pre-op clinical size: 0.9 x 0.8 cm.

MOHS STAGES:
Stage I: tumor debulked, first layer excised and divided into 4 tissue blocks, mapped and color-coded. Frozen sections: residual infiltrative BCC in block 3.
Stage II: additional layer taken from the positive area, cut into seven tissue blocks because of the width of the layer. Residual tumor in block 6.
Stage III: 2 blocks. Clear.
Final defect: 1.6 x 1.4 cm, to perichondrium.

REPAIR: Layered (intermediate) closure. Deep 5-0 Monocryl, epidermis 6-0 fast-absorbing gut. Final length 2.8 cm. Undermining limited.

Plan: wound care, f/u 1 wk. No 88305 sent (all tissue processed as Mohs layers).
"""),
        "expected": E([L("17311"), L("17312", 2), L("17315", 2), L("12052")]),
        "coder_note": "MOHS-2: head 17311 + 17312 per additional stage (2); 17315 per block beyond 5 in any stage (stage II 7 blocks -> 2). REP-2: intermediate nose 2.6-5.0 = 12052 (MOHS-7).",
    },
    {
        "id": "s2-mohs-ema-ear-same-day-bx-frozen-59", "family": "mohs", "shape": "pre-coded",
        "description": "Never-biopsied R helix lesion: same-day shave bx + frozen section -> 11102-59 + 88331-59; Mohs 2 stages 17311 + 17312; EMA 88305 on Mohs layers removed.",
        "date": "2026-11-11", "provider": EMA, "payer": "medicare-noname",
        "patient": ("Kilpatrick", "Seamus", "1942-03-17", "male"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of right ear and external auricular canal", "C44.212", "R helix", reason=True)],
        "procedures": [P("Tangential bx", "11102", "R helix", "shave bx, no prior path; sent for frozen section", ["c1"]),
                       P("Frozen section", "88331", "R helix", "FS: BCC -> proceed w Mohs", ["c1"]),
                       P("Mohs 1st stage H/N", "17311", "R helix", "3 blocks", ["c1"]),
                       P("Mohs add'l stage", "17312", "R helix", "2 blocks, clear", ["c1"]),
                       P("Surg path", "88305", "R helix", "Mohs layers", ["c1"])],
        "note": "R helix pearly ulcerated papule 8mm, never bx'd. Same-day shave bx -> frozen section read as BCC -> decision for Mohs. Stage 1 3 blks (+), stage 2 2 blks clear. Defect 1.4cm, 2nd intention. Mohs tissue to our lab only (no separate formalin specimen).",
        "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312")], ["ncci"]),
        "coder_note": "MOHS-5 / BX-5 / conventions: same-day diagnostic bx of a lesion with no prior pathology -> 59 on the bx and 88331 (same lesion, not XS). 88305 on Mohs specimens not reportable (17311/88305 ind 1, no separate specimen) -> removed, ncci.",
    },
    {
        "id": "s2-mohs-cerner-trunk-sbcc-abn-ga", "family": "mohs", "shape": "free-text",
        "description": "Medicare FFS: Mohs for a 0.8 cm primary superficial BCC of the back (AUC area L, inappropriate) with ABN -> 17313-GA.",
        "date": "2026-11-12", "provider": CERNER, "payer": "medicare",
        "patient": ("Lundquist", "Bernard", "1945-08-08", "male"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "R upper back", reason=True)],
        "procedures": [P("Mohs surgery", None, "Right upper back",
                         "Primary superficial BCC 0.8 x 0.7 cm. One stage, 3 blocks, clear. Defect 1.2 cm left to heal by second intention.", ["c1"])],
        "note": cerner("""
<h3>Pre-procedure</h3><p>Primary superficial BCC R upper back, 0.8 cm, biopsy 10/2026. Not immunosuppressed, no prior radiation, not recurrent. Discussed that Mohs does not meet appropriate-use criteria / Medicare LCD for this site and subtype; ED&amp;C or excision offered. Patient insists on Mohs. <b>ABN signed</b> (expected denial, not reasonable and necessary).</p>
<table border='1'><tr><th>Stage</th><th>Blocks</th><th>Result</th></tr><tr><td>1</td><td>3</td><td>clear</td></tr></table>"""),
        "html": True,
        "expected": E([L("17313", 1, "GA")], ["medical-necessity"]),
        "coder_note": "MOHSN-2 / COS-4 / README GA decision: LCD criteria unmet on Medicare FFS with an ABN -> GA.",
    },
    {
        "id": "s2-mohs-epic-shin-scc-blocks-plus-bx-other", "family": "mohs", "shape": "note-only",
        "description": "Mohs L shin SCC 6 + 4 blocks (17313 + 17314 + 17315) + layered repair 5.5 cm (12032-XS) + shave bx of a different R forearm lesion (11102-XS).",
        "date": "2026-11-13", "provider": EPIC, "payer": "medicare",
        "patient": ("Prescott", "Gordon", "1938-12-24", "male"),
        "conditions": [C("c1", "Squamous cell carcinoma of skin of left lower limb, including hip", "C44.729", "L pretibial shin", reason=True),
                       C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "R forearm")],
        "note": epic("MOHS MICROGRAPHIC SURGERY NOTE", """
PRE-OP DIAGNOSIS: Invasive SCC, moderately differentiated, L pretibial shin, 2.2 x 1.9 cm, biopsy-proven 10/14/2026. Immunosuppressed (renal transplant, on tacrolimus) - Mohs appropriate.
Surgeon and pathologist: S. Ramirez, MD.

MOHS STAGES:
Layer 1: debulked; layer divided into 6 tissue blocks. Residual SCC at 9 o'clock (block 5).
Layer 2: 4 blocks. Clear.
Final defect 3.4 x 2.6 cm, subcutaneous fat.

REPAIR: Layered closure, 3-0 Monocryl deep, 4-0 nylon, final length 5.5 cm.

ADDITIONAL: New 5 mm scaly pink papule R dorsal forearm (different lesion) - tangential shave biopsy, AlCl3, sent to dermpath.

Plan: wound check 1 wk, sutures out 14 d. Path f/u for forearm.
"""),
        "expected": E([L("17313"), L("17314"), L("17315"), L("12032", 1, "XS"), L("11102", 1, "XS")]),
        "coder_note": "MOHS-2: 17313 + 17314 (2nd stage) + 17315 x1 (block 6 of stage 1). Repair leg 5.5 cm = 12032. Biopsy of a different lesion: 17313/11102 ind 1 -> 11102-XS; 11102/12032 ind 1 (12032 col 2, different site) -> 12032-XS (PTP direction from the table).",
    },
    # ------------------------------------------------------------------ nails
    {
        "id": "s2-nail-ema-avulsion-two-great-toes-digits", "family": "nails", "shape": "pre-coded",
        "description": "EMA: nail avulsion R great toe + L great toe -> 11730-T5 + 11732-TA (digit modifiers from bodySite).",
        "date": "2026-11-16", "provider": EMA, "payer": "commercial",
        "patient": ("Dunmore", "Patrick", "1983-11-11", "male"),
        "conditions": [C("c1", "Ingrowing nail", "L60.0", "Both great toes", reason=True)],
        "procedures": [P("Nail avulsion", "11730", "R hallux", "total avulsion, digital block", ["c1"]),
                       P("Nail avulsion add'l", "11732", "L hallux", "total avulsion", ["c1"])],
        "note": "Bilat ingrown great toenails w recurrent paronychia. Digital blocks. Total avulsion R great toe nail then L great toe nail. Abx oint, dressing.",
        "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")]),
        "coder_note": "Conventions: digit modifiers on 11730/11732 when documented: right great toe T5, left great toe TA.",
    },
    {
        "id": "s2-nail-epic-phenol-matrixectomy-left-hallux", "family": "nails", "shape": "free-text",
        "description": "Partial nail plate + matrix ablation (phenol) L great toe lateral border -> 11750-TA; prior avulsion only history.",
        "date": "2026-11-17", "provider": EPIC, "payer": "medicaid",
        "patient": ("Espinoza", "Valeria", "2001-05-30", "female"),
        "conditions": [C("c1", "Ingrowing nail", "L60.0", "L great toe", reason=True)],
        "procedures": [P("Partial nail avulsion with phenol matrixectomy", None, "Left great toe, lateral border", "88% phenol x3 applications", ["c1"])],
        "note": epic("PROCEDURE NOTE: NAIL", """
HPI: Recurrent ingrown nail L great toe, lateral border; s/p simple avulsion of the same border in 03/2026 with recurrence. Requests permanent correction.

Dx: Ingrown toenail, L hallux lateral border, recurrent (L60.0).

Procedure note: Digital block 2% lido plain. Tourniquet. Lateral 1/4 of the L great toenail plate removed, matrix of the lateral border ablated with 88% phenol, 3 x 30 s applications, neutralized with alcohol, for permanent removal. Tourniquet off, hemostasis, dressing.

Plan: soaks bid, f/u 2 wks. R great toe nail normal - no treatment.
"""),
        "expected": E([L("11750", 1, "TA")]),
        "coder_note": "4.8 table: excision of nail and matrix for permanent removal (chemical matrixectomy) = 11750; left great toe = TA. 03/2026 avulsion is history.",
    },
    # ------------------------------------------------------------------ paring
    {
        "id": "s2-par-ema-five-calluses-11056-sent", "family": "paring", "shape": "pre-coded",
        "description": "EMA sends 11056 for 5 pared lesions -> 11057.",
        "date": "2026-11-18", "provider": EMA, "payer": "commercial-uhc",
        "patient": ("Galloway", "Irene", "1966-07-04", "female"),
        "conditions": [C("c1", "Corns and callosities", "L84", "Bilateral plantar feet", reason=True)],
        "procedures": [P("Paring", "11056", "B plantar feet", "pared w #15 blade", ["c1"])],
        "note": "Painful calluses plantar feet: R 1st MTH, R 5th MTH, L 1st MTH, L heel, L 5th MTH - 5 lesions pared with #15 blade. Offloading pads.",
        "expected": E([L("11057")], ["coding-correction"]),
        "coder_note": "4.8 table: paring 1 / 2-4 / more than 4 lesions -> 5 = 11057.",
    },
    {
        "id": "s2-par-epic-corns-in-words", "family": "paring", "shape": "free-text",
        "description": "'two corns and a callus' pared -> 3 lesions -> 11056.",
        "date": "2026-11-19", "provider": EPIC, "payer": "medicaid-mco",
        "patient": ("Tran", "Minh", "1975-03-03", "male"),
        "conditions": [C("c1", "Corns and callosities", "L84", "Feet", reason=True)],
        "procedures": [P("Paring of corns/callus", None, "Both feet", "#15 blade", ["c1"])],
        "note": epic("FOOT LESIONS", """
HPI: Painful lesions of the feet limiting walking at work (warehouse). Not diabetic.

EXAM: hard corn dorsal R 5th toe, soft corn L 4th web space, and a thick callus under the R 2nd metatarsal head. No verrucous features; paring shows no pinpoint bleeding.

Dx: Corns and callosity (L84).

Procedure note: pared the two corns and the callus with a #15 blade; no bleeding.

Plan: wider toe box, silicone toe sleeves. Wart treatment not indicated.
"""),
        "expected": E([L("11056")]),
        "coder_note": "Count in words: 2 corns + 1 callus = 3 -> 11056 (2-4).",
    },
    # ------------------------------------------------------------------ patch test
    {
        "id": "s2-pt-cerner-new-pt-80-allergens-25", "family": "patch-test", "shape": "free-text",
        "description": "New pt 99204 with separately identifiable evaluation/management + 80 patches -> 99204-25 + 95044 x80.",
        "date": "2026-11-20", "provider": CERNER, "payer": "commercial-uhc", "em": "99204",
        "patient": ("Hollister", "Megan", "1987-01-09", "female"),
        "conditions": [C("c1", "Allergic contact dermatitis, unspecified cause", "L23.9", "Hands", reason=True),
                       C("c2", "Seborrheic dermatitis, unspecified", "L21.9", "Face", reason=True)],
        "procedures": [P("Patch test application", None, "Upper back",
                         "Comprehensive series 80 allergens applied (T.R.U.E. 35 + hairdresser/supplemental 45).", ["c1"])],
        "note": cerner("""
<h3>HPI</h3><p>Hairdresser, 9 mo of hand dermatitis, worse at work. Also flaky itchy eyebrows and nasolabial folds.</p>
<h3>Assessment / Plan</h3><table border='1'><tr><th>Problem</th><th>Plan</th></tr>
<tr><td>Hand dermatitis, suspected ACD (L23.9)</td><td>Patch testing today; start triamcinolone 0.1% oint bid, glove counselling</td></tr>
<tr><td>Seborrheic dermatitis face (L21.9)</td><td>Ketoconazole 2% cream bid, ketoconazole shampoo as face wash</td></tr></table>
<p>Patch series: <b>80</b> allergens placed (35 T.R.U.E. + 45 supplemental). Readings 48 h and 96 h.</p>"""),
        "html": True,
        "expected": E([L("99204", 1, "25"), L("95044", 80)]),
        "coder_note": "95044 units = allergens (80). 95044/99204 ind 1 -> 25 on the E/M with evaluation of the dermatitis and a second problem with Rx management.",
    },
    {
        "id": "s2-pt-epic-32-allergens-no-em", "family": "patch-test", "shape": "note-only",
        "description": "Patch placement: standard 28 + 4 personal products = 32 -> 95044 x32; no E/M selected.",
        "date": "2026-11-23", "provider": EPIC, "payer": "medicare",
        "patient": ("Winslow", "Beatrice", "1954-06-21", "female"),
        "conditions": [C("c1", "Allergic contact dermatitis, unspecified cause", "L23.9", "Eyelids", reason=True)],
        "note": epic("PATCH TEST PLACEMENT", """
INDICATION: Chronic eyelid dermatitis, suspected ACD to cosmetics (evaluated at consult visit 11/02).

Procedure note: Patch tests applied to upper back:
- North American standard tray: 28 allergens
- Patient's own products (as is): moisturizer, mascara, eyeliner, shampoo = 4
Total 32 patches. Chambers taped, map documented.

Plan: Return 48 h (removal/first read) and 96 h (final read). Avoid wetting back.
"""),
        "expected": E([L("95044", 32)]),
        "coder_note": "95044 = per test: 28 + 4 = 32.",
    },
    # ------------------------------------------------------------------ phototherapy
    {
        "id": "s2-photo-ema-nbuvb-sent-as-96910", "family": "phototherapy", "shape": "pre-coded",
        "description": "EMA sends 96910 but the session is NB-UVB without tar -> 96900.",
        "date": "2026-11-24", "provider": EMA, "payer": "commercial",
        "patient": ("Ashworth", "Colin", "1980-08-15", "male"),
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk, extremities", reason=True)],
        "procedures": [P("Photochemotherapy", "96910", "whole body", "NB-UVB tx #14, 850 mJ/cm2, no tar, no psoralen", ["c1"])],
        "note": "PsO BSA 15%. NB-UVB session #14 whole body 850 mJ. No tar or other topical photosensitizer applied (Goeckerman stopped 2025). Mild erythema prior tx, dose held.",
        "expected": E([L("96900")], ["coding-correction"]),
        "coder_note": "96910 requires tar/petrolatum + UVB; NB-UVB alone is actinotherapy 96900.",
    },
    {
        "id": "s2-photo-epic-puva-first-line-no-abn-gz", "family": "phototherapy", "shape": "note-only",
        "description": "Medicare FFS PUVA without failure of conventional therapy and no ABN -> 96912-GZ.",
        "date": "2026-11-25", "provider": EPIC, "payer": "medicare",
        "patient": ("Redgrave", "Leonard", "1950-02-02", "male"),
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk", reason=True)],
        "note": epic("PHOTOTHERAPY VISIT", """
Dx: Plaque psoriasis, BSA 8%, mild-moderate (L40.0).

HISTORY: No prior topical steroid course, no prior UVB or Goeckerman. Patient requested PUVA after reading about it; PUVA chosen as first-line treatment today.

TREATMENT: Oral methoxsalen 0.6 mg/kg 2 h prior, UVA 1.5 J/cm2 whole body. Eye protection. Tolerated.

Note: ABN was not obtained at this visit.

Plan: PUVA 2x/week.
"""),
        "expected": E([L("96912", 1, "GZ")], ["medical-necessity"]),
        "coder_note": "PHOTO-1 (NCD 250.1): PUVA only after failure of conventional therapy; Medicare FFS, criteria unmet, no ABN -> GZ.",
    },
    {
        "id": "s2-photo-cerner-excimer-summed-area", "family": "phototherapy", "shape": "free-text",
        "description": "Excimer to elbows 180 sq cm + knees 120 sq cm = 300 sq cm total -> 96921 x1.",
        "date": "2026-11-26", "provider": CERNER, "payer": "commercial-uhc",
        "patient": ("Sandoval", "Lucia", "1973-10-01", "female"),
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees", reason=True)],
        "procedures": [P("Excimer laser treatment", None, "Bilateral elbows", "308 nm, 180 sq cm", ["c1"]),
                       P("Excimer laser treatment", None, "Bilateral knees", "308 nm, 120 sq cm", ["c1"])],
        "note": cerner("""
<h3>Excimer session #6</h3><p>Localized plaque psoriasis, BSA 4%, failed 4 mo clobetasol + calcipotriene.</p>
<table border='1'><tr><th>Site</th><th>Area</th><th>Dose</th></tr>
<tr><td>Elbows (both)</td><td>180 cm&sup2;</td><td>500 mJ/cm2</td></tr>
<tr><td>Knees (both)</td><td>120 cm&sup2;</td><td>600 mJ/cm2</td></tr>
<tr><td><b>Total</b></td><td>300 cm&sup2;</td><td></td></tr></table>"""),
        "html": True,
        "expected": E([L("96921")]),
        "coder_note": "4.8 table: excimer coded by total area per session: 250-500 sq cm = 96921, one unit.",
    },
    # ------------------------------------------------------------------ post-op
    {
        "id": "s2-po-epic-suture-removal-99024", "family": "post-op", "shape": "note-only",
        "description": "Suture removal day 8 after malignant excision (010 global); provider picked 99212 -> 99024.",
        "date": "2026-11-04", "provider": EPIC, "payer": "medicare", "em": "99212",
        "patient": ("Garrison", "Thomas", "1943-07-07", "male"),
        "patient_id": "pat-s2-garrison",
        "conditions": [C("c1", "Squamous cell carcinoma of skin of right upper limb, including shoulder", "C44.622", "R forearm", reason=True)],
        "prior": [PRIOR("2026-10-27", "11602", "Excision malignant lesion", "R forearm", "SCC R forearm excision, layered repair 4.2 cm")],
        "note": epic("POST-OP VISIT", """
S/P excision SCC R dorsal forearm 10/27/2026 with layered closure. Path: invasive SCC, margins clear.

EXAM: incision well approximated, no erythema, no drainage.

Procedure: sutures removed, steri-strips applied.

Dx: Aftercare following surgery for neoplasm; SCC R forearm excised, margins clear.

Plan: scar care. FSE in 3 months. No new problems addressed today.
"""),
        "expected": E([L("99024")], ["global-period"]),
        "coder_note": "GS-5 / conventions: post-op visit inside the 010 global with no unrelated problem -> 99024, not an E/M.",
    },
    {
        "id": "s2-po-ema-new-lesion-bx-in-global-79", "family": "post-op", "shape": "pre-coded",
        "description": "Shave bx of a new lesion L shoulder 5 days after face excision (010 global) -> 11102-79.",
        "date": "2026-11-05", "provider": EMA, "payer": "commercial-aetna",
        "patient": ("Mbeki", "Thandiwe", "1960-04-26", "female"),
        "conditions": [C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", "L shoulder", reason=True)],
        "prior": [PRIOR("2026-10-31", "11642", "Exc malignant lesion face", "R cheek", "BCC R cheek 1.4 cm excised")],
        "procedures": [P("Tangential bx", "11102", "L shoulder", "new 6mm changing pigmented papule, shave bx", ["c1"])],
        "note": "Wound check R cheek (exc 10/31) healing well. NEW: changing 6mm pigmented papule L shoulder noticed by husband -> shave bx, unrelated to the cheek surgery.",
        "expected": E([L("11102", 1, "79")], ["global-period"]),
        "coder_note": "GS-5: unrelated procedure inside a prior procedure's global -> 79. Wound check itself is part of the global (no 99024 line, precedent ho-postop-79-shave-in-global).",
    },
    {
        "id": "s2-po-cerner-psoriasis-flare-in-flap-global-24", "family": "post-op", "shape": "note-only",
        "description": "Unrelated E/M (psoriasis flare, Rx) inside the 90-day global of a nasal flap -> 99214-24.",
        "date": "2026-11-06", "provider": CERNER, "payer": "commercial", "em": "99214",
        "patient": ("Caldwell", "Francine", "1964-11-14", "female"),
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Scalp, trunk", reason=True)],
        "prior": [PRIOR("2026-10-07", "14060", "Adjacent tissue transfer nose", "L nasal ala", "Mohs defect L ala repaired with bilobed flap 6 sq cm")],
        "note": cerner("""
<h3>Reason for visit</h3><p>Flap check L nasal ala (bilobed flap 10/07) + new widespread psoriasis flare x 3 wks after strep throat.</p>
<table border='1'><tr><th>Problem</th><th>Assessment</th><th>Plan</th></tr>
<tr><td>Bilobed flap L ala</td><td>healing well, mild pincushioning</td><td>massage, recheck 6 wks</td></tr>
<tr><td>Psoriasis, guttate flare (L40.0) - unrelated to surgery</td><td>BSA 18%, pruritic</td><td>start clobetasol sol scalp + triamcinolone 0.1% body; labs (CBC, CMP, hep panel, QuantiFERON) for possible systemic therapy; consider NB-UVB</td></tr></table>"""),
        "html": True,
        "expected": E([L("99214", 1, "24")], ["global-period"]),
        "coder_note": "GS-5: unrelated E/M in a 090 global -> 24; the flap check is in the package.",
    },
    # ------------------------------------------------------------------ repair
    {
        "id": "s2-rep-epic-three-excisions-two-repair-groups", "family": "repair", "shape": "note-only",
        "description": "3 malignant excisions (11642, 11641, 11622); face intermediate repairs 3.0 + 2.2 summed -> 12053; scalp intermediate 3.0 -> 12032; 12053 XS (col 2 of 12032).",
        "date": "2026-11-30", "provider": EPIC, "payer": "medicare",
        "patient": ("Ashby", "Reginald", "1941-01-31", "male"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "L temple", reason=True),
                       C("c2", "Carcinoma in situ of skin of other parts of face", "D04.39", "L cheek", reason=True),
                       C("c3", "Basal cell carcinoma of skin of scalp and neck", "C44.41", "Vertex scalp", reason=True)],
        "path": [{"text": "A. L temple: nodular BCC, margins clear. B. L cheek: SCC in situ, margins clear. C. Scalp: nodular BCC, margins clear.", "site": "L temple; L cheek; scalp"}],
        "note": epic("PROCEDURE NOTE: EXCISIONS X3 WITH REPAIRS", """
All three lesions biopsy-proven 10/2026. Not Mohs candidates per tumor board (pt declined Mohs).

Lesion A - L temple, nodular BCC, 0.6 cm. Margins 4 mm. Excised to fat. Intermediate (layered) repair 3.0 cm.
Lesion B - L cheek, SCCIS, 0.5 x 0.4 cm. Margin of 0.2 cm. Intermediate (layered) repair 2.2 cm.
Lesion C - vertex scalp, BCC, 1.0 cm. Margins 3 mm. Intermediate repair (galea approximated, 3-0 Vicryl + staples) 3.0 cm.

All specimens to pathology. EBL minimal.
Plan: sutures out face 7 d, scalp staples 10-14 d.
"""),
        "expected": E([L("11642"), L("11641"), L("11622"), L("12053", 1, "XS"), L("12032")]),
        "coder_note": "EX-1: A 0.6+0.8=1.4 -> 11642; B 0.5+0.4=0.9 -> 11641; C 1.0+0.6=1.6 -> scalp 11622. REP-1/2: face intermediate 3.0+2.2=5.2 -> 12053; scalp intermediate 3.0 -> 12032. 12032/12053 ind 1 (12053 col 2), different wounds -> XS.",
    },
    {
        "id": "s2-rep-ema-hand-mohs-defect-wrong-group", "family": "repair", "shape": "pre-coded",
        "description": "EMA sends 12032 for a 4.0 cm layered repair of a R dorsal hand Mohs defect -> hand group 12042.",
        "date": "2026-12-01", "provider": EMA, "payer": "medicare-ngs",
        "patient": ("Pryce", "Edwin", "1944-10-20", "male"),
        "conditions": [C("c1", "Squamous cell carcinoma of skin of right upper limb, including shoulder", "C44.622", "R dorsal hand", reason=True)],
        "procedures": [P("Intermediate repair", "12032", "R dorsal hand", "layered closure 4.0 cm Mohs defect (Mohs by outside surgeon this AM)", ["c1"])],
        "note": "Referred same day from outside Mohs surgeon for repair of R dorsal hand defect (SCC, clear after 2 stages there). Layered closure, 4-0 Monocryl deep + 5-0 nylon, final 4.0 cm.",
        "expected": E([L("12042")], ["coding-correction"]),
        "coder_note": "REP-2: intermediate repair of hands is 12041-12047, not 12031-12037; 2.6-7.5 cm -> 12042.",
    },
    {
        "id": "s2-rep-cerner-lacerations-simple-summed", "family": "repair", "shape": "free-text",
        "description": "Fall: simple repairs R forearm 2.0 + R hand 1.5 = 3.5 -> 12002; chin 1.0 -> 12011 (no PTP edit between them).",
        "date": "2026-12-02", "provider": CERNER, "payer": "commercial",
        "patient": ("Whitlock", "Simon", "1990-06-18", "male"),
        "conditions": [C("c1", "Laceration without foreign body of right forearm, initial encounter", "S51.811A", "R forearm", reason=True),
                       C("c2", "Laceration without foreign body of right hand, initial encounter", "S61.411A", "R hand", reason=True),
                       C("c3", "Laceration without foreign body of other part of head, initial encounter", "S01.81XA", "Chin", reason=True)],
        "procedures": [P("Laceration repair", None, "Right forearm", "simple interrupted 4-0 nylon, 2.0 cm", ["c1"]),
                       P("Laceration repair", None, "Right hand", "simple 5-0 nylon, 1.5 cm", ["c2"]),
                       P("Laceration repair", None, "Chin", "simple 6-0 nylon, 1.0 cm", ["c3"])],
        "note": cerner("""<h3>Lacerations (fell off bike in parking lot this morning)</h3><table border='1'><tr><th>Site</th><th>Length</th><th>Closure</th></tr>
<tr><td>R forearm</td><td>2.0 cm</td><td>simple, single layer</td></tr><tr><td>R hand (hypothenar)</td><td>1,5 cm</td><td>simple</td></tr>
<tr><td>Chin</td><td>1.0 cm</td><td>simple</td></tr></table><p>Irrigated, clean wounds, Td up to date.</p>"""),
        "html": True,
        "expected": E([L("12002"), L("12011")]),
        "coder_note": "REP-1/2: simple repairs of extremities incl. hands sum (3.5 cm -> 12002); face simple 1.0 -> 12011. No 12011/12002 PTP edit in the table, so no XS.",
    },
    {
        "id": "s2-rep-epic-new-pt-decides-cheek-flap-57", "family": "repair", "shape": "note-only",
        "description": "New pt 99204 evaluates SCC R cheek and decides same-day excision with rotation flap (090): 99204-57 + 14040 (excision included).",
        "date": "2026-12-03", "provider": EPIC, "payer": "commercial-cigna", "em": "99204",
        "patient": ("Montague", "Cecil", "1956-09-29", "male"),
        "conditions": [C("c1", "Squamous cell carcinoma of skin of other parts of face", "C44.329", "R cheek", reason=True)],
        "note": epic("NEW PATIENT CONSULT + PROCEDURE", """
HPI: Referred with biopsy-proven well-differentiated SCC of the R medial cheek (outside path 11/2026). Comorbidities: anticoagulated (apixaban), DM2. Options discussed at length: Mohs (6-wk wait, travel), radiation, excision with flap. Reviewed anticoagulation risk with cardiology by phone. Decision today for excision with flap reconstruction, performed same day.

Dx: SCC R cheek (C44.329).

Procedure note: Lesion 1.0 cm excised with 4 mm margins. Primary defect 2.0 x 1.8 cm (3.6 sq cm). Rotation flap designed; secondary defect 4.9 sq cm; total 8.5 sq cm. Layered closure.

Plan: f/u 1 wk, path.
"""),
        "expected": E([L("99204", 1, "57"), L("14040")]),
        "coder_note": "GS-4 / FLAP-4: E/M that decides a 090 procedure on the same day -> 57. FLAP-1/2: cheek flap total 8.5 sq cm -> 14040; the excision is included.",
    },
    # ------------------------------------------------------------------ shave
    {
        "id": "s2-sh-epic-three-sites-three-groups", "family": "shave", "shape": "note-only",
        "description": "Shave removals: nose 0.4 -> 11310; R upper arm 1.2 -> 11302; neck 0.7 -> 11306.",
        "date": "2026-12-04", "provider": EPIC, "payer": "commercial",
        "patient": ("Lachance", "Genevieve", "1968-02-08", "female"),
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "Nose, R upper arm, neck", reason=True)],
        "path": [{"text": "A-C: irritated seborrheic keratoses.", "site": "nose; R upper arm; neck"}],
        "note": epic("PROCEDURE NOTE: SHAVE REMOVALS", """
HPI: three irritated, itchy, intermittently bleeding growths catching on glasses/clothing/necklace.

Dx: Irritated seborrheic keratoses x3 (L82.0).

Procedure note (shave removal, flush with the skin, hemostasis AlCl3, specimens to path):
  1) Nasal sidewall, L - 4 mm papule
  2) R upper arm - 1.2 x 0.9 cm plaque
  3) Posterior neck - 7mm papule

Plan: path f/u; vaseline bid.
"""),
        "expected": E([L("11310"), L("11302"), L("11306")]),
        "coder_note": "SH-1: nose FEENLM <=0.5 -> 11310; arm TAL 1.1-2.0 -> 11302; neck SNHFG 0.6-1.0 -> 11306.",
    },
    {
        "id": "s2-sh-cerner-scalp-no-size-temple-sized", "family": "shave", "shape": "free-text",
        "description": "Two shave removals: scalp with no size (no line, missing-documentation) + L temple 0.6 cm -> 11311.",
        "date": "2026-12-07", "provider": CERNER, "payer": "medicare-ngs",
        "patient": ("Holmgren", "Arvid", "1947-05-13", "male"),
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "Scalp, L temple", reason=True)],
        "procedures": [P("Shave removal", None, "Scalp, crown", "inflamed crusted SK, bleeds with combing, shave removed", ["c1"]),
                       P("Shave removal", None, "Left temple", "inflamed ISK 6 mm, shave removed", ["c1"])],
        "note": cerner("<h3>Procedures</h3><p>Shave removal x2 of inflamed, bleeding SKs (crown scalp and L temple). AlCl3. Path sent.</p>"),
        "html": True,
        "expected": E([L("11311")], ["missing-documentation"]),
        "coder_note": "README decision: no lesion size -> no size-banded shave line + missing-documentation; temple 0.6 cm -> face 0.6-1.0 = 11311.",
    },
    # ------------------------------------------------------------------ skin tags
    {
        "id": "s2-tag-ema-twenty-two-symptomatic", "family": "skin-tags", "shape": "pre-coded",
        "description": "EMA 11200 + 11201 (no quantities); note: twenty-two irritated tags -> 11200 + 11201 x1.",
        "date": "2026-12-08", "provider": EMA, "payer": "commercial-uhc",
        "patient": ("Odell", "Patricia", "1972-12-30", "female"),
        "conditions": [C("c1", "Acrochordon", "L91.8", "Neck, axillae", reason=True)],
        "procedures": [P("Rmvl skin tags", "11200", "neck", "irritated, bleeding", ["c1"]),
                       P("Rmvl skin tags add'l", "11201", "axillae", "irritated", ["c1"])],
        "note": "Irritated STs neck + axillae, rubbing on necklace/bra, bled x2. Snip removal of twenty-two (22) tags. Hemostasis AlCl3.",
        "expected": E([L("11200"), L("11201")]),
        "coder_note": "11200 first 15; 11201 x ceil((22-15)/10) = 1. Symptomatic (BSL-3 bleeding/irritation) -> covered.",
    },
    {
        "id": "s2-tag-epic-medicare-cosmetic-25-gy", "family": "skin-tags", "shape": "note-only",
        "description": "Medicare FFS, 25 asymptomatic tags removed for appearance, no ABN -> 11200-GY + 11201-GY.",
        "date": "2026-12-09", "provider": EPIC, "payer": "medicare",
        "patient": ("Fenwick", "Dorothy", "1950-07-19", "female"),
        "conditions": [C("c1", "Acrochordon", "L91.8", "Neck, upper chest", reason=True)],
        "note": epic("PROCEDURE: SKIN TAG REMOVAL", """
HPI: Pt dislikes appearance of multiple skin tags on neck and upper chest. Denies irritation, bleeding, pain, itching or catching on clothing.

Dx: Acrochordons, asymptomatic (L91.8). Removal cosmetic - explained Medicare does not cover; pt elected to proceed. No ABN signed.

Procedure note: 25 skin tags (neck 17, upper chest 8) removed by snip excision with sterile iris scissors; AlCl3 hemostasis.
"""),
        "expected": E([L("11200", 1, "GY"), L("11201", 1, "GY")], ["cosmetic"]),
        "coder_note": "25 tags: 11200 + 11201 x ceil(10/10) = 1. Cosmetic on Medicare FFS -> GY on both lines; no voluntary ABN -> no GX.",
    },
]
