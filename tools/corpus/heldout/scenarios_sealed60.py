"""Sealed set 60 (s60-): a dermatologist who signs each note as a plain-language letter to the patient.

Voice: second person ("Today we froze ...", "I removed the mole on your ..."), warm and explanatory, with a short
technical procedure log under the letter for the chart. Expected answers from the rule book (sections 2-7, 10),
docs/coding_conventions.md and tests/corpus/README.md ("File format", "Coding decisions") only.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []


def _html(text: str) -> str:
    """Render a plain letter as the simple HTML an EHR letter template stores (paragraphs, line breaks)."""
    paras = [p for p in text.strip().split("\n\n") if p.strip()]
    body = "\n".join("<p>" + p.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>\n") + "</p>"
                      for p in paras)
    return "<html><body>\n" + body + "\n</body></html>\n"

# ---------------------------------------------------------------------------------------------------------------
# Batch 1: biopsy, cosmetic, destruction, E/M
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s60-bx-punch-forearm-two-shave-samples",
    "family": "biopsy", "shape": "note-only",
    "description": "Letter note: punch biopsy L forearm pigmented lesion + tangential biopsies R upper back and L shin; "
                   "AKs discussed, not treated; Medicare FFS",
    "date": "2025-11-04",
    "patient": ("Whitcombe", "Doreen", "1948-05-19", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, left forearm", "D49.2", "Left dorsal forearm", reason=True),
        C("c2", "Neoplasm of unspecified behavior of skin, right upper back", "D49.2", "Right upper back", reason=True),
        C("c3", "Neoplasm of unspecified behavior of skin, left shin", "D49.2", "Left anterior shin", reason=True),
        C("c4", "Actinic keratosis", "L57.0", "Both cheeks"),
    ],
    "note_title": "Visit Letter and Procedure Log",
    "note": """Dear Doreen,

Thank you for coming in today about the dark spot on your left forearm that your granddaughter noticed had
changed over the summer. I want you to have a written summary of what we did and what comes next.

The spot on your left forearm measures 6 mm across. It has two shades of brown and one notched edge. Because it
has changed, I wanted the full depth of it under the microscope, so I took a punch sample - a small round core,
4 mm wide - and closed the little hole with a single stitch.

While we were looking you over, two other spots caught my eye. One is a pink, scaly patch on your right upper
back; the other is a shiny bump on the front of your left shin. I took a thin shave sample from each of them.
Those two don't need stitches, just a bandage for a few days.

The rough, sandpapery spots on both cheeks are sun damage (actinic keratoses). We did not treat them today. We
can freeze them at your next visit, or you can try a prescription cream first - your choice.

What happens next: the pathologist will look at all three samples and I will call you with the results in about
7 to 10 days. Please keep the stitch dry for 24 hours, then wash gently and cover with petroleum jelly. The stitch
comes out in 10 to 14 days (your primary care office can do it if that's easier).

Warm regards,
June Abernathy, MD

--- Procedure log (chart) ---
Consent signed. Time-out done. 1% lidocaine w/ epi.
1) Punch biopsy, L dorsal forearm, 6 mm irregular pigmented macule, 4 mm punch, closed 1 x 4-0 nylon SI.
   Indication: changing pigmented lesion, r/o melanoma.
2) Tangential (shave) biopsy, R upper back, 8 mm pink scaly plaque. DermaBlade. r/o BCC vs SCCIS.
3) Tangential (shave) biopsy, L anterior shin, 5 mm pearly papule. r/o BCC.
Hemostasis 2 and 3 with aluminum chloride. Three separately labeled specimens to dermpath.
No AK treatment this visit. EBL minimal, no complications.
""",
    "expected": E([L("11104"), L("11103", 2)]),
    "coder_note": "BX-2: punch outranks tangential -> 11104 primary, each tangential biopsy on its own add-on 11103 x2. "
                  "AK destruction only discussed; no E/M selected.",
})

SCENARIOS.append({
    "id": "s60-bx-precoded-deleted-11100-11101",
    "family": "biopsy", "shape": "pre-coded",
    "description": "Two tangential biopsies (L parietal scalp, R posterior neck) pre-coded with deleted 11100/11101",
    "date": "2025-12-09",
    "patient": ("Okoro", "Tobenna", "1991-02-27", "male"),
    "provider": "weiss", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, scalp", "D49.2", "Left parietal scalp", reason=True),
        C("c2", "Neoplasm of unspecified behavior of skin, neck", "D49.2", "Right posterior neck", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", cpt="11100", site="Left parietal scalp",
          note="Shave biopsy, 7 mm pink papule, DermaBlade, AlCl3 hemostasis.", reasons=["c1"]),
        P("Biopsy of skin, each separate/additional lesion", cpt="11101", site="Right posterior neck",
          note="Shave biopsy, 5 mm brown papule, AlCl3.", reasons=["c2"]),
    ],
    "note_title": "Letter to Patient",
    "note": """Hi Tobenna,

You came in because your barber nicked a bump on the left side of your scalp twice this month and it keeps
bleeding, and because you noticed a new brown spot on the back of your neck on the right.

Today I took a thin shave sample from each of the two spots. On the scalp I shaved off the top of the 7 mm pink
bump; on the neck I shaved the 5 mm brown spot. Neither needed stitches. I stopped the bleeding with a solution
called aluminum chloride.

My best guess is that the scalp bump is a harmless growth that got irritated, and that the neck spot is an
ordinary mole, but I want the pathologist to confirm both. I'll send you a message through the portal when the
results are back.

Wound care: wash with soap and water once a day, petroleum jelly and a bandage until healed (about a week).
Call us if you see spreading redness, pus, or fever.

Best,
Samuel Weiss, MD

Procedure log: tangential biopsy x2 (L parietal scalp 7 mm papule; R posterior neck 5 mm macule). 1% lido
w/ epi, DermaBlade, AlCl3. Two specimens, separately labeled. No complications.
""",
    "expected": E([L("11102"), L("11103")], topics=["invalid-code"]),
    "coder_note": "11100/11101 were deleted 31 Dec 2018 (BX-1); two tangential biopsies -> 11102 + 11103.",
})

SCENARIOS.append({
    "id": "s60-bx-wedge-thigh-punch-arm-shave-back",
    "family": "biopsy", "shape": "free-text",
    "description": "Incisional wedge biopsy R thigh + punch L forearm + tangential biopsy upper back; lip lesion only "
                   "mentioned for a future visit; Medicare Advantage PPO",
    "date": "2026-01-13",
    "patient": ("Castellano", "Marisol", "1957-09-30", "female"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 50,
    "conditions": [
        C("c1", "Indurated plaque of right thigh", "L98.8", "Right lateral thigh", reason=True),
        C("c2", "Violaceous papules, left forearm", "L98.8", "Left volar forearm", reason=True),
        C("c3", "Scaly papule, upper back", "L98.8", "Upper back, midline", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy, wedge with scalpel", site="Right lateral thigh",
          note="1.2 x 0.5 cm fusiform wedge to subcutaneous fat through the edge of a 9 cm indurated plaque; "
               "closed 4-0 nylon simple interrupted x3.", reasons=["c1"]),
        P("Punch biopsy 4 mm", site="Left volar forearm",
          note="4 mm punch of a violaceous flat-topped papule; 1 suture.", reasons=["c2"]),
        P("Shave biopsy", site="Upper back, midline",
          note="Tangential sample of 6 mm scaly papule; AlCl3.", reasons=["c3"]),
    ],
    "note_title": "Visit Letter",
    "note": """Dear Marisol,

It was good to see you again. You came in about the hard, brownish patch on the outside of your right thigh,
which has been spreading slowly since last spring, and the itchy purple bumps on your left wrist.

The thigh patch is about 9 cm across and feels firm, almost like leather. The change is deep in the skin, so a
thin sample would not tell us enough. I took a small wedge of skin with a scalpel from the edge of the patch, down
to the fat underneath, and closed it with three stitches. The possibilities include morphea (a localized
hardening of the skin) and inflammation of the fat layer; the sample should sort that out.

On your left forearm I took one small round punch sample from one of the purple, flat-topped bumps and closed it
with one stitch. I suspect lichen planus, which is very treatable.

You also asked about a rough spot in the middle of your upper back. I shaved a thin sample from it - no stitches.

We talked about the small white patch on your lower lip. It looks like sun damage to me. If it is not gone in a
month after using the lip balm with sunscreen, we'll sample it at your next visit; nothing was done to it today.

Stitches out in 10-14 days. I'll call you with all three results.

Kind regards,
Astrid Lindgren, MD

Procedure log: (1) incisional wedge bx R lateral thigh, scalpel, to SQ fat, 3 x 4-0 nylon; (2) 4 mm punch bx
L volar forearm, 1 x 4-0 nylon; (3) tangential bx upper back, DermaBlade, AlCl3. Lido 1% w/ epi 4 mL total.
3 specimens. Lower lip: observation only.
""",
    "expected": E([L("11106"), L("11105"), L("11103")]),
    "coder_note": "BX-2: incisional > punch > tangential -> 11106 primary, 11105 for the punch, 11103 for the "
                  "tangential biopsy (AOC allows 11103 with 11106). Lip lesion only discussed for later.",
})

SCENARIOS.append({
    "id": "s60-cos-glycolic-peel-voluntary-abn",
    "family": "cosmetic", "shape": "note-only",
    "description": "Superficial (epidermal) glycolic peel of the face for appearance, voluntary ABN signed; "
                   "laser resurfacing only discussed; Medicare FFS",
    "date": "2025-10-21",
    "patient": ("Prendergast", "Lorraine", "1952-12-03", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Encounter for cosmetic procedure", "Z41.1", "Face", reason=True),
        C("c2", "Photoaging of skin", "L57.8", "Face"),
    ],
    "note_title": "Aesthetic Visit Letter",
    "note": """Dear Lorraine,

Thank you for trusting me with your skin. You told me that the fine lines and blotchy brown tone on your face
make you look "tired", and that you wanted something to freshen your skin before your son's wedding. There are no
pre-cancers or suspicious spots on your face today - this treatment is purely for appearance.

We talked about several options: a light chemical peel, a series of peels, and laser resurfacing. Laser gives a
bigger change but needs more downtime, and you would rather start gently, so we did not do any laser today.

Today we did a light (superficial) peel of your whole face with 30% glycolic acid. It only works on the top layer
of the skin. You felt some tingling for about three minutes before we neutralized it.

Because this is a cosmetic treatment, Medicare does not pay for it. Before we started, you read and signed the
voluntary notice saying that you understand this and will pay for it yourself, and that we will still send the
claim to Medicare so they have a record of it.

Expect some pinkness and light flaking for 3 to 5 days. Use a gentle cleanser, a plain moisturizer and a
sunscreen every day. No retinol for a week.

With warm wishes for the wedding,
Rafael Santos, MD

--- Procedure log ---
Chemical peel, facial, epidermal depth: glycolic acid 30%, full face, 3 min contact, neutralized with
NaHCO3 solution. Pre-treatment: degreased with acetone. Tolerated well. Voluntary ABN (statutorily excluded
service) reviewed and signed before treatment. No AKs or lesions treated.
""",
    "expected": E([L("15788", 1, "GX", "GY")], topics=["cosmetic"]),
    "coder_note": "COS-2/COS-4: facial epidermal peel for appearance is statutorily excluded for Medicare FFS -> GY, "
                  "plus GX because a voluntary ABN was signed. Laser only discussed.",
})

SCENARIOS.append({
    "id": "s60-cos-sk-shave-face-medicare-gy",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Shave removal of two asymptomatic SKs on the face for appearance (0.4 cm L temple, 0.8 cm R cheek), "
                   "both pre-coded 11310, no ABN; Medicare FFS (NGS)",
    "date": "2026-02-17",
    "patient": ("Lindholm", "Gerald", "1944-07-08", "male"),
    "provider": "abernathy", "payer": "medicare-ngs", "minutes": 25,
    "conditions": [
        C("c1", "Seborrheic keratosis", "L82.1", "Left temple", reason=True),
        C("c2", "Seborrheic keratosis", "L82.1", "Right cheek", reason=True),
    ],
    "procedures": [
        P("Shave removal, face", cpt="11310", site="Left temple",
          note="Stuck-on tan papule 0.4 cm, non-inflamed. Removed at patient request for appearance.", reasons=["c1"]),
        P("Shave removal, face", cpt="11310", site="Right cheek",
          note="Verrucous brown plaque 0.8 cm, non-inflamed. Removed at patient request.", reasons=["c2"]),
    ],
    "note_title": "Letter to Patient",
    "note": """Dear Gerald,

You asked me to take off the two "barnacles" on your face - one at your left temple and one on your right
cheek - because you don't like how they look in photos. I examined them closely. Both are seborrheic keratoses:
harmless, wart-like growths that come with age. They don't itch, they haven't bled, they haven't changed, and
nothing about them worries me.

I removed both with a quick shave at skin level. The temple one was 4 mm; the cheek one was 8 mm. No stitches.
I did not send them to the lab since they look completely typical.

As we discussed before starting, Medicare considers removing harmless spots for appearance to be cosmetic and
will not pay for it. You said you understood and were happy to go ahead. We did not ask you to sign a
form today.

Keep the spots moist with petroleum jelly until they heal in 7-10 days. They may stay a little pink for a few
weeks.

Sincerely,
June Abernathy, MD

Procedure log: shave removal x2, face. (1) L temple SK 0.4 cm; (2) R cheek SK 0.8 cm. Lido 1% w/ epi, #15
blade tangential removal, AlCl3. Asymptomatic, non-inflamed, no diagnostic uncertainty; cosmetic request.
No ABN on file.
""",
    "expected": E([L("11310", 1, "GY"), L("11311", 1, "GY")], topics=["cosmetic", "coding-correction"]),
    "coder_note": "SH-1: face shaves by lesion diameter, 0.4 cm -> 11310, 0.8 cm -> 11311 (pre-coded 11310 wrong band). "
                  "BSL-2/COS-4: asymptomatic L82.1 removal for appearance, Medicare FFS -> GY on both; no ABN so no GX.",
})

SCENARIOS.append({
    "id": "s60-ds-nine-aks-scalp-ear-hand",
    "family": "destruction", "shape": "note-only",
    "description": "Cryotherapy of nine AKs (5 scalp, 2 L ear, 2 R dorsal hand); lentigo left alone; 5-FU only "
                   "discussed; Medicare FFS",
    "date": "2025-11-18",
    "patient": ("Brandvold", "Arne", "1941-03-22", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Scalp, left ear, right dorsal hand", reason=True),
        C("c2", "Solar lentigo", "L81.4", "Left cheek"),
    ],
    "note_title": "Visit Letter",
    "note": """Dear Arne,

Here is a summary of today's visit.

You have quite a few rough, scaly spots from years of working outdoors. These are actinic keratoses - sun-damage
spots that can, now and then, turn into a skin cancer if left alone. Today we froze nine of them with liquid
nitrogen: five on your scalp, two on the rim of your left ear and two on the back of your right hand.

The flat brown spot on your left cheek is a sun freckle (solar lentigo). It is harmless and we left it alone.

Over the next few days the frozen spots will turn red, may blister, then crust and fall off within two weeks.
You can wash normally. If a spot hasn't healed in a month, please let me know.

We also talked about a prescription cream (fluorouracil) to treat the whole scalp if more spots keep coming back.
You'd like to wait and see how this round does, which is perfectly reasonable.

Please wear your wide-brimmed hat.

Best wishes,
Astrid Lindgren, MD

Procedure log: cryodestruction (LN2, spray, 2 freeze-thaw cycles, 8-10 s) of premalignant lesions:
scalp x5, L helix x2, R dorsal hand x2 = 9 AKs total. Lentigo L cheek not treated. 5-FU discussed, deferred.
""",
    "expected": E([L("17000"), L("17003", 8)]),
    "coder_note": "DS-1: nine AKs -> 17000 + 17003 x8. Lentigo not treated; 5-FU only discussed.",
})

SCENARIOS.append({
    "id": "s60-ds-eighteen-aks-precoded-17003-x17",
    "family": "destruction", "shape": "pre-coded",
    "description": "Eighteen AKs frozen (face, scalp, forearms), pre-coded 17000 + 17003 x17; Medicare Advantage HMO",
    "date": "2026-01-27",
    "patient": ("Ferreira", "Octavio", "1946-10-14", "male"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Face, scalp, bilateral forearms", reason=True),
    ],
    "procedures": [
        P("Destruction premalignant lesion, first", cpt="17000", site="Forehead",
          note="LN2 cryotherapy, first lesion.", reasons=["c1"]),
        P("Destruction premalignant lesions, 2-14, each", cpt="17003", site="Face, scalp, bilateral forearms",
          note="LN2 cryotherapy, 17 additional lesions.", reasons=["c1"]),
    ],
    "note_title": "Letter to Patient",
    "note": """Dear Octavio,

Thanks for coming back for your sun-damage check.

You had a good crop of the rough, gritty spots we call actinic keratoses. Today we froze eighteen of them in
total: eight on your forehead and temples, four on your scalp, and three on each forearm.

These spots are treated because a small share of them can turn into skin cancer. Freezing is quick and works
well. Expect redness and maybe small blisters, then crusts that come off on their own in one to two weeks.

There was nothing today that needed a biopsy.

See you in six months, or sooner if a spot bleeds or grows.

Warm regards,
Rafael Santos, MD

Procedure log: liquid nitrogen cryodestruction of 18 AKs: forehead/temples 8, scalp 4, R forearm 3,
L forearm 3. Double freeze-thaw. Verbal consent. Tolerated well.
""",
    "expected": E([L("17004")], topics=["coding-correction"]),
    "coder_note": "DS-1: 15 or more premalignant lesions -> 17004 x1 instead of 17000/17003 (also 17003 x17 > MUE 13).",
})

SCENARIOS.append({
    "id": "s60-ds-warts-fingers-knee-new-pt-em-removed",
    "family": "destruction", "shape": "free-text",
    "description": "New child patient, five common warts (4 L fingers, 1 R knee) frozen; provider picked 99202 but the "
                   "only work is the wart decision; Medicaid MCO",
    "date": "2025-12-02",
    "patient": ("Pemberton", "Jaylen", "2016-04-11", "male"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 20, "em": "99202",
    "conditions": [
        C("c1", "Verruca vulgaris", "B07.8", "Left fingers, right knee", reason=True),
    ],
    "procedures": [
        P("Cryotherapy of warts", site="Left index, middle and ring fingers; right knee",
          note="LN2 to 5 verrucae: L index x2, L middle x1, L ring x1, R knee x1.", reasons=["c1"]),
    ],
    "note_title": "Letter to Patient and Family",
    "note": """Dear Jaylen (and Mom),

It was nice to meet you both today. Jaylen has had warts on his left hand for about eight months. Over-the-counter
wart pads didn't help, and one on his index finger splits and hurts when he grips his baseball bat.

I looked at his skin and found five common warts: two on the left index finger, one on the left middle finger,
one on the left ring finger and one on the right knee. Warts are caused by a virus and are very common in kids.

Today we froze all five with liquid nitrogen. Jaylen was very brave. The spots may blister in a day or two - that
is normal. Cover them with a bandage if they rub.

Warts often need two or three freezing treatments, about three weeks apart. Let's plan to see Jaylen again in
3 weeks.

Best,
Samuel Weiss, MD

Chart: New patient. Exam limited to hands/knees. Dx verruca vulgaris x5. Plan/Procedure: cryotherapy LN2,
5 lesions, 2 cycles. No other problems addressed. Return 3 wk.
""",
    "expected": E([L("17110")]),
    "coder_note": "DS-2: 5 warts -> 17110 x1. GS-3: a new patient alone does not justify an E/M; the only work was the "
                  "decision to freeze the warts, so the 99202 line is removed (tests/corpus README).",
})

SCENARIOS.append({
    "id": "s60-ds-edc-two-sbcc-back-right-arm",
    "family": "destruction", "shape": "free-text",
    "description": "ED&C of two biopsy-proven superficial BCCs: mid back (final defect 1.4 cm) and R upper arm "
                   "(0.9 cm); Mohs only discussed; Medicare FFS",
    "date": "2026-02-03",
    "patient": ("Quist", "Harold", "1939-06-25", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, mid back", "C44.519", "Mid back", reason=True),
        C("c2", "Superficial basal cell carcinoma, right upper arm", "C44.612", "Right upper arm", reason=True),
    ],
    "procedures": [
        P("Electrodesiccation and curettage, malignant", site="Mid back",
          note="Biopsy-proven sBCC (bx 01/13). Three cycles of curettage and electrodesiccation. Final defect "
               "1.4 cm.", reasons=["c1"]),
        P("Electrodesiccation and curettage, malignant", site="Right upper arm",
          note="Biopsy-proven sBCC (bx 01/13). Three cycles. Final defect 0.9 cm.", reasons=["c2"]),
    ],
    "note_title": "Visit Letter",
    "note": """Dear Harold,

As I told you on the phone, the two samples I took in January both showed a superficial basal cell carcinoma:
one in the middle of your back and one on your right upper arm. These are slow-growing skin cancers that almost
never spread, and this type sits in the top layer of the skin.

We talked about the choices - cutting them out with stitches, Mohs surgery, a prescription cream, or scraping
and burning them (curettage and electrodesiccation). Mohs isn't needed for thin cancers in these places. You chose
scraping and burning, which is what we did today for both spots.

After numbing, I scraped away the cancer with a curette and then sealed the base with a small electric needle,
three times over. The wound on your back ended up 1.4 cm across and the one on your arm 0.9 cm across. They will
heal on their own in 3 to 5 weeks and leave a flat white scar.

Keep the wounds covered with petroleum jelly and a bandage, change daily. Call if they get very red, hot, or start
draining pus.

I'll see you in 6 months for a full skin check.

All the best,
Astrid Lindgren, MD

Procedure log: ED&C x2, malignant. Site 1 mid back, sBCC, 3 cycles, final defect 1.4 cm. Site 2 R upper arm,
sBCC, 3 cycles, final defect 0.9 cm. Lido 1% w/ epi. No specimen sent.
""",
    "expected": E([L("17262"), L("17261")]),
    "coder_note": "DS-4: malignant destruction, trunk/arm group, sized by final defect: 1.4 cm -> 17262, 0.9 cm -> "
                  "17261. Prior biopsies 3 weeks ago (000 global), no modifier.",
})

SCENARIOS.append({
    "id": "s60-em-screening-fse-medicare-nothing-found",
    "family": "em", "shape": "note-only",
    "description": "New patient full-skin screening exam at spouse's urging, no history, no complaint, nothing found; "
                   "Medicare FFS",
    "date": "2025-10-07",
    "patient": ("Dunleavy", "Martin", "1958-01-29", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "Visit Letter",
    "note": """Dear Martin,

Thank you for coming in today. You told me your wife "made the appointment" after a friend of hers was diagnosed
with melanoma, and that you yourself have no spots that worry you. You have never had a skin cancer, no one in
your family has had melanoma, and you have no itchy, bleeding or changing spots.

I examined your skin from your scalp to the soles of your feet, including your back, which is hard for you to
see. Your skin looks healthy. I didn't find anything that needs a biopsy, treatment or follow-up. There was
nothing today that needed further attention.

To keep it that way:
 - Use a broad-spectrum SPF 30+ sunscreen on your face, ears and neck every morning.
 - Wear a hat when you golf.
 - Have a look at your skin once a month; if you see a spot that is new, changing, bleeding or not healing,
   please call us.

As we mentioned at check-in, Medicare does not cover skin-cancer screening exams when there are no symptoms and
no history of skin cancer.

Best regards,
June Abernathy, MD

Chart: New patient, asymptomatic screening full-skin exam. No personal/family hx of skin cancer. Exam: no
suspicious lesions, no lesions requiring treatment. Counseling on sun protection. Z12.83.
""",
    "expected": E([L("99203", 1, "GY")]),
    "coder_note": "DX-5 / README: Medicare has no skin-cancer screening benefit; screening-only exam with no history, "
                  "complaint or finding -> provider-selected E/M with GY.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 2: E/M, benign and malignant excision
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s60-em-isotretinoin-month4-labs",
    "family": "em", "shape": "note-only",
    "description": "Established patient, nodulocystic acne on isotretinoin month 4, labs reviewed, dose change; "
                   "intralesional injection considered and not done; commercial HMO",
    "date": "2025-11-12",
    "patient": ("Vashti", "Amara", "2005-08-16", "female"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Nodulocystic acne vulgaris", "L70.0", "Face, chest, back", reason=True),
    ],
    "note_title": "Follow-up Letter",
    "html": True,
    "note": _html("""Dear Amara,

Great to see you at your month-four isotretinoin check. Your face has improved a lot - you counted only two new
bumps in the past month, compared with more than ten a month before we started. Your chest and back are also
clearing. The dryness of your lips and the nosebleeds you had in month two have settled with the ointment and
the humidifier.

I went over your blood work from last week with you. Your liver tests are normal. Your triglycerides went up a
little, to 190, which is acceptable; we'll recheck them next month. Your pregnancy test was negative and you
confirmed your two forms of birth control in the iPLEDGE system today.

Because you're responding well and handling the side effects, I'm increasing your dose from 40 mg to 60 mg a day,
taken with a fatty meal. I've sent the new prescription to your pharmacy.

We talked about the one tender bump on your chin. I thought about injecting it with a little steroid to flatten
it faster, but it's already softening, so we agreed to leave it alone. No injection today.

Next visit in 4 weeks with fresh labs (lipids and pregnancy test) before the visit.

Take care,
Samuel Weiss, MD

Chart: Established pt. Nodulocystic acne on isotretinoin (cumulative ~85 mg/kg target 130-150 mg/kg).
Reviewed CMP/lipids/hCG. Rx management: dose increase 40 -> 60 mg daily. iPLEDGE confirmed. Moderate MDM.
No procedure performed.
"""),
    "expected": E([L("99214")]),
    "coder_note": "Provider-selected level kept (conventions); prescription drug management with lab review supports "
                  "it. The chin injection was considered and not done, so no 11900/J3301.",
})

SCENARIOS.append({
    "id": "s60-em-melanoma-history-skin-check-medicare",
    "family": "em", "shape": "note-only",
    "description": "Full-skin exam in a patient with a 2019 melanoma history plus a new itchy rash on the shins "
                   "treated with a prescription; Medicare (payer name only)",
    "date": "2026-01-08",
    "patient": ("Harrowgate", "Eunice", "1950-04-02", "female"),
    "provider": "lindgren", "payer": "medicare-noname", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Asteatotic eczema of lower legs", "L30.8", "Bilateral shins", reason=True),
        C("c2", "Personal history of malignant melanoma of skin", "Z85.820", "Left upper back", reason=True),
    ],
    "note_title": "Visit Letter",
    "note": """Dear Eunice,

Thank you for coming in for your six-month skin check. As you know, we keep a close eye on your skin because of
the melanoma we removed from your left upper back in 2019. I'm happy to tell you that the scar looks perfect and
I felt no lumps in the lymph nodes of your armpits or neck.

I checked all of your skin, head to toe. I didn't see any new or changing moles that concern me, and nothing
needed a biopsy today.

You also mentioned that your shins have been itching for a month, especially at night. They are dry with a fine
crackle pattern - this is a type of eczema that comes from very dry winter skin (asteatotic eczema). I've sent a
prescription for triamcinolone 0.1% ointment to use twice a day for two weeks, then only as needed. Use a thick
fragrance-free cream after every shower and keep showers short and lukewarm.

Please come back in six months for your next full check, or sooner if anything changes.

Warm regards,
Astrid Lindgren, MD

Chart: Est pt. Hx melanoma L upper back (pT1a, WLE 2019), NED. FSE - no suspicious lesions, LN exam neg.
New problem: asteatotic eczema bilat shins, Rx triamcinolone 0.1% oint. RTC 6 mo.
""",
    "expected": E([L("99213")]),
    "coder_note": "DX-5 / README: with a melanoma history (and here a new complaint) the full-skin exam is a diagnostic "
                  "visit, not a screening; no GY. Provider-selected level kept.",
})

SCENARIOS.append({
    "id": "s60-em-unrelated-visit-in-excision-global",
    "family": "em", "shape": "note-only",
    "description": "Rosacea flare with new prescription, 6 days after a benign excision of the L upper back (11402, "
                   "010 global); wound glanced at; Medicare Advantage HMO",
    "date": "2026-02-11",
    "patient": ("Mbeki", "Clarence", "1955-11-19", "male"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Papulopustular rosacea", "L71.9", "Central face", reason=True),
    ],
    "prior": [
        PRIOR("2026-02-05", "11402", "Excision benign lesion, trunk, 1.1-2.0 cm", site="Left upper back",
              note="Epidermoid cyst excised, excised diameter 1.6 cm, simple closure."),
    ],
    "note_title": "Visit Letter",
    "note": """Dear Clarence,

You came in today for a different problem from the cyst I removed from your back last week: for about three
weeks your cheeks and nose have been red, with small pus bumps and burning when you drink coffee or go out in
the cold.

This is a flare of rosacea. It isn't an infection and isn't related to the surgery on your back. I've sent a
prescription for doxycycline 40 mg once a day and ivermectin cream once nightly. Avoid your known triggers where
you can (hot drinks, red wine, spicy food), and use a gentle cleanser and daily mineral sunscreen.

While you were here I peeked at your back - the incision is healing well, and your stitches come out as planned
next Tuesday.

Let's check the rosacea in 8 weeks.

Best wishes,
Rafael Santos, MD

Chart: Est pt, post-op day 6 from excision L upper back (benign, 02/05). Today's visit for an unrelated problem:
papulopustular rosacea flare, new Rx doxycycline 40 mg + ivermectin 1% cream. Wound check incidental, no
intervention.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"]),
    "coder_note": "GS-5: unrelated E/M inside the 10-day global of the 02/05 excision -> modifier 24. The wound glance "
                  "is part of the global package.",
})

SCENARIOS.append({
    "id": "s60-exb-inflamed-cyst-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Recurrently inflamed epidermoid cyst upper back: cyst 1.8 cm + 1 mm margins (2.0 cm), layered "
                   "closure 3.2 cm; commercial (Cigna)",
    "date": "2025-12-16",
    "patient": ("Sørensen", "Kai", "1987-03-05", "male"),
    "provider": "abernathy", "payer": "commercial-cigna", "minutes": 45,
    "conditions": [
        C("c1", "Epidermal cyst", "L72.0", "Upper back, right of midline", reason=True),
    ],
    "path": [
        {"text": "Skin and subcutis, upper back, excision: Epidermal inclusion cyst with focal rupture and foreign-body "
                 "giant cell reaction. No atypia.", "site": "Upper back", "date": "2025-12-19"},
    ],
    "note_title": "Procedure Letter",
    "note": """Dear Kai,

Today I removed the cyst on your upper back that has become swollen and painful three times this year, most
recently needing antibiotics in October. It is quiet right now, which is the best time to remove it.

Before I started, the cyst measured 1.8 cm across. I took it out in one piece, sac and all, with a very narrow
rim of normal skin - 1 mm - around it. Because the skin on your back is under tension, I closed the wound in two
layers: dissolving stitches underneath and regular stitches on top. The final line is 3.2 cm long.

The cyst has been sent to the lab to confirm that it is an ordinary epidermoid cyst; I'll let you know.

Stitches come out in 14 days. No heavy lifting or upper-body workouts for two weeks so the scar doesn't stretch.
Keep it dry for 24 hours, then shower normally and apply petroleum jelly.

Sincerely,
June Abernathy, MD

--- Procedure log ---
Excision, benign, upper back. Preop cyst diameter 1.8 cm; margins 1 mm; excised diameter 2.0 cm.
Fusiform ellipse oriented along relaxed skin tension lines. Cyst wall intact. Undermined 1 cm both sides.
Layered (intermediate) closure: 4-0 Monocryl deep dermal, 4-0 nylon simple interrupted; length 3.2 cm.
EBL < 5 mL. Specimen to pathology.
""",
    "expected": E([L("11402"), L("12032")]),
    "coder_note": "EX-1: 1.8 + 2 x 0.1 = 2.0 cm, trunk -> 11402. EX-5: intermediate repair separately reported, trunk "
                  "3.2 cm -> 12032. Commercial payer, symptomatic cyst - no cosmetic issue.",
})

SCENARIOS.append({
    "id": "s60-exb-changing-nevus-right-shoulder",
    "family": "excision-benign", "shape": "free-text",
    "description": "Excision of a changing nevus R shoulder: lesion 0.6 cm + 2 mm margins (1.0 cm), ellipse 3.0 cm, "
                   "single-layer closure; path dysplastic nevus; Medicare FFS",
    "date": "2026-01-20",
    "patient": ("Tremblay", "Yvette", "1960-02-14", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Dysplastic nevus, right shoulder", "D22.61", "Right posterior shoulder", reason=True),
    ],
    "procedures": [
        P("Excision of skin lesion with margins", site="Right posterior shoulder",
          note="Irregular pigmented lesion 0.6 x 0.5 cm, changing per patient photos. 2 mm margins marked. "
               "Ellipse 3.0 x 1.0 cm to fat. Closed single layer, 4-0 nylon simple interrupted.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right shoulder, excision: Compound dysplastic nevus with moderate architectural and cytologic "
                 "atypia. Margins free.", "site": "Right posterior shoulder", "date": "2026-01-23"},
    ],
    "note_title": "Letter to Patient",
    "note": """Dear Yvette,

Thank you for bringing in the photos from last year - they showed clearly that the mole on the back of your right
shoulder has grown and darkened on one side. That change is why I recommended taking it out completely.

Today I removed the mole, which measured 6 mm at its widest, with a 2 mm margin of normal-looking skin all
around. To let the skin lie flat, the cut is shaped like a football and is 3 cm long. I closed it with a single
row of stitches.

Update (Jan 23): the lab report is back. The mole was a "dysplastic nevus" with moderate atypia - an unusual mole,
but not a melanoma - and it was removed completely. Nothing more needs to be done to that spot.

Stitches out in 12 days. Keep checking your other moles each month.

Best,
Samuel Weiss, MD

Procedure log: excision R posterior shoulder, 0.6 cm lesion, 2 mm margins (excised diameter 1.0 cm), simple
closure 3.0 cm. Path: compound dysplastic nevus, moderate atypia, margins clear.
""",
    "expected": E([L("11401")]),
    "coder_note": "EX-1: excised diameter 0.6 + 2 x 0.2 = 1.0 cm (not the 3.0 cm ellipse), arm/shoulder -> 11401. "
                  "EX-3: dysplastic nevus is benign. Simple closure included (EX-5).",
})

SCENARIOS.append({
    "id": "s60-exb-neck-nevus-precoded-ellipse-size",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "Irritated nevus L lateral neck: lesion 0.8 cm + 3 mm margins (1.4 cm), pre-coded 11421 + simple "
                   "repair 12001; path intradermal nevus; Medicare Advantage PPO",
    "date": "2025-10-28",
    "patient": ("Aldana", "Rosario", "1963-08-09", "female"),
    "provider": "lindgren", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Melanocytic nevus of neck", "D22.4", "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion, neck", cpt="11421", site="Left lateral neck",
          note="Raised nevus rubbed by collar and necklace, bled twice per pt. Lesion 0.8 cm, 3 mm margins.",
          reasons=["c1"]),
        P("Simple repair, neck", cpt="12001", site="Left lateral neck",
          note="Single-layer closure 2.4 cm, 5-0 nylon.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left neck, excision: Intradermal melanocytic nevus, irritated. Margins clear.",
         "site": "Left lateral neck", "date": "2025-10-31"},
    ],
    "note_title": "Visit Letter",
    "note": """Dear Rosario,

You asked me to remove the raised mole on the left side of your neck because your collar and necklace keep
rubbing it, and it has bled twice this month.

The mole measured 8 mm. I removed it with 3 mm of surrounding skin on every side and closed the wound with one
layer of fine stitches; the line is 2.4 cm long. I sent the mole to the lab to be sure.

Good news (Oct 31): the lab confirmed an ordinary, harmless mole (intradermal nevus), fully removed.

Stitches come out in one week. Skip the necklace until then.

Kind regards,
Astrid Lindgren, MD

Procedure log: excision L lateral neck, lesion 0.8 cm, margins 0.3 cm each side, excised diameter 1.4 cm.
Simple (single-layer) closure 2.4 cm. Path: intradermal nevus, irritated.
""",
    "expected": E([L("11422")], topics=["coding-correction"]),
    "coder_note": "EX-1/EX-2: 0.8 + 2 x 0.3 = 1.4 cm, neck (SNHFG) -> 11422 (pre-coded 11421 wrong band). EX-5: "
                  "simple repair is included in the excision, so the 12001 line is dropped.",
})

SCENARIOS.append({
    "id": "s60-exm-bcc-left-upper-back-layered",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision of biopsy-proven nodular BCC L upper back: 1.2 cm + 4 mm margins (2.0 cm), layered "
                   "closure 4.5 cm; Mohs discussed and declined; Medicare FFS",
    "date": "2025-11-25",
    "patient": ("Kowalczyk", "Bernard", "1945-09-12", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 50,
    "conditions": [
        C("c1", "Nodular basal cell carcinoma, left upper back", "C44.519", "Left upper back", reason=True),
        C("c2", "Seborrheic keratosis", "L82.1", "Right flank"),
    ],
    "path": [
        {"text": "Skin, left upper back, excision: Basal cell carcinoma, nodular type, completely excised; closest "
                 "margin 3 mm.", "site": "Left upper back", "date": "2025-11-28"},
    ],
    "note_title": "Surgery Letter",
    "note": """Dear Bernard,

Today we removed the basal cell skin cancer on your left upper back that was found on your biopsy three weeks ago.

Before starting, the pearly bump measured 1.2 cm. I cut it out with a 4 mm margin of normal skin all around it,
to give us the best chance of getting all the cancer in one go. The wound was under some tension, so I closed it
in two layers - dissolving stitches underneath and removable stitches on top. The final line is 4.5 cm long.

We talked about Mohs surgery, which checks the edges while you wait. For a cancer of this type on the back a
standard excision works very well, and you preferred not to travel to the Mohs center, so we didn't do that.

The brown, crusty "stuck-on" spot on your right side is a harmless seborrheic keratosis. It doesn't bother you,
so we left it alone.

Update (Nov 28): the pathologist confirmed the cancer was removed completely, with clear margins.

Stitches out in two weeks. Avoid heavy lifting and golf swings until then.

All the best,
June Abernathy, MD

--- Procedure log ---
Excision malignant lesion, L upper back. Nodular BCC (bx 11/04), clinical diameter 1.2 cm, 4 mm margins,
excised diameter 2.0 cm. Intermediate layered closure: 3-0 Vicryl deep, 4-0 Prolene running; length 4.5 cm.
Path: nodular BCC, margins clear.
""",
    "expected": E([L("11602"), L("12032")]),
    "coder_note": "EX-1: 1.2 + 2 x 0.4 = 2.0 cm, trunk, malignant -> 11602; EX-5: intermediate repair trunk 4.5 cm -> "
                  "12032. Mohs discussed only; SK not treated.",
})

SCENARIOS.append({
    "id": "s60-exm-sccis-reexcision-day8-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Re-excision of SCC in situ L forearm for a positive margin 8 days after the first excision (11601); "
                   "scar 1.6 cm + 5 mm margins (2.6 cm), simple closure; re-excision path negative; Medicare FFS",
    "date": "2026-01-14",
    "patient": ("Ballantyne", "Irene", "1949-05-30", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 35,
    "conditions": [
        C("c1", "Squamous cell carcinoma in situ, left forearm", "D04.62", "Left dorsal forearm", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-06", "11601", "Excision malignant lesion, arm, 0.6-1.0 cm", site="Left dorsal forearm",
              note="SCCIS, lesion 0.6 cm + 2 mm margins. Path: SCCIS, peripheral margin involved."),
    ],
    "procedures": [
        P("Re-excision of scar for positive margin", site="Left dorsal forearm",
          note="Healing scar 1.6 cm; 5 mm margins around the scar; simple single-layer closure, 4-0 nylon.",
          reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left forearm, re-excision: Healing scar with granulation tissue. No residual carcinoma.",
         "site": "Left dorsal forearm", "date": "2026-01-17"},
    ],
    "note_title": "Letter to Patient",
    "note": """Dear Irene,

As we discussed by phone, the lab found that the squamous cell carcinoma in situ (a very early, surface-only skin
cancer) I removed from your left forearm on January 6th reached one edge of the sample. That means a few cancer
cells may have been left behind, so we planned a second, slightly wider removal.

Today I took out the healing scar, which measured 1.6 cm, with a 5 mm border of skin around it, and closed the
wound with a single layer of stitches.

Update (Jan 17): the new sample showed only scar tissue, with no cancer left. You are all done with this spot.

Stitches out in 10-12 days. Keep the area clean and covered.

Best regards,
Rafael Santos, MD

Procedure log: re-excision L dorsal forearm for positive peripheral margin (SCCIS, excised 01/06). Scar 1.6 cm,
margins 0.5 cm, excised diameter 2.6 cm. Simple closure. Path: no residual tumor.
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period"]),
    "coder_note": "EX-4/GS-5: re-excision for positive margins inside the 10-day global of 01/06 -> 58; still a malignant "
                  "code although the re-excision is clear. 1.6 + 2 x 0.5 = 2.6 cm arm -> 11603. Simple closure included.",
})

SCENARIOS.append({
    "id": "s60-exm-mis-cheek-precoded-as-benign",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Excision of biopsy-proven melanoma in situ L cheek, 0.7 cm + 5 mm margins (1.7 cm), layered repair "
                   "2.8 cm; pre-coded benign 11442; commercial (UHC)",
    "date": "2026-02-24",
    "patient": ("Whitlock", "Margaret", "1958-10-01", "female"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 55,
    "conditions": [
        C("c1", "Melanoma in situ, left cheek", "D03.39", "Left malar cheek", reason=True),
    ],
    "procedures": [
        P("Excision lesion face", cpt="11442", site="Left malar cheek",
          note="MIS (lentigo maligna type) per bx 02/03. Clinical lesion 0.7 cm, 5 mm margins.", reasons=["c1"]),
        P("Intermediate repair face", cpt="12052", site="Left malar cheek",
          note="Layered closure 2.8 cm, 5-0 Monocryl deep / 6-0 nylon.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left cheek, excision: Melanoma in situ, lentigo maligna type, completely excised; margins "
                 "free by 4 mm.", "site": "Left malar cheek", "date": "2026-02-27"},
    ],
    "note_title": "Surgery Letter",
    "note": """Dear Margaret,

Today we removed the melanoma in situ on your left cheek. "In situ" means the melanoma cells are only in the
top layer of the skin; it is the earliest stage and is cured by removing it completely.

The brown patch measured 7 mm. I removed it with a 5 mm margin of normal skin on all sides, as recommended for
this kind of melanoma. I closed the wound carefully in two layers to give you the finest possible scar; the line
is 2.8 cm long and follows the natural crease of your cheek.

We also discussed Mohs surgery and a special staged excision. You preferred to have it done here today.

Update (Feb 27): the lab confirms the melanoma in situ was removed completely with clear margins.

Stitches out in 6 days. Sunscreen every day on the scar once it has healed.

Warmly,
Samuel Weiss, MD

Procedure log: excision L malar cheek, MIS LM-type (bx 02/03), lesion 0.7 cm + 0.5 cm margins = 1.7 cm.
Intermediate layered repair 2.8 cm. Path: MIS, margins clear.
""",
    "expected": E([L("11642"), L("12052")], topics=["coding-correction"]),
    "coder_note": "EX-3: melanoma in situ (D03) takes the malignant excision codes; 0.7 + 2 x 0.5 = 1.7 cm face -> "
                  "11642 (pre-coded benign 11442). Intermediate face repair 2.8 cm -> 12052.",
})

SCENARIOS.append({
    "id": "s60-exm-scalp-scc-plus-chest-punch",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Excision of biopsy-proven SCC vertex scalp 1.0 cm + 4 mm margins (1.8 cm), simple closure, plus a "
                   "punch biopsy of a separate chest lesion; Medicaid",
    "date": "2025-12-30",
    "patient": ("Redhorse", "Walter", "1962-07-17", "male"),
    "provider": "lindgren", "payer": "medicaid", "minutes": 45,
    "conditions": [
        C("c1", "Squamous cell carcinoma of scalp", "C44.42", "Vertex scalp", reason=True),
        C("c2", "Neoplasm of unspecified behavior of skin, chest", "D49.2", "Central chest", reason=True),
    ],
    "path": [
        {"text": "A. Skin, vertex scalp, excision: Squamous cell carcinoma, well differentiated, margins clear.",
         "site": "Vertex scalp", "date": "2026-01-02"},
        {"text": "B. Skin, central chest, punch biopsy: Dermatofibroma.", "site": "Central chest",
         "date": "2026-01-02"},
    ],
    "note_title": "Procedure Letter",
    "note": """Dear Walter,

Today we took care of two things.

First, the squamous cell skin cancer on the top of your head that your biopsy showed last month. It measured
1.0 cm across. I removed it with a 4 mm rim of healthy skin around it and closed the wound with one layer of
staples - the scalp skin came together easily.

Second, you showed me a firm, dark bump in the middle of your chest that appeared this year. It is a different
spot, far from your scalp. I took a small punch sample (4 mm) and put in one stitch.

Update (Jan 2): the scalp cancer was removed completely, with clear edges. The chest bump is a dermatofibroma, a
harmless scar-like growth - nothing more to do.

Staples out in 10 days, stitch in 10 days; we can do both at the same visit. Wash your hair gently starting
tomorrow.

Best wishes,
Astrid Lindgren, MD

--- Procedure log ---
1) Excision malignant, vertex scalp. SCC (bx 12/01), lesion 1.0 cm, 4 mm margins, excised diameter 1.8 cm.
   Simple closure with staples.
2) Punch biopsy 4 mm, central chest, separate lesion (firm hyperpigmented papule). 1 x 4-0 nylon.
""",
    "expected": E([L("11622"), L("11104", 1, "XS")]),
    "coder_note": "EX-1: 1.0 + 2 x 0.4 = 1.8 cm scalp (SNHFG) -> 11622, simple closure included. BX-5: biopsy of a "
                  "separate lesion is reportable; 11622/11104 is PTP indicator 1 -> XS on the biopsy.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 3: incision-drainage, intralesional, mixed, Mohs
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s60-id-simple-axillary-abscess",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Simple I&D of a single 2.5 cm fluctuant L axillary abscess, no packing, culture sent, correctly "
                   "pre-coded 10060; "
                   "hidradenitis only mentioned as a possibility; commercial (BCBS)",
    "date": "2025-10-15",
    "patient": ("Delacroix", "Tanisha", "1994-12-08", "female"),
    "provider": "santos", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess of left axilla", "L02.412", "Left axilla", reason=True),
    ],
    "procedures": [
        P("Incision and drainage, abscess, simple", cpt="10060", site="Left axilla",
          note="Single 2.5 cm fluctuant abscess; 1 cm incision, drained, irrigated; no loculations, no packing.",
          reasons=["c1"]),
    ],
    "note_title": "Visit Letter",
    "note": """Dear Tanisha,

I'm sorry you've been so uncomfortable. The painful lump in your left armpit that started four days ago is a
boil (skin abscess) - a pocket of pus under the skin. It measured about 2.5 cm and was soft in the middle, which
means it was ready to drain.

After numbing the skin, I made a small cut, let the pus out, and rinsed the pocket with salt water. It was a
single, simple pocket, so no packing gauze was needed. I sent a swab of the pus to the lab to check which germ
caused it and which antibiotics will work.

Please do warm compresses 3-4 times a day and keep a clean pad over the area; it will drain a little for a couple
of days. I've sent a prescription for doxycycline for 7 days.

If you keep getting boils in your armpits or groin, we should talk about a condition called hidradenitis
suppurativa. One boil doesn't mean you have it, so for now there's nothing more to do.

Call if you get fever, spreading redness or the lump fills up again.

Best,
Rafael Santos, MD

Procedure log: I&D, L axilla. Single fluctuant abscess 2.5 cm. 1% lido w/ epi field block, #11 blade 1 cm
incision, purulent drainage, irrigation NS, no loculations, no packing. Culture sent. Dressing applied.
""",
    "expected": E([L("10060")]),
    "coder_note": "Single, uncomplicated abscess (no loculations, no packing) -> 10060. Hidradenitis only mentioned.",
})

SCENARIOS.append({
    "id": "s60-id-two-buttock-abscesses-precoded-simple",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "I&D of two separate buttock abscesses with loculations broken and packing, pre-coded 10060; "
                   "Medicaid MCO",
    "date": "2026-01-06",
    "patient": ("Guzman", "Efrain", "1983-06-21", "male"),
    "provider": "weiss", "payer": "medicaid-mco", "minutes": 35,
    "conditions": [
        C("c1", "Cutaneous abscess of buttock", "L02.31", "Right and left buttocks", reason=True),
    ],
    "procedures": [
        P("Incision and drainage of abscess", cpt="10060", site="Right buttock; left buttock",
          note="Two separate abscesses (R 3 cm, L 2 cm), each incised, loculations broken with a hemostat, "
               "irrigated and packed with iodoform gauze.", reasons=["c1"]),
    ],
    "note_title": "Letter to Patient",
    "note": """Dear Efrain,

You came in with two painful boils, one on each buttock, that have grown over the past week and make sitting
very hard.

Both were ready to drain. After numbing, I opened each one separately: the one on the right was 3 cm and the one
on the left 2 cm. Inside each there were several small pockets of pus, which I opened up with an instrument so
everything could drain. I rinsed them and packed each with a strip of gauze to keep them draining.

Please come back in 2 days so we can take out or change the packing. Warm soaks twice a day. Take the
antibiotic (trimethoprim-sulfamethoxazole) I prescribed twice a day for 10 days.

Sincerely,
Samuel Weiss, MD

Procedure log: I&D x2, separate abscesses R buttock (3 cm) and L buttock (2 cm). Lido 1% w/ epi. Stab
incisions, multiple loculations broken bluntly, irrigation, iodoform packing x2. Cultures sent.
""",
    "expected": E([L("10061")], topics=["coding-correction"]),
    "coder_note": "Two abscesses with loculations and packing = complicated/multiple I&D -> 10061 x1 (pre-coded 10060 "
                  "corrected; 10061 is reported once per session, MUE 1).",
})

SCENARIOS.append({
    "id": "s60-il-three-chest-keloids-48mg",
    "family": "intralesional", "shape": "note-only",
    "description": "Intralesional triamcinolone 40 mg/mL into three itchy, painful chest keloids, 1.2 mL total "
                   "(48 mg); commercial (UHC)",
    "date": "2025-11-05",
    "patient": ("Adebayo", "Kehinde", "1990-01-23", "male"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Keloid scar, chest", "L91.0", "Central and left upper chest", reason=True),
    ],
    "note_title": "Treatment Letter",
    "note": """Dear Kehinde,

Today was your second round of injections for the three keloids on your chest that formed after your acne
healed. You told me that they itch most nights and the largest one hurts when your seatbelt rubs it. The
injections soften and flatten keloids and usually ease the itch and pain.

I injected all three keloids with triamcinolone (a steroid), strength 40 mg per mL: 0.6 mL into the large one
in the middle of your chest and 0.3 mL into each of the two smaller ones on the left side. That is 1.2 mL in
total.

It is normal to feel sore for a day. Rarely the skin around the keloid can thin or lighten; tell me if you
notice that and we will adjust.

We'll repeat the injections in 6 weeks.

Warm regards,
June Abernathy, MD

Procedure log: intralesional injection, 3 keloids (central chest 4.0 x 1.5 cm; L upper chest 1.2 cm and 1.0 cm).
Triamcinolone acetonide 40 mg/mL, total 1.2 mL = 48 mg, 30 g needle. Tolerated well.
""",
    "expected": E([L("11900"), L("J3301", 5)]),
    "coder_note": "11900 = up to 7 lesions (3 keloids). J3301 per 10 mg: 48 mg -> ceil(4.8) = 5 units.",
})

SCENARIOS.append({
    "id": "s60-il-alopecia-areata-nine-patches-precoded",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Alopecia areata: nine scalp patches injected with triamcinolone 10 mg/mL, 2.0 mL (20 mg), "
                   "pre-coded 11900; Medicare FFS",
    "date": "2025-12-03",
    "patient": ("Osterhout", "Lenore", "1956-03-03", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional injection", cpt="11900", site="Scalp",
          note="Triamcinolone 10 mg/mL to 9 patches, total 2.0 mL.", reasons=["c1"]),
        P("Triamcinolone acetonide injection", cpt="J3301", site="Scalp",
          note="20 mg total.", reasons=["c1"]),
    ],
    "note_title": "Letter to Patient",
    "note": """Dear Lenore,

Your hair loss has spread since your last visit: today I counted nine round bald patches on your scalp, up from
five. This is alopecia areata, where the immune system attacks the hair roots. The roots are not destroyed, so
the hair can grow back.

Today I injected each of the nine patches with a small amount of dilute triamcinolone (10 mg per mL), using many
tiny pricks. In total I used 2 mL.

Small dents in the skin can appear at injection sites and usually fill back in over a few months. Regrowth
usually starts after 4-8 weeks, and the new hair may be fine or white at first.

We'll repeat the injections in 6 weeks. If the patches keep spreading, we'll talk about a pill treatment.

Best wishes,
Astrid Lindgren, MD

Procedure log: intralesional triamcinolone acetonide 10 mg/mL, 9 patches of alopecia areata (vertex x3,
occiput x2, R parietal x2, L parietal x1, L temporal x1), total 2.0 mL = 20 mg.
""",
    "expected": E([L("11901"), L("J3301", 2)], topics=["coding-correction"]),
    "coder_note": "More than 7 lesions -> 11901 (not 11900). J3301: 20 mg / 10 mg = 2 units.",
})

SCENARIOS.append({
    "id": "s60-il-prurigo-nodules-plus-seb-derm-em25",
    "family": "intralesional", "shape": "free-text",
    "description": "Intralesional TAC into four prurigo nodules on the shins (8 mg) plus a separate new problem "
                   "(seborrheic dermatitis, new Rx) billed 99213-25; Medicare Advantage HMO",
    "date": "2026-02-19",
    "patient": ("Nakashima", "Robert", "1952-09-09", "male"),
    "provider": "santos", "payer": "medicare-advantage", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Prurigo nodularis", "L28.1", "Bilateral shins", reason=True),
        C("c2", "Seborrheic dermatitis", "L21.9", "Scalp, eyebrows, nasolabial folds", reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection, prurigo nodules", site="Bilateral shins",
          note="4 nodules (R shin x2, L shin x2). Triamcinolone 10 mg/mL, 0.2 mL each, 0.8 mL total.",
          reasons=["c1"]),
    ],
    "note_title": "Visit Letter",
    "note": """Dear Robert,

Today we dealt with two separate problems.

1. The itchy bumps on your shins. You have four very itchy, firm bumps (prurigo nodules) - two on each shin -
that haven't budged with the cream. I injected each one with a small amount of triamcinolone (10 mg per mL),
0.2 mL in each, for a total of 0.8 mL. Try hard not to scratch or pick; keep them covered at night.

2. The flaking in your scalp, eyebrows and the creases beside your nose. This is new since your last visit. It is
seborrheic dermatitis, a common condition linked to a yeast that lives on the skin. It isn't contagious and it
isn't related to the bumps on your legs. I've prescribed ketoconazole 2% shampoo (leave on 5 minutes, three times
a week) and ketoconazole cream for the face twice a day, and I explained how to use them and what to expect.

Follow-up in 6 weeks to recheck both.

Sincerely,
Rafael Santos, MD

Chart: (1) PN, ILK 10 mg/mL into 4 nodules, 0.8 mL = 8 mg. (2) New problem: seborrheic dermatitis scalp/face,
exam, counseling, Rx ketoconazole shampoo + cream - separately identifiable E/M, 99213-25.
""",
    "expected": E([L("99213", 1, "25"), L("11900"), L("J3301")]),
    "coder_note": "GS-3: a new, separate problem with prescription management -> E/M with 25. 4 nodules -> 11900; "
                  "8 mg -> J3301 x1 (rounded up to 10 mg).",
})

SCENARIOS.append({
    "id": "s60-mx-em25-three-aks-chest-shave-bx",
    "family": "mixed", "shape": "note-only",
    "description": "Worsening chronic hand eczema with new Rx (99214-25) + cryo of three AKs + tangential biopsy of a "
                   "separate chest papule; Medicare FFS",
    "date": "2025-10-29",
    "patient": ("Fairweather", "Clive", "1947-02-18", "male"),
    "provider": "abernathy", "payer": "medicare", "minutes": 45, "em": "99214",
    "conditions": [
        C("c1", "Chronic hand dermatitis, worsening", "L30.9", "Bilateral hands", reason=True),
        C("c2", "Actinic keratosis", "L57.0", "Forehead, nasal dorsum", reason=True),
        C("c3", "Neoplasm of unspecified behavior of skin, chest", "D49.2", "Left upper chest", reason=True),
    ],
    "note_title": "Visit Letter",
    "note": """Dear Clive,

Thank you for coming in. We covered three things today.

Your hands. The eczema on your hands has been getting steadily worse over two months despite the cream from your
last visit - the skin on your palms is now cracked and bleeding, and it is keeping you from your woodworking.
I've stopped the old cream and prescribed clobetasol ointment twice daily for two weeks, with cotton gloves at
night, and a barrier cream for the daytime. Because your hands flare around certain glues and finishes, I'd like
you to have patch testing to look for an allergy; we'll schedule that separately.

Sun spots. Today we froze three rough sun spots (actinic keratoses) - two on your forehead and one on the bridge of
your nose.

The spot on your chest. The shiny pink bump on your left upper chest has been there a few months and bled once.
I took a thin shave sample from it for the lab. It's far from the spots I froze.

I'll call with the chest result. Come back in 4 weeks for the hands.

Best regards,
June Abernathy, MD

--- Chart ---
E/M: worsening chronic hand dermatitis, failed mid-potency steroid, Rx clobetasol 0.05% oint, patch-test referral.
Moderate MDM - separately identifiable from the procedures. 99214-25.
Procedure 1: cryodestruction LN2, AKs x3 (forehead x2, nasal dorsum x1).
Procedure 2: tangential biopsy, L upper chest, 6 mm pink papule, r/o BCC.
""",
    "expected": E([L("99214", 1, "25"), L("11102"), L("17000", 1, "XS"), L("17003", 2)]),
    "coder_note": "GS-3: separate worsening chronic problem with Rx -> 99214-25. DS-1: 3 AKs -> 17000 + 17003 x2. "
                  "BX-5: biopsy of a different lesion; 11102/17000 is PTP indicator 1 with 17000 in column 2 -> XS on "
                  "17000 (no 11102/17003 edit).",
})

SCENARIOS.append({
    "id": "s60-mx-two-aks-plus-cosmetic-sk-freeze-commercial",
    "family": "mixed", "shape": "free-text",
    "description": "Cryo of two AKs (nose, forehead) plus cryo of three asymptomatic back SKs at the patient's "
                   "request for appearance; commercial (BCBS)",
    "date": "2025-12-11",
    "patient": ("Ingersoll", "Patricia", "1961-05-27", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratosis", "L57.0", "Nasal tip, forehead", reason=True),
        C("c2", "Seborrheic keratosis", "L82.1", "Mid and lower back", reason=True),
        C("c3", "Encounter for cosmetic procedure", "Z41.1"),
    ],
    "procedures": [
        P("Cryotherapy actinic keratoses", site="Nasal tip; central forehead",
          note="LN2, 2 AKs.", reasons=["c1"]),
        P("Cryotherapy seborrheic keratoses - cosmetic, self-pay", site="Mid and lower back",
          note="LN2 to 3 SKs, asymptomatic, patient request for appearance; self-pay agreed.", reasons=["c2"]),
    ],
    "note_title": "Letter to Patient",
    "note": """Dear Patricia,

Today we froze two rough sun-damage spots (actinic keratoses) - one on the tip of your nose and one on your
forehead. These are worth treating because they can occasionally turn into skin cancer.

You also asked me to freeze three of the brown, waxy "stuck-on" spots on your back (seborrheic keratoses). They
are harmless, and you told me they don't itch, bleed or get caught on anything - you just don't like how they
look in a swimsuit. Because that treatment is cosmetic, your insurance won't cover it; as we agreed, our front
desk will bill you directly for that part at our self-pay rate.

The frozen spots will blister and peel over the next 1-2 weeks. Petroleum jelly helps.

See you in a year for your skin check.

Kind regards,
Samuel Weiss, MD

Procedure log: LN2 cryodestruction (1) AK nasal tip, (2) AK central forehead; (3) SKs x3 back, cosmetic,
non-inflamed, asymptomatic - self-pay.
""",
    "expected": E([L("17000"), L("17003")], topics=["cosmetic"]),
    "coder_note": "DS-1: 2 AKs -> 17000 + 17003. Non-Medicare cosmetic SK destruction is taken off the claim (patient "
                  "billed directly, conventions), so no 17110 line.",
})

SCENARIOS.append({
    "id": "s60-mx-punch-calf-inflamed-sk-freeze-precoded",
    "family": "mixed", "shape": "pre-coded",
    "description": "Punch biopsy R calf papule + cryo of two inflamed, itchy SKs on the L flank, pre-coded without "
                   "modifiers; Medicare FFS",
    "date": "2026-01-22",
    "patient": ("Vandermeer", "Ruth", "1950-08-13", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Neoplasm of unspecified behavior of skin, right calf", "D49.2", "Right posterior calf", reason=True),
        C("c2", "Inflamed seborrheic keratosis", "L82.0", "Left flank", reason=True),
    ],
    "procedures": [
        P("Punch biopsy", cpt="11104", site="Right posterior calf",
          note="4 mm punch of a 7 mm firm pink papule, 1 suture.", reasons=["c1"]),
        P("Destruction benign lesions up to 14", cpt="17110", site="Left flank",
          note="LN2 to 2 inflamed SKs: red, crusted, itchy, rubbed by waistband.", reasons=["c2"]),
    ],
    "note_title": "Visit Letter",
    "note": """Dear Ruth,

Today I took a small punch sample (4 mm) from the firm pink bump on the back of your right calf and closed it with
one stitch. It has grown over the past three months, and I want the lab to tell us exactly what it is.

We also froze the two crusty brown spots on your left side, just above your waistband. They are seborrheic
keratoses that have become red, inflamed and itchy where your waistband rubs them, and one was oozing.

Stitch out in two weeks. I'll call you when the result is back.

Best,
Astrid Lindgren, MD

Procedure log: (1) punch biopsy R posterior calf, 4 mm, 1 x 4-0 nylon; (2) LN2 destruction 2 inflamed SKs
L flank (erythema, crusting, pruritus, oozing). Separate sites.
""",
    "expected": E([L("11104"), L("17110", 1, "XS")]),
    "coder_note": "BX-5: biopsy of a different lesion from the destroyed ones. 11104/17110 is PTP indicator 1 with "
                  "17110 in column 2 -> XS on 17110. Inflamed, itchy SKs (L82.0) meet BSL-3, so covered.",
})

SCENARIOS.append({
    "id": "s60-mohs-nasal-sidewall-two-stages-layered",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs R nasal sidewall BCC, 2 stages (3 + 2 blocks), intermediate linear repair 2.6 cm; "
                   "Medicare FFS",
    "date": "2025-11-20",
    "patient": ("Lockhart", "Emmeline", "1949-11-30", "female"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 150,
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Right nasal sidewall", reason=True),
    ],
    "note_title": "Mohs Surgery Letter",
    "html": True,
    "note": _html("""Dear Emmeline,

Today we removed the basal cell carcinoma on the right side of your nose with Mohs surgery. I want to walk you
through what happened.

With Mohs surgery, I remove the cancer one thin layer at a time and check each layer under the microscope myself
while you wait. In the first round I took the visible cancer with a thin rim of skin; I divided that layer into
three pieces and looked at each one. There was still some cancer at one edge, so I went back for a second round
from just that area, in two pieces. That second layer was completely clear.

The wound was 1.1 cm across. I closed it in a straight line in two layers - dissolving stitches underneath and fine
stitches on top - along the natural fold of your nose. The line is 2.6 cm long.

Your stitches come out in one week. Keep the dressing on for 48 hours and sleep with your head raised tonight.

Warmly,
Chidi Okonkwo, MD

--- Procedure log ---
Mohs micrographic surgery, R nasal sidewall, nodular BCC (bx 10/28). Surgeon and pathologist: C. Okonkwo.
Stage I: 3 tissue blocks, residual tumor at 7 o'clock peripheral. Stage II: 2 blocks, clear.
Final defect 1.1 x 0.9 cm. Intermediate layered linear repair, 5-0 Monocryl deep, 6-0 Prolene; length 2.6 cm.
"""),
    "expected": E([L("17311"), L("17312"), L("12052")]),
    "coder_note": "MOHS-2: nose, 2 stages, no stage over 5 blocks -> 17311 + 17312. MOHS-7: layered repair after Mohs "
                  "reported separately, nose 2.6 cm -> 12052.",
})

SCENARIOS.append({
    "id": "s60-mohs-hand-scc-seven-blocks-complex",
    "family": "mohs", "shape": "free-text",
    "description": "Mohs SCC R dorsal hand: stage 1 with 7 blocks, stage 2 with 2 blocks; complex repair 3.1 cm with "
                   "paratenon exposure and edge debridement; Medicare FFS",
    "date": "2026-02-05",
    "patient": ("Grummond", "Walter", "1938-04-15", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 200,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin of right hand", "C44.622", "Right dorsal hand", reason=True),
    ],
    "procedures": [
        P("Mohs surgery, stage 1", site="Right dorsal hand",
          note="Invasive SCC (bx 01/12). Stage 1 divided into 7 tissue blocks; tumor at blocks 3 and 6.",
          reasons=["c1"]),
        P("Mohs surgery, stage 2", site="Right dorsal hand",
          note="2 tissue blocks; clear.", reasons=["c1"]),
        P("Repair of Mohs defect, complex", site="Right dorsal hand",
          note="Defect 2.2 x 1.6 cm with exposed extensor tendon paratenon. Wound edges debrided; layered closure "
               "with retention of paratenon coverage. Repair length 3.1 cm.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Letter",
    "note": """Dear Walter,

Today we treated the squamous cell skin cancer on the back of your right hand with Mohs surgery.

The cancer was larger under the surface than it looked. In the first round the layer of skin I removed was big
enough that I had to cut it into seven pieces so that every edge could be checked under the microscope. Two of
those pieces still showed cancer, so I took a second, smaller layer (two pieces) from those spots. That second
layer was clear - the cancer is out.

The final wound was 2.2 by 1.6 cm and went down to the thin covering over one of the tendons that straighten your
fingers. I trimmed the wound edges and then closed it carefully in layers so the tendon stays well covered; the
stitched line is 3.1 cm long.

Keep your hand raised as much as you can for two days, and don't grip or lift anything heavy for two weeks.
Stitches out in 12-14 days.

Take care,
Chidi Okonkwo, MD

Chart: Mohs R dorsal hand SCC, surgeon = pathologist. Stage 1: 7 blocks. Stage 2: 2 blocks. Complex repair 3.1 cm.
""",
    "expected": E([L("17311"), L("17312"), L("17315", 2), L("13132")]),
    "coder_note": "MOHS-2: hand -> 17311; stage 2 -> 17312; stage 1 had 7 blocks -> 17315 x2 (blocks beyond 5). "
                  "REP-2/REP-3: exposed paratenon with edge debridement = complex, hand 3.1 cm -> 13132.",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 4: Mohs, nails, paring, patch tests, phototherapy
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s60-mohs-thigh-superficial-bcc-no-abn-gz",
    "family": "mohs", "shape": "pre-coded",
    "description": "Mohs of a 0.9 cm primary superficial BCC on the L anterior thigh (AUC area L, immunocompetent), "
                   "one stage, no ABN; second intention; Medicare FFS",
    "date": "2025-12-18",
    "patient": ("Hollister", "Dwight", "1953-01-11", "male"),
    "provider": "okonkwo", "payer": "medicare", "minutes": 90,
    "conditions": [
        C("c1", "Superficial basal cell carcinoma, left thigh", "C44.719", "Left anterior thigh", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, trunk/extremity, first stage", cpt="17313", site="Left anterior thigh",
          note="Primary sBCC 0.9 cm (bx 11/20). Stage 1: 2 blocks, clear.", reasons=["c1"]),
    ],
    "note_title": "Mohs Surgery Letter",
    "note": """Dear Dwight,

Today I removed the superficial basal cell carcinoma on the front of your left thigh with Mohs surgery. I took one
thin layer, checked it under the microscope in two pieces, and the edges were clear on the first try. The
wound is 1.3 cm across. We agreed to let it heal on its own, which works very well on the thigh; no stitches.

As you know, we had talked about simpler options for this thin, small cancer on the leg - a cream, or scraping
and burning it - and you felt strongly that you wanted Mohs so that the edges would be checked. You have no
conditions that weaken your immune system and this is the first skin cancer on that leg.

Change the dressing once a day with petroleum jelly. It should heal in 3-4 weeks.

Best regards,
Chidi Okonkwo, MD

--- Chart ---
Mohs 17313, L anterior thigh, primary superficial BCC 0.9 cm, immunocompetent, no recurrence, no aggressive
histology. Surgeon = pathologist. Stage I: 2 blocks, clear. Defect 1.3 cm, second intention.
Note: superficial BCC < 2 cm on the extremity does not meet appropriate-use criteria for Mohs. ABN not
obtained before surgery.
""",
    "expected": E([L("17313", 1, "GZ")]),
    "coder_note": "MOHSN-2/MOHS-8: small primary superficial BCC of the thigh (area L) in an immunocompetent patient is "
                  "outside the appropriate-use criteria the Medicare LCDs follow; expected to be denied as not "
                  "reasonable and necessary, no ABN -> GZ (COS-4).",
})

SCENARIOS.append({
    "id": "s60-mohs-left-concha-plus-back-shave-bx",
    "family": "mohs", "shape": "note-only",
    "description": "Mohs BCC L conchal bowl, one stage 4 blocks, second intention; plus tangential biopsy of a "
                   "separate lesion on the back; commercial (Cigna)",
    "date": "2026-01-29",
    "patient": ("Abramowitz", "Selma", "1959-07-04", "female"),
    "provider": "okonkwo", "payer": "commercial-cigna", "minutes": 120,
    "conditions": [
        C("c1", "Basal cell carcinoma of left ear", "C44.219", "Left conchal bowl", reason=True),
        C("c2", "Neoplasm of unspecified behavior of skin, back", "D49.2", "Right mid back", reason=True),
    ],
    "note_title": "Mohs Surgery Letter",
    "note": """Dear Selma,

Today we treated the basal cell carcinoma in the bowl of your left ear with Mohs surgery. I removed one layer and
divided it into four pieces to check under the microscope; all of the edges were clear, so only one round was
needed.

The wound is 1.0 cm across. The hollow of the ear heals beautifully on its own, so after talking it over we
decided not to put in stitches.

While you were changing, you asked about a new scaly pink spot on the right side of your mid back. It's a
different spot, nowhere near your ear. I took a thin shave sample of it and sent it to the lab; I'll call you with
the answer.

Ear care: clean gently once a day, petroleum jelly, and a cotton-ball dressing. Expect some crusting for 3-4 weeks.

Best wishes,
Chidi Okonkwo, MD

--- Procedure log ---
1) Mohs micrographic surgery, L conchal bowl, nodular BCC (bx 01/06, no prior treatment). Surgeon and
   pathologist C. Okonkwo. Stage I: 4 blocks, clear. Defect 1.0 cm, second-intention healing, no repair.
2) Tangential biopsy, R mid back, 7 mm scaly pink papule (r/o SCCIS vs BCC), separate site. AlCl3.
""",
    "expected": E([L("17311"), L("11102", 1, "XS")]),
    "coder_note": "MOHS-2: ear, 1 stage, 4 blocks -> 17311. BX-5/DS-5: the biopsy is of a different lesion; 17311/11102 "
                  "is PTP indicator 1 -> XS on 11102. No repair line (second intention).",
})

SCENARIOS.append({
    "id": "s60-nail-ingrown-left-hallux-phenol",
    "family": "nails", "shape": "note-only",
    "description": "Partial avulsion + phenol matrixectomy, lateral border of the L great toenail; fungal R toenail "
                   "only mentioned; Medicare FFS",
    "date": "2025-10-09",
    "patient": ("Szabo", "Ferenc", "1951-10-30", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe", "L60.0", "Left great toe, lateral border", reason=True),
        C("c2", "Onychomycosis", "B35.1", "Right great toe"),
    ],
    "note_title": "Visit Letter",
    "note": """Dear Ferenc,

This is the third time this year that the outer edge of your left big toenail has grown into the skin, and it was
red, swollen and painful again today. Since it keeps coming back, we agreed on a permanent fix for that edge.

After numbing the whole toe with a ring block, I lifted and removed a narrow strip along the outer edge of the
nail, down to its root. Then I applied a chemical (phenol) to the root of that strip so that part of the nail
won't grow back. The rest of your nail stays in place.

The thick, yellow nail on your right big toe is a fungal infection. It isn't painful and you're not interested in
treatment right now, so we left it alone.

Soak the toe in warm salt water twice a day, then apply the ointment and a bandage. Expect some drainage for 2-3
weeks. Wear open-toed shoes when you can.

Best,
Rafael Santos, MD

Procedure log: digital block L hallux, 1% lido plain 3 mL. Partial nail avulsion, lateral border L great toenail,
with chemical matrixectomy (phenol 88%, 3 x 30 s), lateral matrix. Hemostasis, dressing. R hallux
onychomycosis: no treatment.
""",
    "expected": E([L("11750", 1, "TA")]),
    "coder_note": "Permanent partial nail and matrix removal -> 11750; the avulsion of the same nail is included "
                  "(11750/11730 indicator 1, same nail). Left great toe -> TA. Fungal nail only mentioned.",
})

SCENARIOS.append({
    "id": "s60-nail-avulsion-right-hallux-second-toe",
    "family": "nails", "shape": "free-text",
    "description": "Avulsion of two painful dystrophic toenails: nail 1 R great toe, nail 2 R second toe; Medicaid",
    "date": "2025-11-13",
    "patient": ("Trujillo", "Anselmo", "1968-02-06", "male"),
    "provider": "weiss", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Onychomycosis with painful nail dystrophy", "B35.1", "Right great toe, right second toe", reason=True),
    ],
    "procedures": [
        P("Nail avulsion - nail 1", site="Right great toe",
          note="Thick, dystrophic, lifted nail plate pressing on the nail bed; full avulsion after digital block.",
          reasons=["c1"]),
        P("Nail avulsion - nail 2", site="Right second toe",
          note="Dystrophic nail, full avulsion after digital block.", reasons=["c1"]),
    ],
    "note_title": "Letter to Patient",
    "note": """Dear Anselmo,

The thick, crumbling nails on your right big toe and the toe next to it have been painful in your work boots for
months, and trimming them at home hasn't helped.

After numbing each toe, I removed the whole nail on your right big toe first, and then the whole nail on your
right second toe. The nail roots were left alone, so both nails will grow back - hopefully thinner. I sent a
clipping to the lab to confirm the fungus, and once it's confirmed we can talk about a pill treatment.

Keep the toes bandaged and dry for 24 hours, then soak twice a day. Wear loose shoes for a week.

Best regards,
Samuel Weiss, MD

Procedure log: avulsion of nail plate x2 - (1) R great toe, (2) R 2nd toe. Digital blocks 1% lido plain.
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "T6")]),
    "coder_note": "11730 for the first nail (R great toe, T5), +11732 for the additional nail (R 2nd toe, T6); digit "
                  "modifiers per conventions, lines with different digits stay separate.",
})

SCENARIOS.append({
    "id": "s60-nail-debridement-seven-split-11720-lines",
    "family": "nails", "shape": "pre-coded",
    "description": "Debridement of seven mycotic toenails (4 R foot, 3 L foot), pre-coded as two 11720 lines; "
                   "commercial (UHC)",
    "date": "2026-02-26",
    "patient": ("Pellegrino", "Carmela", "1956-06-19", "female"),
    "provider": "lindgren", "payer": "commercial-uhc", "minutes": 20,
    "conditions": [
        C("c1", "Onychomycosis", "B35.1", "Bilateral toenails", reason=True),
    ],
    "procedures": [
        P("Debridement of nails, 1-5", cpt="11720", site="Right foot toenails 1-4",
          note="Thickened, painful mycotic nails debrided with nippers and burr: R1, R2, R3, R4.", reasons=["c1"]),
        P("Debridement of nails, 1-5", cpt="11720", site="Left foot toenails 1-3",
          note="Debrided L1, L2, L3.", reasons=["c1"]),
    ],
    "note_title": "Visit Letter",
    "note": """Dear Carmela,

Your thick fungal toenails were hurting again in your shoes. Today I thinned and trimmed seven of them - four on
your right foot and three on your left - with clippers and a small sanding tool. You said walking already felt
better when you stood up.

Because your liver tests were abnormal last year, we decided not to use the antifungal pills. A topical solution
is an option; we'll talk about it next time.

See you in about three months for another trim.

Warm regards,
Astrid Lindgren, MD

Procedure log: debridement of 7 dystrophic mycotic toenails (R 1-4, L 1-3), nippers + rotary burr.
""",
    "expected": E([L("11721")], topics=["coding-correction"]),
    "coder_note": "Nail debridement is counted per session: 7 nails = 6 or more -> 11721 x1 (11721/11720 indicator 0, "
                  "the two 11720 lines are replaced).",
})

SCENARIOS.append({
    "id": "s60-paring-three-corns-calluses",
    "family": "paring", "shape": "free-text",
    "description": "Paring of three painful hyperkeratotic lesions (2 calluses, 1 corn) on the feet; commercial HMO",
    "date": "2025-10-23",
    "patient": ("Hargreaves", "Philippa", "1964-12-12", "female"),
    "provider": "abernathy", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Bilateral plantar forefoot, left fifth toe", reason=True),
    ],
    "procedures": [
        P("Paring of hyperkeratotic lesions", site="R 2nd MTP plantar; L 1st MTP plantar; L 5th toe lateral",
          note="Pared with #15 blade: callus R 2nd metatarsal head, callus L 1st metatarsal head, hard corn L 5th "
               "toe. No pinpoint bleeding; no wart features.", reasons=["c1"]),
    ],
    "note_title": "Letter to Patient",
    "note": """Dear Philippa,

Your feet have been sore with the return to running. Today I pared down three thick spots with a small blade:
the callus under the ball of your right foot (second toe), the callus under your left big-toe joint, and the hard
corn on the outside of your left little toe.

None of these were warts - there were no tiny black dots or bleeding points when I trimmed them.

To keep them from coming back quickly: cushioned running socks, a wider toe box, and a urea 40% cream at night.
A toe spacer will help the corn.

Kind regards,
June Abernathy, MD
""",
    "expected": E([L("11056")]),
    "coder_note": "Paring by lesion count: 3 lesions (2-4) -> 11056 x1.",
})

SCENARIOS.append({
    "id": "s60-paring-six-calluses-plus-plantar-warts-precoded",
    "family": "paring", "shape": "pre-coded",
    "description": "Paring of six calluses (pre-coded 11056) plus cryo of two separate plantar warts (17110); "
                   "Medicaid",
    "date": "2026-01-15",
    "patient": ("Obi", "Chukwuemeka", "1975-09-03", "male"),
    "provider": "santos", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Corns and callosities", "L84", "Bilateral plantar feet", reason=True),
        C("c2", "Plantar wart", "B07.0", "Right heel", reason=True),
    ],
    "procedures": [
        P("Paring or cutting of benign hyperkeratotic lesions, 2-4", cpt="11056", site="Bilateral plantar feet",
          note="Six calluses pared: R 1st, 2nd, 5th MT heads; L 1st, 3rd MT heads; L heel rim.", reasons=["c1"]),
        P("Destruction of benign lesions, up to 14", cpt="17110", site="Right heel",
          note="Two plantar warts, pared then LN2 x2 cycles; separate from the calluses.", reasons=["c2"]),
    ],
    "note_title": "Visit Letter",
    "note": """Dear Chukwuemeka,

You are on your feet all day at the warehouse and the thick skin on your soles has built up again. Today I pared
down six calluses: three under the ball of your right foot, two under the ball of your left foot and one on the
rim of your left heel.

On your right heel there are two spots that are different - they had tiny black dots and bled a little when
trimmed. Those are plantar warts, and they hurt when you walk. I froze both of them after trimming.

Wear the cushioned insoles we talked about. The warts may need freezing again in 3 weeks.

Best,
Rafael Santos, MD

Procedure log: (1) paring of 6 calluses, bilateral plantar; (2) destruction of 2 painful plantar warts R heel,
LN2, separate lesions from the calluses.
""",
    "expected": E([L("11057", 1, "XS"), L("17110")], topics=["coding-correction"]),
    "coder_note": "More than 4 lesions pared -> 11057 (pre-coded 11056 corrected). 17110/11057 is PTP indicator 1 with "
                  "11057 in column 2; the warts are different lesions -> XS on 11057.",
})

SCENARIOS.append({
    "id": "s60-patch-new-pt-hand-dermatitis-80-allergens",
    "family": "patch-test", "shape": "note-only",
    "description": "New patient with chronic hand dermatitis: full evaluation + new Rx (99204-25) and placement of 80 "
                   "patch-test allergens; commercial (BCBS)",
    "date": "2025-11-03",
    "patient": ("Lindqvist-Hale", "Ingrid", "1979-04-28", "female"),
    "provider": "weiss", "payer": "commercial", "minutes": 60, "em": "99204",
    "conditions": [
        C("c1", "Dermatitis of hands, suspected allergic contact", "L30.9", "Bilateral hands", reason=True),
    ],
    "note_title": "Visit Letter",
    "note": """Dear Ingrid,

Thank you for seeing me about the rash on your hands that has been coming and going for two years. You work as a
dental hygienist and wear gloves most of the day, and the rash is worst on your fingertips and the backs of your
hands. Two courses of steroid cream from your family doctor helped only briefly.

I examined your hands, wrists, forearms, face and eyelids. The pattern could be irritation from frequent washing,
an allergy to something you touch (like glove chemicals or acrylates), or eczema - or a mix. We went through your
products, gloves and hobbies in detail. I prescribed tacrolimus ointment twice a day for your hands and a plain
petrolatum barrier for work, and I explained how to switch to a different type of glove.

To look for an allergy, we also applied patch tests today: 80 small allergen chambers taped to your upper back -
our standard series plus a dental series. Please keep your back dry and don't exercise heavily until the reading.

We'll remove the patches on Wednesday and do the final reading on Friday.

Sincerely,
Samuel Weiss, MD

Chart: New pt, chronic hand dermatitis, DDx ACD vs ICD vs atopic hand eczema. Detailed exposure history,
exam, Rx tacrolimus 0.1% oint, glove counseling - moderate MDM, separately identifiable; 99204-25.
Patch test placement: 80 allergens (standard 50 + dental 30), upper back.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 80)]),
    "coder_note": "95044 units = number of allergens (80). 95044/99204 is PTP indicator 1; the E/M documents separate "
                  "evaluation and prescription management -> 25 on the E/M.",
})

SCENARIOS.append({
    "id": "s60-patch-96-allergens-mue-cap",
    "family": "patch-test", "shape": "free-text",
    "description": "Patch-test placement of 96 allergens (standard + cosmetic + fragrance series) for eyelid "
                   "dermatitis, established patient, no E/M; Medicare Advantage PPO",
    "date": "2026-02-09",
    "patient": ("Carrington", "Beatrice", "1955-01-17", "female"),
    "provider": "abernathy", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Allergic contact dermatitis, eyelids, suspected", "L30.9", "Bilateral eyelids", reason=True),
    ],
    "procedures": [
        P("Patch test application", site="Upper back and upper arms",
          note="96 allergens applied: standard 70 + cosmetic/fragrance 26, Finn chambers.", reasons=["c1"]),
    ],
    "note_title": "Letter to Patient",
    "note": """Dear Beatrice,

As we planned last month for your itchy, scaly eyelids, today we placed your patch tests. Because you use many
cosmetics and fragrance products, I chose a larger panel: 96 allergens in all, on your upper back and the backs of
your upper arms.

Keep the patches dry and don't scratch them. Come back in 48 hours for removal and first reading, and again on
day 5 for the final reading. Bring your products in a bag so we can compare.

With best wishes,
June Abernathy, MD
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "95044 is per allergen (96) but the MUE is 90 (MAI 3) -> capped at 90 with an MUE finding (README).",
})

SCENARIOS.append({
    "id": "s60-photo-excimer-320-sqcm-precoded-96920",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "Excimer laser session 5 for localized plaque psoriasis, total treated area 320 sq cm, pre-coded "
                   "96920; Medicare FFS",
    "date": "2025-12-22",
    "patient": ("Mwangi", "Joseph", "1960-03-25", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris, localized plaques", "L40.0", "Bilateral elbows and knees", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment", cpt="96920", site="Bilateral elbows and knees",
          note="308 nm excimer, session 5. Areas: R elbow 70, L elbow 60, R knee 100, L knee 90 sq cm; "
               "total 320 sq cm.", reasons=["c1"]),
    ],
    "note_title": "Treatment Letter",
    "note": """Dear Joseph,

This was your fifth excimer laser treatment for the psoriasis on your elbows and knees. The plaques are already
thinner and less red, especially on your elbows.

Today we treated all four areas: right elbow about 70 square cm, left elbow 60, right knee 100 and left knee 90 -
about 320 square cm in total. We raised the dose slightly on the knees since they are responding more slowly.

Keep using the calcipotriene ointment on weekends. Some redness or mild blistering can happen after a treatment;
let us know if it does.

See you Thursday for session six.

Regards,
Astrid Lindgren, MD

Treatment log: 308 nm excimer, session 5/12. Total treated area 320 sq cm (R elbow 70, L elbow 60, R knee 100,
L knee 90). Psoriasis < 10% BSA; 4 months of topicals before starting.
""",
    "expected": E([L("96921")], topics=["coding-correction"]),
    "coder_note": "Excimer is coded by total area per session: 250-500 sq cm -> 96921 (pre-coded 96920 corrected).",
})

# ---------------------------------------------------------------------------------------------------------------
# Batch 5: phototherapy, post-op, repair, shave, skin tags
# ---------------------------------------------------------------------------------------------------------------

SCENARIOS.append({
    "id": "s60-photo-puva-first-line-abn-ga",
    "family": "phototherapy", "shape": "note-only",
    "description": "PUVA session for plaque psoriasis without prior failed conventional therapy (only OTC "
                   "moisturizers), ABN signed; Medicare FFS",
    "date": "2026-01-12",
    "patient": ("Blackwood", "Harriet", "1954-08-21", "female"),
    "provider": "santos", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Trunk and extremities, ~12% BSA", reason=True),
    ],
    "note_title": "Treatment Letter",
    "note": """Dear Harriet,

Today you had your first PUVA light treatment for the psoriasis on your trunk, arms and legs (about 12% of your
skin). You took the methoxsalen capsules 90 minutes before the session, as instructed, and we started at a low
dose of UVA light.

As we discussed in detail, Medicare pays for PUVA only when psoriasis has not responded to the usual treatments
first - prescription creams, or regular UVB light therapy. So far you have used only over-the-counter
moisturizers, and you preferred to go straight to PUVA because of your travel schedule. I explained that Medicare
will probably deny payment, and you read and signed the Advance Beneficiary Notice before your session so that
you can be billed if they do.

Remember: wear the wraparound UVA-blocking glasses for the rest of today and keep your skin covered from the sun
for 24 hours.

Next session in 2-3 days.

Best,
Rafael Santos, MD

Treatment log: PUVA (oral 8-MOP 0.4 mg/kg, UVA 0.5 J/cm2), session 1. Plaque psoriasis ~12% BSA. No prior
topical Rx or UVB trial (OTC emollients only). ABN (CMS-R-131) signed before treatment - service expected to be
denied as not reasonable and necessary under NCD 250.1.
""",
    "expected": E([L("96912", 1, "GA")]),
    "coder_note": "PHOTO-1: NCD 250.1 covers PUVA only after failure of conventional treatment; not met, ABN on file -> "
                  "GA (COS-4).",
})

SCENARIOS.append({
    "id": "s60-postop-suture-removal-day9-em-picked",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal and wound check 9 days after a malignant excision (11602, 010 global); provider "
                   "picked 99212; Medicare FFS",
    "date": "2025-12-04",
    "patient": ("Kowalski", "Dorota", "1948-02-09", "female"),
    "provider": "abernathy", "payer": "medicare", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", reason=True),
    ],
    "prior": [
        PRIOR("2025-11-25", "11602", "Excision malignant lesion, trunk, 1.1-2.0 cm", site="Right lower back",
              note="BCC, excised diameter 1.8 cm; simple closure."),
    ],
    "note_title": "Visit Letter",
    "note": """Dear Dorota,

Today we took out the stitches from the spot on your right lower back where we removed the basal cell skin cancer
nine days ago. The wound has healed nicely, with no signs of infection, and the line is flat and closed.

As you know, the lab confirmed that the cancer was fully removed. There's nothing else to do for that spot.

Massage the scar gently with a plain moisturizer once it's fully closed, and keep it out of the sun for a few
months.

Your next full skin check is in six months.

Warm regards,
June Abernathy, MD

Chart: POD 9 s/p excision BCC R lower back (11/25). Sutures removed, wound well healed, no erythema or
dehiscence. No other problems addressed.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5/conventions: routine post-op visit inside the 10-day global with no unrelated problem -> 99024 "
                  "instead of the provider-selected 99212.",
})

SCENARIOS.append({
    "id": "s60-postop-flap-global-new-bleeding-sk-shave-79",
    "family": "post-op", "shape": "free-text",
    "description": "Inside the 90-day global of a cheek flap (14040, 30 days ago): shave removal of a new bleeding "
                   "0.8 cm SK on the back; flap checked; Medicare Advantage HMO",
    "date": "2026-02-12",
    "patient": ("Oyelaran", "Samuel", "1944-05-05", "male"),
    "provider": "okonkwo", "payer": "medicare-advantage", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Left lower back", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-13", "14040", "Adjacent tissue transfer, cheek, 10 sq cm or less", site="Right cheek",
              note="Rotation flap after Mohs for BCC right cheek."),
    ],
    "procedures": [
        P("Shave removal of lesion", site="Left lower back",
          note="0.8 cm crusted, bleeding SK caught on belt; tangential shave removal, AlCl3.", reasons=["c1"]),
        P("Post-operative check of cheek flap", site="Right cheek",
          note="Flap well perfused and healing; no intervention."),
    ],
    "note_title": "Visit Letter",
    "note": """Dear Samuel,

I'm pleased with how your right cheek is healing one month after the skin flap repair - the flap is pink and
healthy and the scar is already softening. Keep massaging it with the silicone gel.

You also showed me something new: a crusty, brown spot on your lower back, on the left, that catches on your belt
and has bled on your shirt several times this week. It's a seborrheic keratosis (a harmless growth) that has
become irritated. It measured 8 mm. I removed it with a quick shave at skin level and stopped the bleeding; no
stitches. This spot has nothing to do with the cancer or the surgery on your face.

Keep the back spot covered with petroleum jelly until healed, about a week.

Best,
Chidi Okonkwo, MD

Chart: post-op day 30 after rotation flap R cheek (01/13, 90-day global): healing well. Unrelated new problem:
irritated, bleeding SK L lower back 0.8 cm, shave removal.
""",
    "expected": E([L("11301", 1, "79")], topics=["global-period"]),
    "coder_note": "SH-1: trunk shave 0.8 cm -> 11301. GS-5: unrelated procedure inside the flap's 90-day global -> 79. "
                  "The flap check is part of that global (no code).",
})

SCENARIOS.append({
    "id": "s60-repair-fall-forearm-and-chin-lacerations",
    "family": "repair", "shape": "free-text",
    "description": "Simple repairs after a fall: R forearm laceration 3.5 cm and chin laceration 1.8 cm; knee "
                   "abrasion only cleaned; commercial HMO",
    "date": "2025-10-30",
    "patient": ("Nguyen", "Theodore", "1998-11-02", "male"),
    "provider": "weiss", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Laceration without foreign body of right forearm, initial encounter", "S51.811A",
          "Right volar forearm", reason=True),
        C("c2", "Laceration without foreign body of chin, initial encounter", "S01.81XA", "Chin", reason=True),
    ],
    "procedures": [
        P("Laceration repair", site="Right volar forearm",
          note="3.5 cm clean superficial laceration, single-layer closure 4-0 nylon simple interrupted.",
          reasons=["c1"]),
        P("Laceration repair", site="Chin",
          note="1.8 cm superficial laceration, single layer 5-0 nylon.", reasons=["c2"]),
        P("Abrasion care", site="Left knee", note="Cleansed, petrolatum and non-stick dressing."),
    ],
    "note_title": "Letter to Patient",
    "note": """Dear Theodore,

I'm sorry about your tumble on the bike path this morning. Luckily you came straight here from next door, while
the cuts were fresh and clean.

Your right forearm had a 3.5 cm cut through the skin only. I numbed it, rinsed it well, and closed it with one
row of stitches. The cut on your chin was 1.8 cm, also just through the skin, and I closed it with finer
stitches for a better scar. The scrape on your left knee only needed cleaning and a non-stick bandage.

Your tetanus shot is up to date (2022), so no booster was needed.

Stitches: chin out in 5 days, forearm in 10 days. Keep them dry for 24 hours.

Take care,
Samuel Weiss, MD

Procedure log: simple repair R volar forearm 3.5 cm; simple repair chin 1.8 cm; abrasion L knee cleansed.
""",
    "expected": E([L("12002"), L("12011")]),
    "coder_note": "REP-1/REP-2: simple repairs are summed only within a site group: forearm (extremities) 3.5 cm -> "
                  "12002; chin (face) 1.8 cm -> 12011. Abrasion care not separately coded.",
})

SCENARIOS.append({
    "id": "s60-repair-two-back-excisions-summed-layered",
    "family": "repair", "shape": "pre-coded",
    "description": "Two atypical nevi excised from the back (0.5 cm and 0.7 cm, 2 mm margins), layered closures 2.4 + "
                   "3.1 cm pre-coded as 12031 + 12032; Medicare FFS",
    "date": "2025-11-06",
    "patient": ("Ferraro", "Lucia", "1962-04-14", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Dysplastic nevus of trunk", "D22.5", "Right upper back; left lower back", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion trunk 0.6-1.0 cm", cpt="11401", site="Right upper back",
          note="Atypical, enlarging nevus 0.5 cm; 2 mm margins.", reasons=["c1"]),
        P("Excision benign lesion trunk 1.1-2.0 cm", cpt="11402", site="Left lower back",
          note="Atypical nevus with new dark focus 0.7 cm; 2 mm margins.", reasons=["c1"]),
        P("Intermediate repair trunk 2.5 cm or less", cpt="12031", site="Right upper back",
          note="Layered closure 2.4 cm.", reasons=["c1"]),
        P("Intermediate repair trunk 2.6-7.5 cm", cpt="12032", site="Left lower back",
          note="Layered closure 3.1 cm.", reasons=["c1"]),
    ],
    "path": [
        {"text": "A. Skin, right upper back: Compound dysplastic nevus, mild atypia, margins clear. B. Skin, left "
                 "lower back: Junctional dysplastic nevus, moderate atypia, margins clear.", "date": "2025-11-10"},
    ],
    "note_title": "Surgery Letter",
    "note": """Dear Lucia,

Today I removed the two unusual moles from your back that we have been photographing.

The one on your right upper back had grown from 3 to 5 mm; I removed it with a 2 mm margin all around. The one on
your left lower back, 7 mm, had developed a new dark spot; I removed it with a 2 mm margin as well. On the back,
the skin pulls when you move, so I closed both wounds in two layers. The upper one is 2.4 cm long and the lower
one 3.1 cm long.

Update (Nov 10): both were "dysplastic nevi" - unusual but not cancer - and both were completely removed.

Stitches out in 14 days. No heavy lifting or stretching exercises for two weeks.

Best regards,
Astrid Lindgren, MD

Procedure log: (A) R upper back, lesion 0.5 cm + 2 mm margins = 0.9 cm; (B) L lower back, lesion 0.7 cm + 2 mm
margins = 1.1 cm. Intermediate layered closure both sites: 2.4 cm and 3.1 cm (trunk).
""",
    "expected": E([L("11401"), L("11402"), L("12032")], topics=["coding-correction"]),
    "coder_note": "REP-1: intermediate repairs in the same site group are summed: 2.4 + 3.1 = 5.5 cm trunk -> 12032 x1 "
                  "(12032/12031 indicator 0). Excisions: 0.9 cm -> 11401, 1.1 cm -> 11402.",
})

SCENARIOS.append({
    "id": "s60-shave-scalp-and-forehead-irritated-sks",
    "family": "shave", "shape": "note-only",
    "description": "Shave removal of two symptomatic SKs: scalp 1.2 cm (bleeds with combing) and forehead 0.5 cm "
                   "(itchy, inflamed); Medicare FFS",
    "date": "2025-10-16",
    "patient": ("Pruett", "Lyle", "1943-12-24", "male"),
    "provider": "santos", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis", "L82.0", "Left parietal scalp; right forehead", reason=True),
    ],
    "note_title": "Visit Letter",
    "note": """Dear Lyle,

You came in because two crusty growths are bothering you. The one on the left side of your scalp catches on your
comb and has bled onto your pillow several times. The one on the right side of your forehead itches all the time
and is red and swollen around the edges.

Both are seborrheic keratoses - harmless growths - but they have become irritated. I removed them with a shave
at skin level: the scalp one measured 1.2 cm and the forehead one 5 mm. No stitches. I sent both to the lab to be
thorough.

Keep them covered with petroleum jelly until healed. I'll let you know if the lab shows anything unexpected.

Regards,
Rafael Santos, MD

Procedure log: shave removal x2. (1) L parietal scalp, ISK 1.2 cm, bleeding; (2) R forehead, ISK 0.5 cm,
pruritic with erythema/edema. Lido 1% w/ epi, DermaBlade, AlCl3. Both specimens to path.
""",
    "expected": E([L("11307"), L("11310")]),
    "coder_note": "SH-1: scalp (SNHFG) 1.2 cm -> 11307; forehead (face) 0.5 cm -> 11310. Bleeding and itching/"
                  "inflammation meet BSL-3, so covered for Medicare.",
})

SCENARIOS.append({
    "id": "s60-shave-nose-no-size-cheek-documented",
    "family": "shave", "shape": "free-text",
    "description": "Shave removal of a nasal nevus that catches on glasses (no size documented anywhere) and a "
                   "0.6 cm L cheek nevus; commercial (BCBS)",
    "date": "2025-11-19",
    "patient": ("Kimura", "Alana", "1985-07-07", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Melanocytic nevus of nose", "D22.39", "Left nasal sidewall", reason=True),
        C("c2", "Melanocytic nevus of cheek", "D22.39", "Left cheek", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Left nasal sidewall",
          note="Dome-shaped flesh-colored papule under glasses pad, irritated and bleeding; shave removal, AlCl3.",
          reasons=["c1"]),
        P("Shave removal", site="Left cheek",
          note="0.6 cm raised brown papule, rubbed by mask; shave removal.", reasons=["c2"]),
    ],
    "note_title": "Letter to Patient",
    "note": """Dear Alana,

Today I removed two raised moles from the left side of your face. The one on the side of your nose sits right
under the pad of your glasses; it has been sore and bled twice. The one on your cheek, 6 mm across, gets rubbed
by your mask at work and is often red.

I shaved both off level with the skin, so there are no stitches. Both have gone to the lab, although I expect
them to be ordinary moles.

Petroleum jelly twice a day until they heal. Wear your glasses a little lower on your nose for a week if you can.

Warmly,
June Abernathy, MD
""",
    "expected": E([L("11311")], topics=["missing-documentation"]),
    "coder_note": "SH-1 + README: the nasal lesion has no size anywhere, so no size-banded shave line for it "
                  "(missing-documentation); the 0.6 cm cheek lesion -> 11311.",
})

SCENARIOS.append({
    "id": "s60-shave-dorsal-hand-precoded-trunk-code",
    "family": "shave", "shape": "pre-coded",
    "description": "Shave removal of a 0.9 cm pedunculated nevus on the R dorsal hand that catches and bleeds, "
                   "pre-coded 11300; Medicaid",
    "date": "2026-02-02",
    "patient": ("Barrientos", "Luz", "1991-09-18", "female"),
    "provider": "weiss", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Melanocytic nevus of right hand", "D22.61", "Right dorsal hand", reason=True),
    ],
    "procedures": [
        P("Shave removal, trunk/arms/legs, 0.5 cm or less", cpt="11300", site="Right dorsal hand",
          note="Pedunculated nevus 0.9 cm, catches on gloves and bleeds; shave removal, AlCl3.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right dorsal hand, shave: Intradermal nevus, papillomatous. Benign.",
         "site": "Right dorsal hand", "date": "2026-02-05"},
    ],
    "note_title": "Visit Letter",
    "note": """Dear Luz,

The raised mole on the back of your right hand keeps catching on your work gloves, and it bled twice last week.
It measured 9 mm. Today I shaved it off level with the skin after numbing; no stitches were needed.

Update (Feb 5): the lab confirmed an ordinary, harmless mole.

Keep a bandage on it at work until it heals, about 10 days.

Best,
Samuel Weiss, MD

Procedure log: shave removal, R dorsal hand, pedunculated nevus 0.9 cm. Lido 1% w/ epi, blade, AlCl3.
""",
    "expected": E([L("11306")], topics=["coding-correction"]),
    "coder_note": "SH-1: hands are in the scalp/neck/hands/feet/genitalia shave group; 0.9 cm -> 11306 (pre-coded "
                  "11300 is the trunk/arm/leg code and the wrong size band).",
})

SCENARIOS.append({
    "id": "s60-tags-twenty-two-irritated-neck-axillae",
    "family": "skin-tags", "shape": "note-only",
    "description": "Snip removal of 22 irritated, bleeding skin tags (neck 12, axillae 10); Medicare FFS",
    "date": "2025-12-08",
    "patient": ("Cunningham", "Vera", "1949-03-31", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Acrochordons, irritated", "L91.8", "Neck and bilateral axillae", reason=True),
    ],
    "note_title": "Visit Letter",
    "html": True,
    "note": _html("""Dear Vera,

The skin tags on your neck and under your arms have been catching on your necklace and bra straps; several were
red and swollen today, and two had dried blood on them from being snagged.

Today I removed twenty-two of them - twelve from your neck and ten from your armpits - by snipping them at the
base with fine scissors after a little numbing cream, and touching the bases with a cautery tip to stop any
bleeding.

The spots will scab and heal within a week or two. You can shower normally; avoid deodorant on the armpits for
two days.

Best wishes,
Astrid Lindgren, MD

Procedure log: removal of 22 skin tags (neck 12, axillae 10) by scissor excision with electrocautery
hemostasis. Indications: irritation, inflammation, bleeding from trauma.
"""),
    "expected": E([L("11200"), L("11201")]),
    "coder_note": "11200 covers the first 15 tags; +11201 per additional 10 -> ceil(7/10) = 1. Symptomatic "
                  "(inflamed, bleeding) tags meet BSL-3 for Medicare.",
})

SCENARIOS.append({
    "id": "s60-tags-forty-eight-symptomatic-mue-cap",
    "family": "skin-tags", "shape": "free-text",
    "description": "Removal of 48 symptomatic skin tags (axillae, inframammary, groin folds) in one session; "
                   "11201 units over MUE; commercial HMO",
    "date": "2026-01-21",
    "patient": ("Washington", "Delphine", "1969-10-10", "female"),
    "provider": "santos", "payer": "commercial-aetna", "minutes": 45,
    "conditions": [
        C("c1", "Acrochordons, inflamed", "L91.8", "Axillae, inframammary folds, inguinal folds", reason=True),
    ],
    "procedures": [
        P("Skin tag removal", site="Bilateral axillae, inframammary folds, inguinal folds",
          note="48 skin tags removed by snip excision and cautery: axillae 20, inframammary 16, groin 12. "
               "Many inflamed and macerated; several bleeding from friction.", reasons=["c1"]),
    ],
    "note_title": "Letter to Patient",
    "note": """Dear Delphine,

Thank you for your patience today - it was a long session. The skin tags in your skin folds have been rubbing,
getting inflamed and bleeding, especially in the heat, and some were raw and weepy.

We removed forty-eight of them: twenty from your armpits, sixteen from under your breasts and twelve from your
groin creases. Each one was snipped and the base touched with a cautery tip.

Keep the areas dry; a little powder in the folds helps. Expect small scabs for 1-2 weeks.

Sincerely,
Rafael Santos, MD
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"]),
    "coder_note": "48 tags -> 11200 + 11201 x ceil(33/10) = 4, but the 11201 MUE is 1 (MAI 3) -> capped at 1 with an "
                  "MUE finding (README).",
})
