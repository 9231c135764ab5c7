"""Sealed set 70 (s70-): Blue Heron Dermatology Group, a NextGen-based multi-provider practice.

Every encounter carries several signed documents: a short progress note (the spec's ``note``), a separate formal
procedure note (Pre-/Post-procedure diagnosis, Anesthesia, Procedure, Specimens, EBL, Complications,
Disposition) and sometimes a nursing/MA note or a late addendum, added through ``extra`` as their own
DocumentReferences linked to the encounter. Facts needed for coding are split across the documents.
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
"Coding decisions" only.
"""

import datetime as _dt

from tools.corpus import fhirkit as fk
from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

_KINDS = {
    "procedure": ("28570-0", "Procedure note"),
    "nursing": ("34746-8", "Nurse note"),
    "addendum": ("11506-3", "Progress note"),
}


def DOC(suffix, title, text, kind="procedure", days_after=0, appends=None, by=None):
    """An additional signed document of the encounter (procedure note, nursing note, addendum)."""

    def make(pid, eid, prid, date):
        key = eid[len("enc-"):]
        d = fk.docref(f"doc-{key}-{suffix}", pid, eid, prid, date, text, False, title)
        code, disp = _KINDS[kind]
        d["type"] = {"coding": [{"system": fk.LOINC, "code": code, "display": disp}], "text": title}
        if days_after:
            when = (_dt.date.fromisoformat(date) + _dt.timedelta(days=days_after)).isoformat()
            d["date"] = f"{when}T08:40:00-05:00"
        if appends:
            target = f"doc-{key}" if appends == "main" else f"doc-{key}-{appends}"
            d["relatesTo"] = [{"code": "appends", "target": {"reference": f"DocumentReference/{target}"}}]
        if by:
            d["author"] = [{"display": by}]
            d["authenticator"] = {"display": by}
        return d

    return make


HDR = "BLUE HERON DERMATOLOGY GROUP"


def H(text):
    """The progress note as NextGen's HTML export renders it (one <p> per line, section heads in <b>)."""
    import html as _html

    out = ["<html><body>"]
    for line in text.strip("\n").split("\n"):
        esc = _html.escape(line)
        if line.endswith(":") or line.isupper():
            out.append(f"<p><b>{esc}</b></p>")
        else:
            out.append(f"<p>{esc}</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"

# =================================================================================================================
# BIOPSY
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-bx-punch-two-tangential-rosacea-25",
    "family": "biopsy", "shape": "note-only",
    "description": "Rosacea flare with new Rx (E/M-25) + punch bx L forearm + 2 shave bx; Medicare FFS",
    "date": "2025-10-14",
    "patient": ("Halloran", "Desmond", "1948-05-19", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Rosacea", "L71.9", "Face", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left forearm", "D04.62", "Left dorsal forearm", reason=True),
        C("c3", "Compound nevus with mild atypia, right upper back", "D22.5", "Right upper back"),
        C("c4", "Basal cell carcinoma, left calf", "C44.719", "Left posterior calf"),
    ],
    "note_title": "Office Visit - Established",
    "note": f"""{HDR} - OFFICE VISIT
Patient: Halloran, Desmond    DOB: 05/19/1948    DOS: 10/14/2025
Provider: Wei Chen, MD        Visit type: Established patient

Chief complaint: Rosacea flare. Also "three spots" to check.

HPI: 77 yo M with papulopustular rosacea, last seen 6 months ago, controlled on metronidazole 0.75% gel.
Past 6 weeks: more papules/pustules cheeks and nose, burning, worse with red wine and heat. No eye symptoms.
Separately worried about a tender scaly spot L forearm (3 mo), a dark spot R upper back his wife noticed,
and a shiny bump on the back of the L calf.

Exam: Centrofacial erythema, scattered inflammatory papules, 4-5 pustules cheeks/nasal tip. No phymatous
change, lids and conjunctivae quiet.
L dorsal forearm 6 mm pink hyperkeratotic papule. R upper back 5 mm irregularly pigmented macule, atypical
network on dermoscopy. L posterior calf 4 mm pearly papule with arborizing vessels.

Assessment / Plan:
1. Rosacea, papulopustular, flaring - start doxycycline 40 mg ER qd (eRx sent), continue metronidazole gel,
   trigger handout, gentle cleanser, SPF. Recheck 8 wk.
2. Lesions x3, r/o malignancy - biopsied today, see separate procedure note.

Electronically signed: Wei Chen, MD 10/14/2025 11:52
""",
    "extra": [DOC("proc", "Procedure Note - Skin Biopsy", """PROCEDURE NOTE
Pre-procedure diagnosis: (A) r/o SCC L forearm; (B) r/o dysplastic nevus R upper back; (C) r/o BCC L calf
Post-procedure diagnosis: Same, pending pathology
Consent: Risks (bleeding, infection, scar, nondiagnostic sample) reviewed, written consent signed.
Anesthesia: 1% lidocaine with epinephrine, 1.5 mL total
Procedure:
  A. L dorsal forearm - punch biopsy, 4 mm, through dermis to fat; one 4-0 nylon simple interrupted suture.
  B. R upper back - tangential (shave) biopsy with DermaBlade to mid dermis; aluminum chloride hemostasis.
  C. L posterior calf - tangential (shave) biopsy; aluminum chloride hemostasis.
Specimens: 3 (A, B, C) in formalin to Summit Dermatopathology (outside laboratory)
EBL: Minimal
Complications: None
Disposition: Tolerated well. Wound care handout. Suture removal 10-14 days (site A). Results via portal.
Wei Chen, MD
""")],
    "path": [{"text": "A. Skin, left dorsal forearm, punch biopsy: squamous cell carcinoma in situ (Bowen disease).\n"
                      "B. Skin, right upper back, shave biopsy: compound nevus with mild cytologic atypia.\n"
                      "C. Skin, left posterior calf, shave biopsy: basal cell carcinoma, nodular type.",
              "date": "2025-10-17"}],
    "expected": E([L("99213", 1, "25"), L("11104"), L("11103", 2)], dx={"11104": ["D04.62"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 + 11103 x2. Rosacea flare with new prescription is "
                  "separately identifiable -> 99213-25 (GS-3).",
})

SCENARIOS.append({
    "id": "s70-bx-incisional-punch-precoded-fix",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Incisional bx R thigh + punch bx L forearm pre-coded 11106 + 11104; commercial",
    "date": "2025-10-21",
    "patient": ("Ferreira-Lund", "Maribel", "1991-02-08", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Tender subcutaneous nodules, right thigh", "R22.41", "Right lateral thigh", reason=True),
        C("c2", "Annular plaque, left forearm", "L98.8", "Left volar forearm", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy of skin, single lesion", "11106", "Right lateral thigh", reasons=["c1"]),
        P("Punch biopsy of skin, single lesion", "11104", "Left volar forearm", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": f"""{HDR}
Office Visit - Ines Castellanos, MD                          10/21/2025
Maribel Ferreira-Lund, 34 y/o female

CC: painful lumps R thigh x 5 wk; ring-shaped rash L forearm x 3 mo.
HPI: Recent strep pharyngitis (treated). Tender red nodules R lateral thigh, some fading to bruise color.
Forearm plaque asymptomatic, slowly expanding, no response to OTC clotrimazole.
Exam: R lateral thigh - three 2-3 cm ill-defined warm tender subcutaneous nodules. L volar forearm - 2.5 cm
annular plaque with beaded skin-colored border, KOH negative in office.
A/P: Deep nodules - panniculitis favored; need a deep sample including fat, discussed wedge biopsy.
Annular plaque - granuloma annulare vs other; punch biopsy. Both done today (procedure note).
NSAIDs prn, leg elevation. Follow-up 2 weeks for results.
""",
    "extra": [DOC("proc", "Procedure Note", """PROCEDURE NOTE - 10/21/2025
Pre-procedure diagnosis: 1) subcutaneous nodules R thigh; 2) annular plaque L forearm
Post-procedure diagnosis: Same
Anesthesia: 1% lidocaine with epinephrine, 4 mL
Procedure:
 1) R lateral thigh: incisional wedge biopsy with #15 blade, 1.8 x 0.5 cm spindle through dermis into
    subcutaneous fat, taken from the edge of one nodule. Closed with 4-0 nylon simple interrupted sutures x3.
 2) L volar forearm: 4 mm punch biopsy at the active border. One 4-0 nylon suture.
Specimens: 2 - to Lakeview Pathology (outside lab), formalin
EBL: <5 mL
Complications: none
Disposition: stable, home. Suture removal 10-14 days.
I. Castellanos, MD
""")],
    "path": [{"text": "1. Skin and subcutis, right thigh, incisional biopsy: septal panniculitis without vasculitis, "
                      "consistent with erythema nodosum.\n2. Skin, left forearm, punch: palisading granulomatous "
                      "dermatitis with mucin, consistent with granuloma annulare.", "date": "2025-10-24"}],
    "expected": E([L("11106"), L("11105")], ["coding-correction"], dx={"11106": ["L52"]}),
    "coder_note": "BX-2: one primary per encounter; incisional outranks punch, so the punch becomes add-on 11105 "
                  "(11106/11104 is PTP indicator 0). Simple closure included in both.",
})

SCENARIOS.append({
    "id": "s70-bx-eight-tangential-addendum-mue",
    "family": "biopsy", "shape": "free-text",
    "description": "Dysplastic nevus pt: 7 shave bx in procedures/note, 8th added by addendum -> 11103 capped at MUE 6",
    "date": "2025-10-28",
    "patient": ("Okoro", "Tamsin", "1986-07-30", "female"),
    "provider": "voss", "payer": "medicaid-mco", "minutes": 60,
    "conditions": [
        C("c1", "Atypical nevi, multiple", "D22.5", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Right upper back", note="Specimen A", reasons=["c1"]),
        P("Shave biopsy", site="Left upper back", note="Specimen B", reasons=["c1"]),
        P("Shave biopsy", site="Mid back", note="Specimen C", reasons=["c1"]),
        P("Shave biopsy", site="Right flank", note="Specimen D", reasons=["c1"]),
        P("Shave biopsy", site="Left posterior upper arm", note="Specimen E", reasons=["c1"]),
        P("Shave biopsy", site="Right anterior thigh", note="Specimen F", reasons=["c1"]),
        P("Shave biopsy", site="Left lower abdomen", note="Specimen G", reasons=["c1"]),
    ],
    "note_title": "Pigmented Lesion Clinic Visit",
    "note": f"""{HDR} - PIGMENTED LESION CLINIC
Henrietta Voss, MD          DOS 10/28/2025
Tamsin Okoro  39F  MRN on file

Interval history: >100 nevi, several clinically atypical, mother with melanoma at 44. Total-body photos from
2023 used for comparison. Pt noted 2 new dark spots on the back.
FBSE: Numerous nevi. Compared with baseline images, several lesions have changed in size or color on the
back, flank, arm, thigh and abdomen - mapped on the lesion diagram and sampled today (procedure note).
No palpable lymphadenopathy.
Impression: Dysplastic nevus phenotype with changing lesions.
Plan: Saucerization biopsies today. Sun protection reviewed. Next FBSE 6 months or sooner per path.
""",
    "extra": [
        DOC("proc", "Procedure Note - Shave Biopsies", """PROCEDURE NOTE
Pre-procedure diagnosis: Atypical/changing melanocytic lesions
Post-procedure diagnosis: Same
Anesthesia: 1% lidocaine w/ epi, 0.3-0.5 mL per site
Procedure: Tangential (saucerization) biopsy with flexible blade, each lesion sampled with 1-2 mm rim.
  A R upper back / B L upper back / C mid back / D R flank / E L posterior upper arm / F R anterior thigh /
  G L lower abdomen
  Hemostasis aluminum chloride; petrolatum and bandage.
Specimens: A-G, 7 containers, to Coastal Dermpath (outside)
EBL: minimal        Complications: none
Disposition: home in good condition; results 7-10 days.
H. Voss, MD
"""),
        DOC("add1", "Addendum to Procedure Note", """ADDENDUM (late entry) - H. Voss, MD
Regarding the 10/28/2025 biopsy session: one additional tangential biopsy was performed that day and was
omitted from the procedure note in error - specimen H, left medial thigh, 5 mm irregular brown papule,
saucerization with the same technique. Container H was received by the lab (accession matches).
Total biopsies on 10/28/2025: 8 (A-H), all tangential.
""", kind="addendum", days_after=2, appends="proc"),
    ],
    "path": [{"text": "A-G: compound and junctional dysplastic nevi with mild to moderate atypia; margins involved "
                      "in B and E.\nH. Skin, left medial thigh, shave: junctional dysplastic nevus, mild atypia.",
              "date": "2025-11-03"}],
    "expected": E([L("11102"), L("11103", 6)], ["mue"]),
    "coder_note": "8 tangential biopsies (7 on the procedure note, the 8th in the signed addendum) -> 11102 + "
                  "11103 x7; 11103 MUE is 6 (MAI 3) so units are capped at 6 with an mue finding.",
})

# =================================================================================================================
# COSMETIC
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-cos-sk-cryo-medicare-gy-gx",
    "family": "cosmetic", "shape": "note-only",
    "description": "Asymptomatic SKs face/chest frozen at patient request, Medicare FFS, voluntary ABN in nursing note",
    "date": "2025-11-04",
    "patient": ("Pemberton", "Lorraine", "1954-09-12", "female"),
    "provider": "baptiste", "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Seborrheic keratoses", "L82.1", "Face and chest", reason=True)],
    "note_title": "Office Visit",
    "note": f"""{HDR}
Marc Baptiste, MD - Progress Note - 11/04/2025
Lorraine Pemberton, 71F, established.

Reason for visit: wants "the brown crusty spots" on her face and upper chest frozen before her grandson's
wedding in December. They do not itch, bleed, hurt or catch on clothing; none have changed recently.
Exam: multiple stuck-on waxy tan-brown papules, typical seborrheic keratoses - 2 on the L temple/cheek,
4 on the upper chest. No inflammation, no crust, no irritation. Nothing atypical on dermoscopy.
Assessment: Seborrheic keratoses, asymptomatic, benign. Removal is cosmetic.
Plan: Explained that Medicare does not cover cosmetic removal; she wishes to proceed and self-pay. Cryo
done today (procedure note). Nursing to handle the notice.
""",
    "extra": [
        DOC("proc", "Procedure Note - Cryosurgery", """PROCEDURE NOTE
Pre-procedure diagnosis: Seborrheic keratoses, asymptomatic (cosmetic)
Post-procedure diagnosis: Same
Procedure: Destruction of benign lesions with liquid nitrogen, cryospray, 2 freeze-thaw cycles.
  Lesions treated: 6 (L temple 1, L cheek 1, upper chest 4)
Anesthesia: none
Specimens: none
EBL: none
Complications: none
Disposition: home; blister care reviewed.
M. Baptiste, MD
"""),
        DOC("rn", "Nursing Note", """NURSING NOTE 11/04/2025
Advance Beneficiary Notice (CMS-R-131) given as a voluntary notice: removal of benign spots for appearance
is not a Medicare benefit. Patient read and signed, elected to proceed and pay out of pocket. Copy to pt,
original scanned to chart. Vitals not needed.
- P. Nwosu, RN
""", kind="nursing", by="Priscilla Nwosu, RN"),
    ],
    "expected": E([L("17110", 1, "GY", "GX")], ["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "Asymptomatic SKs, no BSL-3 indication -> cosmetic, statutorily excluded (COS-4): 17110 with GY, "
                  "plus GX because the nursing note documents a voluntary ABN.",
})

SCENARIOS.append({
    "id": "s70-cos-facial-nevus-commercial-plus-sk",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Commercial: cosmetic shave of cheek nevus removed; symptomatic waistband SK shave kept",
    "date": "2025-11-06",
    "patient": ("Vasquez-Orr", "Danielle", "1996-03-25", "female"),
    "provider": "lindgren", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Intradermal nevus, right cheek", "D22.39", "Right cheek", reason=True),
        C("c2", "Irritated seborrheic keratosis, left flank", "L82.0", "Left flank", reason=True),
    ],
    "procedures": [
        P("Shave removal, face", "11310", "Right cheek", reasons=["c1"]),
        P("Shave removal, trunk", "11301", "Left flank at waistband", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": f"""{HDR} | Astrid Lindgren, MD | 11/06/2025
Danielle Vasquez-Orr, 29 y/o F

1) Raised skin-colored mole R cheek, present since teens, unchanged. No itch, bleeding or pain. She dislikes
   how it looks in photos and wants it off. Dermoscopy: benign intradermal nevus pattern.
2) Rough brown growth L flank right at the waistband: catches on her belt, bled twice last week, red and sore.

A/P:
1. Intradermal nevus R cheek, benign, asymptomatic - removal is elective/cosmetic; pt understands it is not a
   covered medical service and agrees to self-pay.
2. Irritated seborrheic keratosis L flank, inflamed and bleeding from belt trauma - shave removal.
Both removed today, see procedure note.
""",
    "extra": [DOC("proc", "Procedure Note", """PROCEDURE NOTE - Shave removal x2
Pre-procedure diagnosis: (1) nevus R cheek, cosmetic request; (2) irritated SK L flank
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi, 0.5 mL each site
Procedure: Shave removal with DermaBlade flush with surrounding skin, electrocautery hemostasis.
  (1) R cheek, lesion 0.5 cm
  (2) L flank at waistband, lesion 0.8 cm
Specimens: 2, to outside pathology
EBL: minimal          Complications: none
Disposition: Vaseline/bandage. Return prn.
A. Lindgren, MD
""")],
    "path": [{"text": "1. Right cheek: intradermal melanocytic nevus.\n2. Left flank: irritated seborrheic keratosis.",
              "date": "2025-11-10"}],
    "expected": E([L("11301")], ["cosmetic"], dx={"11301": ["L82.0"]}),
    "coder_note": "Cheek nevus removal is cosmetic (no symptom, no change) on a commercial plan -> 11310 line removed, "
                  "patient billed directly (conventions). Flank SK inflamed/bleeding from trauma -> covered, "
                  "0.8 cm trunk -> 11301.",
})

# =================================================================================================================
# DESTRUCTION
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-ds-ak-eleven-em-removed",
    "family": "destruction", "shape": "note-only",
    "description": "Scheduled AK cryo, 11 lesions counted only in the procedure note; 99213 decision-only removed",
    "date": "2025-11-10",
    "patient": ("Brandvold", "Ansel", "1942-12-02", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 15, "em": "99213",
    "conditions": [C("c1", "Actinic keratoses", "L57.0", "Scalp and dorsal hands", reason=True)],
    "note_title": "Progress Note",
    "note": f"""{HDR}
PROGRESS NOTE  - Chidi Okonkwo, MD - 11/10/2025
Ansel Brandvold, 82M, established

Here for the AK treatment scheduled at his last visit. No new concerns; denies new or changing spots.
Exam (scalp, face, dorsal hands): gritty erythematous scaly papules on the vertex/crown and backs of both
hands, consistent with actinic keratoses. No thick, tender or ulcerated lesions.
Assessment: Actinic keratoses.
Plan: Cryotherapy today - see procedure note for lesion count. Broad-brim hat, SPF. Return 6 months.
""",
    "extra": [DOC("proc", "Procedure Note - Cryotherapy", """PROCEDURE NOTE
Pre-procedure diagnosis: Actinic keratoses
Post-procedure diagnosis: Actinic keratoses
Procedure: Destruction of premalignant lesions, liquid nitrogen spray, 1 freeze-thaw cycle 5-10 sec each.
  Scalp (vertex and crown): 7 lesions
  Dorsal hands: R 3, L 1
  Total lesions treated: 11
Anesthesia: none
Specimens: none
EBL: none
Complications: none
Disposition: home; expect redness/blistering.
C. Okonkwo, MD
""")],
    "expected": E([L("17000"), L("17003", 10)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 11 AKs -> 17000 + 17003 x10. The 99213 covers only the pre-planned AK treatment "
                  "(decision/pre-procedure work), so no E/M line (GS-3).",
})

SCENARIOS.append({
    "id": "s70-ds-ak-sixteen-addendum-17004",
    "family": "destruction", "shape": "pre-coded",
    "description": "AK cryo pre-coded 17000 + 17003 (13 lesions); addendum adds 3 ear AKs -> 16 -> 17004",
    "date": "2025-11-13",
    "patient": ("Trevisan", "Rudolph", "1946-06-17", "male"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [C("c1", "Actinic keratoses, face and left ear", "L57.0", "Face, left ear", reason=True)],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Face", reasons=["c1"]),
        P("Destruction premalignant lesions, second through 14th", "17003", "Face",
          note="Qty 12", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": f"""{HDR} - June Abernathy, MD - 11/13/2025
Rudolph Trevisan 79M. F/u AKs, last treated 1 year ago.
Exam: numerous rough erythematous papules forehead, cheeks, nose and L ear.
A: Actinic keratoses, face and L ear. P: LN2 today (see procedure note); discussed field therapy
(5-FU) for the spring - he will think about it. RTC 6 mo.
""",
    "extra": [
        DOC("proc", "Procedure Note", """PROCEDURE NOTE - Cryodestruction
Pre-procedure diagnosis: actinic keratoses
Post-procedure diagnosis: same
Procedure: Liquid nitrogen, open spray. Face: forehead 5, R cheek 3, L cheek 3, nose 2 = 13 lesions.
Anesthesia: none        Specimens: none        EBL: none
Complications: none     Disposition: home, care sheet given.
J. Abernathy, MD
"""),
        DOC("add1", "Addendum - Lesion Count Correction", """ADDENDUM 11/14/2025 - J. Abernathy, MD
On review of the lesion map, 3 additional actinic keratoses on the L helix/antihelix were treated with
liquid nitrogen at the 11/13 visit and were left out of the count in the procedure note.
Corrected total lesions destroyed on 11/13/2025: 16 (face 13 + L ear 3).
""", kind="addendum", days_after=1, appends="proc"),
    ],
    "expected": E([L("17004")], ["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "Corrected count in the signed addendum is 16 AKs -> 17004 x1, replacing 17000 + 17003 "
                  "(DS-1; 17004/17000 and 17004/17003 indicator 0).",
})

SCENARIOS.append({
    "id": "s70-ds-warts-plus-aks-xs",
    "family": "destruction", "shape": "free-text",
    "description": "Cryo 4 painful hand warts + 2 forehead AKs; 17110 with 17000/17003 XS; commercial",
    "date": "2025-11-18",
    "patient": ("Achterberg", "Noel", "1967-01-09", "male"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, right hand", "B07.8", "Right hand fingers", reason=True),
        C("c2", "Actinic keratosis, forehead", "L57.0", "Forehead", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of warts", site="Right hand, dorsal fingers", note="See procedure note for count",
          reasons=["c1"]),
        P("Cryotherapy of actinic keratoses", site="Forehead", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": f"""{HDR}
Jordan Pike, PA-C (supervising: J. Abernathy, MD)          11/18/2025
Noel Achterberg, 58M

S: Warts on R hand fingers x 4 months, spreading from one to several, painful when gripping tools,
   one split and bled. Duct tape tried. Also 2 rough spots on forehead that keep coming back.
O: R index, middle and ring fingers - verrucous papules, pinpoint thrombosed capillaries.
   Forehead - two 4-5 mm gritty erythematous papules.
A: 1. Verruca vulgaris R hand, symptomatic and spreading. 2. Actinic keratoses, forehead.
P: LN2 to warts and AKs today - counts/sites in procedure note. Repeat wart tx in 3-4 wk prn.
""",
    "extra": [DOC("proc", "Procedure Note - Cryotherapy", """PROCEDURE NOTE
Pre-procedure diagnosis: verruca vulgaris R hand; actinic keratoses forehead
Post-procedure diagnosis: same
Procedure: Destruction with liquid nitrogen.
  Warts: R index finger 2, R middle finger 1, R ring finger 1 = 4 warts, pared lightly then 2 cycles.
  Premalignant: forehead 2 actinic keratoses, 1 cycle each.
Anesthesia: none
Specimens: none
EBL: none
Complications: none
Disposition: home, blister care. Return 3-4 weeks for warts if persistent.
J. Pike, PA-C
""")],
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 1, "XS")],
                  dx={"17110": ["B07.8"], "17000": ["L57.0"]}),
    "coder_note": "DS-2/DS-1/DS-3: 4 warts -> 17110; 2 AKs -> 17000 + 17003 x1. 17110/17000 and 17110/17003 "
                  "are indicator 1 with 17000/17003 as column 2 -> XS (different lesions).",
})

SCENARIOS.append({
    "id": "s70-ds-edc-bcc-back-defect",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of biopsy-proven superficial BCC R mid back; clinical 0.9 cm, final defect 1.4 cm; Medicare",
    "date": "2025-11-20",
    "patient": ("Quist", "Eleanor", "1939-08-04", "female"),
    "provider": "chen", "payer": "medicare", "minutes": 30,
    "conditions": [C("c1", "Superficial basal cell carcinoma, right mid back", "C44.519", "Right mid back",
                     reason=True)],
    "procedures": [
        P("Electrodesiccation and curettage", site="Right mid back", reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-10-30", "11102", "Tangential biopsy of skin", "Right mid back")],
    "note_title": "Office Visit",
    "note": f"""{HDR} - Wei Chen, MD - 11/20/2025
Eleanor Quist, 86F, established.
Returns to treat the R mid back lesion shave-biopsied 10/30: pathology superficial BCC.
Exam: 0.9 cm pink scaly patch with biopsy scar, R mid back. No other new lesions on limited exam.
Options reviewed: excision, ED&C, topical imiquimod. She prefers a single in-office treatment without
stitches -> ED&C today (see procedure note).
""",
    "extra": [DOC("proc", "Procedure Note - ED&C", """PROCEDURE NOTE
Pre-procedure diagnosis: superficial basal cell carcinoma, R mid back (biopsy 10/30/2025)
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi, 2 mL
Procedure: Electrodesiccation and curettage, 3 cycles with 4 mm and 3 mm curettes. Curettage extended
  beyond the visible margin until firm normal dermis was felt.
  Final defect after the last curettage: 1.4 cm diameter.
Specimens: none
EBL: minimal
Complications: none
Disposition: petrolatum dressing, wound care sheet; recheck 6 weeks.
W. Chen, MD
""")],
    "path": [{"text": "Skin, right mid back, shave biopsy: basal cell carcinoma, superficial type.",
              "date": "2025-11-03", "encounter": "enc-s70-ds-edc-bcc-back-defect-prior-1"}],
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "DS-4: malignant destruction sized by the final curettage defect (1.4 cm), trunk -> 17262 (not "
                  "17261 from the 0.9 cm clinical size). The prior biopsy is 000 global: no modifier.",
})

# =================================================================================================================
# E/M
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-em-screening-fse-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "New Medicare pt, screening-only full skin exam, no history/complaint/finding -> 99203-GY",
    "date": "2025-11-24",
    "patient": ("Lindahl", "Gordon", "1959-04-21", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 20, "em": "99203",
    "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True)],
    "note_title": "New Patient Visit",
    "note": f"""{HDR}
NEW PATIENT VISIT - Rafael Santos, MD - 11/24/2025
Gordon Lindahl, 66M

CC: "Skin check." His wife booked it; he has no specific concerns.
HPI: No new, changing, itching or bleeding lesions. No prior skin biopsies. No personal history of skin
cancer. Outdoor work limited; uses sunscreen at the beach.
Exam: Full skin examination including scalp, nails and genital area (chaperone offered, declined).
No lesions suspicious for malignancy. No lesions requiring treatment or follow-up.
Assessment: Encounter for skin cancer screening; normal exam.
Plan: Sun-protective behavior reviewed. Self-exam handout. Return as needed.
""",
    "extra": [DOC("ma", "Rooming Note", """ROOMING / INTAKE - 11/24/2025
Reason for visit: annual skin check (screening) - patient states no spots of concern.
Personal hx skin cancer: denies. Family hx melanoma: denies. Prior biopsies: none.
Meds: atorvastatin. Allergies: NKDA.
Roomed by: K. Dunmore, CMA
""", kind="nursing", by="Keisha Dunmore, CMA")],
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / tests/corpus README: Medicare screening-only full-skin exam (no history, no complaint, "
                  "nothing found) is statutorily excluded -> E/M with GY.",
})

SCENARIOS.append({
    "id": "s70-em-24-hand-dermatitis-in-global",
    "family": "em", "shape": "note-only",
    "description": "Unrelated hand dermatitis E/M 7 days after a back excision (010 global) -> 99213-24; MA",
    "date": "2025-11-10",
    "patient": ("Maclean", "Winifred", "1957-02-14", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 25, "em": "99213",
    "conditions": [C("c1", "Hand dermatitis", "L30.9", "Bilateral hands", reason=True)],
    "prior": [PRIOR("2025-11-03", "11402", "Excision benign lesion, trunk", "Left upper back")],
    "note_title": "Office Visit",
    "note": f"""{HDR}
Astrid Lindgren, MD - Office Visit - 11/10/2025
Winifred Maclean 68F, established

CC: Itchy cracked hands x 2 weeks.
HPI: Started volunteering at a food bank - frequent glove use and hand washing. Burning fissures on the
fingertips and backs of hands; OTC hydrocortisone 1% no help. No new rings, no new hand products otherwise.
Exam: Both hands - dorsal erythema, lichenified scaly plaques, fissures on the fingertips, no vesicles,
no pustules, palms spared. Nails normal. No other involvement.
Assessment: Hand dermatitis, irritant favored; allergic contact not excluded.
Plan: Triamcinolone 0.1% ointment bid x 2 weeks (eRx), then taper; bland emollient after each wash,
cotton liners under nitrile gloves. If not improved in 4-6 weeks, patch testing.
Her back excision site from 11/03 was not addressed today - suture removal visit is already booked for 11/13.
""",
    "extra": [DOC("ma", "Rooming Note", """ROOMING NOTE 11/10/2025
Reason for visit: rash on hands x 2 weeks.
Pt states back incision is fine, no drainage. Keeping 11/13 suture removal appointment.
Allergies: sulfa. Roomed by T. Halvey, MA
""", kind="nursing", by="Teresa Halvey, MA")],
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["L30.9"]}),
    "coder_note": "GS-5: the 11402 of 11/03 carries a 010 global through 11/13; today's E/M is for an unrelated "
                  "problem -> modifier 24.",
})

SCENARIOS.append({
    "id": "s70-em-acne-isotretinoin-new-medicaid",
    "family": "em", "shape": "note-only",
    "description": "New Medicaid teen, nodulocystic acne, isotretinoin start; ILK offered and declined (not coded)",
    "date": "2025-11-25",
    "patient": ("Benally", "Tobias", "2008-06-03", "male"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 50, "em": "99204",
    "conditions": [C("c1", "Acne vulgaris, nodulocystic", "L70.0", "Face, chest and back", reason=True)],
    "note_title": "New Patient Visit", "html": True,
    "note": H(f"""{HDR}
NEW PATIENT - June Abernathy, MD - 11/25/2025
Tobias Benally, 17 y/o male, here with his mother.

CC: Severe acne, scarring.
HPI: Acne since age 13. Failed 4 months of doxycycline 100 mg bid with tretinoin 0.05% and BPO wash, and an
earlier 3-month minocycline course. New painful nodules weekly on face, chest and back. Early scarring.
Exam: Face, chest, upper back - numerous inflammatory papules, pustules and 12+ nodules/cysts, scattered
atrophic and a few hypertrophic scars. One 1.5 cm fluctuant cyst on the L jaw.
Assessment: Acne vulgaris, nodulocystic, scarring, refractory to oral antibiotics.
Plan:
- Isotretinoin: risks/benefits (mood, lipids, LFTs, dryness, teratogenicity counseling although male),
  iPLEDGE registration started; baseline fasting lipids and hepatic panel ordered; start 40 mg daily after
  labs; monthly visits with labs.
- Stop doxycycline. Continue BPO wash; moisturizer and lip balm.
- Intralesional triamcinolone to the L jaw cyst was offered today; patient and mother declined injection.
  No procedure performed.
- Return 4 weeks.
"""),
    "extra": [DOC("rn", "Nursing Note", """NURSING NOTE 11/25/2025
iPLEDGE patient registration started; education packet given to patient and mother.
Lab orders printed: lipid panel (fasting), hepatic function panel. Photos of face/chest/back taken for
baseline (standard clinic photos, not a procedure).
- R. Iyer, RN
""", kind="nursing", by="Rohan Iyer, RN")],
    "expected": E([L("99204")], dx={"99204": ["L70.0"]}),
    "coder_note": "Provider-selected 99204 kept; no procedure was performed (intralesional injection offered and "
                  "declined), so no 11900/J3301 and no modifier.",
})

# =================================================================================================================
# EXCISION, BENIGN
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-exb-cyst-back-precoded-fix",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Inflamed recurrent epidermoid cyst upper back 2.2 cm + 2 mm margins, layered 3.8 cm; "
                   "pre-coded 11402 + 12031",
    "date": "2025-12-02",
    "patient": ("Dunleavy", "Harold", "1952-10-10", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 45,
    "conditions": [C("c1", "Epidermoid cyst, upper back, recurrently inflamed", "L72.0", "Upper back", reason=True)],
    "procedures": [
        P("Excision benign lesion, trunk/arms/legs", "11402", "Upper back, midline", reasons=["c1"]),
        P("Repair, intermediate, trunk", "12031", "Upper back, midline", reasons=["c1"]),
    ],
    "note_title": "Progress Note",
    "note": f"""{HDR} - Marc Baptiste, MD
Progress Note 12/02/2025 - Harold Dunleavy, 73M

Cyst upper back for years; inflamed and drained twice this year (urgent care I&D in July), painful when
he leans back in a chair. Currently quiet, no fluctuance.
Exam: firm subcutaneous cyst with punctum, upper midline back, mildly tender.
A: Epidermoid cyst, recurrently inflamed and painful.
P: Excision today, see procedure note. Path to outside lab.
""",
    "extra": [DOC("proc", "Procedure Note - Excision", """PROCEDURE NOTE
Pre-procedure diagnosis: epidermoid cyst, upper back
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi, 8 mL
Procedure: Lesion measured before incision: 2.2 cm greatest diameter. Fusiform excision marked with 2 mm
  margins around the cyst; excised to subcutaneous fat, cyst removed intact with the punctum.
  Repair: layered closure - 3-0 Vicryl buried deep sutures, 4-0 nylon simple interrupted epidermal.
  Final repair length 3.8 cm.
Specimens: 1, to Summit Dermatopathology
EBL: 5 mL
Complications: none
Disposition: pressure dressing; suture removal 12-14 days.
M. Baptiste, MD
""")],
    "path": [{"text": "Skin and subcutis, upper back, excision: ruptured epidermoid (infundibular) cyst with "
                      "foreign-body giant cell reaction.", "date": "2025-12-05"}],
    "expected": E([L("11403"), L("12032")], ["coding-correction"], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.2 + 2 x 0.2 = 2.6 cm excised diameter, trunk -> 11403 (not 11402). Layered closure "
                  "3.8 cm on the trunk -> 12032 (not 12031). Inflamed/painful cyst meets BSL-3.",
})

SCENARIOS.append({
    "id": "s70-exb-dysplastic-nevus-scalp",
    "family": "excision-benign", "shape": "free-text",
    "description": "Changing pigmented lesion L parietal scalp 0.6 cm + 2 mm margins, simple closure; dysplastic nevus",
    "date": "2025-12-04",
    "patient": ("Marchand", "Colette", "1950-01-15", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 40,
    "conditions": [C("c1", "Changing pigmented lesion, scalp", "D48.5", "Scalp, left parietal")],
    "procedures": [
        P("Excision of pigmented lesion", site="Scalp, left parietal", note="Details in procedure note"),
    ],
    "note_title": "Office Visit",
    "note": f"""{HDR} | H. Voss, MD | 12/04/2025
Colette Marchand 75F
Hairdresser noticed a dark spot on the L parietal scalp; compared with our 2024 photo it has enlarged and
become darker. Dermoscopy: asymmetric pigment network, peripheral globules. No palpable nodes.
Impression: changing pigmented lesion, scalp - r/o melanoma; excisional biopsy (complete excision) chosen
over partial sampling. Done today, procedure note attached.
""",
    "extra": [DOC("proc", "Procedure Note - Excision", """PROCEDURE NOTE
Pre-procedure diagnosis: changing pigmented lesion L parietal scalp
Post-procedure diagnosis: same, pending pathology
Anesthesia: 1% lidocaine w/ epi, 4 mL
Procedure: Hair clipped. Lesion 0.6 cm in greatest diameter; 2 mm margins marked. Fusiform excision into
  subcutaneous fat. Closed in a single layer with 4-0 nylon simple interrupted sutures, 1.8 cm.
Specimens: 1, oriented with suture at 12 o'clock, to Coastal Dermpath
EBL: minimal (scalp ooze controlled with pressure)
Complications: none
Disposition: may shampoo in 48 h; suture removal 10 days.
H. Voss, MD
""")],
    "path": [{"text": "Skin, left parietal scalp, excision: compound dysplastic nevus with moderate cytologic atypia; "
                      "margins free.", "date": "2025-12-09"}],
    "expected": E([L("11421")], dx={"11421": ["D22.4"]}),
    "coder_note": "EX-1/EX-3: 0.6 + 2 x 0.2 = 1.0 cm, scalp (SNHFG), benign pathology -> 11421. Simple closure "
                  "included (EX-5).",
})

SCENARIOS.append({
    "id": "s70-exb-df-shin-no-lesion-size",
    "family": "excision-benign", "shape": "note-only",
    "description": "Bleeding dermatofibroma R shin excised; only ellipse/repair length documented -> repair only",
    "date": "2025-12-08",
    "patient": ("Sobczak", "Irena", "1983-05-05", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 35,
    "conditions": [C("c1", "Dermatofibroma, right shin", "D23.71", "Right anterior shin", reason=True)],
    "note_title": "Office Visit",
    "note": f"""{HDR} - A. Lindgren, MD - 12/08/2025
Irena Sobczak, 42F
Firm brown papule on the R shin for 2 years, now growing, nicked with the razor repeatedly, bled 3 times
last month and is tender. Positive dimple sign. Clinically a dermatofibroma, symptomatic and enlarging.
Plan: excision today (see procedure note).
""",
    "extra": [DOC("proc", "Procedure Note - Excision", """PROCEDURE NOTE
Pre-procedure diagnosis: dermatofibroma, R anterior shin
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi, 5 mL
Procedure: Elliptical excision, 3.0 x 1.0 cm ellipse oriented along relaxed skin tension lines, taken to
  subcutaneous fat. Layered closure: 4-0 Monocryl buried dermal sutures, 5-0 nylon running epidermal.
  Repair length 3.0 cm.
Specimens: 1, to Lakeview Pathology
EBL: minimal
Complications: none
Disposition: keep dry 24 h; suture removal 14 days.
A. Lindgren, MD
""")],
    "path": [{"text": "Skin, right shin, excision (2.9 x 0.9 x 0.4 cm): dermatofibroma (benign fibrous "
                      "histiocytoma), margins clear.", "date": "2025-12-11"}],
    "expected": E([L("12032")], ["missing-documentation"]),
    "coder_note": "No lesion diameter or margin is documented (ellipse length and pathology specimen size may not "
                  "be used, EX-1) -> no excision line, missing-documentation. The layered repair is separately "
                  "documented: 3.0 cm leg -> 12032.",
})

# =================================================================================================================
# EXCISION, MALIGNANT
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-exm-scc-forearm-layered",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Biopsy-proven SCC L dorsal forearm 1.2 cm + 4 mm margins, layered closure 4.5 cm; Medicare",
    "date": "2025-12-10",
    "patient": ("Whitcombe", "Arliss", "1944-02-28", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 50,
    "conditions": [C("c1", "Squamous cell carcinoma, left forearm", "C44.629", "Left dorsal forearm", reason=True)],
    "procedures": [
        P("Excision of skin cancer", site="Left dorsal forearm", reasons=["c1"]),
        P("Layered closure", site="Left dorsal forearm", reasons=["c1"]),
    ],
    "note_title": "Progress Note",
    "note": f"""{HDR}
C. Okonkwo, MD - Progress Note - 12/10/2025
Arliss Whitcombe, 81M
Here for excision of the L dorsal forearm lesion - shave biopsy 11/20/2025 read as well-differentiated
invasive SCC, transected at the base. Not immunosuppressed. On apixaban - continued per cardiology.
Exam: 1.2 cm keratotic nodule with healing biopsy site, no satellite lesions, no axillary adenopathy.
Plan: standard excision with 4 mm margins (procedure note). Follow-up 2 weeks.
""",
    "extra": [DOC("proc", "Procedure Note", """PROCEDURE NOTE - Excision, malignant
Pre-procedure diagnosis: invasive SCC, L dorsal forearm
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi, 7 mL
Procedure: Lesion 1.2 cm clinical diameter. Margins 4 mm marked circumferentially. Excised to fascia.
  Hemostasis with electrocautery (anticoagulated). Layered closure: 4-0 Monocryl deep, 4-0 Prolene
  running superficial. Repair length 4.5 cm.
Specimens: 1, oriented, to Summit Dermatopathology
EBL: 10 mL
Complications: none
Disposition: pressure dressing; suture removal 14 days.
C. Okonkwo, MD
""")],
    "path": [{"text": "Skin, left dorsal forearm, excision: residual squamous cell carcinoma, well differentiated; "
                      "all margins free (closest 3 mm).", "date": "2025-12-15"}],
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.629"]}),
    "coder_note": "EX-1: 1.2 + 2 x 0.4 = 2.0 cm, arm -> 11602; intermediate repair 4.5 cm arm -> 12032 "
                  "(separately reportable, EX-5).",
})

SCENARIOS.append({
    "id": "s70-exm-mis-cheek-intermediate",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Melanoma in situ R cheek 0.8 cm + 5 mm margins, layered closure 3.4 cm; MAC-named Medicare",
    "date": "2025-12-11",
    "patient": ("Kowalczyk", "Bernadette", "1948-11-30", "female"),
    "provider": "castellanos", "payer": "medicare-ngs", "minutes": 55,
    "conditions": [C("c1", "Melanoma in situ, right cheek", "D03.39", "Right cheek", reason=True)],
    "note_title": "Pre-operative Note",
    "note": f"""{HDR} - I. Castellanos, MD - 12/11/2025
Bernadette Kowalczyk 77F
Punch biopsy 11/18 (R malar cheek): melanoma in situ, lentigo maligna type. Wood's lamp today shows no
subclinical extension beyond the visible border. Mohs vs wide local excision discussed; she prefers
standard excision with 5 mm margins and permanent sections. Consent signed. Procedure note to follow.
""",
    "extra": [
        DOC("proc", "Procedure Note - Wide Local Excision", """PROCEDURE NOTE
Pre-procedure diagnosis: melanoma in situ, R cheek
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi 1:100,000, 6 mL
Procedure: Visible lesion 0.8 cm. 5 mm margins marked around the entire lesion; fusiform excision
  oriented along the relaxed skin tension lines, to subcutaneous fat. Layered closure with 5-0 Monocryl
  buried dermal and 6-0 nylon running epidermal sutures; final length 3.4 cm.
Specimens: 1, suture at superior tip, to Coastal Dermpath for permanent sections
EBL: minimal
Complications: none
Disposition: home; suture removal 6-7 days.
I. Castellanos, MD
"""),
        DOC("rn", "Nursing Note - Post-op Teaching", """NURSING NOTE
Post-op wound care reviewed with patient and daughter: keep dressing dry 24 h, then daily cleansing and
petrolatum. Acetaminophen for pain. Call for bleeding, fever or spreading redness.
Suture removal appointment 12/18 booked. - M. Ostrowski, RN
""", kind="nursing", by="Maja Ostrowski, RN"),
    ],
    "path": [{"text": "Skin, right cheek, wide local excision: melanoma in situ, lentigo maligna type, completely "
                      "excised; closest peripheral margin 3 mm.", "date": "2025-12-16"}],
    "expected": E([L("11642"), L("12052")], dx={"11642": ["D03.39"]}),
    "coder_note": "EX-3: melanoma in situ takes malignant codes. 0.8 + 2 x 0.5 = 1.8 cm, face -> 11642. Layered "
                  "closure 3.4 cm face -> 12052.",
})

SCENARIOS.append({
    "id": "s70-exm-reexcision-positive-margin-58",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision of BCC L shin 8 days after excision with positive margin (inside 010 global) -> 58",
    "date": "2025-12-09",
    "patient": ("Ellery", "Prudence", "1945-07-07", "female"),
    "provider": "baptiste", "payer": "medicare-advantage-ppo", "minutes": 40,
    "conditions": [C("c1", "Basal cell carcinoma, left shin, positive margin", "C44.719", "Left anterior shin",
                     reason=True)],
    "procedures": [
        P("Re-excision, malignant lesion, leg", "11603", "Left anterior shin", reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-12-01", "11602", "Excision malignant lesion, leg", "Left anterior shin")],
    "note_title": "Progress Note",
    "note": f"""{HDR} - Marc Baptiste, MD - 12/09/2025
Prudence Ellery 80F
Path from the 12/01 excision of the L shin lesion: infiltrative BCC, tumor at the lateral margin.
Plan made at the path call: return for re-excision of the scar with margins. She is here for that today.
Sutures from 12/01 still in; wound intact. Re-excision done (procedure note).
""",
    "extra": [DOC("proc", "Procedure Note - Re-excision", """PROCEDURE NOTE
Pre-procedure diagnosis: BCC L anterior shin, positive lateral margin on 12/01/2025 excision
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi, 6 mL
Procedure: Scar/previous excision site measured 2.0 cm. 3 mm margins marked around it; excised to fascia.
  Closed with 4-0 nylon simple interrupted sutures in one layer.
Specimens: 1, oriented, to Summit Dermatopathology
EBL: minimal        Complications: none
Disposition: leg elevation; suture removal 14 days.
M. Baptiste, MD
""")],
    "path": [
        {"text": "Skin, left shin, excision: basal cell carcinoma, infiltrative pattern, extending to the lateral "
                 "peripheral margin.", "date": "2025-12-04",
         "encounter": "enc-s70-exm-reexcision-positive-margin-58-prior-1"},
        {"text": "Skin, left shin, re-excision: scar with no residual basal cell carcinoma; margins free.",
         "date": "2025-12-12"},
    ],
    "expected": E([L("11603", 1, "58")], ["global-period"], dx={"11603": ["C44.719"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of the 12/01 excision is "
                  "staged/related -> 58. Coded malignant even though the re-excision is negative. 2.0 + 2 x 0.3 = "
                  "2.6 cm leg -> 11603. Simple closure included.",
})

SCENARIOS.append({
    "id": "s70-exm-back-and-arm-repairs-summed",
    "family": "excision-malignant", "shape": "note-only",
    "description": "BCC L upper back (1.3 cm) + SCCIS R upper arm (0.9 cm) excised; layered repairs 3.0 + 2.0 summed",
    "date": "2025-12-15",
    "patient": ("Farnsworth", "Clement", "1940-03-03", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 70,
    "conditions": [
        C("c1", "Basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right upper arm", "D04.61", "Right upper arm", reason=True),
    ],
    "note_title": "Progress Note",
    "note": f"""{HDR} - Wei Chen, MD - 12/15/2025
Clement Farnsworth 85M
Here for excision of two biopsy-proven skin cancers (biopsies 11/24): nodular BCC L upper back and SCC in
situ R lateral upper arm. Prefers excision for both in one visit. Healthy, not anticoagulated.
Both excised today; details in the procedure note.
""",
    "extra": [DOC("proc", "Procedure Note - Excisions x2", """PROCEDURE NOTE
Pre-procedure diagnosis: A) nodular BCC, L upper back; B) SCC in situ, R lateral upper arm
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi, 10 mL total
Procedure:
 A) L upper back: lesion 0.7 cm, 3 mm margins, fusiform excision to fat. Layered closure (3-0 Vicryl
    deep, 4-0 nylon superficial), length 3.0 cm.
 B) R lateral upper arm: lesion 0.5 cm, 2 mm margins, fusiform excision to fat. Layered closure (4-0
    Monocryl deep, 4-0 nylon superficial), length 2.0 cm.
Specimens: 2 (A, B) to Summit Dermatopathology
EBL: 10 mL        Complications: none
Disposition: suture removal 12-14 days.
W. Chen, MD
""")],
    "path": [{"text": "A. Skin, left upper back, excision: basal cell carcinoma, nodular; margins free.\n"
                      "B. Skin, right upper arm, excision: squamous cell carcinoma in situ; margins free.",
              "date": "2025-12-18"}],
    "expected": E([L("11602"), L("11601"), L("12032")], dx={"11602": ["C44.519"], "11601": ["D04.61"]}),
    "coder_note": "A: 0.7 + 0.6 = 1.3 cm trunk -> 11602; B: 0.5 + 0.4 = 0.9 cm arm -> 11601 (SCCIS is malignant "
                  "coding). REP-1: both layered repairs are in the 12031-12037 group -> 3.0 + 2.0 = 5.0 cm -> 12032.",
})

# =================================================================================================================
# INCISION AND DRAINAGE
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-id-buttock-abscess-simple",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Single simple abscess R buttock, I&D without packing; Medicaid",
    "date": "2025-12-16",
    "patient": ("Rosario", "Dante", "2001-09-19", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 25,
    "conditions": [C("c1", "Cutaneous abscess of right buttock", "L02.31", "Right buttock", reason=True)],
    "procedures": [
        P("Incision and drainage", site="Right buttock", note="See procedure note", reasons=["c1"]),
    ],
    "note_title": "Acute Visit",
    "note": f"""{HDR} - Jordan Pike, PA-C - 12/16/2025
Dante Rosario, 24M - same-day add-on
Painful "boil" R buttock x 4 days, getting bigger. No fever or chills. No prior boils. No diabetes.
Exam: 2.5 cm fluctuant tender erythematous nodule R upper buttock, 1 cm surrounding erythema, no
lymphangitic streaking. Afebrile.
A: Abscess R buttock. P: I&D today (procedure note). Culture sent. Warm compresses. Return prn.
""",
    "extra": [
        DOC("proc", "Procedure Note - I&D", """PROCEDURE NOTE
Pre-procedure diagnosis: abscess, R buttock
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine, 3 mL field block
Procedure: Single abscess. 1 cm linear incision with #11 blade; moderate purulent drainage expressed.
  Cavity small, no loculations; irrigated with saline. No packing required.
Specimens: wound culture swab to lab
EBL: minimal        Complications: none
Disposition: dry gauze dressing; warm compresses tid.
J. Pike, PA-C
"""),
        DOC("rn", "Nursing Note", """NURSING NOTE
Aerobic wound culture collected and labeled by provider; sent to Quest. Dressing applied, instructions
given. - A. Brightwater, LPN
""", kind="nursing", by="Ada Brightwater, LPN"),
    ],
    "expected": E([L("10060")], dx={"10060": ["L02.31"]}),
    "coder_note": "Single, simple abscess with no loculations or packing -> 10060.",
})

SCENARIOS.append({
    "id": "s70-id-axilla-three-abscesses-precoded",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Three separate L axillary abscesses, loculations broken, packed; pre-coded 10060 -> 10061",
    "date": "2026-01-06",
    "patient": ("Haddad", "Samira", "1994-12-12", "female"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 35,
    "conditions": [C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True)],
    "procedures": [
        P("Incision and drainage of abscess", "10060", "Left axilla", reasons=["c1"]),
    ],
    "note_title": "Acute Visit",
    "note": f"""{HDR} - Ines Castellanos, MD - 01/06/2026
Samira Haddad, 31F
Painful swellings L armpit x 1 week after shaving, now three separate lumps; low-grade temp 37.9 yesterday.
No prior similar episodes. No comedones, sinus tracts or scarring in the axillae or groin (not HS).
Exam: L axilla - three separate fluctuant tender abscesses (2.0, 1.5 and 1.2 cm) with surrounding erythema.
A: Multiple cutaneous abscesses, L axilla. P: I&D of each today (procedure note); doxycycline 100 mg bid
x 7 days (eRx); recheck and packing removal in 48 h.
""",
    "extra": [DOC("proc", "Procedure Note - I&D", """PROCEDURE NOTE
Pre-procedure diagnosis: abscesses x3, L axilla
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi, 6 mL
Procedure: Each of the 3 abscesses incised separately with #11 blade. Copious purulence. Loculations broken
  up with a curved hemostat in all three cavities; irrigated; each cavity packed with 1/4-inch iodoform gauze.
Specimens: culture from the largest cavity
EBL: 5 mL          Complications: none
Disposition: absorbent dressing; return 48 h for packing removal.
I. Castellanos, MD
""")],
    "expected": E([L("10061")], ["coding-correction"], dx={"10061": ["L02.412"]}),
    "coder_note": "Multiple abscesses with loculations broken and packing = complicated/multiple I&D -> 10061, "
                  "not 10060 (one unit, MUE 1).",
})

# =================================================================================================================
# INTRALESIONAL
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-il-keloids-chest-volume-in-nursing",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to 3 chest keloids, Kenalog-40; total volume 1.5 mL only in the nursing MAR note -> J3301 x6",
    "date": "2026-01-08",
    "patient": ("Mbeki", "Lwazi", "1990-04-14", "male"),
    "provider": "abernathy", "payer": "commercial", "minutes": 20,
    "conditions": [C("c1", "Keloids, presternal chest", "L91.0", "Anterior chest", reason=True)],
    "note_title": "Progress Note",
    "note": f"""{HDR} - J. Abernathy, MD - 01/08/2026
Lwazi Mbeki, 35M - f/u keloids
Three keloids on the presternal chest after acne, intensely itchy and painful when his seatbelt rubs.
Last injected 6 weeks ago with partial flattening.
Exam: three firm shiny pink keloids, presternal (largest 2.5 cm), tender.
A: Keloids, symptomatic. P: repeat intralesional triamcinolone today (procedure note); silicone gel
sheeting nightly. RTC 6 weeks.
""",
    "extra": [
        DOC("proc", "Procedure Note - Intralesional Injection", """PROCEDURE NOTE
Pre-procedure diagnosis: keloids x3, chest
Post-procedure diagnosis: same
Anesthesia: none (ice pack)
Procedure: Intralesional injection of triamcinolone acetonide 40 mg/mL with a 30-gauge needle into each of
  the 3 keloids until blanching. Volumes recorded on the nursing medication administration note.
Specimens: none     EBL: none     Complications: none
Disposition: home.
J. Abernathy, MD
"""),
        DOC("rn", "Nursing Note - Medication Administration", """MEDICATION ADMINISTRATION - 01/08/2026
Drug: triamcinolone acetonide (Kenalog-40) 40 mg/mL, single-dose vial, lot TK4471, exp 08/2027.
Drawn up and handed to Dr. Abernathy. Volume injected: keloid 1 - 0.5 mL, keloid 2 - 0.6 mL,
keloid 3 - 0.4 mL. Total volume administered 1.5 mL. Remainder of vial discarded.
- R. Iyer, RN
""", kind="nursing", by="Rohan Iyer, RN"),
    ],
    "expected": E([L("11900"), L("J3301", 6)], dx={"11900": ["L91.0"]}),
    "coder_note": "3 lesions -> 11900. Dose 1.5 mL x 40 mg/mL = 60 mg -> J3301 x6 (per 10 mg).",
})

SCENARIOS.append({
    "id": "s70-il-alopecia-areata-nine-patches-precoded",
    "family": "intralesional", "shape": "pre-coded",
    "description": "ILK to 9 alopecia areata patches pre-coded 11900 + J3301 x3; 32 mg documented -> 11901 + J3301 x4",
    "date": "2026-01-12",
    "patient": ("Truong", "Lily", "2004-08-22", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True)],
    "procedures": [
        P("Intralesional injection, up to and including 7 lesions", "11900", "Scalp", reasons=["c1"]),
        P("Injection, triamcinolone acetonide, per 10 mg", "J3301", "Scalp", note="Units billed: 3",
          reasons=["c1"]),
    ],
    "note_title": "Progress Note",
    "note": f"""{HDR} - Rafael Santos, MD - 01/12/2026
Lily Truong, 21F, alopecia areata f/u
Patches enlarging since December; new patches occipital. Stress with exams. No nail pitting.
Exam: 9 discrete smooth patches of non-scarring alopecia mapped on the scalp diagram (vertex 3, occiput 2,
L temporal 2, R parietal 2), exclamation-point hairs at the margins. Eyebrows spared.
A: Alopecia areata, patchy, active.
P: Intralesional triamcinolone today to all mapped patches (procedure note). Continue clobetasol solution
nightly. Return 6 weeks.
""",
    "extra": [DOC("proc", "Procedure Note", """PROCEDURE NOTE - Intralesional corticosteroid
Pre-procedure diagnosis: alopecia areata
Post-procedure diagnosis: same
Anesthesia: topical vibration device
Procedure: Triamcinolone acetonide 10 mg/mL injected intradermally, 0.1 mL per injection point spaced
  1 cm apart, into all 9 patches. Total volume 3.2 mL.
Specimens: none      EBL: none      Complications: none
Disposition: tolerated well; may wash hair tonight.
R. Santos, MD
""")],
    "expected": E([L("11901"), L("J3301", 4)], ["coding-correction"], dx={"11901": ["L63.9"]}),
    "coder_note": "9 lesions injected (>7) -> 11901, not 11900. 3.2 mL x 10 mg/mL = 32 mg -> J3301 ceil(3.2) = 4.",
})

SCENARIOS.append({
    "id": "s70-il-cystic-acne-spironolactone-25",
    "family": "intralesional", "shape": "free-text",
    "description": "Acne flare with new spironolactone (E/M-25) + ILK to 5 cysts, 5 mg -> J3301 x1; commercial",
    "date": "2026-01-13",
    "patient": ("Kingsley", "Aurora", "2002-10-02", "female"),
    "provider": "voss", "payer": "commercial-uhc", "minutes": 30, "em": "99213",
    "conditions": [C("c1", "Acne vulgaris, nodular, face", "L70.0", "Cheeks and jawline", reason=True)],
    "procedures": [
        P("Intralesional Kenalog to acne cysts", site="Face - cheeks and jawline", note="5 nodules",
          reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": f"""{HDR}
Office Visit - Henrietta Voss, MD - 01/13/2026
Aurora Kingsley, 23F, established

Acne flaring along the jaw and lower cheeks over 3 months, premenstrual flares, several painful deep
bumps now. On adapalene 0.3% gel and BPO wash; finished doxycycline in the fall.
Exam: jawline/lower cheeks - inflammatory papules, 5 tender nodules/cysts 6-10 mm, mild PIH.
Assessment: Acne vulgaris with hormonal pattern, nodular component.
Plan: Start spironolactone 50 mg daily (eRx) - side effects, menstrual irregularity, avoid pregnancy
discussed; no potassium monitoring needed at her age/health. Continue adapalene and BPO.
Injected the 5 painful cysts today (procedure note). Follow-up 3 months.
""",
    "extra": [DOC("proc", "Procedure Note", """PROCEDURE NOTE - Intralesional injection
Pre-procedure diagnosis: inflamed acne cysts x5
Post-procedure diagnosis: same
Anesthesia: none
Procedure: Triamcinolone acetonide 10 mg/mL (Kenalog-10), 0.1 mL into each of 5 cysts (R jaw 2, L jaw 2,
  L cheek 1). Total 0.5 mL.
Specimens: none     EBL: none     Complications: none
Disposition: home.
H. Voss, MD
""")],
    "expected": E([L("99213", 1, "25"), L("11900"), L("J3301", 1)], dx={"11900": ["L70.0"]}),
    "coder_note": "New spironolactone management is work beyond the injection decision -> 99213-25. 5 lesions -> "
                  "11900. 0.5 mL x 10 mg/mL = 5 mg -> J3301 x1.",
})

# =================================================================================================================
# MIXED
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-mix-bx-nose-cryo-six-aks",
    "family": "mixed", "shape": "note-only",
    "description": "Shave bx R nasal sidewall + LN2 to 6 AKs scalp/forehead; XS on 17000 only; Medicare",
    "date": "2026-01-14",
    "patient": ("Oyelaran", "Bertram", "1949-09-09", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Basal cell carcinoma, nose", "C44.311", "Right nasal sidewall", reason=True),
        C("c2", "Actinic keratoses", "L57.0", "Scalp and forehead", reason=True),
    ],
    "note_title": "Progress Note",
    "note": f"""{HDR} - W. Chen, MD - 01/14/2026
Bertram Oyelaran 76M - 6-month skin check, hx multiple AKs
New pink bump on the R side of the nose x 3 months, bled once. Rough spots on the scalp again.
Exam (head/neck/hands): R nasal sidewall 5 mm pearly papule with arborizing vessels. Scalp/forehead with
scattered gritty erythematous papules (AKs). No other suspicious lesions.
A/P: 1) R nasal sidewall papule, r/o BCC - shave biopsy. 2) AKs - LN2. Both per procedure note.
""",
    "extra": [DOC("proc", "Procedure Note", """PROCEDURE NOTE
Pre-procedure diagnosis: 1) r/o BCC R nasal sidewall; 2) actinic keratoses
Post-procedure diagnosis: same (1 pending path)
Anesthesia: 1% lidocaine w/ epi 0.5 mL (biopsy site only)
Procedure:
 1) R nasal sidewall - tangential (shave) biopsy, aluminum chloride hemostasis.
 2) Liquid nitrogen cryodestruction of actinic keratoses: scalp 4, forehead 2 (6 lesions). None of the
    treated AKs is at the biopsy site.
Specimens: 1 (nasal sidewall) to Summit Dermatopathology
EBL: minimal      Complications: none
Disposition: wound care and blister care handouts.
W. Chen, MD
""")],
    "path": [{"text": "Skin, right nasal sidewall, shave biopsy: basal cell carcinoma, nodular type.",
              "date": "2026-01-19"}],
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 5)],
                  dx={"11102": ["C44.311"], "17000": ["L57.0"]}),
    "coder_note": "Separate lesions (BX-5 case 1). 11102/17000 is indicator 1 with 17000 as column 2 -> 17000-XS. "
                  "There is no 11102/17003 edit, so 17003 x5 carries no modifier.",
})

SCENARIOS.append({
    "id": "s70-mix-punch-shin-plus-hand-warts",
    "family": "mixed", "shape": "free-text",
    "description": "Punch bx L shin plaque + LN2 to 6 hand warts; 17110-XS; commercial",
    "date": "2026-01-15",
    "patient": ("Delacroix", "Yvette", "1978-03-18", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Hypertrophic plaque, left shin", "L98.8", "Left shin", reason=True),
        C("c2", "Verruca vulgaris, hands", "B07.8", "Both hands", reason=True),
    ],
    "procedures": [
        P("Punch biopsy", site="Left shin", reasons=["c1"]),
        P("Cryotherapy of warts", site="Both hands", note="6 warts", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": f"""{HDR} - Rafael Santos, MD - 01/15/2026
Yvette Delacroix, 47F
1) Itchy thick purple plaque L shin x 6 months, not responding to triamcinolone 0.1%.
2) Warts on both hands, multiplying, painful at the nail folds, bleed when she picks them.
Exam: L shin 2 cm violaceous hyperkeratotic plaque. Hands: 6 verrucous papules (R 4, L 2).
A: 1) Hypertrophic plaque L shin - hypertrophic lichen planus vs SCC; punch bx. 2) Verruca vulgaris,
symptomatic and spreading - LN2. See procedure note.
""",
    "extra": [DOC("proc", "Procedure Note", """PROCEDURE NOTE
Pre-procedure diagnosis: hypertrophic plaque L shin; verrucae both hands
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi 1 mL (shin)
Procedure:
 - L shin: 4 mm punch biopsy, one 4-0 nylon suture.
 - Hands: liquid nitrogen to 6 warts (R dorsal hand/fingers 4, L thumb and index 2), 2 freeze-thaw cycles.
Specimens: 1 (shin) to Lakeview Pathology
EBL: minimal      Complications: none
Disposition: suture removal 2 weeks; repeat cryo in 3-4 weeks if needed.
R. Santos, MD
""")],
    "path": [{"text": "Skin, left shin, punch: hypertrophic lichen planus; no evidence of malignancy.",
              "date": "2026-01-20"}],
    "expected": E([L("11104"), L("17110", 1, "XS")], dx={"11104": ["L43.0"], "17110": ["B07.8"]}),
    "coder_note": "Different lesions: 11104/17110 is indicator 1 with 17110 as column 2 -> 17110-XS. 6 warts -> "
                  "17110 x1.",
})

SCENARIOS.append({
    "id": "s70-mix-mtx-psoriasis-25-excision-shave",
    "family": "mixed", "shape": "free-text",
    "description": "Methotrexate psoriasis visit with dose change (99214-25) + cyst excision L arm + shave R flank SK",
    "date": "2026-01-20",
    "patient": ("Grunewald", "Otto", "1951-11-11", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 60, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True),
        C("c2", "Epidermoid cyst, left upper arm", "L72.0", "Left posterior upper arm", reason=True),
        C("c3", "Irritated seborrheic keratosis, right flank", "L82.0", "Right flank", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Left posterior upper arm", reasons=["c2"]),
        P("Shave removal", site="Right flank", reasons=["c3"]),
    ],
    "note_title": "Office Visit",
    "note": f"""{HDR}
A. Lindgren, MD - Office Visit - 01/20/2026
Otto Grunewald, 74M, established

1) Plaque psoriasis on methotrexate 15 mg weekly + folic acid. ~3% BSA, stable. Labs 01/12 reviewed:
   CBC normal; ALT 68 / AST 55 (up from 30s), creatinine stable. Limits alcohol.
   -> Reduce methotrexate to 12.5 mg weekly, repeat CMP in 4 weeks, hepatology-friendly counseling;
   continue clobetasol for elbows. Discussed switching to a biologic if LFTs stay up.
2) Cyst L posterior upper arm - drained and inflamed twice, tender -> excise today.
3) SK R flank catches on his waistband, bled this week, inflamed -> shave today.
Procedure details in the separate procedure note.
""",
    "extra": [DOC("proc", "Procedure Note", """PROCEDURE NOTE
Pre-procedure diagnosis: A) inflamed epidermoid cyst L posterior upper arm; B) irritated SK R flank
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi, 4 mL total
Procedure:
 A) L posterior upper arm: cyst 0.6 cm, 2 mm margins, fusiform excision, simple closure 4-0 nylon x4.
 B) R flank: shave removal of 0.5 cm lesion, flush, electrocautery hemostasis.
Specimens: 2 to Lakeview Pathology
EBL: minimal      Complications: none
Disposition: suture removal 10-14 days (A).
A. Lindgren, MD
""")],
    "path": [{"text": "A. Left upper arm, excision: epidermoid cyst with inflammation.\n"
                      "B. Right flank, shave: irritated seborrheic keratosis.", "date": "2026-01-23"}],
    "expected": E([L("99214", 1, "25"), L("11401"), L("11300")],
                  dx={"11401": ["L72.0"], "11300": ["L82.0"]}),
    "coder_note": "Methotrexate monitoring with a dose change is significant, separately identifiable -> 99214-25. "
                  "A: 0.6 + 0.4 = 1.0 cm arm -> 11401. B: 0.5 cm trunk shave -> 11300. No 11401/11300 edit.",
})

SCENARIOS.append({
    "id": "s70-mix-bx-then-shave-same-lesion",
    "family": "mixed", "shape": "pre-coded",
    "description": "One R chest lesion pre-coded as 11102 + 11301; whole lesion shaved in one pass -> 11301 only",
    "date": "2026-01-21",
    "patient": ("Fairweather", "Lucinda", "1972-06-06", "female"),
    "provider": "okonkwo", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [C("c1", "Irritated seborrheic keratosis, right upper chest", "L82.0", "Right upper chest",
                     reason=True)],
    "procedures": [
        P("Tangential biopsy of skin", "11102", "Right upper chest", reasons=["c1"]),
        P("Shave removal, trunk, 0.6-1.0 cm", "11301", "Right upper chest", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": f"""{HDR} - C. Okonkwo, MD - 01/21/2026
Lucinda Fairweather, 53F
Single growing brown lesion R upper chest under the bra strap, irritated and bled twice this month.
Exam: one 0.9 cm verrucous stuck-on papule with crust R upper chest. No other lesions of concern.
A/P: Irritated seborrheic keratosis (clinically) - remove completely by shave and send for pathology.
""",
    "extra": [DOC("proc", "Procedure Note", """PROCEDURE NOTE
Pre-procedure diagnosis: irritated SK, R upper chest
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi 0.5 mL
Procedure: Shave removal of the entire 0.9 cm lesion flush with the skin in one pass (DermaBlade);
  electrocautery to the base. This was the only lesion treated. Single specimen - the removed lesion was
  submitted for histology.
Specimens: 1, to Summit Dermatopathology
EBL: minimal      Complications: none
Disposition: petrolatum/bandage daily until healed.
C. Okonkwo, MD
""")],
    "path": [{"text": "Skin, right upper chest, shave: irritated seborrheic keratosis, base involved.",
              "date": "2026-01-26"}],
    "expected": E([L("11301")], ["ncci"], dx={"11301": ["L82.0"]}),
    "coder_note": "BX-4: one lesion removed completely by shave -> shave removal 11301 only; the 11102 for the same "
                  "lesion is not billed (11301/11102 indicator 1, no distinct lesion).",
})

# =================================================================================================================
# MOHS
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-mohs-nasal-tip-six-blocks-complex",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R alar rim BCC, stage 1 six blocks, stage 2 two blocks; complex repair (nostril rim) 2.3 cm",
    "date": "2026-01-22",
    "patient": ("Hollister", "Vernon", "1943-05-29", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 200,
    "conditions": [C("c1", "Basal cell carcinoma, nose", "C44.311", "Right alar rim", reason=True)],
    "note_title": "Pre-operative Note - Mohs",
    "note": f"""{HDR} - MOHS SURGERY CLINIC
Pre-op note - Samuel Weiss, MD - 01/22/2026
Vernon Hollister 82M, referred by Dr. Chen. Biopsy 12/30/2025 (Summit Dermpath): nodular and micronodular
BCC, R alar rim. Primary tumor on the nose (H zone) - Mohs appropriate. On clopidogrel, continued.
Consent for Mohs and repair signed. Operative report and repair note to follow as separate documents.
""",
    "extra": [
        DOC("mohs", "Mohs Micrographic Surgery Report", """MOHS MICROGRAPHIC SURGERY REPORT
Surgeon and pathologist: Samuel Weiss, MD (interprets all frozen sections)
Pre-procedure diagnosis: BCC, nodular/micronodular, R alar rim
Post-procedure diagnosis: same, margins clear after stage 2
Anesthesia: 1% lidocaine w/ epi, 4 mL
Pre-op clinical size 0.8 x 0.6 cm
Stage 1: debulked and excised with 1-2 mm margin; divided into 6 tissue blocks, mapped and inked.
  Residual micronodular BCC, block 4 (deep, lateral).
Stage 2: re-excision of the positive area as 2 tissue blocks. Clear.
Totals: 2 stages; blocks 6 + 2.
Final defect: 1.0 x 0.8 cm R alar rim, extending to the free nostril margin.
Specimens: Mohs layers processed in our Mohs lab; nothing sent out.
EBL: minimal      Complications: none
"""),
        DOC("repair", "Operative Note - Repair", """REPAIR OPERATIVE NOTE - S. Weiss, MD - 01/22/2026
Pre-procedure diagnosis: surgical defect R alar rim after Mohs
Post-procedure diagnosis: same
Anesthesia: additional 1% lidocaine w/ epi 2 mL
Procedure: Complex linear repair. Defect involved the free margin of the nostril rim; wide undermining,
  standing cones excised, rim realigned to avoid notching. Layered closure 5-0 Monocryl / 6-0 nylon.
  Final repair length 2.3 cm.
EBL: minimal      Complications: none
Disposition: pressure dressing 24 h; suture removal 1 week.
"""),
    ],
    "expected": E([L("17311"), L("17312"), L("17315"), L("13151")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: nose, 2 stages -> 17311 + 17312; stage 1 had 6 blocks -> 17315 x1. Repair involving the "
                  "nostril rim free margin is complex (REP-3): 2.3 cm nose -> 13151 (MOHS-7).",
})

SCENARIOS.append({
    "id": "s70-mohs-helix-addendum-blocks-flap",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs L helix SCC, 2 stages; addendum corrects stage 2 to 7 blocks -> 17315 x2; "
                   "advancement flap 5.6 sq cm; MA",
    "date": "2026-01-27",
    "patient": ("Szabo", "Imre", "1938-10-17", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 210,
    "conditions": [C("c1", "Squamous cell carcinoma, left ear", "C44.229", "Left helix", reason=True)],
    "procedures": [
        P("Mohs surgery, stage 1", site="Left helix", reasons=["c1"]),
        P("Mohs surgery, stage 2", site="Left helix", reasons=["c1"]),
        P("Advancement flap repair", site="Left helix", reasons=["c1"]),
    ],
    "note_title": "Pre-operative Note - Mohs",
    "note": f"""{HDR} - MOHS SURGERY CLINIC - S. Weiss, MD - 01/27/2026
Imre Szabo 87M. Biopsy 01/05/2026: invasive SCC, moderately differentiated, L helix. Ear = H zone; Mohs
indicated. Hearing aid removed. Consent signed. See Mohs report and addendum.
""",
    "extra": [
        DOC("mohs", "Mohs Micrographic Surgery Report", """MOHS MICROGRAPHIC SURGERY REPORT
Surgeon/pathologist: Samuel Weiss, MD
Pre-procedure diagnosis: invasive SCC L helix      Post-procedure diagnosis: same, cleared
Anesthesia: 1% lidocaine w/ epi, 5 mL (ring block of the helix)
Stage 1: 4 tissue blocks. SCC at the posterior peripheral margin (block 3).
Stage 2: posterior margin re-excised, 3 tissue blocks. Clear.
Final defect 1.4 x 1.2 cm L mid helix, perichondrium intact.
Repair: helical rim advancement flap. Primary defect 2.1 sq cm, secondary defect 3.5 sq cm, total
  5.6 sq cm. 5-0 Monocryl / 6-0 Prolene.
EBL: minimal    Complications: none
Disposition: pressure dressing; suture removal 7 days.
"""),
        DOC("add1", "Addendum - Mohs Report", """ADDENDUM - S. Weiss, MD - 01/27/2026 18:10
Correction to today's Mohs report, stage 2: the stage 2 specimen was divided into 7 tissue blocks, not 3
(thin curled tissue was split for flat embedding). The Mohs histotechnician's block log and map confirm
7 blocks for stage 2. Stage 1 remains 4 blocks. All other content unchanged.
""", kind="addendum", appends="mohs"),
    ],
    "expected": E([L("17311"), L("17312"), L("17315", 2), L("14060")], dx={"17311": ["C44.229"]}),
    "coder_note": "MOHS-2: ear, 2 stages -> 17311 + 17312. Addendum: stage 2 had 7 blocks -> 17315 x2 (blocks "
                  "beyond 5). Flap total 2.1 + 3.5 = 5.6 sq cm on the ear -> 14060 (FLAP-1/FLAP-3).",
})

SCENARIOS.append({
    "id": "s70-mohs-pretibial-transplant-precoded-site-fix",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs R pretibial SCC in kidney transplant pt, 3 stages; pre-coded 17311/17312 -> 17313/17314; "
                   "layered repair 5.5 cm",
    "date": "2026-02-03",
    "patient": ("Pellegrino", "Antonio", "1960-08-08", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 220,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right lower leg", "C44.722", "Right pretibial leg", reason=True),
        C("c2", "Kidney transplant status", "Z94.0"),
    ],
    "procedures": [
        P("Mohs surgery, head/neck/hands/feet/genitalia, first stage", "17311", "Right pretibial leg",
          reasons=["c1"]),
        P("Mohs surgery, each additional stage", "17312", "Right pretibial leg", note="Qty 2", reasons=["c1"]),
        P("Repair, intermediate", "12032", "Right pretibial leg", reasons=["c1"]),
    ],
    "note_title": "Pre-operative Note - Mohs",
    "note": f"""{HDR} - MOHS SURGERY CLINIC - S. Weiss, MD - 02/03/2026
Antonio Pellegrino 65M, kidney transplant 2014 on tacrolimus + mycophenolate. Biopsy 01/14: invasive SCC,
well differentiated, R pretibial leg, 1.1 cm clinically. Immunosuppressed -> Mohs appropriate despite the
leg location. Consent signed. Mohs report follows.
""",
    "extra": [DOC("mohs", "Mohs Micrographic Surgery Report", """MOHS MICROGRAPHIC SURGERY REPORT
Surgeon/pathologist: Samuel Weiss, MD
Pre-procedure diagnosis: invasive SCC, R pretibial leg     Post-procedure diagnosis: same, cleared
Anesthesia: 1% lidocaine w/ epi, 10 mL
Stage 1: 3 tissue blocks - SCC at the medial margin.
Stage 2: 2 tissue blocks - focal SCC deep at 6 o'clock.
Stage 3: 2 tissue blocks - clear.
Final defect 2.1 x 1.8 cm to deep subcutis; fascia intact; no muscle, tendon, bone, major nerve or vessel
involved.
Repair: layered closure after undermining, 3-0 Monocryl deep, 4-0 nylon running; length 5.5 cm.
EBL: 10 mL     Complications: none
Disposition: compression wrap, leg elevation; suture removal 14 days.
""")],
    "expected": E([L("17313"), L("17314", 2), L("12032")], ["coding-correction"], dx={"17313": ["C44.722"]}),
    "coder_note": "MOHS-2: leg with no deep-structure involvement -> trunk/arms/legs codes 17313 + 17314 x2 (3 stages), "
                  "not 17311/17312. No stage over 5 blocks. Layered repair 5.5 cm leg -> 12032 (MOHS-7).",
})

# =================================================================================================================
# NAILS
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-nail-avulsion-two-right-toes",
    "family": "nails", "shape": "free-text",
    "description": "Traumatic loose nails R great + R 2nd toe, complete avulsion x2 -> 11730-T5 + 11732-T6; Medicare",
    "date": "2026-02-04",
    "patient": ("Yoder", "Elam", "1957-03-30", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Contusion of right great toe with damage to nail", "S90.211A", "Right great toe", reason=True),
        C("c2", "Contusion of right second toe with damage to nail", "S90.221A", "Right second toe", reason=True),
    ],
    "procedures": [
        P("Nail avulsion", site="Right great toe", reasons=["c1"]),
        P("Nail avulsion", site="Right second toe", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": f"""{HDR} - Rafael Santos, MD - 02/04/2026
Elam Yoder 68M
Dropped a weight plate on the R foot 3 weeks ago; urgent care x-ray negative for fracture. Since then the
R great and R second toenails have lifted, are half detached, painful and catch on socks.
Exam: R hallux and R 2nd toe nail plates onycholytic >50%, mobile, tender; old hematoma; no infection.
A/P: traumatic nail plate separation, two toes - remove both nail plates today (procedure note).
""",
    "extra": [DOC("proc", "Procedure Note - Nail Avulsion", """PROCEDURE NOTE
Pre-procedure diagnosis: traumatic onycholysis, R great toe and R second toe
Post-procedure diagnosis: same
Anesthesia: digital block, 2% lidocaine plain, 3 mL per toe
Procedure: Complete avulsion of the R great toenail plate and the R second toenail plate with a Freer
  elevator and hemostat. Nail beds intact. Matrix not treated (nails expected to regrow).
Specimens: none
EBL: minimal       Complications: none
Disposition: Xeroform and gauze; soaks daily; recheck prn.
R. Santos, MD
""")],
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")]),
    "coder_note": "Two nail avulsions: first 11730, additional 11732. Digit modifiers: R great toe T5, R 2nd toe T6.",
})

SCENARIOS.append({
    "id": "s70-nail-phenol-matrixectomy-precoded",
    "family": "nails", "shape": "pre-coded",
    "description": "Recurrent ingrown L hallux: partial avulsion + phenol matrixectomy pre-coded 11730 + 11750 -> 11750-TA",
    "date": "2026-02-05",
    "patient": ("Nakashima", "Keiko", "1999-11-21", "female"),
    "provider": "baptiste", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [C("c1", "Ingrowing nail, left great toe", "L60.0", "Left great toe, lateral border", reason=True)],
    "procedures": [
        P("Avulsion of nail plate, partial", "11730", "Left great toe", reasons=["c1"]),
        P("Excision of nail and nail matrix, partial, permanent", "11750", "Left great toe", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": f"""{HDR} - M. Baptiste, MD - 02/05/2026
Keiko Nakashima, 26F. Third episode of a painful ingrown lateral border of the L great toenail this year;
two prior partial avulsions elsewhere without matrix treatment. No diabetes, no PAD.
Exam: L hallux lateral nail fold erythematous, hypergranulation, tender; no abscess.
A/P: Recurrent ingrown toenail - permanent partial matrixectomy today (procedure note).
""",
    "extra": [DOC("proc", "Procedure Note", """PROCEDURE NOTE
Pre-procedure diagnosis: recurrent onychocryptosis, L great toe lateral border
Post-procedure diagnosis: same
Anesthesia: digital block, 2% lidocaine plain 4 mL; tourniquet
Procedure: Lateral 1/4 of the L great toenail plate separated and avulsed; the lateral matrix horn treated
  with 88% phenol, 3 applications of 30 seconds, then alcohol flush. Same nail, single site.
Specimens: none
EBL: minimal; tourniquet off, capillary refill normal
Complications: none
Disposition: antibiotic ointment, dressing; soaks; recheck 2 weeks.
M. Baptiste, MD
""")],
    "expected": E([L("11750", 1, "TA")], ["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "Permanent partial matrix ablation of the L great toe -> 11750-TA. The partial avulsion of the same "
                  "nail is bundled (11750/11730 indicator 1, no separate site) -> 11730 removed.",
})

SCENARIOS.append({
    "id": "s70-nail-debridement-seven-medicaid",
    "family": "nails", "shape": "note-only",
    "description": "Mechanical debridement of 7 mycotic nails listed in the procedure note -> 11721; Medicaid",
    "date": "2026-02-09",
    "patient": ("Whitehorse", "Delbert", "1955-12-01", "male"),
    "provider": "pike", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Onychomycosis, toenails", "B35.1", "Bilateral toenails", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42"),
    ],
    "note_title": "Progress Note",
    "note": f"""{HDR} - Jordan Pike, PA-C - 02/09/2026
Delbert Whitehorse 70M, T2DM with peripheral neuropathy (A1c 8.1). Thick painful toenails, cannot cut them
himself, pain in shoes when walking.
Exam: thickened, yellow, crumbly, dystrophic toenails with subungual debris (KOH + in 2025); the specific
nails are listed in the procedure note. Protective sensation reduced bilaterally; pedal pulses present;
no ulcers.
A: Onychomycosis, painful, in a diabetic with neuropathy.
P: Debridement today. Daily foot checks. Podiatry referral for diabetic shoes.
""",
    "extra": [DOC("proc", "Procedure Note - Nail Debridement", """PROCEDURE NOTE
Pre-procedure diagnosis: onychomycosis, painful dystrophic nails
Post-procedure diagnosis: same
Anesthesia: none
Procedure: Mechanical debridement (reduction in thickness and length) with nail nippers and rotary burr of
  the following nails: R hallux, R 2nd, R 3rd, L hallux, L 2nd, L 4th, L 5th (7 nails). The R 4th, R 5th
  and L 3rd nails are normal and were not treated.
Specimens: none      EBL: none      Complications: none
Disposition: home.
J. Pike, PA-C
""")],
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "7 nails debrided (6 or more) -> 11721 x1. Digit modifiers are applied only to 11730/11732/11750 "
                  "under the house conventions.",
})

# =================================================================================================================
# PARING
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-par-three-calluses-precoded",
    "family": "paring", "shape": "pre-coded",
    "description": "Three calluses pared, pre-coded 11055 on three lines -> 11056 x1; commercial",
    "date": "2026-02-10",
    "patient": ("Albright", "Coral", "1968-02-19", "female"),
    "provider": "voss", "payer": "commercial", "minutes": 20,
    "conditions": [C("c1", "Corns and callosities, plantar feet", "L84", "Plantar feet", reason=True)],
    "procedures": [
        P("Paring of benign hyperkeratotic lesion, single", "11055", "Right plantar 1st metatarsal head",
          reasons=["c1"]),
        P("Paring of benign hyperkeratotic lesion, single", "11055", "Right plantar 5th metatarsal head",
          reasons=["c1"]),
        P("Paring of benign hyperkeratotic lesion, single", "11055", "Left plantar heel", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": f"""{HDR} - H. Voss, MD - 02/10/2026
Coral Albright 57F, retail worker on her feet 10 h/day. Painful calluses on both soles.
Exam: hyperkeratotic plaques R plantar 1st MTH, R plantar 5th MTH, L plantar heel; preserved skin lines,
no pinpoint capillaries after paring (not warts).
A/P: Painful calluses x3 - pared today (procedure note); urea 40% cream, cushioned insoles.
""",
    "extra": [DOC("proc", "Procedure Note", """PROCEDURE NOTE
Pre-procedure diagnosis: calluses x3
Post-procedure diagnosis: same
Anesthesia: none
Procedure: Paring of benign hyperkeratotic lesions with #15 blade: R 1st MTH, R 5th MTH, L heel (3 lesions).
Specimens: none     EBL: none     Complications: none
Disposition: home.
H. Voss, MD
""")],
    "expected": E([L("11056")], ["coding-correction"], dx={"11056": ["L84"]}),
    "coder_note": "Paring is coded by lesion count band: 3 lesions -> 11056 x1 (2-4), not 11055 x3 "
                  "(11056/11055 indicator 0).",
})

SCENARIOS.append({
    "id": "s70-par-five-lesions-medicaid",
    "family": "paring", "shape": "note-only",
    "description": "Five corns/calluses listed in the progress note, all pared per procedure note -> 11057; Medicaid",
    "date": "2026-02-11",
    "patient": ("Guerrero", "Paloma", "1962-07-27", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 20,
    "conditions": [C("c1", "Corns and callosities", "L84", "Both feet", reason=True)],
    "note_title": "Progress Note",
    "note": f"""{HDR} - J. Abernathy, MD - 02/11/2026
Paloma Guerrero 63F, bunions and hammertoes, painful corns and calluses interfering with walking.
Exam: 1) R 5th toe dorsolateral hard corn; 2) L 5th toe dorsolateral hard corn; 3) R plantar 2nd MTH
callus; 4) L plantar 2nd MTH callus; 5) L medial hallux pinch callus. Dermoscopy of the plantar lesions:
no thrombosed capillaries - not verrucae, so no wart destruction.
A: Corns and calluses x5, symptomatic.
P: Pare all today (procedure note); toe sleeves, wide toe-box shoes; podiatry for bunion evaluation.
""",
    "extra": [DOC("proc", "Procedure Note", """PROCEDURE NOTE
Pre-procedure diagnosis: corns/calluses
Post-procedure diagnosis: same
Anesthesia: none
Procedure: All five hyperkeratotic lesions listed in today's exam pared down with a #15 blade until
  normal skin lines; central core enucleated on both 5th-toe corns.
Specimens: none     EBL: none     Complications: none
Disposition: home; padding applied.
J. Abernathy, MD
""")],
    "expected": E([L("11057")], dx={"11057": ["L84"]}),
    "coder_note": "5 lesions (more than 4) -> 11057 x1. No wart destruction (excluded on dermoscopy).",
})

# =================================================================================================================
# PATCH TEST
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-patch-92-allergens-addendum-mue",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch placement: 80-allergen series + 12-allergen supplement in addendum = 92 -> 95044 capped 90",
    "date": "2026-02-16",
    "patient": ("Brennan-Moss", "Felicity", "1985-01-31", "female"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [C("c1", "Allergic contact dermatitis, suspected occupational, hands and scalp", "L23.9",
                     "Hands and scalp", reason=True)],
    "note_title": "Patch Test Placement",
    "note": f"""{HDR} - I. Castellanos, MD - 02/16/2026
Felicity Brennan-Moss 41F, hairstylist. Seen in consultation 02/02 for hand and scalp-margin dermatitis;
plan made then for comprehensive patch testing. Today: placement only. Off oral steroids > 4 weeks, no
topical steroid to the back. Readings scheduled 02/18 and 02/20. No separate problems addressed today.
""",
    "extra": [
        DOC("proc", "Procedure Note - Patch Test Application", """PROCEDURE NOTE
Pre-procedure diagnosis: suspected allergic contact dermatitis
Post-procedure diagnosis: same
Procedure: Epicutaneous patch tests applied to the upper back in Finn chambers: North American
  comprehensive series, 80 allergens. Chambers marked with skin marker.
Anesthesia: none     Specimens: none     EBL: none     Complications: none
Disposition: keep back dry; no exercise; return 02/18 for first reading.
I. Castellanos, MD
"""),
        DOC("add1", "Addendum - Patch Test Application", """ADDENDUM 02/16/2026 - I. Castellanos, MD
After reviewing her salon product list at placement, a hairdresser supplemental series of 12 allergens not
contained in the comprehensive series was also applied today (upper back, panel 5).
Total allergens applied 02/16/2026: 92 (80 + 12).
""", kind="addendum", appends="proc"),
    ],
    "expected": E([L("95044", 90)], ["mue"]),
    "coder_note": "95044 is per test: 80 + 12 (addendum) = 92 units; MUE 90 (MAI 3) -> capped at 90 with an mue "
                  "finding.",
})

SCENARIOS.append({
    "id": "s70-patch-60-new-consult-25",
    "family": "patch-test", "shape": "free-text",
    "description": "New Medicare pt hand/eyelid dermatitis, Rx started (99204-25) + 60-allergen patch application",
    "date": "2026-02-17",
    "patient": ("Thorsby", "Margit", "1953-04-09", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 55, "em": "99204",
    "conditions": [C("c1", "Dermatitis of hands and eyelids", "L30.9", "Hands and eyelids", reason=True)],
    "procedures": [
        P("Patch test application", site="Upper back", note="Expanded series - count on procedure note",
          reasons=["c1"]),
    ],
    "note_title": "New Patient Consultation",
    "note": f"""{HDR}
NEW PATIENT - C. Okonkwo, MD - 02/17/2026
Margit Thorsby 72F, referred by PCP.

HPI: 1 year of itchy scaly hands and swollen itchy eyelids; worse after gardening and with a new nail
polish in the spring. Tried OTC hydrocortisone. Retired teacher; many personal-care products (list reviewed).
Exam: Bilateral palms/fingers - lichenified scaly plaques with fissures; upper eyelids - erythema and fine
scale; no other sites.
Assessment: Chronic hand dermatitis and eyelid dermatitis - allergic contact dermatitis suspected
(nail-polish resins, fragrance, preservatives), irritant component on hands.
Plan:
- Clobetasol 0.05% ointment bid to hands x 2 weeks then weekends; tacrolimus 0.1% ointment to eyelids
  (eRx both); avoid nail polish; fragrance-free product list given.
- Comprehensive patch testing - applied today, see procedure note; readings day 2 and day 5.
""",
    "extra": [DOC("proc", "Procedure Note - Patch Test Application", """PROCEDURE NOTE
Pre-procedure diagnosis: suspected allergic contact dermatitis
Post-procedure diagnosis: same
Procedure: Patch tests applied to the upper back: expanded baseline series, 60 allergens, IQ chambers;
  sites mapped and marked.
Anesthesia: none     Specimens: none     EBL: none     Complications: none
Disposition: keep back dry; return 02/19 and 02/22 for readings.
C. Okonkwo, MD
""")],
    "expected": E([L("99204", 1, "25"), L("95044", 60)]),
    "coder_note": "New-patient evaluation with two prescriptions started is separately identifiable from the patch "
                  "test application -> 99204-25 (95044/99204 indicator 1). 60 allergens -> 95044 x60.",
})

# =================================================================================================================
# PHOTOTHERAPY
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-photo-excimer-area-sum-precoded",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to elbows/knees pre-coded 96920; laser log areas sum 270 sq cm -> 96921; Medicare",
    "date": "2026-02-18",
    "patient": ("Valdez", "Ernesto", "1961-09-13", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 15,
    "conditions": [C("c1", "Psoriasis vulgaris, localized plaques", "L40.0", "Elbows and knees", reason=True)],
    "procedures": [
        P("Excimer laser treatment for psoriasis, total area less than 250 sq cm", "96920",
          "Bilateral elbows and knees", reasons=["c1"]),
    ],
    "note_title": "Progress Note",
    "note": f"""{HDR} - I. Castellanos, MD - 02/18/2026
Ernesto Valdez 64M. Localized plaque psoriasis (elbows/knees, ~4% BSA), failed > 6 months of clobetasol
and calcipotriene. Excimer course, treatment #4 today.
Interval: plaques thinner and less scaly; mild erythema after the last session, no blistering or erosions.
No new sites; scalp and nails uninvolved. No joint symptoms.
Exam: elbows and knees with thin pink plaques, PASI-type scale reduced from baseline photos.
Plan: continue twice weekly; increase knee dose per protocol, hold elbow dose. Continue calcipotriene on
non-laser days. Treatment areas measured by the laser technician (see log). No separate E/M today.
""",
    "extra": [DOC("laser", "Excimer Laser Treatment Log", """EXCIMER LASER LOG - 02/18/2026 - treatment #4
Operator: T. Ferrante, RN, under Dr. Castellanos (in suite)
Treated areas (measured with grid): R elbow 60 sq cm; L elbow 55 sq cm; R knee 75 sq cm; L knee 80 sq cm.
Total treated area today: 270 sq cm.
Dose: 3 x MED (elbows), 4 x MED (knees). Eye protection used. No adverse effects.
""", kind="nursing", by="Tomas Ferrante, RN")],
    "expected": E([L("96921")], ["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded by total area per session: 270 sq cm (250-500) -> 96921, not 96920.",
})

SCENARIOS.append({
    "id": "s70-photo-puva-no-failed-conventional-ga",
    "family": "phototherapy", "shape": "note-only",
    "description": "PUVA session 1 for psoriasis after only 3 weeks of topicals; ABN signed -> 96912-GA; Medicare FFS",
    "date": "2026-02-19",
    "patient": ("Hargrove", "Dolores", "1950-06-24", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True)],
    "note_title": "Progress Note",
    "note": f"""{HDR} - C. Okonkwo, MD - 02/19/2026
Dolores Hargrove 75F, plaque psoriasis ~8% BSA, diagnosed 1 month ago. Has used triamcinolone 0.1% cream
for 3 weeks with partial response. Her sister did well with PUVA and she asks to start PUVA now rather
than continue topicals or try NB-UVB.
Discussed: Medicare covers PUVA for psoriasis only when it is intractable/disabling after conventional
therapy has failed, which is not the case yet, so Medicare will likely deny it as not medically necessary.
She wants to proceed and accepts financial responsibility - ABN completed with nursing before treatment.
PUVA session #1 given today (nursing treatment note). Eye protection and photosensitivity counseling done.
""",
    "extra": [DOC("rn", "Nursing Note - PUVA Treatment", """PHOTOTHERAPY NURSING NOTE - 02/19/2026
ABN (CMS-R-131) for PUVA reviewed and signed by the patient BEFORE treatment; Option 1 checked
(bill Medicare, patient responsible if denied). Copy given.
PUVA session #1: methoxsalen 0.6 mg/kg (40 mg) orally 90 min prior; UVA 1.0 J/cm2, full body cabinet,
UVA goggles, genital shielding. Tolerated well. Wraparound UVA sunglasses for 24 h.
- T. Ferrante, RN
""", kind="nursing", by="Tomas Ferrante, RN")],
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1/COS-4: PUVA without failure of conventional therapy does not meet NCD 250.1 (not "
                  "reasonable and necessary), Medicare FFS, ABN signed before service -> 96912-GA.",
})

# =================================================================================================================
# POST-OP
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-po-suture-removal-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal/path review 9 days after a back excision (010 global); provider picked 99212 -> 99024",
    "date": "2026-01-14",
    "patient": ("Ashdown", "Percival", "1966-05-12", "male"),
    "provider": "voss", "payer": "commercial", "minutes": 10, "em": "99212",
    "conditions": [C("c1", "Epidermoid cyst, left upper back, excised", "L72.0", "Left upper back", reason=True)],
    "prior": [PRIOR("2026-01-05", "11403", "Excision benign lesion, trunk", "Left upper back")],
    "note_title": "Post-op Visit",
    "note": f"""{HDR} - H. Voss, MD - 01/14/2026
Percival Ashdown 59M - post-op check, L upper back cyst excision 01/05/2026.
S: No pain, no drainage, no fever. Has kept the dressing changes as instructed.
Pathology reviewed with him: benign epidermoid cyst, completely removed.
O: Incision well approximated, no erythema, induration or dehiscence. Sutures removed by nursing (see note).
A: Normal post-operative course.
P: Scar care - silicone gel after 2 weeks, sun protection. No activity restriction after this week.
No other concerns raised or addressed today. Return prn.
""",
    "extra": [DOC("rn", "Nursing Note - Suture Removal", """NURSING NOTE 01/14/2026
Suture removal, L upper back: 6 simple interrupted nylon sutures removed intact; Steri-Strips applied.
Wound clean/dry/intact. - M. Ostrowski, RN
""", kind="nursing", by="Maja Ostrowski, RN")],
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-1/conventions: routine post-op visit on day 9 of the 11403's 010 global, nothing else "
                  "addressed -> 99024 instead of the 99212 the provider selected.",
})

SCENARIOS.append({
    "id": "s70-po-new-back-bx-in-flap-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "Shave bx of a new L back lesion 35 days after a cheek flap (090 global) -> 11102-79; Medicare",
    "date": "2026-01-20",
    "patient": ("Pryce", "Gwendolyn", "1947-09-02", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Squamous cell carcinoma in situ, left upper back", "D04.5", "Left upper back",
                     reason=True)],
    "procedures": [
        P("Shave biopsy", site="Left upper back", note="New lesion, r/o SCC", reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-12-16", "14040", "Adjacent tissue transfer, cheek", "Left cheek")],
    "note_title": "Office Visit",
    "note": f"""{HDR} - A. Lindgren, MD - 01/20/2026
Gwendolyn Pryce 78F. Came in about a new scaly spot on the L upper back that her husband noticed a month
ago; it bleeds on her bra clasp. (Her L cheek rotation flap of 12/16 is healing per her report; the
scheduled flap check is 02/03 and the cheek was not examined or treated today.)
Exam: L upper back 8 mm erythematous scaly plaque, irregular border.
A/P: r/o SCC/SCCIS - shave biopsy today (procedure note). Will call with results.
""",
    "extra": [DOC("proc", "Procedure Note - Biopsy", """PROCEDURE NOTE
Pre-procedure diagnosis: scaly plaque L upper back, r/o SCC
Post-procedure diagnosis: same, pending pathology
Anesthesia: 1% lidocaine w/ epi, 1 mL
Procedure: Tangential (shave) biopsy to mid dermis with DermaBlade; aluminum chloride hemostasis.
Specimens: 1 to Coastal Dermpath
EBL: minimal      Complications: none
Disposition: petrolatum/bandage; results 1 week.
A. Lindgren, MD
""")],
    "path": [{"text": "Skin, left upper back, shave biopsy: squamous cell carcinoma in situ, extending to the "
                      "peripheral margin.", "date": "2026-01-23"}],
    "expected": E([L("11102", 1, "79")], ["global-period"], dx={"11102": ["D04.5"]}),
    "coder_note": "GS-5: a new, unrelated lesion treated inside the 090 global of the 12/16 flap (14040) by the same "
                  "physician -> 79 on the biopsy.",
})

SCENARIOS.append({
    "id": "s70-po-day14-after-global-em-kept",
    "family": "post-op", "shape": "note-only",
    "description": "Follow-up 14 days after an 11602 (010 global ended day 10): path review, sutures out -> 99212 "
                   "kept, no 24/99024",
    "date": "2026-02-23",
    "patient": ("Corriveau", "Anatole", "1964-01-30", "male"),
    "provider": "chen", "payer": "commercial-cigna", "minutes": 15, "em": "99212",
    "conditions": [C("c1", "Squamous cell carcinoma, right upper back, excised", "C44.529", "Right upper back",
                     reason=True)],
    "prior": [PRIOR("2026-02-09", "11602", "Excision malignant lesion, trunk", "Right upper back")],
    "note_title": "Follow-up Visit",
    "note": f"""{HDR} - Wei Chen, MD - 02/23/2026
Anatole Corriveau 62M. Follow-up 2 weeks after excision of SCC, R upper back (02/09/2026); travel kept him
from coming sooner.
Path reviewed with him: invasive SCC, well differentiated, margins clear (closest 4 mm). Discussed
recurrence signs and skin-cancer surveillance schedule: full skin exams every 6 months for 2 years.
Exam: incision healed, no erythema, no nodularity. Sutures removed (nursing note).
A/P: SCC R upper back, excised with clear margins. FBSE 6 months.
Self-exam and sun-protection handout given.
""",
    "extra": [DOC("rn", "Nursing Note", """NURSING NOTE 02/23/2026
Removed 7 nylon sutures R upper back; incision intact, no drainage; Steri-Strips applied.
Pt instructed to let strips fall off on their own. 6-month FBSE recall entered.
- A. Brightwater, LPN
""", kind="nursing", by="Ada Brightwater, LPN")],
    "expected": E([L("99212")]),
    "coder_note": "The 010 global of the 02/09 excision ended 02/19; a visit on 02/23 is outside it, so the "
                  "provider-selected 99212 stands with no 24 and no 99024.",
})

# =================================================================================================================
# REPAIR
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-rep-lacerations-face-scalp-xs",
    "family": "repair", "shape": "free-text",
    "description": "Simple repairs: forehead 2.0 + chin 1.5 (face, summed 3.5) and scalp 3.0 -> 12002 + 12013-XS",
    "date": "2026-02-24",
    "patient": ("Figueroa", "Rosalind", "1979-10-05", "female"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 45,
    "conditions": [
        C("c1", "Laceration of forehead and chin", "S01.81XA", "Forehead and chin", reason=True),
        C("c2", "Laceration of scalp", "S01.01XA", "Occipital scalp", reason=True),
    ],
    "procedures": [
        P("Laceration repair", site="Forehead", reasons=["c1"]),
        P("Laceration repair", site="Chin", reasons=["c1"]),
        P("Laceration repair", site="Scalp, occipital", reasons=["c2"]),
    ],
    "note_title": "Same-day Visit",
    "note": f"""{HDR} - Jordan Pike, PA-C (Dr. Abernathy on site) - 02/24/2026
Rosalind Figueroa 46F, established patient. Slipped on ice at home 2 hours ago, struck forehead/chin and then
the back of her head. No LOC, no vomiting, no neck pain, on no anticoagulants. Urgent care wait 4 h, so
she called us. Tetanus: Tdap 2022 - up to date, no vaccine today.
Exam: alert, oriented, neuro grossly intact, C-spine non-tender. Three clean superficial lacerations
(forehead, chin, occipital scalp) - no foreign body, no fascia or bone exposed.
A/P: lacerations x3 - repaired (procedure note). Head-injury precautions reviewed with her husband.
""",
    "extra": [DOC("proc", "Procedure Note - Laceration Repair", """PROCEDURE NOTE
Pre-procedure diagnosis: lacerations forehead, chin, occipital scalp
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi, 6 mL total
Procedure: Irrigated with 250 mL saline, minimal cleansing needed; no debridement.
  Forehead: 2.0 cm, simple single-layer closure, 6-0 nylon interrupted.
  Chin: 1.5 cm, simple single-layer closure, 6-0 nylon interrupted.
  Occipital scalp: 3.0 cm, simple single-layer closure with staples.
Specimens: none      EBL: minimal      Complications: none
Disposition: face sutures out day 5, scalp staples day 8.
J. Pike, PA-C
""")],
    "expected": E([L("12002"), L("12013", 1, "XS")], dx={"12013": ["S01.81XA"], "12002": ["S01.01XA"]}),
    "coder_note": "REP-1/REP-2: face simple repairs summed 2.0 + 1.5 = 3.5 cm -> 12013; scalp simple 3.0 cm -> "
                  "12002 (different group). 12002/12013 is PTP indicator 1 with 12013 as column 2 -> XS "
                  "(different wounds).",
})

SCENARIOS.append({
    "id": "s70-rep-outside-mohs-flap-decision-57",
    "family": "repair", "shape": "pre-coded",
    "description": "Same-day referral after outside Mohs: new-pt consult decides rotation flap (090) -> 99204-57 + "
                   "14060 (4.8 sq cm)",
    "date": "2026-02-25",
    "patient": ("Lindholm", "Greta", "1958-12-08", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 150, "em": "99204",
    "conditions": [C("c1", "Basal cell carcinoma, nose (Mohs defect)", "C44.311", "Right nasal sidewall",
                     reason=True)],
    "procedures": [
        P("Adjacent tissue transfer or rearrangement, nose, defect 10 sq cm or less", "14060",
          "Right nasal sidewall", reasons=["c1"]),
    ],
    "note_title": "New Patient Consultation - Reconstruction", "html": True,
    "note": H(f"""{HDR} - RECONSTRUCTIVE CONSULT - Samuel Weiss, MD - 02/25/2026
Greta Lindholm 67F, new to our group. Mohs this morning at Westfield Dermatologic Surgery (outside practice)
for nodular BCC of the R nasal sidewall, cleared in 2 stages; referred for same-day reconstruction.
Former smoker (quit 2015), no anticoagulants, no diabetes.
Exam: 1.4 x 1.1 cm defect R nasal sidewall to the nasalis, no cartilage exposure; lid margin unaffected.
Assessment: Post-Mohs defect, R nasal sidewall.
Options discussed in detail: second-intention healing (risk of ectropion pull/contracture), full-thickness
skin graft (color/texture mismatch), local rotation flap. Decision today, with the patient: rotation flap.
Consent signed. Operative note follows.
"""),
    "extra": [DOC("proc", "Operative Note - Flap Repair", """OPERATIVE NOTE - 02/25/2026
Pre-procedure diagnosis: Mohs defect R nasal sidewall (BCC)
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi, 5 mL
Procedure: Rotation flap from the nasal dorsum/sidewall. Primary defect 1.2 sq cm; secondary defect
  3.6 sq cm; total flap repair area 4.8 sq cm. Undermined in the submuscular plane, flap rotated and inset
  with 5-0 Monocryl and 6-0 Prolene; standing cone removed.
Specimens: none (standing cone discarded)
EBL: minimal      Complications: none
Disposition: pressure dressing 24 h; suture removal 1 week; 90-day follow-up schedule given.
S. Weiss, MD
""")],
    "expected": E([L("99204", 1, "57"), L("14060")], dx={"14060": ["C44.311"]}),
    "coder_note": "FLAP-4/GS-4: 14060 has a 090 global; the new-patient E/M that produced the decision for the flap "
                  "the same day takes 57. Flap area 1.2 + 3.6 = 4.8 sq cm nose -> 14060.",
})

SCENARIOS.append({
    "id": "s70-rep-complex-one-cm-nose-precoded",
    "family": "repair", "shape": "pre-coded",
    "description": "Recurrent nevus nasal tip excised (0.8 cm); 1.0 cm 'complex' layered repair pre-coded 13151 -> 12051",
    "date": "2026-02-26",
    "patient": ("Osei-Bonsu", "Abena", "1988-05-17", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [C("c1", "Recurrent melanocytic nevus, nasal tip", "D22.39", "Nasal tip", reason=True)],
    "procedures": [
        P("Excision benign lesion, face, 0.6-1.0 cm", "11441", "Nasal tip", reasons=["c1"]),
        P("Repair, complex, nose", "13151", "Nasal tip", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": f"""{HDR} - I. Castellanos, MD - 02/26/2026
Abena Osei-Bonsu 37F. Nevus on the nasal tip shaved elsewhere in 2023; pigment returned 6 months ago and the
spot has been enlarging. Dermoscopy: irregular pigment within the scar.
A/P: recurrent pigmented lesion in a scar, nasal tip - excision for diagnosis (procedure note).
""",
    "extra": [DOC("proc", "Procedure Note - Excision and Repair", """PROCEDURE NOTE
Pre-procedure diagnosis: recurrent pigmented lesion in scar, nasal tip
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi, 2 mL
Procedure: Lesion 0.4 cm; 2 mm margins; excised to the nasalis. Repair (complex per op template):
  limited undermining, layered closure with 5-0 Monocryl buried sutures and 6-0 nylon superficial.
  No free margin involved, no cartilage exposed, no debridement. Repair length 1.0 cm.
Specimens: 1, to Lakeview Pathology
EBL: minimal      Complications: none
Disposition: suture removal 6 days.
I. Castellanos, MD
""")],
    "path": [{"text": "Skin, nasal tip, excision: recurrent melanocytic nevus (pseudomelanoma) with scar; no "
                      "atypia; margins free.", "date": "2026-03-03"}],
    "expected": E([L("11441"), L("12051")], ["coding-correction"], dx={"11441": ["D22.39"]}),
    "coder_note": "REP-2/REP-3: a complex repair of 1.0 cm or less is coded as simple/intermediate; the closure is "
                  "layered -> 12051. Excision 0.4 + 0.4 = 0.8 cm face, benign -> 11441 (pre-coded correctly).",
})

# =================================================================================================================
# SHAVE
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-sh-neck-and-back-sizes-in-procnote",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of two irritated SKs: L neck 1.3 cm (11307) and R lower back 0.4 cm (11300); Medicare",
    "date": "2026-03-02",
    "patient": ("Eberhardt", "Rosemarie", "1944-04-04", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left neck", "L82.0", "Left lateral neck", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right lower back", "L82.0", "Right lower back", reason=True),
    ],
    "note_title": "Office Visit",
    "note": f"""{HDR} - H. Voss, MD - 03/02/2026
Rosemarie Eberhardt 81F
1) Growth on the L side of the neck rubbed by her collar and necklace, bleeding and crusting for 3 weeks.
2) Itchy, red, raised spot R lower back at the waistband; she scratches it until it bleeds.
Exam: both are keratotic stuck-on papules with inflamed erythematous bases and hemorrhagic crust.
A: Inflamed/irritated seborrheic keratoses x2, symptomatic (bleeding, itching, trauma).
P: Shave removal of both today (procedure note), path to confirm.
""",
    "extra": [DOC("proc", "Procedure Note - Shave Removal", """PROCEDURE NOTE
Pre-procedure diagnosis: irritated seborrheic keratoses x2
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi, 1 mL total
Procedure: Shave removal, flush with surrounding skin, electrocautery hemostasis.
  1) L lateral neck - lesion diameter 1.3 cm
  2) R lower back - lesion diameter 0.4 cm
Specimens: 2 to Coastal Dermpath
EBL: minimal      Complications: none
Disposition: petrolatum daily.
H. Voss, MD
""")],
    "path": [{"text": "1. Left neck, shave: inflamed seborrheic keratosis.\n2. Right lower back, shave: irritated "
                      "seborrheic keratosis.", "date": "2026-03-05"}],
    "expected": E([L("11307"), L("11300")], dx={"11307": ["L82.0"], "11300": ["L82.0"]}),
    "coder_note": "SH-1: neck (SNHFG) 1.3 cm -> 11307; back (TAL) 0.4 cm -> 11300. Inflamed, bleeding, itching SKs "
                  "meet BSL-3.",
})

SCENARIOS.append({
    "id": "s70-sh-shin-size-missing-precoded",
    "family": "shave", "shape": "pre-coded",
    "description": "Two shaves pre-coded 11301 x2; forearm 0.7 cm documented, shin lesion size never recorded",
    "date": "2026-03-03",
    "patient": ("Kimani", "Wanjiru", "1975-08-15", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, left forearm", "L82.0", "Left forearm", reason=True),
        C("c2", "Irritated seborrheic keratosis, right shin", "L82.0", "Right shin", reason=True),
    ],
    "procedures": [
        P("Shave removal, trunk/arms/legs, 0.6-1.0 cm", "11301", "Left forearm", reasons=["c1"]),
        P("Shave removal, trunk/arms/legs, 0.6-1.0 cm", "11301", "Right shin", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": f"""{HDR} - R. Santos, MD - 03/03/2026
Wanjiru Kimani 50F. Two rough growths: L forearm (catches on her work badge, bled) and R shin (itches,
bleeds when she shaves). Both inflamed today.
A/P: irritated SKs x2, symptomatic - shave removal (procedure note).
""",
    "extra": [DOC("proc", "Procedure Note", """PROCEDURE NOTE
Pre-procedure diagnosis: irritated SKs, L forearm and R shin
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi
Procedure: Shave removal with DermaBlade, electrocautery hemostasis.
  L forearm: 0.7 cm lesion removed flush.
  R shin: lesion shaved flush with the surrounding skin.
Specimens: 2 to Lakeview Pathology
EBL: minimal      Complications: none
Disposition: wound care sheet.
R. Santos, MD
""")],
    "path": [{"text": "1. Left forearm, shave: irritated seborrheic keratosis.\n2. Right shin, shave: irritated "
                      "seborrheic keratosis.", "date": "2026-03-06"}],
    "expected": E([L("11301")], ["missing-documentation"], dx={"11301": ["L82.0"]}),
    "coder_note": "Shave removal is size-banded (SH-1): forearm 0.7 cm -> 11301. The shin lesion has no documented "
                  "diameter anywhere -> no line, missing-documentation (README coding decisions).",
})

# =================================================================================================================
# SKIN TAGS
# =================================================================================================================

SCENARIOS.append({
    "id": "s70-tags-twenty-two-medicare",
    "family": "skin-tags", "shape": "free-text",
    "description": "22 irritated/bleeding skin tags neck and axillae, count in procedure note -> 11200 + 11201 x1",
    "date": "2026-03-04",
    "patient": ("Applewhite", "Doreen", "1956-10-29", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 30,
    "conditions": [C("c1", "Acrochordons, irritated", "L91.8", "Neck and bilateral axillae", reason=True)],
    "procedures": [
        P("Removal of skin tags", site="Neck and bilateral axillae", note="Count per procedure note",
          reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": f"""{HDR} - C. Okonkwo, MD - 03/04/2026
Doreen Applewhite 69F. Numerous skin tags on the neck and in both armpits; necklace and bra straps catch
them, several have bled and become red and sore; two twisted and turned dark last month.
Exam: multiple pedunculated acrochordons neck and axillae, several with erythema, crust or hemorrhage.
A/P: symptomatic (bleeding, inflamed, repeatedly traumatized) skin tags - removal today (procedure note).
""",
    "extra": [DOC("proc", "Procedure Note - Skin Tag Removal", """PROCEDURE NOTE
Pre-procedure diagnosis: irritated acrochordons
Post-procedure diagnosis: same
Anesthesia: topical lidocaine 4% x 20 min; 1% lidocaine for larger lesions
Procedure: Removal with sterile curved iris scissors, aluminum chloride hemostasis.
  Neck 12, R axilla 6, L axilla 4. Total 22 skin tags.
Specimens: none      EBL: minimal      Complications: none
Disposition: petrolatum; avoid necklace 1 week.
C. Okonkwo, MD
""")],
    "expected": E([L("11200"), L("11201", 1)], dx={"11200": ["L91.8"]}),
    "coder_note": "22 tags: 11200 covers the first 15; 11201 per additional 10 -> ceil(7/10) = 1.",
})

SCENARIOS.append({
    "id": "s70-tags-forty-commercial-mue",
    "family": "skin-tags", "shape": "note-only",
    "description": "40 symptomatic skin tags (neck/axillae/groin) -> 11200 + 11201 x3 capped at MUE 1; commercial",
    "date": "2026-03-05",
    "patient": ("Mahoney", "Clifford", "1963-03-14", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 45,
    "conditions": [C("c1", "Acrochordons, inflamed", "L91.8", "Neck, axillae, inguinal folds", reason=True)],
    "note_title": "Office Visit",
    "note": f"""{HDR} - R. Santos, MD - 03/05/2026
Clifford Mahoney 62M. Many skin tags; those on the neck catch on his collar and razor and bleed, the
armpit and groin tags chafe, get red and sore with exercise.
Exam: numerous pedunculated tags - neck, both axillae and both inguinal folds - many inflamed, several
with hemorrhagic crust.
A/P: inflamed, bleeding, traumatized acrochordons - snip removal of all symptomatic tags today; count
in the procedure note.
""",
    "extra": [DOC("proc", "Procedure Note - Skin Tag Removal", """PROCEDURE NOTE
Pre-procedure diagnosis: inflamed acrochordons
Post-procedure diagnosis: same
Anesthesia: 1% lidocaine w/ epi, small wheals as needed
Procedure: Snip removal with curved scissors, electrocautery/aluminum chloride hemostasis.
  Neck 18; R axilla 8; L axilla 6; inguinal folds 8 (R 5, L 3). Total removed: 40.
Specimens: none      EBL: minimal      Complications: none
Disposition: petrolatum, loose clothing.
R. Santos, MD
""")],
    "expected": E([L("11200"), L("11201", 1)], ["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "40 tags -> 11200 + 11201 x ceil(25/10) = 3; 11201 MUE is 1 -> capped at 1 with an mue finding.",
})
