"""Sealed set 86 (s86-): Cottonwood Ridge Skin Clinic, a nurse-practitioner-led rural dermatology practice.

Notes are shared with patients through the portal, so they mix plain words (mole, spot, freezing, scraping,
burned off, cut out, stitches, shot into the spot, sunspots, wart, skin tag) with the clinical terms a coder
needs. NPs June Abernathy (abernathy), Jordan Pike (pike) and Astrid Lindgren (lindgren), PA Rafael Santos
(santos); Mohs days are run by the visiting Mohs surgeon Samuel Weiss, MD (weiss).

Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
"File format" / "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HDR = "COTTONWOOD RIDGE SKIN CLINIC - nurse practitioner-led dermatology\n(This note is shared with you in the patient portal.)\n"

# =============================================================================================================
# Biopsy
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-bx-punch-mole-plus-two-scrapes",
    "family": "biopsy", "shape": "note-only",
    "description": "Punch bx of a changing back mole + two tangential ('scraping') bx of other spots; path back",
    "date": "2025-08-12",
    "patient": ("Quarles", "Renata", "1981-02-17", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Dysplastic compound nevus, moderate atypia, mid back", "D22.5", "Mid back", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left forearm", "D04.62", "Left dorsal forearm", reason=True),
        C("c3", "Inflamed seborrheic keratosis, right chest", "L82.0", "Right upper chest", reason=True),
    ],
    "path": [
        {"text": "A. Skin, mid back, punch: compound dysplastic nevus with moderate cytologic atypia, "
                 "extending to a lateral margin.", "site": "Mid back"},
        {"text": "B. Skin, left forearm, shave: squamous cell carcinoma in situ (Bowen disease), "
                 "transected at the base.", "site": "Left forearm"},
        {"text": "C. Skin, right chest, shave: irritated seborrheic keratosis.", "site": "Right chest"},
    ],
    "note": HDR + """Visit: established patient, skin spots
Provider: June Abernathy, FNP-C

Why you came in: Renata noticed the mole in the middle of her back looks darker and bigger than last summer
(her husband took photos). She also has a rough pink spot on the left forearm that won't heal and a scaly
spot on the right chest that itches and gets caught on her bra.

What I saw:
- Mid back: 7 mm brown mole, two shades of brown, uneven edge. Changed per photos.
- Left forearm (top side): 9 mm pink scaly patch, crusted.
- Right upper chest: 6 mm tan stuck-on scaly bump, red around it from rubbing.
- You asked about the brown spot on your scalp - that is a normal "barnacle" (seborrheic keratosis). We left
  it alone; nothing was done to it.

What we did (after you signed consent, numbing with lidocaine with epinephrine):
1. Mid back mole - PUNCH BIOPSY, 4 mm punch, full thickness, one stitch (4-0 nylon).
2. Left forearm spot - SHAVE (tangential) BIOPSY, a thin "scraping" sample with a flexible blade; bleeding
   stopped with aluminum chloride.
3. Right chest spot - SHAVE (tangential) BIOPSY, same way.
Three samples sent to the lab in three jars (A, B, C).

Plan:
- Keep a bandage on with Vaseline daily. Stitch out in 10-14 days (you can do this at your clinic in town).
- If the back mole comes back as severely atypical we would talk about cutting it out with stitches - not
  decided, just a possibility.

ADDENDUM (path reviewed 08/19/2025): A = compound dysplastic nevus, moderate atypia, margin involved - will
recheck the scar in 3 months rather than re-excise. B = SCC in situ of the left forearm - will schedule
treatment. C = irritated seborrheic keratosis. Called Renata with results.
June Abernathy, FNP-C
""",
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["D22.5"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary, the two shave (tangential) biopsies each get "
                  "11103. Scalp SK not treated; possible future excision is only a hypothetical.",
})

SCENARIOS.append({
    "id": "s86-bx-precoded-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two tangential bx pre-coded with deleted 11100/11101; forehead BCC and cheek AK on path",
    "date": "2025-09-03",
    "patient": ("Tollefson", "Arvid", "1951-05-30", "male"),
    "provider": "pike", "payer": "medicare-noname", "minutes": 25,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left forehead", "C44.319", "Left forehead", reason=True),
        C("c2", "Actinic keratosis, right cheek", "L57.0", "Right cheek", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", "11100", "Left forehead",
          "Pearly 6 mm bump that bleeds with shaving. Tangential (shave) biopsy with DermaBlade, partial "
          "thickness; hemostasis with Drysol. Specimen 1.", ["c1"]),
        P("Biopsy of skin, each additional lesion", "11101", "Right cheek",
          "8 mm thick scaly spot, tender. Tangential (shave) biopsy, partial thickness. Specimen 2.", ["c2"]),
    ],
    "path": [
        {"text": "1. Left forehead, shave biopsy: basal cell carcinoma, nodular type, extending to the deep "
                 "and peripheral margins.", "site": "Left forehead"},
        {"text": "2. Right cheek, shave biopsy: hypertrophic actinic keratosis; no invasive carcinoma seen.",
         "site": "Right cheek"},
    ],
    "note": HDR + """Provider: Jordan Pike, APRN, FNP-BC
Arvid came in about two spots on his face. The one on the left forehead is a shiny pearly bump that bleeds
when he shaves. The one on the right cheek is thick and sore, like a sunspot that got bigger.

Plan discussed and agreed: take a small sample of each (shave biopsy) so the lab can tell us what they are.
Both numbed with 1% lidocaine with epi. Each sampled with a flexible blade, a thin partial-thickness shave.
Bleeding stopped with aluminum chloride. No stitches needed. Two jars to pathology.

You will get a call in 7-10 days. Keep Vaseline and a bandage on the spots until healed.

Result note 09/10/2025: forehead = basal cell skin cancer (nodular). Cheek = thick actinic keratosis
(precancer), no cancer. Referral to Dr. Weiss for Mohs on the forehead. Cheek spot - freeze at next visit.
""",
    "expected": E([L("11102"), L("11103")], ["invalid-code"], dx={"11102": ["C44.319"]}),
    "coder_note": "11100/11101 were deleted 31 Dec 2018 (BX-1); both samples are tangential -> 11102 + 11103.",
})

SCENARIOS.append({
    "id": "s86-bx-punch-leg-with-psoriasis-em25",
    "family": "biopsy", "shape": "free-text",
    "description": "Psoriasis flare with new Rx (99214-25) + punch bx of a separate new leg spot; MA, no G2211",
    "date": "2025-10-21",
    "patient": ("Birdwell", "Lonnie", "1958-11-04", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Plaque psoriasis, flare", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Neoplasm of unspecified behavior of skin, right shin", "D49.2", "Right anterior shin",
          reason=True),
    ],
    "procedures": [
        P("Punch biopsy", site="Right anterior shin",
          note="New 1.1 cm pink scaly plaque, not typical of his psoriasis (sharp border, no silvery scale, "
               "bled once). 4 mm punch biopsy, full thickness, one 4-0 nylon suture.", reasons=["c2"]),
    ],
    "note": HDR + """Established patient - psoriasis follow-up and a new spot
Provider: Astrid Lindgren, DNP, FNP-C

Lonnie has had plaque psoriasis for 20 years and I am his regular provider for it. Since August it has gotten
a lot worse: new patches on both elbows, both knees and the scalp, cracking and bleeding on the knees. About
8% of his body surface today (was 2% in spring). Clobetasol ointment is not holding it anymore.

Exam: thick red plaques with silvery scale on elbows, knees, scalp line. Nails with pitting. No joint swelling.
Separate from the psoriasis: on the RIGHT SHIN there is a 1.1 cm pink scaly spot with a sharp border that
does not look like his psoriasis. It bled once.

Assessment and plan:
1. Psoriasis vulgaris, flaring. Reviewed options (phototherapy - he lives 70 miles out, not practical;
   pills; shots). Starting apremilast (Otezla) with the starter pack, then 30 mg twice daily. Talked about
   stomach upset, weight loss, mood changes. Stop clobetasol on the face if he is using it there; keep it
   on the knees twice daily for 2 weeks then weekends only. Prescriptions sent.
2. New spot right shin - not sure what it is (could be a skin cancer, could be something benign). Punch
   biopsy done today, see procedure note. Stitch out in 2 weeks.

Follow-up 8 weeks for the psoriasis, sooner if the biopsy needs treatment. Time today about 35 minutes.
Astrid Lindgren, DNP, FNP-C
""",
    "expected": E([L("99214", 1, "25"), L("11104")], dx={"99214": ["L40.0"]}),
    "coder_note": "GS-3: psoriasis flare with new prescription drug management is separate work from the biopsy "
                  "decision -> 99214-25. EM-6: no G2211 even though Lindgren is his ongoing "
                  "psoriasis provider, because the E/M carries modifier 25.",
})

SCENARIOS.append({
    "id": "s86-bx-transplant-eight-scrapes-mue-cap",
    "family": "biopsy", "shape": "note-only",
    "description": "Kidney-transplant patient, eight tangential bx in one visit -> 11102 + 11103 capped at MUE 6",
    "date": "2025-11-05",
    "patient": ("Espinoza", "Gilbert", "1963-07-22", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Multiple skin lesions, uncertain behavior, immunosuppressed patient", "D49.2",
          "Face, scalp, hands, forearms", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", history=True),
    ],
    "note": HDR + """Skin check - organ transplant clinic day
Provider: Rafael Santos, PA-C (supervising NP on site: J. Abernathy)

Gilbert had a kidney transplant in 2016 and takes tacrolimus and mycophenolate, which make skin cancers grow
faster. He has a lot of new crusty and scaly bumps since his last visit in May.

Today we took shave (tangential) biopsies - thin scrapings with a blade, partial thickness - of the spots
that looked most like skin cancer. Numbed each with lidocaine with epinephrine; bleeding stopped with
aluminum chloride. Jars labeled A to H:
  A  right temple, 6 mm crusted bump
  B  left temple, 5 mm scaly pink papule
  C  scalp crown, 9 mm thick crust
  D  right back of hand, 7 mm keratotic bump
  E  left back of hand, 8 mm tender bump
  F  right forearm, 1.0 cm crusted nodule
  G  left forearm, 6 mm scaly plaque
  H  left upper lip skin (not the red part of the lip), 4 mm crusted papule
That is eight biopsies in all (A-H), eight jars. We also looked at a rough spot on the right ear rim; he
would rather wait on that one, so it was NOT biopsied today.

The many flat sunspots on his forehead and scalp were NOT treated today - we will freeze them at the next
visit once these results are back.

Wound care: Vaseline and a bandage daily until healed. Results in about a week; we will call you.
Rafael Santos, PA-C
""",
    "expected": E([L("11102"), L("11103", 6)], ["mue"]),
    "coder_note": "Eight tangential biopsies (the ear was explicitly not sampled) -> "
                  "11102 + 11103 x7, capped at the 11103 MUE of 6 (MAI 3) per the README MUE decision. Upper "
                  "lip skin, not vermilion, so no 40490.",
})

# =============================================================================================================
# Shave removal
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-shave-neck-mole-and-back-bump",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of two symptomatic nevi: left neck 7 mm (SNHFG) and right upper back 0.4 cm (TAL)",
    "date": "2025-06-17",
    "patient": ("Haverkamp", "Jolene", "1987-03-09", "female"),
    "provider": "pike", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Intradermal nevus, left neck, catches on necklace, bled", "D22.4", "Left lateral neck",
          reason=True),
        C("c2", "Intradermal nevus, right upper back, irritated by bra strap", "D22.5", "Right upper back",
          reason=True),
    ],
    "procedures": [
        P("Shave removal of raised mole", site="Left lateral neck",
          note="Soft raised flesh-colored mole, 7 mm across. Catches on her necklace, bled twice this month. "
               "Removed flat to the skin surface with a DermaBlade (whole lesion taken, not a sample). "
               "Aluminum chloride for bleeding. Sent to path.", reasons=["c1"]),
        P("Shave removal of raised mole", site="Right upper back",
          note="0.4 cm raised brown bump under the bra strap line, red and sore from rubbing. Shaved off flush "
               "with the skin. Hemostasis with Drysol. Sent to path.", reasons=["c2"]),
    ],
    "path": [
        {"text": "Left neck, shave removal: intradermal melanocytic nevus, benign.", "site": "Left neck"},
        {"text": "Right upper back, shave removal: intradermal melanocytic nevus with inflammation.",
         "site": "Right upper back"},
    ],
    "note": HDR + """Provider: Jordan Pike, APRN
Jolene wants two raised moles taken off because they get caught and hurt. Neck mole catches on her necklace
and has bled twice. The back one sits under the bra strap and is red and sore.
Both look like ordinary raised (dermal) moles - no worrying features on dermoscopy. Plan: shave them off flat
so they stop catching.
Consent signed. Lidocaine with epi.
- Left side of neck: 7 mm mole shaved off flush with the skin.
- Right upper back: 0.4 cm mole shaved off flush with the skin.
Both sent to the lab as a precaution. No stitches.
Vaseline twice a day under a bandage. You may see a flat pink mark that fades over months; there is a small
chance the mole color comes back in the scar - that is not dangerous.
""",
    "expected": E([L("11306"), L("11300")], dx={"11306": ["D22.4"], "11300": ["D22.5"]}),
    "coder_note": "SH-1: shave removal by site group and lesion diameter: neck (SNHFG) 0.7 cm -> 11306; back "
                  "(TAL) 0.4 cm -> 11300. Symptomatic (bleeding, irritation). No PTP edit between them.",
})

SCENARIOS.append({
    "id": "s86-shave-nose-sized-scalp-unsized",
    "family": "shave", "shape": "note-only",
    "description": "Shave removals: nose 5 mm (11310) and a scalp bump with no size recorded -> no scalp line",
    "date": "2025-07-08",
    "patient": ("McCrory", "Dwight", "1944-12-01", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, nasal dorsum, bleeding", "L82.0", "Nasal dorsum", reason=True),
        C("c2", "Inflamed seborrheic keratosis, scalp vertex", "L82.0", "Scalp vertex", reason=True),
    ],
    "path": [
        {"text": "Nose, shave removal: inflamed seborrheic keratosis.", "site": "Nose"},
        {"text": "Scalp, shave removal: irritated seborrheic keratosis.", "site": "Scalp"},
    ],
    "note": HDR + """Procedure visit
Provider: Astrid Lindgren, DNP

Dwight has two crusty bumps that keep bleeding. One on the bridge of the nose bleeds when he puts on his
glasses, and one on top of the scalp that his comb catches - his wife says there is blood on the pillow.

Exam:
- Nose (dorsum): 5 mm stuck-on crusted tan bump, raw and red at the edge where the glasses sit.
- Scalp, top of head: stuck-on crusted bump, bleeding today.
Both look like inflamed "barnacles" (seborrheic keratoses). Because they bleed, we are removing them.

Procedure: consent, lidocaine with epi, each bump shaved off completely at the skin surface with a flexible
blade (removal, not a sample). Bleeding stopped with aluminum chloride. Both to pathology.

Aftercare: Vaseline and a bandage, glasses pad moved off the spot for a week.
A/P: inflamed SKs x2 removed. Return as needed.
""",
    "expected": E([L("11310")], ["missing-documentation"]),
    "coder_note": "SH-1: nose (FEENLM) 0.5 cm -> 11310. The scalp lesion size is never documented, so no "
                  "size-banded 11305-11308 line (README: missing measurement -> no line + finding).",
})

SCENARIOS.append({
    "id": "s86-shave-precoded-cheek-wrong-site-band",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave of a 1.2 cm bleeding cheek nevus pre-coded 11301 (trunk band) -> 11312",
    "date": "2025-09-23",
    "patient": ("Runningwater", "Celeste", "1996-08-14", "female"),
    "provider": "abernathy", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Compound nevus, left cheek, bleeding", "D22.39", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Shave removal, skin lesion", "11301", "Left cheek",
          "Raised 1.2 x 0.9 cm brown mole, bleeds with face washing and makeup removal; shaved off flush, "
          "whole lesion taken, Drysol hemostasis. Path sent.", ["c1"]),
    ],
    "path": [{"text": "Left cheek, shave: compound melanocytic nevus, no atypia.", "site": "Left cheek"}],
    "note": HDR + """Provider: June Abernathy, FNP-C
Celeste has a raised brown mole on her left cheek since childhood. The past few months it bleeds when she
washes her face and stays scabbed. It measures 1.2 x 0.9 cm today. Even color, no worrying changes.
She is not pregnant; no blood thinners; no allergy to numbing medicine.
We decided to shave it off (removal, not just a sample).
Lidocaine with epinephrine, shaved flat with a flexible blade, bleeding stopped with aluminum chloride.
No stitches. Sent to pathology.
Aftercare: Vaseline and a small bandage until healed, about 1-2 weeks. No makeup on the spot until it heals.
Expect a pink flat spot; sunscreen on it daily to help it fade.
Results by portal.
""",
    "expected": E([L("11312")], ["coding-correction"], dx={"11312": ["D22.39"]}),
    "coder_note": "SH-1: the cheek is FEENLM, lesion 1.2 cm (1.1-2.0 band) -> 11312, not the trunk code 11301.",
})

# =============================================================================================================
# Excision, benign
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-exb-cyst-upper-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Cut out a recurrently inflamed back cyst: 2.0 cm + 2 mm margins -> 11403; layered closure 6.5 cm",
    "date": "2025-05-14",
    "patient": ("Pettibone", "Curtis", "1972-01-26", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 50,
    "conditions": [
        C("c1", "Epidermal inclusion cyst, upper back, recurrently inflamed", "L72.0", "Upper mid back",
          reason=True),
    ],
    "path": [{"text": "Skin and subcutis, upper back, excision: ruptured epidermal inclusion cyst with "
                      "foreign-body giant cell reaction. Specimen 6.3 x 2.4 x 1.8 cm.", "site": "Upper back"}],
    "note": HDR + """Procedure note - cyst removal
Provider: Rafael Santos, PA-C

Curtis has had a cyst between his shoulder blades for years. It got infected and was drained twice (March
and last fall). It is calm today, no redness, no pus. He wants it out for good so it stops flaring.

Measured before we started: cyst 2.0 cm across. Planned 2 mm margin on each side.
Consent signed. Marked, numbed with 1% lidocaine with epinephrine. Cut out the whole cyst with the sac in one
piece as an ellipse (ellipse about 6.5 cm long). Bleeding controlled with cautery.
Closure: the wound was deep into the fat, so we closed it in layers - dissolvable stitches underneath
(3-0 Vicryl) to close the deeper tissue, then skin stitches on top (4-0 nylon). Final stitched line 6.5 cm.
Dressing: pressure bandage.

Please keep it dry for 48 hours. No heavy lifting or golf for 2 weeks. Stitches out in 12-14 days.
Call if it gets red, hot, or drains.
Sent to pathology - result: ruptured cyst, benign.
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.0 + 2 x 0.2 = 2.4 cm trunk -> 11403 (not the ellipse length or path size). EX-5: "
                  "layered closure is separately reported; 6.5 cm trunk intermediate -> 12032 (2.6-7.5 cm).",
})

SCENARIOS.append({
    "id": "s86-exb-precoded-11602-path-dysplastic",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Thigh atypical mole excision pre-coded 11602 + 12002; path dysplastic nevus -> 11402 only",
    "date": "2025-10-02",
    "patient": ("Lindahl", "Marguerite", "1956-04-19", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Dysplastic nevus with moderate atypia, left thigh", "D22.72", "Left anterior thigh",
          reason=True),
    ],
    "procedures": [
        P("Excision, malignant lesion, trunk/arms/legs", "11602", "Left anterior thigh",
          "Changing mole 0.8 cm; 3 mm margins all around; elliptical excision to fat.", ["c1"]),
        P("Simple repair", "12002", "Left anterior thigh",
          "Closed with interrupted 4-0 nylon in one layer, 3.0 cm.", ["c1"]),
    ],
    "path": [{"text": "Skin, left thigh, excision: compound dysplastic nevus with moderate atypia; margins "
                      "free. No melanoma.", "site": "Left thigh"}],
    "note": HDR + """Provider: June Abernathy, FNP-C
Marguerite's mole on the front of the left thigh has changed - darker on one side and bigger in her photos.
Dermoscopy: irregular network. We talked about taking a small sample vs cutting the whole thing out; she
chose to have it cut out in one go.
Mole measured 0.8 cm. Marked a 3 mm margin all around. Lidocaine with epi. Cut out as an ellipse down to the
fat. Closed with skin stitches in one layer (4-0 nylon), 3.0 cm line. No deep stitches were needed.
Stitches out in 10-14 days. Walk as usual; no swimming until stitches are out.
Pathology: dysplastic (atypical) mole with moderate atypia, completely removed, NOT melanoma. No more
treatment needed - yearly skin checks.
""",
    "expected": E([L("11402")], ["coding-correction", "ncci"], dx={"11402": ["D22.72"]}),
    "coder_note": "EX-3: dysplastic nevus is benign -> benign code. EX-1: 0.8 + 2 x 0.3 = 1.4 cm leg -> 11402. "
                  "EX-5: simple repair is included (11402/12002 indicator 1, same wound) -> 12002 removed.",
})

SCENARIOS.append({
    "id": "s86-exb-hand-dermatofibroma-simple-closure",
    "family": "excision-benign", "shape": "free-text",
    "description": "Painful dorsal-hand lesion cut out, 0.6 cm + 2 mm margins -> 11421; simple closure included",
    "date": "2025-08-27",
    "patient": ("Oyelaran", "Tobias", "1990-10-10", "male"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 35,
    "conditions": [
        C("c1", "Dermatofibroma, right dorsal hand, painful, traumatized at work", "D23.61",
          "Right dorsal hand", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion with margins", site="Right dorsal hand",
          note="Firm 0.6 cm papule over the 3rd metacarpal, tender; hit with wrenches at work, bled twice. "
               "Excised with 2 mm margins to subcutis.", reasons=["c1"]),
        P("Simple closure", site="Right dorsal hand",
          note="Single-layer closure, 5-0 nylon interrupted, 1.8 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right hand, excision: dermatofibroma (benign fibrous histiocytoma), margins clear.",
              "site": "Right hand"}],
    "note": HDR + """Provider: Rafael Santos, PA-C
Tobias is a diesel mechanic. The firm bump on the back of his right hand gets hit by tools, hurts, and has
bled twice. It is 0.6 cm. Looks like a dermatofibroma (a harmless scar-like bump) but it keeps getting hurt.
Allergies: none. Meds: none.
We cut it out:
- numbed with lidocaine with epinephrine,
- removed with a 2 mm margin on all sides (0.6 cm bump),
- closed with a few skin stitches in one layer (1.8 cm line).
Keep it covered and dry at work for 2 days, gloves on. Stitches out in 10-12 days.
Lab: dermatofibroma, benign, fully removed.
""",
    "expected": E([L("11421")], dx={"11421": ["D23.61"]}),
    "coder_note": "EX-1/EX-2: 0.6 + 2 x 0.2 = 1.0 cm, hand is SNHFG -> 11421. EX-5: the single-layer closure is "
                  "a simple repair, included in the excision (no 12001 line).",
})

# =============================================================================================================
# Excision, malignant
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-exm-bcc-upper-back-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Biopsy-proven BCC right upper back cut out: 1.1 cm + 4 mm margins -> 11602; layered 5.0 cm",
    "date": "2025-04-22",
    "patient": ("Gruenwald", "Otto", "1950-09-13", "male"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 55,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right upper back", "C44.519", "Right upper back", reason=True),
    ],
    "prior": [PRIOR("2025-04-01", "11102", "Tangential biopsy of skin", "Right upper back",
                    "Shave biopsy of pearly papule; path nodular BCC.")],
    "path": [{"text": "Skin, right upper back, excision: residual basal cell carcinoma, nodular type; all "
                      "margins free, closest 3 mm.", "site": "Right upper back"}],
    "note": HDR + """Skin cancer removal
Provider: Jordan Pike, APRN

Otto is back to have the basal cell skin cancer on his right upper back cut out. We took a scraping sample
(shave biopsy) of it on 04/01 and the lab called it a nodular basal cell carcinoma.

Before starting: the pink pearly area plus the biopsy scar measures 1.1 cm at its widest. Marked a 4 mm
margin of normal-looking skin all the way around.
Consent reviewed - risks of bleeding, infection, scar, the cancer coming back. Time-out done.
Numbed with 1% lidocaine with epinephrine, 8 mL. Cut out as an ellipse down to fat. Specimen tagged at 12
o'clock for the lab.
The back skin is tight, so we closed in two layers: buried dissolvable stitches (3-0 Monocryl) in the deep
tissue, then 4-0 nylon on the skin. Final line 5.0 cm.

Home care: keep dry 48 hours, then wash gently and Vaseline daily. No lifting over 20 lb for 2 weeks (he
will skip hay bales). Stitches out in 14 days.
Pathology: remaining basal cell cancer, all edges clear. Cancer is fully out. Skin check in 6 months.
""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.519"]}),
    "coder_note": "EX-1: 1.1 + 2 x 0.4 = 1.9 cm trunk, malignant on path -> 11602. EX-5: layered closure 5.0 cm "
                  "trunk -> 12032. The 04/01 biopsy (11102) has a 000 global, so no global-period modifier.",
})

SCENARIOS.append({
    "id": "s86-exm-reexcision-forearm-inside-global-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision of SCC scar for a positive margin 8 days after the excision -> 11603-58; path clear",
    "date": "2025-03-12",
    "patient": ("Vandermeer", "Agnes", "1955-06-28", "female"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left forearm, positive peripheral margin", "C44.629",
          "Left dorsal forearm", reason=True),
    ],
    "prior": [PRIOR("2025-03-04", "11602", "Excision malignant lesion, arm", "Left dorsal forearm",
                    "SCC 0.9 cm with 2 mm margins; path: well-differentiated SCC, peripheral margin involved.")],
    "procedures": [
        P("Re-excision of skin cancer site (wider margins)", site="Left dorsal forearm",
          note="Healing scar with residual pink area, 1.4 cm greatest dimension, excised with 4 mm margins to "
               "fat. Planned second step because the 03/04 margin was positive.", reasons=["c1"]),
        P("Closure", site="Left dorsal forearm",
          note="Single-layer 4-0 nylon, 4.0 cm; no deep sutures.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left forearm, re-excision: scar with no residual carcinoma; margins free.",
              "site": "Left forearm"}],
    "note": HDR + """Provider: June Abernathy, FNP-C
Agnes had the squamous cell skin cancer cut out of her left forearm on March 4. The lab said one side edge
still had cancer cells, so today we went back and took a wider piece around the scar (re-excision) - this was
the plan we talked about when the result came in.
Scar and pink area 1.4 cm; 4 mm extra margin; removed to fat. Closed with one layer of skin stitches, 4.0 cm.
Her old stitches from 03/04 were taken out at the same time.
Keep the arm dry 2 days, then Vaseline. Stitches out in 12 days.
Result: the scar tissue shows no cancer left - the cancer is completely out now.
""",
    "expected": E([L("11603", 1, "58")], ["global-period"], dx={"11603": ["C44.629"]}),
    "coder_note": "EX-4: re-excision of a malignancy stays a malignant excision even with a clear specimen; "
                  "1.4 + 2 x 0.4 = 2.2 cm arm -> 11603. Inside the 010 global of the 03/04 excision and planned "
                  "-> 58 (GS-5). Single-layer closure included.",
})

SCENARIOS.append({
    "id": "s86-exm-precoded-11442-path-melanoma-in-situ",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Cheek lesion excision pre-coded benign 11442 before path; path MIS -> 11642 + 12052",
    "date": "2025-07-29",
    "patient": ("Fairbanks", "Lorna", "1967-02-02", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 60,
    "conditions": [
        C("c1", "Melanoma in situ, lentigo maligna type, left cheek", "D03.39", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Excision, benign lesion, face", "11442", "Left cheek",
          "Irregular brown macule 0.6 cm; excised with 5 mm margins.", ["c1"]),
        P("Repair, intermediate, face", "12052", "Left cheek",
          "Layered closure: 5-0 Monocryl deep, 6-0 nylon skin; 3.0 cm.", ["c1"]),
    ],
    "path": [{"text": "Skin, left cheek, excision: melanoma in situ, lentigo maligna type; margins free of "
                      "in-situ melanoma (closest 3 mm).", "site": "Left cheek"}],
    "note": HDR + """Provider: Astrid Lindgren, DNP
Lorna's flat brown spot on the left cheek got darker and the edges got blotchy. An outside office took a
small sample last month: "atypical melanocytic proliferation - cannot rule out melanoma in situ; recommend
complete removal." Today we cut it out fully.
Spot 0.6 cm; 5 mm margins marked (bigger margin because of the lab's concern). Lidocaine with epi. Removed
as an ellipse to fat. Closed in layers - dissolvable stitches underneath and fine nylon on the skin,
3.0 cm line.
Aftercare: Vaseline, sleep on the other side, stitches out in 6-7 days.

Path (08/05/2025): melanoma in situ (lentigo maligna type), all edges clear. This is the earliest form of
melanoma, confined to the top layer of skin, and it is completely removed. Skin checks every 6 months.
""",
    "expected": E([L("11642"), L("12052")], ["coding-correction"], dx={"11642": ["D03.39"]}),
    "coder_note": "EX-3: melanoma in situ takes the malignant excision codes; the benign code was chosen before "
                  "the path. 0.6 + 2 x 0.5 = 1.6 cm face -> 11642. Layered 3.0 cm face -> 12052 (no PTP edit).",
})

# =============================================================================================================
# Destruction
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-ds-froze-eleven-sunspots",
    "family": "destruction", "shape": "note-only",
    "description": "Liquid nitrogen to eleven AKs (face + hands); SKs on the back not treated -> 17000 + 17003 x10",
    "date": "2025-02-11",
    "patient": ("Stroud", "Imogene", "1946-10-05", "female"),
    "provider": "pike", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, face and hands", "L57.0", "Forehead, nose, dorsal hands", reason=True),
        C("c2", "Seborrheic keratoses, back", "L82.1", "Back"),
    ],
    "note": HDR + """Sunspot freezing visit
Provider: Jordan Pike, APRN

Imogene is here for her winter sunspot treatment. She farmed for 50 years without a hat.
Found rough, gritty pink spots (actinic keratoses, "precancers"):
- forehead: four
- nose: two
- back of the right hand: three
- back of the left hand: two
Total: eleven.
Treatment: liquid nitrogen (freezing) with a spray can, two freeze-thaw cycles each, to all eleven spots.

She also asked about the brown "stuck-on" spots on her back. These are seborrheic keratoses, harmless,
not itchy or irritated. Not treated today.
She mentioned a dry patch on her lower lip; it looked like chapping today, so no treatment - recheck
next visit.

What to expect: the frozen spots turn red, may blister, then scab and peel in 1-3 weeks. Vaseline helps.
Return in 6 months or sooner for any spot that does not heal.
""",
    "expected": E([L("17000"), L("17003", 10)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 11 AKs -> 17000 + 17003 x10. Back SKs and the lip were not treated.",
})

SCENARIOS.append({
    "id": "s86-ds-precoded-17003-x16-to-17004",
    "family": "destruction", "shape": "pre-coded",
    "description": "Seventeen AKs frozen, pre-coded 17000 + 17003 x16 -> one 17004",
    "date": "2025-03-18",
    "patient": ("Kowalczyk", "Bernard", "1941-08-08", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp, forehead and ears", "L57.0", "Scalp, forehead, both ears",
          reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Scalp", "Cryotherapy, LN2.", ["c1"]),
        P("Destruction premalignant lesions, 2-14, each (units: 16)", "17003", "Scalp, forehead, ears",
          "Cryotherapy, LN2. Billed quantity 16.", ["c1"]),
    ],
    "note": HDR + """Provider: Rafael Santos, PA-C
Bernard's bald scalp is covered in rough sunspots again. Counted and froze (liquid nitrogen, 2 cycles):
  scalp ........ 9
  forehead ..... 5
  right ear .... 2
  left ear ..... 1
  total ........ 17 actinic keratoses treated.
No thick or bleeding bumps that need a biopsy today.
Blisters and scabs are normal for 1-2 weeks; wear a hat. Consider fluorouracil cream to the whole scalp in the
spring if he is willing.
""",
    "expected": E([L("17004")], ["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003 (17003 x16 is also "
                  "over its 13-unit MUE). The fluorouracil is a possible future plan only.",
})

SCENARIOS.append({
    "id": "s86-ds-finger-warts-and-scalp-aks-xs",
    "family": "destruction", "shape": "free-text",
    "description": "3 painful finger warts (17110) + 4 scalp AKs (17000 + 17003 x3), different lesions -> XS",
    "date": "2025-05-06",
    "patient": ("Thibodeaux", "Russell", "1954-03-27", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Common warts, right fingers, painful and spreading", "B07.8", "Right index and middle fingers",
          reason=True),
        C("c2", "Actinic keratoses, scalp", "L57.0", "Scalp vertex", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of warts", site="Right index finger (2), right middle finger (1)",
          note="Three verrucae, tender with gripping, one cracked and bled; went from one to three since "
               "summer. LN2 2 cycles each.", reasons=["c1"]),
        P("Cryotherapy of actinic keratoses", site="Scalp vertex",
          note="Four scaly AKs on the crown, LN2 2 cycles each.", reasons=["c2"]),
    ],
    "note": HDR + """Provider: Astrid Lindgren, DNP
Russell has warts on his right fingers that hurt when he grips the steering wheel and the fence pliers. He had
one wart in the summer, now three (two on the index finger, one on the middle finger). One cracked and bled.
Scalp: four rough sunspots (actinic keratoses) on the crown.
He is otherwise well. Not on blood thinners.
Treatment today: froze the three warts and the four sunspots with liquid nitrogen, 2 cycles each.
What to expect: blisters (sometimes blood blisters on the fingers) in 1-2 days, then scabs.
Warts may need 2-3 more freezing sessions about 3 weeks apart. Duct tape at home between visits is OK.
Sunspots: wide-brim hat on the tractor.
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 3, "XS")]),
    "coder_note": "DS-2/DS-1: 3 warts -> 17110; 4 AKs -> 17000 + 17003 x3. DS-3: 17110/17000 and 17110/17003 "
                  "are indicator 1 with 17110 as column 1 -> XS on 17000 and 17003 (different lesions).",
})

SCENARIOS.append({
    "id": "s86-ds-forearm-aks-no-count-knee-warts",
    "family": "destruction", "shape": "note-only",
    "description": "AKs frozen on both forearms with no count (no line) + two knee warts (17110); Medicaid",
    "date": "2025-09-09",
    "patient": ("Delgado", "Maricela", "1976-12-12", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, forearms", "L57.0", "Both dorsal forearms", reason=True),
        C("c2", "Common warts, right knee", "B07.8", "Right knee", reason=True),
    ],
    "note": HDR + """Provider: June Abernathy, FNP-C
Maricela works in the orchards and has rough scaly spots on the tops of both forearms. They look like
sunspots (actinic keratoses). Froze a handful of them on each forearm with liquid nitrogen, 2 cycles.
She also has two warts on the right knee that bleed when she kneels to weed; these were frozen too
(2 warts, LN2, 2 cycles).
No other spots treated today.
Long sleeves and sunscreen at work; handed out the free sunscreen samples.
Blisters are normal after freezing and can last a week.
Keep the knee covered with a bandage while kneeling.
Recheck in 3 months for the warts.
""",
    "expected": E([L("17110")], ["missing-documentation"]),
    "coder_note": "README coding decision: no AK count documented ('a handful') -> no 17000/17003 line + finding. "
                  "Two warts -> 17110 alone, so no XS is needed.",
})

# =============================================================================================================
# Mohs (visiting Mohs surgeon)
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-mohs-preauricular-punch-frozen-59-one-stage",
    "family": "mohs", "shape": "note-only",
    "description": "Never-biopsied left preauricular lesion: same-day punch bx + frozen section read as BCC, 1-stage Mohs",
    "date": "2025-06-12",
    "patient": ("Halloran", "Fergus", "1943-01-15", "male"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 120,
    "conditions": [
        C("c1", "Basal cell carcinoma, left preauricular cheek", "C44.319", "Left preauricular cheek", reason=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": HDR + """Mohs day - visiting surgeon
Surgeon and pathologist: Samuel Weiss, MD (reads his own slides)
Referred by: June Abernathy, FNP-C (this clinic)

Fergus has a shiny sore just in front of his left ear (preauricular cheek) that has bled on and off for a year. Nobody has ever
taken a sample of it - he lives 90 minutes away and asked to get it all done in one trip if possible.
We agreed: take a punch sample today, I read it on frozen section right away, and we go ahead with Mohs
only if it shows skin cancer.

Diagnostic biopsy: 3 mm punch biopsy of the left preauricular lesion. Frozen section processed in our lab and
read by me: basal cell carcinoma, nodular. There was no earlier pathology for this spot; today's frozen
section is what decided the surgery.

Mohs micrographic surgery, left preauricular cheek:
  Stage 1: lesion 0.8 cm; excised with 2 mm margin, 4 tissue blocks, mapped and color-coded. All margins
  clear on my reading.
One stage only. Final wound 1.3 x 1.1 cm into the fat.
Repair: we talked about stitching it closed vs letting it heal on its own. Fergus chose to let it heal by
itself (second intention) - fewer trips for him. No stitches.
Vaseline and a bandage daily; call for bleeding that won't stop with 20 minutes of pressure.
Wound check with June in 2 weeks.
""",
    "expected": E([L("11104", 1, "59"), L("88331", 1, "59"), L("17311")], dx={"17311": ["C44.319"]}),
    "coder_note": "MOHS-5(a)/BX-5 + README decision: same-day diagnostic biopsy with frozen section of a lesion "
                  "with no prior pathology -> punch 11104-59 and 88331-59 (same lesion, not XS). Face -> 17311, "
                  "one stage, 4 blocks. Second intention, no repair.",
})

SCENARIOS.append({
    "id": "s86-mohs-arm-superficial-bcc-no-abn-gz",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs of a small primary superficial BCC of the upper arm at patient insistence, no ABN -> 17313-GZ",
    "date": "2025-08-14",
    "patient": ("Ashworth", "Penelope", "1959-05-05", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 90,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left upper arm, primary", "C44.619", "Left lateral upper arm",
          reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", site="Left lateral upper arm",
          note="Biopsy-proven superficial BCC (07/2025), 0.8 cm, primary, not recurrent. 2 tissue blocks; "
               "margins clear after 1 stage.", reasons=["c1"]),
        P("Wound closure with adhesive strips", site="Left lateral upper arm",
          note="Defect 1.2 cm; Steri-Strips only, no sutures."),
    ],
    "note": HDR + """Provider/surgeon: Samuel Weiss, MD (surgeon and pathologist)
Penelope has a superficial basal cell skin cancer (biopsy in July) on the outside of her left upper arm,
0.8 cm, first time treated. She is healthy, not on any immune-suppressing medicine, no radiation history.
I explained that for this type and place of skin cancer, Mohs is usually not needed: scraping and burning
(ED&C), a cream (imiquimod), or a simple cut-out work just as well. Medicare may not pay for Mohs in this
situation. She still wanted Mohs because her sister's cancer came back after scraping.
Our front desk did NOT have her sign an ABN (the Medicare waiver form) before the surgery - noted for
office follow-up.
Mohs stage 1: 2 blocks, all clear. Wound 1.2 cm closed with Steri-Strips only (no stitches).
Aftercare: keep strips on 5 days. Recheck with the clinic in 6 months.
""",
    "expected": E([L("17313", 1, "GZ")], dx={"17313": ["C44.619"]}),
    "coder_note": "MOHSN-2: small primary superficial BCC in area L is generally inappropriate for Mohs (LCD "
                  "criteria unmet) -> Medicare FFS with no ABN -> GZ (COS-4; README pairs the ABN version with "
                  "GA). Trunk/arm 1 stage -> 17313. Steri-Strips are not a repair code.",
})

SCENARIOS.append({
    "id": "s86-mohs-precoded-nose-88305-extra-blocks",
    "family": "mohs", "shape": "pre-coded",
    "description": "Nasal-tip BCC Mohs 2 stages (6 + 2 blocks) + 12051; pre-coded 88305 x2 on Mohs layers removed",
    "date": "2025-10-16",
    "patient": ("Brannigan", "Wade", "1966-11-21", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, right nasal tip", "C44.311", "Right nasal tip", reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck, first stage", "17311", "Right nasal tip", "Stage 1: 6 tissue blocks.", ["c1"]),
        P("Mohs, head/neck, additional stage", "17312", "Right nasal tip", "Stage 2: 2 tissue blocks, clear.",
          ["c1"]),
        P("Mohs, each additional block beyond 5", "17315", "Right nasal tip", "Block 6 of stage 1.", ["c1"]),
        P("Surgical pathology, level IV (units: 2)", "88305", "Right nasal tip",
          "Mohs layers stage 1 and 2. Billed quantity 2.", ["c1"]),
        P("Repair, intermediate, nose", "12051", "Right nasal tip",
          "Layered closure 1.8 cm, 5-0 Monocryl deep + 6-0 Prolene.", ["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": HDR + """Surgeon and pathologist: Samuel Weiss, MD
Wade has an infiltrative basal cell skin cancer on the right side of the tip of his nose (biopsy at our clinic
09/2025). Mohs is the right treatment for this spot.
Stage 1: excised with 2 mm margin, divided into 6 tissue blocks (the tumor was wider than it looked).
  I read the frozen sections myself: tumor at the 9-10 o'clock edge (block 5).
Stage 2: one more layer at 9-10 o'clock, 2 blocks. Clear.
All Mohs tissue was processed and read in our own Mohs lab. Nothing sent to outside pathology.
Wound 1.0 x 0.8 cm. Closed side-to-side in layers (dissolvable stitches under the skin, fine stitches on top),
1.8 cm long line.
Aftercare: Vaseline, no bending/lifting for 3 days, stitches out in 7 days.
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("12051")], ["ncci"], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: head, 2 stages -> 17311 + 17312; 6 blocks in stage 1 -> 17315 x1. MOHS-5: no 88305 on "
                  "Mohs specimens (17311/88305 indicator 1, no separate tissue) -> removed. MOHS-7: intermediate "
                  "repair 1.8 cm nose -> 12051, no edit with 17311.",
})

# =============================================================================================================
# Repair
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-rep-tractor-fall-cuts-two-groups",
    "family": "repair", "shape": "free-text",
    "description": "Simple repairs: forearm 3.2 + hand 2.0 cm (one group, 12004) and chin 1.5 cm (12011)",
    "date": "2025-06-30",
    "patient": ("Brautigan", "Colt", "1991-04-03", "male"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Laceration of right forearm", "S51.811A", "Right volar forearm", reason=True),
        C("c2", "Laceration of right hand", "S61.411A", "Right dorsal hand", reason=True),
        C("c3", "Laceration of chin", "S01.81XA", "Chin", reason=True),
    ],
    "procedures": [
        P("Laceration repair, single layer", site="Right volar forearm",
          note="3.2 cm clean linear cut, irrigated, 4-0 nylon simple interrupted.", reasons=["c1"]),
        P("Laceration repair, single layer", site="Right dorsal hand",
          note="2.0 cm, superficial, 5-0 nylon simple interrupted.", reasons=["c2"]),
        P("Laceration repair, single layer", site="Chin",
          note="1.5 cm, 6-0 nylon simple interrupted.", reasons=["c3"]),
    ],
    "note": HDR + """Walk-in - cuts from a fall
Provider: Rafael Santos, PA-C
Colt slipped off the tractor step onto gravel about two hours ago and cut his right forearm, the back of his
right hand and his chin. No head injury, no loss of consciousness. Tetanus booster was in 2022.
Exam: clean straight cuts, no gravel left after washing out, no tendon showing, fingers move and feel normal.
  - right forearm 3.2 cm, right hand 2.0 cm, chin 1.5 cm; all through the skin only (not deep).
Numbed each with lidocaine, rinsed well with saline, closed with one layer of skin stitches.
Stitches out: chin in 5 days, hand and forearm in 10-12 days. Keep clean and dry 24 h, then wash.
Signs of infection reviewed (red, hot, pus, fever).
""",
    "expected": E([L("12004"), L("12011")]),
    "coder_note": "REP-1/REP-2: simple repairs added within a site group: forearm + hand (extremities incl. hands) "
                  "= 5.2 cm -> 12004; chin (face group) 1.5 cm -> 12011. No PTP edit between 12004 and 12011.",
})

SCENARIOS.append({
    "id": "s86-rep-horse-fall-scalp-layered-knee-simple",
    "family": "repair", "shape": "note-only",
    "description": "Child: 4.0 cm layered scalp laceration (12032) + 1.2 cm simple knee laceration (12001)",
    "date": "2025-07-19",
    "patient": ("Yellowhorse", "Tanner", "2015-09-21", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 45,
    "conditions": [
        C("c1", "Laceration of scalp", "S01.01XA", "Scalp, right parietal", reason=True),
        C("c2", "Laceration of right knee", "S81.011A", "Right knee", reason=True),
    ],
    "note": HDR + """Same-day visit - fell off his horse
Provider: Jordan Pike, APRN
Tanner (9) fell off his horse at the county fairgrounds this morning. Helmet on, cried right away, did not
pass out, acting normal per mom. Neuro check normal. He has a cut on the right side of the top of his head
and a small cut on his right knee.

Scalp: 4.0 cm gaping cut through to the tough layer under the scalp. Cleaned and irrigated with lots of
saline. Closed in two layers: dissolvable stitches (4-0 Vicryl) in the deeper layer, then staples for the
skin. Layered closure, 4.0 cm.
Right knee: 1.2 cm shallow cut, one layer of 5-0 nylon stitches.
Numbing: lidocaine with epi and LET gel first on the knee.

Home: Tylenol or ibuprofen. Staples out in 7-10 days, knee stitches out in 10 days. Go to the ER for vomiting,
sleepiness, worse headache. Mom has the handout.
""",
    "expected": E([L("12032"), L("12001")]),
    "coder_note": "REP-2/REP-3: layered scalp closure 4.0 cm -> 12032; simple knee 1.2 cm -> 12001 (different "
                  "complexity, not added). No PTP edit between 12032 and 12001.",
})

SCENARIOS.append({
    "id": "s86-rep-precoded-complex-chin-0-9cm",
    "family": "repair", "shape": "pre-coded",
    "description": "0.9 cm layered chin laceration repair pre-coded as complex 13131 -> 12051",
    "date": "2025-11-18",
    "patient": ("Ostrander", "Eunice", "1945-01-29", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Laceration of chin", "S01.81XA", "Chin", reason=True),
    ],
    "procedures": [
        P("Repair, complex, chin", "13131", "Chin",
          "0.9 cm deep laceration; edges trimmed; 5-0 Vicryl deep, 6-0 nylon skin.", ["c1"]),
    ],
    "note": HDR + """Provider: Astrid Lindgren, DNP
Eunice tripped on the porch step this morning and hit her chin on the rail. Cut on the chin 0.9 cm, deep into
the fat, ragged edges. No other injuries; no dizziness before the fall.
She is on aspirin 81 mg; bleeding was easily controlled.
Numbed with lidocaine with epi, cleaned well, trimmed the ragged edges a little.
Closed in two layers: dissolvable stitch underneath, then fine nylon stitches on the skin.
Length of the repair 0.9 cm.
Stitches out in 5-6 days. Vaseline, no makeup on it for a week.
Tetanus booster was given at her clinic in 2023 - up to date.
""",
    "expected": E([L("12051")], ["coding-correction"]),
    "coder_note": "REP-2: a complex repair of 1.0 cm or less is reported as simple or intermediate; the layered "
                  "closure on the face, 0.9 cm -> 12051.",
})

# =============================================================================================================
# Incision and drainage
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-id-thigh-boil-new-patient-em-removed",
    "family": "incision-drainage", "shape": "note-only",
    "description": "New patient, single thigh boil lanced (10060); 99203 selected but only the abscess addressed",
    "date": "2025-08-05",
    "patient": ("Kittredge", "Shane", "1998-06-06", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Cutaneous abscess of left thigh", "L02.416", "Left lateral thigh", reason=True),
    ],
    "note": HDR + """New patient - boil
Provider: Rafael Santos, PA-C
Shane has a painful lump on the outside of his left thigh for 4 days, getting bigger, now soft in the middle.
No fever. No diabetes. No history of boils. No other skin problems or concerns today.
Exam: 2.5 cm red, warm, tender bump with a soft center (abscess/boil). No red streaks.
Plan: open and drain it today.
Procedure: consent. Cleaned, numbed with lidocaine. Small cut over the soft center with a #11 blade, thick pus
drained, pocket broken up gently with a hemostat, rinsed with saline. Single simple abscess. No packing.
Bandage.
Antibiotics are not needed after a good drainage like this. Warm compresses 3-4 times a day. Return if it
fills back up, red streaks, or fever.
""",
    "expected": E([L("10060")], dx={"10060": ["L02.416"]}),
    "coder_note": "GS-3 + README decision: the only work was the evaluation and decision for the drainage (new "
                  "patient status alone does not justify an E/M) -> 99203 removed. Simple single abscess -> 10060.",
})

SCENARIOS.append({
    "id": "s86-id-precoded-10060-x3-axilla-complicated",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Three left-axilla abscesses drained and packed, pre-coded 10060 three times -> 10061 x1",
    "date": "2025-12-02",
    "patient": ("Merriweather", "Danita", "1994-03-15", "female"),
    "provider": "abernathy", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscesses of left axilla, multiple", "L02.412", "Left axilla", reason=True),
    ],
    "procedures": [
        P("I&D abscess, simple", "10060", "Left axilla, anterior", "Abscess 1: 2 cm, drained.", ["c1"]),
        P("I&D abscess, simple", "10060", "Left axilla, central",
          "Abscess 2: 3 cm, loculated, septae broken, packed with iodoform gauze.", ["c1"]),
        P("I&D abscess, simple", "10060", "Left axilla, posterior", "Abscess 3: 1.5 cm, drained.", ["c1"]),
    ],
    "note": HDR + """Provider: June Abernathy, FNP-C
Danita has three painful swollen boils in her left armpit for a week. No prior history of recurrent armpit
boils or scarring tracts (not hidradenitis on exam). No fever.
Three separate abscesses (front 2 cm, middle 3 cm, back 1.5 cm). All three were opened and drained today
after numbing. The middle one had several pockets that we broke up and then packed with iodoform gauze.
Packing comes out in 48 hours (nurse visit or at home - instructions given). Warm compresses.
Culture sent on the middle one. Started doxycycline 100 mg twice daily for 7 days because of the redness
spreading around the middle abscess.
""",
    "expected": E([L("10061")], ["coding-correction"], dx={"10061": ["L02.412"]}),
    "coder_note": "Multiple abscesses (and a loculated, packed one) in one session = complicated/multiple I&D -> "
                  "10061 once; 10060 is not reported per abscess (10061/10060 pair).",
})

# =============================================================================================================
# Intralesional injection
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-il-three-chest-keloids-kenalog-25mg",
    "family": "intralesional", "shape": "note-only",
    "description": "Steroid shot into three chest keloids, 25 mg triamcinolone total -> 11900 + J3301 x3",
    "date": "2025-04-08",
    "patient": ("Amankwah", "Priscilla", "2000-07-27", "female"),
    "provider": "lindgren", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, chest, itchy and painful", "L91.0", "Central and left upper chest", reason=True),
    ],
    "note": HDR + """Keloid injection visit #2
Provider: Astrid Lindgren, DNP
Priscilla has three raised thick scars (keloids) on her chest from old acne spots. They itch and sting,
especially under her seatbelt. First injection 6 weeks ago helped the itching a little.
Today: injected steroid into each keloid (triamcinolone acetonide / Kenalog, the 10 mg per mL bottle - not
the 40):
  keloid 1, mid-chest: 0.8 mL
  keloid 2, left upper chest: 0.9 mL
  keloid 3, left upper chest below #2: 0.8 mL
  total 2.5 mL = 25 mg.
No bleeding. Mild stinging expected.
Possible side effects: thinning or lightening of the skin around the scar. Next shots in 6 weeks.
""",
    "expected": E([L("11900"), L("J3301", 3)], dx={"11900": ["L91.0"]}),
    "coder_note": "11900 = up to 7 lesions; J3301 per 10 mg -> ceil(25/10) = 3 units.",
})

SCENARIOS.append({
    "id": "s86-il-precoded-11900-eight-prurigo-nodules",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Eight prurigo nodules injected (35 mg) pre-coded 11900 -> 11901 + J3301 x4",
    "date": "2025-05-20",
    "patient": ("Wrenfield", "Dolores", "1958-08-30", "female"),
    "provider": "pike", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Prurigo nodularis, legs and arms", "L28.1", "Shins and forearms", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", "11900", "Shins and forearms",
          "Triamcinolone 10 mg/mL into 8 nodules.", ["c1"]),
        P("Triamcinolone acetonide inj, per 10 mg (units: 4)", "J3301", "Shins and forearms",
          "35 mg total. Billed quantity 4.", ["c1"]),
    ],
    "note": HDR + """Provider: Jordan Pike, APRN
Dolores has very itchy hard bumps (prurigo nodularis) on her shins and forearms that she scratches until they
bleed. Creams have helped only a little. Today we shot steroid into the worst ones.
Triamcinolone 10 mg/mL, small amounts into each bump:
right shin three, left shin two, right forearm one, left forearm two = 8 bumps.
Total used 3.5 mL (35 mg).
You may see small dents or lighter skin where the shots went in; usually fades.
Keep using the clobetasol at night under plastic wrap on the others.
Keep nails short; cotton gloves at night help with the scratching.
Back in 4-6 weeks.
""",
    "expected": E([L("11901"), L("J3301", 4)], ["coding-correction"], dx={"11901": ["L28.1"]}),
    "coder_note": "More than 7 lesions -> 11901, not 11900. J3301 ceil(35/10) = 4 (already right).",
})

# =============================================================================================================
# Nails
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-nail-avulsion-left-great-and-second-toe",
    "family": "nails", "shape": "note-only",
    "description": "Two painful dystrophic toenails removed (left great TA + left second T1) -> 11730-TA, 11732-T1",
    "date": "2025-01-28",
    "patient": ("Szymanski", "Theodore", "1977-02-11", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Onychomycosis with painful dystrophic nails, left foot", "B35.1",
          "Left great toe and left second toe", reason=True),
    ],
    "note": HDR + """Toenail removal
Provider: Rafael Santos, PA-C
Theodore's toenails on the left big toe and the left second toe are thick, crumbly and lift up; they push on
his work boots and hurt all day. Nail fungus confirmed on a clipping in October. He does not want the nails
gone forever - just off so the fungus medicine and a new nail can grow in.
Procedure: numbing block at the base of each toe. Whole nail plate removed from the LEFT GREAT TOE, then the
whole nail plate from the LEFT SECOND TOE. The nail root (matrix) was left alone - no chemical - so the
nails will grow back. Bleeding stopped with pressure. Antibiotic ointment and a bulky bandage.
His right toenails look normal.
Soak twice a day starting tomorrow; open-toe shoe for a few days. Starting terbinafine after liver test.
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")], dx={"11730": ["B35.1"]}),
    "coder_note": "Nail avulsion first nail 11730, each additional 11732; digit modifiers TA (left great toe) and "
                  "T1 (left second toe). No matrix destruction, so not 11750.",
})

SCENARIOS.append({
    "id": "s86-nail-precoded-11730-phenol-matrixectomy",
    "family": "nails", "shape": "pre-coded",
    "description": "Recurrent ingrown right great toenail: partial avulsion + phenol matrixectomy pre-coded 11730 -> 11750-T5",
    "date": "2025-10-07",
    "patient": ("Redcloud", "Jaxon", "2009-05-17", "male"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "Right great toe, lateral border",
          reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate, partial", "11730", "Right great toe",
          "Lateral 3 mm nail border removed; phenol 88% applied to the lateral matrix x3 for permanent "
          "removal of that border.", ["c1"]),
    ],
    "note": HDR + """Provider: June Abernathy, FNP-C
Jaxon (16) plays basketball. Ingrown nail on the outside edge of his RIGHT BIG TOE, third time this year; the
last two times we just trimmed the edge and it grew back in. Mild redness, no pus today.
Plan with mom: remove the ingrown edge for good.
Digital block with plain lidocaine. Tourniquet. The outside 3 mm strip of nail removed, then phenol applied to
the nail root (matrix) at that edge three times so that strip does NOT grow back. Rinsed with alcohol.
Bandage. Tourniquet off, toe pinked up.
Soaks daily, clean socks, roomy shoes. Drainage for 2-4 weeks is normal after phenol.
""",
    "expected": E([L("11750", 1, "T5")], ["coding-correction"], dx={"11750": ["L60.0"]}),
    "coder_note": "Permanent removal (phenol matrix destruction) of part of the nail -> 11750, which includes the "
                  "avulsion (11750/11730 pair). Right great toe -> T5.",
})

# =============================================================================================================
# Paring
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-paring-three-painful-calluses",
    "family": "paring", "shape": "free-text",
    "description": "Three painful plantar calluses pared with a blade -> 11056",
    "date": "2025-03-04",
    "patient": ("Hollingshead", "Verna", "1967-09-09", "female"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Callosities, plantar feet, painful", "L84", "Both soles", reason=True),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesions", site="Right sole (2), left heel (1)",
          note="Three thick calluses pared down with a #15 blade: two under the right forefoot (2nd and 4th "
               "metatarsal heads), one on the left heel rim. No bleeding.", reasons=["c1"]),
    ],
    "note": HDR + """Provider: Astrid Lindgren, DNP
Verna is a school cook on her feet all day. Thick hard skin (calluses) on the bottom of her feet hurts with
every step. No diabetes, good circulation.
Today we pared (shaved down) three calluses with a blade: two on the ball of the right foot and one on the
edge of the left heel. She walked out feeling better.
No warts seen - the skin lines run through the calluses.
Shoes: she wears flat canvas shoes at work; talked about cushioned insoles.
Home care:
- pumice stone after showers,
- urea 40% cream nightly,
- cushioned insoles.
Recheck as needed.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring of benign hyperkeratotic lesions: 2-4 lesions -> 11056 (one unit).",
})

SCENARIOS.append({
    "id": "s86-paring-precoded-11055-six-plus-plantar-wart",
    "family": "paring", "shape": "pre-coded",
    "description": "Six calluses pared (pre-coded 11055 -> 11057) + separate plantar wart frozen (17110); XS on 11057",
    "date": "2025-06-24",
    "patient": ("Castellano", "Reuben", "1980-11-30", "male"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Corns and calluses, both feet, painful", "L84", "Both soles and toes", reason=True),
        C("c2", "Plantar wart, left heel, painful", "B07.0", "Left heel", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion; single lesion", "11055", "Both feet",
          "Six lesions pared with #15 blade.", ["c1"]),
        P("Destruction benign lesions up to 14", "17110", "Left heel",
          "One plantar wart, pared to pinpoint bleeding then LN2 x2 cycles.", ["c2"]),
    ],
    "note": HDR + """Provider: Jordan Pike, APRN
Reuben works on a concrete floor at the feed mill. Painful hard skin on both feet and a painful wart on the
left heel.
Calluses/corns pared down with a blade (no bleeding):
  right foot - ball of foot x2, outside of little toe x1
  left foot  - ball of foot x2, top of 2nd toe (corn) x1
  = six in all.
Separate spot on the LEFT HEEL: a plantar wart (black dots, skin lines go around it), hurts with every step.
Shaved the top off and froze it with liquid nitrogen, 2 cycles.
Wider work boots, pumice, salicylic acid pads on the wart at home. Wart recheck in 3 weeks.
""",
    "expected": E([L("17110"), L("11057", 1, "XS")], ["coding-correction"],
                  dx={"11057": ["L84"], "17110": ["B07.0"]}),
    "coder_note": "Six lesions pared -> 11057 (more than 4), not 11055. 17110/11057 is indicator 1 with 17110 as "
                  "column 1; the wart is a different lesion from the calluses -> XS on 11057.",
})

# =============================================================================================================
# Skin tags
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-tags-twenty-two-neck-armpits-irritated",
    "family": "skin-tags", "shape": "note-only",
    "description": "22 irritated/bleeding skin tags snipped from neck and armpits -> 11200 + 11201 x1",
    "date": "2025-07-15",
    "patient": ("Pennywhistle", "Rhonda", "1974-04-04", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, neck and axillae, irritated and bleeding", "L91.8", "Neck and both axillae",
          reason=True),
    ],
    "note": HDR + """Skin tag removal
Provider: June Abernathy, FNP-C
Rhonda has lots of skin tags on her neck and in both armpits. They catch on her necklace, collar and bra
straps, get red and swollen, and several bled this month (blood spots on her shirts).
Counted and removed today with sterile curved scissors after numbing cream and a little lidocaine:
  neck: 14 tags
  right armpit: 5 tags
  left armpit: 3 tags
  total removed: 22
Bleeding stopped with aluminum chloride. Not sent to the lab (typical skin tags).
There are a few tiny ones on the eyelids she asked about - NOT treated today; we will watch them.
Vaseline to the spots for a week. New tags can form over time.
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 covers the first 15 tags; 11201 per additional 10 -> ceil((22-15)/10) = 1. Symptomatic "
                  "(bleeding, irritation), so not cosmetic. Eyelid tags not treated.",
})

SCENARIOS.append({
    "id": "s86-tags-medicare-looks-only-voluntary-abn",
    "family": "skin-tags", "shape": "free-text",
    "description": "Six asymptomatic neck skin tags removed for appearance, Medicare FFS, voluntary ABN -> 11200-GX-GY",
    "date": "2025-09-16",
    "patient": ("Fitzhugh", "Loretta", "1952-10-22", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Acrochordons, neck, asymptomatic, removal for appearance", "L91.8", "Neck", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Removal of skin tags", site="Anterior and left lateral neck",
          note="Six acrochordons snipped with scissors; aluminum chloride. Not irritated, no bleeding or "
               "inflammation; removal at patient request for appearance.", reasons=["c1"]),
    ],
    "note": HDR + """Provider: Astrid Lindgren, DNP
Loretta would like the little skin tags on her neck taken off before her granddaughter's wedding. They do not
itch, bleed, hurt or catch on anything - she just does not like how they look in photos.
I explained that Medicare does not cover removing skin tags for looks. She read and signed our voluntary
notice (ABN) and chose to have them removed and pay herself.
Removed six tags from the front and left side of the neck with small scissors.
Aluminum chloride for bleeding.
No lab (typical skin tags).
Vaseline for a few days.
New tags can form over time; they are harmless.
""",
    "expected": E([L("11200", 1, "GX", "GY")], ["cosmetic"]),
    "coder_note": "COS-2/COS-4: asymptomatic tags removed for appearance are statutorily excluded (cosmetic) -> "
                  "Medicare FFS GY, plus GX because a voluntary ABN was signed.",
})

# =============================================================================================================
# Cosmetic
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-cos-froze-sks-for-looks-plus-temple-ak",
    "family": "cosmetic", "shape": "note-only",
    "description": "Commercial: 5 asymptomatic back SKs frozen for looks (self-pay, off the claim) + 1 temple AK (17000)",
    "date": "2025-04-29",
    "patient": ("Ebersole", "Clifford", "1961-12-19", "male"),
    "provider": "pike", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratosis, left temple", "L57.0", "Left temple", reason=True),
        C("c2", "Seborrheic keratoses, back, asymptomatic", "L82.1", "Upper back"),
    ],
    "note": HDR + """Provider: Jordan Pike, APRN
Clifford has a rough spot on his left temple that keeps coming back - a sunspot (actinic keratosis).
Froze it with liquid nitrogen, 2 cycles. One spot.

He also asked us to "burn off" five brown stuck-on spots (seborrheic keratoses) on his upper back because his
wife does not like how they look at the pool. They do not itch, bleed, hurt or get irritated and have not
changed. These are harmless and removing them is cosmetic - he agreed to our self-pay cosmetic price and
signed the cosmetic consent. Froze all five with liquid nitrogen.

The frozen spots will blister and peel in 1-2 weeks. Sunscreen and a hat for the temple.
""",
    "expected": E([L("17000")], ["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "Conventions 'Non-Medicare cosmetic services': the SK destruction (17110) is cosmetic for a "
                  "commercial payer -> removed from the claim, patient billed directly. The AK -> 17000; with 17110 "
                  "gone there is no pair left, so no XS.",
})

SCENARIOS.append({
    "id": "s86-cos-precoded-facial-peel-medicare-gx-gy",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Light facial chemical peel for sun-damage appearance, Medicare FFS, voluntary ABN -> 15788-GX-GY",
    "date": "2025-11-11",
    "patient": ("Abbington", "Claudette", "1957-03-03", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Solar lentigines and photoaging, face - cosmetic", "L81.4", "Face", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Chemical peel, facial; epidermal", "15788", "Full face",
          "Glycolic acid 30% then Jessner, 2 coats; neutralized.", ["c1"]),
    ],
    "note": HDR + """Provider: June Abernathy, FNP-C
Claudette wants her face to look fresher - blotchy brown sunspots (flat age spots, lentigines) and fine lines.
No rough or scaly precancer spots (no actinic keratoses) on exam today. She has no medical reason for the peel;
it is for appearance.
I told her Medicare will not pay for a cosmetic peel. She signed the voluntary ABN and will pay today.
Light (epidermal) chemical peel to the full face: cleansed, glycolic 30% then Jessner's solution, 2 coats,
neutralized at 3 minutes, cool compresses.
Expect peeling for 5-7 days. Gentle cleanser, moisturizer, no retinol for a week, SPF 50 daily.
""",
    "expected": E([L("15788", 1, "GX", "GY")], ["cosmetic"]),
    "coder_note": "COS-2/COS-4: cosmetic peel (no AKs, appearance only) is statutorily excluded -> Medicare FFS "
                  "GY + GX (voluntary ABN documented).",
})

# =============================================================================================================
# E/M
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-em-whole-body-check-no-history-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS screening-only full skin check: no history, no complaint, nothing found -> 99213-GY",
    "date": "2025-05-27",
    "patient": ("Lundquist", "Harold", "1958-07-07", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note": HDR + """Skin check
Provider: Rafael Santos, PA-C
Harold is here because his wife wants him to have a "full skin check." He has no spots he is worried about,
nothing new, itchy, bleeding or changing. He has never had skin cancer, never had a biopsy, and no family
history of melanoma.
Exam: full body skin exam including scalp, nails, feet, genital area with his OK. No suspicious moles or
spots anywhere. Normal skin for his age.
Assessment: routine skin cancer screening, normal exam.
Plan: sunscreen SPF 30+, hat and long sleeves for field work; check your own skin monthly; come back for any
new or changing spot. No routine follow-up needed.
""",
    "expected": E([L("99213", 1, "GY")], dx={"99213": ["Z12.83"]}),
    "coder_note": "DX-5 + README decision: Medicare has no skin-cancer screening benefit; screening-only exam with "
                  "no history, complaint or finding -> E/M with GY.",
})

SCENARIOS.append({
    "id": "s86-em-methotrexate-psoriasis-g2211",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS psoriasis on methotrexate, labs reviewed, ongoing focal-point care -> 99214 + G2211",
    "date": "2025-08-19",
    "patient": ("Brightwater", "Evangeline", "1960-01-31", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, on methotrexate", "L40.0", "Trunk and extremities", reason=True),
        C("c2", "Long term (current) use of methotrexate", "Z79.631"),
    ],
    "note": HDR + """Psoriasis follow-up
Provider: Astrid Lindgren, DNP - I have managed Evangeline's psoriasis for six years and I am the ongoing
point of care for it (her methotrexate, her labs, her flares).

How it's going: psoriasis is under good control on methotrexate 15 mg once a week with folic acid daily.
Two small patches on the elbows. No mouth sores, no cough or shortness of breath, no nausea. Drinks alcohol
rarely.
Labs drawn last week, reviewed with her today: blood counts normal (WBC 6.1, platelets 242), liver tests
normal (ALT 22, AST 19), kidney function normal (creatinine 0.8).
Exam: 2 small pink scaly plaques on the elbows, about 1% of body surface. Nails clear.
Plan:
- Continue methotrexate 15 mg weekly + folic acid 1 mg daily (prescriptions renewed, 90 days).
- Labs (CBC, liver and kidney panel) again in 3 months - order placed.
- Triamcinolone 0.1% ointment for the elbow patches as needed.
- Flu shot at her clinic in October; no live vaccines while on methotrexate.
Return in 3 months.
No procedures today.
""",
    "expected": E([L("99214"), L("G2211")], dx={"99214": ["L40.0"]}),
    "coder_note": "EM-4: methotrexate with lab monitoring for toxicity = high risk; provider's 99214 kept. EM-6: "
                  "Medicare FFS longitudinal care of a single serious/complex condition with the provider as the "
                  "continuing focal point, no procedure and no modifier 25 -> G2211.",
})

SCENARIOS.append({
    "id": "s86-em-wart-recheck-freeze-99212-removed",
    "family": "em", "shape": "free-text",
    "description": "Established wart recheck, wart frozen again; 99212 selected for the same wart only -> 17110 only",
    "date": "2025-10-28",
    "patient": ("Greenleaf", "Marcus", "1995-08-25", "male"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Common wart, left index finger, painful", "B07.8", "Left index finger, radial side",
          reason=True),
    ],
    "procedures": [
        P("Cryotherapy of wart", site="Left index finger",
          note="One verruca 5 mm, tender with writing; pared and LN2 x2 freeze-thaw cycles. 3rd treatment.",
          reasons=["c1"]),
    ],
    "note": HDR + """Provider: Jordan Pike, APRN
Marcus is back for his third freezing of the wart on the side of his left index finger. It is smaller than
last time (5 mm now) but still sore when he holds a pen. Nothing else bothering him today.
Exam: 5 mm rough wart on the thumb side of the left index finger; no new warts elsewhere.
Pared the top off and froze it with liquid nitrogen, 2 cycles.
Expect a blister in a day or two.
Come back in 3-4 weeks if it is still there.
Duct tape at home between visits: cover it, change every 3 days, file it down.
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "GS-3: the visit was only the pre-procedure look at the wart being treated; no separately "
                  "identifiable problem -> the 99212 line is removed. One wart -> 17110.",
})

SCENARIOS.append({
    "id": "s86-em-pemphigoid-long-visit-g2212",
    "family": "em", "shape": "note-only",
    "description": "Bullous pemphigoid treatment start, 74 min total time, bridging visit -> 99215 + G2212 x1",
    "date": "2025-12-09",
    "patient": ("Underhill", "Beatrice", "1941-02-14", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 74, "em": "99215",
    "conditions": [
        C("c1", "Bullous pemphigoid", "L12.0", "Trunk and extremities", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42"),
    ],
    "prior": [PRIOR("2025-12-02", "11104", "Punch biopsy of skin", "Right thigh",
                    "Punch biopsies for H&E and direct immunofluorescence.")],
    "path": [{"text": "Skin, right thigh, punch: subepidermal blister with eosinophils. DIF: linear IgG and C3 "
                      "along the basement membrane zone. Consistent with bullous pemphigoid.",
              "site": "Right thigh", "date": "2025-12-05",
              "encounter": "enc-s86-em-pemphigoid-long-visit-g2212-prior-1"}],
    "note": HDR + """Established patient - biopsy results and treatment start
Provider: June Abernathy, FNP-C

Beatrice (84) had punch biopsies here one week ago for itchy blisters. Results are back: bullous pemphigoid,
an autoimmune blistering disease. She is in a lot of itch; new blisters daily on arms, legs and belly.

Exam: tense blisters on both thighs, forearms and belly, many eroded; about 30% of skin involved. No mouth
sores. Feet ok.

Assessment: bullous pemphigoid, widespread and active - a serious problem. She has type 2 diabetes and lives
alone on a farm 40 miles out.
Plan:
- Clobetasol 0.05% cream to the whole body except the face twice a day (large tub sent).
- Doxycycline 100 mg twice daily. Prednisone 30 mg daily for 2 weeks then taper; reviewed sugar checks twice
  daily with her and her daughter because steroids raise blood sugar.
- Called her PCP's office about adjusting her diabetes medicine while on prednisone - spoke with the nurse.
- Wound care for open blisters: sterile needle to drain big blisters, leave the roof on, Vaseline, non-stick
  pads. Daughter shown how.
- Referred to the university dermatology bullous disease clinic, who will take over her long-term care;
  today is a one-time bridging visit until her first appointment there in 3 weeks.
Time: 74 minutes on the date of service (exam, reviewing the pathology and DIF, counseling her and her daughter,
teaching wound care, calling the PCP, documenting). No procedures today.
""",
    "expected": E([L("99215"), L("G2212")], dx={"99215": ["L12.0"]}),
    "coder_note": "EM-3/EM-5: 99215 kept; Medicare uses G2212 (not 99417), first unit at 69 minutes for 99215 -> "
                  "74 min = 1 unit. No G2211: care is being transferred (one-time bridging visit). The 12/02 punch "
                  "biopsy has a 000 global - no global-period modifier.",
})

# =============================================================================================================
# Patch testing
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-patch-hairdresser-eighty-allergens",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test application, 80-allergen series placed (hair-dye series deferred) -> 95044 x80",
    "date": "2025-03-24",
    "patient": ("Sorensen", "Kayleigh", "1984-05-12", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Hand dermatitis, suspected allergic contact dermatitis", "L25.9", "Both hands", reason=True),
    ],
    "note": HDR + """Patch testing - day 1 (placing the patches)
Provider: Rafael Santos, PA-C
Kayleigh is a hairdresser with itchy, cracked, red hands for 8 months, worse at work. We are patch testing to
look for an allergy (allergic contact dermatitis).
Placed today on the upper back: the 80-allergen comprehensive series - 80 separate allergen chambers
(8 panels of 10). The hairdressing series (dyes, perm chemicals) has NOT arrived from the supplier, so it
was not placed; we will add it at a later visit if needed.
Instructions: keep the back dry, no heavy sweating, no sun on the back. Allergy pills (antihistamines) are
fine; no steroid pills. Come back Wednesday for the first reading and Friday for the second.
""",
    "expected": E([L("95044", 80)]),
    "coder_note": "95044 is per allergen (test) -> 80 units (MUE 90). The deferred hair-dye series is not coded; "
                  "the reading visits are included.",
})

SCENARIOS.append({
    "id": "s86-patch-precoded-one-unit-plus-rosacea-em25",
    "family": "patch-test", "shape": "pre-coded",
    "description": "36 patches placed but pre-coded 95044 x1 -> x36; separate rosacea flare with new Rx -> 99214-25",
    "date": "2025-02-25",
    "patient": ("Aldridge", "Winston", "1954-06-18", "male"),
    "provider": "abernathy", "payer": "medicare-ngs", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Eyelid and neck dermatitis, suspected allergic contact dermatitis", "L25.9",
          "Eyelids and neck", reason=True),
        C("c2", "Rosacea, papulopustular flare", "L71.9", "Cheeks and nose", reason=True),
    ],
    "procedures": [
        P("Patch test application", "95044", "Upper back",
          "Standard series 35 allergens + patient's own aftershave (1) applied.", ["c1"]),
    ],
    "note": HDR + """Provider: June Abernathy, FNP-C
Two things today.

1) Itchy red rash on the eyelids and the sides of the neck for 4 months. Could be an allergy to something he
puts on his skin. Patch testing started today (placing the patches): the 35-allergen standard series plus
a sample of his own aftershave = 36 allergens, applied to the upper back. Readings Thursday and Saturday
(the Saturday reading at the clinic's satellite hours).

2) Rosacea on the cheeks and nose - much worse the last 6 weeks with lots of red bumps and pus bumps, burning
after his morning coffee. Metronidazole gel alone isn't working. Starting doxycycline 40 mg daily
(prescription sent) and ivermectin 1% cream at night; keep the metronidazole for now. Reviewed sun and
triggers. Recheck rosacea in 8 weeks.

Exam: eyelids with fine scale and pinkness; neck with patchy eczema. Cheeks and nose with many red papules
and pustules on background redness.
""",
    "expected": E([L("99214", 1, "25"), L("95044", 36)], ["coding-correction"], dx={"99214": ["L71.9"]}),
    "coder_note": "95044 units = number of allergens (35 + 1 = 36), not one per session. 95044/99214 indicator 1; "
                  "the rosacea flare with new prescription drug management is separate from the patch test "
                  "work -> 99214-25.",
})

# =============================================================================================================
# Phototherapy
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-photo-excimer-four-plaques-total-area",
    "family": "phototherapy", "shape": "free-text",
    "description": "Excimer laser to four plaques, 320 sq cm in total -> one 96921 (not 96920 per site)",
    "date": "2025-04-15",
    "patient": ("Nakagawa", "Derrick", "1980-10-02", "male"),
    "provider": "pike", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Plaque psoriasis, localized, elbows and knees", "L40.0", "Elbows and knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment", site="Right elbow", note="90 sq cm plaque, 400 mJ/cm2.", reasons=["c1"]),
        P("Excimer laser treatment", site="Left elbow", note="90 sq cm plaque, 400 mJ/cm2.", reasons=["c1"]),
        P("Excimer laser treatment", site="Right knee", note="70 sq cm plaque, 450 mJ/cm2.", reasons=["c1"]),
        P("Excimer laser treatment", site="Left knee", note="70 sq cm plaque, 450 mJ/cm2.", reasons=["c1"]),
    ],
    "note": HDR + """Excimer laser - treatment 6 of 12
Provider: Jordan Pike, APRN
Derrick's psoriasis is only on his elbows and knees (about 3% of skin). He used strong steroid ointment for
6 months with little change, so we started the excimer (targeted light) laser in March.
Today: all four patches treated in one session. Measured areas: right elbow 90, left elbow 90, right knee 70,
left knee 70 square cm = 320 square cm total. Doses as per the protocol sheet. Mild pinkness after.
The patches are thinner and less red than at the start.
Next session Thursday. Keep using the calcipotriene on days between.
""",
    "expected": E([L("96921")], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer codes go by the total area treated in the session: 320 sq cm (250-500) -> 96921 once "
                  "(one code per session, MUE 1).",
})

SCENARIOS.append({
    "id": "s86-photo-puva-first-line-abn-ga",
    "family": "phototherapy", "shape": "free-text",
    "description": "Medicare FFS PUVA without failure of conventional treatment, ABN signed -> 96912-GA",
    "date": "2025-06-03",
    "patient": ("Whitcomb", "Hazel", "1951-12-08", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Psoriasis vulgaris, moderate", "L40.0", "Trunk, arms, legs", reason=True),
    ],
    "procedures": [
        P("PUVA photochemotherapy", site="Whole body (stand-up cabinet)",
          note="Oral methoxsalen taken 2 h before; UVA 1.0 J/cm2, treatment #1. Goggles; face and genitals "
               "shielded.", reasons=["c1"]),
    ],
    "note": HDR + """Provider: Astrid Lindgren, DNP
Hazel has psoriasis on about 12% of her skin (trunk, arms, legs). So far she has only used drugstore
hydrocortisone. She has NOT tried prescription steroid creams, narrowband UVB light or other standard
treatments. She asked specifically for PUVA (light treatment with a pill) because it worked for her brother.
I explained that Medicare covers PUVA only when psoriasis is severe and disabling and standard treatments
have failed, which is not the case yet, so Medicare will likely deny it as not medically necessary. I offered
narrowband UVB and clobetasol first. She still chose PUVA and signed the ABN (Advance Beneficiary Notice)
before treatment today, agreeing to pay if Medicare denies.
Treatment #1 given. Wear the UV-blocking wraparound glasses for 24 hours. Plan 2-3 times a week.
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 (NCD 250.1): PUVA is covered only after failure of conventional treatment -> not "
                  "reasonable and necessary here; Medicare FFS with an ABN signed before the service -> GA "
                  "(COS-4; README GA/GZ decision).",
})

# =============================================================================================================
# Post-op / global period
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-po-stitches-out-day-nine-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 9 days after a benign excision (010 global); 99212 selected -> 99024",
    "date": "2025-09-25",
    "patient": ("Rasmussen", "Gordon", "1949-08-16", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
    ],
    "prior": [PRIOR("2025-09-16", "11402", "Excision benign lesion, back", "Left upper back",
                    "Atypical nevus excised, 1.4 cm; simple closure. Path: dysplastic nevus, mild atypia.")],
    "note": HDR + """Stitch removal
Provider: Rafael Santos, PA-C
Gordon is here 9 days after we cut out the atypical mole on his left upper back. No pain, no drainage.
The lab result (mild atypical mole, fully removed) was already shared with him by phone.
Incision: healed, no redness or gaps, no drainage.
All 6 stitches removed. Steri-strips placed.
Nothing else today - no new concerns.
Silicone gel on the scar for 2 months if he likes.
Avoid heavy lifting for one more week so the scar doesn't stretch.
Skin check in 1 year.
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-1/GS-5: routine post-op visit inside the 010 global of 11402 -> 99024, no E/M (conventions).",
})

SCENARIOS.append({
    "id": "s86-po-poison-ivy-inside-excision-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "Poison ivy treated 6 days after a BCC excision (010 global), unrelated -> 99213-24",
    "date": "2025-07-10",
    "patient": ("Blackwood", "Emmett", "1962-04-30", "male"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to poison ivy", "L23.7", "Both forearms and neck",
          reason=True),
        C("c2", "Basal cell carcinoma, right upper back, excised 07/04", "C44.519", "Right upper back"),
    ],
    "prior": [PRIOR("2025-07-04", "11602", "Excision malignant lesion, trunk", "Right upper back",
                    "BCC 1.0 cm + 4 mm margins, layered closure.")],
    "note": HDR + """Provider: June Abernathy, FNP-C
Emmett had the skin cancer cut out of his right upper back 6 days ago. He is NOT here about that - his back
feels fine and we are not looking at it today (stitches out next week as planned).
New problem: cleared brush along the fence line on Saturday and now has a very itchy blistering rash in
streaks on both forearms and the side of the neck. Not sleeping from the itch.
Exam: linear red streaks with small blisters on both forearms and the left neck. No face or eye swelling.
Assessment: poison ivy (allergic contact dermatitis), widespread and severe itch.
Plan: prednisone taper over 15 days (prescription sent) - reviewed side effects; triamcinolone 0.1% cream;
cool compresses; wash clothes, gloves and dog. Call if not better in 5 days.
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["L23.7"]}),
    "coder_note": "GS-5: an E/M for a problem unrelated to the surgery inside the 010 global of 11602 -> 24.",
})

SCENARIOS.append({
    "id": "s86-po-precoded-new-mole-bx-inside-ak-global-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "New bleeding back mole shave-biopsied 5 days after AK destruction (010 global) -> 11102-79",
    "date": "2025-03-20",
    "patient": ("Quintero", "Adela", "1963-09-02", "female"),
    "provider": "pike", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, left mid back", "D49.2", "Left mid back",
          reason=True),
    ],
    "prior": [
        PRIOR("2025-03-15", "17000", "Destruction premalignant lesion, first", "Face",
              "Cryotherapy to actinic keratoses."),
        PRIOR("2025-03-15", "17003", "Destruction premalignant lesions 2-14", "Face",
              "Cryotherapy, 3 additional AKs."),
    ],
    "procedures": [
        P("Tangential biopsy of skin, single lesion", "11102", "Left mid back",
          "New 6 mm dark papule that bled twice; shave (tangential) biopsy for diagnosis.", ["c1"]),
    ],
    "note": HDR + """Provider: Jordan Pike, APRN
Adela had four sunspots on her face frozen here on 03/15; those are healing as expected (scabs only).
She came back today for something NEW: a dark bump on her left mid back that her daughter noticed, which has
bled twice on her shirt. 6 mm, dark brown-black, raised.
We took a sample (shave biopsy - a thin slice) to send to the lab and find out what it is.
Lidocaine with epi, DermaBlade, aluminum chloride.
Bandage and Vaseline daily until healed.
Results in about a week - we will call you.
No other spots treated today.
""",
    "expected": E([L("11102", 1, "79")], ["global-period"]),
    "coder_note": "GS-5: a procedure for a new, unrelated lesion inside the 010 global of the 03/15 destruction "
                  "(17000) -> 79.",
})

# =============================================================================================================
# Mixed
# =============================================================================================================

SCENARIOS.append({
    "id": "s86-mix-shoulder-bx-and-six-face-aks",
    "family": "mixed", "shape": "free-text",
    "description": "Shave bx of right shoulder papule + 6 AKs frozen elsewhere -> 11102, 17000-XS, 17003 x5",
    "date": "2025-01-14",
    "patient": ("Ingersoll", "Wendell", "1947-11-11", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, right shoulder", "D49.2", "Right posterior shoulder",
          reason=True),
        C("c2", "Actinic keratoses, face and scalp", "L57.0", "Forehead, cheeks, scalp", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Right posterior shoulder",
          note="7 mm pearly pink papule with a rolled edge; tangential biopsy, Drysol.", reasons=["c1"]),
        P("Cryotherapy of actinic keratoses", site="Forehead (2), right cheek (1), left cheek (1), scalp (2)",
          note="Six AKs, LN2 2 cycles each.", reasons=["c2"]),
    ],
    "note": HDR + """Provider: Rafael Santos, PA-C
Wendell came in for his sunspots and also pointed out a shiny bump on the back of his right shoulder that
his wife noticed last month.
1) Right shoulder: 7 mm pearly pink bump with a rolled edge - could be a basal cell skin cancer. Took a
   shave biopsy (thin slice) for the lab.
2) Sunspots (actinic keratoses): froze six with liquid nitrogen - forehead two, right cheek one, left cheek
   one, scalp two.
We'll call with the biopsy result; if it is a skin cancer we'll plan treatment then.
""",
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 5)], dx={"17000": ["L57.0"]}),
    "coder_note": "BX-5: biopsy of a separate lesion is reported with the destruction. 11102/17000 is indicator 1 "
                  "with the biopsy as column 1 -> XS on 17000. There is no 11102/17003 edit, so 17003 x5 takes no "
                  "modifier (conventions: XS only on the column-2 code of an indicator-1 pair).",
})

SCENARIOS.append({
    "id": "s86-mix-edc-bcc-forearm-plus-cosmetic-sks-gy",
    "family": "mixed", "shape": "free-text",
    "description": "ED&C of biopsy-proven sBCC right forearm (defect 1.4 cm, 17262) + cosmetic SK freezing, voluntary ABN",
    "date": "2025-11-25",
    "patient": ("Harlowe", "Mabel", "1953-02-20", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right forearm", "C44.612", "Right dorsal forearm", reason=True),
        C("c2", "Seborrheic keratoses, back, asymptomatic", "L82.1", "Upper back"),
        C("c3", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "prior": [PRIOR("2025-11-06", "11102", "Tangential biopsy of skin", "Right dorsal forearm",
                    "Path: superficial BCC.")],
    "procedures": [
        P("Electrodesiccation and curettage, malignant lesion", site="Right dorsal forearm",
          note="Biopsy-proven superficial BCC 0.9 cm; curetted and desiccated x3 cycles. Final defect 1.4 cm.",
          reasons=["c1"]),
        P("Cryotherapy of benign lesions", site="Upper back",
          note="Three SKs frozen at patient request for appearance; asymptomatic. Voluntary ABN signed.",
          reasons=["c2"]),
    ],
    "note": HDR + """Provider: Astrid Lindgren, DNP
1) Skin cancer on the right forearm: the biopsy on 11/06 showed a superficial basal cell carcinoma. Treated
   today by scraping and burning (curettage and electrodesiccation), three rounds. The spot was 0.9 cm; the
   final wound after scraping is 1.4 cm across. Heals on its own in 3-4 weeks. Vaseline daily.
2) Mabel asked us to freeze three brown stuck-on spots (seborrheic keratoses) on her upper back while she was
   here. They do not itch, bleed or hurt - she just dislikes them. I explained Medicare does not pay for
   cosmetic removal; she signed the voluntary ABN and chose to go ahead. Froze all three.
Skin check in 6 months.
""",
    "expected": E([L("17262"), L("17110", 1, "XS", "GX", "GY")], ["cosmetic"], dx={"17262": ["C44.612"]}),
    "coder_note": "DS-4: malignant destruction by final defect, arm 1.4 cm -> 17262. Cosmetic SKs on Medicare FFS "
                  "with a voluntary ABN -> 17110-GX-GY; 17262/17110 is indicator 1 and the SKs are different "
                  "lesions -> XS too. The 11/06 biopsy is a 000 global.",
})

SCENARIOS.append({
    "id": "s86-mix-precoded-back-excision-neck-shave-xs-on-repair",
    "family": "mixed", "shape": "pre-coded",
    "description": "Back nevus excision 1.4 cm + layered 4.0 cm + neck SK shave 0.8 cm; 11306/12032 pair -> XS on 12032",
    "date": "2025-08-06",
    "patient": ("Torvik", "Anders", "1976-05-25", "male"),
    "provider": "abernathy", "payer": "commercial", "minutes": 50,
    "conditions": [
        C("c1", "Dysplastic nevus, mild atypia, left upper back", "D22.5", "Left upper back", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right neck", "L82.0", "Right lateral neck", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk 1.1-2.0 cm", "11402", "Left upper back",
          "Changing nevus 0.8 cm, 3 mm margins.", ["c1"]),
        P("Intermediate repair trunk 2.6-7.5 cm", "12032", "Left upper back",
          "Layered closure of the excision wound, 4.0 cm.", ["c1"]),
        P("Shave removal neck 0.6-1.0 cm", "11306", "Right lateral neck",
          "Irritated SK 0.8 cm catching on collar and bleeding; shaved off.", ["c2"]),
    ],
    "path": [
        {"text": "A. Left upper back, excision: dysplastic compound nevus with mild atypia; margins clear.",
         "site": "Left upper back"},
        {"text": "B. Right neck, shave: inflamed seborrheic keratosis.", "site": "Right neck"},
    ],
    "note": HDR + """Provider: June Abernathy, FNP-C
1) Mole on the left upper back that changed shape over the winter. Measured 0.8 cm; 3 mm margin marked. Cut out
   as an ellipse and closed in layers (dissolvable stitches under the skin, nylon on top), 4.0 cm line.
2) Right side of the neck: a crusty stuck-on bump (0.8 cm) that catches on his work collar and bleeds.
   Shaved it off flat.
Numbing for both: lidocaine with epinephrine.
Both to the lab.
Back stitches out in 14 days; no heavy lifting or hunting-pack carrying until then.
Neck: Vaseline and a bandage until healed.
Lab: back = mildly atypical mole, fully out; neck = irritated seborrheic keratosis. No more treatment needed.
""",
    "expected": E([L("11402"), L("12032", 1, "XS"), L("11306")], dx={"11402": ["D22.5"]}),
    "coder_note": "EX-1: 0.8 + 2 x 0.3 = 1.4 cm trunk, benign path -> 11402; layered 4.0 cm trunk -> 12032; neck "
                  "shave 0.8 cm -> 11306. 11306/12032 is an indicator-1 pair with 12032 as column 2; the repair "
                  "is of the back wound, a different site from the neck shave -> XS on 12032.",
})

SCENARIOS.append({
    "id": "s86-mix-acne-em25-cyst-shots-and-arm-punch",
    "family": "mixed", "shape": "free-text",
    "description": "Acne flare with new Rx (99214-25) + steroid shots into 4 cysts (11900, J3301 x1) + arm punch bx",
    "date": "2025-10-14",
    "patient": ("Okonjo", "Simone", "2006-01-09", "female"),
    "provider": "pike", "payer": "medicaid", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic flare", "L70.0", "Cheeks, jawline", reason=True),
        C("c2", "Neoplasm of unspecified behavior of skin, left upper arm", "D49.2", "Left posterior upper arm",
          reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection", site="Cheeks and jawline",
          note="Four painful acne cysts, triamcinolone 2.5 mg/mL, 0.1 mL each = 0.4 mL (1 mg total).",
          reasons=["c1"]),
        P("Punch biopsy 4 mm", site="Left posterior upper arm",
          note="New 5 mm dark, asymmetric mole; 4 mm punch, one suture.", reasons=["c2"]),
    ],
    "note": HDR + """Provider: Jordan Pike, APRN
Simone (19) has had acne since high school; the last 2 months she has deep painful cysts on the cheeks and jaw
that leave dark marks. Adapalene alone is not enough.
Exam: many red bumps and 4 large tender cysts on the cheeks and jawline; early scarring.
Plan for the acne: start doxycycline 100 mg twice daily with food (sun sensitivity, take upright with water)
and benzoyl peroxide 5% wash; continue adapalene. Prescriptions sent. Talked about isotretinoin later if
this doesn't work - not starting it now.
Shot a small amount of steroid (triamcinolone 2.5 mg/mL) into each of the 4 painful cysts so they calm down
faster - 0.4 mL in total (1 mg).
Separate issue: a new dark mole on the back of her left upper arm, 5 mm, uneven color. Took a 4 mm punch
biopsy, one stitch. Stitch out in 10-14 days; results by portal.
Return in 8 weeks for the acne.
""",
    "expected": E([L("99214", 1, "25"), L("11900"), L("J3301"), L("11104")], dx={"99214": ["L70.0"]}),
    "coder_note": "Acne flare with new prescription drug management is separate from the two procedures -> "
                  "99214-25 (11900/99214 and 11104/99214 indicator 1). 11900 for 4 lesions; J3301 ceil(1/10) = 1. "
                  "No 11104/11900 edit; different lesions anyway.",
})

# =============================================================================================================
# A few notes arrive from the EHR as HTML (text/html DocumentReference).
# =============================================================================================================

_HTML_IDS = {"s86-mohs-precoded-nose-88305-extra-blocks", "s86-em-methotrexate-psoriasis-g2211",
             "s86-photo-excimer-four-plaques-total-area"}


def _as_html(text: str) -> str:
    from html import escape

    body = []
    for line in text.strip().splitlines():
        if not line.strip():
            continue
        body.append(f"<li>{escape(line.strip()[1:].strip(), quote=False)}</li>" if line.lstrip().startswith("- ")
                    else f"<p>{escape(line, quote=False)}</p>")
    return "<html><body><div class=\"note\">" + "\n".join(body) + "</div></body></html>"


for _s in SCENARIOS:
    if _s["id"] in _HTML_IDS:
        _s["note"] = _as_html(_s["note"])
        _s["html"] = True
