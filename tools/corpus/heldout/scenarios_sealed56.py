"""Sealed set 56 (s56-): one busy independent dermatologist (Practice Fusion charting), fast lower-case notes.

Practice: Cedar Hollow Dermatology, solo practice (provider key "abernathy"); MA template lines marked "MA:".
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

DOC = "abernathy"
HDR = "Cedar Hollow Dermatology - June Abernathy MD\n"

# ---------------------------------------------------------------------------------------------------------------
# biopsy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-bx-punch-plus-two-tangential",
    "family": "biopsy", "shape": "note-only",
    "description": "Punch bx L forearm eruption + 2 tangential bx (back, R shin), est pt, UHC",
    "date": "2026-01-13",
    "patient": ("Ferreira", "Lucinda", "1973-08-22", "female"),
    "provider": DOC, "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Lichen planus", "L43.9", "Left forearm", reason=True),
        C("c2", "Melanocytic nevus of trunk, mildly atypical", "D22.5", "Right mid back", reason=True),
        C("c3", "Actinic keratosis", "L57.0", "Right shin", reason=True),
    ],
    "note_title": "Office Visit",
    "note": HDR + """DOS 01/13/2026   est pt   52F

MA: cc verified, meds + allergies reviewed, nkda -tb
MA: pt here for itchy bumps L arm + 2 spots she wants checked

hpi: itchy purple bumps L volar forearm x 6 wk, otc hc not helping; also mole R mid back that her husband says
got darker; + rough pink spot R shin x 3 mo, bleeds w/ shaving
no fam hx mm. no personal hx skin ca

exam: L volar forearm flat topped violaceous polygonal papules w/ wickham striae, ~10 papules; buccal mucosa nl
R mid back 6 mm irregularly pigmented macule, darker than her other nevi
R shin 7 mm scaly pink papule
rest of limited exam nl, sk x2 L flank benign appearing - no tx, reassured

proc (consent signed, timeout done, lido w/ epi):
1) L forearm - 4mm punch bx of a representative papule -> 1 simple suture 4-0 nylon
2) R mid back - tangential (shave) bx w/ dermablade, base drysol
3) R shin - tangential (shave) bx, drysol
all 3 to path separately labeled

path back 01/16: 1) lichen planus 2) compound nevus w/ mild atypia, margins involved 3) actinic keratosis,
hypertrophic, no scc

a/p
lichen planus L forearm -> tmc 0.1% oint bid x 2 wk, f/u if spreading; no oral/genital involvement
nevus w/ mild atypia R back -> no re-exc needed for mild, will just watch; if it recurs then exc
ak R shin -> done w/ bx
rtc 3 mo, sooner prn; suture out 10-14 d w/ pcp or here
""",
    "path": [
        {"text": "A. Left forearm, punch: lichen planus. B. Right mid back, shave: compound melanocytic nevus with "
                 "mild cytologic atypia, peripheral margin involved. C. Right shin, shave: hypertrophic actinic "
                 "keratosis.", "site": "Left forearm; right mid back; right shin", "date": "2026-01-16"},
    ],
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["L43.9"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary, each tangential bx takes its own add-on 11103 x2. "
                  "SKs on the flank examined only, not treated.",
})

SCENARIOS.append({
    "id": "s56-bx-precoded-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two shave bx pre-coded with deleted 11100/11101, Medicare FFS",
    "date": "2026-01-20",
    "patient": ("Whitcombe", "Arnold", "1944-02-17", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "Right upper back", reason=True),
        C("c2", "Seborrheic keratosis, inflamed", "L82.0", "Left upper arm", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", cpt="11100", site="Right upper back",
          note="tangential bx pearly papule 8 mm", reasons=["c1"]),
        P("Biopsy of skin, each additional lesion", cpt="11101", site="Left upper arm",
          note="tangential bx crusted papule 6 mm", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """dos 1/20/26 -- 81M est pt
MA: vitals ok, on eliquis - ok per pt, no bleeding issues -jr

pt here for 2 spots: shiny bump R upper back x 4 mo that bleeds on shirt + itchy crusty spot L upper arm
exam: R upper back 8mm pearly papule w/ telangiectasia; L upper arm 6mm crusted inflamed stuck-on papule
consent, lido w/ epi, then shave bx each w/ dermablade -> al chloride hemostasis, vaseline + bandaid
both to path
path 1/23: R upper back BCC nodular type // L upper arm irritated SK
a/p: bcc R upper back -> schedule ed&c vs exc, pt to call; isk L arm -> bx removed most of it, f/u prn
wound care sheet given
""",
    "path": [
        {"text": "1. Skin, right upper back, shave biopsy: basal cell carcinoma, nodular type, extending to base. "
                 "2. Skin, left upper arm, shave biopsy: irritated seborrheic keratosis.",
         "site": "Right upper back; left upper arm", "date": "2026-01-23"},
    ],
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"], dx={"11102": ["C44.519"]}),
    "coder_note": "11100/11101 were deleted 12/31/2018 (BX-1); two tangential biopsies -> 11102 + 11103.",
})

SCENARIOS.append({
    "id": "s56-bx-wedge-thigh-plus-punch-arm",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional (wedge) bx L thigh nodule + 3 mm punch R upper arm, Medicaid",
    "date": "2026-01-27",
    "patient": ("Okonjo", "Tamara", "1989-11-04", "female"),
    "provider": DOC, "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Erythema nodosum", "L52", "Left anterior thigh", reason=True),
        C("c2", "Granuloma annulare", "L92.0", "Right upper arm", reason=True),
    ],
    "procedures": [
        P("wedge bx deep to fat", site="L anterior thigh",
          note="incisional elliptical wedge w/ #15 blade thru dermis into subq fat, 2.0 cm long, "
               "closed 2 simple 4-0 nylon", reasons=["c1"]),
        P("punch bx 3mm", site="R upper arm",
          note="3mm punch edge of annular plaque, 1 suture", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": HDR + """1/27/26  36F est
MA: pt c/o painful red lumps on legs + ring rash on arm, meds: ocp, no new meds -dk

painful tender red nodules both shins + L thigh x 3 wk, had strep throat ~1 mo ago; ring shaped rash R arm
x 4 mo not itchy. no fevers now
exam: 3-4 cm ill defined tender erythematous subq nodules bilat shins + L ant thigh; R upper arm 3 cm annular
plaque w/ beaded border, no scale
discussed dx -> needs deep sample for panniculitis, punch won't get enough fat -> wedge
proc: L ant thigh incisional wedge bx w/ scalpel into subq fat then 2 x 4-0 nylon // R upper arm 3mm punch
edge of plaque then 1 x 4-0
both to path, derm path
path 1/30: L thigh septal panniculitis c/w erythema nodosum; R arm palisading granulomas w/ mucin c/w GA
plan: EN - nsaids, leg elevation, check aso titer w/ pcp; GA - clobetasol oint bid x 3 wk. sutures out 10 d
""",
    "path": [
        {"text": "A. Left thigh, incisional: septal panniculitis without vasculitis, consistent with erythema "
                 "nodosum. B. Right upper arm, punch: palisading granulomatous dermatitis with mucin, "
                 "consistent with granuloma annulare.", "site": "Left thigh; right upper arm", "date": "2026-01-30"},
    ],
    "expected": E([L("11106"), L("11105")], dx={"11106": ["L52"]}),
    "coder_note": "BX-2: incisional (blade, full thickness into fat) outranks punch -> 11106 + 11105.",
})

SCENARIOS.append({
    "id": "s56-bx-eight-shave-mue-cap",
    "family": "biopsy", "shape": "note-only",
    "description": "Eight tangential bx in a pt with many prior BCCs; 11103 x7 capped at MUE 6, MA plan",
    "date": "2026-02-03",
    "patient": ("Lindahl", "Gustav", "1949-05-30", "male"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 50,
    "conditions": [
        C("c1", "Basal cell carcinoma, trunk", "C44.519", "Back", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """02/03/2026  est  76M  humana
MA: pt here for skin ca check, hx multiple bcc, pt on no blood thinners -tb

76M w/ hx of >10 bcc (last one 2024 R shoulder ed&c), lots of new spots he's worried about on back + arms
full skin exam today
found 8 spots suspicious for bcc/scc:
 1 R upper back 6mm pink pearly papule
 2 L upper back 9mm pink plaque w/ rolled edge
 3 mid back 5mm erosion
 4 L flank 7mm pink shiny papule
 5 R upper arm 6mm scaly pink papule
 6 L forearm 8mm crusted papule
 7 R chest 5mm pearly papule
 8 L shoulder 1.1cm pink scaly plaque
one more on L calf 4mm - looks like a benign dermatofibroma, pt declined bx, will watch
consent, time out, lido w/ epi to each then tangential (shave) bx x 8 w/ dermablade -> al chloride, each to
path in its own jar labeled 1-8
path 2/6: 1,2,4,7 BCC nodular/superficial; 3 BCC superficial; 5,6 SCCIS; 8 AK
a/p: multiple bcc + sccis -> will schedule ed&c visits, 2 at a time; ak -> ln2 next visit
rtc 2 wk
""",
    "path": [
        {"text": "Specimens 1, 2, 4, 7: basal cell carcinoma, nodular and superficial types. Specimen 3: basal cell "
                 "carcinoma, superficial type. Specimens 5, 6: squamous cell carcinoma in situ. Specimen 8: actinic "
                 "keratosis.", "site": "Back, arms, chest", "date": "2026-02-06"},
    ],
    "expected": E([L("11102"), L("11103", 6)], topics=["mue"]),
    "coder_note": "8 tangential biopsies -> 11102 + 11103 x7; 11103 MUE is 6 (MAI 3) -> capped at 6 with an mue "
                  "finding (README Coding decisions). Declined L calf biopsy not coded.",
})

# ---------------------------------------------------------------------------------------------------------------
# destruction
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-ds-ak-twelve-scalp-face-hands",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 to 12 AKs (scalp 5, forehead 3, R cheek 2, L hand 2), Medicare FFS",
    "date": "2026-02-05",
    "patient": ("Pruett", "Dale", "1946-09-12", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Scalp, forehead, right cheek, left dorsal hand", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "note_title": "Office Visit",
    "note": HDR + """2/5/26 est 79M medicare
MA: here for aks, no changes in meds -kt

hx bcc nose 2021 s/p mohs, nl since. rough spots back on scalp + face, some sting
exam: gritty scaly pink papules -> scalp 5, forehead 3, R cheek 2, L dorsal hand 2 (12 total) c/w aks
nose scar nl, no recurrence. couple sks on back - benign, left alone
discussed ln2 vs 5fu vs pdt -> pt wants ln2 today
proc: ln2 cryo to 12 aks, 2 freeze thaw cycles each, consent verbal + written
a/p aks x12 tx'd w/ ln2 // hx bcc - no evidence of recurrence // sunscreen + hat
rtc 6 mo fse
""",
    "expected": E([L("17000"), L("17003", 11)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 12 AKs -> 17000 + 17003 x11. SKs examined only.",
})

SCENARIOS.append({
    "id": "s56-ds-ak-seventeen-precoded-17003x16",
    "family": "destruction", "shape": "pre-coded",
    "description": "17 AKs pre-coded 17000 + 17003 x16 -> 17004, Medicare (NGS)",
    "date": "2026-02-10",
    "patient": ("Gaffney", "Rosalind", "1942-12-03", "female"),
    "provider": DOC, "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Face, scalp, forearms", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Face", reasons=["c1"]),
        P("Destruction premalignant lesions 2-14, each additional", cpt="17003", site="Scalp, forearms",
          note="units: 16", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """02/10/2026  83F est
MA: aks, vitals nl -jr
MA: meds reviewed, no anticoag -jr
lots of aks again, she stopped the efudex after 3 days d/t burning; no hx skin ca
some sting + catch on her comb
exam + count: forehead 4, nose 2, L cheek 3, scalp 4, R forearm 2, L forearm 2 = 17 aks
ln2 to all 17, 2 cycles, tolerated ok
a/p: aks x17 -> ln2 today; retry 5fu at bedtime only to forearms in spring; f/u 4 mo
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003 (17004/17000 and "
                  "17004/17003 are indicator 0).",
})

SCENARIOS.append({
    "id": "s56-ds-hand-warts-plus-aks-xs",
    "family": "destruction", "shape": "free-text",
    "description": "Cryo 4 hand warts (17110) + 3 AKs (17000/17003 XS), commercial BCBS",
    "date": "2026-02-12",
    "patient": ("Nakashima", "Trent", "1967-04-19", "male"),
    "provider": DOC, "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris", "B07.8", "Bilateral hands", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Left forehead, nasal dorsum", reason=True),
    ],
    "procedures": [
        P("cryo warts", site="R index finger, R thumb, L ring finger, L palm",
          note="4 verrucae, ln2 2 cycles each", reasons=["c1"]),
        P("cryo aks", site="L forehead x2, nasal dorsum x1",
          note="3 aks ln2 1 cycle", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": HDR + """2/12/26 58M est
MA: warts on hands + rough spots on face -dk
warts on hands x 1 yr, tried compound w + duct tape, no change, they crack + hurt when he golfs
also scaly spots forehead / nose, sunburns a lot on the boat
exam: verrucous papules R index finger, R thumb, L ring finger, L palm = 4 warts; scaly pink papules L
forehead x2 + nasal dorsum x1 = 3 aks, all separate from the warts
proc: ln2 to the 4 warts (2 cycles) then ln2 to 3 aks (1 cycle)
a/p warts x4 -> ln2, rtc 3-4 wk for repeat prn // aks x3 -> ln2 // spf 30+
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 2, "XS")]),
    "coder_note": "DS-2 warts (up to 14) -> 17110; DS-1 3 AKs -> 17000 + 17003 x2. 17110/17000 and 17110/17003 are "
                  "indicator 1 and the lesions are different -> XS on the column-2 codes 17000 and 17003.",
})

SCENARIOS.append({
    "id": "s56-ds-plantar-warts-aks-count-missing",
    "family": "destruction", "shape": "note-only",
    "description": "Painful plantar warts R heel cryo (17110) + 'several' AKs no count -> no AK line, Medicare",
    "date": "2026-02-17",
    "patient": ("Bramwell", "Eunice", "1951-07-08", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Plantar wart", "B07.0", "Right heel", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Scalp, forehead", reason=True),
    ],
    "note_title": "Office Visit",
    "note": HDR + """2/17/26  74F est  medicare
MA: c/o warts on foot hurting to walk, also scalp spots -kt

2 plantar warts R heel x 5 mo, painful w/ every step, limping at times; tried otc sal acid, no help
also rough spots scalp/forehead again
exam: R heel 2 verrucous papules w/ thrombosed capillaries, tender on pressure, no callus
scalp + forehead several gritty pink scaly papules c/w aks
proc: ln2 2 cycles to both plantar warts R heel // then ln2 to the aks on scalp + forehead
a/p plantar warts painful -> ln2, rtc 3 wk // aks -> ln2 today
""",
    "expected": E([L("17110")], topics=["missing-documentation"], dx={"17110": ["B07.0"]}),
    "coder_note": "Painful plantar warts (BSL-3 pain) -> 17110. AK count never documented ('several') -> no "
                  "17000/17003/17004 line, missing-documentation (README Coding decisions).",
})

# ---------------------------------------------------------------------------------------------------------------
# em
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-em-new-fse-screening-only-gy",
    "family": "em", "shape": "note-only",
    "description": "New pt Medicare FFS screening-only full skin exam, no hx, no complaint, nothing found -> 99202-GY",
    "date": "2026-02-19",
    "patient": ("Haverford", "Leon", "1957-03-25", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 15, "em": "99202",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": HDR + """02/19/2026 new pt 68M medicare pt B
MA: new pt, here for skin check, wife made appt. no concerns per pt. meds: atorvastatin -tb
MA: ros neg

hpi: just wants a full skin check, turned 68, his buddy had a melanoma. no new/changing/bleeding spots, no itch
no personal hx skin ca, no fam hx mm, no hx blistering sunburns, no tanning beds
exam: fse scalp to toes incl nails, mucosa - fitz II, no suspicious lesions, nl skin exam
a/p: skin ca screening, nl exam -> nothing to tx; sun protection counseling; rtc prn / yearly if he wants
level: 99202
""",
    "expected": E([L("99202", 1, "GY")], dx={"99202": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare FFS screening-only full-skin exam (no history, no complaint, nothing "
                  "found) -> E/M with GY; no ABN documented so no GX.",
})

SCENARIOS.append({
    "id": "s56-em-psoriasis-mtx-g2211",
    "family": "em", "shape": "note-only",
    "description": "Est pt psoriasis on methotrexate w/ lab monitoring, 99214 + G2211 longitudinal care, Medicare",
    "date": "2026-02-24",
    "patient": ("Castellane", "Bettina", "1956-10-14", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Long term (current) use of antimetabolite agent", "Z79.631"),
    ],
    "note_title": "Follow-up Visit",
    "note": HDR + """2/24/26  69F est  medicare
MA: psoriasis f/u, labs drawn 2/20 in chart, on mtx 15mg weekly + folic acid -kt

psoriasis f/u - i've followed her since 2019 for this. flaring over winter, new plaques on lower back +
scalp, itchy, bsa now ~8% (was 3% in oct)
no joint pain, no fevers/infections, no mouth sores, drinks 1 glass wine/wk
labs 2/20: cbc nl, cmp - alt 38 (ulnl 35) mildly up, cr nl
exam: thick scaly erythematous plaques elbows, knees, sacrum, scalp; nails few pits; no dactylitis
a/p
psoriasis vulgaris flaring on mtx -> keep mtx 15 mg weekly for now, start calcipotriene/betameth oint to
plaques, clobetasol soln scalp; if bsa >10% at f/u will discuss biologic (pt reluctant)
mtx toxicity monitoring -> alt mildly elevated -> repeat cbc/cmp in 4 wk, limit alcohol to none,
folic acid 1 mg daily continue
no procedures today
99214 + g2211 (i'm her continuing dermatologist for the psoriasis, longitudinal care)
rtc 3 mo or sooner
""",
    "expected": E([L("99214"), L("G2211")], dx={"99214": ["L40.0"]}),
    "coder_note": "EM-4: chronic illness with progression + drug therapy requiring intensive monitoring supports "
                  "99214 as selected. EM-6: G2211 for longitudinal care, no procedure and no modifier 25 that day.",
})

SCENARIOS.append({
    "id": "s56-em-new-pt-knee-warts-decision-only",
    "family": "em", "shape": "free-text",
    "description": "New pt 99203 selected, only problem 2 knee warts treated w/ cryo -> E/M dropped, 17110 only, Aetna",
    "date": "2026-02-26",
    "patient": ("Delacroix", "Mateo", "2015-06-11", "male"),
    "provider": DOC, "payer": "commercial-aetna", "minutes": 15, "em": "99203",
    "conditions": [
        C("c1", "Verruca vulgaris", "B07.8", "Left knee", reason=True),
    ],
    "procedures": [
        P("liquid nitrogen to warts", site="L knee", note="2 warts, 2 freeze cycles, 10 sec each", reasons=["c1"]),
    ],
    "note_title": "New Patient Visit",
    "note": HDR + """02/26/26  new pt  10M w/ mom
MA: new pt, warts on knee, no meds, nkda, ros neg -dk
2 bumps L knee x 8 mo, spreading a little, mom tried otc freeze kit x2. no other concerns today
pmh healthy, utd vaccines
exam: L knee 2 verrucous papules 4 and 6 mm. rest of skin where examined nl
a/p warts L knee -> discussed options (ln2 vs cantharidin vs watchful waiting), mom wants ln2 ->
ln2 2 cycles to both, tolerated w/ some tears. aftercare: blister may form, ok to bandaid
rtc 4 wk for repeat if still there
99203
""",
    "expected": E([L("17110")]),
    "coder_note": "GS-3 / README: the only work was evaluating the warts and deciding to freeze them; a new patient "
                  "does not by itself justify an E/M -> 99203 removed; 17110 for 2 warts.",
})

# ---------------------------------------------------------------------------------------------------------------
# excision-malignant
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-xm-bcc-l-upper-back-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Exc bx-proven BCC L upper back 1.2 cm + 4 mm margins (2.0 cm), layered closure 5.5 cm, Medicare",
    "date": "2026-03-03",
    "patient": ("Stroud", "Calvin", "1954-01-29", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left upper back", "C44.519", "Left upper back", reason=True),
    ],
    "note_title": "Procedure Note - Excision",
    "note": HDR + """3/3/26  71M est  medicare
MA: here for exc of bcc L upper back, bx 2/10 here. on asa 81 - continued -kt
MA: consent signed, timeout done

pre-op dx: bcc nodular L upper back (bx 2/10/26 path nodular bcc, deep margin +)
lesion measured pre-op w/ ruler: 1.2 x 0.9 cm pink pearly plaque incl bx scar
marked 4 mm margins all around -> excised diameter 2.0 cm, then fusiform ellipse drawn 5.5 cm long for closure
anesth lido 1% w/ epi 12 cc
excised to subq fat, specimen tagged at 12 o'clock -> path
undermined ~1 cm both sides, hemostasis w/ hyfrecator
closure: layered -> 3-0 monocryl deep dermal buried interrupted then 4-0 nylon running superficial
final repair length 5.5 cm
ebl minimal, no comps, pressure dsg
path 3/6: residual bcc nodular, margins clear (closest 3 mm); specimen 5.6 x 2.1 x 0.8 cm
a/p bcc L upper back excised, margins clear // sutures out 12-14 d // rtc 6 mo fse
""",
    "path": [
        {"text": "Skin, left upper back, excision: residual basal cell carcinoma, nodular type; margins free, closest "
                 "3 mm (peripheral). Specimen 5.6 x 2.1 x 0.8 cm.", "site": "Left upper back", "date": "2026-03-06"},
    ],
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.519"]}),
    "coder_note": "EX-1: 1.2 cm + 2 x 0.4 cm = 2.0 cm on the trunk -> 11602 (not the 5.5 cm ellipse or the path "
                  "specimen size). EX-5: layered closure 5.5 cm trunk -> 12032 separately.",
})

SCENARIOS.append({
    "id": "s56-xm-sccis-forearm-precoded-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "R forearm lesion 0.8 cm + 3 mm margins pre-coded benign 11402; path SCCIS -> 11602 + 12032, Cigna",
    "date": "2026-03-05",
    "patient": ("Abernethy-Cole", "Priya", "1961-05-15", "female"),
    "provider": DOC, "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right forearm", "D04.61", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk/arm/leg 1.1-2.0 cm", cpt="11402", site="Right dorsal forearm",
          note="lesion 0.8 cm, 3 mm margins", reasons=["c1"]),
        P("Intermediate repair trunk/extremities 2.6-7.5 cm", cpt="12032", site="Right dorsal forearm",
          note="layered, 4.0 cm", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """03/05/2026  64F est  cigna
MA: scaly spot R forearm not healing, consent signed -tb
hx: scaly pink patch R dorsal forearm x 1 yr, didn't clear w/ 2 rounds ln2 at pcp. no prior bx. pt wants it
out rather than another bx
exam: 0.8 cm well demarcated scaly pink plaque R dorsal forearm, ddx bowen's vs isk vs psoriasis patch
proc: exc w/ 3 mm margins (1.4 cm excised diameter), ellipse to subq, layered closure 4-0 vicryl deep + 5-0
prolene simple interrupted, final length 4.0 cm
path 3/9: squamous cell carcinoma in situ (bowen's), margins clear
a/p sccis R forearm, completely excised -> no further tx, fse q 6-12 mo; sutures out 10 d
""",
    "path": [
        {"text": "Skin, right dorsal forearm, excision: squamous cell carcinoma in situ (Bowen disease); margins "
                 "uninvolved.", "site": "Right dorsal forearm", "date": "2026-03-09"},
    ],
    "expected": E([L("11602"), L("12032")], topics=["coding-correction"], dx={"11602": ["D04.61"]}),
    "coder_note": "EX-3: carcinoma in situ -> malignant excision codes; 0.8 + 2 x 0.3 = 1.4 cm arm -> 11602 (pre-coded "
                  "11402 corrected). Layered closure 4.0 cm -> 12032 kept.",
})

SCENARIOS.append({
    "id": "s56-xm-reexcision-scc-calf-in-global-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-exc SCC R calf for + deep margin 7 days after 11602 (in 010 global), 4.0 cm -> 11604-58, Medicare",
    "date": "2026-03-10",
    "patient": ("Muldoon", "Agnes", "1945-08-07", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of right lower limb", "C44.722", "Right posterior calf",
          reason=True),
    ],
    "procedures": [
        P("re-excision scc for positive margin", site="R posterior calf",
          note="healing linear exc wound 3.0 cm, re-excised w/ 0.5 cm margins around the whole wound -> excised "
               "diameter 4.0 cm; single layer closure 3-0 nylon vertical mattress", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2026-03-03", "11602", "Excision malignant lesion, trunk/arms/legs 1.1-2.0 cm", site="Right posterior calf",
              note="SCC R calf 1.0 cm + 2 mm margins; path: SCC well differentiated, deep margin involved"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """3/10/26  80F est  medicare
MA: back for re-exc R calf, path from 3/3 showed + margin -jr
s/p exc scc R calf 3/3/26 (1.4 cm), path well diff scc w/ deep margin involved -> planned re-exc discussed
w/ pt when path came back, she agreed
exam: healing linear wound R post calf 3.0 cm, sutures in, no infection
proc: consent, lido w/ epi, then re-excised entire prior wound w/ 0.5 cm margins all sides (excised diameter
4.0 cm) down to fascia -> single layer closure w/ 3-0 nylon vertical mattress, no deep sutures
to path
path 3/13: scar w/ no residual carcinoma, margins clear
a/p scc R calf s/p re-exc, clear -> sutures out 14 d, fse q 6 mo
""",
    "path": [
        {"text": "Skin, right calf, re-excision: dermal scar, no residual carcinoma; margins clear.",
         "site": "Right posterior calf", "date": "2026-03-13"},
    ],
    "expected": E([L("11604", 1, "58")], dx={"11604": ["C44.722"]}),
    "coder_note": "EX-4/GS-5: planned re-excision for a positive margin inside the 10-day global of the 3/3 excision "
                  "-> 58; coded malignant though the specimen is negative; 3.0 + 2 x 0.5 = 4.0 cm leg -> 11604. "
                  "Single-layer closure is simple, included.",
})

# ---------------------------------------------------------------------------------------------------------------
# excision-benign
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-xb-epidermoid-cyst-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Recurrently inflamed epidermoid cyst L upper back 1.6 cm + 1 mm margins (1.8 cm), layered 3.5 cm, BCBS",
    "date": "2026-03-12",
    "patient": ("Oyelaran", "Desmond", "1982-12-01", "male"),
    "provider": DOC, "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Epidermal cyst", "L72.0", "Left upper back", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """03/12/26  43M est  bcbs
MA: cyst removal, consent signed, nkda -kt
cyst L upper back x 3 yr, got infected + drained on its own 2x last yr (urgent care gave keflex), sore again
when he lies on it. today not red, not fluctuant so no i&d, ok to excise
exam: 1.6 cm mobile subq cyst w/ central punctum L upper back, no erythema
proc: lido w/ epi, cyst measured 1.6 cm -> excised w/ 1 mm margin around it (1.8 cm), ellipse incl punctum,
cyst removed intact, sac to path
closure layered: 4-0 vicryl buried deep then 4-0 nylon simple interrupted, 3.5 cm
path 3/16: ruptured epidermoid (infundibular) cyst w/ foreign body giant cell rxn
a/p epidermoid cyst L back excised -> sutures out 12 d // if it recurs re-exc
""",
    "path": [
        {"text": "Skin and subcutis, left upper back, excision: ruptured epidermoid cyst with foreign-body giant cell "
                 "reaction.", "site": "Left upper back", "date": "2026-03-16"},
    ],
    "expected": E([L("11402"), L("12032")], dx={"11402": ["L72.0"]}),
    "coder_note": "EX-1: 1.6 + 2 x 0.1 = 1.8 cm trunk benign -> 11402; layered 3.5 cm trunk -> 12032. No I&D done.",
})

SCENARIOS.append({
    "id": "s56-xb-changing-nevus-posterior-neck",
    "family": "excision-benign", "shape": "free-text",
    "description": "Exc changing nevus posterior neck 6 mm + 2 mm margins (1.0 cm), simple closure; path dysplastic nevus, MA plan",
    "date": "2026-03-17",
    "patient": ("Quintero", "Marisol", "1958-02-09", "female"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Melanocytic nevus of neck, dysplastic", "D22.4", "Posterior neck", reason=True),
    ],
    "procedures": [
        P("excision of changing mole", site="posterior neck, midline",
          note="lesion 6 mm, 2 mm margins, elliptical exc, simple closure 5-0 prolene", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """3/17/26  68F est  humana ma
MA: mole on back of neck changed per daughter -dk
nevus post neck, daughter noticed it got darker + bigger over past yr, itches some
exam: 6 mm irregular brown macule post neck, asymmetric, 2 shades brown, dermoscopy atypical network
plan exc rather than bx d/t change
proc: lido w/ epi, 2 mm margins (1.0 cm excised diameter), ellipse 3 cm, simple closure 5-0 prolene
single layer, no deep sutures
path 3/20: compound dysplastic nevus w/ moderate atypia, margins clear
a/p dysplastic nevus post neck, completely excised -> no further tx; sutures out 7 d; fse yearly
""",
    "path": [
        {"text": "Skin, posterior neck, excision: compound dysplastic nevus with moderate architectural and "
                 "cytologic atypia; margins clear.", "site": "Posterior neck", "date": "2026-03-20"},
    ],
    "expected": E([L("11421")], dx={"11421": ["D22.4"]}),
    "coder_note": "EX-1/EX-3: 0.6 + 2 x 0.2 = 1.0 cm on the neck (SNHFG), benign pathology -> 11421; simple closure "
                  "included.",
})

SCENARIOS.append({
    "id": "s56-xb-pilar-cyst-scalp-no-lesion-size",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Pilar cyst scalp pre-coded 11423 + 12032; lesion size/margins never documented -> repair only, Medicaid MCO",
    "date": "2026-03-19",
    "patient": ("Brannigan", "Colette", "1970-10-26", "female"),
    "provider": DOC, "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Pilar cyst", "L72.11", "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion scalp 2.1-3.0 cm", cpt="11423", site="Left parietal scalp", reasons=["c1"]),
        P("Intermediate repair scalp 2.6-7.5 cm", cpt="12032", site="Left parietal scalp",
          note="layered closure 3.2 cm", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """03/19/2026  55F est  molina
MA: scalp cyst removal, consent signed -tb
firm cyst L parietal scalp, hurts when she brushes hair + catches on comb -> bleeds sometimes
exam: firm mobile subq nodule L parietal scalp, no punctum
proc: lido w/ epi, hair trimmed, incision over cyst then blunt dissection, cyst removed intact, to path
closure: 4-0 vicryl deep then staples, layered, 3.2 cm
path 3/23: pilar (trichilemmal) cyst
a/p pilar cyst excised -> staples out 10 d
""",
    "path": [
        {"text": "Scalp, excision: pilar (trichilemmal) cyst.", "site": "Left parietal scalp", "date": "2026-03-23"},
    ],
    "expected": E([L("12032")], topics=["missing-documentation"]),
    "coder_note": "README Coding decisions: no lesion size or margin anywhere -> no size-banded excision line "
                  "(11423 dropped), missing-documentation; the separately documented layered 3.2 cm scalp repair "
                  "-> 12032 kept.",
})

# ---------------------------------------------------------------------------------------------------------------
# mohs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-mohs-r-helix-scc-three-stages-extra-blocks",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R helix SCC 3 stages (7/6/2 blocks) -> 17311, 17312 x2, 17315 x3; complex rim repair 2.3 cm",
    "date": "2026-03-24",
    "patient": ("Tennant", "Harold", "1940-04-02", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 180,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of right ear", "C44.222", "Right helix", reason=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": HDR + """3/24/26  85M  medicare  mohs
MA: mohs R ear, bx 3/2 here = scc invasive, on plavix - continued per cardiology -kt
i'm surgeon + reading my own frozen sections
pre-op: invasive scc well-mod diff R helix, 1.3 cm crusted nodule on the helical rim, area H
consent, timeout, lido w/ epi ring block
stage 1: debulk then layer, 7 blocks -> scc at 2 blocks (superior + deep)
stage 2: 6 blocks -> residual at 1 block deep on cartilage
stage 3: 2 blocks incl perichondrium -> clear
total 3 stages (7 + 6 + 2 = 15 blocks)
defect 2.0 x 1.6 cm involving the helical rim, cartilage exposed
repair: complex repair -> trimmed cartilage, wide undermining, realigned the helical rim free margin, 5-0
monocryl deep + 6-0 prolene, length 2.3 cm
no flap/graft. ebl min
a/p scc R helix cleared in 3 stages // sutures out 7 d // fse q 3-4 mo x 2 yr
""",
    "expected": E([L("17311"), L("17312", 2), L("17315", 3), L("13151")], dx={"17311": ["C44.222"]}),
    "coder_note": "MOHS-2: ear -> 17311 + 17312 x2; 17315 = blocks beyond 5 in any stage: (7-5) + (6-5) = 3. "
                  "MOHS-7/REP-2: complex repair involving the helical rim, ear, 2.3 cm -> 13151.",
})

SCENARIOS.append({
    "id": "s56-mohs-r-upper-back-scc-two-stages",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs 2.4 cm poorly diff SCC R upper back 2 stages (4/2), layered linear 7.0 cm, Aetna MA PPO",
    "date": "2026-03-26",
    "patient": ("Esterhazy", "Norma", "1952-06-18", "female"),
    "provider": DOC, "payer": "medicare-advantage-ppo", "minutes": 150,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of trunk", "C44.529", "Right upper back", reason=True),
    ],
    "procedures": [
        P("mohs stage 1", site="R upper back", note="4 blocks, + at 2 o'clock periph", reasons=["c1"]),
        P("mohs stage 2", site="R upper back", note="2 blocks, clear", reasons=["c1"]),
        P("layered closure", site="R upper back", note="intermediate linear closure 7.0 cm, 3-0 monocryl + 4-0 nylon",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": HDR + """03/26/2026  73F  aetna ma ppo
MA: mohs R upper back, bx 3/5 = poorly diff scc -tb
pre-op: scc poorly differentiated R upper back, clinical 2.4 x 2.0 cm, not previously treated
indication: trunk but >= 2 cm + poorly differentiated -> mohs appropriate
i'm doing surgery + reading the frozens
stage 1: 4 blocks, tumor at 2 o'clock periph // stage 2: 2 blocks, clear
defect 3.4 x 2.8 cm to fat
repair: layered linear closure 3-0 monocryl deep + 4-0 nylon running, final 7.0 cm
a/p poorly diff scc R upper back cleared 2 stages, layered closure // sutures out 14 d // fse q 3 mo
""",
    "expected": E([L("17313"), L("17314"), L("12032")], dx={"17313": ["C44.529"]}),
    "coder_note": "MOHS-2: trunk -> 17313 + 17314 (2 stages, no stage over 5 blocks); MOHS-7: layered 7.0 cm trunk "
                  "-> 12032.",
})

SCENARIOS.append({
    "id": "s56-mohs-l-cheek-precoded-path-codes-flap",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs L cheek BCC 1 stage, pre-coded with 88305 x2 + 88331 on Mohs layers (drop), advancement flap 7.8 sq cm",
    "date": "2026-03-31",
    "patient": ("Kowalczyk", "Irene", "1948-11-21", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 140,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left medial cheek", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery head/neck first stage", cpt="17311", site="Left medial cheek", reasons=["c1"]),
        P("Surgical pathology level IV", cpt="88305", site="Left medial cheek",
          note="mohs layer sections, units 2", reasons=["c1"]),
        P("Frozen section first block", cpt="88331", site="Left medial cheek", note="mohs layer", reasons=["c1"]),
        P("Adjacent tissue transfer cheek up to 10 sq cm", cpt="14040", site="Left medial cheek",
          note="advancement flap 7.8 sq cm", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": HDR + """3/31/26  77F  medicare  mohs
MA: mohs L cheek, bx 3/3 nodular bcc, consent signed -jr
pre-op bcc nodular L medial cheek 1.0 cm, bx-proven 3/3/26
stage 1: 3 blocks, all frozen on-site + read by me -> clear. done in 1 stage
all tissue = mohs layer, nothing sent to outside path, no debulk specimen sent
defect 1.6 x 1.4 cm
repair: advancement flap -> primary defect 2.6 sq cm + secondary 5.2 sq cm = 7.8 sq cm total
5-0 monocryl + 6-0 prolene
(biller note from MA: 88305 x2 + 88331 added for the frozens - pls review)
a/p bcc L cheek cleared 1 stage, adv flap // sutures out 7 d // rtc 3 mo
""",
    "expected": E([L("17311"), L("14040")], topics=["ncci"], dx={"17311": ["C44.319"]}),
    "coder_note": "MOHS-5: pathology on the Mohs specimens themselves is part of 17311 (17311/88305 and 17311/88331 "
                  "indicator 1, no legitimate bypass: no diagnostic bx, no separate specimen) -> both removed. "
                  "FLAP-1/3: 7.8 sq cm cheek -> 14040 with Mohs.",
})

# ---------------------------------------------------------------------------------------------------------------
# repair
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-rep-outside-mohs-defect-l-cheek",
    "family": "repair", "shape": "free-text",
    "description": "Repair only of a Mohs defect L lateral cheek (Mohs done elsewhere), layered 2.8 cm -> 12052, Medicare",
    "date": "2026-04-02",
    "patient": ("Vandermeer", "Clarence", "1947-07-30", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left lateral cheek", reason=True),
    ],
    "procedures": [
        P("layered closure of mohs defect", site="L lateral cheek",
          note="defect 1.1 x 0.9 cm after outside mohs this am; intermediate layered repair, final length 2.8 cm",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Repair",
    "note": HDR + """4/2/26  78M  medicare
MA: sent over from dr. pellegrino's mohs office for closure, mohs done this am there -kt
mohs for bcc L lateral cheek done today by dr pellegrino (outside practice, his own billing), cleared in
2 stages per his op note; he asked us to close
defect 1.1 x 0.9 cm to subq fat, clean, no exposed structures
proc: consent, lido w/ epi, converted to ellipse along relaxed skin tension lines, mild undermining, layered
closure 5-0 monocryl deep dermal + 6-0 prolene running, final length 2.8 cm
no flap needed
a/p s/p mohs bcc L cheek (outside), defect repaired layered 2.8 cm // sutures out 6-7 d here
""",
    "expected": E([L("12052")], dx={"12052": ["C44.319"]}),
    "coder_note": "Only the repair is ours (Mohs billed by the outside surgeon). REP-2: layered face repair 2.8 cm "
                  "-> 12052.",
})

SCENARIOS.append({
    "id": "s56-rep-chin-lac-precoded-complex-0-9cm",
    "family": "repair", "shape": "pre-coded",
    "description": "0.9 cm chin laceration layered closure pre-coded as complex 13131 -> 12051, Humana MA",
    "date": "2026-04-07",
    "patient": ("Albright", "Wilma", "1950-03-14", "female"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Laceration without foreign body of chin, initial encounter", "S01.81XA", "Chin", reason=True),
    ],
    "procedures": [
        P("Repair complex forehead/cheeks/chin/mouth/neck 1.1-2.5 cm", cpt="13131", site="Chin",
          note="0.9 cm", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """04/07/2026  76F est  humana
MA: pt hit chin on kitchen cabinet door this am, bleeding controlled w/ pressure, here early for her appt -jr
MA: tdap 2023 per pt
exam: 0.9 cm gaping laceration chin, clean edges, into subq fat, no fb, no bone/muscle involvement
proc: irrigated w/ ns, lido w/ epi, undermined edges slightly, layered closure 5-0 monocryl deep + 6-0 prolene
simple interrupted, length 0.9 cm
no debridement needed, wound not contaminated
a/p chin lac repaired layered 0.9 cm // sutures out 5 d // her skin check rescheduled
""",
    "expected": E([L("12051")], topics=["coding-correction"]),
    "coder_note": "REP-2/README: a complex repair of 1.0 cm or less is coded as simple/intermediate; layered closure "
                  "of a 0.9 cm face wound -> 12051.",
})

SCENARIOS.append({
    "id": "s56-rep-new-pt-nasal-bcc-exc-flap-57",
    "family": "repair", "shape": "note-only",
    "description": "New pt w/ bx-proven BCC L nasal sidewall: eval + decision, same-day exc + transposition flap 5.8 sq cm -> 99203-57 + 14060",
    "date": "2026-04-09",
    "patient": ("Gunderson", "Ola", "1963-09-05", "female"),
    "provider": DOC, "payer": "commercial", "minutes": 95, "em": "99203",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Left nasal sidewall", reason=True),
    ],
    "note_title": "New Patient Visit + Procedure",
    "note": HDR + """4/9/26  new pt  62F  bcbs
MA: new pt referred by pcp dr hsu, bx L nose 3/20 = bcc, pt drove 2 hr, meds lisinopril -dk
MA: ros neg except as hpi

hpi: spot L side of nose x 1 yr, bleeds w/ tissues, pcp shave bx 3/20 -> nodular bcc (report reviewed)
no prior skin ca. healthy otherwise
exam: 0.9 cm pink pearly papule w/ bx scar L nasal sidewall; no lymphadenopathy; rest of face nl
discussion: options mohs (referral, 6-8 wk wait, 3 hr drive) vs standard exc + flap today vs
ed&c (not on nose). r/b/a reviewed, pt declines mohs travel -> decision today for exc + flap, same session
proc: consent, timeout, lido w/ epi. excised w/ 3 mm margins to muscle -> defect 1.5 cm round.
repair: transposition flap from nasal dorsum/cheek junction -> primary defect 1.8 sq cm + secondary defect
4.0 sq cm = 5.8 sq cm. 5-0 monocryl + 6-0 prolene. specimen to path
path 4/13: bcc nodular, margins clear
a/p bcc L nose excised + flap // sutures out 7 d // fse 6 mo
99203-57
""",
    "path": [
        {"text": "Skin, left nasal sidewall, excision: basal cell carcinoma, nodular type; margins clear.",
         "site": "Left nasal sidewall", "date": "2026-04-13"},
    ],
    "expected": E([L("99203", 1, "57"), L("14060")], dx={"14060": ["C44.311"]}),
    "coder_note": "FLAP-1/2: 1.8 + 4.0 = 5.8 sq cm nose -> 14060, the excision is included. FLAP-4/GS-4: 090 "
                  "procedure decided at today's new-patient E/M -> 99203-57.",
})

# ---------------------------------------------------------------------------------------------------------------
# shave
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-shave-isk-flank-and-temple-medicare",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal 2 irritated SKs: R flank 0.8 cm (bleeding) + L temple 0.4 cm (inflamed), Medicare FFS",
    "date": "2026-04-14",
    "patient": ("Pendergast", "Myrtle", "1943-05-01", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Right flank", reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Left temple", reason=True),
        C("c3", "Seborrheic keratosis", "L82.1", "Back"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """04/14/26  82F est  medicare
MA: 2 spots bleeding/irritated, wants removed -tb
R flank sk rubs on waistband, bled on her slip 3x this month; L temple sk red + itchy, she scratches it raw
exam: R flank 0.8 cm stuck-on verrucous papule w/ hemorrhagic crust // L temple 0.4 cm erythematous
inflamed sk w/ erosion // lots of asymptomatic sks on back - benign, no tx, she's fine w/ them
proc: consent, lido w/ epi, shave removal of both w/ dermablade flush w/ skin, al chloride, to path
path 4/17: irritated seborrheic keratosis x2
a/p isk x2 removed // vaseline daily till healed // rtc 1 yr fse
""",
    "path": [
        {"text": "A. Right flank, shave: irritated seborrheic keratosis. B. Left temple, shave: irritated "
                 "seborrheic keratosis.", "site": "Right flank; left temple", "date": "2026-04-17"},
    ],
    "expected": E([L("11301"), L("11310")], dx={"11301": ["L82.0"], "11310": ["L82.0"]}),
    "coder_note": "SH-1: trunk 0.8 cm -> 11301; face 0.4 cm -> 11310. Bleeding / inflammation documented (BSL-3), "
                  "so not cosmetic. Asymptomatic back SKs not treated.",
})

SCENARIOS.append({
    "id": "s56-shave-precoded-as-bx-chest-nevus-removal",
    "family": "shave", "shape": "pre-coded",
    "description": "Complete shave removal 0.7 cm chest nevus pre-coded as tangential bx 11102 -> 11301, UHC",
    "date": "2026-04-16",
    "patient": ("Sandoval", "Brianna", "1991-01-23", "female"),
    "provider": DOC, "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Melanocytic nevus of trunk", "D22.5", "Right upper chest", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy of skin, single lesion", cpt="11102", site="Right upper chest",
          note="0.7 cm nevus, shaved off entirely", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """4/16/26  35F est  uhc
MA: mole on chest irritated by bra strap -dk
dome shaped mole R upper chest sits under bra strap, gets rubbed raw + bled twice, wants it gone
exam: 0.7 cm soft skin colored dome shaped papule, uniform, benign appearing
proc: lido w/ epi then shave removal of entire lesion flush w/ skin (goal = remove it, not sample) -> al
chloride, to path
path 4/20: intradermal melanocytic nevus, removed
a/p irritated intradermal nevus removed // wound care // rtc prn
""",
    "path": [
        {"text": "Skin, right upper chest, shave: intradermal melanocytic nevus.", "site": "Right upper chest",
         "date": "2026-04-20"},
    ],
    "expected": E([L("11301")], topics=["coding-correction"], dx={"11301": ["D22.5"]}),
    "coder_note": "BX-4: intent was complete removal -> shave removal, not tangential biopsy; trunk 0.7 cm -> 11301.",
})

SCENARIOS.append({
    "id": "s56-shave-scalp-no-size-plus-neck",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal scalp ISK with no size (no line) + R neck ISK 0.5 cm (11305), Medicaid",
    "date": "2026-04-21",
    "patient": ("Whitlock", "Regina", "1966-08-13", "female"),
    "provider": DOC, "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Scalp vertex", reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Right lateral neck", reason=True),
    ],
    "procedures": [
        P("shave removal", site="scalp vertex", note="irritated sk, bleeds w/ brushing", reasons=["c1"]),
        P("shave removal", site="R lateral neck", note="0.5 cm isk, catches on necklace, bled", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """04/21/2026  59F est  tx medicaid
MA: 2 spots bleeding, scalp + neck -kt
scalp spot bleeds when she brushes her hair, neck one catches on her necklace and bled last wk
exam: scalp vertex crusted hemorrhagic stuck-on papule; R lat neck 0.5 cm inflamed sk
proc: lido w/ epi, shave removal of both w/ dermablade, drysol, both to path
path 4/24: irritated sk x2
a/p isk scalp + neck removed // rtc prn
""",
    "path": [
        {"text": "A. Scalp, shave: irritated seborrheic keratosis. B. Right neck, shave: irritated seborrheic "
                 "keratosis.", "site": "Scalp; right neck", "date": "2026-04-24"},
    ],
    "expected": E([L("11305")], topics=["missing-documentation"]),
    "coder_note": "README Coding decisions: scalp lesion diameter never documented -> no shave line for it, "
                  "missing-documentation; neck 0.5 cm -> 11305.",
})

# ---------------------------------------------------------------------------------------------------------------
# skin-tags
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-tags-27-irritated-mue-11201",
    "family": "skin-tags", "shape": "note-only",
    "description": "27 irritated/bleeding skin tags neck + axillae -> 11200 + 11201 (2 units computed, capped at MUE 1), UHC",
    "date": "2026-04-23",
    "patient": ("Fairbanks", "Lorraine", "1969-12-19", "female"),
    "provider": DOC, "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, irritated", "L91.8", "Neck, bilateral axillae", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """4/23/26  56F est  uhc
MA: skin tags bleeding when she shaves + necklace catches -tb
MA: meds metformin, lisinopril; nkda -tb
pmh: dm2, obesity
skin tags neck + underarms, several get red + bleed w/ shaving and jewelry, a few inflamed now
exam + count: neck 15, R axilla 7, L axilla 5 = 27 acrochordons, several w/ hemorrhagic crust + erythema
proc: consent, removed all 27 w/ gradle scissors snip +/- hyfrecator for hemostasis, no anesthesia needed
a/p irritated skin tags x27 removed // vaseline // rtc prn
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "27 tags: 11200 (first 15) + 11201 ceil((27-15)/10) = 2 units; 11201 MUE is 1 (MAI 3) -> capped "
                  "at 1 with an mue finding. Symptomatic (bleeding, inflamed).",
})

SCENARIOS.append({
    "id": "s56-tags-cosmetic-medicare-voluntary-abn",
    "family": "skin-tags", "shape": "free-text",
    "description": "6 asymptomatic neck tags removed for appearance, Medicare FFS, voluntary ABN -> 11200-GX-GY",
    "date": "2026-04-28",
    "patient": ("Ostrowski", "Bernard", "1953-02-26", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Acrochordons, asymptomatic", "L91.8", "Neck", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("snip removal skin tags", site="neck", note="6 tags, gradle scissors, no symptoms, cosmetic",
          reasons=["c1", "c2"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """04/28/26  73M est  medicare
MA: wants skin tags off neck, voluntary abn (not covered service notice) signed + scanned -jr
6 small tags on neck, no itching, no bleeding, no irritation - just doesn't like how they look in pics
discussed medicare won't pay for cosmetic removal, pt ok to self pay, signed voluntary abn
exam: 6 soft pedunculated 1-3 mm acrochordons neck, no inflammation
proc: snip removal x6 w/ gradle scissors, drysol
a/p acrochordons x6, cosmetic removal, self pay // rtc prn
""",
    "expected": E([L("11200", 1, "GX", "GY")], dx={"11200": ["L91.8"]}),
    "coder_note": "COS-2/COS-4 + README: asymptomatic tags removed for appearance = cosmetic, statutorily excluded "
                  "under Medicare FFS -> GY, plus GX for the voluntary ABN.",
})

# ---------------------------------------------------------------------------------------------------------------
# cosmetic
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-cos-glabellar-botox-plus-two-aks",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Cosmetic glabellar Botox (J0585 x20) + LN2 to 2 AKs, commercial BCBS -> Botox line removed",
    "date": "2026-04-30",
    "patient": ("Lindqvist-Hart", "Monique", "1972-07-04", "female"),
    "provider": DOC, "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Encounter for cosmetic procedure, glabellar rhytids", "Z41.1", "Glabella", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Left cheek, right temple", reason=True),
    ],
    "procedures": [
        P("OnabotulinumtoxinA injection", cpt="J0585", site="Glabella", note="20 units, cosmetic",
          reasons=["c1"]),
        P("Destruction premalignant lesion, first", cpt="17000", site="Left cheek", reasons=["c2"]),
        P("Destruction premalignant lesion, each additional 2-14", cpt="17003", site="Right temple",
          note="units 1", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": HDR + """4/30/26  53F est  bcbs
MA: botox appt + 2 rough spots -dk
here for her usual cosmetic botox glabella (last 1/2026); also 2 rough spots on face that sting
exam: dynamic glabellar lines; gritty scaly papules L cheek + R temple = 2 aks
proc 1: botox 20 u glabella (5 sites), cosmetic, pt self pay per our cosmetic fee sheet
proc 2: ln2 2 cycles to the 2 aks
a/p glabellar rhytids -> botox, cosmetic, pt pays // aks x2 ln2 // rtc 3-4 mo botox
""",
    "expected": E([L("17000"), L("17003")], topics=["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "COS-2 + conventions: cosmetic Botox for rhytids with a commercial payer is not put on the claim "
                  "(cosmetic finding, patient billed directly). 2 AKs -> 17000 + 17003.",
})

SCENARIOS.append({
    "id": "s56-cos-sk-ln2-appearance-medicare-gy",
    "family": "cosmetic", "shape": "note-only",
    "description": "LN2 to 5 asymptomatic SKs for appearance, Medicare FFS, no ABN -> 17110-GY",
    "date": "2026-05-05",
    "patient": ("Hollingsworth", "Dorothy", "1948-01-17", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratosis", "L82.1", "Chest, upper back", reason=True),
    ],
    "note_title": "Office Visit",
    "note": HDR + """05/05/2026  78F est  medicare
MA: wants the brown spots frozen, no other concerns -kt
sks chest + upper back, not itchy, not bleeding, not irritated, no change - she just doesn't like the look
in her swimsuit
exam: 5 waxy stuck-on brown papules chest x3, upper back x2, classic sk, no inflammation, no atypia
discussed cosmetic, medicare won't cover; pt wants them done anyway, no abn signed today
proc: ln2 to 5 sks, 1 cycle
a/p sks x5 cosmetic ln2 // rtc prn
""",
    "expected": E([L("17110", 1, "GY")], dx={"17110": ["L82.1"]}),
    "coder_note": "BSL-2/COS-2/COS-4: asymptomatic SK (L82.1) removal for appearance is statutorily excluded -> "
                  "17110-GY under Medicare FFS; no ABN so no GX.",
})

# ---------------------------------------------------------------------------------------------------------------
# incision-drainage
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-id-r-axilla-single-abscess-precoded-10061",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Single simple R axillary abscess I&D, no packing, pre-coded 10061 -> 10060, Medicaid",
    "date": "2026-05-07",
    "patient": ("Tillman", "Jerome", "1995-04-28", "male"),
    "provider": DOC, "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, complicated or multiple", cpt="10061", site="Right axilla",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """5/7/26  31M est  medicaid
MA: painful lump R armpit x 4 d, no fever -dk
tender swelling R axilla x 4 days, getting bigger, no prior boils, no hx hs
exam: 2 cm fluctuant tender abscess R axilla w/ surrounding erythema 3 cm, single lesion, no other nodules
no sinus tracts, no scarring
proc: consent, lido, #11 blade stab incision, expressed moderate purulence, probed - no loculations, irrigated
ns, no packing needed, gauze dressing. cx sent
a/p single simple abscess R axilla i&d // doxy 100 bid x 7 d pending cx // warm compresses // rtc 1 wk prn
""",
    "expected": E([L("10060")], topics=["coding-correction"], dx={"10060": ["L02.411"]}),
    "coder_note": "4.8 table: one abscess, no loculations, no packing = simple/single -> 10060, not 10061.",
})

SCENARIOS.append({
    "id": "s56-id-two-buttock-abscesses-plus-acne-em25",
    "family": "incision-drainage", "shape": "free-text",
    "description": "I&D 2 L buttock abscesses w/ packing (10061) + separate acne eval w/ new Rx -> 99213-25, Cigna",
    "date": "2026-05-12",
    "patient": ("Marchand", "Kelsey", "2002-09-09", "female"),
    "provider": DOC, "payer": "commercial-cigna", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Left buttock", reason=True),
        C("c2", "Acne vulgaris", "L70.0", "Face, chest", reason=True),
    ],
    "procedures": [
        P("I&D abscesses x2", site="L buttock",
          note="2 separate fluctuant abscesses 1.5 cm + 2.5 cm, loculations broken up w/ hemostat, packed w/ "
               "iodoform", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": HDR + """05/12/2026  23F est  cigna
MA: boils on bottom + wants to talk about acne -tb
1) 2 painful lumps L buttock x 5 d, one started draining a little
2) separate issue: acne face + chest worse x 6 mo, failed otc bpo + adapalene otc, scarring starting, wants
rx. not pregnant, on ocp
exam: L buttock 2 separate fluctuant abscesses 1.5 cm + 2.5 cm w/ erythema // face + chest inflammatory
papules/pustules + open/closed comedones, few early atrophic scars, no nodules/cysts
proc: i&d both abscesses - lido, incisions, purulence, loculations broken up w/ hemostat, packed w/
iodoform 1/4 in, dressing; cx sent
a/p
abscesses x2 L buttock -> i&d + packing, bactrim ds bid x 7 d, packing out in 2 d
acne vulgaris mod inflammatory -> start doxycycline 100 mg daily + tretinoin 0.025% cr qhs, counseled
photosensitivity/gi, f/u 8-10 wk
99213-25 for the acne (separate from the i&d)
""",
    "expected": E([L("10061"), L("99213", 1, "25")]),
    "coder_note": "Two abscesses with loculations and packing -> 10061 (complicated/multiple). GS-3: acne evaluation "
                  "with prescription management is separately identifiable -> 99213-25.",
})

# ---------------------------------------------------------------------------------------------------------------
# intralesional
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-il-three-chest-keloids-15mg",
    "family": "intralesional", "shape": "note-only",
    "description": "IL triamcinolone 10 mg/mL 0.5 mL to each of 3 chest keloids (15 mg) -> 11900 + J3301 x2, Aetna",
    "date": "2026-05-14",
    "patient": ("Adebayo", "Kwame", "1986-02-14", "male"),
    "provider": DOC, "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Keloid", "L91.0", "Central chest", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """5/14/26  40M est  aetna
MA: keloid injections #3, itchy + tender -kt
MA: no new meds, nkda -kt
keloids central chest from old acne, itch + hurt w/ seatbelt, flatter since last 2 rounds
no steroid atrophy or hypopigmentation from prior injections
exam: 3 firm pink keloids central chest 1.5, 2.0, 1.2 cm
proc: il kenalog 10 mg/ml -> 0.5 ml each x 3 keloids = 1.5 ml total (15 mg), 30g needle
a/p keloids x3 -> il tac, rtc 6 wk for next round; silicone sheets at night
""",
    "expected": E([L("11900"), L("J3301", 2)], dx={"11900": ["L91.0"]}),
    "coder_note": "4.8 table: 3 lesions (up to 7) -> 11900; triamcinolone 15 mg -> J3301 ceil(15/10) = 2.",
})

SCENARIOS.append({
    "id": "s56-il-alopecia-areata-nine-patches-precoded",
    "family": "intralesional", "shape": "pre-coded",
    "description": "IL TAC to 9 alopecia areata patches pre-coded 11900 + J3301 x24 (per mg) -> 11901 + J3301 x3, Medicare",
    "date": "2026-05-19",
    "patient": ("Rasmussen", "Elsie", "1958-06-06", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Scalp", reasons=["c1"]),
        P("Injection, triamcinolone acetonide, per 10 mg", cpt="J3301", site="Scalp", note="units 24",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """05/19/26  67F est  medicare
MA: aa f/u, injections today -jr
alopecia areata, new patches since feb, some regrowth in old ones w/ white hairs
exam: 9 discrete smooth patches of nonscarring alopecia scalp (vertex 3, L parietal 2, R parietal 2,
occiput 2), exclamation pt hairs at margins
proc: kenalog 10 mg/ml, 0.1 ml injections q 1 cm into each of the 9 patches, total 2.4 ml = 24 mg
a/p aa 9 patches -> il tac; clobetasol soln bid to patches btwn visits; rtc 6 wk
""",
    "expected": E([L("11901"), L("J3301", 3)], topics=["coding-correction"], dx={"11901": ["L63.9"]}),
    "coder_note": "More than 7 lesions -> 11901 (not 11900); J3301 is per 10 mg: 24 mg -> 3 units, not 24.",
})

# ---------------------------------------------------------------------------------------------------------------
# nails
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-nail-avulsion-l-great-and-second-toe-precoded",
    "family": "nails", "shape": "pre-coded",
    "description": "Avulsion L great toenail + L 2nd toenail pre-coded 11730/11732 w/o digits -> TA / T1, Medicaid MCO",
    "date": "2026-05-21",
    "patient": ("Espinoza", "Raul", "1979-03-03", "male"),
    "provider": DOC, "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail", "L60.0", "Left great toe, left second toe", reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate, simple, single", cpt="11730", site="Left great toe", reasons=["c1"]),
        P("Avulsion of nail plate, each additional", cpt="11732", site="Left second toe", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """5/21/26  47M est  molina
MA: both toenails L foot painful, red, can't wear work boots -dk
ingrown nails L great toe + L 2nd toe x 6 wk w/ drainage, failed soaks + cotton wedging + abx from urgent care
exam: L great toe (hallux) - both borders ingrown w/ granulation + paronychia; L 2nd toe - nail plate
ingrown medial border w/ erythema
proc: digital blocks 2% lido plain, tourniquet, full nail plate avulsion L great toe, then full nail plate
avulsion L 2nd toe; no matrix destruction (no phenol); abx oint + dressing
a/p ingrown nails L hallux + L 2nd toe -> avulsed x2 // soaks bid // rtc 2 wk
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")], dx={"11730": ["L60.0"]}),
    "coder_note": "4.8 table/conventions: first avulsion 11730, additional nail 11732; digit modifiers from the note: "
                  "left great toe TA, left 2nd toe T1. No matrixectomy, so no 11750.",
})

SCENARIOS.append({
    "id": "s56-nail-phenol-matrixectomy-r-great-toe",
    "family": "nails", "shape": "free-text",
    "description": "Recurrent ingrown R great toenail: partial avulsion + phenol matrixectomy lateral border -> 11750-T5, BCBS",
    "date": "2026-05-26",
    "patient": ("Holloway", "Dana", "1988-10-30", "female"),
    "provider": DOC, "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, recurrent", "L60.0", "Right great toe", reason=True),
    ],
    "procedures": [
        P("partial nail plate removal + chemical matrixectomy", site="R great toe, lateral border",
          note="lateral 1/4 of plate avulsed, phenol 88% x3 applications to lateral matrix for permanent removal",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """05/26/2026  37F est  bcbs
MA: R big toe ingrown again (3rd time), wants it fixed for good -kt
3rd recurrence of ingrown lateral border R great toe in 18 mo, prior simple avulsions x2 here
exam: R hallux lateral nail fold erythema, granulation tissue, tender, no abscess
proc: digital block 2% plain lido, tourniquet, lateral 1/4 nail plate split + removed, then phenol 88% 3 x 30
sec to lateral matrix for permanent ablation, alcohol flush, dressing
a/p recurrent ingrown R great toe -> partial avulsion + phenol matrixectomy (permanent) // epsom soaks //
expect drainage 2-4 wk // rtc 2 wk
""",
    "expected": E([L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "4.8 table: permanent (chemical) matrix ablation = 11750; avulsion of the same nail included "
                  "(11750/11730 edit). Right great toe -> T5.",
})

# ---------------------------------------------------------------------------------------------------------------
# paring
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-paring-three-plantar-calluses",
    "family": "paring", "shape": "note-only",
    "description": "Paring of 3 painful plantar calluses (R 1st MTP, L 5th MTP, R heel) -> 11056, Cigna",
    "date": "2026-05-28",
    "patient": ("Kirkwood", "Lydia", "1964-01-08", "female"),
    "provider": DOC, "payer": "commercial-cigna", "minutes": 15,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Plantar feet", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """5/28/26  62F est  cigna
MA: painful calluses bottom of feet, not diabetic -tb
calluses soles hurt walking, esp in work shoes; no dm, no pvd
exam: thick hyperkeratotic plaques R plantar 1st MTP, L plantar 5th MTP, R heel = 3 calluses, no
pinpoint bleeding on paring (not warts)
proc: pared all 3 w/ #15 blade down to nl skin
a/p calluses x3 pared // urea 40% cr, pumice, wider shoes, consider orthotics // rtc prn
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "4.8 table: paring 2-4 lesions -> 11056.",
})

SCENARIOS.append({
    "id": "s56-paring-corn-plus-plantar-wart-xs",
    "family": "paring", "shape": "free-text",
    "description": "Pare 1 corn L 5th toe (11055) + LN2 to separate plantar wart R forefoot (17110-XS), Medicaid",
    "date": "2026-06-02",
    "patient": ("Bustamante", "Nilda", "1975-05-17", "female"),
    "provider": DOC, "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Corn", "L84", "Left fifth toe", reason=True),
        C("c2", "Plantar wart", "B07.0", "Right forefoot", reason=True),
    ],
    "procedures": [
        P("paring of corn", site="L 5th toe dorsolateral", note="1 hard corn pared w/ 15 blade", reasons=["c1"]),
        P("cryotherapy wart", site="R plantar forefoot", note="1 plantar wart, ln2 2 cycles", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": HDR + """06/02/26  51F est  medicaid
MA: corn L pinky toe + wart R foot both painful -kt
hard corn L 5th toe rubs in shoes, painful; separate wart R ball of foot x 4 mo, hurts to walk
exam: L 5th toe dorsolateral 5 mm hard corn w/ central core; R plantar forefoot 6 mm verrucous papule w/
black dots, different foot from the corn
proc: pared corn L 5th toe w/ #15 blade // ln2 2 cycles to plantar wart R forefoot
a/p corn -> pared, toe sleeve, wider toe box // plantar wart -> ln2, rtc 3 wk
""",
    "expected": E([L("11055"), L("17110", 1, "XS")]),
    "coder_note": "1 corn pared -> 11055; wart destruction -> 17110. 11055/17110 is indicator 1 and they are "
                  "different lesions on different feet -> XS on the column-2 code 17110.",
})

# ---------------------------------------------------------------------------------------------------------------
# patch-test
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-patch-80-allergen-placement",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test placement, 80 allergens (NAC 80) for chronic hand dermatitis -> 95044 x80, BCBS",
    "date": "2026-06-04",
    "patient": ("Thornbury", "Celeste", "1980-11-11", "female"),
    "provider": DOC, "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Dermatitis, hands, suspected allergic contact", "L30.9", "Bilateral hands", reason=True),
    ],
    "note_title": "Patch Test Placement",
    "note": HDR + """6/4/26  45F est  bcbs
MA: patch test placement, off prednisone x 4 wk, no topical steroid to back x 2 wk -jr
chronic hand dermatitis x 1 yr, hairdresser, not clearing w/ clobetasol; evaluated at last visit, patch
testing planned then
today: placement only - north american 80 comprehensive series = 80 allergens, finn chambers on upper back,
marked w/ ink
instructions: keep dry, no exercise sweating, back for read at 48 h + 96 h
a/p hand dermatitis r/o acd -> 80 allergens placed // reads 6/6 + 6/8
""",
    "expected": E([L("95044", 80)], dx={"95044": ["L30.9"]}),
    "coder_note": "4.8 table/conventions: 95044 units = number of allergens (80), within MUE 90. No E/M today.",
})

SCENARIOS.append({
    "id": "s56-patch-100-precoded-mue-cap",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Patch test 100 allergens (80 series + 20 hairdresser) pre-coded 95044 x100 -> capped at MUE 90, UHC",
    "date": "2026-06-09",
    "patient": ("Ravensworth", "Tobias", "1977-08-24", "male"),
    "provider": DOC, "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Eczematous dermatitis of face and neck", "L30.9", "Face, neck", reason=True),
    ],
    "procedures": [
        P("Patch or application test(s)", cpt="95044", site="Upper back", note="units 100", reasons=["c1"]),
    ],
    "note_title": "Patch Test Placement",
    "note": HDR + """06/09/2026  48M est  uhc
MA: patch placement, no steroids/antihistamines -tb
MA: back clear, no rash on back today -tb
recurrent facial + neck eczematous dermatitis, barber, worse at work; evaluated 5/12
placement: NA 80 comprehensive (80) + hairdressing supplemental series (20) = 100 allergens, upper back
finn chambers + tape, map drawn, pt given keep-dry instructions
reads 48 + 96 h
a/p suspected acd -> 100 allergens placed
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 per allergen = 100, MUE 90 (MAI 3) -> capped at 90 with an mue finding (README Coding "
                  "decisions).",
})

# ---------------------------------------------------------------------------------------------------------------
# phototherapy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-photo-nbuvb-psoriasis-session",
    "family": "phototherapy", "shape": "free-text",
    "description": "NB-UVB whole-body session #14 for psoriasis (15% BSA) -> 96900, BCBS",
    "date": "2026-06-11",
    "patient": ("Lachance", "Omar", "1970-07-21", "male"),
    "provider": DOC, "payer": "commercial", "minutes": 10,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk, extremities", reason=True),
    ],
    "procedures": [
        P("nb-uvb phototherapy", site="whole body",
          note="session #14, 311 nm booth, 900 mJ/cm2 (up 10%), no erythema from last tx", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": HDR + """6/11/26  55M  bcbs  photo
MA (photo tech): nb-uvb tx #14, goggles + face shield on, genitals shielded, no new meds/photosensitizers,
no burning from last tx -> dose 900 mJ/cm2 per protocol -kt
MA: skin type III, time in booth 2 min 10 sec, tolerated well -kt
MA: next tx fri, 3x/wk schedule continues -kt
dr note: psoriasis bsa ~15% at start (jan), now ~9%, plaques thinner; cont nb-uvb 3x/wk, cont topicals
(calcipotriene) btwn; no e/m today, reviewed log only
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "4.8 table: narrowband UVB alone (no tar, no psoralen) = actinotherapy 96900, one per session.",
})

SCENARIOS.append({
    "id": "s56-photo-excimer-180sqcm-precoded-96921",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to elbow/knee plaques, total 180 sq cm, pre-coded 96921 -> 96920, Medicare FFS",
    "date": "2026-06-16",
    "patient": ("Szabo", "Margit", "1955-09-02", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized", "L40.0", "Bilateral elbows and knees", reason=True),
    ],
    "procedures": [
        P("Laser treatment for inflammatory skin disease 250-500 sq cm", cpt="96921",
          site="Bilateral elbows and knees", reasons=["c1"]),
    ],
    "note_title": "Excimer Treatment Note",
    "note": HDR + """06/16/2026  70F est  medicare
MA: excimer tx #6 -jr
localized plaque psoriasis elbows + knees, bsa ~3%, failed >4 mo clobetasol + calcipotriene
areas treated today (measured): R elbow 40 sq cm, L elbow 45 sq cm, R knee 50 sq cm, L knee 45 sq cm =
total 180 sq cm
308 nm excimer, dose per protocol, no blistering from last tx
a/p localized psoriasis -> excimer #6 of ~12, twice weekly
""",
    "expected": E([L("96920")], topics=["coding-correction"], dx={"96920": ["L40.0"]}),
    "coder_note": "4.8 table: excimer coded by total area treated: 180 sq cm < 250 -> 96920, not 96921.",
})

SCENARIOS.append({
    "id": "s56-photo-puva-no-failed-therapy-abn-ga",
    "family": "phototherapy", "shape": "note-only",
    "description": "PUVA started for mild psoriasis w/o failed conventional therapy, ABN signed -> 96912-GA, Medicare FFS",
    "date": "2026-06-18",
    "patient": ("Pettigrew", "Walter", "1951-12-12", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk, legs", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": HDR + """6/18/26  74M est  medicare
MA: puva #1, methoxsalen 0.6 mg/kg taken 1.5 h ago, uva goggles given -tb
MA: abn (cms-r-131) reviewed + signed today for puva, pt chose option 1 -tb
psoriasis ~6% bsa trunk + legs, not disabling, only used otc hc so far, never had rx topicals or nb-uvb
i recommended topicals / nb-uvb first; pt insists on puva (brother did well on it) -> told him medicare likely
denies puva w/o failure of conventional tx, he signed abn + wants to proceed
tx: puva #1, uva 1.0 J/cm2 whole body, genital shielding
a/p psoriasis -> puva per pt request, abn on file // rtc 2x/wk
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 NCD 250.1: PUVA only for intractable disabling psoriasis after failed conventional therapy "
                  "-> expected denial as not reasonable and necessary; ABN on file -> GA (COS-4).",
})

# ---------------------------------------------------------------------------------------------------------------
# post-op
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-po-suture-removal-in-global-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Wound check + suture removal 9 days after 11402, provider picked 99212 -> 99024, Humana MA",
    "date": "2026-06-10",
    "patient": ("Birchfield", "Arlene", "1956-04-16", "female"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Epidermal cyst, excised", "L72.0", "Left upper back"),
    ],
    "prior": [
        PRIOR("2026-06-01", "11402", "Excision benign lesion trunk 1.1-2.0 cm", site="Left upper back",
              note="epidermoid cyst 1.5 cm excised, simple closure"),
    ],
    "note_title": "Post-op Visit",
    "note": HDR + """06/10/2026  70F est  humana
MA: suture removal L upper back, exc 6/1 -kt
s/p exc epidermoid cyst L upper back 6/1/26, no pain, no drainage
exam: incision well healed, no erythema, no dehiscence; 5 nylon sutures removed, steri strips
path reviewed w/ pt: epidermoid cyst, benign
no other concerns raised, nothing else addressed today
a/p post-op check, healing well // scar care, silicone gel optional // rtc 1 yr fse
99212
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/conventions: 9 days after a 010 excision, routine post-op care only -> 99024, not an E/M.",
})

SCENARIOS.append({
    "id": "s56-po-poison-ivy-during-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "Unrelated poison ivy dermatitis visit 8 days after 11602 (010 global) -> 99213-24, Medicare FFS",
    "date": "2026-06-11",
    "patient": ("Greenhalgh", "Martin", "1949-10-03", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to plants", "L23.7", "Bilateral forearms", reason=True),
    ],
    "prior": [
        PRIOR("2026-06-03", "11602", "Excision malignant lesion trunk/arms/legs 1.1-2.0 cm", site="Right upper back",
              note="BCC R upper back excised, layered closure"),
    ],
    "note_title": "Office Visit",
    "note": HDR + """6/11/26  76M est  medicare
MA: itchy blistering rash both arms after pulling weeds sat -dk
s/p exc bcc R upper back 6/3 - not here for that, no issues per pt, wound not examined today, suture
removal already booked 6/15
new problem: pulled vines in yard 6/6, now streaky itchy vesicles both forearms + L cheek, not sleeping
exam: linear erythematous vesicular plaques bilat forearms, few papules L cheek, no secondary infection
a/p acute acd d/t poison ivy, limited (<10% bsa) but face involved -> rx triamcinolone 0.1% cr bid to arms (not face),
hc 2.5% to cheek, cetirizine qhs; if spreading call -> would consider pred taper
99213 - unrelated to the surgery
""",
    "expected": E([L("99213", 1, "24")], dx={"99213": ["L23.7"]}),
    "coder_note": "GS-5: E/M for a problem unrelated to the 6/3 excision, inside its 10-day global -> 24.",
})

SCENARIOS.append({
    "id": "s56-po-new-cheek-lesion-bx-in-global-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "Shave bx of a new R cheek lesion 7 days after 11603 on L thigh (010 global), pre-coded 11102 -> 11102-79",
    "date": "2026-06-09",
    "patient": ("Ainsworth", "Phyllis", "1946-02-20", "female"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 15,
    "conditions": [
        C("c1", "Actinic keratosis, hypertrophic", "L57.0", "Right cheek", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy of skin, single lesion", cpt="11102", site="Right cheek", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2026-06-02", "11603", "Excision malignant lesion trunk/arms/legs 2.1-3.0 cm", site="Left anterior thigh",
              note="SCC L thigh excised"),
    ],
    "path": [
        {"text": "Skin, right cheek, shave biopsy: hypertrophic actinic keratosis; no invasive carcinoma.",
         "site": "Right cheek", "date": "2026-06-12"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """06/09/26  80F est  humana
MA: new spot R cheek, s/p exc L thigh 6/2 -jr
L thigh exc site fine per pt, not examined today - sutures out 6/16 as planned
new: scaly bump R cheek x 2 mo, growing, tender; unrelated to the thigh
exam: R cheek 6 mm hyperkeratotic pink papule, ddx hypertrophic ak vs scc
proc: consent, lido w/ epi, tangential bx w/ dermablade, drysol, to path
path 6/12: hypertrophic ak, no scc
a/p R cheek lesion bx'd = hak, will ln2 any residual at 6/16 visit
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"], dx={"11102": ["L57.0"]}),
    "coder_note": "GS-5: unrelated procedure (new lesion, different site) inside the 10-day global of the 6/2 "
                  "excision -> 79 on the biopsy.",
})

# ---------------------------------------------------------------------------------------------------------------
# mixed
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s56-mx-rosacea-em25-bx-arm-ln2-aks",
    "family": "mixed", "shape": "free-text",
    "description": "Rosacea flare w/ new Rx (99214-25) + shave bx L upper arm + LN2 3 scalp AKs (17000-XS, 17003 x2), Medicare",
    "date": "2026-06-23",
    "patient": ("Marchetti-Boyle", "Frances", "1950-08-28", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Rosacea", "L71.9", "Central face", reason=True),
        C("c2", "Basal cell carcinoma of skin of left upper limb", "C44.612", "Left upper arm", reason=True),
        C("c3", "Actinic keratosis", "L57.0", "Scalp", reason=True),
    ],
    "procedures": [
        P("shave biopsy", site="L upper arm", note="7 mm pink shiny papule, tangential bx", reasons=["c2"]),
        P("cryo aks", site="scalp", note="3 aks, ln2 2 cycles", reasons=["c3"]),
    ],
    "path": [
        {"text": "Skin, left upper arm, shave biopsy: basal cell carcinoma, superficial type.",
         "site": "Left upper arm", "date": "2026-06-26"},
    ],
    "note_title": "Office Visit",
    "note": HDR + """6/23/26  75F est  medicare
MA: rosacea worse + spot on arm + scalp spots -tb
1) rosacea flaring x 2 mo w/ papules/pustules + burning, metronidazole gel not working anymore, flushing w/
wine. 2) pink spot L upper arm x 3 mo, bleeds when she scratches. 3) rough spots scalp
exam: central face erythema, telangiectasia, papules/pustules cheeks + chin, no ocular sx // L upper arm 7 mm
shiny pink papule // scalp 3 gritty aks (vertex x2, R parietal x1)
a/p
papulopustular rosacea flare -> stop metro, start ivermectin 1% cr daily + doxycycline 40 mg mr daily x 12 wk,
trigger avoidance, rtc 3 mo
L upper arm lesion r/o bcc -> tangential bx today, to path
aks x3 scalp -> ln2 2 cycles
99214-25 (rosacea mgmt separate from procedures)
path 6/26: superficial bcc L arm -> will call pt re ed&c
""",
    "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 2)]),
    "coder_note": "GS-3: rosacea management with new prescriptions is separately identifiable -> 99214-25. 11102 "
                  "for the arm bx; 3 AKs -> 17000 + 17003 x2. 11102/17000 is indicator 1 with the biopsy as column 1 "
                  "-> XS on 17000 (different lesion); 17003 has no edit with 11102.",
})

SCENARIOS.append({
    "id": "s56-mx-cyst-exc-punch-shin-em25-g2211-dropped",
    "family": "mixed", "shape": "pre-coded",
    "description": "Benign cyst exc R back 2.6 cm (11403) + punch bx L shin (11104-XS) + AD f/u 99213-25; G2211 requested -> dropped",
    "date": "2026-06-25",
    "patient": ("Cunningham", "Harvey", "1953-03-09", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 45, "em": "99213",
    "conditions": [
        C("c1", "Epidermal cyst", "L72.0", "Right upper back", reason=True),
        C("c2", "Dermatofibroma", "D23.72", "Left shin", reason=True),
        C("c3", "Atopic dermatitis", "L20.9", "Flexures", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk 2.1-3.0 cm", cpt="11403", site="Right upper back",
          note="cyst 2.2 cm + 2 mm margins", reasons=["c1"]),
        P("Punch biopsy of skin, single lesion", cpt="11104", site="Left shin", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Right upper back, excision: epidermoid cyst. B. Left shin, punch: dermatofibroma.",
         "site": "Right upper back; left shin", "date": "2026-06-29"},
    ],
    "note_title": "Office Visit",
    "note": HDR + """06/25/2026  73M est  medicare
MA: cyst removal today + eczema f/u + new bump on shin -kt
1) painful cyst R upper back, swelled + tender twice this yr, hurts against chair
2) new firm bump L shin x 4 mo, pink, growing a little
3) atopic derm f/u - flexures flaring, itch keeping him up, tmc not enough
exam: R upper back 2.2 cm subq cyst w/ punctum, tender // L shin 7 mm firm pink papule, dimple sign equivocal
// antecubital + popliteal lichenified eczematous plaques
proc 1: cyst excised w/ 2 mm margins (2.6 cm excised diameter), sac intact, simple closure 4-0 nylon
proc 2: 4mm punch bx L shin (separate site), 1 suture
both to path
a/p
cyst R back excised // L shin bump r/o bcc vs df -> bx
atopic derm flare -> switch to tacrolimus 0.1% oint bid to flexures + clobetasol oint 2 wk pulses, dupixent
discussed, wet wraps handout
bill: 99213-25 + g2211 (longitudinal ad care)
path 6/29: epidermoid cyst // dermatofibroma
""",
    "expected": E([L("11403"), L("11104", 1, "XS"), L("99213", 1, "25")]),
    "coder_note": "EX-1: 2.2 + 2 x 0.2 = 2.6 cm trunk -> 11403; 11403/11104 indicator 1, separate site -> XS on 11104. "
                  "AD management separately identifiable -> 99213-25. EM-6: G2211 not payable with an E/M-25 -> not "
                  "billed.",
})

SCENARIOS.append({
    "id": "s56-mx-finger-warts-plus-earlobe-keloid-il",
    "family": "mixed", "shape": "free-text",
    "description": "LN2 6 finger warts (17110) + IL Kenalog-40 0.2 mL to L earlobe keloid (11900-XS, J3301 x1), Aetna",
    "date": "2026-06-30",
    "patient": ("Yamamoto", "Kenji", "1998-12-05", "male"),
    "provider": DOC, "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris", "B07.8", "Fingers", reason=True),
        C("c2", "Keloid", "L91.0", "Left earlobe", reason=True),
    ],
    "procedures": [
        P("cryo warts", site="R index, R middle, L thumb, L index x2, L ring fingers", note="6 warts ln2",
          reasons=["c1"]),
        P("intralesional kenalog", site="L earlobe", note="kenalog 40 mg/ml 0.2 ml = 8 mg into keloid",
          reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": HDR + """6/30/26  27M est  aetna
MA: warts fingers + ear keloid shot -dk
warts on fingers spreading, 6 now, catch on guitar strings + hurt; keloid L earlobe from piercing, itchy,
had il tac x1 in april w/ some flattening
exam: 6 verrucous papules fingers (R index, R middle, L thumb, L index x2, L ring) // L earlobe 1.2 cm firm
keloid, separate site from the warts
proc: ln2 2 cycles to 6 warts // il kenalog 40 mg/ml 0.2 ml (8 mg) into earlobe keloid
a/p warts x6 -> ln2 rtc 3 wk // keloid -> il tac q 4-6 wk
""",
    "expected": E([L("17110"), L("11900", 1, "XS"), L("J3301")]),
    "coder_note": "17110 for 6 warts; 11900 for 1 keloid; 17110/11900 indicator 1, different lesion -> XS on 11900. "
                  "8 mg triamcinolone -> J3301 x1.",
})

SCENARIOS.append({
    "id": "s56-mx-shave-nevus-back-plus-axillary-tags",
    "family": "mixed", "shape": "free-text",
    "description": "Shave removal 0.4 cm irritated nevus L lower back (11300) + 5 inflamed R axillary tags (11200-XS), Medicaid MCO",
    "date": "2026-07-02",
    "patient": ("Dlamini", "Thandiwe", "1984-06-19", "female"),
    "provider": DOC, "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Melanocytic nevus of trunk, irritated", "D22.5", "Left lower back", reason=True),
        C("c2", "Acrochordons, inflamed", "L91.8", "Right axilla", reason=True),
    ],
    "procedures": [
        P("shave removal", site="L lower back", note="0.4 cm raised nevus, rubs on waistband, bled", reasons=["c1"]),
        P("skin tag removal", site="R axilla", note="5 tags, red/irritated from deodorant + shaving, snip + cautery",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, left lower back, shave: intradermal nevus, irritated.", "site": "Left lower back",
         "date": "2026-07-06"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """07/02/2026  42F est  molina medicaid
MA: mole on back bleeding + armpit tags irritated -tb
raised mole L lower back catches on waistband, bled x2; tags R armpit red + sore w/ shaving
exam: L lower back 0.4 cm soft dome papule w/ excoriation, benign appearing // R axilla 5 inflamed
pedunculated acrochordons
proc: lido w/ epi, shave removal of nevus flush, drysol, to path // then snip removal of 5 tags R axilla w/
gradle scissors + hyfrecator, not sent
path 7/6: intradermal nevus
a/p irritated nevus removed // inflamed skin tags x5 removed // rtc prn
""",
    "expected": E([L("11300"), L("11200", 1, "XS")]),
    "coder_note": "SH-1: trunk 0.4 cm -> 11300; 5 tags -> 11200. 11300/11200 indicator 1, different lesions -> XS on "
                  "11200.",
})


def _sign(date: str) -> str:
    y, m, d = date.split("-")
    return ("--\nMA: avs printed, pt verbalized understanding of plan + wound/aftercare as applicable\n"
            f"electronically signed: June Abernathy MD {m}/{d}/{y}\n")


for _s in SCENARIOS:
    _s["note"] = _s["note"].rstrip("\n") + "\n" + _sign(_s["date"])
