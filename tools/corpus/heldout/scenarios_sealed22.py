"""Sealed set 22 (s22-): residency-program coding-education set, ten clinicians, ten note templates.

Collected by the program's coding educator from the faculty practice of a university dermatology department.
Four senior attendings (okafor: SOAP; chen: problem-oriented "#" lists; halvorsen: "Lesion A/B/C" tables;
lindqvist: procedure-first operative reports) and six junior faculty who graduated from the residency and
kept the template they trained with (pike: APSO; adeyemi: pediatric SOAP with a plain-language portal
summary; castellanos: pediatric "#" problems with an after-visit summary for families; nakamura:
procedure-first op notes; santos: lesion tables; marchetti: APSO with a patient-portal summary). Every
service here was personally performed and documented by the signing physician (no resident/teaching-physician
claims). Expected answers come only from the rule book (sections 2-7, 10), docs/coding_conventions.md and
the tests/corpus README "Coding decisions".
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# =============================================================================================================
# BIOPSY
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-bx-apso-punch-plus-two-tangential",
    "family": "biopsy", "shape": "note-only",
    "description": "APSO note: punch bx of a lichenoid forearm plaque plus two tangential bx (back, arm); Medicare FFS",
    "date": "2025-04-08",
    "patient": ("Ferreira", "Lourdes", "1951-02-17", "female"),
    "provider": "pike", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Lichen planus", "L43.9", "Right volar forearm", reason=True),
        C("c2", "Melanocytic nevus of trunk (dysplastic, mild atypia)", "D22.5", "Left upper back", reason=True),
        C("c3", "Inflamed seborrheic keratosis", "L82.0", "Left upper arm", reason=True),
    ],
    "note_title": "Dermatology Procedure Visit (APSO)",
    "note": """ASSESSMENT / PLAN
1. Violaceous flat-topped papules coalescing into a plaque, R volar forearm, 3 months, itchy. Ddx lichen
   planus vs lichenoid drug eruption (on HCTZ). -> 4 mm punch biopsy today (site A). Clobetasol 0.05%
   ointment BID x 2 wk given at last visit, continue.
2. Irregular brown macule L upper back, 7 mm, darker than her other nevi, new per husband. -> tangential
   (shave) biopsy to mid-dermis, site B.
3. Pink crusted stuck-on papule L upper arm, 8 mm, catches on sleeves and has bled twice. Looks like an
   irritated SK but it's crusted and she is anxious -> tangential biopsy, site C.
4. Pink scaly papule R shin - probably a small AK vs ISK. Not sampled today. If it persists at the 3-month
   visit we will biopsy it.

SUBJECTIVE
74F returns for the biopsies we planned on 03/18. No new complaints. Not on blood thinners. No allergy to
lidocaine. HCTZ since 2019, no recent med changes.

OBJECTIVE
Well-appearing. Sites A-C as above, marked and photographed. R shin papule 4 mm, unchanged.

PROCEDURES (consent signed, time-out done, 1% lido w/ epi)
A  R volar forearm   4 mm punch to subcutis, one 4-0 nylon simple suture.           -> path jar A
B  L upper back      tangential biopsy with DermaBlade, hemostasis AlCl3.           -> path jar B
C  L upper arm       tangential biopsy with DermaBlade, hemostasis AlCl3.           -> path jar C
EBL minimal. Vaseline + bandage. Wound care handout. Suture out in 10-14 days (PCP ok or here).

Jordan Pike, MD
""",
    "path": [
        {"text": "A. Skin, right volar forearm, punch: lichen planus.", "site": "Right volar forearm"},
        {"text": "B. Skin, left upper back, shave: compound dysplastic nevus with mild atypia, peripheral margin "
                 "involved.", "site": "Left upper back"},
        {"text": "C. Skin, left upper arm, shave: irritated (inflamed) seborrheic keratosis.",
         "site": "Left upper arm"},
    ],
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["L43.9"]}),
    "coder_note": "BX-2: punch outranks tangential, so 11104 is the primary and each tangential biopsy takes 11103. "
                  "The R shin papule was only discussed (biopsy deferred), so it is not coded.",
})

SCENARIOS.append({
    "id": "s22-bx-precoded-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Lesion table, two tangential bx pre-coded with deleted 11100/11101; third lesion only watched",
    "date": "2025-05-20",
    "patient": ("Brannigan", "Tessa", "1979-09-02", "female"),
    "provider": "halvorsen", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Dysplastic nevus of trunk, moderate atypia", "D22.5", "Right upper back", reason=True),
        C("c2", "Dermatofibroma, left calf", "D23.72", "Left calf", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin lesion", "11100", "Right upper back", reasons=["c1"]),
        P("Biopsy of skin, each additional lesion", "11101", "Left calf", reasons=["c2"]),
    ],
    "note_title": "Lesion Procedure Record",
    "note": """DERMATOLOGY - LESION PROCEDURE RECORD
Physician: K. Halvorsen, MD          Visit type: scheduled lesion visit (no E/M today)

Indication: 46F, fair skin, many nevi. Two lesions flagged on dermoscopy photo review last month.

| Lesion | Site               | Size   | Morphology / dermoscopy                         | Action today            |
|--------|--------------------|--------|-------------------------------------------------|-------------------------|
| A      | Right upper back   | 6 mm   | irregular brown macule, atypical network        | tangential bx (scoop)   |
| B      | Left calf          | 5 mm   | firm pink-brown papule, dimple sign, changing   | tangential bx (shave)   |
| C      | Left temple        | 3 mm   | pink scaly papule                               | observe; bx if persists |

Technique A and B: consent, time-out, 1% lidocaine with epi. Partial-thickness tangential sampling with a
flexible blade to the mid-dermis; aluminum chloride for hemostasis; no sutures. Each specimen in its own
labeled formalin container.
Lesion C: no procedure. Re-check in 8 weeks; if still there we will sample it then.

Wound care reviewed. Results by portal in 7-10 days.
Kirsten Halvorsen, MD
""",
    "path": [
        {"text": "A. Right upper back, shave: compound dysplastic nevus with moderate atypia, margins clear.",
         "site": "Right upper back"},
        {"text": "B. Left calf, shave: dermatofibroma (benign fibrous histiocytoma).", "site": "Left calf"},
    ],
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted 12/31/2018 (BX-1). Two tangential biopsies -> 11102 + 11103. Lesion C "
                  "was observed only.",
})

SCENARIOS.append({
    "id": "s22-bx-peds-morphea-incisional-punch-newpt",
    "family": "biopsy", "shape": "free-text",
    "description": "Medicaid 10-year-old, new patient, widespread morphea: systemic-therapy work-up plus wedge bx and punch bx",
    "date": "2025-06-12",
    "patient": ("Whitfield", "Amara", "2015-03-29", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 70, "em": "99204",
    "conditions": [
        C("c1", "Localized scleroderma (morphea), linear and plaque type", "L94.0", "Left lateral thigh; right upper back",
          reason=True),
    ],
    "procedures": [
        P("Incisional (wedge) biopsy, full thickness into subcutis", site="Left lateral thigh",
          note="Scalpel wedge 1.2 x 0.5 cm through the sclerotic band into fat; closed with three 4-0 nylon simple "
               "interrupted sutures.", reasons=["c1"]),
        P("Punch biopsy 4 mm", site="Right upper back",
          note="4 mm punch of the edge of the violaceous plaque; one 4-0 nylon suture.", reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology New Patient Consultation",
    "note": """PEDIATRIC DERMATOLOGY - NEW PATIENT
Referred by Dr. Amos (pediatrics) for "hard skin patches". Accompanied by mother.

# Morphea, linear type L lateral thigh crossing the knee + circumscribed plaque R upper back
  - 8 mo of enlarging shiny indurated band L thigh 14 cm long, now tethering over the lateral knee; mom
    notices she avoids fully straightening the knee. Back plaque 5 cm, lilac border (active).
  - Linear morphea crossing a joint in a growing child -> risk of contracture and limb-length discrepancy.
    Discussed systemic therapy: methotrexate weekly + a short pulse of systemic steroid is standard; reviewed
    benefits, monitoring labs, side effects, vaccines. Mom wants to start after the biopsy confirms.
  - Ordered baseline CBC, CMP, ANA, anti-histone, CK. Referral to pediatric PT for knee ROM and to
    rheumatology for co-management. Leg-length measured today: equal.
  - Confirmatory tissue needed before methotrexate: wedge biopsy of the thigh band (depth matters, need fat)
    and a punch of the active border on the back - both done today, see procedure records.

# Atopic dermatitis - history only, clear for 2 years; nothing to treat today.

This new-patient evaluation (history, joint/ROM exam, counseling on systemic therapy, labs and referrals)
was separate from and beyond the decision to biopsy. Total time on the E/M, excluding the procedures: 48 min.

AFTER-VISIT SUMMARY FOR FAMILIES
Amara has a condition called morphea, which makes patches of skin hard. Today we took two small skin
samples (one from the thigh, one from the back) to confirm it. Stitches come out in 10-14 days. We ordered
blood tests, a physical therapy visit and a rheumatology visit. If the samples confirm morphea we will start
a weekly medicine called methotrexate. Call us for fever, redness or pus at the stitch sites.

Ines Castellanos, MD
""",
    "path": [
        {"text": "A. Skin and subcutis, left lateral thigh, incisional wedge: sclerosing dermatitis with "
                 "thickened collagen bundles extending into subcutaneous septa, consistent with morphea (deep).",
         "site": "Left lateral thigh"},
        {"text": "B. Skin, right upper back, punch: early inflammatory morphea.", "site": "Right upper back"},
    ],
    "expected": E([L("99204", 1, "25"), L("11106"), L("11105")], dx={"11106": ["L94.0"]}),
    "coder_note": "BX-2: incisional outranks punch -> 11106 + 11105. GS-3: new-patient evaluation with systemic-therapy "
                  "planning, labs and referrals is separately identifiable -> 99204-25.",
})

# =============================================================================================================
# SHAVE
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-shave-soap-bleeding-sks-cheek-back",
    "family": "shave", "shape": "note-only",
    "description": "SOAP: shave removal of a bleeding SK on the cheek (0.7 cm) and an inflamed SK on the back (1.2 cm); others left alone",
    "date": "2025-07-15",
    "patient": ("Lundgren", "Harold", "1946-11-04", "male"),
    "provider": "okafor", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Left cheek", reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Right upper back", reason=True),
        C("c3", "Seborrheic keratoses, trunk, asymptomatic", "L82.1", "Trunk"),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """S: 78M here for two "scabby spots" he wants off. L cheek lesion bleeds when he shaves, most mornings
for a month. R upper back lesion is sore and red, rubs under his suspender strap, bled on his shirt twice.
Has many other brown spots on his back that don't bother him. No hx skin cancer. On no anticoagulants.

O: L cheek: 0.7 cm waxy stuck-on papule with hemorrhagic crust at the shaving line.
R upper back (suspender line): 1.2 cm tan verrucous plaque, erythematous rim, mild edema, eroded.
Back/chest: ~20 typical 3-8 mm SKs, no inflammation. No other concerning lesions on exam of face, back, chest.

A: 1. Irritated/inflamed SK, L cheek, bleeding with shaving.
   2. Inflamed SK, R upper back, traumatized by strap, bleeding.
   3. Multiple asymptomatic SKs - benign, reassured, no treatment.

P: Shave removal of lesions 1 and 2 today (consented; 1% lido/epi; flexible blade, horizontal removal of
the entire lesion at the dermal level; hemostasis AlCl3 + light cautery; no sutures). Both specimens to
pathology. Vaseline and bandage daily until healed. Path results by phone. Lesions in #3 not treated.

Adaeze Okafor, MD
""",
    "path": [
        {"text": "Left cheek, shave removal: irritated seborrheic keratosis.", "site": "Left cheek"},
        {"text": "Right upper back, shave removal: inflamed seborrheic keratosis with erosion.",
         "site": "Right upper back"},
    ],
    "expected": E([L("11311"), L("11302")], dx={"11311": ["L82.0"], "11302": ["L82.0"]}),
    "coder_note": "SH-1: cheek = FEENLM 0.6-1.0 -> 11311; upper back = TAL 1.1-2.0 -> 11302. Bleeding/inflammation "
                  "meets BSL-3 so no GY. The asymptomatic SKs were not treated.",
})

SCENARIOS.append({
    "id": "s22-shave-lesion-table-third-size-missing",
    "family": "shave", "shape": "free-text",
    "description": "Lesion table, three shave removals; the chest lesion has no size documented anywhere",
    "date": "2025-08-05",
    "patient": ("Delgado", "Renata", "1988-01-22", "female"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 30,
    "conditions": [
        C("c1", "Melanocytic nevus of scalp", "D22.4", "Left parietal scalp", reason=True),
        C("c2", "Dysplastic nevus of neck, mild atypia", "D22.4", "Left lateral neck", reason=True),
        C("c3", "Inflamed seborrheic keratosis", "L82.0", "Right upper chest", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Left parietal scalp",
          note="Raised nevus 0.4 cm, cut by comb repeatedly; removed flush with the scalp.", reasons=["c1"]),
        P("Shave removal", site="Left lateral neck",
          note="1.0 cm nevus, enlarging over 6 months per patient; complete shave removal.", reasons=["c2"]),
        P("Shave removal", site="Right upper chest",
          note="Itchy, bleeding lesion removed by deep shave; AlCl3 hemostasis.", reasons=["c3"]),
    ],
    "note_title": "Lesion Removal Note",
    "note": """DERMATOLOGY LESION NOTE - R. Santos, MD

37F, three symptomatic lesions, all for complete removal today (not sampling). Consent, time-out, 1% lidocaine
with epinephrine, DermaBlade shave removal, hemostasis with aluminum chloride.

| #  | Site                 | Clinical size | Why removed                                  | Removed by |
|----|----------------------|---------------|----------------------------------------------|------------|
| 1  | L parietal scalp     | 0.4 cm        | traumatized by comb, bleeds                  | shave      |
| 2  | L lateral neck       | 1.0 cm        | enlarging, irregular border on dermoscopy    | shave      |
| 3  | R upper chest        | --            | itches, bled onto bra twice                  | deep shave |

Hemostasis good in all three. Specimens 1-3 in separate jars.
No other lesions treated. Full skin exam was done in March - not repeated today.

Plan: petrolatum daily; path by portal. Return 3 months for the rest of her nevi.
Rafael Santos, MD
""",
    "path": [
        {"text": "1. Scalp, shave: intradermal melanocytic nevus.", "site": "Left parietal scalp"},
        {"text": "2. Neck, shave: junctional dysplastic nevus, mild atypia, margins clear.", "site": "Left lateral neck"},
        {"text": "3. Chest, shave: inflamed seborrheic keratosis.", "site": "Right upper chest"},
    ],
    "expected": E([L("11305"), L("11306")], topics=["missing-documentation"]),
    "coder_note": "Scalp 0.4 cm -> 11305; neck 1.0 cm -> 11306 (both SNHFG). The chest lesion has no size in the table, "
                  "procedure record or path (size is not taken from path) -> no line, missing-documentation.",
})

SCENARIOS.append({
    "id": "s22-shave-precoded-nose-as-trunk-rosacea-em25",
    "family": "shave", "shape": "pre-coded",
    "description": "Nasal dorsum shave pre-coded with a trunk code; rosacea flare managed with new Rx (99213-25); Medicare Advantage",
    "date": "2025-09-09",
    "patient": ("Quintero", "Gilberto", "1950-05-30", "male"),
    "provider": "marchetti", "payer": "medicare-advantage", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Fibrous papule of nose", "D23.39", "Nasal dorsum", reason=True),
        C("c2", "Papulopustular rosacea", "L71.8", "Central face", reason=True),
    ],
    "procedures": [
        P("Shave removal of lesion, 0.5 cm", "11300", "Nasal dorsum", reasons=["c1"]),
    ],
    "note_title": "Dermatology Visit (APSO)",
    "note": """A/P
1) Bleeding dome-shaped papule, nasal dorsum, 0.5 cm - bleeds with glasses pad contact. Ddx fibrous papule vs
   BCC. Shave removal today (entire lesion removed flush, hemostasis AlCl3), to path.
2) Papulopustular rosacea, flaring x 6 wk - 15+ papules/pustules cheeks and chin, persistent erythema.
   Failed OTC products. START doxycycline 40 mg ER daily + metronidazole 0.75% gel BID. Trigger review
   (wine, hot showers). Recheck 8 wk. This was evaluated and managed separately from the nose lesion.

S
75M, Humana patient. Nose spot for 4 months. Face "breaking out" since summer.
O
Nasal dorsum 0.5 cm skin-colored shiny papule, crusted. Cheeks/chin erythema with papules and pustules; no
ocular symptoms. No other lesions on face.

Procedure: consent, 1% lidocaine w/ epi 0.5 mL, shave removal with flexible blade, AlCl3. Bandage.

--- Patient portal summary ---
We removed the small bump on your nose and sent it to the lab; we will message you the result. For your
rosacea, start doxycycline 40 mg once a day with food and the metronidazole gel twice a day. Avoid the
triggers we talked about. See you in 8 weeks.

Luca Marchetti, MD
""",
    "path": [{"text": "Skin, nasal dorsum, shave: fibrous papule (angiofibroma). No malignancy.", "site": "Nasal dorsum"}],
    "expected": E([L("99213", 1, "25"), L("11310")], topics=["coding-correction"]),
    "coder_note": "Nose is FEENLM: 0.5 cm -> 11310, not trunk 11300. Rosacea flare with prescription management is "
                  "separately identifiable -> 99213-25 (GS-3).",
})

# =============================================================================================================
# EXCISION - BENIGN
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-exb-opnote-back-cyst-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Op note: epidermoid cyst upper back 1.8 cm + 2 mm margins (2.2 cm), layered closure 5.4 cm",
    "date": "2025-03-18",
    "patient": ("Kowalczyk", "Darius", "1983-07-09", "male"),
    "provider": "nakamura", "payer": "commercial", "minutes": 50,
    "conditions": [C("c1", "Epidermal cyst", "L72.0", "Upper back, midline", reason=True)],
    "note_title": "Operative Note",
    "note": """OPERATIVE NOTE
Procedure: Excision of cyst, upper back, with intermediate (layered) repair
Surgeon: Ren Nakamura, MD        Anesthesia: local, 1% lidocaine with epinephrine 1:100,000, 9 mL
Pre-op dx: Epidermal inclusion cyst, upper back, recurrently inflamed (two abscess episodes in 2024), now
quiet and painful with pressure when leaning back.
Post-op dx: Same.

Measurements (before incision, with ruler): cyst 1.8 x 1.5 cm. Margin 2 mm around the punctum and cyst wall
on all sides. Elliptical excision designed 5.5 x 2.2 cm along relaxed skin tension lines.

Procedure: Consent signed. Time-out. Prep with chlorhexidine. Ellipse incised, cyst dissected intact off the
surrounding fibrotic tissue with scissors; one small rupture at the base, irrigated. Hemostasis with
electrocautery.
Repair: layered closure. Deep dermal/subcutaneous layer 3-0 Monocryl buried interrupted; epidermis 4-0
nylon running. Final repair length 5.4 cm.
EBL < 5 mL. No complications. Dressing: pressure dressing.

Specimen: cyst with overlying skin ellipse to pathology.
Follow-up: suture removal 12-14 days. Patient verbalized instructions.

Ren Nakamura, MD
""",
    "path": [{"text": "Skin and subcutis, upper back, excision: ruptured epidermoid (infundibular) cyst with "
                      "foreign-body giant cell reaction, 2.4 cm in aggregate. Excised completely.",
              "site": "Upper back"}],
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 1.8 + 2 x 0.2 = 2.2 cm -> trunk 2.1-3.0 -> 11403 (not the 5.5 cm ellipse, not the 2.4 cm "
                  "path size). Layered closure 5.4 cm on the back -> 12032.",
})

SCENARIOS.append({
    "id": "s22-exb-precoded-forearm-nevus-margin-math",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Re-excision of moderately atypical nevus: 0.6 cm + 3 mm margins = 1.2 cm; pre-coded 11401 + simple repair 12001",
    "date": "2025-10-14",
    "patient": ("Pemberton", "Gail", "1949-08-12", "female"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 40,
    "conditions": [C("c1", "Dysplastic compound nevus, moderate atypia, left forearm", "D22.62", "Left dorsal forearm",
                     reason=True)],
    "procedures": [
        P("Excision benign lesion, arm, 0.6-1.0 cm", "11401", "Left dorsal forearm", reasons=["c1"]),
        P("Simple repair of wound, 2.5 cm or less", "12001", "Left dorsal forearm", reasons=["c1"]),
    ],
    "note_title": "Lesion Procedure Record",
    "note": """DERMATOLOGY - LESION PROCEDURE RECORD                    K. Halvorsen, MD

Indication: shave biopsy 09/09/2025 of L dorsal forearm lesion = dysplastic compound nevus with moderate to
focally severe atypia, peripheral margin involved. Re-excision recommended to clear.

| Lesion | Site                | Clinical size (scar + pigment) | Margin | Excised diameter | Repair             |
|--------|---------------------|--------------------------------|--------|------------------|--------------------|
| A      | L dorsal forearm    | 0.6 x 0.5 cm                   | 3 mm   | (see below)      | simple, 2.2 cm     |

Procedure: consent, time-out, 1% lidocaine with epi 4 mL. Marked 3 mm around the residual pigment/scar.
Fusiform excision to mid-subcutaneous fat. Hemostasis electrocautery. Closed in a single layer with 4-0
nylon simple interrupted sutures; no deep sutures needed. Length 2.2 cm.
Tolerated well. Specimen oriented with suture at 12 o'clock.

Plan: sutures out in 10 days. If margins are not clear we will discuss a wider re-excision.
Kirsten Halvorsen, MD
""",
    "path": [{"text": "Skin, left dorsal forearm, re-excision: residual dysplastic compound nevus with moderate "
                      "atypia associated with scar; margins clear.", "site": "Left dorsal forearm"}],
    "expected": E([L("11402")], topics=["coding-correction", "ncci"], dx={"11402": ["D22.62"]}),
    "coder_note": "EX-1: 0.6 + 2 x 0.3 = 1.2 cm -> 11402 (not 11401). EX-5: simple single-layer repair is included in "
                  "the excision (11402/12001 indicator 1, same wound) -> 12001 dropped. Prior bx shows premalignancy (BSL-3 k).",
})

SCENARIOS.append({
    "id": "s22-exb-peds-pilomatricoma-cheek",
    "family": "excision-benign", "shape": "free-text",
    "description": "Medicaid MCO 6-year-old: pilomatricoma right cheek 0.9 cm + 1 mm margins (1.1 cm), layered repair 1.8 cm",
    "date": "2025-11-04",
    "patient": ("Nguyen", "Bao", "2019-04-15", "male"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 45,
    "conditions": [C("c1", "Pilomatricoma of right cheek", "D23.39", "Right cheek", reason=True)],
    "procedures": [
        P("Excision of subcutaneous nodule", site="Right cheek",
          note="Firm nodule 0.9 cm, excised with 1 mm margins through an ellipse; tumor came out intact.",
          reasons=["c1"]),
        P("Layered closure", site="Right cheek",
          note="Buried 5-0 Monocryl deep dermal sutures, 6-0 fast-absorbing gut on the skin; length 1.8 cm.",
          reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Procedure Note",
    "note": """S: 6-year-old boy with a hard bump on the right cheek for 5 months, growing, turned bluish and tender
when touched. Mom wants it out. No bleeding disorder, no prior anesthesia problems. Medicaid (Molina).
O: R cheek 0.9 cm rock-hard subcutaneous nodule with bluish hue and tent sign. No nodes. Rest of exam normal.
A: Pilomatricoma, R cheek, enlarging and tender.
P: Excision today under local anesthesia with topical LMX pre-numbing, then 1% lidocaine w/ epi 2 mL; child
life specialist present; mom at bedside.
   - Ellipse around the nodule with 1 mm margins, nodule dissected out intact.
   - Layered closure: 5-0 Monocryl deep, 6-0 fast gut skin. Repair length 1.8 cm.
   - Tolerated very well; sticker and popsicle.
   - Path sent. Steri-strips. Gut sutures dissolve; no suture visit needed. Return 4 weeks scar check.

YOUR CHILD'S VISIT IN PLAIN LANGUAGE
Today we removed the hard bump from Bao's right cheek. We think it is a pilomatricoma, a harmless growth
from a hair root; the lab will confirm. The stitches on top dissolve on their own in about a week. Keep the
area clean and put a thin layer of petroleum jelly on it after day two. Call us for fever, spreading
redness, or pus. We will see him again in 4 weeks.

Folake Adeyemi, MD
""",
    "path": [{"text": "Skin and subcutis, right cheek, excision: pilomatricoma, completely excised.",
              "site": "Right cheek"}],
    "expected": E([L("11442"), L("12051")], dx={"11442": ["D23.39"]}),
    "coder_note": "EX-1: 0.9 + 2 x 0.1 = 1.1 cm, face -> 11442. Layered closure 1.8 cm face -> 12051 (EX-5).",
})

# =============================================================================================================
# EXCISION - MALIGNANT
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-exm-soap-bcc-back-repair-length-missing",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Biopsy-proven BCC right upper back, 1.4 cm + 4 mm margins (2.2 cm); layered closure with no length; prior bx 3 wk ago",
    "date": "2025-12-02",
    "patient": ("Hargreaves", "Milton", "1944-03-23", "male"),
    "provider": "okafor", "payer": "medicare-ngs", "minutes": 55,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right upper back", "C44.519", "Right upper back", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "prior": [PRIOR("2025-11-10", "11102", "Tangential biopsy of skin", "Right upper back")],
    "note_title": "Dermatologic Surgery Note",
    "note": """S: 81M returns for excision of the BCC on his R upper back (tangential biopsy here 11/10/2025: nodular
BCC, deep margin involved). Prior SCC L hand 2018, treated. Takes clopidogrel - continued per cardiology.

O: R upper back: 1.4 x 1.0 cm pearly pink plaque with the healed biopsy site centrally. No nodes.

A: Nodular basal cell carcinoma, R upper back (trunk, AUC low-risk area, primary, well defined) - standard
excision appropriate; Mohs not indicated.

P / Procedure:
- Consent, time-out, chlorhexidine prep, 1% lidocaine with epi 12 mL.
- Margins of 4 mm marked around the visible tumor; ellipse oriented along tension lines.
- Excised to the fascia; specimen tagged at 12 o'clock.
- Hemostasis electrocautery - careful given clopidogrel.
- Closure: layered. 3-0 Vicryl buried deep sutures, 4-0 Prolene running subcuticular/epidermal.
- Pressure dressing. No complications. EBL 10 mL.
Wound care sheet given. Suture removal in 14 days. Path results by phone.

Adaeze Okafor, MD
""",
    "path": [{"text": "Skin, right upper back, excision: basal cell carcinoma, nodular type, margins free "
                      "(closest 3 mm).", "site": "Right upper back"}],
    "expected": E([L("11603")], topics=["missing-documentation"], dx={"11603": ["C44.519"]}),
    "coder_note": "EX-1: 1.4 + 2 x 0.4 = 2.2 cm trunk -> 11603. The layered closure has no length anywhere -> no "
                  "intermediate-repair line (README missing-measurement rule). The 11/10 biopsy is 000-day global -> no modifier.",
})

SCENARIOS.append({
    "id": "s22-exm-precoded-mis-reexcision-coded-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Wide re-excision of melanoma in situ left upper arm (1.0 cm + 5 mm margins = 2.0 cm); pre-coded benign 11402; path negative",
    "date": "2025-06-24",
    "patient": ("Sorensen", "Ingrid", "1955-10-01", "female"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 60,
    "conditions": [C("c1", "Melanoma in situ of left upper arm", "D03.62", "Left posterior upper arm", reason=True)],
    "procedures": [
        P("Excision, benign lesion, arm, 1.1-2.0 cm", "11402", "Left posterior upper arm", reasons=["c1"]),
        P("Intermediate repair, 2.6-7.5 cm", "12032", "Left posterior upper arm", reasons=["c1"]),
    ],
    "note_title": "Operative Report",
    "note": """OPERATIVE REPORT - WIDE LOCAL EXCISION
Surgeon: Erik Lindqvist, MD
Date: 06/24/2025
Procedure: Wide local excision of melanoma in situ, L posterior upper arm, with layered closure.
Preoperative diagnosis: Melanoma in situ (tangential biopsy 05/29/2025, our office: MIS, lentiginous pattern,
peripheral margins involved).
Postoperative diagnosis: Same; pending final pathology.

Pre-excision measurement: biopsy scar with faint residual pigment 1.0 x 0.6 cm. Margin 5 mm (NCCN for MIS)
marked around the scar under the Wood's lamp.
Anesthesia: 1% lidocaine with epinephrine 10 mL.
Technique: fusiform excision 4.5 cm long to the deep subcutaneous fat, oriented 12 o'clock with suture.
Hemostasis with electrocautery. Moderate undermining of both edges for tension relief.
Repair: layered - 3-0 Monocryl buried vertical mattress deep, 4-0 nylon running epidermal. Final length 6.0 cm.
EBL minimal. Patient tolerated well.
Post-op: dressing, activity restrictions, follow-up 2 weeks for sutures and pathology.

Addendum 07/01/2025: pathology - scar, no residual melanoma in situ; margins negative. Patient informed.
Erik Lindqvist, MD
""",
    "path": [{"text": "Skin, left upper arm, wide local excision: dermal scar; no residual melanoma in situ "
                      "identified; margins negative.", "site": "Left posterior upper arm"}],
    "expected": E([L("11602"), L("12032")], topics=["coding-correction"], dx={"11602": ["D03.62"]}),
    "coder_note": "EX-3/EX-4: MIS -> malignant excision codes even when the re-excision specimen is negative. "
                  "1.0 + 2 x 0.5 = 2.0 cm arm -> 11602. Layered 6.0 cm -> 12032 stays. Prior bx 26 days ago (000 global). "
                  "DX-4: still treatment -> D03.62.",
})

SCENARIOS.append({
    "id": "s22-exm-hand-scc-reexcision-in-global-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision of SCC right dorsal hand for a positive deep margin 8 days after the first excision (010 global) -> 58",
    "date": "2025-08-19",
    "patient": ("Tobin", "Walter", "1940-12-08", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 45,
    "conditions": [C("c1", "Squamous cell carcinoma of skin of right hand", "C44.622", "Right dorsal hand", reason=True)],
    "prior": [PRIOR("2025-08-11", "11622", "Excision, malignant lesion, right dorsal hand", "Right dorsal hand",
                    "SCC 1.0 cm with 3 mm margins; simple closure. Path: well-differentiated SCC, deep margin positive.")],
    "procedures": [
        P("Re-excision of skin cancer for positive margin", site="Right dorsal hand",
          note="Scar 1.3 cm, 4 mm margins around the scar; excised to the extensor paratenon (tendon not exposed); "
               "closed with 4-0 nylon simple interrupted sutures.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """#1 SCC, R dorsal hand - positive deep margin on excision 08/11 (8 days ago)
   - Pathology from 08/11 reviewed with pt: well-differentiated SCC, deep margin involved, peripheral clear.
   - Planned at the time of the first excision to return for further excision if any margin positive.
   - Today: re-excision of the entire scar. Scar 1.3 cm long (measured before incision), 4 mm margins.
     1% lidocaine plain, 5 mL. Excised through fat to the paratenon; paratenon intact, tendon not exposed.
     Hemostasis cautery. Primary closure with 4-0 nylon simple interrupted - single layer, no deep sutures.
   - Specimen oriented, to path.
   - Sutures out in 12 days (he'll come for that visit).

#2 Hx of multiple AKs - not examined today; full skin exam due in October.

#3 Anticoagulation (apixaban) - held 24 h per his cardiologist's instructions; resume tonight.

Path (08/22): residual well-differentiated SCC in scar; all margins now clear.
Wei Chen, MD
""",
    "path": [{"text": "Skin, right dorsal hand, re-excision: residual well-differentiated squamous cell carcinoma "
                      "within scar; margins free.", "site": "Right dorsal hand"}],
    "expected": E([L("11623", 1, "58")], topics=["global-period"], dx={"11623": ["C44.622"]}),
    "coder_note": "EX-1: 1.3 + 2 x 0.4 = 2.1 cm hand (SNHFG) -> 11623. EX-4/GS-5: re-excision for a positive margin "
                  "inside the 10-day global of 11622 -> 58. Simple closure included.",
})

# =============================================================================================================
# MOHS
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-mohs-opnote-helix-six-blocks-complex",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs right helix BCC, stage 1 six blocks, stage 2 two blocks; complex repair of the helical rim 2.8 cm",
    "date": "2025-10-21",
    "patient": ("Drummond", "Alastair", "1942-06-14", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 200,
    "conditions": [C("c1", "Basal cell carcinoma of skin of right ear", "C44.212", "Right helix", reason=True)],
    "note_title": "Mohs Micrographic Surgery Report",
    "note": """MOHS MICROGRAPHIC SURGERY REPORT
Surgeon and pathologist: Erik Lindqvist, MD (both roles, no other physician involved)
Site: R helix, superior third.   Tumor: BCC, nodular and micronodular (biopsy 09/30/2025, outside accession
CP25-44120).   Indication: ear = AUC area H, aggressive (micronodular) subtype.
Pre-op size: 1.6 x 1.1 cm.

Stage I: debulk by curettage, first layer excised, mapped and divided into 6 tissue blocks (large
circumferential layer around the rim). Frozen sections read by me: tumor in blocks 2 and 3 (posterior rim).
Stage II: 2 tissue blocks from the posterior helix. Clear.
Summary: 2 stages; blocks 6 + 2.

Defect: 2.4 x 1.6 cm through the helical rim, perichondrium partly removed, cartilage exposed but intact.

Repair: complex linear (side-to-side) closure; no flap or graft. Free margin of the helical rim involved.
Wound edges debrided, a sliver of exposed cartilage trimmed to allow eversion, extensive undermining along
the posterior helix, rim edges realigned. Deep 5-0 Monocryl, 6-0 Prolene epidermal. Length of repair 2.8 cm.
Hemostasis bipolar. Pressure dressing (Xeroform, dental rolls). Tolerated well.

Instructions and acetaminophen. Sutures out 7 days. Nothing sent to outside pathology.
Erik Lindqvist, MD
""",
    "expected": E([L("17311"), L("17312"), L("17315"), L("13152")], dx={"17311": ["C44.212"]}),
    "coder_note": "MOHS-2: head, 2 stages -> 17311 + 17312; stage I had 6 blocks = 1 beyond 5 -> 17315 x1. MOHS-7/REP-2: "
                  "complex repair of the ear, free helical margin, 2.8 cm -> 13152.",
})

SCENARIOS.append({
    "id": "s22-mohs-precoded-calf-scc-layers-88305",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs 2.3 cm SCC left posterior calf, 3 stages; 88305 pre-coded for the Mohs layers; layered repair 4.5 cm",
    "date": "2025-05-06",
    "patient": ("Beaulieu", "Francine", "1947-01-19", "female"),
    "provider": "halvorsen", "payer": "medicare-advantage-ppo", "minutes": 210,
    "conditions": [C("c1", "Squamous cell carcinoma of skin of left lower leg", "C44.729", "Left posterior calf",
                     reason=True)],
    "procedures": [
        P("Mohs, trunk/arms/legs, first stage", "17313", "Left posterior calf", reasons=["c1"]),
        P("Mohs, trunk/arms/legs, additional stage", "17314", "Left posterior calf", reasons=["c1"]),
        P("Mohs, trunk/arms/legs, additional stage", "17314", "Left posterior calf", reasons=["c1"]),
        P("Surgical pathology, gross and microscopic (Mohs layers)", "88305", "Left posterior calf", reasons=["c1"]),
        P("Intermediate repair, trunk/extremities, 2.6-7.5 cm", "12032", "Left posterior calf", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Record",
    "note": """MOHS SURGERY RECORD - K. Halvorsen, MD (surgeon and reading pathologist)

Tumor: invasive SCC, moderately differentiated, L posterior calf, outside biopsy 04/02/2025.
Clinical size 2.3 x 1.9 cm (AUC: trunk/extremity but >= 2 cm -> appropriate).

| Stage | Blocks | Frozen-section result (read by me)       |
|-------|--------|-------------------------------------------|
| I     | 4      | tumor at deep margin, blocks 2-3          |
| II    | 3      | residual focal tumor at 6 o'clock         |
| III   | 1      | clear                                     |

All layers processed and read in our Mohs lab. No separate specimen sent to dermatopathology; no debulk
specimen submitted.

Final defect 3.4 x 2.6 cm into subcutaneous fat.
Repair: layered closure after moderate undermining, 2-0 Vicryl deep, 3-0 nylon vertical mattress epidermal.
Length 4.5 cm. Pressure wrap, leg elevation advised.
F/u 14 days for sutures.
Kirsten Halvorsen, MD
""",
    "expected": E([L("17313"), L("17314", 2), L("12032")], topics=["ncci"], dx={"17313": ["C44.729"]}),
    "coder_note": "MOHS-2: leg, 3 stages -> 17313 + 17314 x2, no stage over 5 blocks. MOHS-5: no 88305 for the Mohs "
                  "layers themselves (no separate specimen) -> removed. Layered 4.5 cm leg -> 12032 (MOHS-7).",
})

SCENARIOS.append({
    "id": "s22-mohs-scalp-preop-em-decision-only",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs scalp BCC 2 stages, layered closure 4.2 cm; provider also picked 99213 for the pre-op talk of an already-scheduled Mohs",
    "date": "2025-07-29",
    "patient": ("Lachance", "Roland", "1958-02-11", "male"),
    "provider": "nakamura", "payer": "commercial-cigna", "minutes": 150, "em": "99213",
    "conditions": [C("c1", "Basal cell carcinoma of scalp", "C44.41", "Vertex scalp", reason=True)],
    "procedures": [
        P("Mohs micrographic surgery, stage 1", site="Vertex scalp",
          note="4 tissue blocks; tumor at 3 o'clock peripheral.", reasons=["c1"]),
        P("Mohs micrographic surgery, stage 2", site="Vertex scalp",
          note="2 tissue blocks; clear.", reasons=["c1"]),
        P("Layered closure of Mohs defect", site="Vertex scalp",
          note="Galeal undermining, 3-0 Vicryl deep, staples; length 4.2 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Operative Note",
    "note": """OPERATIVE NOTE - MOHS MICROGRAPHIC SURGERY
Surgeon/pathologist: Ren Nakamura, MD
Indication: infiltrative BCC vertex scalp (biopsy 06/10/2025), 1.3 cm. Mohs chosen at the consult on
07/01/2025 (aggressive subtype, scalp). Consent and plan were made at that visit.

Pre-op today: re-reviewed the consent form he signed on 07/01, confirmed site with a mirror, answered his
question about driving home. No new problems raised; no other skin complaints addressed.

Stage 1: 4 blocks, infiltrative BCC at 3 o'clock peripheral edge.
Stage 2: 2 blocks, clear.
Defect 2.2 x 1.8 cm to galea.
Repair: layered closure with galeal undermining; 3-0 Vicryl deep, skin staples. 4.2 cm.
Dressing with bacitracin and pressure. Staples out in 10 days.

Ren Nakamura, MD
""",
    "expected": E([L("17311"), L("17312"), L("12032")], dx={"17311": ["C44.41"]}),
    "coder_note": "Scalp Mohs 2 stages -> 17311 + 17312; layered 4.2 cm scalp -> 12032. GS-3: the pre-op talk about an "
                  "already-scheduled 000-day procedure is not separately identifiable -> the 99213 is removed.",
})

# =============================================================================================================
# DESTRUCTION
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-ds-apso-sixteen-aks-17004",
    "family": "destruction", "shape": "note-only",
    "description": "APSO: cryotherapy of sixteen AKs (face 9, scalp 7); ear lesion biopsy declined; SCC history",
    "date": "2025-02-25",
    "patient": ("Kettering", "Doris", "1939-09-30", "female"),
    "provider": "pike", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, face and scalp", "L57.0", "Face and scalp", reason=True),
        C("c2", "Personal history of squamous cell carcinoma of skin", "Z85.828", history=True),
    ],
    "note_title": "Dermatology Visit (APSO)",
    "note": """ASSESSMENT / PLAN
1. Actinic keratoses, face and scalp - sixteen lesions treated with liquid nitrogen today (nine on the
   face: forehead 4, R cheek 2, L cheek 2, nasal bridge 1; seven on the scalp: vertex 5, L parietal 2).
   Two freeze-thaw cycles each. Expect blistering/crusting 1-2 weeks.
2. Hyperkeratotic papule L helix 6 mm - recommended tangential biopsy to exclude SCC; she declined today
   (wants to see if it resolves after a "good moisturizer"); will return in 4 weeks and reconsider.
3. Hx SCC L dorsal hand (excised 2022) - scar clear, no recurrence.
4. Sun protection reviewed; daughter to buy hat.

SUBJECTIVE
85F, rough spots coming back on face and head. Used 5-FU last winter with good effect but hated the redness.

OBJECTIVE
Thin gritty pink scaly papules as counted above; no induration. L helix lesion as described. L hand scar OK.

PROCEDURE
Cryosurgery, liquid nitrogen spray, 16 AKs as listed. Verbal consent; post-care sheet given.

Jordan Pike, MD
""",
    "expected": E([L("17004")], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 16 premalignant lesions (>= 15) -> 17004 x1 instead of 17000/17003. Ear biopsy was declined "
                  "(not performed).",
})

SCENARIOS.append({
    "id": "s22-ds-precoded-warts-per-site-plus-aks",
    "family": "destruction", "shape": "pre-coded",
    "description": "Six finger warts pre-coded as three 17110 lines, plus three AKs 17000/17003; distinct lesions need XS",
    "date": "2025-09-23",
    "patient": ("Ibarra", "Tomas", "1967-04-05", "male"),
    "provider": "chen", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Verruca vulgaris, fingers", "B07.8", "Bilateral fingers", reason=True),
        C("c2", "Actinic keratoses, forearms", "L57.0", "Bilateral dorsal forearms", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions, up to 14", "17110", "Right index finger", reasons=["c1"]),
        P("Destruction benign lesions, up to 14", "17110", "Right middle finger", reasons=["c1"]),
        P("Destruction benign lesions, up to 14", "17110", "Left thumb", reasons=["c1"]),
        P("Destruction premalignant lesion, first", "17000", "Left dorsal forearm", reasons=["c2"]),
        P("Destruction premalignant lesion, each additional 2-14", "17003", "Left dorsal forearm", reasons=["c2"]),
        P("Destruction premalignant lesion, each additional 2-14", "17003", "Right dorsal forearm", reasons=["c2"]),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """#1 Common warts, fingers - painful at the nail folds, he is a carpenter and they crack and bleed.
   Six warts: R index 2, R middle 2, L thumb 2. Pared lightly, then liquid nitrogen 2 cycles each.
   Return 3-4 wk for repeat if needed.

#2 Actinic keratoses, forearms - three gritty scaly papules (L dorsal forearm 2, R dorsal forearm 1),
   treated with liquid nitrogen, 2 cycles. These are separate lesions from the finger warts.

#3 Seborrheic dermatitis, mild - ketoconazole shampoo he already has; no change today.

Counseled on blistering. Verbal consent obtained before both treatments.
Wei Chen, MD
""",
    "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 2, "XS")], topics=["coding-correction"]),
    "coder_note": "DS-2: 17110 covers up to 14 benign lesions in one unit (6 warts -> 17110 x1). DS-1: 3 AKs -> 17000 + "
                  "17003 x2. DS-3: 17110/17000 and 17110/17003 are indicator 1; separate lesions -> XS on 17000 and 17003.",
})

SCENARIOS.append({
    "id": "s22-ds-peds-molluscum-22-curettage",
    "family": "destruction", "shape": "free-text",
    "description": "Medicaid 4-year-old, curettage of 22 molluscum in two body regions (14 + 8) -> 17111",
    "date": "2025-04-29",
    "patient": ("Robles", "Mateo", "2020-08-10", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 30,
    "conditions": [C("c1", "Molluscum contagiosum", "B08.1", "Trunk, axillae, left thigh", reason=True)],
    "procedures": [
        P("Curettage of molluscum", site="Trunk and bilateral axillae",
          note="14 papules curetted after topical anesthetic.", reasons=["c1"]),
        P("Curettage of molluscum", site="Left thigh",
          note="8 papules curetted.", reasons=["c1"]),
    ],
    "note_title": "Lesion Treatment Note",
    "note": """PEDIATRIC LESION TREATMENT - R. Santos, MD

Mateo, 4 y, with spreading molluscum for 5 months, now inflamed ("BOTE" sign) in the axillae and itching,
scratching spreads them; older sister now has them too. Texas Medicaid. Parents want them removed.
Topical lidocaine 4% applied 45 min before.

| Region                 | Count | Method                    |
|------------------------|-------|---------------------------|
| Trunk + both axillae   | 14    | curette, Monsel's         |
| Left thigh             | 8     | curette, Monsel's         |
| Face                   | 0     | none present              |
| Total                  | 22    |                           |

Tolerated with a tablet video and dad holding. Bandages. Bathe separately from sister, no shared towels.
Recheck 6 weeks; new ones may appear - can repeat.
Rafael Santos, MD
""",
    "expected": E([L("17111")], dx={"17111": ["B08.1"]}),
    "coder_note": "DS-2: benign destruction counts all lesions of the session: 22 >= 15 -> 17111 x1 (not two 17110).",
})

# =============================================================================================================
# E/M
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-em-medicare-screening-only-new-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare new patient, screening-only full-skin exam, no history or complaint, nothing found -> GY",
    "date": "2025-03-04",
    "patient": ("Whitaker", "Lorraine", "1957-06-21", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 20, "em": "99202",
    "conditions": [C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True)],
    "note_title": "New Patient Visit",
    "note": """S: 67F, new to our practice, here for a "skin check" because her daughter asked her to get one.
No new, changing, bleeding or itchy spots. No personal history of skin cancer, no family history of melanoma,
no immunosuppression, no tanning bed use. No skin complaints at all.

O: Full skin examination including scalp, face, trunk, extremities, palms/soles, nails and genitalia
(chaperone present). No lesions of concern; nothing requiring biopsy, treatment or follow-up.

A: Encounter for skin cancer screening, asymptomatic, normal exam.

P: Reviewed sun protection (SPF 30+, hat) and how to do a monthly self-exam. Return as needed for any new or
changing lesion. No ABN/notice was given.

Adaeze Okafor, MD
""",
    "expected": E([L("99202", 1, "GY")], dx={"99202": ["Z12.83"]}),
    "coder_note": "DX-5 / README: screening-only exam for Medicare (no history, no complaint, nothing found) is "
                  "statutorily excluded -> GY; no voluntary notice so no GX.",
})

SCENARIOS.append({
    "id": "s22-em-psoriasis-methotrexate-g2211",
    "family": "em", "shape": "note-only",
    "description": "Medicare established psoriasis on methotrexate with lab review, mild flare; 99214 + G2211 for longitudinal care",
    "date": "2025-06-03",
    "patient": ("Fairbanks", "Leonard", "1952-10-17", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 32, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, scalp, lower back", reason=True),
        C("c2", "Long term (current) use of methotrexate", "Z79.631", reason=True),
    ],
    "note_title": "Dermatology Follow-up",
    "note": """#1 Psoriasis vulgaris - mild flare after a URI, BSA up from 3% to 6% (new plaques lower back and scalp).
   - On methotrexate 15 mg weekly since 2022 + folic acid 1 mg daily.
   - Labs 05/28 reviewed: CBC normal, ALT 28, AST 24, creatinine 1.0. No GI upset, no mouth sores.
   - Plan: continue MTX 15 mg weekly (refilled), add clobetasol 0.05% solution to scalp BID x 2 wk and
     halobetasol ointment to body plaques BID weekends. Repeat CBC/CMP in 8 weeks.
   - I have managed his psoriasis continuously since 2019 and remain his ongoing dermatologist for this
     condition (longitudinal care; G2211 applies).

#2 Methotrexate toxicity monitoring - as above; alcohol limited to 2 drinks/week; no new meds.

#3 Joint symptoms - denies morning stiffness, swollen fingers or heel pain; no PsA features today.

No procedures today. Total time on the date of service 32 min (chart/lab review, visit, orders).
Return 3 months.
Wei Chen, MD
""",
    "expected": E([L("99214"), L("G2211")], dx={"99214": ["L40.0"]}),
    "coder_note": "EM-4: chronic illness with flare + drug therapy requiring toxicity monitoring -> 99214 as selected. "
                  "EM-6: longitudinal psoriasis care documented, no modifier 25 and no procedure -> G2211.",
})

SCENARIOS.append({
    "id": "s22-em-peds-alopecia-areata-new-medicaid",
    "family": "em", "shape": "note-only",
    "description": "Medicaid 8-year-old new patient, alopecia areata with Rx and labs; future intralesional injections only discussed",
    "date": "2025-09-30",
    "patient": ("Oyelaran", "Zainab", "2017-01-09", "female"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 48, "em": "99204",
    "conditions": [C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True)],
    "note_title": "Pediatric Dermatology New Patient",
    "note": """S: Zainab, 8 y, with round bald patches on the scalp for 3 months, now three patches and growing. Mom
noticed eyebrow thinning last week. No scalp itch or scale. Hypothyroid aunt. Otherwise healthy, no meds.

O: Scalp: three smooth non-scarring patches (occipital 4 cm, L parietal 3 cm, vertex 2.5 cm) with
exclamation-mark hairs; ~15% scalp involvement. Positive pull test at the margins. Lateral eyebrows sparse.
Nails: fine pitting on 4 fingernails. No scale, no lymphadenopathy (tinea unlikely; KOH not needed).

A: Alopecia areata, patchy, progressing, with nail involvement.

P: - Start clobetasol 0.05% solution nightly to patches (5 nights on, 2 off) - prescription sent.
   - TSH, free T4, CBC, vitamin D ordered (autoimmune association).
   - Discussed prognosis and options. If not regrowing in 8-12 weeks we could try intralesional steroid
     injections at a future visit if she tolerates them - NOT done today. JAK inhibitors not approved at
     her age.
   - School note and support group info given.
   Total time today 48 min including counseling.

PLAIN-LANGUAGE SUMMARY FOR ZAINAB'S FAMILY
Zainab has alopecia areata, which means her immune system is attacking hair roots. The hair usually grows
back. Use the clobetasol liquid on the bald spots at bedtime five nights a week. We ordered blood tests to
check her thyroid. We will see her again in 8 weeks.

Folake Adeyemi, MD
""",
    "expected": E([L("99204")], dx={"99204": ["L63.9"]}),
    "coder_note": "New patient, progressing chronic illness with prescription drug management -> 99204 as selected; "
                  "the intralesional injections are a future option only, not performed.",
})

SCENARIOS.append({
    "id": "s22-em-unrelated-rash-in-flap-global-24",
    "family": "em", "shape": "note-only",
    "description": "Medicare Advantage: unrelated nummular dermatitis managed 35 days into a 90-day flap global -> 99213-24",
    "date": "2025-11-18",
    "patient": ("Greenberg", "Estelle", "1945-04-02", "female"),
    "provider": "marchetti", "payer": "medicare-advantage", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Nummular dermatitis, bilateral lower legs", "L30.0", "Bilateral shins", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "prior": [PRIOR("2025-10-14", "14040", "Excision of BCC with rotation flap, left cheek", "Left cheek")],
    "note_title": "Dermatology Visit (APSO)",
    "note": """A/P
1) Nummular dermatitis, both shins - new problem, 3 weeks of coin-shaped itchy, weeping plaques (6-8 on
   each shin), worse with hot showers. Not related to her cheek surgery. Start triamcinolone 0.1% ointment
   BID x 2 weeks, then weekends; thick emollient; lukewarm showers. If not better in 3 weeks -> consider
   patch testing.
2) Post-op check L cheek rotation flap (10/14/2025, for BCC) - healing well, no dehiscence, mild pinkness
   expected. Scar massage from week 6. (Routine post-op care.)

S
80F, Medicare Advantage, here for flap check and "itchy spots on my legs".
O
Shins: multiple 2-4 cm round eczematous plaques with crust, no pustules. L cheek flap viable, well apposed.

--- Portal message to patient ---
Your cheek is healing nicely. The itchy round patches on your legs are nummular eczema, a type of dry-skin
eczema. Use the triamcinolone ointment twice a day for two weeks, and moisturize after every shower.

Luca Marchetti, MD
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L30.0"]}),
    "coder_note": "GS-5: unrelated problem managed during the 90-day global of 14040 -> 24 on the E/M; the flap check "
                  "itself is in the package.",
})

# =============================================================================================================
# INCISION AND DRAINAGE
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-id-axilla-abscess-hs-biologic-em25",
    "family": "incision-drainage", "shape": "note-only",
    "description": "HS flare with biologic work-up (99214-25) and simple I&D of one right axillary abscess",
    "date": "2025-05-13",
    "patient": ("Jefferson", "Kiara", "1996-02-14", "female"),
    "provider": "pike", "payer": "commercial", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Hidradenitis suppurativa, Hurley stage II", "L73.2", "Bilateral axillae, groin", reason=True),
        C("c2", "Cutaneous abscess of right axilla", "L02.411", "Right axilla", reason=True),
    ],
    "note_title": "Dermatology Visit (APSO)",
    "note": """ASSESSMENT / PLAN
1. Hidradenitis suppurativa, Hurley II, flaring - 5 inflammatory nodules and 2 draining tunnels (both
   axillae, R groin); failed clindamycin/rifampin 10 wk and spironolactone.
   - Start adalimumab (HS dosing): prior auth submitted; baseline QuantiFERON, hepatitis B panel, CBC ordered.
   - Bridge: doxycycline 100 mg BID prescribed.
   - Counseled on smoking cessation, weight, friction reduction. Pain plan reviewed.
   This management was separate from the procedure below.
2. Fluctuant abscess R axilla, 2.5 cm, exquisitely tender -> incision and drainage today.

SUBJECTIVE
29F, flare for 3 weeks, R armpit "about to pop", missed 2 days of work.

OBJECTIVE
R axilla: 2.5 cm fluctuant erythematous abscess. L axilla: 2 nodules + 1 tunnel. R groin: 2 nodules + tunnel.

PROCEDURE - I&D, R axilla (single, simple abscess)
Consent. 1% lidocaine w/ epi 3 mL. #11 blade stab incision 1 cm, ~4 mL purulent material expressed, cavity
gently probed (no loculations), irrigated with saline. No packing needed. Gauze dressing.

Return 6 weeks or sooner once biologic approved.
Jordan Pike, MD
""",
    "expected": E([L("99214", 1, "25"), L("10060")]),
    "coder_note": "GS-3: HS disease management with biologic work-up and new Rx is beyond the I&D decision -> 99214-25. "
                  "One simple abscess -> 10060.",
})

SCENARIOS.append({
    "id": "s22-id-precoded-two-abscesses-10060x2",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Medicaid MCO adult, two separate abscesses (thigh, groin) drained; pre-coded 10060 twice -> 10061",
    "date": "2025-08-26",
    "patient": ("Booker", "Dante", "1990-11-30", "male"),
    "provider": "chen", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of left lower limb", "L02.416", "Left medial thigh", reason=True),
        C("c2", "Cutaneous abscess of groin", "L02.214", "Left groin", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess, simple", "10060", "Left medial thigh", reasons=["c1"]),
        P("Incision and drainage of abscess, simple", "10060", "Left groin", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """#1 Abscess, L medial thigh, 3 cm fluctuant - I&D: 1% lido, 1.5 cm incision, 6 mL pus, loculations
   broken with a hemostat, irrigated, packed with 1/4" iodoform. Culture sent.
#2 Abscess, L groin, 2 cm fluctuant, separate from #1 (about 10 cm apart) - I&D: 1% lido, 1 cm incision,
   3 mL pus, irrigated, no packing.
#3 Recurrent furunculosis, MRSA history - TMP-SMX DS BID x 7 days, decolonization (mupirocin nares,
   chlorhexidine washes). Packing removal/wound check in 2 days.

S: 34M, painful lumps L inner thigh and groin x 5 days, no fever. Molina Medicaid.
O: T 37.1. Two separate fluctuant erythematous abscesses as above; no cellulitis streaking, no nodes.
Consent for both; 1% lidocaine with epi.

Two abscesses drained this session. Pt tolerated well.
Wei Chen, MD
""",
    "expected": E([L("10061")], topics=["coding-correction"]),
    "coder_note": "10060 is simple or single; two abscesses drained in one session = multiple -> 10061 x1 (10061/10060 "
                  "is a more-extensive-procedure pair, so not 10060 twice).",
})

# =============================================================================================================
# INTRALESIONAL
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-il-soap-nine-keloids-diluted-kenalog",
    "family": "intralesional", "shape": "note-only",
    "description": "SOAP: ILK to nine keloids (>7 -> 11901); Kenalog-40 diluted 1:1, 3.0 mL of mixture = 60 mg",
    "date": "2025-10-07",
    "patient": ("Mensah", "Kwabena", "1992-07-25", "male"),
    "provider": "okafor", "payer": "commercial", "minutes": 30,
    "conditions": [C("c1", "Keloids of chest and shoulders", "L91.0", "Chest and bilateral shoulders", reason=True)],
    "note_title": "Dermatology Progress Note",
    "note": """S: 33M with acne keloids on chest and shoulders, itchy and painful, catch on his shirts. Third ILK
session; the treated ones from August are flatter. No steroid side effects noticed.

O: Nine firm keloids: presternal 3 (largest 2.5 cm), L shoulder 3, R shoulder 3. Mild hypopigmentation
around two of the previously treated ones.

A: Keloids x 9, symptomatic, responding to intralesional triamcinolone.

P: Intralesional injection of all nine keloids today.
   - Kenalog-40 (triamcinolone acetonide 40 mg/mL) mixed 1:1 with 1% lidocaine -> 20 mg/mL.
   - 3.0 mL of the mixture injected in total across the nine lesions (0.2-0.5 mL each) = 60 mg
     triamcinolone acetonide.
   - 30-gauge needle, into the body of each keloid, blanching endpoint.
   - Silicone gel sheets at night. Return 6 weeks.

Adaeze Okafor, MD
""",
    "expected": E([L("11901"), L("J3301", 6)], dx={"11901": ["L91.0"]}),
    "coder_note": "4.8 table: 9 lesions (> 7) -> 11901. J3301 per 10 mg: 3.0 mL x 20 mg/mL = 60 mg -> 6 units.",
})

SCENARIOS.append({
    "id": "s22-il-precoded-peds-aa-per-patch-and-per-mg",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Medicaid 13-year-old alopecia areata: 11900 pre-coded once per patch (4) and J3301 sent as 24 (per mg)",
    "date": "2025-12-09",
    "patient": ("Castaneda", "Lucia", "2012-05-03", "female"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 25,
    "conditions": [C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True)],
    "procedures": [
        P("Intralesional injection, up to 7 lesions", "11900", "Scalp, occipital", reasons=["c1"]),
        P("Intralesional injection, up to 7 lesions", "11900", "Scalp, vertex", reasons=["c1"]),
        P("Intralesional injection, up to 7 lesions", "11900", "Scalp, right temporal", reasons=["c1"]),
        P("Intralesional injection, up to 7 lesions", "11900", "Scalp, left parietal", reasons=["c1"]),
        P("Triamcinolone acetonide injection, 24 mg", "J3301", "Scalp",
          note="Quantity billed 24", reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Procedure Visit",
    "note": """S: Lucia, 13, alopecia areata follow-up. Topical clobetasol x 3 months with partial regrowth only at the
vertex. She and dad want to try injections as we discussed last time. No new patches, no eyebrow loss.

O: Four non-scarring patches: occipital 3 cm, vertex 2 cm, R temporal 2.5 cm, L parietal 2 cm.

A: Alopecia areata, patchy, 4 patches, partial response to topical.

P: Intralesional triamcinolone acetonide 10 mg/mL (Kenalog-10), 0.1 mL per site about 1 cm apart.
   Total volume 2.4 mL = 24 mg across the four patches. 30 g needle, vibration device for comfort.
   Continue clobetasol on non-injection weeks. Return 6 weeks for repeat.

YOUR VISIT TODAY (for Lucia and family)
We gave small steroid shots into the four bald patches to help the hair grow back. There may be small dents
in the skin that fill back in over time. Keep using the clobetasol liquid. Next shots in 6 weeks.

Folake Adeyemi, MD
""",
    "expected": E([L("11900"), L("J3301", 3)], topics=["coding-correction"], dx={"11900": ["L63.9"]}),
    "coder_note": "11900 covers up to 7 lesions per session, 1 unit (not one per patch). J3301 is per 10 mg: 24 mg -> "
                  "3 units.",
})

SCENARIOS.append({
    "id": "s22-il-acne-cysts-isotretinoin-start-em25",
    "family": "intralesional", "shape": "free-text",
    "description": "Nodulocystic acne: isotretinoin start with iPLEDGE and labs (99214-25) + ILK of 3 cysts, 0.75 mg total",
    "date": "2025-07-08",
    "patient": ("Hollis", "Brandon", "2003-03-18", "male"),
    "provider": "pike", "payer": "commercial-cigna", "minutes": 40, "em": "99214",
    "conditions": [C("c1", "Acne vulgaris, nodulocystic", "L70.0", "Face and jawline", reason=True)],
    "procedures": [
        P("Intralesional steroid injection of acne cysts", site="Left cheek, left jawline, chin",
          note="3 inflamed cysts; triamcinolone 2.5 mg/mL, 0.1 mL each (0.3 mL total).", reasons=["c1"]),
    ],
    "note_title": "Dermatology Visit (APSO)",
    "note": """ASSESSMENT / PLAN
1. Nodulocystic acne, scarring - failed doxycycline 100 mg BID x 4 months + adapalene/BPO.
   - Start isotretinoin: iPLEDGE registration done today, baseline lipid panel and hepatic panel ordered,
     start 40 mg daily once registered (~0.5 mg/kg), counseled on mood changes, dryness, no waxing,
     no blood donation, avoid tetracyclines. Stop doxycycline.
   - This was a full separate evaluation/management of his acne beyond the injections.
2. Three painful inflamed cysts (L cheek, L jawline, chin) - intralesional injection today to speed
   resolution before a family wedding.
   Triamcinolone acetonide diluted to 2.5 mg/mL; 0.1 mL into each cyst = 0.3 mL = 0.75 mg total.

SUBJECTIVE
22M, Cigna. Painful cysts for months, scarring, embarrassed at work.

OBJECTIVE
Face: ~20 inflammatory papules, 6 nodules/cysts, rolling and boxcar scars on cheeks. Back: mild.

Return 30 days (iPLEDGE).
Jordan Pike, MD
""",
    "expected": E([L("99214", 1, "25"), L("11900"), L("J3301")], dx={"11900": ["L70.0"]}),
    "coder_note": "GS-3: isotretinoin start (iPLEDGE, labs) is separately identifiable -> 99214-25. 3 lesions -> 11900. "
                  "0.75 mg -> J3301 x1 (per 10 mg, rounded up).",
})

# =============================================================================================================
# NAILS
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-nail-precoded-phenol-matrixectomy-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "Recurrent ingrown right great toenail: partial avulsion + phenol matrixectomy; 11730 pre-coded with 11750",
    "date": "2025-04-15",
    "patient": ("Pruitt", "Caleb", "1985-10-12", "male"),
    "provider": "nakamura", "payer": "commercial", "minutes": 35,
    "conditions": [C("c1", "Ingrowing nail, right great toe, recurrent", "L60.0", "Right great toe, lateral border",
                     reason=True)],
    "procedures": [
        P("Avulsion of nail plate, partial", "11730", "Right great toe, lateral border", reasons=["c1"]),
        P("Excision of nail matrix, partial, chemical (phenol)", "11750", "Right great toe, lateral border",
          reasons=["c1"]),
    ],
    "note_title": "Operative Note",
    "note": """OPERATIVE NOTE
Procedure: Partial nail avulsion with chemical matrixectomy (88% phenol), lateral border, right great toe.
Surgeon: Ren Nakamura, MD
Indication: 3rd episode of ingrown lateral nail border R hallux in 12 months, two prior simple avulsions
elsewhere; painful, granulation tissue. Permanent narrowing requested.

Anesthesia: digital block, 1% lidocaine plain 4 mL; tourniquet.
Technique: lateral 3 mm of the nail plate freed with a nail elevator and avulsed from the eponychium.
Matrix horn exposed; 88% phenol applied with cotton-tip applicator, 3 applications x 30 seconds, then
neutralized with alcohol. Granulation curetted. Tourniquet off, hemostasis. Silvadene and bulky dressing.
Permanent removal of the lateral matrix achieved (same nail, same border for both steps).

Post-op: soaks BID, expect drainage 2-4 weeks. Return 2 weeks.
Ren Nakamura, MD
""",
    "expected": E([L("11750", 1, "T5")], topics=["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "11750/11730 is PTP indicator 1 and the avulsion is the same nail border as the matrixectomy -> 11730 "
                  "removed. Digit modifier T5 = right great toe (conventions).",
})

SCENARIOS.append({
    "id": "s22-nail-three-toenail-avulsions-digit-mods",
    "family": "nails", "shape": "free-text",
    "description": "Total avulsion of three painful dystrophic toenails (L great, L second, R great): 11730 + 11732 on separate digit lines",
    "date": "2025-09-16",
    "patient": ("Vasquez", "Elena", "1972-12-01", "female"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [C("c1", "Onychomycosis (tinea unguium)", "B35.1", "Toenails", reason=True)],
    "procedures": [
        P("Total nail avulsion", site="Left great toe",
          note="First nail done; plate thick 4 mm, painful in shoes.", reasons=["c1"]),
        P("Total nail avulsion", site="Left second toe", note="Dystrophic, lifting, painful.", reasons=["c1"]),
        P("Total nail avulsion", site="Right great toe", note="Dystrophic, subungual debris.", reasons=["c1"]),
    ],
    "note_title": "Nail Procedure Note",
    "note": """NAIL PROCEDURE - R. Santos, MD

52F, KOH/PAS-confirmed onychomycosis (clipping 06/2025), failed 12 weeks terbinafine (stopped for LFT rise).
Three nails are thick, painful in work shoes and lifting. Plan: avulse, then topical efinaconazole on the
nail beds.

| Order | Digit            | Procedure                    | Notes                                    |
|-------|------------------|------------------------------|------------------------------------------|
| 1     | Left great toe   | total nail plate avulsion    | 4 mm thick plate, onycholysis            |
| 2     | Left 2nd toe     | total nail plate avulsion    | lifting, painful                         |
| 3     | Right great toe  | total nail plate avulsion    | subungual debris                         |
| -     | other 7 toenails | none                         | mild, topical only                       |

Digital blocks with 1% lidocaine plain; freer elevator; plates removed intact; beds intact; no matrix
treatment. Xeroform and gauze. Soaks daily. Return 4 weeks.
Rafael Santos, MD
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1"), L("11732", 1, "T5")], dx={"11730": ["B35.1"]}),
    "coder_note": "First nail (L great toe, TA) -> 11730; each additional nail -> 11732 with its digit modifier (T1 L 2nd "
                  "toe, T5 R great toe); different modifiers stay on separate lines.",
})

SCENARIOS.append({
    "id": "s22-nail-peds-ingrown-newpt-em-removed",
    "family": "nails", "shape": "note-only",
    "description": "Medicaid MCO 14-year-old new patient seen only for an ingrown left great toenail, partial avulsion; 99203 selected",
    "date": "2025-10-28",
    "patient": ("Harrell", "Jaylen", "2011-06-19", "male"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 30, "em": "99203",
    "conditions": [C("c1", "Ingrowing nail, left great toe, with granulation", "L60.0", "Left great toe, medial border",
                     reason=True)],
    "note_title": "Pediatric Dermatology Visit",
    "note": """PEDIATRIC DERMATOLOGY - NEW PATIENT
Reason for visit: ingrown toenail

# Ingrown toenail, L great toe, medial border (only problem today)
  - 5 weeks of pain after football; mild granulation and swelling at the medial fold, no pus, no streaking,
    no fever.
  - Options: conservative taping vs partial avulsion vs avulsion + matrixectomy. Mom prefers to avoid
    permanent matrix destruction for now.
  - Procedure: digital block 1% lidocaine plain 3 mL; medial 3 mm of the nail plate avulsed; granulation
    gently curetted; no phenol. Petrolatum and dressing.
  - Warm soaks twice a day; no antibiotics needed. Wider shoes, cut nails straight across.
  - If it recurs we will discuss matrixectomy.

No other skin concerns raised today.

AFTER-VISIT SUMMARY FOR FAMILIES
We removed the edge of Jaylen's left big toenail that was growing into the skin. Soak the toe in warm soapy
water twice a day and keep a bandage on it. Some drainage is normal for a week or two. Call if there is
spreading redness, pus, or fever.

Ines Castellanos, MD
""",
    "expected": E([L("11730", 1, "TA")], dx={"11730": ["L60.0"]}),
    "coder_note": "GS-3 / README: the visit was only the evaluation and decision for this minor (000) procedure; being a "
                  "new patient does not justify an E/M -> 99203 removed. L great toe -> TA.",
})

# =============================================================================================================
# PARING
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-paring-three-corns-wart-deferred",
    "family": "paring", "shape": "note-only",
    "description": "Problem list: paring of three painful corns/callus (11056); plantar wart treatment deferred to next visit",
    "date": "2025-03-25",
    "patient": ("Moreau", "Philippe", "1961-09-09", "male"),
    "provider": "chen", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Bilateral feet", reason=True),
        C("c2", "Plantar wart, right heel", "B07.0", "Right heel"),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """#1 Painful corns/callus, feet - three lesions:
   (a) hard corn dorsal R 5th toe PIP, (b) hard corn dorsal L 5th toe, (c) plantar callus under R 2nd MTP head.
   All three pared down with a #15 blade until pain-free on pressure; no bleeding. Silicone toe sleeves
   and metatarsal pad recommended; shoe width discussed.

#2 Plantar wart, R heel, 6 mm - he wants to wait until after his hiking trip. Plan cryotherapy at the
   next visit in 4 weeks. Not treated today.

#3 No diabetes, no neuropathy, pulses normal.

Wei Chen, MD
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "Paring of 3 lesions (2-4) -> 11056. The plantar wart was not treated.",
})

SCENARIOS.append({
    "id": "s22-paring-precoded-split-by-foot-plus-wart",
    "family": "paring", "shape": "pre-coded",
    "description": "Medicaid MCO: paring of 5 calluses pre-coded as 11055 + 11056 by foot; separate plantar wart LN2 (17110)",
    "date": "2025-11-11",
    "patient": ("Tran", "Hieu", "1968-02-27", "male"),
    "provider": "pike", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Callosities, plantar feet", "L84", "Bilateral plantar feet", reason=True),
        C("c2", "Plantar wart, right hallux", "B07.0", "Right plantar hallux", reason=True),
    ],
    "procedures": [
        P("Paring of benign hyperkeratotic lesion, single", "11055", "Left plantar heel", reasons=["c1"]),
        P("Paring of benign hyperkeratotic lesions, 2-4", "11056", "Right plantar forefoot",
          note="4 calluses", reasons=["c1"]),
        P("Destruction of benign lesion (wart), cryotherapy", "17110", "Right plantar hallux", reasons=["c2"]),
    ],
    "note_title": "Dermatology Visit (APSO)",
    "note": """ASSESSMENT / PLAN
1. Painful plantar calluses x 5 (L heel 1; R forefoot 4 - under MTP heads 1, 2, 5 and the lateral
   forefoot). All five pared with a #15 blade this visit. Urea 40% cream, cushioned insoles.
2. Plantar wart, R plantar hallux, 7 mm, painful walking, pinpoint thrombosed capillaries after paring -
   a different lesion from the calluses. Liquid nitrogen, 2 freeze-thaw cycles.

SUBJECTIVE
57M warehouse worker on his feet 10 h/day, painful feet. Medicaid (Molina).

OBJECTIVE
As above. Sensation intact, pulses 2+.

Return 6 weeks.
Jordan Pike, MD
""",
    "expected": E([L("11057", 1, "XS"), L("17110")], topics=["coding-correction"], dx={"17110": ["B07.0"]}),
    "coder_note": "Paring counts all lesions of the session: 5 -> 11057 x1 (11057/11056 and 11057/11055 are indicator 0). "
                  "17110/11057 is indicator 1 and the wart is a separate lesion -> XS on 11057.",
})

# =============================================================================================================
# PATCH TEST
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-patch-eighty-allergens-new-em25",
    "family": "patch-test", "shape": "note-only",
    "description": "New patient hand/eyelid dermatitis: evaluation with Rx and occupational counseling (99204-25) + 80-allergen patch test",
    "date": "2025-06-17",
    "patient": ("Sandoval", "Beatriz", "1979-05-05", "female"),
    "provider": "okafor", "payer": "commercial", "minutes": 75, "em": "99204",
    "conditions": [C("c1", "Dermatitis of hands and eyelids, unspecified", "L30.9", "Hands and eyelids", reason=True)],
    "note_title": "Contact Dermatitis Clinic - New Patient",
    "note": """S: 46F hairdresser, 6 months of hand dermatitis (fingertips, web spaces) and eyelid dermatitis,
worse on workdays, better on vacation. Uses nitrile gloves "sometimes". OTC hydrocortisone no help. Hair dye,
perms, acrylic nails in salon. Atopy as a child.

O: Hands: lichenified, fissured fingertip dermatitis, vesicles on the lateral fingers. Eyelids: erythema and
fine scale bilaterally. Scalp, neck, trunk clear.

A: Hand and eyelid dermatitis - allergic contact dermatitis suspected (hair dye/acrylates) vs irritant vs
atopic hand dermatitis.

P:
1. Triamcinolone 0.1% ointment to hands BID (new Rx); tacrolimus 0.1% ointment to eyelids BID (new Rx).
   Glove guidance (vinyl over cotton for dye work), soap substitute, work-note for 1 week off wet work.
2. Patch testing today: North American 80 comprehensive series - 80 allergens applied to the upper back
   (Finn chambers on Scanpor). Reading at 48 h (Thursday) and delayed reading at 96 h.
3. This evaluation/treatment was separate from the patch-test application.

Adaeze Okafor, MD
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)]),
    "coder_note": "95044 units = allergens applied (80). 95044/99204 is indicator 1; the new-patient evaluation with "
                  "two new prescriptions and work counseling is separately identifiable -> 99204-25. Suspected ACD not coded (DX-1).",
})

SCENARIOS.append({
    "id": "s22-patch-ninety-eight-allergens-mue-cap",
    "family": "patch-test", "shape": "free-text",
    "description": "Medicare Advantage: application of 80 + 18 allergens (98 tests) on a scheduled application visit; MUE 90",
    "date": "2025-08-12",
    "patient": ("Ostrowski", "Helena", "1953-11-27", "female"),
    "provider": "marchetti", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [C("c1", "Allergic contact dermatitis, unspecified cause", "L23.9", "Face and neck", reason=True)],
    "procedures": [
        P("Patch test application - comprehensive series", site="Upper back",
          note="80 allergens applied.", reasons=["c1"]),
        P("Patch test application - cosmetic/fragrance supplemental tray", site="Mid back",
          note="18 allergens applied.", reasons=["c1"]),
    ],
    "note_title": "Patch Test Application",
    "note": """A/P
1) Chronic face/neck dermatitis, allergic contact dermatitis clinically (distribution with her cosmetics)
   - patch testing as planned at the 07/29 visit. Today: application only.
   - Applied 80-allergen comprehensive series (upper back) + 18-allergen cosmetic/fragrance supplement
     (mid back) = 98 allergens total.
   - Keep back dry, no exercise sweating; return Thursday 48 h reading and Saturday 96 h reading.
   - No change to her current regimen (hydrocortisone 2.5% face, already prescribed).

S
72F, Medicare Advantage (Humana). No new issues since 07/29.
O
Back skin clear for application. Face: mild erythema eyelids and neck.

Portal note: Your patches are on. Please keep them dry and don't remove them. See you Thursday.

Luca Marchetti, MD
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "98 allergens applied; 95044 MUE is 90 (MAI 3) -> units capped at 90 with an mue finding (README). "
                  "Application-only visit, no E/M.",
})

# =============================================================================================================
# PHOTOTHERAPY
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-photo-precoded-goeckerman-nurse-99211",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Goeckerman (tar + NB-UVB) session 14 pre-coded with a 99211 nurse visit -> 99211 dropped (indicator 0)",
    "date": "2025-02-11",
    "patient": ("Ashford", "Reginald", "1948-07-07", "male"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 20, "em": "99211",
    "conditions": [C("c1", "Psoriasis vulgaris, 22% BSA", "L40.0", "Trunk and extremities", reason=True)],
    "procedures": [
        P("Photochemotherapy: tar and UVB (Goeckerman)", "96910", "Whole body", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": """PHOTOTHERAPY TREATMENT RECORD - K. Halvorsen, MD (supervising)

Diagnosis: plaque psoriasis, 22% BSA at start, failed topicals and NB-UVB alone in 2024.

| Field                 | Today (session 14)                 |
|-----------------------|------------------------------------|
| Tar                   | crude coal tar 2% in petrolatum, self-applied at home overnight |
| Time in unit          | 25 min (light session + nurse check) |
| UV source             | NB-UVB cabinet                     |
| Dose                  | 1,450 mJ/cm2 (+10%)                |
| Erythema last session | none                               |
| BSA today             | 9%                                 |
| Nurse check           | vitals, skin check for burning, eye protection confirmed |

Nurse (RN Patel) saw him before treatment: no burning, no new lesions, no medication changes. No physician
E/M today. Continue 3x/week; physician review at session 20.
Kirsten Halvorsen, MD
""",
    "expected": E([L("96910")], topics=["ncci"], dx={"96910": ["L40.0"]}),
    "coder_note": "96910/99211 is PTP indicator 0 (never together) -> the nurse-visit 99211 is removed.",
})

SCENARIOS.append({
    "id": "s22-photo-puva-no-failed-therapy-abn-ga",
    "family": "phototherapy", "shape": "note-only",
    "description": "Medicare FFS: PUVA requested without failed conventional therapy; ABN signed -> 96912-GA",
    "date": "2025-05-27",
    "patient": ("Delacroix", "Maurice", "1945-09-14", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 30,
    "conditions": [C("c1", "Psoriasis vulgaris, 12% BSA", "L40.0", "Trunk and legs", reason=True)],
    "note_title": "Phototherapy Note",
    "note": """#1 Plaque psoriasis, ~12% BSA - PUVA session 1 today.
   - Prior therapy: OTC hydrocortisone 1% and emollients only. He has not used prescription topical steroids,
     vitamin D analogues, or NB-UVB. Declined NB-UVB (wants fewer visits) and declined systemic agents.
   - Insists on oral PUVA, which he had in Lyon in the 1990s with good results.
   - Medicare covers PUVA only for intractable, disabling psoriasis after failure of conventional therapy;
     explained this will probably be denied as not reasonable and necessary.
   - ABN (CMS-R-131) reviewed and signed today, option 1 chosen; copy given.
   - Treatment: methoxsalen 0.4 mg/kg (40 mg) PO 90 min before; UVA 1.5 J/cm2 whole body; goggles and
     UVA-blocking glasses for 24 h. Next session in 2-3 days.

#2 Cataract surgery 2021 - ophthalmology aware of PUVA.

Wei Chen, MD
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 / COS-4: PUVA without failed conventional therapy does not meet NCD 250.1 (not reasonable and "
                  "necessary, not statutorily excluded); ABN on file -> GA.",
})

SCENARIOS.append({
    "id": "s22-photo-excimer-vitiligo-two-areas-summed",
    "family": "phototherapy", "shape": "free-text",
    "description": "15-year-old vitiligo: excimer to face 130 sq cm and hands 140 sq cm in one session -> total 270 sq cm (96921)",
    "date": "2025-07-22",
    "patient": ("Patel", "Ananya", "2009-10-02", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [C("c1", "Vitiligo, nonsegmental", "L80", "Face and bilateral hands", reason=True)],
    "procedures": [
        P("Excimer laser 308 nm", site="Face (perioral and periocular)",
          note="Treated area 130 sq cm; 250 mJ/cm2.", reasons=["c1"]),
        P("Excimer laser 308 nm", site="Bilateral dorsal hands and wrists",
          note="Treated area 140 sq cm; 400 mJ/cm2.", reasons=["c1"]),
    ],
    "note_title": "Pediatric Excimer Treatment Note",
    "note": """PEDIATRIC DERMATOLOGY - EXCIMER SESSION #9

# Vitiligo, nonsegmental, face and hands - stable-to-improving, perifollicular repigmentation around the
  mouth. Tacrolimus 0.1% ointment BID continues (no change). 8 weeks of topical alone had failed before
  excimer was started; Aetna authorization on file for 24 sessions.
  Today's treatment, single session, two areas:
    - Face (perioral + periocular, eyes shielded): 130 sq cm, 250 mJ/cm2 (+10%).
    - Dorsal hands and wrists, both sides: 140 sq cm, 400 mJ/cm2 (unchanged, mild pinkness last time).
    - Total treated surface this session: 270 sq cm.
  No blistering. Next session Friday.

# Sunscreen on treated areas after session - reviewed.

AFTER-VISIT SUMMARY FOR FAMILIES
Ananya had laser light treatment on her face and hands today. Some pinkness for a day is normal. Use the
tacrolimus ointment twice a day and sunscreen outdoors. Next treatment Friday.

Ines Castellanos, MD
""",
    "expected": E([L("96921")], dx={"96921": ["L80"]}),
    "coder_note": "Excimer is coded once per session by the total area treated: 130 + 140 = 270 sq cm -> 96921 "
                  "(250-500), not two 96920 lines.",
})

# =============================================================================================================
# POST-OP
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-postop-suture-removal-in-global-99212-sent",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal and path review 8 days after a malignant excision (010 global); 99212 selected -> 99024",
    "date": "2025-12-09",
    "patient": ("Albrecht", "Gunter", "1943-01-28", "male"),
    "provider": "lindqvist", "payer": "medicare", "minutes": 15, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Basal cell carcinoma of skin of left upper limb", "C44.619", "Left forearm"),
    ],
    "prior": [PRIOR("2025-12-01", "11602", "Excision, malignant lesion, left forearm, 1.6 cm", "Left forearm")],
    "note_title": "Post-operative Visit",
    "note": """POST-OPERATIVE VISIT
Procedure being followed: excision of BCC L forearm with simple closure, 12/01/2025 (Dr. Lindqvist).
Post-op day 8.

Wound: well approximated, no erythema, no drainage, no dehiscence. 5 nylon sutures removed; Steri-Strips.
Pathology reviewed with patient: nodular BCC, margins clear - no further surgery needed.
Scar care reviewed (silicone gel after 2 weeks, sunscreen).
No other complaints, no other problems evaluated today.

Next: routine full skin exam in 6 months.
Erik Lindqvist, MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/conventions: routine post-op visit inside the 010 global of 11602 with no other problem -> 99024, "
                  "not the 99212 the provider selected.",
})

SCENARIOS.append({
    "id": "s22-postop-new-back-lesion-bx-in-flap-global",
    "family": "post-op", "shape": "free-text",
    "description": "Forehead flap post-op check (day 42 of 90) plus tangential bx of a new, unrelated back lesion -> 11102-79",
    "date": "2025-04-22",
    "patient": ("Ellison", "Priya", "1966-08-08", "female"),
    "provider": "okafor", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Dysplastic nevus of trunk, moderate atypia", "D22.5", "Right mid back", reason=True),
    ],
    "prior": [PRIOR("2025-03-11", "14040", "Excision of BCC with rotation flap, left forehead", "Left forehead")],
    "procedures": [
        P("Tangential (shave) biopsy", site="Right mid back",
          note="New 7 mm irregular brown macule, enlarging per husband; shave biopsy to mid-dermis; AlCl3.",
          reasons=["c1"]),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """S: 58F, 6 weeks after rotation flap repair of a BCC on the L forehead (03/11). Forehead feels tight but
fine. Husband noticed a new dark spot on her R mid back that has grown over 2 months.

O: L forehead flap: viable, scar pink and flat, no ectropion of the brow, sensation returning.
R mid back: 7 mm irregular brown-black macule with asymmetric network on dermoscopy - new, not present on
photos from 2024.

A: 1. Status post forehead flap - healing as expected (post-op care).
   2. New changing pigmented lesion R mid back - unrelated to the forehead surgery; needs biopsy.

P: 1. Scar massage, sunscreen; no charge for the post-op check.
   2. Tangential biopsy today (consent, 1% lido w/ epi, DermaBlade to mid-dermis, AlCl3). Path pending.

Adaeze Okafor, MD
""",
    "path": [{"text": "Skin, right mid back, shave biopsy: compound dysplastic nevus with moderate atypia, "
                      "peripheral margin involved.", "site": "Right mid back"}],
    "expected": E([L("11102", 1, "79")], topics=["global-period"], dx={"11102": ["D22.5"]}),
    "coder_note": "GS-5: unrelated procedure (new lesion) during the 90-day global of 14040 -> 79 on the biopsy. The flap "
                  "check is part of the global package.",
})

SCENARIOS.append({
    "id": "s22-postop-wound-infection-treated-in-global",
    "family": "post-op", "shape": "free-text",
    "description": "Superficial incision infection treated 8 days after an excision (010 global); 99213 selected -> 99024 only",
    "date": "2025-09-02",
    "patient": ("Fontaine", "Yvette", "1951-03-12", "female"),
    "provider": "nakamura", "payer": "medicare-advantage", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Infection following a procedure, superficial incisional surgical site", "T81.41XA", "Left flank",
          reason=True),
    ],
    "prior": [PRIOR("2025-08-25", "11403", "Excision of epidermoid cyst, left flank, 2.4 cm excised diameter",
                    "Left flank")],
    "procedures": [
        P("Post-operative wound evaluation with culture", site="Left flank",
          note="Erythema 1 cm around the incision, small purulent drainage from one suture; that suture removed, "
               "wound swabbed for culture; no abscess, no opening of the wound needed.", reasons=["c1"]),
    ],
    "note_title": "Post-op Wound Check",
    "note": """POST-OPERATIVE WOUND CHECK
Original procedure: excision of epidermoid cyst L flank with layered closure, 08/25/2025 (Dr. Nakamura).
Post-op day 8.

Findings: 1 cm rim of erythema and warmth along the inferior half of the incision, small bead of pus at
one suture. No fluctuance, no dehiscence, no lymphangitis, afebrile.
Assessment: superficial incisional surgical-site infection - complication of the 08/25 excision.
Management: the involved suture removed, culture swab sent, cephalexin 500 mg QID x 7 days prescribed,
warm compresses. Remaining sutures stay; return day 12 for removal and recheck.
No other problems were addressed; no return to the procedure room required.

Ren Nakamura, MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/GS-5: treatment of a complication that does not need a return to the procedure room is part of "
                  "the 010 global package of 11403 (not an unrelated problem, so no 24) -> 99024 instead of 99213.",
})

# =============================================================================================================
# REPAIR
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-repair-precoded-outside-mohs-two-defects",
    "family": "repair", "shape": "pre-coded",
    "description": "Reconstruction of two outside-Mohs defects: cheek complex 3.2 cm pre-coded 13131; nasal sidewall 1.0 cm pre-coded complex 13151",
    "date": "2025-11-25",
    "patient": ("Whitcombe", "Eleanor", "1959-12-19", "female"),
    "provider": "lindqvist", "payer": "commercial-uhc", "minutes": 90,
    "conditions": [
        C("c1", "Basal cell carcinoma of left cheek, status post Mohs today", "C44.319", "Left medial cheek", reason=True),
        C("c2", "Squamous cell carcinoma in situ of left nasal sidewall, status post Mohs today", "D04.39",
          "Left nasal sidewall", reason=True),
    ],
    "procedures": [
        P("Complex repair, cheek, 1.1-2.5 cm", "13131", "Left medial cheek", note="Repair length 3.2 cm",
          reasons=["c1"]),
        P("Complex repair, nose, 1.1-2.5 cm", "13151", "Left nasal sidewall", note="Repair length 1.0 cm",
          reasons=["c2"]),
    ],
    "note_title": "Reconstruction Operative Report",
    "note": """RECONSTRUCTION OPERATIVE REPORT
Surgeon: Erik Lindqvist, MD
Referring Mohs surgeon: Dr. P. Amsel (outside practice) - Mohs completed there this morning, margins clear;
we perform the repairs only. No tumor surgery by me today.

Defect 1: L medial cheek, 1.6 x 1.2 cm to deep fat, edges crushed/devitalized from tissue handling.
  - Wound edges debrided (trimmed devitalized margins), extensive undermining in the subcutaneous plane
    beyond the width of the defect, deep 4-0 Monocryl, 5-0 Prolene running. Standing cones removed.
  - Complex repair, final length 3.2 cm.
Defect 2: L nasal sidewall, 0.6 x 0.5 cm, superficial fat.
  - Layered closure: 5-0 Monocryl deep, 6-0 nylon simple. No debridement, no free margin, no cartilage.
  - Final length 1.0 cm.

EBL minimal. Both sites dressed with pressure dressings. Sutures out 7 days (nose), 10 days (cheek).
Erik Lindqvist, MD
""",
    "expected": E([L("13132"), L("12051")], topics=["coding-correction"]),
    "coder_note": "REP-2: complex repair of the cheek 3.2 cm -> 13132 (2.6-7.5), not 13131. A 1.0 cm 'complex' nose "
                  "repair is coded as simple/intermediate; layered closure -> 12051. Different groups, no summing.",
})

SCENARIOS.append({
    "id": "s22-repair-newpt-cheek-bcc-same-day-rotation-flap-57",
    "family": "repair", "shape": "note-only",
    "description": "Medicare new patient: BCC cheek evaluated and same-day excision with rotation flap (8.0 sq cm) -> 99203-57 + 14040",
    "date": "2025-10-02",
    "patient": ("Haverford", "Clement", "1941-05-16", "male"),
    "provider": "chen", "payer": "medicare", "minutes": 110, "em": "99203",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of left cheek", "C44.319", "Left cheek", reason=True),
        C("c2", "Actinic keratoses, forehead", "L57.0", "Forehead"),
    ],
    "note_title": "Consultation and Procedure Note",
    "note": """#1 Nodular BCC, L cheek (outside biopsy 09/12/2025, reviewed) - NEW PATIENT CONSULT
   - 84M referred by PCP. Lesion 1.1 x 0.9 cm, well defined, primary. On apixaban (continued).
   - Options discussed in detail: Mohs (referral, 6-week wait), standard excision with margin check, ED&C,
     radiation. He lives 2 h away and chose excision with reconstruction today, after hearing the
     recurrence rates. Decision for surgery made at this visit.
   - Procedure: 4 mm margins marked, lesion excised to fat (circular defect 1.9 cm diameter, 2.8 sq cm).
     Closed with a rotation flap from the inferior cheek: flap/secondary defect 5.2 sq cm; total 8.0 sq cm.
     Deep 4-0 Monocryl, 5-0 Prolene. Pressure dressing. EBL 15 mL.

#2 AKs x2 forehead - will treat at the suture visit; none treated today.

#3 Anticoagulation - bleeding precautions; no change.

Path sent (margins). Sutures out in 7-10 days.
Wei Chen, MD
""",
    "path": [{"text": "Skin, left cheek, excision: basal cell carcinoma, nodular; margins free.", "site": "Left cheek"}],
    "expected": E([L("99203", 1, "57"), L("14040")], dx={"14040": ["C44.319"]}),
    "coder_note": "FLAP-1/2: cheek rotation flap, 2.8 + 5.2 = 8.0 sq cm -> 14040; the excision is included. FLAP-4/GS-4: "
                  "the E/M that made the decision for a 090 procedure the same day -> 57.",
})

# =============================================================================================================
# SKIN TAGS
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-tags-thirty-eight-inflamed-mue",
    "family": "skin-tags", "shape": "note-only",
    "description": "Medicare FFS: 38 irritated/bleeding skin tags removed -> 11200 + 11201 (3 computed, MUE 1)",
    "date": "2025-06-10",
    "patient": ("Gallagher", "Maureen", "1950-02-08", "female"),
    "provider": "marchetti", "payer": "medicare", "minutes": 40,
    "conditions": [C("c1", "Skin tags (acrochordons), irritated and bleeding", "L91.8", "Neck, axillae, inframammary",
                     reason=True)],
    "note_title": "Dermatology Visit (APSO)",
    "note": """A/P
1) Acrochordons, symptomatic - many catch on her necklace and bra straps; several bled this month and
   several are red and swollen (inflamed) on exam. Removed today by snip excision with iris scissors,
   AlCl3 hemostasis:
      neck 17, R axilla 8, L axilla 7, inframammary 6  -> 38 skin tags in total.
   No specimens sent (clinically classic).
2) Seborrheic keratoses, back - asymptomatic, reassured, nothing done.

S
75F, Medicare Part B, came in because tags bleed onto clothes and itch.
O
Numerous pedunculated skin-colored 1-4 mm papules; 6 with erythema/edema, 2 with hemorrhagic crust.

Portal summary: We removed 38 skin tags from your neck, underarms and under the breasts. Keep the spots
clean and use petroleum jelly for a week. Call us if anything keeps bleeding.

Luca Marchetti, MD
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 covers the first 15; 23 more = ceil(23/10) = 3 units of 11201, but 11201 MUE is 1 -> capped at 1 "
                  "with an mue finding (README). Bleeding/inflammation meets BSL-3, no GY.",
})

SCENARIOS.append({
    "id": "s22-tags-precoded-cosmetic-medicare-voluntary-abn",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Medicare FFS: 12 asymptomatic tags removed for appearance, voluntary notice signed; pre-coded 11200 + 11201",
    "date": "2025-08-21",
    "patient": ("Pendleton", "Rosalind", "1954-07-30", "female"),
    "provider": "pike", "payer": "medicare", "minutes": 20,
    "conditions": [C("c1", "Skin tags, asymptomatic", "L91.8", "Neck and axillae", reason=True),
                   C("c2", "Encounter for cosmetic surgery", "Z41.1")],
    "procedures": [
        P("Removal of skin tags, up to 15", "11200", "Bilateral neck", reasons=["c1"]),
        P("Removal of skin tags, each additional 10", "11201", "Bilateral axillae", reasons=["c1"]),
    ],
    "note_title": "Dermatology Visit (APSO)",
    "note": """ASSESSMENT / PLAN
1. Skin tags x 12 (neck 8, axillae 4) - asymptomatic: no bleeding, irritation, itching, inflammation or
   growth. She wants them off for appearance before her granddaughter's wedding.
   - Explained Medicare does not pay for cosmetic removal. She signed our voluntary notice of
     non-coverage (ABN, for a statutorily excluded service) and chose to proceed.
   - Snip removal of all 12 with sterile scissors; AlCl3. No path.

SUBJECTIVE
70F. "These bother me when I look in the mirror."

OBJECTIVE
12 soft pedunculated 1-3 mm skin-colored papules, no erythema, no crust.

Jordan Pike, MD
""",
    "expected": E([L("11200", 1, "GY", "GX")], topics=["cosmetic", "coding-correction"]),
    "coder_note": "COS-2/COS-4: asymptomatic tags are cosmetic (statutorily excluded) -> GY, plus GX for the voluntary "
                  "notice. 12 tags <= 15 -> 11201 is not reportable.",
})

# =============================================================================================================
# COSMETIC
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-cos-neurotoxin-commercial-plus-painful-warts",
    "family": "cosmetic", "shape": "free-text",
    "description": "Commercial: cosmetic neurotoxin to glabella/crow's feet (self-pay, off the claim) + LN2 of 3 painful finger warts",
    "date": "2025-02-18",
    "patient": ("Lockhart", "Simone", "1980-04-11", "female"),
    "provider": "halvorsen", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Verruca vulgaris, fingers", "B07.8", "Right index and middle fingers", reason=True),
        C("c2", "Dynamic rhytides, glabella and lateral canthi (cosmetic)", None, "Glabella; lateral canthi"),
    ],
    "procedures": [
        P("OnabotulinumtoxinA injection, cosmetic", site="Glabella; bilateral lateral canthi",
          note="20 units glabella, 12 units each crow's feet (44 units). Cosmetic; patient self-pay.",
          reasons=["c2"]),
        P("Cryotherapy of verrucae", site="Right index and middle fingers",
          note="3 common warts, painful with typing, one cracked and bleeding; LN2 2 cycles.", reasons=["c1"]),
    ],
    "note_title": "Lesion and Aesthetic Procedure Record",
    "note": """PROCEDURE RECORD - K. Halvorsen, MD

| Item | Site                         | Indication                              | Treatment                     | Billing    |
|------|------------------------------|-----------------------------------------|-------------------------------|------------|
| A    | Glabella + lateral canthi    | dynamic lines, appearance only          | onabotulinumtoxinA 44 units   | self-pay   |
| B    | R index finger (2 warts)     | painful, one fissured and bleeding      | LN2 x2 cycles                 | insurance  |
| C    | R middle finger (1 wart)     | painful                                 | LN2 x2 cycles                 | insurance  |

A: cosmetic consent signed, pre-photos; reconstituted 100 U/2.5 mL; 5 glabellar points (20 U) and 3 points
per side lateral canthus (12 U each side).
B-C: verrucae pared then frozen. Wound care reviewed.
Follow-up: 2 weeks (cosmetic touch-up), 4 weeks warts.
Kirsten Halvorsen, MD
""",
    "expected": E([L("17110")], topics=["cosmetic"], dx={"17110": ["B07.8"]}),
    "coder_note": "Conventions (non-Medicare cosmetic): the neurotoxin is cosmetic for a commercial payer -> not put on "
                  "the claim (no J0585), cosmetic finding. Three painful warts -> 17110 x1.",
})

SCENARIOS.append({
    "id": "s22-cos-precoded-sk-cryo-medicare-no-symptoms",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Medicare FFS: cryotherapy of 5 asymptomatic SKs for appearance, no ABN; pre-coded 17110 without modifier",
    "date": "2025-01-28",
    "patient": ("Brennan", "Colleen", "1948-10-22", "female"),
    "provider": "okafor", "payer": "medicare", "minutes": 15,
    "conditions": [C("c1", "Seborrheic keratoses, asymptomatic", "L82.1", "Back and abdomen", reason=True)],
    "procedures": [
        P("Destruction of benign lesions, up to 14", "17110", "Back and abdomen", note="5 SKs", reasons=["c1"]),
    ],
    "note_title": "Dermatology Progress Note",
    "note": """S: 76F wants "these brown spots" on her back and belly frozen - she doesn't like how they look in a
swimsuit. They do not itch, bleed, hurt, or catch on clothing; no change in size or color that she has noticed.

O: 5 waxy stuck-on tan papules 4-8 mm (back 3, abdomen 2); no erythema, crust or irritation. Classic on
dermoscopy.

A: Seborrheic keratoses, asymptomatic, benign - removal is cosmetic.

P: Liquid nitrogen 1 cycle to the 5 SKs at her request. Discussed that Medicare does not cover cosmetic
removal. No ABN/notice was signed.

Adaeze Okafor, MD
""",
    "expected": E([L("17110", 1, "GY")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "BSL-2/COS-2: asymptomatic L82.1 destruction is cosmetic; Medicare FFS -> GY (no voluntary notice, so no "
                  "GX).",
})

SCENARIOS.append({
    "id": "s22-cos-medium-depth-facial-peel-medicare",
    "family": "cosmetic", "shape": "free-text",
    "description": "Medicare (payer name only): Jessner + 35% TCA medium-depth facial peel for photoaging -> 15789-GY",
    "date": "2025-04-01",
    "patient": ("Sutherland", "Beverly", "1956-06-06", "female"),
    "provider": "nakamura", "payer": "medicare-noname", "minutes": 60,
    "conditions": [
        C("c1", "Photoaging (chronic sun damage) of face", "L57.8", "Face", reason=True),
        C("c2", "Encounter for cosmetic surgery", "Z41.1"),
    ],
    "procedures": [
        P("Chemical peel, medium depth (Jessner's + TCA 35%)", site="Full face",
          note="Depth to papillary dermis (dermal peel). Cosmetic, for fine rhytides and mottled pigmentation.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """PROCEDURE: Medium-depth chemical peel, full face
Surgeon: Ren Nakamura, MD
Indication: photoaging - fine rhytides and mottled dyschromia. No actinic keratoses present on today's exam
(last AK treatment 2023). Purely aesthetic goal per patient.
Pre-treatment: valacyclovir prophylaxis started yesterday; tretinoin stopped 1 week ago.
Consent: cosmetic consent signed; she understands Medicare does not cover cosmetic procedures. No ABN or
voluntary notice was signed.

Technique: degreased with acetone. Jessner's solution 2 coats to even frosting, then TCA 35% applied by
cosmetic unit until level II-III frost (white with pink background). Depth: papillary dermis = dermal peel.
Cool compresses, petrolatum.
Post-op: vinegar soaks QID, petrolatum, strict sun avoidance; expect peeling days 3-7. Return day 7.

Ren Nakamura, MD
""",
    "expected": E([L("15789", 1, "GY")], topics=["cosmetic"]),
    "coder_note": "Facial dermal (medium-depth) peel -> 15789. COS-2/COS-4: cosmetic indication, Medicare -> GY; no "
                  "voluntary ABN so no GX.",
})

# =============================================================================================================
# MIXED
# =============================================================================================================

SCENARIOS.append({
    "id": "s22-mixed-lesion-table-melanoma-hx-bx-aks-em25",
    "family": "mixed", "shape": "note-only",
    "description": "Melanoma-history FSE + rosacea Rx (99214-25), tangential bx of a new shoulder macule, LN2 of 4 AKs",
    "date": "2025-07-01",
    "patient": ("Thornbury", "Wallace", "1949-01-05", "male"),
    "provider": "halvorsen", "payer": "medicare", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Personal history of malignant melanoma of skin", "Z85.820", reason=True),
        C("c2", "Rosacea, papulopustular", "L71.8", "Cheeks and nose", reason=True),
        C("c3", "Dysplastic nevus, left shoulder", "D22.62", "Left shoulder", reason=True),
        C("c4", "Actinic keratoses", "L57.0", "Scalp and right temple", reason=True),
    ],
    "note_title": "Dermatology Visit - Surveillance and Lesion Record",
    "note": """DERMATOLOGY SURVEILLANCE VISIT - K. Halvorsen, MD
76M, hx melanoma R upper back (0.6 mm, WLE 2019), 6-month full skin exam. Also: "face is red and bumpy" for
2 months.

Full skin exam (scalp to soles) done. No lymphadenopathy. Melanoma scar R upper back clear.

Rosacea, papulopustular, new flare - start ivermectin 1% cream daily and doxycycline 40 mg daily (new Rx);
triggers reviewed. Recheck 8 weeks. Separate from the lesion work below.

| Lesion | Site               | Finding                                 | Action                          |
|--------|--------------------|-----------------------------------------|---------------------------------|
| A      | L shoulder         | new 6 mm asymmetric brown macule        | tangential biopsy (DermaBlade)  |
| B      | Vertex scalp       | AK                                      | LN2                             |
| C      | Vertex scalp       | AK                                      | LN2                             |
| D      | L parietal scalp   | AK                                      | LN2                             |
| E      | R temple           | AK                                      | LN2                             |
| F      | R forearm          | classic SK, asymptomatic                | none                            |

Consent for A-E. A: 1% lido/epi, partial-thickness tangential sample, AlCl3. B-E: 2 cycles each.
Next FSE in 6 months (melanoma surveillance).
Kirsten Halvorsen, MD
""",
    "path": [{"text": "Skin, left shoulder, shave biopsy: junctional dysplastic nevus with mild atypia.",
              "site": "Left shoulder"}],
    "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 3)]),
    "coder_note": "Melanoma surveillance FSE + new rosacea Rx = separately identifiable -> 99214-25. 4 AKs -> 17000 + "
                  "17003 x3. 11102/17000 is indicator 1 (biopsy column 1) -> XS on 17000; 11102/17003 has no edit -> "
                  "17003 unmodified.",
})

SCENARIOS.append({
    "id": "s22-mixed-sample-curette-bcc-back-plus-thigh-punch",
    "family": "mixed", "shape": "free-text",
    "description": "Shave sample + curettage of suspected BCC (final defect 1.4 cm, path BCC) and punch bx of a thigh plaque",
    "date": "2025-05-08",
    "patient": ("Ridley", "Franklin", "1962-09-19", "male"),
    "provider": "nakamura", "payer": "commercial", "minutes": 35,
    "conditions": [
        C("c1", "Basal cell carcinoma, superficial and nodular, left upper back", "C44.519", "Left upper back",
          reason=True),
        C("c2", "Granuloma annulare", "L92.0", "Left anterior thigh", reason=True),
    ],
    "procedures": [
        P("Shave sample then curettage and electrodesiccation x3", site="Left upper back",
          note="1.0 cm pearly papule; tangential sample sent, then base curetted and desiccated 3 cycles; "
               "final defect 1.4 cm.", reasons=["c1"]),
        P("Punch biopsy 4 mm", site="Left anterior thigh",
          note="Annular plaque, edge sampled; 1 suture.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """PROCEDURES - Ren Nakamura, MD

1) L upper back: 1.0 cm pearly telangiectatic papule, clinically BCC. Plan discussed: sample first, then
   curettage in the same sitting; if path is benign, the curettage will not be billed as a cancer treatment.
   Technique: tangential (shave) sample to path; base then curetted and electrodesiccated, 3 cycles.
   Final defect diameter 1.4 cm. Petrolatum dressing.
2) L anterior thigh: 3 cm annular skin-colored plaque x 4 months, no scale, KOH negative in clinic.
   Ddx granuloma annulare vs interstitial granulomatous dermatitis. 4 mm punch biopsy from the active edge,
   one 4-0 nylon suture.

Separate lesions, different sites. Path to follow; sutures out in 10 days.

Path 05/12: (1) BCC, superficial and nodular types. (2) Granuloma annulare.
Ren Nakamura, MD
""",
    "path": [
        {"text": "1. Skin, left upper back, shave: basal cell carcinoma, superficial and nodular types, extending "
                 "to base.", "site": "Left upper back"},
        {"text": "2. Skin, left anterior thigh, punch: granuloma annulare.", "site": "Left anterior thigh"},
    ],
    "expected": E([L("17262"), L("11104", 1, "XS")], dx={"17262": ["C44.519"], "11104": ["L92.0"]}),
    "coder_note": "BX-6: sample-then-curette with malignant path -> destruction only, sized by the final defect: TAL 1.4 "
                  "cm -> 17262 (no 11102). The thigh punch is a separate lesion; 17262/11104 is indicator 1 -> 11104-XS.",
})

SCENARIOS.append({
    "id": "s22-mixed-precoded-peds-warts-molluscum-ad-flare",
    "family": "mixed", "shape": "pre-coded",
    "description": "Medicaid MCO 9-year-old: warts (5) and molluscum (6) pre-coded as two 17110 lines; AD flare managed (99213-25)",
    "date": "2025-10-16",
    "patient": ("Dubois", "Noah", "2015-12-12", "male"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Atopic dermatitis, flare", "L20.9", "Antecubital and popliteal fossae", reason=True),
        C("c2", "Verruca vulgaris, hands", "B07.8", "Bilateral hands", reason=True),
        C("c3", "Molluscum contagiosum", "B08.1", "Left antecubital fossa", reason=True),
    ],
    "procedures": [
        P("Destruction of benign lesions (warts), cryotherapy", "17110", "Bilateral hands", note="5 verrucae",
          reasons=["c2"]),
        P("Destruction of benign lesions (molluscum), curettage", "17110", "Left antecubital fossa",
          note="6 molluscum", reasons=["c3"]),
    ],
    "note_title": "Pediatric Dermatology Follow-up",
    "note": """S: Noah, 9, eczema much worse for 3 weeks (new wool school uniform), scratching at night, waking 2-3x.
Also warts on his hands (5) and molluscum in the L elbow crease (6) that are spreading with scratching.

O: Eczematous, excoriated plaques both antecubital and popliteal fossae, ~12% BSA, no crusting or pustules.
Hands: 5 verrucae (R thumb 2, R index 1, L index 2). L antecubital: 6 umbilicated papules within eczema.

A: 1. Atopic dermatitis, moderate flare.
   2. Common warts x5, hands.
   3. Molluscum x6, L antecubital, irritated by eczema.

P: 1. Triamcinolone 0.1% ointment BID x 2 wk to body (new Rx), hydrocortisone 2.5% for face, bleach baths
      2x/week, cetirizine at night. Uniform cotton layer. Separate from the procedures.
   2. LN2 to 5 warts, 2 cycles.
   3. Curettage of 6 molluscum after topical numbing.
   Recheck 4 weeks.

FOR NOAH'S FAMILY (plain language)
Noah's eczema is flaring. Use the new steroid ointment twice a day for two weeks and give bleach baths twice
a week as shown. We froze 5 warts and scraped off 6 water warts today - small blisters or scabs are normal.

Folake Adeyemi, MD
""",
    "expected": E([L("99213", 1, "25"), L("17110")], topics=["coding-correction"]),
    "coder_note": "DS-2: warts and molluscum are both benign destructions counted together per session: 11 lesions -> "
                  "17110 x1. AD flare with new Rx is separately identifiable -> 99213-25.",
})
