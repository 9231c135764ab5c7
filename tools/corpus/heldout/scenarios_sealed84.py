"""Sealed set 84 (s84-): walk-in dermatology urgent care.

Harbor Street Walk-In Skin Clinic (a same-day unit of Riverside Dermatology): every chart opens with the triage
nurse's intake, then the provider's short note. Abscesses, cysts, infected or bleeding lesions, warts, sudden
rashes, bites; I&D, biopsies, cryotherapy, intralesional steroid; work-up sent to outside labs (the outside lab
bills its own pathology/culture) and follow-up appointments in the practice's procedure room where the
definitive procedure is done later. Expected answers from the rule book (sections 2-7, 10),
docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# Incision and drainage
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-id-axilla-newpt-em-decision-only",
    "family": "incision-drainage", "shape": "note-only",
    "description": "New walk-in patient, single left axillary abscess, simple I&D; provider picked 99203 but only the abscess was addressed",
    "date": "2025-11-03",
    "patient": ("Dunleavy", "Marcus", "2003-02-17", "male"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "note_title": "Walk-In Visit",
    "note": """HARBOR STREET WALK-IN SKIN CLINIC
TRIAGE - RN T. Okafor-Bell   09:12
22M, first visit to this clinic. CC "painful lump in L armpit", 4 days, bigger each day, now hurts to
lower arm. No fever/chills at home. T 98.9 HR 84 BP 124/78. Pain 7/10.
No prior boils. No diabetes. Meds: none. NKDA. Shaves axillae.

PROVIDER NOTE - Jordan Pike MD   09:30
S: as above. No drainage yet. No contacts with boils that he knows of.
O: L axilla - 3.0 x 2.5 cm tender fluctuant nodule with thin rim of erythema (~1 cm). No streaking, no
axillary adenopathy beyond the lesion. Rest of the skin not examined - pt declined, came only for this.
Procedure: I&D, L axillary abscess. Verbal + written consent. Chlorhexidine prep, 1% lido w/ epi 3 mL.
Single 1.2 cm stab incision with #11 blade, moderate purulent drainage expressed, cavity swept once with
hemostat, irrigated with NS. Packed with 1/4" iodoform gauze, 20 cm. Dry dressing. No complications.
Swab sent to Quest for C&S (Quest bills the culture).
A/P: Simple abscess L axilla, drained. Drainage adequate on its own - no antibiotic needed today; will
start one only if culture/fever warrant. Warm compresses. RTC 48 h for packing removal.
Level of service: 99203, new patient.
""",
    "expected": E([L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "GS-3: the only work beyond the I&D was evaluating the abscess and deciding to drain it; being new "
                  "does not by itself justify an E/M -> E/M line removed, 10060 alone.",
})

SCENARIOS.append({
    "id": "s84-id-two-abscesses-precoded-10060x2",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Two separate abscesses (right buttock, left thigh) drained; sent as 10060 x2 -> one 10061",
    "date": "2025-11-05",
    "patient": ("Tran", "Kimberly", "1991-09-30", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Right buttock", reason=True),
        C("c2", "Cutaneous abscess of left lower limb", "L02.416", "Left posterior thigh", reason=True),
        C("c3", "Personal history of MRSA skin infection", "Z86.19", history=True),
    ],
    "procedures": [
        P("I&D abscess, simple", cpt="10060", site="Right buttock",
          note="2.5 cm fluctuant abscess, 1 cm incision, purulent material, packed.", reasons=["c1"]),
        P("I&D abscess, simple", cpt="10060", site="Left posterior thigh",
          note="2.0 cm fluctuant abscess, 0.8 cm incision, drained, no packing needed.", reasons=["c2"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """Harbor Street Walk-In - Established patient
Triage (LPN D. Ruiz): 34F back again for "boils" - one on R buttock x5d, one on back of L thigh x3d. Says
both are throbbing. Temp 99.4. Had MRSA boil on abdomen 2023, treated. Meds: OCP. Allergy: sulfa (rash).

Rafael Santos MD
Two separate, non-contiguous abscesses:
 1) R buttock 2.5 x 2.0 cm, fluctuant, pointing.
 2) L posterior thigh 2.0 x 1.5 cm, fluctuant.
After consent and lidocaine 1% w/ epi, each was incised and drained separately (buttock 1 cm incision,
thigh 0.8 cm). Pus from both; buttock cavity packed with plain gauze strip, thigh left open.
Cultures from both sites to LabCorp.
Sulfa allergic -> doxycycline 100 mg BID x 7 d given prior MRSA and two active sites.
Decolonization reviewed (chlorhexidine wash, mupirocin nares).
F/u 2 days for packing out.
""",
    "expected": E([L("10061")], topics=["coding-correction"], dx={"10061": ["L02.31"]}),
    "coder_note": "Two abscesses drained at one session = 'multiple' -> 10061 x1; 10060 has MUE 1 and cannot be "
                  "billed twice. No E/M selected.",
})

SCENARIOS.append({
    "id": "s84-id-infected-cyst-back-plus-nummular-em25",
    "family": "incision-drainage", "shape": "free-text",
    "description": "I&D of an inflamed, fluctuant epidermoid cyst of the upper back plus a separately managed new nummular dermatitis of the legs (Rx)",
    "date": "2025-11-10",
    "patient": ("Whitcombe", "Gerald", "1950-04-22", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Inflamed epidermoid cyst with abscess, upper back", "L72.0", "Upper back, midline", reason=True),
        C("c2", "Nummular dermatitis, both lower legs", "L30.0", "Bilateral shins", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of infected cyst", site="Upper back, midline",
          note="Fluctuant 2.8 cm red cyst. Lido w/ epi. Linear 1 cm incision, purulent and keratinous material "
               "expressed, cavity irrigated, packed 1/4 inch plain gauze. Single cavity, uncomplicated.",
          reasons=["c1"]),
    ],
    "note_title": "Urgent Skin Visit",
    "note": """HARBOR STREET WALK-IN SKIN CLINIC
Triage (RN P. Ansah): 75M, est. pt. "Cyst on my back blew up", red + draining a little since Sat.
Also wife wants the itchy spots on his legs looked at (x3 wks, keeping him up at night). T 98.6.

Astrid Lindgren MD
1) Upper back cyst - known "bump" for years, now 2.8 cm red, warm, fluctuant. I&D done (see procedure):
   foul keratinous debris and pus, packed. Wound care sheet given. Not excising today - inflamed.
   Once calm, return for elective excision of the cyst wall (will schedule, separate visit).
2) Legs - NEW problem, separate from the cyst: multiple coin-shaped 2-4 cm eczematous plaques with
   crust on both shins, dry skin, no satellite pustules. KOH not needed clinically. Dx nummular
   dermatitis. Rx triamcinolone 0.1% ointment BID x 2 wk (prescription), bland emollient, lukewarm showers,
   stop the scented soap. Recheck legs at the cyst-excision visit.
E/M billed for problem #2 (99213, modifier 25).
""",
    "expected": E([L("10060"), L("99213", 1, "25")]),
    "coder_note": "10060 for the cyst (010 global). The nummular dermatitis is a separate problem with prescription "
                  "management -> E/M with 25 (10060/99213 PTP indicator 1, 25 bypasses). The planned later "
                  "excision is not coded.",
})

SCENARIOS.append({
    "id": "s84-id-cheek-needle-aspiration-precoded-10060",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Small right-cheek abscess drained by needle aspiration only, no incision; pre-coded 10060 -> 10160",
    "date": "2025-11-12",
    "patient": ("Oyelaran", "Temi", "1998-12-05", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of face", "L02.01", "Right cheek", reason=True),
    ],
    "procedures": [
        P("I&D abscess, simple", cpt="10060", site="Right cheek",
          note="Needle aspiration, 18 g needle, 2 mL pus. No incision.", reasons=["c1"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """Walk-in triage - RN M. Falk
26F. Tender red bump R cheek since picking a pimple 5 days ago. Now "full of pus". Worried about scarring
(wedding in 3 wks). Afebrile. No meds. NKDA.

Provider - Samuel Weiss MD
Exam: 1.5 cm fluctuant nodule R mid-cheek, pointing, mild surrounding erythema. No periorbital involvement.
To avoid a facial incision scar, the collection was drained by needle aspiration only: alcohol prep, 18 g
needle introduced at the point, 2 mL of purulent fluid aspirated until the nodule collapsed. NO incision made,
no packing. Band-aid.
Fluid sent for C&S (outside lab).
Plan: warm compresses TID. If it re-fills, will return for a formal incision. Do not squeeze.
""",
    "expected": E([L("10160")], topics=["coding-correction"], dx={"10160": ["L02.01"]}),
    "coder_note": "No incision was made: puncture aspiration of an abscess is 10160, not I&D 10060. The possible "
                  "later incision is hypothetical.",
})

# ---------------------------------------------------------------------------------------------------------------
# Biopsy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-bx-forearm-bleeding-papule-scc",
    "family": "biopsy", "shape": "note-only",
    "description": "Shave (tangential) biopsy of a bleeding right-forearm papule, pathology SCC; excision scheduled for later",
    "date": "2025-11-14",
    "patient": ("Haverford", "Lorraine", "1944-07-09", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of right forearm", "C44.622", "Right dorsal forearm", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "path": [
        {"date": "2025-11-18", "site": "Right dorsal forearm",
         "text": "Skin, right dorsal forearm, shave biopsy: invasive squamous cell carcinoma, well differentiated, "
                 "extending to the deep and peripheral edges of the specimen."},
    ],
    "note_title": "Walk-In Visit",
    "note": """HARBOR STREET WALK-IN SKIN CLINIC

TRIAGE 13:05 (RN K. Lemaire)
81F, established. "Sore on my arm won't stop bleeding" - bleeds on her sleeve most days x 3 wks.
On apixaban for AF. Hx BCC R nose 2019 (excised, no recurrence). NKDA.

PROVIDER - June Abernathy MD
R dorsal forearm: 0.8 cm crusted, keratotic, friable papule on a background of sun damage. Bleeds
easily with touch. Suspicious for SCC vs irritated SK - needs tissue.
Tangential (shave) biopsy: consent, alcohol, 1% lido w/ epi 1 mL. DermaBlade shave at the level of
the mid dermis, specimen to outside dermpath (they bill the reading). Aluminum chloride hemostasis.
Pressure dressing - she is on apixaban, held pressure 10 min, dry.
Plan: call with results. If carcinoma, book an excision in our procedure room (2-3 wk slot).

ADDENDUM 11/18 (JA): path = invasive SCC, well diff, transected. Pt called; excision booked 12/02.
""",
    "expected": E([L("11102")], dx={"11102": ["C44.622"]}),
    "coder_note": "BX-1 tangential biopsy -> 11102. DX-2: the pathology is back when coding -> C44.622. The booked "
                  "excision is a future service.",
})

SCENARIOS.append({
    "id": "s84-bx-bullous-eruption-two-punch-em25",
    "family": "biopsy", "shape": "free-text",
    "description": "New patient with a widespread bullous eruption: lesional and perilesional punch biopsies at two sites plus a separately documented E/M with prescriptions and labs",
    "date": "2025-11-17",
    "patient": ("Lindahl", "Corinne", "1966-01-28", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Bullous eruption of trunk and thighs, undiagnosed", "L13.9", "Trunk and thighs", reason=True),
        C("c2", "Pruritus", "L29.9", reason=True),
    ],
    "procedures": [
        P("Punch biopsy 4 mm - edge of intact bulla, formalin (H&E)", site="Left flank",
          note="4 mm punch at the edge of a fresh 1.5 cm tense bulla; one 4-0 nylon suture.", reasons=["c1"]),
        P("Punch biopsy 4 mm - perilesional skin, Michel's medium (DIF)", site="Right medial thigh",
          note="4 mm punch of normal-appearing skin next to an urticarial plaque on the R thigh; one suture.",
          reasons=["c1"]),
    ],
    "note_title": "Walk-In Visit - New Patient",
    "note": """Triage (RN T. Okafor-Bell): 59F, new. Blisters on belly and legs x 2 wk, itch 9/10, started after a
course of amoxicillin? Not sure. No mouth sores, no eye sx. Vitals normal. Meds: lisinopril, HCTZ.

Chidi Okonkwo MD
Hx: 2 wk of intensely pruritic urticarial plaques then tense blisters, trunk and thighs. No mucosal
involvement. No new meds except amoxicillin 3 wk ago (finished). Sleeping poorly.
Exam: ~10% BSA. Tense 0.5-2 cm bullae on erythematous urticarial bases L flank, abdomen, both thighs;
Nikolsky negative. Oral and ocular mucosa clear.
Impression: new bullous eruption - differential bullous pemphigoid vs bullous drug eruption vs bullous
arthropod reaction. Cannot confirm without pathology/DIF.
Biopsies: see procedure entries (two separate sites, two specimens, outside lab).
Management today (beyond the biopsies): clobetasol 0.05% cream BID to affected skin (Rx, 60 g x 2),
doxycycline 100 mg BID (Rx), hydroxyzine 25 mg qHS (Rx). Baseline CBC w/ diff, CMP, BP180/BP230 ELISA
ordered (outside lab). Reviewed that HCTZ can be associated with pemphigoid - messaged her PCP about
switching. Blister care + signs of infection discussed. Return 1 wk with results.
Visit: 99204 (new), E/M separately identifiable from the biopsies -> modifier 25.
""",
    "expected": E([L("11104"), L("11105"), L("99204", 1, "25")]),
    "coder_note": "BX-2: two punch biopsies at two sites -> 11104 + 11105. The E/M for a new undiagnosed eruption with "
                  "prescription management and labs is beyond the biopsy decision -> 99204-25 (GS-3). No PTP edit "
                  "11104/99204, but the conventions put 25 on any E/M billed with a 000/010 procedure.",
})

SCENARIOS.append({
    "id": "s84-bx-precoded-punch-and-tangential-two-primaries",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Punch biopsy of a bleeding scalp nodule and tangential biopsy of a back macule, sent as 11104 + 11102 -> 11104 + 11103",
    "date": "2025-11-19",
    "patient": ("Bergstrom", "Walter", "1948-10-03", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, scalp", "D49.2", "Left parietal scalp", reason=True),
        C("c2", "Neoplasm of unspecified behavior of skin, back", "D49.2", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Punch biopsy", cpt="11104", site="Left parietal scalp",
          note="1.0 cm firm pink nodule that bleeds with combing; 4 mm punch, 2 sutures.", reasons=["c1"]),
        P("Tangential biopsy", cpt="11102", site="Right upper back",
          note="0.6 cm irregular dark macule, new per wife; shave biopsy with flexible blade.", reasons=["c2"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """HSWSC triage (RN P. Ansah) - 77M est. "Bump on my head bleeds every time I comb." x 1 mo. Wife also
noticed a "new dark mole" on his back. On clopidogrel. NKDA.

J. Pike MD
Scalp: L parietal 1.0 cm firm pink dome-shaped nodule, eroded top. Ddx BCC / SCC / amelanotic melanoma.
-> 4 mm punch biopsy, 2 x 4-0 nylon.
R upper back: 0.6 cm irregular dark brown macule, asymmetric. Ddx atypical nevus vs melanoma in situ vs
pigmented SK. -> tangential (shave) biopsy, deep saucerization.
Both specimens to outside dermpath, separate jars. Hemostasis Drysol + pressure.
Sutures out in 10-14 d; results by phone. Definitive tx per path.
""",
    "expected": E([L("11104"), L("11103")], topics=["coding-correction"]),
    "coder_note": "BX-2: one primary per encounter (punch outranks tangential); the tangential biopsy takes its own "
                  "add-on 11103 (AOC allows 11103 with 11104). 11104/11102 is PTP indicator 0.",
})

SCENARIOS.append({
    "id": "s84-bx-deleted-11100-em-decision-only",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Tangential biopsy sent with deleted code 11100 plus 99212 for the same lesion only -> 11102, E/M removed",
    "date": "2025-11-21",
    "patient": ("Castillo", "Ramon", "1979-05-14", "male"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 15, "em": "99212",
    "conditions": [
        C("c1", "Ulcerated papule of left forearm", "L98.8", "Left volar forearm", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", cpt="11100", site="Left volar forearm",
          note="Scoop shave biopsy with DermaBlade of 0.5 cm ulcerated papule.", reasons=["c1"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """Triage (LPN D. Ruiz): 46M est. pt. Sore spot L forearm x 6 wk, won't heal, no injury he recalls.
No fever. Works as a welder. Meds none. NKDA.

Rafael Santos MD
Single 0.5 cm ulcerated pink papule L volar forearm with rolled edge. No other lesions of concern on
the arms. Ddx: BCC, SCC, persistent arthropod bite, foreign body granuloma (welding spatter).
Scoop (tangential) biopsy with DermaBlade, base hyfrecated lightly. Sent to outside lab.
Will call with results; treatment depends on path.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: Rafael Santos MD  11/21/2025
""",
    "expected": E([L("11102")], topics=["invalid-code"]),
    "coder_note": "11100 was deleted 31 Dec 2018; the tangential technique maps to 11102 (BX-1). The 99212 covered only "
                  "the evaluation of the biopsied lesion -> no separately identifiable E/M, line removed (GS-3).",
})

# ---------------------------------------------------------------------------------------------------------------
# Destruction
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-ds-warts-seven-hands-and-heel",
    "family": "destruction", "shape": "note-only",
    "description": "Cryotherapy of seven painful warts (five right fingers, one left periungual thumb, one plantar heel after paring)",
    "date": "2025-11-24",
    "patient": ("Fairweather", "Noah", "2008-06-11", "male"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Common warts, both hands", "B07.8", "Right fingers, left thumb", reason=True),
        C("c2", "Plantar wart, left heel", "B07.0", "Left heel", reason=True),
    ],
    "note_title": "Walk-In Visit",
    "note": """Harbor Street Walk-In Skin Clinic
TRIAGE (RN K. Lemaire): 17M w/ dad. Warts on fingers spreading, one on heel hurts to walk (plays soccer).
OTC salicylic x 2 mo, no help. NKDA.

PROVIDER (A. Lindgren MD):
Exam - verrucous papules: R index x2, R middle x2, R ring x1 (five on the right hand), one periungual
wart L thumb, one 6 mm plantar wart L heel with thrombosed capillaries, tender to lateral pressure.
Total warts treated today: seven (7).
Procedure: LN2 cryotherapy, 2 freeze-thaw cycles each, 2 mm halo. Heel wart pared with #15 blade first to
remove callus, then frozen. Tolerated well.
Counsel: blister expected, do not pop. Continue salicylic 40% pads to heel between sessions.
Return 3-4 wk for repeat. If still present after 3 rounds, we could discuss candida antigen injections.
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2: benign destruction of up to 14 lesions is one unit of 17110 whatever the count (7). Paring "
                  "before freezing is part of the destruction. Candida antigen is only a future option.",
})

SCENARIOS.append({
    "id": "s84-ds-molluscum-22-precoded-17110",
    "family": "destruction", "shape": "pre-coded",
    "description": "Child with 22 molluscum papules curetted; pre-coded 17110 -> 17111 (15 or more)",
    "date": "2025-11-26",
    "patient": ("Amaro", "Lucia", "2019-03-02", "female"),
    "provider": "weiss", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Molluscum contagiosum", "B08.1", "Trunk and left axilla", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions (curettage) - molluscum", cpt="17110", site="Trunk, left axilla",
          note="Curettage after topical anesthetic, 22 lesions.", reasons=["c1"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """Walk-in triage - RN M. Falk
6F with mom. "Bumps" on chest and L armpit x 4 mo, now some red and itchy, one crusted. School nurse sent
her. EMLA applied at home 1 h before per phone advice. NKDA.

Samuel Weiss MD
Umbilicated pearly papules: chest 9, abdomen 5, L axilla 8 = 22. Two in the axilla inflamed (BOTE sign),
child scratching; eczematous patch around the axillary cluster.
Mom requests treatment (spreading, itchy, sibling now has 2).
Curettage of all 22 lesions with 3 mm ring curette, Monsel's for hemostasis. Good tolerance with EMLA.
Vaseline and bandaids; no shared towels/baths with sibling. Hydrocortisone 1% OTC to the eczematous patch.
RTC PRN new lesions.
""",
    "expected": E([L("17111")], topics=["coding-correction"], dx={"17111": ["B08.1"]}),
    "coder_note": "DS-2: 15 or more benign lesions -> 17111 (one unit) instead of 17110; 17111/17110 is indicator 0.",
})

SCENARIOS.append({
    "id": "s84-ds-aks-sixteen-split-entries",
    "family": "destruction", "shape": "free-text",
    "description": "Walk-in for a scratchy scalp spot: LN2 to 16 actinic keratoses recorded as two procedure entries (10 + 6) -> 17004",
    "date": "2025-12-01",
    "patient": ("Kowalczyk", "Stanley", "1942-11-19", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, scalp, forehead and right ear", "L57.0", "Scalp, forehead, right ear",
          reason=True),
    ],
    "procedures": [
        P("Cryodestruction premalignant lesions - scalp", site="Vertex and frontal scalp",
          note="LN2, 2 cycles, 10 actinic keratoses.", reasons=["c1"]),
        P("Cryodestruction premalignant lesions - face/ear", site="Forehead (4), right helix (2)",
          note="LN2, 2 cycles, 6 actinic keratoses.", reasons=["c1"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """TRIAGE (RN K. Lemaire) 83M est. Came in because a rough spot on top of head "catches on my cap and
bleeds a bit". No new meds. Last seen 2024 when 9 AKs were frozen.

PROVIDER (June Abernathy MD)
Scalp/face exam: many gritty erythematous scaly papules on the bald scalp, forehead, R helix. The spot he
is worried about is a hypertrophic AK on the vertex, 5 mm, no induration, no ulcer - clinically an AK, no
biopsy needed today.
Treated with LN2 (see procedure entries): scalp ten, forehead four, R helix two. Sixteen AKs in total.
No other lesions treated. Post-cryo care reviewed. Discussed field therapy (5-FU) for the scalp this
winter - he will think about it; no Rx today.
F/u 6 mo full skin exam (scheduled).
""",
    "expected": E([L("17004")], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 16 premalignant lesions in one session (10 + 6 across two entries) -> 17004 x1, never "
                  "17000/17003. The 2024 treatment is history; 5-FU only discussed.",
})

SCENARIOS.append({
    "id": "s84-ds-edc-superficial-bcc-back-after-walkin-bx",
    "family": "destruction", "shape": "free-text",
    "description": "Booked ED&C of a biopsy-proven superficial BCC of the left upper back 9 days after the walk-in biopsy; final defect 1.4 cm",
    "date": "2025-12-03",
    "patient": ("Pruett", "Darlene", "1955-08-26", "female"),
    "provider": "pike", "payer": "medicare-advantage", "minutes": 30,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma of skin of left upper back", "C44.519", "Left upper back",
          reason=True),
    ],
    "prior": [
        PRIOR("2025-11-24", "11102", "Tangential biopsy", "Left upper back",
              "Shave biopsy of 0.9 cm scaly pink plaque, walk-in visit."),
    ],
    "procedures": [
        P("Electrodesiccation and curettage, BCC", site="Left upper back",
          note="Clinical lesion 1.0 cm. Three cycles of curettage and electrodesiccation. Final defect 1.4 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Room Note",
    "note": """HARBOR STREET - PROCEDURE ROOM (booked from walk-in 11/24)
Intake (MA R. Delgado): 70F here for scheduled "scrape and burn" L upper back. Consent on file. No new meds.

Jordan Pike MD
Path from 11/24 shave biopsy (outside lab): superficial basal cell carcinoma, L upper back.
Site identified with pt in mirror + photo match. Lesion 1.0 x 0.8 cm scaly pink plaque.
ED&C: 1% lido w/ epi 2 mL. Curettage with 4 mm then 3 mm curette, electrodesiccation, repeated for three
cycles total. Final defect measured 1.4 cm diameter. Hemostasis complete. Vaseline + bandage.
No specimen sent (diagnosis already established).
Wound care: daily washing + petrolatum until healed (3-4 wk). Skin check 6 mo.
""",
    "path": [
        {"date": "2025-11-26", "site": "Left upper back", "encounter": "enc-s84-ds-edc-superficial-bcc-back-after-walkin-bx-prior-1",
         "text": "Skin, left upper back, shave biopsy: basal cell carcinoma, superficial type."},
    ],
    "expected": E([L("17262")], dx={"17262": ["C44.519"]}),
    "coder_note": "DS-4: malignant destruction, trunk, sized by the final curettage defect 1.4 cm -> 17262. The 11/24 "
                  "biopsy has a 000 global, so no 58/79 is needed.",
})

# ---------------------------------------------------------------------------------------------------------------
# Intralesional injection
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-il-inflamed-cyst-jawline-5mg",
    "family": "intralesional", "shape": "note-only",
    "description": "Inflamed, non-fluctuant epidermoid cyst of the left jawline injected with triamcinolone 5 mg; no I&D",
    "date": "2025-12-05",
    "patient": ("Nakagawa", "Emi", "1993-04-18", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Inflamed epidermoid cyst, left jawline", "L72.0", "Left mandibular jawline", reason=True),
    ],
    "note_title": "Walk-In Visit",
    "note": """Walk-in triage - RN M. Falk
32F. Known cyst L jaw x 2 yr, suddenly swollen + sore since yesterday. Presentation Monday, wants it "down".
No fever. NKDA. Meds: sertraline.

Samuel Weiss MD
L jawline 1.6 cm tender erythematous cyst with punctum. Firm, NOT fluctuant - nothing to drain, so no
incision today.
Intralesional steroid: Kenalog-10 (triamcinolone acetonide 10 mg/mL), 0.5 mL = 5 mg injected into the
cyst with 30 g needle. Clinic stock vial.
Expect softening in 48-72 h. If it becomes fluctuant, return for I&D. Elective excision of the cyst wall
can be booked once quiet - she will call.
""",
    "expected": E([L("11900"), L("J3301")], dx={"11900": ["L72.0"]}),
    "coder_note": "One lesion injected -> 11900; triamcinolone acetonide 5 mg -> J3301 x1 (per 10 mg, rounded up). "
                  "I&D and excision are only possibilities.",
})

SCENARIOS.append({
    "id": "s84-il-nine-keloids-precoded-11900",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Nine painful chest/shoulder keloids injected with Kenalog-40 1.0 mL; sent as 11900 + J3301 x1 -> 11901 + J3301 x4",
    "date": "2025-12-08",
    "patient": ("Mensah", "Kwabena", "1957-02-14", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Keloids of chest and shoulders, symptomatic", "L91.0", "Presternal chest, both shoulders",
          reason=True),
    ],
    "procedures": [
        P("Intralesional injection", cpt="11900", site="Presternal chest and shoulders",
          note="Triamcinolone 40 mg/mL, total 1.0 mL divided among 9 keloids.", reasons=["c1"]),
        P("Triamcinolone acetonide inj", cpt="J3301", site="Presternal chest and shoulders",
          note="Kenalog-40, 1.0 mL (40 mg).", reasons=["c1"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """HSWSC triage (RN P. Ansah): 68M est. Keloids on chest "on fire" - itching + stabbing pain x 1 wk,
one on the L shoulder getting bigger. Last injected >1 yr ago elsewhere. Diabetic (A1c 6.9).

Chidi Okonkwo MD
Presternal keloids x 6, R shoulder x 1, L shoulder x 2 (the L shoulder lesion enlarged, tender). Total 9.
All 9 injected intralesionally with triamcinolone acetonide 40 mg/mL, 1.0 mL total (40 mg) divided
between the lesions, 27 g needle, to blanching.
Warned re: hypopigmentation/atrophy, glucose may run high for 1-2 days - check sugars.
Return 4-6 wk for repeat series.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: Chidi Okonkwo MD  12/08/2025
""",
    "expected": E([L("11901"), L("J3301", 4)], topics=["coding-correction"], dx={"11901": ["L91.0"]}),
    "coder_note": "More than 7 lesions injected -> 11901, not 11900. 40 mg triamcinolone acetonide = J3301 x4 "
                  "(per 10 mg).",
})

SCENARIOS.append({
    "id": "s84-il-earlobe-keloids-dose-not-recorded",
    "family": "intralesional", "shape": "free-text",
    "description": "Two earlobe keloids injected with Kenalog-10 but the volume/dose is not recorded -> 11900 only",
    "date": "2025-12-10",
    "patient": ("Robichaux", "Aaliyah", "2004-10-07", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Keloids of both earlobes after piercing", "L91.0", "Right and left earlobes", reason=True),
    ],
    "procedures": [
        P("Intralesional triamcinolone injection", site="Right earlobe, left earlobe",
          note="Kenalog 10 mg/mL injected into both keloids until blanching.", reasons=["c1"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """Triage (LPN D. Ruiz): 21F, earlobe lumps after piercings 6 mo ago, both getting bigger, painful
and itchy, can't wear earrings. Meds none. NKDA.

Rafael Santos MD
R earlobe posterior keloid 1.2 cm, L earlobe 0.9 cm. Tender. No infection.
Injected each with triamcinolone acetonide 10 mg/mL (Kenalog-10) until blanching, 30 g needle.
Silicone gel sheets advised. Repeat injections q4-6 wk; surgical excision + post-op injections could be
considered later if poor response - not planned now.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: Rafael Santos MD  12/10/2025
""",
    "expected": E([L("11900")], topics=["missing-documentation"], dx={"11900": ["L91.0"]}),
    "coder_note": "Two lesions -> 11900. The concentration is documented but not the volume, so the dose (mg) and "
                  "J3301 units cannot be determined -> no J3301 line, missing-documentation.",
})

SCENARIOS.append({
    "id": "s84-il-alopecia-areata-three-patches-24mg",
    "family": "intralesional", "shape": "note-only",
    "description": "Sudden alopecia areata, three scalp patches injected with triamcinolone 10 mg/mL, 2.4 mL total (24 mg)",
    "date": "2025-12-12",
    "patient": ("Feldmann", "Ingrid", "1958-03-30", "female"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata, scalp", "L63.8", "Scalp - occipital and right parietal", reason=True),
    ],
    "html": True,
    "note_title": "Walk-In Visit",
    "note": """<html><body>
<h3>Harbor Street Walk-In Skin Clinic</h3>
<p><b>Triage (RN T. Okafor-Bell):</b> 67F, est. Noticed bald spots while blow-drying 10 days ago, "coming out in
clumps". No scalp pain. Thyroid checked by PCP last month - normal. NKDA.</p>
<p><b>Provider - Astrid Lindgren MD</b></p>
<ul>
<li>Scalp: three smooth, non-scarring alopecic patches - occipital 3 x 2.5 cm, R parietal 2 x 2 cm,
R parietal posterior 1.5 x 1 cm. Exclamation-point hairs at the margins. Pull test positive at the edges.
No scale (not tinea). Nails: fine pitting.</li>
<li>Dx: alopecia areata, patchy (3 patches).</li>
<li>ILK: triamcinolone acetonide 10 mg/mL, 0.1 mL per site at 1 cm spacing, 2.4 mL total = 24 mg, into
the three patches.</li>
<li>Plan: repeat q4-6 wk. If it progresses to more extensive loss, we can discuss JAK inhibitors -
not indicated now.</li>
</ul>
</body></html>
""",
    "expected": E([L("11900"), L("J3301", 3)]),
    "coder_note": "Three patches (lesions) injected -> 11900; 24 mg triamcinolone acetonide -> J3301 x3 "
                  "(ceil(24/10)). JAK inhibitors are hypothetical.",
})

# ---------------------------------------------------------------------------------------------------------------
# E/M only
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-em-acute-urticaria-newpt",
    "family": "em", "shape": "note-only",
    "description": "New patient, acute generalized urticaria after shellfish, antihistamine + prednisone Rx; E/M only",
    "date": "2025-12-15",
    "patient": ("Alcott", "Brianna", "1995-07-21", "female"),
    "provider": "pike", "payer": "commercial", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Acute allergic urticaria", "L50.0", "Generalized", reason=True),
    ],
    "note_title": "Walk-In Visit - New Patient",
    "note": """HARBOR STREET WALK-IN SKIN CLINIC
TRIAGE 17:40 (RN K. Lemaire)
30F new pt. Hives all over since last night, came after shrimp dinner. Itch 8/10. NO lip/tongue swelling,
no SOB, no wheeze, no throat tightness. BP 118/72, HR 90, SpO2 99% RA. Took 1 Benadryl, sleepy.

PROVIDER - J. Pike MD
Widespread transient urticarial wheals trunk/arms/thighs, dermatographism. No angioedema. Lungs clear.
Acute urticaria, likely food-triggered (shrimp). No other cause found (no new meds, no infection sx).
Plan: cetirizine 10 mg BID x 2 wk; prednisone 40 mg daily x 4 days (Rx). Avoid shellfish until allergy
eval; referral to allergy placed. If lip/tongue swelling or breathing trouble -> 911/ED.
No procedures.
Level: 99203.
""",
    "expected": E([L("99203")], dx={"99203": ["L50.0"]}),
    "coder_note": "E/M only at the provider's level. Possible angioedema is hypothetical, not coded.",
})

SCENARIOS.append({
    "id": "s84-em-bullous-impetigo-child-culture-swab",
    "family": "em", "shape": "free-text",
    "description": "Established child with bullous impetigo; culture swab sent out (recorded as a free-text procedure) and prescriptions; E/M only",
    "date": "2025-12-17",
    "patient": ("Ibarra", "Mateo", "2020-01-09", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Bullous impetigo", "L01.03", "Perioral and right forearm", reason=True),
    ],
    "procedures": [
        P("Wound culture swab - collected and sent to LabCorp", site="Right forearm erosion",
          note="Swab of moist erosion under honey crust. Collection only, outside lab processes.",
          reasons=["c1"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """Walk-in triage - RN M. Falk
5M w/ grandmother. Blisters around mouth and on R forearm x 4 days, popping and crusting; daycare had
"a rash going around". Afebrile 99.0. NKDA. Est. pt (seen for molluscum last yr).

Samuel Weiss MD
Flaccid bullae and shallow erosions with honey-colored crust, perioral (5) and R forearm (3). No
fever, no lymphangitis. Bullous impetigo.
Culture swab of a forearm erosion sent (MRSA exposure at daycare).
Rx: cephalexin susp 25 mg/kg/day div TID x 7 d; mupirocin oint TID to crusts.
Keep out of daycare until 24 h of antibiotics. Hygiene/ towels reviewed.
Call in 48 h if spreading or fever. 99213.
""",
    "expected": E([L("99213")], dx={"99213": ["L01.03"]}),
    "coder_note": "Specimen collection by swab is not a separately billed procedure here and the outside lab bills the "
                  "culture; the visit is E/M only.",
})

SCENARIOS.append({
    "id": "s84-em-contact-derm-wart-freeze-deferred",
    "family": "em", "shape": "pre-coded",
    "description": "Neomycin contact dermatitis managed with Rx; 17110 pre-entered at check-in for a plantar wart that the note says was deferred -> E/M only",
    "date": "2025-12-19",
    "patient": ("Sorensen", "Harold", "1949-09-12", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to topical neomycin, left leg", "L23.3", "Left lower leg",
          reason=True),
        C("c2", "Plantar wart, right foot", "B07.0", "Right plantar forefoot"),
    ],
    "procedures": [
        P("Destruction benign lesion (wart)", cpt="17110", site="Right plantar forefoot",
          note="Charge entered at check-in by MA from the visit reason.", reasons=["c2"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """TRIAGE (RN K. Lemaire): 76M est. Two problems: (1) red, weepy itchy rash L shin after putting triple
antibiotic ointment on a scrape x 5 days; (2) wants his plantar wart frozen.

PROVIDER (June Abernathy MD)
1) L shin: sharply marginated eczematous, vesicular plaque matching where the ointment was applied,
   around a healing 1 cm scrape. No cellulitis. Allergic contact dermatitis to neomycin (likely).
   Stop the triple antibiotic; plain petrolatum to the scrape. Rx triamcinolone 0.1% cream BID x 10 d
   (not on the scrape itself). Added neomycin to allergy list.
2) R plantar wart 7 mm: skin macerated and raw from OTC salicylic pads he used all week. Did NOT freeze
   today - would blister badly. Stop pads; return in 2 wk to freeze.
Total 99213 for problem 1. No procedure performed today.
""",
    "expected": E([L("99213")], dx={"99213": ["L23.3"]}),
    "coder_note": "The note says the wart was not treated today, so the pre-entered 17110 is dropped; with no "
                  "procedure billed the E/M needs no modifier 25.",
})

SCENARIOS.append({
    "id": "s84-em-suspected-dress-sent-to-ed-99205",
    "family": "em", "shape": "note-only",
    "description": "New patient with a febrile drug eruption after allopurinol, sent to the ED for admission; 99205 at 70 min, no prolonged-service code",
    "date": "2025-12-22",
    "patient": ("Quarles", "Vernon", "1951-12-01", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 70, "em": "99205",
    "conditions": [
        C("c1", "Generalized drug eruption due to allopurinol", "L27.0", "Generalized", reason=True),
        C("c2", "Adverse effect of allopurinol", "T50.4X5A", reason=True),
    ],
    "note_title": "Walk-In Visit - New Patient",
    "note": """HARBOR STREET WALK-IN SKIN CLINIC
TRIAGE 10:05 (RN P. Ansah): 74M, new. Red rash all over x 3 days, face swollen, "feels like the flu".
T 101.6 F, HR 104, BP 138/84. Started allopurinol ~4 wk ago for gout. CKD 3a. NKDA (before this).

PROVIDER - Chidi Okonkwo MD (10:20-11:30)
Morbilliform eruption ~70% BSA, confluent on trunk, facial edema, periorbital swelling. Few targetoid
lesions on the arms, no blisters, no mucosal erosions. Tender cervical/axillary nodes.
Assessment: drug eruption from allopurinol with fever, facial edema and adenopathy - high concern for
DRESS (cannot exclude early SJS). Labs not available here.
Plan: stop allopurinol now. Discussed with ED attending (Dr. Heywood) - direct to ED for CBC w/ diff,
LFTs, creatinine, admission and systemic steroids; spouse driving him over. Called PCP + rheumatology.
Total time today 70 minutes (history from spouse, exam, calls to ED/PCP, documentation).
MDM high (decision regarding hospitalization). 99205.
""",
    "expected": E([L("99205")], dx={"99205": ["L27.0"]}),
    "coder_note": "Provider level 99205 kept. Medicare prolonged service G2212 starts at 89 min for 99205 (EM-5) and "
                  "99417 is not valid for Medicare -> no add-on at 70 min. Suspected DRESS/SJS is not coded (DX-1).",
})

# ---------------------------------------------------------------------------------------------------------------
# Mixed encounters
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-mx-painful-warts-plus-aks-count-missing",
    "family": "mixed", "shape": "note-only",
    "description": "Cryotherapy of four painful, spreading hand warts plus 'several' AKs frozen without a count -> 17110 only",
    "date": "2026-01-05",
    "patient": ("Gallagher", "Maureen", "1947-05-16", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Common warts of fingers, painful and spreading", "B07.8", "Both hands", reason=True),
        C("c2", "Actinic keratoses, dorsal hands", "L57.0", "Dorsal hands", reason=True),
    ],
    "note_title": "Walk-In Visit",
    "note": """HARBOR STREET WALK-IN SKIN CLINIC
Triage (RN P. Ansah): 78F est. Warts on fingers multiplying (2 last month, now 4), sore when gardening and
one split + bled. Also rough spots on backs of hands.

Provider (A. Lindgren MD):
- Verruca vulgaris x 4: R thumb pad, R index tip, L middle finger (2). Tender, one fissured. Spreading
  over 4-6 wk per pt. LN2, 2 FTC each.
- Dorsal hands: scattered gritty AKs. Several frozen with LN2, single FTC.
Aftercare handout. RTC 4 wk for warts.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: Astrid Lindgren MD  01/05/2026
""",
    "expected": E([L("17110")], topics=["missing-documentation"], dx={"17110": ["B07.8"]}),
    "coder_note": "Four warts -> 17110 (DS-2; pain, bleeding and spread documented). The AKs are 'several' with no "
                  "count, so no 17000/17003 line can be built (README coding decisions) -> missing-documentation.",
})

SCENARIOS.append({
    "id": "s84-mx-hs-groin-complicated-id-plus-axillary-ilk",
    "family": "mixed", "shape": "free-text",
    "description": "Hidradenitis flare: complicated I&D of a multiloculated right groin abscess plus triamcinolone into three axillary nodules (15 mg)",
    "date": "2026-01-07",
    "patient": ("Freeman", "Jasmine", "1997-08-08", "female"),
    "provider": "okonkwo", "payer": "commercial-cigna", "minutes": 45,
    "conditions": [
        C("c1", "Hidradenitis suppurativa with abscess, right groin", "L73.2", "Right inguinal fold", reason=True),
        C("c2", "Hidradenitis suppurativa, inflamed nodules, axillae", "L73.2", "Both axillae", reason=True),
    ],
    "procedures": [
        P("Incision and drainage, complicated", site="Right inguinal fold",
          note="5 cm multiloculated abscess. 2 cm incision, multiple septations broken by blunt dissection, "
               "sinus tract probed 3 cm, copious irrigation, packed with 60 cm ribbon gauze.",
          reasons=["c1"]),
        P("Intralesional injection triamcinolone", site="Left axilla (2), right axilla (1)",
          note="Kenalog-10, 0.5 mL into each of 3 inflamed nodules = 1.5 mL (15 mg).", reasons=["c2"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """Triage (RN T. Okafor-Bell): 28F est. HS flare. "Huge boil" in R groin x 1 wk, can't walk properly.
Painful lumps in both armpits again. T 99.8. On adalimumab - missed 2 doses (insurance).

Chidi Okonkwo MD
R groin: 5 x 4 cm fluctuant, multiloculated abscess with a draining sinus nearby. Complicated I&D done
(procedure entry): multiple loculations, sinus tract, large packing.
Axillae: three tender, non-fluctuant inflammatory nodules (L 2, R 1) - injected with triamcinolone
(procedure entry). Not drained.
Adalimumab: prior auth issue - our staff will call the plan today; resume q-weekly dosing asap.
Clindamycin 1% lotion to axillae. Return 48 h packing change. Deroofing of the groin tract may be offered
at a later booked visit if it keeps recurring.
""",
    "expected": E([L("10061"), L("11900"), L("J3301", 2)], dx={"10061": ["L73.2"]}),
    "coder_note": "Complicated/multiloculated drainage -> 10061. Three different nodules injected -> 11900 + J3301 x2 "
                  "(15 mg, rounded up per 10 mg). No 10061/11900 PTP edit. Deroofing is future.",
})

SCENARIOS.append({
    "id": "s84-mx-precoded-back-bx-plus-face-aks-xs",
    "family": "mixed", "shape": "pre-coded",
    "description": "Shave biopsy of a bleeding back lesion plus LN2 to five facial AKs; pre-coded without modifiers -> XS on 17000",
    "date": "2026-01-09",
    "patient": ("Delacroix", "Philippe", "1946-02-25", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Bleeding papule of the back, neoplasm of unspecified behavior", "D49.2", "Left mid back",
          reason=True),
        C("c2", "Actinic keratoses of the face", "L57.0", "Forehead, nose, cheeks", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy", cpt="11102", site="Left mid back",
          note="0.7 cm pink pearly papule, bleeds on towel; shave biopsy.", reasons=["c1"]),
        P("Destruction premalignant lesion, first", cpt="17000", site="Forehead",
          note="LN2.", reasons=["c2"]),
        P("Destruction premalignant lesions, each additional 2-14", cpt="17003", site="Nose, cheeks",
          note="LN2, 4 lesions.", reasons=["c2"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """HSWSC triage (RN K. Lemaire): 79M est. "Spot on my back bleeds on the towel" x 2 mo. Also face
scaly spots again.

J. Pike MD
L mid back 0.7 cm pearly pink papule, telangiectasia, eroded - suspicious for BCC -> shave biopsy, to
outside dermpath.
Face: 5 AKs (forehead 1, nose 2, R cheek 1, L cheek 1), all frozen LN2. Different sites from the back
lesion.
Results by phone; treat the back lesion per path at a booked visit.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: Jordan Pike MD  01/09/2026
""",
    "expected": E([L("11102"), L("17000", 1, "XS"), L("17003", 4)]),
    "coder_note": "11102/17000 is PTP indicator 1 with the biopsy as column 1; the AKs are different lesions at "
                  "different sites -> XS on 17000. 17003 has no edit with 11102. Five AKs -> 17000 + 17003 x4.",
})

SCENARIOS.append({
    "id": "s84-mx-paronychia-id-plus-wart-cryo",
    "family": "mixed", "shape": "note-only",
    "description": "I&D of an acute paronychia of the right middle finger plus cryotherapy of three warts on the left hand",
    "date": "2026-01-12",
    "patient": ("Whitfield", "Tanya", "1988-11-03", "female"),
    "provider": "santos", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Acute paronychia, right middle finger", "L03.011", "Right middle finger, radial nail fold",
          reason=True),
        C("c2", "Common warts, left hand", "B07.8", "Left hand", reason=True),
    ],
    "note_title": "Walk-In Visit",
    "note": """Triage (LPN D. Ruiz): 37F est. R middle finger throbbing, swollen next to nail x 3 d (nail salon
last wk). Also "warts on L hand, please freeze" - they keep cracking and bleeding. Afebrile. NKDA.

Rafael Santos MD
R middle finger: radial proximal nail fold fluctuant, 8 mm pus pocket, no felon, no tenosynovitis signs.
Nail plate intact - no nail removed.
-> I&D: digital block 1% plain lidocaine, #11 blade incision along the fold, pus drained, irrigated.
Warm soaks QID. Cephalexin 500 mg QID x 5 d.
L hand: 3 common warts (dorsal hand 2, L index knuckle 1), fissured and bleeding - LN2 x 2 cycles each.
RTC 48 h if redness spreads; 4 wk for warts.
""",
    "expected": E([L("10060"), L("17110")], dx={"10060": ["L03.011"]}),
    "coder_note": "10060 covers paronychia drainage (no nail avulsion, so no nail code). Three warts on a different "
                  "hand -> 17110. No PTP edit between 10060 and 17110.",
})

# ---------------------------------------------------------------------------------------------------------------
# Post-op / global period
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-po-packing-removal-in-global-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Packing removal and wound check 2 days after a thigh abscess I&D; provider picked 99212 -> 99024",
    "date": "2026-01-14",
    "patient": ("Beaumont", "Tyler", "2000-06-29", "male"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Cutaneous abscess of right lower limb, s/p I&D", "L02.415", "Right lateral thigh", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-12", "10060", "I&D abscess, simple", "Right lateral thigh",
              "3 cm abscess drained and packed."),
    ],
    "note_title": "Walk-In Follow-Up",
    "note": """HARBOR STREET WALK-IN SKIN CLINIC - RECHECK
Triage (RN M. Falk): 25M, back for packing removal, R thigh abscess drained here Monday (01/12).
Pain 2/10, no fever.

Provider (Jordan Pike MD)
Packing removed. Cavity clean, granulating, minimal serous drainage, erythema receding. No re-collection.
Culture (outside lab): MSSA, no antibiotic needed given clinical improvement.
Continue warm soaks + dry dressing. RTC PRN.
Visit: 99212.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: Jordan Pike MD  01/14/2026
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "Routine post-op care inside the 10-day global of 10060 (GS-5) -> 99024, not an E/M.",
})

SCENARIOS.append({
    "id": "s84-po-new-leg-abscess-in-wart-global-79",
    "family": "post-op", "shape": "pre-coded",
    "description": "New right-leg abscess drained 6 days after wart cryotherapy (010 global); pre-coded 10060 without modifier -> 10060-79",
    "date": "2026-01-16",
    "patient": ("Ostrowski", "Eleanor", "1953-10-20", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of right lower leg", "L02.415", "Right anterior shin", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-10", "17110", "Cryodestruction of warts", "Left hand",
              "LN2 to 3 painful common warts."),
    ],
    "procedures": [
        P("I&D abscess, simple", cpt="10060", site="Right anterior shin",
          note="2 cm fluctuant abscess at an insect-bite site; 1 cm incision, drained, lightly packed.",
          reasons=["c1"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """Triage (RN M. Falk): 72F est. Had warts frozen here 01/10 (L hand, healing fine). NEW today: red painful
lump R shin x 4 days, started as a "bug bite". Afebrile.

Samuel Weiss MD
L hand wart sites: healing blisters, no infection - no care needed.
R anterior shin: 2 x 2 cm fluctuant abscess with 1 cm erythema rim, centred on a bite punctum. Unrelated
to the wart treatment.
I&D: lido w/ epi, 1 cm incision, moderate pus, cavity irrigated and loosely packed.
No antibiotic (small, drained, no cellulitis). Packing out at home in 24 h (taught). RTC PRN.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: Samuel Weiss MD  01/16/2026
""",
    "expected": E([L("10060", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated procedure inside the 10-day global of the 01/10 17110 -> 79 on 10060.",
})

SCENARIOS.append({
    "id": "s84-po-poison-ivy-during-id-global-24",
    "family": "post-op", "shape": "free-text",
    "description": "Day-8 wound check after a back abscess I&D plus a new poison ivy dermatitis managed with Rx -> 99213-24",
    "date": "2026-01-20",
    "patient": ("Hollis", "Dwayne", "1958-07-04", "male"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis due to poison ivy", "L23.7", "Both forearms", reason=True),
        C("c2", "Cutaneous abscess of back, healing after I&D", "L02.212", "Right upper back"),
    ],
    "prior": [
        PRIOR("2026-01-12", "10060", "I&D abscess, simple", "Right upper back",
              "2.5 cm abscess drained and packed."),
    ],
    "procedures": [
        P("Wound check, packing removal", site="Right upper back",
          note="Packing strip removed, cavity granulating, re-dressed.", reasons=["c2"]),
    ],
    "note_title": "Walk-In Follow-Up",
    "note": """Triage (RN P. Ansah): 67M est. Wound check R upper back (I&D 01/12). Also NEW itchy blistering rash on
both arms since clearing brush on Saturday.

Astrid Lindgren MD
1) R upper back I&D site: granulating, no pus, packing removed - routine post-op, healing well.
2) NEW: linear streaks of vesicles and edematous papules on both forearms, classic poison ivy
   (clearing vines Sat). No face/genital involvement. Rx clobetasol 0.05% cream BID x 2 wk;
   cool compresses; wash clothes/gloves. Not related to the abscess or its treatment.
E/M for problem 2 only, modifier 24 (unrelated, during global). 99213.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: Astrid Lindgren MD  01/20/2026
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L23.7"]}),
    "coder_note": "GS-5: unrelated problem with prescription management during the 10060 global -> 99213-24. The "
                  "wound check itself is in the global package; 99024 is only for a post-op visit with no E/M billed.",
})

SCENARIOS.append({
    "id": "s84-po-reexcision-atypical-nevus-day8-58",
    "family": "post-op", "shape": "note-only",
    "description": "Planned re-excision 8 days after excising a bleeding nevus (severe atypia, positive margin): excised diameter 1.8 cm back -> 11402-58",
    "date": "2026-01-22",
    "patient": ("Carrington", "Leah", "1984-12-12", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Severely atypical melanocytic nevus of back, margin involved", "D22.5", "Right upper back",
          reason=True),
    ],
    "prior": [
        PRIOR("2026-01-14", "11401", "Excision benign lesion, trunk", "Right upper back",
              "Excision of a bleeding, changing 0.6 cm pigmented papule."),
    ],
    "path": [
        {"date": "2026-01-16", "site": "Right upper back",
         "encounter": "enc-s84-po-reexcision-atypical-nevus-day8-58-prior-1",
         "text": "Skin, right upper back, excision: compound dysplastic nevus with severe architectural and "
                 "cytologic atypia, extending to a peripheral margin."},
        {"date": "2026-01-26", "site": "Right upper back",
         "text": "Skin, right upper back, re-excision: scar with small focus of residual dysplastic nevus, "
                 "severe atypia; margins clear."},
    ],
    "note_title": "Procedure Room Note",
    "note": """HARBOR STREET - PROCEDURE ROOM
Intake (MA R. Delgado): 41F for planned re-excision R upper back (excision 01/14, path severe atypia with
positive margin). Sutures from 01/14 still in place.

June Abernathy MD
Discussed path: severely dysplastic nevus, peripheral margin involved -> re-excision recommended (planned
at the time of the first excision if margins were positive).
Sutures removed. Healing scar with residual pigment measures 1.2 cm. Marked 3 mm margins around it:
excised diameter 1.2 + 0.6 = 1.8 cm. Excised to subcutaneous fat as an ellipse (3.6 cm long). Closed with
simple interrupted 4-0 nylon (single layer). Specimen to outside dermpath.
Sutures out 12 d. Path to follow.
ADDENDUM 01/26: re-excision clear, residual severely atypical nevus. No further surgery.
""",
    "expected": E([L("11402", 1, "58")], topics=["global-period"]),
    "coder_note": "EX-4/GS-5: staged re-excision for a positive margin inside the 10-day global -> 58. Severe atypia "
                  "is not malignant -> benign excision codes (EX-3). Excised diameter 1.8 cm trunk -> 11402; the "
                  "ellipse length is irrelevant; simple closure included.",
})

# ---------------------------------------------------------------------------------------------------------------
# Benign excision
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-eb-back-cyst-booked-excision-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Booked excision of a previously drained upper-back epidermoid cyst (7 weeks after I&D): 1.8 cm + 1 mm margins = 2.0 cm, layered closure 3.5 cm",
    "date": "2026-01-26",
    "patient": ("Ferreira", "Paulo", "1976-09-09", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 45,
    "conditions": [
        C("c1", "Epidermoid cyst of upper back, recurrently inflamed", "L72.0", "Left upper back", reason=True),
    ],
    "prior": [
        PRIOR("2025-12-08", "10060", "I&D of inflamed cyst", "Left upper back", "Walk-in I&D of inflamed cyst."),
    ],
    "path": [
        {"date": "2026-01-29", "site": "Left upper back", "text": "Skin and subcutis, left upper back, excision: "
         "ruptured epidermal inclusion cyst with foreign-body giant cell reaction."},
    ],
    "note_title": "Procedure Room Note",
    "note": """HARBOR STREET - PROCEDURE ROOM (booked at walk-in 12/08 after I&D)
Intake (MA R. Delgado): 49M for cyst removal L upper back. Inflamed twice this year, drained here
12/08. Calm now. No anticoagulants.

Samuel Weiss MD
Cyst 1.8 cm, mobile, punctum, scar from prior I&D. Consent.
Excision: margins 1 mm around the cyst (excised diameter 1.8 + 0.2 = 2.0 cm), elliptical, cyst removed
intact with surrounding scar down to fascia. Specimen to outside lab.
Repair: layered closure, 3-0 Vicryl deep dermal/subcutaneous + 4-0 nylon simple interrupted. Final
repair length 3.5 cm.
Sutures out 12-14 d.
""",
    "expected": E([L("11402"), L("12032")], dx={"11402": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter 2.0 cm, trunk -> 11402. Layered closure 3.5 cm trunk -> 12032 separately "
                  "(EX-5). The December I&D is well outside its 10-day global.",
})

SCENARIOS.append({
    "id": "s84-eb-scalp-pilar-cyst-precoded-ellipse-simple-repair",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Painful, recurrently inflamed scalp pilar cyst excised (1.3 cm + 2 mm margins = 1.7 cm); pre-coded 11423 by ellipse length plus 12002 simple repair -> 11422 only",
    "date": "2026-01-28",
    "patient": ("Lindqvist-Moore", "Agnes", "1949-01-06", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Pilar cyst of scalp, painful, recurrently inflamed", "L72.11", "Right parietal scalp",
          reason=True),
    ],
    "procedures": [
        P("Excision benign lesion scalp", cpt="11423", site="Right parietal scalp",
          note="Ellipse 3.0 cm x 1.0 cm.", reasons=["c1"]),
        P("Simple repair scalp 3.0 cm", cpt="12002", site="Right parietal scalp",
          note="Single-layer closure with staples.", reasons=["c1"]),
    ],
    "path": [
        {"date": "2026-01-31", "site": "Right parietal scalp",
         "text": "Scalp, right parietal, excision: pilar (trichilemmal) cyst."},
    ],
    "note_title": "Procedure Room Note",
    "note": """Procedure room (booked from walk-in 01/06 when the cyst was red and sore)
Intake (LPN D. Ruiz): 77F. Scalp cyst painful when brushing, inflamed x2 in the past 3 mo, bled once when
the brush caught it.

Rafael Santos MD
R parietal scalp firm cyst, lesion diameter 1.3 cm. Not currently inflamed.
Excision with 2 mm margins (excised diameter 1.7 cm), ellipse 3.0 x 1.0 cm oriented along hair growth.
Cyst removed intact. Hemostasis with cautery. Closed in a single layer with skin staples, length 3.0 cm.
No layered closure. Specimen to outside lab.
Staples out 10 d.
""",
    "expected": E([L("11422")], topics=["coding-correction", "ncci"], dx={"11422": ["L72.11"]}),
    "coder_note": "EX-1: size = lesion + 2 x margin = 1.7 cm (scalp) -> 11422; the ellipse length is not the size. "
                  "EX-5: simple repair of the excision wound is included (11422/12002 indicator 1, same wound) -> "
                  "12002 removed. Coverage: pain, inflammation and bleeding documented.",
})

# ---------------------------------------------------------------------------------------------------------------
# Malignant excision
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-exm-forearm-scc-booked-after-walkin-bx",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Booked excision of a biopsy-proven SCC of the right forearm 18 days after the walk-in shave biopsy: 1.1 cm + 4 mm margins = 1.9 cm, layered repair 4.2 cm",
    "date": "2025-12-02",
    "patient": ("Haverford", "Lorraine", "1944-07-09", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of right forearm", "C44.622", "Right dorsal forearm", reason=True),
    ],
    "prior": [
        PRIOR("2025-11-14", "11102", "Tangential biopsy", "Right dorsal forearm", "Walk-in shave biopsy."),
    ],
    "procedures": [
        P("Excision of skin cancer, forearm", site="Right dorsal forearm",
          note="Residual lesion with biopsy scar 1.1 cm; 4 mm clinical margins all round; excised diameter "
               "1.9 cm; ellipse 4.2 cm to subcutaneous fat.", reasons=["c1"]),
        P("Layered closure", site="Right dorsal forearm",
          note="Deep 4-0 Monocryl dermal sutures, 5-0 nylon running epidermal; repaired length 4.2 cm.",
          reasons=["c1"]),
    ],
    "path": [
        {"date": "2025-12-05", "site": "Right dorsal forearm",
         "text": "Skin, right dorsal forearm, excision: residual invasive squamous cell carcinoma, well "
                 "differentiated; all margins free, closest 3 mm."},
    ],
    "note_title": "Procedure Room Note",
    "note": """HARBOR STREET - PROCEDURE ROOM (booked from walk-in 11/14, path SCC)
Intake (MA R. Delgado): 81F. Held apixaban x 2 days per cardiology OK. Consent signed.

June Abernathy MD
R dorsal forearm SCC (well diff, shave bx 11/14). Residual lesion + scar 1.1 cm.
Excision with 4 mm margins (see entries), layered closure 4.2 cm. Thin skin - careful eversion; Steri-
strips over. EBL minimal. Specimen to outside dermpath, oriented with suture at 12 o'clock.
Wound care reviewed; sutures out 14 d. Restart apixaban tomorrow.
Skin checks q6 mo going forward.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: June Abernathy MD  12/02/2025
""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.622"]}),
    "coder_note": "EX-1/EX-2: 1.1 + 2 x 0.4 = 1.9 cm, arm, malignant -> 11602. Intermediate repair 4.2 cm of the arm "
                  "-> 12032 (EX-5). The biopsy 18 days earlier has a 000 global: no modifier.",
})

SCENARIOS.append({
    "id": "s84-exm-nasal-bcc-precoded-benign-code",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Excision of a biopsy-proven nasal sidewall BCC (0.6 cm + 3 mm margins = 1.2 cm) sent with benign code 11442 -> 11642, plus layered repair 2.4 cm",
    "date": "2026-01-30",
    "patient": ("Kessler", "Dolores", "1969-04-02", "female"),
    "provider": "pike", "payer": "commercial", "minutes": 50,
    "conditions": [
        C("c1", "Nodular basal cell carcinoma of left nasal sidewall", "C44.311", "Left nasal sidewall",
          reason=True),
    ],
    "prior": [
        PRIOR("2026-01-09", "11102", "Tangential biopsy", "Left nasal sidewall", "Walk-in shave biopsy."),
    ],
    "procedures": [
        P("Excision lesion nose", cpt="11442", site="Left nasal sidewall",
          note="Lesion 0.6 cm, 3 mm margins, excised diameter 1.2 cm.", reasons=["c1"]),
        P("Intermediate repair face 2.4 cm", cpt="12051", site="Left nasal sidewall",
          note="Layered closure, 5-0 Monocryl deep, 6-0 Prolene superficial, 2.4 cm.", reasons=["c1"]),
    ],
    "path": [
        {"date": "2026-02-03", "site": "Left nasal sidewall",
         "text": "Skin, left nasal sidewall, excision: basal cell carcinoma, nodular type; margins negative."},
    ],
    "note_title": "Procedure Room Note",
    "note": """Procedure room - booked from walk-in 01/09 (bleeding nose papule; shave bx = nodular BCC).
Intake (MA R. Delgado): 56F. Offered Mohs referral - prefers excision here (travel/childcare); risks of
recurrence with standard excision explained and accepted.

J. Pike MD
L nasal sidewall BCC 0.6 cm. Excised with 3 mm margins (1.2 cm) as an ellipse in the relaxed skin
tension line, to the level of the nasalis fascia. Layered repair 2.4 cm. Frozen sections not done.
Specimen to outside dermpath.
Sutures out 6 d. If margins positive -> Mohs referral.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: Jordan Pike MD  01/30/2026
""",
    "expected": E([L("11642"), L("12051")], topics=["coding-correction"], dx={"11642": ["C44.311"]}),
    "coder_note": "The lesion was known malignant (biopsy BCC) and pathology confirms -> malignant face code: "
                  "0.6 + 0.6 = 1.2 cm -> 11642 (EX-3). Intermediate repair 2.4 cm nose -> 12051. Mohs only "
                  "conditional.",
})

# ---------------------------------------------------------------------------------------------------------------
# Mohs (booked from walk-in biopsies; same practice)
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-mohs-nasal-dorsum-two-stages-layered",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs of a nasal dorsum BCC (walk-in biopsy 3 weeks earlier), 2 stages (3 and 2 blocks), layered repair 2.2 cm",
    "date": "2026-02-02",
    "patient": ("Ashby", "Clifford", "1945-08-18", "male"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Nasal dorsum", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-12", "11102", "Tangential biopsy", "Nasal dorsum", "Walk-in shave biopsy, bleeding papule."),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """RIVERSIDE DERMATOLOGY - MOHS SUITE (referred from Harbor Street walk-in, bx 01/12)
Pre-op (RN S. Marsh): 80M. Bx-proven nodular BCC nasal dorsum. On aspirin 81 (continued). Consent signed.

Kirsten Halvorsen MD - Mohs surgeon and pathologist for all layers.
Indication: BCC on the nose (H-zone).
Clinical lesion 0.7 cm. Layer 1: 3 tissue blocks, frozen sections read by me: residual BCC at 6 o'clock.
Layer 2: 2 blocks, 5-7 o'clock: clear.
Defect 1.0 x 0.9 cm to the level of the nasalis. Closure: layered (deep 5-0 Monocryl, superficial 6-0
Prolene), oriented vertically, repair length 2.2 cm. No flap, no graft, no cartilage exposed.
No tissue sent to an outside lab.
Sutures out 1 wk. Resume regular skin checks at Harbor Street / general derm.
""",
    "expected": E([L("17311"), L("17312"), L("12051")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: nose, 2 stages, no stage over 5 blocks -> 17311 + 17312. MOHS-7: layered repair 2.2 cm "
                  "on the nose -> 12051. No path codes on Mohs layers (MOHS-5); prior biopsy has 000 global.",
})

SCENARIOS.append({
    "id": "s84-mohs-back-infiltrative-bcc-seven-block-stage",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs of a 2.3 cm infiltrative BCC of the right upper back: stage 1 with 7 blocks, stage 2 with 3 blocks, layered repair 6.0 cm",
    "date": "2026-02-04",
    "patient": ("Okerlund", "Rita", "1952-05-27", "female"),
    "provider": "halvorsen", "payer": "medicare-advantage", "minutes": 180,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, right upper back", "C44.519", "Right upper back", reason=True),
    ],
    "procedures": [
        P("Mohs stage 1, trunk", site="Right upper back",
          note="Clinical tumor 2.3 cm, ill-defined. Stage 1 divided into 7 tissue blocks; residual "
               "infiltrative BCC in blocks 2 and 6.", reasons=["c1"]),
        P("Mohs stage 2, trunk", site="Right upper back",
          note="3 tissue blocks, all clear.", reasons=["c1"]),
        P("Intermediate (layered) repair", site="Right upper back",
          note="Defect 3.1 x 2.4 cm, undermined, layered closure 6.0 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """RIVERSIDE DERMATOLOGY - MOHS SUITE
Referred from Harbor Street walk-in (bleeding back lesion, punch bx 01/15 = infiltrative BCC).
Pre-op (RN S. Marsh): 73F. No anticoagulants. Consent signed.

K. Halvorsen MD (surgeon + pathologist)
Indication: infiltrative (aggressive) BCC 2.3 cm on the trunk - appropriate for Mohs.
Stage 1: 7 blocks (large ill-defined tumor) - positive in 2. Stage 2: 3 blocks - clear.
Repair: layered closure after undermining, 6.0 cm. Undermining alone - not a complex repair.
All slides read in-house by me; no outside pathology.
Sutures out 14 d.
""",
    "expected": E([L("17313"), L("17314"), L("17315", 2), L("12032")], dx={"17313": ["C44.519"]}),
    "coder_note": "MOHS-2: trunk -> 17313 + 17314 (2nd stage); stage 1 had 7 blocks -> 17315 x2 (blocks beyond 5). "
                  "Layered repair 6.0 cm trunk -> 12032 (undermining alone is not complex, REP-3).",
})

# ---------------------------------------------------------------------------------------------------------------
# Nails
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-nail-ingrown-right-great-toe-partial-avulsion",
    "family": "nails", "shape": "note-only",
    "description": "Infected ingrown lateral border of the right great toenail: partial nail avulsion, no matrixectomy -> 11730-T5",
    "date": "2026-02-06",
    "patient": ("Pellegrino", "Nico", "2006-03-15", "male"),
    "provider": "santos", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Ingrowing nail with paronychia, right great toe", "L60.0", "Right great toe, lateral border",
          reason=True),
    ],
    "note_title": "Walk-In Visit",
    "note": """Triage (LPN D. Ruiz): 19M. R big toe red, swollen, draining x 1 wk; can't wear cleats. No diabetes.
NKDA.

Rafael Santos MD
R hallux lateral nail fold: granulation tissue, purulent drainage, nail spicule embedded.
Procedure: digital block (2% plain lidocaine 4 mL), tourniquet. Lateral 3 mm of the nail plate
elevated and avulsed to the proximal nail fold (partial avulsion). Pus expressed from the fold, fold
irrigated. Silver nitrate to granulation. No matrix treatment (no phenol) today.
Dressing; soaks BID. If it recurs -> offer chemical matrixectomy at a booked visit.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: Rafael Santos MD  02/06/2026
""",
    "expected": E([L("11730", 1, "T5")], dx={"11730": ["L60.0"]}),
    "coder_note": "Partial avulsion of one nail plate -> 11730 with the right great toe modifier T5. Drainage at the "
                  "same site is part of the avulsion; matrixectomy only offered for later.",
})

SCENARIOS.append({
    "id": "s84-nail-crushed-left-toes-precoded-11730x2",
    "family": "nails", "shape": "pre-coded",
    "description": "Crush injury, nails of the left great and left second toes avulsed; pre-coded 11730 twice -> 11730-TA + 11732-T1",
    "date": "2026-02-09",
    "patient": ("Baptiste-Olsen", "Kareem", "1985-10-30", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Contusion of left great toe with damage to nail", "S90.212A", "Left great toe", reason=True),
        C("c2", "Contusion of left lesser toe with damage to nail", "S90.222A", "Left second toe", reason=True),
    ],
    "procedures": [
        P("Nail avulsion", cpt="11730", site="Left great toe",
          note="Nail plate loose, avulsed completely.", reasons=["c1"]),
        P("Nail avulsion", cpt="11730", site="Left second toe",
          note="Nail plate 2/3 detached, avulsed completely.", reasons=["c2"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """Walk-in triage - RN M. Falk
40M dropped a 20 kg plate on L foot at the gym yesterday. Big toe and 2nd toe nails lifted, throbbing.
X-ray at urgent care yesterday: no fracture (report brought). Tdap 2022. NKDA.

Samuel Weiss MD
L hallux: nail plate loosened, subungual blood, nail bed intact beneath. L 2nd toe: plate 2/3 detached.
Digital blocks. Both nail plates avulsed (L great toe, L second toe). Nail beds intact, no lacerations
needing repair. Xeroform + bulky dressing.
Post-op shoe. Soaks from day 2. RTC 1 wk PRN.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: Samuel Weiss MD  02/09/2026
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")], topics=["coding-correction"]),
    "coder_note": "First nail 11730, each additional nail +11732 (MUE 11730 = 1). Digit modifiers: TA left great toe, "
                  "T1 left second toe.",
})

# ---------------------------------------------------------------------------------------------------------------
# Paring
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-par-three-painful-corns",
    "family": "paring", "shape": "note-only",
    "description": "Paring of three painful corns/callus (two toes and one metatarsal head) -> 11056",
    "date": "2026-02-11",
    "patient": ("Vandermeer", "Colette", "1970-12-24", "female"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities, both feet", "L84", "Right 5th toe, left 4th web, left 2nd MTH",
          reason=True),
    ],
    "note_title": "Walk-In Visit",
    "note": """HARBOR STREET WALK-IN SKIN CLINIC
Triage (RN K. Lemaire): 55F, teacher, on feet all day. "Corns killing me" after new shoes. No diabetes,
no PAD. Not a wart per pt (had those before).

A. Lindgren MD
Three hyperkeratotic lesions, no pinpoint bleeding on paring (not verrucae):
 - R 5th toe lateral hard corn
 - L 4th web space soft corn
 - L plantar 2nd metatarsal head callus with central core
All three pared with #15 blade until painless on pressure. Toe spacer for the web corn. Wider toe box,
metatarsal pad.
If recurring, podiatry for orthotics.
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring of 2-4 benign hyperkeratotic lesions -> 11056 (one unit); commercial payer, so no Medicare "
                  "routine foot care issue.",
})

SCENARIOS.append({
    "id": "s84-par-heel-callus-plus-plantar-wart-xs",
    "family": "paring", "shape": "free-text",
    "description": "Paring of a right heel callus plus cryotherapy of a separate left forefoot plantar wart -> 11055 + 17110-XS",
    "date": "2026-02-13",
    "patient": ("Achebe", "Ngozi", "1990-02-08", "female"),
    "provider": "pike", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Callus of right heel", "L84", "Right posterior heel", reason=True),
        C("c2", "Plantar wart, left forefoot", "B07.0", "Left plantar forefoot", reason=True),
    ],
    "procedures": [
        P("Paring of callus", site="Right posterior heel",
          note="Fissured painful callus 2.5 cm pared with #15 blade.", reasons=["c1"]),
        P("Cryotherapy of plantar wart", site="Left plantar forefoot",
          note="6 mm verruca, LN2 x 2 cycles after light debridement.", reasons=["c2"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """Triage (RN T. Okafor-Bell): 36F nurse. R heel cracked + painful; L foot "wart" x 3 mo, hurts when
walking on shift.

J. Pike MD
R heel: thick fissured callus with a painful crack - pared down, urea 40% cream nightly.
L plantar forefoot: 6 mm wart with black dots (separate foot, separate lesion) - LN2 x 2.
RTC 3-4 wk for repeat wart treatment.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: Jordan Pike MD  02/13/2026
""",
    "expected": E([L("11055"), L("17110", 1, "XS")]),
    "coder_note": "One callus pared -> 11055. 11055/17110 is PTP indicator 1 with 17110 as column 2; different lesion "
                  "on the other foot -> XS on 17110.",
})

# ---------------------------------------------------------------------------------------------------------------
# Patch testing (booked after walk-in contact-dermatitis visits)
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-pt-eighty-allergens-precoded",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Booked patch-test application, 80 allergens, after a walk-in visit for recurrent hand dermatitis; pre-coded 95044 without allergen count",
    "date": "2026-02-16",
    "patient": ("Drummond", "Fiona", "1981-06-19", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Allergic contact dermatitis of hands, unspecified cause", "L23.9", "Both hands", reason=True),
    ],
    "procedures": [
        P("Patch testing", cpt="95044", site="Upper back",
          note="Application of 80 allergens (expanded series).", reasons=["c1"]),
    ],
    "note_title": "Patch Test Application",
    "note": """RIVERSIDE DERMATOLOGY - PATCH TEST CLINIC (booked from Harbor Street walk-in 01/20)
Nurse (RN S. Marsh): 44F hairdresser, recurrent hand dermatitis x 1 yr, flared 01/20 (seen at walk-in).
No systemic steroids or phototherapy in the past 4 wk. Back clear, no sunburn.

Chidi Okonkwo MD
Applied to upper back: 70-allergen North American baseline series + 10-allergen hairdressing series
= 80 allergens in total, Finn chambers, marked.
Keep dry. Return 48 h (removal/first read) and 96 h (final read) - readings included, no extra charge.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: Chidi Okonkwo MD  02/16/2026
""",
    "expected": E([L("95044", 80)]),
    "coder_note": "95044 units = number of allergens applied (80; MUE 90). The 48 h and 96 h readings are included "
                  "in the test service.",
})

SCENARIOS.append({
    "id": "s84-pt-true-test-plus-own-products-and-cellulitis-em25",
    "family": "patch-test", "shape": "note-only",
    "description": "Patch test application (35 T.R.U.E. allergens + 2 own products = 37) plus a separately managed early cellulitis around a bite -> 95044 x37 + 99213-25",
    "date": "2026-02-18",
    "patient": ("Sandoval", "Marisol", "1975-03-07", "female"),
    "provider": "okonkwo", "payer": "medicaid-mco", "minutes": 40, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis of scalp and face, suspected hair dye", "L23.9", "Scalp margin, face",
          reason=True),
        C("c2", "Cellulitis of right lower leg around an insect bite", "L03.115", "Right lower leg", reason=True),
    ],
    "note_title": "Patch Test Application + Visit",
    "note": """PATCH TEST CLINIC (booked from walk-in 02/02 for hairline/face dermatitis)
Nurse (RN S. Marsh): 50F. Here for patch placement. Also mentions a red, hot, sore spot on R shin since
a bug bite 3 days ago - getting bigger.

Chidi Okonkwo MD
1) Patch test: T.R.U.E. test panels 1-3 (35 allergens) + her own hair dye and shampoo as-is/diluted per
   protocol (2) = 37 allergens applied to the upper back. Reads at 48 h and 96 h.
2) SEPARATE problem: R anterior shin 6 x 4 cm warm tender erythema around a central bite punctum, no
   fluctuance (nothing to drain), no streaking, afebrile. Early cellulitis. Rx cephalexin 500 mg QID x
   7 d (no penicillin allergy). Outline marked with pen. Return/ED if spreading, fever.
   Patch test can continue (no systemic steroids).
E/M for #2: 99213 with modifier 25.
""",
    "expected": E([L("95044", 37), L("99213", 1, "25")]),
    "coder_note": "95044 units = 37 allergens (35 + 2 own products). The cellulitis is a separate problem with "
                  "prescription management -> 99213-25 (95044/99213 PTP indicator 1).",
})

# ---------------------------------------------------------------------------------------------------------------
# Phototherapy (booked courses started from walk-in flares)
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-ph-nbuvb-guttate-session-four",
    "family": "phototherapy", "shape": "note-only",
    "description": "Nurse-run narrowband UVB session #4 for a post-streptococcal guttate psoriasis flare; no provider visit",
    "date": "2026-02-20",
    "patient": ("Kavanagh", "Declan", "1960-09-01", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 10,
    "conditions": [
        C("c1", "Guttate psoriasis", "L40.4", "Trunk and proximal limbs", reason=True),
    ],
    "html": True,
    "note_title": "Phototherapy Treatment Record",
    "note": """<html><body>
<p><b>RIVERSIDE DERMATOLOGY - PHOTOTHERAPY UNIT</b> (course ordered at Harbor Street walk-in 02/04)</p>
<p>Pt: 65M. Dx: guttate psoriasis, widespread (~15% BSA) after strep pharyngitis in January; topicals
alone impractical for the area involved.</p>
<table border="1">
<tr><th>Session</th><th>Modality</th><th>Dose</th><th>Skin check</th></tr>
<tr><td>#4</td><td>Narrowband UVB (311 nm), full body cabinet</td><td>520 mJ/cm2 (+10%)</td><td>No erythema from #3</td></tr>
</table>
<p>Goggles + genital shielding used. Tolerated well. Next session Monday.</p>
<p>Treatment given by RN S. Marsh under Dr. Lindgren's standing order; Dr. Lindgren on site. Patient not
seen by the physician today.</p>
</body></html>
""",
    "expected": E([L("96900")], dx={"96900": ["L40.4"]}),
    "coder_note": "UVB phototherapy (actinotherapy) session -> 96900 x1; no E/M (nurse-run treatment, no provider "
                  "visit). NCD 250.1 covers UV light for psoriasis.",
})

SCENARIOS.append({
    "id": "s84-ph-excimer-elbows-knee-plus-tinea-em25",
    "family": "phototherapy", "shape": "free-text",
    "description": "Excimer laser to elbow and knee psoriasis plaques (total 180 sq cm) plus a new tinea cruris managed with an Rx -> 96920 + 99213-25",
    "date": "2026-02-23",
    "patient": ("Moreno", "Alicia", "1983-01-13", "female"),
    "provider": "pike", "payer": "commercial-aetna", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Plaque psoriasis, localized, elbows and right knee", "L40.0", "Both elbows, right knee",
          reason=True),
        C("c2", "Tinea cruris", "B35.6", "Bilateral inguinal folds", reason=True),
    ],
    "procedures": [
        P("Excimer laser 308 nm, psoriasis", site="Both elbows, right knee",
          note="Treatment #6. L elbow 60 sq cm, R elbow 55 sq cm, R knee 65 sq cm; total 180 sq cm.",
          reasons=["c1"]),
    ],
    "note_title": "Laser Visit",
    "note": """Excimer course (booked from walk-in flare 12/2025). Intake (MA R. Delgado): 43F, tx #6. Also asks
about an itchy groin rash x 2 wk.

J. Pike MD
Psoriasis plaques thinner, less scale. Excimer delivered to three plaques, total area 180 sq cm (see
entry); dose +15%.
NEW: bilateral inguinal annular scaly plaques with active border, sparing the scrotum/labia; KOH done
in-office positive for hyphae. Tinea cruris. Rx econazole 1% cream BID x 4 wk; dry thoroughly, loose
clothing, treat feet (interdigital scale) too.
E/M for the tinea problem, modifier 25: 99213.
""",
    "expected": E([L("96920"), L("99213", 1, "25")]),
    "coder_note": "Excimer total area < 250 sq cm -> 96920 x1 per session. The tinea is a separate new problem with "
                  "prescription management -> 99213-25 (96920/99213 PTP indicator 1).",
})

# ---------------------------------------------------------------------------------------------------------------
# Repairs (walk-in lacerations)
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-rep-fall-arm-hand-simple-plus-forehead-layered",
    "family": "repair", "shape": "note-only",
    "description": "Fall on a sidewalk: simple repairs of right forearm 3.1 cm and right hand 1.4 cm (sum 4.5 -> 12002) plus a layered forehead repair 1.8 cm (12051)",
    "date": "2026-02-25",
    "patient": ("Lindgren-Pratt", "Owen", "1990-05-05", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 45,
    "conditions": [
        C("c1", "Laceration of right forearm", "S51.811A", "Right forearm", reason=True),
        C("c2", "Laceration of right hand", "S61.411A", "Right hand dorsum", reason=True),
        C("c3", "Laceration of forehead", "S01.81XA", "Left forehead", reason=True),
    ],
    "note_title": "Walk-In Visit",
    "note": """Walk-in triage - RN M. Falk
35M tripped on a curb 1 h ago, caught himself with R arm, hit forehead. No LOC, no neck pain, no
blood thinners. Tdap 2021. GCS 15.

Samuel Weiss MD
Wounds, after irrigation with 250 mL saline each (minimal grit, easily removed - not heavily contaminated):
 1) R volar forearm 3.1 cm linear, through dermis - simple interrupted 4-0 nylon, single layer.
 2) R dorsal hand 1.4 cm - simple interrupted 5-0 nylon, single layer. Tendons intact, full ROM.
 3) L forehead 1.8 cm gaping, into subcutaneous fat - layered closure: 5-0 Vicryl deep dermal, 6-0
    nylon simple interrupted.
Abrasions on R palm cleaned, dressed (no repair).
No neuro deficits; head injury precautions given.
Sutures out: face 5 d, arm/hand 10 d.
""",
    "expected": E([L("12002"), L("12051")]),
    "coder_note": "REP-1/REP-2: simple repairs of the forearm and hand are one site group: 3.1 + 1.4 = 4.5 cm -> "
                  "12002. Forehead layered 1.8 cm -> 12051. No PTP edit between 12002 and 12051.",
})

SCENARIOS.append({
    "id": "s84-rep-scalp-staples-chin-length-missing",
    "family": "repair", "shape": "pre-coded",
    "description": "Child scooter fall: scalp laceration 2.5 cm stapled (12001) and chin laceration sutured without a documented length; pre-coded 12011 dropped",
    "date": "2026-02-27",
    "patient": ("Hadley", "Piper", "2016-08-21", "female"),
    "provider": "santos", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Laceration of scalp", "S01.01XA", "Occipital scalp", reason=True),
        C("c2", "Laceration of chin", "S01.81XA", "Chin", reason=True),
    ],
    "procedures": [
        P("Simple repair scalp 2.5 cm", cpt="12001", site="Occipital scalp",
          note="Staples x4.", reasons=["c1"]),
        P("Simple repair face", cpt="12011", site="Chin",
          note="6-0 fast-absorbing gut, 3 interrupted sutures.", reasons=["c2"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """Triage (LPN D. Ruiz): 9F with dad, fell off scooter 40 min ago, helmet on (cracked at back). Cut on
back of head and chin. Cried right away, no LOC, no vomiting. Acting normally. Immunizations UTD.

Rafael Santos MD
Neuro intact, PECARN low risk - no imaging.
Occipital scalp laceration 2.5 cm, clean edges: irrigated, 4 staples (single layer).
Chin laceration under the jaw line: irrigated, closed with three 6-0 fast-absorbing gut sutures, single
layer. Good approximation.
Staples out 7 d (here or PCP). Gut sutures dissolve. Head injury sheet given to dad.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: Rafael Santos MD  02/27/2026
""",
    "expected": E([L("12001")], topics=["missing-documentation"]),
    "coder_note": "Scalp simple repair 2.5 cm -> 12001. The chin repair has no length anywhere in the record, so no "
                  "12011 line (README: no repair length -> no repair line) -> missing-documentation.",
})

# ---------------------------------------------------------------------------------------------------------------
# Shave removal
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-sh-bleeding-pyogenic-granuloma-finger",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of a 0.7 cm bleeding pyogenic granuloma of the left index finger -> 11306",
    "date": "2026-03-02",
    "patient": ("Thibodeaux", "Remy", "1956-11-11", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Pyogenic granuloma, left index finger", "L98.0", "Left index finger, volar pad", reason=True),
    ],
    "procedures": [
        P("Shave removal of lesion", site="Left index finger, volar pad",
          note="0.7 cm friable red papule removed flush with the skin by shave; base electrocautery for "
               "hemostasis only. Specimen to outside dermpath.", reasons=["c1"]),
    ],
    "path": [
        {"date": "2026-03-05", "site": "Left index finger",
         "text": "Skin, left index finger, shave: lobular capillary hemangioma (pyogenic granuloma)."},
    ],
    "note_title": "Walk-In Visit",
    "note": """TRIAGE (RN K. Lemaire) 69M, est. "Red bump on finger bleeds through every bandaid" x 3 wk after a
rose thorn. Bleeding now - pressure dressing applied at desk.

PROVIDER (June Abernathy MD)
L index finger pad: 0.7 cm pedunculated friable vascular papule, actively oozing. Clinically pyogenic
granuloma.
Shave removal (see entry), cautery to base for hemostasis. Dry dressing.
If it recurs, will do a formal excision at a booked visit.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: June Abernathy MD  03/02/2026
""",
    "expected": E([L("11306")], dx={"11306": ["L98.0"]}),
    "coder_note": "SH-1: shave removal, hand/finger (SNHFG), lesion diameter 0.7 cm -> 11306; hemostasis is "
                  "included. Bleeding satisfies the benign-lesion LCD.",
})

SCENARIOS.append({
    "id": "s84-sh-neck-sk-precoded-as-bx-plus-cheek",
    "family": "shave", "shape": "pre-coded",
    "description": "Complete shave removal of a bleeding 1.2 cm neck SK sent as tangential biopsy 11102 -> 11307, plus a 0.4 cm inflamed cheek SK shave removal 11310",
    "date": "2026-03-04",
    "patient": ("Whitaker", "Gwendolyn", "1972-02-29", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis of neck", "L82.0", "Right lateral neck", reason=True),
        C("c2", "Inflamed seborrheic keratosis of cheek", "L82.0", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy", cpt="11102", site="Right lateral neck",
          note="1.2 cm irritated keratotic papule shaved off completely.", reasons=["c1"]),
        P("Shave removal face 0.5 cm or less", cpt="11310", site="Left cheek",
          note="0.4 cm inflamed papule shaved flush.", reasons=["c2"]),
    ],
    "path": [
        {"date": "2026-03-07", "site": "Right lateral neck",
         "text": "Skin, right neck, shave: irritated seborrheic keratosis, base involved."},
        {"date": "2026-03-07", "site": "Left cheek",
         "text": "Skin, left cheek, shave: inflamed seborrheic keratosis."},
    ],
    "note_title": "Walk-In Visit",
    "note": """HARBOR STREET WALK-IN SKIN CLINIC
Triage (RN P. Ansah): 54F est. Growth on R side of neck catches on her collar and necklace, bled x3 this
week. Also a sore red spot on L cheek.

A. Lindgren MD
R lateral neck: 1.2 cm stuck-on keratotic papule, crusted, eroded from friction. L cheek: 0.4 cm
inflamed, crusted keratotic papule, tender.
Both symptomatic - intent is removal, not sampling. Shave removal of each, flush with surrounding skin,
complete. Drysol hemostasis. Both sent to outside dermpath to confirm.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: Astrid Lindgren MD  03/04/2026
""",
    "expected": E([L("11307"), L("11310")], topics=["coding-correction"], dx={"11307": ["L82.0"]}),
    "coder_note": "BX-4: intent was complete removal -> shave removal, not biopsy. Neck 1.2 cm (SNHFG 1.1-2.0) -> "
                  "11307; cheek 0.4 cm (FEENLM <=0.5) -> 11310. No PTP edit between them.",
})

# ---------------------------------------------------------------------------------------------------------------
# Skin tags
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-st-thirty-irritated-tags-mue-cap",
    "family": "skin-tags", "shape": "note-only",
    "description": "Removal of 30 irritated, bleeding skin tags of the neck and axillae -> 11200 + 11201 (2 units by count, capped at the MUE of 1)",
    "date": "2026-03-06",
    "patient": ("Grimsley", "Tamara", "1968-07-17", "female"),
    "provider": "weiss", "payer": "medicaid", "minutes": 35,
    "conditions": [
        C("c1", "Inflamed, bleeding acrochordons of neck and axillae", "L91.8", "Neck and both axillae",
          reason=True),
    ],
    "note_title": "Walk-In Visit",
    "note": """Walk-in triage - RN M. Falk
57F. Skin tags on neck + both armpits keep getting caught on her bra straps and work lanyard; several
bleeding and sore, two looked "black" last week. Diabetic (metformin).

Samuel Weiss MD
Neck 14, R axilla 9, L axilla 7 = 30 pedunculated acrochordons, all in friction zones. Many erythematous
and inflamed, four with hemorrhagic crust, two partly twisted/dark. Documented recurrent trauma
(lanyard, straps) with bleeding.
All 30 removed with curved iris scissors after topical lidocaine; aluminum chloride hemostasis.
No specimens (clinically typical).
Wound care. RTC PRN.
""",
    "expected": E([L("11200"), L("11201", 1)], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "30 tags: 11200 covers the first 15; 15 more = 11201 x2 (each additional 10 or part), but the MUE "
                  "for 11201 is 1 -> capped at 1 with an mue finding. Bleeding/inflammation/trauma make it medical.",
})

SCENARIOS.append({
    "id": "s84-st-thrombosed-groin-tag-medicare",
    "family": "skin-tags", "shape": "free-text",
    "description": "Single thrombosed, painful left inguinal skin tag removed; asymptomatic neck tags declined as cosmetic -> 11200",
    "date": "2026-03-09",
    "patient": ("Abernethy-Cole", "Harvey", "1950-06-06", "male"),
    "provider": "pike", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Thrombosed painful acrochordon, left inguinal fold", "L91.8", "Left inguinal fold", reason=True),
    ],
    "procedures": [
        P("Removal of skin tag", site="Left inguinal fold",
          note="One 8 mm twisted, thrombosed, tender pedunculated tag snipped at the base; AlCl3.",
          reasons=["c1"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """Triage (RN T. Okafor-Bell): 75M. Painful "black growth" in L groin since yesterday, rubs on underwear.

J. Pike MD
L inguinal fold: 8 mm pedunculated skin tag, dark purple-black, twisted on its stalk, tender -
thrombosed acrochordon. Removed (procedure entry).
He also asked about ~6 small neck tags - asymptomatic, no bleeding or irritation. Explained removal would
be cosmetic and not covered; he declined. Not treated.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: Jordan Pike MD  03/09/2026
""",
    "expected": E([L("11200")], dx={"11200": ["L91.8"]}),
    "coder_note": "One symptomatic (painful, thrombosed) tag -> 11200, covered. The asymptomatic neck tags were not "
                  "removed, so nothing cosmetic is billed.",
})

# ---------------------------------------------------------------------------------------------------------------
# Cosmetic
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s84-cos-sk-cryo-voluntary-abn-medicare",
    "family": "cosmetic", "shape": "note-only",
    "description": "Medicare FFS patient has six asymptomatic back SKs frozen for appearance after signing a voluntary notice -> 17110-GX-GY",
    "date": "2026-03-11",
    "patient": ("Prendergast", "Moira", "1946-10-28", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses of back, asymptomatic", "L82.1", "Upper and mid back", reason=True),
    ],
    "note_title": "Walk-In Visit",
    "note": """TRIAGE (RN K. Lemaire): 79F est. "Want these brown crusty spots on my back frozen before the cruise."
No itching, no bleeding, not changing. 

PROVIDER (June Abernathy MD)
Back: six classic stuck-on waxy seborrheic keratoses, 0.5-1.2 cm. None irritated, inflamed, bleeding
or changed; no diagnostic doubt.
Removal is purely cosmetic. Explained Medicare does not cover cosmetic removal; she signed our voluntary
advance notice (ABN) accepting financial responsibility.
LN2 to all six SKs, single FTC. Aftercare reviewed.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: June Abernathy MD  03/11/2026
""",
    "expected": E([L("17110", 1, "GX", "GY")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: asymptomatic SK (L82.1) removal is cosmetic -> statutorily excluded on Medicare FFS: "
                  "GY, plus GX because a voluntary ABN was signed.",
})

SCENARIOS.append({
    "id": "s84-cos-neck-tags-commercial-selfpay",
    "family": "cosmetic", "shape": "free-text",
    "description": "Eight asymptomatic neck skin tags snipped for appearance, commercial plan, self-pay -> no claim line",
    "date": "2026-03-13",
    "patient": ("Linwood", "Chelsea", "1992-04-04", "female"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 15,
    "conditions": [
        C("c1", "Acrochordons of neck, asymptomatic (cosmetic request)", "L91.8", "Neck", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Snip removal of skin tags x 8 - cosmetic, self-pay", site="Anterior and lateral neck",
          note="8 small asymptomatic tags removed with iris scissors; no irritation or bleeding history.",
          reasons=["c1"]),
    ],
    "note_title": "Walk-In Visit",
    "note": """Triage (LPN D. Ruiz): 33F. Wants neck skin tags off before her wedding photos. They don't hurt, don't
bleed, don't catch.

Rafael Santos MD
Eight 1-3 mm acrochordons, neck. Asymptomatic. Cosmetic request.
Cosmetic, self-pay fee quoted and collected at the front desk - not billed to insurance.
Snip removal of all 8, AlCl3. Done.
Questions answered; patient/family verbalized understanding of the plan.
Return precautions given (spreading redness, fever, uncontrolled bleeding).
Electronically signed: Rafael Santos MD  03/13/2026
""",
    "expected": E([], topics=["cosmetic"]),
    "coder_note": "Cosmetic removal for a commercial plan: the line is removed and the patient billed directly "
                  "(conventions, non-Medicare cosmetic services).",
})
