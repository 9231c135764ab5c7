"""Sealed set 31 (s31-): rural solo dermatologist, Mountain West, Dragon-dictated notes in Epic Community Connect.

One physician (abernathy) dictates every note with speech recognition: long run-on paragraphs, few headers, numbers
spoken in words, recognition slips ("a K's", "E D and C", "times 2"), a "Dictated but not read" closing. Mostly
Medicare FFS / Medicare Advantage farmers and ranchers with heavy actinic damage. Expected answers from the rule
book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

DOC = "abernathy"
HDR = ("SHOSHONE RIVER DERMATOLOGY - Powell, Wyoming\n"
       "Epic Community Connect (Big Horn Regional)   Provider: June Abernathy, MD\n")
TAIL = ("\nDictated but not read. This note was created with Dragon voice recognition software and may contain "
        "transcription errors.\nJune Abernathy, MD\n")


def note(dos: str, body: str) -> str:
    return HDR + f"Date of service: {dos}\n\n" + body.strip("\n") + "\n" + TAIL


# ---------------------------------------------------------------------------------------------------------------
# Batch 1: actinic damage, destruction, Mohs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s31-ds-ak-nineteen-farmer-17004",
    "family": "destruction", "shape": "note-only",
    "description": "Nineteen AKs frozen (counts by site spoken in words); SCC history and winter 5-FU plan not coded",
    "date": "2025-10-14",
    "patient": ("Brandvold", "Lyle", "1946-02-19", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, multiple", "L57.0", "Scalp, temples, nose, dorsal hands", reason=True),
        C("c2", "Personal history of squamous cell carcinoma of skin", "Z85.828", history=True),
    ],
    "note_title": "Office Visit - Dictated",
    "note": note("10/14/2025", """
Lyle is a seventy nine year old wheat and sugar beet farmer from out past Ralston who comes in today for his fall
freeze, he has farmed without a hat for better than sixty years and says the rough spots on his scalp and the backs
of his hands are back, they catch when he pulls his cap on and a couple of them bleed a little, no new moles he is
worried about. Past history is notable for a squamous cell carcinoma of the left ear taken off with Mohs in
Billings in 2022 comma no recurrence, and a basal cell on the back that we E D and C'd in 2023. He takes lisinopril
and a baby aspirin, no other blood thinners.
Exam today of the scalp face ears neck dorsal hands and forearms shows heavy actinic damage with solar lentigines
and elastosis and rough gritty erythematous scaly papules consistent with actinic keratoses as follows, scalp
eleven, left temple two, right temple one, nasal dorsum one, and the dorsal hands four comma for a total of
nineteen a K's. The left ear Mohs scar is well healed without nodularity. No suspicious pigmented lesions.
new paragraph Assessment and plan. Actinic keratoses times nineteen as above, we discussed cryotherapy versus
topical fluorouracil versus photodynamic therapy and he wants them frozen today like always. Verbal consent, risks
of blistering hypopigmentation scarring and recurrence discussed. All nineteen lesions were treated with liquid
nitrogen, two freeze thaw cycles each, tolerated well, wound care reviewed. History of squamous cell carcinoma of
the ear, no evidence of recurrence. If the scalp keeps filling in like this I would like to do field treatment
with fluorouracil this winter when he is out of the field, we will talk about that at the next visit, nothing
prescribed today. Wide brim hat reviewed again period. Return in six months.
"""),
    "expected": E([L("17004")], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 11+2+1+1+4 = 19 AKs -> 17004 x1. The SCC history and the possible winter 5-FU course are "
                  "history/plan only.",
})

SCENARIOS.append({
    "id": "s31-ds-ak-precoded-17003-sixteen",
    "family": "destruction", "shape": "pre-coded",
    "description": "Seventeen AKs sent as 17000 + 17003 for sixteen more; must become 17004 x1",
    "date": "2025-11-04",
    "patient": ("Etchepare", "Dolores", "1950-07-08", "female"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 20,
    "conditions": [C("c1", "Actinic keratosis", "L57.0", "Face, forearms, hands", reason=True)],
    "procedures": [
        P("Cryo AK first lesion", "17000", "Left forearm", reasons=["c1"]),
        P("Cryo AK additional lesions", "17003", "Face, forearms, dorsal hands",
          note="16 additional lesions, LN2", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Dictated",
    "note": note("11/04/2025", """
Dolores is a seventy five year old retired sheep rancher from the Greybull area, her family ran sheep on the
Bighorns for three generations and she has had a lot of sun, she is here for treatment of her rough spots which she
says are worse since lambing season and tender when she washes her face. No new or changing moles, no bleeding
lesions. Medications reviewed in Epic, no anticoagulants.
On exam she has diffuse photodamage and gritty erythematous keratotic papules consistent with actinic keratoses,
forehead three, right cheek two, left forearm five, right forearm four and dorsal hands three, that is seventeen a
K's total, no thickened or tender lesion worrisome for squamous cell carcinoma today.
Procedure, after verbal consent, liquid nitrogen cryotherapy was applied to all seventeen actinic keratoses, two
cycles each, she tolerated it well, post care handout given. We will see her back in six months for a full skin
exam. She asked about the brown spots on her cheeks and I told her those are sun spots and do not need anything.
"""),
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 17 AKs -> 17004 x1 instead of 17000 + 17003 x16 (17003 MUE 13 and 17004/17000 indicator 0).",
})

SCENARIOS.append({
    "id": "s31-ds-ak-fourteen-of-sixteen-nose-declined",
    "family": "destruction", "shape": "free-text",
    "description": "Sixteen AKs seen, two on the nasal tip declined (wedding); fourteen frozen -> 17000 + 17003 x13",
    "date": "2025-09-23",
    "patient": ("Hurlbut", "Wendell", "1944-11-30", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Actinic keratoses", "L57.0", "Scalp, forehead, ears, forearms", reason=True)],
    "procedures": [
        P("Cryotherapy of actinic keratoses", site="Scalp, forehead, both ears, dorsal forearms",
          note="LN2 2 cycles. 14 AKs treated. 2 AKs nasal tip NOT treated - pt request, will do at f/u.",
          reasons=["c1"]),
    ],
    "note_title": "Office Visit - Dictated",
    "note": note("09/23/2025", """
Wendell is an eighty year old retired irrigation district ditch rider who is here for his a K's, he has had these
frozen about twice a year for the last ten years. He reports the usual scaly spots on his scalp and ears and a couple
on the end of his nose that he picks at. Otherwise he is doing fine.
On exam there is marked actinic damage and I count sixteen actinic keratoses, scalp five, forehead three, right ear
two, left ear one, dorsal forearms three, and two on the nasal tip.
His granddaughter is getting married a week from Saturday and he does not want scabs on his nose in the pictures,
so we agreed to leave the two on the nasal tip alone today and freeze those at his next visit after the wedding.
Procedure, verbal consent, the other fourteen lesions, scalp forehead ears and forearms, were treated with liquid
nitrogen two freeze thaw cycles each. Tolerated well, no complications, wound care discussed.
Plan recheck in three months, we will treat the nose then period. Sunscreen and hat.
"""),
    "expected": E([L("17000"), L("17003", 13)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: only the 14 lesions actually treated count (5+3+2+1+3); the 2 nasal-tip AKs were deferred "
                  "at the patient's request -> 17000 + 17003 x13.",
})

SCENARIOS.append({
    "id": "s31-ds-ak-uncounted-plus-shave-bx",
    "family": "destruction", "shape": "note-only",
    "description": "AKs frozen with no count anywhere (no destruction line) + tangential bx of separate forearm papule",
    "date": "2025-12-02",
    "patient": ("Kostelecky", "Arnold", "1941-04-03", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "Scalp and dorsal hands", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left dorsal forearm", "D04.62", "Left dorsal forearm", reason=True),
    ],
    "path": [{"text": "Left dorsal forearm, shave biopsy: squamous cell carcinoma in situ (Bowen disease), "
                      "extending to the peripheral margin.", "site": "Left dorsal forearm", "date": "2025-12-05"}],
    "note_title": "Office Visit - Dictated",
    "note": note("12/02/2025", """
Arnold is an eighty four year old cattle rancher from the Clarks Fork area here with his daughter, he has a sore on
the back of his left forearm that has been there since haying season and will not heal, it scabs and bleeds, and he
would like his rough spots frozen while he is here. He had an a K treatment here last spring.
Exam shows extensive actinic damage, multiple actinic keratoses scattered over the scalp and the backs of both hands,
and on the left dorsal forearm there is a one point one centimeter pink hyperkeratotic scaly papule with a crusted
center that is more indurated than his usual a K's, rule out squamous cell carcinoma.
Procedure one, after consent and local with one percent lidocaine with epinephrine, a shave biopsy was taken of
the left dorsal forearm papule to rule out squamous cell carcinoma, hemostasis with aluminum chloride, specimen
to pathology, bandage applied.
Procedure two, the actinic keratoses on the scalp and the dorsal hands were treated with liquid nitrogen, two
cycles, tolerated well. He declined having the rest of his face looked at in detail today, wants to get home
before the weather comes in. Will call with the pathology and plan treatment of the forearm lesion accordingly.
"""),
    "expected": E([L("11102")], topics=["missing-documentation"], dx={"11102": ["D04.62"]}),
    "coder_note": "README missing documentation: AK count never documented -> no 17000/17003/17004 line. The biopsy "
                  "of the separate forearm papule stands alone (no destruction line, so no XS). Path D04.62.",
})

SCENARIOS.append({
    "id": "s31-ds-ak-17004-79-cyst-global",
    "family": "destruction", "shape": "free-text",
    "description": "Seventeen AKs frozen six days after a back cyst excision (010 global) -> 17004-79",
    "date": "2026-01-13",
    "patient": ("Gebhardt", "Merle", "1948-08-22", "male"),
    "provider": DOC, "payer": "medicare-noname", "minutes": 20,
    "conditions": [C("c1", "Actinic keratoses", "L57.0", "Dorsal forearms and hands", reason=True)],
    "prior": [PRIOR("2026-01-07", "11403", "Excision epidermoid cyst, upper back", "Upper back",
                    "Cyst 2.2 x 1.8 cm, excised with 2 mm margins, layered closure with absorbable deep sutures.")],
    "procedures": [
        P("LN2 destruction actinic keratoses", site="Bilateral dorsal forearms and hands",
          note="17 AKs treated, 2 freeze-thaw cycles each. Unrelated to last week's cyst excision.",
          reasons=["c1"]),
    ],
    "note_title": "Office Visit - Dictated",
    "note": note("01/13/2026", """
Merle is a seventy seven year old hay farmer who had an epidermoid cyst excised from his upper back with me last
Wednesday, he is not here for that today, his suture check is on the calendar with my nurse next week and he says
the back feels fine, I did not take the dressing down today. He is here for the scaly spots on his arms and hands
which he wants treated before he starts calving.
Exam of the dorsal forearms and hands shows seventeen actinic keratoses, right forearm six, left forearm five,
right dorsal hand three, left dorsal hand three, no lesion suspicious for carcinoma.
Procedure, verbal consent obtained, all seventeen were frozen with liquid nitrogen two freeze thaw cycles, tolerated
well. This is a separate problem from the cyst, which was a benign epidermoid cyst on pathology. Follow up as
scheduled with the nurse for the back and six months with me for a skin check.
"""),
    "expected": E([L("17004", 1, "79")], topics=["global-period"], dx={"17004": ["L57.0"]}),
    "coder_note": "GS-5: unrelated procedure (AK destruction) inside the 010 global of the 01/07 cyst excision -> 79; "
                  "17 AKs -> 17004. The back wound was not evaluated today (no 99024).",
})

SCENARIOS.append({
    "id": "s31-ds-warts-hands-precoded-three-lines",
    "family": "destruction", "shape": "pre-coded",
    "description": "Medicaid child, six spreading common warts sent as three 17110 procedures -> one 17110 unit",
    "date": "2025-10-28",
    "patient": ("Schmeeckle", "Tanner", "2016-05-14", "male"),
    "provider": DOC, "payer": "medicaid", "minutes": 15,
    "conditions": [C("c1", "Verruca vulgaris, hands", "B07.8", "Both hands", reason=True)],
    "procedures": [
        P("Cryo warts", "17110", "Right hand", note="3 warts", reasons=["c1"]),
        P("Cryo warts", "17110", "Left hand", note="2 warts", reasons=["c1"]),
        P("Cryo wart", "17110", "Left thumb", note="1 wart, painful", reasons=["c1"]),
    ],
    "note_title": "Office Visit - Dictated",
    "note": note("10/28/2025", """
Tanner is a nine year old boy here with his mom for warts on his hands, there were two in June and now there are
six, they have spread over the summer while he was showing his steer at the county fair, the one on his left thumb
hurts when he holds a pencil or the lead rope. Over the counter salicylic acid has not helped.
Exam shows six verrucous papules consistent with common warts, right hand three, left hand two and the left thumb
one, the thumb one is tender and fissured.
Procedure, consent from mom, the warts were pared lightly with a fifteen blade and all six lesions were treated
with liquid nitrogen, two cycles, he did great and got a sticker. Mom was told to continue salicylic acid at home
once the blisters settle. Recheck in three to four weeks, we may need to repeat the freeze.
"""),
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2: 17110 covers up to 14 benign lesions in one unit; the three pre-coded procedures (6 warts) "
                  "become one 17110 x1. Spreading + painful documented.",
})

SCENARIOS.append({
    "id": "s31-ds-edc-sccis-left-hand",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of biopsy-proven SCCIS left dorsal hand, final defect 1.4 cm -> 17272; ear AK deferred",
    "date": "2025-11-18",
    "patient": ("Vandersloot", "Ruth", "1939-03-27", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left dorsal hand", "D04.62", "Left dorsal hand", reason=True),
    ],
    "prior": [PRIOR("2025-11-04", "11102", "Tangential biopsy left dorsal hand", "Left dorsal hand")],
    "note_title": "Procedure Note - Dictated",
    "note": note("11/18/2025", """
Ruth is an eighty six year old retired schoolteacher and ranch wife who returns to discuss her biopsy from two weeks
ago, the shave biopsy of the left dorsal hand came back squamous cell carcinoma in situ. We talked about excision
versus E D and C versus topical treatment, she does not want stitches on the back of her hand with her thin skin
and she does not want to do six weeks of cream, so we will do E D and C today.
Procedure, E D and C of squamous cell carcinoma in situ, left dorsal hand. After consent, the site was confirmed
with the patient and the biopsy scar, prepped, and anesthetized with one percent lidocaine with epinephrine. The
residual lesion measured one point one by zero point nine centimeters. It was curetted and then electrodesiccated,
three cycles, and the final defect after the last cycle measured one point four centimeters in diameter.
Hemostasis was good, Vaseline and a bandage applied, wound care sheet given.
She also has a small a K on the right helix which she would rather we freeze at her next visit, she has had enough
for one day. Return in three months for a skin check and to look at the site.
"""),
    "expected": E([L("17272")], dx={"17272": ["D04.62"]}),
    "coder_note": "DS-4: malignant destruction (D04 counts as malignant), hand = SNHFG; 1.4 cm (final defect; the "
                  "1.1 cm lesion is in the same band) -> 17272. Biopsy 11/04 is a 000 global, no modifier. Ear AK "
                  "is a plan for the next visit.",
})

SCENARIOS.append({
    "id": "s31-ds-saucer-bx-then-edc-bcc-back",
    "family": "destruction", "shape": "free-text",
    "description": "Shave sample then immediate curettage of suspected BCC, path BCC -> destruction only (17262)",
    "date": "2026-02-10",
    "patient": ("Rasmussen", "Orval", "1947-12-01", "male"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 20,
    "conditions": [C("c1", "Basal cell carcinoma, nodular, right upper back", "C44.519", "Right upper back",
                     reason=True)],
    "procedures": [
        P("Shave biopsy", site="Right upper back",
          note="Saucerization of 1.0 cm pearly papule, sent to path.", reasons=["c1"]),
        P("Curettage and electrodesiccation", site="Right upper back",
          note="Base curetted and desiccated x3 right after sampling, clinically BCC. Final defect 1.3 cm.",
          reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right upper back, shave: basal cell carcinoma, nodular type.", "site": "Right upper back",
              "date": "2026-02-13"}],
    "note_title": "Office Visit - Dictated",
    "note": note("02/10/2026", """
Orval is a seventy eight year old retired railroad man from Frannie with a spot on his right upper back his wife
noticed, it bleeds on his undershirt. On exam there is a one point zero centimeter pearly papule with rolled border
and telangiectasia, clinically a basal cell carcinoma.
We discussed options and since he lives an hour and a half away he wanted it taken care of today if possible, so
after consent and local the lesion was sampled with a saucerization shave and sent to pathology, and then the base
was curetted and electrodesiccated for three cycles in the same sitting. Final defect measured one point three
centimeters. Vaseline and bandage, wound care given. If pathology is not a basal cell we will let him know and
the plan may change. Recheck in three months.
Addendum 02/13 pathology basal cell carcinoma nodular type, called patient.
"""),
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "BX-6: sample-then-curette of a suspected BCC; pathology malignant -> report only the malignant "
                  "destruction by final defect (trunk 1.3 cm -> 17262), not the biopsy.",
})

SCENARIOS.append({
    "id": "s31-mohs-left-helix-scc-six-blocks",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs left superior helix SCC, stage 1 six blocks + stage 2 two blocks, second intention",
    "date": "2025-09-30",
    "patient": ("Tschetter", "Leonard", "1943-06-15", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 150,
    "conditions": [C("c1", "Squamous cell carcinoma, left superior helix", "C44.229", "Left superior helix",
                     reason=True)],
    "note_title": "Mohs Surgery - Dictated",
    "note": note("09/30/2025", """
Mohs micrographic surgery note. I acted as both the surgeon and the pathologist for this procedure.
Leonard is an eighty two year old colony farmer referred by himself because the sore on the top of his left ear
kept coming back, I did a shave biopsy on September ninth that showed a well differentiated squamous cell
carcinoma of the left superior helix, here today for Mohs. He is not on blood thinners, no pacemaker. Indication
for Mohs is squamous cell carcinoma on the ear, a high risk location where we need to spare tissue.
Consent signed, time out done, site confirmed with the patient using a hand mirror. Local anesthesia with one
percent lidocaine with epinephrine. Preoperative lesion size one point one by zero point eight centimeters.
Stage one, the lesion was debulked with a curette and excised with a narrow margin, the specimen was divided into
six tissue blocks, mapped and inked, and frozen sections were read by me showing residual squamous cell carcinoma
at the two o'clock peripheral margin in block three. Stage two, an additional layer was taken at one to three
o'clock in two tissue blocks, clear. So two stages total, six blocks in stage one and two in stage two.
Final defect one point six by one point three centimeters on the superior helix and scapha with a small area of
perichondrium showing. Repair options were discussed, he is in the middle of harvest and wants no stitches, so
the wound will heal by second intention, he understands it may notch a little. Vaseline and pressure dressing,
wound care sheet and my cell number given. Recheck in two weeks.
"""),
    "expected": E([L("17311"), L("17312"), L("17315")], dx={"17311": ["C44.229"]}),
    "coder_note": "MOHS-2: ear = 17311; stage 2 -> 17312 x1; stage 1 had 6 blocks -> 17315 x1 (one block beyond 5). "
                  "Second-intention healing, no repair line.",
})

SCENARIOS.append({
    "id": "s31-mohs-scalp-scc-precoded-88305",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs vertex scalp SCC 3 stages + layered closure; 88305 sent for Mohs layers must come off",
    "date": "2025-10-21",
    "patient": ("Oberholtzer", "Dean", "1945-01-09", "male"),
    "provider": DOC, "payer": "medicare-advantage-ppo", "minutes": 180,
    "conditions": [C("c1", "Squamous cell carcinoma, vertex scalp", "C44.42", "Vertex scalp", reason=True)],
    "procedures": [
        P("Mohs stage 1 head/neck", "17311", "Vertex scalp", note="4 blocks", reasons=["c1"]),
        P("Mohs additional stage", "17312", "Vertex scalp", note="Stage 2, 3 blocks", reasons=["c1"]),
        P("Mohs additional stage", "17312", "Vertex scalp", note="Stage 3, 2 blocks", reasons=["c1"]),
        P("Surgical path, Mohs layers", "88305", "Vertex scalp",
          note="Frozen sections of Mohs layers, read by Dr. Abernathy", reasons=["c1"]),
        P("Layered closure scalp", "12032", "Vertex scalp", note="5.8 cm intermediate repair", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery - Dictated",
    "note": note("10/21/2025", """
Mohs surgery note, vertex scalp. I was the surgeon and I read all the frozen sections myself.
Dean is an eighty year old bald wheat farmer with biopsy proven invasive squamous cell carcinoma of the vertex
scalp, biopsy here on October second, moderately differentiated, clinically one point eight by one point five
centimeters. Consent, time out, local with lidocaine with epinephrine and a ring block.
Stage one four tissue blocks, tumor at the deep margin centrally and at six o'clock. Stage two three tissue blocks,
residual at six o'clock deep. Stage three two tissue blocks, clear. Three stages total, nine blocks, no stage over
five blocks. The tissue was processed here by our histotech, nothing was sent out to the hospital lab.
Final defect two point eight by two point four centimeters down to galea. Repair, the wound was undermined in the
subgaleal plane, the galea was closed with two oh Vicryl and the skin with staples, layered closure, final length
five point eight centimeters. Pressure dressing. He tolerated it well.
Follow up ten to fourteen days for staple removal. We talked about his other a K's on the scalp, we will treat
those once this heals.
"""),
    "expected": E([L("17311"), L("17312", 2), L("12032")], topics=["ncci"], dx={"17311": ["C44.42"]}),
    "coder_note": "MOHS-5: no 88305 on the Mohs layers themselves (17311/88305 indicator 1, no legitimate exception). "
                  "Three stages -> 17311 + 17312 x2; layered scalp closure 5.8 cm -> 12032 (MOHS-7). AKs deferred.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2: excisions, shaves, biopsies
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s31-exm-forearm-scc-layered-closure",
    "family": "excision-malignant", "shape": "note-only",
    "description": "SCC right forearm 1.2 x 0.8 cm with 4 mm margins (2.0 cm) + layered closure 3.5 cm; ellipse trap",
    "date": "2025-10-07",
    "patient": ("Lundquist", "Harold", "1942-09-10", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal forearm", "C44.622", "Right dorsal forearm", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "path": [{"text": "Skin, right dorsal forearm, excision: squamous cell carcinoma, well differentiated, "
                      "margins free, closest 3 mm.", "site": "Right dorsal forearm", "date": "2025-10-10"}],
    "note_title": "Procedure Note - Dictated",
    "note": note("10/07/2025", """
Harold is an eighty three year old retired county road grader operator here for excision of the biopsy proven well
differentiated squamous cell carcinoma on the right dorsal forearm, biopsied here three weeks ago. He had a basal
cell cut off his nose in 2019 by a surgeon in Cody, that has done fine. He is on Eliquis which he held for two days
per his cardiologist.
Procedure, excision of squamous cell carcinoma right dorsal forearm. Consent signed, time out. The lesion was
outlined and measured one point two by zero point eight centimeters, a four millimeter margin was drawn around it
and a fusiform ellipse was designed along the relaxed skin tension lines, ellipse length three point five
centimeters. Anesthesia with one percent lidocaine with epinephrine, twelve cc's. Excised to the subcutaneous fat,
specimen tagged at twelve o'clock and sent to pathology. Hemostasis with electrocautery. Because of the tension on
the forearm the wound was closed in layers, deep dermal four oh Vicryl buried interrupted sutures and the skin with
four oh nylon, layered repair length three point five centimeters. Pressure dressing, wound care, no lifting
anything heavier than a gallon of milk for a week which he says is going to be hard.
Suture removal in ten to fourteen days. Addendum pathology margins clear, called patient.
"""),
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.622"]}),
    "coder_note": "EX-1: excised diameter = 1.2 + 2 x 0.4 = 2.0 cm (not the 3.5 cm ellipse) -> trunk/arms/legs "
                  "11602. EX-5: layered closure of the arm 3.5 cm -> 12032. The 2019 nose BCC is history.",
})

SCENARIOS.append({
    "id": "s31-exm-cheek-reexcision-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision of left cheek SCC for positive margin 8 days into the 010 global, 2.2 cm -> 11643-58",
    "date": "2025-11-12",
    "patient": ("Poulsen", "Marjorie", "1949-05-19", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 45,
    "conditions": [C("c1", "Squamous cell carcinoma, left cheek, positive margin", "C44.329", "Left cheek",
                     reason=True)],
    "prior": [PRIOR("2025-11-04", "11642", "Excision SCC left cheek", "Left cheek",
                    "Path: SCC, moderately differentiated, lateral margin involved.")],
    "procedures": [
        P("Re-excision SCC for margins", site="Left cheek",
          note="Scar 1.6 cm, 3 mm margins all around. Single-layer closure 5-0 nylon. Staged, planned after "
               "positive margin 11/04.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left cheek, re-excision: dermal scar, no residual carcinoma. Margins free.",
              "site": "Left cheek", "date": "2025-11-15"}],
    "note_title": "Procedure Note - Dictated",
    "note": note("11/12/2025", """
Marjorie is a seventy six year old retired postmistress who had a squamous cell carcinoma excised from the left
cheek here on November fourth, the pathology came back with the lateral margin involved, so she is back today for
the planned re-excision which we talked about on the phone, she did not want Mohs in Billings because of the drive
in the winter.
Procedure, re-excision of squamous cell carcinoma left cheek. Consent, time out. The healing scar measured one
point six centimeters in length and a three millimeter margin was taken all the way around it. Local with one
percent lidocaine with epi. Excised to fat, specimen oriented with a suture at twelve o'clock. The wound closed
easily in a single layer with five oh nylon. Bandage, wound care.
She is still inside the global from last week's excision, this is the staged second procedure for the same cancer.
Sutures out in one week. Addendum pathology scar only, no residual tumor, margins clear, patient notified.
"""),
    "expected": E([L("11643", 1, "58")], topics=["global-period"], dx={"11643": ["C44.329"]}),
    "coder_note": "EX-1/EX-4: 1.6 + 2 x 0.3 = 2.2 cm face -> 11643; re-excision of a malignancy stays a malignant "
                  "code even with a negative specimen; inside the 11/04 010 global and planned -> 58. Simple closure "
                  "included.",
})

SCENARIOS.append({
    "id": "s31-exm-back-sccis-precoded-ellipse-length",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "SCCIS mid back coded 11604 from the 3.6 cm ellipse; 1.0 cm + 2 x 2 mm = 1.4 cm -> 11602",
    "date": "2026-01-27",
    "patient": ("Wambeke", "Gerald", "1951-03-04", "male"),
    "provider": DOC, "payer": "medicare-noname", "minutes": 40,
    "conditions": [C("c1", "Squamous cell carcinoma in situ, mid back", "D04.5", "Mid back", reason=True)],
    "procedures": [
        P("Excision malignant lesion trunk", "11604", "Mid back", note="3.6 cm ellipse", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, mid back, excision: squamous cell carcinoma in situ, completely excised.",
              "site": "Mid back", "date": "2026-01-30"}],
    "note_title": "Procedure Note - Dictated",
    "note": note("01/27/2026", """
Gerald is a seventy four year old sugar beet grower with biopsy proven squamous cell carcinoma in situ of the mid
back from his visit on January sixth, here for excision. No blood thinners.
Procedure, after written consent and time out, the lesion on the mid back was marked and measured one point zero by
zero point seven centimeters, two millimeter margins were marked, and an ellipse three point six centimeters long
was drawn to allow a flat closure. Local with lidocaine with epinephrine, excised to the superficial fat and sent to
pathology oriented. The wound was closed with simple interrupted four oh nylon in a single layer, no deep sutures
needed. Bandage. Sutures out in two weeks.
Addendum pathology squamous cell carcinoma in situ completely excised, patient called.
"""),
    "expected": E([L("11602")], topics=["coding-correction"], dx={"11602": ["D04.5"]}),
    "coder_note": "EX-1: size is lesion + 2 x narrowest margin = 1.0 + 0.4 = 1.4 cm, not the ellipse length -> 11602 "
                  "(SCCIS is coded as malignant, EX-3). Simple closure included.",
})

SCENARIOS.append({
    "id": "s31-exb-neck-cyst-layered-closure",
    "family": "excision-benign", "shape": "free-text",
    "description": "Recurrently inflamed epidermoid cyst posterior neck 2.1 cm + 1 mm margins -> 11423 + 12042",
    "date": "2025-12-09",
    "patient": ("Nyquist", "Bernice", "1953-10-02", "female"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 50,
    "conditions": [C("c1", "Epidermoid cyst, posterior neck, recurrently inflamed", "L72.0", "Posterior neck",
                     reason=True)],
    "procedures": [
        P("Excision of cyst", site="Posterior neck",
          note="Cyst 2.1 x 1.5 cm, excised with 1 mm margin incl. punctum. Sent to path.", reasons=["c1"]),
        P("Layered closure", site="Posterior neck",
          note="Intermediate repair 3.8 cm: 4-0 Vicryl deep, 5-0 Prolene running.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin and subcutis, posterior neck: ruptured epidermoid cyst with foreign body giant cell "
                      "reaction.", "site": "Posterior neck", "date": "2025-12-12"}],
    "note_title": "Procedure Note - Dictated",
    "note": note("12/09/2025", """
Bernice is a seventy two year old woman who manages the grain elevator books in Lovell, she has a cyst on the back of
her neck that has gotten red swollen and painful three times this year, I lanced it back in March and it filled
right back up, her collar rubs it. Today it is quiet but tender, so she wants it out.
Exam, two point one by one point five centimeter mobile subcutaneous cyst with a central punctum on the posterior
neck, mild tenderness, no fluctuance today.
Procedure, excision of epidermoid cyst posterior neck. Consent, time out, local with lidocaine with epinephrine. The
cyst was excised intact with a one millimeter margin of skin including the punctum, sent to pathology. Because of
the dead space the wound was closed in layers with four oh Vicryl deep and five oh Prolene running on the skin,
repair length three point eight centimeters. Pressure dressing, wound care sheet. Sutures out in ten days.
"""),
    "expected": E([L("11423"), L("12042")], dx={"11423": ["L72.0"]}),
    "coder_note": "EX-1: 2.1 + 2 x 0.1 = 2.3 cm on the neck (SNHFG) -> 11423; EX-5: intermediate repair of the neck "
                  "3.8 cm -> 12042. Recurrent inflammation/pain documented (BSL-3). The March drainage is history.",
})

SCENARIOS.append({
    "id": "s31-exb-dysplastic-nevus-precoded-malignant",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Re-excision of moderately atypical nevus sent as malignant 11602; benign path -> 11402",
    "date": "2025-10-16",
    "patient": ("Fagerberg", "Kristin", "1981-08-25", "female"),
    "provider": DOC, "payer": "medicaid-mco", "minutes": 35,
    "conditions": [C("c1", "Dysplastic compound nevus with moderate atypia, left upper back", "D22.5",
                     "Left upper back", reason=True)],
    "procedures": [
        P("Excision malignant lesion trunk", "11602", "Left upper back",
          note="Atypical nevus re-excision, 5 mm margins", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left upper back, re-excision: residual compound dysplastic nevus with moderate "
                      "architectural and cytologic atypia; margins free. No melanoma.", "site": "Left upper back",
              "date": "2025-10-20"}],
    "note_title": "Procedure Note - Dictated",
    "note": note("10/16/2025", """
Kristin is a forty four year old teacher's aide from Byron, the shave biopsy I did on September twenty fifth of a
changing mole on her left upper back showed a dysplastic compound nevus with moderate atypia extending to the
margins, so we recommended re-excision. Her mother had a melanoma. She is here today for that.
Procedure, the biopsy site measured zero point six centimeters with some residual pigment at the edge, five
millimeter margins were marked, total excised diameter one point six centimeters. Consent, time out, lidocaine
with epi, excised to fat, specimen tagged and sent. The wound was closed with simple interrupted sutures in one
layer. Bandage. Sutures out in two weeks.
Addendum residual moderately dysplastic nevus, margins clear, no melanoma, she was relieved, annual skin checks.
"""),
    "expected": E([L("11402")], topics=["coding-correction"], dx={"11402": ["D22.5"]}),
    "coder_note": "EX-3: dysplastic nevus (even moderate atypia) is benign -> benign excision code. 0.6 + 2 x 0.5 = "
                  "1.6 cm trunk -> 11402. Simple closure included.",
})

SCENARIOS.append({
    "id": "s31-exb-dermatofibroma-shin-no-size",
    "family": "excision-benign", "shape": "note-only",
    "description": "Painful dermatofibroma left shin excised, no clinical size (path size only) -> only 12032",
    "date": "2026-02-03",
    "patient": ("Dietz", "Walter", "1945-07-17", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 40,
    "conditions": [C("c1", "Dermatofibroma, left shin, painful", "D23.72", "Left shin", reason=True)],
    "path": [{"text": "Skin, left shin, excision: dermatofibroma (benign fibrous histiocytoma), 0.9 x 0.7 cm, "
                      "margins free.", "site": "Left shin", "date": "2026-02-06"}],
    "note_title": "Procedure Note - Dictated",
    "note": note("02/03/2026", """
Walter is an eighty year old retired brand inspector with a firm bump on his left shin that he knocks on the
stock trailer gate and that has been painful and bled twice this winter, it was diagnosed clinically as a
dermatofibroma last year and he wants it out now because it hurts.
Procedure, excision of dermatofibroma, left shin. Consent and time out. The lesion was marked with a margin and a
fusiform ellipse was designed. Local with one percent lidocaine with epi. Excised down to the fat and sent to
pathology. Because of the tension on the shin the wound was closed in layers with four oh Monocryl deep and four oh
nylon vertical mattress on top, layered closure length two point eight centimeters. Steri strips, Coban.
Leg elevation, no irrigation pipes for a week, sutures out in two weeks.
"""),
    "expected": E([L("12032")], topics=["missing-documentation"], dx={"12032": ["D23.72"]}),
    "coder_note": "README missing documentation: no clinical lesion size or margin in the note -> no 114xx line; the "
                  "pathology size may not be used (EX-1). The separately documented layered closure of the leg "
                  "2.8 cm stays -> 12032.",
})

SCENARIOS.append({
    "id": "s31-shave-scalp-and-forehead-inflamed-sk",
    "family": "shave", "shape": "note-only",
    "description": "Shave removals: bleeding SK scalp 0.8 cm (11306) + itchy inflamed SK forehead 0.4 cm (11310)",
    "date": "2025-11-25",
    "patient": ("Ostermiller", "Delbert", "1940-12-12", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp", "L82.0", "Left parietal scalp", reason=True),
        C("c2", "Inflamed seborrheic keratosis, forehead", "L82.0", "Right forehead", reason=True),
    ],
    "path": [{"text": "A. Left parietal scalp, shave: irritated seborrheic keratosis. B. Right forehead, shave: "
                      "inflamed seborrheic keratosis.", "date": "2025-11-28"}],
    "note_title": "Office Visit - Dictated",
    "note": note("11/25/2025", """
Delbert is an eighty four year old retired feed store owner who has a growth on his scalp that catches on his comb
and bleeds every morning, and one on the right forehead that itches like crazy and has gotten red and crusty.
Exam, left parietal scalp zero point eight centimeter stuck on verrucous papule with hemorrhagic crust, right
forehead zero point four centimeter red irritated seb K with crust. He also has a dozen or more ordinary seb K's
on his back which do not bother him and we left alone.
Procedure, shave removal times two. After consent, both lesions were anesthetized with lidocaine with epi and
removed by shave at the level of the dermis, hemostasis with aluminum chloride, both sent to pathology. The scalp
lesion measured zero point eight centimeters and the forehead lesion zero point four centimeters. Vaseline and
bandages, wound care. Follow up as needed.
"""),
    "expected": E([L("11306"), L("11310")], dx={"11306": ["L82.0"], "11310": ["L82.0"]}),
    "coder_note": "SH-1: scalp 0.8 cm (SNHFG 0.6-1.0) -> 11306; forehead 0.4 cm (FEENLM <=0.5) -> 11310. Bleeding and "
                  "itching/inflammation documented. Back SKs left alone.",
})

SCENARIOS.append({
    "id": "s31-shave-neck-nevus-precoded-trunk-code",
    "family": "shave", "shape": "pre-coded",
    "description": "Bleeding intradermal nevus right neck 0.9 cm shaved, sent as 11301 (trunk) -> 11306",
    "date": "2026-01-06",
    "patient": ("Helgerson", "Irene", "1952-02-28", "female"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 20,
    "conditions": [C("c1", "Intradermal nevus, right lateral neck, irritated", "D22.4", "Right lateral neck",
                     reason=True)],
    "procedures": [
        P("Shave removal", "11301", "Right lateral neck", note="0.9 cm, bleeding from collar", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right lateral neck, shave: intradermal melanocytic nevus with surface erosion.",
              "site": "Right lateral neck", "date": "2026-01-09"}],
    "note_title": "Office Visit - Dictated",
    "note": note("01/06/2026", """
Irene is a seventy three year old rancher's widow who has a soft mole on the right side of her neck that her coat
collar and her scarf catch on, it has bled twice since Thanksgiving and she is tired of it. Exam shows a zero point
nine centimeter soft flesh colored dome shaped papule with an eroded surface, right lateral neck, consistent with
an intradermal nevus.
Procedure, after consent and local the lesion was shave removed flush with the skin, hemostasis with Drysol, sent
to pathology. Bandage, Vaseline. She asked about a few more moles on her back, none are changing, we will look at
them at her skin check in the spring.
"""),
    "expected": E([L("11306")], topics=["coding-correction"], dx={"11306": ["D22.4"]}),
    "coder_note": "SH-1: the neck is in the scalp/neck/hands/feet/genitalia group; 0.9 cm -> 11306, not the trunk "
                  "code 11301. Bleeding/trauma documented.",
})

SCENARIOS.append({
    "id": "s31-bx-punch-and-two-shaves",
    "family": "biopsy", "shape": "note-only",
    "description": "Punch bx right shin + shave bx left temple + shave bx right upper back -> 11104 + 11103 x2",
    "date": "2025-09-16",
    "patient": ("Kaufmann", "Elmer", "1944-04-21", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left temple", "C44.329", "Left temple", reason=True),
        C("c2", "Superficial basal cell carcinoma, right upper back", "C44.519", "Right upper back", reason=True),
        C("c3", "Lentigo, right shin", "L81.4", "Right shin", reason=True),
    ],
    "path": [{"text": "A. Right shin, punch: solar lentigo, no atypia. B. Left temple, shave: squamous cell "
                      "carcinoma, well differentiated, invasive. C. Right upper back, shave: basal cell carcinoma, "
                      "superficial type.", "date": "2025-09-19"}],
    "note_title": "Office Visit - Dictated",
    "note": note("09/16/2025", """
Elmer is an eighty one year old retired potato farmer from Heart Mountain here for three spots, a brown spot on the
right shin that his wife says is darker, a scaly bump on the left temple that bleeds when he shaves his sideburns,
and a pink patch on the right upper back.
Exam, right shin seven millimeter irregular brown macule, rule out melanoma. Left temple six millimeter hyperkeratotic
pink papule, rule out squamous cell carcinoma. Right upper back one point two centimeter pink scaly thin plaque with
a threadlike border, rule out basal cell carcinoma. Two a K's on the backs of his hands.
Procedures, biopsies times three, consent obtained, lidocaine with epi. Number one right shin, a four millimeter punch
biopsy, closed with one four oh nylon suture. Number two left temple, shave biopsy. Number three right upper back,
shave biopsy. Hemostasis with aluminum chloride, all three specimens to pathology in separate jars.
The hand a K's we will freeze at his next visit, he wants to wait until he knows what these are. Call with results.
Addendum results called to patient, set up treatment of the temple and back.
"""),
    "expected": E([L("11104"), L("11103", 2)]),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary, each shave biopsy its own add-on 11103 x2. Hand "
                  "AKs deferred (plan).",
})

SCENARIOS.append({
    "id": "s31-bx-transplant-nine-shaves-mue",
    "family": "biopsy", "shape": "free-text",
    "description": "Kidney transplant patient, nine tangential biopsies -> 11102 + 11103 capped at MUE 6",
    "date": "2025-12-16",
    "patient": ("Fenske", "Curtis", "1955-06-08", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Neoplasm of skin, multiple, rule out squamous cell carcinoma", None, "Multiple sites", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Scalp, vertex", reasons=["c1"]),
        P("Shave biopsy", site="Left forehead", reasons=["c1"]),
        P("Shave biopsy", site="Right helix", reasons=["c1"]),
        P("Shave biopsy", site="Left cheek", reasons=["c1"]),
        P("Shave biopsy", site="Right dorsal hand", reasons=["c1"]),
        P("Shave biopsy", site="Left dorsal hand", reasons=["c1"]),
        P("Shave biopsy", site="Right forearm", reasons=["c1"]),
        P("Shave biopsy", site="Left forearm", reasons=["c1"]),
        P("Shave biopsy", site="Upper back", reasons=["c1"]),
    ],
    "note_title": "Office Visit - Dictated",
    "note": note("12/16/2025", """
Curtis is a seventy year old former crop duster pilot, kidney transplant in 2017 on tacrolimus and mycophenolate,
who has had eleven squamous cell carcinomas in the last five years and comes in every three months. Since his last
visit he has a crop of new tender keratotic papules.
Exam shows nine hyperkeratotic tender papules each suspicious for squamous cell carcinoma, vertex scalp, left
forehead, right helix, left cheek, right dorsal hand, left dorsal hand, right forearm, left forearm and upper back,
each between four and nine millimeters.
Procedure, shave biopsies times nine, consent, lidocaine with epi, each lesion sampled with a tangential shave
biopsy for diagnosis, hemostasis with aluminum chloride, nine separately labeled specimens to pathology. We talked
about his transplant team lowering his immunosuppression and about acitretin, he wants to talk with his nephrologist
first, we did not start anything today. Results in about a week, then we will schedule treatment.
"""),
    "expected": E([L("11102"), L("11103", 6)], topics=["mue"]),
    "coder_note": "BX-2/BX-3: nine tangential biopsies -> 11102 + 11103 x8, capped at the 11103 MUE of 6 (README "
                  "MUE decision). Acitretin discussion only.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3: biopsy with E/M, E/M only, I&D, nails
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s31-bx-new-pt-blisters-two-punches-em25",
    "family": "biopsy", "shape": "pre-coded",
    "description": "New pt generalized bullous eruption: full work-up, Rx, labs + H&E and DIF punches; 99204 needs 25",
    "date": "2025-10-09",
    "patient": ("Ammon", "Viola", "1938-01-30", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 55, "em": "99204",
    "conditions": [
        C("c1", "Bullous pemphigoid", "L12.0", "Trunk and thighs", reason=True),
    ],
    "procedures": [
        P("Punch biopsy lesional, H&E", "11104", "Left flank", note="4 mm, edge of fresh bulla", reasons=["c1"]),
        P("Punch biopsy perilesional, DIF", "11105", "Left flank", note="4 mm, Michel's medium, separate jar",
          reasons=["c1"]),
    ],
    "path": [{"text": "A. Left flank, punch: subepidermal blister with eosinophils. B. Left flank perilesional, "
                      "DIF: linear IgG and C3 along the basement membrane zone. Consistent with bullous pemphigoid.",
              "site": "Left flank", "date": "2025-10-15"}],
    "note_title": "New Patient Consult - Dictated",
    "note": note("10/09/2025", """
Viola is an eighty seven year old new patient referred by her PA in Meeteetse for six weeks of a terribly itchy rash
that has now started to blister, first on the thighs and now on the belly and sides, she cannot sleep. Her
medicines were reviewed in detail, the only new one is linagliptin started about four months ago for her sugar,
also on metformin, amlodipine and a statin. No mouth sores, no eye symptoms, no fever. She lives alone on the place
and her son is worried she cannot manage the skin care.
Exam, widespread urticarial plaques over the abdomen flanks and thighs with multiple tense bullae up to two
centimeters, some eroded, Nikolsky negative, no oral or conjunctival lesions. About twenty percent body surface area.
Assessment, new generalized bullous eruption, most likely bullous pemphigoid, possibly drug associated with the
DPP four inhibitor, differential includes bullous drug eruption and linear IgA. This is a new problem with an
uncertain prognosis in a frail elderly woman.
Plan, two four millimeter punch biopsies from the left flank after consent and local, one lesional for H and E and
one perilesional for direct immunofluorescence in Michel's, each closed with a single suture. Started clobetasol
zero point zero five percent ointment twice daily to the body, prescription sent, with written instructions and a
home health referral for wound care. CBC and CMP ordered today and a BP one eighty and two hundred thirty ELISA. I
called her PA and we agreed to stop the linagliptin and adjust her diabetes regimen. Return in one week, sooner if
new blisters in the mouth or fever. Level four new patient visit based on medical decision making.
"""),
    "expected": E([L("99204", 1, "25"), L("11104"), L("11105")], dx={"11104": ["L12.0"]}),
    "coder_note": "GS-3: significant separately identifiable E/M (work-up, clobetasol Rx, labs, drug review with the "
                  "PCP) beyond the biopsy decision -> 99204-25. BX-2: two separate punch specimens (H&E and DIF) -> "
                  "11104 + 11105.",
})

SCENARIOS.append({
    "id": "s31-em-wife-screening-skin-check-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare wife tags along for a screening full skin exam: no history, no complaint, nothing found",
    "date": "2025-10-14",
    "patient": ("Brandvold", "Arlene", "1949-06-11", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 20, "em": "99203",
    "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True)],
    "note_title": "New Patient Visit - Dictated",
    "note": note("10/14/2025", """
Arlene is a seventy six year old new patient, she drove her husband Lyle in for his freeze today and since she was
here she asked to have her skin checked, she has never seen a dermatologist. She has no spots that bother her, no
new or changing moles, no bleeding or itching lesions, and no personal or family history of skin cancer. She
gardens in a hat and long sleeves her whole life she says.
Full skin exam including scalp, face, ears, neck, trunk, arms, legs, hands and feet, fingernails and toenails.
Fitzpatrick type two skin with mild age appropriate photoaging, a few scattered small regular brown nevi, nothing
atypical, no actinic keratoses, no lesions suspicious for skin cancer.
Assessment, skin cancer screening exam, normal. She was reassured, sunscreen reviewed, and she can come back with
Lyle in a year if she would like another check or sooner if anything changes.
"""),
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README: screening-only full-skin exam of an asymptomatic Medicare FFS patient with no "
                  "history and no findings -> statutorily excluded -> E/M with GY. No ABN documented, so no GX.",
})

SCENARIOS.append({
    "id": "s31-em-poison-ivy-in-scalp-excision-global-24",
    "family": "em", "shape": "note-only",
    "description": "Poison ivy dermatitis with prednisone Rx one week after scalp SCC excision (010) -> 99213-24",
    "date": "2025-09-09",
    "patient": ("Thorsness", "Roy", "1947-03-18", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [C("c1", "Allergic contact dermatitis due to poison ivy", "L23.7", "Forearms and neck",
                     reason=True)],
    "prior": [PRIOR("2025-09-02", "11622", "Excision SCC left parietal scalp", "Left parietal scalp")],
    "note_title": "Office Visit - Dictated",
    "note": note("09/09/2025", """
Roy is a seventy eight year old who had a squamous cell carcinoma excised from the left parietal scalp here a week
ago today, he is not here about that, his sutures come out Thursday with my nurse and he says it feels fine, we did
not look at it today. He comes in because four days ago he was clearing brush and Russian olive along the ditch bank
and now he has a terribly itchy blistering rash on both forearms and the side of his neck.
Exam, linear streaks of vesicles and edematous erythematous papules on the bilateral forearms and the right side of
the neck, some weeping, classic for plant contact dermatitis, about six percent body surface area, no facial or
eyelid swelling, no signs of infection.
Assessment, acute allergic contact dermatitis from poison ivy, unrelated to his surgery.
Plan, prednisone twelve day taper starting at forty milligrams sent to the pharmacy in Powell, we reviewed the
blood sugar effects and he will check his sugars since he is prediabetic, triamcinolone zero point one percent
cream for the worst spots, cool compresses, wash his gloves and the tractor steering wheel. Return as needed.
"""),
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L23.7"]}),
    "coder_note": "GS-5: unrelated E/M (new contact dermatitis, prescription drug management) inside the 010 global "
                  "of the 09/02 scalp excision -> 24. The surgical site was not evaluated.",
})

SCENARIOS.append({
    "id": "s31-em-new-pt-abscess-declined-drainage",
    "family": "em", "shape": "note-only",
    "description": "Medicaid new pt, early forearm abscess with cellulitis; I&D offered and declined -> E/M only",
    "date": "2025-11-06",
    "patient": ("Redfield", "Jolene", "1990-04-14", "female"),
    "provider": DOC, "payer": "medicaid", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Cellulitis of left forearm", "L03.114", "Left forearm", reason=True),
        C("c2", "Cutaneous abscess of left forearm", "L02.414", "Left forearm", reason=True),
    ],
    "note_title": "New Patient Visit - Dictated",
    "note": note("11/06/2025", """
Jolene is a thirty five year old new patient who works the counter at the farm supply, she scratched her left forearm
on a pallet nail six days ago and now it is red hot swollen and throbbing, no fever or chills, tetanus was updated
last year at the clinic.
Exam, left volar forearm six by four centimeter area of warm tender erythema with a central one point five centimeter
area of early fluctuance, no streaking, no lymphadenopathy at the elbow or axilla.
Assessment, early abscess with surrounding cellulitis, left forearm.
Plan, I recommended incision and drainage today and explained why, she declined, she is very needle phobic and would
rather try antibiotics first, which is reasonable at this stage. Started doxycycline one hundred milligrams twice a
day for ten days, prescription sent, warm compresses four times a day, the border of the redness was marked with a
skin marker. If it is bigger or more fluctuant at her recheck in forty eight hours we will plan to drain it then.
"""),
    "expected": E([L("99203")]),
    "coder_note": "The I&D was offered and declined (not performed) -> no 10060; new-patient E/M with prescription "
                  "drug management stands alone.",
})

SCENARIOS.append({
    "id": "s31-id-thigh-abscess-em-decision-only",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Single thigh abscess drained; the 99213 sent carries only the decision to drain -> removed",
    "date": "2026-02-17",
    "patient": ("Sorensen", "Vernon", "1950-09-25", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 20, "em": "99213",
    "conditions": [C("c1", "Cutaneous abscess, right posterior thigh", "L02.415", "Right posterior thigh",
                     reason=True)],
    "procedures": [
        P("I&D abscess", site="Right posterior thigh",
          note="Single 2.5 cm fluctuant abscess. Stab incision, purulence expressed, irrigated. No packing.",
          reasons=["c1"]),
    ],
    "note_title": "Office Visit - Dictated",
    "note": note("02/17/2026", """
Vernon is a seventy five year old who has had a painful boil on the back of his right thigh for four days, he
thinks it is from the seat of the old John Deere. No fever. No diabetes.
Exam, single two point five centimeter fluctuant tender abscess right posterior thigh with a rim of erythema.
Plan, incision and drainage. Consent, lidocaine with epi, stab incision with an eleven blade, a moderate amount of
purulent material was expressed, irrigated with saline, no packing needed, dry dressing. No antibiotics needed
after good drainage. Warm soaks, recheck if not better in a few days.
"""),
    "expected": E([L("10060")], dx={"10060": ["L02.415"]}),
    "coder_note": "GS-3 / README: the only E/M work is the evaluation of the abscess and the decision to drain it -> "
                  "the 99213 is not billed; single simple abscess -> 10060.",
})

SCENARIOS.append({
    "id": "s31-id-hs-two-axillary-abscesses-precoded",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Two HS abscesses (both axillae) drained, sent as two 10060 -> one 10061 (multiple)",
    "date": "2025-12-04",
    "patient": ("Marquardt", "Dale", "1958-02-09", "male"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Hidradenitis suppurativa", "L73.2", "Bilateral axillae", reason=True),
        C("c2", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
        C("c3", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "procedures": [
        P("I&D abscess", "10060", "Right axilla", reasons=["c2"]),
        P("I&D abscess", "10060", "Left axilla", reasons=["c3"]),
    ],
    "note_title": "Procedure Note - Dictated",
    "note": note("12/04/2025", """
Dale is a sixty seven year old long haul trucker with hidradenitis suppurativa of both armpits, he came in off the
road because both sides flared at once, very painful, he cannot put his arms down.
Exam, right axilla three centimeter fluctuant tender abscess, left axilla two centimeter fluctuant abscess, old
sinus tracts and scarring both sides, Hurley stage two.
Procedure, incision and drainage of abscesses times two. Consent, lidocaine with epi, each abscess was incised with
an eleven blade and drained of a large amount of purulent material, irrigated, loosely covered. Two abscesses drained
at this visit.
We talked about adalimumab for his hidradenitis, he wants to think about it because of his schedule on the road,
nothing started today, will discuss at follow up in four weeks.
"""),
    "expected": E([L("10061")], topics=["coding-correction"]),
    "coder_note": "Code families: 10061 = complicated or multiple abscesses; two abscesses drained -> 10061 x1, not "
                  "10060 twice. Biologic discussed only.",
})

SCENARIOS.append({
    "id": "s31-id-infected-cyst-in-ak-global-79",
    "family": "incision-drainage", "shape": "note-only",
    "description": "I&D of infected back cyst six days after AK destruction (010 global) -> 10060-79; excision later",
    "date": "2025-10-23",
    "patient": ("Haugen", "Clifford", "1946-11-11", "male"),
    "provider": DOC, "payer": "medicare-noname", "minutes": 20,
    "conditions": [C("c1", "Inflamed epidermoid cyst, upper back, abscessed", "L72.0", "Upper back", reason=True)],
    "prior": [PRIOR("2025-10-17", "17000", "Cryotherapy AK, first lesion", "Forearms"),
              PRIOR("2025-10-17", "17003", "Cryotherapy AK, lesions 2-8", "Forearms")],
    "note_title": "Office Visit - Dictated",
    "note": note("10/23/2025", """
Clifford is a seventy eight year old who had eight a K's frozen on his forearms here last Friday, those are scabbing
over fine, he is here for something else, a lump on his upper back that has been there for years and blew up over
the weekend, red, swollen and draining a little, it hurts to lean back in his recliner.
Exam, upper back three centimeter red fluctuant tender nodule with a central punctum, consistent with an inflamed
and abscessed epidermoid cyst.
Procedure, incision and drainage. Consent, lidocaine with epi, incised with an eleven blade, a large amount of
foul cheesy and purulent material expressed, some cyst wall fragments removed, irrigated, no packing, dressing.
Plan, once this calms down in six to eight weeks we will schedule an excision of the cyst so it does not come back,
he would like to do that after elk season. Return for that visit.
"""),
    "expected": E([L("10060", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated procedure inside the 010 global of the 10/17 AK destruction -> 79. Single "
                  "abscess, simple -> 10060. The later cyst excision is only planned.",
})

SCENARIOS.append({
    "id": "s31-nails-left-great-toe-avulsion-phenol-declined",
    "family": "nails", "shape": "note-only",
    "description": "Partial avulsion left great toenail for ingrown nail; matrixectomy offered and declined -> 11730-TA",
    "date": "2025-11-20",
    "patient": ("Zeller", "Harvey", "1943-08-08", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 25,
    "conditions": [C("c1", "Ingrowing nail, left great toe, with paronychia", "L60.0", "Left great toe",
                     reason=True)],
    "note_title": "Procedure Note - Dictated",
    "note": note("11/20/2025", """
Harvey is an eighty two year old retired rural mail carrier with a painful ingrown toenail on the lateral side of the
left big toe for three weeks, red and draining, it hurts in his boots. He had the same problem on the right big toe
in 2023 which my nurse practitioner partner took care of before she moved to Casper.
Exam, left great toe lateral nail fold swollen, erythematous, with granulation tissue and the lateral nail edge
embedded, no cellulitis up the foot, good capillary refill.
Procedure, partial nail avulsion left great toe. Consent, digital block with two percent plain lidocaine, tourniquet.
The lateral one quarter of the nail plate was freed and removed with an English anvil and hemostat. I offered phenol
matrixectomy of the lateral horn so it does not grow back in, he declined, he wants to see whether it grows out
straight this time. Tourniquet off, bacitracin and dressing. Soaks twice a day. Recheck in two weeks.
"""),
    "expected": E([L("11730", 1, "TA")], dx={"11730": ["L60.0"]}),
    "coder_note": "Partial avulsion of one nail -> 11730 with TA (left great toe). Matrixectomy declined, so no 11750; "
                  "the 2023 right toe procedure is history.",
})

SCENARIOS.append({
    "id": "s31-nails-phenol-matrixectomy-precoded-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "Avulsion + phenol matrixectomy of the same right great toenail border sent as 11730 + 11750",
    "date": "2026-01-20",
    "patient": ("Bechtold", "Lorraine", "1951-05-05", "female"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 30,
    "conditions": [C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "Right great toe", reason=True)],
    "procedures": [
        P("Nail avulsion", "11730", "Right great toe", note="Lateral border", reasons=["c1"]),
        P("Matrixectomy, phenol", "11750", "Right great toe", note="Lateral border, permanent", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Dictated",
    "note": note("01/20/2026", """
Lorraine is a seventy four year old with a recurrent ingrown toenail of the lateral border of the right great toe, we
did a partial avulsion here in August and it has grown right back in and is infected again, she wants it fixed for
good this time.
Procedure, partial nail avulsion with chemical matrixectomy right great toe lateral border. Consent, digital block,
tourniquet. The lateral nail border was freed and avulsed, then eighty eight percent phenol was applied to the lateral
matrix horn for three thirty second applications and neutralized with alcohol. Tourniquet off, good capillary refill,
dressing. Same nail border, one procedure for permanent removal. Soaks, recheck in two weeks.
"""),
    "expected": E([L("11750", 1, "T5")], topics=["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "11750/11730 is a PTP pair (indicator 1) but both are on the same nail border, so there is nothing to "
                  "bypass -> 11730 removed; 11750 with T5 (right great toe).",
})

SCENARIOS.append({
    "id": "s31-nails-left-middle-finger-avulsion",
    "family": "nails", "shape": "free-text",
    "description": "Complete avulsion of loose dystrophic nail plate, left middle finger, after gate-latch crush -> F2",
    "date": "2025-09-04",
    "patient": ("Pfeifer", "Norma", "1948-12-19", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Nail dystrophy, left middle finger, post-traumatic", "L60.3", "Left middle finger",
                     reason=True)],
    "procedures": [
        P("Nail plate avulsion", site="Left middle finger",
          note="Complete avulsion of loose, lifted, painful nail plate. Digital block 2% plain lidocaine.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Dictated",
    "note": note("09/04/2025", """
Norma is a seventy six year old who smashed her left middle finger in the corral gate latch three weeks ago, the
nail went black and now it is lifting off and catching on everything and it hurts, she has been taping it down.
Exam, left third finger, nail plate lifted from the bed over the distal two thirds with old dried blood underneath,
no open wound, no sign of infection, the x ray at the clinic in Powell last week showed no fracture.
Procedure, avulsion of the nail plate left middle finger. Consent, digital block with two percent plain lidocaine,
the loose nail plate was elevated and removed completely, nail bed intact, no laceration needing repair.
Xeroform and dressing. She will keep it covered, a new nail takes about six months.
"""),
    "expected": E([L("11730", 1, "F2")]),
    "coder_note": "One nail avulsed -> 11730; left third digit = F2 (F1-F4 = left 2nd-5th).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4: intralesional, paring, patch tests, phototherapy, post-op
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s31-il-chest-keloids-kenalog-forty",
    "family": "intralesional", "shape": "note-only",
    "description": "Three symptomatic chest keloids injected, Kenalog 40 mg/mL 1.5 mL = 60 mg -> 11900 + J3301 x6",
    "date": "2025-10-02",
    "patient": ("Vogel", "Everett", "1953-01-26", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Keloids, upper chest, itchy and painful", "L91.0", "Upper chest", reason=True)],
    "note_title": "Procedure Note - Dictated",
    "note": note("10/02/2025", """
Everett is a seventy two year old retired lineman with three keloids on his upper chest from acne as a teenager,
they itch constantly and hurt when his suspenders rub, he has had them injected before in Billings years ago and it
helped.
Exam, three firm pink shiny keloids, the largest two point two centimeters over the sternum and two smaller ones on
the left upper chest, tender.
Procedure, intralesional injection times three lesions. Consent. Kenalog forty milligrams per milliliter was
injected into each keloid with a thirty gauge needle until blanching, total volume one point five cc's for all three,
which is sixty milligrams of triamcinolone. Tolerated well, discussed the risk of atrophy and lightening.
If they do not flatten enough we talked about adding cryotherapy to them at the next round in six weeks.
"""),
    "expected": E([L("11900"), L("J3301", 6)], dx={"11900": ["L91.0"]}),
    "coder_note": "11900 for up to 7 lesions (3 here); J3301 per 10 mg: 1.5 mL x 40 mg/mL = 60 mg -> 6 units. "
                  "Cryotherapy is a plan for a later visit.",
})

SCENARIOS.append({
    "id": "s31-il-prurigo-nine-nodules-precoded-11900",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Nine prurigo nodules injected sent as 11900; > 7 lesions -> 11901; 27 mg -> J3301 x3",
    "date": "2025-12-11",
    "patient": ("Iverson", "Gladys", "1944-07-29", "female"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 25,
    "conditions": [C("c1", "Prurigo nodularis", "L28.1", "Shins and forearms", reason=True)],
    "procedures": [
        P("Intralesional injection", "11900", "Bilateral shins and forearms", note="9 nodules", reasons=["c1"]),
        P("Triamcinolone acetonide 10 mg/mL", "J3301", "Bilateral shins and forearms", note="2.7 mL",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Dictated",
    "note": note("12/11/2025", """
Gladys is an eighty one year old with prurigo nodularis of the shins and forearms for two years, she has tried
clobetasol under occlusion and she is back for another round of shots since they helped last time.
Exam, firm excoriated hyperkeratotic nodules, I counted nine, right shin three, left shin three, right forearm two,
left forearm one.
Procedure, intralesional injection of nine nodules. Consent. Kenalog ten milligrams per milliliter, zero point three
cc's into each of the nine nodules, total two point seven cc's which is twenty seven milligrams. Tolerated well.
Continue clobetasol, we also talked about dupilumab which she is interested in, her Medicare Advantage plan will need
a prior authorization so we will start that paperwork and talk about it at her next visit in six weeks.
"""),
    "expected": E([L("11901"), L("J3301", 3)], topics=["coding-correction"], dx={"11901": ["L28.1"]}),
    "coder_note": "11901 for more than 7 lesions (9), not 11900 (11901/11900 indicator 0). J3301: 2.7 mL x 10 mg/mL "
                  "= 27 mg -> ceil(27/10) = 3 units. Dupilumab only discussed.",
})

SCENARIOS.append({
    "id": "s31-paring-three-plantar-calluses",
    "family": "paring", "shape": "free-text",
    "description": "Commercial dairy worker, three painful plantar calluses pared -> 11056",
    "date": "2025-09-11",
    "patient": ("Munoz", "Rosalinda", "1967-03-22", "female"),
    "provider": DOC, "payer": "commercial", "minutes": 15,
    "conditions": [C("c1", "Callosities, right plantar foot, painful", "L84", "Right plantar foot", reason=True)],
    "procedures": [
        P("Paring of calluses", site="Right plantar foot",
          note="3 painful calluses pared with #15 blade: 1st MTP head, 5th MTP head, heel.", reasons=["c1"]),
    ],
    "note_title": "Office Visit - Dictated",
    "note": note("09/11/2025", """
Rosalinda is a fifty eight year old who works twelve hour shifts in the milking parlor on concrete in rubber boots,
she has painful thick calluses on the bottom of her right foot that make her limp by the end of a shift.
Exam, right plantar foot, three thick hyperkeratotic calluses, under the first metatarsal head, under the fifth
metatarsal head and on the heel, no pinpoint bleeding to suggest warts, no ulceration.
Procedure, paring of three calluses with a fifteen blade down to normal appearing skin, tolerated well, no bleeding.
Urea forty percent cream nightly, cushioned insoles for her boots. Return in two to three months as needed.
"""),
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring 2-4 lesions -> 11056 x1 (three calluses).",
})

SCENARIOS.append({
    "id": "s31-paring-six-calluses-precoded-11055-twice",
    "family": "paring", "shape": "pre-coded",
    "description": "Diabetic neuropathy, six calluses (three per foot) sent as 11055 twice -> 11057",
    "date": "2026-02-24",
    "patient": ("Crowley", "Dwayne", "1962-10-30", "male"),
    "provider": DOC, "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Callosities, both feet", "L84", "Bilateral plantar feet", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42", reason=True),
    ],
    "procedures": [
        P("Paring callus", "11055", "Left plantar foot", note="3 lesions", reasons=["c1", "c2"]),
        P("Paring callus", "11055", "Right plantar foot", note="3 lesions", reasons=["c1", "c2"]),
    ],
    "note_title": "Procedure Note - Dictated",
    "note": note("02/24/2026", """
Dwayne is a sixty three year old diabetic with peripheral neuropathy who cannot feel the bottoms of his feet well,
his calluses get thick and he had a callus ulcer under the left big toe last year, so he comes every couple months.
Exam, monofilament absent over both forefeet, pedal pulses faint but present, thick calluses, left foot three,
under the first, second and fifth metatarsal heads, right foot three, under the first and fifth metatarsal heads
and the medial hallux. No ulceration or infection today.
Procedure, all six calluses were pared down with a fifteen blade, no bleeding. Diabetic foot care reviewed, daily
foot checks with a mirror, keep his podiatry referral in Billings. Return eight weeks.
"""),
    "expected": E([L("11057")], topics=["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "Paring is one code per session by total lesion count: 6 lesions -> 11057 x1 (11057/11055 "
                  "indicator 0), not 11055 twice.",
})

SCENARIOS.append({
    "id": "s31-patch-eighty-allergens-placement",
    "family": "patch-test", "shape": "note-only",
    "description": "Farmer with chronic hand dermatitis, 80-allergen series applied -> 95044 x80; readings later",
    "date": "2025-10-20",
    "patient": ("Kessler", "Arden", "1952-05-13", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 30,
    "conditions": [C("c1", "Chronic hand dermatitis", "L30.9", "Both hands", reason=True)],
    "note_title": "Patch Test Application - Dictated",
    "note": note("10/20/2025", """
Arden is a seventy three year old farmer I saw two weeks ago for chronic hand dermatitis that has not cleared with
clobetasol, he handles herbicides, rubber and nitrile gloves, hydraulic fluid and cattle feed additives, here today
for patch test placement. He stopped his topical steroid on the back a week ago as instructed and is not on
prednisone.
Procedure, patch test application. The North American eighty allergen series was applied to the upper back in
Finn chambers on Scanpor tape, eighty allergens total, the panels were outlined with a marking pen and a map was
placed in the chart. He was told to keep the back dry and not to do heavy work that makes him sweat.
Return Wednesday for removal and the first reading and Friday for the delayed reading. We will bring in his own
gloves and a sample of the feed additive at the reading visit if needed for additional testing.
"""),
    "expected": E([L("95044", 80)]),
    "coder_note": "95044 units = number of allergens applied (80). The Wednesday/Friday readings and possible extra "
                  "testing with his own products are later visits.",
})

SCENARIOS.append({
    "id": "s31-patch-ninety-six-allergens-mue",
    "family": "patch-test", "shape": "free-text",
    "description": "80-allergen series + 16 supplemental = 96 patches -> 95044 capped at MUE 90",
    "date": "2026-01-12",
    "patient": ("Ruppert", "Loretta", "1955-09-09", "female"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 40,
    "conditions": [C("c1", "Dermatitis, eyelids and hands, suspected contact", "L30.9", "Eyelids and hands",
                     reason=True)],
    "procedures": [
        P("Patch test application, standard series", site="Upper back", note="80 allergens", reasons=["c1"]),
        P("Patch test application, supplemental cosmetic/hair series", site="Mid back", note="16 allergens",
          reasons=["c1"]),
    ],
    "note_title": "Patch Test Application - Dictated",
    "note": note("01/12/2026", """
Loretta is a seventy year old retired beautician with eyelid and hand dermatitis for a year, seen in consultation
last month, here for patch testing. Off topical steroids to the back, no prednisone.
Procedure, patch test application. The eighty allergen standard series was applied to the upper back and a sixteen
allergen supplemental hairdressing and cosmetic series to the mid back, ninety six allergens total, Finn chambers,
outlined and mapped. Keep dry, no exercise. Readings at forty eight and ninety six hours.
"""),
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 = 96 allergens, above the MUE of 90 (MAI 3) -> capped at 90 with an mue finding (README MUE "
                  "decision).",
})

SCENARIOS.append({
    "id": "s31-photo-nbuvb-session-fourteen",
    "family": "phototherapy", "shape": "free-text",
    "description": "Narrowband UVB session for plaque psoriasis -> 96900; biologic only discussed",
    "date": "2025-11-13",
    "patient": ("Engebretson", "Ray", "1956-04-02", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 10,
    "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True)],
    "procedures": [
        P("NB-UVB phototherapy", site="Whole body",
          note="Session 14. 850 mJ/cm2, no erythema from last session.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment - Dictated",
    "note": note("11/13/2025", """
Ray is a sixty nine year old with plaque psoriasis, about fifteen percent body surface area at the start, here for
narrowband UVB treatment number fourteen, three times a week on his way home from the sale barn. No burning from
the last treatment. Plaques on the trunk and legs are thinner, about forty percent better.
Treatment, narrowband UVB whole body in the cabinet, eight hundred fifty millijoules, goggles and face shield on,
genital shielding. Tolerated well.
He asked again about the biologic shots his neighbor is on, we talked about it, he wants to finish this course of
light first and we will revisit at his office visit next month.
"""),
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "NB-UVB actinotherapy -> 96900 per session. The biologic is a discussion for a later visit.",
})

SCENARIOS.append({
    "id": "s31-photo-excimer-precoded-wrong-area-band",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to elbows and sacrum, total 180 sq cm, sent as 96921 -> 96920",
    "date": "2025-12-18",
    "patient": ("Lucero", "Ernestine", "1950-11-15", "female"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 15,
    "conditions": [C("c1", "Psoriasis vulgaris, localized", "L40.0", "Elbows and sacrum", reason=True)],
    "procedures": [
        P("Excimer laser", "96921", "Bilateral elbows, sacrum", note="Total 180 sq cm", reasons=["c1"]),
    ],
    "note_title": "Excimer Treatment - Dictated",
    "note": note("12/18/2025", """
Ernestine is a seventy five year old with localized plaque psoriasis of the elbows and sacrum that did not clear with
four months of clobetasol and calcipotriene, here for excimer treatment number five.
Treatment areas today, right elbow fifty five square centimeters, left elbow sixty square centimeters and the sacrum
sixty five square centimeters, total treated area one hundred eighty square centimeters. Doses per protocol,
increased ten percent from last time, mild pinkness only after the last session.
Tolerated well. Continue topicals on non treatment days. Next session Monday.
"""),
    "expected": E([L("96920")], topics=["coding-correction"], dx={"96920": ["L40.0"]}),
    "coder_note": "Excimer codes by total area per session: 55 + 60 + 65 = 180 sq cm (< 250) -> 96920, not 96921.",
})

SCENARIOS.append({
    "id": "s31-postop-suture-removal-99212-sent",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal ten days after forearm SCC excision; 99212 selected -> 99024",
    "date": "2025-10-17",
    "patient": ("Lundquist", "Harold", "1942-09-10", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [C("c1", "Encounter for surgical aftercare following skin surgery", "Z48.817", reason=True)],
    "prior": [PRIOR("2025-10-07", "11602", "Excision SCC right dorsal forearm", "Right dorsal forearm"),
              PRIOR("2025-10-07", "12032", "Intermediate repair right forearm 3.5 cm", "Right dorsal forearm")],
    "note_title": "Post-op Visit - Dictated",
    "note": note("10/17/2025", """
Harold is back ten days after excision of the squamous cell carcinoma of the right dorsal forearm with layered
closure, pathology showed clear margins which I already called him about. He has had no fever, no drainage, a
little itching. He admits he lifted a few hay bales anyway.
Exam, incision well approximated, no erythema or drainage, no dehiscence.
Sutures removed without difficulty, steri strips applied. Scar care with petrolatum and sunscreen reviewed.
Return at his regular six month skin check.
"""),
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/conventions: routine post-op visit inside the 010 global of the 10/07 excision and repair -> "
                  "99024, not the 99212 that was selected.",
})

SCENARIOS.append({
    "id": "s31-postop-cheek-flap-six-week-check",
    "family": "post-op", "shape": "free-text",
    "description": "Six-week check after Mohs + rotation flap (090 global) -> 99024",
    "date": "2025-12-16",
    "patient": ("Amundson", "Beverly", "1946-06-30", "female"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 10,
    "conditions": [C("c1", "Encounter for surgical aftercare following skin surgery", "Z48.817", reason=True)],
    "prior": [PRIOR("2025-11-04", "17311", "Mohs BCC right cheek, stage 1", "Right cheek"),
              PRIOR("2025-11-04", "14040", "Rotation flap right cheek, 8.5 sq cm", "Right cheek")],
    "procedures": [
        P("Post-op wound check", site="Right cheek",
          note="6 weeks after Mohs and rotation flap. Healing well, mild pinkness, no intervention."),
    ],
    "note_title": "Post-op Visit - Dictated",
    "note": note("12/16/2025", """
Beverly is a seventy nine year old back for her six week check after Mohs surgery for a basal cell carcinoma of the
right cheek with a rotation flap repair on November fourth. She is happy with it, no pain, a little tightness when she
smiles.
Exam, the flap is well healed and viable, mild pinkness along the incision lines, no ectropion, no trapdoor, no
sign of recurrence.
Assessment, doing well after Mohs and flap. Scar massage twice a day, sunscreen. If the pinkness bothers her at
three months we could do a vascular laser, she is not interested now. Next skin check in four months.
"""),
    "expected": E([L("99024")]),
    "coder_note": "GS-1/GS-5: routine follow-up inside the 090 global of the 11/04 flap -> 99024 only; the laser is a "
                  "possible later option, not done.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5: repairs, skin tags, cosmetic, mixed, Mohs with ABN
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s31-repair-barbed-wire-forearm-and-hand",
    "family": "repair", "shape": "note-only",
    "description": "Barbed-wire lacs: contaminated forearm 3.5 cm single layer after extensive cleaning (12032) + "
                   "clean hand 2.0 cm simple (12001)",
    "date": "2025-09-18",
    "patient": ("Hofer", "Jacob", "1951-02-14", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Laceration without foreign body of right forearm, initial encounter", "S51.811A",
          "Right forearm", reason=True),
        C("c2", "Laceration without foreign body of left hand, initial encounter", "S61.412A",
          "Left dorsal hand", reason=True),
    ],
    "note_title": "Procedure Note - Dictated",
    "note": note("09/18/2025", """
Jacob is a seventy four year old rancher who was stretching barbed wire on a corner brace this morning when the wire
snapped and caught him across the right forearm and the back of the left hand, he drove straight here because the
clinic in town was full. He had a Tdap two years ago at the co op health fair, so his tetanus is current. No
blood thinners.
Exam, right volar forearm three point five centimeter jagged laceration into the subcutaneous fat, heavily soiled
with dirt, rust and corral manure ground into the wound. Left dorsal hand two point zero centimeter clean superficial
linear laceration, tendons intact with full extension, sensation intact in both hands.
Procedure one, right forearm. Consent, local with one percent lidocaine with epinephrine. Because the wound was
heavily contaminated it required extensive cleaning, it was scrubbed and irrigated with a liter of saline under
pressure and particulate dirt was removed with forceps, no debridement of the wound edges was needed. Closed in a
single layer with four oh nylon simple interrupted, repair length three point five centimeters.
Procedure two, left dorsal hand, irrigated, simple single layer closure with five oh nylon, two point zero centimeters.
Dressings, keflex for five days because of the contamination, sutures out in ten to twelve days, return sooner for
redness or pus.
"""),
    "expected": E([L("12032"), L("12001")], dx={"12032": ["S51.811A"], "12001": ["S61.412A"]}),
    "coder_note": "REP-3: single-layer closure of a heavily contaminated wound that required extensive cleaning = "
                  "intermediate -> forearm 3.5 cm 12032. Clean hand wound simple -> 12001 (simple group includes "
                  "hands). Different complexity, not summed (REP-1); no PTP edit between them.",
})

SCENARIOS.append({
    "id": "s31-repair-two-layered-closures-precoded-not-summed",
    "family": "repair", "shape": "pre-coded",
    "description": "Scalp SCC + back BCC excisions, layered closures 4.5 + 3.5 cm sent as two 12032 -> one 12034",
    "date": "2026-02-19",
    "patient": ("Grabow", "Leroy", "1943-05-27", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 75,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left occipital scalp", "C44.42", "Left occipital scalp", reason=True),
        C("c2", "Basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion scalp", "11622", "Left occipital scalp", note="1.0 cm + 4 mm margins",
          reasons=["c1"]),
        P("Excision malignant lesion trunk", "11602", "Left upper back", note="1.1 cm + 4 mm margins",
          reasons=["c2"]),
        P("Intermediate repair", "12032", "Left occipital scalp", note="4.5 cm", reasons=["c1"]),
        P("Intermediate repair", "12032", "Left upper back", note="3.5 cm", reasons=["c2"]),
    ],
    "path": [{"text": "A. Left occipital scalp, excision: squamous cell carcinoma, well differentiated, margins "
                      "free. B. Left upper back, excision: basal cell carcinoma, nodular, margins free.",
              "date": "2026-02-23"}],
    "note_title": "Procedure Note - Dictated",
    "note": note("02/19/2026", """
Leroy is an eighty two year old retired sheep shearer here for excision of two biopsy proven skin cancers, a squamous
cell carcinoma on the left occipital scalp and a basal cell carcinoma on the left upper back, biopsied here on
January twenty ninth.
Procedure one, left occipital scalp. Consent, time out, lesion one point zero centimeters, four millimeter margins,
excised to the galea, closed in layers with three oh Vicryl and staples, layered repair length four point five
centimeters.
Procedure two, left upper back. Lesion one point one centimeters, four millimeter margins, excised to fat, closed in
layers with three oh Monocryl deep and four oh nylon, layered repair length three point five centimeters.
Both specimens oriented and sent. Pressure dressings. Staples and sutures out in two weeks.
Addendum both margins clear, patient notified.
"""),
    "expected": E([L("11622"), L("11602"), L("12034")], topics=["coding-correction"],
                  dx={"11622": ["C44.42"], "11602": ["C44.519"]}),
    "coder_note": "EX-1: scalp 1.0 + 0.8 = 1.8 cm -> 11622; back 1.1 + 0.8 = 1.9 cm -> 11602. REP-1/REP-2: scalp and "
                  "trunk are the same intermediate group, lengths summed 4.5 + 3.5 = 8.0 cm -> one 12034.",
})

SCENARIOS.append({
    "id": "s31-tags-twenty-cosmetic-medicare-gy",
    "family": "skin-tags", "shape": "note-only",
    "description": "Twenty asymptomatic skin tags removed for appearance, Medicare FFS, no waiver -> 11200-GY + 11201-GY",
    "date": "2025-11-10",
    "patient": ("Sundquist", "Delores", "1951-08-03", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Skin tags (acrochordons), neck and axillae", "L91.8", "Neck and axillae", reason=True)],
    "note_title": "Procedure Note - Dictated",
    "note": note("11/10/2025", """
Delores is a seventy four year old retired bank teller who wants the skin tags on her neck and under her arms taken
off before her fiftieth class reunion, they do not bleed, itch, hurt or catch on anything, she just does not like how
they look. I told her Medicare considers this cosmetic and will not pay, and she said that is fine, she will take
care of it. She did not sign a waiver form today.
Exam, twenty small soft pedunculated skin tags, neck twelve and axillae eight, none inflamed or irritated.
Procedure, after consent, all twenty skin tags were snipped with iris scissors at the base, hemostasis with aluminum
chloride. Tolerated well. Return as needed.
"""),
    "expected": E([L("11200", 1, "GY"), L("11201", 1, "GY")], dx={"11200": ["L91.8"]}),
    "coder_note": "COS-2/COS-4: asymptomatic tags removed for appearance are statutorily excluded under Medicare FFS "
                  "-> GY on each line, no GX (no voluntary notice signed). 20 tags -> 11200 + 11201 x ceil(5/10)=1.",
})

SCENARIOS.append({
    "id": "s31-tags-irritated-twelve-precoded-addon",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Twelve bleeding/irritated tags (bra line, axillae) sent as 11200 + 11201 -> 11200 only",
    "date": "2026-01-29",
    "patient": ("Whitlock", "Faye", "1957-12-06", "female"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 20,
    "conditions": [C("c1", "Skin tags, irritated and bleeding, inframammary and axillae", "L91.8",
                     "Inframammary folds and axillae", reason=True)],
    "procedures": [
        P("Skin tag removal", "11200", "Inframammary folds and axillae", note="12 tags", reasons=["c1"]),
        P("Skin tag removal, additional", "11201", "Inframammary folds and axillae", reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Dictated",
    "note": note("01/29/2026", """
Faye is a sixty eight year old who has skin tags under her breasts and in both armpits that her bra straps rub raw,
several bleed onto her clothes and two of them got red and swollen last month.
Exam, twelve skin tags total, inframammary seven and axillae five, several with hemorrhagic crust and surrounding
redness.
Procedure, after consent and a little lidocaine, all twelve were removed with scissors and light cautery,
aluminum chloride for hemostasis. Vaseline. Return as needed.
"""),
    "expected": E([L("11200")], topics=["coding-correction"], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 covers up to 15 tags; 12 tags -> no 11201. Bleeding/inflammation documented, so covered.",
})

SCENARIOS.append({
    "id": "s31-cos-sk-freeze-voluntary-abn-gx-gy",
    "family": "cosmetic", "shape": "free-text",
    "description": "Seven non-irritated SKs frozen for appearance, Medicare FFS with voluntary ABN -> 17110-GX-GY",
    "date": "2025-09-25",
    "patient": ("Lindahl", "Marvel", "1945-10-21", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 15,
    "conditions": [C("c1", "Seborrheic keratoses", "L82.1", "Face and upper chest", reason=True)],
    "procedures": [
        P("LN2 destruction seborrheic keratoses", site="Face and upper chest",
          note="7 non-irritated SKs, cosmetic at patient request. Voluntary ABN signed.", reasons=["c1"]),
    ],
    "note_title": "Office Visit - Dictated",
    "note": note("09/25/2025", """
Marvel is an eighty year old widow who would like the brown crusty spots on her face and chest frozen off, she says
they make her look old. They do not itch, bleed, hurt or get caught on anything and none are new or changing.
Exam, seven stuck on waxy tan seborrheic keratoses, face four and upper chest three, none inflamed.
I explained these are benign and removing them is cosmetic, which Medicare does not cover. She read and signed the
voluntary advance beneficiary notice for cosmetic removal and chose to proceed and pay herself.
Procedure, liquid nitrogen to all seven seb K's, one freeze thaw cycle each. Tolerated well. Return as needed.
"""),
    "expected": E([L("17110", 1, "GX", "GY")], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: cosmetic SK destruction (L82.1, no BSL-3 reason) under Medicare FFS -> GY, plus GX "
                  "because a voluntary ABN was signed. 7 lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s31-cos-commercial-aks-covered-sks-self-pay",
    "family": "cosmetic", "shape": "note-only",
    "description": "Cigna rancher: 3 AKs frozen (covered) + 4 cosmetic SKs frozen self-pay -> SK line removed",
    "date": "2025-10-30",
    "patient": ("Bauer", "Kent", "1966-03-15", "male"),
    "provider": DOC, "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "Forehead and right ear", reason=True),
        C("c2", "Seborrheic keratoses, back", "L82.1", "Back"),
    ],
    "note_title": "Office Visit - Dictated",
    "note": note("10/30/2025", """
Kent is a fifty nine year old cattle rancher with rough spots on his forehead and right ear that keep coming back,
and while he is here he would like some brown spots on his back frozen because his wife says they are ugly, they
do not itch, bleed or bother him at all.
Exam, three actinic keratoses, forehead two and right helix one. On the back four benign appearing stuck on
seborrheic keratoses, none irritated.
Procedure, liquid nitrogen to the three a K's, two cycles each. At his request the four seb K's on the back were
also frozen, one cycle each, he understands that part is cosmetic and his insurance will not cover it, he will pay
for that at the front desk today.
Sunscreen and hat, recheck in one year.
"""),
    "expected": E([L("17000"), L("17003", 2)], topics=["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "AKs are covered (DS-1): 3 -> 17000 + 17003 x2. Cosmetic SK destruction for a commercial payer is not "
                  "put on the claim (conventions, non-Medicare cosmetic) -> no 17110 line, cosmetic finding.",
})

SCENARIOS.append({
    "id": "s31-mx-rosacea-em25-bx-and-six-aks",
    "family": "mixed", "shape": "note-only",
    "description": "Rosacea flare with Rx (99214-25) + tangential bx left forearm + six scalp AKs (17000-XS + 17003 x5)",
    "date": "2025-11-06",
    "patient": ("Gillespie", "Warren", "1949-09-01", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Rosacea, papulopustular, flare", "L71.9", "Face", reason=True),
        C("c2", "Squamous cell carcinoma, keratoacanthoma type, left forearm", "C44.629", "Left dorsal forearm",
          reason=True),
        C("c3", "Actinic keratoses", "L57.0", "Scalp", reason=True),
    ],
    "path": [{"text": "Skin, left dorsal forearm, shave biopsy: well differentiated squamous cell carcinoma, "
                      "keratoacanthoma type.", "site": "Left dorsal forearm", "date": "2025-11-10"}],
    "note_title": "Office Visit - Dictated",
    "note": note("11/06/2025", """
Warren is a seventy six year old established patient, retired county extension agent, here for three things.
First his rosacea has flared badly since he started running the wood stove, red bumps and pustules over the cheeks
nose and chin and burning, the metronidazole gel alone is not holding it. Second a fast growing bump on the back of
his left forearm for about six weeks. Third his usual a K's on the scalp.
Exam, centrofacial erythema with numerous inflammatory papules and pustules, no ocular involvement. Left dorsal
forearm one point zero centimeter crateriform keratotic nodule, rule out keratoacanthoma versus squamous cell
carcinoma. Scalp with six actinic keratoses, vertex four and left parietal two.
Assessment and plan. One, papulopustular rosacea with flare, worsening chronic problem, starting doxycycline forty
milligram modified release daily, prescription sent, continue metronidazole gel, trigger avoidance discussed, recheck
eight weeks. Two, forearm nodule, after consent and local a shave biopsy was performed and sent to pathology,
hemostasis with aluminum chloride. Three, actinic keratoses times six on the scalp, treated with liquid nitrogen
two cycles, separate sites from the forearm biopsy. Level four established visit for the rosacea management.
Addendum pathology well differentiated squamous cell carcinoma keratoacanthoma type, will schedule excision.
"""),
    "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 5)],
                  dx={"11102": ["C44.629"], "17000": ["L57.0"]}),
    "coder_note": "GS-3: rosacea flare with prescription management is separately identifiable -> 99214-25. "
                  "11102/17000 is a PTP pair (indicator 1, biopsy column 1) on different lesions -> XS on 17000. "
                  "6 AKs -> 17000 + 17003 x5. The excision is only planned.",
})

SCENARIOS.append({
    "id": "s31-mx-edc-scalp-bcc-plus-twenty-two-aks",
    "family": "mixed", "shape": "free-text",
    "description": "ED&C vertex scalp BCC, final defect 2.3 cm (17273) + 22 AKs elsewhere (17004-XS)",
    "date": "2026-02-05",
    "patient": ("Troxel", "Vern", "1941-07-07", "male"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 35,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, vertex scalp", "C44.41", "Vertex scalp", reason=True),
        C("c2", "Actinic keratoses", "L57.0", "Face, ears, dorsal hands", reason=True),
    ],
    "procedures": [
        P("ED&C basal cell carcinoma", site="Vertex scalp",
          note="Biopsy-proven nodular BCC (01/15). Curettage + ED x3. Final defect 2.3 cm.", reasons=["c1"]),
        P("Cryotherapy actinic keratoses", site="Face, both ears, dorsal hands",
          note="22 AKs, LN2 x2 cycles. Separate from the scalp BCC site.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note - Dictated",
    "note": note("02/05/2026", """
Vern is an eighty four year old retired outfitter, the shave biopsy I did on January fifteenth of the vertex scalp
came back nodular basal cell carcinoma, he is not interested in Mohs or stitches at his age and chose E D and C.
He also wants his a K's done while he is here.
Procedure one, E D and C of basal cell carcinoma vertex scalp. Consent, site identified by the biopsy scar, local
with lidocaine with epi. The tumor was curetted and electrodesiccated three cycles, final defect two point three
centimeters in diameter. Vaseline and bandage.
Procedure two, cryotherapy of actinic keratoses. I counted twenty two, forehead six, cheeks five, ears four and
dorsal hands seven, none on the scalp near the cancer site. All twenty two treated with liquid nitrogen two cycles.
Wound care for both, recheck the scalp in three months.
"""),
    "expected": E([L("17273"), L("17004", 1, "XS")], dx={"17273": ["C44.41"], "17004": ["L57.0"]}),
    "coder_note": "DS-4: scalp (SNHFG) malignant destruction, final curettage defect 2.3 cm -> 17273. DS-1: 22 AKs -> "
                  "17004. 17273/17004 is indicator 1 with 17004 as column 2; different lesions/sites -> XS on 17004.",
})

SCENARIOS.append({
    "id": "s31-mx-shave-bleeding-sk-plus-itchy-sks-precoded",
    "family": "mixed", "shape": "pre-coded",
    "description": "Shave of bleeding 1.2 cm SK right arm (11302) + five itchy inflamed SKs frozen (17110) without XS",
    "date": "2025-12-22",
    "patient": ("Kilgore", "Opal", "1947-04-12", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right upper arm, bleeding", "L82.0", "Right upper arm", reason=True),
        C("c2", "Inflamed seborrheic keratoses, back and flanks, pruritic", "L82.0", "Back and flanks", reason=True),
    ],
    "procedures": [
        P("Shave removal", "11302", "Right upper arm", note="1.2 cm bleeding SK", reasons=["c1"]),
        P("Destruction benign lesions", "17110", "Back and flanks", note="5 itchy inflamed SKs, LN2",
          reasons=["c2"]),
    ],
    "path": [{"text": "Skin, right upper arm, shave: irritated seborrheic keratosis.", "site": "Right upper arm",
              "date": "2025-12-26"}],
    "note_title": "Office Visit - Dictated",
    "note": note("12/22/2025", """
Opal is a seventy eight year old with a crusty growth on her right upper arm that bleeds every time her sleeve pulls
on it, and several on her back and sides that itch so badly she scratches them raw with the back scratcher.
Exam, right upper arm one point two centimeter verrucous stuck on papule with hemorrhagic crust, consistent with an
irritated seborrheic keratosis. Back and flanks with five red, excoriated, inflamed seb K's.
Procedure one, after consent and local the right upper arm lesion was removed by shave, one point two centimeters,
aluminum chloride for hemostasis, sent to pathology. Procedure two, the five inflamed seb K's on the back and flanks
were treated with liquid nitrogen, two cycles each. Separate lesions from the arm. Triamcinolone cream for the itch
was already on her list, no change. Return as needed.
"""),
    "expected": E([L("11302"), L("17110", 1, "XS")], dx={"11302": ["L82.0"], "17110": ["L82.0"]}),
    "coder_note": "SH-1: arm 1.2 cm -> 11302. DS-2: five symptomatic SKs -> 17110 x1. 11302/17110 is a PTP pair "
                  "(indicator 1, 17110 as column 2) on different lesions -> XS on 17110.",
})

SCENARIOS.append({
    "id": "s31-mohs-forearm-superficial-bcc-abn-ga",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs requested for 0.6 cm primary superficial BCC on the forearm (AUC area L), ABN signed -> "
                   "17313-GA",
    "date": "2026-03-03",
    "patient": ("Brekke", "Sigrid", "1950-01-19", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 90,
    "conditions": [C("c1", "Basal cell carcinoma, superficial, left dorsal forearm", "C44.619",
                     "Left dorsal forearm", reason=True)],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", site="Left dorsal forearm",
          note="3 tissue blocks, margins clear after one stage. Surgeon and pathologist Dr. Abernathy. ABN on file.",
          reasons=["c1"]),
        P("Second intention healing", site="Left dorsal forearm",
          note="Defect 1.1 cm, no closure, petrolatum dressing."),
    ],
    "note_title": "Mohs Surgery - Dictated",
    "note": note("03/03/2026", """
Sigrid is a seventy six year old retired nurse with a biopsy proven superficial basal cell carcinoma of the left
dorsal forearm, zero point six centimeters, primary, not recurrent, she is not immunosuppressed and has never had
radiation. I recommended E D and C or imiquimod or a simple excision, and I explained that Mohs is not considered
appropriate for a small superficial basal cell on the forearm and Medicare may deny it. She insists on Mohs because
her sister had a basal cell come back after scraping. She read and signed an advance beneficiary notice for the Mohs
before we started and understands she may have to pay.
Mohs micrographic surgery, I was surgeon and pathologist. Consent, time out, local. Stage one, three tissue blocks,
frozen sections read by me, margins clear. One stage total. Final defect one point one centimeters, left to heal by
second intention at her preference, petrolatum and bandage. Wound care reviewed. Recheck six weeks.
"""),
    "expected": E([L("17313", 1, "GA")], dx={"17313": ["C44.619"]}),
    "coder_note": "MOHSN-2/COS-4: small primary superficial BCC in area L does not meet the Mohs appropriate-use "
                  "criteria -> expected denial as not reasonable and necessary; ABN signed, Medicare FFS -> GA. Trunk/"
                  "arm site, one stage, 3 blocks -> 17313. No repair.",
})
