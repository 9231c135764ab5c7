"""Sealed set 24 (s24-): coding-manager sample from a dermatopathology-affiliated practice.

Granite Peak Dermatology & Dermatopathology: general/medical dermatology (castellanos, weiss, okonkwo, abernathy,
santos, nakamura), Mohs & dermatologic surgery (marchetti, lindgren). Tissue is read by the practice's own
dermatopathology laboratory (GPD Lab, H. Voss MD / R. Ibekwe MD); the lab bills its professional and technical
pathology on its own claims, so no 88xxx line appears on these clinic claims except frozen sections read by the
Mohs surgeon. Many charts are coded after the final pathology posts (as an Observation or a note addendum).
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and the corpus README
"Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

# ---------------------------------------------------------------------------------------------------------------
# Batch 1
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s24-bx-punch-two-saucerize-path-addendum",
    "family": "biopsy", "shape": "note-only",
    "description": "Punch bx back + tangential bx forearm and preauricular cheek; path addendum in the note; Medicare NGS",
    "date": "2025-11-04",
    "patient": ("Thorvaldsen", "Ingrid", "1954-02-17", "female"),
    "provider": "castellanos", "payer": "medicare-ngs", "minutes": 35,
    "conditions": [
        C("c1", "Dysplastic compound nevus, moderate atypia, left upper back", "D22.5", "Left upper back", reason=True),
        C("c2", "Squamous cell carcinoma in situ, right dorsal forearm", "D04.61", "Right dorsal forearm", reason=True),
        C("c3", "Basal cell carcinoma, nodular, left preauricular cheek", "C44.319", "Left preauricular cheek",
          reason=True),
        C("c4", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": """GRANITE PEAK DERMATOLOGY & DERMATOPATHOLOGY
Procedure note - Ines Castellanos, MD

S: 71 yo F, established, here for lesions she flagged at her last full exam in the spring. H/o BCC R nasal ala
treated with Mohs 2021, no recurrence. Husband noticed a "darker mole" on her back. Forearm spot scaly x 4 mo,
cheek spot "won't heal" and bleeds with washing.
Meds: amlodipine, vitamin D. Allergies: adhesive tape (blisters).

O: Focused exam of back, arms and face.
 A. L upper back (infrascapular): 7 x 5 mm irregularly pigmented macule, two-tone brown, ugly duckling.
 B. R dorsal forearm: 5 mm pink scaly thin papule on sun-damaged skin.
 C. L preauricular cheek: 6 mm pearly crusted papule with rolled edge.
 Rest of the examined skin: scattered solar lentigines, no other lesions of concern.

PROCEDURES (consent signed, time-out done, 1% lido w/ epi):
 A. 4 mm punch biopsy, closed with two 4-0 nylon simple sutures.
 B. Tangential (saucerization) biopsy with flexible blade, AlCl3 for hemostasis.
 C. Tangential (saucerization) biopsy with flexible blade, AlCl3 for hemostasis.
 Three specimens, three separate jars, to GPD Lab. EBL minimal. Vaseline + bandage.

A/P:
 - Three lesions sampled as above; all for histology.
 - If A shows severe atypia we would re-excise; will decide when the report is back.
 - B and C: likely will need treatment once path confirms; options (ED&C, excision, Mohs for the face)
   discussed in general terms only, nothing scheduled.
 - Suture removal in 14 days (nurse visit).

PATH ADDENDUM (GPD Lab, 11/07/2025, H. Voss MD):
 A. Skin, left upper back, punch: compound dysplastic nevus with moderate cytologic atypia, peripheral
    margin involved.
 B. Skin, right forearm, shave: squamous cell carcinoma in situ (Bowen type), base involved.
 C. Skin, left preauricular, shave: basal cell carcinoma, nodular type, transected.
Called pt 11/07: A - moderate atypia, will observe the site, no re-excision. B/C - schedule treatment visit.
""",
    "expected": E([L("11104"), L("11103", 2)], dx={"11104": ["D22.5"]}),
    "coder_note": "BX-2: one punch + two tangential biopsies -> 11104 + 11103 x2. Re-excision and treatment of B/C "
                  "are hypothetical/future only. Diagnoses from the path addendum (DX-2). No E/M selected.",
})

SCENARIOS.append({
    "id": "s24-bx-wedge-shin-punch-thigh-precoded-two-primaries",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Incisional wedge bx shin nodule + punch bx thigh purpura sent as 11106 + 11104; correct to 11106 + 11105",
    "date": "2025-11-10",
    "patient": ("Baptiste-Lowe", "Corinne", "1986-09-03", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 40,
    "conditions": [
        C("c1", "Erythema nodosum", "L52", "Left anterior shin", reason=True),
        C("c2", "Cutaneous small-vessel vasculitis", "L95.8", "Right anterior thigh", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy, deep wedge to fat", cpt="11106", site="Left anterior shin",
          note="Fusiform wedge 1.6 cm x 0.5 cm taken with #15 blade down to subcutaneous fat through a tender "
               "erythematous nodule; closed in a single layer with simple interrupted 4-0 nylon.",
          reasons=["c1"]),
        P("Punch biopsy 4 mm", cpt="11104", site="Right anterior thigh",
          note="4 mm punch of a palpable purpuric papule. One simple suture.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin and subcutis, left shin, incisional: septal panniculitis without vasculitis, consistent "
                 "with erythema nodosum. B. Skin, right thigh, punch: leukocytoclastic vasculitis of superficial "
                 "dermal small vessels.", "date": "2025-11-13", "site": "Left shin; right thigh"},
    ],
    "note_title": "Procedure Note",
    "note": """GPDD - Dr. S. Weiss
39F, tender red nodules both shins x 3 wk + new purpuric papules R thigh x 5 d. Recent strep pharyngitis?
No new meds. No joint pain. OCP x 6 yr.
Exam: several 1-3 cm warm tender subQ nodules bilat shins; cluster of palpable purpura R ant thigh.
Two different processes possible -> two biopsies, two sites:
  1) L ant shin nodule: deep incisional wedge w/ scalpel incl. subcutaneous fat (punch not deep enough for
     septal vs lobular panniculitis). Simple closure 4-0 nylon.
  2) R ant thigh purpuric papule: 4 mm punch. 1 suture.
Both to GPD Lab, H&E. DIF not sent today (pt declined a third biopsy).
Labs ordered by PCP (ASO, CBC, UA) - results to be faxed. Leg elevation, NSAID prn.
RTC 10-14 d sutures out + path review.
""",
    "expected": E([L("11106"), L("11105")], topics=["coding-correction"]),
    "coder_note": "BX-2: incisional outranks punch; the punch takes its own add-on 11105. 11106/11104 is PTP "
                  "indicator 0, so 11104 as a second primary cannot stand.",
})

SCENARIOS.append({
    "id": "s24-bx-renal-transplant-eight-shaves-mue",
    "family": "biopsy", "shape": "free-text",
    "description": "Kidney-transplant patient, eight tangential biopsies at eight sites; 11103 capped at MUE 6",
    "date": "2025-11-18",
    "patient": ("Okoro", "Benedict", "1958-12-30", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of scalp", "C44.42", "Scalp", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Multiple sites", reason=True),
        C("c3", "Squamous cell carcinoma in situ, right upper limb", "D04.61", "Right forearm", reason=True),
        C("c4", "Kidney transplant status", "Z94.0", history=True),
    ],
    "procedures": [
        P("Shave biopsy", site="Vertex scalp", note="Lesion 1: 9 mm hyperkeratotic nodule.", reasons=["c1"]),
        P("Shave biopsy", site="Left temple", note="Lesion 2: 6 mm scaly papule.", reasons=["c2"]),
        P("Shave biopsy", site="Right dorsal forearm", note="Lesion 3: 8 mm crusted plaque.", reasons=["c3"]),
        P("Shave biopsy", site="Left dorsal hand", note="Lesion 4: 5 mm keratotic papule.", reasons=["c2"]),
        P("Shave biopsy", site="Right dorsal hand", note="Lesion 5: 7 mm tender papule.", reasons=["c2"]),
        P("Shave biopsy", site="Left posterior neck", note="Lesion 6: 4 mm scaly papule.",
          reasons=["c2"]),
        P("Shave biopsy", site="Upper back", note="Lesion 7: 6 mm pink papule.", reasons=["c2"]),
        P("Shave biopsy", site="Left shin", note="Lesion 8: 1.0 cm scaly plaque.", reasons=["c2"]),
    ],
    "path": [
        {"text": "1 scalp: invasive SCC, well differentiated. 2 L temple: AK. 3 R forearm: SCC in situ. "
                 "4 L hand: hypertrophic AK. 5 R hand: verruca vulgaris with HPV change. 6 L posterior neck: AK. "
                 "7 upper back: superficial BCC. 8 L shin: SCC in situ.", "date": "2025-11-21"},
    ],
    "note_title": "Transplant Skin Surveillance - Procedure",
    "note": """Granite Peak Derm - High-Risk Transplant Skin Clinic
Chidi Okonkwo, MD

67M, deceased-donor renal tx 2014, on tacrolimus + mycophenolate + prednisone 5. Hx of >20 NMSC.
Today: 3-month surveillance. Eight lesions clinically suspicious for keratinocyte carcinoma vs AK vs wart;
in transplant patients we sample rather than freeze because clinical diagnosis is unreliable.

Tangential (shave) biopsies x 8 - sites and sizes listed on the procedure entries (lesions 1 through 8),
each in its own labeled container to GPD Lab. 1% lidocaine w/ epi, Drysol hemostasis, petrolatum.
No cryotherapy today (will treat residual AKs after path). No suture closure needed.

Also reviewed: tacrolimus trough from transplant team (in range). Discussed acitretin chemoprevention -
he wants to think about it; will revisit with nephrology. Nothing prescribed today.

Plan: call with path; treatment visit to follow.
""",
    "expected": E([L("11102"), L("11103", 6)], topics=["mue"]),
    "coder_note": "Eight tangential biopsies = 11102 + 11103 x7; 11103 MUE is 6 (MAI 3) and the conventions cap at the "
                  "MUE with an mue finding. Chemoprevention only discussed, no E/M selected.",
})

SCENARIOS.append({
    "id": "s24-bx-psoriasis-apremilast-plus-calf-punch-25",
    "family": "biopsy", "shape": "free-text",
    "description": "Psoriasis flare with systemic Rx change (99214-25) + punch bx of a new calf pigmented lesion (MIS on path)",
    "date": "2025-12-02",
    "patient": ("Fairweather", "Delano", "1957-05-21", "male"),
    "provider": "abernathy", "payer": "medicare-advantage", "minutes": 38, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, flare", "L40.0", "Trunk and extremities", reason=True),
        C("c2", "Melanoma in situ, right lower limb", "D03.71", "Right posterior calf", reason=True),
    ],
    "procedures": [
        P("Punch bx 4 mm", site="Right posterior calf",
          note="8 mm asymmetric brown-black macule, new in the last year per wife. 4 mm punch, 1 suture 4-0 nylon.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, right posterior calf, punch: melanoma in situ, lentiginous type; lateral margins involved.",
         "date": "2025-12-05", "site": "Right posterior calf"},
    ],
    "note": """Granite Peak Dermatology - June Abernathy, MD
Established pt, 68M, plaque psoriasis since 30s.
* Interval: flared over the last 2 months after stopping methotrexate (GI upset). Now ~8% BSA - elbows,
  knees, lower back, scalp. Itching disturbs sleep. Clobetasol not controlling.
* Exam: well-demarcated erythematous plaques w/ silvery scale as above; nails with pitting; no joint swelling.
  Separately: R posterior calf 8 mm asymmetric variegated macule, wife says new.
* Psoriasis: discussed options (NB-UVB 3x/wk not feasible - drives 1 h; biologic vs apremilast). Starting
  apremilast with 5-day titration pack; counseled on GI effects, depression/mood screen negative, weight
  check. Continue clobetasol to plaques BID x 2 wk then weekends only. Recheck 8 wk.
* Calf lesion: biopsy today (see procedure) - pigmented lesion of uncertain nature.
Assessment: psoriasis flare requiring change of systemic therapy; new pigmented lesion R calf.
Level: moderate MDM (chronic illness with exacerbation, prescription drug management).
""",
    "expected": E([L("99214", 1, "25"), L("11104")], dx={"11104": ["D03.71"], "99214": ["L40.0"]}),
    "coder_note": "GS-3: psoriasis flare with a new systemic prescription is significant and separately identifiable "
                  "from the biopsy decision -> 99214-25. Path posted: melanoma in situ (D03.71).",
})

SCENARIOS.append({
    "id": "s24-bx-saucerize-curette-path-benign-lk",
    "family": "biopsy", "shape": "note-only",
    "description": "Suspected BCC sampled by saucerization then curetted; path benign (inflamed SK) -> biopsy only",
    "date": "2025-12-09",
    "patient": ("Lindahl", "Marguerite", "1949-07-08", "female"),
    "provider": "santos", "payer": "commercial-cigna", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left forearm", "L82.0", "Left dorsal forearm", reason=True),
    ],
    "note_title": "Office Procedure",
    "note": """Granite Peak Dermatology & Dermatopathology
Rafael Santos, MD

CC: pink scaly spot L forearm x 6 months, intermittently bleeds.
Exam: L dorsal forearm 9 mm pink, slightly shiny scaly papule with a few arborizing-appearing vessels on
dermoscopy. Clinical impression: superficial BCC vs irritated SK vs LPLK.

Procedure: after consent, 1% lidocaine with epi. Tangential (saucerization) biopsy obtained with DermaBlade
and sent to GPD Lab. Because the suspicion for BCC was high, the base was then curetted three times with a
3 mm curette and electrodesiccated between passes. Final curetted defect measured 1.2 cm. Petrolatum and
bandage. Wound care reviewed.
Plan: hold the claim for pathology - if carcinoma, this was the treatment; if benign, nothing further.

Path (GPD Lab, R. Ibekwe MD, 12/12/2025): Skin, L forearm, shave - irritated (inflamed) seborrheic keratosis
with squamous eddies. No atypia. No carcinoma identified.
Pt notified by portal 12/12 - benign, no further treatment needed.
""",
    "expected": E([L("11102")], dx={"11102": ["L82.0"]}),
    "coder_note": "BX-6 (AAD sample-then-curette): wait for pathology; benign -> report the biopsy only, not a "
                  "destruction code. Diagnosis from the path (L82.0).",
})

SCENARIOS.append({
    "id": "s24-mohs-chin-sameday-punch-frozen-rotation-flap",
    "family": "mohs", "shape": "note-only",
    "description": "Never-biopsied chin lesion: punch + frozen section read as infiltrative BCC, Mohs 2 stages, rotation flap 7.3 sq cm",
    "date": "2025-12-11",
    "patient": ("Kowalczyk", "Teodor", "1946-04-25", "male"),
    "provider": "marchetti", "payer": "medicare", "minutes": 200,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, chin", "C44.319", "Left chin", reason=True),
    ],
    "note_title": "Mohs Micrographic Surgery Report",
    "note": """GRANITE PEAK DERMATOLOGY & DERMATOPATHOLOGY - MOHS SURGERY UNIT
Surgeon and pathologist of record for Mohs sections: Luca Marchetti, MD

Patient: Teodor Kowalczyk, 79 M          Date: 12/11/2025
Referral: PCP note "firm scar-like spot on chin, r/o skin cancer". NO biopsy has been performed anywhere
(confirmed with PCP office and our lab - no prior accession for this patient).

Pre-op: 1.1 x 0.9 cm indurated, ill-defined, shiny white plaque L chin. Patient lives 3 hours away and asked
that, if cancer is confirmed today, we treat today. Plan agreed: diagnostic biopsy with frozen section; Mohs
only if the frozen section shows carcinoma.

DIAGNOSTIC BIOPSY: 3 mm punch biopsy from the center of the plaque. Processed immediately as a frozen
section (one block, H&E) in our Mohs lab and interpreted by me: infiltrative basal cell carcinoma. The
decision to proceed with Mohs was made on this result.

MOHS MICROGRAPHIC SURGERY, L chin (head/neck; AUC area H):
| Stage | Tissue blocks | Result                                   |
| I     | 4             | infiltrative BCC at 5-7 o'clock periphery |
| II    | 3             | clear                                    |
Final defect: 1.7 x 1.4 cm to the depth of the mentalis fascia.

RECONSTRUCTION: Primary closure would distort the lower lip. Rotation flap from the L submental / lateral chin
skin designed. Primary defect 2.1 sq cm + secondary defect 5.2 sq cm = 7.3 sq cm. Flap undermined in the
subcutaneous plane, rotated and inset with 5-0 Monocryl deep and 6-0 nylon superficial.
No complications. EBL < 10 mL.

Anesthesia: 1% lidocaine with epinephrine 12 mL total. Pressure dressing.
Post-op: written instructions, acetaminophen; no aspirin x 48 h (not on anticoagulants).
Follow-up: suture removal 1 week, then 3 months.
Not sent to outside pathology: all tissue (biopsy and Mohs layers) processed on site.
""",
    "expected": E([L("11104", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312"), L("14040")]),
    "coder_note": "MOHS-5(a)/BX-5: diagnostic punch + frozen section of a never-biopsied lesion decided on Mohs "
                  "-> 11104-59 and 88331-59 (same lesion, not XS). Head, 2 stages of 4 and 3 blocks -> 17311 + 17312. "
                  "Chin rotation flap 2.1 + 5.2 = 7.3 sq cm -> 14040 (FLAP-1/FLAP-3).",
})

SCENARIOS.append({
    "id": "s24-mohs-scalp-scc-sent-as-trunk-seven-blocks",
    "family": "mohs", "shape": "pre-coded",
    "description": "Scalp SCC Mohs sent as 17313/17314; 3 stages, first stage 7 blocks; layered closure 4.6 cm",
    "date": "2025-12-16",
    "patient": ("Abernethy-Ross", "Malcolm", "1941-10-13", "male"),
    "provider": "marchetti", "payer": "medicare-ngs", "minutes": 210,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well-differentiated, vertex scalp", "C44.42", "Vertex scalp", reason=True),
    ],
    "procedures": [
        P("Mohs surgery, first stage", cpt="17313", site="Scalp - vertex", reasons=["c1"]),
        P("Mohs surgery, each additional stage", cpt="17314", site="Scalp - vertex", reasons=["c1"]),
        P("Mohs surgery, each additional stage", cpt="17314", site="Scalp - vertex", reasons=["c1"]),
        P("Repair, intermediate, layered", cpt="12032", site="Scalp - vertex",
          note="Layered closure, 4.6 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Operative Note",
    "note": """MOHS OPERATIVE NOTE - L. Marchetti, MD (surgeon & pathologist)
Dx: SCC, well-differentiated, vertex scalp; bx 11/20/2025 GPD Lab S25-40917 (invasive SCC, deep margin +).
84M, bald, long outdoor work history. Warfarin held? No - INR 2.3, operated through.

Pre-op lesion 2.3 x 2.0 cm keratotic nodule.
Stage 1: debulk + first layer; because of the size the layer was divided into SEVEN tissue blocks
(mapped 1-7). SCC at the deep margin of blocks 3 and 4.
Stage 2: deep layer under blocks 3-4, divided into 3 blocks. Focal residual at block 2 of this stage.
Stage 3: single deep/peripheral excision, 2 blocks. Clear.
Tumor-free plane reached in 3 stages.
Final defect 3.1 x 2.6 cm down to galea (galea intact).

Repair: wide undermining in the subgaleal plane, galea scored, closed in layers - 3-0 Vicryl deep, staples
superficially. Final linear repair length 4.6 cm. Heavily undermined but no debridement of edges, no
exposure of bone - layered (intermediate) closure.

Scalp = head and neck; coded by EMA as trunk/extremity Mohs - please correct.
Return 10 days for staple removal.
""",
    "expected": E([L("17311"), L("17312", 2), L("17315", 2), L("12032")], topics=["coding-correction"]),
    "coder_note": "MOHS-2: scalp is a 17311 site (not 17313). 3 stages -> 17311 + 17312 x2; stage 1 had 7 blocks -> "
                  "17315 x2 (blocks beyond 5). Layered scalp closure 4.6 cm -> 12032 (REP-2); undermining alone is not "
                  "complex (REP-3).",
})

SCENARIOS.append({
    "id": "s24-mohs-forearm-transplant-scc-plus-cheek-shave-bx",
    "family": "mohs", "shape": "free-text",
    "description": "Heart-transplant pt: Mohs L forearm recurrent SCC 2 stages + layered repair; tangential bx R cheek new lesion",
    "date": "2026-01-08",
    "patient": ("Vasquez-Hale", "Renata", "1962-03-14", "female"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 180,
    "conditions": [
        C("c1", "Recurrent squamous cell carcinoma, infiltrative, left dorsal forearm", "C44.629",
          "Left dorsal forearm", reason=True),
        C("c2", "Actinic keratosis, right cheek", "L57.0", "Right cheek", reason=True),
        C("c3", "Heart transplant status", "Z94.1", history=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery - stage 1", site="Left dorsal forearm",
          note="3 tissue blocks. Infiltrative SCC at 11-1 o'clock.", reasons=["c1"]),
        P("Mohs micrographic surgery - stage 2", site="Left dorsal forearm",
          note="2 tissue blocks. Clear.", reasons=["c1"]),
        P("Layered closure of Mohs defect", site="Left dorsal forearm",
          note="Defect 2.0 x 1.6 cm; undermined, deep 4-0 Monocryl + 5-0 nylon running. Repair length 5.0 cm.",
          reasons=["c1"]),
        P("Tangential biopsy", site="Right cheek",
          note="New 5 mm scaly pink papule noticed by patient; shave biopsy, separate lesion from the Mohs site.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, right cheek, shave biopsy: hypertrophic actinic keratosis; no invasive carcinoma.",
         "date": "2026-01-12", "site": "Right cheek"},
    ],
    "note_title": "Mohs Surgery",
    "note": """Astrid Lindgren, MD - Mohs & Dermatologic Surgery, Granite Peak
61F, orthotopic heart tx 2016 (tacrolimus, MMF). SCC L dorsal forearm excised elsewhere 2024, now recurrent in
the scar (bx 12/2025 GPD Lab: infiltrative SCC).
Mohs appropriate: recurrent, aggressive histology, immunosuppressed (area L, but meets AUC).
Anticoagulation: none. Allergies: sulfa (rash). Pre-op vitals stable.
Consent signed after discussion of risks, incl. infection risk with immunosuppression; time-out done.

Mohs: 2 stages (3 blocks, then 2 blocks), clear. Mohs sections read by me.
Defect 2.0 x 1.6 cm -> layered closure 5.0 cm (details in procedure entries).

While in the chair she pointed out a new scaly papule on the R cheek - different lesion, different site:
tangential biopsy sent to GPD Lab (permanent sections; not a frozen section, not part of the Mohs case).

No other procedures. Wound care reviewed; keep dry 24 h, then daily petrolatum.
Transplant team to be updated with the operative note.
RTC 2 wk for wound check and cheek path review.
""",
    "expected": E([L("17313"), L("17314"), L("12032", 1, "XS"), L("11102", 1, "XS")], dx={"11102": ["L57.0"]}),
    "coder_note": "Trunk/arm Mohs 2 stages -> 17313 + 17314; layered arm repair 5.0 cm -> 12032. The cheek biopsy is a "
                  "separate lesion: 17313/11102 is indicator 1 -> 11102-XS; 11102/12032 is also indicator 1 (biopsy is "
                  "column 1) and the repair is of the distinct forearm wound -> 12032-XS.",
})

SCENARIOS.append({
    "id": "s24-mohs-right-helix-rim-complex-em-consent-only",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R helix BCC 1 stage + complex repair of helical rim 2.2 cm; E/M 99213 selected for consent only -> removed",
    "date": "2026-01-13",
    "patient": ("Greenhalgh", "Winifred", "1944-08-29", "female"),
    "provider": "marchetti", "payer": "medicare-advantage", "minutes": 120, "em": "99213",
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right helix", "C44.212", "Right helical rim", reason=True),
    ],
    "note_title": "Mohs Surgery Note",
    "note": """Granite Peak Mohs Surgery - Luca Marchetti, MD

81F with biopsy-proven nodular BCC of the R helical rim (GPD Lab S25-43388, 12/15/2025). Seen in consult
last month; today is surgery day. Pre-op today: reviewed the procedure, alternatives (excision, radiation),
and risks again; consent signed. No new complaints. No other skin concerns raised or examined.

MOHS, right helix (ear = head/neck site):
  Stage I - 3 tissue blocks - margins clear after one stage.
  Defect 1.2 x 1.0 cm involving the helical rim with exposed cartilage perichondrium.

REPAIR: Complex repair. The defect involves the free margin of the helical rim. Rim realigned, wedge of
cartilage trimmed to avoid notching, edges freshened, layered closure 5-0 Vicryl / 6-0 fast gut along the
rim. Final length 2.2 cm.

Dressing, instructions. Return 1 week.
Office visit charge (99213) dropped in by the front desk for the pre-op discussion - please review.
""",
    "expected": E([L("17311"), L("13151")]),
    "coder_note": "One head/neck stage, 3 blocks -> 17311 only. Complex repair involving the helical rim free margin, "
                  "2.2 cm, ear -> 13151 (REP-2/REP-3; MOHS-7). The E/M was only the pre-op consent for a scheduled Mohs "
                  "-> removed (GS-3).",
})

SCENARIOS.append({
    "id": "s24-exm-upper-back-bcc-after-bx-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision of biopsy-proven BCC L upper back, 1.4 cm lesion + 4 mm margins = 2.2 cm; layered closure 4.8 cm",
    "date": "2025-11-12",
    "patient": ("Haverford", "Nolan", "1969-01-19", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 60,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left upper back", "C44.519", "Left upper back", reason=True),
    ],
    "prior": [
        PRIOR("2025-10-20", "11102", "Tangential biopsy", "Left upper back",
              "Shave bx 1.0 cm pink papule; GPD Lab: nodular BCC, base involved."),
    ],
    "path": [
        {"text": "Skin, left upper back, excision: residual basal cell carcinoma, nodular; all margins free, closest "
                 "peripheral margin 3 mm.", "date": "2025-11-15", "site": "Left upper back"},
    ],
    "note_title": "Excision Note",
    "note": """GPDD - Excision - Samuel Weiss, MD
Indication: nodular BCC L upper back, bx 10/20/25 (GPD Lab S25-38210). 56M, commercial plan.
Site marked and confirmed with patient.
Measurements (before incision): clinical lesion incl. biopsy scar 1.4 x 1.1 cm. Margins 4 mm all around.
Excision: elliptical excision with 4 mm margins, long axis along relaxed skin tension lines. Fusiform
specimen 4.4 x 1.6 cm, tagged at 12 o'clock, to GPD Lab.
Repair: undermined both sides; 3-0 Vicryl buried dermal sutures, 4-0 Prolene running subcuticular.
Layered closure length 4.8 cm.
EBL minimal. Tolerated well.
Plan: sutures out 14 d. Path will be called.
""",
    "expected": E([L("11603"), L("12032")], dx={"11603": ["C44.519"]}),
    "coder_note": "EX-1: 1.4 + 2 x 0.4 = 2.2 cm -> trunk 2.1-3.0 -> 11603 (not the 4.4 cm specimen length). Layered "
                  "trunk closure 4.8 cm -> 12032 (EX-5). Prior biopsy is 000-global, no modifier.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s24-exm-forearm-scc-reexcision-in-global-sent-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision for positive margin of R forearm SCC 8 days after excision, sent as 11403 + 12032; path of re-excision negative",
    "date": "2025-12-09",
    "patient": ("Quenneville", "Armand", "1948-06-06", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 55,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right dorsal forearm, margin positive on prior excision", "C44.622",
          "Right dorsal forearm", reason=True),
    ],
    "prior": [
        PRIOR("2025-12-01", "11602", "Excision malignant lesion", "Right dorsal forearm",
              "SCC 0.9 cm + 4 mm margins (1.7 cm), simple closure. Path: invasive SCC, radial margin involved."),
    ],
    "procedures": [
        P("Re-excision of scar", cpt="11403", site="Right dorsal forearm",
          note="Scar 1.9 cm, 5 mm margins.", reasons=["c1"]),
        P("Layered closure", cpt="12032", site="Right dorsal forearm", note="5.2 cm", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right forearm, re-excision: dermal scar with foreign-body reaction; no residual squamous cell "
                 "carcinoma identified. Margins free.", "date": "2025-12-12", "site": "Right dorsal forearm"},
    ],
    "note_title": "Re-excision Note",
    "note": """Samuel Weiss, MD - Granite Peak Dermatology
77M, s/p excision of invasive SCC R dorsal forearm on 12/01/2025; GPD Lab reported the radial margin involved.
Returns for planned re-excision (discussed at the time of the path call). Sutures from 12/01 were removed today
as part of this procedure.

Re-excision: healing scar 1.9 cm long. 5 mm margins drawn around the entire scar. Excised to fat, specimen
oriented and sent to GPD Lab. Undermined; closed in two layers (4-0 Vicryl deep, 4-0 nylon).
Repair length 5.2 cm.

Addendum 12/12: re-excision negative - scar only. Pt informed; routine follow-up 3 months.
Billing: front desk entered benign excision because the specimen was negative - coding to review.
""",
    "expected": E([L("11603", 1, "58"), L("12032", 1, "58")], topics=["coding-correction", "global-period"],
                  dx={"11603": ["C44.622"]}),
    "coder_note": "EX-4: re-excision of a malignancy for margins stays malignant even when the specimen is negative; "
                  "1.9 + 2 x 0.5 = 2.9 cm arm -> 11603. Inside the 10-day global of the 12/01 excision, staged/related "
                  "-> 58 on both lines (GS-5).",
})

SCENARIOS.append({
    "id": "s24-exm-mis-left-shoulder-wle",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Wide local excision of melanoma in situ L posterior shoulder: 0.8 cm + 5 mm margins = 1.8 cm; layered 6.0 cm",
    "date": "2026-01-06",
    "patient": ("Sundqvist", "Elin", "1961-11-11", "female"),
    "provider": "lindgren", "payer": "medicare-advantage", "minutes": 70,
    "conditions": [
        C("c1", "Melanoma in situ, left posterior shoulder", "D03.62", "Left posterior shoulder", reason=True),
    ],
    "procedures": [
        P("Wide local excision - melanoma in situ", site="Left posterior shoulder",
          note="Biopsy site with residual pigment measures 0.8 x 0.6 cm. 5 mm peripheral margins marked with "
               "Wood's lamp assist; excised to fat as an ellipse, stitch at 12 o'clock.", reasons=["c1"]),
        P("Layered closure", site="Left posterior shoulder",
          note="Undermined, 3-0 Monocryl deep dermal, 4-0 nylon running. Closure length 6.0 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left shoulder, wide excision: residual melanoma in situ, lentigo maligna type, 0.5 cm; margins "
                 "clear (closest 3.5 mm).", "date": "2026-01-09", "site": "Left posterior shoulder"},
    ],
    "note": """A. Lindgren MD - Dermatologic Surgery
64F. MIS L posterior shoulder on shave bx 12/10/2025 (GPD Lab S25-44871), peripheral margin involved.
Not a Mohs case per pt preference and site (trunk/shoulder, area L); standard WLE with 5 mm margins.
PMH: hypothyroidism, osteopenia. Meds: levothyroxine, calcium/D. NKDA. No anticoagulants.
Exam: healed biopsy scar with faint residual tan pigment at the 3 o'clock edge; no satellite lesions;
no axillary or supraclavicular adenopathy.
Measurements taken before incision: lesion/biopsy scar 0.8 x 0.6 cm; margin 5 mm all around.
Consent, time-out, 1% lidocaine with epinephrine 8 mL.
Procedure and closure as listed in the procedure entries. EBL minimal. No complications.
SLNB not indicated for in situ disease - not discussed further.
Activity: no lifting > 10 lb with the L arm x 2 wk.
F/u 2 wk sutures out; FSE every 6 mo x 2 yr.
""",
    "expected": E([L("11602"), L("12032")], dx={"11602": ["D03.62"]}),
    "coder_note": "EX-3: melanoma in situ uses malignant excision codes. 0.8 + 2 x 0.5 = 1.8 cm on the shoulder (TAL) "
                  "-> 11602. Intermediate repair 6.0 cm -> 12032. The earlier biopsy is 000-global.",
})

SCENARIOS.append({
    "id": "s24-exm-thigh-presumed-cyst-path-bcc",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision of presumed cyst/DF R thigh 1.1 cm + 2 mm margins; final path nodulocystic BCC -> malignant 11602",
    "date": "2026-01-15",
    "patient": ("Marchand", "Philippa", "1975-03-27", "female"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodulocystic, right lateral thigh", "C44.712", "Right lateral thigh",
          reason=True),
    ],
    "note_title": "Procedure Note - Excision",
    "note": """Granite Peak Dermatology - R. Santos, MD

Indication: 50F, firm bluish dome-shaped papule R lateral thigh, slowly enlarging over a year, tender when
bumped. Clinical ddx: epidermoid cyst vs dermatofibroma vs adnexal tumor. Excision rather than biopsy because
she wants it out.

Procedure: Time-out. 1% lido w/ epi 4 mL. Lesion measured 1.1 cm (greatest diameter) before incision.
Excised with 2 mm margins, fusiform, to subcutaneous fat. Simple interrupted closure 4-0 nylon, single layer.
Specimen (ellipse 3.2 x 1.3 cm) to GPD Lab.

Plan: sutures out 12 d.

--- Pathology received 01/20/2026 (GPD Lab, H. Voss MD) ---
Skin, right thigh, excision: BASAL CELL CARCINOMA, nodulocystic type. Margins free of tumor; closest margin
1.5 mm (deep).
Comment: clinical impression of cyst noted; histology is unequivocal.
Called pt 01/20: discussed BCC, margins clear, no further surgery; annual FSE advised.
""",
    "expected": E([L("11602")], dx={"11602": ["C44.712"]}),
    "coder_note": "EX-3/DX-2: the code follows the final pathology (BCC) not the clinical cyst impression. "
                  "1.1 + 2 x 0.2 = 1.5 cm on the thigh -> 11602. Single-layer closure included.",
})

SCENARIOS.append({
    "id": "s24-exb-inflamed-cyst-upper-back-layered",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision of recurrently inflamed epidermoid cyst mid upper back, 2.4 cm + 2 mm = 2.8 cm; layered 3.5 cm",
    "date": "2025-11-20",
    "patient": ("Drummond", "Casey", "1990-08-15", "male"),
    "provider": "nakamura", "payer": "commercial-cigna", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal cyst, upper back, recurrently inflamed", "L72.0", "Mid upper back", reason=True),
    ],
    "procedures": [
        P("Cyst excision", site="Mid upper back",
          note="Cyst 2.4 cm (measured pre-op, greatest diameter incl. punctum). Excised intact with a 2 mm margin "
               "of skin around the punctum. Sac intact.", reasons=["c1"]),
        P("Intermediate repair", site="Mid upper back",
          note="Dead space closed with 3-0 Vicryl, skin 4-0 Prolene. 3.5 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin and subcutis, upper back: ruptured epidermoid (infundibular) cyst with foreign-body giant cell "
                 "reaction. No atypia.", "date": "2025-11-24", "site": "Upper back"},
    ],
    "note": """<html><body>
<h3>Granite Peak Dermatology &amp; Dermatopathology</h3>
<p><b>Provider:</b> Ren Nakamura, MD &nbsp; <b>Visit:</b> procedure</p>
<p><b>HPI:</b> 35M with a cyst on the mid upper back, inflamed and drained 3 times this year (I&amp;D at urgent
care in June), painful when lying on his back. Quiet today, no fluctuance.</p>
<p><b>Procedure:</b> Excision of cyst with intermediate (layered) repair - details in procedure entries.
Consent, time-out, 1% lidocaine with epi.</p>
<p><b>Assessment:</b> symptomatic epidermoid cyst (pain, repeated inflammation) - medically necessary removal.</p>
<p><b>Plan:</b> sutures out 12-14 d; no heavy lifting 1 week.</p>
</body></html>""",
    "html": True,
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.4 + 2 x 0.2 = 2.8 cm trunk -> 11403; layered closure 3.5 cm trunk -> 12032. Benign on "
                  "path; documented pain and recurrent inflammation make it non-cosmetic.",
})

SCENARIOS.append({
    "id": "s24-exb-scalp-severe-atypia-reexcision-benign",
    "family": "excision-benign", "shape": "note-only",
    "description": "Re-excision of severely atypical nevus on scalp: 0.6 cm scar + 3 mm margins = 1.2 cm -> 11422; Medicaid",
    "date": "2026-01-20",
    "patient": ("Pettigrew", "Ansel", "1998-02-02", "male"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Dysplastic nevus with severe atypia, left parietal scalp", "D22.4", "Left parietal scalp",
          reason=True),
    ],
    "prior": [
        PRIOR("2025-12-29", "11102", "Tangential biopsy", "Left parietal scalp",
              "Shave bx: compound dysplastic nevus, severe atypia, margins involved."),
    ],
    "note_title": "Re-excision",
    "note": """GRANITE PEAK DERMATOLOGY - Ines Castellanos, MD
Re-excision, L parietal scalp. 27M.

Background: shave biopsy 12/29/2025 (GPD Lab S25-46602): compound dysplastic nevus with SEVERE atypia,
peripheral and deep margins involved. Per our protocol, severe atypia is re-excised with 3-5 mm margins.
Melanoma was not diagnosed; if the re-excision had shown melanoma we would have staged and widened - not the
case (see below).

Procedure: hair clipped, site confirmed with photo. Biopsy scar with faint residual pigment measures 0.6 cm.
Margins 3 mm. Excised to subcutaneous fat. Hemostasis with cautery. Closure with staples, single layer
(scalp galea not undermined). Specimen to GPD Lab.

Path (GPD Lab, 01/23/2026): residual compound dysplastic nevus with severe atypia, completely excised; no
melanoma. Closest margin 2 mm.

Plan: staples out 10 d, FSE in 6 months.
""",
    "expected": E([L("11422")], dx={"11422": ["D22.4"]}),
    "coder_note": "EX-3: severely atypical (dysplastic) nevus is not malignant -> benign excision codes. 0.6 + 2 x 0.3 "
                  "= 1.2 cm scalp (SNHFG) -> 11422. Staple closure is simple, included. Biopsy was 000-global.",
})

SCENARIOS.append({
    "id": "s24-exb-calf-dermatofibroma-no-lesion-size",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Painful dermatofibroma excision sent as 11402 + 12032 but no lesion size/margin documented; keep the repair",
    "date": "2026-01-22",
    "patient": ("Ellery", "Tamsin", "1983-05-30", "female"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 40,
    "conditions": [
        C("c1", "Dermatofibroma, left lateral calf", "D23.72", "Left lateral calf", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion", cpt="11402", site="Left lateral calf", reasons=["c1"]),
        P("Intermediate repair", cpt="12032", site="Left lateral calf", note="Layered closure 2.8 cm.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left calf, excision (ellipse 2.6 x 0.9 cm): dermatofibroma (benign fibrous histiocytoma), "
                 "completely excised.", "date": "2026-01-26", "site": "Left lateral calf"},
    ],
    "note_title": "Excision",
    "note": """Dr. C. Okonkwo - GPDD
42F. Firm papule L lateral calf for years, recently repeatedly cut while shaving, bleeds and is tender
when bumped. She asks for removal. No personal hx of skin cancer.
Meds: sertraline. NKDA.
Exam: firm tan-pink dermal papule L lateral calf with positive dimple sign; excoriated surface.
Clinically DF. Options (leave, shave, excise) reviewed; she prefers excision for pain.
Consent; time-out; lidocaine 1% w/ epi.
Excised with narrow margins as an ellipse. Deep 4-0 Monocryl, then 4-0 nylon interrupted -
layered closure, 2.8 cm. Specimen to GPD Lab.
Hemostasis good. Pressure dressing.
Sutures out 14 d.
""",
    "expected": E([L("12032")], topics=["missing-documentation"], dx={"12032": ["D23.72"]}),
    "coder_note": "No pre-excision lesion diameter or margin is documented (the ellipse size on the path report may not "
                  "be used, EX-1) -> no excision line + missing-documentation; the separately documented layered "
                  "repair 2.8 cm stays (README precedent).",
})

SCENARIOS.append({
    "id": "s24-ds-upper-arm-sample-curette-path-sbcc",
    "family": "destruction", "shape": "note-only",
    "description": "Suspected BCC R upper arm: shave sample + curettage, final defect 1.3 cm; path superficial BCC -> 17262",
    "date": "2025-11-25",
    "patient": ("Whitcombe", "Gerald", "1950-09-19", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, right upper arm", "C44.612", "Right posterior upper arm",
          reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """June Abernathy, MD - Granite Peak Dermatology
75M, scaly pink patch R posterior upper arm, 8 mm, slowly growing, no response to OTC hydrocortisone.
Dermoscopy: short fine telangiectasias, shiny white areas - favor superficial BCC.

Procedure (consented for "biopsy and possible same-visit treatment"):
- Tangential shave of the lesion sent to GPD Lab.
- Base and rim then curetted x 3 cycles with electrodesiccation (ED&C), extending to normal-feeling dermis.
- Final defect diameter after the last cycle: 1.3 cm.
- Vaseline, bandage. Expect healing 3-4 weeks.
Coding note: hold until path - treatment code only if malignant.

PATH 11/28/2025 (GPD Lab): Skin, R upper arm, shave: basal cell carcinoma, superficial multifocal type,
extending to base (subsequently curetted).
Pt informed. No further treatment; FSE 6 mo.
""",
    "expected": E([L("17262")], dx={"17262": ["C44.612"]}),
    "coder_note": "BX-6/DS-4: sample-then-curette with malignant path -> destruction of malignant lesion only, sized by "
                  "the final curettage defect (1.3 cm, arm -> 17262), not the 8 mm lesion; the biopsy is not reported.",
})

SCENARIOS.append({
    "id": "s24-ds-aks-nineteen-sent-17000-17003",
    "family": "destruction", "shape": "pre-coded",
    "description": "LN2 to 19 AKs (scalp 11, R hand 5, L forearm 3) sent as 17000 + 17003 x18 -> 17004 x1",
    "date": "2025-12-04",
    "patient": ("Brannigan", "Seamus", "1943-01-07", "male"),
    "provider": "santos", "payer": "medicare-noname", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, multiple", "L57.0", "Scalp, right hand, left forearm", reason=True),
    ],
    "procedures": [
        P("Cryodestruction premalignant lesion, first", cpt="17000", site="Scalp", reasons=["c1"]),
        P("Cryodestruction premalignant lesions, 2-14, each", cpt="17003", site="Scalp / R hand / L forearm",
          note="Units: 18", reasons=["c1"]),
    ],
    "note": """Rafael Santos, MD
82M, bald, hx numerous AKs, 6-month AK check. No new complaints. Not interested in field therapy (5-FU
"ruined Christmas" in 2023).
Exam: gritty erythematous scaly papules -
  scalp (vertex and frontal): 11
  R dorsal hand: 5
  L dorsal forearm: 3
Total treated with liquid nitrogen (2 freeze-thaw cycles each): 19 AKs.
No lesions suspicious for SCC; nothing biopsied.
Post-cryo care reviewed. Return 6 months.
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003 (17004/17000 and "
                  "17004/17003 indicator 0; 17003 x18 also exceeds its MUE of 13).",
})

SCENARIOS.append({
    "id": "s24-ds-child-finger-warts-ln2-medicaid",
    "family": "destruction", "shape": "free-text",
    "description": "Child with six spreading common warts on fingers, LN2 -> 17110 x1; Medicaid MCO",
    "date": "2025-12-18",
    "patient": ("Nwachukwu", "Tobenna", "2016-07-22", "male"),
    "provider": "nakamura", "payer": "medicaid-mco", "minutes": 15,
    "conditions": [
        C("c1", "Verruca vulgaris, multiple, fingers", "B07.8", "Bilateral fingers", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of warts", site="R index, R middle, L thumb, L ring fingers (periungual and dorsal)",
          note="Six verrucae, liquid nitrogen spray, 2 cycles each, 1-2 mm halo. No paring done today.",
          reasons=["c1"]),
    ],
    "note": """GPDD Pediatric Derm clinic - Ren Nakamura, MD
9 yo M with mom. Warts on fingers x 8 months, spreading from 2 to 6 despite OTC salicylic acid for 3 months;
he picks/bites them, one periungual wart splits and bleeds.
PMH: healthy, vaccines up to date. No immunosuppression. NKDA.
Exam: six verrucous papules 3-6 mm: R index (2), R middle, L thumb periungual, L ring (2).
No plantar warts. Nails otherwise normal.
Discussed options: continue topical only, cryotherapy, or candida antigen; mom chose cryo today.
Cryotherapy as documented. Tolerated with distraction (tablet video).
Aftercare: may blister; clean with soap and water, bandage if opens.
Plan: continue salicylic acid nightly under tape between visits. Repeat LN2 in 3-4 weeks. If still
spreading after 3 sessions, could consider candida antigen injections - not today.
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2: up to 14 benign lesions -> 17110 x1. Spreading warts meet the benign-lesion LCD reasons. "
                  "Candida antigen injection is only a future option.",
})

SCENARIOS.append({
    "id": "s24-ds-aks-no-count-plus-nasal-bx",
    "family": "destruction", "shape": "note-only",
    "description": "LN2 to 'several' AKs without a count (no destruction line) + tangential bx of R nasal sidewall papule (BCC)",
    "date": "2026-01-27",
    "patient": ("Castellano-Reyes", "Dolores", "1952-12-01", "female"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, forehead and scalp", "L57.0", "Forehead and frontal scalp", reason=True),
        C("c2", "Basal cell carcinoma, right nasal sidewall", "C44.311", "Right nasal sidewall", reason=True),
    ],
    "note_title": "Progress Note",
    "note": """GPDD - S. Weiss MD
73F f/u AKs. Also a shiny bump on the R side of the nose x 3 months.

Exam: forehead and frontal scalp with several gritty scaly pink papules c/w AKs. R nasal sidewall 7 mm pearly
papule with telangiectasia.

Procedures:
1) LN2 to the AKs of the forehead and frontal scalp, 2 cycles. (MA did not record how many were treated.)
2) R nasal sidewall papule: tangential (shave) biopsy, AlCl3, to GPD Lab.

Path 01/30/2026: R nasal sidewall - basal cell carcinoma, nodular; will refer for Mohs (separate visit).
Plan: sunscreen, recheck AKs 6 months.
""",
    "expected": E([L("11102")], topics=["missing-documentation"], dx={"11102": ["C44.311"]}),
    "coder_note": "No lesion count for the AK cryotherapy -> no 17000/17003 line + missing-documentation (README "
                  "precedent). The nasal biopsy stands alone (no XS needed once no destruction line is billed).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s24-mix-melanoma-hx-fse-hand-dermatitis-punch-ln2",
    "family": "mixed", "shape": "note-only",
    "description": "Melanoma-history FSE + new hand dermatitis Rx (99214-25), punch bx L flank, LN2 x5 AKs face",
    "date": "2025-11-06",
    "patient": ("Lindqvist-Moore", "Harriet", "1956-10-04", "female"),
    "provider": "castellanos", "payer": "medicare", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Dermatitis of both hands", "L30.9", "Bilateral hands", reason=True),
        C("c2", "Dysplastic nevus, mild atypia, left flank", "D22.5", "Left flank", reason=True),
        C("c3", "Actinic keratoses, face", "L57.0", "Face", reason=True),
        C("c4", "Personal history of malignant melanoma of skin", "Z85.820", history=True),
    ],
    "note_title": "Dermatology Office Visit",
    "note": """GRANITE PEAK DERMATOLOGY & DERMATOPATHOLOGY
Ines Castellanos, MD    |   Established patient   |   Medicare Part B

REASON FOR VISIT
1. Six-month full skin exam - hx of melanoma (pT1a, R upper back, WLE 2019), NED.
2. NEW: painful cracked itchy hands x 6 weeks since starting work at a florist shop.

HPI
Hands: fissures on fingertips and palms, burning with hand washing, using Vaseline only. No blisters.
No personal/family atopy. Wears no gloves at work.
Skin: no new spots she is worried about; husband thinks a mole on her L side "got bigger".

EXAM (full skin, gowned, chaperone present)
- Bilateral palms/fingertips: lichenified erythematous plaques with fissures, scale; nails spared.
- L flank: 6 mm irregular brown papule, darker than her other nevi, asymmetric on dermoscopy.
- Face: five gritty scaly papules - 2 L temple, 1 R temple, 1 nasal dorsum, 1 L cheek.
- Melanoma scar R upper back: flat, no pigment, no nodes palpable in axillae/neck.
- Remainder: multiple benign-appearing nevi, SKs, lentigines.

PROCEDURES
- L flank: 4 mm punch biopsy, one 4-0 nylon stitch; to GPD Lab.
- Face AKs: liquid nitrogen, 2 cycles, to the 5 lesions listed.

ASSESSMENT / PLAN
1. Hand dermatitis, likely irritant vs allergic contact (florist: Alstroemeria/tulips). Start clobetasol 0.05%
   ointment BID x 2 wk then weekends; nitrile gloves + cotton liners; bland emollient. Patch testing
   referral placed (not done today). Discussed work note. -> Rx management.
2. Atypical pigmented lesion L flank - biopsied.
3. AKs face x5 - LN2.
4. Hx melanoma - NED today. FSE q6 mo.

Path 11/10/2025: L flank - junctional dysplastic nevus, mild atypia, margins clear. No further treatment.
""",
    "expected": E([L("99214", 1, "25"), L("11104"), L("17000", 1, "XS"), L("17003", 4)]),
    "coder_note": "New hand dermatitis with a prescription and work-up is separately identifiable -> 99214-25. Punch "
                  "11104; five AKs -> 17000 + 17003 x4; 11104/17000 is indicator 1 and the AKs are different lesions "
                  "-> XS on 17000 (column 2).",
})

SCENARIOS.append({
    "id": "s24-mix-neck-nevus-shave-plus-inflamed-sks-ln2",
    "family": "mixed", "shape": "free-text",
    "description": "Shave removal of bleeding neck nevus 0.7 cm (11306) + LN2 three inflamed SKs low back (17110-XS)",
    "date": "2025-11-19",
    "patient": ("Ferreira", "Joaquim", "1967-04-12", "male"),
    "provider": "okonkwo", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Intradermal nevus, irritated, right lateral neck", "D22.4", "Right lateral neck", reason=True),
        C("c2", "Inflamed seborrheic keratoses, lower back", "L82.0", "Lower back", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right lateral neck",
          note="0.7 cm pedunculated flesh-colored papule caught on collar/necklace, bled twice this month. "
               "Removed flush with skin by shave; Drysol. To GPD Lab.", reasons=["c1"]),
        P("Cryotherapy benign lesions", site="Lower back",
          note="Three red, crusted, itchy SKs along the belt line (rubbed by belt, inflamed). LN2 x2 cycles.",
          reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, right neck, shave: intradermal melanocytic nevus with surface erosion and hemorrhage; "
                 "no atypia.", "date": "2025-11-22", "site": "Right lateral neck"},
    ],
    "note": """Chidi Okonkwo, MD - GPDD
58M, established.
(1) R neck mole catching on collar and necklace chain, bled twice this month.
(2) Itchy inflamed "warty" spots on the low back along the belt line, scratched raw.
PMH: HTN, hyperlipidemia. Meds: losartan, atorvastatin. NKDA.
Exam: R lateral neck 0.7 cm pedunculated skin-colored papule with hemorrhagic crust. Lower back: three
stuck-on keratotic papules with erythema, crust and excoriation - inflamed SKs.
Both treated as documented in the procedure entries. Different lesions at different sites.
Also asked about a brown spot on L cheek - lentigo, reassured, nothing done.
Aftercare for shave site and cryo sites reviewed.
Will call with neck path. RTC prn.
""",
    "expected": E([L("11306"), L("17110", 1, "XS")]),
    "coder_note": "Shave removal neck (SNHFG) 0.7 cm -> 11306. Three inflamed SKs -> 17110. The table pair is "
                  "11306 (column 1) / 17110 (column 2), indicator 1; different lesions -> XS on 17110.",
})

SCENARIOS.append({
    "id": "s24-mix-flank-bcc-excision-simple-repair-plus-thigh-punch",
    "family": "mixed", "shape": "pre-coded",
    "description": "Excision L flank BCC 1.6 cm (11602) sent with simple repair 12001 and punch bx R thigh 11104",
    "date": "2025-12-03",
    "patient": ("Oyelaran", "Miriam", "1959-06-18", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 50,
    "conditions": [
        C("c1", "Basal cell carcinoma, left flank", "C44.519", "Left flank", reason=True),
        C("c2", "Lichen planus-like keratosis, right thigh", "L85.8", "Right anterior thigh", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion", cpt="11602", site="Left flank",
          note="BCC 1.0 cm, margins 3 mm; 1.6 cm excised diameter.", reasons=["c1"]),
        P("Simple repair", cpt="12001", site="Left flank", note="Single-layer closure 2.4 cm.", reasons=["c1"]),
        P("Punch biopsy", cpt="11104", site="Right anterior thigh",
          note="New 6 mm pink scaly papule, 3 mm punch, 1 suture.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Skin, left flank, excision: basal cell carcinoma, nodular, margins free. B. Skin, right thigh, "
                 "punch: lichen planus-like keratosis (benign lichenoid keratosis).", "date": "2025-12-06"},
    ],
    "note": """GPDD surgery clinic - Dr. Weiss
66F for excision of BCC L flank (bx 11/10 GPD S25-41573). Also a new pink papule R thigh she wants checked.
Meds: metformin, lisinopril. No anticoagulants. NKDA.
Consent for both procedures, time-out, 1% lido w/ epi.
1) L flank: lesion 1.0 cm, 3 mm margins, excised to fat, closed with simple interrupted 4-0 nylon in a single
   layer (2.4 cm). No undermining, no deep sutures. Specimen A.
2) R anterior thigh (different site): 6 mm pink scaly papule, 3 mm punch biopsy, 1 stitch. Specimen B.
EBL minimal. Both sites dressed.
Wound care handout. Sutures out 12 d.
Path to be called when final.
""",
    "expected": E([L("11602"), L("11104", 1, "XS")], topics=["ncci"], dx={"11602": ["C44.519"]}),
    "coder_note": "EX-5: simple repair of the excision wound is included (11602/12001 indicator 1, same wound) -> "
                  "12001 removed. The thigh punch is a separate lesion: 11602/11104 indicator 1 -> 11104-XS.",
})

SCENARIOS.append({
    "id": "s24-mix-earlobe-keloid-kenalog-plus-buttock-abscess-id",
    "family": "mixed", "shape": "free-text",
    "description": "IL triamcinolone 20 mg into one earlobe keloid (11900 + J3301 x2) + simple I&D of buttock abscess (10060)",
    "date": "2025-12-10",
    "patient": ("Adebayo", "Kehinde", "1994-01-25", "female"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Keloid, right earlobe", "L91.0", "Right earlobe", reason=True),
        C("c2", "Cutaneous abscess of buttock", "L02.31", "Left buttock", reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection", site="Right earlobe",
          note="Single keloid 1.4 cm after piercing, itchy and growing. Kenalog-40 (triamcinolone acetonide "
               "40 mg/mL) 0.5 mL injected with 30G needle.", reasons=["c1"]),
        P("Incision and drainage", site="Left buttock",
          note="2 cm fluctuant tender abscess; #11 blade stab incision, purulent material expressed, no loculations, "
               "no packing. Culture sent.", reasons=["c2"]),
    ],
    "note": """June Abernathy MD - GPDD
31F. Two unrelated issues today.
Keloid R earlobe (3rd injection series; last 6 wk ago, partial flattening, still itchy and growing at the
posterior edge).
New painful boil L buttock x 4 days, no fever, no prior boils, no hidradenitis history.
Meds: OCP. NKDA.
Exam: R earlobe firm keloid 1.4 cm. L buttock 2 cm fluctuant tender nodule with 1 cm rim of erythema.
Both procedures as entered. Separate sites / separate problems.
Post-drainage care: warm compresses, gauze changes; culture result will be called.
Next keloid injection in 6 weeks.
""",
    "expected": E([L("11900"), L("J3301", 2), L("10060")]),
    "coder_note": "One lesion injected -> 11900; 0.5 mL x 40 mg/mL = 20 mg -> J3301 x2. Simple I&D (single, no "
                  "loculations/packing) -> 10060. No PTP edit between 10060 and 11900. No E/M selected.",
})

SCENARIOS.append({
    "id": "s24-sh-three-shaves-nose-back-scalp",
    "family": "shave", "shape": "note-only",
    "description": "Shave removals: nasal tip 0.4 cm (11310), upper back 1.2 cm (11302), occipital scalp 0.8 cm (11306)",
    "date": "2025-12-15",
    "patient": ("Kingsley", "Oriana", "1971-09-09", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Fibrous papule, nasal tip", "D23.39", "Nasal tip", reason=True),
        C("c2", "Inflamed seborrheic keratosis, upper back", "L82.0", "Upper back, bra line", reason=True),
        C("c3", "Compound nevus, irritated, occipital scalp", "D22.4", "Occipital scalp", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """Granite Peak Dermatology - Rafael Santos, MD
54F, three symptomatic lesions, all removed today by shave (tangential removal of the entire lesion,
flush with surrounding skin), hemostasis with aluminum chloride, no sutures. Each to GPD Lab.

Lesion #1 - nasal tip: 4 mm dome-shaped shiny papule, bleeds with nose-blowing. Shave removal.
Lesion #2 - upper back on the bra line: 1.2 cm crusted, red, itchy keratotic plaque, strap rubs it raw.
            Shave removal.
Lesion #3 - occipital scalp: 8 mm raised nevus repeatedly cut by the hairdresser's comb, now crusted.
            Shave removal.

Counseling: possible regrowth/pigment, scar. Vaseline daily.

Path (GPD Lab, 12/18/2025):
 #1 fibrous papule (angiofibroma). #2 irritated SK. #3 compound nevus with trauma; no atypia.
""",
    "expected": E([L("11310"), L("11302"), L("11306")]),
    "coder_note": "SH-1: one code per lesion by site group and diameter: nose 0.4 (FEENLM <=0.5) 11310; back 1.2 "
                  "(TAL 1.1-2.0) 11302; scalp 0.8 (SNHFG 0.6-1.0) 11306. Bleeding/irritation documented for each.",
})

SCENARIOS.append({
    "id": "s24-sh-cheek-pyogenic-granuloma-sent-as-biopsy",
    "family": "shave", "shape": "pre-coded",
    "description": "Complete shave removal of bleeding 0.9 cm L cheek papule sent as 11102; correct to 11311 (path PG)",
    "date": "2026-01-05",
    "patient": ("Heathcote", "Bernard", "1947-11-30", "male"),
    "provider": "nakamura", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Pyogenic granuloma, left cheek", "L98.0", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy", cpt="11102", site="Left cheek",
          note="0.9 cm friable red papule; entire lesion removed by shave, base cauterized.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left cheek, shave: lobular capillary hemangioma (pyogenic granuloma), ulcerated; lesion "
                 "appears completely removed.", "date": "2026-01-08", "site": "Left cheek"},
    ],
    "note": """R. Nakamura MD - Granite Peak Dermatology
78M, rapidly growing bleeding red bump L cheek x 3 weeks; soaks through bandages, bled on his pillow.
No trauma recalled. On apixaban for AF (not held).
Exam: 0.9 cm friable vascular papule L cheek with collarette of scale. No other lesions of concern on the
face. Dermoscopy: red homogeneous areas with white rail lines - c/w pyogenic granuloma; amelanotic
melanoma less likely but tissue needed.
Plan/procedure: removal of the entire lesion - shave excision flush with the skin, then curettage and
electrocautery of the base for hemostasis and to reduce recurrence. Specimen to GPD Lab.
Intent was therapeutic removal, not sampling.
Hemostasis achieved despite apixaban; pressure dressing x 24 h.
Call if rebleeding. Path review by phone.
""",
    "expected": E([L("11311")], topics=["coding-correction"], dx={"11311": ["L98.0"]}),
    "coder_note": "BX-4: intent was removal of the whole lesion -> shave removal, face 0.9 cm (FEENLM 0.6-1.0) -> "
                  "11311, not the tangential biopsy code.",
})

SCENARIOS.append({
    "id": "s24-sh-chest-sk-plus-arm-nevus-no-size",
    "family": "shave", "shape": "free-text",
    "description": "Two shave removals: chest 0.5 cm (11300); R upper arm nevus with no size -> no line; Medicaid",
    "date": "2026-01-12",
    "patient": ("Marquez", "Luz", "1979-07-04", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, chest", "L82.0", "Central chest", reason=True),
        C("c2", "Melanocytic nevus, inflamed, right upper arm", "D22.61", "Right upper arm", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Central chest",
          note="5 mm red crusted itchy keratotic papule; removed flush by shave. Specimen 1.", reasons=["c1"]),
        P("Shave removal", site="Right upper arm",
          note="Raised nevus, inflamed and tender after trauma from a bag strap; removed flush by shave. "
               "Specimen 2.", reasons=["c2"]),
    ],
    "path": [
        {"text": "1. Chest: inflamed seborrheic keratosis. 2. Right arm: intradermal nevus with inflammation; no "
                 "atypia.", "date": "2026-01-15"},
    ],
    "note": """Castellanos - GPDD
46F, two irritated spots:
 - itchy crusted papule on the central chest, scratches it at night, bled on her shirt;
 - inflamed raised mole on the R upper arm rubbed by her work bag strap, sore for 3 weeks.
Meds: none. NKDA. No personal/family hx of melanoma.
Exam: chest - red crusted keratotic papule; R upper arm - raised brown nevus with erythema and erosion,
regular pigment network on dermoscopy.
Both removed by shave today (see procedure entries). Aluminum chloride. Vaseline.
Specimens labeled 1 (chest) and 2 (arm) to GPD Lab.
Aftercare reviewed.
RTC prn; will message path results.
""",
    "expected": E([L("11300")], topics=["missing-documentation"]),
    "coder_note": "Chest lesion 0.5 cm -> 11300 (TAL <=0.5). No diameter documented for the arm lesion anywhere -> no "
                  "shave line for it + missing-documentation (README: shave-no-size).",
})

SCENARIOS.append({
    "id": "s24-em-new-referral-nasal-bcc-mohs-planned",
    "family": "em", "shape": "note-only",
    "description": "New patient with outside-biopsied nasal BCC: consult, Mohs scheduled for a later date; 99203 stands alone",
    "date": "2026-01-14",
    "patient": ("Prescott", "Ambrose", "1958-03-03", "male"),
    "provider": "marchetti", "payer": "commercial-cigna", "minutes": 32, "em": "99203",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Left nasal tip", reason=True),
    ],
    "note_title": "Mohs Consultation",
    "note": """GRANITE PEAK - MOHS SURGERY CONSULT
Luca Marchetti, MD
New patient, 67M, referred by Dr. Kaplan (Valley Family Practice) with a shave biopsy 12/22/2025 from an
outside lab: "basal cell carcinoma, nodular and micronodular, transected". Report reviewed; slides requested
for GPD Lab review (lab bills its own consult).

HPI: bump on the L nasal tip x 1 yr, bled after biopsy, healed. No prior skin cancers. Immunocompetent.
Meds: rosuvastatin. NKDA. Anticoagulants: none.
Exam: L nasal tip 5 mm pink shiny scar with peripheral pearly rim. No cervical/pre-auricular nodes. Limited
exam of face/scalp: no other lesions of concern.

A/P: BCC, nodular/micronodular, L nasal tip - AUC area H, primary, appropriate for Mohs.
Discussed Mohs vs excision vs radiation; risks of nasal repair (flap vs graft). He chooses Mohs.
Mohs scheduled for 02/05/2026 (3 weeks). Pre-op instructions given. No procedure performed today.
""",
    "expected": E([L("99203")], dx={"99203": ["C44.311"]}),
    "coder_note": "Consult only, no procedure today. Mohs (17311, 000 global) is on a later date, so no 25 and no 57 "
                  "(57 is only for 090 procedures). Provider-selected level kept.",
})

SCENARIOS.append({
    "id": "s24-em-medicare-screening-fse-nothing-found-gy",
    "family": "em", "shape": "note-only",
    "description": "Medicare FFS new patient, screening-only full skin exam, no history/complaint/finding -> 99202-GY",
    "date": "2026-01-21",
    "patient": ("Ostrowski", "Walter", "1959-05-15", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 18, "em": "99202",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "Skin Check",
    "note": """GRANITE PEAK DERMATOLOGY - New patient
Chidi Okonkwo, MD
Reason: "annual skin check" - his wife scheduled it after a friend's melanoma diagnosis.
Patient has no skin complaints, no changing or bleeding spots, no itching.
History: no personal history of skin cancer or precancers, no family history of melanoma, no
immunosuppression, no tanning bed use. Not on any skin medications.
Exam: full skin exam incl. scalp, genitals deferred per pt. Skin normal for age; a few small regular nevi on
the trunk; no lesions requiring biopsy, treatment or follow-up.
Assessment: skin cancer screening, normal exam.
Plan: sun protection counseling; self-exam handout. Return prn.
""",
    "expected": E([L("99202", 1, "GY")], dx={"99202": ["Z12.83"]}),
    "coder_note": "DX-5 / README: Medicare has no skin-cancer screening benefit; screening-only FSE with no history, "
                  "complaint or finding -> E/M with GY (no voluntary ABN documented, so no GX).",
})

SCENARIOS.append({
    "id": "s24-po-suture-removal-in-global-99212-sent",
    "family": "post-op", "shape": "pre-coded",
    "description": "Suture removal 9 days after benign excision (010 global); 99212 selected -> 99024 only",
    "date": "2026-01-29",
    "patient": ("Fenwick", "Lorraine", "1963-12-12", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-20", "11403", "Excision benign lesion", "Right upper back",
              "Epidermoid cyst 2.3 cm + 2 mm margins, layered closure."),
    ],
    "procedures": [
        P("Suture removal / wound check", cpt="99024", site="Right upper back"),
    ],
    "note": """GPDD nurse/physician visit - R. Santos MD
62F, POD 9 s/p excision of epidermoid cyst R upper back (01/20/2026).
Pain: none since day 3. No fever. Has been keeping it dry as instructed.
Incision well approximated, no erythema, no drainage, no dehiscence.
6 interrupted sutures removed, Steri-Strips applied.
Path reviewed with pt: epidermoid cyst, benign, completely excised.
No other concerns raised. No new problems addressed.
Scar care: silicone gel after 2 wk; avoid stretching the back (no heavy rowing) x 2 more weeks.
Visit type: post-op.
RTC prn.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/GS-5: POD 9 of a 010-global excision, only routine post-op care -> 99024, no E/M.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s24-po-nummular-eczema-in-flap-global-24",
    "family": "post-op", "shape": "note-only",
    "description": "Day 34 of a nasal flap 090 global: new nummular eczema with Rx -> 99213-24; flap check not billed",
    "date": "2026-01-20",
    "patient": ("Wetherell", "Agnes", "1951-02-08", "female"),
    "provider": "castellanos", "payer": "medicare-ngs", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Nummular dermatitis, trunk and legs", "L30.0", "Trunk and bilateral legs", reason=True),
        C("c2", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True),
    ],
    "prior": [
        PRIOR("2025-12-17", "14060", "Adjacent tissue transfer after Mohs", "Left nasal ala",
              "Mohs BCC L ala (17311 x1 stage) then bilobed flap 6.0 sq cm, Dr. Marchetti."),
    ],
    "note_title": "Office Visit",
    "note": """GRANITE PEAK DERMATOLOGY & DERMATOPATHOLOGY - Office Visit
Ines Castellanos, MD
74F, here for a NEW problem: intensely itchy round scaly patches on the trunk and both shins x 3 weeks,
waking her at night. OTC hydrocortisone no help. New laundry detergent? Dry home heating.
(She is in the post-op period after Mohs + flap of the L nasal ala on 12/17 by Dr. Marchetti; she asked me
to glance at the nose while here - flap pink, well healed, no concerns; routine, no separate charge.)

Exam: multiple coin-shaped 2-4 cm eczematous scaly plaques on the abdomen, flanks, anterior shins; some
excoriated. No vesicles on palms/soles. Morphology classic; no scraping needed.
Assessment: nummular dermatitis - new problem, unrelated to the surgery.
Plan: triamcinolone 0.1% ointment BID x 2-3 weeks (Rx, 454 g), soak-and-smear at night, fragrance-free
detergent, humidifier. Cetirizine qhs for itch. Recheck 4 weeks.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L30.0"]}),
    "coder_note": "GS-5: inside the 90-day global of 14060; an E/M for an unrelated new problem with prescription "
                  "management takes 24. The glance at the flap is routine post-op care (no 99024 separately).",
})

SCENARIOS.append({
    "id": "s24-po-shin-punch-in-excision-global-79",
    "family": "post-op", "shape": "free-text",
    "description": "Day 7 after back BCC excision (010): punch bx of a new L shin lesion -> 11104-79; wound check not billed",
    "date": "2026-01-15",
    "patient": ("Dunmore", "Clifford", "1966-08-21", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Dermatofibroma, left shin", "D23.72", "Left anterior shin", reason=True),
        C("c2", "Basal cell carcinoma, mid back, excised", "C44.519", "Mid back"),
    ],
    "prior": [
        PRIOR("2026-01-08", "11602", "Excision malignant lesion", "Mid back",
              "BCC 1.0 cm + 3 mm margins, layered closure."),
    ],
    "procedures": [
        P("Wound check", site="Mid back", note="Healing well; sutures stay in until day 14.", reasons=["c2"]),
        P("Punch biopsy", site="Left anterior shin",
          note="New 7 mm firm brown papule, enlarged over 2 months, dimple sign equivocal. 4 mm punch, 1 suture. "
               "Unrelated to the back excision.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left shin, punch: dermatofibroma (cellular variant); no atypia.", "date": "2026-01-19",
         "site": "Left anterior shin"},
    ],
    "note": """GPDD - S. Weiss MD
59M, POD 7 from excision of BCC mid back (01/08/2026).
Back wound: clean, intact, no erythema or drainage; layered closure holding well. Sutures stay until day 14.
Also: new firm brown spot L shin, noticed 2 months ago, growing, itchy; no trauma recalled.
Meds: omeprazole. NKDA. No anticoagulants.
Exam L shin: 7 mm firm brown papule, equivocal dimple sign, peripheral fine network on dermoscopy.
Discussed DF vs other - biopsy advised and done today (separate, unrelated lesion; procedure entry).
Consent, lidocaine, 4 mm punch, one 4-0 nylon.
No other problems.
Path to be called. Back sutures out next week (shin suture at the same visit).
""",
    "expected": E([L("11104", 1, "79")], topics=["global-period"], dx={"11104": ["D23.72"]}),
    "coder_note": "GS-5: a procedure on a new, unrelated lesion inside the 10-day global of the 01/08 excision -> 79. "
                  "The back wound check is included post-op care (no separate 99024 on a day with a billed service).",
})

SCENARIOS.append({
    "id": "s24-id-axillary-abscess-loculated-packed-sent-10060",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Loculated L axillary abscess broken up with hemostat and packed, sent as 10060 -> 10061; Medicaid",
    "date": "2025-11-27",
    "patient": ("Rosario", "Yesenia", "1997-05-05", "female"),
    "provider": "nakamura", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", cpt="10060", site="Left axilla", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """R. Nakamura, MD - Granite Peak Dermatology (same-day add-on)
28F, painful swelling L armpit x 5 days, now 4 cm, fluctuant, surrounding erythema 6 cm. Afebrile.
No prior hidradenitis lesions (no scarring/tunnels in either axilla or groin).
Meds: none. Allergies: penicillin (hives).
Exam: L axilla 4 cm fluctuant tender erythematous nodule; no lymphangitic streaking; T 37.1.

Procedure: consent; field block 1% lido with epi (6 mL). 1.5 cm linear incision; ~8 mL purulent material.
Multiple loculations found - broken up bluntly with a curved hemostat, cavity irrigated with saline, then
packed with 1/4" iodoform gauze (approx. 20 cm), tail left out. Culture sent.
Complicated drainage (loculated, required packing).

Plan: packing removal/change in 48 h, warm compresses. Culture-directed antibiotics if needed
(penicillin-allergic - would use doxycycline or TMP-SMX).
Return precautions: fever, spreading redness.
""",
    "expected": E([L("10061")], topics=["coding-correction"], dx={"10061": ["L02.412"]}),
    "coder_note": "Complicated I&D (loculations broken up, irrigation, packing) -> 10061, not 10060.",
})

SCENARIOS.append({
    "id": "s24-id-inflamed-back-cyst-plus-acne-rx-25",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D of inflamed cyst upper back (10060) + acne vulgaris management with new Rx (99213-25)",
    "date": "2025-12-12",
    "patient": ("Tremblay", "Nathaniel", "2003-10-30", "male"),
    "provider": "okonkwo", "payer": "commercial-cigna", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Inflamed epidermal cyst, upper back", "L72.0", "Left upper back", reason=True),
        C("c2", "Acne vulgaris", "L70.0", "Face, chest and back", reason=True),
    ],
    "note_title": "Dermatology Visit",
    "note": """Chidi Okonkwo, MD - Granite Peak Dermatology
22M, established. Two issues:
(1) Painful swollen "boil" on the L upper back x 4 days, started in an old cyst. Throbbing.
(2) Acne on face/chest/back, worse over 6 months, failed OTC benzoyl peroxide and adapalene 0.1% OTC.

Exam:
 - L upper back: 2 cm fluctuant tender red nodule with punctum, no cellulitis beyond 1 cm.
 - Face, chest, upper back: numerous inflammatory papules and pustules, open/closed comedones, a few
   small nodules on the jawline; early post-inflammatory hyperpigmentation. No scarring yet.

Procedure - I&D, L upper back: consent, 1% lido with epi 2 mL, #11 blade stab incision, cheesy keratinous
debris and pus expressed, cavity gently curetted. Single cavity, no loculations, no packing. Bandage.

Acne: moderate inflammatory acne. Start doxycycline 100 mg daily x 12 wk (counseled: photosensitivity, take
with water upright, not with dairy), tretinoin 0.05% cream qhs, BPO 5% wash. Discussed isotretinoin as a
future option if no response - not started.

Follow-up 12 weeks for acne; cyst may need excision later once quiet (not scheduled).
""",
    "expected": E([L("99213", 1, "25"), L("10060")], dx={"10060": ["L72.0"], "99213": ["L70.0"]}),
    "coder_note": "GS-3: acne evaluation with new prescriptions is separate from the I&D decision -> 99213-25. "
                  "Single cavity, no packing -> 10060. Future cyst excision and isotretinoin are not coded.",
})

SCENARIOS.append({
    "id": "s24-il-chest-keloids-nine-kenalog40",
    "family": "intralesional", "shape": "free-text",
    "description": "Nine chest keloids injected with Kenalog-40, 0.3 mL each (108 mg) -> 11901 + J3301 x11",
    "date": "2025-12-22",
    "patient": ("Mensah", "Kwabena", "1988-11-17", "male"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Keloids, anterior chest", "L91.0", "Anterior chest", reason=True),
    ],
    "procedures": [
        P("Intralesional Kenalog injection", site="Anterior chest (presternal and bilateral upper chest)",
          note="Nine keloids, 0.8-2.5 cm, itchy and tender (post-acne). Triamcinolone acetonide 40 mg/mL, "
               "0.3 mL into each of the 9 keloids (2.7 mL total) with 27G needle on Luer-lock syringe.",
          reasons=["c1"]),
    ],
    "note": """June Abernathy, MD - Granite Peak Dermatology
37M, symptomatic post-acne keloids chest: itch 7/10, tender to touch, two enlarging.
Second session (first 6 weeks ago, softer now). No skin atrophy/hypopigmentation yet.
Acne itself quiet on no treatment for 2 years.
Meds: none. NKDA.
Exam: nine firm pink-purple keloids 0.8-2.5 cm - presternal (4), R upper chest (3), L upper chest (2).
Consent reviewed (atrophy, hypopigmentation, telangiectasia).
Injected as documented in the procedure entry; no complications.
Silicone gel sheets at night.
Next session 6 wk; if plateau, consider 5-FU mixed injection - not today.
""",
    "expected": E([L("11901"), L("J3301", 11)], dx={"11901": ["L91.0"]}),
    "coder_note": "More than 7 lesions -> 11901. 9 x 0.3 mL x 40 mg/mL = 108 mg -> J3301 = ceil(108/10) = 11 "
                  "(MUE 16).",
})

SCENARIOS.append({
    "id": "s24-il-alopecia-areata-five-patches-sent-11901",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Alopecia areata, five scalp patches injected (2.5 mL of TAC 10 mg/mL) sent as 11901 -> 11900 + J3301 x3",
    "date": "2026-01-07",
    "patient": ("Halloran", "Bridget", "1955-04-19", "female"),
    "provider": "castellanos", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", "L63.8", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection", cpt="11901", site="Scalp - vertex, occipital, both parietal",
          note="5 patches.", reasons=["c1"]),
    ],
    "note": """Ines Castellanos MD - GPDD
70F, patchy alopecia areata, 3rd ILK session. Regrowth in 2 of the original 4 patches; one new patch.
No thyroid symptoms; TSH normal in October (PCP).
Exam: five smooth patches of hair loss (vertex 3 cm, occiput 2 cm, R parietal 2 cm, L parietal 1.5 cm,
new R temporal 1 cm). Exclamation-point hairs at the new patch. No nail pitting. Eyebrows intact.
Procedure: triamcinolone acetonide 10 mg/mL, total 2.5 mL distributed across the 5 patches (0.1 mL per
injection, 1 cm apart), 30G needle. Tolerated well.
No atrophy from prior sessions.
Counseled on atrophy risk.
Continue clobetasol solution nightly to patches between sessions (existing Rx, no change).
Return 6 weeks.
""",
    "expected": E([L("11900"), L("J3301", 3)], topics=["coding-correction"], dx={"11900": ["L63.8"]}),
    "coder_note": "Five lesions (up to 7) -> 11900, not 11901. Drug: 2.5 mL x 10 mg/mL = 25 mg -> J3301 x3.",
})

SCENARIOS.append({
    "id": "s24-nail-avulsion-left-great-and-second-toe",
    "family": "nails", "shape": "pre-coded",
    "description": "Avulsion of dystrophic L great and L second toenails -> 11730-TA + 11732-T1",
    "date": "2025-12-01",
    "patient": ("Stavros", "Demetria", "1972-08-08", "female"),
    "provider": "santos", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Nail dystrophy, painful, left great and second toes", "L60.3", "Left great toe, left second toe",
          reason=True),
    ],
    "procedures": [
        P("Nail avulsion", cpt="11730", site="Left great toe", reasons=["c1"]),
        P("Nail avulsion, each additional", cpt="11732", site="Left 2nd toe", reasons=["c1"]),
    ],
    "note": """R. Santos MD - Granite Peak Dermatology
53F, runner. Thickened, lifted, painful L great and L 2nd toenails after repeated trauma; KOH and nail
clipping PAS (GPD Lab 11/2025) negative for fungus. Pain in running shoes daily, nails catch on socks.
PMH: none. No diabetes, no PAD. Pedal pulses 2+.
Exam: L hallux and L 2nd toenails thick, yellow-brown, onycholytic with subungual debris; tender to
pressure. Other nails normal.
Procedure: digital blocks with 2% plain lidocaine, tourniquet. Complete avulsion of the L great toenail plate
and the L second toenail plate with a freer elevator and hemostat. Matrix left intact (no phenol).
Nail beds intact, hemostasis with pressure; tourniquet off, capillary refill normal.
Bacitracin, non-stick dressing. Soaks BID.
Right foot nails normal - not treated.
Expect regrowth in 9-12 months. Return 2 weeks.
""",
    "expected": E([L("11730", 1, "TA"), L("11732", 1, "T1")]),
    "coder_note": "First nail 11730, each additional 11732; digit modifiers per conventions: TA = left great toe, "
                  "T1 = left second toe. No matrixectomy.",
})

SCENARIOS.append({
    "id": "s24-nail-ingrown-right-hallux-phenol-matrixectomy",
    "family": "nails", "shape": "note-only",
    "description": "Recurrent ingrown R great toenail lateral border: partial avulsion + phenol matrixectomy -> 11750-T5; Medicaid",
    "date": "2026-01-09",
    "patient": ("Ibarra", "Mateo", "2007-03-13", "male"),
    "provider": "nakamura", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe, lateral border", "L60.0", "Right great toe", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """GPDD - Ren Nakamura, MD
18M, third episode of ingrown nail at the LATERAL border of the RIGHT great toe in a year; failed
cotton-wisp elevation and proper trimming; one course of cephalexin in October.
Exam: lateral nail fold R hallux with granulation tissue and mild erythema; no abscess, no fluctuance.
Medial border normal.

Procedure: digital block (2% lidocaine plain, 4 mL), tourniquet.
 - Lateral 3 mm of the nail plate split and avulsed.
 - Lateral horn of the matrix ablated with 88% phenol, 3 applications x 30 s, neutralized with alcohol
   (permanent removal of the lateral nail strip).
 - No incision and drainage needed.
Dressing; soaks BID.
If the medial border ever becomes ingrown we would treat it the same way - nothing done there today.
""",
    "expected": E([L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "Partial nail + matrix removal for permanent removal (phenol) -> 11750; the avulsion of the same "
                  "border is included (11750/11730 indicator 1, same nail). T5 = right great toe.",
})

SCENARIOS.append({
    "id": "s24-par-two-calluses-plus-heel-plantar-wart",
    "family": "paring", "shape": "free-text",
    "description": "Paring of 2 calluses R forefoot (11056-XS) + LN2 plantar wart L heel (17110); commercial",
    "date": "2025-12-05",
    "patient": ("Whitfield", "Rosalind", "1978-01-29", "female"),
    "provider": "weiss", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Callosities, right forefoot", "L84", "Right sub-1st and sub-5th metatarsal heads", reason=True),
        C("c2", "Plantar wart, left heel", "B07.0", "Left plantar heel", reason=True),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesions", site="Right plantar forefoot (under 1st and 5th MT heads)",
          note="Two painful calluses pared with #15 blade until pain-free; no pinpoint bleeding.", reasons=["c1"]),
        P("Cryotherapy plantar wart", site="Left plantar heel",
          note="Single 8 mm verruca with thrombosed capillaries; LN2 x 2 freeze-thaw cycles. Not pared.",
          reasons=["c2"]),
    ],
    "note": """Dr. S. Weiss - GPDD
46F, nurse on her feet 12 h/day.
Painful calluses R forefoot (under the 1st and 5th MT heads) for a year.
Painful wart L heel for 4 months, walks on it, failed OTC salicylic pads x 6 wk.
No diabetes, no PAD. NKDA.
Exam: R forefoot two thick yellow calluses with preserved skin lines; L heel single 8 mm verrucous papule
interrupting skin lines with black dots.
Procedures as entered - two different feet, different lesions.
Plan: metatarsal pads, pumice; salicylic acid 40% pads to the wart; recheck 4 wk.
Repeat cryo at recheck if needed.
""",
    "expected": E([L("11056", 1, "XS"), L("17110")]),
    "coder_note": "Two calluses -> 11056. One painful plantar wart -> 17110. In the table 17110 is column 1 and 11056 "
                  "column 2 (indicator 1); different lesions on different feet -> XS on 11056.",
})

SCENARIOS.append({
    "id": "s24-par-seven-corns-calluses-words",
    "family": "paring", "shape": "note-only",
    "description": "Paring of seven corns/calluses on both feet (count in words) -> 11057 x1",
    "date": "2026-01-16",
    "patient": ("Achterberg", "Pieter", "1969-09-02", "male"),
    "provider": "okonkwo", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Corns and callosities, bilateral feet", "L84", "Bilateral feet", reason=True),
    ],
    "note_title": "Foot Lesion Visit",
    "note": """Granite Peak Dermatology - Chidi Okonkwo, MD
56M, hereditary punctate keratoderma? No - clinically mechanical corns/calluses from work boots; painful,
limping by end of shift. No diabetes, no neuropathy, no vascular disease.
Exam: hard corns over the dorsal R 4th and 5th toes (two), soft corn L 4th web space (one), calluses under
the R 2nd MT head, L 1st MT head, L 5th MT head and L heel rim (four). No warts (skin lines preserved,
no pinpoint capillaries).
Procedure: after discussion, pared all seven hyperkeratotic lesions (two plus one plus four) with a #15 blade
and smoothed with a file. No bleeding.
Warts: none. No cryotherapy.
Plan: toe spacers, wider toe box, urea 40% cream. Return 8-10 weeks for repeat paring.
""",
    "expected": E([L("11057")], dx={"11057": ["L84"]}),
    "coder_note": "More than four lesions pared -> 11057 x1 (7 lesions: 2 + 1 + 4).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s24-pt-new-pt-hand-eyelid-dermatitis-80-allergens-sent-x1",
    "family": "patch-test", "shape": "pre-coded",
    "description": "New-patient evaluation of hand/eyelid dermatitis (99204-25) + patch test placement 80 allergens sent as 95044 x1",
    "date": "2025-11-17",
    "patient": ("Lachance", "Simone", "1981-02-14", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 50, "em": "99204",
    "conditions": [
        C("c1", "Dermatitis of hands and eyelids, suspected allergic contact", "L30.9", "Bilateral hands and eyelids",
          reason=True),
    ],
    "procedures": [
        P("Patch test application", cpt="95044", site="Upper back", note="Qty 1", reasons=["c1"]),
    ],
    "note_title": "New Patient Consultation - Contact Dermatitis Clinic",
    "note": """GRANITE PEAK DERMATOLOGY - CONTACT DERMATITIS CLINIC
June Abernathy, MD
New patient, 44F, hairdresser, referred by PCP for 9 months of hand dermatitis and 3 months of eyelid
dermatitis. Tried triamcinolone 0.1% (hands) with partial relief; using OTC hydrocortisone on eyelids.
Symptoms worse on workdays, better on vacation. Uses nitrile gloves inconsistently. Also acrylic nails
at a salon every 3 weeks. No asthma/atopy.

Exam: dorsal hands and fingers with lichenified scaly erythematous plaques, fissures of fingertips;
bilateral upper eyelids with fine scaly erythema and edema. Nails: acrylic overlays. Back clear for
testing.

Assessment: chronic hand dermatitis + eyelid dermatitis - allergic contact (hair dye/PPD, glyceryl
thioglycolate, acrylates) vs irritant. Moderate complexity: chronic illness with progression, Rx.
Plan:
 1. Patch testing placed today: North American 80-allergen comprehensive series (80 allergens) on the upper
    back, Finn chambers; hairdresser series not available - will add if needed. Readings at 48 h and 96 h.
 2. Stop topical steroids on the back; continue on hands: clobetasol 0.05% ointment BID hands only x 2 wk
    (Rx). Eyelids: tacrolimus 0.1% ointment BID (Rx), stop OTC hydrocortisone.
 3. Remove acrylic nails before next appointment if possible.
 4. Glove advice, work note.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)], topics=["coding-correction"], dx={"95044": ["L30.9"]}),
    "coder_note": "95044 units = number of allergens (80; MUE 90). The new-patient evaluation with prescriptions is "
                  "separately identifiable; 95044/99204 is indicator 1 -> 99204-25.",
})

SCENARIOS.append({
    "id": "s24-pt-true-test-35-allergens-medicaid",
    "family": "patch-test", "shape": "free-text",
    "description": "Established pt, T.R.U.E. test panels 1-3 with 35 allergens placed -> 95044 x35, no E/M; Medicaid",
    "date": "2025-12-08",
    "patient": ("Ojeda", "Marisol", "1992-06-27", "female"),
    "provider": "nakamura", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Dermatitis, neck and wrists, suspected allergic contact", "L30.9", "Neck and wrists", reason=True),
    ],
    "procedures": [
        P("Patch test placement - T.R.U.E. test panels 1, 2 and 3", site="Upper back",
          note="35 allergen patches applied (panel 1: 12, panel 2: 12, panel 3: 11). Marked with skin marker.",
          reasons=["c1"]),
    ],
    "note": """R. Nakamura MD - GPDD
33F, seen 11/24 for recurrent dermatitis of the neck (necklace line) and wrists (watch band); plan was
patch testing.
Off oral steroids > 4 wk, no topical steroids on back x 2 wk, no recent sun on the back.
No antihistamine restriction needed. Not pregnant.
Back skin clear today.
Today: placement only, as documented (panels 1-3 applied to the upper back, mapped).
Instructions: keep dry, no exercise, no sun to the back.
Return Wednesday for 48 h reading and Friday for the delayed reading.
Reading visits are part of the testing.
No other issues addressed today.
""",
    "expected": E([L("95044", 35)]),
    "coder_note": "95044 per allergen tested: 12 + 12 + 11 = 35. Placement-only visit, no E/M selected.",
})

SCENARIOS.append({
    "id": "s24-photo-nbuvb-psoriasis-medicare-no-tar",
    "family": "phototherapy", "shape": "free-text",
    "description": "NB-UVB session for plaque psoriasis, no tar, no psoralen -> 96900; Medicare",
    "date": "2025-12-19",
    "patient": ("Gustafsson", "Leif", "1950-07-31", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("Narrowband UVB phototherapy", site="Whole body cabinet",
          note="Treatment #14. 311 nm NB-UVB, dose 980 mJ/cm2 (+10%). Goggles, genital shielding. No tar "
               "applied; no psoralen. Mineral oil only.", reasons=["c1"]),
    ],
    "note": """Phototherapy unit - Granite Peak Dermatology (supervising: C. Okonkwo MD, on site)
75M, plaque psoriasis ~14% BSA at start, now ~6%. Topicals alone failed (clobetasol, calcipotriene).
Session 14 of planned 24, three times weekly.
Pre-treatment check: minimal erythema after last session - dose advanced 10%.
No photosensitizing medications added (med list reviewed: amlodipine, metformin).
Goeckerman (tar + UVB) was considered at intake and declined by the patient (odor, time) - not given.
Skin check by nurse: no burning, no new lesions.
Eye protection and face shield used.
Topicals continue at home.
Next session Monday.
""",
    "expected": E([L("96900")], dx={"96900": ["L40.0"]}),
    "coder_note": "UVB without tar or psoralen is actinotherapy 96900; Goeckerman 96910 was only considered. NCD 250.1 "
                  "covers UVB for psoriasis.",
})

SCENARIOS.append({
    "id": "s24-photo-excimer-elbows-knees-sent-96920-twice",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer to elbows 120 sq cm + knees 150 sq cm, sent as 96920 x2 -> one 96921 for 270 sq cm total",
    "date": "2026-01-23",
    "patient": ("Rourke", "Declan", "1985-12-05", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Localized plaque psoriasis, elbows and knees", "L40.0", "Bilateral elbows and knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment", cpt="96920", site="Bilateral elbows", note="120 sq cm", reasons=["c1"]),
        P("Excimer laser treatment", cpt="96920", site="Bilateral knees", note="150 sq cm", reasons=["c1"]),
    ],
    "note": """GPDD - Samuel Weiss, MD
40M, localized plaque psoriasis (~4% BSA) of elbows and knees, failed 4 months of clobetasol and
calcipotriene. Excimer course approved by Aetna (13 treatments). Treatment 5 today.
Interval: plaques thinner, less scale; mild erythema from last session, no blistering.
308 nm excimer:
  elbows (both) - total 120 sq cm
  knees (both) - total 150 sq cm
Fluence per protocol (+15% knees).
Total area treated this session: 270 sq cm.
Tolerated well. Eye protection used.
Next in 3 days.
""",
    "expected": E([L("96921")], topics=["coding-correction"], dx={"96921": ["L40.0"]}),
    "coder_note": "Excimer is coded once per session by the total area: 120 + 150 = 270 sq cm -> 96921 (250-500). "
                  "Two 96920 lines are wrong.",
})

SCENARIOS.append({
    "id": "s24-cos-medicare-facial-sks-for-appearance-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Medicare FFS: LN2 to six asymptomatic SKs on face/neck for appearance, voluntary ABN -> 17110-GY-GX",
    "date": "2025-11-21",
    "patient": ("Bellamy", "Constance", "1946-05-09", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, face and neck", "L82.1", "Face and neck", reason=True),
    ],
    "note_title": "Procedure Visit",
    "note": """Rafael Santos, MD - Granite Peak Dermatology
79F asks to have "those brown warty spots" on her face and neck removed before her granddaughter's wedding.
She reports they do not itch, bleed, hurt or catch on anything; unchanged for years. Purely bothered by
appearance.
Exam: six stuck-on, waxy tan-brown papules (L cheek 2, R temple 1, forehead 1, L neck 2), typical SK on
dermoscopy, no inflammation, no atypical features. No diagnostic uncertainty - no biopsy.
Discussed that Medicare does not cover cosmetic removal. Patient elected treatment and signed the voluntary
Advance Beneficiary Notice acknowledging she will pay.
Procedure: LN2, 1 cycle, to the six SKs.
Aftercare reviewed.
""",
    "expected": E([L("17110", 1, "GY", "GX")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-1/COS-4: asymptomatic SKs removed for appearance are statutorily excluded (no BSL-3 reason) -> "
                  "GY, plus GX for the voluntary ABN; Medicare FFS.",
})

SCENARIOS.append({
    "id": "s24-cos-bcbs-back-nevus-bx-plus-cosmetic-chin-shave",
    "family": "cosmetic", "shape": "free-text",
    "description": "Covered shave bx of changing back nevus (11102) + cosmetic shave of asymptomatic chin nevus (self-pay, removed)",
    "date": "2026-01-26",
    "patient": ("Whitlock", "Annabelle", "1990-10-10", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Dysplastic nevus, mild atypia, mid back", "D22.5", "Mid back", reason=True),
        C("c2", "Intradermal nevus, chin", "D22.39", "Chin", reason=True),
    ],
    "procedures": [
        P("Tangential biopsy", site="Mid back",
          note="6 mm nevus that darkened and developed an irregular border over 4 months. Saucerization biopsy to "
               "GPD Lab.", reasons=["c1"]),
        P("Cosmetic shave removal", site="Chin",
          note="5 mm soft flesh-colored dome nevus, unchanged since childhood, asymptomatic; patient wants it off "
               "for appearance. Self-pay cosmetic fee collected; not to be billed to insurance.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Back, shave: compound dysplastic nevus with mild atypia, margins clear. B. Chin, shave: "
                 "intradermal nevus.", "date": "2026-01-29"},
    ],
    "note": """I. Castellanos MD - GPDD
35F.
(1) Changing mole on mid back - darker, irregular border over 4 months per her partner's photos.
    Biopsied today (medically indicated).
(2) Chin mole she dislikes cosmetically; no symptoms, no bleeding, no change since childhood.
    Cosmetic removal per her request; signed cosmetic consent/price sheet, paid at check-out.
No personal or family hx of melanoma. Meds: none.
Exam: mid back 6 mm nevus with irregular border and eccentric hyperpigmentation on dermoscopy;
chin 5 mm soft flesh-colored dome papule, benign features.
Both done today as entered.
Aftercare reviewed. Will call with back path.
""",
    "expected": E([L("11102")], topics=["cosmetic"], dx={"11102": ["D22.5"]}),
    "coder_note": "The changing back nevus biopsy is covered (BSL-3 change/diagnostic uncertainty). The chin shave is "
                  "cosmetic for a commercial payer -> line removed with a cosmetic finding (conventions).",
})

SCENARIOS.append({
    "id": "s24-tags-twenty-two-neck-axillae-irritated",
    "family": "skin-tags", "shape": "note-only",
    "description": "22 irritated/bleeding skin tags neck and axillae snipped -> 11200 + 11201 x1; Medicaid MCO",
    "date": "2025-12-23",
    "patient": ("Kamara", "Fatmata", "1976-04-04", "female"),
    "provider": "abernathy", "payer": "medicaid-mco", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, irritated, neck and axillae", "L91.8", "Neck and bilateral axillae", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": """GPDD - J. Abernathy MD
49F, many skin tags on the neck and in both armpits; they catch on her necklace and bra straps, several are
red and have bled onto clothing; two twisted and became painful last month.
PMH: prediabetes, obesity. Meds: none. NKDA.
Exam: pedunculated acrochordons - neck fourteen, R axilla five, L axilla three; several with hemorrhagic
crust and surrounding erythema.
Procedure: all twenty-two removed with gradle scissors after topical lidocaine; AlCl3 hemostasis.
Not sent to pathology (typical clinically).
Aftercare reviewed.
Discussed A1c check with PCP.
Return prn.
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "14 + 5 + 3 = 22 tags -> 11200 (first 15) + 11201 x ceil(7/10) = 1. Bleeding, irritation and pain "
                  "are documented, so not cosmetic.",
})

SCENARIOS.append({
    "id": "s24-tags-six-groin-sent-with-11201",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Six inflamed/twisted groin skin tags sent as 11200 + 11201 -> 11200 only; Medicare Advantage",
    "date": "2026-01-28",
    "patient": ("Pemberton", "Howard", "1953-03-22", "male"),
    "provider": "okonkwo", "payer": "medicare-advantage", "minutes": 15,
    "conditions": [
        C("c1", "Acrochordons, inflamed, inguinal folds", "L91.8", "Bilateral inguinal folds", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", cpt="11200", site="Bilateral inguinal folds", reasons=["c1"]),
        P("Removal of skin tags, additional", cpt="11201", site="Bilateral inguinal folds", reasons=["c1"]),
    ],
    "note": """C. Okonkwo MD - Granite Peak Dermatology
72M, diabetic, skin tags in both groin folds rub on underwear; two became twisted, dark and painful, one bled.
Meds: metformin, lisinopril. NKDA.
Exam: 6 acrochordons total (R groin 4, L groin 2), two with torsion/necrosis, erythema around them.
No intertrigo, no candidiasis.
Consent; 1% lidocaine at bases.
Removed all 6 by snip excision with electrocautery for hemostasis.
The darkest one sent to GPD Lab (path: fibroepithelial polyp with infarction).
Petrolatum, gauze.
Return prn.
""",
    "expected": E([L("11200")], topics=["coding-correction"], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 covers up to 15 tags; 11201 starts at tag 16 -> removed for 6 tags. Pain/bleeding/"
                  "inflammation documented.",
})

SCENARIOS.append({
    "id": "s24-rep-outside-mohs-ala-rim-complex-sent-intermediate",
    "family": "repair", "shape": "pre-coded",
    "description": "Reconstruction of outside Mohs defect of R alar rim, complex 2.8 cm sent as 12052 -> 13152",
    "date": "2025-12-02",
    "patient": ("Carrington", "Eudora", "1949-09-14", "female"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 60,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose (Mohs defect, cleared today)", "C44.311", "Right alar rim",
          reason=True),
    ],
    "procedures": [
        P("Repair of Mohs defect", cpt="12052", site="Right nasal ala / alar rim",
          note="Final length 2.8 cm.", reasons=["c1"]),
    ],
    "note_title": "Reconstruction Note",
    "note": """Granite Peak Dermatologic Surgery - Astrid Lindgren, MD
76F referred the same day by Dr. Ferrante (Summit Mohs Center, a separate practice) for reconstruction of a
Mohs defect of the R nasal ala after clearance of a nodular BCC this morning (2 stages there). Mohs and its
pathology are billed by Dr. Ferrante; we are doing the repair only.

Defect: 1.1 x 0.9 cm, R ala, extending through the alar rim (free margin of the nostril rim involved).
Repair: wound edges debrided of devitalized/charred tissue; wide undermining of the nasal sidewall;
rim realigned with a 5-0 Monocryl key suture at the nostril margin to prevent notching; deep layer 5-0
Monocryl, epidermis 6-0 nylon. Final repair length 2.8 cm. No flap, no graft.
EMA picked "intermediate repair" - this was complex (free rim + edge debridement).
Sutures out 6 days.
""",
    "expected": E([L("13152")], topics=["coding-correction"], dx={"13152": ["C44.311"]}),
    "coder_note": "REP-3: involvement of the nostril rim free margin and debridement of wound edges make it complex; "
                  "nose 2.8 cm -> 13152 (2.6-7.5 cm). Mohs is billed by the other practice (MOHS-1).",
})

SCENARIOS.append({
    "id": "s24-rep-garden-glass-three-lacerations-summed",
    "family": "repair", "shape": "note-only",
    "description": "Three glass lacerations, layered: L forearm 2.0 + R leg 3.0 (12032) and L hand 1.5 (12041)",
    "date": "2026-01-30",
    "patient": ("Ashworth", "Gideon", "1964-05-28", "male"),
    "provider": "santos", "payer": "medicare-advantage-ppo", "minutes": 50,
    "conditions": [
        C("c1", "Laceration without foreign body of left forearm", "S51.812A", "Left forearm", reason=True),
        C("c2", "Laceration without foreign body, right lower leg", "S81.811A", "Right lower leg", reason=True),
        C("c3", "Laceration without foreign body of left hand", "S61.412A", "Left dorsal hand", reason=True),
        C("c4", "Contact with sharp glass", "W25.XXXA"),
    ],
    "note_title": "Procedure Note - Laceration Repair",
    "note": """GRANITE PEAK DERMATOLOGY - Rafael Santos, MD
61M, established patient (AK follow-up scheduled today), arrived 40 minutes after a greenhouse pane broke
on him. Bleeding controlled with pressure. Tdap 2023 - up to date. No numbness/weakness. Not anticoagulated.
Exam / wounds (after irrigation with 500 mL saline; no glass seen or felt, X-ray not needed per exam):
  #1 L volar forearm: 2.0 cm, into subcutaneous fat.
  #2 R anterior lower leg (shin): 3.0 cm, into subcutaneous fat.
  #3 L dorsal hand: 1.5 cm, into subcutaneous fat, tendons intact with full extension against resistance.
Repairs (1% lidocaine with epi; hand plain lidocaine):
  #1 layered: 4-0 Vicryl deep, 4-0 nylon.
  #2 layered: 4-0 Vicryl deep, 4-0 nylon.
  #3 layered: 5-0 Vicryl deep, 5-0 nylon.
No debridement needed, no undermining, wounds clean.
AK follow-up deferred to next month (no AK treatment today).
Wound care; sutures out 10-14 days (hand 10 d).
""",
    "expected": E([L("12032"), L("12041")]),
    "coder_note": "REP-1/REP-2: intermediate repairs summed per group: forearm 2.0 + leg 3.0 = 5.0 cm (12031-12037 "
                  "extremities) -> 12032; hand 1.5 cm is in the 12041-12047 group -> 12041. No PTP edit between them.",
})
