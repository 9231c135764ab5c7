"""Sealed set 42 (s42-): audit of ambient-AI-scribe notes (DAX/Abridge style) at a suburban dermatology group on Epic.

The notes are generated from visit audio: long conversational summaries ("The patient presents today for ..."),
problem-based Assessment and Plan bullets, procedures told as narrative ("I then performed ..."), occasional
speech-recognition artefacts, things the patient asked about that were not done, and a terse clinician attestation
at the end. Payers: Medicare FFS, Medicare Advantage, commercial. Expected answers from the rule book (sections 2-7,
10), docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

ATTEST = "Attestation: I have reviewed the ambient-generated note above, edited it where needed, and agree with its content."

# ---------------------------------------------------------------------------------------------------------------
# 1-10
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s42-bx-punch-and-seven-tangential-mue",
    "family": "biopsy", "shape": "note-only",
    "description": "Atypical-nevus patient: 1 punch + 7 tangential biopsies; 11103 x7 capped at MUE 6; Medicare FFS",
    "date": "2026-02-10",
    "patient": ("Gruenwald", "Marisol", "1958-07-22", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Atypical pigmented lesions, multiple, trunk and extremities", "D49.2", "Trunk and extremities",
          reason=True),
        C("c2", "Actinic keratoses, cheeks", "L57.0", "Bilateral cheeks"),
    ],
    "note_title": "Office Visit - Ambient Documentation",
    "note": """HISTORY OF PRESENT ILLNESS
The patient is a 67-year-old woman who presents today for evaluation of several moles that she feels have been
changing. She has a long history of "funny looking moles" and reports that her sister was recently diagnosed
with a melanoma on her leg, which prompted this visit. She states that the spot on her upper back was pointed out
by her husband about two months ago and he thinks it has gotten darker. She denies bleeding or itching in any of
the lesions. She has never had a skin cancer herself.

PHYSICAL EXAM
A full skin examination was performed with dermoscopy. Dr. Okafor noted multiple clinically atypical nevi.
The most concerning lesion is on the left upper back, an 8 mm irregularly pigmented macule with an atypical
network. Seven additional lesions with irregular borders or color variegation were identified: right scapula,
left flank, mid lower back, right upper arm, left anterior thigh, right posterior calf and left shoulder.
Rough gritty papules on both cheeks consistent with actinic keratoses.

PROCEDURES
After we discussed the risks, benefits and alternatives and she gave verbal and written consent, I first
performed a 4 mm punch biopsy of the left upper back lesion; the site was closed with two simple 4-0 nylon
sutures. I then performed shave biopsies of the remaining seven lesions, one at a time: right scapula, left
flank (transcribed as "left flag" in the recording), mid lower back, right upper arm, left anterior thigh,
right posterior calf and left shoulder. Hemostasis was obtained with aluminum chloride. Each specimen went in its
own labeled container, eight specimens in total. She tolerated everything well.

ASSESSMENT AND PLAN
1. Multiple atypical pigmented lesions, family history of melanoma. Eight biopsies today as above. We will call
   her with the pathology results in about a week and decide on re-excision of anything severely atypical.
2. Actinic keratoses of the cheeks. She asked whether we could freeze the spots on her cheeks today; Dr. Okafor
   explained that with eight biopsy sites already we would rather treat those at her next visit. Not treated.
3. Sun protection counseling. Recommended a total body skin exam every six months given the family history.

Follow-up: suture removal in 10-14 days at the punch site, nurse visit.
""" + ATTEST + "\n-- Adaeze Okafor, MD",
    "expected": E([L("11104"), L("11103", 6)], ["mue"]),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary, each of the 7 tangential biopsies is 11103. 11103 "
                  "MUE 6 (MAI 3) -> units capped at 6 with an mue finding (README Coding decisions). AKs discussed "
                  "but not treated: no 17000.",
})

SCENARIOS.append({
    "id": "s42-bx-precoded-deleted-11100-11101-rosacea-em25",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Pre-coded deleted 11100/11101 for two shave biopsies -> 11102 + 11103; rosacea Rx change -> 99213-25; MA",
    "date": "2026-03-03",
    "patient": ("Whitcombe", "Leonard", "1949-11-04", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Papulopustular rosacea, flaring", "L71.9", "Face", reason=True),
        C("c2", "Neoplasm of skin, right forearm", "D49.2", "Right dorsal forearm", reason=True),
        C("c3", "Neoplasm of skin, left temple", "D49.2", "Left temple", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", "11100", "Right dorsal forearm",
          "Shave technique with flexible blade, specimen A.", ["c2"]),
        P("Biopsy of skin, each additional lesion", "11101", "Left temple",
          "Shave technique with flexible blade, specimen B.", ["c3"]),
    ],
    "note_title": "Progress Note",
    "note": """Chief Complaint: rosacea follow-up, two new spots.

The patient is a 76-year-old gentleman who presents today for follow-up of his rosacea and also to have two new
spots looked at. He reports that over the last six weeks his cheeks and nose have been "breaking out again" with
red bumps and pus bumps, despite using the metronidazole gel twice a day as prescribed. He says the flushing is
worse with red wine and hot coffee. He also noticed a scaly pink bump on his right forearm that has been there
for about three months and won't heal, and a small pearly spot at his left temple that his wife noticed.

On examination there are numerous inflammatory papules and pustules on the central face with background
erythema and telangiectasias. No ocular involvement per his report; eyes look quiet. Right dorsal forearm:
7 mm pink scaly papule. Left temple: 5 mm pearly papule with a fine vessel.

We discussed that the metronidazole is not controlling his rosacea anymore. Dr. Weiss recommended stopping the
metronidazole, starting ivermectin 1% cream nightly, and adding doxycycline 40 mg modified-release daily for
12 weeks. We reviewed photosensitivity and taking it with a full glass of water. He asked about laser for the
redness; we explained that is usually cosmetic and not covered, and he will think about it. Nothing done today
for that.

Procedure: After informed consent, both lesions were anesthetized with 1% lidocaine with epinephrine. I then
performed a shave biopsy of the right forearm lesion and a shave biopsy of the left temple lesion. Hemostasis
with aluminum chloride. Vaseline and bandages. Wound care reviewed.

Assessment and Plan:
- Papulopustular rosacea, flaring: stop metronidazole; ivermectin 1% cream qHS; doxycycline 40 mg daily x 12 weeks.
  Recheck in 3 months.
- Lesion right forearm, rule out SCC: shave biopsy, pending.
- Lesion left temple, rule out BCC: shave biopsy, pending.
""" + ATTEST + "\nSamuel Weiss, MD",
    "expected": E([L("99213", 1, "25"), L("11102"), L("11103")], ["invalid-code"]),
    "coder_note": "11100/11101 were deleted 31 Dec 2018 (BX-1); both are shave (tangential) biopsies -> 11102 + 11103. "
                  "Rosacea flare with prescription change is separate from the biopsies -> provider-selected 99213 "
                  "kept with 25 (GS-3).",
})

SCENARIOS.append({
    "id": "s42-bx-incisional-wedge-thigh-plus-punch-forearm",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional wedge biopsy left thigh + 4 mm punch right forearm -> 11106 + 11105; commercial",
    "date": "2026-01-20",
    "patient": ("Oyelaran", "Temitope", "1983-05-30", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Indurated plaque left thigh, morphea vs panniculitis", "L98.8", "Left lateral thigh", reason=True),
        C("c2", "Annular erythematous plaque right forearm", "L53.9", "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy, wedge, to subcutaneous fat", None, "Left lateral thigh",
          "Full-thickness wedge taken with #15 blade across the edge of the plaque, 1.8 x 0.6 cm, into fat. "
          "Closed with 4-0 nylon simple interrupted.", ["c1"]),
        P("Punch biopsy 4 mm for DIF", None, "Right dorsal forearm",
          "4 mm punch from the active border, placed in Michel's medium. One 4-0 nylon suture.", ["c2"]),
    ],
    "note_title": "Office Visit",
    "note": """The patient presents today for evaluation of a hard area on her left thigh and a rash on her right arm.
She is a 42-year-old woman who reports that about four months ago she noticed a firm, slightly tender area on
the outside of her left thigh that has slowly gotten larger and feels "woody". Separately, she has had a red
ring-shaped patch on her right forearm for about six weeks that gets worse after time in the sun. She reports
some joint aches in her hands in the mornings. No fevers. She is not on any new medications.

On exam the left lateral thigh has a 6 x 4 cm indurated, slightly hyperpigmented plaque with a violaceous rim.
The right dorsal forearm has a 3 cm annular erythematous plaque with fine scale at the border.

Dr. Lindgren explained that a punch would not reach deep enough for the thigh and that we needed a deeper wedge
of tissue including fat. We discussed risks including scarring and infection, and she agreed.

I then performed an incisional wedge biopsy of the left lateral thigh using a #15 blade, full thickness down into
the subcutaneous fat, and closed it with simple interrupted sutures. Next I performed a 4 mm punch biopsy at the
edge of the forearm plaque, and that specimen went in Michel's medium for direct immunofluorescence.

We also talked about checking labs. She asked whether we could "just start a steroid cream" on the forearm; we
will wait for the biopsy so we don't blur the picture. She would also like her mother seen for a mole; we gave
her the scheduling number.

Assessment and plan:
1. Indurated plaque of the left thigh, differential morphea versus lupus panniculitis. Incisional biopsy sent.
2. Annular plaque of the right forearm, possible subacute cutaneous lupus. Punch biopsy for DIF sent. ANA, ENA,
   CBC and CMP ordered by her PCP last week; we will obtain the results.
3. Return in two weeks for suture removal and results.
""" + ATTEST,
    "expected": E([L("11106"), L("11105")]),
    "coder_note": "BX-2: incisional outranks punch -> 11106 primary and the punch takes its own add-on 11105 (AOC "
                  "allows 11105 with 11106). Simple closures included.",
})

SCENARIOS.append({
    "id": "s42-bx-new-patient-single-nasal-lesion-em-removed",
    "family": "biopsy", "shape": "note-only",
    "description": "New patient referred for one nasal lesion, only the biopsy decision: 99203 removed, 11102; Medicare FFS",
    "date": "2026-04-14",
    "patient": ("Pembroke", "Agnes", "1944-02-17", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Lesion of nose, uncertain", "D49.2", "Left nasal ala", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """Reason for visit: referred by Dr. Haddad (PCP) for a spot on the nose.

The patient is an 82-year-old woman, new to our practice, who presents today for evaluation of a spot on the left
side of her nose. She reports that it has been there for about five months, that it sometimes scabs over, and
that it bled a little when she was washing her face last week. She has not had any skin cancers before that she
knows of. She states that she has no other skin concerns today and did not want a full skin check; she has a
full skin exam scheduled with her previous dermatologist's office in the fall.

Medications and allergies reviewed in Epic and unchanged. She takes amlodipine and a baby aspirin.

Exam, focused: the left nasal ala has a 6 mm pearly papule with rolled borders and a central crust. No palpable
lymph nodes in the neck.

Dr. Santos explained that this looks like it could be a basal cell carcinoma and that a small shave biopsy is
the way to find out. We talked about the small risk of bleeding, infection and a light scar, and she agreed.

Procedure: the area was cleaned and anesthetized with 1% lidocaine with epinephrine. I then performed a shave
biopsy of the left nasal ala lesion with a DermaBlade. Hemostasis with aluminum chloride. Petrolatum and a
bandage were applied. Wound care instructions were given.

Assessment and plan:
- Lesion of the left nasal ala, suspicious for basal cell carcinoma. Shave biopsy sent to dermatopathology.
  If this is a BCC, we talked about Mohs surgery being the likely next step given the location.
- We will call her with the results.
""" + ATTEST + "\nRafael Santos, MD",
    "expected": E([L("11102")]),
    "coder_note": "GS-3 / README Coding decisions: the only problem addressed is the lesion biopsied; the E/M is the "
                  "decision to biopsy, and new-patient status alone does not justify 25 -> 99203 removed.",
})

SCENARIOS.append({
    "id": "s42-shave-nasal-sidewall-nevus-catches-glasses",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal 0.7 cm symptomatic nevus right nasal sidewall -> 11311; back mole not treated; commercial",
    "date": "2026-02-24",
    "patient": ("Vandermeer", "Caitlin", "1990-09-12", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Intradermal nevus, right nasal sidewall, irritated", "D22.39", "Right nasal sidewall", reason=True),
    ],
    "path": [{"text": "Right nasal sidewall, shave: intradermal melanocytic nevus, irritated. No atypia.",
              "site": "Right nasal sidewall", "date": "2026-02-27"}],
    "note_title": "Procedure Visit",
    "note": """The patient presents today for removal of a mole on the right side of her nose. She is a 35-year-old
woman who reports that the mole is where her glasses rest, that the nose pad rubs it every day, and that it has
bled twice in the last month and gets sore. She has had it since her teens and it has not changed color.

We discussed options including leaving it, shave removal, or a full excision with stitches. She prefers the shave
and understands it could leave a small flat mark and that a few cells could regrow.

On exam: right nasal sidewall, 0.7 cm soft flesh-colored dome-shaped papule with a small erosion on the surface.
Dermoscopy shows a benign globular pattern with no atypical features.

Procedure note: after consent and a time-out, the area was anesthetized with 0.5 mL of 1% lidocaine with
epinephrine. I then shaved the lesion flush with the surrounding skin using a flexible blade. Hemostasis was
achieved with aluminum chloride. The specimen was sent to pathology. Vaseline and a small bandage applied.

She asked whether we could also remove a mole on her back "while we're at it". Dr. Abernathy looked at it: a
4 mm evenly brown macule, benign-appearing, not irritated. She is happy to leave it alone for now; nothing was
done.

Assessment and plan:
1. Irritated nevus, right nasal sidewall, symptomatic from eyeglass friction with bleeding: shave removal today,
   pathology pending.
2. Benign nevus of the back: reassurance, monitor.
Return as needed.
""" + ATTEST,
    "expected": E([L("11311")], dx={"11311": ["D22.39"]}),
    "coder_note": "SH-1: nose = FEENLM, lesion diameter 0.7 cm -> 11311. Bleeding/pain from friction documented, so not "
                  "cosmetic. The back mole was only examined.",
})

SCENARIOS.append({
    "id": "s42-shave-precoded-11300-both-wrong-band-and-site",
    "family": "shave", "shape": "pre-coded",
    "description": "Two inflamed SKs pre-coded 11300 x2: 1.3 cm forearm -> 11302, 0.4 cm neck -> 11305; Medicare FFS",
    "date": "2026-05-05",
    "patient": ("Abernethy-Cole", "Douglas", "1947-12-01", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left dorsal forearm", "L82.0", "Left dorsal forearm", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right lateral neck", "L82.0", "Right lateral neck", reason=True),
    ],
    "procedures": [
        P("Shave removal, trunk/arms/legs", "11300", "Left dorsal forearm",
          "Irritated SK, bleeding, 1.3 cm.", ["c1"]),
        P("Shave removal, trunk/arms/legs", "11300", "Right lateral neck",
          "Irritated SK under collar, 0.4 cm.", ["c2"]),
    ],
    "note_title": "Office Visit",
    "note": """The patient presents today because two "barnacles" are bothering him. He is a 78-year-old man who
reports that the one on his left forearm catches on his watch band and has bled onto his shirt sleeve several
times over the last month, and that the one on the right side of his neck gets rubbed raw by his shirt collar,
is red and itchy and sometimes weeps.

Exam: left dorsal forearm, 1.3 cm stuck-on verrucous brown papule with hemorrhagic crust and surrounding
erythema. Right lateral neck, 0.4 cm tan keratotic papule with an inflamed red base and some oozing. Several
other small seborrheic keratoses on the back are not inflamed and do not bother him.

Dr. Weiss explained that these are benign seborrheic keratoses but that the two irritated ones are bleeding,
inflamed and itchy, so removing them is reasonable. The other ones on his back don't need anything.

Procedure: after consent, both sites were anesthetized with lidocaine with epinephrine. I then performed shave
removal of the left forearm lesion and the right neck lesion. Hemostasis with Drysol. Both specimens to
pathology. Bandages applied.

Assessment and plan:
1. Inflamed, bleeding seborrheic keratosis, left dorsal forearm (1.3 cm): shave removal.
2. Inflamed, weeping seborrheic keratosis, right lateral neck (0.4 cm): shave removal.
3. Non-inflamed SKs of the back: reassured, no treatment.
""" + ATTEST,
    "expected": E([L("11302"), L("11305")], ["coding-correction"], dx={"11302": ["L82.0"], "11305": ["L82.0"]}),
    "coder_note": "SH-1: forearm is TAL and 1.3 cm -> 11302 (not 11300); the neck is SNHFG, 0.4 cm -> 11305. Bleeding and "
                  "inflammation documented (BSL-3), so covered for Medicare without GY.",
})

SCENARIOS.append({
    "id": "s42-shave-scalp-unmeasured-helix-measured",
    "family": "shave", "shape": "free-text",
    "description": "Shave removals: scalp lesion with no size (no line, missing-documentation), left helix 0.5 cm -> 11310; MA",
    "date": "2026-06-09",
    "patient": ("Halloran", "Fintan", "1951-03-28", "male"),
    "provider": "okafor", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, vertex scalp", "L82.0", "Vertex scalp", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left helix", "L82.0", "Left helix", reason=True),
    ],
    "procedures": [
        P("Shave removal of irritated lesion", None, "Vertex scalp",
          "Crusted keratotic papule, catches on comb, bleeds. Shaved flush, Drysol.", ["c1"]),
        P("Shave removal", None, "Left helix",
          "0.5 cm inflamed keratotic papule, painful when sleeping on that side. Shaved, Drysol.", ["c2"]),
    ],
    "path": [
        {"text": "A. Vertex scalp, shave: irritated seborrheic keratosis.", "site": "Vertex scalp",
         "date": "2026-06-12"},
        {"text": "B. Left helix, shave: inflamed seborrheic keratosis. No dysplasia.", "site": "Left helix",
         "date": "2026-06-12"},
    ],
    "note_title": "Office Visit - Ambient Documentation",
    "note": """The patient presents today for two bothersome spots. He is a 75-year-old man who reports that a rough bump
on the top of his scalp catches on his comb every morning and bleeds, and that a spot on the rim of his left ear
hurts when he sleeps on that side. He has had a basal cell carcinoma on his back in the past, treated in 2019.

Exam: on the vertex scalp there is a crusted, stuck-on keratotic papule with hemorrhagic crust. On the left helix
there is a 0.5 cm inflamed keratotic papule, tender to touch.

Dr. Okafor discussed that both look like irritated seborrheic keratoses but since they bleed and hurt we can
remove them and send them for pathology to be sure.

I then performed a shave removal of the scalp lesion and a shave removal of the left helix lesion, each flush
with the skin, with Drysol for hemostasis. Both went to pathology in separate bottles.

He asked about the brown spots on his hands; those are solar lentigines and we talked about sun protection, no
treatment.

Plan: pathology pending, call with results. Vaseline daily until healed.
""" + ATTEST,
    "expected": E([L("11310")], ["missing-documentation"], dx={"11310": ["L82.0"]}),
    "coder_note": "SH-1 codes shaves by lesion diameter; the scalp lesion has no documented size anywhere -> no "
                  "11305-11308 line plus missing-documentation (README). Helix is FEENLM, 0.5 cm -> 11310.",
})

SCENARIOS.append({
    "id": "s42-exb-epidermoid-cyst-upper-back-layered-closure",
    "family": "excision-benign", "shape": "free-text",
    "description": "Epidermoid cyst upper back 2.2 cm + 2 mm margins = 2.6 cm -> 11403; intermediate repair 3.8 cm -> 12032",
    "date": "2026-03-17",
    "patient": ("Delacroix", "Martin", "1976-01-09", "male"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 50,
    "conditions": [
        C("c1", "Epidermoid cyst, upper back, recurrently inflamed", "L72.0", "Upper back, midline", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", None, "Upper back, midline",
          "Cyst measured 2.2 x 1.8 cm before excision. Fusiform excision with 2 mm margin around the cyst; "
          "ellipse length 6.0 cm. Cyst removed intact with sac.", ["c1"]),
        P("Layered closure", None, "Upper back, midline",
          "Deep dermal 3-0 Vicryl buried interrupted, then 4-0 nylon running. Final length 3.8 cm.", ["c1"]),
    ],
    "path": [{"text": "Upper back, excision: epidermoid (infundibular) cyst with focal rupture and foreign-body "
                      "giant cell reaction. No malignancy.", "site": "Upper back", "date": "2026-03-20"}],
    "note_title": "Procedure Note",
    "note": """The patient presents today for removal of a cyst on his upper back. He is a 50-year-old man who reports
that the lump has been there for years but has become red, swollen and painful three times in the past year,
and that it drained foul material twice. His PCP treated it with antibiotics in December. It is quiet today.

Exam: midline upper back, 2.2 x 1.8 cm mobile subcutaneous nodule with a central punctum. No erythema or
fluctuance today.

We discussed excision with the cyst wall to lower the chance it comes back, and the expected linear scar. He
agreed and signed consent.

Procedure: time-out performed. The area was prepped with chlorhexidine and anesthetized with 1% lidocaine with
epinephrine. I then excised the cyst with a 2 mm margin around it through a fusiform incision, removing the
sac intact. The wound was closed in layers with buried 3-0 Vicryl dermal sutures and a running 4-0 nylon
epidermal closure, final length 3.8 cm. Pressure dressing. Estimated blood loss minimal.

Assessment and plan:
1. Recurrently inflamed epidermoid cyst, upper back: excised, layered repair. Pathology pending.
2. Suture removal in 12-14 days. Call for redness, drainage or fever.
He also asked if we could look at a mole on his chest at the suture visit; we will.
""" + ATTEST,
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter = 2.2 + 2 x 0.2 = 2.6 cm on the trunk -> 11403 (not the 6.0 cm ellipse). "
                  "EX-5: layered closure 3.8 cm, trunk -> 12032 separately reportable. Recurrent inflammation = covered.",
})

SCENARIOS.append({
    "id": "s42-exb-precoded-11602-path-benign-nevus-thigh",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Suspicious lesion excised, pre-coded 11602; path benign compound nevus -> 11402 (0.8 + 2 x 0.3); Medicare FFS",
    "date": "2026-04-21",
    "patient": ("Lindahl", "Gunnar", "1953-08-15", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Atypical pigmented lesion, left anterior thigh", "D49.2", "Left anterior thigh", reason=True),
    ],
    "procedures": [
        P("Excision, malignant lesion, trunk/arms/legs, 1.1-2.0 cm", "11602", "Left anterior thigh",
          "Irregular pigmented papule 0.8 cm, excised with 3 mm margins, simple closure.", ["c1"]),
    ],
    "path": [{"text": "Left anterior thigh, excision: compound melanocytic nevus with congenital features. No "
                      "cytologic atypia. Margins free.", "site": "Left anterior thigh", "date": "2026-04-25"}],
    "note_title": "Procedure Note",
    "note": """The patient presents today for excision of a dark spot on his left thigh that we saw at his skin check
three weeks ago. He reports that his wife thinks it has gotten bigger and darker over the winter. No bleeding.

Exam: left anterior thigh, 0.8 cm irregularly pigmented papule with asymmetric dermoscopic structures. Dr.
Abernathy felt melanoma could not be excluded and recommended a complete excision rather than a partial biopsy.

Procedure: after consent, the site was marked with a 3 mm margin around the visible lesion, anesthetized with
1% lidocaine with epinephrine, and excised as an ellipse down to fat. Hemostasis with cautery. The wound was
closed with simple interrupted 4-0 nylon sutures in a single layer. Specimen oriented and sent.

He asked whether we would "need to take more" if it is a melanoma; we explained that would depend on the
pathology and the depth, and we would discuss it then.

Plan: pathology pending; suture removal in 14 days.

Addendum 04/25: pathology benign compound nevus, margins free. Patient notified, no further surgery needed.
""" + ATTEST,
    "expected": E([L("11402")], ["coding-correction"], dx={"11402": ["D22.72"]}),
    "coder_note": "EX-3: benign vs malignant follows the final pathology (benign nevus) -> benign family. EX-1: 0.8 + "
                  "2 x 0.3 = 1.4 cm, thigh = TAL -> 11402. Simple closure included.",
})

SCENARIOS.append({
    "id": "s42-exb-earlobe-cyst-simple-repair-bundled",
    "family": "excision-benign", "shape": "free-text",
    "description": "Epidermoid cyst right earlobe 1.0 cm + 1 mm margins -> 11442; simple repair 1.6 cm bundled; MA",
    "date": "2026-05-19",
    "patient": ("Szymanski", "Irena", "1956-10-03", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 35,
    "conditions": [
        C("c1", "Epidermoid cyst, right earlobe, painful", "L72.0", "Right posterior earlobe", reason=True),
    ],
    "procedures": [
        P("Excision epidermoid cyst", None, "Right posterior earlobe",
          "Cyst 1.0 cm, excised with 1 mm margin including sac.", ["c1"]),
        P("Simple repair 1.6 cm", None, "Right earlobe",
          "Single layer 5-0 nylon interrupted.", ["c1"]),
    ],
    "path": [{"text": "Right earlobe, excision: epidermoid cyst.", "site": "Right earlobe", "date": "2026-05-22"}],
    "note_title": "Procedure Note",
    "note": """The patient presents today to have the lump on the back of her right earlobe removed. She is a
69-year-old woman who reports that it has been slowly growing for a year, is sore when she lies on that side,
and became swollen and red twice this spring. She cannot wear her earrings on that side.

On exam there is a 1.0 cm firm, mobile cyst on the posterior right earlobe with a small punctum. Not inflamed
today.

Dr. Santos recommended excision. We discussed the risk of recurrence and a small scar. She agreed.

Procedure: after consent the area was anesthetized with lidocaine with epinephrine. I then excised the cyst with
a 1 mm rim of skin around the punctum and removed the sac intact. The wound was closed with simple interrupted
5-0 nylon sutures, single layer, length 1.6 cm. Bacitracin and a bandage were applied.

She asked about having her other earlobe "fixed" because the piercing hole has stretched; we let her know that
is a cosmetic earlobe repair and we can give her a quote if she wants it. Not done today.

Plan: pathology pending. Suture removal in one week. Tylenol for discomfort.
""" + ATTEST,
    "expected": E([L("11442")], dx={"11442": ["L72.0"]}),
    "coder_note": "EX-1: 1.0 + 2 x 0.1 = 1.2 cm, ear = FEENLM -> 11442. EX-5: simple repair is included in the excision "
                  "(11442/12011 PTP indicator 1, same wound) -> no repair line. Pain/inflammation documented.",
})

# ---------------------------------------------------------------------------------------------------------------
# 11-20
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s42-exm-scc-dorsal-hand-intermediate-repair",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Biopsy-proven SCC left dorsal hand 1.1 cm + 4 mm margins = 1.9 cm -> 11622; layered 3.5 cm hand -> 12042",
    "date": "2026-02-17",
    "patient": ("Castellano", "Vittorio", "1941-06-25", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, left dorsal hand", "C44.629", "Left dorsal hand",
          reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "path": [{"text": "Left dorsal hand, excision: residual invasive squamous cell carcinoma, well differentiated. "
                      "Margins clear, closest 3 mm.", "site": "Left dorsal hand", "date": "2026-02-20"}],
    "note_title": "Surgery Note - Ambient Documentation",
    "note": """HISTORY
The patient is an 84-year-old man who presents today for excision of a squamous cell carcinoma on the back of
his left hand. It was biopsied here on January 27 and came back as a well-differentiated invasive SCC. He reports
that it has been tender when he grips his walker. He has had two prior skin cancers on his face, both treated
with Mohs. He is on apixaban for atrial fibrillation; Dr. Weiss told him to keep taking it.

We discussed Mohs surgery versus standard excision again today. Dr. Weiss explained that Mohs is an option for
the hand, but he would rather not make another trip to the Mohs center and prefers to have it done today with
standard margins. He understands there is a small chance the margins will not be clear and we would need to go
back.

EXAM
Left dorsal hand over the third metacarpal: 1.1 cm keratotic pink nodule with a healing biopsy scar. No
palpable epitrochlear or axillary nodes.

PROCEDURE
After time-out and consent, the site was marked with a 4 mm margin around the clinical tumor and anesthetized
with 1% lidocaine with epinephrine. I then excised the lesion as a fusiform ellipse down to the superficial
fascia, sparing the extensor tendon paratenon. Hemostasis with bipolar cautery, which took some time given the
apixaban. The wound was closed in two layers with buried 4-0 Monocryl dermal sutures and 5-0 nylon simple
interrupted sutures. Final repair length 3.5 cm. Pressure dressing applied.

ASSESSMENT AND PLAN
1. Squamous cell carcinoma, left dorsal hand: excised today with layered closure, margins pending.
2. Anticoagulated: pressure dressing 24 hours, call for bleeding.
3. Suture removal in 14 days. Skin check in 3 months.
He asked whether his right hand "rough spots" could be frozen; we ran out of time and will treat them at the
suture visit.
""" + ATTEST + "\nSamuel Weiss, MD",
    "expected": E([L("11622"), L("12042")], dx={"11622": ["C44.629"]}),
    "coder_note": "EX-1: 1.1 + 2 x 0.4 = 1.9 cm; hand is SNHFG -> 11622. EX-5 / REP-2: layered closure on the hand "
                  "belongs to 12041-12047, 3.5 cm -> 12042 (not 12032). AKs not treated.",
})

SCENARIOS.append({
    "id": "s42-exm-reexcision-mis-upper-back-inside-global-58",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision of MIS right upper back 7 days after 11602 (positive margin): 11603 needs 58; MA",
    "date": "2026-06-02",
    "patient": ("Brannigan", "Colleen", "1962-04-11", "female"),
    "provider": "okafor", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [
        C("c1", "Melanoma in situ, right upper back, positive peripheral margin", "D03.59", "Right upper back",
          reason=True),
    ],
    "prior": [PRIOR("2026-05-26", "11602", "Excision of pigmented lesion, right upper back", "Right upper back",
                    "Lesion 0.9 cm, 2 mm margins. Path: melanoma in situ, peripheral margin involved.")],
    "procedures": [
        P("Excision, malignant lesion, trunk/arms/legs, 2.1-3.0 cm", "11603", "Right upper back",
          "Re-excision of scar with 5 mm margins for melanoma in situ.", ["c1"]),
    ],
    "path": [{"text": "Right upper back, re-excision: scar with no residual melanoma in situ. Margins clear.",
              "site": "Right upper back", "date": "2026-06-05"}],
    "note_title": "Procedure Note",
    "note": """The patient presents today for re-excision of the melanoma in situ on her right upper back. She is a
64-year-old woman who had the original lesion excised here one week ago, on May 26. Pathology showed melanoma in
situ with the peripheral margin involved. Dr. Okafor called her with the results and we planned today's wider
excision at that time. She reports the incision has been healing well, with no redness or drainage.

We discussed that the standard margin for melanoma in situ is 5 mm to 1 cm and that we are taking 5 mm around
the scar today. She agreed and signed consent.

Exam: right upper back, healing 1.2 cm linear scar with sutures still in place, no erythema. No palpable
axillary or cervical lymph nodes.

Procedure: time-out. The existing sutures were removed. The scar was outlined with a 5 mm margin on all sides,
anesthetized with 1% lidocaine with epinephrine and excised down to the fascia. The specimen was oriented with a
suture at 12 o'clock. Hemostasis with electrocautery. The wound was closed primarily with interrupted 3-0 nylon
sutures, single layer, under little tension.

Assessment and plan:
- Melanoma in situ, right upper back, positive margin on the first excision: re-excised today with 5 mm margins.
- She asked if her daughters should be checked; yes, we recommended a full skin exam for first-degree relatives.
- Suture removal in 14 days. Full skin exams every 6 months.
""" + ATTEST,
    "expected": E([L("11603", 1, "58")], ["global-period"], dx={"11603": ["D03.59"]}),
    "coder_note": "EX-4 / GS-5: planned re-excision for a positive margin inside the 10-day global of the 05/26 11602 -> "
                  "58; coded malignant even though the re-excision is clear. 1.2 + 2 x 0.5 = 2.2 cm trunk -> 11603. "
                  "Simple closure included.",
})

SCENARIOS.append({
    "id": "s42-exm-scalp-atypical-lesion-path-mis",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Atypical scalp lesion excised (0.9 + 2 x 0.2 = 1.3 cm); path MIS -> 11622; layered scalp 3.0 cm -> 12032",
    "date": "2026-03-31",
    "patient": ("Ferreira", "Joaquim", "1959-12-19", "male"),
    "provider": "lindgren", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Atypical pigmented lesion, left parietal scalp", "D49.2", "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("Excision of atypical pigmented lesion", None, "Left parietal scalp",
          "Irregular brown-black macule 0.9 cm; elliptical excision with 2 mm margins to subcutaneous fat.",
          ["c1"]),
        P("Intermediate layered closure", None, "Left parietal scalp",
          "Galea-sparing layered closure, 3-0 Monocryl deep, staples superficial, 3.0 cm.", ["c1"]),
    ],
    "path": [{"text": "Left parietal scalp, excision: melanoma in situ, lentigo maligna type. Closest peripheral margin "
                      "1 mm. Recommend re-excision.", "site": "Left parietal scalp", "date": "2026-04-03"}],
    "note_title": "Office Visit - Ambient Documentation",
    "note": """The patient presents today for removal of a dark spot on his scalp. He is a 66-year-old man whose barber
noticed it about three months ago. He reports that it has gotten a bit darker and bigger since then. He has no
personal history of skin cancer. His father had "some kind of skin cancer" on his ear.

On exam, the left parietal scalp has a 0.9 cm irregular brown-black macule with asymmetric pigmentation on
dermoscopy and a few regression structures. The rest of the scalp is unremarkable. No lymphadenopathy.

Dr. Lindgren explained that this is an atypical pigmented lesion, and that because it could be an early melanoma
it is better to remove the whole thing with a small margin than to sample part of it. We discussed the
procedure, the scar, and the chance that more surgery could be needed depending on the pathology.

I then excised the lesion with a 2 mm margin as an ellipse down to the subcutaneous fat and closed the wound in
layers with deep absorbable sutures and skin staples, total length 3.0 cm.

Assessment and plan:
1. Atypical pigmented lesion, left parietal scalp: excisional biopsy with 2 mm margins, pathology pending.
2. If the pathology shows melanoma or melanoma in situ, we will plan a wider excision.
3. Staple removal in 10 days.

He also asked about the brown flat spots on his forehead; those are solar lentigines and we discussed sunscreen.
""" + ATTEST,
    "expected": E([L("11622"), L("12032")], dx={"11622": ["D03.4"]}),
    "coder_note": "EX-3: final pathology melanoma in situ -> malignant excision codes. EX-1: 0.9 + 0.4 = 1.3 cm scalp "
                  "(SNHFG) -> 11622. REP-2: scalp layered closure is in 12031-12037, 3.0 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s42-ds-ak-eighteen-lesions-17004",
    "family": "destruction", "shape": "note-only",
    "description": "Cryotherapy of 18 AKs (nine scalp, six forehead, three hands) -> 17004 x1; SKs on back not treated; Medicare FFS",
    "date": "2026-01-13",
    "patient": ("Thistlewood", "Raymond", "1939-09-08", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp, forehead and dorsal hands", "L57.0", "Scalp, forehead, dorsal hands",
          reason=True),
        C("c2", "Seborrheic keratoses, back", "L82.1", "Back"),
    ],
    "note_title": "Office Visit",
    "note": """The patient presents today for treatment of his precancers. He is an 86-year-old retired farmer who
reports that the rough spots on his head and hands have come back since his last treatment a year ago and that
they catch on his cap. He used fluorouracil cream two winters ago and says he "won't do that again".

On examination there are numerous gritty, erythematous, scaly papules consistent with actinic keratoses: nine on
the bald scalp, six on the forehead, and three on the backs of the hands. Several waxy stuck-on brown papules on
the back are seborrheic keratoses.

Dr. Abernathy explained the options again, including field treatment with creams or photodynamic therapy, and he
chose liquid nitrogen. We discussed blistering, redness and the chance of light spots.

I then treated all eighteen actinic keratoses with liquid nitrogen, two freeze-thaw cycles each.

He asked whether we could also freeze the "barnacles" on his back because his wife does not like how they look.
We explained that these are benign, that they do not itch or bleed, and that removing them for appearance is not
covered by Medicare; he decided to leave them. None were treated.

Assessment and plan:
1. Actinic keratoses x 18, treated with cryotherapy today.
2. Seborrheic keratoses of the back, asymptomatic: reassurance, no treatment.
3. Return in 6 months for a skin check, sooner for any non-healing spot.
""" + ATTEST,
    "expected": E([L("17004")], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003. SKs discussed, not treated.",
})

SCENARIOS.append({
    "id": "s42-ds-precoded-ak-and-inflamed-sk-xs-direction",
    "family": "destruction", "shape": "pre-coded",
    "description": "AK x5 (17000 + 17003 x4) and inflamed SKs (17110) on different lesions: XS on 17000 and 17003; MA",
    "date": "2026-02-03",
    "patient": ("Okonjo", "Beatrice", "1950-05-14", "female"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, face", "L57.0", "Nose, cheeks, forehead", reason=True),
        C("c2", "Inflamed seborrheic keratoses, inframammary and waistband", "L82.0", "Trunk", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Left nasal dorsum", "LN2, 2 cycles.", ["c1"]),
        P("Destruction premalignant lesions, each additional 2-14", "17003", "Cheeks and forehead",
          "LN2 to 4 additional AKs (units: 4).", ["c1"]),
        P("Destruction benign lesions, up to 14", "17110", "Right inframammary fold and left waistband",
          "LN2 to 3 inflamed, itchy SKs.", ["c2"]),
    ],
    "note_title": "Progress Note",
    "note": """The patient presents today for treatment of rough spots on her face and some itchy growths on her trunk.
She is a 75-year-old woman who reports that the face spots sting when she puts on makeup and sometimes flake off
and come back. She also reports that three growths, one under her right breast and two along her waistband, are
constantly rubbed by her bra and pants, itch intensely, and turn red and sore.

Exam: five scaly erythematous papules consistent with actinic keratoses: left nasal dorsum, right cheek x2,
left cheek, mid forehead. Three seborrheic keratoses with red inflamed bases and excoriations, one in the right
inframammary fold and two at the left waistband.

Dr. Weiss explained the diagnosis of each and recommended cryotherapy.

Procedure: I then treated the five actinic keratoses with liquid nitrogen, two freeze-thaw cycles each. Next I
treated the three inflamed seborrheic keratoses on the trunk with liquid nitrogen. She tolerated it well.
Post-care reviewed.

Assessment and plan:
- Actinic keratoses x5, face: cryotherapy.
- Inflamed, itchy seborrheic keratoses x3, trunk: cryotherapy.
- She asked about "something for the brown spots on my cheeks" (solar lentigines): discussed sunscreen and that
  lightening treatments are cosmetic. Nothing done.
Follow up 6 months.
""" + ATTEST,
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 4, "XS")], dx={"17000": ["L57.0"], "17110": ["L82.0"]}),
    "coder_note": "DS-1: 5 AKs -> 17000 + 17003 x4. DS-3: 17110/17000 and 17110/17003 are PTP indicator 1 with 17110 as "
                  "column 1; the AKs and SKs are different lesions -> XS goes on the column-2 codes 17000 and 17003, "
                  "not on 17110. Inflamed/itchy SKs meet BSL-3.",
})

SCENARIOS.append({
    "id": "s42-ds-common-warts-fingers-knee-single-17110",
    "family": "destruction", "shape": "free-text",
    "description": "Cryotherapy 6 finger warts + 2 knee warts = 8 benign lesions -> 17110 x1; plantar wart not treated; commercial",
    "date": "2026-03-10",
    "patient": ("Nakashima", "Lily", "2001-08-29", "female"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, fingers", "B07.8", "Right index and middle fingers, left thumb", reason=True),
        C("c2", "Verruca vulgaris, left knee", "B07.8", "Left knee", reason=True),
        C("c3", "Plantar wart, right heel", "B07.0", "Right heel"),
    ],
    "procedures": [
        P("Cryotherapy of common warts", None, "Right index and middle fingers, left thumb",
          "6 warts, LN2 x2 cycles, painful with typing, spreading.", ["c1"]),
        P("Cryotherapy of wart", None, "Left knee", "2 warts, LN2 x2 cycles.", ["c2"]),
    ],
    "note_title": "Office Visit",
    "note": """The patient presents today for warts on her hands and knee. She is a 24-year-old graduate student who
reports that the warts on her fingers started about eight months ago and have been multiplying, that the ones
near her nails hurt when she types, and that two more showed up on her left knee after she shaved over them.
She tried over-the-counter freezing spray twice without success.

Exam: six verrucous papules, right index finger x3, right middle finger x2, left thumb x1; two similar papules on
the left knee. A callused papule on the right heel with pinpoint black dots is a plantar wart.

Dr. Santos explained that warts are caused by a virus and that freezing may need to be repeated every 3 to 4
weeks. I then treated the six finger warts and the two knee warts with liquid nitrogen, two cycles each, eight
warts in total.

The plantar wart on her heel does not hurt; she wants to try salicylic acid plasters at home first, so we did
not treat it today. She also asked about laser for the warts; we said we would consider it if cryotherapy fails
after several sessions.

Plan: return in 4 weeks for repeat treatment. Salicylic acid 40% pads nightly to the heel.
""" + ATTEST,
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2: 17110 covers up to 14 benign lesions per session, one unit for all eight warts. Plantar wart "
                  "not treated.",
})

SCENARIOS.append({
    "id": "s42-ds-aks-uncounted-edc-bcc-shoulder-final-defect",
    "family": "destruction", "shape": "note-only",
    "description": "AKs treated with no count (no line, missing-documentation); ED&C BCC right shoulder final defect 0.9 cm -> 17261",
    "date": "2026-04-07",
    "patient": ("Gallagher", "Seamus", "1946-01-30", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right shoulder, biopsy proven", "C44.612", "Right posterior shoulder",
          reason=True),
        C("c2", "Actinic keratoses, scalp and ears", "L57.0", "Scalp, bilateral ears", reason=True),
    ],
    "note_title": "Office Visit - Ambient Documentation",
    "note": """The patient presents today for treatment of the skin cancer on his right shoulder and his scalp
precancers. He is an 80-year-old man whose shave biopsy on March 17 showed a superficial basal cell carcinoma
of the right posterior shoulder. He reports the biopsy site healed but "the pink is still there".

We reviewed the pathology together. Dr. Okafor explained that for a superficial BCC on the shoulder, curettage
and electrodesiccation is a good option with a high cure rate, and that an excision would leave a longer scar.
He chose ED&C.

Exam: right posterior shoulder, 0.6 cm pink scaly patch at the biopsy site. Scalp and both ears: multiple rough
scaly papules typical of actinic keratoses.

Procedure 1: after consent, the shoulder site was anesthetized with 1% lidocaine with epinephrine. I then
performed curettage and electrodesiccation, three cycles, extending beyond the visible tumor until firm normal
dermis was felt. The final defect measured 0.9 cm. Vaseline and a bandage.

Procedure 2: I then treated multiple actinic keratoses on the scalp and both ears with liquid nitrogen, two
freeze-thaw cycles each.

Assessment and plan:
1. Superficial BCC, right shoulder: ED&C today. Wound care reviewed. Skin check in 6 months.
2. Actinic keratoses, scalp and ears: cryotherapy today.
3. He asked if we could "burn off" a mole on his neck; it is a benign intradermal nevus that doesn't bother him,
   so we left it.
""" + ATTEST,
    "expected": E([L("17261")], ["missing-documentation"], dx={"17261": ["C44.612"]}),
    "coder_note": "DS-4: malignant destruction is sized by the final curettage defect, 0.9 cm on the shoulder (TAL) -> "
                  "17261, not 17260 from the 0.6 cm lesion. The AK count is never documented ('multiple') -> no "
                  "17000/17003/17004 line, missing-documentation (README).",
})

SCENARIOS.append({
    "id": "s42-em-medicare-screening-skin-check-no-findings-gy",
    "family": "em", "shape": "note-only",
    "description": "New Medicare patient, screening-only full skin exam, no history/complaint/findings -> 99203-GY",
    "date": "2026-05-12",
    "patient": ("Hargreaves", "Evelyn", "1955-03-06", "female"),
    "provider": "lindgren", "payer": "medicare-ngs", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit - Ambient Documentation",
    "note": """CHIEF COMPLAINT: Skin check.

HISTORY OF PRESENT ILLNESS
The patient is a 71-year-old woman, new to the practice, who presents today for a full skin check. She reports
that she read that everyone over sixty-five should have their skin checked once a year and that she has never had
one. She states that she has no spots that are new, changing, itching or bleeding, and no skin concerns at all.
She has no personal history of skin cancer and no family history of melanoma. She grew up in Minnesota and
says she "never really burned". She uses sunscreen at the pool.

PAST MEDICAL HISTORY: hypothyroidism, osteopenia. MEDICATIONS: levothyroxine, calcium, vitamin D.
ALLERGIES: none.

PHYSICAL EXAM
A complete skin examination was performed, including scalp, face, trunk, arms, legs, hands, feet, nails and
mucous membranes, with dermoscopy of pigmented lesions. Dr. Lindgren found no suspicious lesions. The skin
examination was unremarkable.

ASSESSMENT AND PLAN
1. Skin cancer screening in an asymptomatic patient with no personal or family history: full skin exam today
   with no lesions of concern.
2. Counseled on sun protection and monthly self-exams; we showed her the ABCDE handout.
3. She asked whether she needs to come back every year; Dr. Lindgren said that with no risk factors and a normal
   exam, every two to three years or sooner for any change is reasonable.
""" + ATTEST,
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README Coding decisions: screening-only full skin exam in a Medicare FFS patient with no "
                  "history, no complaint and nothing found -> statutorily excluded screening, E/M with GY.",
})

SCENARIOS.append({
    "id": "s42-em-psoriasis-methotrexate-lab-review-99214",
    "family": "em", "shape": "note-only",
    "description": "Psoriasis on methotrexate, lab review, dose continued -> 99214 kept; ILK and phototherapy only discussed; MA",
    "date": "2026-06-16",
    "patient": ("Quintero", "Rosalind", "1957-07-19", "female"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Long term (current) use of methotrexate", "Z79.631"),
    ],
    "note_title": "Follow-up Visit - Ambient Documentation",
    "note": """The patient presents today for follow-up of her plaque psoriasis on methotrexate. She is a 69-year-old
woman who has been on methotrexate 15 mg weekly with folic acid 1 mg daily since January. She reports that her
scalp and knees are much better, that the elbows still have a couple of thick spots, and that she has had mild
nausea the day after her dose but no mouth sores, cough or shortness of breath. She drinks alcohol rarely.

We reviewed her labs from last week together: CBC normal, creatinine stable at 0.9, AST 31 and ALT 38, both
within normal limits and unchanged from March.

On exam, body surface area is now about 3%, down from 12% in January. Two residual 3 cm plaques on the left elbow
and one on the right elbow; thin scale on the occipital scalp; knees clear. No nail pitting. No joint swelling.

Dr. Abernathy explained that the labs show no toxicity and that she is responding well. We discussed splitting
the dose to help with the nausea and she would like to try that.

Assessment and plan:
1. Plaque psoriasis, improving on methotrexate. Continue methotrexate 15 mg weekly, now split as 7.5 mg twice
   12 hours apart on Mondays. Continue folic acid. Repeat CBC and CMP in 8 weeks, then every 3 months.
2. Residual elbow plaques: clobetasol ointment twice daily on weekdays for 2 weeks, then weekends only.
3. She asked about a cortisone shot into the stubborn spot on her left elbow; Dr. Abernathy said we could consider
   that next visit if the clobetasol does not flatten it. Not done today.
4. She asked about light therapy as well; with her good response we will hold off. We talked about a biologic as
   a future option if methotrexate stops working.
Follow up in 3 months.
""" + ATTEST,
    "expected": E([L("99214")], dx={"99214": ["L40.0"]}),
    "coder_note": "EM-4: chronic illness on drug therapy needing intensive toxicity monitoring; provider-selected 99214 "
                  "is kept as documented (conventions). Injection and phototherapy only discussed: no procedure lines.",
})

SCENARIOS.append({
    "id": "s42-em-new-patient-bcc-history-nickel-dermatitis",
    "family": "em", "shape": "note-only",
    "description": "New Medicare patient with BCC history and new contact dermatitis, FSE + Rx -> 99203 without GY",
    "date": "2026-07-07",
    "patient": ("Lockridge", "Harold", "1952-10-27", "male"),
    "provider": "abernathy", "payer": "medicare-noname", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to nickel, wrists", "L23.0", "Bilateral wrists", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """The patient presents today to establish care and for an itchy rash on his wrists. He is a 73-year-old
man who moved here from Arizona in the spring. He had a basal cell carcinoma removed from his back in 2020 by his
previous dermatologist and was told to get yearly skin checks. He also reports that about three weeks ago he
started wearing a new fitness watch and that both wrists have become red, itchy and bumpy under the band and the
clasp. He tried hydrocortisone 1% without much help.

Exam: a complete skin exam was performed. Well-healed scar on the left mid back without signs of recurrence.
No suspicious pigmented or non-pigmented lesions. Both volar wrists have well-demarcated eczematous plaques with
papulovesicles in the shape of the band and the metal clasp.

Dr. Abernathy explained that this is most likely an allergic contact dermatitis to nickel in the watch clasp.
We talked about nickel-free bands or putting clear tape over the back of the watch.

Assessment and plan:
1. Allergic contact dermatitis, bilateral wrists, likely nickel: stop wearing the watch for two weeks, then use
   a silicone band with covered clasp. Triamcinolone 0.1% ointment twice daily for 2 weeks, sent to his pharmacy.
   He asked whether he should have patch testing; we said only if it does not clear once the watch is off.
2. History of basal cell carcinoma: full skin exam today without evidence of recurrence or new skin cancer.
   Annual skin exams.
""" + ATTEST,
    "expected": E([L("99203")]),
    "coder_note": "DX-5: not a screening-only exam (personal history of BCC and a new complaint), so no GY. Provider-"
                  "selected new-patient level kept. Patch testing only discussed.",
})

# ---------------------------------------------------------------------------------------------------------------
# 21-30
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s42-em-acne-doxycycline-cyst-injection-only-discussed",
    "family": "em", "shape": "note-only",
    "description": "Acne follow-up with Rx change -> 99213; cyst injection and laser only discussed, no procedure; commercial",
    "date": "2026-08-04",
    "patient": ("Adebayo", "Kemi", "2004-02-13", "female"),
    "provider": "nakamura", "payer": "commercial", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Acne vulgaris, moderate, inflammatory", "L70.0", "Face, upper back", reason=True),
    ],
    "note_title": "Follow-up Visit - Ambient Documentation",
    "note": """The patient presents today for follow-up of her acne. She is a 22-year-old woman who started adapalene
0.3% gel nightly and benzoyl peroxide wash three months ago. She reports that the blackheads are better but she
keeps getting painful red bumps along her jawline and chin, especially before her period, and some on her upper
back. She has one deep tender bump on her chin right now that has been there a week.

On exam there are multiple inflammatory papules and a few pustules along the jawline and chin, scattered
papules on the upper back, and one 8 mm tender nodule on the left chin. Mild post-inflammatory hyperpigmentation.
A few shallow rolling scars on the cheeks.

Dr. Nakamura explained that we need to step up treatment. We talked about oral antibiotics, spironolactone and
isotretinoin. She is not ready for isotretinoin because of the monthly visits and blood tests, but would consider
it in the future.

Assessment and plan:
1. Moderate inflammatory acne vulgaris, not controlled on topicals: start doxycycline 100 mg daily with food for
   12 weeks, reviewed photosensitivity and pill esophagitis. Continue adapalene and benzoyl peroxide.
2. Chin nodule: Dr. Nakamura said "if this one is still there in a week, or another one flares, come in and we
   can inject it with a little cortisone." Not injected today; she preferred to wait.
3. Acne scarring: she asked about laser resurfacing; we explained that is cosmetic and offered a consult with our
   aesthetic team once the active acne is controlled.
Follow-up in 3 months.
""" + ATTEST,
    "expected": E([L("99213")], dx={"99213": ["L70.0"]}),
    "coder_note": "Only the E/M was performed. The intralesional injection is conditional/future and the laser a "
                  "cosmetic referral: no 11900, no J3301.",
})

SCENARIOS.append({
    "id": "s42-mixed-em25-eczema-flare-shave-bx-arm-five-aks",
    "family": "mixed", "shape": "note-only",
    "description": "E/M for AD flare (Rx) + shave bx left arm + 5 AKs face: 99214-25, 11102, 17000-XS, 17003 x4; Medicare FFS",
    "date": "2026-01-27",
    "patient": ("Sorensen", "Walter", "1945-11-21", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Atopic dermatitis, flare", "L20.9", "Trunk and extremities", reason=True),
        C("c2", "Lesion of left upper arm, rule out BCC", "D49.2", "Left posterior upper arm", reason=True),
        C("c3", "Actinic keratoses, face", "L57.0", "Face", reason=True),
    ],
    "note_title": "Office Visit - Ambient Documentation",
    "note": """HISTORY OF PRESENT ILLNESS
The patient is an 80-year-old man who presents today for three things: his eczema is flaring, he has a new
spot on his left arm, and he would like his facial precancers treated. He reports that since the cold weather
started his eczema has spread from his shins to his back and arms, that the itch wakes him up at night, and that
the triamcinolone cream "doesn't touch it anymore". He reports a pink spot on the back of his left upper arm that
has been there two or three months and bleeds when he dries off with a towel.

EXAM
Ill-defined eczematous plaques with lichenification and excoriations on the back, both arms and both shins,
roughly 20% body surface area. Left posterior upper arm: 6 mm shiny pink papule with "harbor rising" (arborizing) vessels on
dermoscopy. Face: five gritty erythematous papules, two on the right temple, one on the left cheek, one on the
nasal tip, one on the chin.

DISCUSSION
Dr. Okafor explained that his eczema is not controlled and talked through options including a stronger topical,
phototherapy and dupilumab. He would like to try the stronger cream first and start the paperwork for dupilumab in
case it fails. We also discussed bathing and moisturizer habits and a sedating antihistamine at night.

PROCEDURES
After consent, I first performed a shave biopsy of the left posterior upper arm lesion with a flexible blade;
hemostasis with aluminum chloride. I then treated the five actinic keratoses on the face with liquid nitrogen,
two cycles each.

ASSESSMENT AND PLAN
1. Atopic dermatitis, flare, about 20% BSA: start clobetasol 0.05% ointment twice daily to body for 2 weeks
   then weekends only; hydroxyzine 25 mg at bedtime; prior authorization started for dupilumab.
2. Lesion left upper arm, suspicious for BCC: shave biopsy, pathology pending.
3. Actinic keratoses x5, face: cryotherapy.
Return in 4 weeks for the eczema.
""" + ATTEST,
    "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 4)]),
    "coder_note": "GS-3: AD flare with new prescriptions is significant and separately identifiable -> 99214-25. "
                  "11102/17000 is PTP indicator 1 with the biopsy as column 1; different lesions -> XS on 17000. "
                  "17003 has no edit with 11102, so no modifier on it.",
})

SCENARIOS.append({
    "id": "s42-mixed-shave-neck-nevus-punch-thigh-eruption",
    "family": "mixed", "shape": "free-text",
    "description": "Punch bx left thigh eruption + shave removal 0.9 cm irritated nevus right neck: 11104 + 11306-XS; commercial",
    "date": "2026-02-12",
    "patient": ("Moreau", "Adrienne", "1986-06-07", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Papulosquamous eruption, left thigh, lichen planus vs lichenoid drug eruption", "L43.9",
          "Left anterior thigh", reason=True),
        C("c2", "Irritated melanocytic nevus, right neck", "D22.4", "Right lateral neck", reason=True),
    ],
    "procedures": [
        P("Punch biopsy, 4 mm", None, "Left anterior thigh",
          "Violaceous flat-topped papule, punch to fat, one 4-0 nylon.", ["c1"]),
        P("Shave removal of nevus", None, "Right lateral neck",
          "0.9 cm pedunculated nevus rubbed by necklace, inflamed and bleeding. Shaved flush, Drysol.", ["c2"]),
    ],
    "path": [
        {"text": "A. Left thigh, punch: lichen planus.", "site": "Left anterior thigh", "date": "2026-02-16"},
        {"text": "B. Right neck, shave: intradermal nevus with inflammation and erosion. Benign.",
         "site": "Right lateral neck", "date": "2026-02-16"},
    ],
    "note_title": "Office Visit",
    "note": """The patient presents today for an itchy rash on her left thigh and a mole on her neck that keeps
bleeding. She is a 39-year-old woman who reports that the thigh rash started about two months ago as a few purple
bumps that itch, and that more have appeared. She started a new blood pressure medication in November. The mole on
the right side of her neck gets caught in her necklace chain, has bled several times and is now red and sore.

Exam: left anterior thigh, a cluster of flat-topped violaceous polygonal papules with fine white lines. Right
lateral neck: 0.9 cm soft pedunculated brown papule with an eroded, inflamed surface.

Dr. Weiss explained that the thigh rash could be lichen planus or a reaction to the new medication, and that a
punch biopsy will help sort it out. For the neck mole, since it is bleeding and inflamed, we recommended removing
it by shave.

I then performed a 4 mm punch biopsy of a representative papule on the left thigh and closed it with one suture.
Next I performed a shave removal of the right neck nevus, flush with the skin, with Drysol for hemostasis. Both
specimens went to pathology.

She asked if we could take off "the little tags under my arms" too; those are not bothering her and she wasn't sure
her insurance would cover it, so she decided to wait.

Plan: call with the results; suture removal in 2 weeks. Triamcinolone 0.1% cream to the thigh after the biopsy
results are back.
""" + ATTEST,
    "expected": E([L("11104"), L("11306", 1, "XS")]),
    "coder_note": "BX-4: the neck nevus was removed for treatment -> shave removal, SNHFG 0.9 cm -> 11306. 11104/11306 is "
                  "PTP indicator 1 with 11306 as column 2; different lesions -> XS on 11306. Skin tags not treated.",
})

SCENARIOS.append({
    "id": "s42-mixed-precoded-bcc-back-excision-repair-shin-bx",
    "family": "mixed", "shape": "pre-coded",
    "description": "Excision BCC back 1.8 cm (11602) + layered 4.4 cm (12032) + shave bx left shin: XS on 12032 and 11102; MA",
    "date": "2026-03-24",
    "patient": ("Holloway", "Bernard", "1948-04-02", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 60,
    "conditions": [
        C("c1", "Nodular basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
        C("c2", "Lesion of left shin, rule out SCC", "D49.2", "Left anterior shin", reason=True),
    ],
    "procedures": [
        P("Excision, malignant lesion, trunk/arms/legs, 1.1-2.0 cm", "11602", "Left upper back",
          "BCC 1.0 cm, 4 mm margins.", ["c1"]),
        P("Repair, intermediate, trunk/extremities, 2.6-7.5 cm", "12032", "Left upper back",
          "Layered closure 4.4 cm.", ["c1"]),
        P("Tangential biopsy of skin, single lesion", "11102", "Left anterior shin",
          "Shave biopsy of hyperkeratotic nodule.", ["c2"]),
    ],
    "note_title": "Procedure Note - Ambient Documentation",
    "note": """The patient presents today for excision of the basal cell carcinoma on his left upper back, which was
biopsied on March 3 and showed nodular BCC. He is a 77-year-old man who also reports a new crusty bump on his left
shin that he keeps knocking on the dishwasher door; it has been growing for a month.

Exam: left upper back, 1.0 cm pearly nodule at the biopsy site. Left anterior shin, 8 mm hyperkeratotic nodule
with a central keratin plug.

We discussed that the shin lesion could be a keratoacanthoma or squamous cell carcinoma and that a biopsy is
needed before deciding treatment. He agreed to both procedures.

Procedure 1: the BCC was marked with a 4 mm margin, anesthetized with 1% lidocaine with epinephrine, and
excised as an ellipse to the fat. The wound was closed in layers with 3-0 Vicryl deep dermal sutures and a
running 4-0 nylon, total length 4.4 cm.

Procedure 2: I then performed a shave biopsy of the left shin nodule, deep saucerization with a DermaBlade,
hemostasis with aluminum chloride.

Assessment and plan:
- Nodular BCC, left upper back: excised with layered closure, margins pending. Suture removal 14 days.
- Hyperkeratotic nodule, left shin, rule out SCC/KA: shave biopsy, pathology pending; will discuss treatment
  once the result is back.
- He asked about the "age spots" on his forearms; no treatment, sun protection reviewed.
""" + ATTEST,
    "expected": E([L("11602"), L("12032", 1, "XS"), L("11102", 1, "XS")], dx={"11602": ["C44.519"]}),
    "coder_note": "EX-1: 1.0 + 0.8 = 1.8 cm trunk -> 11602 (biopsy-proven BCC). PTP 11602/11102 (biopsy column 2) and "
                  "11102/12032 (repair column 2) are both indicator 1; the shin biopsy is a different lesion and site "
                  "from the back wound -> XS on 11102 and on 12032.",
})

SCENARIOS.append({
    "id": "s42-mixed-precoded-tags-warts-em-decision-only",
    "family": "mixed", "shape": "pre-coded",
    "description": "Symptomatic skin tags (11200) + hand warts (17110); 99213 only decision -> removed; XS on 11200; commercial",
    "date": "2026-04-28",
    "patient": ("Kowalczyk", "Dominika", "1979-01-15", "female"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Irritated acrochordons, neck", "L91.8", "Neck", reason=True),
        C("c2", "Verruca vulgaris, left hand", "B07.8", "Left hand", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to and including 15", "11200", "Anterior and lateral neck",
          "8 tags snipped with iris scissors, Drysol.", ["c1"]),
        P("Destruction benign lesions up to 14", "17110", "Left hand",
          "4 common warts, LN2.", ["c2"]),
    ],
    "note_title": "Office Visit",
    "note": """The patient presents today for skin tags on her neck and warts on her left hand. She is a 47-year-old
woman who reports that the tags catch on her necklace and her collar, that two of them bled last week and several
are red and sore. The warts on her left hand have been there about six months and crack and hurt when she does
the dishes.

Exam: eight pedunculated skin-colored papules on the anterior and lateral neck, three with erythema and one with
a hemorrhagic crust. Left hand: four verrucous papules on the dorsal index finger, middle finger and palm.

Dr. Santos explained both diagnoses and the treatment options, and she chose to proceed today.

I then removed the eight skin tags with sterile iris scissors, hemostasis with Drysol. I then treated the four
warts with liquid nitrogen, two freeze-thaw cycles.

She has no other concerns today. Medications and allergies reviewed, no changes.

Plan: wart follow-up in 4 weeks for a repeat freeze if needed. Keep the neck areas clean and dry.
""" + ATTEST,
    "expected": E([L("17110"), L("11200", 1, "XS")]),
    "coder_note": "GS-3: the only E/M work is the decision to treat the two complaints -> provider's 99213 removed. "
                  "17110/11200 PTP indicator 1 with 11200 as column 2; different lesions -> XS on 11200. Tags are "
                  "bleeding/inflamed, so not cosmetic.",
})

SCENARIOS.append({
    "id": "s42-mohs-right-helix-scc-six-blocks-complex-repair",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs SCC right helix: stage 1 six blocks, stage 2 two blocks -> 17311, 17312, 17315; helical rim complex 2.8 cm -> 13152",
    "date": "2026-05-26",
    "patient": ("Pettigrew", "Arthur", "1940-08-30", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 180,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, right helix", "C44.222", "Right helix", reason=True),
    ],
    "note_title": "Mohs Surgery Note - Ambient Documentation",
    "note": """The patient presents today for Mohs surgery of a squamous cell carcinoma on his right ear. He is an
85-year-old man whose biopsy on May 5 showed a well-differentiated invasive squamous cell carcinoma of the right
superior helix. He reports that it is tender when he lies on that side. He takes clopidogrel, which we continued.

Dr. Marchetti reviewed the pathology with him and explained that Mohs is the preferred treatment on the ear to
spare cartilage and check all the margins. He consented. Dr. Marchetti served as both surgeon and pathologist.

Pre-operative exam: right superior helix, 1.2 cm keratotic nodule involving the helical rim.

Stage one: the visible tumor was debulked with a curette and the first layer was excised with a narrow margin.
Because of the curve of the helix, the layer was divided into six tissue blocks, mapped and color coded. On
frozen sections I saw residual SCC in blocks 2 and 3 at the anterior peripheral margin.
Stage two: an additional layer was taken from the anterior margin as two tissue blocks. Clear.
Total: two stages, eight blocks (six and two).

Final defect: 2.0 x 1.4 cm through the helical rim with exposed cartilage.

Repair: we talked about second intention healing, a wedge resection, and a helical rim advancement. He preferred
the option that keeps the shape of the ear. I then performed a complex repair: the wound edges were debrided,
the helical rim was realigned, cartilage was trimmed, and the anterior and posterior skin was closed in layers
with 5-0 Monocryl and 6-0 Prolene. Final repair length 2.8 cm. No flap was used.

Post-op: pressure dressing, acetaminophen, no lying on that ear for a week. He asked whether the "spots on my
scalp" could be frozen while he was here; we will do that at the suture visit in one week.
""" + ATTEST + "\nLuca Marchetti, MD, Mohs surgeon",
    "expected": E([L("17311"), L("17312"), L("17315"), L("13152")], dx={"17311": ["C44.222"]}),
    "coder_note": "MOHS-2: ear = head -> 17311 + 17312 for stage 2; stage 1 had six blocks -> 17315 x1 (one block beyond "
                  "five). MOHS-7 / REP-3: helical rim free margin with debridement = complex; ear 2.8 cm -> 13152. "
                  "Scalp AKs deferred.",
})

SCENARIOS.append({
    "id": "s42-mohs-forearm-scc-transplant-three-stages",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs SCC right forearm in transplant recipient, 3 stages (4/3/1 blocks) -> 17313 + 17314 x2; layered 4.6 cm -> 12032; MA",
    "date": "2026-06-23",
    "patient": ("Dunleavy", "Patricia", "1958-02-09", "female"),
    "provider": "marchetti", "payer": "medicare-advantage", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal forearm, immunosuppressed host", "C44.622",
          "Right dorsal forearm", reason=True),
        C("c2", "Kidney transplant status", "Z94.0"),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage I", None, "Right dorsal forearm",
          "4 tissue blocks; SCC at deep margin block 3.", ["c1"]),
        P("Mohs micrographic surgery, stage II", None, "Right dorsal forearm",
          "3 tissue blocks; residual SCC at 6 o'clock block 2.", ["c1"]),
        P("Mohs micrographic surgery, stage III", None, "Right dorsal forearm", "1 tissue block; clear.", ["c1"]),
        P("Layered closure", None, "Right dorsal forearm",
          "Intermediate repair, 3-0 Monocryl deep, 4-0 nylon running, 4.6 cm.", ["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """The patient presents today for Mohs surgery of a squamous cell carcinoma on her right forearm. She is a
68-year-old woman with a kidney transplant in 2011 on tacrolimus and mycophenolate. Biopsy on June 2 showed an
invasive SCC, moderately differentiated. She reports it has grown quickly over two months.

Dr. Marchetti explained that although the forearm is usually treated with standard excision, Mohs is appropriate
here because she is immunosuppressed and the tumor is growing quickly, and it gives the best cure rate. She agreed.
Dr. Marchetti acted as surgeon and read all of the frozen sections himself.

Exam: right dorsal forearm, 1.4 cm indurated keratotic nodule.

Stage I: four tissue blocks, tumor at the deep margin in block 3.
Stage II: three tissue blocks, residual tumor at 6 o'clock in block 2.
Stage III: one tissue block, clear.
Final defect 2.6 x 2.0 cm into the subcutaneous fat.

Repair: layered closure with 3-0 Monocryl buried sutures and a running 4-0 nylon, final length 4.6 cm.

She asked about having the "rough spots" on the back of her hands treated with a cream; we will send her back to
her general dermatologist for field therapy. She also asked if her transplant team should know; yes, we will fax
the note.

Plan: suture removal in 14 days; skin checks every 3 months given her transplant.
""" + ATTEST,
    "expected": E([L("17313"), L("17314", 2), L("12032")], dx={"17313": ["C44.622"]}),
    "coder_note": "MOHS-2: arm = trunk/arms/legs group -> 17313 + 17314 x2; no stage over 5 blocks. MOHSN-2: area L but "
                  "immunosuppressed and rapidly growing, so appropriate (no GA). MOHS-7: layered repair 4.6 cm arm -> "
                  "12032.",
})

SCENARIOS.append({
    "id": "s42-mohs-precoded-88305-and-preop-em-removed",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs left temple BCC 2 stages + intermediate repair 3.1 cm; pre-coded 88305 and 99203 removed; commercial",
    "date": "2026-07-14",
    "patient": ("Ashworth", "Geraldine", "1961-09-16", "female"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 150, "em": "99203",
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, left temple", "C44.319", "Left temple", reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck, first stage", "17311", "Left temple", "3 blocks.", ["c1"]),
        P("Mohs, head/neck, each additional stage", "17312", "Left temple", "2 blocks.", ["c1"]),
        P("Surgical pathology, level IV", "88305", "Left temple", "Mohs layers, frozen, read by surgeon.", ["c1"]),
        P("Repair, intermediate, face, 2.6-5.0 cm", "12052", "Left temple", "Layered closure 3.1 cm.", ["c1"]),
    ],
    "note_title": "Mohs Surgery Note - Ambient Documentation",
    "note": """The patient presents today for Mohs surgery. She is a 64-year-old woman referred by Dr. Whitfield, who
biopsied a lesion on her left temple on June 16; pathology showed an infiltrative basal cell carcinoma. This is
her first visit with Dr. Marchetti. She reports no other skin concerns. Medications, allergies and history were
reviewed and are unchanged from the referral packet; she takes no blood thinners.

Dr. Marchetti examined the left temple, reviewed the pathology, and explained that Mohs surgery is recommended
for an infiltrative BCC on the face. We reviewed the risks, the scar, and the repair options. She consented to
proceed today.

Exam: left temple, 0.9 cm ill-defined scarred pink plaque at the biopsy site.

Stage 1: three tissue blocks. Infiltrative BCC at the posterior margin in block 2 on my frozen sections.
Stage 2: two tissue blocks from the posterior margin. Clear. Dr. Marchetti acted as surgeon and pathologist; all
frozen sections were processed in our Mohs lab and nothing was sent out.

Final defect: 1.6 x 1.2 cm into subcutaneous fat.

Repair: layered closure with buried 5-0 Monocryl and 6-0 nylon, oriented in the relaxed skin tension lines,
final length 3.1 cm.

Plan: suture removal in 7 days. She asked if she could go swimming this weekend; we advised waiting until the
sutures are out.
""" + ATTEST,
    "expected": E([L("17311"), L("17312"), L("12052")], ["ncci"]),
    "coder_note": "MOHS-5: no separate 88305 for the Mohs layers (17311/88305 indicator 1, same tissue) -> removed, ncci. "
                  "GS-3 / README: the new-patient E/M is only the decision for Mohs of a known BCC -> 99203 removed. "
                  "Temple is face for repairs -> 12052 (3.1 cm).",
})

SCENARIOS.append({
    "id": "s42-rep-two-nevi-back-and-arm-summed-intermediate",
    "family": "repair", "shape": "note-only",
    "description": "Two nevus excisions (back 1.0 cm -> 11401, arm 1.3 cm -> 11402); layered 2.1 + 3.0 = 5.1 cm summed -> 12032",
    "date": "2026-08-11",
    "patient": ("Villanueva", "Marco", "1980-12-05", "male"),
    "provider": "okafor", "payer": "commercial-cigna", "minutes": 60,
    "conditions": [
        C("c1", "Changing nevus, left upper back", "D49.2", "Left upper back", reason=True),
        C("c2", "Changing nevus, right upper arm", "D49.2", "Right posterior upper arm", reason=True),
    ],
    "path": [
        {"text": "A. Left upper back, excision: compound dysplastic nevus with mild atypia, margins clear.",
         "site": "Left upper back", "date": "2026-08-14"},
        {"text": "B. Right upper arm, excision: junctional dysplastic nevus with mild atypia, margins clear.",
         "site": "Right upper arm", "date": "2026-08-14"},
    ],
    "note_title": "Procedure Note - Ambient Documentation",
    "note": """The patient presents today for removal of two moles that we have been watching with photos. He is a
45-year-old man whose mapping photos from February show that the mole on his left upper back and the one on the
back of his right upper arm have both grown and changed shape. He has no personal history of melanoma; his
mother had a melanoma in situ.

Exam: left upper back, 0.6 cm irregular brown macule. Right posterior upper arm, 0.9 cm asymmetric brown papule.

Dr. Okafor recommended complete excision of both with narrow margins. He agreed.

Procedure: I then excised the left upper back lesion with a 2 mm margin around it, down to the fat, and closed it
in layers with buried 4-0 Monocryl and 4-0 nylon; that repair was 2.1 cm long. Next I excised the right upper arm
lesion with a 2 mm margin and closed it in layers in the same way, 3.0 cm long. Hemostasis with cautery.
Pressure dressings.

He asked if we could also look at a "bump" on his scalp; it is a small pilar cyst that doesn't bother him, so we
left it.

Assessment and plan:
1. Changing nevus, left upper back: excised, layered closure.
2. Changing nevus, right upper arm: excised, layered closure.
3. Pathology pending; suture removal in 14 days; continue total body photography follow-up.
""" + ATTEST,
    "expected": E([L("11401"), L("11402"), L("12032")]),
    "coder_note": "EX-1: back 0.6 + 0.4 = 1.0 cm -> 11401; arm 0.9 + 0.4 = 1.3 cm -> 11402; pathology benign (dysplastic "
                  "nevus). REP-1: both layered repairs are in the trunk/extremity group -> 2.1 + 3.0 = 5.1 cm -> one "
                  "12032.",
})

SCENARIOS.append({
    "id": "s42-rep-precoded-neck-layered-repair-wrong-group",
    "family": "repair", "shape": "pre-coded",
    "description": "Inflamed cyst posterior neck 1.7 cm -> 11422; pre-coded 12032 for neck layered 3.4 cm -> 12042; Medicare FFS",
    "date": "2026-09-01",
    "patient": ("Rutherford", "Clement", "1949-05-23", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Epidermoid cyst, posterior neck, recurrently inflamed", "L72.0", "Posterior neck", reason=True),
    ],
    "procedures": [
        P("Excision, benign lesion, scalp/neck/hands/feet/genitalia, 1.1-2.0 cm", "11422", "Posterior neck",
          "Cyst 1.5 cm, 1 mm margin.", ["c1"]),
        P("Repair, intermediate, scalp/axillae/trunk/extremities, 2.6-7.5 cm", "12032", "Posterior neck",
          "Layered closure 3.4 cm.", ["c1"]),
    ],
    "path": [{"text": "Posterior neck, excision: ruptured epidermoid cyst with acute and chronic inflammation.",
              "site": "Posterior neck", "date": "2026-09-04"}],
    "note_title": "Procedure Note",
    "note": """The patient presents today for removal of the cyst on the back of his neck. He is a 77-year-old man who
reports that it has become swollen, red and painful three times this year, that it drained pus in June, and that
his shirt collar rubs it. It is quieter today after a course of doxycycline.

Exam: posterior neck, 1.5 cm firm subcutaneous cyst with a punctum and mild residual erythema.

Dr. Abernathy explained that removing the entire cyst wall is the best way to keep it from coming back.

Procedure: after consent, the area was anesthetized and I excised the cyst with a 1 mm rim of skin around the
punctum, removing the sac in one piece. Because of the tension on the neck, the wound was closed in layers with
buried 4-0 Vicryl and running 5-0 Prolene, final length 3.4 cm.

He asked if we could freeze the "rough spots" on his ears; we will look at those at the suture visit.

Plan: pathology; suture removal in 10 days. Call for fever, spreading redness or drainage.
""" + ATTEST,
    "expected": E([L("11422"), L("12042")], ["coding-correction"], dx={"11422": ["L72.0"]}),
    "coder_note": "EX-1: 1.5 + 0.2 = 1.7 cm, neck = SNHFG -> 11422 (as sent). REP-2: intermediate repair of the neck is "
                  "12041-12047, not 12031-12037 -> 3.4 cm = 12042. Recurrent inflammation documented (covered).",
})

# ---------------------------------------------------------------------------------------------------------------
# 31-40
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s42-rep-complex-forehead-after-outside-mohs-addon",
    "family": "repair", "shape": "free-text",
    "description": "Repair of outside-Mohs forehead defect: complex 8.4 cm -> 13132 + 13133 x1; MA",
    "date": "2026-09-15",
    "patient": ("Fairbanks", "Leopold", "1947-07-04", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 75,
    "conditions": [
        C("c1", "Basal cell carcinoma, right forehead, cleared by Mohs today", "C44.319", "Right forehead",
          reason=True),
    ],
    "procedures": [
        P("Complex layered repair of Mohs defect", None, "Right forehead",
          "Defect 2.2 x 1.9 cm. Edges debrided, extensive undermining 3 cm in the subgaleal plane on both sides "
          "(more than the defect width), layered closure; final length 8.4 cm.", ["c1"]),
    ],
    "note_title": "Procedure Note - Ambient Documentation",
    "note": """The patient presents today for repair of a surgical wound on his forehead. He is a 79-year-old man who
had Mohs surgery this morning at Lakeside Mohs Center (Dr. Greer) for a basal cell carcinoma of the right forehead;
the margins were clear after two stages and he was sent to us for the reconstruction, as arranged last week. He
takes no anticoagulants.

Exam: right mid forehead, 2.2 x 1.9 cm defect down to the frontalis fascia, with ragged, crushed edges from the
Mohs layers. The surrounding skin is thick and sun damaged.

Dr. Lindgren reviewed the options, including letting it heal on its own, a flap, or a long linear closure along
the forehead crease, and he preferred the linear closure.

Procedure: after consent and local anesthesia, I debrided the crushed wound edges back to healthy bleeding tissue.
Because the forehead skin is tight, I undermined widely in the sub-gala [subgaleal] plane, about 3 cm on each side, which is
more than the width of the defect, and removed standing cones at both ends. The wound was closed in layers with
buried 4-0 Monocryl and a running 5-0 nylon. Final repair length 8.4 cm. No flap was used.

He asked whether we could also take care of the "scaly patches" on his scalp today; he is already scheduled for
that with his general dermatologist next month, so nothing was done.

Assessment and plan:
1. Mohs defect, right forehead, after clearance of a basal cell carcinoma: complex repair, 8.4 cm.
2. Suture removal in 7 days. Call for bleeding, swelling or fever.
""" + ATTEST,
    "expected": E([L("13132"), L("13133")], dx={"13132": ["C44.319"]}),
    "coder_note": "REP-2/REP-3: debridement of wound edges and extensive undermining = complex; forehead is 13131-13133. "
                  "8.4 cm -> 13132 (2.6-7.5) + 13133 x1 for the additional 0.9 cm. The Mohs was billed by the other "
                  "practice; no flap.",
})

SCENARIOS.append({
    "id": "s42-po-suture-removal-path-review-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal and path review 9 days after excision + layered repair: provider 99213 -> 99024; MA",
    "date": "2026-07-09",
    "patient": ("Marchand", "Sylvie", "1954-11-11", "female"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 15, "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma, left upper arm, excised", "C44.619", "Left upper arm", reason=True),
    ],
    "prior": [
        PRIOR("2026-06-30", "11602", "Excision BCC left upper arm", "Left upper arm",
              "BCC 1.0 cm, 4 mm margins."),
        PRIOR("2026-06-30", "12032", "Intermediate repair left upper arm", "Left upper arm", "Layered closure 4.0 cm."),
    ],
    "note_title": "Post-op Visit",
    "note": """The patient presents today for suture removal and to go over her pathology. She is a 71-year-old woman
who had excision of a basal cell carcinoma on her left upper arm with a layered closure nine days ago, on
June 30. She reports that it has been a little itchy but not painful, with no drainage or fever. She has been
using Vaseline as instructed.

Exam: left upper arm, 4 cm linear incision, well approximated, no erythema, no dehiscence, no hematoma.

We reviewed the pathology together: nodular basal cell carcinoma, margins clear, closest margin 3 mm. Dr. Weiss
explained that no further treatment is needed for this spot.

Procedure: the sutures were removed without difficulty and Steri-Strips were applied.

Assessment and plan:
- Status post excision of BCC, left upper arm, healing well, margins clear.
- Scar care: silicone gel once healed; sun protection.
- She asked when her next full skin check should be; we scheduled it for 6 months from now.
""" + ATTEST,
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-1/GS-5: routine post-op visit (suture removal, path review) inside the 10-day global of the 06/30 "
                  "11602/12032 with no unrelated problem -> 99024 instead of the provider's 99213.",
})

SCENARIOS.append({
    "id": "s42-po-new-back-lesion-bx-inside-ak-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "7 days after AK destruction (010), new bleeding lesion right upper back shave-biopsied -> 11102-79; Medicare FFS",
    "date": "2026-08-25",
    "patient": ("Eberhardt", "Konrad", "1943-03-14", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Bleeding lesion, right upper back, rule out BCC", "D49.2", "Right upper back", reason=True),
    ],
    "prior": [PRIOR("2026-08-18", "17000", "Cryotherapy of actinic keratoses, face", "Face",
                    "LN2 to 4 AKs (17000 + 17003 x3).")],
    "procedures": [
        P("Shave biopsy", None, "Right upper back",
          "7 mm pink pearly papule, bleeds with towel; tangential biopsy with DermaBlade, AlCl3.", ["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """The patient presents today for a new spot on his back. He is an 83-year-old man we saw one week ago, on
August 18, for cryotherapy of actinic keratoses on his face. He reports that since then his wife noticed a spot on
his right upper back that bleeds onto his undershirt. He did not mention it last week because he "didn't know it
was there". The treated spots on his face are crusting as expected and he has no concerns about them.

Exam: right upper back, 7 mm pink pearly papule with a hemorrhagic crust and arborizing vessels on dermoscopy.

Dr. Okafor explained that this could be a basal cell carcinoma and that a shave biopsy is the next step.

I then performed a shave biopsy of the right upper back lesion after local anesthesia; hemostasis with aluminum
chloride; bandage applied.

He asked if we could freeze another rough spot on his left ear that we missed last week; Dr. Okafor looked and
it is a small scar, not an AK, so nothing was done.

Plan: pathology pending; we will call with results and discuss treatment.
""" + ATTEST,
    "expected": E([L("11102", 1, "79")], ["global-period"]),
    "coder_note": "GS-5: new, unrelated lesion biopsied inside the 10-day global of the 08/18 17000 -> 79 on 11102. No E/M "
                  "was selected.",
})

SCENARIOS.append({
    "id": "s42-po-flap-global-unrelated-tinea-cruris-24",
    "family": "post-op", "shape": "note-only",
    "description": "49 days after cheek advancement flap (090), visit for tinea cruris with Rx, flap glanced at -> 99213-24; commercial",
    "date": "2026-09-08",
    "patient": ("Lindqvist-Ortiz", "Renata", "1968-03-22", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Tinea cruris", "B35.6", "Bilateral inner thighs and groin", reason=True),
    ],
    "prior": [PRIOR("2026-07-21", "14040", "Excision BCC left cheek with advancement flap", "Left cheek",
                    "Defect plus flap 7.5 sq cm.")],
    "note_title": "Office Visit - Ambient Documentation",
    "note": """The patient presents today for an itchy rash in her groin. She is a 58-year-old woman who had a basal
cell carcinoma removed from her left cheek with an advancement flap here on July 21. She reports that about three
weeks ago she developed an itchy red rash on both inner thighs after a beach vacation, which has spread despite
an over-the-counter hydrocortisone cream.

Exam: bilateral inner thighs and inguinal folds with annular erythematous plaques with a raised scaly border and
central clearing and a few satellite papules at the edges. The left
cheek flap was glanced at while she was here and is healing nicely.

Dr. Santos explained that this is a fungal infection called tinea cruris, and that the hydrocortisone may have
made it worse.

Assessment and plan:
1. Tinea cruris: stop hydrocortisone; ketoconazole 2% cream twice daily for 3 weeks, sent to
   pharmacy. Keep the area dry, change out of wet swimsuits, treat her athlete's foot if it appears.
2. Left cheek flap, post-op day 49: healing well, no concerns. Silicone gel nightly. She asked about laser for the
   redness of the scar; we will revisit after 6 months.
Return as needed for the rash; keep her scheduled 3-month post-op visit.
""" + ATTEST,
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["B35.6"]}),
    "coder_note": "GS-5: unrelated E/M (tinea cruris with prescription) inside the 90-day global of the 07/21 14040 -> "
                  "24. The flap check itself is part of the global.",
})

SCENARIOS.append({
    "id": "s42-il-alopecia-areata-nine-patches-11901",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to 9 alopecia areata patches -> 11901; triamcinolone 2.4 mL of 10 mg/mL = 24 mg -> J3301 x3; commercial",
    "date": "2026-03-05",
    "patient": ("Baptiste-Reyes", "Naomi", "1993-10-30", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", "L63.9", "Scalp", reason=True),
    ],
    "note_title": "Procedure Visit - Ambient Documentation",
    "note": """The patient presents today for her alopecia areata injections. She is a 32-year-old woman who was
diagnosed in December and had her first round of injections six weeks ago. She reports that the two oldest
patches are filling in with fine white hairs but that several new patches appeared over the holidays. She is
stressed about her wedding in May.

On exam there are nine well-demarcated smooth patches of non-scarring hair loss on the scalp: three occipital,
two on the right parietal scalp, two on the left parietal scalp, one at the vertex and one frontal. Exclamation
point hairs at the margins of the newest patches. Eyebrows and lashes intact.

Dr. Lindgren explained that the injections work best when repeated every 4 to 6 weeks, and mentioned that if the
patches keep multiplying we could talk about an oral JAK inhibitor, which she is not ready to consider.

Procedure: I then injected triamcinolone acetonide 10 mg per mL into all nine patches using a 30-gauge needle,
about 0.1 mL per injection site, for a total of 2.4 mL (24 mg). She tolerated it well. We discussed the possibility
of small dents in the skin that usually recover.

She asked if we could also inject her eyebrows "to be safe"; Dr. Lindgren said there is no hair loss there, so we
did not.

Plan: repeat injections in 6 weeks. Clobetasol solution nightly to the patches between visits.
""" + ATTEST,
    "expected": E([L("11901"), L("J3301", 3)], dx={"11901": ["L63.9"]}),
    "coder_note": "11901 = more than 7 lesions (9 patches), one unit. J3301 per 10 mg: 24 mg -> ceil(2.4) = 3 units.",
})

SCENARIOS.append({
    "id": "s42-il-precoded-11900-eight-keloids-seb-derm-em25",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Pre-coded 11900 for 8 keloids -> 11901; 60 mg triamcinolone -> J3301 x6; seb derm Rx -> 99213-25; MA",
    "date": "2026-04-16",
    "patient": ("Mbeki", "Solomon", "1956-06-18", "male"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Keloids, chest and shoulders, itchy and painful", "L91.0", "Chest and shoulders", reason=True),
        C("c2", "Seborrheic dermatitis, face and scalp", "L21.9", "Face and scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", "11900", "Chest and shoulders",
          "Kenalog-40 into 8 keloids.", ["c1"]),
        P("Triamcinolone acetonide injection", "J3301", "Chest and shoulders", "Units: 6 (60 mg).", ["c1"]),
    ],
    "note_title": "Office Visit - Ambient Documentation",
    "note": """The patient presents today for his keloids and a flaky rash on his face. He is a 70-year-old man with
keloids on his chest and shoulders from acne in his twenties. He reports that they itch constantly, hurt when his
seatbelt rubs them, and that the last injections in January helped. He also reports that over the last two months
his eyebrows, the sides of his nose and his scalp have become red and flaky, worse in the cold.

Exam: eight firm, shiny keloids: four on the central chest, two on the right shoulder and two on the left
shoulder, from 1 to 3 cm. Greasy yellowish scale with erythema on the eyebrows, nasolabial folds and scalp.

Dr. Santos explained that the facial rash is seborrheic dermatitis, which is related to yeast on the skin and
tends to come and go, and prescribed treatment for it.

Procedure: I then injected triamcinolone acetonide 40 mg per mL into all eight keloids with a 27-gauge needle, a
total of 1.5 mL, which is 60 mg. Moderate blanching achieved. He tolerated it well.

Assessment and plan:
1. Symptomatic keloids x8, chest and shoulders: intralesional triamcinolone today; repeat in 6 to 8 weeks.
2. Seborrheic dermatitis, face and scalp: ketoconazole 2% shampoo three times weekly, leaving it on 5 minutes;
   ketoconazole 2% cream twice daily to the face for 2 weeks, then as needed. Both prescribed today.
3. He asked about cryotherapy for the keloids as well; we will consider it if injections alone stop helping.
""" + ATTEST,
    "expected": E([L("99213", 1, "25"), L("11901"), L("J3301", 6)], ["coding-correction"]),
    "coder_note": "11900 covers up to 7 lesions; 8 keloids -> 11901. J3301: 60 mg / 10 = 6 units (MUE 16). Seborrheic "
                  "dermatitis with new prescriptions is separately identifiable -> 99213-25.",
})

SCENARIOS.append({
    "id": "s42-id-single-abscess-left-buttock-simple",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Simple I&D of a single 2 cm abscess left buttock -> 10060; commercial",
    "date": "2026-05-07",
    "patient": ("Thornbury", "Marcus", "1991-04-08", "male"),
    "provider": "okafor", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of left buttock", "L02.31", "Left buttock", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", None, "Left buttock",
          "Single 2 cm fluctuant abscess. Stab incision with #11 blade, purulent material expressed, culture "
          "sent, cavity irrigated. No loculations, no packing needed.", ["c1"]),
    ],
    "note_title": "Urgent Visit",
    "note": """The patient presents today for a painful bump on his left buttock. He is a 35-year-old man who reports
that it started as a pimple four days ago and has become larger, red and very painful to sit on. No fevers or
chills. He has never had anything like this before and no one at home has had boils.

Exam: left buttock, 2 cm fluctuant, tender, erythematous nodule with a pustular point; 1 cm of surrounding
erythema. No other lesions in the axillae or groin to suggest hidradenitis.

Dr. Okafor explained that this is an abscess and that draining it will relieve the pain faster than antibiotics
alone.

Procedure: after consent, the area was cleaned and anesthetized with 1% lidocaine. I then made a single stab
incision with a #11 blade and expressed a moderate amount of purulent material; a culture swab was sent. The
cavity was irrigated with saline. It was a single simple cavity with no loculations and did not need packing.
Gauze dressing applied.

He asked whether he needs antibiotics; since the surrounding redness is small and he is otherwise well, Dr. Okafor
recommended warm compresses only, and will start an antibiotic if the culture or his symptoms call for it.

Plan: warm compresses three times a day; return in 2 to 3 days if worse; call for fever.
""" + ATTEST,
    "expected": E([L("10060")], dx={"10060": ["L02.31"]}),
    "coder_note": "Single, simple abscess without loculations or packing -> 10060 (not 10061).",
})

SCENARIOS.append({
    "id": "s42-id-precoded-10060-loculated-back-abscess-packed",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Pre-coded 10060 for a 5 cm loculated back abscess broken up and packed -> 10061; Medicare FFS",
    "date": "2026-06-04",
    "patient": ("Kilbride", "Desmond", "1950-09-02", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of upper back", "L02.212", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, simple or single", "10060", "Right upper back",
          "I&D with packing.", ["c1"]),
    ],
    "note_title": "Office Visit - Ambient Documentation",
    "note": """The patient presents today for a painful swelling on his upper back. He is a 75-year-old man with type 2
diabetes who reports that a lump that has been on his back for years became swollen and very painful five days
ago and is now draining a little. He has had low-grade temperatures at home, up to 99.8.

Exam: right upper back, 5 x 4 cm fluctuant, erythematous, indurated abscess with a small sinus opening and
3 cm of surrounding cellulitis. Temperature 99.4 in the office.

Dr. Weiss explained that this is a large abscess, likely from an infected cyst, and that it needs to be opened,
cleaned out and packed, and that the cyst itself can be removed later once the infection settles.

Procedure: after consent and a field block with 1% lidocaine with epinephrine, I made a 2 cm linear incision over
the point of maximum fluctuance. A large amount of purulent, foul-smelling material and cyst contents were
expressed. The cavity had multiple loculations, which I broke up bluntly with a curved hemostat. The cavity was
irrigated copiously with saline and packed with 1/4-inch iodoform gauze, leaving a wick. Culture sent. Bulky
dressing applied.

Assessment and plan:
1. Large complicated abscess of the right upper back with surrounding cellulitis, probably an infected cyst:
   incision and drainage with loculation breakdown and packing. Doxycycline 100 mg twice daily for 10 days.
2. Diabetes: asked him to check his sugars twice daily while infected.
3. Return in 2 days for packing change. Excision of the cyst wall to be discussed once healed - not today.
""" + ATTEST,
    "expected": E([L("10061")], ["coding-correction"], dx={"10061": ["L02.212"]}),
    "coder_note": "Multiple loculations broken up, irrigation and packing = complicated I&D -> 10061 instead of the "
                  "pre-coded 10060. Cyst excision only planned.",
})

SCENARIOS.append({
    "id": "s42-nails-partial-avulsion-both-great-toes-digits",
    "family": "nails", "shape": "note-only",
    "description": "Partial avulsion for ingrown nails: first left great toe (11730-TA), second right great toe (11732-T5); MA",
    "date": "2026-07-28",
    "patient": ("Greenleaf", "Dorothy", "1952-01-26", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe, lateral border, with paronychia", "L60.0", "Left great toe",
          reason=True),
        C("c2", "Ingrowing nail, right great toe, medial border", "L60.0", "Right great toe", reason=True),
    ],
    "note_title": "Procedure Visit",
    "note": """The patient presents today for painful ingrown toenails. She is a 74-year-old woman who reports that the
outer edge of her left big toenail has been digging in for about a month and got red and swollen last week, and
that the inner edge of her right big toenail has started hurting in her shoes too. She soaked them and tried
cotton under the edges without relief.

Exam: left great toe, lateral nail fold erythematous and swollen with granulation tissue and a small amount of
drainage. Right great toe, medial nail fold tender with the nail edge embedded, no drainage. Pedal pulses
palpable. The remaining toenails look normal.

Dr. Abernathy explained that removing the ingrown edge of the nail will relieve the pain, and that the nail may
grow back ingrown, in which case we could treat the nail root next time.

Procedure: after a digital block with 2% plain lidocaine, I first performed a partial nail avulsion of the lateral
border of the left great toenail, freeing and removing the ingrown nail edge back to the cuticle. Then, after a
separate digital block, I performed a partial nail avulsion of the medial border of the right great toenail. No
phenol or matrix treatment was done on either toe. Hemostasis with pressure; bulky dressings.

She asked whether we could also trim her other toenails "while they're numb"; those are normal nails, so we
showed her how to trim them straight across at home.

Plan: Epsom salt soaks twice daily; return in 2 weeks or sooner for worsening redness.
""" + ATTEST,
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T5")], dx={"11730": ["L60.0"]}),
    "coder_note": "11730 for the first nail and +11732 for each additional, with digit modifiers (conventions): left great "
                  "toe TA was done first, right great toe T5 second. No matrixectomy -> no 11750.",
})

SCENARIOS.append({
    "id": "s42-nails-phenol-matrixectomy-both-great-toes",
    "family": "nails", "shape": "free-text",
    "description": "Partial nail and matrix excision (phenol) of both great toes -> 11750-T5 and 11750-TA on separate lines; commercial",
    "date": "2026-08-20",
    "patient": ("Ibarra", "Santiago", "1998-11-03", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Recurrent ingrowing nail, right great toe", "L60.0", "Right great toe", reason=True),
        C("c2", "Recurrent ingrowing nail, left great toe", "L60.0", "Left great toe", reason=True),
    ],
    "procedures": [
        P("Partial nail excision with phenol matrixectomy", None, "Right great toe, lateral border",
          "Lateral nail plate strip removed, 88% phenol to the lateral matrix x3 applications of 30 s.", ["c1"]),
        P("Partial nail excision with phenol matrixectomy", None, "Left great toe, lateral border",
          "Lateral nail plate strip removed, 88% phenol to the lateral matrix x3 applications of 30 s.", ["c2"]),
    ],
    "note_title": "Procedure Note - Ambient Documentation",
    "note": """The patient presents today for permanent treatment of his ingrown toenails. He is a 27-year-old man, a
warehouse worker in steel-toed boots, who has had the outer edges of both big toenails removed three times each in
the last two years at urgent care, and they keep growing back ingrown and painful.

Exam: both great toes with the lateral nail edges embedded in erythematous, tender lateral nail folds; mild
granulation tissue on the right. No fluctuance.

Dr. Santos explained that because this keeps recurring, the best option is to remove the side of the nail and
destroy that part of the nail root with phenol so that it does not grow back, and that the nails will be a little
narrower afterward. He agreed.

Procedure: digital blocks with 2% plain lidocaine and a tourniquet on each toe. On the right great toe I removed
the lateral strip of nail plate back under the cuticle, curetted the granulation tissue, and applied 88% phenol
to the lateral matrix for three 30-second applications, then flushed with alcohol. The same procedure was
performed on the left great toe. Tourniquets removed, good capillary refill. Dressings applied.

He asked whether he could return to work tomorrow; we gave him a note for two days of light duty in sneakers.

Plan: soaks twice daily, expect drainage for 2 to 3 weeks; follow-up in 2 weeks.
""" + ATTEST,
    "expected": E([L("11750", 1, "T5"), L("11750", 1, "TA")], dx={"11750": ["L60.0"]}),
    "coder_note": "Permanent removal with matrix destruction -> 11750 per nail (no add-on code); digit modifiers keep the "
                  "two toes on separate lines (T5 right great toe, TA left great toe).",
})

# ---------------------------------------------------------------------------------------------------------------
# 41-50
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s42-paring-three-calluses-plus-plantar-warts-xs",
    "family": "paring", "shape": "note-only",
    "description": "Paring of 3 calluses (11056) + cryo of 2 plantar warts (17110): 17110/11056 indicator 1 -> XS on 11056; commercial",
    "date": "2026-02-19",
    "patient": ("Abrahamsen", "Tova", "1972-08-08", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Calluses, plantar feet, painful", "L84", "Plantar feet", reason=True),
        C("c2", "Plantar warts, right heel", "B07.0", "Right heel", reason=True),
    ],
    "note_title": "Office Visit - Ambient Documentation",
    "note": """The patient presents today for painful calluses and warts on her feet. She is a 53-year-old nurse who
works twelve-hour shifts and reports that the thick spots on the balls of her feet make every step painful by the
end of a shift, and that two warts on her right heel have been there since the summer and hurt when she stands.

Exam: three thick, hyperkeratotic plaques with preserved skin lines, under the left second metatarsal head, under
the right first metatarsal head and on the right lateral fifth metatarsal head, consistent with calluses. On the
right heel, two separate 6 mm papules with interrupted skin lines and black dots, consistent with plantar warts.
Pulses normal. She is not diabetic.

Dr. Weiss explained that the calluses come from pressure and will come back without padding and better shoes,
and that the warts are viral and often need several treatments.

Procedure: I first pared down the three calluses with a #15 blade until the tenderness was relieved. Next, on the
right heel, I treated the two plantar warts with liquid nitrogen, two freeze-thaw cycles, after gently paring
the surface of each wart.

She asked about custom orthotics; we gave her a referral to podiatry. She also asked whether the warts could be
"lasered off" today; we said we would start with freezing.

Plan: urea 40% cream to the calluses nightly; metatarsal pads; return in 3 to 4 weeks for the warts.
""" + ATTEST,
    "expected": E([L("17110"), L("11056", 1, "XS")]),
    "coder_note": "11056 = 2-4 paired lesions (three calluses). DS-2: two warts -> 17110; paring the wart surface is part "
                  "of the destruction. 17110/11056 is PTP indicator 1 with 17110 as column 1; the calluses are "
                  "different lesions -> XS on 11056.",
})

SCENARIOS.append({
    "id": "s42-paring-precoded-11057-for-four-corns",
    "family": "paring", "shape": "pre-coded",
    "description": "Pre-coded 11057 but four corns pared -> 11056 (2-4 lesions); commercial",
    "date": "2026-03-26",
    "patient": ("Whitlock", "Ambrose", "1964-12-12", "male"),
    "provider": "okafor", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Corns, toes, painful", "L84", "Toes, bilateral", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion, more than four", "11057", "Toes, bilateral",
          "Corns pared with #15 blade.", ["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """The patient presents today for painful corns on his toes. He is a 61-year-old man who reports that he
has had corns on his toes for years but that since he started walking for exercise in the spring they have become
so painful that he has had to cut his walks short. He has tried drugstore corn pads.

Exam: four hard, well-circumscribed hyperkeratotic papules with central cores: dorsal right fifth toe, dorsal
left fifth toe, dorsal right fourth toe at the PIP joint, and between the left fourth and fifth toes (soft corn).
Mild hammertoe deformities of both fifth toes. Pulses normal; sensation intact to monofilament. Not diabetic.

Dr. Okafor explained that these are corns caused by pressure from the shape of his toes against his shoes.

Procedure: I pared all four corns with a #15 blade, removing the central cores, until the tenderness was
relieved. No bleeding.

He asked whether we could "fix" the hammertoes; we referred him to podiatry to discuss that and wider shoes.

Plan: silicone toe sleeves, wider toe box shoes, urea cream. Return as needed for repeat paring.
""" + ATTEST,
    "expected": E([L("11056")], ["coding-correction"], dx={"11056": ["L84"]}),
    "coder_note": "Four lesions are in the 11056 band (2-4); 11057 is for more than four.",
})

SCENARIOS.append({
    "id": "s42-patch-application-80-series-plus-6-own-products",
    "family": "patch-test", "shape": "free-text",
    "description": "Patch test application: 80-allergen series + 6 of the patient's own products = 86 -> 95044 x86; commercial",
    "date": "2026-04-06",
    "patient": ("Castellanos-Pryor", "Imogen", "1985-05-25", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Eyelid and facial dermatitis, suspected allergic contact dermatitis", "L23.9", "Eyelids and face",
          reason=True),
    ],
    "procedures": [
        P("Patch test application, comprehensive series", None, "Upper back",
          "80 allergens on IQ Ultra chambers, panels 1-8.", ["c1"]),
        P("Patch test application, patient's own products", None, "Upper back",
          "6 personal products tested as is or diluted: moisturizer, sunscreen, mascara, eyelid cleanser, "
          "shampoo (1%), nail polish.", ["c1"]),
    ],
    "note_title": "Patch Test Application Visit",
    "note": """The patient presents today for patch testing. She is a 40-year-old woman whom Dr. Lindgren saw three
weeks ago for an itchy, recurrent rash on her eyelids and around her mouth that has been present for about a year.
At that visit we decided on comprehensive patch testing. She stopped her topical steroid on the face two weeks ago
as instructed and has not taken any oral steroids or antihistamines.

Today the rash is mild: faint pink scaly patches on both upper eyelids. Her back is clear.

Procedure: after reviewing consent, the comprehensive 80-allergen series was applied to her upper back in eight
panels. We also applied six of her own products that she brought in: her moisturizer, sunscreen, mascara, eyelid
cleanser, shampoo diluted to one percent, and nail polish. That is eighty-six patches in all. The panels were
outlined with a marker.

She asked if we could also test her hair dye; she has not used hair dye in over a year and the standard series
already includes PPD, so we did not add it.

Instructions: keep the back dry, no strenuous exercise, no sun on the back. Return in 48 hours for the first
reading and again at 96 hours for the final reading.
""" + ATTEST,
    "expected": E([L("95044", 86)]),
    "coder_note": "95044 is reported per test: 80 series allergens + 6 own products = 86 units (MUE 90). No E/M was "
                  "selected.",
})

SCENARIOS.append({
    "id": "s42-patch-new-patient-hand-dermatitis-116-allergens-mue",
    "family": "patch-test", "shape": "free-text",
    "description": "New patient hand dermatitis workup with Rx (99204-25) + 116 patch tests -> 95044 capped at 90; MA",
    "date": "2026-05-14",
    "patient": ("Delgado-Firth", "Maureen", "1958-09-29", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 60, "em": "99204",
    "conditions": [
        C("c1", "Chronic hand dermatitis, suspected allergic contact", "L23.9", "Bilateral hands", reason=True),
        C("c2", "Secondary impetiginization, right hand", "L08.9", "Right hand", reason=True),
    ],
    "procedures": [
        P("Patch test application", None, "Upper and mid back",
          "Comprehensive series 80 + cosmetic series 24 + hairdresser series 12 = 116 allergens.", ["c1"]),
    ],
    "note_title": "New Patient Visit - Ambient Documentation",
    "note": """HISTORY OF PRESENT ILLNESS
The patient is a 67-year-old woman, new to the practice, referred by her PCP for a hand rash that has been going
on for about two years. She is a retired hairdresser who still colors hair for friends at home. She reports that
her hands crack, itch and weep, worse after coloring hair and in winter. Her PCP gave her triamcinolone, which helps
for a few days. In the last week the right hand has developed yellow crusts and is more painful.

EXAM
Both hands: lichenified, fissured eczematous plaques on the palms and fingers with vesicles on the sides of the
fingers. Right dorsal hand and index finger with honey-colored crusts and weeping. The rest of the skin is clear.

DISCUSSION
Dr. Abernathy explained that this could be irritant dermatitis from wet work, allergic contact dermatitis to hair
dye chemicals or gloves, or hand eczema, and that patch testing is the best way to find an allergy. Because of the
crusting, we also treated the infection today. We discussed glove use and avoiding wet work.

PROCEDURE
With her consent, we applied patch tests today: the comprehensive 80-allergen series, a 24-allergen cosmetic
series and a 12-allergen hairdresser series, for a total of one hundred sixteen allergens on the upper and mid
back.

ASSESSMENT AND PLAN
1. Chronic hand dermatitis, suspected allergic contact: patch tests applied; readings at 48 and 96 hours.
   Clobetasol 0.05% ointment twice daily to the palms for 2 weeks (prescribed); avoid the back.
2. Secondary impetiginization, right hand: mupirocin ointment three times daily for 7 days (prescribed).
3. She asked whether she could get a cortisone shot to calm it down faster; Dr. Abernathy recommended against
   systemic steroids during patch testing.
""" + ATTEST,
    "expected": E([L("99204", 1, "25"), L("95044", 90)], ["mue"]),
    "coder_note": "95044 per allergen: 116 > MUE 90 (MAI 3) -> units capped at 90 with an mue finding (README). New-"
                  "patient evaluation with two prescriptions and the infected hand is separately identifiable -> "
                  "99204-25 (95044/99204 PTP indicator 1).",
})

SCENARIOS.append({
    "id": "s42-photo-puva-intractable-psoriasis-99211-ncci",
    "family": "phototherapy", "shape": "note-only",
    "description": "PUVA session for intractable psoriasis after failed NB-UVB and methotrexate -> 96912; nurse 99211 removed (indicator 0); Medicare FFS",
    "date": "2026-06-11",
    "patient": ("Harrowgate", "Philippa", "1951-02-14", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 20, "em": "99211",
    "conditions": [
        C("c1", "Psoriasis vulgaris, severe, intractable", "L40.0", "Trunk and extremities", reason=True),
    ],
    "note_title": "Phototherapy Visit",
    "note": """The patient presents today for her PUVA treatment, session 14. She is a 75-year-old woman with
long-standing plaque psoriasis covering about 25% of her body surface area at the start of this course, which has
kept her from walking comfortably and from sleeping. She had six months of narrowband UVB last year without
adequate response, and methotrexate was stopped in 2025 because of rising liver enzymes. Topical clobetasol and
calcipotriene have not controlled it. Dr. Santos started PUVA on May 4 after documenting failure of these
treatments.

She took her prescribed oxsoralen 2 hours before the visit. She reports no burning or redness from the last
session, no nausea, and says the plaques on her legs are much flatter. She is wearing her UVA-blocking glasses.

Nurse assessment: body surface area now about 12%, down from 25%; plaques thinner with less scale. No erythema
from the last treatment.

Treatment: PUVA delivered in the stand-up cabinet at 5.5 J/cm2 (increased by 0.5 J/cm2 per protocol). Face
shielded, genital shielding in place. Tolerated without problems.

She asked if she could skip Friday's session for a family event; that is fine, next session Monday.

Dr. Santos reviewed the flowsheet: good response documented, continue the current protocol twice weekly.
""" + ATTEST,
    "expected": E([L("96912")], ["ncci"], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 / NCD 250.1: PUVA after failure of NB-UVB, methotrexate and topicals, with documented "
                  "improvement -> covered, no GA/GZ. 96912/99211 is PTP indicator 0 -> the 99211 line is removed "
                  "(ncci).",
})

SCENARIOS.append({
    "id": "s42-photo-precoded-excimer-310-sqcm-band",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to elbows and knees, total 310 sq cm: pre-coded 96920 -> 96921; commercial",
    "date": "2026-07-02",
    "patient": ("Rasmussen", "Eli", "1977-10-21", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Localized plaque psoriasis, elbows and knees", "L40.0", "Bilateral elbows and knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser for inflammatory skin disease, under 250 sq cm", "96920", "Bilateral elbows and knees",
          "308 nm excimer, session 6.", ["c1"]),
    ],
    "note_title": "Laser Treatment Note",
    "note": """The patient presents today for his sixth excimer laser treatment for psoriasis. He is a 48-year-old man
with plaque psoriasis limited to his elbows and knees, about 4% of his body surface area, that did not respond to
four months of clobetasol, calcipotriene and tazarotene. He reports that the elbows are itching less and the knees
are a bit thinner. No blistering after the last session.

Exam: well-demarcated erythematous scaly plaques: right elbow about 60 sq cm, left elbow about 60 sq cm, right
knee about 95 sq cm and left knee about 95 sq cm. Total treated area today 310 sq cm.

Treatment: 308 nm excimer laser to all four plaques at the dose increased by 15% per protocol. Eye protection for
patient and staff. Tolerated well.

He asked whether the laser could also be used on his scalp; Dr. Weiss explained that hair blocks the light and
that we would stay with the foam for the scalp. Nothing done to the scalp.

Plan: continue twice weekly; reassess after session 12.
""" + ATTEST,
    "expected": E([L("96921")], ["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded by the total area treated in the session: 60 + 60 + 95 + 95 = 310 sq cm -> 96921 "
                  "(250-500 sq cm), one unit.",
})

SCENARIOS.append({
    "id": "s42-tags-22-irritated-neck-axillae-medicare-covered",
    "family": "skin-tags", "shape": "note-only",
    "description": "22 irritated, bleeding skin tags neck/axillae -> 11200 + 11201 x1; covered (no GY); Medicare FFS",
    "date": "2026-08-06",
    "patient": ("Blackwood", "Theodore", "1948-06-01", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding, neck and axillae", "L91.8", "Neck and bilateral axillae",
          reason=True),
    ],
    "note_title": "Procedure Visit - Ambient Documentation",
    "note": """The patient presents today for removal of skin tags on his neck and under his arms. He is a
78-year-old man who reports that the tags on his neck catch on his collar and his oxygen tubing and that several
have bled, and that the ones in his armpits get irritated and red from rubbing and deodorant. He says more of
them have appeared over the last year.

Exam: twelve pedunculated skin-colored and brown papules on the neck and ten in the axillae (six right, four
left). Several on the neck have hemorrhagic crusts, and the axillary tags are erythematous and inflamed.

Dr. Okafor explained that these are benign skin tags but that removing the ones that bleed and get inflamed is
reasonable. We talked about the small risk of bleeding and light spots.

Procedure: after cleansing, I then removed all twenty-two skin tags, twelve on the neck and ten in the axillae,
with sterile curved iris scissors. Hemostasis with aluminum chloride. Bacitracin applied.

He asked whether we could freeze the "age spots" on his forehead while he was here (recorded as "page spots"); those are flat solar
lentigines without symptoms, and removing them would be cosmetic, so nothing was done.

Plan: keep the areas clean; return as needed.
""" + ATTEST,
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 covers the first 15 tags; +11201 per additional 10 or part: 22 - 15 = 7 -> 1 unit. Bleeding and "
                  "inflammation documented (BSL-3), so covered for Medicare without GY.",
})

SCENARIOS.append({
    "id": "s42-tags-precoded-cosmetic-commercial-plus-two-aks",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Pre-coded 11200 for 6 asymptomatic tags removed for appearance (commercial -> removed, cosmetic); 2 AKs -> 17000 + 17003",
    "date": "2026-09-03",
    "patient": ("Prendergast", "Lorraine", "1966-04-19", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons, neck, asymptomatic", "L91.8", "Neck", reason=True),
        C("c2", "Actinic keratoses, nose", "L57.0", "Nasal tip and left ala", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to and including 15", "11200", "Neck", "6 tags, scissor removal.", ["c1"]),
        P("Destruction premalignant lesion, first", "17000", "Nasal tip", "LN2.", ["c2"]),
        P("Destruction premalignant lesions, each additional", "17003", "Left nasal ala", "LN2, 1 lesion.", ["c2"]),
    ],
    "note_title": "Office Visit",
    "note": """The patient presents today for skin tags on her neck and two rough spots on her nose. She is a
60-year-old woman who reports that the skin tags don't hurt, itch or bleed, but she does not like how they look in
photos and wants them gone before her daughter's wedding. The spots on her nose have been rough and scaly for a
few months and come back when she picks them off.

Exam: six small pedunculated skin-colored papules on the neck, not inflamed, no crusting. Nasal tip and left ala:
two gritty erythematous scaly papules consistent with actinic keratoses.

Dr. Abernathy explained that the actinic keratoses are precancerous and should be treated, and that removing the
skin tags is cosmetic and would be self-pay; she agreed to pay for the tag removal herself today.

Procedure: I removed the six skin tags with iris scissors; Drysol for hemostasis. I then treated the two actinic
keratoses on the nose with liquid nitrogen, two cycles each.

Plan: sunscreen daily; skin check in 1 year.
""" + ATTEST,
    "expected": E([L("17000"), L("17003")], ["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "BSL-2/COS-2: asymptomatic skin tags removed for appearance; commercial payer -> 11200 line removed, "
                  "patient billed directly (conventions). DS-1: 2 AKs -> 17000 + 17003 x1.",
})

SCENARIOS.append({
    "id": "s42-cos-sk-cryo-for-appearance-voluntary-abn-gx-gy",
    "family": "cosmetic", "shape": "free-text",
    "description": "Cryotherapy of 8 asymptomatic SKs for appearance, voluntary ABN signed -> 17110-GX-GY; Medicare FFS",
    "date": "2026-09-22",
    "patient": ("Ellingsworth", "Margaret", "1949-08-17", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratoses, back and chest, asymptomatic", "L82.1", "Back and chest", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of seborrheic keratoses at patient request", None, "Upper back and chest",
          "8 SKs, LN2 x1 cycle. Asymptomatic, cosmetic. Voluntary ABN signed.", ["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """The patient presents today because she would like some brown spots on her back and chest removed. She
is a 77-year-old woman who reports that the spots do not itch, bleed or hurt and have not changed, but that she
finds them unsightly and would like to wear a lower-cut dress at her granddaughter's graduation.

Exam: eight waxy, stuck-on tan to brown papules, five on the upper back and three on the upper chest, typical
seborrheic keratoses without inflammation, irritation or atypical features.

Dr. Lindgren explained that these are harmless seborrheic keratoses, that removing them for appearance is
considered cosmetic, and that Medicare does not cover cosmetic removal. We gave her the voluntary Advance
Beneficiary Notice explaining that she will be responsible for the charge, and she read and signed it.

Procedure: I then treated all eight seborrheic keratoses with liquid nitrogen, one freeze-thaw cycle each.

She asked about the red dots on her chest as well (cherry angiomas); she decided not to have those treated today.

Plan: expect crusting for 1 to 2 weeks; may leave light spots.
""" + ATTEST,
    "expected": E([L("17110", 1, "GX", "GY")], ["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: asymptomatic SK removal for appearance is statutorily excluded for Medicare FFS -> GY, "
                  "plus GX because a voluntary ABN was documented. DS-2: 8 benign lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s42-cos-precoded-peel-and-botox-removed-acne-cyst-ilk",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Pre-coded glycolic peel 15788 and J0585 for glabellar lines removed (commercial, cosmetic); acne cyst ILK -> 11900 + J3301 x1",
    "date": "2026-10-06",
    "patient": ("Okafor-Lynch", "Tamsin", "1988-03-03", "female"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Photoaging and melasma, face", "L81.1", "Face", reason=True),
        C("c2", "Glabellar rhytids", None, "Glabella", reason=True),
        C("c3", "Inflamed acne cyst, right jawline", "L70.0", "Right jawline", reason=True),
    ],
    "procedures": [
        P("Chemical peel, facial, epidermal", "15788", "Face", "30% glycolic acid peel, 3 minutes.", ["c1"]),
        P("OnabotulinumtoxinA, per unit", "J0585", "Glabella", "20 units to procerus and corrugators.", ["c2"]),
        P("Intralesional injection, up to 7 lesions", "11900", "Right jawline",
          "Triamcinolone 10 mg/mL, 0.1 mL into one painful acne cyst.", ["c3"]),
        P("Triamcinolone acetonide, per 10 mg", "J3301", "Right jawline", "1 mg.", ["c3"]),
    ],
    "note_title": "Aesthetic and Medical Visit - Ambient Documentation",
    "note": """The patient presents today for her scheduled glycolic peel and Botox appointment, and she also mentions
a painful bump on her jaw. She is a 38-year-old woman who reports that the brown patches on her cheeks and upper
lip get darker every summer and that she would like to soften her frown lines. She understands that the peel and
Botox are cosmetic and has paid the aesthetic package price at the front desk. She reports that a deep, tender
bump appeared on her right jawline four days ago and is throbbing.

Exam: blotchy light-brown patches on the malar cheeks and upper lip consistent with melasma; fine photoaging;
dynamic glabellar lines. Right jawline: 1 cm tender erythematous acne cyst.

Procedures: I performed a 30% glycolic acid peel of the face for 3 minutes, then neutralized. I injected 20 units
of onabotulinumtoxinA into the procerus and corrugator muscles for the glabellar lines. Finally, I injected the
painful acne cyst on the right jawline with 0.1 mL of triamcinolone 10 mg per mL (1 mg).

She asked whether we could also do "a little filler" in her lips; not today, we will schedule an aesthetic
consult.

Assessment and plan:
1. Melasma and photoaging: cosmetic peel today; hydroquinone 4% cream nightly was discussed and she will think
   about it. Strict sun protection.
2. Glabellar lines: cosmetic Botox today.
3. Inflamed acne cyst, right jaw: intralesional triamcinolone; call if it does not flatten in a week.
""" + ATTEST,
    "expected": E([L("11900"), L("J3301")], ["cosmetic"], dx={"11900": ["L70.0"]}),
    "coder_note": "COS-2: cosmetic peel and Botox for glabellar lines; commercial payer -> 15788 and J0585 lines removed, "
                  "patient pays directly. The acne cyst injection is medical: 11900 + J3301 1 unit (1 mg rounds up "
                  "to one 10 mg unit).",
})
