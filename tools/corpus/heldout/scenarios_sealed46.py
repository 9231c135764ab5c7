"""Sealed set 46 (s46-): community-care dermatology group, CPRS-style text notes plus a few Epic private charts.

Most charts are Veterans Affairs community-care referrals documented in the group's CPRS-like template (ALL-CAPS
headers, 80-column wrapped text, /es/ signatures, receipt acknowledgements, addenda, numbered orders). A few are the
group's ordinary private patients in plain Epic style. Expected answers from the rule book (sections 2-7, 10),
docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

import re
import textwrap

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

_NAMES = {
    "okafor": ("OKAFOR,ADAEZE", "ADAEZE OKAFOR, MD"),
    "lindqvist": ("LINDQVIST,ERIK", "ERIK LINDQVIST, MD"),
    "ramirez": ("RAMIREZ,SOFIA", "SOFIA RAMIREZ, MD"),
    "chen": ("CHEN,WEI", "WEI CHEN, MD"),
    "baptiste": ("BAPTISTE,MARC", "MARC BAPTISTE, MD"),
    "halvorsen": ("HALVORSEN,KIRSTEN", "KIRSTEN HALVORSEN, MD"),
    "nakamura": ("NAKAMURA,REN", "REN NAKAMURA, MD"),
    "weiss": ("WEISS,SAMUEL", "SAMUEL WEISS, MD"),
    "santos": ("SANTOS,RAFAEL", "RAFAEL SANTOS, MD"),
    "voss": ("VOSS,HENRIETTA", "HENRIETTA VOSS, MD"),
}

_MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


_LONG = []
_MARK = re.compile(r"^\s*(?:[A-Z0-9]{1,2}[.)]|-|\*)\s|^[A-Z][A-Z0-9 /&(),#-]{2,}:")


def _wrap80(text):
    """Reflow any paragraph that has a line over 80 columns (CPRS wraps at 80, mid-sentence)."""
    paras = []
    for line in text.strip("\n").split("\n"):
        if paras and paras[-1] and line.strip() and not _MARK.match(line):
            prev = paras[-1]
            ind = len(line) - len(line.lstrip(" "))
            want = (len(prev[1]) - len(prev[1].lstrip(" "))) if len(prev) > 1 else None
            first_ind = len(prev[0]) - len(prev[0].lstrip(" "))
            m = _MARK.match(prev[0])
            if want is None:
                want = (len(m.group(0)) if m and not m.group(0).rstrip().endswith(":") else first_ind)
            if ind == want:
                prev.append(line)
                continue
        paras.append([line] if line.strip() else [])
    out = []
    for para in paras:
        if not para:
            out.append("")
            continue
        if all(len(x) <= 80 for x in para):
            out.extend(x.rstrip() for x in para)
            continue
        _LONG.append(para[0])
        m = _MARK.match(para[0])
        if len(para) > 1:
            sub = " " * (len(para[1]) - len(para[1].lstrip(" ")))
        elif m and not m.group(0).rstrip().endswith(":"):
            sub = " " * len(m.group(0))
        else:
            sub = " " * (len(para[0]) - len(para[0].lstrip(" ")))
        joined = para[0].rstrip() + "".join(" " + x.strip() for x in para[1:])
        out.extend(textwrap.wrap(joined, width=80, subsequent_indent=sub,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def _cprs(date, time, author, body, local="DERMATOLOGY PROCEDURE NOTE", standard="DERMATOLOGY PROCEDURE NOTE",
          signed_time=None, receipt=None, addenda=None, title="DERMATOLOGY", cosigner=""):
    y, m, d = date.split("-")
    entry = f"{_MON[int(m) - 1]} {int(d):02d}, {y}@{time}"
    auth, sig = _NAMES[author]
    hdr = (f" LOCAL TITLE: {local}\n"
           f"STANDARD TITLE: {standard}\n"
           f"DICTATION DATE: {entry[:12]}          ENTRY DATE: {entry}\n"
           f"      AUTHOR: {auth:<24}EXP COSIGNER: {cosigner}\n"
           f"     URGENCY:                                   STATUS: COMPLETED\n")
    st = signed_time or time[:5]
    tail = (f"\n\n/es/ {sig}\n{title}\nSigned: {m}/{d}/{y} {st}\n")
    if receipt:
        tail += f"\nReceipt Acknowledged By:\n{receipt}\n"
    for a in addenda or []:
        tail += "\n" + a.strip("\n") + "\n"
    return hdr + "\n" + _wrap80(body) + tail


def _addendum(date, time, author, body, title="DERMATOLOGY"):
    y, m, d = date.split("-")
    sig = _NAMES[author][1]
    return (f"{m}/{d}/{y} ADDENDUM                      STATUS: COMPLETED\n{_wrap80(body)}\n\n"
            f"/es/ {sig}\n{title}\nSigned: {m}/{d}/{y} {time}")


# =====================================================================================================================
# BIOPSY
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-bx-punch-forearm-two-tangential",
    "family": "biopsy", "shape": "note-only",
    "description": "VA community care: one punch biopsy (forearm) and two tangential biopsies (back, scalp) -> punch primary",
    "date": "2025-06-10",
    "patient": ("Tolliver", "Raymond", "1958-02-14", "male"),
    "provider": "okafor", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Granuloma annulare", "L92.0", "Left forearm", reason=True),
        C("c2", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "Right upper back", reason=True),
        C("c3", "Actinic keratosis", "L57.0", "Scalp vertex", reason=True),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-06-10", "14:22:10", "okafor", """
COMMUNITY CARE REFERRAL: DERMATOLOGY - SEOC 1.7, auth on file thru 11/2025.
PROCEDURE: Skin biopsies x 3 (one punch, two tangential/shave).

INDICATIONS: 67 yo Army veteran (Gulf War) referred by VA primary care for three
lesions: an enlarging annular plaque on the left forearm x 4 months that failed
OTC hydrocortisone, a shiny pink papule on the right upper back noticed by his
wife, and a rough scalp papule that keeps "coming back" after he picks at it.

FINDINGS:
 A. L dorsal forearm: 2.5 cm annular plaque with beaded, skin-colored border,
    central clearing. DDx granuloma annulare vs tinea vs annular lichen planus.
 B. R upper back (infrascapular): 6 mm pearly pink papule with arborizing
    telangiectasia on dermoscopy. DDx BCC vs irritated nevus.
 C. Scalp vertex: 5 mm hyperkeratotic papule on erythematous base. DDx
    hypertrophic AK vs SCC in situ.
 Right ear helix: 4 mm stuck-on waxy papule, classic SK; reassured, NOT treated
 and not biopsied. No cervical or axillary lymphadenopathy.

Risks (bleeding, infection, scar, pigment change, nondiagnostic sample) discussed
and veteran gave verbal and written consent (iMed consent signed). Time out done.
Anesthesia 1% lidocaine w/ epi, 3 mL total across the three sites.

 A. 4 mm punch biopsy from the active border of the L forearm plaque; closed
    with one 4-0 nylon simple interrupted suture.
 B. Tangential (shave) biopsy of the R upper back papule with a flexible blade
    at the level of the mid dermis; hemostasis with aluminum chloride.
 C. Tangential biopsy of the scalp papule, saucerized to mid dermis; AlCl3.
Specimens A, B, C sent separately in formalin to community pathology lab.

DISPOSITION:
 1. Wound care handout; suture removal L forearm 10-14 days (VA nurse OK).
 2. Will call with path. If B returns as BCC, will schedule ED&C versus
    excision under the same episode of care.
 3. Return 3 months full skin exam.
""", receipt="06/11/2025 08:14\n/es/ DANA M FIELDER, RN\nCOMMUNITY CARE NURSE COORDINATOR",
        addenda=[_addendum("2025-06-13", "09:12", "okafor", """
Path reviewed: A) granuloma annulare; B) nodular BCC, deep margin involved;
C) hypertrophic AK. Veteran notified by phone 06/13. Will request community care
authorization extension for treatment of B.""")]),
    "path": [
        {"text": "A. Skin, left forearm, punch biopsy: Granuloma annulare, interstitial pattern. PAS negative for "
                 "fungal elements.", "site": "Left forearm"},
        {"text": "B. Skin, right upper back, shave biopsy: Basal cell carcinoma, nodular type, extending to the deep "
                 "margin.", "site": "Right upper back"},
        {"text": "C. Skin, scalp, shave biopsy: Actinic keratosis, hypertrophic type. No invasive carcinoma.",
         "site": "Scalp vertex"},
    ],
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["L92.0"]}),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary; the two tangential biopsies each take 11103 "
                  "(allowed with 11104 per AOC). SK of the ear was not treated.",
})

SCENARIOS.append({
    "id": "s46-bx-incisional-plus-punch-precoded",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Epic private pt: incisional wedge (thigh) + punch (arm) pre-coded 11106 + 11104 -> 11106 + 11105",
    "date": "2025-04-17",
    "patient": ("Westergaard", "Lorna", "1949-09-30", "female"),
    "provider": "ramirez", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Localized scleroderma [morphea]", "L94.0", "Right anterior thigh", reason=True),
        C("c2", "Granuloma annulare", "L92.0", "Left upper arm", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy of skin, single lesion", "11106", "Right anterior thigh",
          "Fusiform wedge to subcutaneous fat with #15 blade, 1.8 x 0.5 cm, closed with 4-0 nylon.", ["c1"]),
        P("Punch biopsy of skin, single lesion", "11104", "Left upper arm",
          "4 mm punch, closed with one 4-0 nylon.", ["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Dermatology Procedure Note - Riverside Dermatology (private clinic)
Provider: Sofia Ramirez, MD          Date of service: 04/17/2025

Chief complaint: hardened patch on the right thigh, new ring-shaped spots on the left arm.

HPI: 75-year-old woman, established with us for rosacea. Over 5 months a firm, shiny, ivory-colored plaque has
developed on the right anterior thigh; it feels tight and slightly itchy. Separately she noticed 3 small
skin-colored rings on the left upper arm 6 weeks ago. No Raynaud's, no dysphagia, no new medications.

Exam: Right anterior thigh 7 x 5 cm indurated sclerotic plaque with violaceous rim. Left upper arm: three
1-1.5 cm annular plaques with firm papular borders. No sclerodactyly, no nailfold capillary changes.

Assessment/plan:
1. Indurated plaque R thigh - suspect morphea; deep sampling needed to include subcutis, so an incisional
   (wedge) biopsy was performed across the edge.
2. Annular plaques L upper arm - granuloma annulare vs annular sarcoid; 4 mm punch biopsy of one ring.
3. Rosacea - stable on metronidazole gel, not addressed further today.

Procedure: Consent signed. Lidocaine 1% with epinephrine.
 - Incisional biopsy, R anterior thigh: fusiform wedge with #15 blade through dermis into fat, 1.8 x 0.5 cm,
   closed with three 4-0 nylon interrupted sutures.
 - Punch biopsy, L upper arm: 4 mm punch, one 4-0 nylon suture.
Two specimens, separate jars. EBL minimal. Tolerated well.

Follow-up: suture removal 14 days. Will review pathology; if morphea is confirmed, start clobetasol and
consider NB-UVB.

Electronically signed by Sofia Ramirez, MD on 04/17/2025 at 4:51 PM
""",
    "path": [
        {"text": "Skin, right thigh, incisional biopsy: Sclerosing dermatitis with thickened collagen bundles and "
                 "perivascular lymphoplasmacytic infiltrate, consistent with morphea.", "site": "Right anterior thigh"},
        {"text": "Skin, left upper arm, punch biopsy: Palisading granulomatous dermatitis with mucin, consistent "
                 "with granuloma annulare.", "site": "Left upper arm"},
    ],
    "expected": E([L("11106"), L("11105")], ["coding-correction"], dx={"11106": ["L94.0"]}),
    "coder_note": "BX-2: incisional outranks punch; only one primary per encounter (11106/11104 PTP indicator 0), so "
                  "the punch becomes its own add-on 11105.",
})

SCENARIOS.append({
    "id": "s46-bx-eight-tangential-dns-mue",
    "family": "biopsy", "shape": "free-text",
    "description": "Medicaid MCO dysplastic nevus pt: 8 tangential biopsies on the trunk -> 11102 + 11103 capped at MUE 6",
    "date": "2025-08-05",
    "patient": ("Okonjo", "Priscilla", "1990-11-21", "female"),
    "provider": "chen", "payer": "medicaid-mco", "minutes": 50,
    "conditions": [
        C("c1", "Dysplastic nevi, trunk", "D22.5", "Trunk", reason=True),
        C("c2", "Family history of malignant melanoma of skin", "Z80.8", history=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Upper back, left paraspinal", note="7 mm irregular brown macule, new on photo "
          "comparison. Tangential removal for histology, DermaBlade.", reasons=["c1"]),
        P("Shave biopsy", site="Upper back, right scapula", note="6 mm, darker centre, changed vs 02/2025 photos.",
          reasons=["c1"]),
        P("Shave biopsy", site="Mid back, midline", note="5 mm with peripheral globules.", reasons=["c1"]),
        P("Shave biopsy", site="Left flank", note="8 mm, two-tone, enlarged.", reasons=["c1"]),
        P("Shave biopsy", site="Right lower back", note="6 mm, irregular network.", reasons=["c1"]),
        P("Shave biopsy", site="Sternum", note="5 mm, new.", reasons=["c1"]),
        P("Shave biopsy", site="Left upper abdomen", note="7 mm, blurred border.", reasons=["c1"]),
        P("Shave biopsy", site="Right lower abdomen", note="6 mm, eccentric hyperpigmentation.", reasons=["c1"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-08-05", "10:05:44", "chen", """
PROCEDURE: Tangential (shave) biopsies, eight (8) pigmented lesions, trunk.

INDICATIONS: 34 yo F with dysplastic nevus syndrome, mother and maternal aunt with
melanoma. Total body photography on file from 02/2025. Today eight lesions show
change on side-by-side comparison or dermoscopic atypia. Patient prefers biopsy
of all changed lesions today rather than short-term monitoring.

FINDINGS: >100 nevi, many clinically atypical. Eight lesions selected (sites in
procedure list: L paraspinal upper back, R scapula, mid back, L flank, R lower
back, sternum, L upper abdomen, R lower abdomen). Remainder stable, monitored
only. No palpable lymphadenopathy.

Consent signed. 1% lido w/ epi. Each lesion removed by tangential (deep shave)
technique with ~1 mm rim for histology, AlCl3 hemostasis. 8 specimens labeled 1-8.

DISPOSITION:
 1. Path to be called to patient. Any severe atypia -> re-excision discussed.
 2. Sun protection; monthly self exams; photos updated today.
 3. RTC 6 months or sooner per path.
""", title="DERMATOLOGY ATTENDING", receipt="08/05/2025 16:40\n/es/ LEAH T MOORE, LPN"),
    "path": [
        {"text": "Specimens 1-8, skin of trunk, shave biopsies: Compound dysplastic nevi with mild to moderate "
                 "cytologic atypia (specimens 1-7); junctional nevus with architectural disorder (specimen 8). "
                 "No melanoma identified.", "site": "Trunk"},
    ],
    "expected": E([L("11102"), L("11103", 6)], ["mue"], dx={"11102": ["D22.5"]}),
    "coder_note": "Eight tangential biopsies = 11102 + 11103 x7; 11103 MUE is 6 (MAI 3), capped per the README "
                  "coding decisions.",
})

SCENARIOS.append({
    "id": "s46-bx-psoriasis-rx-change-chest-shave-bx",
    "family": "biopsy", "shape": "note-only",
    "description": "MA veteran: psoriasis flare with systemic Rx change (99214) + tangential biopsy of new chest papule -> 99214-25 + 11102",
    "date": "2025-09-23",
    "patient": ("Haskins", "Delbert", "1951-05-08", "male"),
    "provider": "baptiste", "payer": "medicare-advantage", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, lower back", reason=True),
        C("c2", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "Left upper chest", reason=True),
    ],
    "note_title": "DERMATOLOGY CLINIC NOTE",
    "note": _cprs("2025-09-23", "11:40:02", "baptiste", """
SUBJECTIVE: 74 yo Navy veteran, established, plaque psoriasis since his 30s, on
clobetasol ointment and calcipotriene. Flaring over the last 2 months after a
URI: new plaques on lower back and shins, itch 7/10, trouble sleeping. Also notes
a "pimple that won't heal" on the L upper chest x 3 months, bleeds when he shaves
his chest hair.

OBJECTIVE: Plaque psoriasis ~8% BSA (elbows, knees, sacrum, shins), thick silvery
scale. Nails: pitting of 3 fingernails. No dactylitis, no joint swelling.
L upper chest: 7 mm translucent papule with central erosion and rolled border.

ASSESSMENT/PLAN:
 1. Psoriasis vulgaris, flaring, inadequately controlled on topicals. Reviewed
    CBC/CMP/hepatitis panel/QuantiFERON from 09/10 (all normal). Start
    apremilast with titration pack, then 30 mg BID; counseled on GI side
    effects, weight loss, mood. Continue clobetasol twice daily to plaques,
    max 2 weeks on / 1 week off. Phototherapy not feasible (lives 70 miles
    away).
 2. Papule L upper chest, r/o BCC. Tangential (shave) biopsy performed today:
    consent, 1% lido w/ epi 1 mL, DermaBlade saucerization to mid dermis,
    AlCl3, petrolatum and bandage. Specimen to lab.

ORDERS:
 1. Apremilast titration pack then 30 mg PO BID #60, 5 refills.
 2. Surgical pathology - L upper chest shave biopsy.
 3. RTC 8 weeks psoriasis recheck; sooner per path.
""", local="DERMATOLOGY OUTPATIENT NOTE", standard="DERMATOLOGY NOTE", receipt=None),
    "path": [
        {"text": "Skin, left upper chest, shave biopsy: Basal cell carcinoma, superficial and nodular types, "
                 "transected at the base.", "site": "Left upper chest"},
    ],
    "expected": E([L("99214", 1, "25"), L("11102")], dx={"11102": ["C44.519"], "99214": ["L40.0"]}),
    "coder_note": "Psoriasis flare with new systemic prescription and lab review is significant and separate from "
                  "the biopsy decision -> 25 on the E/M (GS-3). Medicare Advantage: no G2211 with a 25 E/M anyway.",
})

# =====================================================================================================================
# COSMETIC
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-cos-sk-cryo-medicare-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Epic private pt, Medicare FFS (NGS): cryo of 6 asymptomatic SKs at patient request, voluntary ABN -> 17110 GX GY",
    "date": "2025-03-12",
    "patient": ("Pennington", "Marguerite", "1952-07-19", "female"),
    "provider": "voss", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratoses, back", "L82.1", "Back", reason=True),
        C("c2", "Solar lentigo", "L81.4", "Left shoulder"),
    ],
    "note_title": "Office Procedure Note",
    "note": """Riverside Dermatology - Office Procedure Note
Henrietta Voss, MD | 03/12/2025

S: 72 y/o F, established, asks to have "these brown crusty spots" on her back frozen off. They do not itch,
bleed, hurt or catch on clothing, and she has not seen any of them change; she "just doesn't like how they
look" in a swimsuit. Also asks about a flat brown spot on the L shoulder.

O: Back: six 0.6-1.2 cm stuck-on verrucous tan-brown papules, classic SKs on dermoscopy (milia-like cysts,
comedo-like openings). No inflammation, no erosion, no crust from trauma. L shoulder: 8 mm uniform light-brown
macule with fine reticular pattern = solar lentigo.

A/P:
1. Seborrheic keratoses x 6, asymptomatic, benign - removal is cosmetic. Explained Medicare does not cover
   cosmetic removal. Pt elected to proceed and signed the voluntary ABN (Advance Beneficiary Notice) today
   acknowledging she will pay. Cryotherapy with liquid nitrogen, one 10-second freeze-thaw cycle each to all 6.
   Blistering / hypopigmentation risk reviewed.
2. Solar lentigo L shoulder - benign, reassurance, sunscreen. No treatment.

RTC annual skin check.

Electronically signed: Henrietta Voss, MD 03/12/2025 11:18
""",
    "expected": E([L("17110", 1, "GX", "GY")], ["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: asymptomatic SK (no BSL-3 reason) is cosmetic, statutorily excluded; Medicare FFS -> GY, "
                  "plus GX because a voluntary ABN is documented.",
})

SCENARIOS.append({
    "id": "s46-cos-commercial-facial-sk-cryo-removed",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Epic private pt, Cigna: cosmetic cryo of facial SKs (17110) removed; tangential biopsy of changing back lesion kept",
    "date": "2025-05-28",
    "patient": ("Abernethy-Cole", "Susannah", "1967-01-03", "female"),
    "provider": "voss", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Seborrheic keratosis", "L82.1", "Forehead and cheeks", reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Left upper back", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions, up to 14", "17110", "Forehead, bilateral cheeks",
          "LN2 x4 flat SKs, patient request before family wedding; asymptomatic.", ["c1"]),
        P("Tangential biopsy skin, single lesion", "11102", "Left upper back",
          "9 mm lesion, darker and raised over 2 months per patient; shave biopsy to rule out melanoma.", ["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Procedure Note
Patient: Susannah Abernethy-Cole   DOS 05/28/2025   Provider: H. Voss MD   Payer: Cigna OAP

Reason for visit: wants "age spots" on her face removed before her daughter's wedding in June; also a spot on
her back her husband says looks darker.

Face: four 4-6 mm flat tan seborrheic keratoses (forehead x2, each cheek x1). Asymptomatic - no itch, no
bleeding, no irritation; purely appearance. Discussed that removal is cosmetic and her plan will not pay; she
agreed to self-pay at our cosmetic rate. LN2 cryotherapy to all four.

L upper back: 9 mm dark brown raised papule, history of darkening and enlargement over 2 months, dermoscopy
with irregular dots at one edge. Cannot exclude melanoma - tangential biopsy performed (lidocaine w/ epi,
saucerization, AlCl3). Sent to dermpath.

Plan: petrolatum to face; biopsy site care handout. Will call with results.
Signed H. Voss MD 05/28/2025 15:07
""",
    "path": [
        {"text": "Skin, left upper back, shave biopsy: Irritated (inflamed) seborrheic keratosis with squamous "
                 "eddies. No melanocytic atypia.", "site": "Left upper back"},
    ],
    "expected": E([L("11102")], ["cosmetic"], dx={"11102": ["L82.0"]}),
    "coder_note": "Conventions 'Non-Medicare cosmetic services': the cosmetic 17110 comes off the Cigna claim (patient "
                  "self-pays); with 17110 gone no XS is needed on the medically necessary biopsy.",
})

# =====================================================================================================================
# DESTRUCTION
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-ds-ak-sixteen-precoded-17000-17003",
    "family": "destruction", "shape": "pre-coded",
    "description": "Medicare FFS veteran: 16 AKs pre-coded 17000 + 17003 x15 -> 17004 x1",
    "date": "2025-02-04",
    "patient": ("Brannigan", "Cletus", "1946-10-02", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Actinic keratoses", "L57.0", "Scalp, forehead, dorsal hands", reason=True)],
    "procedures": [
        P("Destruction premalignant lesion, first lesion", "17000", "Scalp", "LN2, first AK", ["c1"]),
        P("Destruction premalignant lesions, each additional 2-14", "17003", "Scalp, forehead, dorsal hands",
          "Billed x15 units (lesions 2-16)", ["c1"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-02-04", "09:12:51", "nakamura", """
PROCEDURE: Cryodestruction of actinic keratoses.

INDICATIONS: 78 yo Vietnam-era veteran, farmer, Fitzpatrick II, extensive actinic
damage. Veteran uses his Medicare for this visit (elected outside VA). Gritty
tender spots on scalp, forehead and hands.

FINDINGS: Sixteen (16) discrete erythematous scaly papules consistent with
actinic keratoses: scalp 7, forehead 4, dorsal hands 5 (R 3, L 2). No
induration, no ulceration, nothing suspicious for SCC today.

Veteran declined field therapy (5-FU) and PDT after discussion. Verbal consent.
Liquid nitrogen via Cry-Ac, 2 freeze-thaw cycles of 5-10 seconds, to all 16
lesions. Tolerated well.

DISPOSITION:
 1. Expect blistering/crusting; Vaseline to treated areas.
 2. Broad-brim hat, SPF 50.
 3. RTC 6 months, sooner for any non-healing or growing lesion.
""", receipt="02/04/2025 13:02\n/es/ GLORIA P ESTES\nMEDICAL SUPPORT ASSISTANT"),
    "expected": E([L("17004")], ["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003 (PTP indicator 0).",
})

SCENARIOS.append({
    "id": "s46-ds-nine-aks-three-warts-xs",
    "family": "destruction", "shape": "note-only",
    "description": "MA PPO veteran: 9 AKs face/ears + 3 common warts on fingers -> 17110, 17000-XS, 17003 x8-XS",
    "date": "2025-10-14",
    "patient": ("Quarles", "Elwood", "1953-12-27", "male"),
    "provider": "okafor", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Face and ears", reason=True),
        C("c2", "Verruca vulgaris", "B07.8", "Left index and middle fingers", reason=True),
        C("c3", "Personal history of squamous cell carcinoma of skin", "Z85.828", history=True),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-10-14", "15:33:27", "okafor", """
PROCEDURE: Cryotherapy - actinic keratoses and verrucae.

INDICATIONS: 71 yo Marine Corps veteran, hx SCC R forearm excised 2019 (scar
without recurrence today). Returns for scaly spots on the face and ears and
painful warts on the L hand that split and bleed when he works on engines.

FINDINGS:
 - Actinic keratoses: nine total - R temple 2, L temple 1, nasal dorsum 1,
   R cheek 2, R helix 1, L helix 2.
 - Verrucae vulgaris: three on the L hand - index finger PIP x1, middle finger
   dorsum x2, fissured with pinpoint bleeding.
 - Trunk: several stuck-on seborrheic keratoses, asymptomatic. Not treated.

Consent verbal. LN2 spray:
 - 9 AKs: 2 freeze-thaw cycles each.
 - 3 warts (separate site, separate lesions): paring with #15 blade then 3
   freeze-thaw cycles each.

DISPOSITION:
 1. Wound care reviewed. Duct tape occlusion to warts between visits.
 2. RTC 4 weeks for repeat wart treatment if persistent.
 3. Full skin exam 6 months given SCC history.
""", receipt="10/15/2025 07:58\n/es/ TERRENCE J OYELARAN, LPN"),
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 8, "XS")],
                  dx={"17000": ["L57.0"], "17110": ["B07.8"]}),
    "coder_note": "DS-1: 9 AKs -> 17000 + 17003 x8. Warts -> 17110. 17110/17000 and 17110/17003 are PTP indicator 1 "
                  "with the AK codes in column 2; different lesions -> XS on 17000 and 17003.",
})

SCENARIOS.append({
    "id": "s46-ds-ak-no-count-edc-sccis-forearm",
    "family": "destruction", "shape": "free-text",
    "description": "VA community care: LN2 to 'multiple' AKs (no count) + ED&C of biopsy-proven SCCIS L forearm, defect 0.9 cm",
    "date": "2025-07-01",
    "patient": ("Villanueva", "Hector", "1955-04-16", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Face and scalp", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left forearm", "D04.62", "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("LN2 cryotherapy to actinic keratoses", site="Face and scalp",
          note="Multiple AKs treated, 2 freeze-thaw cycles.", reasons=["c1"]),
        P("Electrodesiccation and curettage", site="Left dorsal forearm",
          note="Biopsy-proven SCC in situ (path 05/20/2025). Clinical lesion 0.6 cm. Three cycles of curettage and "
               "electrodesiccation; final defect 0.9 cm.", reasons=["c2"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-07-01", "13:48:09", "santos", """
PROCEDURE: 1) ED&C, SCC in situ, L dorsal forearm. 2) Cryotherapy, AKs.

INDICATIONS: 70 yo Vietnam-era veteran, community care episode for "skin cancer
treatment". Shave biopsy 05/20/2025 here: SCC in situ, L dorsal forearm,
transected at base. Veteran prefers ED&C over excision. Also has numerous rough
spots on the face and scalp.

FINDINGS: L dorsal forearm: 0.6 cm pink scaly patch at the healed biopsy site.
Face/scalp: multiple scattered gritty erythematous papules c/w actinic
keratoses on a background of heavy photodamage.

PROCEDURE DETAILS: Consent signed. 1% lido w/ epi 2 mL to forearm. Curettage
with 4 mm then 3 mm curette, followed by electrodesiccation, repeated for three
cycles. Final defect measured 0.9 cm. Petrolatum, bandage.
AKs: liquid nitrogen, 2 freeze-thaw cycles to each lesion treated on face and
scalp.

DISPOSITION:
 1. Daily wound care; expect healing in 3-4 weeks.
 2. Discussed 5-FU cream for field treatment next season; veteran will think
    about it. Not prescribed today.
 3. RTC 3 months.
""", receipt="07/02/2025 09:31\n/es/ MARISOL A DUARTE, RN",
        addenda=[_addendum("2025-07-03", "16:20", "santos", """
Veteran called: blisters on forehead and temples where AKs were frozen, no
signs of infection. Reassured, continue Vaseline. Forearm ED&C site clean.""")]),
    "expected": E([L("17261")], ["missing-documentation"], dx={"17261": ["D04.62"]}),
    "coder_note": "README coding decisions: no AK count anywhere ('multiple', 'numerous') -> no 17000/17003 line + "
                  "missing-documentation. DS-4: SCCIS on the arm, final curettage defect 0.9 cm -> 17261.",
})

SCENARIOS.append({
    "id": "s46-ds-edc-scalp-bcc-after-biopsy",
    "family": "destruction", "shape": "note-only",
    "description": "Medicare FFS veteran: ED&C of biopsy-proven BCC of the scalp vertex, final defect 1.6 cm; biopsy 3 weeks earlier",
    "date": "2025-07-29",
    "patient": ("Dombrowski", "Walter", "1944-08-08", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 30,
    "conditions": [C("c1", "Basal cell carcinoma of skin of scalp", "C44.41", "Scalp vertex", reason=True)],
    "prior": [PRIOR("2025-07-08", "11102", "Tangential biopsy, scalp vertex", "Scalp vertex")],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-07-29", "10:17:45", "weiss", """
PROCEDURE: Electrodesiccation and curettage (ED&C), basal cell carcinoma, scalp.

INDICATIONS: 80 yo Vietnam-era Air Force veteran. Shave biopsy 07/08/2025 (our clinic) of vertex scalp papule: nodular
BCC, well-differentiated, no aggressive features. Bald scalp, heavy sun
exposure. Veteran declines Mohs referral (would need 2-hour drive) and declines
excision; wants "the scraping". Not immunosuppressed. Not a surgical candidate
for flap per his preference.

FINDINGS: Vertex scalp: 1.0 cm pink pearly plaque at biopsy site, well
demarcated. No other suspicious lesions on the scalp.

PROCEDURE DETAILS: Consent signed, site marked and confirmed. 1% lidocaine w/ epi
3 mL. Curettage with 5 mm and 3 mm curettes to firm base, electrodesiccation,
repeated x3 cycles. Final defect 1.6 cm in greatest diameter. Hemostasis
achieved. Vaseline/Telfa.

DISPOSITION:
 1. Wound care handout; heals by second intention 4-6 weeks.
 2. If any recurrence, will re-refer for Mohs.
 3. RTC 6 months full skin exam.
""", receipt="07/29/2025 14:55\n/es/ ALVIN R KOSTELNIK, LPN"),
    "expected": E([L("17272")], dx={"17272": ["C44.41"]}),
    "coder_note": "DS-4: scalp is SNHFG, sized by the final curettage defect 1.6 cm -> 17272. The prior biopsy has a 000 "
                  "global, so no post-op modifier.",
})

# =====================================================================================================================
# E/M
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-em-screening-fse-medicare-new-gy",
    "family": "em", "shape": "note-only",
    "description": "Epic private pt, Medicare FFS: screening-only full-skin exam, no history/complaint/findings -> 99203-GY",
    "date": "2025-04-02",
    "patient": ("Lindquist-Ortega", "Bernadette", "1957-06-25", "female"),
    "provider": "ramirez", "payer": "medicare-noname", "minutes": 25, "em": "99203",
    "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True)],
    "note_title": "New Patient Visit",
    "note": """RIVERSIDE DERMATOLOGY - NEW PATIENT VISIT
DOS: 04/02/2025   Provider: Sofia Ramirez, MD   Visit type: new patient, self-referred

CC: "Just want a skin check." Turned 67, her friend was diagnosed with melanoma and she wanted to be checked.

HPI: No spots of concern. Denies any new, changing, bleeding, itching or non-healing lesions. No personal
history of skin cancer, no family history of melanoma or other skin cancer. No history of blistering sunburns,
no tanning bed use. No immunosuppression.

ROS: negative for rash, pruritus, hair or nail changes.

Exam: Full skin exam including scalp, face, ears, neck, chest, abdomen, back, buttocks, genitalia deferred at
patient request, arms, hands, nails, legs, feet, soles and interdigital spaces. Fitzpatrick III. No lesions of
concern. Nothing requiring biopsy, treatment or monitoring.

Assessment: Encounter for skin cancer screening, normal exam.

Plan: Sun-protective behaviors and monthly self-exam reviewed. Told her Medicare does not cover screening skin
exams without a problem or history; she understood and wants us to submit so she has the denial on file. No
follow-up needed unless she notices a change.

Level of service: 99203 (new patient, low complexity).
Signed electronically by Sofia Ramirez, MD 04/02/2025 2:10 PM
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "README coding decisions / DX-5: Medicare screening-only skin exam, no history, no complaint, nothing "
                  "found -> statutorily excluded, E/M with GY. No voluntary ABN documented, so no GX.",
})

SCENARIOS.append({
    "id": "s46-em-nummular-eczema-in-flap-global-24",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS veteran 35 days after a cheek flap (090): unrelated nummular dermatitis visit -> 99213-24",
    "date": "2025-09-16",
    "patient": ("Castellano", "Ignatius", "1945-03-03", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Nummular dermatitis", "L30.0", "Bilateral shins and forearms", reason=True),
        C("c2", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left cheek", history=True),
    ],
    "prior": [PRIOR("2025-08-12", "14040", "Adjacent tissue transfer, left cheek, after excision of BCC",
                    "Left cheek", "Rotation flap, 8.2 sq cm total")],
    "note_title": "DERMATOLOGY CLINIC NOTE",
    "note": _cprs("2025-09-16", "13:05:19", "lindqvist", """
SUBJECTIVE: 80 yo Army veteran (Vietnam-era), 5 weeks s/p excision of BCC L cheek
with rotation flap repair (08/12/2025). Comes today for a NEW problem: itchy
coin-shaped spots on both shins and forearms x 3 weeks, waking him at night.
Started after the VA switched his soap to a hospital-grade antibacterial. Tried
OTC hydrocortisone 1% without benefit. Flap site: no complaints.

OBJECTIVE: Bilateral pretibial and extensor forearm 2-4 cm nummular eczematous
plaques with crusting and excoriation, ~12 plaques. Xerosis. No vesicles, no
burrows, KOH of one plaque negative (in-office). L cheek flap well healed,
incision lines flat, pink, no dehiscence (checked in passing, part of global).

ASSESSMENT/PLAN:
 1. Nummular dermatitis, new, unrelated to the surgery. KOH negative.
    Triamcinolone 0.1% ointment BID x 2 weeks to plaques, then PRN.
    Fragrance-free cleanser, thick emollient after bathing.
 2. S/p excision BCC L cheek w/ flap - routine post-op healing, no action.

ORDERS:
 1. Triamcinolone 0.1% oint 80 g, apply BID x 14 days, 1 refill.
 2. RTC 4 weeks for dermatitis; flap recheck at 3 months as already scheduled.
""", local="DERMATOLOGY OUTPATIENT NOTE", standard="DERMATOLOGY NOTE",
        receipt="09/16/2025 15:20\n/es/ PAULA J RENNICK, LPN"),
    "expected": E([L("99213", 1, "24")], ["global-period"], dx={"99213": ["L30.0"]}),
    "coder_note": "GS-5: E/M for a problem unrelated to the surgery inside the 90-day global of 14040 (08/12 + 35 days) "
                  "-> modifier 24. The flap check itself is part of the global package.",
})

SCENARIOS.append({
    "id": "s46-em-pemphigoid-99215-g2212-units",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS: established BP flare, 99215 by time 75 min, provider wrote G2212 x2 -> G2212 x1",
    "date": "2025-11-18",
    "patient": ("Fairweather", "Opal", "1939-12-01", "female"),
    "provider": "chen", "payer": "medicare", "minutes": 75, "em": "99215",
    "conditions": [C("c1", "Bullous pemphigoid", "L12.0", "Trunk and extremities", reason=True)],
    "note_title": "DERMATOLOGY CLINIC NOTE",
    "note": _cprs("2025-11-18", "16:44:03", "chen", """
SUBJECTIVE: 85 yo F, widow of a veteran (CHAMPVA secondary; Medicare primary),
established with me for biopsy-proven bullous pemphigoid (DIF 2024). Was
controlled on clobetasol alone; now flaring x 3 weeks with new tense blisters on
thighs, abdomen and forearms, intense itch, two falls at home because she is not
sleeping. Daughter present and assists with history.

OBJECTIVE: >30 tense bullae and erosions on thighs, abdomen, flexor forearms,
urticarial plaques on the back; ~25% BSA. Oral mucosa clear. Nikolsky negative.

DATA: Reviewed outside CMP, CBC with diff (eosinophilia 1.1), HbA1c 8.2, and
last 3 months of glucose logs from her PCP. BP180 ELISA ordered. Discussed with
her PCP by phone re: steroid-sparing plan and diabetes control.

ASSESSMENT/PLAN:
 1. Bullous pemphigoid, severe flare.
    - Start doxycycline 100 mg BID plus niacinamide 500 mg TID.
    - Clobetasol 0.05% cream, daughter to apply to whole body except face
      daily; home health nursing referral for wound care.
    - Discussed methotrexate weekly with CBC/CMP monitoring if not
      controlled in 4 weeks; pros/cons of systemic prednisone given diabetes
      and fall risk. Prednisone not started.
 2. Fall risk / skin fragility - home safety, daughter to supervise bathing.

TIME: Total time on the date of service 75 minutes (record review, history
from patient and daughter, exam, counseling, call with PCP, orders, home
health referral and documentation). No separately billed procedures today.

BILLING: 99215 + G2212 x 2 (prolonged).

ORDERS:
 1. Doxycycline 100 mg PO BID #60. 2. Niacinamide 500 mg TID.
 3. Clobetasol 0.05% cream 454 g. 4. BP180/BP230 ELISA.
 5. Home health referral - wound care. 6. RTC 2 weeks.
""", local="DERMATOLOGY OUTPATIENT NOTE", standard="DERMATOLOGY NOTE"),
    "expected": E([L("99215"), L("G2212")], ["coding-correction"], dx={"99215": ["L12.0"]}),
    "coder_note": "EM-5: Medicare counts G2212 after 99215 from 69 minutes; 75 minutes supports one 15-minute unit "
                  "(a second unit needs 84). G2211 was not documented by the provider and is not added.",
})

SCENARIOS.append({
    "id": "s46-em-new-vet-plantar-wart-decision-only",
    "family": "em", "shape": "free-text",
    "description": "VA community care new patient, single painful plantar wart treated with cryo; 99202 selected -> E/M removed, 17110",
    "date": "2025-03-25",
    "patient": ("Nwachukwu", "Darnell", "1989-07-12", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 15, "em": "99202",
    "conditions": [C("c1", "Plantar wart", "B07.0", "Right plantar forefoot", reason=True)],
    "procedures": [
        P("Cryotherapy of wart", site="Right plantar forefoot, under 2nd metatarsal head",
          note="Pared with #15 blade, LN2 3 freeze-thaw cycles. Single lesion.", reasons=["c1"]),
    ],
    "note_title": "DERMATOLOGY CONSULT",
    "note": _cprs("2025-03-25", "08:52:40", "santos", """
CONSULT: COMMUNITY CARE - DERMATOLOGY. Reason for request: "painful wart R foot,
failed OTC salicylic acid".

HPI: 36 yo Army veteran (OIF), new to our clinic. One painful bump on the ball
of the R foot x 8 months, hurts with running and in boots. Used salicylic acid
pads for 3 months without improvement. No other lesions, no diabetes, no
immunosuppression. No other skin concerns today.

EXAM: R plantar forefoot under 2nd MTH: 7 mm hyperkeratotic papule interrupting
dermatoglyphics, pinpoint black dots after paring. Tender to lateral squeeze.
No other warts on feet or hands.

A/P: Plantar wart R foot, symptomatic. Options reviewed (cryo, cantharidin,
continued salicylic acid, intralesional candida). Veteran chose cryo today.
Verbal consent. Pared with #15 blade, then liquid nitrogen 3 freeze-thaw cycles.
 1. Post-cryo blister care reviewed.
 2. Continue 40% salicylic acid between treatments.
 3. Return 3-4 weeks for repeat cryo if needed.

E/M: 99202 new patient.
""", local="DERMATOLOGY CONSULT NOTE", standard="DERMATOLOGY CONSULT",
        receipt="03/25/2025 12:10\n/es/ KAYLA M BRIGHTWATER\nCOMMUNITY CARE STAFF"),
    "expected": E([L("17110")], dx={"17110": ["B07.0"]}),
    "coder_note": "GS-3 / README coding decisions: the only problem evaluated is the wart that was treated; being a new "
                  "patient does not by itself justify an E/M, so the 99202 line is removed.",
})

# =====================================================================================================================
# EXCISION - BENIGN
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-exb-recurrent-cyst-upper-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "VA community care: recurrently inflamed epidermoid cyst upper back, 2.0 cm + 1 mm margins, layered closure 3.5 cm",
    "date": "2025-05-20",
    "patient": ("Heffernan", "Rory", "1975-10-09", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 45,
    "conditions": [C("c1", "Epidermal cyst", "L72.0", "Upper back, midline", reason=True)],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-05-20", "09:40:11", "weiss", """
PROCEDURE: Excision of cyst, upper back, with intermediate (layered) closure.

INDICATIONS: 49 yo Air Force veteran referred by VA PACT team. Cyst on the
upper back x 6 years, inflamed and drained at VA urgent care twice (11/2024
and 02/2025), painful under his ruck/backpack straps, malodorous drainage.
Currently quiet, no fluctuance - good time for definitive excision.

FINDINGS: Upper back midline at T3: 2.0 cm mobile subcutaneous cyst with
central punctum, mild scarring over the dome from prior I&D. No erythema.

PROCEDURE DETAILS: Consent signed, time out. Lesion measured 2.0 cm greatest
diameter; 1 mm margin around the punctum/scar. Excised diameter 2.2 cm.
Fusiform excision oriented along relaxed skin tension lines with the cyst
removed intact, sac intact. Layered closure: deep dermal 3-0 Vicryl buried
interrupted, epidermis 4-0 nylon running. Closed length 3.5 cm. EBL <5 mL.
Specimen: cyst to pathology.

DISPOSITION:
 1. Keep dry 24 h, then daily washing and petrolatum.
 2. No lifting >20 lb or backpack for 2 weeks.
 3. Suture removal 12-14 days.
""", receipt="05/20/2025 15:02\n/es/ JOSEPHINE W LAROSE, RN"),
    "path": [{"text": "Skin and subcutis, upper back, excision: Ruptured epidermal inclusion cyst with foreign-body "
                      "giant cell reaction and fibrosis. No atypia.", "site": "Upper back"}],
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.0 cm + 2 x 0.1 cm = 2.2 cm on the trunk -> 11403. EX-5: layered closure 3.5 cm trunk -> "
                  "12032, separately reportable. Recurrent inflammation and pain meet the benign-lesion indications.",
})

SCENARIOS.append({
    "id": "s46-exb-neck-dysplastic-nevus-precoded-malignant",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "MA veteran: dysplastic nevus of neck pre-coded 11621 + 12001 -> 11421 (benign path), simple repair included",
    "date": "2025-06-24",
    "patient": ("Ambrose", "Lucinda", "1960-02-28", "female"),
    "provider": "okafor", "payer": "medicare-advantage", "minutes": 35,
    "conditions": [
        C("c1", "Atypical (dysplastic) nevus, left lateral neck", "D22.4", "Left lateral neck", reason=True),
        C("c2", "Personal history of malignant melanoma of skin", "Z85.820", history=True),
    ],
    "procedures": [
        P("Excision malignant lesion neck 0.6-1.0 cm", "11621", "Left lateral neck",
          "Excision of changing pigmented lesion, 0.6 cm with 2 mm margins", ["c1"]),
        P("Simple repair, 2.0 cm", "12001", "Left lateral neck", "4-0 nylon simple interrupted", ["c1"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-06-24", "14:10:36", "okafor", """
PROCEDURE: Excision, pigmented lesion, L lateral neck, with simple closure.

INDICATIONS: 65 yo Navy veteran (female, served 1980-2002), history of
melanoma R calf 2016 (WLE, stage IA, no recurrence). L lateral neck nevus
enlarging with new asymmetric pigment on serial dermoscopy. Shave biopsy 06/03
showed compound dysplastic nevus, moderate atypia, extending to peripheral
margin; excision recommended.

FINDINGS: L lateral neck 0.6 cm residual pigmented macule at biopsy scar. No
cervical lymphadenopathy.

PROCEDURE DETAILS: Consent, time out. Lesion 0.6 cm; margins 2 mm on all sides
(excised diameter 1.0 cm). Elliptical excision to superficial subcutis. Closed
in a single layer with 4-0 nylon simple interrupted sutures; wound length
2.0 cm. No deep sutures placed.

DISPOSITION:
 1. Sutures out 7 days.
 2. Path to veteran by phone; RTC 6 months FSE (melanoma surveillance).
""", receipt="06/25/2025 08:02\n/es/ DANA M FIELDER, RN\nCOMMUNITY CARE NURSE COORDINATOR"),
    "path": [{"text": "Skin, left lateral neck, re-excision: Residual compound dysplastic nevus with moderate "
                      "atypia; margins clear. No melanoma.", "site": "Left lateral neck"}],
    "expected": E([L("11421")], ["coding-correction", "ncci"], dx={"11421": ["D22.4"]}),
    "coder_note": "EX-3: pathology is benign (dysplastic nevus, D22.4) so benign codes; 0.6 + 2 x 0.2 = 1.0 cm neck "
                  "(SNHFG) -> 11421. EX-5: simple repair is included (11421/12001 PTP indicator 1, same wound).",
})

SCENARIOS.append({
    "id": "s46-exb-dermatofibroma-thigh-size-missing",
    "family": "excision-benign", "shape": "free-text",
    "description": "Epic private pt, UHC: painful dermatofibroma R thigh excised, no lesion size/margin; layered closure 3.2 cm -> 12032 only",
    "date": "2025-08-19",
    "patient": ("Drummond", "Keisha", "1984-04-04", "female"),
    "provider": "ramirez", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [C("c1", "Dermatofibroma, right thigh", "D23.71", "Right anterior thigh", reason=True)],
    "procedures": [
        P("Excision benign lesion", site="Right anterior thigh",
          note="Elliptical excision of firm papule that bleeds when shaving; sent to path.", reasons=["c1"]),
        P("Intermediate layered closure", site="Right anterior thigh",
          note="Deep 4-0 Vicryl buried, 5-0 nylon running; final length 3.2 cm.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Procedure Note
Patient: Keisha Drummond   DOS 08/19/2025   Surgeon: Sofia Ramirez, MD

Indication: Firm brown papule R anterior thigh, repeatedly nicked when shaving with bleeding, tender. Clinical
dimple sign. Patient wants it removed; prior cryo (2023) failed.

Procedure: Informed consent. Prepped with chlorhexidine. 1% lidocaine w/ epi. Elliptical excision of the lesion
down to subcutaneous fat, specimen oriented and sent to pathology. Undermined 5 mm. Closed in layers: deep
dermal 4-0 Vicryl buried interrupted, 5-0 nylon running subcuticular/epidermal. Final repair length 3.2 cm.
Steri-strips and pressure dressing.

Complications: none.
Follow-up: suture removal 14 days.

Signed Sofia Ramirez MD 08/19/2025
""",
    "path": [{"text": "Skin, right thigh, excision: Dermatofibroma (benign fibrous histiocytoma), completely excised.",
              "site": "Right anterior thigh"}],
    "expected": E([L("12032")], ["missing-documentation"], dx={"12032": ["D23.71"]}),
    "coder_note": "README coding decisions: no lesion diameter or margin anywhere -> no size-banded excision line "
                  "(missing-documentation); the separately documented intermediate repair 3.2 cm leg -> 12032 is kept.",
})

# =====================================================================================================================
# EXCISION - MALIGNANT
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-exm-scc-dorsal-hand-layered-repair",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Medicare FFS veteran: biopsy-proven SCC L dorsal hand 1.1 cm + 4 mm margins (1.9 cm), layered closure 3.0 cm",
    "date": "2025-10-07",
    "patient": ("Pettibone", "Lyle", "1942-01-20", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of left upper limb", "C44.629", "Left dorsal hand", reason=True),
    ],
    "prior": [PRIOR("2025-09-02", "11102", "Tangential biopsy, left dorsal hand", "Left dorsal hand")],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-10-07", "10:26:58", "baptiste", """
PROCEDURE: Excision of squamous cell carcinoma, L dorsal hand, with layered
closure.

INDICATIONS: 83 yo Vietnam-era Army veteran, retired lineman. Shave biopsy
09/02/2025: well-differentiated invasive SCC, L dorsal hand, deep margin
involved. Mohs offered (hand = H-zone); veteran declined travel to the Mohs
center and chose standard excision here. On clopidogrel - continued per
cardiology.

FINDINGS: L dorsal hand over 3rd metacarpal: 1.1 cm keratotic nodule at the
biopsy site. No epitrochlear or axillary nodes.

PROCEDURE DETAILS: Consent signed, time out. Marked lesion 1.1 cm with 4 mm
clinical margins = excised diameter 1.9 cm. Fusiform excision to the level of
the extensor paratenon (tendon not exposed). Layered closure: 4-0 Monocryl
deep, 5-0 nylon simple interrupted. Final length 3.0 cm. Hemostasis with
cautery. Pressure dressing, hand elevated.

DISPOSITION:
 1. Keep dressing 48 h, then daily care. Limit gripping/lifting 10 days.
 2. Sutures out 12-14 days.
 3. Path to veteran; if margins positive will re-refer to Mohs.
""", receipt="10/07/2025 16:15\n/es/ GLORIA P ESTES\nMEDICAL SUPPORT ASSISTANT"),
    "path": [{"text": "Skin, left dorsal hand, excision: Residual squamous cell carcinoma, well differentiated, "
                      "invasive to 1.8 mm; all margins free (closest 3 mm).", "site": "Left dorsal hand"}],
    "expected": E([L("11622"), L("12042")], dx={"11622": ["C44.629"]}),
    "coder_note": "EX-1/EX-2: 1.1 + 2 x 0.4 = 1.9 cm on the hand (SNHFG) -> 11622. REP-2: intermediate repair of the "
                  "hand 3.0 cm -> 12042. Biopsy 5 weeks earlier has a 000 global.",
})

SCENARIOS.append({
    "id": "s46-exm-nasal-bcc-new-pt-rotation-flap-57",
    "family": "excision-malignant", "shape": "free-text",
    "description": "MA: new pt with biopsy-proven nasal sidewall BCC, same-day decision and excision with rotation flap 11.7 sq cm -> 99204-57 + 14061",
    "date": "2025-08-26",
    "patient": ("Mcallister", "Geraldine", "1948-05-17", "female"),
    "provider": "halvorsen", "payer": "medicare-advantage", "minutes": 150, "em": "99204",
    "conditions": [C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Right nasal sidewall", reason=True)],
    "procedures": [
        P("Excision of basal cell carcinoma with dorsal nasal rotation flap", site="Right nasal sidewall",
          note="Lesion 1.1 cm, 3 mm margins. Primary defect 2.8 sq cm; rotation flap secondary defect 8.9 sq cm; "
               "total 11.7 sq cm.", reasons=["c1"]),
    ],
    "note_title": "DERMATOLOGY CONSULT AND PROCEDURE NOTE",
    "note": _cprs("2025-08-26", "12:31:07", "halvorsen", """
CONSULT: DERMATOLOGIC SURGERY - NEW PATIENT (private referral, not a community
care episode). Medicare Advantage primary.

HPI: 77 yo F referred by her PCP with a shave biopsy 08/05/2025 (outside lab):
nodular BCC, R nasal sidewall, margins involved. Lesion slowly enlarging x 1
year. Hx of atrial fibrillation on apixaban, type 2 diabetes, prior radiation
to the face: none. Not immunosuppressed.

EXAM: R nasal sidewall 1.1 cm pearly nodule with telangiectasia. Remainder of
face, scalp, neck examined: no other suspicious lesions. No lymphadenopathy.

ASSESSMENT: Nodular BCC, R nasal sidewall. Discussed Mohs (recommended by AUC;
nearest Mohs surgeon with availability is 11 weeks out), standard excision with
frozen margin control, radiation, and observation. Reviewed apixaban bleeding
risk and diabetic wound healing. After discussion the patient elected to
proceed TODAY with excision and flap reconstruction. Decision for surgery made
at this visit.

PROCEDURE: Excision with 3 mm margins around the 1.1 cm tumor, then dorsal nasal
rotation flap. Primary defect 2.8 sq cm; flap design (secondary defect) 8.9 sq
cm; total 11.7 sq cm. Flap elevated at the submuscular level, rotated and inset
with 5-0 Monocryl deep and 6-0 Prolene. Hemostasis bipolar. No complications.
Specimen to dermpath, margins inked.

ORDERS:
 1. Pressure dressing 48 h, cold compresses.
 2. Hold apixaban tonight only, resume tomorrow AM.
 3. Suture removal 7 days; flap check 3 weeks.
""", local="DERMATOLOGIC SURGERY CONSULT", standard="DERMATOLOGY CONSULT"),
    "path": [{"text": "Skin, right nasal sidewall, excision: Basal cell carcinoma, nodular type; peripheral and deep "
                      "margins free of tumor.", "site": "Right nasal sidewall"}],
    "expected": E([L("99204", 1, "57"), L("14061")], dx={"14061": ["C44.311"]}),
    "coder_note": "FLAP-1/FLAP-2: excision is included in the adjacent tissue transfer; 2.8 + 8.9 = 11.7 sq cm on the "
                  "nose -> 14061. FLAP-4/GS-4: the new-patient E/M that made the decision for this 090 procedure the "
                  "same day takes 57.",
})

SCENARIOS.append({
    "id": "s46-exm-mis-back-reexcision-day8-58",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "VA community care: re-excision of MIS with positive margin 8 days after first excision, pre-coded 11602 -> 11602-58",
    "date": "2025-05-14",
    "patient": ("Szymanski", "Theodore", "1963-09-13", "male"),
    "provider": "nakamura", "payer": "commercial", "minutes": 40,
    "conditions": [C("c1", "Melanoma in situ of other part of trunk", "D03.59", "Left upper back", reason=True)],
    "procedures": [
        P("Excision malignant lesion trunk, excised diameter 1.1-2.0 cm", "11602", "Left upper back",
          "Re-excision for margin; 5 mm margins around residual lesion/scar.", ["c1"]),
    ],
    "prior": [PRIOR("2025-05-06", "11601", "Excision of atypical pigmented lesion, left upper back",
                    "Left upper back", "Path: melanoma in situ, lateral margin involved")],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-05-14", "11:02:37", "nakamura", """
PROCEDURE: Re-excision, melanoma in situ, L upper back (staged, planned).

INDICATIONS: 61 yo Army National Guard veteran. Excision 05/06/2025 here of an
atypical pigmented lesion L upper back; pathology (final 05/09): melanoma in
situ, lentiginous, lateral margin involved. Re-excision with 5 mm margins
planned at that time per NCCN; veteran still within the 10-day post-op period.

FINDINGS: L upper back: healing linear scar with 1.0 cm zone of residual
irregular pigment at its lateral end; no nodularity. No lymphadenopathy.

PROCEDURE DETAILS: Consent, time out. Residual lesion/scar area 1.0 cm in
greatest diameter; 5 mm margins; excised diameter 2.0 cm. Excised to fat.
Wound closed in a single layer with 4-0 nylon simple interrupted sutures (no
buried sutures). Specimen oriented with a suture at 12 o'clock.

DISPOSITION:
 1. Wound care; no heavy lifting x 1 week.
 2. Suture removal 12 days.
 3. Melanoma surveillance q3-6 months; TBSE next visit.
""", receipt="05/14/2025 14:40\n/es/ MARISOL A DUARTE, RN",
        addenda=[_addendum("2025-05-19", "08:05", "nakamura", """
Re-excision pathology: scar, no residual melanoma in situ, margins clear.
Veteran informed. Surveillance plan unchanged.""")]),
    "path": [{"text": "Skin, left upper back, re-excision: Scar with no residual melanoma in situ; margins clear.",
              "site": "Left upper back"}],
    "expected": E([L("11602", 1, "58")], ["global-period"], dx={"11602": ["D03.59"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of the 05/06 excision is a "
                  "staged procedure -> 58; coded malignant (MIS) even though the re-excision is clear. 1.0 + 2 x 0.5 = "
                  "2.0 cm trunk -> 11602. Simple closure included.",
})

SCENARIOS.append({
    "id": "s46-exm-two-cancers-legs-arm-summed-repair",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Medicare FFS veteran: SCC R shin (1.7 cm) and BCC L upper arm (1.1 cm) -> 11602 x2; intermediate repairs 3.5 + 2.5 -> 12032; AK cryo 15 days earlier",
    "date": "2025-11-04",
    "patient": ("Ruckelshaus", "Norbert", "1947-04-30", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 70,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of right lower limb", "C44.722", "Right anterior shin", reason=True),
        C("c2", "Basal cell carcinoma of skin of left upper limb", "C44.619", "Left lateral upper arm", reason=True),
    ],
    "prior": [PRIOR("2025-10-20", "17000", "Cryodestruction actinic keratosis, forehead", "Forehead")],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-11-04", "08:15:22", "weiss", """
PROCEDURE: 1) Excision SCC R shin. 2) Excision BCC L upper arm. Layered closure
of both.

INDICATIONS: 78 yo Vietnam-era Navy veteran using Medicare. Biopsies
10/20/2025 (this clinic): (a) R anterior shin - well differentiated SCC;
(b) L lateral upper arm - nodular BCC. Same day one AK on the forehead was
frozen; forehead healed, nothing further there today.

FINDINGS:
 (a) R anterior shin: 0.9 cm crusted keratotic papule at biopsy site.
 (b) L lateral upper arm: 0.5 cm pearly papule at biopsy site.

PROCEDURE DETAILS: Consent signed for both, time out for each site.
 (a) R shin: 0.9 cm lesion, 4 mm margins, excised diameter 1.7 cm. Fusiform
     excision to fat. Layered closure 4-0 Vicryl deep / 4-0 nylon; repair
     length 3.5 cm.
 (b) L upper arm: 0.5 cm lesion, 3 mm margins, excised diameter 1.1 cm.
     Fusiform excision to fat. Layered closure 4-0 Vicryl / 5-0 nylon; repair
     length 2.5 cm.
Both specimens to pathology separately. EBL minimal.

DISPOSITION:
 1. Leg elevation, compression wrap; shin sutures out at 14 days, arm 10 days.
 2. Veteran to call for fever, spreading redness.
 3. TBSE 6 months.
""", receipt="11/04/2025 13:30\n/es/ ALVIN R KOSTELNIK, LPN",
        addenda=[_addendum("2025-11-07", "11:40", "weiss", """
Pathology: (a) shin SCC, margins clear; (b) arm BCC, margins clear. Called
veteran with results.""")]),
    "path": [
        {"text": "(a) Skin, right shin, excision: Squamous cell carcinoma, well differentiated, margins clear.",
         "site": "Right anterior shin"},
        {"text": "(b) Skin, left upper arm, excision: Basal cell carcinoma, nodular, margins clear.",
         "site": "Left lateral upper arm"},
    ],
    "expected": E([L("11602", 2), L("12032")]),
    "coder_note": "EX-1: shin 0.9 + 0.8 = 1.7 cm, arm 0.5 + 0.6 = 1.1 cm, both TAL -> 11602 for each, summed to x2. "
                  "REP-1: intermediate repairs in the same group add: 3.5 + 2.5 = 6.0 cm -> 12032. The 10/20 17000 "
                  "global (010) ended 10/30, so no modifier.",
})

# =====================================================================================================================
# INCISION AND DRAINAGE
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-id-axillary-abscess-simple-medicaid",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Epic private pt, Medicaid: simple I&D of a single R axillary abscess -> 10060",
    "date": "2025-02-18",
    "patient": ("Galvan", "Yesenia", "1996-08-22", "female"),
    "provider": "chen", "payer": "medicaid", "minutes": 25,
    "conditions": [C("c1", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True)],
    "procedures": [
        P("Incision and drainage of abscess", site="Right axilla",
          note="Single 2.5 cm fluctuant abscess. Stab incision, purulence expressed, irrigated. No loculations, "
               "no packing needed.", reasons=["c1"]),
    ],
    "note_title": "Urgent Visit",
    "note": """Riverside Dermatology - Same-day urgent visit
Wei Chen, MD     02/18/2025

28 y/o F with painful lump R armpit x 4 days after shaving, now throbbing, low-grade fever yesterday.
No prior boils. No history of hidradenitis; no comedones, sinus tracts or scarring in axillae or groin today.

Exam: R axilla 2.5 cm tender fluctuant nodule with surrounding 1 cm erythema. Left axilla normal.

Procedure: verbal and written consent. Cleaned with chlorhexidine, 1% lidocaine w/ epi field block. 5 mm stab
incision with #11 blade, moderate purulent drainage expressed, cavity probed - no loculations - and irrigated
with saline. Simple single abscess; packing not required. Culture swab sent. Dressing applied.

Plan: doxycycline 100 mg BID x 7 days pending culture; warm compresses TID; return if worsening.
Signed: Wei Chen, MD
""",
    "expected": E([L("10060")], dx={"10060": ["L02.411"]}),
    "coder_note": "Single simple abscess -> 10060. Hidradenitis explicitly absent.",
})

SCENARIOS.append({
    "id": "s46-id-two-abscesses-precoded-10060-twice",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "VA community care: I&D of two abscesses (L thigh, buttock) pre-coded 10060 on two lines -> 10061 x1",
    "date": "2025-08-12",
    "patient": ("Whitlock", "Jerome", "1979-01-15", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Cutaneous abscess of left lower limb", "L02.416", "Left posterior thigh", reason=True),
        C("c2", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
    ],
    "procedures": [
        P("I&D abscess, simple", "10060", "Left posterior thigh", "3 cm abscess, incised, drained, packed.", ["c1"]),
        P("I&D abscess, simple", "10060", "Right buttock", "2 cm abscess, incised and drained.", ["c2"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-08-12", "15:50:48", "santos", """
PROCEDURE: Incision and drainage, two abscesses (L posterior thigh, R buttock).

INDICATIONS: 46 yo Army veteran (OEF), truck driver, community care urgent
referral for "boils". Two painful swellings x 5 days. MRSA skin infection in
2022. Not diabetic (A1c 5.4 in VA labs 06/2025).

FINDINGS:
 1. L posterior thigh: 3 cm fluctuant abscess, 2 cm surrounding cellulitis.
 2. R buttock: 2 cm fluctuant abscess.
 No hidradenitis pattern, no sinus tracts.

PROCEDURE DETAILS: Consent signed. Each site prepped, lidocaine 1% w/ epi.
 1. Thigh: 1 cm incision, copious purulence, loculations broken up with
    hemostat, irrigated, packed with 1/4" iodoform gauze (15 cm).
 2. Buttock: 6 mm incision, purulence expressed, irrigated, no packing.
Wound culture from thigh sent.

DISPOSITION:
 1. TMP-SMX DS 1 tab BID x 10 days.
 2. Remove packing in 48 h (home; instructions given), warm soaks.
 3. RTC 1 week or PRN.
 4. Decolonization: chlorhexidine wash + mupirocin nares x 5 days.
""", receipt="08/13/2025 07:41\n/es/ KAYLA M BRIGHTWATER\nCOMMUNITY CARE STAFF"),
    "expected": E([L("10061")], ["coding-correction"]),
    "coder_note": "Two abscesses drained at one session = multiple -> 10061 once (code family: 10060 simple or single, "
                  "10061 complicated or multiple), not 10060 twice.",
})

# =====================================================================================================================
# INTRALESIONAL
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-il-prurigo-six-nodules-precoded-11901",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Epic private pt, Aetna: 6 prurigo nodules injected, pre-coded 11901 -> 11900; TAC 10 mg/mL 2.0 mL -> J3301 x2",
    "date": "2025-06-03",
    "patient": ("Eberhardt", "Colette", "1971-03-09", "female"),
    "provider": "voss", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [C("c1", "Prurigo nodularis", "L28.1", "Bilateral forearms and shins", reason=True)],
    "procedures": [
        P("Intralesional injection, more than 7 lesions", "11901", "Forearms and shins",
          "Kenalog-10 to prurigo nodules", ["c1"]),
    ],
    "note_title": "Procedure Note",
    "html": True,
    "note": """<div class="note"><h3>Riverside Dermatology - Procedure Note</h3>
<p><b>Patient:</b> Colette Eberhardt &nbsp; <b>DOS:</b> 06/03/2025 &nbsp; <b>Provider:</b> Henrietta Voss, MD</p>
<p><b>Interval history:</b> Follow-up prurigo nodularis (established). Itch 6/10 (was 9/10). Dupilumab prior
auth still pending with Aetna. Today she asks for injections into the most bothersome nodules.</p>
<p><b>Procedure - intralesional injection:</b></p>
<ul>
<li>Drug: triamcinolone acetonide (Kenalog-10) 10 mg/mL</li>
<li>Total volume: 2.0 mL (20 mg), 30-g needle</li>
<li>Nodules injected: six (6) - R forearm x2, L forearm x1, R shin x2, L shin x1</li>
</ul>
<p>Remaining nodules (dozens) left untreated; continue clobetasol under occlusion.</p>
<p>No complications. Return 4-6 weeks; will start dupilumab once approved.</p>
<p><i>Electronically signed by Henrietta Voss, MD on 06/03/2025 at 10:44 AM</i></p></div>
""",
    "expected": E([L("11900"), L("J3301", 2)], ["coding-correction"], dx={"11900": ["L28.1"]}),
    "coder_note": "Six lesions = up to 7 -> 11900, not 11901. J3301 per 10 mg: 20 mg -> 2 units.",
})

SCENARIOS.append({
    "id": "s46-il-alopecia-areata-plus-dyshidrosis-25",
    "family": "intralesional", "shape": "note-only",
    "description": "MA PPO veteran: ILK to 4 AA patches (15 mg) + new dyshidrotic hand eczema with Rx -> 99213-25, 11900, J3301 x2",
    "date": "2025-04-29",
    "patient": ("Kowalczyk", "Brenda", "1956-11-11", "female"),
    "provider": "okafor", "payer": "medicare-advantage-ppo", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True),
        C("c2", "Dyshidrosis [pompholyx]", "L30.1", "Bilateral palms and lateral fingers", reason=True),
    ],
    "note_title": "DERMATOLOGY CLINIC NOTE",
    "note": _cprs("2025-04-29", "10:58:30", "okafor", """
SUBJECTIVE: 68 yo Air Force veteran (female), established for patchy alopecia
areata of the scalp, here for scheduled ILK. NEW today: itchy tiny blisters on
both palms and sides of fingers x 3 weeks, worse after gardening, cracking and
painful. Tried hand lotion only.

OBJECTIVE:
 Scalp: four patches of non-scarring alopecia - vertex 3 cm, R parietal 2 cm,
 L parietal 2 cm, occiput 1.5 cm - exclamation-point hairs, positive pull test
 at margins.
 Hands: deep-seated vesicles on lateral fingers and palms bilaterally with
 desquamation and fissures. No nail pitting, no interdigital scale (KOH neg).

ASSESSMENT/PLAN:
 1. Alopecia areata, patchy, 4 patches. Intralesional triamcinolone 5 mg/mL,
    3.0 mL total (15 mg), 0.1 mL aliquots intradermally across the four
    patches. Tolerated well. Repeat in 6 weeks.
 2. Dyshidrotic eczema of hands, new problem. Clobetasol 0.05% ointment BID x
    2 weeks then weekends only; cotton-under-nitrile gloves for gardening;
    avoid wet work. If no response, patch testing to be considered.

ORDERS:
 1. Clobetasol 0.05% oint 60 g, 1 refill.
 2. RTC 6 weeks for AA injections and hand recheck.
""", local="DERMATOLOGY OUTPATIENT NOTE", standard="DERMATOLOGY NOTE",
        receipt="04/29/2025 13:15\n/es/ TERRENCE J OYELARAN, LPN"),
    "expected": E([L("99213", 1, "25"), L("11900"), L("J3301", 2)],
                  dx={"11900": ["L63.9"], "99213": ["L30.1"]}),
    "coder_note": "Four patches -> 11900; 15 mg TAC -> J3301 x2 (ceil). The new hand dermatitis with a prescription is "
                  "a separately identifiable problem -> 99213-25.",
})

SCENARIOS.append({
    "id": "s46-il-chest-keloids-nine-j3301-mue",
    "family": "intralesional", "shape": "free-text",
    "description": "Medicare FFS veteran: 9 symptomatic keloids, Kenalog-40 4.2 mL (168 mg) -> 11901 + J3301 capped at 16",
    "date": "2025-12-02",
    "patient": ("Abernathy", "Cornelius", "1958-06-06", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 30,
    "conditions": [C("c1", "Keloid scars, chest and shoulders", "L91.0", "Anterior chest and bilateral shoulders",
                     reason=True)],
    "procedures": [
        P("Intralesional steroid injection to keloids", site="Anterior chest, bilateral shoulders",
          note="Nine keloids: presternal x4, R shoulder x3, L shoulder x2. Triamcinolone acetonide 40 mg/mL, "
               "total 4.2 mL.", reasons=["c1"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-12-02", "14:27:05", "baptiste", """
PROCEDURE: Intralesional corticosteroid injection, keloids.

INDICATIONS: 67 yo Army veteran, long-standing post-acne and post-folliculitis
keloids of the chest and shoulders; painful, itchy, catch on seatbelt and
shirts, two bled this month from scratching. Last injected 6 weeks ago with
partial flattening. Veteran uses Medicare for this series.

FINDINGS: Nine firm keloids: presternal x4 (1.5-4 cm), R shoulder x3 (1-3 cm),
L shoulder x2 (2 cm each). Two excoriated.

PROCEDURE DETAILS: Verbal consent. Triamcinolone acetonide 40 mg/mL, 4.2 mL
total (168 mg) injected intralesionally into all nine keloids with a 27-g
Luer-lock syringe until blanching. No complications.

DISPOSITION:
 1. Silicone gel sheeting nightly.
 2. Repeat in 6 weeks; discussed atrophy and hypopigmentation risks.
""", receipt="12/02/2025 16:05\n/es/ GLORIA P ESTES\nMEDICAL SUPPORT ASSISTANT",
        addenda=[_addendum("2025-12-02", "16:30", "baptiste", """
Late entry: Kenalog-40 lot 4KX117, exp 08/2027, multi-dose vial, recorded per
pharmacy policy. No change to the procedure as documented.""")]),
    "expected": E([L("11901"), L("J3301", 16)], ["mue"], dx={"11901": ["L91.0"]}),
    "coder_note": "More than 7 lesions -> 11901. 168 mg / 10 mg = 17 units, over the J3301 MUE of 16 (MAI 3) -> capped "
                  "at 16 per the README coding decisions.",
})

# =====================================================================================================================
# MIXED
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-mix-cheek-bx-plus-four-aks",
    "family": "mixed", "shape": "note-only",
    "description": "Medicare FFS veteran: tangential biopsy L cheek + cryo of 4 scalp AKs -> 11102, 17000-XS, 17003 x3",
    "date": "2025-03-04",
    "patient": ("Gustafson", "Elmer", "1949-02-17", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left cheek", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Scalp", reason=True),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-03-04", "09:33:14", "nakamura", """
PROCEDURE: 1) Tangential biopsy L cheek. 2) Cryodestruction of AKs, scalp.

INDICATIONS: 76 yo Vietnam-era Army veteran, Medicare. Non-healing spot on the
L cheek x 4 months, bleeds with shaving. Scalp "sandpaper spots".

FINDINGS:
 - L mid cheek: 8 mm pink papule with rolled edge and central crust.
 - Scalp (bald crown and frontal scalp): four scaly erythematous papules c/w
   actinic keratoses.
 - L ear: possible early AK - will watch; not treated today.

PROCEDURE DETAILS: Consent signed.
 1. L cheek: lidocaine 1% w/ epi, tangential (shave) biopsy to mid dermis,
    AlCl3. To pathology.
 2. Scalp: LN2, 2 freeze-thaw cycles to each of the 4 AKs (separate lesions
    from the cheek biopsy site).

DISPOSITION:
 1. Wound care; Vaseline.
 2. Will call with biopsy; if BCC, treatment options at next visit.
 3. RTC 3 months.
""", receipt="03/04/2025 12:47\n/es/ GLORIA P ESTES\nMEDICAL SUPPORT ASSISTANT"),
    "path": [{"text": "Skin, left cheek, shave biopsy: Basal cell carcinoma, nodular and micronodular, extending to "
                      "deep margin.", "site": "Left cheek"}],
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 3)],
                  dx={"11102": ["C44.319"], "17000": ["L57.0"]}),
    "coder_note": "11102/17000 is PTP indicator 1 with 17000 in column 2; different lesions -> XS on 17000. There is no "
                  "11102/17003 edit, so 17003 x3 carries no XS. The possible AK on the ear was not treated.",
})

SCENARIOS.append({
    "id": "s46-mix-edc-shoulder-bcc-defect-plus-sk-shave",
    "family": "mixed", "shape": "pre-coded",
    "description": "Epic private pt, UHC: ED&C BCC L shoulder pre-coded 17260 by lesion size (defect 0.7 cm -> 17261) + shave of bleeding SK back 11301",
    "date": "2025-09-09",
    "patient": ("Haverford", "Miles", "1962-12-12", "male"),
    "provider": "chen", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of left upper limb, including shoulder", "C44.619", "Left shoulder",
          reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Right mid back", reason=True),
    ],
    "procedures": [
        P("Destruction malignant lesion trunk/arms/legs, 0.5 cm or less", "17260", "Left shoulder",
          "ED&C x3 cycles of biopsy-proven superficial BCC", ["c1"]),
        P("Shave removal trunk/arms/legs 0.6-1.0 cm", "11301", "Right mid back",
          "Irritated, bleeding SK shaved flush", ["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Procedure Note
Miles Haverford | DOS 09/09/2025 | Wei Chen, MD | UnitedHealthcare Choice Plus

1) Superficial BCC, L shoulder (shave biopsy 08/19/2025). Clinical lesion 0.5 cm. Options reviewed; patient
   chose ED&C. Lidocaine w/ epi. Curettage and electrodesiccation x 3 cycles. Final defect 0.7 cm. Vaseline.

2) R mid back: 0.9 cm inflamed seborrheic keratosis that catches on his belt-line and has bled repeatedly;
   red, crusted. Shave removal flush with the skin, AlCl3. Sent to pathology.

Both sites wound-care handout. RTC 6 months skin check.
Signed Wei Chen, MD
""",
    "path": [{"text": "Skin, right mid back, shave removal: Inflamed (irritated) seborrheic keratosis.",
              "site": "Right mid back"}],
    "expected": E([L("17261"), L("11301")], ["coding-correction"], dx={"17261": ["C44.619"], "11301": ["L82.0"]}),
    "coder_note": "DS-4: malignant destruction with curettage is sized by the final defect (0.7 cm), not the clinical "
                  "lesion -> 17261. Shave of the symptomatic SK 0.9 cm trunk -> 11301; no PTP edit between them.",
})

SCENARIOS.append({
    "id": "s46-mix-punch-trunk-rash-plus-knee-warts",
    "family": "mixed", "shape": "free-text",
    "description": "Medicaid MCO: punch biopsy of trunk eruption + cryo of 5 spreading warts on R knee -> 11104, 17110-XS",
    "date": "2025-10-21",
    "patient": ("Truong", "Kevin", "2002-09-18", "male"),
    "provider": "ramirez", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Pityriasis lichenoides et varioliformis acuta", "L41.0", "Trunk", reason=True),
        C("c2", "Verruca vulgaris", "B07.8", "Right knee", reason=True),
    ],
    "procedures": [
        P("Punch biopsy", site="Left flank", note="4 mm punch of a crusted papule, 1 suture.", reasons=["c1"]),
        P("Cryotherapy of warts", site="Right knee", note="5 verrucae, increased from 2 in July; LN2 2 cycles.",
          reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": """Riverside Dermatology - Office Visit / Procedures
Kevin Truong, 23 y/o M | 10/21/2025 | Sofia Ramirez, MD | Molina Medicaid

Crops of crusted red-brown papules on the trunk x 6 weeks, some with central necrosis; no fever. Also warts on
the R knee that are spreading (2 in July, now 5) and getting knocked during basketball.

Exam: Trunk - scattered 3-6 mm erythematous papules with hemorrhagic crust, varioliform scars. R knee: five
verrucous papules 3-6 mm.

Procedures (consent for both):
 - 4 mm punch biopsy of an intact crusted papule L flank, 1 nylon suture. r/o PLEVA vs lymphomatoid papulosis.
 - Cryotherapy LN2, 2 freeze-thaw cycles, to all five knee warts.

Plan: await path; doxycycline deferred until diagnosis. Wart home care. RTC 2 weeks for suture removal/path.
Signed S. Ramirez MD
""",
    "path": [{"text": "Skin, left flank, punch biopsy: Pityriasis lichenoides et varioliformis acuta (PLEVA). CD30 "
                      "stain without clusters of large atypical cells.", "site": "Left flank"}],
    "expected": E([L("11104"), L("17110", 1, "XS")], dx={"11104": ["L41.0"], "17110": ["B07.8"]}),
    "coder_note": "11104/17110 is PTP indicator 1 with 17110 in column 2; separate lesions at separate sites -> XS on "
                  "17110. Spreading warts meet the benign-lesion indications.",
})

SCENARIOS.append({
    "id": "s46-mix-arm-cyst-excision-plus-back-bx-xs",
    "family": "mixed", "shape": "note-only",
    "description": "MA veteran: excision of inflamed cyst R upper arm (1.4 cm) + tangential biopsy of separate back lesion -> 11402, 11102-XS",
    "date": "2025-07-15",
    "patient": ("Olmstead", "Virgil", "1950-10-25", "male"),
    "provider": "lindqvist", "payer": "medicare-advantage", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal cyst", "L72.0", "Right posterior upper arm", reason=True),
        C("c2", "Carcinoma in situ of skin of trunk", "D04.5", "Left lower back", reason=True),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-07-15", "13:21:56", "lindqvist", """
PROCEDURE: 1) Excision of cyst, R posterior upper arm. 2) Tangential biopsy,
L lower back.

INDICATIONS: 74 yo Vietnam-era Marine veteran (Medicare Advantage). Cyst on the
back of the R arm has become red, tender and drained foul material twice in the
past month; rubs against his wheelchair armrest. Separately, a scaly pink patch
on the L lower back, growing over 6 months.

FINDINGS:
 1. R posterior upper arm: 1.2 cm subcutaneous cyst with punctum, mild
    erythema, no fluctuance today.
 2. L lower back (separate site): 1.5 cm well-demarcated scaly pink plaque.
    DDx SCC in situ vs superficial BCC vs psoriasis.

PROCEDURE DETAILS: Consent for both sites.
 1. Cyst measured 1.2 cm; 1 mm margins (excised diameter 1.4 cm). Elliptical
    excision, sac removed intact. Closed with 4-0 nylon simple interrupted,
    single layer.
 2. L lower back: tangential (shave) biopsy of the plaque edge, AlCl3.
Two specimens to pathology.

DISPOSITION:
 1. Arm sutures out 10 days; pad the armrest.
 2. Back: results to veteran; treatment per path.
""", receipt="07/16/2025 08:20\n/es/ PAULA J RENNICK, LPN"),
    "path": [
        {"text": "1. Skin, right upper arm, excision: Epidermal inclusion cyst with focal rupture and acute "
                 "inflammation.", "site": "Right posterior upper arm"},
        {"text": "2. Skin, left lower back, shave biopsy: Squamous cell carcinoma in situ (Bowen disease), "
                 "extending to peripheral margins.", "site": "Left lower back"},
    ],
    "expected": E([L("11402"), L("11102", 1, "XS")], dx={"11402": ["L72.0"], "11102": ["D04.5"]}),
    "coder_note": "EX-1: 1.2 + 0.2 = 1.4 cm arm -> 11402, simple closure included. BX-5: biopsy of a different lesion "
                  "at a separate site; 11402/11102 is PTP indicator 1 with the biopsy in column 2 -> 11102-XS.",
})

# =====================================================================================================================
# MOHS
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-mohs-right-helix-scc-seven-blocks-complex",
    "family": "mohs", "shape": "note-only",
    "description": "Medicare FFS veteran: Mohs R helix SCC, stage 1 seven blocks, stage 2 three blocks, complex repair of helical rim 2.3 cm",
    "date": "2025-06-17",
    "patient": ("Prudhomme", "Leland", "1941-09-09", "male"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 210,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of right ear", "C44.222", "Right helix", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "MOHS SURGERY NOTE",
    "note": _cprs("2025-06-17", "15:12:33", "halvorsen", """
PROCEDURE: Mohs micrographic surgery, R helix, with complex repair.

INDICATIONS: 83 yo Vietnam-era (Army, 1965-68) veteran. Biopsy 05/27/2025
(referring VA dermatology, scanned report reviewed): invasive SCC, moderately
differentiated, R superior helix. Ear = AUC area H; Mohs appropriate. Surgeon
acting as both surgeon and pathologist for all stages.

Preop tumor: 1.3 x 1.0 cm keratotic nodule R superior helix, abutting the rim.

STAGE I: debulk by curettage; excised with 2 mm margin; divided into SEVEN (7)
 tissue blocks, mapped and color-coded. Frozen sections read by me: SCC at
 blocks 3 and 4 (posterior-superior peripheral margin).
STAGE II: additional layer posterior-superior helix, 3 tissue blocks. Clear.
 Total: 2 stages, 10 blocks (7 + 3).

Final defect: 2.0 x 1.6 cm, R superior helix, through perichondrium with
cartilage exposed, involving the helical rim.

REPAIR: Complex repair. Cartilage trimmed/contoured with a small wedge to
allow approximation of the free helical rim, extensive undermining of
posterior auricular skin, layered closure with 5-0 Monocryl and 6-0 Prolene,
rim everted to prevent notching. Repair length 2.3 cm.

All tissue processed by our in-house Mohs lab; nothing sent to outside
pathology. EBL minimal, no complications.

DISPOSITION:
 1. Pressure dressing 24 h; sleep on L side.
 2. Sutures out 7 days. RTC 3 months; VA dermatology resumes surveillance.
""", title="MOHS SURGEON / DERMATOPATHOLOGY", receipt="06/18/2025 09:02\n/es/ DANA M FIELDER, RN\n"
                                                                 "COMMUNITY CARE NURSE COORDINATOR"),
    "expected": E([L("17311"), L("17312"), L("17315", 2), L("13151")], dx={"17311": ["C44.222"]}),
    "coder_note": "MOHS-2: ear -> 17311; second stage -> 17312; stage 1 had 7 blocks, 2 beyond 5 -> 17315 x2. "
                  "MOHS-7/REP-2/REP-3: complex repair of the ear (free helical rim, cartilage) 2.3 cm -> 13151.",
})

SCENARIOS.append({
    "id": "s46-mohs-left-shin-scc-precoded-head-codes",
    "family": "mohs", "shape": "pre-coded",
    "description": "MA: Mohs of L pretibial SCC, 2 stages, pre-coded 17311 + 17312 -> 17313 + 17314; intermediate repair 4.0 cm",
    "date": "2025-10-28",
    "patient": ("Bellweather", "Agnes", "1946-04-14", "female"),
    "provider": "halvorsen", "payer": "medicare-advantage", "minutes": 160,
    "conditions": [C("c1", "Squamous cell carcinoma of skin of left lower limb", "C44.729", "Left pretibial shin",
                     reason=True)],
    "procedures": [
        P("Mohs surgery, first stage", "17311", "Left pretibial shin", "4 blocks", ["c1"]),
        P("Mohs surgery, additional stage", "17312", "Left pretibial shin", "2 blocks", ["c1"]),
        P("Repair, intermediate, 2.6-7.5 cm", "12032", "Left pretibial shin", "Layered closure 4.0 cm", ["c1"]),
    ],
    "note_title": "Mohs Operative Note",
    "note": """Riverside Dermatology - Mohs Surgery Unit - Operative Note
Patient: Agnes Bellweather   DOS 10/28/2025   Surgeon/pathologist: Kirsten Halvorsen, MD
Payer: Humana Gold Plus (Medicare Advantage)

Diagnosis: Invasive SCC, moderately differentiated, L pretibial shin (biopsy 10/01/2025), 1.6 cm, on chronic
lymphedema skin. Pretibial (AUC area M), size >1 cm, poorly healing skin: Mohs appropriate.

Stage 1: 4 tissue blocks - positive at 6 o'clock deep.
Stage 2: 2 tissue blocks - clear.
Depth: subcutaneous fat; periosteum, tendon and named vessels NOT exposed or involved.
Final defect 2.2 x 1.8 cm.

Repair: Intermediate layered closure, 3-0 Monocryl deep, 4-0 nylon; length 4.0 cm. Compression wrap.

Post-op: leg elevation, keep wrap 72 h, sutures out 14 days.
Signed K. Halvorsen MD 10/28/2025
""",
    "expected": E([L("17313"), L("17314"), L("12032")], ["coding-correction"], dx={"17313": ["C44.729"]}),
    "coder_note": "MOHS-2: the leg is 17313/+17314 territory; 17311/17312 apply to head/neck/hands/feet/genitalia or "
                  "when muscle, cartilage, bone, tendon or named vessels are directly involved, which the note rules "
                  "out. Repair 12032 after Mohs is separately reportable (MOHS-7).",
})

SCENARIOS.append({
    "id": "s46-mohs-hand-recurrent-bcc-six-blocks-88305-em",
    "family": "mohs", "shape": "pre-coded",
    "description": "VA community care: Mohs R dorsal hand recurrent BCC, one stage 6 blocks; pre-coded 99203 + 17311 + 88305 -> 17311 + 17315",
    "date": "2025-03-18",
    "patient": ("Featherstone", "Wendell", "1952-07-07", "male"),
    "provider": "lindqvist", "payer": "commercial", "minutes": 120, "em": "99203",
    "conditions": [C("c1", "Basal cell carcinoma of skin of right upper limb, recurrent", "C44.612",
                     "Right dorsal hand", reason=True)],
    "procedures": [
        P("Mohs micrographic surgery, first stage", "17311", "Right dorsal hand", "Stage 1", ["c1"]),
        P("Surgical pathology, gross and microscopic", "88305", "Right dorsal hand", "Mohs layer", ["c1"]),
    ],
    "note_title": "MOHS SURGERY NOTE",
    "note": _cprs("2025-03-18", "12:45:09", "lindqvist", """
CONSULT/PROCEDURE: COMMUNITY CARE - MOHS SURGERY. New to this clinic; referred
by VA dermatology for Mohs of a recurrent BCC.

INDICATIONS: 72 yo Army veteran. R dorsal hand BCC treated by ED&C at the VA
in 2021, recurred in the scar; VA biopsy 02/2025: recurrent infiltrative BCC.
Recurrent tumor on the hand = Mohs appropriate. Mohs reviewed with veteran
(only this lesion was discussed today; no other complaints), consent signed.
Surgeon is also the pathologist.

Preop: 1.4 cm ill-defined scar-like plaque R dorsal hand over 2nd/3rd MC.

STAGE I: Excised with 2 mm margin, SIX (6) tissue blocks mapped. Frozen
 horizontal sections read by me: all margins clear after stage I.
No additional stages. No separate debulk specimen sent for permanent sections;
all tissue read on frozen sections in our Mohs lab.

Defect 2.1 x 1.7 cm to fat, extensor tendon paratenon intact. Veteran chose
second-intention healing (discussed graft vs linear closure). No repair.

DISPOSITION:
 1. Moist wound care, wound check 1 week.
 2. Results and op note faxed to VA dermatology.
""", title="MOHS SURGEON", receipt="03/19/2025 10:12\n/es/ KAYLA M BRIGHTWATER\nCOMMUNITY CARE STAFF"),
    "expected": E([L("17311"), L("17315")], ["ncci", "coding-correction"], dx={"17311": ["C44.612"]}),
    "coder_note": "MOHS-5: no separate pathology on Mohs layers (17311/88305 indicator 1, no separate specimen) -> 88305 "
                  "removed. One stage with 6 blocks -> 17315 x1 for the block beyond 5. The new-patient E/M covers only "
                  "the decision for the Mohs of the referred lesion -> removed (GS-3).",
})

# =====================================================================================================================
# NAILS
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-nail-avulsion-both-great-toes-digits",
    "family": "nails", "shape": "note-only",
    "description": "VA community care: avulsion R great toenail (first) then L great toenail -> 11730-T5 + 11732-TA",
    "date": "2025-01-28",
    "patient": ("Marchand", "Tobias", "1982-05-30", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Onycholysis", "L60.1", "Right great toenail", reason=True),
        C("c2", "Ingrowing nail", "L60.0", "Left great toenail", reason=True),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-01-28", "11:11:11", "santos", """
PROCEDURE: Nail avulsion x 2 (R great toe, L great toe).

INDICATIONS: 42 yo Army veteran (OIF/OEF), runner. R great toenail lifted and
painful after a marathon, partially detached with old subungual blood, catching
on socks. L great toenail ingrown medially with granulation, failed 6 weeks of
soaks and cotton packing.

FINDINGS: R hallux nail plate 70% onycholytic, tender. L hallux medial nail fold
erythema, granulation, no abscess. Pedal pulses 2+. No diabetes.

PROCEDURE DETAILS: Consent signed. Digital blocks with 2% plain lidocaine,
tourniquet each toe.
 1. FIRST NAIL - R great toe: complete nail plate avulsion with freer elevator
    and hemostat. Bed intact.
 2. SECOND NAIL - L great toe: complete nail plate avulsion. Matrix not
    treated (no phenol) - veteran wants to see if it regrows normally.
Bacitracin, bulky dressing both toes.

DISPOSITION:
 1. Soaks BID starting tomorrow; open-toe shoe.
 2. Acetaminophen/ibuprofen for pain.
 3. RTC 2 weeks; if L recurs will offer matrixectomy.
""", receipt="01/28/2025 15:48\n/es/ MARISOL A DUARTE, RN"),
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")]),
    "coder_note": "11730 for the first nail, +11732 for each additional nail; digit modifiers from the documented toes "
                  "(T5 right great toe, TA left great toe). The note numbers the right toe first.",
})

SCENARIOS.append({
    "id": "s46-nail-matrixectomy-precoded-with-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "Medicaid MCO: phenol matrixectomy L great toe lateral border, pre-coded 11750 + 11730 same nail -> 11750-TA",
    "date": "2025-05-06",
    "patient": ("Baez", "Xiomara", "1999-03-03", "female"),
    "provider": "chen", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [C("c1", "Ingrowing nail", "L60.0", "Left great toe, lateral border", reason=True)],
    "procedures": [
        P("Excision of nail and nail matrix, partial, for permanent removal", "11750", "Left great toe",
          "Lateral border, phenol 88% x3 applications", ["c1"]),
        P("Avulsion of nail plate, partial, single", "11730", "Left great toe", "Lateral 1/4 plate", ["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Procedure Note
Xiomara Baez, 26F | 05/06/2025 | Wei Chen, MD | Molina (Medicaid)

Recurrent ingrown L great toenail, lateral border - 4th episode in 18 months, two courses of cephalexin from
urgent care. Painful, can't wear work shoes.

Procedure: digital block 2% lidocaine plain, tourniquet. Lateral 1/4 of the L great toenail plate freed and
avulsed; the lateral matrix horn was then treated with 88% phenol, 3 x 30-second applications, neutralized
with alcohol - permanent partial nail removal (partial matrixectomy). Same nail, same border. Granulation
tissue curetted. Silvadene, dressing.

Aftercare: soaks BID, open-toe shoes, return 2 weeks. Rx none (no infection today).
Signed Wei Chen, MD
""",
    "expected": E([L("11750", 1, "TA")], ["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "11750/11730 is PTP indicator 1 and the avulsion is of the same nail border that was matrixectomized, "
                  "so the 11730 line comes off. TA = left great toe.",
})

SCENARIOS.append({
    "id": "s46-nail-debridement-seven-dystrophic-toenails",
    "family": "nails", "shape": "free-text",
    "description": "VA community care: mechanical debridement of 7 painful mycotic toenails -> 11721",
    "date": "2025-09-30",
    "patient": ("Ridgeway", "Harlan", "1960-08-19", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 20,
    "conditions": [C("c1", "Onychomycosis (tinea unguium)", "B35.1", "Toenails, bilateral", reason=True)],
    "procedures": [
        P("Debridement of nails", site="Bilateral toenails",
          note="Thickened dystrophic nails debrided with nippers and rotary burr: R 1st, 2nd, 3rd; L 1st, 2nd, 4th, "
               "5th. Seven nails total.", reasons=["c1"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-09-30", "10:20:41", "weiss", """
PROCEDURE: Debridement of toenails (mechanical), 7 nails.

INDICATIONS: 65 yo Navy veteran with KOH/PAS-confirmed onychomycosis (path
06/2025), thick painful nails pressing in his boots; he cannot trim them
himself. Declined oral terbinafine (LFT concerns with his hepatitis C history).

FINDINGS: Yellow thickened dystrophic nails with subungual debris: R hallux,
R 2nd, R 3rd, L hallux, L 2nd, L 4th, L 5th (7). R 4th and 5th, L 3rd normal.
No paronychia. Pulses intact.

PROCEDURE DETAILS: Nails reduced in thickness and length with nail nippers and
rotary burr. No avulsion. No bleeding.

DISPOSITION:
 1. Continue ciclopirox lacquer nightly.
 2. RTC 10-12 weeks for repeat debridement.
""", receipt="09/30/2025 13:14\n/es/ JOSEPHINE W LAROSE, RN"),
    "expected": E([L("11721")], dx={"11721": ["B35.1"]}),
    "coder_note": "Six or more nails debrided -> 11721 (one unit). No avulsion.",
})

# =====================================================================================================================
# PARING
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-par-three-corns-precoded-11055-each",
    "family": "paring", "shape": "pre-coded",
    "description": "VA community care: paring of 3 corns, pre-coded 11055 on three lines -> 11056 x1",
    "date": "2025-02-25",
    "patient": ("Lundgren", "Orval", "1954-12-05", "male"),
    "provider": "nakamura", "payer": "commercial", "minutes": 15,
    "conditions": [C("c1", "Corns and callosities", "L84", "Bilateral feet", reason=True)],
    "procedures": [
        P("Paring benign hyperkeratotic lesion, single", "11055", "Right 5th toe dorsolateral", "Hard corn", ["c1"]),
        P("Paring benign hyperkeratotic lesion, single", "11055", "Left 5th toe dorsolateral", "Hard corn", ["c1"]),
        P("Paring benign hyperkeratotic lesion, single", "11055", "Left 4th interdigital space", "Soft corn",
          ["c1"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-02-25", "08:30:02", "nakamura", """
PROCEDURE: Paring of corns x 3.

INDICATIONS: 70 yo Vietnam-era veteran, painful corns from VA-issued boots.
Neuropathy screening normal, not diabetic. Pain limits walking > 1 block.

FINDINGS: Hard corns R 5th toe dorsolateral and L 5th toe dorsolateral; soft
corn L 4th interspace. Central cores, tender.

PROCEDURE DETAILS: Each of the three lesions pared with #15 blade to remove the
hyperkeratotic core. No bleeding.

DISPOSITION:
 1. Silicone toe sleeves and wider toe box.
 2. RTC PRN.
""", receipt="02/25/2025 11:40\n/es/ GLORIA P ESTES\nMEDICAL SUPPORT ASSISTANT"),
    "expected": E([L("11056")], ["coding-correction"], dx={"11056": ["L84"]}),
    "coder_note": "Paring is coded by lesion count for the session: 2-4 lesions -> 11056 once (11056/11055 PTP "
                  "indicator 0), not 11055 per lesion.",
})

SCENARIOS.append({
    "id": "s46-par-five-calluses-plus-heel-wart-xs",
    "family": "paring", "shape": "note-only",
    "description": "Medicaid: paring of 5 calluses (11057) + cryo of separate plantar wart on heel (17110) -> 17110, 11057-XS",
    "date": "2025-07-08",
    "patient": ("Carrizales", "Maribel", "1968-01-29", "female"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Bilateral plantar forefeet", reason=True),
        C("c2", "Plantar wart", "B07.0", "Left heel", reason=True),
        C("c3", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42", history=True),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Procedure Note
Maribel Carrizales  57F  07/08/2025  Sofia Ramirez MD   Texas Medicaid

Type 2 DM with peripheral neuropathy (A1c 7.9). Painful plantar calluses limiting standing at work, and a
painful wart on the L heel x 5 months.

Exam: plantar calluses with hemorrhage under two - R 1st MTH, R 5th MTH, L 1st MTH, L 2nd MTH, L 5th MTH
(five). L medial heel: 8 mm plantar wart with thrombosed capillaries, separate from the forefoot calluses.
Monofilament diminished bilaterally. No ulcer.

Procedures:
1. Paring of the five calluses with #15 blade to soft tissue, no bleeding.
2. L heel wart: pared then liquid nitrogen, 3 freeze-thaw cycles.

Plan: offloading insoles, urea 40% cream, diabetic foot education. RTC 6 weeks.
Signed S. Ramirez MD
""",
    "expected": E([L("17110"), L("11057", 1, "XS")], dx={"11057": ["L84"], "17110": ["B07.0"]}),
    "coder_note": "Five paring lesions -> 11057. 17110/11057 is PTP indicator 1 with paring in column 2; the heel wart "
                  "is a separate lesion from the calluses -> XS on 11057.",
})

# =====================================================================================================================
# PATCH TEST
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-patch-eighty-allergens-new-consult-rosacea",
    "family": "patch-test", "shape": "note-only",
    "description": "VA community care new pt: hand/eyelid dermatitis work-up plus rosacea Rx (99204) and 80 patch tests applied -> 99204-25 + 95044 x80",
    "date": "2025-11-10",
    "patient": ("Delacroix", "Simone", "1978-06-14", "female"),
    "provider": "chen", "payer": "commercial", "minutes": 60, "em": "99204",
    "conditions": [
        C("c1", "Allergic contact dermatitis, unspecified cause", "L23.9", "Hands and eyelids", reason=True),
        C("c2", "Rosacea", "L71.9", "Central face", reason=True),
    ],
    "note_title": "DERMATOLOGY CONSULT",
    "note": _cprs("2025-11-10", "09:05:17", "chen", """
CONSULT: COMMUNITY CARE - DERMATOLOGY (CONTACT DERMATITIS). New patient.

HPI: 47 yo Army veteran (female), works as a VA sterile processing tech. Hand
dermatitis x 1 year and eyelid dermatitis x 4 months, worse on work weeks,
better on vacation. Uses nitrile gloves, hand sanitizer, acrylic nails
(stopped 2 months ago). Also facial redness and bumps for 2 years, flushing
with wine and heat - has never been treated.

EXAM: Dorsal hands and finger webs: lichenified eczematous plaques with
fissures; eyelids: fine scaly erythema. Central face: persistent erythema,
papules and pustules on cheeks and chin, telangiectasia; no comedones.

ASSESSMENT/PLAN:
 1. Suspected allergic contact dermatitis (hands/eyelids); DDx irritant,
    atopic. Patch testing indicated. Applied today to upper back: North
    American 80-allergen comprehensive series - 80 allergens (80 tests).
    Readings at 48 h and 96 h. Stop topical steroids to the back; no
    systemic steroids. Interim: tacrolimus 0.1% oint to eyelids BID.
 2. Papulopustular rosacea, new diagnosis. Start metronidazole 0.75% gel
    daily and doxycycline 40 mg MR daily x 12 weeks; trigger avoidance.

ORDERS:
 1. Tacrolimus 0.1% ointment 30 g. 2. Metronidazole 0.75% gel 45 g.
 3. Doxycycline 40 mg MR #30, 2 refills.
 4. RTC 11/12 (48 h read) and 11/14 (96 h read).
""", local="DERMATOLOGY CONSULT NOTE", standard="DERMATOLOGY CONSULT",
        receipt="11/10/2025 14:02\n/es/ LEAH T MOORE, LPN"),
    "expected": E([L("99204", 1, "25"), L("95044", 80)], dx={"95044": ["L23.9"]}),
    "coder_note": "95044 units = number of allergens (80, within MUE 90). 95044/99204 is PTP indicator 1; the new-patient "
                  "evaluation includes a separate problem (rosacea with two prescriptions) -> 99204-25.",
})

SCENARIOS.append({
    "id": "s46-patch-thirty-seven-tests-addendum-precoded",
    "family": "patch-test", "shape": "pre-coded",
    "description": "MA veteran: 35-allergen panel + 2 own-product tests (one added by addendum), pre-coded 95044 x1 -> 95044 x37",
    "date": "2025-04-08",
    "patient": ("Hargrove", "Eustace", "1955-09-17", "male"),
    "provider": "baptiste", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [C("c1", "Contact dermatitis, unspecified cause", "L25.9", "Bilateral hands", reason=True)],
    "procedures": [
        P("Patch test application", "95044", "Upper back", "Patch testing applied; see note", ["c1"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-04-08", "08:47:52", "baptiste", """
PROCEDURE: Patch test application.

INDICATIONS: 69 yo Army veteran, retired machinist, established, chronic hand
dermatitis x 2 years despite emollients and clobetasol; work-up planned at
last visit (03/18) for allergic contact dermatitis. No E/M today - application
visit only.

PROCEDURE DETAILS: Upper back cleaned. Applied:
 - Thin-layer rapid use epicutaneous panels 1-3: 35 allergens.
 - Veteran's own hand cream tested "as is": 1.
 Total: 36 patch tests. Sites marked with surgical marker.

DISPOSITION:
 1. Keep back dry, no strenuous exercise.
 2. Return 04/10 for removal and 48 h read, 04/11 for delayed read.
""", receipt="04/08/2025 10:30\n/es/ TERRENCE J OYELARAN, LPN",
        addenda=[_addendum("2025-04-08", "11:02", "baptiste", """
Correction to the application list: before the panels were taped, one more
item was applied - veteran's work glove (nitrile) sample "as is", Finn chamber
lower back. Corrected total: 37 patch tests applied today.""")]),
    "expected": E([L("95044", 37)], ["coding-correction"], dx={"95044": ["L25.9"]}),
    "coder_note": "95044 units = number of tests: 35 panel allergens + hand cream + glove sample; the signed "
                  "addendum corrects the total to 37.",
})

# =====================================================================================================================
# PHOTOTHERAPY
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-photo-puva-not-failed-conventional-abn-ga",
    "family": "phototherapy", "shape": "free-text",
    "description": "Medicare FFS: PUVA for psoriasis without failure of conventional therapy, ABN signed -> 96912-GA",
    "date": "2025-03-20",
    "patient": ("Vandermeer", "Roland", "1953-02-02", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 30,
    "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True)],
    "procedures": [
        P("PUVA treatment", site="Whole body",
          note="Oxsoralen-Ultra 0.4 mg/kg PO 90 min before UVA; initial dose 1.5 J/sq cm. Session 1.", reasons=["c1"]),
    ],
    "note_title": "PHOTOTHERAPY NOTE",
    "note": _cprs("2025-03-20", "13:33:03", "weiss", """
PROCEDURE: Photochemotherapy (PUVA), session 1.

INDICATIONS: 72 yo Vietnam-era veteran using Medicare Part B, plaque psoriasis
~12% BSA. Used triamcinolone 0.1% cream for 3 weeks only, with partial
improvement; no prior UVB, no prior systemic therapy. Not intractable, not
disabling - works full time. Veteran specifically requests PUVA because a
friend did well with it. Explained Medicare covers PUVA only for severe,
intractable psoriasis that has failed conventional treatment; NB-UVB offered
as first-line and declined. Advance Beneficiary Notice (ABN, CMS-R-131) for
PUVA signed today before treatment; copy scanned to chart.

DETAILS: Methoxsalen 0.4 mg/kg (40 mg) PO 90 minutes pre-treatment. UVA 1.5
J/sq cm full body, male genitalia shielded, UVA goggles issued. Skin type II.

DISPOSITION:
 1. UVA-blocking eyewear for 24 h after each dose.
 2. Schedule 2-3 sessions/week; baseline eye exam ordered.
""", local="PHOTOTHERAPY TREATMENT NOTE", standard="DERMATOLOGY PROCEDURE NOTE",
        receipt="03/20/2025 15:45\n/es/ ALVIN R KOSTELNIK, LPN"),
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1/COS-4: NCD 250.1 limits PUVA to intractable, disabling psoriasis after failed conventional "
                  "therapy; criteria are unmet, Medicare FFS, ABN signed before the service -> GA.",
})

SCENARIOS.append({
    "id": "s46-photo-excimer-elbows-knees-total-area",
    "family": "phototherapy", "shape": "note-only",
    "description": "VA community care: excimer to elbows (2 x 60 sq cm) and knees (2 x 95 sq cm) = 310 sq cm -> 96921",
    "date": "2025-06-12",
    "patient": ("Esposito", "Dominic", "1970-11-08", "male"),
    "provider": "okafor", "payer": "commercial", "minutes": 20,
    "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Elbows and knees", reason=True)],
    "note_title": "PHOTOTHERAPY NOTE",
    "note": _cprs("2025-06-12", "07:58:44", "okafor", """
PROCEDURE: 308-nm excimer laser, localized plaque psoriasis - treatment #6 of
course 1.

INDICATIONS: 54 yo Marine veteran, localized plaque psoriasis of elbows and
knees (~4% BSA) refractory to 4 months of clobetasol and calcipotriene.
Community care authorization for excimer, 13 treatments.

TREATED AREAS (measured today):
 R elbow plaque   60 sq cm
 L elbow plaque   60 sq cm
 R knee plaque    95 sq cm
 L knee plaque    95 sq cm
Scalp plaques NOT treated with laser (topical only).

DETAILS: Dose 500 mJ/sq cm (plaques thinning, dose held). Eye protection.
Mild erythema after #5, no blistering.

DISPOSITION:
 1. Continue calcipotriene BID on non-laser days.
 2. Next treatment in 3-4 days.
""", local="PHOTOTHERAPY TREATMENT NOTE", standard="DERMATOLOGY PROCEDURE NOTE",
        receipt="06/12/2025 09:05\n/es/ DANA M FIELDER, RN\nCOMMUNITY CARE NURSE COORDINATOR"),
    "expected": E([L("96921")], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded once per session by total area treated: 60 + 60 + 95 + 95 = 310 sq cm -> 96921 "
                  "(250-500 sq cm).",
})

# =====================================================================================================================
# POST-OP
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-postop-suture-removal-day9-99212-selected",
    "family": "post-op", "shape": "free-text",
    "description": "VA community care: suture removal 9 days after benign excision (010), provider selected 99212 -> 99024",
    "date": "2025-07-24",
    "patient": ("Olmstead", "Virgil", "1950-10-25", "male"),
    "provider": "lindqvist", "payer": "commercial", "minutes": 10, "em": "99212",
    "conditions": [C("c1", "Encounter for removal of sutures", "Z48.02", reason=True)],
    "procedures": [
        P("Suture removal", site="Right posterior upper arm",
          note="5 simple interrupted nylon sutures removed, wound well healed, Steri-Strips applied.",
          reasons=["c1"]),
    ],
    "prior": [PRIOR("2025-07-15", "11402", "Excision of epidermal cyst, right posterior upper arm",
                    "Right posterior upper arm")],
    "note_title": "DERMATOLOGY NURSE/PROVIDER NOTE",
    "note": _cprs("2025-07-24", "10:42:19", "lindqvist", """
VISIT: Post-op check and suture removal, R posterior upper arm.

S: 74 yo veteran, 9 days s/p excision of inflamed epidermal cyst R upper arm
(07/15/2025). No pain, no drainage. Path reviewed with veteran: benign cyst.
The back biopsy result (SCC in situ) was already discussed by phone; treatment
visit for that is scheduled separately next month - not addressed today.

O: Incision 2.4 cm, well approximated, no erythema or discharge.

P: Five sutures removed, Steri-Strips. Scar care reviewed. No further follow-up
for this site.

E/M: 99212.
""", local="DERMATOLOGY POST-OP NOTE", standard="DERMATOLOGY NOTE"),
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-1/GS-5: routine post-op visit inside the 10-day global of 11402 (07/15) -> 99024, not a paid "
                  "E/M. No other problem was addressed.",
})

SCENARIOS.append({
    "id": "s46-postop-new-forearm-lesion-day6-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "Medicare FFS veteran: 6 days after back excision (010), tangential biopsy of a new L forearm lesion -> 11102-79",
    "date": "2025-09-18",
    "patient": ("Kittredge", "Amos", "1944-06-21", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Squamous cell carcinoma of skin of left upper limb", "C44.629", "Left dorsal forearm",
                     reason=True)],
    "procedures": [
        P("Tangential biopsy of skin, single lesion", "11102", "Left dorsal forearm",
          "Rapidly growing crateriform nodule, 1.0 cm", ["c1"]),
    ],
    "prior": [PRIOR("2025-09-12", "11602", "Excision of basal cell carcinoma, right upper back", "Right upper back")],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-09-18", "14:14:14", "nakamura", """
PROCEDURE: Tangential biopsy, L dorsal forearm.

INDICATIONS: 81 yo Vietnam-era Navy veteran (Medicare). Excision of BCC R upper
back here on 09/12/2025. Returns early because of a NEW, rapidly growing bump
on the L forearm x 3 weeks. The back incision is not addressed today (veteran
reports no problems; suture removal visit already booked for 09/24).

FINDINGS: L dorsal forearm: 1.0 cm dome-shaped nodule with central keratin
plug. DDx keratoacanthoma-type SCC vs hypertrophic AK.

PROCEDURE DETAILS: Consent. 1% lido w/ epi. Deep tangential (saucerization)
biopsy including the central core. AlCl3. To pathology.

DISPOSITION:
 1. Wound care handout.
 2. Results by phone; definitive treatment to follow.
""", receipt="09/18/2025 16:20\n/es/ GLORIA P ESTES\nMEDICAL SUPPORT ASSISTANT",
        addenda=[_addendum("2025-09-22", "10:10", "nakamura", """
Path: SCC, keratoacanthoma type, L dorsal forearm. Excision to be scheduled
after the back site has healed.""")]),
    "path": [{"text": "Skin, left dorsal forearm, shave biopsy: Well-differentiated squamous cell carcinoma, "
                      "keratoacanthoma type, base transected.", "site": "Left dorsal forearm"}],
    "expected": E([L("11102", 1, "79")], ["global-period"], dx={"11102": ["C44.629"]}),
    "coder_note": "GS-5: a procedure on a new, unrelated lesion during the 10-day global of the 09/12 excision -> 79.",
})

# =====================================================================================================================
# REPAIR
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-rep-forehead-complex-after-va-mohs",
    "family": "repair", "shape": "note-only",
    "description": "VA community care: complex repair of forehead Mohs defect (Mohs done at VA), 8.4 cm -> 13132 + 13133",
    "date": "2025-10-02",
    "patient": ("Pemberton", "Augustus", "1948-01-31", "male"),
    "provider": "halvorsen", "payer": "commercial", "minutes": 75,
    "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Mid forehead",
                     reason=True)],
    "note_title": "DERMATOLOGIC SURGERY NOTE",
    "note": _cprs("2025-10-02", "16:02:47", "halvorsen", """
PROCEDURE: Complex repair, forehead Mohs defect.

INDICATIONS: 77 yo Vietnam-era Army veteran. Mohs surgery for infiltrative BCC
of the mid forehead performed this morning at the VA medical center by the VA
Mohs surgeon (margins clear per VA op note, scanned). VA has no plastic
surgery availability this week; community care authorization for
reconstruction only. We did not perform or read any Mohs stages.

FINDINGS: Mid forehead defect 3.2 x 2.4 cm to the frontalis fascia, edges
traumatized/crushed from the clamp-and-cautery hemostasis, dried eschar at
the inferior edge.

PROCEDURE DETAILS: Consent, time out. Lidocaine 1% w/ epi. Debridement of the
crushed and devitalized wound edges (1-2 mm trimmed circumferentially) and
eschar removed. Extensive undermining in the subgaleal plane 3 cm on each side
to allow tension-free closure; two Burow's triangles excised. Galeal/deep
closure with 3-0 and 4-0 Vicryl, skin with 5-0 nylon running. Final repair
length 8.4 cm, horizontal along forehead rhytid.

DISPOSITION:
 1. Pressure dressing 24 h, head elevated.
 2. Sutures out 7-10 days at the VA dermatology clinic.
 3. Op note to VA via HSRM.
""", receipt="10/03/2025 08:11\n/es/ KAYLA M BRIGHTWATER\nCOMMUNITY CARE STAFF"),
    "expected": E([L("13132"), L("13133")], dx={"13132": ["C44.319"]}),
    "coder_note": "REP-2/REP-3: debridement of wound edges and extensive undermining = complex; forehead is in the "
                  "13131-13133 group; 8.4 cm -> 13132 (2.6-7.5) + 13133 x1 for the next 5 cm or less. Mohs was done "
                  "by another physician and is not on this claim.",
})

SCENARIOS.append({
    "id": "s46-rep-scalp-neck-lacerations-precoded-summed",
    "family": "repair", "shape": "pre-coded",
    "description": "Epic private pt, Medicaid: layered repair of scalp 2.0 cm + neck 1.8 cm pre-coded 12032 summed -> 12041 + 12031-XS",
    "date": "2025-01-14",
    "patient": ("Ashby", "Tamsin", "1993-05-05", "female"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Laceration without foreign body of scalp, initial encounter", "S01.01XA", "Occipital scalp",
          reason=True),
        C("c2", "Laceration without foreign body of other specified part of neck, initial encounter", "S11.81XA",
          "Left posterior neck", reason=True),
    ],
    "procedures": [
        P("Repair, intermediate, 2.6-7.5 cm", "12032", "Scalp and neck", "Total 3.8 cm (2.0 + 1.8)",
          ["c1", "c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Procedure Note (walk-in)
Tamsin Ashby, 31F | 01/14/2025 | Sofia Ramirez, MD | Texas Medicaid

Established patient (acne) who slipped on ice this morning and struck the back of her head and neck on a metal
railing, 2 hours ago. No LOC, no vomiting, neuro exam normal, GCS 15; declined ED. Tetanus up to date (2022).

Wounds:
1. Occipital scalp: 2.0 cm gaping laceration into subcutaneous fat, moderately contaminated with grit.
2. Left posterior neck: 1.8 cm laceration through dermis into fat.

Repair: lidocaine 1% w/ epi. Both irrigated with 250 mL saline, grit removed.
1. Scalp: layered closure - 4-0 Vicryl deep, staples to skin. Length 2.0 cm.
2. Neck: layered closure - 5-0 Vicryl deep, 5-0 nylon interrupted. Length 1.8 cm.

Head-injury precautions handout. Staples/sutures out in 7-10 days.
Signed Sofia Ramirez, MD
""",
    "expected": E([L("12041"), L("12031", 1, "XS")], ["coding-correction"]),
    "coder_note": "REP-1/REP-2: lengths add only within one repair group; the scalp (12031-12037) and the neck "
                  "(12041-12047) are different groups -> 12031 (2.0 cm) and 12041 (1.8 cm). 12041/12031 is PTP "
                  "indicator 1 with 12031 in column 2; separate wounds -> XS on 12031.",
})

# =====================================================================================================================
# SHAVE
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-shave-back-scalp-nose-three-sites",
    "family": "shave", "shape": "free-text",
    "description": "MA veteran: shave removals back 0.4 cm, scalp 1.2 cm, nose 0.8 cm (symptomatic) -> 11300, 11307, 11311",
    "date": "2025-08-07",
    "patient": ("Lindahl", "Beatrice", "1951-10-10", "female"),
    "provider": "baptiste", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Right upper back and crown of scalp", reason=True),
        C("c2", "Intradermal nevus, nasal tip", "D22.39", "Nasal tip", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right upper back", note="0.4 cm irritated, crusted SK under bra strap.",
          reasons=["c1"]),
        P("Shave removal", site="Crown of scalp", note="1.2 cm inflamed SK, bleeds with brushing.", reasons=["c1"]),
        P("Shave removal", site="Nasal tip", note="0.8 cm dome-shaped papule, bleeds when she blows her nose; "
          "recent enlargement.", reasons=["c2"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-08-07", "11:27:39", "baptiste", """
PROCEDURE: Shave removal x 3.

INDICATIONS: 73 yo Air Force veteran (female). Three symptomatic lesions:
 1. R upper back under the bra strap: irritated, crusted, itchy.
 2. Crown of scalp: catches on the hairbrush, bleeds weekly.
 3. Nasal tip: papule that has enlarged over 6 months and bleeds.

FINDINGS / SIZES (lesion diameter):
 1. R upper back 0.4 cm inflamed SK.
 2. Crown of scalp 1.2 cm inflamed SK with hemorrhagic crust.
 3. Nasal tip 0.8 cm flesh-colored dome papule, DDx intradermal nevus vs BCC.

PROCEDURE DETAILS: Consent. Lidocaine 1% w/ epi. Each lesion removed by
horizontal shave with a flexible blade to the level of the superficial dermis,
flush with surrounding skin. AlCl3 hemostasis; no sutures. Three specimens.

DISPOSITION:
 1. Petrolatum daily until healed.
 2. Results by phone.
""", receipt="08/07/2025 14:50\n/es/ LEAH T MOORE, LPN"),
    "path": [
        {"text": "1. Skin, right upper back, shave: Inflamed seborrheic keratosis.", "site": "Right upper back"},
        {"text": "2. Skin, scalp, shave: Inflamed seborrheic keratosis with hemorrhage.", "site": "Crown of scalp"},
        {"text": "3. Skin, nasal tip, shave: Intradermal melanocytic nevus. No atypia.", "site": "Nasal tip"},
    ],
    "expected": E([L("11300"), L("11307"), L("11311")],
                  dx={"11307": ["L82.0"], "11311": ["D22.39"]}),
    "coder_note": "SH-1: one code per lesion by site group and lesion diameter: trunk 0.4 -> 11300; scalp (SNHFG) 1.2 "
                  "-> 11307; nose (FEENLM) 0.8 -> 11311. Bleeding/irritation/enlargement documented.",
})

SCENARIOS.append({
    "id": "s46-shave-cheek-nevus-cosmetic-medicare-gy",
    "family": "shave", "shape": "free-text",
    "description": "Epic private pt, Medicare FFS: shave of asymptomatic 0.7 cm cheek nevus for appearance, no ABN -> 11311-GY",
    "date": "2025-10-30",
    "patient": ("Ferncliff", "Rosalind", "1956-03-27", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 15,
    "conditions": [C("c1", "Intradermal nevus, left cheek", "D22.39", "Left cheek", reason=True)],
    "procedures": [
        P("Shave removal of nevus", site="Left cheek",
          note="0.7 cm soft flesh-colored papule, present since childhood, unchanged; removed for appearance.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Procedure Note
Rosalind Ferncliff, 69F | 10/30/2025 | Henrietta Voss, MD | Medicare Part B

She would like the "mole" on her L cheek removed before her granddaughter's wedding photos. It has been there
since childhood, is unchanged, and does not itch, bleed, hurt or get irritated. No personal or family history
of melanoma.

Exam: L cheek 0.7 cm soft, symmetric, flesh-colored dome papule with a few terminal hairs; benign features on
dermoscopy. Clinically an intradermal nevus.

Discussed that removal is cosmetic and not a Medicare benefit; she will pay out of pocket and asked us to file
anyway. (No ABN given - not required for a non-covered cosmetic service.)

Procedure: lidocaine 1% w/ epi, tangential shave removal flush with the skin, light electrodesiccation of the
base for hemostasis. Sent for histology at her request.

Aftercare: petrolatum, sun protection.
Signed H. Voss MD
""",
    "path": [{"text": "Skin, left cheek, shave: Intradermal melanocytic nevus, benign.", "site": "Left cheek"}],
    "expected": E([L("11311", 1, "GY")], ["cosmetic"], dx={"11311": ["D22.39"]}),
    "coder_note": "BSL-2/COS-2/COS-4: asymptomatic, unchanged nevus removed for appearance = cosmetic; Medicare FFS -> "
                  "GY; no voluntary ABN, so no GX. Face 0.7 cm -> 11311.",
})

# =====================================================================================================================
# SKIN TAGS
# =====================================================================================================================

SCENARIOS.append({
    "id": "s46-tags-thirty-six-irritated-medicare-mue",
    "family": "skin-tags", "shape": "free-text",
    "description": "Medicare FFS veteran: 36 irritated/bleeding skin tags neck and axillae -> 11200 + 11201 capped at MUE 1",
    "date": "2025-05-01",
    "patient": ("Garrity", "Bartholomew", "1957-08-03", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "conditions": [C("c1", "Acrochordons (skin tags), irritated", "L91.8", "Neck and bilateral axillae",
                     reason=True)],
    "procedures": [
        P("Removal of skin tags", site="Neck and bilateral axillae",
          note="36 pedunculated tags snipped with curved iris scissors, AlCl3.", reasons=["c1"]),
    ],
    "note_title": "DERMATOLOGY PROCEDURE NOTE",
    "note": _cprs("2025-05-01", "09:09:09", "santos", """
PROCEDURE: Removal of skin tags.

INDICATIONS: 67 yo Army veteran (Medicare). Numerous skin tags on the neck and
in both axillae that catch on his collar, seatbelt and razor; several bleed
and become red and swollen. Photos on file show bleeding tags last month.

FINDINGS: Neck 20, R axilla 9, L axilla 7 (36 total) pedunculated
acrochordons, many with erythema and hemorrhagic crust.

PROCEDURE DETAILS: Verbal consent. Topical lidocaine. All 36 removed with
curved iris scissors at the base, AlCl3 hemostasis. Not sent to pathology.

DISPOSITION:
 1. Petrolatum daily x 1 week.
 2. RTC PRN.
""", receipt="05/01/2025 11:30\n/es/ MARISOL A DUARTE, RN"),
    "expected": E([L("11200"), L("11201")], ["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 covers the first 15; 21 more = 3 units of +11201 (each additional 10 or part), over the 11201 "
                  "MUE of 1 -> capped at 1 per the README coding decisions. Bleeding/inflamed tags are not cosmetic.",
})

SCENARIOS.append({
    "id": "s46-tags-cosmetic-medicaid-plus-three-aks",
    "family": "skin-tags", "shape": "free-text",
    "description": "Medicaid: cosmetic removal of 8 asymptomatic tags (11200 removed) + cryo of 3 AKs -> 17000 + 17003 x2",
    "date": "2025-12-09",
    "patient": ("Moorcroft", "Doreen", "1962-02-11", "female"),
    "provider": "chen", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Skin tags", "L91.8", "Neck"),
        C("c2", "Actinic keratosis", "L57.0", "Forehead and nose", reason=True),
    ],
    "procedures": [
        P("Skin tag removal", site="Neck",
          note="8 small asymptomatic tags snipped at patient request; she dislikes how they look.", reasons=["c1"]),
        P("Cryotherapy actinic keratoses", site="Forehead x2, nasal dorsum x1",
          note="3 AKs, LN2 2 cycles each.", reasons=["c2"]),
    ],
    "note_title": "Office Procedure Note",
    "note": """Riverside Dermatology - Office Procedure Note
Doreen Moorcroft  63F  12/09/2025  Wei Chen, MD  Texas Medicaid

1. Skin tags, neck: eight 1-3 mm tags. Not irritated, not bleeding, no catching - she wants them gone because
   of how they look. Told her this is cosmetic and not covered; she agreed to our self-pay cosmetic fee. Snipped
   with iris scissors.
2. Actinic keratoses: three gritty erythematous papules (forehead x2, nasal dorsum x1). LN2, 2 freeze-thaw
   cycles each.

Sun protection reviewed. RTC 6 months.
Signed Wei Chen, MD
""",
    "expected": E([L("17000"), L("17003", 2)], ["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "Conventions 'Non-Medicare cosmetic services': asymptomatic tags removed for appearance -> 11200 off "
                  "the Medicaid claim (patient billed directly). 3 AKs -> 17000 + 17003 x2; no XS needed once 11200 "
                  "is gone.",
})
