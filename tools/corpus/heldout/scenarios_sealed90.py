"""Sealed set 90 (s90-): one Mohs surgeon's general-dermatology clinic days, terse one-liner notes.

Dr. Samuel Weiss (Mohs surgeon) runs a busy general-derm clinic between Mohs days. Clinic notes are one line per
problem with numbers and abbreviations; the surgical days get longer operative notes. Expected answers from the
rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md "Coding decisions" only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

DOC = "weiss"

# ---------------------------------------------------------------------------------------------------------------
# Biopsy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-bx-cheek-shbx-sk-reassured",
    "family": "biopsy", "shape": "note-only",
    "description": "One tangential bx R cheek; SKs reassured, old BCC scar checked; no E/M selected; Medicare FFS",
    "date": "2025-11-18",
    "patient": ("Dunleavy", "Roland", "1953-04-22", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of right cheek", "C44.319", "Right cheek", reason=True),
        C("c2", "Seborrheic keratoses, back", "L82.1", "Back"),
        C("c3", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM - clinic 11/18/25
72M est. Here for spot R cheek, wife noticed, bleeds w/ shaving x2 mo.

1. R cheek 6mm pink pearly pap w/ arborizing vessels -> sh bx (DermaBlade), AlCl, vaseline. ?BCC
2. SK x4 back - reassured, no tx
3. hx BCC L temple 2019 (Mohs) - scar clear, no recurrence
4. no other lesions of concern on face/neck/hands (focused exam)

Path to DermPath Assoc. Will call w/ results. If BCC -> Mohs consult.
RTC 6 mo FBSE.
S. Weiss MD
""",
    "path": [{"text": "Skin, right cheek, shave biopsy: BASAL CELL CARCINOMA, nodular type, extending to the deep "
                      "margin.", "site": "Right cheek"}],
    "expected": E([L("11102")], dx={"11102": ["C44.319"]}),
    "coder_note": "BX-1: sh bx = tangential -> 11102. SKs no tx, BCC history and the Mohs plan are not coded. "
                  "DX-2: pathology posted -> C44.319 (cheek = other parts of face). No E/M selected.",
})

SCENARIOS.append({
    "id": "s90-bx-punch-forearm-two-tangential",
    "family": "biopsy", "shape": "free-text",
    "description": "4 mm punch L forearm + 2 tangential bx (R upper back, L flank) -> 11104 + 11103 x2",
    "date": "2025-11-18",
    "patient": ("Okonjo", "Beatrice", "1967-09-03", "female"),
    "provider": DOC, "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Purpuric papules, left forearm", None, "Left forearm", reason=True),
        C("c2", "Atypical pigmented macule, right upper back", None, "Right upper back", reason=True),
        C("c3", "Changing pigmented papule, left flank", None, "Left flank", reason=True),
    ],
    "procedures": [
        P("Punch biopsy", site="Left forearm, volar",
          note="4mm pbx palpable purpura L volar forearm, r/o LCV. 4-0 nylon x1. H&E.", reasons=["c1"]),
        P("Shave biopsy", site="Right upper back",
          note="5mm irreg brown macule, 2 colors. Saucerized. AlCl.", reasons=["c2"]),
        P("Shave biopsy", site="Left flank",
          note="7mm dark pap, pt says darker x3 mo. Tangential bx to mid-dermis. AlCl.", reasons=["c3"]),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 11/18/25
58F est (last seen 2023). New purple spots L arm x1 wk after URI, + 2 moles she wants checked.
Meds: amlodipine, OTC ibuprofen for URI. NKDA.
ROS: no fever, no joint pain, no hematuria noticed, no abd pain.
- L vol forearm palp purpura, few, nonblanching -> 4mm pbx, ?LCV. UA + CBC/CMP ordered via PCP.
- R upper back 5mm irreg brown mac, 2 tones -> sh bx
- L flank 7mm dark pap, changing per pt -> sh bx
- rest of back: benign nevi, no tx
- legs: no purpura
Stop ibuprofen, acetaminophen instead.
Sutures out 10-14d with PCP ok. Path pending, will call.
S. Weiss MD
""",
    "path": [
        {"text": "Skin, left forearm, punch: leukocytoclastic vasculitis.", "site": "Left forearm"},
        {"text": "Skin, right upper back, shave: junctional dysplastic nevus with mild atypia.",
         "site": "Right upper back"},
        {"text": "Skin, left flank, shave: irritated seborrheic keratosis, pigmented.", "site": "Left flank"},
    ],
    "expected": E([L("11104"), L("11103", 2)]),
    "coder_note": "BX-2: one primary for the highest technique (punch 11104); each tangential bx takes its own add-on "
                  "11103 (allowed with 11104). 11104 and 11102 never together (PTP 0).",
})

SCENARIOS.append({
    "id": "s90-bx-precoded-11100-wedge-punch",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Pre-coded deleted 11100/11101; note shows wedge (incisional) R shin + punch L thigh -> 11106 + 11105",
    "date": "2025-12-09",
    "patient": ("Vasquez-Ortiz", "Marisol", "1959-01-30", "female"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 35,
    "conditions": [
        C("c1", "Tender indurated plaques of shins, suspected panniculitis", None, "Right shin", reason=True),
        C("c2", "Violaceous papule, left thigh", None, "Left thigh", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", cpt="11100", site="Right shin",
          note="Deep wedge incisional bx, 1.6 cm fusiform to subcut fat, 4-0 nylon simple interrupted.",
          reasons=["c1"]),
        P("Biopsy of skin, each additional lesion", cpt="11101", site="Left thigh",
          note="4mm punch, 4-0 nylon x1.", reasons=["c2"]),
    ],
    "note_title": "Procedure Note",
    "note": """WEISS DERM - procedure note 12/09/25
66F painful red-brown nodules/plaques both shins x6 wk + new violaceous pap L thigh.
Meds: levothyroxine, OCP stopped 2020. NKDA. Recent strep throat? - sore throat early Oct, not tested.
Exam: R shin 1.8cm indurated tender plaque; L shin 2 similar 1-1.5cm; L thigh 5mm violaceous pap.
R shin -> incisional (wedge) bx w/ #15 blade, ellipse to fat for septal vs lobular panniculitis.
  Closed w/ 4-0 nylon simple interrupted.
L thigh 5mm violaceous pap -> 4mm pbx, 4-0 nylon x1.
L shin plaques similar - not sampled.
CXR/ASO/quant gold per PCP. NSAIDs ok. Leg elevation.
Sutures out 14d. Path pending.
S. Weiss MD
""",
    "path": [
        {"text": "Skin and subcutis, right shin, incisional: septal panniculitis consistent with erythema nodosum.",
         "site": "Right shin"},
        {"text": "Skin, left thigh, punch: lichen planus-like keratosis.", "site": "Left thigh"},
    ],
    "expected": E([L("11106"), L("11105")], topics=["invalid-code"]),
    "coder_note": "11100/11101 deleted 2019 (BX-1). Wedge with a blade = incisional 11106 primary (outranks punch); "
                  "the punch takes 11105 (add-on allowed with 11106).",
})

# ---------------------------------------------------------------------------------------------------------------
# Shave removal
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-sh-nasal-sidewall-idn-glasses",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal 5 mm bleeding IDN L nasal sidewall rubbed by glasses; Medicare FFS, covered",
    "date": "2025-11-18",
    "patient": ("Plunkett", "Agnes", "1948-07-14", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Intradermal nevus, left nasal sidewall, irritated and bleeding", "D22.39", "Left nasal sidewall",
          reason=True),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 11/18/25
77F est. CC: 'mole on my nose keeps bleeding'.
Meds: clopidogrel, atorvastatin. NKDA.
L nasal sidewall 5mm dome flesh IDN, present yrs, unchanged in size.
  Glasses nose pad rubs it raw, bled on pillow x2 wk, eroded + crusted today.
  -> shave removal flush w/ DermaBlade, AlCl, pressure (on clopidogrel). Path.
Cherry angiomas trunk - not bothersome, no tx.
Pt asked re laser for rosacea cheeks - discussed, not today.
Wound care: vaseline daily until healed, pad glasses w/ moleskin.
RTC prn.
S. Weiss MD
""",
    "path": [{"text": "Skin, left nasal sidewall, shave: intradermal melanocytic nevus, irritated, with erosion.",
              "site": "Left nasal sidewall"}],
    "expected": E([L("11310")], dx={"11310": ["D22.39"]}),
    "coder_note": "SH-1: nose = FEENLM, 0.5 cm -> 11310. BSL-3: bleeding + documented trauma from glasses -> covered, "
                  "no GY/GA. Angiomas and the laser talk are not services.",
})

SCENARIOS.append({
    "id": "s90-sh-scalp-precoded-wrong-band",
    "family": "shave", "shape": "pre-coded",
    "description": "Pre-coded 11306 for a 1.4 cm scalp shave removal -> 11307",
    "date": "2025-12-09",
    "patient": ("Haverkamp", "Dieter", "1961-02-08", "male"),
    "provider": DOC, "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, scalp", "L82.0", "Scalp, vertex", reason=True),
    ],
    "procedures": [
        P("Shave removal, scalp lesion", cpt="11306", site="Scalp, vertex",
          note="1.4 x 1.1 cm raised crusted lesion, catches comb, bleeds. Shave removal, AlCl.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 12/09/25
64M new to me (transfer from Dr. Alvarez). CC: scalp bump bleeds when combing x2 mo.
Meds: none. NKDA.
Scalp exam: vertex 1.4x1.1cm stuck-on crusted pap, red rim, oozing.
  -> shave removal, AlCl. Path.
No other scalp lesions. AK? none seen today.
Face/ears: mild photodamage, no lesions of concern.
Vaseline to site daily.
Will call w/ path. RTC 1 yr.
S. Weiss MD
""",
    "path": [{"text": "Skin, scalp vertex, shave: inflamed seborrheic keratosis.", "site": "Scalp"}],
    "expected": E([L("11307")], topics=["coding-correction"], dx={"11307": ["L82.0"]}),
    "coder_note": "SH-1: scalp = SNHFG; 1.4 cm is in the 1.1-2.0 band -> 11307, not 11306 (0.6-1.0).",
})

SCENARIOS.append({
    "id": "s90-sh-shoulder-sized-back-unsized",
    "family": "shave", "shape": "free-text",
    "description": "Two shave removals: 8 mm L shoulder measured; mid-back lesion without size -> only 11301",
    "date": "2026-01-13",
    "patient": ("Lindahl", "Corinne", "1970-05-19", "female"),
    "provider": DOC, "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, left shoulder", "L82.0", "Left shoulder", reason=True),
        C("c2", "Inflamed seborrheic keratosis, mid back", "L82.0", "Mid back", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Left shoulder",
          note="8mm red crusted ISK under bra strap, bleeds. Shave removal, AlCl.", reasons=["c1"]),
        P("Shave removal", site="Mid back",
          note="ISK, oozing, itchy. Shave removal same technique, AlCl.", reasons=["c2"]),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 01/13/26
55F est. CC: 2 irritated 'moles' catching on bra, bleeding on shirts.
Meds: sertraline. All: sulfa (rash).
L shoulder 8mm ISK, red, crusted -> shave
mid back ISK, oozing, itchy -> shave
Other SKs trunk - quiet, no tx.
both to path.
vaseline bid. Bandage under strap.
Reviewed: SKs not precancerous, more may come.
RTC prn.
S. Weiss MD
""",
    "path": [
        {"text": "Skin, left shoulder, shave: inflamed seborrheic keratosis.", "site": "Left shoulder"},
        {"text": "Skin, mid back, shave: inflamed seborrheic keratosis.", "site": "Mid back"},
    ],
    "expected": E([L("11301")], topics=["missing-documentation"]),
    "coder_note": "Shave codes are size-banded; the mid-back lesion has no diameter anywhere -> no line + "
                  "missing-documentation (README). Shoulder 0.8 cm TAL -> 11301.",
})

# ---------------------------------------------------------------------------------------------------------------
# Excision, benign
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-exb-cyst-upper-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Excision 2.0 cm EIC R upper back with 1 mm margins (2.2 cm) + layered closure 4.0 cm",
    "date": "2025-12-09",
    "patient": ("Szymanski", "Tadeusz", "1979-10-11", "male"),
    "provider": DOC, "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Epidermal inclusion cyst, right upper back, recurrently inflamed", "L72.0", "Right upper back",
          reason=True),
    ],
    "html": True,
    "note_title": "Procedure Note - Excision",
    "note": """<html><body>
<p><b>WEISS DERMATOLOGY &amp; MOHS SURGERY - PROCEDURE NOTE</b></p>
<p>DOS 12/09/2025. 46M. EIC R upper back, inflamed x3 in past yr, drained by urgent care 8/2025. Quiet today.</p>
<p><b>Procedure:</b> excision of cyst, R upper back.<br/>
Cyst 2.0 x 1.6 cm (measured pre-op, skin marker). Margin 1 mm around punctum/cyst wall.<br/>
Consent, time-out. 1% lido w/ epi 8cc. Fusiform ellipse, cyst removed intact w/ wall.<br/>
Wound 4.0 cm. Layered closure: 4-0 Monocryl buried dermal x4, 4-0 nylon running.<br/>
EBL min. Tol well. Path.</p>
<p><b>Other:</b> back acne mild - no tx wanted. No I&amp;D today (not fluctuant).</p>
<p>SR 12-14d. RTC prn. -- S. Weiss MD</p>
</body></html>""",
    "path": [{"text": "Skin and subcutis, right upper back, excision: ruptured epidermal inclusion cyst with foreign "
                      "body giant cell reaction.", "site": "Right upper back"}],
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: 2.0 + 2 x 0.1 = 2.2 cm, trunk -> 11403. EX-5: layered closure of the 4.0 cm wound is "
                  "intermediate (trunk group 12031-12037, 2.6-7.5 cm) -> 12032, separately reportable.",
})

SCENARIOS.append({
    "id": "s90-exb-precoded-malignant-dysplastic-nevus",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Pre-coded 11602 but path dysplastic nevus; 0.8 cm + 2 mm margins L upper arm -> 11402",
    "date": "2026-01-13",
    "patient": ("Brennan-Kaur", "Lillian", "1988-06-25", "female"),
    "provider": DOC, "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Dysplastic nevus with moderate atypia, left upper arm, re-excision", None, "Left upper arm",
          reason=True),
    ],
    "procedures": [
        P("Excision, malignant lesion, arm", cpt="11602", site="Left upper arm",
          note="Re-excision of sh bx site, mod atypical nevus. 0.8 cm residual pigment/scar, 2 mm margins. "
               "Simple closure 4-0 nylon.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """WEISS DERM - procedure note 01/13/26
37F. L upper arm sh bx 12/16/25 = compound dysplastic nevus, MODERATE atypia, + lat margin.
Meds: OCP. NKDA.
No melanoma hx, no FHx.
Re-excise per protocol.
0.8cm pigmented scar, 2mm margins marked.
Lido 1% w/ epi 4cc. Ellipse, simple closure 4-0 nylon x5.
Path. Vaseline, SR 10-12d.
Other nevi: stable, no tx.
RTC 6 mo FBSE.
S. Weiss MD
""",
    "path": [{"text": "Skin, left upper arm, re-excision: residual compound dysplastic nevus with moderate atypia; "
                      "margins free. No melanoma.", "site": "Left upper arm"}],
    "expected": E([L("11402")], topics=["coding-correction"]),
    "coder_note": "EX-3: benign vs malignant follows final path; dysplastic nevus is not malignant -> benign code. "
                  "EX-1: 0.8 + 0.4 = 1.2 cm arm -> 11402. Simple closure included (EX-5).",
})

SCENARIOS.append({
    "id": "s90-exb-earlobe-changing-nevus",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision 0.5 cm changing nevus R earlobe with 2 mm margins (0.9 cm) -> 11441",
    "date": "2026-01-13",
    "patient": ("Aldana", "Joaquin", "1992-03-12", "male"),
    "provider": DOC, "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Changing pigmented nevus, right earlobe", None, "Right earlobe", reason=True),
    ],
    "procedures": [
        P("Excision", site="Right earlobe",
          note="0.5 cm darkening nevus R lobule, 2 mm margins, full thickness skin ellipse (cartilage-free lobule). "
               "5-0 prolene simple interrupted.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 01/13/26
33M new. CC: R earlobe mole darker + bigger per girlfriend, photos from 2023 confirm.
Meds: none. NKDA. No FHx melanoma. Fair skin, 2 blistering sunburns as teen.
Derm: R lobule 5mm brown pap, irreg border, 2 shades of brown on dermoscopy.
Plan: excise 2mm margins today rather than bx (small, cosmetically better).
Consent. Lido 1% w/ epi 2cc.
Ellipse lobule skin, 5-0 prolene simple.
Rest of skin exam (face/neck/trunk/arms): benign nevi.
Sutures out 7d. Path.
S. Weiss MD
""",
    "path": [{"text": "Skin, right earlobe, excision: compound melanocytic nevus with congenital features; no "
                      "atypia; margins clear.", "site": "Right earlobe"}],
    "expected": E([L("11441")], dx={"11441": ["D22.21"]}),
    "coder_note": "EX-1: 0.5 + 2 x 0.2 = 0.9 cm; ear = FEENLM -> 11441. Benign path -> D22.21 (right ear).",
})

# ---------------------------------------------------------------------------------------------------------------
# Excision, malignant
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-exm-back-bcc-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision bx-proven BCC R upper back 1.2 cm + 4 mm margins (2.0 cm) + intermediate 5.5 cm",
    "date": "2025-12-09",
    "patient": ("Moreau", "Gaston", "1944-12-01", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, right upper back", "C44.519", "Right upper back", reason=True),
    ],
    "note_title": "Operative Note - Excision",
    "note": """WEISS DERMATOLOGY & MOHS SURGERY - EXCISION
DOS 12/09/2025   81M
Dx: nodular BCC R upper back, sh bx 11/18/25 (DP25-40211). Trunk, nodular, 1.2cm -> standard excision (not Mohs).

Lesion 1.2 x 0.9 cm. 4 mm margins marked -> 2.0 cm. Ellipse oriented along RSTL.
Lido 1% w/ epi 10cc. Excised to fat, tagged 12:00 suture.
Wound 5.5 cm. Layered: 3-0 Monocryl buried x5, 4-0 prolene running.
EBL min. No comp.
Also: AK L hand x2 - pt wants to wait, ok, next visit.
SR 14d. Path.
S. Weiss MD
""",
    "path": [{"text": "Skin, right upper back, excision: basal cell carcinoma, nodular type; margins free "
                      "(closest 3 mm).", "site": "Right upper back"}],
    "expected": E([L("11602"), L("12032")], dx={"11602": ["C44.519"]}),
    "coder_note": "EX-1: 1.2 + 0.8 = 2.0 cm trunk malignant -> 11602. Layered closure 5.5 cm trunk -> 12032 "
                  "(EX-5). AKs deferred, not treated -> nothing.",
})

SCENARIOS.append({
    "id": "s90-exm-mis-reexcision-58-negative",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Re-excision MIS L upper arm 7 days after first excision (10-day global), path negative -> 11603-58",
    "date": "2025-12-09",
    "patient": ("Teague", "Wilhelmina", "1957-08-17", "female"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 35,
    "conditions": [
        C("c1", "Melanoma in situ, left upper arm, positive peripheral margin", "D03.62", "Left upper arm",
          reason=True),
    ],
    "prior": [PRIOR("2025-12-02", "11601", "Excision malignant lesion, left upper arm", "Left upper arm",
                    "MIS 0.6 cm, 2 mm margins (1.0 cm). Path: MIS, peripheral margin involved.")],
    "procedures": [
        P("Re-excision, melanoma in situ", cpt="11603", site="Left upper arm",
          note="Scar 1.6 cm, 5 mm margins all around (2.6 cm). Ellipse to fat. Simple closure 4-0 nylon.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """WEISS DERM - procedure note 12/09/25
68F. MIS L upper arm exc 12/2/25 (1cm) -> path + peripheral margin.
Planned re-excision today (discussed 12/2 when path back).
Meds: losartan. NKDA.
Healing scar 1.6cm, no pigment visible.
5mm margins -> 2.6cm.
Lido 1% w/ epi 6cc. Excised to fat.
Closed simple interrupted 4-0 nylon (skin mobile, no deep layer needed).
FBSE done 12/2, nothing else.
RTC SR 10-14d, then q3mo skin checks x1 yr.
S. Weiss MD
""",
    "path": [{"text": "Skin, left upper arm, re-excision: healing scar with dermal fibrosis; no residual melanoma in "
                      "situ identified; margins free.", "site": "Left upper arm"}],
    "expected": E([L("11603", 1, "58")], topics=["global-period"], dx={"11603": ["D03.62"]}),
    "coder_note": "EX-4: re-excision of a malignant lesion stays malignant even with a negative specimen; 1.6 + 1.0 = "
                  "2.6 cm arm -> 11603. Inside the 10-day global of 11601 (12/02) and staged for margins -> 58 (GS-5). "
                  "DX-4: still treatment -> D03.62, not history.",
})

SCENARIOS.append({
    "id": "s90-exm-scc-dorsal-hand-layered",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Excision SCC L dorsal hand 0.9 cm + 4 mm margins (1.7 cm) + layered 3.0 cm hand -> 11622 + 12042",
    "date": "2026-01-13",
    "patient": ("Guthrie", "Emmett", "1941-05-29", "male"),
    "provider": DOC, "payer": "medicare-ngs", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma, well differentiated, left dorsal hand", "C44.629", "Left dorsal hand",
          reason=True),
    ],
    "procedures": [
        P("Excision of skin cancer", site="Left dorsal hand",
          note="Bx-proven SCC (12/9/25). Lesion 0.9 x 0.7 cm, 4 mm margins = 1.7 cm. Fusiform, excised to "
               "subcut, extensor tendons not exposed.", reasons=["c1"]),
        P("Layered closure", site="Left dorsal hand",
          note="3.0 cm. 4-0 Monocryl buried deep dermal x3, 5-0 nylon simple interrupted.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """WEISS DERM - procedure note 01/13/26
84M. well-diff SCC L dorsal hand, sh bx 12/9.
Not Mohs per pt (won't do the long day); discussed Mohs vs WLE, chose WLE.
Meds: warfarin (INR 2.4 yesterday), metoprolol. NKDA.
Lido 1% w/ epi 5cc.
Exc 1.7cm dia, layered closure 3.0cm.
Hemostasis cautery, pressure dsg. Path margins.
R hand 2 hyperkeratotic paps ?AK vs early SCC - watch, bx if grows.
Elevate hand 48h.
SR 14d.
S. Weiss MD
""",
    "path": [{"text": "Skin, left dorsal hand, excision: squamous cell carcinoma, well differentiated, invasive to "
                      "1.1 mm; margins free.", "site": "Left dorsal hand"}],
    "expected": E([L("11622"), L("12042")], dx={"11622": ["C44.629"]}),
    "coder_note": "EX-1: 0.9 + 0.8 = 1.7 cm; hand = SNHFG -> 11622. Intermediate repair of the hand is in 12041-12047 "
                  "(not 12031-12037); 3.0 cm -> 12042. R hand lesions only watched.",
})

# ---------------------------------------------------------------------------------------------------------------
# Mohs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-mohs-nasal-ala-rim-complex",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R nasal ala BCC 2 stages (3/2 blocks) + complex repair 2.2 cm involving nostril rim",
    "date": "2025-11-20",
    "patient": ("Castellano", "Rosaria", "1946-02-17", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 200,
    "conditions": [
        C("c1", "Basal cell carcinoma, infiltrative, right nasal ala", "C44.311", "Right nasal ala", reason=True),
    ],
    "note_title": "Mohs Operative Report",
    "note": """WEISS DERMATOLOGY & MOHS SURGERY - MOHS OPERATIVE REPORT
DOS 11/20/2025     Surgeon and pathologist: Samuel Weiss MD
Pt: 79F. Referring: self (bx here 10/28/25, DP25-38810: BCC, infiltrative, R nasal ala).
Indication: BCC, nose (H zone), infiltrative subtype.
Meds: apixaban - continued per cardiology. NKDA.

Pre-op size 0.8 x 0.6 cm, ill-defined, abutting R alar rim.
Anesth: 1% lido w/ epi 5cc + 0.25% bupi 2cc.

Stage I: 3 blocks. + tumor at 8-10 o'clock periph (block 3).
Stage II: 2 blocks from 7-11 o'clock. Clear.
Total 2 stages / 5 blocks. Frozen H&E read by me.

Defect 1.2 x 0.9 cm R ala involving the free alar (nostril) rim.
Repair: complex linear repair. Undermining of nasal sidewall, rim re-approximated with 6-0 Monocryl to
  restore the free margin, 6-0 Prolene. Final length 2.2 cm. No cartilage graft needed.
Pressure dsg. Keep apixaban. SR 7d.
Discussed: if rim notches, may need revision later - not planned.
S. Weiss MD
""",
    "expected": E([L("17311"), L("17312"), L("13151")], dx={"17311": ["C44.311"]}),
    "coder_note": "MOHS-2: nose, 2 stages, no stage > 5 blocks -> 17311 + 17312. REP-3: repair involving the nostril "
                  "rim free margin = complex; nose 2.2 cm -> 13151 (MOHS-7, no PTP with 17311). Possible revision "
                  "not performed.",
})

SCENARIOS.append({
    "id": "s90-mohs-scalp-precoded-as-trunk",
    "family": "mohs", "shape": "pre-coded",
    "description": "Scalp SCC Mohs pre-coded 17313/17314; stage 1 has 7 blocks -> 17311 + 17312 + 17315 x2 + 12032",
    "date": "2025-11-20",
    "patient": ("Ferreira", "Horacio", "1950-09-09", "male"),
    "provider": DOC, "payer": "commercial", "minutes": 180,
    "conditions": [
        C("c1", "Squamous cell carcinoma, moderately differentiated, left parietal scalp", "C44.42",
          "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("Mohs surgery, first stage", cpt="17313", site="Left parietal scalp",
          note="Stage 1: 7 tissue blocks (large debulked field). + SCC at blocks 2 and 6.", reasons=["c1"]),
        P("Mohs surgery, additional stage", cpt="17314", site="Left parietal scalp",
          note="Stage 2: 2 blocks. Clear.", reasons=["c1"]),
        P("Intermediate repair", cpt="12032", site="Left parietal scalp",
          note="Layered closure: 3-0 PDS galea/dermis, staples. Length 4.5 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Note",
    "note": """WEISS DERMATOLOGY & MOHS SURGERY - Mohs note 11/20/25
75M SCC L parietal scalp, bx 10/2025 mod diff.
Meds: metformin, lisinopril. NKDA.
2.1cm pre-op, bald scalp, lots of AK around it.
Mohs:
  I = 7 blocks (+ at 2 blocks)
  II = 2 blocks, clear.
  2 stages total.
Defect 2.9 x 2.4 cm. Layered closure (galea + dermis), 4.5 cm, staples.
AKs surrounding scalp - not treated today, 5-FU discussed for after healing.
Staples out 10-14d.
Surgeon + pathologist: S. Weiss MD.
""",
    "expected": E([L("17311"), L("17312"), L("17315", 2), L("12032")], topics=["coding-correction"],
                  dx={"17311": ["C44.42"]}),
    "coder_note": "MOHS-2: scalp is head/neck -> 17311/17312, not trunk codes. 17315 = blocks beyond 5 in any stage: "
                  "stage 1 has 7 -> 17315 x2. Intermediate scalp repair 4.5 cm -> 12032 (MOHS-7). AKs untreated.",
})

SCENARIOS.append({
    "id": "s90-mohs-back-superficial-bcc-abn-ga",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs on a small primary superficial BCC of the back at pt insistence, ABN signed -> 17313-GA",
    "date": "2026-01-15",
    "patient": ("Whitcombe", "Eleanor", "1955-11-03", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 90,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left mid back", "C44.519", "Left mid back", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery", site="Left mid back",
          note="Stage 1: 2 blocks. Clear. Defect 1.1 x 0.9 cm, left to granulate.", reasons=["c1"]),
    ],
    "note_title": "Mohs Note",
    "note": """WEISS DERMATOLOGY & MOHS SURGERY - Mohs note 01/15/26
70F. sBCC L mid back 0.8cm, primary, bx 12/2025.
Not immunosuppressed, no XRT, no genetic syndrome.
Meds: alendronate, vit D. NKDA.
Told her Mohs does not meet appropriate-use criteria here (trunk, superficial, small, primary) and
  Medicare likely won't pay; offered ED&C, excision, imiquimod.
She insists on Mohs (sister had recurrence).
ABN (CMS-R-131) reviewed and signed today, option 1 chosen.
Mohs x1 stage, 2 blocks, clear.
Second intention. Vaseline + bandage daily.
RTC 2 wk wound check.
Surgeon and pathologist: S. Weiss MD.
""",
    "expected": E([L("17313", 1, "GA")], dx={"17313": ["C44.519"]}),
    "coder_note": "README decision: Mohs of a small primary superficial BCC of the trunk with an ABN on file, Medicare "
                  "FFS -> 17313-GA (MOHSN-2; COS-4). One stage, 2 blocks; no repair.",
})

SCENARIOS.append({
    "id": "s90-mohs-shin-scc-plus-cheek-bx",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R pretibial SCC (transplant pt) 2 stages + same-day tangential bx of a separate L cheek lesion",
    "date": "2026-01-15",
    "patient": ("Abernethy", "Cyril", "1958-04-04", "male"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 160,
    "conditions": [
        C("c1", "Squamous cell carcinoma, right pretibial leg", "C44.722", "Right pretibial leg", reason=True),
        C("c2", "Scaly papule, left cheek", None, "Left cheek", reason=True),
        C("c3", "Kidney transplant status", "Z94.0", history=True),
    ],
    "note_title": "Mohs Operative Report",
    "note": """WEISS DERMATOLOGY & MOHS SURGERY
DOS 01/15/2026. 67M renal tx 2011 (tacrolimus/MMF). Surgeon & pathologist S. Weiss MD.

1) SCC R pretibial leg, bx-proven 12/2025 (DP25-44102), 1.3cm, immunosuppressed -> Mohs.
   Stage I 4 blocks: + deep at 6:00. Stage II 3 blocks: clear.
   Defect 2.0 x 1.8cm. Pretibial, thin skin, on apixaban -> heal by second intention. Dsg + compression.
2) L cheek 5mm new scaly pink pap (not there 3 mo ago), separate from today's Mohs site
   -> sh bx, AlCl. ?SCC vs ISK.
3) multiple AKs forearms - LN2 next visit, not today.
RTC 1 wk wound check.
""",
    "path": [{"text": "Skin, left cheek, shave biopsy: squamous cell carcinoma in situ.", "site": "Left cheek"}],
    "expected": E([L("17313"), L("17314"), L("11102", 1, "XS")], dx={"17313": ["C44.722"]}),
    "coder_note": "MOHS-2: leg -> 17313 + 17314 (2 stages, <=5 blocks each). BX-5/DS-5: biopsy of a different lesion "
                  "(L cheek) is reportable; PTP 17313/11102 indicator 1 -> XS on 11102. AKs deferred.",
})

# ---------------------------------------------------------------------------------------------------------------
# Repair
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-rep-lacerations-summed",
    "family": "repair", "shape": "note-only",
    "description": "Walk-in glass lacerations: simple 3.2 cm forearm + 1.5 cm hand summed (12002); layered 1.2 cm brow",
    "date": "2025-12-11",
    "patient": ("Quintero", "Damian", "1985-06-30", "male"),
    "provider": DOC, "payer": "commercial", "minutes": 50,
    "conditions": [
        C("c1", "Laceration without foreign body, left forearm", "S51.812A", "Left forearm", reason=True),
        C("c2", "Laceration without foreign body, right hand", "S61.411A", "Right hand", reason=True),
        C("c3", "Laceration without foreign body, left eyebrow", "S01.112A", "Left eyebrow", reason=True),
    ],
    "note_title": "Procedure Note - Laceration Repair",
    "note": """WEISS DERM - procedure note 12/11/25
40M, PCP sent over (our office next door). Fell through storm door 2h ago. TD up to date (2022).
Meds: none. NKDA.
No FB on exam, irrigated NS 500cc, no tendon/nerve inj, full ROM/sensation.

L forearm lac 3.2cm - simple, 4-0 nylon interrupted.
R hand (thenar) lac 1.5cm - simple, 4-0 nylon.
L eyebrow lac 1.2cm, gaping, to subQ - layered: 5-0 Vicryl deep x2, 6-0 Prolene.
R knee abrasion - cleaned, vaseline, no closure.
Wound care handout. SR face 5d, arm/hand 10-12d.
S. Weiss MD
""",
    "expected": E([L("12002"), L("12051")]),
    "coder_note": "REP-1/REP-2: simple repairs of forearm and hand are in one group (12001-12007) -> 3.2 + 1.5 = "
                  "4.7 cm -> 12002. Brow (face) layered 1.2 cm -> 12051. Abrasion not repaired.",
})

SCENARIOS.append({
    "id": "s90-rep-chin-precoded-complex-1cm",
    "family": "repair", "shape": "pre-coded",
    "description": "Pre-coded 13131 for a 1.0 cm layered chin laceration repair (complex <=1.0 cm) -> 12051",
    "date": "2025-12-11",
    "patient": ("Ybarra", "Mateo", "2016-02-14", "male"),
    "provider": DOC, "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Laceration of chin", "S01.81XA", "Chin", reason=True),
    ],
    "procedures": [
        P("Complex repair, chin", cpt="13131", site="Chin",
          note="1.0 cm lac under chin, to subQ. Layered closure: 5-0 Monocryl deep x2, 6-0 nylon skin.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """WEISS DERM - procedure note 12/11/25
9M, sib of our pt, mom walked him over. Fell off scooter 1h ago, chin on curb.
No LOC, teeth ok, jaw ok, no malocclusion. Imms UTD per mom.
Meds: none. NKDA.
1.0cm lac submental, to fat, clean, no FB.
LMX then 1% lido. Irrigated NS.
Layered closure 5-0 Monocryl x2 deep, 6-0 nylon.
Steri-strips. Abx oint.
SR 5-7d. Mom aware of scar care, sunscreen x1 yr.
S. Weiss MD
""",
    "expected": E([L("12051")], topics=["coding-correction"]),
    "coder_note": "REP-2/code families: a complex repair <=1.0 cm is coded as simple/intermediate; layered closure of a "
                  "1.0 cm chin (face) wound -> 12051. No complex elements documented anyway.",
})

SCENARIOS.append({
    "id": "s90-rep-cheek-rhombic-flap-precoded-excision",
    "family": "repair", "shape": "pre-coded",
    "description": "Pre-coded 11642 + 14040 for excision of L cheek BCC closed by rhombic flap 5.6 sq cm -> 14040 only",
    "date": "2026-01-20",
    "patient": ("Nakashima", "Fumiko", "1949-10-21", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 70,
    "conditions": [
        C("c1", "Basal cell carcinoma, nodular, left cheek", "C44.319", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Excision malignant lesion face", cpt="11642", site="Left cheek",
          note="BCC 1.0 cm, 3 mm margins (1.6 cm).", reasons=["c1"]),
        P("Adjacent tissue transfer, cheek", cpt="14040", site="Left cheek",
          note="Rhombic transposition flap. Primary defect 2.0 sq cm + secondary defect 3.6 sq cm = 5.6 sq cm.",
          reasons=["c1"]),
    ],
    "note_title": "Operative Note",
    "note": """WEISS DERMATOLOGY - OPERATIVE NOTE  01/20/2026
76F, nodular BCC L mid cheek, bx 12/2025. Pt declined Mohs (cost/time), wants 1-step excision.
Meds: atenolol, ASA 81 (continued). NKDA.
Decision for surgery made at consult visit 01/06 - no E/M today.
Consent, time-out. Lido 1% w/ epi 8cc.
BCC 1.0cm, 3mm margins -> 1.6cm circular defect to fat.
Rhombic transposition flap from infero-lateral cheek: primary defect 2.0 sq cm, secondary 3.6 sq cm,
  total 5.6 sq cm. 5-0 Monocryl deep, 6-0 Prolene.
Hemostasis cautery. Pressure dsg 24h.
Specimen to path for margins. SR 6-7d.
S. Weiss MD
""",
    "path": [{"text": "Skin, left cheek, excision: basal cell carcinoma, nodular; margins free.",
              "site": "Left cheek"}],
    "expected": E([L("14040")], topics=["ncci"], dx={"14040": ["C44.319"]}),
    "coder_note": "FLAP-2: adjacent tissue transfer includes the excision of the same lesion; PTP 14040/11642 ind 1 "
                  "but no separate lesion -> drop 11642. Cheek 5.6 sq cm -> 14040.",
})

# ---------------------------------------------------------------------------------------------------------------
# Incision and drainage
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-id-left-axilla-abscess",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D of a single 3 cm abscess L axilla; HS considered and not present; Medicaid MCO",
    "date": "2025-12-11",
    "patient": ("Robichaux", "Tanisha", "1996-08-08", "female"),
    "provider": DOC, "payer": "medicaid-mco", "minutes": 20,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 12/11/25
29F. L armpit painful lump x4d, worse. Shaves axillae.
Meds: none. NKDA. Afebrile.
L axilla 3cm fluctuant tender nodule, surrounding erythema 1cm.
  -> I&D: lido 1%, #11 stab, ~2cc pus, cx sent.
  Loculations none. Packed 1/4" iodoform.
HS? - no other nodules, no sinus tracts, no scarring, no prior episodes -> not HS.
Doxy 100 bid x7d.
Pack out 48h (can do at home).
RTC prn / if recurs.
S. Weiss MD
""",
    "expected": E([L("10060")], dx={"10060": ["L02.412"]}),
    "coder_note": "Single uncomplicated abscess -> 10060. HS is considered and explicitly excluded, not coded.",
})

SCENARIOS.append({
    "id": "s90-id-buttock-three-abscesses-precoded",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Pre-coded 10060 but three separate buttock abscesses incised -> 10061",
    "date": "2026-01-13",
    "patient": ("Kowalczyk", "Bartosz", "1990-12-19", "male"),
    "provider": DOC, "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscesses of buttock, multiple", "L02.31", "Right buttock", reason=True),
    ],
    "procedures": [
        P("I&D abscess", cpt="10060", site="Right buttock",
          note="3 separate fluctuant abscesses R buttock (2.5, 2, 1.5 cm). Each incised and drained, "
               "loculations broken with hemostat, packed.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 01/13/26
35M recurrent boils, now 3 on R buttock x5d, wrestler.
Meds: none. NKDA. T 99.1.
R buttock: 3 separate fluctuant abscesses 2.5cm / 2cm / 1.5cm.
  -> I&D x3, lido 1%, pus ++, loculations broken up, packed each.
  MRSA cx sent.
Bactrim DS bid x10d.
Decolonization: mupirocin nares bid x5d + chlorhex washes.
No cellulitis beyond 1cm.
Pack out 2d. No mat practice until healed.
RTC 1 wk.
S. Weiss MD
""",
    "expected": E([L("10061")], topics=["coding-correction"], dx={"10061": ["L02.31"]}),
    "coder_note": "Code families: 10061 = complicated or multiple abscesses; three separate abscesses drained -> "
                  "10061, not 10060.",
})

# ---------------------------------------------------------------------------------------------------------------
# Intralesional
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-il-keloids-chest-ilk10",
    "family": "intralesional", "shape": "note-only",
    "description": "ILK 10 mg/mL into 3 chest keloids, 0.6 cc (6 mg) -> 11900 + J3301 x1",
    "date": "2025-11-18",
    "patient": ("Afolabi", "Chidinma", "1994-03-27", "female"),
    "provider": DOC, "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Keloid scars, central chest", "L91.0", "Central chest", reason=True),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 11/18/25
31F, keloids chest (acne scars), itchy + painful, inj #3 (last 10/14).
Meds: none. NKDA.
Exam: 3 keloids presternal 1.5 / 1.2 / 0.8cm, softer, flatter vs Oct.
  No atrophy/hypopigment.
Itch better, pain 2/10 (was 6).
ILK 10 x3 keloid chest 0.6cc total. 30g, tol well.
SK x2 neck - reassured, no tx.
Silicone sheets nightly.
RTC 6 wk, next inj.
S. Weiss MD
""",
    "expected": E([L("11900"), L("J3301")], dx={"11900": ["L91.0"]}),
    "coder_note": "3 lesions (<=7) -> 11900 x1. Triamcinolone 10 mg/mL x 0.6 mL = 6 mg -> J3301 x1 (per 10 mg, "
                  "rounded up). SKs not treated.",
})

SCENARIOS.append({
    "id": "s90-il-alopecia-areata-nine-patches-precoded",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Pre-coded 11900 for ILK into 9 AA patches, 5 mg/cc x 3.0 cc -> 11901 + J3301 x2",
    "date": "2025-12-09",
    "patient": ("Delacroix", "Simone", "1983-07-01", "female"),
    "provider": DOC, "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Alopecia areata, patchy, scalp", "L63.8", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection", cpt="11900", site="Scalp",
          note="9 patches, TAC 5 mg/cc, 3.0 cc total.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 12/09/25
42F AA, patchy, inj #2.
Meds: levothyroxine (Hashimoto). NKDA.
Count today: 9 patches
  (occipital x3, vertex x2, R parietal x2, L temporal x2).
2 patches from Oct regrowing, vellus hairs.
ILK 5 mg/cc (Kenalog-10 diluted w/ NS) 3.0cc total = 15mg, ~0.1cc q1cm.
Eyebrows/lashes ok, nails pitting mild.
Discussed JAK inhibitor if >50% - not there.
RTC 5 wk.
S. Weiss MD
""",
    "expected": E([L("11901"), L("J3301", 2)], topics=["coding-correction"]),
    "coder_note": "More than 7 lesions -> 11901, not 11900. 15 mg triamcinolone -> J3301 x2 (ceil(15/10)), which the "
                  "pre-coded claim omitted.",
})

SCENARIOS.append({
    "id": "s90-il-prurigo-nodules-em25",
    "family": "intralesional", "shape": "free-text",
    "description": "ILK into 12 prurigo nodules (24 mg) + separate E/M for scalp psoriasis Rx refill -> 99213-25",
    "date": "2026-01-13",
    "patient": ("Hollingsworth", "Vernon", "1952-01-16", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Prurigo nodularis, arms and legs", "L28.1", "Bilateral arms and legs", reason=True),
        C("c2", "Scalp psoriasis", "L40.0", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection", site="Arms and legs",
          note="12 nodules (R arm 4, L arm 3, R shin 3, L shin 2). TAC 10 mg/cc, 0.2 cc each = 2.4 cc total.",
          reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 01/13/26
73M est. Meds: amlodipine, tamsulosin. NKDA.
1. PN arms/legs, 12 picked nodules -> ILK 10, 0.2cc ea, 2.4cc total. Cont clobetasol oint to nodules qhs.
2. Scalp psoriasis - flaking worse since Nov, plaques occiput/behind ears ~2% BSA.
   Refill clobetasol 0.05% sol bid x2 wk then weekends; add ketoconazole 2% shampoo 2x/wk. Reviewed
   steroid atrophy risk.
3. Dupixent for PN - discussed, pt wants to wait until spring. Not started.
RTC 6 wk.
LOS 99213 for #2.
S. Weiss MD
""",
    "expected": E([L("99213", 1, "25"), L("11901"), L("J3301", 3)], dx={"11901": ["L28.1"]}),
    "coder_note": "12 lesions -> 11901; 10 mg/mL x 2.4 mL = 24 mg -> J3301 x3. Scalp psoriasis managed with Rx "
                  "changes is significant and separate (GS-3) -> 99213-25 (PTP 11901/99213 ind 1). G2211 not with 25.",
})

# ---------------------------------------------------------------------------------------------------------------
# Nails
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-nail-avulsion-both-great-toes",
    "family": "nails", "shape": "free-text",
    "description": "Total nail avulsion R great toe (first) then L great toe -> 11730-T5 + 11732-TA",
    "date": "2025-12-11",
    "patient": ("Stavros", "Nikolaos", "1975-04-11", "male"),
    "provider": DOC, "payer": "commercial-cigna", "minutes": 40,
    "conditions": [
        C("c1", "Nail dystrophy, painful, both great toes, after trauma", "L60.3", "Both great toenails",
          reason=True),
    ],
    "procedures": [
        P("Nail avulsion, first nail", site="Right great toe",
          note="Digital block 2% plain lido. Total avulsion R hallux nail plate, freer elevator. Matrix left intact.",
          reasons=["c1"]),
        P("Nail avulsion, each additional nail", site="Left great toe",
          note="Same technique, total avulsion L hallux nail. Matrix intact.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """WEISS DERM - procedure note 12/11/25
50M runner, both great toenails thick, lifted, painful in shoes after marathon trauma.
KOH neg x2 (Oct). No DM, pulses 2+.
Meds: none. NKDA.
R great toe first, then L great toe:
  digital blocks 2% plain lido,
  total plate avulsion,
  bases left intact (no matrixectomy).
Vaseline + Coban. Soaks bid.
Nail plates sent for PAS to r/o onychomycosis.
RTC 4 wk.
S. Weiss MD
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")]),
    "coder_note": "11730 for the first nail (provider labels R great toe as first), +11732 each additional. Digit "
                  "modifiers per conventions: R great toe T5, L great toe TA. Nail clipping PAS is a path service, "
                  "not ours.",
})

SCENARIOS.append({
    "id": "s90-nail-matrixectomy-precoded-avulsion",
    "family": "nails", "shape": "pre-coded",
    "description": "Pre-coded 11730 + 11750 on the same L great toe (partial matrixectomy) -> 11750-TA only",
    "date": "2026-01-20",
    "patient": ("Underhill", "Maxine", "1950-06-06", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe, lateral border, recurrent", "L60.0", "Left great toe",
          reason=True),
    ],
    "procedures": [
        P("Nail avulsion", cpt="11730", site="Left great toe",
          note="Lateral 1/4 nail plate avulsed.", reasons=["c1"]),
        P("Excision of nail and nail matrix, partial", cpt="11750", site="Left great toe",
          note="Lateral matrix phenolized 88% x3 x30s for permanent removal.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": """WEISS DERM - procedure note 01/20/26
75F recurrent ingrown L great toe lateral border, 3rd episode this yr, granulation, no abscess.
Meds: HCTZ, calcium. NKDA. No DM. DP pulses 2+.
Digital block 2% plain lido.
Lateral 1/4 plate avulsed.
Lateral matrix phenol 88% x3 - permanent narrowing.
No pus, no I&D needed. Keflex not needed.
R great toe - mild incurvation, no tx.
Soaks bid, wide toe box.
RTC 2 wk.
S. Weiss MD
""",
    "expected": E([L("11750", 1, "TA")], topics=["ncci"], dx={"11750": ["L60.0"]}),
    "coder_note": "11750 (permanent partial matrix removal) includes the avulsion of the same nail: PTP 11750/11730 "
                  "ind 1, same digit so no bypass -> 11730 dropped. Digit TA (left great toe).",
})

# ---------------------------------------------------------------------------------------------------------------
# Paring
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-paring-three-corns",
    "family": "paring", "shape": "free-text",
    "description": "Paring of 3 corns (both 5th toes, R sole) -> 11056; Medicaid",
    "date": "2025-12-11",
    "patient": ("Etheridge", "Dolores", "1971-09-14", "female"),
    "provider": DOC, "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Corns, feet", "L84", "Both feet", reason=True),
    ],
    "procedures": [
        P("Paring of corns", site="Both feet",
          note="#15 blade paring: R 5th toe lateral, L 5th toe lateral, R plantar 2nd MTH. 3 lesions.",
          reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 12/11/25
54F painful corns, works 12h shifts standing (CNA).
Meds: none. NKDA. Not diabetic.
Feet: corns x3 (R 5th toe lat, L 5th toe lat, R sub-2nd met head), hammertoe R 2nd.
Corns x3 pared w/ #15 blade.
Central core removed, pain relieved immediately.
Wart? - no pinpoint bleeding, skin lines intact -> not verruca.
Wider toe box shoes, silicone sleeves.
Podiatry if hammertoe worsens.
RTC prn.
S. Weiss MD
""",
    "expected": E([L("11056")], dx={"11056": ["L84"]}),
    "coder_note": "2-4 lesions -> 11056. Wart considered and excluded.",
})

SCENARIOS.append({
    "id": "s90-paring-five-calluses-precoded",
    "family": "paring", "shape": "pre-coded",
    "description": "Pre-coded 11056 for paring of five calluses -> 11057",
    "date": "2026-01-20",
    "patient": ("Mbeki", "Sipho", "1966-11-30", "male"),
    "provider": DOC, "payer": "commercial-aetna", "minutes": 20,
    "conditions": [
        C("c1", "Calluses, plantar feet", "L84", "Plantar feet", reason=True),
    ],
    "procedures": [
        P("Paring of calluses", cpt="11056", site="Plantar feet",
          note="R heel, R 1st MTH, L 1st MTH, L 5th MTH, L hallux IP. Five calluses pared.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 01/20/26
59M calluses both feet, painful w/ work boots (lineman).
Meds: omeprazole. NKDA.
Not diabetic. Pulses 2+. Sensation intact.
Pared x5:
  R heel, R 1st MTH,
  L 1st MTH, L 5th MTH, L hallux IPJ.
40% urea cream qhs.
Nails ok.
Cushioned insoles.
RTC 3 mo.
S. Weiss MD
""",
    "expected": E([L("11057")], topics=["coding-correction"], dx={"11057": ["L84"]}),
    "coder_note": "Paring bands: 1 / 2-4 / more than 4. Five lesions -> 11057.",
})

# ---------------------------------------------------------------------------------------------------------------
# Patch testing
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-patch-84-allergens",
    "family": "patch-test", "shape": "free-text",
    "description": "Patch application: 80-allergen series + 4 own products -> 95044 x84",
    "date": "2025-11-17",
    "patient": ("Greenhalgh", "Prudence", "1980-02-02", "female"),
    "provider": DOC, "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Eyelid dermatitis, chronic, suspected allergic contact", None, "Eyelids", reason=True),
    ],
    "procedures": [
        P("Patch test application, standard series", site="Upper back",
          note="80 allergens (expanded standard series), IQ chambers.", reasons=["c1"]),
        P("Patch test application, patient products", site="Upper back",
          note="4 pt products (moisturizer, mascara, nail polish, shampoo) as is / diluted.", reasons=["c1"]),
    ],
    "note_title": "Patch Test Placement",
    "note": """WEISS DERM - patch test placement 11/17/25
45F eyelid derm x8 mo, plan from 11/3 visit.
Off prednisone > 4 wk. No antihistamine issue. Back clear, no tan.
Placed today:
  80-allergen series
  + 4 own products (moisturizer, mascara, nail polish, shampoo)
  = 84 tests. Upper back, marked.
No topical steroid to back x1 wk. No showering back.
Read 48h (Wed) + 96h (Fri).
Nurse placed, I checked map.
S. Weiss MD
""",
    "expected": E([L("95044", 84)]),
    "coder_note": "95044 units = number of tests: 80 + 4 = 84 (MUE 90). No E/M today.",
})

SCENARIOS.append({
    "id": "s90-patch-100-allergens-new-pt-em25",
    "family": "patch-test", "shape": "note-only",
    "description": "New pt 99204 with separate rosacea Rx + 100 patch tests placed -> 99204-25 + 95044 capped at 90",
    "date": "2026-01-12",
    "patient": ("Pemberton", "Lucille", "1976-05-05", "female"),
    "provider": DOC, "payer": "commercial", "minutes": 55, "em": "99204",
    "conditions": [
        C("c1", "Hand dermatitis, chronic, suspected allergic contact (hairdresser)", None, "Both hands",
          reason=True),
        C("c2", "Papulopustular rosacea", "L71.9", "Face", reason=True),
    ],
    "note_title": "New Patient Note",
    "note": """WEISS DERM - new pt 01/12/26
NEW PT. 49F hairdresser, hand derm x6 mo + 'red bumpy face' x1 yr.
Meds: none. All: PCN (hives).
1. Hand derm - dorsal hands/fingers, fissured, worse at work. Tried gloves, OTC HC. Occupational ACD vs ICD.
   -> patch test placed today: 80-allergen expanded series + 20 hairdressing series = 100 allergens.
   Clobetasol oint bid to hands x2 wk (not on back). Nitrile gloves.
2. Rosacea, papulopustular, cheeks/nose/chin. New dx. Start metronidazole 0.75% gel bid + doxycycline
   40 mg ER daily. Trigger counselling.
3. FHx melanoma (father) - FBSE done, no suspicious lesions.
Reads 48h/96h. LOS 99204 (rosacea + hand derm mgmt, Rx drug mgmt).
S. Weiss MD
""",
    "expected": E([L("99204", 1, "25"), L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 per allergen: 100 applied, MUE 90 (MAI 3) -> capped at 90 with an mue finding (README). "
                  "New rosacea with two Rx is significant, separately identifiable work -> 99204-25 (PTP 95044/99204 "
                  "ind 1).",
})

# ---------------------------------------------------------------------------------------------------------------
# Phototherapy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-photo-excimer-three-sites-precoded",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Pre-coded 96920 x3 for one excimer session on 3 vitiligo areas totalling 270 sq cm -> 96921 x1",
    "date": "2025-12-09",
    "patient": ("Raghunathan", "Priya", "1990-10-10", "female"),
    "provider": DOC, "payer": "commercial", "minutes": 15,
    "conditions": [
        C("c1", "Vitiligo, face and hands", "L80", "Face and dorsal hands", reason=True),
    ],
    "procedures": [
        P("Excimer laser", cpt="96920", site="Right dorsal hand", note="60 sq cm, 400 mJ/cm2.", reasons=["c1"]),
        P("Excimer laser", cpt="96920", site="Left dorsal hand", note="70 sq cm, 400 mJ/cm2.", reasons=["c1"]),
        P("Excimer laser", cpt="96920", site="Face (perioral, chin, cheeks)",
          note="140 sq cm, 250 mJ/cm2.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Log",
    "note": """WEISS DERM - excimer log 12/09/25
35F vitiligo face/hands (nonsegmental), failed topicals x6 mo before laser.
Excimer course 2, tx #6, 2x/wk.
Repigmentation perifollicular ~30% face, hands slower.
Last tx: mild erythema face, resolved.
Today (one session):
  R hand 60 sq cm
  L hand 70 sq cm
  face 140 sq cm
  = 270 sq cm total. Doses per log. No blistering.
Cont tacrolimus 0.1% oint bid.
S. Weiss MD
""",
    "expected": E([L("96921")], topics=["coding-correction"], dx={"96921": ["L80"]}),
    "coder_note": "Excimer is coded once per session by total area: 60 + 70 + 140 = 270 sq cm -> 96921 (250-500) x1.",
})

SCENARIOS.append({
    "id": "s90-photo-puva-no-prior-therapy-gz",
    "family": "phototherapy", "shape": "free-text",
    "description": "PUVA session for psoriasis with no failed conventional therapy, no ABN, Medicare FFS -> 96912-GZ",
    "date": "2026-01-14",
    "patient": ("Lockridge", "Harold", "1954-03-23", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, ~12% BSA", "L40.0", "Trunk and extremities", reason=True),
    ],
    "procedures": [
        P("PUVA", site="Whole body cabinet",
          note="Oral 8-MOP 0.4 mg/kg 1.5h pre, UVA 1.5 J/cm2, tx #1.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Note",
    "note": """WEISS DERM - phototherapy 01/14/26
71M plaque psoriasis 12% BSA, new to us 1/2026.
Never used topicals or UVB - he read about PUVA and asked to start with it.
Offered topicals/NB-UVB first, declined.
Meds: none new. Eye exam 2025 ok, no cataract.
No hx skin ca. No photosensitizing meds.
PUVA tx #1 today.
Eye protection, 24h UVA glasses.
ABN not obtained (front desk missed it).
RTC 2x/wk.
S. Weiss MD
""",
    "expected": E([L("96912", 1, "GZ")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1 / NCD 250.1: PUVA only after failure of conventional therapy - not met. Medicare FFS, no "
                  "ABN -> GZ (README decision; COS-4).",
})

# ---------------------------------------------------------------------------------------------------------------
# Post-op / global period
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-po-suture-removal-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 9 days after 11602 (10-day global); provider picked 99212 -> 99024",
    "date": "2025-12-18",
    "patient": ("Moreau", "Gaston", "1944-12-01", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
        C("c2", "Basal cell carcinoma, right upper back, excised", "C44.519", "Right upper back"),
    ],
    "prior": [PRIOR("2025-12-09", "11602", "Excision malignant lesion, trunk", "Right upper back",
                    "BCC R upper back, 2.0 cm excised diameter, layered closure 5.5 cm.")],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 12/18/25
81M s/p exc BCC R upper back 12/9 (9d).
No pain, no fever. Dressing changed daily by wife.
Wound intact, no erythema/drainage, edges well apposed.
SR (prolene running) -> steri-strips.
Path: BCC nodular, margins clear (closest 3mm) - reviewed w/ pt.
AK L hand x2 - pt still wants to wait.
Scar care: silicone gel after 2 wk.
RTC 6 mo FBSE.
S. Weiss MD
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-1/GS-5: visit inside the 10-day global of 11602 for routine post-op care -> 99024, not an E/M. "
                  "AKs discussed, not treated, no separate problem managed.",
})

SCENARIOS.append({
    "id": "s90-po-flap-global-new-punch-79",
    "family": "post-op", "shape": "free-text",
    "description": "Punch bx of a new R calf nodule 44 days after a cheek flap (090 global) -> 11104-79",
    "date": "2026-01-27",
    "patient": ("Fairbanks", "Odessa", "1951-07-07", "female"),
    "provider": DOC, "payer": "commercial-cigna", "minutes": 15,
    "conditions": [
        C("c1", "Pink nodule, right calf, enlarging", None, "Right calf", reason=True),
    ],
    "prior": [PRIOR("2025-12-14", "14040", "Adjacent tissue transfer, cheek", "Left cheek",
                    "Rhombic flap after excision of BCC L cheek, 6.2 sq cm.")],
    "procedures": [
        P("Punch biopsy", site="Right calf",
          note="4mm pbx center of 7mm firm pink nodule. 4-0 nylon x1.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 01/27/26
74F here ONLY for new spot R calf x2 mo, growing.
Meds: anastrozole, vit D. NKDA.
No trauma/bug bite recalled.
R calf 7mm firm pink dome nodule, dimple sign neg, no pigment on dermoscopy.
  -> 4mm pbx, 4-0 nylon x1. ?DF vs amelanotic lesion.
(L cheek flap 12/14 - seen for 6-wk check last week, not part of today's visit.)
No other new lesions per pt.
SR 10-14d. Path.
S. Weiss MD
""",
    "path": [{"text": "Skin, right calf, punch: dermatofibroma (benign fibrous histiocytoma).", "site": "Right calf"}],
    "expected": E([L("11104", 1, "79")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated procedure on a new lesion inside the 90-day global of 14040 (12/14) -> 79 on the "
                  "biopsy. The flap was not evaluated today, so no 99024.",
})

SCENARIOS.append({
    "id": "s90-po-nose-flap-global-unrelated-em24",
    "family": "post-op", "shape": "note-only",
    "description": "Unrelated E/M (new hand ACD, Rx) 30 days after Mohs + nasal flap (090) -> 99213-24",
    "date": "2025-12-15",
    "patient": ("Ostrowski", "Henryka", "1947-09-19", "female"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Allergic contact dermatitis, both hands (new gardening gloves)", "L23.9", "Both hands",
          reason=True),
    ],
    "prior": [PRIOR("2025-11-15", "14060", "Adjacent tissue transfer, nose", "Left nasal sidewall",
                    "Mohs BCC L nasal sidewall + transposition flap 7.0 sq cm.")],
    "html": True,
    "note_title": "Clinic Note",
    "note": """<html><body>
<p>78F. Here for itchy hands x10d - NEW problem.</p>
<ul>
<li>Both hands dorsal + wrists: vesicular eczematous plaques, sharp cut-off at glove line. New latex/rubber
gardening gloves 2 wk ago. ACD, rubber accelerators likely.</li>
<li>Rx: triamcinolone 0.1% oint bid x2 wk, cetirizine qhs. Cotton-lined vinyl gloves. Patch test if it recurs.</li>
</ul>
<p>Nose (Mohs/flap 11/15): not addressed today - 6-wk post-op check already booked 12/29.</p>
<p>LOS 99213. -- SW</p>
</body></html>""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["L23.9"]}),
    "coder_note": "GS-5: E/M for an unrelated new problem inside the 90-day global of 14060 -> 24. Post-op care not "
                  "provided today. Patch test only hypothetical.",
})

# ---------------------------------------------------------------------------------------------------------------
# E/M
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-em-screening-fse-medicare-gy",
    "family": "em", "shape": "note-only",
    "description": "Screening-only full skin exam, no history/complaint/findings, Medicare FFS new pt -> 99203-GY",
    "date": "2025-11-17",
    "patient": ("Bellweather", "Clifford", "1956-12-12", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 30, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient Note",
    "note": """WEISS DERM - new pt 11/17/25
NEW PT 68M. 'Wife made me come for a skin check.'
No complaints, no spots he's worried about.
No personal hx skin ca, no FHx melanoma, no tanning beds, no immunosuppression.
Meds: rosuvastatin. NKDA.
FBSE incl scalp/genitals/feet: WNL.
No suspicious lesions.
Sun protection counselling. Self-exam handout.
RTC prn, no routine f/u needed.
LOS 99203.
S. Weiss MD
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5 / README decision: Medicare has no skin-cancer screening benefit; screening-only exam with no "
                  "history, complaint or finding -> E/M with GY (no voluntary notice documented, so no GX).",
})

SCENARIOS.append({
    "id": "s90-em-acne-isotretinoin-month3",
    "family": "em", "shape": "note-only",
    "description": "Established acne on isotretinoin month 3, labs reviewed, dose change -> 99214",
    "date": "2025-12-11",
    "patient": ("Torvik", "Anders", "2006-08-21", "male"),
    "provider": DOC, "payer": "commercial-uhc", "minutes": 20, "em": "99214",
    "conditions": [
        C("c1", "Acne vulgaris, nodulocystic, on isotretinoin", "L70.0", "Face, chest, back", reason=True),
    ],
    "html": True,
    "note_title": "Clinic Note",
    "note": """<html><body>
<p><b>WEISS DERM clinic 12/11/25</b></p>
<p>19M acne, isotretinoin mo 3 (40 mg bid). iPLEDGE confirmed.</p>
<p>Other meds: none. NKDA.</p>
<p>Labs 12/5: TG 210 (from 140), ALT 28, chol 195 - reviewed, TG up but &lt;400, ok to continue. Repeat 4 wk.</p>
<p>Skin: 60% better, few new papules chin. Cheilitis mod, xerosis. Mood ok, PHQ-2 neg.</p>
<p>Plan: cont 80 mg/d, cum dose on track (~100 mg/kg goal). Aquaphor lips, CeraVe. No waxing/laser.</p>
<p>If TG &gt;400 - reduce dose. RTC 4 wk. LOS 99214 (drug w/ intensive lab monitoring).</p>
<p>-- S. Weiss MD</p>
</body></html>""",
    "expected": E([L("99214")], dx={"99214": ["L70.0"]}),
    "coder_note": "E/M only, provider-selected level kept (conventions). No procedure, so no 25.",
})

SCENARIOS.append({
    "id": "s90-em-new-pt-wart-decision-only",
    "family": "em", "shape": "note-only",
    "description": "New pt, only problem a finger wart treated with LN2; 99202 selected -> E/M removed, 17110 only",
    "date": "2025-12-11",
    "patient": ("Castaneda", "Lucia", "1999-04-16", "female"),
    "provider": DOC, "payer": "commercial-aetna", "minutes": 10, "em": "99202",
    "conditions": [
        C("c1", "Verruca vulgaris, left index finger", "B07.8", "Left index finger", reason=True),
    ],
    "note_title": "New Patient Note",
    "note": """WEISS DERM - new pt 12/11/25
NEW PT 26F. Wart L index finger x6 mo.
OTC SA failed x2 mo. Catches on keyboard, painful.
Meds: none. NKDA.
VV L index finger 6mm, periungual spared.
-> LN2 2 FTC.
Blister care reviewed.
No other warts. No other concerns.
RTC 3-4 wk for repeat LN2 prn.
LOS 99202.
S. Weiss MD
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "GS-3 / README: the only work beyond the destruction is the decision to treat the wart; a new "
                  "patient alone does not justify an E/M -> E/M line removed, 17110 stays (painful wart, commercial).",
})

SCENARIOS.append({
    "id": "s90-em-psoriasis-flare-plus-ln2-precoded",
    "family": "em", "shape": "pre-coded",
    "description": "99214 for psoriasis flare with systemic start + pre-coded 17000/17003 x3 for 4 AKs -> 99214-25",
    "date": "2026-01-13",
    "patient": ("Ingersoll", "Marguerite", "1949-02-28", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris, flare, 8% BSA", "L40.0", "Trunk, elbows, knees", reason=True),
        C("c2", "Actinic keratoses, face", "L57.0", "Face", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Left temple", note="LN2, 1 AK.",
          reasons=["c2"]),
        P("Destruction premalignant lesion, each additional", cpt="17003", site="Forehead and nose",
          note="LN2, 3 AKs (forehead x2, nasal dorsum x1).", reasons=["c2"]),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 01/13/26
76F est. Meds: lisinopril, MTX stopped 12/2025. NKDA.
1. Psoriasis flare - was 2% on clobetasol, now 8% BSA trunk/elbows/knees after stopping MTX (GI upset).
   Start apremilast titration pack -> 30 mg bid. Depression screen neg, wt baseline recorded.
   Cont clobetasol oint bid to plaques x2 wk.
2. AKs x4 face (L temple 1, forehead 2, nasal dorsum 1) - LN2 2 FTC each.
3. SK x3 chest - no tx.
Blister care for LN2 sites reviewed.
RTC 3 mo. LOS 99214 for #1.
S. Weiss MD
""",
    "expected": E([L("99214", 1, "25"), L("17000"), L("17003", 3)], dx={"17000": ["L57.0"]}),
    "coder_note": "Psoriasis flare with a new systemic drug is significant and separate from the AK destruction -> "
                  "99214-25 (PTP 17000/99214 ind 1). 4 AKs -> 17000 + 17003 x3. SKs untreated.",
})

# ---------------------------------------------------------------------------------------------------------------
# Mixed clinic visits
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-mix-oneliners-aks-bx-eczema",
    "family": "mixed", "shape": "note-only",
    "description": "AKs scalp x9 LN2 + tangential bx L jawline + hand eczema Rx (99213-25); Medicare FFS",
    "date": "2025-11-18",
    "patient": ("Whitlock", "Bernard", "1945-06-11", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 30, "em": "99213",
    "conditions": [
        C("c1", "Actinic keratoses, scalp", "L57.0", "Scalp", reason=True),
        C("c2", "Scaly pink papule, left jawline", None, "Left jawline", reason=True),
        C("c3", "Hand eczema, chronic", "L30.9", "Both hands", reason=True),
        C("c4", "Seborrheic keratoses, back", "L82.1", "Back"),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 11/18/25
80M est. Meds: ASA 81, tamsulosin. NKDA.
1. AKs scalp x9 LN2
2. L jawline 5mm pink scaly pap, tender -> sh bx. ?SCC
3. SK x4 back - reassured, no tx
4. hand ecz flaring (winter) - TAC 0.1% oint bid refilled, Vanicream, cotton gloves qhs
5. hx SCC R ear 2020 - no recurrence
RTC 3 mo / path.
LOS 99213 (#4).
S. Weiss MD
""",
    "path": [{"text": "Skin, left jawline, shave biopsy: squamous cell carcinoma, well differentiated, "
                      "superficially invasive.", "site": "Left jawline"}],
    "expected": E([L("99213", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 8)],
                  dx={"17000": ["L57.0"]}),
    "coder_note": "9 AKs -> 17000 + 17003 x8. Bx of a separate lesion: PTP 11102/17000 ind 1 -> XS on 17000 (column 2); "
                  "no edit 11102/17003. Hand eczema Rx refill = separate work -> 99213-25. SKs and SCC history not coded.",
})

SCENARIOS.append({
    "id": "s90-mix-knee-warts-earlobe-keloid",
    "family": "mixed", "shape": "free-text",
    "description": "LN2 to 2 knee warts + ILK to a separate L earlobe keloid (10 mg) -> 17110 + 11900-XS + J3301",
    "date": "2025-12-09",
    "patient": ("Oyelaran", "Tobi", "2004-01-09", "male"),
    "provider": DOC, "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Common warts, both knees", "B07.8", "Both knees", reason=True),
        C("c2", "Keloid, left earlobe (post-piercing)", "L91.0", "Left earlobe", reason=True),
    ],
    "procedures": [
        P("Cryotherapy", site="Right knee, left knee",
          note="VV x2 (R knee 5mm, L knee 4mm), LN2 2 FTC.", reasons=["c1"]),
        P("Intralesional injection", site="Left earlobe",
          note="Keloid 1.1 cm, TAC 40 mg/cc 0.25 cc (10 mg).", reasons=["c2"]),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 12/09/25
21M. warts knees bleed when he kneels (plays keeper) + L earlobe keloid after piercing 2024.
Meds: none. NKDA.
- VV x2 knees (R 5mm, L 4mm) -> LN2 2 FTC
- L lobe keloid 1.1cm, firm, itchy -> ILK 40, 0.25cc
  Discussed excision + post-op ILK if fails - not now.
- R lobe piercing site fine.
- acne back mild - BPO wash, OTC.
Blister care reviewed.
No new piercings.
RTC 4 wk.
S. Weiss MD
""",
    "expected": E([L("17110"), L("11900", 1, "XS"), L("J3301")]),
    "coder_note": "Warts (<=14) -> 17110 x1. Keloid is a different lesion/site: PTP 17110/11900 ind 1 -> XS on 11900. "
                  "40 mg/mL x 0.25 mL = 10 mg -> J3301 x1. Excision is hypothetical.",
})

SCENARIOS.append({
    "id": "s90-mix-eight-tangential-bx-mue",
    "family": "mixed", "shape": "note-only",
    "description": "Melanoma-history pt, 8 tangential bx of atypical nevi -> 11102 + 11103 x7 capped at 6 (MUE)",
    "date": "2026-01-20",
    "patient": ("Winterbourne", "Felicity", "1978-09-30", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 45,
    "conditions": [
        C("c1", "Multiple atypical nevi, trunk and arms", None, "Trunk and arms", reason=True),
        C("c2", "Personal history of malignant melanoma of skin", "Z85.820", history=True),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 01/20/26
47F (SSDI Medicare) hx MM L thigh 2019 (0.6mm, WLE), DNS, 200+ nevi. 6-mo check, compared w/ photos.
Meds: sertraline, sumatriptan prn. NKDA.
Changed / new atypical nevi -> sh bx (saucerization, DermaBlade, AlCl) x8:
  1 R upper back 6mm   2 L upper back 5mm   3 mid back 7mm    4 L flank 4mm
  5 R abd 5mm          6 R upper arm 6mm    7 L forearm 5mm   8 L scapula 6mm
Others stable vs photos - no tx.
MM scar L thigh clear, no inguinal/popliteal nodes.
RTC 6 mo / path.
S. Weiss MD
""",
    "expected": E([L("11102"), L("11103", 6)], topics=["mue"]),
    "coder_note": "8 tangential biopsies -> 11102 + 11103 x7; 11103 MUE is 6 (MAI 3) -> capped at 6 with an mue "
                  "finding (README decision). No E/M selected.",
})

SCENARIOS.append({
    "id": "s90-mix-forearm-shave-hand-aks",
    "family": "mixed", "shape": "free-text",
    "description": "Shave removal 4 mm bleeding ISK R forearm + LN2 2 AKs L hand -> 11300 + 17000-XS + 17003",
    "date": "2026-01-20",
    "patient": ("Gallagher", "Seamus", "1960-03-17", "male"),
    "provider": DOC, "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, right forearm", "L82.0", "Right forearm", reason=True),
        C("c2", "Actinic keratoses, left dorsal hand", "L57.0", "Left dorsal hand", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right forearm",
          note="4mm red crusted ISK, bleeds with watch band. Shave removal, AlCl.", reasons=["c1"]),
        P("Cryotherapy, AK", site="Left dorsal hand", note="AK x2, LN2 2 FTC.", reasons=["c2"]),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 01/20/26
65M est, landscaper.
Meds: none. NKDA.
R forearm 4mm ISK bleeding under watch band, crusted -> shave removal, AlCl, path
L dorsal hand AKs x2 -> LN2 2 FTC
R hand - no AKs today
Face/ears - clear.
SPF 50 + long sleeves at work.
Vaseline to shave site.
RTC 6 mo.
S. Weiss MD
""",
    "path": [{"text": "Skin, right forearm, shave: inflamed seborrheic keratosis.", "site": "Right forearm"}],
    "expected": E([L("11300"), L("17000", 1, "XS"), L("17003")], dx={"11300": ["L82.0"], "17000": ["L57.0"]}),
    "coder_note": "SH-1: forearm TAL 0.4 cm -> 11300. 2 AKs -> 17000 + 17003 x1. Different lesions: PTP 11300/17000 "
                  "ind 1 -> XS on 17000; no edit with 17003.",
})

# ---------------------------------------------------------------------------------------------------------------
# Destruction
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-ds-ak-seventeen-precoded",
    "family": "destruction", "shape": "pre-coded",
    "description": "Pre-coded 17000 + 17003 x16 for 17 AKs -> 17004 x1",
    "date": "2025-11-18",
    "patient": ("Pettigrew", "Ambrose", "1940-08-05", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses, scalp and face", "L57.0", "Scalp and face", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Scalp", note="LN2.", reasons=["c1"]),
        P("Destruction premalignant lesions, each additional", cpt="17003", site="Scalp and face",
          note="x16 (scalp 11, forehead 3, R cheek 2), LN2.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 11/18/25
85M bald scalp, hx SCC scalp 2021 (Mohs).
Meds: warfarin, furosemide, metoprolol. NKDA.
Scalp: many gritty pink scaly paps.
AKs scalp x12, forehead x3, R cheek x2 = 17 -> LN2 2 FTC.
No thick/tender lesions -> no bx needed today.
Old SCC scar vertex - clear.
Field tx (5-FU) discussed for spring - declined for now.
Wide-brim hat.
RTC 4 mo.
S. Weiss MD
""",
    "expected": E([L("17004")], topics=["coding-correction"], dx={"17004": ["L57.0"]}),
    "coder_note": "DS-1: 15 or more AKs -> 17004 x1 instead of 17000/17003 (17003 x16 also exceeds its range). 5-FU "
                  "hypothetical.",
})

SCENARIOS.append({
    "id": "s90-ds-edc-sccis-forearm-aks-uncounted",
    "family": "destruction", "shape": "note-only",
    "description": "ED&C bx-proven SCCIS R forearm (1.1 cm defect) + AKs hands LN2 with no count -> 17262 only",
    "date": "2026-01-13",
    "patient": ("Rasmussen", "Ingrid", "1943-11-25", "female"),
    "provider": DOC, "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, right forearm", "D04.61", "Right forearm", reason=True),
        C("c2", "Actinic keratoses, dorsal hands", "L57.0", "Both dorsal hands", reason=True),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 01/13/26
82F est. Meds: apixaban, donepezil. NKDA.
Daughter present, helps w/ wound care.
1. SCCIS R forearm, sh bx 12/16 (DP25-45530).
   Lido 1% w/ epi. ED&C x3 cycles.
   Final defect 1.1cm. Vaseline dsg.
2. AKs dorsal hands - LN2
3. hx BCC nose 2017 - clear.
Wound care handout given to daughter.
RTC 3 mo.
S. Weiss MD
""",
    "expected": E([L("17262")], topics=["missing-documentation"], dx={"17262": ["D04.61"]}),
    "coder_note": "DS-4: malignant destruction sized by the final curettage defect; TAL 1.1 cm -> 17262. AK count not "
                  "documented -> no 17000/17003/17004 line + missing-documentation (README).",
})

SCENARIOS.append({
    "id": "s90-ds-molluscum-twenty-two",
    "family": "destruction", "shape": "free-text",
    "description": "Curettage of 22 molluscum in a child -> 17111; Medicaid",
    "date": "2025-12-11",
    "patient": ("Pham", "Bao", "2018-05-13", "male"),
    "provider": DOC, "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Molluscum contagiosum, trunk and axillae", "B08.1", "Trunk and axillae", reason=True),
    ],
    "procedures": [
        P("Curettage of molluscum", site="Trunk and axillae",
          note="Topical LMX 45 min. 22 lesions curetted (R axilla 9, L axilla 6, flank 7). AlCl.",
          reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 12/11/25
7M molluscum x8 mo, spreading, scratching.
Now 22 lesions w/ mild dermatitis around axillary ones. Sib also has them.
Meds: cetirizine prn. NKDA. Mild AD hx.
Count: R axilla 9, L axilla 6, R flank 7 = 22.
Curettage x22 after LMX 45 min. Tol ok w/ iPad.
Molluscum dermatitis - HC 2.5% bid x1 wk.
Cantharidin next time if new ones - discussed. Not today.
Vaseline, no sharing towels/baths.
RTC 6 wk.
S. Weiss MD
""",
    "expected": E([L("17111")], dx={"17111": ["B08.1"]}),
    "coder_note": "DS-2: benign destruction of 15 or more lesions -> 17111 x1. Cantharidin hypothetical.",
})

# ---------------------------------------------------------------------------------------------------------------
# Cosmetic
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-cos-botox-glabella-plus-aks",
    "family": "cosmetic", "shape": "note-only",
    "description": "Cosmetic glabellar botulinum toxin (self-pay) + LN2 2 AKs on a commercial plan -> AK lines only",
    "date": "2026-01-20",
    "patient": ("Marchand", "Veronique", "1963-04-02", "female"),
    "provider": DOC, "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratoses, right temple", "L57.0", "Right temple", reason=True),
        C("c2", "Glabellar rhytides (cosmetic)", "Z41.1", "Glabella"),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 01/20/26
62F est. Meds: estradiol patch. NKDA.
1. Botox glabella 20u (5 sites x 4u), cosmetic, self-pay, consent on file. Photos.
   Last tx 9/2025, good result.
2. AK x2 R temple - LN2 2 FTC
3. Melasma - tinted SPF, no Rx today.
4. hx BCC back 2018 - scar clear.
No sunburns this yr.
Post-botox: upright 4h, no rubbing.
RTC 3 mo (botox) / 6 mo skin.
S. Weiss MD
""",
    "expected": E([L("17000"), L("17003")], topics=["cosmetic"], dx={"17000": ["L57.0"]}),
    "coder_note": "Cosmetic neurotoxin for rhytides is excluded (COS-2); commercial payer -> not on the claim, "
                  "patient pays (conventions). 2 AKs -> 17000 + 17003 x1.",
})

SCENARIOS.append({
    "id": "s90-cos-sks-medicare-voluntary-abn-precoded",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Pre-coded 17110 for 6 asymptomatic SKs removed at pt request, Medicare FFS, voluntary ABN -> GY GX",
    "date": "2025-12-09",
    "patient": ("Hargreave", "Winifred", "1947-01-21", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, face and neck, asymptomatic", "L82.1", "Face and neck", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions", cpt="17110", site="Face and neck",
          note="6 SKs (L cheek 2, R temple 1, neck 3), LN2.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 12/09/25
78F est. wants 'brown spots' off face/neck before daughter's wedding.
Meds: levothyroxine. NKDA.
Not itchy, not bleeding, no change, not irritated.
Classic stuck-on SKs, dx certain on dermoscopy.
Told her cosmetic, Medicare won't cover.
Voluntary ABN (cosmetic/statutory exclusion) signed, self-pay ok.
LN2 x6 SKs (L cheek 2, R temple 1, neck 3).
May lighten/darken, blister care reviewed.
RTC prn.
S. Weiss MD
""",
    "expected": E([L("17110", 1, "GY", "GX")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "BSL-2 / COS-4: asymptomatic SK removal is cosmetic = statutorily excluded; Medicare FFS -> GY, "
                  "plus GX because a voluntary ABN is documented (conventions).",
})

# ---------------------------------------------------------------------------------------------------------------
# Skin tags
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s90-tags-22-neck-axillae-bleeding",
    "family": "skin-tags", "shape": "free-text",
    "description": "Removal of 22 irritated, bleeding skin tags neck/axillae, Medicare FFS -> 11200 + 11201 x1",
    "date": "2026-01-14",
    "patient": ("Dabrowski", "Irena", "1952-10-08", "female"),
    "provider": DOC, "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Skin tags, neck and axillae, inflamed and bleeding", "L91.8", "Neck and axillae", reason=True),
    ],
    "procedures": [
        P("Removal of skin tags", site="Neck and both axillae",
          note="Snip excision + AlCl of 22 tags: neck 10, R axilla 7, L axilla 5. Several red, crusted, bleeding.",
          reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 01/14/26
73F est. Meds: metformin, atorvastatin. NKDA.
ST neck/axillae catch on necklace + bra, bleed on clothes weekly.
Several red/crusted/inflamed today, 2 actively oozing.
Count: neck 10, R ax 7, L ax 5 = 22.
Snip x22 w/ iris scissors, AlCl.
No path (classic acrochordons).
More may form - discussed.
Vaseline daily.
RTC prn.
S. Weiss MD
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "11200 first 15 tags; 11201 per additional 10 or part: ceil((22-15)/10) = 1. Bleeding and "
                  "inflammation with documented trauma -> covered (BSL-3), no GY/GA.",
})

SCENARIOS.append({
    "id": "s90-tags-axilla-cosmetic-medicare-gy",
    "family": "skin-tags", "shape": "note-only",
    "description": "8 asymptomatic axillary skin tags removed for appearance, Medicare FFS, no ABN -> 11200-GY",
    "date": "2026-01-20",
    "patient": ("Lundqvist", "Harald", "1949-12-30", "male"),
    "provider": DOC, "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Skin tags, left axilla, asymptomatic", "L91.8", "Left axilla", reason=True),
    ],
    "note_title": "Clinic Note",
    "note": """WEISS DERM clinic 01/20/26
76M est. Meds: tamsulosin. NKDA.
ST x8 L axilla - asymptomatic, no bleeding/irritation/inflammation.
  Just 'don't like them'.
  -> snip x8, AlCl.
Cosmetic; pt aware Medicare doesn't cover, will self-pay.
No ABN signed.
SK x3 back - reassured, no tx.
hx BCC R ear 2016 - clear.
RTC 1 yr FBSE.
S. Weiss MD
""",
    "expected": E([L("11200", 1, "GY")], topics=["cosmetic"], dx={"11200": ["L91.8"]}),
    "coder_note": "BSL-2: asymptomatic tags removed for appearance = cosmetic (statutory exclusion). Medicare FFS -> GY; "
                  "no voluntary ABN documented, so no GX. SKs untreated.",
})
