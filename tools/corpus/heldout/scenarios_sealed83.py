"""Sealed set 83 (s83-): facial plastic & oculoplastic surgery service partnered with a dermatology practice.

Practice: Whitlock Facial Plastic & Oculoplastic Surgery (procedure suites at Brennan Street Surgery Center),
sharing billing with Alder Creek Dermatology. Surgeon: marchetti (facial plastic / oculoplastic). Partners on
the same billing group: weiss (Mohs), castellanos and lindgren (medical dermatology). Notes use the practice's
surgery-center operative template. Expected answers from the rule book (sections 2-7, 10),
docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HDR = "WHITLOCK FACIAL PLASTIC & OCULOPLASTIC SURGERY - Brennan Street Surgery Center"

# ---------------------------------------------------------------------------------------------------------------
# Batch 1
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s83-exm-nasal-sidewall-bcc-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision biopsy-proven BCC right nasal sidewall 0.8 cm + 4 mm margins, layered closure 2.2 cm; Medicare FFS",
    "date": "2025-10-14",
    "patient": ("Ellingwood", "Roberta", "1944-05-19", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Right nasal sidewall", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "path": [{"text": "Skin, right nasal sidewall, excision: basal cell carcinoma, nodular type. Peripheral and "
                      "deep margins free of tumor; closest margin 2.5 mm (peripheral).",
              "site": "Right nasal sidewall", "date": "2025-10-17"}],
    "note_title": "Operative Report",
    "note": HDR + """
OPERATIVE REPORT

DATE OF SERVICE: 10/14/2025
SURGEON: Luca Marchetti, MD
ASSISTANT: None
PREOPERATIVE DIAGNOSIS: Basal cell carcinoma, right nasal sidewall (shave biopsy 09/22/2025, Alder Creek
Dermatology, accession AC25-4471: nodular BCC, transected at base).
POSTOPERATIVE DIAGNOSIS: Same. Pathology pending.
PROCEDURE: Excision of malignant lesion, right nasal sidewall; layered closure.
ANESTHESIA: Local, 1% lidocaine with 1:100,000 epinephrine, 3 mL.
EBL: Minimal.  COMPLICATIONS: None.
SPECIMEN: Right nasal sidewall ellipse, suture at 12 o'clock, to pathology (permanent sections).

INDICATIONS: 81-year-old woman, prior SCC left dorsal hand excised 2019 without recurrence. Declined Mohs
referral after discussion; elects standard excision with permanent-section margin assessment.

FINDINGS: Pearly papule with biopsy scar, 0.8 x 0.6 cm. Margin 4 mm circumferentially.

DESCRIPTION: Site confirmed with patient; time-out. Prepped and draped. Lesion and 4 mm margin outlined;
ellipse oriented along the relaxed skin tension lines of the sidewall. Excised to the level of the nasalis
fascia. Hemostasis with bipolar cautery. Wound edges undermined minimally. Closed in layers: 5-0 Monocryl
buried deep dermal sutures, 6-0 nylon simple interrupted to skin. Final repair length 2.2 cm.

DISPOSITION: Tolerated well. Wound care sheet given. Return 1 week for suture removal.

Luca Marchetti, MD
""",
    "expected": E([L("11642"), L("12051")], dx={"11642": ["C44.311"]}),
    "coder_note": "EX-1: 0.8 + 2 x 0.4 = 1.6 cm, nose -> 11642 (malignant per path). Layered closure 2.2 cm face "
                  "group -> 12051, separately reportable (EX-5). Z85.828 history is not the reason for service.",
})

SCENARIOS.append({
    "id": "s83-exm-left-lower-lid-bcc-precoded-band",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Left lower eyelid BCC excision pre-coded 11641 from lesion size only; 0.6 + 2 x 0.3 = 1.2 cm -> 11642; complex repair 2.4 cm",
    "date": "2025-11-06",
    "patient": ("Tambling", "Gerald", "1950-02-08", "male"),
    "provider": "marchetti", "payer": "medicare-advantage", "minutes": 70,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of left lower eyelid, including canthus", "C44.1192",
          "Left lower eyelid", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion, eyelid", "11641", "Left lower eyelid, central third below lash line",
          note="Lesion 0.6 cm. 3 mm margin. Skin and orbicularis excised, lid margin spared.", reasons=["c1"]),
        P("Complex repair, eyelid", "13151", "Left lower eyelid",
          note="Extensive undermining of lower lid and malar skin; Frost retention suture. 2.4 cm.",
          reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left lower eyelid, excision: basal cell carcinoma, infiltrative pattern. Margins "
                      "negative; closest deep margin 1.0 mm.", "site": "Left lower eyelid", "date": "2025-11-10"}],
    "note_title": "Operative Report",
    "note": HDR + """
OPERATIVE REPORT

DATE OF SERVICE: 11/06/2025
SURGEON: Luca Marchetti, MD
PREOPERATIVE DIAGNOSIS: Basal cell carcinoma, left lower eyelid, biopsy-proven (punch 10/15/2025).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: 1. Excision of malignant lesion, left lower eyelid.  2. Complex repair, left lower eyelid, 2.4 cm.
ANESTHESIA: Local infiltration, 2% lidocaine with epinephrine, 2.5 mL; tetracaine drops OS.
EBL: <5 mL.  COMPLICATIONS: None.
SPECIMEN: Left lower lid skin/orbicularis, oriented, to pathology.

INDICATIONS: Enlarging ulcerated papule 4 mm below the lash line, central lower lid. Mohs surgeon on leave for
6 weeks; patient preferred not to wait.

FINDINGS: Clinical lesion 0.6 cm greatest diameter. Margin 3 mm on all sides. Lid margin not involved.

DESCRIPTION: Corneal shield placed. Excision of lesion with 3 mm margin through skin and pretarsal orbicularis,
tarsus intact. Horizontal lid laxity noted (snap-back slow). To avoid ectropion: extensive undermining of the
lower lid and malar skin in the sub-orbicularis plane well beyond the defect width; deep closure 6-0 Vicryl,
skin 6-0 plain gut. Frost suture placed lower lid to brow for upward traction (retention suture). Repair length
2.4 cm.

DISPOSITION: Ice, head of bed up, erythromycin ointment. Frost suture removal 48 h; recheck 1 week.

L. Marchetti, MD
""",
    "expected": E([L("11642"), L("13151")], ["coding-correction"], dx={"11642": ["C44.1192"]}),
    "coder_note": "EX-1: excised diameter is lesion + 2 x margin = 0.6 + 0.6 = 1.2 cm -> 11642, not 11641. "
                  "Complex repair (extensive undermining + retention suture) eyelid 2.4 cm -> 13151 as sent.",
})

SCENARIOS.append({
    "id": "s83-exm-upper-lip-scc-size-not-recorded",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Upper cutaneous lip SCC excised, lesion/margin dimensions not recorded; complex repair with vermilion border realignment 2.8 cm",
    "date": "2025-12-02",
    "patient": ("Oyelaran", "Dennis", "1958-08-30", "male"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 75,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of lip", "C44.02", "Left upper cutaneous lip", reason=True),
    ],
    "path": [{"text": "Skin, left upper lip, excision: invasive squamous cell carcinoma, well differentiated, "
                      "depth 1.1 mm. No perineural invasion. All margins negative.",
              "site": "Left upper lip", "date": "2025-12-05"}],
    "note_title": "Operative Report",
    "note": HDR + """
OPERATIVE REPORT

DATE OF SERVICE: 12/02/2025
SURGEON: Luca Marchetti, MD
PREOPERATIVE DIAGNOSIS: Squamous cell carcinoma, left upper cutaneous lip (biopsy 11/12/2025).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Excision of malignant lesion left upper lip; complex repair with realignment of the vermilion border.
ANESTHESIA: Infraorbital nerve block and local infiltration, 1% lidocaine with epinephrine, 4 mL total.
EBL: 5 mL.  COMPLICATIONS: None.
SPECIMEN: Left upper lip, stitch superior, to pathology.

INDICATIONS: 67 y/o with keratotic nodule of the left upper cutaneous lip abutting the vermilion border.
Discussed Mohs vs excision; patient chose excision here.

FINDINGS: Lesion and planned margin outlined with marking pen per consultation plan and photographed.
Dimensions of lesion and margin were not entered in this report.

DESCRIPTION: Vermilion border tattooed with methylene blue before infiltration. Vertical excision through skin
and subcutaneous fat to the orbicularis oris; muscle preserved. Defect crossed the white roll. Orbicularis
reapproximated with 5-0 Vicryl. White roll realigned first with a 6-0 nylon key suture, then deep dermal 5-0
Monocryl and 6-0 nylon to skin. Total repair length 2.8 cm including the vermilion extension.

DISPOSITION: Petrolatum to vermilion. Soft diet 48 h. Sutures out day 6.

L. Marchetti, MD
""",
    "expected": E([L("13152")], ["missing-documentation"], dx={"13152": ["C44.02"]}),
    "coder_note": "No lesion or margin measurement -> no size-banded 1164x line (README missing-measurement rule). "
                  "Repair crosses the vermilion border (free margin) -> complex, lips group, 2.8 cm -> 13152.",
})

SCENARIOS.append({
    "id": "s83-rep-cheek-nose-intermediate-summed",
    "family": "repair", "shape": "free-text",
    "description": "Two malignant excisions (left cheek BCC, left nasal dorsum SCCIS) each 1.1-2.0 cm; layered closures 3.0 + 1.5 cm summed -> 12052",
    "date": "2025-10-28",
    "patient": ("Vantongeren", "Lillian", "1947-12-01", "female"),
    "provider": "marchetti", "payer": "medicare-ngs", "minutes": 80,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left mid cheek", reason=True),
        C("c2", "Squamous cell carcinoma in situ, nasal dorsum", "D04.39", "Left nasal dorsum", reason=True),
    ],
    "procedures": [
        P("Excision skin cancer left cheek", site="Left mid cheek",
          note="BCC, lesion 1.0 cm, 3 mm margins all around. Excised to subcutaneous fat.", reasons=["c1"]),
        P("Layered closure left cheek", site="Left mid cheek",
          note="Deep dermal 5-0 Monocryl, skin 6-0 Prolene running. Length 3.0 cm.", reasons=["c1"]),
        P("Excision SCCIS left nasal dorsum", site="Left nasal dorsum",
          note="SCC in situ, lesion 0.5 cm, 3 mm margins. Excised to fascia.", reasons=["c2"]),
        P("Layered closure nasal dorsum", site="Left nasal dorsum",
          note="Two-layer closure 6-0 Monocryl / 6-0 nylon. Length 1.5 cm.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin, left cheek, excision: basal cell carcinoma, superficial and nodular; margins clear.",
         "site": "Left mid cheek", "date": "2025-10-31"},
        {"text": "B. Skin, left nasal dorsum, excision: squamous cell carcinoma in situ; margins clear.",
         "site": "Left nasal dorsum", "date": "2025-10-31"},
    ],
    "note_title": "Operative Report",
    "note": HDR + """
OPERATIVE REPORT

DOS: 10/28/2025      SURGEON: Luca Marchetti, MD
PRE-OP DX: (1) BCC left mid cheek, bx-proven. (2) SCC in situ left nasal dorsum, bx-proven.
POST-OP DX: Same.
PROCEDURES: (1) Excision left cheek lesion with layered closure. (2) Excision left nasal dorsum lesion with
layered closure.
ANESTHESIA: Local, 1% lidocaine w/ epi, 6 mL total.   EBL: minimal.   COMPLICATIONS: none.
SPECIMENS: A - left cheek; B - left nasal dorsum; both oriented.

FINDINGS / MEASUREMENTS:
  A. Left cheek: lesion 1.0 x 0.7 cm; margin 3 mm. Closure 3.0 cm, layered.
  B. Nasal dorsum: lesion 0.5 x 0.4 cm; margin 3 mm. Closure 1.5 cm, layered.

DESCRIPTION: Standard prep. Each site excised as a fusiform ellipse to the depth noted above, hemostasis by
electrocautery, closed in two layers (buried absorbable dermal, then epidermal). No flap or graft. Steri-strips.

DISPOSITION: Home. Suture removal 1 week. Path to be reviewed at that visit.

L. Marchetti, MD
""",
    "expected": E([L("11642", 2), L("12052")]),
    "coder_note": "Cheek 1.0 + 0.6 = 1.6 cm and nose 0.5 + 0.6 = 1.1 cm, both malignant face -> 11642 x2. "
                  "REP-1: intermediate repairs in the same group (face/nose) summed 3.0 + 1.5 = 4.5 cm -> 12052.",
})

SCENARIOS.append({
    "id": "s83-po-suture-removal-in-global",
    "family": "post-op", "shape": "note-only",
    "description": "Day-7 suture removal and path review after 11642/12051; provider picked 99212 -> 99024",
    "date": "2025-10-21",
    "patient": ("Ellingwood", "Roberta", "1944-05-19", "female"),
    "provider": "marchetti", "payer": "medicare-noname", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Basal cell carcinoma of skin of nose", "C44.311", "Right nasal sidewall"),
    ],
    "prior": [PRIOR("2025-10-14", "11642", "Excision malignant lesion right nasal sidewall",
                    "Right nasal sidewall", "0.8 cm BCC, 4 mm margins, layered closure 2.2 cm"),
              PRIOR("2025-10-14", "12051", "Intermediate repair nose 2.2 cm", "Right nasal sidewall")],
    "note_title": "Post-operative Visit",
    "note": HDR + """
POST-OPERATIVE VISIT

DOS: 10/21/2025        SURGEON: Luca Marchetti, MD
PROCEDURE 10/14/2025: Excision BCC right nasal sidewall, layered closure 2.2 cm. Post-op day 7.

S: No pain, no drainage. Using petrolatum as instructed.
O: Incision well approximated, no erythema, no dehiscence, no hematoma. 6-0 nylon sutures removed without
difficulty; Steri-strips applied.
PATHOLOGY: Reviewed with patient - nodular BCC, margins clear (closest 2.5 mm). No further surgery needed.

A/P: Routine post-operative course. Scar massage from week 3, sunscreen. Resume skin surveillance with
Alder Creek Dermatology every 6 months. No other concerns raised or addressed today.

L. Marchetti, MD
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-5 / conventions: routine post-op visit on day 7 of the 010 global of 11642/12051 -> 99024, "
                  "not the 99212 the provider selected.",
})

SCENARIOS.append({
    "id": "s83-po-chalazion-inside-flap-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "Day 30 of a 090 cheek flap global; visit solely for a new left upper lid chalazion with Rx -> 99213-24",
    "date": "2025-12-04",
    "patient": ("Abernethy-Cole", "Martin", "1953-04-22", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 22, "em": "99213",
    "conditions": [
        C("c1", "Chalazion left upper eyelid", "H00.14", "Left upper eyelid", reason=True),
        C("c2", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Right cheek", history=True),
    ],
    "prior": [PRIOR("2025-11-04", "14040", "Rotation flap right cheek after excision of BCC", "Right cheek",
                    "Defect + flap 8.6 sq cm")],
    "note_title": "Office Visit",
    "note": HDR + """
OFFICE VISIT

DOS: 12/04/2025       PROVIDER: Luca Marchetti, MD
REASON: New lump left upper eyelid x 10 days.

HPI: 72 y/o man, s/p right cheek rotation flap 11/04/2025 (scheduled flap check is 12/16 - not done today,
patient asked to keep today's visit to the eyelid). Now a tender swelling of the left upper lid, no vision
change, no discharge. Tried warm compresses 3 days. History of blepharitis.

EXAM: Left upper lid, central, 6 mm firm nodule within the tarsus, mild surrounding erythema, no preseptal
cellulitis. Meibomian gland inspissation both upper lids. Visual acuity grossly intact.

ASSESSMENT: Chalazion, left upper eyelid, with mild inflammation. Posterior blepharitis.

PLAN:
- Warm compresses 10 min QID, lid scrubs.
- Tobramycin-dexamethasone ophthalmic ointment to left upper lid margin TID x 7 days (Rx sent).
- If persistent at 4-6 weeks, intralesional steroid or incision and curettage.
- Not related to the cheek surgery. Flap visit stays on 12/16.

L. Marchetti, MD
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["H00.14"]}),
    "coder_note": "GS-5: E/M unrelated to the 14040 (090 global, day 30) -> modifier 24. Flap not assessed.",
})

SCENARIOS.append({
    "id": "s83-bx-lid-margin-and-cheek-tangential",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional biopsy right lower lid margin (67810) + tangential biopsy of separate left cheek papule (11102-XS)",
    "date": "2026-01-08",
    "patient": ("Quintanar", "Hollis", "1949-09-14", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Lesion right lower eyelid margin with madarosis", None, "Right lower eyelid margin", reason=True),
        C("c2", "Scaly papule left cheek", None, "Left cheek", reason=True),
    ],
    "procedures": [
        P("Biopsy of eyelid including lid margin", site="Right lower eyelid margin, lateral third",
          note="Pearly lesion with loss of lashes, 5 mm. Incisional wedge biopsy taken through the lid margin "
               "(skin, orbicularis, tarsal edge); hemostasis with cautery, no sutures.", reasons=["c1"]),
        P("Tangential biopsy", site="Left cheek",
          note="Separate 4 mm scaly pink papule, left mid cheek. Shave biopsy with flexible blade, aluminum "
               "chloride.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Right lower eyelid margin, biopsy: basal cell carcinoma, nodular.",
         "site": "Right lower eyelid", "date": "2026-01-12"},
        {"text": "B. Left cheek, shave biopsy: actinic keratosis, hypertrophic. No invasive carcinoma.",
         "site": "Left cheek", "date": "2026-01-12"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE

DOS: 01/08/2026        SURGEON: Luca Marchetti, MD
PRE-PROCEDURE DX: (A) Lesion right lower lid margin with madarosis, r/o BCC. (B) Scaly papule left cheek.
PROCEDURES: (A) Incisional biopsy of right lower eyelid, full margin. (B) Tangential biopsy left cheek.
ANESTHESIA: Proparacaine OD; 2% lidocaine w/ epi 0.5 mL (A) and 0.3 mL (B).
COMPLICATIONS: None.  SPECIMENS: A, B to dermatopathology.

DESCRIPTION: (A) Lid stabilized with chalazion clamp. Small wedge of lid margin including the lesion removed
with Westcott scissors. Cautery. Left to heal (margin defect under 2 mm). (B) Different lesion on the opposite
cheek: tangential shave to mid dermis, Drysol hemostasis.

DISPOSITION: Erythromycin ointment OD. Results by phone; surgical planning visit to follow for (A).

L. Marchetti, MD
""",
    "expected": E([L("67810"), L("11102", 1, "XS")]),
    "coder_note": "BX-1 mucosal/site-specific: lid-margin incisional biopsy -> 67810. Cheek tangential biopsy "
                  "-> 11102; PTP 67810/11102 indicator 1, separate lesion -> XS on 11102.",
})

SCENARIOS.append({
    "id": "s83-bx-vermilion-wedge-new-pt-em-removed",
    "family": "biopsy", "shape": "note-only",
    "description": "New patient, only problem a lower-lip vermilion patch; wedge biopsy of vermilion (40490); 99203 removed (decision only)",
    "date": "2025-11-19",
    "patient": ("Halloran", "Pearl", "1962-03-03", "female"),
    "provider": "marchetti", "payer": "commercial", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Persistent scaly patch lower lip vermilion", None, "Lower lip vermilion, left of midline",
          reason=True),
    ],
    "path": [{"text": "Lower lip vermilion, wedge biopsy: actinic cheilitis with moderate keratinocytic dysplasia. "
                      "No invasive carcinoma.", "site": "Lower lip", "date": "2025-11-24"}],
    "note_title": "Consultation and Procedure",
    "note": HDR + """
NEW PATIENT CONSULTATION / PROCEDURE

DOS: 11/19/2025       SURGEON: Luca Marchetti, MD
REFERRED BY: Dr. A. Ngata (dentist) for persistent lower lip lesion.

HPI: 63 y/o outdoor tennis coach. Rough white patch on the lower lip x 5 months, intermittently cracks. No
other skin complaints; declines full skin exam today (sees her dermatologist in March).
PMH: Hypothyroidism. Meds: levothyroxine. NKDA. Non-smoker.

EXAM (focused): Lower lip vermilion, left of midline, 9 x 5 mm white scaly plaque with mild induration, not
ulcerated. No cervical adenopathy.

ASSESSMENT: Lower lip vermilion plaque; differential actinic cheilitis vs SCC in situ vs early SCC.
PLAN: Biopsy today. Consent obtained.

PROCEDURE: Wedge biopsy, lower lip vermilion.
Anesthesia: mental nerve block, 2% lidocaine with epinephrine 1.5 mL. A 6 x 3 mm wedge of vermilion
including the indurated portion removed to the orbicularis. Closed with two 5-0 chromic sutures.
EBL minimal. Specimen to pathology. No complications.

Follow-up: results 1 week; treatment plan depends on pathology. Lip balm with SPF 30.

L. Marchetti, MD
""",
    "expected": E([L("40490")]),
    "coder_note": "BX-1: lip vermilion biopsy -> 40490 (not 11106). GS-3: new patient whose only problem is the "
                  "biopsied lesion; the E/M is the decision for the 000 procedure -> 99203 removed.",
})

SCENARIOS.append({
    "id": "s83-exb-cheek-cyst-closure-length-missing",
    "family": "excision-benign", "shape": "note-only",
    "description": "Recurrently inflamed epidermoid cyst left cheek 1.4 cm + 2 mm margins -> 11442; layered closure length not recorded",
    "date": "2026-01-20",
    "patient": ("Brightwater", "Colin", "1979-07-11", "male"),
    "provider": "marchetti", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Epidermal cyst, left cheek, recurrently inflamed", "L72.0", "Left preauricular cheek",
          reason=True),
    ],
    "path": [{"text": "Skin and subcutis, left cheek, excision: ruptured epidermal inclusion cyst with "
                      "foreign-body giant cell reaction. No atypia.", "site": "Left cheek", "date": "2026-01-23"}],
    "note_title": "Operative Report",
    "note": HDR + """
OPERATIVE REPORT

DATE OF SERVICE: 01/20/2026
SURGEON: Luca Marchetti, MD
PREOPERATIVE DIAGNOSIS: Epidermoid cyst, left preauricular cheek, inflamed x3 in past year (two courses of
doxycycline, one I&D at urgent care 08/2025). Currently quiescent.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Excision of cyst, left cheek, with layered closure.
ANESTHESIA: Local, 1% lidocaine with epinephrine 4 mL.
EBL: Minimal.   COMPLICATIONS: None.   SPECIMEN: Cyst with overlying punctum, to pathology.

FINDINGS: Cyst 1.4 cm diameter, tethered to dermis from prior rupture. 2 mm skin margin around the punctum
and scar.

DESCRIPTION: Elliptical excision including punctum and scar, cyst dissected intact from surrounding fibrosis.
Dead space closed with 5-0 Vicryl, deep dermal 5-0 Monocryl, skin 6-0 Prolene running subcuticular. Layered
closure. (Closure length not measured.)

DISPOSITION: Pressure dressing 24 h. Suture removal 7 days.

L. Marchetti, MD
""",
    "expected": E([L("11442")], ["missing-documentation"], dx={"11442": ["L72.0"]}),
    "coder_note": "EX-1: 1.4 + 2 x 0.2 = 1.8 cm face -> 11442; recurrent inflammation documents medical necessity. "
                  "Repair length not recorded -> no 1205x line + missing-documentation.",
})

SCENARIOS.append({
    "id": "s83-cos-glabellar-toxin-commercial",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "OnabotulinumtoxinA 20 units for glabellar rhytids, pre-coded J0585; commercial -> not on claim",
    "date": "2026-02-10",
    "patient": ("Sandoval-Reyes", "Marisol", "1984-10-26", "female"),
    "provider": "marchetti", "payer": "commercial-cigna", "minutes": 15,
    "conditions": [
        C("c1", "Encounter for cosmetic surgery", "Z41.1", reason=True),
        C("c2", "Glabellar rhytids", None, "Glabella"),
    ],
    "procedures": [
        P("OnabotulinumtoxinA injection, glabellar complex", "J0585", "Glabella (procerus, corrugators)",
          note="20 units Botox Cosmetic, 5 injection points. Aesthetic indication.", reasons=["c1"]),
    ],
    "note_title": "Aesthetic Procedure Note",
    "note": HDR + """
AESTHETIC PROCEDURE NOTE

DOS: 02/10/2026       PROVIDER: Luca Marchetti, MD
INDICATION: Patient desires softening of vertical glabellar lines (aesthetic). No ptosis history, no
neuromuscular disease, not pregnant or nursing.

CONSENT: Cosmetic consent signed; self-pay pricing reviewed and accepted at check-in.

PROCEDURE: OnabotulinumtoxinA (Botox Cosmetic) reconstituted 100 U / 2.5 mL. Total 20 units: procerus 4 U,
each corrugator 4 U medial + 4 U lateral. 30 g needle. Ice before and after.
Tolerated well, no bruising.

PLAN: Avoid rubbing/lying flat 4 h. Review at 2 weeks for touch-up if needed.

L. Marchetti, MD
""",
    "expected": E([], ["cosmetic"]),
    "coder_note": "COS-2 / conventions: cosmetic toxin for rhytids with a commercial payer -> line removed, patient "
                  "billed directly (cosmetic finding).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s83-cos-forehead-sk-cryo-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Six asymptomatic SKs forehead/temples frozen for appearance; Medicare FFS with voluntary ABN -> 17110 GX GY",
    "date": "2026-02-17",
    "patient": ("Fairweather", "Douglas", "1946-01-30", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, forehead and temples", "L82.1", "Forehead, bilateral temples", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE

DOS: 02/17/2026       PROVIDER: Luca Marchetti, MD
CC: "Brown spots on my forehead - I'd like them gone before my daughter's wedding."

Exam: Six stuck-on, waxy tan-brown papules, 3-8 mm: forehead x4, right temple x1, left temple x1. Classic
seborrheic keratoses on dermoscopy. Not inflamed, not irritated, no bleeding, no itch, no recent change.
No features concerning for malignancy.

Assessment: Seborrheic keratoses x6, asymptomatic. Removal requested for appearance only.

Counseling: Explained Medicare does not cover cosmetic removal. Patient signed the voluntary Advance
Beneficiary Notice acknowledging he will be responsible; elects treatment today.

Procedure: Liquid nitrogen cryotherapy, cryospray, 2 freeze-thaw cycles of 5-8 s to each of the 6 lesions.
Tolerated well. Blistering/hypopigmentation risks reviewed.

Plan: Vaseline to treated sites. Recheck only if needed.

L. Marchetti, MD
""",
    "expected": E([L("17110", 1, "GX", "GY")]),
    "coder_note": "BSL-2/COS-4: SK removal for appearance only is statutorily excluded -> GY; voluntary ABN "
                  "documented -> GX. 6 lesions -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s83-skt-upper-lid-tags-visual-axis",
    "family": "skin-tags", "shape": "free-text",
    "description": "Seven pedunculated acrochordons upper eyelid margins, irritating and overhanging lash line; snip removal -> 11200",
    "date": "2025-11-13",
    "patient": ("Kowalczyk", "Irena", "1951-06-06", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons of both upper eyelids", "L91.8", "Bilateral upper eyelids", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, eyelids", site="Right upper eyelid (4), left upper eyelid (3)",
          note="7 pedunculated tags 2-4 mm along the lash line/pretarsal skin. Snip excision with curved iris "
               "scissors, light cautery.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE - OCULOPLASTIC

DOS: 11/13/2025        SURGEON: Luca Marchetti, MD
INDICATION: Multiple skin tags on both upper lids. Patient reports they rub the cornea/lashes with each blink
(foreign-body sensation, tearing), two have become red and sore, and the right lateral cluster overhangs the
lash line into her upper field when reading.
EXAM: Right upper lid 4, left upper lid 3 pedunculated acrochordons, 2-4 mm; two on the right are erythematous
and excoriated. Mild conjunctival injection OD.

PROCEDURE: Tetracaine drops OU; 2% lidocaine with epinephrine 0.2 mL per lid. Seven tags removed by snip
excision; hemostasis with handheld cautery. Not sent to pathology (classic appearance).
TOTAL: 7 tags.
Tolerated well. Erythromycin ointment BID x 5 days.

L. Marchetti, MD
""",
    "expected": E([L("11200")], dx={"11200": ["L91.8"]}),
    "coder_note": "BSL-3 (c)(g)(i): painful, inflamed and encroaching on the visual axis -> covered. 7 tags -> 11200.",
})

SCENARIOS.append({
    "id": "s83-skt-neck-axilla-38-tags-mue",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "38 symptomatic skin tags neck/axillae; pre-coded 11200 + 11201; 11201 needs 3 units but MUE is 1",
    "date": "2025-12-09",
    "patient": ("Mbatha", "Theodora", "1971-02-15", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Acrochordons, neck and axillae, irritated", "L91.8", "Neck and bilateral axillae", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, first 15", "11200", "Neck, bilateral axillae",
          note="Snip removal with cautery.", reasons=["c1"]),
        P("Removal of skin tags, each additional 10", "11201", "Neck, bilateral axillae",
          note="Additional tags beyond 15.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """ALDER CREEK DERMATOLOGY at Brennan Street Surgery Center - PROCEDURE NOTE
DOS: 12/09/2025     PROVIDER: Ines Castellanos, MD

INDICATION: Skin tags of the neck and underarms that catch on her necklace, collar and bra straps; several
have bled and become inflamed after being twisted. Prior-authorization photos submitted to UHC and approved
(ref 7724-PA).

EXAM: Numerous pedunculated acrochordons 1-5 mm: anterior/lateral neck 22, right axilla 9, left axilla 7.
Four with hemorrhagic crust, several erythematous.

PROCEDURE: Alcohol prep, topical LMX applied 30 min prior; lidocaine 1% with epi at larger bases.
Removed with curved scissors and light hyfrecation.
COUNT: neck 22 + right axilla 9 + left axilla 7 = 38 tags removed.

Aftercare: petrolatum, avoid necklace 1 week. Follow up PRN.

I. Castellanos, MD
""",
    "expected": E([L("11200"), L("11201")], ["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "38 tags: 11200 (first 15) + 11201 x ceil(23/10) = 3, capped at the 11201 MUE of 1 (conventions; "
                  "README MUE rule). Symptomatic/bleeding with prior auth -> covered.",
})

SCENARIOS.append({
    "id": "s83-il-earlobe-keloids-tac-40mg",
    "family": "intralesional", "shape": "note-only",
    "description": "Two keloids (anterior and posterior left earlobe) injected with triamcinolone 40 mg total -> 11900 + J3301 x4",
    "date": "2026-01-27",
    "patient": ("Adebayo-Lind", "Simone", "1997-09-09", "female"),
    "provider": "marchetti", "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Keloid scars left earlobe following piercing", "L91.0", "Left earlobe", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE

DOS: 01/27/2026        SURGEON: Luca Marchetti, MD
DIAGNOSIS: Keloids, left earlobe (anterior and posterior), post-piercing 2023. Painful and pruritic.
PROCEDURE: Intralesional corticosteroid injection, 2 lesions.

Keloid A (anterior lobe) 1.2 x 0.9 cm; keloid B (posterior lobe) 1.8 x 1.1 cm. Both firm, tender.
No surgery is planned at this point; we will try a series of injections first.

Drug: triamcinolone acetonide (Kenalog-40) 40 mg/mL, undiluted.
Keloid A: 0.4 mL (16 mg). Keloid B: 0.6 mL (24 mg). Total 1.0 mL = 40 mg.
30-gauge needle, intradermal into the keloid body until blanching.
Lot KX2291, exp 08/2027. No complications.

PLAN: Repeat in 4-6 weeks. Pressure earring after flattening. Discussed atrophy/hypopigmentation.

L. Marchetti, MD
""",
    "expected": E([L("11900"), L("J3301", 4)], dx={"11900": ["L91.0"]}),
    "coder_note": "2 lesions (<=7) -> 11900 x1. J3301 per 10 mg: 40 mg -> 4 units.",
})

SCENARIOS.append({
    "id": "s83-il-chalazion-ruq-tac-4mg",
    "family": "intralesional", "shape": "free-text",
    "description": "Right upper lid chalazion injected transcutaneously with triamcinolone 4 mg -> 11900 + J3301 x1; Medicaid",
    "date": "2025-10-09",
    "patient": ("Villaseñor", "Alma", "1990-12-12", "female"),
    "provider": "marchetti", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Chalazion right upper eyelid", "H00.11", "Right upper eyelid", reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection, chalazion", site="Right upper eyelid",
          note="8 mm chalazion present 9 weeks despite compresses. Triamcinolone acetonide 40 mg/mL, 0.1 mL "
               "(4 mg) injected transcutaneously with a 30 g needle, eye shielded. Single lesion.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE - OCULOPLASTIC

DOS: 10/09/2025        SURGEON: Luca Marchetti, MD
DIAGNOSIS: Chalazion, right upper eyelid, persistent 9 weeks.
HISTORY: Warm compresses and lid hygiene since August without resolution. No redness/fever. Patient prefers
injection over incision and curettage.
EXAM: Non-tender 8 mm nodule, central right upper lid, no pointing on the conjunctival side. Acuity 20/20 OU.

PROCEDURE: Intralesional triamcinolone, right upper lid.
Consent incl. depigmentation, IOP rise, and rare embolic risk. Metal shield over globe. Triamcinolone
acetonide 40 mg/mL, 0.1 mL = 4 mg, transcutaneous. Pressure 2 minutes. No complications.

PLAN: Recheck 3 weeks; if persistent, repeat injection vs I&C.

L. Marchetti, MD
""",
    "expected": E([L("11900"), L("J3301")], dx={"11900": ["H00.11"]}),
    "coder_note": "One lesion -> 11900; J3301 = ceil(4 mg / 10 mg) = 1 unit.",
})

SCENARIOS.append({
    "id": "s83-id-cheek-abscess-precoded-complicated",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Single fluctuant abscess left cheek drained without packing; pre-coded 10061 -> 10060",
    "date": "2025-11-25",
    "patient": ("Ostrowski", "Damian", "1988-03-17", "male"),
    "provider": "marchetti", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of face", "L02.01", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, complicated", "10061", "Left cheek",
          note="Single abscess. Stab incision, expressed, irrigated. No loculations, no packing.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE

DOS: 11/25/2025        SURGEON: Luca Marchetti, MD
DIAGNOSIS: Abscess, left cheek (arising in a known epidermoid cyst).
INDICATION: 4 days of swelling, pain and redness; fluctuant this morning. Afebrile.
EXAM: 2.0 cm fluctuant, tender, erythematous nodule left mid cheek with surrounding 1 cm erythema. Single
cavity. No facial cellulitis beyond, no lymphangitic streaking.

PROCEDURE: Incision and drainage, simple, single abscess.
Field block with 1% lidocaine 2 mL. 4 mm stab incision with #11 blade along RSTL. Purulent material and
keratinous debris expressed. Cavity probed - unilocular, no septations. Irrigated with saline. No packing
required. Left open; dry gauze.
Culture: not sent.

PLAN: Warm compresses TID. Doxycycline 100 mg BID x 7 days. Excision of cyst wall once quiet (6-8 weeks).

L. Marchetti, MD
""",
    "expected": E([L("10060")], ["coding-correction"], dx={"10060": ["L02.01"]}),
    "coder_note": "Single, simple, unilocular abscess without packing -> 10060; 10061 (complicated/multiple) not "
                  "supported.",
})

SCENARIOS.append({
    "id": "s83-id-posterior-neck-two-abscesses",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Two separate abscesses posterior neck incised and drained, one packed -> 10061; Medicaid MCO",
    "date": "2026-02-03",
    "patient": ("Reinholt", "Jared", "1994-05-28", "male"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of neck", "L02.11", "Posterior neck", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """ALDER CREEK DERMATOLOGY at Brennan Street Surgery Center - PROCEDURE NOTE
DOS: 02/03/2026     PROVIDER: Ines Castellanos, MD

DX: Abscesses x2, posterior neck (hairline), MRSA history 2024.
HPI: 5 days of two painful lumps on the back of the neck; one started draining last night. No fever.

EXAM: (1) Right posterior neck 2.5 cm fluctuant abscess. (2) Left posterior neck 1.5 cm fluctuant abscess,
separate, 4 cm apart. Surrounding erythema. Non-toxic.

PROCEDURE: Incision and drainage of multiple abscesses.
Consent. Chlorhexidine prep. 1% lidocaine with epi, 5 mL total.
(1) 1 cm incision, loculations broken with hemostat, copious pus, irrigated, packed with 1/4" iodoform
gauze (30 cm).
(2) 6 mm incision, pus expressed, irrigated, not packed.
Cultures sent from (1).

PLAN: TMP-SMX DS BID x 10 d pending culture. Pack removal 48 h (nurse visit). Bleach baths, decolonization.

I. Castellanos, MD
""",
    "expected": E([L("10061")], dx={"10061": ["L02.11"]}),
    "coder_note": "Multiple abscesses (and one loculated, packed) in one session -> 10061 x1.",
})

SCENARIOS.append({
    "id": "s83-nails-two-toenail-avulsions-digit-mods",
    "family": "nails", "shape": "pre-coded",
    "description": "Avulsion of left great and left second toenails, pre-coded 11730 twice -> 11730-TA + 11732-T1",
    "date": "2025-10-16",
    "patient": ("Gunnarsdottir", "Helga", "1966-11-04", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Nail dystrophy, painful, left great and second toenails", "L60.3", "Left hallux, left 2nd toe",
          reason=True),
    ],
    "procedures": [
        P("Nail avulsion", "11730", "Left great toe", note="Complete avulsion of nail plate.", reasons=["c1"]),
        P("Nail avulsion", "11730", "Left second toe", note="Complete avulsion of nail plate.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """ALDER CREEK DERMATOLOGY at Brennan Street Surgery Center - PROCEDURE NOTE
DOS: 10/16/2025     PROVIDER: Astrid Lindgren, MD

INDICATION: Thickened, lifted, painful toenails left hallux and left 2nd toe after a crush injury (dropped a
cast-iron pan, 03/2025). Pain in closed shoes; nails catching on socks. KOH negative x2.

PROCEDURE: Avulsion of nail plates, left great toe and left second toe.
Digital blocks with 2% plain lidocaine, 3 mL per toe. Tourniquet. Nail plates freed with a Freer elevator and
removed in full. Matrix left intact (not destroyed). Nail beds clean. Hemostasis, xeroform, bulky dressing.
Total: 2 nails avulsed (left 1st, left 2nd).

PLAN: Soaks BID starting tomorrow, open-toe shoe. Recheck 2 weeks.

A. Lindgren, MD
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")], ["coding-correction"]),
    "coder_note": "First nail 11730, each additional nail +11732 (not a second 11730); digit modifiers TA (left "
                  "great toe) and T1 (left 2nd toe) per conventions.",
})

SCENARIOS.append({
    "id": "s83-nails-ingrown-right-hallux-matrixectomy",
    "family": "nails", "shape": "free-text",
    "description": "Partial nail excision with phenol matrixectomy, right great toe lateral border -> 11750-T5; Medicaid",
    "date": "2025-12-18",
    "patient": ("Castellano-Ruiz", "Mateo", "2004-07-21", "male"),
    "provider": "lindgren", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "Right hallux, lateral border",
          reason=True),
    ],
    "procedures": [
        P("Partial nail excision with matrixectomy", site="Right great toe, lateral nail border",
          note="Lateral 3 mm strip of nail plate removed to the matrix; phenol 88% 3 x 30 s to the lateral matrix "
               "horn for permanent removal.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """ALDER CREEK DERMATOLOGY at Brennan Street Surgery Center - PROCEDURE NOTE
DOS: 12/18/2025     PROVIDER: Astrid Lindgren, MD

DX: Recurrent ingrown toenail, right hallux, lateral border (3rd episode in 12 months; prior simple
avulsions at urgent care). Granulation tissue and pain with walking. No cellulitis today.

PROCEDURE: Permanent partial nail removal (lateral border) with chemical matrixectomy, right great toe.
Digital block with 2% plain lidocaine 3 mL; tourniquet. English anvil to cut a 3 mm lateral strip back under
the eponychium; strip removed with the matrix portion. 88% phenol applied to the lateral matrix horn, 3
applications x 30 s, neutralized with alcohol. Granulation tissue curetted (included). Dressing applied.

PLAN: Drainage expected 2-3 weeks. Soaks daily. Recheck 2 weeks.

A. Lindgren, MD
""",
    "expected": E([L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "Permanent partial removal with matrix destruction -> 11750; right great toe -> T5.",
})

SCENARIOS.append({
    "id": "s83-paring-three-plantar-corns",
    "family": "paring", "shape": "note-only",
    "description": "Paring of three hyperkeratotic lesions (corns) on both feet -> 11056; commercial",
    "date": "2026-01-14",
    "patient": ("Lindahl", "Rosalind", "1958-04-02", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Corns, painful, both feet", "L84", "Right 5th toe, left 5th toe, right plantar 2nd MTP",
          reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """ALDER CREEK DERMATOLOGY at Brennan Street Surgery Center - PROCEDURE NOTE
DOS: 01/14/2026     PROVIDER: Ines Castellanos, MD

CC: Painful corns limiting walking.
EXAM: Hard corn dorsolateral right 5th toe; hard corn dorsolateral left 5th toe; plantar callus under the
right 2nd metatarsal head with central core. No ulceration. Pedal pulses palpable. No wart dermatoglyph
disruption, no pinpoint bleeding on paring (not verrucae).

PROCEDURE: Paring of benign hyperkeratotic lesions. #15 blade, no anesthesia required.
Lesions pared: three (3). Padding applied.

PLAN: Wider toe-box shoes, silicone toe sleeves, metatarsal pad. Return PRN.

I. Castellanos, MD
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "2-4 lesions pared -> 11056 x1.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s83-paring-one-corn-plus-plantar-wart-precoded",
    "family": "paring", "shape": "pre-coded",
    "description": "One corn pared (pre-coded 11056 -> 11055) + painful plantar wart on the other foot destroyed (17110-XS); Medicaid",
    "date": "2025-11-04",
    "patient": ("Pettigrew", "Samuel", "1982-08-19", "male"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Corn, right 5th toe", "L84", "Right 5th toe", reason=True),
        C("c2", "Plantar wart, left heel, painful", "B07.0", "Left plantar heel", reason=True),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesions", "11056", "Right 5th toe", note="Corn pared with #15 blade.",
          reasons=["c1"]),
        P("Destruction benign lesion (wart)", "17110", "Left plantar heel",
          note="Painful plantar wart 7 mm, pared then LN2 x2 cycles.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """ALDER CREEK DERMATOLOGY at Brennan Street Surgery Center - PROCEDURE NOTE
DOS: 11/04/2025     PROVIDER: Ines Castellanos, MD

CC: (1) Painful corn on the right little toe. (2) Painful growth on the left heel, hurts with every step.

EXAM:
(1) Right 5th toe, dorsolateral: single hard corn 5 mm over the PIP joint.
(2) Left plantar heel: 7 mm verrucous papule, disrupted skin lines, pinpoint thrombosed capillaries.
    Tender to lateral squeeze. Separate site, opposite foot.

PROCEDURES:
(1) Paring of one (1) benign hyperkeratotic lesion, right 5th toe, #15 blade. No anesthesia.
(2) Destruction of one plantar wart, left heel: debrided with blade, then liquid nitrogen, 2 freeze-thaw
cycles.

PLAN: Toe sleeve right 5th. Salicylic acid 40% pads to heel between visits. Wart recheck 3-4 weeks.

I. Castellanos, MD
""",
    "expected": E([L("11055"), L("17110", 1, "XS")], ["coding-correction"]),
    "coder_note": "One lesion pared -> 11055, not 11056. PTP 11055/17110 indicator 1, different lesion on the "
                  "other foot -> XS on 17110. Painful plantar wart is a covered indication.",
})

SCENARIOS.append({
    "id": "s83-patch-eyelid-dermatitis-96-allergens",
    "family": "patch-test", "shape": "note-only",
    "description": "New patient chronic eyelid dermatitis: separate E/M with Rx + patch test application of 96 allergens; MUE 90",
    "date": "2025-10-20",
    "patient": ("Haverford", "Celeste", "1975-01-25", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Allergic dermatitis of right upper eyelid", "H01.111", "Right upper eyelid", reason=True),
        C("c2", "Allergic dermatitis of left upper eyelid", "H01.114", "Left upper eyelid", reason=True),
        C("c3", "Rosacea, papulopustular", "L71.9", "Central face", reason=True),
    ],
    "note_title": "New Patient Visit and Patch Test Application",
    "note": """ALDER CREEK DERMATOLOGY at Brennan Street Surgery Center - NEW PATIENT VISIT / PATCH TEST
DOS: 10/20/2025     PROVIDER: Ines Castellanos, MD
Referred by Dr. Marchetti (oculoplastics) for eyelid dermatitis before planned blepharoplasty.

HPI: 50 y/o with 8 months of itchy, scaly upper eyelids, worse after new mascara/eye cream; OTC
hydrocortisone with partial relief. Also 2 years of facial redness with bumps, flushing with wine.
Products: 14 personal products brought in; uses nickel eyelash curler; acrylic nails.

EXAM: Bilateral upper eyelid lichenified erythematous plaques with fine scale, no lid margin disease.
Central face erythema, telangiectasias, 8-10 papulopustules on cheeks/chin, no comedones.

ASSESSMENT/PLAN:
1. Chronic eyelid dermatitis, suspected allergic contact. Stop all eye cosmetics and the eye cream. Start
   tacrolimus 0.1% ointment BID to lids (Rx). Patch testing today (see below).
2. Papulopustular rosacea, not previously treated. Start ivermectin 1% cream nightly (Rx); trigger avoidance.
   Counseled on chronic course.

PATCH TEST APPLICATION:
North American 80-allergen comprehensive series (80) + cosmetic/eyelid supplemental tray (12) + patient's own
products, 4 prepared (mascara, eye cream, eyeliner, sunscreen) = 96 patches applied to upper back, Finn
chambers on Scanpor, mapped.
Readings scheduled at 48 h (10/22) and 96 h (10/24). Keep back dry; no topical steroid to back.

I. Castellanos, MD
""",
    "expected": E([L("99204", 1, "25"), L("95044", 90)], ["mue"]),
    "coder_note": "95044 units = tests (96) capped at the MUE of 90 (conventions). PTP 95044/99204 indicator 1: "
                  "separately identifiable E/M (eyelid dermatitis Rx + new rosacea Rx) -> 99204-25.",
})

SCENARIOS.append({
    "id": "s83-patch-medicare-35-allergen-application",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Patch test application of 35 allergens (pre-coded 95044, no units); Medicare FFS; no E/M",
    "date": "2026-03-02",
    "patient": ("Wexley", "Bernard", "1949-10-10", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Allergic contact dermatitis, unspecified cause, periorbital and neck", "L23.9", "Periorbital, neck",
          reason=True),
    ],
    "procedures": [
        P("Patch testing", "95044", "Upper back", note="Standard series applied.", reasons=["c1"]),
    ],
    "note_title": "Patch Test Application",
    "note": """ALDER CREEK DERMATOLOGY at Brennan Street Surgery Center - PATCH TEST APPLICATION
DOS: 03/02/2026     PROVIDER: Ines Castellanos, MD

Seen 02/16/2026 for periorbital and neck dermatitis; patch testing planned at that visit.
Today: application only. No new complaints; no exam or management beyond the application.

Series applied: T.R.U.E. Test panels 1-3 = 35 allergens.
Site: upper back, marked with surgical pen. Instructions given.
Reading 1: 03/04/2026. Reading 2: 03/06/2026.

I. Castellanos, MD
""",
    "expected": E([L("95044", 35)]),
    "coder_note": "95044 units = number of allergens applied (35). No E/M documented.",
})

SCENARIOS.append({
    "id": "s83-photo-excimer-face-and-hands-vitiligo",
    "family": "phototherapy", "shape": "note-only",
    "description": "Excimer laser for vitiligo: periocular face 75 sq cm + dorsal hands 190 sq cm = 265 sq cm -> 96921",
    "date": "2025-12-15",
    "patient": ("Prakash", "Anjali", "1991-06-30", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Vitiligo, nonsegmental, face and hands", "L80", "Periocular face, dorsal hands", reason=True),
    ],
    "note_title": "Phototherapy Treatment Note",
    "note": """ALDER CREEK DERMATOLOGY at Brennan Street Surgery Center - PHOTOTHERAPY TREATMENT NOTE
DOS: 12/15/2025     PROVIDER: Ines Castellanos, MD

Treatment #9 of course 1 (authorized 24 treatments, Aetna ref PA-55810). Nonsegmental vitiligo; failed
tacrolimus 0.1% x 6 months and ruxolitinib cream x 4 months.

Interval: early perifollicular repigmentation periocular; no blistering after #8.

308 nm excimer laser (XTRAC), eyes protected with laser goggles and periocular shields.
Areas treated today (measured with grid template):
  - Periocular and temple patches, bilateral: 75 sq cm, 350 mJ/cm2
  - Dorsal hands and fingers, bilateral: 190 sq cm, 600 mJ/cm2
Total area treated this session: 265 sq cm.

Tolerated well; mild erythema expected. Next session in 3-4 days.

I. Castellanos, MD
""",
    "expected": E([L("96921")], dx={"96921": ["L80"]}),
    "coder_note": "Excimer is coded once per session by total area: 75 + 190 = 265 sq cm -> 96921 (250-500).",
})

SCENARIOS.append({
    "id": "s83-photo-puva-psoriasis-after-failed-therapy",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "PUVA session for intractable psoriasis after documented failure of topicals and NB-UVB; Medicare FFS -> 96912",
    "date": "2026-01-09",
    "patient": ("Dunleavy", "Francis", "1955-03-08", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Psoriasis vulgaris, 24% BSA, intractable", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Photochemotherapy (PUVA)", "96912", "Total body", note="Oral 8-MOP 0.6 mg/kg 2 h prior; UVA 4.0 J/cm2.",
          reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Note",
    "note": """ALDER CREEK DERMATOLOGY at Brennan Street Surgery Center - PHOTOTHERAPY NOTE (PUVA)
DOS: 01/09/2026     PROVIDER: Astrid Lindgren, MD

Psoriasis vulgaris, 24% BSA, plaques on palms limit his work as a carpenter - disabling.
Conventional treatment failed: clobetasol and calcipotriene x 6 months, coal tar, then narrowband UVB 36
sessions (08-11/2025) with <25% improvement. Methotrexate declined (hepatic steatosis); biologics deferred by
patient. PUVA started 12/12/2025.

PUVA treatment #9 today. Methoxsalen 40 mg PO 2 h before. UVA dose 4.0 J/cm2 (increment from 3.5).
Eye protection reviewed; genital shielding. Mild pink erythema after #8, asymptomatic.
Response: PASI 18.4 -> 12.1 since start (documented improvement).

Plan: continue 2x weekly; reassess at 30 days.

A. Lindgren, MD
""",
    "expected": E([L("96912")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 / NCD 250.1: PUVA for intractable disabling psoriasis after failed conventional therapy, "
                  "improvement documented -> covered, no GA/GZ.",
})

SCENARIOS.append({
    "id": "s83-destr-ak-eleven-after-flap-global",
    "family": "destruction", "shape": "note-only",
    "description": "Cryodestruction of 11 AKs; prior nasal flap 98 days earlier is outside its 090 global -> 17000 + 17003 x10, no modifier",
    "date": "2025-12-09",
    "patient": ("Holmgren", "Alastair", "1943-09-27", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, face, ears and scalp", "L57.0", "Face, ears, scalp", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "prior": [PRIOR("2025-09-02", "14060", "Adjacent tissue transfer nasal tip after BCC excision", "Nasal tip",
                    "Bilobed design, 7.2 sq cm")],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE

DOS: 12/09/2025        SURGEON: Luca Marchetti, MD
Seen for scheduled 3-month review after nasal tip reconstruction (09/02/2025): flap well healed, contour
good; no further post-op care needed.

Today patient asks for treatment of rough spots. Exam: gritty erythematous scaly papules consistent with
actinic keratoses:
  - forehead: 4
  - right temple: 1, left temple: 2
  - right helix: 1, left helix: 1
  - bald vertex scalp: 2
Total: 11 actinic keratoses. No thick/tender lesions; nothing concerning for SCC.

PROCEDURE: Liquid nitrogen cryodestruction, 11 lesions, 2 cycles each. Consent verbal.
Tolerated well.

PLAN: Discussed field therapy (5-FU) for the scalp in spring. Sun protection. Return 6 months.

L. Marchetti, MD
""",
    "expected": E([L("17000"), L("17003", 10)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 11 AKs -> 17000 + 17003 x10. The 14060 global (090) ended 12/01/2025, so no 79.",
})

SCENARIOS.append({
    "id": "s83-destr-sccis-cheek-edc-defect-size",
    "family": "destruction", "shape": "pre-coded",
    "description": "ED&C of biopsy-proven SCCIS right cheek; pre-coded 17272 (wrong site group); final defect 1.4 cm -> 17282",
    "date": "2025-11-18",
    "patient": ("Lindqvist-Hale", "Marguerite", "1938-12-24", "female"),
    "provider": "marchetti", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Carcinoma in situ of skin of other parts of face", "D04.39", "Right malar cheek", reason=True),
    ],
    "procedures": [
        P("Destruction malignant lesion by ED&C", "17272", "Right malar cheek",
          note="Lesion 0.9 cm. Three cycles of curettage and electrodesiccation. Final defect 1.4 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE

DOS: 11/18/2025        SURGEON: Luca Marchetti, MD
DIAGNOSIS: Squamous cell carcinoma in situ, right malar cheek (shave biopsy 10/30/2025, Alder Creek
Dermatology: SCCIS, Bowen type, extending to base).
INDICATION: 86 y/o on apixaban, poor candidate for excision per patient preference; ED&C chosen.

PROCEDURE: Electrodesiccation and curettage.
Lesion 0.9 x 0.7 cm. Local 1% lidocaine w/ epi 1.5 mL. Curettage with 3 mm and 4 mm curettes followed by
electrodesiccation, three cycles. Final defect measured 1.4 cm diameter. Hemostasis achieved. Second
intention healing.

PLAN: Petrolatum and bandage daily. Recheck 3 months.

L. Marchetti, MD
""",
    "expected": E([L("17282")], ["coding-correction"], dx={"17282": ["D04.39"]}),
    "coder_note": "DS-4: cheek is face (FEENLM) -> 1728x, sized by the final defect after curettage (1.4 cm) -> "
                  "17282, not 17272.",
})

SCENARIOS.append({
    "id": "s83-shave-nasal-tip-traumatized-nevus",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of a repeatedly bleeding intradermal nevus of the nasal tip, 0.7 cm -> 11311; commercial",
    "date": "2026-02-24",
    "patient": ("Castellane", "Oliver", "1987-11-03", "male"),
    "provider": "marchetti", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Melanocytic nevus, nasal tip, traumatized", "D22.39", "Nasal tip", reason=True),
    ],
    "procedures": [
        P("Shave removal of lesion", site="Nasal tip",
          note="Dome-shaped flesh-colored papule 0.7 cm. Shave removal flush with skin with dermablade, "
               "feathered edges, aluminum chloride. Specimen to pathology.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, nasal tip, shave: intradermal melanocytic nevus, traumatized, with hemorrhage. "
                      "Benign.", "site": "Nasal tip", "date": "2026-02-27"}],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE

DOS: 02/24/2026        SURGEON: Luca Marchetti, MD
INDICATION: Dome-shaped nevus on the nasal tip present since adolescence; over the last 3 months it has been
caught with a towel and bled on three occasions, now crusted and tender.
EXAM: 0.7 cm flesh-colored dome-shaped papule, nasal tip, central hemorrhagic crust. Dermoscopy: comma
vessels, no atypical network.

PROCEDURE: Shave removal, nasal tip. Local 1% lidocaine w/ epi 0.5 mL. Tangential removal at the level of
the surrounding skin, edges feathered for contour, hemostasis with aluminum chloride. Specimen to pathology.
No sutures.

PLAN: Petrolatum daily; sun protection; results by portal.

L. Marchetti, MD
""",
    "expected": E([L("11311")], dx={"11311": ["D22.39"]}),
    "coder_note": "SH-1: shave removal (therapeutic, whole lesion), nose 0.7 cm -> 11311. Bleeding/trauma = "
                  "covered reason.",
})

SCENARIOS.append({
    "id": "s83-shave-temple-helix-inflamed-sk-precoded",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal inflamed SK right temple 1.2 cm (11312) and irritated SK left helix 0.4 cm (pre-coded 11311 -> 11310)",
    "date": "2025-10-30",
    "patient": ("Moorcroft", "Eleanor", "1948-07-17", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right temple", "L82.0", "Right temple", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left helix", "L82.0", "Left helical rim", reason=True),
    ],
    "procedures": [
        P("Shave removal, face", "11312", "Right temple", note="1.2 cm inflamed SK.", reasons=["c1"]),
        P("Shave removal, ear", "11311", "Left helical rim", note="0.4 cm irritated SK.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE

DOS: 10/30/2025        SURGEON: Luca Marchetti, MD
INDICATION: Two crusted, itchy, bleeding "warty" lesions - right temple (catches on her glasses temple arm)
and left helix (rubs on the pillow, bled twice this month).
EXAM:
  A. Right temple: 1.2 x 0.9 cm verrucous stuck-on plaque, erythematous base, hemorrhagic crust.
  B. Left helical rim: 0.4 cm keratotic papule, erythema and excoriation.
Impression: irritated/inflamed seborrheic keratoses.

PROCEDURE: Shave removal A and B. Local lidocaine 1% w/ epi. Tangential shave at dermal level, hemostasis
with aluminum chloride. Both to pathology.

PLAN: Vaseline, bandage. Results in 1 week.

L. Marchetti, MD
""",
    "path": [{"text": "A. Right temple: seborrheic keratosis, irritated/inflamed. B. Left helix: seborrheic "
                      "keratosis, inflamed. Benign.", "site": "Right temple; left helix", "date": "2025-11-03"}],
    "expected": E([L("11312"), L("11310")], ["coding-correction"]),
    "coder_note": "SH-1: face/ear group, by lesion diameter: 1.2 cm -> 11312; 0.4 cm -> 11310 (not 11311). "
                  "Inflamed, bleeding, itching SKs are covered.",
})

SCENARIOS.append({
    "id": "s83-mohs-right-lower-lid-bcc-seven-blocks",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs right lower lid BCC, 2 stages (7 + 2 blocks) -> 17311 + 17312 + 17315 x2; layered repair 2.0 cm; same-day E/M decision only",
    "date": "2026-01-13",
    "patient": ("Thibodeaux", "Lorraine", "1952-02-29", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 160, "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of right lower eyelid, including canthus", "C44.1122",
          "Right lower eyelid, medial", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", site="Right lower eyelid",
          note="Surgeon also pathologist. 7 tissue blocks (large, ill-defined tumour). Positive at 4-5 o'clock.",
          reasons=["c1"]),
        P("Mohs micrographic surgery, stage 2", site="Right lower eyelid",
          note="2 tissue blocks. Clear.", reasons=["c1"]),
        P("Layered closure of Mohs defect", site="Right lower eyelid",
          note="Defect 1.1 x 0.8 cm, closed in two layers, 2.0 cm length.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """ALDER CREEK DERMATOLOGY - MOHS SURGERY (Brennan Street Surgery Center, Suite C)
DOS: 01/13/2026     MOHS SURGEON / PATHOLOGIST: Samuel Weiss, MD

PRE-OP: 73 y/o referred with biopsy-proven BCC right lower eyelid, medial third (shave biopsy 12/02/2025,
infiltrative features). Pre-op discussion limited to confirming the site, the Mohs plan and consent - no other
issues addressed; the patient has no other complaints. Not anticoagulated.
Indication: periocular BCC (area H), infiltrative pattern.

Clinical tumour 1.0 x 0.7 cm, ill-defined.

STAGE 1: 7 tissue blocks mapped and processed (horizontal frozen sections, read by me). Residual infiltrative
BCC at 4-5 o'clock, blocks 3 and 4.
STAGE 2: Re-excision 4-5 o'clock: 2 tissue blocks. Clear.
TOTAL: 2 stages; stage 1 = 7 blocks, stage 2 = 2 blocks.

Final defect 1.1 x 0.8 cm, skin and superficial orbicularis, lid margin spared (4 mm below lashes).
REPAIR: Layered closure oriented vertically to avoid ectropion tension: 6-0 Vicryl buried, 6-0 fast-gut
running. Length 2.0 cm.

No specimens sent out. Pressure patch 24 h. Suture check 1 week.

S. Weiss, MD
""",
    "expected": E([L("17311"), L("17312"), L("17315", 2), L("12051")]),
    "coder_note": "MOHS-2: head, 2 stages -> 17311 + 17312; stage 1 had 7 blocks -> 17315 x2. MOHS-7: layered repair "
                  "eyelid 2.0 cm -> 12051. Same-day E/M was only the pre-Mohs decision/consent -> 99213 removed.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s83-mohs-medial-cheek-scc-rhombic-and-forehead-bx",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs left medial cheek SCC 2 stages, rhombic flap 7.0 sq cm (14040); separate forehead tangential biopsy 11102-XS",
    "date": "2025-11-20",
    "patient": ("Strandberg", "Walter", "1945-04-14", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 175,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of other parts of face", "C44.329", "Left medial cheek",
          reason=True),
        C("c2", "Pink scaly papule right forehead", None, "Right forehead", reason=True),
    ],
    "path": [{"text": "Right forehead, shave biopsy: superficial basal cell carcinoma.", "site": "Right forehead",
              "date": "2025-11-24"}],
    "note_title": "Mohs Surgery Report",
    "note": """ALDER CREEK DERMATOLOGY - MOHS SURGERY (Brennan Street Surgery Center, Suite C)
DOS: 11/20/2025     MOHS SURGEON / PATHOLOGIST: Samuel Weiss, MD

PRE-OP DIAGNOSIS: SCC, moderately differentiated, left medial cheek (biopsy 10/21/2025 outside office).
INDICATION: Area M with aggressive histology features on biopsy; patient on methotrexate for RA.
Clinical tumour 1.3 x 1.0 cm.

MOHS:
Stage I - 4 tissue blocks, frozen sections read by me: SCC at the 9 o'clock peripheral margin (block 3).
Stage II - 2 tissue blocks from 8-10 o'clock: clear.
Two stages; no stage over 5 blocks.

DEFECT: 2.1 x 1.6 cm, left medial cheek, into subcutaneous fat.

REPAIR: Rhombic (Limberg) transposition flap from the lateral cheek. Primary defect 2.6 sq cm; secondary
(donor) defect 4.4 sq cm; total 7.0 sq cm. Undermined in the subcutaneous plane, flap transposed, donor site
closed, 5-0 Monocryl deep, 6-0 Prolene cutaneous.

ADDITIONAL PROCEDURE: While in the chair the patient pointed out a separate pink scaly 5 mm papule on the
right forehead, present 4 months. Tangential (shave) biopsy taken, aluminum chloride. Sent to
dermatopathology (formalin, permanent sections) - not part of the Mohs specimens.

Tolerated well. Pressure dressing. Sutures out day 7; flap check day 7 and 6 weeks.

S. Weiss, MD
""",
    "expected": E([L("17311"), L("17312"), L("14040"), L("11102", 1, "XS")]),
    "coder_note": "Mohs head 2 stages -> 17311 + 17312; flap after Mohs (FLAP-3) cheek 7.0 sq cm -> 14040. "
                  "Biopsy of a different lesion: PTP 17311/11102 and 14040/11102 indicator 1 -> XS on 11102.",
})

SCENARIOS.append({
    "id": "s83-em-new-consult-upper-lid-bcc-surgery-later",
    "family": "em", "shape": "note-only",
    "description": "New patient oculoplastic consult for upper lid margin BCC; reconstruction scheduled 3 weeks later -> 99204, no 57",
    "date": "2025-10-02",
    "patient": ("Nakashima", "Ruth", "1946-08-05", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of left upper eyelid, including canthus", "C44.1191",
          "Left upper eyelid margin", reason=True),
        C("c2", "Dermatochalasis of left upper eyelid", "H02.834", "Left upper eyelid"),
    ],
    "note_title": "New Patient Consultation",
    "note": HDR + """
NEW PATIENT CONSULTATION - OCULOPLASTIC SURGERY

DOS: 10/02/2025        SURGEON: Luca Marchetti, MD
REFERRING: Samuel Weiss, MD (Mohs) - tumour involves the lid margin; referred for joint planning.

HPI: 79 y/o woman with biopsy-proven nodular BCC of the left upper lid margin, central third (incisional
biopsy 09/10/2025). Lash loss x 6 months. On clopidogrel for coronary stent (2023). Glaucoma OU on
latanoprost. No prior eyelid surgery.

EXAM: VA 20/30 OU. Left upper lid central margin 7 mm pearly lesion with madarosis, notching; tarsal
involvement suspected on eversion. Levator function 14 mm OU. Dermatochalasis OU. Bell's phenomenon
intact. No preauricular/submandibular nodes.

ASSESSMENT:
1. Nodular BCC left upper lid margin, likely full-thickness involvement.
2. Antiplatelet therapy - cardiology input required before surgery.
3. Glaucoma - IOP monitoring after surgery with ophthalmology.

PLAN: Reviewed options (Mohs with same-day reconstruction vs excision with permanent sections and delayed
repair). Shared decision: Mohs by Dr. Weiss followed by lid reconstruction by me, scheduled 10/23/2025.
Clearance letter to cardiology regarding clopidogrel. Consent discussion begun; written consent on the day.
Total time 50 minutes including review of outside pathology and letters.

L. Marchetti, MD
""",
    "expected": E([L("99204")], dx={"99204": ["C44.1191"]}),
    "coder_note": "No procedure today; surgery is three weeks away, so no 57 (GS-4 applies only the day before or "
                  "the day of a 090 procedure). Provider-selected 99204 kept.",
})

SCENARIOS.append({
    "id": "s83-em-annual-skin-check-history-bcc",
    "family": "em", "shape": "note-only",
    "description": "Medicare 'annual skin check' in a patient with prior BCC: diagnostic visit, 99213 without GY",
    "date": "2026-02-05",
    "patient": ("Corcoran", "Agnes", "1950-11-21", "female"),
    "provider": "lindgren", "payer": "medicare-noname", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Personal history of other malignant neoplasm of skin", "Z85.828", reason=True),
        C("c2", "Seborrheic keratoses, trunk", "L82.1", "Trunk"),
        C("c3", "Solar lentigines, dorsal hands", None, "Dorsal hands"),
    ],
    "note_title": "Office Visit",
    "note": """ALDER CREEK DERMATOLOGY at Brennan Street Surgery Center - OFFICE VISIT
DOS: 02/05/2026     PROVIDER: Astrid Lindgren, MD

Visit type (per scheduling): "annual skin screening".
HISTORY: BCC right nasal ala excised by Dr. Marchetti 02/2024 and SCC in situ left forearm treated with ED&C
2022. No new or changing lesions noted by patient. Uses SPF daily.

EXAM: Full skin examination (scalp to toes, including mucosa and nails). Nasal ala scar well healed without
recurrence. Multiple stuck-on tan papules of the trunk (SK). Solar lentigines dorsal hands. No suspicious
pigmented lesions on dermoscopy. No actinic keratoses today.

ASSESSMENT/PLAN:
1. History of BCC and SCCIS - no evidence of recurrence or new skin cancer. Continue full skin exams every
   12 months given history; sooner for any new lesion.
2. Seborrheic keratoses - benign, reassurance, no treatment.
3. Solar lentigines - sun protection counseling.

A. Lindgren, MD
""",
    "expected": E([L("99213")], dx={"99213": ["Z85.828"]}),
    "coder_note": "DX-5: with a personal history of skin cancer the full-skin exam is diagnostic surveillance, not a "
                  "screening exclusion -> no GY (README em-fse-history rule). Z85.828 first.",
})

SCENARIOS.append({
    "id": "s83-em-screening-only-new-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS new patient, screening-only full skin exam, no history/complaint/findings -> 99202-GY",
    "date": "2025-12-11",
    "patient": ("Whitcombe", "Harold", "1957-05-05", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 18, "em": "99202",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": """ALDER CREEK DERMATOLOGY at Brennan Street Surgery Center - NEW PATIENT VISIT
DOS: 12/11/2025     PROVIDER: Astrid Lindgren, MD

REASON FOR VISIT: "My wife made me come for a skin cancer check." No skin complaints. No new, changing,
bleeding or itchy lesions. No personal history of skin cancer; no family history of melanoma. No
immunosuppression.

EXAM: Full skin examination performed. Scattered benign-appearing nevi on the trunk (<30), uniform on
dermoscopy. Mild photodamage. No lesions of concern. No actinic keratoses.

ASSESSMENT: Skin cancer screening, normal examination.
PLAN: Sun protection and self-examination education. Return as needed or for any new/changing lesion.

A. Lindgren, MD
""",
    "expected": E([L("99202", 1, "GY")], dx={"99202": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare has no skin-cancer screening benefit; screening-only exam with no "
                  "history, complaint or finding -> E/M with GY.",
})

SCENARIOS.append({
    "id": "s83-po-day14-spitting-suture-after-global",
    "family": "post-op", "shape": "note-only",
    "description": "Day 14 after a 010 excision/repair (global ended day 10): spitting suture with erythema, Rx -> 99212 stands",
    "date": "2026-02-03",
    "patient": ("Abramowicz", "Teodor", "1969-10-08", "male"),
    "provider": "marchetti", "payer": "commercial", "minutes": 15, "em": "99212",
    "conditions": [
        C("c1", "Other postprocedural complications of skin and subcutaneous tissue (spitting suture)", "L76.82",
          "Right forehead", reason=True),
    ],
    "prior": [PRIOR("2026-01-20", "11442", "Excision benign lesion right forehead", "Right forehead",
                    "Pilar-type cyst 1.2 cm, 2 mm margins"),
              PRIOR("2026-01-20", "12051", "Intermediate repair forehead 2.4 cm", "Right forehead")],
    "note_title": "Office Visit",
    "note": HDR + """
OFFICE VISIT

DOS: 02/03/2026        PROVIDER: Luca Marchetti, MD
Surgery 01/20/2026: excision of cyst right forehead with layered closure (14 days ago). Sutures were removed
on day 7 at the scheduled post-op visit.

S: New red bump along the scar x 3 days, slightly tender; a "white thread" poking out this morning.
O: Right forehead scar intact, no dehiscence. 3 mm erythematous papule at the lateral end with an exposed
buried 5-0 Monocryl suture. No fluctuance, no cellulitis.
Exposed suture end trimmed with sterile scissors.

A: Spitting buried suture with mild localized inflammation; no infection.
P: Mupirocin ointment BID x 7 days (Rx). Warm compresses. Call if drainage or spreading redness.

L. Marchetti, MD
""",
    "expected": E([L("99212")]),
    "coder_note": "GS-1: 010 global of 11442/12051 ran through 01/30/2026; visit on day 14 is outside the global, "
                  "so the E/M is billable as selected (no 99024, no 24).",
})

SCENARIOS.append({
    "id": "s83-po-cheek-flap-hematoma-return-78",
    "family": "post-op", "shape": "free-text",
    "description": "POD 2 expanding hematoma under a 090 cheek rotation flap, returned to procedure suite, evacuated -> 10140-78",
    "date": "2025-11-14",
    "patient": ("Fennimore", "Clara", "1941-06-13", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Postprocedural hematoma of skin and subcutaneous tissue following a dermatologic procedure",
          "L76.31", "Left cheek flap", reason=True),
    ],
    "prior": [PRIOR("2025-11-12", "14040", "Rotation flap left cheek after excision of BCC", "Left cheek",
                    "Defect + flap 9.4 sq cm")],
    "procedures": [
        P("Evacuation of hematoma under flap", site="Left cheek",
          note="Returned to procedure suite B. Three sutures released, 15 mL organized clot evacuated, bleeding "
               "branch of the facial artery perforator cauterized, irrigated, flap re-inset, drain not needed.",
          reasons=["c1"]),
    ],
    "note_title": "Operative Report",
    "note": HDR + """
OPERATIVE REPORT - UNPLANNED RETURN

DATE OF SERVICE: 11/14/2025
SURGEON: Luca Marchetti, MD
PREOPERATIVE DIAGNOSIS: Expanding hematoma, left cheek rotation flap, post-operative day 2.
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: Incision and evacuation of hematoma, left cheek flap.
ANESTHESIA: Local, 1% lidocaine w/ epi 3 mL.   EBL: 15 mL clot.   COMPLICATIONS: None further.

INDICATIONS: Rotation flap 11/12/2025 for BCC defect. Patient resumed apixaban a day early on her own;
called this morning with painful swelling. Flap tense and violaceous at the pivot point.

DESCRIPTION: Taken back to procedure suite B. Inferior three sutures released. 15 mL of clot evacuated.
Pinpoint arterial bleeder from a perforator at the flap base cauterized with bipolar. Irrigated. Flap color
improved immediately. Re-inset with 5-0 Prolene. Pressure dressing.

DISPOSITION: Apixaban held 48 h per cardiology phone consult. Recheck tomorrow.

L. Marchetti, MD
""",
    "expected": E([L("10140", 1, "78")], ["global-period"]),
    "coder_note": "GS-5: unplanned return to the procedure room for a complication inside the 14040 090 global -> "
                  "modifier 78 on the hematoma evacuation (no new global).",
})

SCENARIOS.append({
    "id": "s83-exm-nasal-dorsum-reexcision-positive-margin-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision on day 7 for positive deep margin after 11641: scar 1.2 cm + 3 mm -> 11642-58; layered repair 2.0 cm -> 12051-58",
    "date": "2025-12-08",
    "patient": ("Galbraith", "Nigel", "1956-01-09", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose, positive deep margin", "C44.311", "Right nasal dorsum",
          reason=True),
    ],
    "prior": [PRIOR("2025-12-01", "11641", "Excision malignant lesion right nasal dorsum", "Right nasal dorsum",
                    "BCC 0.5 cm, 2 mm margins; path: deep margin involved")],
    "procedures": [
        P("Re-excision of basal cell carcinoma site", site="Right nasal dorsum",
          note="Healing scar 1.2 cm excised with 3 mm margins and deeper plane (to periosteum/perichondrium). "
               "Planned return for positive deep margin.", reasons=["c1"]),
        P("Layered closure", site="Right nasal dorsum", note="Deep 5-0 Monocryl, skin 6-0 nylon. 2.0 cm.",
          reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right nasal dorsum, re-excision: dermal scar with foreign-body reaction. No residual "
                      "basal cell carcinoma identified.", "site": "Right nasal dorsum", "date": "2025-12-11"}],
    "note_title": "Operative Report",
    "note": HDR + """
OPERATIVE REPORT

DATE OF SERVICE: 12/08/2025
SURGEON: Luca Marchetti, MD
PREOPERATIVE DIAGNOSIS: BCC right nasal dorsum, deep margin positive on excision of 12/01/2025.
POSTOPERATIVE DIAGNOSIS: Same; final pathology pending.
PROCEDURE: Re-excision right nasal dorsum with layered closure.
ANESTHESIA: Local, 1% lidocaine w/ epi 2 mL.   EBL: minimal.   COMPLICATIONS: none.
SPECIMEN: Re-excision, stitch at superior tip.

FINDINGS: Healing incision/scar 1.2 cm in greatest dimension; taken with 3 mm margins on all sides and to
the perichondrium.

DESCRIPTION: Sutures from 12/01 removed. Scar and margin excised as an ellipse; depth to perichondrium.
Undermined, closed in layers. Length 2.0 cm.

DISPOSITION: Return 1 week. Anticipate final clearance on permanent sections.

L. Marchetti, MD
""",
    "expected": E([L("11642", 1, "58"), L("12051", 1, "58")], ["global-period"],
                  dx={"11642": ["C44.311"]}),
    "coder_note": "EX-4: re-excision for margins stays a malignant code even with a negative specimen; 1.2 + 0.6 = "
                  "1.8 cm nose -> 11642. Inside the 010 global of 11641 and staged/related -> 58 on both lines.",
})

SCENARIOS.append({
    "id": "s83-exm-left-helix-scc-complex-rim",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Left helix SCC 1.2 cm + 4 mm margins -> 11642; complex repair of helical rim 2.8 cm -> 13152",
    "date": "2026-01-22",
    "patient": ("Urquhart", "Malcolm", "1940-03-30", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 65,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of left ear and external auricular canal", "C44.229",
          "Left superior helix", reason=True),
    ],
    "procedures": [
        P("Excision of skin cancer, ear", site="Left superior helix",
          note="Biopsy-proven SCC 1.2 x 1.0 cm; 4 mm margins. Skin and perichondrium; cartilage preserved.",
          reasons=["c1"]),
        P("Repair of helical rim defect", site="Left superior helix",
          note="Helical rim free margin involved; chondrocutaneous advancement not needed. Wide undermining of "
               "posterior auricular skin, rim realigned, 2.8 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left helix, excision: invasive squamous cell carcinoma, well differentiated, "
                      "1.4 mm thick; margins negative.", "site": "Left helix", "date": "2026-01-26"}],
    "note_title": "Operative Report",
    "note": HDR + """
OPERATIVE REPORT

DATE OF SERVICE: 01/22/2026
SURGEON: Luca Marchetti, MD
PREOPERATIVE DIAGNOSIS: Squamous cell carcinoma, left superior helix (shave biopsy 01/05/2026).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: 1. Excision of malignant lesion, left helix.  2. Complex repair, left helical rim, 2.8 cm.
ANESTHESIA: Great auricular / auriculotemporal block, 1% lidocaine w/ epi 5 mL.
EBL: minimal.   COMPLICATIONS: none.   SPECIMEN: left helix, oriented.

FINDINGS: Lesion 1.2 x 1.0 cm keratotic nodule on the helical rim. 4 mm margins.

DESCRIPTION: Excised including perichondrium over the helical rim; cartilage left intact. The defect
involved the free margin of the helical rim. Posterior auricular skin widely undermined to allow tension-free
closure; the rim contour realigned with a key suture to prevent notching; 5-0 Vicryl deep, 6-0 Prolene
skin. Repair length 2.8 cm.

DISPOSITION: Bolster-free dressing; sleep on the right. Suture removal day 10.

L. Marchetti, MD
""",
    "expected": E([L("11642"), L("13152")], dx={"11642": ["C44.229"]}),
    "coder_note": "1.2 + 0.8 = 2.0 cm ear -> 11642. REP-3: helical rim free margin -> complex, ear group, 2.8 cm "
                  "-> 13152. Skin-level excision (cartilage preserved).",
})

SCENARIOS.append({
    "id": "s83-exm-neck-clinical-sk-path-sccis-precoded",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Neck lesion pre-coded as benign (11422) before path; path SCC in situ -> 11622; layered repair neck 3.5 cm 12042",
    "date": "2025-10-23",
    "patient": ("Oduya", "Florence", "1959-09-01", "female"),
    "provider": "marchetti", "payer": "medicaid", "minutes": 45,
    "conditions": [
        C("c1", "Carcinoma in situ of skin of scalp and neck", "D04.4", "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, neck", "11422", "Left lateral neck",
          note="Lesion 1.1 cm; 4 mm margins.", reasons=["c1"]),
        P("Intermediate repair, neck", "12042", "Left lateral neck", note="Layered, 3.5 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left lateral neck, excision: squamous cell carcinoma in situ (Bowen disease) arising "
                      "in an irritated seborrheic keratosis-like lesion. Margins free.",
              "site": "Left lateral neck", "date": "2025-10-28"}],
    "note_title": "Operative Report",
    "note": HDR + """
OPERATIVE REPORT

DATE OF SERVICE: 10/23/2025
SURGEON: Luca Marchetti, MD
PREOPERATIVE DIAGNOSIS: Changing keratotic lesion, left lateral neck - irritated seborrheic keratosis vs
SCC in situ. Grew over 4 months and bleeds with shaving of the collar line.
POSTOPERATIVE DIAGNOSIS: Pending pathology.
PROCEDURE: Excision of lesion left lateral neck with intermediate (layered) repair.
ANESTHESIA: 1% lidocaine with epinephrine, 4 mL.  EBL: minimal.  COMPLICATIONS: none.

FINDINGS: Lesion 1.1 x 0.8 cm. Excised with 4 mm margins (diagnostic and therapeutic intent).

DESCRIPTION: Ellipse along neck crease lines, excised to subcutaneous fat. Undermined; platysma not
involved. Closed in layers with 4-0 Monocryl deep dermal and 5-0 nylon skin. Repair 3.5 cm.

DISPOSITION: Suture removal 10 days.

L. Marchetti, MD
""",
    "expected": E([L("11622"), L("12042")], ["coding-correction"], dx={"11622": ["D04.4"]}),
    "coder_note": "EX-3: final pathology is SCC in situ (D04) -> malignant code; neck (SNHFG) 1.1 + 0.8 = 1.9 cm "
                  "-> 11622, replacing the pre-path 11422. Neck layered repair 3.5 cm -> 12042.",
})

SCENARIOS.append({
    "id": "s83-exb-nasal-tip-fibrous-papule-precoded-malignant",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Suspected BCC of nasal tip pre-coded 11641; path fibrous papule -> benign 11441 (0.4 + 0.4); layered repair 1.3 cm",
    "date": "2025-12-16",
    "patient": ("Rasmussen", "Tove", "1964-05-27", "female"),
    "provider": "marchetti", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Other benign neoplasm of skin of other parts of face (fibrous papule of nose)", "D23.39",
          "Nasal tip", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion, nose", "11641", "Nasal tip", note="Lesion 0.4 cm, 2 mm margins.",
          reasons=["c1"]),
        P("Intermediate repair, nose", "12051", "Nasal tip", note="Layered closure 1.3 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, nasal tip, excision: fibrous papule (angiofibroma). No basal cell carcinoma. "
                      "Margins clear.", "site": "Nasal tip", "date": "2025-12-19"}],
    "note_title": "Operative Report",
    "note": HDR + """
OPERATIVE REPORT

DATE OF SERVICE: 12/16/2025
SURGEON: Luca Marchetti, MD
PREOPERATIVE DIAGNOSIS: Pearly papule nasal tip, enlarging over 6 months with intermittent bleeding;
clinically suspicious for basal cell carcinoma (no prior biopsy - patient preferred single-stage excision).
POSTOPERATIVE DIAGNOSIS: Pending.
PROCEDURE: Excision of lesion, nasal tip, with layered closure.
ANESTHESIA: 1% lidocaine w/ epi 1.5 mL.   EBL: minimal.   COMPLICATIONS: none.

FINDINGS: Lesion 0.4 cm. Margin 2 mm.

DESCRIPTION: Ellipse designed vertically on the tip. Excised to the nasalis/fibrofatty layer. Limited
undermining. Closed in layers: 6-0 Monocryl buried, 6-0 Prolene skin. Length 1.3 cm.

DISPOSITION: Suture removal 6 days.

L. Marchetti, MD
""",
    "expected": E([L("11441"), L("12051")], ["coding-correction"], dx={"11441": ["D23.39"]}),
    "coder_note": "EX-3: benign histology -> benign code; 0.4 + 2 x 0.2 = 0.8 cm face -> 11441. Layered repair "
                  "1.3 cm -> 12051 (only the <=0.5 cm benign codes bundle intermediate repair).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s83-exb-upper-lip-small-nevus-layered-bundled",
    "family": "excision-benign", "shape": "free-text",
    "description": "Changing 0.3 cm nevus upper cutaneous lip, 1 mm margins -> 11440; layered closure 1.2 cm bundled (11440/12051 PTP, same wound)",
    "date": "2026-02-12",
    "patient": ("Delacroix", "Yvette", "1992-04-18", "female"),
    "provider": "marchetti", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Melanocytic nevus of upper lip, changing", "D22.0", "Right upper cutaneous lip", reason=True),
    ],
    "procedures": [
        P("Excision of lesion, upper lip", site="Right upper cutaneous lip, philtral column",
          note="Darkening 3 mm papule with new asymmetric dermoscopic pattern. Excised with 1 mm margins.",
          reasons=["c1"]),
        P("Layered closure, upper lip", site="Right upper cutaneous lip",
          note="Buried 6-0 Monocryl and 6-0 Prolene; 1.2 cm. Same wound as the excision.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, right upper lip, excision: compound melanocytic nevus with mild architectural "
                      "disorder; no cytologic atypia. Margins clear.", "site": "Right upper lip",
              "date": "2026-02-16"}],
    "note_title": "Operative Report",
    "note": HDR + """
OPERATIVE REPORT

DATE OF SERVICE: 02/12/2026
SURGEON: Luca Marchetti, MD
PREOPERATIVE DIAGNOSIS: Changing pigmented papule, right upper cutaneous lip (darker over 3 months,
dermoscopic asymmetry); melanoma not excluded clinically.
POSTOPERATIVE DIAGNOSIS: Pending pathology.
PROCEDURE: Excision of lesion, right upper lip, with layered closure.
ANESTHESIA: 1% lidocaine w/ epi 1 mL.   EBL: minimal.   COMPLICATIONS: none.

FINDINGS: Lesion 0.3 cm. Margin 1 mm (narrow diagnostic excision; wider re-excision only if path requires).

DESCRIPTION: Ellipse oriented along the philtral column, above the white roll (vermilion not involved).
Excised to superficial fat. Closed in two layers, 1.2 cm.

DISPOSITION: Suture removal day 5.

L. Marchetti, MD
""",
    "expected": E([L("11440")], ["ncci"], dx={"11440": ["D22.0"]}),
    "coder_note": "0.3 + 2 x 0.1 = 0.5 cm face -> 11440. PTP 11440/12051 indicator 1 and the closure is of the same "
                  "wound (no distinct site) -> 12051 removed (ncci). Changing lesion = covered (diagnostic uncertainty).",
})

SCENARIOS.append({
    "id": "s83-exb-forehead-pilomatricoma-teen",
    "family": "excision-benign", "shape": "free-text",
    "description": "Pilomatricoma left forehead 1.0 cm + 2 mm margins -> 11442; layered closure 2.2 cm -> 12051; Medicaid MCO",
    "date": "2025-11-10",
    "patient": ("Okonjo", "Tobenna", "2010-02-14", "male"),
    "provider": "marchetti", "payer": "medicaid-mco", "minutes": 45,
    "conditions": [
        C("c1", "Other benign neoplasm of skin of other parts of face (pilomatricoma)", "D23.39", "Left forehead",
          reason=True),
    ],
    "procedures": [
        P("Excision of subcutaneous nodule, forehead", site="Left lateral forehead",
          note="Rock-hard 1.0 cm nodule, enlarging and tender; excised with 2 mm skin margin over the dome.",
          reasons=["c1"]),
        P("Layered wound closure", site="Left lateral forehead",
          note="4-0 Monocryl deep, 5-0 Monocryl subcuticular. 2.2 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin and subcutis, left forehead: pilomatricoma, completely excised.", "site": "Left forehead",
              "date": "2025-11-14"}],
    "note_title": "Operative Report",
    "note": HDR + """
OPERATIVE REPORT

DATE OF SERVICE: 11/10/2025
SURGEON: Luca Marchetti, MD
PATIENT: 15 y/o male, mother present and consenting.
PREOPERATIVE DIAGNOSIS: Firm nodule left lateral forehead, clinically pilomatricoma; enlarging over
5 months, tender when he wears his football helmet, overlying skin bluish.
POSTOPERATIVE DIAGNOSIS: Pilomatricoma (gross: chalky calcified lobules).
PROCEDURE: Excision of lesion, left forehead; intermediate closure.
ANESTHESIA: Topical LMX then 1% lidocaine w/ epi 3 mL.   EBL: minimal.   COMPLICATIONS: none.

FINDINGS: Lesion 1.0 cm greatest diameter. 2 mm margin of overlying skin.

DESCRIPTION: Fusiform excision in a forehead crease, dissection around the calcified capsule, removed
intact. Layered closure, 2.2 cm.

DISPOSITION: Sports restriction 1 week. Steri-strips; subcuticular absorbable, no removal needed.

L. Marchetti, MD
""",
    "expected": E([L("11442"), L("12051")], dx={"11442": ["D23.39"]}),
    "coder_note": "1.0 + 0.4 = 1.4 cm face -> 11442; layered closure 2.2 cm face -> 12051. Enlarging, painful "
                  "lesion traumatized by helmet -> covered.",
})

SCENARIOS.append({
    "id": "s83-rep-cheek-lentigo-maligna-advancement-flap",
    "family": "repair", "shape": "note-only",
    "description": "Lentigo maligna left cheek excised with 5 mm margins, closed with advancement flap 14.5 sq cm -> 14041 only",
    "date": "2026-01-29",
    "patient": ("Birkeland", "Solveig", "1944-12-02", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 110,
    "conditions": [
        C("c1", "Melanoma in situ of other parts of face (lentigo maligna)", "D03.39", "Left malar cheek",
          reason=True),
    ],
    "path": [{"text": "Skin, left cheek, excision: melanoma in situ, lentigo maligna type. All margins clear of "
                      "in situ melanoma (closest 3 mm).", "site": "Left cheek", "date": "2026-02-03"}],
    "note_title": "Operative Report",
    "note": HDR + """
OPERATIVE REPORT

DATE OF SERVICE: 01/29/2026
SURGEON: Luca Marchetti, MD
ASSISTANT: R. Ibarra, CST
PREOPERATIVE DIAGNOSIS: Lentigo maligna (melanoma in situ), left malar cheek (punch biopsies x2, 01/06/2026).
POSTOPERATIVE DIAGNOSIS: Same; margins pending.
PROCEDURE: Wide excision of lentigo maligna with cheek advancement flap reconstruction.
ANESTHESIA: Local with IV-free oral anxiolysis (lorazepam 0.5 mg); 1% lidocaine w/ epi 12 mL.
EBL: 20 mL.   COMPLICATIONS: None.
SPECIMEN: Left cheek, oriented (suture 12 o'clock, double 3 o'clock), permanent sections.

FINDINGS: Pigmented patch 1.5 x 1.2 cm under Wood's lamp; excised with 5 mm margins.
Primary defect 2.5 x 2.5 cm (4.9 sq cm, circular).

DESCRIPTION: Margins marked under Wood's lamp. Full-thickness skin excision to superficial fat. Reconstruction
with a laterally based cheek advancement flap with Burow's triangles: flap incisions designed along the
infraorbital and nasolabial subunit borders, elevated in the subcutaneous plane, advanced medially. Flap
(secondary defect) area 9.6 sq cm; total area primary + secondary 14.5 sq cm. Deep 4-0 Monocryl suspension
to the periosteum, 5-0 Monocryl dermal, 6-0 Prolene skin.

DISPOSITION: Pressure dressing. Sleep elevated. Sutures day 7. 090-day global discussed.

L. Marchetti, MD
""",
    "expected": E([L("14041")], dx={"14041": ["D03.39"]}),
    "coder_note": "FLAP-1/FLAP-2: cheek advancement flap 4.9 + 9.6 = 14.5 sq cm -> 14041; the excision of the same "
                  "lesion is included in the adjacent tissue transfer (no 1164x line).",
})

SCENARIOS.append({
    "id": "s83-rep-upper-lid-complex-0-9cm-precoded",
    "family": "repair", "shape": "pre-coded",
    "description": "Left upper lid syringoma-like lesion excised 0.6 cm (11441); repair pre-coded 13151 but only 0.9 cm -> 12051",
    "date": "2025-10-07",
    "patient": ("Fitzwilliam", "Oona", "1970-08-08", "female"),
    "provider": "marchetti", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Other benign neoplasm of skin of left upper eyelid", "D23.121", "Left upper eyelid, lateral",
          reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, eyelid", "11441", "Left upper eyelid, lateral third",
          note="Lesion 0.4 cm, 1 mm margins.", reasons=["c1"]),
        P("Complex repair, eyelid", "13151", "Left upper eyelid",
          note="Layered closure with undermining; 0.9 cm.", reasons=["c1"]),
    ],
    "path": [{"text": "Skin, left upper eyelid, excision: syringoma. Benign.", "site": "Left upper eyelid",
              "date": "2025-10-10"}],
    "note_title": "Operative Report",
    "note": HDR + """
OPERATIVE REPORT

DATE OF SERVICE: 10/07/2025
SURGEON: Luca Marchetti, MD
PREOPERATIVE DIAGNOSIS: Enlarging papule left upper lid, lateral third, rubbing on the upper lashes with
blinking; clinically adnexal neoplasm, uncertain type.
POSTOPERATIVE DIAGNOSIS: Pending pathology.
PROCEDURE: Excision of lesion left upper eyelid, layered closure.
ANESTHESIA: Tetracaine OS; 2% lidocaine w/ epi 0.5 mL.   EBL: minimal.   COMPLICATIONS: none.

FINDINGS: Lesion 0.4 cm. Margin 1 mm. Excision above the lid crease, lid margin not involved.

DESCRIPTION: Horizontal ellipse in the lid crease. Excised through skin and superficial orbicularis.
Limited undermining. Closed in two layers (7-0 Vicryl buried, 6-0 fast gut). Repair length 0.9 cm.

DISPOSITION: Ice; erythromycin ointment. Return 1 week.

L. Marchetti, MD
""",
    "expected": E([L("11441"), L("12051")], ["coding-correction"], dx={"11441": ["D23.121"]}),
    "coder_note": "0.4 + 0.2 = 0.6 cm eyelid -> 11441. REP-2: complex repair <=1.0 cm is coded as simple or "
                  "intermediate; two-layer closure -> 12051. 11441 has no PTP edit with 12051.",
})

SCENARIOS.append({
    "id": "s83-rep-nasal-tip-mohs-defect-ftsg-decision-57",
    "family": "repair", "shape": "free-text",
    "description": "New patient referred same day after outside Mohs: decision for FTSG made at visit (99204-57) + FTSG nasal tip 2.9 sq cm (15260)",
    "date": "2025-12-03",
    "patient": ("Hargreave", "Desmond", "1948-07-07", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 120, "em": "99204",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose (cleared by Mohs, open defect)", "C44.311", "Nasal tip",
          reason=True),
    ],
    "procedures": [
        P("Full thickness skin graft, nose", site="Nasal tip",
          note="Recipient defect 1.8 x 1.6 cm (2.9 sq cm). Donor: right preauricular, closed primarily. "
               "Bolster tie-over.", reasons=["c1"]),
    ],
    "note_title": "Consultation and Operative Report",
    "note": HDR + """
CONSULTATION AND OPERATIVE REPORT

DOS: 12/03/2025        SURGEON: Luca Marchetti, MD
REFERRAL: Same-day referral from Dr. P. Anand (Lakeview Mohs Center, separate practice) after Mohs of a nasal
tip BCC this morning, cleared in 2 stages. Patient arrives with an open dressed defect.

CONSULTATION: 77 y/o man, former smoker (quit 2010), type 2 diabetes (A1c 7.4), on aspirin 81 mg. First visit
to this practice.
Exam: nasal tip defect 1.8 x 1.6 cm, depth to the fibrofatty layer, no cartilage exposed, alar rims intact.
Thick sebaceous tip skin. Preauricular donor skin adequate.
Options reviewed in detail: second-intention healing (contour depression, prolonged care), bilobed flap
(additional incisions on a diabetic former smoker), full-thickness skin graft. Risks of graft failure with
diabetes/aspirin discussed.
DECISION: Proceed with full-thickness skin graft today. Consent signed.

PROCEDURE: Full-thickness skin graft, nasal tip, 2.9 sq cm.
Anesthesia: 1% lidocaine w/ epi, 6 mL (tip and right preauricular).
Defect edges freshened. Template taken. Right preauricular FTSG harvested, defatted, inset with 6-0 fast gut,
basting sutures, tie-over bolster. Donor site closed primarily with 5-0 Prolene.
EBL minimal. No complications.

DISPOSITION: Keep bolster dry; remove day 7. Global period 90 days reviewed.

L. Marchetti, MD
""",
    "expected": E([L("99204", 1, "57"), L("15260")], dx={"15260": ["C44.311"]}),
    "coder_note": "GS-4/FLAP-4 analogue: 15260 is a 090 procedure; the same-day new-patient E/M produced the "
                  "decision to graft -> 99204-57. FTSG nose 2.9 sq cm (<=20) -> 15260; donor closure included. "
                  "Mohs was by another practice, not on this claim.",
})

SCENARIOS.append({
    "id": "s83-mix-temple-bcc-forehead-aks-rosacea",
    "family": "mixed", "shape": "note-only",
    "description": "99213-25 (rosacea Rx) + left temple BCC excision 11642 with layered repair 3.4 cm + 4 forehead AKs; PTP XS on 17000 and 12052",
    "date": "2026-03-05",
    "patient": ("Sorensen-Blake", "Perry", "1951-10-29", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 70, "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left temple", reason=True),
        C("c2", "Actinic keratoses, forehead", "L57.0", "Forehead", reason=True),
        C("c3", "Rosacea, erythematotelangiectatic with papules", "L71.9", "Cheeks, nose", reason=True),
    ],
    "path": [{"text": "Skin, left temple, excision: basal cell carcinoma, micronodular; margins negative.",
              "site": "Left temple", "date": "2026-03-09"}],
    "note_title": "Office Visit and Operative Report",
    "note": HDR + """
OFFICE VISIT / OPERATIVE REPORT

DOS: 03/05/2026        SURGEON: Luca Marchetti, MD

E/M PORTION:
Patient here for scheduled excision of biopsy-proven BCC left temple. Separately he reports 4 months of
facial redness and "pimples" with burning after hot drinks, not previously evaluated.
Exam: centrofacial erythema, telangiectasia, 6 papules on cheeks, no comedones, ocular symptoms absent.
A/P: Rosacea, new diagnosis. Metronidazole 0.75% gel BID (Rx sent); trigger counseling; follow-up 8 weeks.

PROCEDURE 1: Excision of malignant lesion, left temple, with intermediate repair.
Pre-op dx: BCC left temple (shave bx 02/10/2026). Lesion 1.1 x 0.9 cm; margin 4 mm.
Local 1% lidocaine w/ epi 5 mL. Elliptical excision to subcutaneous fat, superficial temporal fascia
respected. Undermined, closed in layers (5-0 Monocryl / 6-0 Prolene). Repair length 3.4 cm.
Specimen oriented to pathology.

PROCEDURE 2: Cryodestruction of actinic keratoses, central and right forehead (separate from the temple
operative field). Lesions: four (4). LN2, 2 cycles each.

EBL minimal. No complications. Suture removal 1 week.

L. Marchetti, MD
""",
    "expected": E([L("99213", 1, "25"), L("11642"), L("12052", 1, "XS"), L("17000", 1, "XS"), L("17003", 3)]),
    "coder_note": "E/M-25 for a separate new problem with Rx. 1.1 + 0.8 = 1.9 cm face -> 11642; layered 3.4 cm -> "
                  "12052. 4 AKs -> 17000 + 17003 x3. PTP 11642/17000 and 17000/12052 are indicator 1 with distinct "
                  "sites -> XS on the column-2 codes (17000, 12052).",
})

SCENARIOS.append({
    "id": "s83-mix-chin-shave-bx-then-excision-same-lesion",
    "family": "mixed", "shape": "pre-coded",
    "description": "Chin lesion shave-biopsied then excised in the same session without intra-op path; pre-coded 11102 + 11642 -> 11642 only",
    "date": "2025-12-22",
    "patient": ("Vukovich", "Stanislav", "1953-01-16", "male"),
    "provider": "marchetti", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left chin", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy", "11102", "Left chin", note="Shave biopsy of the lesion, sent in formalin.",
          reasons=["c1"]),
        P("Excision malignant lesion, face", "11642", "Left chin",
          note="Same lesion excised: 0.9 cm, 3 mm margins.", reasons=["c1"]),
    ],
    "path": [{"text": "A. Left chin, shave: basal cell carcinoma, nodular. B. Left chin, excision: residual "
                      "basal cell carcinoma; margins clear.", "site": "Left chin", "date": "2025-12-26"}],
    "note_title": "Operative Report",
    "note": HDR + """
OPERATIVE REPORT

DATE OF SERVICE: 12/22/2025
SURGEON: Luca Marchetti, MD
PREOPERATIVE DIAGNOSIS: Pearly papule left chin, clinically BCC (no prior biopsy).
PROCEDURES: Shave biopsy, then excision of the same lesion.
ANESTHESIA: 1% lidocaine w/ epi 3 mL.   EBL: minimal.   COMPLICATIONS: none.

FINDINGS: Lesion 0.9 x 0.7 cm left chin.

DESCRIPTION: Patient lives 2 hours away and asked for a single visit. A shave biopsy of the papule was
taken and placed in formalin for permanent sections (no frozen section available; result not known
intra-operatively). The same lesion was then excised with 3 mm margins to the subcutaneous fat and closed
with simple interrupted 5-0 nylon (single layer).

DISPOSITION: Suture removal 7 days.

L. Marchetti, MD
""",
    "expected": E([L("11642")], ["ncci"], dx={"11642": ["C44.319"]}),
    "coder_note": "BX-5: biopsy of the same lesion without an immediate pathologic diagnosis driving the excision is "
                  "not separately reportable; PTP 11642/11102 indicator 1 without a distinct lesion -> 11102 "
                  "removed (ncci). 0.9 + 0.6 = 1.5 cm -> 11642; simple closure included.",
})

SCENARIOS.append({
    "id": "s83-mix-lid-margin-bx-and-cheek-nevus-excision",
    "family": "mixed", "shape": "free-text",
    "description": "Right upper lid margin biopsy (67810) + excision of separate irritated cheek nevus 1.0 cm (11441); PTP puts XS on 67810",
    "date": "2026-02-19",
    "patient": ("Achterberg", "Lena", "1977-05-12", "female"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 45,
    "conditions": [
        C("c1", "Lesion right upper eyelid margin", None, "Right upper eyelid margin", reason=True),
        C("c2", "Melanocytic nevus, left cheek, irritated", "D22.39", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Eyelid margin biopsy", site="Right upper eyelid margin, medial third",
          note="Small lash-line papule with irregular surface; incisional biopsy of the margin, cautery.",
          reasons=["c1"]),
        P("Excision of lesion, cheek", site="Left cheek",
          note="Raised nevus 0.6 cm catching on her mask straps, bleeds; excised with 2 mm margins, single-layer "
               "closure 6-0 nylon.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Right upper eyelid margin, biopsy: papilloma (squamous papilloma) with inflammation. "
                 "Benign.", "site": "Right upper eyelid", "date": "2026-02-23"},
        {"text": "B. Left cheek, excision: intradermal melanocytic nevus, traumatized. Benign, margins clear.",
         "site": "Left cheek", "date": "2026-02-23"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE

DOS: 02/19/2026        SURGEON: Luca Marchetti, MD
PROCEDURES:
 A. Incisional biopsy, right upper eyelid including lid margin.
 B. Excision of benign lesion, left cheek (different site/lesion).
ANESTHESIA: Tetracaine OD; 2% lidocaine w/ epi 0.4 mL (A); 1% lidocaine w/ epi 1.5 mL (B).
COMPLICATIONS: None. SPECIMENS: A and B separately labeled.

A. 3 mm irregular papule on the medial right upper lid margin with a single lash loss. Lid everted on a
   Desmarres retractor; incisional biopsy including the margin; cautery; heals by intention.
B. Left cheek nevus 0.6 cm, traumatized by mask straps (bled twice). Excised with 2 mm margins, excised
   diameter 1.0 cm; simple single-layer closure.

Return 1 week.

L. Marchetti, MD
""",
    "expected": E([L("11441"), L("67810", 1, "XS")]),
    "coder_note": "67810 for a lid-margin biopsy. Cheek 0.6 + 0.4 = 1.0 cm benign -> 11441 (simple closure "
                  "included). PTP 11441/67810 indicator 1 (67810 column 2), different lesions -> XS on 67810.",
})

SCENARIOS.append({
    "id": "s83-mix-neck-biopsy-inside-cheek-excision-global-79",
    "family": "mixed", "shape": "free-text",
    "description": "Day 8 after right cheek malignant excision (010): tangential biopsy of a new left neck lesion -> 11102-79",
    "date": "2025-11-21",
    "patient": ("Pemberton", "Audrey", "1949-02-03", "female"),
    "provider": "marchetti", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Bleeding papule left posterior neck", None, "Left posterior neck", reason=True),
        C("c2", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Right cheek"),
    ],
    "prior": [PRIOR("2025-11-13", "11642", "Excision malignant lesion right cheek", "Right cheek",
                    "BCC 1.0 cm, 4 mm margins")],
    "procedures": [
        P("Tangential biopsy, neck", site="Left posterior neck",
          note="New 6 mm friable papule, bleeds with hair brushing. Shave biopsy, aluminum chloride.",
          reasons=["c1"]),
    ],
    "path": [{"text": "Left posterior neck, shave biopsy: pyogenic granuloma (lobular capillary hemangioma).",
              "site": "Left posterior neck", "date": "2025-11-25"}],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE

DOS: 11/21/2025        SURGEON: Luca Marchetti, MD
Patient had excision of BCC right cheek on 11/13/2025 (sutures removed by nurse on day 6; the cheek is not
addressed today).
New problem: a red bump on the back of the left neck for 3 weeks that bleeds when she brushes her hair.

EXAM: Left posterior neck, 6 mm friable red papule with collarette. Unrelated to the cheek surgery.

PROCEDURE: Tangential (shave) biopsy, left posterior neck. 1% lidocaine w/ epi 0.5 mL. Shave to mid dermis,
aluminum chloride, bandage. Specimen to pathology.

PLAN: Results by phone.

L. Marchetti, MD
""",
    "expected": E([L("11102", 1, "79")], ["global-period"]),
    "coder_note": "GS-5: unrelated procedure (new lesion, different site) inside the 010 global of the 11642 -> 79.",
})

SCENARIOS.append({
    "id": "s83-bx-four-sites-mixed-techniques-precoded",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Punch temple + 2 shaves (forehead, chin) + incisional left cheek; pre-coded 11104/11102/11102/11106 -> 11106 + 11105 + 11103 x2",
    "date": "2026-01-06",
    "patient": ("Guttormsen", "Edwin", "1947-06-22", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Indurated plaque left cheek", None, "Left cheek", reason=True),
        C("c2", "Pigmented macule right temple", None, "Right temple", reason=True),
        C("c3", "Scaly papule forehead", None, "Mid forehead", reason=True),
        C("c4", "Scaly papule chin", None, "Right chin", reason=True),
    ],
    "procedures": [
        P("Punch biopsy", "11104", "Right temple", note="4 mm punch, one suture.", reasons=["c2"]),
        P("Tangential biopsy", "11102", "Mid forehead", note="Shave biopsy.", reasons=["c3"]),
        P("Tangential biopsy", "11102", "Right chin", note="Shave biopsy.", reasons=["c4"]),
        P("Incisional biopsy", "11106", "Left cheek",
          note="Fusiform wedge through the full dermis into fat with a #15 blade, 2 sutures.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """
PROCEDURE NOTE

DOS: 01/06/2026        SURGEON: Luca Marchetti, MD
INDICATION: Pre-reconstruction mapping of four facial lesions in a 78 y/o with extensive photodamage.

BIOPSIES (all separate lesions, separately labeled):
 A. Left cheek: 2.2 cm ill-defined scar-like indurated plaque - morpheaform BCC vs morphea. Incisional
    wedge biopsy with #15 blade, full-thickness dermis into fat; 2 x 5-0 nylon.
 B. Right temple: 6 mm irregular pigmented macule - lentigo maligna vs solar lentigo. 4 mm punch biopsy;
    1 x 5-0 nylon.
 C. Mid forehead: 5 mm scaly papule. Tangential shave biopsy, Drysol.
 D. Right chin: 4 mm scaly papule. Tangential shave biopsy, Drysol.
Anesthesia 1% lidocaine w/ epi, 2.5 mL total. No complications.

Sutures out in 7 days. Results to guide the reconstruction plan.

L. Marchetti, MD
""",
    "expected": E([L("11106"), L("11105"), L("11103", 2)], ["coding-correction"]),
    "coder_note": "BX-2: one primary for the highest technique (incisional 11106); the punch takes 11105 and each "
                  "shave 11103 (x2). 11104 and 11102 as primaries are replaced.",
})
