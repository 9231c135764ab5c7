"""Sealed set 67 (s67-): audit of one high-volume Mohs surgeon (Dr. Samuel Weiss, Tidewater Mohs & Skin Surgery).

His operative notes are first-person-plural narratives ("we took a first stage ..."), often with two or three
tumours on one day, each with its own stages, blocks and repair. His clinic days mix Mohs follow-ups with general
dermatology. Expected answers come only from the rule book (sections 2-7, 10), docs/coding_conventions.md and
tests/corpus/README.md ("File format", "Coding decisions").
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HDR = "TIDEWATER MOHS & SKIN SURGERY - Samuel Weiss, MD (Mohs surgeon and dermatopathologist of record)\n"

# =============================================================================================================
# Mohs days
# =============================================================================================================

SCENARIOS.append({
    "id": "s67-mohs-nose-flap-cheek-layered-two-tumours",
    "family": "mohs", "shape": "note-only",
    "description": "Two tumours one day: BCC R nasal sidewall 2 stages + rhombic flap 4.4 sq cm; SCC L cheek 1 stage + "
                   "layered 3.4 cm; Medicare FFS",
    "date": "2026-01-13",
    "patient": ("Quist", "Lorraine", "1944-08-19", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 215,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right nasal sidewall", "C44.311", "Right nasal sidewall", reason=True),
        C("c2", "Squamous cell carcinoma, well differentiated, left cheek", "C44.329", "Left cheek", reason=True),
        C("c3", "Actinic keratoses, forehead", "L57.0", "Forehead"),
    ],
    "note_title": "Mohs Micrographic Surgery - Operative Note",
    "note": HDR + """OPERATIVE NOTE - MOHS MICROGRAPHIC SURGERY, TWO SITES
DOS 01/13/2026. Patient: Lorraine Quist, 81 F.

Mrs. Quist came in this morning for two biopsy-proven tumours: (A) nodular BCC of the right nasal sidewall
(outside path 12/2025, Coastal Derm Path) and (B) well-differentiated SCC of the left cheek (our shave biopsy
12/09/2025). Both are on the face, AUC area H/M, primary, and she is a poor candidate for radiation follow-up.
We reviewed the consent again and she signed. Time-out done for each site separately.

TUMOUR A - right nasal sidewall, clinical size 0.8 x 0.7 cm.
We debulked with a curette and took a first stage with 2 mm margins, divided into three tissue blocks, inked
and mapped. On our frozen sections there was residual nodular BCC at 10 o'clock in block 2. We went back and took
a second stage from 9 to 11 o'clock as two blocks, and both were clear. Two stages, five blocks in total.
Final defect 1.2 x 1.0 cm down to the nasalis.

TUMOUR B - left cheek, clinical size 1.1 x 0.9 cm.
We took a first stage with 3 mm margins, sectioned into four blocks. All margins clear on the first stage.
Final defect 1.8 x 1.5 cm into subcutaneous fat.

REPAIRS
A: A primary closure would have pulled the alar rim up, so we designed a rhombic transposition flap from the
sidewall/cheek junction. Primary defect 1.3 sq cm, secondary defect 3.1 sq cm, total 4.4 sq cm. Undermined,
transposed, inset with 5-0 Monocryl and 6-0 Prolene.
B: We converted the cheek defect to an ellipse along the relaxed skin tension lines and closed it in layers,
buried 4-0 Monocryl in the dermis and running 5-0 Prolene on the surface. Final length 3.4 cm.

No specimens went to outside pathology. EBL minimal. She tolerated both sites well.
We noticed a handful of gritty AKs on her forehead; we did not treat them today and will freeze them at her
general visit next month.
Plan: pressure dressings, Tylenol, sutures out in one week (face).
Samuel Weiss, MD
""",
    "expected": E([L("17311", 2), L("17312"), L("14060"), L("12052", 1, "XS")],
                  dx={"14060": ["C44.311"], "12052": ["C44.329"]}),
    "coder_note": "Two head tumours -> 17311 x2; tumour A second stage -> 17312 (no stage > 5 blocks). Flap on nose 4.4 "
                  "sq cm -> 14060; cheek layered 3.4 cm -> 12052, a different wound, XS for the 14060/12052 ind-1 edit. "
                  "AKs seen but not treated.",
})

SCENARIOS.append({
    "id": "s67-mohs-scalp-ear-hand-three-tumours",
    "family": "mohs", "shape": "free-text",
    "description": "Three tumours: SCC vertex scalp (7 blocks then 2), BCC R helix 1 stage, SCCIS R hand 2 stages; "
                   "scalp layered 4.2 cm, hand simple 1.6 cm, ear granulates; Medicare Advantage",
    "date": "2026-01-20",
    "patient": ("Dunleavy", "Thomas", "1939-02-27", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 260,
    "conditions": [
        C("c1", "Squamous cell carcinoma, vertex scalp", "C44.42", "Vertex scalp", reason=True),
        C("c2", "Basal cell carcinoma, right helix", "C44.212", "Right ear, helix", reason=True),
        C("c3", "Squamous cell carcinoma in situ, right dorsal hand", "D04.61", "Right dorsal hand", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery - scalp", site="Vertex scalp",
          note="SCC, 2.3 cm, biopsy proven. Stage 1: broad plate taken as 7 tissue blocks, tumor at 6 o'clock deep. "
               "Stage 2: 2 blocks, clear.", reasons=["c1"]),
        P("Mohs micrographic surgery - ear", site="Right helix",
          note="BCC 0.6 cm on the mid helix. Stage 1: 3 blocks, all clear.", reasons=["c2"]),
        P("Mohs micrographic surgery - hand", site="Right dorsal hand",
          note="SCC in situ 1.0 cm. Stage 1: 2 blocks, residual SCCIS at 12 o'clock. Stage 2: 1 block, clear.",
          reasons=["c3"]),
        P("Layered closure scalp", site="Vertex scalp",
          note="Galeal undermining, deep 3-0 PDS, staples. Length 4.2 cm.", reasons=["c1"]),
        P("Closure hand", site="Right dorsal hand",
          note="Single layer 5-0 nylon interrupted, 1.6 cm.", reasons=["c3"]),
        P("Wound care helix", site="Right helix",
          note="0.9 cm superficial defect on the helix left to heal by second intention. Vaseline, bandage."),
    ],
    "note_title": "Mohs Surgery - Three Sites",
    "note": HDR + """MOHS DAY NOTE 01/20/2026 - Thomas Dunleavy, 86 M, retired waterman.

Three biopsy-proven tumours scheduled for today (see separate site entries). He asked us to do all three in one
sitting so his daughter only has to drive him once. Not anticoagulated, no pacemaker.

Scalp: a large thick SCC on the vertex. Our first stage was a wide plate and we cut it into seven blocks so each
would fit the chuck; we found tumour deep at 6 o'clock and took a second stage of two blocks, which cleared. We
closed the 4.2 cm wound in layers after undermining in the subgaleal plane.

Helix: small BCC, one stage of three blocks, clear. We let the shallow helical defect granulate.

Hand: SCC in situ on the dorsum of the right hand. One positive block at 12 o'clock on the first stage (two
blocks), second stage one block, clear. Simple single-layer closure, 1.6 cm.

All frozen sections were cut in our lab and read by me. He tolerated the long day well.
F/u one week for the hand and two weeks for staples.
Samuel Weiss, MD
""",
    "expected": E([L("17311", 3), L("17312", 2), L("17315", 2), L("12032"), L("12001")],
                  dx={"12032": ["C44.42"], "12001": ["D04.61"]}),
    "coder_note": "Scalp, ear and hand are all 17311 sites: 3 first stages; scalp and hand second stages -> 17312 x2; "
                  "scalp stage 1 had 7 blocks -> 17315 x2. Scalp layered 4.2 cm -> 12032; hand simple 1.6 cm -> 12001 "
                  "(different site groups, no edit). Helix healed by second intention: no repair.",
})

SCENARIOS.append({
    "id": "s67-mohs-shin-transplant-scc-complex-repair",
    "family": "mohs", "shape": "note-only",
    "description": "Renal transplant pt, SCC L pretibial, Mohs 3 stages (5/3/1 blocks), complex repair 6.8 cm with "
                   "debridement and retention sutures; Medicare FFS",
    "date": "2026-01-27",
    "patient": ("Okoro", "Benedict", "1957-11-04", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma, moderately differentiated, left pretibial leg", "C44.729", "Left shin",
          reason=True),
        C("c2", "Kidney transplant status", "Z94.0"),
    ],
    "note_title": "Operative Report - Mohs",
    "note": HDR + """Mohs micrographic surgery - left shin.  DOS 01/27/2026.  Benedict Okoro, 68 M.

Background: deceased-donor kidney in 2014, on tacrolimus and mycophenolate. We have treated four SCCs on his
legs since 2022. This one is a 2.4 cm moderately differentiated SCC of the left pretibial shin (our punch biopsy
01/06/2026). Immunosuppression + size make this appropriate for Mohs; his nephrologist is aware.

We anesthetized with 1% lidocaine with epinephrine. We debulked the keratotic tumour, then took our first stage
as five tissue blocks. Tumour persisted at 2 and 3 o'clock. Our second stage from 1 to 4 o'clock was split into
three blocks; a single deep focus remained at 3 o'clock, so we took a third stage as one block, which was clear.
So: three stages, 5 + 3 + 1 blocks.

Final defect 3.1 x 2.6 cm on thin, atrophic, sun-damaged shin skin. The wound edges were ragged and partly
devitalized from the debulking, so we trimmed (debrided) both edges back to healthy bleeding dermis before
closure. We undermined widely in the fascial plane on both sides, placed 3-0 PDS buried sutures and two
horizontal-mattress retention sutures of 2-0 nylon over bolsters to offload tension, then 4-0 nylon on the
surface. Final repair length 6.8 cm.

EBL 10 mL. Leg elevated; compression wrap. Keflex x 5 days given his immunosuppression.
Return 2 weeks for suture removal; we will see him again in 3 months for his full-skin surveillance.
Samuel Weiss, MD
""",
    "expected": E([L("17313"), L("17314", 2), L("13121")], dx={"17313": ["C44.729"]}),
    "coder_note": "Leg is a 17313 site; three stages -> 17313 + 17314 x2; no stage over 5 blocks, so no 17315. Debridement "
                  "of wound edges + retention sutures = complex; leg 6.8 cm -> 13121.",
})

SCENARIOS.append({
    "id": "s67-mohs-nasal-tip-sameday-bx-frozen-88305-billed",
    "family": "mohs", "shape": "pre-coded",
    "description": "Never-biopsied nasal tip papule: tangential bx + frozen section then Mohs 2 stages; charge entry "
                   "also sent 88305 for the Mohs layers; repair by facial plastics; Medicare",
    "date": "2026-02-03",
    "patient": ("Faraday", "Miriam", "1950-05-30", "female"),
    "provider": "weiss", "payer": "medicare-noname", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma, nasal tip", "C44.311", "Nasal tip", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy, skin", cpt="11102", site="Nasal tip",
          note="Diagnostic saucerization of a 0.7 cm pearly papule never sampled before; frozen section to decide on "
               "Mohs.", reasons=["c1"]),
        P("Frozen section, first block", cpt="88331", site="Nasal tip",
          note="Frozen section of the diagnostic biopsy read by Dr. Weiss: BCC, nodular.", reasons=["c1"]),
        P("Mohs, head/neck, first stage", cpt="17311", site="Nasal tip", note="4 blocks", reasons=["c1"]),
        P("Mohs, each additional stage", cpt="17312", site="Nasal tip", note="1 block", reasons=["c1"]),
        P("Surgical pathology, gross and micro", cpt="88305", site="Nasal tip",
          note="Mohs layers stage 1 and stage 2 (frozen, read in house).", reasons=["c1"]),
    ],
    "note_title": "Mohs Note",
    "note": HDR + """Patient: Miriam Faraday, 75 F.   02/03/2026

Referred by her PCP for a bleeding bump on the tip of the nose, present ~6 months. Nobody has biopsied it. She
lives two hours away, so we offered a diagnostic biopsy with frozen section this morning and to go straight on to
Mohs only if the frozen section showed carcinoma. She agreed.

We saucerized the 0.7 cm papule and processed it as a frozen section in our lab; I read it as nodular BCC. There
was no prior pathology on this lesion, so this biopsy is what decided the surgery.

Mohs: we took a first stage of four blocks; tumour at the deep margin under the 1 o'clock block. Second stage,
one block, clear. Final defect 1.4 x 1.2 cm on the nasal tip, to perichondrium.
Given the tip location we had already arranged reconstruction with Dr. Haverford (facial plastics) this afternoon
at his surgery centre; we dressed the wound and sent her over. We did not close it.

All Mohs tissue was processed and read here; nothing went out for permanent sections.
Samuel Weiss, MD
""",
    "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312")], topics=["ncci"],
                  dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-5(a)/README: same-day diagnostic bx + frozen of a never-biopsied lesion -> 11102-59 and 88331-59. "
                  "88305 for the Mohs layers themselves is not reportable (17311/88305 ind 1, same tissue) -> removed. "
                  "Repair done by another surgeon elsewhere: not ours.",
})

SCENARIOS.append({
    "id": "s67-mohs-eyelid-em25-psoriasis-flare",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs L lower eyelid BCC 2 stages (oculoplastics repairs); same-day psoriasis flare managed with new "
                   "Rx; E/M pre-coded without 25; commercial",
    "date": "2026-02-10",
    "patient": ("Brandvold", "Karin", "1961-09-14", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 140, "em": "99214",
    "conditions": [
        C("c1", "Basal cell carcinoma, left lower eyelid", "C44.1192", "Left lower eyelid", reason=True),
        C("c2", "Psoriasis vulgaris, flare", "L40.0", "Elbows, knees, scalp", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, first stage", cpt="17311", site="Left lower eyelid", reasons=["c1"]),
        P("Mohs micrographic surgery, additional stage", cpt="17312", site="Left lower eyelid", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery and Office Visit",
    "note": HDR + """02/10/2026 - Karin Brandvold, 64 F

1) BCC, left lower eyelid (biopsy 01/2026, nodular). We took a first stage of two blocks; there was tumour at
the medial tip, so we took a second stage of one block, which was clear. Defect 1.0 x 0.8 cm, not through the
tarsus. Dr. Lund (oculoplastics, down the hall) repaired it at 1 pm under her own note - we did no repair.

2) Psoriasis - separate problem. While she was waiting between stages she showed us a bad flare over the last
six weeks: thick plaques on both elbows and knees, new scalp plaques, ~8% BSA, itching at night. Triamcinolone
cream no longer controls it. We examined elbows, knees, scalp and trunk, discussed options (vitamin D analogue
combination, phototherapy, biologic if this fails), started calcipotriene/betamethasone foam daily to plaques and
clobetasol solution to scalp for 2 weeks, and ordered baseline labs (CBC, CMP, hepatitis panel, QuantiFERON) in
case we move to a biologic. Recheck 6 weeks.

Time and effort for the psoriasis evaluation was separate from the Mohs work.
Samuel Weiss, MD
""",
    "expected": E([L("17311"), L("17312"), L("99214", 1, "25")],
                  dx={"17311": ["C44.1192"], "99214": ["L40.0"]}),
    "coder_note": "Psoriasis flare with prescription drug management is significant and separately identifiable -> 25 "
                  "on the E/M (17311/99214 ind 1). Eyelid repair by a different surgeon is not on this claim.",
})

SCENARIOS.append({
    "id": "s67-mohs-preauricular-em-decision-only",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs R preauricular SCC 1 stage + layered 2.3 cm; provider also chose 99213 for the pre-op "
                   "re-check of the same tumour only; Medicare NGS",
    "date": "2026-02-17",
    "patient": ("Villaseñor", "Arturo", "1948-12-01", "male"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 110, "em": "99213",
    "conditions": [
        C("c1", "Squamous cell carcinoma, right preauricular cheek", "C44.329", "Right preauricular", reason=True),
    ],
    "procedures": [
        P("Pre-op evaluation", site="Right preauricular",
          note="Re-examined the biopsied site, confirmed with pt in mirror, reviewed consent. No other complaints."),
        P("Mohs surgery", site="Right preauricular",
          note="SCC 1.2 cm. Stage I - four blocks, margins free. Final defect 1.9 x 1.4 cm.", reasons=["c1"]),
        P("Intermediate closure", site="Right preauricular",
          note="Layered: 5-0 Vicryl deep dermal, 6-0 Prolene running. 2.3 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Procedure Note",
    "note": HDR + """Arturo Villasenor, 77 M - 02/17/2026

He comes in for Mohs of the biopsy-proven SCC in front of the right ear; we made the plan for Mohs at his
consultation on 01/22. This morning we looked at the site again, confirmed it with him in the mirror, went back
over risks and signed consent. He had no new concerns and we did not examine or treat anything else.

We took one stage of four blocks and it was clear. We closed the 1.9 x 1.4 cm defect in two layers along the
preauricular crease, 2.3 cm long.
Sutures out in 1 week. Surveillance skin check with us in 4 months.
Samuel Weiss, MD
""",
    "expected": E([L("17311"), L("12051")], dx={"17311": ["C44.329"]}),
    "coder_note": "The only E/M work is the usual pre-procedure check of the lesion being treated (decision made at an "
                  "earlier visit) -> E/M not separately reportable, line removed. Mohs 1 stage -> 17311; face layered "
                  "2.3 cm -> 12051.",
})

SCENARIOS.append({
    "id": "s67-mohs-back-superficial-bcc-abn",
    "family": "mohs", "shape": "note-only",
    "description": "Primary 0.8 cm superficial BCC L upper back, immunocompetent; Mohs at pt insistence after ABN; "
                   "second intention; Medicare FFS",
    "date": "2026-02-24",
    "patient": ("Pettigrew", "Harold", "1952-03-08", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 75,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": HDR + """02/24/2026  Harold Pettigrew, 73 M

Superficial BCC, left upper back, 0.8 cm, biopsy 02/02/2026 (superficial subtype only). First tumour, never
treated, no radiation, not immunosuppressed, no genetic syndrome. On the trunk and this small, a superficial BCC
does not meet the appropriate-use criteria for Mohs and we told him Medicare is likely to deny it. We offered
ED&C, imiquimod or a standard excision. He insisted on Mohs because his brother had a recurrence after a
"scrape". He read and signed the Advance Beneficiary Notice (option 1) before we started; a copy is scanned.

We took one stage as two blocks; all margins clear. Defect 1.3 x 1.1 cm, shallow. By his choice we let it heal
by second intention - no sutures. Petrolatum and a bandage; wound care sheet.
Return 3 months for a skin check.
Samuel Weiss, MD
""",
    "expected": E([L("17313", 1, "GA")], dx={"17313": ["C44.519"]}),
    "coder_note": "README: Mohs of a small primary superficial BCC of the trunk does not meet the LCD/AUC criteria; "
                  "Medicare FFS with a signed ABN -> 17313-GA. No repair.",
})

SCENARIOS.append({
    "id": "s67-mohs-nasolabial-and-forearm-missing-addon",
    "family": "mohs", "shape": "pre-coded",
    "description": "BCC L nasolabial fold 2 stages + SCC R forearm (6-block first stage, 2 stages); layered repairs "
                   "2.8 cm face and 5.5 cm arm; charge entry omitted 17315 and XS; Medicare Advantage PPO",
    "date": "2026-03-03",
    "patient": ("Lindell", "Gustav", "1946-07-22", "male"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 230,
    "conditions": [
        C("c1", "Basal cell carcinoma, left nasolabial fold", "C44.319", "Left nasolabial fold", reason=True),
        C("c2", "Squamous cell carcinoma, poorly differentiated, right forearm", "C44.622", "Right dorsal forearm",
          reason=True),
    ],
    "procedures": [
        P("Mohs, head, first stage", cpt="17311", site="Left nasolabial fold", reasons=["c1"]),
        P("Mohs, head, additional stage", cpt="17312", site="Left nasolabial fold", reasons=["c1"]),
        P("Mohs, trunk/extremity, first stage", cpt="17313", site="Right forearm", reasons=["c2"]),
        P("Mohs, trunk/extremity, additional stage", cpt="17314", site="Right forearm", reasons=["c2"]),
        P("Intermediate repair face", cpt="12052", site="Left nasolabial fold", reasons=["c1"]),
        P("Intermediate repair arm", cpt="12032", site="Right forearm", reasons=["c2"]),
    ],
    "note_title": "Operative Note - Mohs x2",
    "note": HDR + """03/03/2026 - Gustav Lindell, 79 M.  Two tumours today.

1. Left nasolabial fold, nodular BCC, 0.9 cm. We took our first stage as three blocks - positive at 4 o'clock.
   Our second stage was two blocks and came back clear. Defect 1.5 x 1.2 cm. We closed it in layers within the
   nasolabial fold, 4-0 Monocryl buried and 6-0 nylon, 2.8 cm.

2. Right dorsal forearm, poorly differentiated SCC 2.2 cm (biopsy 02/11). Because of the width we had to cut the
   first stage into six blocks; tumour was present in block 5 at the deep margin. We took a second stage as two
   blocks: clear. Defect 3.4 x 2.9 cm. We undermined and closed it in layers, 3-0 Vicryl deep and 4-0 nylon
   vertical mattress, 5.5 cm.

Both sections read by me. He did well. Sutures out: face 1 week, arm 2 weeks.
Samuel Weiss, MD
""",
    "expected": E([L("17311"), L("17312"), L("17313"), L("17314"), L("17315"), L("12052", 1, "XS"), L("12032")],
                  dx={"17311": ["C44.319"], "17313": ["C44.622"]}),
    "coder_note": "Forearm stage 1 had six blocks -> 17315 x1 (missing from the charge entry). 12032/12052 is a PTP "
                  "ind-1 pair; the two repairs are different wounds -> XS on 12052.",
})

SCENARIOS.append({
    "id": "s67-mohs-neck-and-scalp-two-bcc",
    "family": "mohs", "shape": "free-text",
    "description": "BCC R posterior neck 1 stage + BCC L parietal scalp 3 stages; layered neck 3.0 cm and scalp 3.6 cm; "
                   "commercial BCBS",
    "date": "2026-03-10",
    "patient": ("Castellano", "Renata", "1966-01-16", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 190,
    "conditions": [
        C("c1", "Basal cell carcinoma, right posterior neck", "C44.41", "Right posterior neck", reason=True),
        C("c2", "Basal cell carcinoma, infiltrative, left parietal scalp", "C44.41", "Left parietal scalp",
          reason=True),
    ],
    "procedures": [
        P("Mohs - neck", site="Right posterior neck",
          note="Nodular BCC 1.0 cm. First stage four blocks, clear.", reasons=["c1"]),
        P("Mohs - scalp", site="Left parietal scalp (hair-bearing)",
          note="Infiltrative BCC 1.3 cm. Stage 1: 3 blocks, + at 7:00. Stage 2: 2 blocks, + deep at 7:00. "
               "Stage 3: 1 block, clear.", reasons=["c2"]),
        P("Layered repair neck", site="Right posterior neck",
          note="Deep 4-0 Monocryl + 5-0 nylon, 3.0 cm.", reasons=["c1"]),
        P("Layered repair scalp", site="Left parietal scalp",
          note="Subgaleal undermining, 3-0 Vicryl deep, staples. 3.6 cm.", reasons=["c2"]),
    ],
    "note_title": "Mohs Surgery - Two Sites",
    "note": HDR + """Renata Castellano, 60 F - 03/10/2026

Two biopsy-proven BCCs today (outside biopsies 02/2026, both read as BCC; the scalp one infiltrative).
Healthy, on no blood thinners. Consent for both sites signed; time-out for each.

Neck: we took our first stage as four blocks and it was clear, so one stage only. Defect 1.6 x 1.3 cm.
Scalp: the tumour was infiltrative and we had to go back twice - three stages in all (3, then 2, then 1 block).
Defect 2.0 x 1.7 cm in hair-bearing scalp.

We closed both in layers - neck along a skin crease, scalp after subgaleal undermining with staples on top.
Lengths are in the procedure entries (3.0 cm neck, 3.6 cm scalp).

She'd also like us to look at a mole on her back at her next visit; nothing done with it today.
Staples and sutures out in 10-12 days. Skin check in 6 months.
Samuel Weiss, MD
""",
    "expected": E([L("17311", 2), L("17312", 2), L("12032"), L("12042", 1, "XS")],
                  dx={"12032": ["C44.41"], "12042": ["C44.41"]}),
    "coder_note": "Two 17311 sites; scalp stages 2 and 3 -> 17312 x2. Neck intermediate 3.0 cm -> 12042 and scalp "
                  "intermediate 3.6 cm -> 12032 are different repair groups (not summed); 12032/12042 ind 1, "
                  "different wounds -> XS on 12042.",
})

SCENARIOS.append({
    "id": "s67-repair-next-day-complex-nasal-dorsum",
    "family": "repair", "shape": "note-only",
    "description": "Delayed repair the day after Mohs (17311 yesterday, 000 global): complex repair L nasal dorsum "
                   "2.4 cm; Medicare Advantage",
    "date": "2026-02-10",
    "patient": ("Ashdown", "Beatrice", "1941-04-25", "female"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 70,
    "conditions": [
        C("c1", "Basal cell carcinoma, left nasal dorsum (Mohs 02/09/2026, margins clear)", "C44.311",
          "Left nasal dorsum", reason=True),
    ],
    "prior": [
        PRIOR("2026-02-09", "17311", "Mohs micrographic surgery, first stage", "Left nasal dorsum",
              "One stage, three blocks, clear. Defect dressed; repair scheduled next morning."),
    ],
    "note_title": "Reconstruction Note",
    "note": HDR + """Beatrice Ashdown, 84 F - 02/10/2026 - delayed repair

Yesterday we cleared a BCC of the left nasal dorsum in a single Mohs stage. She was exhausted and her blood pressure
was up, so we dressed the wound and brought her back this morning for the repair.

The 1.6 x 1.1 cm defect had dried overnight and the edges were crusted and devitalized. We debrided the wound
edges sharply to fresh bleeding tissue, then undermined widely over the nasal dorsum and sidewalls in the
submuscular plane. Layered closure: 5-0 Monocryl buried, 6-0 Prolene running. Final length 2.4 cm.
Tolerated well. Sutures out next Tuesday.
Samuel Weiss, MD
""",
    "expected": E([L("13151")], dx={"13151": ["C44.311"]}),
    "coder_note": "Complex (debridement of wound edges + extensive undermining) nose 2.4 cm -> 13151. Yesterday's Mohs "
                  "has a 000 global, so no global-period modifier applies today.",
})

# =============================================================================================================
# Repairs
# =============================================================================================================

SCENARIOS.append({
    "id": "s67-repair-two-face-layered-not-summed",
    "family": "repair", "shape": "pre-coded",
    "description": "Mohs R nasal sidewall BCC (1 stage) + L cheek BCC (2 stages); two layered face repairs 1.9 + 2.9 cm "
                   "charged as 12051 + 12052 instead of one summed 12052; Aetna",
    "date": "2026-03-17",
    "patient": ("Merriweather", "Dolores", "1958-10-09", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 170,
    "conditions": [
        C("c1", "Basal cell carcinoma, right nasal sidewall", "C44.311", "Right nasal sidewall", reason=True),
        C("c2", "Basal cell carcinoma, left mid cheek", "C44.319", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Mohs first stage - R nasal sidewall", cpt="17311", site="Right nasal sidewall", reasons=["c1"]),
        P("Mohs first stage - L cheek", cpt="17311", site="Left cheek", reasons=["c2"]),
        P("Mohs additional stage - L cheek", cpt="17312", site="Left cheek", reasons=["c2"]),
        P("Intermediate repair, face, 1.9 cm", cpt="12051", site="Right nasal sidewall", reasons=["c1"]),
        P("Intermediate repair, face, 2.9 cm", cpt="12052", site="Left cheek", reasons=["c2"]),
    ],
    "note_title": "Mohs Operative Note",
    "note": HDR + """Dolores Merriweather, 67 F - 03/17/2026

Right nasal sidewall BCC: we took one stage of three blocks; clear. Defect 0.9 x 0.7 cm. We closed it in two
layers (5-0 Monocryl, 6-0 Prolene), 1.9 cm, oriented along the sidewall.

Left cheek BCC: first stage of two blocks showed tumour at 11 o'clock, so we took a second stage of one block,
which was clear. Defect 1.3 x 1.0 cm. Layered closure, 4-0 Monocryl deep and 5-0 Prolene, 2.9 cm.

Both frozen and read by me. No complications.
Samuel Weiss, MD
""",
    "expected": E([L("17311", 2), L("17312"), L("12052")], topics=["coding-correction"]),
    "coder_note": "REP-1: both repairs are intermediate and in the same group (face/nose 12051-12057) -> add 1.9 + 2.9 = "
                  "4.8 cm -> one 12052 (and 12052/12051 is ind 0 anyway).",
})

SCENARIOS.append({
    "id": "s67-repair-complex-under-one-cm-temple",
    "family": "repair", "shape": "pre-coded",
    "description": "Mohs R temple BCC 1 stage; 0.9 cm layered closure charged as complex 13131; Medicaid",
    "date": "2026-03-24",
    "patient": ("Halloran", "Desmond", "1963-06-18", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 90,
    "conditions": [
        C("c1", "Basal cell carcinoma, right temple", "C44.319", "Right temple", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, first stage", cpt="17311", site="Right temple", reasons=["c1"]),
        P("Complex repair", cpt="13131", site="Right temple", reasons=["c1"],
          note="Complex closure 0.9 cm"),
    ],
    "note_title": "Mohs Note",
    "note": HDR + """Desmond Halloran, 62 M. 03/24/2026. Mohs, right temple.

Small nodular BCC (0.4 cm) on the right temple, biopsy 02/26 at our office.
Meds: metformin, atorvastatin. No anticoagulants. Consent signed, site marked and confirmed.
Local: 1% lidocaine with epinephrine, 2 mL.
We took a single stage as two blocks, and it was
clear. The round defect was 0.5 cm. We undermined a little around it and closed it side to side in two layers -
one buried 5-0 Vicryl and 6-0 nylon interrupted. Closure length 0.9 cm. (Charted as a "complex closure" by
the template; there was no debridement, no exposed structure, no free margin involved.)
Sutures out in 6 days.
Samuel Weiss, MD
""",
    "expected": E([L("17311"), L("12051")], topics=["coding-correction"]),
    "coder_note": "REP-2: a complex repair of 1.0 cm or less is coded as simple/intermediate; layered closure on the "
                  "face 0.9 cm -> 12051 instead of 13131.",
})

SCENARIOS.append({
    "id": "s67-repair-chest-scc-length-not-recorded",
    "family": "repair", "shape": "note-only",
    "description": "Mohs central chest SCC 2 stages; layered closure documented without a length; Medicare FFS",
    "date": "2026-03-31",
    "patient": ("Sorensen", "Walter", "1947-01-03", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 130,
    "conditions": [
        C("c1", "Squamous cell carcinoma, poorly differentiated, central chest", "C44.529", "Central chest",
          reason=True),
    ],
    "note_title": "Mohs Operative Report",
    "note": HDR + """Walter Sorensen, 79 M - DOS 03/31/2026 - Mohs, presternal chest.

Indication: 2.2 cm poorly differentiated SCC on the presternal chest (biopsy 03/05/2026). Size and histology
meet criteria for Mohs on the trunk.

We took a first stage as four blocks. We found tumour at the deep margin centrally and at 8 o'clock, so we took
a second stage of two blocks, which cleared it. Final defect 3.0 x 2.4 cm.
Because of the presternal tension we undermined in the fascial plane and closed in layers with buried 3-0 PDS
and 4-0 nylon vertical mattress sutures. [closure length not entered]
Keloid risk discussed; silicone gel once healed.
Samuel Weiss, MD
""",
    "expected": E([L("17313"), L("17314")], topics=["missing-documentation"]),
    "coder_note": "README: no repair length -> no repair line + missing-documentation. Trunk Mohs 2 stages -> 17313 + "
                  "17314.",
})

# =============================================================================================================
# Excisions
# =============================================================================================================

SCENARIOS.append({
    "id": "s67-exm-back-mis-wide-excision-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Wide excision of melanoma in situ R upper back, 1.0 cm biopsy scar + 0.5 cm margins, layered "
                   "closure 6.5 cm; Medicare FFS",
    "date": "2026-04-07",
    "patient": ("Whitcombe", "Eleanor", "1955-02-11", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Melanoma in situ, right upper back", "D03.59", "Right upper back", reason=True),
        C("c2", "Melanocytic nevi, trunk", "D22.5", "Back"),
    ],
    "path": [
        {"text": "Skin, right upper back, wide excision: residual melanoma in situ, lentiginous; all margins free "
                 "(closest 4 mm).", "site": "Right upper back"},
    ],
    "note_title": "Excision Note",
    "note": HDR + """Eleanor Whitcombe, 71 F - 04/07/2026

Melanoma in situ of the right upper back on our shave biopsy of 03/17/2026. Today is the wide local excision.
The residual pigmented biopsy scar measures 1.0 x 0.6 cm. We marked 0.5 cm margins around it all the way round
and excised the ellipse down to fascia, oriented with a suture at 12 o'clock for pathology.
Defect closed in layers: buried 3-0 Vicryl, running 4-0 nylon. Closure length 6.5 cm.

She also asked about two brown moles on the left flank; they look like ordinary benign nevi on dermoscopy and we
are simply watching them.
Path as above. Follow-up full-skin exams every 6 months.
Samuel Weiss, MD
""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["D03.59"]}),
    "coder_note": "EX-1/EX-3: 1.0 + 2 x 0.5 = 2.0 cm on trunk, melanoma in situ -> malignant 11602. Layered 6.5 cm "
                  "trunk -> 12032 separately. Nevi only observed.",
})

SCENARIOS.append({
    "id": "s67-exm-forearm-scc-reexcision-in-global",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision of positive-margin SCC L forearm 7 days after the first excision (inside 010 global): "
                   "scar 1.8 cm + 0.4 cm margins; Aetna",
    "date": "2026-03-09",
    "patient": ("Rutledge", "Cornelius", "1960-08-05", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma, left forearm, positive lateral margin", "C44.629", "Left dorsal forearm",
          reason=True),
    ],
    "prior": [
        PRIOR("2026-03-02", "11602", "Excision malignant lesion, arm, 1.1-2.0 cm", "Left dorsal forearm",
              "SCC 1.0 cm, 0.3 cm margins. Path: well-differentiated SCC, lateral margin involved."),
    ],
    "procedures": [
        P("Re-excision of SCC for positive margin", site="Left dorsal forearm",
          note="Healing excision scar 1.8 cm long. Re-excised with 0.4 cm margins around the scar to fascia. "
               "Simple interrupted closure 4-0 nylon.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left forearm, re-excision: scar with no residual carcinoma; margins free.",
         "site": "Left forearm"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Cornelius Rutledge, 65 M - 03/09/2026

Last Monday (03/02) we excised a well-differentiated SCC from his left forearm; pathology showed the lateral
margin was involved. We offered Mohs or a re-excision; he preferred a re-excision in the office.
This is the planned second procedure for the same tumour.

The first wound has healed well, no infection. The healing scar measures 1.8 cm.
Consent signed. 1% lidocaine with epinephrine.
We re-excised the 1.8 cm scar with 4 mm margins all round, down to fascia, and oriented the specimen.
Closed with simple interrupted 4-0 nylon - no layered closure needed.

Addendum 03/12: pathology - scar, no residual tumour, margins free. Patient informed.
Sutures out in 10 days. Skin check every 6 months for 2 years.
Samuel Weiss, MD
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period"], dx={"11603": ["C44.629"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of the first excision -> 58; "
                  "still coded malignant although the specimen is negative. 1.8 + 2 x 0.4 = 2.6 cm arm -> 11603. "
                  "Simple closure included.",
})

SCENARIOS.append({
    "id": "s67-exm-arm-nodule-path-bcc-precoded-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Excision R upper arm nodule (clinically cyst vs BCC) 0.9 cm + 0.2 cm margins, layered 3.0 cm; "
                   "pre-coded benign 11402, path BCC; Medicare Advantage PPO",
    "date": "2026-04-14",
    "patient": ("Ingersoll", "Mabel", "1949-12-19", "female"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 50,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right upper arm", "C44.612", "Right upper arm", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, arm, 1.1-2.0 cm", cpt="11402", site="Right upper arm", reasons=["c1"],
          note="Firm 0.9 cm nodule, cyst vs BCC clinically. Excised with 2 mm margins."),
        P("Intermediate repair, arm, 3.0 cm", cpt="12032", site="Right upper arm", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right upper arm, excision: basal cell carcinoma, nodular type; margins clear.",
         "site": "Right upper arm"},
    ],
    "note_title": "Excision Note",
    "note": HDR + """Mabel Ingersoll, 76 F - 04/14/2026. General clinic day (between Mohs cases).

Firm, slightly shiny 0.9 cm nodule on the right upper arm, growing slowly over a year; it bled once after
she bumped it. No prior skin cancer. On apixaban for AF - continued.
Exam: dome-shaped 0.9 cm nodule with a few fine telangiectasias, no punctum.
Looks like a cyst, but we could not exclude a BCC, so we excised it rather than biopsy. 2 mm margins around the nodule, ellipse to fat.
Layered closure (4-0 Vicryl buried, 4-0 nylon), 3.0 cm. Specimen to pathology.
Addendum 04/17: pathology - nodular BCC, margins clear. Called patient. Surveillance in 6 months.
Samuel Weiss, MD
""",
    "expected": E([L("11602"), L("12032")], topics=["coding-correction"], dx={"11602": ["C44.612"]}),
    "coder_note": "EX-3: the benign/malignant excision family follows final pathology -> BCC makes it 11602 (0.9 + 0.4 "
                  "= 1.3 cm, arm). Layered 3.0 cm arm -> 12032 stays.",
})

SCENARIOS.append({
    "id": "s67-exb-inflamed-cyst-back-no-lesion-size",
    "family": "excision-benign", "shape": "note-only",
    "description": "Excision of recurrently inflamed epidermoid cyst upper back; only ellipse and closure length "
                   "recorded (3.0 cm), no cyst size; Cigna",
    "date": "2026-04-21",
    "patient": ("Tremaine", "Jerome", "1979-03-27", "male"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Epidermal cyst, upper back, recurrently inflamed", "L72.0", "Upper back, midline", reason=True),
    ],
    "path": [
        {"text": "Skin and subcutis, upper back, excision: ruptured epidermal inclusion cyst with foreign-body giant "
                 "cell reaction.", "site": "Upper back"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Jerome Tremaine, 47 M - 04/21/2026

Cyst between the shoulder blades that has become red, swollen and painful three times in the past year, drained
by urgent care once. Quiet today. He wants it out.
We anesthetized the area and made a fusiform incision over the cyst, 3.0 cm long, dissected the cyst out intact
along with its punctum, and sent it to pathology.
The dead space was closed with buried 3-0 Vicryl and the skin with 4-0 nylon - layered closure 3.0 cm.
Sutures out in 12 days.
Samuel Weiss, MD
""",
    "expected": E([L("12032")], topics=["missing-documentation"], dx={"12032": ["L72.0"]}),
    "coder_note": "README: no lesion (cyst) size -> no excision line + missing-documentation; the incision length is not "
                  "the excised diameter. The documented layered closure 3.0 cm on the back is kept -> 12032.",
})

SCENARIOS.append({
    "id": "s67-exb-scalp-changing-nevus-atypia",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision of changing scalp nevus 0.6 cm + 0.2 cm margins, path moderately atypical nevus; Medicaid "
                   "MCO",
    "date": "2026-04-28",
    "patient": ("Okafor-Bell", "Tamsin", "1988-07-07", "female"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Melanocytic nevus of scalp, changing", "D22.4", "Left occipital scalp", reason=True),
    ],
    "procedures": [
        P("Excision of pigmented lesion", site="Left occipital scalp",
          note="Irregular brown papule 0.6 cm, darker and larger per patient's hairdresser. Excised with 2 mm margins. "
               "Simple closure 4-0 nylon.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left occipital scalp, excision: compound dysplastic nevus with moderate architectural and "
                 "cytologic atypia; margins free.", "site": "Left occipital scalp"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Tamsin Okafor-Bell, 37 F - 04/28/2026 (general derm clinic)
Her hairdresser noticed the scalp mole getting darker over the last 6 months.
No personal or family history of melanoma. Otherwise well; on an oral contraceptive only.
Exam: 0.6 cm irregular brown papule, left occipital scalp. Dermoscopy: asymmetric network with a darker blotch.
Because of the change we recommended complete excision rather than a partial sample.
Consent signed. Hair clipped, 1% lidocaine with epinephrine.
We excised it with 2 mm margins to fat and closed it simply with 4-0 nylon.
Path: moderately atypical compound nevus, clear margins - no further surgery needed.
Sutures out in 10 days; routine skin checks yearly.
Samuel Weiss, MD
""",
    "expected": E([L("11421")], dx={"11421": ["D22.4"]}),
    "coder_note": "EX-1/EX-3: 0.6 + 2 x 0.2 = 1.0 cm, scalp (SNHFG), benign (atypia is not malignant) -> 11421. "
                  "Simple closure included.",
})

# =============================================================================================================
# Biopsies
# =============================================================================================================

SCENARIOS.append({
    "id": "s67-bx-punch-thigh-two-tangential-trunk",
    "family": "biopsy", "shape": "note-only",
    "description": "General clinic: punch bx L thigh plaque + tangential bx R chest and L back; one more lesion only "
                   "watched; Medicare FFS",
    "date": "2026-05-05",
    "patient": ("Gruenewald", "Otto", "1945-09-30", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Lichen planus, left thigh", "L43.9", "Left anterior thigh", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right upper chest", "D04.5", "Right upper chest", reason=True),
        C("c3", "Basal cell carcinoma, superficial, left mid back", "C44.519", "Left mid back", reason=True),
        C("c4", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "path": [
        {"text": "A. Skin, left thigh, punch: lichen planus.", "site": "Left thigh"},
        {"text": "B. Skin, right upper chest, shave biopsy: squamous cell carcinoma in situ, extends to base.",
         "site": "Right upper chest"},
        {"text": "C. Skin, left mid back, shave biopsy: superficial basal cell carcinoma.", "site": "Left mid back"},
    ],
    "note_title": "Clinic Note",
    "note": HDR + """Otto Gruenewald, 80 M - 05/05/2026 - general clinic, 6-month skin check after his 2025 Mohs (R ear).

Ear scar looks good. Three new problems today:
  - Left anterior thigh: itchy violaceous flat-topped plaque, 2 cm. We took a 4 mm punch biopsy; one nylon
    suture.
  - Right upper chest: scaly pink papule 0.7 cm. Tangential (shave) biopsy.
  - Left mid back: shiny pink patch 0.9 cm. Tangential biopsy.
A 3 mm brown macule on the right shin looks like a solar lentigo; if it changes we'll biopsy it next time.
Specimens A-C to pathology. Results (05/08) as above; we'll schedule treatment of B and C.
Samuel Weiss, MD
""",
    "expected": E([L("11104"), L("11103", 2)]),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary + 11103 x2 for the two tangential biopsies. The shin "
                  "macule is only a hypothetical future biopsy.",
})

SCENARIOS.append({
    "id": "s67-bx-precoded-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two tangential biopsies (L forearm, R cheek) charged with deleted codes 11100/11101; Cigna",
    "date": "2026-05-12",
    "patient": ("Pemberton", "Alistair", "1970-04-02", "male"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Neoplasm of uncertain behavior of skin - see path", "D48.5", "Left forearm", reason=True),
        C("c2", "Actinic keratosis, hypertrophic, right cheek", "L57.0", "Right cheek", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", cpt="11100", site="Left forearm", reasons=["c1"],
          note="Shave biopsy of 0.6 cm pink scaly papule."),
        P("Biopsy of skin, each additional lesion", cpt="11101", site="Right cheek", reasons=["c2"],
          note="Shave biopsy of 0.5 cm thick keratotic papule."),
    ],
    "path": [
        {"text": "A. Left forearm, shave biopsy: atypical squamous proliferation; cannot distinguish between "
                 "hypertrophic actinic keratosis and early squamous cell carcinoma on this sample.",
         "site": "Left forearm"},
        {"text": "B. Right cheek, shave biopsy: hypertrophic actinic keratosis.", "site": "Right cheek"},
    ],
    "note_title": "Clinic Note",
    "note": HDR + """Alistair Pemberton, 56 M - 05/12/2026
Two scaly papules he's worried about; both have been there ~3 months and are tender when he shaves/works.
Landscaper, lots of sun. No prior skin cancer.
Exam: left forearm 0.6 cm pink scaly papule; right cheek 0.5 cm thick keratotic papule.
Consent signed. 1% lidocaine with epi.
We did shave (tangential) biopsies of the left forearm papule and the right cheek papule; aluminum chloride.
Path above; forearm lesion is indeterminate, so we will re-evaluate and likely excise it.
The cheek lesion is an AK and needs nothing further beyond sun protection.
Return in 3 weeks.
Samuel Weiss, MD
""",
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted in 2019 -> tangential technique -> 11102 + 11103.",
})

SCENARIOS.append({
    "id": "s67-bx-wedge-leg-punch-arm-eczema-em25",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional wedge bx R shin plaque + punch bx L forearm; separately managed atopic dermatitis flare "
                   "with new systemic Rx -> 99214-25; UnitedHealthcare",
    "date": "2026-05-19",
    "patient": ("Achterberg", "Noor", "1984-11-23", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 55, "em": "99214",
    "conditions": [
        C("c1", "Indurated plaque, right shin - morphea vs panniculitis (path pending at visit)", None,
          "Right shin", reason=True),
        C("c2", "Annular papules, left forearm", None, "Left forearm", reason=True),
        C("c3", "Atopic dermatitis, flare", "L20.9", "Flexures, neck, hands", reason=True),
    ],
    "procedures": [
        P("Incisional (wedge) biopsy", site="Right shin",
          note="3 cm indurated hyperpigmented plaque. Fusiform wedge to subcutaneous fat taken with a #15 blade "
               "from the edge of the plaque; 3 simple sutures.", reasons=["c1"]),
        P("Punch biopsy", site="Left forearm",
          note="Ring of skin-coloured papules. 4 mm punch, 1 suture.", reasons=["c2"]),
        P("Office visit - atopic dermatitis", site="Flexures",
          note="Flare despite triamcinolone and tacrolimus; EASI 19. Started dupilumab (loading dose given by RN "
               "teaching), counselled on conjunctivitis.", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Right shin, incisional biopsy: morphea (circumscribed), inflammatory stage.", "site": "Right shin"},
        {"text": "B. Left forearm, punch: granuloma annulare.", "site": "Left forearm"},
    ],
    "note_title": "Clinic Note",
    "note": HDR + """Noor Achterberg, 41 F - 05/19/2026 (general clinic)

1. Right shin plaque x 4 months, firm and shiny. Deep process suspected, so we did a wedge (incisional) biopsy
   with a blade to include fat.
2. Left forearm annular papules - 4 mm punch biopsy.
3. Her eczema has been flaring for two months - neck, antecubital and popliteal fossae, hands; sleep disrupted.
   Failed mid-potency steroid and tacrolimus. We examined the full skin, calculated EASI, discussed systemic
   options and started dupilumab 600 mg load then 300 mg q2w; prior auth submitted. This took a good part of the
   visit and is separate from the biopsies.
Path (05/22): A morphea, B granuloma annulare - will review at follow-up.
Samuel Weiss, MD
""",
    "expected": E([L("11106"), L("11105"), L("99214", 1, "25")], dx={"99214": ["L20.9"]}),
    "coder_note": "BX-2: incisional outranks punch -> 11106 + 11105. Atopic dermatitis flare with new systemic drug "
                  "management is separately identifiable -> 99214-25.",
})

# =============================================================================================================
# Destruction
# =============================================================================================================

SCENARIOS.append({
    "id": "s67-ds-sixteen-aks-precoded-17000-17003",
    "family": "destruction", "shape": "pre-coded",
    "description": "16 AKs scalp/face frozen at 3-month post-Mohs visit; charged 17000 + 17003 x15; Medicare FFS",
    "date": "2026-05-26",
    "patient": ("Tolliver", "Roy", "1943-06-12", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp and face", "L57.0", "Scalp, forehead, cheeks", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Scalp", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional (2-14) x15", cpt="17003", site="Scalp and face",
          reasons=["c1"], note="Units entered: 15"),
    ],
    "note_title": "Clinic Note",
    "note": HDR + """Roy Tolliver, 82 M - 05/26/2026

Three months after Mohs of his left temple BCC - scar is flat and pale, no recurrence.
He is here mainly for his actinic keratoses, which keep coming back on the scalp and face.
Meds: tamsulosin, aspirin. Retired farmer.
Exam of head and neck: many rough erythematous scaly papules; no nodules, no ulcers.
Actinic keratoses: we froze sixteen (16) AKs with liquid nitrogen, two freeze-thaw cycles each: 9 on the bald
scalp, 4 on the forehead, 3 on the cheeks.
Post-cryo care reviewed (blister, crust, 2-3 weeks).
Discussed 5-FU field treatment for the scalp in the winter.
Return 4 months.
Samuel Weiss, MD
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more AKs -> 17004 x1 instead of 17000/17003 (17003 x15 would also exceed the 13-unit "
                  "range). The post-Mohs scar check is not a separate service.",
})

SCENARIOS.append({
    "id": "s67-ds-hand-warts-and-facial-aks-xs",
    "family": "destruction", "shape": "free-text",
    "description": "Cryo of 4 spreading hand warts (17110) and 3 facial AKs (17000 + 17003 x2) same visit; XS on the "
                   "AK lines; Medicaid MCO",
    "date": "2026-06-02",
    "patient": ("Espinal", "Rogelio", "1964-02-09", "male"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Verruca vulgaris, hands, spreading", "B07.8", "Both hands", reason=True),
        C("c2", "Actinic keratoses, face", "L57.0", "Nose, left cheek", reason=True),
    ],
    "procedures": [
        P("Cryotherapy warts", site="Right index finger, right thumb, left palm x2",
          note="Four verrucae; two of them new in the last month, spreading. LN2 2 cycles.", reasons=["c1"]),
        P("Cryotherapy AKs", site="Nasal dorsum, left cheek x2",
          note="Three AKs, LN2 10 s each.", reasons=["c2"]),
    ],
    "note_title": "Clinic Note",
    "note": HDR + """Rogelio Espinal, 62 M - 06/02/2026
Warts on both hands are multiplying (4 now, 2 new since April) and crack and bleed when he works on cars.
Tried OTC salicylic acid for two months without success.
Exam: verrucous papules - right index finger, right thumb, two on the left palm.
Also three gritty erythematous AKs on the nasal dorsum and left cheek.
Consent for cryotherapy given verbally.
We froze all four warts (LN2, 2 cycles, 2 mm halo) after paring the surface with a blade.
The three AKs on the nose and left cheek were frozen as well (single 10 s cycle).
Blister care and duct-tape occlusion between visits explained.
Recheck 4 weeks for repeat wart treatment.
Samuel Weiss, MD
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 2, "XS")],
                  dx={"17110": ["B07.8"], "17000": ["L57.0"]}),
    "coder_note": "Warts (benign, up to 14) -> 17110; AKs 3 -> 17000 + 17003 x2. 17110/17000 and 17110/17003 are "
                  "ind-1 edits; different lesions -> XS on the AK lines.",
})

SCENARIOS.append({
    "id": "s67-ds-edc-sccis-forearm-aks-uncounted",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C of biopsy-proven SCCIS R forearm (final defect 1.2 cm) + AKs frozen with no count; Medicare NGS",
    "date": "2026-06-09",
    "patient": ("Bellweather", "Ida", "1940-10-28", "female"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 30,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right forearm", "D04.61", "Right dorsal forearm", reason=True),
        C("c2", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Ida Bellweather, 85 F - 06/09/2026

SCC in situ of the right dorsal forearm (our shave biopsy 05/12/2026). She does not want Mohs or an excision at
85, and ED&C is reasonable for SCCIS on the forearm. Consent signed.
We curetted the lesion vigorously, desiccated the base, and repeated curettage and desiccation twice more.
Final defect 1.2 cm in diameter. Vaseline dressing.

Also froze multiple AKs scattered over her scalp with liquid nitrogen.
Recheck 3 months.
Samuel Weiss, MD
""",
    "expected": E([L("17262")], topics=["missing-documentation"], dx={"17262": ["D04.61"]}),
    "coder_note": "DS-4: malignant destruction (D04 counts) arm, final defect 1.2 cm -> 17262. AKs 'multiple' without a "
                  "count -> no 17000/17003/17004 line + missing-documentation.",
})

# =============================================================================================================
# E/M only
# =============================================================================================================

SCENARIOS.append({
    "id": "s67-em-medicare-screening-skin-check-gy",
    "family": "em", "shape": "note-only",
    "description": "New Medicare FFS pt for a screening full-skin exam: no history, no complaint, nothing found -> "
                   "99203-GY",
    "date": "2026-06-16",
    "patient": ("Lowenstein", "Marcus", "1958-05-05", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": HDR + """Marcus Lowenstein, 68 M - 06/16/2026 - new patient

He just turned Medicare age and his wife (our Mohs patient) asked him to get "a baseline skin check". He has no
skin complaints, no new or changing spots, no personal history of skin cancer and no family history of melanoma.
No prior biopsies. Full-skin exam including scalp, genitals and feet: scattered lentigines and a few cherry
angiomas; no suspicious lesions. Nothing treated, nothing biopsied.
Counselled on sun protection and self-exam; ABCDE handout given.
Total time 30 minutes including documentation.
Return as needed.
Samuel Weiss, MD
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5/README: screening-only full-skin exam on Medicare FFS with no history, complaint or finding -> "
                  "E/M with GY.",
})

SCENARIOS.append({
    "id": "s67-em-rosacea-post-mohs-surveillance",
    "family": "em", "shape": "note-only",
    "description": "Established pt: rosacea Rx management + BCC history surveillance, AK treatment only planned; "
                   "99214 kept as selected; BCBS",
    "date": "2026-06-23",
    "patient": ("Carrow", "Helena", "1969-03-15", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 32, "em": "99214",
    "conditions": [
        C("c1", "Rosacea, papulopustular", "L71.9", "Central face", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", reason=True),
        C("c3", "Actinic keratoses, dorsal hands", "L57.0", "Dorsal hands"),
    ],
    "note_title": "Follow-up Visit",
    "note": HDR + """Helena Carrow, 57 F - 06/23/2026 - follow-up

1) Rosacea: worse since spring, papules and pustules on the cheeks and chin, flushing with wine. Metronidazole gel
   no longer enough. Started doxycycline 40 mg MR daily and ivermectin 1% cream nightly; reviewed photosensitivity.
2) History of BCC (Mohs of the left nasal ala, January): full-skin exam done; ala scar fine, no new suspicious
   lesions.
3) A few rough AKs on the backs of her hands - we talked about freezing them at her next visit or field 5-FU in
   the autumn; she wants to wait. Nothing treated today.
Total time 32 minutes. Return 3 months.
Samuel Weiss, MD
""",
    "expected": E([L("99214")], dx={"99214": ["L71.9"]}),
    "coder_note": "E/M only, level kept as selected; AK treatment is only planned, so no procedure line and no 25.",
})

# =============================================================================================================
# Post-op / global period
# =============================================================================================================

SCENARIOS.append({
    "id": "s67-postop-suture-removal-leg-em-charged",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 8 days after leg Mohs + intermediate repair (010 global); charged 99212; "
                   "Medicare FFS",
    "date": "2026-05-19",
    "patient": ("Faulkner", "Geraldine", "1950-01-21", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Squamous cell carcinoma, right calf, treated", "C44.722", "Right calf"),
    ],
    "prior": [
        PRIOR("2026-05-11", "17313", "Mohs, trunk/arms/legs, first stage", "Right calf"),
        PRIOR("2026-05-11", "12032", "Intermediate repair 4.6 cm", "Right calf",
              "Layered closure after Mohs, 4.6 cm."),
    ],
    "note_title": "Post-op Visit",
    "note": HDR + """Geraldine Faulkner, 76 F - 05/19/2026
Post-op day 8 after Mohs (SCC) and layered closure on the right calf.
She has kept the leg elevated as instructed and has had little pain - Tylenol twice only.
Wound: intact 4.6 cm linear repair, edges well approximated, no erythema, warmth or drainage.
Mild bruising around the incision, expected.
We removed the nylon sutures and placed Steri-Strips.
Scar care: silicone gel after 2 weeks, sun protection.
No other issues raised and nothing else examined today.
Charge entered by the front desk as a level-2 visit.
Next: 3-month skin check.
Samuel Weiss, MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5/conventions: routine post-op visit inside the 10-day global of 12032 -> 99024, not an E/M.",
})

SCENARIOS.append({
    "id": "s67-postop-cheek-flap-global-new-shin-bx-79",
    "family": "post-op", "shape": "note-only",
    "description": "Three weeks after L cheek flap (14040, 090 global): new bleeding shin lesion, tangential bx -> "
                   "11102-79; flap not addressed; Medicare Advantage",
    "date": "2026-04-21",
    "patient": ("Marchbank", "Ophelia", "1953-08-16", "female"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Squamous cell carcinoma, keratoacanthoma type, right shin", "C44.722", "Right shin", reason=True),
    ],
    "prior": [
        PRIOR("2026-03-31", "14040", "Adjacent tissue transfer cheek after Mohs", "Left cheek",
              "Rotation flap 8.2 sq cm after Mohs of BCC left cheek."),
    ],
    "path": [
        {"text": "Skin, right shin, shave biopsy: well-differentiated squamous cell carcinoma, keratoacanthoma type.",
         "site": "Right shin"},
    ],
    "note_title": "Clinic Note",
    "note": HDR + """Ophelia Marchbank, 72 F - 04/21/2026

She came in today only for a new, fast-growing bump on the right shin that bleeds when she shaves - first noticed
three weeks ago. (Her cheek flap from 03/31 has its own 6-week check booked for 05/12; she had no concerns about
it and we did not examine it today.)
Right shin: 1.0 cm crateriform keratotic nodule. We performed a tangential (deep shave) biopsy; hemostasis with
aluminum chloride. Path (04/24): well-differentiated SCC, KA type - we'll book excision or Mohs.
Vaseline and bandage daily until healed.
Samuel Weiss, MD
""",
    "expected": E([L("11102", 1, "79")], topics=["global-period"], dx={"11102": ["C44.722"]}),
    "coder_note": "GS-5: unrelated procedure (new lesion) inside the 90-day global of the cheek flap -> 79 on the "
                  "biopsy. No post-op visit component today.",
})

SCENARIOS.append({
    "id": "s67-postop-nasal-flap-global-hand-dermatitis-24",
    "family": "post-op", "shape": "note-only",
    "description": "Five weeks after nasal flap (14060, 090 global): flap glance plus new hand dermatitis evaluated "
                   "and treated; 99213 sent without 24; Medicare FFS",
    "date": "2026-02-17",
    "patient": ("Quist", "Lorraine", "1944-08-19", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis, hands", "L23.9", "Both hands", reason=True),
        C("c2", "Basal cell carcinoma right nasal sidewall, s/p Mohs and flap", "C44.311", "Right nasal sidewall"),
    ],
    "prior": [
        PRIOR("2026-01-13", "14060", "Adjacent tissue transfer nose", "Right nasal sidewall",
              "Rhombic flap 4.4 sq cm after Mohs."),
    ],
    "note_title": "Office Visit",
    "note": HDR + """Lorraine Quist, 81 F - 02/17/2026

Flap on the right nasal sidewall: healing nicely, slight pinkness - expected at five weeks.

New problem: itchy, weeping, cracked dermatitis on the backs of both hands and between the fingers for two weeks,
since she started using a new rubber-gloved dish routine and a scented hand cream. Vesicles at the finger sides.
Impression: allergic contact dermatitis (rubber accelerators vs fragrance). Started clobetasol ointment BID x 2
weeks, cotton-lined vinyl gloves, fragrance-free emollient. If not clear, patch testing.
Allergy history: no prior patch testing; no latex allergy known.
Samuel Weiss, MD
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L23.9"]}),
    "coder_note": "GS-5: E/M for a problem unrelated to the flap inside its 90-day global -> 24. The flap check itself "
                  "is part of the global package.",
})

# =============================================================================================================
# Cosmetic
# =============================================================================================================

SCENARIOS.append({
    "id": "s67-cos-forehead-sks-commercial-scalp-aks",
    "family": "cosmetic", "shape": "free-text",
    "description": "Asymptomatic forehead/temple SKs frozen for appearance (commercial -> off the claim) + 2 scalp AKs "
                   "frozen; BCBS",
    "date": "2026-06-30",
    "patient": ("Abernant", "Lydia", "1962-12-04", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Seborrheic keratoses, forehead and temple, asymptomatic", "L82.1", "Forehead, right temple",
          reason=True),
        C("c2", "Actinic keratoses, scalp", "L57.0", "Vertex scalp", reason=True),
        C("c3", "Encounter for cosmetic procedure", "Z41.8"),
    ],
    "procedures": [
        P("LN2 to seborrheic keratoses", site="Forehead x2, right temple x1",
          note="Three flat tan SKs. Not irritated, not bleeding, not itching, no change. Patient wants them gone "
               "for appearance; self-pay estimate signed.", reasons=["c1"]),
        P("LN2 to actinic keratoses", site="Vertex scalp",
          note="Two rough erythematous AKs, 2 freeze-thaw cycles.", reasons=["c2"]),
    ],
    "note_title": "Clinic Note",
    "note": HDR + """Lydia Abernant, 63 F - 06/30/2026
Here for a spot treatment visit (her yearly skin check was last month; BCC of the back excised 2021).
She dislikes three brown "stuck-on" spots on her forehead and right temple.
Exam: three flat, waxy, tan SKs 4-7 mm - no inflammation, no bleeding, no itch, no recent change.
These are classic SKs, completely asymptomatic; removal is cosmetic. She understands her plan will not pay for
cosmetic removal and agreed to pay for it herself (self-pay estimate signed).
We froze the three SKs with LN2.
Vertex scalp: two rough, tender AKs - frozen with LN2 (2 cycles each).
Sunscreen and a wide-brimmed hat reviewed.
Return for her routine check next year.
Samuel Weiss, MD
""",
    "expected": E([L("17000"), L("17003")], topics=["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "Cosmetic SK destruction for a commercial payer is removed from the claim (cosmetic finding, patient "
                  "billed directly). AKs 2 -> 17000 + 17003. With 17110 gone there is no PTP pair, so no XS.",
})

SCENARIOS.append({
    "id": "s67-cos-medicare-trunk-sks-voluntary-abn-facial-aks",
    "family": "cosmetic", "shape": "note-only",
    "description": "Medicare FFS: 5 asymptomatic trunk SKs frozen at pt request with voluntary ABN (GY+GX) + 4 facial "
                   "AKs frozen (XS)",
    "date": "2026-07-07",
    "patient": ("Hargrove", "Winston", "1941-11-11", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Seborrheic keratoses, trunk", "L82.1", "Back and chest", reason=True),
        C("c2", "Actinic keratoses, face", "L57.0", "Forehead, nose", reason=True),
    ],
    "note_title": "Clinic Note",
    "note": HDR + """Winston Hargrove, 84 M - 07/07/2026 - general clinic day

Actinic keratoses: four on the forehead and nasal bridge, rough and tender to touch. We treated all four with
liquid nitrogen.

Seborrheic keratoses: he has many on his back and chest and asked us to freeze the five largest because he does
not like how they look at the pool. None are irritated, itchy, bleeding, inflamed or changing - they are purely a
cosmetic concern. We explained Medicare does not cover cosmetic removal; he signed our voluntary notice of
non-coverage (ABN, given voluntarily) and chose to proceed. We froze five SKs on the back and chest.

Follow-up 6 months (history of SCC right hand 2023).
Samuel Weiss, MD
""",
    "expected": E([L("17110", 1, "GY", "GX"), L("17000", 1, "XS"), L("17003", 3, "XS")],
                  dx={"17000": ["L57.0"], "17110": ["L82.1"]}),
    "coder_note": "COS-4: cosmetic SK destruction on Medicare FFS -> GY, plus GX for the voluntary ABN. AKs 4 -> 17000 + "
                  "17003 x3, XS for the 17110/17000 and 17110/17003 ind-1 edits (different lesions).",
})

# =============================================================================================================
# Incision and drainage
# =============================================================================================================

SCENARIOS.append({
    "id": "s67-id-buttock-abscess-simple",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Simple I&D of a single buttock abscess; Texas Medicaid",
    "date": "2026-07-14",
    "patient": ("Guidry", "Marquis", "1996-05-18", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Left buttock", reason=True),
    ],
    "procedures": [
        P("Incision and drainage", site="Left upper buttock",
          note="2.5 cm fluctuant tender abscess. Stab incision with #11 blade, ~4 mL pus expressed, cavity irrigated. "
               "No packing needed. Culture sent.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Marquis Guidry, 30 M - 07/14/2026 (urgent add-on to the general clinic)
Painful lump on the left buttock for 4 days, now fluctuant. Afebrile. No prior abscesses, no hidradenitis.
No diabetes. NKDA. Works long shifts sitting as a trucker.
Exam: 2.5 cm tender, fluctuant, erythematous nodule on the left upper buttock, 1 cm rim of erythema,
no lymphangitic streaking, no other lesions.
Verbal consent. Local lidocaine 1% with epi.
Single abscess drained as above; no loculations, no packing.
Warm compresses, doxycycline x 7 days pending culture.
Return precautions for fever or spreading redness. Recheck 1 week if not improving.
Samuel Weiss, MD
""",
    "expected": E([L("10060")], dx={"10060": ["L02.31"]}),
    "coder_note": "Single uncomplicated abscess -> 10060.",
})

SCENARIOS.append({
    "id": "s67-id-two-abscesses-precoded-10060-twice",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Two separate abscesses (L axilla, R groin) drained; charged as 10060 twice instead of 10061; UHC",
    "date": "2026-07-21",
    "patient": ("Vasquez-Lund", "Pilar", "1990-09-02", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess, left axilla", "L02.412", "Left axilla", reason=True),
        C("c2", "Cutaneous abscess, groin", "L02.214", "Right groin", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", cpt="10060", site="Left axilla", reasons=["c1"]),
        P("Incision and drainage of abscess", cpt="10060", site="Right groin", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Pilar Vasquez-Lund, 35 F - 07/21/2026

Two separate painful boils for a week: left axilla 2 cm and right groin 1.5 cm, both fluctuant. No history of
recurrent lesions in these areas; not hidradenitis clinically.
We incised and drained both abscesses through separate incisions, expressed pus, broke up loculations in the
axillary one and packed it with 1/4-inch iodoform gauze. Cultures from both.
Verbal and written consent; 1% lidocaine with epi to each site.
Packing out in 48 h; cephalexin pending cultures. Return sooner for fever.
Samuel Weiss, MD
""",
    "expected": E([L("10061")], topics=["coding-correction"]),
    "coder_note": "Multiple abscesses drained at one session -> 10061 x1 (complicated or multiple), not 10060 twice "
                  "(MUE 1; 10061/10060 ind 1 'more extensive').",
})

# =============================================================================================================
# Intralesional injection
# =============================================================================================================

SCENARIOS.append({
    "id": "s67-il-eight-keloids-precoded-11900",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Triamcinolone 40 mg/mL, 0.8 mL into 8 chest/shoulder keloids; charged 11900 + J3301 x4; Aetna",
    "date": "2026-07-28",
    "patient": ("Nwachukwu", "Obinna", "1993-01-29", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, chest and shoulders", "L91.0", "Presternal chest, both shoulders", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Chest and shoulders", reasons=["c1"]),
        P("Triamcinolone acetonide inj, per 10 mg", cpt="J3301", site="Chest and shoulders", reasons=["c1"],
          note="Units 4"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Obinna Nwachukwu, 33 M - 07/28/2026
Post-acne keloids, itchy and tender, second injection session.
Last session (6 weeks ago) flattened them somewhat and the itch is better.
No atrophy or hypopigmentation at the prior injection sites.
Exam: firm shiny keloids - presternal chest x4, right shoulder x2, left shoulder x2.
Today we injected eight keloids: presternal x4, right shoulder x2, left shoulder x2.
Kenalog-40 (40 mg/mL), 0.1 mL into each, total 0.8 mL = 32 mg, 30-g needle, intralesional.
Charge entry keyed the injection as "up to 7" - see procedure list.
Tolerated well; no vasovagal.
Silicone sheeting between sessions.
Repeat in 6 weeks.
Samuel Weiss, MD
""",
    "expected": E([L("11901"), L("J3301", 4)], topics=["coding-correction"], dx={"11901": ["L91.0"]}),
    "coder_note": "More than 7 lesions -> 11901 instead of 11900. 32 mg / 10 mg -> J3301 x4 (ceil).",
})

SCENARIOS.append({
    "id": "s67-il-alopecia-areata-five-patches",
    "family": "intralesional", "shape": "note-only",
    "description": "Intralesional triamcinolone 10 mg/mL, 6.0 mL into 5 alopecia areata patches; Medicare Advantage PPO",
    "date": "2026-08-04",
    "patient": ("Delacroix", "Simone", "1958-04-14", "female"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Simone Delacroix, 68 F - 08/04/2026
Alopecia areata, 5 patches on the scalp (occipital x2, right parietal, left parietal, vertex), slowly enlarging.
First noticed in the spring; some regrowth of fine white hairs after the last round 6 weeks ago.
No nail pitting. Thyroid panel normal in June.
Exam: five smooth, non-scarring patches, exclamation-point hairs at the margins of the occipital ones.
We injected intralesional triamcinolone acetonide 10 mg/mL with a 30-g needle, ~0.1 mL per site at 1 cm
spacing. Total volume 6.0 mL (60 mg) across the five patches. No atrophy from the last round.
Clobetasol foam nightly between sessions.
Return 6 weeks.
Samuel Weiss, MD
""",
    "expected": E([L("11900"), L("J3301", 6)], dx={"11900": ["L63.9"]}),
    "coder_note": "Five lesions (patches) -> 11900; 60 mg -> J3301 x6.",
})

# =============================================================================================================
# Nails
# =============================================================================================================

SCENARIOS.append({
    "id": "s67-nail-avulsion-right-great-and-second-toe",
    "family": "nails", "shape": "free-text",
    "description": "Avulsion of R great toenail and R second toenail for painful ingrown/dystrophic nails; Medicare FFS",
    "date": "2026-08-11",
    "patient": ("Abbott-Price", "Leonard", "1955-07-09", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe and right second toe", "L60.0", "Right 1st and 2nd toes",
          reason=True),
    ],
    "procedures": [
        P("Nail avulsion", site="Right great toe",
          note="Digital block, complete avulsion of the nail plate. Matrix left intact.", reasons=["c1"]),
        P("Nail avulsion", site="Right second toe",
          note="Complete avulsion of the nail plate, matrix left intact.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Leonard Abbott-Price, 71 M - 08/11/2026
Painful ingrown, thickened nails on the right great toe and right second toe with granulation at the lateral
folds for 2 months; failed soaks, taping and a course of cephalexin from urgent care.
No diabetes, pedal pulses palpable, sensation intact.
Exam: both nails thickened and incurvated, lateral fold granulation tissue, no purulence today.
Consent signed. Digital blocks with 2% plain lidocaine, tourniquet.
We avulsed both nail plates completely (right great toe and right 2nd toe). No chemical matrixectomy today -
he would like to see whether the nails regrow normally first.
Vaseline, nonstick gauze, surgical shoe.
Recheck 2 weeks.
Samuel Weiss, MD
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")], dx={"11730": ["L60.0"]}),
    "coder_note": "First nail 11730, additional nail +11732; digit modifiers T5 (right great toe) and T6 (right 2nd toe).",
})

SCENARIOS.append({
    "id": "s67-nail-matrixectomy-left-great-precoded-with-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "Permanent partial nail + matrix excision L great toe; charge entry also sent 11730 for the same "
                   "nail and no digit modifier; BCBS",
    "date": "2026-08-18",
    "patient": ("Strand", "Mikkel", "1987-02-26", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe, recurrent", "L60.0", "Left great toe, medial border", reason=True),
    ],
    "procedures": [
        P("Excision of nail and nail matrix, partial", cpt="11750", site="Left great toe", reasons=["c1"]),
        P("Avulsion of nail plate", cpt="11730", site="Left great toe", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Mikkel Strand, 39 M - 08/18/2026
Third episode of a medial ingrown nail on the left great toe in a year; the last two were avulsed elsewhere.
Healthy, non-smoker, good circulation.
Exam: medial nail fold swollen and tender with a small rim of granulation tissue; no abscess.
We discussed a permanent partial matrix excision; consent signed.
Digital block with 2% plain lidocaine, tourniquet.
We removed the medial quarter of the nail plate and excised the corresponding horn of the matrix sharply
for a permanent result. Only this one nail was treated; no separate avulsion of the rest of the plate.
Tourniquet off, hemostasis good.
Dressing, recheck 10 days.
Samuel Weiss, MD
""",
    "expected": E([L("11750", 1, "TA")], topics=["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "11750/11730 ind 1 and it is the same nail -> 11730 removed. Left great toe -> TA on 11750.",
})

# =============================================================================================================
# Paring
# =============================================================================================================

SCENARIOS.append({
    "id": "s67-paring-three-plantar-calluses",
    "family": "paring", "shape": "free-text",
    "description": "Paring of three painful plantar calluses; UnitedHealthcare",
    "date": "2026-08-25",
    "patient": ("Kowalczyk", "Renata", "1974-10-10", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Callosities, plantar feet", "L84", "Plantar feet", reason=True),
    ],
    "procedures": [
        P("Paring of calluses", site="Right 2nd and 5th MTH, left 2nd MTH",
          note="Three painful plantar calluses pared with #15 blade; no pinpoint bleeding.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": HDR + """Renata Kowalczyk, 51 F - 08/25/2026
Painful calluses under both forefeet (marathon runner); painful on every long run for 3 months.
No diabetes, no neuropathy, no vascular disease.
Three hyperkeratotic plaques: right 2nd metatarsal head, right 5th
metatarsal head, left 2nd metatarsal head. No pinpoint bleeding or thrombosed capillaries on paring - these are
calluses, not warts. We pared down all three with a #15 blade until pain-free on pressure.
Offloading pads; urea 40% cream nightly.
Suggested a running-gait assessment and wider toe box.
Return in 3 months or sooner if painful.
Samuel Weiss, MD
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring of 2-4 lesions -> 11056.",
})

SCENARIOS.append({
    "id": "s67-paring-five-corns-precoded-11056",
    "family": "paring", "shape": "pre-coded",
    "description": "Paring of five corns charged as 11056 (2-4); Molina Medicaid MCO",
    "date": "2026-09-01",
    "patient": ("Thibodeaux", "Anselm", "1968-03-03", "male"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 15,
    "conditions": [
        C("c1", "Corns, toes", "L84", "Both feet, toes", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesions, 2-4", cpt="11056", site="Toes, both feet",
          reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": HDR + """Anselm Thibodeaux, 58 M - 09/01/2026
Painful hard corns on his toes from steel-toe work boots, worse over the summer.
No diabetes, no neuropathy, good pulses.
Exam: five hyperkeratotic corns with central cores:
  dorsal right 4th toe, dorsal right 5th toe, dorsal left 5th toe,
  interdigital right 4th web space, interdigital left 4th web space.
No signs of infection; no warts (skin lines preserved).
We pared all five with a #15 blade and enucleated the cores.
Toe spacers and wider boots advised; silicone toe sleeves given.
Return as needed.
Samuel Weiss, MD
""",
    "expected": E([L("11057")], topics=["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "Five lesions -> 11057 (more than 4), not 11056.",
})

# =============================================================================================================
# Patch testing
# =============================================================================================================

SCENARIOS.append({
    "id": "s67-patch-eighty-allergens-new-pt-em-separate",
    "family": "patch-test", "shape": "pre-coded",
    "description": "New pt: eyelid/hand dermatitis evaluated + separate scalp seborrheic dermatitis Rx; 80-allergen "
                   "series applied; E/M sent without 25; BCBS",
    "date": "2026-09-08",
    "patient": ("Rosenqvist", "Ingrid", "1975-06-06", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Dermatitis of eyelids and hands, suspected allergic contact dermatitis", "L30.9",
          "Eyelids, hands", reason=True),
        C("c2", "Seborrheic dermatitis, scalp", "L21.0", "Scalp", reason=True),
    ],
    "procedures": [
        P("Patch test application", cpt="95044", site="Upper back", reasons=["c1"],
          note="North American comprehensive series, 80 allergens (units 80)."),
    ],
    "note_title": "New Patient Consultation",
    "note": HDR + """Ingrid Rosenqvist, 51 F - 09/08/2026 - new patient (referred to our general clinic)

1) Eyelid and hand dermatitis x 8 months: we took a full exposure history (hair dye, nail acrylics, hand creams,
   gloves at her dental-hygiene job), examined eyelids, hands, neck. Differential: allergic contact vs irritant vs
   atopic. Started tacrolimus 0.1% ointment to eyelids. Plan patch testing; she is off oral steroids > 4 weeks.
   Today we applied the 80-allergen North American comprehensive series to the upper back (80 chambers).
   Readings at 48 h and 96 h.
2) Separate problem: scaly itchy scalp with greasy flakes in the eyebrows and nasolabial folds - seborrheic
   dermatitis. Started ketoconazole 2% shampoo and hydrocortisone 2.5% lotion.
Samuel Weiss, MD
""",
    "expected": E([L("95044", 80), L("99204", 1, "25")], dx={"95044": ["L30.9"]}),
    "coder_note": "95044 units = allergens (80, under MUE 90). 95044/99204 ind 1; the new-problem evaluation with "
                  "prescriptions and a second problem is separately identifiable -> 99204-25.",
})

SCENARIOS.append({
    "id": "s67-patch-thirty-six-allergens-application",
    "family": "patch-test", "shape": "note-only",
    "description": "Application of 35-allergen panel + 1 own product (36 tests), no E/M; Molina Medicaid MCO",
    "date": "2026-09-15",
    "patient": ("Mbeki", "Thandiwe", "1982-08-30", "female"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Allergic contact dermatitis, unspecified cause", "L23.9", "Face and neck", reason=True),
    ],
    "note_title": "Patch Test Application",
    "note": HDR + """Thandiwe Mbeki, 44 F - 09/15/2026
Facial and neck dermatitis for 5 months; plan made at last visit (08/2026) for patch testing.
She stopped her topical steroid on the back 1 week ago; no oral steroids or antihistamines.
Back skin clear today.
Today: applied the 35-allergen pre-loaded panel (three panels) plus her own facial moisturizer "as is"
in one extra chamber - 36 patch tests in total, on the upper back.
Panels marked with a skin marker; photo taken of the layout.
Instructions: keep dry, no exercise, no sun on the back.
Readings Wednesday (48 h) and Friday (96 h) with the nurse.
No other problems addressed today.
Samuel Weiss, MD
Samuel Weiss, MD
""",
    "expected": E([L("95044", 36)], dx={"95044": ["L23.9"]}),
    "coder_note": "95044 per test: 35 + 1 own product = 36 units. No separate E/M documented.",
})

# =============================================================================================================
# Phototherapy
# =============================================================================================================

SCENARIOS.append({
    "id": "s67-photo-nbuvb-psoriasis-session",
    "family": "phototherapy", "shape": "free-text",
    "description": "Narrowband UVB session for psoriasis vulgaris; Medicare FFS",
    "date": "2026-09-22",
    "patient": ("Lachance", "Gilbert", "1951-12-12", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 10,
    "conditions": [
        C("c1", "Psoriasis vulgaris, ~15% BSA", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Phototherapy - NB-UVB (actinotherapy)", site="Whole body",
          note="Treatment #14, 1,150 mJ/cm2, minimal erythema after last session. Goggles, genital shielding.",
          reasons=["c1"]),
    ],
    "note_title": "Phototherapy Log",
    "note": HDR + """Gilbert Lachance, 74 M - 09/22/2026 - phototherapy unit (nurse-delivered, Dr. Weiss supervising)
NB-UVB session 14 of course (3x weekly since August).
Psoriasis vulgaris ~15% BSA at start; topical clobetasol and calcipotriene alone had not controlled it.
Today: plaques thinning on trunk, elbows still thick.
Skin type II. Last dose 1,045 mJ/cm2, trace pinkness only, no burning.
Dose increased 10% to 1,150 mJ/cm2, full-body cabinet.
Eye protection and genital shielding confirmed.
No new medications, no photosensitizers.
Next session Friday.
Reviewed and co-signed: Samuel Weiss, MD
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "UV light (actinotherapy) without tar or psoralen -> 96900.",
})

SCENARIOS.append({
    "id": "s67-photo-excimer-three-plaques-total-area",
    "family": "phototherapy", "shape": "note-only",
    "description": "Excimer laser to 3 psoriasis plaques, 90 + 90 + 110 = 290 sq cm total; Cigna",
    "date": "2026-09-29",
    "patient": ("Ferreira", "Joana", "1986-04-17", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized plaques", "L40.0", "Both elbows, right knee", reason=True),
    ],
    "note_title": "Excimer Treatment Note",
    "note": HDR + """Joana Ferreira, 40 F - 09/29/2026
Localized plaque psoriasis (~3% BSA), 4 months of clobetasol and calcipotriene without clearance. Excimer
session 5 of 12.
Treated areas today: right elbow plaque 90 sq cm, left elbow plaque 90 sq cm, right knee plaque 110 sq cm -
total treated area 290 sq cm.
Doses per protocol (+15%). Mild erythema after session 4, resolved.
Plaques noticeably thinner on the elbows; knee slower.
No blistering, no hyperpigmentation.
Continue twice weekly; reassess after session 8.
Samuel Weiss, MD
""",
    "expected": E([L("96921")], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded once per session by the total area: 290 sq cm -> 96921 (250-500 sq cm).",
})

# =============================================================================================================
# Shave removal
# =============================================================================================================

SCENARIOS.append({
    "id": "s67-shave-neck-sk-and-nasal-nevus",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of inflamed SK R neck 0.7 cm and of a snagging/bleeding nevus L nasal sidewall 0.4 cm; "
                   "Aetna",
    "date": "2026-10-06",
    "patient": ("Oyelaran", "Bisi", "1971-09-19", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right neck", "L82.0", "Right lateral neck", reason=True),
        C("c2", "Intradermal nevus, left nasal sidewall", "D22.39", "Left nasal sidewall", reason=True),
    ],
    "path": [
        {"text": "A. Right neck, shave: irritated seborrheic keratosis.", "site": "Right neck"},
        {"text": "B. Left nasal sidewall, shave: intradermal melanocytic nevus.", "site": "Left nasal sidewall"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Bisi Oyelaran, 55 F - 10/06/2026

- Right lateral neck: 0.7 cm keratotic papule, red and crusted, catches on her necklace and has bled twice.
  Shave removal flush with the skin; aluminum chloride.
- Left nasal sidewall: 0.4 cm dome-shaped flesh-coloured papule that she keeps catching with her glasses; it
  bled last week. Shave removal; light electrocautery for hemostasis.
Consent signed; 1% lidocaine with epi to both.
Both to pathology (results above). No sutures.
Vaseline and bandage daily until healed.
Samuel Weiss, MD
""",
    "expected": E([L("11306"), L("11310")], dx={"11306": ["L82.0"], "11310": ["D22.39"]}),
    "coder_note": "Shave by site group and lesion diameter: neck 0.7 cm -> 11306 (SNHFG 0.6-1.0); nose 0.4 cm -> 11310 "
                  "(FEENLM <=0.5).",
})

SCENARIOS.append({
    "id": "s67-shave-back-no-size-arm-sized",
    "family": "shave", "shape": "free-text",
    "description": "Two shave removals of inflamed SKs: L upper back (no size documented) and R upper arm 1.2 cm; "
                   "Medicare Advantage",
    "date": "2026-10-13",
    "patient": ("Sweeney", "Cormac", "1949-03-01", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Left upper back; right upper arm", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Left upper back",
          note="Red, crusted, itchy keratotic papule rubbed by his backpack strap. Shave removal flush with skin, "
               "Drysol.", reasons=["c1"]),
        P("Shave removal", site="Right upper arm",
          note="1.2 cm inflamed, bleeding SK. Shave removal, Drysol.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Cormac Sweeney, 77 M - 10/13/2026

Mohs follow-up (R cheek BCC, 6 months): scar flat, no recurrence. (Routine surveillance only.)

Two irritated SKs he wants off:
 - Left upper back: red, crusted, itchy keratotic papule that his backpack strap rubs raw; it bled last week.
 - Right upper arm: 1.2 cm inflamed SK, bleeding after he caught it on a door frame.
Consent verbal. 1% lidocaine with epi.
Both shaved off flush with the skin today; hemostasis with aluminum chloride.
Path not sent (classic SKs on dermoscopy).
Vaseline and bandage until healed.
Samuel Weiss, MD
""",
    "expected": E([L("11302")], topics=["missing-documentation"], dx={"11302": ["L82.0"]}),
    "coder_note": "Arm 1.2 cm -> 11302 (TAL 1.1-2.0). Back lesion has no diameter -> no line + missing-documentation.",
})

# =============================================================================================================
# Skin tags
# =============================================================================================================

SCENARIOS.append({
    "id": "s67-tags-twenty-two-neck-axillae",
    "family": "skin-tags", "shape": "free-text",
    "description": "Removal of 22 irritated/bleeding skin tags neck and axillae; BCBS",
    "date": "2026-10-20",
    "patient": ("Dufresne", "Gaston", "1966-11-06", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, irritated", "L91.8", "Neck and both axillae", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, scissor snip", site="Neck (12), right axilla (6), left axilla (4)",
          note="22 irritated, crusted and bleeding acrochordons removed with gradle scissors; AlCl3.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Gaston Dufresne, 59 M - 10/20/2026
Multiple skin tags on the neck and in both armpits that catch on his shirt collar and deodorant stick; several
have bled and two are red and inflamed today.
He has type 2 diabetes (metformin) and gained weight this year; the tags have multiplied.
Exam: pedunculated soft tags 1-4 mm, several with hemorrhagic crust, two erythematous and edematous.
Consent verbal. Topical lidocaine cream for the axillae.
We snipped twenty-two tags with gradle scissors (neck 12, right axilla 6, left axilla 4), hemostasis with
aluminum chloride.
No pathology sent.
Vaseline to the sites for a few days.
Samuel Weiss, MD
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "Symptomatic tags (bleeding, inflamed) -> covered. 22 tags = 15 (11200) + 7 -> 11201 x1.",
})

SCENARIOS.append({
    "id": "s67-tags-forty-precoded-11201-three-units",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "40 symptomatic tags removed; charged 11200 + 11201 x3, over the 11201 MUE of 1; Cigna",
    "date": "2026-10-27",
    "patient": ("Haldane", "Priscilla", "1960-02-14", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 35,
    "conditions": [
        C("c1", "Acrochordons, symptomatic", "L91.8", "Neck, axillae, inframammary", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to 15", cpt="11200", site="Neck", reasons=["c1"]),
        P("Removal of skin tags, each additional 10", cpt="11201", site="Axillae and inframammary folds",
          reasons=["c1"], note="Units 3"),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Priscilla Haldane, 66 F - 10/27/2026
Forty skin tags on the neck, both axillae and under the breasts; they rub under her bra line and several are
inflamed and have bled on her clothing.
Exam: neck 14, right axilla 8, left axilla 7, inframammary folds 11 - soft pedunculated tags, many red and
crusted.
Consent signed. Topical anesthetic, then 1% lidocaine for the larger ones.
We removed all 40 by snip excision and light cautery.
Hemostasis good. No pathology sent.
Charge entry keyed 11201 as 3 units.
Vaseline twice daily for 5 days.
Samuel Weiss, MD
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "40 tags -> 11200 + ceil(25/10) = 3 units of 11201, capped at the 11201 MUE of 1 (README: MUE over "
                  "limit -> capped with an mue finding).",
})

# =============================================================================================================
# Mixed days
# =============================================================================================================

SCENARIOS.append({
    "id": "s67-mixed-mohs-chin-aks-back-biopsy",
    "family": "mixed", "shape": "note-only",
    "description": "Mohs L chin BCC 2 stages + layered 2.6 cm; six facial AKs frozen; tangential bx of separate back "
                   "lesion; Medicare FFS",
    "date": "2026-11-03",
    "patient": ("Greenhalgh", "Percival", "1942-05-24", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 180,
    "conditions": [
        C("c1", "Basal cell carcinoma, left chin", "C44.319", "Left lateral chin", reason=True),
        C("c2", "Actinic keratoses, face", "L57.0", "Forehead, cheeks", reason=True),
        C("c3", "Squamous cell carcinoma in situ, right lower back", "D04.5", "Right lower back", reason=True),
    ],
    "path": [
        {"text": "Right lower back, shave biopsy: squamous cell carcinoma in situ (Bowen disease).",
         "site": "Right lower back"},
    ],
    "note_title": "Mohs Day Note",
    "note": HDR + """Percival Greenhalgh, 84 M - 11/03/2026

MOHS, left lateral chin - biopsy-proven nodular BCC, 0.9 cm.
We took a first stage as three blocks; tumour at the 5 o'clock deep margin. Our second stage was one block and
it was clear. Defect 1.4 x 1.1 cm. We closed it in layers along the marionette line, 5-0 Monocryl buried and
6-0 Prolene, 2.6 cm.

While he waited for the frozen sections:
 - We froze six AKs on his forehead and cheeks with liquid nitrogen.
 - He showed us a scaly pink plaque on the right lower back (1.1 cm) - a separate lesion, never biopsied. We
   took a tangential (shave) biopsy and sent it for permanent sections.
Back biopsy result 11/06: SCC in situ - will discuss ED&C vs excision.
Samuel Weiss, MD
""",
    "expected": E([L("17311"), L("17312"), L("12052", 1, "XS"), L("11102", 1, "XS"), L("17000", 1, "XS"),
                   L("17003", 5)], dx={"17311": ["C44.319"], "17000": ["L57.0"], "11102": ["D04.5"]}),
    "coder_note": "Mohs 2 stages -> 17311 + 17312; face layered 2.6 cm -> 12052. AKs 6 -> 17000 + 17003 x5. Separate "
                  "back lesion biopsy -> 11102. XS only on column-2 codes of ind-1 pairs with different lesions: "
                  "17311/11102 (11102), 11102/17000 (17000), 11102/12052 and 17000/12052 (12052). 17003 has no edit.",
})

SCENARIOS.append({
    "id": "s67-mixed-acne-em-punch-shave-warts",
    "family": "mixed", "shape": "free-text",
    "description": "Isotretinoin start for nodular acne (99214-25) + punch bx L arm + shave removal of snagging nevus "
                   "R back 0.8 cm + cryo 3 finger warts; Aetna",
    "date": "2026-11-10",
    "patient": ("Lindquist-Moreau", "Elodie", "2003-01-08", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 50, "em": "99214",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic", "L70.0", "Face, chest, back", reason=True),
        C("c2", "Dysplastic nevus, severe atypia, left upper arm", "D22.62", "Left upper arm", reason=True),
        C("c3", "Melanocytic nevus, right upper back, traumatized", "D22.5", "Right upper back", reason=True),
        C("c4", "Verruca vulgaris, fingers", "B07.8", "Right index and middle fingers", reason=True),
    ],
    "procedures": [
        P("Acne visit", site="Face, chest, back",
          note="Nodulocystic acne with scarring after doxycycline x 6 mo and spironolactone. Enrolled in iPLEDGE, "
               "two pregnancy tests, baseline lipids/LFTs ordered; isotretinoin 40 mg daily start next month.",
          reasons=["c1"]),
        P("Punch biopsy", site="Left upper arm",
          note="Irregular pigmented macule 0.6 cm, new dermoscopic features. 4 mm punch, 1 suture.", reasons=["c2"]),
        P("Shave removal", site="Right upper back",
          note="0.8 cm raised nevus catches on bra strap, bled twice. Removed entirely by shave; path.",
          reasons=["c3"]),
        P("Cryotherapy warts", site="Right index and middle fingers",
          note="Three common warts, painful when writing. LN2 x2 cycles.", reasons=["c4"]),
    ],
    "path": [
        {"text": "A. Left upper arm, punch: compound dysplastic nevus with severe atypia, extends to margin.",
         "site": "Left upper arm"},
        {"text": "B. Right upper back, shave: compound melanocytic nevus, irritated.", "site": "Right upper back"},
    ],
    "note_title": "Clinic Note",
    "note": HDR + """Elodie Lindquist-Moreau, 23 F - 11/10/2026 (general clinic day)
Main reason for the visit: acne - see entry; isotretinoin counselling took about 20 minutes on its own
(iPLEDGE enrollment, two forms of contraception, depression screening, dryness, lab schedule).
Exam of face, chest and back: inflammatory nodules and cysts with early rolling scars.

Also today:
 - Left upper arm: a mole she says looks different; dermoscopy irregular. 4 mm punch biopsy.
 - Right upper back: a raised mole that keeps getting caught on her bra strap and has bled twice - she wants
   it off. Removed completely by shave.
 - Right index and middle fingers: three common warts, painful when writing. Cryotherapy.

Path: A severely atypical nevus (will re-excise), B irritated compound nevus.
Return 4 weeks (isotretinoin start, arm re-excision).
Samuel Weiss, MD
""",
    "expected": E([L("99214", 1, "25"), L("11104"), L("11301", 1, "XS"), L("17110", 1, "XS")],
                  dx={"99214": ["L70.0"], "17110": ["B07.8"]}),
    "coder_note": "Isotretinoin start is separately identifiable -> 99214-25. Punch bx 11104; shave removal of a "
                  "different lesion 0.8 cm trunk -> 11301 (removal intent, BX-4); warts -> 17110. Ind-1 pairs "
                  "11104/11301, 11104/17110, 11301/17110 with different lesions -> XS on 11301 and 17110.",
})

SCENARIOS.append({
    "id": "s67-mixed-back-cyst-excision-chest-keloid-injection",
    "family": "mixed", "shape": "pre-coded",
    "description": "Excision inflamed epidermoid cyst L upper back 2.0 cm + 0.3 cm margins with layered 3.5 cm closure; "
                   "separate chest keloid injected (20 mg); charge entry lacks XS; Texas Medicaid",
    "date": "2026-11-17",
    "patient": ("Robichaux", "Delphine", "1985-07-31", "female"),
    "provider": "weiss", "payer": "medicaid", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal cyst, left upper back, recurrently inflamed and painful", "L72.0", "Left upper back",
          reason=True),
        C("c2", "Keloid, presternal chest, painful", "L91.0", "Presternal chest", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, trunk, 2.1-3.0 cm", cpt="11403", site="Left upper back", reasons=["c1"],
          note="Cyst 2.0 cm, margins 0.3 cm."),
        P("Intermediate repair, trunk, 3.5 cm", cpt="12032", site="Left upper back", reasons=["c1"]),
        P("Intralesional injection, up to 7 lesions", cpt="11900", site="Presternal chest", reasons=["c2"]),
        P("Triamcinolone acetonide, per 10 mg", cpt="J3301", site="Presternal chest", reasons=["c2"],
          note="Units 2"),
    ],
    "path": [
        {"text": "Left upper back, excision: epidermal inclusion cyst with rupture and chronic inflammation.",
         "site": "Left upper back"},
    ],
    "note_title": "Procedure Note",
    "note": HDR + """Delphine Robichaux, 41 F - 11/17/2026

1) Epidermoid cyst, left upper back: 2.0 cm, inflamed and painful three times this year. We excised it with
   3 mm margins as an ellipse, removed it intact and closed in layers (3-0 Vicryl deep, 4-0 nylon), 3.5 cm.
   Specimen to pathology.
2) A separate painful keloid on the presternal chest from an old chest-tube site: we injected Kenalog-40,
   0.5 mL = 20 mg.
Consent signed for both. Lidocaine 1% with epi for the cyst.
Tolerated well. Wound care sheet.
Charge entry posted by the surgery coordinator (see procedure list).
Sutures out 12 days.
Samuel Weiss, MD
""",
    "expected": E([L("11403"), L("12032"), L("11900", 1, "XS"), L("J3301", 2)], dx={"11403": ["L72.0"]}),
    "coder_note": "Cyst 2.0 + 2 x 0.3 = 2.6 cm trunk -> 11403; layered 3.5 cm -> 12032. Keloid injection is a "
                  "different lesion -> 11900 with XS for the 11403/11900 and 12032/11900 ind-1 edits; 20 mg -> J3301 x2.",
})
