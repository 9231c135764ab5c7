"""Sealed set 76 (s76-): hybrid tele-dermatology practice.

Harborview Hybrid Dermatology runs video visits, store-and-forward photo review (patient portal uploads) and
in-person clinic days. Many notes carry a documented virtual portion and an in-person portion; procedure
decisions made on video are carried out in person. Only the in-person services of the date of service are
billed here (no telehealth-specific codes). Expected answers from the rule book (sections 2-7, 10),
docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HDR = "HARBORVIEW HYBRID DERMATOLOGY - video / photo review / clinic"

# =============================================================================================================
# Batch 1: biopsy, shave, excision
# =============================================================================================================

SCENARIOS.append({
    "id": "s76-bx-punch-plus-two-tangential-after-photo-review",
    "family": "biopsy", "shape": "note-only",
    "description": "Photo review 2 days earlier, in person: 1 punch + 2 tangential biopsies; photo-only calf mole watched",
    "date": "2025-11-04",
    "patient": ("Thorsby", "Glenda", "1949-05-21", "female"),
    "provider": "nakamura", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Dysplastic compound nevus, left upper back", "D22.5", "Left upper back", reason=True),
        C("c2", "Hypertrophic actinic keratosis, right dorsal forearm", "L57.0", "Right dorsal forearm", reason=True),
        C("c3", "Nodular basal cell carcinoma, left cheek", "C44.319", "Left cheek", reason=True),
    ],
    "note_title": "Clinic Procedure Note",
    "note": HDR + """
In-person procedure visit 11/04/2025 - Ren Nakamura, MD

Store-and-forward images reviewed 11/02 (4 portal photos, taken by husband):
  - dark spot L upper back, "bigger than last summer" per husband
  - rough spot R forearm
  - shiny bump L cheek
  - mole R calf
Told pt by portal message on 11/02 that the first three need to be sampled in person; calf mole looked
symmetric on photo, will confirm in clinic.

In person today. 76F, established. Aspirin 81. No lidocaine allergy.

Exam of the four photographed sites:
 1) L upper back: 7 mm irregularly pigmented macule, two-tone brown, notched border.
 2) R dorsal forearm: 6 mm hyperkeratotic tender papule on erythematous base.
 3) L cheek: 5 mm pearly papule with arborizing vessels.
 4) R calf: 4 mm uniform tan papule, symmetric; matches 2024 clinic photo. Not sampled.

Procedures (consent signed, site marked, 1% lido w/ epi):
 1) L upper back - PUNCH biopsy, 4 mm, to fat. One 4-0 nylon simple stitch. Jar A.
 2) R dorsal forearm - TANGENTIAL (shave) biopsy with DermaBlade, partial thickness. AlCl. Jar B.
 3) L cheek - TANGENTIAL biopsy, saucerization, partial thickness. AlCl. Jar C.
Petrolatum and bandages. Wound care sheet given.

Plan:
 - Path to portal; I will call with results.
 - If the cheek comes back as carcinoma we will discuss Mohs vs other options at that time (not today).
 - R calf mole: re-photograph at home in 3 months and upload; if worse send photos sooner.
 - Suture out in 10-14 days (nurse visit or pt's daughter can remove).
""",
    "path": [
        {"text": "A. Skin, left upper back, punch: compound dysplastic nevus with moderate architectural disorder "
                 "and cytologic atypia, extends to lateral margin.", "site": "Left upper back", "date": "2025-11-07"},
        {"text": "B. Skin, right dorsal forearm, shave: hypertrophic actinic keratosis.", "site": "Right dorsal forearm",
         "date": "2025-11-07"},
        {"text": "C. Skin, left cheek, shave: basal cell carcinoma, nodular type, extending to base.",
         "site": "Left cheek", "date": "2025-11-07"},
    ],
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["D22.5"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary, the two tangential biopsies take 11103 x2. The "
                  "calf mole was only photographed/examined, nothing done; the photo review on 11/02 is not billed.",
})

SCENARIOS.append({
    "id": "s76-bx-precoded-deleted-codes-two-punch-pemphigoid-em",
    "family": "biopsy", "shape": "pre-coded",
    "description": "New blistering eruption after a video visit; two punch biopsies of separate lesions pre-coded 11100/11101; E/M 99214 with Rx and labs",
    "date": "2025-10-14",
    "patient": ("Ferreira-Lund", "Tomas", "1961-08-30", "male"),
    "provider": "voss", "payer": "commercial", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Bullous pemphigoid", "L12.0", "Trunk and thighs", reason=True),
    ],
    "procedures": [
        P("Skin biopsy, single lesion", cpt="11100", site="Left anterior thigh",
          note="4 mm punch biopsy at the edge of an intact tense bulla, full thickness, formalin for H&E. "
               "One 4-0 nylon suture.", reasons=["c1"]),
        P("Skin biopsy, each additional lesion", cpt="11101", site="Right lower abdomen",
          note="Separate urticarial plaque. 4 mm punch of perilesional skin 1 cm from the plaque edge, Michel's "
               "medium for direct immunofluorescence. One 4-0 nylon suture.", reasons=["c1"]),
    ],
    "note_title": "Office Visit - Hybrid",
    "note": HDR + """
Henrietta Voss, MD | DOS 10/14/2025 | established pt

Virtual portion (video, 10/09, not billed with today's visit): 64M with 3 wk of itch then blisters on thighs.
Photos showed tense bullae on erythematous plaques. Started triamcinolone 0.1% oint, asked to come in.

In-person today:
HPI: Itch 8/10, worse at night, sleep poor. New blisters on thighs, abdomen, forearms since video visit.
No mucosal sores. No new meds except amlodipine started in July. Type 2 DM on metformin.
Exam: Multiple 0.5-2 cm tense bullae on urticarial plaques, both thighs, lower abdomen, flexor forearms.
Nikolsky neg. Oral mucosa and conjunctivae clear. ~15% BSA.

Assessment: New widespread bullous eruption, favor bullous pemphigoid; drug-induced (amlodipine) on the
differential. Undiagnosed new problem with uncertain prognosis.

Plan:
 - Two punch biopsies today (see procedure entries): H&E from the L thigh bulla edge, DIF from perilesional
   skin next to a separate R lower abdominal plaque.
 - Labs ordered: BP180 / BP230 ELISA, CBC with diff, CMP, A1c.
 - Rx: clobetasol 0.05% cream BID to body (not face/groin), 454 g. Stop triamcinolone.
 - Discussed doxycycline 100 mg BID as steroid-sparing option if biopsy confirms; discussed risk of
   systemic steroids with diabetes.
 - Message PCP re: amlodipine; do not stop until PCP weighs in.
 - If new blisters in the mouth or > 10 new blisters/day, send photos through the portal the same day.
 - RTC 2 weeks in person (video if travel is hard).
Total time today 45 min, biopsy time excluded.
""",
    "path": [
        {"text": "Skin, left anterior thigh, punch: subepidermal blister with eosinophils, consistent with bullous "
                 "pemphigoid. DIF (right lower abdomen): linear IgG and C3 along the basement membrane zone.",
         "site": "Left anterior thigh", "date": "2025-10-17"},
    ],
    "expected": E([L("99214", 1, "25"), L("11104"), L("11105")], ["invalid-code"], dx={"11104": ["L12.0"]}),
    "coder_note": "11100/11101 were deleted in 2019 (BX-1): two punch biopsies of separate lesions -> 11104 + 11105. "
                  "E/M has work beyond the biopsy decision (new undiagnosed problem, labs, Rx clobetasol) -> 99214-25.",
})

SCENARIOS.append({
    "id": "s76-bx-incisional-wedge-shin-plus-punch-medicaid",
    "family": "biopsy", "shape": "free-text",
    "description": "Tender shin nodules: incisional wedge biopsy right shin + 6 mm punch left shin; abdominal lesion from photos resolved",
    "date": "2025-12-02",
    "patient": ("Castillo", "Yesenia", "1988-02-12", "female"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Erythema nodosum", "L52", "Bilateral shins", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy, deep wedge", site="Right anterior shin",
          note="Tender 2.5 cm erythematous subcutaneous nodule. Fusiform wedge 2.0 x 0.6 cm cut with #15 blade "
               "through full-thickness dermis into subcutaneous fat to sample septa. Closed with 4-0 nylon x3 "
               "simple interrupted.", reasons=["c1"]),
        P("Punch biopsy 6 mm", site="Left anterior shin",
          note="Separate 1.8 cm nodule. 6 mm punch taken down to fat. 1 suture.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
Chidi Okonkwo, MD - 12/02/2025

Virtual portion: video visit 12/01 with pt and interpreter (Spanish). She uploaded photos on 11/27 of red
lumps on both shins and one on the L lower abdomen. Asked her to come in for biopsies.

In-person portion 12/02:
37F, 3 weeks of painful shin lumps, low-grade fevers, sore throat before onset. On OCP.
Exam: 4 tender, warm, ill-defined subcutaneous nodules on both anterior shins, largest 2.5 cm (R).
The abdominal lesion from the 11/27 photos has resolved - faint bruise-like patch only, not biopsied.

Procedures: see procedure list - incisional (wedge) biopsy R shin for deep septal sampling, and a separate
6 mm punch biopsy of a second nodule on the L shin. Consent, time-out, lido w/ epi.

Plan: path; ASO titer, throat culture, CXR ordered by PCP per our request. NSAIDs, leg elevation,
compression. If path suggests vasculitis we will add labs - not ordered today. If worse, send photos.
""",
    "path": [
        {"text": "Right shin, incisional: septal panniculitis without vasculitis, consistent with erythema nodosum. "
                 "Left shin, punch: same findings.", "site": "Bilateral shins", "date": "2025-12-05"},
    ],
    "expected": E([L("11106"), L("11105")], dx={"11106": ["L52"]}),
    "coder_note": "BX-2: incisional outranks punch -> 11106 primary, the separate punch takes its own add-on 11105 "
                  "(AOC allows 11105 with 11106). The photographed abdominal lesion was not biopsied.",
})

SCENARIOS.append({
    "id": "s76-bx-eight-tangential-transplant-mue-cap",
    "family": "biopsy", "shape": "note-only",
    "description": "Kidney-transplant patient, photo triage then eight tangential biopsies; 11103 capped at MUE 6",
    "date": "2026-01-13",
    "patient": ("Whitcombe", "Ronald", "1952-09-03", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 60,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, multiple sites", "D49.2", reason=True),
        C("c2", "Kidney transplant status", "Z94.0"),
    ],
    "note_title": "Transplant Skin Clinic - Procedure Note",
    "note": HDR + """
Transplant skin clinic (in person) - Astrid Lindgren, MD - 01/13/2026

Store-and-forward: transplant coordinator uploaded 11 photos on 01/06; I triaged on 01/07 and booked
today's biopsy slot. Pt is 73M, deceased-donor kidney transplant 2014, on tacrolimus + mycophenolate.
History of 6 prior SCCs.

In person today: full exam of the photographed areas plus scalp, face, hands, forearms.
Eight lesions need tissue. All sampled by TANGENTIAL (shave) biopsy with a flexible blade,
partial-thickness, hemostasis with AlCl; each in its own labeled jar:
  #1 R forehead, 8 mm scaly pink papule
  #2 L temple, 6 mm crusted papule
  #3 R dorsal hand, proximal, 9 mm hyperkeratotic nodule
  #4 R dorsal hand, distal (separate lesion, 2 cm away), 5 mm keratotic papule
  #5 L dorsal hand, 7 mm eroded plaque
  #6 R extensor forearm, 10 mm scaly plaque
  #7 L extensor forearm, 6 mm papule
  #8 scalp vertex, 12 mm crusted plaque
Three other lesions on the photos were typical AKs - cryotherapy deferred until path is back (not done today).

Plan: results in 5-7 days, then a video visit to plan treatment (Mohs vs excision vs ED&C).
Nurse to re-educate on photoprotection. If any site bleeds heavily or grows fast, send photos.
""",
    "expected": E([L("11102"), L("11103", 6)], ["mue"]),
    "coder_note": "8 tangential biopsies -> 11102 + 11103 x7, but 11103 MUE is 6 (MAI 3): capped at 6 with an mue "
                  "finding (README). Cryotherapy was deferred, not done.",
})

SCENARIOS.append({
    "id": "s76-shave-neck-nevus-and-forearm-papule-uhc",
    "family": "shave", "shape": "free-text",
    "description": "Two symptomatic lesions from portal photos removed by shave in person: neck 0.7 cm, forearm 0.4 cm",
    "date": "2025-10-21",
    "patient": ("Okoro", "Bianca", "1990-04-17", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Intradermal nevus, right lateral neck, bleeding from trauma", "D22.4", "Right lateral neck",
          reason=True),
        C("c2", "Irritated seborrheic keratosis, left volar forearm", "L82.0", "Left volar forearm", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right lateral neck",
          note="Raised soft papule 7 mm diameter, catches on necklace chain and has bled twice. Removed flush with "
               "the skin by shave, base lightly cauterized. Specimen to path.", reasons=["c1"]),
        P("Shave removal", site="Left volar forearm",
          note="4 mm red scaly papule rubbed by watch strap, itchy and inflamed. Shave removal, AlCl hemostasis. "
               "Specimen to path.", reasons=["c2"]),
    ],
    "note_title": "Hybrid Visit - Procedure",
    "note": HDR + """
June Abernathy, MD. 10/21/2025.

Photo review 10/15: pt sent 3 pictures - neck mole (bleeding after necklace snag), forearm bump, and a flat
brown spot on her back. Back spot = solar lentigo on photo; reassured by portal reply, nothing planned.

In clinic today for removal of the neck and forearm lesions as planned on 10/15.
35F. No anticoagulants. Exam confirms: R lateral neck 7 mm pedunculated-to-domed flesh-colored papule with
hemorrhagic crust; L volar forearm 4 mm erythematous scaly papule.
Both removed by shave (details in procedure entries). Path sent.
Back lentigo looked at in person as well - unchanged, no treatment.
Aftercare: petrolatum daily, may shower tomorrow. If the sites look infected, upload photos.
""",
    "path": [
        {"text": "Right lateral neck, shave: intradermal melanocytic nevus, traumatized.", "site": "Right lateral neck",
         "date": "2025-10-24"},
        {"text": "Left volar forearm, shave: irritated seborrheic keratosis.", "site": "Left volar forearm",
         "date": "2025-10-24"},
    ],
    "expected": E([L("11306"), L("11300")], dx={"11306": ["D22.4"]}),
    "coder_note": "SH-1: neck = SNHFG, 0.7 cm -> 11306; forearm = TAL, 0.4 cm -> 11300. Both symptomatic (bleeding, "
                  "irritation), commercial payer. Lentigo only looked at.",
})

SCENARIOS.append({
    "id": "s76-shave-nose-sized-scalp-unmeasured",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of a 0.5 cm bleeding nasal papule and of a scalp papule with no size recorded",
    "date": "2025-11-18",
    "patient": ("Duquette", "Armand", "1944-12-09", "male"),
    "provider": "nakamura", "payer": "medicare-noname", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, nasal dorsum", "L82.0", "Nasal dorsum", reason=True),
        C("c2", "Inflamed seborrheic keratosis, scalp", "L82.0", "Left parietal scalp", reason=True),
    ],
    "note_title": "Procedure note",
    "note": HDR + """
DOS 11/18/2025, in-person. Ren Nakamura MD.
Follow-up to e-visit 11/10: daughter sent photos of a bump on his nose that "grew in a month" and bleeds
when he puts on glasses, and a scalp bump that bleeds when combing.

80M, hx of BCC R ear 2019 (treated). Warfarin for AF - INR 2.4 yesterday, OK to proceed.
Exam:
 - Nasal dorsum: 0.5 cm friable crusted papule, rapidly enlarging per family; BCC vs irritated SK vs SCC.
 - L parietal scalp: friable crusted papule with fresh blood, catches on comb. Did not measure.

Procedure: shave removal of both lesions (therapeutic removal, whole lesion taken), 1% lido w/ epi,
DermaBlade, Drysol + light electrocautery. Separate jars.

Plan: path; call daughter. Glasses pads to avoid friction. If either site keeps bleeding > 20 min with
pressure, call. No other lesions treated today.
""",
    "path": [
        {"text": "Nasal dorsum, shave: inflamed seborrheic keratosis. No malignancy.", "site": "Nasal dorsum",
         "date": "2025-11-21"},
        {"text": "Left parietal scalp, shave: irritated seborrheic keratosis.", "site": "Left parietal scalp",
         "date": "2025-11-21"},
    ],
    "expected": E([L("11310")], ["missing-documentation"], dx={"11310": ["L82.0"]}),
    "coder_note": "Nose (FEENLM) 0.5 cm -> 11310. Scalp shave has no diameter documented -> no size-banded line, "
                  "missing-documentation (README Coding decisions).",
})

SCENARIOS.append({
    "id": "s76-shave-precoded-wrong-band-and-same-lesion-bx",
    "family": "shave", "shape": "pre-coded",
    "description": "Single 1.4 cm back lesion removed by deep shave; pre-coded 11301 plus 11102 for the same lesion",
    "date": "2025-12-09",
    "patient": ("Hargrove", "Lucille", "1950-07-30", "female"),
    "provider": "voss", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, mid back", "L82.0", "Mid back", reason=True),
    ],
    "procedures": [
        P("Shave removal, trunk", cpt="11301", site="Mid back",
          note="1.4 x 1.1 cm pigmented, bleeding papule; entire lesion removed by deep shave (saucerization). "
               "Hemostasis with AlCl and light cautery.", reasons=["c1"]),
        P("Tangential biopsy", cpt="11102", site="Mid back",
          note="Same lesion - the shaved specimen sent to pathology.", reasons=["c1"]),
    ],
    "note_title": "Clinic note",
    "note": HDR + """
Henrietta Voss MD, 12/09/2025
Photos uploaded 12/03 (pt's son): dark raised spot mid back, bleeds on bra strap, "changing color".
Portal reply 12/04: needs removal in clinic.

Today in person. 75F. Exam: single 1.4 x 1.1 cm stuck-on pigmented papule, mid back at bra line, eroded
with hemorrhagic crust, some irregular color. Dermoscopy: comedo-like openings, but bleeding/erosion limit it.
Procedure: lidocaine w/ epi, entire lesion removed by deep shave (saucerization) for treatment and
diagnosis. One specimen. AlCl + light cautery. Vaseline, bandage.
No other procedures. If the path is atypical we will schedule a follow-up visit; otherwise portal message.
""",
    "path": [
        {"text": "Mid back, shave: irritated (inflamed) seborrheic keratosis with erosion. Lesion transected at base.",
         "site": "Mid back", "date": "2025-12-12"},
    ],
    "expected": E([L("11302")], ["coding-correction"], dx={"11302": ["L82.0"]}),
    "coder_note": "SH-1: 1.4 cm TAL -> 11302, not 11301. BX-4 + conventions: the whole lesion was removed, so the "
                  "biopsy of the same lesion is not billed (11302/11102 PTP, no distinct lesion).",
})

SCENARIOS.append({
    "id": "s76-exb-recurrent-cyst-upper-back-layered-aetna",
    "family": "excision-benign", "shape": "note-only",
    "description": "Recurrently inflamed epidermoid cyst (e-visit for drainage last month) excised: 1.8 cm + 0.2 cm margins, 3.5 cm layered closure",
    "date": "2026-01-20",
    "patient": ("Lindahl", "Marcus", "1979-11-05", "male"),
    "provider": "okonkwo", "payer": "commercial-aetna", "minutes": 50,
    "conditions": [
        C("c1", "Epidermoid cyst, upper back, recurrently inflamed", "L72.0", "Upper back", reason=True),
    ],
    "note_title": "Excision Operative Note",
    "note": HDR + """
OPERATIVE NOTE - Chidi Okonkwo, MD - 01/20/2026 (in person)

Background: e-visit 12/15/2025 with photos of a red, draining lump on his upper back (third flare this
year); doxycycline 100 mg BID x 10 d; planned excision once quiet. Today the cyst is quiet, non-tender.

Pre-op dx: epidermoid cyst, upper back (recurrent inflammation, painful flares).
Exam: 1.8 cm mobile dermal-subcutaneous cyst with central punctum, R upper back paraspinal. No fluctuance.

Procedure: Consent. Prep/drape. 1% lido w/ epi 8 mL.
Lesion 1.8 cm; excised with 0.2 cm margins around the punctum and cyst (excised diameter 2.2 cm),
fusiform ellipse. Cyst removed intact with sac.
Closure: layered - 3-0 Vicryl deep dermal/subcutaneous buried sutures, then 4-0 nylon running epidermal.
Final repair length 3.5 cm.
EBL < 5 mL. No complications.

Specimen to path. Suture removal in 12-14 days (nurse visit). Showers OK at 24 h.
If redness/drainage, send photos through portal.
""",
    "path": [
        {"text": "Skin and subcutis, right upper back, excision: epidermoid (infundibular) cyst with focal rupture and "
                 "foreign-body reaction. Margins free.", "site": "Right upper back", "date": "2026-01-23"},
    ],
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 1.8 + 2 x 0.2 = 2.2 cm on trunk -> 11403. EX-5: layered closure is separately reportable, "
                  "trunk 3.5 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s76-exb-precoded-malignant-for-severe-atypia-calf",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Re-excision of severely atypical nevus (no melanoma) pre-coded as 11602 + 12001 simple repair",
    "date": "2025-10-28",
    "patient": ("Pruitt", "Eleanor", "1956-03-14", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Severely dysplastic compound nevus, left posterior calf", "D22.72", "Left posterior calf",
          reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion, leg, 1.1-2.0 cm", cpt="11602", site="Left posterior calf",
          note="Residual pigment/scar 0.6 cm; excised with 3 mm margins. Simple closure.", reasons=["c1"]),
        P("Simple repair 2.5 cm", cpt="12001", site="Left posterior calf",
          note="Single-layer 4-0 nylon interrupted closure of the excision wound, 2.5 cm.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-10-06", "11102", "Tangential biopsy", "Left posterior calf",
                    "Shave biopsy: severely atypical compound nevus extending to peripheral margin")],
    "note_title": "Procedure Note",
    "note": HDR + """
Astrid Lindgren, MD - in person 10/28/2025

Video visit 10/16: reviewed 10/06 shave biopsy (severely atypical compound nevus, peripheral margin
involved). Recommended conservative re-excision; pt agreed. No melanoma on the biopsy.

Today: 69F. L posterior calf: 0.6 cm biopsy scar with residual light-brown pigment at the edge.
Excision: marked with 3 mm margins, fusiform ellipse to fat. Hemostasis with cautery.
Closure: single-layer simple interrupted 4-0 nylon, 2.5 cm. No deep sutures needed.
Specimen oriented with a suture at 12 o'clock.

Plan: sutures out 14 d. Discussed that if this shows melanoma we would talk about wider margins -
that is only a possibility, nothing planned. Annual full skin exam.
""",
    "path": [
        {"text": "Skin, left posterior calf, re-excision: residual compound dysplastic nevus with severe atypia; "
                 "no melanoma; margins clear.", "site": "Left posterior calf", "date": "2025-10-31"},
    ],
    "expected": E([L("11402")], ["coding-correction", "ncci"]),
    "coder_note": "EX-3: severe atypia is not malignant -> benign code; 0.6 + 2 x 0.3 = 1.2 cm leg -> 11402. EX-5: "
                  "simple repair included (11402/12001 indicator 1, same wound) -> 12001 removed. Prior 000 biopsy "
                  "22 days ago has no global effect.",
})

SCENARIOS.append({
    "id": "s76-exm-scc-dorsal-hand-layered-after-video-preop",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Biopsy-proven SCC right dorsal hand excised 1.2 cm + 0.4 cm margins, 3.2 cm layered closure",
    "date": "2025-11-12",
    "patient": ("Kowalczyk", "Stanley", "1941-01-26", "male"),
    "provider": "abernathy", "payer": "medicare-ngs", "minutes": 55,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal hand", "C44.622", "Right dorsal hand", reason=True),
    ],
    "procedures": [
        P("Excision of skin cancer", site="Right dorsal hand",
          note="Biopsy-proven well-differentiated SCC. Lesion 1.2 x 1.0 cm; excised with 4 mm margins all "
               "around; ellipse 3.2 cm long. Specimen oriented for pathology.", reasons=["c1"]),
        P("Layered closure", site="Right dorsal hand",
          note="Deep 4-0 Monocryl buried interrupted sutures, 5-0 nylon epidermal sutures. Repair length 3.2 cm.",
          reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-10-22", "11102", "Tangential biopsy", "Right dorsal hand",
                    "Shave biopsy: well-differentiated invasive squamous cell carcinoma")],
    "note_title": "Excision Note",
    "note": HDR + """
June Abernathy MD - 11/12/2025 - in person
Pre-op video visit 11/05: reviewed path from 10/22 (well-diff SCC R dorsal hand), discussed excision vs
Mohs; pt prefers standard excision (hand, but not near joint/tendon; he wants one visit). Apixaban held
per cardiology x 48 h.

Today: 84M. R dorsal hand 1.2 x 1.0 cm keratotic nodule at biopsy site. No palpable epitrochlear or
axillary nodes.
Excision with 4 mm clinical margins, layered closure (see procedure entries).
Tolerated well. Sutures out 14 days. Restart apixaban tomorrow AM.
If margins are involved we will discuss re-excision vs Mohs then.
""",
    "path": [
        {"text": "Skin, right dorsal hand, excision: invasive squamous cell carcinoma, well differentiated, "
                 "depth 1.8 mm; margins clear (closest 3 mm).", "site": "Right dorsal hand", "date": "2025-11-15"},
    ],
    "expected": E([L("11622"), L("12042")], dx={"11622": ["C44.622"]}),
    "coder_note": "EX-1: 1.2 + 2 x 0.4 = 2.0 cm on the hand (SNHFG) -> 11622. Intermediate repair hand 3.2 cm -> "
                  "12042. The 10/22 biopsy (000) has no global effect.",
})

# =============================================================================================================
# Batch 2: excision-malignant, Mohs, destruction, E/M
# =============================================================================================================

SCENARIOS.append({
    "id": "s76-exm-reexcision-positive-deep-margin-day6-58",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Re-excision of BCC with a positive deep margin six days after the first excision (010 global); negative re-excision",
    "date": "2025-11-10",
    "patient": ("Sandoval", "Reuben", "1947-06-18", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma, right upper back, deep margin involved", "C44.519", "Right upper back",
          reason=True),
    ],
    "prior": [PRIOR("2025-11-04", "11602", "Excision malignant lesion, trunk", "Right upper back",
                    "Excision of biopsy-proven BCC, excised diameter 1.8 cm, intermediate closure")],
    "note_title": "Re-excision Note",
    "note": HDR + """
Re-excision, right upper back - Chidi Okonkwo, MD - 11/10/2025 (in person)

Path from 11/04 excision reviewed with pt on video 11/07: infiltrative BCC, deep margin involved, peripheral
margins clear. Plan made then for re-excision now rather than waiting (staged, same tumor).

78M. Incision from 11/04 healing, sutures still in, no infection.
Scar and residual induration measure 1.6 cm in greatest dimension.
Procedure: consent, lido w/ epi. Sutures removed. Excised the scar/residual area with 0.6 cm margins
(excised diameter 2.8 cm), down to and including a layer of fascia at the base. Closed in a single layer
with interrupted 3-0 nylon - tissue was mobile, no deep sutures used.

Specimen oriented. Sutures out in 14 days.
If this margin is still involved we will refer for Mohs - hypothetical, not planned.
""",
    "path": [
        {"text": "Skin, right upper back, re-excision: scar with no residual basal cell carcinoma; margins clear.",
         "site": "Right upper back", "date": "2025-11-13"},
    ],
    "expected": E([L("11603", 1, "58")], dx={"11603": ["C44.519"]}),
    "coder_note": "EX-4: re-excision for margins of a malignant lesion stays malignant even with a negative specimen; "
                  "1.6 + 2 x 0.6 = 2.8 cm trunk -> 11603. Inside the 010 global of the 11/04 excision and staged/related "
                  "-> 58. Simple closure included. Still C44 (treatment ongoing, DX-4).",
})

SCENARIOS.append({
    "id": "s76-exm-precoded-benign-code-for-mis-arm",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Melanoma in situ left upper arm excised 0.8 cm with 0.5 cm margins; pre-coded as benign 11403 + 12032",
    "date": "2026-02-03",
    "patient": ("Nakashima", "Leah", "1958-10-02", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 50,
    "conditions": [
        C("c1", "Melanoma in situ, left upper arm", "D03.62", "Left upper arm", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion arm 2.1-3.0 cm", cpt="11403", site="Left posterior upper arm",
          note="Biopsy-proven melanoma in situ. Clinical lesion 0.8 cm; excised with 0.5 cm margins. Ellipse "
               "length 4.0 cm.", reasons=["c1"]),
        P("Intermediate repair 4.0 cm", cpt="12032", site="Left posterior upper arm",
          note="Layered closure: 3-0 Monocryl deep, 4-0 Prolene running subcuticular. 4.0 cm.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-01-12", "11102", "Tangential biopsy", "Left posterior upper arm",
                    "Shave biopsy: melanoma in situ, lentiginous, extends to margins")],
    "note_title": "Wide Local Excision",
    "note": HDR + """
Astrid Lindgren MD - 02/03/2026 - in person

Video visit 01/20 reviewed biopsy (melanoma in situ, L posterior upper arm); plan WLE with 5 mm margins.
Today: 67F, biopsy scar with 0.8 cm irregular brown macule around it. Wood's lamp - no extension.
No palpable axillary or epitrochlear nodes. Meds: levothyroxine, vitamin D. NKDA.
Consent signed; risks incl. scar, infection, recurrence, need for further surgery.
Local: 1% lidocaine with epinephrine 10 mL.
WLE: 0.5 cm margins around the 0.8 cm lesion, ellipse to fat, oriented. Layered closure 4.0 cm.
No complications. Follow-up: suture removal 14 d; full skin exams q6 mo x 2 yr. Teach self-exam and
upload photos of any changing mole.
""",
    "path": [
        {"text": "Skin, left posterior upper arm, wide excision: residual melanoma in situ, margins clear (closest "
                 "4 mm).", "site": "Left posterior upper arm", "date": "2026-02-06"},
    ],
    "expected": E([L("11602"), L("12032")], ["coding-correction"], dx={"11602": ["D03.62"]}),
    "coder_note": "EX-3: melanoma in situ -> malignant excision codes. EX-1: 0.8 + 2 x 0.5 = 1.8 cm arm -> 11602 "
                  "(not the ellipse length). Layered repair 4.0 cm arm -> 12032 as sent.",
})

SCENARIOS.append({
    "id": "s76-mohs-left-helix-scc-seven-blocks-complex-rim",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs left helix SCC after video consult: stage 1 seven blocks, stage 2 two blocks; complex repair of helical rim 2.8 cm",
    "date": "2025-12-16",
    "patient": ("Ostrowski", "Helmut", "1943-04-27", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 210,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left helix", "C44.229", "Left helix", reason=True),
    ],
    "note_title": "Mohs Surgery Report",
    "note": HDR + """
MOHS MICROGRAPHIC SURGERY - Samuel Weiss, MD (surgeon and pathologist) - 12/16/2025

Pre-op video consult 12/01: reviewed outside biopsy 11/18 (invasive SCC, moderately differentiated,
L helix) and pt-submitted photos; ear = area H, Mohs appropriate. Today in person.

82M, on clopidogrel (continued). No pacemaker.
Pre-op lesion: 1.3 x 1.1 cm keratotic nodule, mid L helical rim.

Stage 1: debulk + first layer, 7 tissue blocks mapped and processed on site, frozen H&E read by me.
         SCC at blocks 3 and 6.
Stage 2: second layer at those areas, 2 tissue blocks. Clear.
Total 2 stages; 7 blocks in stage 1 (2 beyond five), 2 blocks in stage 2.

Defect 2.0 x 1.6 cm through skin and perichondrium of the helical rim; cartilage exposed.
Repair: complex repair - trimming of exposed cartilage edge, wide undermining anterior and posterior,
re-approximation of the helical rim free margin with 5-0 Monocryl and 6-0 Prolene. Repair length 2.8 cm.
No flap, no graft.

Pressure dressing. Post-op check by video at 48 h (photos), sutures out in person in 1 week.
""",
    "expected": E([L("17311"), L("17312"), L("17315", 2), L("13152")], dx={"17311": ["C44.229"]}),
    "coder_note": "MOHS-2: ear -> 17311 + 17312 (second stage); 17315 x2 for the 2 blocks beyond five in stage 1. "
                  "MOHS-7: complex repair (free margin of helical rim, exposed cartilage) 2.8 cm ear -> 13152.",
})

SCENARIOS.append({
    "id": "s76-mohs-upper-back-infiltrative-em-decided-on-video",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs trunk infiltrative BCC 2 stages + 6.8 cm layered repair; E/M 99213 selected though decision was made at video consult",
    "date": "2026-01-27",
    "patient": ("Vandermolen", "Gretchen", "1955-12-01", "female"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 160, "em": "99213",
    "conditions": [
        C("c1", "Infiltrative basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Mohs surgery, first stage", site="Left upper back",
          note="Pre-op tumor 2.3 x 1.9 cm. 4 tissue blocks; infiltrative BCC at 6-8 o'clock.", reasons=["c1"]),
        P("Mohs surgery, additional stage", site="Left upper back",
          note="3 tissue blocks; clear.", reasons=["c1"]),
        P("Layered closure", site="Left upper back",
          note="Defect 3.4 x 2.6 cm. Undermined, 3-0 Vicryl deep and 4-0 nylon; linear length 6.8 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Day Note",
    "note": HDR + """
Samuel Weiss MD - 01/27/2026 - in person

Video consult 01/12: reviewed biopsy 12/30 (infiltrative BCC, L upper back, 2.3 cm clinically) and her
photos. Size >= 2 cm + aggressive subtype -> Mohs appropriate on the trunk. Options, risks and benefits
discussed then; she chose Mohs. Booked for today.

Today: pre-op review only - consent re-signed, site confirmed with pt in mirror, meds unchanged
(no anticoagulants). No new complaints; nothing else evaluated.

Mohs L upper back: stage 1 four blocks (positive 6-8 o'clock), stage 2 three blocks (clear).
Surgeon and pathologist: me. Layered closure 6.8 cm.
Post-op: sutures out 14 d; video wound check day 3 with photos. If redness spreading send photos.
""",
    "expected": E([L("17313"), L("17314"), L("12032")], dx={"17313": ["C44.519"]}),
    "coder_note": "MOHS-2: trunk -> 17313 + 17314. Intermediate repair trunk 6.8 cm -> 12032. The selected 99213 "
                  "only covers the pre-procedure review (the Mohs decision was made at the 01/12 video visit) -> "
                  "E/M removed (GS-3, conventions).",
})

SCENARIOS.append({
    "id": "s76-mohs-precoded-chin-path-billed-on-layers",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs chin BCC 3 stages with intermediate repair; provider also pre-coded 88305 for the Mohs layers",
    "date": "2025-10-30",
    "patient": ("Bellamy", "Frances", "1946-02-22", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 180,
    "conditions": [
        C("c1", "Basal cell carcinoma, chin", "C44.319", "Chin", reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck, first stage", cpt="17311", site="Chin", note="3 blocks, positive at 12 o'clock.",
          reasons=["c1"]),
        P("Mohs, each additional stage", cpt="17312", site="Chin", note="Stage 2: 2 blocks, positive deep.",
          reasons=["c1"]),
        P("Mohs, each additional stage", cpt="17312", site="Chin", note="Stage 3: 1 block, clear.",
          reasons=["c1"]),
        P("Surgical pathology, Mohs layers", cpt="88305", site="Chin",
          note="Frozen sections of the Mohs layers, read by Dr. Weiss.", reasons=["c1"]),
        P("Intermediate repair, face", cpt="12052", site="Chin",
          note="Layered closure 3.1 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Procedure Note",
    "note": HDR + """
Samuel Weiss, MD - surgeon and Mohs pathologist - 10/30/2025

Biopsy by our office 10/08 (nodular and micronodular BCC, chin). Photos reviewed at e-visit 10/15.
79F. Mohs chin:
  Stage 1 - 3 blocks, residual tumor 12:00
  Stage 2 - 2 blocks, positive deep
  Stage 3 - 1 block, clear
All layers processed as frozen sections in our Mohs lab and read by me. No tissue sent out.
Defect 1.4 x 1.1 cm. Layered closure (5-0 Monocryl deep, 6-0 nylon), 3.1 cm.
F/u 1 wk. If bleeding, pressure 20 min then call.
""",
    "expected": E([L("17311"), L("17312", 2), L("12052")], ["ncci"], dx={"17311": ["C44.319"]}),
    "coder_note": "MOHS-5: no separate pathology for Mohs layers read by the Mohs surgeon (17311/88305 indicator 1, no "
                  "exception applies) -> 88305 removed. 3 stages -> 17311 + 17312 x2. Chin intermediate 3.1 cm -> 12052.",
})

SCENARIOS.append({
    "id": "s76-ds-eighteen-aks-inside-flap-global-79",
    "family": "destruction", "shape": "note-only",
    "description": "Eighteen AKs frozen 37 days after Mohs + nasal flap (090 global) by the same surgeon",
    "date": "2025-11-13",
    "patient": ("Grimsby", "Walter", "1940-08-08", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, face and scalp", "L57.0", "Face and scalp", reason=True),
    ],
    "prior": [
        PRIOR("2025-10-07", "17311", "Mohs surgery, first stage", "Left nasal sidewall"),
        PRIOR("2025-10-07", "14060", "Adjacent tissue transfer, nose", "Left nasal sidewall",
              "Rotation flap after Mohs, 7.2 sq cm"),
    ],
    "note_title": "Procedure note",
    "note": HDR + """
Samuel Weiss MD, in person, 11/13/2025.
He uploaded photos 11/03 of "rough scaly spots" on the forehead and scalp that sting in the sun.
Hx: Mohs L nasal sidewall BCC with rotation flap 10/07 (by me). The flap follow-up is its own visit on
11/20 - not part of today's visit, pt asked only about the scaly spots.

Exam: eighteen (18) gritty erythematous scaly macules/papules - forehead 7, frontal/vertex scalp 11.
Clinically AKs. No thick or tender lesions suggesting SCC.

Procedure: liquid nitrogen cryotherapy, 2 freeze-thaw cycles, to all 18 AKs.
Expected blistering reviewed. Field therapy (5-FU) discussed for later - not prescribed today.
If any spot persists > 6 wk, upload a photo.
""",
    "expected": E([L("17004", 1, "79")], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 18 AKs -> 17004 x1. The 10/07 adjacent tissue transfer has a 090 global; an unrelated "
                  "procedure by the same surgeon inside it -> 79 (GS-5).",
})

SCENARIOS.append({
    "id": "s76-ds-ten-aks-plus-painful-finger-warts-xs",
    "family": "destruction", "shape": "free-text",
    "description": "Cryotherapy of 10 AKs and 3 painful bleeding finger warts in one visit (Medicare)",
    "date": "2026-02-10",
    "patient": ("Holloway", "Dennis", "1951-05-05", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "Forehead, scalp, dorsal hands", reason=True),
        C("c2", "Verruca vulgaris, right index and middle fingers, painful", "B07.8", "Right fingers", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of actinic keratoses", site="Forehead, scalp and dorsal hands",
          note="10 AKs: forehead 4, scalp 3, right dorsal hand 2, left dorsal hand 1. LN2, 2 cycles each.",
          reasons=["c1"]),
        P("Cryotherapy of warts", site="Right index and middle fingers",
          note="3 verrucae vulgares, fissured, painful when gripping tools and bleeding at work. Pared, then "
               "LN2 2 cycles each.", reasons=["c2"]),
    ],
    "note_title": "Clinic visit",
    "note": HDR + """
R. Nakamura MD - in person 02/10/2026. Follow-up from photo review 02/02 (pt sent pics of hand warts
and "crusty spots").
74M, carpenter. Warts x 6 mo on R index and middle fingers - painful with gripping, crack and bleed.
Exam: 3 verrucae (R index x2, R middle x1), 10 AKs as listed in the procedure entry. Distinct lesions;
no wart treated as an AK or vice versa.
Meds: atorvastatin, tamsulosin. No immunosuppression.
Consent verbal; blistering, hypopigmentation and recurrence reviewed.
Both treatments done with LN2 today. Home care reviewed. If warts persist at 4 wk, repeat cryo or
consider candida antigen - not decided. Send photos in 4 weeks.
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 9, "XS")],
                  dx={"17110": ["B07.8"], "17000": ["L57.0"]}),
    "coder_note": "DS-1: 10 AKs -> 17000 + 17003 x9. DS-2: 3 warts -> 17110 (painful/bleeding: BSL-3 met). DS-3: "
                  "17110/17000 and 17110/17003 are indicator 1 -> XS on both AK lines (different lesions).",
})

SCENARIOS.append({
    "id": "s76-ds-molluscum-22-curettage-child-photo-triage",
    "family": "destruction", "shape": "free-text",
    "description": "Child with 22 molluscum curetted after photo triage; cantharidin discussed, not used",
    "date": "2025-12-18",
    "patient": ("Mbeki", "Zuri", "2019-06-14", "female"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Molluscum contagiosum", "B08.1", "Trunk, axillae, thighs", reason=True),
    ],
    "procedures": [
        P("Curettage of molluscum contagiosum", site="Trunk, axillae and thighs",
          note="Twenty-two (22) umbilicated papules curetted after LMX4 under occlusion 45 min. AlCl "
               "hemostasis. Several lesions inflamed (BOTE sign) and itchy; child scratching.", reasons=["c1"]),
    ],
    "note_title": "Pediatric Derm Procedure",
    "note": HDR + """
Ines Castellanos, MD - 12/18/2025 (in person)
Mom sent photos 12/05 via portal; I triaged as molluscum with spread and asked them in.
6 y/o F, spreading bumps x 4 mo, itchy, brother now has them. Atopic skin.
Exam: 22 dome-shaped umbilicated papules, trunk/axillae/thighs, some inflamed.
No fever, no eye involvement, no genital lesions.
Options reviewed: watchful waiting, cantharidin (discussed, not used today), curettage. Mom chose
curettage. Done as per procedure entry; child tolerated with tablet distraction.
Plan: petrolatum, no shared towels, keep nails short.
School/swim OK with lesions covered.
If new lesions, send photos in 6 weeks.
""",
    "expected": E([L("17111")], dx={"17111": ["B08.1"]}),
    "coder_note": "DS-2: destruction (curettage) of 15+ benign lesions -> 17111 x1. Cantharidin only discussed.",
})

SCENARIOS.append({
    "id": "s76-ds-edc-two-bcc-shoulder-shin-cigna",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of two biopsy-proven superficial BCCs: left shoulder final defect 1.4 cm, right shin 0.9 cm",
    "date": "2026-01-08",
    "patient": ("Delacroix", "Simone", "1963-09-19", "female"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left shoulder", "C44.619", "Left shoulder", reason=True),
        C("c2", "Superficial basal cell carcinoma, right shin", "C44.712", "Right shin", reason=True),
    ],
    "prior": [PRIOR("2025-12-11", "11102", "Tangential biopsy", "Left shoulder"),
              PRIOR("2025-12-11", "11103", "Tangential biopsy, additional", "Right shin")],
    "note_title": "ED&C Procedure Note",
    "note": HDR + """
June Abernathy, MD - in person 01/08/2026
Results visit by video 12/19: both biopsies from 12/11 = superficial BCC. Options: ED&C, excision,
topical imiquimod. She chose ED&C for both.

62F. Consent. Lido w/ epi.
1) L shoulder: pre-op lesion 1.0 cm pink scaly plaque. Curettage x3 cycles with electrodesiccation.
   Final defect 1.4 cm.
2) R shin: pre-op lesion 0.6 cm. Curettage/ED x3 cycles. Final defect 0.9 cm.
Vaseline, bandages. Heals by second intention 3-6 wk. Upload photos at 2 wk for a wound check.
""",
    "expected": E([L("17262"), L("17261")], dx={"17262": ["C44.619"], "17261": ["C44.712"]}),
    "coder_note": "DS-4: malignant destruction sized by the final curettage defect: shoulder (TAL) 1.4 cm -> 17262, "
                  "shin (TAL) 0.9 cm -> 17261.",
})

SCENARIOS.append({
    "id": "s76-em-medicare-new-pt-screening-skin-check-gy",
    "family": "em", "shape": "note-only",
    "description": "New Medicare patient, screening-only full skin exam booked from an online request, no history, nothing found",
    "date": "2025-10-09",
    "patient": ("Abbott", "Raymond", "1957-01-30", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": HDR + """
Astrid Lindgren, MD - 10/09/2025 - in person, new patient

Booked from an online request ("wife says I should get a skin check"). No photos were sent and no
e-visit was done.
68M. No skin complaints. No new, changing, bleeding or itchy spots. No personal history of skin cancer,
no precancers treated, no family history of melanoma. Not immunosuppressed.
Full skin exam (scalp to soles, including nails and genitalia by pt consent): no suspicious lesions.
No lesions of concern; nothing biopsied or treated.
Counselled on sunscreen, hats, self-exam. Return as needed; if he notices a changing spot, upload a photo
through the portal.
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 and README: Medicare screening-only full-skin exam (no history, no complaint, nothing found) "
                  "-> E/M with GY.",
})

# =============================================================================================================
# Batch 3: E/M, incision-drainage, intralesional, nails
# =============================================================================================================

SCENARIOS.append({
    "id": "s76-em-precoded-psoriasis-mtx-longitudinal-g2211",
    "family": "em", "shape": "pre-coded",
    "description": "Established psoriasis on methotrexate: in-person follow-up after video check-in, 99214 + G2211 sent, no procedure",
    "date": "2025-12-04",
    "patient": ("Lundquist", "Marianne", "1954-07-11", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 32, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, scalp", reason=True),
        C("c2", "Long-term (current) use of methotrexate", "Z79.631"),
    ],
    "procedures": [
        P("Visit complexity inherent to longitudinal care", cpt="G2211",
          note="Ongoing management of psoriasis on systemic methotrexate; continuing focal point of care.",
          reasons=["c1"]),
    ],
    "note_title": "Psoriasis Follow-up",
    "note": HDR + """
Henrietta Voss, MD - in person 12/04/2025 (video check-in 11/06 reviewed labs and photos)

71F, plaque psoriasis since age 30, on methotrexate 15 mg weekly + folic acid since 2023; I have managed
her psoriasis continuously since 2021 and remain her ongoing dermatologist for it.

Interval: flare on elbows and knees after stopping topicals in October. No fever, no cough, no mouth sores.
Labs 11/28 reviewed today: CBC normal, ALT 38 (ULN 35) - mild, AST normal, creatinine stable.
Exam: BSA ~6% (elbows, knees, scalp margin). No nail pitting, no dactylitis.

A/P:
 1. Psoriasis vulgaris, worsening - increase methotrexate to 17.5 mg weekly; repeat CBC/CMP in 4 wk
    (toxicity monitoring given the ALT). Resume clobetasol solution to scalp, calcipotriene cream to
    elbows/knees. Counselled on alcohol avoidance.
 2. Considered switching to a biologic if ALT keeps rising - not started.
No procedures today. Next: video visit in 4 wk to review labs, in person in 3 mo. Send photos if flaring.
""",
    "expected": E([L("99214"), L("G2211")], dx={"99214": ["L40.0"]}),
    "coder_note": "E/M only, no modifier 25, longitudinal management of a serious chronic condition -> G2211 as sent "
                  "(EM-6); provider-selected 99214 kept.",
})

SCENARIOS.append({
    "id": "s76-em-acne-visit-inside-excision-global-24-cryo-declined",
    "family": "em", "shape": "free-text",
    "description": "Acne follow-up (video intake then in person) 7 days after a benign excision; wart cryo offered but declined",
    "date": "2026-02-17",
    "patient": ("Tran", "Kimberly", "2008-03-25", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Acne vulgaris", "L70.0", "Face and upper back", reason=True),
        C("c2", "Common wart, left thumb", "B07.8", "Left thumb"),
    ],
    "procedures": [
        P("Cryotherapy of wart", site="Left thumb",
          note="Offered liquid nitrogen to a 4 mm wart on the left thumb; patient declined today.",
          reasons=["c2"], status="not-done"),
    ],
    "prior": [PRIOR("2026-02-10", "11402", "Excision benign lesion", "Left forearm",
                    "Excision of a 1.0 cm dermatofibroma with 0.1 cm margins")],
    "note_title": "Hybrid Acne Visit",
    "note": HDR + """
June Abernathy MD - DOS 02/17/2026

Virtual portion (video, 07:40 before school): pt and mom; reviewed 3 portal photos of face/back taken
this week. Moderate inflammatory acne, worse since stopping doxycycline in January.
In-person portion (same day, 15:30): exam to grade and check for scarring.

17F. Exam: 20+ inflammatory papules/pustules cheeks and jawline, ~10 on upper back, early ice-pick scars
on cheeks. Separate issue: 4 mm wart L thumb - offered LN2 today, she declined ("exams this week").
Forearm excision site from 02/10: not examined today - suture removal is its own visit on 02/20.

A/P: Acne vulgaris, moderate, scarring risk.
 - Rx: tretinoin 0.05% cream nightly, benzoyl peroxide 5% wash, restart doxycycline 100 mg daily x 12 wk
   with food and sun precautions.
 - Discussed isotretinoin for later if not improved; iPLEDGE explained, not started.
 - Wart: salicylic acid OTC; cryo next visit if she wants it.
Video check in 6 wk with photos, in person in 3 mo.
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["L70.0"]}),
    "coder_note": "GS-5: unrelated E/M inside the 010 global of the 02/10 excision -> 24. Cryotherapy was declined "
                  "(Procedure not-done) -> not coded. The video portion is part of today's visit, no separate code.",
})

SCENARIOS.append({
    "id": "s76-em-precoded-rosacea-with-aks-g2211-and-25",
    "family": "em", "shape": "pre-coded",
    "description": "Rosacea flare managed with Rx plus cryo of 5 AKs; 99214 and G2211 sent without modifier 25",
    "date": "2025-11-25",
    "patient": ("Fairbanks", "Douglas", "1948-10-16", "male"),
    "provider": "nakamura", "payer": "medicare-noname", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Papulopustular rosacea, flare", "L71.8", "Central face", reason=True),
        C("c2", "Actinic keratoses", "L57.0", "Scalp and ears", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Vertex scalp",
          note="AK #1, LN2 2 cycles.", reasons=["c2"]),
        P("Destruction premalignant lesions, each additional (x4)", cpt="17003", site="Scalp and both ears",
          note="AKs #2-#5: vertex scalp x2, right helix x1, left helix x1. LN2 2 cycles each.", reasons=["c2"]),
        P("Visit complexity add-on", cpt="G2211", note="Longitudinal rosacea care.", reasons=["c1"]),
    ],
    "note_title": "Follow-up visit",
    "note": HDR + """
Ren Nakamura, MD - 11/25/2025 - in person (follow-up from photo e-visit 11/12)

77M with papulopustular rosacea, I follow him for it. Photos 11/12 showed a flare; today in person.
Burning, pustules, flushing after starting a new BP med (amlodipine) in October.
Exam: papules/pustules on cheeks, nose, chin; background erythema; no ocular symptoms. Separately,
5 rough scaly AKs: vertex scalp x3, R helix x1, L helix x1.

A/P:
 1. Rosacea, flaring - Rx ivermectin 1% cream daily and doxycycline 40 mg MR daily x 12 wk; trigger review;
    letter to PCP about amlodipine-related flushing.
 2. AKs x5 - LN2 today (see procedures).
Return 3 mo; interim photos via portal if pustules persist.
""",
    "expected": E([L("99214", 1, "25"), L("17000"), L("17003", 4)], dx={"17000": ["L57.0"]}),
    "coder_note": "GS-3: rosacea work (Rx management) is significant and separate from the AK destruction -> 99214-25. "
                  "EM-6: G2211 is not payable with an E/M carrying 25 -> removed. 5 AKs -> 17000 + 17003 x4.",
})

SCENARIOS.append({
    "id": "s76-id-axillary-abscess-after-video-antibiotics",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Single right axillary abscess drained in person two days after a video visit started antibiotics",
    "date": "2025-10-23",
    "patient": ("Mahoney", "Cormac", "1992-01-09", "male"),
    "provider": "okonkwo", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", site="Right axilla",
          note="2.5 cm fluctuant abscess, single cavity. Lido field block; #11 blade stab incision, ~3 mL pus "
               "expressed, no loculations, irrigated with saline. No packing needed. Culture sent.",
          reasons=["c1"]),
    ],
    "note_title": "I&D Note",
    "note": HDR + """
C. Okonkwo MD. 10/23/2025, in person.
Video visit 10/21: tender red lump R axilla, photos showed early abscess; started doxycycline 100 mg BID and
warm compresses; asked to come in if pointing. Today fluctuant.
33M, no prior boils, no HS history, no diabetes.
Exam: 2.5 cm fluctuant tender nodule R axilla with surrounding erythema 1 cm. No lymphangitis.
Vitals: T 37.4 C. NKDA. No meds other than the doxycycline.
Consent verbal. Simple I&D done (see procedure). Wound covered with gauze.
Continue doxycycline to complete 7 days. Compresses TID.
If redness spreads or fever, send photos same day / go to urgent care.
""",
    "expected": E([L("10060")], dx={"10060": ["L02.411"]}),
    "coder_note": "Simple, single abscess -> 10060. The 10/21 video visit is a separate date and not on this claim; "
                  "no E/M selected today.",
})

SCENARIOS.append({
    "id": "s76-id-hs-buttock-complicated-with-em-medicaid",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Hidradenitis flare: complicated I&D of multiloculated buttock abscess plus separate HS management E/M 99214",
    "date": "2026-01-15",
    "patient": ("Robinson", "Tamika", "1996-08-21", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 50, "em": "99214",
    "conditions": [
        C("c1", "Hidradenitis suppurativa, Hurley stage II", "L73.2", "Axillae, groin, buttocks", reason=True),
        C("c2", "Cutaneous abscess of buttock", "L02.31", "Left buttock", reason=True),
    ],
    "note_title": "HS Clinic Note",
    "note": HDR + """
Rafael Santos, MD - 01/15/2026

Virtual portion: video 01/08 - she showed new painful lumps L buttock and both axillae on camera; I
asked her to come in if the buttock lesion became fluctuant. She uploaded a photo 01/14 - pointing.

In-person portion today:
29F, HS since age 19, Hurley II. Failed doxycycline x 3 courses and clindamycin/rifampin in 2024.
Smoker, 1/2 ppd. BMI 36.
Exam: L buttock 4 x 3 cm fluctuant abscess with two openings; draining tunnels R axilla; inflammatory
nodules L axilla and inguinal folds. Hurley II, IHS4 = 11 (severe).

Procedure (L buttock): consent, lido w/ epi field block. Incision 2 cm, large amount of purulence,
multiple loculations broken up with a hemostat, cavity irrigated and packed with 1/4" iodoform gauze.
Culture sent. Complicated drainage. Tolerated well.

HS management (separate from the abscess):
 - Severe HS failing oral antibiotics -> start adalimumab; prior auth submitted. Ordered QuantiFERON,
   hepatitis B/C serologies, CBC/CMP before starting.
 - Chlorhexidine wash; smoking cessation counselling 5 min; referral to weight-management clinic.
 - Pain: ibuprofen; no opioids.
Packing out in 48 h (she can do at home - video walkthrough). If fever or spreading redness, ED.
Total E/M time (excluding the I&D) 30 min.
""",
    "expected": E([L("99214", 1, "25"), L("10061")], dx={"99214": ["L73.2"]}),
    "coder_note": "Complicated I&D (multiple loculations, packing) -> 10061. The biologic decision, labs and counselling "
                  "for HS are significant and separate from the drainage -> 99214-25 (GS-3).",
})

SCENARIOS.append({
    "id": "s76-il-three-chest-keloids-12-mg",
    "family": "intralesional", "shape": "note-only",
    "description": "Three itchy chest keloids injected with triamcinolone 10 mg/mL, 1.2 mL total after photo follow-up",
    "date": "2025-11-06",
    "patient": ("Adebayo", "Kehinde", "1987-12-03", "male"),
    "provider": "abernathy", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Keloid scars, anterior chest", "L91.0", "Anterior chest", reason=True),
    ],
    "note_title": "Procedure Note - ILK",
    "note": HDR + """
June Abernathy MD - 11/06/2025 (in person)
Photo follow-up 10/28: he uploaded photos showing the three chest keloids (post-acne) flatter after the
first round in September but still itchy and raised.

Today: 37M. Three keloids on the anterior chest: 2.0 cm, 1.5 cm, 1.0 cm; pruritic, firm.
Procedure: intralesional triamcinolone acetonide (Kenalog) 10 mg/mL via 30G needle:
   keloid 1 - 0.5 mL, keloid 2 - 0.4 mL, keloid 3 - 0.3 mL.  Total 1.2 mL = 12 mg.
No complications; atrophy/hypopigmentation risks reviewed again.
Next injections in 6 weeks; if itch returns sooner, upload photos. Silicone gel sheets nightly.
""",
    "expected": E([L("11900"), L("J3301", 2)], dx={"11900": ["L91.0"]}),
    "coder_note": "3 lesions -> 11900 (up to 7). J3301 per 10 mg: 12 mg -> ceil(1.2) = 2 units.",
})

SCENARIOS.append({
    "id": "s76-il-precoded-alopecia-areata-nine-patches-16mg",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Nine alopecia areata patches injected (16 mg triamcinolone); pre-coded 11900 and J3301 x3",
    "date": "2026-01-22",
    "patient": ("Greenleaf", "Odette", "1959-04-08", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata, multifocal scalp", "L63.8", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Scalp",
          note="Alopecia areata patches injected.", reasons=["c1"]),
        P("Triamcinolone acetonide injection, per 10 mg", cpt="J3301", site="Scalp",
          note="3 units billed.", reasons=["c1"]),
    ],
    "note_title": "Alopecia Areata Injection Visit",
    "note": HDR + """
Henrietta Voss, MD - in person - 01/22/2026
Between-visit photos (01/09 upload) showed regrowth in 2 old patches and 4 new patches.

66F, alopecia areata x 1 yr.
Exam: nine (9) discrete patches of non-scarring alopecia on the scalp: occipital x3, vertex x2, L parietal
x2, R parietal x1, frontal x1. Exclamation-point hairs at the margins of the new patches.
Procedure: triamcinolone acetonide 5 mg/mL, 0.1 mL aliquots ~1 cm apart into each of the 9 patches.
Total volume 3.2 mL = 16 mg. No bleeding. No atrophy from prior sessions.
Plan: repeat q6 wk. Clobetasol foam to the patches BID. Upload photos before next visit.
""",
    "expected": E([L("11901"), L("J3301", 2)], ["coding-correction"]),
    "coder_note": "9 lesions injected = more than 7 -> 11901, not 11900. J3301: 16 mg -> ceil(1.6) = 2 units, not 3.",
})

SCENARIOS.append({
    "id": "s76-il-cheek-cyst-plus-rosacea-em-outside-global",
    "family": "intralesional", "shape": "free-text",
    "description": "Inflamed cheek cyst injected (10 mg) and papulopustular rosacea managed; prior excision 15 days ago (outside global)",
    "date": "2025-12-11",
    "patient": ("Whitfield", "Agnes", "1959-02-14", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Inflamed epidermoid cyst, left cheek", "L72.0", "Left cheek", reason=True),
        C("c2", "Papulopustular rosacea", "L71.8", "Central face", reason=True),
    ],
    "procedures": [
        P("Intralesional triamcinolone injection", site="Left cheek",
          note="Tender, red 1.2 cm epidermoid cyst. Triamcinolone acetonide 40 mg/mL, 0.25 mL (10 mg) injected "
               "into the cyst with a 30G needle.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-11-26", "11403", "Excision benign lesion, trunk", "Upper back",
                    "Excision of pilar-type cyst, excised diameter 2.4 cm")],
    "note_title": "Hybrid Visit",
    "note": HDR + """
Astrid Lindgren, MD - 12/11/2025
Virtual portion (photo review, 08:30): pt uploaded photos of a painful red lump on the L cheek and a
"rosacea flare". In-person portion 13:00 same day.

66F. Upper-back excision site from 11/26 - healed, sutures out last week; not addressed today.
1) L cheek: 1.2 cm tender erythematous cyst with punctum, no fluctuance -> intralesional Kenalog (see
   procedure). Excision later if recurrent (not scheduled).
2) Rosacea: papules/pustules cheeks and chin, flushing. Failed metronidazole gel. Start doxycycline 40 mg
   MR daily x 12 wk + azelaic acid 15% gel BID. Triggers reviewed.
Photos in 6 weeks via portal; in person in 3 months.
""",
    "expected": E([L("99213", 1, "25"), L("11900"), L("J3301")], dx={"11900": ["L72.0"]}),
    "coder_note": "Cyst injection -> 11900 + J3301 x1 (10 mg). Rosacea prescription management is separate -> 99213-25. "
                  "The 11/26 excision's 010 global ended 12/06, so no 24/79.",
})

SCENARIOS.append({
    "id": "s76-nail-phenol-matrixectomy-right-great-toe",
    "family": "nails", "shape": "note-only",
    "description": "Recurrent ingrown right great toenail (lateral border): partial avulsion with phenol matrixectomy after photo-guided antibiotics",
    "date": "2025-10-16",
    "patient": ("Kaczmarek", "Paul", "1958-11-29", "male"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "Right great toe", reason=True),
    ],
    "note_title": "Nail Procedure Note",
    "note": HDR + """
Rafael Santos MD - 10/16/2025 - in person

Photo e-visit 10/02: red, draining lateral fold R great toe; cephalexin x 7 d. Drainage resolved per
follow-up photos 10/10. Third episode this year -> permanent partial matrixectomy planned.

66M, non-diabetic, good pulses.
Exam: R great toe (hallux) lateral nail border embedded in a hypertrophic fold, mild erythema, no pus.
Procedure: digital block 2% plain lidocaine 4 mL, tourniquet. Lateral 3 mm of the nail plate freed and
avulsed to the matrix. Phenol 89% applied to the lateral matrix, 3 x 30 s, neutralized with alcohol.
Tourniquet off, hemostasis good. Dressing.
Left great toe: normal, not treated.
Soaks BID, check by video in 1 wk (photos), in person if drainage increases.
""",
    "expected": E([L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "Permanent partial nail/matrix removal (chemical matrixectomy) -> 11750; the avulsion of the same "
                  "border is included (11750/11730). Right great toe -> T5.",
})

SCENARIOS.append({
    "id": "s76-nail-precoded-left-index-avulsion-plus-same-nail-debridement",
    "family": "nails", "shape": "pre-coded",
    "description": "Complete avulsion of a painful dystrophic left index fingernail; 11720 also pre-coded for debriding the same nail",
    "date": "2026-02-05",
    "patient": ("Iverson", "Celeste", "1983-06-30", "female"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Nail dystrophy after trauma, left index finger", "L60.3", "Left index fingernail", reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate, single", cpt="11730", site="Left index fingernail",
          note="Complete avulsion of the partially detached, painful dystrophic nail plate.", reasons=["c1"]),
        P("Debridement of nail(s), 1-5", cpt="11720", site="Left index fingernail",
          note="Thick distal plate of the same nail debrided before avulsion.", reasons=["c1"]),
    ],
    "note_title": "Procedure",
    "note": HDR + """
Rafael Santos, MD - 02/05/2026 - in person after video visit 01/29
On video she showed a thick, lifting L index fingernail (crush injury in a car door in Nov). Catches on
clothing and hurts; wants it off. KOH/culture from outside urgent care negative for fungus.

43F. L index fingernail (2nd digit, left hand): distal half onycholytic, thickened, subungual debris,
tender. Other nails normal.
Procedure: digital block, the thick distal plate of this nail debrided/thinned, then the entire nail
plate of the L index finger elevated and avulsed. Nail bed intact, no matrix treatment. Xeroform dressing.
Soaks daily. Photo check in 1 wk. New nail expected in 4-6 months.
""",
    "expected": E([L("11730", 1, "F1")], ["ncci"]),
    "coder_note": "Avulsion of the left index (2nd) fingernail -> 11730-F1. 11730/11720 indicator 1 and the debridement "
                  "was of the same nail -> 11720 removed (no distinct nail).",
})

# =============================================================================================================
# Batch 4: paring, patch tests, phototherapy, post-op, repair
# =============================================================================================================

SCENARIOS.append({
    "id": "s76-paring-three-plantar-calluses-wart-excluded",
    "family": "paring", "shape": "note-only",
    "description": "Three painful plantar calluses pared; a suspected wart proved to be callus on paring",
    "date": "2025-11-20",
    "patient": ("Brennan", "Colleen", "1971-03-03", "female"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Callosities, plantar feet", "L84", "Plantar feet", reason=True),
    ],
    "note_title": "Foot Lesion Visit",
    "note": HDR + """
R. Santos MD, 11/20/2025, in person.
She sent photos on 11/14 asking whether a painful spot under the R forefoot was a wart.

54F, runner, pain with every step over 3 spots.
Exam: three hyperkeratotic plaques - R 1st MTP head (1.5 cm), R 5th MTP head (1.0 cm), L medial heel
(2.0 cm). The R 1st MTP lesion was the one she worried about: after paring, skin lines are preserved,
no pinpoint bleeding, no thrombosed capillaries -> callus, NOT a wart.
Procedure: paring of all three hyperkeratotic lesions with a #15 blade until soft, pain-free base.
No cryotherapy (no wart present).
Plan: metatarsal pads, urea 40% cream, shoe fitting. If recurrence is painful, send photos.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring of 2-4 hyperkeratotic lesions -> 11056 (3 lesions). Wart excluded on exam, no destruction.",
})

SCENARIOS.append({
    "id": "s76-paring-precoded-five-corns-one-line-each",
    "family": "paring", "shape": "pre-coded",
    "description": "Diabetic neuropathy patient, five corns/calluses pared; EHR sent 11055 once per lesion",
    "date": "2026-01-29",
    "patient": ("Gutierrez", "Ernesto", "1960-09-17", "male"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Corns and callosities, both feet", "L84", "Both feet", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42", reason=True),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesion", cpt="11055", site="Right hallux, plantar-medial", reasons=["c1"]),
        P("Paring of hyperkeratotic lesion", cpt="11055", site="Right 5th toe, dorsolateral (corn)", reasons=["c1"]),
        P("Paring of hyperkeratotic lesion", cpt="11055", site="Right 2nd MTP head", reasons=["c1"]),
        P("Paring of hyperkeratotic lesion", cpt="11055", site="Left 1st MTP head", reasons=["c1"]),
        P("Paring of hyperkeratotic lesion", cpt="11055", site="Left heel, posterior", reasons=["c1"]),
    ],
    "note_title": "Foot Care - Procedure",
    "note": HDR + """
Rafael Santos, MD - 01/29/2026 (in person; video check 01/15 with his wife holding the camera)

65M, T2DM with peripheral polyneuropathy (absent monofilament sensation both feet), A1c 8.4.
Exam: five painful hyperkeratotic lesions: R hallux plantar-medial callus, R 5th toe dorsolateral hard
corn, R 2nd MTP callus, L 1st MTP callus, L posterior heel callus. No ulceration underneath any lesion.
Procedure: all five (5) lesions pared with a #15 blade; no bleeding.
Pedal pulses palpable, cap refill < 3 s. Skin intact between toes.
Plan: diabetic shoes/inserts order, daily foot checks, urea cream. Photos weekly via portal if any
redness or drainage. Podiatry referral placed.
""",
    "expected": E([L("11057")], ["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "Paring is banded by lesion count for the session: 5 lesions (> 4) -> 11057 x1, not 11055 x5 "
                  "(11057/11055 indicator 0).",
})

SCENARIOS.append({
    "id": "s76-patch-new-pt-hand-dermatitis-80-allergens",
    "family": "patch-test", "shape": "note-only",
    "description": "New patient with chronic hand dermatitis after an e-visit: evaluation with Rx and 80-allergen patch test application",
    "date": "2025-10-20",
    "patient": ("Sorensen", "Ingrid", "1978-05-12", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 60, "em": "99204",
    "conditions": [
        C("c1", "Hand dermatitis, chronic, suspected allergic contact", "L30.9", "Both hands", reason=True),
    ],
    "note_title": "Contact Dermatitis Clinic - New Patient",
    "note": HDR + """
Henrietta Voss MD - 10/20/2025 - new patient, in person
Referred after an e-visit with our PA on 10/06 (photos of cracked, weeping hands); topical steroid did
not help enough, so she was booked for patch testing.

46F, dental hygienist. 8 months of hand dermatitis, worse at work, better on vacation. Uses nitrile
gloves, hand sanitizer 30x/day. Hx childhood eczema. No prior patch testing.
Exam: lichenified, fissured plaques on palms and fingertips, vesicles on lateral fingers, periungual
erythema; feet clear; face clear. 
Assessment: chronic hand dermatitis - allergic contact (acrylates, rubber accelerators) vs irritant vs
atopic hand eczema.
Plan (E/M):
 - Rx clobetasol 0.05% ointment BID x 2 wk to hands then weekends only; white cotton liners under gloves.
 - Work note for glove change; counselling on sanitizer use.
 - Patch testing today.
Procedure: patch tests applied to upper back - North American comprehensive series, 80 allergens
(eighty individual allergen chambers), plus notes of her own products to bring at the reading.
Readings at 48 h (10/22) and 96 h (10/24), in person.
No showering the back until then; if severe itching/blistering under patches, send a photo and remove
that chamber.
Total E/M time excluding the patch application 40 min.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)]),
    "coder_note": "95044 units = number of allergens (80, MUE 90). The new-patient evaluation with prescription "
                  "management is separately identifiable -> 99204-25 (95044/99204 indicator 1).",
})

SCENARIOS.append({
    "id": "s76-patch-precoded-single-unit-for-40-allergens",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Eyelid dermatitis: patch testing decided on video; application visit pre-coded 95044 x1 though 40 allergens applied",
    "date": "2026-02-09",
    "patient": ("Haddad", "Rania", "1969-01-21", "female"),
    "provider": "voss", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Eyelid dermatitis, suspected allergic contact", "L23.9", "Both upper eyelids", reason=True),
    ],
    "procedures": [
        P("Patch test application", cpt="95044", site="Upper back",
          note="T.R.U.E. panels (35 allergens) plus 5 supplemental cosmetic allergens.", reasons=["c1"]),
    ],
    "note_title": "Patch Test Application",
    "note": HDR + """
Henrietta Voss, MD - 02/09/2026
Video consult 01/26: recurrent upper-eyelid dermatitis x 1 yr, photos reviewed; decision made then to
patch test. Today: application visit only (in person).

57F. Stopped topical steroids to eyelids 1 wk ago as instructed. No oral steroids.
Applied to upper back:
   T.R.U.E. test panels 1-3 = 35 allergens
   Supplemental: methylisothiazolinone 0.2% aq, shellac, tosylamide/formaldehyde resin, dodecyl gallate,
   tocopherol = 5 allergens
   Total: forty (40) allergens.
No E/M today. Readings 02/11 and 02/13 in person. Keep back dry. If a patch burns badly, take a photo
and remove it.
""",
    "expected": E([L("95044", 40)], ["coding-correction"]),
    "coder_note": "95044 is per test: 35 + 5 = 40 allergens -> 95044 x40, not x1.",
})

SCENARIOS.append({
    "id": "s76-photo-puva-requested-without-failed-therapy-abn-ga",
    "family": "phototherapy", "shape": "note-only",
    "description": "Medicare FFS patient requests PUVA for limited psoriasis without failed conventional therapy; ABN signed; first session",
    "date": "2025-12-15",
    "patient": ("Whitlock", "Harold", "1950-02-06", "male"),
    "provider": "voss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Psoriasis vulgaris, limited", "L40.0", "Elbows, knees", reason=True),
    ],
    "note_title": "Phototherapy Session",
    "note": HDR + """
Phototherapy unit - supervising physician Henrietta Voss, MD - 12/15/2025

Background: video visit 12/01 - 75M, moved from Arizona, had PUVA there years ago and "wants the pill
light treatment again". Photos show plaques on elbows and knees only, ~4% BSA. He has not used the
prescribed topicals (clobetasol/calcipotriene) for more than a week and has never had NB-UVB here.
Psoriasis is not intractable or disabling; he works and sleeps normally.
Discussed that Medicare covers PUVA only for severe, disabling psoriasis that failed conventional
therapy, so this is expected to be denied as not medically necessary. Advance Beneficiary Notice
(CMS-R-131) reviewed and signed today before treatment; he chose to proceed.

PUVA session #1: methoxsalen 0.6 mg/kg (40 mg) PO 2 h before; UVA 1.5 J/cm2 whole-body cabinet; goggles,
genital shielding. Eye exam on file 11/2025.
Tolerated. Next session in 2-3 days. Resume topicals alongside. If burning/blistering, send photos.
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 / NCD 250.1: PUVA only after failed conventional therapy for disabling psoriasis; not met. "
                  "Medicare FFS with an ABN signed before the service -> GA (COS-4).",
})

SCENARIOS.append({
    "id": "s76-photo-precoded-excimer-vitiligo-240-sqcm",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer laser to facial and hand vitiligo, total 240 sq cm measured; pre-coded 96921",
    "date": "2026-01-06",
    "patient": ("Ramdas", "Priya", "1990-10-27", "female"),
    "provider": "nakamura", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Vitiligo", "L80", "Face and dorsal hands", reason=True),
    ],
    "procedures": [
        P("Excimer laser, 250-500 sq cm", cpt="96921", site="Face and dorsal hands",
          note="308 nm excimer, session 14 of course 2.", reasons=["c1"]),
    ],
    "note_title": "Excimer Treatment",
    "note": HDR + """
R. Nakamura MD / laser RN - 01/06/2026, in person
Non-segmental vitiligo, face and hands, on tacrolimus ointment. Progress photos (patient app, 12/30)
show perifollicular repigmentation of the perioral and periorbital patches.
Treated areas measured today with the grid template:
  face (perioral, periorbital, forehead)    110 sq cm
  R dorsal hand                               65 sq cm
  L dorsal hand                               65 sq cm
  TOTAL treated area                         240 sq cm
308 nm excimer laser, doses per protocol (face 300 mJ/cm2, hands 600 mJ/cm2). No blistering from the
last session. Continue twice weekly. If blistering, send photo and skip next session.
""",
    "expected": E([L("96920")], ["coding-correction"], dx={"96920": ["L80"]}),
    "coder_note": "96920-96922 are chosen by total area treated: 110 + 65 + 65 = 240 sq cm (< 250) -> 96920, not 96921.",
})

SCENARIOS.append({
    "id": "s76-postop-suture-removal-cheek-em-selected",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal and path review 8 days after cheek SCC excision; provider selected 99212",
    "date": "2025-11-29",
    "patient": ("Lachance", "Bernard", "1945-07-23", "male"),
    "provider": "lindgren", "payer": "medicare-ngs", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Squamous cell carcinoma, right cheek, excised", "C44.329", "Right cheek", reason=True),
    ],
    "prior": [PRIOR("2025-11-21", "11642", "Excision malignant lesion, face", "Right cheek",
                    "Excision of SCC, excised diameter 1.6 cm, intermediate closure 3.0 cm")],
    "note_title": "Post-op Visit",
    "note": HDR + """
Astrid Lindgren, MD - 11/29/2025 - in person
Post-op day 8 after excision of SCC R cheek (11/21). Video wound check on day 2 looked fine.
Today: wound well approximated, no erythema or drainage. Sutures removed. Steri-strips applied.
Path reviewed with pt: invasive SCC, well differentiated, margins clear.
Pt has no pain, no fever; using petrolatum as instructed.
Exam limited to the R cheek incision: 3.0 cm line, mild expected pinkness.
No other complaints, nothing else addressed.
Discussed sun protection of the scar for 12 months.
Plan: scar massage after 2 wk; full skin exam in 3 months. If the scar thickens, upload a photo.
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-5 / conventions: routine post-op visit inside the 010 global of 11642 -> 99024 instead of the "
                  "selected 99212 (no unrelated problem addressed).",
})

SCENARIOS.append({
    "id": "s76-postop-precoded-plantar-warts-in-cyst-excision-global",
    "family": "post-op", "shape": "pre-coded",
    "description": "Painful plantar warts frozen 5 days after a back cyst excision (010 global); 17110 sent without modifier",
    "date": "2025-12-03",
    "patient": ("Villanueva", "Marco", "1985-04-04", "male"),
    "provider": "abernathy", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Plantar warts, right forefoot, painful", "B07.0", "Right plantar forefoot", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions, up to 14", cpt="17110", site="Right plantar forefoot",
          note="3 plantar warts, painful on walking; pared, LN2 2 cycles.", reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-11-28", "11403", "Excision benign lesion, trunk", "Mid back",
                    "Excision epidermoid cyst, excised diameter 2.6 cm"),
              PRIOR("2025-11-28", "12032", "Intermediate repair, trunk", "Mid back", "Layered closure 4.0 cm")],
    "note_title": "Procedure visit",
    "note": HDR + """
June Abernathy MD - 12/03/2025, in person
Back cyst excision was 11/28; he reports it is comfortable, sutures out 12/10 - not examined today.
Today's reason: he sent photos 11/30 of 3 painful spots on the R forefoot (limping at work).
40M. Exam: 3 plantar warts R forefoot (2nd MTP x2, 4th MTP x1), thrombosed capillaries on paring,
tender with lateral squeeze.
Procedure: paring then LN2 x 2 cycles to each of the three warts.
No diabetes, no neuropathy. Meds: none. NKDA.
Consent verbal; pain and blistering reviewed.
Salicylic acid 40% pads between visits. Repeat in 3-4 wk; send photos if blistering is severe.
""",
    "expected": E([L("17110", 1, "79")], ["global-period"], dx={"17110": ["B07.0"]}),
    "coder_note": "GS-5: unrelated procedure (new problem, different site) inside the 010 global of the 11/28 "
                  "excision -> 79 on 17110.",
})

SCENARIOS.append({
    "id": "s76-postop-new-cheek-lesion-bx-in-edc-global",
    "family": "post-op", "shape": "free-text",
    "description": "New right cheek lesion spotted on wound-check photos, tangential biopsy 6 days after ED&C of the shoulder",
    "date": "2026-01-14",
    "patient": ("Ashworth", "Penelope", "1952-11-11", "female"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right cheek", "D04.39", "Right cheek", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Right cheek",
          note="7 mm scaly erythematous plaque. Tangential (shave) biopsy, partial thickness, AlCl.",
          reasons=["c1"]),
    ],
    "prior": [PRIOR("2026-01-08", "17262", "Destruction malignant lesion, trunk/arms/legs", "Left shoulder",
                    "ED&C of superficial BCC, final defect 1.3 cm")],
    "note_title": "Biopsy Visit",
    "note": HDR + """
June Abernathy, MD - 01/14/2026 - in person
She uploaded wound-check photos of the L shoulder ED&C site (01/08) on 01/12; the shoulder looked fine
on the photos, but a scaly pink spot on the R cheek was visible in the background and she says it is new
and bleeds when she washes.
Today in person for the cheek only. Shoulder wound not re-examined (healing well on the 01/12 photos).
73F. R cheek: 7 mm scaly erythematous plaque, no induration.
Meds: losartan, calcium. NKDA. Not anticoagulated.
Consent signed; lidocaine 1% with epinephrine 0.5 mL.
Tangential biopsy done (see procedure). Path to portal. If SCC in situ, options will be discussed at a
video visit.
""",
    "path": [
        {"text": "Skin, right cheek, shave biopsy: squamous cell carcinoma in situ (Bowen disease), extends to base.",
         "site": "Right cheek", "date": "2026-01-17"},
    ],
    "expected": E([L("11102", 1, "79")], dx={"11102": ["D04.39"]}),
    "coder_note": "GS-5: unrelated procedure on a new lesion inside the 010 global of the 01/08 ED&C -> 11102-79.",
})

SCENARIOS.append({
    "id": "s76-repair-bilobed-nasal-tip-after-outside-mohs-57",
    "family": "repair", "shape": "free-text",
    "description": "New patient sent same day from an outside Mohs surgeon; evaluation decides a bilobed flap (7.8 sq cm) on the nasal tip",
    "date": "2025-11-19",
    "patient": ("Fitzgerald", "Maureen", "1953-08-14", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 120, "em": "99203",
    "conditions": [
        C("c1", "Basal cell carcinoma, nasal tip (cleared by Mohs today, outside surgeon)", "C44.311", "Nasal tip",
          reason=True),
    ],
    "procedures": [
        P("Bilobed transposition flap", site="Nasal tip",
          note="Primary defect 1.3 x 1.1 cm (1.4 sq cm); secondary (donor) defect 6.4 sq cm; total 7.8 sq cm. "
               "Flap elevated in the submuscular plane, inset with 5-0 Monocryl and 6-0 Prolene.",
          reasons=["c1"]),
    ],
    "note_title": "Reconstruction Consult and Operative Note",
    "note": HDR + """
Samuel Weiss MD - 11/19/2025 - new patient

Photo review 10:30: outside Mohs surgeon (Lakeside Skin Surgery, separate practice) sent images of a
nasal-tip defect after clearing a BCC this morning and asked us to see her today for reconstruction.
In person 13:00.

72F. No prior visits here. Hx: HTN, on lisinopril; no anticoagulants; non-smoker.
Exam: 1.3 x 1.1 cm defect of the nasal tip to the level of the nasal musculature; cartilage not exposed;
good dorsal and sidewall laxity. 
Assessment and decision: options reviewed - second intention (risk of tip distortion), full-thickness
skin graft (color/contour mismatch), bilobed transposition flap. After discussion today she chose the
bilobed flap; consent signed. The decision to operate was made at this visit.
Procedure: bilobed flap as per procedure entry (total area 7.8 sq cm).
Post-op: pressure dressing, video check day 2, sutures out day 7 in person. 90-day global follow-up.
""",
    "expected": E([L("99203", 1, "57"), L("14060")], dx={"14060": ["C44.311"]}),
    "coder_note": "FLAP-1: nose, 1.4 + 6.4 = 7.8 sq cm -> 14060 (090 global). The new-patient evaluation on the day of "
                  "the 090 procedure resulted in the decision to operate -> 57 on the E/M (GS-4).",
})

# =============================================================================================================
# Batch 5: repair, skin tags, cosmetic, mixed
# =============================================================================================================

SCENARIOS.append({
    "id": "s76-repair-two-cysts-forearm-thigh-summed-layered",
    "family": "repair", "shape": "free-text",
    "description": "Two symptomatic cysts (forearm 1.0 cm, thigh 0.8 cm, 0.1 cm margins) excised; layered repairs 2.8 + 2.2 cm on extremities",
    "date": "2026-02-12",
    "patient": ("Pemberton", "Arthur", "1949-12-19", "male"),
    "provider": "okonkwo", "payer": "medicare-noname", "minutes": 60,
    "conditions": [
        C("c1", "Epidermoid cyst, left forearm, recurrently inflamed and painful", "L72.0", "Left forearm",
          reason=True),
        C("c2", "Epidermoid cyst, right anterior thigh, tender and enlarging", "L72.0", "Right anterior thigh",
          reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Left dorsal forearm",
          note="1.0 cm cyst, ruptured and inflamed twice since October, painful. Excised with 0.1 cm margins.",
          reasons=["c1"]),
        P("Layered closure", site="Left dorsal forearm",
          note="Deep 4-0 Vicryl buried, 5-0 nylon epidermal. Length 2.8 cm.", reasons=["c1"]),
        P("Excision of cyst", site="Right anterior thigh",
          note="0.8 cm tender cyst, doubled in size since summer per pt. Excised with 0.1 cm margins.",
          reasons=["c2"]),
        P("Layered closure", site="Right anterior thigh",
          note="Deep 4-0 Vicryl buried, 5-0 nylon epidermal. Length 2.2 cm.", reasons=["c2"]),
    ],
    "note_title": "Excision Note",
    "note": HDR + """
Chidi Okonkwo MD - 02/12/2026 - in person
E-visit 01/09 with photos: L forearm cyst red and draining again (second flare), R thigh bump growing and
sore. Both quiet now; excision planned.
76M, on no anticoagulants. NKDA. Hx prostate cancer (treated 2015).
Exam today: L dorsal forearm 1.0 cm firm cyst with punctum, tender; R anterior thigh 0.8 cm tender
dermal cyst. Neither fluctuant.
Consent signed for both; 1% lidocaine with epi.
Two separate excisions with layered closures - details in the procedure entries.
Specimens A (forearm) and B (thigh) to path.
Sutures out 12-14 d; if either site opens or drains, upload a photo.
""",
    "path": [
        {"text": "A. Left forearm: epidermoid cyst with rupture and granulomatous inflammation. B. Right thigh: "
                 "epidermoid cyst.", "site": "Left forearm; right thigh", "date": "2026-02-16"},
    ],
    "expected": E([L("11402"), L("11401"), L("12032")]),
    "coder_note": "EX-1: forearm 1.0 + 0.2 = 1.2 cm -> 11402; thigh 0.8 + 0.2 = 1.0 cm -> 11401 (both TAL). REP-1: "
                  "both intermediate repairs are in the 12031-12037 group -> 2.8 + 2.2 = 5.0 cm -> one 12032.",
})

SCENARIOS.append({
    "id": "s76-repair-precoded-two-trunk-repairs-sent-separately",
    "family": "repair", "shape": "pre-coded",
    "description": "BCC back and SCCIS chest excised; the two trunk layered repairs pre-coded as 12031 + 12032 instead of summed",
    "date": "2025-10-29",
    "patient": ("Kingsley", "Norma", "1951-03-27", "female"),
    "provider": "okonkwo", "payer": "medicare-advantage", "minutes": 70,
    "conditions": [
        C("c1", "Basal cell carcinoma, mid back", "C44.519", "Mid back", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left upper chest", "D04.5", "Left upper chest", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion, trunk 1.1-2.0 cm", cpt="11602", site="Mid back",
          note="BCC 1.0 cm with 0.3 cm margins (excised diameter 1.6 cm).", reasons=["c1"]),
        P("Excision malignant lesion, trunk 0.6-1.0 cm", cpt="11601", site="Left upper chest",
          note="SCC in situ 0.5 cm with 0.2 cm margins (excised diameter 0.9 cm).", reasons=["c2"]),
        P("Intermediate repair 2.5 cm or less", cpt="12031", site="Mid back",
          note="Layered closure 2.2 cm.", reasons=["c1"]),
        P("Intermediate repair 2.6-7.5 cm", cpt="12032", site="Left upper chest",
          note="Layered closure 3.4 cm.", reasons=["c2"]),
    ],
    "note_title": "Excision Procedure Note",
    "note": HDR + """
C. Okonkwo MD - 10/29/2025
Results video visit 10/15 reviewed 10/01 biopsies: BCC mid back, SCC in situ L upper chest. Excision
of both chosen over ED&C.
74F. In person today. Meds: metformin, lisinopril. NKDA. No anticoagulants.
Exam: mid back 1.0 cm pearly plaque at biopsy site; L upper chest 0.5 cm scaly pink patch.
Consent signed. 1% lidocaine with epinephrine, 12 mL total.
Excisions as listed; both wounds closed in layers (buried 4-0 Monocryl, 5-0
nylon): back 2.2 cm, chest 3.4 cm. Specimens oriented.
Sutures out 14 d (back) and 10 d (chest) - one nurse visit on day 12. If wound redness, upload photos.
""",
    "path": [
        {"text": "A. Mid back: basal cell carcinoma, nodular, margins clear. B. Left upper chest: squamous cell "
                 "carcinoma in situ, margins clear.", "site": "Mid back; left upper chest", "date": "2025-11-01"},
    ],
    "expected": E([L("11602"), L("11601"), L("12032")], ["coding-correction"],
                  dx={"11602": ["C44.519"], "11601": ["D04.5"]}),
    "coder_note": "REP-1: both layered repairs are trunk (12031-12037 group) -> 2.2 + 3.4 = 5.6 cm -> one 12032; "
                  "12031 dropped (12032/12031 indicator 0). Excisions as sent (D04 -> malignant codes).",
})

SCENARIOS.append({
    "id": "s76-tags-cosmetic-neck-medicare-voluntary-abn",
    "family": "skin-tags", "shape": "note-only",
    "description": "Twelve asymptomatic neck skin tags removed for appearance; Medicare FFS, voluntary ABN signed",
    "date": "2025-10-30",
    "patient": ("Colville", "Doreen", "1955-06-06", "female"),
    "provider": "nakamura", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Acrochordons, neck, asymptomatic", "L91.8", "Neck", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "note_title": "Cosmetic Procedure Note",
    "note": HDR + """
Ren Nakamura MD - 10/30/2025 - in person
She sent neck photos 10/20 asking to "get rid of these tags before my daughter's wedding".
70F. Exam: twelve (12) small pedunculated skin tags on the neck. None irritated, inflamed, bleeding or
catching on jewelry; no symptoms at all - removal purely for appearance.
Explained Medicare does not cover cosmetic removal. She elected to proceed and pay. A voluntary Advance
Beneficiary Notice was given and signed before the procedure.
Meds: amlodipine. NKDA.
Procedure: 12 tags removed by snip excision with iris scissors, AlCl hemostasis. No specimens.
If any site gets infected, send a photo.
""",
    "expected": E([L("11200", 1, "GX", "GY")], ["cosmetic"]),
    "coder_note": "COS-2/COS-4 and conventions: asymptomatic skin tags = cosmetic (statutory exclusion) -> Medicare FFS "
                  "GY, plus GX because a voluntary ABN was documented. 12 tags -> 11200 x1.",
})

SCENARIOS.append({
    "id": "s76-tags-32-symptomatic-folds-mue-cap",
    "family": "skin-tags", "shape": "free-text",
    "description": "Thirty-two irritated/bleeding skin tags in axillae, inframammary folds and neck; 11201 capped at MUE 1",
    "date": "2026-02-19",
    "patient": ("Okafor-Reyes", "Danielle", "1980-07-07", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding", "L91.8", "Axillae, inframammary folds, neck", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", site="Both axillae, inframammary folds and neck",
          note="32 skin tags (axillae 14, inframammary 11, neck 7) - inflamed, rubbing under bra straps, several "
               "bleeding on the clothes. Removed by snip and light electrodesiccation.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
Rafael Santos, MD - 02/19/2026
Video visit 02/05: many tags in skin folds, bleeding on bra straps and clothing; photos showed several
red, crusted tags. Booked for removal.
In person today. 45F, BMI 41, prediabetes. Meds: metformin 500 mg. NKDA.
Not anticoagulated.
Exam: thirty-two tags - axillae 14, inframammary 11, neck 7; many inflamed, some with hemorrhagic crust.
Consent signed; lidocaine 1% with epi to the larger tags.
All 32 removed (see procedure). AlCl / light cautery.
If any site becomes infected, send photos.
""",
    "expected": E([L("11200"), L("11201")], ["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "32 tags -> 11200 (first 15) + 11201 x ceil(17/10) = 2, but 11201 MUE is 1 (MAI 3) -> capped at 1 "
                  "with an mue finding. Symptomatic (bleeding/inflamed), so not cosmetic.",
})

SCENARIOS.append({
    "id": "s76-cosmetic-sk-freeze-for-wedding-aks-billed-uhc",
    "family": "cosmetic", "shape": "note-only",
    "description": "Three AKs frozen (medical) and six asymptomatic SKs frozen at patient request (cosmetic), commercial payer",
    "date": "2025-12-22",
    "patient": ("Marchand", "Yvette", "1964-01-15", "female"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
        C("c2", "Seborrheic keratoses, face and chest, asymptomatic", "L82.1", "Face and chest"),
    ],
    "note_title": "Clinic note",
    "note": HDR + """
A. Lindgren MD - 12/22/2025 - in person
Photos sent 12/10: "brown spots" on face/chest she wants gone before her son's wedding; also a couple of
rough spots on the scalp.
61F. Exam:
 - Scalp: 3 gritty scaly papules = AKs.
 - Face (4) and upper chest (2): six stuck-on tan SKs, no itching, no bleeding, no irritation, no recent
   change - she wants them off purely for appearance.
Procedures:
 - LN2 to the 3 AKs (medically necessary).
 - LN2 to the 6 SKs at her request - cosmetic; cosmetic fee paid at checkout, not to be billed to
   insurance.
Expected blistering reviewed. If an AK persists, send a photo in 6 weeks.
""",
    "expected": E([L("17000"), L("17003", 2)], ["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "3 AKs -> 17000 + 17003 x2. Asymptomatic SK removal is cosmetic (BSL-2); commercial payer -> the "
                  "17110 line is left off the claim with a cosmetic finding (conventions).",
})

SCENARIOS.append({
    "id": "s76-cosmetic-medicare-glycolic-peel-no-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Cosmetic glycolic facial peel for photoaging in a Medicare FFS patient, no ABN issued",
    "date": "2026-02-24",
    "patient": ("Ellsworth", "Margaret", "1956-09-09", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Photoaging of skin, face (cosmetic)", "L57.8", "Face", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "note_title": "Aesthetic Procedure Note",
    "note": HDR + """
Henrietta Voss MD - 02/24/2026 - in person
Cosmetic video consult 02/10: she showed fine lines and mottled pigment on the face and asked for a peel
to "freshen up". No AKs on the photos or on today's exam.
69F. Fitzpatrick II. No isotretinoin, no HSV history.
Procedure: facial chemical peel, epidermal depth - glycolic acid 35%, 3 minutes, neutralized;
full face. Purpose is cosmetic (appearance of photoaging) - no medical indication.
Patient paid the aesthetic price-list fee. No ABN was issued.
Pre-peel: cleansed with acetone; petrolatum to nasal alae and lip commissures.
Tolerated well, mild erythema only.
Aftercare: bland moisturizer, SPF 50. Send photos if crusting or blistering.
""",
    "expected": E([L("15788", 1, "GY")], ["cosmetic"]),
    "coder_note": "COS-2: chemical peel for photoaging is cosmetic (statutorily excluded). Medicare FFS -> GY; no "
                  "voluntary ABN documented, so no GX.",
})

SCENARIOS.append({
    "id": "s76-mixed-seb-derm-em25-forearm-bx-six-aks",
    "family": "mixed", "shape": "note-only",
    "description": "Seborrheic dermatitis flare managed (99213) plus tangential biopsy of a forearm nodule and cryo of 6 scalp AKs",
    "date": "2025-10-07",
    "patient": ("Hendricks", "Olaf", "1946-05-01", "male"),
    "provider": "nakamura", "payer": "medicare-ngs", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Seborrheic dermatitis, face and scalp, flare", "L21.9", "Face and scalp", reason=True),
        C("c2", "Squamous cell carcinoma, right forearm", "C44.622", "Right forearm", reason=True),
        C("c3", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
    ],
    "note_title": "Hybrid Follow-up",
    "note": HDR + """
Ren Nakamura MD - DOS 10/07/2025
Virtual portion (photo review 09/30): pt uploaded photos of a growing bump on the R forearm and of red
flaky skin on the face. Asked him to come in.
In-person portion today.

79M. 
1) Seborrheic dermatitis: flaking and erythema of nasolabial folds, brows, scalp; burning. OTC dandruff
   shampoo not working. Rx ketoconazole 2% shampoo and cream, hydrocortisone 2.5% cream BID x 1 wk for
   flares. 
2) R dorsal forearm: 9 mm crusted keratotic nodule, grew over 6 weeks. Tangential (shave) biopsy,
   partial thickness, AlCl.
3) Scalp: six (6) AKs on the vertex - LN2 2 cycles each. Different lesions from the forearm nodule.
Plan: path via portal; if SCC we will plan treatment by video. Photos of the face in 4 weeks.
""",
    "path": [
        {"text": "Skin, right forearm, shave biopsy: invasive squamous cell carcinoma, well differentiated, "
                 "keratoacanthoma-like, extends to base.", "site": "Right forearm", "date": "2025-10-10"},
    ],
    "expected": E([L("99213", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 5)],
                  dx={"11102": ["C44.622"], "17000": ["L57.0"]}),
    "coder_note": "Seb derm with Rx management is separate -> 99213-25. 11102 for the forearm biopsy; 6 AKs -> 17000 + "
                  "17003 x5. PTP 11102/17000 indicator 1 -> XS on 17000 (different lesion); 11102/17003 has no edit, "
                  "so 17003 needs no XS.",
})

SCENARIOS.append({
    "id": "s76-mixed-punch-chest-knee-wart-aks-uncounted",
    "family": "mixed", "shape": "free-text",
    "description": "Punch biopsy of a chest papule, cryo of a bleeding knee wart, and cryo of AKs with no count documented",
    "date": "2025-11-03",
    "patient": ("Rasmussen", "Carl", "1953-10-10", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left upper chest", "C44.519", "Left upper chest", reason=True),
        C("c2", "Verruca vulgaris, left knee, bleeding", "B07.8", "Left knee", reason=True),
        C("c3", "Actinic keratoses", "L57.0", "Scalp and forehead", reason=True),
    ],
    "procedures": [
        P("Punch biopsy 3 mm", site="Left upper chest",
          note="Changing 6 mm pink scaly papule. 3 mm punch, one 4-0 nylon suture.", reasons=["c1"]),
        P("Cryotherapy of wart", site="Left knee",
          note="6 mm verruca, bleeds when kneeling at work. LN2 2 cycles.", reasons=["c2"]),
        P("Cryotherapy of actinic keratoses", site="Scalp and forehead",
          note="Several AKs treated with LN2, 2 cycles.", reasons=["c3"]),
    ],
    "note_title": "Clinic Procedures",
    "note": HDR + """
Astrid Lindgren MD - 11/03/2025
Photo review 10/27 (patient app): pink spot on chest "that won't heal", wart on knee, rough spots on head.
In person today: 72M, retired roofer. Meds: aspirin 81, metoprolol. NKDA.
Exam: L upper chest 6 mm pink scaly papule; L knee 6 mm verruca with hemorrhagic crust;
scattered scaly AKs on scalp and forehead.
Consent verbal for cryo, written for the biopsy.
Procedures per entries: punch bx L upper chest; LN2 to L knee wart; LN2 to AKs on scalp/forehead
(multiple, not individually counted in the note).
Suture out 10 days. Path to portal. Upload photos of the knee in 3 wk.
""",
    "path": [
        {"text": "Skin, left upper chest, punch: superficial basal cell carcinoma.", "site": "Left upper chest",
         "date": "2025-11-06"},
    ],
    "expected": E([L("11104"), L("17110", 1, "XS")], ["missing-documentation"], dx={"11104": ["C44.519"]}),
    "coder_note": "11104 punch. Wart -> 17110; 11104/17110 indicator 1 with a different lesion -> XS on 17110. AK "
                  "count not documented -> no 17000/17003 line, missing-documentation (README).",
})

SCENARIOS.append({
    "id": "s76-mixed-precoded-shave-ala-warts-earlobe-keloid",
    "family": "mixed", "shape": "pre-coded",
    "description": "Shave of a bleeding nasal ala papule, cryo of 4 painful periungual warts, keloid injection 10 mg; all pre-coded without modifiers",
    "date": "2025-12-29",
    "patient": ("Oyelaran", "Beatrice", "1957-08-18", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left nasal ala", "L82.0", "Left nasal ala", reason=True),
        C("c2", "Periungual verrucae, painful", "B07.8", "Right fingers", reason=True),
        C("c3", "Keloid, right earlobe, itchy and painful", "L91.0", "Right earlobe", reason=True),
    ],
    "procedures": [
        P("Shave removal, nose 0.6-1.0 cm", cpt="11311", site="Left nasal ala",
          note="0.8 cm friable papule, bleeding and growing, r/o BCC. Shaved, AlCl.", reasons=["c1"]),
        P("Destruction benign lesions, up to 14", cpt="17110", site="Right thumb, index, middle fingers",
          note="4 periungual warts, painful, fissuring. LN2 2 cycles.", reasons=["c2"]),
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Right earlobe",
          note="Keloid 1.5 cm, itchy and tender. Triamcinolone 40 mg/mL, 0.25 mL.", reasons=["c3"]),
        P("Triamcinolone acetonide, per 10 mg", cpt="J3301", site="Right earlobe", note="10 mg.", reasons=["c3"]),
    ],
    "note_title": "Procedure Visit",
    "note": HDR + """
Henrietta Voss, MD - 12/29/2025 - in person
Store-and-forward images reviewed 12/18: nose bump bleeding, finger warts, earlobe keloid after piercing.
68F.
 - L nasal ala: 0.8 cm friable, enlarging papule, bled on tissues - shave removal to path (r/o BCC).
 - R thumb, index, middle periungual warts x4 - painful, fissured - LN2.
 - R earlobe keloid 1.5 cm, itching and tender - Kenalog 40 mg/mL 0.25 mL = 10 mg.
Meds: levothyroxine, apixaban (not held - shave/cryo/injection only). NKDA.
Consent signed for all three.
Three separate lesions/sites. No E/M today.
If the nose bleeds again or the warts blister badly, send photos.
""",
    "path": [
        {"text": "Skin, left nasal ala, shave: inflamed seborrheic keratosis; no malignancy.", "site": "Left nasal ala",
         "date": "2026-01-02"},
    ],
    "expected": E([L("11311"), L("17110", 1, "XS"), L("11900", 1, "XS"), L("J3301")],
                  dx={"11311": ["L82.0"], "11900": ["L91.0"]}),
    "coder_note": "11311/17110, 11311/11900 and 17110/11900 are indicator 1 pairs; the lesions are distinct -> XS on "
                  "the column-2 codes 17110 and 11900. J3301 x1 (10 mg). Benign removals have BSL-3 reasons.",
})

SCENARIOS.append({
    "id": "s76-mixed-symptomatic-sk-shave-plus-cosmetic-tags-cigna",
    "family": "mixed", "shape": "free-text",
    "description": "Shave of a bleeding 0.9 cm SK at the waistband plus five asymptomatic neck tags removed for appearance (commercial)",
    "date": "2026-01-21",
    "patient": ("Delgado", "Ramon", "1966-02-02", "male"),
    "provider": "nakamura", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right lower back", "L82.0", "Right lower back", reason=True),
        C("c2", "Acrochordons, neck, asymptomatic", "L91.8", "Neck"),
    ],
    "procedures": [
        P("Shave removal", site="Right lower back at waistband",
          note="0.9 cm inflamed seborrheic keratosis, bleeds with belt/waistband friction. Shaved flush, AlCl.",
          reasons=["c1"]),
        P("Skin tag removal", site="Neck",
          note="5 asymptomatic tags removed at patient request for appearance; cosmetic fee collected.",
          reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
R. Nakamura MD, 01/21/2026, in person.
He sent photos 01/14 of a "scab that keeps bleeding" on the lower back.
59M. R lower back at belt line: 0.9 cm inflamed, crusted SK, bleeding with waistband rubbing -> shave
removal.
Meds: none. NKDA. Consent verbal.
He also asked to have 5 small neck tags removed while here - none irritated or bleeding, purely cosmetic;
told him insurance will not be billed and he paid the cosmetic fee.
Path sent for the back lesion; no specimens from the tags.
Send photo if the back site gets infected.
""",
    "expected": E([L("11301")], ["cosmetic"], dx={"11301": ["L82.0"]}),
    "coder_note": "Symptomatic SK (bleeding) on the back, 0.9 cm TAL -> 11301. Asymptomatic tags are cosmetic; "
                  "commercial payer -> 11200 left off with a cosmetic finding.",
})
