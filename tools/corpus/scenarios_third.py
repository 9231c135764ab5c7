# ruff: noqa: E501  (hand-written chart text and descriptions; wrapping would change the notes)
"""Outside-style encounters written by a third, independent coder (ids ``t3-``).

Voices not used by the first two authors: Cerner-style HTML lesion tables with one row per lesion, numbered
"1) ... 2) ..." plans, "Lesion A/B/C" blocks, semicolon-separated procedure lists, drug doses written as
volume x concentration, Mohs stages and blocks in prose or tables, phototherapy with negations, and notes
full of hypotheticals and history that must not be coded. Expected answers follow
/work/shared/reference/derm_coding.md (§2-§7, §10) and docs/coding_conventions.md only; the engine code was
not read and no expected answer was changed after seeing engine output.
"""

from __future__ import annotations

from tools.corpus.spec_helpers import PRIOR
from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P

BATCH1 = [
    {
        "id": "t3-shave-cerner-table-three-site-groups", "family": "shave", "shape": "note-only",
        "description": "Cerner HTML table, one row per lesion: shave removals R cheek 4 mm, L upper back 1.2 cm, R dorsal hand 7 mm -> 11310 + 11302 + 11306",
        "date": "2026-05-04", "payer": "commercial-uhc", "provider": "baptiste",
        "patient": ("Haverford", "Lorna", "1968-03-22", "female"),
        "html": True,
        "note": """<html><body><div><b>Dermatology Clinic Note</b><br/>Visit date: 05/04/2026<br/>Provider: Baptiste, Marc MD</div>
<div><b>Subjective:</b> 58 y/o F, three spots that catch and bleed; the back one is sore and red for 2 weeks.</div>
<div><b>Procedure: shave removal (therapeutic), lesions below</b></div>
<table border="1" cellpadding="2">
<tr><td><b>#</b></td><td><b>Location</b></td><td><b>Clinical size</b></td><td><b>Clinical dx</b></td><td><b>Reason</b></td></tr>
<tr><td>1</td><td>Right cheek</td><td>0.4 cm</td><td>irritated dermal nevus</td><td>bleeds w/ shaving face</td></tr>
<tr><td>2</td><td>Left upper back</td><td>1.2 cm</td><td>inflamed SK</td><td>red, tender, crusted</td></tr>
<tr><td>3</td><td>Right dorsal hand</td><td>0.7 cm</td><td>irritated SK</td><td>snags on gloves, bled twice</td></tr>
</table>
<div>Each removed flush with the skin using a flexible blade after 1% lidocaine with epinephrine; hemostasis
with aluminum chloride. Specimens 1-3 to dermatopathology in separate jars.</div>
<div><b>Plan:</b> vaseline and bandage daily; results via portal.</div></body></html>""",
        "coder_note": "SH-1 per lesion: cheek (FEENLM) 0.4 cm -> 11310; back (TAL) 1.2 cm -> 11302; hand (SNHFG) 0.7 cm -> 11306. All symptomatic (bleeding/inflamed, BSL-3 a/g). No PTP edit among these shave codes.",
        "expected": E([L("11310"), L("11302"), L("11306")]),
    },
    {
        "id": "t3-bx-numbered-four-biopsies-two-techniques", "family": "biopsy", "shape": "free-text",
        "description": "Numbered plan 1)-4): punch L calf, shave R temple, shave L chest, punch R shoulder -> 11104 + 11105 + 11103 x2",
        "date": "2026-05-04", "payer": "medicare", "provider": "lindqvist",
        "patient": ("Brightwater", "Cyril", "1942-07-15", "male"),
        "conditions": [C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", "L calf", reason=True),
                       C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "R temple", reason=True),
                       C("c3", "Neoplasm of unspecified behavior of skin", "D49.2", "L chest", reason=True),
                       C("c4", "Neoplasm of unspecified behavior of skin", "D49.2", "R shoulder", reason=True)],
        "procedures": [P("biopsy", None, "L calf", "4 mm punch, 1 suture 4-0 nylon", ["c1"]),
                       P("biopsy", None, "R temple", "shave (tangential) bx with blade", ["c2"]),
                       P("biopsy", None, "L chest", "shave bx, saucerized", ["c3"]),
                       P("biopsy", None, "R shoulder", "3 mm punch bx, left open", ["c4"])],
        "note": """83 yo man, many prior NMSCs, here with 4 new spots his wife found.
Exam: 1) L calf 9 mm firm pink-brown papule, r/o dermatofibroma vs BCC. 2) R temple 6 mm pearly papule with
arborizing vessels. 3) L chest 5 mm scaly pink papule. 4) R shoulder 1.0 cm indurated plaque, r/o morpheaform BCC.
Plan: 1) punch bx 4 mm, closed with one 4-0 nylon. 2) shave bx. 3) shave bx. 4) punch bx 3 mm to get depth.
Verbal and written consent, lido w/ epi, 4 specimens labelled 1-4. Call with path in 1-2 wks.
""",
        "coder_note": "BX-2: one primary (punch ranks above tangential) -> 11104; the second punch 11105; two tangential 11103 x2.",
        "expected": E([L("11104"), L("11105"), L("11103", 2)]),
    },
    {
        "id": "t3-ilk-volume-times-concentration-four-cysts", "family": "intralesional", "shape": "note-only",
        "description": "'0.5 mL of Kenalog 10 mg/mL into each of 4 lesions' = 20 mg -> 11900 + J3301 x2",
        "date": "2026-05-05", "payer": "commercial", "provider": "ramirez",
        "patient": ("Oduya", "Temitope", "2003-11-02", "female"),
        "note": """Temitope is a 22 yo with nodulocystic acne on isotretinoin month 3 (iPLEDGE done by her primary derm). She has
four very painful inflamed cysts on the jawline and chin that flared before her sister's wedding this weekend.
Exam: four tender fluctuant-appearing but non-draining red nodules 6-10 mm, R jaw x2, L jaw x1, chin x1.
Procedure: after alcohol prep I injected 0.5 mL of Kenalog 10 mg/mL into each of 4 lesions with a 30 g needle.
Discussed small risk of atrophy. Continue isotretinoin as prescribed by Dr. Ames; no change today.
""",
        "coder_note": "4.8 table: 4 lesions (<= 7) -> 11900. Dose 0.5 mL x 10 mg/mL x 4 = 20 mg -> J3301 ceil(20/10) = 2. No E/M selected.",
        "expected": E([L("11900"), L("J3301", 2)]),
    },
    {
        "id": "t3-ilk-ema-nine-patches-1-5ml-of-40", "family": "intralesional", "shape": "pre-coded",
        "description": "EMA sent 11900 + J3301 x1 for nine alopecia areata patches, '1.5 mL total of 40 mg/mL' (60 mg) -> 11901 + J3301 x6",
        "date": "2026-05-05", "payer": "medicaid", "provider": "chen",
        "patient": ("Ventura", "Marisol", "1991-04-18", "female"),
        "conditions": [C("c1", "Alopecia areata", "L63.9", "scalp, multiple patches", reason=True)],
        "procedures": [P("IL inj up to 7", "11900", "scalp", "ILK to alopecia areata patches", ["c1"]),
                       P("Kenalog", "J3301", "scalp", "Kenalog-40, see note", ["c1"])],
        "note": """M. Ventura 35F 5/5/26 - AA f/u. Patches: vertex x3, L parietal x2, R parietal x2, occiput x2 (9 patches), two of the
parietal ones new since March. Diluted? no - used Kenalog 40 mg/mL undiluted per her prior good response.
Injected 1.5 mL total of 40 mg/mL across the nine patches, ~0.1 mL per site, 0.5 inch 30g. Hair pull neg at
the older patches. RTC 6 wk. """,
        "coder_note": "4.8 table: more than 7 lesions -> 11901 (11901/11900 indicator 0, so 11900 goes). 1.5 mL x 40 mg/mL = 60 mg -> J3301 x6.",
        "expected": E([L("11901"), L("J3301", 6)], ["coding-correction"]),
    },
    {
        "id": "t3-ilk-dilute-2-5-mg-per-ml-hs-nodules", "family": "intralesional", "shape": "free-text",
        "description": "'triamcinolone 2.5 mg/mL, 2 cc' into 3 hidradenitis nodules = 5 mg -> 11900 + J3301 x1",
        "date": "2026-05-06", "payer": "medicare-advantage", "provider": "okafor",
        "patient": ("Lockridge", "Dorothea", "1957-12-09", "female"),
        "conditions": [C("c1", "Hidradenitis suppurativa", "L73.2", "bilateral axillae", reason=True)],
        "procedures": [P("intralesional steroid injection", None, "L axilla x2, R axilla x1",
                         "3 inflamed HS nodules injected; triamcinolone 2.5 mg/mL, 2 cc total", ["c1"])],
        "note": """Dorothea Lockridge 68F. HS Hurley I-II, on doxycycline. Three new tender inflamed nodules (L axilla 2, R axilla 1).
Injected triamcinolone 2.5 mg/mL (Kenalog-10 diluted with NS), 2 cc total divided among the 3 nodules.
No sinus tracts drained today. Continue doxy; we did not change any medications.""",
        "coder_note": "3 lesions -> 11900. 2.5 mg/mL x 2 mL = 5 mg -> J3301 ceil(5/10) = 1.",
        "expected": E([L("11900"), L("J3301")]),
    },
    {
        "id": "t3-mohs-prose-second-stage-seven-blocks", "family": "mohs", "shape": "note-only",
        "description": "Mohs R nasal ala, stages in prose ('first stage, four tissue blocks ... second stage, seven tissue blocks ... third stage, two'); second intention -> 17311 + 17312 x2 + 17315 x2",
        "date": "2026-05-06", "payer": "medicare", "provider": "chen",
        "patient": ("Ashdown", "Percival", "1939-02-02", "male"),
        "note": """Mr. Ashdown is an 87 year old man referred for Mohs surgery of a biopsy-proven infiltrative basal cell carcinoma of
the right nasal ala (biopsy 3/30/2026, outside dermatopathology reviewed). Appropriate use criteria are met given
the location and subtype. Preoperative lesion size was 0.9 by 0.8 cm.

I acted as both surgeon and pathologist. After local anesthesia the visible tumor was debulked and the first
stage was taken and divided into four tissue blocks, mapped and processed as frozen sections; tumor remained
at the deep margin of block two and the medial edge of block four. The second stage was larger because of the
infiltrative pattern and was cut into seven tissue blocks; there was residual strand-like tumor in block six.
A third stage, two tissue blocks, was clear. Final defect 1.8 x 1.5 cm, not through the alar rim.

After discussing options he preferred healing by second intention; the wound was dressed with petrolatum.
He returns in one week. Repair was not performed.
""",
        "coder_note": "MOHS-2: nose -> 17311 + 17312 x2 (stages 2 and 3). 17315 = blocks beyond 5 per stage: stage 2 has 7 -> 2. No repair.",
        "expected": E([L("17311"), L("17312", 2), L("17315", 2)]),
    },
    {
        "id": "t3-mohs-same-day-bx-frozen-ear-never-biopsied", "family": "mohs", "shape": "pre-coded",
        "description": "EMA sent 11102, 88331, 17311, 17312 with no modifiers: never-biopsied L helix lesion, same-day shave bx with frozen section confirms BCC, then Mohs 2 stages -> 11102-59 + 88331-59 + 17311 + 17312",
        "date": "2026-05-07", "payer": "medicare-advantage-ppo", "provider": "lindqvist",
        "patient": ("Gorecki", "Stanislaw", "1946-10-30", "male"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of left ear and external auricular canal", "C44.219", "L helix", reason=True)],
        "procedures": [P("Bx tangential", "11102", "L helix", "dx shave bx of never-biopsied 7 mm lesion, frozen section", ["c1"]),
                       P("Frozen section", "88331", "L helix", "FS read by Mohs surgeon: nodular BCC", ["c1"]),
                       P("Mohs 1st stage H/N", "17311", "L helix", "stage I 4 blocks", ["c1"]),
                       P("Mohs addl stage", "17312", "L helix", "stage II 2 blocks clear", ["c1"])],
        "note": """MOHS SURGERY NOTE  DOS 05/07/2026  Pt: S. Gorecki 79M
Referred by PCP for a 7 mm pearly ulcerated papule of the L helix; no previous biopsy has been done anywhere.
Because he lives 3 hours away and is on apixaban, a same-day diagnostic approach was agreed.
DIAGNOSTIC BIOPSY: tangential (shave) biopsy of the L helix lesion, processed as a frozen section and read by me:
nodular basal cell carcinoma. Based on that result, decision made to proceed to Mohs today.
MOHS: stage I - 4 blocks, tumor at 3 o'clock; stage II - 2 blocks, clear. Defect 1.4 cm, involving perichondrium
only. Will heal by second intention (patient preference). Path from the Mohs layers not sent out.
""",
        "coder_note": "MOHS-5(a)/BX-5: diagnostic biopsy + frozen section of a lesion with no prior pathology, done to decide on Mohs -> biopsy and 88331 both with 59 (same lesion, not XS; corpus convention). Ear -> 17311 + 17312.",
        "expected": E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311"), L("17312")]),
    },
    {
        "id": "t3-mohs-back-six-blocks-layered-repair", "family": "mohs", "shape": "free-text",
        "description": "Mohs SCC L upper back stage 1 with 6 blocks (clear) + layered closure 5.0 cm -> 17313 + 17315 + 12032",
        "date": "2026-05-07", "payer": "commercial", "provider": "chen",
        "patient": ("Treloar", "Malcolm", "1961-05-13", "male"),
        "conditions": [C("c1", "Squamous cell carcinoma of skin of trunk", "C44.529", "L upper back", reason=True)],
        "procedures": [P("Mohs surgery", None, "L upper back",
                         "recurrent SCC 2.1 cm in prior excision scar; stage 1 cut into 6 blocks, all margins clear", ["c1"]),
                         P("repair", None, "L upper back", "closed in layers (3-0 Monocryl deep, 4-0 nylon running), 5.0 cm", ["c1"])],
        "note": """Malcolm Treloar, 65M, kidney transplant recipient on tacrolimus - recurrent SCC within the scar of a 2024 excision,
L upper back. Mohs today: one stage, six tissue blocks, clear. Defect 2.6 x 2.2 cm; layered closure, final length 5.0 cm.
""",
        "coder_note": "MOHS-2: trunk -> 17313; 6 blocks in stage 1 -> 17315 x1. MOHS-7: intermediate repair trunk 5.0 cm -> 12032 (no PTP with 17313 requiring a modifier).",
        "expected": E([L("17313"), L("17315"), L("12032")]),
    },
    {
        "id": "t3-photo-nbuvb-without-tar", "family": "phototherapy", "shape": "free-text",
        "description": "'NB-UVB without tar' psoriasis session -> 96900 (not 96910)",
        "date": "2026-05-08", "payer": "medicare", "provider": "ramirez",
        "patient": ("Kowalczyk", "Irena", "1955-08-08", "female"),
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "trunk, extremities, ~15% BSA", reason=True)],
        "procedures": [P("Phototherapy", None, "whole body", "NB-UVB without tar, tx #14, 1150 mJ/cm2, no erythema", ["c1"])],
        "note": """Phototherapy unit - I. Kowalczyk. Plaque psoriasis 15% BSA. Session 14 of NB-UVB, without tar or any
pre-application (she stopped the LCD coal tar in March because of the smell). Dose 1150 mJ/cm2, increased 5%.
No burning reported. Eyes protected, genital shielding. Next 5/11.""",
        "coder_note": "4.8 table: UVB alone = actinotherapy 96900. Tar was explicitly not used, so not 96910.",
        "expected": E([L("96900")]),
    },
    {
        "id": "t3-photo-goeckerman-no-psoralen", "family": "phototherapy", "shape": "note-only",
        "description": "Day-treatment note: crude coal tar applied, then broadband UVB; 'no psoralen' -> 96910",
        "date": "2026-05-08", "payer": "commercial-cigna", "provider": "baptiste",
        "patient": ("Melendez", "Arturo", "1979-01-27", "male"),
        "note": """PSORIASIS DAY TREATMENT - A. Melendez - 05/08/2026
Severe plaque psoriasis, BSA 22%, failed methotrexate (LFTs) and adalimumab (secondary failure); biologic
switch pending prior auth.
Today: 2% crude coal tar in petrolatum applied to all plaques x 4 h under occlusion, removed with mineral oil,
followed by broadband UVB 60 mJ/cm2. No psoralen - this is modified Goeckerman, not PUVA.
Tolerated. PASI trending down 18 -> 13.
""",
        "coder_note": "4.8 table: tar + UVB (Goeckerman type) -> 96910, one per session.",
        "expected": E([L("96910")]),
    },
    {
        "id": "t3-photo-ema-puva-sent-as-96910", "family": "phototherapy", "shape": "pre-coded",
        "description": "EMA sent 96910 for oral methoxsalen + UVA (PUVA) -> 96912",
        "date": "2026-05-11", "payer": "commercial-aetna", "provider": "okafor",
        "patient": ("Strand", "Gunnar", "1966-06-19", "male"),
        "conditions": [C("c1", "Mycosis fungoides, unspecified site", "C84.00", "trunk, buttocks", reason=True)],
        "procedures": [P("Photochemotherapy", "96910", "trunk/buttocks",
                         "8-MOP 40 mg PO 90 min pre-tx; UVA 4.0 J/cm2, session 9", ["c1"])],
        "note": """G. Strand 59M - MF patch stage IB. PUVA tx #9: methoxsalen 40 mg orally 1.5 h before, UVA 4.0 J/cm2.
UV goggles for 24 h reviewed. No tar used. Tolerating.""",
        "coder_note": "4.8 table: psoralen + UVA = PUVA 96912, not 96910 (tar + UVB); 96910/96912 indicator 1, only one is right.",
        "expected": E([L("96912")], ["coding-correction"]),
    },
    {
        "id": "t3-em-25-psoriasis-biologic-plus-ln2-three", "family": "mixed", "shape": "pre-coded",
        "description": "EMA sent 99214 (no 25) + 17000 + 17003 x2: psoriasis worsening, biologic discussed and TB/hepatitis labs ordered + LN2 to 3 AKs -> 99214-25 + 17000 + 17003 x2",
        "date": "2026-05-11", "payer": "medicare", "provider": "lindqvist", "em": "99214",
        "patient": ("Halvorsen", "Ingrid", "1950-09-14", "female"),
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "elbows, knees, lower back, scalp, palms", reason=True),
                       C("c2", "Actinic keratosis", "L57.0", "face", reason=True)],
        "procedures": [P("Destruction premalignant lesion, first", "17000", "R cheek", "AK, LN2 2 FTC", ["c2"]),
                       P("Destruction premalignant lesions 2-14", "17003", "L temple, nasal bridge", "AK x2, LN2 2 FTC", ["c2"])],
        "note": """Chief complaint: psoriasis worse, and "rough spots" on the face.

Psoriasis: plaques elbows, knees, lower back and now scalp and both palms; BSA about 12%, PGA 3. Failed
clobetasol, calcipotriene/betamethasone and 30 sessions NB-UVB last year. She is interested in a biologic. We
discussed risankizumab vs. apremilast in detail (injection schedule, infection risk, cost). Ordered QuantiFERON,
hepatitis B/C serologies, CBC, CMP. Will submit prior authorization once labs are back. Clobetasol refilled.

Actinic keratoses: three gritty pink papules - R cheek, L temple, nasal bridge. Cryotherapy with liquid
nitrogen, 2 freeze-thaw cycles each, consent obtained.

Follow up 4 weeks to start biologic.
""",
        "coder_note": "GS-3: psoriasis management (biologic decision, labs, Rx) is significant and separate from the AK cryotherapy -> 25 (17000/99214 indicator 1). DS-1: 3 AKs -> 17000 + 17003 x2.",
        "expected": E([L("99214", 1, "25"), L("17000"), L("17003", 2)], ["modifier"]),
    },
    {
        "id": "t3-em-removed-single-wart-only", "family": "em", "shape": "free-text",
        "description": "99213 selected, only problem is one common wart frozen today -> E/M removed, 17110",
        "date": "2026-05-12", "payer": "medicaid-mco", "provider": "ramirez", "em": "99213",
        "patient": ("Quintero", "Alejandro", "2012-02-29", "male"),
        "conditions": [C("c1", "Verruca vulgaris", "B07.8", "L index finger", reason=True)],
        "procedures": [P("cryotherapy wart", None, "L index finger", "LN2 x 2 cycles to 5 mm painful periungual wart", ["c1"])],
        "note": """14 yo boy with a painful wart next to his L index fingernail for 4 months, hurts when writing, tried OTC salicylic acid.
Exam: one 5 mm verrucous papule L index lateral nail fold. No other lesions. Froze it with LN2 today, 2 cycles.
Return in 3-4 weeks for repeat if needed. No other issues discussed.""",
        "coder_note": "GS-3: the only E/M work is the decision to treat the wart -> E/M removed; 17110 x1.",
        "expected": E([L("17110")]),
    },
    {
        "id": "t3-ds-scattered-counts-prior-cryo-history", "family": "destruction", "shape": "note-only",
        "description": "'treated 6 AKs on the scalp and another 4 on the hands'; 2024 cryo history not counted -> 17000 + 17003 x9",
        "date": "2026-05-12", "payer": "medicare-noname", "provider": "okafor",
        "patient": ("Pembury", "Gordon", "1944-04-04", "male"),
        "note": """Gordon returns for his actinic damage. He was previously treated with cryo in 2024 for about a dozen AKs on the
forehead and those sites look clear today. He also did a course of 5-FU on the forehead last winter.
On exam today there are new hyperkeratotic AKs on the balding scalp and on the backs of both hands. I treated 6 AKs
on the scalp and another 4 on the hands with liquid nitrogen, two cycles each, after verbal consent.
The forehead needs nothing. Discussed sunscreen and a hat. Recheck in six months.
""",
        "coder_note": "DS-1: 6 + 4 = 10 AKs today -> 17000 + 17003 x9. The 2024 cryotherapy and the 5-FU course are history.",
        "expected": E([L("17000"), L("17003", 9)]),
    },
    {
        "id": "t3-id-complicated-loculated-packed", "family": "incision-drainage", "shape": "note-only",
        "description": "I&D R axillary abscess, loculations broken up with a hemostat, iodoform packing -> 10061",
        "date": "2026-05-13", "payer": "commercial", "provider": "baptiste",
        "patient": ("Dunmore", "Keisha", "1994-07-07", "female"),
        "note": """Procedure: incision and drainage, right axilla
Indication: 4 cm fluctuant, exquisitely tender abscess R axilla x 5 days, no fever.
After ring block with 1% lidocaine, a 1.5 cm incision was made; about 8 mL of purulent material expressed; cultures
sent. Multiple loculations were present and were broken up with a curved hemostat; the cavity was irrigated and
packed with 1/4 inch iodoform gauze. Dressing applied.
Plan: packing removal/change in 48 h; warm compresses; she already has doxycycline from urgent care - continue.
""",
        "coder_note": "4.8 table: loculations + packing = complicated I&D 10061.",
        "expected": E([L("10061")]),
    },
]


BATCH2 = [
    {
        "id": "t3-id-simple-single-no-packing", "family": "incision-drainage", "shape": "free-text",
        "description": "Single small furuncle of the posterior neck, simple I&D, 'no packing needed' -> 10060",
        "date": "2026-05-13", "payer": "medicaid-mco", "provider": "okafor",
        "patient": ("Barlowe", "Tyrese", "1988-10-10", "male"),
        "conditions": [C("c1", "Furuncle of neck", "L02.12", "posterior neck", reason=True)],
        "procedures": [P("I and D", None, "posterior neck",
                         "1.2 cm fluctuant furuncle, #11 blade stab incision, small amount of pus expressed, single cavity, no loculations, no packing needed", ["c1"])],
        "note": """T. Barlowe 37M. Boil back of neck x4d. 1.2 cm fluctuant furuncle, no cellulitis. Simple I&D, single pocket,
no loculations, no packing needed. Warm compresses. No abx indicated. Recheck prn.""",
        "coder_note": "4.8 table: single, simple -> 10060.",
        "expected": E([L("10060")]),
    },
    {
        "id": "t3-id-ema-10060-two-abscesses", "family": "incision-drainage", "shape": "pre-coded",
        "description": "EMA sent 10060 twice for abscesses of L axilla and R groin drained at one visit (multiple) -> 10061",
        "date": "2026-05-14", "payer": "commercial-cigna", "provider": "ramirez",
        "patient": ("Ashby", "Quentin", "1990-03-03", "male"),
        "conditions": [C("c1", "Cutaneous abscess of left axilla", "L02.412", "L axilla", reason=True),
                       C("c2", "Cutaneous abscess of groin", "L02.214", "R groin", reason=True)],
        "procedures": [P("I&D abscess", "10060", "L axilla", "2.5 cm abscess, incised, pus drained", ["c1"]),
                       P("I&D abscess", "10060", "R groin", "3 cm abscess, incised, drained, wick placed", ["c2"])],
        "note": """Q. Ashby 36M 5/14/26 - two abscesses: L axilla 2.5 cm and R groin 3 cm, both fluctuant. I&D of both today under local;
purulent drainage from each; wick in the groin. Cx sent. Bactrim DS bid x7d (Rx). f/u 2 days.""",
        "coder_note": "4.8 table: 10060 is simple or single; drainage of multiple abscesses at one session is 10061 (MUE 1). 10061/10060 indicator 1 with no distinct service -> 10060 does not stay.",
        "expected": E([L("10061")], ["coding-correction"]),
    },
    {
        "id": "t3-paring-six-calluses-words", "family": "paring", "shape": "note-only",
        "description": "Dictated: 'pared six painful calluses' on both feet -> 11057",
        "date": "2026-05-14", "payer": "commercial", "provider": "chen",
        "patient": ("Eberhardt", "Liesel", "1959-06-06", "female"),
        "note": """Liesel comes back for her painful calluses. She is a nurse and on her feet all day; the lesions under the forefoot
hurt with every step despite the orthotics. Exam shows thick hyperkeratotic calluses under the right first and
fifth metatarsal heads, the left second and fifth metatarsal heads, the left heel rim and the right hallux, six
in all, no verrucous features and no pinpoint bleeding after paring. I pared six painful calluses down with a
#15 blade. Urea 40% cream nightly, pads given. Return in 8 weeks.
""",
        "coder_note": "4.8 table: more than 4 lesions -> 11057.",
        "expected": E([L("11057")]),
    },
    {
        "id": "t3-paring-one-soft-corn-free-text", "family": "paring", "shape": "free-text",
        "description": "Paring of a single interdigital soft corn -> 11055",
        "date": "2026-05-15", "payer": "medicaid", "provider": "baptiste",
        "patient": ("Nwosu", "Adanna", "1975-09-23", "female"),
        "conditions": [C("c1", "Corn, L 4th web space", "L84", "L 4th-5th toe web", reason=True)],
        "procedures": [P("paring of corn", None, "L 4th web space", "single painful soft corn pared with blade; toe spacer given", ["c1"])],
        "note": """A. Nwosu 50F. Painful soft corn between L 4th/5th toes from narrow work shoes. Pared one lesion. Toe spacer, wider shoes.""",
        "coder_note": "4.8 table: one lesion -> 11055.",
        "expected": E([L("11055")]),
    },
    {
        "id": "t3-nail-ema-both-great-toenails", "family": "nails", "shape": "pre-coded",
        "description": "EMA sent 11730 x2 for avulsion of R and L great toenails -> 11730-T5 + 11732-TA",
        "date": "2026-05-15", "payer": "medicaid", "provider": "lindqvist",
        "patient": ("Pruitt", "Dwayne", "1983-01-11", "male"),
        "conditions": [C("c1", "Ingrowing nail", "L60.0", "bilateral great toes", reason=True)],
        "procedures": [P("Nail avulsion", "11730", "R great toe", "complete avulsion, infected ingrown, granulation", ["c1"]),
                       P("Nail avulsion", "11730", "L great toe", "complete avulsion, ingrown lateral border, painful", ["c1"])],
        "note": """D. Pruitt 43M 5/15/26. Bilat great toe ingrown nails, R with paronychia/granulation. Digital blocks. Complete avulsion R great toenail, then L great toenail. No matrixectomy today (pt wants to try first). Keflex x7d.""",
        "coder_note": "4.8 table: first nail 11730 (MUE 1), each additional 11732; digit modifiers T5 (right great toe) on the first, TA (left great toe) on the additional.",
        "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")], ["coding-correction"]),
    },
    {
        "id": "t3-tags-twenty-two-words", "family": "skin-tags", "shape": "note-only",
        "description": "'twenty-two irritated skin tags' neck/axillae removed -> 11200 + 11201",
        "date": "2026-05-18", "payer": "commercial", "provider": "okafor",
        "patient": ("Castellano", "Bettina", "1972-02-14", "female"),
        "note": """Bettina has many skin tags around the neck and under both arms. Several are red and swollen from twisting on her
necklace and one bled onto her blouse this week; the axillary ones get cut when she shaves. After discussing that
we remove the ones that are symptomatic, I snipped twenty-two irritated skin tags (fourteen on the neck, eight in
the axillae) with sterile iris scissors and used aluminum chloride for hemostasis. The tiny ones on her eyelids
were left alone - she may have them treated cosmetically later.
""",
        "coder_note": "11200 first 15 + 11201 ceil(7/10) = 1. Symptomatic (bleeding, inflamed, trauma) so not cosmetic. The untouched eyelid tags are not coded.",
        "expected": E([L("11200"), L("11201")]),
    },
    {
        "id": "t3-rep-four-wounds-three-groups", "family": "repair", "shape": "note-only",
        "description": "ED-style laceration note: scalp 3.0 + forearm 2.0 layered (12032, 5.0), R hand 1.5 layered (12041), chin 1.0 simple (12011)",
        "date": "2026-05-18", "payer": "commercial-uhc", "provider": "ramirez",
        "patient": ("Fenwick", "Harrison", "1997-08-30", "male"),
        "note": """Walk-in, fell through a glass storm door this morning. Td given 2023.
Wounds after irrigation and exploration (no glass retained on x-ray, no tendon involvement, neurovascularly intact):
- scalp (L parietal) 3.0 cm, into subcutaneous tissue, galea intact: closed in layers, 4-0 Vicryl deep + staples
- L forearm volar 2.0 cm, gaping into fat: layered closure, 4-0 Monocryl dermal + 4-0 nylon
- R dorsal hand 1.5 cm: layered closure, 5-0 Monocryl + 5-0 nylon
- chin 1.0 cm superficial: single-layer closure with 6-0 nylon
Wound care sheet given; staples/sutures out scalp 8-10 d, hand/forearm 10 d, chin 5 d.
""",
        "coder_note": "REP-1/REP-2: intermediate scalp + forearm share 12031-12037 (3.0 + 2.0 = 5.0 -> 12032); intermediate hand is 12041-12047 (1.5 -> 12041); simple face 1.0 -> 12011. No PTP edit among these three lines.",
        "expected": E([L("12032"), L("12041"), L("12011")]),
    },
    {
        "id": "t3-exb-single-layer-nylon-no-repair", "family": "excision-benign", "shape": "free-text",
        "description": "EIC L flank 1.0 cm with 2 mm margins = 1.4 cm, 'single-layer closure with 5-0 nylon' (simple, included) -> 11402 only",
        "date": "2026-05-19", "payer": "commercial-uhc", "provider": "chen",
        "patient": ("Ibarra", "Consuelo", "1985-05-25", "female"),
        "conditions": [C("c1", "Epidermal cyst", "L72.0", "L flank", reason=True)],
        "procedures": [P("excision of cyst", None, "L flank",
                         "1.0 cm EIC, drained spontaneously twice, tender; excised with 2 mm margins; single-layer closure with 5-0 nylon, 2.5 cm", ["c1"])],
        "note": """C. Ibarra 41F - recurrently inflamed EIC L flank (spontaneous drainage x2 since Jan, tender today). 1.0 cm cyst
excised en bloc with 2 mm margins, sac intact. Single-layer closure with 5-0 nylon, 2.5 cm, no deep sutures.
Path: epidermal inclusion cyst.""",
        "coder_note": "EX-1: 1.0 + 0.4 = 1.4 cm trunk -> 11402. EX-5: single-layer (simple) closure is included; no repair line.",
        "expected": E([L("11402")]),
    },
    {
        "id": "t3-exb-semicolon-cyst-back-nevus-neck", "family": "excision-benign", "shape": "note-only",
        "description": "Semicolon list: EIC R upper back 1.5 cm + 2 mm margins (1.9) and nevus L neck 0.6 cm + 2 mm margins (1.0), both simple closure -> 11402 + 11421",
        "date": "2026-05-19", "payer": "commercial", "provider": "baptiste",
        "patient": ("Sutcliffe", "Rowan", "1979-12-12", "male"),
        "note": """Procedures today: excision of inflamed cyst R upper back, 1.5 cm, 2 mm margins, simple closure 4-0 nylon; excision of
changing pigmented nevus L lateral neck, 0.6 cm, 2 mm margins, simple closure 5-0 nylon; both sent for histology.
Hx: cyst ruptured twice and was drained at urgent care in March; the neck mole darkened and itches per pt.
Path (5/22): A) ruptured epidermal inclusion cyst. B) compound nevus with mild atypia, margins clear.
""",
        "path": [{"text": "A) Skin, right upper back, excision: ruptured epidermal inclusion cyst. B) Skin, left neck, excision: compound dysplastic nevus with mild atypia, margins clear.",
                  "date": "2026-05-22"}],
        "coder_note": "EX-1: back 1.5 + 0.4 = 1.9 cm trunk -> 11402; neck 0.6 + 0.4 = 1.0 cm (SNHFG) -> 11421. Both benign; simple closures included.",
        "expected": E([L("11402"), L("11421")]),
    },
    {
        "id": "t3-exm-lesion-a-b-two-malignant-two-repairs", "family": "excision-malignant", "shape": "note-only",
        "description": "Lesion A SCC R forearm 1.2 cm + 4 mm (2.0) layered 4.0; Lesion B BCC L cheek 0.5 cm + 3 mm (1.1) layered 2.2 -> 11602 + 11642 + 12032 + 12051",
        "date": "2026-05-20", "payer": "medicare", "provider": "okafor",
        "patient": ("Winterbottom", "Edgar", "1941-11-19", "male"),
        "note": """EXCISIONS x2 - E. Winterbottom 84M - 05/20/2026
Both lesions biopsy-proven 4/2026. Not Mohs candidates per pt choice (declines Mohs, wants it done here today).

Lesion A - R dorsal forearm - SCC, well differentiated.
  Clinical size 1.2 x 1.0 cm; margins 4 mm; excised diameter 2.0 cm.
  Layered closure: 4-0 Vicryl buried, 4-0 Prolene running; repair length 4.0 cm.

Lesion B - L cheek - BCC, nodular.
  Clinical size 0.5 cm; margins 3 mm; excised diameter 1.1 cm.
  Layered closure: 5-0 Monocryl deep, 6-0 nylon; repair length 2.2 cm.

Path (5/26): A SCC, margins clear. B BCC nodular, margins clear.
""",
        "path": [{"text": "A) Right forearm, excision: squamous cell carcinoma, well differentiated, margins clear. B) Left cheek, excision: basal cell carcinoma, nodular, margins clear.",
                  "date": "2026-05-26"}],
        "coder_note": "EX-1/EX-2: A arm 1.2 + 0.8 = 2.0 -> 11602; B face 0.5 + 0.6 = 1.1 -> 11642 (1.1-2.0 band). Intermediate repairs in different groups: arm 4.0 -> 12032, face 2.2 -> 12051 (EX-5).",
        "expected": E([L("11602"), L("11642"), L("12032"), L("12051")]),
    },
    {
        "id": "t3-fse-melanoma-hx-bx-back-ln2-face-no-em", "family": "mixed", "shape": "pre-coded",
        "description": "EMA sent 11104 + 17000 + 17003 x3 (no XS), FSE for melanoma history, no E/M selected: punch bx L mid back + LN2 4 AKs face (different lesions) -> 11104 + 17000-XS + 17003 x3",
        "date": "2026-05-20", "payer": "medicare-advantage", "provider": "lindqvist",
        "patient": ("Ravensworth", "Delphine", "1948-05-01", "female"),
        "conditions": [C("c1", "Neoplasm of uncertain behavior of skin", "D48.5", "L mid back", reason=True),
                       C("c2", "Actinic keratosis", "L57.0", "face", reason=True),
                       C("c3", "Personal history of malignant melanoma of skin", "Z85.820", None, reason=True)],
        "procedures": [P("Punch bx", "11104", "L mid back", "4mm punch, 1 suture", ["c1"]),
                       P("LN2 AK 1st", "17000", "R forehead", "LN2 2 FTC", ["c2"]),
                       P("LN2 AK addl", "17003", "L forehead, R cheek, L upper lip", "3 AKs, LN2 2 FTC", ["c2"])],
        "note": """SKIN CHECK - D. Ravensworth 78F - 05/20/2026
History: melanoma R calf 2019 (pT1a, WLE), BCC L nasal ala 2022 (Mohs). Here for 6-month surveillance FSE.
Full skin and lymph node exam: no palpable nodes; calf scar clean; nasal scar clean.
Findings:
  - L mid back: 5 mm dark brown papule with irregular border, new since last photos
  - face: AKs R forehead, L forehead, R cheek, L upper lip (4)
  - trunk: multiple SKs and cherry angiomas - benign, no treatment
Procedures:
  - L mid back: 4 mm punch biopsy, 1 suture, to path
  - face AKs x4: liquid nitrogen, 2 cycles each
Plan: path call 1-2 wk; continue q6mo FSE. Hx melanoma (Z85.820), hx BCC (Z85.828).
""",
        "coder_note": "BX-2: 11104. DS-1: 4 AKs -> 17000 + 17003 x3. 11104/17000 is PTP indicator 1 (biopsy column 1) and the AKs are different lesions -> XS on 17000; 11104/17003 has no edit. No E/M was selected.",
        "expected": E([L("11104"), L("17000", 1, "XS"), L("17003", 3)], ["ncci"]),
    },
    {
        "id": "t3-em-only-bx-not-performed-defer-ln2", "family": "em", "shape": "note-only",
        "description": "Negations and hypotheticals only: 'biopsy not performed today', 'defer LN2', 'if persists, will excise'; rosacea Rx -> 99213",
        "date": "2026-05-21", "payer": "commercial", "provider": "chen", "em": "99213",
        "patient": ("Lindqvist-Barr", "Annika", "1976-04-09", "female"),
        "note": """ESTABLISHED PATIENT VISIT 05/21/2026
CC: facial redness; spot on back.
1. Rosacea, papulopustular - worse with summer heat. Start metronidazole 0.75% gel bid; Rx doxycycline 40 mg daily
   x 12 wk. Triggers reviewed.
2. Pink scaly papule L upper back 4 mm - likely irritated SK vs early BCC; dermoscopy nonspecific. Discussed.
   Patient prefers to watch; biopsy not performed today. If persists or grows at 3-month check, will excise.
3. Two thin AKs on the L temple - defer LN2 until after her vacation (wants no blisters for photos).
Previously treated with cryo in 2024 (forearms) - clear.
No procedures today. RTC 3 months.
""",
        "coder_note": "Nothing was performed; deferred, declined and conditional procedures are not coded. Rosacea with new Rx supports the selected 99213.",
        "expected": E([L("99213")]),
    },
    {
        "id": "t3-em-ema-ln2-procedure-not-done", "family": "em", "shape": "pre-coded",
        "description": "EMA Procedure 17000 with status not-done ('pt declined, no procedures today') + acne E/M -> 99212 only",
        "date": "2026-05-21", "payer": "medicaid", "provider": "baptiste", "em": "99212",
        "patient": ("Abernathy", "Jolene", "1998-08-18", "female"),
        "conditions": [C("c1", "Acne vulgaris", "L70.0", "face", reason=True),
                       C("c2", "Actinic keratosis", "L57.0", "R forearm")],
        "procedures": [P("Destruction premalignant lesion", "17000", "R forearm",
                         "planned LN2 - NOT DONE: pt declined, no procedures today", ["c2"], status="not-done")],
        "note": """J. Abernathy 27F 5/21/26. Acne stable on tretinoin 0.025% + BPO wash, continue, refill (no new Rx). Possible AK R forearm
(outdoor lifeguard) - offered LN2; pt declined today, will reconsider. No procedures today. f/u 6 mo.""",
        "coder_note": "A Procedure with status not-done and a note saying no procedures today is not billed; the E/M stays as selected (acne follow-up).",
        "expected": E([L("99212")]),
    },
    {
        "id": "t3-ds-aks-face-warts-hands-xs-both", "family": "destruction", "shape": "free-text",
        "description": "LN2 to 3 AKs (face) and 4 common warts (L hand) in one session -> 17110 + 17000-XS + 17003 x2-XS",
        "date": "2026-05-22", "payer": "commercial-aetna", "provider": "okafor",
        "patient": ("Trevelyan", "Rupert", "1966-03-31", "male"),
        "conditions": [C("c1", "Actinic keratosis", "L57.0", "face", reason=True),
                       C("c2", "Verruca vulgaris", "B07.8", "L hand", reason=True)],
        "procedures": [P("cryotherapy AKs", None, "R cheek, nasal dorsum, L temple", "3 AKs, LN2 2 cycles", ["c1"]),
                       P("cryotherapy warts", None, "L hand (thumb, index, palm x2)", "4 painful common warts, pared then LN2", ["c2"])],
        "note": """R. Trevelyan 60M. AKs face x3 (R cheek, nasal dorsum, L temple) frozen. Also 4 painful warts L hand (thumb, index, palm x2) - pared and frozen, spreading since March. Separate lesions. f/u 4 wk for warts.""",
        "coder_note": "DS-1/DS-2/DS-3: 17110/17000 and 17110/17003 are indicator 1 (17110 column 1); AKs and warts are different lesions -> XS on 17000 and 17003.",
        "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 2, "XS")], ["ncci"]),
    },
    {
        "id": "t3-photo-ema-excimer-area-band", "family": "phototherapy", "shape": "pre-coded",
        "description": "EMA sent 96920 for excimer to 320 sq cm total (elbows, knees, sacrum) -> 96921",
        "date": "2026-05-22", "payer": "commercial", "provider": "ramirez",
        "patient": ("Ostrowski", "Pawel", "1973-10-05", "male"),
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "elbows, knees, sacrum", reason=True)],
        "procedures": [P("Excimer laser", "96920", "bilat elbows/knees, sacrum",
                         "308 nm excimer; areas: R elbow 60 + L elbow 55 + R knee 70 + L knee 65 + sacrum 70 = 320 sq cm", ["c1"])],
        "note": """P. Ostrowski 52M - excimer tx #6 of 13. Localized plaque psoriasis (~4% BSA), failed 4 mo of topicals. Treated R elbow 60, L elbow 55,
R knee 70, L knee 65, sacrum 70 sq cm (total 320 sq cm). Dose per protocol. No blistering from last session.""",
        "coder_note": "4.8 table: excimer by total area; 250-500 sq cm -> 96921 (one per session).",
        "expected": E([L("96921")], ["coding-correction"]),
    },
]


BATCH3 = [
    {
        "id": "t3-photo-excimer-vitiligo-small-area", "family": "phototherapy", "shape": "free-text",
        "description": "Excimer to vitiligo of both hands and perioral, total 180 sq cm -> 96920",
        "date": "2026-05-25", "payer": "medicaid", "provider": "chen",
        "patient": ("Mbeki", "Thandiwe", "2001-07-17", "female"),
        "conditions": [C("c1", "Vitiligo", "L80", "dorsal hands, perioral", reason=True)],
        "procedures": [P("excimer laser treatment", None, "bilateral dorsal hands, perioral",
                         "308 nm, R hand 75 + L hand 70 + perioral 35 = 180 sq cm, session 11", ["c1"])],
        "note": """T. Mbeki 24F - segmental-pattern vitiligo hands + perioral, on tacrolimus oint. Excimer #11: treated R dorsal hand
75 cm2, L dorsal hand 70 cm2, perioral 35 cm2 (180 cm2 total). Perifollicular repigmentation noted. NB-UVB cabinet
not used (not indicated for this limited area).""",
        "coder_note": "4.8 table: excimer total area < 250 sq cm -> 96920. NB-UVB mention is a negation.",
        "expected": E([L("96920")]),
    },
    {
        "id": "t3-mohs-cerner-table-hand-six-eight-three", "family": "mohs", "shape": "note-only",
        "description": "Cerner HTML stage table, L dorsal hand SCC: stage I 6 blocks, II 8 blocks, III 3 blocks -> 17311 + 17312 x2 + 17315 x4",
        "date": "2026-05-25", "payer": "medicare", "provider": "chen",
        "patient": ("Dankworth", "Leopold", "1937-09-09", "male"),
        "html": True,
        "note": """<html><body><p><b>MOHS MICROGRAPHIC SURGERY REPORT</b><br>Patient: Leopold Dankworth&nbsp;&nbsp;DOB 09/09/1937<br>
DOS: 05/25/2026<br>Surgeon and pathologist: Wei Chen, MD</p>
<p><b>Tumor:</b> invasive squamous cell carcinoma, moderately differentiated, L dorsal hand (biopsy 04/28/2026).
Pre-op 1.6 x 1.4 cm. Mohs AUC: appropriate (hand, immunosuppressed - CLL).</p>
<table border="1"><tr><th>Stage</th><th>Tissue blocks</th><th>Frozen section result</th></tr>
<tr><td>I</td><td>6</td><td>positive blocks 2, 5</td></tr>
<tr><td>II</td><td>8</td><td>positive block 7 (deep, near extensor paratenon)</td></tr>
<tr><td>III</td><td>3</td><td>clear</td></tr></table>
<p>Final defect 3.0 x 2.6 cm. Repair deferred to hand surgery (Dr. Pell) tomorrow. Dressing applied.</p></body></html>""",
        "coder_note": "MOHS-2: hand -> 17311; stages II and III -> 17312 x2. 17315 = (6-5) + (8-5) + 0 = 4. Repair by another surgeon is not on this claim.",
        "expected": E([L("17311"), L("17312", 2), L("17315", 4)]),
    },
    {
        "id": "t3-mohs-cheek-rotation-flap", "family": "mohs", "shape": "free-text",
        "description": "Mohs L cheek BCC 2 stages (4 + 2 blocks) + rotation flap, primary 3.6 + secondary 5.0 = 8.6 sq cm -> 17311 + 17312 + 14040",
        "date": "2026-05-26", "payer": "medicare-advantage-ppo", "provider": "lindqvist",
        "patient": ("Holmgren", "Birgitta", "1944-12-24", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "L medial cheek", reason=True)],
        "procedures": [P("Mohs surgery head/neck", None, "L medial cheek", "stage 1: 4 blocks, + at 9 o'clock; stage 2: 2 blocks, clear", ["c1"]),
                       P("rotation flap", None, "L medial cheek",
                         "primary defect 2.0 x 1.8 cm (3.6 sq cm) + secondary defect 5.0 sq cm = 8.6 sq cm; cheek rotation flap", ["c1"])],
        "note": """Birgitta Holmgren 81F. Nodular/micronodular BCC L medial cheek. Mohs: stage one four blocks, positive at 9 o'clock;
stage two two blocks, clear. Defect 2.0 x 1.8 cm. Primary closure would distort the lower eyelid, so a cheek
rotation flap was designed; secondary defect 5.0 sq cm, total 8.6 sq cm. Flap closed with 5-0 Monocryl and 6-0 nylon.""",
        "coder_note": "MOHS-2: 17311 + 17312 (no stage over 5 blocks). FLAP-1/FLAP-3: cheek, 8.6 sq cm (<= 10) -> 14040, reported with Mohs.",
        "expected": E([L("17311"), L("17312"), L("14040")]),
    },
    {
        "id": "t3-mohs-new-patient-decision-only-em-removed", "family": "mohs", "shape": "pre-coded",
        "description": "EMA 99203 + 17311 for a referred new patient whose only problem is the biopsy-proven BCC treated that day -> 17311 (E/M removed)",
        "date": "2026-05-26", "payer": "commercial", "provider": "chen", "em": "99203",
        "patient": ("Pakarinen", "Eino", "1958-02-20", "male"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of scalp and neck", "C44.41", "L posterior neck", reason=True)],
        "procedures": [P("Mohs 1st stage head/neck", "17311", "L posterior neck", "stage I, 3 blocks, clear; defect 1.1 cm, 2nd intention", ["c1"])],
        "note": """E. Pakarinen 68M new pt, referred by Dr. Olsen for Mohs of bx-proven nodular BCC L posterior neck. Reviewed outside path.
Consent for Mohs; risks/benefits. Stage I 3 blocks clear. Defect 1.1 cm, granulate. No other concerns; skin check
done by his referring dermatologist last month.""",
        "coder_note": "GS-3: a new patient does not by itself justify the E/M; the only work is the pre-operative evaluation for the Mohs done the same day -> E/M removed (corpus decision).",
        "expected": E([L("17311")]),
    },
    {
        "id": "t3-bx-lesion-abc-blocks", "family": "biopsy", "shape": "note-only",
        "description": "'Lesion A/B/C' blocks: punch R nasal ala, shave L upper arm, shave L ankle -> 11104 + 11103 x2",
        "date": "2026-05-27", "payer": "medicaid-mco", "provider": "ramirez",
        "patient": ("Solano", "Graciela", "1962-06-01", "female"),
        "note": """Graciela Solano 64F - DOS 05/27/2026 - "three spots my daughter noticed"

Lesion A: R nasal ala. 5 mm shiny pink papule, telangiectasia. Impression: r/o BCC.
  Procedure: 3 mm punch biopsy, 1 simple interrupted 6-0 nylon.
Lesion B: L upper arm, posterior. 7 mm scaly erythematous papule. Impression: r/o SCCIS vs irritated SK.
  Procedure: tangential (shave) biopsy with DermaBlade.
Lesion C: L lateral ankle. 6 mm hyperkeratotic papule. Impression: r/o SCC vs wart.
  Procedure: tangential biopsy.

Consent obtained, 1% lidocaine w/ epi, hemostasis AlCl (B, C). Three specimens to path.
""",
        "coder_note": "BX-2: punch is the primary (11104); the two tangential biopsies are 11103 x2.",
        "expected": E([L("11104"), L("11103", 2)]),
    },
    {
        "id": "t3-shave-ema-all-sent-as-11300", "family": "shave", "shape": "pre-coded",
        "description": "EMA sent 11300 x3 for shaves of R ear 0.6 cm, L neck 1.1 cm and L thigh 2.3 cm -> 11311 + 11307 + 11303",
        "date": "2026-05-27", "payer": "medicare", "provider": "okafor",
        "patient": ("Fairweather", "Clement", "1945-08-16", "male"),
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "R ear, L neck, L thigh", reason=True)],
        "procedures": [P("Shave removal", "11300", "R ear (antihelix)", "0.6 cm ISK, bleeds on pillow", ["c1"]),
                       P("Shave removal", "11300", "L neck", "1.1 cm ISK, red, itchy, rubs on collar", ["c1"]),
                       P("Shave removal", "11300", "L thigh", "2.3 cm inflamed SK, crusted, painful", ["c1"])],
        "note": """C. Fairweather 80M 5/27/26. Shave removals today: R antihelix ISK 0.6 cm (bleeds on pillow); L neck ISK 1.1 cm
(red, itchy, collar); L anterior thigh inflamed SK 2.3 cm (crusted, painful). AlCl. Path x3.""",
        "coder_note": "SH-1: ear (FEENLM) 0.6 -> 11311; neck (SNHFG) 1.1 -> 11307; thigh (TAL) 2.3 (> 2.0) -> 11303.",
        "expected": E([L("11311"), L("11307"), L("11303")], ["coding-correction"]),
    },
    {
        "id": "t3-mix-isotretinoin-start-plus-ilk-cysts", "family": "mixed", "shape": "note-only",
        "description": "Isotretinoin start (labs, iPLEDGE, Rx) + ILK to 3 cysts, 0.1 mL each of 10 mg/mL (3 mg) -> 99214-25 + 11900 + J3301",
        "date": "2026-05-28", "payer": "commercial", "provider": "baptiste", "em": "99214",
        "patient": ("Grayling", "Theo", "2007-04-12", "male"),
        "note": """ACNE - T. Grayling 19M - 05/28/2026
S: Nodulocystic acne face/chest/back, scarring, failed doxycycline x 4 mo + adapalene/BPO. Wants isotretinoin.
O: multiple inflammatory papules/nodules face, chest, upper back; atrophic scars cheeks; three large tender cysts
(L cheek, R jaw, chin).
A/P:
1) Severe nodulocystic acne with scarring - start isotretinoin. iPLEDGE registration done today; baseline lipid
   panel, CMP and CBC ordered; counselled on mood changes, dry skin, no waxing, no vitamin A supplements.
   Isotretinoin 40 mg daily Rx to be released after labs. Stop doxycycline.
2) Painful cysts x3 - intralesional Kenalog 10 mg/mL, 0.1 mL into each of the 3 cysts.
RTC 4 weeks.
""",
        "coder_note": "GS-3: starting isotretinoin (labs, Rx, counselling) is significant separate work -> 99214-25 (11900/99214 indicator 1). 3 lesions -> 11900; 0.1 x 10 x 3 = 3 mg -> J3301 x1.",
        "expected": E([L("99214", 1, "25"), L("11900"), L("J3301")]),
    },
    {
        "id": "t3-nail-partial-phenol-matrixectomy", "family": "nails", "shape": "note-only",
        "description": "Partial avulsion of the lateral border + phenol matrixectomy, L great toe (one nail) -> 11750-TA",
        "date": "2026-05-28", "payer": "commercial-uhc", "provider": "ramirez",
        "patient": ("Ferrante", "Nico", "2004-09-03", "male"),
        "note": """Nico Ferrante 21M - recurrent ingrown L great toenail, lateral border, third episode this year, failed two
partial avulsions at urgent care. Digital block with 2% plain lidocaine, tourniquet. The lateral 1/4 of the nail
plate was freed and removed, and the lateral matrix was ablated with 88% phenol x 3 applications of 30 seconds
for permanent removal of that border. Neutralized with alcohol. Dressing. Soaks, recheck 2 weeks.
""",
        "coder_note": "4.8 table: partial nail excision with matrix ablation for permanent removal -> 11750 (includes the avulsion of that nail; 11750/11730 indicator 1, same nail). Left great toe -> TA.",
        "expected": E([L("11750", 1, "TA")]),
    },
    {
        "id": "t3-nail-three-toenails-free-text", "family": "nails", "shape": "free-text",
        "description": "Avulsion of R great, R 2nd and L great toenails (traumatic, painful) -> 11730-T5 + 11732-T6 + 11732-TA",
        "date": "2026-05-29", "payer": "commercial", "provider": "lindqvist",
        "patient": ("Marchbanks", "Odette", "1980-11-28", "female"),
        "conditions": [C("c1", "Subungual hematoma with onycholysis", None, "R great, R second, L great toenails", reason=True)],
        "procedures": [P("nail avulsion", None, "R great toenail", "complete avulsion, loose painful plate", ["c1"]),
                       P("nail avulsion", None, "R 2nd toenail", "complete avulsion", ["c1"]),
                       P("nail avulsion", None, "L great toenail", "complete avulsion", ["c1"])],
        "note": """O. Marchbanks 45F, marathon 2 weeks ago; painful lifting toenails R great, R second and L great with old subungual
blood. Digital blocks. Avulsed R great toenail first, then R second and L great toenails. Nail beds intact.""",
        "coder_note": "4.8 table: 11730 for the first nail (R great, T5) + 11732 per additional nail with its own digit (R 2nd T6, L great TA); different modifiers stay on separate lines.",
        "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6"), L("11732", 1, "TA")]),
    },
    {
        "id": "t3-postop-id-in-flap-global-79", "family": "post-op", "shape": "note-only",
        "description": "5 weeks after a 14060 nasal flap (090), simple I&D of an unrelated thigh furuncle; flap just looked at -> 10060-79",
        "date": "2026-06-01", "payer": "commercial-aetna", "provider": "okafor",
        "patient": ("Bellweather", "Agatha", "1963-03-17", "female"),
        "prior": [PRIOR("2026-04-24", "14060", "Adjacent tissue transfer, nose", "R nasal sidewall",
                        "Bilobed flap after Mohs, 6 sq cm.")],
        "note": """Agatha Bellweather 63F 06/01/2026
Nose flap (4/24) is healing well, mild erythema only - no intervention.
New problem: painful boil L inner thigh x 3 days. 1.5 cm fluctuant furuncle, no cellulitis.
I&D: stab incision, pus expressed, single cavity, no packing. Warm compresses. Unrelated to the nasal surgery.
""",
        "coder_note": "GS-5: an unrelated procedure inside the 90-day global of 14060 takes 79; single simple I&D -> 10060. The flap look is part of its global (no 99024 with a billed procedure, corpus precedent).",
        "expected": E([L("10060", 1, "79")], ["global-period"]),
    },
    {
        "id": "t3-em-24-eczema-in-excision-global", "family": "em", "shape": "pre-coded",
        "description": "EMA 99213 for a hand eczema flare with new Rx, 6 days after 11402 on the back -> 99213-24",
        "date": "2026-06-01", "payer": "medicaid", "provider": "chen", "em": "99213",
        "patient": ("Greenhalgh", "Simone", "1987-01-05", "female"),
        "conditions": [C("c1", "Dyshidrotic eczema", "L30.1", "bilateral palms", reason=True)],
        "prior": [PRIOR("2026-05-26", "11402", "Excision benign lesion trunk", "R upper back",
                        "EIC 1.0 cm, 2 mm margins, 1.4 cm")],
        "note": """S. Greenhalgh 39F 6/1/26. Here for itchy blisters on both palms x 10 days (dishwashing job). Dyshidrotic eczema flare.
Start clobetasol 0.05% oint bid x 2 wk (Rx), gloves/emollients. Back excision site not examined today (sutures out 6/5).""",
        "coder_note": "GS-5: an unrelated E/M inside the 10-day global of 11402 -> 24.",
        "expected": E([L("99213", 1, "24")], ["global-period"]),
    },
    {
        "id": "t3-em-new-patient-wart-only-removed", "family": "em", "shape": "free-text",
        "description": "99203 selected for a new patient whose only problem is two plantar warts frozen today -> 17110 (E/M removed)",
        "date": "2026-06-02", "payer": "commercial-aetna", "provider": "baptiste", "em": "99203",
        "patient": ("Yilmaz", "Deniz", "2010-10-10", "female"),
        "conditions": [C("c1", "Plantar wart", "B07.0", "R forefoot", reason=True)],
        "procedures": [P("LN2 wart", None, "R forefoot", "2 painful plantar warts pared and frozen, 2 cycles", ["c1"])],
        "note": """New patient. 15F, two painful plantar warts R forefoot for 6 months, hurts in soccer cleats, failed OTC freeze spray.
Exam: two 5-6 mm verrucous papules with thrombosed capillaries, R 2nd MTP area. Pared and treated with LN2.
Nothing else addressed. Return 3 weeks.""",
        "coder_note": "GS-3: being a new patient does not justify the E/M; only the decision to treat -> E/M removed. 2 warts -> 17110 x1.",
        "expected": E([L("17110")]),
    },
    {
        "id": "t3-em-25-hair-loss-labs-plus-shave-bx", "family": "em", "shape": "note-only",
        "description": "Diffuse hair loss work-up (labs ordered, minoxidil started) + shave bx of a back lesion -> 99214-25 + 11102",
        "date": "2026-06-02", "payer": "commercial", "provider": "okafor", "em": "99214",
        "patient": ("Ainsworth", "Philippa", "1983-05-30", "female"),
        "note": """Philippa Ainsworth 43F - 06/02/2026
#1 Hair shedding x 5 months, began ~3 months after COVID and a 9 kg weight loss; hair pull test positive all
regions, no scarring, no patches. Likely telogen effluvium +/- female pattern. Ordered CBC, ferritin, TSH, vitamin D,
zinc. Start oral minoxidil 1.25 mg daily (Rx) after BP check; counselled on hypertrichosis and fluid retention.
#2 New pink scaly papule L mid back, 6 mm, r/o BCC - tangential (shave) biopsy performed, AlCl, to path.
RTC 3 months, path results by phone.
""",
        "coder_note": "GS-3: hair-loss work-up with labs and a new prescription is separate from the biopsy -> 25 (11102/99214 indicator 1).",
        "expected": E([L("99214", 1, "25"), L("11102")]),
    },
    {
        "id": "t3-ds-edc-two-bccs-shoulder-neck", "family": "destruction", "shape": "free-text",
        "description": "ED&C sBCC R shoulder (final defect 1.3 cm) + ED&C BCC L neck (0.8 cm) -> 17262 + 17271",
        "date": "2026-06-03", "payer": "medicare", "provider": "lindqvist",
        "patient": ("Crabtree", "Winifred", "1936-06-11", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of right upper limb", "C44.612", "R shoulder", reason=True),
                       C("c2", "Basal cell carcinoma of skin of scalp and neck", "C44.41", "L lateral neck", reason=True)],
        "procedures": [P("ED&C", None, "R shoulder", "bx-proven sBCC; curette x3 cycles with electrodesiccation; final defect 1.3 cm", ["c1"]),
                       P("ED&C", None, "L lateral neck", "bx-proven BCC; ED&C x3; final defect 0.8 cm", ["c2"])],
        "note": """W. Crabtree 89F, both BCCs bx-proven 5/2026; on warfarin, prefers ED&C over excision/Mohs.
R shoulder sBCC: ED&C three cycles, final defect 1.3 cm. L lateral neck BCC: ED&C three cycles, final defect 0.8 cm.""",
        "coder_note": "DS-4: shoulder (TAL) 1.3 cm -> 17262; neck (SNHFG) 0.8 cm -> 17271. One code per lesion; no PTP edit between them.",
        "expected": E([L("17262"), L("17271")]),
    },
    {
        "id": "t3-ds-asymptomatic-sks-medicare-gy", "family": "cosmetic", "shape": "note-only",
        "description": "Medicare FFS: LN2 to 5 asymptomatic SKs the patient 'wants gone', no ABN -> 17110-GY (cosmetic)",
        "date": "2026-06-03", "payer": "medicare", "provider": "ramirez",
        "patient": ("Hollister", "Mavis", "1949-02-07", "female"),
        "note": """Mavis Hollister 77F. Asks to have the "age spots" on her forehead and cheeks removed before her granddaughter's
wedding. Exam: five flat tan-brown stuck-on seborrheic keratoses, 3-6 mm, forehead and cheeks, no inflammation,
no bleeding, no itch, no change per pt; dermoscopy typical. Explained removal is cosmetic and Medicare will not
cover it; no ABN signed. She still wants them treated. LN2 to 5 SKs, light freeze.""",
        "coder_note": "BSL-2/COS-2/COS-4: asymptomatic SKs removed for appearance = statutorily excluded; Medicare FFS -> GY (no voluntary ABN, so no GX). 5 lesions -> 17110 x1.",
        "expected": E([L("17110", 1, "GY")], ["cosmetic"]),
    },
]


BATCH4 = [
    {
        "id": "t3-rep-complex-forehead-debridement", "family": "repair", "shape": "note-only",
        "description": "Forehead laceration 3.0 cm with debridement of ragged contused edges and wide undermining -> 13132",
        "date": "2026-06-04", "payer": "commercial", "provider": "baptiste",
        "patient": ("Rutherford", "Callum", "1992-12-01", "male"),
        "note": """Callum Rutherford 33M - struck forehead on a steel shelf at work 2 h ago. Td current.
3.0 cm stellate laceration of the central forehead down to frontalis fascia, edges ragged and contused.
Procedure: local with 1% lido/epi; copious irrigation; the devitalised, contused wound edges were sharply debrided
(trimmed about 1-2 mm along the full length) to create clean edges; wide undermining in the subcutaneous plane;
layered closure with 5-0 Vicryl deep and 6-0 Prolene. Final repair length 3.0 cm.
Sutures out in 5 days; scar care discussed.
""",
        "coder_note": "REP-3: debridement of wound edges makes it complex; forehead is 13131-13133; 3.0 cm (2.6-7.5) -> 13132.",
        "expected": E([L("13132")]),
    },
    {
        "id": "t3-rep-contaminated-single-layer-intermediate", "family": "repair", "shape": "free-text",
        "description": "Road-gravel wound R calf 4.0 cm, heavily contaminated, extensive cleansing, single-layer closure (intermediate) + L palm 1.0 cm simple -> 12032 + 12001",
        "date": "2026-06-04", "payer": "medicaid-mco", "provider": "okafor",
        "patient": ("Whitford", "Declan", "2000-05-19", "male"),
        "conditions": [C("c1", "Laceration without foreign body of right lower leg", "S81.811A", "R calf", reason=True),
                       C("c2", "Laceration without foreign body of left hand", "S61.412A", "L palm", reason=True)],
        "procedures": [P("laceration repair", None, "R calf",
                         "4.0 cm, heavily contaminated with road gravel and grease; 20 min of scrubbing and irrigation, particles removed with forceps; single-layer closure 4-0 nylon", ["c1"]),
                       P("laceration repair", None, "L palm", "1.0 cm clean superficial, single layer 5-0 nylon", ["c2"])],
        "note": """D. Whitford 26M, came off his bicycle onto a gravel road. R calf 4.0 cm laceration heavily contaminated with gravel and
road grease - extensive cleaning (20 min scrub + 1 L irrigation, embedded particles picked out), then single-layer
closure with 4-0 nylon. L palm 1.0 cm clean superficial cut, simple closure 5-0 nylon. Td booster given.""",
        "coder_note": "REP-3: single-layer closure of a heavily contaminated wound needing extensive cleaning is intermediate -> leg 4.0 cm 12032. The palm is a simple repair (12001-12007 group) 1.0 cm -> 12001. No PTP edit between 12032 and 12001.",
        "expected": E([L("12032"), L("12001")]),
    },
    {
        "id": "t3-exb-ema-hand-nevus-wrong-band", "family": "excision-benign", "shape": "pre-coded",
        "description": "EMA sent 11420 for a R dorsal hand nevus 0.5 cm excised with 2 mm margins (0.9 cm) -> 11421",
        "date": "2026-06-05", "payer": "commercial-aetna", "provider": "lindqvist",
        "patient": ("Nakashima", "Emi", "1989-07-04", "female"),
        "conditions": [C("c1", "Melanocytic nevi of right upper limb, including shoulder", "D22.61", "R dorsal hand", reason=True)],
        "procedures": [P("Excision benign lesion hand", "11420", "R dorsal hand",
                         "changing 0.5 cm nevus, new dark dot on dermoscopy; elliptical excision, 2 mm margins, simple closure 5-0 nylon", ["c1"])],
        "path": [{"text": "Skin, right dorsal hand, excision: compound melanocytic nevus, no atypia; margins clear."}],
        "note": """E. Nakashima 36F 6/5/26. Nevus R dorsal hand changed (new dark dot, itch). 0.5 cm. Excised with 2 mm margins; simple closure.
Path: benign compound nevus.""",
        "coder_note": "EX-1: 0.5 + 0.4 = 0.9 cm hand (SNHFG) -> 11421 (the sent 11420 used the lesion size without margins). Changing lesion = diagnostic, not cosmetic.",
        "expected": E([L("11421")], ["coding-correction"]),
    },
    {
        "id": "t3-exm-ema-neck-bcc-sent-as-trunk", "family": "excision-malignant", "shape": "pre-coded",
        "description": "EMA sent 11602 for BCC of the L neck 1.0 cm + 3 mm margins (1.6 cm): neck is SNHFG -> 11622",
        "date": "2026-06-05", "payer": "medicare", "provider": "chen",
        "patient": ("Bramwell", "Ottilie", "1940-10-22", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of scalp and neck", "C44.41", "L lateral neck", reason=True)],
        "procedures": [P("Excision malignant lesion", "11602", "L lat neck",
                         "bx-proven nodular BCC 1.0 cm; 3 mm margins; excised diameter 1.6 cm; simple closure", ["c1"])],
        "path": [{"text": "Skin, left lateral neck, excision: basal cell carcinoma, nodular; margins clear."}],
        "note": """O. Bramwell 85F - BCC L lateral neck, 1.0 cm, excised with 3 mm margins (1.6 cm). Simple closure 5-0 nylon. Clear margins.""",
        "coder_note": "EX-2: neck is in the SNHFG group (11620-11626); 1.0 + 0.6 = 1.6 cm -> 11622.",
        "expected": E([L("11622")], ["coding-correction"]),
    },
    {
        "id": "t3-bx-saucerization-r-o-melanoma", "family": "biopsy", "shape": "free-text",
        "description": "'Deep shave (saucerization) biopsy' of a 9 mm pigmented lesion R thigh to rule out melanoma -> 11102",
        "date": "2026-06-08", "payer": "commercial-cigna", "provider": "ramirez",
        "patient": ("Lombardi", "Serena", "1990-01-31", "female"),
        "conditions": [C("c1", "Neoplasm of uncertain behavior of skin", "D48.5", "R anterior thigh", reason=True)],
        "procedures": [P("saucerization biopsy", None, "R anterior thigh",
                         "9 mm asymmetric multicolored macule; deep shave (saucerization) biopsy to mid-dermis for diagnosis, r/o melanoma; AlCl", ["c1"])],
        "note": """S. Lombardi 36F. New 9 mm asymmetric brown-black macule R thigh, blue-white veil on dermoscopy. Deep shave (saucerization)
biopsy for diagnosis, r/o melanoma; specimen to dermpath. Will discuss re-excision depending on path.""",
        "coder_note": "BX-1/BX-4: a saucerization done to sample for diagnosis is a tangential biopsy -> 11102 (not a shave removal). 'Re-excision depending on path' is hypothetical.",
        "expected": E([L("11102")]),
    },
    {
        "id": "t3-bx-sample-then-curette-path-bcc", "family": "destruction", "shape": "note-only",
        "description": "Shave sample then curettage/ED&C of the base of a suspected BCC (R upper back), final defect 1.2 cm; path BCC -> 17262 only",
        "date": "2026-06-08", "payer": "medicare", "provider": "okafor",
        "patient": ("Ellingham", "Rodney", "1947-04-28", "male"),
        "note": """PROCEDURE - R. Ellingham 79M - 06/08/2026
R upper back: 9 mm pearly translucent papule with arborizing vessels, clinically BCC.
Plan discussed: sample and treat at the same visit. Tangential sample taken with a blade and sent to pathology;
the base was then curetted and electrodesiccated x 3 cycles. Final defect 1.2 cm.
Addendum 06/11/2026: pathology - basal cell carcinoma, nodular type.
""",
        "path": [{"text": "Skin, right upper back, shave: basal cell carcinoma, nodular type, extending to base.", "date": "2026-06-11"}],
        "coder_note": "BX-6 (AAD worked example): sample-then-curette of a suspected BCC; pathology malignant -> destruction of malignant lesion only, sized by the final defect: trunk 1.2 cm -> 17262. The biopsy of the same lesion is not billed.",
        "expected": E([L("17262")]),
    },
    {
        "id": "t3-mix-shave-removal-arm-plus-warts-hand", "family": "mixed", "shape": "free-text",
        "description": "Shave removal of an 8 mm inflamed SK L upper arm + LN2 to 2 painful warts R hand -> 11301 + 17110-XS",
        "date": "2026-06-09", "payer": "commercial-uhc", "provider": "baptiste",
        "patient": ("Koenig", "Wilhelmina", "1970-08-21", "female"),
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "L upper arm", reason=True),
                       C("c2", "Verruca vulgaris", "B07.8", "R hand", reason=True)],
        "procedures": [P("shave removal", None, "L upper arm", "8 mm ISK, red, crusted, bleeds on sleeve; shave flush, AlCl", ["c1"]),
                       P("cryotherapy", None, "R thumb, R middle finger", "2 painful verrucae, LN2 2 FTC", ["c2"])],
        "note": """W. Koenig 55F. (1) Inflamed SK L upper arm 8 mm bleeding on sleeves - shave removal. (2) Painful warts R thumb and R middle finger, 2 - LN2.
Different lesions, different sites.""",
        "coder_note": "SH-1: arm 0.8 cm -> 11301. DS-2: 2 warts -> 17110. 11301/17110 is PTP indicator 1 with 17110 as column 2; different lesions -> XS on 17110.",
        "expected": E([L("11301"), L("17110", 1, "XS")], ["ncci"]),
    },
    {
        "id": "t3-photo-topical-puva-soaks", "family": "phototherapy", "shape": "note-only",
        "description": "Hand/foot PUVA with methoxsalen soaks then UVA; 'no UVB, no tar' -> 96912",
        "date": "2026-06-09", "payer": "commercial-uhc", "provider": "lindqvist",
        "patient": ("Sandoval", "Ramon", "1968-02-12", "male"),
        "note": """Ramon Sandoval - palmoplantar pustulosis / hand-foot psoriasis, failed superpotent steroids, acitretin (lipids).
Session 7: hands and feet soaked 15 min in dilute methoxsalen (8-MOP) solution, then UVA 1.5 J/cm2 to palms and soles.
No UVB, no tar. Pustules fewer. Continue 2x/week.""",
        "coder_note": "4.8 table: psoralen (topical soak) + UVA is photochemotherapy PUVA -> 96912.",
        "expected": E([L("96912")]),
    },
    {
        "id": "t3-tags-asymptomatic-commercial-cosmetic", "family": "skin-tags", "shape": "note-only",
        "description": "Commercial: 8 asymptomatic neck tags removed at patient request for appearance -> no line (cosmetic, patient billed)",
        "date": "2026-06-10", "payer": "commercial-cigna", "provider": "chen",
        "patient": ("Partridge", "Fenella", "1975-11-11", "female"),
        "note": """Fenella Partridge 50F would like the skin tags on her neck removed "because they look bad in photos". They do not
itch, bleed, catch on jewellery or get irritated; none inflamed on exam. Eight small pedunculated acrochordons on
the anterior and lateral neck. Told her this is cosmetic and that her plan does not cover it; she agreed to self-pay
(cosmetic fee sheet signed). Snip removal of 8 tags, AlCl.""",
        "coder_note": "BSL-2/COS-2 and conventions: cosmetic service for a commercial payer -> line removed, cosmetic finding.",
        "expected": E([], ["cosmetic"]),
    },
    {
        "id": "t3-patch-thirty-five-in-words", "family": "patch-test", "shape": "note-only",
        "description": "Patch test application: 'thirty-five allergens' (standard series) -> 95044 x35",
        "date": "2026-06-10", "payer": "medicaid", "provider": "ramirez",
        "patient": ("Okoro", "Ifeoma", "1984-03-08", "female"),
        "note": """Patch testing visit (application). Ms. Okoro, 42, hairdresser with hand and eyelid dermatitis for 8 months despite
gloves. Applied thirty-five allergens (North American baseline series, 35 chambers) to the upper back on two
panels. First read Thursday, second read Friday next week. No topical steroids to the back in the meantime.""",
        "coder_note": "4.8 table: 95044 units = number of allergens tested = 35.",
        "expected": E([L("95044", 35)]),
    },
    {
        "id": "t3-mohs-ema-scalp-17315-overcounted", "family": "mohs", "shape": "pre-coded",
        "description": "EMA sent 17315 x2 for scalp Mohs stage I 6 blocks, stage II 5 blocks (+ layered 4.0 cm) -> 17311 + 17312 + 17315 x1 + 12032",
        "date": "2026-06-11", "payer": "commercial-cigna", "provider": "chen",
        "patient": ("Aldridge", "Bartholomew", "1952-09-09", "male"),
        "conditions": [C("c1", "Squamous cell carcinoma of skin of scalp and neck", "C44.42", "vertex scalp", reason=True)],
        "procedures": [P("Mohs 1st stage", "17311", "vertex scalp", "stage I: 6 blocks, + at blocks 1 and 4", ["c1"]),
                       P("Mohs addl stage", "17312", "vertex scalp", "stage II: 5 blocks, clear", ["c1"]),
                       P("Mohs addl block", "17315", "vertex scalp", "addl block (stage I)", ["c1"]),
                       P("Mohs addl block", "17315", "vertex scalp", "addl block (stage II)", ["c1"]),
                       P("Repair intermediate scalp", "12032", "vertex scalp", "layered closure 4.0 cm, galeal 3-0 Vicryl + staples", ["c1"])],
        "note": """B. Aldridge 73M 6/11/26. Mohs SCC vertex scalp. Stage I six blocks (positive 1 and 4); stage II five blocks, clear.
Defect 2.2 cm; layered closure 4.0 cm.""",
        "coder_note": "MOHS-2: 17315 counts blocks beyond 5 in each stage: stage I 6 -> 1, stage II 5 -> 0; total 1 (EMA sent two 17315 Procedures, one per stage). Scalp intermediate repair 4.0 cm -> 12032.",
        "expected": E([L("17311"), L("17312"), L("17315"), L("12032")], ["coding-correction"]),
    },
    {
        "id": "t3-ilk-ema-kenalog40-0-4ml-units", "family": "intralesional", "shape": "pre-coded",
        "description": "EMA sent J3301 x1 for '0.4 mL of Kenalog-40' into 2 earlobe keloids (16 mg) -> 11900 + J3301 x2",
        "date": "2026-06-11", "payer": "medicare", "provider": "okafor",
        "patient": ("Adeyemi", "Babatunde", "1958-12-30", "male"),
        "conditions": [C("c1", "Keloid scar", "L91.0", "bilateral earlobes", reason=True)],
        "procedures": [P("IL injection up to 7 lesions", "11900", "R + L earlobes", "2 painful itchy keloids", ["c1"]),
                       P("Triamcinolone acetonide 10 mg", "J3301", "R + L earlobes", "Kenalog-40, 0.4 mL total", ["c1"])],
        "note": """B. Adeyemi 67M 6/11/26. Keloids both earlobes after piercing, itchy and painful, growing. Injected 0.4 mL of Kenalog-40
(40 mg/mL) total: 0.2 mL R, 0.2 mL L. RTC 6 wk.""",
        "coder_note": "0.4 mL x 40 mg/mL = 16 mg -> J3301 ceil(16/10) = 2 (one unit sent). 2 lesions -> 11900.",
        "expected": E([L("11900"), L("J3301", 2)], ["coding-correction"]),
    },
    {
        "id": "t3-mix-shave-removal-nose-plus-shave-bx-chest", "family": "mixed", "shape": "note-only",
        "description": "Semicolon list: shave removal of bleeding IDN nasal tip 0.5 cm; tangential bx of a new L chest papule -> 11310 + 11102-XS",
        "date": "2026-06-12", "payer": "medicare-advantage", "provider": "lindqvist",
        "patient": ("Thistlewood", "Gwendolyn", "1953-07-07", "female"),
        "note": """G. Thistlewood 72F 06/12/2026 - procedures: shave removal of irritated intradermal nevus nasal tip, 0.5 cm, bleeds when
she blows her nose, AlCl; tangential biopsy of new 6 mm pink pearly papule L upper chest, r/o BCC, AlCl; both to path.
Other: cherry angiomas trunk, reassured; no treatment. Separate lesions, different sites.""",
        "coder_note": "SH-1: nose 0.5 cm -> 11310. BX-1: tangential bx -> 11102. 11310/11102 is PTP indicator 1 with the biopsy as column 2; different lesion -> XS on 11102.",
        "expected": E([L("11310"), L("11102", 1, "XS")], ["ncci"]),
    },
    {
        "id": "t3-mix-fse-nmsc-history-em25-bx-ln2", "family": "mixed", "shape": "note-only",
        "description": "Medicare FSE for NMSC history + seb derm new Rx: 99213-25, shave bx R upper back, LN2 6 AKs scalp/face -> 99213-25 + 11102 + 17000-XS + 17003 x5",
        "date": "2026-06-12", "payer": "medicare", "provider": "baptiste", "em": "99213",
        "patient": ("Blackwood", "Ignatius", "1945-05-15", "male"),
        "note": """DERMATOLOGY - FULL SKIN EXAM
Patient: I. Blackwood, 81 M      Date: 06/12/2026
History: SCC R forearm 2020 (excised), BCC L temple 2023 (Mohs) - personal history of NMSC (Z85.828).
Also c/o flaky itchy scalp and eyebrows x 2 months.
Exam (full skin): scars clear; R upper back 7 mm pink scaly papule; AKs scalp x4, R temple x1, L cheek x1;
greasy scale scalp, eyebrows, nasolabial folds.
Assessment / Plan
1) Seborrheic dermatitis - new: ketoconazole 2% shampoo and cream (Rx), hydrocortisone 2.5% cream for flares.
2) R upper back papule, r/o BCC vs SCCIS - shave biopsy performed, to path.
3) AKs x6 (scalp 4, R temple 1, L cheek 1) - LN2 cryotherapy, 2 FTC.
4) Hx NMSC - no recurrence. FSE every 6 months.
""",
        "coder_note": "GS-3: seborrheic dermatitis with new prescriptions is separate -> 99213-25. BX: 11102. DS-1: 6 AKs -> 17000 + 17003 x5. 11102/17000 is indicator 1 (biopsy column 1), different lesions -> XS on 17000; 11102/17003 has no edit.",
        "expected": E([L("99213", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 5)], ["ncci"]),
    },
    {
        "id": "t3-ds-html-list-aks-nose-declined", "family": "destruction", "shape": "note-only",
        "description": "HTML list of AK sites: forehead x3, R cheek x2 treated; nose AK 'pt declined - not treated' -> 17000 + 17003 x4",
        "date": "2026-06-15", "payer": "medicare-ngs", "provider": "ramirez",
        "patient": ("Featherstone", "Hubert", "1939-01-20", "male"),
        "html": True,
        "note": """<html><body><p><b>Procedure Note: Cryosurgery of actinic keratoses</b><br>Hubert Featherstone, 87 M - 06/15/2026</p>
<ul><li>L forehead: AK x3 - LN2, 2 cycles</li>
<li>R cheek: AK x2 - LN2, 2 cycles</li>
<li>nasal dorsum: AK x1 - <i>pt declined, not treated today</i> (wants to try 5-FU there first)</li></ul>
<p>Lesions treated today: forehead and cheek as listed. Verbal consent. Post-care sheet given.<br>
Prior: LN2 to scalp AKs 11/2025 - resolved.</p></body></html>""",
        "coder_note": "DS-1: 3 + 2 = 5 AKs treated -> 17000 + 17003 x4. The declined nasal AK and the 2025 treatment are not coded.",
        "expected": E([L("17000"), L("17003", 4)]),
    },
]


# Extra charts beyond the 60 asked for, in still other voices (layers instead of stages, doses in cc of a
# named vial, counts joined with "plus"/"one more", procedure lists mixing removal and biopsy).
BATCH5 = [
    {
        "id": "t3-mohs-layers-ear-helical-rim-complex", "family": "mohs", "shape": "note-only",
        "description": "Mohs R helix written as 'Layer 1: 4 blocks / Layer 2: 9 blocks / Layer 3: 2 blocks' + complex repair involving the helical rim 2.2 cm -> 17311 + 17312 x2 + 17315 x4 + 13151",
        "date": "2026-06-15", "payer": "medicare", "provider": "chen",
        "patient": ("Greenslade", "Ambrose", "1941-03-05", "male"),
        "note": """Mohs micrographic surgery - right helix - SCC, moderately differentiated (bx 5/20/2026)
Mr. Greenslade, 85. Surgeon and dermatopathologist: Dr. Chen. Pre-op lesion 1.1 x 0.9 cm.
Layer 1: 4 blocks; positive superior edge.
Layer 2: 9 blocks because of the curved cartilage surface; positive at block 8.
Layer 3: 2 blocks; clear.
Defect 1.9 x 1.4 cm through perichondrium, involving the free margin of the helical rim.
Repair: complex repair - the helical rim free margin was realigned, cartilage trimmed, wide undermining,
layered closure with 5-0 Monocryl and 6-0 Prolene; repair length 2.2 cm.
""",
        "coder_note": "MOHS-2: 'layers' are stages: 17311 + 17312 x2; 17315 = (9-5) = 4. REP-3: involvement of the helical rim free margin = complex; ear 13151-13153, 2.2 cm (1.1-2.5) -> 13151. 17311/13151 has no PTP edit (MOHS-7).",
        "expected": E([L("17311"), L("17312", 2), L("17315", 4), L("13151")]),
    },
    {
        "id": "t3-bx-html-table-two-done-two-not", "family": "biopsy", "shape": "note-only",
        "description": "Cerner table with 4 rows: incisional bx L shin, punch bx R forearm done; 'monitor' and 'bx deferred' rows not done -> 11106 + 11105",
        "date": "2026-06-16", "payer": "medicaid", "provider": "baptiste",
        "patient": ("Oyelaran", "Funmilayo", "1966-08-08", "female"),
        "html": True,
        "note": """<html><body><p><b>Derm Procedure Documentation</b> | 06/16/2026 | F. Oyelaran 59F</p>
<table border="1"><tr><td>Site</td><td>Finding</td><td>Plan / done today</td></tr>
<tr><td>L shin</td><td>3.5 cm violaceous indurated plaque, r/o necrobiosis lipoidica vs morphea</td><td>incisional (wedge) biopsy with #15 blade into subcutis, 2 sutures - DONE</td></tr>
<tr><td>R forearm</td><td>8 mm violaceous papule</td><td>4 mm punch biopsy - DONE</td></tr>
<tr><td>L forearm</td><td>5 mm similar papule</td><td>monitor</td></tr>
<tr><td>R thigh</td><td>annular plaque</td><td>bx deferred to next visit (pt time constraint)</td></tr></table>
<p>Consent, lidocaine with epi. Two specimens. Diabetes (A1c 8.9) - PCP notified.</p></body></html>""",
        "coder_note": "BX-2: incisional is the primary (11106); the punch takes 11105. Monitored and deferred lesions are not coded.",
        "expected": E([L("11106"), L("11105")]),
    },
    {
        "id": "t3-ilk-kenalog10-1-2cc-eight-keloid-papules", "family": "intralesional", "shape": "free-text",
        "description": "'Kenalog 10, 1.2 cc divided among 8 keloid papules' on the chest = 12 mg -> 11901 + J3301 x2",
        "date": "2026-06-16", "payer": "commercial", "provider": "lindqvist",
        "patient": ("Mensah", "Kwabena", "1993-02-17", "male"),
        "conditions": [C("c1", "Keloid scar", "L91.0", "presternal chest", reason=True)],
        "procedures": [P("ILK", None, "presternal chest",
                         "Kenalog 10, 1.2 cc divided among 8 keloid papules (acne keloids), itchy/painful", ["c1"])],
        "note": """K. Mensah 33M. Itchy, painful presternal keloids from old acne, 8 papules 4-9 mm, growing. Kenalog 10, 1.2 cc
divided among the 8 lesions, 30g needle. RTC 6 weeks for repeat.""",
        "coder_note": "4.8 table: 8 lesions (> 7) -> 11901. Kenalog-10 is 10 mg/mL: 1.2 mL = 12 mg -> J3301 ceil(12/10) = 2.",
        "expected": E([L("11901"), L("J3301", 2)]),
    },
    {
        "id": "t3-ilk-em-selected-injection-only-removed", "family": "intralesional", "shape": "pre-coded",
        "description": "EMA 99213 + 11900 + J3301 for ILK of a single inflamed acne cyst ('0.3 mL of 40 mg/mL' = 12 mg), nothing else addressed -> 11900 + J3301 x2 (E/M removed)",
        "date": "2026-06-17", "payer": "commercial-aetna", "provider": "ramirez", "em": "99213",
        "patient": ("Fairclough", "Juniper", "1999-06-25", "female"),
        "conditions": [C("c1", "Acne cyst, inflamed", "L70.0", "L cheek", reason=True)],
        "procedures": [P("IL injection", "11900", "L cheek", "1 tender acne cyst", ["c1"]),
                       P("Triamcinolone", "J3301", "L cheek", "0.3 mL of 40 mg/mL", ["c1"])],
        "note": """J. Fairclough 26F 6/17/26. Came in only for a painful cyst L cheek x5 days; acne otherwise controlled on her current
regimen, no changes. Injected 0.3 mL of triamcinolone 40 mg/mL into the cyst. No other concerns today.""",
        "coder_note": "GS-3: the only E/M work is the decision for the injection -> E/M removed. 0.3 x 40 = 12 mg -> J3301 x2 (one unit sent).",
        "expected": E([L("11900"), L("J3301", 2)], ["coding-correction"]),
    },
    {
        "id": "t3-ds-counts-plus-one-more", "family": "destruction", "shape": "note-only",
        "description": "'3 on the L ear, 2 on the R ear, plus 1 on the nose and one more on the lower lip' = 7 AKs; SKs not treated -> 17000 + 17003 x6",
        "date": "2026-06-17", "payer": "medicare-advantage", "provider": "okafor",
        "patient": ("Pottinger", "Alastair", "1943-11-03", "male"),
        "note": """Alastair, 82, farmer, back for his "scaly spots". Froze the AKs with liquid nitrogen today: 3 on the L ear, 2 on the
R ear, plus 1 on the nose and one more on the lower lip (actinic cheilitis focus, hyperkeratotic). Two freeze-thaw
cycles each. The waxy brown spots on his back are SKs - benign, he does not want them treated and they cause no
symptoms. Discussed wide-brim hat. Back in 4 months; if the lip spot persists we will biopsy it.
""",
        "coder_note": "DS-1: 3 + 2 + 1 + 1 = 7 AKs -> 17000 + 17003 x6. Untreated SKs and the conditional lip biopsy are not coded.",
        "expected": E([L("17000"), L("17003", 6)]),
    },
    {
        "id": "t3-shave-numbered-two-removals-one-bx", "family": "mixed", "shape": "free-text",
        "description": "Numbered: 1) shave removal scalp ISK 4 mm, 2) shave removal L shoulder inflamed SK 14 mm, 3) tangential bx R forearm -> 11305 + 11302 + 11102-XS",
        "date": "2026-06-18", "payer": "commercial", "provider": "chen",
        "patient": ("Vasquez-Orr", "Leandra", "1961-09-19", "female"),
        "conditions": [C("c1", "Inflamed seborrheic keratosis", "L82.0", "scalp, L shoulder", reason=True),
                       C("c2", "Neoplasm of uncertain behavior of skin", "D48.5", "R forearm", reason=True)],
        "procedures": [P("shave", None, "scalp, crown", "1) 4 mm ISK, bleeds when brushing - shave removal", ["c1"]),
                       P("shave", None, "L shoulder", "2) 14 mm inflamed SK, bra strap, red - shave removal", ["c1"]),
                       P("shave", None, "R forearm", "3) 5 mm pink papule r/o SCC - tangential biopsy for dx", ["c2"])],
        "note": """L. Vasquez-Orr 64F. 1) scalp crown ISK 4 mm, bleeds with brushing: shave removal. 2) L shoulder inflamed SK 14 mm under
bra strap: shave removal. 3) R forearm 5 mm pink papule, r/o SCC: tangential bx only (sample). AlCl all; path x3.""",
        "coder_note": "SH-1: scalp (SNHFG) 0.4 -> 11305; shoulder (TAL) 1.4 -> 11302. BX: 11102 for a different lesion; 11305/11102 and 11302/11102 are PTP indicator 1 with the biopsy as column 2 -> XS on 11102.",
        "expected": E([L("11305"), L("11302"), L("11102", 1, "XS")], ["ncci"]),
    },
    {
        "id": "t3-id-three-boils-buttocks-multiple", "family": "incision-drainage", "shape": "note-only",
        "description": "'three boils on the buttocks opened and drained' (multiple abscesses, no packing) -> 10061",
        "date": "2026-06-18", "payer": "medicaid-mco", "provider": "baptiste",
        "patient": ("Holcomb", "Jermaine", "1995-04-04", "male"),
        "note": """Jermaine, 31, has three painful boils on the buttocks for a week, worse sitting at work. Exam: three separate
fluctuant abscesses, R buttock 2 cm, L buttock 1.5 cm and 1 cm. After local anesthetic, all three were opened and
drained with a #11 blade; no packing needed. Culture from the largest. Started doxycycline 100 mg bid x 10 days;
chlorhexidine washes. Recheck 1 week.
""",
        "coder_note": "4.8 table: drainage of multiple abscesses in one session -> 10061 (one unit). No E/M selected.",
        "expected": E([L("10061")]),
    },
    {
        "id": "t3-exb-semicolons-three-excisions-summed-repair", "family": "excision-benign", "shape": "note-only",
        "description": "Semicolons: cyst back 1.2 cm + 2 mm (1.6), nevus back 0.6 + 2 mm (1.0), atypical nevus L arm 0.8 + 2 mm (1.2); layered 3.5 + 2.0 + 3.0 = 8.5 -> 11402 x2 + 11401 + 12034",
        "date": "2026-06-19", "payer": "commercial-uhc", "provider": "okafor",
        "patient": ("Pemberton-Hale", "Isadora", "1984-10-14", "female"),
        "note": """Excisions today (consent, chlorhexidine, 1% lido w/ epi): inflamed recurrent EIC R upper back, 1.2 cm, 2 mm margins,
closed in layers 3.5 cm; changing nevus L lower back, 0.6 cm, 2 mm margins, closed in layers 2.0 cm; moderately
atypical nevus L upper arm (bx 5/2026, margin positive), 0.8 cm scar, 2 mm margins, closed in layers 3.0 cm.
Deep 4-0 Monocryl, superficial 4-0 nylon for all. Path: EIC; compound nevus, no atypia; residual moderately
dysplastic nevus, margins clear.
""",
        "path": [{"text": "A) R upper back: epidermal inclusion cyst. B) L lower back: compound nevus without atypia. C) L upper arm, re-excision: residual compound dysplastic nevus, moderate atypia, margins clear."}],
        "coder_note": "EX-1: 1.2 + 0.4 = 1.6 (trunk, 11402); 0.6 + 0.4 = 1.0 (trunk, 11401); 0.8 + 0.4 = 1.2 (arm, 11402) -> 11402 x2 + 11401. REP-1: all three are intermediate in the 12031-12037 group: 3.5 + 2.0 + 3.0 = 8.5 cm -> 12034.",
        "expected": E([L("11402", 2), L("11401"), L("12034")]),
    },
    {
        "id": "t3-photo-nbuvb-goeckerman-discontinued", "family": "phototherapy", "shape": "free-text",
        "description": "'Goeckerman discontinued last month; today NB-UVB only' -> 96900",
        "date": "2026-06-19", "payer": "medicaid", "provider": "lindqvist",
        "patient": ("Carvalho", "Beatriz", "1986-12-03", "female"),
        "conditions": [C("c1", "Psoriasis vulgaris", "L40.0", "trunk, legs", reason=True)],
        "procedures": [P("phototherapy session", None, "full body", "NB-UVB 800 mJ/cm2, tx #3 of new course", ["c1"])],
        "note": """B. Carvalho 39F. Psoriasis 12% BSA. Goeckerman (tar + UVB) was discontinued last month because of folliculitis from
the tar. Today NB-UVB only, no topical tar, no psoralen: 800 mJ/cm2, session 3. Mild pinkness last time, held
increment.""",
        "coder_note": "4.8 table: UVB alone -> 96900; the tar regimen is history.",
        "expected": E([L("96900")]),
    },
    {
        "id": "t3-em-sunscreen-counsel-only-aks-medicare", "family": "em", "shape": "pre-coded",
        "description": "EMA 99214 + 17000 + 17003 for 4 AKs; the only other content is sun-protection counselling -> E/M removed, 17000 + 17003 x3",
        "date": "2026-06-22", "payer": "medicare", "provider": "baptiste", "em": "99214",
        "patient": ("Underhill", "Norbert", "1940-07-30", "male"),
        "conditions": [C("c1", "Actinic keratosis", "L57.0", "scalp, R temple", reason=True)],
        "procedures": [P("LN2 AK first", "17000", "scalp", "LN2", ["c1"]),
                       P("LN2 AK 2-14", "17003", "scalp x2, R temple x1", "LN2 to 3 additional AKs", ["c1"])],
        "note": """N. Underhill 85M 6/22/26. Here for AKs. Scalp x3 and R temple x1 rough spots = AKs. LN2 to 4 AKs, 2 FTC.
Counselled on sunscreen, hat, and expected blistering/crusting after cryo. No other complaints or problems addressed.""",
        "coder_note": "GS-3: sun-protection counselling and post-cryo care are part of the AK treatment; no separately identifiable work -> E/M removed. DS-1: 4 AKs -> 17000 + 17003 x3.",
        "expected": E([L("17000"), L("17003", 3)]),
    },
    {
        "id": "t3-mohs-nose-plus-shave-bx-forearm-xs", "family": "mohs", "shape": "note-only",
        "description": "Mohs L nasal tip BCC 1 stage (3 blocks) + shave bx of a new, unrelated R forearm papule -> 17311 + 11102-XS",
        "date": "2026-06-22", "payer": "commercial-cigna", "provider": "chen",
        "patient": ("Kilbride", "Rosalind", "1955-05-09", "female"),
        "note": """MOHS - R. Kilbride 71F - 06/22/2026
Lesion 1 (Mohs): L nasal tip, bx-proven nodular BCC. Stage 1, 3 blocks, clear. Defect 0.9 cm; healing by secondary
intention per her choice.
Lesion 2 (separate): new 6 mm scaly pink papule R dorsal forearm noticed by the patient last month, r/o SCCIS.
Tangential (shave) biopsy, AlCl, sent to dermpath. Different site, unrelated to lesion 1.
""",
        "coder_note": "MOHS-2: nose -> 17311 (3 blocks). 17311/11102 is PTP indicator 1 (biopsy column 2); a different lesion -> XS on 11102 (not 59: the Mohs lesion already had pathology).",
        "expected": E([L("17311"), L("11102", 1, "XS")], ["ncci"]),
    },
]

SCENARIOS = BATCH1 + BATCH2 + BATCH3 + BATCH4 + BATCH5
