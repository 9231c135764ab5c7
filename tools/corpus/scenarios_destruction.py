# ruff: noqa: E501  (hand-written chart text and descriptions; wrapping would change the notes)
"""Destruction (17000/17003/17004, 17110/17111, 17260-17286) and skin tags (11200/11201)."""

from __future__ import annotations

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P

DESTRUCTION = [
    {
        "id": "ds-ak-17003-x16-to-17004", "family": "destruction", "shape": "pre-coded",
        "description": "EMA sent 17000 + 17003 x16 for 17 AKs: 15+ lesions -> 17004 x1",
        "date": "2026-01-06", "payer": "medicare", "provider": "lindqvist",
        "patient": ("Rutherford", "Clive", "1942-04-30", "male"),
        "conditions": [C("c1", "Actinic keratosis", "L57.0", "Scalp, face, forearms", reason=True)],
        "procedures": [
            P("Destruction premalignant lesion, first", "17000", "Scalp", "LN2 to AKs, lesion 1 of 17.", ["c1"]),
            P("Destruction premalignant lesions, 2-14, each (x16)", "17003", "Scalp, forehead, bilateral forearms",
              "Lesions 2-17: sixteen additional AKs treated.", ["c1"]),
        ],
        "note": """Clive Rutherford 83M  01/06/2026
Many rough spots again. Exam: 17 gritty erythematous keratotic papules - scalp 9, forehead 3, R forearm 3,
L forearm 2. Dx AKs (L57.0).
Cryotherapy: verbal consent; LN2 2 cycles to all 17 lesions. Discussed PDT/5-FU for field next time.
""",
        "expected": E([L("17004")], ["coding-correction"], dx={"17004": ["L57.0"]}),
    },
    {
        "id": "ds-ak-17004-with-17000-indicator-0", "family": "destruction", "shape": "pre-coded",
        "description": "17004 and 17000 both sent for 22 AKs: PTP indicator 0 -> 17004 only",
        "date": "2026-01-13", "payer": "medicare-advantage", "provider": "okafor",
        "patient": ("Vance", "Geraldine", "1945-02-25", "female"),
        "conditions": [C("c1", "Actinic keratosis", "L57.0", "Face and dorsal hands", reason=True)],
        "procedures": [
            P("Destruction premalignant lesions, 15 or more", "17004", "Face, dorsal hands",
              "22 AKs treated with LN2.", ["c1"]),
            P("Destruction premalignant lesion, first", "17000", "Left cheek", "First lesion.", ["c1"]),
        ],
        "note": """Geraldine Vance 80F - 1/13/2026. Twenty-two (22) AKs on face and backs of hands, LN2 x2 cycles each.
Tolerated. Sunscreen. RTC 6 mo.
""",
        "expected": E([L("17004")], ["ncci"]),
    },
    {
        "id": "ds-ak-twenty-words-note-only", "family": "destruction", "shape": "note-only",
        "description": "'twenty (20) actinic keratoses' treated with cryotherapy, note only -> 17004",
        "date": "2026-01-20", "payer": "medicare", "provider": "chen",
        "patient": ("Pickering", "Arthur", "1938-09-01", "male"),
        "note": """Arthur Pickering  87M  01/20/2026
Hx: multiple AKs, SCC R ear 2021 s/p Mohs. Here for field check.
Exam: twenty (20) scaly, erythematous, gritty papules on the scalp, ears and dorsal hands consistent with
actinic keratoses. No suspicious nodules. R ear scar without recurrence.
A/P
1. Actinic keratoses (L57.0) - LN2 cryotherapy to twenty (20) lesions, 2 FTC each, after verbal consent.
2. Personal history of SCC (Z85.828) - no evidence of recurrence.
""",
        "expected": E([L("17004")]),
    },
    {
        "id": "ds-ak-x3-free-text", "family": "destruction", "shape": "free-text",
        "description": "'AK x3, LN2' -> 17000 + 17003 x2",
        "date": "2026-01-27", "payer": "commercial", "provider": "baptiste",
        "patient": ("Sutherland", "Moira", "1960-10-14", "female"),
        "conditions": [C("c1", "Actinic keratosis", "L57.0", "Forehead, nose", reason=True)],
        "procedures": [P("Cryotherapy of AKs", None, "Forehead; nasal dorsum",
                         "AK x3 (forehead x2, nasal dorsum x1): LN2, 2 FTC, 10 sec each.", ["c1"])],
        "note": """Moira Sutherland 65F 1/27/26. Rough spots on forehead/nose. Exam: 3 AKs. LN2 to AK x3. Verbal consent.""",
        "expected": E([L("17000"), L("17003", 2)]),
    },
    {
        "id": "ds-plantar-warts-painful", "family": "destruction", "shape": "free-text",
        "description": "Cryotherapy of 3 painful plantar warts -> 17110",
        "date": "2026-02-03", "payer": "medicaid", "provider": "ramirez",
        "patient": ("Okonkwo", "Ifeanyi", "2009-07-21", "male"),
        "conditions": [C("c1", "Plantar wart", "B07.0", "Right plantar forefoot", reason=True)],
        "procedures": [P("Destruction of warts (cryotherapy)", None, "Right plantar foot",
                         "Pared and treated 3 painful plantar verrucae with LN2, 2 cycles.", ["c1"])],
        "note": """Ifeanyi Okonkwo 16M, with mother. 2/3/2026
Painful plantar warts R foot x 6 months, limping during soccer.
Exam: 3 plantar verrucae (R 1st MT head 8 mm, R heel 5 mm, R 3rd toe pad 4 mm), tender to lateral squeeze.
Plan: paring then LN2 x2 cycles to all three (3) warts. Consent from mother. Salicylic acid at home.
""",
        "expected": E([L("17110")], dx={"17110": ["B07.0"]}),
    },
    {
        "id": "ds-molluscum-18-curettage-html", "family": "destruction", "shape": "note-only",
        "description": "Curettage of 18 molluscum papules (HTML note) -> 17111",
        "date": "2026-02-10", "payer": "medicaid-mco", "provider": "okafor",
        "patient": ("Pham", "Lily", "2019-03-08", "female"),
        "note": """<html><body>
<p><b>Lily Pham</b>, 6 y/o F &mdash; 02/10/2026 &mdash; with father</p>
<p>Molluscum spreading on the trunk and thighs for 4 months, now with surrounding eczema and scratching;
sibling also affected.</p>
<p><b>Exam:</b> 18 umbilicated pearly papules (trunk 11, thighs 7), several inflamed (BOTE sign).</p>
<p><b>A/P:</b> Molluscum contagiosum (B08.1), spreading and inflamed. After topical LMX for 45 minutes,
curettage of eighteen (18) lesions. Hemostasis with pressure. Father consented.</p>
</body></html>""", "html": True,
        "expected": E([L("17111")]),
    },
    {
        "id": "ds-edc-bcc-shin", "family": "destruction", "shape": "pre-coded",
        "description": "ED&C of biopsy-proven BCC, shin, final defect 0.9 cm (TAL) -> 17261",
        "date": "2026-02-17", "payer": "medicare", "provider": "lindqvist",
        "patient": ("Hargreaves", "Muriel", "1941-11-28", "female"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of right lower limb", "C44.712", "Right shin",
                         reason=True)],
        "procedures": [P("Destruction malignant lesion trunk/arms/legs 0.6-1.0 cm", "17261", "Right shin",
                         "sBCC 0.6 cm; curettage and electrodesiccation x3; final defect 0.9 cm.", ["c1"])],
        "note": """Muriel Hargreaves 84F 02/17/2026
Superficial BCC R shin (bx 1/30/26). ED&C x3 cycles. Final defect 0.9 cm.
""",
        "expected": E([L("17261")], dx={"17261": ["C44.712"]}),
    },
    {
        "id": "ds-edc-bcc-ear-free-text", "family": "destruction", "shape": "free-text",
        "description": "ED&C of small superficial BCC of the ear, final defect 4 mm (FEENLM) -> 17280",
        "date": "2026-02-24", "payer": "medicare-advantage-ppo", "provider": "chen",
        "patient": ("Dempsey", "Frank", "1949-08-19", "male"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of left ear", "C44.219", "Left antihelix",
                         reason=True)],
        "coder_note": "Second-coder audit: Condition code corrected from C44.212 (right ear) to C44.219 (left ear) to match the documented left antihelix (ICD-10-CM laterality, DX-6). Expected lines unchanged.",
        "procedures": [P("Electrodesiccation and curettage", None, "Left antihelix",
                         "Superficial BCC, curetted and desiccated x2; final defect 4 mm.", ["c1"])],
        "note": """Frank Dempsey 76M 2/24/2026. Biopsy-proven superficial BCC, left antihelix, 3 mm. Declined Mohs after
discussion. ED&C 2 cycles, final defect 4 mm. Wound care.""",
        "expected": E([L("17280")]),
    },
    {
        "id": "ds-ak-and-warts-distinct-lesions", "family": "destruction", "shape": "note-only",
        "description": "LN2 to 4 AKs (face) and 2 painful warts (hands): 17110 + 17000-XS + 17003-XS x3",
        "date": "2026-03-03", "payer": "commercial-uhc", "provider": "baptiste",
        "patient": ("Lindgren", "Oskar", "1962-12-03", "male"),
        "note": """Oskar Lindgren 63 M   3/3/2026
1) Actinic keratoses x4 (L temple x2, R cheek, nasal tip): LN2 cryotherapy, 2 cycles each.
2) Verruca vulgaris x2, R thumb and L index finger, painful with gripping tools and cracking/bleeding:
   LN2 cryotherapy 2 cycles each.
Verbal consent for both. Blister care reviewed. RTC 4 weeks for warts.
""",
        "expected": E([L("17110"), L("17000", 1, "XS"), L("17003", 3, "XS")], ["ncci"]),
    },
    {
        "id": "ds-17003-without-primary", "family": "destruction", "shape": "pre-coded",
        "description": "Only 17003 sent for 4 AKs (add-on without primary) -> 17000 + 17003 x3",
        "date": "2026-03-10", "payer": "commercial-cigna", "provider": "ramirez",
        "patient": ("Ellison", "Marcus", "1959-05-05", "male"),
        "conditions": [C("c1", "Actinic keratosis", "L57.0", "Scalp", reason=True)],
        "procedures": [P("Destruction premalignant lesions 2-14", "17003", "Scalp",
                         "Cryo to four (4) AKs on the scalp.", ["c1"])],
        "note": """Marcus Ellison 66M  03/10/2026. Four AKs of the bald scalp treated with LN2 today, 2 FTC. Sun protection.""",
        "expected": E([L("17000"), L("17003", 3)], ["coding-correction"]),
    },
    {
        "id": "ds-cryo-discussed-not-done", "family": "destruction", "shape": "note-only",
        "description": "AKs: cryotherapy discussed, patient will consider; 5-FU prescribed -> E/M 99213 only",
        "date": "2026-03-12", "payer": "medicare", "provider": "okafor", "em": "99213",
        "patient": ("Fairweather", "Edith", "1947-03-27", "female"),
        "note": """Edith Fairweather 78F  March 12, 2026
CC: rough patches on forearms and face.
Exam: multiple (~12) thin AKs on the dorsal forearms and cheeks.
A/P:
1. Actinic keratoses, multiple (L57.0). Discussed cryotherapy vs field therapy. Patient will consider
   cryotherapy at a later visit; declined LN2 today. Start fluorouracil 5% cream BID x 3 weeks to forearms;
   reviewed expected inflammation. Rx sent.
2. Solar lentigines - reassurance.
RTC 6 weeks.
""",
        "expected": E([L("99213")]),
    },
    {
        "id": "ds-edc-two-sbcc-trunk", "family": "destruction", "shape": "free-text",
        "description": "ED&C of two superficial BCCs on the trunk, defects 1.2 and 0.8 cm -> 17262 + 17261",
        "date": "2026-03-16", "payer": "medicare", "provider": "lindqvist",
        "patient": ("Thornbury", "Reginald", "1944-10-09", "male"),
        "conditions": [C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "Back", reason=True)],
        "procedures": [
            P("ED&C", None, "Right upper back", "sBCC #1: ED&C x3, final defect 1.2 cm.", ["c1"]),
            P("ED&C", None, "Left lower back", "sBCC #2: ED&C x3, final defect 0.8 cm.", ["c1"]),
        ],
        "note": """Reginald Thornbury 81M  3/16/2026. Two biopsy-proven superficial BCCs on the back. ED&C of each,
three cycles. Final defects: #1 R upper back 1.2 cm, #2 L lower back 0.8 cm.""",
        "expected": E([L("17262"), L("17261")]),
    },
]

SKIN_TAGS = [
    {
        "id": "tags-12-irritated-precoded", "family": "skin-tags", "shape": "pre-coded",
        "description": "Removal of 12 irritated, bleeding skin tags (neck/axillae) -> 11200",
        "date": "2026-01-16", "payer": "commercial", "provider": "ramirez",
        "patient": ("Delgado", "Carmen", "1971-02-18", "female"),
        "conditions": [C("c1", "Acrochordon, irritated", "L91.8", "Neck and axillae", reason=True)],
        "procedures": [P("Removal of skin tags, up to and including 15", "11200", "Neck, bilateral axillae",
                         "12 tags snipped; inflamed, bleeding from necklace and bra friction.", ["c1"])],
        "note": """Carmen Delgado 54F   01/16/2026
Skin tags of the neck and both axillae catch on her necklace and bra; several bled and are red and sore.
Exam: 12 pedunculated acrochordons, 4 with hemorrhagic crust/erythema.
Removed all twelve (12) with curved iris scissors after lidocaine; AlCl.
""",
        "expected": E([L("11200")]),
    },
    {
        "id": "tags-22-symptomatic-note-only", "family": "skin-tags", "shape": "note-only",
        "description": "22 symptomatic skin tags removed -> 11200 + 11201 x1",
        "date": "2026-02-06", "payer": "medicaid", "provider": "chen",
        "patient": ("Jefferson", "Tamika", "1980-06-11", "female"),
        "note": """Tamika Jefferson 45F - 02/06/2026
Painful, irritated skin tags in the inframammary folds and groin, chafing and bleeding with walking.
Exam: 22 pedunculated tags (inframammary 14, inguinal 8), several inflamed.
Procedure: snip excision of twenty-two (22) skin tags with sterile scissors; hemostasis with AlCl.
""",
        "expected": E([L("11200"), L("11201")]),
    },
    {
        "id": "tags-cosmetic-commercial-removed", "family": "skin-tags", "shape": "free-text",
        "description": "8 asymptomatic tags removed at patient request, commercial payer -> no claim line, cosmetic",
        "date": "2026-02-20", "payer": "commercial-aetna", "provider": "baptiste",
        "patient": ("Wexler", "Nadine", "1977-09-29", "female"),
        "conditions": [C("c1", "Acrochordon", "L91.8", "Neck"),
                       C("c2", "Encounter for cosmetic surgery", "Z41.1")],
        "procedures": [P("Skin tag removal", None, "Neck",
                         "8 asymptomatic tags removed for cosmetic reasons at patient request; self-pay quote "
                         "given.", ["c1", "c2"])],
        "note": """Nadine Wexler 48F 2/20/2026
Wants neck skin tags removed "because they look bad in photos". Denies irritation, bleeding, pain or itching.
Exam: 8 small pedunculated acrochordons of the neck, non-inflamed.
Cosmetic removal discussed; patient signed cosmetic self-pay waiver. Snipped x8.
""",
        "expected": E([], ["cosmetic"]),
    },
    {
        "id": "tags-forty-mue-cap", "family": "skin-tags", "shape": "pre-coded",
        "description": "40 inflamed tags: 11200 + 11201 x3 exceeds 11201 MUE 1 -> 11201 x1 + mue finding",
        "date": "2026-03-05", "payer": "medicare", "provider": "okafor",
        "patient": ("Bellamy", "Roger", "1953-01-17", "male"),
        "conditions": [C("c1", "Acrochordons, inflamed", "L91.8", "Neck, axillae, groin", reason=True)],
        "procedures": [
            P("Removal of skin tags, first 15", "11200", "Neck, axillae", "First 15 tags.", ["c1"]),
            P("Removal of skin tags, each additional 10", "11201", "Axillae, groin",
              "Remaining 25 tags (3 units).", ["c1"]),
        ],
        "note": """Roger Bellamy 73M 3/5/2026
Numerous skin tags neck/axillae/groin that are inflamed, bleeding with seatbelt and waistband rubbing, and
chafing. Exam: forty (40) acrochordons, many with erythema and crust. Snip removal x40 after lidocaine; AlCl.
""",
        "expected": E([L("11200"), L("11201")], ["mue"]),
    },
]

SCENARIOS = DESTRUCTION + SKIN_TAGS
