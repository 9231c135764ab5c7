"""Sealed set 35 (s35-): hospital-based outpatient dermatologic surgery clinic (university hospital, Epic).

Kestrel University Hospital, Department of Dermatology - Dermatologic Surgery & Cutaneous Oncology Unit
(Mohs: weiss, okonkwo; excisional/reconstructive surgery: lindgren, castellanos; procedure and medical clinics
sharing the unit: santos, abernathy). Residents and fellows write many notes; attendings attest.
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
"File format" / "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

HDR = ("<p><b>KESTREL UNIVERSITY HOSPITAL</b><br/>Department of Dermatology &middot; Dermatologic Surgery &amp; "
       "Cutaneous Oncology Unit<br/>Ambulatory Surgery Pavilion, Level 3</p>\n")

# =============================================================================================================
# MOHS
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-mohs-two-tumours-nose-hand-extra-block",
    "family": "mohs", "shape": "note-only", "html": True,
    "description": "Two Mohs cases same day: R nasal sidewall BCC 3 stages (3/2/1) + L dorsal hand SCCIS 2 stages "
                   "(6/2 blocks); layered repairs nose 2.8 cm and hand 3.0 cm; Medicare FFS",
    "date": "2025-10-14",
    "patient": ("Thistlewood", "Ambrose", "1944-02-19", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 245,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Right nasal sidewall", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left dorsal hand", "D04.62", "Left dorsal hand", reason=True),
        C("c3", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "Mohs Micrographic Surgery - Operative Note",
    "note": HDR + """<p><b>MOHS MICROGRAPHIC SURGERY &ndash; OPERATIVE NOTE</b></p>
<p><b>Date of service:</b> 10/14/2025 &nbsp; <b>Surgeon and pathologist:</b> Samuel Weiss, MD (Mohs attending)</p>
<p><b>Indications:</b> (1) Basal cell carcinoma, nodular, right nasal sidewall &ndash; outside biopsy 09/02/2025.
(2) Squamous cell carcinoma in situ, left dorsal hand &ndash; outside biopsy 09/02/2025, poorly defined clinical borders.
Both in AUC area H. Patient is an 81-year-old man, former orchardist. Prior skin cancers: Mohs left temple (2019)
and ED&amp;C right forearm (2022) here, no recurrence. Apixaban held 48 h per cardiology.</p>
<p><b>Consent / time-out:</b> Risks reviewed, written consent for both sites; time-out performed for each site.</p>
<p><b>Anesthesia:</b> 1% lidocaine with epinephrine, 9 mL total.</p>
<p><b>Tumor 1 &ndash; right nasal sidewall</b> (pre-op clinical size 0.8 x 0.7 cm)</p>
<table border="1">
<tr><th>Stage</th><th>Tissue blocks</th><th>Frozen-section result (read by me)</th></tr>
<tr><td>I</td><td>3</td><td>Nodular BCC at 6 o'clock peripheral margin</td></tr>
<tr><td>II</td><td>2</td><td>Residual BCC at the deep margin, block 2</td></tr>
<tr><td>III</td><td>1</td><td>Clear</td></tr>
</table>
<p><b>Tumor 2 &ndash; left dorsal hand</b> (pre-op clinical size 1.6 x 1.2 cm, scaly ill-defined plaque)</p>
<table border="1">
<tr><th>Stage</th><th>Tissue blocks</th><th>Frozen-section result (read by me)</th></tr>
<tr><td>I</td><td>6</td><td>SCC in situ at blocks 3 and 4 (ulnar edge)</td></tr>
<tr><td>II</td><td>2</td><td>Clear</td></tr>
</table>
<p>All layers processed in the unit's Mohs laboratory; nothing sent for permanent sections.</p>
<p><b>Reconstruction</b></p>
<table border="1">
<tr><th>Site</th><th>Final defect</th><th>Repair</th><th>Length</th></tr>
<tr><td>Right nasal sidewall</td><td>1.6 x 1.2 cm</td><td>Layered closure, 5-0 Monocryl deep dermal + 6-0 nylon running</td><td>2.8 cm</td></tr>
<tr><td>Left dorsal hand</td><td>2.0 x 1.5 cm</td><td>Layered closure, 4-0 Monocryl subcutaneous + 5-0 nylon</td><td>3.0 cm</td></tr>
</table>
<p>A skin graft was considered for the hand and not needed. No flap. EBL minimal, no complications.</p>
<p><b>Plan:</b> Pressure dressings 48 h. Suture removal nose 7 days, hand 12 days. Resume apixaban tomorrow.</p>
<p>Electronically signed: Samuel Weiss, MD 10/14/2025 16:05</p>
""",
    "expected": E([L("17311", 2), L("17312", 3), L("17315"), L("12052"), L("12042")],
                  dx={"12052": ["C44.311"], "12042": ["D04.62"]}),
    "coder_note": "MOHS-2: two head/hand tumours -> 17311 x2; additional stages 2 (nose) + 1 (hand) -> 17312 x3; "
                  "hand stage I had 6 blocks -> 17315 x1. Repairs in different groups: nose 2.8 cm -> 12052, "
                  "hand 3.0 cm -> 12042 (REP-2).",
})

SCENARIOS.append({
    "id": "s35-mohs-scalp-scc-precoded-path-and-stage-fix",
    "family": "mohs", "shape": "pre-coded", "html": True,
    "description": "Mohs L parietal scalp SCC 2 stages; charge entry had 17312 x2 plus 88305 x2 and 88331 for the "
                   "Mohs layers; complex repair 4.5 cm scalp; commercial",
    "date": "2025-11-04",
    "patient": ("Brannigan", "Colette", "1956-07-30", "female"),
    "provider": "okonkwo", "payer": "commercial-uhc", "minutes": 190,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of scalp", "C44.42", "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("Mohs surgery head/neck, first stage", "17311", "Left parietal scalp", reasons=["c1"]),
        P("Mohs surgery, additional stage", "17312", "Left parietal scalp", reasons=["c1"]),
        P("Mohs surgery, additional stage", "17312", "Left parietal scalp", reasons=["c1"]),
        P("Surgical pathology, gross and microscopic - Mohs layer", "88305", "Left parietal scalp",
          reasons=["c1"]),
        P("Surgical pathology, gross and microscopic - Mohs layer", "88305", "Left parietal scalp",
          reasons=["c1"]),
        P("Frozen section, first block", "88331", "Left parietal scalp", reasons=["c1"]),
        P("Complex repair scalp", "13121", "Left parietal scalp", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Procedure Note",
    "note": HDR + """<p><b>Procedure:</b> Mohs micrographic surgery, left parietal scalp<br/>
<b>Surgeon / dermatopathologist of record for the Mohs sections:</b> Chidi Okonkwo, MD</p>
<p><b>Pre-op diagnosis:</b> Invasive squamous cell carcinoma, well differentiated (biopsy 10/10/2025, KUH-S25-30418, final).
Clinical size 1.3 x 1.1 cm, keratotic nodule in thinning hair.</p>
<ul>
<li><b>Stage 1:</b> 4 tissue blocks. Tumor present at 10-12 o'clock, blocks 1 and 2.</li>
<li><b>Stage 2:</b> 2 tissue blocks from 9-1 o'clock. Clear.</li>
</ul>
<p>Two stages total. Frozen sections were cut and read by me in the Mohs lab as part of the Mohs procedure; no
separate diagnostic specimen and no tissue sent to surgical pathology.</p>
<p><b>Final defect:</b> 2.4 x 1.9 cm to galea.</p>
<p><b>Repair:</b> Crushed and devitalized wound edges were debrided sharply. Extensive undermining in the subgaleal
plane, 3 cm circumferentially (more than the maximum defect width), with two galeal scoring incisions to relieve
tension. Layered closure with 3-0 Vicryl galeal and 4-0 Monocryl deep sutures and skin staples.
<b>Final repair length 4.5 cm.</b></p>
<p>Tolerated well. Staples out in 10-12 days. Next skin check in 3 months with general dermatology.</p>
<p>C. Okonkwo, MD</p>
""",
    "expected": E([L("17311"), L("17312"), L("13121")], topics=["ncci", "coding-correction"],
                  dx={"17311": ["C44.42"]}),
    "coder_note": "Two stages documented -> 17312 x1 (not x2). MOHS-5: 88305/88331 on the Mohs layers are not "
                  "reported (17311/88305, 17311/88331 indicator 1, no separate specimen). Debridement of wound edges "
                  "+ extensive undermining = complex; scalp 4.5 cm -> 13121.",
})

SCENARIOS.append({
    "id": "s35-mohs-arm-infiltrative-bcc-seven-blocks-rotation-flap",
    "family": "mohs", "shape": "free-text",
    "description": "Infiltrative BCC L lateral upper arm 2.4 cm, Mohs 3 stages (5/7/2 blocks), rotation flap 19.0 "
                   "sq cm; Medicare Advantage PPO",
    "date": "2025-11-18",
    "patient": ("Vukovic", "Dragan", "1949-12-03", "male"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 260,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, left upper arm", "C44.619", "Left lateral upper arm",
          reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, trunk/extremity, stage 1", site="Left lateral upper arm",
          note="Clinical tumor 2.4 x 2.0 cm. Debulked. Stage 1 divided into 5 tissue blocks. Residual infiltrative "
               "BCC in blocks 2 and 3.", reasons=["c1"]),
        P("Mohs micrographic surgery, stage 2", site="Left lateral upper arm",
          note="Broad second layer because of strands along the 12-4 o'clock arc: 7 tissue blocks. Residual at "
               "block 6 only.", reasons=["c1"]),
        P("Mohs micrographic surgery, stage 3", site="Left lateral upper arm",
          note="2 tissue blocks. Margins clear.", reasons=["c1"]),
        P("Rotation flap reconstruction", site="Left lateral upper arm",
          note="Final defect 3.9 x 3.3 cm. Rotation flap from the posterior arm. Primary defect 10.2 sq cm + "
               "secondary defect 8.8 sq cm = 19.0 sq cm total. Layered inset 4-0 Monocryl / 4-0 nylon.",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Kestrel University Hospital - Dermatologic Surgery
Mohs surgery, left lateral upper arm. Surgeon/pathologist: S. Weiss MD.
Indication: biopsy 10/21/2025 infiltrative-pattern BCC, 2.4 cm, trunk/extremity site - aggressive histology and
size >= 2 cm meet appropriate-use criteria. Not immunosuppressed. Warfarin continued, INR 2.3 this morning.
Prior history: Mohs of a left ear BCC in 2017 elsewhere; actinic keratoses treated with LN2 over the years.
Consent signed, time-out done. Anesthesia 1% lidocaine w/ epi 22 mL, tumescent-style infiltration.
Stage 1: 5 blocks, positive 2 and 3.
Stage 2: 7 blocks, positive block 6.
Stage 3: 2 blocks, clear.
Rotation flap as detailed in the procedure record (total 19.0 sq cm).
Drain not needed. Arm sling x 48 h. Sutures out 14 days.
Follow-up: wound check at suture removal, then skin exam every 6 months.
""",
    "expected": E([L("17313"), L("17314", 2), L("17315", 2), L("14021")], dx={"17313": ["C44.619"]}),
    "coder_note": "MOHS-2: arm -> 17313 + 17314 x2 (3 stages); stage 2 had 7 blocks -> 17315 x2 (blocks beyond 5). "
                  "FLAP-1/FLAP-3: arm flap 19.0 sq cm -> 14021, reported with Mohs.",
})

SCENARIOS.append({
    "id": "s35-mohs-lower-lid-bcc-staged-oculoplastic-repair",
    "family": "mohs", "shape": "note-only", "html": True,
    "description": "Mohs L lower eyelid BCC 2 stages by fellow under attending; lid reconstruction deferred to "
                   "oculoplastics next day (not coded); Medicare FFS",
    "date": "2025-12-02",
    "patient": ("Ferreira-Lund", "Marisol", "1952-04-14", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of left lower eyelid, including canthus", "C44.1192",
          "Left lower eyelid, lateral third", reason=True),
    ],
    "note_title": "Mohs Surgery - Fellow Note with Attending Attestation",
    "note": HDR + """<p><b>Mohs Micrographic Surgery</b> &ndash; left lower eyelid, lateral third near the lateral canthus</p>
<p><b>Fellow:</b> Tomas Whitfield, MD (Procedural Dermatology fellow) &nbsp; <b>Attending:</b> Chidi Okonkwo, MD</p>
<p><b>History:</b> 73F with biopsy-proven nodular BCC (11/05/2025, final). Mohs of the right nasal ala in 2019
(Dr. Okonkwo) without recurrence. Lid margin involved clinically.</p>
<ul>
<li><b>Layer I:</b> 2 tissue blocks &ndash; residual nodular BCC at the lateral peripheral margin (block 2).</li>
<li><b>Layer II:</b> 1 tissue block &ndash; clear.</li>
</ul>
<p><b>Defect:</b> 1.1 x 0.9 cm, full-thickness skin and orbicularis, involving about 25% of the lid margin.</p>
<p><b>Repair:</b> Not performed today. Per the standing arrangement with oculoplastic surgery, the defect is
dressed with ophthalmic ointment and a non-adherent pad and the patient goes to the Eye Institute tomorrow
(12/03) for lid reconstruction by Dr. Sandoval, who will bill that repair. We will not be doing a closure.</p>
<p><b>Plan:</b> Acetaminophen, ice, keep dressing dry. Skin check here in 4 months.</p>
<p><b>Attending attestation:</b> I was present for the entire Mohs procedure, including tumor removal, mapping and
all tissue processing decisions, and I personally examined and interpreted every frozen section. I agree with the
fellow's note as written. &ndash; Chidi Okonkwo, MD</p>
""",
    "expected": E([L("17311"), L("17312")], dx={"17311": ["C44.1192"]}),
    "coder_note": "Eyelid -> 17311 + 17312 (2 layers, under 5 blocks each). Lid repair is done and billed by another "
                  "surgeon tomorrow: nothing for it here. Teaching attestation supports the attending's Mohs claim; "
                  "GC/GE are outside the house conventions and not expected.",
})

SCENARIOS.append({
    "id": "s35-mohs-chin-sameday-punch-frozen-otflap",
    "family": "mohs", "shape": "free-text", "html": True,
    "description": "Never-biopsied L chin nodule: same-day punch bx + frozen section read as SCC, Mohs 2 stages, "
                   "O-to-T advancement flap 6.5 sq cm; commercial",
    "date": "2026-01-13",
    "patient": ("Halloran", "Desmond", "1960-09-09", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of chin", "C44.329", "Left chin", reason=True),
    ],
    "procedures": [
        P("Punch biopsy 3 mm for intraoperative frozen section", site="Left chin",
          note="0.8 cm keratotic nodule, no previous biopsy or pathology anywhere (sent by his dentist). 3 mm punch "
               "at the centre. Frozen section in the Mohs lab read by Dr. Weiss: invasive SCC, well differentiated. "
               "Decision to proceed with Mohs made on this result.", reasons=["c1"]),
        P("Frozen section of diagnostic punch specimen", site="Left chin",
          note="1 block, H&E, interpreted before any Mohs layer was taken.", reasons=["c1"]),
        P("Mohs layer 1", site="Left chin", note="3 tissue blocks; SCC at 7 o'clock peripheral.",
          reasons=["c1"]),
        P("Mohs layer 2", site="Left chin", note="1 tissue block; clear.", reasons=["c1"]),
        P("O-to-T advancement flap", site="Left chin",
          note="Defect 1.4 x 1.2 cm. Primary defect 2.4 sq cm, secondary (flap) 4.1 sq cm, total 6.5 sq cm.",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": HDR + """<p><b>Assessment:</b> Left chin nodule, never sampled. After discussion, diagnostic punch biopsy
with frozen section today; Mohs only if carcinoma was confirmed. Frozen section: invasive SCC.</p>
<p><b>Mohs:</b> 2 layers (3 blocks, then 1 block), clear. <b>Repair:</b> O-to-T advancement flap, 6.5 sq cm total.</p>
<p><b>History:</b> 65M, no prior skin cancer, no prior surgery in this area. Not on anticoagulants.
Immunocompetent. Noticed the nodule 3 months ago; it bleeds when shaving.</p>
<p><b>Consent:</b> two-step plan (biopsy, then Mohs if positive) explained and signed. Time-out performed.</p>
<ul>
<li>Diagnostic 3 mm punch &rarr; frozen section (1 block) &rarr; <b>invasive SCC, well differentiated</b></li>
<li>Mohs layer 1: 3 blocks, positive at 7 o'clock</li>
<li>Mohs layer 2: 1 block, clear</li>
</ul>
<p><b>Repair:</b> O-to-T advancement flap, 6.5 sq cm total, 5-0 Monocryl / 6-0 Prolene.</p>
<p><b>Plan:</b> Sutures out in 6 days. Return in 3 months.</p>
<p>S. Weiss, MD</p>
""",
    "expected": E([L("11104", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312"), L("14040")],
                  dx={"17311": ["C44.329"]}),
    "coder_note": "MOHS-5(a)/BX-5 and README: same-day diagnostic biopsy + frozen section of a lesion with no prior "
                  "pathology -> 11104-59 and 88331-59 (same lesion, not XS). Chin flap 6.5 sq cm -> 14040 "
                  "(14040/11104 indicator 1 is bypassed by the 59 already on the biopsy).",
})

SCENARIOS.append({
    "id": "s35-mohs-thigh-superficial-bcc-abn-ga",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs of 0.7 cm primary superficial BCC posterior L thigh (AUC not met), ABN signed; Medicare FFS",
    "date": "2026-01-20",
    "patient": ("Oyelaran", "Beatrice", "1950-11-25", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 80,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, posterior left thigh", "C44.719", "Posterior left thigh",
          reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, trunk/arms/legs, first stage", "17313", "Posterior left thigh",
          note="2 tissue blocks, clear after the first stage. Left to heal by second intention.",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """KESTREL UNIVERSITY HOSPITAL - DERMATOLOGIC SURGERY
Mohs micrographic surgery, posterior left thigh. Surgeon/pathologist: Chidi Okonkwo, MD

Dx: superficial BCC, 0.7 x 0.6 cm, biopsy 12/29/2025 (final: superficial multifocal BCC). Primary tumor, not
recurrent, immunocompetent, no radiation history, no genetic syndrome.
Counselling: this is a small superficial BCC on the thigh. Mohs does not meet the appropriate-use criteria here
and Medicare is expected to deny it as not reasonable and necessary. Alternatives offered: ED&C, simple excision,
topical imiquimod or 5-FU. The patient (a retired nurse who had a scar she disliked after an ED&C) insists on Mohs.
Advance Beneficiary Notice (CMS-R-131) reviewed and signed, option 1 checked; copy in the media tab.

Stage 1: 2 tissue blocks, margins clear.
Defect 1.2 x 1.0 cm, superficial fat. Second-intention healing chosen; no repair.
Vaseline and bandage daily. Return in 6 weeks.
""",
    "expected": E([L("17313", 1, "GA")], dx={"17313": ["C44.719"]}),
    "coder_note": "MOHSN-2 / README GA example: Mohs of a small primary superficial BCC in AUC area L, Medicare FFS, "
                  "ABN on file -> 17313-GA. One stage, no repair.",
})

SCENARIOS.append({
    "id": "s35-mohs-cheek-plus-separate-nummular-em25",
    "family": "mohs", "shape": "note-only", "html": True,
    "description": "Mohs R cheek BCC 1 stage + layered repair 3.1 cm; separately evaluated new nummular dermatitis "
                   "with Rx (99213-25); excision 25 days earlier is outside its global; Medicare (NGS)",
    "date": "2026-02-03",
    "patient": ("Castellane", "Ruth", "1943-05-06", "female"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 165, "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of right cheek", "C44.319", "Right cheek", reason=True),
        C("c2", "Nummular dermatitis", "L30.0", "Bilateral lower legs", reason=True),
    ],
    "prior": [PRIOR("2026-01-09", "11601", "Excision SCC in situ left forearm, 0.9 cm excised diameter",
                    "Left forearm")],
    "note_title": "Mohs Surgery Note and Dermatology Visit",
    "note": HDR + """<p><b>Reason for visit:</b> Scheduled Mohs, right cheek BCC (biopsy 01/06/2026, nodular BCC, final).</p>
<p><b>Separate problem today:</b> New itchy, coin-shaped scaly plaques on both shins for about 4 weeks, worse at night,
not responding to OTC hydrocortisone. Exam: six 2-4 cm eczematous nummular plaques, bilateral pretibial, with
excoriation; no vesicles, no satellite pustules; KOH not indicated clinically.
<b>Impression:</b> nummular dermatitis. <b>Plan:</b> triamcinolone 0.1% ointment BID x 2 weeks (new prescription),
fragrance-free emollient, lukewarm showers; recheck at suture removal. <b>Level of service for this problem:</b> 99213.</p>
<p><b>Recent surgery:</b> excision of SCC in situ left forearm on 01/09/2026 &ndash; healed, sutures out 01/21; not
related to today.</p>
<p><b>Mohs micrographic surgery, right cheek</b></p>
<table border="1">
<tr><th>Stage</th><th>Blocks</th><th>Result</th></tr>
<tr><td>1</td><td>4</td><td>Clear</td></tr>
</table>
<p><b>Defect:</b> 1.3 x 1.0 cm. <b>Repair:</b> intermediate layered closure (5-0 Monocryl deep, 6-0 Prolene
superficial), oriented in the relaxed skin tension line, <b>length 3.1 cm</b>.</p>
<p>S. Weiss, MD</p>
""",
    "expected": E([L("99213", 1, "25"), L("17311"), L("12052")],
                  dx={"99213": ["L30.0"], "17311": ["C44.319"]}),
    "coder_note": "GS-3: separately identifiable E/M for a new problem with prescription management -> 99213-25. "
                  "Mohs cheek 1 stage 4 blocks -> 17311; face layered 3.1 cm -> 12052. The 01/09 excision (010) "
                  "ended its global on 01/19, so no 79.",
})

# =============================================================================================================
# EXCISION - MALIGNANT
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-exm-shin-scc-4mm-margins-layered",
    "family": "excision-malignant", "shape": "note-only", "html": True,
    "description": "Excision biopsy-proven SCC R shin 1.4 cm with 4 mm margins (2.2 cm) + layered closure 6.6 cm; "
                   "path final; Medicare FFS",
    "date": "2025-10-21",
    "patient": ("Pemberton", "Howard", "1947-08-12", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 70,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of right lower leg", "C44.722", "Right anterior shin",
          reason=True),
        C("c2", "Seborrheic keratosis", "L82.1", "Left shin"),
    ],
    "path": [{"text": "RIGHT SHIN, EXCISION: Invasive squamous cell carcinoma, well differentiated. Peripheral and "
                      "deep margins negative (closest 3 mm).", "site": "Right anterior shin",
              "date": "2025-10-24"}],
    "note_title": "Excision Operative Note",
    "note": HDR + """<p><b>Procedure:</b> Excision of malignant lesion with intermediate repair, right anterior shin</p>
<p><b>Surgeon:</b> Astrid Lindgren, MD</p>
<p><b>Indication:</b> SCC, well differentiated, on shave biopsy 09/30/2025 (final). Excision chosen over Mohs
(low-risk, extremity, patient preference).</p>
<table border="1">
<tr><th>Item</th><th>Measurement</th></tr>
<tr><td>Lesion (greatest clinical diameter, pre-incision)</td><td>1.4 x 1.1 cm</td></tr>
<tr><td>Margin, marked circumferentially</td><td>4 mm</td></tr>
<tr><td>Fusiform excision</td><td>6.6 x 2.3 cm, to fat</td></tr>
<tr><td>Closure</td><td>Layered: 4-0 Monocryl deep, 4-0 nylon vertical mattress; <b>6.6 cm</b></td></tr>
</table>
<p>Also seen: stuck-on tan papule left shin consistent with a seborrheic keratosis &ndash; reassurance only, not treated.</p>
<p>Compression wrap, elevate. Sutures out 14 days. Pathology to follow.</p>
<p><i>Addendum 10/24/2025:</i> pathology final &ndash; invasive SCC, margins negative. Patient notified.</p>
<p>A. Lindgren, MD</p>
""",
    "expected": E([L("11603"), L("12032")], dx={"11603": ["C44.722"]}),
    "coder_note": "EX-1: 1.4 + 2 x 0.4 = 2.2 cm, leg -> 11603 (not the 6.6 cm ellipse). Layered closure 6.6 cm "
                  "on the leg -> 12032. SK only examined, not treated.",
})

SCENARIOS.append({
    "id": "s35-exm-back-mis-precoded-ellipse-size",
    "family": "excision-malignant", "shape": "pre-coded", "html": True,
    "description": "Wide excision melanoma in situ R mid back: charge entry used the 5.7 cm ellipse (11606); "
                   "0.9 cm + 2 x 0.5 cm = 1.9 cm; layered repair 5.7 cm; excision path pending; commercial",
    "date": "2025-11-11",
    "patient": ("Achterberg", "Lena", "1971-03-22", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 60,
    "conditions": [
        C("c1", "Melanoma in situ of other part of trunk", "D03.59", "Right mid back", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion trunk", "11606", "Right mid back", reasons=["c1"]),
        P("Intermediate repair trunk", "12032", "Right mid back", reasons=["c1"]),
    ],
    "note_title": "Wide Local Excision Note",
    "note": HDR + """<p><b>Procedure:</b> Wide local excision, melanoma in situ, right mid back, with layered closure.</p>
<p><b>Diagnosis before surgery:</b> melanoma in situ, lentiginous type, on punch biopsy 10/20/2025 (final report in chart).</p>
<ul>
<li>Residual pigmented lesion / biopsy scar: <b>0.9 x 0.7 cm</b></li>
<li>Margins: <b>5 mm</b> clinically clear skin all around</li>
<li>Ellipse: 5.7 x 1.9 cm, full thickness into subcutaneous fat</li>
<li>Closure: deep 3-0 Vicryl, 4-0 Monocryl subcuticular; <b>length 5.7 cm</b></li>
</ul>
<p>Specimen oriented with a suture at 12 o'clock and sent to dermatopathology; <b>result pending</b>.</p>
<p>Follow-up 2 weeks; full skin exams every 6 months.</p>
<p>A. Lindgren, MD</p>
""",
    "expected": E([L("11602"), L("12032")], topics=["coding-correction"], dx={"11602": ["D03.59"]}),
    "coder_note": "EX-1: 0.9 + 2 x 0.5 = 1.9 cm on the trunk -> 11602; the ellipse length is not the excised "
                  "diameter. Melanoma in situ is known before excision -> malignant code even with the excision "
                  "pathology pending (EX-3). Layered 5.7 cm -> 12032 stays.",
})

SCENARIOS.append({
    "id": "s35-exm-back-clinical-cyst-path-bcc",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Upper back nodule excised as 'inflamed cyst vs adnexal tumour' (1.5 cm + 2 mm margins); "
                   "final path nodular BCC; simple closure; Medicaid",
    "date": "2025-12-09",
    "patient": ("Nwachukwu", "Ifeoma", "1966-01-17", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 45,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "Left upper back",
          reason=True),
    ],
    "procedures": [
        P("Excision of skin lesion, left upper back", site="Left upper back",
          note="Firm 1.5 x 1.2 cm dermal nodule, intermittently tender, enlarging over 6 months. Clinical ddx: "
               "inflamed epidermoid cyst vs adnexal neoplasm. Excised with 2 mm margins around the nodule "
               "(elliptical 4.5 x 1.6 cm). Closed in a single layer, 4-0 nylon simple interrupted.",
          reasons=["c1"]),
    ],
    "path": [{"text": "LEFT UPPER BACK, EXCISION: Basal cell carcinoma, nodular type, completely excised; margins "
                      "free (closest 1.5 mm).", "site": "Left upper back", "date": "2025-12-12"}],
    "note_title": "Procedure Note",
    "note": """Dermatologic surgery clinic - I. Castellanos MD
58F, referred by PCP for a "cyst" on the upper back that has been tender off and on and has grown.
No drainage, no punctum seen. No prior biopsy. No personal history of skin cancer.
Exam: 1.5 x 1.2 cm firm, slightly pearly dermal nodule, left upper back, no fluctuance.
Options discussed: excision vs observation; patient wants it out.
Consent signed. 1% lidocaine with epi 6 mL.
Excision of left upper back nodule as documented in the procedure record. Single-layer closure.
Path: pending at time of visit.
Addendum 12/12/2025: final pathology nodular BCC, clear margins. Discussed by phone. No further surgery needed;
skin checks every 6-12 months.
""",
    "expected": E([L("11602")], dx={"11602": ["C44.519"]}),
    "coder_note": "EX-3: final pathology is malignant -> malignant excision code although the clinical impression was "
                  "a cyst. 1.5 + 2 x 0.2 = 1.9 cm, trunk -> 11602. Single-layer closure is included.",
})

SCENARIOS.append({
    "id": "s35-exm-scalp-scc-reexcision-inside-global-58",
    "family": "excision-malignant", "shape": "pre-coded", "html": True,
    "description": "Re-excision of vertex scalp SCC for a positive margin 7 days after the first excision (010 "
                   "global); scar 2.2 cm + 3 mm margins = 2.8 cm; staple closure; charge sent without 58; Medicare",
    "date": "2025-12-16",
    "patient": ("Delacroix-Byrne", "Martin", "1941-10-02", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of scalp, positive margin", "C44.42", "Vertex scalp",
          reason=True),
    ],
    "prior": [PRIOR("2025-12-09", "11622", "Excision SCC vertex scalp, excised diameter 1.6 cm", "Vertex scalp")],
    "procedures": [
        P("Excision malignant lesion scalp, re-excision", "11623", "Vertex scalp", reasons=["c1"]),
    ],
    "note_title": "Re-excision Operative Note",
    "note": HDR + """<p><b>Procedure:</b> Re-excision for positive margin, vertex scalp</p>
<p><b>Background:</b> Excision of invasive SCC of the vertex scalp on 12/09/2025 (1.6 cm excised diameter).
Pathology 12/11/2025: well-differentiated SCC extending to the peripheral margin at 3 o'clock. Re-excision was
planned at that time as the next stage of treatment; Mohs declined by the patient (travel).</p>
<p><b>Today:</b> healing incision, no infection. Sutures from 12/09 removed at the start.</p>
<ul>
<li>Scar / residual lesion: <b>2.2 cm</b> greatest dimension</li>
<li>Margin: <b>3 mm</b> beyond the scar on all sides, deepest to galea</li>
<li>Closure: single layer with skin staples, no deep sutures needed</li>
</ul>
<p>Specimen to dermatopathology, stitch at 12 o'clock; <b>result pending</b>.</p>
<p>Staples out in 10 days. Patient understands he is still within the follow-up period of the first surgery.</p>
<p>Ines Castellanos, MD</p>
""",
    "expected": E([L("11623", 1, "58")], topics=["global-period"], dx={"11623": ["C44.42"]}),
    "coder_note": "EX-4/GS-5: re-excision for a positive margin inside the 10-day global of the 12/09 excision -> 58 "
                  "(new global). Malignant code because the original lesion was malignant. 2.2 + 2 x 0.3 = 2.8 cm "
                  "scalp -> 11623. Single-layer staple closure is included.",
})

# =============================================================================================================
# EXCISION - BENIGN
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-exb-back-cyst-resident-attest-layered",
    "family": "excision-benign", "shape": "note-only", "html": True,
    "description": "Recurrently inflamed epidermoid cyst L upper back 2.0 cm + 1 mm margins (2.2 cm), layered "
                   "closure 4.0 cm; resident note with attending attestation; path final benign; commercial",
    "date": "2025-10-28",
    "patient": ("Sorensen-Achebe", "Kofi", "1983-06-30", "male"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 55,
    "conditions": [
        C("c1", "Epidermal cyst", "L72.0", "Left upper back", reason=True),
    ],
    "path": [{"text": "LEFT UPPER BACK, EXCISION: Ruptured epidermoid cyst with foreign-body giant cell reaction. "
                      "No atypia.", "site": "Left upper back", "date": "2025-10-31"}],
    "note_title": "Procedure Note - Resident",
    "note": HDR + """<p><b>Resident:</b> Priya Raman, MD (PGY-3) &nbsp; <b>Attending:</b> Astrid Lindgren, MD</p>
<p><b>Indication:</b> Left upper back cyst, painful, inflamed and drained at urgent care in August and again in
September 2025 (doxycycline both times). Quiet now; patient wants it removed before it flares again.</p>
<p><b>Procedure:</b> Excision of benign lesion with layered closure.</p>
<table border="1">
<tr><td><b>Cyst size (pre-op, calipers)</b></td><td>2.0 x 1.8 cm, central punctum</td></tr>
<tr><td><b>Margin</b></td><td>1 mm of skin around the cyst and punctum</td></tr>
<tr><td><b>Excision</b></td><td>Fusiform, cyst wall removed intact</td></tr>
<tr><td><b>Repair</b></td><td>Layered &ndash; 3-0 Vicryl deep, 4-0 nylon simple interrupted; <b>4.0 cm</b></td></tr>
</table>
<p>No complications. Sutures out in 12-14 days. Pathology pending at discharge.</p>
<p><b>Attending attestation:</b> I was present for the entire procedure and supervised the resident throughout. I
agree with the findings and plan above. &ndash; Astrid Lindgren, MD</p>
<p><i>Path 10/31/2025:</i> ruptured epidermoid cyst, benign.</p>
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.0 + 2 x 0.1 = 2.2 cm trunk -> 11403; final path benign. Layered closure 4.0 cm trunk -> "
                  "12032. Covered: painful, recurrently inflamed cyst. Teaching attestation does not change codes "
                  "(GC not in the house conventions).",
})

SCENARIOS.append({
    "id": "s35-exb-arm-atypical-nevus-precoded-malignant-and-layered",
    "family": "excision-benign", "shape": "pre-coded", "html": True,
    "description": "Re-excision of moderately atypical nevus L upper arm (0.6 cm + 2 mm = 1.0 cm); charge entry "
                   "used 11601 and 12031 although path is benign and closure single-layer; Medicare Advantage",
    "date": "2025-11-25",
    "patient": ("Quimby", "Harriet", "1948-09-14", "female"),
    "provider": "castellanos", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Dysplastic nevus with moderate atypia, left upper arm", None, "Left upper arm", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion arm", "11601", "Left upper arm", reasons=["c1"]),
        P("Intermediate repair arm", "12031", "Left upper arm", reasons=["c1"]),
    ],
    "path": [{"text": "LEFT UPPER ARM, RE-EXCISION: Scar with residual compound dysplastic nevus with moderate "
                      "cytologic atypia; margins clear. No melanoma.", "site": "Left upper arm",
              "date": "2025-11-28"}],
    "note_title": "Excision Note",
    "note": HDR + """<p><b>Procedure:</b> Re-excision, left upper arm</p>
<p><b>Reason:</b> Shave biopsy 11/03/2025: compound dysplastic nevus with moderate atypia, peripheral margin
involved. Re-excision to clear, per our atypical-nevus protocol. Not a melanoma; no in-situ component reported.</p>
<ul>
<li>Residual pigment / biopsy site: <b>0.6 cm</b></li>
<li>Margin: <b>2 mm</b></li>
<li>Ellipse 2.8 x 0.9 cm</li>
<li>Closure: 4-0 nylon simple interrupted sutures, single layer, 2.8 cm. No buried sutures.</li>
</ul>
<p>Specimen to pathology. Sutures out in 10 days (may be done by her PCP).</p>
<p><i>Path 11/28/2025:</i> residual moderately dysplastic nevus, margins clear, no melanoma.</p>
<p>I. Castellanos, MD</p>
""",
    "expected": E([L("11401")], topics=["coding-correction"]),
    "coder_note": "EX-3: dysplastic nevus (even with moderate atypia) is benign -> benign excision; 0.6 + 2 x 0.2 = "
                  "1.0 cm arm -> 11401. Single-layer closure is a simple repair, included in the excision: 12031 not "
                  "supported.",
})

SCENARIOS.append({
    "id": "s35-exb-scalp-pilar-cyst-no-size-layered-kept",
    "family": "excision-benign", "shape": "free-text",
    "description": "Tender pilar cyst R occipital scalp excised; no cyst/lesion size anywhere; layered closure "
                   "3.2 cm documented; commercial",
    "date": "2025-12-30",
    "patient": ("Tran", "Linh", "1979-02-11", "female"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 45,
    "conditions": [
        C("c1", "Pilar cyst", "L72.11", "Right occipital scalp", reason=True),
    ],
    "procedures": [
        P("Excision of cyst, scalp", site="Right occipital scalp",
          note="Tender, firm, mobile cyst; catches on her hairbrush and has been sore for months. Incised over "
               "the dome, cyst dissected out intact with a thin rim of overlying skin.", reasons=["c1"]),
        P("Layered closure, scalp", site="Right occipital scalp",
          note="Dead space closed with 3-0 Vicryl buried sutures, skin with staples. Repair length 3.2 cm.",
          reasons=["c1"]),
    ],
    "path": [{"text": "SCALP, RIGHT OCCIPITAL, EXCISION: Trichilemmal (pilar) cyst.", "site": "Right occipital scalp",
              "date": "2026-01-02"}],
    "note_title": "Procedure Note",
    "note": """Kestrel University Hospital - Dermatologic Surgery Clinic
Provider: Astrid Lindgren, MD
S: 46F with a sore lump on the back of the scalp for over a year; brushing her hair hurts. Mother had several
similar cysts removed.
O: Firm mobile subcutaneous cyst, right occipital scalp, tender to palpation, no drainage.
A: Pilar cyst, symptomatic.
P: Excision today after consent; see procedure records for technique and closure.
Hemostasis with electrocautery. Bacitracin, gauze, headband dressing x 24 h.
May shampoo in 48 h. Staples out in 10 days.
Pathology pending; will call with result.
""",
    "expected": E([L("12032")], topics=["missing-documentation"], dx={"12032": ["L72.11"]}),
    "coder_note": "README Coding decisions: no lesion size -> no excision line (missing-documentation); the separately "
                  "documented layered scalp closure of 3.2 cm is kept -> 12032.",
})

# =============================================================================================================
# REPAIR (incl. adjacent tissue transfer after outside Mohs)
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-rep-outside-mohs-cheek-rhombic-flap",
    "family": "repair", "shape": "note-only", "html": True,
    "description": "Rhombic transposition flap 7.5 sq cm L cheek for a defect left by outside Mohs the same "
                   "morning (different group); decision made at consult 2 weeks earlier; Medicare FFS",
    "date": "2025-10-30",
    "patient": ("Ulrich", "Greta", "1939-12-08", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 75,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of left cheek", "C44.319", "Left cheek", reason=True),
    ],
    "note_title": "Reconstruction Operative Note",
    "note": HDR + """<p><b>Operation:</b> Adjacent tissue transfer (rhombic transposition flap), left cheek</p>
<p><b>Surgeon:</b> Astrid Lindgren, MD &nbsp; <b>Referring Mohs surgeon:</b> P. Amundsen, MD, Lakeview Dermatology
(separate practice), who cleared a nodular BCC of the left cheek in 2 stages this morning.</p>
<p><b>Pre-op:</b> Seen in reconstruction consultation on 10/16/2025, when the flap plan and consent were completed;
no new evaluation today beyond the usual pre-op check.</p>
<table border="1">
<tr><th>Measurement</th><th>Value</th></tr>
<tr><td>Mohs defect on arrival</td><td>2.0 x 1.6 cm, subcutaneous fat</td></tr>
<tr><td>Primary defect area</td><td>3.1 sq cm</td></tr>
<tr><td>Secondary defect (flap donor) area</td><td>4.4 sq cm</td></tr>
<tr><td><b>Total area</b></td><td><b>7.5 sq cm</b></td></tr>
</table>
<p>Flap elevated in the subcutaneous plane, transposed, donor site closed primarily. 5-0 Monocryl deep, 6-0 nylon
superficial. Tolerated well, minimal blood loss.</p>
<p>Sutures out in 7 days, then 6 weeks and 3 months (global period visits).</p>
<p>A. Lindgren, MD</p>
""",
    "expected": E([L("14040")], dx={"14040": ["C44.319"]}),
    "coder_note": "FLAP-1: cheek, 3.1 + 4.4 = 7.5 sq cm -> 14040. Mohs was billed by the outside surgeon. No E/M: "
                  "decision for surgery was made at the earlier consult.",
})

SCENARIOS.append({
    "id": "s35-rep-three-excisions-repair-sum-precoded",
    "family": "repair", "shape": "pre-coded", "html": True,
    "description": "Three benign excisions (back, R forearm, L neck) with layered repairs 3.5 + 4.5 cm "
                   "(trunk/extremity group) and 2.4 cm neck; charge entry billed 12032 twice; commercial",
    "date": "2025-11-20",
    "patient": ("Galloway", "Neil", "1975-05-05", "male"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 95,
    "conditions": [
        C("c1", "Atypical (changing) pigmented lesion, left upper back", None, "Left upper back", reason=True),
        C("c2", "Dermatofibroma, right forearm, painful", "D23.61", "Right forearm", reason=True),
        C("c3", "Epidermal cyst, left lateral neck", "L72.0", "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk/arm/leg", "11402", "Left upper back", reasons=["c1"]),
        P("Excision benign lesion trunk/arm/leg", "11402", "Right forearm", reasons=["c2"]),
        P("Excision benign lesion scalp/neck/hands/feet", "11422", "Left lateral neck", reasons=["c3"]),
        P("Intermediate repair trunk/extremities", "12032", "Left upper back", reasons=["c1"]),
        P("Intermediate repair trunk/extremities", "12032", "Right forearm", reasons=["c2"]),
        P("Intermediate repair neck/hands/feet", "12041", "Left lateral neck", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. LEFT UPPER BACK: Compound dysplastic nevus with mild atypia, margins clear.",
         "site": "Left upper back", "date": "2025-11-24"},
        {"text": "B. RIGHT FOREARM: Dermatofibroma.", "site": "Right forearm", "date": "2025-11-24"},
        {"text": "C. LEFT LATERAL NECK: Epidermoid cyst.", "site": "Left lateral neck", "date": "2025-11-24"},
    ],
    "note_title": "Multiple Excision Operative Note",
    "note": HDR + """<p><b>Procedures:</b> Excision x3 with layered repairs. Surgeon: I. Castellanos, MD</p>
<table border="1">
<tr><th>Site</th><th>Lesion</th><th>Lesion size</th><th>Margin</th><th>Repair</th><th>Length</th></tr>
<tr><td>A. Left upper back</td><td>Changing pigmented papule (darkened per wife's photos)</td><td>0.8 cm</td><td>3 mm</td><td>Layered</td><td>3.5 cm</td></tr>
<tr><td>B. Right forearm</td><td>Dermatofibroma, painful when bumped at work</td><td>0.7 cm</td><td>2 mm</td><td>Layered</td><td>4.5 cm</td></tr>
<tr><td>C. Left lateral neck</td><td>Epidermoid cyst, inflamed twice this year</td><td>1.0 cm</td><td>1 mm</td><td>Layered</td><td>2.4 cm</td></tr>
</table>
<p>Layered repairs: 4-0 Monocryl deep dermal and 4-0/5-0 nylon superficial at each site. Specimens A-C to pathology.</p>
<p>Sutures out: neck 7 days, back and arm 14 days.</p>
<p><i>Pathology 11/24/2025:</i> A mildly dysplastic compound nevus; B dermatofibroma; C epidermoid cyst &ndash; all benign.</p>
""",
    "expected": E([L("11402", 2), L("11422"), L("12034"), L("12041")], topics=["coding-correction"],
                  dx={"11422": ["L72.0"]}),
    "coder_note": "EX-1: A 0.8 + 0.6 = 1.4, B 0.7 + 0.4 = 1.1 -> 11402 x2; C 1.0 + 0.2 = 1.2 neck -> 11422. REP-1: "
                  "back and forearm layered repairs are one group (12031-12037): 3.5 + 4.5 = 8.0 cm -> 12034, not "
                  "12032 x2. Neck 2.4 cm -> 12041.",
})

SCENARIOS.append({
    "id": "s35-rep-outside-mohs-forehead-complex-6cm",
    "family": "repair", "shape": "free-text",
    "description": "Complex repair 6.0 cm L forehead (debridement of edges, extensive undermining) after outside "
                   "Mohs of SCC; Medicare Advantage PPO",
    "date": "2026-01-08",
    "patient": ("Iversen", "Per", "1946-03-19", "male"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 70,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of forehead", "C44.329", "Left forehead", reason=True),
    ],
    "procedures": [
        P("Complex linear repair, forehead", site="Left forehead",
          note="Mohs defect from Summit Skin Surgery (Dr. Hattori, same morning), 2.6 x 2.0 cm to frontalis fascia, "
               "with crushed, irregular edges. Edges debrided sharply back to healthy bleeding dermis. Extensive "
               "undermining in the subgaleal plane (about 3 cm on each side, beyond the defect width). Layered "
               "closure 4-0 Monocryl deep, 5-0 Prolene running. Final repair length 6.0 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Reconstruction Note",
    "note": """Kestrel University Hospital Dermatologic Surgery - reconstruction clinic
Surgeon: A. Lindgren MD
79M sent over directly after outside Mohs of a well-differentiated SCC of the left forehead (cleared, 3 stages
per the outside report, which we do not bill). Plan agreed at his consult visit last week: linear complex repair.
No anticoagulants. No pacemaker. Prior BCC of the right temple excised 2018.
Closure oriented horizontally in a forehead crease. Details in the procedure record.
Complex repair: debridement of wound edges plus extensive undermining.
Estimated blood loss minimal. Pressure dressing.
Eyelid swelling/bruising expected; ice packs.
Sutures out 7 days. Scar care reviewed.
""",
    "expected": E([L("13132")], dx={"13132": ["C44.329"]}),
    "coder_note": "REP-3: debridement of wound edges and extensive undermining = complex. Forehead 6.0 cm -> 13132 "
                  "(13131-13133 group, 2.6-7.5 cm). Outside Mohs not coded here.",
})

SCENARIOS.append({
    "id": "s35-rep-nose-complex-1cm-precoded",
    "family": "repair", "shape": "pre-coded",
    "description": "1.0 cm layered closure of nasal dorsum after outside Mohs pre-coded as complex 13151; "
                   "complex repair <= 1.0 cm is coded as intermediate 12051; Medicare FFS",
    "date": "2026-01-22",
    "patient": ("Bellweather", "Joan", "1958-08-08", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Nasal dorsum", reason=True),
    ],
    "procedures": [
        P("Complex repair nose", "13151", "Nasal dorsum",
          note="Post-Mohs defect 0.5 x 0.4 cm. Edges freshened, layered closure 5-0 Monocryl deep and 6-0 nylon "
               "superficial. Final length 1.0 cm.", reasons=["c1"]),
    ],
    "note_title": "Repair Note",
    "note": """DERMATOLOGIC SURGERY - REPAIR NOTE
Patient arrives from Dr. Hattori's office (outside Mohs, cleared in 1 stage today).
Defect: 0.5 x 0.4 cm, nasal dorsum, mid-line, to deep dermis. Nostril rim and alar groove not involved.
Options: second intention vs linear closure. Linear closure chosen for contour.
Procedure: lidocaine 1% w/ epi 1 mL. Dog-ears trimmed, edges freshened.
Layered closure 5-0 Monocryl (2 buried) + 6-0 nylon simple interrupted.
Final repair length: 1.0 cm.
Dressing: petrolatum, paper tape. Sutures out 6 days.
No complications.
I. Castellanos, MD
""",
    "expected": E([L("12051")], topics=["coding-correction"], dx={"12051": ["C44.311"]}),
    "coder_note": "REP-2 / code_families note: a complex repair of 1.0 cm or less is coded as simple or intermediate; "
                  "the layered closure on the nose -> 12051.",
})

SCENARIOS.append({
    "id": "s35-rep-outside-mohs-nasal-tip-and-lip-summed",
    "family": "repair", "shape": "note-only", "html": True,
    "description": "Two outside-Mohs defects (nasal tip 2.4 cm, cutaneous upper lip 2.9 cm) closed in layers "
                   "by a resident; lengths summed in the face group -> 12053; commercial",
    "date": "2026-02-10",
    "patient": ("Okoro-Beaumont", "Simone", "1962-11-29", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 80,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Nasal tip", reason=True),
        C("c2", "Basal cell carcinoma of skin of lip", "C44.01", "Right cutaneous upper lip", reason=True),
    ],
    "note_title": "Reconstruction Note - Resident",
    "note": HDR + """<p><b>Resident:</b> Daniel Osei-Kuffour, MD (PGY-4) &nbsp; <b>Attending:</b> Astrid Lindgren, MD</p>
<p><b>HPI:</b> 63F, two BCCs treated with Mohs this morning by Dr. Hattori (Summit Skin Surgery). Both cleared per
the outside report. Sent for same-day repair as arranged at her consult last month.</p>
<table border="1">
<tr><th>Defect</th><th>Size</th><th>Repair</th><th>Length</th><th>Notes</th></tr>
<tr><td>1. Nasal tip</td><td>0.9 x 0.7 cm</td><td>Layered linear closure</td><td>2.4 cm</td><td>Nostril rims not involved</td></tr>
<tr><td>2. Right cutaneous upper lip</td><td>1.0 x 0.8 cm</td><td>Layered linear closure</td><td>2.9 cm</td><td>5 mm above the vermilion border; vermilion not involved</td></tr>
</table>
<p>5-0 Monocryl deep dermal sutures and 6-0 Prolene superficial at both sites. No flaps or grafts. Minimal
undermining only. Tolerated well.</p>
<p><b>Plan:</b> Sutures out at 6 days. Avoid wide smiling/stretching for a week.</p>
<p><b>Attending attestation:</b> I was present for the key and critical portions of both repairs and immediately
available throughout. Agree with the resident's documentation. &ndash; A. Lindgren, MD</p>
""",
    "expected": E([L("12053")]),
    "coder_note": "REP-1/REP-2: nose and lip are the same intermediate group (12051-12057): 2.4 + 2.9 = 5.3 cm -> "
                  "12053. No free-margin involvement, so not complex.",
})

SCENARIOS.append({
    "id": "s35-rep-new-pt-consult-decides-dorsal-nasal-flap-57",
    "family": "repair", "shape": "free-text", "html": True,
    "description": "New-patient reconstruction consult after same-day outside Mohs decides a dorsal nasal rotation "
                   "flap (12.7 sq cm) done the same day: 99204-57 + 14061; Medicare (NGS)",
    "date": "2026-02-24",
    "patient": ("Wexford", "Calvin", "1951-07-07", "male"),
    "provider": "lindgren", "payer": "medicare-ngs", "minutes": 150, "em": "99204",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Nasal dorsum and right sidewall",
          reason=True),
    ],
    "procedures": [
        P("Dorsal nasal rotation flap (Rieger)", site="Nasal dorsum and right sidewall",
          note="Defect 1.9 x 1.5 cm. Primary defect 2.8 sq cm, secondary defect 9.9 sq cm, total 12.7 sq cm.",
          reasons=["c1"]),
    ],
    "note_title": "Reconstruction Consult and Operative Note",
    "note": HDR + """<p><b>New patient consultation &ndash; facial reconstruction</b> (level of service 99204)</p>
<p>72M on clopidogrel for a coronary stent. Outside Mohs this morning (Lakeview Dermatology) for a recurrent BCC of
the nasal dorsum, 4 stages. Not previously seen in our department. Reviewed the outside op note and photos, the
cardiology plan for clopidogrel, and his diabetes control (A1c 8.1%). Examined the defect: 1.9 x 1.5 cm, to
perichondrium, dorsum extending onto the right sidewall.</p>
<p><b>Options discussed:</b> full-thickness skin graft, two-stage paramedian forehead flap, dorsal nasal rotation
flap. Risks specific to him (bleeding on clopidogrel, diabetes and healing) reviewed.</p>
<p><b>Decision:</b> proceed today with a dorsal nasal rotation flap. Consent signed.</p>
<p><b>Operation:</b> Dorsal nasal (Rieger) rotation flap &ndash; primary defect 2.8 sq cm, secondary defect
9.9 sq cm, <b>total 12.7 sq cm</b>. 5-0 Monocryl / 6-0 Prolene. Hemostasis meticulous. No complications.</p>
<p>Sutures out in 7 days; post-op visits during the 90-day global.</p>
<p>A. Lindgren, MD</p>
""",
    "expected": E([L("99204", 1, "57"), L("14061")], dx={"14061": ["C44.311"]}),
    "coder_note": "GS-4/FLAP-4: E/M on the day of a 090 flap that results in the decision to operate -> 99204-57. "
                  "FLAP-1: nose 12.7 sq cm -> 14061.",
})

# =============================================================================================================
# POST-OP / GLOBAL PERIOD
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-postop-suture-removal-day9-99024",
    "family": "post-op", "shape": "note-only", "html": True,
    "description": "Suture removal and pathology review 9 days after a benign excision (010 global); no E/M "
                   "selected; Medicare FFS",
    "date": "2025-11-06",
    "patient": ("Prendergast", "Oona", "1955-01-27", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", "Left anterior thigh", reason=True),
        C("c2", "Dermatofibroma, left thigh (excised)", "D23.72", "Left anterior thigh", history=True),
    ],
    "prior": [PRIOR("2025-10-28", "11402", "Excision dermatofibroma left anterior thigh, 1.2 cm excised diameter",
                    "Left anterior thigh")],
    "note_title": "Post-operative Visit",
    "note": HDR + """<p><b>Post-operative visit</b> &ndash; day 9 after excision of a painful dermatofibroma, left
anterior thigh (10/28/2025, Dr. Castellanos).</p>
<p><b>Interval:</b> No fever, mild itch at the incision, no drainage. Walking normally.</p>
<p><b>Exam:</b> 3.4 cm linear incision well approximated, no erythema, no dehiscence, no hematoma.</p>
<ul>
<li>Nine 4-0 nylon sutures removed; Steri-Strips applied.</li>
<li>Pathology reviewed with the patient: dermatofibroma, completely excised. No further treatment.</li>
<li>Scar care: silicone gel after 2 weeks, sun protection.</li>
</ul>
<p>No new complaints; no other problems addressed. Return as needed or at her routine 12-month skin check.</p>
<p>I. Castellanos, MD</p>
""",
    "expected": E([L("99024")]),
    "coder_note": "GS-5 / conventions: routine post-op visit inside the 10-day global of the 10/28 excision -> 99024, "
                  "no E/M.",
})

SCENARIOS.append({
    "id": "s35-postop-new-neck-lesion-shave-in-flap-global-79",
    "family": "post-op", "shape": "pre-coded", "html": True,
    "description": "Shave removal of a new bleeding neck papule (0.7 cm) 30 days into the 090 global of a cheek "
                   "flap; charge sent as 11306 without 79; Medicare Advantage",
    "date": "2026-01-29",
    "patient": ("Kowalczyk", "Teodor", "1944-04-04", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Bleeding papule, left lateral neck, pathology pending", None, "Left lateral neck", reason=True),
    ],
    "prior": [PRIOR("2025-12-30", "14040", "Rhombic transposition flap left cheek after outside Mohs", "Left cheek")],
    "procedures": [
        P("Shave removal, neck, 0.6-1.0 cm", "11306", "Left lateral neck", reasons=["c1"]),
    ],
    "note_title": "Procedure Visit",
    "note": HDR + """<p><b>Reason:</b> New lesion. Patient called about a papule on the left side of the neck that
bleeds every time he shaves, present about 6 weeks.</p>
<p><b>Exam:</b> 0.7 cm friable pink papule, left lateral neck, with hemorrhagic crust.</p>
<p><b>Procedure:</b> Shave removal with a flexible blade after 1% lidocaine with epinephrine; base hemostasis with
aluminum chloride. Specimen to dermatopathology (pending).</p>
<p><b>Other:</b> His left cheek flap (12/30/2025) was not evaluated today; he keeps his scheduled 6-week post-op
visit on 02/10. Today's lesion is unrelated to that surgery.</p>
<p>A. Lindgren, MD</p>
""",
    "expected": E([L("11306", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated procedure (new lesion) inside the 90-day global of the 12/30 flap -> 79. Neck "
                  "0.7 cm shave -> 11306.",
})

SCENARIOS.append({
    "id": "s35-postop-suture-removal-em-sent-inside-global",
    "family": "post-op", "shape": "free-text",
    "description": "Suture removal 7 days after Mohs + intermediate repair of L temple (010 global); provider "
                   "selected 99212; commercial",
    "date": "2026-02-10",
    "patient": ("Ashworth", "Lillian", "1968-10-10", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", "Left temple", reason=True),
    ],
    "prior": [PRIOR("2026-02-03", "12052", "Intermediate repair 2.6 cm left temple after Mohs of BCC",
                    "Left temple")],
    "procedures": [
        P("Suture removal", site="Left temple",
          note="6-0 Prolene running suture removed. Incision intact, trace erythema at the ends only, no "
               "discharge.", reasons=["c1"]),
    ],
    "note_title": "Post-op Visit",
    "note": """Kestrel University Hospital - Mohs Surgery Clinic
Post-operative check, day 7 after Mohs (1 stage) and layered repair of a left temple BCC on 02/03/2026.
Pt reports mild tenderness only, no fever. Using Vaseline as instructed.
Exam: 2.6 cm linear repair intact, well approximated, trace erythema at the corners, no drainage, no hematoma.
Sutures removed without difficulty. Steri-Strips placed.
Margins were clear on the day of surgery - no further treatment needed.
Reviewed scar massage from week 3 and daily sunscreen.
No other concerns raised today.
Return: 3-month skin check with her general dermatologist.
S. Weiss, MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "Inside the 10-day global of the 02/03 intermediate repair; only post-op care (suture removal, wound "
                  "check) -> 99024 instead of the selected 99212.",
})

SCENARIOS.append({
    "id": "s35-postop-rosacea-flare-inside-flap-global-24",
    "family": "post-op", "shape": "note-only", "html": True,
    "description": "Unrelated papulopustular rosacea flare with new prescriptions 21 days after a cheek flap (090); "
                   "flap not assessed; 99213 selected; Medicare FFS",
    "date": "2026-03-03",
    "patient": ("Fairbanks", "Eleanor", "1950-06-21", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Papulopustular rosacea, flare", None, "Central face", reason=True),
    ],
    "prior": [PRIOR("2026-02-10", "14040", "Advancement flap right cheek after Mohs of BCC", "Right cheek")],
    "note_title": "Dermatology Office Visit",
    "note": HDR + """<p><b>Chief complaint:</b> "My rosacea is out of control." Flushing and bumps across the nose, chin
and central cheeks for 3 weeks since she stopped her metronidazole cream.</p>
<p><b>Exam:</b> Numerous inflammatory papules and pustules on the nose, chin and medial cheeks, background
erythema and telangiectasias. No ocular symptoms.</p>
<p><b>Assessment / plan:</b></p>
<ul>
<li>Papulopustular rosacea, flare &ndash; start doxycycline 40 mg modified-release daily (new prescription) and
restart metronidazole 0.75% gel BID. Gentle cleanser, daily mineral sunscreen, avoid triggers.</li>
<li>Right cheek advancement flap 02/10/2026: not part of today's visit and not examined; her scheduled
post-op visit is 03/24.</li>
</ul>
<p>Return in 8 weeks for rosacea. <b>Level of service:</b> 99213 (low MDM; prescription drug management).</p>
<p>A. Lindgren, MD</p>
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"]),
    "coder_note": "GS-5: E/M for a problem unrelated to the flap during its 90-day global -> 99213-24.",
})

# =============================================================================================================
# MIXED
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-mixed-chest-bcc-excision-aks-thigh-punch",
    "family": "mixed", "shape": "note-only", "html": True,
    "description": "Same session: excision of biopsy-proven chest BCC (1.9 cm), LN2 to 5 scalp AKs, punch biopsy "
                   "of a new L thigh papule; resident note with attestation; Medicare FFS",
    "date": "2025-12-04",
    "patient": ("Hargreaves", "Walter", "1942-09-30", "male"),
    "provider": "castellanos", "payer": "medicare", "minutes": 70,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of chest", "C44.519", "Left upper chest", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Scalp", reason=True),
        C("c3", "New pink scaly papule, left anterior thigh - biopsy pending", None, "Left anterior thigh",
          reason=True),
    ],
    "note_title": "Procedure Note - Resident",
    "note": HDR + """<p><b>Resident:</b> Priya Raman, MD (PGY-3) &nbsp; <b>Attending:</b> Ines Castellanos, MD</p>
<p><b>Planned:</b> excision of nodular BCC left upper chest (shave biopsy 11/12/2025, final).</p>
<table border="1">
<tr><th>#</th><th>Site</th><th>Procedure</th><th>Details</th></tr>
<tr><td>1</td><td>Left upper chest</td><td>Excision, BCC</td><td>Lesion 1.1 cm, 4 mm margins; single-layer closure
4-0 nylon</td></tr>
<tr><td>2</td><td>Scalp (vertex, frontal)</td><td>Cryodestruction</td><td>Five hyperkeratotic actinic keratoses,
liquid nitrogen, 2 freeze-thaw cycles</td></tr>
<tr><td>3</td><td>Left anterior thigh</td><td>Punch biopsy 4 mm</td><td>New 6 mm pink scaly papule (ddx SCC in
situ vs irritated SK); 1 suture</td></tr>
</table>
<p>Specimens 1 and 3 to dermatopathology; results pending. Not treated: multiple stable SKs on the back.</p>
<p>Sutures out in 10-14 days. Will call with results.</p>
<p><b>Attending attestation:</b> I was present for all three procedures and agree with the documentation. &ndash;
Ines Castellanos, MD</p>
""",
    "expected": E([L("11602"), L("17000", 1, "XS"), L("17003", 4), L("11104", 1, "XS")],
                  dx={"11602": ["C44.519"], "17000": ["L57.0"]}),
    "coder_note": "EX-1: 1.1 + 0.8 = 1.9 cm trunk, malignant before excision -> 11602. AKs: 5 -> 17000 + 17003 x4. "
                  "Separate lesions: 11602/17000 and 11104/17000 indicator 1 -> XS on 17000; 11602/11104 "
                  "indicator 1 -> XS on 11104.",
})

SCENARIOS.append({
    "id": "s35-mixed-mohs-preauricular-plus-back-bx-hand-aks",
    "family": "mixed", "shape": "free-text",
    "description": "Mohs R preauricular cheek BCC 2 stages (repair delayed to facial plastics), tangential bx of a "
                   "separate back lesion, LN2 to 3 hand AKs; Medicare Advantage",
    "date": "2026-01-27",
    "patient": ("Szabo", "Ilona", "1947-12-12", "female"),
    "provider": "okonkwo", "payer": "medicare-advantage", "minutes": 160,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of right preauricular cheek", "C44.319", "Right preauricular cheek",
          reason=True),
        C("c2", "Irregular pigmented macule, right upper back", None, "Right upper back", reason=True),
        C("c3", "Actinic keratosis", "L57.0", "Dorsal hands", reason=True),
    ],
    "procedures": [
        P("Mohs surgery stage I", site="Right preauricular cheek",
          note="Biopsy-proven nodular BCC (12/15/2025). 3 tissue blocks; residual at inferior margin.",
          reasons=["c1"]),
        P("Mohs surgery stage II", site="Right preauricular cheek", note="2 tissue blocks; clear.",
          reasons=["c1"]),
        P("Wound care, delayed repair", site="Right preauricular cheek",
          note="Defect 2.2 x 1.8 cm dressed; closure by facial plastic surgery (Dr. Nguyen) in 1 week - not "
               "repaired today."),
        P("Tangential biopsy (shave) for histology", site="Right upper back",
          note="0.6 cm irregular pigmented macule noticed on exam today, separate from the face tumour. "
               "DermaBlade saucerization, pathology pending.", reasons=["c2"]),
        P("Cryodestruction of actinic keratoses", site="Dorsal hands",
          note="3 AKs (right hand 2, left hand 1), liquid nitrogen.", reasons=["c3"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Kestrel University Hospital - Mohs Surgery. Surgeon/pathologist: C. Okonkwo MD.
Right preauricular cheek BCC: 2 Mohs stages (3 blocks, 2 blocks), cleared.
Repair is NOT done today: the patient prefers reconstruction by facial plastics, scheduled in one week.
While examining the face and back before surgery, a new irregular pigmented macule was found on the
right upper back; tangential biopsy taken (separate site).
Three gritty AKs on the dorsal hands frozen with liquid nitrogen at her request.
Prior history: SCC in situ of the left shin treated with ED&C in 2020; no recurrence.
Wound care handout given. Call with the back biopsy result.
Follow-up: facial plastics 02/03; here in 4 months.
""",
    "expected": E([L("17311"), L("17312"), L("11102", 1, "XS"), L("17000", 1, "XS"), L("17003", 2)],
                  dx={"17311": ["C44.319"], "17000": ["L57.0"]}),
    "coder_note": "Mohs head 2 stages -> 17311 + 17312; repair deferred to another surgeon. Biopsy of a different "
                  "lesion: 17311/11102 indicator 1 -> XS (not 59: not the same-lesion diagnostic biopsy). AKs x3 -> "
                  "17000 + 17003 x2; 11102/17000 indicator 1 -> XS on 17000.",
})

# =============================================================================================================
# BIOPSY
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-bx-punch-scalp-two-tangential-deferred-fourth",
    "family": "biopsy", "shape": "note-only",
    "description": "Punch bx vertex scalp + tangential bx R upper back and L forearm; a fourth biopsy offered and "
                   "deferred; path pending; Medicare FFS",
    "date": "2025-10-09",
    "patient": ("Mbeki-Walsh", "Ada", "1958-02-02", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Firm pink papule, vertex scalp", None, "Vertex scalp", reason=True),
        C("c2", "Irregular pigmented macule, right upper back", None, "Right upper back", reason=True),
        C("c3", "Scaly papule, left forearm", None, "Left forearm", reason=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """KESTREL UNIVERSITY HOSPITAL - DERMATOLOGY PROCEDURE CLINIC
Provider: Rafael Santos, MD
67F referred from the general clinic for three lesions flagged at her skin check last week.
Consent for biopsies obtained; risks of scar, infection, bleeding reviewed.

1) Vertex scalp - 0.6 cm firm pink papule. 4 mm punch biopsy, one 4-0 nylon suture.
2) Right upper back - 0.5 cm irregular brown macule. Tangential (shave) biopsy with DermaBlade, to mid-dermis.
3) Left forearm - 0.4 cm scaly pink papule. Tangential biopsy, flexible blade.
Hemostasis with aluminum chloride at 2 and 3.

Left shin - smooth 0.3 cm tan papule, likely dermatofibroma; biopsy was offered and she preferred to watch it.
Not biopsied. She will send a photo in 3 months.

All three specimens to dermatopathology; results pending.
Wound care: petrolatum daily until healed; scalp suture out in 10 days.
""",
    "expected": E([L("11104"), L("11103", 2)]),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary; the two tangential biopsies take 11103 x2. The "
                  "deferred shin biopsy is not coded.",
})

SCENARIOS.append({
    "id": "s35-bx-precoded-deleted-11100-incisional-plus-punch",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Charge entry used deleted 11100/11101; documentation shows an incisional wedge bx L thigh and a "
                   "4 mm punch R forearm -> 11106 + 11105; commercial",
    "date": "2025-11-13",
    "patient": ("Castaneda", "Ruben", "1969-07-19", "male"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Indurated plaque, left anterior thigh", None, "Left anterior thigh", reason=True),
        C("c2", "Violaceous papule, right forearm", None, "Right forearm", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", "11100", "Left anterior thigh",
          note="Incisional wedge biopsy with #15 blade, full thickness into subcutaneous fat, 2.0 x 0.6 cm "
               "ellipse across the edge of the plaque; closed with 2 simple sutures.", reasons=["c1"]),
        P("Biopsy of skin, each additional lesion", "11101", "Right forearm",
          note="4 mm punch biopsy of a 0.5 cm violaceous papule; one suture.", reasons=["c2"]),
    ],
    "note_title": "Biopsy Note",
    "note": """DERMATOLOGY - PROCEDURE NOTE (R. Santos MD)
56M with a 4-month history of a firm, indurated plaque on the left anterior thigh (ddx morphea vs panniculitis)
and a separate violaceous papule on the right forearm (ddx lichen planus vs other).
Deep tissue is needed for the thigh plaque, so an incisional (wedge) biopsy with a scalpel was chosen rather than a
punch. Specimen included subcutaneous fat. A 4 mm punch was adequate for the forearm papule.
Two specimens sent separately. Results in 7-10 days.
Sutures out: thigh 12 days, forearm 10 days.
No other procedures. Reviewed wound care.
Follow-up after pathology to discuss treatment.
Signed R. Santos, MD.
""",
    "expected": E([L("11106"), L("11105")], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted in 2019 (invalid-code). BX-1/BX-2: incisional (scalpel, full thickness) "
                  "is the primary 11106; the punch takes its own add-on 11105.",
})

# =============================================================================================================
# SHAVE
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-shave-back-inflamed-sk-and-nasal-papule",
    "family": "shave", "shape": "free-text",
    "description": "Shave removals: bleeding inflamed SK R lower back 1.2 cm and a changing 0.4 cm papule on the L "
                   "nasal sidewall; final path SK and intradermal nevus; Medicare FFS",
    "date": "2025-12-11",
    "patient": ("Whitcombe", "Doris", "1945-05-15", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Right lower back", reason=True),
        C("c2", "Melanocytic nevi of other parts of face", "D22.39", "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Shave removal, back", site="Right lower back",
          note="1.2 cm crusted, inflamed keratotic papule that catches on her waistband and has bled repeatedly. "
               "Removed by tangential shave to the base, hemostasis with aluminum chloride.", reasons=["c1"]),
        P("Shave removal, nose", site="Left nasal sidewall",
          note="0.4 cm papule that became darker and raised over 4 months; melanoma a realistic consideration. "
               "Entire lesion removed by shave; specimen to pathology.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. RIGHT LOWER BACK, SHAVE: Irritated (inflamed) seborrheic keratosis.", "site": "Right lower back",
         "date": "2025-12-15"},
        {"text": "B. LEFT NASAL SIDEWALL, SHAVE: Intradermal melanocytic nevus. No atypia.",
         "site": "Left nasal sidewall", "date": "2025-12-15"},
    ],
    "note_title": "Procedure Note",
    "note": """Dermatology procedure clinic - R. Santos MD
80F, two lesions of concern.
Back lesion: bleeding and catching on clothing for months.
Nose lesion: new darkening and elevation reported by her daughter; she wants it checked.
Consent signed. Lidocaine 1% w/ epi.
Both removed by shave technique as in the procedure records.
Specimens A (back) and B (nose) to dermatopathology.
Vaseline and bandage daily.
Pathology (12/15): A inflamed SK; B intradermal nevus, benign.
Results called to the patient; no further treatment needed.
""",
    "expected": E([L("11302"), L("11310")], dx={"11302": ["L82.0"], "11310": ["D22.39"]}),
    "coder_note": "SH-1: trunk 1.2 cm -> 11302; nose 0.4 cm -> 11310. Covered removals (bleeding/irritation; changing "
                  "lesion with diagnostic uncertainty).",
})

SCENARIOS.append({
    "id": "s35-shave-neck-sk-measured-back-sk-unmeasured",
    "family": "shave", "shape": "note-only",
    "description": "Two irritated SKs shaved: L lateral neck 0.7 cm measured; R upper back lesion with no size "
                   "recorded; Medicare (NGS)",
    "date": "2026-02-12",
    "patient": ("Bergstrom", "Hal", "1952-03-03", "male"),
    "provider": "santos", "payer": "medicare-ngs", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Left lateral neck", reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Right upper back", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """KUH Dermatology - procedure visit
Provider: Rafael Santos, MD
73M with two irritated keratoses.
#1 Left lateral neck: 0.7 cm irritated seborrheic keratosis, rubbed raw by his shirt collar, bled twice this month.
#2 Right upper back: irritated seborrheic keratosis, itchy and scratched until bleeding; crusted today.
Plan: shave removal of both after consent.
Procedure: 1% lidocaine with epi, flexible blade shave removal at each site; hemostasis with Drysol.
Specimens to pathology labelled #1 neck and #2 back.
No other lesions treated. Several small SKs on the trunk left alone (asymptomatic).
Wound care handout.
Pathology pending; we will call.
""",
    "expected": E([L("11306")], topics=["missing-documentation"], dx={"11306": ["L82.0"]}),
    "coder_note": "SH-1: neck 0.7 cm -> 11306. The back lesion has no size -> no shave line for it (README "
                  "missing-documentation rule).",
})

# =============================================================================================================
# DESTRUCTION
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-ds-sixteen-aks-precoded-17000-17003x15",
    "family": "destruction", "shape": "pre-coded",
    "description": "LN2 to 16 AKs (scalp 9, face 4, hands 3); charge entry 17000 + 17003 x15 -> 17004; Medicare FFS",
    "date": "2025-10-16",
    "patient": ("Radcliffe", "Gordon", "1940-01-11", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Scalp, face, dorsal hands", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Scalp", reasons=["c1"]),
        P("Destruction premalignant lesions, 2-14, each", "17003", "Scalp, face, dorsal hands",
          note="Charge quantity 15.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """KUH DERMATOLOGY - CRYOTHERAPY VISIT
Provider: R. Santos MD
85M, long history of actinic damage; prior SCC of the right ear (Mohs 2016) and multiple BCCs.
Exam: gritty erythematous scaly papules consistent with actinic keratoses:
  scalp (bald vertex and crown) - 9
  face (forehead 2, left cheek 1, nasal dorsum 1) - 4
  dorsal hands - 3
Total treated: 16 AKs.
Liquid nitrogen cryotherapy, 2 freeze-thaw cycles each, 5-10 s.
No lesion today suspicious for SCC; nothing biopsied.
Discussed field therapy with 5-FU for the scalp in the spring; he will think about it (not prescribed today).
Aftercare: blistering expected, Vaseline.
Return 6 months.
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more AKs -> 17004 x1 instead of 17000/17003 (17004/17000 and 17004/17003 are "
                  "indicator 0; 17003 x15 also exceeds its range).",
})

SCENARIOS.append({
    "id": "s35-ds-shoulder-sbcc-edc-final-defect",
    "family": "destruction", "shape": "note-only", "html": True,
    "description": "ED&C of biopsy-proven superficial BCC R shoulder, lesion 1.2 cm, final defect 1.6 cm; AK "
                   "treatment offered and declined; commercial",
    "date": "2025-11-06",
    "patient": ("Fitzgerald-Oduya", "Maeve", "1963-04-18", "female"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of right upper limb, including shoulder", "C44.612",
          "Right posterior shoulder", reason=True),
    ],
    "prior": [PRIOR("2025-10-15", "11102", "Tangential biopsy right posterior shoulder", "Right posterior shoulder")],
    "note_title": "Procedure Note",
    "note": HDR + """<p><b>Procedure:</b> Electrodesiccation and curettage (ED&amp;C), right posterior shoulder</p>
<p><b>Diagnosis:</b> superficial basal cell carcinoma, shave biopsy 10/15/2025 (final).</p>
<p><b>Consent:</b> options reviewed &ndash; ED&amp;C, excision, imiquimod. Patient chose ED&amp;C.</p>
<ul>
<li>Clinical lesion (biopsy site with residual pink patch): <b>1.2 cm</b></li>
<li>Three cycles of curettage and electrodesiccation</li>
<li>Final defect diameter: <b>1.6 cm</b></li>
</ul>
<p>Hemostasis achieved. Petrolatum and bandage; expect healing in 3-4 weeks.</p>
<p>Scattered AKs on the forearms were pointed out; cryotherapy was offered and <b>declined</b> today &ndash; not
treated.</p>
<p>Return 6 months for skin check.</p>
<p>I. Castellanos, MD</p>
""",
    "expected": E([L("17262")], dx={"17262": ["C44.612"]}),
    "coder_note": "DS-4: malignant destruction, trunk/arm group, 1.1-2.0 cm (lesion 1.2 and final defect 1.6 are in "
                  "the same band) -> 17262. Biopsy on 10/15 was 000 global. AKs declined.",
})

# =============================================================================================================
# E/M
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-em-new-mohs-consult-surgery-scheduled-later",
    "family": "em", "shape": "note-only", "html": True,
    "description": "New-patient Mohs consult for biopsy-proven nasal ala BCC, Mohs booked 3 weeks later; fellow "
                   "note with attending attestation; 99203 selected; Medicare (NGS)",
    "date": "2025-10-23",
    "patient": ("Harrow", "Ignatius", "1946-06-06", "male"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 35, "em": "99203",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Right nasal ala", reason=True),
    ],
    "note_title": "Mohs Surgery Consultation",
    "note": HDR + """<p><b>New patient &ndash; Mohs consultation</b></p>
<p><b>Fellow:</b> Tomas Whitfield, MD &nbsp; <b>Attending:</b> Samuel Weiss, MD &nbsp; <b>Referred by:</b> Dr. A. Kim (community dermatology)</p>
<p><b>HPI:</b> 79M with nodular BCC of the right nasal ala on shave biopsy 10/01/2025 (outside pathology reviewed
today). Slow-growing, occasionally bleeds. No prior skin cancer. Takes apixaban for atrial fibrillation.</p>
<p><b>Exam:</b> 0.7 cm pearly papule, right alar lobule, biopsy scar; no palpable lymph nodes. Limited exam of
face and scalp otherwise unremarkable.</p>
<p><b>Assessment / plan:</b></p>
<ul>
<li>BCC right nasal ala, AUC area H &ndash; Mohs appropriate. Alternatives (excision, radiation) discussed.</li>
<li>Mohs booked for <b>11/13/2025</b>. Likely repair options (linear vs flap vs graft) described; final choice
after clearance.</li>
<li>Apixaban: continue per cardiology; message sent to cardiology.</li>
</ul>
<p>No procedure performed today. <b>Level of service:</b> 99203.</p>
<p><b>Attending attestation:</b> I saw and examined the patient with the fellow, discussed the case, and agree
with the findings and plan as documented. &ndash; Samuel Weiss, MD</p>
""",
    "expected": E([L("99203")], dx={"99203": ["C44.311"]}),
    "coder_note": "Consult only; Mohs is on another date and is a 000 procedure, so no 25/57 and nothing bundles the "
                  "visit. Provider level kept. Teaching attestation: GC not in house conventions.",
})

SCENARIOS.append({
    "id": "s35-em-decision-scalp-flap-next-day-57",
    "family": "em", "shape": "note-only", "html": True,
    "description": "Established patient: visit decides wide excision of recurrent scalp BCC with rotation flap "
                   "booked for the next morning -> 99214-57; prior cheek flap 128 days earlier is outside its "
                   "global; commercial",
    "date": "2026-03-05",
    "patient": ("Penhaligon", "Rosalind", "1957-09-27", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of scalp, recurrent", "C44.41", "Left parietal scalp", reason=True),
    ],
    "prior": [PRIOR("2025-10-28", "14040", "Rotation flap left cheek after excision of BCC", "Left cheek")],
    "note_title": "Dermatologic Surgery Clinic Visit",
    "note": HDR + """<p><b>Established patient</b> &ndash; recurrent BCC, left parietal scalp</p>
<p><b>HPI:</b> 68F. ED&amp;C of a BCC at this site in 2021; now an enlarging 2.6 cm ulcerated plaque at the scar.
Biopsy 02/18/2026: infiltrative BCC (final). Left cheek rotation flap here on 10/28/2025 healed well.</p>
<p><b>Exam:</b> 2.6 x 2.1 cm ill-defined ulcerated plaque within the old scar; no nodes.</p>
<p><b>Assessment and plan:</b></p>
<ul>
<li>Recurrent infiltrative BCC, scalp. Options: Mohs (wait-list 7 weeks), wide local excision with frozen-section
margin control and reconstruction, radiation. She wants it done before travelling.</li>
<li><b>Decision today:</b> wide local excision with rotation flap reconstruction (adjacent tissue transfer),
booked in the ambulatory OR <b>tomorrow 03/06/2026 at 07:30</b>. Consent signed today.</li>
<li>Hold fish oil; labs not needed.</li>
</ul>
<p><b>Level of service:</b> 99214.</p>
<p>A. Lindgren, MD</p>
""",
    "expected": E([L("99214", 1, "57")], dx={"99214": ["C44.41"]}),
    "coder_note": "GS-4 / conventions: E/M the day before a 090 procedure (flap) that results in the decision to "
                  "operate -> 57. The 10/28/2025 flap global ended 01/26/2026, so no 24.",
})

# =============================================================================================================
# COSMETIC
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-cos-forehead-sks-medicare-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "LN2 to 4 asymptomatic SKs of forehead/temples for appearance; voluntary ABN signed; Medicare FFS "
                   "-> 17110-GY-GX",
    "date": "2025-12-18",
    "patient": ("Vanterpool", "Grace", "1949-03-03", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratosis", "L82.1", "Forehead and temples", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """KUH DERMATOLOGY - R. Santos MD
76F asks to have "the brown spots" on her forehead removed before her granddaughter's wedding.
Four 0.4-0.8 cm waxy stuck-on tan papules: forehead x2, right temple x1, left temple x1.
They do not itch, bleed, hurt, or catch on anything; no recent change; no inflammation.
Diagnosis clinically certain: seborrheic keratoses. No biopsy needed.
Explained that removal for appearance is cosmetic and not a Medicare benefit.
She received a voluntary Advance Beneficiary Notice for the cosmetic service, signed it and chose to proceed
and pay.
Liquid nitrogen to all 4 SKs, 1 cycle each.
Aftercare: may blister, crust in 1-2 weeks.
No other treatment today.
""",
    "expected": E([L("17110", 1, "GY", "GX")], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4 and conventions: cosmetic removal of asymptomatic SKs for Medicare FFS is statutorily "
                  "excluded -> GY, plus GX because a voluntary ABN is documented. 4 benign lesions -> 17110.",
})

SCENARIOS.append({
    "id": "s35-cos-facial-nevi-shave-commercial-selfpay",
    "family": "cosmetic", "shape": "free-text",
    "description": "Shave removal of 2 asymptomatic intradermal nevi (L cheek, chin) purely for appearance, "
                   "self-pay; commercial -> no claim line",
    "date": "2026-01-15",
    "patient": ("Albrecht", "Jonas", "1990-08-08", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Melanocytic nevi of other parts of face", "D22.39", "Left cheek and chin", reason=True),
    ],
    "procedures": [
        P("Cosmetic shave removal of nevus", site="Left cheek",
          note="0.5 cm soft flesh-colored dome-shaped papule, unchanged for 10+ years, no symptoms. Removed for "
               "appearance at patient request; self-pay cosmetic fee collected.", reasons=["c1"]),
        P("Cosmetic shave removal of nevus", site="Chin",
          note="0.4 cm similar papule, stable, asymptomatic. Shaved flush for appearance; self-pay.",
          reasons=["c1"]),
    ],
    "note_title": "Cosmetic Procedure Note",
    "note": """Dermatologic Surgery - cosmetic procedure visit
Provider: Ines Castellanos, MD
35M wants two long-standing "moles" on the face removed before his wedding photos.
Both lesions stable for over a decade per patient and photos; no bleeding, itching, pain, irritation or change.
Clinically benign intradermal nevi; no features of concern. Removal is elective and cosmetic.
Cosmetic fee schedule reviewed; he signed the self-pay agreement and paid at check-in. Insurance will not be
billed for this service.
Shave removal of both with flexible blade; light electrodesiccation of the bases.
Specimens sent to pathology at patient request (lab will bill him directly).
Aftercare: petrolatum, sunscreen once healed.
Follow-up as needed.
""",
    "expected": E([], topics=["cosmetic"]),
    "coder_note": "Conventions (non-Medicare cosmetic): the cosmetic shave removals are not put on the commercial "
                  "claim; cosmetic finding, patient billed directly.",
})

# =============================================================================================================
# SKIN TAGS
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-tags-38-symptomatic-precoded-11201x3-mue",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Removal of 38 irritated/bleeding skin tags (neck and axillae); 11200 + 11201 x3 sent; MUE for "
                   "11201 is 1; commercial",
    "date": "2025-10-02",
    "patient": ("Dumont", "Pauline", "1972-12-01", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Acrochordons, irritated and bleeding", "L91.8", "Neck and bilateral axillae", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to 15", "11200", "Neck", reasons=["c1"]),
        P("Removal of skin tags, each additional 10", "11201", "Right axilla", reasons=["c1"]),
        P("Removal of skin tags, each additional 10", "11201", "Left axilla", reasons=["c1"]),
        P("Removal of skin tags, each additional 10", "11201", "Left axilla", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """KESTREL UNIVERSITY HOSPITAL - DERMATOLOGY PROCEDURE
Provider: I. Castellanos MD
52F with numerous skin tags rubbed by bra straps and necklace; several bleed, some red and swollen today.
Count: neck 14, right axilla 11, left axilla 13 = 38 skin tags.
Inflamed, crusted tags documented at the neck and both axillae (photos in media tab).
Snip excision with iris scissors and light electrocautery for hemostasis.
No specimens sent.
Aftercare: Vaseline, avoid deodorant 48 h.
Payer prior authorization on file (symptomatic lesions).
Return as needed.
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "38 tags -> 11200 + 11201 x ceil(23/10) = 3, capped at the 11201 MUE of 1 (README: MUE over the "
                  "limit -> capped, mue finding).",
})

SCENARIOS.append({
    "id": "s35-tags-nine-neck-necklace-trauma-medicare",
    "family": "skin-tags", "shape": "note-only", "html": True,
    "description": "Removal of 9 inflamed, bleeding neck skin tags (necklace trauma); asymptomatic groin tags not "
                   "treated; Medicare FFS",
    "date": "2026-02-19",
    "patient": ("Ekwueme", "Victor", "1955-10-10", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Acrochordons, inflamed", "L91.8", "Neck", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """<p><b>Procedure:</b> Removal of skin tags, neck</p>
<p><b>Indication:</b> 70M whose neck chain catches and twists the tags; two bled onto his shirt this week. Exam:
<b>9</b> pedunculated tags on the anterior and lateral neck, 3 of them red, swollen and crusted.</p>
<p><b>Procedure:</b> All 9 neck tags removed with sterile curved scissors; aluminum chloride hemostasis. No
specimens.</p>
<p><b>Not treated:</b> a few small tags in the groin folds &ndash; asymptomatic, not irritated; he asked about them
and we agreed to leave them.</p>
<p>Aftercare reviewed. Return as needed.</p>
<p>R. Santos, MD</p>
""",
    "expected": E([L("11200")], dx={"11200": ["L91.8"]}),
    "coder_note": "9 tags -> 11200 (up to 15). Covered: bleeding and inflamed with documented trauma (BSL-3). Groin "
                  "tags were not removed.",
})

# =============================================================================================================
# INTRALESIONAL
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-il-chest-keloids-tac-180mg-mue",
    "family": "intralesional", "shape": "pre-coded", "html": True,
    "description": "Intralesional triamcinolone 40 mg/mL, 4.5 mL (180 mg) into 3 chest keloids; J3301 x18 sent; "
                   "MUE 16; Medicaid MCO",
    "date": "2025-12-01",
    "patient": ("Obi-Lancaster", "Tamsin", "1988-05-25", "female"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Keloid scars, painful and itchy", "L91.0", "Central chest", reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", "11900", "Central chest", reasons=["c1"]),
        P("Injection, triamcinolone acetonide, per 10 mg", "J3301", "Central chest", note="Quantity 18.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": HDR + """<p><b>Procedure:</b> Intralesional corticosteroid injection, keloids, central chest</p>
<p>37F with three post-acne keloids on the sternum, 2-4 cm each, painful and intensely itchy; prior
injections 8 weeks ago gave partial flattening.</p>
<table border="1">
<tr><th>Keloid</th><th>Size</th><th>Volume (triamcinolone 40 mg/mL)</th></tr>
<tr><td>Upper sternal</td><td>4.0 x 1.5 cm</td><td>2.0 mL</td></tr>
<tr><td>Mid sternal</td><td>3.0 x 1.2 cm</td><td>1.5 mL</td></tr>
<tr><td>Lower sternal</td><td>2.0 x 1.0 cm</td><td>1.0 mL</td></tr>
<tr><td colspan="2"><b>Total</b></td><td><b>4.5 mL = 180 mg</b></td></tr>
</table>
<p>30-gauge needle, Luer-lock syringe. Tolerated well. Return 6-8 weeks.</p>
<p>I. Castellanos, MD</p>
""",
    "expected": E([L("11900"), L("J3301", 16)], topics=["mue"], dx={"11900": ["L91.0"]}),
    "coder_note": "3 lesions -> 11900. 180 mg / 10 = 18 units of J3301, capped at MUE 16 (README MUE rule).",
})

SCENARIOS.append({
    "id": "s35-il-alopecia-areata-nine-patches",
    "family": "intralesional", "shape": "free-text",
    "description": "Intralesional triamcinolone 10 mg/mL, 2.8 mL (28 mg) into 9 alopecia areata patches; "
                   "commercial",
    "date": "2026-01-06",
    "patient": ("Kaminski", "Zofia", "1994-11-04", "female"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection, scalp", site="Scalp",
          note="Nine discrete patches of alopecia areata (occipital 3, right parietal 2, left parietal 2, vertex 2). "
               "Triamcinolone acetonide 10 mg/mL, 0.1 mL per site at 1 cm intervals: total 2.8 mL = 28 mg.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Dermatology procedure clinic - Rafael Santos, MD
31F with patchy alopecia areata x 5 months; 3 new patches since last visit, some regrowth at older patches.
Exam: 9 smooth patches, exclamation-point hairs at the margins; no scarring; nails normal.
Thyroid labs normal in November.
Consent for intralesional steroid, including atrophy risk.
Injections performed as recorded in the procedure entry; 30-gauge needle.
Total triamcinolone: 28 mg.
Continue clobetasol solution nightly to patches (existing prescription, unchanged).
Discussed JAK inhibitors if extensive progression - not started.
Return 6 weeks for repeat injections.
""",
    "expected": E([L("11901"), L("J3301", 3)], dx={"11901": ["L63.9"]}),
    "coder_note": "More than 7 lesions -> 11901 (one unit). 28 mg -> J3301 x ceil(2.8) = 3.",
})

# =============================================================================================================
# INCISION AND DRAINAGE
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-id-buttock-abscess-simple",
    "family": "incision-drainage", "shape": "free-text",
    "description": "Simple I&D of a single 2 cm fluctuant abscess R buttock, no packing; commercial",
    "date": "2025-10-07",
    "patient": ("Merriweather", "Dante", "1985-01-30", "male"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", site="Right buttock",
          note="Single 2.0 cm fluctuant, tender abscess. Field block with 1% lidocaine. 1 cm stab incision, "
               "moderate purulent drainage expressed, cavity irrigated with saline. Not loculated. No packing "
               "needed. Culture sent.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """KUH Dermatology urgent procedure slot - I. Castellanos MD
40M with a painful lump on the right buttock for 4 days, now pointing. No fever. No diabetes.
No history of similar boils; no hidradenitis in axillae or groin on exam.
Exam: 2.0 cm fluctuant erythematous nodule with a small central pustule, surrounding erythema 1 cm.
Procedure per the procedure record: simple I&D, single abscess, irrigated, no packing.
Wound culture sent (MRSA screen).
No antibiotics needed given adequate drainage and small surrounding cellulitis - will call if culture changes plan.
Warm compresses three times daily, gauze dressing.
Return if fever, spreading redness, or recurrence.
""",
    "expected": E([L("10060")], dx={"10060": ["L02.31"]}),
    "coder_note": "Single, simple abscess without packing or loculations -> 10060.",
})

SCENARIOS.append({
    "id": "s35-id-thigh-loculated-abscess-inside-excision-global-79",
    "family": "incision-drainage", "shape": "note-only", "html": True,
    "description": "Complicated I&D (loculations broken, packed) of L posterior thigh abscess 5 days after an "
                   "unrelated back excision (010 global) -> 10061-79; Medicaid",
    "date": "2026-02-17",
    "patient": ("Boateng", "Esi", "1979-09-09", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of left lower limb", "L02.416", "Left posterior thigh", reason=True),
    ],
    "prior": [PRIOR("2026-02-12", "11402", "Excision of dermatofibroma right upper back, 1.3 cm excised diameter",
                    "Right upper back")],
    "note_title": "Procedure Note",
    "note": HDR + """<p><b>Reason for visit:</b> New painful swelling of the left posterior thigh for 3 days.</p>
<p><b>Recent surgery:</b> excision of a dermatofibroma, right upper back, 02/12/2026 &ndash; a different site and
unrelated to today's problem. That incision was not examined today; sutures come out on 02/24 as planned.</p>
<p><b>Exam:</b> 4 cm indurated, fluctuant abscess, left posterior thigh, with 3 cm surrounding erythema. Afebrile.</p>
<p><b>Procedure:</b> incision and drainage, complicated:</p>
<ul>
<li>Local anesthesia with 1% lidocaine, 8 mL.</li>
<li>2 cm incision; copious purulent drainage.</li>
<li>Multiple loculations broken up with a hemostat; cavity irrigated.</li>
<li>Packed with 1/4-inch iodoform gauze (about 20 cm).</li>
</ul>
<p><b>Plan:</b> doxycycline 100 mg BID x 7 days (new prescription); culture sent. Packing removal/wound check in 48 h.</p>
<p>I. Castellanos, MD</p>
""",
    "expected": E([L("10061", 1, "79")], dx={"10061": ["L02.416"]}),
    "coder_note": "Loculated abscess with packing -> complicated I&D 10061. GS-5: unrelated procedure inside the 10-day "
                  "global of the 02/12 excision -> 79.",
})

# =============================================================================================================
# NAILS
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-nail-right-great-toenail-avulsion",
    "family": "nails", "shape": "free-text",
    "description": "Complete avulsion of an ingrown R great toenail with paronychia; matrixectomy only discussed; "
                   "commercial",
    "date": "2025-11-19",
    "patient": ("Trevino", "Marco", "2001-03-14", "male"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail", "L60.0", "Right great toe", reason=True),
    ],
    "procedures": [
        P("Nail avulsion, complete", site="Right great toe (hallux)",
          note="Digital block with 2% plain lidocaine, tourniquet. Entire nail plate elevated and avulsed. "
               "Granulation tissue at the lateral fold left to regress. Nail matrix not treated.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Dermatology procedure clinic - R. Santos MD
24M, college soccer player, with a painful ingrown right great toenail on both borders for 2 months,
with drainage. Failed soaks, cotton wisps and a course of cephalexin from urgent care.
Exam: right hallux nail embedded medially and laterally, periungual erythema, granulation tissue laterally.
Left great toe and all other nails normal.
Options: partial avulsion, complete avulsion, matrixectomy. Chose complete avulsion now; a matrixectomy will
be considered only if it recurs - not performed today.
Procedure as in the procedure record.
Post-op: soaks twice daily, open-toe shoe, acetaminophen/ibuprofen.
Return in 2 weeks or sooner for signs of infection.
""",
    "expected": E([L("11730", 1, "T5")], dx={"11730": ["L60.0"]}),
    "coder_note": "One nail avulsion -> 11730 with the right great toe modifier T5 (conventions: digit modifiers on "
                  "nail codes). Matrixectomy only hypothetical.",
})

SCENARIOS.append({
    "id": "s35-nail-partial-matricectomy-precoded-with-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "Partial nail plate and matrix excision (permanent) L great toe lateral border; charge entry "
                   "also had 11730 for the same nail; Medicare FFS",
    "date": "2026-02-05",
    "patient": ("Holloway", "Bernard", "1950-02-22", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, recurrent", "L60.0", "Left great toe", reason=True),
    ],
    "procedures": [
        P("Excision of nail and nail matrix, partial, permanent", "11750", "Left great toe, lateral border",
          reasons=["c1"]),
        P("Avulsion of nail plate", "11730", "Left great toe, lateral border", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """KUH Dermatology - nail procedure
Provider: Rafael Santos, MD
75M with a third recurrence of an ingrown lateral border of the LEFT great toenail in 18 months; two prior
partial avulsions at an urgent care clinic. Painful, limits walking. No PAD; pedal pulses palpable.
Plan: permanent narrowing of the nail.
Procedure: digital block 2% lidocaine plain 4 mL, tourniquet.
The lateral 3 mm strip of the nail plate was split and avulsed, then the lateral matrix horn was sharply
excised down to bone to prevent regrowth. Same nail, same border - one procedure.
Hemostasis, bulky dressing. Tourniquet off, capillary refill normal.
Post-op soaks from day 2. Return 2 weeks.
""",
    "expected": E([L("11750", 1, "TA")], topics=["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "The avulsion is part of the permanent partial nail/matrix excision of the same nail: 11750/11730 "
                  "indicator 1 with no separate nail -> 11730 removed (ncci). Left great toe -> TA.",
})

# =============================================================================================================
# PARING
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-paring-three-plantar-calluses",
    "family": "paring", "shape": "note-only",
    "description": "Paring of 3 painful plantar calluses (R 2, L 1); orthotics referral; commercial",
    "date": "2025-12-23",
    "patient": ("Lisowski", "Adam", "1964-07-07", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Plantar feet", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Dermatology clinic - R. Santos MD
61M, mail carrier, with painful thick skin on the soles that makes walking his route difficult.
No diabetes, no neuropathy, no PAD.
Exam: hyperkeratotic plaques - right 1st metatarsal head, right 5th metatarsal head, left 2nd metatarsal head.
Pared with a #15 blade: no pinpoint bleeding, no interrupted skin lines -> calluses, not warts.
Total lesions pared: three.
Advice: urea 40% cream nightly, cushioned insoles.
Referral to podiatry for custom orthotics (not done here).
No other procedures.
Return in 3 months or as needed.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring of 2-4 lesions -> 11056. Plantar warts excluded by the paring findings.",
})

SCENARIOS.append({
    "id": "s35-paring-six-corns-calluses",
    "family": "paring", "shape": "free-text",
    "description": "Paring of 6 corns/calluses on both feet; Medicaid MCO",
    "date": "2026-03-10",
    "patient": ("Nakashima-Reid", "Yumi", "1960-12-30", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Both feet", reason=True),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesions", site="Both feet",
          note="Right: hard corn dorsal 5th toe, callus 2nd metatarsal head. Left: hard corn dorsal 4th toe, soft "
               "corn 4th web space, callus heel rim, callus 1st metatarsal head. 6 lesions pared with a blade.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """KESTREL UNIVERSITY HOSPITAL - DERMATOLOGY
65F with painful corns and calluses on both feet, worse in work shoes.
Rheumatoid arthritis with hammertoes; on methotrexate (managed by rheumatology).
Exam: 6 hyperkeratotic lesions as detailed in the procedure entry; no ulceration, no warts on paring.
Procedure: sharp paring with a #15 blade, no bleeding.
Padding applied to the soft corn; toe spacers recommended.
Footwear advice given; podiatry referral for hammertoe evaluation.
Return in 10-12 weeks for repeat paring as needed.
R. Santos, MD
""",
    "expected": E([L("11057")], dx={"11057": ["L84"]}),
    "coder_note": "More than 4 lesions pared -> 11057.",
})

# =============================================================================================================
# PATCH TEST
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-patch-80-allergens-precoded-one-unit",
    "family": "patch-test", "shape": "pre-coded", "html": True,
    "description": "Patch test application: baseline 70 + hairdressing series 10 = 80 allergens; charge entry "
                   "carries 95044 once; commercial",
    "date": "2025-10-20",
    "patient": ("Feldman", "Aurora", "1978-04-04", "female"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 45,
    "conditions": [
        C("c1", "Chronic hand dermatitis, suspected allergic contact", None, "Bilateral hands", reason=True),
    ],
    "procedures": [
        P("Patch test application", "95044", "Upper back", reasons=["c1"]),
    ],
    "note_title": "Patch Test Clinic - Application Visit",
    "note": HDR + """<p><b>Contact Dermatitis Clinic &ndash; application visit</b> (June Abernathy, MD)</p>
<p>47F hairdresser with 2 years of hand dermatitis, worse at work, partly better on vacation. Seen in consultation
on 09/29; patch testing was planned then.</p>
<table border="1">
<tr><th>Series</th><th>Allergens applied</th></tr>
<tr><td>North American baseline (expanded)</td><td>70</td></tr>
<tr><td>Hairdressing supplemental series</td><td>10</td></tr>
<tr><td><b>Total</b></td><td><b>80</b></td></tr>
</table>
<p>Chambers applied to the upper back and marked. Keep dry; no topical steroids on the back.</p>
<p>Readings: 48 h (10/22) and 96-120 h (10/24 or 10/25). The reading visits are part of the testing.</p>
<p>J. Abernathy, MD</p>
""",
    "expected": E([L("95044", 80)]),
    "coder_note": "95044 units = number of patch tests applied: 70 + 10 = 80 (MUE 90).",
})

SCENARIOS.append({
    "id": "s35-patch-72-allergens-photopatch-not-done",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test application of 72 allergens for eyelid/facial dermatitis; photopatch testing "
                   "discussed, not done; Medicare FFS",
    "date": "2026-01-26",
    "patient": ("Gallagher", "Seamus", "1951-08-19", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Eyelid and facial dermatitis", None, "Eyelids and face", reason=True),
    ],
    "note_title": "Patch Test Application",
    "note": """CONTACT DERMATITIS CLINIC - KESTREL UNIVERSITY HOSPITAL
J. Abernathy, MD
74M with 8 months of eyelid and facial dermatitis; uses multiple eye drops and a new aftershave.
Plan from the 01/05 consultation: patch testing.
Applied today:
  - Baseline series: 60 allergens
  - Ophthalmic/medicament supplement: 12 allergens
  Total allergens applied: 72
Photopatch testing was discussed because of the sun-exposed pattern; NOT performed - deferred pending these results.
His own products were not tested.
Instructions: keep the back dry, no sunbathing; oral antihistamines may be continued.
Return 01/28 for the first reading and 01/30 for the final reading.
""",
    "expected": E([L("95044", 72)]),
    "coder_note": "72 patch tests applied -> 95044 x72. Photopatch testing was not done.",
})

# =============================================================================================================
# PHOTOTHERAPY
# =============================================================================================================

SCENARIOS.append({
    "id": "s35-photo-nbuvb-psoriasis-session",
    "family": "phototherapy", "shape": "free-text",
    "description": "Narrowband UVB session #14 for plaque psoriasis (about 15% BSA); Medicare FFS",
    "date": "2025-11-24",
    "patient": ("Aldana", "Rosa", "1966-02-08", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Narrowband UVB phototherapy, whole body", site="Whole body",
          note="Session 14. Dose 1,150 mJ/cm2 (increase 10% from last session). Goggles and genital shielding. "
               "No erythema from the previous session.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """KUH Phototherapy Unit - treatment record (supervising physician: R. Santos MD)
59F, plaque psoriasis about 15% BSA, inadequately controlled with topical steroids and calcipotriene.
Course: NB-UVB three times weekly since 10/20/2025.
Today: session #14.
Pre-treatment check by the phototherapy nurse: no burning, no new medications, no photosensitisers.
Treatment given per the protocol record.
Response: plaques thinner, itch improved, BSA now about 10%.
No PUVA, no excimer, no tar used.
Next session Wednesday.
Physician review of the course is scheduled at session 20 (not today).
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "NB-UVB alone (no tar/psoralen) is actinotherapy -> 96900, one unit per session.",
})

SCENARIOS.append({
    "id": "s35-photo-excimer-two-plaques-total-area-precoded",
    "family": "phototherapy", "shape": "pre-coded", "html": True,
    "description": "Excimer laser to R elbow/forearm (180 sq cm) and L knee (140 sq cm) plaques; charge entry 96920 "
                   "per plaque; total 320 sq cm -> 96921 once; commercial",
    "date": "2026-02-26",
    "patient": ("Whitaker", "Jerome", "1974-06-15", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized plaques", "L40.0", "Right elbow and left knee", reason=True),
    ],
    "procedures": [
        P("Excimer laser, psoriasis, under 250 sq cm", "96920", "Right elbow/extensor forearm", reasons=["c1"]),
        P("Excimer laser, psoriasis, under 250 sq cm", "96920", "Left knee", reasons=["c1"]),
    ],
    "note_title": "Excimer Laser Treatment",
    "note": HDR + """<p><b>Excimer (308 nm) laser treatment</b> &ndash; session 6 of the current course</p>
<p>51M with localized plaque psoriasis that has failed 4 months of clobetasol and calcipotriene. BSA about 3%.</p>
<table border="1">
<tr><th>Plaque</th><th>Area treated</th><th>Dose</th></tr>
<tr><td>Right elbow / extensor forearm</td><td>180 sq cm</td><td>400 mJ/cm2</td></tr>
<tr><td>Left knee</td><td>140 sq cm</td><td>450 mJ/cm2</td></tr>
<tr><td><b>Total this session</b></td><td><b>320 sq cm</b></td><td></td></tr>
</table>
<p>Mild erythema from session 5 only. Continue twice weekly. R. Santos, MD</p>
<p>Next session: Monday.</p>
<p>Prior authorization: on file.</p>
<p>Notes: no UVB or PUVA today.</p>
""",
    "expected": E([L("96921")], topics=["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded once per session by the total area: 180 + 140 = 320 sq cm -> 96921 (250-500), not "
                  "96920 per plaque.",
})
