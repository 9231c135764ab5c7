"""Sealed set 64 (s64-): problem-oriented TouchWorks notes from Northgate Dermatology Associates.

Author persona: coding manager of a large Veradigm/Allscripts TouchWorks practice. Every note is a set of
problem blocks ("Problem #n: ... (ICD)" / Status / Assessment / Plan / Orders / Procedures performed this
visit), including problems that are only reviewed, problems whose procedure was done at an earlier visit and
problems whose procedure is ordered for a future visit. Some charts add a short free-text procedure note at
the bottom. Expected answers come from the rule book (sections 2-7, 10), docs/coding_conventions.md and the
tests/corpus README ("File format", "Coding decisions") only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []


def _html(text: str) -> str:
    """TouchWorks HTML export: one <p> per problem block, <br/> per line, heading in <b>."""
    import html as _h

    blocks = [b for b in text.strip("\n").split("\n\n")]
    out = ["<html><head><meta charset=\"utf-8\"><title>TouchWorks Note</title></head><body>"]
    for b in blocks:
        lines = [_h.escape(x) for x in b.split("\n")]
        if lines and lines[0].startswith("Problem #"):
            lines[0] = f"<b>{lines[0]}</b>"
        out.append("<p>" + "<br/>\n".join(lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"

# ---------------------------------------------------------------------------------------------------------------
# Batch 1
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s64-bx-punch-plus-seven-saucerizations",
    "family": "biopsy", "shape": "note-only",
    "description": "Dysplastic nevus pt: one punch bx + seven saucerization bx; 11103 over its MUE; Medicare FFS",
    "date": "2026-01-13",
    "patient": ("Vandermolen", "Garrett", "1958-08-22", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Atypical melanocytic nevi, multiple, trunk and extremities", "D48.5", "Trunk/extremities",
          reason=True),
        C("c2", "Personal history of malignant melanoma of skin", "Z85.820", "Left shoulder", history=True),
        C("c3", "Seborrheic keratoses", "L82.1", "Trunk"),
    ],
    "note_title": "Office Visit - Established",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES                      TouchWorks Note: Office Visit (Established)
Patient: VANDERMOLEN, Garrett   DOB: 08/22/1958   Encounter date: 01/13/2026
Rendering provider: Adaeze Okafor, MD       Referring: self (6-month surveillance)

Chief Complaint: 6 month skin check, "a few of my moles look different in the photos my wife takes"
HPI: 67M with >100 nevi and melanoma L shoulder (pT1a, WLE 2019). Wife photographs his back monthly; she flagged
several spots that darkened or grew since July. No bleeding. No new symptoms otherwise.
Exam: full skin exam performed. Numerous clinically atypical nevi. Dermoscopy of eight lesions listed below.

Problem #1: Atypical nevi, multiple, changing (D48.5)
  Status: new changes since last visit
  Assessment: 8 lesions with dermoscopic change vs baseline photos. Melanoma must be excluded.
  Plan: sample all eight today. Discussed 3 mm punch vs saucerization; the R upper back lesion is flat and
        featureless centrally so full-thickness punch chosen there; remainder saucerized.
  Orders: specimens A-H to Northgate Dermpath Lab (outside lab, bills its own services).
          Return visit 2 weeks for results. If severe atypia -> re-excision will be scheduled (not today).
  Procedures performed this visit:
    A. R upper back, 0.6 cm - punch biopsy, 4 mm, one 4-0 nylon suture
    B. L upper back, 0.5 cm - saucerization (tangential) biopsy
    C. L flank, 0.7 cm - saucerization biopsy
    D. R mid chest, 0.4 cm - saucerization biopsy
    E. L posterior upper arm, 0.5 cm - saucerization biopsy
    F. R anterior thigh, 0.6 cm - saucerization biopsy
    G. L calf, 0.5 cm - saucerization biopsy
    H. Mid lower back, 0.8 cm - saucerization biopsy
    All: consent, alcohol prep, 1% lido w/ epi, hemostasis AlCl3, petrolatum + bandage. No complications.

Problem #2: Personal history of melanoma (Z85.820)
  Status: stable, no evidence of recurrence
  Assessment: L shoulder scar soft, no pigment; no lymphadenopathy.
  Plan: continue q6 month exams. Total body photography discussed for a future visit - not done today.

Problem #3: Seborrheic keratoses (L82.1)
  Status: reviewed
  Assessment: benign, asymptomatic. Plan: reassurance only, no treatment.

Electronically signed: Adaeze Okafor, MD 01/13/2026 16:05
""",
    "expected": E([L("11104"), L("11103", 6)], topics=["mue"]),
    "coder_note": "BX-2: punch ranks over tangential -> 11104 primary, each saucerization 11103 (7). 11103 MUE 6 (MAI 3) "
                  "-> capped at 6 with an mue finding (README Coding decisions). No E/M selected; TBP only discussed.",
})

SCENARIOS.append({
    "id": "s64-bx-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two shave biopsies (L temple, R jawline) pre-coded with deleted 11100/11101; commercial BCBS",
    "date": "2026-01-21",
    "patient": ("Okonjo", "Priscilla", "1971-02-14", "female"),
    "provider": "chen", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Neoplasm of uncertain behavior of skin, left temple", "D48.5", "Left temple", reason=True),
        C("c2", "Neoplasm of uncertain behavior of skin, right jawline", "D48.5", "Right jawline", reason=True),
        C("c3", "Acne vulgaris", "L70.0", "Face"),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", "11100", "Left temple",
          "Shave biopsy, 0.6 cm scaly pink papule, DermaBlade, Drysol hemostasis.", ["c1"],
          cpt_display="Biopsy skin lesion"),
        P("Biopsy of skin, each additional lesion", "11101", "Right jawline",
          "Shave biopsy, 0.5 cm pearly papule with telangiectasia, Drysol hemostasis.", ["c2"],
          cpt_display="Biopsy skin add-on"),
    ],
    "note_title": "Office Visit - Established",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks Office Visit
Patient: OKONJO, Priscilla    DOB 02/14/1971    DOS 01/21/2026    Provider: Wei Chen, MD

CC: two spots on face that don't heal
HPI: 54F, scaly spot on L temple x 4 months that keeps crusting; shiny bump on R jaw x 2 months, bled once.

Problem #1: Lesion of skin, left temple (D48.5)
  Status: new
  Assessment: 0.6 cm scaly pink papule. DDx SCC in situ vs irritated AK.
  Plan: shave biopsy today.
  Procedures performed this visit: shave biopsy L temple. Specimen A.

Problem #2: Lesion of skin, right jawline (D48.5)
  Status: new
  Assessment: 0.5 cm pearly papule with arborizing vessels - r/o BCC.
  Plan: shave biopsy today. If BCC -> Mohs referral vs excision to be discussed at results visit.
  Procedures performed this visit: shave biopsy R jawline. Specimen B.

Problem #3: Acne vulgaris (L70.0)
  Status: controlled on tretinoin 0.025% cream
  Plan: reviewed only, no change. She has refills.

Orders: Surgical pathology x2 (A, B) -> Northgate Dermpath. Nurse call with results; RTC prn.
Consent signed; lidocaine 1% w/epi; both sites hemostasis with aluminum chloride. Tolerated well.
e-signed W. Chen MD
""",
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"]),
    "coder_note": "BX-1: 11100/11101 deleted 2018 -> tangential technique documented (shave bx) -> 11102 + 11103.",
})

SCENARIOS.append({
    "id": "s64-bx-wedge-thigh-punch-shin-newpt-em",
    "family": "biopsy", "shape": "free-text",
    "description": "New pt, tender leg nodules: incisional wedge bx L thigh + punch bx R shin, labs, separate acne Rx; Medicaid",
    "date": "2026-01-27",
    "patient": ("Delacroix", "Amara", "1991-05-30", "female"),
    "provider": "ramirez", "payer": "medicaid", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Tender subcutaneous nodules, both lower legs", "R22.43", "Bilateral lower legs", reason=True),
        C("c2", "Acne vulgaris", "L70.0", "Face, chest", reason=True),
    ],
    "procedures": [
        P("Incisional wedge biopsy to subcutaneous fat", site="Left anterior thigh",
          note="Deep fusiform wedge with #15 blade through dermis into subcutaneous fat, 1.5 cm long, "
               "closed with 4-0 nylon x3 (simple).", reasons=["c1"]),
        P("Punch biopsy 6 mm", site="Right shin",
          note="Second separate nodule, 6 mm punch, closed with 4-0 nylon x2.", reasons=["c1"]),
    ],
    "note_title": "New Patient Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES  |  TouchWorks  |  NEW PATIENT VISIT
Patient: DELACROIX, Amara   DOB: 05/30/1991   Date of service: 01/27/2026
Provider: Sofia Ramirez, MD   Referred by: Eastside Community Health (Dr. Molina)

CC: painful lumps on legs x 6 weeks; acne
HPI: 34F with crops of tender red nodules on thighs and shins since mid-December, mild ankle aching, no fever.
Sore throat in November, not tested. OCP started October. Also long-standing acne on face/chest, failed OTC
benzoyl peroxide, wants prescription treatment.
PMH: none. Meds: norgestimate/EE. NKDA. Social: non-smoker.
Exam: 6-8 tender erythematous 1-3 cm subcutaneous nodules on anterior shins and L thigh, no ulceration.
Face/chest: comedones, inflammatory papules and a few pustules, no cysts or scarring.

Problem #1: Subcutaneous nodules, bilateral lower legs (R22.43)
  Status: new, undiagnosed
  Assessment: favor erythema nodosum (strep? OCP?) vs other panniculitis; vasculitis less likely.
  Plan: deep incisional biopsy needed to sample fat; separate punch of a second nodule.
  Orders: CBC w/diff, CMP, ESR, CRP, ASO titer, QuantiFERON, chest x-ray PA/lat. Specimens A (L thigh wedge)
          and B (R shin punch) to Northgate Dermpath, request panniculitis review.
          Return visit 10 days: results + suture removal.
  Procedures performed this visit: see procedure entries (incisional wedge L thigh; 6 mm punch R shin).

Problem #2: Acne vulgaris, inflammatory (L70.0)
  Status: new to our office, uncontrolled
  Assessment: moderate papulopustular acne face and chest.
  Plan: start clindamycin 1%/benzoyl peroxide 5% gel qAM and adapalene 0.1% gel qHS (Rx sent). Counseled on
        irritation and photosensitivity. Discussed holding oral antibiotics until the nodules are worked up.
  Orders: none. Reassess at 10-day visit.

Problem #3: Contraception (Z30.41)
  Status: reviewed - managed by PCP/OB; may be relevant to #1. No change made today.

Electronically signed by Sofia Ramirez, MD on 01/27/2026
""",
    "expected": E([L("99204", 1, "25"), L("11106"), L("11105")]),
    "coder_note": "BX-2: incisional + punch -> 11106 + 11105 (not two primaries). 99204-25: undiagnosed new problem with "
                  "labs/imaging plus separate acne with new Rx drug management is significant, separately identifiable "
                  "work beyond the biopsy decision (GS-3).",
})

SCENARIOS.append({
    "id": "s64-shave-scalp-nevus-wrong-site-band",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal irritated scalp nevus 0.7 cm pre-coded 11300 (trunk band) + inflamed SK cheek 11310; UHC",
    "date": "2026-02-02",
    "patient": ("Haverford", "Lucinda", "1966-11-03", "female"),
    "provider": "nakamura", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Melanocytic nevus of scalp, irritated", "D22.4", "Right parietal scalp", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left cheek", "L82.0", "Left cheek", reason=True),
        C("c3", "Rosacea", "L71.9", "Face"),
    ],
    "procedures": [
        P("Shave removal, trunk/arms/legs, 0.5 cm or less", "11300", "Right parietal scalp",
          "Raised nevus 0.7 cm, caught in comb and bled twice. Shave removal to the level of the dermis, "
          "electrodesiccation of base.", ["c1"]),
        P("Shave removal, face, 0.5 cm or less", "11310", "Left cheek",
          "Crusted, itchy, red SK 0.4 cm. Shave removal, Drysol.", ["c2"]),
    ],
    "note_title": "Procedure Visit",
    "note": """Northgate Dermatology Associates - TouchWorks EHR - Procedure Visit
Patient: Haverford, Lucinda   DOB 11/03/1966   DOS 02/02/2026   Provider: Ren Nakamura, MD

Problem #1: Nevus, scalp, irritated (D22.4)
  Status: symptomatic - catches on comb/brush, bled x2 in January
  Assessment: 0.7 cm soft raised papillomatous nevus R parietal scalp, dermoscopy benign-appearing.
  Plan: shave removal for symptoms; send to path.
  Procedures performed this visit: shave removal R parietal scalp, base lightly electrodesiccated.

Problem #2: Seborrheic keratosis, irritated (L82.0)
  Status: red, crusted, itchy x 3 weeks
  Assessment: 0.4 cm inflamed SK L cheek.
  Plan: shave removal, path.
  Procedures performed this visit: shave removal L cheek, aluminum chloride hemostasis.

Problem #3: Rosacea (L71.9)
  Status: stable on metronidazole gel
  Plan: reviewed; continue. No changes.

Orders: Surgical pathology A (scalp), B (cheek) to outside lab. RTC 6 months or prn.
Consent obtained. 1% lidocaine with epinephrine. Wound care reviewed.
Ren Nakamura, MD (electronically signed)
""",
    "expected": E([L("11306"), L("11310")], topics=["coding-correction"]),
    "coder_note": "SH-1: scalp is SNHFG and 0.7 cm falls in 0.6-1.0 -> 11306, not the trunk code 11300. Cheek 0.4 cm -> "
                  "11310 as sent. Symptomatic lesions (bleeding, itching, inflammation) are medical, not cosmetic.",
})

SCENARIOS.append({
    "id": "s64-shave-neck-no-size-back-sized",
    "family": "shave", "shape": "note-only",
    "description": "Two inflamed SK shave removals; neck lesion size never documented, back lesion 1.2 cm; Medicare FFS",
    "date": "2026-02-05",
    "patient": ("Brumfield", "Orson", "1950-04-19", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left lateral neck", "L82.0", "Left lateral neck", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right upper back", "L82.0", "Right upper back", reason=True),
        C("c3", "Actinic keratosis", "L57.0", "Scalp"),
    ],
    "note_title": "Office Visit - Established",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES
TouchWorks Note Type: Office Visit - Established Patient
Patient: BRUMFIELD, Orson      DOB: 04/19/1950      Encounter: 02/05/2026
Provider: Marc Baptiste, MD

Chief Complaint: two crusty growths that bleed and itch

Problem #1: Seborrheic keratosis, inflamed - L lateral neck (L82.0)
  Status: worsening; rubs on shirt collar, red and oozing for 2 weeks
  Assessment: inflamed SK with erythema and serous crust.
  Plan: shave removal today.
  Procedures performed this visit: tangential shave removal, L lateral neck, flush with skin; AlCl3 hemostasis.

Problem #2: Seborrheic keratosis, inflamed - R upper back (L82.0)
  Status: bleeds when he leans against chair; itchy
  Assessment: 1.2 x 1.0 cm inflamed, friable SK.
  Plan: shave removal today.
  Procedures performed this visit: shave removal R upper back, 1.2 cm lesion, light electrodesiccation.

Problem #3: Actinic keratoses, scalp (L57.0)
  Status: treated with liquid nitrogen at 11/2025 visit; scalp clear today
  Plan: no treatment needed today. Recheck at 6 months.

Orders: pathology specimens A (neck) and B (back) to Northgate Dermpath. RTC 6 months.
Consent obtained, 1% lidocaine w/ epi, tolerated well.

Marc Baptiste, MD - signed 02/05/2026 11:48
""",
    "expected": E([L("11302")], topics=["missing-documentation"]),
    "coder_note": "SH-1 codes by lesion diameter; neck lesion has no size anywhere -> no 11305-11308 line + "
                  "missing-documentation (README). Back 1.2 cm TAL -> 11302. AKs were treated at a prior visit.",
})

SCENARIOS.append({
    "id": "s64-shave-three-back-sks-units",
    "family": "shave", "shape": "free-text",
    "description": "Three inflamed SKs on back shaved: 0.5, 0.4, 0.9 cm; Medicare Advantage",
    "date": "2026-02-09",
    "patient": ("Ketterman", "Rosalind", "1955-09-09", "female"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Inflamed seborrheic keratoses of back", "L82.0", "Back", reason=True),
    ],
    "procedures": [
        P("Shave removal SK", site="Left upper back at bra line",
          note="0.5 cm inflamed SK, rubbed raw by bra strap. DermaBlade shave, Drysol.", reasons=["c1"]),
        P("Shave removal SK", site="Right upper back at bra line",
          note="0.4 cm inflamed SK, crusted. Shave, Drysol.", reasons=["c1"]),
        P("Shave removal SK", site="Mid back",
          note="0.9 cm inflamed SK, bleeding intermittently. Shave, light hyfrecation.", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks
Office Visit      DOS: 02/09/2026      Patient: KETTERMAN, Rosalind (DOB 09/09/1955)
Provider: Jordan Pike, MD

CC: growths on back irritated by bra

Problem #1: Seborrheic keratoses, inflamed, back (L82.0)
  Status: three lesions along bra line red, crusted, bleeding on clothes x 1 month
  Assessment: inflamed SKs x3 with erythema and hemorrhagic crust.
  Plan: shave removal of all three today. Path on the largest only (clinically certain on the others).
  Orders: path specimen A (mid back) to outside lab. RTC 1 year full skin exam.
  Procedures performed this visit: shave removal x3 (see procedure note).

Problem #2: Nevus, R shoulder - s/p punch biopsy 01/20/2026 (D22.61)
  Status: path benign compound nevus; site healed.
  Plan: results reviewed with patient again today. Nothing further.

Problem #3: Xerosis (L85.3)
  Status: reviewed; OTC emollient advised.

PROCEDURE NOTE: Consent signed. Lidocaine 1% w/ epi. Shave removal of inflamed SKs - L upper back 0.5 cm,
R upper back 0.4 cm, mid back 0.9 cm. Hemostasis Drysol +/- hyfrecator. Vaseline/bandage. EBL minimal.
J. Pike MD
""",
    "expected": E([L("11300", 2), L("11301")]),
    "coder_note": "SH-1: one code per lesion by diameter, trunk: two <=0.5 cm -> 11300 x2, 0.9 cm -> 11301. The 01/20 "
                  "punch biopsy is prior-visit history (000 global).",
})

SCENARIOS.append({
    "id": "s64-exb-epidermal-cyst-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Recurrently inflamed epidermal cyst upper back 1.8 cm + 1 mm margins, layered closure 3.2 cm; Aetna",
    "date": "2026-02-11",
    "patient": ("Szymanski", "Derek", "1979-07-27", "male"),
    "provider": "lindgren", "payer": "commercial-aetna", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal cyst, upper back", "L72.0", "Upper back", reason=True),
        C("c2", "Seborrheic dermatitis", "L21.9", "Scalp"),
    ],
    "path": [
        {"text": "Skin and subcutis, upper back, excision: ruptured epidermoid (epidermal inclusion) cyst with "
                 "foreign-body giant cell reaction. No atypia.", "site": "Upper back", "date": "2026-02-16"},
    ],
    "note_title": "Procedure Note",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks - Procedure Visit
Patient: SZYMANSKI, Derek   DOB: 07/27/1979   Date: 02/11/2026   Provider: Astrid Lindgren, MD

Problem #1: Epidermal cyst, upper back (L72.0)
  Status: inflamed and drained spontaneously 2x in past 6 months; painful when lying supine.
          I&D done by urgent care 09/2025 (not by us).
  Assessment: 1.8 cm mobile cyst with punctum, currently quiet - good time for excision.
  Plan: excision today.
  Orders: surgical pathology A (cyst, upper back) to Northgate Dermpath. Suture removal visit in 12 days.
  Procedures performed this visit: excision with layered closure (details below).

Problem #2: Seborrheic dermatitis, scalp (L21.9)
  Status: controlled with ketoconazole shampoo
  Plan: reviewed, continue. No new Rx.

Problem #3: Lipoma, R flank (D17.1) - seen 2024
  Status: unchanged, asymptomatic. Plan: observation; patient declines removal.

PROCEDURE: Excision of epidermal cyst, upper back.
Consent, time-out. 1% lido w/ epi 8 mL. Lesion measured before excision: 1.8 cm. Fusiform excision around the
cyst with 1 mm margins, cyst removed intact with sac. Wound 3.2 cm long. Layered closure: 3-0 Vicryl buried
deep dermal/subcutaneous sutures, 4-0 nylon simple interrupted on top. Final repair length 3.2 cm.
EBL <5 mL. Pressure dressing. Tolerated well.
Signed electronically: Astrid Lindgren, MD
""",
    "expected": E([L("11402"), L("12032")], dx={"11402": ["L72.0"]}),
    "coder_note": "EX-1: 1.8 + 2 x 0.1 = 2.0 cm -> trunk 1.1-2.0 -> 11402. EX-5: layered closure separately reportable, "
                  "trunk 3.2 cm -> 12032. Lipoma is reviewed only.",
})

SCENARIOS.append({
    "id": "s64-exb-cheek-atypical-nevus-precoded-malignant",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Re-excision moderately atypical nevus L cheek pre-coded as malignant 11641; path benign -> 11441 + 12051",
    "date": "2026-02-17",
    "patient": ("Fairweather", "Imogen", "1953-12-01", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Dysplastic nevus, left cheek, moderate atypia, positive margin on biopsy", "D22.39", "Left cheek",
          reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion face 0.6-1.0 cm", "11641", "Left cheek",
          "Biopsy scar with residual pigment 0.6 cm, excised with 2 mm margins. Layered closure 2.1 cm.", ["c1"]),
        P("Intermediate repair face 2.5 cm or less", "12051", "Left cheek",
          "Layered closure, 5-0 Monocryl deep, 6-0 nylon running. Length 2.1 cm.", ["c1"]),
    ],
    "prior": [
        PRIOR("2026-01-27", "11102", "Shave biopsy L cheek pigmented lesion", "Left cheek",
              "Path: dysplastic compound nevus, moderate atypia, lateral margin involved."),
    ],
    "path": [
        {"text": "Skin, left cheek, re-excision: dysplastic compound nevus with moderate cytologic atypia, residual, "
                 "completely excised; margins free. No melanoma.", "site": "Left cheek", "date": "2026-02-20"},
    ],
    "note_title": "Procedure Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES
TouchWorks EHR - Procedure Visit                       Encounter Date: 02/17/2026
Patient: FAIRWEATHER, Imogen  (DOB 12/01/1953)          Provider: Samuel Weiss, MD

Problem #1: Dysplastic nevus, L cheek, moderate atypia, margin involved (D22.39)
  Status: shave biopsy 01/27/2026 - moderately atypical compound nevus extending to lateral margin.
  Assessment: residual pigment at biopsy scar; re-excision recommended given moderate atypia on the face.
  Plan: conservative excision with 2 mm margins today; layered closure along relaxed skin tension line.
  Orders: surgical pathology A (L cheek re-excision). Suture removal 6-7 days.
  Procedures performed this visit:
    Excision L cheek - lesion/scar with residual pigment measured 0.6 cm; 2 mm margins; ellipse 2.1 cm.
    Intermediate (layered) repair 2.1 cm: 5-0 Monocryl buried, 6-0 nylon running.

Problem #2: Solar lentigines, face and hands (L81.4)
  Status: reviewed; photoprotection counseled. No treatment requested.

Problem #3: History of SCC in situ R forearm, ED&C 2021 (Z86.007)
  Status: no recurrence. Plan: annual skin exam due 06/2026.

Consent obtained; lidocaine 1% with epinephrine; no complications.
Samuel Weiss, MD
""",
    "expected": E([L("11441"), L("12051")], topics=["coding-correction"], dx={"11441": ["D22.39"]}),
    "coder_note": "EX-3: final path is a dysplastic (benign) nevus -> benign excision code. EX-1: 0.6 + 2 x 0.2 = 1.0 cm, "
                  "face -> 11441. Intermediate repair face 2.1 cm -> 12051 as sent.",
})

SCENARIOS.append({
    "id": "s64-exm-mis-left-upper-arm-wle",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Wide excision melanoma in situ L upper arm, 0.8 cm scar + 5 mm margins, layered 5.0 cm; Medicare FFS",
    "date": "2026-02-19",
    "patient": ("Quintanilla", "Beatriz", "1949-03-08", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Melanoma in situ, left upper arm", "D03.62", "Left posterior upper arm", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "prior": [
        PRIOR("2026-01-29", "11102", "Saucerization biopsy L posterior upper arm", "Left posterior upper arm",
              "Path: melanoma in situ, lentiginous, extending to peripheral margins."),
    ],
    "path": [
        {"text": "Skin, left posterior upper arm, wide local excision: residual melanoma in situ, margins clear "
                 "(closest 4 mm). Biopsy site changes.", "site": "Left posterior upper arm", "date": "2026-02-24"},
    ],
    "note_title": "Surgery Note",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks Surgical Visit
Patient: QUINTANILLA, Beatriz    DOB: 03/08/1949    DOS: 02/19/2026
Surgeon: Kirsten Halvorsen, MD

Problem #1: Melanoma in situ, L posterior upper arm (D03.62)
  Status: biopsy 01/29/2026 (saucerization) - MIS, lentiginous, peripheral margins involved.
  Assessment: needs wide local excision with 5 mm margins. SLNB not indicated for in situ disease.
  Plan: WLE today.
  Orders: surgical pathology A (WLE, suture at 12 o'clock). Suture removal 14 days.
          Follow-up skin exams every 6 months x 2 years.
  Procedures performed this visit: wide local excision with layered closure (below).

Problem #2: History of BCC, R nasal sidewall, Mohs 2022 (Z85.828)
  Status: no recurrence on exam. Plan: surveillance.

Problem #3: Osteoarthritis, on meloxicam - per PCP. Not addressed.

OPERATIVE NOTE
Consent reviewed and signed; time-out. Biopsy scar with faint residual pigment measured 0.8 cm x 0.6 cm.
Marked 5 mm margins circumferentially (excised diameter 1.8 cm), elliptical excision designed 5.0 cm long,
oriented along the long axis of the arm. 1% lidocaine w/ epi 12 mL. Excised to subcutaneous fat. Moderate
undermining. Layered closure: 3-0 Monocryl deep dermal, 4-0 Prolene running subcuticular. Length 5.0 cm.
Steri-strips, pressure dressing. EBL 5 mL. No complications.
K. Halvorsen, MD
""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["D03.62"]}),
    "coder_note": "EX-3: MIS (D03) takes malignant codes. EX-1: 0.8 + 2 x 0.5 = 1.8 cm arm -> 11602. Layered closure 5.0 cm "
                  "arm -> 12032. Biopsy 01/29 has a 000 global, no modifier.",
})

SCENARIOS.append({
    "id": "s64-exm-forearm-scc-reexcision-in-global",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision SCC R forearm for positive deep margin 9 days after 11602; pre-coded 11602/12032 no mods; MA PPO",
    "date": "2026-02-12",
    "patient": ("Abernethy", "Clement", "1944-10-15", "male"),
    "provider": "lindqvist", "payer": "medicare-advantage-ppo", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin, right dorsal forearm, deep margin positive", "C44.622",
          "Right dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion arm 1.1-2.0 cm", "11602", "Right dorsal forearm",
          "Re-excision of scar 2.2 cm with 3 mm margins.", ["c1"]),
        P("Intermediate repair trunk/extremities 2.6-7.5 cm", "12032", "Right dorsal forearm",
          "Layered closure 4.0 cm.", ["c1"]),
    ],
    "prior": [
        PRIOR("2026-02-03", "11602", "Excision SCC R dorsal forearm", "Right dorsal forearm",
              "1.2 cm SCC with 2 mm margins. Path: well-differentiated SCC, deep margin involved."),
        PRIOR("2026-02-03", "12032", "Intermediate repair R dorsal forearm 3.0 cm", "Right dorsal forearm"),
    ],
    "path": [
        {"text": "Skin, right dorsal forearm, re-excision: scar with focal residual well-differentiated squamous cell "
                 "carcinoma; all margins negative.", "site": "Right dorsal forearm", "date": "2026-02-16"},
    ],
    "note_title": "Procedure Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks - Procedure Visit
Patient: ABERNETHY, Clement   DOB 10/15/1944   DOS 02/12/2026   Provider: Erik Lindqvist, MD

Problem #1: SCC, R dorsal forearm, positive deep margin (C44.622)
  Status: excised 02/03/2026 (1.2 cm lesion, 2 mm margins, 3.0 cm layered closure). Path: well-differentiated
          SCC, deep margin involved. Sutures still in, wound intact, no infection.
  Assessment: incompletely excised SCC. Planned re-excision discussed at the 02/03 visit as a possible next
          step; patient prefers re-excision over Mohs.
  Plan: re-excise today with 3 mm margins down to fascia.
  Orders: pathology A (re-excision, stitch 12:00). Suture removal 10-14 days. Skin check 3 months.
  Procedures performed this visit:
    Re-excision: scar measured 2.2 cm; 3 mm margins; excised to fascia.
    Layered closure 4.0 cm (3-0 Vicryl deep, 4-0 nylon vertical mattress).

Problem #2: Actinic keratoses, dorsal hands (L57.0)
  Status: several thin AKs. Plan: defer treatment until forearm heals; fluorouracil discussed for spring.
  Orders: none today.

Problem #3: Chronic anticoagulation (apixaban) for AF - held per cardiology 48 h. Resume tomorrow.

Signed: Erik Lindqvist, MD 02/12/2026
""",
    "expected": E([L("11603", 1, "58"), L("12032", 1, "58")], topics=["global-period", "coding-correction"],
                  dx={"11603": ["C44.622"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of the 02/03 excision -> 58 on "
                  "excision and repair. EX-1: 2.2 + 2 x 0.3 = 2.8 cm arm -> 11603 (not 11602). Repair 4.0 cm -> 12032.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s64-ds-ak-sixteen-precoded-17000-17003",
    "family": "destruction", "shape": "pre-coded",
    "description": "LN2 to 16 AKs (forehead 5, scalp 7, L helix 2, R hand 2) pre-coded 17000 + 17003 x15; Medicare FFS",
    "date": "2026-02-24",
    "patient": ("Lindahl", "Bertram", "1946-06-30", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, face, scalp, ear, hand", "L57.0", "Forehead, scalp, left ear, right hand",
          reason=True),
        C("c2", "Seborrheic keratoses, trunk", "L82.1", "Trunk"),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Forehead",
          "Cryotherapy, 2 freeze-thaw cycles.", ["c1"]),
        P("Destruction premalignant lesions, each additional 2-14", "17003", "Scalp, left helix, right dorsal hand",
          "Cryotherapy x15 additional lesions.", ["c1"]),
    ],
    "note_title": "Office Visit - Established",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES        TouchWorks: Office Visit - Established
PATIENT: LINDAHL, Bertram     DOB: 06/30/1946     DOS: 02/24/2026
PROVIDER: Chidi Okonkwo, MD

CC: rough spots on scalp and forehead again

Problem #1: Actinic keratoses (L57.0)
  Status: recurrent; last treated 08/2025
  Assessment: gritty erythematous scaly papules - forehead 5, frontal/vertex scalp 7, L helix 2, R dorsal
              hand 2. Sixteen lesions total. None thick or tender enough to suggest SCC.
  Plan: liquid nitrogen to all sixteen today.
  Orders: none. RTC 6 months.
  Procedures performed this visit: cryodestruction of 16 AKs, 2 freeze-thaw cycles each, ~10 s.
      Post-cryo blistering/crusting expectations reviewed.

Problem #2: Seborrheic keratoses, trunk (L82.1)
  Status: asymptomatic
  Plan: reassurance. No treatment.

Problem #3: Field cancerization, chest (L57.0)
  Status: diffuse mild photodamage with faint AKs
  Plan: will start fluorouracil 5% cream to chest after scalp heals - Rx to be sent at the April visit.
        Nothing treated on the chest today.

Electronically signed: Chidi Okonkwo, MD 02/24/2026
""",
    "expected": E([L("17004")], topics=["coding-correction"]),
    "coder_note": "DS-1: 16 AKs (>=15) -> 17004 x1 instead of 17000 + 17003 x15 (17004/17000, 17004/17003 indicator 0). "
                  "Chest field therapy is planned, not done.",
})

SCENARIOS.append({
    "id": "s64-ds-plantar-warts-and-hand-aks-xs",
    "family": "destruction", "shape": "free-text",
    "description": "LN2 to 4 painful plantar warts (17110) and 3 AKs L hand (17000/17003 with XS); Medicare FFS",
    "date": "2026-03-03",
    "patient": ("Pemberton", "Augustina", "1957-01-25", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Plantar warts, right foot, painful", "B07.0", "Right plantar foot", reason=True),
        C("c2", "Actinic keratoses, left dorsal hand", "L57.0", "Left dorsal hand", reason=True),
    ],
    "procedures": [
        P("Paring and cryotherapy of plantar warts x4", site="Right plantar forefoot and heel",
          note="Four painful plantar verrucae pared with #15 blade, then LN2 2 cycles each.", reasons=["c1"]),
        P("Cryotherapy actinic keratoses x3", site="Left dorsal hand",
          note="Three hyperkeratotic AKs, LN2 1 cycle each.", reasons=["c2"]),
    ],
    "note_title": "Office Visit",
    "note": """Northgate Dermatology Associates | TouchWorks | Office Visit
Patient: PEMBERTON, Augustina   DOB 01/25/1957   DOS 03/03/2026
Provider: Rafael Santos, MD

Problem #1: Verruca plantaris, R foot (B07.0)
  Status: 4 lesions - 3 on forefoot, 1 on heel; painful with walking, limping at work (retail, on feet 8 h)
  Assessment: plantar warts with pinpoint thrombosed capillaries, tender to lateral pressure.
  Plan: pare + LN2 today; salicylic acid 40% pads at home between visits.
  Orders: RTC 3-4 weeks for repeat treatment.
  Procedures performed this visit: paring then cryotherapy x4 warts.

Problem #2: Actinic keratosis, L dorsal hand (L57.0)
  Status: 3 rough scaly papules, new since last year
  Plan: LN2 x3 today.
  Procedures performed this visit: cryotherapy x3.

Problem #3: Onychomycosis, toenails (B35.1)
  Status: reviewed - patient declines oral therapy and topical Rx. No treatment. Will revisit.

Procedure (free text): Consent verbal. Separate lesions on separate sites (R sole vs L hand). No anesthesia.
Tolerated well. Blister care reviewed.
R. Santos MD
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 2, "XS")],
                  dx={"17110": ["B07.0"], "17000": ["L57.0"]}),
    "coder_note": "DS-2/DS-1: warts 1-14 -> 17110 x1; AKs 3 -> 17000 + 17003 x2. DS-3: 17110/17000 and 17110/17003 are "
                  "indicator 1 with 17110 as column 1, different lesions/sites -> XS on 17000 and 17003. Painful plantar "
                  "warts meet the benign-lesion LCD (pain).",
})

SCENARIOS.append({
    "id": "s64-mixed-scalp-aks-uncounted-back-punch",
    "family": "mixed", "shape": "note-only",
    "description": "Scalp AKs treated with LN2 without any count + punch bx R lower back plaque; Medicare Advantage",
    "date": "2026-03-05",
    "patient": ("Oyelaran", "Theodore", "1952-11-11", "male"),
    "provider": "chen", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
        C("c2", "Scaly plaque, right lower back", "L98.9", "Right lower back", reason=True),
    ],
    "note_title": "Office Visit - Established",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES
Allscripts TouchWorks - Office Visit (Established)        DOS: 03/05/2026
Patient: OYELARAN, Theodore     DOB: 11/11/1952
Provider: Wei Chen, MD

CC: scalp rough spots; "patch on my back my wife noticed"

Problem #1: Actinic keratoses, scalp (L57.0)
  Status: recurrent, bald scalp
  Assessment: scattered gritty keratotic papules over the vertex and crown.
  Plan: cryotherapy to the scalp AKs today; sun-protective hat.
  Orders: RTC 6 months.
  Procedures performed this visit: liquid nitrogen to scalp AKs, 2 cycles.

Problem #2: Scaly plaque, R lower back (L98.9)
  Status: new, ~6 months, slowly enlarging, not itchy
  Assessment: 1.4 cm well-demarcated pink scaly plaque. DDx: SCC in situ, superficial BCC, inflamed lichenoid
              keratosis.
  Plan: 4 mm punch biopsy today.
  Orders: specimen A - R lower back - Northgate Dermpath. Nurse to call results; treatment to follow.
  Procedures performed this visit: 4 mm punch biopsy, one 4-0 nylon simple suture.

Problem #3: Hypertension - on amlodipine per PCP. BP not taken here. Not addressed.

Consent obtained for both procedures. Lidocaine 1% w/ epi for punch. Tolerated well.
Wei Chen, MD - e-signed 03/05/2026 14:20
""",
    "expected": E([L("11104")], topics=["missing-documentation"]),
    "coder_note": "DS-1 is count-driven; the note never gives a number of scalp AKs -> no 17000/17003/17004 line and a "
                  "missing-documentation finding (README). Punch biopsy of a separate back lesion -> 11104.",
})

SCENARIOS.append({
    "id": "s64-ds-back-bcc-sample-then-curettage",
    "family": "destruction", "shape": "note-only",
    "description": "Suspected BCC R upper back: shave sample then ED&C, final defect 1.4 cm, path BCC -> destruction only; BCBS",
    "date": "2026-03-10",
    "patient": ("Marchetti-Hale", "Colette", "1968-04-02", "female"),
    "provider": "okafor", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Basal cell carcinoma, right upper back", "C44.519", "Right upper back", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "path": [
        {"text": "Skin, right upper back, shave and curettings: basal cell carcinoma, superficial and nodular types.",
         "site": "Right upper back", "date": "2026-03-13"},
    ],
    "note_title": "Procedure Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks Procedure Visit
Patient: MARCHETTI-HALE, Colette   DOB: 04/02/1968   Encounter: 03/10/2026   Provider: Adaeze Okafor, MD

Problem #1: Lesion R upper back, suspicious for BCC (D48.5 - pending path)
  Status: new pearly pink plaque 1.0 cm, bleeds with bra strap
  Assessment: clinically superficial/nodular BCC; patient wants treatment in one visit if possible.
  Plan: shave sample for pathology, then curettage and electrodesiccation of the base in the same sitting.
        If path is benign, nothing further; if BCC, the ED&C is the treatment.
  Orders: surgical pathology A (R upper back, shave + curettings). Results call; wound check 2 weeks.
  Procedures performed this visit:
    Shave sample of entire visible lesion with DermaBlade -> specimen A.
    Curettage x3 cycles with electrodesiccation between cycles. Final defect 1.4 cm diameter.

Problem #2: History of BCC, L forearm, ED&C 2023 (Z85.828)
  Status: scar clear. Plan: surveillance.

Problem #3: Melasma (L81.1)
  Status: reviewed; continues hydroquinone she already has. No new Rx today.

Consent signed. 1% lidocaine w/ epi 2 mL. Petrolatum, bandage.
Adaeze Okafor, MD
""",
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "BX-6: sample-then-curette; path confirmed BCC -> destruction of malignant lesion only, sized by the final "
                  "curettage defect 1.4 cm, trunk -> 17262. The same-lesion shave sample is not billed (BX-5).",
})

SCENARIOS.append({
    "id": "s64-em-screening-fse-no-findings-medicare",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS screening-only full skin exam, no history, no complaint, nothing found -> E/M with GY",
    "date": "2026-01-08",
    "patient": ("Whitcombe", "Dalton", "1959-10-17", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
        C("c2", "Hyperlipidemia", "E78.5", history=True),
    ],
    "note_title": "Office Visit - Established",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES
TouchWorks Note: Office Visit (Established)    Date: 01/08/2026
Patient: WHITCOMBE, Dalton    DOB: 10/17/1959    Provider: Luca Marchetti, MD

Chief Complaint: "annual skin check - my wife makes me come"
HPI: 66M, no personal or family history of skin cancer, no history of atypical moles, no new, changing,
bleeding or itchy lesions. No complaints today. Turned 65 last year; now on Original Medicare.

Problem #1: Encounter for skin cancer screening (Z12.83)
  Status: routine screening
  Assessment: full skin exam scalp to soles including nails and oral mucosa. No suspicious lesions; no
              lesion requiring treatment, biopsy or follow-up.
  Plan: sun protection counseling; self skin exam taught. Screening interval discussed.
  Orders: none. Return as needed.

Problem #2: Hyperlipidemia (E78.5)
  Status: on atorvastatin, managed by PCP. Medication list reconciled only; not addressed.

No procedures performed this visit.
Luca Marchetti, MD - electronically signed
""",
    "expected": E([L("99213", 1, "GY")], dx={"99213": ["Z12.83"]}),
    "coder_note": "DX-5 / README: screening-only full skin exam of an asymptomatic Medicare FFS patient with no history and "
                  "nothing found is statutorily excluded -> provider's E/M with GY (no voluntary ABN documented).",
})

SCENARIOS.append({
    "id": "s64-em-eczema-flare-inside-excision-global",
    "family": "em", "shape": "note-only",
    "description": "AD flare with new Rx 7 days after benign excision (010 global); post-op site not addressed -> 99214-24; Cigna",
    "date": "2026-01-27",
    "patient": ("Halloran", "Mireille", "1984-08-05", "female"),
    "provider": "voss", "payer": "commercial-cigna", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Atopic dermatitis, flare", "L20.9", "Arms, neck, antecubital fossae", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-20", "11403", "Excision dermatofibroma L thigh 2.4 cm excised diameter", "Left thigh",
              "Path: dermatofibroma, completely excised."),
    ],
    "note_title": "Office Visit - Established",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks - Office Visit (Established)
Patient: HALLORAN, Mireille    DOB: 08/05/1984    DOS: 01/27/2026    Provider: Henrietta Voss, MD

CC: "my eczema exploded this week"
HPI: 41F with lifelong atopic dermatitis, controlled on triamcinolone 0.1% prn until a viral URI 10 days ago;
now widespread itchy rash, sleep loss 4 nights, failed her usual steroid.

Problem #1: Atopic dermatitis, flare (L20.9)
  Status: worsening
  Assessment: eczematous patches and lichenified plaques on neck, antecubital fossae, forearms, ~12% BSA;
              no impetiginization; IGA 3.
  Plan: start clobetasol 0.05% ointment BID x2 weeks to body (not face/folds), tacrolimus 0.1% ointment to neck;
        discussed dupilumab if not controlled - benefits/risks, labs not needed; pt will consider.
  Orders: Rx x2 sent. Return visit 4 weeks.

Problem #2: Dermatofibroma, L thigh - s/p excision 01/20/2026 (D23.72)
  Status: sutures in place; removal scheduled 02/02 with nurse. Site not examined and not discussed today.

Problem #3: Allergic rhinitis - per PCP. Not addressed.

Procedures performed this visit: none.
Henrietta Voss, MD - signed 01/27/2026
""",
    "expected": E([L("99214", 1, "24")], topics=["global-period"], dx={"99214": ["L20.9"]}),
    "coder_note": "GS-5: unrelated E/M inside the 10-day global of the 01/20 excision -> modifier 24. Level kept as selected.",
})

SCENARIOS.append({
    "id": "s64-em-newpt-finger-warts-decision-only",
    "family": "em", "shape": "pre-coded",
    "description": "New pt child, common warts 3 fingers, only problem; E/M 99203 sent with 17110 -> E/M removed; Medicaid MCO",
    "date": "2026-02-03",
    "patient": ("Nwachukwu", "Ezinne", "2016-07-19", "female"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 20, "em": "99203",
    "conditions": [
        C("c1", "Verruca vulgaris, fingers, painful", "B07.8", "Right index, right middle, left thumb", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions up to 14", "17110", "Right index finger, right middle finger, left thumb",
          "LN2 to 3 common warts, 2 freeze-thaw cycles each.", ["c1"]),
    ],
    "note_title": "New Patient Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - PEDIATRIC CLINIC
TouchWorks: New Patient Visit      DOS: 02/03/2026
Patient: NWACHUKWU, Ezinne (age 9)   Accompanied by mother   Provider: Folake Adeyemi, MD

CC: warts on fingers
HPI: 3 warts for 5 months, spreading from R index to R middle finger and L thumb; sore when writing, she picks
at them. OTC salicylic acid x 2 months without improvement.

Problem #1: Verruca vulgaris, fingers (B07.8)
  Status: new to us; failed OTC therapy; painful, spreading
  Assessment: 3 hyperkeratotic papules - R index (periungual), R middle, L thumb.
  Plan: cryotherapy today; continue salicylic acid nightly with tape occlusion; no picking.
  Orders: RTC 4 weeks for repeat cryo as needed.
  Procedures performed this visit: LN2 x3 warts, 2 cycles each; tolerated with distraction.

No other concerns raised by mother or patient. Growth/development per pediatrician.
Folake Adeyemi, MD
""",
    "expected": E([L("17110")]),
    "coder_note": "GS-3 / README: the only work is evaluation of the warts and the decision to destroy them; a new patient "
                  "alone does not justify an E/M -> 99203 removed, 17110 x1 for 3 warts.",
})

SCENARIOS.append({
    "id": "s64-em-newpt-ala-bcc-flap-decision-57",
    "family": "em", "shape": "free-text",
    "description": "New pt consult for biopsied BCC R ala, decision and same-day excision with nasolabial flap 4.5 sq cm; Medicare",
    "date": "2026-03-12",
    "patient": ("Ingersoll", "Wendell", "1942-02-28", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 40, "em": "99204",
    "conditions": [
        C("c1", "Basal cell carcinoma, right nasal ala", "C44.311", "Right nasal ala", reason=True),
    ],
    "procedures": [
        P("Excision of BCC with 3 mm margins", site="Right nasal ala",
          note="0.7 cm nodular BCC, 3 mm margins, defect 1.3 cm, frozen margins not done.", reasons=["c1"]),
        P("Nasolabial transposition flap", site="Right nasal ala / nasolabial fold",
          note="Primary defect 1.3 sq cm, secondary defect 3.2 sq cm, total 4.5 sq cm.", reasons=["c1"]),
    ],
    "note_title": "New Patient Consultation and Surgery",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks
New Patient Consultation + Surgery      DOS: 03/12/2026
Patient: INGERSOLL, Wendell    DOB: 02/28/1942    Surgeon: Erik Lindqvist, MD
Referred by: Dr. Amherst (outside dermatology) - shave biopsy 02/18/2026: nodular BCC, R nasal ala.

Problem #1: Basal cell carcinoma, R nasal ala (C44.311)
  Status: biopsy-proven, first visit with us
  Assessment: 0.7 cm pearly nodule with biopsy crust. Options reviewed at length: Mohs (nearest Mohs surgeon
              3-week wait, 2 h away), standard excision with flap repair, radiation (he prefers surgery),
              topical/destruction (not appropriate for nodular BCC on the nose). Patient chooses excision with flap
              today. Risks of incomplete excision and re-excision explained.
  Plan: excision with 3 mm margins and nasolabial transposition flap today.
  Orders: surgical pathology A (margin-oriented). Suture removal 7 days; post-op 6 weeks.
  Procedures performed this visit: see procedure entries (excision + flap).

Problem #2: Anticoagulation - clopidogrel continued (cardiac stent 2023). Discussed bleeding risk.

Problem #3: Actinic keratoses, forehead (L57.0)
  Status: few thin AKs. Plan: not treated today; will address at post-op visit.

OP NOTE (brief): Time-out. 1% lido w/ epi. Excision to perichondrium with 3 mm margins, defect 1.3 cm. Superiorly
based nasolabial transposition flap designed, elevated, transposed; donor closed primarily. 5-0 Monocryl,
6-0 Prolene. Primary defect 1.3 sq cm + secondary 3.2 sq cm = 4.5 sq cm. EBL minimal.
E. Lindqvist, MD
""",
    "expected": E([L("99204", 1, "57"), L("14060")], dx={"14060": ["C44.311"]}),
    "coder_note": "FLAP-2: the excision is included in the adjacent tissue transfer; 4.5 sq cm on the nose -> 14060. "
                  "FLAP-4/GS-4: 14060 is 090 and the consult made the decision for surgery that day -> 99204-57.",
})

SCENARIOS.append({
    "id": "s64-ptest-comprehensive-80-units",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Patch test placement, 80-allergen comprehensive series, pre-coded 95044 x1; BCBS",
    "date": "2026-03-16",
    "patient": ("Gallardo", "Renata", "1977-12-12", "female"),
    "provider": "nakamura", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Allergic contact dermatitis, eyelids and neck, unspecified cause", "L23.9", "Eyelids, neck",
          reason=True),
    ],
    "procedures": [
        P("Patch test placement", "95044", "Upper back",
          "North American comprehensive series, 80 allergens, applied in Finn chambers on the upper back.", ["c1"]),
    ],
    "note_title": "Patch Test Placement",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - CONTACT DERMATITIS CLINIC
TouchWorks: Procedure Visit - Patch Test Placement       DOS: 03/16/2026 (Monday)
Patient: GALLARDO, Renata    DOB 12/12/1977    Provider: Ren Nakamura, MD

Problem #1: Allergic contact dermatitis, eyelids/neck (L23.9)
  Status: evaluated 02/23/2026 (consult visit) - recurrent eyelid and neck dermatitis x1 year; patch testing
          ordered at that visit.
  Assessment: suspect fragrance / preservative / nail-acrylate allergy.
  Plan: patch test placement today. Avoid topical steroids to back and sun exposure; keep back dry.
  Orders: Reading #1 Wednesday 03/18 (48 h), reading #2 Friday 03/20 (96 h).
  Procedures performed this visit: application of the North American comprehensive series - 80 allergens
          (Finn chambers, 8 panels of 10), upper back; panels outlined with marker and photographed.

Problem #2: Hand eczema - managed with the same workup. No separate treatment today.

Nursing: allergen lot numbers recorded on the patch test worksheet (scanned).
Ren Nakamura, MD
""",
    "expected": E([L("95044", 80)], topics=["coding-correction"]),
    "coder_note": "95044 units = number of allergens applied (80), under MUE 90. Readings are included.",
})

SCENARIOS.append({
    "id": "s64-ptest-placement-plus-rosacea-em25",
    "family": "patch-test", "shape": "note-only",
    "description": "Hand dermatitis patch test placement 35 + 12 supplemental allergens with separate rosacea Rx E/M; Medicare",
    "date": "2026-03-18",
    "patient": ("Tennant", "Marguerite", "1954-05-21", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Dermatitis of hands, suspected allergic contact", "L30.9", "Both hands", reason=True),
        C("c2", "Papulopustular rosacea", "L71.9", "Central face", reason=True),
    ],
    "note_title": "Office Visit - Established",
    "html": True,
    "note": _html("""NORTHGATE DERMATOLOGY ASSOCIATES
TouchWorks EHR   Office Visit - Established    Encounter date: 03/18/2026
Patient: TENNANT, Marguerite   DOB 05/21/1954   Provider: Ines Castellanos, MD

Problem #1: Hand dermatitis (L30.9)
  Status: chronic, evaluated 03/04 - patch testing planned at that visit
  Assessment: dorsal hand/fingertip dermatitis, retired florist, gardens daily.
  Plan: patch test placement today.
  Orders: readings 03/20 and 03/23.
  Procedures performed this visit: patch tests applied to upper back - standard 35-allergen panel plus
        12-allergen plant/botanical supplemental series = 47 allergens total.

Problem #2: Rosacea, papulopustular (L71.9)
  Status: new complaint today - flaring x 2 months, burning, papules and pustules on cheeks/nose
  Assessment: moderate papulopustular rosacea, no ocular symptoms.
  Plan: start ivermectin 1% cream nightly (Rx sent); gentle cleanser; triggers reviewed. If inadequate at
        8 weeks, consider doxycycline 40 mg MR.
  Orders: RTC 8 weeks for rosacea.

Problem #3: Osteoporosis - on alendronate per PCP. Not addressed.

Ines Castellanos, MD - e-signed
"""),
    "expected": E([L("99213", 1, "25"), L("95044", 47)]),
    "coder_note": "95044 x47 (one unit per allergen). 95044/99213 is PTP indicator 1; the rosacea evaluation with a new "
                  "prescription is separately identifiable -> 99213-25.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s64-photo-nbuvb-session-fourteen",
    "family": "phototherapy", "shape": "note-only",
    "description": "Narrowband UVB session #14 for plaque psoriasis; PUVA and methotrexate only discussed; Medicare FFS",
    "date": "2026-03-20",
    "patient": ("Burkhardt", "Leopold", "1956-09-14", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, ~15% BSA", "L40.0", "Trunk, extremities", reason=True),
    ],
    "note_title": "Phototherapy Treatment Note",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - PHOTOTHERAPY UNIT
TouchWorks: Phototherapy Treatment Record        DOS: 03/20/2026
Patient: BURKHARDT, Leopold   DOB 09/14/1956   Supervising physician: Astrid Lindgren, MD (in suite)

Problem #1: Psoriasis vulgaris (L40.0)
  Status: on NB-UVB 3x/week since 02/2026 after 4 months of clobetasol/calcipotriene without adequate response
          (BSA 15% at start, ~9% today).
  Assessment: improving, no burning after last session.
  Plan: NB-UVB today, increase dose 10% per protocol.
  Orders: continue 3x/week; physician reassessment at session #24.
  Procedures performed this visit: narrowband UVB (311 nm) full body, session #14, 1,350 mJ/cm2, goggles and
        genital shielding. Skin type III. No erythema at 24 h from the prior session.

Problem #2: Psoriasis - systemic options (L40.0)
  Status: discussed only. PUVA was considered at the 01/2026 visit and not pursued; methotrexate would be the
          next step if phototherapy plateaus. Nothing started.

Problem #3: Type 2 diabetes (E11.9) - per PCP, A1c 6.8. Not addressed.

Phototherapy nurse: K. Alvarez, RN. Reviewed and co-signed: Astrid Lindgren, MD
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "UV light therapy (NB-UVB) is actinotherapy 96900, one per session. PUVA and methotrexate are only discussed.",
})

SCENARIOS.append({
    "id": "s64-photo-excimer-four-plaques-precoded",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to 4 elbow/knee plaques totaling 350 sq cm, pre-coded 96920 per plaque; UHC",
    "date": "2026-03-23",
    "patient": ("Castellano", "Joaquin", "1988-01-09", "male"),
    "provider": "ramirez", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Localized plaque psoriasis, elbows and knees", "L40.0", "Elbows, knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser, psoriasis, <250 sq cm", "96920", "Right elbow", "Plaque 90 sq cm.", ["c1"]),
        P("Excimer laser, psoriasis, <250 sq cm", "96920", "Left elbow", "Plaque 85 sq cm.", ["c1"]),
        P("Excimer laser, psoriasis, <250 sq cm", "96920", "Right knee", "Plaque 95 sq cm.", ["c1"]),
        P("Excimer laser, psoriasis, <250 sq cm", "96920", "Left knee", "Plaque 80 sq cm.", ["c1"]),
    ],
    "note_title": "Excimer Laser Treatment",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES
TouchWorks - Procedure Visit: 308 nm Excimer Laser        DOS 03/23/2026
Patient: CASTELLANO, Joaquin   DOB 01/09/1988   Provider: Sofia Ramirez, MD

Problem #1: Plaque psoriasis, localized (L40.0)
  Status: BSA ~3%, elbows and knees only; 5 months of clobetasol + calcipotriene with partial response.
  Assessment: prior authorization approved (UHC ref on file), treatment #6 of planned course.
  Plan: excimer today to all four plaques.
  Orders: twice weekly; reassess after #12.
  Procedures performed this visit: excimer laser, 308 nm -
        R elbow 90 sq cm, L elbow 85 sq cm, R knee 95 sq cm, L knee 80 sq cm.
        Total treated area this session: 350 sq cm. Doses per plaque thickness protocol. Goggles.

Problem #2: Scalp psoriasis - reviewed; continues clobetasol solution. No change.

Ramirez, Sofia MD - electronically signed
""",
    "expected": E([L("96921")], topics=["coding-correction"]),
    "coder_note": "Excimer 96920-96922 is one code per session by TOTAL area treated: 350 sq cm -> 96921 x1, not 96920 per "
                  "plaque.",
})

SCENARIOS.append({
    "id": "s64-photo-puva-no-conventional-trial-abn",
    "family": "phototherapy", "shape": "free-text",
    "description": "PUVA session #1 for non-disabling psoriasis with no conventional therapy tried, ABN signed; Medicare FFS",
    "date": "2026-03-25",
    "patient": ("Rutledge", "Cordelia", "1953-07-07", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Psoriasis vulgaris, ~8% BSA", "L40.0", "Trunk, thighs", reason=True),
    ],
    "procedures": [
        P("PUVA (oral methoxsalen + UVA), session 1", site="Full body",
          note="Methoxsalen 0.6 mg/kg taken 90 min prior; UVA 1.5 J/cm2; eye protection. ABN signed before treatment.",
          reasons=["c1"]),
    ],
    "note_title": "Phototherapy Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - PHOTOTHERAPY
TouchWorks Phototherapy Visit          DOS: 03/25/2026
Patient: RUTLEDGE, Cordelia   DOB: 07/07/1953   Provider: Chidi Okonkwo, MD

Problem #1: Psoriasis vulgaris (L40.0)
  Status: plaques trunk and thighs, ~8% BSA; not limiting work or daily activities. Has used only OTC
          hydrocortisone; never used prescription topicals, UVB or systemic therapy.
  Assessment: PUVA is not first-line here. Recommended topical steroid/vitamin D and NB-UVB. Patient insists on
              PUVA (her sister's result). Explained Medicare covers PUVA only for intractable, disabling psoriasis
              after failed conventional therapy and is likely to deny today's service.
  Plan: Advance Beneficiary Notice (CMS-R-131) reviewed and signed before treatment - patient chose to receive
        PUVA and accept financial responsibility. Session #1 today.
  Orders: ophthalmology exam before session #5; CMP baseline.
  Procedures performed this visit: PUVA session 1 (see procedure entry).

Problem #2: Hypertension - per PCP; not addressed.

C. Okonkwo, MD
""",
    "expected": E([L("96912", 1, "GA")], topics=["medical-necessity"]),
    "coder_note": "PHOTO-1/COS-4: PUVA without failed conventional therapy does not meet NCD 250.1; ABN signed before the "
                  "service, Medicare FFS -> 96912-GA.",
})

SCENARIOS.append({
    "id": "s64-nails-partial-avulsion-precoded-11750",
    "family": "nails", "shape": "pre-coded",
    "description": "Partial avulsion lateral border R great toenail, no matrix destruction; pre-coded 11750; Medicare Advantage",
    "date": "2026-03-26",
    "patient": ("Mwangi", "Josephine", "1960-03-03", "female"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, lateral border", "L60.0", "Right great toe", reason=True),
    ],
    "procedures": [
        P("Excision of nail and nail matrix, partial", "11750", "Right great toe",
          "Lateral 1/4 nail plate avulsed after digital block. Matrix left intact.", ["c1"]),
    ],
    "note_title": "Procedure Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks Procedure Visit
Patient: MWANGI, Josephine   DOB: 03/03/1960   DOS: 03/26/2026   Provider: Jordan Pike, MD

Problem #1: Ingrown toenail, R great toe, lateral border (L60.0)
  Status: painful x3 weeks, erythema, no drainage; first episode; failed soaks and cotton wedging.
  Assessment: lateral nail spicule embedded in the lateral fold; no granulation tissue, no abscess.
  Plan: partial nail avulsion today. Chemical matrixectomy offered and DECLINED by patient (first episode) -
        will reconsider phenol matrixectomy if it recurs.
  Orders: RTC 2 weeks. Soaks BID.
  Procedures performed this visit: digital block 2% plain lidocaine 3 mL; lateral 1/4 of the nail plate freed
        with elevator, split and avulsed to the proximal fold. Matrix NOT treated. Hemostasis pressure.
        Bacitracin, gauze dressing.

Problem #2: Onychomycosis, L toenails (B35.1) - reviewed, asymptomatic; no treatment desired.

Jordan Pike, MD
""",
    "expected": E([L("11730", 1, "T5")], topics=["coding-correction"]),
    "coder_note": "11750 is permanent removal with matrix excision/destruction; matrix not treated -> avulsion 11730. "
                  "Digit documented: right great toe -> T5 (conventions).",
})

SCENARIOS.append({
    "id": "s64-nails-phenol-matrixectomy-plus-terbinafine",
    "family": "nails", "shape": "note-only",
    "description": "Phenol partial matrixectomy L great toe medial border + separate onychomycosis/tinea pedis Rx with labs; BCBS",
    "date": "2026-03-30",
    "patient": ("Edgerton", "Silas", "1975-10-30", "male"),
    "provider": "baptiste", "payer": "commercial", "minutes": 40, "em": "99213",
    "conditions": [
        C("c1", "Ingrowing nail, left great toe, recurrent", "L60.0", "Left great toe", reason=True),
        C("c2", "Onychomycosis, toenails", "B35.1", "Right toenails 2-5", reason=True),
        C("c3", "Tinea pedis", "B35.3", "Both feet", reason=True),
    ],
    "note_title": "Office Visit - Established",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES
TouchWorks: Office Visit - Established         DOS: 03/30/2026
Patient: EDGERTON, Silas    DOB: 10/30/1975    Provider: Marc Baptiste, MD

Problem #1: Ingrown toenail, L great toe, medial border, recurrent (L60.0)
  Status: third episode in 12 months; partial avulsion done 07/2025 and 11/2025 (both here).
  Assessment: recurrent onychocryptosis - permanent correction indicated.
  Plan: partial nail excision with phenol matrixectomy, medial border, today.
  Orders: RTC 2 weeks wound check.
  Procedures performed this visit: digital block; medial 1/5 nail plate removed; 88% phenol applied to the
        medial matrix 3 x 30 s, neutralized with alcohol; dressing.

Problem #2: Onychomycosis, R toenails 2-5 (B35.1) and tinea pedis, both feet (B35.3)
  Status: new concern - thick yellow nails x2 years, itchy scaling soles; nail clipping PAS
          from PCP 02/2026 positive for fungal elements.
  Assessment: dermatophyte onychomycosis + moccasin tinea pedis.
  Plan: start terbinafine 250 mg daily x12 weeks (Rx sent); ketoconazole 2% cream to soles. Hepatotoxicity
        counseling.
  Orders: baseline hepatic function panel and CBC today; repeat LFTs at 6 weeks.

Problem #3: Hyperlipidemia - on rosuvastatin per PCP; no interaction with terbinafine. Not otherwise addressed.

Marc Baptiste, MD - signed
""",
    "expected": E([L("99213", 1, "25"), L("11750", 1, "TA")]),
    "coder_note": "11750 (partial nail excision with matrix destruction) on the left great toe -> TA. Separate problem with "
                  "new systemic Rx and lab monitoring -> 99213-25 (11750/99213 indicator 1).",
})

SCENARIOS.append({
    "id": "s64-nails-debride-seven-dystrophic",
    "family": "nails", "shape": "free-text",
    "description": "Debridement of 7 painful mycotic toenails in a diabetic; Medicaid",
    "date": "2026-04-01",
    "patient": ("Okwuosa", "Benedict", "1962-12-24", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis of toenails, painful", "B35.1", "Both feet", reason=True),
        C("c2", "Type 2 diabetes mellitus with diabetic polyneuropathy", "E11.42", reason=True),
    ],
    "procedures": [
        P("Debridement of mycotic nails x7", site="Right toes 1-4, left toes 1-3",
          note="Seven thickened dystrophic nails reduced in length and thickness with nippers and rotary burr.",
          reasons=["c1", "c2"]),
    ],
    "note_title": "Procedure Visit",
    "note": """Northgate Dermatology Associates - TouchWorks - Procedure Visit
Patient: OKWUOSA, Benedict    DOB 12/24/1962    DOS 04/01/2026    Provider: Rafael Santos, MD

Problem #1: Onychomycosis, toenails, painful (B35.1)
  Status: thick, yellow, crumbling nails painful in shoes; cannot trim himself (neuropathy, poor vision).
  Assessment: 7 dystrophic mycotic nails - R 1st-4th, L 1st-3rd. Nail thickness 3-4 mm; subungual debris.
  Plan: mechanical debridement today; oral terbinafine declined (liver disease concern from PCP).
  Orders: RTC 10-12 weeks.
  Procedures performed this visit: debridement x7 nails (see procedure).

Problem #2: Type 2 DM with peripheral neuropathy (E11.42)
  Status: A1c 7.9 per PCP; monofilament decreased bilaterally. Foot care education given. Managed by PCP.

Problem #3: Xerosis, feet - urea 20% cream OTC recommended.

Procedure: Nails debrided with nail nippers and electric burr, 7 nails, no bleeding, no ulceration.
R. Santos MD
""",
    "expected": E([L("11721")]),
    "coder_note": "Nail debridement of 6 or more nails -> 11721 x1.",
})

SCENARIOS.append({
    "id": "s64-paring-three-lesions-precoded-11055",
    "family": "paring", "shape": "pre-coded",
    "description": "Paring of 3 painful corns/calluses pre-coded as 11055 three times; Aetna",
    "date": "2026-04-02",
    "patient": ("Lisowski", "Harriet", "1958-02-17", "female"),
    "provider": "voss", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities, both feet", "L84", "Both feet", reason=True),
    ],
    "procedures": [
        P("Paring benign hyperkeratotic lesion, single", "11055", "Right 5th toe dorsolateral",
          "Hard corn pared with #15 blade.", ["c1"]),
        P("Paring benign hyperkeratotic lesion, single", "11055", "Left plantar 2nd metatarsal head",
          "Callus pared.", ["c1"]),
        P("Paring benign hyperkeratotic lesion, single", "11055", "Right plantar heel",
          "Callus pared.", ["c1"]),
    ],
    "note_title": "Procedure Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks
Procedure Visit      DOS: 04/02/2026
Patient: LISOWSKI, Harriet   DOB 02/17/1958   Provider: Henrietta Voss, MD

Problem #1: Corns/calluses, feet (L84)
  Status: painful with walking; hammertoe R 5th toe.
  Assessment: heloma durum R 5th toe; plantar callus L 2nd MTH; fissured callus R heel. No ulceration; no
              pinpoint bleeding (not warts).
  Plan: paring of all three today; silicone toe sleeve; urea 40% cream (OTC).
  Orders: podiatry referral for orthotics. RTC prn.
  Procedures performed this visit: paring x3 lesions with #15 blade, no bleeding.

Problem #2: Hallux valgus, bilateral - noted; podiatry referral above. Not treated here.

Henrietta Voss, MD
""",
    "expected": E([L("11056")], topics=["coding-correction"]),
    "coder_note": "Paring is coded once per session by lesion count: 2-4 lesions -> 11056 x1 (11056/11055 indicator 0).",
})

SCENARIOS.append({
    "id": "s64-paring-five-calluses-plus-heel-wart",
    "family": "paring", "shape": "note-only",
    "description": "Paring of 5 calluses (11057) + LN2 of a separate plantar wart on the L heel (17110); Medicaid MCO",
    "date": "2026-04-06",
    "patient": ("Ferreira", "Domingos", "1970-06-12", "male"),
    "provider": "marchetti", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Calluses, both feet", "L84", "Both plantar forefeet", reason=True),
        C("c2", "Plantar wart, left heel", "B07.0", "Left heel", reason=True),
    ],
    "note_title": "Office Visit - Established",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES
TouchWorks Office Visit (Established)      Encounter 04/06/2026
Patient: FERREIRA, Domingos   DOB 06/12/1970   Provider: Luca Marchetti, MD

CC: painful feet, construction worker in steel-toe boots

Problem #1: Calluses, plantar forefeet (L84)
  Status: recurrent, painful
  Assessment: five calluses - R 1st MTH, R 5th MTH, L 1st MTH, L 2nd MTH, L 5th MTH. No warts within them
              (skin lines preserved).
  Plan: paring today; boot insoles; keratolytic cream.
  Procedures performed this visit: paring of 5 calluses with #15 blade.

Problem #2: Plantar wart, L heel (B07.0)
  Status: 8 mm, painful, present 4 months, separate from the forefoot calluses.
  Assessment: verruca with thrombosed capillaries, loss of skin lines.
  Plan: liquid nitrogen today.
  Orders: RTC 4 weeks for the wart.
  Procedures performed this visit: LN2 to L heel wart, 2 cycles.

Problem #3: Tinea pedis - resolved on last visit's cream. No treatment.

Luca Marchetti, MD - e-signed
""",
    "expected": E([L("17110"), L("11057", 1, "XS")], dx={"17110": ["B07.0"], "11057": ["L84"]}),
    "coder_note": "Paring of more than 4 lesions -> 11057 x1. Wart destruction -> 17110. 17110/11057 is PTP indicator 1 with "
                  "17110 as column 1; separate lesions/sites -> XS on 11057.",
})

SCENARIOS.append({
    "id": "s64-id-axillary-abscess-simple",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D of a single L axillary abscess, culture, no packing; ILK only considered; Cigna",
    "date": "2026-04-08",
    "patient": ("Achterberg", "Noelle", "1996-09-28", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
        C("c2", "Acne vulgaris", "L70.0", "Face"),
    ],
    "note_title": "Office Visit - Acute",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks - Same-Day Acute Visit
Patient: ACHTERBERG, Noelle    DOB 09/28/1996    DOS 04/08/2026    Provider: Samuel Weiss, MD

Problem #1: Abscess, L axilla (L02.412)
  Status: tender swelling x4 days after shaving; no fever; first episode, no history of similar lesions.
  Assessment: 2.0 cm fluctuant abscess, single cavity, 1 cm rim of erythema. Not hidradenitis (no sinus tracts,
              no scarring, no other sites).
  Plan: incision and drainage today. Intralesional triamcinolone was considered - not given (frank pus).
        No oral antibiotic needed after drainage.
  Orders: wound culture (aerobic) sent. Warm compresses; RTC 1 week if not improved.
  Procedures performed this visit: simple I&D - 1% lidocaine, 8 mm stab incision with #11 blade, purulent
        material expressed, cavity gently probed (single loculus), irrigated with saline. No packing required.
        Gauze dressing.

Problem #2: Acne vulgaris (L70.0)
  Status: stable on adapalene; reviewed, no change.

Samuel Weiss, MD
""",
    "expected": E([L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "Single, simple abscess drained without loculations or packing -> 10060. ILK was considered, not given.",
})

SCENARIOS.append({
    "id": "s64-id-thigh-abscess-loculated-precoded-10060",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Multiloculated 5 cm R thigh abscess, loculations broken, packed; pre-coded 10060; Medicare FFS",
    "date": "2026-04-09",
    "patient": ("Galloway", "Percival", "1948-11-02", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of right lower limb", "L02.415", "Right lateral thigh", reason=True),
        C("c2", "Cellulitis of right lower limb", "L03.115", "Right lateral thigh", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, simple or single", "10060", "Right lateral thigh",
          "5 cm multiloculated abscess; septations broken with hemostat; irrigated; packed with iodoform.", ["c1"]),
    ],
    "note_title": "Office Visit - Acute",
    "html": True,
    "note": _html("""NORTHGATE DERMATOLOGY ASSOCIATES
TouchWorks: Acute Visit      DOS: 04/09/2026
Patient: GALLOWAY, Percival   DOB: 11/02/1948   Provider: June Abernathy, MD

Problem #1: Abscess, R lateral thigh (L02.415) with surrounding cellulitis (L03.115)
  Status: enlarging painful lump x1 week, low-grade temp 99.8 at home
  Assessment: 5 x 4 cm indurated fluctuant abscess with 3 cm cellulitic rim; bedside exam suggests multiple
              pockets.
  Plan: I&D today; doxycycline 100 mg BID x10 days (Rx sent); mark cellulitis border.
  Orders: wound culture with sensitivities. Packing change/removal in 48 h (nurse visit).
  Procedures performed this visit: complicated I&D - field block 1% lido w/ epi 10 mL, 2.5 cm incision,
        copious purulence; multiple loculations broken up with curved hemostat; cavity irrigated with 200 mL
        saline; packed with 1/4-inch iodoform gauze (60 cm). Dressing.

Problem #2: Chronic kidney disease stage 3a - PCP; doxycycline chosen (no renal adjustment).

Problem #3: Hx of BCC L temple, Mohs 2020 (Z85.828) - no recurrence; skin check due in June.

June Abernathy, MD
"""),
    "expected": E([L("10061")], topics=["coding-correction"]),
    "coder_note": "Multiloculated abscess with loculations broken, irrigation and packing = complicated I&D -> 10061, not 10060.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s64-il-chest-keloids-precoded-11901",
    "family": "intralesional", "shape": "pre-coded",
    "description": "ILK to 3 painful chest keloids, TAC 40 mg/mL 1.2 mL (48 mg); pre-coded 11901, no drug line; BCBS",
    "date": "2026-04-13",
    "patient": ("Adebayo", "Kehinde", "1990-08-16", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, anterior chest, painful and pruritic", "L91.0", "Anterior chest", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, more than 7 lesions", "11901", "Anterior chest",
          "Triamcinolone acetonide 40 mg/mL into 3 keloids: 0.5 mL, 0.4 mL, 0.3 mL (total 1.2 mL = 48 mg).",
          ["c1"]),
    ],
    "note_title": "Procedure Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks Procedure Visit
Patient: ADEBAYO, Kehinde   DOB 08/16/1990   DOS 04/13/2026   Provider: Ines Castellanos, MD

Problem #1: Keloids, anterior chest (L91.0)
  Status: three keloids after acne, itchy and painful with seatbelt; injection #3 (last 03/09/2026) -
          softer and flatter, itch improved.
  Assessment: partial response; continue series.
  Plan: ILK today to all three.
  Orders: RTC 4-6 weeks for injection #4. Silicone gel sheets nightly.
  Procedures performed this visit: intralesional triamcinolone acetonide (Kenalog-40), 40 mg/mL
        - sternal keloid 0.5 mL, L parasternal 0.4 mL, R pectoral 0.3 mL. Total 1.2 mL = 48 mg. 30 g needle.
        Lot/expiry recorded in MAR.

Problem #2: Acne vulgaris, chest/back (L70.0)
  Status: quiet on adapalene/BP wash. Reviewed only - no changes.

Problem #3: Cryotherapy of keloids - considered for the future if steroid response plateaus. Not done today.

Ines Castellanos, MD
""",
    "expected": E([L("11900"), L("J3301", 5)], topics=["coding-correction"]),
    "coder_note": "11900 covers up to 7 lesions (3 injected), not 11901. Drug: triamcinolone acetonide 48 mg -> J3301 x5 "
                  "(per 10 mg, rounded up).",
})

SCENARIOS.append({
    "id": "s64-il-alopecia-areata-nine-patches",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to 9 alopecia areata patches, TAC 10 mg/mL 2.5 mL (25 mg); JAK inhibitor only discussed; Medicaid",
    "date": "2026-04-14",
    "patient": ("Varga", "Annelise", "1999-03-30", "female"),
    "provider": "nakamura", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata, multiple patches, scalp", "L63.8", "Scalp", reason=True),
    ],
    "note_title": "Office Visit - Established",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES
TouchWorks: Office Visit (Established)   DOS: 04/14/2026
Patient: VARGA, Annelise   DOB: 03/30/1999   Provider: Ren Nakamura, MD

Problem #1: Alopecia areata, scalp (L63.8)
  Status: multifocal; new patches since January; SALT ~15%
  Assessment: nine discrete patches - vertex (3), R parietal (2), L parietal (2), occiput (2). Positive pull
              test at margins. No nail pitting.
  Plan: intralesional triamcinolone today to all nine patches.
  Orders: RTC 6 weeks for repeat injections.
  Procedures performed this visit: ILK, triamcinolone acetonide 10 mg/mL, 0.1 mL aliquots 1 cm apart,
        nine patches, total volume 2.5 mL (25 mg). 30 g needle. Tolerated well.

Problem #2: Alopecia areata - systemic options
  Status: discussed only. Baricitinib/ritlecitinib would be considered if SALT >50%. Not prescribed today;
          no labs ordered.

Problem #3: Iron deficiency - ferritin 14 (PCP, 03/2026), on ferrous sulfate per PCP. Not addressed today.

Ren Nakamura, MD - signed 04/14/2026
""",
    "expected": E([L("11901"), L("J3301", 3)]),
    "coder_note": "Nine lesions injected (>7) -> 11901 x1. TAC 25 mg -> J3301 x3 (ceil(25/10)).",
})

SCENARIOS.append({
    "id": "s64-il-two-cysts-plus-melanoma-surveillance-em",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK 2 inflamed back cysts (10 mg) + melanoma-history FSE with new nummular dermatitis Rx -> 99213-25; Medicare",
    "date": "2026-04-15",
    "patient": ("Sorensen", "Margit", "1951-01-04", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Inflamed epidermal cysts, back", "L72.0", "Upper back", reason=True),
        C("c2", "Nummular dermatitis, shins", "L30.0", "Both shins", reason=True),
        C("c3", "Personal history of malignant melanoma of skin", "Z85.820", reason=True),
    ],
    "procedures": [
        P("Intralesional Kenalog, 2 cysts", site="Right and left upper back",
          note="Triamcinolone acetonide 10 mg/mL, 0.5 mL into each of two inflamed cysts (total 1.0 mL = 10 mg).",
          reasons=["c1"]),
    ],
    "note_title": "Office Visit - Established",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks Office Visit (Established)
Patient: SORENSEN, Margit    DOB 01/04/1951    DOS 04/15/2026    Provider: Kirsten Halvorsen, MD

Problem #1: History of melanoma, R calf 2017, WLE (Z85.820)
  Status: due for 6-month full skin exam
  Assessment: FSE done - scar clear, no palpable nodes, no suspicious pigmented lesions.
  Plan: continue 6-month exams.

Problem #2: Nummular dermatitis, shins (L30.0) - NEW
  Status: itchy coin-shaped plaques on both shins x6 weeks; not helped by OTC hydrocortisone
  Assessment: nummular eczema, no secondary infection.
  Plan: start triamcinolone 0.1% ointment BID x 3 weeks (Rx sent), thick emollient, lukewarm showers.

Problem #3: Epidermal cysts, upper back, inflamed (L72.0)
  Status: two cysts red and tender x 5 days, not fluctuant
  Plan: intralesional triamcinolone today; excision later once calm if they recur (not scheduled).
  Procedures performed this visit: ILK x2 cysts (see procedure entry).

Orders: RTC 6 months (FSE) or sooner prn.
K. Halvorsen MD
""",
    "expected": E([L("99213", 1, "25"), L("11900"), L("J3301")]),
    "coder_note": "ILK of 2 lesions -> 11900; 10 mg TAC -> J3301 x1. Melanoma surveillance exam and a new problem with Rx are "
                  "separately identifiable -> 99213-25 (11900/99213 indicator 1).",
})

SCENARIOS.append({
    "id": "s64-mohs-cheek-two-stages-88305-precoded",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs R cheek BCC 2 stages (4/3 blocks) + layered repair 3.4 cm; pre-coded 88305 x2 on Mohs layers; Medicare",
    "date": "2026-04-16",
    "patient": ("Thackeray", "Ambrose", "1945-05-13", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 160,
    "conditions": [
        C("c1", "Basal cell carcinoma, right cheek", "C44.319", "Right medial cheek", reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck, first stage", "17311", "Right medial cheek", "Stage 1: 4 blocks, positive at 3 o'clock.",
          ["c1"]),
        P("Mohs, each additional stage", "17312", "Right medial cheek", "Stage 2: 3 blocks, clear.", ["c1"]),
        P("Intermediate repair face 2.6-5.0 cm", "12052", "Right medial cheek", "Layered closure 3.4 cm.", ["c1"]),
        P("Surgical pathology, level IV", "88305", "Right medial cheek",
          "Mohs stage 1 and 2 frozen sections - surgeon read.", ["c1"]),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - MOHS SURGERY
TouchWorks Procedure Note: Mohs Micrographic Surgery     DOS: 04/16/2026
Patient: THACKERAY, Ambrose   DOB: 05/13/1945   Mohs surgeon and pathologist: Erik Lindqvist, MD

Problem #1: BCC, R medial cheek (C44.319)
  Status: biopsy 03/24/2026 (this office, shave): nodular and infiltrative BCC.
  Assessment: infiltrative BCC on the face - Mohs appropriate.
  Plan: Mohs today, repair same day.
  Orders: suture removal 1 week; skin check 3 months. No tissue sent to outside pathology.
  Procedures performed this visit:
    Stage 1: 4 tissue blocks, frozen sections read by me - residual infiltrative BCC at 3 o'clock, block 2.
    Stage 2: 3 tissue blocks - margins clear.
    Final defect 1.6 x 1.2 cm to subcutaneous fat.
    Repair: intermediate layered closure, 5-0 Vicryl deep, 6-0 nylon running; length 3.4 cm.

Problem #2: Actinic keratoses, scalp (L57.0) - present; will treat at the 3-month visit. Not treated today.

Problem #3: Atrial fibrillation on warfarin - INR 2.4 yesterday; continued.

Erik Lindqvist, MD - surgeon/pathologist
""",
    "expected": E([L("17311"), L("17312"), L("12052")], topics=["ncci"], dx={"17311": ["C44.319"]}),
    "coder_note": "MOHS-5: no surgical pathology codes on Mohs layers read by the Mohs surgeon (17311/88305 indicator 1, no "
                  "separate tissue) -> 88305 removed. Head 2 stages -> 17311 + 17312; face layered 3.4 cm -> 12052.",
})

SCENARIOS.append({
    "id": "s64-mohs-shin-scc-seven-block-stage",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R pretibial SCC in transplant pt: stage 1 seven blocks, stage 2 two blocks, layered 6.0 cm; MA HMO",
    "date": "2026-04-20",
    "patient": ("Blackwood", "Ignatius", "1958-12-09", "male"),
    "provider": "halvorsen", "payer": "medicare-advantage", "minutes": 170,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right pretibial leg", "C44.722", "Right pretibial leg", reason=True),
        C("c2", "Kidney transplant status", "Z94.0", reason=True),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - MOHS SURGERY
TouchWorks: Mohs Micrographic Surgery        DOS 04/20/2026
Patient: BLACKWOOD, Ignatius   DOB 12/09/1958   Surgeon/pathologist: Kirsten Halvorsen, MD

Problem #1: Invasive SCC, R pretibial leg (C44.722)
  Status: punch biopsy 03/31/2026 (here): moderately differentiated SCC. Clinically 2.1 cm.
  Assessment: immunosuppressed (renal transplant 2015, tacrolimus/mycophenolate) - high-risk SCC; Mohs indicated.
  Plan: Mohs today with same-day repair.
  Orders: suture removal 14 days. Transplant team notified. Skin checks q3 months.
  Procedures performed this visit:
    Stage I: debulk, 7 tissue blocks (large specimen) - residual SCC at 6-7 o'clock deep.
    Stage II: 2 tissue blocks - clear.
    No tissue sent to outside pathology; all frozen sections read by me.
    Defect 3.2 x 2.4 cm. Layered closure: 3-0 Monocryl deep, 4-0 nylon vertical mattress. Length 6.0 cm.

Problem #2: Kidney transplant status (Z94.0) - immunosuppression continued; discussed acitretin
  chemoprevention for the future with transplant nephrology. Not started.

Problem #3: Actinic keratoses, dorsal hands - to be treated at the next visit.

Kirsten Halvorsen, MD
""",
    "expected": E([L("17313"), L("17314"), L("17315", 2), L("12032")], dx={"17313": ["C44.722"]}),
    "coder_note": "MOHS-2: leg -> 17313 + 17314 for stage 2; 17315 for each block beyond 5 in any stage: stage 1 had 7 -> "
                  "x2. MOHS-7: layered closure leg 6.0 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s64-mohs-lip-bcc-plus-shoulder-shave-bx",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs upper cutaneous lip BCC 1 stage + layered repair 1.8 cm, and same-day shave bx of a new L shoulder lesion; UHC",
    "date": "2026-04-21",
    "patient": ("Pennington", "Rosamund", "1963-04-25", "female"),
    "provider": "lindqvist", "payer": "commercial-uhc", "minutes": 120,
    "conditions": [
        C("c1", "Basal cell carcinoma, left upper cutaneous lip", "C44.01", "Left upper cutaneous lip", reason=True),
        C("c2", "Pink scaly papule, left shoulder", "L98.9", "Left shoulder", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", site="Left upper cutaneous lip",
          note="3 tissue blocks, clear after one stage. Surgeon read frozen sections.", reasons=["c1"]),
        P("Layered closure", site="Left upper cutaneous lip",
          note="Intermediate repair, 1.8 cm, 5-0 Monocryl deep + 6-0 Prolene.", reasons=["c1"]),
        P("Shave biopsy", site="Left shoulder",
          note="New 0.5 cm pink scaly papule found on exam today. Tangential biopsy, sent to outside path.",
          reasons=["c2"]),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - MOHS SURGERY
TouchWorks Procedure Note         DOS: 04/21/2026
Patient: PENNINGTON, Rosamund   DOB: 04/25/1963   Surgeon/pathologist: Erik Lindqvist, MD

Problem #1: BCC, L upper cutaneous lip (C44.01)
  Status: biopsy-proven 03/2026 (outside dermatology, report reviewed) - nodular BCC.
  Plan: Mohs today.
  Procedures performed this visit: Mohs stage I, 3 blocks, clear. Defect 0.9 cm, does not involve vermilion.
        Intermediate (layered) closure 1.8 cm.

Problem #2: Lesion, L shoulder (L98.9)
  Status: found on pre-op exam; pt unaware. 0.5 cm pink scaly papule - DDx SCC in situ vs irritated AK.
  Plan: shave biopsy today; results call.
  Orders: specimen A - L shoulder - Northgate Dermpath.
  Procedures performed this visit: tangential (shave) biopsy, L shoulder.

Problem #3: Melasma - reviewed, tinted sunscreen. No Rx.

Orders: suture removal lip 6 days.
E. Lindqvist MD
""",
    "expected": E([L("17311"), L("12051", 1, "XS"), L("11102", 1, "XS")]),
    "coder_note": "Head Mohs 1 stage -> 17311; lip layered 1.8 cm -> 12051. Shave bx of a different lesion: 17311/11102 "
                  "indicator 1 -> XS on 11102; 11102/12051 is also indicator 1 (11102 column 1) and the lip repair is a "
                  "different site -> XS on 12051.",
})

SCENARIOS.append({
    "id": "s64-rep-lacerations-forehead-chin-forearm",
    "family": "repair", "shape": "note-only",
    "description": "Simple repairs: forehead 2.0 + chin 1.5 cm (12013) and R forearm 3.0 cm (12002); XS on 12013; BCBS",
    "date": "2026-04-22",
    "patient": ("Oduya", "Cornelius", "1981-07-08", "male"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Laceration without foreign body of forehead and chin, initial encounter", "S01.81XA",
          "Forehead, chin", reason=True),
        C("c2", "Laceration without foreign body of right forearm, initial encounter", "S51.811A",
          "Right forearm", reason=True),
    ],
    "note_title": "Same-Day Acute Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks - Same-Day Acute Visit
Patient: ODUYA, Cornelius    DOB 07/08/1981    DOS 04/22/2026    Provider: Chidi Okonkwo, MD
(Established patient - called this morning; seen in procedure room.)

HPI: slipped on a wet kitchen floor 2 h ago, struck forehead and chin on the cabinet edge; forearm cut on a
broken drinking glass. No LOC, no neck pain, tetanus 2022.

Problem #1: Lacerations, forehead and chin (S01.81XA)
  Status: acute
  Assessment: forehead 2.0 cm and chin 1.5 cm linear superficial lacerations, clean edges, no debris, no
              involvement of vermilion or deeper structures.
  Plan: simple repair.
  Procedures performed this visit: irrigated; 1% lido w/ epi; forehead 2.0 cm and chin 1.5 cm each closed with
        6-0 nylon simple interrupted, single layer.

Problem #2: Laceration, R volar forearm (S51.811A)
  Status: acute
  Assessment: 3.0 cm superficial laceration, no glass seen or felt, tendons/nerve intact, full ROM.
  Procedures performed this visit: irrigated; 4-0 nylon simple interrupted, single layer, 3.0 cm.

Problem #3: Concussion screen - negative; head injury precautions given.

Orders: suture removal face 5 days, forearm 10 days (nurse visits).
Chidi Okonkwo, MD
""",
    "expected": E([L("12002"), L("12013", 1, "XS")], dx={"12013": ["S01.81XA"], "12002": ["S51.811A"]}),
    "coder_note": "REP-1/2: simple face repairs summed 2.0 + 1.5 = 3.5 cm -> 12013; forearm 3.0 cm simple -> 12002 (different "
                  "group, not summed). 12002/12013 is PTP indicator 1 (12002 column 1); different wounds -> XS on 12013.",
})

SCENARIOS.append({
    "id": "s64-rep-two-layered-closures-summed-precoded",
    "family": "repair", "shape": "pre-coded",
    "description": "Two benign excisions (back cyst, arm DF) with layered closures 3.0 + 2.0 cm pre-coded 12032 + 12031; Medicare",
    "date": "2026-04-23",
    "patient": ("Whitlock", "Eudora", "1952-10-10", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Inflamed epidermal cyst, right upper back", "L72.0", "Right upper back", reason=True),
        C("c2", "Dermatofibroma, left upper arm, painful", "D23.62", "Left upper arm", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk 1.1-2.0 cm", "11402", "Right upper back",
          "Cyst 1.0 cm, 2 mm margins (1.4 cm).", ["c1"]),
        P("Excision benign lesion arm 1.1-2.0 cm", "11402", "Left upper arm",
          "Dermatofibroma 0.9 cm, 1.5 mm margins (1.2 cm).", ["c2"]),
        P("Intermediate repair 2.6-7.5 cm", "12032", "Right upper back", "Layered closure 3.0 cm.", ["c1"]),
        P("Intermediate repair 2.5 cm or less", "12031", "Left upper arm", "Layered closure 2.0 cm.", ["c2"]),
    ],
    "path": [
        {"text": "A. Skin, right upper back: epidermoid cyst with inflammation. B. Skin, left upper arm: dermatofibroma "
                 "(benign fibrous histiocytoma), excised.", "date": "2026-04-27"},
    ],
    "note_title": "Procedure Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks Procedure Visit
Patient: WHITLOCK, Eudora   DOB 10/10/1952   DOS 04/23/2026   Provider: Samuel Weiss, MD

Problem #1: Epidermal cyst, R upper back, inflamed (L72.0)
  Status: repeatedly red, tender and draining x 3 months.
  Procedures performed this visit: excision - cyst 1.0 cm, 2 mm margins; layered closure 3.0 cm
        (4-0 Monocryl deep, 4-0 nylon).

Problem #2: Dermatofibroma, L upper arm, painful (D23.62)
  Status: tender when bumped, enlarged over the last year, painful with bra strap/sleeve friction.
  Procedures performed this visit: excision - lesion 0.9 cm, 1.5 mm margins; layered closure 2.0 cm
        (4-0 Monocryl deep, 5-0 nylon).

Problem #3: Seborrheic keratoses, back - asymptomatic, not treated.

Orders: pathology A (back), B (arm). Suture removal 12 days.
Consent signed; 1% lidocaine with epi; tolerated well.
Samuel Weiss, MD
""",
    "expected": E([L("11402", 2), L("12032")], topics=["coding-correction"]),
    "coder_note": "REP-1: intermediate repairs in the same group (trunk/extremities 12031-12037) are summed: 3.0 + 2.0 = 5.0 cm "
                  "-> 12032 x1 (12032/12031 indicator 0). Excisions: 1.0 + 0.4 = 1.4 and 0.9 + 0.3 = 1.2 -> 11402 x2.",
})

SCENARIOS.append({
    "id": "s64-rep-scalp-pilar-cyst-complex-closure",
    "family": "repair", "shape": "free-text",
    "description": "Excision scarred pilar cyst scalp 3.0 cm + 1 mm margins, complex repair 7.0 cm (edge debridement); UHC",
    "date": "2026-04-27",
    "patient": ("Rasmussen", "Tobias", "1973-02-21", "male"),
    "provider": "marchetti", "payer": "commercial-uhc", "minutes": 75,
    "conditions": [
        C("c1", "Pilar cyst of scalp, previously ruptured", "L72.11", "Occipital scalp", reason=True),
    ],
    "procedures": [
        P("Excision of pilar cyst", site="Occipital scalp",
          note="Cyst 3.0 cm, excised with 1 mm margins.", reasons=["c1"]),
        P("Complex repair", site="Occipital scalp",
          note="Debridement of scarred/devitalized wound edges, extensive undermining, retention sutures. 7.0 cm.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin and subcutis, occipital scalp: ruptured trichilemmal (pilar) cyst with dense scar.",
         "site": "Occipital scalp", "date": "2026-04-30"},
    ],
    "note_title": "Procedure Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks
Procedure Visit      DOS: 04/27/2026
Patient: RASMUSSEN, Tobias   DOB: 02/21/1973   Provider: Luca Marchetti, MD

Problem #1: Pilar cyst, occipital scalp (L72.11)
  Status: 3.0 cm, ruptured and infected twice (I&D at urgent care 2025); painful with pillow and helmet.
  Assessment: scarred cyst - excision with complex closure anticipated.
  Plan: excision today.
  Orders: pathology A; staple/suture removal 12-14 days.
  Procedures performed this visit: see procedure entries and narrative below.

Problem #2: Androgenetic alopecia - reviewed; minoxidil OTC. No Rx.

NARRATIVE: Cyst measured 3.0 cm before excision. Fusiform excision with 1 mm margins through dense scar to
galea. Wound edges were scarred and devitalized from prior rupture - sharply debrided. Extensive undermining in
the subgaleal plane. Closure: 2-0 PDS galeal, 3-0 Monocryl deep, 2 horizontal mattress retention sutures,
staples. Final repair length 7.0 cm.
L. Marchetti, MD
""",
    "expected": E([L("11424"), L("13121")], dx={"11424": ["L72.11"]}),
    "coder_note": "EX-1: 3.0 + 2 x 0.1 = 3.2 cm scalp -> 11424. REP-3: debridement of wound edges and retention sutures make "
                  "it complex; scalp 7.0 cm -> 13121. No 13121/11424 PTP edit.",
})

SCENARIOS.append({
    "id": "s64-exb-neck-cyst-size-missing-repair-kept",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision of inflamed posterior neck cyst with no lesion size documented; layered closure 2.8 cm; MA PPO",
    "date": "2026-04-28",
    "patient": ("Zielinski", "Marcella", "1956-06-06", "female"),
    "provider": "chen", "payer": "medicare-advantage-ppo", "minutes": 40,
    "conditions": [
        C("c1", "Epidermal cyst, posterior neck, recurrently inflamed", "L72.0", "Posterior neck", reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Posterior neck",
          note="Cyst excised in toto with narrow margins, sac intact.", reasons=["c1"]),
        P("Layered closure", site="Posterior neck",
          note="Intermediate repair 2.8 cm: 4-0 Monocryl deep, 5-0 nylon.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, posterior neck: epidermoid cyst with chronic inflammation.", "site": "Posterior neck",
         "date": "2026-05-01"},
    ],
    "note_title": "Procedure Visit",
    "note": """Northgate Dermatology Associates - TouchWorks Procedure Visit
Patient: ZIELINSKI, Marcella    DOB 06/06/1956    DOS 04/28/2026    Provider: Wei Chen, MD

Problem #1: Epidermal cyst, posterior neck (L72.0)
  Status: inflamed 3x in the past year, tender, drains malodorous material; rubs on collar.
  Assessment: symptomatic cyst - excision.
  Plan: excision today.
  Orders: pathology A. Suture removal 10 days.
  Procedures performed this visit: excision with layered closure - see procedure entries.

Problem #2: Rosacea - stable on azelaic acid; reviewed only.

Problem #3: History of SCC in situ L hand (Z86.007), treated 2023 - no recurrence.

Procedure summary: consent; 1% lido w/ epi; fusiform excision of cyst with narrow margins, sac intact;
layered closure 2.8 cm. Tolerated well.
W. Chen MD
""",
    "expected": E([L("12042")], topics=["missing-documentation"]),
    "coder_note": "EX-1 needs the lesion diameter and margin; neither is measured -> no 11420-11426 line + "
                  "missing-documentation (README). The separately documented layered closure stays: neck 2.8 cm -> 12042.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s64-exm-hand-bowen-excision-layered",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Excision SCC in situ R dorsal hand 1.2 cm + 4 mm margins, layered 3.5 cm; Medicare (payer name only)",
    "date": "2026-05-04",
    "patient": ("Featherstone", "Odile", "1947-08-29", "female"),
    "provider": "santos", "payer": "medicare-noname", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ (Bowen disease), right dorsal hand", "D04.61", "Right dorsal hand",
          reason=True),
    ],
    "procedures": [
        P("Excision of SCCIS", site="Right dorsal hand",
          note="Lesion 1.2 cm, 4 mm margins, excised to subcutaneous fat.", reasons=["c1"]),
        P("Intermediate layered closure", site="Right dorsal hand",
          note="4-0 Monocryl deep, 5-0 nylon; length 3.5 cm.", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2026-04-14", "11102", "Shave biopsy R dorsal hand", "Right dorsal hand",
              "Path: squamous cell carcinoma in situ, extends to base."),
    ],
    "path": [
        {"text": "Skin, right dorsal hand, excision: squamous cell carcinoma in situ, residual, margins free (closest 3 mm).",
         "site": "Right dorsal hand", "date": "2026-05-07"},
    ],
    "note_title": "Procedure Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks - Procedure Visit
Patient: FEATHERSTONE, Odile   DOB 08/29/1947   DOS 05/04/2026   Provider: Rafael Santos, MD

Problem #1: SCC in situ (Bowen), R dorsal hand (D04.61)
  Status: shave biopsy 04/14/2026 - SCCIS extending to base.
  Assessment: 1.2 cm scaly erythematous plaque (biopsy site) over 3rd metacarpal. Options: excision vs ED&C vs
              5-FU; patient prefers excision.
  Plan: excision with 4 mm margins today.
  Orders: pathology A. Suture removal 12 days. Skin check 6 months.
  Procedures performed this visit: excision + layered closure (procedure entries).

Problem #2: Actinic keratoses, L dorsal hand (L57.0) - several; plan LN2 at the suture-removal visit.
  Not treated today.

Problem #3: Rheumatoid arthritis on methotrexate (per rheumatology) - bleeding/healing risk reviewed.

Brief procedure note: Consent, time-out, 1% lido w/ epi. Lesion 1.2 cm marked with 4 mm margins (excised
diameter 2.0 cm); fusiform excision to fat, hemostasis, layered repair 3.5 cm. No complications.
R. Santos MD
""",
    "expected": E([L("11622"), L("12042")], dx={"11622": ["D04.61"]}),
    "coder_note": "EX-3: SCC in situ (D04) takes malignant codes. 1.2 + 2 x 0.4 = 2.0 cm, hand (SNHFG) -> 11622. Hand layered "
                  "3.5 cm -> 12042 (neck/hands/feet group).",
})

SCENARIOS.append({
    "id": "s64-tags-twenty-cosmetic-medicare",
    "family": "skin-tags", "shape": "note-only",
    "description": "20 asymptomatic skin tags snipped for appearance, no ABN; Medicare FFS -> 11200/11201 with GY",
    "date": "2026-05-05",
    "patient": ("Haddington", "Prudence", "1955-11-19", "female"),
    "provider": "voss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, neck and axillae", "L91.8", "Neck, axillae", reason=True),
    ],
    "note_title": "Procedure Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES
TouchWorks: Procedure Visit        DOS: 05/05/2026
Patient: HADDINGTON, Prudence   DOB: 11/19/1955   Provider: Henrietta Voss, MD

Problem #1: Skin tags, neck and axillae (L91.8)
  Status: multiple, slowly accumulating; patient dislikes their appearance in photos.
  Assessment: soft pedunculated acrochordons - none irritated, inflamed, bleeding or painful; no catching on
              jewelry reported. Cosmetic concern only.
  Plan: patient requests removal of all of them today and understands Medicare does not cover cosmetic removal;
        no ABN was issued.
  Procedures performed this visit: removal of 20 skin tags with curved iris scissors (neck 12, R axilla 4,
        L axilla 4); aluminum chloride hemostasis.

Problem #2: Seborrheic keratoses, back - asymptomatic; not treated.

Problem #3: Hypothyroidism - PCP. Not addressed.

H. Voss, MD - e-signed
""",
    "expected": E([L("11200", 1, "GY"), L("11201", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "BSL-2/COS-2/COS-4: asymptomatic tags are cosmetic; Medicare FFS -> GY on each line (no voluntary ABN, so "
                  "no GX). 20 tags -> 11200 (first 15) + 11201 x1 (next 10).",
})

SCENARIOS.append({
    "id": "s64-tags-four-irritated-axillary",
    "family": "skin-tags", "shape": "free-text",
    "description": "Four irritated/bleeding L axillary skin tags snip-removed; other neck tags declined; Aetna",
    "date": "2026-05-06",
    "patient": ("Benedetti", "Lorenzo", "1969-04-04", "male"),
    "provider": "lindgren", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Irritated skin tags, left axilla", "L91.8", "Left axilla", reason=True),
    ],
    "procedures": [
        P("Snip removal of skin tags x4", site="Left axilla",
          note="Four pedunculated tags, red and crusted from deodorant/shirt friction, two bleeding. Iris scissors, "
               "AlCl3.", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks
Office Visit      DOS 05/06/2026
Patient: BENEDETTI, Lorenzo   DOB: 04/04/1969   Provider: Astrid Lindgren, MD

Problem #1: Skin tags, L axilla, irritated (L91.8)
  Status: 4 tags catch on shirt and razor; red, crusted; two bleed on his undershirt weekly.
  Assessment: irritated, inflamed acrochordons.
  Plan: snip removal of the four symptomatic tags.
  Procedures performed this visit: removal x4, L axilla.

Problem #2: Skin tags, neck (L91.8)
  Status: ~10 small tags, asymptomatic.
  Plan: patient asked about removing them for appearance; cosmetic fee schedule discussed - he declined.
        Not treated.

Problem #3: Obesity/insulin resistance - discussed association with tags; PCP follow-up.

A. Lindgren MD
""",
    "expected": E([L("11200")]),
    "coder_note": "11200 covers up to 15 tags: 4 symptomatic tags -> 11200 x1. Neck tags were not treated.",
})

SCENARIOS.append({
    "id": "s64-cos-face-sks-cash-plus-nevus-shave-bx",
    "family": "cosmetic", "shape": "note-only",
    "description": "LN2 to 6 asymptomatic facial SKs for appearance (BCBS, self-pay) + shave bx of changing back nevus",
    "date": "2026-05-07",
    "patient": ("Castellane", "Vivienne", "1972-09-02", "female"),
    "provider": "ramirez", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Seborrheic keratoses, face, asymptomatic", "L82.1", "Temples, cheeks", reason=True),
        C("c2", "Changing pigmented lesion, left upper back", "D48.5", "Left upper back", reason=True),
        C("c3", "Encounter for cosmetic procedure", "Z41.1"),
    ],
    "note_title": "Office Visit - Established",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks - Office Visit (Established)
Patient: CASTELLANE, Vivienne   DOB 09/02/1972   DOS 05/07/2026   Provider: Sofia Ramirez, MD

Problem #1: Seborrheic keratoses, face (L82.1)
  Status: six flat tan SKs on temples and cheeks; not itchy, not bleeding, not inflamed.
  Assessment: benign; removal requested purely for appearance before her daughter's wedding.
  Plan: cosmetic cryotherapy - patient signed our cosmetic services waiver and paid the self-pay fee today.
        Not to be billed to insurance.
  Procedures performed this visit: LN2 to 6 facial SKs, 1 cycle each.

Problem #2: Pigmented lesion, L upper back, changing (D48.5)
  Status: husband noted darkening and enlargement over 4 months.
  Assessment: 0.7 cm asymmetric brown macule with irregular network on dermoscopy.
  Plan: shave (saucerization) biopsy today.
  Orders: specimen A - L upper back - Northgate Dermpath. Results call; follow-up per results.
  Procedures performed this visit: saucerization biopsy, L upper back.

Problem #3: Melasma (L81.1) - reviewed; she will continue tinted sunscreen. No new Rx.

Consent obtained for both. Tolerated well.
Sofia Ramirez, MD
""",
    "expected": E([L("11102")], topics=["cosmetic"]),
    "coder_note": "Conventions (non-Medicare cosmetic): asymptomatic SK removal for appearance is cosmetic; commercial payer -> "
                  "no 17110 line, cosmetic finding, patient billed directly. Biopsy of a changing nevus -> 11102.",
})

SCENARIOS.append({
    "id": "s64-cos-facial-peel-medicare-voluntary-abn",
    "family": "cosmetic", "shape": "free-text",
    "description": "Cosmetic facial epidermal peel for photoaging, voluntary ABN signed; Medicare FFS -> 15788 GY GX",
    "date": "2026-05-11",
    "patient": ("Montgomery", "Evangeline", "1954-02-08", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Photoaging of face (fine rhytids, dyschromia)", "L57.8", "Face", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1", reason=True),
    ],
    "procedures": [
        P("Chemical peel, facial, epidermal (Jessner + 15% TCA)", site="Full face",
          note="Cosmetic. Voluntary notice of non-coverage (ABN used as voluntary notice) signed; self-pay collected.",
          reasons=["c1", "c2"]),
    ],
    "note_title": "Cosmetic Procedure Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - AESTHETICS
TouchWorks: Cosmetic Procedure Visit          DOS 05/11/2026
Patient: MONTGOMERY, Evangeline   DOB 02/08/1954   Provider: June Abernathy, MD

Problem #1: Photoaging, face (L57.8)
  Status: fine lines and mottled pigmentation; wants "fresher skin" for a reunion.
  Assessment: cosmetic indication only - no actinic keratoses on exam, no precancerous field disease.
  Plan: superficial (epidermal) facial peel today. Medicare does not cover cosmetic procedures; patient
        signed a voluntary ABN acknowledging non-coverage and paid the cosmetic fee.
  Procedures performed this visit: Jessner solution x2 coats followed by 15% TCA, full face, end point light
        frosting; neutralized, cool compresses, petrolatum.

Problem #2: Actinic keratoses - none found today. Previous AK field treatment 2024 (fluorouracil) - history only.

Orders: post-peel care sheet; review in 1 week (no charge).
J. Abernathy, MD
""",
    "expected": E([L("15788", 1, "GY", "GX")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4: cosmetic peel is statutorily excluded; Medicare FFS -> GY, plus GX because a voluntary ABN is "
                  "documented. Facial epidermal peel -> 15788.",
})

SCENARIOS.append({
    "id": "s64-po-suture-removal-forearm-scc",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal + path review 8 days after SCC excision (010 global), provider picked 99212; Medicare FFS",
    "date": "2026-05-12",
    "patient": ("Crowther", "Barnaby", "1943-03-16", "male"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Squamous cell carcinoma, left forearm, excised", "C44.629", "Left forearm", reason=True),
    ],
    "prior": [
        PRIOR("2026-05-04", "11602", "Excision SCC L forearm", "Left forearm",
              "1.0 cm SCC with 4 mm margins; layered closure 3.5 cm."),
        PRIOR("2026-05-04", "12032", "Intermediate repair L forearm 3.5 cm", "Left forearm"),
    ],
    "note_title": "Post-Op Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES
TouchWorks: Post-Operative Visit          DOS: 05/12/2026
Patient: CROWTHER, Barnaby   DOB 03/16/1943   Provider: Kirsten Halvorsen, MD

Problem #1: SCC, L forearm - s/p excision with layered repair 05/04/2026 (C44.629)
  Status: post-op day 8
  Assessment: incision healing well, no erythema, no dehiscence. Pathology reviewed with patient:
              well-differentiated SCC, margins clear.
  Plan: sutures removed, steri-strips applied; scar care.
  Orders: next full skin exam 3 months.
  Procedures performed this visit: suture removal only.

Problem #2: Actinic keratoses, scalp - noted; treatment planned at the 3-month visit. Not treated today.

No new problems raised. Kirsten Halvorsen, MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/conventions: routine post-op visit (suture removal, path review) inside the 10-day global of the 05/04 "
                  "excision is included -> 99024, not the 99212 the provider selected.",
})

SCENARIOS.append({
    "id": "s64-po-new-back-sk-inside-nose-excision-global",
    "family": "post-op", "shape": "free-text",
    "description": "Shave removal of new bleeding SK on back 7 days after nasal BCC excision (010) -> 11301-79; MA HMO",
    "date": "2026-05-13",
    "patient": ("Lockridge", "Philippa", "1949-07-21", "female"),
    "provider": "okafor", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left lower back", "L82.0", "Left lower back", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Left lower back",
          note="0.8 cm inflamed SK, bleeding from waistband friction. DermaBlade shave, AlCl3.", reasons=["c1"]),
    ],
    "prior": [
        PRIOR("2026-05-06", "11642", "Excision BCC nasal dorsum", "Nasal dorsum",
              "Path: nodular BCC, margins clear. Sutures removed 05/11 at nurse visit."),
    ],
    "note_title": "Office Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks Office Visit
Patient: LOCKRIDGE, Philippa   DOB 07/21/1949   DOS 05/13/2026   Provider: Adaeze Okafor, MD

Reason for visit: new bleeding spot on lower back (work-in).

Problem #1: Seborrheic keratosis, inflamed, L lower back (L82.0)
  Status: new complaint - catches on waistband, bleeding on clothes for 2 weeks, itchy.
  Assessment: 0.8 cm inflamed SK with hemorrhagic crust.
  Plan: shave removal today.
  Orders: pathology A. RTC as scheduled.
  Procedures performed this visit: shave removal L lower back.

Problem #2: BCC nasal dorsum - s/p excision 05/06/2026 (C44.311)
  Status: sutures removed 05/11 at nurse visit; post-op check scheduled 06/2026. Not examined or discussed today.

A. Okafor MD
""",
    "expected": E([L("11301", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated procedure on a new lesion inside the 10-day global of the 05/06 excision -> 79. "
                  "Trunk 0.8 cm shave -> 11301.",
})

SCENARIOS.append({
    "id": "s64-po-punch-new-lesion-inside-flap-global-precoded",
    "family": "post-op", "shape": "pre-coded",
    "description": "Punch bx of a new L forearm lesion 7 weeks after cheek flap (090 global); pre-coded 11104 no modifier; Medicare",
    "date": "2026-05-14",
    "patient": ("Strickland", "Cuthbert", "1940-10-01", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Pigmented lesion, left forearm, changing", "D48.5", "Left dorsal forearm", reason=True),
    ],
    "procedures": [
        P("Punch biopsy of skin, single lesion", "11104", "Left dorsal forearm",
          "4 mm punch, 1 suture.", ["c1"]),
    ],
    "prior": [
        PRIOR("2026-03-26", "14040", "Rotation flap R cheek after excision of SCC, 8.0 sq cm", "Right cheek"),
    ],
    "note_title": "Office Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES
TouchWorks: Office Visit       DOS 05/14/2026
Patient: STRICKLAND, Cuthbert   DOB: 10/01/1940   Provider: Erik Lindqvist, MD

Problem #1: Pigmented lesion, L dorsal forearm, changing (D48.5)
  Status: new - daughter noticed it growing over 3 months
  Assessment: 0.8 cm irregular dark brown papule; dermoscopy atypical network and blue-white structures.
  Plan: punch biopsy today.
  Orders: specimen A to Northgate Dermpath; results visit 1-2 weeks.
  Procedures performed this visit: 4 mm punch biopsy, one 4-0 nylon suture.

Problem #2: SCC R cheek - s/p excision and rotation flap 03/26/2026
  Status: flap check is scheduled 06/2026. Not examined or addressed today.

Problem #3: Hypertension, on losartan - PCP. Not addressed.

Erik Lindqvist, MD
""",
    "expected": E([L("11104", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: the 03/26 flap (14040) has a 090 global; a biopsy of an unrelated new lesion inside it takes 79.",
})

SCENARIOS.append({
    "id": "s64-mixed-em25-punch-shave-bx-six-aks",
    "family": "mixed", "shape": "note-only",
    "description": "99214 (rosacea + scalp psoriasis Rx) + punch bx R arm + shave bx L back + LN2 6 facial AKs; Medicare FFS",
    "date": "2026-05-18",
    "patient": ("Pettigrew", "Alastair", "1950-12-30", "male"),
    "provider": "baptiste", "payer": "medicare", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Rosacea, papulopustular", "L71.9", "Face", reason=True),
        C("c2", "Psoriasis of scalp", "L40.0", "Scalp", reason=True),
        C("c3", "Lesion of skin, right upper arm", "D48.5", "Right upper arm", reason=True),
        C("c4", "Lesion of skin, left upper back", "D48.5", "Left upper back", reason=True),
        C("c5", "Actinic keratoses, face", "L57.0", "Forehead, cheeks, nose", reason=True),
    ],
    "note_title": "Office Visit - Established",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES
Allscripts TouchWorks - Office Visit (Established)      Encounter date: 05/18/2026
Patient: PETTIGREW, Alastair    DOB: 12/30/1950    Provider: Marc Baptiste, MD

Problem #1: Rosacea, papulopustular (L71.9)
  Status: worse x 2 months despite metronidazole gel
  Assessment: moderate papulopustular flare, early ocular grittiness.
  Plan: start doxycycline 40 mg modified-release daily (Rx); continue metronidazole; ophthalmology if eye
        symptoms persist.

Problem #2: Psoriasis, scalp (L40.0)
  Status: flaring, itchy, scaling into hairline
  Plan: start clobetasol 0.05% solution BID x2 weeks then weekends (Rx); ketoconazole shampoo.

Problem #3: Lesion, R upper arm (D48.5)
  Status: new firm pink nodule 0.9 cm, 2 months. DDx: SCC vs dermatofibroma vs BCC.
  Plan: punch biopsy. Procedures performed this visit: 4 mm punch biopsy, 1 suture.

Problem #4: Lesion, L upper back (D48.5)
  Status: scaly pink papule 0.6 cm. DDx: superficial BCC vs ISK.
  Plan: shave biopsy. Procedures performed this visit: tangential shave biopsy.

Problem #5: Actinic keratoses, face (L57.0)
  Status: recurrent
  Assessment: six AKs - forehead 3, R cheek 1, L cheek 1, nasal dorsum 1.
  Plan: LN2. Procedures performed this visit: cryotherapy x6 AKs.

Problem #6: History of BCC, R ear 2021 (Z85.828) - no recurrence.

Orders: path A (R upper arm), B (L upper back). RTC 8 weeks (rosacea/psoriasis) or sooner with path results.
Marc Baptiste, MD - signed
""",
    "expected": E([L("99214", 1, "25"), L("11104"), L("11103"), L("17000", 1, "XS"), L("17003", 5)]),
    "coder_note": "BX-2: punch primary 11104 + shave bx 11103. DS-1: 6 AKs -> 17000 + 17003 x5. 11104/17000 is PTP indicator 1 "
                  "(different lesions) -> XS on 17000; there is no 11104/17003 edit so 17003 has no XS. Two chronic "
                  "problems with new Rx -> 99214-25.",
})

SCENARIOS.append({
    "id": "s64-mixed-nevus-excision-keloid-ilk-cheek-sk-shave",
    "family": "mixed", "shape": "free-text",
    "description": "Excision irritated back nevus (1.2 cm) + ILK separate shoulder keloid 12 mg + shave inflamed cheek SK 0.6 cm; BCBS",
    "date": "2026-05-19",
    "patient": ("Ashworth", "Guinevere", "1985-05-15", "female"),
    "provider": "nakamura", "payer": "commercial", "minutes": 45,
    "conditions": [
        C("c1", "Melanocytic nevus, right upper back, irritated", "D22.5", "Right upper back", reason=True),
        C("c2", "Keloid, left shoulder, itchy", "L91.0", "Left shoulder", reason=True),
        C("c3", "Inflamed seborrheic keratosis, left cheek", "L82.0", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Excision of nevus", site="Right upper back",
          note="0.8 cm raised nevus, 2 mm margins, simple closure 2.5 cm with 4-0 nylon.", reasons=["c1"]),
        P("Intralesional triamcinolone", site="Left shoulder",
          note="Kenalog 40 mg/mL, 0.3 mL (12 mg) into one keloid.", reasons=["c2"]),
        P("Shave removal", site="Left cheek",
          note="0.6 cm inflamed, crusted SK. Shave, AlCl3.", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Skin, right upper back, excision: intradermal melanocytic nevus, excised. B. Skin, left cheek, "
                 "shave: irritated seborrheic keratosis.", "date": "2026-05-22"},
    ],
    "note_title": "Procedure Visit",
    "note": """NORTHGATE DERMATOLOGY ASSOCIATES - TouchWorks - Procedure Visit
Patient: ASHWORTH, Guinevere   DOB 05/15/1985   DOS 05/19/2026   Provider: Ren Nakamura, MD

Problem #1: Nevus, R upper back, irritated (D22.5)
  Status: catches on bra clasp, bled twice, sore.
  Plan: excision today. Procedures performed this visit: excision, simple closure.

Problem #2: Keloid, L shoulder (L91.0)
  Status: itchy, tender; last injected 03/2026.
  Plan: ILK today. Procedures performed this visit: ILK x1 keloid.

Problem #3: Seborrheic keratosis, L cheek, inflamed (L82.0)
  Status: red, crusted, itchy x 1 month.
  Plan: shave removal. Procedures performed this visit: shave removal.

Problem #4: Acne - resolved; off treatment. Reviewed only.

Orders: pathology A (back), B (cheek). Suture removal 12 days. Keloid re-injection 6 weeks.

Procedure note: Consent. 1% lido w/ epi. Back nevus 0.8 cm excised with 2 mm margins (1.2 cm), simple
closure 2.5 cm. L shoulder keloid injected TAC 40 mg/mL 0.3 mL = 12 mg. L cheek SK 0.6 cm shaved. Separate
lesions at separate sites. Tolerated well.
R. Nakamura MD
""",
    "expected": E([L("11402"), L("11311"), L("11900", 1, "XS"), L("J3301", 2)],
                  dx={"11402": ["D22.5"], "11311": ["L82.0"]}),
    "coder_note": "EX-1: 0.8 + 0.4 = 1.2 cm trunk -> 11402 (simple closure included). SH-1: cheek 0.6 cm -> 11311. ILK 1 lesion "
                  "-> 11900; 11402/11900 and 11311/11900 are indicator 1 and the keloid is a separate lesion -> XS. "
                  "TAC 12 mg -> J3301 x2.",
})
