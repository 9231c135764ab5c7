"""Sealed set 53 (s53-): community-hospital outpatient dermatology department, legacy MEDITECH dictation.

St. Agatha Community Hospital, Outpatient Dermatology (Dept 4120). Notes are transcribed dictation in ALL CAPITALS,
fixed-width section headers, transcriptionist D:/T:/JOB# tags. Providers: okonkwo, abernathy, weiss (Mohs),
lindgren, santos. Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and
tests/corpus/README.md "File format" / "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HDR = ("ST. AGATHA COMMUNITY HOSPITAL          OUTPATIENT DERMATOLOGY - DEPT 4120\n"
       "======================================================================\n")

# ---------------------------------------------------------------------------------------------------------------
# 1-3 biopsy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-bx-punch-back-two-tangential-limbs",
    "family": "biopsy", "shape": "note-only",
    "description": "Punch bx L upper back + tangential bx R forearm and L shin; declined cryo of scalp AKs; Medicare FFS",
    "date": "2026-02-03",
    "patient": ("Kowalczyk", "Bernard", "1949-08-14", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Dysplastic compound nevus, left upper back", "D22.5", "Left upper back", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right forearm", "D04.61", "Right dorsal forearm", reason=True),
        C("c3", "Actinic keratosis, left shin", "L57.0", "Left anterior shin", reason=True),
        C("c4", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "path": [
        {"text": "A. SKIN, LEFT UPPER BACK, PUNCH: COMPOUND DYSPLASTIC NEVUS WITH MILD ATYPIA, MARGINS INVOLVED.",
         "site": "Left upper back", "date": "2026-02-06"},
        {"text": "B. SKIN, RIGHT DORSAL FOREARM, SHAVE: SQUAMOUS CELL CARCINOMA IN SITU (BOWEN DISEASE).",
         "site": "Right dorsal forearm", "date": "2026-02-06"},
        {"text": "C. SKIN, LEFT ANTERIOR SHIN, SHAVE: HYPERTROPHIC ACTINIC KERATOSIS.",
         "site": "Left anterior shin", "date": "2026-02-06"},
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: KOWALCZYK, BERNARD          MR#: SA00418832     ACCT#: V00119934021
DOS: 02/03/2026                       ATTENDING: CHIDI OKONKWO, MD
----------------------------------------------------------------------
REASON FOR VISIT:   76 Y/O M RETURNS FOR 3 SPOTS PT WIFE IS WORRIED
                    ABOUT. HX BCC R NASAL ALA S/P MOHS 2019, NO RECUR.
FINDINGS:           1. L UPPER BACK - 7 MM IRREGULAR BROWN MACULE,
                       DARKER THAN OTHER NEVI, WIFE SAYS IT HAS CHANGED.
                    2. R DORSAL FOREARM - 9 MM SCALY PINK PLAQUE.
                    3. L ANTERIOR SHIN - 6 MM HYPERKERATOTIC PAPULE.
                    4. SCATTERED GRITTY AKS ON SCALP, ABOUT A DOZEN.
PROCEDURE:          CONSENT SIGNED. TIME OUT. 1% LIDO W EPI.
                    #1 L UPPER BACK: 4 MM PUNCH BIOPSY TO FAT, ONE
                       4-0 NYLON SIMPLE INTERRUPTED.
                    #2 R DORSAL FOREARM: TANGENTIAL (SHAVE) BIOPSY
                       WITH DERMABLADE, PARTIAL THICKNESS, AL CL.
                    #3 L ANTERIOR SHIN: TANGENTIAL BIOPSY SAME
                       TECHNIQUE, AL CL.
                    ALL 3 SPECIMENS IN SEPARATE LABELED JARS A/B/C.
                    OFFERED LN2 TO THE SCALP AKS TODAY - PT DECLINED,
                    WANTS TO WAIT FOR THE [INAUDIBLE] RESULTS FIRST.
                    NO CRYO PERFORMED.
IMPRESSION:         R/O DYSPLASTIC NEVUS L BACK. R/O SCC VS AK R
                    FOREARM AND L SHIN. AKS SCALP, UNTREATED.
DISPOSITION:        WOUND CARE SHEET GIVEN. SUTURE OUT 10-14 DAYS.
                    WILL CALL WITH PATH.
ADDENDUM 02/06/2026: PATH REVIEWED - SEE PATHOLOGY. PT NOTIFIED.
                    BOWEN R FOREARM TO BE TREATED AT NEXT VISIT.

CHIDI OKONKWO, MD
D: 02/03/2026 14:12   T: 02/04/2026 08:40   JOB# 0204-3317   /MLK
""",
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["D22.5"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary, two tangential bx -> 11103 x2. Scalp AK cryo "
                  "offered and declined: nothing coded.",
})

SCENARIOS.append({
    "id": "s53-bx-precoded-deleted-11100-incisional-punch",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Pre-coded deleted 11100/11101; documented incisional wedge bx R thigh + punch for DIF L thigh",
    "date": "2026-02-10",
    "patient": ("Ferreira", "Luciana", "1981-05-02", "female"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Morphea, thighs", "L94.0", "Bilateral thighs", reason=True),
    ],
    "procedures": [
        P("BIOPSY SKIN LESION", "11100", "R lateral thigh",
          "WEDGE/INCISIONAL BX OF INDURATED PLAQUE TO SUBCUTIS, SINGLE LAYER 4-0 NYLON CLOSURE",
          ["c1"]),
        P("BIOPSY SKIN EA ADDL LESION", "11101", "L lateral thigh", "4 MM PUNCH, PERILESIONAL, FOR DIF",
          ["c1"]),
    ],
    "path": [
        {"text": "A. SKIN AND SUBCUTIS, RIGHT LATERAL THIGH, INCISIONAL: SCLEROSING DERMATITIS WITH THICKENED "
                 "HYALINIZED COLLAGEN BUNDLES, CONSISTENT WITH MORPHEA.", "site": "Right lateral thigh",
         "date": "2026-02-13"},
        {"text": "B. SKIN, LEFT LATERAL THIGH, PUNCH (MICHEL'S MEDIUM): DIRECT IMMUNOFLUORESCENCE NEGATIVE.",
         "site": "Left lateral thigh", "date": "2026-02-13"},
    ],
    "note_title": "DERMATOLOGY CLINIC NOTE",
    "note": HDR + """PATIENT: FERREIRA, LUCIANA            MR#: SA00522610
DOS: 02/10/2026                        PROVIDER: ASTRID LINDGREN, MD
----------------------------------------------------------------------
REASON FOR VISIT:   44 Y/O F, INDURATED PLAQUES BOTH LATERAL THIGHS
                    X 5 MO. SEEN 01/2026, BX PLANNED TODAY.
FINDINGS:           R LATERAL THIGH 6 X 4 CM IVORY SCLEROTIC PLAQUE
                    WITH LILAC BORDER. L LATERAL THIGH 3 CM SIMILAR.
                    NO SCLERODACTYLY. NO RAYNAUD.
PROCEDURE:          INFORMED CONSENT. LIDO 1% W EPI.
                    (A) R LATERAL THIGH: INCISIONAL WEDGE BIOPSY WITH
                    #15 BLADE ACROSS THE ACTIVE BORDER, FULL THICKNESS
                    TO SUBCUTANEOUS FAT. CLOSED WITH 4-0 NYLON X3,
                    SINGLE LAYER. NO DEEP SUTURES.
                    (B) L LATERAL THIGH: 4 MM PUNCH BIOPSY PERILESIONAL
                    SKIN INTO MICHEL'S MEDIUM FOR DIF. 1 SUTURE.
                    EBL MINIMAL. TOLERATED WELL.
IMPRESSION:         SCLEROSING PLAQUES THIGHS - MORPHEA VS
                    PANNICULITIS VS [INAUDIBLE].
DISPOSITION:        SUTURES OUT 2 WEEKS. IF MORPHEA, WILL DISCUSS
                    UVA1 VS METHOTREXATE NEXT VISIT - NOT STARTED.

ASTRID LINDGREN, MD
D: 02/10/2026   T: 02/11/2026   JOB# 0211-0458   /RDB
""",
    "expected": E([L("11106"), L("11105")], ["invalid-code"], dx={"11106": ["L94.0"]}),
    "coder_note": "11100/11101 deleted 2018 -> invalid-code. BX-1/BX-2: incisional wedge = 11106 primary; punch is the "
                  "second biopsy -> its own add-on 11105 (not 11104, PTP 11106/11104 indicator 0).",
})

SCENARIOS.append({
    "id": "s53-bx-tangential-cheek-em25-psoriasis-flare",
    "family": "biopsy", "shape": "free-text",
    "description": "Established psoriasis flare with Rx change (99214-25) + tangential bx of new L cheek papule; MA plan",
    "date": "2026-02-17",
    "patient": ("Odom", "Clarence", "1954-11-29", "male"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, flare", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Basal cell carcinoma, left malar cheek", "C44.319", "Left malar cheek", reason=True),
    ],
    "procedures": [
        P("TANGENTIAL BIOPSY", site="L MALAR CHEEK",
          note="5 MM PEARLY PAPULE. SHAVE BX WITH FLEXIBLE BLADE, PARTIAL THICKNESS. AL CL HEMOSTASIS. TO PATH.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "SKIN, LEFT MALAR CHEEK, SHAVE BIOPSY: BASAL CELL CARCINOMA, NODULAR TYPE, EXTENDING TO BASE.",
         "site": "Left malar cheek", "date": "2026-02-20"},
    ],
    "note_title": "DERMATOLOGY OFFICE VISIT",
    "note": HDR + """PATIENT: ODOM, CLARENCE               MR#: SA00310077
DOS: 02/17/2026                        PROVIDER: JUNE ABERNATHY, MD
----------------------------------------------------------------------
REASON FOR VISIT:   F/U PSORIASIS. ALSO NEW BUMP L CHEEK X 3 MO.
HX:                 PSORIASIS X 20 YRS. ON CLOBETASOL OINT BID TO
                    ELBOWS/KNEES AND FLUOCINOLONE SOLN TO SCALP. WORSE
                    SINCE THANKSGIVING, CRACKING KNEES, SCALP ITCH
                    KEEPING HIM UP. NO JOINT PAIN. NO NAIL CHANGES.
FINDINGS:           THICK SILVERY PLAQUES ELBOWS, KNEES, SCALP,
                    SACRUM. BSA APPROX 8 PCT. FISSURING R KNEE.
                    L MALAR CHEEK 5 MM PEARLY PAPULE WITH
                    TELANGIECTASIA.
IMPRESSION:         1. PSORIASIS VULGARIS, FLARING, NOT AT GOAL ON
                       SUPERPOTENT TOPICAL STEROID.
                    2. PAPULE L CHEEK - R/O BCC.
PLAN:               1. STOP CLOBETASOL. START CALCIPOTRIENE/
                       BETAMETHASONE FOAM DAILY X 4 WK (RX SENT).
                       CLOBETASOL SHAMPOO 2X/WK (RX). DISCUSSED THAT
                       IF NO BETTER IN 8 WK WE WOULD TALK ABOUT
                       PHOTOTHERAPY OR A BIOLOGIC - NOT ORDERED.
                    2. TANGENTIAL BX L CHEEK TODAY, SEE PROCEDURE.
DISPOSITION:        RTC 8 WK. WILL CALL WITH PATH.

JUNE ABERNATHY, MD
D: 02/17/2026   T: 02/18/2026   JOB# 0218-2201   /TQW
""",
    "expected": E([L("99214", 1, "25"), L("11102")], dx={"11102": ["C44.319"]}),
    "coder_note": "Psoriasis flare with Rx drug management is significant, separately identifiable work -> 99214-25 "
                  "(PTP 11102/99214 indicator 1). Phototherapy/biologic only discussed. No G2211 with a modifier-25 "
                  "E/M (EM-6).",
})

# ---------------------------------------------------------------------------------------------------------------
# 4-5 cosmetic
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-cos-sk-back-medicare-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Cryo of 4 asymptomatic SKs on the back at pt request, voluntary notice signed; Medicare FFS",
    "date": "2026-02-24",
    "patient": ("Haugland", "Marit", "1951-01-19", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, back", "L82.1", "Mid and lower back", reason=True),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: HAUGLAND, MARIT              MR#: SA00207745
DOS: 02/24/2026                        PROVIDER: RAFAEL SANTOS, MD
----------------------------------------------------------------------
REASON FOR VISIT:   75 Y/O F WANTS THE "BARNACLES" ON HER BACK
                    FROZEN OFF BEFORE A BEACH TRIP. SAYS THEY LOOK
                    UGLY IN A SWIMSUIT.
FINDINGS:           4 STUCK-ON TAN-BROWN WAXY PAPULES MID AND LOWER
                    BACK, 6-12 MM. NO ERYTHEMA, NO CRUST, NO BLEEDING.
                    PT DENIES ITCH, PAIN, IRRITATION FROM CLOTHING OR
                    ANY CHANGE. DERMOSCOPY CLASSIC SK, NOTHING
                    SUSPICIOUS.
PROCEDURE:          DISCUSSED THAT REMOVAL OF ASYMPTOMATIC SKS IS
                    COSMETIC AND NOT A MEDICARE BENEFIT. PT ELECTED
                    TO PROCEED AND SIGNED THE VOLUNTARY ADVANCE
                    NOTICE (ABN, OPTION 1), COPY IN CHART.
                    LN2 CRYOSURGERY TO 4 SKS, 1 FREEZE-THAW CYCLE
                    EACH, 5-10 SEC.
IMPRESSION:         SEBORRHEIC KERATOSES X4, BACK, ASYMPTOMATIC,
                    TREATED AT PATIENT REQUEST FOR APPEARANCE.
DISPOSITION:        BLISTER CARE REVIEWED. PRN.

RAFAEL SANTOS, MD
D: 02/24/2026   T: 02/25/2026   JOB# 0225-1190   /MLK
""",
    "expected": E([L("17110", 1, "GX", "GY")], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: asymptomatic SK destruction is statutorily excluded cosmetic on Medicare FFS -> GY, and "
                  "a voluntary ABN was signed -> GX as well.",
})

SCENARIOS.append({
    "id": "s53-cos-glycolic-peel-commercial-removed",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Pre-coded 15788 facial glycolic peel for photoaging/fine lines, self-pay; commercial -> no claim line",
    "date": "2026-03-03",
    "patient": ("Delacroix", "Simone", "1978-09-07", "female"),
    "provider": "lindgren", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [
        C("c1", "Encounter for cosmetic procedure", "Z41.1", "Face", reason=True),
    ],
    "procedures": [
        P("CHEMICAL PEEL, FACIAL, EPIDERMAL", "15788", "Full face",
          "35% GLYCOLIC ACID, 3 MIN, NEUTRALIZED. COSMETIC - PT SELF PAY PER AESTHETIC FEE SCHEDULE.", ["c1"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: DELACROIX, SIMONE            MR#: SA00633019
DOS: 03/03/2026                        PROVIDER: ASTRID LINDGREN, MD
----------------------------------------------------------------------
REASON FOR VISIT:   47 Y/O F FOR 2ND OF 4 PLANNED GLYCOLIC PEELS.
                    GOAL: "FRESHER LOOK", FINE LINES, DULL TEXTURE.
FINDINGS:           FITZPATRICK II. MILD PHOTOAGING, FINE
                    PERIORBITAL AND PERIORAL LINES. NO ACTIVE ACNE,
                    NO AKS, NO MELASMA. NO HSV HX.
PROCEDURE:          FACE CLEANSED, DEGREASED WITH ACETONE. 35 PCT
                    GLYCOLIC ACID APPLIED FOREHEAD, CHEEKS, CHIN,
                    NOSE X 3 MIN. NEUTRALIZED WITH BICARB. MILD
                    EVEN ERYTHEMA. NO FROSTING. SPF APPLIED.
IMPRESSION:         ELECTIVE COSMETIC CHEMICAL PEEL, WELL TOLERATED.
                    NO MEDICAL INDICATION.
DISPOSITION:        PT PAID AESTHETIC PACKAGE AT FRONT DESK, NOT TO
                    BE BILLED TO INSURANCE. NEXT PEEL 4 WK.

ASTRID LINDGREN, MD
D: 03/03/2026   T: 03/03/2026   JOB# 0303-0712   /RDB
""",
    "expected": E([], ["cosmetic"]),
    "coder_note": "COS-2 / conventions 'Non-Medicare cosmetic services': cosmetic peel for a commercial payer is not put "
                  "on the claim (patient billed directly).",
})

# ---------------------------------------------------------------------------------------------------------------
# 6-8 destruction
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-ds-ak-seventeen-precoded-17003x16",
    "family": "destruction", "shape": "pre-coded",
    "description": "Pre-coded 17000 + 17003 x16 for 17 AKs (scalp 9, forehead 5, R hand 3) -> 17004 x1; Medicare (NGS)",
    "date": "2026-03-10",
    "patient": ("Brannigan", "Thomas", "1944-04-22", "male"),
    "provider": "okonkwo", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp, forehead, right hand", "L57.0", "Scalp, forehead, right dorsal hand",
          reason=True),
    ],
    "procedures": [
        P("DESTRUCTION PREMALIGNANT LESION, FIRST", "17000", "Scalp", "LN2", ["c1"]),
        P("DESTRUCTION PREMALIGNANT LESION, EA ADDL 2-14 (QTY 16)", "17003", "Scalp/forehead/R hand",
          "LN2, 16 ADDITIONAL LESIONS", ["c1"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: BRANNIGAN, THOMAS            MR#: SA00100452
DOS: 03/10/2026                        PROVIDER: CHIDI OKONKWO, MD
----------------------------------------------------------------------
REASON FOR VISIT:   AK CHECK. 81 Y/O M, RETIRED ROOFER. LAST LN2
                    09/2025.
FINDINGS:           GRITTY ERYTHEMATOUS SCALY PAPULES:
                       SCALP (VERTEX/CROWN) ........ 9
                       FOREHEAD .................... 5
                       R DORSAL HAND ............... 3
                    TOTAL 17 AKS. NO INDURATED OR ULCERATED LESION.
                    NO CUTANEOUS HORN.
PROCEDURE:          VERBAL CONSENT. LN2 CRYOSURGERY TO ALL 17 AKS
                    LISTED ABOVE, 2 FREEZE-THAW CYCLES, 1-2 MM HALO.
IMPRESSION:         ACTINIC KERATOSES X17 - TREATED.
DISPOSITION:        DISCUSSED FIELD TX WITH 5-FU FOR NEXT WINTER,
                    NOT PRESCRIBED TODAY. RTC 6 MO.

CHIDI OKONKWO, MD
D: 03/10/2026   T: 03/11/2026   JOB# 0311-4420   /TQW
""",
    "expected": E([L("17004")], ["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000 + 17003 (17003 x16 also exceeds "
                  "its 2-14 range/MUE 13).",
})

SCENARIOS.append({
    "id": "s53-ds-hand-warts-six-medicaid",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 to 6 painful, bleeding common warts on hands; resolved plantar wart hx; Medicaid",
    "date": "2026-03-12",
    "patient": ("Tillman", "Jaylen", "2011-06-30", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Verruca vulgaris, bilateral hands", "B07.8", "Bilateral hands", reason=True),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: TILLMAN, JAYLEN              MR#: SA00744120
DOS: 03/12/2026                        PROVIDER: RAFAEL SANTOS, MD
----------------------------------------------------------------------
REASON FOR VISIT:   14 Y/O M WITH MOTHER. WARTS ON HANDS SPREADING
                    X 6 MO, HURT WHEN HE GRIPS A BAT, BLEED WHEN HE
                    PICKS THEM. SALICYLIC ACID OTC X 2 MO - NO HELP.
HX:                 PLANTAR WART L FOOT 2024, RESOLVED, NOT PRESENT
                    TODAY.
FINDINGS:           VERRUCOUS PAPULES:
                    R HAND - INDEX, MIDDLE FINGER, THENAR ........ 3
                    L HAND - THUMB, DORSUM X2 .................... 3
                    SIX (6) WARTS TOTAL, TWO WITH HEMORRHAGIC CRUST.
                    L PLANTAR FOOT CLEAR.
PROCEDURE:          VERBAL CONSENT FROM MOTHER. PARED LIGHTLY WITH
                    15 BLADE [INAUDIBLE]. LN2 CRYOSURGERY TO ALL 6
                    WARTS, 2 CYCLES.
IMPRESSION:         VERRUCA VULGARIS X6 HANDS, SYMPTOMATIC.
DISPOSITION:        REPEAT IN 3-4 WK. IF REFRACTORY MAY TRY CANDIDA
                    ANTIGEN INJECTIONS - NOT DONE TODAY.

RAFAEL SANTOS, MD
D: 03/12/2026   T: 03/13/2026   JOB# 0313-0081   /MLK
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2: 6 benign lesions -> 17110 x1 (up to 14). Light paring before cryo is part of the destruction. "
                  "Candida antigen injection only contemplated.",
})

SCENARIOS.append({
    "id": "s53-ds-scalp-aks-no-count-plus-forearm-bx",
    "family": "destruction", "shape": "free-text",
    "description": "LN2 to 'multiple' scalp AKs with no count (no line) + tangential bx of R forearm papule; MA PPO",
    "date": "2026-03-17",
    "patient": ("Pruitt", "Leonard", "1947-12-05", "male"),
    "provider": "okonkwo", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
        C("c2", "Squamous cell carcinoma, right forearm", "C44.622", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("CRYOSURGERY, ACTINIC KERATOSES", site="SCALP",
          note="LN2 TO MULTIPLE HYPERKERATOTIC AKS VERTEX AND CROWN, 2 CYCLES", reasons=["c1"]),
        P("TANGENTIAL BIOPSY", site="R DORSAL FOREARM",
          note="8 MM CRUSTED NODULE. SHAVE BIOPSY, PARTIAL THICKNESS, AL CL. TO PATH.", reasons=["c2"]),
    ],
    "path": [
        {"text": "SKIN, RIGHT DORSAL FOREARM, SHAVE: SQUAMOUS CELL CARCINOMA, WELL DIFFERENTIATED, EXTENDING TO "
                 "BASE.", "site": "Right dorsal forearm", "date": "2026-03-20"},
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: PRUITT, LEONARD              MR#: SA00388215
DOS: 03/17/2026                        PROVIDER: CHIDI OKONKWO, MD
----------------------------------------------------------------------
REASON FOR VISIT:   SCALP ROUGH SPOTS AND A SORE ON R ARM THAT
                    WON'T HEAL X 2 MO.
FINDINGS:           SCALP: MULTIPLE GRITTY HYPERKERATOTIC PAPULES ON
                    ERYTHEMATOUS BASE, VERTEX AND CROWN.
                    R DORSAL FOREARM: 8 MM CRUSTED KERATOTIC NODULE.
PROCEDURE:          1. LN2 CRYO TO THE SCALP AKS, 2 FREEZE-THAW
                       CYCLES EACH.
                    2. R FOREARM: TANGENTIAL BIOPSY WITH DERMABLADE,
                       AL CL. SPECIMEN TO PATH.
IMPRESSION:         1. AKS SCALP, TREATED.
                    2. R/O SCC R FOREARM.
DISPOSITION:        PATH PENDING. IF SCC WILL SCHEDULE EXCISION.

CHIDI OKONKWO, MD
D: 03/17/2026   T: 03/18/2026   JOB# 0318-2675   /RDB
""",
    "expected": E([L("11102")], ["missing-documentation"], dx={"11102": ["C44.622"]}),
    "coder_note": "README 'Coding decisions': no AK count documented anywhere ('multiple') -> no 17000/17003/17004 line, "
                  "missing-documentation. Forearm tangential bx -> 11102 (SCC on path).",
})

# ---------------------------------------------------------------------------------------------------------------
# 9-10 em
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-em-screening-fse-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "New pt screening-only full skin exam, no hx/complaint/findings; Medicare FFS -> 99203-GY",
    "date": "2026-03-19",
    "patient": ("Vandermeer", "Gerald", "1959-02-11", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "DERMATOLOGY NEW PATIENT VISIT",
    "note": HDR + """PATIENT: VANDERMEER, GERALD           MR#: SA00801146
DOS: 03/19/2026                        PROVIDER: JUNE ABERNATHY, MD
----------------------------------------------------------------------
REASON FOR VISIT:   67 Y/O M NEW PT, "JUST WANTS A SKIN CHECK". NEW
                    TO MEDICARE, HIS WIFE SCHEDULED IT.
HX:                 NO PERSONAL HX OF SKIN CANCER OR ABNORMAL MOLES.
                    NO BIOPSIES EVER. NO NEW, CHANGING, BLEEDING OR
                    ITCHY LESIONS PER PT. NO SKIN COMPLAINTS AT ALL.
                    MEDS: ATORVASTATIN. NKDA.
FINDINGS:           FULL SKIN EXAM SCALP TO SOLES INCL. NAILS AND
                    MUCOSA: NO SUSPICIOUS PIGMENTED OR NONPIGMENTED
                    LESIONS. NO AKS. NO RASH. EXAM UNREMARKABLE.
IMPRESSION:         SKIN CANCER SCREENING, NORMAL EXAM.
DISPOSITION:        SUN PROTECTION COUNSELING. SELF-EXAM MONTHLY.
                    RTC PRN. PT TOLD MEDICARE MAY NOT PAY FOR A
                    SCREENING VISIT; NO ABN/NOTICE WAS SIGNED.

JUNE ABERNATHY, MD
D: 03/19/2026   T: 03/20/2026   JOB# 0320-1302   /TQW
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare screening-only skin exam (no history, no complaint, nothing found) is a "
                  "statutory exclusion -> E/M with GY; no voluntary notice -> no GX.",
})

SCENARIOS.append({
    "id": "s53-em-new-drug-eruption-99205-prolonged",
    "family": "em", "shape": "note-only",
    "description": "New pt, generalized drug eruption with DRESS concern, admitted; 93 min total time; Medicare FFS",
    "date": "2026-03-24",
    "patient": ("Quintero", "Rosalind", "1953-07-16", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 93, "em": "99205",
    "conditions": [
        C("c1", "Generalized drug eruption due to amoxicillin", "L27.0", "Generalized", reason=True),
        C("c2", "Adverse effect of penicillins, initial encounter", "T36.0X5A"),
    ],
    "note_title": "DERMATOLOGY NEW PATIENT CONSULTATION",
    "note": HDR + """PATIENT: QUINTERO, ROSALIND           MR#: SA00812530
DOS: 03/24/2026                        PROVIDER: ASTRID LINDGREN, MD
REFERRED BY: ST. AGATHA URGENT CARE (SAME-DAY ADD-ON)
----------------------------------------------------------------------
REASON FOR VISIT:   72 Y/O F, SPREADING RED RASH X 3 DAYS, FACIAL
                    SWELLING, FEVER 38.4 AT URGENT CARE.
HX:                 AMOXICILLIN STARTED 9 DAYS AGO FOR SINUSITIS
                    (LAST DOSE YESTERDAY). NO PRIOR DRUG ALLERGY.
                    NO MUCOSAL PAIN. NO BLISTERS. NO NEW OTHER MEDS.
FINDINGS:           MORBILLIFORM ERUPTION 80 PCT BSA, CONFLUENT ON
                    TRUNK. CENTROFACIAL EDEMA. SHOTTY CERVICAL NODES.
                    NIKOLSKY NEG. NO TARGETS. ORAL/OCULAR MUCOSA
                    CLEAR.
DATA:               REVIEWED URGENT CARE CBC: EOS 1.9. ORDERED CMP,
                    LFTS, CR, REPEAT CBC W DIFF, HHV-6 SEROLOGY.
                    DISCUSSED WITH PCP DR. HALE BY PHONE.
IMPRESSION:         GENERALIZED DRUG ERUPTION TO AMOXICILLIN, CONCERN
                    FOR EARLY DRESS. NOT SJS/TEN.
PLAN:               AMOXICILLIN DISCONTINUED, ADDED TO ALLERGY LIST.
                    DECISION MADE WITH PT AND DAUGHTER FOR DIRECT
                    ADMISSION TO MEDICINE FOR MONITORING AND
                    SYSTEMIC STEROIDS. SKIN BIOPSY DEFERRED TO THE
                    INPATIENT TEAM - NOT PERFORMED HERE.
                    PT'S ONGOING CARE WILL BE WITH INPATIENT TEAM
                    AND PCP; NO LONGITUDINAL DERM F/U PLANNED HERE.
TIME:               TOTAL TIME ON DATE OF SERVICE 93 MINUTES (EXAM,
                    HISTORY FROM DAUGHTER, REVIEW OF OUTSIDE LABS,
                    CALLS TO PCP AND ADMITTING HOSPITALIST,
                    DOCUMENTATION). NO SEPARATELY BILLED PROCEDURES.

ASTRID LINDGREN, MD
D: 03/24/2026   T: 03/24/2026   JOB# 0324-5577   /MLK
""",
    "expected": E([L("99205"), L("G2212")], dx={"99205": ["L27.0"]}),
    "coder_note": "EM-3/EM-5: new pt 99205 by time; Medicare prolonged service G2212 starts at 89 min for 99205 -> "
                  "93 min = 1 unit (99417 not valid for Medicare). No procedure, no G2211 (no longitudinal care).",
})

# ---------------------------------------------------------------------------------------------------------------
# 11-12 em
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-em-new-pt-finger-wart-decision-only-precoded",
    "family": "em", "shape": "pre-coded",
    "description": "New pt, single painful finger wart, E/M 99203 pre-coded with 17110; only work is the cryo decision",
    "date": "2026-03-26",
    "patient": ("Abernethy-Cole", "Priya", "1996-10-21", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 15, "em": "99203",
    "conditions": [
        C("c1", "Verruca vulgaris, right index finger", "B07.8", "Right index finger", reason=True),
    ],
    "procedures": [
        P("DESTRUCTION BENIGN LESION, UP TO 14", "17110", "R index finger", "LN2 X 2 CYCLES", ["c1"]),
    ],
    "note_title": "DERMATOLOGY NEW PATIENT VISIT",
    "note": HDR + """PATIENT: ABERNETHY-COLE, PRIYA        MR#: SA00820017
DOS: 03/26/2026                        PROVIDER: RAFAEL SANTOS, MD
----------------------------------------------------------------------
REASON FOR VISIT:   29 Y/O F NEW PT. WART R INDEX FINGER X 4 MO,
                    SORE WHEN SHE WRITES OR TYPES.
HX:                 NO OTHER SKIN CONCERNS. OTC FREEZE KIT X1, NO
                    HELP. NO IMMUNOSUPPRESSION. NO MEDS.
FINDINGS:           FOCUSED EXAM R HAND: 5 MM VERRUCOUS PAPULE
                    RADIAL R INDEX FINGER, PINPOINT BLACK DOTS. NO
                    OTHER WARTS ON HANDS.
IMPRESSION:         VERRUCA VULGARIS R INDEX FINGER, PAINFUL.
PLAN/PROCEDURE:     DISCUSSED CRYO VS CONTINUE OTC. PT CHOSE CRYO.
                    LN2 TO THE WART, 2 FREEZE-THAW CYCLES.
DISPOSITION:        BLISTER CARE. RTC 3 WK FOR REPEAT IF NEEDED.

RAFAEL SANTOS, MD
D: 03/26/2026   T: 03/27/2026   JOB# 0327-0940   /RDB
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "GS-3 / README: the only E/M work is evaluating the wart and deciding on the minor procedure; a new "
                  "patient alone does not justify an E/M -> 99203 removed, 17110 only.",
})

SCENARIOS.append({
    "id": "s53-em-new-poison-ivy-acd-99203",
    "family": "em", "shape": "note-only",
    "description": "New pt acute allergic contact dermatitis to poison ivy, Rx topical steroid; provider-selected 99203; Medicaid MCO",
    "date": "2026-04-02",
    "patient": ("Redcloud", "Dakota", "1988-03-09", "male"),
    "provider": "abernathy", "payer": "medicaid-mco", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to plants (poison ivy)", "L23.7", "Bilateral forearms",
          reason=True),
    ],
    "note_title": "DERMATOLOGY NEW PATIENT VISIT",
    "note": HDR + """PATIENT: REDCLOUD, DAKOTA             MR#: SA00823391
DOS: 04/02/2026                        PROVIDER: JUNE ABERNATHY, MD
----------------------------------------------------------------------
REASON FOR VISIT:   36 Y/O M NEW PT, ITCHY BLISTERY RASH BOTH ARMS
                    X 4 DAYS AFTER CLEARING BRUSH BEHIND HIS HOUSE.
HX:                 TRIED CALAMINE AND OTC HYDROCORTISONE 1 PCT - NO
                    RELIEF, CAN'T SLEEP. NO FEVER. NO FACE OR
                    GENITAL INVOLVEMENT. NO PRIOR SKIN HX.
FINDINGS:           LINEAR STREAKS OF VESICLES AND EDEMATOUS PAPULES
                    ON ERYTHEMATOUS BASE, BILATERAL VOLAR FOREARMS.
                    NO HONEY CRUST, NO PUS, NO LYMPHANGITIC STREAK.
                    APPROX 4 PCT BSA.
IMPRESSION:         ACUTE ALLERGIC CONTACT DERMATITIS - TOXICODENDRON
                    (POISON IVY). NO SECONDARY INFECTION.
PLAN:               TRIAMCINOLONE 0.1 PCT CREAM BID X 14 DAYS (RX
                    SENT). CETIRIZINE QHS FOR ITCH. WASH CLOTHES AND
                    GLOVES. SYSTEMIC STEROIDS NOT NEEDED AT THIS BSA.
                    PATCH TESTING NOT INDICATED - CAUSE IS CLEAR.
DISPOSITION:        RTC PRN OR IF SPREADS TO FACE.

JUNE ABERNATHY, MD
D: 04/02/2026   T: 04/03/2026   JOB# 0403-1148   /MLK
""",
    "expected": E([L("99203")], dx={"99203": ["L23.7"]}),
    "coder_note": "Stand-alone new-patient E/M, kept at the documented level (acute problem + Rx management = low MDM). "
                  "No procedure; patch testing and systemic steroids explicitly not done.",
})

# ---------------------------------------------------------------------------------------------------------------
# 13-15 excision-benign
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-exb-inflamed-cyst-upper-back-intermediate",
    "family": "excision-benign", "shape": "note-only",
    "description": "Inflamed epidermoid cyst upper back 2.1 cm + 2 mm margins (2.5 cm), layered closure 3.4 cm; Medicare FFS",
    "date": "2026-04-07",
    "patient": ("Gustafson", "Earl", "1950-10-03", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Epidermal cyst, upper back, inflamed", "L72.0", "Upper back", reason=True),
    ],
    "path": [
        {"text": "SKIN AND SUBCUTIS, UPPER BACK, EXCISION: RUPTURED EPIDERMAL INCLUSION CYST WITH FOREIGN BODY "
                 "GIANT CELL REACTION. NO ATYPIA.", "site": "Upper back", "date": "2026-04-10"},
    ],
    "note_title": "DERMATOLOGY OPERATIVE NOTE",
    "note": HDR + """PATIENT: GUSTAFSON, EARL              MR#: SA00290188
DOS: 04/07/2026                        SURGEON: CHIDI OKONKWO, MD
----------------------------------------------------------------------
REASON FOR VISIT:   CYST UPPER BACK, RECURRENTLY INFLAMED, PAINFUL
                    LYING ON IT, DRAINED FOUL MATERIAL X2 SINCE FALL.
                    S/P I&D AT URGENT CARE 2025. MILDLY INFLAMED
                    TODAY, NOT ACUTELY INFECTED - OK TO EXCISE.
FINDINGS:           UPPER BACK MIDLINE: 2.1 X 1.6 CM TENDER
                    SUBCUTANEOUS CYST WITH PUNCTUM, MILD ERYTHEMA.
PROCEDURE:          EXCISION, BENIGN LESION.
                    CONSENT, TIME OUT. LIDO 1 PCT W EPI 8 ML.
                    ELLIPSE DESIGNED AROUND THE CYST WITH 2 MM
                    MARGINS (NARROWEST 2 MM, UP TO 3 MM AT POLES).
                    EXCISED TO FASCIA, CYST WALL REMOVED INTACT
                    EXCEPT SMALL RUPTURE AT BASE.
                    REPAIR: LAYERED CLOSURE - 3-0 VICRYL DEEP
                    DERMAL/SUBCUTANEOUS SUTURES, 4-0 PROLENE RUNNING
                    ON TOP. FINAL LENGTH 3.4 CM.
                    EBL < 5 ML. NO COMPLICATIONS.
IMPRESSION:         INFLAMED EPIDERMOID CYST UPPER BACK, EXCISED.
DISPOSITION:        SUTURES OUT 12-14 DAYS. PATH PENDING.

CHIDI OKONKWO, MD
D: 04/07/2026   T: 04/08/2026   JOB# 0408-3306   /TQW
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.1 cm + 2 x 0.2 cm = 2.5 cm, trunk -> 11403. EX-5: layered closure 3.4 cm trunk -> 12032 "
                  "separately. Recurrent inflammation/pain documented (BSL-3), so covered.",
})

SCENARIOS.append({
    "id": "s53-exb-scalp-dysplastic-nevus-precoded-malignant",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Pre-coded 11622 for scalp nevus excision; path dysplastic nevus (benign), 0.8 cm + 2 mm margins -> 11422",
    "date": "2026-04-09",
    "patient": ("Nakagawa", "Eli", "1990-12-12", "male"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 35,
    "conditions": [
        C("c1", "Dysplastic nevus, scalp", "D22.4", "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("EXCISION MALIGNANT LESION SCALP 1.1-2.0 CM", "11622", "L parietal scalp",
          "0.8 CM CHANGING PIGMENTED LESION, 2 MM MARGINS, SIMPLE CLOSURE", ["c1"]),
    ],
    "path": [
        {"text": "SKIN, LEFT PARIETAL SCALP, EXCISION: COMPOUND DYSPLASTIC NEVUS WITH MODERATE CYTOLOGIC ATYPIA. "
                 "MARGINS FREE. NO MELANOMA.", "site": "Left parietal scalp", "date": "2026-04-14"},
    ],
    "note_title": "DERMATOLOGY OPERATIVE NOTE",
    "note": HDR + """PATIENT: NAKAGAWA, ELI                MR#: SA00699204
DOS: 04/09/2026                        SURGEON: ASTRID LINDGREN, MD
----------------------------------------------------------------------
REASON FOR VISIT:   CHANGING MOLE L SCALP, BARBER NOTICED IT GOT
                    DARKER. DERMOSCOPY LAST VISIT ATYPICAL NETWORK.
FINDINGS:           L PARIETAL SCALP 0.8 X 0.6 CM IRREGULAR BROWN-
                    BLACK MACULE.
PROCEDURE:          EXCISION. CONSENT. LIDO 1 PCT W EPI. HAIR
                    CLIPPED. ELLIPSE WITH 2 MM MARGINS AROUND THE
                    LESION, EXCISED TO SUBCUTANEOUS FAT. SIMPLE
                    SINGLE-LAYER CLOSURE WITH 4-0 NYLON, NO DEEP
                    SUTURES, NO UNDERMINING.
IMPRESSION:         ATYPICAL PIGMENTED LESION L SCALP - R/O MELANOMA.
DISPOSITION:        SUTURES OUT 10 DAYS.
ADDENDUM 04/14/2026: PATH - DYSPLASTIC NEVUS, MODERATE ATYPIA,
                    MARGINS CLEAR. NO FURTHER SURGERY. SKIN CHECKS
                    Q 6 MO.

ASTRID LINDGREN, MD
D: 04/09/2026   T: 04/10/2026   JOB# 0410-0217   /RDB
""",
    "expected": E([L("11422")], ["coding-correction"], dx={"11422": ["D22.4"]}),
    "coder_note": "EX-3: moderately dysplastic nevus is benign -> benign excision family; 0.8 + 2 x 0.2 = 1.2 cm scalp "
                  "(SNHFG) -> 11422. Simple closure included.",
})

SCENARIOS.append({
    "id": "s53-exb-thigh-dermatofibroma-no-lesion-size",
    "family": "excision-benign", "shape": "free-text",
    "description": "Painful dermatofibroma L thigh excised with 2 mm margins, lesion size never recorded; layered closure 3.2 cm; Medicaid",
    "date": "2026-04-14",
    "patient": ("Mbeki", "Thandiwe", "1985-08-25", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Dermatofibroma, left thigh", "D23.72", "Left anterior thigh", reason=True),
    ],
    "procedures": [
        P("EXCISION BENIGN LESION", site="L ANTERIOR THIGH",
          note="FIRM TENDER PAPULE, NICKED SHAVING X3 WITH BLEEDING. FUSIFORM EXCISION WITH 2 MM MARGINS, "
               "ELLIPSE 3.2 CM LONG.", reasons=["c1"]),
        P("INTERMEDIATE REPAIR", site="L ANTERIOR THIGH",
          note="LAYERED CLOSURE 4-0 MONOCRYL DEEP, 5-0 NYLON SUPERFICIAL, FINAL LENGTH 3.2 CM", reasons=["c1"]),
    ],
    "path": [
        {"text": "SKIN, LEFT ANTERIOR THIGH, EXCISION: DERMATOFIBROMA (BENIGN FIBROUS HISTIOCYTOMA), COMPLETELY "
                 "EXCISED.", "site": "Left anterior thigh", "date": "2026-04-17"},
    ],
    "note_title": "DERMATOLOGY OPERATIVE NOTE",
    "note": HDR + """PATIENT: MBEKI, THANDIWE              MR#: SA00571083
DOS: 04/14/2026                        SURGEON: JUNE ABERNATHY, MD
----------------------------------------------------------------------
REASON FOR VISIT:   TENDER BUMP L THIGH, CUTS IT SHAVING, BLED 3
                    TIMES THIS MONTH.
FINDINGS:           FIRM HYPERPIGMENTED DERMAL PAPULE L ANTERIOR
                    THIGH, POSITIVE DIMPLE SIGN, TENDER.
PROCEDURE:          EXCISION. CONSENT. LIDO 1 PCT W EPI. FUSIFORM
                    EXCISION WITH 2 MM MARGINS AROUND THE PAPULE TO
                    SUBCUT FAT. ELLIPSE LENGTH 3.2 CM.
                    REPAIR: LAYERED - 4-0 MONOCRYL BURIED DERMAL,
                    5-0 NYLON SIMPLE INTERRUPTED. REPAIR LENGTH
                    3.2 CM.
IMPRESSION:         DERMATOFIBROMA L THIGH, SYMPTOMATIC.
DISPOSITION:        SUTURES OUT 14 DAYS.

JUNE ABERNATHY, MD
D: 04/14/2026   T: 04/15/2026   JOB# 0415-2290   /MLK
""",
    "expected": E([L("12032")], ["missing-documentation"], dx={"12032": ["D23.72"]}),
    "coder_note": "EX-1: excision size needs the lesion diameter, never the ellipse length; lesion size not documented -> "
                  "no 1140x line, missing-documentation (README). Layered closure 3.2 cm thigh -> 12032 kept.",
})

# ---------------------------------------------------------------------------------------------------------------
# 16-18 excision-malignant
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-exm-scc-dorsal-hand-intermediate-repair",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision of bx-proven SCC R dorsal hand, 1.1 cm + 4 mm margins (1.9 cm), layered repair 3.5 cm; Medicare FFS",
    "date": "2026-04-16",
    "patient": ("Lindahl", "Walter", "1942-05-18", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal hand", "C44.622", "Right dorsal hand", reason=True),
    ],
    "prior": [
        PRIOR("2026-04-01", "11102", "Tangential biopsy R dorsal hand", "Right dorsal hand",
              "Path: invasive SCC, well differentiated"),
    ],
    "path": [
        {"text": "SKIN, RIGHT DORSAL HAND, EXCISION: RESIDUAL SQUAMOUS CELL CARCINOMA, WELL DIFFERENTIATED. "
                 "MARGINS FREE, CLOSEST 3 MM.", "site": "Right dorsal hand", "date": "2026-04-20"},
    ],
    "note_title": "DERMATOLOGY OPERATIVE NOTE",
    "note": HDR + """PATIENT: LINDAHL, WALTER              MR#: SA00150371
DOS: 04/16/2026                        SURGEON: CHIDI OKONKWO, MD
----------------------------------------------------------------------
REASON FOR VISIT:   EXCISION OF BIOPSY-PROVEN SCC R DORSAL HAND
                    (SHAVE BX 04/01/2026 - WELL DIFF SCC). PT
                    DECLINED MOHS REFERRAL (90 MI DRIVE).
FINDINGS:           R DORSAL HAND, OVER 3RD METACARPAL: 1.1 X 0.9 CM
                    HEALING BIOPSY SITE WITH RESIDUAL KERATOTIC
                    RIM. NO PALPABLE EPITROCHLEAR/AXILLARY NODES.
PROCEDURE:          EXCISION, MALIGNANT LESION.
                    CONSENT, TIME OUT. LIDO 1 PCT W EPI.
                    MARGINS MARKED AT 4 MM CIRCUMFERENTIALLY (1.1 CM
                    LESION + 4 MM EACH SIDE). ELLIPSE EXCISED TO
                    THE LEVEL OF SUPERFICIAL FASCIA, EXTENSOR
                    TENDONS NOT EXPOSED. SPECIMEN TAGGED 12:00.
                    REPAIR: INTERMEDIATE, LAYERED CLOSURE WITH 4-0
                    VICRYL DEEP AND 5-0 PROLENE, FINAL LENGTH
                    3.5 CM.
IMPRESSION:         SCC R DORSAL HAND, EXCISED.
DISPOSITION:        ELEVATE HAND. SUTURES OUT 12 DAYS.

CHIDI OKONKWO, MD
D: 04/16/2026   T: 04/17/2026   JOB# 0417-1883   /TQW
""",
    "expected": E([L("11622"), L("12042")], dx={"11622": ["C44.622"]}),
    "coder_note": "EX-1/EX-2: 1.1 + 2 x 0.4 = 1.9 cm on the hand (SNHFG) -> 11622. EX-5/REP-2: layered repair of the "
                  "hand is in the 12041-12047 group, 3.5 cm -> 12042. Prior biopsy is 000 global, no modifier.",
})

SCENARIOS.append({
    "id": "s53-exm-mis-cheek-reexcision-in-global-58",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision of MIS L cheek for positive margin 7 days after 11642 (in 010 global); scar 1.5 cm + 5 mm; MA plan",
    "date": "2026-04-21",
    "patient": ("Petrakis", "Eleni", "1956-02-27", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [
        C("c1", "Melanoma in situ, left cheek", "D03.39", "Left cheek", reason=True),
    ],
    "procedures": [
        P("RE-EXCISION MALIGNANT LESION FACE 2.1-3.0 CM", "11643", "L cheek",
          "WIDER EXCISION FOR POSITIVE LATERAL MARGIN, MIS", ["c1"]),
    ],
    "prior": [
        PRIOR("2026-04-14", "11642", "Excision malignant lesion L cheek", "Left cheek",
              "MIS, lateral margin involved"),
    ],
    "path": [
        {"text": "SKIN, LEFT CHEEK, RE-EXCISION: HEALING SCAR WITH NO RESIDUAL MELANOMA IN SITU. MARGINS FREE.",
         "site": "Left cheek", "date": "2026-04-24"},
    ],
    "note_title": "DERMATOLOGY OPERATIVE NOTE",
    "note": HDR + """PATIENT: PETRAKIS, ELENI              MR#: SA00477129
DOS: 04/21/2026                        SURGEON: ASTRID LINDGREN, MD
----------------------------------------------------------------------
REASON FOR VISIT:   PLANNED RE-EXCISION. EXCISED MELANOMA IN SITU L
                    CHEEK 04/14/2026 HERE - PATH SHOWED LATERAL
                    MARGIN INVOLVED. RETURNS AS DISCUSSED FOR WIDER
                    MARGINS.
FINDINGS:           L CHEEK 1.5 CM LINEAR HEALING SCAR, NO PIGMENT.
PROCEDURE:          RE-EXCISION. CONSENT. LIDO 1 PCT W EPI.
                    5 MM MARGINS MARKED AROUND THE 1.5 CM SCAR.
                    EXCISED TO SUBCUT FAT, SPECIMEN ORIENTED.
                    CLOSED IN A SINGLE LAYER WITH 5-0 FAST-ABSORBING
                    GUT AFTER MINIMAL UNDERMINING - NO DEEP SUTURES.
IMPRESSION:         MIS L CHEEK, S/P RE-EXCISION FOR POSITIVE
                    MARGIN.
DISPOSITION:        PATH PENDING. RTC 1 WK.

ASTRID LINDGREN, MD
D: 04/21/2026   T: 04/22/2026   JOB# 0422-0765   /RDB
""",
    "expected": E([L("11643", 1, "58")], ["global-period"], dx={"11643": ["D03.39"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of 11642 -> staged/related, 58. "
                  "1.5 + 2 x 0.5 = 2.5 cm face -> 11643; stays malignant though the re-excision is clear; MIS still "
                  "under treatment -> D03.39 (DX-4). Simple closure included.",
})

SCENARIOS.append({
    "id": "s53-exm-upper-arm-lesion-path-melanoma",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Excision of atypical pigmented lesion L upper arm 0.7 cm + 2 mm; path invasive melanoma -> 11602; commercial",
    "date": "2026-04-23",
    "patient": ("Sorensen", "Kaja", "1972-04-04", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Malignant melanoma, left upper arm", "C43.62", "Left posterior upper arm", reason=True),
    ],
    "procedures": [
        P("EXCISION PIGMENTED LESION", site="L POSTERIOR UPPER ARM",
          note="0.7 CM ASYMMETRIC MULTICOLORED MACULE. EXCISED WITH 2 MM MARGINS TO FAT. SIMPLE CLOSURE 4-0 "
               "NYLON.", reasons=["c1"]),
    ],
    "path": [
        {"text": "SKIN, LEFT POSTERIOR UPPER ARM, EXCISION: MALIGNANT MELANOMA, SUPERFICIAL SPREADING TYPE, BRESLOW "
                 "0.4 MM, CLARK III, NO ULCERATION, MITOSES <1/MM2. PERIPHERAL MARGINS CLOSE (1 MM).",
         "site": "Left posterior upper arm", "date": "2026-04-28"},
    ],
    "note_title": "DERMATOLOGY OPERATIVE NOTE",
    "note": HDR + """PATIENT: SORENSEN, KAJA               MR#: SA00580642
DOS: 04/23/2026                        SURGEON: JUNE ABERNATHY, MD
----------------------------------------------------------------------
REASON FOR VISIT:   NEW DARK SPOT BACK OF L ARM, HUSBAND NOTICED.
FINDINGS:           L POSTERIOR UPPER ARM 0.7 X 0.5 CM ASYMMETRIC
                    BROWN-BLACK-PINK MACULE, IRREGULAR BORDER.
                    DERMOSCOPY: ATYPICAL NETWORK, REGRESSION.
PROCEDURE:          EXCISIONAL BIOPSY WITH NARROW 2 MM MARGINS.
                    LIDO 1 PCT W EPI. ELLIPSE TO SUBCUT FAT.
                    SIMPLE CLOSURE 4-0 NYLON. EBL MINIMAL.
IMPRESSION:         ATYPICAL PIGMENTED LESION - R/O MELANOMA.
DISPOSITION:        PATH PENDING. SUTURES OUT 10-12 DAYS.
ADDENDUM 04/28/2026: PATH = INVASIVE MELANOMA 0.4 MM. PT CALLED.
                    WIDE LOCAL EXCISION 1 CM MARGINS TO BE
                    SCHEDULED. SLNB NOT INDICATED AT THIS DEPTH.

JUNE ABERNATHY, MD
D: 04/23/2026   T: 04/24/2026   JOB# 0424-3012   /TQW
""",
    "expected": E([L("11602")], dx={"11602": ["C43.62"]}),
    "coder_note": "EX-3/DX-2: code from final pathology (melanoma) -> malignant family. 0.7 + 2 x 0.2 = 1.1 cm arm -> "
                  "11602. The 'excisional biopsy' removed the whole lesion (BX-4) so it is an excision, not 11106. "
                  "WLE only planned.",
})

# ---------------------------------------------------------------------------------------------------------------
# 19-20 incision-drainage
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-id-single-axillary-abscess-simple",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D of a single 2 cm abscess R axilla, no packing or loculations; Medicaid",
    "date": "2026-04-28",
    "patient": ("Castillo", "Marco", "1999-01-15", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: CASTILLO, MARCO              MR#: SA00834402
DOS: 04/28/2026                        PROVIDER: RAFAEL SANTOS, MD
----------------------------------------------------------------------
REASON FOR VISIT:   27 Y/O M, PAINFUL LUMP R ARMPIT X 4 DAYS.
                    NO HX OF RECURRENT BOILS, NO HIDRADENITIS, NO
                    FEVER.
FINDINGS:           R AXILLA: SINGLE 2 CM FLUCTUANT TENDER NODULE
                    WITH 1 CM SURROUNDING ERYTHEMA. NO OTHER
                    LESIONS IN EITHER AXILLA OR GROIN. NO STREAKING.
PROCEDURE:          INCISION AND DRAINAGE, SIMPLE.
                    CONSENT. LIDO 1 PCT 3 ML. 1 CM STAB INCISION
                    WITH 11 BLADE, APPROX 4 ML PURULENT MATERIAL
                    EXPRESSED. NO LOCULATIONS ON PROBING. IRRIGATED
                    WITH SALINE. NO PACKING REQUIRED. CULTURE SENT.
IMPRESSION:         SIMPLE ABSCESS R AXILLA, DRAINED.
DISPOSITION:        WARM COMPRESSES TID. NO ANTIBIOTICS NEEDED AT
                    THIS TIME. RTC 1 WK OR SOONER IF FEVER
                    [INAUDIBLE] REDNESS SPREADS.

RAFAEL SANTOS, MD
D: 04/28/2026   T: 04/29/2026   JOB# 0429-0344   /MLK
""",
    "expected": E([L("10060")], dx={"10060": ["L02.411"]}),
    "coder_note": "Single, simple abscess, no packing/loculations -> 10060 (not 10061).",
})

SCENARIOS.append({
    "id": "s53-id-three-thigh-abscesses-precoded-simple",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Pre-coded 10060; note documents three separate L thigh abscesses drained, loculations, packing -> 10061",
    "date": "2026-04-30",
    "patient": ("Whitfield", "Darnell", "1983-11-02", "male"),
    "provider": "okonkwo", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscesses, left thigh", "L02.416", "Left medial thigh", reason=True),
    ],
    "procedures": [
        P("I&D ABSCESS", "10060", "L thigh", "3 ABSCESSES", ["c1"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: WHITFIELD, DARNELL           MR#: SA00412256
DOS: 04/30/2026                        PROVIDER: CHIDI OKONKWO, MD
----------------------------------------------------------------------
REASON FOR VISIT:   BOILS L INNER THIGH X 1 WK, WORSENING.
FINDINGS:           L MEDIAL THIGH: THREE (3) SEPARATE FLUCTUANT
                    ABSCESSES - 3.0 CM, 2.0 CM AND 1.5 CM - EACH
                    WITH OVERLYING ERYTHEMA, SEPARATED BY NORMAL
                    SKIN. NO CREPITUS.
PROCEDURE:          INCISION AND DRAINAGE X3.
                    CONSENT. LIDO 1 PCT FIELD BLOCK.
                    EACH ABSCESS INCISED SEPARATELY. LOCULATIONS
                    BROKEN UP WITH HEMOSTAT IN THE TWO LARGER ONES.
                    COPIOUS PUS. IRRIGATED. THE 3.0 CM CAVITY
                    PACKED WITH 1/4 INCH IODOFORM GAUZE. CULTURE
                    SENT (MRSA SCREEN).
IMPRESSION:         MULTIPLE CUTANEOUS ABSCESSES L THIGH.
DISPOSITION:        DOXYCYCLINE 100 MG BID X 10 D. PACKING OUT 48H.

CHIDI OKONKWO, MD
D: 04/30/2026   T: 05/01/2026   JOB# 0501-1179   /RDB
""",
    "expected": E([L("10061")], ["coding-correction"], dx={"10061": ["L02.416"]}),
    "coder_note": "Multiple abscesses with loculations and packing = complicated/multiple I&D -> 10061 x1, replacing "
                  "the pre-coded 10060 (10061/10060 PTP, 10061 MUE 1).",
})

# ---------------------------------------------------------------------------------------------------------------
# 21-23 intralesional
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-il-three-chest-keloids-kenalog-60mg",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK to 3 itchy, painful chest keloids, Kenalog 40 mg/mL 1.5 mL total (60 mg); Medicare FFS",
    "date": "2026-05-05",
    "patient": ("Okoro", "Beatrice", "1958-06-06", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, anterior chest, symptomatic", "L91.0", "Anterior chest", reason=True),
    ],
    "procedures": [
        P("INTRALESIONAL INJECTION", site="ANTERIOR CHEST",
          note="THREE KELOIDS (PRESTERNAL X2, L INFRACLAVICULAR X1), TRIAMCINOLONE 40 MG/ML 0.5 ML EACH",
          reasons=["c1"]),
        P("TRIAMCINOLONE ACETONIDE (KENALOG-40) ADMINISTERED", site="ANTERIOR CHEST",
          note="TOTAL 1.5 ML OF 40 MG/ML"),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: OKORO, BEATRICE              MR#: SA00266710
DOS: 05/05/2026                        PROVIDER: JUNE ABERNATHY, MD
----------------------------------------------------------------------
REASON FOR VISIT:   KELOIDS ON CHEST, ITCH CONSTANTLY AND HURT WHEN
                    BRA RUBS. LAST INJECTION 6 WK AGO, SOFTER BUT
                    STILL SYMPTOMATIC.
FINDINGS:           PRESTERNAL KELOIDS 3.5 CM AND 2.0 CM, L
                    INFRACLAVICULAR KELOID 1.5 CM. FIRM, PINK,
                    TENDER.
PROCEDURE:          INTRALESIONAL TRIAMCINOLONE.
                    CONSENT. TRIAMCINOLONE ACETONIDE 40 MG/ML.
                    INJECTED 0.5 ML INTO EACH OF THE 3 KELOIDS WITH
                    30G NEEDLE (1.5 ML TOTAL = 60 MG). BLANCHING
                    NOTED. NO COMPLICATIONS.
IMPRESSION:         SYMPTOMATIC KELOIDS X3 CHEST.
DISPOSITION:        RTC 6 WK FOR REPEAT. SILICONE SHEETING NIGHTLY.

JUNE ABERNATHY, MD
D: 05/05/2026   T: 05/06/2026   JOB# 0506-2218   /TQW
""",
    "expected": E([L("11900"), L("J3301", 6)], dx={"11900": ["L91.0"]}),
    "coder_note": "11900 = up to 7 lesions, one unit. J3301 per 10 mg: 1.5 mL x 40 mg/mL = 60 mg -> 6 units.",
})

SCENARIOS.append({
    "id": "s53-il-alopecia-areata-nine-patches",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to 9 alopecia areata patches on scalp, Kenalog 10 mg/mL 2.4 mL (24 mg); commercial",
    "date": "2026-05-07",
    "patient": ("Albrecht", "Hanna", "1993-09-14", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", "L63.8", "Scalp", reason=True),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: ALBRECHT, HANNA               MR#: SA00702914
DOS: 05/07/2026                        PROVIDER: ASTRID LINDGREN, MD
----------------------------------------------------------------------
REASON FOR VISIT:   ALOPECIA AREATA, 3RD INJECTION SESSION. SOME
                    REGROWTH IN OCCIPITAL PATCHES, NEW ONES ON THE
                    VERTEX.
FINDINGS:           SMOOTH ALOPECIC PATCHES WITH EXCLAMATION POINT
                    HAIRS: VERTEX 3, L PARIETAL 2, R PARIETAL 2,
                    OCCIPITAL 2 = NINE (9) PATCHES, 1-3 CM EACH.
                    EYEBROWS AND LASHES SPARED. NAILS WITH FINE
                    PITTING.
PROCEDURE:          INTRALESIONAL KENALOG.
                    TRIAMCINOLONE ACETONIDE 10 MG/ML, 0.1 ML
                    INJECTIONS 1 CM APART INTO ALL 9 PATCHES. TOTAL
                    VOLUME 2.4 ML (24 MG). TOLERATED WELL.
IMPRESSION:         ALOPECIA AREATA, PATCHY, 9 ACTIVE PATCHES.
DISPOSITION:        RTC 4-6 WK. DISCUSSED JAK INHIBITOR IF IT
                    PROGRESSES - NOT STARTED, NOT PRESCRIBED.

ASTRID LINDGREN, MD
D: 05/07/2026   T: 05/08/2026   JOB# 0508-0931   /MLK
""",
    "expected": E([L("11901"), L("J3301", 3)]),
    "coder_note": "Intralesional injection of more than 7 lesions -> 11901 x1 (not 11900). 24 mg / 10 mg -> J3301 x3 "
                  "(ceil).",
})

SCENARIOS.append({
    "id": "s53-il-jawline-cyst-plus-rosacea-em25",
    "family": "intralesional", "shape": "free-text",
    "description": "Rosacea flare with new Rx (99213-25) + ILK of inflamed cyst R jawline, 3 mg; MA PPO",
    "date": "2026-05-12",
    "patient": ("Brennan", "Maureen", "1957-03-30", "female"),
    "provider": "santos", "payer": "medicare-advantage-ppo", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Papulopustular rosacea, flare", "L71.9", "Central face", reason=True),
        C("c2", "Inflamed epidermal cyst, right jawline", "L72.0", "Right jawline", reason=True),
    ],
    "procedures": [
        P("INTRALESIONAL INJECTION", site="R JAWLINE",
          note="1.2 CM RED TENDER CYST. TRIAMCINOLONE 10 MG/ML 0.3 ML INTO CYST.", reasons=["c2"]),
        P("TRIAMCINOLONE ACETONIDE", site="R JAWLINE", note="3 MG"),
    ],
    "note_title": "DERMATOLOGY OFFICE VISIT",
    "note": HDR + """PATIENT: BRENNAN, MAUREEN             MR#: SA00355861
DOS: 05/12/2026                        PROVIDER: RAFAEL SANTOS, MD
----------------------------------------------------------------------
REASON FOR VISIT:   1) ROSACEA WORSE X 6 WK ON METRONIDAZOLE GEL.
                    2) SORE RED LUMP R JAW X 1 WK.
FINDINGS:           CENTRAL FACE: ERYTHEMA WITH NUMEROUS PAPULES AND
                    PUSTULES CHEEKS/CHIN/NOSE. NO OCULAR SYMPTOMS.
                    R JAWLINE: 1.2 CM FLUCTUANT-FEELING RED TENDER
                    CYST WITH PUNCTUM, NOT DRAINING.
IMPRESSION:         1. PAPULOPUSTULAR ROSACEA, FLARING DESPITE
                       TOPICAL THERAPY.
                    2. INFLAMED EPIDERMOID CYST R JAWLINE.
PLAN:               1. STOP METRONIDAZOLE. START DOXYCYCLINE 40 MG
                       MR DAILY + IVERMECTIN 1 PCT CREAM QHS (BOTH
                       RX SENT). TRIGGER AVOIDANCE REVIEWED.
                    2. ILK TO CYST TODAY, SEE PROCEDURE. EXCISION
                       LATER IF IT RECURS - NOT SCHEDULED.
PROCEDURE:          CONSENT. TRIAMCINOLONE ACETONIDE 10 MG/ML,
                    0.3 ML (3 MG) INJECTED INTO THE CYST.
DISPOSITION:        RTC 8 WK.

RAFAEL SANTOS, MD
D: 05/12/2026   T: 05/13/2026   JOB# 0513-1456   /RDB
""",
    "expected": E([L("99213", 1, "25"), L("11900"), L("J3301")], dx={"11900": ["L72.0"]}),
    "coder_note": "Rosacea flare with prescription management is separate from the cyst injection -> 99213-25 (PTP "
                  "11900/99213 indicator 1). 3 mg -> J3301 x1 (ceil). Excision only contemplated.",
})

# ---------------------------------------------------------------------------------------------------------------
# 24-27 mixed
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-mix-five-facial-aks-two-irritated-sks-xs",
    "family": "mixed", "shape": "note-only",
    "description": "LN2 to 5 AKs face (17000 + 17003 x4) and 2 inflamed bleeding SKs back (17110); XS on AK codes; Medicare FFS",
    "date": "2026-05-14",
    "patient": ("Dunleavy", "Patrick", "1946-08-08", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, face", "L57.0", "Forehead, right temple", reason=True),
        C("c2", "Inflamed seborrheic keratoses, back", "L82.0", "Lower back", reason=True),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: DUNLEAVY, PATRICK            MR#: SA00124093
DOS: 05/14/2026                        PROVIDER: CHIDI OKONKWO, MD
----------------------------------------------------------------------
REASON FOR VISIT:   ROUGH SPOTS FACE. TWO GROWTHS ON BACK CATCH ON
                    HIS BELT AND BLEED, ITCHY.
FINDINGS:           FOREHEAD 3 AND R TEMPLE 2 GRITTY ERYTHEMATOUS
                    SCALY PAPULES = 5 AKS.
                    LOWER BACK AT BELT LINE: TWO 1 CM STUCK-ON
                    PAPULES, RED, INFLAMED, ONE WITH FRESH BLOOD
                    CRUST.
PROCEDURE:          LN2 CRYOSURGERY:
                      - FIVE (5) AKS FOREHEAD/R TEMPLE, 2 CYCLES.
                      - TWO (2) INFLAMED SKS LOWER BACK, 2 CYCLES.
                    NO SHAVE, NO BIOPSY.
IMPRESSION:         1. AKS X5 FACE.
                    2. IRRITATED/INFLAMED SKS X2 BACK, SYMPTOMATIC
                       (BLEEDING, ITCH, TRAUMA FROM BELT).
DISPOSITION:        RTC 6 MO. [INAUDIBLE] SUNSCREEN DAILY.

CHIDI OKONKWO, MD
D: 05/14/2026   T: 05/15/2026   JOB# 0515-0612   /TQW
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 4, "XS")],
                  dx={"17110": ["L82.0"], "17000": ["L57.0"]}),
    "coder_note": "DS-1/DS-2/DS-3: 5 AKs -> 17000 + 17003 x4; 2 symptomatic SKs -> 17110. PTP 17110/17000 and "
                  "17110/17003 indicator 1 with distinct lesions -> XS on the column-2 AK codes.",
})

SCENARIOS.append({
    "id": "s53-mix-punch-calf-plus-shave-shoulder-nevus",
    "family": "mixed", "shape": "free-text",
    "description": "Punch bx R calf plaque + shave removal of 0.7 cm irritated nevus L shoulder; XS on 11301; commercial (Aetna)",
    "date": "2026-05-19",
    "patient": ("Yilmaz", "Deniz", "1986-02-17", "female"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Pigmented purpuric dermatosis, right calf", "L81.7", "Right posterior calf", reason=True),
        C("c2", "Irritated intradermal nevus, left shoulder", "D22.62", "Left shoulder", reason=True),
    ],
    "procedures": [
        P("PUNCH BIOPSY", site="R POSTERIOR CALF",
          note="4 MM PUNCH OF PETECHIAL ORANGE-BROWN PLAQUE, 1 SUTURE 4-0 NYLON", reasons=["c1"]),
        P("SHAVE REMOVAL", site="L SHOULDER",
          note="0.7 CM DOME-SHAPED NEVUS, CATCHES ON BRA STRAP AND BLEEDS. SHAVED FLUSH, AL CL. TO PATH.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "A. SKIN, RIGHT POSTERIOR CALF, PUNCH: PIGMENTED PURPURIC DERMATOSIS (SCHAMBERG TYPE).",
         "site": "Right posterior calf", "date": "2026-05-22"},
        {"text": "B. SKIN, LEFT SHOULDER, SHAVE: INTRADERMAL MELANOCYTIC NEVUS WITH IRRITATION. NO ATYPIA.",
         "site": "Left shoulder", "date": "2026-05-22"},
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: YILMAZ, DENIZ                MR#: SA00747380
DOS: 05/19/2026                        PROVIDER: JUNE ABERNATHY, MD
----------------------------------------------------------------------
REASON FOR VISIT:   1) RUSTY SPOTS R CALF X 1 YR.
                    2) MOLE L SHOULDER BLEEDS FROM BRA STRAP, WANTS
                       IT OFF.
FINDINGS:           R POSTERIOR CALF: 4 CM PATCH OF CAYENNE-PEPPER
                    PETECHIAE ON ORANGE-BROWN BASE.
                    L SHOULDER: 0.7 CM SOFT DOME NEVUS, EXCORIATED,
                    HEMORRHAGIC CRUST.
PROCEDURE:          1. R CALF - 4 MM PUNCH BIOPSY, ONE 4-0 NYLON.
                    2. L SHOULDER - SHAVE REMOVAL OF THE ENTIRE
                       NEVUS FLUSH WITH SKIN, AL CL HEMOSTASIS.
                    SEPARATE JARS A AND B.
IMPRESSION:         1. R/O PIGMENTED PURPURIC DERMATOSIS VS
                       VASCULITIS R CALF.
                    2. IRRITATED NEVUS L SHOULDER, REMOVED.
DISPOSITION:        SUTURE OUT 14 DAYS. PATH TO FOLLOW.

JUNE ABERNATHY, MD
D: 05/19/2026   T: 05/20/2026   JOB# 0520-2874   /MLK
""",
    "expected": E([L("11104"), L("11301", 1, "XS")], dx={"11301": ["D22.62"]}),
    "coder_note": "Punch bx of one lesion -> 11104; therapeutic shave of a different lesion, TAL 0.7 cm -> 11301. PTP "
                  "11104/11301 indicator 1, different lesions -> XS on 11301.",
})

SCENARIOS.append({
    "id": "s53-mix-new-pt-cheek-bcc-em57-rhombic-flap",
    "family": "mixed", "shape": "free-text",
    "description": "New pt with outside-bx BCC L cheek; E/M decides same-day excision with rhombic flap 5.6 sq cm -> 99204-57 + 14040",
    "date": "2026-05-21",
    "patient": ("Harcourt", "Lionel", "1945-12-24", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 95, "em": "99204",
    "conditions": [
        C("c1", "Nodular basal cell carcinoma, left medial cheek", "C44.319", "Left medial cheek", reason=True),
    ],
    "procedures": [
        P("EXCISION BCC WITH ADJACENT TISSUE TRANSFER (RHOMBIC FLAP)", site="L MEDIAL CHEEK",
          note="LESION 1.0 CM, 4 MM MARGINS. PRIMARY DEFECT 1.8 CM DIAMETER = 2.5 SQ CM. RHOMBIC TRANSPOSITION "
               "FLAP, SECONDARY DEFECT 3.1 SQ CM. TOTAL 5.6 SQ CM.", reasons=["c1"]),
    ],
    "path": [
        {"text": "SKIN, LEFT MEDIAL CHEEK, EXCISION: BASAL CELL CARCINOMA, NODULAR. MARGINS FREE (CLOSEST 2 MM).",
         "site": "Left medial cheek", "date": "2026-05-26"},
    ],
    "note_title": "DERMATOLOGY NEW PATIENT VISIT AND OPERATIVE NOTE",
    "note": HDR + """PATIENT: HARCOURT, LIONEL             MR#: SA00851127
DOS: 05/21/2026                        PROVIDER: ASTRID LINDGREN, MD
----------------------------------------------------------------------
REASON FOR VISIT:   80 Y/O M NEW TO US, REFERRED BY FAMILY PRACTICE
                    WITH SHAVE BX 04/30/2026 (OUTSIDE LAB) SHOWING
                    NODULAR BCC L MEDIAL CHEEK. NEVER SEEN BY A
                    DERMATOLOGIST.
HX:                 WARFARIN FOR AFIB - INR 2.3 YESTERDAY. CKD 3.
                    LIVES ALONE, NO DRIVER FOR REPEATED TRIPS.
FINDINGS:           L MEDIAL CHEEK 1.0 CM PEARLY PLAQUE AT BX SITE.
                    NO OTHER SUSPICIOUS LESIONS ON HEAD/NECK EXAM.
ASSESSMENT/PLAN:    REVIEWED OUTSIDE PATH. OPTIONS DISCUSSED AT
                    LENGTH: MOHS REFERRAL (NEAREST 70 MI, 3-MONTH
                    WAIT), RADIATION, EXCISION WITH FLAP HERE.
                    GIVEN ANTICOAGULATION AND TRAVEL LIMITS, PT
                    CHOSE EXCISION WITH LOCAL FLAP TODAY. WE WILL
                    CONTINUE WARFARIN. DECISION FOR SURGERY MADE AT
                    THIS VISIT.
PROCEDURE:          EXCISION + RHOMBIC TRANSPOSITION FLAP.
                    CONSENT, TIME OUT. LIDO 1 PCT W EPI.
                    4 MM MARGINS AROUND 1.0 CM TUMOR, PRIMARY
                    DEFECT 1.8 CM (2.5 SQ CM). RHOMBIC FLAP FROM
                    INFEROLATERAL CHEEK, SECONDARY DEFECT 3.1 SQ CM,
                    TOTAL 5.6 SQ CM. 5-0 MONOCRYL DEEP, 6-0 PROLENE.
IMPRESSION:         NODULAR BCC L CHEEK, EXCISED, FLAP REPAIR.
DISPOSITION:        SUTURES OUT 7 DAYS. PATH PENDING.

ASTRID LINDGREN, MD
D: 05/21/2026   T: 05/22/2026   JOB# 0522-3390   /RDB
""",
    "expected": E([L("99204", 1, "57"), L("14040")], dx={"14040": ["C44.319"]}),
    "coder_note": "FLAP-1/FLAP-2: cheek flap 2.5 + 3.1 = 5.6 sq cm -> 14040, excision included (no 11642). FLAP-4/GS-4: "
                  "14040 is 090-day; the new-patient E/M that made the decision for surgery that day -> 57.",
})

SCENARIOS.append({
    "id": "s53-mix-hand-warts-plus-earlobe-keloid-ilk",
    "family": "mixed", "shape": "note-only",
    "description": "LN2 to 4 painful L hand warts (17110) + ILK of R earlobe keloid 10 mg; XS on 11900; Medicaid MCO",
    "date": "2026-05-26",
    "patient": ("Ayala", "Camila", "2004-07-19", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, left hand", "B07.8", "Left hand", reason=True),
        C("c2", "Keloid, right earlobe", "L91.0", "Right earlobe", reason=True),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: AYALA, CAMILA                MR#: SA00760518
DOS: 05/26/2026                        PROVIDER: RAFAEL SANTOS, MD
----------------------------------------------------------------------
REASON FOR VISIT:   WARTS L HAND, PAINFUL AT WORK (CASHIER). ALSO
                    KELOID R EARLOBE FROM PIERCING, ITCHY AND
                    GROWING.
FINDINGS:           L HAND: 4 VERRUCOUS PAPULES - THUMB, INDEX, 2 ON
                    PALM. TENDER.
                    R EARLOBE: 1.4 CM FIRM PINK KELOID POSTERIOR
                    LOBULE, ENLARGING PER PT.
PROCEDURE:          1. LN2 TO 4 WARTS L HAND, 2 CYCLES.
                    2. INTRALESIONAL TRIAMCINOLONE 40 MG/ML, 0.25 ML
                       (10 MG) INTO THE R EARLOBE KELOID.
IMPRESSION:         1. VERRUCA VULGARIS X4 L HAND.
                    2. KELOID R EARLOBE, SYMPTOMATIC.
DISPOSITION:        RTC 4 WK FOR BOTH. EXCISION OF KELOID NOT
                    RECOMMENDED - HIGH RECURRENCE.

RAFAEL SANTOS, MD
D: 05/26/2026   T: 05/27/2026   JOB# 0527-0158   /TQW
""",
    "expected": E([L("17110"), L("11900", 1, "XS"), L("J3301")], dx={"17110": ["B07.8"], "11900": ["L91.0"]}),
    "coder_note": "17110 for 4 warts; 11900 for a different lesion (keloid). PTP 17110/11900 indicator 1 -> XS on "
                  "11900. 10 mg -> J3301 x1.",
})

# ---------------------------------------------------------------------------------------------------------------
# 28-30 mohs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-mohs-nasal-tip-two-stages-complex-rim",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R nasal tip BCC, 2 stages (3/2 blocks), complex repair 2.3 cm involving alar rim; Medicare FFS",
    "date": "2026-06-02",
    "patient": ("Whitcombe", "Ada", "1948-10-10", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 160,
    "conditions": [
        C("c1", "Basal cell carcinoma, right nasal tip", "C44.311", "Right nasal tip/ala", reason=True),
    ],
    "note_title": "MOHS SURGERY OPERATIVE REPORT",
    "note": HDR + """PATIENT: WHITCOMBE, ADA               MR#: SA00233408
DOS: 06/02/2026                        SURGEON: SAMUEL WEISS, MD
                                       (MOHS SURGEON AND PATHOLOGIST)
----------------------------------------------------------------------
REASON FOR VISIT:   MOHS FOR BCC R NASAL TIP, BX 05/12/2026 HERE -
                    NODULAR BCC. PRIMARY, NOT PREVIOUSLY TREATED.
PROCEDURE:          MOHS MICROGRAPHIC SURGERY, NOSE.
                    CONSENT, TIME OUT. LIDO 1 PCT W EPI.
                    PRE-OP TUMOR 0.8 X 0.6 CM.
                    STAGE I:  EXCISED, 3 TISSUE BLOCKS, MAPPED,
                              FROZEN SECTIONS READ BY ME - TUMOR AT
                              BLOCK 2 (LATERAL).
                    STAGE II: LATERAL LAYER, 2 BLOCKS - CLEAR.
                    TOTAL 2 STAGES, 5 BLOCKS.
                    FINAL DEFECT 1.4 X 1.1 CM R NASAL TIP EXTENDING
                    TO THE ALAR RIM.
REPAIR:             COMPLEX LINEAR REPAIR. DEBRIDEMENT OF
                    DEVITALIZED WOUND EDGES, EXTENSIVE UNDERMINING,
                    CLOSURE CROSSES AND RE-APPROXIMATES THE FREE
                    MARGIN OF THE NOSTRIL RIM. 5-0 MONOCRYL, 6-0
                    NYLON. FINAL REPAIR LENGTH 2.3 CM.
                    NO TISSUE TO OUTSIDE PATHOLOGY.
IMPRESSION:         BCC R NASAL TIP, CLEAR AFTER 2 STAGES. COMPLEX
                    REPAIR.
DISPOSITION:        PRESSURE DRESSING 48 H. SUTURES OUT 7 DAYS.

SAMUEL WEISS, MD
D: 06/02/2026   T: 06/03/2026   JOB# 0603-4102   /MLK
""",
    "expected": E([L("17311"), L("17312"), L("13151")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: nose, 2 stages, no stage over 5 blocks -> 17311 + 17312. REP-2/REP-3: complex repair (free "
                  "margin of nostril rim, debridement) nose 2.3 cm -> 13151 (1.1-2.5), reportable with Mohs (MOHS-7).",
})

SCENARIOS.append({
    "id": "s53-mohs-back-infiltrative-bcc-seven-blocks-precoded",
    "family": "mohs", "shape": "pre-coded",
    "description": "Pre-coded 17313 + 17314 + 12032; stage I had 7 blocks -> add 17315 x2; infiltrative BCC L upper back 2.4 cm; MA plan",
    "date": "2026-06-04",
    "patient": ("Greaves", "Harold", "1951-03-03", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 180,
    "conditions": [
        C("c1", "Infiltrative basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
    ],
    "procedures": [
        P("MOHS, TRUNK/ARMS/LEGS, FIRST STAGE", "17313", "L upper back", "STAGE I", ["c1"]),
        P("MOHS, TRUNK/ARMS/LEGS, EACH ADDL STAGE", "17314", "L upper back", "STAGE II", ["c1"]),
        P("REPAIR INTERMEDIATE TRUNK 2.6-7.5 CM", "12032", "L upper back", "LAYERED, 6.0 CM", ["c1"]),
    ],
    "note_title": "MOHS SURGERY OPERATIVE REPORT",
    "note": HDR + """PATIENT: GREAVES, HAROLD              MR#: SA00344917
DOS: 06/04/2026                        SURGEON: SAMUEL WEISS, MD
                                       (MOHS SURGEON AND PATHOLOGIST)
----------------------------------------------------------------------
REASON FOR VISIT:   MOHS. BX 05/2026: BCC, INFILTRATIVE PATTERN, L
                    UPPER BACK. CLINICAL SIZE 2.4 CM, ILL-DEFINED.
                    AGGRESSIVE HISTOLOGY AND SIZE MEET AUC.
PROCEDURE:          MOHS MICROGRAPHIC SURGERY, TRUNK.
                    STAGE I:  2.8 CM DISC, DIVIDED INTO SEVEN (7)
                              TISSUE BLOCKS. TUMOR IN BLOCKS 3 & 4.
                    STAGE II: 2 BLOCKS FROM 2-5 O'CLOCK. CLEAR.
                    TOTAL: 2 STAGES, 9 BLOCKS (7 + 2).
                    FINAL DEFECT 3.3 X 2.9 CM.
REPAIR:             INTERMEDIATE LAYERED CLOSURE, 2-0 VICRYL DEEP,
                    3-0 NYLON. LENGTH 6.0 CM. NO FLAP.
IMPRESSION:         INFILTRATIVE BCC L UPPER BACK, CLEARED.
DISPOSITION:        SUTURES OUT 14 DAYS.

SAMUEL WEISS, MD
D: 06/04/2026   T: 06/05/2026   JOB# 0605-0730   /RDB
""",
    "expected": E([L("17313"), L("17314"), L("17315", 2), L("12032")], dx={"17313": ["C44.519"]}),
    "coder_note": "MOHS-2: trunk 2 stages -> 17313 + 17314; stage I had 7 blocks = 2 beyond 5 -> 17315 x2. Layered "
                  "closure 6.0 cm trunk -> 12032 (MOHS-7).",
})

SCENARIOS.append({
    "id": "s53-mohs-chin-sameday-punch-frozen-no-repair",
    "family": "mohs", "shape": "free-text",
    "description": "Never-biopsied R chin lesion: same-day punch bx + frozen section = SCC, then Mohs 1 stage; repair by ENT next day",
    "date": "2026-06-09",
    "patient": ("Lachance", "Roger", "1949-05-21", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 120,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right chin", "C44.329", "Right chin", reason=True),
    ],
    "procedures": [
        P("PUNCH BIOPSY FOR FROZEN SECTION", site="R CHIN",
          note="3 MM PUNCH OF 0.9 CM KERATOTIC NODULE, NO PRIOR BIOPSY OR PATHOLOGY. SENT FOR FROZEN SECTION, READ "
               "BY DR. WEISS: INVASIVE SCC. MOHS DONE BECAUSE OF THIS RESULT.", reasons=["c1"]),
        P("FROZEN SECTION, DIAGNOSTIC BIOPSY", site="R CHIN", note="ONE FROZEN BLOCK, H&E", reasons=["c1"]),
        P("MOHS SURGERY STAGE 1", site="R CHIN", note="4 TISSUE BLOCKS, ALL MARGINS CLEAR", reasons=["c1"]),
    ],
    "note_title": "MOHS SURGERY OPERATIVE REPORT",
    "note": HDR + """PATIENT: LACHANCE, ROGER              MR#: SA00862045
DOS: 06/09/2026                        SURGEON: SAMUEL WEISS, MD
                                       (MOHS SURGEON AND PATHOLOGIST)
----------------------------------------------------------------------
REASON FOR VISIT:   REFERRED BY ENT FOR "PROBABLE SCC" R CHIN. NO
                    BIOPSY EVER DONE. PT LIVES 2 HRS AWAY; PLAN
                    AGREED: DIAGNOSTIC BX WITH FROZEN SECTION TODAY,
                    MOHS ONLY IF CARCINOMA CONFIRMED.
FINDINGS:           R CHIN 0.9 CM KERATOTIC NODULE, CENTRAL CRUST.
PROCEDURE:          1. 3 MM PUNCH BIOPSY, FROZEN SECTION PROCESSED
                       IN OUR LAB AND READ BY ME: INVASIVE SCC, WELL
                       DIFFERENTIATED. NO PRIOR PATHOLOGY EXISTED.
                    2. MOHS MICROGRAPHIC SURGERY, CHIN.
                       STAGE I: 4 BLOCKS. CLEAR.
                    FINAL DEFECT 1.6 X 1.3 CM TO SUBCUTIS.
REPAIR:             NONE TODAY. DEFECT DRESSED; RECONSTRUCTION BY
                    ENT (DR. MORALES) AT MAIN OR TOMORROW, BILLED BY
                    ENT.
IMPRESSION:         SCC R CHIN, CLEARED IN 1 STAGE.
DISPOSITION:        TO ENT IN AM. [INAUDIBLE] WOUND CARE REVIEWED.

SAMUEL WEISS, MD
D: 06/09/2026   T: 06/09/2026   JOB# 0609-3318   /TQW
""",
    "expected": E([L("11104", 1, "59"), L("88331", 1, "59"), L("17311")], dx={"17311": ["C44.329"]}),
    "coder_note": "MOHS-5(a)/BX-5/README: same-day diagnostic biopsy + frozen section of a never-biopsied lesion that "
                  "decided Mohs -> 11104-59 and 88331-59 (same lesion, not XS). Head site 1 stage 4 blocks -> 17311. "
                  "Repair done and billed by ENT.",
})

# ---------------------------------------------------------------------------------------------------------------
# 31-33 nails
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-nail-two-toenail-avulsions-precoded-11730x2",
    "family": "nails", "shape": "pre-coded",
    "description": "Pre-coded 11730 twice for R great toe and R 2nd toe avulsions -> 11730-T5 + 11732-T6; commercial",
    "date": "2026-06-11",
    "patient": ("Fairbanks", "Colton", "1979-08-29", "male"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail with paronychia, right great toe", "L60.0", "Right great toe", reason=True),
        C("c2", "Traumatic nail dystrophy, right second toe", "L60.3", "Right second toe", reason=True),
    ],
    "procedures": [
        P("AVULSION OF NAIL PLATE", "11730", "R great toe", "COMPLETE AVULSION, DIGITAL BLOCK", ["c1"]),
        P("AVULSION OF NAIL PLATE", "11730", "R second toe", "COMPLETE AVULSION, DIGITAL BLOCK", ["c2"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: FAIRBANKS, COLTON            MR#: SA00598810
DOS: 06/11/2026                        PROVIDER: CHIDI OKONKWO, MD
----------------------------------------------------------------------
REASON FOR VISIT:   R GREAT TOENAIL INGROWN AND INFECTED X 3 WK.
                    R 2ND TOENAIL LIFTING AND PAINFUL SINCE HE
                    DROPPED A WEIGHT ON IT IN APRIL.
FINDINGS:           R GREAT TOE: LATERAL NAIL FOLD ERYTHEMA,
                    GRANULATION, PURULENCE. R 2ND TOE: NAIL PLATE
                    ONE-THIRD DETACHED, DYSTROPHIC, TENDER.
                    L FOOT NAILS NORMAL.
PROCEDURE:          DIGITAL BLOCKS R 1ST AND 2ND TOES, 2 PCT LIDO
                    PLAIN. TOURNIQUET.
                    R GREAT TOE: COMPLETE NAIL PLATE AVULSION WITH
                    ELEVATOR AND HEMOSTAT. NO MATRIXECTOMY.
                    R 2ND TOE: COMPLETE NAIL PLATE AVULSION. NO
                    MATRIXECTOMY.
                    BACITRACIN, BULKY DRESSING.
IMPRESSION:         INGROWN NAIL W PARONYCHIA R HALLUX; TRAUMATIC
                    NAIL DYSTROPHY R 2ND TOE. BOTH AVULSED.
DISPOSITION:        SOAKS BID. KEFLEX X 7 D. RTC 2 WK.
                    MATRIXECTOMY IF THE HALLUX NAIL REGROWS INGROWN.

CHIDI OKONKWO, MD
D: 06/11/2026   T: 06/12/2026   JOB# 0612-2290   /MLK
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")], ["coding-correction"], dx={"11730": ["L60.0"]}),
    "coder_note": "11730 first nail + 11732 each additional nail (not 11730 twice; 11730 MUE 1). Digit modifiers from "
                  "the note: R great toe T5, R 2nd toe T6.",
})

SCENARIOS.append({
    "id": "s53-nail-partial-avulsion-phenol-matrixectomy-l-hallux",
    "family": "nails", "shape": "note-only",
    "description": "Lateral partial avulsion with phenol matrixectomy L great toe for recurrent ingrown nail -> 11750-TA; Medicaid",
    "date": "2026-06-16",
    "patient": ("Rutherford", "Kayla", "2003-02-08", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe, recurrent", "L60.0", "Left great toe", reason=True),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: RUTHERFORD, KAYLA            MR#: SA00793361
DOS: 06/16/2026                        PROVIDER: RAFAEL SANTOS, MD
----------------------------------------------------------------------
REASON FOR VISIT:   23 Y/O F, L GREAT TOENAIL INGROWN LATERAL SIDE,
                    3RD EPISODE THIS YEAR. S/P SIMPLE AVULSION AT
                    URGENT CARE X2, KEEPS COMING BACK.
FINDINGS:           L HALLUX LATERAL NAIL FOLD HYPERTROPHIC, TENDER,
                    NO ABSCESS. R HALLUX MILDLY INCURVATED, NOT
                    PAINFUL - NOT TREATED, MONITOR.
PROCEDURE:          PERMANENT PARTIAL NAIL EXCISION, L GREAT TOE.
                    CONSENT. DIGITAL BLOCK 2 PCT LIDO PLAIN, 4 ML.
                    TOURNIQUET. LATERAL 3 MM STRIP OF NAIL PLATE
                    FREED AND AVULSED BACK TO THE MATRIX. 88 PCT
                    PHENOL APPLIED TO LATERAL MATRIX X 3 APPLICATIONS
                    OF 30 SEC FOR PERMANENT ABLATION, FLUSHED WITH
                    ALCOHOL. TOURNIQUET OFF, GOOD CAP REFILL.
IMPRESSION:         RECURRENT INGROWN NAIL L HALLUX, S/P PARTIAL
                    MATRIXECTOMY.
DISPOSITION:        SOAKS BID. RTC 2 WK.

RAFAEL SANTOS, MD
D: 06/16/2026   T: 06/17/2026   JOB# 0617-0412   /RDB
""",
    "expected": E([L("11750", 1, "TA")], dx={"11750": ["L60.0"]}),
    "coder_note": "Partial nail excision with matrix ablation for permanent removal -> 11750 (the avulsion is part of "
                  "it; PTP 11750/11730). L great toe -> TA. R hallux not treated.",
})

SCENARIOS.append({
    "id": "s53-nail-l-thumb-avulsion-plus-hand-eczema-em25",
    "family": "nails", "shape": "free-text",
    "description": "Avulsion of painful onycholytic L thumbnail (11730-FA) + dyshidrotic hand eczema flare with Rx (99213-25); Medicare FFS",
    "date": "2026-06-18",
    "patient": ("Osterberg", "Linnea", "1955-11-11", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Dyshidrotic eczema, bilateral hands, flare", "L30.1", "Bilateral hands", reason=True),
        C("c2", "Onycholysis, left thumb", "L60.1", "Left thumb", reason=True),
    ],
    "procedures": [
        P("NAIL AVULSION", site="L THUMB",
          note="DIGITAL BLOCK. COMPLETE AVULSION OF DISTALLY LIFTED, PAINFUL NAIL PLATE. NO MATRIX TREATMENT.",
          reasons=["c2"]),
    ],
    "note_title": "DERMATOLOGY OFFICE VISIT",
    "note": HDR + """PATIENT: OSTERBERG, LINNEA            MR#: SA00271199
DOS: 06/18/2026                        PROVIDER: JUNE ABERNATHY, MD
----------------------------------------------------------------------
REASON FOR VISIT:   1) HAND ECZEMA FLARING X 3 WK, ITCHY BLISTERS.
                    2) L THUMBNAIL LIFTING, CATCHES ON EVERYTHING,
                       PAINFUL.
HX:                 DYSHIDROTIC ECZEMA SINCE 2019, USUALLY
                    CONTROLLED WITH TRIAMCINOLONE. NOW NOT HELPING.
FINDINGS:           DEEP-SEATED VESICLES LATERAL FINGERS AND PALMS
                    BILAT, FISSURES R PALM. NO PUSTULES.
                    L THUMB NAIL: DISTAL 2/3 ONYCHOLYSIS, NAIL PLATE
                    LOOSE AND TENDER. OTHER NAILS NORMAL.
IMPRESSION:         1. DYSHIDROTIC ECZEMA, FLARE.
                    2. PAINFUL ONYCHOLYSIS L THUMB.
PLAN:               1. STEP UP TO CLOBETASOL 0.05 PCT OINT BID X 2
                       WK (RX SENT), THEN WEEKEND USE. GLOVES,
                       EMOLLIENT HANDOUT.
                    2. AVULSION L THUMBNAIL TODAY, SEE PROCEDURE.
                       NAIL CLIPPING FOR FUNGAL CULTURE SENT.
PROCEDURE:          DIGITAL BLOCK L THUMB 2 PCT LIDO PLAIN.
                    COMPLETE AVULSION OF THE L THUMB NAIL PLATE.
DISPOSITION:        RTC 4 WK.

JUNE ABERNATHY, MD
D: 06/18/2026   T: 06/19/2026   JOB# 0619-1841   /TQW
""",
    "expected": E([L("99213", 1, "25"), L("11730", 1, "FA")], dx={"11730": ["L60.1"]}),
    "coder_note": "Hand eczema flare with Rx change is separately identifiable -> 99213-25 (PTP 11730/99213 "
                  "indicator 1). Single avulsion L thumb -> 11730-FA.",
})

# ---------------------------------------------------------------------------------------------------------------
# 34-35 paring
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-par-three-corns-calluses-not-wart",
    "family": "paring", "shape": "note-only",
    "description": "Paring of 3 hyperkeratotic lesions (2 corns, 1 callus); wart considered and excluded -> 11056; commercial (Cigna)",
    "date": "2026-06-23",
    "patient": ("Marchand", "Delphine", "1968-01-26", "female"),
    "provider": "okonkwo", "payer": "commercial-cigna", "minutes": 15,
    "conditions": [
        C("c1", "Corns and callosities, feet", "L84", "Bilateral feet", reason=True),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: MARCHAND, DELPHINE           MR#: SA00419930
DOS: 06/23/2026                        PROVIDER: CHIDI OKONKWO, MD
----------------------------------------------------------------------
REASON FOR VISIT:   PAINFUL SPOTS ON FEET, WORSE IN WORK SHOES.
                    NO DIABETES, NO PVD.
FINDINGS:           R 5TH TOE DORSAL-LATERAL: HARD CORN.
                    L 5TH TOE DORSAL: HARD CORN.
                    L PLANTAR HEEL: 1.5 CM CALLUS.
                    ON PARING NO PINPOINT BLEEDING, SKIN LINES
                    PRESERVED - NOT WARTS.
PROCEDURE:          PARING WITH #15 BLADE OF 3 LESIONS (2 CORNS, 1
                    CALLUS) DOWN TO PINK NONBLEEDING BASE. NO
                    ANESTHESIA NEEDED.
IMPRESSION:         CORNS X2 AND CALLUS X1, SYMPTOMATIC.
DISPOSITION:        WIDER TOE BOX, SILICONE TOE SLEEVES, UREA 40
                    PCT TO HEEL. RTC PRN.

CHIDI OKONKWO, MD
D: 06/23/2026   T: 06/24/2026   JOB# 0624-0377   /MLK
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring of benign hyperkeratotic lesions, 2-4 lesions -> 11056 x1. Wart excluded, so no 17110.",
})

SCENARIOS.append({
    "id": "s53-par-six-calluses-precoded-11055",
    "family": "paring", "shape": "pre-coded",
    "description": "Pre-coded 11055 'qty 6' for paring of six calluses -> 11057 x1; Medicaid MCO",
    "date": "2026-06-25",
    "patient": ("Bellweather", "Oscar", "1961-09-13", "male"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Calluses, plantar feet", "L84", "Bilateral plantar feet", reason=True),
    ],
    "procedures": [
        P("PARING/CUTTING BENIGN HYPERKERATOTIC LESION, SINGLE (QTY 6)", "11055", "Bilateral plantar feet",
          "6 CALLUSES", ["c1"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: BELLWEATHER, OSCAR           MR#: SA00631187
DOS: 06/25/2026                        PROVIDER: RAFAEL SANTOS, MD
----------------------------------------------------------------------
REASON FOR VISIT:   THICK PAINFUL CALLUSES BOTH FEET, WORKS ON
                    CONCRETE FLOORS 10 HRS A DAY.
FINDINGS:           PLANTAR CALLUSES:
                      R 1ST MET HEAD, R 5TH MET HEAD, R HEEL
                      L 1ST MET HEAD, L 2ND MET HEAD, L HEEL
                    SIX (6) TOTAL. NO ULCERATION. PULSES INTACT.
                    MONOFILAMENT INTACT.
PROCEDURE:          SHARP PARING OF ALL 6 CALLUSES WITH #15 BLADE.
IMPRESSION:         SYMPTOMATIC PLANTAR CALLUSES X6.
DISPOSITION:        CUSHIONED INSOLES. AMMONIUM LACTATE 12 PCT BID.
                    RTC 3 MO.

RAFAEL SANTOS, MD
D: 06/25/2026   T: 06/26/2026   JOB# 0626-1502   /RDB
""",
    "expected": E([L("11057")], ["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "Paring is coded once by lesion-count band: more than 4 lesions -> 11057 x1, not 11055 x6 (11055 "
                  "MUE 1).",
})

# ---------------------------------------------------------------------------------------------------------------
# 36-37 patch-test
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-pt-patch-80-allergen-series-application",
    "family": "patch-test", "shape": "free-text",
    "description": "Patch test application, 80-allergen expanded series on upper back -> 95044 x80; commercial (UHC)",
    "date": "2026-06-29",
    "patient": ("Iverson", "Greta", "1975-05-05", "female"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Allergic contact dermatitis, unspecified cause, eyelids and neck", "L23.9", "Eyelids, neck",
          reason=True),
    ],
    "procedures": [
        P("PATCH TEST APPLICATION", site="UPPER BACK",
          note="EXPANDED 80-ALLERGEN SERIES APPLIED IN FINN CHAMBERS, 80 SEPARATE PATCH TESTS", reasons=["c1"]),
    ],
    "note_title": "PATCH TEST APPLICATION NOTE",
    "note": HDR + """PATIENT: IVERSON, GRETA               MR#: SA00508824
DOS: 06/29/2026                        PROVIDER: ASTRID LINDGREN, MD
----------------------------------------------------------------------
REASON FOR VISIT:   PATCH TEST PLACEMENT FOR CHRONIC EYELID AND NECK
                    DERMATITIS (EVALUATED 06/08/2026, TESTING
                    PLANNED THEN).
FINDINGS:           BACK CLEAR, NO ACTIVE DERMATITIS AT TEST SITE.
                    OFF PREDNISONE > 4 WK, NO TOPICAL STEROID TO
                    BACK.
PROCEDURE:          EXPANDED SERIES - EIGHTY (80) ALLERGENS IN FINN
                    CHAMBERS APPLIED TO UPPER BACK, PANELS 1-8 X 10,
                    MARKED WITH SKIN MARKER. NO OTHER TESTS.
IMPRESSION:         SUSPECTED ALLERGIC CONTACT DERMATITIS, PATCH
                    TESTS APPLIED.
DISPOSITION:        KEEP DRY. READINGS AT 48 H (07/01) AND 96 H
                    (07/03) - READING VISITS ARE PART OF THE TEST.

ASTRID LINDGREN, MD
D: 06/29/2026   T: 06/30/2026   JOB# 0630-0219   /TQW
""",
    "expected": E([L("95044", 80)], dx={"95044": ["L23.9"]}),
    "coder_note": "95044 is reported per test (allergen): 80 patches -> 95044 x80 (MUE 90). No E/M.",
})

SCENARIOS.append({
    "id": "s53-pt-new-hand-dermatitis-em25-patch-36",
    "family": "patch-test", "shape": "note-only",
    "description": "New pt chronic hand dermatitis flare with Rx (99204-25) + same-day placement of 36 patch tests; Medicare FFS",
    "date": "2026-07-01",
    "patient": ("Caldwell", "Norma", "1956-04-19", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Chronic hand dermatitis", "L30.9", "Bilateral hands", reason=True),
    ],
    "note_title": "DERMATOLOGY NEW PATIENT VISIT",
    "note": HDR + """PATIENT: CALDWELL, NORMA              MR#: SA00870033
DOS: 07/01/2026                        PROVIDER: JUNE ABERNATHY, MD
----------------------------------------------------------------------
REASON FOR VISIT:   70 Y/O F NEW PT, HAND RASH X 8 MO, WORSE SINCE
                    SHE STARTED VOLUNTEERING AT A GREENHOUSE.
                    CRACKING AND BLEEDING, CAN'T SLEEP FOR ITCH.
HX:                 OTC HYDROCORTISONE, PCP GAVE TRIAMCINOLONE X 1
                    MO - PARTIAL HELP ONLY. NO ATOPY.
FINDINGS:           BILATERAL DORSAL HANDS AND FINGERTIPS:
                    LICHENIFIED ERYTHEMATOUS PLAQUES, FISSURES,
                    SCALE. PALMS SPARED. NAILS NORMAL. NO VESICLES.
                    REST OF SKIN CLEAR.
IMPRESSION:         CHRONIC HAND DERMATITIS, WORSENING - ALLERGIC
                    CONTACT VS IRRITANT.
PLAN:               1. CLOBETASOL 0.05 PCT OINT BID X 2 WK TO BACKS
                       OF HANDS (RX), THEN TACROLIMUS 0.1 PCT OINT
                       BID (RX). COTTON-UNDER-NITRILE GLOVES.
                    2. PATCH TESTING PLACED TODAY: 35-ALLERGEN
                       STANDARD SERIES + PT'S OWN GARDENING GLOVE
                       MATERIAL = THIRTY-SIX (36) PATCHES, UPPER
                       BACK.
DISPOSITION:        READINGS 48 AND 96 H. RTC FOR RESULTS.

JUNE ABERNATHY, MD
D: 07/01/2026   T: 07/02/2026   JOB# 0702-2745   /MLK
""",
    "expected": E([L("99204", 1, "25"), L("95044", 36)], dx={"99204": ["L30.9"]}),
    "coder_note": "New evaluation of a worsening chronic dermatitis with prescription management is separate from "
                  "placing the tests -> 99204-25 (PTP 95044/99204 indicator 1). 36 patches -> 95044 x36.",
})

# ---------------------------------------------------------------------------------------------------------------
# 38-40 phototherapy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-photo-nbuvb-psoriasis-session-14",
    "family": "phototherapy", "shape": "free-text",
    "description": "Narrowband UVB session #14 for psoriasis vulgaris, nurse-administered, no E/M; Medicare FFS",
    "date": "2026-07-06",
    "patient": ("Pemberton", "Arthur", "1952-12-01", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("NARROWBAND UVB PHOTOTHERAPY", site="WHOLE BODY CABINET",
          note="TX #14, 850 MJ/CM2 (+10 PCT), MINIMAL PINKNESS LAST SESSION", reasons=["c1"]),
    ],
    "note_title": "PHOTOTHERAPY TREATMENT RECORD",
    "note": HDR + """PATIENT: PEMBERTON, ARTHUR            MR#: SA00188520
DOS: 07/06/2026                        ORDERING: CHIDI OKONKWO, MD
----------------------------------------------------------------------
REASON FOR VISIT:   NB-UVB PHOTOTHERAPY, TREATMENT #14 OF SERIES.
                    PSORIASIS VULGARIS, BSA 15 PCT AT START, FAILED
                    TOPICAL STEROIDS AND CALCIPOTRIENE.
FINDINGS:           PER RN: PLAQUES THINNER, BSA NOW ~9 PCT. MINIMAL
                    ASYMPTOMATIC PINKNESS AFTER #13. NO BURN. NO NEW
                    PHOTOSENSITIZING MEDS.
PROCEDURE:          NARROWBAND UVB 311 NM, WHOLE-BODY CABINET.
                    DOSE 850 MJ/CM2 (10 PCT INCREASE PER PROTOCOL).
                    GOGGLES, FACE SHIELDED, GENITALS COVERED.
IMPRESSION:         PSORIASIS, IMPROVING ON NB-UVB.
DISPOSITION:        CONTINUE 3X/WK. DR. OKONKWO AVAILABLE IN
                    DEPARTMENT; PHYSICIAN DID NOT SEE PT TODAY.

DICTATED BY: R. VOLLMER, RN FOR CHIDI OKONKWO, MD
D: 07/06/2026   T: 07/06/2026   JOB# 0706-0925   /RDB
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "UV light therapy (actinotherapy) session -> 96900 x1. No physician E/M that day. NCD 250.1 covers UV "
                  "for psoriasis.",
})

SCENARIOS.append({
    "id": "s53-photo-puva-no-conventional-trial-abn-ga",
    "family": "phototherapy", "shape": "note-only",
    "description": "Oral PUVA for non-disabling psoriasis without failed conventional therapy; ABN signed -> 96912-GA; Medicare FFS",
    "date": "2026-07-08",
    "patient": ("Stavros", "Helena", "1954-08-30", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, lower legs", reason=True),
    ],
    "note_title": "PHOTOTHERAPY TREATMENT RECORD",
    "note": HDR + """PATIENT: STAVROS, HELENA              MR#: SA00540077
DOS: 07/08/2026                        PROVIDER: ASTRID LINDGREN, MD
----------------------------------------------------------------------
REASON FOR VISIT:   PUVA SESSION #1. PT REQUESTED PUVA BY NAME -
                    SISTER HAD GOOD RESULTS.
HX:                 PLAQUE PSORIASIS, BSA 6 PCT (ELBOWS, KNEES,
                    SHINS). NOT DISABLING, WORKING FULL TIME. HAS
                    NOT TRIED TOPICAL STEROIDS REGULARLY, NO
                    CALCIPOTRIENE, NO UVB, NO SYSTEMICS. NO
                    CONVENTIONAL TREATMENT FAILURE DOCUMENTED.
DISCUSSION:         EXPLAINED MEDICARE COVERS PUVA ONLY FOR
                    INTRACTABLE DISABLING PSORIASIS AFTER FAILED
                    CONVENTIONAL TX, SO IT WILL LIKELY BE DENIED AS
                    NOT MEDICALLY NECESSARY. ABN (CMS-R-131) GIVEN
                    AND SIGNED BEFORE TREATMENT, OPTION 1.
PROCEDURE:          8-MOP 0.4 MG/KG PO 1.5 H PRIOR. UVA 1.0 J/CM2
                    WHOLE BODY. UV GOGGLES X 24 H.
IMPRESSION:         PSORIASIS, PUVA INITIATED AT PT REQUEST.
DISPOSITION:        2X/WK. RECOMMENDED TOPICALS AS WELL - RX FOR
                    CLOBETASOL DECLINED BY PT.

ASTRID LINDGREN, MD
D: 07/08/2026   T: 07/09/2026   JOB# 0709-1610   /TQW
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1/COS-4: NCD 250.1 criteria for PUVA not met (no failed conventional therapy, not disabling); "
                  "Medicare FFS with an ABN signed before the service -> GA (not GY: a covered benefit, just not "
                  "reasonable and necessary here).",
})

SCENARIOS.append({
    "id": "s53-photo-excimer-vitiligo-hands-precoded-96921",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Pre-coded 96921; excimer to vitiligo both dorsal hands, total 205 sq cm (<250) -> 96920; commercial",
    "date": "2026-07-13",
    "patient": ("Ravindran", "Meena", "1989-10-18", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Vitiligo, dorsal hands", "L80", "Bilateral dorsal hands", reason=True),
    ],
    "procedures": [
        P("EXCIMER LASER, 250-500 SQ CM", "96921", "Bilateral dorsal hands", "308 NM", ["c1"]),
    ],
    "note_title": "PHOTOTHERAPY TREATMENT RECORD",
    "note": HDR + """PATIENT: RAVINDRAN, MEENA             MR#: SA00687751
DOS: 07/13/2026                        PROVIDER: JUNE ABERNATHY, MD
----------------------------------------------------------------------
REASON FOR VISIT:   EXCIMER 308 NM FOR VITILIGO, TX #6. FAILED 4 MO
                    OF TACROLIMUS AND MOMETASONE.
FINDINGS:           DEPIGMENTED PATCHES WITH EARLY PERIFOLLICULAR
                    REPIGMENTATION.
                    TREATMENT AREAS MEASURED WITH GRID TODAY:
                      R DORSAL HAND/FINGERS ..... 110 SQ CM
                      L DORSAL HAND/FINGERS .....  95 SQ CM
                      TOTAL ..................... 205 SQ CM
PROCEDURE:          EXCIMER LASER 308 NM TO BOTH AREAS ABOVE,
                    450 MJ/CM2 PER PROTOCOL. NO BLISTERING FROM
                    LAST SESSION.
IMPRESSION:         VITILIGO HANDS, RESPONDING.
DISPOSITION:        2X/WK. RTC PHYSICIAN VISIT IN 6 WK.

JUNE ABERNATHY, MD
D: 07/13/2026   T: 07/13/2026   JOB# 0713-0588   /MLK
""",
    "expected": E([L("96920")], ["coding-correction"], dx={"96920": ["L80"]}),
    "coder_note": "Excimer is coded once per session by TOTAL area treated: 110 + 95 = 205 sq cm (<250) -> 96920, not "
                  "96921.",
})

# ---------------------------------------------------------------------------------------------------------------
# 41-43 post-op
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-po-suture-removal-in-global-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal/wound check 9 days after 11602 (010 global); provider picked 99212 -> 99024; Medicare",
    "date": "2026-07-16",
    "patient": ("Albright", "Vernon", "1947-06-14", "male"),
    "provider": "okonkwo", "payer": "medicare-noname", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Squamous cell carcinoma, right forearm, excised", "C44.622", "Right dorsal forearm"),
    ],
    "prior": [
        PRIOR("2026-07-07", "11602", "Excision malignant lesion R forearm 1.1-2.0 cm", "Right dorsal forearm",
              "SCC, margins clear"),
    ],
    "note_title": "DERMATOLOGY POST-OP VISIT",
    "note": HDR + """PATIENT: ALBRIGHT, VERNON             MR#: SA00141286
DOS: 07/16/2026                        PROVIDER: CHIDI OKONKWO, MD
----------------------------------------------------------------------
REASON FOR VISIT:   SUTURE REMOVAL. S/P EXCISION SCC R FOREARM
                    07/07/2026.
FINDINGS:           R DORSAL FOREARM 4 CM INCISION, WELL
                    APPROXIMATED, NO ERYTHEMA, NO DRAINAGE, NO
                    DEHISCENCE.
PROCEDURE:          SUTURES REMOVED X 7. STERI-STRIPS APPLIED.
IMPRESSION:         NORMAL POST-OP HEALING. PATH REVIEWED WITH PT:
                    SCC, MARGINS CLEAR, NO FURTHER TX NEEDED.
                    NO OTHER COMPLAINTS TODAY.
DISPOSITION:        SCAR MASSAGE AFTER 2 WK. FULL SKIN CHECK
                    [INAUDIBLE] IN 6 MO.

CHIDI OKONKWO, MD
D: 07/16/2026   T: 07/17/2026   JOB# 0717-0233   /RDB
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-1/GS-5 and conventions: routine post-op visit inside the 10-day global of 11602 (07/07 + 9 days), "
                  "only post-op work -> 99024 instead of the provider's 99212.",
})

SCENARIOS.append({
    "id": "s53-po-tinea-cruris-in-flap-global-em24-precoded",
    "family": "post-op", "shape": "pre-coded",
    "description": "Pre-coded 99213 21 days after 14040 (090 global) for new unrelated tinea cruris with Rx -> 99213-24; MA PPO",
    "date": "2026-07-21",
    "patient": ("Kincaid", "Russell", "1950-09-09", "male"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Tinea cruris", "B35.6", "Bilateral inguinal folds", reason=True),
    ],
    "prior": [
        PRIOR("2026-06-30", "14040", "Excision BCC R chin with advancement flap", "Right chin",
              "BCC, margins clear; flap 7.2 sq cm"),
    ],
    "note_title": "DERMATOLOGY OFFICE VISIT",
    "note": HDR + """PATIENT: KINCAID, RUSSELL             MR#: SA00366402
DOS: 07/21/2026                        PROVIDER: ASTRID LINDGREN, MD
----------------------------------------------------------------------
REASON FOR VISIT:   NEW ITCHY RASH IN GROIN X 3 WK. (ALSO S/P FLAP
                    R CHIN 06/30/2026 - NO CONCERNS, HEALING.)
FINDINGS:           BILATERAL INGUINAL FOLDS AND MEDIAL THIGHS:
                    ANNULAR ERYTHEMATOUS PATCHES WITH SCALY
                    ADVANCING BORDER, SCROTUM SPARED.
                    KOH PERFORMED IN CLINIC: SEPTATE HYPHAE.
                    R CHIN FLAP: VIABLE, WELL HEALED - GLANCED AT,
                    NO CARE NEEDED.
IMPRESSION:         TINEA CRURIS - NEW PROBLEM, UNRELATED TO THE
                    CHIN SURGERY.
PLAN:               KETOCONAZOLE 2 PCT CREAM BID X 3 WK (RX SENT).
                    KEEP AREA DRY, TREAT FEET IF TINEA PEDIS
                    DEVELOPS (NONE SEEN TODAY).
DISPOSITION:        RTC 3 MO FOR FLAP CHECK AS SCHEDULED.

ASTRID LINDGREN, MD
D: 07/21/2026   T: 07/22/2026   JOB# 0722-1937   /MLK
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["B35.6"]}),
    "coder_note": "GS-5: E/M for a problem unrelated to the flap, inside the 90-day global of 14040 (06/30) -> 24.",
})

SCENARIOS.append({
    "id": "s53-po-plantar-warts-in-excision-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "LN2 to 2 painful plantar warts R heel 4 days after 11402 of the back (010 global) -> 17110-79; commercial",
    "date": "2026-07-24",
    "patient": ("Gallagher", "Fiona", "1987-03-22", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Plantar warts, right heel", "B07.0", "Right plantar heel", reason=True),
    ],
    "procedures": [
        P("CRYOSURGERY WARTS", site="R PLANTAR HEEL",
          note="2 PLANTAR WARTS, PAINFUL WITH WALKING. PARED, LN2 X 2 CYCLES EACH.", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2026-07-20", "11402", "Excision benign lesion L upper back 1.1-2.0 cm", "Left upper back",
              "Irritated compound nevus"),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: GALLAGHER, FIONA             MR#: SA00715546
DOS: 07/24/2026                        PROVIDER: RAFAEL SANTOS, MD
----------------------------------------------------------------------
REASON FOR VISIT:   PAINFUL WARTS R HEEL X 2 MO, LIMPING AT WORK.
                    (S/P EXCISION L UPPER BACK 07/20/2026 - NOT
                    ADDRESSED TODAY; SUTURE REMOVAL VISIT ALREADY
                    BOOKED 07/31.)
FINDINGS:           R PLANTAR HEEL: TWO ENDOPHYTIC HYPERKERATOTIC
                    PAPULES 6 AND 8 MM WITH THROMBOSED CAPILLARIES,
                    INTERRUPTED SKIN LINES. TENDER TO PRESSURE.
PROCEDURE:          PARED WITH 15 BLADE, THEN LN2 TO BOTH WARTS,
                    2 FREEZE-THAW CYCLES.
IMPRESSION:         PLANTAR WARTS X2 R HEEL - NEW PROBLEM, UNRELATED
                    TO THE BACK EXCISION.
DISPOSITION:        RTC 3-4 WK FOR REPEAT.

RAFAEL SANTOS, MD
D: 07/24/2026   T: 07/25/2026   JOB# 0725-0816   /TQW
""",
    "expected": E([L("17110", 1, "79")], ["global-period"], dx={"17110": ["B07.0"]}),
    "coder_note": "GS-5: unrelated procedure (new lesion, different site) inside the 10-day global of 11402 (07/20) -> "
                  "79. Back wound not addressed, so no 99024.",
})

# ---------------------------------------------------------------------------------------------------------------
# 44-45 repair
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-rep-fall-lacerations-forearm-hand-chin",
    "family": "repair", "shape": "note-only",
    "description": "Simple repairs after a fall: L forearm 2.5 + L hand 1.8 cm (12002) and chin 1.2 cm (12011); commercial (Aetna)",
    "date": "2026-07-28",
    "patient": ("Holloway", "Trent", "1992-07-07", "male"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Laceration without foreign body of left forearm, initial", "S51.812A", "Left forearm",
          reason=True),
        C("c2", "Laceration without foreign body of left hand, initial", "S61.412A", "Left hand", reason=True),
        C("c3", "Laceration without foreign body of chin, initial", "S01.81XA", "Chin", reason=True),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: HOLLOWAY, TRENT              MR#: SA00882219
DOS: 07/28/2026                        PROVIDER: JUNE ABERNATHY, MD
SENT OVER FROM ST. AGATHA WALK-IN CLINIC (NO SUTURE ROOM OPEN)
----------------------------------------------------------------------
REASON FOR VISIT:   34 Y/O M FELL OFF BIKE ON PAVEMENT 2 HRS AGO.
                    TETANUS UP TO DATE (2023). NO LOC.
FINDINGS:           1. L VOLAR FOREARM LACERATION 2.5 CM.
                    2. L HYPOTHENAR HAND LACERATION 1.8 CM.
                    3. CHIN LACERATION 1.2 CM.
                    ALL SUPERFICIAL, DERMIS ONLY, NO TENDON OR NERVE
                    INJURY, MINIMAL CONTAMINATION. ABRASION R KNEE.
PROCEDURE:          LIDO 1 PCT LOCAL. EACH WOUND IRRIGATED WITH
                    250 ML SALINE, NO DEBRIS, NO FOREIGN BODY.
                    SIMPLE SINGLE-LAYER CLOSURES:
                      #1 L FOREARM 2.5 CM - 4-0 NYLON X5
                      #2 L HAND 1.8 CM - 4-0 NYLON X4
                      #3 CHIN 1.2 CM - 6-0 NYLON X4
                    R KNEE ABRASION CLEANSED AND DRESSED ONLY, NO
                    REPAIR.
IMPRESSION:         SIMPLE LACERATIONS X3, REPAIRED.
DISPOSITION:        SUTURES OUT: FACE 5 DAYS, ARM/HAND 10 DAYS.

JUNE ABERNATHY, MD
D: 07/28/2026   T: 07/28/2026   JOB# 0728-2112   /RDB
""",
    "expected": E([L("12002"), L("12011")]),
    "coder_note": "REP-1/REP-2: simple repairs summed per site group: forearm + hand 2.5 + 1.8 = 4.3 cm -> 12002; chin "
                  "(face) 1.2 cm -> 12011. No PTP edit between 12002 and 12011. Abrasion care not a repair.",
})

SCENARIOS.append({
    "id": "s53-rep-scalp-pilar-cyst-complex-precoded-is-intermediate",
    "family": "repair", "shape": "pre-coded",
    "description": "Pre-coded 11422 + 13121; layered closure 3.0 cm scalp with minimal undermining is intermediate -> 12032; commercial",
    "date": "2026-07-30",
    "patient": ("Vasquez", "Irene", "1970-02-14", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Pilar cyst, scalp, inflamed", "L72.11", "Vertex scalp", reason=True),
    ],
    "procedures": [
        P("EXCISION BENIGN LESION SCALP 1.1-2.0 CM", "11422", "Vertex scalp", "CYST 1.6 CM, 1 MM MARGIN", ["c1"]),
        P("REPAIR COMPLEX SCALP 2.6-7.5 CM", "13121", "Vertex scalp", "3.0 CM", ["c1"]),
    ],
    "path": [
        {"text": "SKIN AND SUBCUTIS, VERTEX SCALP, EXCISION: PILAR (TRICHILEMMAL) CYST WITH FOCAL INFLAMMATION.",
         "site": "Vertex scalp", "date": "2026-08-03"},
    ],
    "note_title": "DERMATOLOGY OPERATIVE NOTE",
    "note": HDR + """PATIENT: VASQUEZ, IRENE               MR#: SA00455190
DOS: 07/30/2026                        SURGEON: CHIDI OKONKWO, MD
----------------------------------------------------------------------
REASON FOR VISIT:   PAINFUL CYST TOP OF HEAD, GETS RED AND SORE,
                    HURTS WHEN SHE BRUSHES HER HAIR.
FINDINGS:           VERTEX SCALP 1.6 CM FIRM MOBILE CYST, TENDER,
                    FAINT ERYTHEMA.
PROCEDURE:          EXCISION. CONSENT. HAIR PARTED. LIDO 1 PCT W
                    EPI. FUSIFORM INCISION WITH 1 MM MARGIN
                    AROUND THE CYST, CYST DISSECTED OUT INTACT.
                    REPAIR: MINIMAL UNDERMINING OF THE WOUND EDGES
                    FOR TENSION. LAYERED CLOSURE - 3-0 VICRYL
                    DEEP/GALEAL, STAPLES TO SKIN. NO DEBRIDEMENT,
                    NO RETENTION SUTURES. LENGTH 3.0 CM.
IMPRESSION:         INFLAMED PILAR CYST, EXCISED.
DISPOSITION:        STAPLES OUT 10-14 DAYS.

CHIDI OKONKWO, MD
D: 07/30/2026   T: 07/31/2026   JOB# 0731-0450   /MLK
""",
    "expected": E([L("11422"), L("12032")], ["coding-correction"], dx={"11422": ["L72.11"]}),
    "coder_note": "EX-1: 1.6 + 2 x 0.1 = 1.8 cm scalp -> 11422 (correct as sent). REP-3: layered closure with minimal "
                  "undermining and nothing more is intermediate, not complex -> 12032 (scalp is in 12031-12037).",
})

# ---------------------------------------------------------------------------------------------------------------
# 46-48 shave
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-sh-cheek-and-neck-irritated-nevi",
    "family": "shave", "shape": "note-only",
    "description": "Shave removals: R cheek 0.4 cm (11310) and bleeding 1.2 cm pedunculated nevus L neck (11307); commercial (UHC)",
    "date": "2026-08-04",
    "patient": ("Oyelaran", "Temi", "1984-12-03", "female"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Irritated intradermal nevus, right cheek", "D22.39", "Right cheek", reason=True),
        C("c2", "Irritated intradermal nevus, left neck", "D22.4", "Left lateral neck", reason=True),
    ],
    "path": [
        {"text": "A. SKIN, RIGHT CHEEK, SHAVE: INTRADERMAL NEVUS, IRRITATED.", "site": "Right cheek",
         "date": "2026-08-07"},
        {"text": "B. SKIN, LEFT LATERAL NECK, SHAVE: POLYPOID INTRADERMAL NEVUS WITH EROSION.",
         "site": "Left lateral neck", "date": "2026-08-07"},
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: OYELARAN, TEMI               MR#: SA00629913
DOS: 08/04/2026                        PROVIDER: ASTRID LINDGREN, MD
----------------------------------------------------------------------
REASON FOR VISIT:   TWO MOLES THAT KEEP GETTING IRRITATED. NECK ONE
                    CATCHES ON HER NECKLACE AND BLED TWICE. CHEEK
                    ONE GETS NICKED [INAUDIBLE] AND IS SORE.
FINDINGS:           R CHEEK: 0.4 CM FLESH-COLORED DOME PAPULE,
                    EXCORIATED.
                    L LATERAL NECK: 1.2 CM PEDUNCULATED SOFT NEVUS
                    WITH HEMORRHAGIC CRUST.
PROCEDURE:          CONSENT. LIDO 1 PCT W EPI.
                    #1 R CHEEK - SHAVE REMOVAL, ENTIRE LESION,
                       AL CL.
                    #2 L NECK - SHAVE REMOVAL AT BASE, ENTIRE
                       LESION, AL CL + LIGHT HYFRECATION.
                    NO SUTURES. BOTH TO PATH.
IMPRESSION:         SYMPTOMATIC NEVI X2, REMOVED.
DISPOSITION:        VASELINE DAILY. PATH TO FOLLOW.

ASTRID LINDGREN, MD
D: 08/04/2026   T: 08/05/2026   JOB# 0805-1247   /TQW
""",
    "expected": E([L("11310"), L("11307")], dx={"11310": ["D22.39"], "11307": ["D22.4"]}),
    "coder_note": "SH-1: face 0.4 cm -> 11310 (FEENLM <=0.5); neck 1.2 cm -> 11307 (SNHFG 1.1-2.0). Removal intent, "
                  "so shave codes, not biopsy (BX-4).",
})

SCENARIOS.append({
    "id": "s53-sh-scalp-sk-no-size-plus-back-sk",
    "family": "shave", "shape": "free-text",
    "description": "Shave of bleeding SK L parietal scalp with no size (no line) + itchy inflamed SK mid back 0.8 cm (11301); Medicaid",
    "date": "2026-08-06",
    "patient": ("Lindqvist-Moore", "Carl", "1964-04-27", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp", "L82.0", "Left parietal scalp", reason=True),
        C("c2", "Inflamed seborrheic keratosis, mid back", "L82.0", "Mid back", reason=True),
    ],
    "procedures": [
        P("SHAVE REMOVAL", site="L PARIETAL SCALP",
          note="IRRITATED SK, CATCHES ON COMB AND BLEEDS. SHAVED FLUSH, AL CL.", reasons=["c1"]),
        P("SHAVE REMOVAL", site="MID BACK",
          note="0.8 CM INFLAMED, ITCHY SK WITH ERYTHEMATOUS RIM. SHAVED FLUSH, AL CL.", reasons=["c2"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: LINDQVIST-MOORE, CARL        MR#: SA00577402
DOS: 08/06/2026                        PROVIDER: RAFAEL SANTOS, MD
----------------------------------------------------------------------
REASON FOR VISIT:   GROWTH ON SCALP BLEEDS WHEN HE COMBS. ITCHY
                    SPOT ON BACK HE SCRATCHES RAW.
FINDINGS:           L PARIETAL SCALP: WARTY STUCK-ON PAPULE WITH
                    FRESH BLOOD CRUST.
                    MID BACK: 0.8 CM STUCK-ON PAPULE, RED
                    INFLAMED RIM, EXCORIATED.
PROCEDURE:          CONSENT. LIDO 1 PCT W EPI.
                    1. SCALP - SHAVE REMOVAL FLUSH, AL CL.
                    2. BACK - SHAVE REMOVAL FLUSH, AL CL.
                    NOT SENT FOR PATH - CLASSIC SK CLINICALLY AND
                    ON DERMOSCOPY.
IMPRESSION:         INFLAMED/IRRITATED SKS X2, SYMPTOMATIC.
DISPOSITION:        WOUND CARE. PRN.

RAFAEL SANTOS, MD
D: 08/06/2026   T: 08/07/2026   JOB# 0807-0391   /MLK
""",
    "expected": E([L("11301")], ["missing-documentation"], dx={"11301": ["L82.0"]}),
    "coder_note": "SH-1: shave codes need the lesion diameter. Scalp lesion has no size anywhere -> no 11305-11308 line, "
                  "missing-documentation (README). Back 0.8 cm TAL -> 11301.",
})

SCENARIOS.append({
    "id": "s53-sh-precoded-tangential-bx-is-shave-removal",
    "family": "shave", "shape": "pre-coded",
    "description": "Pre-coded 11102; note documents therapeutic shave removal of entire bleeding 1.4 cm lesion L upper back -> 11302; Medicare FFS",
    "date": "2026-08-11",
    "patient": ("Thackeray", "Mildred", "1943-10-31", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left upper back", "L82.0", "Left upper back", reason=True),
    ],
    "procedures": [
        P("BIOPSY, TANGENTIAL, SINGLE LESION", "11102", "L upper back", "SHAVE, ENTIRE LESION REMOVED", ["c1"]),
    ],
    "path": [
        {"text": "SKIN, LEFT UPPER BACK, SHAVE: IRRITATED SEBORRHEIC KERATOSIS WITH SURFACE EROSION. LESION "
                 "ENTIRELY REMOVED IN THE PLANE OF SECTION.", "site": "Left upper back", "date": "2026-08-14"},
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: THACKERAY, MILDRED           MR#: SA00102377
DOS: 08/11/2026                        PROVIDER: JUNE ABERNATHY, MD
----------------------------------------------------------------------
REASON FOR VISIT:   GROWTH ON BACK BLEEDS ON BRA CLASP, SOAKS
                    THROUGH HER BLOUSE. WANTS IT GONE.
FINDINGS:           L UPPER BACK AT BRA LINE: 1.4 X 1.1 CM
                    VERRUCOUS STUCK-ON PLAQUE, ERODED, OOZING.
PROCEDURE:          SHAVE REMOVAL (THERAPEUTIC - INTENT IS TO
                    REMOVE THE WHOLE LESION, NOT TO SAMPLE IT).
                    LIDO 1 PCT W EPI. ENTIRE LESION SHAVED OFF
                    FLUSH WITH SURROUNDING SKIN WITH DERMABLADE.
                    AL CL HEMOSTASIS. SENT TO PATH FOR
                    CONFIRMATION.
IMPRESSION:         IRRITATED SK VS [INAUDIBLE] - REMOVED.
DISPOSITION:        VASELINE, BANDAGE. PATH TO FOLLOW.

JUNE ABERNATHY, MD
D: 08/11/2026   T: 08/12/2026   JOB# 0812-1705   /TQW
""",
    "expected": E([L("11302")], ["coding-correction"], dx={"11302": ["L82.0"]}),
    "coder_note": "BX-4: intent was complete removal, so code the shave removal, not a tangential biopsy, though tissue "
                  "went to path. TAL 1.4 cm -> 11302. Bleeding/inflamed SK meets BSL-3, covered.",
})

# ---------------------------------------------------------------------------------------------------------------
# 49-50 skin-tags
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s53-st-twelve-asymptomatic-tags-medicare-gy",
    "family": "skin-tags", "shape": "free-text",
    "description": "Snip removal of 12 asymptomatic skin tags at pt request, no ABN; Medicare FFS -> 11200-GY",
    "date": "2026-08-13",
    "patient": ("Winterbottom", "Gladys", "1949-05-09", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Acrochordons, neck and axillae", "L91.8", "Neck, bilateral axillae", reason=True),
    ],
    "procedures": [
        P("SNIP REMOVAL SKIN TAGS", site="NECK AND BILATERAL AXILLAE",
          note="12 ACROCHORDONS, ASYMPTOMATIC, REMOVED WITH IRIS SCISSORS AT PT REQUEST FOR APPEARANCE",
          reasons=["c1"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: WINTERBOTTOM, GLADYS         MR#: SA00254418
DOS: 08/13/2026                        PROVIDER: RAFAEL SANTOS, MD
----------------------------------------------------------------------
REASON FOR VISIT:   "SKIN TAGS" NECK AND UNDERARMS, DOESN'T LIKE
                    HOW THEY LOOK AT HER GRANDDAUGHTER'S WEDDING
                    PHOTOS.
FINDINGS:           NECK 7, R AXILLA 3, L AXILLA 2 = 12 SOFT
                    PEDUNCULATED SKIN-COLORED PAPULES, 1-3 MM. NO
                    ERYTHEMA, NO BLEEDING, NO TORSION. PT DENIES
                    ITCH, PAIN OR IRRITATION.
PROCEDURE:          SNIP EXCISION OF ALL 12 WITH IRIS SCISSORS,
                    AL CL.
IMPRESSION:         ACROCHORDONS X12, ASYMPTOMATIC, REMOVED FOR
                    COSMETIC REASONS.
DISPOSITION:        TOLD PT MEDICARE DOES NOT COVER COSMETIC
                    REMOVAL; SHE WILL BE BILLED. NO ABN OR OTHER
                    NOTICE SIGNED.

RAFAEL SANTOS, MD
D: 08/13/2026   T: 08/14/2026   JOB# 0814-0954   /RDB
""",
    "expected": E([L("11200", 1, "GY")], dx={"11200": ["L91.8"]}),
    "coder_note": "COS-2/COS-4: asymptomatic skin tags removed for appearance = cosmetic, statutorily excluded on "
                  "Medicare FFS -> 11200-GY (12 tags <= 15). No voluntary notice -> no GX.",
})

SCENARIOS.append({
    "id": "s53-st-forty-inflamed-tags-11201-mue-cap",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Pre-coded 11200 + 11201 for 40 irritated, bleeding skin tags; 11201 would be 3 units, MUE 1 -> capped; MA plan",
    "date": "2026-08-18",
    "patient": ("Bradshaw", "Leroy", "1957-01-06", "male"),
    "provider": "okonkwo", "payer": "medicare-advantage", "minutes": 35,
    "conditions": [
        C("c1", "Inflamed acrochordons, neck, axillae, groin", "L91.8", "Neck, axillae, inguinal folds",
          reason=True),
    ],
    "procedures": [
        P("REMOVAL OF SKIN TAGS, UP TO 15", "11200", "Neck/axillae/groin", "FIRST 15", ["c1"]),
        P("REMOVAL OF SKIN TAGS, EACH ADDL 10", "11201", "Neck/axillae/groin", "25 ADDITIONAL", ["c1"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": HDR + """PATIENT: BRADSHAW, LEROY              MR#: SA00398834
DOS: 08/18/2026                        PROVIDER: CHIDI OKONKWO, MD
----------------------------------------------------------------------
REASON FOR VISIT:   NUMEROUS SKIN TAGS, MANY GET RED, SORE AND
                    BLEED FROM SHIRT COLLAR, SEAT BELT AND
                    WAISTBAND. TRUCK DRIVER.
FINDINGS:           NECK 18, R AXILLA 8, L AXILLA 7, INGUINAL FOLDS
                    7 = FORTY (40) ACROCHORDONS. MANY WITH
                    ERYTHEMA, SEVERAL WITH HEMORRHAGIC CRUST, 3
                    TWISTED AND DUSKY.
PROCEDURE:          CONSENT. SNIP EXCISION WITH CURVED IRIS
                    SCISSORS AND LIGHT ELECTRODESICCATION OF ALL 40
                    TAGS. AL CL.
IMPRESSION:         SYMPTOMATIC (INFLAMED, BLEEDING, TRAUMATIZED)
                    ACROCHORDONS X40, REMOVED.
DISPOSITION:        PETROLATUM. PRN.

CHIDI OKONKWO, MD
D: 08/18/2026   T: 08/19/2026   JOB# 0819-2230   /MLK
""",
    "expected": E([L("11200"), L("11201")], ["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 first 15 + 11201 per additional 10: ceil((40-15)/10) = 3 units, but 11201 MUE is 1 (MAI 3) -> "
                  "capped at 1 with an mue finding (README). Inflammation/bleeding/trauma documented, so covered.",
})
