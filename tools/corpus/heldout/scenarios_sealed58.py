"""Sealed set 58 (s58-): Confluence Dermatology Group, a five-office group (Eastgate, Riverbend, Mill Creek,
Southport, Harbor Point). Every chart opens with the physician's two-line narrative; the procedure detail is
scribed by the rooming medical assistant as compact KEY=value records ("PROC=... | LOC=... | SIZE=..."),
pipe- or semicolon-separated, sometimes several records on one line. Expected answers from the rule book
(sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =============================================================================================================
# Batch 1: biopsy x4, destruction x4, E/M x2
# =============================================================================================================

SCENARIOS.append({
    "id": "s58-bx-punch-plus-seven-tangential-mue",
    "family": "biopsy", "shape": "note-only",
    "description": "Atypical-mole patient: 1 punch + 7 tangential biopsies (one more deferred); 11103 capped at MUE 6",
    "date": "2025-09-09",
    "patient": ("Vandermolen", "Priya", "1984-05-19", "female"),
    "provider": "chen", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Dysplastic nevus, left upper back", "D22.5", "Left upper back", reason=True),
        C("c2", "Atypical nevi, multiple sites", None, "Trunk and extremities"),
    ],
    "note_title": "Procedure Note - Mill Creek",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- MILL CREEK OFFICE
DOS 09/09/2025 | PT Vandermolen, Priya | DOB 05/19/1984 | PROVIDER W. Chen MD | MA/SCRIBE K. Ostrowski CMA

MD: 41F, atypical mole phenotype (>100 nevi, 2 prior dysplastic nevi), FHx melanoma in mother. Several lesions
changed vs 2024 total-body photos; sampled 8 today, 1 more on R calf deferred -- photo only, recheck 3 mo.

CONSENT=signed | TIMEOUT=09:42 | ANES=1% lido w/ epi, buffered | PREP=alcohol
PROC=punch bx 4mm | LOC=L upper back | SIZE=0.9cm | DX=changing nevus, r/o MM | CLOSE=2 simple 4-0 nylon | PATH=Y (A)
PROC=shave bx | LOC=R upper back | SIZE=0.5cm | DX=atyp nevus | PATH=Y (B); PROC=shave bx | LOC=mid back | SIZE=0.6cm | DX=atyp nevus | PATH=Y (C)
PROC=shave bx | LOC=L flank | SIZE=0.4cm | DX=atyp nevus | PATH=Y (D)
PROC=shave bx | LOC=R lat thigh | SIZE=0.7cm | DX=atyp nevus | PATH=Y (E); PROC=shave bx | LOC=L ant thigh | SIZE=0.5cm | DX=atyp nevus | PATH=Y (F)
PROC=shave bx | LOC=R upper arm | SIZE=0.5cm | DX=atyp nevus | PATH=Y (G)
PROC=shave bx | LOC=L forearm | SIZE=0.6cm | DX=atyp nevus | PATH=Y (H)
PROC=shave bx | LOC=R calf | SIZE=0.4cm | DX=atyp nevus | STATUS=NOT DONE - deferred, dermoscopy photo stored
HEMOSTASIS=AlCl3 x7 | DRESSING=vaseline + bandage | EBL=min | COMPL=none
SPECIMENS=8 jars (A-H) to Confluence Dermpath
F/U=path call 7-10d | SUTURE RMVL=14d (back) | TBP=3 mo
Signed: Wei Chen MD 09/09/2025 11:58
""",
    "path": [
        {"text": "A) Skin, left upper back, punch: dysplastic compound nevus with moderate architectural and "
                 "cytologic atypia, margins involved. B-H) Skin, seven shave biopsies (right upper back, mid back, "
                 "left flank, right lateral thigh, left anterior thigh, right upper arm, left forearm): compound and "
                 "junctional nevi with mild atypia; no melanoma identified.", "site": "Multiple"},
    ],
    "expected": E([L("11104"), L("11103", 6)], ["mue"], dx={"11104": ["D22.5"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary; the 7 shave biopsies are 11103 x7, capped at "
                  "the MUE of 6 (README: over-MUE units capped with an mue finding). The deferred R calf lesion "
                  "was not sampled.",
})

SCENARIOS.append({
    "id": "s58-bx-precoded-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two tangential biopsies pre-coded with deleted 11100/11101; recode 11102 + 11103",
    "date": "2025-09-16",
    "patient": ("Kowalczyk", "Bernard", "1943-12-01", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, mid upper back", "D04.5", "Mid upper back", reason=True),
        C("c2", "Superficial basal cell carcinoma, right forearm", "C44.612", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, subcutaneous tissue and/or mucous membrane; single lesion", cpt="11100",
          site="Mid upper back",
          note="Scaly pink plaque 1.2 cm. Tangential (shave) biopsy with flexible blade, AlCl3 hemostasis. Jar A.",
          reasons=["c1"]),
        P("Biopsy of skin; each separate/additional lesion", cpt="11101", site="Right dorsal forearm",
          note="Shiny pink patch 0.8 cm. Tangential (shave) biopsy, AlCl3. Jar B.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note - Eastgate",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- EASTGATE OFFICE
DOS 09/16/2025 | PT Kowalczyk, Bernard | DOB 12/01/1943 | PROVIDER A. Okafor MD | MA R. Delacroix

MD: 81M est pt, 2 non-healing scaly spots (back, R forearm) x 4 mo, daughter noticed. Both sampled today;
rest of the skin check done in June, not repeated. Treat per path.

CONSENT=verbal+written | TIMEOUT=done | ANES=1% lido w/ epi 1.5 mL
PROC=shave bx | LOC=mid upper back | SIZE=1.2cm | DX=r/o SCC vs SCCIS | HEMO=AlCl3 | PATH=Y (A)
PROC=shave bx | LOC=R dorsal forearm | SIZE=0.8cm | DX=r/o BCC | HEMO=AlCl3 | PATH=Y (B)
PROC=cryo | LOC=L temple | DX=AK? | STATUS=not done -- pt wants to wait, recheck next visit
WOUND CARE=handout | F/U=path 1 wk, tx plan after path
CHARGES (MA entry)=11100 x1, 11101 x1
Signed: Adaeze Okafor MD 09/16/2025
""",
    "path": [
        {"text": "A) Skin, mid upper back, shave biopsy: squamous cell carcinoma in situ (Bowen disease), "
                 "extending to the peripheral margin.", "site": "Mid upper back"},
        {"text": "B) Skin, right dorsal forearm, shave biopsy: basal cell carcinoma, superficial type.",
         "site": "Right dorsal forearm"},
    ],
    "expected": E([L("11102"), L("11103")], ["invalid-code"]),
    "coder_note": "11100/11101 were deleted 12/31/2018 (BX-1); two tangential biopsies -> 11102 + 11103 x1. The "
                  "L temple cryo was not done.",
})

SCENARIOS.append({
    "id": "s58-bx-wedge-shin-punch-forearm",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional wedge biopsy of shin nodule + punch of forearm plaque; Medicaid -> 11106 + 11105",
    "date": "2025-10-02",
    "patient": ("Okonjo", "Temitope", "1999-03-27", "female"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Tender erythematous nodules, shins", None, "Left anterior shin", reason=True),
        C("c2", "Annular plaque, right forearm", None, "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Incisional wedge biopsy, skin to subcutaneous fat", site="Left anterior shin",
          note="PROC=incisional (wedge) bx | LOC=L ant shin | SIZE=1.5 x 0.5cm fusiform, to fat | CLOSE=2 simple "
               "4-0 nylon | PATH=Y (A)",
          reasons=["c1"]),
        P("Punch biopsy 4 mm", site="Right dorsal forearm",
          note="PROC=punch bx 4mm | LOC=R dorsal forearm | CLOSE=1 simple 4-0 | PATH=Y (B)", reasons=["c2"]),
    ],
    "note_title": "Procedure Note - Southport",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- SOUTHPORT OFFICE
DOS 10/02/2025 | PT Okonjo, Temitope | DOB 03/27/1999 | PROVIDER F. Adeyemi MD | MA J. Pruitt

MD: 26F, 3 wk of painful red nodules both shins plus a ring-shaped plaque on the R forearm since summer.
Need fat in the shin specimen, so a wedge rather than a punch there; punch for the forearm.

CONSENT=signed | TIMEOUT=done | ANES=1% lido w/ epi 4 mL total
PROC=incisional bx (wedge, blade) | LOC=L ant shin | DEPTH=subQ fat | CLOSE=simple x2 | PATH=Y (A) DX=r/o EN vs vasculitis
PROC=punch bx 4mm | LOC=R dorsal forearm | CLOSE=simple x1 | PATH=Y (B) DX=r/o GA vs tinea
KOH=not done (path ordered with PAS) | LABS=ASO, CXR ordered by PCP -- not drawn here
F/U=2 wk suture removal + results
Signed: Folake Adeyemi MD
""",
    "path": [
        {"text": "A) Skin and subcutis, left anterior shin, incisional biopsy: septal panniculitis without vasculitis, "
                 "consistent with erythema nodosum.", "site": "Left anterior shin"},
        {"text": "B) Skin, right dorsal forearm, punch biopsy: palisading granulomatous dermatitis with mucin, "
                 "consistent with granuloma annulare. PAS negative for fungi.", "site": "Right dorsal forearm"},
    ],
    "expected": E([L("11106"), L("11105")], dx={"11106": ["L52"], "11105": ["L92.0"]}),
    "coder_note": "BX-2: incisional outranks punch -> 11106 primary, the punch takes its own add-on 11105. Dx from the "
                  "final pathology.",
})

SCENARIOS.append({
    "id": "s58-bx-em25-psoriasis-apremilast-nose-bx",
    "family": "biopsy", "shape": "note-only",
    "description": "Psoriasis flare managed (new systemic Rx) + tangential bx of nasal papule; MA plan -> 99214-25 + 11102",
    "date": "2025-10-21",
    "patient": ("Thibodeaux", "Lorraine", "1952-08-30", "female"),
    "provider": "nakamura", "payer": "medicare-advantage-ppo", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, flaring", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Basal cell carcinoma, right nasal sidewall", "C44.311", "Right nasal sidewall", reason=True),
    ],
    "note_title": "Office Visit + Procedure - Riverbend",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- RIVERBEND OFFICE
DOS 10/21/2025 | PT Thibodeaux, Lorraine | DOB 08/30/1952 | PROVIDER R. Nakamura MD | MA S. Whitfield

MD: 73F, plaque psoriasis now ~8% BSA despite clobetasol + calcipotriene; starting apremilast (titration pack,
GI/mood side effects reviewed, weight baseline). Separately a pearly papule R nasal sidewall -- shave bx today.

VISIT=est pt | EM=99214 | PROBLEMS=psoriasis worsening on tx; new nasal papule | RX=apremilast titration -> 30 mg BID
RX=clobetasol 0.05% oint refill | LABS=none needed | PHQ2=neg | BSA=8% | PASI=9.4
PROC=shave bx | LOC=R nasal sidewall | SIZE=0.5cm | DX=r/o BCC | HEMO=AlCl3 | PATH=Y (A)
ANES=1% lido w/ epi 0.5 mL | CONSENT=signed | TIMEOUT=done
PROC=cryo | LOC=scalp plaque | STATUS=not indicated -- psoriasis, no destruction
F/U=4 wk psoriasis recheck; path call 1 wk
Signed: Ren Nakamura MD 10/21/2025 15:10
""",
    "path": [
        {"text": "A) Skin, right nasal sidewall, shave biopsy: basal cell carcinoma, nodular type, extending to deep "
                 "margin.", "site": "Right nasal sidewall"},
    ],
    "expected": E([L("99214", 1, "25"), L("11102")], dx={"11102": ["C44.311"], "99214": ["L40.0"]}),
    "coder_note": "GS-3: the psoriasis flare with a new systemic prescription is significant, separately identifiable "
                  "work beyond the biopsy decision -> E/M keeps the provider's 99214 with 25. Biopsy dx from path.",
})

SCENARIOS.append({
    "id": "s58-ds-ak-eighteen-cryo-17004",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 to 18 AKs counted across three site records (7+6+5) -> 17004 x1; SKs reassured only",
    "date": "2025-11-04",
    "patient": ("Gallagher", "Seamus", "1946-01-22", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp, forehead and dorsal hands", "L57.0", "Scalp, forehead, dorsal hands",
          reason=True),
        C("c2", "Seborrheic keratoses, back", "L82.1", "Back"),
    ],
    "note_title": "Procedure Note - Harbor Point",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- HARBOR POINT OFFICE
DOS 11/04/2025 | PT Gallagher, Seamus | DOB 01/22/1946 | PROVIDER M. Baptiste MD | MA D. Nwosu

MD: 79M, retired roofer, AK follow-up. Many gritty scaly papules again; LN2 to all AKs today, he prefers this to
5-FU. SKs on the back are benign -- reassured, nothing done to them.

PROC=LN2 cryo | LOC=scalp (vertex+crown) | N=7 | DX=AK | FTC=2 x 8-10s
PROC=LN2 cryo | LOC=forehead | N=6 | DX=AK | FTC=2 x 8s; PROC=LN2 cryo | LOC=dorsal hands (R 3, L 2) | N=5 | DX=AK
TOTAL AK TREATED=18
PROC=none | LOC=back | DX=SK x many | PLAN=reassurance, no tx
CONSENT=verbal | AFTERCARE=handout (blister care) | SPF=reviewed
F/U=6 mo
Signed: Marc Baptiste MD
""",
    "expected": E([L("17004")], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 7 + 6 + 5 = 18 premalignant lesions (15 or more) -> 17004 x1, never with 17000/17003. "
                  "The back SKs were not treated.",
})

SCENARIOS.append({
    "id": "s58-ds-precoded-17110-for-six-aks",
    "family": "destruction", "shape": "pre-coded",
    "description": "Six AKs destroyed but pre-coded as benign-lesion destruction 17110 -> 17000 + 17003 x5",
    "date": "2025-11-12",
    "patient": ("Lindahl", "Margit", "1950-06-14", "female"),
    "provider": "ramirez", "payer": "medicare-ngs", "minutes": 15,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Face and ears", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions, up to 14 (cryosurgery)", cpt="17110", site="Face and ears",
          note="LN2, 2 freeze-thaw cycles. Lesions: R helix 1, L helix 1, nasal dorsum 1, L cheek 2, chin 1. "
               "All clinically hyperkeratotic AKs.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Riverbend",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- RIVERBEND OFFICE
DOS 11/12/2025 | PT Lindahl, Margit | DOB 06/14/1950 | PROVIDER S. Ramirez MD | MA T. Haddad

MD: 75F, rough spots on face/ears, all look like AKs (no thick or tender ones). Cryo today; consider field
therapy in spring if more appear.

PROC=LN2 | LOC=R helix | N=1 | DX=AK ; PROC=LN2 | LOC=L helix | N=1 | DX=AK
PROC=LN2 | LOC=nasal dorsum | N=1 | DX=AK ; PROC=LN2 | LOC=L cheek | N=2 | DX=AK ; PROC=LN2 | LOC=chin | N=1 | DX=AK
TOTAL=6 AK | FTC=2 cycles | CONSENT=verbal | BLISTER CARE=handout
PLAN=field tx (5-FU) discussed for spring -- not prescribed today
F/U=6 mo
Signed: Sofia Ramirez MD
""",
    "expected": E([L("17000"), L("17003", 5)], ["coding-correction"], dx={"17000": ["L57.0"]}),
    "coder_note": "AKs are premalignant (DS-1), not benign (17110): 6 lesions -> 17000 + 17003 x5.",
})

SCENARIOS.append({
    "id": "s58-ds-warts-fingers-plus-facial-aks-xs",
    "family": "destruction", "shape": "free-text",
    "description": "Cryo of 4 finger warts (17110) + 3 facial AKs (17000/17003) same day -> XS on the AK lines",
    "date": "2025-09-23",
    "patient": ("Pellegrino", "Dominic", "1961-04-05", "male"),
    "provider": "pike", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, fingers", "B07.8", "Right and left fingers", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Nose and left cheek", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of common warts", site="R index, R middle, L thumb, L ring fingers",
          note="PROC=LN2 | LOC=R index + R middle + L thumb + L ring | N=4 | DX=verruca vulgaris | FTC=2 | "
               "painful, splitting, spreading since spring",
          reasons=["c1"]),
        P("Cryotherapy of actinic keratoses", site="Nasal tip, left cheek",
          note="PROC=LN2 | LOC=nasal tip 1; L cheek 2 | N=3 | DX=AK | FTC=1", reasons=["c2"]),
    ],
    "note_title": "Procedure Note - Southport",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- SOUTHPORT OFFICE
DOS 09/23/2025 | PT Pellegrino, Dominic | DOB 04/05/1961 | PROVIDER J. Pike MD | MA L. Ferreira

MD: 64M mechanic, painful fissured warts on 4 fingers that keep spreading, plus 3 rough AKs on the face.
All treated with LN2 today; separate lesions, separate diagnoses.

PROC=LN2 | LOC=fingers (R2, R3, L1, L4) | N=4 | DX=common warts | FTC=2
PROC=LN2 | LOC=nasal tip | N=1 | DX=AK ; PROC=LN2 | LOC=L cheek | N=2 | DX=AK
PARING=none | SALICYLIC=OTC nightly advised | CONSENT=verbal
F/U=3-4 wk repeat wart cryo prn
Signed: Jordan Pike MD
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 2, "XS")],
                  dx={"17110": ["B07.8"], "17000": ["L57.0"]}),
    "coder_note": "DS-2/DS-1: 4 warts -> 17110 x1; 3 AKs -> 17000 + 17003 x2. DS-3: 17110/17000 and 17110/17003 are "
                  "PTP indicator 1 with 17110 as column 1; the AKs are different lesions -> XS on 17000 and 17003.",
})

SCENARIOS.append({
    "id": "s58-ds-shave-sample-then-curette-bcc-cheek",
    "family": "destruction", "shape": "note-only",
    "description": "Shave sample + curettage/ED of cheek papule, path BCC -> malignant destruction 17282 only (BX-6)",
    "date": "2025-10-14",
    "patient": ("Ashworth", "Clement", "1940-09-09", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right cheek", "C44.319", "Right cheek", reason=True),
    ],
    "note_title": "Procedure Note - Eastgate",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- EASTGATE OFFICE
DOS 10/14/2025 | PT Ashworth, Clement | DOB 09/09/1940 | PROVIDER E. Lindqvist MD | MA R. Delacroix

MD: 85M, frail, pearly bleeding papule R cheek, classic BCC clinically; he declines Mohs/excision. Shave sample to
path, then curettage x3 with ED at the same sitting; will be billed once path is back.

PROC=shave (sample) | LOC=R cheek | LESION=0.7cm | PATH=Y (A) | DX=presumed BCC
PROC=curettage x3 + electrodesiccation | LOC=R cheek (same lesion) | FINAL DEFECT=1.1cm
ANES=1% lido w/ epi 1 mL | CONSENT=signed (Mohs/excision offered, declined) | TIMEOUT=done
WOUND=vaseline daily, heal by 2nd intention | EBL=min
PROC=LN2 | LOC=L ear | DX=? AK | STATUS=not done, will watch
F/U=path 1 wk; skin check 6 mo
Signed: Erik Lindqvist MD
""",
    "path": [
        {"text": "A) Skin, right cheek, shave: basal cell carcinoma, nodular type, transected at the base.",
         "site": "Right cheek"},
    ],
    "expected": E([L("17282")], dx={"17282": ["C44.319"]}),
    "coder_note": "BX-6: sample-then-curette of a suspected BCC; path malignant -> destruction of malignant lesion "
                  "only, sized by the final curettage defect 1.1 cm on the face -> 17282. The shave sample is not "
                  "billed separately.",
})

SCENARIOS.append({
    "id": "s58-em-screening-fse-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS new patient, screening-only full-skin exam, no history/complaint/findings -> 99203-GY",
    "date": "2025-12-02",
    "patient": ("Brandvold", "Torsten", "1955-02-17", "male"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit - Mill Creek",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- MILL CREEK OFFICE
DOS 12/02/2025 | PT Brandvold, Torsten | DOB 02/17/1955 | PROVIDER K. Halvorsen MD | MA K. Ostrowski CMA

MD: 70M new pt, "just a skin check" his wife booked; no spots he is worried about, no personal or family skin cancer.
Full-skin exam unremarkable -- no lesions of concern, nothing treated or sampled.

VISIT=new pt | REASON=screening skin exam | CC=none
HX SKIN CA=none | FHX MELANOMA=none | IMMUNOSUPP=no | TANNING=never
EXAM=full skin incl scalp, genitals deferred per pt | FINDINGS=no suspicious lesions
PROC=none | BX=none | CRYO=none
COUNSEL=SPF 30+, self-exam handout
EM=99203 | ABN=not given
F/U=prn
Signed: Kirsten Halvorsen MD
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare has no skin-cancer screening benefit; screening-only exam with no history, "
                  "complaint or finding -> E/M with GY (no ABN, so no GX).",
})

SCENARIOS.append({
    "id": "s58-em-pemphigus-99215-prolonged-medicare",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS 99215 by time (74 min) with MA-entered 99417 -> G2212 x1",
    "date": "2025-11-18",
    "patient": ("Esposito", "Carmela", "1948-07-03", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 74, "em": "99215",
    "conditions": [
        C("c1", "Pemphigus vulgaris", "L10.0", "Oral mucosa, trunk", reason=True),
        C("c2", "Long term (current) use of systemic steroids", "Z79.52"),
    ],
    "note_title": "Office Visit - Harbor Point",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- HARBOR POINT OFFICE
DOS 11/18/2025 | PT Esposito, Carmela | DOB 07/03/1948 | PROVIDER H. Voss MD | MA D. Nwosu

MD: 77F, pemphigus vulgaris flare on prednisone 20 mg + mycophenolate; new oral and truncal erosions, weight loss.
Long visit: exam, labs reviewed, rituximab plan, call with her rheumatologist and infusion center, steroid taper.

VISIT=est pt | PROBLEMS=PV flare; steroid toxicity risk; osteoporosis on steroids
DATA=CBC/CMP/LFT reviewed; Dsg3 ELISA reviewed (rising); outside DXA reviewed; d/w rheum Dr. Amari 12 min
RX=prednisone 40 mg then taper; mycophenolate 1 g BID cont; rituximab 1 g x2 ordered; PJP ppx TMP-SMX
PROC=none | BX=none (dx established 2023)
TIME (total, DOS)=74 min -- face to face 41, non-face to face 33 (records, calls, orders, documentation)
EM=99215 | ADD-ON (MA entry)=99417 x1
F/U=2 wk
Signed: Henrietta Voss MD
""",
    "expected": E([L("99215"), L("G2212")], ["coding-correction"], dx={"99215": ["L10.0"]}),
    "coder_note": "EM-5: 99417 is not valid for Medicare (status I); Medicare uses G2212, first unit at >=69 min total "
                  "for 99215. 74 min -> G2212 x1.",
})

# =============================================================================================================
# Batch 2: E/M x1, excision-benign x3, excision-malignant x3, Mohs x3
# =============================================================================================================

SCENARIOS.append({
    "id": "s58-em-new-pt-acne-changing-mole-bx-declined",
    "family": "em", "shape": "free-text",
    "description": "New pt 99204: acne Rx + changing mole; biopsy offered, declined (Procedure not-done) -> 99204 only",
    "date": "2025-10-08",
    "patient": ("Haverkamp", "Juliette", "1996-11-12", "female"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 45, "em": "99204",
    "conditions": [
        C("c1", "Acne vulgaris, inflammatory", "L70.0", "Face, chest", reason=True),
        C("c2", "Changing pigmented lesion, right shoulder", None, "Right shoulder", reason=True),
    ],
    "procedures": [
        P("Shave biopsy, pigmented lesion", site="Right shoulder",
          note="PROC=shave bx | LOC=R shoulder | SIZE=0.6cm | STATUS=NOT PERFORMED - pt declined today, will "
               "return after exams; dermoscopy images stored", reasons=["c2"], status="not-done"),
    ],
    "note_title": "New Patient Visit - Riverbend",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- RIVERBEND OFFICE
DOS 10/08/2025 | PT Haverkamp, Juliette | DOB 11/12/1996 | PROVIDER L. Marchetti MD | MA S. Whitfield

MD: 28F new pt, inflammatory acne face/chest failing OTC BPO; starting doxycycline + tretinoin. Also a mole on the
R shoulder that darkened this summer -- dermoscopy atypical network; advised shave biopsy, she declined today (exams).

VISIT=new pt | PROBLEMS=acne vulgaris moderate (new to us); changing nevus R shoulder (undiagnosed, uncertain)
RX=doxycycline 100 mg daily x12 wk; tretinoin 0.025% cr qhs | COUNSEL=photosensitivity, pregnancy, esophagitis
DERMOSCOPY=R shoulder 0.6cm, irregular network, 1 blue-gray area | PHOTO=stored
PROC=shave bx | LOC=R shoulder | STATUS=declined -- risks of delay explained, she will schedule within 3 wk
HX=no personal skin CA; FHx BCC (father)
EM=99204 (MDM moderate) | TIME=38 min
F/U=3 wk for biopsy; acne 3 mo
Signed: Luca Marchetti MD
""",
    "expected": E([L("99204")]),
    "coder_note": "The biopsy was recommended but not performed (Procedure status not-done, note says declined), so no "
                  "11102 and no 25. Only the provider's 99204 is billed.",
})

SCENARIOS.append({
    "id": "s58-exb-epidermoid-cyst-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Inflamed-recurrent epidermoid cyst upper back 2.2 cm + 0.2 margins -> 11403; layered 3.5 cm -> 12032",
    "date": "2025-09-30",
    "patient": ("Moreland", "Cyrus", "1979-02-08", "male"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 45,
    "conditions": [
        C("c1", "Epidermoid cyst, upper back", "L72.0", "Left upper back", reason=True),
    ],
    "note_title": "Procedure Note - Southport",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- SOUTHPORT OFFICE
DOS 09/30/2025 | PT Moreland, Cyrus | DOB 02/08/1979 | PROVIDER I. Castellanos MD | MA J. Pruitt

MD: 46M, cyst L upper back, inflamed and painful 3x this year (last course of doxy in July); quiet today.
Excised with its punctum and wall intact; layered closure.

CONSENT=signed | TIMEOUT=10:15 | ANES=1% lido w/ epi 8 mL | PREP=chlorhex
PROC=excision | LOC=L upper back | LESION=2.2 x 1.8cm | MARGIN=0.2cm | ELLIPSE=3.5 x 1.3cm | DEPTH=subQ
DX (clinical)=epidermoid cyst, recurrently inflamed | PATH=Y (A)
REPAIR=intermediate (layered) | LEN=3.5cm | DEEP=4-0 Monocryl x4 | EPI=4-0 nylon running
UNDERMINING=minimal | HEMO=electrocautery | EBL=<5 mL | COMPL=none
I&D=none (not fluctuant today)
DRESSING=pressure | F/U=suture rmvl 12-14d
Signed: Ines Castellanos MD
""",
    "path": [
        {"text": "A) Skin and subcutis, left upper back, excision: ruptured epidermoid (infundibular) cyst with "
                 "foreign-body granulomatous reaction. Margins free.", "site": "Left upper back"},
    ],
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter = 2.2 + 2 x 0.2 = 2.6 cm, trunk -> 11403 (not the 3.5 cm ellipse). EX-5: "
                  "layered closure is separately reportable: trunk intermediate 3.5 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s58-exb-precoded-malignant-code-path-benign",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Changing thigh nevus pre-coded 11602; path dysplastic nevus -> benign 11402 (0.8 + 2x0.3)",
    "date": "2025-10-28",
    "patient": ("Fairbanks", "Odette", "1949-05-25", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Dysplastic nevus, left anterior thigh", "D22.72", "Left anterior thigh", reason=True),
    ],
    "procedures": [
        P("Excision, malignant lesion, trunk/arms/legs, 1.1-2.0 cm", cpt="11602", site="Left anterior thigh",
          note="Changing pigmented lesion, r/o melanoma. Lesion 0.8 x 0.6 cm, 3 mm margins, fusiform excision, "
               "simple closure 4-0 nylon.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Mill Creek",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- MILL CREEK OFFICE
DOS 10/28/2025 | PT Fairbanks, Odette | DOB 05/25/1949 | PROVIDER S. Weiss MD | MA K. Ostrowski CMA

MD: 76F, pigmented papule L thigh enlarging with new dark area per her photos; melanoma a real concern, so
excised whole with 3 mm margins rather than a partial sample.

CONSENT=signed | TIMEOUT=done | ANES=1% lido w/ epi 4 mL
PROC=excision | LOC=L ant thigh | LESION=0.8 x 0.6cm | MARGIN=0.3cm | DX=r/o MM | PATH=Y (A)
CLOSE=simple, single layer 4-0 nylon x6 | LEN=2.4cm
CHARGES (MA entry)=11602 -- pending path
F/U=suture rmvl 14d; path call
Signed: Samuel Weiss MD 10/28/2025
""",
    "path": [
        {"text": "A) Skin, left anterior thigh, excision: dysplastic compound nevus with moderate atypia. No "
                 "melanoma. Margins clear.", "site": "Left anterior thigh"},
    ],
    "expected": E([L("11402")], ["coding-correction"], dx={"11402": ["D22.72"]}),
    "coder_note": "EX-3: benign vs malignant follows the final pathology (dysplastic nevus -> benign codes). EX-1: "
                  "0.8 + 2 x 0.3 = 1.4 cm, leg -> 11402. Simple closure included (EX-5).",
})

SCENARIOS.append({
    "id": "s58-exb-chin-nevus-no-lesion-size",
    "family": "excision-benign", "shape": "free-text",
    "description": "Chin nevus excision with only the ellipse size recorded -> no excision line; layered repair 12051 kept",
    "date": "2025-11-20",
    "patient": ("Quintanilla", "Rosario", "1988-01-30", "male"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 40,
    "conditions": [
        C("c1", "Compound nevus, left chin, traumatized by shaving", "D22.39", "Left chin", reason=True),
    ],
    "procedures": [
        P("Excision of nevus", site="Left chin",
          note="PROC=excision | LOC=L chin | ELLIPSE=2.1 x 0.7cm | LESION SIZE=not recorded | PATH=Y (A)",
          reasons=["c1"]),
        P("Layered closure", site="Left chin",
          note="REPAIR=intermediate (layered) | LEN=2.1cm | DEEP=5-0 Vicryl | EPI=6-0 nylon", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Harbor Point",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- HARBOR POINT OFFICE
DOS 11/20/2025 | PT Quintanilla, Rosario | DOB 01/30/1988 | PROVIDER R. Santos MD | MA D. Nwosu

MD: 37M, raised mole L chin cut by his razor and bleeding every few days for months. Excised, layered closure;
path to confirm benign.

CONSENT=signed | TIMEOUT=done | ANES=1% lido w/ epi 2 mL
PROC=excision | LOC=L chin | ELLIPSE=2.1 x 0.7cm | DEPTH=subQ | PATH=Y (A)
REPAIR=intermediate layered | LEN=2.1cm | 5-0 Vicryl deep x3 | 6-0 nylon simple interrupted
HEMO=cautery | COMPL=none | DRESSING=steri-strips over
F/U=suture rmvl 6d
Signed: Rafael Santos MD
""",
    "path": [
        {"text": "A) Skin, left chin, excision: compound melanocytic nevus with traumatized surface and hemorrhage. "
                 "Margins free.", "site": "Left chin"},
    ],
    "expected": E([L("12051")], ["missing-documentation"]),
    "coder_note": "EX-1 needs the lesion diameter and margin measured before excision; only the ellipse was recorded, "
                  "which may not be used -> no excision line + missing-documentation (README Coding decisions). The "
                  "separately documented layered repair on the face, 2.1 cm -> 12051, stays.",
})

SCENARIOS.append({
    "id": "s58-exm-mis-reexcision-day8-modifier-58",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Re-excision of MIS positive margin 8 days after 11602 (inside 010 global): 1.6 + 2x0.5 -> 11603-58",
    "date": "2025-12-09",
    "patient": ("Stavros", "Helena", "1957-10-19", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Melanoma in situ, left upper arm", "D03.62", "Left posterior upper arm", reason=True),
    ],
    "prior": [
        PRIOR("2025-12-01", "11602", "Excision melanoma in situ, left upper arm, 0.5 cm margins",
              "Left posterior upper arm",
              "Lesion 0.9 cm, 0.5 cm margins, excised diameter 1.9 cm. Path: MIS, deep-lateral margin involved."),
    ],
    "note_title": "Procedure Note - Eastgate",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- EASTGATE OFFICE
DOS 12/09/2025 | PT Stavros, Helena | DOB 10/19/1957 | PROVIDER C. Okonkwo MD | MA R. Delacroix

MD: 68F, MIS L posterior upper arm excised 12/01 -- lateral margin positive on path. Planned re-excision of the
scar today with 5 mm margins (staged, same lesion); sutures from 12/01 removed as part of it.

PRIOR=12/01/2025 excision MIS L upper arm (11602), path margin +
CONSENT=signed | TIMEOUT=done | ANES=1% lido w/ epi 6 mL
PROC=re-excision | LOC=L post upper arm | SCAR (residual lesion)=1.6cm | MARGIN=0.5cm | PATH=Y (A) | ORIENT=suture 12:00
CLOSE=simple interrupted, single layer 4-0 nylon | LEN=3.8cm
DX=melanoma in situ, positive margin | STAGING=in situ, no SLNB
F/U=suture rmvl 14d; TBSE 3 mo
Signed: Chidi Okonkwo MD
""",
    "path": [
        {"text": "A) Skin, left posterior upper arm, re-excision: focal residual melanoma in situ at scar; all margins "
                 "free (closest 3 mm).", "site": "Left posterior upper arm"},
    ],
    "expected": E([L("11603", 1, "58")], ["global-period"], dx={"11603": ["D03.62"]}),
    "coder_note": "EX-4/GS-5: planned re-excision for a positive margin inside the 10-day global of the 12/01 11602 "
                  "-> 58. EX-1: 1.6 + 2 x 0.5 = 2.6 cm, arm, malignant (MIS = D03) -> 11603. Simple closure included.",
})

SCENARIOS.append({
    "id": "s58-exm-scalp-scc-precoded-size-band",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Scalp SCC excision pre-coded 11622; 1.6 + 2x0.4 = 2.4 cm -> 11623; scalp layered 5.0 cm 12032",
    "date": "2025-10-06",
    "patient": ("Ruckelshaus", "Otto", "1944-03-03", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 60,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left parietal scalp", "C44.42", "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion, scalp", cpt="11622", site="Left parietal scalp",
          note="Biopsy-proven well-differentiated SCC (09/15/2025). Lesion 1.6 x 1.3 cm. 4 mm margins.",
          reasons=["c1"]),
        P("Repair, intermediate, scalp", cpt="12032", site="Left parietal scalp",
          note="Layered closure, galeal 3-0 Vicryl, staples. Final length 5.0 cm.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Riverbend",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- RIVERBEND OFFICE
DOS 10/06/2025 | PT Ruckelshaus, Otto | DOB 03/03/1944 | PROVIDER A. Lindgren MD | MA T. Haddad

MD: 81M bald, biopsy-proven well-diff SCC L parietal scalp (bx 09/15). Low-risk features; standard excision
with 4 mm margins, layered closure.

PRIOR BX=09/15/2025 shave, invasive SCC well-diff, Breslow n/a, no PNI
CONSENT=signed | TIMEOUT=done | ANES=1% lido w/ epi 10 mL
PROC=excision | LOC=L parietal scalp | LESION=1.6 x 1.3cm | MARGIN=0.4cm | PATH=Y (A)
REPAIR=intermediate layered | LEN=5.0cm | DEEP=3-0 Vicryl galea | EPI=staples x8
CHARGES (MA entry)=11622, 12032
F/U=staple rmvl 10d
Signed: Astrid Lindgren MD
""",
    "path": [
        {"text": "A) Skin, left parietal scalp, excision: residual squamous cell carcinoma, well differentiated. "
                 "Margins free (closest peripheral 3 mm).", "site": "Left parietal scalp"},
    ],
    "expected": E([L("11623"), L("12032")], ["coding-correction"], dx={"11623": ["C44.42"]}),
    "coder_note": "EX-1: 1.6 + 2 x 0.4 = 2.4 cm on the scalp -> 11623 (2.1-3.0), not 11622. Scalp intermediate repair "
                  "is in 12031-12037: 5.0 cm -> 12032 (EX-5).",
})

SCENARIOS.append({
    "id": "s58-exm-nasal-tip-bcc-rotation-flap",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Excision of biopsy-proven nasal tip BCC closed with rotation flap 5.2 sq cm -> 14060 only",
    "date": "2025-11-06",
    "patient": ("Devereaux", "Annick", "1966-08-14", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 75,
    "conditions": [
        C("c1", "Basal cell carcinoma, nasal tip", "C44.311", "Nasal tip", reason=True),
    ],
    "procedures": [
        P("Excision basal cell carcinoma", site="Nasal tip",
          note="PROC=excision | LOC=nasal tip | LESION=0.6cm | MARGIN=0.4cm | PATH=Y (A) margins | bx 10/02 BCC "
               "nodular", reasons=["c1"]),
        P("Rotation flap closure", site="Nasal tip and dorsum",
          note="PROC=rotation flap (dorsal nasal) | PRIMARY DEFECT=1.5 sq cm | SECONDARY DEFECT=3.7 sq cm | "
               "TOTAL=5.2 sq cm | 5-0 Monocryl / 6-0 Prolene", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Mill Creek",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- MILL CREEK OFFICE
DOS 11/06/2025 | PT Devereaux, Annick | DOB 08/14/1966 | PROVIDER J. Abernathy MD | MA K. Ostrowski CMA

MD: 59F, nodular BCC nasal tip (bx 10/02). Mohs referral declined (3 h drive); standard excision with 4 mm margins
and a dorsal nasal rotation flap to avoid tip distortion.

CONSENT=signed | TIMEOUT=done | ANES=1% lido w/ epi 4 mL + 0.25% bupi 2 mL
PROC=excision | LOC=nasal tip | LESION=0.6cm | MARGIN=0.4cm | PATH=Y (A)
PROC=rotation flap | PRIMARY=1.5 sq cm | SECONDARY=3.7 sq cm | TOTAL=5.2 sq cm | UNDERMINING=submuscular
CLOSE=5-0 Monocryl deep, 6-0 Prolene epi | EBL=min | COMPL=none
F/U=suture rmvl 7d, 6 wk scar check
Signed: June Abernathy MD
""",
    "path": [
        {"text": "A) Skin, nasal tip, excision: basal cell carcinoma, nodular type, margins free (closest 2 mm).",
         "site": "Nasal tip"},
    ],
    "expected": E([L("14060")], dx={"14060": ["C44.311"]}),
    "coder_note": "FLAP-1/FLAP-2: adjacent tissue transfer includes the excision of the lesion (14060/11642 indicator 1, "
                  "same lesion, no bypass). 1.5 + 3.7 = 5.2 sq cm on the nose -> 14060.",
})

SCENARIOS.append({
    "id": "s58-mohs-right-helix-scc-blocks-complex-repair",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R helix SCC, 3 stages (7/3/2 blocks) -> 17311 + 17312 x2 + 17315 x2; helical-rim complex 2.8 cm",
    "date": "2025-09-18",
    "patient": ("Whitcombe", "Ambrose", "1938-12-24", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 210,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right helix", "C44.222", "Right helix", reason=True),
    ],
    "note_title": "Mohs Surgery Note - Eastgate",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- EASTGATE MOHS SUITE
DOS 09/18/2025 | PT Whitcombe, Ambrose | DOB 12/24/1938 | SURGEON/PATHOLOGIST E. Lindqvist MD | MA R. Delacroix

MD: 86M, invasive SCC R helical rim (bx 08/28, mod-diff), ear = AUC area H. Mohs by me as surgeon and pathologist,
3 stages to clear; complex repair involving the helical rim free margin.

CONSENT=signed | TIMEOUT=done | ANES=1% lido w/ epi 5 mL | ANTICOAG=none
MOHS STAGE 1 | BLOCKS=7 | RESULT=+ at 1-3 o'clock deep
MOHS STAGE 2 | BLOCKS=3 | RESULT=+ focal 2 o'clock
MOHS STAGE 3 | BLOCKS=2 | RESULT=clear
TOTAL=3 stages / 12 blocks | FROZEN=H&E on site, read by surgeon | OUTSIDE PATH=none
DEFECT=1.6 x 1.2cm R helix, perichondrium exposed, cartilage edge trimmed 3mm
REPAIR=complex | LOC=R helix | LEN=2.8cm | FREE MARGIN=helical rim realigned | DEBRIDE=cartilage edge | 5-0/6-0
EBL=min | COMPL=none
F/U=suture rmvl 7d
Signed: Erik Lindqvist MD
""",
    "expected": E([L("17311"), L("17312", 2), L("17315", 2), L("13152")], dx={"17311": ["C44.222"]}),
    "coder_note": "MOHS-2: ear -> 17311 + 17312 x2 for stages 2-3; 17315 = blocks beyond 5 in any stage: stage 1 had 7 "
                  "-> 2 units (stages 2/3 under 5). MOHS-7/REP-3: complex repair with helical-rim free margin, ear "
                  "2.8 cm -> 13152.",
})

SCENARIOS.append({
    "id": "s58-mohs-left-pretibial-bcc-precoded-88305",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs L pretibial infiltrative BCC 2 stages + layered 6 cm; pre-coded 88305 for Mohs layers removed",
    "date": "2025-10-23",
    "patient": ("Carmody", "Philippa", "1947-04-18", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, left pretibial leg", "C44.719", "Left pretibial leg",
          reason=True),
    ],
    "procedures": [
        P("Mohs, first stage, trunk/arms/legs", cpt="17313", site="Left pretibial leg",
          note="4 tissue blocks; residual infiltrative BCC at 6 o'clock.", reasons=["c1"]),
        P("Mohs, each additional stage, trunk/arms/legs", cpt="17314", site="Left pretibial leg",
          note="2 tissue blocks; clear.", reasons=["c1"]),
        P("Surgical pathology, gross and microscopic, Mohs frozen sections", cpt="88305", site="Left pretibial leg",
          note="Layers 1 and 2 read by Mohs surgeon.", reasons=["c1"]),
        P("Repair, intermediate, extremity", cpt="12032", site="Left pretibial leg",
          note="Layered closure, 6.0 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note - Mill Creek",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- MILL CREEK MOHS SUITE
DOS 10/23/2025 | PT Carmody, Philippa | DOB 04/18/1947 | SURGEON/PATHOLOGIST K. Halvorsen MD | MA K. Ostrowski

MD: 78F, infiltrative BCC L pretibial, 2.3 cm clinically (bx 09/30), pretibial = AUC area M with aggressive
histology -> Mohs appropriate. Cleared in 2 stages; layered linear closure.

MOHS STAGE 1 | BLOCKS=4 | RESULT=+ 6 o'clock; MOHS STAGE 2 | BLOCKS=2 | RESULT=clear
FROZEN SECTIONS=read by me | NO TISSUE TO OUTSIDE LAB | DEBULK=not sent for permanents
DEFECT=2.9 x 2.1cm | REPAIR=intermediate layered | LEN=6.0cm | 4-0 Monocryl / 4-0 nylon
CHARGES (MA entry)=17313, 17314, 88305, 12032
F/U=suture rmvl 14d (leg), elevate
Signed: Kirsten Halvorsen MD
""",
    "expected": E([L("17313"), L("17314"), L("12032")], ["ncci"], dx={"17313": ["C44.719"]}),
    "coder_note": "MOHS-5: no separate pathology code for the Mohs specimens (17313/88305 indicator 1, and no exception: "
                  "no diagnostic biopsy, no separate permanent specimen) -> 88305 removed. Leg 2 stages -> 17313 + "
                  "17314. MOHS-7: leg intermediate 6.0 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s58-mohs-left-cheek-bcc-em25-pompholyx",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs L cheek BCC 1 stage + layered 2.4 cm, plus separate hand-eczema work with Rx -> 99213-25",
    "date": "2025-11-25",
    "patient": ("Mbeki", "Nomvula", "1958-09-06", "female"),
    "provider": "okafor", "payer": "medicare-advantage", "minutes": 120, "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left medial cheek", "C44.319", "Left medial cheek", reason=True),
        C("c2", "Dyshidrotic eczema, both palms", "L30.1", "Bilateral palms", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", site="Left medial cheek",
          note="MOHS STAGE 1 | BLOCKS=3 | RESULT=clear | surgeon = pathologist (Okafor)", reasons=["c1"]),
        P("Layered closure after Mohs", site="Left medial cheek",
          note="REPAIR=intermediate layered | LEN=2.4cm | 5-0 Monocryl / 6-0 nylon", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note - Southport",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- SOUTHPORT MOHS SUITE
DOS 11/25/2025 | PT Mbeki, Nomvula | DOB 09/06/1958 | SURGEON/PATHOLOGIST A. Okafor MD | MA J. Pruitt

MD: 67F, bx-proven nodular BCC L medial cheek (10/30) -- Mohs today, clear after 1 stage, layered closure.
She also showed me itchy vesicles on both palms x 6 wk: dyshidrotic eczema, new problem, evaluated and treated.

MOHS STAGE 1 | BLOCKS=3 | RESULT=clear | FROZEN=read by me
DEFECT=1.0 x 0.8cm | REPAIR=intermediate layered | LEN=2.4cm
SEPARATE PROBLEM=palmar vesicles, pruritic, symmetric, no peripheral scale | DX=dyshidrotic eczema
RX=clobetasol 0.05% oint BID x2 wk, then weekends | COUNSEL=gloves, emollient, triggers
EM=99213 (separate problem; pre-op Mohs discussion not counted)
F/U=suture rmvl 7d; palms 4 wk
Signed: Adaeze Okafor MD
""",
    "expected": E([L("17311"), L("12051"), L("99213", 1, "25")], dx={"17311": ["C44.319"], "99213": ["L30.1"]}),
    "coder_note": "MOHS-2: cheek -> 17311, one stage, 3 blocks. MOHS-7: face layered 2.4 cm -> 12051. GS-3: new hand "
                  "eczema worked up and treated with a prescription is separately identifiable -> 99213-25.",
})

# =============================================================================================================
# Batch 3: mixed x5, shave x3, repair x2
# =============================================================================================================

SCENARIOS.append({
    "id": "s58-mix-forearm-bx-plus-scalp-aks",
    "family": "mixed", "shape": "note-only",
    "description": "Tangential bx L forearm + LN2 to 5 scalp AKs -> 11102, 17000-XS, 17003 x4",
    "date": "2025-12-04",
    "patient": ("Halloran", "Desmond", "1951-07-07", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left forearm", "D04.62", "Left dorsal forearm", reason=True),
        C("c2", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
    ],
    "note_title": "Procedure Note - Mill Creek",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- MILL CREEK OFFICE
DOS 12/04/2025 | PT Halloran, Desmond | DOB 07/07/1951 | PROVIDER W. Chen MD | MA K. Ostrowski CMA

MD: 74M, enlarging scaly plaque L dorsal forearm -- sampled; 5 typical AKs on the balding scalp frozen.
Different lesions and sites; no E/M billed today.

PROC=shave bx | LOC=L dorsal forearm | SIZE=1.0cm | DX=r/o SCC | HEMO=AlCl3 | PATH=Y (A)
PROC=LN2 | LOC=scalp (frontal 2, vertex 3) | N=5 | DX=AK | FTC=2
PROC=LN2 | LOC=L forearm plaque | STATUS=not done -- await path first
ANES=1% lido w/ epi 0.5 mL (bx only) | CONSENT=verbal + written
F/U=path 1 wk, tx per path
Signed: Wei Chen MD
""",
    "path": [
        {"text": "A) Skin, left dorsal forearm, shave biopsy: squamous cell carcinoma in situ, hypertrophic type, "
                 "base involved.", "site": "Left dorsal forearm"},
    ],
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 4)],
                  dx={"11102": ["D04.62"], "17000": ["L57.0"]}),
    "coder_note": "BX-5: separate lesions -> both reported. 11102/17000 is indicator 1 with the biopsy as column 1 -> XS "
                  "on 17000; 11102/17003 has no edit, so 17003 x4 carries no modifier.",
})

SCENARIOS.append({
    "id": "s58-mix-precoded-neck-sk-shave-axillary-tags",
    "family": "mixed", "shape": "pre-coded",
    "description": "Pre-coded 11306 (inflamed neck SK 0.7 cm) + 11200 (6 symptomatic axillary tags); XS on 11306",
    "date": "2025-09-11",
    "patient": ("Szabo", "Ildiko", "1970-03-15", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right lateral neck", "L82.0", "Right lateral neck", reason=True),
        C("c2", "Acrochordons, axillae, irritated", "L91.8", "Bilateral axillae", reason=True),
    ],
    "procedures": [
        P("Shave removal, neck, lesion 0.6-1.0 cm", cpt="11306", site="Right lateral neck",
          note="0.7 cm SK, red and crusted, catches on collar, bled twice. Shaved flush, AlCl3.", reasons=["c1"]),
        P("Removal of skin tags, up to and including 15", cpt="11200", site="Bilateral axillae",
          note="6 pedunculated tags (R 4, L 2) rubbed by bra strap, 2 bleeding and inflamed. Snip + cautery.",
          reasons=["c2"]),
    ],
    "note_title": "Procedure Note - Southport",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- SOUTHPORT OFFICE
DOS 09/11/2025 | PT Szabo, Ildiko | DOB 03/15/1970 | PROVIDER I. Castellanos MD | MA L. Ferreira

MD: 55F, a crusted irritated SK on the R neck that bleeds with her collar, and axillary tags that chafe and bleed
under the bra strap. Both removed today; separate sites.

PROC=shave removal | LOC=R lat neck | SIZE=0.7cm | DX=inflamed SK | HEMO=AlCl3 | PATH=N
PROC=skin tag removal (snip) | LOC=R axilla 4; L axilla 2 | N=6 | DX=irritated acrochordons | HEMO=cautery
PROC=tags | LOC=neck (small, 3) | STATUS=not treated -- asymptomatic, pt aware cosmetic
CHARGES (MA entry)=11306, 11200
F/U=prn
Signed: Ines Castellanos MD
""",
    "expected": E([L("11306", 1, "XS"), L("11200")], dx={"11306": ["L82.0"], "11200": ["L91.8"]}),
    "coder_note": "Both codes stand (different lesions/sites, both symptomatic). PTP 11200/11306 is indicator 1 with "
                  "11200 as column 1 -> XS on 11306. The asymptomatic neck tags were not treated.",
})

SCENARIOS.append({
    "id": "s58-mix-back-bcc-excision-plus-thigh-punch",
    "family": "mixed", "shape": "free-text",
    "description": "Excision of known back BCC (1.2 + 2x0.4 = 2.0) + punch bx of separate thigh papule -> 11602 + 11104-XS",
    "date": "2025-10-16",
    "patient": ("Pemberton", "Lloyd", "1945-11-28", "male"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 50,
    "conditions": [
        C("c1", "Basal cell carcinoma, left mid back", "C44.519", "Left mid back", reason=True),
        C("c2", "Dermatofibroma, right anterior thigh", "D23.71", "Right anterior thigh", reason=True),
    ],
    "procedures": [
        P("Excision, basal cell carcinoma", site="Left mid back",
          note="PROC=excision | LOC=L mid back | LESION=1.2cm | MARGIN=0.4cm | bx 09/25 superficial+nodular BCC | "
               "CLOSE=simple interrupted 3-0 nylon | PATH=Y (A)", reasons=["c1"]),
        P("Punch biopsy 3 mm", site="Right anterior thigh",
          note="PROC=punch bx 3mm | LOC=R ant thigh | SIZE=0.6cm firm brown papule, new, tender | CLOSE=1 simple | "
               "PATH=Y (B)", reasons=["c2"]),
    ],
    "note_title": "Procedure Note - Harbor Point",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- HARBOR POINT OFFICE
DOS 10/16/2025 | PT Pemberton, Lloyd | DOB 11/28/1945 | PROVIDER S. Weiss MD | MA D. Nwosu

MD: 79M, excision of the biopsy-proven BCC on the L mid back as planned. He also pointed out a new firm tender
papule on the R thigh -- punch biopsied, separate site.

CONSENT=signed x2 | TIMEOUT=done | ANES=1% lido w/ epi 7 mL
PROC=excision | LOC=L mid back | LESION=1.2 x 1.0cm | MARGIN=0.4cm | CLOSE=simple single layer | PATH=Y (A)
PROC=punch bx 3mm | LOC=R ant thigh | CLOSE=simple x1 | PATH=Y (B) | DX=r/o DF vs nevus vs BCC
F/U=suture rmvl 14d back, 10d thigh
Signed: Samuel Weiss MD
""",
    "path": [
        {"text": "A) Skin, left mid back, excision: basal cell carcinoma, nodular and superficial types; margins free.",
         "site": "Left mid back"},
        {"text": "B) Skin, right anterior thigh, punch: dermatofibroma (benign fibrous histiocytoma).",
         "site": "Right anterior thigh"},
    ],
    "expected": E([L("11602"), L("11104", 1, "XS")], dx={"11602": ["C44.519"], "11104": ["D23.71"]}),
    "coder_note": "EX-1: 1.2 + 2 x 0.4 = 2.0 cm trunk -> 11602 (simple closure included). BX-5: biopsy of a separate "
                  "lesion is reportable; 11602/11104 indicator 1 -> XS on 11104.",
})

SCENARIOS.append({
    "id": "s58-mix-keloid-ilk-plus-finger-wart-cryo",
    "family": "mixed", "shape": "note-only",
    "description": "ILK to 3 chest keloids (48 mg TAC) + LN2 to 2 finger warts -> 17110, 11900-XS, J3301 x5",
    "date": "2025-11-13",
    "patient": ("Okoro", "Chinwe", "1990-06-21", "female"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Keloids, anterior chest, pruritic and painful", "L91.0", "Anterior chest", reason=True),
        C("c2", "Verruca vulgaris, left fingers", "B07.8", "Left index and middle fingers", reason=True),
    ],
    "note_title": "Procedure Note - Southport",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- SOUTHPORT OFFICE
DOS 11/13/2025 | PT Okoro, Chinwe | DOB 06/21/1990 | PROVIDER F. Adeyemi MD | MA J. Pruitt

MD: 35F, 3 itchy, painful keloids on the chest (acne scars) -- ILK session #2; plus 2 common warts on L fingers
that crack and bleed -- LN2. Different lesions.

PROC=ILK | LOC=presternal | N=1 | DRUG=TAC 40 mg/mL | VOL=0.4 mL
PROC=ILK | LOC=L upper chest | N=1 | DRUG=TAC 40 mg/mL | VOL=0.4 mL ; PROC=ILK | LOC=R upper chest | N=1 | DRUG=TAC 40 | VOL=0.4 mL
TOTAL TAC=1.2 mL x 40 mg/mL = 48 mg | LOT=KX2291 | NEEDLE=30g
PROC=LN2 | LOC=L index + L middle fingers | N=2 | DX=verruca vulgaris | FTC=2
PROC=ILK | LOC=R shoulder keloid | STATUS=not done -- flat, asymptomatic, pt declined
F/U=6 wk ILK #3, wart recheck
Signed: Folake Adeyemi MD
""",
    "expected": E([L("17110"), L("11900", 1, "XS"), L("J3301", 5)],
                  dx={"17110": ["B07.8"], "11900": ["L91.0"]}),
    "coder_note": "3 keloids injected -> 11900 (up to 7); TAC 48 mg -> J3301 x5 (per 10 mg, rounded up). 2 warts -> "
                  "17110. 17110/11900 is indicator 1 (17110 column 1) and the lesions differ -> XS on 11900.",
})

SCENARIOS.append({
    "id": "s58-mix-precoded-17000-17003-17004-plus-bx",
    "family": "mixed", "shape": "pre-coded",
    "description": "16 AKs pre-coded 17000 + 17003 + 17004, plus tangential bx of a back lesion -> 17004 + 11102-XS",
    "date": "2026-01-13",
    "patient": ("Vukovic", "Branko", "1942-09-02", "male"),
    "provider": "ramirez", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Actinic keratoses, face and scalp", "L57.0", "Face and scalp", reason=True),
        C("c2", "Irritated seborrheic keratosis, right upper back", "L82.0", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Face and scalp",
          note="LN2, 16 AKs total (scalp 9, forehead 4, L temple 3).", reasons=["c1"]),
        P("Destruction premalignant lesions, second through 14th, each", cpt="17003", site="Face and scalp",
          note="Entered for lesions 2-14.", reasons=["c1"]),
        P("Destruction premalignant lesions, 15 or more", cpt="17004", site="Face and scalp",
          note="Entered for lesions 15-16.", reasons=["c1"]),
        P("Tangential biopsy", cpt="11102", site="Right upper back",
          note="0.9 cm crusted keratotic papule, r/o SCC. Shave bx, AlCl3.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note - Riverbend",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- RIVERBEND OFFICE
DOS 01/13/2026 | PT Vukovic, Branko | DOB 09/02/1942 | PROVIDER S. Ramirez MD | MA T. Haddad

MD: 83M, heavy AK burden again -- 16 treated with LN2. Crusted papule R upper back looks like an irritated SK but
SCC not excluded, so shave biopsy; different lesion from the AKs.

PROC=LN2 | LOC=scalp | N=9 | DX=AK ; PROC=LN2 | LOC=forehead | N=4 | DX=AK ; PROC=LN2 | LOC=L temple | N=3 | DX=AK
TOTAL AK=16
PROC=shave bx | LOC=R upper back | SIZE=0.9cm | DX=r/o SCC vs ISK | PATH=Y (A)
CHARGES (MA entry)=17000 x1, 17003 x13, 17004 x1, 11102 x1
F/U=path; 4 mo
Signed: Sofia Ramirez MD
""",
    "path": [
        {"text": "A) Skin, right upper back, shave biopsy: irritated seborrheic keratosis. No dysplasia.",
         "site": "Right upper back"},
    ],
    "expected": E([L("17004"), L("11102", 1, "XS")], ["coding-correction"],
                  dx={"17004": ["L57.0"], "11102": ["L82.0"]}),
    "coder_note": "DS-1: 16 AKs -> 17004 x1 only, replacing 17000/17003 (PTP 17004/17000 and 17004/17003 indicator 0). "
                  "17004/11102 is indicator 1 with 17004 as column 1; the biopsy is a different lesion -> XS on 11102.",
})

SCENARIOS.append({
    "id": "s58-sh-nasal-ala-and-cheek-nevi",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of two symptomatic facial nevi: L ala 0.4 cm (11310) + R cheek 1.2 cm (11312)",
    "date": "2025-09-25",
    "patient": ("Langford", "Imogen", "1983-04-09", "female"),
    "provider": "marchetti", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Intradermal nevus, left nasal ala", "D22.39", "Left nasal ala", reason=True),
        C("c2", "Intradermal nevus, right cheek", "D22.39", "Right cheek", reason=True),
    ],
    "note_title": "Procedure Note - Riverbend",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- RIVERBEND OFFICE
DOS 09/25/2025 | PT Langford, Imogen | DOB 04/09/1983 | PROVIDER L. Marchetti MD | MA S. Whitfield

MD: 42F, dome papule L ala rubbed raw by her glasses nose pad (bleeds), and a R cheek papule that has grown this
year. Both shaved off flush today for removal and to path.

CONSENT=signed | ANES=1% lido w/ epi 1 mL
PROC=shave removal | LOC=L nasal ala | SIZE=0.4cm | DX=irritated IDN | HEMO=AlCl3 | PATH=Y (A)
PROC=shave removal | LOC=R cheek | SIZE=1.2cm | DX=enlarging papule, r/o BCC vs IDN | HEMO=AlCl3 | PATH=Y (B)
PROC=shave | LOC=L upper lip | STATUS=not done -- pt will think about it (cosmetic request)
F/U=path call
Signed: Luca Marchetti MD
""",
    "path": [
        {"text": "A) Skin, left nasal ala, shave: intradermal melanocytic nevus with surface erosion.",
         "site": "Left nasal ala"},
        {"text": "B) Skin, right cheek, shave: intradermal melanocytic nevus; no BCC.", "site": "Right cheek"},
    ],
    "expected": E([L("11310"), L("11312")], dx={"11310": ["D22.39"], "11312": ["D22.39"]}),
    "coder_note": "SH-1: face (FEENLM) shave removals by lesion diameter: 0.4 cm -> 11310, 1.2 cm -> 11312. The upper "
                  "lip lesion was not treated.",
})

SCENARIOS.append({
    "id": "s58-sh-precoded-biopsy-was-removal-flank",
    "family": "shave", "shape": "pre-coded",
    "description": "Bleeding flank SK removed entirely by shave but pre-coded 11102 -> shave removal 11302",
    "date": "2025-11-03",
    "patient": ("Castellano", "Vittorio", "1948-02-26", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right flank", "L82.0", "Right flank", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy of skin, single lesion", cpt="11102", site="Right flank",
          note="1.1 cm crusted SK on belt line, bleeds with belt. Removed in full by shave, flush with skin.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Eastgate",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- EASTGATE OFFICE
DOS 11/03/2025 | PT Castellano, Vittorio | DOB 02/26/1948 | PROVIDER C. Okonkwo MD | MA R. Delacroix

MD: 77M, SK on the R flank at the belt line, red, crusted and bleeding onto shirts for 2 months. Removed the whole
lesion by shave today (treatment, not a sample); sent to path as routine.

PROC=shave removal | INTENT=complete removal | LOC=R flank | SIZE=1.1cm | DX=inflamed SK | HEMO=AlCl3 | PATH=Y (A)
ANES=1% lido w/ epi 1 mL | CONSENT=verbal
CHARGES (MA entry)=11102
F/U=prn
Signed: Chidi Okonkwo MD
""",
    "path": [
        {"text": "A) Skin, right flank, shave: irritated (inflamed) seborrheic keratosis, completely removed.",
         "site": "Right flank"},
    ],
    "expected": E([L("11302")], ["coding-correction"], dx={"11302": ["L82.0"]}),
    "coder_note": "BX-4: intent decides; the entire lesion was removed therapeutically -> shave removal, trunk, 1.1 cm "
                  "-> 11302. Bleeding/inflamed SK meets the benign-lesion LCD (BSL-3 a, g).",
})

SCENARIOS.append({
    "id": "s58-sh-scalp-size-missing-neck-sized",
    "family": "shave", "shape": "free-text",
    "description": "Two shave removals: scalp lesion with no size (no line) + neck 0.5 cm -> 11305 only",
    "date": "2025-12-11",
    "patient": ("Oyelaran", "Gbenga", "1953-10-01", "male"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left parietal scalp", "L82.0", "Left parietal scalp", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right posterior neck", "L82.0", "Right posterior neck", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Left parietal scalp",
          note="PROC=shave removal | LOC=L parietal scalp | SIZE=(blank) | DX=ISK, catches on comb, bleeds | "
               "HEMO=AlCl3 | PATH=N", reasons=["c1"]),
        P("Shave removal", site="Right posterior neck",
          note="PROC=shave removal | LOC=R post neck | SIZE=0.5cm | DX=ISK rubbing collar, inflamed | HEMO=AlCl3 | "
               "PATH=N", reasons=["c2"]),
    ],
    "note_title": "Procedure Note - Southport",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- SOUTHPORT OFFICE
DOS 12/11/2025 | PT Oyelaran, Gbenga | DOB 10/01/1953 | PROVIDER J. Pike MD | MA L. Ferreira

MD: 72M, two irritated SKs -- scalp one snags on his comb and bleeds, neck one rubs his collar. Both shaved off.
Clinically classic SKs, not sent.

PROC=shave removal | LOC=L parietal scalp | SIZE=-- | HEMO=AlCl3
PROC=shave removal | LOC=R post neck | SIZE=0.5cm | HEMO=AlCl3
ANES=1% lido w/ epi 1 mL total | CONSENT=verbal
F/U=prn
Signed: Jordan Pike MD
""",
    "expected": E([L("11305")], ["missing-documentation"], dx={"11305": ["L82.0"]}),
    "coder_note": "SH-1 codes by lesion diameter; the scalp lesion has no size anywhere -> no line + "
                  "missing-documentation (README). Neck 0.5 cm (SNHFG) -> 11305.",
})

SCENARIOS.append({
    "id": "s58-rep-bike-fall-three-lacerations",
    "family": "repair", "shape": "note-only",
    "description": "Simple forearm 2.0 + simple hand 1.5 (summed 3.5 -> 12002) and layered forehead 2.0 cm (12051)",
    "date": "2025-09-04",
    "patient": ("Kirkpatrick", "Rowan", "2001-12-05", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Laceration without foreign body, forehead", "S01.81XA", "Forehead", reason=True),
        C("c2", "Laceration without foreign body, right forearm", "S51.811A", "Right forearm", reason=True),
        C("c3", "Laceration without foreign body, left hand", "S61.412A", "Left dorsal hand", reason=True),
    ],
    "note_title": "Procedure Note - Harbor Point",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- HARBOR POINT OFFICE (same-day slot)
DOS 09/04/2025 | PT Kirkpatrick, Rowan | DOB 12/05/2001 | PROVIDER R. Santos MD | MA D. Nwosu

MD: 23M, fell off his bike 2 h ago onto gravel -- 3 clean lacerations, no tendon/nerve involvement, no head injury
signs. Irrigated and closed all three; Tdap up to date (2023).

PROC=repair simple | LOC=R volar forearm | LEN=2.0cm | CLOSE=4-0 nylon x4 | DEPTH=dermis
PROC=repair simple | LOC=L dorsal hand | LEN=1.5cm | CLOSE=5-0 nylon x3 | TENDON=intact, full ROM
PROC=repair intermediate (layered) | LOC=forehead | LEN=2.0cm | DEEP=5-0 Vicryl x2 | EPI=6-0 nylon
IRRIGATION=NS 200 mL each | FB=none | XRAY=not indicated
F/U=suture rmvl 5d face, 10d forearm/hand
Signed: Rafael Santos MD
""",
    "expected": E([L("12002"), L("12051")], dx={"12051": ["S01.81XA"]}),
    "coder_note": "REP-1/REP-2: simple forearm 2.0 + simple hand 1.5 are in the same group (12001-12007) -> 3.5 cm -> "
                  "12002; the forehead layered repair is a different complexity and group -> 12051 (2.0 cm).",
})

SCENARIOS.append({
    "id": "s58-rep-precoded-complex-dog-bite-0p9cm",
    "family": "repair", "shape": "pre-coded",
    "description": "Dog-bite cheek laceration 0.9 cm, layered, pre-coded 13131 -> complex <=1.0 cm becomes 12051",
    "date": "2025-10-30",
    "patient": ("Benavides", "Lucia", "2012-05-17", "female"),
    "provider": "nakamura", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Laceration without foreign body, right cheek", "S01.411A", "Right cheek", reason=True),
        C("c2", "Bitten by dog, initial encounter", "W54.0XXA"),
    ],
    "procedures": [
        P("Repair, complex, cheek", cpt="13131", site="Right cheek",
          note="0.9 cm dog-bite laceration. Irrigated 250 mL. Layered closure: 5-0 Monocryl deep x1, 6-0 nylon.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Riverbend",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- RIVERBEND OFFICE
DOS 10/30/2025 | PT Benavides, Lucia | DOB 05/17/2012 | PROVIDER R. Nakamura MD | MA S. Whitfield

MD: 13F, nipped on the R cheek by the family's vaccinated dog this morning; small gaping wound, mom wants it
closed here. Irrigated well and closed in layers; animal-bite counselling, amox-clav prophylaxis.

PROC=repair | LOC=R cheek | LEN=0.9cm | DEPTH=subQ | CLOSE=layered (5-0 Monocryl x1 deep, 6-0 nylon x4)
IRRIGATION=NS 250 mL | DEBRIDEMENT=none | UNDERMINING=none
RX=amoxicillin-clavulanate x3 d | RABIES=dog vaccinated, animal control notified
CHARGES (MA entry)=13131
F/U=suture rmvl 5d
Signed: Ren Nakamura MD
""",
    "expected": E([L("12051")], ["coding-correction"], dx={"12051": ["S01.411A"]}),
    "coder_note": "REP-2/REP-3: nothing beyond a layered closure is documented, and a complex repair <=1.0 cm is coded "
                  "as simple/intermediate anyway -> layered closure of the face 0.9 cm -> 12051.",
})

# =============================================================================================================
# Batch 4: repair x1, post-op x3, cosmetic x2, incision-drainage x2, intralesional x2
# =============================================================================================================

SCENARIOS.append({
    "id": "s58-rep-back-dysplastic-nevus-complex-13101",
    "family": "repair", "shape": "free-text",
    "description": "Back nevus excision 1.0 + 2x0.3 -> 11402 with complex repair 4.2 cm (extensive undermining, retention) 13101",
    "date": "2025-11-10",
    "patient": ("Abernethy", "Gwendolyn", "1956-04-23", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Dysplastic nevus, right upper back", "D22.5", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Excision of atypical nevus", site="Right upper back",
          note="PROC=excision | LOC=R upper back | LESION=1.0 x 0.8cm | MARGIN=0.3cm | DX=changing nevus, r/o MM | "
               "PATH=Y (A)", reasons=["c1"]),
        P("Complex closure", site="Right upper back",
          note="REPAIR=complex | LEN=4.2cm | UNDERMINING=extensive, 2.5 cm each side (defect width 1.6 cm) | "
               "RETENTION=2 horizontal mattress retention sutures (high tension, scapular) | DEEP=3-0 PDS | EPI=4-0 "
               "nylon", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Harbor Point",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- HARBOR POINT OFFICE
DOS 11/10/2025 | PT Abernethy, Gwendolyn | DOB 04/23/1956 | PROVIDER H. Voss MD | MA D. Nwosu

MD: 69F, nevus R upper back with new irregular border on serial dermoscopy -- excised with 3 mm margins. High-tension
scapular site: wide undermining and retention sutures needed to close.

CONSENT=signed | TIMEOUT=done | ANES=1% lido w/ epi 10 mL
PROC=excision | LOC=R upper back | LESION=1.0 x 0.8cm | MARGIN=0.3cm | PATH=Y (A)
REPAIR=complex | LEN=4.2cm | UNDERMINING=extensive (2.5cm each side > defect width) | RETENTION SUTURES=x2
EBL=5 mL | COMPL=none | DRESSING=pressure
F/U=suture rmvl 14d
Signed: Henrietta Voss MD
""",
    "path": [
        {"text": "A) Skin, right upper back, excision: compound dysplastic nevus with moderate atypia; margins clear.",
         "site": "Right upper back"},
    ],
    "expected": E([L("11402"), L("13101")], dx={"11402": ["D22.5"]}),
    "coder_note": "EX-1: 1.0 + 2 x 0.3 = 1.6 cm trunk, benign path -> 11402. REP-3: extensive undermining plus retention "
                  "sutures = complex; trunk 4.2 cm -> 13101 (separately reportable, EX-5).",
})

SCENARIOS.append({
    "id": "s58-po-suture-removal-99024-medicare",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 9 days after 11602 inside the 010 global; provider chose 99212 -> 99024",
    "date": "2025-10-24",
    "patient": ("Featherstone", "Arlo", "1939-06-30", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Squamous cell carcinoma, right forearm (excised)", "C44.622", "Right forearm"),
    ],
    "prior": [
        PRIOR("2025-10-15", "11602", "Excision SCC right dorsal forearm", "Right dorsal forearm",
              "Lesion 1.1 cm, 0.4 cm margins; simple closure."),
    ],
    "note_title": "Post-op Visit - Mill Creek",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- MILL CREEK OFFICE
DOS 10/24/2025 | PT Featherstone, Arlo | DOB 06/30/1939 | PROVIDER S. Weiss MD | MA K. Ostrowski CMA

MD: 86M, suture removal after SCC excision R forearm on 10/15; wound healed, no infection, margins clear on path.
Nothing else addressed today.

PRIOR PROC=10/15/2025 excision SCC R dorsal forearm (010 global)
WOUND=healed, no erythema/drainage | SUTURES=removed x7 | STERI=applied
PATH REVIEW=SCC well-diff, margins clear -- discussed
NEW ISSUES=none | MEDS=unchanged
EM (MA entry)=99212
F/U=skin check 3 mo
Signed: Samuel Weiss MD
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-1/GS-5: the visit falls inside the 10-day global of 11602 and addresses only the routine post-op "
                  "care -> no E/M; report 99024 (conventions).",
})

SCENARIOS.append({
    "id": "s58-po-psoriasis-in-flap-global-24",
    "family": "post-op", "shape": "free-text",
    "description": "New psoriasis evaluated 31 days after a cheek flap (090 global) -> 99213-24; wound check not separate",
    "date": "2025-12-15",
    "patient": ("Rasmussen", "Ingrid", "1950-02-11", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Psoriasis vulgaris, new onset", "L40.0", "Elbows and knees", reason=True),
    ],
    "prior": [
        PRIOR("2025-11-14", "14040", "Excision BCC left cheek with rotation flap 8.1 sq cm", "Left cheek",
              "Adjacent tissue transfer, 090 global."),
    ],
    "procedures": [
        P("Post-op wound check, left cheek flap", site="Left cheek",
          note="Flap healing well, no necrosis or infection. Included in global - no charge."),
    ],
    "note_title": "Office Visit - Riverbend",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- RIVERBEND OFFICE
DOS 12/15/2025 | PT Rasmussen, Ingrid | DOB 02/11/1950 | PROVIDER A. Lindgren MD | MA T. Haddad

MD: 75F, 1 mo after her L cheek rotation flap (11/14) -- flap looks great. The real reason for today: new itchy scaly
plaques on elbows/knees x 3 wk; plaque psoriasis, new diagnosis, started topical therapy.

PRIOR PROC=11/14/2025 rotation flap L cheek (090 global) | FLAP CHECK=healing well, no charge
NEW PROBLEM=well-demarcated silvery plaques both elbows + knees, nail pitting 2 | BSA=3% | JOINTS=no complaints
DX=plaque psoriasis (new) | RX=betamethasone dipropionate 0.05% oint BID x2 wk; calcipotriene cr
COUNSEL=chronic disease, triggers, return if joint pain
EM=99213 (psoriasis only)
F/U=6 wk psoriasis; flap 3 mo
Signed: Astrid Lindgren MD
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["L40.0"]}),
    "coder_note": "GS-5: E/M unrelated to the flap inside its 090 global -> 24. The flap check itself is part of the "
                  "global package.",
})

SCENARIOS.append({
    "id": "s58-po-precoded-shave-during-excision-global-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "New inflamed SK shaved 6 days after 11402 (010 global) on another site -> 11301-79",
    "date": "2025-11-21",
    "patient": ("Delgado", "Marisol", "1954-09-14", "female"),
    "provider": "chen", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right forearm", "L82.0", "Right dorsal forearm", reason=True),
    ],
    "prior": [
        PRIOR("2025-11-15", "11402", "Excision dysplastic nevus left lower back", "Left lower back",
              "Lesion 0.9 cm, 0.2 cm margins, simple closure."),
    ],
    "procedures": [
        P("Shave removal, trunk/arms/legs, 0.6-1.0 cm", cpt="11301", site="Right dorsal forearm",
          note="0.8 cm red, crusted, bleeding SK, new since last visit. Shaved flush, AlCl3.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Mill Creek",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- MILL CREEK OFFICE
DOS 11/21/2025 | PT Delgado, Marisol | DOB 09/14/1954 | PROVIDER W. Chen MD | MA K. Ostrowski CMA

MD: 71F, 6 days out from the L lower back excision (healing fine). New problem: a crusted SK on the R forearm that
she keeps catching and that bleeds -- shaved off today; unrelated to the excision.

PRIOR PROC=11/15/2025 excision L lower back (11402, 010 global) | WOUND=clean, sutures stay to day 14
PROC=shave removal | LOC=R dorsal forearm | SIZE=0.8cm | DX=inflamed SK, bleeding | HEMO=AlCl3 | PATH=N
CHARGES (MA entry)=11301
F/U=suture rmvl 11/29 as planned
Signed: Wei Chen MD
""",
    "expected": E([L("11301", 1, "79")], ["global-period"], dx={"11301": ["L82.0"]}),
    "coder_note": "GS-5: unrelated procedure on a new lesion inside the 10-day global of 11402 -> 79 on 11301 "
                  "(0.8 cm, arm).",
})

SCENARIOS.append({
    "id": "s58-cos-sk-cryo-medicare-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Asymptomatic back SKs frozen at patient request, voluntary ABN -> 17110-GX-GY (Medicare FFS)",
    "date": "2025-10-09",
    "patient": ("Whitlock", "Evangeline", "1952-12-19", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, back", "L82.1", "Upper and mid back", reason=True),
    ],
    "note_title": "Procedure Note - Harbor Point",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- HARBOR POINT OFFICE
DOS 10/09/2025 | PT Whitlock, Evangeline | DOB 12/19/1952 | PROVIDER M. Baptiste MD | MA D. Nwosu

MD: 72F wants 6 brown "stuck-on" spots on her back gone before a beach wedding. Classic SKs, no itch, bleeding,
inflammation or change -- purely cosmetic; she signed the voluntary ABN and chose LN2.

PROC=LN2 | LOC=upper back 4; mid back 2 | N=6 | DX=SK, asymptomatic | FTC=1
SYMPTOMS=none (no itch/bleed/irritation) | CHANGE=none | DERMOSCOPY=classic SK
ABN=voluntary notice signed (service not covered -- cosmetic) | PT RESP=acknowledged
CONSENT=verbal | AFTERCARE=handout
F/U=prn
Signed: Marc Baptiste MD
""",
    "expected": E([L("17110", 1, "GX", "GY")], ["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "BSL-2/COS-2/COS-4: asymptomatic SK removal is cosmetic (statutorily excluded) -> GY on Medicare FFS, "
                  "plus GX because a voluntary ABN was given. 6 lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s58-cos-glycolic-peel-plus-hand-aks-commercial",
    "family": "cosmetic", "shape": "free-text",
    "description": "Cosmetic glycolic face peel (commercial, line removed) + LN2 to 2 hand AKs -> 17000 + 17003",
    "date": "2025-12-17",
    "patient": ("Ferreira", "Beatriz", "1968-07-26", "female"),
    "provider": "voss", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Photoaging and dyschromia, face (cosmetic)", "Z41.1", "Face"),
        C("c2", "Actinic keratoses, dorsal hands", "L57.0", "Dorsal hands", reason=True),
    ],
    "procedures": [
        P("Glycolic acid 35% chemical peel, full face", site="Full face",
          note="PROC=superficial chemical peel (epidermal) | LOC=full face | AGENT=glycolic 35% x3 min | "
               "INDICATION=photoaging, uneven tone -- cosmetic, self-pay package session 2 of 4"),
        P("Cryotherapy actinic keratoses", site="Right and left dorsal hands",
          note="PROC=LN2 | LOC=R dorsal hand 1; L dorsal hand 1 | N=2 | DX=AK | FTC=2", reasons=["c2"]),
    ],
    "note_title": "Procedure Note - Eastgate Aesthetics",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- EASTGATE OFFICE (aesthetic suite)
DOS 12/17/2025 | PT Ferreira, Beatriz | DOB 07/26/1968 | PROVIDER H. Voss MD | MA R. Delacroix

MD: 57F, peel #2 of her cosmetic series for photoaging/uneven tone (self-pay). At the visit I also found 2 gritty
AKs on the backs of her hands -- treated with LN2, billed to insurance.

PROC=glycolic peel 35% | LOC=full face | DEPTH=epidermal | INDICATION=cosmetic | PAY=self-pay package
PROC=LN2 | LOC=R dorsal hand | N=1 | DX=AK ; PROC=LN2 | LOC=L dorsal hand | N=1 | DX=AK
CONSENT=peel consent on file; verbal for cryo | SPF=reviewed
F/U=peel #3 in 4 wk
Signed: Henrietta Voss MD
""",
    "expected": E([L("17000"), L("17003")], ["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "COS-2 / conventions: a cosmetic peel for a commercial payer is not put on the claim (cosmetic "
                  "finding). 2 AKs -> 17000 + 17003 x1 (DS-1).",
})

SCENARIOS.append({
    "id": "s58-id-right-axilla-abscess-simple",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D of a single right axillary abscess, Medicaid MCO -> 10060",
    "date": "2025-09-29",
    "patient": ("Tran", "Kevin", "1994-01-08", "male"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
    ],
    "note_title": "Procedure Note - Southport",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- SOUTHPORT OFFICE (same-day slot)
DOS 09/29/2025 | PT Tran, Kevin | DOB 01/08/1994 | PROVIDER R. Santos MD | MA L. Ferreira

MD: 31M, painful swelling R armpit x 4 days, now fluctuant; no prior boils, no hidradenitis history. Single abscess
opened and drained, loose packing.

PROC=I&D | LOC=R axilla | SIZE=2.5cm fluctuant | N=1 | ANES=1% lido 3 mL | INCISION=1cm
DRAINAGE=purulent ~4 mL | LOCULES=none | PACKING=1/4" iodoform | CULTURE=sent
COMPLICATED=no | CELLULITIS=minimal rim | FEVER=no
RX=TMP-SMX DS BID x7 d
F/U=48 h packing removal
Signed: Rafael Santos MD
""",
    "expected": E([L("10060")], dx={"10060": ["L02.411"]}),
    "coder_note": "Single, uncomplicated abscess -> 10060.",
})

SCENARIOS.append({
    "id": "s58-id-precoded-two-abscesses-10061",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Two abscesses drained (buttock, thigh), pre-coded 10060 twice -> 10061 x1 (multiple)",
    "date": "2025-11-07",
    "patient": ("Lockhart", "Deandre", "1987-08-03", "male"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Left buttock", reason=True),
        C("c2", "Cutaneous abscess of left lower limb", "L02.416", "Left posterior thigh", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, simple or single", cpt="10060", site="Left buttock",
          note="3 cm fluctuant abscess, incised, purulent drainage, packed.", reasons=["c1"]),
        P("Incision and drainage of abscess, simple or single", cpt="10060", site="Left posterior thigh",
          note="2 cm fluctuant abscess, incised and drained, packed.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note - Southport",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- SOUTHPORT OFFICE
DOS 11/07/2025 | PT Lockhart, Deandre | DOB 08/03/1987 | PROVIDER J. Pike MD | MA L. Ferreira

MD: 38M, two tender fluctuant boils -- L buttock and L posterior thigh -- for 5 days. Both incised and drained today;
MRSA coverage started.

PROC=I&D | LOC=L buttock | SIZE=3cm | DRAIN=purulent | PACK=yes | CULTURE=sent
PROC=I&D | LOC=L post thigh | SIZE=2cm | DRAIN=purulent | PACK=yes
ANES=1% lido 6 mL total | RX=doxycycline 100 BID x10 d
CHARGES (MA entry)=10060 x2
F/U=2 d packing change (nurse)
Signed: Jordan Pike MD
""",
    "expected": E([L("10061")], ["coding-correction"]),
    "coder_note": "10060 is simple or single; two abscesses drained the same session = multiple -> 10061 x1 (10061/10060 "
                  "indicator 1, not two 10060 lines).",
})

SCENARIOS.append({
    "id": "s58-il-alopecia-areata-nine-patches",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK to 9 alopecia areata patches, Kenalog-10 2.4 mL (24 mg) -> 11901 + J3301 x3",
    "date": "2025-10-20",
    "patient": ("Nakashima", "Emi", "1992-02-14", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata, multifocal patchy, scalp", "L63.8", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional corticosteroid injection, scalp", site="Scalp",
          note="PROC=ILK | LOC=scalp | N=9 patches (frontal 2, vertex 3, occipital 2, L temporal 1, R temporal 1) | "
               "DRUG=triamcinolone acetonide 10 mg/mL | VOL=2.4 mL total | 30g, 0.1 mL q1cm", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Riverbend",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- RIVERBEND OFFICE
DOS 10/20/2025 | PT Nakashima, Emi | DOB 02/14/1992 | PROVIDER I. Castellanos MD | MA S. Whitfield

MD: 33F, patchy alopecia areata, session 3 of ILK; some regrowth at the first sites, new patches at the vertex.
Injected all active patches.

PROC=ILK | LOC=scalp | N=9 | DRUG=TAC 10 mg/mL | TOTAL VOL=2.4 mL (=24 mg) | LOT=R41105
EYEBROWS=not injected (no loss) | JAK INHIBITOR=discussed, not started
F/U=5-6 wk
Signed: Ines Castellanos MD
""",
    "expected": E([L("11901"), L("J3301", 3)]),
    "coder_note": "9 lesions injected = more than 7 -> 11901 x1. Triamcinolone 24 mg -> J3301 x3 (per 10 mg, rounded up).",
})

SCENARIOS.append({
    "id": "s58-il-precoded-11900-for-eight-scars",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Eight hypertrophic scars injected, pre-coded 11900 -> 11901; TAC 44 mg -> J3301 x5",
    "date": "2026-01-08",
    "patient": ("Olszewski", "Tadeusz", "1958-11-11", "male"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Hypertrophic scars, sternum and upper back, pruritic", "L91.0", "Sternum and upper back",
          reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to and including 7 lesions", cpt="11900", site="Sternum and upper back",
          note="Hypertrophic scars: presternal 3, L upper back 3, R upper back 2 (8 total). Triamcinolone 40 mg/mL, "
               "1.1 mL total.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Mill Creek",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- MILL CREEK OFFICE
DOS 01/08/2026 | PT Olszewski, Tadeusz | DOB 11/11/1958 | PROVIDER K. Halvorsen MD | MA K. Ostrowski CMA

MD: 67M, itchy, tender hypertrophic scars after old acne and a sternotomy -- ILK session 2. Eight scars injected
today; fewer symptoms since the first round.

PROC=ILK | LOC=presternal | N=3 ; PROC=ILK | LOC=L upper back | N=3 ; PROC=ILK | LOC=R upper back | N=2
TOTAL LESIONS=8 | DRUG=TAC 40 mg/mL | TOTAL VOL=1.1 mL (=44 mg) | LOT=K90312
CHARGES (MA entry)=11900, J3301 x4
F/U=6 wk
Signed: Kirsten Halvorsen MD
""",
    "expected": E([L("11901"), L("J3301", 5)], ["coding-correction"], dx={"11901": ["L91.0"]}),
    "coder_note": "8 lesions = more than 7 -> 11901, not 11900 (11901/11900 indicator 0). TAC 44 mg -> J3301 x5 "
                  "(ceil(44/10)); the MA's x4 under-reported.",
})

# =============================================================================================================
# Batch 5: nails x2, paring x2, patch-test x2, phototherapy x2, skin-tags x2
# =============================================================================================================

SCENARIOS.append({
    "id": "s58-nail-avulsion-both-great-toes-digits",
    "family": "nails", "shape": "free-text",
    "description": "Avulsion of L then R great toenail (ingrown, infected) -> 11730-TA + 11732-T5",
    "date": "2025-09-17",
    "patient": ("Mancini", "Giulia", "2004-06-02", "female"),
    "provider": "okonkwo", "payer": "commercial-aetna", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe", "L60.0", "Left great toe", reason=True),
        C("c2", "Ingrowing nail, right great toe", "L60.0", "Right great toe", reason=True),
    ],
    "procedures": [
        P("Nail avulsion, nail 1 of 2", site="Left great toe",
          note="NAIL 1/2 | PROC=complete nail plate avulsion | DIGIT=L hallux | DIGITAL BLOCK=2% lido plain 3 mL | "
               "granulation + purulence lateral fold", reasons=["c1"]),
        P("Nail avulsion, nail 2 of 2", site="Right great toe",
          note="NAIL 2/2 | PROC=complete nail plate avulsion | DIGIT=R hallux | DIGITAL BLOCK=2% lido plain 3 mL",
          reasons=["c2"]),
    ],
    "note_title": "Procedure Note - Eastgate",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- EASTGATE OFFICE
DOS 09/17/2025 | PT Mancini, Giulia | DOB 06/02/2004 | PROVIDER C. Okonkwo MD | MA R. Delacroix

MD: 21F soccer player, painful ingrown great toenails both sides, L worse with granulation and pus despite soaks
and cotton wisps. Both nail plates avulsed today; no matrixectomy (she wants to try regrowth first).

NAIL 1=L hallux | PROC=avulsion, complete | BLOCK=digital, 2% lido plain | TOURNIQUET=8 min
NAIL 2=R hallux | PROC=avulsion, complete | BLOCK=digital | TOURNIQUET=6 min
MATRIXECTOMY=not done (declined) | CULTURE=not sent | RX=cephalexin 500 QID x7 d
DRESSING=bulky, post-op shoe x2
F/U=1 wk
Signed: Chidi Okonkwo MD
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T5")], dx={"11730": ["L60.0"]}),
    "coder_note": "11730 for the first nail, +11732 for each additional; digit modifiers per conventions (TA left great "
                  "toe, T5 right great toe), first nail as documented (L hallux). No matrixectomy.",
})

SCENARIOS.append({
    "id": "s58-nail-precoded-avulsion-plus-matrixectomy-same-nail",
    "family": "nails", "shape": "pre-coded",
    "description": "Partial avulsion + phenol matrixectomy of the same R hallux border, pre-coded 11730 + 11750 -> 11750-T5",
    "date": "2025-10-27",
    "patient": ("Harrington", "Clyde", "1949-03-30", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "Right great toe lateral border",
          reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate, partial", cpt="11730", site="Right great toe, lateral border",
          note="Lateral 1/4 of plate avulsed.", reasons=["c1"]),
        P("Excision of nail and nail matrix, partial, for permanent removal", cpt="11750",
          site="Right great toe, lateral border",
          note="Phenol 88% 3 x 30 s to lateral matrix horn after the plate was removed.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Riverbend",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- RIVERBEND OFFICE
DOS 10/27/2025 | PT Harrington, Clyde | DOB 03/30/1949 | PROVIDER R. Nakamura MD | MA T. Haddad

MD: 76M, 3rd recurrence of an ingrown lateral border R great toe. Permanent fix today: partial plate avulsion and
phenol matrixectomy of the same border.

DIGIT=R hallux, lateral border | BLOCK=digital 2% lido plain 4 mL | TOURNIQUET=10 min
PROC=partial nail avulsion (lateral 1/4) -> PROC=phenol matrixectomy 88% x3 cycles (same border)
OTHER NAILS=normal, not treated | DM=no | PAD=no
CHARGES (MA entry)=11730, 11750
F/U=2 wk
Signed: Ren Nakamura MD
""",
    "expected": E([L("11750", 1, "T5")], ["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "11750/11730 is PTP indicator 1 and both are on the same border of the same nail -> 11730 not "
                  "separately reportable. 11750 with the digit modifier T5 (right great toe).",
})

SCENARIOS.append({
    "id": "s58-par-three-plantar-calluses-medicaid",
    "family": "paring", "shape": "note-only",
    "description": "Paring of 3 painful plantar calluses in a diabetic, Medicaid -> 11056",
    "date": "2025-10-10",
    "patient": ("Jefferson", "Otis", "1961-01-19", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Callosities, plantar feet", "L84", "Plantar feet", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42"),
    ],
    "note_title": "Procedure Note - Southport",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- SOUTHPORT OFFICE
DOS 10/10/2025 | PT Jefferson, Otis | DOB 01/19/1961 | PROVIDER J. Pike MD | MA L. Ferreira

MD: 64M with T2DM and neuropathy, painful thick calluses under the metatarsal heads; no ulcer. Pared 3 today with
a #15 blade; podiatry referral for offloading insoles.

PROC=paring | LOC=R plantar 1st MTH | N=1 ; PROC=paring | LOC=R plantar 5th MTH | N=1
PROC=paring | LOC=L plantar 2nd MTH | N=1 | TOTAL=3 | BLEEDING=none | ULCER=none
MONOFILAMENT=reduced both feet | PULSES=DP 2+ bilat
NAILS=normal, no debridement
F/U=8 wk
Signed: Jordan Pike MD
""",
    "expected": E([L("11056")]),
    "coder_note": "Paring of benign hyperkeratotic lesions by count: 2-4 lesions -> 11056 x1.",
})

SCENARIOS.append({
    "id": "s58-par-precoded-11055-for-five-corns",
    "family": "paring", "shape": "pre-coded",
    "description": "Five painful corns/calluses pared, pre-coded 11055 -> 11057",
    "date": "2025-11-17",
    "patient": ("Underwood", "Marguerite", "1966-10-05", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities, both feet", "L84", "Toes and plantar feet", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion, single", cpt="11055", site="Both feet",
          note="Corns: R 5th toe dorsal, L 5th toe dorsal, L 4th web space; calluses: R plantar heel, L plantar "
               "2nd MTH. 5 lesions pared.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Mill Creek",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- MILL CREEK OFFICE
DOS 11/17/2025 | PT Underwood, Marguerite | DOB 10/05/1966 | PROVIDER J. Abernathy MD | MA K. Ostrowski CMA

MD: 59F nurse on her feet all day, hammertoes, painful corns and calluses; not diabetic. Pared all five today,
shoe and padding advice.

PROC=paring | LOC=R 5th toe dorsal | DX=corn ; PROC=paring | LOC=L 5th toe dorsal | DX=corn
PROC=paring | LOC=L 4th web | DX=soft corn ; PROC=paring | LOC=R plantar heel | DX=callus ; PROC=paring | LOC=L 2nd MTH | DX=callus
TOTAL=5 | CHARGES (MA entry)=11055
F/U=3 mo prn
Signed: June Abernathy MD
""",
    "expected": E([L("11057")], ["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "Paring count bands: 1 -> 11055, 2-4 -> 11056, more than 4 -> 11057. Five lesions -> 11057.",
})

SCENARIOS.append({
    "id": "s58-pt-new-pt-hand-dermatitis-80-allergens-25",
    "family": "patch-test", "shape": "note-only",
    "description": "New pt evaluation of hand dermatitis with Rx (99204-25) + application of 80 patch tests",
    "date": "2025-09-15",
    "patient": ("Rutherford", "Celeste", "1975-05-08", "female"),
    "provider": "lindgren", "payer": "commercial-aetna", "minutes": 55, "em": "99204",
    "conditions": [
        C("c1", "Hand dermatitis, chronic, suspected allergic contact", None, "Bilateral hands", reason=True),
    ],
    "note_title": "New Patient Visit + Patch Testing - Riverbend",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- RIVERBEND OFFICE (contact dermatitis clinic)
DOS 09/15/2025 | PT Rutherford, Celeste | DOB 05/08/1975 | PROVIDER A. Lindgren MD | MA T. Haddad

MD: 50F hairdresser, new pt, 8 mo of hand dermatitis not controlled on OTC hydrocortisone; full history and exam,
started a potent steroid and glove plan; patch testing applied today for a suspected allergen.

VISIT=new pt | HX=occupational exposures (PPD, glyceryl thioglycolate, nitrile/latex gloves), atopy none
EXAM=hands: lichenified plaques, fissures fingertips, dorsal hands; feet/face clear
RX=clobetasol 0.05% oint BID x2 wk | COUNSEL=glove liners, soap substitute, avoid wet work where possible
PATCH TEST=applied upper back | SERIES=NAC-80 comprehensive | N ALLERGENS=80 | CHAMBERS=Finn
READS=48 h (09/17) and 96 h (09/19) -- included, no separate visit charge planned
EM=99204 (history/exam/Rx management separate from the patch test application)
Signed: Astrid Lindgren MD
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)]),
    "coder_note": "95044 units = number of allergens applied (80). The new-patient work-up with prescription management "
                  "is separately identifiable; 95044/99204 is indicator 1 -> 25 on the E/M.",
})

SCENARIOS.append({
    "id": "s58-pt-ninety-six-allergens-mue-cap",
    "family": "patch-test", "shape": "free-text",
    "description": "Patch test application of 80 + 16 = 96 allergens -> 95044 capped at MUE 90",
    "date": "2025-12-01",
    "patient": ("Achterberg", "Lieke", "1981-09-29", "female"),
    "provider": "voss", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Allergic contact dermatitis, eyelids and face, unspecified cause", "L23.9", "Eyelids and face",
          reason=True),
    ],
    "procedures": [
        P("Patch test application, comprehensive series", site="Upper back",
          note="SERIES=NAC-80 | N=80 | CHAMBERS=IQ Ultra | READS=D2, D4", reasons=["c1"]),
        P("Patch test application, supplemental cosmetic series", site="Mid back",
          note="SERIES=cosmetic/preservative supplement | N=16 | incl. own products x0", reasons=["c1"]),
    ],
    "note_title": "Patch Test Application - Harbor Point",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- HARBOR POINT OFFICE (contact dermatitis clinic)
DOS 12/01/2025 | PT Achterberg, Lieke | DOB 09/29/1981 | PROVIDER H. Voss MD | MA D. Nwosu

MD: 44F, recurrent eyelid/facial dermatitis, established patient (evaluated 11/10, patch testing planned then).
Application visit only today: comprehensive series plus a cosmetic supplement.

SERIES 1=NAC-80 | N=80 | SITE=upper back
SERIES 2=cosmetic supplement | N=16 | SITE=mid back
TOTAL ALLERGENS APPLIED=96 | OWN PRODUCTS=not tested (pt forgot)
E/M=none today (plan made 11/10)
READS=12/03 and 12/05
Signed: Henrietta Voss MD
""",
    "expected": E([L("95044", 90)], ["mue"]),
    "coder_note": "95044 is per allergen: 80 + 16 = 96 tests, over the MUE of 90 -> capped at 90 with an mue finding "
                  "(README MUE rule). No E/M today.",
})

SCENARIOS.append({
    "id": "s58-photo-precoded-96910-for-nbuvb",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "NB-UVB cabinet session without tar or psoralen pre-coded 96910 -> 96900",
    "date": "2025-11-19",
    "patient": ("Fitzgerald", "Norah", "1957-08-16", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 10,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 15% BSA", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Photochemotherapy; tar and ultraviolet B (Goeckerman)", cpt="96910", site="Whole body",
          note="NB-UVB 311 nm cabinet, 1100 mJ/cm2, treatment #14. No tar applied, no psoralen.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Log - Harbor Point",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- HARBOR POINT PHOTOTHERAPY UNIT
DOS 11/19/2025 | PT Fitzgerald, Norah | DOB 08/16/1957 | SUPERVISING M. Baptiste MD | PHOTOTECH A. Greer

MD: 68F plaque psoriasis ~15% BSA, on NB-UVB 3x/wk after topicals failed; improving (BSA down from 22%).
Continue the course; no change today.

TX #=14 | MODALITY=NB-UVB 311nm | DEVICE=Daavlin cabinet | DOSE=1100 mJ/cm2 (+10%)
TAR=none | PSORALEN=none | EMOLLIENT=mineral oil thin layer pre-tx
ERYTHEMA LAST TX=none | GOGGLES=yes | GENITAL SHIELD=n/a
CHARGES (tech entry)=96910
NEXT=11/21
Signed: Marc Baptiste MD
""",
    "expected": E([L("96900")], ["coding-correction"], dx={"96900": ["L40.0"]}),
    "coder_note": "96910 requires tar/petrolatum with UVB (Goeckerman type); plain NB-UVB without tar or psoralen is "
                  "actinotherapy -> 96900 (rule book 4.8).",
})

SCENARIOS.append({
    "id": "s58-photo-excimer-four-sites-310-sqcm",
    "family": "phototherapy", "shape": "note-only",
    "description": "Excimer to elbow/knee plaques, 60 + 55 + 95 + 100 = 310 sq cm total -> 96921",
    "date": "2025-10-13",
    "patient": ("Sorensen", "Malik", "1986-12-03", "male"),
    "provider": "marchetti", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized, elbows and knees", "L40.0", "Elbows and knees", reason=True),
    ],
    "note_title": "Excimer Treatment - Riverbend",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- RIVERBEND OFFICE
DOS 10/13/2025 | PT Sorensen, Malik | DOB 12/03/1986 | PROVIDER L. Marchetti MD | MA S. Whitfield

MD: 38M, localized plaque psoriasis (~3% BSA) resistant to 4 months of topicals; excimer session #5 of 13.
Plaques thinning, no blistering.

PROC=308nm excimer | LOC=L elbow | AREA=60 sq cm | DOSE=600 mJ
PROC=308nm excimer | LOC=R elbow | AREA=55 sq cm | DOSE=600 mJ ; PROC=308nm excimer | LOC=L knee | AREA=95 sq cm | DOSE=700 mJ
PROC=308nm excimer | LOC=R knee | AREA=100 sq cm | DOSE=700 mJ
TOTAL AREA=310 sq cm (one session) | SIDE EFFECTS=mild erythema only
SCALP=not treated today (no device attachment)
NEXT=10/16
Signed: Luca Marchetti MD
""",
    "expected": E([L("96921")], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded once per session by the total area treated: 310 sq cm (250-500) -> 96921 x1.",
})

SCENARIOS.append({
    "id": "s58-tags-twenty-two-irritated-medicare",
    "family": "skin-tags", "shape": "note-only",
    "description": "22 irritated/bleeding skin tags removed (Medicare) -> 11200 + 11201 x1",
    "date": "2025-12-08",
    "patient": ("Blackwood", "Vernon", "1950-04-04", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, neck and axillae, inflamed and bleeding", "L91.8", "Neck and axillae", reason=True),
    ],
    "note_title": "Procedure Note - Eastgate",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- EASTGATE OFFICE
DOS 12/08/2025 | PT Blackwood, Vernon | DOB 04/04/1950 | PROVIDER A. Okafor MD | MA R. Delacroix

MD: 75M, many skin tags on the neck and in the axillae that catch on his collar and seatbelt; several red, swollen
and bleeding today. Symptomatic ones removed by snip + cautery.

PROC=snip excision | LOC=neck (ant 5, lat 7) | N=12 | FINDINGS=erythema, 3 with fresh blood
PROC=snip excision | LOC=R axilla 6; L axilla 4 | N=10 | FINDINGS=edema/erythema, rubbed by shirts
TOTAL=22 | HEMO=AlCl3 + light cautery | ANES=none needed (small)
PROC=tags | LOC=eyelids | STATUS=not done -- refer oculoplastics if bothersome
DX=inflamed/bleeding acrochordons | ABN=not needed (symptomatic, covered)
F/U=prn
Signed: Adaeze Okafor MD
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 covers up to 15 tags; 11201 = each additional 10 or part: 22 - 15 = 7 -> 1 unit. Bleeding and "
                  "inflammation documented -> covered (BSL-3 a, g), no GY/GA.",
})

SCENARIOS.append({
    "id": "s58-tags-forty-one-commercial-mue-cap",
    "family": "skin-tags", "shape": "free-text",
    "description": "41 symptomatic tags (18 + 15 + 8) -> 11200 + 11201 (3 by count, capped at MUE 1)",
    "date": "2026-01-20",
    "patient": ("Pryce", "Rhiannon", "1972-08-22", "female"),
    "provider": "chen", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Acrochordons, irritated, multiple sites", "L91.8", "Neck, axillae, inframammary", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", site="Neck",
          note="PROC=snip | LOC=neck | N=18 | SX=catch on necklaces, 4 bleeding", reasons=["c1"]),
        P("Removal of skin tags", site="Bilateral axillae",
          note="PROC=snip + cautery | LOC=axillae (R 9, L 6) | N=15 | SX=irritated, erythematous", reasons=["c1"]),
        P("Removal of skin tags", site="Inframammary folds",
          note="PROC=snip | LOC=inframammary (R 5, L 3) | N=8 | SX=macerated, rubbed by bra band", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Mill Creek",
    "note": """CONFLUENCE DERMATOLOGY GROUP -- MILL CREEK OFFICE
DOS 01/20/2026 | PT Pryce, Rhiannon | DOB 08/22/1972 | PROVIDER W. Chen MD | MA K. Ostrowski CMA

MD: 53F, numerous skin tags in friction areas, many irritated, bleeding or macerated; insurance pre-cert on file for
symptomatic removal. All symptomatic tags removed today.

PROC=snip | LOC=neck | N=18 ; PROC=snip+cautery | LOC=axillae | N=15 ; PROC=snip | LOC=inframammary | N=8
TOTAL=41 | HEMO=AlCl3 | ANES=topical LMX 30 min prior
PROC=tags | LOC=groin | STATUS=not treated today -- next visit
F/U=6 wk for groin
Signed: Wei Chen MD
""",
    "expected": E([L("11200"), L("11201")], ["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "41 tags: 11200 for the first 15, 11201 = ceil(26/10) = 3 units by count, but the 11201 MUE is 1 -> "
                  "capped at 1 with an mue finding (README). Groin tags not treated.",
})
