"""Sealed held-out set 7 (prefix s7-): a compliance auditor's pull of 50 signed notes from four EHRs
(Epic SmartPhrase notes, Oracle Health PowerNote HTML, ModMed EMA pre-coded exports, a dictated practice).

Expected answers come from the rule book (derm_coding.md sections 2-7 and 10), docs/coding_conventions.md and the
corpus README "Coding decisions" only. Written without reading the engine or the other corpora.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

# ---------------------------------------------------------------------------------------------------------------
# Biopsy
# ---------------------------------------------------------------------------------------------------------------

BIOPSY = [
    {
        "id": "s7-bx-epic-punch-forearm-two-tangential",
        "family": "biopsy", "shape": "note-only",
        "description": "Epic note: punch biopsy forearm + two tangential biopsies (back, temple); consent names "
                       "ED&C/cryo/excision, PSH lists Mohs, plan says Mohs if BCC",
        "date": "2026-02-10", "patient": ("Thornbury", "Gwendolyn", "1951-03-14", "female"),
        "provider": "chen", "payer": "medicare",
        "conditions": [
            C("c1", "Neoplasm of unspecified behavior of skin, left dorsal forearm", "D49.2", "Left dorsal forearm",
              reason=True),
            C("c2", "Neoplasm of unspecified behavior of skin, right upper back", "D49.2", "Right upper back",
              reason=True),
            C("c3", "Neoplasm of unspecified behavior of skin, left temple", "D49.2", "Left temple", reason=True),
            C("c4", "Personal history of basal cell carcinoma", "Z85.828", history=True),
        ],
        "note": """DERMATOLOGY ESTABLISHED PATIENT VISIT
Patient: Gwendolyn Thornbury    DOB: 03/14/1951    MRN: ***
Date of Service: 02/10/2026    Provider: Wei Chen, MD
Visit type: Lesion check (scheduled 20 min)

CHIEF COMPLAINT: "spots on my arm and back my daughter wants looked at"

HISTORY OF PRESENT ILLNESS:
74 y.o. F, established, last seen 04/2025 for AK cryo to scalp. Her daughter noticed a dark spot on the L forearm about 3 months ago that seems larger. Separately she has a rough pink bump on the R upper back that catches on her bra strap and bled twice. She also points to a shiny bump at the L temple she first saw in the mirror ~6 wks ago. No pain, no pruritus. @ROSBRIEF@

PAST MEDICAL HISTORY: HTN, hyperlipidemia, BCC
PAST SURGICAL HISTORY:
  - Mohs micrographic surgery, L nasal sidewall BCC (2019, Dr. Alvarez) - 2 stages, flap repair
  - Excision benign nevus R shoulder (2008)
  - Lap cholecystectomy (2015)
  - LN2 to scalp AKs x multiple sessions, most recent 04/2025
MEDICATIONS: amlodipine 5 mg daily; atorvastatin 20 mg nightly; fluorouracil 5% cream (course completed 2024, not using)
ALLERGIES: No Known Allergies
SOCIAL: former smoker, quit 1990. Retired school librarian. Gardens without a hat.

PHYSICAL EXAM:
Gen: pleasant, NAD
Skin (focused - face, scalp, bilateral arms, upper back):
  L dorsal forearm - 7 mm irregularly pigmented macule, 2 shades of brown, asymmetric border. Dermoscopy: atypical network, focal regression.
  R upper back, inferior to scapula - 6 mm pink scaly papule with central erosion.
  L temple - 5 mm pearly papule with arborizing vessels on dermoscopy.
  L nasal sidewall - well healed flap scar, no nodularity.
  Trunk - scattered stuck-on tan papules c/w SKs. Face/scalp - no AKs today.

ASSESSMENT & PLAN:
1. Atypical pigmented macule, L dorsal forearm. DDx dysplastic nevus vs early melanoma.
   - Punch biopsy today, see Procedure Note A.
2. Pink scaly papule R upper back. DDx SCC vs irritated SK.
   - Tangential biopsy today, Procedure Note B.
3. Pearly papule L temple. Favor BCC.
   - Tangential biopsy today, Procedure Note C.
   - If BCC is confirmed will schedule Mohs given location (H-zone).
4. History of BCC, L nasal sidewall - no evidence of recurrence.
5. Seborrheic keratoses, trunk - benign, reassurance. No treatment requested.

CONSENT: The risks, benefits and alternatives of the procedure(s), including but not limited to biopsy, excision, electrodesiccation and curettage, and cryotherapy, were discussed with the patient. Risks reviewed include bleeding, infection, scarring, pain, nerve injury, recurrence, and the possible need for additional procedures. The patient voiced understanding and agreed. Written consent signed and scanned.

PROCEDURE NOTE A - BIOPSY
  Site: L dorsal forearm
  Prep: chlorhexidine. Anesthesia: 1% lidocaine w/ epi, 1 mL
  Technique: 4 mm punch biopsy, full thickness to subcutaneous fat
  Closure: 4-0 nylon x1 simple interrupted
  Specimen A to dermpath, formalin

PROCEDURE NOTE B - BIOPSY
  Site: R upper back
  Anesthesia: 1% lidocaine w/ epi, 0.5 mL
  Technique: tangential biopsy with flexible DermaBlade to mid dermis
  Hemostasis: aluminum chloride
  Specimen B to dermpath

PROCEDURE NOTE C - BIOPSY
  Site: L temple
  Anesthesia: 1% lidocaine w/ epi, 0.5 mL
  Technique: tangential (shave) biopsy to superficial dermis
  Hemostasis: aluminum chloride; petrolatum and adhesive bandage
  Specimen C to dermpath

Estimated blood loss minimal. Tolerated well, no complications. Written wound care instructions provided.
FOLLOW UP: suture removal 10-14 days (PCP ok). We will call with pathology. Full skin exam due 04/2026.

Electronically signed by Wei Chen, MD 02/10/2026 16:42
""",
        "expected": E([L("11104", 1), L("11103", 2)]),
        "coder_note": "BX-1/BX-2: three biopsies, one punch and two tangential -> punch is the primary (11104) and "
                      "each tangential takes its own add-on 11103 x2. Consent wording (excision, ED&C, cryo), PSH "
                      "Mohs and the planned Mohs are not services today. No E/M selected.",
    },
    {
        "id": "s7-bx-wedge-shin-punch-wrist-free-text",
        "family": "biopsy", "shape": "free-text",
        "description": "Free-text: incisional wedge biopsy of shin nodule + punch of wrist papule; a third "
                       "Procedure (IL injection) is status not-done",
        "date": "2026-01-22", "patient": ("Ferreira-Lund", "Mateus", "1984-09-02", "male"),
        "provider": "halvorsen", "payer": "commercial-cigna",
        "conditions": [
            C("c1", "Tender subcutaneous nodule, left shin", "R22.42", "Left anterior shin", reason=True),
            C("c2", "Violaceous papules, right wrist", "L98.8", "Right volar wrist", reason=True),
        ],
        "procedures": [
            P("Incisional biopsy (wedge)", site="Left anterior shin",
              note="2.5 cm tender erythematous subcutaneous nodule. Fusiform wedge through full-thickness dermis "
                   "into subcutaneous fat with #15 blade for panniculitis work-up (EN vs other). Specimen 1.8 x 0.5 "
                   "cm, half to formalin, half to culture. Closed 4-0 nylon x3.",
              reasons=["c1"]),
            P("Punch bx 4 mm", site="Right volar wrist",
              note="Flat-topped violaceous papule with Wickham striae, r/o lichen planus. 4 mm punch, 5-0 nylon x1.",
              reasons=["c2"]),
            P("IL triamcinolone, shin nodule", site="Left anterior shin",
              note="Deferred - will decide after pathology and culture.", reasons=["c1"], status="not-done"),
        ],
        "note": """Dermatology Clinic Note - M. Ferreira-Lund - 01/22/2026
S: 41M, 5 wk of painful red lumps L shin (2 resolved, 1 persistent) + itchy purple bumps R wrist x2 mo. No new meds. Recent sore throat in Dec.
O: L anterior shin 2.5 cm warm tender deep nodule. R volar wrist cluster of 3-4 mm violaceous polygonal papules. Oral mucosa clear.
A/P:
 - Nodule L shin: wedge (incisional) biopsy to fat for H&E and tissue culture. ASO titer, CBC ordered via PCP.
 - Papules R wrist: punch 4 mm for H&E.
 - IL steroid into nodule discussed - holding until path back.
RTC 2 wk for suture removal and results.
""",
        "expected": E([L("11106", 1), L("11105", 1)]),
        "coder_note": "BX-1/BX-2: incisional (blade, full thickness) outranks punch -> 11106 primary, punch as 11105. "
                      "The not-done injection is not billed.",
    },
    {
        "id": "s7-bx-dictated-three-tangential-rosacea-em25",
        "family": "biopsy", "shape": "note-only",
        "description": "Dictated: three tangential biopsies (cheek, chest, shin) in words + new rosacea Rx; 99213-25",
        "date": "2026-03-04", "patient": ("Oyelaran", "Benedict", "1947-11-30", "male"),
        "provider": "weiss", "payer": "medicare-ngs", "em": "99213",
        "conditions": [
            C("c1", "Neoplasm of unspecified behavior of skin, left cheek", "D49.2", "Left cheek", reason=True),
            C("c2", "Neoplasm of unspecified behavior of skin, right chest", "D49.2", "Right chest", reason=True),
            C("c3", "Neoplasm of unspecified behavior of skin, left shin", "D49.2", "Left shin", reason=True),
            C("c4", "Rosacea", "L71.9", "Face", reason=True),
        ],
        "note": """This is a dictated note for Benedict Oyelaran, date of service March fourth, two thousand twenty-six, Dr. Samuel Weiss dictating.

Mr. Oyelaran is a seventy-eight-year-old gentleman, established with our practice, who comes in today for two separate reasons. First, he has noticed three growths over the winter that he would like evaluated: one on the left cheek that is scaly and keeps coming back after he picks it off, one on the right side of the chest that is pink and slowly getting bigger, and one on the left shin that bleeds when his trousers rub it. Second, his face has been much redder over the past two months, with burning and little bumps across both cheeks and the nose, and the over-the-counter redness cream his wife bought him has not helped. He has never been treated for the facial redness before. He denies eye symptoms other than occasional grittiness. He takes lisinopril and metformin. No known drug allergies. Of note, he had cryotherapy to a few precancers on his scalp in twenty twenty-three and a benign mole removed from the back many years ago, neither of which he has questions about today.

On examination he is alert and in no distress. The central face shows background erythema with telangiectasias and scattered inflammatory papules and pustules on both cheeks, the chin and the nasal tip, without comedones; this is consistent with papulopustular rosacea. Eyelid margins are mildly erythematous. On the left cheek there is a six millimeter hyperkeratotic pink papule. On the right chest there is an eight millimeter pink, slightly pearly papule. On the left shin there is a seven millimeter crusted erythematous papule. The remainder of the focused examination of the face, chest and legs is unremarkable.

Assessment and plan. Number one, papulopustular rosacea, new to this practice and not previously treated. I discussed triggers, gentle skin care and daily sunscreen. I am starting metronidazole zero point seven five percent gel twice daily and doxycycline forty milligram modified release once daily, reviewed photosensitivity and GI side effects, and sent both prescriptions to his pharmacy. We will reassess in eight weeks; if the eyes worsen he will see ophthalmology. Number two, three lesions suspicious for keratinocyte carcinoma, on the left cheek, right chest and left shin. After verbal and written consent, each site was cleansed and anesthetized with one percent lidocaine with epinephrine, and a tangential shave biopsy was taken from each of the three lesions with a flexible blade to the level of the mid dermis. Hemostasis was obtained with aluminum chloride and the sites were dressed with petrolatum. Three specimens, labeled A left cheek, B right chest and C left shin, were sent to dermatopathology. He tolerated this well. Should any of these return as a carcinoma, we will discuss excision versus Mohs at the results call. Follow-up in eight weeks for the rosacea, sooner as needed.

End of dictation.
""",
        "expected": E([L("99213", 1, "25"), L("11102", 1), L("11103", 2)]),
        "coder_note": "BX-2: three tangential biopsies -> 11102 + 11103 x2. GS-3: rosacea is a separate problem with "
                      "new prescription drug management, so the provider's 99213 stays with 25 (11102/99213 PTP "
                      "indicator 1). Past cryo and the excision/Mohs plan are not billed.",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Cosmetic
# ---------------------------------------------------------------------------------------------------------------

COSMETIC = [
    {
        "id": "s7-cos-sk-cryo-medicare-voluntary-abn",
        "family": "cosmetic", "shape": "note-only",
        "description": "EMA-style note: LN2 to six asymptomatic SKs for appearance, Medicare FFS, voluntary ABN -> "
                       "17110 GX GY",
        "date": "2026-04-14", "patient": ("Kowalczyk", "Dorothy", "1956-06-21", "female"),
        "provider": "adeyemi", "payer": "medicare",
        "conditions": [C("c1", "Seborrheic keratoses, back and flanks", "L82.1", "Back", reason=True)],
        "note": """Visit Type: Established Patient - Cosmetic Procedure (self-pay)
Chief Complaint: "want these brown spots frozen off before my granddaughter's wedding"

History of Present Illness:
Location: back, flanks. Duration: years. Symptoms: none - patient denies itching, bleeding, irritation, pain or recent change. Context: cosmetic concern, upcoming family event. Prior treatment: none.

Review of Systems: Constitutional - negative. Skin - see HPI.

Examination:
Back and bilateral flanks - six waxy, stuck-on, tan-brown papules 5-9 mm, uniform, no inflammation, no crust, no erosion. Dermoscopy: milia-like cysts and comedo-like openings on each, classic SK.

Assessment:
Seborrheic keratoses (L82.1), back/flanks - benign, asymptomatic.

Plan:
Counseling: Discussed that these are benign growths and that removal for appearance is cosmetic and not a Medicare benefit. Patient elected to proceed and pay out of pocket. Voluntary Advance Beneficiary Notice (CMS-R-131) reviewed and signed before the procedure; copy given. Fee estimate provided.

Procedure: Cryosurgery - benign lesions
  Lesion count: 6
  Location: back (4), left flank (1), right flank (1)
  Agent: liquid nitrogen, cryospray
  Freeze-thaw cycles: 1 cycle, 10 seconds each
  Consent: verbal and written
  Complications: none
  Aftercare: blister care handout

Follow-up: PRN. Annual skin check due 09/2026.
""",
        "expected": E([L("17110", 1, "GX", "GY")], topics=["cosmetic"]),
        "coder_note": "COS-1/COS-4, BSL-2: asymptomatic L82.1 removed for appearance is statutorily excluded -> "
                      "Medicare FFS line kept with GY, plus GX for the documented voluntary ABN. Six lesions = 17110 x1.",
    },
    {
        "id": "s7-cos-peel-selfpay-plus-ak-hands-oracle",
        "family": "cosmetic", "shape": "note-only", "html": True,
        "description": "Oracle HTML: self-pay superficial facial peel for photoaging (removed, commercial) + LN2 to "
                       "3 AKs dorsal hands",
        "date": "2026-01-29", "patient": ("Abernethy-Cole", "Priya", "1968-02-08", "female"),
        "provider": "castellanos", "payer": "commercial",
        "conditions": [
            C("c1", "Actinic keratoses, dorsal hands", "L57.0", "Dorsal hands", reason=True),
            C("c2", "Encounter for cosmetic procedure (photoaging)", "Z41.1", "Face"),
        ],
        "note": """<html><body>
<h3>Dermatology Procedure Visit</h3>
<p><b>Patient:</b> Priya Abernethy-Cole &nbsp; <b>DOS:</b> 01/29/2026 &nbsp; <b>Attending:</b> Ines Castellanos, MD</p>
<p><b>Reason for visit:</b> Scheduled aesthetic peel; also "rough spots on my hands".</p>
<p><b>Subjective:</b> 57F with fine lines and mottled pigmentation of the face, desires cosmetic improvement. Has had two prior superficial peels here (2024, 2025) with good result. Separately reports gritty, scaly spots on the backs of both hands, tender when she washes dishes.</p>
<p><b>Objective:</b></p>
<ul>
<li>Face: Glogau II photoaging, diffuse lentigines, fine rhytides. No active dermatitis, no HSV lesions.</li>
<li>Dorsal hands: erythematous adherent scaly papules - R hand 2, L hand 1.</li>
</ul>
<p><b>Assessment / Plan:</b></p>
<ol>
<li><b>Photoaging / dyschromia, face</b> - cosmetic. Superficial chemical peel performed today, <u>self-pay</u>, fee collected at check-in per aesthetic price list. Not submitted to insurance.</li>
<li><b>Actinic keratoses, dorsal hands</b> - cryotherapy performed, see below. Discussed field therapy with 5-FU if more appear; she will think about it.</li>
</ol>
<table border="1">
<tr><th>Procedure</th><th>Site</th><th>Details</th></tr>
<tr><td>Chemical peel, superficial</td><td>Full face</td><td>Degreased with acetone. Jessner's solution 2 coats followed by 15% TCA 1 coat; even frost level 1. Neutralized with cool compresses. Tolerated well.</td></tr>
<tr><td>Cryotherapy, AK</td><td>R dorsal hand</td><td>2 lesions, LN2, 2 freeze-thaw cycles</td></tr>
<tr><td>Cryotherapy, AK</td><td>L dorsal hand</td><td>1 lesion, LN2, 2 freeze-thaw cycles</td></tr>
</table>
<p>Post-peel instructions: bland emollient, strict photoprotection, no retinoid x 7 days. Valacyclovir prophylaxis not needed (no HSV history).</p>
<p><b>Follow-up:</b> 3 months for AK check; next peel at patient's discretion.</p>
<p><i>Electronically signed: I. Castellanos, MD</i></p>
</body></html>""",
        "expected": E([L("17000", 1), L("17003", 2)], topics=["cosmetic"]),
        "coder_note": "COS-2 and conventions (non-Medicare cosmetic): the photoaging peel is removed from a commercial "
                      "claim (cosmetic finding; patient paid). DS-1: three AKs split across table rows -> 17000 + "
                      "17003 x2.",
    },
    {
        "id": "s7-cos-neck-tags-medicare-no-abn-free-text",
        "family": "cosmetic", "shape": "free-text",
        "description": "Free-text: snip removal of 9 asymptomatic neck tags for appearance, Medicare FFS (NGS), no "
                       "ABN -> 11200-GY",
        "date": "2026-05-06", "patient": ("Villanueva", "Rosario", "1949-12-12", "female"),
        "provider": "pike", "payer": "medicare-ngs",
        "conditions": [C("c1", "Acrochordons, neck", "L91.8", "Neck", reason=True)],
        "procedures": [
            P("Skin tag removal, snip excision x9", site="Anterior and lateral neck",
              note="Patient requests removal for appearance. Tags are asymptomatic - no irritation, no bleeding, "
                   "no inflammation. Nine pedunculated tags 1-3 mm removed with gradle scissors, AlCl hemostasis. "
                   "No ABN obtained.", reasons=["c1"]),
        ],
        "note": """Pt here for removal of "little tags" on neck, bothered by how they look in photos. Denies catching on jewelry, itching, bleeding. Exam: 9 soft pedunculated flesh-colored papules anterior/lateral neck, none inflamed. Discussed cosmetic nature. Removed today per pt preference. Declined removal of 2 tags L upper eyelid ("leave those"). RTC annual FSE.
-- R. Villanueva seen by J. Pike MD""",
        "expected": E([L("11200", 1, "GY")], topics=["cosmetic"]),
        "coder_note": "BSL-2/COS-4: asymptomatic tags removed for appearance are statutorily excluded; Medicare FFS "
                      "-> GY (no GX, no ABN documented). 9 tags -> 11200 x1. Eyelid tags declined.",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Destruction
# ---------------------------------------------------------------------------------------------------------------

DESTRUCTION = [
    {
        "id": "s7-ds-ak-counts-split-epic",
        "family": "destruction", "shape": "note-only",
        "description": "Epic: AK cryo counted across sentences (4 scalp, 3 forearms, then 2 dorsal L hand) = 9; "
                       "ED&C discussed and declined, PDT planned",
        "date": "2026-02-18", "patient": ("Haverford", "Clement", "1944-08-17", "male"),
        "provider": "lindqvist", "payer": "medicare",
        "conditions": [C("c1", "Actinic keratoses", "L57.0", "Scalp, forearms, left hand", reason=True)],
        "note": """** DERMATOLOGY PROGRESS NOTE **
PATIENT: Clement Haverford   AGE: 81 y.o.   SEX: M
ENCOUNTER DATE: 2/18/2026   PROVIDER: Erik Lindqvist, MD
CC: f/u actinic keratoses

INTERVAL HISTORY: Last visit 8/2025 - cryo to 11 AKs of scalp. Completed 4 wks of fluorouracil 5% to scalp in 2023 with good response. Now notes new rough spots on scalp and arms. Also asks about a thicker scaly spot R temple.

MEDS: tamsulosin, aspirin 81, vitamin D    ALLERGIES: sulfa (rash)

EXAM: Bald scalp with background actinic damage; gritty erythematous scaly papules as below. R temple 8 mm hyperkeratotic papule, non-tender, no induration.

IMPRESSION:
1. Actinic keratoses (L57.0) - symptomatic (tender/catching on hat)
2. Hyperkeratotic papule R temple - favor hypertrophic AK vs early SCC

PLAN:
1. AKs - cryotherapy performed today.
   Treated 4 on the scalp and 3 on the bilateral dorsal forearms with liquid nitrogen, two freeze-thaw cycles each.
   While finishing I found two more on the dorsal L hand; these were also frozen in the same manner.
   Post-cryo blistering and hypopigmentation reviewed. Handout given.
2. R temple - offered biopsy or ED&C today; patient prefers to watch for now and will return if it grows or bleeds. Not treated today. Will biopsy if persists at next visit.
3. Field therapy - would like PDT to scalp next winter; will schedule.

PROCEDURE: Destruction, premalignant lesions
Consent: risks (blistering, pigment change, scarring, recurrence) explained; verbal consent obtained.
Method: LN2 cryospray
Lesions: see plan above
Complications: none

F/U 6 months.
Signed: Erik Lindqvist, MD
""",
        "expected": E([L("17000", 1), L("17003", 8)]),
        "coder_note": "DS-1: 4 + 3 + 2 = 9 AKs -> 17000 + 17003 x8. The R temple lesion was not treated (ED&C and "
                      "biopsy declined); PDT is a plan; the 2025 cryo and 2023 5-FU are history.",
    },
    {
        "id": "s7-ds-ema-17003x16-to-17004",
        "family": "destruction", "shape": "pre-coded",
        "description": "EMA pre-coded 17000 + 17003 x16 for 17 AKs -> 17004 x1",
        "date": "2026-03-11", "patient": ("Brandvold", "Arne", "1940-04-03", "male"),
        "provider": "lindgren", "payer": "medicare-advantage-ppo",
        "conditions": [C("c1", "Actinic keratosis", "L57.0", "Face, scalp, dorsal hands", reason=True)],
        "procedures": [
            P("Destruction premalignant lesion, first", cpt="17000", site="Face", reasons=["c1"],
              note="LN2, 1 lesion"),
            P("Destruction premalignant lesions, each additional (qty 16)", cpt="17003",
              site="Face, scalp, dorsal hands", reasons=["c1"], note="Units: 16"),
        ],
        "note": """Visit Type: Follow-up
Chief Complaint: AK check

HPI: 85 y.o. M with extensive actinic damage. Returns for scheduled cryotherapy. Several lesions tender.

Exam: Face - 6 erythematous scaly papules (forehead 3, R cheek 2, nasal dorsum 1). Scalp - 7 similar papules on vertex and crown. Dorsal hands - 4 (R 3, L 1).

Assessment: Actinic keratoses (L57.0) - 17 lesions.

Procedure: Cryosurgery - premalignant lesions
  Lesion count: 17 (face 6, scalp 7, dorsal hands 4)
  Agent: LN2, 2 cycles
  Consent: on file, verbal reconfirmed
  Complications: none

Plan: Sun protection. Recheck 6 months. Consider field therapy with 5-FU/calcipotriene in summer.
""",
        "expected": E([L("17004", 1)], topics=["coding-correction"]),
        "coder_note": "DS-1: 15 or more AKs -> one unit of 17004 instead of 17000 + 17003 (17003 MUE 13 and "
                      "17004/17000, 17004/17003 indicator 0).",
    },
    {
        "id": "s7-ds-edc-sbcc-back-free-text",
        "family": "destruction", "shape": "free-text",
        "description": "Free-text: ED&C of biopsy-proven superficial BCC R upper back, lesion 1.3 x 1.0 cm, final "
                       "defect 1.8 cm -> 17262",
        "date": "2026-02-03", "patient": ("Quintanilla", "Marisol", "1962-07-25", "female"),
        "provider": "okonkwo", "payer": "commercial-uhc",
        "conditions": [C("c1", "Basal cell carcinoma, superficial, right upper back", "C44.519", "Right upper back",
                         reason=True)],
        "prior": [PRIOR("2026-01-08", "11102", "Tangential biopsy", "Right upper back")],
        "path": [{"text": "Skin, right upper back, shave biopsy: Basal cell carcinoma, superficial type, extending "
                          "to the peripheral edge.", "site": "Right upper back", "date": "2026-01-12",
                  "encounter": "enc-s7-ds-edc-sbcc-back-free-text-prior-1"}],
        "procedures": [
            P("ED&C", site="Right upper back",
              note="Biopsy-proven superficial BCC (1/8/2026). Clinical lesion 1.3 x 1.0 cm with biopsy scar. Local "
                   "1% lido w/ epi 3 mL. Curettage with 4 mm and 2 mm curettes followed by electrodesiccation, 3 "
                   "cycles. Final defect 1.8 cm diameter. Vaseline + bandage.", reasons=["c1"]),
        ],
        "note": """Procedure visit. Pt prefers ED&C over excision or Mohs after discussion of cure rates and scarring. Imiquimod was also discussed; she does not want a 6-week cream course. Consent signed. Procedure as documented. Second-intention healing, wound care reviewed. RTC 3 months then q6 months FSE.
- C. Okonkwo MD""",
        "expected": E([L("17262", 1)]),
        "coder_note": "DS-4: malignant destruction, trunk (TAL), lesion 1.3 cm and final curettage defect 1.8 cm both "
                      "in the 1.1-2.0 cm band -> 17262. Prior biopsy (000 global) three weeks earlier; excision, "
                      "Mohs and imiquimod only discussed.",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# E/M
# ---------------------------------------------------------------------------------------------------------------

EM = [
    {
        "id": "s7-em-medicare-screening-only-fse-gy",
        "family": "em", "shape": "note-only",
        "description": "Epic: Medicare new patient, screening-only full-skin exam, no history, no complaint, "
                       "nothing found -> 99203-GY",
        "date": "2026-03-19", "patient": ("Pemberton", "Harold", "1957-10-09", "male"),
        "provider": "santos", "payer": "medicare", "em": "99203",
        "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True)],
        "note": """NEW PATIENT VISIT - DERMATOLOGY
Patient: Harold Pemberton   DOB 10/09/1957   Sex: M
Date: 03/19/2026   Provider: Rafael Santos, MD
Referred by: self (wife scheduled)

CHIEF COMPLAINT: "annual skin check - my wife made me come"

HPI: 68 y.o. M presenting for a routine skin cancer screening. He has no specific lesion of concern, no new or changing moles, no bleeding or non-healing spots, no itch or rash. No personal history of skin cancer, precancers or atypical moles. No family history of melanoma. No prior dermatology visits. No history of tanning bed use; occasional sunburns as a child.

PMH: hypothyroidism   PSH: appendectomy (1978), R knee arthroscopy (2012)
MEDS: levothyroxine 75 mcg   ALLERGIES: NKDA
SOCIAL: retired engineer, nonsmoker.
ROS: 12-point ROS negative except as noted in HPI.

PHYSICAL EXAM:
General: well developed, NAD. Skin type II.
Full skin examination performed (scalp, face, ears, neck, chest, abdomen, back, buttocks, bilateral upper and lower extremities including palms, soles, digits and nails; genital exam deferred at patient request).
No lesions of concern identified. A handful of small, regular, evenly pigmented nevi on the trunk, all benign-appearing on dermoscopy; no atypical nevi. No actinic keratoses, no keratinocyte carcinoma, no suspicious pigmented lesions. Nails and hair normal.

ASSESSMENT:
Encounter for skin cancer screening (Z12.83) - normal examination.

PLAN:
- Reviewed ABCDEs of melanoma and monthly self-skin exams.
- Sunscreen SPF 30+, hat, sun-protective clothing.
- No procedures indicated.
- Return in 1-2 years or sooner if any lesion changes.

Medicare coverage: patient told verbally that Medicare does not pay for screening skin examinations when there are no symptoms and no skin cancer history. No ABN was issued.

Total time on date of encounter: 32 minutes.
Rafael Santos, MD
""",
        "expected": E([L("99203", 1, "GY")]),
        "coder_note": "DX-5 and corpus decision: Medicare screening-only full-skin exam (no history, no complaint, "
                      "nothing found) -> the E/M is billed with GY (statutory screening exclusion).",
    },
    {
        "id": "s7-em-isotretinoin-month3-oracle",
        "family": "em", "shape": "note-only", "html": True,
        "description": "Oracle HTML: isotretinoin month-3 follow-up with lab review; ILK discussed and declined, "
                       "extractions deferred -> 99214 only",
        "date": "2026-04-02", "patient": ("Delacroix-Muñoz", "Javier", "2006-05-17", "male"),
        "provider": "nakamura", "payer": "commercial-aetna", "em": "99214",
        "conditions": [C("c1", "Acne conglobata / severe nodular acne", "L70.0", "Face, chest, back", reason=True)],
        "note": """<html><body>
<p><b>DERMATOLOGY FOLLOW-UP</b> &nbsp;|&nbsp; Javier Delacroix-Muñoz &nbsp;|&nbsp; 04/02/2026 &nbsp;|&nbsp; Ren Nakamura, MD</p>
<p><b>Reason:</b> Isotretinoin monitoring, month 3</p>
<p><b>Interval history:</b> 19M on isotretinoin 40 mg BID (cumulative ~ 68 mg/kg). Acne about 60% improved. Dry lips, mild nosebleeds in the morning. Denies headache, visual change, back pain, mood change; PHQ-2 = 0. No new medications, no tetracyclines, no vitamin A supplements.</p>
<p><b>Labs reviewed (03/28/2026):</b></p>
<table border="1">
<tr><td>Triglycerides</td><td>212 mg/dL (baseline 98)</td></tr>
<tr><td>Total cholesterol</td><td>198 mg/dL</td></tr>
<tr><td>ALT / AST</td><td>31 / 28 U/L</td></tr>
</table>
<p><b>Exam:</b> Face: few residual inflammatory papules on the jawline, one 1 cm tender nodule on the L jaw, post-inflammatory erythema. Chest/back: marked improvement, scattered hyperpigmented macules. Lips cheilitic. Nares with dried blood crusts, no active bleeding.</p>
<p><b>Assessment/Plan:</b></p>
<ol>
<li><b>Severe nodular acne on isotretinoin</b> - improving. Continue 40 mg BID. iPLEDGE confirmed for this month. Rx renewed.</li>
<li><b>Hypertriglyceridemia, drug-related</b> - moderate elevation. Low-fat diet, limit alcohol, recheck fasting lipids in 4 weeks; will reduce dose if TG &gt; 400.</li>
<li><b>Cheilitis / epistaxis</b> - petrolatum lip balm, saline nasal gel, bedside humidifier.</li>
<li>Intralesional triamcinolone to the L jaw nodule was offered; <u>patient declined</u>, prefers to let it settle on its own. Comedone extraction deferred to a later visit.</li>
</ol>
<p>Return 4 weeks with labs.</p>
<p><i>Signed R. Nakamura MD</i></p>
</body></html>""",
        "expected": E([L("99214", 1)]),
        "coder_note": "EM-1/EM-4: office visit only; provider-selected 99214 kept. Injection offered and declined and "
                      "extractions deferred -> no procedure line, no modifier 25.",
    },
    {
        "id": "s7-em-ema-wart-decision-only-removed",
        "family": "em", "shape": "pre-coded",
        "description": "EMA: established patient 99213 + 17110 for one finger wart, only the wart addressed -> "
                       "E/M removed",
        "date": "2026-02-26", "patient": ("Strand", "Tobias", "1999-01-28", "male"),
        "provider": "marchetti", "payer": "commercial-aetna", "em": "99213",
        "conditions": [C("c1", "Verruca vulgaris, right index finger", "B07.8", "Right index finger", reason=True)],
        "procedures": [
            P("Cryo destruction benign lesion", cpt="17110", site="R index finger, dorsal", reasons=["c1"],
              note="LN2 x2 freeze-thaw, 1 wart"),
        ],
        "note": """Visit Type: Established Patient
Chief Complaint: wart R index finger
HPI: 27M, wart R index finger x 4 months, tried OTC salicylic acid x 6 weeks without change. Occasionally tender when typing. No other skin concerns today.
Exam: R index finger dorsal PIP - 5 mm verrucous papule with thrombosed capillaries. No other warts seen on hands.
Assessment: Verruca vulgaris (B07.8)
Plan: Options discussed (cryo, cantharidin, continued salicylic acid). Pt chose cryo.
Procedure: Cryosurgery - benign lesion. Count: 1. LN2, 2 freeze-thaw cycles. Tolerated well.
Follow-up: 3-4 weeks for repeat treatment if persists.
""",
        "expected": E([L("17110", 1)]),
        "coder_note": "GS-3 and corpus decision (em-decision-only-removed): the only problem addressed is the wart "
                      "that was treated; the visit work is the decision for the minor procedure -> the 99213 line is "
                      "removed, 17110 x1 stays.",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Excision, benign
# ---------------------------------------------------------------------------------------------------------------

EXCISION_BENIGN = [
    {
        "id": "s7-exb-inflamed-cyst-back-layered-epic",
        "family": "excision-benign", "shape": "note-only",
        "description": "Epic: inflamed epidermoid cyst upper back 2.1 x 1.6 cm, 1 mm margins (2.3 cm) + layered "
                       "closure 4.5 cm; prior urgent-care I&D in history, second cyst planned",
        "date": "2026-01-14", "patient": ("Nwachukwu", "Emeka", "1979-03-03", "male"),
        "provider": "baptiste", "payer": "commercial",
        "conditions": [C("c1", "Epidermal cyst, upper back, inflamed", "L72.0", "Upper back, midline", reason=True)],
        "path": [{"text": "Skin and subcutis, upper back, excision: Ruptured epidermal inclusion cyst with foreign "
                          "body giant cell reaction. No atypia.", "site": "Upper back", "date": "2026-01-17"}],
        "note": """PROCEDURE NOTE - EXCISION
Patient: Emeka Nwachukwu   MRN: ***   DOS: 01/14/2026
Surgeon: Marc Baptiste, MD   Assistant: K. Doyle, MA

INDICATION: 46 y.o. M with a recurrently inflamed cyst of the upper back, painful when lying supine and drained twice (urgent care I&D 08/2025; spontaneous drainage 11/2025). Currently quiescent after a doxycycline course. Desires definitive removal.

PRE-OP DIAGNOSIS: inflamed epidermoid cyst, upper back
POST-OP DIAGNOSIS: same, pending pathology

CONSENT: Procedure, alternatives (observation, repeat I&D, intralesional steroid) and risks (bleeding, infection, scar, dehiscence, recurrence) reviewed. Written consent signed. Time-out performed.

DESCRIPTION:
The lesion was measured before anesthesia at 2.1 x 1.6 cm. An ellipse was marked around it leaving a 1 mm margin of normal-appearing skin on all sides, oriented along relaxed skin tension lines. After prep with chlorhexidine and local anesthesia with 1% lidocaine with epinephrine, 8 mL, the ellipse was incised with a #15 blade and the cyst with its wall and punctum was removed intact from the subcutaneous fat, together with surrounding scar tissue. Specimen sent to pathology. Bleeders cauterized.

REPAIR: Because of tension on the upper back the wound edges were undermined about 1 cm in the subcutaneous plane. The wound was then closed in layers: deep dermal/subcutaneous buried 3-0 Monocryl and epidermis with running 4-0 nylon. Final repair length 4.5 cm.

EBL < 5 mL. No complications. Steri-strips and pressure dressing applied.

PLAN:
- Suture removal in 12-14 days.
- Activity restrictions reviewed.
- Pt also has a small pilar cyst on the occipital scalp; not bothersome now. Will consider excision at a future visit if it enlarges.

Marc Baptiste, MD
""",
        "expected": E([L("11403", 1), L("12032", 1)]),
        "coder_note": "EX-1: 2.1 cm + 2 x 0.1 cm = 2.3 cm, trunk, benign path -> 11403. EX-5/REP-2/REP-3: layered "
                      "closure 4.5 cm on the trunk -> 12032. Prior I&D is history; the scalp cyst is a plan.",
    },
    {
        "id": "s7-exb-atypical-nevus-scalp-free-text",
        "family": "excision-benign", "shape": "free-text",
        "description": "Free-text: re-excision of moderately atypical nevus L parietal scalp, 0.6 cm scar + 3 mm "
                       "margins (1.2 cm, SNHFG) + intermediate repair 3.2 cm (scalp is in the 12031 group)",
        "date": "2026-02-24", "patient": ("Lindahl", "Ingrid", "1953-09-13", "female"),
        "provider": "voss", "payer": "medicare-noname",
        "conditions": [C("c1", "Dysplastic nevus, left parietal scalp", "D22.4", "Left parietal scalp", reason=True)],
        "prior": [PRIOR("2026-01-20", "11102", "Tangential biopsy", "Left parietal scalp")],
        "path": [
            {"text": "Skin, left parietal scalp, shave biopsy: Compound dysplastic nevus with moderate to severe "
                     "cytologic atypia, extending to the deep and lateral margins.", "site": "Left parietal scalp",
             "date": "2026-01-23", "encounter": "enc-s7-exb-atypical-nevus-scalp-free-text-prior-1"},
            {"text": "Skin, left parietal scalp, re-excision: Residual compound dysplastic nevus with moderate "
                     "atypia and scar. Margins free of residual nevus.", "site": "Left parietal scalp",
             "date": "2026-02-27"},
        ],
        "procedures": [
            P("Excision benign lesion w/ margins", site="L parietal scalp",
              note="Biopsy site with residual pigment, 0.6 cm greatest diameter. Excised with 3 mm margins around "
                   "the scar in a fusiform ellipse to subcutaneous fat. Hair trimmed, not shaved.",
              reasons=["c1"]),
            P("Layered closure", site="L parietal scalp",
              note="Limited subgaleal undermining (~1 cm); 3-0 Vicryl buried deep sutures, staples to skin. Repair length 3.2 cm.",
              reasons=["c1"]),
        ],
        "note": """Procedure: re-excision atypical nevus L scalp. Path from 1/20 bx moderate-severe atypia with positive margins -> conservative re-excision recommended (not melanoma; no wide margins needed). Consent, time-out. Tolerated well. Staple removal 10-14 d. Will call with path.
H. Voss MD""",
        "expected": E([L("11422", 1), L("12032", 1)]),
        "coder_note": "EX-1/EX-2/EX-3: 0.6 + 2 x 0.3 = 1.2 cm, scalp = SNHFG, final path benign (dysplastic nevus) "
                      "-> 11422. REP-2: intermediate repair of the scalp is in 12031-12037, 3.2 cm -> 12032. Biopsy a "
                      "month earlier (000 global) does not touch today.",
    },
    {
        "id": "s7-exb-ema-df-leg-wrong-band-simple-repair",
        "family": "excision-benign", "shape": "pre-coded",
        "description": "EMA pre-coded 11401 (lesion size only) + 12001; 0.9 cm DF with 2 mm margins = 1.3 cm -> "
                       "11402, simple repair bundled",
        "date": "2026-03-25", "patient": ("Okwuosa", "Chiamaka", "1991-12-01", "female"),
        "provider": "abernathy", "payer": "medicaid",
        "conditions": [C("c1", "Dermatofibroma, left lower leg", "D23.72", "Left lateral calf", reason=True)],
        "path": [{"text": "Skin, left calf, excision: Dermatofibroma (benign fibrous histiocytoma), completely "
                          "excised.", "site": "Left lateral calf", "date": "2026-03-28"}],
        "procedures": [
            P("Excision benign lesion trunk/arm/leg", cpt="11401", site="L lateral calf", reasons=["c1"],
              note="Lesion 0.9 cm"),
            P("Simple repair", cpt="12001", site="L lateral calf", reasons=["c1"], note="2.2 cm"),
        ],
        "note": """Visit Type: Procedure
Chief Complaint: painful bump L calf
HPI: 34F, firm bump L lateral calf x 2 yrs, cut with razor repeatedly and bled on three occasions (last 2 weeks ago), tender when bumped. Requests removal.
Exam: 0.9 x 0.7 cm firm hyperpigmented papule with dimple sign, L lateral calf; healing excoriation on surface.
Assessment: Dermatofibroma, symptomatic (recurrent trauma with bleeding, pain).
Procedure: Excision - benign
  Pre-op lesion size: 0.9 cm
  Margins: 2 mm
  Depth: subcutaneous fat
  Anesthesia: 1% lidocaine w/ epi 3 mL
  Closure: single layer 4-0 nylon simple interrupted x5, length 2.2 cm
  Specimen: to pathology
  Complications: none
Plan: Suture removal 12 days. Wound care handout.
""",
        "expected": E([L("11402", 1)], topics=["coding-correction", "ncci"]),
        "coder_note": "EX-1: excised diameter 0.9 + 2 x 0.2 = 1.3 cm -> 11402, not 11401. EX-5: single-layer "
                      "(simple) closure is included in the excision; 12001 removed (11402/12001 indicator 1, same "
                      "wound). Trauma with bleeding documented (BSL-3 a/c/l) so not cosmetic.",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Excision, malignant
# ---------------------------------------------------------------------------------------------------------------

EXCISION_MALIGNANT = [
    {
        "id": "s7-exm-scc-forearm-dictated-layered",
        "family": "excision-malignant", "shape": "note-only",
        "description": "Dictated: SCC R forearm 1.4 x 1.0 cm, 4 mm margins (2.2 cm) + layered closure 5.8 cm; Mohs "
                       "offered and declined, old ED&C in history",
        "date": "2026-01-27", "patient": ("Castellano", "Umberto", "1945-02-14", "male"),
        "provider": "marchetti", "payer": "medicare",
        "conditions": [C("c1", "Squamous cell carcinoma, right dorsal forearm", "C44.622", "Right dorsal forearm",
                         reason=True)],
        "path": [{"text": "Skin, right dorsal forearm, excision: Squamous cell carcinoma, well differentiated, "
                          "with scar from prior biopsy. Margins negative, closest 3 mm.",
                  "site": "Right dorsal forearm", "date": "2026-01-30"}],
        "note": """Operative note dictated by Dr. Luca Marchetti for Umberto Castellano, seen on January twenty-seventh, two thousand twenty-six.

The patient is an eighty-year-old man with a biopsy-proven, well-differentiated squamous cell carcinoma of the right dorsal forearm, diagnosed on shave biopsy three weeks ago. He previously had an electrodesiccation and curettage of a squamous cell carcinoma on the left forearm in two thousand twenty-two, which has not recurred. We discussed Mohs surgery, standard excision, and electrodesiccation and curettage for today's lesion. Because the lesion is on the forearm, is primary and is well differentiated, Mohs was offered as an option but the patient preferred a standard excision in the office, and he did not want curettage again because of the slow healing he had last time.

After informed consent was signed, the lesion, including the biopsy scar, was measured at one point four by one point zero centimeters. A margin of four millimeters was marked on all sides and an ellipse was drawn along the long axis of the forearm. The area was prepped with chlorhexidine and anesthetized with approximately ten milliliters of one percent lidocaine with epinephrine. The ellipse was excised down to the superficial fascia and the specimen was tagged at twelve o'clock and sent for permanent sections. Hemostasis was achieved with electrocautery.

The wound edges were undermined for about five millimeters on each side at the level of the fascia to allow tension-free closure, and it was closed in layers, using four buried three-oh polyglactin sutures in the deep dermis and subcutaneous layer followed by a running four-oh polypropylene suture for the skin. The final length of the repair was five point eight centimeters. A pressure dressing was applied. Estimated blood loss was minimal and there were no complications.

He will return in ten to fourteen days for suture removal and we will call him with the pathology. If the margins are involved we will discuss re-excision.
""",
        "expected": E([L("11603", 1), L("12032", 1)]),
        "coder_note": "EX-1/EX-2: 1.4 + 2 x 0.4 = 2.2 cm on the arm, malignant -> 11603. EX-5/REP-3: layered "
                      "closure 5.8 cm on an extremity -> 12032 (limited undermining does not make it complex). Mohs "
                      "and ED&C only discussed; 2022 ED&C is history.",
    },
    {
        "id": "s7-exm-mis-cheek-free-text",
        "family": "excision-malignant", "shape": "free-text",
        "description": "Free-text: melanoma in situ L cheek 0.8 cm with 5 mm margins (1.8 cm) + intermediate repair "
                       "3.6 cm face",
        "date": "2026-03-09", "patient": ("Whitcombe", "Eleanor", "1960-05-30", "female"),
        "provider": "ramirez", "payer": "commercial-uhc",
        "conditions": [C("c1", "Melanoma in situ, left cheek", "D03.39", "Left cheek", reason=True)],
        "prior": [PRIOR("2026-02-09", "11102", "Tangential biopsy, broad saucerization", "Left cheek")],
        "path": [{"text": "Skin, left cheek, excision: Melanoma in situ, lentigo maligna type, with biopsy site "
                          "changes. Peripheral and deep margins uninvolved (closest 4 mm).", "site": "Left cheek",
                  "date": "2026-03-12"}],
        "procedures": [
            P("Excision MIS with 5 mm margins", site="Left mid cheek",
              note="Biopsy-proven MIS (2/9/26). Residual pigment + scar measures 0.8 cm greatest diameter under "
                   "Wood's lamp. 5 mm clinical margins marked; elliptical excision to subcutaneous fat, oriented "
                   "along the melolabial lines, suture at 12 o'clock.", reasons=["c1"]),
            P("Intermediate repair", site="Left mid cheek",
              note="Undermined at the subcutaneous level; buried 5-0 Monocryl dermal sutures, 6-0 nylon running "
                   "cutaneous. Final length 3.6 cm.", reasons=["c1"]),
        ],
        "expected": E([L("11642", 1), L("12052", 1)]),
        "coder_note": "EX-3: melanoma in situ is coded with malignant excision codes. EX-1: 0.8 + 2 x 0.5 = 1.8 cm, "
                      "face (FEENLM) -> 11642. REP-2: layered closure 3.6 cm on the face -> 12052.",
    },
    {
        "id": "s7-exm-back-bcc-neck-sccis-oracle-table",
        "family": "excision-malignant", "shape": "note-only", "html": True,
        "description": "Oracle HTML table: BCC L upper back 1.0 cm + 4 mm (1.8) and SCCIS R neck 0.7 cm + 3 mm "
                       "(1.3); layered repairs 4.0 cm trunk and 2.8 cm neck (different groups, XS on 12042)",
        "date": "2026-04-08", "patient": ("Eberhardt", "Wilhelmina", "1948-01-19", "female"),
        "provider": "okafor", "payer": "medicare",
        "conditions": [
            C("c1", "Basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
            C("c2", "Squamous cell carcinoma in situ, right lateral neck", "D04.4", "Right lateral neck",
              reason=True),
        ],
        "path": [
            {"text": "A. Skin, left upper back, excision: Basal cell carcinoma, nodular type. Margins clear.",
             "site": "Left upper back", "date": "2026-04-11"},
            {"text": "B. Skin, right lateral neck, excision: Squamous cell carcinoma in situ (Bowen disease). "
                     "Margins clear.", "site": "Right lateral neck", "date": "2026-04-11"},
        ],
        "note": """<html><body>
<h4>PROCEDURE NOTE: EXCISIONS x2</h4>
<p><b>Patient:</b> Wilhelmina Eberhardt &nbsp; <b>Date:</b> 04/08/2026 &nbsp; <b>Surgeon:</b> A. Okafor, MD</p>
<p><b>Indication:</b> Biopsy-proven nodular BCC of the L upper back (bx 03/10/2026) and SCC in situ of the R lateral neck (bx 03/10/2026). Topical imiquimod for the neck lesion was discussed at the results visit; patient preferred surgery. Patient has a history of Mohs for a BCC of the R nasal ala in 2021.</p>
<p><b>Consent:</b> Written consent for excision of both sites. Alternatives reviewed: Mohs surgery, ED&amp;C, topical therapy, radiation. Risks: bleeding, infection, scarring, dehiscence, recurrence, nerve injury (neck).</p>
<table border="1" cellpadding="3">
<tr><th></th><th>Site A</th><th>Site B</th></tr>
<tr><td><b>Diagnosis</b></td><td>BCC, nodular</td><td>SCC in situ</td></tr>
<tr><td><b>Location</b></td><td>L upper back, paraspinal</td><td>R lateral neck</td></tr>
<tr><td><b>Lesion size (pre-op)</b></td><td>1.0 x 0.8 cm</td><td>0.7 x 0.5 cm</td></tr>
<tr><td><b>Margin</b></td><td>4 mm</td><td>3 mm</td></tr>
<tr><td><b>Depth</b></td><td>subcutaneous fat</td><td>subcutaneous fat</td></tr>
<tr><td><b>Anesthesia</b></td><td>1% lido w/ epi 6 mL</td><td>1% lido w/ epi 3 mL</td></tr>
<tr><td><b>Closure</b></td><td>layered: 3-0 Vicryl deep, 4-0 Prolene running</td><td>layered: 4-0 Monocryl deep, 5-0 Prolene interrupted</td></tr>
<tr><td><b>Repair length</b></td><td>4.0 cm</td><td>2.8 cm</td></tr>
</table>
<p>Both specimens oriented with a suture and sent to dermatopathology separately. Hemostasis with electrocautery. EBL minimal. No complications. Pressure dressings applied.</p>
<p><b>Plan:</b> Suture removal neck 7 days, back 14 days. Full skin exam in 6 months. If either margin is positive, will schedule re-excision.</p>
</body></html>""",
        "expected": E([L("11602", 1), L("11622", 1), L("12032", 1), L("12042", 1, "XS")]),
        "coder_note": "EX-1/EX-2: back 1.0 + 0.8 = 1.8 cm TAL -> 11602; neck 0.7 + 0.6 = 1.3 cm SNHFG -> 11622 "
                      "(SCCIS = malignant code, EX-3). REP-1/REP-2: trunk layered 4.0 cm -> 12032; neck layered "
                      "2.8 cm -> 12042, separate group, not summed. PTP 12032/12042 indicator 1, different wounds "
                      "-> XS on 12042.",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Incision and drainage
# ---------------------------------------------------------------------------------------------------------------

INCISION_DRAINAGE = [
    {
        "id": "s7-id-axilla-simple-epic",
        "family": "incision-drainage", "shape": "note-only",
        "description": "Epic: single fluctuant R axillary abscess, simple I&D, no packing; cyst excision planned "
                       "later -> 10060",
        "date": "2026-02-12", "patient": ("Rasmussen", "Kirra", "1993-07-07", "female"),
        "provider": "pike", "payer": "commercial-cigna",
        "conditions": [C("c1", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True)],
        "note": """SAME DAY ACUTE VISIT - DERMATOLOGY
Pt: Kirra Rasmussen   32 y.o. F   Date: 2/12/2026   Provider: Jordan Pike, MD
CC: "painful lump in my right armpit"

HPI: 4 days of a tender, enlarging lump in the R axilla, now throbbing. No fever or chills. Has had a "pea-sized cyst" in the same spot for a year that never bothered her. No hx of hidradenitis, no other boils. Not diabetic.

Exam: T 98.9. R axilla: 2.0 cm fluctuant, erythematous, tender nodule with a central point; surrounding erythema 1 cm; no lymphangitic streaking. L axilla and groin clear - no sinus tracts, no comedones.

A/P: Abscess R axilla, likely inflamed/infected epidermoid cyst.
- Incision and drainage performed (see below).
- Wound culture sent.
- No systemic antibiotics needed at this time given small size and no cellulitis; will call if culture grows MRSA.
- Once fully healed (6-8 wks), would consider excision of the residual cyst wall to prevent recurrence - return to discuss.

PROCEDURE: Incision and drainage of abscess
  Consent: verbal, risks reviewed
  Prep: chlorhexidine   Anesthesia: 1% lidocaine plain, 2 mL field block
  A single 8 mm linear incision was made over the point of maximal fluctuance with a #11 blade. Approximately 3 mL of purulent material and caseous debris expressed. Cavity gently probed with a hemostat - no loculations encountered. Irrigated with saline. Left open to drain; no packing placed. Dry gauze dressing.
  EBL minimal. Tolerated well.

F/U: warm compresses TID, wound check PRN, 6-8 wks to discuss cyst.
Jordan Pike, MD
""",
        "expected": E([L("10060", 1)]),
        "coder_note": "I&D table (4.8): one abscess, no loculations, no packing -> simple 10060. Cyst excision is a "
                      "future plan.",
    },
    {
        "id": "s7-id-buttock-loculated-packed-dictated",
        "family": "incision-drainage", "shape": "note-only",
        "description": "Dictated: large loculated buttock abscess, loculations broken, iodoform packing -> 10061",
        "date": "2026-03-30", "patient": ("Ogundipe", "Tunde", "1987-10-22", "male"),
        "provider": "adeyemi", "payer": "medicaid-mco",
        "conditions": [C("c1", "Cutaneous abscess of buttock", "L02.31", "Left buttock", reason=True)],
        "note": """Dictation, Dr. Folake Adeyemi, patient Tunde Ogundipe, seen March thirtieth, two thousand twenty-six.

This thirty-eight-year-old man was worked in today for a painful swelling of the left buttock that began about a week ago and has grown steadily despite warm soaks. He saw urgent care three days ago and was started on trimethoprim-sulfamethoxazole, which he has taken as directed. He has had no fevers today. He had a similar but smaller boil on the thigh two years ago that drained on its own.

On examination there is a five by four centimeter indurated, exquisitely tender, fluctuant mass on the upper inner left buttock with overlying erythema extending about two centimeters beyond it. There is no crepitus and no tracking toward the gluteal cleft. There are no other lesions on the buttocks, groin or axillae.

My impression is a large, complicated abscess of the left buttock. After discussing the procedure and obtaining consent, the area was prepped and a ring block was performed with ten milliliters of one percent lidocaine with epinephrine. A two and a half centimeter incision was made over the fluctuant area. Roughly fifteen milliliters of thick purulent material was evacuated and a culture was sent. With a curved hemostat, multiple loculations were bluntly broken up throughout the cavity, which was then irrigated copiously with normal saline. The cavity was packed with about forty centimeters of quarter-inch iodoform gauze, leaving a tail, and covered with an absorbent dressing.

He will continue the trimethoprim-sulfamethoxazole already prescribed by urgent care. He will return in forty-eight hours for packing removal and a wound check. We spoke about decolonization with chlorhexidine washes if this recurs. He understands to go to the emergency department for fever, spreading redness or severe pain.
""",
        "expected": E([L("10061", 1)]),
        "coder_note": "I&D table (4.8): complicated abscess (loculations broken, packing placed) -> 10061 x1. "
                      "Antibiotic continued from urgent care, no E/M selected.",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Intralesional
# ---------------------------------------------------------------------------------------------------------------

INTRALESIONAL = [
    {
        "id": "s7-il-keloids-chest-dictated-kenalog40",
        "family": "intralesional", "shape": "note-only",
        "description": "Dictated: three chest keloids injected, 1.5 mL total of Kenalog 40 mg/mL (60 mg) -> 11900 + "
                       "J3301 x6; cryo to keloids deferred",
        "date": "2026-01-20", "patient": ("Mensah-Boateng", "Abena", "1990-04-11", "female"),
        "provider": "okonkwo", "payer": "commercial",
        "conditions": [C("c1", "Keloid scars, presternal chest", "L91.0", "Presternal chest", reason=True)],
        "note": """This is Dr. Chidi Okonkwo dictating a procedure note for Abena Mensah-Boateng on January twentieth, two thousand twenty-six.

Ms. Mensah-Boateng returns for her third session of intralesional corticosteroid to keloids on the central chest. The keloids arose after acne and a chest piercing years ago. They continue to itch intensely and are tender when her clothing rubs them, though they are softer and flatter than at her first treatment in October. She has not had any problems with atrophy or pigment change so far.

On examination there are three firm, shiny, pink keloids over the presternal chest: the largest in the upper presternal area measures two point two centimeters, the middle one one point five centimeters and the lowest one point one centimeters. There is no surrounding telangiectasia or atrophy.

We spoke again about options including silicone gel sheeting, cryotherapy combined with injection, and fluorouracil injections. She would like to continue with steroid alone for now, and we agreed to defer cryotherapy to a later visit if the response plateaus.

After verbal consent, the skin was cleaned with alcohol. Using a thirty gauge needle on a Luer-lock syringe, triamcinolone acetonide, forty milligrams per milliliter, was injected into the body of each of the three keloids until blanching was seen. The largest received zero point seven milliliters, the middle zero point five milliliters and the smallest zero point three milliliters, for a total of one point five milliliters, that is sixty milligrams. There was no bleeding and she tolerated it well.

She will continue nightly silicone gel at home and return in six weeks for her next session.
""",
        "expected": E([L("11900", 1), L("J3301", 6)]),
        "coder_note": "4.8: three lesions (up to 7) -> 11900 x1. 0.7 + 0.5 + 0.3 = 1.5 mL x 40 mg/mL = 60 mg -> "
                      "J3301 x6 (per 10 mg). Cryotherapy deferred, not billed.",
    },
    {
        "id": "s7-il-alopecia-areata-nine-patches-free-text",
        "family": "intralesional", "shape": "free-text",
        "description": "Free-text: alopecia areata, 9 scalp patches injected, 2.4 mL of 10 mg/mL (24 mg) -> 11901 + "
                       "J3301 x3",
        "date": "2026-02-05", "patient": ("Achterberg", "Lotte", "1955-08-08", "female"),
        "provider": "halvorsen", "payer": "medicare",
        "conditions": [C("c1", "Alopecia areata, scalp", "L63.8", "Scalp", reason=True)],
        "procedures": [
            P("ILK scalp", site="Scalp - vertex, occiput, bilateral parietal",
              note="Triamcinolone acetonide 10 mg/mL. Patches: vertex 3, occipital 2, R parietal 2, L parietal 2 "
                   "(total 9). 0.1 mL aliquots 1 cm apart, 30G needle. Total volume 2.4 mL. No complications.",
              reasons=["c1"]),
        ],
        "note": """Alopecia areata f/u. Regrowth in 2 of the original patches, 3 new patches since Dec. Pull test + at margins. No nail pitting. Discussed JAK inhibitor (not covered / pt hesitant) - declined. Continue clobetasol foam at home. IL triamcinolone today as above. RTC 6 wks.
K. Halvorsen MD""",
        "expected": E([L("11901", 1), L("J3301", 3)]),
        "coder_note": "4.8 and conventions: 3 + 2 + 2 + 2 = 9 lesions (> 7) -> 11901. 2.4 mL x 10 mg/mL = 24 mg -> "
                      "J3301 x3 (ceil(24/10)).",
    },
    {
        "id": "s7-il-ema-acne-cysts-j3301-units-fix",
        "family": "intralesional", "shape": "pre-coded",
        "description": "EMA pre-coded 11900 + J3301 x4; 0.1 mL of Kenalog-10 into each of 5 cysts = 5 mg -> J3301 x1",
        "date": "2026-04-16", "patient": ("Villalobos", "Camila", "2004-02-29", "female"),
        "provider": "lindgren", "payer": "medicaid",
        "conditions": [C("c1", "Cystic acne, face", "L70.0", "Face", reason=True)],
        "procedures": [
            P("Intralesional injection, up to 7 lesions", cpt="11900", site="Face", reasons=["c1"]),
            P("Triamcinolone acetonide inj", cpt="J3301", site="Face", reasons=["c1"], note="Units: 4"),
        ],
        "note": """Visit Type: Procedure
Chief Complaint: painful acne cysts
HPI: 22F on spironolactone 100 mg + tretinoin, 5 painful cysts flared this week before an interview.
Exam: Face - R cheek 2, L cheek 2, chin 1 tender erythematous nodulocystic lesions 6-12 mm.
Assessment: Nodulocystic acne (L70.0)
Procedure: Intralesional Injection
  Medication: triamcinolone acetonide (Kenalog-10) 10 mg/mL
  Lesions injected: 5
  Volume: 0.1 mL per lesion
  Total volume: 0.5 mL
  Needle: 30G
  Complications: none
Plan: Continue current regimen. Recheck in 8 weeks. Isotretinoin discussed for the future.
""",
        "expected": E([L("11900", 1), L("J3301", 1)], topics=["coding-correction"]),
        "coder_note": "Conventions: J3301 = ceil(mg/10). 5 x 0.1 mL x 10 mg/mL = 5 mg -> J3301 x1, not x4. Five "
                      "lesions -> 11900.",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Mixed
# ---------------------------------------------------------------------------------------------------------------

MIXED = [
    {
        "id": "s7-mx-epic-fse-melanoma-hx-punch-ln2-rosacea",
        "family": "mixed", "shape": "note-only",
        "description": "Epic: FSE for melanoma history + rosacea Rx (99214-25), punch bx back, LN2 to 6 facial AKs "
                       "(17000-XS, 17003 x5); PDT declined, Mohs in PSH",
        "date": "2026-03-17", "patient": ("Blackwood", "Thaddeus", "1950-06-06", "male"),
        "provider": "voss", "payer": "medicare", "em": "99214",
        "conditions": [
            C("c1", "Personal history of malignant melanoma", "Z85.820", reason=True),
            C("c2", "Rosacea", "L71.9", "Face", reason=True),
            C("c3", "Neoplasm of unspecified behavior of skin, left mid back", "D49.2", "Left mid back",
              reason=True),
            C("c4", "Actinic keratoses, face", "L57.0", "Face", reason=True),
        ],
        "note": """DERMATOLOGY - ESTABLISHED PATIENT - FULL SKIN EXAM
Patient: Thaddeus Blackwood   75 y.o. M   DOS: 3/17/2026   Provider: Henrietta Voss, MD

CHIEF COMPLAINT: 6-month melanoma surveillance; "my face has been flushing"

HPI:
1. Hx melanoma, R upper arm, 0.8 mm, WLE 2022 (negative SLNB). Here for q6mo FSE. Notes a new dark spot on his L back that his wife saw.
2. Facial redness and burning with flushing after hot drinks, worse over 3 months; some bumps on cheeks. Never treated.
3. Known AKs on face; last LN2 09/2025.

PSH: WLE + SLNB R upper arm 2022; Mohs L nasal tip BCC 2020; R inguinal hernia repair.
FAMILY HX: brother with melanoma.
MEDS: metoprolol, rosuvastatin. ALLERGIES: penicillin (hives).
ROS: no weight loss, no new lumps in axillae. Eyes: occasional burning.

EXAM: Full skin exam - scalp, face, neck, chest, abdomen, back, buttocks, arms, legs, hands, feet, nails. Lymph: no axillary, cervical or inguinal adenopathy.
- R upper arm WLE scar: well healed, no pigment, no nodules.
- L mid back: 6 mm dark brown macule with irregular border, new since last FSE, dermoscopy with atypical globules.
- Face: centrofacial erythema, telangiectasias, few papules on cheeks, no comedones. 6 gritty erythematous scaly papules: forehead 2, R temple 1, L cheek 2, nasal dorsum 1.
- Multiple benign nevi and SKs on trunk, unchanged from photos.

ASSESSMENT & PLAN:
#1 Personal history of melanoma - no evidence of recurrence, nodal exam normal. Continue q6mo FSE.
#2 Atypical pigmented lesion L mid back - punch biopsy today (Procedure 1). If severely atypical or melanoma, will schedule wide excision.
#3 Erythematotelangiectatic/papulopustular rosacea, new - start ivermectin 1% cream daily and azelaic acid 15% gel qAM; trigger avoidance; Rx sent. Recheck 8 wks.
#4 Actinic keratoses, face x6 - LN2 today (Procedure 2). Offered PDT for field treatment - patient declined for now.

@PROCEDURECONSENT@ I discussed the risks, benefits and alternatives of biopsy and cryotherapy, including pain, bleeding, infection, blistering, scarring, dyspigmentation and recurrence. Patient agreed; consent signed.

Procedure 1 - Punch biopsy: L mid back. Lidocaine 1% w/ epi 1 mL. 4 mm punch to fat. 4-0 nylon x 2. Specimen to dermpath.
Procedure 2 - Cryosurgery: LN2 to 6 AKs of the face (forehead 2, R temple 1, L cheek 2, nasal dorsum 1), 2 FTC each.

RTC 8 weeks (rosacea), 6 months FSE. Sutures out in 14 days.
Henrietta Voss, MD
""",
        "expected": E([L("99214", 1, "25"), L("11104", 1), L("17000", 1, "XS"), L("17003", 5)]),
        "coder_note": "GS-3: melanoma surveillance FSE and new rosacea with prescription drug management are separate "
                      "from the biopsy/cryo decisions -> provider's 99214 with 25. BX-1: one punch -> 11104. DS-1: "
                      "6 AKs -> 17000 + 17003 x5; PTP 11104/17000 indicator 1 and the AKs are different lesions -> "
                      "XS on 17000. PDT declined, Mohs/WLE in PSH, wide excision only a plan.",
    },
    {
        "id": "s7-mx-oracle-table-punch-shave-neck-warts",
        "family": "mixed", "shape": "note-only", "html": True,
        "description": "Oracle HTML table: punch bx L calf + shave removal inflamed SK R neck 0.7 cm + LN2 4 finger "
                       "warts -> 11104, 11306-XS, 17110-XS",
        "date": "2026-02-19", "patient": ("Sørensen", "Malene", "1972-11-25", "female"),
        "provider": "castellanos", "payer": "commercial",
        "conditions": [
            C("c1", "Neoplasm of unspecified behavior of skin, left calf", "D49.2", "Left posterior calf",
              reason=True),
            C("c2", "Inflamed seborrheic keratosis, right neck", "L82.0", "Right lateral neck", reason=True),
            C("c3", "Verruca vulgaris, fingers", "B07.8", "Fingers", reason=True),
        ],
        "path": [
            {"text": "A. Skin, left calf, punch biopsy: Compound nevus with mild architectural disorder. Margins "
                     "involved.", "site": "Left posterior calf", "date": "2026-02-23"},
            {"text": "B. Skin, right neck, shave removal: Irritated seborrheic keratosis.", "site": "Right lateral neck",
             "date": "2026-02-23"},
        ],
        "note": """<html><body>
<p><b>Dermatology Office Visit</b><br/>Malene Sørensen, 53F &nbsp; DOS 02/19/2026 &nbsp; Provider: I. Castellanos MD</p>
<p><b>CC:</b> changing mole L leg; bleeding spot on neck; warts on fingers</p>
<p><b>HPI:</b> Mole on back of L calf darker over the winter. Raised brown spot on R side of neck catches on her necklace and collar, bled twice this month, itchy. Warts on fingers x 6 months spreading despite OTC freeze spray.</p>
<p><b>Exam:</b></p>
<table border="1">
<tr><th>#</th><th>Location</th><th>Finding</th><th>Procedure today</th></tr>
<tr><td>1</td><td>L posterior calf</td><td>7 mm irregularly pigmented macule, atypical network</td><td>Punch biopsy 4 mm, 1 suture 4-0 nylon</td></tr>
<tr><td>2</td><td>R lateral neck</td><td>0.7 x 0.5 cm verrucous tan papule, erythematous base, hemorrhagic crust</td><td>Shave removal (complete removal of lesion), DermaBlade, AlCl hemostasis; to path</td></tr>
<tr><td>3</td><td>R index, R middle fingers</td><td>verrucous papules: 2</td><td>LN2, 2 FTC</td></tr>
<tr><td>4</td><td>L thumb, L ring finger</td><td>verrucous papules: 2</td><td>LN2, 2 FTC</td></tr>
</table>
<p><b>A/P:</b></p>
<ul>
<li>Atypical nevus vs melanoma, L calf - punch bx. Will discuss re-excision if path shows significant atypia.</li>
<li>Irritated/inflamed SK, R neck - symptomatic (bleeding, itch, trauma from jewelry) - shave removal.</li>
<li>Verruca vulgaris x4 fingers - cryotherapy; may add topical imiquimod if no response after 2 sessions.</li>
</ul>
<p>Consent obtained for all procedures (risks of scarring, infection, blistering, recurrence discussed). RTC 3-4 wks for wart re-treatment and suture removal.</p>
</body></html>""",
        "expected": E([L("11104", 1), L("11306", 1, "XS"), L("17110", 1, "XS")]),
        "coder_note": "BX-1: punch -> 11104. SH-1: neck = SNHFG, 0.7 cm -> 11306 (symptomatic inflamed SK, BSL-3). "
                      "DS-2: 2 + 2 warts -> 17110 x1. PTP 11104/11306, 11104/17110 and 11306/17110 are indicator 1; "
                      "all different lesions -> XS on the column-2 codes 11306 and 17110.",
    },
    {
        "id": "s7-mx-free-text-shave-arm-bx-cheek-ak-scalp",
        "family": "mixed", "shape": "free-text",
        "description": "Free-text: shave removal inflamed SK L arm 1.2 x 0.8 cm (11302) + tangential bx R cheek "
                       "(11102-XS) + LN2 3 scalp AKs (17000-XS, 17003 x2)",
        "date": "2026-04-21", "patient": ("Grünewald", "Otto", "1946-03-18", "male"),
        "provider": "weiss", "payer": "medicare-advantage",
        "conditions": [
            C("c1", "Inflamed seborrheic keratosis, left upper arm", "L82.0", "Left upper arm", reason=True),
            C("c2", "Neoplasm of unspecified behavior of skin, right cheek", "D49.2", "Right cheek", reason=True),
            C("c3", "Actinic keratosis, scalp", "L57.0", "Scalp", reason=True),
        ],
        "procedures": [
            P("Shave removal", site="Left upper arm, lateral",
              note="Inflamed, crusted, itchy SK 1.2 x 0.8 cm that bleeds when scratched. Shaved flush with skin "
                   "in entirety; Drysol hemostasis. Specimen to path.", reasons=["c1"]),
            P("Shave bx", site="Right cheek",
              note="Sampled a 5 mm pink pearly papule (r/o BCC) - tangential biopsy to dermis. AlCl.",
              reasons=["c2"]),
            P("Cryotherapy AK", site="Scalp (vertex x2, frontal x1)", note="3 AKs, LN2 2 cycles.",
              reasons=["c3"]),
        ],
        "note": """80M with itchy bleeding spot L arm, new bump R cheek, rough scalp spots. Procedures as listed. Mohs referral if cheek returns BCC. Declined 5-FU for scalp. F/u 6 mo.
S. Weiss MD""",
        "expected": E([L("11302", 1), L("11102", 1, "XS"), L("17000", 1, "XS"), L("17003", 2)]),
        "coder_note": "SH-1: greatest diameter 1.2 cm on the arm (TAL) -> 11302. BX-1: tangential sample of another "
                      "lesion -> 11102. DS-1: 3 AKs -> 17000 + 17003 x2. PTP 11302/11102 (ind 1) -> XS on 11102; "
                      "11102/17000 and 11302/17000 (ind 1) -> XS on 17000. All different lesions.",
    },
    {
        "id": "s7-mx-ema-deleted-11100-biopsies-warts",
        "family": "mixed", "shape": "pre-coded",
        "description": "EMA pre-coded deleted 11100 + 11101 x2 for three tangential biopsies + 17110 for warts -> "
                       "17110, 11102-XS, 11103-XS x2",
        "date": "2026-01-13", "patient": ("Petrakis", "Eleni", "1983-08-19", "female"),
        "provider": "nakamura", "payer": "commercial-uhc",
        "conditions": [
            C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", "Left shoulder; right thigh; abdomen",
              reason=True),
            C("c2", "Verruca vulgaris, left hand", "B07.8", "Left hand", reason=True),
        ],
        "procedures": [
            P("Biopsy of skin, single lesion", cpt="11100", site="L shoulder", reasons=["c1"]),
            P("Biopsy of skin, each separate/additional lesion", cpt="11101", site="R anterior thigh; abdomen",
              reasons=["c1"], note="Units: 2"),
            P("Destruction benign lesions up to 14", cpt="17110", site="L hand", reasons=["c2"],
              note="3 warts"),
        ],
        "note": """Visit Type: Est Pt - Biopsy/Destruction
Chief Complaint: several spots to check, warts L hand
Exam: L shoulder 5 mm pink scaly papule; R anterior thigh 6 mm irregular brown papule; abdomen (RLQ) 4 mm pearly papule. L hand: 3 verrucous papules (thumb 1, index 2).
Procedure: Biopsy
  Method: tangential (shave) biopsy, DermaBlade, to mid dermis
  Sites: L shoulder (A), R anterior thigh (B), abdomen RLQ (C)
  Hemostasis: AlCl
Procedure: Cryosurgery - benign
  Lesions: 3 verrucae, L hand
  LN2, 2 freeze-thaw cycles
Plan: Path pending; RTC 4 wks for warts.
""",
        "expected": E([L("17110", 1), L("11102", 1, "XS"), L("11103", 2, "XS")], topics=["invalid-code"]),
        "coder_note": "BX-1: 11100/11101 deleted since 2019 -> three tangential biopsies = 11102 + 11103 x2. DS-2: "
                      "3 warts -> 17110. PTP 17110/11102 and 17110/11103 are indicator 1 with the biopsy codes in "
                      "column 2; different lesions -> XS on 11102 and 11103.",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Mohs
# ---------------------------------------------------------------------------------------------------------------

MOHS = [
    {
        "id": "s7-mohs-epic-ala-two-stages-six-blocks-bilobed",
        "family": "mohs", "shape": "note-only",
        "description": "Epic Mohs note: BCC L nasal ala, stage 1 six blocks, stage 2 two blocks, bilobed flap 7.5 sq "
                       "cm -> 17311, 17312, 17315, 14060",
        "date": "2026-02-06", "patient": ("Ashcroft", "Philippa", "1952-12-03", "female"),
        "provider": "lindqvist", "payer": "medicare",
        "conditions": [C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Left nasal ala", reason=True)],
        "prior": [PRIOR("2026-01-09", "11102", "Tangential biopsy", "Left nasal ala")],
        "path": [{"text": "Skin, left nasal ala, shave biopsy: Basal cell carcinoma, nodular and infiltrative "
                          "patterns.", "site": "Left nasal ala", "date": "2026-01-13",
                  "encounter": "enc-s7-mohs-epic-ala-two-stages-six-blocks-bilobed-prior-1"}],
        "note": """MOHS MICROGRAPHIC SURGERY OPERATIVE REPORT
Patient: Philippa Ashcroft   DOB: 12/03/1952   DOS: 02/06/2026
Mohs surgeon and pathologist: Erik Lindqvist, MD
Referring: Dr. Okafor

PREOPERATIVE DIAGNOSIS: Basal cell carcinoma, nodular and infiltrative, L nasal ala (biopsy 01/09/2026)
POSTOPERATIVE DIAGNOSIS: Same, clear margins
INDICATION: Infiltrative BCC in the H-zone of the face; tissue sparing required. AUC appropriate.
ANESTHESIA: Local, 1% lidocaine with epinephrine 1:100,000, buffered, total 9 mL

HISTORY: Patient had Mohs of the R cheek for SCC in 2018 by another surgeon and several ED&Cs on the back; she is aware of the procedure.

CONSENT: Risks, benefits, alternatives (excision with frozen or permanent sections, radiation, observation), and the possibility of a larger than expected defect and of a flap or graft were reviewed. Written consent signed. Time-out completed.

PROCEDURE:
Clinical tumor 0.9 x 0.7 cm with biopsy scar. Debulked with curette.
Stage I: the tumor was excised with a 2 mm margin at a beveled angle, mapped, color-coded and divided into 6 tissue blocks. All sections were processed by horizontal frozen sectioning and examined by me. Positive infiltrative BCC at 3 o'clock (block 4), deep and peripheral.
Stage II: an additional layer was taken at the 3 o'clock position only, divided into 2 tissue blocks. Margins clear of tumor.
Final defect: 1.4 x 1.2 cm, into subcutaneous fat, cartilage not exposed.

REPAIR: Reconstructive options discussed (second intention, full thickness skin graft, bilobed flap). Because of the alar location and risk of alar retraction, a bilobed transposition flap from the nasal sidewall/dorsum was designed. The flap was incised, elevated at the submuscular plane, transposed and inset, and the secondary and tertiary defects were closed. Total area of the primary defect plus the secondary defect created by the flap: 7.5 sq cm. Closure with 5-0 Monocryl buried and 6-0 Prolene cutaneous.

EBL: minimal. Complications: none. Pressure dressing.
DISPOSITION: Home in stable condition. Suture removal 1 week. Post-op visits included in the global period.

Erik Lindqvist, MD
""",
        "expected": E([L("17311", 1), L("17312", 1), L("17315", 1), L("14060", 1)]),
        "coder_note": "MOHS-2: nose -> 17311 + one extra stage 17312; 17315 = blocks beyond 5 in any stage: stage 1 "
                      "has 6 -> 1 unit, stage 2 has 2 -> 0. MOHS-7/FLAP-1/FLAP-3: bilobed flap of the nose, 7.5 sq "
                      "cm -> 14060 (no PTP with the Mohs codes). Prior biopsy a month earlier; 2018 Mohs is history.",
    },
    {
        "id": "s7-mohs-hand-scc-three-stages-free-text",
        "family": "mohs", "shape": "free-text",
        "description": "Free-text: SCC R dorsal hand, three stages of 4 blocks each + intermediate repair 3.0 cm "
                       "hand -> 17311, 17312 x2, 12042",
        "date": "2026-03-03", "patient": ("Kowalski", "Bernard", "1958-07-04", "male"),
        "provider": "chen", "payer": "commercial",
        "conditions": [C("c1", "Squamous cell carcinoma of skin, right dorsal hand", "C44.622", "Right dorsal hand",
                         reason=True)],
        "procedures": [
            P("Mohs surgery, stage 1", site="R dorsal hand",
              note="Biopsy-proven invasive SCC (2/2026), 1.1 cm. Stage 1: 4 blocks, positive at 6-9 o'clock.",
              reasons=["c1"]),
            P("Mohs surgery, stage 2", site="R dorsal hand", note="4 blocks; residual SCC at 7 o'clock deep.",
              reasons=["c1"]),
            P("Mohs surgery, stage 3", site="R dorsal hand", note="4 blocks; clear. Final defect 1.9 x 1.4 cm.",
              reasons=["c1"]),
            P("Layered closure", site="R dorsal hand",
              note="Limited undermining; 4-0 Monocryl deep, 5-0 nylon simple running. Length 3.0 cm.", reasons=["c1"]),
        ],
        "note": """Mohs surgery today R dorsal hand SCC. Dr. Chen acted as surgeon and read all frozen sections. Graft/flap not needed. Tendon not exposed. Suture removal 12-14 days. Discussed sun protection; 6-monthly skin checks.""",
        "expected": E([L("17311", 1), L("17312", 2), L("12042", 1)]),
        "coder_note": "MOHS-2: hand -> 17311 for stage 1, 17312 x2 for stages 2-3; no stage over 5 blocks -> no "
                      "17315. MOHS-7/REP-2: layered closure of the hand 3.0 cm -> 12042.",
    },
    {
        "id": "s7-mohs-dictated-sameday-bx-frozen-temple",
        "family": "mohs", "shape": "note-only",
        "description": "Dictated: never-biopsied L temple papule, same-day tangential bx + frozen section shows BCC, "
                       "Mohs 1 stage, second intention -> 17311, 11102-59, 88331-59",
        "date": "2026-04-23", "patient": ("Fairweather", "Reginald", "1939-05-15", "male"),
        "provider": "santos", "payer": "medicare",
        "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left temple",
                         reason=True)],
        "note": """Mohs surgery dictation by Dr. Rafael Santos, patient Reginald Fairweather, date of service April twenty-third, two thousand twenty-six.

Mr. Fairweather is an eighty-six-year-old man who lives two hours from the clinic and was referred by his primary care physician for a pearly papule on the left temple that has been slowly growing for a year and now bleeds with shaving. The lesion has never been biopsied. Because of the travel distance and his wish to have everything done in one trip, we planned a diagnostic biopsy with an immediate frozen section today, with Mohs surgery to follow on the same day only if the frozen section confirmed a carcinoma.

On examination there is a nine millimeter pearly, telangiectatic papule with central crust on the left temple. After consent, the area was anesthetized and a tangential shave biopsy was taken to the mid dermis. I processed the specimen as a frozen section and read it myself; it showed nodular basal cell carcinoma. On the basis of that result we proceeded with Mohs micrographic surgery.

The tumor was debulked and the first stage was excised with a two millimeter margin, mapped and divided into three tissue blocks, which I processed and examined in horizontal frozen sections. All margins were clear after this single stage. The final defect measured one point three by one point one centimeters, into the superficial subcutaneous fat.

We discussed repair options including a layered closure and a small flap. Given his age, anticoagulation with apixaban and the concave location, he preferred to let the wound heal on its own, and it was dressed for second-intention healing with petrolatum and a nonstick pad. No sutures were placed. He will return in one week for a wound check and his daughter will do daily dressing changes. He had a squamous cell carcinoma removed from the right ear by another dermatologist in twenty nineteen and has no other skin cancer history.
""",
        "expected": E([L("17311", 1), L("11102", 1, "59"), L("88331", 1, "59")]),
        "coder_note": "MOHS-5(a)/BX-5 and corpus decision: diagnostic biopsy of a never-biopsied lesion with frozen "
                      "section that decided Mohs the same day -> 11102-59 and 88331-59 (same lesion, so 59 not XS). "
                      "Temple -> 17311, one stage, 3 blocks. Second-intention healing, no repair line.",
    },
    {
        "id": "s7-mohs-ema-pretibial-wrong-site-group-88305",
        "family": "mohs", "shape": "pre-coded",
        "description": "EMA pre-coded 17311/17312/17315 x3 + 88305 for Mohs of the L shin; corrected to 17313, "
                       "17314, 17315 x2 (7 + 3 blocks), 88305 removed, 12032 kept",
        "date": "2026-03-26", "patient": ("Hollingsworth", "Neville", "1961-09-27", "male"),
        "provider": "okafor", "payer": "medicare",
        "conditions": [
            C("c1", "Squamous cell carcinoma of skin, left lower leg", "C44.729", "Left pretibial leg", reason=True),
            C("c2", "Kidney transplant status", "Z94.0", history=True),
        ],
        "procedures": [
            P("Mohs, head/neck/hands/feet/genitalia, first stage", cpt="17311", site="L pretibial leg",
              reasons=["c1"]),
            P("Mohs, additional stage", cpt="17312", site="L pretibial leg", reasons=["c1"]),
            P("Mohs, additional block", cpt="17315", site="L pretibial leg", reasons=["c1"], note="Units: 3"),
            P("Surgical pathology, skin", cpt="88305", site="L pretibial leg", reasons=["c1"],
              note="Mohs layers"),
            P("Intermediate repair", cpt="12032", site="L pretibial leg", reasons=["c1"], note="4.2 cm"),
        ],
        "note": """Visit Type: Mohs Surgery
Indication: Biopsy-proven invasive SCC, moderately differentiated, L pretibial leg, 1.2 cm, in a kidney transplant recipient on tacrolimus/mycophenolate. Appropriate for Mohs (immunosuppression, pretibial).
Mohs surgeon/pathologist: A. Okafor MD
Procedure: Mohs Micrographic Surgery
  Stage 1: 7 tissue blocks - positive at 2 o'clock peripheral
  Stage 2: 3 tissue blocks - clear
  Depth: subcutaneous fat; no tendon, periosteum, named nerve or vessel exposed
  Final defect: 2.0 x 1.6 cm
Repair: Intermediate (layered) - 3-0 Vicryl deep dermal, 4-0 nylon running; length 4.2 cm
Frozen sections: read by Mohs surgeon; no tissue sent for permanent processing.
Plan: Elevate leg, suture removal 14 days.
""",
        "expected": E([L("17313", 1), L("17314", 1), L("17315", 2), L("12032", 1)],
                      topics=["coding-correction", "ncci"]),
        "coder_note": "MOHS-2: leg, no deep structure involved -> trunk/arms/legs codes 17313 + 17314 (not "
                      "17311/17312). 17315: stage 1 has 7 blocks -> 2 beyond 5, stage 2 has 3 -> 0; total 2 (not 3). "
                      "MOHS-5: 88305 on the Mohs layers is not billable (PTP 17313/88305 ind 1, no exception). "
                      "MOHS-7: layered closure 4.2 cm leg -> 12032 stays.",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Nails
# ---------------------------------------------------------------------------------------------------------------

NAILS = [
    {
        "id": "s7-nail-epic-avulsion-left-hallux-second-toe",
        "family": "nails", "shape": "note-only",
        "description": "Epic: traumatic nail plate avulsion L great toe + L second toe -> 11730-TA, 11732-T1; "
                       "matrixectomy discussed for future",
        "date": "2026-01-30", "patient": ("MacAllister", "Fergus", "1966-02-22", "male"),
        "provider": "baptiste", "payer": "medicare",
        "conditions": [
            C("c1", "Contusion of left great toe with damage to nail", "S90.212A", "Left great toe", reason=True),
            C("c2", "Contusion of left lesser toe with damage to nail", "S90.222A", "Left second toe", reason=True),
        ],
        "note": """DERMATOLOGY - URGENT ADD-ON
Patient: Fergus MacAllister   DOB 02/22/1966   Date: 01/30/2026
Provider: Marc Baptiste, MD

CC: dropped a cast-iron pan on L foot 3 days ago; two toenails lifting and painful

HPI: Pain and throbbing in the L great and L second toes since the injury. Nail plates are loose and catch on socks. X-ray at urgent care on 1/27: no fracture (report reviewed). No diabetes, no PAD.

PMH: hypertension. PSH: R ingrown toenail matrixectomy in 2015 (another clinic). MEDS: losartan. ALLERGIES: none.

EXAM: L great toe - nail plate lifted from the bed over the distal two thirds with subungual hematoma, plate mobile. L second toe - nail plate dislodged, attached only proximally, subungual hematoma. No purulence. Cap refill < 2 s, DP pulse 2+.

ASSESSMENT:
1. Traumatic onycholysis with subungual hematoma, L great toe (TA)
2. Traumatic onycholysis with subungual hematoma, L second toe (T1)

PROCEDURE: Nail avulsion x 2
Consent signed. Digital blocks with 2% lidocaine plain, 3 mL per toe. Tourniquet. The nail plates of the L great toe and L second toe were each freed from the nail bed and proximal nail fold with a nail elevator and removed completely. Nail beds intact, no laceration requiring repair. Hematoma evacuated. Bacitracin and nonadherent dressings applied. Tourniquet off, good capillary refill.

PLAN: Soaks BID, dressing changes. Nails should regrow over 9-12 months. If they regrow dystrophic, we could consider permanent matrixectomy in the future. RTC 2 weeks.
""",
        "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")]),
        "coder_note": "4.8 nails: first avulsion 11730, each additional 11732, digit modifiers per conventions: "
                      "L great toe TA, L second toe T1. Old matrixectomy is PSH; future matrixectomy is a plan.",
    },
    {
        "id": "s7-nail-free-text-bilateral-hallux-phenol",
        "family": "nails", "shape": "free-text",
        "description": "Free-text: phenol partial matrixectomy R hallux lateral border and L hallux medial border "
                       "-> 11750-T5 and 11750-TA on separate lines",
        "date": "2026-02-16", "patient": ("Adebayo", "Temitope", "2001-06-09", "female"),
        "provider": "abernathy", "payer": "commercial",
        "conditions": [C("c1", "Ingrowing nail, bilateral great toes", "L60.0", "Bilateral great toes", reason=True)],
        "procedures": [
            P("Partial nail avulsion with phenol matrixectomy", site="Right great toe, lateral border",
              note="Recurrent ingrown nail (3rd episode), granulation tissue. Digital block. Lateral 3 mm of "
                   "plate removed to the matrix; 88% phenol x 3 applications of 30 s; alcohol flush.",
              reasons=["c1"]),
            P("Partial nail avulsion with phenol matrixectomy", site="Left great toe, medial border",
              note="Chronic ingrown border with paronychia. Digital block. Medial 2-3 mm of plate and matrix "
                   "treated with 88% phenol, 3 x 30 s.", reasons=["c1"]),
        ],
        "note": """24F, recurrent painful ingrown great toenails both feet despite two previous simple wedge avulsions at urgent care (2024, 2025). Permanent partial matrixectomy of both offending borders today. Oral antibiotics not needed. Post-op soaks; RTC 2 wks.
J. Abernathy MD""",
        "expected": E([L("11750", 1, "T5"), L("11750", 1, "TA")]),
        "coder_note": "4.8: permanent (phenol) partial matrixectomy -> 11750 per nail; the avulsion is part of it "
                      "(11750/11730). Conventions: digit modifiers, R great toe T5 and L great toe TA; lines with "
                      "different digits stay separate.",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Paring
# ---------------------------------------------------------------------------------------------------------------

PARING = [
    {
        "id": "s7-paring-dictated-three-calluses",
        "family": "paring", "shape": "note-only",
        "description": "Dictated: paring of three painful plantar calluses (counted in words), wart ruled out -> "
                       "11056",
        "date": "2026-03-12", "patient": ("Lindenberg", "Harriet", "1975-01-05", "female"),
        "provider": "marchetti", "payer": "commercial",
        "conditions": [C("c1", "Callosities, plantar feet", "L84", "Plantar feet", reason=True)],
        "note": """Dictated by Dr. Luca Marchetti for Harriet Lindenberg, March twelfth, two thousand twenty-six.

Ms. Lindenberg is a fifty-one-year-old nurse who works twelve-hour shifts on her feet. She is back because the painful thickened areas on the soles have built up again since her last visit in the autumn; she says walking feels like stepping on pebbles by the end of a shift. She does not have diabetes or circulation problems. She asked whether these might be warts, because her son has plantar warts.

On examination there is a thick callus beneath the right second metatarsal head, a second over the left first metatarsal head, and a third on the medial aspect of the left heel. After paring, each one showed preserved skin lines and a translucent central core without the pinpoint black dots or bleeding that would suggest a wart, so I am confident these are calluses and not verrucae.

All three were pared down with a number fifteen blade until the painful hyperkeratosis was removed and normal-looking skin was reached, without bleeding. She felt immediate relief walking around the room.

We talked about cushioned insoles, metatarsal pads and a urea forty percent cream each night. She will see a podiatrist about custom orthotics. She may return for repeat paring as needed.
""",
        "expected": E([L("11056", 1)]),
        "coder_note": "4.8: paring of 2-4 benign hyperkeratotic lesions -> 11056; three calluses (right second "
                      "metatarsal head, left first metatarsal head, left heel). Wart ruled out, so no destruction.",
    },
    {
        "id": "s7-paring-six-corns-split-epic",
        "family": "paring", "shape": "note-only",
        "description": "Epic: six corns pared, count split (4 R forefoot, 2 L fifth toe) -> 11057; cryo to a "
                       "suspected wart deferred",
        "date": "2026-04-07", "patient": ("Yamamoto-Reyes", "Kenji", "1969-10-14", "male"),
        "provider": "lindgren", "payer": "commercial-uhc",
        "conditions": [C("c1", "Corns, bilateral feet", "L84", "Bilateral feet", reason=True)],
        "note": """PROGRESS NOTE - DERMATOLOGY
Kenji Yamamoto-Reyes, 56M   DOS 04/07/2026   Astrid Lindgren, MD

S: Painful corns on both feet; previously pared 11/2025, recurred. Hammertoes on both feet, wears steel-toed boots at work. Not diabetic. Also a "spot" on R heel he wonders about.

O:
- R forefoot: 4 discrete hard corns (dorsal 2nd toe PIPJ, dorsal 3rd toe PIPJ, plantar 2nd MTH, plantar 4th MTH), each 4-7 mm with central core, tender to pressure.
- L fifth toe: 2 corns (dorsolateral heloma durum and an interdigital heloma molle in the 4th web space).
- R heel: 5 mm rough papule, ?early plantar wart vs callus - not pared, watching.
- Pulses intact, sensation intact to monofilament.

A/P:
1. Corns (L84), 6 total as above, symptomatic - pared with #15 blade until core removed, no bleeding. Silicone toe sleeves and wider toe box recommended.
2. R heel papule - will recheck in 6 weeks; if it shows thrombosed capillaries will treat as wart (LN2 or cantharidin). No treatment today.
3. Podiatry referral for hammertoe evaluation.
""",
        "expected": E([L("11057", 1)]),
        "coder_note": "4.8: 4 + 2 = 6 corns pared (more than 4) -> 11057 x1. The heel papule was not treated.",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Patch testing
# ---------------------------------------------------------------------------------------------------------------

PATCH_TEST = [
    {
        "id": "s7-patch-oracle-eighty-allergens",
        "family": "patch-test", "shape": "note-only", "html": True,
        "description": "Oracle HTML: patch test application, 35 + 35 + 10 allergens across table rows -> 95044 x80; "
                       "photopatch not done",
        "date": "2026-02-09", "patient": ("Halloran", "Siobhan", "1981-04-04", "female"),
        "provider": "ramirez", "payer": "commercial",
        "conditions": [C("c1", "Allergic contact dermatitis, suspected, hands and eyelids", "L23.9",
                         "Hands, eyelids", reason=True)],
        "note": """<html><body>
<p><b>PATCH TEST APPLICATION VISIT</b></p>
<p>Patient: Siobhan Halloran &nbsp;&nbsp; DOS: 02/09/2026 &nbsp;&nbsp; Ordering: S. Ramirez, MD &nbsp;&nbsp; Applied by: T. Greer, RN under direct supervision</p>
<p><b>Background:</b> Seen in consultation 01/26/2026 for chronic hand and eyelid dermatitis (hairdresser). Topical steroids held on back x 2 weeks; no oral steroids or antihistamines x 7 days. No sunburn on back.</p>
<p><b>Panels applied to upper back:</b></p>
<table border="1">
<tr><th>Series</th><th>Allergens</th><th>Location</th></tr>
<tr><td>Expanded baseline, chambers 1-35</td><td>35</td><td>R upper back</td></tr>
<tr><td>Expanded baseline, chambers 36-70</td><td>35</td><td>L upper back</td></tr>
<tr><td>Hairdressing supplemental series</td><td>10</td><td>R mid back</td></tr>
</table>
<p>Total allergens: 80. Sites marked with surgical marker and photographed. Patient's own hair dye and shampoo <u>not</u> applied (ingredients covered by supplemental series). Photopatch testing was considered for the eyelids but <u>not performed</u>.</p>
<p><b>Instructions:</b> keep back dry; no exercise/sweating; return 02/11 for removal and first reading, 02/13 for delayed reading. Readings are part of the testing service.</p>
<p><i>S. Ramirez, MD - reviewed and co-signed</i></p>
</body></html>""",
        "expected": E([L("95044", 80)]),
        "coder_note": "4.8: 95044 units = number of allergens applied: 35 + 35 + 10 = 80 (MUE 90). Photopatch not "
                      "done; readings included; no E/M today.",
    },
    {
        "id": "s7-patch-ema-units-one-to-forty-five",
        "family": "patch-test", "shape": "pre-coded",
        "description": "EMA pre-coded 95044 x1 for 35-allergen T.R.U.E. panels + 10-allergen cosmetic series -> "
                       "95044 x45",
        "date": "2026-03-02", "patient": ("Boateng", "Kwame", "1977-12-18", "male"),
        "provider": "okafor", "payer": "commercial-aetna",
        "conditions": [C("c1", "Contact dermatitis, face and neck", "L25.9", "Face and neck", reason=True)],
        "procedures": [
            P("Patch test application", cpt="95044", site="Upper back", reasons=["c1"], note="Units: 1"),
        ],
        "note": """Visit Type: Patch Test - Application
HPI: 48M with recurrent eczematous dermatitis of face and neck x 1 yr, worse after shaving. Off topical steroids to back x 2 wk.
Procedure: Patch testing
  Series: T.R.U.E. Test panels 1-3 (35 allergens) + cosmetic/fragrance supplemental series (10 allergens)
  Total allergens applied: 45
  Location: upper back
  Applied by: MA under physician supervision
Plan: Remove/read at 48 h (03/04), delayed read at 96 h (03/06). Avoid wetting back.
""",
        "expected": E([L("95044", 45)], topics=["coding-correction"]),
        "coder_note": "4.8/conventions: 95044 is per test (allergen); 35 + 10 = 45 units, not 1.",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Phototherapy
# ---------------------------------------------------------------------------------------------------------------

PHOTOTHERAPY = [
    {
        "id": "s7-photo-epic-nbuvb-session-no-tar",
        "family": "phototherapy", "shape": "note-only",
        "description": "Epic: NB-UVB session for psoriasis (no tar, no psoralen; Goeckerman stopped years ago) -> "
                       "96900",
        "date": "2026-02-25", "patient": ("Drummond", "Agnes", "1954-08-30", "female"),
        "provider": "nakamura", "payer": "medicare",
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True)],
        "note": """PHOTOTHERAPY TREATMENT RECORD - NB-UVB
Patient: Agnes Drummond   71 y.o. F   Date: 02/25/2026
Supervising physician: Ren Nakamura, MD (on site)   Administered by: L. Ortiz, RN

Diagnosis: plaque psoriasis, ~12% BSA at start of course (L40.0)
Course history: Goeckerman (crude coal tar + UVB) in 2019 - stopped, patient could not tolerate tar odor/staining. PUVA considered in 2020, not pursued. Current NB-UVB course started 01/2026.

Today: Treatment #14
Pre-treatment check: no new medications, no photosensitizers, no burning after last session. Skin: plaques thinner, less scale; BSA now ~7%.
Modality: narrowband UVB (311 nm), full-body cabinet. No tar or other topical photosensitizer applied. No psoralen.
Dose: 1,050 mJ/cm2 (increased 10% from 955)
Eye protection: goggles worn. Genital shielding: N/A.
Post-treatment: no erythema. Tolerated well.

Plan: continue 3x/week; next session 02/27. Continue clobetasol 0.05% ointment to elbows/knees BID on weekends. Physician reassessment at treatment #24.
""",
        "expected": E([L("96900", 1)]),
        "coder_note": "4.8: narrowband UVB alone (no tar, no psoralen) is actinotherapy 96900 per session. Goeckerman "
                      "(96910) and PUVA (96912) are history, not today's service. No E/M selected.",
    },
    {
        "id": "s7-photo-excimer-five-sites-summed-free-text",
        "family": "phototherapy", "shape": "free-text",
        "description": "Free-text: excimer to five plaques listed per Procedure (35 + 30 + 42 + 38 + 125 = 270 sq cm) "
                       "-> one 96921",
        "date": "2026-03-23", "patient": ("Fitzgerald-Ode", "Declan", "1986-11-11", "male"),
        "provider": "santos", "payer": "commercial-cigna",
        "conditions": [C("c1", "Psoriasis vulgaris, localized", "L40.0", "Elbows, knees, sacrum", reason=True)],
        "procedures": [
            P("Excimer 308 nm", site="R elbow", note="35 sq cm, 450 mJ/cm2", reasons=["c1"]),
            P("Excimer 308 nm", site="L elbow", note="30 sq cm, 450 mJ/cm2", reasons=["c1"]),
            P("Excimer 308 nm", site="R knee", note="42 sq cm, 500 mJ/cm2", reasons=["c1"]),
            P("Excimer 308 nm", site="L knee", note="38 sq cm, 500 mJ/cm2", reasons=["c1"]),
            P("Excimer 308 nm", site="Sacrum", note="125 sq cm, 400 mJ/cm2", reasons=["c1"]),
        ],
        "note": """Excimer session #6 of course (prior auth on file, 13 tx approved). Localized plaque psoriasis ~4% BSA, failed 4 mo of clobetasol + calcipotriene. Mild erythema after last session at knees, doses held there. Tolerated. Next session in 3-4 days.
R. Santos MD""",
        "expected": E([L("96921", 1)]),
        "coder_note": "4.8/conventions: excimer is one code per session by total area: 35 + 30 + 42 + 38 + 125 = 270 "
                      "sq cm -> 96921 x1 (not five lines).",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Post-op / global period
# ---------------------------------------------------------------------------------------------------------------

POST_OP = [
    {
        "id": "s7-po-oracle-suture-removal-in-global-99024",
        "family": "post-op", "shape": "note-only", "html": True,
        "description": "Oracle HTML: suture removal and path review 8 days after a malignant excision (010 global); "
                       "provider chose 99212 -> 99024",
        "date": "2026-02-17", "patient": ("Vanterpool", "Cedric", "1950-10-01", "male"),
        "provider": "chen", "payer": "medicare", "em": "99212",
        "conditions": [C("c1", "Encounter for surgical aftercare following surgery on the skin", "Z48.817",
                         reason=True)],
        "prior": [PRIOR("2026-02-09", "11602", "Excision malignant lesion, trunk", "Right lower back")],
        "note": """<html><body>
<p><b>POST-OPERATIVE VISIT</b></p>
<p><b>Patient:</b> Cedric Vanterpool &nbsp; <b>DOS:</b> 02/17/2026 &nbsp; <b>Provider:</b> W. Chen, MD</p>
<p><b>Reason:</b> Suture removal, R lower back, s/p excision of BCC on 02/09/2026.</p>
<ul>
<li><b>Interval:</b> Mild soreness first 2 days, none since. No fever, drainage or bleeding. Used petrolatum daily.</li>
<li><b>Pathology reviewed with patient:</b> BCC, nodular, margins clear (closest 2.5 mm). No further treatment needed at this site.</li>
<li><b>Exam:</b> Linear 4.2 cm incision R lower back, well approximated, no erythema, no dehiscence, no hematoma.</li>
<li><b>Procedure:</b> 6 simple interrupted 4-0 nylon sutures removed without difficulty. Steri-strips applied.</li>
</ul>
<p><b>A/P:</b> Healing as expected after excision. Scar care: silicone gel after 2 weeks, sun protection. Full skin exam as previously scheduled in 6 months.</p>
<p><i>W. Chen, MD</i></p>
</body></html>""",
        "expected": E([L("99024", 1)], topics=["global-period"]),
        "coder_note": "GS-1/GS-5, conventions: routine post-op visit (suture removal, path review) on day 8 of the "
                      "010 global of 11602 is included -> 99024 instead of the provider's 99212.",
    },
    {
        "id": "s7-po-dictated-new-lesion-bx-in-global-79",
        "family": "post-op", "shape": "note-only",
        "description": "Dictated: tangential biopsy of a new shin lesion 5 days after a benign back excision (010 "
                       "global) -> 11102-79",
        "date": "2026-03-16", "patient": ("Kristiansen", "Leif", "1963-05-08", "male"),
        "provider": "lindgren", "payer": "medicare",
        "conditions": [C("c1", "Neoplasm of unspecified behavior of skin, left shin", "D49.2", "Left shin",
                         reason=True)],
        "prior": [PRIOR("2026-03-11", "11402", "Excision benign lesion, trunk", "Left upper back")],
        "note": """Dictation for Leif Kristiansen, March sixteenth, two thousand twenty-six, Dr. Astrid Lindgren.

Mr. Kristiansen is a sixty-two-year-old man who had an atypical nevus excised from the left upper back here five days ago. He called yesterday about an entirely different problem: a scaly pink spot on the front of the left shin that he first noticed at Christmas and that has started to bleed when his socks rub it. He is scheduled to have the back sutures removed next week at his routine post-operative visit and has no concerns about the back today, so that wound was not the reason for this visit.

On examination of the left anterior shin there is an eight millimeter erythematous, scaly, slightly eroded plaque. The differential includes squamous cell carcinoma in situ, superficial basal cell carcinoma and an irritated seborrheic keratosis.

After discussing the options I recommended a biopsy. Verbal consent was obtained, the area was anesthetized with one percent lidocaine with epinephrine, and a tangential shave biopsy was performed with a flexible blade into the mid dermis. Hemostasis was achieved with aluminum chloride and a bandage was applied. The specimen was sent to dermatopathology. He tolerated it well.

If this returns as a carcinoma in situ we will talk about treatment options, which may include excision or topical therapy. He will keep the appointment next week for the back.
""",
        "expected": E([L("11102", 1, "79")], topics=["global-period"]),
        "coder_note": "GS-5: new, unrelated lesion biopsied during the 10-day global of the 03/11 excision (11402, "
                      "010) -> 79 on 11102. The back wound was not treated today, so no 99024.",
    },
    {
        "id": "s7-po-epic-melanoma-wle-positive-margin-58",
        "family": "post-op", "shape": "note-only",
        "description": "Epic: wide re-excision of melanoma for positive margin 7 days after excisional biopsy; scar "
                       "1.8 cm + 1 cm margins (3.8) and layered closure 11.0 cm -> 11604-58, 12034-58",
        "date": "2026-03-09", "patient": ("Okoro-Lindqvist", "Amara", "1979-09-21", "female"),
        "provider": "voss", "payer": "commercial",
        "conditions": [C("c1", "Malignant melanoma of skin of back", "C43.59", "Left mid back", reason=True)],
        "prior": [PRIOR("2026-03-02", "11602", "Excision, pigmented lesion with 2 mm margins", "Left mid back")],
        "path": [
            {"text": "Skin, left mid back, excision: Malignant melanoma, superficial spreading type, Breslow "
                     "thickness 0.6 mm, non-ulcerated, mitoses 0/mm2. Peripheral margin involved by in situ "
                     "component.", "site": "Left mid back", "date": "2026-03-05",
             "encounter": "enc-s7-po-epic-melanoma-wle-positive-margin-58-prior-1"},
            {"text": "Skin, left mid back, wide local excision: Scar with foreign body reaction; no residual "
                     "melanoma. Margins clear.", "site": "Left mid back", "date": "2026-03-12"},
        ],
        "note": """PROCEDURE NOTE - WIDE LOCAL EXCISION
Patient: Amara Okoro-Lindqvist   DOB: 09/21/1979   DOS: 03/09/2026
Surgeon: Henrietta Voss, MD

INDICATION: 46F s/p narrow excision of an atypical pigmented lesion of the L mid back on 03/02/2026 (elliptical excision with 2 mm margins). Pathology: superficial spreading melanoma, Breslow 0.6 mm (pT1a), with a positive peripheral margin. Per NCCN, wide excision with 1 cm margins recommended; SLNB not indicated for T1a without high-risk features. Returns today, within the post-operative period, for the planned definitive re-excision.

CONSENT: discussed wide excision, risks including bleeding, infection, wound dehiscence, widened scar, need for further surgery. Written consent. Time-out.

PROCEDURE:
The healing scar measured 1.8 cm in greatest length. A 1.0 cm margin was measured around the scar on all sides and an ellipse was designed along the long axis of the back. After prep and tumescent-style infiltration of 1% lidocaine with epinephrine (20 mL), the ellipse was excised to the level of the muscular fascia and oriented with a long suture superior, short suture medial. Bipolar cautery for hemostasis.

REPAIR: Limited undermining (approximately 1 cm) in the subfascial plane on both sides. The wound was closed in layers: 2-0 PDS buried interrupted in the fascia/deep subcutaneous layer, 3-0 Monocryl buried dermal, and 4-0 nylon running cutaneous. Final repair length 11.0 cm.

EBL: 10 mL. No complications.
DISPOSITION: Pressure dressing. Suture removal 14 days. Oncology follow-up with FSE and nodal exam every 3-6 months for 2 years. Discussed monthly self-exams; first-degree relatives should have skin checks.
""",
        "expected": E([L("11604", 1, "58"), L("12034", 1, "58")], topics=["global-period"]),
        "coder_note": "EX-4/GS-5: planned re-excision for a positive margin inside the 010 global of the 03/02 "
                      "excision -> 58. EX-1: scar 1.8 + 2 x 1.0 = 3.8 cm, trunk, malignant (EX-4 even with negative "
                      "re-excision path) -> 11604. REP-2: layered closure 11.0 cm trunk -> 12034, also 58 (corpus "
                      "precedent: 58 on both lines).",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Repair
# ---------------------------------------------------------------------------------------------------------------

REPAIR = [
    {
        "id": "s7-rep-epic-outside-mohs-lip-vermilion-complex",
        "family": "repair", "shape": "note-only",
        "description": "Epic: same-day reconstruction after outside Mohs; upper-lip defect crossing the vermilion "
                       "border, layered with border realignment, 2.4 cm -> 13151 (no Mohs line)",
        "date": "2026-04-13", "patient": ("Delahaye", "Yvette", "1955-03-27", "female"),
        "provider": "ramirez", "payer": "commercial-uhc",
        "conditions": [C("c1", "Squamous cell carcinoma of skin of lip", "C44.02", "Left upper lip", reason=True)],
        "note": """RECONSTRUCTION NOTE
Patient: Yvette Delahaye   DOB 03/27/1955   DOS: 04/13/2026
Surgeon: Sofia Ramirez, MD
Referring Mohs surgeon: Dr. P. Ferris, Lakeside Mohs Center (Mohs performed there this morning, 2 stages, margins clear per their report; their operative note is in Media).

HPI: 71F s/p Mohs for SCC of the L upper lip at an outside center today, referred for same-day repair. Non-smoker. Takes no anticoagulants.

EXAM: Fresh Mohs defect L upper lip, 1.0 x 0.8 cm, extending from the cutaneous upper lip across the vermilion border onto the dry vermilion; orbicularis oris partially exposed but intact. No other defects.

CONSENT: options reviewed including second intention healing, primary layered closure, wedge excision, and local flap; risks include asymmetry, notching of the lip, scarring, infection, bleeding. Written consent.

PROCEDURE: The vermilion border was marked with a surgical marker before infiltration of 2 mL 1% lidocaine with epinephrine. The defect was converted to a vertical ellipse oriented perpendicular to the vermilion border, with standing cones removed superiorly and on the mucosal side. Gentle undermining at the submuscular level. The orbicularis was reapproximated with 5-0 Vicryl, the first suture placed precisely at the vermilion border to realign the white roll, and the remainder of the dermis closed with 5-0 Monocryl buried sutures. Skin and vermilion closed with 6-0 nylon and 6-0 fast-absorbing gut respectively. Final repair length 2.4 cm.

EBL minimal; no complications. Bacitracin and pressure dressing.

PLAN: Soft diet 48 h. Suture removal in 6-7 days. If notching develops, may consider scar revision in 3-6 months.
Sofia Ramirez, MD
""",
        "expected": E([L("13151", 1)]),
        "coder_note": "REP-3: repair involving the free margin of the vermilion border is complex; lips are in "
                      "13151-13153 (REP-2); 2.4 cm -> 13151. The Mohs was done and billed by the outside surgeon; "
                      "scar revision is a possible future plan.",
    },
    {
        "id": "s7-rep-free-text-fall-three-lacerations",
        "family": "repair", "shape": "free-text",
        "description": "Free-text: three lacerations after a fall: L forearm 3.0 + R hand 2.0 simple (summed 5.0 -> "
                       "12002) and chin 1.5 layered (12051)",
        "date": "2026-01-08", "patient": ("Pettigrew", "Mabel", "1941-11-16", "female"),
        "provider": "weiss", "payer": "medicare",
        "conditions": [
            C("c1", "Laceration without foreign body of left forearm", "S51.812A", "Left forearm", reason=True),
            C("c2", "Laceration without foreign body of right hand", "S61.411A", "Right dorsal hand", reason=True),
            C("c3", "Laceration without foreign body of chin", "S01.81XA", "Chin", reason=True),
        ],
        "procedures": [
            P("Laceration repair, simple", site="Left volar forearm",
              note="3.0 cm superficial linear laceration, irrigated, single-layer 4-0 nylon interrupted.",
              reasons=["c1"]),
            P("Laceration repair, simple", site="Right dorsal hand",
              note="2.0 cm superficial laceration over 3rd MCP, tendon intact, single layer 5-0 nylon.",
              reasons=["c2"]),
            P("Laceration repair, layered", site="Chin",
              note="1.5 cm laceration through dermis into subcutaneous fat; 5-0 Monocryl deep dermal sutures + "
                   "6-0 nylon cutaneous.", reasons=["c3"]),
        ],
        "note": """84F tripped on the curb in our parking lot on the way to her appointment (scheduled AK check, rescheduled). No LOC, no head strike other than chin, no neck pain, ambulatory. Tdap 2022. Wounds cleaned and repaired as documented. Wound care handout. Suture removal: face 5 d, hand/arm 10 d. Family to monitor; advised ED if headache/confusion.
S. Weiss MD""",
        "expected": E([L("12002", 1), L("12051", 1)]),
        "coder_note": "REP-1/REP-2: simple repairs of the forearm and hand are the same group (extremities incl. "
                      "hands) -> 3.0 + 2.0 = 5.0 cm -> 12002. Layered chin (face) 1.5 cm -> 12051. Not summed "
                      "across complexity or group; no PTP edit between 12002 and 12051.",
    },
    {
        "id": "s7-rep-ema-two-trunk-repairs-summed",
        "family": "repair", "shape": "pre-coded",
        "description": "EMA pre-coded 11402 + 11401 + 12032 twice (4.0 and 3.0 cm trunk layered) -> 12032 x1 for "
                       "7.0 cm",
        "date": "2026-02-11", "patient": ("Gallagher", "Roisin", "1970-07-12", "female"),
        "provider": "halvorsen", "payer": "commercial",
        "conditions": [
            C("c1", "Dysplastic nevus, left upper back", "D22.5", "Left upper back", reason=True),
            C("c2", "Dysplastic nevus, right lower back", "D22.5", "Right lower back", reason=True),
        ],
        "path": [
            {"text": "A. Skin, left upper back, excision: Compound dysplastic nevus with mild atypia, completely "
                     "excised.", "site": "Left upper back", "date": "2026-02-14"},
            {"text": "B. Skin, right lower back, excision: Junctional dysplastic nevus with mild atypia, "
                     "completely excised.", "site": "Right lower back", "date": "2026-02-14"},
        ],
        "procedures": [
            P("Excision benign lesion", cpt="11402", site="L upper back", reasons=["c1"]),
            P("Excision benign lesion", cpt="11401", site="R lower back", reasons=["c2"]),
            P("Intermediate repair", cpt="12032", site="L upper back", reasons=["c1"], note="4.0 cm"),
            P("Intermediate repair", cpt="12032", site="R lower back", reasons=["c2"], note="3.0 cm"),
        ],
        "note": """Visit Type: Procedure - Excisions x2
Indication: two changing nevi, prior shave biopsies 01/2026 showed moderately atypical nevi with positive margins; re-excision recommended.
Procedure: Excision - benign
  Lesion A: L upper back, 1.0 cm, margins 2 mm, depth fat
  Lesion B: R lower back, 0.5 cm, margins 2 mm, depth fat
Repair: Intermediate, layered (4-0 Monocryl deep / 4-0 nylon)
  A: 4.0 cm
  B: 3.0 cm
Complications: none. Suture removal 14 days.
""",
        "expected": E([L("11402", 1), L("11401", 1), L("12032", 1)], topics=["coding-correction"]),
        "coder_note": "EX-1: A 1.0 + 0.4 = 1.4 cm -> 11402; B 0.5 + 0.4 = 0.9 cm -> 11401 (benign path). REP-1: "
                      "intermediate repairs in the same group (trunk) are summed: 4.0 + 3.0 = 7.0 cm -> one 12032, "
                      "not two.",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Shave removal
# ---------------------------------------------------------------------------------------------------------------

SHAVE = [
    {
        "id": "s7-shave-dictated-cheek-arm-scalp",
        "family": "shave", "shape": "note-only",
        "description": "Dictated: shave removal of three symptomatic nevi, sizes in words (cheek 4 mm, arm 8 mm, "
                       "scalp 1.2 cm) -> 11310, 11301, 11307",
        "date": "2026-02-02", "patient": ("Ravensworth", "Clara", "1988-06-26", "female"),
        "provider": "okonkwo", "payer": "commercial",
        "conditions": [
            C("c1", "Melanocytic nevus, left cheek", "D22.39", "Left cheek", reason=True),
            C("c2", "Melanocytic nevus, right upper arm", "D22.61", "Right upper arm", reason=True),
            C("c3", "Melanocytic nevus, scalp", "D22.4", "Right parietal scalp", reason=True),
        ],
        "path": [{"text": "A. Left cheek: intradermal nevus. B. Right upper arm: compound nevus, no atypia. "
                          "C. Scalp: intradermal nevus with inflammation.", "date": "2026-02-05"}],
        "note": """Dr. Chidi Okonkwo dictating a procedure note for Clara Ravensworth on February second, two thousand twenty-six.

Clara is a thirty-seven-year-old woman who returns to have three raised moles removed. The one on the left cheek gets cut when she shaves her face for dermaplaning and has bled several times; the one on the right upper arm rubs under her bra strap and is often red and sore; and the one on the scalp is snagged by her hairbrush and bled twice this month. We saw her in January and she wanted time to think about it. She has no personal or family history of melanoma. She had a mole removed from the abdomen in her teens.

On examination all three are soft, dome-shaped, evenly pigmented papules without worrying dermoscopic features. The left cheek lesion measures four millimeters, the right upper arm lesion eight millimeters, and the right parietal scalp lesion one point two centimeters, which is crusted on top from the recent bleeding.

After written consent, each lesion was anesthetized with one percent lidocaine with epinephrine and removed in its entirety by shave removal with a flexible blade at the level of the dermis, flush with the surrounding skin. Hemostasis was obtained with aluminum chloride and light electrocautery on the scalp. No sutures were needed. All three specimens were submitted separately to pathology. We discussed the possibility of regrowth of pigment and she understands that we could re-shave or excise if that happens.

She also asked about laser treatment for some brown spots on her cheeks; I explained that this would be a cosmetic service and gave her the aesthetic consult information. Nothing was done for those today.
""",
        "expected": E([L("11310", 1), L("11301", 1), L("11307", 1)]),
        "coder_note": "SH-1: one code per lesion by site group and diameter: cheek (FEENLM) 0.4 cm -> 11310; arm "
                      "(TAL) 0.8 cm -> 11301; scalp (SNHFG) 1.2 cm -> 11307. Symptomatic (bleeding, trauma, "
                      "irritation), so covered. Laser only discussed.",
    },
    {
        "id": "s7-shave-free-text-back-hand-isk",
        "family": "shave", "shape": "free-text",
        "description": "Free-text: shave removal of inflamed SKs, back 1.6 x 1.1 cm (11302) and L dorsal hand 0.6 cm "
                       "(11306)",
        "date": "2026-03-05", "patient": ("Thorvaldsen", "Birgit", "1947-02-02", "female"),
        "provider": "pike", "payer": "medicare",
        "conditions": [
            C("c1", "Inflamed seborrheic keratosis, back", "L82.0", "Right lower back", reason=True),
            C("c2", "Inflamed seborrheic keratosis, left hand", "L82.0", "Left dorsal hand", reason=True),
        ],
        "procedures": [
            P("Shave removal", site="Right lower back (waistband)",
              note="Irritated, crusted, bleeding SK rubbed by waistband. 1.6 x 1.1 cm. Removed in toto by shave, "
                   "Drysol. To path.", reasons=["c1"]),
            P("Shave removal", site="Left dorsal hand",
              note="Inflamed SK 0.6 cm, itchy and bleeding after catching on jewelry. Shaved flush. To path.",
              reasons=["c2"]),
        ],
        "note": """79F with two irritated growths. Both inflamed with hemorrhagic crust on exam. Shave removals as listed. 4 other SKs on back asymptomatic - not treated, reassured. F/u PRN.
J. Pike MD""",
        "expected": E([L("11302", 1), L("11306", 1)]),
        "coder_note": "SH-1: back (TAL) greatest diameter 1.6 cm -> 11302; hand (SNHFG) 0.6 cm -> 11306. Inflamed and "
                      "bleeding (BSL-3 a/g) so covered by Medicare; asymptomatic SKs not treated.",
    },
    {
        "id": "s7-shave-removal-helix-after-prior-biopsy",
        "family": "shave", "shape": "note-only",
        "description": "EMA-style note: shave removal of a previously biopsied irritated SK on the L helix, 0.9 cm -> "
                       "11311 (removal, not biopsy)",
        "date": "2026-01-21", "patient": ("Achebe-Hart", "Lionel", "1943-04-19", "male"),
        "provider": "adeyemi", "payer": "medicare-noname",
        "conditions": [C("c1", "Inflamed seborrheic keratosis, left helix", "L82.0", "Left helix", reason=True)],
        "prior": [PRIOR("2025-12-15", "11102", "Tangential biopsy", "Left helix")],
        "note": """Visit Type: Established Patient - Procedure
Chief Complaint: growth on L ear keeps bleeding

HPI: 82M. Lesion L helix was sampled by tangential biopsy on 12/15/2025; pathology: irritated seborrheic keratosis, no atypia. Since then the remaining lesion has regrown, catches on his eyeglass frame and hearing aid, and bleeds onto his pillow. Wants it removed.

Exam: L superior helix - 0.9 cm verrucous, crusted tan papule with erythematous base; biopsy site incorporated. No cartilage involvement.

Assessment: Irritated seborrheic keratosis, L helix (L82.0) - symptomatic (bleeding, recurrent trauma from glasses).

Procedure: Shave Removal
  Intent: complete removal of symptomatic lesion (diagnosis already established by prior biopsy)
  Location: L superior helix
  Lesion diameter: 0.9 cm
  Anesthesia: 1% lidocaine w/ epi 0.5 mL
  Technique: horizontal shave with DermaBlade to the level of the dermis, flush with skin
  Hemostasis: aluminum chloride
  Specimen: sent to pathology
  Complications: none

Plan: Petrolatum daily until healed. RTC PRN.
""",
        "expected": E([L("11311", 1)]),
        "coder_note": "BX-4/SH-1: therapeutic shave removal of a lesion whose diagnosis is already known (biopsied "
                      "12/2025) -> shave removal, not a biopsy; ear = FEENLM, 0.9 cm -> 11311. Symptomatic "
                      "(bleeding, trauma) so covered.",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Skin tags
# ---------------------------------------------------------------------------------------------------------------

SKIN_TAGS = [
    {
        "id": "s7-tags-epic-22-neck-axilla-split",
        "family": "skin-tags", "shape": "note-only",
        "description": "Epic: 14 neck + 8 L axilla irritated tags = 22 -> 11200 + 11201 x1",
        "date": "2026-04-27", "patient": ("Mbeki-Larsen", "Nandi", "1976-08-03", "female"),
        "provider": "castellanos", "payer": "commercial",
        "conditions": [C("c1", "Acrochordons, irritated, neck and left axilla", "L91.8", "Neck, left axilla",
                         reason=True)],
        "note": """DERMATOLOGY PROCEDURE VISIT
Patient: Nandi Mbeki-Larsen   DOB: 08/03/1976   DOS: 04/27/2026
Provider: Ines Castellanos, MD

CC: "my skin tags keep getting caught and bleeding"

HPI: 49F with numerous skin tags on the neck and L axilla that catch on necklaces, collars and her bra strap. Several have become red and painful and a few bled in the past month. BMI 34, prediabetes (PCP following A1c). R axilla tags are few and not bothersome.

EXAM: Neck - multiple pedunculated flesh-colored to brown papules 1-4 mm; several with erythema and hemorrhagic crust. L axilla - similar papules, some inflamed. R axilla - 3 small quiet tags.

ASSESSMENT: Acrochordons, symptomatic - irritated, inflamed, bleeding (L91.8).

PROCEDURE: Removal of skin tags
Consent signed; risks of bleeding, pigment change and recurrence discussed.
Removed by snip excision with curved iris scissors, hemostasis with aluminum chloride:
  Neck: 14 tags
  L axilla: another 8
R axilla tags left in place at patient request.

Complications: none.
PLAN: Avoid friction for a week; petrolatum. Recheck PRN. Discussed that the tags may recur with weight and insulin resistance.
""",
        "expected": E([L("11200", 1), L("11201", 1)]),
        "coder_note": "4.8/conventions: 14 + 8 = 22 tags -> 11200 (first 15) + 11201 x ceil(7/10) = 1. Symptomatic "
                      "(bleeding, inflamed) so not cosmetic. R axilla tags not removed.",
    },
    {
        "id": "s7-tags-dictated-medicare-twelve-inflamed",
        "family": "skin-tags", "shape": "note-only",
        "description": "Dictated: twelve inflamed/bleeding tags axillae and groin folds, Medicare FFS -> 11200 "
                       "(covered); eyelid tags declined",
        "date": "2026-05-11", "patient": ("Featherstone", "Walter", "1949-01-31", "male"),
        "provider": "baptiste", "payer": "medicare",
        "conditions": [C("c1", "Acrochordons, inflamed, axillae and inguinal folds", "L91.8",
                         "Bilateral axillae, inguinal folds", reason=True)],
        "note": """Dictated note, Dr. Marc Baptiste, patient Walter Featherstone, May eleventh, two thousand twenty-six.

Mr. Featherstone is a seventy-seven-year-old man who comes in because skin tags in both armpits and in the groin creases have become sore, red and weepy, and several have bled onto his undershirts and underwear over the past few weeks. He is diabetic and sweats heavily in the summer. He also has a few tiny tags on the eyelids that do not bother him.

On examination there are numerous pedunculated skin tags. In the right axilla five are inflamed, with erythema at the base, and two of them have fresh hemorrhagic crust. In the left axilla there are four similar inflamed tags. In the groin folds there are three more, one of which is macerated and oozing. The eyelid tags are small and quiet.

Given the inflammation, bleeding and oozing, I recommended removal of the symptomatic lesions. After consent, the twelve inflamed tags, five in the right axilla, four in the left axilla and three in the groin folds, were removed by snip excision with fine scissors, and hemostasis was achieved with aluminum chloride. He declined removal of the eyelid tags, and I agreed that those are cosmetic and should be left alone.

He will keep the areas dry with a barrier powder and return as needed.
""",
        "expected": E([L("11200", 1)]),
        "coder_note": "BSL-3 (a/g): bleeding, inflamed, oozing tags are covered, so no GY. 5 + 4 + 3 = 12 tags -> "
                      "11200 x1 (up to 15). Eyelid tags not removed.",
    },
]

SCENARIOS = (BIOPSY + COSMETIC + DESTRUCTION + EM + EXCISION_BENIGN + EXCISION_MALIGNANT + INCISION_DRAINAGE
             + INTRALESIONAL + MIXED + MOHS + NAILS + PARING + PATCH_TEST + PHOTOTHERAPY + POST_OP + REPAIR + SHAVE
             + SKIN_TAGS)
