"""Sealed set 40 (s40-): billing-company audit of one Midwestern dermatology group on ModMed EMA.

Riverside Dermatology (Cedar Rapids, Iowa City and Dubuque clinics). The EMA charge capture posts CPT codes on
the Procedure resources from the templates the provider clicked (often wrong: size bands keyed off the ellipse,
wrong site groups, deleted codes, units summed the wrong way, missing digit/distinct-lesion modifiers, repairs
not summed per group, add-ons without their primary, E/M keyed on procedure-only days). The auditor codes from
the note's structured "Procedure Documentation" blocks and the free-text Plan.
Providers: weiss, lindgren, abernathy, okonkwo (general derm); halvorsen (Mohs); pike, santos (APP-style
template users). Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and the
tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =================================================================================================================
# Biopsy
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-bx-punch-two-tangential-three-primaries",
    "family": "biopsy", "shape": "pre-coded",
    "description": "EMA posted 11104 + 11102 + 11102 for one punch and two tangential biopsies; one primary only",
    "date": "2025-11-04",
    "patient": ("Dvorak", "Lena", "1979-02-14", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Dermatofibroma, left upper back", "D23.5", "Left upper back", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right dorsal forearm", "D04.61", "Right dorsal forearm",
          reason=True),
        C("c3", "Junctional melanocytic nevus, left posterior neck", "D22.4", "Left posterior neck", reason=True),
    ],
    "procedures": [
        P("Biopsy by punch method", "11104", "Left upper back",
          "4 mm punch, closed with one 4-0 nylon simple interrupted.", reasons=["c1"]),
        P("Biopsy by shave method", "11102", "Right dorsal forearm",
          "Tangential biopsy with DermaBlade, AlCl3 hemostasis.", reasons=["c2"]),
        P("Biopsy by shave method", "11102", "Left posterior neck",
          "Tangential biopsy with DermaBlade, AlCl3 hemostasis.", reasons=["c3"]),
    ],
    "note_title": "Office Visit - Procedure",
    "note": """RIVERSIDE DERMATOLOGY - Cedar Rapids
Visit Type: Problem Visit (lesions)          Provider: Samuel Weiss, MD
Patient: Lena Dvorak   DOB 02/14/1979   DOS 11/04/2025

CHIEF COMPLAINT: 3 spots she wants checked.

HPI: 46 y/o F. (1) firm bump L upper back x 1 yr, tender when bra strap rubs. (2) scaly pink spot R forearm,
not healing x 4 mo. (3) new dark flat spot back of L neck her hairdresser noticed.

EXAM: Focused skin exam of back, arms, neck.
 - L upper back: 6 mm firm pink-brown papule, dimple sign +.
 - R dorsal forearm: 8 mm scaly erythematous plaque.
 - L posterior neck: 5 mm irregularly pigmented macule, two shades of brown.

ASSESSMENT AND PLAN:
1. Neoplasm of uncertain behavior, L upper back - r/o DF vs other. Biopsy (punch).
2. Neoplasm of uncertain behavior, R forearm - r/o SCCIS vs BCC. Biopsy (shave).
3. Atypical-appearing nevus, L posterior neck - biopsy (shave) to r/o dysplasia.
Will call with results.

PROCEDURE DOCUMENTATION
Procedure: Biopsy by Punch Method
  Lesion #: 1   Location: L upper back   Punch size: 4 mm
  Consent signed; timeout. Anesthesia 1% lido w/ epi 1 mL. Closure: 4-0 nylon x1.
  Specimen to Dermpath Midwest.
Procedure: Biopsy by Shave Method
  Lesion #: 2   Location: R dorsal forearm
  Anesthesia 1% lido w/ epi. Tangential removal of a partial-thickness sample with DermaBlade.
  Hemostasis: aluminum chloride. Specimen labeled B.
Procedure: Biopsy by Shave Method
  Lesion #: 3   Location: L posterior neck
  Same technique. Hemostasis: aluminum chloride. Specimen labeled C.

Wound care handout. Pathology pending.
Samuel Weiss, MD  (e-signed 11/04/2025 12:10)
""",
    "path": [
        {"text": "A. Skin, left upper back, punch: dermatofibroma.", "site": "Left upper back"},
        {"text": "B. Skin, right dorsal forearm, shave: squamous cell carcinoma in situ (Bowen disease), "
                 "extending to the base.", "site": "Right dorsal forearm"},
        {"text": "C. Skin, left posterior neck, shave: junctional melanocytic nevus, no significant atypia.",
         "site": "Left posterior neck"},
    ],
    "expected": E([L("11104"), L("11103", 2)], ["coding-correction"], {"11104": ["D23.5"]}),
    "coder_note": "BX-2: one primary per encounter, punch outranks tangential -> 11104; each tangential biopsy takes "
                  "its own add-on 11103 (AOC allows 11103 with 11104). 11104/11102 is PTP 0, so two 11102 lines "
                  "can never stand next to 11104.",
})

SCENARIOS.append({
    "id": "s40-bx-deleted-11100-11101-rosacea-em",
    "family": "biopsy", "shape": "pre-coded",
    "description": "EMA legacy template posted deleted 11100/11101 for three shave biopsies; rosacea Rx work needs 25",
    "date": "2025-10-14",
    "patient": ("Kowalczyk", "Gerald", "1946-07-30", "male"),
    "provider": "lindgren", "payer": "medicare-ngs", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left temple", "C44.319", "Left temple", reason=True),
        C("c2", "Inflamed seborrheic keratosis, right shoulder", "L82.0", "Right shoulder", reason=True),
        C("c3", "Squamous cell carcinoma, well differentiated, right shin", "C44.722", "Right shin", reason=True),
        C("c4", "Rosacea, flaring", "L71.9", "Face", reason=True),
    ],
    "procedures": [
        P("Biopsy, skin, single lesion", "11100", "Left temple", reasons=["c1"]),
        P("Biopsy, skin, each additional lesion", "11101", "Right shoulder", reasons=["c2"]),
        P("Biopsy, skin, each additional lesion", "11101", "Right shin", reasons=["c3"]),
    ],
    "note_title": "Established Patient Visit",
    "note": """Riverside Dermatology (Iowa City)
Astrid Lindgren, MD

79 yo M here for (a) rosacea f/u and (b) "three new spots."

Rosacea: worse since Sept; metronidazole 0.75% gel not helping, burning with it. Papules/pustules on cheeks and
nose, background erythema, no ocular sx. Discussed triggers (he started hot coffee again, outdoor work in wind).
D/c metronidazole. Start ivermectin 1% cream qHS (e-Rx sent). If not better in 8 wk consider doxycycline 40 mg.
Counseled re sunscreen, gentle cleanser.

Lesions:
- L temple: 7 mm pearly papule with telangiectasia - c/f BCC.
- R shoulder: 1.1 cm stuck-on papule, red/irritated rim, crusted where his suspender rubs.
- R shin: 9 mm keratotic nodule, grew fast over 2 mo - c/f SCC/KA.
All three biopsied today.

Procedure Documentation - Biopsy by Shave Method (x3)
 Sites: L temple (A), R shoulder (B), R shin (C)
 Consent. Timeout. 1% lidocaine w/ epi. Tangential (shave) biopsy of each lesion, partial thickness, with a
 flexible blade. Hemostasis with Drysol. Vaseline + bandage. Specimens A-C to pathology.
 EBL minimal. No complications.

Path results will be called; plan definitive tx after.
RTC 8 wk for rosacea.
""",
    "path": [
        {"text": "A. Left temple, shave biopsy: basal cell carcinoma, nodular type.", "site": "Left temple"},
        {"text": "B. Right shoulder, shave biopsy: irritated (inflamed) seborrheic keratosis.",
         "site": "Right shoulder"},
        {"text": "C. Right shin, shave biopsy: squamous cell carcinoma, well differentiated, keratoacanthoma "
                 "type, transected at base.", "site": "Right shin"},
    ],
    "expected": E([L("99213", 1, "25"), L("11102"), L("11103", 2)], ["invalid-code"],
                  {"99213": ["L71.9"], "11102": ["C44.319"]}),
    "coder_note": "BX-1: 11100/11101 were deleted 12/31/2018; three tangential biopsies -> 11102 + 11103 x2. Rosacea "
                  "work with prescription drug management is separate from the biopsy decision -> 99213-25 (GS-3).",
})

SCENARIOS.append({
    "id": "s40-bx-wedge-shin-punch-arm",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional wedge biopsy of a shin nodule plus a punch of an arm rash: 11106 + 11105",
    "date": "2026-01-13",
    "patient": ("Hollister", "Renee", "1988-05-22", "female"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 30,
    "conditions": [
        C("c1", "Erythema nodosum", "L52", "Right anterior shin", reason=True),
        C("c2", "Lichen planus", "L43.9", "Left upper arm", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy - wedge, deep to subcutaneous fat", site="Right anterior shin",
          note="Elliptical wedge 1.8 x 0.6 cm taken with #15 blade through the full dermis into subcutis to sample "
               "the septa. Closed with 4-0 nylon simple interrupted x3.", reasons=["c1"]),
        P("Punch bx 4mm", site="Left upper arm",
          note="4 mm punch of a violaceous flat-topped papule; 1 suture.", reasons=["c2"]),
    ],
    "note_title": "Dermatology Clinic Note",
    "note": """Riverside Dermatology - Dubuque
Chidi Okonkwo, MD

37F. Tender red lumps on both shins x 3 wk after a sore throat; also itchy purple bumps on L arm x 2 mo.
Exam: 2-3 cm tender, ill-defined erythematous subcutaneous nodules on bilateral anterior shins (R > L).
L upper arm: cluster of flat-topped violaceous polygonal papules with Wickham striae. Oral mucosa clear.

A/P
1. Panniculitis, bilateral shins - suspect erythema nodosum, needs adequate subcutaneous sample.
   -> deep incisional (wedge) biopsy R anterior shin today. Punch is too shallow for septal panniculitis.
   ASO titer, CBC, CXR ordered via PCP.
2. Lichenoid eruption L arm - r/o lichen planus vs lichenoid drug eruption -> 4 mm punch bx.
Pt consented to both.

Procedures: see procedure entries. Both closed primarily (simple). Specimens x2 to pathology.
Wound care reviewed. Suture removal 10-14 days (shin), 7-10 days (arm).
""",
    "path": [
        {"text": "Right anterior shin, incisional biopsy: septal panniculitis consistent with erythema nodosum.",
         "site": "Right anterior shin"},
        {"text": "Left upper arm, punch biopsy: lichen planus.", "site": "Left upper arm"},
    ],
    "expected": E([L("11106"), L("11105")], [], {"11106": ["L52"]}),
    "coder_note": "BX-1/BX-2: blade wedge through dermis = incisional 11106 (primary, outranks punch); the punch "
                  "takes its own add-on 11105 (AOC 11105 with 11106). Simple closures included.",
})

# =================================================================================================================
# Shave removal
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-shave-helix-scalp-wrong-site-groups",
    "family": "shave", "shape": "pre-coded",
    "description": "EMA mapped helix to SNHFG (11306) and scalp to TAL (11300); correct 11311 + 11305",
    "date": "2025-12-02",
    "patient": ("Schroeder", "Arlen", "1950-11-08", "male"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left helix", "L82.0", "Left helix", reason=True),
        C("c2", "Verruca vulgaris, scalp vertex", "B07.8", "Scalp, vertex", reason=True),
    ],
    "procedures": [
        P("Shave removal, scalp/neck/hands/feet/genitalia, 0.6-1.0 cm", "11306", "Left helix",
          "Lesion 0.7 cm. Shave removal, hyfrecation for hemostasis.", reasons=["c1"]),
        P("Shave removal, trunk/arms/legs, 0.5 cm or less", "11300", "Scalp vertex",
          "Lesion 0.4 cm. Shave removal, Drysol.", reasons=["c2"]),
    ],
    "note_title": "Procedure Visit",
    "note": """RIVERSIDE DERMATOLOGY | Cedar Rapids
Provider: Jordan Pike
DOS: 12/02/2025   Pt: Arlen Schroeder   75 y.o. male

CC: "bump on my ear bleeds" and "thing on top of my head I keep catching with the comb"

HPI: L ear lesion x 6 mo, behind-the-ear hearing aid rubs it, bled on his pillowcase twice this week, sore.
Scalp lesion x 3 mo, catches on comb, bleeds, getting bigger.

Exam
 L helix (superior rim): 0.7 cm crusted, inflamed waxy papule with erythematous base.
 Vertex scalp: 0.4 cm verrucous papule, pinpoint black dots, fresh blood crust.

Assessment/Plan
 # Irritated SK vs other, L helix - symptomatic (bleeding, pain, trauma from device) -> shave removal, path.
 # Verruca vs SK, vertex scalp - symptomatic -> shave removal, path.

Procedure Documentation: Shave Removal
  Lesion 1 - Location: L helix   Diameter: 0.7 cm
   Lido 1% w/ epi. Lesion removed at the level of the mid dermis by horizontal shave. Hemostasis with
   hyfrecator. No sutures.
  Lesion 2 - Location: vertex scalp   Diameter: 0.4 cm
   Lido 1% w/ epi. Horizontal shave removal. Drysol. No sutures.
 Both specimens to pathology.

F/U prn pathology. Vaseline daily until healed.
""",
    "path": [
        {"text": "Left helix, shave: inflamed seborrheic keratosis.", "site": "Left helix"},
        {"text": "Scalp vertex, shave: verruca vulgaris.", "site": "Scalp vertex"},
    ],
    "expected": E([L("11311"), L("11305")], ["coding-correction"], {"11311": ["L82.0"], "11305": ["B07.8"]}),
    "coder_note": "SH-1: ear is FEENLM (0.7 cm -> 11311), scalp is SNHFG (0.4 cm -> 11305). Symptomatic (bleeding, "
                  "pain, trauma) so medically necessary.",
})

SCENARIOS.append({
    "id": "s40-shave-back-measured-chest-not",
    "family": "shave", "shape": "note-only",
    "description": "Two irritated nevi shaved; back lesion measured 0.8 cm, chest lesion size never recorded",
    "date": "2026-02-10",
    "patient": ("Lund", "Tyler", "1996-03-03", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Intradermal nevus, irritated, mid back", "D22.5", "Mid back", reason=True),
        C("c2", "Intradermal nevus, irritated, left chest", "D22.5", "Left chest", reason=True),
    ],
    "note_title": "Clinic Note",
    "note": """Riverside Dermatology - Iowa City clinic
Rafael Santos, MD

Subjective: 29M, warehouse worker. Two raised moles that get ripped by his backpack straps / safety harness.
Both have bled several times this month, tender. Wants them off.

Objective:
  Mid back (T8 paraspinal): 0.8 cm soft skin-colored dome papule, hemorrhagic crust.
  L chest (below clavicle): soft dome papule with excoriated surface and crust.
  No other concerning lesions on back/chest.

Assessment:
 1) Irritated intradermal nevus, mid back - traumatized by harness, bleeding.
 2) Irritated nevus, L chest - same.

Plan:
 Shave removal of both today, sent to path.

PROCEDURE DOCUMENTATION: Shave Removal
 Site 1: mid back. Lesion diameter 0.8 cm. Lidocaine 1% w/ epi. Removed flush with surrounding skin with a
  DermaBlade. AlCl3. Bandage.
 Site 2: L chest. Lidocaine 1% w/ epi. Removed flush with skin with a DermaBlade. AlCl3. Bandage.
  (size not entered)

Path: both intradermal melanocytic nevi, benign, no atypia.
Follow-up as needed.
""",
    "expected": E([L("11301")], ["missing-documentation"], {"11301": ["D22.5"]}),
    "coder_note": "SH-1 / README Coding decisions: shave codes are size-banded; back 0.8 cm TAL -> 11301. The chest "
                  "lesion has no diameter anywhere in the chart -> no line, missing-documentation finding.",
})

SCENARIOS.append({
    "id": "s40-shave-two-trunk-one-nose",
    "family": "shave", "shape": "free-text",
    "description": "Three shaves: two trunk lesions 0.4 and 0.5 cm (one line x2) plus nasal tip 1.2 cm",
    "date": "2025-09-23",
    "patient": ("Pham", "Julie", "1984-08-19", "female"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right upper back", "L82.0", "Right upper back", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left flank", "L82.0", "Left flank", reason=True),
        C("c3", "Intradermal nevus, nasal tip", "D22.39", "Nasal tip", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right upper back",
          note="4 mm inflamed keratotic papule under bra strap, itches and bleeds. Shave, Drysol.",
          reasons=["c1"]),
        P("Shave removal", site="Left flank",
          note="5 mm red crusted papule at waistband, bleeding. Shave, Drysol.", reasons=["c2"]),
        P("Shave removal", site="Nasal tip",
          note="1.2 cm dome-shaped flesh-colored papule, bleeds when she blows her nose. Shave, light "
               "electrodessication of base for hemostasis, no sutures.", reasons=["c3"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology, Cedar Rapids - June Abernathy MD
DOS 09/23/2025

41F with three symptomatic growths. Two on the trunk are irritated by clothing (itch, bleed). Nasal tip
papule has been present for years but over the last 3 months it has been bleeding with nose-blowing and
glasses-cleaning.

Exam as per procedure entries. Dermoscopy: trunk lesions - fissures/ridges, red halo; nose - no atypical
network, comma vessels.

Plan: shave removal x3, pathology. Consent signed. Lidocaine 1% with epi at each site.
All three done without complication. Post-care handout given.

Path final: trunk x2 inflamed SK; nose intradermal nevus.
""",
    "expected": E([L("11300", 2), L("11312")], [], {"11300": ["L82.0"], "11312": ["D22.39"]}),
    "coder_note": "SH-1: one code per lesion by site group and lesion diameter; both trunk lesions <=0.5 cm -> 11300 "
                  "summed to x2 on one line (conventions); nose 1.2 cm FEENLM -> 11312.",
})

# =================================================================================================================
# Excision, benign
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-exb-back-cyst-ellipse-length-band",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Inflamed EIC back: EMA sized from the 3.6 cm ellipse (11404) and posted simple repair; "
                   "correct 11402 + 12032",
    "date": "2025-10-28",
    "patient": ("Brandt", "Harold", "1944-01-17", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal inclusion cyst, left upper back, recurrently inflamed", "L72.0", "Left upper back",
          reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk 3.1-4.0 cm", "11404", "Left upper back", reasons=["c1"]),
        P("Simple repair trunk 2.5 cm or less", "12001", "Left upper back", reasons=["c1"]),
    ],
    "note_title": "Excision Procedure Note",
    "note": """RIVERSIDE DERMATOLOGY - CEDAR RAPIDS
Procedure Note            Samuel Weiss, MD          DOS 10/28/2025
Patient: Harold Brandt, 81M

Indication: cyst L upper back x 4 yrs; inflamed and drained twice by his PCP (last in July), painful when he
leans back in his recliner, recurring drainage and odor. Quiet today (no fluctuance). Excision recommended
and planned at the 09/30 visit.

PROCEDURE DOCUMENTATION: Excision - Benign
  Location: L upper back (scapular)
  Pre-op lesion size: 1.5 x 1.2 cm
  Margins: 2 mm
  Excision: fusiform ellipse 3.6 x 1.2 cm oriented along relaxed skin tension lines, taken to subcutaneous
  fat; cyst removed intact with surrounding scar.
  Repair type: Intermediate (layered)
  Repair: deep dermal/subcutaneous 3-0 Vicryl buried interrupted x4; epidermis 4-0 nylon running.
  Repair length: 3.6 cm
  EBL < 5 mL. Complications: none.
  Specimen: to pathology.

Plan: dressing 48 h, suture removal 14 days (back). Call for fever/redness.

Pathology (11/03/2025): ruptured epidermal inclusion cyst with foreign-body giant cell reaction.
""",
    "expected": E([L("11402"), L("12032")], ["coding-correction"], {"11402": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter = 1.5 + 2 x 0.2 = 1.9 cm (not the 3.6 cm ellipse) -> trunk 11402. EX-5: "
                  "layered closure is intermediate, 3.6 cm trunk -> 12032, separately reportable; 12001 replaced. "
                  "Recurrently inflamed/painful cyst meets the benign-lesion LCD.",
})

SCENARIOS.append({
    "id": "s40-exb-neck-dermatofibroma-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Painful enlarging neck papule excised (0.7 cm + 3 mm margins = 1.3 cm), layered closure 2.8 cm",
    "date": "2026-03-03",
    "patient": ("Rasmussen", "Kari", "1972-06-25", "female"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Dermatofibroma, right lateral neck", "D23.4", "Right lateral neck", reason=True),
    ],
    "note_title": "Procedure Note - Excision",
    "note": """<html><body>
<h3>Riverside Dermatology &ndash; Iowa City</h3>
<p><b>Provider:</b> Astrid Lindgren, MD &nbsp; <b>DOS:</b> 03/03/2026 &nbsp; <b>Patient:</b> Kari Rasmussen (53 F)</p>
<p><b>HPI:</b> Firm spot on the right side of the neck x 2 yrs, growing over the last 6 months and painful where
the seat belt crosses. Prior visit 02/10: discussed excision vs observation; she chose excision.</p>
<p><b>Exam:</b> Right lateral neck: 0.7 x 0.6 cm firm hyperpigmented papule, positive dimple sign, tender.</p>
<h4>Procedure Documentation: Excision</h4>
<table border="1">
<tr><td>Location</td><td>R lateral neck</td></tr>
<tr><td>Lesion size</td><td>0.7 x 0.6 cm</td></tr>
<tr><td>Margin</td><td>3 mm all around</td></tr>
<tr><td>Excision</td><td>Fusiform, to subcutaneous fat</td></tr>
<tr><td>Repair</td><td>Layered: 4-0 Monocryl buried dermal sutures; 5-0 Prolene running subcuticular</td></tr>
<tr><td>Final repair length</td><td>2.8 cm</td></tr>
<tr><td>Complications</td><td>None</td></tr>
</table>
<p><b>Assessment/Plan:</b> Symptomatic firm papule R neck, excised; path pending. Suture removal in 7 days.</p>
<p><b>Pathology addendum 03/09/2026:</b> Dermatofibroma (benign fibrous histiocytoma), completely excised.</p>
</body></html>""",
    "html": True,
    "expected": E([L("11422"), L("12042")], [], {"11422": ["D23.4"]}),
    "coder_note": "EX-1/EX-2: 0.7 + 2 x 0.3 = 1.3 cm, neck is SNHFG -> 11422. REP-2: intermediate repair of the "
                  "neck is 12041-12047; 2.8 cm -> 12042.",
})

SCENARIOS.append({
    "id": "s40-exb-scalp-pilar-no-lesion-size",
    "family": "excision-benign", "shape": "free-text",
    "description": "Scalp pilar cyst excision with margin and ellipse length but no lesion size; layered closure 3.0 cm",
    "date": "2025-11-18",
    "patient": ("Fitzgerald", "Maureen", "1963-04-11", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Pilar cyst, right parietal scalp, tender and enlarging", "L72.11", "Right parietal scalp",
          reason=True),
    ],
    "procedures": [
        P("Excision of cyst", site="Right parietal scalp",
          note="Ellipse 3.0 cm x 1.1 cm around the cyst with 1 mm margin; cyst delivered intact. "
               "Lesion measurement: not recorded.", reasons=["c1"]),
        P("Layered closure", site="Right parietal scalp",
          note="3-0 Vicryl deep, staples to skin. Length 3.0 cm.", reasons=["c1"]),
    ],
    "note_title": "Procedure",
    "note": """Riverside Dermatology (Dubuque) - C. Okonkwo MD
DOS 11/18/2025

S: 62F. Tender lump R parietal scalp, growing over the past year, hurts with brushing and when she lies on it.
Hx of a similar cyst removed elsewhere years ago.
O: Firm mobile subcutaneous nodule R parietal scalp, tender, no punctum, no drainage.
A: Pilar cyst, symptomatic (pain, enlargement).
P: Excision today as discussed at last visit.
 Consent, timeout, lido w/ epi, hair clipped.
 Excised as per procedure entry; layered closure, see entry. No complications.
 Path: trichilemmal (pilar) cyst.
 F/u 10 days for staple removal.
""",
    "expected": E([L("12032")], ["missing-documentation"], {"12032": ["L72.11"]}),
    "coder_note": "EX-1: excised diameter needs the lesion's clinical diameter; only the ellipse length (not usable) "
                  "and the margin are documented -> no excision line, missing-documentation. The layered repair is "
                  "separately documented (scalp intermediate 3.0 cm -> 12032) and kept, as in the README decision.",
})

# =================================================================================================================
# Excision, malignant
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-exm-back-sccis-posted-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "EMA posted benign 11403 before path; path SCC in situ -> 11603 (1.6 + 2 x 0.4 cm) + 12032",
    "date": "2025-12-09",
    "patient": ("Vogel", "Dorothy", "1941-09-02", "female"),
    "provider": "abernathy", "payer": "medicare-noname", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left mid back", "D04.5", "Left mid back", reason=True),
    ],
    "procedures": [
        P("Excision, benign lesion, trunk, 2.1-3.0 cm", "11403", "Left mid back", reasons=["c1"]),
        P("Repair, intermediate, trunk, 2.6-7.5 cm", "12032", "Left mid back", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Cedar Rapids     June Abernathy, MD
DOS 12/09/2025. 84F, enlarging scaly pink plaque L mid back x 1 yr, bleeds when scratched. No prior biopsy.
Clinical ddx SCC/SCCIS vs irritated SK vs superficial BCC. Pt prefers one trip -> excisional approach.

Procedure Documentation: Excision
  Location: L mid back
  Lesion: 1.6 x 1.2 cm
  Margin: 4 mm
  Depth: mid subcutaneous fat
  Closure: Intermediate - buried 3-0 Vicryl, 4-0 Prolene running
  Repair length: 5.5 cm
  Specimen oriented with suture at 12 o'clock.

Post-op: pressure dressing, suture removal 14 d.

Charge note (EMA): pre-op dx "neoplasm of uncertain behavior" -> template mapped to benign excision.

Path 12/15/2025: squamous cell carcinoma in situ, margins free (closest 2.5 mm).
Plan: no further surgery; skin check 6 mo.
""",
    "expected": E([L("11603"), L("12032")], ["coding-correction"], {"11603": ["D04.5"]}),
    "coder_note": "EX-3: excision code follows final pathology; SCC in situ (D04) -> malignant codes. EX-1: 1.6 + "
                  "2 x 0.4 = 2.4 cm trunk -> 11603. Intermediate 5.5 cm trunk -> 12032 stays.",
})

SCENARIOS.append({
    "id": "s40-exm-forearm-scc-reexcision-in-global",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Re-excision of positive-margin SCC forearm 7 days after 11602; 2.0 cm scar + 3 mm margins -> 11603-58",
    "date": "2026-01-20",
    "patient": ("Haugen", "Otto", "1949-12-05", "male"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 35,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal forearm, positive peripheral margin", "C44.622",
          "Right dorsal forearm", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-13", "11602", "Excision malignant lesion, trunk/arms/legs, 1.1-2.0 cm", "Right dorsal forearm",
              "SCC 1.0 cm, 4 mm margins, simple closure."),
    ],
    "note_title": "Procedure Note",
    "note": """RIVERSIDE DERMATOLOGY - IOWA CITY
Astrid Lindgren, MD                                   DOS 01/20/2026
Otto Haugen, 76 M

Reason for visit: re-excision. On 01/13/2026 I excised a biopsy-proven invasive SCC of the R dorsal forearm.
Final pathology (01/16): SCC, well differentiated, invasive to 1.1 mm, focally present at the 3 o'clock
peripheral margin. Called pt 01/16 and scheduled re-excision, which was the plan if margins were involved.

Today: incision healing well, sutures still in. No signs of infection.

PROCEDURE DOCUMENTATION: Re-excision, malignant
  Location: R dorsal forearm
  Target: prior excision scar with residual tumor focus; scar/clinical target 2.0 x 0.4 cm
  Margin: 3 mm beyond scar
  Excised down to fascia, specimen inked at 3 o'clock.
  Closure: simple, single-layer 4-0 nylon interrupted (tissue mobile, no deep layer needed)
  EBL minimal. No complications.

A/P: SCC R forearm, positive margin -> re-excised today. Pathology to confirm clear margins.
Suture removal 10-12 days. Skin check 3 months.

Pathology addendum 01/23/2026: scar with no residual carcinoma; margins clear.
""",
    "expected": E([L("11603", 1, "58")], ["global-period"], {"11603": ["C44.622"]}),
    "coder_note": "EX-4/GS-5: planned re-excision for a positive margin inside the 10-day global of the 01/13 "
                  "excision -> 58. Still malignant (original lesion malignant, DX-4 still treatment -> C44.622). "
                  "2.0 + 2 x 0.3 = 2.6 cm -> 11603. Closure is simple (included).",
})

SCENARIOS.append({
    "id": "s40-exm-cheek-bcc-intermediate-repair",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Biopsy-proven nodular BCC L cheek excised 0.8 cm + 3 mm margins (1.4 cm), layered repair 3.2 cm",
    "date": "2025-10-07",
    "patient": ("Kruger", "Beverly", "1956-03-29", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 50,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left cheek", "C44.319", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Excision of malignant lesion with 3 mm margins", site="Left cheek",
          note="Clinical lesion 0.8 x 0.7 cm pearly papule at the biopsy site. 3 mm peripheral margin marked. "
               "Ellipse 3.2 x 1.0 cm to subcutaneous fat.", reasons=["c1"]),
        P("Layered closure", site="Left cheek",
          note="5-0 Monocryl buried vertical mattress, 6-0 nylon running. Final length 3.2 cm.", reasons=["c1"]),
    ],
    "note_title": "Surgery Note",
    "note": """Riverside Dermatology - Cedar Rapids
Samuel Weiss, MD            10/07/2025

69F with biopsy-proven nodular BCC of the L cheek (shave bx 09/16/2025, path: BCC nodular, base involved).
Mohs discussed at the results call; she lives 2 hrs from the nearest Mohs surgeon and prefers standard
excision with permanent sections. Accepts the small difference in cure rate.

Pre-op: no anticoagulants, no pacemaker, NKDA.

Procedure: see procedure entries (excision with 3 mm margins + layered closure).
Local: 1% lidocaine with epi 4 mL.
Hemostasis with electrocautery.
Specimen oriented, sent for permanent sections with margin assessment.

Post-op: pressure dressing, keep dry 24 h, Vaseline, suture removal 6-7 days.

Pathology 10/10/2025: basal cell carcinoma, nodular, excised; margins free (closest 2 mm).
""",
    "expected": E([L("11642"), L("12052")], [], {"11642": ["C44.319"]}),
    "coder_note": "EX-1: 0.8 + 2 x 0.3 = 1.4 cm face (FEENLM) -> 11642, not from the 3.2 cm ellipse. REP-2: face "
                  "intermediate 3.2 cm -> 12052 (no PTP edit with 11642).",
})

SCENARIOS.append({
    "id": "s40-exm-back-mis-forearm-scc-repairs-summed",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Two malignant excisions (MIS back, SCC forearm) each 11602; EMA posted 12032 twice instead of "
                   "one 12032 for 4.5 + 3.0 = 7.5 cm",
    "date": "2026-02-17",
    "patient": ("Novak", "Leonard", "1952-08-14", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 70,
    "conditions": [
        C("c1", "Melanoma in situ, right upper back", "D03.59", "Right upper back", reason=True),
        C("c2", "Squamous cell carcinoma, right forearm", "C44.622", "Right volar forearm", reason=True),
    ],
    "procedures": [
        P("Excision, malignant lesion, trunk/arms/legs, 1.1-2.0 cm", "11602", "Right upper back", reasons=["c1"]),
        P("Repair, intermediate, trunk/arms/legs, 2.6-7.5 cm", "12032", "Right upper back",
          "Layered closure 4.5 cm", reasons=["c1"]),
        P("Excision, malignant lesion, trunk/arms/legs, 1.1-2.0 cm", "11602", "Right volar forearm",
          reasons=["c2"]),
        P("Repair, intermediate, trunk/arms/legs, 2.6-7.5 cm", "12032", "Right volar forearm",
          "Layered closure 3.0 cm", reasons=["c2"]),
    ],
    "note_title": "Excision x2 - Procedure Note",
    "note": """Riverside Dermatology - Cedar Rapids                         June Abernathy, MD
Patient: Leonard Novak  73M   DOS 02/17/2026

Here for planned excisions of two biopsy-proven lesions (biopsies 01/27/2026):
 (A) R upper back - melanoma in situ, lentiginous, peripheral margin involved.
 (B) R volar forearm - invasive SCC, moderately differentiated.

PROCEDURE DOCUMENTATION #1 - Wide excision, melanoma in situ
  Location: R upper back (infrascapular)
  Lesion (residual pigment + biopsy scar): 0.6 cm
  Margin: 5 mm
  Excision depth: to fascia
  Repair: intermediate, 2-layer (3-0 Vicryl deep, 4-0 Prolene running)
  Repair length: 4.5 cm

PROCEDURE DOCUMENTATION #2 - Excision, SCC
  Location: R volar forearm
  Lesion: 1.0 x 0.8 cm
  Margin: 4 mm
  Excision depth: subcutaneous fat
  Repair: intermediate, 2-layer (4-0 Vicryl deep, 4-0 nylon interrupted)
  Repair length: 3.0 cm

Both tolerated well, EBL minimal. Specimens A, B oriented and sent.
Post-op instructions. Sutures out 14 d (back), 10-12 d (forearm).

Path 02/20/2026: (A) melanoma in situ, excised, margins clear. (B) SCC, moderately differentiated, excised,
margins clear.
""",
    "expected": E([L("11602", 2), L("12032")], ["coding-correction"]),
    "coder_note": "EX-1: (A) 0.6 + 2 x 0.5 = 1.6 cm, (B) 1.0 + 2 x 0.4 = 1.8 cm, both TAL malignant -> 11602 x2 "
                  "(MIS is malignant per EX-3). REP-1: both intermediate repairs are in the 12031-12037 group -> "
                  "sum 4.5 + 3.0 = 7.5 cm -> one 12032 (MUE 1).",
})

# =================================================================================================================
# Mohs
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-mohs-nasal-sidewall-88305-17315-template",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs nose 2 stages (4 + 2 blocks); EMA template added 17315 and 88305 x2 on Mohs layers; "
                   "complex repair 2.2 cm",
    "date": "2025-11-12",
    "patient": ("Lindahl", "Bernice", "1943-02-19", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 160,
    "conditions": [
        C("c1", "Basal cell carcinoma, left nasal sidewall", "C44.311", "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Mohs, head/neck/hands/feet/genitalia, first stage", "17311", "Left nasal sidewall", reasons=["c1"]),
        P("Mohs, each additional stage", "17312", "Left nasal sidewall", reasons=["c1"]),
        P("Mohs, each additional block beyond 5", "17315", "Left nasal sidewall",
          "Total blocks: 6", reasons=["c1"]),
        P("Surgical pathology, level IV", "88305", "Left nasal sidewall", "Stage I sections", reasons=["c1"]),
        P("Surgical pathology, level IV", "88305", "Left nasal sidewall", "Stage II sections", reasons=["c1"]),
        P("Repair, complex, nose, 1.1-2.5 cm", "13151", "Left nasal sidewall", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Report",
    "note": """RIVERSIDE DERMATOLOGY - MOHS SURGERY
Surgeon and pathologist: Kirsten Halvorsen, MD
Patient: Bernice Lindahl (82 F)          DOS 11/12/2025

Pre-op dx: BCC, L nasal sidewall (shave bx 10/20/2025 at this office - nodular and micronodular BCC).
Indication: BCC of the nose (H zone); micronodular component.
Not immunosuppressed. Warfarin continued (INR 2.3 yesterday).

Pre-op lesion 0.9 x 0.8 cm.

Stage I: debulk by curettage (not submitted). 2 mm margin. 4 blocks, mapped and color-coded.
  Frozen sections read by me: micronodular BCC at blocks 2 and 3 (deep/peripheral, 3-5 o'clock).
Stage II: 2 blocks from 3-5 o'clock. Clear.
Totals: 2 stages; blocks 4 + 2 = 6 overall; no single stage over 5 blocks.
All tissue processed in our Mohs lab as frozen sections; nothing was sent to outside pathology.

Defect: 1.4 x 1.2 cm, L nasal sidewall, down to perichondrium with exposed upper lateral cartilage.

Repair: complex linear closure. Wound edges debrided/trimmed, extensive undermining over the nasal dorsum
and cheek in the supra-perichondrial plane, 5-0 Monocryl deep, 6-0 Prolene running.
Final repair length 2.2 cm.

EBL minimal. Pressure dressing. Post-op instructions. Suture removal 1 week.
""",
    "expected": E([L("17311"), L("17312"), L("13151")], ["ncci", "coding-correction"], {"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: 17315 is only for blocks beyond 5 in one stage (4 and 2 here) -> removed. MOHS-5: no 88305 "
                  "on the Mohs specimens themselves (17311/88305 PTP 1, no exception: no debulk/separate tissue "
                  "sent) -> removed. MOHS-7: complex repair nose 2.2 cm (cartilage exposed, debridement) -> 13151.",
})

SCENARIOS.append({
    "id": "s40-mohs-dorsal-hand-keyed-as-arm",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs R dorsal hand SCC posted as trunk/arms (17313/17314) and repair as 12032; pre-op-only E/M "
                   "99214 keyed",
    "date": "2026-01-08",
    "patient": ("Ostrowski", "Frank", "1945-05-09", "male"),
    "provider": "halvorsen", "payer": "medicare-advantage", "minutes": 150, "em": "99214",
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal hand", "C44.622", "Right dorsal hand", reason=True),
    ],
    "procedures": [
        P("Mohs, trunk/arms/legs, first stage", "17313", "Right dorsal hand", reasons=["c1"]),
        P("Mohs, trunk/arms/legs, each additional stage", "17314", "Right dorsal hand", reasons=["c1"]),
        P("Repair, intermediate, scalp/axillae/trunk/extremities, 2.6-7.5 cm", "12032", "Right dorsal hand",
          reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Riverside Dermatology Mohs Surgery - Dr. K. Halvorsen (surgeon and pathologist)
01/08/2026   Frank Ostrowski, 80M

Pre-operative assessment: referred by Dr. Weiss for invasive SCC, R dorsal hand (punch bx 12/11/2025,
well-differentiated SCC). Path reviewed, site confirmed with pt. Meds/allergies reviewed. Consent for Mohs
and repair signed. No other concerns raised today; the visit was for the scheduled surgery.

Mohs micrographic surgery, R dorsal hand (area H):
  Pre-op size 1.3 x 1.1 cm.
  Stage 1 - 4 blocks: SCC at deep margin block 4.
  Stage 2 - 1 block: clear.
Final defect 2.0 x 1.6 cm to the level of the dorsal hand fascia; extensor tendons not exposed.

Repair: intermediate layered closure - 4-0 Monocryl deep, 5-0 nylon simple interrupted.
Final length 3.4 cm.

Dressing, elevation, post-op handout. Suture removal 12-14 days.
""",
    "expected": E([L("17311"), L("17312"), L("12042")], ["coding-correction"], {"17311": ["C44.622"]}),
    "coder_note": "MOHS-2: hands are in the 17311 group (not 17313) -> 17311 + 17312. REP-2: intermediate repair of "
                  "the hand is 12041-12047 -> 3.4 cm = 12042. GS-3 / README: pre-op review and consent only, no "
                  "separate problem -> E/M 99214 removed.",
})

SCENARIOS.append({
    "id": "s40-mohs-back-infiltrative-7-blocks-complex",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs infiltrative BCC upper back 3 stages (7/3/2 blocks) + complex repair 8.2 cm",
    "date": "2026-03-10",
    "patient": ("Pettersen", "Walter", "1948-10-01", "male"),
    "provider": "halvorsen", "payer": "medicare-ngs", "minutes": 200,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, right upper back", "C44.519", "Right upper back",
          reason=True),
    ],
    "note_title": "Mohs Operative Report",
    "note": """RIVERSIDE DERMATOLOGY - MOHS MICROGRAPHIC SURGERY
Surgeon/Dermatopathologist: Kirsten Halvorsen, MD        Date: 03/10/2026
Patient: Walter Pettersen, DOB 10/01/1948

Diagnosis: BCC, infiltrative pattern, R upper back (bx 02/12/2026: infiltrative BCC to deep margin).
Appropriateness: trunk (area L) but aggressive histology (infiltrative) and size 2.4 cm -> appropriate.

Pre-op clinical size: 2.4 x 2.0 cm ill-defined scarlike plaque.
Anesthesia: 1% lido w/ epi 18 mL.

Stage I: 3 mm margin; specimen too large for standard blocks -> divided into 7 tissue blocks.
         Tumor at blocks 2, 5, 6 (peripheral 1-5 o'clock and deep central).
Stage II: 3 blocks. Residual infiltrative strands block 3 (deep 3 o'clock).
Stage III: 2 blocks. Clear.
Total 3 stages, 12 blocks (7 + 3 + 2).

Defect 3.6 x 3.0 cm into subcutaneous fat.

Repair: complex linear repair. Extensive undermining in the fascial plane, tension high -> two horizontal
mattress retention sutures (2-0 nylon) placed; 3-0 PDS deep, 4-0 Prolene running.
Final repaired length 8.2 cm.

EBL 15 mL. No complications. Pressure dressing.
Post-op: retention sutures out 10 d, others 14 d. Activity restriction reviewed.
""",
    "expected": E([L("17313"), L("17314", 2), L("17315", 2), L("13101"), L("13102")], [],
                  {"17313": ["C44.519"]}),
    "coder_note": "MOHS-2: trunk -> 17313 + 17314 x2 (stages 2 and 3); stage I had 7 blocks -> 17315 x2 (blocks "
                  "beyond 5). REP-2/REP-3: retention sutures make it complex; trunk 8.2 cm -> 13101 (to 7.5) + "
                  "13102 x1 (each added 5 cm or less).",
})

# =================================================================================================================
# Destruction
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-ds-sixteen-aks-17003-x15",
    "family": "destruction", "shape": "pre-coded",
    "description": "16 AKs cryo; EMA posted 17000 + 17003 x15 (over MUE) instead of 17004",
    "date": "2025-10-21",
    "patient": ("Hanson", "Delbert", "1939-04-04", "male"),
    "provider": "pike", "payer": "medicare-ngs", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, face, scalp and dorsal hands", "L57.0", "Face, scalp, dorsal hands",
          reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", "17000", "Face", reasons=["c1"]),
        P("Destruction premalignant lesion, 2-14, each", "17003", "Face/scalp/hands", "Units: 15",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Visit",
    "note": """Riverside Dermatology  |  Cedar Rapids  |  Jordan Pike
DOS: 10/21/2025      Pt: Delbert Hanson, 86 y/o M, retired farmer

CC: rough spots back again

Exam: multiple gritty erythematous keratotic papules:
  Face - 9 (forehead 4, R cheek 2, L cheek 2, nasal dorsum 1)
  Scalp (bald vertex) - 5
  Dorsal hands - 2 (R 1, L 1)
  Total: 16 AKs.

Assessment: Actinic keratoses, multiple (16).

Procedure Documentation: Destruction - Premalignant (Cryotherapy)
  Number of lesions: 16
  Method: liquid nitrogen, 2 freeze-thaw cycles, 10-15 sec each
  Locations: see above
  Pt tolerated well. Expected blistering/crusting reviewed.

Plan: consider field tx with 5-FU in spring. Sun protection, broad-brim hat on the tractor.
RTC 6 mo full skin exam (hx BCC 2019).
""",
    "expected": E([L("17004")], ["coding-correction"], {"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003 (17004/17000 and "
                  "17004/17003 are PTP 0; 17003 x15 also exceeds its MUE of 13).",
})

SCENARIOS.append({
    "id": "s40-ds-finger-warts-face-aks-xs",
    "family": "destruction", "shape": "note-only",
    "description": "Same session: 3 painful spreading finger warts (17110) and 4 face AKs (17000 + 17003 x3); "
                   "distinct lesions need XS on the AK lines",
    "date": "2025-12-16",
    "patient": ("Sorensen", "Ida", "1951-07-21", "female"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, right index and middle fingers", "B07.8", "Right fingers", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Face", reason=True),
    ],
    "note_title": "Progress Note",
    "note": """Riverside Dermatology - Iowa City clinic            Rafael Santos, MD
12/16/2025   Ida Sorensen 74F

Subjective:
Warts on R fingers, started as 1 in summer, now 3; painful when she grips; she quilts and they crack and bleed.
Also rough spots on face that come and go.

Objective:
R index finger: 2 verrucous papules (lateral nail fold 5 mm; distal pad 4 mm)
R middle finger: 1 verrucous papule 6 mm
Face: 4 scaly erythematous papules - L forehead x2, R temple x1, nasal bridge x1

Assessment / Plan:
1. Verruca vulgaris x3, R hand - spreading and painful. Cryo today. Discussed duct tape/salicylic acid at home.
2. Actinic keratoses x4, face. Cryo today.

Procedure Documentation
 Destruction, benign lesions (warts): liquid nitrogen, 3 lesions, 2 cycles, R index x2, R middle x1.
 Destruction, premalignant lesions (AK): liquid nitrogen, 4 lesions, 1 cycle each, L forehead x2,
   R temple, nasal bridge.
 Separate sites; no lesion treated twice.

RTC 4 weeks for wart recheck / repeat cryo.
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 3, "XS")], [],
                  {"17110": ["B07.8"], "17000": ["L57.0"]}),
    "coder_note": "DS-1/DS-2/DS-3: 17110 for 3 warts; 17000 + 17003 x3 for 4 AKs. 17110/17000 and 17110/17003 are PTP "
                  "indicator 1 with 17110 as column 1 -> XS on the column-2 AK lines (different lesions/sites).",
})

SCENARIOS.append({
    "id": "s40-ds-edc-bcc-shoulder-scalp-final-defect",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of two biopsy-proven BCCs, sized by final curetted defect (1.4 cm shoulder, 0.9 cm scalp)",
    "date": "2026-02-03",
    "patient": ("Meyer", "Carol", "1958-12-12", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left shoulder", "C44.619", "Left shoulder", reason=True),
        C("c2", "Nodular basal cell carcinoma, left occipital scalp", "C44.41", "Left occipital scalp",
          reason=True),
    ],
    "procedures": [
        P("ED&C x3 cycles", site="Left shoulder",
          note="Superficial BCC, clinical size 1.0 x 0.8 cm. Curettage and electrodesiccation x 3. "
               "Final defect 1.4 cm.", reasons=["c1"]),
        P("ED&C x3 cycles", site="Left occipital scalp",
          note="Nodular BCC 0.5 cm. Curettage/ED x3. Final defect diameter 0.9 cm.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Cedar Rapids | S. Weiss MD | 02/03/2026

67F returns for treatment of 2 BCCs biopsied 01/15/2026:
 - L shoulder: superficial BCC
 - L occipital scalp: nodular BCC, small, well-defined, primary, not in H-zone
Options (excision, ED&C, topical imiquimod for the sBCC; Mohs not indicated for either) reviewed.
Pt chose ED&C for both.

Consent. Lidocaine 1% w/ epi. Each site curetted firmly and electrodesiccated, 3 cycles.
Measurements and details in the procedure entries. Hemostasis achieved. Vaseline and bandages.
Healing by second intention. Expect 4-6 weeks.

F/U 6 months for skin check; sooner for non-healing.
""",
    "expected": E([L("17262"), L("17271")], [], {"17262": ["C44.619"], "17271": ["C44.41"]}),
    "coder_note": "DS-4: malignant destruction is sized by the final curetted defect, not the clinical lesion: "
                  "shoulder (TAL) 1.4 cm -> 17262; scalp (SNHFG) 0.9 cm -> 17271.",
})

SCENARIOS.append({
    "id": "s40-ds-aks-addon-without-primary-sebderm-em",
    "family": "destruction", "shape": "pre-coded",
    "description": "Five AKs: EMA quick-pick posted 17003 x5 with no 17000; seb derm Rx visit keyed 99213 with no 25",
    "date": "2026-01-27",
    "patient": ("Beaulieu", "Raymond", "1961-09-18", "male"),
    "provider": "lindgren", "payer": "medicaid-mco", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Actinic keratoses x5, scalp and ears", "L57.0", "Scalp, ears", reason=True),
        C("c2", "Seborrheic dermatitis, face and scalp", "L21.9", "Face, scalp", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesions 2-14, each additional", "17003", "Scalp", "Qty 5", reasons=["c1"]),
    ],
    "note_title": "Office Visit",
    "note": """Riverside Dermatology - Iowa City
Astrid Lindgren, MD            DOS 01/27/2026
Raymond Beaulieu, 64M

CC: flaky red face/scalp "worse all winter"; rough spots on head.

HPI: Seb derm flaring for 3 mo, OTC dandruff shampoo not working, itching scalp, flaking in eyebrows and
nasolabial folds. Separately, rough scaly spots on his scalp and ears.

Exam: greasy scale with erythema of eyebrows, nasolabial folds, scalp diffusely.
AKs: vertex scalp x3, R helix x1, L helix x1 (5 total).

A/P:
1. Seborrheic dermatitis, flaring - start ketoconazole 2% shampoo 2-3x/wk and ketoconazole 2% cream BID to
   face x 2 wk then prn; hydrocortisone 2.5% cream short course for flares. Rx sent. Discussed chronicity.
2. Actinic keratoses x5 - LN2 today.

PROCEDURE DOCUMENTATION - Cryosurgery, premalignant
  Lesions treated: 5 (vertex scalp 3, R helix 1, L helix 1)
  2 freeze-thaw cycles. Tolerated well. Aftercare reviewed.

RTC 2 months.
""",
    "expected": E([L("99213", 1, "25"), L("17000"), L("17003", 4)], ["coding-correction"],
                  {"99213": ["L21.9"], "17000": ["L57.0"]}),
    "coder_note": "DS-1: 5 AKs -> 17000 + 17003 x4; 17003 is an add-on only with 17000 (AOC). GS-3: seb derm with "
                  "prescription management is a separate problem -> 99213-25 (17000/99213 PTP 1).",
})

# =================================================================================================================
# Intralesional injection
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-il-nine-keloids-11900-units",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Nine keloids injected: EMA posted 11900 with 9 units and J3301 x1; correct 11901 + J3301 x5 (48 mg)",
    "date": "2025-09-30",
    "patient": ("Greene", "Marcus", "1990-01-26", "male"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, chest and shoulders, pruritic and painful", "L91.0", "Chest, bilateral shoulders",
          reason=True),
    ],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", "11900", "Chest/shoulders", "Units: 9", reasons=["c1"]),
        P("Triamcinolone acetonide, per 10 mg", "J3301", "Chest/shoulders", "Units: 1", reasons=["c1"]),
    ],
    "note_title": "Procedure Visit",
    "note": """Riverside Dermatology - Dubuque                    Chidi Okonkwo, MD
DOS 09/30/2025    Marcus Greene, 35M

Interval hx: acne keloids on chest/shoulders, itching and pain with shirts/seat belt. 6 wk since last ILK;
flatter but still symptomatic. No steroid atrophy.

Exam: firm shiny keloidal papules/plaques - presternal x4, R shoulder x3, L shoulder x2. Total 9.

Procedure Documentation: Intralesional Injection
  Medication: triamcinolone acetonide (Kenalog-40) 40 mg/mL
  Lesions injected: 9 (presternal 4, R shoulder 3, L shoulder 2)
  Volume: 1.2 mL total (= 48 mg)
  30 g needle, intralesional until blanching. Tolerated well.
  Lot # and expiry recorded in the MAR.

Plan: repeat in 6 weeks. Silicone gel sheeting at night. Continue adapalene for acne.
""",
    "expected": E([L("11901"), L("J3301", 5)], ["coding-correction"], {"11901": ["L91.0"]}),
    "coder_note": "4.8 (11900/11901): 9 lesions is more than 7 -> 11901 x1 (one unit per session); 11901/11900 PTP 0. "
                  "J3301 per 10 mg: 48 mg -> ceil(4.8) = 5 units.",
})

SCENARIOS.append({
    "id": "s40-il-alopecia-areata-plus-acne-rx",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK to 4 alopecia areata patches (25 mg) plus separate acne management with new Rx; 99213-25",
    "date": "2026-02-24",
    "patient": ("Nguyen", "Kayla", "2008-06-17", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", "L63.9", "Scalp", reason=True),
        C("c2", "Acne vulgaris, moderate", "L70.0", "Face, upper back", reason=True),
    ],
    "note_title": "Follow-up Visit",
    "note": """Riverside Dermatology - Iowa City              Rafael Santos, MD
Kayla Nguyen, 17 y/o F, here with mom.           DOS 02/24/2026

1) Alopecia areata - 4 patches on scalp (occipital 3.0 cm, L parietal 2.0 cm, R parietal 1.5 cm, vertex 1.0 cm).
   Some regrowth of fine white hairs at the occipital patch since last injections 6 weeks ago. Pull test +
   at the edges of the L parietal patch.
   Plan: repeat ILK today; continue clobetasol solution nightly.

2) Acne vulgaris - new concern today. Comedones and inflammatory papules/pustules forehead, cheeks, chin and
   upper back, a few early scars. Tried OTC benzoyl peroxide x 3 mo without improvement. Affects mood.
   Plan: start doxycycline 100 mg daily with food (photosensitivity, pill esophagitis, pregnancy
   counseling reviewed with pt and mom) + adapalene 0.1%/BPO 2.5% gel qHS. Rx sent. Reassess in 8-10 wk.

PROCEDURE DOCUMENTATION: Intralesional Kenalog
  Concentration: 10 mg/mL
  Sites: 4 patches as above
  Total volume: 2.5 mL (25 mg)
  Multiple 0.1 mL injections ~1 cm apart, 30 g needle. No complications.

RTC 6 wk (ILK + acne check).
""",
    "expected": E([L("99213", 1, "25"), L("11900"), L("J3301", 3)], [],
                  {"99213": ["L70.0"], "11900": ["L63.9"]}),
    "coder_note": "11900 for up to 7 lesions (4 patches); J3301 25 mg -> 3 units. Acne is a new problem with "
                  "prescription drug management, separate from the injection -> provider's 99213 with 25.",
})

# =================================================================================================================
# Incision and drainage
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-id-single-thigh-abscess-posted-10061",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Single uncomplicated thigh abscess: EMA posted 10061 and a 99213 for the same boil; correct 10060 only",
    "date": "2025-11-25",
    "patient": ("Kaminski", "Brandon", "1993-10-03", "male"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Cutaneous abscess, left thigh", "L02.416", "Left anterior thigh", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, complicated or multiple", "10061", "Left anterior thigh",
          reasons=["c1"]),
    ],
    "note_title": "Acute Visit",
    "note": """RIVERSIDE DERMATOLOGY | Cedar Rapids | Jordan Pike
DOS 11/25/2025 - Brandon Kaminski 32M - same-day add-on

CC: painful boil L thigh x 4 days. Only concern today.
No fever/chills. No hx MRSA. No diabetes.

Exam: L anterior thigh 2.0 cm fluctuant tender nodule with 1 cm surrounding erythema; no streaking,
no other lesions.

A/P: Abscess L thigh -> I&D today. Surrounding erythema minimal; no antibiotics indicated.

Procedure Documentation: Incision & Drainage
  Location: L anterior thigh
  Number of abscesses: 1
  Anesthesia: lidocaine 1% w/ epi 2 mL
  Incision: single 1 cm stab incision with #11 blade
  Findings: moderate purulent material, expressed; no loculations
  Irrigation: saline
  Packing: none
  Dressing: gauze
  Culture: sent

Warm compresses TID. Return if worsening, fever. Wound check prn.
""",
    "expected": E([L("10060")], ["coding-correction"], {"10060": ["L02.416"]}),
    "coder_note": "4.8: one abscess, no loculations, no packing -> simple 10060, not 10061. GS-3 / README: the visit "
                  "was only the decision to drain the abscess (no other problem, no Rx) -> E/M removed.",
})

SCENARIOS.append({
    "id": "s40-id-back-cyst-inside-calf-excision-global",
    "family": "incision-drainage", "shape": "note-only",
    "description": "I&D of an inflamed back cyst 6 days after a benign calf excision (010 global) -> 10060-79",
    "date": "2025-10-16",
    "patient": ("Thorson", "Amy", "1981-03-08", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Abscess of back from ruptured epidermoid cyst", "L02.212", "Right upper back", reason=True),
    ],
    "prior": [
        PRIOR("2025-10-10", "11402", "Excision benign lesion, trunk/arms/legs, 1.1-2.0 cm", "Left calf",
              "Dermatofibroma, 0.9 cm + 2 mm margins."),
    ],
    "note_title": "Acute Visit",
    "note": """Riverside Dermatology - Cedar Rapids              Samuel Weiss, MD
10/16/2025 - Amy Thorson, 44F

Reason: new painful swollen lump on R upper back x 3 days. Known "cyst" there for years that suddenly got
red and sore. She had a dermatofibroma excised from the L calf by me on 10/10; that site is not part of
today's complaint and was not examined (suture removal already booked for 10/20).

Exam: R upper back - 2.5 cm fluctuant erythematous tender nodule with central punctum. No cellulitis beyond
1 cm. Afebrile.

Impression: inflamed ruptured epidermoid cyst with abscess, R upper back.

PROCEDURE DOCUMENTATION - Incision and drainage, single abscess
  Lidocaine 1% w/ epi. 8 mm linear incision. Purulent and keratinous debris expressed. Cavity gently
  probed; no loculations. Saline irrigation. Not packed. Bandage.

Plan: warm soaks, recheck in 6-8 wk to plan excision of the cyst wall once inflammation settles.
""",
    "expected": E([L("10060", 1, "79")], ["global-period"]),
    "coder_note": "GS-5: new, unrelated procedure (different site/diagnosis) inside the 10-day global of the 10/10 "
                  "11402 -> 79. Single abscess without loculations or packing -> 10060.",
})

# =================================================================================================================
# Nails
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-nails-avulsion-l-great-plus-debridement",
    "family": "nails", "shape": "pre-coded",
    "description": "Avulsion L great toenail + debridement of 3 other dystrophic nails; EMA posted both with no "
                   "modifiers (needs TA on 11730 and XS on 11720)",
    "date": "2025-12-03",
    "patient": ("Larsen", "Donald", "1967-02-02", "male"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Ingrown toenail with paronychia, left great toe", "L60.0", "Left great toe", reason=True),
        C("c2", "Onychomycosis, painful, right 2nd-4th toenails", "B35.1", "Right 2nd, 3rd, 4th toes",
          reason=True),
    ],
    "procedures": [
        P("Avulsion of nail plate, simple, single", "11730", "Left great toe", reasons=["c1"]),
        P("Debridement of nail(s), 1 to 5", "11720", "Right 2nd-4th toes", reasons=["c2"]),
    ],
    "note_title": "Procedure Visit",
    "note": """Riverside Dermatology - Iowa City            Astrid Lindgren, MD
DOS 12/03/2025   Donald Larsen, 58 M

L great toe: recurrent ingrown nail with paronychia, painful in work boots. Failed soaks/cotton wicking.
R 2nd, 3rd, 4th toenails: thick dystrophic yellow nails (KOH + last visit), painful with shoes.

Procedure Documentation #1: Nail avulsion
  Digit: L great toe (hallux)
  Digital block with 1% plain lidocaine 3 mL. Tourniquet. Entire nail plate freed with elevator and avulsed.
  Matrix NOT treated. Bacitracin, bulky dressing. Tourniquet off, good capillary refill.

Procedure Documentation #2: Debridement of nails
  Digits: R 2nd, R 3rd, R 4th toes (3 nails)
  Nails mechanically debrided in thickness and length with nippers and electric burr.

Plan: soaks BID L great toe; ciclopirox lacquer to R toenails; RTC 3 wk.
""",
    "expected": E([L("11730", 1, "TA"), L("11720", 1, "XS")], [], {"11730": ["L60.0"], "11720": ["B35.1"]}),
    "coder_note": "Conventions: digit modifier on 11730 -> TA (left great toe). 11730/11720 is PTP indicator 1 with "
                  "11720 as column 2; the debrided nails are different digits -> XS on 11720 (no digit modifiers "
                  "on 11720 per conventions).",
})

SCENARIOS.append({
    "id": "s40-nails-phenol-matrixectomy-r-great",
    "family": "nails", "shape": "note-only",
    "description": "Partial nail avulsion with phenol matrixectomy, lateral border R great toe -> 11750-T5",
    "date": "2026-03-17",
    "patient": ("Ruiz", "Daniel", "2004-09-09", "male"),
    "provider": "okonkwo", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Ingrown toenail, recurrent, right great toe lateral border", "L60.0", "Right great toe",
          reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology (Dubuque) - C. Okonkwo, MD
Daniel Ruiz, 21M   DOS 03/17/2026

HPI: 4th episode of ingrown lateral nail border, R great toe, in 18 months. Painful, drained twice. Two prior
partial avulsions at urgent care without matrix treatment; keeps recurring. Plays college soccer.

Exam: R hallux lateral nail fold hypertrophic granulation tissue, tender, no cellulitis. Other toes normal.

A/P: Recurrent ingrown toenail, R great toe -> permanent removal of the lateral nail border.

PROCEDURE DOCUMENTATION: Partial nail excision with chemical matrixectomy
  Digit: R great toe, lateral border
  Digital block 2% plain lidocaine 4 mL; tourniquet.
  Lateral 3 mm strip of nail plate freed and removed to the proximal nail fold.
  Matrix ablated with 88% phenol, 3 x 30-second applications; neutralized with alcohol.
  Granulation tissue curetted.
  Tourniquet released, good perfusion. Silvadene and dressing.

Post-op: soaks BID, expect drainage 2-4 wk. No soccer x 1 wk. RTC 2 wk.
""",
    "expected": E([L("11750", 1, "T5")], [], {"11750": ["L60.0"]}),
    "coder_note": "4.8: permanent (chemical matrix ablation) partial nail removal -> 11750, includes the avulsion "
                  "(11750/11730 PTP 1, same nail). Right great toe -> T5.",
})

# =================================================================================================================
# Paring
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-paring-three-corns-11055-x3",
    "family": "paring", "shape": "pre-coded",
    "description": "Three painful corns/calluses pared; EMA posted 11055 three times instead of one 11056",
    "date": "2026-01-06",
    "patient": ("Jorgensen", "Phyllis", "1958-05-30", "female"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 15,
    "conditions": [
        C("c1", "Corns and callosities, both feet", "L84", "Plantar feet", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesion, single", "11055", "Right 5th toe", reasons=["c1"]),
        P("Paring or cutting of benign hyperkeratotic lesion, single", "11055", "Right 1st MTP plantar",
          reasons=["c1"]),
        P("Paring or cutting of benign hyperkeratotic lesion, single", "11055", "Left heel", reasons=["c1"]),
    ],
    "note_title": "Procedure Visit",
    "note": """RIVERSIDE DERMATOLOGY - Cedar Rapids - Jordan Pike
01/06/2026  Phyllis Jorgensen  67F

Painful hard spots on feet, worse on the walking trail; pads from pharmacy not helping.
Exam: hard corn dorsolateral R 5th toe (PIP); plantar callus R 1st MTP head; fissured callus L heel.
Dermoscopy: no thrombosed capillaries (not warts). Pulses 2+, sensation intact to monofilament.

Procedure Documentation: Paring of hyperkeratotic lesions
  Number of lesions: 3
  Sites: R 5th toe, R 1st MTP plantar, L heel
  Pared with #15 blade to healthy tissue, no bleeding.

Plan: urea 40% cream, toe spacer, wider toe box shoes. RTC prn.
""",
    "expected": E([L("11056")], ["coding-correction"], {"11056": ["L84"]}),
    "coder_note": "4.8: paring codes are count bands per session, 2-4 lesions -> 11056 x1, not 11055 x3.",
})

SCENARIOS.append({
    "id": "s40-paring-five-calluses-and-plantar-wart",
    "family": "paring", "shape": "note-only",
    "description": "Five calluses pared (11057) and a separate painful plantar wart frozen (17110); XS on 11057",
    "date": "2025-11-04",
    "patient": ("Yoder", "Ruth", "1970-08-08", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Callosities, both feet", "L84", "Plantar feet", reason=True),
        C("c2", "Plantar wart, left heel", "B07.0", "Left heel", reason=True),
    ],
    "note_title": "Foot Visit",
    "note": """Riverside Dermatology - Iowa City - R. Santos MD
DOS 11/04/2025 | Ruth Yoder | 55 F | nurse aide, 12-hr shifts on her feet

S: Painful calluses both feet; also a painful "callus" L heel that bleeds when she shaves it down.
O:
  Calluses: R 1st MTP, R 5th MTP, L 1st MTP, L 2nd MTP, L lateral 5th MTP - 5 lesions.
  L medial heel: 7 mm papule with interrupted skin lines and black dots - plantar wart, tender to squeeze.
A:
  1. Callosities x5, mechanical, painful.
  2. Verruca plantaris L heel, painful (separate site from the calluses).
P:
  Paring of the 5 calluses with #15 blade today.
  Wart: cryotherapy LN2 2 cycles (not pared). Salicylic acid 40% pads at home.
  Offloading insoles. RTC 3-4 wk for wart.

Procedures performed and documented above; consent verbal; no complications.
""",
    "expected": E([L("17110"), L("11057", 1, "XS")], [], {"11057": ["L84"], "17110": ["B07.0"]}),
    "coder_note": "5 calluses -> 11057 (more than 4); plantar wart destruction -> 17110. 17110/11057 is PTP "
                  "indicator 1 with 17110 as column 1 -> XS on 11057 (different lesions).",
})

# =================================================================================================================
# Patch testing
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-patch-80-allergens-posted-one-unit",
    "family": "patch-test", "shape": "pre-coded",
    "description": "New-patient hand dermatitis consult with Rx plus 80-allergen patch placement; EMA posted 95044 x1 "
                   "and 99204 without 25",
    "date": "2025-09-08",
    "patient": ("Schmitt", "Angela", "1976-11-21", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 60, "em": "99204",
    "conditions": [
        C("c1", "Chronic hand dermatitis, suspected allergic contact dermatitis", "L25.9", "Bilateral hands",
          reason=True),
    ],
    "procedures": [
        P("Patch or application test(s)", "95044", "Upper back", "Units: 1 (panel)", reasons=["c1"]),
    ],
    "note_title": "New Patient Consultation",
    "note": """Riverside Dermatology - Cedar Rapids             June Abernathy, MD
NEW PATIENT   DOS 09/08/2025   Angela Schmitt, 48F, dental hygienist
Referred by PCP for hand rash x 14 months.

HPI: itchy, fissured rash of both hands, worse at work (gloves, hand sanitizer, dental acrylates), better on
vacation. Tried OTC hydrocortisone, triamcinolone 0.1% from PCP with partial relief. Sleep disturbed by itch.
PMH: seasonal allergies, childhood eczema. Meds: cetirizine. No prior patch testing.

Exam: bilateral palms and dorsal fingers - lichenified erythematous plaques with fissures and scale; nail
folds involved; no vesicles today. Wrists spared. Feet clear. No nail pitting.

Assessment: chronic hand dermatitis - irritant vs allergic contact (acrylates, rubber accelerators, fragrance)
vs atopic hand dermatitis.

Plan:
 - Start clobetasol 0.05% ointment BID x 2 weeks then weekends only; bland emollient; cotton under nitrile.
 - Avoid hand sanitizers with fragrance; work note for nitrile, acrylate-free gloves.
 - Patch testing today (she is off steroids on the back, no oral steroids).

PROCEDURE DOCUMENTATION: Patch Test Application
  Series: North American comprehensive 80 allergen series
  Number of allergens applied: 80
  Site: upper back; chambers taped, marked.
  Read #1 at 48 h (Wed), read #2 at 96-120 h (Fri).
  Instructions given: keep dry, no exercise/sweating.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)], ["coding-correction"], {"95044": ["L25.9"]}),
    "coder_note": "4.8: 95044 units = number of allergens (80; MUE 90). The consult evaluated and started prescription "
                  "treatment for the dermatitis beyond the test application -> 99204-25 (95044/99204 PTP 1).",
})

SCENARIOS.append({
    "id": "s40-patch-placement-visit-em-keyed",
    "family": "patch-test", "shape": "free-text",
    "description": "Scheduled placement of a 35-allergen series only; provider keyed 99213 that has no separate work",
    "date": "2025-10-13",
    "patient": ("Baker", "Lorraine", "1955-04-16", "female"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Eyelid dermatitis, suspected allergic contact dermatitis", "L23.9", "Bilateral eyelids",
          reason=True),
    ],
    "procedures": [
        P("Patch test application - standard series", site="Upper back",
          note="35 allergens applied (standard screening panel, 35 chambers). Marked. Reading at 48 and 96 h.",
          reasons=["c1"]),
    ],
    "note_title": "Patch Test Placement",
    "note": """Riverside Dermatology - Cedar Rapids
June Abernathy, MD      DOS 10/13/2025      Lorraine Baker, 70F

Here for patch test placement, as planned at her 09/29 visit (eyelid dermatitis, workup decided then;
treatment with tacrolimus 0.03% ointment was started at that visit).
Interval: eyelids somewhat better; no new complaints, nothing else to address today.
No oral steroids / no topical steroids to the back for 2 weeks. Not on immunosuppressants.

Placement: see procedure entry. Reviewed reading schedule and care of the test site (keep dry).
Nursing placed the chambers under my supervision.

Return Wed and Fri for readings.
""",
    "expected": E([L("95044", 35)], [], {"95044": ["L23.9"]}),
    "coder_note": "95044 x35 (units = allergens). The day's only work is the planned placement and instructions; "
                  "95044/99213 is PTP 1 and there is no significant separate E/M -> 99213 not billed.",
})

# =================================================================================================================
# Phototherapy
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-photo-nbuvb-posted-as-goeckerman",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "NB-UVB session (no tar) posted by the phototherapy template as 96910; correct 96900",
    "date": "2025-11-19",
    "patient": ("Eriksen", "Gail", "1953-01-13", "female"),
    "provider": "lindgren", "payer": "medicare-noname", "minutes": 10,
    "conditions": [
        C("c1", "Psoriasis vulgaris, about 15% BSA", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Photochemotherapy; tar and UVB (Goeckerman)", "96910", "Whole body", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """RIVERSIDE DERMATOLOGY - IOWA CITY - PHOTOTHERAPY UNIT
Supervising physician: Astrid Lindgren, MD (on site)
Patient: Gail Eriksen, 72F          Date: 11/19/2025

Diagnosis: plaque psoriasis, ~15% BSA, on topicals (calcipotriene/betamethasone) without adequate control.
Treatment type: narrowband UVB (311 nm), whole-body cabinet.
Session #: 14 of planned course (3x/week).
Pre-treatment: no burning from last session, no new photosensitizing meds, goggles on, face shielded.
Topical tar or other photosensitizing preparation applied before UV: NONE (emollient only).
Dose today: 1,150 mJ/cm2 (10% increase per protocol).
Post: tolerated, no erythema at check.
Skin response: plaques thinner on trunk, elbows/knees slower.

Next session Friday. Continue topicals on weekends.
Treated by: phototherapy RN under direct supervision.
""",
    "expected": E([L("96900")], ["coding-correction"], {"96900": ["L40.0"]}),
    "coder_note": "4.8: 96910 is UVB with tar/petrolatum photochemotherapy (Goeckerman type); the record says NB-UVB "
                  "with no tar or photosensitizer -> actinotherapy 96900. UV light is covered under NCD 250.1.",
})

SCENARIOS.append({
    "id": "s40-photo-excimer-four-plaques-total-area",
    "family": "phototherapy", "shape": "note-only",
    "description": "Excimer to four elbow/knee plaques 60+55+85+75 = 275 sq cm total -> one 96921 (not 96920 x4)",
    "date": "2026-01-21",
    "patient": ("Dahl", "Trevor", "1979-07-07", "male"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 15,
    "conditions": [
        C("c1", "Localized plaque psoriasis, elbows and knees", "L40.0", "Bilateral elbows and knees", reason=True),
    ],
    "note_title": "Excimer Laser Treatment",
    "note": """Riverside Dermatology - Cedar Rapids          Samuel Weiss, MD
Excimer Laser (308 nm) Treatment Note        DOS 01/21/2026
Patient: Trevor Dahl, 46 M

Indication: localized plaque psoriasis (<5% BSA) of elbows and knees, failed >3 months of clobetasol and
calcipotriene. Prior auth on file (Cigna), 13 treatments approved.
Treatment #: 5

Areas treated (measured with template grid):
  R elbow      60 sq cm
  L elbow      55 sq cm
  R knee       85 sq cm
  L knee       75 sq cm
Fluence: 400 mJ/cm2 elbows, 450 mJ/cm2 knees (no blistering from last tx).
Tolerated well. Mild erythema post-tx as expected.

Plan: continue twice weekly. Continue calcipotriene on non-laser days.
""",
    "expected": E([L("96921")], [], {"96921": ["L40.0"]}),
    "coder_note": "4.8: excimer is one code per session by the TOTAL area treated: 60+55+85+75 = 275 sq cm -> 96921 "
                  "(250-500), not one code per plaque.",
})

SCENARIOS.append({
    "id": "s40-photo-puva-after-documented-failures",
    "family": "phototherapy", "shape": "free-text",
    "description": "PUVA session for disabling palmoplantar psoriasis after failed topicals and 36 NB-UVB sessions: "
                   "96912 with no GA/GZ",
    "date": "2025-12-11",
    "patient": ("Brekke", "Harvey", "1950-06-28", "male"),
    "provider": "lindgren", "payer": "medicare-noname", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris, severe, palms and soles, disabling", "L40.0", "Palms and soles", reason=True),
    ],
    "procedures": [
        P("PUVA - hand/foot unit", site="Bilateral palms and soles",
          note="Oral methoxsalen 0.6 mg/kg taken 90 min prior (pt-supplied). UVA 2.5 J/cm2. Session 9.",
          reasons=["c1"]),
    ],
    "note_title": "PUVA Treatment Note",
    "note": """Riverside Dermatology - Iowa City phototherapy
Dr. Astrid Lindgren supervising            12/11/2025
Harvey Brekke, 75 M, retired carpenter

Indication review (for Medicare):
 - Severe plaque psoriasis of palms and soles with deep fissures; unable to grip tools or walk more than a
   block; stopped volunteer work at the food pantry. Disabling.
 - Failed conventional treatment: clobetasol ointment under occlusion x 4 mo, calcipotriene, coal tar
   2% ointment, and 36 sessions of NB-UVB (Mar-Jun 2025) without meaningful improvement.
 - Biologics declined (infection hx); acitretin not tolerated (hepatic enzymes).
 - PUVA started 11/13/2025. Session #9 today.
 - Improvement documented: fissures closing, PASI of hands/feet 18 -> 11.

Today: UV-protective eyewear given for 24 h; no burning.
See procedure entry for dose.
Next: twice weekly.
""",
    "expected": E([L("96912")], [], {"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 (NCD 250.1): PUVA is covered for intractable, disabling psoriasis after failure of "
                  "conventional treatment, both documented; improvement documented -> no GA/GZ. 96912 x1 per session.",
})

# =================================================================================================================
# Cosmetic
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-cos-face-sks-voluntary-abn",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Asymptomatic facial SKs frozen at patient request, Medicare FFS, voluntary ABN signed: 17110-GX-GY",
    "date": "2025-10-01",
    "patient": ("Carlson", "Evelyn", "1947-03-15", "female"),
    "provider": "pike", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, face and neck", "L82.1", "Face, neck", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions, up to 14", "17110", "Face/neck", "6 lesions, LN2", reasons=["c1"]),
    ],
    "note_title": "Procedure Visit",
    "note": """RIVERSIDE DERMATOLOGY | Cedar Rapids | Jordan Pike
10/01/2025 | Evelyn Carlson | 78 F

Here to have "age spots" on her face frozen before her granddaughter's wedding.
She denies itching, bleeding, pain, irritation, growth or change in any of them. They bother her only
cosmetically.

Exam: 6 tan-brown stuck-on waxy papules, 3-6 mm: L cheek x2, R cheek x1, L temple x1, R jaw x1,
L neck x1. No inflammation, no crust. Dermoscopy: milia-like cysts, comedo-like openings. Classic SK.

A/P: Seborrheic keratoses, asymptomatic - cosmetic.
 Explained Medicare does not pay for cosmetic removal. Pt elected to proceed and signed the voluntary
 notice (ABN, option 1 chosen) acknowledging she will be responsible for payment.

Procedure Documentation: Cryosurgery, benign lesions
  Lesions: 6   Agent: liquid nitrogen, 1 cycle, 5-8 s each.
  Aftercare reviewed.
""",
    "expected": E([L("17110", 1, "GX", "GY")], ["cosmetic"], {"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4, BSL-2: asymptomatic SK removal is cosmetic (statutory exclusion) for Medicare FFS -> "
                  "GY, plus GX because a voluntary ABN is documented (conventions).",
})

SCENARIOS.append({
    "id": "s40-cos-glabellar-botox-with-rosacea-visit",
    "family": "cosmetic", "shape": "note-only",
    "description": "Rosacea visit with new Rx (99213 kept) plus cosmetic glabellar Botox, commercial: Botox not billed",
    "date": "2026-03-05",
    "patient": ("Wallace", "Heather", "1983-10-30", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Rosacea, papulopustular, flaring", "L71.9", "Cheeks, chin", reason=True),
        C("c2", "Glabellar rhytides (cosmetic)", None, "Glabella"),
    ],
    "note_title": "Office Visit + Cosmetic",
    "note": """Riverside Dermatology - Cedar Rapids     June Abernathy, MD     03/05/2026
Heather Wallace, 42F

MEDICAL
Rosacea follow-up: flaring since the holidays despite azelaic acid 15% gel. Inflammatory papules and
pustules on cheeks and chin, persistent centrofacial erythema, burning with products.
Plan: start doxycycline 40 mg ER daily (e-Rx); continue azelaic acid; add oxymetazoline 1% cream for
erythema - samples given. Trigger diary. F/u 8 weeks.

COSMETIC (self-pay, separate cosmetic consent and receipt; not submitted to insurance)
Pt requested treatment of frown lines. Dynamic glabellar rhytides, no ptosis.
OnabotulinumtoxinA 20 units to the glabellar complex (procerus 4 U, corrugators 4 U x 2 sites each side).
Paid at the cosmetic desk per the aesthetic price list.
Post-care: no lying down x 4 h, no rubbing.
""",
    "expected": E([L("99213")], ["cosmetic"], {"99213": ["L71.9"]}),
    "coder_note": "Conventions (non-Medicare cosmetic): cosmetic Botox for rhytids (COS-2) is removed from a commercial "
                  "claim and billed to the patient. The rosacea E/M with prescription management stands on its own; "
                  "no 25 because no billable procedure remains on the claim.",
})

SCENARIOS.append({
    "id": "s40-cos-neck-tags-unsightly-medicare-no-abn",
    "family": "cosmetic", "shape": "free-text",
    "description": "8 asymptomatic neck skin tags removed as unsightly, Medicare FFS, no ABN: 11200-GY",
    "date": "2025-09-16",
    "patient": ("Pedersen", "Lyle", "1955-12-24", "male"),
    "provider": "santos", "payer": "medicare-ngs", "minutes": 15,
    "conditions": [
        C("c1", "Acrochordons, neck", "L91.8", "Neck", reason=True),
    ],
    "procedures": [
        P("Skin tag removal - snip", site="Bilateral neck",
          note="8 skin tags, 1-3 mm, removed with sterile iris scissors; AlCl3 hemostasis.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Iowa City             R. Santos, MD
09/16/2025 - Lyle Pedersen - 69 M

Pt wants the "little tags" on his neck taken off; thinks they look unsightly in photos. They do not itch,
bleed, catch on his collar or get irritated. No change in size or number.
Exam: 8 soft pedunculated skin-colored papules, 1-3 mm, sides of neck. None inflamed.

Assessment: acrochordons, asymptomatic, removal for appearance only.
Told pt this is cosmetic and Medicare will not cover it. ABN not obtained (front desk did not print one;
no signed form on file).
Pt wanted to go ahead today.

See procedure entry. Tolerated well.
""",
    "expected": E([L("11200", 1, "GY")], ["cosmetic"], {"11200": ["L91.8"]}),
    "coder_note": "COS-2/COS-4: asymptomatic skin-tag removal is cosmetic (statutorily excluded) for Medicare FFS -> "
                  "GY; no voluntary ABN documented, so no GX (README Coding decisions).",
})

# =================================================================================================================
# Skin tags
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-tags-22-irritated-11201-x7",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "22 irritated tags: EMA posted 11201 x7 (one per tag over 15); correct 11200 + 11201 x1",
    "date": "2026-02-05",
    "patient": ("Anderson", "Sharon", "1958-04-02", "female"),
    "provider": "okonkwo", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, inflamed and bleeding, neck and axillae", "L91.8", "Neck, bilateral axillae",
          reason=True),
    ],
    "procedures": [
        P("Removal of skin tags, up to and including 15", "11200", "Neck", reasons=["c1"]),
        P("Removal of skin tags, each additional 10", "11201", "Axillae", "Units: 7", reasons=["c1"]),
    ],
    "note_title": "Procedure Visit",
    "note": """Riverside Dermatology - Dubuque               Chidi Okonkwo, MD
02/05/2026  Sharon Anderson  67 F

Multiple skin tags of the neck and armpits that catch on her necklace and bra and get twisted; several
have bled onto her clothes and some are red and sore today. Wants them removed.

Exam: neck - 13 pedunculated tags, 3 with hemorrhagic crust; R axilla - 5; L axilla - 4, two inflamed.
Total 22.

A/P: Acrochordons, symptomatic (irritation, bleeding, inflammation) -> removal.

Procedure Documentation: Skin tag removal
  Method: snip excision with curved iris scissors, some with light electrodesiccation of base
  Number removed: 22 (neck 13, R axilla 5, L axilla 4)
  Hemostasis: AlCl3 / hyfrecator.

Aftercare reviewed. F/U prn.
""",
    "expected": E([L("11200"), L("11201")], ["coding-correction"], {"11200": ["L91.8"]}),
    "coder_note": "Conventions: 11200 covers the first 15; 11201 = each additional 10 or part: 22 - 15 = 7 -> "
                  "ceil(7/10) = 1 unit. Symptomatic tags (bleeding, inflamed) meet BSL-3.",
})

SCENARIOS.append({
    "id": "s40-tags-forty-one-mue-cap",
    "family": "skin-tags", "shape": "note-only",
    "description": "41 symptomatic tags: 11200 + 11201 would be 3 units; capped at MUE 1",
    "date": "2025-12-30",
    "patient": ("Holm", "Vernon", "1949-08-19", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Acrochordons, multiple, irritated, neck, axillae, groin folds", "L91.8", "Neck, axillae, groin",
          reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Riverside Dermatology - Cedar Rapids             Samuel Weiss, MD
DOS 12/30/2025       Vernon Holm, 76 M (type 2 DM, BMI 38)

Multiple skin tags in body folds that chafe, twist and bleed; several have become red and painful.
Used OTC freeze kit at home - made two of them infected last month.

Exam:
  Neck: twenty-two tags, several with hemorrhagic crust
  R axilla: seven, two eroded/inflamed
  L axilla: six
  Inguinal folds: six, macerated and inflamed
  Total: 41

Assessment: acrochordons, symptomatic - bleeding, inflammation, pain, chronic friction trauma.

Procedure Documentation: Removal of skin tags
  Count: 41
  Technique: scissor snip / electrodesiccation of base for hemostasis
  Tolerated well.

Wound care reviewed; keep folds dry. F/u 3 months.
""",
    "expected": E([L("11200"), L("11201")], ["mue"], {"11200": ["L91.8"]}),
    "coder_note": "Conventions: 41 tags -> 11200 + 11201 x ceil((41-15)/10) = 3, but the 11201 MUE is 1 (MAI 3) -> "
                  "capped at 1 with an mue finding (README Coding decisions). Symptomatic, so no GY/GA.",
})

# =================================================================================================================
# Repair
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-rep-ice-fall-lacerations-not-summed",
    "family": "repair", "shape": "pre-coded",
    "description": "Fall on ice: simple repairs scalp 3.2 + hand 1.8 (same group, sum 5.0 -> 12002) and eyebrow 1.2 "
                   "(12011); EMA posted 12002 + 12001 + 12011",
    "date": "2026-01-29",
    "patient": ("Mueller", "Joan", "1964-02-09", "female"),
    "provider": "pike", "payer": "commercial-aetna", "minutes": 45,
    "conditions": [
        C("c1", "Laceration of scalp, initial encounter", "S01.01XA", "Occipital scalp", reason=True),
        C("c2", "Laceration of left hand, initial encounter", "S61.412A", "Left hypothenar hand", reason=True),
        C("c3", "Laceration of left eyebrow, initial encounter", "S01.112A", "Left eyebrow", reason=True),
        C("c4", "Fall on same level due to ice and snow", "W00.0XXA"),
    ],
    "procedures": [
        P("Simple repair scalp/neck/trunk/extremities 2.6-7.5 cm", "12002", "Occipital scalp", reasons=["c1"]),
        P("Simple repair scalp/neck/trunk/extremities 2.5 cm or less", "12001", "Left hand", reasons=["c2"]),
        P("Simple repair face/ears/eyelids/nose/lips 2.5 cm or less", "12011", "Left eyebrow", reasons=["c3"]),
    ],
    "note_title": "Same-Day Visit - Laceration Repair",
    "note": """RIVERSIDE DERMATOLOGY | Cedar Rapids | Jordan Pike
01/29/2026  Joan Mueller, 61F (established pt, here today for her scheduled AK follow-up)

Slipped on ice in her driveway 2 hrs ago; hit the back of her head and L face, caught herself with L hand.
No LOC, no vomiting, no neck pain, no anticoagulants. Tetanus 2021. Neuro: A&O x3, GCS 15, pupils equal.
Declined ED - clinic is closer; agrees to go to ED if headache/vomiting/confusion.
AK follow-up deferred to next month.

Exam: occipital scalp 3.2 cm linear laceration through dermis; L hypothenar palm 1.8 cm laceration; L lateral
eyebrow 1.2 cm laceration. All clean, no FB, no tendon/nerve involvement, full hand ROM/sensation.

Procedure Documentation: Laceration repair (3 wounds)
  Irrigation with 250 mL NS each; lidocaine 1% w/ epi (plain at hand).
  #1 Occipital scalp 3.2 cm - simple, single layer, staples x5.
  #2 L hand 1.8 cm - simple, single layer, 5-0 nylon interrupted x4.
  #3 L eyebrow 1.2 cm - simple, single layer, 6-0 nylon interrupted x4 (brow not shaved).

Wound care, head injury precautions given. Staples/sutures out 7-10 days.
""",
    "expected": E([L("12002"), L("12011")], ["coding-correction"]),
    "coder_note": "REP-1/REP-2: simple repairs of scalp and hand are the same group (12001-12007): 3.2 + 1.8 = 5.0 cm "
                  "-> one 12002 (12002/12001 is PTP 0). Eyebrow is face (12011-12018), separate: 1.2 cm -> 12011. "
                  "No 12011/12002 PTP edit.",
})

SCENARIOS.append({
    "id": "s40-rep-back-complex-13100-with-13102",
    "family": "repair", "shape": "pre-coded",
    "description": "Complex trunk repair 8.5 cm after outside Mohs; EMA posted 13100 + 13102 (add-on needs 13101)",
    "date": "2025-11-06",
    "patient": ("Iverson", "Kenneth", "1946-11-11", "male"),
    "provider": "weiss", "payer": "medicare-ngs", "minutes": 70,
    "conditions": [
        C("c1", "Basal cell carcinoma, left upper back, status post Mohs today (outside surgeon)", "C44.519",
          "Left upper back", reason=True),
    ],
    "procedures": [
        P("Repair, complex, trunk, 1.1-2.5 cm", "13100", "Left upper back", reasons=["c1"]),
        P("Repair, complex, trunk, each additional 5 cm", "13102", "Left upper back", reasons=["c1"]),
    ],
    "note_title": "Reconstruction Note",
    "note": """Riverside Dermatology - Cedar Rapids
Samuel Weiss, MD - reconstruction       DOS 11/06/2025      Kenneth Iverson, 78M

Referred same day by Dr. Amundsen (Eastern Iowa Mohs Center, separate practice) after Mohs cleared a BCC of
the L upper back this morning in 3 stages. Defect arrived bandaged; Mohs report reviewed.
Reconstruction options were discussed and agreed with me by phone last week.

Defect: 3.4 x 2.8 cm, L upper back, to deep subcutaneous fat.

PROCEDURE DOCUMENTATION: Complex repair
  Wound edges debrided (devitalized/charred edges trimmed sharply 1-2 mm).
  Extensive undermining at the fascial plane on both sides (4 cm each side).
  Two buried 2-0 PDS tension-relieving sutures; deep 3-0 Monocryl; 4-0 Prolene running.
  Dog-ears removed.
  Final length: 8.5 cm.
  EBL 10 mL. No complications.

Post-op: pressure dressing, no lifting >10 lb x 2 wk, sutures out 14 days.
""",
    "expected": E([L("13101"), L("13102")], ["coding-correction"], {"13101": ["C44.519"]}),
    "coder_note": "REP-2/4.6: complex trunk 8.5 cm -> 13101 (2.6-7.5 cm) + 13102 x1 for the extra 1.0 cm; 13102 is "
                  "an add-on only to 13101 (AOC), and 13100 covers only 1.1-2.5 cm.",
})

SCENARIOS.append({
    "id": "s40-rep-dog-bite-lip-complex-under-1cm",
    "family": "repair", "shape": "pre-coded",
    "description": "0.9 cm upper-lip dog-bite laceration across the vermilion, layered closure; EMA posted 13151 "
                   "(complex needs >1.0 cm) -> 12051",
    "date": "2025-08-26",
    "patient": ("Kessler", "Nora", "1991-12-01", "female"),
    "provider": "okonkwo", "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Laceration of upper lip, initial encounter", "S01.511A", "Upper lip, left of philtrum",
          reason=True),
        C("c2", "Bitten by dog, initial encounter", "W54.0XXA"),
    ],
    "procedures": [
        P("Repair, complex, eyelids/nose/ears/lips, 1.1-2.5 cm", "13151", "Upper lip", reasons=["c1"]),
    ],
    "note_title": "Urgent Procedure Visit",
    "note": """Riverside Dermatology - Dubuque              Chidi Okonkwo, MD
08/26/2025   Nora Kessler, 33 F   (sent over by her PCP's office across the street)

Bitten on the upper lip by her own vaccinated family dog (rabies vaccine current, records shown) ~1 h ago
while kissing it goodbye. No other wounds. Td 2019.

Exam: 0.9 cm full-thickness-skin laceration of the L upper lip crossing the vermilion border, not through
the orbicularis, not into the oral mucosa. Clean edges, minimal contamination.

Procedure Documentation: Laceration repair - lip
  Copious irrigation 500 mL NS, povidone-iodine prep.
  Local: infraorbital-area infiltration, 1% lido w/ epi 1.5 mL.
  Vermilion border aligned first with a 6-0 nylon key suture.
  Layered closure: 5-0 Monocryl deep dermal x2; 6-0 nylon skin; 6-0 fast gut on the vermilion.
  Total repair length: 0.9 cm.
  Template selected: "complex - lip (free margin)".

Amoxicillin-clavulanate 875 mg BID x 3 days (bite prophylaxis).
Sutures out day 5. Return sooner for redness/swelling.
""",
    "expected": E([L("12051")], ["coding-correction"], {"12051": ["S01.511A"]}),
    "coder_note": "REP-2/code_families: a complex repair of 1.0 cm or less is coded as simple or intermediate; the "
                  "layered closure of the lip (face group) 0.9 cm -> 12051.",
})

SCENARIOS.append({
    "id": "s40-rep-forehead-at-flap-new-patient-decision",
    "family": "repair", "shape": "note-only",
    "description": "New patient with outside-biopsied forehead BCC: decision and same-day excision with A-to-T "
                   "flap 7.6 sq cm -> 99203-57 + 14040, excision bundled",
    "date": "2026-02-12",
    "patient": ("Strand", "Lorraine", "1944-05-05", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 95, "em": "99203",
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right forehead", "C44.319", "Right forehead", reason=True),
    ],
    "note_title": "New Patient Consult + Surgery",
    "note": """RIVERSIDE DERMATOLOGY - DUBUQUE
Chidi Okonkwo, MD                     NEW PATIENT             DOS 02/12/2026
Lorraine Strand, 81 F. Referred by Dr. Haugland (family medicine, Maquoketa).

HPI: Shave biopsy by her PCP 01/20/2026 of a R forehead bump: nodular BCC (outside path report reviewed).
Lesion x 1 yr, bleeds. Hx: atrial fibrillation on apixaban, CKD 3, hearing impaired. No prior skin cancer.

Exam: R mid-forehead 1.0 x 0.9 cm pearly papule with rolled border and central crust at the bx site.
Focused exam of face/scalp/neck: no other suspicious lesions.

Assessment and decision: nodular BCC R forehead, primary. Discussed Mohs (nearest Mohs surgeon 2.5 h away;
she does not drive, daughter can only bring her today), standard excision with permanent-section margins,
ED&C (poor cosmetic outcome on forehead), radiation. Apixaban: cardiology OK to continue.
Decision today: excision with 4 mm margins and flap repair, today. Consent signed.

PROCEDURE DOCUMENTATION: Excision with adjacent tissue transfer
  Excision: 1.0 cm lesion with 4 mm margins -> 1.8 cm circular defect to frontalis fascia.
  Repair: A-to-T (O-to-T) advancement flap, bilateral advancement arms along the brow line.
  Primary defect: 2.5 sq cm. Secondary defect (flap design): 5.1 sq cm. Total: 7.6 sq cm.
  Undermined in the subcutaneous plane, 5-0 Monocryl deep, 6-0 nylon skin.
  EBL 10 mL. No complications. Specimen to pathology, oriented.

Plan: pressure dressing 48 h; sutures out day 7; post-op visit 3 months.
Pathology 02/16/2026: BCC nodular, excised, margins clear.
""",
    "expected": E([L("99203", 1, "57"), L("14040")], [], {"14040": ["C44.319"]}),
    "coder_note": "FLAP-1/FLAP-2: 2.5 + 5.1 = 7.6 sq cm forehead -> 14040; the excision (11642) is included in the "
                  "flap. GS-4/FLAP-4: 14040 is a 090 procedure and today's new-patient E/M made the decision -> 57.",
})

# =================================================================================================================
# Post-op
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-po-suture-removal-keyed-99212",
    "family": "post-op", "shape": "pre-coded",
    "description": "Suture removal and path review 9 days after 11602 + 12032; EMA keyed 99212 -> 99024",
    "date": "2026-01-14",
    "patient": ("Lindquist", "Arnold", "1950-03-03", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Squamous cell carcinoma, right forearm, excised", "C44.622", "Right forearm", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-05", "11602", "Excision malignant lesion, trunk/arms/legs, 1.1-2.0 cm", "Right forearm",
              "SCC, 1.2 cm + 3 mm margins; intermediate repair 3.8 cm (12032)."),
    ],
    "note_title": "Post-Op Visit",
    "note": """Riverside Dermatology - Cedar Rapids          June Abernathy, MD
01/14/2026    Arnold Lindquist, 75 M

Post-op check / suture removal - R forearm excision of SCC on 01/05/2026 with layered closure.
Pt has no complaints; mild itching at the scar.

Exam: incision well approximated, no erythema, no drainage, no dehiscence.
Sutures removed (9 nylon). Steri-strips applied.

Path (reviewed with pt): invasive SCC, well differentiated, margins clear. No further treatment needed.

Plan: scar care (silicone gel, sun protection). Full skin exam in 6 months.
No other issues raised or addressed today.
""",
    "expected": E([L("99024")], ["global-period"]),
    "coder_note": "GS-5/conventions: routine post-op visit (suture removal, path review) inside the 10-day global "
                  "of the 01/05 excision/repair -> 99024, not an E/M.",
})

SCENARIOS.append({
    "id": "s40-po-flap-global-new-nummular-rash-24",
    "family": "post-op", "shape": "note-only",
    "description": "49 days into a 90-day flap global, visit only for a new nummular dermatitis with Rx -> 99213-24",
    "date": "2025-11-20",
    "patient": ("Nygaard", "Elmer", "1942-09-27", "male"),
    "provider": "okonkwo", "payer": "medicare-advantage", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Nummular dermatitis, legs and trunk", "L30.0", "Bilateral lower legs, flanks", reason=True),
    ],
    "prior": [
        PRIOR("2025-10-02", "14040", "Adjacent tissue transfer, cheek, 10 sq cm or less", "Left cheek",
              "Rotation flap after excision of SCC left cheek."),
    ],
    "note_title": "Office Visit",
    "note": """Riverside Dermatology - Dubuque              Chidi Okonkwo, MD
11/20/2025    Elmer Nygaard, 83M

CC: itchy round rash on legs and sides x 3 weeks, keeping him up at night. Started when the furnace came on.

Hx: L cheek rotation flap 10/02/2025 (SCC) - healing was checked at the 10/09 and 10/30 post-op visits; not
part of today's visit, and he has no concerns about it. His next flap check is already booked for January.

Exam: coin-shaped 2-4 cm eczematous plaques with crust on both shins (6) and flanks (3). Xerosis. No
vesicles on hands/feet. Scraping for KOH negative in clinic.

A/P: Nummular dermatitis, winter xerosis-driven.
 - Triamcinolone 0.1% ointment BID x 2-3 weeks (Rx sent), then twice weekly.
 - Short lukewarm showers, thick emollient (petrolatum) twice daily, humidifier.
 - If not clear in 4 weeks: consider patch testing / biopsy.
RTC 4 weeks.
""",
    "expected": E([L("99213", 1, "24")], ["global-period"], {"99213": ["L30.0"]}),
    "coder_note": "GS-5: E/M for a problem unrelated to the 10/02 flap, inside its 90-day global -> 24. The flap was "
                  "not checked today, so no 99024.",
})

SCENARIOS.append({
    "id": "s40-po-suture-removal-plus-temple-ak",
    "family": "post-op", "shape": "free-text",
    "description": "Suture removal 9 days after a back excision (99212 keyed) plus cryo of one new temple AK: "
                   "99024 + 17000-79",
    "date": "2025-09-11",
    "patient": ("Gustafson", "Irene", "1948-01-31", "female"),
    "provider": "lindgren", "payer": "medicare-ngs", "minutes": 15, "em": "99212",
    "conditions": [
        C("c1", "Actinic keratosis, right temple", "L57.0", "Right temple", reason=True),
        C("c2", "Epidermal cyst, back, excised 09/02/2025", "L72.0", "Left upper back"),
    ],
    "prior": [
        PRIOR("2025-09-02", "11402", "Excision benign lesion, trunk/arms/legs, 1.1-2.0 cm", "Left upper back",
              "Epidermal cyst 1.2 cm + 2 mm margins, simple closure."),
    ],
    "procedures": [
        P("Suture removal", site="Left upper back",
          note="Wound healed, 6 nylon sutures removed, steri-strips.", reasons=["c2"]),
        P("Cryotherapy, liquid nitrogen", site="Right temple",
          note="1 AK, 2 freeze-thaw cycles.", reasons=["c1"]),
    ],
    "note_title": "Post-op + Procedure",
    "note": """Riverside Dermatology - Iowa City              Astrid Lindgren, MD
09/11/2025  Irene Gustafson, 77 F

1) Post-op: L upper back cyst excision 09/02/2025. Healing well, no signs of infection.
   Sutures removed today. Path was benign epidermal cyst (reviewed at the last call).
2) New rough spot R temple x 2 months, scaly, tender when she puts on her glasses. Exam: 5 mm gritty
   erythematous keratotic papule - AK. Not related to the back surgery.
   Treated with LN2 today, 2 cycles. Aftercare reviewed.

No other concerns. RTC 6 months for full skin exam.
""",
    "expected": E([L("99024"), L("17000", 1, "79")], ["global-period"], {"17000": ["L57.0"]}),
    "coder_note": "GS-5: the wound check/suture removal is post-op care inside the 09/02 excision's 10-day global -> "
                  "99024 in place of the keyed 99212; the AK destruction is an unrelated new procedure in that "
                  "global -> 17000-79 (decision to treat the AK is part of 17000).",
})

# =================================================================================================================
# E/M
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-em-prolonged-99417-on-medicare",
    "family": "em", "shape": "pre-coded",
    "description": "75-minute 99215 for an acute drug eruption; EMA posted CPT 99417 x2 (not valid for Medicare) "
                   "-> G2212 x1",
    "date": "2025-12-18",
    "patient": ("Engstrom", "Myrtle", "1940-07-14", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 75, "em": "99215",
    "conditions": [
        C("c1", "Generalized drug eruption, suspected DRESS, due to allopurinol", "L27.0", "Generalized",
          reason=True),
    ],
    "procedures": [
        P("Prolonged outpatient E/M, each 15 minutes", "99417", None, "Units: 2", reasons=["c1"]),
    ],
    "note_title": "Established Patient Visit - Urgent",
    "note": """Riverside Dermatology - Cedar Rapids            Samuel Weiss, MD
12/18/2025    Myrtle Engstrom, 85 F (established; last seen 2023 for an SK)

Urgent add-on. Widespread itchy red rash x 5 days, facial swelling, low-grade fever. Allopurinol started
by PCP 4 weeks ago for gout.

Exam: morbilliform eruption ~70% BSA, confluent on trunk, facial edema, no mucosal erosions, no
blistering, Nikolsky negative. Cervical lymphadenopathy. Temp 100.2 F.

Data: ordered CBC with diff, CMP, eosinophil count, hepatic panel - reviewed same-day results with the lab
(eosinophils 1,850, ALT 142, creatinine up from baseline). Reviewed PCP records.
Discussed with her PCP by phone and with the on-call hospitalist regarding admission criteria.

Assessment: suspected DRESS (RegiSCAR probable) due to allopurinol.
Plan: stop allopurinol (PCP aware); start prednisone 1 mg/kg with taper; clobetasol 0.05% ointment to trunk;
hydroxyzine qHS. Daily labs x 3 via PCP office. Admit criteria reviewed with daughter; she will monitor.
Drug allergy entered in chart. Episodic problem - care hands back to her PCP once resolved.

Total time on date of service: 75 minutes (exam, review of labs/records, calls with PCP and hospitalist,
counseling, documentation). No separately billed procedures.
""",
    "expected": E([L("99215"), L("G2212")], [], {"99215": ["L27.0"]}),
    "coder_note": "EM-5: 99417 is status I for Medicare; Medicare uses G2212, counted from the end of the old 99215 "
                  "range: 75 min is >= 69 but < 84 -> 1 unit (AOC G2212 with 99215). Episodic, so no G2211.",
})

SCENARIOS.append({
    "id": "s40-em-medicare-screening-skin-check-new",
    "family": "em", "shape": "pre-coded",
    "description": "New-patient screening-only full skin exam on Medicare FFS, no history, nothing found: 99203-GY",
    "date": "2025-10-09",
    "patient": ("Vandenberg", "Curtis", "1959-05-19", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", None, reason=True),
    ],
    "note_title": "New Patient - Skin Check",
    "note": """Riverside Dermatology - Iowa City                 Rafael Santos, MD
NEW PATIENT    10/09/2025    Curtis Vandenberg, 66 M

Reason for visit: "my wife made me come for a skin check" - first dermatology visit ever.
No spots he is worried about; nothing new, changing, itching or bleeding.
No personal history of skin cancer or precancers. No family history of melanoma. No immunosuppression.
Outdoor hobbies: golf, fishing; uses sunscreen sometimes.

Full skin exam (scalp, face, ears, neck, chest, abdomen, back, buttocks, arms, hands, legs, feet, nails):
no suspicious lesions; no lesions requiring diagnosis, biopsy or treatment.

Assessment: skin cancer screening, normal exam.
Plan: sun protection counseling, monthly self-exams (ABCDEs handout). Return prn for new/changing spots.
""",
    "expected": E([L("99203", 1, "GY")], [], {"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README Coding decisions: Medicare FFS has no skin-cancer screening benefit; screening-only "
                  "full skin exam with no history, complaint or finding -> E/M with GY.",
})

SCENARIOS.append({
    "id": "s40-em-new-patient-punch-decision-only",
    "family": "em", "shape": "free-text",
    "description": "New patient seen only for one changing mole, punched at the visit: provider-keyed 99203 dropped",
    "date": "2025-11-12",
    "patient": ("Jacobsen", "Tara", "1995-03-23", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 20, "em": "99203",
    "conditions": [
        C("c1", "Dysplastic compound nevus, moderate atypia, left lower back", "D22.5", "Left lower back",
          reason=True),
    ],
    "procedures": [
        P("Punch biopsy 4 mm", site="Left lower back",
          note="Changing 6 mm pigmented macule; 4 mm punch, 1 nylon suture.", reasons=["c1"]),
    ],
    "note_title": "New Patient Visit",
    "note": """Riverside Dermatology - Cedar Rapids            June Abernathy, MD
NEW PATIENT   11/12/2025   Tara Jacobsen, 30 F

CC: "mole on my lower back changed" - boyfriend noticed it looks darker and bigger than in summer photos.
No other concerns; declined a full skin exam today (scheduling one separately).
No personal/family hx of melanoma.

Exam (focused, lower back): L lower back 6 mm irregularly pigmented macule, two shades of brown, slightly
asymmetric. Dermoscopy: atypical network at one edge.

A/P: changing pigmented lesion, L lower back - biopsy today to exclude dysplasia/melanoma.
See procedure entry. Will call with results.

Path 11/17/2025: compound dysplastic nevus with moderate atypia, peripheral margin involved. Plan
re-excision discussed by phone.
""",
    "expected": E([L("11104")], [], {"11104": ["D22.5"]}),
    "coder_note": "GS-3 / README: the visit addressed only the lesion that was biopsied and the decision to biopsy "
                  "it; a patient being new does not by itself justify an E/M -> 99203 removed, 11104 only.",
})

# =================================================================================================================
# Mixed
# =================================================================================================================

SCENARIOS.append({
    "id": "s40-mix-mtx-psoriasis-bx-aks-g2211",
    "family": "mixed", "shape": "pre-coded",
    "description": "Methotrexate psoriasis visit + chest shave bx + 3 hand AKs; EMA posted 99214 (no 25) + G2211 + "
                   "17000/17003 without XS",
    "date": "2026-02-26",
    "patient": ("Bergstrom", "Clifford", "1952-10-10", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris on methotrexate", "L40.0", "Trunk, extremities", reason=True),
        C("c2", "Superficial basal cell carcinoma, left chest", "C44.519", "Left chest", reason=True),
        C("c3", "Actinic keratoses, dorsal hands", "L57.0", "Dorsal hands", reason=True),
    ],
    "procedures": [
        P("Visit complexity inherent to E/M (add-on)", "G2211", None, reasons=["c1"]),
        P("Tangential biopsy of skin, single lesion", "11102", "Left chest", reasons=["c2"]),
        P("Destruction premalignant lesion, first", "17000", "Right dorsal hand", reasons=["c3"]),
        P("Destruction premalignant lesion, 2-14, each", "17003", "Dorsal hands", "Units: 2", reasons=["c3"]),
    ],
    "note_title": "Follow-up Visit",
    "note": """Riverside Dermatology - Iowa City               Astrid Lindgren, MD
02/26/2026    Clifford Bergstrom, 73 M

1) Psoriasis on methotrexate 15 mg weekly + folic acid (since 2023). BSA now ~3%, was 20%. Reports mild
   nausea day after dose. Labs 02/20 reviewed: CBC normal, ALT 48 (ULN 40, up from 35), creatinine stable.
   Plan: continue MTX 15 mg; move folic acid to daily; recheck CBC/CMP in 4 weeks; alcohol counseling;
   discussed switching to a biologic if ALT keeps rising. High-risk drug monitoring.

2) New pink scaly patch L chest x 3 mo, not healing. 9 mm. DDx superficial BCC vs psoriasis plaque vs SCCIS.
   Shave biopsy today.

3) AKs dorsal hands: R x2, L x1 -> LN2 today.

PROCEDURE DOCUMENTATION
 a) Biopsy by shave method - L chest. Lido w/ epi; tangential sampling with blade; AlCl3.
 b) Cryosurgery, premalignant - 3 lesions (R dorsal hand 2, L dorsal hand 1), 2 cycles each.
 Biopsy site and AK sites are separate lesions.

Path 03/02/2026: superficial basal cell carcinoma. Will schedule treatment.
RTC 4 weeks (labs) / 3 months psoriasis.
""",
    "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 2)], [],
                  {"99214": ["L40.0"], "11102": ["C44.519"], "17000": ["L57.0"]}),
    "coder_note": "GS-3: methotrexate monitoring is separate work -> 99214-25. EM-6: G2211 is not payable on an E/M "
                  "with 25 -> removed. BX-5/PTP: 11102/17000 is indicator 1 with the biopsy as column 1 -> XS on "
                  "17000 (different lesions); 17003 has no PTP edit with 11102, so no modifier.",
})

SCENARIOS.append({
    "id": "s40-mix-back-bcc-neck-nevus-two-repair-groups",
    "family": "mixed", "shape": "free-text",
    "description": "Malignant back excision (1.9 cm) + benign neck excision (1.0 cm) with intermediate repairs in "
                   "different groups (12032 + 12041), not summed",
    "date": "2026-03-12",
    "patient": ("Aune", "Roger", "1957-06-06", "male"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 75,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right upper back", "C44.519", "Right upper back", reason=True),
        C("c2", "Dysplastic compound nevus, moderate atypia, right lateral neck", "D22.4", "Right lateral neck",
          reason=True),
    ],
    "procedures": [
        P("Excision BCC", site="Right upper back",
          note="Biopsy-proven nodular BCC. Lesion 1.1 x 0.9 cm, 4 mm margins, to fat.", reasons=["c1"]),
        P("Layered closure", site="Right upper back",
          note="3-0 Vicryl deep, 4-0 Prolene running. 4.0 cm.", reasons=["c1"]),
        P("Excisional removal, changing nevus", site="Right lateral neck",
          note="0.6 x 0.5 cm irregular pigmented papule, 2 mm margins, elliptical excision.", reasons=["c2"]),
        P("Layered closure", site="Right lateral neck",
          note="4-0 Monocryl deep, 5-0 nylon. 2.2 cm.", reasons=["c2"]),
    ],
    "note_title": "Surgery Visit",
    "note": """Riverside Dermatology - Cedar Rapids            June Abernathy, MD
03/12/2026    Roger Aune, 68 M

Scheduled surgery day.
(1) R upper back: BCC nodular, shave bx 02/19/2026 - excision with 4 mm margins.
(2) R lateral neck: 6 mm pigmented papule that he and his barber say has darkened and grown since last fall;
    dermoscopy: irregular globules. Removing the whole lesion with narrow margins for diagnosis.

Consent for both. Lidocaine 1% with epi. Procedures as in the entries. Both closed in layers.
Specimens x2 oriented.

Post-op: sutures out neck 7 d, back 14 d. Call with path.

Path 03/16/2026: (1) BCC, nodular, margins clear. (2) compound dysplastic nevus with moderate atypia,
completely excised (margins clear). No further surgery needed for either.
""",
    "expected": E([L("11602"), L("12032"), L("11421"), L("12041")], [],
                  {"11602": ["C44.519"], "11421": ["D22.4"]}),
    "coder_note": "EX-1/EX-3: back 1.1 + 2 x 0.4 = 1.9 cm malignant TAL -> 11602; neck 0.6 + 2 x 0.2 = 1.0 cm, "
                  "dysplastic nevus is benign, SNHFG -> 11421. REP-1/REP-2: trunk intermediate (12031-12037) and "
                  "neck intermediate (12041-12047) are different groups: 4.0 cm -> 12032, 2.2 cm -> 12041. No PTP "
                  "edit between 12032 and 12041, so no XS.",
})
