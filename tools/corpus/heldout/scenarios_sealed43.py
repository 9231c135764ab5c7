"""Sealed set 43 (s43-): one dermatologist trained in the UK and Australia (Dr Henrietta Voss, "voss"), now in a
US group on ModMed EMA, writing free text in her own idiom (British spelling and terms, "12 x 8mm", "bx taken",
"for histology", "C&C", "cryo x 2 freeze-thaw cycles", "reviewed in 2/52"), and her PA (Jordan Pike, PA-C,
"pike") who writes in US style; some charts mix both voices. Payers: Medicare FFS, Medicare Advantage,
commercial, Medicaid.

Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
("File format", "Coding decisions") only. Histology is read by an outside laboratory (no in-house 88305) unless
a chart says otherwise.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# Batch 1: biopsy, cosmetic, destruction
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s43-bx-gorlin-punch-plus-seven-shaves-mue",
    "family": "biopsy", "shape": "note-only",
    "description": "Gorlin syndrome: 1 punch + 7 tangential bx same day; 11103 units over MUE 6 capped",
    "date": "2025-11-04",
    "patient": ("Ashdown", "Callum", "1988-02-19", "male"),
    "provider": "voss", "payer": "commercial-uhc", "minutes": 55,
    "conditions": [
        C("c1", "Naevoid basal cell carcinoma syndrome (Gorlin)", "Q87.89", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "Dermatology Clinic Letter / Procedure Note",
    "note": """Dermatology - Dr H. Voss
Re: Callum ASHDOWN  DOB 19/02/1988        Seen 04/11/2025 (US date 11/04/2025)

Known Gorlin syndrome (PTCH1), under 6-monthly surveillance. Over 30 BCCs treated since his teens, the last
lot with Mohs (R nasal ala, 2023) and C&C on the back. Not on a hedgehog inhibitor - we discussed vismodegib
again today and he remains unkeen; will revisit if the burden climbs. No radiotherapy ever (rightly).

Today he has a crop of new papules. Full skin examination done. Lesions of concern, marked and photographed:
  1. R anterior thigh - 7mm firm dermal nodule, not typical for BCC, ?adnexal - punch bx
  2. L temple - 4mm pearly papule
  3. R cheek - 5mm translucent papule
  4. Upper back, midline - 6mm pink shiny papule
  5. L scapula - 5 x 4mm pink papule
  6. R flank - 8mm pink plaque with rolled edge
  7. L upper arm, posterior - 4mm pearly papule
  8. Central chest - 6mm pink papule

Palmar pits noted as before. Nil else of concern. Odontogenic keratocysts followed by maxillofacial, not our remit.

Procedure: verbal and written consent. 1% lignocaine with adrenaline to each site.
 - Site 1: 4mm punch bx, closed with one 4/0 nylon interrupted.
 - Sites 2-8 (seven lesions): shave bx taken with a DermaBlade, partial thickness; haemostasis with aluminium
   chloride. None of these was removed in full - sampling only, definitive treatment to be planned on histology.
All eight specimens sent separately labelled for histology (outside lab).

Plan: results ~10 days; I will ring him. Likely C&C for the superficial ones on the trunk and Mohs for anything
central face. Reviewed in 3/52 for treatment. Sunscreen and annual MRI (per genetics) continue.

H. Voss, Consultant Dermatologist (MD)
""",
    "expected": E([L("11104"), L("11103", 6)], topics=["mue"]),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary, the seven shave bx take 11103. 7 units exceed the "
                  "11103 MUE of 6 (MAI 3) -> capped at 6 with an mue finding (README Coding decisions). Vismodegib "
                  "and the planned C&C/Mohs are discussion only.",
})

SCENARIOS.append({
    "id": "s43-bx-precoded-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "PA pre-coded two tangential biopsies with deleted 11100/11101; corrected to 11102 + 11103",
    "date": "2025-06-17",
    "patient": ("Trevino", "Gloria", "1949-09-30", "female"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Lesion of skin of back, uncertain", None, "Left upper back", reason=True),
        C("c2", "Lesion of skin of right forearm, uncertain", None, "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Biopsy skin single lesion", "11100", "Left upper back",
          "Shave biopsy, 7 mm pink scaly papule. Hemostasis with Drysol.", ["c1"],
          cpt_display="Biopsy skin lesion"),
        P("Biopsy skin each addl lesion", "11101", "Right dorsal forearm",
          "Shave biopsy, 9 mm hyperkeratotic papule with crust. Hemostasis with Drysol.", ["c2"],
          cpt_display="Biopsy skin lesion add-on"),
    ],
    "path": [
        {"text": "A. Skin, left upper back, shave biopsy: superficial basal cell carcinoma, extending to the "
                 "peripheral margin.", "site": "Left upper back"},
        {"text": "B. Skin, right dorsal forearm, shave biopsy: hypertrophic actinic keratosis; no invasive "
                 "carcinoma identified.", "site": "Right dorsal forearm"},
    ],
    "note_title": "Procedure Note - PA",
    "note": """Jordan Pike, PA-C  |  Dermatology  |  06/17/2025
Supervising physician: Dr. Henrietta Voss (on site)

CC: 2 spots - one on her back her husband noticed, one on the right forearm that keeps crusting.

HPI: 75 yo F, established. Back spot x ~3 months, occasionally itchy, no bleeding. R forearm spot "comes and goes",
picks at it. No personal hx skin cancer. No blood thinners.

Exam (focused - back and arms): L upper back 7 mm pink scaly papule with subtle pearly border. R dorsal forearm
9 mm hyperkeratotic papule with adherent crust on background of sun damage. No other concerning lesions in the
areas examined.

Procedure: Shave biopsies x2
Consent obtained, risks reviewed (bleeding, infection, scar, need for further tx). Sites marked, cleansed with
alcohol, anesthetized with 1% lidocaine w/ epi. Tangential (shave) biopsy of each lesion with a flexible blade
to mid-dermis. Hemostasis with aluminum chloride. Vaseline + bandage. Specimens sent to pathology in separate
jars (A back, B forearm).

Pt tolerated well. Wound care handout. We'll call with results in 7-10 days; if BCC, will schedule with
Dr. Voss to discuss treatment.

-- JP
""",
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"]),
    "coder_note": "BX-1: 11100/11101 were deleted 31 Dec 2018 -> invalid-code; two tangential biopsies = 11102 + 11103. "
                  "No E/M was selected.",
})

SCENARIOS.append({
    "id": "s43-bx-incisional-punch-psoriasis-flare-em25",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional (wedge) bx thigh + punch bx arm, plus separately managed psoriasis flare with Rx change; 99214-25",
    "date": "2025-08-12",
    "patient": ("Okoro", "Benedict", "1971-04-08", "male"),
    "provider": "voss", "payer": "commercial-aetna", "minutes": 50, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, flare", "L40.0", "Trunk and limbs", reason=True),
        C("c2", "Indurated plaque left thigh, ?morphoea ?panniculitis", None, "Left lateral thigh", reason=True),
        C("c3", "Annular plaque right arm, ?granuloma annulare", None, "Right upper arm", reason=True),
    ],
    "procedures": [
        P("Incisional (wedge) biopsy to fat", site="Left lateral thigh",
          note="Scalpel ellipse/wedge through full thickness into subcutis across the edge of the indurated "
               "plaque, 14 x 5mm. Closed with 4/0 monocryl interrupted. For histology.",
          reasons=["c2"]),
        P("Punch biopsy 4mm", site="Right upper arm",
          note="4mm punch from active annular edge. 4/0 nylon x1. For histology.", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Left thigh, incisional biopsy: morphoea (localised scleroderma), deep dermal/subcutaneous "
                 "type.", "site": "Left lateral thigh"},
        {"text": "B. Right upper arm, punch biopsy: interstitial granuloma annulare.", "site": "Right upper arm"},
    ],
    "note_title": "Dermatology Review",
    "note": """Review - Dr H. Voss                                                      12/08/2025 (Aug 12)

Mr Okoro, 54, known chronic plaque psoriasis, on calcipotriol/betamethasone foam since last year.

1) Psoriasis - FLARE. Worse over 6/52 after a chest infection and a course of amoxicillin. BSA today ~9%
   (elbows, knees, sacrum, new guttate-ish plaques on the trunk). PASI 11.2. Scalp involved. Itch keeps him
   awake. Joints: no dactylitis, no enthesitis, no morning stiffness - PsA screening questionnaire negative.
   Topical alone is clearly not holding it. Discussed options at length: NB-UVB (can't attend three times a
   week - works shifts), methotrexate, apremilast, or a biologic. He would like to avoid injections for now.
   Plan: start apremilast with the titration pack then 30mg bd; counselled re GI upset, weight, mood (PHQ-2
   negative). Continue foam to plaques; add clobetasol shampoo for scalp. Review in 8/52 with PASI.

2) New: indurated, slightly bound-down brownish plaque L lateral thigh, 6 x 4cm, 4 months, not painful.
   ?morphoea ?lipodermatosclerosis-like panniculitis. Needs depth, so an incisional (wedge) bx to fat rather
   than a punch. Done - see procedure entry.

3) New: 3cm annular plaque with beaded edge R upper arm, 2 months. ?GA ?tinea (scraping negative in clinic on
   KOH). 4mm punch bx from the edge. Done.

Both bx under 1% lignocaine with adrenaline, consent as per standard. Haemostasis fine.
Results to be phoned; will see him with both results and the psoriasis review in 8/52 (sooner if morphoea
confirmed).

HV
""",
    "expected": E([L("99214", 1, "25"), L("11106"), L("11105")]),
    "coder_note": "BX-2: incisional outranks punch -> 11106 + 11105. GS-3: psoriasis flare with a new systemic Rx "
                  "(apremilast) is significant, separately identifiable work -> provider's 99214 with 25 (11106/99214 "
                  "and 11105/99214 are PTP indicator 1).",
})

SCENARIOS.append({
    "id": "s43-bx-shave-then-cc-path-benign",
    "family": "biopsy", "shape": "free-text",
    "description": "Shave sample + C&C of suspected BCC arm; histology benign SK -> biopsy only (BX-6)",
    "date": "2025-03-11",
    "patient": ("Pemberton", "Miles", "1944-12-02", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, right upper arm", "L82.0", "Right upper arm", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "procedures": [
        P("Shave sample for histology", site="Right upper arm, lateral",
          note="Lesion 9 x 7mm. Superficial shave taken for histology, base then treated.", reasons=["c1"]),
        P("Curettage and cautery x3 cycles", site="Right upper arm, lateral",
          note="Curette to firm base, cautery, 3 cycles. Final defect 12mm. Dressed.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right upper arm, shave: irritated seborrhoeic keratosis with squamous eddies. No dysplasia "
                 "or malignancy. Basal cell carcinoma not seen.", "site": "Right upper arm"},
    ],
    "note_title": "Procedure Note",
    "note": """Dermatology - Dr Voss            11/03/2025 (March 11)

80M, previous BCCs (L cheek 2019 excised; back 2021 C&C), both clear at follow-up.

Pink, slightly pearly, crusted papule R lateral upper arm, 9 x 7mm, present ~4 months, bleeds when his shirt
catches it. Dermoscopy: some arborising-looking vessels but also comedo-like openings - not classic either way.
Clinically ?sBCC vs irritated SK.

As he lives 2 hours away we agreed to sample and treat in one sitting:
 - shave taken for histology first,
 - then curettage and cautery (C&C) x 3 cycles to the base. Final defect 12mm.
Haemostasis good. Paraffin gauze and Mepore.

If histology is BCC, no further treatment needed (already C&C'd); if it's something else we will tell him.
Wound care advice. Review in 6/12 for skin check, sooner if concerns.

H Voss MD

ADDENDUM 18/03/2025: histology = irritated seborrhoeic keratosis, no malignancy. Pt informed by phone.
""",
    "expected": E([L("11102")], dx={"11102": ["L82.0"]}),
    "coder_note": "BX-6 (AAD worked example): sample then curette of a suspected BCC -> wait for histology; benign "
                  "(irritated SK) -> report the tangential biopsy only, no 17110 and no 172xx.",
})

SCENARIOS.append({
    "id": "s43-cos-sk-cryo-medicare-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Cryo to 7 asymptomatic SKs at patient request, Medicare FFS, voluntary ABN signed -> 17110 GY GX",
    "date": "2025-05-20",
    "patient": ("Whitcombe", "Rosalind", "1952-07-14", "female"),
    "provider": "voss", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratoses, trunk, asymptomatic", "L82.1", "Back and abdomen", reason=True),
        C("c2", "Encounter for cosmetic procedure", "Z41.1"),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """Dr H Voss - Dermatology                                  20/05/2025

Mrs Whitcombe (72) back as arranged to have her "barnacles" frozen. She dislikes how they look in a swimsuit.

Seven seborrhoeic keratoses: 5 on the back, 2 on the lower abdomen, 4-11mm, stuck-on, waxy, classic on
dermoscopy. None itchy, none inflamed, none bleeding or catching; no recent change in size or colour.
Honestly benign and purely cosmetic - I have told her Medicare does not cover cosmetic removal.
She has signed the (voluntary) Advance Beneficiary Notice acknowledging she will pay herself, and still wishes
to go ahead.

Procedure: liquid nitrogen cryo x 2 freeze-thaw cycles, 5-10 sec each, to the seven SKs.
Blistering/hypopigmentation discussed. Tolerated well.

Also had a look at a mole on the L calf she asked about - 4mm uniformly brown, regular network, benign naevus.
Reassured, no treatment.

No follow-up needed for these. Routine skin check in 12/12.
HV
""",
    "expected": E([L("17110", 1, "GX", "GY")]),
    "coder_note": "COS-1/COS-4 + BSL-2: asymptomatic SKs removed for appearance = statutorily excluded cosmetic "
                  "service on Medicare FFS -> GY, plus GX because a voluntary ABN is documented (conventions). "
                  "7 benign lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s43-cos-peel-commercial-plus-ak-cryo",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Glycolic facial peel (cosmetic, commercial: removed) + cryo 3 AKs same visit",
    "date": "2025-10-21",
    "patient": ("Lindley", "Marguerite", "1963-03-03", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Photoageing of face", "L57.8", "Face", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Forehead and left cheek", reason=True),
    ],
    "procedures": [
        P("Chemical peel, facial, epidermal", "15788", "Full face",
          "Glycolic acid 35% x 3 min, neutralised. Cosmetic rejuvenation, self-pay quoted.", ["c1"]),
        P("Destruction premalignant lesion, first", "17000", "Forehead",
          "LN2 cryo x2 FTC.", ["c2"]),
        P("Destruction premalignant lesion, each addl 2-14", "17003", "Forehead; left cheek",
          "LN2 cryo x2 FTC, 2 further AKs.", ["c2"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """Dr Voss - 21/10/2025

62F, here for her glycolic peel (third of a series of four) for photoageing and fine lines - a cosmetic
treatment she has chosen; she is aware it is self-pay and her insurer will not be billed for it.
Glycolic acid 35% applied to the full face for 3 minutes, neutralised, bland emollient and SPF 50 applied.
Mild erythema only.

Before the peel I examined the face: three rough, scaly, erythematous solar keratoses - two on the forehead
(5mm, 6mm) and one on the L cheek (4mm). Treated first with cryo x 2 freeze-thaw cycles each (avoided
the peel to those spots). Blister and pigment change warned.

Plan: peel #4 in 4/52. Strict photoprotection. AKs - review at next visit; efudix if more appear.
HV
""",
    "expected": E([L("17000"), L("17003", 2)], topics=["cosmetic"]),
    "coder_note": "COS-2 + conventions 'Non-Medicare cosmetic services': the cosmetic glycolic peel for a commercial "
                  "payer is not put on the claim (line removed, cosmetic finding). The three AKs are a covered "
                  "destruction: 17000 + 17003 x2.",
})

SCENARIOS.append({
    "id": "s43-ds-ak-eleven-words-cryo",
    "family": "destruction", "shape": "note-only",
    "description": "Eleven solar keratoses cryo (count in words); Bowen's history and PDT hypothetical not coded",
    "date": "2025-02-04",
    "patient": ("Greaves", "Bernard", "1941-05-27", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp and face", "L57.0", "Scalp, forehead, ears", reason=True),
        C("c2", "Personal history of squamous cell carcinoma in situ", "Z86.007", history=True),
    ],
    "note_title": "Dermatology Follow-up",
    "note": """Dermatology - Dr H. Voss                                        04/02/2025

Bernard, 83, retired farmer, lots of sun damage. Follow-up for solar keratoses.

SCC in situ (Bowen's) L shin treated with efudix in 2023 - site clear today, smooth hypopigmented patch only.

Examination of scalp, face, ears and backs of hands: eleven thick, gritty solar keratoses -
  scalp vertex x 5, forehead x 2, R helix x 1, L helix x 1, nose x 1, R temple x 1.
Hands have flat sun damage but nothing I would freeze today.

Treatment: liquid nitrogen, cryo x 2 freeze-thaw cycles to each of the eleven lesions.
Post-cryo care explained (blistering, crusting, possible white marks).

If the scalp keeps cropping we could do field treatment (PDT or efudix to the vertex) in the spring - not today.
Review in 6/12, or sooner for anything that persists or grows (?SCC).

HV
""",
    "expected": E([L("17000"), L("17003", 10)]),
    "coder_note": "DS-1: 11 premalignant lesions -> 17000 + 17003 x10. Bowen's is history (Z86.007, site clear) and "
                  "field PDT/efudix is hypothetical only.",
})

SCENARIOS.append({
    "id": "s43-ds-ak-eighteen-precoded-17003x17",
    "family": "destruction", "shape": "pre-coded",
    "description": "18 AKs pre-coded 17000 + 17003 x17; corrected to 17004 x1",
    "date": "2025-09-09",
    "patient": ("Harcastle", "Dennis", "1946-10-10", "male"),
    "provider": "pike", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Scalp, face, dorsal hands", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Scalp",
          "Cryotherapy LN2, 2 cycles.", ["c1"]),
        P("Destruction premalignant lesion, each addl (x17)", "17003", "Scalp, face, bilateral dorsal hands",
          "Cryotherapy LN2, 2 cycles each; units entered: 17.", ["c1"]),
    ],
    "note_title": "Procedure Note - PA",
    "note": """PA Visit - Jordan Pike, PA-C                          09/09/2025
Supervising: H. Voss, MD

78 yo M here for AK treatment. Last treated 8 months ago. Declines topical field therapy (did not tolerate
5-FU - "face was raw for a month").

Exam: Multiple gritty erythematous scaly papules consistent with AKs:
   scalp - 7
   forehead - 3
   right cheek - 2
   nose - 1
   right dorsal hand - 3
   left dorsal hand - 2
   TOTAL 18 lesions. No indurated, tender or rapidly growing lesions (nothing concerning for SCC today).

Procedure: Cryotherapy with liquid nitrogen, 2 freeze-thaw cycles, to all 18 AKs. Verbal consent; risks of
blister, pigment change, scarring discussed. Tolerated well.

A/P: Actinic keratoses, 18 treated. Sun protection. RTC 6 months or PRN.
-- Jordan Pike PA-C
""",
    "expected": E([L("17004")], topics=["coding-correction"]),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003 (17004/17000 and 17004/17003 "
                  "are indicator 0); 17003 x17 also exceeds its 13-unit definition. Family rule -> coding-correction.",
})

SCENARIOS.append({
    "id": "s43-ds-cc-sbcc-back-final-defect",
    "family": "destruction", "shape": "free-text",
    "description": "Shave sample then C&C of suspected BCC on back; histology sBCC; sized by final defect 14mm -> 17262",
    "date": "2025-07-08",
    "patient": ("Fairbairn", "Audrey", "1950-01-23", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left lower back", "C44.519", "Left lower back", reason=True),
    ],
    "procedures": [
        P("Shave for histology", site="Left lower back",
          note="Pink scaly patch 9 x 8mm with thread-like rolled edge. Shave taken for histology before treatment.",
          reasons=["c1"]),
        P("Curettage and cautery (C&C) x 3", site="Left lower back",
          note="Curettage and electrocautery, three cycles, 2mm beyond the visible edge. Final defect 14mm "
               "diameter.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left lower back, shave: basal cell carcinoma, superficial type. Deep and peripheral margins "
                 "involved (shave specimen).", "site": "Left lower back"},
    ],
    "note_title": "Procedure Note",
    "note": """H. Voss - Dermatology                                              08/07/2025

75F with a pink scaly patch L lower back, 9 x 8mm, present a year, slowly enlarging. Dermoscopy: fine arborising
telangiectases, leaf-like areas, shiny white structures - clinically superficial BCC.
Not on anticoagulants. No pacemaker.

Discussed: excision, C&C, or imiquimod. She prefers one-stop - C&C.
Consent. 1% lignocaine with adrenaline.
 - Shave taken first for histology (to confirm the diagnosis).
 - Then curettage and cautery (C&C) x 3 cycles, extending 2mm beyond the visible edge.
   Final defect 14mm.
Haemostasis secure. Vaseline and dressing. Expect 3-4 weeks to heal.

Plan: histology; if confirmed sBCC no further treatment. Review in 6/12 for skin check.

Histology returned 15/07: superficial BCC - treated. Letter to GP.
HV
""",
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "BX-6/DS-4: sample then C&C of a suspected BCC confirmed malignant -> malignant destruction only, "
                  "sized by the final curettage defect (14mm = 1.4 cm, trunk) -> 17262; the shave sample is not billed.",
})

SCENARIOS.append({
    "id": "s43-ds-molluscum-sixteen-new-pt-em-removed",
    "family": "destruction", "shape": "note-only",
    "description": "Child, 16 molluscum curetted; new-patient E/M selected but only the lesions addressed -> E/M removed",
    "date": "2025-04-15",
    "patient": ("Delgado", "Mateo", "2018-08-29", "male"),
    "provider": "voss", "payer": "medicaid-mco", "minutes": 25, "em": "99202",
    "conditions": [
        C("c1", "Molluscum contagiosum", "B08.1", "Trunk and axillae", reason=True),
    ],
    "note_title": "New Patient - Dermatology",
    "note": """Dr H Voss - Paediatric dermatology list                         15/04/2025

Mateo, 6, new to us, referred by paediatrician with molluscum for 5 months. Spreading from R axilla to flank
and chest, a few inflamed ("BOTE" sign) which mum found upsetting; he scratches and one became crusted.
Otherwise well. No eczema history, no other skin complaints. No allergies. Immunisations up to date.

O/E: sixteen umbilicated pearly papules, 2-4mm - R axilla x 6, R flank x 5, chest x 3, L axilla x 2.
No secondary infection now. Rest of skin normal.

Discussed watchful waiting (self-limiting, 12-18/12) vs curettage vs cantharidin. Mum keen on treatment as
they keep spreading to his sister.
EMLA applied 60 minutes before. Curettage of all sixteen lesions with a ring curette, haemostasis with pressure
and a little aluminium chloride. Brave boy.

Advice: separate towels, no scratching, cover lesions for swimming. Review in 6/52 - treat new ones then if
needed.
HV
""",
    "expected": E([L("17111")]),
    "coder_note": "DS-2: 16 benign lesions (molluscum, destruction by curettage) -> 17111 x1. GS-3/README: the new-patient "
                  "E/M covers only the evaluation of, and decision to treat, the lesions that were treated -> E/M line "
                  "removed (being new does not by itself justify an E/M).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2: E/M, benign excision, malignant excision
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s43-em-screening-skin-check-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS screening full skin exam, no history, no complaint, nothing found -> E/M with GY",
    "date": "2025-01-28",
    "patient": ("Kettering", "Ruth", "1955-11-05", "female"),
    "provider": "voss", "payer": "medicare-noname", "minutes": 15, "em": "99212",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """Dermatology - Dr H. Voss                                                 28/01/2025

Mrs Kettering, 69, established with us (seen 2023 for a viral wart on a finger, long resolved).
Here today only for a "once-over" skin check - a neighbour was recently diagnosed with a melanoma and it has
made her think about it. She has no spots she is worried about, nothing new, changing, itching or bleeding.

No personal history of skin cancer. No family history of melanoma or of skin cancer in first-degree relatives.
Fitzpatrick II. No sunbed use. Not immunosuppressed.

Examination: full skin examination including scalp, mucosae, palms, soles and nails, with dermoscopy of
pigmented areas. Entirely unremarkable for her age - no lesion of concern, nothing needing treatment or
follow-up.

Impression: screening skin examination, normal.
Plan: taught self-examination (ABCDE, "ugly duckling"), SPF 50 when outdoors. No routine recall needed - she
will come back if anything changes.

HV
""",
    "expected": E([L("99212", 1, "GY")], dx={"99212": ["Z12.83"]}),
    "coder_note": "DX-5/README: screening-only full-skin exam on Medicare FFS with no history, no complaint and nothing "
                  "found is a statutorily excluded screening service -> provider's 99212 with GY (no voluntary ABN "
                  "documented, so no GX).",
})

SCENARIOS.append({
    "id": "s43-em-psoriasis-methotrexate-monitoring",
    "family": "em", "shape": "note-only",
    "description": "Established psoriasis on methotrexate: labs reviewed, dose adjusted; 99214 kept, commercial",
    "date": "2025-06-03",
    "patient": ("Brennan", "Siobhan", "1979-12-12", "female"),
    "provider": "voss", "payer": "commercial-cigna", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Long term (current) use of methotrexate", "Z79.631", reason=True),
    ],
    "note_title": "Dermatology Review",
    "note": """Psoriasis review - Dr H Voss                                    03/06/2025

Siobhan, 45. Chronic plaque psoriasis, methotrexate 15mg once weekly + folic acid 5mg weekly (not on the MTX
day) since Feb. Came off acitretin last year (hair thinning).

Progress: much better - PASI 14 -> 3.6. Residual plaques elbows and scalp margin. No mouth ulcers, no
cough/dyspnoea, no nausea beyond the day after the dose. Alcohol ~4 units/week - advised to keep it low.
Contraception: Mirena in situ - reminded about MTX and pregnancy.

Bloods (reviewed today, taken 28/05): FBC normal (WCC 5.9, plt 241); ALT 52 (up from 31), AST 38, ALP normal;
creatinine 71, eGFR >90. Procollagen III (P3NP) 4.1 - normal. Hep B/C, HIV, QuantiFERON all negative at
baseline.

Assessment: good response; mild transaminase rise, likely MTX-related (BMI 31, ?NAFLD contributing).
Plan:
 - continue methotrexate at 15mg weekly, do NOT escalate; increase folic acid to 5mg six days a week;
 - repeat LFTs in 2/52, then monthly FBC/LFT/U&E for 3 months; if ALT > 2x ULN we will hold and discuss
   switching to a biologic;
 - liver ultrasound requested;
 - calcipotriol/betamethasone gel to scalp margin.
Reviewed in 3/12.

Also asked about a brown "stuck-on" spot on her back: seborrhoeic keratosis, reassured, nothing done.
HV
""",
    "expected": E([L("99214")]),
    "coder_note": "EM-2/EM-4: methotrexate with toxicity lab monitoring (high risk) plus review of labs -> moderate MDM "
                  "at least; provider-selected 99214 kept. No procedure, commercial payer, nothing else to add.",
})

SCENARIOS.append({
    "id": "s43-em-pa-tbse-history-mis-medicare",
    "family": "em", "shape": "note-only",
    "description": "PA total-body skin exam, history of melanoma in situ, Medicare FFS -> diagnostic E/M, no GY",
    "date": "2025-12-02",
    "patient": ("Sandoval", "Theresa", "1957-04-16", "female"),
    "provider": "pike", "payer": "medicare", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Personal history of melanoma in situ", "Z86.006", reason=True),
        C("c2", "Seborrheic keratosis", "L82.1", "Scalp"),
    ],
    "note_title": "Skin Check - PA",
    "note": """Jordan Pike, PA-C - Dermatology                                 12/02/2025

CC: 6-month full skin check.

HPI: 68 yo F with hx of melanoma in situ, L upper back, s/p wide local excision 03/2022 (Dr. Voss), margins
clear. On q6mo skin checks x 2 years then will go to yearly. No new or changing moles per pt. Asks about a
rough spot on her scalp that her hairdresser noticed.

ROS: no weight loss, no new lumps.

Exam: TBSE performed incl. scalp, oral mucosa, genitalia deferred per pt, palms/soles, nails.
 - L upper back WLE scar: well healed, flat, no pigment, no nodularity. No axillary or cervical LAD.
 - Scalp vertex: 8 mm waxy stuck-on brown papule - SK. Reassured; no treatment wanted or needed.
 - Scattered benign-appearing nevi trunk/extremities, dermoscopy without atypia. Mole map photos compared -
   no change.

A/P:
 1. Hx MIS - NED. Continue q6mo TBSE until 03/2026, then annual. Self-exams monthly.
 2. SK scalp - benign, reassurance.
 3. Sun protection reviewed.
If anything new or changing shows up we will biopsy at that time.

-- JP
""",
    "expected": E([L("99213")]),
    "coder_note": "DX-5/README: a full-skin exam for a patient with a melanoma(-in-situ) history is a diagnostic "
                  "surveillance visit, not a screening exclusion -> 99213 with no GY. The biopsy is hypothetical.",
})

SCENARIOS.append({
    "id": "s43-exb-cyst-upper-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Epidermoid cyst upper back 2.2cm, 1mm rim -> 2.4cm 11403; layered closure 3.5cm -> 12032",
    "date": "2025-03-25",
    "patient": ("Abernethy", "Stuart", "1984-06-21", "male"),
    "provider": "voss", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal cyst, upper back", "L72.0", "Upper back, right of midline", reason=True),
    ],
    "path": [
        {"text": "Skin and subcutis, upper back, excision: epidermoid (infundibular) cyst with focal rupture and "
                 "foreign-body giant-cell reaction. No atypia.", "site": "Upper back"},
    ],
    "note_title": "Minor Operation Note",
    "note": """MINOR OPERATION - Dr Henrietta Voss                              25/03/2025

Mr Abernethy, 40. Epidermoid cyst R upper back, inflamed three times in the last year (two courses of
flucloxacillin from his GP, one incised at urgent care). Quiet now. Painful lying on it. Wants it out.
Also has a soft lipoma L shoulder - asymptomatic, left alone.

Pre-op: cyst 22 x 18mm with central punctum, mobile, no current erythema.
Consent: scar, infection, haematoma, recurrence, wound dehiscence discussed and signed.

Procedure: 1% lignocaine with adrenaline 8ml. Ellipse excision orientated along relaxed skin tension lines,
ellipse 55 x 20mm, cyst excised intact with a 1mm rim of surrounding tissue (some adhesion at the old rupture
site, freed by blunt dissection). Haemostasis with bipolar.
Closure in layers: deep dermal 3/0 vicryl buried interrupted, skin 4/0 nylon interrupted.
Length of closed wound 3.5cm.
Specimen for histology.

Post-op: steri-strips, dressing. Keep dry 48h. STO (sutures out) at 12-14 days with practice nurse.
Reviewed in 2/52 with histology.
HV
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter = 2.2 + 2 x 0.1 = 2.4 cm (not the 5.5 cm ellipse) -> trunk benign 11403. "
                  "EX-5/REP-2: layered closure 3.5 cm on the trunk is intermediate -> 12032, separately reportable.",
})

SCENARIOS.append({
    "id": "s43-exb-changing-naevus-cheek-ellipse",
    "family": "excision-benign", "shape": "free-text",
    "description": "Changing naevus L cheek 6x5mm, 2mm margins -> 1.0cm 11441; simple closure included; histology dysplastic naevus",
    "date": "2025-09-23",
    "patient": ("Osterberg", "Lillian", "1948-02-09", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Dysplastic (atypical) naevus, left cheek", "D22.39", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Ellipse excision of naevus for histology", site="Left cheek",
          note="Lesion 6 x 5mm, darker and larger over 6 months. Excised with 2mm peripheral margins; ellipse 3.0 x "
               "1.0cm along RSTL, to subcutaneous fat.", reasons=["c1"]),
        P("Wound closure", site="Left cheek",
          note="Single layer, 6/0 prolene interrupted, length 3.0cm. No deep sutures.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left cheek, excision: compound melanocytic naevus with architectural disorder and moderate "
                 "cytological atypia (dysplastic naevus, moderate). Completely excised, narrowest margin 1.6mm. "
                 "No melanoma.", "site": "Left cheek"},
    ],
    "note_title": "Procedure Note",
    "note": """Dr Voss, Dermatology                                                23/09/2025

76F. Pigmented lesion L cheek: she and her daughter think it is larger and darker over ~6 months. Photo from
her 2024 visit confirms growth (4mm then, 6 x 5mm now). Dermoscopy: asymmetric pigment network, one
eccentric blotch, no regression structures. Clinically atypical naevus, early lentigo maligna not excluded.
Needs excision for histology rather than a partial bx.

Procedure: consent, 1% lignocaine with adrenaline. Ellipse excision with 2mm peripheral margins, ellipse 3.0 x
1.0cm along relaxed skin tension lines. Haemostasis with cautery. Closed with 6/0 prolene interrupted (single
layer, no deep sutures needed - minimal tension). Steri-strips.
Specimen for histology.

Sutures out in 5-7 days (practice nurse). If atypia severe or melanoma in situ I will discuss re-excision.
Reviewed in 2/52 with result.
HV

Histology 30/09: dysplastic naevus, moderate atypia, completely excised. No further surgery. Letter sent.
""",
    "expected": E([L("11441")], dx={"11441": ["D22.39"]}),
    "coder_note": "EX-1/EX-3: 0.6 + 2 x 0.2 = 1.0 cm, face, benign histology (moderate atypia is a D22 naevus) -> "
                  "11441. The 3.0 cm ellipse length is not the excised diameter. Single-layer closure is simple "
                  "repair, included (11441/12011 edit).",
})

SCENARIOS.append({
    "id": "s43-exb-precoded-dermatofibroma-band-and-12001",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Dermatofibroma L thigh 8mm + 2mm margins = 1.2cm; pre-coded 11401 + 12001 -> 11402 only",
    "date": "2025-07-29",
    "patient": ("Quintero", "Ramona", "1958-05-01", "female"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 35,
    "conditions": [
        C("c1", "Dermatofibroma, left thigh, bleeding with shaving", "D23.72", "Left anterior thigh", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk/arm/leg 0.6-1.0 cm", "11401", "Left anterior thigh",
          "Lesion 8 mm. Elliptical excision with 2 mm margins.", ["c1"]),
        P("Simple repair 2.5 cm or less", "12001", "Left anterior thigh",
          "Closed with 4-0 Prolene simple interrupted, 2.4 cm.", ["c1"]),
    ],
    "path": [
        {"text": "Skin, left thigh, excision: dermatofibroma (benign fibrous histiocytoma), completely excised.",
         "site": "Left anterior thigh"},
    ],
    "note_title": "Procedure Note - PA",
    "note": """Dermatology Procedure - Jordan Pike, PA-C                   07/29/2025
Supervising MD: H. Voss

67 yo F with firm papule L anterior thigh x years; over the last 3 months she has nicked it shaving at least
4-5 times and it bleeds each time, now tender. Wants it removed.

Exam: 8 mm firm pink-brown papule with positive dimple sign, L anterior thigh. Small crust from recent trauma.
Dx: dermatofibroma, symptomatic (recurrent bleeding from shaving trauma, tender).

Procedure: Excision, benign lesion
Consent signed. Time out. Prepped w/ chlorhexidine, 1% lido w/ epi 4 mL.
Lesion measured 8 mm; marked with 2 mm margins around it, elliptical excision carried down to subcutaneous fat.
Hemostasis w/ electrocautery. Closed with 4-0 Prolene simple interrupted sutures, single layer, 2.4 cm.
Specimen to path. EBL minimal. No complications.

Wound care reviewed. Suture removal 10-14 days.
-- JP PA-C
""",
    "expected": E([L("11402")], topics=["coding-correction", "ncci"]),
    "coder_note": "EX-1: 0.8 + 2 x 0.2 = 1.2 cm -> 11402, not 11401 (coding-correction). EX-5: single-layer closure is "
                  "simple repair, included; 11402/12001 is indicator 1 and there is no separate wound -> 12001 removed "
                  "(ncci). BSL-3 (a)/(c)/(l): recurrent bleeding from shaving trauma supports coverage.",
})

SCENARIOS.append({
    "id": "s43-exm-bowens-hand-intermediate-prior-bx",
    "family": "excision-malignant", "shape": "note-only",
    "description": "SCC in situ (Bowen's) R dorsal hand 12mm + 4mm margins = 2.0cm -> 11622; layered 3.8cm hand -> 12042; prior bx 000 global",
    "date": "2025-05-13",
    "patient": ("Hollinshead", "Frederick", "1945-08-18", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ (Bowen's disease), right dorsal hand", "D04.61",
          "Right dorsal hand", reason=True),
    ],
    "prior": [
        PRIOR("2025-04-22", "11102", "Tangential biopsy", "Right dorsal hand",
              "Shave bx: SCC in situ (Bowen's disease), margins involved."),
    ],
    "path": [
        {"text": "Skin, right dorsal hand, excision: squamous cell carcinoma in situ (Bowen's disease). No invasion. "
                 "Completely excised; narrowest peripheral margin 3.1mm, deep margin clear.",
         "site": "Right dorsal hand"},
    ],
    "note_title": "Operation Note",
    "note": """OPERATION NOTE - Dermatological Surgery
Surgeon: Dr H. Voss                                                   13/05/2025

Patient: Frederick Hollinshead, 79. Right-handed.
Diagnosis: SCC in situ (Bowen's) R dorsal hand, confirmed on shave bx 22/04/2025 (3 weeks ago).
He declined efudix (lives alone, couldn't manage the reaction) and wanted it "cut out and done with".

Pre-op: scaly erythematous plaque R dorsal hand over 3rd metacarpal, 12 x 10mm, marked with 4mm peripheral
margins. Tendons intact, full extension. Warfarin? No - on apixaban, not stopped (per our protocol).

Procedure: consent signed. 1% lignocaine with adrenaline 6ml. Ellipse excision (approx 36 x 14mm) down to the
superficial fascia over the extensor tendons - paratenon preserved, tendons not exposed.
Haemostasis meticulous with bipolar (anticoagulated).
Closure: layered - 4/0 monocryl deep dermal, 5/0 prolene interrupted to skin. Wound length 3.8cm.
Specimen for histology, stitch at 12 o'clock.

Post-op: bulky dressing, elevate, keep dry. Sutures out in 12-14 days. Reviewed in 2/52.

Histology 20/05: SCC in situ, completely excised, narrowest margin 3.1mm.
HV
""",
    "expected": E([L("11622"), L("12042")], dx={"11622": ["D04.61"]}),
    "coder_note": "EX-1/EX-3: Bowen's (D04) takes malignant codes; 1.2 + 2 x 0.4 = 2.0 cm, hand = SNHFG -> 11622. "
                  "REP-2: layered closure of the hand is the 12041-12047 group, 3.8 cm -> 12042. The prior shave bx "
                  "has a 000 global, so no global-period modifier.",
})

SCENARIOS.append({
    "id": "s43-exm-mis-reexcision-day8-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Wider excision of MIS scar on upper back 8 days after diagnostic excision; 1.5cm + 2x5mm = 2.5cm -> 11603-58",
    "date": "2025-10-14",
    "patient": ("Farrington", "Jocelyn", "1966-01-30", "female"),
    "provider": "voss", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [
        C("c1", "Melanoma in situ, upper back", "D03.59", "Upper back, left paraspinal", reason=True),
    ],
    "prior": [
        PRIOR("2025-10-06", "11601", "Excision pigmented lesion upper back", "Upper back, left paraspinal",
              "Excisional bx 6mm lesion with 2mm margins; histology melanoma in situ, peripheral margin involved."),
    ],
    "procedures": [
        P("Wider local excision of scar, 5mm margins", site="Upper back, left paraspinal",
          note="Scar 1.5cm long. Marked with 5mm margins all round. Ellipse excised to fascia.", reasons=["c1"]),
        P("Closure", site="Upper back, left paraspinal",
          note="Single-layer closure, 3/0 nylon vertical mattress sutures, 5.0cm. No buried sutures.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, upper back, wider excision: healing scar with dermal fibrosis. No residual melanoma in situ "
                 "or invasive melanoma. Margins clear.", "site": "Upper back"},
    ],
    "note_title": "Minor Operation Note",
    "note": """Minor op - Dr H Voss                                                14/10/2025

Jocelyn, 59. Excisional bx of a changing pigmented lesion L paraspinal upper back on 06/10/2025 (8 days ago):
histology melanoma in situ, peripheral margin involved. Planned wider excision to 5mm margins, as discussed
when I gave her the result on the phone.

Today: the 1.5cm scar is healing well (original sutures out yesterday with the practice nurse). Scar marked with
5mm margins all round. 1% lignocaine with adrenaline. Ellipse excised down to the fascia, orientated for
histology. Haemostasis with cautery.
Closed in one layer with 3/0 nylon vertical mattress sutures - tension acceptable, no deep layer needed.
Closed length 5.0cm.

Post-op: dressing, no heavy lifting 2/52. STO 14 days.
Plan: histology; if clear, 3-monthly skin checks for a year. Reviewed in 2/52.

22/10: histology - scar only, no residual MIS. Margins clear. Told by phone.
HV
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period"]),
    "coder_note": "EX-4/GS-5: re-excision for an involved margin inside the 10-day global of the 11601 (day 8) is staged "
                  "-> 58; coded malignant though the specimen is scar only. 1.5 + 2 x 0.5 = 2.5 cm, trunk -> 11603. "
                  "Single-layer closure is included.",
})

SCENARIOS.append({
    "id": "s43-exm-scc-scalp-complex-repair-precoded-band",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Invasive SCC scalp 1.8cm + 4mm margins -> 11623; complex repair 5.0cm pre-coded 13120 -> 13121",
    "date": "2025-02-18",
    "patient": ("Mabry", "Lionel", "1939-03-12", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 70,
    "conditions": [
        C("c1", "Squamous cell carcinoma, scalp vertex", "C44.42", "Scalp, vertex", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Scalp"),
    ],
    "procedures": [
        P("Excision malignant lesion scalp 2.1-3.0 cm", "11623", "Scalp, vertex",
          "SCC 18 x 15mm, 4mm margins, excised to pericranium.", ["c1"]),
        P("Repair complex scalp 1.1-2.5 cm", "13120", "Scalp, vertex",
          "Complex closure; see op note for length.", ["c1"]),
    ],
    "path": [
        {"text": "Skin, scalp vertex, excision: invasive squamous cell carcinoma, well differentiated, depth 3.2mm. "
                 "No perineural invasion. Margins clear (narrowest peripheral 3.5mm, deep 2mm).",
         "site": "Scalp vertex"},
    ],
    "note_title": "Operation Note",
    "note": """OPERATION NOTE                                                   18/02/2025
Surgeon: H. Voss MD.     Assistant: nil.

86M, bald scalp, heavy actinic damage. Keratotic nodule vertex 18 x 15mm, punch bx 3/52 ago: well-diff SCC.
Not a Mohs candidate by his choice (won't wait) - standard excision with 4mm margins agreed.

Anaesthesia: 1% lignocaine with adrenaline 12ml, ring block.
Excision: lesion marked with 4mm peripheral margins; excised to pericranium (galea included), orientated.
Repair: the scalp is tight, so wide undermining in the subgaleal plane, approx 4cm on each side, galeal
scoring x 3 to gain advance. Wound edges still under tension: two horizontal mattress retention sutures
(2/0 prolene over bolsters) placed, then 3/0 vicryl to galea, staples to skin.
Final repair length 5.0cm.
Haemostasis with bipolar. Pressure dressing.

Also noted 3 solar keratoses on the scalp - not treated today, plan efudix once healed.

Post-op: retention sutures and staples out at 14 days. Reviewed in 2/52. MDT discussion not required
(low-risk SCC, clear margins).
H Voss
""",
    "expected": E([L("11623"), L("13121")], topics=["coding-correction"]),
    "coder_note": "EX-1: 1.8 + 2 x 0.4 = 2.6 cm, scalp (SNHFG) -> 11623 as pre-coded. REP-3: retention sutures plus "
                  "extensive undermining = complex; scalp group 13120-13122 and 5.0 cm -> 13121, not 13120 "
                  "(coding-correction). AKs not treated.",
})

SCENARIOS.append({
    "id": "s43-exm-bcc-chest-plus-naevus-arm-summed-repair",
    "family": "excision-malignant", "shape": "free-text",
    "description": "BCC chest 9mm+3mm margins -> 11602; naevus L arm 5mm+2mm -> 11401 (benign histo); layered 3.0 + 2.0cm summed -> 12032",
    "date": "2025-08-26",
    "patient": ("Whitlock", "Gerald", "1960-09-04", "male"),
    "provider": "voss", "payer": "commercial", "minutes": 75,
    "conditions": [
        C("c1", "Basal cell carcinoma, central chest", "C44.519", "Central chest", reason=True),
        C("c2", "Melanocytic naevus, left upper arm", "D22.62", "Left upper arm", reason=True),
    ],
    "procedures": [
        P("Excision BCC, 3mm margins", site="Central chest (presternal)",
          note="Biopsy-proven nodular BCC 9 x 8mm. 3mm peripheral margins.", reasons=["c1"]),
        P("Layered closure", site="Central chest (presternal)",
          note="3/0 vicryl deep dermal, 4/0 prolene interrupted. 3.0cm.", reasons=["c1"]),
        P("Excision of changing naevus, 2mm margins", site="Left upper arm",
          note="5mm irregular naevus, changing per patient. 2mm margins.", reasons=["c2"]),
        P("Layered closure", site="Left upper arm",
          note="4/0 vicryl deep dermal, 4/0 prolene interrupted. 2.0cm.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin, central chest, excision: basal cell carcinoma, nodular type, completely excised "
                 "(narrowest margin 2.4mm).", "site": "Central chest"},
        {"text": "B. Skin, left upper arm, excision: compound melanocytic naevus with mild architectural atypia. "
                 "Completely excised. No melanoma.", "site": "Left upper arm"},
    ],
    "note_title": "Minor Operations List",
    "note": """Minor operations - Dr H. Voss                                      26/08/2025

Gerald, 64, two lesions today as planned at his last visit.

(1) Nodular BCC central chest - punch bx 4/52 ago confirmed. 9 x 8mm pearly papule. Marked with 3mm margins.
(2) L upper arm pigmented lesion, 5mm, he says it has changed shape; dermoscopy irregular globules at one
    edge. For excision with 2mm margins for histology.

Both under 1% lignocaine with adrenaline. Ellipse excisions to subcutaneous fat, orientated.
Closures: both in layers (deep dermal vicryl, then prolene to skin) -
   chest 3.0cm, arm 2.0cm.
Haemostasis with cautery. Dressings. Presternal wound - warned re stretched scar / keloid risk.

STO: arm 10 days, chest 14 days. Reviewed in 2/52 with histology.

Histology 02/09: (A) nodular BCC, clear. (B) compound naevus, mild atypia, clear. Both no further action.
HV
""",
    "expected": E([L("11602"), L("11401"), L("12032")]),
    "coder_note": "EX-1: chest 0.9 + 0.6 = 1.5 cm malignant -> 11602; arm 0.5 + 0.4 = 0.9 cm, benign histology -> 11401. "
                  "REP-1: both layered closures are intermediate in the 12031-12037 group (trunk, extremities) -> "
                  "summed 5.0 cm -> one 12032.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3: incision & drainage, intralesional, mixed, Mohs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s43-id-buttock-abscess-single-medicaid",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Single uncomplicated buttock abscess incised and drained, no packing; Medicaid -> 10060",
    "date": "2025-07-01",
    "patient": ("Mensah", "Kwabena", "1996-10-17", "male"),
    "provider": "voss", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
    ],
    "note_title": "Urgent Clinic Slot",
    "note": """Urgent slot - Dr H Voss                                             01/07/2025

Kwabena, 28. Tender lump R buttock x 5 days, now "coming to a head". No fevers or rigors. No previous boils,
no groin/axillary lesions (no features of hidradenitis). Not diabetic (HbA1c normal at GP last year).

O/E: 2.5cm fluctuant, pointing abscess R upper outer buttock with 4cm surrounding erythema. Afebrile, obs normal.
No lymphangitis.

Procedure - incision and drainage:
Verbal consent. Cleaned with chlorhexidine. 1% lignocaine (plain) field block. Single 1cm stab incision over
the point of maximal fluctuance; ~5ml thick pus expressed. Cavity explored gently with a swab-stick - small,
single, no loculations. Irrigated with saline. Left open, not packed (cavity too small to need it). Dry
dressing.
Pus swab for M C & S.

Plan: warm compresses, dressing changes daily. No antibiotics needed after drainage unless cellulitis spreads
or swab grows MRSA - will ring him. Safety-netted (fever, spreading redness).
Nurse wound check in 48h if not settling; otherwise no routine follow-up.
HV
""",
    "expected": E([L("10060")], dx={"10060": ["L02.31"]}),
    "coder_note": "4.8 table: single, uncomplicated abscess, no loculations, no packing -> simple I&D 10060.",
})

SCENARIOS.append({
    "id": "s43-id-precoded-10061-single-cyst-acne-em25",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "PA pre-coded 10061 for single uncomplicated inflamed cyst -> 10060; acne started on Rx -> 99213-25",
    "date": "2025-09-30",
    "patient": ("Nakagawa", "Emily", "2002-03-22", "female"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Inflamed epidermoid cyst, upper back", "L72.0", "Upper back", reason=True),
        C("c2", "Acne vulgaris", "L70.0", "Face, chest", reason=True),
    ],
    "procedures": [
        P("I&D abscess, complicated or multiple", "10061", "Upper back, midline",
          "Single inflamed cyst, 1.8 cm fluctuant. Stab incision, purulent/cheesy material expressed, "
          "irrigated. No packing.", ["c1"]),
    ],
    "note_title": "Office Visit - PA",
    "note": """Dermatology - Jordan Pike, PA-C                                   09/30/2025

CC: (1) painful bump on upper back; (2) acne - wants to "finally do something about it".

HPI: 23 yo F.
 1. Cyst upper back x 1 yr, flared 4 days ago, red, painful, now soft.
 2. Acne face/chest since teens, worse over last 6 months. Tried OTC benzoyl peroxide wash and adapalene
    0.1% OTC x 3 months without enough improvement. Some scarring on cheeks. Not pregnant, not planning.
    On combined OCP.

Exam:
 - Upper back midline: 1.8 cm fluctuant, tender, erythematous nodule with central punctum - inflamed epidermoid
   cyst. Single lesion. No surrounding cellulitis.
 - Face: numerous inflammatory papules and pustules cheeks/jawline, scattered open/closed comedones, a few
   early atrophic scars; chest: scattered papules. Moderate inflammatory acne.

Procedure - I&D (single cyst, upper back): Verbal consent. 1% lido w/ epi. #11 blade stab incision, purulent
and cheesy keratinous material expressed, cavity irrigated with saline. Simple - one cavity, no loculations,
no packing required. Bandage. Discussed excision of the cyst wall once it calms down (not today).

A/P:
 1. Inflamed epidermoid cyst - I&D as above. Warm compresses. RTC for excision in 6-8 wks if recurs.
 2. Acne vulgaris, moderate, inadequate response to OTC therapy. START doxycycline 100 mg daily x 12 wks
    (photosensitivity, take with water upright) + Rx tretinoin 0.025% cream qhs + continue BP wash.
    Discussed isotretinoin as a future option if this fails. Recheck acne in 12 weeks.
-- JP
""",
    "expected": E([L("99213", 1, "25"), L("10060")], topics=["coding-correction"]),
    "coder_note": "4.8 table: one cavity, no loculations, no packing = simple/single -> 10060, not 10061 "
                  "(coding-correction). GS-3: acne with new prescriptions is separately identifiable -> 99213-25 "
                  "(10060/99213 is PTP indicator 1).",
})

SCENARIOS.append({
    "id": "s43-il-keloids-kenalog40-medicare",
    "family": "intralesional", "shape": "note-only",
    "description": "Three itchy painful keloids injected, Kenalog-40 total 1.5ml = 60mg -> 11900 + J3301 x6",
    "date": "2025-04-08",
    "patient": ("Ferreira", "Antonio", "1953-07-07", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Keloid scars, chest and left shoulder, pruritic and painful", "L91.0", "Presternal; left shoulder",
          reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Dermatology - Dr H. Voss                                           08/04/2025

Antonio, 71. Keloids following acne in his youth and a shoulder mole excision. Three keloids are itchy and
tender, catch on his seatbelt. Responded partially to injections last year (last treated 10/2024).

O/E:
  1. Presternal keloid 32 x 12mm - firm, pink, tender
  2. Presternal keloid (inferior) 15 x 8mm
  3. L shoulder keloid 20 x 10mm
Otherwise NAD.

Procedure: intralesional triamcinolone acetonide (Kenalog-40, 40mg/ml) with a 30G needle, into the body of each
keloid until blanching:
  1. 0.6ml
  2. 0.4ml
  3. 0.5ml
Total 1.5ml = 60mg triamcinolone acetonide.
Warned re atrophy, hypopigmentation, telangiectasia.

Plan: repeat in 6/52. If poor response could add cryo to the large one or 5-FU mixed in - not today.
Silicone gel twice daily in between.
HV
""",
    "expected": E([L("11900"), L("J3301", 6)]),
    "coder_note": "4.8 table: 3 lesions -> 11900 x1. J3301 per 10 mg: 1.5 ml x 40 mg/ml = 60 mg -> 6 units. Cryo / 5-FU "
                  "are future options only.",
})

SCENARIOS.append({
    "id": "s43-il-alopecia-areata-nine-patches-diluted",
    "family": "intralesional", "shape": "free-text",
    "description": "Alopecia areata, 9 patches; Kenalog-40 diluted to 10mg/ml, 2.4ml = 24mg -> 11901 + J3301 x3",
    "date": "2025-11-18",
    "patient": ("Castellano", "Bianca", "1990-05-26", "female"),
    "provider": "voss", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata, multifocal scalp", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injections to alopecia patches", site="Scalp (9 patches)",
          note="Kenalog-40 diluted 1:3 with sterile saline to 10mg/ml. 0.1ml aliquots 1cm apart. Nine separate "
               "patches treated. Total volume injected 2.4ml.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure",
    "note": """Alopecia clinic - Dr H Voss                                            18/11/2025

Bianca, 35. Patchy alopecia areata since June, new patches appearing. SALT score 14%. Nails: fine pitting.
Thyroid function normal (checked by GP). Discussed JAK inhibitors (baricitinib/ritlecitinib) - not indicated at
this extent; will reconsider if > 50%.

Today: intralesional triamcinolone to nine separate patches -
  vertex x 3, occiput x 2, R parietal x 2, L parietal x 1, L temporal x 1.
Kenalog-40 diluted with sterile saline to 10mg/ml. 0.1ml per site, ~1cm apart, 30G needle.
Total volume 2.4ml (= 24mg triamcinolone acetonide).
Tolerated well with cold air anaesthesia.

Plan: repeat every 4-6 weeks, max 3-4 sessions before reassessing. Clobetasol foam in between. Reviewed in 5/52.
HV
""",
    "expected": E([L("11901"), L("J3301", 3)]),
    "coder_note": "4.8 table: 9 lesions (>7) -> 11901. Drug after dilution: 2.4 ml x 10 mg/ml = 24 mg -> J3301 "
                  "ceil(24/10) = 3. JAK inhibitors are discussion only.",
})

SCENARIOS.append({
    "id": "s43-il-precoded-both-11900-11901-prurigo",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Ten prurigo nodules injected; pre-coded 11900 + 11901 -> 11901 only; J3301 x3 from note",
    "date": "2025-03-04",
    "patient": ("Okonjo", "Patience", "1950-02-14", "female"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Prurigo nodularis", "L28.1", "Bilateral forearms and shins", reason=True),
    ],
    "procedures": [
        P("Intralesional injection up to 7 lesions", "11900", "Forearms",
          "ILK to 7 nodules.", ["c1"]),
        P("Intralesional injection more than 7 lesions", "11901", "Shins",
          "ILK to 3 more nodules.", ["c1"]),
    ],
    "note_title": "Procedure Note - PA",
    "note": """Jordan Pike, PA-C                                                   03/04/2025
Supervising: Dr. H. Voss

75 yo F with prurigo nodularis, very itchy, picking. Dupilumab was denied by insurance; using clobetasol
ointment under occlusion with partial help.

Exam: firm excoriated hyperkeratotic nodules - R forearm 4, L forearm 3, R shin 2, L shin 1 = 10 nodules
injected today (others flat/resolving, not injected).

Procedure: Intralesional triamcinolone acetonide 10 mg/mL (Kenalog-10), 0.3 mL into each of the 10 nodules.
Total 3.0 mL = 30 mg. Verbal consent, alcohol prep, 30G needle. Tolerated well.

Plan: repeat q4-6 wks PRN. Continue clobetasol. Will appeal dupilumab denial.
-- JP
""",
    "expected": E([L("11901"), L("J3301", 3)], topics=["ncci"]),
    "coder_note": "4.8 table: one session, 10 lesions -> 11901 x1; 11901/11900 is PTP indicator 0 -> 11900 removed "
                  "(ncci). Drug 3.0 ml x 10 mg/ml = 30 mg -> J3301 x3 (not pre-coded, documented in the note).",
})

SCENARIOS.append({
    "id": "s43-mix-rosacea-em25-bx-back-cryo-face-xs",
    "family": "mixed", "shape": "note-only",
    "description": "Rosacea flare with new Rx (99214-25), shave bx L upper back, cryo 4 AKs face -> 17000-XS + 17003 x3",
    "date": "2025-06-24",
    "patient": ("Gillespie", "Harriet", "1947-09-19", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Papulopustular rosacea, flare", "L71.9", "Central face", reason=True),
        C("c2", "Lesion left upper back, ?BCC", None, "Left upper back", reason=True),
        C("c3", "Actinic keratosis", "L57.0", "Forehead, nose", reason=True),
    ],
    "path": [
        {"text": "Skin, left upper back, shave biopsy: basal cell carcinoma, nodular type, transected at the deep "
                 "margin.", "site": "Left upper back"},
    ],
    "note_title": "Dermatology Review",
    "note": """Dr H Voss - Dermatology                                             24/06/2025

[Intake - Jordan Pike, PA-C, 06/24/2025: 77 yo F, est pt. CC: face "breaking out" x 2 mo, new spot on
upper back per husband, rough spots on forehead. Meds: metronidazole 0.75% gel, amlodipine. NKDA.
No anticoagulants. Vitals WNL.]

Harriet, 77. Three things today.

1. Rosacea - flare over 2 months: papules and pustules cheeks/chin, burning, flushing with wine. Metronidazole
   gel no longer enough. Plan: START doxycycline 40mg MR once daily for 12/52 and switch metronidazole to
   ivermectin 1% cream nocte. Triggers discussed. Review in 3/12.

2. L upper back - 7mm pink papule with pearly edge and a central crust, 6 months, noticed by her husband.
   ?BCC. Shave bx taken under 1% lignocaine with adrenaline, haemostasis with aluminium chloride, for histology.

3. Solar keratoses - four on the face (forehead x 3, nasal dorsum x 1). Cryo x 2 freeze-thaw cycles to each.

Also: a small seborrhoeic keratosis on L temple - no treatment.

Post-procedure advice given. Results of the bx in ~10 days; if BCC, will plan excision.
HV
""",
    "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 3)]),
    "coder_note": "GS-3: rosacea flare with new prescriptions is separately identifiable -> 99214-25. Biopsy of the back "
                  "lesion 11102; 4 AKs on the face -> 17000 + 17003 x3. 11102/17000 is PTP indicator 1 (biopsy column 1) "
                  "and the sites differ -> XS on 17000 (no edit on 17003).",
})

SCENARIOS.append({
    "id": "s43-mix-ak-no-count-plus-shave-isk-temple",
    "family": "mixed", "shape": "free-text",
    "description": "Scalp AK cryo with no lesion count (no 17000 line) + shave removal inflamed SK R temple 7mm -> 11311",
    "date": "2025-08-05",
    "patient": ("Rutherford", "Clement", "1943-11-11", "male"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right temple", "L82.0", "Right temple", reason=True),
    ],
    "procedures": [
        P("Cryotherapy to actinic keratoses", site="Scalp",
          note="LN2 x 2 cycles to the scalp AKs.", reasons=["c1"]),
        P("Shave removal", site="Right temple",
          note="7 mm inflamed, bleeding SK removed flush with the skin by tangential (shave) technique with a "
               "DermaBlade. Hemostasis with aluminum chloride. Sent for path.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, right temple, shave: inflamed (irritated) seborrheic keratosis. No atypia.",
         "site": "Right temple"},
    ],
    "note_title": "PA Note",
    "note": """Jordan Pike, PA-C  -  08/05/2025
Supervising MD: Dr. Voss

81 yo M. Here for AK recheck and a spot on the R temple that "bleeds every time I comb my sideburn".

Exam:
 - Scalp: scattered rough erythematous scaly papules, c/w AKs.
 - R temple: 7 mm stuck-on tan-pink papule, eroded and crusted, erythematous rim, bled on touch. Looks like an
   irritated SK but inflamed enough that I want it off and looked at.

Procedures:
 - AKs scalp: LN2 cryotherapy, 2 freeze-thaw cycles to the scalp AKs.
 - R temple: shave removal (entire lesion removed flush, not a sampling bx), Drysol hemostasis, to path.

A/P: AKs - treated; consider 5-FU field tx in fall. Inflamed SK - removed, f/u path.
RTC 6 mo.
-- JP
""",
    "expected": E([L("11311")], topics=["missing-documentation"]),
    "coder_note": "README Coding decisions: no AK count anywhere in the chart -> no 17000/17003/17004 line + "
                  "missing-documentation. SH-1: shave removal (whole lesion, therapeutic) of a 0.7 cm lesion on the "
                  "face -> 11311; inflamed and bleeding satisfies BSL-3.",
})

SCENARIOS.append({
    "id": "s43-mix-precoded-punch-lp-wrist-ilk-shins",
    "family": "mixed", "shape": "pre-coded",
    "description": "Punch bx of LP wrist + ILK 4 hypertrophic LP plaques shins; pre-coded 11901 -> 11900; J3301 x2",
    "date": "2025-12-09",
    "patient": ("Achterberg", "Nadia", "1968-08-08", "female"),
    "provider": "voss", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Lichen planus, wrists", "L43.9", "Left volar wrist", reason=True),
        C("c2", "Hypertrophic lichen planus, shins", "L43.0", "Bilateral shins", reason=True),
    ],
    "procedures": [
        P("Punch biopsy skin, single lesion", "11104", "Left volar wrist",
          "4mm punch from a violaceous papule. 4/0 nylon x1.", ["c1"]),
        P("Intralesional injection, more than 7 lesions", "11901", "Bilateral shins",
          "ILK to hypertrophic plaques.", ["c2"]),
    ],
    "path": [
        {"text": "Skin, left volar wrist, punch: lichen planus (band-like lymphocytic infiltrate, saw-tooth "
                 "acanthosis, Civatte bodies).", "site": "Left volar wrist"},
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """Dr Henrietta Voss                                                  09/12/2025

Nadia, 57. Itchy violaceous flat-topped papules on both volar wrists x 3 months with Wickham's striae;
thick warty plaques on both shins. Lacy white striae on buccal mucosa (asymptomatic). Hep C screen requested.

Working dx: lichen planus with hypertrophic LP on the shins.
 - 4mm punch bx from L volar wrist papule for histology. 4/0 nylon x 1.
 - Intralesional triamcinolone (Kenalog-10, 10mg/ml) to the four thickest shin plaques
   (R shin x 2, L shin x 2): 0.5ml each, total 2.0ml = 20mg.
Both under 1% lignocaine / direct injection respectively; consent obtained.

Potent topical steroid (clobetasol ointment) to the wrists meanwhile. Review in 4/52 with histology.
If widespread, consider acitretin or NB-UVB. Not today.
HV
""",
    "expected": E([L("11104"), L("11900"), L("J3301", 2)], topics=["coding-correction"]),
    "coder_note": "4.8 table: 4 lesions injected -> 11900, not 11901 (coding-correction). Punch bx of a different lesion "
                  "-> 11104 (no 11104/11900 edit). Drug 2.0 ml x 10 mg/ml = 20 mg -> J3301 x2.",
})

SCENARIOS.append({
    "id": "s43-mix-bcc-back-excision-layered-plus-shin-bx-xs",
    "family": "mixed", "shape": "note-only",
    "description": "BCC L upper back 1.1cm + 4mm margins -> 11602, layered 4.2cm -> 12032; shave bx R shin -> XS on 11102 and 12032",
    "date": "2025-07-22",
    "patient": ("Drummond", "Ewan", "1951-12-30", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
        C("c2", "Scaly lesion right shin, ?SCC in situ", None, "Right shin", reason=True),
    ],
    "path": [
        {"text": "A. Skin, left upper back, excision: basal cell carcinoma, nodular and micronodular, completely "
                 "excised (narrowest margin 3mm).", "site": "Left upper back"},
        {"text": "B. Skin, right shin, shave biopsy: squamous cell carcinoma in situ (Bowen's disease), extending "
                 "to the base.", "site": "Right shin"},
    ],
    "note_title": "Minor Operation Note",
    "note": """Minor op - Dr H. Voss                                                 22/07/2025

Ewan, 73. BCC L upper back (bx-proven, nodular, 6/52 ago) for excision today.

Pre-op: pearly nodule L upper back 11 x 9mm. Marked with 4mm peripheral margins.
1% lignocaine with adrenaline. Ellipse excision to fat, stitch at 12 o'clock. Haemostasis with cautery.
Closed in layers: 3/0 vicryl deep dermal, 4/0 prolene interrupted; wound length 4.2cm.

While he was on the couch he showed me a scaly pink patch on the R shin, 14 x 10mm, 1 year, slowly growing.
?Bowen's ?sBCC. Separate site, separate lesion - shave bx taken for histology (1% lignocaine, aluminium
chloride for haemostasis). Treatment depends on the result.

STO back at 14 days. Reviewed in 2/52 with both histology results.
HV
""",
    "expected": E([L("11602"), L("12032", 1, "XS"), L("11102", 1, "XS")]),
    "coder_note": "EX-1: 1.1 + 2 x 0.4 = 1.9 cm, trunk, malignant -> 11602; layered 4.2 cm trunk -> 12032. Shave bx of a "
                  "different lesion (R shin) -> 11102. PTP: 11602/11102 (indicator 1, biopsy column 2) and "
                  "11102/12032 (indicator 1, repair column 2) are both for different lesions/sites -> XS on the "
                  "column-2 code of each pair (conventions).",
})

SCENARIOS.append({
    "id": "s43-mohs-nasal-sidewall-two-stages-layered",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs BCC L nasal sidewall, 2 stages (3 + 2 blocks), layered linear closure 2.2cm -> 17311, 17312, 12051",
    "date": "2025-04-29",
    "patient": ("Blackwood", "Imelda", "1949-06-06", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, left nasal sidewall", "C44.311", "Left nasal sidewall", reason=True),
    ],
    "note_title": "Mohs Micrographic Surgery Report",
    "note": """MOHS MICROGRAPHIC SURGERY - Dr H. Voss (surgeon and reading the frozen sections)      29/04/2025

Patient: Imelda Blackwood, 75F.
Indication: nodular BCC L nasal sidewall, bx-proven 03/2025 (outside lab). Nose = H-zone - Mohs appropriate.
Pre-op size 8 x 7mm. Anticoagulants: nil. Allergies: elastoplast.

Consent signed; time out. 1% lignocaine with adrenaline 1:200,000, 5ml.

Stage I: tumour debulked with a curette, then excised with 2mm margin, divided into 3 tissue blocks, mapped and
inked. Frozen horizontal sections read by me: residual BCC in block 2 (3-5 o'clock peripheral).
Stage II: further layer 2-6 o'clock, 2 tissue blocks. Clear.
Total: 2 stages, 5 blocks.

Final defect 12 x 10mm on the L nasal sidewall, into superficial fat, no cartilage exposed.

Repair: options discussed (second intention, FTSG, linear). Linear closure chosen along the sidewall/cheek
junction. Modest undermining, Burow's triangle excised. Layered closure: 5/0 monocryl deep dermal,
6/0 prolene interrupted to skin. Final length 2.2cm.
Haemostasis with cautery. Pressure dressing 48 hours.

No specimens sent out (all tissue processed here as Mohs layers).
STO 5-7 days. Reviewed in 1/52 then 3/12.
HV
""",
    "expected": E([L("17311"), L("17312"), L("12051")]),
    "coder_note": "MOHS-2: nose, 2 stages, no stage over 5 blocks -> 17311 + 17312. MOHS-7/REP-2: layered closure on the "
                  "nose is intermediate (undermining alone is not complex) -> 12051 (2.2 cm), no PTP edit with 17311.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4: Mohs, nails, paring, patch tests, phototherapy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s43-mohs-shin-scc-transplant-seven-blocks",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs SCC L shin in renal transplant pt: stage 1 seven blocks, stage 2 two blocks; layered 4.0cm",
    "date": "2025-10-28",
    "patient": ("Prendergast", "Owen", "1958-04-03", "male"),
    "provider": "voss", "payer": "medicare-advantage-ppo", "minutes": 180,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left shin", "C44.729", "Left pretibial shin", reason=True),
        C("c2", "Kidney transplant status", "Z94.0"),
    ],
    "procedures": [
        P("Mohs stage I", site="Left pretibial shin",
          note="Tumour 14 x 12mm. Debulked, first layer taken with 2mm margin and divided into SEVEN tissue blocks "
               "(large, indurated tumour). Residual SCC blocks 5 and 6.", reasons=["c1"]),
        P("Mohs stage II", site="Left pretibial shin",
          note="Second layer 5-8 o'clock, 2 tissue blocks. Clear.", reasons=["c1"]),
        P("Layered closure of Mohs defect", site="Left pretibial shin",
          note="Defect 22 x 15mm. Undermined, 4/0 monocryl deep, 4/0 nylon interrupted. 4.0cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """Mohs clinic - Dr H Voss, surgeon and pathologist                          28/10/2025

[Pre-op check-in by Jordan Pike, PA-C: BP 138/82, HR 74. Meds reconciled - tacrolimus 3 mg BID,
mycophenolate 500 mg BID, amlodipine. No aspirin/anticoagulants. NKDA. Consent reviewed, pt verbalized
understanding.]

Owen, 67. Renal transplant 2011 on tacrolimus + mycophenolate - high-risk SCC patient, many previous SCCs
(tacrolimus reduction already discussed with his transplant team last year).
Indication: invasive SCC L pretibial shin (bx 09/2025, moderately differentiated), 14 x 12mm, immunosuppressed
- meets appropriate-use criteria for Mohs despite the L-zone site.

Stage I - 7 blocks (tumour is large and indurated, so the layer was divided into seven for proper
  embedding). Frozen sections: residual SCC in blocks 5 and 6 (deep and peripheral at 6-7 o'clock).
Stage II - 2 blocks from 5-8 o'clock. Clear.
Two stages, nine blocks in all.

Defect 22 x 15mm, to fascia. Layered closure after undermining: 4/0 monocryl deep, 4/0 nylon to skin.
Length 4.0cm. Shin wounds heal slowly in him - compression bandage, elevate.
No tissue sent for outside histology.

STO 14-21 days. Reviewed in 2/52. Transplant team copied in.
HV
""",
    "expected": E([L("17313"), L("17314"), L("17315", 2), L("12032")]),
    "coder_note": "MOHS-2: leg -> 17313 first stage + 17314 second stage; stage I had 7 blocks -> 17315 x2 (blocks beyond "
                  "5). Layered closure 4.0 cm on the leg -> 12032, separately reportable after Mohs (MOHS-7).",
})

SCENARIOS.append({
    "id": "s43-mohs-precoded-helix-bcc-88305-removed",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs BCC R helix 2 stages pre-coded with 88305 on Mohs layers -> 88305 removed; second intention",
    "date": "2025-01-14",
    "patient": ("Holloway", "Winifred", "1940-10-25", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 120,
    "conditions": [
        C("c1", "Basal cell carcinoma, right helix", "C44.212", "Right helical rim", reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck, first stage", "17311", "Right helical rim", "4 blocks.", ["c1"]),
        P("Mohs, head/neck, each additional stage", "17312", "Right helical rim", "1 block.", ["c1"]),
        P("Surgical pathology, level IV", "88305", "Right helical rim",
          "Template default charge for tissue examination.", ["c1"]),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """MOHS MICROGRAPHIC SURGERY                                          14/01/2025
Surgeon and pathologist: Dr Henrietta Voss

Winifred, 84F. Nodular BCC R helical rim (bx-proven 12/2024), 7 x 6mm. Ear = H-zone.

Stage 1: 4 tissue blocks. Frozen sections read by me - residual BCC block 3 (deep, over cartilage).
Stage 2: 1 block, including a sliver of perichondrium. Clear.
All Mohs layers were processed as frozen sections in our own Mohs lab and read by me. No tissue was sent for
permanent (paraffin) histology; there was no separate debulking specimen.

Defect 14 x 11mm, perichondrium intact over most of it. She did not want a wedge or a graft at her age - we
agreed on healing by secondary intention. Vaseline, non-adherent dressing, dressing changes taught to her
daughter.

Review 1/52 then 6/52.
HV
""",
    "expected": E([L("17311"), L("17312")], topics=["ncci"]),
    "coder_note": "MOHS-5: no separate pathology code on the Mohs specimens themselves; no debulk or other tissue was "
                  "sent, so the template 88305 (17311/88305 PTP indicator 1, same tissue) is removed (ncci). "
                  "2 stages, no stage over 5 blocks, no repair.",
})

SCENARIOS.append({
    "id": "s43-nail-partial-avulsion-left-hallux-ta",
    "family": "nails", "shape": "note-only",
    "description": "Partial avulsion of ingrown L great toenail with paronychia -> 11730-TA; R toe conservative only",
    "date": "2025-02-25",
    "patient": ("Castleford", "Ivor", "1955-01-08", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Ingrowing toenail, left great toe, with paronychia", "L60.0", "Left hallux, medial border",
          reason=True),
        C("c2", "Cellulitis of left toe", "L03.032", "Left hallux"),
    ],
    "note_title": "Procedure Note",
    "note": """Dr H. Voss                                                            25/02/2025

Ivor, 70. Painful L big toe x 3 weeks, medial nail edge digging in, swollen and weeping. GP gave
flucloxacillin 1/52 ago - redness now limited to the nail fold.

O/E: L hallux - medial nail fold hypergranulation, erythema, seropurulent discharge; nail spicule embedded.
R hallux - lateral edge mildly incurved, no inflammation: managed conservatively today (cotton wisp under
the edge, straight-across cutting advice), nothing removed on that side.
Foot pulses palpable. Not diabetic.

Procedure (L hallux): ring block with 2% plain lignocaine. Tourniquet. Partial nail avulsion - medial quarter of
the nail plate freed and removed with a nail elevator and English anvil nail splitter. Granulation
tissue curetted. NO phenol / matrix not treated (first episode - he prefers to see if it recurs).
Tourniquet off, haemostasis fine. Paraffin gauze and bulky dressing.

Salt soaks from tomorrow. Finish antibiotics. If it recurs, phenolisation next time.
Reviewed in 2/52.
HV
""",
    "expected": E([L("11730", 1, "TA")]),
    "coder_note": "4.8 table/conventions: simple partial avulsion of one nail plate -> 11730 with the digit modifier, "
                  "left great toe = TA. No matrixectomy, so not 11750. The right toe had conservative care only.",
})

SCENARIOS.append({
    "id": "s43-nail-precoded-avulsion-plus-phenol-matrixectomy",
    "family": "nails", "shape": "pre-coded",
    "description": "Recurrent ingrown R hallux: partial avulsion + phenol matrixectomy; pre-coded 11730 + 11750 -> 11750-T5",
    "date": "2025-06-10",
    "patient": ("Villanueva", "Marisol", "1987-07-19", "female"),
    "provider": "pike", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "Right hallux, lateral border", reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate, partial, single", "11730", "Right great toe",
          "Lateral 1/5 of nail plate avulsed.", ["c1"]),
        P("Excision of nail and nail matrix, partial, permanent", "11750", "Right great toe",
          "Phenol 89% to lateral matrix x 3 applications of 30 seconds.", ["c1"]),
    ],
    "note_title": "Procedure Note - PA",
    "note": """Jordan Pike, PA-C                                                  06/10/2025
Supervising: H. Voss MD

37 yo F, recurrent ingrown R great toenail lateral border - 3rd episode this year, previous simple avulsion at
urgent care in 03/2025 grew back in. Wants permanent fix.

Exam: R hallux lateral nail fold erythema, mild granulation, tender. No abscess. Cap refill normal.

Procedure: partial nail avulsion with chemical matrixectomy, R great toe (lateral border)
Consent signed. Digital block 2% lidocaine plain 4 mL. Tourniquet. Lateral 1/5 of the nail plate split and
avulsed; lateral matrix treated with 89% phenol, 3 x 30-second applications, then alcohol flush. Tourniquet
released, < 10 min. Hemostasis good. Abx ointment, bulky dressing.

Post-op: expect drainage 2-3 weeks, daily soaks. RTC 2 weeks.
-- JP
""",
    "expected": E([L("11750", 1, "T5")], topics=["ncci"]),
    "coder_note": "4.8 table: partial avulsion with permanent (phenol) matrix ablation of the same nail = 11750; "
                  "11750/11730 is PTP indicator 1 and it is the same nail border -> 11730 removed (ncci). Right great "
                  "toe -> T5.",
})

SCENARIOS.append({
    "id": "s43-nail-debridement-seven-dystrophic-toenails",
    "family": "nails", "shape": "free-text",
    "description": "Debridement of 7 painful mycotic toenails, Medicaid -> 11721 (no digit modifiers)",
    "date": "2025-08-19",
    "patient": ("Gutierrez", "Armando", "1962-02-28", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis, toenails", "B35.1", "Bilateral toenails", reason=True),
    ],
    "procedures": [
        P("Debridement of mycotic toenails", site="R hallux, R 2nd, R 3rd, L hallux, L 2nd, L 3rd, L 4th",
          note="Thickened dystrophic nails reduced in thickness and length with nail nippers and rotary burr. "
               "Seven nails debrided.", reasons=["c1"]),
    ],
    "note_title": "PA Visit",
    "note": """Jordan Pike, PA-C - Dermatology                                    08/19/2025

63 yo M with onychomycosis, culture-confirmed (T. rubrum) 2024. Failed terbinafine x 12 wks (LFT elevation,
stopped at wk 8). Thick nails painful in work boots; can't trim them himself (nails too thick, back problems).

Exam: R hallux, R 2nd, R 3rd, L hallux, L 2nd, L 3rd, L 4th toenails - yellow, thickened 3-4 mm,
subungual debris, onycholysis; tender to pressure. Remaining 3 toenails normal. No ulceration, pulses 2+.

Procedure: mechanical debridement of the 7 affected toenails - thickness and length reduced with nippers
and rotary burr. Pt tolerated well, immediate relief walking.

A/P: Onychomycosis, symptomatic. Debridement as above. Discussed efinaconazole topical - will try to get it
covered. RTC 10-12 weeks for repeat debridement.
-- JP
""",
    "expected": E([L("11721")]),
    "coder_note": "4.8 table: 6 or more nails debrided -> 11721 x1. The conventions put digit modifiers only on "
                  "11730/11732/11750, so none here.",
})

SCENARIOS.append({
    "id": "s43-pare-three-plantar-calluses-commercial",
    "family": "paring", "shape": "note-only",
    "description": "Paring of three plantar callosities (wart excluded on paring) -> 11056",
    "date": "2025-05-06",
    "patient": ("Pryce", "Eleanor", "1970-09-09", "female"),
    "provider": "voss", "payer": "commercial-cigna", "minutes": 15,
    "conditions": [
        C("c1", "Corns and callosities, plantar feet", "L84", "Bilateral plantar forefoot", reason=True),
    ],
    "note_title": "Clinic Note",
    "note": """Dr H Voss                                                              06/05/2025

Eleanor, 54, runner. Painful hard skin under both forefeet x months; she wondered if they were verrucae.

O/E: R foot - callosity under 2nd metatarsal head 12mm; L foot - callosity under 2nd MTH 10mm and a smaller
one under the 5th MTH 6mm. Three in total.
Paring with a No. 15 scalpel blade of all three: laminated keratin, preserved skin lines, no punctate
capillaries or pinpoint bleeding - callosities, NOT viral warts.
Immediate relief.

Advice: urea 25% cream daily, cushioned insoles, gait assessment with a podiatrist (referral letter given).
No follow-up with us unless they recur quickly.
HV
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "4.8 table: paring of benign hyperkeratotic lesions, 3 lesions -> 11056 (2-4). Paring excluded warts, "
                  "so no 17110.",
})

SCENARIOS.append({
    "id": "s43-pare-precoded-11055-six-corns",
    "family": "paring", "shape": "pre-coded",
    "description": "Six corns/calluses pared, pre-coded 11055 -> 11057",
    "date": "2025-11-25",
    "patient": ("Bautista", "Leonora", "1966-03-15", "female"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Bilateral feet", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion, single", "11055", "Bilateral feet",
          "Paring of hyperkeratotic lesions with #15 blade.", ["c1"]),
    ],
    "note_title": "Procedure Note - PA",
    "note": """Jordan Pike, PA-C                                                    11/25/2025

59 yo F, works on her feet all day (hospital housekeeping). Painful corns and calluses both feet, recurring.

Exam:
  R foot: heloma durum dorsal 5th toe; callus plantar 1st MTH; callus medial hallux
  L foot: heloma durum dorsal 5th toe; callus plantar 2nd MTH; heloma molle 4th web space
  = 6 hyperkeratotic lesions, all tender.
No warts (skin lines preserved, no capillary dots). Sensation intact, pulses normal.

Procedure: sharp paring of all 6 lesions with #15 blade, no bleeding. Pt walked out comfortable.

Plan: wider toe-box shoes, silicone toe sleeves, 40% urea cream. RTC PRN.
-- JP
""",
    "expected": E([L("11057")], topics=["coding-correction"]),
    "coder_note": "4.8 table: more than 4 lesions pared -> 11057, not 11055 (coding-correction).",
})

SCENARIOS.append({
    "id": "s43-patch-baseline-plus-facial-series-application",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test application: baseline 54 + facial/cosmetic 13 allergens -> 95044 x67; no E/M",
    "date": "2025-09-15",
    "patient": ("Hargreaves", "Penelope", "1981-11-29", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Allergic contact dermatitis, face and eyelids, suspected", "L30.9", "Face, eyelids", reason=True),
    ],
    "note_title": "Patch Test Clinic - Application (Day 0)",
    "note": """Patch test clinic - Day 0 (application)                           Mon 15/09/2025
Dr H Voss

Penelope, 43. Assessed in clinic 2/52 ago for recurrent eyelid and facial dermatitis - see that letter for the
full history; patch testing was arranged then. Off topical steroids to the back for 2/52, no oral steroids or
antihistamines interfering. Not sunburnt.

Applied today (Finn chambers on Scanpor, upper back):
 - Baseline series: 54 allergens
 - Facial / cosmetic series: 13 allergens
 Total 67 allergens.
Own products NOT tested today (she forgot them) - bring to the D2 visit for semi-open testing next time if
needed; not applied.

Instructions: keep back dry, no exercise/sweating, no sun. Readings D2 (Wed) and D4 (Fri).
HV
""",
    "expected": E([L("95044", 67)]),
    "coder_note": "4.8 table/conventions: 95044 units = number of allergens applied = 54 + 13 = 67 (MUE 90). No E/M "
                  "selected; own products were not applied.",
})

SCENARIOS.append({
    "id": "s43-patch-new-pt-hand-eczema-em25-eighty",
    "family": "patch-test", "shape": "free-text",
    "description": "New patient hand dermatitis evaluated and treated (99203-25) + 80 patch tests applied same day",
    "date": "2025-03-17",
    "patient": ("Oyelaran", "Tunde", "1975-06-11", "male"),
    "provider": "voss", "payer": "medicaid", "minutes": 50, "em": "99203",
    "conditions": [
        C("c1", "Dermatitis of hands, chronic", "L30.9", "Bilateral hands", reason=True),
    ],
    "procedures": [
        P("Patch test application, expanded series", site="Upper back",
          note="Expanded standard series 80 allergens applied (IQ chambers). Readings day 2 and day 4.",
          reasons=["c1"]),
    ],
    "note_title": "New Patient - Contact Dermatitis Clinic",
    "note": """Dr H. Voss - Dermatology, new patient                                17/03/2025

Tunde, 49, mechanic. Referred by GP: hand dermatitis for 18 months, worse at work, better on holiday.
Fissured fingertips, vesicles on the sides of the fingers, itch ++. Uses Swarfega and latex gloves, sometimes
nitrile. No personal or family atopy. Tried OTC hydrocortisone only.

O/E: bilateral palmar and dorsal hand eczema with fissuring, vesicles on lateral fingers, nail dystrophy from
paronychia. Feet clear. No tinea (scrapings not needed - pattern not fungal). HECSI 46.

Impression: chronic hand dermatitis - irritant plus likely allergic contact component (rubber accelerators?
epoxy? chromate from leather gloves?).

Management today:
 - Mometasone 0.1% ointment bd for 2/52 then weekends (not to the back before readings);
 - soap substitute, emollient, cotton under nitrile gloves, no latex;
 - work letter for glove supply.
 - Patch testing: he can only get one set of days off, so applied today (expanded series, 80 allergens).
   Readings D2 and D4. Back kept free of steroid.

Reviewed at readings and then in 6/52.
HV
""",
    "expected": E([L("99203", 1, "25"), L("95044", 80)]),
    "coder_note": "New-patient evaluation with prescription management of the hand dermatitis is separately "
                  "identifiable from the test application -> 99203-25 (95044/99203 PTP indicator 1). 95044 units = "
                  "80 allergens.",
})

SCENARIOS.append({
    "id": "s43-photo-nbuvb-psoriasis-session",
    "family": "phototherapy", "shape": "note-only",
    "description": "NB-UVB session for psoriasis, Medicare FFS -> 96900; PUVA only discussed",
    "date": "2025-02-11",
    "patient": ("Lockhart", "Desmond", "1952-10-02", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and limbs", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """PHOTOTHERAPY UNIT - narrowband UVB (311nm)                        11/02/2025
Supervising dermatologist: Dr H. Voss (on site)

Desmond, 72. Chronic plaque psoriasis, BSA 12% at start; topical steroids + calcipotriol failed to control.
Course started 07/01/2025, three times weekly.

Treatment no. 17 today. Skin type II. Previous dose 1,150 mJ/cm2, no erythema reported after last session.
Dose today 1,265 mJ/cm2 (10% increment), whole body, goggles and genital shielding used.
Response: plaques thinning, BSA now ~5%.

No burning, no itch flare. Eyes protected. Skin check: nothing suspicious.
If he plateaus we discussed switching to PUVA - not planned, he prefers to continue NB-UVB.
Next session Thursday.
HV / phototherapy nurse
""",
    "expected": E([L("96900")]),
    "coder_note": "4.8 table: narrowband UVB (actinotherapy) -> 96900 per session. PUVA is hypothetical; NCD 250.1 covers "
                  "UV light for psoriasis.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5: phototherapy, post-op, repair, shave, skin tags
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s43-photo-puva-no-conventional-trial-abn-ga",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "PUVA for mild psoriasis without failed conventional therapy, Medicare FFS, ABN signed -> 96912-GA",
    "date": "2025-04-22",
    "patient": ("Thornbury", "Agnes", "1956-12-19", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, mild", "L40.0", "Elbows, knees, lower back", reason=True),
    ],
    "procedures": [
        P("Photochemotherapy, psoralen + UVA (PUVA)", "96912", "Whole body",
          "Oral 8-MOP 0.6mg/kg 2h prior; UVA 0.5 J/cm2. Treatment 1.", ["c1"]),
    ],
    "note_title": "Phototherapy - PUVA Treatment 1",
    "note": """PUVA - first treatment                                               22/04/2025
Dr H. Voss

Agnes, 68. Plaque psoriasis, mild: elbows, knees, lower back, BSA ~6%, PASI 5.1, DLQI 4. Not disabling.
She has barely used the topicals prescribed (calcipotriol/betamethasone - "too greasy") and has never had
NB-UVB. Her sister did well with PUVA years ago and she is set on it.

I explained that PUVA is normally reserved for more severe psoriasis that has failed conventional treatment
(topicals, NB-UVB), that it carries a long-term skin cancer risk, and that Medicare is unlikely to pay for
it in her situation. An Advance Beneficiary Notice (CMS-R-131) was given and signed today before treatment;
she chose to receive the PUVA and accepts financial responsibility if Medicare denies it.

Treatment 1: 8-MOP 0.6mg/kg orally 2 hours before; UVA 0.5 J/cm2 whole body, skin type II.
UVA-protective wraparound glasses for 24h. Eye exam done by optometry last month.

Plan: twice weekly. Reassess after 8 treatments. NB-UVB remains my recommendation and she may switch.
HV
""",
    "expected": E([L("96912", 1, "GA")]),
    "coder_note": "PHOTO-1/NCD 250.1: PUVA only for intractable, disabling psoriasis after failed conventional therapy - "
                  "not met here, so expected to be denied as not reasonable and necessary; an ABN was signed before "
                  "the service on Medicare FFS -> GA (README GA/GZ decision).",
})

SCENARIOS.append({
    "id": "s43-postop-suture-removal-day9-99024",
    "family": "post-op", "shape": "free-text",
    "description": "PA suture removal 9 days after benign forearm excision (010 global); provider chose 99212 -> 99024",
    "date": "2025-07-17",
    "patient": ("Ellery", "Cornelius", "1961-05-05", "male"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for surgical aftercare following surgery on the skin", "Z48.817", reason=True),
        C("c2", "Melanocytic naevus, right forearm, excised", "D22.61", "Right forearm"),
    ],
    "prior": [
        PRIOR("2025-07-08", "11402", "Excision benign lesion R forearm", "Right dorsal forearm",
              "Atypical naevus 1.0cm with 2mm margins; simple closure 3.0cm. Histology: compound naevus, mild atypia."),
    ],
    "procedures": [
        P("Suture removal", site="Right dorsal forearm",
          note="6 interrupted 4-0 nylon sutures removed. Wound well approximated, no erythema or discharge. "
               "Steri-strips applied."),
    ],
    "note_title": "Post-op Visit - PA",
    "note": """Jordan Pike, PA-C                                                    07/17/2025

63 yo M, POD #9 s/p excision of atypical nevus R dorsal forearm (Dr. Voss, 07/08/2025). Path: compound
nevus with mild atypia, margins clear - result reviewed with pt, no further surgery needed.

Wound: well healed, edges approximated, no erythema, no drainage, no dehiscence.
6 sutures removed without difficulty. Steri-strips applied.

Pt has no other concerns today.
Plan: scar care (silicone gel, sun protection). Routine skin check with Dr. Voss in 6 months.
-- JP
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5/conventions: routine post-op visit (suture removal, path result) inside the 10-day global of "
                  "the 07/08 excision (11402, 010) -> 99024, not the selected 99212 (global-period).",
})

SCENARIOS.append({
    "id": "s43-postop-unrelated-contact-dermatitis-flap-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "5 weeks after cheek flap (090 global): new allergic contact dermatitis from hair dye treated -> 99213-24",
    "date": "2025-11-06",
    "patient": ("Marchmont", "Beatrice", "1954-08-27", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to hair dye", "L23.4", "Scalp margin, neck, ears", reason=True),
        C("c2", "Basal cell carcinoma left cheek, excised with flap", "C44.319", "Left cheek"),
    ],
    "prior": [
        PRIOR("2025-10-02", "14040", "Adjacent tissue transfer, cheek", "Left cheek",
              "Excision of BCC L cheek with rhomboid flap, 6.5 sq cm."),
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """Dr H Voss - Dermatology                                              06/11/2025

Beatrice, 71. Seen urgently (not her post-op appointment, which is booked for December).

New problem: 3 days after dyeing her hair at home (new "natural" brand) she developed an itchy, weeping,
red rash at the hairline, behind both ears and down the sides of the neck; eyelids puffy this morning.
No breathing problems, no lip/tongue swelling. Has dyed her hair for years.

O/E: acute eczematous dermatitis with vesicles and oozing along the frontal hairline, retroauricular areas and
lateral neck; mild periorbital oedema. Scalp itself mildly erythematous. Afebrile.
Impression: acute allergic contact dermatitis to hair dye (PPD likely).

Plan:
 - prednisolone 30mg daily for 5 days then stop (short course, BP and glucose OK);
 - mometasone 0.1% cream to neck/ears bd x 1 week, clobetasol scalp application;
 - cool compresses; stop ALL hair dye; PPD/hair-dye avoidance leaflet; patch testing in 6-8 weeks to
   confirm and check cross-reactions (benzocaine, sulphonamides).

Incidentally the L cheek flap (from 02/10) looks lovely - no action needed.
Review 1/52 by phone; December post-op visit stands.
HV
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"]),
    "coder_note": "GS-5: E/M for an unrelated problem (new contact dermatitis with prescriptions) inside the 90-day "
                  "global of the 10/02 flap (14040, 090) -> 99213 with 24 (global-period). The incidental flap look is "
                  "not separately billed.",
})

SCENARIOS.append({
    "id": "s43-postop-new-scalp-lesion-bx-in-excision-global-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "Shave bx of a new scalp lesion 6 days after malignant excision on the back (010 global) -> 11102-79",
    "date": "2025-03-20",
    "patient": ("Iredale", "Norman", "1946-02-07", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Lesion of scalp, ?SCC", None, "Scalp, left parietal", reason=True),
        C("c2", "Basal cell carcinoma of back, excised 14/03", "C44.519", "Right mid back"),
    ],
    "prior": [
        PRIOR("2025-03-14", "11602", "Excision malignant lesion back", "Right mid back",
              "Nodular BCC 1.0cm with 3mm margins, simple closure."),
    ],
    "procedures": [
        P("Tangential biopsy of skin, single lesion", "11102", "Scalp, left parietal",
          "Shave bx of keratotic nodule for histology.", ["c1"]),
    ],
    "path": [
        {"text": "Skin, scalp, left parietal, shave biopsy: keratoacanthoma-type well-differentiated squamous cell "
                 "carcinoma, base involved.", "site": "Scalp, left parietal"},
    ],
    "note_title": "Clinic Note",
    "note": """Dr Henrietta Voss                                                      20/03/2025

Norman, 79. Booked this slot himself for a NEW, fast-growing lump on the scalp - appeared 5 weeks ago,
now tender. (His back excision from 14/03 is a separate matter - sutures out next week with the nurse;
not examined or discussed today beyond him saying it's fine.)

O/E: L parietal scalp, 11mm dome-shaped keratotic nodule with central keratin plug. ?keratoacanthoma ?SCC.

Shave bx taken (deep shave) under 1% lignocaine with adrenaline, haemostasis with aluminium chloride, for
histology. Will plan excision on the result.
Reviewed in 2/52 (same day as his back wound check if convenient).
HV
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: a procedure on a new, unrelated lesion inside the 10-day global of the 03/14 excision "
                  "(11602, 010) -> 79 on the biopsy (global-period). No E/M selected; the back wound was not assessed.",
})

SCENARIOS.append({
    "id": "s43-rep-cheek-bcc-rhomboid-flap-new-pt-57",
    "family": "repair", "shape": "free-text",
    "description": "New pt with bx-proven BCC R cheek: decision for surgery same day (99203-57), excision + rhomboid flap 5.0 sq cm -> 14040 only",
    "date": "2025-05-27",
    "patient": ("Aldridge", "Phoebe", "1963-04-24", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 95, "em": "99203",
    "conditions": [
        C("c1", "Basal cell carcinoma, right cheek", "C44.319", "Right malar cheek", reason=True),
    ],
    "procedures": [
        P("Excision of BCC with 3mm margins", site="Right malar cheek",
          note="Nodular BCC 10 x 9mm, 3mm margins. Primary defect 16 x 16mm (2.6 sq cm).", reasons=["c1"]),
        P("Rhomboid (Limberg) transposition flap", site="Right malar cheek",
          note="Flap designed inferolaterally. Secondary defect 2.4 sq cm. Total flap repair area 5.0 sq cm. "
               "5/0 monocryl deep, 6/0 prolene interrupted.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right cheek, excision: basal cell carcinoma, nodular, completely excised.",
         "site": "Right cheek"},
    ],
    "note_title": "New Patient Consultation and Procedure",
    "note": """Dr H Voss - New patient                                              27/05/2025

Phoebe, 62, referred by an outside dermatologist with a bx-proven nodular BCC R malar cheek (shave bx 04/2025,
report seen). First time seen here.

History: lesion 1 year, slowly growing, occasionally bleeds. PMH: hypothyroid, otherwise well. Meds:
levothyroxine. No anticoagulants. Non-smoker. No previous skin cancer.
O/E: pearly nodule 10 x 9mm R malar cheek with telangiectasia; no palpable nodes. Rest of face fine.

Options discussed in detail: Mohs (waiting list 3 months here), standard excision with 3-4mm margins and
local flap repair, radiotherapy (not first line at her age), imiquimod (not for nodular BCC). She chose
excision with flap and asked to have it done today as she is travelling next month. Decision for surgery
made at this visit; consent signed.

Procedure: 1% lignocaine with adrenaline. Excision with 3mm margins to fat -> primary defect 16 x 16mm
(2.6 sq cm). Rhomboid (Limberg) flap from the inferolateral cheek, secondary defect 2.4 sq cm, total area
5.0 sq cm. Layered inset: 5/0 monocryl deep, 6/0 prolene to skin. Haemostasis with bipolar.
Specimen for histology.

STO 5-6 days. Reviewed in 1/52 and with histology.
HV
""",
    "expected": E([L("99203", 1, "57"), L("14040")]),
    "coder_note": "FLAP-1/FLAP-2: excision is included in the adjacent tissue transfer (14040/11642 indicator 1, same "
                  "lesion); 2.6 + 2.4 = 5.0 sq cm on the cheek -> 14040. GS-4/FLAP-4: the new-patient E/M on the day of "
                  "a 090 procedure resulted in the decision to operate -> 99203-57.",
})

SCENARIOS.append({
    "id": "s43-rep-precoded-complex-1cm-alar-to-intermediate",
    "family": "repair", "shape": "pre-coded",
    "description": "Bleeding naevus R ala excised (0.5 + 2x1mm = 0.7cm, 11441); layered 1.0cm repair pre-coded 13151 -> 12051",
    "date": "2025-10-09",
    "patient": ("Fenwick", "Rupert", "1977-01-31", "male"),
    "provider": "voss", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Intradermal naevus, right nasal ala, bleeding with glasses", "D22.39", "Right nasal ala", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion nose 0.6-1.0 cm", "11441", "Right nasal ala",
          "5mm papule, 1mm margins.", ["c1"]),
        P("Repair complex eyelids/nose/ears/lips 1.1-2.5 cm", "13151", "Right nasal ala",
          "Layered repair 1.0cm.", ["c1"]),
    ],
    "path": [
        {"text": "Skin, right nasal ala, excision: intradermal melanocytic naevus, completely excised.",
         "site": "Right nasal ala"},
    ],
    "note_title": "Procedure Note",
    "note": """Dr H. Voss                                                            09/10/2025

Rupert, 48. Flesh-coloured papule R nasal ala, 5mm, under the pad of his glasses - bleeds most weeks when
the frames rub, and has been sore. Wants it off; a shave would leave a dent on the ala, so excision.

Procedure: 1% lignocaine with adrenaline. Lesion (5mm) excised with 1mm margins, small fusiform excision
along the alar groove. Closure in layers: 5/0 monocryl deep dermal x 2, 6/0 prolene to skin.
Final repair length 1.0cm. Alar rim not involved, no cartilage exposed.
Specimen for histology.

STO 5 days. Reviewed in 2/52 with the result.
HV
""",
    "expected": E([L("11441"), L("12051")], topics=["coding-correction"]),
    "coder_note": "REP-2: a complex repair of 1.0 cm or less is coded as simple or intermediate; layered closure -> "
                  "intermediate 12051 (and nothing here meets the complex definition anyway) - coding-correction. "
                  "EX-1: 0.5 + 2 x 0.1 = 0.7 cm, nose, benign -> 11441 as pre-coded.",
})

SCENARIOS.append({
    "id": "s43-shave-inflamed-sks-neck-and-back",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of two inflamed SKs: R neck 8mm -> 11306, mid back 15mm -> 11302; third SK left alone",
    "date": "2025-01-21",
    "patient": ("Cavendish", "Muriel", "1944-06-30", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right neck", "L82.0", "Right lateral neck", reason=True),
        C("c2", "Inflamed seborrheic keratosis, mid back", "L82.0", "Mid back", reason=True),
        C("c3", "Seborrheic keratosis, abdomen", "L82.1", "Abdomen"),
    ],
    "path": [
        {"text": "A. Skin, right neck, shave: irritated seborrhoeic keratosis.", "site": "Right neck"},
        {"text": "B. Skin, mid back, shave: inflamed seborrhoeic keratosis with haemorrhage. No dysplasia.",
         "site": "Mid back"},
    ],
    "note_title": "Procedure Note",
    "note": """Dermatology - Dr H Voss                                              21/01/2025

Muriel, 80. Two "warty" spots that are driving her mad:
 (a) R lateral neck - 8mm, catches on her necklace, red, crusted and bleeding on and off for 6 weeks.
 (b) mid back at the bra line - 15mm, itches intensely, inflamed rim, has bled onto her clothes.
Both look like inflamed seborrhoeic keratoses on dermoscopy, but (b) has a slightly atypical vascular pattern
so histology is sensible.
A third SK on the abdomen (9mm) is not bothering her - left alone.

Procedure: consent. 1% lignocaine with adrenaline. Shave removal of (a) and (b) flush with the skin using a
DermaBlade, whole lesions removed. Haemostasis with aluminium chloride and light cautery. Both for histology.
Vaseline and plasters.

Results letter in 2/52. No routine follow-up.
HV
""",
    "expected": E([L("11306"), L("11302")]),
    "coder_note": "SH-1: shave removal by site group and lesion diameter: neck (SNHFG) 0.8 cm -> 11306; back (TAL) "
                  "1.5 cm -> 11302. BSL-3 bleeding/itching/inflammation documented. The abdominal SK was not treated.",
})

SCENARIOS.append({
    "id": "s43-shave-chin-no-size-plus-forearm",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal chin naevus with no size documented (no line) + R forearm 4mm -> 11300 only",
    "date": "2025-12-16",
    "patient": ("Kowalczyk", "Tomasz", "1985-09-12", "male"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Dermal naevus, chin, traumatised by shaving", "D22.39", "Chin", reason=True),
        C("c2", "Irritated naevus, right forearm", "D22.61", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Chin",
          note="Raised flesh-colored papule removed flush by shave technique. Hemostasis with Drysol.",
          reasons=["c1"]),
        P("Shave removal", site="Right dorsal forearm",
          note="4 mm raised brown papule removed by shave technique. Hemostasis with Drysol.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin, chin, shave: intradermal naevus.", "site": "Chin"},
        {"text": "B. Skin, right forearm, shave: compound naevus, no atypia.", "site": "Right forearm"},
    ],
    "note_title": "Procedure Note - PA",
    "note": """Jordan Pike, PA-C                                                   12/16/2025
Supervising MD: Dr. Voss

40 yo M. Two raised moles that get traumatized:
 - chin: cuts it shaving every few days, bleeds
 - R forearm: catches on watch strap, irritated and bled twice last month

Exam: chin - raised soft flesh-colored dome papule, excoriated; R dorsal forearm - 4 mm raised uniformly brown
papule, crusted. Dermoscopy benign-appearing for both.

Procedure: shave removal x 2. Consent. 1% lido w/ epi. Each lesion removed flush with the skin using a
flexible blade (complete removal, not a biopsy). Drysol for hemostasis. Both to path.

A/P: traumatized nevi x2 removed. Wound care reviewed. Will call with path.
-- JP
""",
    "expected": E([L("11300")], topics=["missing-documentation"]),
    "coder_note": "README Coding decisions: the chin lesion has no diameter anywhere in the chart -> no size-banded shave "
                  "line + missing-documentation. R forearm 0.4 cm (TAL) -> 11300. Repeated shaving/strap trauma "
                  "documented.",
})

SCENARIOS.append({
    "id": "s43-tags-precoded-38-irritated-11201-mue",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "38 inflamed/bleeding skin tags snipped; pre-coded 11200 + 11201 x3 -> 11201 capped at MUE 1",
    "date": "2025-08-28",
    "patient": ("Oduya", "Florence", "1959-01-17", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Acrochordons, inflamed and bleeding, neck/axillae/inframammary", "L91.8",
          "Neck, both axillae, inframammary folds", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to and including 15", "11200", "Neck, axillae, inframammary",
          "Snip excision with iris scissors, aluminium chloride.", ["c1"]),
        P("Removal of skin tags, each additional 10 (units 3)", "11201", "Neck, axillae, inframammary",
          "Remaining 23 tags.", ["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Dr H. Voss                                                          28/08/2025

Florence, 66, type 2 diabetic, BMI 38. Many skin tags in the skin folds - several get twisted, go red and
swollen, and bleed when caught by her bra strap and necklace; two are oozing today. Itchy in the heat.
GP letter documents two episodes of a bleeding tag needing a dressing.

O/E: pedunculated acrochordons: neck x 12, R axilla x 9, L axilla x 8, inframammary x 9 = 38 in total.
Several with erythema, oedema and haemorrhagic crust.

Procedure: snip excision of all thirty-eight tags with sterile iris scissors, aluminium chloride to bases.
No local needed for most; a little 1% lignocaine for the larger inframammary ones. Tolerated well.

Advice: keep folds dry. No follow-up unless more become inflamed.
HV
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"]),
    "coder_note": "4.8 table/conventions: 38 tags -> 11200 + 11201 x ceil(23/10) = 3, but the 11201 MUE is 1 (MAI 3) -> "
                  "capped at 1 with an mue finding (README). BSL-3 bleeding/inflammation/trauma documented, so covered.",
})

SCENARIOS.append({
    "id": "s43-tags-cosmetic-medicaid-plus-plantar-wart",
    "family": "skin-tags", "shape": "free-text",
    "description": "8 asymptomatic skin tags removed for appearance (Medicaid: removed, cosmetic) + painful plantar wart cryo -> 17110",
    "date": "2025-06-05",
    "patient": ("Robles", "Yesenia", "1994-04-04", "female"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons, neck, asymptomatic", "L91.8", "Neck", reason=True),
        C("c2", "Plantar wart, right heel, painful", "B07.0", "Right heel", reason=True),
    ],
    "procedures": [
        P("Skin tag removal", site="Neck",
          note="8 small asymptomatic skin tags snipped at patient request (wedding photos). Pt informed "
               "this is cosmetic and not billable to her plan.", reasons=["c1"]),
        P("Cryotherapy, plantar wart", site="Right heel",
          note="Pared, then LN2 x 2 freeze-thaw cycles to a single 8 mm painful plantar wart.", reasons=["c2"]),
    ],
    "note_title": "PA Note",
    "note": """Jordan Pike, PA-C                                                       06/05/2025

31 yo F.
1) Plantar wart R heel x 4 months, painful with every step, failed OTC salicylic acid x 8 weeks.
   Exam: 8 mm hyperkeratotic papule with pinpoint black dots, R heel. Pared, then cryo LN2 x 2 FTC.
2) Skin tags on neck - wants them off before her wedding next month for photos. Not itchy, not irritated,
   never bled. Exam: 8 small soft pedunculated tags, no inflammation.
   Discussed that removal is cosmetic and not covered by her Medicaid plan; she agreed to self-pay.
   All 8 snipped with iris scissors, Drysol.

Wart f/u 3-4 weeks for repeat cryo if needed.
-- JP
""",
    "expected": E([L("17110")], topics=["cosmetic"]),
    "coder_note": "Conventions 'Non-Medicare cosmetic services' + BSL-2: asymptomatic tags removed for appearance on "
                  "Medicaid -> 11200 not on the claim (cosmetic finding). Painful plantar wart that failed OTC therapy "
                  "-> 17110 (one benign lesion).",
})

# ---------------------------------------------------------------------------------------------------------------
# A few notes arrive from ModMed EMA as HTML (text/html DocumentReference).
# ---------------------------------------------------------------------------------------------------------------

_HTML_IDS = {
    "s43-em-psoriasis-methotrexate-monitoring",
    "s43-nail-debridement-seven-dystrophic-toenails",
    "s43-shave-inflamed-sks-neck-and-back",
    "s43-id-buttock-abscess-single-medicaid",
}


def _to_html(text: str) -> str:
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p.strip("\n") for p in esc.split("\n\n") if p.strip()]
    body = "\n".join("<p>" + p.replace("\n", "<br/>\n") + "</p>" for p in paras)
    return ("<html><head><meta charset=\"utf-8\"><title>EMA Visit Note</title></head>"
            "<body><div class=\"ema-note\">\n" + body + "\n</div></body></html>")


for _s in SCENARIOS:
    if _s["id"] in _HTML_IDS:
        _s["note"] = _to_html(_s["note"])
        _s["html"] = True
