"""Sealed set 50 (s50-): a consultant dermatologist's clinic letters and her partner's terse notes.

Dr. Henrietta Voss (provider "voss"), senior consultant, dictates every visit as a letter to the referring
physician (history, examination, what she did today, what she offered but did not do, plans); some letters copy
in the patient. Her younger partner Dr. Jordan Pike (provider "pike") writes terse US bullet notes. Expected
answers come only from the rule book (sections 2-7, 10), docs/coding_conventions.md and the tests/corpus
README "Coding decisions".
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =====================================================================================================
# Batch 1
# =====================================================================================================

SCENARIOS.append({
    "id": "s50-bx-shin-punch-plus-two-shaves",
    "family": "biopsy", "shape": "note-only",
    "description": "Consultant letter: 4 mm punch of a shin plaque plus shave biopsies of an arm papule and a back lesion",
    "date": "2025-04-08",
    "patient": ("Pemberton", "Gwendolyn", "1948-05-19", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Hypertrophic lichen planus, left shin", "L43.0", "Left shin", reason=True),
        C("c2", "Papule right upper arm, rule out basal cell carcinoma", None, "Right upper arm"),
        C("c3", "Crusted lesion of mid back", None, "Mid back"),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Whitcombe,

Re: Mrs Gwendolyn Pemberton, DOB 05/19/1948

Thank you for asking me to see Mrs Pemberton, whom I saw today in clinic with her daughter. She tells me
that for about five months she has had intensely itchy, thickened purplish patches on the front of the left
shin which have not responded to the hydrocortisone cream you suggested. She also drew my attention to a
small shiny spot on the back of her right upper arm that has been slowly getting bigger, and her daughter
had noticed a crusted lesion in the middle of her back which catches on her bra.

On examination there are three violaceous, hyperkeratotic plaques over the left shin, the largest about
4 cm across, with some Wickham's striae at the edges. Her mouth and nails are normal. On the right upper arm
there is a 6 mm pearly papule with fine telangiectasia, and in the mid back a 9 mm crusted, slightly
inflamed keratotic papule. Elsewhere she has a sprinkling of solar lentigines and a few rough spots at the
temples which feel like actinic keratoses.

I think the shin plaques are most likely hypertrophic lichen planus, although a hypertrophic eczema is the
alternative. To sort this out I took a 4 mm punch biopsy from the edge of the most typical plaque on the
left shin today and closed it with a single 4-0 nylon suture. I also took shave biopsies from the pearly
papule on the right upper arm, which I suspect is a basal cell carcinoma, and from the crusted lesion in
the middle of the back, to be sure of what it is. All three specimens have gone to the laboratory in
separate pots.

I offered to freeze the rough spots on her temples today, but she would rather wait until we have the
results and deal with everything at once, which is entirely reasonable. I have not started any new
treatment for the shins until the histology is back.

I will write again with the results. If the arm lesion is a basal cell carcinoma I will see her to discuss
treatment, most likely curettage or excision.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist

cc: Mrs G. Pemberton
""",
    "path": [
        {"text": "A. Skin, left shin, punch: hypertrophic lichen planus.", "site": "Left shin", "date": "2025-04-11"},
        {"text": "B. Skin, right upper arm, shave: superficial and nodular basal cell carcinoma, deep margin clear.",
         "site": "Right upper arm", "date": "2025-04-11"},
        {"text": "C. Skin, mid back, shave: irritated seborrheic keratosis.", "site": "Mid back", "date": "2025-04-11"},
    ],
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["L43.0"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary, each shave biopsy takes 11103. Cryotherapy "
                  "of the temple AKs was offered and declined (not coded). No E/M selected.",
})

SCENARIOS.append({
    "id": "s50-bx-scalp-two-punches-deleted-codes",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Partner note: two scalp punch biopsies pre-coded with deleted 11100/11101",
    "date": "2025-05-13",
    "patient": ("Adebayo-Clarke", "Simone", "1979-11-02", "female"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Scarring alopecia, vertex and crown", None, "Scalp", reason=True),
    ],
    "procedures": [
        P("Skin biopsy, single lesion", cpt="11100", site="Scalp, vertex",
          note="4 mm punch, taken to fat, for horizontal sections. 4-0 Prolene x1.", reasons=["c1"]),
        P("Skin biopsy, each additional lesion", cpt="11101", site="Scalp, crown",
          note="4 mm punch at active edge, for vertical sections. 4-0 Prolene x1.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """DERMATOLOGY - PROCEDURE NOTE
Jordan Pike, MD

S:
- 45 yo F, hair thinning vertex x 2 yrs, slowly spreading
- tender/burning scalp at times
- relaxers in 20s, braids w/ extensions until 2022
- tried OTC minoxidil 5% x 6 mo, no change

O:
- central vertex patch ~7 cm, shiny, loss of follicular ostia centrally
- perifollicular scale + mild erythema at crown margin
- eyebrows, lashes, nails nl
- no pustules

Proc (consent signed, time-out done):
- lido 1% w/ epi
- #1 4 mm punch bx vertex, deep to fat, for horizontal sectioning, 4-0 Prolene x1
- #2 4 mm punch bx crown, active edge, for vertical sectioning, 4-0 Prolene x1
- hemostasis w/ pressure, minimal EBL, tolerated well

A/P:
- scarring alopecia, likely CCCA vs LPP - bx x2 as above
- hold off on any new Rx until path back
- discussed intralesional steroid as an option - NOT done today, will decide after path
- suture removal 10-14 d w/ RN
""",
    "path": [
        {"text": "Scalp, vertex and crown, punch biopsies (2): central centrifugal cicatricial alopecia.",
         "site": "Scalp", "date": "2025-05-19"},
    ],
    "expected": E([L("11104"), L("11105")], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted 31 Dec 2018 (BX-1). Two punch biopsies -> 11104 + 11105. Intralesional "
                  "steroid discussed, not done.",
})

SCENARIOS.append({
    "id": "s50-bx-thigh-wedge-forearm-shave",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional wedge biopsy of a thigh plaque plus a shave biopsy of a forearm lesion; Medicaid MCO",
    "date": "2025-06-03",
    "patient": ("Kowalczyk", "Irena", "1969-02-27", "female"),
    "provider": "voss", "payer": "medicaid-mco", "minutes": 50,
    "conditions": [
        C("c1", "Indurated plaque, left lateral thigh", None, "Left lateral thigh", reason=True),
        C("c2", "Pigmented scaly lesion, right forearm", None, "Right forearm", reason=True),
    ],
    "procedures": [
        P("Incisional wedge biopsy with scalpel, down to subcutaneous fat", site="Left lateral thigh",
          note="Fusiform wedge 1.8 x 0.6 cm taken across the edge of the plaque into fat. Closed with "
               "interrupted 4-0 nylon, single layer.", reasons=["c1"]),
        P("Shave biopsy", site="Right forearm, extensor surface",
          note="Tangential shave sample of a 7 mm pigmented scaly macule; aluminium chloride for haemostasis.",
          reasons=["c2"]),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Farrukh,

Re: Mrs Irena Kowalczyk

Many thanks for referring Mrs Kowalczyk, whom I saw this morning. For about eight months she has had a
firm, slightly tender area on the outer left thigh which she first noticed as a bruise that never faded.
She is otherwise well, with no Raynaud's, no heartburn or tightness of the fingers, and no joint pains.

On examination there is an ill-defined, indurated, ivory-coloured plaque on the left lateral thigh, about
9 x 6 cm, with a lilac edge. I could not feel any deeper nodules. Incidentally, on the right forearm she
has a 7 mm pigmented, scaly macule that she says has darkened over the summer.

The thigh plaque looks to me like morphoea, but a panniculitis or a deeper process could look similar and
a superficial sample would not answer the question, so I took an incisional wedge biopsy with a scalpel
across the edge of the plaque, down into the fat, and closed it with a few nylon sutures. I also took a
shave biopsy of the forearm lesion, which I expect to be a pigmented actinic keratosis, though I would like
to be certain.

We talked about the treatment of morphoea (potent topical steroid, calcipotriol, phototherapy and, if it
were spreading, methotrexate). I have deliberately not started anything until we have the histology. I
have asked her to come back in two weeks for the sutures and the results.

With best wishes,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "path": [
        {"text": "A. Skin and subcutis, left thigh, incisional: morphea (localized scleroderma) with deep dermal "
                 "sclerosis; no panniculitis.", "site": "Left lateral thigh", "date": "2025-06-09"},
        {"text": "B. Skin, right forearm, shave: pigmented actinic keratosis.", "site": "Right forearm",
         "date": "2025-06-09"},
    ],
    "expected": E([L("11106"), L("11103")], dx={"11106": ["L94.0"]}),
    "coder_note": "BX-2: incisional outranks tangential -> 11106 primary + 11103 for the shave biopsy (AOC allows "
                  "11103 with 11106). Simple closure is included in 11106.",
})

SCENARIOS.append({
    "id": "s50-cos-sk-cryo-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Medicare FFS: asymptomatic seborrheic keratoses frozen at patient request, voluntary ABN",
    "date": "2025-06-17",
    "patient": ("Thistlewood", "Margaret", "1944-08-30", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Seborrheic keratoses, back and flanks", "L82.1", "Back and flanks", reason=True),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Mensah,

Re: Mrs Margaret Thistlewood

I saw Mrs Thistlewood again today. You will remember that I reviewed her skin in the spring, when we were
both reassured that the brown "crusty spots" on her back and flanks are simply seborrhoeic keratoses.

She came back because she dislikes the look of them, particularly in a swimming costume, and asked whether
I would freeze some of them. None of them itch, bleed, catch on clothing or have become red or sore, and
nothing has changed in size or colour since April. I looked at each of them again with the dermatoscope
today and I am entirely confident of the diagnosis; there is nothing here that worries me.

I explained that treating harmless keratoses for their appearance is cosmetic and is not covered by
Medicare, and that she would be responsible for the cost. She was happy to go ahead and signed the Advance
Beneficiary Notice voluntarily so that the claim can be sent and denied.

I then froze seven seborrhoeic keratoses on her back and flanks with liquid nitrogen, two freeze-thaw
cycles each. I have given her a leaflet about blistering and aftercare.

She asked about the larger one under her left breast but I suggested we leave it, as freezing there tends
to heal slowly; she agreed. I have not arranged further follow-up.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist

cc: Mrs M. Thistlewood
""",
    "expected": E([L("17110", 1, "GX", "GY")], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: asymptomatic SK (L82.1) destruction for appearance is statutorily excluded -> GY, "
                  "plus GX because a voluntary ABN is documented. 7 lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s50-cos-neck-tags-selfpay-with-biopsy",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Commercial: cosmetic neck skin-tag removal pre-coded with a separate tangential biopsy",
    "date": "2025-07-01",
    "patient": ("Fairweather", "Lucinda", "1983-03-14", "female"),
    "provider": "voss", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, neck", "L91.8", "Neck", reason=True),
        C("c2", "Changing pigmented lesion, right scapula", None, "Right scapula", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to 15", cpt="11200", site="Neck",
          note="12 small skin tags snipped with iris scissors; aluminium chloride.", reasons=["c1"]),
        P("Tangential biopsy of skin, single lesion", cpt="11102", site="Right scapula",
          note="Deep shave (saucerisation) biopsy of a 6 mm irregular pigmented macule.", reasons=["c2"]),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Nwosu,

Re: Ms Lucinda Fairweather

Thank you for referring Ms Fairweather, whom I saw today about a mole on her right shoulder blade that her
partner thinks has changed shape over the last few months.

On examination there is a 6 mm irregular, two-toned brown macule over the right scapula, with an
asymmetric network on dermoscopy. Elsewhere she has a modest number of regular naevi. Because of the
history of change and the dermoscopic asymmetry I took a saucerisation biopsy of it today, which has gone
to the laboratory.

While she was here she asked me to remove the small skin tags on her neck. She has about a dozen; they do
not catch, bleed, itch or become inflamed, and she simply does not like the way they look. I explained that
this is cosmetic, that her insurer will not pay for it, and she agreed to our self-pay fee. I snipped off
twelve tags with fine scissors.

I will write with the histology. If the lesion shows significant atypia I would recommend a narrow
excision.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "path": [
        {"text": "Skin, right scapula, saucerization: compound dysplastic nevus with mild cytologic atypia; "
                 "peripheral margin involved.", "site": "Right scapula", "date": "2025-07-07"},
    ],
    "expected": E([L("11102")], topics=["cosmetic"], dx={"11102": ["D22.5"]}),
    "coder_note": "Conventions, non-Medicare cosmetic: asymptomatic skin tags removed for appearance on a commercial "
                  "plan -> 11200 line removed (patient billed directly). The diagnostic biopsy of a changing lesion "
                  "stays; mild atypia is a nevus (D22.5).",
})

SCENARIOS.append({
    "id": "s50-cos-face-sk-shaves-no-abn",
    "family": "cosmetic", "shape": "free-text",
    "description": "Medicare FFS (MAC name only): two asymptomatic facial seborrheic keratoses shaved for appearance, no ABN",
    "date": "2025-07-22",
    "patient": ("Harrowgate", "Dorothy", "1941-12-09", "female"),
    "provider": "voss", "payer": "medicare-ngs", "minutes": 25,
    "conditions": [
        C("c1", "Seborrheic keratosis, left forehead", "L82.1", "Left forehead", reason=True),
        C("c2", "Seborrheic keratosis, right temple", "L82.1", "Right temple", reason=True),
    ],
    "procedures": [
        P("Shave removal of seborrheic keratosis", site="Left forehead",
          note="Lesion 0.4 cm. Removed flush with a flexible blade; aluminium chloride.", reasons=["c1"]),
        P("Shave removal of seborrheic keratosis", site="Right temple",
          note="Lesion 0.8 cm. Removed flush with a flexible blade; light electrocautery.", reasons=["c2"]),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Brannigan,

Re: Mrs Dorothy Harrowgate

I saw Mrs Harrowgate today. She has a granddaughter's wedding next month and asked me to remove two brown
"warty" spots from her face, one on the left forehead and one on the right temple, because she feels they
spoil her photographs.

Both are classical seborrhoeic keratoses, stuck-on, waxy and with milia-like cysts on dermoscopy. The
forehead lesion measures 4 mm and the temple lesion 8 mm. Neither has itched, bled, been inflamed or
changed; I have no diagnostic doubt about either, and she agrees she is asking purely for appearance.

I explained that Medicare does not pay for cosmetic removal, and she said she understood and would pay
herself. No Advance Beneficiary Notice was offered or signed. I shaved both lesions off flush with the
skin under local anaesthetic.

I have not arranged to see her again but would be happy to if anything new appears.

Yours sincerely,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "expected": E([L("11310", 1, "GY"), L("11311", 1, "GY")], dx={"11310": ["L82.1"], "11311": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: cosmetic removal of asymptomatic SKs, Medicare FFS -> GY (no voluntary ABN, so no GX). "
                  "Face shaves by lesion diameter: 0.4 cm -> 11310, 0.8 cm -> 11311.",
})

SCENARIOS.append({
    "id": "s50-ds-six-aks-scalp-hands",
    "family": "destruction", "shape": "note-only",
    "description": "Letter: six AKs frozen on scalp and hands; forehead AKs left for 5-FU",
    "date": "2025-08-05",
    "patient": ("Brackenbury", "Walter", "1939-04-04", "male"),
    "provider": "voss", "payer": "medicare-noname", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp and dorsal hands", "L57.0", "Scalp; dorsal hands", reason=True),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Petrakis,

Re: Mr Walter Brackenbury

I saw Mr Brackenbury for his six-monthly review today. He remains well and has had no new skin cancers
since the basal cell carcinoma we excised from his back in 2021, which has shown no sign of recurrence.

He has a crop of tender, gritty actinic keratoses: three thicker ones on the bald scalp and three on the
backs of his hands (two on the right, one on the left). I froze all six today with liquid nitrogen, using
a double freeze-thaw cycle on the thicker scalp lesions.

His forehead is a different matter: there are many thin, flat keratoses there, far too many to freeze
sensibly, and I have not treated them today. Instead I have given him 5-fluorouracil 5% cream twice daily
for three weeks to the forehead. If that does not clear them I would be happy to offer photodynamic therapy
in the autumn.

I found nothing suspicious of a further skin cancer. I will see him again in six months.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "expected": E([L("17000"), L("17003", 5)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: six AKs destroyed -> 17000 + 17003 x5. The forehead AKs were treated with a prescription "
                  "cream, not destroyed; PDT is only a future option. No E/M selected.",
})

SCENARIOS.append({
    "id": "s50-ds-eighteen-aks-precoded-17004",
    "family": "destruction", "shape": "pre-coded",
    "description": "Partner note: 18 AKs pre-coded 17000 + 17003 x17; should be 17004",
    "date": "2025-08-19",
    "patient": ("Lindahl", "Gunnar", "1946-10-22", "male"),
    "provider": "pike", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, multiple", "L57.0", "Scalp, forehead, ears, dorsal hands", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Scalp", reasons=["c1"]),
        P("Destruction premalignant lesions, 2-14, each", cpt="17003", site="Scalp, forehead, ears, dorsal hands",
          note="17 additional AKs", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """DERM PROCEDURE - LN2 CRYO
Jordan Pike, MD

- 78 yo M, hx multiple AKs, last cryo 7 mo ago
- new rough/tender spots scalp + hands
- no new growths, no bleeding lesions

Exam:
- scalp: 9 AKs
- forehead: 4 AKs
- R helix 1, L helix 1
- dorsal hands: R 2, L 1
- total 18 AKs, all treated
- no SCC-like lesions, no nodules

Proc:
- verbal consent, LN2 spray, 1-2 FTC each
- 18 AKs destroyed total
- tolerated well, aftercare sheet given

Plan:
- sun protection, recheck 6 mo
- consider field tx (5-FU) if >10 new next time - not prescribed today
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more AKs -> 17004 x1 instead of 17000/17003 (PTP 17004/17000 and 17004/17003 are "
                  "indicator 0).",
})

SCENARIOS.append({
    "id": "s50-ds-edc-sbcc-upper-back",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of a biopsy-proven superficial BCC on the upper back; sized by final defect; prior biopsy 3 weeks ago",
    "date": "2025-09-09",
    "patient": ("Vandermeer", "Pieter", "1958-01-17", "male"),
    "provider": "voss", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
    ],
    "prior": [PRIOR("2025-08-19", "11102", "Tangential biopsy of skin", "Left upper back",
                    "Shave biopsy of 9 mm erythematous scaly plaque; path superficial BCC.")],
    "procedures": [
        P("Electrodesiccation and curettage of biopsy-proven basal cell carcinoma", site="Left upper back",
          note="Clinical lesion 0.9 cm. Three cycles of curettage and electrodesiccation. Final defect 1.4 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Sorensen,

Re: Mr Pieter Vandermeer

Mr Vandermeer came back today to have the superficial basal cell carcinoma on his left upper back
treated. You will have seen from my last letter that the shave biopsy I took three weeks ago confirmed a
superficial basal cell carcinoma; the biopsy site has healed nicely.

We discussed the options again - curettage and cautery, excision, imiquimod cream and photodynamic
therapy. Given that it is a small superficial tumour on the trunk he chose curettage and cautery. Under
local anaesthetic I curetted the lesion, which measured 0.9 cm clinically, and gave it three cycles of
curettage and electrodesiccation; the final wound measured 1.4 cm across.

I have explained that it will take three or four weeks to heal and will leave a pale round scar. I will
see him in three months for a full skin check, as he has a lot of sun damage from years of sailing.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "DS-4: malignant destruction, trunk, sized by the final curettage defect 1.4 cm -> 17262 (not the "
                  "0.9 cm lesion). Prior biopsy is global 000, so no global-period modifier.",
})

SCENARIOS.append({
    "id": "s50-em-screening-only-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS new patient: screening-only full-skin exam, no history, no complaint, nothing found",
    "date": "2025-09-23",
    "patient": ("Ashdown", "Frederick", "1955-09-12", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Gallacher,

Re: Mr Frederick Ashdown

Thank you for asking me to see Mr Ashdown, who has just turned seventy and whose wife has been encouraging
him to "have his skin checked". I saw him today in clinic.

He has no skin complaints at all: no new or changing moles, nothing that bleeds, itches or will not heal.
He has never had a skin cancer and there is no family history of melanoma or other skin cancer. He has not
had any skin lesions treated in the past. He works indoors and has never used sunbeds.

I examined his skin from scalp to soles, including the mouth, nails and genital area, with the dermatoscope
where helpful. I found no suspicious lesions and nothing that requires treatment, biopsy or follow-up.

I have reassured him and given him our leaflet on sun protection and self-examination, and asked him to
contact you if anything changes. I have not arranged to see him again.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist

cc: Mr F. Ashdown
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README coding decisions: Medicare screening-only full-skin exam with no history, no "
                  "complaint and nothing found -> E/M with GY (statutory screening exclusion).",
})

# =====================================================================================================
# Batch 2
# =====================================================================================================

SCENARIOS.append({
    "id": "s50-em-hand-dermatitis-new-consult",
    "family": "em", "shape": "note-only",
    "description": "Commercial new-patient consult for hand dermatitis, prescriptions; patch testing offered and declined",
    "date": "2025-10-07",
    "patient": ("Delacroix", "Amelie", "1990-06-21", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Irritant contact dermatitis of hands", "L24.9", "Both hands", reason=True),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Iyer,

Re: Ms Amelie Delacroix

Thank you for asking me to see Ms Delacroix, a 35-year-old intensive care nurse, with a six-month history
of sore, cracked hands. She washes her hands and uses alcohol gel perhaps sixty times a shift, and wears
nitrile gloves for long periods. The rash settles noticeably on holiday and flares within days of going
back to work. She had mild eczema as a child but nothing since. She has tried an over-the-counter 1%
hydrocortisone and a barrier cream without much benefit.

On examination there is dry, fissured, scaly dermatitis over the backs of the hands and the finger webs,
worse on the right, with a few fissures over the knuckles. The palms are relatively spared, there are no
vesicles, and the nails and the rest of her skin are normal.

I think this is an irritant hand dermatitis driven by wet work. I have prescribed clobetasol propionate
0.05% ointment twice daily for two weeks, then weekends only, and tacrolimus 0.1% ointment on weekdays
for maintenance, with a bland emollient at every opportunity and cotton liners under her gloves. I have
written a letter to her occupational health department.

I discussed patch testing with her, as an allergic element is always possible, but as the history points
so clearly to irritation she would rather see how she does with treatment first; I have not booked it.
I have not arranged routine follow-up and have asked her to come back to you if it does not settle within
two months, in which case I would be glad to see her again for patch testing.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "expected": E([L("99204")], dx={"99204": ["L24.9"]}),
    "coder_note": "E/M only; provider-selected new-patient level kept (prescription drug management, new problem). "
                  "Patch testing was offered but not done.",
})

SCENARIOS.append({
    "id": "s50-em-new-patient-wart-decision-only",
    "family": "em", "shape": "free-text",
    "description": "Medicare Advantage new patient referred for one finger wart, frozen; E/M is only the decision",
    "date": "2025-10-14",
    "patient": ("Rutherford", "Colin", "1951-03-03", "male"),
    "provider": "voss", "payer": "medicare-advantage", "minutes": 15, "em": "99202",
    "conditions": [
        C("c1", "Common wart, right index finger", "B07.8", "Right index finger", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of common wart", site="Right index finger",
          note="Single 6 mm verruca vulgaris on the radial side of the finger. Pared lightly, then liquid "
               "nitrogen, two freeze-thaw cycles.", reasons=["c1"]),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Okafor,

Re: Mr Colin Rutherford

Thank you for referring Mr Rutherford, whom I saw today about the wart on his right index finger. It has
been there for about a year, catches when he does woodwork and has not responded to salicylic acid paint.

On examination there is a single 6 mm common wart on the radial side of the right index finger. There are
no other warts. He has no other skin concerns, and I did not find anything else that needed attention.

After a brief discussion of the options he was keen to have it frozen, so I pared it lightly and treated
it with liquid nitrogen, two freeze-thaw cycles. I have told him it may blister.

If it is still present in four weeks your practice nurse could repeat the freezing; he does not need to
come back to see me.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "GS-3 / README: the only work is the decision to freeze the wart; a new patient alone does not "
                  "justify an E/M, so the 99202 line is removed. Medicare Advantage, so no GA/GY/GZ logic.",
})

SCENARIOS.append({
    "id": "s50-em-psoriasis-flare-plus-shoulder-biopsy",
    "family": "em", "shape": "pre-coded",
    "description": "Medicare FFS: psoriasis flare with drug change (99214) plus biopsy of a separate shoulder papule",
    "date": "2025-10-21",
    "patient": ("Hollingsworth", "Bernard", "1950-07-08", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, flare", "L40.0", "Elbows, knees, lower back", reason=True),
        C("c2", "Pearly papule, left shoulder", None, "Left shoulder", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy of skin, single lesion", cpt="11102", site="Left shoulder",
          note="Shave biopsy of 5 mm pearly papule.", reasons=["c2"]),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Mensah,

Re: Mr Bernard Hollingsworth

I saw Mr Hollingsworth today for review of his psoriasis, which has flared badly over the last two months
after a chest infection. He now has thick plaques on both elbows, both knees and across the lower back,
roughly 8% of his body surface, and the itching is keeping him awake. The calcipotriol-betamethasone gel
is no longer holding it.

We talked at some length about the options. He is reluctant to travel three times a week for
phototherapy, and with his history of treated hepatitis I would rather avoid methotrexate. I have
therefore started apremilast with the usual titration pack, and explained the common side effects of
nausea, loose stools and, rarely, low mood; he has no history of depression. He will continue the gel on
the worst plaques in the meantime. I have asked for a weight at each visit.

Separately, he showed me a small spot on the back of his left shoulder that his wife noticed a few weeks
ago. It is a 5 mm pearly papule with arborising vessels on dermoscopy, and I took a shave biopsy of it
today as I suspect a basal cell carcinoma.

I will see him in eight weeks to see how he is getting on with apremilast, and will write separately with
the biopsy result.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "path": [
        {"text": "Skin, left shoulder, shave biopsy: basal cell carcinoma, nodular type.", "site": "Left shoulder",
         "date": "2025-10-27"},
    ],
    "expected": E([L("99214", 1, "25"), L("11102")], dx={"99214": ["L40.0"], "11102": ["C44.619"]}),
    "coder_note": "GS-3: psoriasis flare with prescription drug management is significant and separately "
                  "identifiable from the biopsy decision -> 99214-25 (PTP 11102/99214 indicator 1). EM-6: no G2211 "
                  "with a modifier-25 E/M.",
})

SCENARIOS.append({
    "id": "s50-exb-inflamed-cyst-upper-back-layered",
    "family": "excision-benign", "shape": "note-only", "html": True,
    "description": "HTML letter: recurrently inflamed epidermoid cyst of the upper back excised with layered closure",
    "date": "2025-11-04",
    "patient": ("Ogilvie", "Duncan", "1976-12-30", "male"),
    "provider": "voss", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Epidermoid cyst, upper back, recurrently inflamed", "L72.0", "Upper back", reason=True),
    ],
    "note_title": "Clinic Letter",
    "note": """<html><body>
<p>Dear Dr. Petrakis,</p>
<p><b>Re: Mr Duncan Ogilvie</b></p>
<p>Thank you for referring Mr Ogilvie with the cyst on his upper back. It has been present for several
years, but over the last twelve months it has become red, swollen and painful on two occasions, each
needing a course of antibiotics from you. It is quiet at the moment, which makes this a good time to remove
it.</p>
<p>On examination there is a firm, mobile, dome-shaped cyst between the shoulder blades, just to the right
of the midline, with a central punctum. It measures 1.8 cm across. There is some surrounding scarring from
the previous episodes of inflammation.</p>
<p>After discussing the risks of scarring, infection and recurrence, I excised it today under local
anaesthetic with a 2 mm margin of skin around the punctum, taking a fusiform ellipse down to fat. The sac
was partly adherent from the previous inflammation and was dissected out intact. Because of the tension on
the upper back I closed the wound in layers, with buried 3-0 Vicryl dermal sutures and 4-0 nylon to the
skin; the final wound length was 4.0 cm.</p>
<p>I offered to remove a small cyst on his left earlobe at the same time, but it does not bother him and he
preferred to leave it.</p>
<p>The sutures can come out with your practice nurse in 12 to 14 days. I will let you know the histology.</p>
<p>With kind regards,<br/>Henrietta Voss, MD FRCP<br/>Consultant Dermatologist</p>
<p>cc: Mr D. Ogilvie</p>
</body></html>
""",
    "path": [
        {"text": "Skin and subcutis, upper back, excision: ruptured epidermoid (infundibular) cyst with foreign body "
                 "giant cell reaction; benign.", "site": "Upper back", "date": "2025-11-10"},
    ],
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 1.8 cm + 2 x 0.2 cm = 2.2 cm, trunk, benign -> 11403. EX-5: layered closure 4.0 cm on the "
                  "trunk -> 12032 reported separately. The earlobe cyst was offered, not removed.",
})

SCENARIOS.append({
    "id": "s50-exb-dermatofibroma-thigh-wrong-band",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Partner note: dermatofibroma excision pre-coded 11402 (ellipse length) + 12031 for a simple closure",
    "date": "2025-11-18",
    "patient": ("Munroe", "Patricia", "1956-04-15", "female"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Dermatofibroma, left thigh, tender and enlarging", "D23.72", "Left anterior thigh", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, trunk/arms/legs, 1.1-2.0 cm", cpt="11402", site="Left anterior thigh",
          note="Ellipse 3.0 x 1.0 cm.", reasons=["c1"]),
        P("Repair, intermediate, 2.5 cm or less", cpt="12031", site="Left anterior thigh",
          note="Closed with 4-0 nylon simple interrupted.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """PROCEDURE NOTE - EXCISION
Jordan Pike, MD

Indication:
- firm papule L ant thigh x 3 yrs
- enlarging over last 6 mo, tender, bleeds when she catches it shaving (3x per pt)
- clinically DF; pt wants it out

Pre-op:
- lesion 0.7 x 0.6 cm
- margins 1.5 mm
- consent, time-out, site marked

Proc:
- lido 1% w/ epi, chlorhex prep
- fusiform ellipse 3.0 x 1.0 cm to superficial fat
- hemostasis w/ hyfrecator
- closed w/ 4-0 nylon simple interrupted, single layer, no deep sutures
- EBL minimal, no complications

Post:
- vaseline + bandage, wound care sheet
- SR 10-14 d
- path pending
""",
    "path": [
        {"text": "Skin, left thigh, excision: dermatofibroma (benign fibrous histiocytoma), margins clear.",
         "site": "Left anterior thigh", "date": "2025-11-24"},
    ],
    "expected": E([L("11401")], topics=["coding-correction"], dx={"11401": ["D23.72"]}),
    "coder_note": "EX-1: excised diameter = 0.7 + 2 x 0.15 = 1.0 cm -> 11401 (ellipse length is not used). Single-layer "
                  "closure is a simple repair, included in the excision (EX-5) -> 12031 removed.",
})

SCENARIOS.append({
    "id": "s50-exb-scalp-pilar-cyst-no-lesion-size",
    "family": "excision-benign", "shape": "free-text",
    "description": "Partner note: scalp pilar cyst excised, no lesion size recorded; layered closure length documented",
    "date": "2025-12-02",
    "patient": ("Ferreira", "Joana", "1985-09-09", "female"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Pilar cyst, occipital scalp, painful", "L72.11", "Occipital scalp", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Occipital scalp",
          note="Cyst removed intact with sac through a fusiform incision.", reasons=["c1"]),
        P("Layered closure", site="Occipital scalp",
          note="4-0 Vicryl deep dermal, 4-0 nylon running superficial. Closure length 3.1 cm.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """PROCEDURE - CYST EXCISION
Jordan Pike, MD

S:
- 40 yo F, lump back of scalp several yrs
- sore when lying on it / brushing hair, getting bigger
- no drainage, never infected

O:
- firm mobile subQ cyst occipital scalp, smooth, no punctum
- no other scalp lesions

Proc:
- consent, time-out
- hair trimmed, chlorhex
- lido 1% w/ epi
- fusiform incision over cyst, blunt dissection, cyst removed intact w/ wall
- layered closure: 4-0 Vicryl deep dermal, 4-0 nylon running
- closure length 3.1 cm
- pressure dressing, tolerated well

A/P:
- pilar cyst, excised - path sent
- SR 10 d
""",
    "path": [
        {"text": "Scalp, excision: pilar (trichilemmal) cyst, benign.", "site": "Occipital scalp",
         "date": "2025-12-08"},
    ],
    "expected": E([L("12032")], topics=["missing-documentation"]),
    "coder_note": "README coding decisions: no lesion size documented -> no excision line (missing-documentation); "
                  "the separately documented layered closure of 3.1 cm on the scalp stays -> 12032.",
})

SCENARIOS.append({
    "id": "s50-exm-scc-right-forearm-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Letter: biopsy-proven SCC of the right forearm excised with 4 mm margins and layered closure",
    "date": "2025-12-09",
    "patient": ("Whitlock", "Harold", "1942-02-14", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right forearm", "C44.622", "Right dorsal forearm", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "prior": [PRIOR("2025-11-12", "11102", "Tangential biopsy of skin", "Right dorsal forearm",
                    "Shave biopsy; well-differentiated SCC.")],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Gallacher,

Re: Mr Harold Whitlock

Mr Whitlock returned today for excision of the squamous cell carcinoma on his right forearm, which the
shave biopsy I took four weeks ago showed to be well differentiated. He has been well in the meantime. You
will recall he had a basal cell carcinoma removed from his nose some years ago, with no recurrence.

The tumour on the back of the right forearm measured 1.2 cm across today. Under local anaesthetic I
excised it with a 4 mm margin all round, taking an ellipse down to fascia. The forearm skin is thin and
sun-damaged, so I closed the wound in two layers, with buried 4-0 Monocryl and interrupted 4-0 nylon; the
repaired wound was 4.6 cm long.

He has a few actinic keratoses on the backs of both hands. I did not treat these today; I will freeze them
at his next visit once this wound has healed.

Sutures out in 12 days with your nurse. I will write with the histology and see him in three months.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "path": [
        {"text": "Skin, right forearm, excision: invasive squamous cell carcinoma, well differentiated, 3.2 mm "
                 "thick; peripheral and deep margins clear (closest 3 mm).", "site": "Right forearm",
         "date": "2025-12-15"},
    ],
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.622"]}),
    "coder_note": "EX-1: 1.2 + 2 x 0.4 = 2.0 cm, arm, malignant -> 11602. Layered closure 4.6 cm on an extremity -> "
                  "12032. Prior biopsy global 000. AKs not treated today.",
})

SCENARIOS.append({
    "id": "s50-exm-mis-reexcision-in-global-precoded-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Medicare FFS: re-excision for MIS margin 8 days after diagnostic excision; pre-coded 11403, negative path",
    "date": "2026-01-13",
    "patient": ("Everleigh", "Constance", "1952-05-05", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Melanoma in situ, left lower back, lateral margin involved", "D03.59", "Left lower back",
          reason=True),
    ],
    "prior": [PRIOR("2026-01-05", "11602", "Excision of pigmented lesion", "Left lower back",
                    "Diagnostic excision, 2 mm margins. Path: melanoma in situ, lateral margin involved.")],
    "procedures": [
        P("Excision benign lesion, trunk, 2.1-3.0 cm", cpt="11403", site="Left lower back",
          note="Re-excision of scar, 5 mm margins. Simple interrupted closure.", reasons=["c1"]),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Brannigan,

Re: Mrs Constance Everleigh

As I mentioned on the telephone, the irregular pigmented lesion I excised from Mrs Everleigh's left lower
back eight days ago turned out to be a melanoma in situ, with the in-situ component reaching the lateral
margin. I explained at the time that we would need to take a wider margin, and she came back today for
this, as we had planned.

The healing scar measured 1.6 cm. Under local anaesthetic I re-excised it with a 5 mm margin all round,
down to fascia, and closed the wound side to side in a single layer of interrupted 3-0 nylon; no deep
sutures were needed.

The pathologist has already reported the re-excision specimen: there is no residual melanoma in situ and
the margins are clear. That is excellent news, and I have told her so by telephone this afternoon.

As this was an in-situ melanoma she does not need a sentinel node biopsy or scans. I will see her every
six months for full skin examinations for the next two years.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist

cc: Mrs C. Everleigh
""",
    "path": [
        {"text": "Skin, left lower back, re-excision: healing scar; no residual melanoma in situ; margins clear.",
         "site": "Left lower back", "date": "2026-01-13"},
    ],
    "expected": E([L("11603", 1, "58")], topics=["coding-correction", "global-period"], dx={"11603": ["D03.59"]}),
    "coder_note": "EX-4: re-excision for a malignant original lesion is coded malignant even if the specimen is "
                  "negative; 1.6 + 2 x 0.5 = 2.6 cm, trunk -> 11603. Inside the 10-day global of the 01-05 excision "
                  "(planned, related) -> 58 (GS-5). Simple closure included.",
})

SCENARIOS.append({
    "id": "s50-exm-bcc-nasal-sidewall-layered",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Commercial: excision of biopsy-proven BCC of left nasal sidewall with intermediate repair",
    "date": "2026-01-20",
    "patient": ("Castleford", "Nigel", "1961-08-19", "male"),
    "provider": "voss", "payer": "commercial", "minutes": 55,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left nasal sidewall", "C44.311", "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Excision of basal cell carcinoma", site="Left nasal sidewall",
          note="Lesion 0.7 cm; excised with 3 mm margins to the level of the nasalis.", reasons=["c1"]),
        P("Layered closure", site="Left nasal sidewall",
          note="Buried 5-0 Monocryl, 6-0 nylon interrupted; length 2.4 cm.", reasons=["c1"]),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Farrukh,

Re: Mr Nigel Castleford

Thank you for sending Mr Castleford, whose punch biopsy in your surgery last month showed a nodular basal
cell carcinoma on the left side of his nose. I saw him today.

The lesion is a 0.7 cm pearly nodule on the left nasal sidewall, well defined, with no
aggressive features. We discussed Mohs surgery, conventional excision and radiotherapy. As the tumour is
small, nodular and well defined, and he was keen to have it dealt with in one visit, he chose standard
excision.

Under local anaesthetic I excised it with a 3 mm margin down to the nasalis muscle and closed the wound in
layers with buried 5-0 Monocryl and interrupted 6-0 nylon, giving a 2.4 cm line along the relaxed skin
tension lines.

If the margins are not clear I would suggest Mohs surgery with my colleague rather than a further blind
excision. Sutures out in six days.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "path": [
        {"text": "Skin, left nasal sidewall, excision: basal cell carcinoma, nodular type; margins clear (closest "
                 "peripheral 1.5 mm).", "site": "Left nasal sidewall", "date": "2026-01-26"},
    ],
    "expected": E([L("11642"), L("12051")], dx={"11642": ["C44.311"]}),
    "coder_note": "EX-1: 0.7 + 2 x 0.3 = 1.3 cm, nose (FEENLM), malignant -> 11642. Intermediate repair 2.4 cm of the "
                  "nose -> 12051 (no PTP edit with 11642).",
})

SCENARIOS.append({
    "id": "s50-exm-atypical-naevus-path-melanoma-in-situ",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Medicare Advantage: 'atypical naevus' of right upper arm excised; pathology melanoma in situ",
    "date": "2026-02-03",
    "patient": ("Rowntree", "Sylvia", "1958-10-10", "female"),
    "provider": "voss", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [
        C("c1", "Atypical pigmented lesion, right upper arm", None, "Right upper arm", reason=True),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Sorensen,

Re: Mrs Sylvia Rowntree

Thank you for referring Mrs Rowntree with a changing mole on her right upper arm. She first noticed it
darkening last spring and feels it has grown a little since.

On examination there is a 0.9 cm asymmetric, irregularly pigmented macule on the outer right upper arm.
On dermoscopy there is an atypical network with some regression structures. I think it is most likely a
dysplastic naevus, but I cannot exclude an early melanoma and felt the whole lesion should be removed.

Today, under local anaesthetic, I excised it with a 2 mm margin as a diagnostic excision, taking an
ellipse down to fat, and closed the wound in two layers with buried 4-0 Vicryl and 4-0 nylon; the final
wound was 3.2 cm long.

I had thought about a shave biopsy instead, but a partial sample of a lesion like this can be misleading,
so I did not do that. I will write as soon as the histology is back. If this does prove to be a melanoma
we will need to discuss a wider excision.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist

cc: Mrs S. Rowntree
""",
    "path": [
        {"text": "Skin, right upper arm, excision: melanoma in situ arising in a dysplastic nevus; margins clear "
                 "(closest 1 mm).", "site": "Right upper arm", "date": "2026-02-09"},
    ],
    "expected": E([L("11602"), L("12032")], dx={"11602": ["D03.61"]}),
    "coder_note": "EX-3: benign vs malignant follows the final pathology; melanoma in situ -> malignant codes. "
                  "0.9 + 2 x 0.2 = 1.3 cm, arm -> 11602. Layered closure 3.2 cm, extremity -> 12032.",
})

# =====================================================================================================
# Batch 3
# =====================================================================================================

SCENARIOS.append({
    "id": "s50-id-left-buttock-abscess-simple",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Medicaid: simple I&D of a single-cavity buttock abscess; hidradenitis considered and rejected",
    "date": "2025-04-22",
    "patient": ("Pettigrew", "Tyrone", "1994-03-22", "male"),
    "provider": "voss", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess, left buttock", "L02.31", "Left buttock", reason=True),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Nwosu,

Re: Mr Tyrone Pettigrew

Thank you for sending Mr Pettigrew up urgently. He has had a painful swelling on the left buttock for five
days, which has now come to a head. He has had no fevers and is otherwise well. He has never had anything
similar before.

On examination there is a 3 cm fluctuant, tender, erythematous abscess on the upper outer left buttock,
pointing centrally, with a narrow rim of surrounding cellulitis. He is afebrile. I looked carefully in
the armpits and groins: there are no nodules, sinus tracts or scarring, and I do not think this is
hidradenitis suppurativa.

Under local anaesthetic I made a single stab incision over the point of maximum fluctuance and drained a
moderate amount of pus. It was a simple single cavity with no loculations; I irrigated it with saline and
applied a dressing. It did not need packing. A swab has gone for culture.

I have not prescribed antibiotics, as the drainage was complete and the cellulitis is minimal, but I have
asked him to see you if the redness spreads or he feels unwell. He asked whether we could do anything for
the ingrown hairs on his beard area; I have suggested he discuss that with you, and did nothing today.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "expected": E([L("10060")], dx={"10060": ["L02.31"]}),
    "coder_note": "Single-cavity abscess, not packed, no loculations -> simple I&D 10060. Hidradenitis explicitly "
                  "ruled out; the beard complaint was not treated.",
})

SCENARIOS.append({
    "id": "s50-id-right-axilla-complicated-precoded-both",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Partner note: one loculated axillary abscess pre-coded as both 10061 and 10060",
    "date": "2025-05-06",
    "patient": ("Delgado", "Marisol", "1988-07-14", "female"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess, right axilla", "L02.411", "Right axilla", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, complicated", cpt="10061", site="Right axilla",
          note="Loculated; septae broken up, packed.", reasons=["c1"]),
        P("Incision and drainage of abscess, simple", cpt="10060", site="Right axilla",
          note="Same abscess - initial incision and expression.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """PROCEDURE - I&D
Jordan Pike, MD

S:
- 36 yo F, painful lump R armpit x 1 wk, worsening
- no prior abscesses, no hx HS
- no fever

O:
- R axilla: 4 x 3 cm fluctuant, tender, erythematous abscess
- no other axillary/inguinal lesions, no sinus tracts

Proc:
- consent, lido 1% w/ epi
- 1.5 cm incision, purulent drainage
- probed w/ hemostat: multiple loculations, septae broken up
- irrigated NS
- packed w/ 1/4" iodoform, ~10 cm
- culture sent
- ONE abscess - single incision

A/P:
- R axillary abscess, complicated (loculated, packed)
- doxycycline 100 mg bid x 7 d
- packing removal / wound check 48 h
""",
    "expected": E([L("10061")], topics=["ncci"], dx={"10061": ["L02.411"]}),
    "coder_note": "One abscess drained once: the complicated I&D (loculations broken, packed) is 10061; the 10060 "
                  "line for the same abscess is removed (PTP 10061/10060 indicator 1, no separate lesion).",
})

SCENARIOS.append({
    "id": "s50-il-alopecia-areata-nine-patches",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Commercial: nine alopecia areata patches injected, pre-coded 11900; triamcinolone 26 mg",
    "date": "2025-05-27",
    "patient": ("Brightwater", "Eleanor", "1997-01-29", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", None, "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to and including 7 lesions", cpt="11900", site="Scalp",
          note="Triamcinolone acetonide 10 mg/mL, 2.6 mL total, to 9 patches.", reasons=["c1"]),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Iyer,

Re: Miss Eleanor Brightwater

I saw Miss Brightwater today for her second round of steroid injections for alopecia areata. There has
been some encouraging regrowth in the two patches we treated first, but new patches have appeared.

On examination she now has nine discrete patches of non-scarring hair loss across the scalp, from 1 to 3
cm across, with exclamation-mark hairs at the margins of the newest ones. Her eyebrows, eyelashes and
nails are unaffected.

I injected all nine patches today with triamcinolone acetonide 10 mg/mL, using a total of 2.6 mL, in
small aliquots about 1 cm apart. She tolerated this well.

We talked about what to do if things continue to spread. I mentioned that JAK inhibitors are now licensed
for severe alopecia areata, but she does not meet the threshold for those and I have not prescribed
anything new. I will repeat the injections in six weeks.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist

cc: Miss E. Brightwater
""",
    "expected": E([L("11901"), L("J3301", 3)], topics=["coding-correction"]),
    "coder_note": "11901 = more than 7 lesions (9 patches), replacing 11900. J3301 per 10 mg: 2.6 mL x 10 mg/mL = "
                  "26 mg -> 3 units.",
})

SCENARIOS.append({
    "id": "s50-il-prurigo-nodules-triamcinolone-over-mue",
    "family": "intralesional", "shape": "free-text",
    "description": "Medicare Advantage: twelve prurigo nodules injected with 176 mg triamcinolone (J3301 over MUE)",
    "date": "2025-06-10",
    "patient": ("Osterhout", "Leonard", "1949-11-11", "male"),
    "provider": "voss", "payer": "medicare-advantage", "minutes": 35,
    "conditions": [
        C("c1", "Prurigo nodularis, arms and legs", "L28.1", "Forearms and shins", reason=True),
    ],
    "procedures": [
        P("Intralesional triamcinolone injection of prurigo nodules", site="Forearms and shins",
          note="12 nodules injected. Kenalog-40 (triamcinolone acetonide 40 mg/mL), 4.4 mL total.",
          reasons=["c1"]),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Whitcombe,

Re: Mr Leonard Osterhout

I reviewed Mr Osterhout today. His prurigo nodularis remains troublesome despite the potent steroid under
occlusion and the nightly doxepin, and he is still scratching through the night. His kidney and liver
tests from your surgery last month were normal and his thyroid is fine.

He has twelve thick, excoriated nodules which are the worst offenders: five on the extensor forearms and
seven on the shins. We agreed to inject all twelve today. I used Kenalog-40 (triamcinolone acetonide
40 mg/mL), 4.4 mL in total, spread between the twelve nodules. I have warned him about skin thinning and
pale marks at the injection sites.

We also discussed dupilumab, which is now an option for prurigo nodularis. He is keen to avoid injections
at home for the moment, so I have not started it, but we will revisit this if the nodules recur.

I will see him in six weeks.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "expected": E([L("11901"), L("J3301", 16)], topics=["mue"], dx={"11901": ["L28.1"]}),
    "coder_note": "12 lesions -> 11901. 4.4 mL x 40 mg/mL = 176 mg -> 18 units of J3301, capped at the MUE of 16 with "
                  "an mue finding (README coding decisions). Dupilumab discussed, not started.",
})

SCENARIOS.append({
    "id": "s50-mx-psoriasis-review-cheek-biopsy-four-aks",
    "family": "mixed", "shape": "note-only",
    "description": "Medicare FFS letter: psoriasis drug change (99214) + cheek shave biopsy + four scalp AKs frozen",
    "date": "2025-06-24",
    "patient": ("Fenwick", "Arthur", "1945-06-06", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, worsening", "L40.0", "Trunk and limbs", reason=True),
        C("c2", "Nodule right cheek", None, "Right cheek", reason=True),
        C("c3", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Delacroix-Hale,

Re: Mr Arthur Fenwick

I saw Mr Fenwick today for his psoriasis review and to look at a spot on his face.

His psoriasis has been creeping up since the winter and he now has plaques over the elbows, knees, lower
back and both shins, perhaps 6% of his skin. The calcipotriol ointment alone is no longer enough. I have
switched him to calcipotriol-betamethasone foam once daily for four weeks and then twice weekly, and given
him clobetasol shampoo for the scalp. I have explained the risks of prolonged steroid use and how to step
down. If this does not hold it we will talk about phototherapy or a systemic agent.

On the right cheek there is a 7 mm firm, pearly nodule which he says has bled on shaving. I took a shave
biopsy of it today; I suspect a basal cell carcinoma.

He also has four gritty actinic keratoses on the bald scalp, which I froze with liquid nitrogen. There is
a fifth, very thin one at the hairline which I have left alone for now.

I will write with the biopsy result, and see him again in two months for the psoriasis.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "path": [
        {"text": "Skin, right cheek, shave biopsy: basal cell carcinoma, nodular type.", "site": "Right cheek",
         "date": "2025-06-30"},
    ],
    "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 3)],
                  dx={"99214": ["L40.0"], "11102": ["C44.319"], "17000": ["L57.0"]}),
    "coder_note": "Psoriasis worsening with prescription changes is separate from the procedures -> 99214-25. Cheek "
                  "biopsy 11102; four AKs -> 17000 + 17003 x3 (the fifth was left). PTP 11102/17000 indicator 1, "
                  "different lesions -> XS on 17000 (column 2). No 11102/17003 edit.",
})

SCENARIOS.append({
    "id": "s50-mx-neck-inflamed-sk-shave-hand-warts",
    "family": "mixed", "shape": "free-text",
    "description": "Commercial: shave removal of an inflamed neck SK (0.8 cm) plus cryotherapy of three hand warts",
    "date": "2025-07-08",
    "patient": ("Marlowe", "Vivienne", "1972-09-17", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right neck", "L82.0", "Right side of neck", reason=True),
        C("c2", "Common warts, left hand", "B07.8", "Left hand", reason=True),
    ],
    "procedures": [
        P("Shave removal of inflamed seborrheic keratosis", site="Right side of neck",
          note="Lesion 0.8 cm, red and crusted, catches on necklace. Removed by shave; aluminium chloride.",
          reasons=["c1"]),
        P("Cryotherapy of common warts", site="Left hand, dorsum and index/middle fingers",
          note="Three warts, liquid nitrogen, two freeze-thaw cycles each.", reasons=["c2"]),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Mensah,

Re: Mrs Vivienne Marlowe

I saw Mrs Marlowe today. She has two unrelated problems.

First, a raised brown lesion on the right side of her neck has become red, crusted and sore over the last
month because her necklace rubs on it. It measures 0.8 cm and has the features of an inflamed seborrhoeic
keratosis. I removed it today by shave under local anaesthetic and sent it for histology.

Second, she has three common warts on the left hand, one on the back of the hand and one each on the index
and middle fingers, which have been there for eighteen months and have spread from one to three despite
salicylic acid. I froze all three with liquid nitrogen.

She asked me to look at a small mole on her back while she was here; it is entirely benign-looking on
dermoscopy and I have not done anything to it.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "path": [
        {"text": "Skin, right neck, shave: inflamed (irritated) seborrheic keratosis.", "site": "Right neck",
         "date": "2025-07-14"},
    ],
    "expected": E([L("11306"), L("17110", 1, "XS")], dx={"11306": ["L82.0"], "17110": ["B07.8"]}),
    "coder_note": "SH-1: neck is SNHFG, 0.8 cm -> 11306. Three warts -> 17110. PTP 11306/17110 indicator 1 and the "
                  "lesions are different -> XS on 17110 (column 2).",
})

SCENARIOS.append({
    "id": "s50-mx-aks-uncounted-forearm-biopsy",
    "family": "mixed", "shape": "note-only",
    "description": "Medicare FFS letter: AKs frozen without a count, plus a shave biopsy of a forearm plaque",
    "date": "2025-07-29",
    "patient": ("Dunmore", "Reginald", "1940-01-25", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Actinic keratoses, scalp and ears", "L57.0", "Scalp; ears", reason=True),
        C("c2", "Scaly plaque, left forearm", None, "Left forearm", reason=True),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Petrakis,

Re: Mr Reginald Dunmore

I saw Mr Dunmore in clinic today. As ever he has a crop of actinic keratoses over the bald scalp and the
tops of his ears, and I froze a good number of them with liquid nitrogen this morning.

He was more concerned about a scaly pink plaque on the back of his left forearm which has been slowly
growing for a year and does not heal with moisturiser. It is a well-demarcated, slightly thickened
plaque, and I suspect Bowen's disease. I took a shave biopsy of it today.

If it does prove to be Bowen's disease we can treat it with 5-fluorouracil cream or curettage; we will
decide once the result is back. I have not prescribed anything today.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "path": [
        {"text": "Skin, left forearm, shave biopsy: squamous cell carcinoma in situ (Bowen disease).",
         "site": "Left forearm", "date": "2025-08-04"},
    ],
    "expected": E([L("11102")], topics=["missing-documentation"], dx={"11102": ["D04.62"]}),
    "coder_note": "README coding decisions: the AK count is not documented ('a good number') -> no 17000/17003/17004 "
                  "line, missing-documentation. The forearm shave biopsy stays (path SCC in situ, D04.62).",
})

SCENARIOS.append({
    "id": "s50-mohs-right-helix-scc-six-block-stage-complex",
    "family": "mohs", "shape": "note-only",
    "description": "Letter: Mohs of right helical SCC, stages of 5 and 6 blocks, complex repair of helical rim 2.8 cm",
    "date": "2025-08-12",
    "patient": ("Tregarthen", "Alistair", "1944-12-01", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right helix", "C44.222", "Right helix", reason=True),
    ],
    "note_title": "Mohs Surgery Letter",
    "note": """Dear Dr. Sorensen,

Re: Mr Alistair Tregarthen

Thank you for referring Mr Tregarthen, whose shave biopsy in your surgery in July showed a moderately
differentiated invasive squamous cell carcinoma of the right helix. I operated on him today using Mohs
micrographic surgery; as usual I acted as both surgeon and pathologist, reading all the frozen sections
myself.

Before surgery the tumour was an ill-defined 1.3 cm keratotic nodule on the mid helical rim. Under local
anaesthetic I took the first stage with a 2 mm margin and divided it into five tissue blocks; there was
residual tumour at the anterior peripheral margin in two of them. The second stage, around the anterior
half of the wound, was larger than I would like and was divided into six blocks; all six were clear.

The final defect measured 2.0 x 1.4 cm and involved the free margin of the helical rim, with exposed but
intact cartilage. I repaired it with a complex layered closure, trimming a small wedge of cartilage so
that the rim lay flat, undermining widely along the helix and re-approximating the rim with everted
sutures so as to avoid notching; the final repair was 2.8 cm long.

He tolerated the procedure well. I have given him written aftercare advice and will remove the sutures in
ten days. I would suggest three-monthly skin checks for the next two years. I did not find any enlarged
lymph nodes in the neck or in front of the ear.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist

cc: Mr A. Tregarthen
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("13152")], dx={"17311": ["C44.222"]}),
    "coder_note": "MOHS-2: ear = 17311 for stage 1 (5 blocks) + 17312 for stage 2; stage 2 had 6 blocks -> one block "
                  "beyond 5 -> 17315 x1. MOHS-7/REP-3: repair involving the helical rim free margin is complex; ear, "
                  "2.8 cm -> 13152 (no 17311/13152 PTP edit).",
})

SCENARIOS.append({
    "id": "s50-mohs-posterior-calf-superficial-bcc-no-abn",
    "family": "mohs", "shape": "free-text",
    "description": "Medicare FFS: Mohs of a small primary superficial BCC on the posterior calf, no ABN obtained",
    "date": "2025-08-26",
    "patient": ("Hazelwood", "Joan", "1950-02-18", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 90,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left posterior calf", "C44.719", "Left posterior calf",
          reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, first stage", site="Left posterior mid calf",
          note="Primary superficial BCC 0.7 cm. Stage 1: 2 tissue blocks, margins clear. Surgeon also read the "
               "frozen sections.", reasons=["c1"]),
        P("Wound care, second-intention healing", site="Left posterior mid calf",
          note="Defect 1.1 cm left to granulate; no closure."),
    ],
    "note_title": "Mohs Surgery Letter",
    "note": """Dear Dr. Gallacher,

Re: Mrs Joan Hazelwood

Mrs Hazelwood came in today for treatment of the superficial basal cell carcinoma on the back of her left
calf, confirmed on your punch biopsy in July. It is a primary tumour, 0.7 cm across, in the middle of the
calf (not over the shin), with no aggressive features on the biopsy. She is not immunosuppressed and has
never had radiotherapy to the leg.

I explained again that for a small superficial basal cell carcinoma in this site, curettage, imiquimod or
a simple excision would normally be recommended, that Mohs surgery is not generally considered appropriate
here, and that Medicare may well decline to pay for it. She was nonetheless insistent on Mohs surgery
because her sister had a recurrence after curettage. I am afraid our front desk did not obtain an Advance
Beneficiary Notice before we started.

I removed the tumour by Mohs micrographic surgery, reading the frozen sections myself. The first stage was
divided into two tissue blocks, and both margins were clear. The final 1.1 cm defect has been left to heal
by second intention, which she preferred to stitches.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "expected": E([L("17313", 1, "GZ")], dx={"17313": ["C44.719"]}),
    "coder_note": "MOHSN-2: primary superficial BCC <2 cm in area L (posterior calf, not pretibial) does not meet the "
                  "appropriate-use criteria; Medicare FFS, no ABN -> 17313-GZ (README GA/GZ decisions). One stage, "
                  "no repair.",
})

SCENARIOS.append({
    "id": "s50-mohs-nasal-tip-precoded-88305-flap",
    "family": "mohs", "shape": "pre-coded",
    "description": "Partner Mohs note: nasal BCC 3 stages with dorsal nasal flap; biller added 88305 x3 for the Mohs layers",
    "date": "2025-09-16",
    "patient": ("Yarborough", "Eugene", "1947-05-30", "male"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 210,
    "conditions": [
        C("c1", "Basal cell carcinoma, nasal tip", "C44.311", "Nasal tip", reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck, first stage", cpt="17311", site="Nasal tip",
          note="Stage 1: 3 blocks, residual at 6 o'clock.", reasons=["c1"]),
        P("Mohs, head/neck, additional stage", cpt="17312", site="Nasal tip",
          note="Stage 2: 2 blocks, residual deep.", reasons=["c1"]),
        P("Mohs, head/neck, additional stage", cpt="17312", site="Nasal tip",
          note="Stage 3: 1 block, clear.", reasons=["c1"]),
        P("Surgical pathology, level IV", cpt="88305", site="Nasal tip",
          note="Mohs layers 1-3 (billed x3).", reasons=["c1"]),
        P("Adjacent tissue transfer, nose, 10 sq cm or less", cpt="14060", site="Nasal tip / dorsum",
          note="Dorsal nasal rotation flap, total 6.6 sq cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Operative Note",
    "note": """MOHS OPERATIVE NOTE
Surgeon + pathologist: Jordan Pike, MD

Dx: BCC, nodular, nasal tip (bx 08/2025 outside, path on file)
Site: nasal tip, AUC area H

Stages:
- I: 3 blocks - residual nodular BCC 6:00 peripheral
- II: 2 blocks - residual at deep margin
- III: 1 block - clear
- all layers frozen, processed by our histotech, read by me
- no tissue sent out for permanent sections

Defect: 1.4 x 1.2 cm, nasal tip, to perichondrium

Repair:
- dorsal nasal rotation flap
- primary defect 1.6 sq cm + secondary 5.0 sq cm = 6.6 sq cm total
- undermined submuscular plane, 5-0 Monocryl deep, 6-0 Prolene skin

- EBL min, no complications
- pressure dressing, post-op sheet
- f/u SR 7 d
""",
    "expected": E([L("17311"), L("17312", 2), L("14060")], topics=["ncci"], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-5: no 88305 for the Mohs specimens themselves (PTP 17311/88305 indicator 1, no separate "
                  "tissue) -> removed. Three stages -> 17311 + 17312 x2, no stage over 5 blocks. FLAP-1/3: 6.6 sq cm "
                  "on the nose -> 14060 reported with Mohs.",
})

# =====================================================================================================
# Batch 4
# =====================================================================================================

SCENARIOS.append({
    "id": "s50-nail-right-hallux-phenol-matrixectomy",
    "family": "nails", "shape": "note-only",
    "description": "Letter: partial nail avulsion with phenol matrixectomy, lateral right great toe; left toe managed conservatively",
    "date": "2025-09-30",
    "patient": ("Kingsley", "Rowan", "2004-08-08", "male"),
    "provider": "voss", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Ingrowing toenail, right great toe, lateral border", "L60.0", "Right great toe", reason=True),
        C("c2", "Ingrowing toenail, left great toe, mild", "L60.0", "Left great toe"),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Farrukh,

Re: Mr Rowan Kingsley

Thank you for referring Mr Kingsley, a 21-year-old student and keen footballer, with a recurrently
ingrowing toenail. The lateral border of the right great toenail has become ingrown and infected three
times this year, each time needing antibiotics, and he has already had the edge cut back twice at a
walk-in clinic without lasting benefit.

On examination the lateral nail fold of the right great toe is swollen and tender with a little
overgranulation, but there is no active pus today. The left great toe shows only a very mild ingrowing
tendency at the medial edge, which is not painful.

As this is recurrent, we agreed on a permanent treatment. After a digital block with plain lidocaine and a
tourniquet, I removed the lateral quarter of the right great toenail back to the matrix and applied 88%
phenol to the lateral matrix horn for three applications of thirty seconds, then irrigated with alcohol.
He tolerated this very well.

For the left toe I have simply shown him how to cut the nail straight across and to wear roomier football
boots; I did not treat it today.

He has a dressing regime and will see your practice nurse in a week. I have not arranged to see him again.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist

cc: Mr R. Kingsley
""",
    "expected": E([L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "Partial avulsion with chemical (phenol) matrixectomy for permanent removal -> 11750; the avulsion of "
                  "the same nail is included (PTP 11750/11730). Right great toe -> T5. Left toe only advised.",
})

SCENARIOS.append({
    "id": "s50-nail-left-thumb-and-index-avulsion",
    "family": "nails", "shape": "free-text",
    "description": "Partner note, Medicaid: avulsion of two traumatized nails (left thumb, left index); middle finger not treated",
    "date": "2025-10-28",
    "patient": ("Obregon", "Luis", "1980-05-05", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Crush injury left thumb and index finger with partially detached nail plates", None,
          "Left thumb; left index finger", reason=True),
    ],
    "procedures": [
        P("Nail plate avulsion", site="Left thumb",
          note="Loose, partially detached plate with painful subungual hematoma; complete avulsion after digital "
               "block.", reasons=["c1"]),
        P("Nail plate avulsion", site="Left index finger",
          note="Plate lifted off proximally, hanging by lateral fold; complete avulsion.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """PROCEDURE - NAIL AVULSION
Jordan Pike, MD

S:
- 45 yo M, L hand caught in truck tailgate 6 d ago
- seen at urgent care, XR neg for fx
- L thumb + L index nails lifting, throbbing, catching on everything

O:
- L thumb: plate loose, >50% subungual hematoma, lifted at proximal fold
- L index: plate detached proximally, hanging by lateral fold
- L middle: small subungual bruise, plate firmly attached - leave alone
- no nail bed laceration visible, cap refill nl

Proc:
- consent, digital blocks 2% plain lido L thumb + L index
- L thumb nail plate avulsed completely w/ freer elevator
- L index nail plate avulsed completely
- beds intact, no repair needed
- xeroform + gauze, finger splint for comfort

A/P:
- traumatic nail plate detachment L thumb, L index - avulsed x2
- L middle finger: observe
- wound care sheet, f/u 2 wk
""",
    "expected": E([L("11730", 1, "FA"), L("11732", 1, "F1")]),
    "coder_note": "Two nails avulsed: 11730 for the first + 11732 for the second; digit modifiers FA (left thumb) and "
                  "F1 (left 2nd digit). The middle finger was not treated.",
})

SCENARIOS.append({
    "id": "s50-par-three-calluses-plus-heel-wart",
    "family": "paring", "shape": "note-only",
    "description": "Partner note: three corns/calluses pared on the right foot plus cryotherapy of a left heel plantar wart",
    "date": "2025-11-11",
    "patient": ("Whitford", "Dana", "1967-03-12", "female"),
    "provider": "pike", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Corns and callosities, right foot", "L84", "Right foot", reason=True),
        C("c2", "Plantar wart, left heel", "B07.0", "Left heel", reason=True),
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """DERM CLINIC NOTE
Jordan Pike, MD

S:
- 58 yo F, retail job, on feet all day
- painful hard skin R foot, worse in work shoes
- painful spot L heel x 4 mo, "feels like a stone"

O:
- R foot: callus under 2nd MT head, callus R medial heel, hard corn dorsal R 5th toe
- L heel: 6 mm plantar wart, interrupted skin lines, black dots after paring
- pulses 2+, sensation intact, not diabetic

Proc:
- R foot: pared 3 lesions (2 calluses + 1 corn) w/ #15 blade
- L heel wart: LN2 x 2 cycles (separate lesion, other foot)

A/P:
1. corns/calluses R foot - pared x3; padding, shoe advice
2. plantar wart L heel - cryo; OTC salicylic between visits
- RTC 3-4 wk for repeat cryo prn
""",
    "expected": E([L("11056", 1, "XS"), L("17110")], dx={"11056": ["L84"], "17110": ["B07.0"]}),
    "coder_note": "Paring of 3 lesions -> 11056. Plantar wart destruction -> 17110. PTP 17110/11056 is indicator 1 with "
                  "17110 as column 1, so XS goes on 11056 (different lesions, other foot).",
})

SCENARIOS.append({
    "id": "s50-par-four-corns-precoded-11057",
    "family": "paring", "shape": "pre-coded",
    "description": "Medicaid letter: four painful corns pared; pre-coded 11057 (five or more)",
    "date": "2025-11-25",
    "patient": ("Abiodun", "Grace", "1959-07-19", "female"),
    "provider": "voss", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Corns, both feet", "L84", "Both feet", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesions, more than four", cpt="11057", site="Both feet",
          note="Corns pared: right 4th toe, right 5th toe, left 2nd toe, left 5th toe.", reasons=["c1"]),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Nwosu,

Re: Mrs Grace Abiodun

I saw Mrs Abiodun today about her painful toes. She has hammer toes on both feet and has developed hard
corns where the toes rub on her shoes; they are making it difficult for her to walk to the bus stop.

On examination there are four hard corns: over the dorsal PIP joints of the right fourth and fifth toes,
the left second toe and the left fifth toe. There are no warts, and the circulation and sensation in her
feet are normal.

I pared down all four corns with a scalpel today, which gave her immediate relief. I have given her silicone
toe sleeves and advice about wider, deeper shoes. I also suggested a podiatry referral for the hammer toes,
which you may wish to arrange; I have not made it myself.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "expected": E([L("11056")], topics=["coding-correction"], dx={"11056": ["L84"]}),
    "coder_note": "Four lesions pared -> 11056 (2-4), not 11057 (more than 4).",
})

SCENARIOS.append({
    "id": "s50-pt-eighty-allergens-application",
    "family": "patch-test", "shape": "free-text",
    "description": "Commercial: patch test application, 70-allergen baseline + 10 hairdressing allergens",
    "date": "2025-12-16",
    "patient": ("Lachance", "Sophie", "1986-02-02", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Dermatitis of hands and face, suspected allergic contact", None, "Hands; face", reason=True),
    ],
    "procedures": [
        P("Patch test application - North American baseline series", site="Upper back",
          note="70 allergens applied in Finn chambers.", reasons=["c1"]),
        P("Patch test application - hairdressing supplementary series", site="Upper back",
          note="10 allergens applied.", reasons=["c1"]),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Iyer,

Re: Ms Sophie Lachance

As planned at her first visit, Ms Lachance came in today to start patch testing for the dermatitis of her
hands and face. She is a hairdresser, and the pattern and timing make an allergic contact dermatitis to
something at work, such as hair dye or a preservative, quite likely.

She stopped her topical steroid to the back a week ago and is not taking any oral immunosuppressants or
antihistamines. Today we applied 80 allergens to her upper back: our 70-allergen baseline series together
with ten allergens from the hairdressing series, including p-phenylenediamine, glyceryl thioglycolate and
ammonium persulfate. I did not test her own products today; she will bring them in if the standard series
are negative.

She will come back on Thursday for the first reading and on the following Monday for the final reading,
when I will write to you with the results and advice.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "expected": E([L("95044", 80)]),
    "coder_note": "95044 units = number of allergens applied: 70 + 10 = 80 (MUE 90). Own products not tested.",
})

SCENARIOS.append({
    "id": "s50-pt-ninety-six-allergens-over-mue",
    "family": "patch-test", "shape": "free-text",
    "description": "Medicare Advantage: 96 allergens applied (80 expanded baseline + 16 fragrance/preservative), over the MUE",
    "date": "2026-01-06",
    "patient": ("Greenhalgh", "Martin", "1955-04-27", "male"),
    "provider": "voss", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [
        C("c1", "Chronic eczematous dermatitis of face and neck, suspected allergic contact", None, "Face; neck",
          reason=True),
    ],
    "procedures": [
        P("Patch tests applied - expanded baseline series", site="Upper and mid back",
          note="80 allergens.", reasons=["c1"]),
        P("Patch tests applied - fragrance and preservative series", site="Upper and mid back",
          note="16 allergens.", reasons=["c1"]),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Whitcombe,

Re: Mr Martin Greenhalgh

Mr Greenhalgh came in today for patch testing. As you know, he has had a persistent, itchy dermatitis of
the face and neck for two years which flares after shaving and has not responded to changing his
toiletries on his own.

Because fragrances and preservatives are high on my list, we applied a larger panel than usual to his
back: our 80-allergen expanded baseline series and a further 16 allergens from the fragrance and
preservative series, 96 allergens in all. He is not on any oral steroids or immunosuppressants.

I have asked him not to get his back wet and to avoid strenuous exercise until the final reading. He will
return in two days for the first reading and again two days later for the final reading.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "96 allergens -> 96 units, capped at the 95044 MUE of 90 with an mue finding.",
})

SCENARIOS.append({
    "id": "s50-ph-nbuvb-session-psoriasis",
    "family": "phototherapy", "shape": "note-only",
    "description": "Partner note, Medicare FFS: narrowband UVB session for psoriasis; PUVA and excimer only mentioned",
    "date": "2026-01-27",
    "patient": ("Ellery", "Raymond", "1962-10-30", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True),
    ],
    "note_title": "Phototherapy Treatment Note",
    "note": """PHOTOTHERAPY - NB-UVB
Supervising: Jordan Pike, MD

- 63 yo M, plaque psoriasis ~15% BSA at start, failed topical steroid + calcipotriene
- tx #14 of planned course, 3x/wk
- no topical applied before tx today
- skin type II

Today:
- whole-body NB-UVB (311 nm) cabinet
- dose 1,150 mJ/cm2 (10% increase from last)
- goggles, genital shielding
- no erythema/burn from last tx

Response:
- BSA now ~8%, plaques thinning, less scale
- itch improved

Plan:
- continue NB-UVB 3x/wk, next dose per protocol
- PUVA was discussed at consult - not pursuing
- excimer to elbows considered if residual plaques at end of course - not today
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "Narrowband UVB without tar or petrolatum -> actinotherapy 96900 (per session). PUVA and excimer were "
                  "only mentioned.",
})

SCENARIOS.append({
    "id": "s50-ph-excimer-precoded-wrong-area-band",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Partner note: excimer laser to elbows and knees, total 320 sq cm, pre-coded 96920",
    "date": "2026-02-10",
    "patient": ("Vasquez-Hale", "Monique", "1991-12-05", "female"),
    "provider": "pike", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized plaques elbows and knees", "L40.0", "Elbows; knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment for inflammatory skin disease, less than 250 sq cm", cpt="96920",
          site="Bilateral elbows and knees",
          note="Total treated area 320 sq cm (elbows 70 + 70, knees 90 + 90).", reasons=["c1"]),
    ],
    "note_title": "Excimer Laser Treatment Note",
    "note": """EXCIMER LASER (308 nm) - TX NOTE
Jordan Pike, MD

- 34 yo F, localized plaque psoriasis elbows/knees
- failed 6 mo clobetasol + calcipotriene
- tx #5 of course (2x/wk)

Areas treated today:
- R elbow 70 sq cm
- L elbow 70 sq cm
- R knee 90 sq cm
- L knee 90 sq cm
- TOTAL 320 sq cm

Dose:
- 2x MED on plaques, +15% from last tx
- no blistering from prior tx

Plan:
- continue 2x/wk, reassess at tx #10
""",
    "expected": E([L("96921")], topics=["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded once per session by the total area treated: 320 sq cm -> 96921 (250-500 sq cm), not "
                  "96920.",
})

SCENARIOS.append({
    "id": "s50-ph-puva-no-prior-therapy-abn-ga",
    "family": "phototherapy", "shape": "free-text",
    "description": "Medicare FFS: PUVA started without any failed conventional therapy; ABN signed",
    "date": "2025-04-15",
    "patient": ("Carrow", "Lillian", "1958-06-14", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and limbs", reason=True),
    ],
    "procedures": [
        P("PUVA photochemotherapy session", site="Whole body",
          note="Oral methoxsalen 0.6 mg/kg two hours before; UVA 1.5 J/cm2 (session 3 of course). Eye protection "
               "given.", reasons=["c1"]),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Brannigan,

Re: Mrs Lillian Carrow

A brief note to let you know that Mrs Carrow has started PUVA for her psoriasis, and today was her third
treatment.

As you know, her psoriasis covers roughly 25% of her skin. She has used nothing but emollients so far;
she has not tried prescription topical treatment or narrowband UVB. She asked specifically for PUVA
because her sister did very well with it years ago. I explained that Medicare covers PUVA only for
disabling psoriasis after more conventional treatments have failed, that her claims may well be denied,
and that narrowband UVB would usually come first. She understood and signed an Advance Beneficiary Notice
before her first session, accepting that she may have to pay.

Today she took methoxsalen two hours before treatment and received 1.5 J/cm2 of UVA with eye protection.
There has been no burning so far.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 (NCD 250.1): PUVA only after failure of conventional treatment; none tried -> not reasonable "
                  "and necessary under the NCD. Medicare FFS with an ABN on file -> 96912-GA.",
})

SCENARIOS.append({
    "id": "s50-po-suture-removal-inside-global",
    "family": "post-op", "shape": "note-only",
    "description": "Medicare FFS letter: suture removal nine days after an excision; provider selected 99212",
    "date": "2025-05-20",
    "patient": ("Pennington", "Agatha", "1947-09-03", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Basal cell carcinoma, right upper back, excised", "C44.519", "Right upper back"),
    ],
    "prior": [PRIOR("2025-05-11", "11602", "Excision malignant lesion, trunk", "Right upper back",
                    "Excision of nodular BCC, 1.8 cm excised diameter; layered closure.")],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Okafor,

Re: Mrs Agatha Pennington

I saw Mrs Pennington briefly today to remove the sutures from the excision of the basal cell carcinoma on
her right upper back, which I carried out nine days ago.

The wound has healed well, with no sign of infection or dehiscence, and I removed all the sutures. As I
told her on the telephone last week, the histology confirmed a completely excised nodular basal cell
carcinoma, so no further treatment is needed.

She had no other concerns today, and we did not discuss anything else. I will see her for a full skin
check in six months.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5 / conventions: suture removal nine days into the 010 global of the 05-11 excision, nothing else "
                  "addressed -> 99024, not a billable E/M.",
})

# =====================================================================================================
# Batch 5
# =====================================================================================================

SCENARIOS.append({
    "id": "s50-po-new-cheek-lesion-biopsy-in-excision-global",
    "family": "post-op", "shape": "pre-coded",
    "description": "Partner note: biopsy of a new cheek lesion six days after a back excision (010 global); pre-coded without 79",
    "date": "2025-06-17",
    "patient": ("Ingleby", "Thomas", "1957-02-11", "male"),
    "provider": "pike", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "New scaly pigmented lesion, left cheek", None, "Left cheek", reason=True),
    ],
    "prior": [PRIOR("2025-06-11", "11603", "Excision malignant lesion, trunk", "Mid back",
                    "Excision of SCC, 2.4 cm excised diameter.")],
    "procedures": [
        P("Tangential biopsy of skin, single lesion", cpt="11102", site="Left cheek",
          note="Shave biopsy of 8 mm scaly pigmented macule.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """DERM CLINIC NOTE
Jordan Pike, MD

S:
- 68 yo M, s/p excision SCC mid back 6 d ago (me)
- here for NEW concern: spot L cheek, wife noticed it darkening x 2 mo
- back wound not addressed today - SR visit already booked next wk

O:
- L cheek: 8 mm irregular tan-brown scaly macule
- dermoscopy: pseudonetwork, some gray dots

Proc:
- consent, lido 1% w/ epi
- shave bx L cheek, AlCl for hemostasis
- to path

A/P:
- pigmented lesion L cheek - ddx pigmented AK vs lentigo maligna - bx today
- unrelated to back surgery
- will call w/ results
""",
    "path": [
        {"text": "Skin, left cheek, shave biopsy: pigmented actinic keratosis; no melanocytic atypia.",
         "site": "Left cheek", "date": "2025-06-20"},
    ],
    "expected": E([L("11102", 1, "79")], topics=["global-period"], dx={"11102": ["L57.0"]}),
    "coder_note": "GS-5: unrelated procedure (new lesion, different site) inside the 10-day global of the 06-11 excision "
                  "-> 79 on the biopsy. The back wound was not seen, so no 99024.",
})

SCENARIOS.append({
    "id": "s50-po-nummular-eczema-in-flap-global",
    "family": "post-op", "shape": "note-only",
    "description": "Medicare Advantage letter: unrelated eczema flare with new prescription 29 days after a cheek flap (090)",
    "date": "2025-07-15",
    "patient": ("Merriweather", "Clive", "1949-08-23", "male"),
    "provider": "voss", "payer": "medicare-advantage", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Nummular dermatitis, both lower legs", "L30.0", "Both lower legs", reason=True),
    ],
    "prior": [PRIOR("2025-06-16", "14040", "Adjacent tissue transfer, cheek", "Left cheek",
                    "Excision of BCC left cheek with rotation flap, 8.5 sq cm.")],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Delacroix-Hale,

Re: Mr Clive Merriweather

Mr Merriweather asked to be seen today about an itchy rash on his legs, which is quite unrelated to the
flap repair I did on his left cheek last month. I did not examine the cheek today; it is due to be
reviewed at his planned post-operative visit in September.

Over the last three weeks he has developed intensely itchy, coin-shaped, crusted and weeping patches on
both shins and calves. The skin of his legs is generally very dry, and the central heating has been on in
his flat. There are no patches elsewhere and no sign of secondary infection.

This is nummular (discoid) eczema. I have prescribed triamcinolone 0.1% ointment twice daily for two
weeks, then at weekends, with a greasy emollient and a soap substitute. If it does not settle I would
consider a short course of a more potent steroid under wet wraps.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist

cc: Mr C. Merriweather
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L30.0"]}),
    "coder_note": "GS-5: unrelated E/M (new eczema problem with a prescription) inside the 90-day global of the 06-16 "
                  "flap -> 99213-24. The flap site was not examined.",
})

SCENARIOS.append({
    "id": "s50-rep-two-benign-excisions-summed-layered",
    "family": "repair", "shape": "note-only", "html": True,
    "description": "HTML letter: two benign excisions (back, left upper arm) with intermediate repairs 3.0 + 2.5 cm summed",
    "date": "2025-08-19",
    "patient": ("Ashworth", "Penelope", "1980-04-04", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 60,
    "conditions": [
        C("c1", "Traumatized naevus, upper back", None, "Upper back, left of midline", reason=True),
        C("c2", "Tender papule, left upper arm", None, "Left upper arm", reason=True),
    ],
    "note_title": "Clinic Letter",
    "note": """<html><body>
<p>Dear Dr. Mensah,</p>
<p><b>Re: Mrs Penelope Ashworth</b></p>
<p>Mrs Ashworth came back today to have two lesions removed, as we agreed at her last visit.</p>
<p>The first is a raised naevus on her upper back, just to the left of the midline, which sits under her
bra strap; it has been rubbed raw and has bled on at least three occasions this summer. It measured 0.6 cm.
I excised it with a 2 mm margin, down to fat, and because of the tension across the back I closed it in
two layers with buried 3-0 Vicryl and 4-0 nylon. The repaired wound measured 3.0 cm.</p>
<p>The second is a firm, tender, itchy papule on the outer left upper arm that she bangs on the car door;
clinically a dermatofibroma, 0.6 cm across. I excised this too with a 2 mm margin and again closed it in
layers, with buried 4-0 Vicryl and 4-0 nylon, giving a 2.5 cm scar.</p>
<p>She asked about a small mole on her right cheek as well, which is a perfectly ordinary intradermal
naevus. I have left it alone.</p>
<p>Sutures out in two weeks with your practice nurse. I will write with the histology.</p>
<p>With kind regards,<br/>Henrietta Voss, MD FRCP<br/>Consultant Dermatologist</p>
</body></html>
""",
    "path": [
        {"text": "A. Skin, upper back, excision: compound melanocytic nevus, traumatized; margins clear.",
         "site": "Upper back", "date": "2025-08-25"},
        {"text": "B. Skin, left upper arm, excision: dermatofibroma; margins clear.", "site": "Left upper arm",
         "date": "2025-08-25"},
    ],
    "expected": E([L("11401", 2), L("12032")]),
    "coder_note": "EX-1: each lesion 0.6 + 2 x 0.2 = 1.0 cm, trunk/arm, benign -> 11401 for each (2 units on one line). "
                  "REP-1: both intermediate repairs are in the 12031-12037 group (trunk, arm) -> 3.0 + 2.5 = 5.5 cm "
                  "-> one 12032. Cheek naevus left alone.",
})

SCENARIOS.append({
    "id": "s50-rep-cheek-scc-rotation-flap-precoded-57",
    "family": "repair", "shape": "pre-coded",
    "description": "Medicare FFS new patient: same-day decision and cheek SCC excision with rotation flap; pre-coded excision + layered repair + flap",
    "date": "2025-09-02",
    "patient": ("Blackwood", "Ernest", "1938-11-29", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 120, "em": "99204",
    "conditions": [
        C("c1", "Squamous cell carcinoma, left cheek", "C44.329", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion, face, 2.1-3.0 cm", cpt="11643", site="Left cheek",
          note="SCC 1.6 cm with 4 mm margins.", reasons=["c1"]),
        P("Adjacent tissue transfer, cheek, 10 sq cm or less", cpt="14040", site="Left cheek",
          note="Rotation flap: primary defect 4.5 sq cm + secondary defect 4.8 sq cm = 9.3 sq cm.", reasons=["c1"]),
        P("Repair, intermediate, face, 2.6-5.0 cm", cpt="12052", site="Left cheek",
          note="Layered closure of flap donor and inset lines.", reasons=["c1"]),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Petrakis,

Re: Mr Ernest Blackwood

Thank you for referring Mr Blackwood, an 86-year-old gentleman who lives alone and drives himself to
appointments, with the squamous cell carcinoma on his left cheek that your punch biopsy confirmed last
month. I had not met him before today.

The tumour is a 1.6 cm keratotic, slightly tender nodule on the mid left cheek. There are no palpable
nodes in the neck or parotid region. He is on apixaban for atrial fibrillation, which we did not stop.

We discussed the options at some length: Mohs surgery (with a wait of several weeks and a two-hour drive),
radiotherapy (daily visits), and conventional excision with a local flap. Because travelling is difficult
for him, he asked whether it could be done today, and having reviewed his medication and general health I
agreed that this was reasonable.

I excised the tumour with a 4 mm margin down to fat. The defect was too large to close directly without
distorting the lower eyelid, so I repaired it with a rotation flap from the lower cheek: primary defect
4.5 sq cm, secondary defect 4.8 sq cm, 9.3 sq cm in total. The flap was inset in layers with buried 5-0
Monocryl and 6-0 nylon.

Sutures out in a week. I will write with the histology and see him in three months.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "path": [
        {"text": "Skin, left cheek, excision: invasive squamous cell carcinoma, moderately differentiated; margins "
                 "clear.", "site": "Left cheek", "date": "2025-09-08"},
    ],
    "expected": E([L("99204", 1, "57"), L("14040")], topics=["ncci"], dx={"14040": ["C44.329"]}),
    "coder_note": "FLAP-2: excision of the lesion and the layered closure of the flap are included in the adjacent "
                  "tissue transfer (14040/11643 and 14040/12052 indicator 1, same lesion) -> both removed. 9.3 sq cm on "
                  "the cheek -> 14040 (090). GS-4: the new-patient E/M decided the 090 procedure that day -> 57.",
})

SCENARIOS.append({
    "id": "s50-rep-back-naevus-layered-no-length",
    "family": "repair", "shape": "free-text",
    "description": "Partner note, Medicaid MCO: benign back naevus excision with layered closure, repair length not recorded",
    "date": "2025-10-07",
    "patient": ("Quayle", "Brianna", "1999-06-30", "female"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Traumatized naevus, mid back", None, "Mid back", reason=True),
    ],
    "procedures": [
        P("Excision of naevus", site="Mid back",
          note="Lesion 0.8 cm, 2 mm margins, ellipse to fat.", reasons=["c1"]),
        P("Layered closure", site="Mid back",
          note="Buried 4-0 Vicryl deep, 4-0 nylon interrupted superficial.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """PROCEDURE - EXCISION
Jordan Pike, MD

Indication:
- 26 yo F, raised mole mid back under bra strap
- rubbed, bled x2 last month, now sore
- pt wants it out

Pre-op:
- lesion 0.8 cm, 2 mm margins
- consent, time-out

Proc:
- lido 1% w/ epi
- fusiform ellipse to fat
- hemostasis w/ cautery
- layered closure: 4-0 Vicryl buried, 4-0 nylon interrupted
- tolerated well

Post:
- path sent
- SR 12-14 d
""",
    "path": [
        {"text": "Skin, mid back, excision: compound melanocytic nevus with surface erosion; margins clear.",
         "site": "Mid back", "date": "2025-10-13"},
    ],
    "expected": E([L("11402")], topics=["missing-documentation"], dx={"11402": ["D22.5"]}),
    "coder_note": "EX-1: 0.8 + 2 x 0.2 = 1.2 cm, trunk, benign -> 11402. Layered closure without a length -> no repair "
                  "line and a missing-documentation finding (README coding decisions).",
})

SCENARIOS.append({
    "id": "s50-sh-back-and-neck-naevi",
    "family": "shave", "shape": "note-only",
    "description": "Medicare Advantage letter: shave removal of a bleeding back naevus (0.5 cm) and an inflamed neck naevus (0.9 cm)",
    "date": "2025-10-21",
    "patient": ("Kettering", "Rosalind", "1953-01-08", "female"),
    "provider": "voss", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Irritated naevus, right lower back", None, "Right lower back", reason=True),
        C("c2", "Inflamed naevus, back of neck", None, "Posterior neck", reason=True),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Gallacher,

Re: Mrs Rosalind Kettering

I saw Mrs Kettering today about two raised moles that are causing her trouble.

The first, on the right lower back at her waistband, is a soft 0.5 cm papillomatous naevus which has been
caught and bled several times. The second, on the back of the neck at her collar line, is a 0.9 cm
dome-shaped naevus that has become red, swollen and tender over the last month from rubbing. Both look
benign on dermoscopy.

Because they are symptomatic I removed both today by shave excision, flush with the skin, under local
anaesthetic, with aluminium chloride for haemostasis. Both have gone to the laboratory.

She also has a number of flat, regular naevi on her back which I have not treated, and I have shown her
husband how to photograph them for comparison.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist

cc: Mrs R. Kettering
""",
    "path": [
        {"text": "A. Skin, right lower back, shave: intradermal nevus with surface erosion.", "site": "Right lower back",
         "date": "2025-10-27"},
        {"text": "B. Skin, posterior neck, shave: intradermal nevus with inflammation.", "site": "Posterior neck",
         "date": "2025-10-27"},
    ],
    "expected": E([L("11300"), L("11306")], dx={"11300": ["D22.5"], "11306": ["D22.4"]}),
    "coder_note": "SH-1: back (TAL) 0.5 cm -> 11300; neck (SNHFG) 0.9 cm -> 11306. No PTP edit between them. Both "
                  "lesions symptomatic (bleeding, inflammation).",
})

SCENARIOS.append({
    "id": "s50-sh-cheek-irritated-sk-precoded-as-biopsy",
    "family": "shave", "shape": "pre-coded",
    "description": "Medicare FFS letter: bleeding SK on the cheek removed completely by shave (1.2 cm); pre-coded 11102",
    "date": "2025-11-04",
    "patient": ("Lowther", "Beatrice", "1943-03-17", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, left cheek", "L82.0", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy of skin, single lesion", cpt="11102", site="Left cheek",
          note="1.2 cm lesion shaved off completely.", reasons=["c1"]),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Iyer,

Re: Mrs Beatrice Lowther

I saw Mrs Lowther today about the warty spot on her left cheek. Over the last two months it has become
inflamed and has bled repeatedly where the chain of her spectacles rubs against it.

It is a 1.2 cm, crusted, rather angry seborrhoeic keratosis; on dermoscopy it has the typical
cerebriform pattern and comedo-like openings, and I have no real doubt about the diagnosis. The aim was
therefore to get rid of it, not to sample it: under local anaesthetic I shaved the whole lesion off level
with the surrounding skin and used aluminium chloride for haemostasis. I sent it to the laboratory as a
matter of routine.

She has several other flat seborrhoeic keratoses on her temples which do not bother her, and we left
them alone.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist
""",
    "path": [
        {"text": "Skin, left cheek, shave: irritated seborrheic keratosis, completely removed.", "site": "Left cheek",
         "date": "2025-11-07"},
    ],
    "expected": E([L("11312")], topics=["coding-correction"], dx={"11312": ["L82.0"]}),
    "coder_note": "BX-4: the intent was complete removal, so shave removal, not tangential biopsy. Face (FEENLM) 1.2 cm "
                  "-> 11312. Symptomatic (bleeding, inflamed) so covered.",
})

SCENARIOS.append({
    "id": "s50-sh-chin-naevus-no-size-plus-back",
    "family": "shave", "shape": "free-text",
    "description": "Partner note: shave of a chin naevus with no size recorded, plus a 0.4 cm back naevus shave",
    "date": "2025-12-09",
    "patient": ("Moreau", "Julien", "1975-10-19", "male"),
    "provider": "pike", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Pedunculated naevus, chin, bleeding with shaving", None, "Chin", reason=True),
        C("c2", "Irritated naevus, mid back", None, "Mid back", reason=True),
    ],
    "procedures": [
        P("Shave removal of naevus", site="Chin",
          note="Pedunculated flesh-colored papule, nicked by razor weekly. Shaved flush; AlCl.", reasons=["c1"]),
        P("Shave removal of naevus", site="Mid back",
          note="0.4 cm raised naevus under backpack strap, irritated. Shaved flush; AlCl.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """DERM PROCEDURE NOTE
Jordan Pike, MD

S:
- 50 yo M, 2 bothersome moles
- chin: cuts it shaving ~weekly, bleeds
- mid back: backpack strap rubs, sore

O:
- chin: pedunculated flesh-colored papule, benign dermoscopy
- mid back: 0.4 cm raised brown papule, regular, mildly eroded

Proc:
- consent, lido 1% w/ epi
- chin lesion shaved flush, AlCl
- back lesion shaved flush, AlCl
- both to path

A/P:
- symptomatic naevi x2 removed
- vaseline, bandaid, f/u prn
""",
    "path": [
        {"text": "A. Skin, chin, shave: intradermal nevus.", "site": "Chin", "date": "2025-12-15"},
        {"text": "B. Skin, mid back, shave: compound nevus, eroded.", "site": "Mid back", "date": "2025-12-15"},
    ],
    "expected": E([L("11300")], topics=["missing-documentation"], dx={"11300": ["D22.5"]}),
    "coder_note": "README coding decisions: the chin lesion has no documented diameter -> no size-banded shave line, "
                  "missing-documentation. Back 0.4 cm (TAL) -> 11300.",
})

SCENARIOS.append({
    "id": "s50-st-twenty-two-irritated-tags",
    "family": "skin-tags", "shape": "note-only",
    "description": "Medicare FFS letter: 22 irritated/bleeding skin tags (neck and axillae) removed; eyelid tags left",
    "date": "2026-01-13",
    "patient": ("Pickering", "Maureen", "1951-05-25", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Irritated skin tags, neck and axillae", "L91.8", "Neck; both axillae", reason=True),
    ],
    "note_title": "Clinic Letter",
    "note": """Dear Dr. Farrukh,

Re: Mrs Maureen Pickering

Thank you for referring Mrs Pickering with troublesome skin tags. She has a large number around the neck
and in both armpits, and many of them catch on her necklaces and bra straps; several have bled onto her
clothes in the last few weeks and a number are red, swollen and sore.

On examination the tags on the neck and in the axillae are irritated, some crusted with dried blood and
some inflamed. I removed the symptomatic ones today with sterile scissors and light cautery: nine on the
neck, seven in the right axilla and six in the left axilla.

She also has a few tiny tags on the upper eyelids which do not trouble her; I have left these alone.

With kind regards,

Henrietta Voss, MD FRCP
Consultant Dermatologist

cc: Mrs M. Pickering
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "9 + 7 + 6 = 22 tags: 11200 for the first 15 + 11201 x ceil(7/10) = 1. Tags bleeding and inflamed, "
                  "so covered (BSL-3). Eyelid tags not treated.",
})

SCENARIOS.append({
    "id": "s50-st-thirty-eight-tags-precoded-over-mue",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Partner note, Medicare Advantage: 38 inflamed skin tags, pre-coded 11200 + 11201 x3 (over MUE)",
    "date": "2026-02-17",
    "patient": ("Dobbs", "Harriet", "1964-12-12", "female"),
    "provider": "pike", "payer": "medicare-advantage-ppo", "minutes": 40,
    "conditions": [
        C("c1", "Acrochordons, inflamed, neck/axillae/inframammary", "L91.8", "Neck; axillae; inframammary",
          reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to 15", cpt="11200", site="Neck", reasons=["c1"]),
        P("Removal of skin tags, each additional 10", cpt="11201", site="Right axilla", reasons=["c1"]),
        P("Removal of skin tags, each additional 10", cpt="11201", site="Left axilla", reasons=["c1"]),
        P("Removal of skin tags, each additional 10", cpt="11201", site="Inframammary folds", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """PROCEDURE - SKIN TAG REMOVAL
Jordan Pike, MD

S:
- 61 yo F, many skin tags neck, axillae, under breasts
- catch on clothing/bra, several bleed, some red + painful
- had 2 courses of topical abx for irritated ones

O:
- innumerable acrochordons, many inflamed/crusted
- treated today (symptomatic only):
  - neck 14
  - R axilla 9
  - L axilla 8
  - inframammary 7
  - TOTAL 38

Proc:
- verbal consent
- snip excision w/ curved iris scissors, AlCl / light hyfrecation
- tolerated well

A/P:
- symptomatic acrochordons x38 removed
- RTC prn for remaining asymptomatic tags
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "38 tags: 11200 (first 15) + 11201 x ceil(23/10) = 3, capped at the 11201 MUE of 1 with an mue finding "
                  "(README coding decisions).",
})
