"""Sealed set 38 (s38-): solo Mohs surgeon, Scottsdale, Arizona; transcribed dictation.

Every note is an operative report or visit note dictated by Ines Castellanos, M.D. (Mohs surgeon acting as surgeon
and pathologist) and typed by a medical transcriptionist: formal prose, numbers in words or digits, outside
referring dermatologists and outside pathology quoted with accession numbers, stage-by-stage paragraphs, tissue
blocks described as "sections", reconstruction by layered closure, adjacent tissue transfer with areas, grafts or
second intention, separate follow-up notes in the global period, plus the general-clinic days of the practice.
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

DR = "castellanos"
PRACTICE = "SAGUARO MOHS AND DERMATOLOGIC SURGERY, P.L.L.C.\n9420 East Shea Boulevard, Suite 140, Scottsdale, Arizona"


def _tx(dictated: str, typed: str, job: str, signed: str, tx: str = "mlr") -> str:
    """Transcription footer as the service types it."""
    return (f"\nD: {dictated}   T: {typed}   Job #{job}   Transcriptionist: {tx}\n"
            f"Electronically signed by Ines Castellanos, M.D. on {signed}\n")


# =====================================================================================================================
# Batch 1: Mohs micrographic surgery and Mohs-day mixed encounters
# =====================================================================================================================

SCENARIOS.append({
    "id": "s38-mohs-left-helix-scc-six-sections-antia-buch",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs left helical rim SCC, two stages (six then three sections), helical advancement flap "
                   "11.3 sq cm; Medicare FFS",
    "date": "2026-01-14",
    "patient": ("Whitacre", "Lowell", "1941-05-22", "male"),
    "provider": DR, "payer": "medicare", "minutes": 170,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, left helical rim", "C44.229", "Left helix",
          reason=True),
    ],
    "note_title": "Operative Report - Mohs Micrographic Surgery",
    "note": PRACTICE + """
OPERATIVE REPORT - MOHS MICROGRAPHIC SURGERY

PATIENT: Whitacre, Lowell        DATE OF BIRTH: 05/22/1941        DATE OF SERVICE: 01/14/2026
SURGEON: Ines Castellanos, M.D., who served as both the surgeon and the pathologist.
REFERRING PHYSICIAN: Gregory Amundsen, M.D., Sun City West Dermatology

PREOPERATIVE DIAGNOSIS: Invasive squamous cell carcinoma, well differentiated, left helical rim.
POSTOPERATIVE DIAGNOSIS: Same, with tumor-free margins.
PROCEDURES: Mohs micrographic surgery, two stages. Helical advancement flap reconstruction.

INDICATIONS: The patient is an eighty-four-year-old retired cattle rancher who was referred by Dr. Amundsen. A
shave biopsy performed at the referring office on December 9, 2025, was reported by Desert Sky Dermatopathology,
accession number DSD25-44871, as "invasive squamous cell carcinoma, well differentiated, extending to the deep
and peripheral margins; no perineural invasion identified." The ear is a high-risk location and tissue
conservation is required, and Mohs surgery was recommended. He takes clopidogrel, which was continued.

DESCRIPTION OF PROCEDURE: The patient was brought to the procedure suite and placed in the right lateral
decubitus position. The site was identified by the patient and confirmed against the referral photograph, and a
time-out was performed. The left ear was prepped with chlorhexidine and draped in the usual sterile fashion.
Local anesthesia was obtained with one percent lidocaine with epinephrine 1:100,000, a total of eight milliliters.
The clinically apparent tumor measured one point four by one point one centimeters.

FIRST STAGE: The visible tumor was debulked with a curette, and the first stage was excised with a two-millimeter
margin. The first stage was divided into six sections, which were inked with tissue dyes and mapped. Frozen
horizontal sections were prepared by our histotechnologist and examined by me. Residual squamous cell carcinoma
was present at the posterior superior aspect, in sections four and five.

SECOND STAGE: A second stage was taken from the posterior superior margin only and was divided into three
sections, inked and mapped in the same manner. Microscopic examination showed clear margins in all three
sections. No perineural invasion was seen in either stage.

The final defect measured two point two by one point six centimeters along the helical rim with exposure of the
underlying cartilage.

RECONSTRUCTION: Second-intention healing, a wedge resection with primary closure, and a full-thickness skin graft
were discussed. The patient chose a flap. A chondrocutaneous helical advancement flap was designed along the
helical rim and advanced from the posterior-inferior helix. The primary defect measured three point two square
centimeters and the secondary defect created by the flap measured eight point one square centimeters, for a
total area of eleven point three square centimeters. The flap was advanced and inset, and a Burow's triangle was
removed from the antihelix. The closure was performed in layers with 5-0 poliglecaprone and 6-0 polypropylene.

ESTIMATED BLOOD LOSS: Minimal.  COMPLICATIONS: None.
His wife asked whether the rough spots on his scalp could be frozen today. They were not treated; we will look at
them at the suture-removal visit.
DISPOSITION: Pressure dressing applied. Written wound care instructions given. Return in one week for suture
removal.
""" + _tx("01/14/2026 16:02", "01/15/2026 08:47", "260114-0231", "01/15/2026 12:10"),
    "expected": E([L("17311"), L("17312"), L("17315"), L("14061")], dx={"17311": ["C44.229"]}),
    "coder_note": "Ear -> 17311; second stage 17312; first stage had six blocks -> 17315 x1. Flap area 3.2 + 8.1 = "
                  "11.3 sq cm on the ear -> 14061. Scalp spots not treated.",
})

SCENARIOS.append({
    "id": "s38-mohs-back-infiltrative-bcc-precoded-head-codes",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs right upper back infiltrative BCC pre-coded with head/neck Mohs codes; three stages, "
                   "layered closure 7.0 cm; Medicare Advantage",
    "date": "2026-01-21",
    "patient": ("Brannigan", "Colette", "1949-09-03", "female"),
    "provider": DR, "payer": "medicare-advantage", "minutes": 185,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative type, right upper back", "C44.519", "Right upper back",
          reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, first stage", "17311", "Right upper back", reasons=["c1"]),
        P("Mohs micrographic surgery, additional stage", "17312", "Right upper back", reasons=["c1"]),
        P("Mohs micrographic surgery, additional stage", "17312", "Right upper back", reasons=["c1"]),
        P("Repair, intermediate, trunk", "12032", "Right upper back", reasons=["c1"]),
    ],
    "note_title": "Operative Report - Mohs Micrographic Surgery",
    "note": PRACTICE + """
OPERATIVE REPORT

PATIENT: Brannigan, Colette       DATE OF SERVICE: January 21, 2026
SURGEON AND PATHOLOGIST: Ines Castellanos, M.D.
REFERRING DERMATOLOGIST: Priya Oyelaran, M.D., Mesa Skin Institute

PREOPERATIVE DIAGNOSIS: Basal cell carcinoma, infiltrative subtype, right upper back.
POSTOPERATIVE DIAGNOSIS: Same, cleared.

HISTORY: This seventy-six-year-old woman noticed an enlarging scar-like plaque on the right upper back for about
a year. Dr. Oyelaran performed a punch biopsy on November 18, 2025. The report from Sonoran Dermatopathology
Associates, accession number SDA-25-118402, reads "basal cell carcinoma, infiltrative pattern, present at the
deep and lateral margins." Because the tumor is larger than two centimeters and has an aggressive growth
pattern, Mohs surgery is appropriate at this trunk location.

PROCEDURE: The patient was brought to the procedure suite and placed prone. After the site was confirmed and a
time-out completed, the area was prepped and draped and anesthetized with one percent lidocaine with
epinephrine. The clinical tumor measured two point three by one point nine centimeters with ill-defined borders.

Stage one: The tumor was debulked with a curette, and the first stage was excised with a three-millimeter margin
and divided into four sections, mapped and inked. On frozen section review, infiltrative basal cell carcinoma
remained at the superior margin in sections one and two.

Stage two: A second stage was removed from the superior half of the wound and divided into two sections.
Infiltrating strands persisted at the deep superior margin of section two.

Stage three: A third stage consisting of a single section was taken from the deep superior aspect. The margins
were free of tumor.

The final defect measured three point four by two point eight centimeters, down to the superficial fascia.

REPAIR: The defect was oriented along the relaxed skin tension lines and the edges were undermined. The deep
layer was closed with buried 3-0 polyglactin sutures and the epidermis with 4-0 nylon. After removal of the
standing cones, the final length of the layered closure was seven point zero centimeters.

There were no complications. Sutures out in fourteen days.
""" + _tx("01/21/2026 15:30", "01/22/2026 09:05", "260121-0118", "01/22/2026 17:44", "dkw"),
    "expected": E([L("17313"), L("17314", 2), L("12032")], ["coding-correction"], dx={"17313": ["C44.519"]}),
    "coder_note": "Back is a trunk site: 17311/17312 corrected to 17313 + 17314 x2 (three stages, no stage over five "
                  "blocks). Layered closure 7.0 cm on the trunk -> 12032.",
})

SCENARIOS.append({
    "id": "s38-mohs-nasal-sidewall-frozen-bx-transposition",
    "family": "mohs", "shape": "free-text",
    "description": "Never-biopsied left nasal sidewall papule: same-day tangential biopsy with frozen section "
                   "confirming BCC, Mohs two stages, transposition flap 4.5 sq cm; Medicare (NGS)",
    "date": "2026-02-04",
    "patient": ("Sandoval", "Ruben", "1946-12-17", "male"),
    "provider": DR, "payer": "medicare-ngs", "minutes": 160,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left nasal sidewall", "C44.311", "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy for intraoperative frozen section", site="Left nasal sidewall",
          note="Lesion never biopsied; referred by primary care as suspicious. Saucerization biopsy taken and "
               "processed as a frozen section; read by Dr. Castellanos as nodular basal cell carcinoma. Decision "
               "to proceed with Mohs based on this result.", reasons=["c1"]),
        P("Frozen section, diagnostic biopsy specimen", site="Left nasal sidewall",
          note="One frozen block, hematoxylin and eosin.", reasons=["c1"]),
        P("Mohs micrographic surgery, stage one", site="Left nasal sidewall",
          note="Three sections. Tumor at superior margin.", reasons=["c1"]),
        P("Mohs micrographic surgery, stage two", site="Left nasal sidewall",
          note="One section. Clear.", reasons=["c1"]),
        P("Transposition flap reconstruction", site="Left nasal sidewall",
          note="Primary defect 1.3 sq cm, secondary defect 3.2 sq cm, total 4.5 sq cm.", reasons=["c1"]),
    ],
    "note_title": "Operative Report",
    "note": PRACTICE + """
OPERATIVE REPORT

PATIENT: Sandoval, Ruben     DATE OF SERVICE: 02/04/2026
SURGEON: Ines Castellanos, M.D.

HISTORY: Mr. Sandoval is a seventy-nine-year-old man sent by his primary care physician, Dr. Lorena Tsinajinnie
of Chinle, with a pearly papule on the left nasal sidewall that has been present for six months. No biopsy has
ever been done and there is no pathology report on this lesion. He traveled more than four hours to be seen, so
we planned a diagnostic biopsy with frozen-section examination today and Mohs surgery only if the frozen section
confirmed a carcinoma.

DIAGNOSTIC BIOPSY: After informed consent, the lesion, measuring eight millimeters, was anesthetized and a
tangential (saucerization) biopsy was obtained. The specimen was processed as a frozen section in our laboratory,
and I interpreted it as nodular basal cell carcinoma. On the basis of that result we proceeded with Mohs surgery.

MOHS SURGERY: The patient was brought to the procedure suite and placed supine. The first stage was excised
around the biopsy site with a two-millimeter margin, divided into three sections, inked and mapped. Frozen
sections showed residual nodular basal cell carcinoma at the superior margin of section one. The second stage
was taken from the superior margin and consisted of one section, which was clear.

The final defect measured one point two by one point one centimeters, extending to the nasalis muscle.

RECONSTRUCTION: Second-intention healing would be slow on the sidewall and could distort the lower eyelid, so a
transposition flap was designed from the adjacent cheek-nasal junction. The primary defect was one point three
square centimeters and the secondary defect was three point two square centimeters, for a total of four point
five square centimeters. The flap was elevated, transposed and inset with 5-0 poliglecaprone and 6-0 nylon.

The patient tolerated the procedure well. Follow-up in one week.
""" + _tx("02/04/2026 14:15", "02/04/2026 18:40", "260204-0077", "02/05/2026 08:02"),
    "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312"), L("14060")],
                  dx={"17311": ["C44.311"]}),
    "coder_note": "Same-day diagnostic biopsy + frozen section of a never-biopsied lesion deciding Mohs: 11102-59 and "
                  "88331-59 (README). Nose 17311 + 17312. Flap 1.3 + 3.2 = 4.5 sq cm on the nose -> 14060.",
})

SCENARIOS.append({
    "id": "s38-mohs-forehead-sccis-precoded-path-on-layers",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs forehead SCC in situ pre-coded with 88305 x2 and 88331 on the Mohs layers; two stages, "
                   "layered closure 4.6 cm; commercial (UHC)",
    "date": "2026-02-11",
    "patient": ("Kowalczyk", "Dana", "1962-04-30", "female"),
    "provider": DR, "payer": "commercial-uhc", "minutes": 140,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left forehead", "D04.39", "Left forehead", reason=True),
    ],
    "procedures": [
        P("Mohs surgery, first stage", "17311", "Left forehead", reasons=["c1"]),
        P("Mohs surgery, additional stage", "17312", "Left forehead", reasons=["c1"]),
        P("Surgical pathology, Mohs stage one tissue", "88305", "Left forehead", reasons=["c1"]),
        P("Surgical pathology, Mohs stage two tissue", "88305", "Left forehead", reasons=["c1"]),
        P("Frozen section", "88331", "Left forehead", reasons=["c1"]),
        P("Layered closure, forehead", "12052", "Left forehead", reasons=["c1"]),
    ],
    "note_title": "Operative Report - Mohs Surgery",
    "note": PRACTICE + """
MOHS MICROGRAPHIC SURGERY - OPERATIVE NOTE

NAME: Dana Kowalczyk        DOS: 02/11/2026
SURGEON/PATHOLOGIST: Ines Castellanos, M.D.
REFERRING: Marisol Varga, M.D., Catalina Foothills Dermatology, Tucson

PREOPERATIVE DIAGNOSIS: Squamous cell carcinoma in situ, left forehead, biopsy proven. The outside pathology
report (Pima Dermatopathology Laboratory, accession PDL-26-00713, dated January 6, 2026) reads "squamous cell
carcinoma in situ (Bowen disease), involving follicular epithelium, peripheral margins involved."

The patient is a sixty-three-year-old woman with a poorly defined scaly pink patch on the left forehead measuring
one point six by one point three centimeters. The lesion has ill-defined clinical borders.

PROCEDURE IN DETAIL: The patient was brought to the procedure suite and placed in the supine position. A time-out
was carried out. The forehead was prepped and draped, and local anesthesia was achieved with one percent lidocaine
with epinephrine. The lesion was curetted to define its borders.

The first stage was excised with a two-millimeter margin and divided into five sections. Frozen sections,
prepared in our Mohs laboratory and read by me, showed residual carcinoma in situ along the follicular epithelium
at the lateral margin in section three. The second stage, taken from the lateral margin, was divided into two
sections and was free of tumor. All tissue in both stages was processed on site as Mohs frozen sections; nothing
was sent to an outside laboratory.

The final defect measured two point five by one point nine centimeters in the subcutaneous fat. The wound was
undermined in the subcutaneous plane, the deep tissue was approximated with buried 4-0 polyglactin, and the skin
was closed with 5-0 polypropylene in a running fashion. The length of the layered repair was four point six
centimeters, placed in a horizontal forehead crease.

No complications. Suture removal in seven days.
""" + _tx("02/11/2026 13:20", "02/12/2026 07:55", "260211-0164", "02/12/2026 11:31"),
    "expected": E([L("17311"), L("17312"), L("12052")], ["ncci"], dx={"17311": ["D04.39"]}),
    "coder_note": "MOHS-5: no 88305 or 88331 for the Mohs layers themselves (17311/88305 and 17311/88331 indicator 1, "
                  "same tissue, no distinct lesion) -> removed. Forehead layered closure 4.6 cm -> 12052.",
})

SCENARIOS.append({
    "id": "s38-mohs-transplant-shin-forearm-two-tumors-summed-repair",
    "family": "mohs", "shape": "note-only",
    "description": "Kidney-transplant patient, Mohs of two SCCs (left shin two stages, right forearm one stage), "
                   "layered closures 4.2 + 3.6 cm summed; Medicare FFS",
    "date": "2026-02-18",
    "patient": ("Esquibel", "Armando", "1954-07-08", "male"),
    "provider": DR, "payer": "medicare", "minutes": 210,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left shin", "C44.729", "Left pretibial shin", reason=True),
        C("c2", "Squamous cell carcinoma, right dorsal forearm", "C44.622", "Right dorsal forearm", reason=True),
        C("c3", "Kidney transplant status", "Z94.0"),
    ],
    "note_title": "Operative Report - Mohs Micrographic Surgery (Two Sites)",
    "note": PRACTICE + """
OPERATIVE REPORT

PATIENT: Esquibel, Armando        DATE OF SERVICE: 02/18/2026
SURGEON: Ines Castellanos, M.D., surgeon and pathologist
REFERRING: Theodore Holbrook, M.D., Prescott Valley Dermatology

DIAGNOSES:
1. Invasive squamous cell carcinoma, moderately differentiated, left pretibial shin. Outside biopsy January 20,
   2026, Northern Arizona Dermatopathology, accession NAD-26-2291.
2. Invasive squamous cell carcinoma, well differentiated, right dorsal forearm. Outside biopsy January 20, 2026,
   same laboratory, accession NAD-26-2292.

HISTORY: Mr. Esquibel is a seventy-one-year-old man who received a deceased-donor kidney transplant in 2014 and
takes tacrolimus and mycophenolate. He has had numerous keratinocyte carcinomas. Because of his chronic
immunosuppression, Mohs surgery is indicated for both tumors.

The patient was brought to the procedure suite, and both sites were confirmed with him and marked. A time-out
was performed for each site.

SITE ONE, LEFT SHIN: The tumor measured one point five by one point two centimeters. After debulking with a
curette, the first stage was excised and divided into four sections. Frozen sections read by me showed squamous
cell carcinoma at the medial margin in section two. A second stage from the medial aspect was divided into two
sections and was clear. The final defect was two point four by one point eight centimeters. It was closed in
layers with buried 3-0 polyglactin and a running 4-0 polypropylene suture, with a final length of four point two
centimeters.

SITE TWO, RIGHT FOREARM: The tumor measured nine millimeters. The first stage was excised and divided into three
sections. All margins were clear after a single stage. The final defect was one point six by one point four
centimeters, and it was closed in layers in the same fashion to a final length of three point six centimeters.

Both wounds were dressed with petrolatum and pressure dressings. No complications. The patient will return in
two weeks for suture removal. If he develops further tumors on the legs, we would discuss acitretin
chemoprevention with his transplant team; this was not started today.
""" + _tx("02/18/2026 17:05", "02/19/2026 10:12", "260218-0302", "02/19/2026 16:20"),
    "expected": E([L("17313", 2), L("17314"), L("12034")], dx={"17313": ["C44.729"]}),
    "coder_note": "Two separate trunk/extremity tumors: 17313 for each first stage (summed, 2 units, MUE 3), 17314 x1 "
                  "for the shin's second stage. Both layered closures are in the 12031-12037 group: 4.2 + 3.6 = 7.8 "
                  "cm -> 12034 (not two 12032).",
})

SCENARIOS.append({
    "id": "s38-mohs-lower-lip-scc-seven-section-stage-vermilion-repair",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs SCC of cutaneous lower lip, three stages (five, seven, two sections), complex repair "
                   "across the vermilion border 2.0 cm; commercial (Aetna)",
    "date": "2026-02-25",
    "patient": ("Hollenbeck", "Trent", "1968-02-14", "male"),
    "provider": DR, "payer": "commercial-aetna", "minutes": 175,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of lower lip", "C44.02", "Lower cutaneous lip, left of midline",
          reason=True),
    ],
    "note_title": "Operative Report",
    "note": PRACTICE + """
MOHS MICROGRAPHIC SURGERY

PATIENT: Trent Hollenbeck       DATE: February 25, 2026
SURGEON/PATHOLOGIST: Ines Castellanos, M.D.
REFERRING: Celeste Nakai-Brandt, M.D., Flagstaff Dermatology Partners

PREOPERATIVE DIAGNOSIS: Squamous cell carcinoma, skin of the lower lip, left of midline, abutting the vermilion
border. Outside biopsy February 2, 2026: Coconino Pathology Group, accession CPG-26-01988, "invasive squamous cell
carcinoma, well differentiated, transected at the base."

This fifty-eight-year-old landscape contractor has a hyperkeratotic papule on the cutaneous lower lip just below
the vermilion. He is otherwise healthy and not immunosuppressed.

The patient was brought to the procedure suite and placed supine. After a time-out, the lip was prepped and a
mental nerve block was placed with two percent lidocaine with epinephrine, supplemented by local infiltration.
The clinical lesion measured one point zero by zero point eight centimeters.

First stage. The lesion was debulked and the first stage was taken with a two-millimeter margin. This stage was
divided into five sections. Tumor remained at the deep margin centrally, in sections two and three.

Second stage. A broader deep layer was taken beneath the entire wound, and because of its size and shape it was
divided into seven sections. Residual tumor was present in section six, at the lateral deep edge near the
orbicularis oris.

Third stage. A third stage was taken from the lateral deep aspect and was divided into two sections. This was
clear of tumor.

Final defect: one point eight by one point two centimeters, involving the orbicularis oris muscle and extending
to the vermilion border.

Repair. The vermilion border was marked before infiltration to preserve alignment. The muscle was reapproximated
with 4-0 polyglactin, the vermilion border was precisely realigned with a key 6-0 suture, and the remainder of
the wound was closed with 5-0 poliglecaprone and 6-0 nylon. Because the repair crossed and realigned the
vermilion free margin, this was a complex repair, with a final length of two point zero centimeters.

The patient tolerated the procedure well. Suture removal in one week.
""" + _tx("02/25/2026 15:48", "02/26/2026 08:20", "260225-0140", "02/26/2026 13:02", "dkw"),
    "expected": E([L("17311"), L("17312", 2), L("17315", 2), L("13151")], dx={"17311": ["C44.02"]}),
    "coder_note": "Lip -> 17311 + 17312 x2. Blocks beyond five: stage one has five (none), stage two has seven (2), "
                  "stage three two (none) -> 17315 x2. Complex repair involving the vermilion border 2.0 cm -> 13151.",
})

SCENARIOS.append({
    "id": "s38-mohs-upper-arm-superficial-bcc-abn-ga",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs of a small primary superficial BCC of the left upper arm in an immunocompetent patient, "
                   "outside appropriate-use criteria, ABN signed; Medicare FFS",
    "date": "2026-03-04",
    "patient": ("Pruitt", "Geneva", "1950-10-29", "female"),
    "provider": DR, "payer": "medicare", "minutes": 90,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left upper arm", "C44.619", "Left posterior upper arm",
          reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, first stage", site="Left posterior upper arm",
          note="Two sections; margins clear after one stage.", reasons=["c1"]),
        P("Second-intention healing", site="Left posterior upper arm",
          note="Defect 1.2 x 1.0 cm left to granulate. No repair."),
    ],
    "note_title": "Operative Report - Mohs Micrographic Surgery",
    "note": PRACTICE + """
OPERATIVE REPORT

PATIENT: Pruitt, Geneva       DATE OF SERVICE: March 4, 2026
SURGEON: Ines Castellanos, M.D.

DIAGNOSIS: Superficial basal cell carcinoma, left posterior upper arm, primary. Outside biopsy by Dr. Amundsen on
February 3, 2026, read by Desert Sky Dermatopathology, accession DSD26-05512, as "basal cell carcinoma, superficial
type."

DISCUSSION BEFORE SURGERY: The lesion is a seven-millimeter pink patch on the upper arm. The patient is
immunocompetent, the tumor is primary, small and of superficial histology, and the arm is a low-risk location.
This tumor does not meet the appropriate-use criteria for Mohs surgery, and I recommended excision, topical
therapy or curettage instead. The patient declined those options because of a poor cosmetic result after an
excision on the opposite arm and asked for Mohs surgery. I explained that Medicare is expected to deny payment
because the service is not considered medically necessary for this tumor. She read and signed an Advance
Beneficiary Notice of Noncoverage today, choosing the option to receive the service and be billed.

PROCEDURE: The patient was brought to the procedure suite. After a time-out and local anesthesia, the first stage
was excised with a two-millimeter margin and divided into two sections. Frozen sections showed superficial basal
cell carcinoma centrally with tumor-free peripheral and deep margins. The final defect measured one point two by
one point zero centimeters and was allowed to heal by second intention, per the patient's preference.

Wound care was reviewed. She will follow up with Dr. Amundsen for routine skin examinations.
""" + _tx("03/04/2026 11:40", "03/04/2026 15:55", "260304-0059", "03/05/2026 09:14"),
    "expected": E([L("17313", 1, "GA")], dx={"17313": ["C44.619"]}),
    "coder_note": "README coding decision: Mohs of a small primary superficial BCC in area L, Medicare FFS, ABN on "
                  "file -> 17313-GA. One stage, two blocks. Second intention, no repair.",
})

SCENARIOS.append({
    "id": "s38-mohs-left-cheek-bcc-closure-length-missing",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs left cheek BCC, three stages; layered closure dictated without a repair length; Medicare "
                   "Advantage PPO",
    "date": "2026-03-11",
    "patient": ("Delacroix", "Yvette", "1944-01-19", "female"),
    "provider": DR, "payer": "medicare-advantage-ppo", "minutes": 175,
    "conditions": [
        C("c1", "Basal cell carcinoma, micronodular, left cheek", "C44.319", "Left medial cheek", reason=True),
    ],
    "note_title": "Operative Report - Mohs Micrographic Surgery",
    "note": PRACTICE + """
OPERATIVE REPORT

PATIENT: Delacroix, Yvette       DATE OF SERVICE: 03/11/2026
SURGEON AND DERMATOPATHOLOGIST FOR THE MOHS SECTIONS: Ines Castellanos, M.D.
REFERRING: Priya Oyelaran, M.D.

PREOPERATIVE DIAGNOSIS: Basal cell carcinoma, micronodular and nodular, left medial cheek. Biopsy February 10,
2026, Sonoran Dermatopathology Associates, accession SDA-26-020455.

The patient is an eighty-two-year-old woman. She was brought to the procedure suite and placed supine. The site
was confirmed, a time-out was performed, and the area was prepped and draped. Anesthesia was one percent
lidocaine with epinephrine, ten milliliters total. The clinical lesion measured one point one by zero point nine
centimeters.

STAGE I: Debulking with curettage, then excision with a two-millimeter margin. Divided into four sections. Frozen
sections demonstrated micronodular basal cell carcinoma at the inferior margin in sections two and three.
STAGE II: Taken from the inferior margin, divided into two sections. Tumor persisted at the deep inferior margin in
section one.
STAGE III: A single deep section from the inferior aspect. Clear.

The final defect measured one point nine by one point four centimeters in the subcutaneous fat.

REPAIR: Options were reviewed with the patient and a linear closure was chosen. The wound edges were undermined,
standing cones were excised superiorly and inferiorly, and the wound was closed in layers with buried 5-0
poliglecaprone and running 6-0 polypropylene, oriented along the melolabial fold.

Estimated blood loss minimal. No complications. Return for suture removal in one week.
""" + _tx("03/11/2026 16:33", "03/12/2026 09:48", "260311-0209", "03/12/2026 14:05", "jpa"),
    "expected": E([L("17311"), L("17312", 2)], ["missing-documentation"], dx={"17311": ["C44.319"]}),
    "coder_note": "Cheek -> 17311 + 17312 x2. The layered closure has no documented length (defect diameter is not "
                  "the repair length) -> no 12051-12057 line, missing-documentation (README).",
})

SCENARIOS.append({
    "id": "s38-mixed-mohs-nose-ftsg-plus-edc-back-sbcc",
    "family": "mixed", "shape": "note-only",
    "description": "Mohs nasal dorsum BCC two stages with full-thickness skin graft, plus ED&C of a separate "
                   "biopsy-proven superficial BCC on the back (defect 1.5 cm); Medicare FFS",
    "date": "2026-03-18",
    "patient": ("Lindahl", "Bernard", "1939-06-06", "male"),
    "provider": DR, "payer": "medicare", "minutes": 200,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, nasal dorsum", "C44.311", "Nasal dorsum", reason=True),
        C("c2", "Basal cell carcinoma, superficial, left mid back", "C44.519", "Left mid back", reason=True),
    ],
    "note_title": "Operative Report",
    "note": PRACTICE + """
OPERATIVE REPORT

PATIENT: Lindahl, Bernard      DATE OF SERVICE: March 18, 2026
SURGEON: Ines Castellanos, M.D.
REFERRING: Gregory Amundsen, M.D.

DIAGNOSES:
1. Nodular basal cell carcinoma, nasal dorsum. Biopsy February 24, 2026, Desert Sky Dermatopathology, accession
   DSD26-07740.
2. Superficial basal cell carcinoma, left mid back. Biopsy same date, accession DSD26-07741.

The patient is an eighty-six-year-old man. Both biopsy sites were identified and photographed.

PROCEDURE ONE: MOHS MICROGRAPHIC SURGERY, NASAL DORSUM. The patient was brought to the procedure suite and placed
supine. After a time-out, the nose was anesthetized with one percent lidocaine with epinephrine. The tumor,
measuring one point zero by zero point nine centimeters, was debulked and the first stage was excised and divided
into four sections. Frozen sections showed tumor at the right lateral margin in section four. The second stage,
from the right lateral margin, was divided into two sections and was clear. The final defect was two point zero by
one point eight centimeters, to the level of the perichondrium.

RECONSTRUCTION: Because of the thin, inelastic dorsal skin, a full-thickness skin graft was selected. A template
of the defect was made and a graft of three point two square centimeters was harvested from the left
preauricular skin, defatted, and sewn into the defect with 6-0 fast-absorbing gut, with a bolster dressing. The
donor site was closed primarily with 5-0 polypropylene.

PROCEDURE TWO: ELECTRODESICCATION AND CURETTAGE, LEFT MID BACK. This is a separate tumor. The patient was turned
prone. The lesion measured one point one centimeters. After local anesthesia, it was curetted and desiccated for
three cycles. The final defect after curettage measured one point five centimeters in diameter. Petrolatum and a
bandage were applied.

No complications. The bolster will be removed in one week.
""" + _tx("03/18/2026 16:55", "03/19/2026 08:30", "260318-0266", "03/19/2026 12:44"),
    "expected": E([L("17311"), L("17312"), L("15260"), L("17262", 1, "XS")],
                  dx={"17311": ["C44.311"], "17262": ["C44.519"]}),
    "coder_note": "Nose Mohs 17311 + 17312; FTSG 3.2 sq cm to the nose -> 15260 (donor closure included). ED&C of a "
                  "different tumor on the trunk, final defect 1.5 cm -> 17262; 17311/17262 indicator 1 -> XS.",
})

SCENARIOS.append({
    "id": "s38-mixed-mohs-cheek-plus-forearm-tangential-bx",
    "family": "mixed", "shape": "free-text",
    "description": "Mohs right cheek BCC one stage with layered closure 3.1 cm, plus tangential biopsy of a new "
                   "scaly papule on the left forearm; Medicare",
    "date": "2026-03-25",
    "patient": ("Fairweather", "Orla", "1947-03-02", "female"),
    "provider": DR, "payer": "medicare-noname", "minutes": 130,
    "conditions": [
        C("c1", "Basal cell carcinoma, right cheek", "C44.319", "Right lateral cheek", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left forearm", "D04.62", "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Mohs surgery, stage 1", site="Right lateral cheek", note="Four sections. Clear after one stage.",
          reasons=["c1"]),
        P("Layered closure", site="Right lateral cheek", note="Intermediate closure, length 3.1 cm.",
          reasons=["c1"]),
        P("Shave biopsy", site="Left dorsal forearm",
          note="New 6 mm scaly papule, separate from the Mohs site. Tangential biopsy, sent to outside pathology.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "Left dorsal forearm, shave biopsy: squamous cell carcinoma in situ, extending to the peripheral "
                 "margin. (Desert Sky Dermatopathology, accession DSD26-09315)", "site": "Left dorsal forearm",
         "date": "2026-03-27"},
    ],
    "note_title": "Operative Report",
    "note": PRACTICE + """
OPERATIVE REPORT

PATIENT: Fairweather, Orla       DATE OF SERVICE: 03/25/2026
SURGEON: Ines Castellanos, M.D.

INDICATION: Basal cell carcinoma, nodular type, right lateral cheek, biopsied by Dr. Varga in Tucson on March 3,
2026 (Pima Dermatopathology Laboratory, accession PDL-26-02104).

The patient was brought to the procedure suite and placed supine. Following a time-out, the right cheek was
anesthetized. The nine-millimeter tumor was debulked, and the first stage was excised with a two-millimeter
margin and divided into four sections. Frozen sections reviewed by me were clear of tumor at all margins. The
final defect measured one point five by one point two centimeters.

The defect was repaired with a layered closure: the subcutaneous tissue was approximated with buried 5-0
poliglecaprone and the skin with running 6-0 polypropylene. The final length was three point one centimeters.

ADDITIONAL FINDING: While she was on the table, the patient pointed out a new scaly papule on the left dorsal
forearm, six millimeters in diameter, that had appeared over the past two months. This is a different lesion from
the Mohs site. With her consent, a tangential biopsy was taken and sent to Desert Sky Dermatopathology for
permanent sections. We will call her with the result.

Wound care instructions were given. Suture removal in one week.
""" + _tx("03/25/2026 12:10", "03/25/2026 17:02", "260325-0098", "03/26/2026 08:40"),
    "expected": E([L("17311"), L("12052", 1, "XS"), L("11102", 1, "XS")],
                  dx={"17311": ["C44.319"], "11102": ["D04.62"]}),
    "coder_note": "Cheek Mohs one stage -> 17311; layered closure 3.1 cm face -> 12052. Biopsy of a different lesion: "
                  "17311/11102 indicator 1 -> 11102-XS; 11102/12052 is also indicator 1 with the repair as column 2, "
                  "and the repair is at a different site -> 12052-XS.",
})


# =====================================================================================================================
# Batch 2: Mohs with a separate E/M, consultations, delayed repairs, global-period follow-up notes
# =====================================================================================================================

SCENARIOS.append({
    "id": "s38-mixed-mohs-hand-scc-plus-psoriasis-flare-em25",
    "family": "mixed", "shape": "pre-coded",
    "description": "Established patient: Mohs right dorsal hand SCC one stage (second intention) pre-coded; the "
                   "provider also managed a psoriasis flare with new prescriptions (99214); commercial",
    "date": "2026-04-01",
    "patient": ("Tapahe", "Lorraine", "1966-08-21", "female"),
    "provider": DR, "payer": "commercial", "minutes": 120, "em": "99214",
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal hand", "C44.622", "Right dorsal hand", reason=True),
        C("c2", "Psoriasis vulgaris, flare, elbows and scalp", "L40.0", "Bilateral elbows, scalp", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, first stage", "17311", "Right dorsal hand", reasons=["c1"]),
    ],
    "note_title": "Operative Report and Office Visit",
    "note": PRACTICE + """
OPERATIVE REPORT AND OFFICE VISIT

PATIENT: Tapahe, Lorraine       DATE OF SERVICE: 04/01/2026       ESTABLISHED PATIENT
SURGEON: Ines Castellanos, M.D.

PART ONE - MOHS MICROGRAPHIC SURGERY
Diagnosis: Squamous cell carcinoma, well differentiated, right dorsal hand, diagnosed by my own shave biopsy on
March 10, 2026 (Sonoran Dermatopathology Associates, accession SDA-26-031877).
The patient was brought to the procedure suite. After a time-out, a digital-sparing local block was placed with
one percent lidocaine with epinephrine. The eight-millimeter tumor was debulked and the first stage was excised and
divided into three sections. Frozen sections showed clear margins. The final defect measured one point three by one
point one centimeters over the third metacarpal. After discussion, the wound was left to heal by second intention
to avoid tension over the extensor surface. Petrolatum and a nonadherent dressing were applied.

PART TWO - SEPARATE PROBLEM: PSORIASIS FLARE
While she was in the office, the patient asked me to address a flare of her plaque psoriasis. Her general
dermatologist in Window Rock cannot see her until June. Over the last six weeks, new plaques developed on both
elbows and the scalp, with itching that disturbs her sleep. She has used over-the-counter hydrocortisone without
benefit. Examination: well-demarcated erythematous scaly plaques on both extensor elbows (about four percent body
surface area in total) and on the occipital scalp. No nail pitting. No joint complaints.
Assessment: psoriasis vulgaris with exacerbation.
Plan: clobetasol 0.05% solution to the scalp twice daily for two weeks, then weekends only; calcipotriene-
betamethasone ointment to the elbows once daily. Risks of topical steroid atrophy reviewed. I will send a note to
her general dermatologist. This evaluation was separate from, and in addition to, the surgical care above.
""" + _tx("04/01/2026 15:02", "04/02/2026 08:11", "260401-0187", "04/02/2026 10:30"),
    "expected": E([L("99214", 1, "25"), L("17311")], dx={"17311": ["C44.622"], "99214": ["L40.0"]}),
    "coder_note": "GS-3: the psoriasis flare with new prescriptions is significant and separately identifiable work "
                  "-> provider-selected 99214 with 25. Hand Mohs one stage -> 17311; second intention, no repair.",
})

SCENARIOS.append({
    "id": "s38-em-new-mohs-consult-surgery-weeks-later",
    "family": "em", "shape": "note-only",
    "description": "New-patient Mohs consultation (99204) for a biopsy-proven nasal ala BCC; Mohs scheduled four "
                   "weeks later, nothing done today; Medicare FFS",
    "date": "2026-03-26",
    "patient": ("Greenleaf", "Moses", "1943-11-11", "male"),
    "provider": DR, "payer": "medicare", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Basal cell carcinoma, right nasal ala", "C44.311", "Right nasal ala", reason=True),
        C("c2", "Long term (current) use of anticoagulants", "Z79.01"),
    ],
    "note_title": "Consultation",
    "note": PRACTICE + """
CONSULTATION

PATIENT: Greenleaf, Moses       DATE OF SERVICE: March 26, 2026       NEW PATIENT
CONSULTANT: Ines Castellanos, M.D.
REQUESTING PHYSICIAN: Theodore Holbrook, M.D., Prescott Valley Dermatology

REASON FOR CONSULTATION: Evaluation for Mohs micrographic surgery.

HISTORY OF PRESENT ILLNESS: Mr. Greenleaf is an eighty-two-year-old man with a lesion on the right nasal ala that
has bled intermittently for four months. Dr. Holbrook performed a shave biopsy on March 2, 2026. The report from
Northern Arizona Dermatopathology, accession NAD-26-3350, states "basal cell carcinoma, nodular and micronodular
patterns, extending to the deep margin." He has no prior skin cancers. He takes apixaban for atrial fibrillation
and metoprolol. He has a history of a prosthetic knee but no cardiac valve replacement.

EXAMINATION: There is a one point zero by zero point eight centimeter pearly papule with central crust on the
right nasal ala, with the biopsy site still visible. No palpable preauricular, submandibular or cervical lymph
nodes. The remainder of the face and scalp shows solar damage without other suspicious lesions.

ASSESSMENT AND PLAN:
1. Basal cell carcinoma, nodular and micronodular, right nasal ala. This is a high-risk location, and Mohs surgery
   is the treatment of choice. We reviewed the procedure, the likely size of the defect, and reconstruction options
   including second-intention healing, a graft, or a local flap, which will be decided at surgery. Risks including
   bleeding, infection, scarring, nasal asymmetry and recurrence were discussed.
2. Anticoagulation: apixaban will be continued; I discussed this with his cardiologist's nurse by telephone today.
   No antibiotic prophylaxis is needed.
Surgery is scheduled for April 23, 2026. No procedure was performed today. Total time on the date of service
fifty minutes, including review of the outside records and the telephone call.
""" + _tx("03/26/2026 12:20", "03/26/2026 16:44", "260326-0041", "03/27/2026 09:02", "jpa"),
    "expected": E([L("99204")], dx={"99204": ["C44.311"]}),
    "coder_note": "No procedure today; Mohs (000) and any repair are four weeks away, so no 57 and no 25. "
                  "Provider-selected 99204 kept.",
})

SCENARIOS.append({
    "id": "s38-em-surveillance-history-scc-medicare-no-gy",
    "family": "em", "shape": "note-only",
    "description": "Six-month surveillance skin examination in a Medicare patient with prior SCC and BCC treated by "
                   "Mohs; nothing new found (99213); Medicare FFS",
    "date": "2026-04-08",
    "patient": ("Abernethy", "Clarissa", "1940-02-27", "female"),
    "provider": DR, "payer": "medicare", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Personal history of other malignant neoplasm of skin", "Z85.828", reason=True),
    ],
    "note_title": "Follow-up Visit",
    "note": PRACTICE + """
FOLLOW-UP VISIT

PATIENT: Abernethy, Clarissa      DATE OF SERVICE: 04/08/2026      ESTABLISHED PATIENT
PHYSICIAN: Ines Castellanos, M.D.

Mrs. Abernethy returns for her six-month skin cancer surveillance visit. She had Mohs surgery with me for a
squamous cell carcinoma of the left temple in September 2025 and for a basal cell carcinoma of the right upper lip
in 2023. She has no new complaints, and she reports no new, changing, bleeding or tender lesions.

EXAMINATION: A complete skin examination was performed, including the scalp, face, neck, trunk, extremities,
palms, soles and nails. The left temple scar and the right upper lip scar are well healed, without nodularity or
erythema to suggest recurrence. There is diffuse solar elastosis and scattered solar lentigines. No actinic
keratoses, no atypical pigmented lesions, and no lesions suspicious for carcinoma were found. No lymphadenopathy.

ASSESSMENT: Personal history of squamous cell carcinoma and basal cell carcinoma, no evidence of recurrence or new
skin cancer.

PLAN: Continue daily broad-spectrum sunscreen and protective clothing; she gardens in the early morning only.
Nicotinamide 500 milligrams twice daily was reviewed; she prefers not to take it at present. Return in six months,
sooner for any new or changing lesion.
""" + _tx("04/08/2026 10:05", "04/08/2026 13:30", "260408-0012", "04/08/2026 17:15"),
    "expected": E([L("99213")], dx={"99213": ["Z85.828"]}),
    "coder_note": "DX-5 / README: with a personal history of skin cancer the full-skin exam is a diagnostic "
                  "surveillance visit, not a screening exclusion -> 99213 with no GY.",
})

SCENARIOS.append({
    "id": "s38-em-spouse-screening-exam-medicare-gy",
    "family": "em", "shape": "pre-coded",
    "description": "Medicare FFS new patient accompanying her husband asks for a skin check: no history, no "
                   "complaint, nothing found (99203 sent); statutorily excluded screening",
    "date": "2026-04-15",
    "patient": ("Mortensen", "Ingrid", "1953-05-09", "female"),
    "provider": DR, "payer": "medicare", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": PRACTICE + """
NEW PATIENT VISIT

PATIENT: Mortensen, Ingrid       DATE OF SERVICE: 04/15/2026
PHYSICIAN: Ines Castellanos, M.D.

Mrs. Mortensen is a seventy-two-year-old woman who accompanied her husband to his postoperative visit today and
asked whether I could "check her over" while she was here. She has no skin complaints. She has never had a skin
biopsy or skin cancer, and there is no family history of melanoma. She has no lesions that are new, changing,
itching or bleeding. She moved to Fountain Hills from Minnesota three years ago.

EXAMINATION: Total body skin examination of the scalp, face, ears, neck, chest, abdomen, back, buttocks, arms,
hands, legs and feet, including the nails. Skin type two. No lesions of concern were identified. There are no
atypical nevi, no actinic keratoses, and nothing suspicious for a skin cancer.

ASSESSMENT: Skin cancer screening examination in an asymptomatic woman; normal examination.

PLAN: Sun protection counseling. She may return annually if she wishes. I explained that Medicare does not
cover a screening skin examination when there are no symptoms, history or findings, and that she will receive a
bill from our office if Medicare denies the visit. She did not sign any form today.
""" + _tx("04/15/2026 14:40", "04/15/2026 18:02", "260415-0133", "04/16/2026 08:50", "dkw"),
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "README/DX-5: Medicare screening-only full-skin exam with no history, complaint or finding -> "
                  "E/M with GY; no voluntary ABN documented, so no GX.",
})

SCENARIOS.append({
    "id": "s38-repair-next-day-cheek-rotation-flap-precoded-primary-only",
    "family": "repair", "shape": "pre-coded",
    "description": "Delayed repair the day after Mohs: left cheek rotation flap, primary 5.3 + secondary 8.9 sq cm; "
                   "pre-coded 14040 from the primary defect only; Medicare FFS",
    "date": "2026-04-16",
    "patient": ("Rademacher", "Wilhelmina", "1945-12-01", "female"),
    "provider": DR, "payer": "medicare", "minutes": 95,
    "conditions": [
        C("c1", "Basal cell carcinoma, left cheek, status post Mohs surgery", "C44.319", "Left cheek",
          reason=True),
    ],
    "procedures": [
        P("Adjacent tissue transfer, cheek", "14040", "Left cheek", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2026-04-15", "17311", "Mohs micrographic surgery, first stage", "Left cheek"),
        PRIOR("2026-04-15", "17312", "Mohs micrographic surgery, additional stage", "Left cheek"),
    ],
    "note_title": "Operative Report - Reconstruction",
    "note": PRACTICE + """
OPERATIVE REPORT - RECONSTRUCTION

PATIENT: Rademacher, Wilhelmina      DATE OF SERVICE: April 16, 2026
SURGEON: Ines Castellanos, M.D.

HISTORY: Yesterday, April 15, 2026, I performed Mohs micrographic surgery on this eighty-year-old woman for a
basal cell carcinoma of the left cheek (outside biopsy, Sonoran Dermatopathology Associates, accession
SDA-26-036611). Clear margins were obtained after two stages, but the surgery ended late in the afternoon, and
the patient preferred to return this morning for the reconstruction. The wound was dressed overnight.

PROCEDURE: The patient was brought back to the procedure suite and placed supine. The defect measured two point
seven by two point five centimeters; the primary defect area was five point three square centimeters. A
rotation flap was designed from the lateral cheek and preauricular skin. The flap was incised, elevated in the
subcutaneous plane, and rotated into the defect. The secondary defect created by the flap measured eight point nine
square centimeters. The total area of the adjacent tissue transfer was therefore fourteen point two square
centimeters. Deep sutures of 4-0 poliglecaprone were placed, and the skin was closed with 5-0 polypropylene.

No complications. She will return in one week for suture removal.
""" + _tx("04/16/2026 11:50", "04/16/2026 16:25", "260416-0061", "04/17/2026 08:15"),
    "expected": E([L("14041")], ["coding-correction"], dx={"14041": ["C44.319"]}),
    "coder_note": "FLAP-1: area = primary 5.3 + secondary 8.9 = 14.2 sq cm on the cheek -> 14041, not 14040. Mohs is "
                  "000 global, so the next-day repair carries no 58/79.",
})

SCENARIOS.append({
    "id": "s38-repair-forehead-complex-debrided-edges-delayed",
    "family": "repair", "shape": "note-only",
    "description": "Delayed repair two days after Mohs: complex forehead repair with debridement of wound edges, "
                   "5.5 cm; commercial (Cigna)",
    "date": "2026-04-22",
    "patient": ("Okonjo", "Bartholomew", "1959-03-15", "male"),
    "provider": DR, "payer": "commercial-cigna", "minutes": 80,
    "conditions": [
        C("c1", "Basal cell carcinoma of right forehead, Mohs defect awaiting closure", "C44.319",
          "Right forehead", reason=True),
    ],
    "prior": [
        PRIOR("2026-04-20", "17311", "Mohs micrographic surgery, first stage", "Right forehead"),
    ],
    "note_title": "Operative Report - Delayed Repair",
    "note": PRACTICE + """
OPERATIVE REPORT

PATIENT: Okonjo, Bartholomew      DATE OF SERVICE: 04/22/2026
SURGEON: Ines Castellanos, M.D.

PREOPERATIVE DIAGNOSIS: Open surgical defect of the right forehead following Mohs surgery on April 20, 2026,
for basal cell carcinoma (outside biopsy, Pima Dermatopathology Laboratory, accession PDL-26-03390).

HISTORY: On April 20 the tumor was cleared in a single stage. Because his blood pressure was 196/104 at the end of
the Mohs procedure, closure was deferred and he was sent to his primary care physician, who adjusted his
medications. He returns today with a blood pressure of 138/86.

PROCEDURE: The patient was brought to the procedure suite and placed supine. The wound measured two point four by
one point eight centimeters. After two days of dressing, the wound edges were dry and partly devitalized, and they
were sharply debrided back to bleeding tissue with a number fifteen blade. The forehead was widely undermined in
the subgaleal plane on both sides. The galea was approximated with 3-0 polydioxanone, the dermis with buried 4-0
poliglecaprone, and the epidermis with running 5-0 polypropylene. The total length of the repair was five point five
centimeters. Because the repair required debridement of the wound edges in addition to the layered closure, this
was a complex repair.

No complications. Suture removal in ten days.
""" + _tx("04/22/2026 10:40", "04/22/2026 15:18", "260422-0027", "04/23/2026 09:40", "jpa"),
    "expected": E([L("13132")], dx={"13132": ["C44.319"]}),
    "coder_note": "REP-3: debridement of wound edges makes the repair complex; forehead 5.5 cm -> 13132 (2.6-7.5). "
                  "Mohs two days earlier is 000 global -> no modifier.",
})

SCENARIOS.append({
    "id": "s38-repair-next-day-cheek-and-neck-two-groups",
    "family": "repair", "shape": "free-text",
    "description": "Next-day layered closures after two Mohs sites: right cheek 3.0 cm and right lateral neck "
                   "3.4 cm (different repair groups); Medicare Advantage",
    "date": "2026-04-29",
    "patient": ("Villaseñor", "Hector", "1948-09-25", "male"),
    "provider": DR, "payer": "medicare-advantage", "minutes": 70,
    "conditions": [
        C("c1", "Basal cell carcinoma, right cheek", "C44.319", "Right cheek", reason=True),
        C("c2", "Basal cell carcinoma, right lateral neck", "C44.41", "Right lateral neck", reason=True),
    ],
    "procedures": [
        P("Layered closure of Mohs defect", site="Right cheek",
          note="Intermediate (layered) closure, 3.0 cm.", reasons=["c1"]),
        P("Layered closure of Mohs defect", site="Right lateral neck",
          note="Intermediate (layered) closure, 3.4 cm.", reasons=["c2"]),
    ],
    "prior": [
        PRIOR("2026-04-28", "17311", "Mohs micrographic surgery, right cheek", "Right cheek"),
        PRIOR("2026-04-28", "17311", "Mohs micrographic surgery, right lateral neck", "Right lateral neck"),
    ],
    "note_title": "Operative Report - Repairs",
    "note": PRACTICE + """
OPERATIVE REPORT

PATIENT: Villaseñor, Hector       DATE OF SERVICE: April 29, 2026
SURGEON: Ines Castellanos, M.D.

Mr. Villaseñor underwent Mohs surgery yesterday for two basal cell carcinomas, on the right cheek and the right
lateral neck, referred by Dr. Oyelaran (biopsies read by Sonoran Dermatopathology Associates, accessions
SDA-26-038120 and SDA-26-038121). Both were cleared yesterday. Because of the length of yesterday's session, he
returned this morning for closure of both wounds.

The patient was brought to the procedure suite and placed supine with the head turned to the left. Both wounds
were clean with no sign of infection.

Right cheek: The defect measured one point six by one point two centimeters. The edges were undermined, the
subcutaneous layer was closed with buried 5-0 poliglecaprone, and the skin with 6-0 polypropylene. Final length
three point zero centimeters.

Right lateral neck: The defect measured one point eight by one point three centimeters. After undermining, it was
closed in two layers with buried 4-0 poliglecaprone and running 5-0 polypropylene. Final length three point four
centimeters.

He tolerated both repairs well. Sutures out in one week.
""" + _tx("04/29/2026 11:05", "04/29/2026 14:50", "260429-0044", "04/29/2026 18:05"),
    "expected": E([L("12052"), L("12042")], dx={"12052": ["C44.319"], "12042": ["C44.41"]}),
    "coder_note": "REP-1/REP-2: lengths are summed only within a repair group. Cheek 3.0 cm -> 12052 (face group); "
                  "neck 3.4 cm -> 12042 (neck/hands/feet group). No PTP edit between them; Mohs was 000 global.",
})

SCENARIOS.append({
    "id": "s38-postop-bilobed-flap-suture-removal-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal eight days after a bilobed nasal flap (090 global); 99212 was selected; Medicare "
                   "FFS",
    "date": "2026-04-07",
    "patient": ("Ruelas", "Rosalind", "1951-07-13", "female"),
    "provider": DR, "payer": "medicare", "minutes": 15, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
    ],
    "prior": [
        PRIOR("2026-03-30", "17311", "Mohs micrographic surgery, right nasal ala", "Right nasal ala"),
        PRIOR("2026-03-30", "14060", "Bilobed flap, right nasal ala", "Right nasal ala"),
    ],
    "note_title": "Postoperative Visit",
    "note": PRACTICE + """
POSTOPERATIVE VISIT

PATIENT: Ruelas, Rosalind      DATE OF SERVICE: 04/07/2026
PHYSICIAN: Ines Castellanos, M.D.

The patient returns eight days after Mohs surgery and bilobed flap reconstruction of the right nasal ala, performed
on March 30, 2026, for a nodular basal cell carcinoma. She reports mild tightness but no pain, bleeding or drainage.
She has been applying petrolatum twice daily as instructed.

EXAMINATION: The bilobed flap is viable and pink throughout, with no venous congestion, no epidermolysis and no
dehiscence. There is no erythema, warmth or purulence to suggest infection. The alar rim is symmetric.

PROCEDURE: The 6-0 polypropylene sutures were removed without difficulty. Steri-Strips were applied.

ASSESSMENT: Routine postoperative course.
PLAN: Gentle massage after two weeks. Silicone gel may be started at three weeks. She will return in six weeks
for a scar check. She was told to call if the flap darkens or drains.
""" + _tx("04/07/2026 09:25", "04/07/2026 12:10", "260407-0009", "04/07/2026 15:55", "dkw"),
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-5 / conventions: routine post-op visit inside the 90-day global of 14060 -> 99024, not an E/M.",
})

SCENARIOS.append({
    "id": "s38-postop-new-chest-lesion-biopsy-in-flap-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "Forty days after a cheek rotation flap (090 global), tangential biopsy of a new unrelated chest "
                   "lesion; 99213 sent; Medicare FFS",
    "date": "2026-05-06",
    "patient": ("Huxley", "Abner", "1947-01-30", "male"),
    "provider": DR, "payer": "medicare", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right upper chest", "D04.5", "Right upper chest", reason=True),
    ],
    "procedures": [
        P("Tangential (shave) biopsy", site="Right upper chest",
          note="1.0 cm scaly erythematous plaque, new over two months; unrelated to the prior cheek surgery.",
          reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2026-03-27", "17311", "Mohs micrographic surgery, left cheek", "Left cheek"),
        PRIOR("2026-03-27", "14040", "Rotation flap, left cheek", "Left cheek"),
    ],
    "path": [
        {"text": "Skin, right upper chest, shave biopsy: squamous cell carcinoma in situ. (Sonoran Dermatopathology "
                 "Associates, accession SDA-26-044087)", "site": "Right upper chest", "date": "2026-05-08"},
    ],
    "note_title": "Office Visit",
    "note": PRACTICE + """
OFFICE VISIT

PATIENT: Huxley, Abner       DATE OF SERVICE: May 6, 2026
PHYSICIAN: Ines Castellanos, M.D.

Mr. Huxley is within the ninety-day postoperative period after Mohs surgery and a rotation flap on the left cheek
on March 27, 2026. He did not come for the cheek today; his postoperative check is scheduled for June. He called
about a new scaly pink spot on the right upper chest that has been enlarging for two months and occasionally
catches on his shirt. The cheek was not examined at this visit.

EXAMINATION: Right upper chest: a one point zero centimeter scaly erythematous plaque with a slightly raised
border.

PROCEDURE: After verbal consent, the site was anesthetized with one percent lidocaine with epinephrine and a
tangential biopsy was obtained with a flexible blade. Hemostasis with aluminum chloride. The specimen was sent to
Sonoran Dermatopathology Associates.

ASSESSMENT: Changing scaly plaque, right upper chest; rule out squamous cell carcinoma in situ versus basal cell
carcinoma. This lesion is unrelated to the cheek surgery.
PLAN: We will call with the pathology result and plan treatment.
""" + _tx("05/06/2026 13:35", "05/06/2026 17:20", "260506-0102", "05/07/2026 08:05"),
    "expected": E([L("11102", 1, "79")], ["global-period"], dx={"11102": ["D04.5"]}),
    "coder_note": "GS-5: unrelated procedure (new lesion) inside the 90-day global of 14040 -> 11102-79. The E/M was "
                  "only the evaluation leading to the biopsy (GS-3) and the flap was not seen -> no E/M, no 99024.",
})

SCENARIOS.append({
    "id": "s38-postop-forearm-scc-reexcision-positive-margin-58",
    "family": "post-op", "shape": "pre-coded",
    "description": "Re-excision of a positive margin eight days after excision of a forearm SCC (010 global), "
                   "excised diameter 2.0 cm, simple closure; pre-coded 11602 without modifier; Medicare FFS",
    "date": "2026-05-13",
    "patient": ("Gallegos", "Perpetua", "1952-11-04", "female"),
    "provider": DR, "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left dorsal forearm, positive margin", "C44.629", "Left dorsal forearm",
          reason=True),
    ],
    "procedures": [
        P("Excision, malignant lesion, trunk/arms/legs, 1.1-2.0 cm", "11602", "Left dorsal forearm",
          reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2026-05-05", "11602", "Excision squamous cell carcinoma, left dorsal forearm", "Left dorsal forearm"),
        PRIOR("2026-05-05", "12032", "Intermediate repair, left forearm", "Left dorsal forearm"),
    ],
    "path": [
        {"text": "Skin, left dorsal forearm, excision (05/05/2026): invasive squamous cell carcinoma, well "
                 "differentiated; tumor present at the 3 o'clock peripheral margin; deep margin clear. (Desert Sky "
                 "Dermatopathology, accession DSD26-13402)", "site": "Left dorsal forearm", "date": "2026-05-07"},
    ],
    "note_title": "Operative Report - Re-excision",
    "note": PRACTICE + """
OPERATIVE REPORT

PATIENT: Gallegos, Perpetua      DATE OF SERVICE: 05/13/2026
SURGEON: Ines Castellanos, M.D.

PREOPERATIVE DIAGNOSIS: Squamous cell carcinoma of the left dorsal forearm with a positive peripheral margin.
HISTORY: On May 5, 2026, I excised a well-differentiated squamous cell carcinoma from the left dorsal forearm. The
permanent sections (Desert Sky Dermatopathology, accession DSD26-13402) showed tumor at the three o'clock
peripheral margin. Mohs surgery was offered; the patient preferred a standard re-excision, which was planned at the
time the pathology result was reviewed with her.

PROCEDURE: The patient was brought to the procedure suite. The healing scar and the adjacent skin at three o'clock
were marked; the area to be removed measured one point two centimeters in greatest diameter, and a margin of four
millimeters was drawn around it, for an excised diameter of two point zero centimeters. After local anesthesia,
the area was excised as an ellipse to the subcutaneous fat, and the specimen was oriented with a suture and sent
to Desert Sky Dermatopathology. The wound was closed in a single layer with interrupted 4-0 nylon sutures.

No complications. Sutures out in ten days.
""" + _tx("05/13/2026 10:15", "05/13/2026 14:00", "260513-0032", "05/13/2026 17:30", "jpa"),
    "expected": E([L("11602", 1, "58")], ["global-period"], dx={"11602": ["C44.629"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of the first excision -> "
                  "58; malignant code, excised diameter 1.2 + 0.8 = 2.0 cm -> 11602. Single-layer closure included.",
})

SCENARIOS.append({
    "id": "s38-postop-unrelated-nummular-dermatitis-in-flap-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "Thirty days into the 90-day global of a nasal flap, unscheduled visit for an unrelated "
                   "nummular dermatitis with a prescription (99213 sent); Medicare Advantage",
    "date": "2026-05-20",
    "patient": ("Yazzie", "Florence", "1949-04-18", "female"),
    "provider": DR, "payer": "medicare-advantage", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Nummular dermatitis, bilateral lower legs", "L30.0", "Bilateral lower legs", reason=True),
    ],
    "prior": [
        PRIOR("2026-04-20", "17311", "Mohs micrographic surgery, nasal tip", "Nasal tip"),
        PRIOR("2026-04-20", "14060", "Transposition flap, nasal tip", "Nasal tip"),
    ],
    "note_title": "Office Visit",
    "note": PRACTICE + """
OFFICE VISIT

PATIENT: Yazzie, Florence       DATE OF SERVICE: 05/20/2026
PHYSICIAN: Ines Castellanos, M.D.

CHIEF COMPLAINT: Itchy round patches on both lower legs.

HISTORY: Mrs. Yazzie is a seventy-seven-year-old woman who had Mohs surgery and a transposition flap on the nasal
tip on April 20, 2026. Her nose is not the reason for today's visit; her postoperative check is scheduled for
June 1. She reports three weeks of intensely itchy, coin-shaped patches on both shins that started after the
weather turned dry. She has tried moisturizing lotion without relief. No new medications. She denies fever.

EXAMINATION: Lower legs: several sharply marginated, coin-shaped, eczematous plaques with fine scale and
excoriation, two to four centimeters in diameter, on both shins. Background xerosis. No pustules, no honey-colored
crust. The nasal flap was not examined today.

ASSESSMENT: Nummular dermatitis of both lower legs, unrelated to the recent nasal surgery.

PLAN: Triamcinolone 0.1% ointment twice daily for two weeks, then as needed; thick bland emollient after bathing;
lukewarm short showers. Side effects of topical steroids were reviewed. Return if not improved in three weeks.
""" + _tx("05/20/2026 15:10", "05/21/2026 08:40", "260520-0119", "05/21/2026 11:25", "dkw"),
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["L30.0"]}),
    "coder_note": "GS-5: unrelated E/M inside the 90-day global of 14060 -> 24 on the provider-selected 99213. The flap "
                  "was not evaluated, so no 99024.",
})


# =====================================================================================================================
# Batch 3: excisions, biopsies (including a frozen section on the Mohs day), destruction
# =====================================================================================================================

SCENARIOS.append({
    "id": "s38-excmal-back-mis-precoded-ellipse-length",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Wide local excision of melanoma in situ, right upper back, 0.8 cm lesion with 0.5 cm margins; "
                   "pre-coded 11604 from the ellipse length; layered closure 5.4 cm; commercial",
    "date": "2026-01-28",
    "patient": ("Sorensen", "Makayla", "1979-06-19", "female"),
    "provider": DR, "payer": "commercial", "minutes": 75,
    "conditions": [
        C("c1", "Melanoma in situ, right upper back", "D03.59", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Excision, malignant lesion, trunk, 3.1-4.0 cm", "11604", "Right upper back", reasons=["c1"]),
        P("Repair, intermediate, trunk, 2.6-7.5 cm", "12032", "Right upper back", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right upper back, wide local excision: residual melanoma in situ, completely excised; "
                 "closest peripheral margin 4 mm. (Sonoran Dermatopathology Associates, accession SDA-26-009931)",
         "site": "Right upper back", "date": "2026-01-30"},
    ],
    "note_title": "Operative Report - Wide Local Excision",
    "note": PRACTICE + """
OPERATIVE REPORT

PATIENT: Sorensen, Makayla       DATE OF SERVICE: 01/28/2026
SURGEON: Ines Castellanos, M.D.
REFERRING: Marisol Varga, M.D., Catalina Foothills Dermatology

PREOPERATIVE DIAGNOSIS: Melanoma in situ, right upper back. Shave biopsy January 7, 2026, Pima Dermatopathology
Laboratory, accession PDL-26-00155: "melanoma in situ, lentiginous type, peripheral margin involved."

PROCEDURE: Wide local excision with layered closure.

The patient is a forty-six-year-old woman. She was brought to the procedure suite and placed prone. The residual
pigmented macule and biopsy scar together measured zero point eight by zero point six centimeters. A
five-millimeter margin was marked around it, giving a circular excision diameter of one point eight centimeters.
The excision was designed as an ellipse three point six centimeters long, oriented along the relaxed skin tension
lines, to allow closure. After local anesthesia with one percent lidocaine with epinephrine, the ellipse was
excised to the level of the fascia and the specimen was tagged at twelve o'clock and sent to Sonoran
Dermatopathology Associates.

The wound was undermined in the subcutaneous plane, the deep dermis was closed with buried 3-0 polyglactin, and the
skin was closed with running 4-0 nylon. After the standing cones were trimmed, the layered repair measured five
point four centimeters.

Tolerated well. No complications. Sutures out in two weeks.
""" + _tx("01/28/2026 11:30", "01/28/2026 16:45", "260128-0070", "01/29/2026 08:20"),
    "expected": E([L("11602"), L("12032")], ["coding-correction"], dx={"11602": ["D03.59"]}),
    "coder_note": "EX-1/EX-3: melanoma in situ -> malignant excision; excised diameter 0.8 + 2 x 0.5 = 1.8 cm -> 11602 "
                  "(the 3.6 cm ellipse length is not the size). Layered closure 5.4 cm trunk -> 12032.",
})

SCENARIOS.append({
    "id": "s38-excmal-scalp-scc-excision-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision of a right parietal scalp SCC, 1.4 cm with 0.4 cm margins (2.2 cm), layered closure "
                   "4.8 cm; Medicare FFS",
    "date": "2026-02-03",
    "patient": ("McAllister", "Ewan", "1944-10-08", "male"),
    "provider": DR, "payer": "medicare", "minutes": 80,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right parietal scalp", "C44.42", "Right parietal scalp", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "path": [
        {"text": "Skin, right parietal scalp, excision: invasive squamous cell carcinoma, well differentiated, "
                 "margins free (closest 3 mm). (Desert Sky Dermatopathology, accession DSD26-03318)",
         "site": "Right parietal scalp", "date": "2026-02-05"},
    ],
    "note_title": "Operative Report - Excision",
    "note": PRACTICE + """
OPERATIVE REPORT

PATIENT: McAllister, Ewan       DATE OF SERVICE: February 3, 2026
SURGEON: Ines Castellanos, M.D.

PREOPERATIVE DIAGNOSIS: Invasive squamous cell carcinoma, well differentiated, right parietal scalp. Shave biopsy
by Dr. Holbrook on January 12, 2026, Northern Arizona Dermatopathology, accession NAD-26-0874.
POSTOPERATIVE DIAGNOSIS: Same, pending permanent sections.
PROCEDURE: Excision with intermediate layered repair.

HISTORY: Mr. McAllister is an eighty-one-year-old retired surveyor. He had a basal cell carcinoma of the nose
treated by electrodesiccation and curettage in 2019 with no recurrence. Mohs surgery was discussed; he preferred a
standard excision with permanent sections.

DESCRIPTION: The patient was brought to the procedure suite and seated semi-upright. The hyperkeratotic nodule
measured one point four centimeters in greatest diameter. A four-millimeter margin was marked on all sides, for an
excised diameter of two point two centimeters. The hair was trimmed and the area was prepped with chlorhexidine.
Local anesthesia was one percent lidocaine with epinephrine, twelve milliliters. The lesion was excised as a
fusiform ellipse down to the galea and the specimen was sent to Desert Sky Dermatopathology.

The wound edges were undermined in the subgaleal plane. The galea and subcutaneous tissue were approximated with
buried 3-0 polyglactin sutures, and the skin was closed with staples. The final length of the layered closure was
four point eight centimeters.

Estimated blood loss ten milliliters. No complications. Staples out in ten days.
""" + _tx("02/03/2026 10:50", "02/03/2026 15:12", "260203-0055", "02/04/2026 09:30", "jpa"),
    "expected": E([L("11623"), L("12032")], dx={"11623": ["C44.42"]}),
    "coder_note": "EX-1: 1.4 + 2 x 0.4 = 2.2 cm on the scalp (SNHFG) -> 11623. Scalp layered closure 4.8 cm is in the "
                  "12031-12037 group -> 12032. The 2019 ED&C history is not coded as active disease.",
})

SCENARIOS.append({
    "id": "s38-excmal-shin-uncertain-papule-path-bcc",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Excision of a clinically uncertain left shin papule (0.6 cm + 0.2 cm margins = 1.0 cm), simple "
                   "closure; pathology BCC; Medicare Advantage",
    "date": "2026-02-10",
    "patient": ("Thistlewood", "Marjorie", "1955-02-02", "female"),
    "provider": DR, "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma, left shin", "C44.719", "Left anterior shin", reason=True),
    ],
    "procedures": [
        P("Excision of skin lesion with 2 mm margins", site="Left anterior shin",
          note="Pink pearly papule 0.6 cm; clinical differential BCC vs irritated SK vs amelanotic lesion. Excised "
               "diameter 1.0 cm. Closed with simple interrupted sutures.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left anterior shin, excision: basal cell carcinoma, nodular type, completely excised. "
                 "(Desert Sky Dermatopathology, accession DSD26-04102)", "site": "Left anterior shin",
         "date": "2026-02-12"},
    ],
    "note_title": "Procedure Note - Excision",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Thistlewood, Marjorie      DATE OF SERVICE: 02/10/2026
PHYSICIAN: Ines Castellanos, M.D.

Mrs. Thistlewood was referred by her internist for a pink bump on the left shin that has been present for about
five months and bled twice after shaving. It has not been biopsied. On examination there is a six-millimeter pink,
pearly papule with a few telangiectases on the left anterior shin. The differential diagnosis includes basal cell
carcinoma, an irritated seborrheic keratosis, and an amelanotic melanocytic lesion. Given the uncertainty, I
recommended complete excision rather than a partial biopsy, and she agreed.

PROCEDURE: The lesion was marked with a two-millimeter margin for an excised diameter of one point zero
centimeters. After local anesthesia, an ellipse was excised into the subcutaneous fat and sent for permanent
sections. The wound was closed in a single layer with simple interrupted 4-0 nylon sutures. Pressure dressing
applied.

The patient was advised to keep the leg elevated this evening. Sutures out in fourteen days.

ADDENDUM 02/12/2026: Pathology (Desert Sky Dermatopathology, accession DSD26-04102): nodular basal cell carcinoma,
completely excised. Patient informed by telephone. No further treatment needed; annual skin checks.
""" + _tx("02/10/2026 15:40", "02/11/2026 08:05", "260210-0121", "02/12/2026 16:02"),
    "expected": E([L("11601")], dx={"11601": ["C44.719"]}),
    "coder_note": "EX-3: final pathology malignant -> malignant excision code; 0.6 + 2 x 0.2 = 1.0 cm on the leg -> "
                  "11601. Simple closure included.",
})

SCENARIOS.append({
    "id": "s38-excben-inflamed-cyst-upper-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Excision of a painful inflamed epidermoid cyst of the upper back, 2.5 cm + 0.1 cm margins "
                   "(2.7 cm), layered closure 3.8 cm; Medicare FFS",
    "date": "2026-02-17",
    "patient": ("Quintanilla", "Rogelio", "1957-08-30", "male"),
    "provider": DR, "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Epidermal cyst, inflamed, upper back", "L72.0", "Upper mid back", reason=True),
    ],
    "path": [
        {"text": "Skin and subcutis, upper back, excision: ruptured epidermal inclusion cyst with foreign-body giant "
                 "cell reaction. No malignancy. (Sonoran Dermatopathology Associates, accession SDA-26-017240)",
         "site": "Upper mid back", "date": "2026-02-19"},
    ],
    "note_title": "Operative Report - Cyst Excision",
    "note": PRACTICE + """
OPERATIVE REPORT

PATIENT: Quintanilla, Rogelio     DATE OF SERVICE: 02/17/2026
SURGEON: Ines Castellanos, M.D.

INDICATIONS: This sixty-eight-year-old man has a cyst on the upper back that has become red, swollen and painful
three times in the past year, most recently two weeks ago. It was incised and drained at an urgent care clinic in
December. It now prevents him from lying on his back at night. The cyst is tender and mildly erythematous today
but not fluctuant, and there is no purulent drainage.

PROCEDURE: The patient was brought to the procedure suite and placed prone. The cyst measured two point five
centimeters in greatest diameter. An ellipse was marked with a one-millimeter margin around the cyst and punctum,
for an excised diameter of two point seven centimeters. Local anesthesia was obtained with one percent lidocaine
with epinephrine. The cyst was excised intact along with surrounding scar tissue and sent for pathology.

The dead space was closed with buried 3-0 polyglactin in two layers and the skin with interrupted 4-0 nylon. The
layered repair measured three point eight centimeters in length.

No complications. Sutures out in twelve days. No antibiotics were prescribed.
""" + _tx("02/17/2026 14:25", "02/18/2026 09:10", "260217-0149", "02/18/2026 12:40", "dkw"),
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "Benign (pathology cyst); inflamed, painful, recurrent -> covered (BSL-3). 2.5 + 2 x 0.1 = 2.7 cm on "
                  "the trunk -> 11403; layered closure 3.8 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s38-excben-calf-severe-atypia-reexcision-precoded-malignant",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Re-excision of a severely atypical nevus of the left calf (0.9 cm scar + 0.3 cm margins = 1.5 cm) "
                   "pre-coded as malignant excision plus simple repair; commercial (Aetna)",
    "date": "2026-02-24",
    "patient": ("Birchfield", "Tamsin", "1988-03-07", "female"),
    "provider": DR, "payer": "commercial-aetna", "minutes": 45,
    "conditions": [
        C("c1", "Dysplastic nevus with severe atypia, left calf", "D48.5", "Left posterior calf", reason=True),
    ],
    "procedures": [
        P("Excision, malignant lesion, leg, 1.1-2.0 cm", "11602", "Left posterior calf", reasons=["c1"]),
        P("Simple repair, 2.5 cm or less", "12001", "Left posterior calf", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left posterior calf, re-excision: scar with residual compound dysplastic nevus with severe "
                 "atypia; margins free. No melanoma identified. (Pima Dermatopathology Laboratory, accession "
                 "PDL-26-02517)", "site": "Left posterior calf", "date": "2026-02-26"},
    ],
    "note_title": "Procedure Note - Re-excision",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Birchfield, Tamsin      DATE OF SERVICE: 02/24/2026
PHYSICIAN: Ines Castellanos, M.D.
REFERRING: Marisol Varga, M.D.

INDICATION: Dr. Varga performed a shave biopsy of an irregular brown papule on the left posterior calf on February
2, 2026. Pima Dermatopathology Laboratory, accession PDL-26-01408, reported "compound dysplastic nevus with severe
cytologic and architectural atypia, extending to the peripheral margins." Re-excision with a narrow margin was
recommended. There is no personal history of melanoma. A family history of melanoma in her grandfather was noted;
this does not change today's management.

PROCEDURE: The biopsy scar with a faint rim of residual pigment measured zero point nine centimeters. A
three-millimeter margin was marked, for an excised diameter of one point five centimeters. After local anesthesia,
a fusiform ellipse was excised to the superficial fat and submitted for permanent sections. The wound was closed in
one layer with simple interrupted 4-0 nylon sutures; no layered closure was required.

Sutures out in fourteen days. We will call with the pathology result.
""" + _tx("02/24/2026 09:55", "02/24/2026 13:40", "260224-0016", "02/25/2026 08:05"),
    "expected": E([L("11402")], ["coding-correction", "ncci"], dx={"11402": ["D48.5"]}),
    "coder_note": "EX-3: severe atypia, no melanoma on final pathology -> benign excision code; 0.9 + 2 x 0.3 = 1.5 cm "
                  "on the leg -> 11402. EX-5: simple repair included (11402/12001 indicator 1, same wound) -> 12001 "
                  "removed.",
})

SCENARIOS.append({
    "id": "s38-biopsy-punch-and-two-tangential-three-sites",
    "family": "biopsy", "shape": "free-text",
    "description": "One punch biopsy (left upper back pigmented lesion) and two tangential biopsies (right forearm, "
                   "left shin); Medicare Advantage PPO",
    "date": "2026-03-03",
    "patient": ("Ferreira", "Augustin", "1950-05-25", "male"),
    "provider": DR, "payer": "medicare-advantage-ppo", "minutes": 35,
    "conditions": [
        C("c1", "Melanocytic nevus, left upper back", "D22.5", "Left upper back", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right forearm", "D04.61", "Right dorsal forearm", reason=True),
        C("c3", "Inflamed seborrheic keratosis, left shin", "L82.0", "Left shin", reason=True),
    ],
    "procedures": [
        P("Punch biopsy, 4 mm", site="Left upper back", note="Irregular 7 mm brown macule, recent darkening.",
          reasons=["c1"]),
        P("Shave biopsy", site="Right dorsal forearm", note="Scaly pink papule 8 mm.", reasons=["c2"]),
        P("Shave biopsy", site="Left shin", note="Crusted, itchy keratotic papule 6 mm.", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Skin, left upper back, punch: compound melanocytic nevus with mild architectural disorder. "
                 "B. Skin, right dorsal forearm, shave: squamous cell carcinoma in situ. C. Skin, left shin, shave: "
                 "inflamed seborrheic keratosis. (Sonoran Dermatopathology Associates, accession SDA-26-025560)",
         "date": "2026-03-05"},
    ],
    "note_title": "Procedure Note - Biopsies",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Ferreira, Augustin      DATE OF SERVICE: March 3, 2026
PHYSICIAN: Ines Castellanos, M.D.

Mr. Ferreira was referred by his primary care physician for three lesions of concern. He has no prior skin
cancers.

1. Left upper back: a seven-millimeter irregularly pigmented brown macule that his wife says has darkened over the
   past three months. After local anesthesia, a four-millimeter punch biopsy was performed through the darkest area
   and the site was closed with one 4-0 nylon suture.
2. Right dorsal forearm: an eight-millimeter scaly pink papule. A tangential biopsy was obtained with a flexible
   blade; hemostasis with aluminum chloride.
3. Left shin: a six-millimeter crusted, itchy keratotic papule. A tangential biopsy was obtained in the same way.

All three specimens were labeled A, B and C and sent to Sonoran Dermatopathology Associates. A fourth lesion, a
stuck-on tan papule on the right flank, was typical of a seborrheic keratosis and was left alone.

Wound care reviewed. Suture removal from the back in ten days, at which time we will discuss the results.
""" + _tx("03/03/2026 11:15", "03/03/2026 15:30", "260303-0083", "03/04/2026 08:45", "jpa"),
    "expected": E([L("11104"), L("11103", 2)]),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary; each tangential biopsy -> 11103 (x2). The "
                  "untreated flank SK is not coded.",
})

SCENARIOS.append({
    "id": "s38-biopsy-mohs-day-frozen-negative-no-mohs",
    "family": "biopsy", "shape": "free-text",
    "description": "Mohs day for a never-biopsied nasal tip papule: tangential biopsy with frozen section shows "
                   "sebaceous hyperplasia, Mohs not performed; Medicare FFS",
    "date": "2026-03-10",
    "patient": ("Ashworth", "Leland", "1942-09-14", "male"),
    "provider": DR, "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Sebaceous hyperplasia, nasal tip", "L73.8", "Nasal tip", reason=True),
    ],
    "procedures": [
        P("Shave biopsy for frozen section", site="Nasal tip",
          note="Referred as probable BCC; never biopsied. Tangential biopsy processed as frozen section in our "
               "laboratory and read by Dr. Castellanos: sebaceous hyperplasia, no carcinoma.", reasons=["c1"]),
        P("Intraoperative frozen section, first block", site="Nasal tip",
          note="One frozen block, H&E.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Ashworth, Leland      DATE OF SERVICE: 03/10/2026
PHYSICIAN: Ines Castellanos, M.D.

Mr. Ashworth was referred by his family physician in Payson with a "probable basal cell carcinoma" on the nasal
tip. No biopsy had been performed. Because he lives two hours away, we scheduled him on a Mohs surgery day with the
plan to perform a diagnostic biopsy with frozen-section examination and to proceed with Mohs surgery only if a
carcinoma was confirmed.

EXAMINATION: A five-millimeter yellowish umbilicated papule on the nasal tip, with a few surrounding vessels.

PROCEDURE: After informed consent and local anesthesia, a tangential biopsy of the papule was obtained. The
specimen was processed as a frozen section in our laboratory, and I examined it: sebaceous hyperplasia with no
evidence of basal cell carcinoma or other malignancy.

Because no carcinoma was present, Mohs surgery was not performed. The biopsy site was treated with aluminum
chloride and covered with petrolatum. The patient was relieved. He was told that additional similar papules on
the forehead are the same benign condition and need no treatment.
""" + _tx("03/10/2026 10:20", "03/10/2026 14:05", "260310-0031", "03/10/2026 17:50"),
    "expected": E([L("11102"), L("88331")], dx={"11102": ["L73.8"]}),
    "coder_note": "Mohs was not performed, so there is no 17311/11102 or 17311/88331 pair and no 59 is needed: 11102 "
                  "and 88331 (frozen section read by the surgeon) are reported plainly.",
})

SCENARIOS.append({
    "id": "s38-biopsy-deleted-11100-incisional-plus-punch",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Incisional wedge biopsy of a left thigh indurated plaque plus punch biopsy of a right thigh "
                   "papule, pre-coded with deleted 11100/11101; Medicare Advantage",
    "date": "2026-03-17",
    "patient": ("Kittredge", "Noreen", "1958-12-12", "female"),
    "provider": DR, "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Morphea, left thigh", "L94.0", "Left lateral thigh", reason=True),
        C("c2", "Carcinoma in situ of skin, right thigh", "D04.71", "Right anterior thigh", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", "11100", "Left lateral thigh", reasons=["c1"]),
        P("Biopsy of skin, each separate additional lesion", "11101", "Right anterior thigh", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin, left lateral thigh, incisional biopsy: sclerosing dermatitis consistent with morphea; no "
                 "carcinoma. B. Skin, right anterior thigh, punch: squamous cell carcinoma in situ. (Desert Sky "
                 "Dermatopathology, accession DSD26-08844)", "date": "2026-03-19"},
    ],
    "note_title": "Procedure Note - Biopsies",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Kittredge, Noreen       DATE OF SERVICE: 03/17/2026
PHYSICIAN: Ines Castellanos, M.D.

Ms. Kittredge was referred for a firm, shiny, ivory-colored plaque on the left lateral thigh, about four centimeters
across, that her referring clinician worried might be a morpheaform basal cell carcinoma. The clinical differential
also includes morphea. She also has a scaly red papule on the right anterior thigh.

PROCEDURE 1, LEFT LATERAL THIGH: Because a deep, full-thickness sample including subcutaneous fat was needed, an
incisional wedge biopsy was performed with a number fifteen blade across the active border, one point two
centimeters long, into the subcutaneous fat. Closed with 4-0 nylon.

PROCEDURE 2, RIGHT ANTERIOR THIGH: A four-millimeter punch biopsy of the scaly papule was performed and closed with
one 4-0 nylon suture.

Both specimens were sent to Desert Sky Dermatopathology. Sutures out in ten to fourteen days.
""" + _tx("03/17/2026 14:45", "03/18/2026 08:15", "260317-0137", "03/18/2026 11:20", "dkw"),
    "expected": E([L("11106"), L("11105")], ["invalid-code"]),
    "coder_note": "11100/11101 were deleted in 2019. BX-2: incisional is the primary (11106) and the punch takes its "
                  "own add-on 11105.",
})

SCENARIOS.append({
    "id": "s38-destruction-two-trunk-sbcc-edc-new-patient-em-removed",
    "family": "destruction", "shape": "note-only",
    "description": "New patient referred for two biopsy-proven superficial BCCs of the trunk, both treated by ED&C "
                   "the same day (final defects 1.0 and 1.3 cm); 99203 selected with only the treatment decision; "
                   "Medicare FFS",
    "date": "2026-03-24",
    "patient": ("Rinaldi", "Cosimo", "1946-04-04", "male"),
    "provider": DR, "payer": "medicare", "minutes": 40, "em": "99203",
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right upper back", "C44.519", "Right upper back", reason=True),
        C("c2", "Superficial basal cell carcinoma, left flank", "C44.519", "Left flank", reason=True),
    ],
    "note_title": "New Patient Visit and Procedure",
    "note": PRACTICE + """
NEW PATIENT VISIT AND PROCEDURE NOTE

PATIENT: Rinaldi, Cosimo        DATE OF SERVICE: March 24, 2026
PHYSICIAN: Ines Castellanos, M.D.
REFERRING: Gregory Amundsen, M.D.

Mr. Rinaldi was referred for treatment of two superficial basal cell carcinomas diagnosed by Dr. Amundsen. The
biopsies were performed on March 3, 2026, and read by Desert Sky Dermatopathology: right upper back, accession
DSD26-07012, "basal cell carcinoma, superficial type"; left flank, accession DSD26-07013, "basal cell carcinoma,
superficial type." He has no other skin complaints today and no other problems were addressed.

EXAMINATION: Right upper back, a six-millimeter pink scaly patch at the biopsy site. Left flank, a
nine-millimeter pink patch with a thready border.

Treatment options, including electrodesiccation and curettage, excision, topical imiquimod and Mohs surgery, were
reviewed. Mohs surgery is not indicated for these small superficial tumors of the trunk. He chose
electrodesiccation and curettage today.

PROCEDURE: After consent and local anesthesia with one percent lidocaine with epinephrine, each lesion was
curetted and electrodesiccated for three cycles.
  Right upper back: final defect after curettage one point zero centimeters in diameter.
  Left flank: final defect after curettage one point three centimeters in diameter.
Petrolatum and bandages were applied. Wound care handout given. Follow-up in three months for a skin examination.
""" + _tx("03/24/2026 13:05", "03/24/2026 17:40", "260324-0118", "03/25/2026 09:15"),
    "expected": E([L("17261"), L("17262")], dx={"17261": ["C44.519"], "17262": ["C44.519"]}),
    "coder_note": "DS-4: sized by final curettage defect: 1.0 cm -> 17261, 1.3 cm -> 17262 (trunk). GS-3 / README: the "
                  "new-patient E/M was only the decision for these 010 procedures -> E/M line removed.",
})

SCENARIOS.append({
    "id": "s38-destruction-fifteen-aks-precoded-17000-17003",
    "family": "destruction", "shape": "pre-coded",
    "description": "Cryotherapy of fifteen actinic keratoses (scalp seven, face five, hands three), pre-coded "
                   "17000 + 17003 x14; Medicare FFS",
    "date": "2026-03-31",
    "patient": ("Haverford", "Clement", "1938-08-16", "male"),
    "provider": DR, "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp, face and dorsal hands", "L57.0", "Scalp, face, dorsal hands",
          reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first lesion", "17000", "Scalp", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional (x14)", "17003", "Scalp, face, dorsal hands",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note - Cryotherapy",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Haverford, Clement       DATE OF SERVICE: 03/31/2026
PHYSICIAN: Ines Castellanos, M.D.

Mr. Haverford is an eighty-seven-year-old man seen three months after Mohs surgery of the right temple. He asks for
treatment of rough, tender spots on the scalp, face and hands.

EXAMINATION: Gritty erythematous scaly papules consistent with actinic keratoses: seven on the bald scalp, five on
the face (forehead three, left cheek one, nasal bridge one), and three on the dorsal hands. One thicker keratotic
papule on the left dorsal hand is more suspicious for squamous cell carcinoma; it was not treated today, and a
biopsy will be done at his next visit if it persists.

PROCEDURE: After verbal consent, liquid nitrogen cryotherapy was applied with a spray device, two freeze-thaw
cycles of about ten seconds each, to a total of fifteen actinic keratoses (seven plus five plus three). Expected
blistering and crusting were explained.

PLAN: Return in three months for a skin check.
""" + _tx("03/31/2026 09:40", "03/31/2026 12:55", "260331-0008", "03/31/2026 16:10", "jpa"),
    "expected": E([L("17004")], ["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: fifteen AKs -> 17004 x1 instead of 17000 + 17003 x14 (17004/17000 and 17004/17003 are "
                  "indicator 0). The untreated suspicious hand lesion is not coded.",
})


# =====================================================================================================================
# Batch 4: destruction with AKs, cosmetic requests, incision and drainage, intralesional, nails, paring
# =====================================================================================================================

SCENARIOS.append({
    "id": "s38-destruction-neck-sbcc-edc-plus-three-forehead-aks",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of a biopsy-proven superficial BCC of the right posterior neck (final defect 1.6 cm) plus "
                   "cryotherapy of three forehead AKs; Medicare Advantage",
    "date": "2026-04-14",
    "patient": ("Whitehorse", "Delbert", "1945-06-27", "male"),
    "provider": DR, "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right posterior neck", "C44.41", "Right posterior neck",
          reason=True),
        C("c2", "Actinic keratoses, forehead", "L57.0", "Forehead", reason=True),
    ],
    "procedures": [
        P("Electrodesiccation and curettage, superficial BCC", site="Right posterior neck",
          note="Lesion 1.2 cm; final defect after three cycles 1.6 cm.", reasons=["c1"]),
        P("Cryotherapy, actinic keratoses x3", site="Forehead",
          note="Three AKs, liquid nitrogen, two freeze-thaw cycles.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Whitehorse, Delbert      DATE OF SERVICE: April 14, 2026
PHYSICIAN: Ines Castellanos, M.D.

DIAGNOSIS 1: Superficial basal cell carcinoma, right posterior neck. Shave biopsy March 20, 2026, by Dr. Holbrook;
Northern Arizona Dermatopathology, accession NAD-26-4017: "superficial basal cell carcinoma, margins involved."
DIAGNOSIS 2: Actinic keratoses of the forehead.

The patient, a retired highway worker, prefers a quick office treatment of the neck tumor rather than Mohs surgery
or excision, and this superficial tumor on the neck is suitable for curettage.

PROCEDURE 1: The pink patch at the biopsy site on the right posterior neck measured one point two centimeters.
After local anesthesia, the lesion was curetted and electrodesiccated for three cycles. The final defect after
curettage measured one point six centimeters in diameter.

PROCEDURE 2: Three gritty scaly papules on the forehead, separate from the neck tumor, were treated with liquid
nitrogen, two freeze-thaw cycles each.

Wound care instructions given. Return in three months.
""" + _tx("04/14/2026 10:30", "04/14/2026 14:45", "260414-0026", "04/15/2026 08:20"),
    "expected": E([L("17272"), L("17000", 1, "XS"), L("17003", 2)],
                  dx={"17272": ["C44.41"], "17000": ["L57.0"]}),
    "coder_note": "DS-4: neck (SNHFG), final defect 1.6 cm -> 17272. DS-1: three AKs -> 17000 + 17003 x2. 17272/17000 "
                  "is indicator 1 and these are different lesions -> XS on 17000.",
})

SCENARIOS.append({
    "id": "s38-cosmetic-facial-sks-medicare-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Shave removal of two asymptomatic facial seborrheic keratoses (0.4 and 0.6 cm) for appearance, "
                   "voluntary ABN signed; Medicare FFS",
    "date": "2026-04-21",
    "patient": ("Pemberton", "Lavinia", "1948-02-08", "female"),
    "provider": DR, "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratoses, face, asymptomatic", "L82.1", "Left cheek, right temple", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Pemberton, Lavinia      DATE OF SERVICE: 04/21/2026
PHYSICIAN: Ines Castellanos, M.D.

Mrs. Pemberton, whose Mohs surgery on the nose last year healed well, asked today to have two "brown spots" on her
face removed because she dislikes how they look in photographs. They do not itch, bleed, hurt or catch on
anything, and they have not changed. She has no concern that they are cancerous.

EXAMINATION: Left cheek, a four-millimeter stuck-on tan verrucous papule. Right temple, a six-millimeter similar
papule. Both are typical seborrheic keratoses; there is no inflammation or irritation.

I explained that removal for appearance is cosmetic and is not a Medicare benefit. She read and signed our
voluntary notice acknowledging that Medicare will not pay and that she will pay for the removals herself.

PROCEDURE: After local anesthesia, each lesion was removed by shave technique at the level of the superficial
dermis, and hemostasis was obtained with aluminum chloride. The specimens were discarded at her request after
clinical confirmation.

Petrolatum daily until healed.
""" + _tx("04/21/2026 11:10", "04/21/2026 15:20", "260421-0071", "04/22/2026 08:35", "dkw"),
    "expected": E([L("11310", 1, "GY", "GX"), L("11311", 1, "GY", "GX")], dx={"11310": ["L82.1"]}),
    "coder_note": "COS-4 / README: cosmetic removal on Medicare FFS -> GY, plus GX because a voluntary notice was "
                  "signed. Face shaves by diameter: 0.4 cm -> 11310, 0.6 cm -> 11311.",
})

SCENARIOS.append({
    "id": "s38-cosmetic-commercial-bleeding-sk-plus-facial-vanity-sks",
    "family": "cosmetic", "shape": "free-text",
    "description": "Commercial patient: covered shave removal of a bleeding, irritated SK at the waistband (1.2 cm) "
                   "plus cosmetic shave removal of two facial SKs; commercial (Aetna)",
    "date": "2026-04-28",
    "patient": ("Drummond", "Harriet", "1964-10-17", "female"),
    "provider": DR, "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right flank at waistband", "L82.0", "Right flank", reason=True),
        C("c2", "Seborrheic keratoses, face, cosmetic removal requested", "L82.1", "Forehead", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right flank at waistband",
          note="1.2 cm irritated SK, bleeds when caught on waistband; crusted and inflamed.", reasons=["c1"]),
        P("Shave removal x2 (cosmetic, patient request)", site="Forehead",
          note="Two 0.5 cm asymptomatic SKs removed for appearance; patient aware not covered.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Drummond, Harriet       DATE OF SERVICE: April 28, 2026
PHYSICIAN: Ines Castellanos, M.D.

Ms. Drummond has a lesion on the right flank at the waistband that catches on her clothing and has bled several
times in the last month. On examination it is a one point two centimeter verrucous seborrheic keratosis with
erythema, crusting and a small area of fresh bleeding. Removal is medically indicated.

She also asked that two small brown spots on the forehead be removed while she is here. These are five-millimeter
seborrheic keratoses that have no symptoms and no change; she simply dislikes their appearance. I told her that
their removal is cosmetic and will not be submitted to her insurance, and she agreed to pay our cosmetic fee.

PROCEDURE: After local anesthesia, the flank lesion was removed by shave technique and sent for pathology;
hemostasis with aluminum chloride. The two forehead lesions were then shaved in the same manner and discarded.

Petrolatum and bandages. Pathology to follow on the flank lesion.
""" + _tx("04/28/2026 14:00", "04/28/2026 17:35", "260428-0109", "04/29/2026 09:00"),
    "expected": E([L("11302")], ["cosmetic"], dx={"11302": ["L82.0"]}),
    "coder_note": "Bleeding, inflamed SK on the trunk, 1.2 cm -> 11302 (covered). The facial SK removals are cosmetic "
                  "for a commercial payer -> not put on the claim, cosmetic finding (conventions).",
})

SCENARIOS.append({
    "id": "s38-id-back-abscess-plus-new-mohs-consult-em25",
    "family": "incision-drainage", "shape": "free-text",
    "description": "New patient seen for a Mohs consultation of a left temple BCC (surgery scheduled later) who also "
                   "had a fluctuant back abscess drained; 99204 selected; Medicare FFS",
    "date": "2026-05-05",
    "patient": ("Stroud", "Wendell", "1951-03-23", "male"),
    "provider": DR, "payer": "medicare", "minutes": 55, "em": "99204",
    "conditions": [
        C("c1", "Basal cell carcinoma, left temple", "C44.319", "Left temple", reason=True),
        C("c2", "Cutaneous abscess of back", "L02.212", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", site="Left upper back",
          note="3 cm fluctuant tender abscess arising in a cyst; incised, purulent material expressed, loculations "
               "broken, packed with iodoform gauze. Single abscess.", reasons=["c2"]),
    ],
    "note_title": "Consultation and Procedure",
    "note": PRACTICE + """
CONSULTATION AND PROCEDURE NOTE

PATIENT: Stroud, Wendell       DATE OF SERVICE: 05/05/2026       NEW PATIENT
PHYSICIAN: Ines Castellanos, M.D.
REFERRING: Priya Oyelaran, M.D.

REASON FOR VISIT: Mohs surgery consultation for a basal cell carcinoma of the left temple.

HISTORY: Dr. Oyelaran biopsied a lesion on the left temple on April 9, 2026 (Sonoran Dermatopathology Associates,
accession SDA-26-036002: "basal cell carcinoma, infiltrative and nodular, deep margin involved"). Mr. Stroud also
mentions a painful swelling on his upper back that began five days ago in a "lump" that has been there for years;
it is now throbbing and red. No fever or chills. He takes lisinopril and atorvastatin.

EXAMINATION: Left temple: one point three centimeter ill-defined pearly plaque at the biopsy site; no
lymphadenopathy. Left upper back: a three-centimeter fluctuant, tender, erythematous nodule with a central punctum.

ASSESSMENT AND PLAN:
1. Infiltrative basal cell carcinoma of the left temple. Mohs surgery is indicated for this aggressive subtype in a
   high-risk facial location. The procedure, expected defect, reconstruction options, and risks were reviewed at
   length and questions answered. Mohs surgery is scheduled for May 27, 2026.
2. Abscess of the upper back arising in an inflamed cyst. Incision and drainage performed today (see below).
   Culture not sent. Cyst excision can be considered once the inflammation resolves.

PROCEDURE: After consent and local anesthesia, a one-centimeter incision was made over the point of maximal
fluctuance. Purulent material was expressed, loculations were broken with a hemostat, and the cavity was packed
with iodoform gauze. Dressing applied. Packing removal in two days by his wife; instructions reviewed.
""" + _tx("05/05/2026 15:25", "05/06/2026 08:30", "260505-0136", "05/06/2026 12:15", "jpa"),
    "expected": E([L("99204", 1, "25"), L("10060")], dx={"99204": ["C44.319"], "10060": ["L02.212"]}),
    "coder_note": "GS-3: the Mohs consultation for a different problem is significant, separately identifiable work "
                  "-> 99204-25; single simple abscess I&D -> 10060. Mohs is three weeks away (000), so no 57.",
})

SCENARIOS.append({
    "id": "s38-id-axilla-and-groin-abscesses-precoded-two-simple",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "I&D of two separate abscesses (left axilla, right groin) pre-coded as 10060 twice; commercial "
                   "(UHC)",
    "date": "2026-05-12",
    "patient": ("Nwachukwu", "Damian", "1990-09-09", "male"),
    "provider": DR, "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
        C("c2", "Cutaneous abscess of groin", "L02.214", "Right groin", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, simple or single", "10060", "Left axilla", reasons=["c1"]),
        P("Incision and drainage of abscess, simple or single", "10060", "Right groin", reasons=["c2"]),
    ],
    "note_title": "Procedure Note - Incision and Drainage",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Nwachukwu, Damian       DATE OF SERVICE: 05/12/2026
PHYSICIAN: Ines Castellanos, M.D.

Mr. Nwachukwu, a thirty-five-year-old man seen in our general clinic, presents with two painful swellings for four
days, one in the left axilla and one in the right groin. He has no history of hidradenitis suppurativa and no
similar prior episodes. No fever.

EXAMINATION: Left axilla, a two point five centimeter fluctuant, tender, erythematous nodule. Right groin, a two
centimeter fluctuant nodule with surrounding erythema. No sinus tracts or scarring.

PROCEDURE: After consent, each abscess was anesthetized with one percent lidocaine, incised, and drained of
purulent material. Loculations were broken up, and each cavity was irrigated with saline and loosely packed with
plain gauze. Wound culture from the axillary abscess was sent.

PLAN: Doxycycline 100 milligrams twice daily for seven days. Warm compresses. Packing out in forty-eight hours.
Return sooner for fever or spreading redness.
""" + _tx("05/12/2026 16:10", "05/13/2026 08:50", "260512-0151", "05/13/2026 10:05", "dkw"),
    "expected": E([L("10061")], ["coding-correction"], dx={"10061": ["L02.412"]}),
    "coder_note": "Two abscesses drained at one session = multiple -> 10061 x1 instead of 10060 twice.",
})

SCENARIOS.append({
    "id": "s38-intralesional-three-chest-scars-triamcinolone-18mg",
    "family": "intralesional", "shape": "note-only",
    "description": "Intralesional triamcinolone (10 mg/mL, 1.8 mL = 18 mg) into three hypertrophic scars of the "
                   "chest nine months after surgery; Medicare FFS",
    "date": "2026-05-19",
    "patient": ("Underhill", "Silas", "1956-12-03", "male"),
    "provider": DR, "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Hypertrophic scars, central chest", "L91.0", "Central chest", reason=True),
    ],
    "note_title": "Procedure Note - Intralesional Injection",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Underhill, Silas      DATE OF SERVICE: May 19, 2026
PHYSICIAN: Ines Castellanos, M.D.

Mr. Underhill had excisions of two basal cell carcinomas on the central chest in August 2025, and one earlier
biopsy site nearby. All three scars have become thick, raised, itchy and tender, and they rub against his seatbelt.
Silicone sheeting for three months did not help.

EXAMINATION: Three firm, raised, pink hypertrophic scars on the central chest, measuring three point five, two
point eight and one point one centimeters in length. No evidence of recurrent carcinoma.

PROCEDURE: After consent, triamcinolone acetonide ten milligrams per milliliter was injected intralesionally with a
thirty-gauge needle: zero point six milliliters into the first scar, zero point seven milliliters into the second,
and zero point five milliliters into the third, for a total of one point eight milliliters, or eighteen
milligrams. The patient tolerated this well.

PLAN: Repeat injections in six weeks if needed. Continue silicone gel. If the scars do not respond, a higher
concentration may be used next time.
""" + _tx("05/19/2026 09:50", "05/19/2026 13:15", "260519-0014", "05/19/2026 16:40"),
    "expected": E([L("11900"), L("J3301", 2)], dx={"11900": ["L91.0"]}),
    "coder_note": "Three lesions -> 11900 (up to seven). Triamcinolone 18 mg -> J3301 x2 (per 10 mg, rounded up). "
                  "The August 2025 excisions are far outside any global period.",
})

SCENARIOS.append({
    "id": "s38-intralesional-akn-ten-papules-precoded-11900",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Intralesional triamcinolone into ten acne keloidalis nuchae papules (2.5 mL of 10 mg/mL = 25 mg), "
                   "pre-coded 11900; commercial",
    "date": "2026-05-26",
    "patient": ("Okafor-Reyes", "Jerome", "1985-01-22", "male"),
    "provider": DR, "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Acne keloidalis nuchae", "L73.0", "Occipital scalp and posterior neck", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", "11900", "Occipital scalp", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Okafor-Reyes, Jerome      DATE OF SERVICE: 05/26/2026
PHYSICIAN: Ines Castellanos, M.D.

This forty-one-year-old man, seen in our general clinic, has acne keloidalis nuchae with firm, painful papules on the
occipital scalp and posterior hairline that bleed when he gets a haircut. Topical clindamycin and clobetasol have
given partial relief.

EXAMINATION: Ten firm, skin-colored to pink keloidal papules, three to six millimeters each, on the occipital
scalp and nape. No pustules or abscesses today.

PROCEDURE: After verbal consent, triamcinolone acetonide, ten milligrams per milliliter, was injected into each of
the ten papules, for a total volume of two point five milliliters (twenty-five milligrams).

PLAN: Continue topical therapy. Avoid close shaving of the nape. Return in four to six weeks for repeat injections.
""" + _tx("05/26/2026 14:30", "05/26/2026 18:05", "260526-0097", "05/27/2026 08:25", "jpa"),
    "expected": E([L("11901"), L("J3301", 3)], ["coding-correction"], dx={"11901": ["L73.0"]}),
    "coder_note": "Ten lesions is more than seven -> 11901, not 11900. Triamcinolone 25 mg -> J3301 x3.",
})

SCENARIOS.append({
    "id": "s38-nails-right-great-and-second-toenail-avulsion",
    "family": "nails", "shape": "note-only",
    "description": "Avulsion of the right great and right second toenail plates to inspect the nail beds for a "
                   "suspected subungual tumor; Medicaid",
    "date": "2026-06-02",
    "patient": ("Benally", "Rosita", "1971-07-30", "female"),
    "provider": DR, "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Onycholysis, right great and second toenails", "L60.1", "Right great toe, right second toe",
          reason=True),
    ],
    "note_title": "Procedure Note - Nail Avulsion",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Benally, Rosita        DATE OF SERVICE: June 2, 2026
PHYSICIAN: Ines Castellanos, M.D.

Ms. Benally was referred by her podiatrist to exclude a subungual tumor. For eight months, the right great toenail
and the right second toenail have been lifting from the nail bed, with pain in closed shoes and a persistent
yellow-brown discoloration under both plates. Fungal cultures at the podiatry office were negative twice.

EXAMINATION: Distal and lateral onycholysis of the right great toenail, involving two thirds of the plate, and of the
right second toenail, involving half of the plate, with subungual debris. No pigmented band, no Hutchinson sign, no
periungual mass.

PROCEDURE: A digital block was performed on the right great toe and right second toe with two percent plain
lidocaine. A tourniquet was applied. The nail plate of the right great toe was elevated with a freer elevator and
removed in full; the plate of the right second toe was then removed in the same manner. Both nail beds were
inspected: mild hyperkeratosis only, with no mass, ulceration or pigmented lesion. Because the beds looked normal,
no nail bed biopsy was taken. The plates were sent for fungal histology. Petrolatum and bulky dressings.

PLAN: Soak and dress daily. Return in two weeks. If the nail beds show any abnormality as they heal, a biopsy will be
considered then.
""" + _tx("06/02/2026 10:45", "06/02/2026 15:10", "260602-0033", "06/03/2026 09:20", "dkw"),
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")], dx={"11730": ["L60.1"]}),
    "coder_note": "Nail avulsion first nail 11730 (right great toe T5) and each additional nail 11732 (right second "
                  "toe T6). No biopsy was done (only considered for the future).",
})

SCENARIOS.append({
    "id": "s38-nails-left-great-toe-phenol-matrixectomy-precoded-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "Recurrent ingrown left great toenail: lateral partial avulsion with phenol matrixectomy, "
                   "pre-coded 11730 + 11750; commercial (Cigna)",
    "date": "2026-06-09",
    "patient": ("Lundquist", "Harper", "1996-11-14", "female"),
    "provider": DR, "payer": "commercial-cigna", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe, recurrent", "L60.0", "Left great toe, lateral border",
          reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate, partial, simple", "11730", "Left great toe", reasons=["c1"]),
        P("Excision of nail and nail matrix, partial, for permanent removal", "11750", "Left great toe",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Lundquist, Harper       DATE OF SERVICE: 06/09/2026
PHYSICIAN: Ines Castellanos, M.D.

This twenty-nine-year-old woman has had four episodes of painful ingrown nail on the lateral border of the left great
toe in the past year, two requiring antibiotics. She wants a permanent solution.

EXAMINATION: Left great toe: the lateral nail fold is swollen and tender with mild granulation tissue. No purulence
today. The right great toe is normal.

PROCEDURE: After consent, a digital block of the left great toe was performed with two percent plain lidocaine and a
tourniquet was applied. The lateral four millimeters of the nail plate were split longitudinally and removed back to
the proximal nail fold. The lateral horn of the nail matrix was then ablated with eighty-eight percent phenol, three
applications of thirty seconds each, and neutralized with alcohol. This is a permanent partial matrixectomy of the
lateral border of the left great toenail. Antibiotic ointment and a bulky dressing were applied.

PLAN: Soaks twice daily. Expect drainage for two to three weeks. Return in two weeks.
""" + _tx("06/09/2026 11:20", "06/09/2026 15:35", "260609-0052", "06/10/2026 08:10", "jpa"),
    "expected": E([L("11750", 1, "TA")], ["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "Permanent partial matrixectomy -> 11750 with TA (left great toe). The partial avulsion of the same "
                  "nail is part of it: 11750/11730 indicator 1, same nail -> 11730 removed.",
})

SCENARIOS.append({
    "id": "s38-paring-five-plantar-calluses-rule-out-verrucous",
    "family": "paring", "shape": "note-only",
    "description": "Referred to exclude verrucous carcinoma of the sole: paring of five plantar calluses, no biopsy "
                   "needed; commercial",
    "date": "2026-06-16",
    "patient": ("Abeyta", "Tobias", "1969-04-11", "male"),
    "provider": DR, "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Callosities, plantar feet", "L84", "Bilateral plantar feet", reason=True),
    ],
    "note_title": "Office Procedure Note",
    "note": PRACTICE + """
OFFICE PROCEDURE NOTE

PATIENT: Abeyta, Tobias       DATE OF SERVICE: 06/16/2026
PHYSICIAN: Ines Castellanos, M.D.

Mr. Abeyta was referred by his primary care clinician with a thick, painful plantar lesion under the left first
metatarsal head, to exclude verrucous carcinoma. He works long shifts standing on concrete. He is not diabetic.

EXAMINATION: Left foot: a one point five centimeter hyperkeratotic plaque under the first metatarsal head and a
smaller one under the fifth metatarsal head. Right foot: hyperkeratotic plaques under the first, second, and fifth
metatarsal heads. No ulceration, no sinus, no exophytic growth, no pigment.

PROCEDURE: Each of the five hyperkeratotic lesions was pared with a number fifteen blade. Paring revealed
translucent keratin with preserved skin lines and no pinpoint bleeding, no black dots, and no underlying mass.
These are calluses. No biopsy was necessary, and there is no suspicion of verrucous carcinoma after paring.

PLAN: Cushioned insoles, urea 40% cream to the soles nightly, and a referral to podiatry for orthotics. Return as
needed.
""" + _tx("06/16/2026 13:50", "06/16/2026 17:25", "260616-0110", "06/17/2026 08:40"),
    "expected": E([L("11057")], dx={"11057": ["L84"]}),
    "coder_note": "Paring of five benign hyperkeratotic lesions -> 11057 (more than four). No biopsy performed.",
})


# =====================================================================================================================
# Batch 5: general-clinic days - paring, patch testing, phototherapy, shave removal, skin tags
# =====================================================================================================================

SCENARIOS.append({
    "id": "s38-paring-three-toe-corns",
    "family": "paring", "shape": "free-text",
    "description": "Paring of three corns (both fifth toes and the left fourth web space); commercial (UHC)",
    "date": "2026-01-20",
    "patient": ("Marchetti-Wong", "Celia", "1961-05-05", "female"),
    "provider": DR, "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Corns, toes", "L84", "Bilateral fifth toes, left fourth web space", reason=True),
    ],
    "procedures": [
        P("Paring of corns", site="Right fifth toe, left fifth toe, left fourth web space",
          note="Three hyperkeratotic corns pared with a #15 blade; no bleeding.", reasons=["c1"]),
    ],
    "note_title": "Office Procedure Note",
    "note": PRACTICE + """
OFFICE PROCEDURE NOTE

PATIENT: Marchetti-Wong, Celia      DATE OF SERVICE: 01/20/2026
PHYSICIAN: Ines Castellanos, M.D.

Ms. Marchetti-Wong, a patient of ours after Mohs surgery of the chin in 2024, asks about painful bumps on her toes
that make walking in her work shoes difficult.

EXAMINATION: Right fifth toe, dorsolateral: a five-millimeter hard corn. Left fifth toe, dorsolateral: a similar
six-millimeter corn. Left fourth interdigital space: a soft corn, four millimeters. No ulceration, no signs of
infection. Pulses are palpable. The chin scar is well healed.

PROCEDURE: The three corns were pared down with a number fifteen blade until the central core was removed, without
bleeding. Nonmedicated toe sleeves and a foam spacer for the fourth web space were provided.

PLAN: Wider toe-box shoes. Return as needed; the corns are likely to recur if footwear is unchanged.
""" + _tx("01/20/2026 16:15", "01/21/2026 08:20", "260120-0144", "01/21/2026 09:55", "dkw"),
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring of three benign hyperkeratotic lesions -> 11056 (two to four), one unit.",
})

SCENARIOS.append({
    "id": "s38-patch-test-postop-dressing-dermatitis-36-allergens",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test application of 36 allergens (30 standard + 6 wound-care supplemental) for recurrent "
                   "dermatitis under postoperative dressings, months after surgery; commercial (Cigna)",
    "date": "2026-01-27",
    "patient": ("Vandermolen", "Greta", "1970-03-28", "female"),
    "provider": DR, "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Allergic contact dermatitis, suspected to adhesives and topical antibiotics", "L23.9",
          "Sites of prior surgical dressings", reason=True),
    ],
    "note_title": "Patch Test Application",
    "note": PRACTICE + """
PATCH TEST APPLICATION

PATIENT: Vandermolen, Greta      DATE OF SERVICE: January 27, 2026
PHYSICIAN: Ines Castellanos, M.D.

Ms. Vandermolen had Mohs surgery of the left forearm with me in September 2025. She developed an itchy, weeping
rash in the exact shape of the adhesive dressing, and the same reaction has happened twice since then with bandages
applied after blood draws and after a minor cut treated with over-the-counter antibiotic ointment. She has an
upcoming procedure with another surgeon and would like to know what to avoid. Her skin is clear today.

PLAN AND PROCEDURE: Patch testing was performed. Our standard series of thirty allergens and a supplemental
wound-care series of six allergens (bacitracin, neomycin, benzoin tincture, mastic, colophonium derivative and
2-octyl cyanoacrylate) were applied to the upper back with hypoallergenic tape, for a total of thirty-six
allergens. The chambers were marked with a skin marker.

Instructions: keep the back dry and out of the sun, and do not apply any creams to the back. She will return in forty-eight hours for removal and the first reading, and again at
ninety-six hours for the final reading.
""" + _tx("01/27/2026 09:20", "01/27/2026 12:45", "260127-0006", "01/27/2026 15:30", "jpa"),
    "expected": E([L("95044", 36)], dx={"95044": ["L23.9"]}),
    "coder_note": "95044 units = number of allergens applied: 30 + 6 = 36. No E/M selected. The September 2025 Mohs "
                  "(000 global) is not a factor.",
})

SCENARIOS.append({
    "id": "s38-patch-test-expanded-96-allergens-precoded-mue",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Expanded patch testing with 96 allergens (80 + 16 cosmetic series), pre-coded 95044; "
                   "commercial",
    "date": "2026-02-02",
    "patient": ("Castillo-Ferris", "Imogen", "1983-08-13", "female"),
    "provider": DR, "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Chronic eyelid and facial dermatitis, suspected allergic contact dermatitis", "L23.9",
          "Eyelids, face", reason=True),
    ],
    "procedures": [
        P("Patch tests", "95044", "Upper back", reasons=["c1"]),
    ],
    "note_title": "Patch Test Application",
    "note": PRACTICE + """
PATCH TEST APPLICATION

PATIENT: Castillo-Ferris, Imogen     DATE OF SERVICE: 02/02/2026
PHYSICIAN: Ines Castellanos, M.D.

This forty-two-year-old woman has had eighteen months of recurrent dermatitis of the eyelids and cheeks. An earlier
screening patch test elsewhere with a thirty-five-allergen panel was negative. She uses many cosmetic products.

PROCEDURE: Our expanded series of eighty allergens plus a cosmetic and fragrance series of sixteen allergens were
applied to the upper and mid back, for a total of ninety-six allergens. Chambers were outlined with a marker.

She will return on 02/04/2026 for the first reading and 02/06/2026 for the final reading. She was asked to avoid
topical steroids on the back and to keep the area dry.
""" + _tx("02/02/2026 10:35", "02/02/2026 14:10", "260202-0019", "02/02/2026 17:00", "dkw"),
    "expected": E([L("95044", 90)], ["mue"], dx={"95044": ["L23.9"]}),
    "coder_note": "Ninety-six allergens applied, but the 95044 MUE is 90 (MAI 3) -> capped at 90 with an mue finding "
                  "(README).",
})

SCENARIOS.append({
    "id": "s38-phototherapy-nbuvb-psoriasis-treatment-session",
    "family": "phototherapy", "shape": "note-only",
    "description": "Narrowband UVB session number fourteen for plaque psoriasis; Medicare FFS",
    "date": "2026-02-09",
    "patient": ("Tsosie", "Harlan", "1958-01-06", "male"),
    "provider": DR, "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, about twelve percent body surface area", "L40.0", "Trunk and extremities",
          reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": PRACTICE + """
PHOTOTHERAPY TREATMENT RECORD

PATIENT: Tsosie, Harlan        DATE OF SERVICE: 02/09/2026
SUPERVISING PHYSICIAN: Ines Castellanos, M.D. (present in the office suite)

DIAGNOSIS: Plaque psoriasis, about twelve percent body surface area at the start of the course, on the trunk, arms
and legs. Topical clobetasol and calcipotriene had failed to control it.

TREATMENT: Narrowband UVB (311 nanometers), whole-body cabinet, treatment number fourteen of the current course.
Skin type four. Dose today 1,150 millijoules per square centimeter, increased ten percent from the last session.
Eye protection and genital shielding used. The face was shielded because of his history of a basal cell carcinoma
treated on the nose in 2022.

RESPONSE: Plaques are thinner with less scale; estimated body surface area now about six percent. No erythema or
burning after the last session.

Next treatment on Wednesday. Physician review of progress after treatment number twenty.
""" + _tx("02/09/2026 08:40", "02/09/2026 11:15", "260209-0003", "02/09/2026 13:05", "jpa"),
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "Narrowband UVB (actinotherapy) session -> 96900 x1. No E/M. The 2022 BCC is history only.",
})

SCENARIOS.append({
    "id": "s38-phototherapy-excimer-elbows-knees-total-area",
    "family": "phototherapy", "shape": "free-text",
    "description": "Excimer laser to bilateral elbows (150 sq cm) and bilateral knees (170 sq cm) for localized "
                   "psoriasis, total 320 sq cm; commercial",
    "date": "2026-02-16",
    "patient": ("Hargreave", "Simone", "1975-12-29", "female"),
    "provider": DR, "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized to elbows and knees", "L40.0", "Bilateral elbows and knees",
          reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment", site="Bilateral elbows", note="Treated area 150 sq cm.", reasons=["c1"]),
        P("Excimer laser treatment", site="Bilateral knees", note="Treated area 170 sq cm.", reasons=["c1"]),
    ],
    "note_title": "Excimer Laser Treatment Note",
    "note": PRACTICE + """
EXCIMER LASER TREATMENT NOTE

PATIENT: Hargreave, Simone       DATE OF SERVICE: February 16, 2026
PHYSICIAN: Ines Castellanos, M.D.

Ms. Hargreave has localized plaque psoriasis of the elbows and knees, about three percent body surface area, that
did not respond to four months of high-potency topical steroids and calcipotriene. This is treatment number five of
her current course of 308-nanometer excimer laser therapy.

TREATMENT: Plaques on both elbows, total treated area one hundred fifty square centimeters, and plaques on both
knees, total treated area one hundred seventy square centimeters, were treated today at the same session. Total area
treated: three hundred twenty square centimeters. Dose per protocol, increased fifteen percent from the last
treatment because of minimal erythema. Tolerated without blistering.

Plaques are flatter with less scale. Next treatment in three days.
""" + _tx("02/16/2026 12:05", "02/16/2026 15:40", "260216-0060", "02/17/2026 08:15"),
    "expected": E([L("96921")], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded once per session by the total area treated: 150 + 170 = 320 sq cm -> 96921 "
                  "(250-500 sq cm), not two 96920 lines.",
})

SCENARIOS.append({
    "id": "s38-shave-irritated-sk-posterior-neck-collar",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of an irritated, bleeding seborrheic keratosis of the posterior neck (0.7 cm) "
                   "rubbed by the shirt collar; Medicare FFS",
    "date": "2026-03-02",
    "patient": ("Eberhardt", "Lucius", "1947-07-19", "male"),
    "provider": DR, "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, posterior neck", "L82.0", "Posterior neck", reason=True),
    ],
    "path": [
        {"text": "Skin, posterior neck, shave removal: irritated seborrheic keratosis. (Desert Sky "
                 "Dermatopathology, accession DSD26-06120)", "site": "Posterior neck", "date": "2026-03-04"},
    ],
    "note_title": "Procedure Note - Shave Removal",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Eberhardt, Lucius       DATE OF SERVICE: 03/02/2026
PHYSICIAN: Ines Castellanos, M.D.

Mr. Eberhardt, whom I treated with Mohs surgery for a nasal basal cell carcinoma in 2023, has a growth on the back
of his neck that his shirt collar rubs. It has bled onto his collar three times
in the past month and is sore.

EXAMINATION: Posterior neck at the collar line: a seven-millimeter verrucous, stuck-on papule with erythema at the
base, crust and a small erosion.

ASSESSMENT: Irritated seborrheic keratosis with bleeding from repeated collar trauma.

PROCEDURE: After verbal consent and local anesthesia, the lesion was removed in its entirety by shave removal at the
level of the superficial dermis. Hemostasis with aluminum chloride. The specimen was sent for pathology.

Petrolatum until healed.
""" + _tx("03/02/2026 14:20", "03/02/2026 17:55", "260302-0124", "03/03/2026 08:30", "dkw"),
    "expected": E([L("11306")], dx={"11306": ["L82.0"]}),
    "coder_note": "Bleeding, irritated SK (BSL-3 met) -> covered. Neck is SNHFG, diameter 0.7 cm -> 11306.",
})

SCENARIOS.append({
    "id": "s38-shave-nasal-fibrous-papule-precoded-trunk-code",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal of a 0.4 cm nasal papule (BCC in the differential; pathology fibrous papule), "
                   "pre-coded with the trunk/arms/legs shave code; Medicaid MCO",
    "date": "2026-03-09",
    "patient": ("Etsitty", "Marisol", "1980-10-02", "female"),
    "provider": DR, "payer": "medicaid-mco", "minutes": 15,
    "conditions": [
        C("c1", "Fibrous papule of nose", "D23.39", "Left nasal ala", reason=True),
    ],
    "procedures": [
        P("Shave removal, trunk/arms/legs, 0.5 cm or less", "11300", "Left nasal ala", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left nasal ala, shave removal: fibrous papule (angiofibroma). No basal cell carcinoma. "
                 "(Sonoran Dermatopathology Associates, accession SDA-26-021118)", "site": "Left nasal ala",
         "date": "2026-03-11"},
    ],
    "note_title": "Procedure Note",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Etsitty, Marisol       DATE OF SERVICE: March 9, 2026
PHYSICIAN: Ines Castellanos, M.D.

Ms. Etsitty has a firm, shiny, skin-colored papule on the left nasal ala, present for about a year. It is four
millimeters in diameter. Basal cell carcinoma is in the differential diagnosis, along with a fibrous papule and an
intradermal nevus. The clinical diagnosis is uncertain, so removal with histologic examination was recommended.

PROCEDURE: After consent and local anesthesia, the papule was removed completely by shave removal, flush with the
surrounding skin, with the intent of removing the entire lesion. Hemostasis with aluminum chloride. The specimen was
sent to Sonoran Dermatopathology Associates.

ADDENDUM, 03/11/2026: Pathology (accession SDA-26-021118): fibrous papule. No basal cell carcinoma. The patient was
informed by telephone.
""" + _tx("03/09/2026 13:10", "03/09/2026 16:40", "260309-0115", "03/11/2026 15:45", "jpa"),
    "expected": E([L("11310")], ["coding-correction"], dx={"11310": ["D23.39"]}),
    "coder_note": "Complete removal by shave (intent: removal, BX-4) of a nose lesion -> FEENLM shave code, 0.4 cm -> "
                  "11310 instead of 11300. Diagnostic uncertainty with BCC considered -> medically necessary.",
})

SCENARIOS.append({
    "id": "s38-skin-tags-twenty-two-irritated-neck-axillae",
    "family": "skin-tags", "shape": "note-only",
    "description": "Snip removal of twenty-two irritated and bleeding skin tags of the neck and axillae; Medicare "
                   "FFS",
    "date": "2026-03-16",
    "patient": ("Whitlock", "Agatha", "1952-06-21", "female"),
    "provider": DR, "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Irritated acrochordons, neck and axillae", "L91.8", "Neck and bilateral axillae", reason=True),
    ],
    "note_title": "Procedure Note - Skin Tag Removal",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Whitlock, Agatha       DATE OF SERVICE: 03/16/2026
PHYSICIAN: Ines Castellanos, M.D.

Mrs. Whitlock has many skin tags along her necklace line and in both axillae where her bra straps and purse strap
rub. Over the past two months they have repeatedly become red, sore, and crusted, and several have bled onto her
clothing.

EXAMINATION: Twenty-two pedunculated skin tags, two to five millimeters each: twelve on the neck along the necklace
line and ten in the axillae (six right, four left) along the strap lines. Every one of them shows erythema, crusting
or hemorrhage at the stalk. No other lesions were treated.

PROCEDURE: After topical and local anesthesia, all twenty-two skin tags were removed with curved iris scissors, and
hemostasis was obtained with aluminum chloride.

PLAN: Petrolatum until healed. Avoid necklaces for one week.
""" + _tx("03/16/2026 11:35", "03/16/2026 15:00", "260316-0064", "03/17/2026 08:50"),
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "All 22 tags are symptomatic (irritated, bleeding) -> covered. 11200 for the first 15; 7 more -> "
                  "11201 x1 (each additional ten or part thereof).",
})

SCENARIOS.append({
    "id": "s38-skin-tags-thirty-eight-symptomatic-mue-cap",
    "family": "skin-tags", "shape": "free-text",
    "description": "Removal of thirty-eight symptomatic skin tags (neck, axillae, inframammary); 11201 units exceed "
                   "the MUE; commercial",
    "date": "2026-03-23",
    "patient": ("Fontaine", "Beverly", "1966-09-15", "female"),
    "provider": DR, "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Irritated acrochordons, multiple sites", "L91.8", "Neck, axillae, inframammary folds",
          reason=True),
    ],
    "procedures": [
        P("Removal of skin tags by scissor and cautery", site="Neck, bilateral axillae, inframammary folds",
          note="38 irritated, inflamed skin tags removed.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": PRACTICE + """
PROCEDURE NOTE

PATIENT: Fontaine, Beverly       DATE OF SERVICE: 03/23/2026
PHYSICIAN: Ines Castellanos, M.D.

Ms. Fontaine has numerous skin tags in skin folds that rub constantly in the Phoenix heat. They are inflamed,
painful, and some have twisted and turned dark. Her primary care physician referred her for removal.

EXAMINATION: Thirty-eight skin tags, all irritated with erythema at the base, several thrombosed: fourteen on the
neck, eight in the right axilla, nine in the left axilla and seven in the inframammary folds.

PROCEDURE: After local anesthesia, all thirty-eight tags were removed with scissors and the bases were touched with
light electrocautery.

PLAN: Keep the folds dry; petrolatum to the sites. Follow-up as needed.
""" + _tx("03/23/2026 15:15", "03/24/2026 08:05", "260323-0141", "03/24/2026 09:35", "dkw"),
    "expected": E([L("11200"), L("11201")], ["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "38 tags: 11200 for the first 15, then ceil(23/10) = 3 units of 11201, but the 11201 MUE is 1 (MAI "
                  "3) -> capped at 1 with an mue finding (README).",
})
