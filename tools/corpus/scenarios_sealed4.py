"""SEALED-4 held-out set: 50 charts (ids `s4-`) from a payer-audit sample of four providers.

Written from /work/shared/reference/derm_coding.md (§2-§7, §10) and docs/coding_conventions.md only; the engine
code and the team's corpus/scenario files were not read. Providers:
  halvorsen = Mohs surgeon (Mohs letterhead, consent boilerplate, "Mohs candidate: no" checklists on non-Mohs visits)
  nakamura  = general dermatologist, Epic SmartForms with checkbox text ([x] done, [ ] NOT done)
  pike      = PA, terse ModMed EMA notes with pre-coded Procedures (outdated/wrong CPTs, missing quantities)
  adeyemi   = pediatric dermatologist, friendly narrative notes with parents' concerns and hypotheticals
"""

from __future__ import annotations

import html as _html
from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

def ORDER(text: str, when: str, site: str | None = None):
    """A FUTURE procedure order (ServiceRequest, status active): must never be coded for this encounter."""
    def make(pid: str, eid: str, prid: str, date: str) -> dict:
        sr = {"resourceType": "ServiceRequest", "id": f"sr-{eid}", "status": "active", "intent": "order",
              "code": {"text": text}, "subject": {"reference": f"Patient/{pid}"},
              "encounter": {"reference": f"Encounter/{eid}"}, "occurrenceDateTime": when,
              "authoredOn": date, "requester": {"reference": f"Practitioner/{prid}"}}
        if site:
            sr["bodySite"] = [{"text": site}]
        return sr
    return make


def HX(cid: str, text: str, icd: str | None = None) -> dict:
    """Problem-list / past-surgical-history item (not tied to this encounter)."""
    return C(cid, text, icd, history=True, clinical="resolved")


LH = ("HALVORSEN MOHS SURGERY CENTER\nMohs Micrographic Surgery - Cutaneous Oncology - Reconstructive Surgery\n"
      "Kirsten Halvorsen, MD, FACMS\n\n")
CONSENT = ("CONSENT (standard template): The risks, benefits and alternatives of Mohs micrographic surgery, "
           "wide local excision, electrodesiccation and curettage, cryotherapy, shave or punch biopsy, "
           "flap or graft reconstruction, topical 5-FU/imiquimod and radiation therapy were reviewed. "
           "Questions answered; patient wishes to proceed as documented below.\n")
PSH_M = ("PAST SURGICAL HISTORY: Mohs R nasal ala BCC 2022 (17311 x1 stage); excision L back atypical nevus 2019; "
         "shave bx L shoulder 2024 (benign).\n")

SF_HDR = ("DERMATOLOGY PROGRESS NOTE (SmartForm: DERM PROCEDURE v4)\nRiverside Dermatology - Dr. Ren Nakamura\n")
EMA_HDR = "EMA Visit Note - Jordan Pike, PA-C (supervising: Dr. Nakamura)\n"
PEDS_HDR = "Pediatric Dermatology Clinic - Dr. Folake Adeyemi\n"

SCENARIOS = [
    # ------------------------------------------------------------------ Mohs surgeon (halvorsen)
    {
        "id": "s4-mohs-nose-three-stages-blocks-table", "family": "mohs", "shape": "note-only",
        "description": "Mohs nasal sidewall BCC, 3 stages, 7 blocks in stage II (table), layered repair 2.8 cm",
        "date": "2026-10-06", "patient": ("Brandvold", "Ingrid", "1947-03-12", "female"), "provider": "halvorsen",
        "payer": "medicare",
        "conditions": [C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Left nasal sidewall", reason=True)],
        "note": LH + "PROCEDURE NOTE - MOHS MICROGRAPHIC SURGERY\n" + PSH_M +
                "Pre-op dx: biopsy-proven nodular BCC, left nasal sidewall (bx 2026-09-15, outside lab).\n"
                + CONSENT +
                "Mohs surgeon acted as surgeon and pathologist.\n\n"
                "Stage | Blocks | Result\n"
                "I     | 4      | positive superior margin\n"
                "II    | 7      | positive deep margin (focal)\n"
                "III   | 2      | clear\n\n"
                "Final defect 1.3 x 1.1 cm. Repair: layered (intermediate) closure, deep 5-0 Monocryl and "
                "superficial 6-0 Prolene, final length 2.8 cm along the nasal sidewall.\n"
                "No separate specimens sent. Wound care reviewed. RTC 1 week suture removal.\n",
        "expected": E([L("17311"), L("17312", 2), L("17315", 2), L("12052")], dx={"17311": ["C44.311"]}),
        "coder_note": "MOHS-2: stage I 17311, stages II-III 17312 x2; 17315 = blocks beyond 5 in any stage = 2 "
                      "(stage II). REP-1/REP-2: intermediate face 2.8 cm -> 12052 (MOHS-7, no PTP with 17311).",
    },
    {
        "id": "s4-mohs-ema-17315-overcoded", "family": "mohs", "shape": "pre-coded",
        "description": "Pre-coded Mohs scalp BCC with 17312 and 17315 'x3'; stages 6 + 3 blocks -> 17315 x1",
        "date": "2026-10-13", "patient": ("Feeney", "Donal", "1951-07-30", "male"), "provider": "halvorsen",
        "payer": "medicare-advantage-ppo",
        "conditions": [C("c1", "Basal cell carcinoma of skin of scalp", "C44.41", "Vertex scalp", reason=True)],
        "procedures": [
            P("Mohs stage 1", "17311", "Vertex scalp", "Stage 1: six (6) tissue blocks, positive at 3 o'clock.",
              ["c1"]),
            P("Mohs addl stage", "17312", "Vertex scalp", "Stage 2: 3 blocks, margins clear.", ["c1"]),
            P("Mohs addl blocks", "17315", "Vertex scalp", "17315 x3 per charge slip", ["c1"]),
        ],
        "note": LH + "MOHS OPERATIVE NOTE\nBiopsy-proven infiltrative BCC vertex scalp.\n" + CONSENT +
                "Stage 1 - 6 blocks. Stage 2 - 3 blocks, clear. Defect left to heal by second intention "
                "(patient preference). No repair performed.\n",
        "expected": E([L("17311"), L("17312"), L("17315")], ["coding-correction"]),
        "coder_note": "MOHS-2: 17315 counts blocks beyond 5 per stage: stage 1 has 6 (1 extra), stage 2 has 3 "
                      "(0) -> 17315 x1, not x3.",
    },
    {
        "id": "s4-mohs-same-day-bx-frozen-temple", "family": "mohs", "shape": "free-text",
        "description": "Never-biopsied temple lesion: tangential bx + frozen section, then Mohs 2 stages (59/59)",
        "date": "2026-10-20", "patient": ("Quist", "Harold", "1944-11-02", "male"), "provider": "halvorsen",
        "payer": "medicare",
        "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Right temple",
                         reason=True)],
        "procedures": [
            P("Tangential biopsy with intraoperative frozen section", None, "Right temple",
              "Lesion never biopsied before today. Saucerization biopsy of 0.9 cm pearly papule; frozen section "
              "read by me: nodular BCC. Decision for Mohs made on this result.", ["c1"]),
            P("Mohs surgery", None, "Right temple",
              "Stage 1: 3 blocks, positive at 9 o'clock. Stage 2: 2 blocks, clear. Defect 1.0 cm, second "
              "intention healing.", ["c1"]),
        ],
        "note": LH + "Same-day diagnosis and Mohs. " + CONSENT + "See procedure entries. No prior pathology for "
                "this lesion.\n",
        "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312")],
                      dx={"17311": ["C44.319"]}),
        "coder_note": "MOHS-5 (a) / BX-5 case 2 / conventions Modifiers: same-day diagnostic biopsy with frozen "
                      "section, no prior pathology -> 59 on the biopsy and on 88331 (same lesion, not XS).",
    },
    {
        "id": "s4-mohs-letterhead-ak-cryo-em-removed", "family": "destruction", "shape": "note-only",
        "description": "Non-Mohs visit on Mohs letterhead: 6 AKs LN2; E/M only for the AK decision -> removed",
        "date": "2026-09-22", "patient": ("Oyelaran", "Thomas", "1949-02-14", "male"), "provider": "halvorsen",
        "payer": "medicare", "em": "99213",
        "conditions": [C("c1", "Actinic keratosis", "L57.0", "Scalp and forehead", reason=True)],
        "note": LH + "FOLLOW-UP VISIT (non-surgical)\n" + PSH_M +
                "Mohs AUC checklist: Mohs candidate: no. Tumor present: no. Recurrent: n/a.\n" + CONSENT +
                "HPI: returns for rough spots on the scalp. No new growths, no bleeding lesions.\n"
                "Exam: scalp and forehead with gritty erythematous papules c/w AK: vertex x3, frontal scalp x2, "
                "mid forehead x1. R nasal ala Mohs scar well healed, no recurrence.\n"
                "A/P: Actinic keratoses - LN2 cryotherapy, 2 freeze-thaw cycles, to all six (6) lesions listed above. "
                "Sun protection counseling. If the thicker vertex lesion persists at 3 months we would biopsy it or "
                "consider ED&C. No biopsy today. No Mohs needed.\nRTC 6 months FSE.\n",
        "expected": E([L("17000"), L("17003", 5)]),
        "coder_note": "DS-1: 6 AKs -> 17000 + 17003 x5. GS-3: the E/M covers only the decision to treat the "
                      "AKs -> not billed (finding). Letterhead/consent/checklist and old Mohs are not coded.",
    },
    {
        "id": "s4-mohs-letterhead-sccis-forearm-excision", "family": "excision-malignant", "shape": "note-only",
        "description": "SCCIS R forearm excised (not Mohs candidate): 1.1 cm + 2x0.4 cm -> 11602; layered 3.5 cm",
        "date": "2026-10-01", "patient": ("Latimer", "Ruth", "1940-06-08", "female"), "provider": "halvorsen",
        "payer": "medicare",
        "conditions": [C("c1", "Squamous cell carcinoma in situ of skin of right upper limb", "D04.61",
                         "Right dorsal forearm", reason=True)],
        "path": [{"text": "Right dorsal forearm, excision: squamous cell carcinoma in situ, margins free.",
                  "site": "Right dorsal forearm"}],
        "note": LH + "EXCISION NOTE (non-Mohs)\nMohs AUC checklist: Mohs candidate: no (area L, in situ, primary).\n"
                + CONSENT + PSH_M +
                "Dx: SCC in situ by shave biopsy 2026-09-10, right dorsal forearm.\n"
                "Lesion measured pre-op 1.1 x 0.9 cm. Margins: 4 mm circumferentially. Fusiform excision to "
                "subcutaneous fat. Repair: layered closure (4-0 Vicryl deep, 4-0 nylon), length 3.5 cm.\n"
                "Specimen to pathology. Wound care given.\n",
        "expected": E([L("11602"), L("12032")], dx={"11602": ["D04.61"]}),
        "coder_note": "EX-1: 1.1 + 2x0.4 = 1.9 cm, arm (TAL), malignant (D04 -> EX-3) -> 11602. Intermediate repair "
                      "arm 3.5 cm -> 12032 (EX-5).",
    },
    {
        "id": "s4-mohs-letterhead-fse-nummular-rx", "family": "em", "shape": "note-only",
        "description": "FSE for BCC history, new nummular dermatitis with Rx; Mohs/biopsy only hypothetical",
        "date": "2026-11-03", "patient": ("Dunmore", "Alice", "1955-09-19", "female"), "provider": "halvorsen",
        "payer": "medicare", "em": "99214",
        "conditions": [C("c1", "Nummular dermatitis", "L30.0", "Both shins", reason=True),
                       C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828")],
        "note": LH + "SKIN CHECK / FOLLOW-UP\nMohs AUC checklist: Mohs candidate: no.\n" + PSH_M + CONSENT +
                "HPI: 6-month skin check, hx BCC. New itchy coin-shaped patches on both shins x 5 weeks.\n"
                "Exam: full skin exam. Multiple coin-shaped eczematous plaques on bilateral shins. Small pink macule "
                "L cheek, non-scaly, not suspicious today. No lesions concerning for recurrence.\n"
                "A/P: 1. Nummular dermatitis - new problem. Start triamcinolone 0.1% ointment BID x 2 weeks (Rx sent), "
                "emollients. 2. Hx BCC - no evidence of recurrence. 3. Pink macule L cheek - if it persists at the "
                "next visit we could biopsy it, and if BCC it would be a Mohs candidate. No procedure today.\n",
        "expected": E([L("99214")]),
        "coder_note": "EM-4: new problem + prescription drug management -> 99214 kept as selected; no procedure "
                      "performed, so no 25. Hypothetical biopsy/Mohs not coded.",
    },
    {
        "id": "s4-mohs-postop-flap-check-99024", "family": "post-op", "shape": "note-only",
        "description": "Suture removal 20 days after Mohs + cheek rotation flap (090): E/M 99212 sent -> 99024",
        "date": "2026-10-27", "patient": ("Pellegrino", "Marco", "1946-04-25", "male"), "provider": "halvorsen",
        "payer": "medicare-ngs", "em": "99212",
        "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left cheek",
                         reason=True)],
        "prior": [PRIOR("2026-10-07", "17311", "Mohs surgery", "Left cheek"),
                  PRIOR("2026-10-07", "14040", "Rotation flap", "Left cheek")],
        "note": LH + "POST-OPERATIVE VISIT\nS/p Mohs + rotation flap L cheek 10/07/2026.\n" + CONSENT +
                "Wound: flap viable, edges well approximated, no erythema or drainage. Sutures removed. "
                "Scar massage in 2 weeks. No new concerns addressed today.\n",
        "expected": E([L("99024")], ["global-period"]),
        "coder_note": "GS-5 / conventions: routine post-op visit inside the 90-day global of 14040 -> 99024, no "
                      "E/M.",
    },
    {
        "id": "s4-mohs-flap-global-new-back-punch-79", "family": "biopsy", "shape": "note-only",
        "description": "Inside 090 global of nasal flap, punch biopsy of a new back lesion -> 11104-79",
        "date": "2026-11-10", "patient": ("Haverford", "June", "1950-12-01", "female"), "provider": "halvorsen",
        "payer": "medicare",
        "conditions": [C("c1", "Neoplasm of unspecified behavior of bone, soft tissue, and skin", "D49.2",
                         "Left upper back", reason=True)],
        "prior": [PRIOR("2026-10-06", "14060", "Bilobed flap nose", "Nasal tip")],
        "note": LH + "VISIT NOTE\nS/p Mohs nasal tip + bilobed flap 10/06/2026 (global period).\n" + CONSENT +
                "Flap healing well, mild pincushioning, no intervention.\n"
                "New: 6 mm pink shiny papule left upper back noticed by husband, bleeds with towel drying. "
                "Unrelated to the nasal surgery.\n"
                "Procedure: 4 mm punch biopsy of the left upper back papule, closed with one 4-0 nylon suture. "
                "Specimen to path.\nMohs candidate: TBD pending pathology.\n",
        "expected": E([L("11104", 1, "79")], ["global-period"]),
        "coder_note": "GS-5: unrelated procedure (new lesion) inside the 090 global of 14060 -> 79. The flap look "
                      "is part of the global (no 99024 on a day with a billed procedure).",
    },
    {
        "id": "s4-mohs-trunk-superficial-bcc-abn-ga", "family": "mohs", "shape": "note-only",
        "description": "Mohs of primary superficial BCC upper back (AUC inappropriate), ABN signed -> 17313-GA",
        "date": "2026-09-29", "patient": ("Strand", "Gunnar", "1952-08-17", "male"), "provider": "halvorsen",
        "payer": "medicare",
        "conditions": [C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "Left upper back",
                         reason=True)],
        "note": LH + "MOHS OPERATIVE NOTE\n" + CONSENT +
                "Biopsy-proven superficial BCC, left upper back, 0.7 cm, primary, immunocompetent, no prior "
                "radiation. AUC score: inappropriate (area L, superficial, <2 cm). Standard excision and ED&C "
                "offered; patient insists on Mohs. ABN (CMS-R-131) reviewed and signed today, option 1.\n"
                "Stage 1: 2 blocks, margins clear. Defect 1.1 cm left to granulate.\n",
        "expected": E([L("17313", 1, "GA")], ["medical-necessity"]),
        "coder_note": "MOHSN-2 + COS-4: LCD criteria unmet, Medicare FFS, ABN on file -> GA (README precedent).",
    },
    {
        "id": "s4-mohs-declined-excision-rotation-flap-57", "family": "excision-malignant", "shape": "note-only",
        "description": "New patient declines Mohs; same-day excision closed with cheek rotation flap -> 99204-57 + 14040",
        "date": "2026-10-15", "patient": ("Abernathy", "Colin", "1958-01-22", "male"), "provider": "halvorsen",
        "payer": "commercial-uhc", "em": "99204",
        "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left cheek",
                         reason=True)],
        "note": LH + "NEW PATIENT CONSULTATION + PROCEDURE\n" + CONSENT +
                "Referred with biopsy-proven nodular BCC L cheek, 1.4 x 1.2 cm. History reviewed, outside path "
                "reviewed, full exam. Options discussed at length (Mohs, excision, radiation).\n"
                "Mohs AUC checklist: Mohs candidate: yes - patient DECLINES Mohs (travel), elects excision today.\n"
                "Decision for surgery made at this visit.\n"
                "Procedure: excision with 4 mm margins; defect closed with a rotation flap. Primary defect 2.2 cm "
                "diameter; total area primary + secondary defect 8.5 sq cm. Specimen to path.\n",
        "expected": E([L("99204", 1, "57"), L("14040")]),
        "coder_note": "FLAP-1/FLAP-2: excision included in the adjacent tissue transfer, cheek <= 10 sq cm -> "
                      "14040. GS-4/FLAP-4: E/M on the day that decides a 090 procedure -> 57.",
    },
    {
        "id": "s4-mohs-two-tumors-repairs-summed", "family": "repair", "shape": "free-text",
        "description": "Mohs nasal tip (1 stage) + L cheek (2 stages); intermediate repairs 1.6 + 2.2 cm summed -> 12052",
        "date": "2026-11-17", "patient": ("Vukovic", "Marta", "1948-05-03", "female"), "provider": "halvorsen",
        "payer": "medicare",
        "conditions": [C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Nasal tip", reason=True),
                       C("c2", "Basal cell carcinoma of skin of other parts of face", "C44.319", "Left cheek",
                         reason=True)],
        "procedures": [
            P("Mohs micrographic surgery", None, "Nasal tip", "Tumor A. Stage I 3 blocks, clear.", ["c1"]),
            P("Mohs micrographic surgery", None, "Left cheek",
              "Tumor B. Stage I 4 blocks, positive medial; Stage II 2 blocks, clear.", ["c2"]),
            P("Layered closure", None, "Nasal tip", "Intermediate repair, length 1.6 cm.", ["c1"]),
            P("Layered closure", None, "Left cheek", "Intermediate repair, length 2.2 cm.", ["c2"]),
        ],
        "note": LH + "Two tumors treated today. " + CONSENT,
        "expected": E([L("17311", 2), L("17312"), L("12052")]),
        "coder_note": "MOHS-2: two first stages 17311 x2 (one line, conventions), one additional stage 17312. "
                      "REP-1: intermediate repairs in the face group summed 1.6 + 2.2 = 3.8 cm -> 12052.",
    },
    {
        "id": "s4-mohs-letterhead-edc-superficial-bcc-back", "family": "destruction", "shape": "free-text",
        "description": "ED&C of biopsy-proven sBCC L lower back, final defect 1.4 cm -> 17262",
        "date": "2026-10-08", "patient": ("Nightingale", "Peter", "1943-10-10", "male"), "provider": "halvorsen",
        "payer": "medicare",
        "conditions": [C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "Left lower back",
                         reason=True)],
        "procedures": [P("ED&C", None, "Left lower back",
                         "Superficial BCC (bx 09/2026). Lesion 0.9 cm. Three cycles of curettage and "
                         "electrodesiccation; final defect 1.4 cm. Mohs candidate: no (area L, superficial).",
                         ["c1"])],
        "note": LH + CONSENT + "Destruction of malignant lesion as above; no excision, no Mohs today.\n",
        "expected": E([L("17262")]),
        "coder_note": "DS-4: trunk malignant destruction sized by final defect 1.4 cm -> 17262.",
    },
    # ------------------------------------------------------------------ General dermatologist (nakamura)
    {
        "id": "s4-gd-checkbox-wart-cryo-acne-rx-25", "family": "em", "shape": "note-only",
        "description": "SmartForm [x] Cryotherapy (3 warts) + separate acne management with Rx -> 99213-25 + 17110",
        "date": "2026-09-16", "patient": ("Rios", "Daniela", "2004-03-03", "female"), "provider": "nakamura",
        "payer": "medicaid", "em": "99213",
        "conditions": [C("c1", "Other viral warts", "B07.8", "Left hand", reason=True),
                       C("c2", "Acne vulgaris", "L70.0", "Face", reason=True)],
        "note": SF_HDR +
                "CC: warts on L hand; acne worse.\n"
                "PROBLEM 1: Verruca vulgaris L hand (dorsal 2nd and 3rd fingers, L palm) - 3 lesions.\n"
                "PROCEDURES PERFORMED:\n[x] Cryotherapy  [ ] Shave biopsy  [ ] Punch biopsy  [ ] Excision  "
                "[ ] ILK  [ ] Cantharidin\n"
                "Cryotherapy: LN2 x 2 cycles to 3 warts. Consent: [x] verbal [ ] written.\n"
                "PROBLEM 2: Acne vulgaris, inflammatory papules and comedones on face and upper back, worsening "
                "despite OTC BPO. Start doxycycline 100 mg daily + tretinoin 0.025% cream qhs; counseled on "
                "photosensitivity and pregnancy precautions.\n",
        "expected": E([L("99213", 1, "25"), L("17110")]),
        "coder_note": "DS-2: 3 warts -> 17110. GS-3: acne evaluated and managed with prescriptions = significant, "
                      "separately identifiable -> 25 on the E/M. Unchecked boxes are not performed.",
    },
    {
        "id": "s4-gd-checkbox-two-punch-one-shave", "family": "biopsy", "shape": "free-text",
        "description": "Two punch biopsies + one shave biopsy -> 11104 + 11105 + 11103",
        "date": "2026-10-02", "patient": ("Kowalczyk", "Ewa", "1969-12-12", "female"), "provider": "nakamura",
        "payer": "commercial",
        "conditions": [C("c1", "Neoplasm of unspecified behavior of bone, soft tissue, and skin", "D49.2",
                         reason=True)],
        "procedures": [
            P("Punch biopsy", None, "Right upper arm", "4 mm punch, 1 simple suture.", ["c1"]),
            P("Punch biopsy", None, "Left forearm", "3 mm punch, closed with 1 suture.", ["c1"]),
            P("Shave biopsy", None, "Mid back", "Tangential (shave) biopsy of pigmented papule, AlCl hemostasis.",
              ["c1"]),
        ],
        "note": SF_HDR + "PROCEDURES PERFORMED:\n[ ] Cryotherapy  [x] Biopsy  [ ] Excision  [ ] I&D\n"
                "Biopsies x3 as documented in procedure entries. [ ] Frozen section\n",
        "expected": E([L("11104"), L("11105"), L("11103")]),
        "coder_note": "BX-2: punch ranks over tangential -> 11104 primary, second punch 11105, shave 11103.",
    },
    {
        "id": "s4-gd-checkbox-shave-nevus-neck", "family": "shave", "shape": "note-only",
        "description": "Shave removal of irritated nevus R neck 0.7 cm (bleeds on necklace) -> 11306",
        "date": "2026-10-09", "patient": ("Lindahl", "Sara", "1988-07-21", "female"), "provider": "nakamura",
        "payer": "commercial-uhc",
        "conditions": [C("c1", "Melanocytic nevi of scalp and neck", "D22.4", "Right lateral neck", reason=True)],
        "path": [{"text": "Right lateral neck, shave: irritated compound melanocytic nevus, no atypia.",
                  "site": "Right lateral neck"}],
        "note": SF_HDR +
                "HPI: mole on the R side of neck catches on necklace, bled twice this month, sore.\n"
                "PROCEDURES PERFORMED:\n[ ] Biopsy  [x] Shave removal  [ ] Excision  [ ] Cryotherapy\n"
                "Shave removal: R lateral neck, lesion diameter 0.7 cm, removed flush with deep shave, "
                "hemostasis with Drysol. Sent to dermpath.\n",
        "expected": E([L("11306")]),
        "coder_note": "SH-1: neck = SNHFG, 0.6-1.0 cm -> 11306. Bleeding/trauma documented (BSL-3) -> covered.",
    },
    {
        "id": "s4-gd-sk-cryo-appearance-medicare-gy", "family": "cosmetic", "shape": "note-only",
        "description": "LN2 to 5 asymptomatic SKs for appearance, Medicare FFS, no ABN -> 17110-GY",
        "date": "2026-10-14", "patient": ("Whitcombe", "Gerald", "1945-02-27", "male"), "provider": "nakamura",
        "payer": "medicare",
        "conditions": [C("c1", "Other seborrheic keratosis", "L82.1", "Back", reason=True)],
        "note": SF_HDR +
                "HPI: wants 'the brown crusty spots' on his back taken off; they do not itch, bleed or hurt, "
                "just bothered by how they look.\nExam: 5 stuck-on verrucous brown papules on the back c/w SK; "
                "no inflammation.\n"
                "PROCEDURES PERFORMED:\n[x] Cryotherapy  [ ] Biopsy  [ ] Shave removal\n"
                "LN2 to five (5) SKs. Patient informed this is cosmetic and that Medicare will not pay; no ABN "
                "was signed.\n",
        "expected": E([L("17110", 1, "GY")], ["cosmetic"]),
        "coder_note": "COS-2/COS-4: asymptomatic SK (L82.1) removal is statutorily excluded cosmetic; Medicare "
                      "FFS -> GY; no voluntary ABN -> no GX.",
    },
    {
        "id": "s4-gd-sk-shave-temple-aetna-cosmetic", "family": "cosmetic", "shape": "free-text",
        "description": "Shave removal of an asymptomatic SK at the temple, commercial -> line removed (cosmetic)",
        "date": "2026-10-23", "patient": ("Marchetti", "Lucia", "1972-04-16", "female"), "provider": "nakamura",
        "payer": "commercial-aetna",
        "conditions": [C("c1", "Other seborrheic keratosis", "L82.1", "Left temple", reason=True)],
        "procedures": [P("Shave removal", None, "Left temple",
                         "0.4 cm tan stuck-on papule, asymptomatic, removed at patient request for cosmesis. "
                         "Self-pay form signed.", ["c1"])],
        "note": SF_HDR + "Cosmetic removal per patient request; no itching, bleeding or irritation.\n"
                "[x] Shave removal [ ] Biopsy [ ] Cryotherapy\n",
        "expected": E([], ["cosmetic"]),
        "coder_note": "Conventions 'Non-Medicare cosmetic services': commercial cosmetic service removed, patient "
                      "billed directly.",
    },
    {
        "id": "s4-gd-excimer-three-plaques-dimensions", "family": "phototherapy", "shape": "free-text",
        "description": "Excimer to 3 plaques given as dimensions (80 + 95 + 110 = 285 sq cm) -> 96921",
        "date": "2026-11-04", "patient": ("Osei", "Kwame", "1979-09-09", "male"), "provider": "nakamura",
        "payer": "commercial",
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Elbows and left knee", reason=True)],
        "procedures": [P("Excimer laser treatment", None, "Elbows, left knee",
                         "Treated plaques: R elbow 8 x 10 cm; L elbow 9.5 x 10 cm; L knee 10 x 11 cm. "
                         "Dose 400 mJ/cm2. Session 6 of course. No psoralen.", ["c1"])],
        "note": SF_HDR + "[ ] NB-UVB  [ ] PUVA  [x] Excimer  [ ] Goeckerman\nLocalized plaque psoriasis, failed "
                "3 months of clobetasol.\n",
        "expected": E([L("96921")]),
        "coder_note": "4.8 excimer table: total area 80 + 95 + 110 = 285 sq cm -> 96921 (250-500).",
    },
    {
        "id": "s4-gd-puva-no-conventional-failure-gz", "family": "phototherapy", "shape": "note-only",
        "description": "PUVA without failed conventional therapy, Medicare FFS, no ABN -> 96912-GZ",
        "date": "2026-10-19", "patient": ("Barraclough", "Edith", "1950-11-30", "female"), "provider": "nakamura",
        "payer": "medicare",
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and legs", reason=True)],
        "note": SF_HDR +
                "Phototherapy SmartForm:\n[ ] NB-UVB  [x] PUVA (oral 8-MOP 0.4 mg/kg, UVA 1.5 J/cm2)  "
                "[ ] Excimer  [ ] Goeckerman/tar\n"
                "Plaque psoriasis ~8% BSA, not disabling. Has NOT tried topical steroids, vitamin D analogues or "
                "NB-UVB; patient requested PUVA because a friend did well. ABN: not obtained.\nSession 1.\n",
        "expected": E([L("96912", 1, "GZ")], ["medical-necessity"]),
        "coder_note": "PHOTO-1 (NCD 250.1): PUVA only after failure of conventional therapy -> criteria unmet; "
                      "Medicare FFS without ABN -> GZ (COS-4, README precedent).",
    },
    {
        "id": "s4-gd-patch-test-80-allergens-new-25", "family": "patch-test", "shape": "note-only",
        "description": "New patient hand dermatitis with Rx + patch testing 70 + 10 allergens -> 99203-25, 95044 x80",
        "date": "2026-09-28", "patient": ("Delacroix", "Amelie", "1983-01-05", "female"), "provider": "nakamura",
        "payer": "commercial-cigna", "em": "99203",
        "conditions": [C("c1", "Allergic contact dermatitis, unspecified cause", "L23.9", "Both hands",
                         reason=True)],
        "note": SF_HDR +
                "NEW PATIENT. Hairdresser with 4 months of hand dermatitis. History, exposures and prior "
                "treatments reviewed; exam of hands, feet, face.\n"
                "A/P: Hand dermatitis, suspected allergic contact. Start clobetasol 0.05% ointment BID x 2 wks "
                "(Rx), nitrile gloves, work note. Patch testing applied today:\n"
                "Series                     | Allergens\n"
                "North American baseline    | 70\n"
                "Hairdressing series        | 10\n"
                "Readings at 48 h and 96 h.\n",
        "expected": E([L("99203", 1, "25"), L("95044", 80)]),
        "coder_note": "4.8 patch tests: units = allergens 70 + 10 = 80 (MUE 90). 95044/99203 is PTP "
                      "indicator 1; separate evaluation with Rx management -> 25.",
    },
    {
        "id": "s4-gd-checkbox-inflamed-cyst-back-layered", "family": "excision-benign", "shape": "note-only",
        "description": "Inflamed epidermoid cyst back 1.8 cm + 2x0.2 cm -> 11403; layered 3.0 cm -> 12032",
        "date": "2026-10-05", "patient": ("Grieve", "Callum", "1976-06-14", "male"), "provider": "nakamura",
        "payer": "commercial",
        "conditions": [C("c1", "Epidermal cyst", "L72.0", "Right upper back", reason=True)],
        "path": [{"text": "Right upper back, excision: ruptured epidermoid cyst with foreign-body reaction.",
                  "site": "Right upper back"}],
        "note": SF_HDR +
                "Painful, recurrently inflamed cyst R upper back, drained x2 by PCP.\n"
                "PROCEDURES PERFORMED:\n[x] Excision  [ ] I&D  [ ] Biopsy  [ ] ILK\n"
                "Excision: cyst 1.8 x 1.2 cm, 2 mm margins, elliptical excision. Layered closure: 3-0 Vicryl "
                "subcutaneous, 4-0 nylon epidermal; length 3.0 cm.\n",
        "expected": E([L("11403"), L("12032")]),
        "coder_note": "EX-1: 1.8 + 0.4 = 2.2 cm trunk benign -> 11403 (2.1-3.0). Intermediate trunk 3.0 cm -> "
                      "12032.",
    },
    {
        "id": "s4-gd-fse-melanoma-hx-rosacea-bx-ak-25", "family": "mixed", "shape": "note-only",
        "description": "FSE (melanoma hx) + new rosacea Rx + shave bx back + LN2 3 AKs -> 99214-25, 11102, 17000-XS, 17003 x2",
        "date": "2026-11-02", "patient": ("Ferreira", "Joao", "1953-05-29", "male"), "provider": "nakamura",
        "payer": "medicare", "em": "99214",
        "conditions": [C("c1", "Personal history of malignant melanoma of skin", "Z85.820"),
                       C("c2", "Rosacea, unspecified", "L71.9", "Face", reason=True),
                       C("c3", "Actinic keratosis", "L57.0", "Forehead", reason=True),
                       C("c4", "Neoplasm of unspecified behavior of bone, soft tissue, and skin", "D49.2",
                         "Mid back", reason=True)],
        "note": SF_HDR +
                "FSE - history of melanoma R calf 2018 (WLE 2018).\n"
                "New: facial redness and papules x 3 months -> papulopustular rosacea; start metronidazole 0.75% "
                "gel BID (Rx), trigger counseling.\n"
                "PROCEDURES PERFORMED:\n[x] Biopsy  [x] Cryotherapy  [ ] Excision  [ ] ED&C\n"
                "Biopsy: tangential shave biopsy of irregular 6 mm pigmented macule mid back.\n"
                "Cryotherapy: LN2 to 3 AKs on the forehead (separate from the biopsied lesion).\n",
        "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 2)]),
        "coder_note": "BX-5 case 1 / DS-1: 11102 col 1 / 17000 col 2 indicator 1, different lesions -> XS on "
                      "17000; 17003 x2. GS-3: rosacea Rx management is separate -> 25.",
    },
    {
        "id": "s4-gd-two-benign-excisions-repairs-summed", "family": "repair", "shape": "free-text",
        "description": "Benign excisions back 11401 + arm 11402; intermediate repairs 2.5 + 3.1 cm summed -> 12032",
        "date": "2026-10-16", "patient": ("Haddad", "Nadia", "1985-08-08", "female"), "provider": "nakamura",
        "payer": "commercial-uhc",
        "conditions": [C("c1", "Melanocytic nevi of trunk", "D22.5", "Left upper back", reason=True),
                       C("c2", "Melanocytic nevi of right upper limb, including shoulder", "D22.61",
                         "Right upper arm", reason=True)],
        "path": [{"text": "A) Left upper back: dysplastic compound nevus, moderate atypia, margins clear. "
                          "B) Right upper arm: dysplastic junctional nevus, moderate atypia, margins clear."}],
        "procedures": [
            P("Excision", None, "Left upper back", "Re-excision of moderately atypical nevus (prior shave bx): "
              "residual 0.6 cm, 2 mm margins.", ["c1"]),
            P("Excision", None, "Right upper arm", "Atypical nevus 0.9 x 0.6 cm, margins 0.2 cm.", ["c2"]),
            P("Layered repair", None, "Left upper back", "Intermediate, 2.5 cm.", ["c1"]),
            P("Layered repair", None, "Right upper arm", "Intermediate, 3.1 cm.", ["c2"]),
        ],
        "note": SF_HDR + "[x] Excision x2  [ ] Biopsy  [ ] Cryotherapy\n",
        "expected": E([L("11401"), L("11402"), L("12032")]),
        "coder_note": "EX-1/EX-3: back 0.6 + 0.4 = 1.0 -> 11401; arm 0.9 + 0.4 = 1.3 -> 11402 (benign path). "
                      "REP-1: trunk and arm share the 12031-12037 group, 2.5 + 3.1 = 5.6 cm -> 12032.",
    },
    {
        "id": "s4-gd-two-toenail-avulsions-digits", "family": "nails", "shape": "free-text",
        "description": "Avulsion R great toenail + R 2nd toenail -> 11730-T5 + 11732-T6",
        "date": "2026-11-06", "patient": ("Okonjo", "Samuel", "1967-10-02", "male"), "provider": "nakamura",
        "payer": "commercial",
        "conditions": [C("c1", "Onychomycosis", "B35.1", "Right great and second toenails", reason=True)],
        "procedures": [
            P("Nail avulsion", None, "Right great toe", "Complete avulsion of dystrophic nail plate after "
              "digital block.", ["c1"]),
            P("Nail avulsion", None, "Right second toe", "Complete avulsion of dystrophic nail plate.", ["c1"]),
        ],
        "note": SF_HDR + "[x] Nail avulsion  [ ] Matrixectomy  [ ] Nail biopsy  [ ] Debridement\n"
                "Painful thickened nails R great and 2nd toes.\n",
        "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")]),
        "coder_note": "4.8: first avulsion 11730, each additional 11732; digit modifiers T5 (R great toe), T6 "
                      "(R 2nd toe).",
    },
    {
        "id": "s4-gd-fse-screening-only-medicare-gy", "family": "em", "shape": "note-only",
        "description": "Screening-only FSE, new Medicare patient, no history/complaint/findings -> 99203-GY",
        "date": "2026-09-24", "patient": ("Pemberton", "Walter", "1956-03-18", "male"), "provider": "nakamura",
        "payer": "medicare", "em": "99203",
        "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True)],
        "note": SF_HDR +
                "NEW PATIENT. Here for a 'skin cancer check' because his wife asked. No personal or family history "
                "of skin cancer, no new or changing lesions, no symptoms.\nExam: full skin exam - scattered "
                "benign nevi and lentigines; nothing suspicious.\n"
                "PROCEDURES PERFORMED:\n[ ] Cryotherapy  [ ] Biopsy  [ ] Excision\n"
                "Plan: sun protection, annual self-exams. No procedures.\n",
        "expected": E([L("99203", 1, "GY")]),
        "coder_note": "DX-5: Medicare has no skin-cancer screening benefit; screening-only exam -> E/M with GY "
                      "(README decision).",
    },
    {
        "id": "s4-gd-tags-cosmetic-voluntary-abn-gx-gy", "family": "skin-tags", "shape": "note-only",
        "description": "12 asymptomatic neck tags snipped for appearance, Medicare FFS, voluntary ABN -> 11200-GX-GY",
        "date": "2026-10-21", "patient": ("Albright", "Marion", "1948-12-09", "female"), "provider": "nakamura",
        "payer": "medicare",
        "conditions": [C("c1", "Other specified hypertrophic disorders of the skin", "L91.8", "Neck", reason=True)],
        "note": SF_HDR +
                "Wants skin tags on the neck removed; they do not catch, bleed or itch - 'just unsightly'.\n"
                "PROCEDURES PERFORMED:\n[x] Skin tag removal  [ ] Cryotherapy  [ ] Biopsy\n"
                "Snip removal of twelve (12) acrochordons, neck. Voluntary ABN signed (patient understands "
                "Medicare does not cover cosmetic removal).\n",
        "expected": E([L("11200", 1, "GX", "GY")], ["cosmetic"]),
        "coder_note": "COS-2/COS-4: cosmetic tags, Medicare FFS -> GY, voluntary ABN -> plus GX.",
    },
    {
        "id": "s4-gd-shave-inflamed-sk-shin-bx-cheek-xs", "family": "mixed", "shape": "free-text",
        "description": "Shave removal of bleeding SK R shin 1.2 cm (11302) + tangential bx L cheek (11102-XS)",
        "date": "2026-11-12", "patient": ("Caldwell", "Beatrice", "1949-07-07", "female"), "provider": "nakamura",
        "payer": "medicare",
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "Right shin", reason=True),
                       C("c2", "Neoplasm of unspecified behavior of bone, soft tissue, and skin", "D49.2",
                         "Left cheek", reason=True)],
        "procedures": [
            P("Shave removal", None, "Right shin", "Irritated, bleeding SK catching on clothing, 1.2 x 0.9 cm, "
              "shaved flush.", ["c1"]),
            P("Shave biopsy", None, "Left cheek", "Tangential biopsy of a 5 mm scaly pink papule (r/o BCC).",
              ["c2"]),
        ],
        "note": SF_HDR + "[x] Shave removal  [x] Biopsy  [ ] Cryotherapy  [ ] Excision\nTwo separate lesions.\n",
        "expected": E([L("11302"), L("11102", 1, "XS")]),
        "coder_note": "SH-1: leg 1.2 cm -> 11302 (L82.0 inflamed, bleeding = covered). PTP 11302/11102 indicator 1 "
                      "(11102 is column 2), different lesions -> XS on 11102.",
    },
    # ------------------------------------------------------------------ PA (pike), ModMed EMA pre-coded
    {
        "id": "s4-pa-ema-deleted-11100-11101", "family": "biopsy", "shape": "pre-coded",
        "description": "EMA sends deleted 11100 + 11101 for two shave biopsies -> 11102 + 11103",
        "date": "2026-09-17", "patient": ("Gallo", "Vincent", "1954-02-02", "male"), "provider": "pike",
        "payer": "medicare-advantage",
        "conditions": [C("c1", "Neoplasm of unspecified behavior of bone, soft tissue, and skin", "D49.2",
                         reason=True)],
        "procedures": [P("Bx skin", "11100", "L shoulder", "shave bx 7mm pink papule", ["c1"]),
                       P("Bx skin add'l", "11101", "R flank", "shave bx 5 mm scaly papule", ["c1"])],
        "note": EMA_HDR + "2 lesions bx'd (shave). path pending. f/u 2 wks.\n",
        "expected": E([L("11102"), L("11103")], ["invalid-code"]),
        "coder_note": "BX-1: 11100/11101 deleted 2018; tangential technique -> 11102 + 11103.",
    },
    {
        "id": "s4-pa-ema-17003-x16-to-17004", "family": "destruction", "shape": "pre-coded",
        "description": "EMA 17000 + 17003 'x16' for 17 AKs (9 + 5 + 3) -> 17004",
        "date": "2026-10-07", "patient": ("Hartigan", "Sean", "1946-09-13", "male"), "provider": "pike",
        "payer": "medicare",
        "conditions": [C("c1", "Actinic keratosis", "L57.0", "Scalp, face, hands", reason=True)],
        "procedures": [P("LN2 AK", "17000", "scalp", "first lesion", ["c1"]),
                       P("LN2 AK add'l", "17003", "scalp/face/hands", "x16", ["c1"])],
        "note": EMA_HDR + "AKs treated w/ LN2: scalp 9, face 5, dorsal hands 3. tol well.\n",
        "expected": E([L("17004")], ["coding-correction"]),
        "coder_note": "DS-1: 17 lesions >= 15 -> 17004 x1 instead of 17000/17003.",
    },
    {
        "id": "s4-pa-ema-shave-scalp-coded-trunk-band", "family": "shave", "shape": "pre-coded",
        "description": "EMA 11301 for 0.8 cm itchy SK on scalp -> 11306",
        "date": "2026-10-12", "patient": ("Yamada", "Keiko", "1961-04-04", "female"), "provider": "pike",
        "payer": "commercial",
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "Scalp", reason=True)],
        "path": [{"text": "Scalp, shave: irritated seborrheic keratosis.", "site": "Scalp"}],
        "procedures": [P("Shave removal", "11301", "scalp, L parietal",
                         "0.8cm irritated SK, itches, catches on comb. shave removal, AlCl.", ["c1"])],
        "note": EMA_HDR + "ISK L parietal scalp - symptomatic (itch, comb trauma). shave removed.\n",
        "expected": E([L("11306")], ["coding-correction"]),
        "coder_note": "SH-1: scalp is SNHFG, 0.6-1.0 cm -> 11306.",
    },
    {
        "id": "s4-pa-ema-bcc-back-size-band-and-simple-repair", "family": "excision-malignant", "shape": "pre-coded",
        "description": "EMA 11601 + 12001: BCC back 1.2 cm + 2x0.4 -> 11602; simple repair included (removed)",
        "date": "2026-10-22", "patient": ("Ashdown", "Clive", "1950-10-28", "male"), "provider": "pike",
        "payer": "medicare",
        "conditions": [C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "L upper back",
                         reason=True)],
        "path": [{"text": "L upper back, excision: basal cell carcinoma, nodular, margins clear.",
                  "site": "L upper back"}],
        "procedures": [P("Excision malig", "11601", "L upper back",
                         "bx-proven BCC 1.2 x 1.0cm, 4mm margins, fusiform", ["c1"]),
                       P("Simple repair", "12001", "L upper back", "closed w/ 4-0 nylon, single layer, 2.5 cm",
                         ["c1"])],
        "note": EMA_HDR + "WLE BCC L upper back. simple closure. Mohs candidate: no.\n",
        "expected": E([L("11602")], ["coding-correction"]),
        "coder_note": "EX-1: 1.2 + 0.8 = 2.0 cm trunk malignant -> 11602. EX-5: simple repair of the same wound "
                      "is included -> 12001 removed.",
    },
    {
        "id": "s4-pa-ema-ilk-keloids-j3301-qty-missing", "family": "intralesional", "shape": "pre-coded",
        "description": "EMA 11900 only; Kenalog-40 0.2 mL into each of 3 keloids (24 mg) -> 11900 + J3301 x3",
        "date": "2026-09-30", "patient": ("Mbeki", "Thandi", "1990-05-19", "female"), "provider": "pike",
        "payer": "commercial",
        "conditions": [C("c1", "Hypertrophic scar", "L91.0", "Chest and R earlobe", reason=True)],
        "procedures": [P("ILK", "11900", "chest x2, R earlobe x1",
                         "Kenalog-40 (40 mg/mL) 0.2 mL into each of 3 keloids", ["c1"])],
        "note": EMA_HDR + "keloids, painful/itchy. ILK today as above. rtc 6 wks for repeat.\n",
        "expected": E([L("11900"), L("J3301", 3)]),
        "coder_note": "4.8: 3 lesions <= 7 -> 11900; 3 x 0.2 mL x 40 mg/mL = 24 mg -> J3301 ceil(24/10) = 3.",
    },
    {
        "id": "s4-pa-ema-22-tags-11201-overcoded", "family": "skin-tags", "shape": "pre-coded",
        "description": "EMA 11200 + 11201 'x2' for 22 symptomatic tags -> 11200 + 11201 x1",
        "date": "2026-10-28", "patient": ("Fairbanks", "Doreen", "1952-01-11", "female"), "provider": "pike",
        "payer": "medicare",
        "conditions": [C("c1", "Other specified hypertrophic disorders of the skin", "L91.8", "Neck and axillae",
                         reason=True)],
        "procedures": [P("Skin tag removal", "11200", "neck/axillae", "first 15", ["c1"]),
                       P("Skin tag removal add'l", "11201", "neck/axillae", "x2", ["c1"])],
        "note": EMA_HDR + "Tags: neck 14, R axilla 5, L axilla 3 (total 22). irritated, bleed w/ collar and "
                "bra strap rubbing, several inflamed today. snip + AlCl.\n",
        "expected": E([L("11200"), L("11201")], ["coding-correction"]),
        "coder_note": "11201 = each additional 10: ceil((22-15)/10) = 1. Symptomatic (bleeding, inflamed) -> covered.",
    },
    {
        "id": "s4-pa-ema-10061-simple-abscess", "family": "incision-drainage", "shape": "pre-coded",
        "description": "EMA 10061 for a single simple back abscess (no loculations, no packing) -> 10060",
        "date": "2026-11-05", "patient": ("Torres", "Miguel", "1993-08-25", "male"), "provider": "pike",
        "payer": "medicaid-mco",
        "conditions": [C("c1", "Cutaneous abscess of back [any part, except buttock]", "L02.212", "upper back",
                         reason=True)],
        "procedures": [P("I&D abscess", "10061", "upper back",
                         "single 2cm fluctuant abscess. incised, purulence expressed. no loculations. no packing. "
                         "simple.", ["c1"])],
        "note": EMA_HDR + "simple I&D x1. bactrim x7d. wound care.\n",
        "expected": E([L("10060")], ["coding-correction"]),
        "coder_note": "4.8: single simple abscess -> 10060, not complicated/multiple 10061.",
    },
    {
        "id": "s4-pa-ema-matrixectomy-plus-avulsion-same-toe", "family": "nails", "shape": "pre-coded",
        "description": "EMA 11750 + 11730 on the same L great toenail -> 11750-TA only",
        "date": "2026-10-26", "patient": ("Lindgren", "Oskar", "1998-02-15", "male"), "provider": "pike",
        "payer": "commercial-uhc",
        "conditions": [C("c1", "Ingrowing nail", "L60.0", "L great toe", reason=True)],
        "procedures": [P("Partial nail excision w/ matrixectomy", "11750", "L great toe lateral border",
                         "phenol x3 applications after partial avulsion", ["c1"]),
                       P("Nail avulsion", "11730", "L great toe", "lateral 1/4 plate avulsed", ["c1"])],
        "note": EMA_HDR + "recurrent ingrown L great toenail lateral border. partial avulsion + phenol "
                "matrixectomy, same nail.\n",
        "expected": E([L("11750", 1, "TA")], ["ncci"]),
        "coder_note": "PTP 11750/11730 indicator 1, same nail (no distinct site) -> 11730 removed. Digit TA (left "
                      "great toe) on 11750.",
    },
    {
        "id": "s4-pa-ema-mis-reexcision-in-global-58", "family": "excision-malignant", "shape": "pre-coded",
        "description": "MIS re-excision for positive margin 8 days after 11602: 11603-58 + 12032-58",
        "date": "2026-11-09", "patient": ("Sorensen", "Hanne", "1964-03-21", "female"), "provider": "pike",
        "payer": "commercial-cigna",
        "conditions": [C("c1", "Melanoma in situ of other part of trunk", "D03.59", "L upper back", reason=True)],
        "prior": [PRIOR("2026-11-01", "11602", "Excision MIS L upper back", "L upper back",
                        "path: MIS, peripheral margin involved")],
        "path": [{"text": "L upper back, re-excision: scar, no residual melanoma in situ.", "site": "L upper back"}],
        "procedures": [P("Re-excision malig", "11603", "L upper back",
                         "re-excision for + margin. scar 1.5cm, 5mm margins.", ["c1"]),
                       P("Layered closure", "12032", "L upper back", "intermediate, 4.0 cm", ["c1"])],
        "note": EMA_HDR + "re-excision MIS (planned, + margin from 11/1). layered closure.\n",
        "expected": E([L("11603", 1, "58"), L("12032", 1, "58")], ["global-period"]),
        "coder_note": "EX-4/GS-5: staged re-excision inside the 10-day global -> 58, malignant code (1.5 + 1.0 = "
                      "2.5 cm -> 11603); the layered repair is part of the staged procedure -> 58 too.",
    },
    {
        "id": "s4-pa-ema-96910-for-nbuvb", "family": "phototherapy", "shape": "pre-coded",
        "description": "EMA 96910 for NB-UVB without tar or psoralen -> 96900",
        "date": "2026-09-21", "patient": ("Kerrigan", "Maeve", "1958-12-19", "female"), "provider": "pike",
        "payer": "medicare-noname",
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True)],
        "procedures": [P("Phototherapy", "96910", "whole body", "NB-UVB 800 mJ/cm2, tx #22. no tar, no psoralen.",
                         ["c1"])],
        "note": EMA_HDR + "NBUVB only. Goeckerman d/c'd in 2025. tolerating.\n",
        "expected": E([L("96900")], ["coding-correction"]),
        "coder_note": "4.8: UVB alone (no tar/petrolatum) is actinotherapy 96900, not 96910.",
    },
    {
        "id": "s4-pa-ema-paring-three-calluses", "family": "paring", "shape": "pre-coded",
        "description": "EMA 11055 for 3 pared calluses -> 11056",
        "date": "2026-10-30", "patient": ("Brennan", "Patrick", "1970-07-31", "male"), "provider": "pike",
        "payer": "commercial-cigna",
        "conditions": [C("c1", "Corns and callosities", "L84", "Plantar feet", reason=True)],
        "procedures": [P("Paring", "11055", "plantar feet",
                         "pared: R 1st MTH callus, R heel callus, L 5th MTH callus", ["c1"])],
        "note": EMA_HDR + "painful calluses x3 pared w/ 15 blade.\n",
        "expected": E([L("11056")], ["coding-correction"]),
        "coder_note": "4.8: 2-4 lesions -> 11056.",
    },
    {
        "id": "s4-pa-ema-pilar-cyst-scalp-wrong-group", "family": "excision-benign", "shape": "pre-coded",
        "description": "EMA 11402 for tender pilar cyst of scalp 1.0 cm + 2x0.1 -> 11422",
        "date": "2026-11-13", "patient": ("Nwosu", "Chidi", "1981-11-17", "male"), "provider": "pike",
        "payer": "medicaid",
        "conditions": [C("c1", "Pilar cyst", "L72.11", "occipital scalp", reason=True)],
        "path": [{"text": "Occipital scalp: pilar (trichilemmal) cyst.", "site": "occipital scalp"}],
        "procedures": [P("Excision cyst", "11402", "occipital scalp",
                         "tender, traumatized by comb/headrest. cyst 1.0 cm, 1 mm margins, excised intact, simple "
                         "closure.", ["c1"])],
        "note": EMA_HDR + "pilar cyst occiput excised. simple closure.\n",
        "expected": E([L("11422")], ["coding-correction"]),
        "coder_note": "EX-1/EX-2: 1.0 + 0.2 = 1.2 cm, scalp = SNHFG -> 11422.",
    },
    {
        "id": "s4-pa-ema-biologic-workup-punch-missing-25", "family": "em", "shape": "pre-coded",
        "description": "EMA 11104 + E/M 99214 without 25; psoriasis biologic work-up is separate -> 99214-25",
        "date": "2026-11-16", "patient": ("Castellano", "Irene", "1975-06-06", "female"), "provider": "pike",
        "payer": "commercial", "em": "99214",
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "Trunk", reason=True),
                       C("c2", "Neoplasm of unspecified behavior of bone, soft tissue, and skin", "D49.2",
                         "L thigh", reason=True)],
        "procedures": [P("Punch bx", "11104", "L thigh", "4mm punch of changing 8mm nodule, 1 suture", ["c2"])],
        "note": EMA_HDR + "1) psoriasis 12% BSA flare, failed topicals + MTX (LFTs up). plan start adalimumab: "
                "QuantiFERON, hep B panel, CBC/CMP ordered; PA submitted. 2) changing nodule L thigh - punch bx.\n",
        "expected": E([L("99214", 1, "25"), L("11104")], ["modifier"]),
        "coder_note": "GS-3: psoriasis management (biologic start, labs) is significant and separately "
                      "identifiable -> 25 on the E/M (PTP 11104/99214 indicator 1).",
    },
    # ------------------------------------------------------------------ Pediatric dermatologist (adeyemi)
    {
        "id": "s4-peds-molluscum-cantharidin-counted-by-site", "family": "destruction", "shape": "free-text",
        "description": "Cantharidin to molluscum, counts by site 9 + 6 + 8 = 23 -> 17111",
        "date": "2026-10-10", "patient": ("Becker", "Liam", "2020-02-14", "male"), "provider": "adeyemi",
        "payer": "commercial",
        "conditions": [C("c1", "Molluscum contagiosum", "B08.1", "Axillae and trunk", reason=True)],
        "procedures": [P("Cantharidin application", None, "Axillae and trunk",
                         "Lesions treated: right axilla 9, left axilla 6, trunk 8. Washed off at 4 hours per "
                         "handout.", ["c1"])],
        "note": PEDS_HDR + "Liam's mom is worried because the bumps are spreading and some are red and itchy "
                "(molluscum dermatitis). We talked about waiting it out vs treating; family chose cantharidin "
                "today. If any come back we could try curettage or cryo next time.\n",
        "expected": E([L("17111")]),
        "coder_note": "DS-2: 23 benign lesions >= 15 -> 17111 (chemical destruction). Future options not coded.",
    },
    {
        "id": "s4-peds-new-patient-finger-warts-em-removed", "family": "destruction", "shape": "note-only",
        "description": "New patient, 2 finger warts frozen; E/M 99203 only decides the procedure -> removed",
        "date": "2026-09-25", "patient": ("Alvarez", "Sofia", "2016-06-30", "female"), "provider": "adeyemi",
        "payer": "commercial-aetna", "em": "99203",
        "conditions": [C("c1", "Other viral warts", "B07.8", "Right index and middle fingers", reason=True)],
        "note": PEDS_HDR +
                "Sofia (10) comes with her dad for 2 warts on her right index and middle fingers, present for "
                "a year, tried OTC salicylic acid. Otherwise healthy.\nExam: two verrucous papules as above.\n"
                "Plan: We froze both warts with liquid nitrogen today (2 cycles each). Dad asked about "
                "cantharidin or laser - if they come back we could try cantharidin; no laser needed. Keep "
                "using salicylic acid at home.\n",
        "expected": E([L("17110")]),
        "coder_note": "DS-2: 2 warts -> 17110. GS-3: a new patient alone does not justify an E/M; only the wart "
                      "decision was made -> E/M removed.",
    },
    {
        "id": "s4-peds-infantile-hemangioma-propranolol", "family": "em", "shape": "note-only",
        "description": "Infantile hemangioma, propranolol started (new patient 99204); laser only hypothetical",
        "date": "2026-10-03", "patient": ("Nguyen", "Mai", "2026-06-01", "female"), "provider": "adeyemi",
        "payer": "medicaid", "em": "99204",
        "conditions": [C("c1", "Hemangioma of skin and subcutaneous tissue", "D18.01", "Left upper eyelid region",
                         reason=True)],
        "note": PEDS_HDR +
                "Mai (4 months) is here with both parents for a rapidly growing red patch near her left eye. "
                "Parents are anxious about her vision. Exam: 2.2 cm segmental infantile hemangioma of the left "
                "upper eyelid/brow, partially obstructing the lid fold. Discussed with pediatrician.\n"
                "Plan: start propranolol 1 mg/kg/day divided BID, titrate to 2 mg/kg/day; heart rate and glucose "
                "monitoring counseled; ophthalmology referral. If it ulcerates we could consider pulsed dye laser; "
                "surgery is not indicated now. No procedure today.\n",
        "expected": E([L("99204")]),
        "coder_note": "EM-4: prescription drug management with risk (moderate/high) -> 99204 kept as selected; no "
                      "procedure, so no modifier.",
    },
    {
        "id": "s4-peds-acne-cysts-ilk-dilute-kenalog-25", "family": "intralesional", "shape": "note-only",
        "description": "4 acne cysts ILK 2.5 mg/mL x 0.3 mL each (3 mg) + new acne regimen -> 99213-25, 11900, J3301",
        "date": "2026-10-24", "patient": ("Hughes", "Owen", "2010-01-19", "male"), "provider": "adeyemi",
        "payer": "commercial", "em": "99213",
        "conditions": [C("c1", "Acne vulgaris", "L70.0", "Face and back", reason=True)],
        "note": PEDS_HDR +
                "Owen (16) and his mom are frustrated - acne flaring on face, chest and back with a few painful "
                "cysts before prom.\nA/P: Moderate inflammatory acne - stop OTC only routine; start doxycycline "
                "100 mg daily and adapalene/BPO gel nightly (Rx), counseled on sun sensitivity. We talked about "
                "isotretinoin if this does not work in 3 months (not starting today).\n"
                "Procedure: intralesional triamcinolone 2.5 mg/mL, 0.3 mL into each of 4 tender cysts (L cheek x2, "
                "chin, R jaw).\n",
        "expected": E([L("99213", 1, "25"), L("11900"), L("J3301")]),
        "coder_note": "4.8: 4 lesions -> 11900; 4 x 0.3 mL x 2.5 mg/mL = 3 mg -> J3301 x1. New Rx acne management "
                      "beyond the injection decision -> 25.",
    },
    {
        "id": "s4-peds-buttock-abscess-loculated-packed", "family": "incision-drainage", "shape": "note-only",
        "description": "Loculated buttock abscess, loculations broken, packed -> 10061",
        "date": "2026-11-07", "patient": ("Jackson", "Tyrell", "2013-04-12", "male"), "provider": "adeyemi",
        "payer": "medicaid-mco",
        "conditions": [C("c1", "Cutaneous abscess of buttock", "L02.31", "Left buttock", reason=True)],
        "note": PEDS_HDR +
                "Tyrell (13) has a painful lump on his left buttock for 4 days; grandma noticed fever last night.\n"
                "Procedure: after topical and local anesthesia, 4 cm fluctuant abscess incised; multiple "
                "loculations broken up with a hemostat, copious pus, culture sent; cavity irrigated and packed "
                "with 1/4 inch iodoform gauze. Clindamycin started. Packing removal in 2 days. If it keeps coming "
                "back we'd think about hidradenitis and possibly excision later.\n",
        "expected": E([L("10061")]),
        "coder_note": "4.8: complicated I&D (loculations, packing) -> 10061.",
    },
    {
        "id": "s4-peds-patch-test-35-plus-own-product", "family": "patch-test", "shape": "free-text",
        "description": "Pediatric patch testing: T.R.U.E. test 35 allergens + 1 own product -> 95044 x36",
        "date": "2026-09-19", "patient": ("Schultz", "Emma", "2014-08-22", "female"), "provider": "adeyemi",
        "payer": "medicaid",
        "conditions": [C("c1", "Unspecified contact dermatitis, unspecified cause", "L25.9", "Eyelids and neck",
                         reason=True)],
        "procedures": [P("Patch test application", None, "Upper back",
                         "T.R.U.E. test panels 1-3 (35 allergens) plus her own shampoo 'as is' (1). Readings "
                         "at 48 and 72-96 hours.", ["c1"])],
        "note": PEDS_HDR + "Emma's mom thinks her shampoo or nickel earrings cause the eyelid rash. Patch "
                "tests placed today; if nickel is positive we could consider a nickel-free diet discussion later.\n",
        "expected": E([L("95044", 36)]),
        "coder_note": "4.8: 95044 units = allergens tested: 35 + 1 = 36.",
    },
    {
        "id": "s4-peds-tag-for-school-photos-medicaid-cosmetic", "family": "skin-tags", "shape": "note-only",
        "description": "Asymptomatic neck tag snipped for appearance, Medicaid -> removed (cosmetic)",
        "date": "2026-10-17", "patient": ("Morales", "Lucas", "2012-09-03", "male"), "provider": "adeyemi",
        "payer": "medicaid",
        "conditions": [C("c1", "Other specified hypertrophic disorders of the skin", "L91.8", "Left neck",
                         reason=True)],
        "note": PEDS_HDR +
                "Lucas's mom would like the little skin tag on his neck removed before school photos. It does not "
                "hurt, bleed, itch or catch on clothing.\nProcedure: snip removal of one skin tag, left neck. "
                "Family informed this is cosmetic and not covered; they agreed to self-pay.\n",
        "expected": E([], ["cosmetic"]),
        "coder_note": "BSL-2/COS-2 + conventions: cosmetic, non-Medicare payer -> line removed, patient billed.",
    },
    {
        "id": "s4-peds-eczema-flare-in-excision-global-24", "family": "post-op", "shape": "note-only",
        "description": "Unrelated eczema flare E/M 5 days after arm cyst excision (010 global) -> 99213-24",
        "date": "2026-11-11", "patient": ("Park", "Jiwoo", "2017-12-05", "female"), "provider": "adeyemi",
        "payer": "commercial", "em": "99213",
        "conditions": [C("c1", "Atopic dermatitis, unspecified", "L20.9", "Antecubital and popliteal fossae",
                         reason=True)],
        "prior": [PRIOR("2026-11-06", "11402", "Excision benign", "Left upper arm")],
        "note": PEDS_HDR +
                "Jiwoo (8) is back with mom - not for her arm (excision site from last week, mom says it looks "
                "great; sutures out next week as planned) - but because her eczema flared badly after a cold: "
                "itchy, weepy patches in elbow and knee creases, sleeping poorly.\nA/P: Atopic dermatitis flare - "
                "start triamcinolone 0.1% ointment BID x 10 days (Rx), wet wraps, bleach baths discussed. If not "
                "better we could consider dupilumab in the future.\n",
        "expected": E([L("99213", 1, "24")], ["global-period"]),
        "coder_note": "GS-5: unrelated E/M inside the 10-day global of 11402 -> 24.",
    },
    {
        "id": "s4-peds-ingrown-toenail-partial-avulsion", "family": "nails", "shape": "note-only",
        "description": "Partial nail avulsion R great toe -> 11730-T5; matrixectomy only hypothetical",
        "date": "2026-09-23", "patient": ("O'Brien", "Niamh", "2011-03-27", "female"), "provider": "adeyemi",
        "payer": "commercial-cigna",
        "conditions": [C("c1", "Ingrowing nail", "L60.0", "Right great toe", reason=True)],
        "note": PEDS_HDR +
                "Niamh (15) plays soccer and her right big toe has been red and sore along the medial nail fold "
                "for 3 weeks. Procedure: digital block, partial avulsion of the medial nail plate of the right "
                "great toe. Mom asked about a permanent fix - if it recurs we could consider a chemical "
                "matrixectomy; not done today.\n",
        "expected": E([L("11730", 1, "T5")]),
        "coder_note": "4.8: nail avulsion 11730 with T5 (right great toe); matrixectomy not performed.",
    },
    {
        "id": "s4-peds-pilomatricoma-cheek-excision", "family": "excision-benign", "shape": "note-only",
        "description": "Pilomatricoma L cheek 0.8 cm + 2x0.1 cm = 1.0 -> 11441 (simple closure included)",
        "date": "2026-10-29", "patient": ("Ivanova", "Anya", "2018-05-15", "female"), "provider": "adeyemi",
        "payer": "commercial",
        "conditions": [C("c1", "Benign neoplasm of skin of other parts of face", "D23.39", "Left cheek",
                         reason=True)],
        "path": [{"text": "Left cheek, excision: pilomatricoma, completely excised.", "site": "Left cheek"}],
        "note": PEDS_HDR +
                "Anya (8) has a hard, growing bump on her left cheek that is sore when pressed. Parents worried "
                "it is getting bigger.\nProcedure: under local anesthesia, the 0.8 cm firm nodule was excised with "
                "1 mm margins and closed with interrupted 6-0 nylon (simple, single layer). Sent to pathology.\n",
        "expected": E([L("11441")], dx={"11441": ["D23.39"]}),
        "coder_note": "EX-1/EX-2: 0.8 + 0.2 = 1.0 cm face benign -> 11441; simple repair included (EX-5).",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Chart furniture added per chart: problem-list/PSH items, prior procedures OUTSIDE any global, future orders, HTML.
_BY_ID = {s["id"]: s for s in SCENARIOS}


def _add(sid: str, conditions: list | None = None, prior: list | None = None, extra: list | None = None,
         html: bool = False) -> None:
    s = _BY_ID[sid]
    s.setdefault("conditions", []).extend(conditions or [])
    s.setdefault("prior", []).extend(prior or [])
    s.setdefault("extra", []).extend(extra or [])
    if html:
        body = "".join(f"<p>{_html.escape(ln)}</p>" if ln.strip() else "<br/>" for ln in s["note"].split("\n"))
        s["note"] = f"<html><body><div class=\"smartform\">{body}</div></body></html>"
        s["html"] = True


_add("s4-mohs-letterhead-ak-cryo-em-removed",
     conditions=[HX("h1", "History of basal cell carcinoma, s/p Mohs R nasal ala 2022", "Z85.828")],
     prior=[PRIOR("2022-05-10", "17311", "Mohs surgery", "Right nasal ala")],
     extra=[ORDER("Shave biopsy of vertex scalp lesion if persistent", "2027-01-05", "Vertex scalp")])
_add("s4-mohs-letterhead-fse-nummular-rx",
     conditions=[HX("h1", "s/p excision atypical nevus L back 2019")],
     prior=[PRIOR("2026-08-04", "17311", "Mohs surgery", "Right temple")])
_add("s4-mohs-letterhead-sccis-forearm-excision",
     prior=[PRIOR("2026-09-10", "11102", "Shave biopsy", "Right dorsal forearm")])
_add("s4-gd-checkbox-two-punch-one-shave",
     extra=[ORDER("Excision right upper arm lesion if atypical on pathology", "2026-11-20", "Right upper arm")])
_add("s4-gd-fse-melanoma-hx-rosacea-bx-ak-25",
     conditions=[HX("h1", "Malignant melanoma R calf s/p wide local excision 2018")],
     prior=[PRIOR("2026-09-01", "11602", "Excision BCC", "Left shoulder")])
_add("s4-peds-molluscum-cantharidin-counted-by-site",
     extra=[ORDER("Curettage of molluscum if new lesions", "2026-12-12", "Trunk")])
_add("s4-pa-ema-17003-x16-to-17004",
     conditions=[HX("h1", "SCC in situ R hand s/p ED&C 2023", "Z86.007")])
_add("s4-peds-eczema-flare-in-excision-global-24",
     conditions=[HX("h1", "Epidermoid cyst L upper arm s/p excision 11/06/2026")])
_add("s4-gd-checkbox-inflamed-cyst-back-layered", html=True)
_add("s4-mohs-declined-excision-rotation-flap-57",
     extra=[ORDER("Follow-up wound check and suture removal", "2026-10-29", "Left cheek")])
