"""Sealed set 52 (s52-): military treatment facility dermatology clinic on MHS GENESIS (Cerner-based).

Carver Joint Medical Center (CJMC), Fort Carver - Dermatology Clinic, Bldg 4410. Staff: MAJ Ren Nakamura (staff
dermatologist), LTC Kirsten Halvorsen (Mohs surgeon), CPT Jordan Pike (PA-C), Maj Adaeze Okafor (USAF
dermatologist), CDR Ines Castellanos (pediatric dermatology, USN), Dr. Samuel Weiss (GS civilian dermatologist).
Patients: active-duty service members (ADSM) and family members on TRICARE Prime/Select, retirees and
dependents under 65 on TRICARE Select, TRICARE-for-Life retirees with Medicare primary (FFS or MA), family members
whose other health insurance (OHI) is billed by the MTF (commercial, Medicaid).

TRICARE is treated as a commercial payer (no Medicare ABN modifiers; cosmetic services are removed from the
claim). Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and the
tests/corpus/README.md sections "File format" and "Coding decisions" only.
"""

from tools.corpus import fhirkit as _fk
from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

# TRICARE payer presets (Source of Payment Typology 311x = TRICARE). Added at import time; they only add keys.
_fk.PAYERS.setdefault("tricare-prime", ("TRICARE East Region - Humana Military", "3111", "TRICARE Prime--HMO",
                                        "TRICARE Prime"))
_fk.PAYERS.setdefault("tricare-select", ("TRICARE East Region - Humana Military", "3113",
                                         "TRICARE Standard - Fee For Service", "TRICARE Select"))

SCENARIOS = []

HDR = "CARVER JOINT MEDICAL CENTER (CJMC) - DERMATOLOGY CLINIC, BLDG 4410, FORT CARVER"


def _html(text: str) -> str:
    """MHS GENESIS PowerNote export as HTML: each note line becomes a <div>, blank lines become <br/>."""
    body = "\n".join(f"<div>{ln.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}</div>"
                     if ln.strip() else "<br/>" for ln in text.splitlines())
    return ("<html><head><title>PowerNote</title></head><body style=\"font-family:Arial\">\n" + body +
            "\n</body></html>\n")

# ---------------------------------------------------------------------------------------------------------------
# Batch 1: biopsy, cosmetic, destruction
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s52-bx-punch-plus-two-tangential-adsm",
    "family": "biopsy", "shape": "note-only",
    "description": "ADSM, three biopsies: punch L wrist + two tangential (R upper back, L shin); TRICARE Prime",
    "date": "2026-03-12",
    "patient": ("Oyelaran", "Tobi", "1998-07-21", "male"),
    "provider": "nakamura", "payer": "tricare-prime", "minutes": 35,
    "conditions": [
        C("c1", "Violaceous papules, left wrist", "L98.8", "Left volar wrist", reason=True),
        C("c2", "Pink scaly papule, right upper back", "L98.8", "Right upper back", reason=True),
        C("c3", "Irregular pigmented macule, left shin", "L98.8", "Left shin", reason=True),
    ],
    "path": [
        {"text": "A. Skin, left volar wrist, punch: LICHEN PLANUS.", "site": "Left volar wrist", "date": "2026-03-16"},
        {"text": "B. Skin, right upper back, shave: BASAL CELL CARCINOMA, SUPERFICIAL TYPE, extends to base.",
         "site": "Right upper back", "date": "2026-03-16"},
        {"text": "C. Skin, left shin, shave: JUNCTIONAL MELANOCYTIC NEVUS, no atypia.", "site": "Left shin",
         "date": "2026-03-16"},
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
CLINICAL NOTE - DERMATOLOGY                                   DOS: 12MAR2026 0840
Pt: OYELARAN, TOBI   Pt Cat: ADSM (A11)   Rank: SGT/E-5   Unit: 1-39 FA, 3rd BCT
PCM: CPT Hollis, Carver Troop Medical Clinic   Referral: routine, "3 spots"
Provider: MAJ R. Nakamura, MC, USA - Staff Dermatologist

S:
- 27 y/o SM, 3 skin lesions x 2-6 mo noticed after deployment to the CENTCOM AOR.
- L wrist: itchy purple bumps, spreading a little. No new meds. Denies mouth sores.
- R upper back: pink scaly spot, bled once under ruck strap. Not healing.
- L shin: dark spot, "looks different from my other moles" per spouse.
- FHx: father w/ "some skin cancer" - pt himself never had one. No personal hx of skin CA.
- Meds: none. NKDA. Tobacco: dip, counseled.

O:
- L volar wrist: cluster of 4-5 flat-topped violaceous papules 2-4 mm, faint Wickham striae.
- R upper back: 7 mm pink scaly papule, pearly edge on dermoscopy, arborizing vessels.
- L shin: 6 mm irregular brown macule, asymmetric network.
- Oral mucosa clear. Nails normal.

PROCEDURES (verbal + written consent, time-out done, 1% lido w/ epi):
1. L volar wrist - 4 mm PUNCH biopsy, one papule, closed w/ one 4-0 nylon.
2. R upper back - tangential (shave) biopsy w/ DermaBlade, partial sample for dx, AlCl for hemostasis.
3. L shin - tangential (saucerization) biopsy, AlCl hemostasis.
- 3 specimens to CJMC pathology (A, B, C). EBL minimal. Tolerated well.
- Did NOT treat the back lesion today - awaiting path; ED&C vs excision to be decided at f/u.
- Cryo NOT done (pt declined freezing of the wrist lesions until dx known).

A/P:
1. Papular eruption L wrist - r/o lichen planus vs lichenoid drug eruption. Bx A. Triamcinolone 0.1% oint BID
   x2 wk sent to CJMC pharmacy.
2. Lesion R upper back - r/o BCC. Bx B.
3. Atypical-appearing pigmented macule L shin - r/o dysplastic nevus. Bx C.
- Wound care handout. Keep dry 24 h. Suture out 14 days at TMC.
- Duty: no limitations. No profile. May wear IOTV/ruck once sites are bandaged.
- RTC 2-3 wks for path review, sooner PRN.

Electronically signed: NAKAMURA, REN MAJ MC 12MAR2026 1012
""",
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["L43.9"]}),
    "coder_note": "BX-2: one punch + two tangential -> 11104 primary + 11103 x2. No E/M selected. Path returned: "
                  "lichen planus on the punch line.",
})

SCENARIOS.append({
    "id": "s52-bx-three-techniques-precoded-tfl",
    "family": "biopsy", "shape": "pre-coded",
    "description": "TFL retiree, Medicare FFS: tangential + punch + incisional biopsies pre-coded as three primaries",
    "date": "2026-04-07",
    "patient": ("Gustafsen", "Arlo", "1953-10-02", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Indurated plaque, right anterior thigh", "L98.8", "Right anterior thigh", reason=True),
        C("c2", "Scaly papule, left forearm", "L98.8", "Left dorsal forearm", reason=True),
        C("c3", "Crusted papule, right preauricular cheek", "L98.8", "Right preauricular cheek", reason=True),
        C("c4", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "procedures": [
        P("Biopsy, tangential", "11102", "Right preauricular cheek",
          "Shave biopsy of 5 mm crusted papule, Drysol hemostasis.", ["c3"]),
        P("Biopsy, punch", "11104", "Left dorsal forearm",
          "4 mm punch of scaly papule, 1 simple 4-0 suture.", ["c2"]),
        P("Biopsy, incisional", "11106", "Right anterior thigh",
          "Wedge incisional biopsy with #15 blade into subcutis, 2.0 cm ellipse, simple closure 4-0 nylon.", ["c1"]),
    ],
    "path": [
        {"text": "A. Right preauricular cheek, shave: ACTINIC KERATOSIS, hypertrophic.", "date": "2026-04-10"},
        {"text": "B. Left forearm, punch: SQUAMOUS CELL CARCINOMA IN SITU.", "date": "2026-04-10"},
        {"text": "C. Right anterior thigh, incisional: LOCALIZED SCLERODERMA (MORPHEA), inflammatory stage.",
         "date": "2026-04-10"},
    ],
    "note_title": "Dermatology Clinic Note",
    "note": HDR + """
DERMATOLOGY - ESTABLISHED PT                                  07APR2026 1315
Pt: GUSTAFSEN, ARLO   Pt Cat: RET (Army, SFC ret)   Age 72
Coverage: Medicare Part B primary / TRICARE For Life secondary
Provider: Samuel Weiss, MD (GS-15, civilian staff)

Reason for visit: 3 lesions, hx BCC (L nasal sidewall 2021, Mohs, no recurrence).

Findings / procedures:
* R anterior thigh - 4 x 3 cm firm, shiny, ivory plaque with violaceous rim, ~4 mo. Need depth (fat) ->
  INCISIONAL wedge bx with scalpel, 2.0 cm ellipse into subcutaneous fat, simple closure.
* L dorsal forearm - 8 mm scaly pink papule -> 4 mm PUNCH bx, 1 simple suture.
* R preauricular cheek - 5 mm crusted papule -> TANGENTIAL (shave) bx.
All three are separate lesions at separate sites; all sampled for dx only (not removals).
Consent signed. Lidocaine 1% w/ epi. Time-out. Hemostasis obtained. Tolerated well.

Not done today: no cryo, no excision. Pt asked about freezing "the rest of the spots on my hands" -
deferred to next visit, nothing treated.

Plan:
- 3 specimens (A-C) to CJMC lab. Path f/u by phone.
- Sutures out 10-14 d (thigh) / 7-10 d (forearm) at clinic nurse line.
- RTC 3 wks.

/es/ S. Weiss MD 07APR2026 1422
""",
    "expected": E([L("11106"), L("11105"), L("11103")], topics=["coding-correction"],
                  dx={"11106": ["L94.0"]}),
    "coder_note": "BX-2: only one biopsy primary per encounter (11106/11104 and 11106/11102 are PTP indicator 0). "
                  "Incisional outranks -> 11106; the punch becomes 11105 and the tangential 11103 (both allowed with "
                  "11106 in the AOC file).",
})

SCENARIOS.append({
    "id": "s52-bx-eight-tangential-mue-cap",
    "family": "biopsy", "shape": "free-text",
    "description": "Retiree <65 with dysplastic nevus history, eight tangential biopsies; 11103 capped at MUE 6",
    "date": "2026-05-19",
    "patient": ("Kowalczyk", "Renata", "1972-01-30", "female"),
    "provider": "okafor", "payer": "tricare-select", "minutes": 50,
    "conditions": [
        C("c1", "Atypical pigmented lesions, multiple sites", "D49.2", None, reason=True),
        C("c2", "Personal history of melanoma in situ", "Z86.006", history=True),
    ],
    "procedures": [
        P("Shave biopsy", None, "Left upper back", "6 mm irregular brown macule, DermaBlade saucerization.", ["c1"]),
        P("Shave biopsy", None, "Right upper back", "5 mm dark brown papule, tangential bx.", ["c1"]),
        P("Shave biopsy", None, "Mid lower back", "7 mm variegated macule, tangential bx.", ["c1"]),
        P("Shave biopsy", None, "Right flank", "4 mm pink-brown papule, tangential bx.", ["c1"]),
        P("Shave biopsy", None, "Left anterior chest", "5 mm irregular macule, tangential bx.", ["c1"]),
        P("Shave biopsy", None, "Left posterior thigh", "6 mm eccentric hyperpigmentation, tangential bx.", ["c1"]),
        P("Shave biopsy", None, "Right calf", "5 mm new dark macule, tangential bx.", ["c1"]),
        P("Shave biopsy", None, "Left upper arm", "4 mm pink papule with peripheral network, tangential bx.",
          ["c1"]),
    ],
    "note_title": "Dermatology Note",
    "note": HDR + """
DERMATOLOGY F/U - HIGH-RISK MOLE CHECK                        19MAY2026 0915
Pt: KOWALCZYK, RENATA   Pt Cat: RET (USAF, MSgt ret), age 54   TRICARE Select
Provider: Maj A. Okafor, USAF, MC - Dermatology

HPI
- Hx MIS L upper arm 2019 (WLE, clear), >100 nevi, several dysplastic nevi removed at prior bases.
- Here for 6-mo TBSE. Reports 2 "new" spots on legs. No bleeding.

EXAM (TBSE, dermoscopy)
- Numerous nevi. 8 lesions with atypical dermoscopic features (see procedure entries): L upper back, R upper
  back, mid lower back, R flank, L ant chest, L post thigh, R calf, L upper arm.
- R scapula 4 mm nevus - stable vs photo 11/2025, NOT biopsied, monitor.
- Old MIS scar L upper arm: no pigment, no nodularity.

PROCEDURE
- Consent. Time-out x8 sites. 1% lido w/ epi.
- Eight (8) tangential/saucerization biopsies with DermaBlade, one per lesion, each a separate specimen
  (A-H). AlCl hemostasis. Vaseline + bandage.
- Each lesion was sampled, not removed with intent to clear; re-excision per path.

A/P
1. Multiple atypical pigmented lesions - r/o dysplastic nevus vs melanoma. Bx x8.
2. Hx MIS - no evidence of recurrence at scar.
- Photo update in 6 mo. Sun protection. RTC 2 wk path review.

/es/ OKAFOR, ADAEZE Maj USAF MC 19MAY2026 1041
""",
    "expected": E([L("11102"), L("11103", 6)], topics=["mue"]),
    "coder_note": "8 tangential biopsies -> 11102 + 11103 x7; 11103 MUE is 6 (MAI 3) so the add-on is capped at 6 "
                  "with an mue finding (tests/corpus README, Coding decisions). Diagnoses left to pathology.",
})

SCENARIOS.append({
    "id": "s52-bx-new-lesion-in-excision-global-79",
    "family": "biopsy", "shape": "pre-coded",
    "description": "ADSM 6 days after back cyst excision (010): punch bx of a new ankle lesion, pre-coded without 79",
    "date": "2026-03-18",
    "patient": ("Brandvold", "Casey", "2000-04-09", "female"),
    "provider": "pike", "payer": "tricare-prime", "minutes": 25,
    "conditions": [
        C("c1", "Annular papular plaque, right medial ankle", "L98.8", "Right medial ankle", reason=True),
    ],
    "procedures": [
        P("Punch biopsy skin, single lesion", "11104", "Right medial ankle",
          "4 mm punch biopsy of annular plaque edge; 1 simple suture.", ["c1"]),
    ],
    "prior": [PRIOR("2026-03-12", "11403", "Excision epidermoid cyst, upper back, 2.4 cm excised diameter",
                    "Upper back", "Benign excision, 10-day global")],
    "path": [{"text": "Skin, right medial ankle, punch: GRANULOMA ANNULARE.", "date": "2026-03-21"}],
    "note_title": "Dermatology Clinic Note",
    "note": HDR + """
DERM - ACUTE/SAME-WEEK APPT                                   18MAR2026 1330
Pt: BRANDVOLD, CASEY   ADSM (A11)   SPC/E-4   HHC, 82nd BSB
Provider: CPT J. Pike, PA-C (supervising: MAJ Nakamura)

S:
- s/p excision epidermoid cyst upper back 12MAR2026 (MAJ Nakamura). Here for a DIFFERENT problem.
- R ankle ring-shaped rash x2 mo, not itchy, not better w/ OTC clotrimazole x3 wks.
- Back incision: no complaints. Not examined today - suture removal already booked with nurse 22MAR.

O:
- R medial ankle: 3 cm annular plaque of skin-colored to pink papules, no scale. KOH neg.

Procedure: 4 mm punch biopsy, edge of the R ankle plaque. Consent, time-out, lido 1% w/ epi, 1 simple
4-0 nylon. Specimen to path.

A/P:
- Annular plaque R ankle, ddx granuloma annulare vs tinea (KOH neg). Punch bx. Stop clotrimazole.
- Unrelated to the back surgery (new lesion, different site).
- Duty: boots OK; keep bandage dry x24 h.
- RTC 2 wk for path and suture removal.

/es/ PIKE, JORDAN CPT SP PA-C 18MAR2026 1402
""",
    "expected": E([L("11104", 1, "79")], topics=["global-period"], dx={"11104": ["L92.0"]}),
    "coder_note": "GS-5: procedure for a new, unrelated lesion inside the 10-day global of the 12MAR 11403 -> 79 on "
                  "11104. No E/M selected; excision site not evaluated (no 99024).",
})

SCENARIOS.append({
    "id": "s52-cos-sk-tfl-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "TFL retiree, Medicare FFS: cryo of six asymptomatic facial SKs for appearance; voluntary ABN",
    "date": "2026-06-02",
    "patient": ("Delacroix", "Maurice", "1954-12-14", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, face", "L82.1", "Bilateral cheeks and temples", reason=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERMATOLOGY PROCEDURE VISIT                                   02JUN2026 1045
Pt: DELACROIX, MAURICE   RET (CW4, USA ret), 71 y/o
Coverage: Medicare B primary, TRICARE For Life secondary
Provider: Samuel Weiss, MD

Subjective:
- Wants the "age spots" on his face gone before his granddaughter's commissioning ceremony. Says they make
  him look old.
- Denies itching, bleeding, pain, irritation, growth or change. None catch on glasses or his cover.

Exam:
- 6 stuck-on tan-brown waxy papules, 4-8 mm: R cheek x2, L cheek x2, R temple x1, L temple x1.
  Classic SK on dermoscopy (milia-like cysts, comedo-like openings). No inflammation, no crust.
- No other lesions of concern on face/scalp.

Counseling:
- Benign SKs; removal is cosmetic and is not covered by Medicare or TFL. Pt understands he is responsible.
- Voluntary ABN (CMS-R-131) reviewed and signed, option 1 - placed in chart.

Procedure: cryotherapy (LN2 spray, 2 freeze-thaw cycles) to six (6) SKs as above. Tolerated well.
Aftercare: blister care handout.

A: Seborrheic keratoses x6, face - asymptomatic, cosmetic removal at pt request.
P: RTC PRN.

/es/ WEISS, SAMUEL MD 02JUN2026 1101
""",
    "expected": E([L("17110", 1, "GX", "GY")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: asymptomatic L82.1 SK removal with no BSL-3 indication is cosmetic (statutorily "
                  "excluded); Medicare FFS -> GY, plus GX because a voluntary ABN is documented. 6 lesions -> "
                  "17110 x1.",
})

SCENARIOS.append({
    "id": "s52-cos-glycolic-peel-tricare-dependent",
    "family": "cosmetic", "shape": "free-text",
    "description": "Dependent spouse, TRICARE Select: facial epidermal chemical peel for photoaging (cosmetic)",
    "date": "2026-06-16",
    "patient": ("Whitcombe", "Lauren", "1987-08-25", "female"),
    "provider": "okafor", "payer": "tricare-select", "minutes": 30,
    "conditions": [
        C("c1", "Encounter for cosmetic procedure", "Z41.1", None, reason=True),
        C("c2", "Photoaging, face", "L57.8", "Face"),
    ],
    "procedures": [
        P("Chemical peel, facial, superficial (30% glycolic acid)", None, "Full face",
          "Elective cosmetic peel: 30% glycolic acid x 3 min, neutralized. Epidermal depth only.", ["c1"]),
    ],
    "note_title": "Elective Cosmetic Procedure Note",
    "note": HDR + """
ELECTIVE COSMETIC PROCEDURE                                   16JUN2026 1500
Pt: WHITCOMBE, LAUREN   ADFM (spouse of SFC Whitcombe)   TRICARE Select
Provider: Maj A. Okafor, USAF MC

- 38 y/o requests "refresh" of facial skin - fine lines, dull tone, mild photoaging.
- No acne, no melasma, no AKs, no rosacea. No active skin disease.
- Counseled: elective cosmetic service, NOT a TRICARE benefit; pt elected the self-pay cosmetic program
  and signed the cosmetic procedure financial agreement.

Procedure: superficial (epidermal) chemical peel, full face, 30% glycolic acid, 3 min, neutralized with
bicarbonate solution. Mild expected erythema. Cool compresses.

A/P: photoaging, cosmetic peel #1 of 3 planned at 4-wk intervals. Strict photoprotection. RTC 4 wk.

/es/ OKAFOR, ADAEZE Maj USAF MC 16JUN2026 1538
""",
    "expected": E([], topics=["cosmetic"]),
    "coder_note": "Facial epidermal peel (15788) for photoaging only is cosmetic (COS-2). TRICARE is handled as a "
                  "commercial payer: the cosmetic line is removed from the claim with a cosmetic finding "
                  "(conventions, Non-Medicare cosmetic services).",
})

SCENARIOS.append({
    "id": "s52-ds-ak-seventeen-precoded-17003x16",
    "family": "destruction", "shape": "pre-coded",
    "description": "TFL retiree, Medicare FFS: 17 AKs cryo pre-coded 17000 + 17003 x16 -> 17004",
    "date": "2026-02-10",
    "patient": ("Lindahl", "Gordon", "1957-05-06", "male"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "Scalp, dorsal hands, ears", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Scalp", "LN2, first lesion.", ["c1"]),
        P("Destruction premalignant lesions, each additional lesion (x16)", "17003", "Scalp, hands, ears",
          "LN2, additional lesions; qty 16 entered on charge.", ["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERMATOLOGY - AK TREATMENT                                    10FEB2026 0930
Pt: LINDAHL, GORDON   RET (USAF SMSgt ret), 68 y/o, former flight-line crew chief
Coverage: Medicare Part B / TFL
Provider: LTC K. Halvorsen, MC, USA

S: Rough scaly spots scalp/hands/ears, some sore. On 5-FU in 2024 - did not finish course.
O: Gritty erythematous hyperkeratotic papules c/w AK:
   - scalp (vertex + frontal): 9
   - dorsal hands (R 3, L 2): 5
   - ears (R helix 2, L helix 1): 3
   TOTAL = 17 AKs. No thick/indurated lesions; nothing concerning for SCC today.
Procedure: LN2 cryotherapy, 2 cycles each, to all 17 AKs. Consent verbal. Tolerated well.
A: Actinic keratoses, 17, destroyed.
P: Discussed field tx (5-FU/calcipotriene) for the scalp in the fall. Sunscreen, wide-brim hat. RTC 6 mo.

/es/ HALVORSEN, KIRSTEN LTC MC 10FEB2026 0951
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003 (17003 x16 also exceeds "
                  "its MUE of 13 and the 2-14 range).",
})

SCENARIOS.append({
    "id": "s52-ds-warts-counted-aks-uncounted",
    "family": "destruction", "shape": "note-only",
    "description": "Retiree <65: 3 hand warts destroyed (17110); AKs treated but never counted -> no AK line",
    "date": "2026-07-08",
    "patient": ("Sorensen", "Dale", "1967-09-17", "male"),
    "provider": "pike", "payer": "tricare-select", "minutes": 20,
    "conditions": [
        C("c1", "Common warts, right hand", "B07.8", "Right hand", reason=True),
        C("c2", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
    ],
    "note_title": "Dermatology Note",
    "note": HDR + """
DERM F/U                                                      08JUL2026 1400
Pt: SORENSEN, DALE   RET (1SG ret, USA) 58 y/o   TRICARE Select
Provider: CPT J. Pike, PA-C

S:
- Warts on R hand, 3, painful w/ gripping, bleed when they catch on tools. Failed OTC salicylic acid x8 wks.
- "Rough spots" on scalp again.

O:
- R hand: verrucous papules - R index finger dorsal PIP (6 mm), R 4th finger lateral (4 mm), R thenar
  eminence (5 mm). Three (3) warts total.
- Scalp: multiple scaly erythematous papules c/w AK scattered over vertex and frontal scalp.

PROCEDURE:
- LN2 cryo, 2 FTC, to the 3 warts R hand after paring.
- LN2 cryo to the AKs on the scalp, several.

A/P:
1. Verruca vulgaris R hand x3 - destroyed. Consider candida antigen if recurrent.
2. AKs scalp - cryo today. Field tx discussed, pt will think about 5-FU.
- RTC 4-6 wks.

/es/ PIKE, JORDAN CPT SP PA-C 08JUL2026 1427
""",
    "expected": E([L("17110")], topics=["missing-documentation"], dx={"17110": ["B07.8"]}),
    "coder_note": "Three warts -> 17110 x1. The AKs were destroyed but the note never gives a number ('multiple', "
                  "'several'): no 17000/17003/17004 line, missing-documentation (tests/corpus README).",
})

SCENARIOS.append({
    "id": "s52-ds-ak-and-plantar-warts-xs",
    "family": "destruction", "shape": "free-text",
    "description": "ADSM: 4 AKs (17000 + 17003 x3) and 2 plantar warts (17110), different lesions -> XS on AK lines",
    "date": "2026-08-20",
    "patient": ("Haugland", "Eric", "1981-03-03", "male"),
    "provider": "pike", "payer": "tricare-prime", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, forearms and ear", "L57.0", "Bilateral dorsal forearms, left ear",
          reason=True),
        C("c2", "Plantar warts, left foot", "B07.0", "Left plantar forefoot and heel", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of actinic keratoses", None, "Right dorsal forearm",
          "LN2 x2 cycles, 2 AKs.", ["c1"]),
        P("Cryotherapy of actinic keratoses", None, "Left dorsal forearm", "LN2 x2 cycles, 1 AK.", ["c1"]),
        P("Cryotherapy of actinic keratosis", None, "Left helix", "LN2 x2 cycles, 1 AK.", ["c1"]),
        P("Paring and cryotherapy of plantar warts", None, "Left plantar foot",
          "Pared with #15 blade then LN2 x3 cycles: 2 plantar warts (1st MTP head, lateral heel).", ["c2"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERM PROCEDURE                                                20AUG2026 0800
Pt: HAUGLAND, ERIC   ADSM   SFC/E-7   Range Control   TRICARE Prime
Provider: CPT J. Pike, PA-C

- 45 y/o range NCO, fair skin, 22 yrs outdoors. Scaly spots on forearms/ear; 2 painful plantar warts L foot,
  pain with ruck marches.
- AKs: R dorsal forearm x2, L dorsal forearm x1, L helix x1 = 4 AKs.
- Plantar warts L foot x2 (1st MTP head 8 mm, lateral heel 6 mm), pain on lateral compression.
- LN2 to all 4 AKs; warts pared, then LN2. These are six separate lesions - AKs and warts at different sites.
- Duty limitation (e-Profile, temporary, 7 days): no ruck march / road march, may wear running shoes,
  may run at own pace. Pt given copy.
- A: AK x4 (L57.0); plantar verruca x2 (B07.0).
- P: sunscreen, long sleeves on range. Repeat wart tx in 3-4 wks. RTC PRN for AKs.

/es/ PIKE, JORDAN CPT SP PA-C 20AUG2026 0833
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 3, "XS")], dx={"17110": ["B07.0"],
                                                                             "17000": ["L57.0"]}),
    "coder_note": "DS-3: 17110/17000 and 17110/17003 are PTP indicator 1 with the AK codes in column 2; the AKs and "
                  "warts are different lesions at different sites -> XS on 17000 and 17003 (conventions).",
})

SCENARIOS.append({
    "id": "s52-ds-edc-sbcc-defect-size-precoded",
    "family": "destruction", "shape": "pre-coded",
    "description": "Retiree spouse, Medicare Advantage: ED&C of two biopsy-proven sBCCs pre-coded by lesion size",
    "date": "2026-09-15",
    "patient": ("Pellegrino", "Donna", "1951-02-27", "female"),
    "provider": "nakamura", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
        C("c2", "Superficial basal cell carcinoma, right anterior thigh", "C44.712", "Right anterior thigh",
          reason=True),
    ],
    "procedures": [
        P("ED&C malignant lesion trunk", "17261", "Left upper back",
          "Lesion 0.9 cm. Curettage x3 cycles with electrodesiccation.", ["c1"]),
        P("ED&C malignant lesion leg", "17260", "Right anterior thigh",
          "Lesion 0.5 cm. Curettage x3 cycles with electrodesiccation.", ["c2"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERMATOLOGY PROCEDURE NOTE                                    15SEP2026 1030
Pt: PELLEGRINO, DONNA   RETFM (spouse of COL ret)   75 y/o   Medicare Advantage (OHI) / TFL
Provider: MAJ R. Nakamura, MC, USA

Indication: 2 sBCCs, both bx-proven 25AUG2026 (CJMC path S26-4471 A, B). Pt prefers ED&C over excision.

Procedure: electrodesiccation and curettage x 3 cycles each. Consent, time-out, 1% lido w/ epi.
 1) L upper back - clinical lesion 0.9 x 0.7 cm. After three cycles of curettage and desiccation the final
    defect measured 1.3 x 1.1 cm.
 2) R anterior thigh - clinical lesion 0.5 x 0.4 cm. Final defect after curettage 0.8 x 0.7 cm.
Hemostasis w/ desiccation. Vaseline, bandage. No specimens (dx already established).

A/P: sBCC L upper back and R ant thigh, treated with ED&C. Wound care handout. RTC 3 mo skin check.

/es/ NAKAMURA, REN MAJ MC 15SEP2026 1102
""",
    "expected": E([L("17262"), L("17261")], topics=["coding-correction"],
                  dx={"17262": ["C44.519"], "17261": ["C44.712"]}),
    "coder_note": "DS-4: malignant destruction with curettage is sized by the final defect diameter (AAD-BXP): back "
                  "1.3 cm -> 17262 (TAL 1.1-2.0), thigh 0.8 cm -> 17261 (TAL 0.6-1.0). The pre-coded bands used the "
                  "clinical lesion sizes.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2: E/M, benign and malignant excision
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s52-em-screening-tbse-tfl-new-gy",
    "family": "em", "shape": "note-only",
    "description": "New TFL retiree on Medicare FFS, screening-only skin exam, no history/complaint/finding -> GY",
    "date": "2026-01-21",
    "patient": ("Abernethy", "Roland", "1960-11-03", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", None, reason=True),
    ],
    "note_title": "Dermatology New Patient Note",
    "note": HDR + """
DERMATOLOGY - NEW PATIENT                                     21JAN2026 1030
Pt: ABERNETHY, ROLAND   RET (LTC ret, USA)   65 y/o
Coverage: Medicare Part B (new enrollee) / TRICARE For Life
Provider: Samuel Weiss, MD

CC: "Skin check - my PCM said everyone over 65 should get one."
HPI:
- No skin complaints. No new, changing, bleeding or itchy lesions. No rashes.
- No personal hx of skin cancer, no prior biopsies. No hx of dysplastic nevi.
- FHx: none of melanoma or skin cancer.
- Served 24 yrs incl. desert deployments; used sunscreen "sometimes".
ROS: negative for skin/hair/nail symptoms.

Exam: TBSE (scalp to soles, incl. nails, oral mucosa).
- Scattered benign-appearing nevi on trunk (<4 mm, regular), few solar lentigines on forearms.
- No AKs, no suspicious pigmented or nonpigmented lesions. Nothing requiring tx or bx.

Assessment:
- Routine skin cancer screening, asymptomatic, normal exam.
Plan:
- Sun protection, monthly self-skin exam taught (ABCDEs handout).
- Pt informed verbally that Medicare does not cover screening-only skin exams; he elected to proceed.
  (No written ABN/notice issued.)
- RTC PRN new/changing lesion.

E/M: 99203 (new pt, low)
/es/ WEISS, SAMUEL MD 21JAN2026 1059
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / tests/corpus README: Medicare has no skin-cancer screening benefit; a screening-only full-"
                  "skin exam with no history, no complaint and nothing found is statutorily excluded -> E/M with GY "
                  "(no ABN modifier GX: no voluntary notice was given, only a verbal explanation).",
})

SCENARIOS.append({
    "id": "s52-em-mtx-psoriasis-plus-ak-cryo-25",
    "family": "em", "shape": "pre-coded",
    "description": "TFL retiree, Medicare FFS: methotrexate psoriasis f/u (99214) + cryo of 1 AK; E/M needs 25",
    "date": "2026-02-24",
    "patient": ("Varga", "Istvan", "1955-06-18", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 35,
    "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", None, reason=True),
        C("c2", "Long term (current) use of methotrexate", "Z79.631", None, reason=True),
        C("c3", "Actinic keratosis, left temple", "L57.0", "Left temple", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first lesion", "17000", "Left temple",
          "LN2 x2 cycles to one AK.", ["c3"]),
    ],
    "note_title": "Dermatology Follow-up Note",
    "note": HDR + """
DERMATOLOGY F/U - PSORIASIS / MTX MONITORING                  24FEB2026 1315
Pt: VARGA, ISTVAN   RET (MSG ret, USA) 70 y/o   Medicare B / TFL
Provider: MAJ R. Nakamura, MC, USA

S:
- Plaque psoriasis on MTX 15 mg PO weekly + folic acid 1 mg daily since 09/2025. BSA down from 12% to ~3%.
- Mild nausea day after dose; no mouth sores, no cough/SOB. Alcohol: none.
- Also: rough spot L temple x3 mo.
Data:
- CBC w/ diff, CMP (LFTs), creatinine 18FEB2026 reviewed: ALT 38 (prior 31), WBC 5.8, plt 221, Cr 1.0.
O:
- Thin pink plaques elbows/knees, BSA ~3%. Scalp clear. Nails: few pits.
- L temple: 5 mm gritty erythematous papule c/w AK.

A/P:
1. Psoriasis vulgaris on methotrexate, improving. Drug requiring intensive monitoring for toxicity.
   - Continue MTX 15 mg weekly, split dose for nausea; continue folic acid.
   - Repeat CBC/CMP in 8 wks; LFT trend reviewed w/ pt. Counseled on EtOH avoidance, contraception N/A.
   - Clobetasol 0.05% oint BID to residual plaques x2 wk on/off, Rx sent.
2. AK L temple - LN2 cryo x1 lesion today (consent verbal). Separate from psoriasis work-up above.
- RTC 3 mo.

/es/ NAKAMURA, REN MAJ MC 24FEB2026 1402
""",
    "expected": E([L("99214", 1, "25"), L("17000")], dx={"99214": ["L40.0"], "17000": ["L57.0"]}),
    "coder_note": "GS-3: methotrexate management with lab review is significant and separately identifiable from the "
                  "AK destruction (010) -> 25 on the provider-selected 99214. 17000/99214 PTP indicator 1 is "
                  "bypassed by 25.",
})

SCENARIOS.append({
    "id": "s52-em-teen-isotretinoin-start-new",
    "family": "em", "shape": "note-only",
    "description": "New pediatric dependent, nodulocystic acne, isotretinoin start; no procedures (ILK declined)",
    "date": "2026-04-28",
    "patient": ("Montoya", "Diego", "2009-12-01", "male"),
    "provider": "castellanos", "payer": "tricare-prime", "minutes": 50,
    "em": "99204",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic", "L70.0", "Face, chest, back", reason=True),
    ],
    "note_title": "Pediatric Dermatology New Patient Note",
    "note": HDR + """
PEDIATRIC DERMATOLOGY - NEW PATIENT                           28APR2026 0900
Pt: MONTOYA, DIEGO   ADFM (son of MSgt Montoya, USAF)   16 y/o   TRICARE Prime
Accompanied by: mother (consent for minor)
Provider: CDR I. Castellanos, MC, USN - Pediatric Dermatology

CC: acne scarring, "nothing works"
HPI:
- Acne x3 yrs face/chest/back, painful nodules. Failed doxycycline 100 mg BID x4 mo (PCM) + adapalene/BPO
  gel x6 mo. Now new atrophic scars on cheeks. Teased at school, low mood but denies SI.
- PHQ-A: 6 (mild). No prior psych hx.
Exam:
- Face: numerous inflammatory papules/pustules, 6 nodules (cheeks, jaw), early atrophic scars.
- Chest/back: ~20 papules, 4 nodules on upper back. No sinus tracts.

A/P:
1. Nodulocystic acne vulgaris, scarring, failed oral abx + topicals -> isotretinoin.
   - iPLEDGE registration completed today (male pt). Baseline lipid panel, CMP ordered.
   - Counseled: dry skin/lips, myalgia, mood changes (parent + pt to watch; PHQ-A each visit), no
     blood donation, no waxing, avoid tetracyclines.
   - Start isotretinoin 40 mg daily (~0.5 mg/kg) once labs back; Rx pending labs.
   - Stop doxycycline today.
2. Intralesional Kenalog to the facial nodules offered for faster relief - DECLINED by pt/mother today.
   No drainage performed.
- RTC 30 days (iPLEDGE). Mother verbalized understanding.

E/M: 99204
/es/ CASTELLANOS, INES CDR MC USN 28APR2026 1002
""",
    "expected": E([L("99204")], dx={"99204": ["L70.0"]}),
    "coder_note": "Provider-selected 99204 kept (new pt, chronic illness with progression + prescription drug "
                  "management). The intralesional injection was offered and declined: nothing else is coded.",
})

SCENARIOS.append({
    "id": "s52-em-new-adsm-wart-only-em-removed",
    "family": "em", "shape": "note-only",
    "description": "New ADSM, single thumb wart, 99202 + cryo; E/M covers only the decision to treat -> removed",
    "date": "2026-05-06",
    "patient": ("Tran", "Kevin", "2003-02-14", "male"),
    "provider": "pike", "payer": "tricare-prime", "minutes": 15,
    "em": "99202",
    "conditions": [
        C("c1", "Verruca vulgaris, left thumb", "B07.8", "Left thumb dorsum", reason=True),
    ],
    "note_title": "Dermatology Note",
    "note": HDR + """
DERM - NEW PT (TMC referral)                                  06MAY2026 1500
Pt: TRAN, KEVIN   ADSM   PFC/E-3   A Co, 2-505 PIR   TRICARE Prime
Provider: CPT J. Pike, PA-C

S: wart L thumb x4 mo, painful when gripping M4 / pull-up bar. OTC freeze kit x2 failed. No other lesions.
   No PMH. No meds. NKDA.
O: L thumb dorsum, 6 mm verrucous papule w/ thrombosed capillaries. Periungual fold not involved.
   Nail plate normal.
A: Verruca vulgaris L thumb.
P: - Discussed options; pt chose LN2 today. Consent verbal.
   - LN2 cryotherapy, 2 FTC, 1 wart.
   - Blister care. Duty: no limitations.
   - RTC 3-4 wks for repeat if needed.

E/M: 99202
/es/ PIKE, JORDAN CPT SP PA-C 06MAY2026 1514
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "GS-3 / conventions: the only work beyond the procedure is the decision to treat the one wart; "
                  "being a new patient does not by itself justify an E/M -> the 99202 line is removed, 17110 x1 "
                  "(010) remains.",
})

SCENARIOS.append({
    "id": "s52-exb-epidermoid-cyst-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "ADSM: recurrently inflamed epidermoid cyst upper back, excised 2.4 cm + layered repair 3.8 cm",
    "date": "2026-03-03",
    "patient": ("Kamara", "Ibrahim", "1994-08-30", "male"),
    "provider": "nakamura", "payer": "tricare-prime", "minutes": 45,
    "conditions": [
        C("c1", "Epidermoid cyst, upper back, recurrently inflamed", "L72.0", "Mid upper back", reason=True),
    ],
    "path": [{"text": "Skin and subcutis, upper back, excision: RUPTURED EPIDERMAL INCLUSION CYST with foreign-"
                      "body giant cell reaction. Margins free.", "date": "2026-03-06"}],
    "note_title": "Dermatologic Surgery Note",
    "note": HDR + """
DERMATOLOGIC SURGERY - PROCEDURE NOTE                         03MAR2026 1300
Pt: KAMARA, IBRAHIM   ADSM   SSG/E-6   HHB, 1-39 FA   TRICARE Prime
Surgeon: MAJ R. Nakamura, MC, USA     Asst: SPC Lyle (68C)

INDICATION: cyst mid upper back under plate-carrier strap. Inflamed/draining 3x in 12 mo (I&D at BAS
10/2025), painful under body armor. Quiescent today. Pt wants it out.

PRE-OP: 2.0 x 1.6 cm mobile subcutaneous cyst w/ central punctum, mid upper back. No fluctuance.
CONSENT: risks (scar, infection, recurrence, dehiscence) reviewed; signed. Time-out.

PROCEDURE:
- Marked 2.0 cm cyst with 2 mm margin all around (narrowest margin 0.2 cm) -> excised diameter 2.4 cm.
- Fusiform excision to subcutaneous fat, cyst removed intact w/ surrounding fibrosis.
- Wound 3.8 cm long. Layered closure: 4-0 Monocryl buried dermal sutures, 4-0 nylon running epidermal.
- EBL < 5 mL. Specimen to path.

POST-OP:
- Wound care handout. Sutures out 12-14 d.
- DUTY LIMITATIONS (temporary profile, 14 days): no body armor/plate carrier, no ruck, no push-ups or
  pull-ups, no contact combatives. May run. e-Profile entered.
- RTC 2 wk suture removal (post-op, in global).

DX: epidermoid cyst, symptomatic (painful, recurrent inflammation).
/es/ NAKAMURA, REN MAJ MC 03MAR2026 1351
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.0 cm + 2 x 0.2 cm = 2.4 cm excised diameter, trunk -> 11403. EX-5: layered closure is "
                  "separately reported, trunk 3.8 cm -> 12032 (2.6-7.5). Path benign.",
})

SCENARIOS.append({
    "id": "s52-exb-neck-nevus-precoded-wrong-site-group",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Dependent with OHI (UHC): changing neck nevus excised 1.0 cm, pre-coded 11401 + 12001",
    "date": "2026-04-14",
    "patient": ("Reinholt", "Mara", "1990-05-22", "female"),
    "provider": "okafor", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Changing melanocytic nevus, left lateral neck", "D48.5", "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion", "11401", "Left lateral neck",
          "Lesion 0.6 cm, 2 mm margins, elliptical excision.", ["c1"]),
        P("Simple repair", "12001", "Left lateral neck", "Single-layer closure 1.8 cm, 5-0 nylon.", ["c1"]),
    ],
    "path": [{"text": "Skin, left lateral neck, excision: COMPOUND DYSPLASTIC NEVUS WITH MODERATE ATYPIA, "
                      "margins clear.", "date": "2026-04-17"}],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERMATOLOGY PROCEDURE                                         14APR2026 1030
Pt: REINHOLT, MARA   ADFM (spouse of CPT Reinholt)   35 y/o
Coverage: OHI UnitedHealthcare Choice Plus (employer plan) - primary; TRICARE secondary. UBO to bill OHI.
Provider: Maj A. Okafor, USAF MC

Indication: mole L lateral neck, darker and larger over 6 mo per pt photos; irregular border, dermoscopy with
atypical network. Prior shave bx at civilian clinic 2024 - "atypical", incompletely removed (records scanned).

Procedure: excision, L lateral neck.
- Lesion 0.6 cm, 0.2 cm margins -> excised diameter 1.0 cm. Ellipse 1.8 cm oriented in relaxed skin
  tension lines. Full thickness to superficial fat.
- Closure: simple, single layer 5-0 nylon interrupted, 1.8 cm. No undermining, no deep sutures.
- Specimen to path w/ orientation suture at 12 o'clock.
Pt tolerated well. Wound care reviewed. Sutures out 7 d.

A/P: changing nevus L neck, excised. Follow path. RTC 1 wk.
/es/ OKAFOR, ADAEZE Maj USAF MC 14APR2026 1110
""",
    "expected": E([L("11421")], topics=["coding-correction", "ncci"], dx={"11421": ["D22.4"]}),
    "coder_note": "EX-2: neck is in the scalp/neck/hands/feet/genitalia group, not trunk/arms/legs: 0.6 + 2 x 0.2 = "
                  "1.0 cm -> 11421 (not 11401). EX-5: simple closure of the same wound is included (11421/12001 "
                  "indicator 1, same wound, no bypass) -> 12001 removed. Moderately dysplastic nevus -> benign code, "
                  "D22.4.",
})

SCENARIOS.append({
    "id": "s52-exb-pilar-cyst-scalp-size-missing",
    "family": "excision-benign", "shape": "free-text",
    "description": "Dependent, pilar cyst scalp excised, no cyst/margin size recorded; layered repair 3.0 cm only",
    "date": "2026-05-27",
    "patient": ("Abbott", "Janelle", "1979-10-11", "female"),
    "provider": "nakamura", "payer": "tricare-select", "minutes": 40,
    "conditions": [
        C("c1", "Pilar cyst, scalp", "L72.11", "Right parietal scalp", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", None, "Right parietal scalp",
          "Painful pilar cyst, tender with hair brushing and bleeding after combing trauma twice. Excised intact "
          "via linear incision.", ["c1"]),
        P("Layered closure", None, "Right parietal scalp",
          "Intermediate (layered) repair 3.0 cm: 4-0 Vicryl deep, staples to skin.", ["c1"]),
    ],
    "path": [{"text": "Scalp, excision: PILAR (TRICHILEMMAL) CYST.", "date": "2026-05-30"}],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
PROCEDURE NOTE - DERMATOLOGY                                  27MAY2026 1330
Pt: ABBOTT, JANELLE   RETFM (spouse of SGM ret)   46 y/o   TRICARE Select
Provider: MAJ R. Nakamura, MC, USA

- Tender cyst R parietal scalp, sore with brushing; scratched open with comb x2, bled.
- Exam: firm mobile subcutaneous nodule R parietal scalp, no punctum.
- Procedure: consent, time-out, lido 1% w/ epi. Linear incision, cyst dissected out intact. Removed with
  surrounding capsule. Wound 3.0 cm, closed in layers (4-0 Vicryl deep, staples).
- Specimen to path.
- Staples out 10 d. RTC 10 d.
- A: Pilar cyst scalp, symptomatic.

/es/ NAKAMURA, REN MAJ MC 27MAY2026 1412
""",
    "expected": E([L("12032")], topics=["missing-documentation"], dx={"12032": ["L72.11"]}),
    "coder_note": "No cyst diameter and no margin are documented anywhere, so no size-banded 11420-11426 line can be "
                  "chosen -> missing-documentation (tests/corpus README). The documented layered scalp repair 3.0 cm "
                  "is kept: 12032 (scalp group, 2.6-7.5 cm).",
})

SCENARIOS.append({
    "id": "s52-exm-scc-forearm-reexcision-58",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Retiree <65: re-excision of SCC with positive margin 8 days after the first excision -> 58",
    "date": "2026-06-23",
    "patient": ("Fairbanks", "Lowell", "1963-01-08", "male"),
    "provider": "halvorsen", "payer": "tricare-select", "minutes": 40,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal forearm, positive margin", "C44.622",
          "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion, arm", "11602", "Right dorsal forearm",
          "Re-excision of scar 1.2 cm with 4 mm margins, simple closure.", ["c1"]),
    ],
    "prior": [PRIOR("2026-06-15", "11602", "Excision SCC right dorsal forearm, excised diameter 1.8 cm",
                    "Right dorsal forearm", "Path: well-differentiated SCC, lateral margin involved")],
    "path": [{"text": "Skin, right dorsal forearm, re-excision: scar, NO RESIDUAL CARCINOMA. Margins clear.",
              "date": "2026-06-26"}],
    "note_title": "Dermatologic Surgery Note",
    "note": HDR + """
DERMATOLOGIC SURGERY                                          23JUN2026 0800
Pt: FAIRBANKS, LOWELL   RET (CSM ret) 63 y/o   TRICARE Select
Surgeon: LTC K. Halvorsen, MC, USA

Indication: SCC, well-diff, R dorsal forearm, excised here 15JUN2026; path lateral margin involved.
Planned re-excision discussed at that visit; pt back today (post-op day 8).
Exam: healing linear scar 1.2 cm (site of prior 1.8 cm excision), no nodularity.
Procedure: re-excision, R dorsal forearm. Scar 1.2 cm + 0.4 cm margins each side (excised diameter 2.0 cm).
Full thickness to fascia. Simple single-layer closure 4-0 nylon (no layered closure needed).
Specimen oriented, to path.
Plan: sutures out 10-14 d. Duty N/A (retired). Sun protection. RTC 2 wk.
/es/ HALVORSEN, KIRSTEN LTC MC 23JUN2026 0847
""",
    "expected": E([L("11602", 1, "58")], topics=["global-period"], dx={"11602": ["C44.622"]}),
    "coder_note": "EX-4 / GS-5: planned re-excision for a positive margin inside the 10-day global of the 15JUN "
                  "excision -> 58; still malignant coding even though the re-excision is negative. 1.2 + 2 x 0.4 = "
                  "2.0 cm arm -> 11602. Simple closure included.",
})

SCENARIOS.append({
    "id": "s52-exm-bcc-cheek-mohs-declined-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "TFL retiree, Medicare FFS: bx-proven nodular BCC L cheek excised 1.4 cm + layered repair 3.2 cm",
    "date": "2026-07-14",
    "patient": ("Olmsted", "Harriet", "1948-04-04", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Nodular basal cell carcinoma, left cheek", "C44.319", "Left mid cheek", reason=True),
    ],
    "path": [{"text": "Skin, left cheek, excision: BASAL CELL CARCINOMA, NODULAR; margins free (closest 2 mm).",
              "date": "2026-07-17"}],
    "note_title": "Dermatologic Surgery Note",
    "note": HDR + """
DERMATOLOGIC SURGERY - EXCISION                               14JUL2026 1300
Pt: OLMSTED, HARRIET   RETFM (widow of COL ret)   78 y/o
Coverage: Medicare Part B / TRICARE For Life
Surgeon: LTC K. Halvorsen, MC, USA

Dx: nodular BCC L mid cheek, bx 23JUN2026 (S26-5120).
Mohs discussed; pt DECLINED Mohs (does not want a long day; prefers standard excision and accepts a
small risk of re-excision). Not doing ED&C on the face.

Pre-op: 0.8 x 0.6 cm pearly papule w/ bx scar, L mid cheek.
Procedure (consent, time-out, lido 1% w/ epi):
- Lesion 0.8 cm marked with 3 mm margins -> excised diameter 1.4 cm.
- Elliptical excision to subcutaneous fat; specimen tagged.
- Wound length 3.2 cm. Moderate undermining. Layered closure: 5-0 Monocryl deep dermal, 6-0 Prolene
  running subcuticular.
- EBL minimal. Steri-strips.
Post-op: Tylenol PRN, no NSAIDs x48 h. Sutures out 7 d. RTC 1 wk.
/es/ HALVORSEN, KIRSTEN LTC MC 14JUL2026 1350
""",
    "expected": E([L("11642"), L("12052")], dx={"11642": ["C44.319"]}),
    "coder_note": "EX-1/EX-2: 0.8 + 2 x 0.3 = 1.4 cm, face -> 11642. EX-5: layered face repair 3.2 cm -> 12052 "
                  "(2.6-5.0); no 11642/12052 PTP edit. Mohs declined, nothing else billed.",
})

SCENARIOS.append({
    "id": "s52-exm-precoded-benign-path-sccis",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Retiree on TRICARE Prime: back plaque excised, pre-coded benign 11401; path SCC in situ -> 11601",
    "date": "2026-08-04",
    "patient": ("Quintero", "Ramon", "1970-12-19", "male"),
    "provider": "nakamura", "payer": "tricare-prime", "minutes": 35,
    "conditions": [
        C("c1", "Scaly plaque, left upper back", "L98.8", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk", "11401", "Left upper back",
          "0.6 cm scaly plaque, 2 mm margins (excised diameter 1.0 cm), simple closure.", ["c1"]),
    ],
    "path": [{"text": "Skin, left upper back, excision: SQUAMOUS CELL CARCINOMA IN SITU (Bowen disease), "
                      "margins clear.", "date": "2026-08-07"}],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERMATOLOGY PROCEDURE                                         04AUG2026 1100
Pt: QUINTERO, RAMON   RET (SFC ret, USA) 55 y/o   TRICARE Prime (retiree)
Provider: MAJ R. Nakamura, MC, USA

- 0.6 cm well-demarcated pink scaly plaque L upper back, 5 mo, not responding to OTC hydrocortisone.
  DDx: SCCIS vs ISK vs superficial BCC. Excisional dx preferred by pt (one procedure).
- Excision w/ 2 mm margins, excised diameter 1.0 cm. Closed simple 4-0 nylon.
- Path to CJMC lab. Charge entered as benign excision pending path - coder to update when path final.
- RTC 10-14 d suture removal.
/es/ NAKAMURA, REN MAJ MC 04AUG2026 1131
""",
    "expected": E([L("11601")], topics=["coding-correction"], dx={"11601": ["D04.5"]}),
    "coder_note": "EX-3 / DX-2: benign vs malignant follows final pathology; carcinoma in situ (D04) takes the "
                  "malignant excision codes -> 0.6 + 2 x 0.2 = 1.0 cm trunk -> 11601, D04.5.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3: incision & drainage, intralesional, mixed, Mohs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s52-id-axillary-abscess-after-fex",
    "family": "incision-drainage", "shape": "free-text",
    "description": "ADSM after field exercise: simple I&D of a right axillary abscess",
    "date": "2026-09-29",
    "patient": ("Bouchard", "Tyler", "1999-06-06", "male"),
    "provider": "pike", "payer": "tricare-prime", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess, right axilla", "L02.411", "Right axilla", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", None, "Right axilla",
          "Single 2.5 cm fluctuant abscess. #11 blade stab incision, ~4 mL purulence expressed, loculations "
          "broken with hemostat, 1/4 in iodoform packing. Wound culture sent.", ["c1"]),
    ],
    "note_title": "Dermatology Same-Day Note",
    "note": HDR + """
DERM SAME-DAY / WALK-IN                                       29SEP2026 0715
Pt: BOUCHARD, TYLER   ADSM   SPC/E-4   B Co, 1-505 PIR   TRICARE Prime
Provider: CPT J. Pike, PA-C

S: Painful lump R armpit x4 d, started on 10-day FTX (no showers x6 d). Afebrile. No prior boils.
   No hx of hidradenitis; no lesions in groin/inframammary.
O: T 98.9. R axilla: 2.5 cm tender fluctuant nodule with surrounding 1 cm erythema. No lymphangitic streaking.
   L axilla clear.
Procedure: I&D R axilla, simple, single abscess (see procedure entry). Consent verbal. 1% lido.
A: Abscess R axilla.
P: - Culture pending; no oral abx needed (drained, small cellulitis margin) - start if culture MRSA and
     not improving.
   - Packing removal 48 h at BAS.
   - DUTY: no body armor / ruck x5 days; no field duty until packing out. e-Profile done.
   - If recurrent axillary boils -> eval for HS. RTC PRN.
/es/ PIKE, JORDAN CPT SP PA-C 29SEP2026 0749
""",
    "expected": E([L("10060")], dx={"10060": ["L02.411"]}),
    "coder_note": "One uncomplicated abscess, simple incision and packing -> 10060. HS is only a future "
                  "consideration and is not coded.",
})

SCENARIOS.append({
    "id": "s52-id-two-abscesses-precoded-10060x2",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Civilian Secretarial designee on Medicaid: two abscesses drained, pre-coded 10060 twice",
    "date": "2026-10-13",
    "patient": ("Greer", "Shaylee", "2004-03-29", "female"),
    "provider": "okafor", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of left buttock", "L02.31", "Left buttock", reason=True),
        C("c2", "Cutaneous abscess of left lower limb", "L02.416", "Left posterior thigh", reason=True),
    ],
    "procedures": [
        P("I&D abscess, simple", "10060", "Left buttock", "3 cm abscess, incised, drained, packed.", ["c1"]),
        P("I&D abscess, simple", "10060", "Left posterior thigh", "2 cm abscess, incised, drained.", ["c2"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERMATOLOGY - URGENT ADD-ON                                   13OCT2026 1545
Pt: GREER, SHAYLEE   Non-beneficiary (civilian), Secretarial Designee; Medicaid on file (UBO billing)
Provider: Maj A. Okafor, USAF MC

- 22 y/o, 2 painful boils L buttock and L posterior thigh x5 d. Roommate had "staph" last month.
- Exam: L buttock 3 cm fluctuant abscess; L post thigh 2 cm fluctuant abscess, 5 cm apart. Afebrile.
- Procedure (consent, lido 1%): I&D of BOTH abscesses in one session - each incised, purulence
  expressed, loculations broken, buttock cavity packed with 1/4 in plain packing. Cultures x2.
- Plan: TMP-SMX DS BID x7 d (cellulitis rim on buttock). Warm compresses. Decolonization: chlorhexidine
  wash + mupirocin nares x5 d. Packing out 48 h. RTC 2 d wound check.
- A: multiple cutaneous abscesses (buttock, thigh).
/es/ OKAFOR, ADAEZE Maj USAF MC 13OCT2026 1631
""",
    "expected": E([L("10061")], topics=["coding-correction"], dx={"10061": ["L02.31"]}),
    "coder_note": "10060 = simple or single abscess; drainage of multiple abscesses in one session is 10061, one unit "
                  "(10060 MUE 1; 10061/10060 is PTP indicator 1, same service). Two 10060 lines become 10061 x1.",
})

SCENARIOS.append({
    "id": "s52-il-chest-keloids-kenalog-40",
    "family": "intralesional", "shape": "note-only",
    "description": "ADSM: ILK to three chest keloids, triamcinolone 40 mg total -> 11900 + J3301 x4",
    "date": "2026-02-17",
    "patient": ("Adebayo", "Marcus", "1996-11-23", "male"),
    "provider": "nakamura", "payer": "tricare-prime", "minutes": 20,
    "conditions": [
        C("c1", "Keloid scars, anterior chest", "L91.0", "Presternal chest", reason=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERM PROCEDURE - ILK                                          17FEB2026 1030
Pt: ADEBAYO, MARCUS   ADSM   SSG/E-6   Signal Co   TRICARE Prime
Provider: MAJ R. Nakamura, MC, USA

S:
- Keloids on chest from old acne, itchy and painful under ACU blouse/plate carrier. Injection #3 of series
  (last 20JAN2026), ~30% flatter.
- PFB: shaving waiver/profile renewed by his PCM last month - not addressed today.
O:
- Presternal chest: three (3) firm keloids, 1.5 cm, 1.2 cm, 0.8 cm. No ulceration.
PROCEDURE: intralesional triamcinolone acetonide (Kenalog) 40 mg/mL:
- keloid 1: 0.4 mL; keloid 2: 0.4 mL; keloid 3: 0.2 mL. TOTAL 1.0 mL = 40 mg.
- 30 g needle, lesions blanched. Tolerated well. No atrophy noted from prior injections.
A/P:
- Keloids x3, chest, improving. Continue q4-6 wk. Silicone gel sheets nightly.
- RTC 4-6 wks.
/es/ NAKAMURA, REN MAJ MC 17FEB2026 1048
""",
    "expected": E([L("11900"), L("J3301", 4)], dx={"11900": ["L91.0"]}),
    "coder_note": "3 lesions (<=7) -> 11900 x1. J3301 is per 10 mg triamcinolone acetonide: 40 mg -> 4 units.",
})

SCENARIOS.append({
    "id": "s52-il-alopecia-areata-nine-patches-precoded",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Dependent, alopecia areata: nine patches injected, pre-coded 11900 -> 11901; J3301 x3 (24 mg)",
    "date": "2026-03-24",
    "patient": ("Lindqvist-Moore", "Ava", "1992-09-09", "female"),
    "provider": "castellanos", "payer": "tricare-select", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata, multifocal", "L63.8", "Scalp and beard area", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", "11900", "Scalp",
          "ILK 10 mg/mL to alopecia areata patches.", ["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERMATOLOGY - ALOPECIA AREATA                                 24MAR2026 0945
Pt: LINDQVIST-MOORE, AVA   ADFM (spouse of LT Moore, USN)   33 y/o   TRICARE Select
Provider: CDR I. Castellanos, MC, USN

S: AA flaring after PCS move; new patches x6 wks. Last ILK 3 mo ago with good regrowth of old patches.
O: Nine (9) discrete nonscarring alopecic patches: occipital scalp x4, vertex x2, L parietal x1,
   R temporal x1, L eyebrow lateral third x1. Exclamation-point hairs at margins. Nails: fine pitting.
PROCEDURE: intralesional triamcinolone acetonide 10 mg/mL, 0.1 mL aliquots ~1 cm apart.
   Total volume 2.4 mL (24 mg) across the 9 patches.
A: Alopecia areata, multifocal, active.
P: Clobetasol solution to scalp patches BID weekdays. Repeat ILK in 6 wks. TSH/CBC ordered.
/es/ CASTELLANOS, INES CDR MC USN 24MAR2026 1021
""",
    "expected": E([L("11901"), L("J3301", 3)], topics=["coding-correction"], dx={"11901": ["L63.8"]}),
    "coder_note": "Nine lesions injected -> 11901 (more than 7), not 11900 (11901/11900 indicator 0). J3301 per "
                  "10 mg: 24 mg -> ceil(2.4) = 3 units.",
})

SCENARIOS.append({
    "id": "s52-il-hs-biologic-mgmt-plus-ilk-25",
    "family": "intralesional", "shape": "free-text",
    "description": "ADSM with HS on adalimumab: biologic management (99214) + ILK to 3 nodules -> 25; J3301 x1",
    "date": "2026-04-21",
    "patient": ("Okonjo", "Chiamaka", "1995-01-17", "female"),
    "provider": "okafor", "payer": "tricare-prime", "minutes": 40,
    "em": "99214",
    "conditions": [
        C("c1", "Hidradenitis suppurativa, Hurley stage II", "L73.2", "Bilateral axillae, inguinal folds",
          reason=True),
        C("c2", "Long term (current) use of adalimumab", "Z79.899", None),
    ],
    "procedures": [
        P("Intralesional steroid injection", None, "Left axilla and right inguinal fold",
          "Triamcinolone 10 mg/mL, 0.3 mL into each of 3 inflamed nodules (L axilla x2, R groin x1). "
          "Total 0.9 mL = 9 mg.", ["c1"]),
    ],
    "note_title": "Dermatology Follow-up Note",
    "note": HDR + """
DERMATOLOGY F/U - HS                                          21APR2026 1300
Pt: OKONJO, CHIAMAKA   ADSM   1LT/O-2   Medical Logistics Co   TRICARE Prime
Provider: Maj A. Okafor, USAF MC

S:
- HS Hurley II, on adalimumab 40 mg weekly x5 mo. Flares down from 4/mo to 1-2/mo. Current flare: 3 tender
  nodules x3 d. Pain 6/10. No fever.
- Deploying in 4 mo - needs a plan for drug storage and resupply downrange.
Data: annual QuantiFERON 02APR2026 negative; CBC nl - reviewed. HS-PGA today 3 (mod).
O: L axilla 2 inflamed nodules 1-1.5 cm; R inguinal 1 nodule 1.2 cm. Old tunnels bilat axillae, quiet.
A/P:
1. HS, partially controlled on adalimumab.
   - Continue adalimumab 40 mg weekly; clindamycin 1% lotion BID to active areas.
   - Deployment: coordinated w/ BDE surgeon re: refrigerated storage + 90-day supply, DD 2766 note,
     med waiver request drafted. Counseled on infection risk, live vaccines.
2. Acute inflamed nodules x3 -> ILK today (see procedure), 9 mg total.
- Duty: no profile needed. RTC 6 wks.

E/M 99214
/es/ OKAFOR, ADAEZE Maj USAF MC 21APR2026 1346
""",
    "expected": E([L("99214", 1, "25"), L("11900"), L("J3301")], dx={"99214": ["L73.2"], "11900": ["L73.2"]}),
    "coder_note": "GS-3: biologic management, TB lab review and deployment planning are significant and separately "
                  "identifiable from the injection -> 99214-25 (11900/99214 indicator 1). 3 lesions -> 11900. 9 mg "
                  "-> J3301 x1 (per 10 mg, rounded up).",
})

SCENARIOS.append({
    "id": "s52-mx-shave-removal-plus-punch-bx-xs",
    "family": "mixed", "shape": "note-only",
    "description": "TFL retiree, Medicare FFS: bleeding arm SK removed by shave (0.8 cm) + punch bx of shin rash",
    "date": "2026-05-12",
    "patient": ("Hargrove", "Eleanor", "1949-07-07", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Irritated bleeding papule, right upper arm", "L98.8", "Right lateral upper arm", reason=True),
        C("c2", "Purpuric papules, left shin", "R23.3", "Left shin", reason=True),
    ],
    "path": [
        {"text": "A. Skin, right upper arm, shave removal: IRRITATED SEBORRHEIC KERATOSIS, base clear.",
         "date": "2026-05-15"},
        {"text": "B. Skin, left shin, punch: LEUKOCYTOCLASTIC VASCULITIS.", "date": "2026-05-15"},
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERMATOLOGY                                                   12MAY2026 1400
Pt: HARGROVE, ELEANOR   RETFM (spouse of CMSgt ret)   76 y/o   Medicare B / TFL
Provider: Samuel Weiss, MD

1) R lateral upper arm: 0.8 cm raised crusted papule, catches on bra strap/sleeves, has BLED x3 in the last
   month, now inflamed. Clinically irritated SK vs SCC.
   -> SHAVE REMOVAL of the entire lesion (0.8 cm) at the dermal level, flush with skin; hemostasis w/
   AlCl. Sent to path. (Ordered as "shave bx" on the lab slip - it was removed in full.)
2) L shin: crop of non-blanching palpable purpuric papules x1 wk, new BP med (HCTZ) 3 wks ago.
   -> 4 mm PUNCH bx of a fresh papule for H&E; 1 suture.
   -> UA, CBC, CMP ordered.
Consent, time-out for both sites. Lido 1% w/ epi. Two different lesions, different sites.
A: 1) irritated/bleeding lesion R arm, removed. 2) palpable purpura L shin, r/o LCV - to PCM re: HCTZ.
P: path f/u 1 wk; suture out 10 d.
/es/ WEISS, SAMUEL MD 12MAY2026 1447
""",
    "expected": E([L("11104"), L("11301", 1, "XS")], dx={"11301": ["L82.0"]}),
    "coder_note": "BX-4: the arm lesion was removed in full by shave, so it is shave removal 11301 (TAL 0.6-1.0), "
                  "not a biopsy; bleeding/inflamed meets BSL-3 (covered, no GY/GA). Punch bx of a separate shin "
                  "lesion -> 11104. 11104/11301 is PTP indicator 1 with the shave in column 2 -> XS on 11301.",
})

SCENARIOS.append({
    "id": "s52-mx-em-hand-eczema-excision-aks",
    "family": "mixed", "shape": "note-only",
    "description": "Retiree <65: dyshidrotic hand eczema (99213-25) + excision painful thigh lesion 1.1 cm + 3 AKs",
    "date": "2026-06-09",
    "patient": ("Caldwell", "Brent", "1966-04-12", "male"),
    "provider": "nakamura", "payer": "tricare-select", "minutes": 45,
    "em": "99213",
    "conditions": [
        C("c1", "Dyshidrotic eczema, bilateral hands", "L30.1", "Bilateral palms and fingers", reason=True),
        C("c2", "Painful nodule, right anterior thigh", "L98.8", "Right anterior thigh", reason=True),
        C("c3", "Actinic keratoses, forearms", "L57.0", "Bilateral dorsal forearms", reason=True),
    ],
    "path": [{"text": "Skin, right anterior thigh, excision: DERMATOFIBROMA, completely excised.",
              "date": "2026-06-12"}],
    "note_title": "Dermatology Clinic Note",
    "note": HDR + """
DERMATOLOGY - EST PT                                          09JUN2026 0830
Pt: CALDWELL, BRENT   RET (MSG ret, USA) 60 y/o   TRICARE Select
Provider: MAJ R. Nakamura, MC, USA

S:
- Itchy blisters on palms/sides of fingers x2 mo, worse in heat, works as a GS mechanic (gloves). OTC HC
  not helping. Cracking, can't grip tools.
- Tender bump R thigh, hurts when his keys/phone press on it, enlarging over a year.
- Rough spots forearms.
O:
- Palms/lateral fingers: deep-seated vesicles, scale, fissures; no nail changes. No tinea on KOH.
- R anterior thigh: 0.7 cm firm tender pink-brown papule, dimple sign.
- Forearms: 3 AKs (R 2, L 1).
Procedures (consent, time-out, lido 1% w/ epi):
- R ant thigh: excision. Lesion 0.7 cm, 2 mm margins -> excised diameter 1.1 cm. Simple closure.
- LN2 to 3 AKs forearms (separate lesions from the thigh).
A/P:
1. Dyshidrotic eczema hands - clobetasol 0.05% oint BID x2 wk then weekends, nitrile gloves w/ cotton liners,
   emollient. Note for supervisor: glove accommodation. Patch testing if not improved.
2. Painful enlarging thigh lesion - excised, path pending.
3. AK x3 forearms - cryo.
- RTC 2 wk (sutures), 6 wk (hands).
E/M 99213
/es/ NAKAMURA, REN MAJ MC 09JUN2026 0932
""",
    "expected": E([L("99213", 1, "25"), L("11402"), L("17000", 1, "XS"), L("17003", 2)],
                  dx={"99213": ["L30.1"], "11402": ["D23.71"], "17000": ["L57.0"]}),
    "coder_note": "Hand eczema with Rx management is separately identifiable -> 99213-25. Excision 0.7 + 2 x 0.2 = "
                  "1.1 cm leg -> 11402 (path dermatofibroma, benign). AKs x3 -> 17000 + 17003 x2; 11402/17000 is "
                  "PTP indicator 1 with 17000 in column 2 and the AKs are different lesions -> XS on 17000 (17003 "
                  "has no edit with 11402).",
})

SCENARIOS.append({
    "id": "s52-mx-tags-plus-shave-back-sk-xs",
    "family": "mixed", "shape": "free-text",
    "description": "Dependent with OHI (BCBS): 12 irritated skin tags removed + shave of inflamed back SK 0.8 cm",
    "date": "2026-07-21",
    "patient": ("Ferreira", "Luciana", "1975-02-03", "female"),
    "provider": "okafor", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Irritated acrochordons, neck and axillae", "L91.8", "Neck and bilateral axillae", reason=True),
        C("c2", "Inflamed seborrheic keratosis, mid back", "L82.0", "Mid back at bra line", reason=True),
    ],
    "procedures": [
        P("Snip removal of skin tags", None, "Neck and bilateral axillae",
          "12 pedunculated tags removed with gradle scissors, AlCl hemostasis. Tags red, irritated by "
          "necklace/bra straps, several bled.", ["c1"]),
        P("Shave removal", None, "Mid back",
          "0.8 cm inflamed SK at the bra line, crusted and bleeding; shave removal flush with skin, to path.",
          ["c2"]),
    ],
    "path": [{"text": "Skin, mid back, shave: INFLAMED SEBORRHEIC KERATOSIS.", "date": "2026-07-24"}],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERMATOLOGY PROCEDURE                                         21JUL2026 1330
Pt: FERREIRA, LUCIANA   ADFM (spouse of CW3 Ferreira)   51 y/o
Coverage: OHI Blue Cross Blue Shield (employer) primary; TRICARE secondary
Provider: Maj A. Okafor, USAF MC

- Skin tags neck/axillae rub on straps/necklace, get red and bleed - 12 removed today (count confirmed).
- Mid back lesion at bra line: crusted, irritated, bled on her shirt twice. 0.8 cm. Shave removal, path.
- The back lesion is separate from the tags (different site, different lesion).
A: irritated acrochordons x12; inflamed SK mid back.
P: wound care. RTC PRN.
/es/ OKAFOR, ADAEZE Maj USAF MC 21JUL2026 1402
""",
    "expected": E([L("11200"), L("11301", 1, "XS")], dx={"11200": ["L91.8"], "11301": ["L82.0"]}),
    "coder_note": "12 tags -> 11200 (up to 15). Back SK 0.8 cm -> 11301. 11200/11301 is PTP indicator 1 with the "
                  "shave in column 2; different lesion/site -> XS on 11301. Symptomatic lesions, not cosmetic.",
})

SCENARIOS.append({
    "id": "s52-mx-akn-ilk-plus-finger-warts-xs",
    "family": "mixed", "shape": "free-text",
    "description": "ADSM: acne keloidalis nuchae ILK (5 lesions, 15 mg) + cryo 2 finger warts -> 11900-XS",
    "date": "2026-08-11",
    "patient": ("Jallow", "Lamin", "1997-05-15", "male"),
    "provider": "nakamura", "payer": "tricare-prime", "minutes": 25,
    "conditions": [
        C("c1", "Acne keloidalis nuchae", "L73.0", "Occipital scalp / nape", reason=True),
        C("c2", "Verruca vulgaris, fingers", "B07.8", "Right index and middle fingers", reason=True),
    ],
    "procedures": [
        P("Intralesional Kenalog", None, "Occipital scalp / nape",
          "Triamcinolone 10 mg/mL, 0.3 mL to each of 5 keloidal papules/plaques. Total 1.5 mL = 15 mg.", ["c1"]),
        P("Cryotherapy warts", None, "Right index and middle fingers",
          "LN2 2 FTC to 2 common warts (R 2nd finger dorsal, R 3rd finger palmar).", ["c2"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERM F/U                                                      11AUG2026 1000
Pt: JALLOW, LAMIN   ADSM   SGT/E-5   MP Co   TRICARE Prime
Provider: MAJ R. Nakamura, MC, USA

- AKN nape: itchy, bleeds w/ ACH helmet strap and PT cap. 5 firm papules/plaques occipital/nape.
- 2 warts R fingers, painful on weapons qual.
- ILK to 5 AKN lesions (15 mg total); LN2 to 2 warts. Separate lesions/sites.
- Shaving/haircut: permanent shaving profile already on file. Recommend no close-clipper fades at nape -
  memo for 1SG given (no tapered #0 at nape). Topical clindamycin continued.
- Duty: no limitations. RTC 6 wk.
/es/ NAKAMURA, REN MAJ MC 11AUG2026 1031
""",
    "expected": E([L("17110"), L("11900", 1, "XS"), L("J3301", 2)],
                  dx={"17110": ["B07.8"], "11900": ["L73.0"]}),
    "coder_note": "5 lesions -> 11900; 15 mg -> J3301 x2. 2 warts -> 17110. 17110/11900 is PTP indicator 1 with "
                  "11900 in column 2; different lesions -> XS on 11900.",
})

SCENARIOS.append({
    "id": "s52-mohs-right-helix-bcc-seven-blocks",
    "family": "mohs", "shape": "note-only",
    "description": "TFL retiree, Medicare FFS: Mohs R helix BCC, 2 stages (7 + 3 blocks), complex repair 2.2 cm",
    "date": "2026-09-01",
    "patient": ("Whitaker", "Clarence", "1946-08-19", "male"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 200,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, right helix", "C44.212", "Right helical rim", reason=True),
    ],
    "note_title": "Mohs Surgery Operative Note",
    "note": HDR + """
MOHS MICROGRAPHIC SURGERY - OPERATIVE NOTE                    01SEP2026 0730
Pt: WHITAKER, CLARENCE   RET (COL ret, USA)   80 y/o   Medicare Part B / TFL
Surgeon & pathologist: LTC K. Halvorsen, MC, USA (Mohs surgeon reads own frozen sections)

PRE-OP DX: BCC, infiltrative pattern, R helical rim. Bx 04AUG2026 CJMC S26-6690.
AUC: area H (ear) - appropriate.
Meds: apixaban (held per cardiology x48 h), tamsulosin. Allergy: PCN (rash).

Pre-op clinical size 1.1 x 0.9 cm, ill-defined.
STAGE 1: excised w/ 2 mm margin. Cut into SEVEN (7) tissue blocks (large, curved helical specimen).
  Tumor at blocks 2 and 5 (peripheral, posterior helix).
STAGE 2: re-excision at posterior helix, THREE (3) blocks. Clear.
Total: 2 stages; 7 + 3 = 10 blocks.
Final defect: 1.6 x 1.2 cm through helical rim, cartilage exposed.

REPAIR: complex linear (side-to-side) repair - exposed cartilage trimmed, wide undermining of posterior
auricular skin, layered closure realigning the helical rim free margin. No flap, no graft.
Repair length 2.2 cm. 5-0 Vicryl deep, 6-0 Prolene.
No specimens to outside pathology. Tolerated well.
Post-op: pressure dressing 48 h, resume apixaban tomorrow AM. Sutures out 7 d. RTC 1 wk.
/es/ HALVORSEN, KIRSTEN LTC MC 01SEP2026 1055
""",
    "expected": E([L("17311"), L("17312"), L("17315", 2), L("13151")], dx={"17311": ["C44.212"]}),
    "coder_note": "MOHS-2: ear -> 17311 stage 1, 17312 stage 2; stage 1 had 7 blocks -> 17315 x2 (blocks beyond 5). "
                  "REP-2/REP-3: complex repair at the helical free margin with cartilage exposure, ear 2.2 cm -> "
                  "13151; no 17311/13151 edit (MOHS-7).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4: Mohs, nails, paring, patch test, phototherapy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s52-mohs-shin-scc-transplant-precoded-88305",
    "family": "mohs", "shape": "pre-coded",
    "description": "Retiree (kidney tx) on MA: Mohs R shin SCC 2 stages + layered repair; 88305 on Mohs layers",
    "date": "2026-10-06",
    "patient": ("Delgado", "Arturo", "1959-03-22", "male"),
    "provider": "halvorsen", "payer": "medicare-advantage-ppo", "minutes": 180,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right pretibial shin", "C44.722", "Right pretibial shin", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", None),
    ],
    "procedures": [
        P("Mohs surgery trunk/arms/legs, first stage", "17313", "Right pretibial shin",
          "Stage 1, 4 blocks.", ["c1"]),
        P("Mohs surgery trunk/arms/legs, each additional stage", "17314", "Right pretibial shin",
          "Stage 2, 2 blocks.", ["c1"]),
        P("Surgical pathology, gross and microscopic", "88305", "Right pretibial shin",
          "Mohs frozen sections, stages 1-2.", ["c1"]),
        P("Intermediate repair", "12032", "Right pretibial shin", "Layered closure 4.2 cm.", ["c1"]),
    ],
    "note_title": "Mohs Surgery Operative Note",
    "note": HDR + """
MOHS MICROGRAPHIC SURGERY                                     06OCT2026 0730
Pt: DELGADO, ARTURO   RET (SGM ret, USA)   67 y/o
Coverage: Aetna Medicare Advantage PPO (primary) / TFL
Surgeon & pathologist: LTC K. Halvorsen, MC, USA

PRE-OP: SCC, moderately differentiated, R pretibial shin, bx 15SEP2026. Clinical size 1.4 x 1.2 cm.
Risk: solid-organ (renal) transplant 2014 on tacrolimus + mycophenolate - immunosuppressed.
AUC: immunosuppressed host, pretibial (area M) - appropriate.

STAGE 1: 4 tissue blocks, frozen H&E, read by me. Residual SCC deep at block 3.
STAGE 2: 2 tissue blocks. Clear.
All tissue processed in the Mohs lab and read by the Mohs surgeon - no separate surgical pathology
specimen, no debulk sent for permanent sections.

Final defect 2.0 x 1.8 cm. Layered (intermediate) closure after undermining: 4-0 Monocryl deep,
4-0 nylon vertical mattress. Repair length 4.2 cm.

Post-op: leg elevation, compression wrap, no long runs x2 wk. Sutures out 14 d. Transplant team notified.
/es/ HALVORSEN, KIRSTEN LTC MC 06OCT2026 1012
""",
    "expected": E([L("17313"), L("17314"), L("12032")], topics=["ncci"], dx={"17313": ["C44.722"]}),
    "coder_note": "MOHS-5: the Mohs surgeon's own frozen sections are included in 17313/17314; 88305 on the Mohs "
                  "layers is not reported (17313/88305 indicator 1, no separate specimen) -> removed. Leg Mohs 2 stages "
                  "-> 17313 + 17314. MOHS-7: layered repair leg 4.2 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s52-mohs-forearm-sbcc-auc-unmet-no-abn-gz",
    "family": "mohs", "shape": "free-text",
    "description": "TFL retiree, Medicare FFS: Mohs of small primary superficial BCC R forearm, AUC not met, no ABN",
    "date": "2026-11-03",
    "patient": ("Kessler", "Norma", "1955-10-28", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 120,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right dorsal forearm", "C44.612", "Right dorsal forearm",
          reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", None, "Right dorsal forearm",
          "1 stage, 2 tissue blocks, margins clear on frozen sections read by the surgeon.", ["c1"]),
        P("Wound care, second intention", None, "Right dorsal forearm",
          "Final defect 1.1 x 0.9 cm; left to heal by second intention, no repair.", ["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": HDR + """
MOHS SURGERY                                                  03NOV2026 0800
Pt: KESSLER, NORMA   RETFM (spouse of LTC ret)   71 y/o   Medicare Part B / TFL
Surgeon & pathologist: LTC K. Halvorsen, MC, USA

Dx: superficial BCC, R dorsal forearm, primary (not recurrent), 0.7 cm, well-defined. Bx 13OCT2026.
Not immunosuppressed, no radiation hx, no genetic syndrome.
AUC: area L, primary superficial BCC < 2 cm -> NOT appropriate for Mohs. Recommended ED&C, topical
imiquimod or standard excision. Pt (sister had a recurrence after "scraping") insisted on Mohs.
ABN: NOT obtained - front desk did not issue it before surgery (noted to clinic NCOIC for process fix).

Mohs, 1 stage, 2 blocks, clear. Final defect 1.1 x 0.9 cm, second-intention healing.
Vaseline daily, bandage. RTC 2 wks wound check.
/es/ HALVORSEN, KIRSTEN LTC MC 03NOV2026 0921
""",
    "expected": E([L("17313", 1, "GZ")], dx={"17313": ["C44.612"]}),
    "coder_note": "MOHSN-2 / COS-4: primary superficial BCC <2 cm in area L, no high-risk feature -> LCD/AUC not met; "
                  "Medicare FFS, no ABN -> GZ (provider liable). One stage, 2 blocks -> 17313 x1. No repair.",
})

SCENARIOS.append({
    "id": "s52-nail-avulsion-left-hallux-ingrown",
    "family": "nails", "shape": "note-only",
    "description": "ADSM: partial nail avulsion L great toe for infected ingrown nail; R toe conservative only",
    "date": "2026-01-13",
    "patient": ("Pruitt", "Jace", "2001-09-04", "male"),
    "provider": "pike", "payer": "tricare-prime", "minutes": 25,
    "conditions": [
        C("c1", "Ingrown toenail with paronychia, left great toe", "L60.0", "Left hallux lateral border",
          reason=True),
        C("c2", "Mild ingrown toenail, right great toe", "L60.0", "Right hallux medial border"),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERM PROCEDURE - NAIL                                         13JAN2026 1330
Pt: PRUITT, JACE   ADSM   PV2/E-2   (AIT student, 3rd week)   TRICARE Prime
Provider: CPT J. Pike, PA-C

S: L big toe painful x3 wks, swollen, drainage. Boots + road marches. First episode. R big toe "a
   little sore".
O: L hallux lateral nail fold: erythema, granulation tissue, purulence; nail spicule embedded.
   R hallux medial border: mild incurvation, no erythema, no drainage.
PROCEDURE - L hallux:
   - Digital block 1% plain lido 4 mL. Tourniquet.
   - Partial nail avulsion, lateral border (approx 1/4 plate) with English anvil + hemostat. No matrix
     destruction (first episode - no phenol).
   - Granulation curetted lightly. Bacitracin, dressing.
R hallux: NO procedure - warm soaks, cotton wisp under the corner, proper trimming taught.
A/P: ingrown nail L great toe w/ paronychia - PNA done. Cephalexin 500 mg QID x7 d.
DUTY: e-Profile 10 days - may wear running shoes / no boots, no road march, no running, may walk to class.
RTC 1 wk or PRN.
/es/ PIKE, JORDAN CPT SP PA-C 13JAN2026 1402
""",
    "expected": E([L("11730", 1, "TA")], dx={"11730": ["L60.0"]}),
    "coder_note": "One nail avulsed (partial counts as avulsion) -> 11730 with TA (left great toe); no matrixectomy. "
                  "The right toe had conservative care only - nothing coded for it.",
})

SCENARIOS.append({
    "id": "s52-nail-phenol-matrixectomy-precoded-with-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "Retiree <65: recurrent ingrown R great toe, chemical matrixectomy; pre-coded 11730 + 11750",
    "date": "2026-02-03",
    "patient": ("Mendenhall", "Travis", "1973-06-27", "male"),
    "provider": "pike", "payer": "tricare-select", "minutes": 35,
    "conditions": [
        C("c1", "Recurrent ingrown toenail, right great toe", "L60.0", "Right hallux medial border",
          reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate, partial", "11730", "Right great toe", "Medial border avulsed.", ["c1"]),
        P("Excision of nail and nail matrix, partial, permanent", "11750", "Right great toe",
          "Phenol 88% x3 applications, 30 s each, to the medial matrix horn.", ["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERM PROCEDURE - NAIL                                         03FEB2026 0900
Pt: MENDENHALL, TRAVIS   RET (SFC ret) 52 y/o   TRICARE Select   works as DA civilian range tech
Provider: CPT J. Pike, PA-C

- R hallux medial border ingrown, 3rd episode in 12 mo (avulsions 03/2025 and 09/2025 at urgent care).
  Wants permanent fix.
- Digital block, tourniquet. Partial avulsion medial border, then chemical matrixectomy with 88% phenol
  x3 x30 s, neutralized w/ alcohol. Same nail, same border - one procedure.
- Dressing. Expect drainage 2-4 wk. Soaks BID.
- A: recurrent ingrown nail R great toe s/p partial matrixectomy. RTC 2 wk.
/es/ PIKE, JORDAN CPT SP PA-C 03FEB2026 0938
""",
    "expected": E([L("11750", 1, "T5")], topics=["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "Permanent partial nail/matrix removal of the right great toe -> 11750-T5. The avulsion of the "
                  "same nail is part of it (11750/11730 indicator 1, same nail, no bypass) -> 11730 removed.",
})

SCENARIOS.append({
    "id": "s52-nail-mycotic-debridement-seven-precoded",
    "family": "nails", "shape": "pre-coded",
    "description": "TFL retiree, Medicare FFS: painful mycotic toenails, 7 debrided; pre-coded 11720 + 11721",
    "date": "2026-03-31",
    "patient": ("Okimoto", "Harold", "1951-12-08", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis of toenails, painful", "B35.1", "Bilateral toenails", reason=True),
    ],
    "procedures": [
        P("Debridement of nails, 1-5", "11720", "Left foot toenails", "L 1st-4th toenails.", ["c1"]),
        P("Debridement of nails, 6 or more", "11721", "Right foot toenails", "R 1st, 2nd, 5th toenails.", ["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERMATOLOGY - NAIL CARE                                       31MAR2026 1430
Pt: OKIMOTO, HAROLD   RET (CW5 ret)   74 y/o   Medicare Part B / TFL
Provider: Samuel Weiss, MD

S: thick painful toenails, hurt in shoes, limits his walking at the commissary. KOH+ (2025).
O: Dystrophic, thickened (4-6 mm), yellow, subungual debris: L 1st, 2nd, 3rd, 4th; R 1st, 2nd, 5th.
   Tender to pressure. No paronychia. Pedal pulses palpable.
Procedure: mechanical debridement (nipper + burr) of the SEVEN (7) mycotic nails listed, reduced in
   thickness and length. No bleeding.
A: onychomycosis, painful, 7 nails.
P: ciclopirox lacquer discussed, declined. RTC 10-12 wks.
/es/ WEISS, SAMUEL MD 31MAR2026 1451
""",
    "expected": E([L("11721")], topics=["ncci"], dx={"11721": ["B35.1"]}),
    "coder_note": "Seven nails in one session -> 11721 x1 (6 or more). 11721/11720 is indicator 0 -> the 11720 line is "
                  "removed. Painful mycotic nails limiting ambulation support coverage.",
})

SCENARIOS.append({
    "id": "s52-paring-ruck-calluses-three",
    "family": "paring", "shape": "note-only",
    "description": "ADSM infantry: three painful plantar calluses pared -> 11056; wart excluded",
    "date": "2026-05-05",
    "patient": ("Rasmussen", "Cole", "1998-01-26", "male"),
    "provider": "pike", "payer": "tricare-prime", "minutes": 20,
    "conditions": [
        C("c1", "Callosities, plantar feet", "L84", "Bilateral plantar feet", reason=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERM                                                          05MAY2026 1300
Pt: RASMUSSEN, COLE   ADSM   SGT/E-5   C Co, 1-505 PIR   TRICARE Prime
Provider: CPT J. Pike, PA-C

S: painful thick skin on both feet, worse w/ 12-mile ruck training for EIB. Wants "the wart" shaved down.
O: - R plantar 1st MTP head: 1.5 cm callus
   - R plantar heel medial: 2.0 cm callus
   - L plantar 5th MTP head: 1.0 cm callus
   Pared lesions show preserved skin lines, no pinpoint bleeding/black dots -> callus, NOT verruca.
Procedure: paring of three (3) hyperkeratotic lesions with #15 blade to comfort. No bleeding.
A: calluses x3 plantar feet (mechanical - ruck/boots).
P: - 40% urea cream nightly, moleskin/gel pads, boot fitting at CIF/podiatry.
   - DUTY: temp profile 7 d - no ruck march > 4 miles, may wear boots.
   - RTC PRN.
/es/ PIKE, JORDAN CPT SP PA-C 05MAY2026 1318
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring of 2-4 benign hyperkeratotic lesions -> 11056 x1 (three calluses). Pared appearance "
                  "excludes wart: no 17110.",
})

SCENARIOS.append({
    "id": "s52-paring-six-corns-precoded-11055-each",
    "family": "paring", "shape": "pre-coded",
    "description": "Dependent with OHI (Aetna): six corns/calluses pared, pre-coded as 11055 per lesion -> 11057",
    "date": "2026-06-30",
    "patient": ("Benavides", "Rosa", "1968-08-16", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Corns and calluses, bilateral feet, painful", "L84", "Bilateral toes and forefoot", reason=True),
    ],
    "procedures": [
        P("Paring benign hyperkeratotic lesion, single", "11055", "Left 2nd toe dorsal PIP", None, ["c1"]),
        P("Paring benign hyperkeratotic lesion, single", "11055", "Left 3rd toe dorsal PIP", None, ["c1"]),
        P("Paring benign hyperkeratotic lesion, single", "11055", "Left 5th toe lateral", None, ["c1"]),
        P("Paring benign hyperkeratotic lesion, single", "11055", "Right 2nd toe dorsal PIP", None, ["c1"]),
        P("Paring benign hyperkeratotic lesion, single", "11055", "Right 5th toe lateral", None, ["c1"]),
        P("Paring benign hyperkeratotic lesion, single", "11055", "Right plantar 2nd MTP head", None, ["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERMATOLOGY                                                   30JUN2026 1100
Pt: BENAVIDES, ROSA   RETFM (spouse of MSG ret)   57 y/o
Coverage: OHI Aetna HMO (employer) primary; TRICARE Select secondary
Provider: Samuel Weiss, MD

S: painful corns on toes, hammertoes, hard to walk in work shoes. No diabetes, no PAD.
O: 6 painful hyperkeratotic lesions: L 2nd, 3rd toe dorsal PIP; L 5th lateral; R 2nd dorsal PIP; R 5th
   lateral; R plantar 2nd MTP. Central cores on toe lesions. No verrucous features.
Procedure: paring of SIX (6) corns/calluses with #15 blade. Tolerated well.
A: clavi/calluses x6 with hammertoe deformities.
P: toe sleeves, wide toe-box shoes, podiatry referral for hammertoes. RTC PRN.
/es/ WEISS, SAMUEL MD 30JUN2026 1121
""",
    "expected": E([L("11057")], topics=["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "Paring codes count lesions per session: more than 4 -> 11057 x1, not 11055 per lesion "
                  "(11055 MUE 1; 11057/11055 indicator 0).",
})

SCENARIOS.append({
    "id": "s52-patch-80-allergens-plus-tinea-em-25",
    "family": "patch-test", "shape": "free-text",
    "description": "ADSM hand dermatitis: 80-allergen patch application + separate tinea pedis/cruris E/M (25)",
    "date": "2026-07-27",
    "patient": ("Vasquez", "Daniela", "1993-04-30", "female"),
    "provider": "okafor", "payer": "tricare-prime", "minutes": 45,
    "em": "99213",
    "conditions": [
        C("c1", "Hand dermatitis, suspected allergic contact", "L30.9", "Bilateral hands", reason=True),
        C("c2", "Tinea pedis", "B35.3", "Bilateral feet", reason=True),
        C("c3", "Tinea cruris", "B35.6", "Groin", reason=True),
    ],
    "procedures": [
        P("Patch test application - standard series", None, "Upper back",
          "North American 80-allergen series applied on Finn chambers, panels 1-8. Reading 48 h and 96 h.",
          ["c1"]),
    ],
    "note_title": "Dermatology Patch Test Note",
    "note": HDR + """
DERMATOLOGY - PATCH TEST DAY 0                                27JUL2026 0800
Pt: VASQUEZ, DANIELA   ADSM   SSG/E-6   91F (small arms repairer)   TRICARE Prime
Provider: Maj A. Okafor, USAF MC

S:
1) Hand dermatitis x5 mo, daily exposure to CLP, solvents, nitrile and leather gloves. Partial response to
   TCS. Patch test planned at last visit.
2) NEW today: itchy rash feet and groin x3 wks after 2-wk FTX, boots wet.
O:
- Hands: lichenified eczematous plaques dorsal hands/fingers.
- Feet: interdigital maceration + moccasin scale; groin: annular plaque w/ active border. KOH + (both).
PROCEDURE: patch testing - 80 allergens (NA 80 series) applied to upper back. Marked. Instructions: keep dry,
   no PT/sweating, avoid sun on back. DUTY: no PT, no field duty x5 days (through reads). Profile entered.
A/P:
1) Hand dermatitis, suspected ACD (rubber accelerators vs solvents) - patch test placed, reads 29JUL and
   31JUL. Continue triamcinolone 0.1% oint.
2) Tinea pedis + tinea cruris - terbinafine 1% cream BID x2 wk; dry boots/socks, foot powder. Rx sent.
   Counseled on re-infection after field.
E/M 99213
/es/ OKAFOR, ADAEZE Maj USAF MC 27JUL2026 0852
""",
    "expected": E([L("99213", 1, "25"), L("95044", 80)], dx={"95044": ["L30.9"]}),
    "coder_note": "95044 units = allergens applied: 80. A new problem (tinea pedis/cruris) diagnosed and treated "
                  "with a prescription is separately identifiable -> 99213-25 (95044/99213 PTP indicator 1).",
})

SCENARIOS.append({
    "id": "s52-patch-100-allergens-mue-cap",
    "family": "patch-test", "shape": "note-only",
    "description": "Retiree dependent, eyelid dermatitis: 100 allergens applied (80 + 20 cosmetic); 95044 capped 90",
    "date": "2026-08-25",
    "patient": ("Stanhope", "Gloria", "1964-02-11", "female"),
    "provider": "okafor", "payer": "tricare-select", "minutes": 30,
    "conditions": [
        C("c1", "Eyelid dermatitis, chronic, suspected allergic contact", "L30.9", "Bilateral upper eyelids",
          reason=True),
    ],
    "note_title": "Dermatology Patch Test Note",
    "note": HDR + """
PATCH TEST - APPLICATION                                      25AUG2026 0830
Pt: STANHOPE, GLORIA   RETFM (spouse of CSM ret)   62 y/o   TRICARE Select
Provider: Maj A. Okafor, USAF MC

- Chronic bilateral upper eyelid dermatitis x1 yr; multiple cosmetics, nail polish, hair dye.
- E/M done at consult 11AUG2026 (plan: expanded patch testing). No other complaints today.
- APPLIED TODAY: NA 80 standard series (80) + cosmetic/fragrance supplemental tray (20) = 100 allergens,
  upper back, panels 1-10.
- Reads: 27AUG (48 h), 29AUG (96 h). Instructed: avoid wetting back, no topical steroids to back.
- A: eyelid dermatitis, r/o ACD (nail polish resin, fragrance, PPD).
/es/ OKAFOR, ADAEZE Maj USAF MC 25AUG2026 0904
""",
    "expected": E([L("95044", 90)], topics=["mue"], dx={"95044": ["L30.9"]}),
    "coder_note": "100 allergens applied, but the 95044 MUE is 90 (MAI 3) -> capped at 90 units with an mue finding "
                  "(tests/corpus README, Coding decisions). No E/M today.",
})

SCENARIOS.append({
    "id": "s52-photo-nbuvb-vitiligo-session",
    "family": "phototherapy", "shape": "free-text",
    "description": "ADSM vitiligo: one NB-UVB session (96900); nurse-run, no E/M",
    "date": "2026-09-09",
    "patient": ("Nwachukwu", "Grace", "1997-10-05", "female"),
    "provider": "okafor", "payer": "tricare-prime", "minutes": 15,
    "conditions": [
        C("c1", "Vitiligo, nonsegmental", "L80", "Face, hands, trunk", reason=True),
    ],
    "procedures": [
        P("Narrowband UVB phototherapy", None, "Whole body",
          "Session #22, NB-UVB 311 nm, 820 mJ/cm2 (+10%), goggles, face shield off per protocol. No erythema "
          "from prior session.", ["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": HDR + """
PHOTOTHERAPY UNIT - TREATMENT RECORD                          09SEP2026 0630
Pt: NWACHUKWU, GRACE   ADSM   SPC/E-4   TRICARE Prime
Ordering/supervising: Maj A. Okafor, USAF MC   Administered by: SSgt Ruiz (4N0X1), phototherapy tech

- Tx #22 NB-UVB, whole-body cabinet, 3x/wk (M/W/F, before PT formation).
- Dose 820 mJ/cm2 (+10% from #21). No burning, no blistering reported.
- Repigmentation: perifollicular islands on forearms; face ~40% repigmented.
- Physician available in clinic; no provider visit today.
- Next tx Fri 11SEP. Provider re-eval at #30.
""",
    "expected": E([L("96900")], dx={"96900": ["L80"]}),
    "coder_note": "One UVB (actinotherapy) session -> 96900 x1; no E/M documented.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5: phototherapy, post-op, repair, shave, skin tags
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s52-photo-puva-no-conventional-failure-abn-ga",
    "family": "phototherapy", "shape": "note-only",
    "description": "TFL retiree, Medicare FFS: PUVA for moderate psoriasis without failed conventional tx; ABN -> GA",
    "date": "2026-10-20",
    "patient": ("Brennan", "Walter", "1958-05-30", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True),
    ],
    "note_title": "Phototherapy Treatment Note",
    "note": HDR + """
PHOTOTHERAPY - PUVA TX #1                                     20OCT2026 0700
Pt: BRENNAN, WALTER   RET (MSgt ret, USAF)   68 y/o   Medicare Part B / TFL
Provider: MAJ R. Nakamura, MC, USA (present in unit)

- Plaque psoriasis, BSA ~8%, not disabling; working full time, sleeping fine.
- Topicals (clobetasol, calcipotriene) partially effective but he "hates the mess". Has NOT tried NB-UVB or
  any systemic; NB-UVB offered as first-line phototherapy - pt declined, wants PUVA "like my brother had".
- Medicare NCD: PUVA covered only for intractable disabling psoriasis after failure of conventional tx ->
  criteria not met. ABN (CMS-R-131) explained, pt signed, option 1 (bill Medicare, pt responsible if denied).
- Eye exam on file (09OCT2026). 8-MOP 40 mg PO given 1.5 h pre-tx. UVA 1.0 J/cm2 whole body. UV goggles x24 h.
- A: psoriasis vulgaris, PUVA #1.
- P: 2x/wk. LFTs not needed. RTC per phototherapy schedule.
/es/ NAKAMURA, REN MAJ MC 20OCT2026 0738
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 / COS-4: PUVA without documented failure of conventional treatment does not meet NCD "
                  "250.1 -> expected to be denied as not reasonable and necessary; ABN signed -> 96912-GA.",
})

SCENARIOS.append({
    "id": "s52-photo-excimer-scalp-elbows-precoded-twice",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "ADFM psoriasis: excimer to scalp (160 sq cm) + elbows (130 sq cm), pre-coded 96920 twice -> 96921",
    "date": "2026-11-10",
    "patient": ("Hollister", "Brianna", "1988-12-02", "female"),
    "provider": "nakamura", "payer": "tricare-prime", "minutes": 20,
    "conditions": [
        C("c1", "Localized plaque psoriasis, scalp and elbows", "L40.0", "Scalp, bilateral elbows", reason=True),
    ],
    "procedures": [
        P("Excimer laser, psoriasis, <250 sq cm", "96920", "Scalp", "Scalp plaques, 160 sq cm.", ["c1"]),
        P("Excimer laser, psoriasis, <250 sq cm", "96920", "Bilateral elbows", "Elbow plaques, 130 sq cm.",
          ["c1"]),
    ],
    "note_title": "Excimer Laser Treatment Note",
    "note": HDR + """
EXCIMER LASER (308 nm) - TX #6                                10NOV2026 1530
Pt: HOLLISTER, BRIANNA   ADFM (spouse of SSgt Hollister, USAF)   37 y/o   TRICARE Prime
Provider: MAJ R. Nakamura, MC, USA

- Localized plaque psoriasis, BSA ~4%, failed clobetasol/calcipotriene x4 mo.
- Treated areas this session: scalp plaques 160 sq cm; R + L elbow plaques 130 sq cm (combined).
  TOTAL area treated today = 290 sq cm.
- Dose: scalp 400 mJ/cm2, elbows 500 mJ/cm2. Mild erythema after #5, no blistering.
- Next tx in 3-4 days. Twice weekly.
/es/ NAKAMURA, REN MAJ MC 10NOV2026 1552
""",
    "expected": E([L("96921")], topics=["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer codes are by TOTAL area treated in the session, one code per session: 160 + 130 = 290 sq cm "
                  "-> 96921 x1 (250-500), not 96920 twice (96920 MUE 1; 96921/96920 same-session edit).",
})

SCENARIOS.append({
    "id": "s52-postop-suture-removal-in-global-99024",
    "family": "post-op", "shape": "free-text",
    "description": "ADSM day 9 after thigh excision (010): suture removal only, provider chose 99212 -> 99024",
    "date": "2026-06-18",
    "patient": ("Caldera", "Nico", "1996-07-12", "male"),
    "provider": "pike", "payer": "tricare-prime", "minutes": 10,
    "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", None, reason=True),
    ],
    "procedures": [
        P("Suture removal", None, "Left anterior thigh",
          "5 nylon sutures removed; incision well healed, no erythema or drainage. Steri-strips applied."),
    ],
    "prior": [PRIOR("2026-06-09", "11402", "Excision benign lesion left anterior thigh, excised diameter 1.6 cm",
                    "Left anterior thigh", "Dermatofibroma, benign excision, 10-day global")],
    "note_title": "Dermatology Post-op Note",
    "note": HDR + """
DERM - POST-OP / SUTURE REMOVAL                               18JUN2026 1445
Pt: CALDERA, NICO   ADSM   CPL/E-4   TRICARE Prime
Provider: CPT J. Pike, PA-C

- POD #9 s/p excision L ant thigh (09JUN2026), path dermatofibroma - reviewed w/ pt.
- No complaints. No fever.
- Incision C/D/I, 5 sutures removed, steri-strips.
- Profile from surgery lifted today - RTD without limitations.
- RTC PRN.
E/M 99212
/es/ PIKE, JORDAN CPT SP PA-C 18JUN2026 1452
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5 / conventions: routine post-op visit inside the 10-day global of the 09JUN 11402, only "
                  "wound check/suture removal and path review of the same lesion -> 99024, no billable E/M.",
})

SCENARIOS.append({
    "id": "s52-postop-unrelated-pityriasis-rosea-24",
    "family": "post-op", "shape": "note-only",
    "description": "Retiree dependent 7 days after back excision (010): new unrelated rash managed, 99213 -> 24",
    "date": "2026-07-29",
    "patient": ("Ostrowski", "Paula", "1978-03-15", "female"),
    "provider": "nakamura", "payer": "tricare-select", "minutes": 25,
    "em": "99213",
    "conditions": [
        C("c1", "Pityriasis rosea", "L42", "Trunk and proximal arms", reason=True),
    ],
    "prior": [PRIOR("2026-07-22", "11403", "Excision epidermoid cyst left upper back, excised diameter 2.2 cm",
                    "Left upper back", "Benign excision, 10-day global")],
    "note_title": "Dermatology Note",
    "note": HDR + """
DERMATOLOGY - EST PT, ACUTE                                   29JUL2026 1100
Pt: OSTROWSKI, PAULA   RETFM (spouse of SFC ret)   48 y/o   TRICARE Select
Provider: MAJ R. Nakamura, MC, USA

S:
- s/p cyst excision L upper back 22JUL2026 - no problems with the incision; not here for that. Sutures out
  with the nurse 02AUG as scheduled. Incision not examined today.
- NEW: itchy rash trunk x10 d, started with one large patch on L flank ("herald patch"). No new meds.
  No fever. Not pregnant.
O:
- Multiple oval pink scaly patches with collarette scale along skin lines on trunk/proximal arms
  ("Christmas tree"). 3 cm herald patch L flank. Palms/soles clear. No oral lesions.
- RPR drawn (sexual hx: new partner 4 mo ago) to exclude secondary syphilis.
A/P:
- Pityriasis rosea. Reassurance; triamcinolone 0.1% cream BID to itchy areas, cetirizine 10 mg qHS.
- f/u RPR result by phone. RTC PRN / 6 wk if not resolving.
E/M 99213
/es/ NAKAMURA, REN MAJ MC 29JUL2026 1131
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L42"]}),
    "coder_note": "GS-5: an E/M for a problem unrelated to the 22JUL excision, inside its 10-day global -> 24 on the "
                  "provider-selected 99213. The incision was not evaluated (no 99024).",
})

SCENARIOS.append({
    "id": "s52-rep-obstacle-course-lacerations-summed",
    "family": "repair", "shape": "note-only",
    "description": "ADSM concertina-wire lacerations: simple forearm 3.1 + hand 2.0 cm, simple cheek 1.5 cm, "
                   "layered thigh 4.0 cm",
    "date": "2026-08-06",
    "patient": ("Ridley", "Austin", "2002-10-30", "male"),
    "provider": "pike", "payer": "tricare-prime", "minutes": 60,
    "conditions": [
        C("c1", "Laceration right forearm", "S51.811A", "Right volar forearm", reason=True),
        C("c2", "Laceration right hand", "S61.411A", "Right hypothenar hand", reason=True),
        C("c3", "Laceration right cheek", "S01.411A", "Right malar cheek", reason=True),
        C("c4", "Laceration right thigh", "S71.111A", "Right lateral thigh", reason=True),
    ],
    "note_title": "Laceration Repair Note",
    "note": HDR + """
DERM PROCEDURE CLINIC - LACERATION REPAIR (TMC referral)      06AUG2026 1000
Pt: RIDLEY, AUSTIN   ADSM   PFC/E-3   Air Assault course student   TRICARE Prime
Provider: CPT J. Pike, PA-C   (TMC sent for the facial lac - "cosmetically sensitive")

Mechanism: fell into concertina wire on obstacle course 0815 today. Td UTD (2022). No LOC.
Wounds irrigated w/ 500 mL NS each, explored - no FB, no tendon/nerve involvement, full ROM/sensation.
1) R volar forearm 3.1 cm, superficial - simple interrupted 4-0 nylon.
2) R hypothenar hand 2.0 cm, superficial - simple interrupted 4-0 nylon.
3) R malar cheek 1.5 cm - simple interrupted 6-0 Prolene, single layer.
4) R lateral thigh 4.0 cm, into subQ fat - layered closure: 3-0 Vicryl deep, 4-0 nylon skin.
No debridement needed. Bacitracin, dressings.
DUTY: e-Profile 10 d - no rappelling/obstacle course, no push-ups, keep wounds dry. Course recycle per cadre.
F/u: face sutures out 5 d, others 10-14 d at TMC. Return precautions for infection.
A: multiple lacerations R forearm, hand, cheek, thigh from concertina wire.
/es/ PIKE, JORDAN CPT SP PA-C 06AUG2026 1108
""",
    "expected": E([L("12002"), L("12011"), L("12032")], dx={"12032": ["S71.111A"]}),
    "coder_note": "REP-1/REP-2: simple repairs summed per group - forearm 3.1 + hand 2.0 = 5.1 cm (12001-12007 group "
                  "includes hands) -> 12002; face 1.5 cm -> 12011; layered thigh 4.0 cm -> 12032. No PTP edits among "
                  "these three.",
})

SCENARIOS.append({
    "id": "s52-rep-chin-laceration-complex-one-cm",
    "family": "repair", "shape": "free-text",
    "description": "Civilian child (Medicaid): 1.0 cm chin laceration, edges debrided, called complex -> 12051",
    "date": "2026-09-19",
    "patient": ("Lovell", "Mason", "2018-06-14", "male"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 40,
    "conditions": [
        C("c1", "Laceration of chin", "S01.81XA", "Chin", reason=True),
    ],
    "procedures": [
        P("Complex repair, chin", None, "Chin",
          "1.0 cm stellate laceration. Ragged edges debrided with iris scissors; layered closure 5-0 Monocryl "
          "deep, 6-0 fast-gut skin. Final repair length 1.0 cm.", ["c1"]),
    ],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": HDR + """
PEDIATRIC DERM - SAME-DAY PROCEDURE                           19SEP2026 1015
Pt: LOVELL, MASON   Non-beneficiary civilian child (injured at on-post youth sports field), seen as
  Secretarial Designee (emergency); Medicaid MCO on file - UBO billing
Accompanied by: father (consent)
Provider: CDR I. Castellanos, MC, USN

- 8 y/o fell on bleacher edge 0900. No LOC, acting normally. Immunizations UTD.
- Chin: 1.0 cm stellate laceration, ragged contused edges, into subcutaneous fat. No bone exposed.
  Teeth intact, no intraoral wound.
- Procedure: LET topical + 1% lido. Irrigation. Contused edges debrided (trimmed), repair in layers
  (deep 5-0 Monocryl, skin 6-0 fast-absorbing gut). Final length 1.0 cm.
- Dermabond not used. Father given wound care sheet.
- A: chin laceration. P: sun protection for scar, RTC PRN.
/es/ CASTELLANOS, INES CDR MC USN 19SEP2026 1102
""",
    "expected": E([L("12051")], dx={"12051": ["S01.81XA"]}),
    "coder_note": "REP-2/REP-3: a complex repair of 1.0 cm or less is coded as simple or intermediate; the wound was "
                  "closed in layers -> intermediate, face -> 12051 (0-2.5 cm), not 13131.",
})

SCENARIOS.append({
    "id": "s52-shave-neck-sk-and-nasal-nevus",
    "family": "shave", "shape": "free-text",
    "description": "Retiree <65: shave removal of irritated neck SK 0.8 cm (collar) and bleeding nasal nevus 0.4 cm",
    "date": "2026-10-27",
    "patient": ("Gallardo", "Victor", "1969-11-21", "male"),
    "provider": "weiss", "payer": "tricare-select", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, posterior neck", "L82.0", "Posterior neck at collar line",
          reason=True),
        C("c2", "Intradermal nevus, nasal tip, traumatized", "D22.39", "Nasal tip", reason=True),
    ],
    "procedures": [
        P("Shave removal", None, "Posterior neck",
          "0.8 cm inflamed, crusted SK rubbed by uniform/shirt collar, bled twice. Shave removal, AlCl.", ["c1"]),
        P("Shave removal", None, "Nasal tip",
          "0.4 cm dome-shaped nevus, bleeds when bumped by eyeglasses. Shave removal flush with skin, AlCl.",
          ["c2"]),
    ],
    "path": [
        {"text": "A. Posterior neck, shave: IRRITATED SEBORRHEIC KERATOSIS.", "date": "2026-10-30"},
        {"text": "B. Nasal tip, shave: INTRADERMAL MELANOCYTIC NEVUS.", "date": "2026-10-30"},
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERMATOLOGY                                                   27OCT2026 1330
Pt: GALLARDO, VICTOR   RET (SGM ret) 56 y/o, now GS-12 at Garrison HQ (wears collared shirt)   TRICARE Select
Provider: Samuel Weiss, MD

- 2 bothersome lesions: posterior neck (rubs on collar, bled) and nasal tip (glasses bump it, bled).
- Shave removal x2 (see procedure entries), both to path.
- Other SKs on back - asymptomatic, left alone.
A: irritated SK neck; traumatized intradermal nevus nose. RTC PRN.
/es/ WEISS, SAMUEL MD 27OCT2026 1352
""",
    "expected": E([L("11306"), L("11310")], dx={"11306": ["L82.0"], "11310": ["D22.39"]}),
    "coder_note": "SH-1: neck is in the scalp/neck/hands/feet/genitalia group, 0.8 cm -> 11306; nose is in the face "
                  "group, 0.4 cm -> 11310. Asymptomatic back SKs untreated.",
})

SCENARIOS.append({
    "id": "s52-shave-scalp-unsized-plus-back-ma",
    "family": "shave", "shape": "note-only",
    "description": "MA retiree: shave removal of scalp lesion with no size (no line) + bleeding back lesion 1.2 cm",
    "date": "2026-11-17",
    "patient": ("Thibodeaux", "Earl", "1950-01-09", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp", "L82.0", "Vertex scalp", reason=True),
        C("c2", "Bleeding papule, right lower back", "L98.8", "Right lower back", reason=True),
    ],
    "path": [
        {"text": "A. Scalp, shave: INFLAMED SEBORRHEIC KERATOSIS.", "date": "2026-11-20"},
        {"text": "B. Right lower back, shave: IRRITATED SEBORRHEIC KERATOSIS WITH HEMORRHAGE.",
         "date": "2026-11-20"},
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERMATOLOGY PROCEDURE                                         17NOV2026 0915
Pt: THIBODEAUX, EARL   RET (SFC ret) 76 y/o   Humana Gold Plus (Medicare Advantage) / TFL
Provider: Samuel Weiss, MD

S: scalp growth gets caught with comb, sore and crusted; lower back spot bleeds on belt/chair.
O/Procedures (consent, lido 1% w/ epi):
 A) vertex scalp - inflamed, crusted keratotic papule. SHAVE REMOVAL at dermal level, AlCl. To path.
 B) R lower back - 1.2 cm friable keratotic papule, bleeding. SHAVE REMOVAL, AlCl. To path.
A: symptomatic SK scalp; bleeding lesion R lower back.
P: path f/u. Vaseline. RTC PRN.
/es/ WEISS, SAMUEL MD 17NOV2026 0941
""",
    "expected": E([L("11302")], topics=["missing-documentation"], dx={"11302": ["L82.0"]}),
    "coder_note": "SH-1: shave codes are banded by lesion diameter; the scalp lesion has no size anywhere -> no "
                  "11305-11308 line, missing-documentation. Back 1.2 cm -> 11302 (TAL 1.1-2.0).",
})

SCENARIOS.append({
    "id": "s52-tags-28-irritated-tfl-11201-mue",
    "family": "skin-tags", "shape": "note-only",
    "description": "TFL retiree, Medicare FFS: 28 irritated/bleeding skin tags -> 11200 + 11201 (2 -> MUE 1)",
    "date": "2026-04-02",
    "patient": ("Maddox", "Vernon", "1956-09-13", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding", "L91.8", "Neck, axillae, inframammary", reason=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERMATOLOGY PROCEDURE                                         02APR2026 1330
Pt: MADDOX, VERNON   RET (1SG ret, USA) 69 y/o   Medicare Part B / TFL
Provider: MAJ R. Nakamura, MC, USA

S: skin tags neck/armpits catch on collar, seatbelt and necklace chain; several bleed, itchy, red.
O: Pedunculated acrochordons with erythema, crusting on several:
   - neck: 14
   - R axilla: 6, L axilla: 5
   - inframammary: 3
   Total 28. Multiple w/ hemorrhagic crust (bleeding), erythematous base.
Procedure: snip excision w/ curved iris scissors, AlCl hemostasis - all 28 tags. Tolerated well.
A: irritated, bleeding acrochordons x28 (not cosmetic - bleeding, inflammation, recurrent trauma).
P: RTC PRN.
/es/ NAKAMURA, REN MAJ MC 02APR2026 1401
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 covers the first 15 tags; 13 more -> 11201 x ceil(13/10) = 2, but the 11201 MUE is 1 "
                  "(MAI 3) -> capped at 1 with an mue finding. Bleeding/inflamed tags meet BSL-3: covered.",
})

SCENARIOS.append({
    "id": "s52-tags-plate-carrier-adsm-nine",
    "family": "skin-tags", "shape": "free-text",
    "description": "Female ADSM: 9 tags irritated by plate carrier/sports bra removed; eyelid tags left alone",
    "date": "2026-05-14",
    "patient": ("Castellano", "Mia", "1991-08-08", "female"),
    "provider": "okafor", "payer": "tricare-prime", "minutes": 20,
    "conditions": [
        C("c1", "Irritated skin tags, axillae and inframammary", "L91.8", "Bilateral axillae, inframammary",
          reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", None, "Bilateral axillae and inframammary fold",
          "Nine (9) irritated acrochordons removed by snip excision; rubbed by plate carrier and sports bra, "
          "3 bleeding.", ["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": HDR + """
DERM PROCEDURE                                                14MAY2026 1500
Pt: CASTELLANO, MIA   ADSM   SFC/E-7   MP Bde S3   TRICARE Prime
Provider: Maj A. Okafor, USAF MC

- Tags under arms/bra line irritated by plate carrier and sports bra during PT and ranges; 3 bled.
- Removed nine (9) tags: R axilla 4, L axilla 3, inframammary 2. AlCl.
- Two tiny tags L upper eyelid - asymptomatic, pt wants to leave them; not treated.
- Duty: no body armor x3 days. RTC PRN.
/es/ OKAFOR, ADAEZE Maj USAF MC 14MAY2026 1516
""",
    "expected": E([L("11200")], dx={"11200": ["L91.8"]}),
    "coder_note": "9 symptomatic tags -> 11200 x1 (up to 15). Eyelid tags were not treated and are not coded.",
})

# Some MHS GENESIS notes arrive as HTML PowerNote exports rather than plain text.
_HTML_IDS = {"s52-em-teen-isotretinoin-start-new", "s52-mx-em-hand-eczema-excision-aks",
             "s52-postop-unrelated-pityriasis-rosea-24", "s52-nail-mycotic-debridement-seven-precoded"}
for _sc in SCENARIOS:
    if _sc["id"] in _HTML_IDS:
        _sc["note"] = _html(_sc["note"])
        _sc["html"] = True
