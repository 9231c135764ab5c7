"""Sealed set 63 (s63-): audit of a practice whose dermatologists dictate with front-end speech recognition.

Notes are signed as recognised: run-on sentences, numbers spoken as words, spoken punctuation left in
("comma", "period", "new paragraph"), homophone slips ("write forearm") and spoken self-corrections ("left,
sorry, right"). Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and
tests/corpus/README.md ("File format", "Coding decisions") only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# Batch 1
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s63-bx-punch-forearm-two-tangential",
    "family": "biopsy", "shape": "note-only",
    "description": "Dictated note: 4 mm punch bx right forearm + two tangential bx (left upper back, right shoulder); "
                   "Medicare FFS",
    "date": "2025-10-14",
    "patient": ("Threlkeld", "Orvis", "1949-02-17", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Atypical pigmented lesion, right forearm", None, "Right forearm", reason=True),
        C("c2", "Scaly papule, left upper back", None, "Left upper back", reason=True),
        C("c3", "Pink papule, right shoulder", None, "Right shoulder", reason=True),
    ],
    "note_title": "Procedure Note - Biopsies",
    "note": """PROCEDURE NOTE dictated by Adaeze Okafor MD

Patient is a seventy six year old gentleman here for the three spots we flagged at his skin check last month period
new paragraph
He says the spot on the write forearm has gotten darker over the summer comma no bleeding comma no itch period
The back spot is scaly and he picks at it period the shoulder one is pink and he is not sure how long it has been
there period
new paragraph
Consent colon risks of bleeding comma infection comma scar and need for further treatment reviewed comma he
signed period site marking and time out done period
new paragraph
Number one comma right forearm dorsal comma six millimeter irregularly pigmented macule with two shades of brown
period prepped with alcohol comma one percent lidocaine with epi comma four millimeter punch biopsy taken down to
fat comma closed with two four oh nylon simple interrupted period
Number two comma left upper back comma five millimeter scaly pink papule period tangential biopsy with a
dermablade comma shave technique comma partial thickness comma aluminum chloride for hemostasis period
Number three comma left comma sorry comma right shoulder comma four millimeter pearly pink papule period
tangential shave biopsy again with the dermablade comma hemostasis with aluminum chloride period
new paragraph
Three specimens in three separate formalin bottles labeled one through three period
The patient tolerated the procedure well period Vaseline and band aids comma wound care sheet given period
Sutures out in fourteen days at the nurse visit period we will call with pathology period
No other lesions treated today period
""",
    "path": [
        {"text": "A. Skin, right forearm, punch: compound dysplastic nevus with moderate architectural disorder, "
                 "margins involved.", "site": "Right forearm"},
        {"text": "B. Skin, left upper back, shave: squamous cell carcinoma in situ.", "site": "Left upper back"},
        {"text": "C. Skin, right shoulder, shave: basal cell carcinoma, nodular type.", "site": "Right shoulder"},
    ],
    "expected": E([L("11104"), L("11103", 2)]),
    "coder_note": "BX-2: one punch + two tangential biopsies -> punch is the primary (11104) and each tangential biopsy "
                  "takes its own add-on 11103 (x2). 'Left, sorry, right shoulder' is a spoken self-correction, not a "
                  "fourth site. No E/M documented.",
})

SCENARIOS.append({
    "id": "s63-bx-incisional-thigh-punch-dif-leg",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional (wedge) bx of a deep thigh nodule for panniculitis + 4 mm punch for DIF on the other "
                   "leg; commercial",
    "date": "2025-11-03",
    "patient": ("Oyelaran", "Funmilayo", "1978-06-30", "female"),
    "provider": "chen", "payer": "commercial", "minutes": 50,
    "conditions": [
        C("c1", "Tender subcutaneous nodules, left thigh", "R22.42", "Left anterior thigh", reason=True),
        C("c2", "Purpuric papules, right lower leg", None, "Right lower leg", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy, deep wedge to subcutis", site="Left anterior thigh",
          note="Fusiform wedge through a 3.5 cm tender nodule, sampling its edge only (nodule left in place), 15 "
               "blade to subcutaneous fat, single-layer closure with 4-0 nylon.", reasons=["c1"]),
        P("Punch biopsy for direct immunofluorescence", site="Right lower leg",
          note="4 mm punch, perilesional skin, specimen in Michel's medium, one 4-0 nylon.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """Wei Chen MD dictating on Funmilayo Oyelaran comma date of birth six thirty seventy eight period
new paragraph
Forty seven year old woman with three weeks of tender red nodules on the left thigh and a few purpuric papules on
the right shin period question erythema nodosum versus another panniculitis versus vasculitis period she is not on
any new medicines comma no recent strep throat that she knows of period
new paragraph
Plan discussed colon we need a deep specimen with fat for the thigh comma a punch will not get enough subcutis
period separate punch for direct immunofluorescence on the leg period
new paragraph
Procedure one colon incisional biopsy comma left anterior thigh period the nodule is about three point five
centimeters comma we took a deep wedge from the edge of it with a fifteen blade down into the subcutaneous fat comma
the rest of the nodule left in place period closed with four oh nylon simple interrupted times three period
Procedure two colon right lower leg comma four millimeter punch of perilesional skin for D I F comma into Michel's
medium comma one stitch period
new paragraph
Both specimens sent comma the wedge in formalin for H and E and the punch in Michel's period
Tolerated well period dressing applied period return in two weeks for suture removal and results period
I did not biopsy the left shin lesions today comma those look like the same process period
""",
    "expected": E([L("11106"), L("11105")]),
    "coder_note": "BX-2: incisional (blade wedge, partial sample of the nodule) outranks punch -> 11106 primary, punch "
                  "takes 11105. Simple closures are included in both.",
})

SCENARIOS.append({
    "id": "s63-bx-precoded-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two shave (tangential) biopsies, scalp and posterior neck, pre-coded with deleted 11100/11101; "
                   "Medicaid",
    "date": "2025-09-22",
    "patient": ("Quarles", "Deshawn", "1991-09-08", "male"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Scaly plaque, scalp vertex", "L98.8", "Scalp vertex", reason=True),
        C("c2", "Hyperpigmented papule, posterior neck", "L81.4", "Right posterior neck", reason=True),
    ],
    "procedures": [
        P("Biopsy skin lesion, single", cpt="11100", site="Scalp, vertex",
          note="Shave biopsy with flexible blade, partial thickness; Drysol hemostasis.", reasons=["c1"]),
        P("Biopsy skin lesion, each additional", cpt="11101", site="Right posterior neck",
          note="Shave biopsy, partial thickness; Drysol.", reasons=["c2"]),
    ],
    "note_title": "Biopsy Note",
    "note": """Sofia Ramirez MD comma biopsy note period
new paragraph
Thirty four year old man with a scaly plaque on the crown of the scalp comma question psoriasis versus discoid
lupus versus something else comma and a dark bump on the back of the neck on the right that his barber keeps
nicking period
new paragraph
After verbal and written consent comma sites cleaned and numbed with one percent lidocaine with epinephrine period
Scalp vertex colon shave biopsy with a flexible blade comma partial thickness comma sample of the scaly edge
comma Drysol for hemostasis period
Right posterior neck colon shave biopsy of the entire papule top comma partial thickness comma Drysol period
No sutures needed period
Patient tolerated the procedure well period path pending comma we will call him period
""",
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"]),
    "coder_note": "BX-1: 11100/11101 were deleted 31 Dec 2018; two tangential (shave) biopsies -> 11102 + 11103.",
})

SCENARIOS.append({
    "id": "s63-ds-ak-seventeen-precoded-17003x16",
    "family": "destruction", "shape": "pre-coded",
    "description": "LN2 to 17 AKs (face 9, scalp 5, hands 3), pre-coded 17000 + 17003 x16; Medicare Advantage",
    "date": "2025-12-09",
    "patient": ("Pettibone", "Lorraine", "1944-12-01", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, face, scalp and dorsal hands", "L57.0", "Face, scalp, dorsal hands",
          reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Face", reasons=["c1"]),
        P("Destruction premalignant lesion, 2-14, each additional (x16)", cpt="17003", site="Face, scalp, hands",
          note="Units entered: 16", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Astrid Lindgren MD dictating period
new paragraph
Eighty year old woman back for her actinic keratoses period she used the fluorouracil cream last spring and did
not like it comma would rather freeze today period
new paragraph
Exam colon gritty erythematous scaly papules consistent with actinic keratoses colon face times nine comma scalp
times five comma dorsal hands times three period that is seventeen total period
new paragraph
Procedure colon cryotherapy with liquid nitrogen comma two freeze thaw cycles each comma to all seventeen actinic
keratoses as counted above period risks of blister comma hypopigmentation and recurrence discussed comma verbal
consent period tolerated well period
new paragraph
If any of these persist at three months we could talk about photodynamic therapy but not today period
Follow up three months period
""",
    "expected": E([L("17004")], topics=["coding-correction"]),
    "coder_note": "DS-1: 17 AKs is 15 or more -> 17004 x1 instead of 17000 + 17003 (17003 x16 also exceeds its 13-unit "
                  "range). PDT is only a hypothetical plan.",
})

SCENARIOS.append({
    "id": "s63-ds-warts-thirteen-child-medicaid",
    "family": "destruction", "shape": "free-text",
    "description": "Cryo to 13 common warts on the hands of a child; two plantar warts deliberately not treated; "
                   "Medicaid MCO",
    "date": "2025-10-28",
    "patient": ("Villareal", "Mateo", "2015-04-22", "male"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, hands and fingers", "B07.8", "Bilateral hands", reason=True),
        C("c2", "Plantar wart, left sole", "B07.0", "Left sole"),
    ],
    "procedures": [
        P("Cryotherapy, warts", site="Bilateral hands and fingers",
          note="Liquid nitrogen, 2 freeze-thaw cycles, 13 verrucae on the hands and fingers (right 8, left 5). "
               "Plantar warts not treated.", reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Note",
    "note": """Folake Adeyemi MD comma pediatric dermatology period
new paragraph
Ten year old boy here with mom for warts on both hands comma they are spreading comma two of them on the right
thumb crack and bleed when he plays baseball period
new paragraph
Exam colon thirteen verrucous papules on the hands and fingers comma eight on the right hand and five on the left
period also two plantar warts on the left sole period
new paragraph
Procedure colon liquid nitrogen cryotherapy comma two freeze thaw cycles comma to the thirteen warts on the hands
period he was very brave period
The two on the left sole were not treated today comma mom would like to wait until after his tournament comma we
will do those next time period
new paragraph
Blister care reviewed period salicylic acid at home between visits period return in three to four weeks period
""",
    "expected": E([L("17110")]),
    "coder_note": "DS-2: 13 benign lesions destroyed (up to 14) -> 17110 x1. The two plantar warts were not treated, so "
                  "the count is not 15 (no 17111).",
})

SCENARIOS.append({
    "id": "s63-ds-edc-bcc-back-precoded-17000",
    "family": "destruction", "shape": "pre-coded",
    "description": "ED&C of biopsy-proven superficial BCC left mid back, final defect 1.4 cm, pre-coded 17000; "
                   "Medicare FFS",
    "date": "2025-11-18",
    "patient": ("Haverkamp", "Dietrich", "1940-07-05", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left mid back", "C44.519", "Left mid back", reason=True),
    ],
    "procedures": [
        P("Destruction lesion", cpt="17000", site="Left mid back",
          note="ED&C x3 cycles of biopsy-proven superficial BCC; final defect 1.4 cm.", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2025-10-30", "11102", "Tangential biopsy left mid back", "Left mid back",
              note="Path: basal cell carcinoma, superficial type."),
    ],
    "note_title": "Procedure Note - ED&C",
    "note": """Marc Baptiste MD period procedure note period
new paragraph
Eighty five year old man here for treatment of the biopsy proven superficial basal cell carcinoma on the left mid
back comma biopsied here on October thirtieth period we talked about excision versus E D and C versus topical
imiquimod comma he wants it done today and done quick period
new paragraph
Lesion before treatment about eight millimeters period
Consent signed comma lidocaine with epi comma curettage and electrodesiccation times three cycles period
Final defect one point four centimeters in diameter period hemostasis good period
Vaseline and bandage period wound care reviewed period
The patient tolerated the procedure well period
Follow up skin check in six months comma sooner if anything recurs at the site period
""",
    "expected": E([L("17262")], topics=["coding-correction"]),
    "coder_note": "DS-4: malignant destruction, trunk, sized by the final curettage defect 1.4 cm (1.1-2.0) -> 17262; "
                  "17000 is the premalignant (AK) code. Prior 11102 is 000-day, no global issue.",
})

SCENARIOS.append({
    "id": "s63-em-mtx-psoriasis-lab-review",
    "family": "em", "shape": "note-only",
    "description": "Established pt, plaque psoriasis on methotrexate, labs reviewed, dose change; provider picked "
                   "99214; commercial",
    "date": "2025-09-30",
    "patient": ("Kowalczyk", "Brenna", "1969-03-14", "female"),
    "provider": "nakamura", "payer": "commercial-aetna", "minutes": 32, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk, extremities", reason=True),
    ],
    "note_title": "Dermatology Follow-up",
    "note": """Ren Nakamura MD follow up visit period
new paragraph
Subjective colon fifty six year old woman with plaque psoriasis on methotrexate fifteen milligrams weekly plus
folic acid comma here for her twelve week check period she says the elbows and knees are better but the lower
back plaques came back after she missed two doses when she had the flu period no mouth sores comma no cough or
shortness of breath comma drinking maybe one glass of wine a week period
new paragraph
Data colon I reviewed the CBC with differential and the CMP drawn last week colon white count five point one
comma platelets two forty comma A L T thirty one comma A S T twenty eight comma creatinine zero point eight period
all acceptable for continuing methotrexate period
new paragraph
Exam colon well appearing comma B S A about six percent comma plaques on the lumbosacral back comma both elbows
and the right knee comma no pustules comma nails with a few pits period
new paragraph
Assessment and plan colon
One period psoriasis vulgaris comma partially controlled on methotrexate period increase to seventeen point five
milligrams weekly comma continue folic acid one milligram daily except methotrexate day period repeat CBC and CMP
in four weeks after the dose change comma then every twelve weeks period she knows to stop it and call if she gets
an infection period clobetasol ointment refilled for the back plaques comma twice daily on weekdays only period
If she fails this dose we will discuss a biologic comma not today period
new paragraph
Total time today thirty two minutes including reviewing labs comma exam and counseling period
Level of service nine nine two one four period
""",
    "expected": E([L("99214")], dx={"99214": ["L40.0"]}),
    "coder_note": "EM-1/EM-4: drug therapy requiring intensive monitoring (methotrexate with labs) supports at least the "
                  "provider-selected 99214; no procedure, no modifier. G2211 not keyed and payer is commercial.",
})

SCENARIOS.append({
    "id": "s63-em-screening-fse-no-findings-gy",
    "family": "em", "shape": "note-only",
    "description": "Asymptomatic screening full-skin exam, no personal/family history, nothing found; Medicare FFS "
                   "-> GY",
    "date": "2025-10-06",
    "patient": ("Brandvold", "Gunnar", "1955-08-19", "male"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 15, "em": "99212",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", None, reason=True),
    ],
    "note_title": "Skin Check",
    "note": """Kirsten Halvorsen MD skin check note period
new paragraph
Seventy year old man here for a full body skin check comma his wife made the appointment because her friend had a
melanoma period he has no complaints comma no new or changing spots comma nothing bleeding or itching period no
personal history of skin cancer comma no family history of melanoma period he has never had a biopsy period
new paragraph
Exam colon full skin exam including scalp comma face comma trunk comma extremities comma palms comma soles and
nails period genital exam declined period skin exam unremarkable comma no suspicious lesions identified period
new paragraph
Assessment colon screening skin exam comma normal period
Plan colon reassured period sun protection comma broad spectrum S P F thirty or higher period no follow up needed
unless something changes period
He was told that Medicare does not cover a screening skin exam without a problem and he said that is fine period
new paragraph
Level nine nine two one two period
""",
    "expected": E([L("99212", 1, "GY")], dx={"99212": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare screening-only full-skin exam with no history, no complaint and nothing found "
                  "-> E/M with GY (statutory exclusion). No ABN/GX is documented (only a verbal statement).",
})

SCENARIOS.append({
    "id": "s63-em-new-pt-single-wart-decision-only",
    "family": "em", "shape": "pre-coded",
    "description": "New patient, single finger wart, only problem; 99203 selected + 17110 performed; E/M is decision "
                   "only; commercial",
    "date": "2025-11-12",
    "patient": ("Lindahl", "Signe", "1998-01-25", "female"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 20, "em": "99203",
    "conditions": [
        C("c1", "Verruca vulgaris, right index finger", "B07.8", "Right index finger", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions up to 14", cpt="17110", site="Right index finger",
          note="LN2 x2 cycles to one wart.", reasons=["c1"]),
    ],
    "note_title": "New Patient Visit",
    "note": """Jordan Pike dictating comma new patient period
new paragraph
Twenty seven year old woman comma new to our clinic comma here for one wart on the write index finger comma
sorry comma right index finger comma present about four months comma tried over the counter freeze spray twice
without success period it catches on her keyboard period no other skin concerns today period healthy comma no
meds comma no allergies period
new paragraph
Exam colon five millimeter verrucous papule on the radial side of the right index finger comma no other warts on
the hands period
new paragraph
Assessment colon verruca vulgaris right index finger period
Plan colon discussed cryotherapy versus salicylic acid versus observation comma she chose cryotherapy today period
Liquid nitrogen comma two freeze thaw cycles comma to the single wart period tolerated well period blister care
reviewed period return in three weeks if still present period
""",
    "expected": E([L("17110")]),
    "coder_note": "GS-3 / README: the only work beyond the procedure is the decision to treat the single wart; a new "
                  "patient alone does not justify a separate E/M -> 99203 removed, 17110 kept.",
})

SCENARIOS.append({
    "id": "s63-em-melanoma-history-fse-no-bx",
    "family": "em", "shape": "note-only",
    "description": "Full-skin exam for history of melanoma, benign findings, no procedure; Medicare (NGS) -> 99213 "
                   "without modifier",
    "date": "2025-12-02",
    "patient": ("Esterhuizen", "Pieter", "1952-05-09", "male"),
    "provider": "voss", "payer": "medicare-ngs", "minutes": 22, "em": "99213",
    "conditions": [
        C("c1", "Personal history of malignant melanoma of skin", "Z85.820", None, reason=True),
        C("c2", "Seborrheic keratoses, trunk", "L82.1", "Trunk"),
    ],
    "note_title": "Follow-up Skin Examination",
    "note": """Henrietta Voss MD comma follow up period
new paragraph
Seventy three year old man with a history of melanoma of the left upper back comma Breslow zero point six
millimeters comma wide local excision in twenty nineteen comma no recurrence period here for his every six month
full skin exam period no new spots he is worried about period
new paragraph
Exam colon full skin exam comma scalp to soles period the left upper back scar is well healed with no
pigmentation or nodularity period no palpable axillary or cervical nodes period multiple seborrheic keratoses on
the trunk comma scattered benign appearing nevi comma the nevus on the left calf looks the same as our photos from
June period
new paragraph
Assessment colon one comma history of melanoma comma no evidence of recurrence period two comma seborrheic
keratoses comma benign comma no treatment needed period
Plan colon continue six month exams period if the left calf nevus ever changes we would biopsy it comma no biopsy
today period sun protection reviewed period
Nine nine two one three period
""",
    "expected": E([L("99213")]),
    "coder_note": "DX-5 / README: with a melanoma history the full-skin exam is a diagnostic visit, no GY. The calf "
                  "biopsy is only hypothetical; nothing else is billed.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s63-exb-inflamed-cyst-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Excision of a recurrently inflamed epidermoid cyst, right upper back, 2.2 cm + 2 mm margins, "
                   "layered closure 3.5 cm; commercial",
    "date": "2025-10-21",
    "patient": ("Dunleavy", "Corbin", "1983-11-02", "male"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal cyst, right upper back", "L72.0", "Right upper back", reason=True),
    ],
    "note_title": "Excision Note",
    "note": """Chidi Okonkwo MD operative note period
new paragraph
Preoperative diagnosis colon inflamed epidermoid cyst comma right upper back period
Postoperative diagnosis colon same period
new paragraph
Indications colon forty one year old man with a cyst on the right upper back that has gotten red comma swollen and
drained foul material three times this year comma it hurts when he leans back in his truck seat period last flare
was treated with doxycycline in August period quiet enough today to excise period
new paragraph
The cyst was measured before we started at two point two centimeters in greatest diameter period
We drew an ellipse with two millimeter margins around it period consent signed comma time out done period
Local with one percent lidocaine with epi comma twelve ML period
Excised with a fifteen blade down to fat comma cyst removed mostly intact with some scar around it from the prior
flares period
The wound needed a layered closure colon buried three oh vicryl deep dermal sutures then four oh nylon running on
top period final repair length three point five centimeters period
Estimated blood loss minimal period the patient tolerated the procedure well period
Pressure dressing comma wound care handout comma sutures out in twelve to fourteen days period
Specimen to pathology period
""",
    "path": [{"text": "Skin and subcutis, right upper back, excision: ruptured epidermal inclusion cyst with foreign "
                      "body giant cell reaction. No atypia.", "site": "Right upper back"}],
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.2 + 2 x 0.2 = 2.6 cm trunk benign -> 11403. EX-5/REP-2: layered closure 3.5 cm trunk -> 12032 "
                  "(no PTP edit with the excision). Recurrent inflammation/drainage meets BSL-3 (g).",
})

SCENARIOS.append({
    "id": "s63-exb-precoded-malignant-dysplastic-nevus",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Re-excision of a moderately atypical nevus, left upper arm, 0.8 cm + 2 mm margins, pre-coded "
                   "11602; path benign; Medicare Advantage",
    "date": "2025-11-25",
    "patient": ("Sorensen", "Ingrid", "1956-04-11", "female"),
    "provider": "marchetti", "payer": "medicare-advantage", "minutes": 35,
    "conditions": [
        C("c1", "Dysplastic nevus with moderate atypia, left upper arm", "D22.62", "Left upper arm", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion trunk/arms/legs 1.1-2.0 cm", cpt="11602", site="Left upper arm",
          note="Re-excision of biopsy site, 0.8 cm scar/lesion, 2 mm margins, simple closure.", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2025-10-28", "11102", "Tangential biopsy left upper arm", "Left upper arm",
              note="Path: compound dysplastic nevus with moderate atypia, peripheral margin involved."),
    ],
    "note_title": "Procedure Note",
    "note": """Luca Marchetti MD period excision note period
new paragraph
Sixty nine year old woman back for re excision of the moderately atypical nevus on the left upper arm comma shave
biopsied here on October twenty eighth with the peripheral margin involved period she wants it out rather than
watching it period not a melanoma comma I explained that to her again today period
new paragraph
Residual pigment and biopsy scar measured zero point eight centimeters before excision period
Two millimeter margins marked all the way around period
Consent comma time out comma lidocaine with epinephrine period
Elliptical excision to the subcutaneous fat period closed with five interrupted four oh prolene sutures comma single
layer comma no undermining needed period
Patient tolerated it well period path sent period sutures out in ten days period
""",
    "path": [{"text": "Skin, left upper arm, re-excision: residual compound dysplastic nevus with moderate "
                      "architectural disorder and cytologic atypia, completely excised. No melanoma.",
              "site": "Left upper arm"}],
    "expected": E([L("11402")], topics=["coding-correction"], dx={"11402": ["D22.62"]}),
    "coder_note": "EX-3: moderately atypical nevus is benign (D22.62), so benign excision codes. EX-1: 0.8 + 2 x 0.2 = 1.2 "
                  "cm arm -> 11402. Simple closure included. Prior 11102 is 000-day, no global issue.",
})

SCENARIOS.append({
    "id": "s63-exb-neck-cyst-no-lesion-size",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision of a painful cyst of the posterior neck; only the ellipse length and path "
                   "size given, no clinical lesion size; layered repair 4.0 cm; commercial",
    "date": "2025-12-16",
    "patient": ("Achterberg", "Nadine", "1975-02-27", "female"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Epidermal cyst, posterior neck, painful", "L72.0", "Posterior neck", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Posterior neck, midline",
          note="Four centimeter fusiform ellipse around a tender cyst; cyst removed intact.", reasons=["c1"]),
        P("Layered closure", site="Posterior neck, midline",
          note="Deep 4-0 Monocryl buried interrupted, 5-0 nylon running; repair length 4.0 cm.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Rafael Santos MD dictating period
new paragraph
Fifty year old woman with a tender cyst on the back of the neck at the hairline comma it hurts when she lies on
her pillow and when she puts her hair up period it has been there for years but became painful this fall period
new paragraph
Procedure colon excision of cyst comma posterior neck midline period
After consent and time out comma the area was clipped comma prepped and anesthetized with lidocaine with epi
period a four centimeter fusiform ellipse was drawn around the cyst and excised with a fifteen blade period the cyst
came out intact period
Repair colon layered closure with buried four oh monocryl deep and five oh nylon running on the skin period repair
length four point zero centimeters period
She tolerated the procedure well period sutures out in ten days period specimen to path period
""",
    "path": [{"text": "Skin, posterior neck, excision: epidermal inclusion cyst, 1.6 x 1.3 x 1.1 cm.",
              "site": "Posterior neck"}],
    "expected": E([L("12042")], topics=["missing-documentation"]),
    "coder_note": "EX-1 / README: no clinical lesion diameter or margin is documented (ellipse length and pathology size "
                  "do not count) -> no excision line, missing-documentation. Layered repair 4.0 cm neck -> 12042 kept.",
})

SCENARIOS.append({
    "id": "s63-exm-scc-dorsal-hand-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision of biopsy-proven SCC right dorsal hand, 1.1 cm + 4 mm margins, layered closure 3.2 cm; "
                   "Medicare FFS",
    "date": "2025-09-16",
    "patient": ("Whitcombe", "Ambrose", "1941-10-30", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal hand", "C44.622", "Right dorsal hand", reason=True),
    ],
    "note_title": "Operative Note",
    "note": """Erik Lindqvist MD comma operative note period
new paragraph
Preop diagnosis colon invasive squamous cell carcinoma comma well differentiated comma right dorsal hand comma
biopsy proven three weeks ago period
Procedure colon excision with four millimeter margins and intermediate layered repair period
new paragraph
Eighty three year old right handed man period he declined Mohs because of the drive period we went over the
options and he chose a standard excision today period
The lesion measured one point one centimeters in greatest diameter before excision period a four millimeter margin
was marked all the way around comma giving an ellipse along the relaxed skin tension lines period
Local anesthesia with one percent lidocaine with epinephrine comma eight ML period
Excised full thickness into the superficial subcutaneous fat comma careful to stay above the extensor tendons
comma no tendon exposed period
Layered closure colon four oh vicryl buried deep dermal sutures comma five oh prolene simple interrupted on the skin
period length of the repair three point two centimeters period
The patient tolerated the procedure well period
Bulky dressing comma keep elevated comma sutures out in fourteen days period
""",
    "path": [{"text": "Skin, right dorsal hand, excision: invasive squamous cell carcinoma, well differentiated, "
                      "margins free (closest 3 mm).", "site": "Right dorsal hand"}],
    "expected": E([L("11622"), L("12042")], dx={"11622": ["C44.622"]}),
    "coder_note": "EX-1/EX-2: 1.1 + 2 x 0.4 = 1.9 cm, hand is in the scalp/neck/hands/feet/genitalia group -> 11622. "
                  "REP-2: intermediate repair of the hand 3.2 cm -> 12042.",
})

SCENARIOS.append({
    "id": "s63-exm-mis-cheek-precoded-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Wide excision of melanoma in situ, left cheek, 0.6 cm + 5 mm margins, layered 3.8 cm; pre-coded "
                   "as benign 11442 + 12052; commercial",
    "date": "2025-10-09",
    "patient": ("Halloran", "Maeve", "1964-07-19", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 55,
    "conditions": [
        C("c1", "Melanoma in situ, left cheek", "D03.39", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion face 1.1-2.0 cm", cpt="11442", site="Left cheek",
          note="Wide local excision of MIS biopsy site, 0.6 cm residual lesion, 5 mm margins.", reasons=["c1"]),
        P("Repair intermediate face 2.6-5.0 cm", cpt="12052", site="Left cheek",
          note="Layered closure 3.8 cm.", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2025-09-11", "11102", "Tangential biopsy left cheek", "Left cheek",
              note="Path: melanoma in situ, lentigo maligna type, extending to peripheral margin."),
    ],
    "note_title": "Operative Note - Wide Local Excision",
    "note": """Ines Castellanos MD period
new paragraph
Sixty one year old woman here for wide local excision of the melanoma in situ comma lentigo maligna type comma on
the right comma correction comma left cheek comma diagnosed on shave biopsy September eleventh period
new paragraph
Residual pigmented area with the biopsy scar measured zero point six centimeters with the Woods lamp period five
millimeter margins drawn around it period consent reviewed comma she understands the scar period
Local with lidocaine with epi period excised down to subcutaneous fat comma specimen tagged at twelve o'clock for
orientation period
Undermining in the subcutaneous plane comma layered closure with five oh monocryl buried comma six oh nylon
running period final length three point eight centimeters period
Tolerated well period steri strips comma pressure dressing period sutures out in six days period
""",
    "path": [{"text": "Skin, left cheek, wide local excision: residual melanoma in situ (lentigo maligna type), "
                      "margins clear, closest 3 mm.", "site": "Left cheek"}],
    "expected": E([L("11642"), L("12052")], topics=["coding-correction"], dx={"11642": ["D03.39"]}),
    "coder_note": "EX-3: melanoma in situ -> malignant excision codes. EX-1: 0.6 + 2 x 0.5 = 1.6 cm face -> 11642 (not "
                  "11442). Repair 3.8 cm face intermediate -> 12052 stays. 'Right, correction, left cheek' = left.",
})

SCENARIOS.append({
    "id": "s63-exm-bcc-back-reexcision-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision for a positive margin of a BCC of the left upper back 7 days after the first "
                   "excision (inside its 10-day global); Medicare FFS",
    "date": "2025-10-08",
    "patient": ("Grunwald", "Hester", "1947-01-13", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Basal cell carcinoma, left upper back, positive margin", "C44.519", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Re-excision BCC for positive margin", site="Left upper back",
          note="Scar 1.4 cm excised with 3 mm margins; simple closure 4-0 nylon.", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2025-10-01", "11602", "Excision BCC left upper back", "Left upper back",
              note="Path: basal cell carcinoma, nodular and infiltrative, lateral margin involved."),
    ],
    "note_title": "Procedure Note",
    "note": """Samuel Weiss MD period re excision note period
new paragraph
Seventy eight year old woman one week out from excision of a basal cell carcinoma of the left upper back period the
pathology showed an infiltrative component with the lateral margin positive comma so as we planned at her first
visit we are going back for more today period
new paragraph
The prior excision scar measures one point four centimeters period three millimeter margins marked around the
scar period
Lidocaine with epi comma excised to fat comma closed simple with four oh nylon interrupted comma single layer period
Tolerated well period she knows this is part of treating the same cancer period
Specimen to path comma sutures out in ten days period
""",
    "path": [{"text": "Skin, left upper back, re-excision: scar with no residual basal cell carcinoma; margins "
                      "negative.", "site": "Left upper back"}],
    "expected": E([L("11602", 1, "58")], topics=["global-period"], dx={"11602": ["C44.519"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of 11602 -> staged/related, "
                  "58; coded malignant even though the re-excision is negative. 1.4 + 2 x 0.3 = 2.0 cm trunk -> 11602.",
})

SCENARIOS.append({
    "id": "s63-mohs-nasal-dorsum-six-blocks-layered",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs BCC nasal dorsum, stage 1 six blocks, stage 2 two blocks, layered repair 2.2 cm; Medicare FFS",
    "date": "2025-11-06",
    "patient": ("Tremblay", "Yvette", "1950-03-23", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 160,
    "conditions": [
        C("c1", "Basal cell carcinoma, nasal dorsum", "C44.311", "Nasal dorsum", reason=True),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """Kirsten Halvorsen MD comma Mohs surgeon and pathologist for this case period
new paragraph
Seventy five year old woman with a biopsy proven nodular basal cell carcinoma of the nasal dorsum comma biopsied at
her general dermatologist in October period primary tumor comma not recurrent period nose is area H so Mohs is
appropriate period
new paragraph
Preop size one point zero by zero point eight centimeters period
new paragraph
Stage one colon tumor debulked with a curette comma first layer excised and divided into six tissue blocks comma
repeat comma six blocks comma because of the size period frozen sections read by me show residual tumor at the
left lateral edge in block four period
Stage two colon additional layer from the left side comma two tissue blocks comma clear period
Two stages total comma six blocks then two blocks period
new paragraph
Final defect one point two by one point zero centimeters period
Repair colon I discussed second intention comma graft and linear closure comma we chose a linear layered closure
period undermining in the submuscular plane comma five oh monocryl deep comma six oh prolene running period
repaired length two point two centimeters period
new paragraph
The patient tolerated the procedure well period post op instructions given period back in one week for suture
removal period
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("12051")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: head site, 2 stages -> 17311 + 17312; stage 1 had 6 blocks -> 17315 x1 for the one block "
                  "beyond 5. MOHS-7: layered repair of the nose 2.2 cm -> 12051.",
})

SCENARIOS.append({
    "id": "s63-mohs-forearm-precoded-head-codes-88305",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs of a 2.3 cm SCC right forearm (no deep structures), 2 stages, pre-coded 17311/17312 + 88305 "
                   "x2 on the Mohs layers; commercial",
    "date": "2025-12-04",
    "patient": ("Abernethy", "Clifford", "1958-08-08", "male"),
    "provider": "lindqvist", "payer": "commercial-uhc", "minutes": 120,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right forearm", "C44.622", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Mohs head/neck/hands/feet first stage", cpt="17311", site="Right forearm", reasons=["c1"]),
        P("Mohs head/neck/hands/feet additional stage", cpt="17312", site="Right forearm", reasons=["c1"]),
        P("Surgical pathology, Mohs layers (2 specimens)", cpt="88305", site="Right forearm",
          note="Units 2 - Mohs layer 1 and layer 2 frozen sections", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Erik Lindqvist MD comma Mohs surgeon and reading pathologist period
new paragraph
Sixty seven year old man with a biopsy proven well differentiated squamous cell carcinoma on the write forearm
comma that is the right dorsal forearm comma two point three centimeters clinically period over two centimeters on
the extremity so Mohs is appropriate period not on any immunosuppressants period
new paragraph
Stage one colon four tissue blocks comma residual S C C at the deep margin in block two period
Stage two colon one block from the deep margin at that spot comma clear period
Depth stayed in the subcutaneous fat comma no muscle comma tendon or named nerve involved period
All Mohs layers were processed in our Mohs lab as frozen sections and read by me period nothing sent to outside
pathology period
new paragraph
Final defect three point one by two point six centimeters comma left to heal by second intention per patient
preference period wound care reviewed period
The patient tolerated the procedure well period
""",
    "expected": E([L("17313"), L("17314")], topics=["coding-correction", "ncci"], dx={"17313": ["C44.622"]}),
    "coder_note": "MOHS-2: forearm without muscle/tendon/nerve involvement is trunk/arms/legs -> 17313 + 17314. MOHS-5: "
                  "the Mohs layers themselves are not billed with 88305 (PTP ind. 1, no separate specimen).",
})

SCENARIOS.append({
    "id": "s63-mohs-sidewall-sameday-punch-frozen",
    "family": "mohs", "shape": "free-text",
    "description": "Never-biopsied left nasal sidewall lesion: same-day punch bx with frozen section read as BCC, "
                   "then one Mohs stage; Medicare Advantage PPO",
    "date": "2025-12-11",
    "patient": ("Okpara", "Benedict", "1946-06-14", "male"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 110,
    "conditions": [
        C("c1", "Basal cell carcinoma, left nasal sidewall", "C44.311", "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Punch biopsy for frozen section diagnosis", site="Left nasal sidewall",
          note="3 mm punch of a 7 mm pearly papule never previously sampled; frozen section read by the Mohs "
               "surgeon as BCC before the decision for Mohs.", reasons=["c1"]),
        P("Frozen section, diagnostic biopsy", site="Left nasal sidewall",
          note="One block, H&E.", reasons=["c1"]),
        P("Mohs surgery stage 1", site="Left nasal sidewall",
          note="3 blocks, margins clear. Defect 1.0 x 0.9 cm, second intention.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Astrid Lindgren MD comma Mohs surgeon period
new paragraph
Seventy nine year old man referred from his primary care with a pearly papule on the left nasal sidewall comma
no biopsy has ever been done on it period he lives two hours away comma so we agreed colon biopsy today with a
frozen section comma and go straight to Mohs only if the frozen section shows a carcinoma period
new paragraph
Three millimeter punch biopsy of the seven millimeter papule period frozen section processed in our lab and read by
me colon basal cell carcinoma comma nodular period decision made to proceed with Mohs based on that result period
new paragraph
Mohs stage one colon three tissue blocks comma all margins clear after one stage period
Final defect one point zero by zero point nine centimeters period we talked about closing it comma he preferred to
let it heal on its own period Vaseline and a pressure bandage period
The patient tolerated the procedure well period
""",
    "expected": E([L("11104", 1, "59"), L("88331", 1, "59"), L("17311")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-5(a)/BX-5 / README: diagnostic biopsy + frozen section of a never-biopsied lesion on the Mohs day, "
                  "result decided the Mohs -> biopsy and 88331 both with 59 (same lesion). One stage, 3 blocks.",
})

SCENARIOS.append({
    "id": "s63-il-three-keloids-chest",
    "family": "intralesional", "shape": "note-only",
    "description": "Intralesional triamcinolone 10 mg/mL to three chest keloids, 0.4 mL each (12 mg); commercial",
    "date": "2025-09-25",
    "patient": ("Mbeki", "Thandiwe", "1990-12-05", "female"),
    "provider": "okafor", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Keloids, anterior chest", "L91.0", "Anterior chest", reason=True),
    ],
    "note_title": "Procedure Note - Intralesional Injection",
    "note": """Adaeze Okafor MD dictating period
new paragraph
Thirty four year old woman with itchy comma painful keloids on the chest after acne period here for her second
round of injections comma the last was six weeks ago and they are flatter period
new paragraph
Procedure colon intralesional Kenalog period triamcinolone acetonide ten milligrams per ML comma zero point four
ML into each of three keloids on the anterior chest comma total one point two ML comma which is twelve milligrams
period thirty gauge needle period
Tolerated well period no bleeding period
new paragraph
She asked about the one on the left shoulder comma that one is not a keloid comma it is a flat scar and we did not
inject it period
Return in six weeks period
""",
    "expected": E([L("11900"), L("J3301", 2)]),
    "coder_note": "11900 for up to 7 lesions (3 injected). J3301 per 10 mg: 12 mg -> ceil(1.2) = 2 units.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s63-il-alopecia-nine-patches-precoded",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Intralesional triamcinolone to nine alopecia areata patches, 30 mg total; pre-coded 11900 + "
                   "J3301 x1; Medicaid",
    "date": "2025-11-19",
    "patient": ("Castellano", "Yesenia", "2001-05-29", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection up to 7 lesions", cpt="11900", site="Scalp", reasons=["c1"]),
        P("Triamcinolone acetonide inj 10 mg", cpt="J3301", site="Scalp", note="Units: 1", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Ines Castellanos MD period procedure note period
new paragraph
Twenty four year old woman with patchy alopecia areata of the scalp comma new patches since her last visit comma
now nine patches total comma seven on the crown and two at the left temporal scalp period no eyebrow or nail
involvement period
new paragraph
Procedure colon intralesional triamcinolone acetonide comma ten milligrams per ML comma injected in multiple small
aliquots into all nine patches comma total volume three point zero ML comma that is thirty milligrams total period
thirty gauge needle period
She tolerated it well period no atrophy at prior sites period
new paragraph
Return in six weeks period if it keeps spreading we will talk about J A K inhibitors comma not today period
""",
    "expected": E([L("11901"), L("J3301", 3)], topics=["coding-correction"]),
    "coder_note": "4.8 table: more than 7 lesions injected -> 11901 (not 11900). J3301 per 10 mg: 30 mg -> 3 units.",
})

SCENARIOS.append({
    "id": "s63-il-six-keloids-kenalog40-mue",
    "family": "intralesional", "shape": "free-text",
    "description": "Six large truncal keloids injected with triamcinolone 40 mg/mL, 4.5 mL (180 mg) -> J3301 18 units "
                   "over MUE 16; Medicare FFS",
    "date": "2025-10-16",
    "patient": ("Fairweather", "Augustus", "1953-09-12", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Keloids, chest and upper back, painful and pruritic", "L91.0", "Chest and upper back",
          reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection, keloids", site="Presternal chest and upper back",
          note="Six keloids (3 presternal, 3 upper back). Triamcinolone acetonide 40 mg/mL, 0.75 mL per keloid, "
               "total 4.5 mL = 180 mg.", reasons=["c1"]),
    ],
    "note_title": "Keloid Injection Note",
    "note": """Marc Baptiste MD dictating period
new paragraph
Seventy two year old man with large keloids after cardiac surgery and old acne comma three presternal and three on
the upper back comma they itch constantly and ache period he has had these injected before with good response period
new paragraph
Procedure colon intralesional injection comma triamcinolone acetonide forty milligrams per ML comma zero point seven
five ML into each of the six keloids comma total four point five ML comma one hundred eighty milligrams period
These are large thick keloids comma each several centimeters comma so the higher concentration was used period
Twenty seven gauge needle period tolerated well period
new paragraph
Return in eight weeks period
""",
    "expected": E([L("11900"), L("J3301", 16)], topics=["mue"]),
    "coder_note": "11900 for 6 lesions (up to 7). J3301 per 10 mg: 180 mg -> 18 units, capped at the MUE of 16 (MAI 3) "
                  "with an mue finding (README).",
})

SCENARIOS.append({
    "id": "s63-id-left-axilla-abscess-simple",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D of a single fluctuant abscess, left axilla, no packing; Medicaid MCO",
    "date": "2025-09-18",
    "patient": ("Pruitt", "Keandre", "1999-03-03", "male"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "note_title": "Procedure Note - I&D",
    "note": """Jordan Pike dictating period
new paragraph
Twenty six year old man with four days of a painful lump in the left armpit comma now soft and pointing period no
fever period no prior boils period not consistent with hidradenitis comma no tracts or scarring period
new paragraph
Exam colon two centimeter fluctuant tender abscess with surrounding erythema comma left axilla period
new paragraph
Procedure colon incision and drainage period consent comma prep with chlorhexidine comma one percent lidocaine field
block period single stab incision with an eleven blade comma about five ML of pus expressed comma cavity irrigated
with saline period no loculations comma no packing needed period culture sent period
The patient tolerated the procedure well period
new paragraph
Plan colon warm compresses comma doxycycline one hundred milligrams twice daily for seven days pending culture
period return if worse period
""",
    "expected": E([L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "4.8 table: single, simple abscess without loculations or packing -> 10060.",
})

SCENARIOS.append({
    "id": "s63-id-precoded-10060-two-loculated",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "I&D of two separate loculated abscesses (right buttock, right posterior thigh) with packing, "
                   "pre-coded 10060; commercial",
    "date": "2025-11-07",
    "patient": ("Vandermeer", "Colette", "1987-07-21", "female"),
    "provider": "ramirez", "payer": "commercial-aetna", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
        C("c2", "Cutaneous abscess of right lower limb", "L02.415", "Right posterior thigh", reason=True),
    ],
    "procedures": [
        P("I&D abscess simple or single", cpt="10060", site="Right buttock and right posterior thigh",
          note="Two abscesses drained, loculations broken, packed.", reasons=["c1", "c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Sofia Ramirez MD period I and D note period
new paragraph
Thirty eight year old woman with two painful abscesses comma one on the right buttock and a separate one on the back
of the right thigh comma both came up over the last week period
new paragraph
Procedure colon incision and drainage of two abscesses period
Number one comma right buttock comma three centimeter fluctuant abscess period incised with an eleven blade comma
copious purulent drainage comma multiple loculations broken up with a curved hemostat comma irrigated comma packed
with quarter inch iodoform gauze period
Number two comma right posterior thigh comma two centimeter abscess comma separate from the first period incised
comma loculations broken with the hemostat comma irrigated comma packed period
Cultures sent from both period tolerated well period
new paragraph
Plan colon packing out in forty eight hours at the nurse visit comma T M P S M X double strength twice daily period
""",
    "expected": E([L("10061")], topics=["coding-correction"]),
    "coder_note": "4.8 table: complicated or multiple abscesses (two separate, loculated, packed) -> 10061 instead of "
                  "10060 (10061 x1 covers both).",
})

SCENARIOS.append({
    "id": "s63-nail-avulsion-left-great-toe-correction",
    "family": "nails", "shape": "free-text",
    "description": "Simple avulsion of a painful dystrophic nail; dictation 'right, no, left great toe'; commercial",
    "date": "2025-10-02",
    "patient": ("Haddad", "Rami", "1972-12-08", "male"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Nail dystrophy, left great toenail, painful", "L60.3", "Left great toe", reason=True),
    ],
    "procedures": [
        P("Nail avulsion, complete", site="Left hallux",
          note="Digital block, complete avulsion of the dystrophic left great toenail; matrix not treated.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Chidi Okonkwo MD dictating period
new paragraph
Fifty two year old man with a thick painful nail on the right comma no comma left great toe comma after a
weightlifting injury last year period it lifts and catches on his socks and hurts in his work boots period
new paragraph
Procedure colon simple avulsion of the left great toenail period
Digital block with two percent plain lidocaine comma tourniquet comma the nail plate was freed with a septum elevator
and removed completely period the nail bed looked healthy period matrix was not treated comma so the nail can grow
back period
Bacitracin and a bulky dressing comma tourniquet off comma good capillary refill period
He tolerated the procedure well period
new paragraph
No other nails treated today period the right great toenail is normal period
""",
    "expected": E([L("11730", 1, "TA")]),
    "coder_note": "11730 single nail avulsion; conventions: digit modifier when documented -> TA (left great toe). The "
                  "dictated 'right, no, left' is a self-correction; the right toenail is normal.",
})

SCENARIOS.append({
    "id": "s63-nail-debridement-seven-precoded-11720",
    "family": "nails", "shape": "pre-coded",
    "description": "Debridement of seven mycotic toenails, pre-coded 11720; commercial",
    "date": "2025-12-18",
    "patient": ("Osterberg", "Glenda", "1961-02-04", "female"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis of toenails", "B35.1", "Bilateral toenails", reason=True),
    ],
    "procedures": [
        P("Debridement of nails, 1-5", cpt="11720", site="Bilateral toenails",
          note="Mechanical debridement of 7 dystrophic toenails.", reasons=["c1"]),
    ],
    "note_title": "Nail Care Note",
    "note": """Rafael Santos MD period
new paragraph
Sixty four year old woman with painful thick yellow toenails comma culture positive for Trichophyton rubrum in the
spring comma failed a course of terbinafine because of stomach upset period
new paragraph
Procedure colon mechanical debridement of the mycotic toenails with nippers and an electric burr comma reducing
thickness and length period nails debrided colon right great comma right second comma right third comma left great
comma left second comma left third and left fourth period that is seven nails period
No bleeding period tolerated well period
new paragraph
Plan colon ciclopirox lacquer nightly period return in ten to twelve weeks period
""",
    "expected": E([L("11721")], topics=["coding-correction"], dx={"11721": ["B35.1"]}),
    "coder_note": "4.8 table: debridement of 6 or more nails -> 11721 (one unit), not 11720. No digit modifiers on "
                  "11720/11721 per the conventions.",
})

SCENARIOS.append({
    "id": "s63-nail-phenol-matricectomy-right-hallux",
    "family": "nails", "shape": "note-only",
    "description": "Partial nail plate removal + phenol matricectomy, lateral border right great toe, recurrent "
                   "ingrown nail; Medicaid",
    "date": "2025-09-09",
    "patient": ("Ruelas", "Itzel", "2008-10-17", "female"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "Right great toe", reason=True),
    ],
    "note_title": "Procedure Note - Matricectomy",
    "note": """Folake Adeyemi MD period
new paragraph
Sixteen year old girl with a recurrent ingrown nail on the lateral border of the right great toe comma third
episode this year comma two rounds of antibiotics from urgent care period mom and patient want it fixed for good
period
new paragraph
Procedure colon partial nail avulsion with chemical matricectomy comma lateral border comma right great toe period
Consent from mom comma digital block with two percent plain lidocaine comma tourniquet period
The lateral three millimeters of the nail plate was split and removed to the proximal nail fold period
Eighty eight percent phenol applied to the lateral matrix for three thirty second applications comma then flushed
with alcohol period purpose is permanent removal of that border period
Tourniquet off comma good refill comma dressing applied period
The patient tolerated the procedure well period
new paragraph
Soaks twice daily comma recheck in two weeks period
""",
    "expected": E([L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "4.8 table: partial nail and matrix removal for permanent removal (phenol matricectomy) -> 11750; the "
                  "avulsion of that border is part of it (11750/11730 PTP ind. 1, same nail). Digit T5 = right hallux.",
})

SCENARIOS.append({
    "id": "s63-paring-three-corns",
    "family": "paring", "shape": "note-only",
    "description": "Paring of three painful corns/calluses (two feet); commercial",
    "date": "2025-11-20",
    "patient": ("Lautenbach", "Ruth", "1966-08-25", "female"),
    "provider": "voss", "payer": "commercial-cigna", "minutes": 15,
    "conditions": [
        C("c1", "Corns and callosities, feet", "L84", "Bilateral feet", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Henrietta Voss MD period
new paragraph
Fifty nine year old woman on her feet all day as a nurse comma painful corns period
new paragraph
Exam colon hyperkeratotic papules with central core colon right fifth toe dorsal lateral comma left fifth toe dorsal
lateral comma and a callus under the left second metatarsal head period three lesions period no ulceration period
new paragraph
Procedure colon paring with a fifteen blade of all three hyperkeratotic lesions until the core was removed and the
skin was level period no bleeding period
She felt better walking right away period
new paragraph
Plan colon wider toe box comma silicone toe sleeves comma urea cream period return as needed period
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "4.8 table: paring 2-4 lesions -> 11056 (one unit).",
})

SCENARIOS.append({
    "id": "s63-paring-precoded-11055-11056-five",
    "family": "paring", "shape": "pre-coded",
    "description": "Paring of five calluses/corns split as 11055 + 11056 by foot; Medicaid",
    "date": "2025-12-03",
    "patient": ("Ferreira", "Joaquim", "1958-06-06", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Corns and callosities, both feet", "L84", "Bilateral feet", reason=True),
    ],
    "procedures": [
        P("Paring single lesion - right foot", cpt="11055", site="Right foot", reasons=["c1"]),
        P("Paring 2-4 lesions - left foot", cpt="11056", site="Left foot", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Rafael Santos MD comma procedure note period
new paragraph
Sixty seven year old man comma construction worker comma painful calluses on both feet period
new paragraph
Procedure colon paring of hyperkeratotic lesions with a fifteen blade colon right foot one lesion under the right
first metatarsal head period left foot four lesions colon left first metatarsal head comma left fifth metatarsal head
comma left heel comma and a hard corn on the left fourth toe period five lesions pared in total period
No bleeding period tolerated well period
new paragraph
Orthotics referral placed period return in two months period
""",
    "expected": E([L("11057")], topics=["coding-correction"]),
    "coder_note": "4.8 table: paring is coded by the total number of lesions in the session: 5 -> 11057 alone "
                  "(11057/11056 and 11056/11055 are PTP ind. 0).",
})

SCENARIOS.append({
    "id": "s63-patch-eighty-allergens",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test placement: standard 80-allergen series; commercial",
    "date": "2025-09-29",
    "patient": ("Nwachukwu", "Adaora", "1985-01-31", "female"),
    "provider": "chen", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Dermatitis of the hands and eyelids, chronic", "L30.9", "Hands and eyelids", reason=True),
    ],
    "note_title": "Patch Test Placement",
    "note": """Wei Chen MD comma patch test placement period
new paragraph
Forty year old hairdresser with chronic hand and eyelid dermatitis comma not better with avoidance and topical
steroids period here for patch testing as planned at her last visit period
new paragraph
Procedure colon patches applied to the upper back colon North American eighty allergen baseline series comma eighty
allergens comma eight zero period her own products were not tested today comma she forgot to bring them period
No extra hairdresser series today either comma we will add it if the baseline is negative period
new paragraph
Instructions colon keep the back dry comma no sun comma return in forty eight hours for removal and first read comma
then day five read period
""",
    "expected": E([L("95044", 80)]),
    "coder_note": "4.8 table: 95044 units = number of allergens applied (80). Own products and the hairdresser series "
                  "were not applied.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s63-patch-precoded-one-unit-rosacea-em25",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Patch test placement of a 36-allergen series pre-coded as 95044 x1, plus a separately managed "
                   "rosacea flare (new Rx); provider picked 99213; Medicare Advantage",
    "date": "2025-10-20",
    "patient": ("Delacroix", "Margot", "1957-11-15", "female"),
    "provider": "nakamura", "payer": "medicare-advantage", "minutes": 40, "em": "99213",
    "conditions": [
        C("c1", "Eyelid and facial dermatitis, suspected allergic contact", "L30.9", "Eyelids and face",
          reason=True),
        C("c2", "Rosacea, papulopustular flare", "L71.9", "Cheeks and nose", reason=True),
    ],
    "procedures": [
        P("Patch tests", cpt="95044", site="Upper back", note="Units: 1 (36-allergen series applied)",
          reasons=["c1"]),
    ],
    "note_title": "Dermatology Visit",
    "note": """Ren Nakamura MD dictating period
new paragraph
Sixty seven year old woman here for patch test placement for her eyelid and facial dermatitis as planned comma and
she also has a new problem colon her rosacea has flared over the last month with bumps and pustules on the cheeks and
nose comma burning with the metrogel she had from years ago period
new paragraph
Exam colon upper back clear for patch placement period cheeks and nose with erythema comma multiple inflammatory
papules and pustules comma no ocular symptoms period eyelids mildly scaly period
new paragraph
Procedure colon patch tests applied to the upper back colon thirty six allergen cosmetic and fragrance series comma
three six allergens comma per the patch test map period read at forty eight and ninety six hours period
new paragraph
Assessment and plan colon
One period eyelid and facial dermatitis comma suspected allergic contact comma patch testing placed today as above
period
Two period papulopustular rosacea flare comma separate from the patch testing period start doxycycline forty
milligrams modified release daily and ivermectin cream nightly comma prescriptions sent comma stop the old metrogel
period gentle cleanser period recheck in eight weeks period
Level of service for the rosacea nine nine two one three period
""",
    "expected": E([L("95044", 36), L("99213", 1, "25")], topics=["coding-correction"]),
    "coder_note": "95044 units = allergens applied (36), not 1. Rosacea flare with new prescription drug management is "
                  "significant and separately identifiable -> 99213-25 (95044/99213 PTP ind. 1 bypassed by 25).",
})

SCENARIOS.append({
    "id": "s63-photo-nbuvb-vitiligo",
    "family": "phototherapy", "shape": "note-only",
    "description": "Narrowband UVB session for vitiligo; commercial",
    "date": "2025-10-30",
    "patient": ("Arceneaux", "Lucien", "1993-04-07", "male"),
    "provider": "adeyemi", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Vitiligo", "L80", "Face, hands, trunk", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """Phototherapy treatment note comma Folake Adeyemi MD supervising period
new paragraph
Thirty two year old man with nonsegmental vitiligo of the face comma hands and trunk comma treatment number
twenty two of his narrowband U V B course comma three times weekly period
new paragraph
Since last treatment colon mild pinkness for a few hours comma no blistering comma no burning period repigmentation
islands noted around the hair follicles on the face and chest period
new paragraph
Treatment today colon narrowband U V B comma three eleven nanometers comma full body cabinet comma dose increased
ten percent from last time per protocol comma goggles and face shield worn except the face patches were exposed as
ordered comma genital shielding period
The patient tolerated the treatment well period
No excimer today comma that was discussed for the hands only if the cabinet stalls period
Next treatment Monday period
""",
    "expected": E([L("96900")], dx={"96900": ["L80"]}),
    "coder_note": "4.8 table: UVB (narrowband) phototherapy without tar/psoralen -> 96900, one per session. Excimer is "
                  "only a hypothetical.",
})

SCENARIOS.append({
    "id": "s63-photo-excimer-precoded-96920-320sqcm",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer laser to psoriasis plaques totalling 320 sq cm, pre-coded 96920; Medicare FFS",
    "date": "2025-11-13",
    "patient": ("Lindstrom", "Harold", "1948-02-28", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, elbows and knees", "L40.0", "Elbows and knees", reason=True),
    ],
    "procedures": [
        P("Laser treatment for inflammatory skin disease, <250 sq cm", cpt="96920", site="Elbows and knees",
          note="Excimer 308 nm to 4 plaques.", reasons=["c1"]),
    ],
    "note_title": "Excimer Laser Treatment",
    "note": """Samuel Weiss MD period excimer note period
new paragraph
Seventy seven year old man with localized plaque psoriasis of the elbows and knees comma about four percent body
surface area comma failed clobetasol and calcipotriene for more than six months period treatment number five period
new paragraph
Plaques treated today with the three oh eight nanometer excimer laser colon right elbow eighty square
centimeters comma left elbow seventy square centimeters comma right knee ninety square centimeters comma left knee
eighty square centimeters period total treated area three hundred twenty square centimeters period
Doses per the protocol comma slight increase on the knees period
Tolerated well comma mild erythema from last time comma no blisters period
Next treatment in three days period
""",
    "expected": E([L("96921")], topics=["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "4.8 table: excimer coded by total area treated in the session: 80 + 70 + 90 + 80 = 320 sq cm "
                  "(250-500) -> 96921, not 96920.",
})

SCENARIOS.append({
    "id": "s63-photo-puva-first-line-no-abn-gz",
    "family": "phototherapy", "shape": "free-text",
    "description": "PUVA started as first-line for mild psoriasis without failed conventional therapy, no ABN; "
                   "Medicare FFS -> GZ",
    "date": "2025-12-01",
    "patient": ("Kittredge", "Eunice", "1951-05-16", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Psoriasis vulgaris, limited", "L40.0", "Elbows, lower legs", reason=True),
    ],
    "procedures": [
        P("PUVA (oral methoxsalen + UVA)", site="Full body cabinet",
          note="Session 1. Methoxsalen 0.4 mg/kg 1.5 h before UVA. No prior topical or UVB therapy. No ABN signed.",
          reasons=["c1"]),
    ],
    "note_title": "Phototherapy Note",
    "note": """Luca Marchetti MD period
new paragraph
Seventy four year old woman with mild plaque psoriasis on the elbows and shins comma about three percent body
surface area comma comma comma sorry comma three percent period she has never used topical steroids or vitamin D
cream and has never had U V B comma she asked to start PUVA because her sister did well with it period it does not
limit her activities period
new paragraph
First PUVA session today colon oral methoxsalen zero point four milligrams per kilogram taken one and a half hours
before treatment comma U V A in the cabinet at the starting dose comma eye protection for twenty four hours
reviewed period
No A B N was signed today period
new paragraph
Return Thursday for the next session period
""",
    "expected": E([L("96912", 1, "GZ")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 / README: Medicare covers PUVA only for intractable, disabling psoriasis after failed "
                  "conventional therapy; not met and no ABN on file -> 96912-GZ.",
})

SCENARIOS.append({
    "id": "s63-po-suture-removal-em-in-global",
    "family": "post-op", "shape": "free-text",
    "description": "Suture removal 9 days after a benign excision (inside the 10-day global), provider picked 99212; "
                   "commercial -> 99024",
    "date": "2025-10-30",
    "patient": ("Dunleavy", "Corbin", "1983-11-02", "male"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Suture removal", site="Right upper back", note="Running 4-0 nylon removed, wound intact."),
    ],
    "prior": [
        PRIOR("2025-10-21", "11403", "Excision benign lesion trunk 2.1-3.0 cm", "Right upper back",
              note="Epidermoid cyst excision with layered closure (12032)."),
    ],
    "note_title": "Post-op Visit",
    "note": """Chidi Okonkwo MD comma post op visit period
new paragraph
Patient is nine days out from excision of the inflamed cyst on the right upper back with a layered closure period
pathology was a benign ruptured cyst comma reviewed with him period no fever comma no drainage comma minimal
soreness period
new paragraph
Exam colon incision well approximated comma no erythema comma no dehiscence period
Sutures removed comma steri strips applied period
new paragraph
Plan colon scar care comma silicone gel in two weeks period no other concerns today period
Nine nine two one two period
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5 / conventions: routine post-op visit inside the 10-day global of 11403/12032, no unrelated problem "
                  "-> 99024 instead of an E/M.",
})

SCENARIOS.append({
    "id": "s63-po-poison-ivy-in-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "Unrelated poison ivy dermatitis treated 6 days after SCC excision (10-day global); wound not "
                   "addressed; Medicare FFS -> 99213-24",
    "date": "2025-09-22",
    "patient": ("Whitcombe", "Ambrose", "1941-10-30", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 22, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to plants (poison ivy), forearms and neck", "L23.7",
          "Forearms and neck", reason=True),
    ],
    "prior": [
        PRIOR("2025-09-16", "11622", "Excision malignant lesion hand 1.1-2.0 cm", "Right dorsal hand",
              note="SCC right dorsal hand excised, intermediate repair 3.2 cm (12042)."),
    ],
    "note_title": "Office Visit",
    "note": """Erik Lindqvist MD dictating period
new paragraph
Eighty three year old man seen last week for excision of the squamous cell carcinoma on the right hand period today
he is here for something new colon an itchy blistering rash on both forearms and the left side of the neck that
started three days after he pulled vines along his fence this weekend period
new paragraph
Exam colon linear streaks of vesicles on erythematous bases on both forearms and the left neck comma consistent with
poison ivy period no signs of infection period
The hand dressing was left in place and not taken down today comma his suture removal visit is already scheduled for
next week period
new paragraph
Assessment colon allergic contact dermatitis from poison ivy comma unrelated to his surgery period
Plan colon prednisone taper over fourteen days comma prescription sent comma we talked about his blood sugar on
prednisone since he is prediabetic comma triamcinolone cream for the neck is not needed comma cool compresses period
Level nine nine two one three period
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L23.7"]}),
    "coder_note": "GS-5: E/M for an unrelated problem inside the 10-day global of 11622/12042 -> 24. The wound was not "
                  "addressed, so no 99024.",
})

SCENARIOS.append({
    "id": "s63-po-new-back-lesion-bx-in-ak-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "Tangential biopsy of a new back lesion 5 days after AK cryotherapy (17000/17003, 10-day global); "
                   "Medicare Advantage -> 11102-79",
    "date": "2025-11-10",
    "patient": ("Pettigrew", "Albertine", "1945-03-19", "female"),
    "provider": "voss", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [
        C("c1", "Bleeding papule, left lower back", None, "Left lower back", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Left lower back",
          note="6 mm friable pink papule, tangential biopsy with DermaBlade, aluminum chloride.", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2025-11-05", "17000", "Cryotherapy AK x4 (17000 + 17003 x3)", "Face",
              note="LN2 to four actinic keratoses of the face."),
    ],
    "note_title": "Procedure Note",
    "note": """Henrietta Voss MD period
new paragraph
Eighty year old woman seen five days ago for freezing of four actinic keratoses on the face period she calls back
because her husband noticed a bleeding bump on her left lower back that she cannot see comma it was not brought up
at the last visit period the face spots are crusting as expected and were not the reason for today period
new paragraph
Exam colon six millimeter friable pink papule comma left lower back period
new paragraph
Procedure colon tangential biopsy with a dermablade after lidocaine with epi comma aluminum chloride hemostasis
period specimen to path period
Tolerated well period we will call with results period
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated procedure (new lesion, different site) inside the 10-day global of 17000 -> 79.",
})

SCENARIOS.append({
    "id": "s63-rep-forehead-forearm-lacerations",
    "family": "repair", "shape": "note-only",
    "description": "Fall: layered repair of a 2.8 cm forehead laceration + simple repair 1.8 cm left forearm; "
                   "commercial",
    "date": "2025-09-12",
    "patient": ("Pennington", "Calloway", "1979-08-01", "male"),
    "provider": "baptiste", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Laceration without foreign body, forehead", "S01.81XA", "Forehead", reason=True),
        C("c2", "Laceration without foreign body, left forearm", "S51.812A", "Left forearm", reason=True),
    ],
    "note_title": "Procedure Note - Laceration Repair",
    "note": """Marc Baptiste MD dictating period
new paragraph
Forty six year old man comma one of our established patients comma walked over from the parking lot after tripping
on the curb and hitting a metal railing about forty minutes ago period no loss of consciousness comma no headache
comma tetanus up to date in twenty twenty three period
new paragraph
Exam colon two lacerations period forehead comma two point eight centimeters comma gaping comma into the
subcutaneous fat comma clean period left forearm comma volar comma one point eight centimeters comma superficial
comma dermis only period neuro intact period
new paragraph
Procedure one colon forehead period irrigated comma lidocaine with epi comma layered closure with five oh vicryl deep
dermal sutures and six oh nylon interrupted on the skin period repair length two point eight centimeters period
Procedure two colon left forearm period irrigated comma single layer closure with four oh nylon simple interrupted
period one point eight centimeters period
Tolerated well period wound care reviewed comma head injury precautions given period
Face sutures out in five days comma arm in ten period
""",
    "expected": E([L("12052"), L("12001")]),
    "coder_note": "REP-1/REP-2: different complexity and site groups are not added: forehead layered 2.8 cm -> 12052; "
                  "forearm simple 1.8 cm -> 12001. No PTP edit between them.",
})

SCENARIOS.append({
    "id": "s63-rep-neck-precoded-12032",
    "family": "repair", "shape": "pre-coded",
    "description": "Layered closure 4.0 cm of a left lateral neck defect after outside Mohs; pre-coded 12032 "
                   "(trunk/extremity group); Medicare FFS",
    "date": "2025-11-04",
    "patient": ("Blackwood", "Percival", "1944-01-22", "male"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left lateral neck, status post Mohs today", "C44.42", "Left lateral neck",
          reason=True),
    ],
    "procedures": [
        P("Repair intermediate scalp/trunk/extremities 2.6-7.5 cm", cpt="12032", site="Left lateral neck",
          note="Layered closure 4.0 cm of Mohs defect.", reasons=["c1"]),
    ],
    "note_title": "Repair Note",
    "note": """Kirsten Halvorsen MD period repair note period
new paragraph
Eighty one year old man sent over this afternoon by Dr Farrow after Mohs surgery for a squamous cell carcinoma of
the left lateral neck comma clear margins after two stages at her office this morning period she asked us to close
the defect period we did not do the Mohs period
new paragraph
Defect one point eight by one point four centimeters comma into the subcutaneous fat period
Lidocaine with epi comma Burow's triangles excised comma undermining in the subcutaneous plane comma four oh monocryl
buried deep sutures comma five oh prolene running on the skin period final length four point zero centimeters period
Tolerated well period sutures out in ten days period
""",
    "expected": E([L("12042")], topics=["coding-correction"]),
    "coder_note": "REP-2: intermediate repair of the neck is in the 12041-12047 group (not 12031-12037) -> 4.0 cm = "
                  "12042. Mohs was another physician's; only the repair is ours.",
})

SCENARIOS.append({
    "id": "s63-sh-inflamed-sk-and-collar-nevus",
    "family": "shave", "shape": "note-only",
    "description": "Shave removals: inflamed SK under the bra line 1.2 cm + bleeding nevus at the collar 0.4 cm; "
                   "Medicare FFS",
    "date": "2025-10-07",
    "patient": ("Hollister", "Winifred", "1950-10-09", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left inframammary", "L82.0", "Left inframammary chest",
          reason=True),
        C("c2", "Irritated nevus, posterior neck, bleeding", "D22.4", "Posterior neck", reason=True),
    ],
    "note_title": "Procedure Note - Shave Removal",
    "note": """Adaeze Okafor MD period
new paragraph
Seventy five year old woman with two spots that bother her period the one under the left breast at the bra line is
red comma crusted and sore and has bled onto her bra twice period the one on the back of the neck catches on her
collar and necklace and bled last week period
new paragraph
Exam colon one point two centimeter inflamed crusted stuck on papule under the left breast comma consistent with an
irritated seborrheic keratosis period zero point four centimeter soft brown papule posterior neck with a hemorrhagic
crust period
new paragraph
Procedure colon shave removal of both lesions period lidocaine with epi comma flexible blade comma removed flush with
the skin comma hemostasis with aluminum chloride period specimens labeled A and B period
The patient tolerated the procedure well period
new paragraph
She asked about the other brown spots on her back comma those are ordinary seborrheic keratoses comma not bothering
her comma not treated period
""",
    "path": [
        {"text": "A. Skin, left inframammary, shave: irritated seborrheic keratosis.", "site": "Left inframammary"},
        {"text": "B. Skin, posterior neck, shave: intradermal melanocytic nevus with surface erosion.",
         "site": "Posterior neck"},
    ],
    "expected": E([L("11302"), L("11305")], dx={"11302": ["L82.0"], "11305": ["D22.4"]}),
    "coder_note": "SH-1: trunk 1.2 cm -> 11302; neck 0.4 cm -> 11305 (SNHFG). Bleeding/inflammation meet BSL-3. The "
                  "untreated SKs are not coded.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s63-sh-nasal-ala-precoded-trunk-code",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal of an irritated 0.7 cm nevus, right nasal ala, pre-coded 11301 (trunk group); "
                   "commercial",
    "date": "2025-09-15",
    "patient": ("Ventimiglia", "Rosalind", "1980-06-12", "female"),
    "provider": "chen", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Irritated melanocytic nevus, right nasal ala", "D22.39", "Right nasal ala", reason=True),
    ],
    "procedures": [
        P("Shave removal, 0.6-1.0 cm", cpt="11301", site="Right nasal ala",
          note="Shave removal, 0.7 cm dome-shaped nevus, aluminum chloride.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Wei Chen MD dictating period
new paragraph
Forty five year old woman with a raised mole on the write side of the nose comma right nasal ala comma that her
glasses pad rubs on period it has bled three times this month and gets sore period
new paragraph
Exam colon zero point seven centimeter dome shaped flesh colored to light brown papule right nasal ala comma
crusted at the top period
new paragraph
Procedure colon shave removal period lidocaine with epi comma flexible blade comma removed flush with the
surrounding skin comma aluminum chloride for hemostasis period specimen sent period
The patient tolerated the procedure well period
""",
    "path": [{"text": "Skin, right nasal ala, shave: intradermal melanocytic nevus with surface erosion.",
              "site": "Right nasal ala"}],
    "expected": E([L("11311")], topics=["coding-correction"], dx={"11311": ["D22.39"]}),
    "coder_note": "SH-1: the nose is in the face/ears/eyelids/nose/lips group -> 0.7 cm = 11311, not the trunk code "
                  "11301. Bleeding/trauma from the glasses meets BSL-3.",
})

SCENARIOS.append({
    "id": "s63-sh-scalp-no-size-ear-helix",
    "family": "shave", "shape": "free-text",
    "description": "Two shave removals: crown scalp SK with no size documented, left helix 0.5 cm lesion; Medicare "
                   "Advantage PPO",
    "date": "2025-11-24",
    "patient": ("Gallagher", "Seamus", "1947-09-01", "male"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, crown of scalp", "L82.0", "Crown of scalp", reason=True),
        C("c2", "Crusted papule, left helix", None, "Left helix", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Crown of scalp",
          note="Irritated SK, catches on comb and bleeds; shaved flush, Drysol. Size not recorded.",
          reasons=["c1"]),
        P("Shave removal", site="Left helix",
          note="0.5 cm crusted keratotic papule, shaved flush, Drysol; to path.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Samuel Weiss MD period procedure note period
new paragraph
Seventy eight year old man with a crusty spot on the crown of the scalp that he catches with his comb comma it bleeds
every few days comma and a rough spot on the left ear rim that is tender when he sleeps on that side period
new paragraph
Exam colon crown of scalp comma irritated stuck on keratotic papule comma looks like an inflamed seborrheic
keratosis period left helix comma zero point five centimeter crusted keratotic papule period
new paragraph
Procedure colon shave removal of both period lidocaine with epi comma dermablade comma removed flush comma Drysol to
both bases period both sent to pathology period
Tolerated well period
""",
    "path": [
        {"text": "A. Skin, crown of scalp, shave: irritated seborrheic keratosis.", "site": "Crown of scalp"},
        {"text": "B. Skin, left helix, shave: irritated seborrheic keratosis, base clear.", "site": "Left helix"},
    ],
    "expected": E([L("11310")], topics=["missing-documentation"]),
    "coder_note": "SH-1 / README: the scalp shave has no lesion diameter anywhere -> no size-banded line, "
                  "missing-documentation. Left helix 0.5 cm (ear = face group) -> 11310.",
})

SCENARIOS.append({
    "id": "s63-tags-twenty-two-irritated-medicaid",
    "family": "skin-tags", "shape": "note-only",
    "description": "Removal of 22 irritated/bleeding skin tags (neck 14, axillae 8); Medicaid",
    "date": "2025-10-23",
    "patient": ("Okoro", "Blessing", "1976-04-18", "female"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Skin tags, neck and axillae, irritated and bleeding", "L91.8", "Neck and bilateral axillae",
          reason=True),
    ],
    "note_title": "Procedure Note - Skin Tag Removal",
    "note": """Sofia Ramirez MD dictating period
new paragraph
Forty nine year old woman with many skin tags on the neck and under both arms comma they catch on her necklace and
bra straps comma several have twisted comma turned dark and bled comma she has had two that got red and swollen period
new paragraph
Exam colon pedunculated soft skin tags comma several inflamed and some with hemorrhagic crust period
new paragraph
Procedure colon removal of skin tags with curved iris scissors after a small amount of lidocaine with epi comma
hemostasis with aluminum chloride period count colon neck fourteen comma right axilla five comma left axilla three
period total twenty two period
The patient tolerated the procedure well period
new paragraph
She has a few more tiny ones on the eyelids that do not bother her comma left alone period
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "4.8 table / conventions: 11200 covers up to 15 tags; 11201 = ceil((22-15)/10) = 1. Bleeding, "
                  "twisting and inflammation meet BSL-3.",
})

SCENARIOS.append({
    "id": "s63-tags-cosmetic-medicare-voluntary-abn",
    "family": "skin-tags", "shape": "free-text",
    "description": "Cosmetic removal of 8 asymptomatic neck skin tags, voluntary ABN signed; Medicare FFS -> GY + GX",
    "date": "2025-12-08",
    "patient": ("Dorsey", "Lavinia", "1954-02-09", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Skin tags, neck, asymptomatic", "L91.8", "Neck", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1", None),
    ],
    "procedures": [
        P("Skin tag removal", site="Anterior and lateral neck",
          note="8 asymptomatic acrochordons snipped; patient request for appearance; voluntary ABN signed.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Astrid Lindgren MD period
new paragraph
Seventy one year old woman who would like the skin tags on her neck removed before her granddaughter's wedding
period they do not itch comma bleed or get irritated comma she just does not like how they look period
new paragraph
We discussed that Medicare does not cover cosmetic removal period she read and signed the voluntary advance
beneficiary notice for the cosmetic procedure and understands she is responsible period
new paragraph
Procedure colon eight skin tags on the anterior and lateral neck removed with fine scissors comma aluminum chloride
period eight comma eight period tolerated well period
""",
    "expected": E([L("11200", 1, "GY", "GX")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4 / README: asymptomatic tags removed for appearance are statutorily excluded for Medicare "
                  "FFS -> GY, plus GX because a voluntary ABN was signed. 8 tags -> 11200.",
})

SCENARIOS.append({
    "id": "s63-cos-medicare-sk-shaves-gy",
    "family": "cosmetic", "shape": "note-only",
    "description": "Shave removal of three asymptomatic SKs of the back for appearance, no ABN; Medicare FFS -> GY",
    "date": "2025-09-24",
    "patient": ("Holloway", "Bertram", "1949-12-27", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratoses, back, asymptomatic", "L82.1", "Upper and mid back", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Henrietta Voss MD period
new paragraph
Seventy five year old man who wants three brown stuck on spots on his back taken off because he thinks they look
ugly at the pool period no itching comma no bleeding comma no irritation comma no change period he knows they are
harmless period
new paragraph
Exam colon classic seborrheic keratoses colon right upper back zero point four centimeters comma left upper back
zero point five centimeters comma mid back zero point nine centimeters period
new paragraph
Procedure at his request colon shave removal of all three with a flexible blade comma aluminum chloride period not
sent to pathology comma clinically classic period
We told him Medicare considers this cosmetic comma he said to go ahead anyway period no A B N form was done period
Tolerated well period
""",
    "expected": E([L("11300", 2, "GY"), L("11301", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/BSL-2: asymptomatic SKs (L82.1) removed for appearance are cosmetic -> Medicare FFS GY, no GX "
                  "(no written ABN). Sizes 0.4 and 0.5 -> 11300 x2; 0.9 -> 11301.",
})

SCENARIOS.append({
    "id": "s63-cos-commercial-cheek-nevus-plus-aks",
    "family": "cosmetic", "shape": "free-text",
    "description": "Cosmetic shave of a stable cheek nevus (self-pay) + cryo of 3 AKs on the hands; commercial",
    "date": "2025-11-17",
    "patient": ("Whitlock", "Genevieve", "1962-03-30", "female"),
    "provider": "marchetti", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Melanocytic nevus, right cheek, stable", "D22.39", "Right cheek", reason=True),
        C("c2", "Actinic keratoses, dorsal hands", "L57.0", "Dorsal hands", reason=True),
    ],
    "procedures": [
        P("Shave removal, cosmetic", site="Right cheek",
          note="0.6 cm stable intradermal nevus, removed for appearance at patient request; self-pay.",
          reasons=["c1"]),
        P("Cryotherapy, actinic keratoses", site="Dorsal hands",
          note="LN2 to 3 AKs (right hand 2, left hand 1).", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Luca Marchetti MD period
new paragraph
Sixty three year old woman with two things today period first comma a flesh colored mole on the right cheek she has
had since her twenties comma unchanged comma never bleeds or itches comma she just wants it gone for appearance period
she is paying out of pocket for that one per our cosmetic price list period
Second comma rough scaly spots on the backs of the hands period
new paragraph
Exam colon zero point six centimeter soft dome shaped intradermal appearing nevus right cheek comma stable per
photos period three actinic keratoses colon right dorsal hand two comma left dorsal hand one period
new paragraph
Procedures colon one comma cosmetic shave removal of the right cheek nevus comma aluminum chloride period two comma
liquid nitrogen to the three actinic keratoses comma two cycles each period
Tolerated well period
""",
    "expected": E([L("17000"), L("17003", 2)], topics=["cosmetic"]),
    "coder_note": "Conventions 'Non-Medicare cosmetic services': the cosmetic nevus shave is removed from the commercial "
                  "claim (self-pay). AK x3 -> 17000 + 17003 x2 (DS-1).",
})

SCENARIOS.append({
    "id": "s63-mix-precoded-em-g2211-punch-aks",
    "family": "mixed", "shape": "pre-coded",
    "description": "Atopic dermatitis flare with new Rx (99214) + punch bx of a changing leg lesion + 4 AKs cryo; "
                   "pre-coded with G2211 and no modifiers; Medicare FFS",
    "date": "2025-10-27",
    "patient": ("Strand", "Elmer", "1946-11-11", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Atopic dermatitis, flare", "L20.9", "Trunk and arms", reason=True),
        C("c2", "Changing pigmented lesion, left lower leg", None, "Left lower leg", reason=True),
        C("c3", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
    ],
    "procedures": [
        P("Visit complexity add-on", cpt="G2211", reasons=["c1"]),
        P("Punch biopsy, single lesion", cpt="11104", site="Left lower leg", reasons=["c2"]),
        P("Destruction premalignant lesion, first", cpt="17000", site="Scalp", reasons=["c3"]),
        P("Destruction premalignant lesion, each additional 2-14", cpt="17003", site="Scalp",
          note="Units: 3", reasons=["c3"]),
    ],
    "note_title": "Dermatology Visit",
    "note": """Adaeze Okafor MD dictating period
new paragraph
Seventy eight year old man with long standing atopic dermatitis comma which has flared badly over the last three
weeks since the weather turned comma itching keeps him up at night period also a spot on the left shin that his wife
says is getting darker comma and the rough spots on his scalp are back period
new paragraph
Exam colon eczematous lichenified plaques on the trunk and both arms comma about fifteen percent body surface area
comma excoriations comma no impetiginization period left lower leg comma seven millimeter irregular brown macule
with a darker center period scalp with four gritty actinic keratoses period
new paragraph
Procedures colon
Left lower leg colon four millimeter punch biopsy comma one suture period
Scalp colon liquid nitrogen to four actinic keratoses comma that is four comma two cycles each period
new paragraph
Assessment and plan colon
One period atopic dermatitis comma flare of a chronic condition period start triamcinolone zero point one percent
ointment to the body twice daily for two weeks comma one pound jar comma prescription sent period wet wraps reviewed
period if he does not improve in a month we will talk about dupilumab period
Two period changing pigmented lesion left shin comma biopsied comma will call period
Three period actinic keratoses comma treated period
Nine nine two one four for the eczema management period
""",
    "expected": E([L("99214", 1, "25"), L("11104"), L("17000", 1, "XS"), L("17003", 3)]),
    "coder_note": "GS-3: eczema flare with prescription management is separate from both procedures -> 99214-25. EM-6: "
                  "G2211 is not payable with a modifier-25 E/M -> removed. 11104/17000 PTP ind. 1, different lesions "
                  "-> XS on 17000 (column 2); 17003 x3 for AKs 2-4 has no edit with 11104.",
})

SCENARIOS.append({
    "id": "s63-mix-aks-uncounted-plus-cheek-bx",
    "family": "mixed", "shape": "note-only",
    "description": "Tangential bx of a right cheek papule + LN2 to 'multiple' scalp AKs with no count; Medicare",
    "date": "2025-12-15",
    "patient": ("Ashdown", "Clement", "1943-07-07", "male"),
    "provider": "pike", "payer": "medicare-noname", "minutes": 20,
    "conditions": [
        C("c1", "Pink scaly papule, right cheek", None, "Right cheek", reason=True),
        C("c2", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Jordan Pike dictating period
new paragraph
Eighty two year old man with a pink scaly bump on the right cheek that keeps coming back after he picks it comma and
rough spots on his bald scalp period
new paragraph
Exam colon six millimeter pink scaly papule on the right cheek comma question squamous cell carcinoma versus
hypertrophic actinic keratosis period scalp with multiple actinic keratoses period
new paragraph
Procedure one colon tangential biopsy of the right cheek papule with a dermablade after lidocaine with epi comma
aluminum chloride period to pathology period
Procedure two colon liquid nitrogen cryotherapy to multiple actinic keratoses on the scalp comma two freeze thaw
cycles period
Tolerated well period
new paragraph
Follow up after the pathology comes back period
""",
    "expected": E([L("11102")], topics=["missing-documentation"]),
    "coder_note": "README: no AK count documented ('multiple') -> no 17000/17003/17004 line, missing-documentation. The "
                  "cheek tangential biopsy -> 11102. 'Question SCC' is not coded as a diagnosis (DX-1).",
})

SCENARIOS.append({
    "id": "s63-mix-shave-sk-arm-plus-warts-xs",
    "family": "mixed", "shape": "free-text",
    "description": "Shave removal of a bleeding 0.8 cm SK on the right forearm + cryo of 5 warts on the left hand; "
                   "Medicaid",
    "date": "2025-09-26",
    "patient": ("Ybarra", "Consuelo", "1970-01-14", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right forearm", "L82.0", "Right forearm", reason=True),
        C("c2", "Verruca vulgaris, left hand", "B07.8", "Left hand", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right dorsal forearm",
          note="0.8 cm inflamed, bleeding SK, shaved flush, aluminum chloride.", reasons=["c1"]),
        P("Cryotherapy, warts", site="Left hand and fingers",
          note="LN2, 5 warts, 2 cycles.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Rafael Santos MD period
new paragraph
Fifty five year old woman with a crusty spot on the write forearm comma I mean right forearm comma that catches on
her sleeves and bleeds comma and warts on the left hand that have spread from two to five this year period
new paragraph
Exam colon zero point eight centimeter inflamed stuck on keratotic papule right dorsal forearm comma hemorrhagic
crust period five verrucous papules on the left hand and fingers period
new paragraph
Procedure one colon shave removal of the right forearm lesion comma flexible blade comma aluminum chloride period
Procedure two colon liquid nitrogen to the five warts on the left hand comma two cycles period
Tolerated well period
""",
    "expected": E([L("11301"), L("17110", 1, "XS")], dx={"11301": ["L82.0"]}),
    "coder_note": "SH-1: arm 0.8 cm -> 11301. DS-2: 5 warts -> 17110. PTP 11301/17110 ind. 1 with 17110 as column 2; "
                  "different lesions and sites -> XS on 17110.",
})

SCENARIOS.append({
    "id": "s63-mix-thigh-nevus-excision-plus-forearm-punch",
    "family": "mixed", "shape": "note-only",
    "description": "Excision of a changing nevus right thigh (0.6 cm + 2 mm) + punch bx of a lichenoid rash on the left "
                   "forearm; commercial",
    "date": "2025-11-21",
    "patient": ("Kristiansen", "Torunn", "1988-09-19", "female"),
    "provider": "nakamura", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Changing nevus, right thigh", "D22.71", "Right thigh", reason=True),
        C("c2", "Lichenoid eruption, left forearm", None, "Left forearm", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Ren Nakamura MD dictating period
new paragraph
Thirty seven year old woman with a mole on the right thigh that has gotten darker and a little larger over the past
year comma plus an itchy purple bumpy rash on the left forearm for two months period
new paragraph
Procedure one colon excision comma right anterior thigh period the pigmented lesion measured zero point six
centimeters before excision comma two millimeter margins drawn period lidocaine with epi comma elliptical excision to
fat comma simple closure with four oh nylon comma single layer period
Procedure two colon left forearm comma four millimeter punch biopsy of a representative lichenoid papule comma one
stitch period
new paragraph
Both specimens to pathology period tolerated well period sutures out in ten to fourteen days period
No new medicines today comma we will wait for the biopsy before treating the rash period
""",
    "path": [
        {"text": "A. Skin, right thigh, excision: compound dysplastic nevus with mild atypia, margins clear.",
         "site": "Right thigh"},
        {"text": "B. Skin, left forearm, punch: lichen planus.", "site": "Left forearm"},
    ],
    "expected": E([L("11401"), L("11104", 1, "XS")], dx={"11401": ["D22.71"]}),
    "coder_note": "EX-1: 0.6 + 2 x 0.2 = 1.0 cm leg, benign path -> 11401. BX-5: biopsy of a separate lesion -> 11104 "
                  "with XS (11401/11104 PTP ind. 1, biopsy is column 2).",
})
