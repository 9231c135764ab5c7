"""Sealed set 30 (s30-): Brightwater Children's Dermatology (pediatric & adolescent; adeyemi, castellanos,
abernathy) and its adult partner Brightwater Dermatology - General & Surgical (weiss, lindgren).

Payers mostly Medicaid/CHIP and commercial for the children; Medicare (FFS and Advantage) for the adult partner.
Expected answers from the rule book (sections 2-7, 10), docs/coding_conventions.md and tests/corpus/README.md
"Coding decisions" only. Written without seeing the engine or any other scenario file.
"""

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS = []

PEDS = "BRIGHTWATER CHILDREN'S DERMATOLOGY"
ADULT = "BRIGHTWATER DERMATOLOGY - GENERAL & SURGICAL (adult partner practice)"

# =============================================================================================================
# Batch 1: destruction, intralesional, nails
# =============================================================================================================

SCENARIOS.append({
    "id": "s30-ds-cantharidin-six-hand-warts",
    "family": "destruction", "shape": "note-only",
    "description": "8 y/o, cantharidin to six common warts on both hands; old plantar wart resolved, not treated; Medicaid",
    "date": "2025-11-04",
    "patient": ("Okonjo", "Maya", "2017-05-19", "female"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 20,
    "conditions": [
        C("c1", "Verruca vulgaris, hands", "B07.8", "Both hands", reason=True),
    ],
    "note_title": "Clinic Visit",
    "note": f"""{PEDS}
Clinic visit - Dr. Folake Adeyemi

Maya is 8 and came in with her mom today.

Why she is here: warts on her hands for about 6 months. They catch on her pencil and two of them bled at school
last week after she picked at them. Mom says they are spreading (there were three in the summer).

Past treatment: we froze a wart on the bottom of her LEFT foot in the spring. That one is completely gone - I
looked, the skin lines run straight through - so nothing was needed on the feet today.

What I saw:
 - right index finger, two warts (one by the nail fold)
 - right thumb, one wart
 - left palm, two warts
 - left middle finger, one wart
That is six warts in all, 2-6 mm, rough surface with black dots. No warts on the face or feet.

What we talked about: freezing vs. "beetle juice" (cantharidin). Freezing hurt a lot last time, so mom and Maya
picked cantharidin.

Procedure: cantharidin 0.7% applied with the wooden end of an applicator to all six warts, allowed to dry, and
covered with paper tape. No paring was needed.
Home care: wash the spots with soap and water in 4 hours. A blister is expected in 1-2 days. Call if there is
a lot of swelling or fever.

Plan: recheck in 4 weeks. If some warts are still there we could freeze them or talk about Candida antigen
shots - we are NOT doing that today, just something to think about.

Folake Adeyemi, MD
""",
    "expected": E([L("17110")], dx={"17110": ["B07.8"]}),
    "coder_note": "DS-2: six warts destroyed (cantharidin is chemical destruction) -> 17110 x1 (up to 14). Plantar wart "
                  "is history only; Candida injections are a future option, not done.",
})

SCENARIOS.append({
    "id": "s30-ds-molluscum-curettage-seventeen-em25",
    "family": "destruction", "shape": "free-text",
    "description": "5 y/o: curettage of 17 molluscum + separate eczema flare managed with new Rx (99213-25); Medicaid MCO",
    "date": "2025-10-21",
    "patient": ("Thibodeaux", "Remy", "2020-02-08", "male"),
    "provider": "castellanos", "payer": "medicaid-mco", "minutes": 35, "em": "99213",
    "conditions": [
        C("c1", "Molluscum contagiosum", "B08.1", "Trunk, axillae, left thigh", reason=True),
        C("c2", "Atopic dermatitis, flare", "L20.9", "Antecubital and popliteal fossae", reason=True),
    ],
    "procedures": [
        P("Curettage of molluscum contagiosum", site="Trunk, both axillae, left thigh",
          note="17 papules curetted with a 3 mm ring curette after 45 min of topical lidocaine 4% under occlusion. "
               "Aluminum chloride for hemostasis. Bandages applied.", reasons=["c1"]),
    ],
    "note_title": "Pediatric Dermatology Follow-up",
    "note": f"""{PEDS}
Follow-up visit  |  Dr. Ines Castellanos

Remy (5) is here with dad for the "water warts" (molluscum) and his eczema.

Molluscum: more bumps since August, now on his tummy, both armpits and left thigh. Dad wants them gone before
swim lessons. Numbing cream went on in the waiting room at 9:10.
Eczema: much worse the past 3 weeks - itchy red patches in the elbow and knee creases, waking him at night.
He has only been using Vaseline; the hydrocortisone 2.5% from his pediatrician ran out in the spring.

Exam: 17 pearly dome-shaped papules (trunk 9, right axilla 3, left axilla 2, left thigh 3). Two more small ones
on the left lower eyelid - we agreed to leave those alone because they are so close to the eye.
Eczema: lichenified, excoriated erythematous plaques in both antecubital and popliteal fossae, about 8% BSA,
no crusting or signs of infection.

Procedure: after the numbing cream, I curetted all seventeen molluscum papules (see procedure record). Remy did
great. Bandaids placed.

Eczema plan (separate from the molluscum treatment): flare of atopic dermatitis. Prescribed triamcinolone 0.1%
ointment BID x 2 weeks to body (not face), then weekends only. Reviewed soak-and-seal bathing and wet wraps at
night for 3 nights. Bleach baths were discussed but dad would rather not yet. Return in 6 weeks, sooner if oozing.

Ines Castellanos, MD
""",
    "expected": E([L("99213", 1, "25"), L("17111")], dx={"17111": ["B08.1"]}),
    "coder_note": "DS-2: 17 lesions (15+) -> 17111 x1; the 2 eyelid lesions were not treated. GS-3: eczema flare with new "
                  "prescription is significant and separately identifiable -> 99213-25.",
})

SCENARIOS.append({
    "id": "s30-ds-molluscum-precoded-17110-sixteen",
    "family": "destruction", "shape": "pre-coded",
    "description": "Pre-coded 17110 but sixteen molluscum were curetted (two inflamed ones left) -> 17111; commercial",
    "date": "2026-01-13",
    "patient": ("Varga", "Lili", "2018-09-30", "female"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Molluscum contagiosum", "B08.1", "Legs and buttocks", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions, molluscum", cpt="17110", site="Bilateral legs and buttocks",
          note="Curettage, see note for lesion count.", reasons=["c1"]),
    ],
    "note_title": "Procedure Visit",
    "note": f"""{PEDS}
Procedure visit - June Abernathy, MD

Lili, age 7, with mom. Molluscum for 5 months, spreading on her legs; she scratches them and mom is worried
about her little brother catching them. EMLA applied at home 1 hour before the visit.

Exam today:
  right leg - nine papules
  left leg - four papules
  buttocks - three papules
  right knee - two red, swollen molluscum ("BOTE" sign, the body's immune reaction starting). These two were
  NOT treated; I explained to mom this is a good sign.

Procedure: curettage of sixteen molluscum (9 + 4 + 3) with a disposable curette. Drysol on a cotton tip for
bleeding. Covered with spot bandages.

Instructions: keep covered for a day; no shared towels or baths with brother. Follow up in 6-8 weeks for any new
ones.
""",
    "expected": E([L("17111")], topics=["coding-correction"], dx={"17111": ["B08.1"]}),
    "coder_note": "DS-2: 9+4+3 = 16 lesions destroyed (15+) -> 17111, not the pre-coded 17110. The two inflamed "
                  "knee lesions were not treated.",
})

SCENARIOS.append({
    "id": "s30-ds-ak-cryo-nine-medicare",
    "family": "destruction", "shape": "note-only",
    "description": "Adult partner: LN2 to 9 AKs on head; prior hand AKs resolved, SK not treated; Medicare FFS",
    "date": "2025-12-02",
    "patient": ("Kettering", "Walter", "1950-04-27", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Actinic keratoses", "L57.0", "Scalp, right temple, nose, left ear", reason=True),
        C("c2", "Personal history of squamous cell carcinoma of skin", "Z85.828", history=True),
        C("c3", "Seborrheic keratosis, back", "L82.1", "Back"),
    ],
    "note_title": "Procedure Note - Cryosurgery",
    "note": f"""{ADULT}
PROCEDURE NOTE                                   Samuel Weiss, MD

75 y/o M, hx SCC L forearm (excised 2022, NED). Presents for scheduled AK treatment. Reports rough,
tender spots on bald scalp.

Exam (focused): hyperkeratotic erythematous papules c/w AK -
  vertex/frontal scalp   x5
  R temple               x2
  nasal dorsum           x1
  L helix                x1
Dorsal hands: AKs treated 03/2025 have resolved; no new lesions there - none treated today.
Mid back: 1.1 cm stuck-on verrucous tan papule c/w SK, asymptomatic. Reassured, no tx.

PROCEDURE: Cryosurgery of premalignant lesions. Verbal consent. LN2 via Cry-Ac, 2 freeze-thaw cycles,
5-10 s each. Total lesions treated: 9 (nine). Tolerated well.
Post-care: blister/crust expected, petrolatum, sun protection.

A/P:
1. AK x9, destroyed as above.
2. Hx SCC - no evidence of recurrence at forearm scar.
3. SK back - benign, no treatment.
RTC 6 months FBSE.
""",
    "expected": E([L("17000"), L("17003", 8)], dx={"17000": ["L57.0"]}),
    "coder_note": "DS-1: 9 AKs -> 17000 + 17003 x8. Hand lesions resolved (none treated); SK not treated. No E/M "
                  "selected.",
})

SCENARIOS.append({
    "id": "s30-il-keloid-both-earlobes-k40",
    "family": "intralesional", "shape": "note-only",
    "description": "15 y/o, two earlobe keloids injected with Kenalog-40 0.4 + 0.3 mL (28 mg) -> 11900 + J3301 x3",
    "date": "2025-09-23",
    "patient": ("Nguyen", "Bao Tran", "2010-03-14", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Keloid, right earlobe", "L91.0", "Right earlobe", reason=True),
        C("c2", "Keloid, left earlobe", "L91.0", "Left earlobe", reason=True),
    ],
    "note_title": "Keloid Injection Visit",
    "note": f"""{PEDS}
Keloid injection visit - Ines Castellanos, MD

Bao Tran is 15 and here with her mother for her second round of shots for the keloids on both earlobes. They
started after ear piercing at age 12. They itch and are sore when she sleeps on her side. The first injection was
6 weeks ago and both are a little flatter and softer since then.

Exam: right earlobe keloid 1.2 x 0.9 cm, firm, pink; left earlobe keloid 0.8 x 0.7 cm. No new keloids elsewhere.

We talked again about options. Surgery to cut them out followed by injections is possible later, but we are
not doing any surgery today.

Procedure: ice and vibration for comfort. Triamcinolone acetonide (Kenalog-40, 40 mg per mL) injected into the
keloids with a 30-gauge needle:
   right earlobe: 0.4 mL
   left earlobe:  0.3 mL
Total 0.7 mL = 28 mg. Blanching seen in both. Small amount of bleeding stopped with pressure.

Told mom about possible lightening of the skin or thinning at the injection sites. Next injections in 6 weeks.
""",
    "expected": E([L("11900"), L("J3301", 3)], dx={"11900": ["L91.0"]}),
    "coder_note": "4.8: 2 lesions -> 11900. 0.7 mL x 40 mg/mL = 28 mg -> J3301 x3 (per 10 mg, rounded up). Excision "
                  "is only an option discussed.",
})

SCENARIOS.append({
    "id": "s30-il-alopecia-areata-nine-patches-dilute",
    "family": "intralesional", "shape": "free-text",
    "description": "13 y/o alopecia areata: 9 scalp patches, Kenalog-10 diluted to 5 mg/mL, 4.6 mL (23 mg); Medicaid",
    "date": "2025-10-07",
    "patient": ("Abdi", "Yusuf", "2012-06-01", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Alopecia areata", "L63.9", "Scalp", reason=True),
    ],
    "procedures": [
        P("Intralesional steroid injection, alopecia areata patches", site="Scalp",
          note="Triamcinolone acetonide 5 mg/mL (Kenalog-10 mixed 1:1 with sterile saline), 0.1 mL per site about "
               "1 cm apart, total volume 4.6 mL into nine patches.", reasons=["c1"]),
    ],
    "note_title": "Clinic Note",
    "note": f"""{PEDS}
Clinic note - Folake Adeyemi, MD

Yusuf (13) with his dad. Alopecia areata for a year. Since last visit 6 weeks ago, some regrowth in the two
oldest patches (fine white hairs) but three new patches showed up.

Exam: nine round patches of hair loss on the scalp, largest 4 x 3 cm at the crown, smallest 1 cm behind the
left ear. Exclamation-mark hairs at the edges of the new ones. Small patch in the right eyebrow. Nails with a few
pits.

Today: steroid shots into all nine scalp patches. We did NOT inject the eyebrow - dad would rather wait, and we
will check it next time.
Medicine: Kenalog-10 mixed half and half with saline so the strength is 5 mg per mL. About 0.1 mL per spot,
spaced 1 cm apart. Total used 4.6 mL. He held still with the vibration device and numbing spray.

Plan: keep using clobetasol solution at night on the patches (already prescribed, no change). Repeat
injections in 6 weeks. We talked about JAK-inhibitor pills for kids with lots of patches - that is something for
later if this keeps spreading, not now.
""",
    "expected": E([L("11901"), L("J3301", 3)]),
    "coder_note": "4.8: nine lesions (>7) -> 11901. 4.6 mL x 5 mg/mL = 23 mg -> J3301 x3. Eyebrow not injected; "
                  "clobetasol continued, no E/M selected.",
})

SCENARIOS.append({
    "id": "s30-il-precoded-11900-eight-keloids",
    "family": "intralesional", "shape": "pre-coded",
    "description": "Adult partner: pre-coded 11900 but 8 chest/shoulder keloids injected (60 mg) -> 11901 + J3301 x6; MA",
    "date": "2025-11-18",
    "patient": ("Prescott", "Delia", "1961-08-09", "female"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 25,
    "conditions": [
        C("c1", "Keloids, chest and shoulders", "L91.0", "Presternal chest, both shoulders", reason=True),
    ],
    "procedures": [
        P("Intralesional injection", cpt="11900", site="Chest, shoulders",
          note="ILK 40 mg/mL, see procedure note.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{ADULT}
Procedure: intralesional corticosteroid       Provider: S. Weiss MD

64F with symptomatic keloids (pruritus, tenderness with bra strap) at sites of old acne cysts. Last ILK
3 months ago with partial flattening.

Lesions injected:
 1-3. presternal chest, three keloids (2.5 cm, 1.8 cm, 1.1 cm)
 4-6. L shoulder, three keloids
 7-8. R shoulder, two keloids
Total: 8 lesions.
Drug: triamcinolone acetonide 40 mg/mL, 1.5 mL total (60 mg), 27G needle, until blanching.
No complications. Discussed atrophy, hypopigmentation, telangiectasia.
Not done today: cryo-assisted injection (considered for next visit).
F/u 6-8 weeks.
""",
    "expected": E([L("11901"), L("J3301", 6)], topics=["coding-correction"], dx={"11901": ["L91.0"]}),
    "coder_note": "4.8: 8 lesions is more than 7 -> 11901, not 11900. 1.5 mL x 40 mg/mL = 60 mg -> J3301 x6.",
})

SCENARIOS.append({
    "id": "s30-il-keloids-j3301-over-mue",
    "family": "intralesional", "shape": "free-text",
    "description": "Adult partner: six large trunk keloids, Kenalog-40 4.2 mL = 168 mg -> J3301 capped at MUE 16",
    "date": "2026-02-10",
    "patient": ("Osei-Bonsu", "Kwame", "1991-12-03", "male"),
    "provider": "lindgren", "payer": "commercial-cigna", "minutes": 30,
    "conditions": [
        C("c1", "Keloids of chest, upper back and shoulders", "L91.0", "Chest, upper back, shoulders", reason=True),
    ],
    "procedures": [
        P("ILK injection - keloids x6", site="Chest, upper back, both shoulders",
          note="Triamcinolone 40 mg/mL undiluted. Volumes: presternal 1.0 mL, L pectoral 0.6 mL, upper back 1.2 mL, "
               "L shoulder 0.5 mL, R shoulder 0.5 mL, R scapula 0.4 mL. Total 4.2 mL.", reasons=["c1"]),
    ],
    "note_title": "Dermatology Procedure Note",
    "note": f"""{ADULT}
Astrid Lindgren, MD - procedure note

34 y/o M, 112 kg, with longstanding painful, pruritic keloids after acne and a chest-wall burn. Prior ILK
series 2024 with good response; recurrence in all sites over the last year. Pt declines excision + radiation.

Exam: six firm keloids - presternal 6 x 3 cm, left pectoral 3 cm, upper back 7 x 2.5 cm, left shoulder 2.5 cm,
right shoulder 2 cm, right scapula 2 cm.

Procedure: intralesional triamcinolone acetonide, 40 mg/mL, undiluted, via 27G needle into all 6 keloids
(volumes per procedure record). Total 4.2 mL = 168 mg. Dose chosen given lesion burden and body weight;
discussed systemic absorption risk, skin atrophy, hypopigmentation. Pt agrees.

Plan: repeat in 8 weeks; consider 5-FU combination next session (not given today).
""",
    "expected": E([L("11900"), L("J3301", 16)], topics=["mue"], dx={"11900": ["L91.0"]}),
    "coder_note": "4.8: 6 lesions -> 11900. 168 mg -> 17 units of J3301 (per 10 mg) exceeds the MUE of 16 -> capped at "
                  "16 with an mue finding (README 'Coding decisions'). 5-FU not given.",
})

SCENARIOS.append({
    "id": "s30-nail-phenol-matricectomy-right-great-toe",
    "family": "nails", "shape": "note-only",
    "description": "14 y/o recurrent ingrown right great toenail, partial avulsion + phenol matricectomy -> 11750-T5",
    "date": "2025-09-09",
    "patient": ("Lindqvist-Moore", "Elias", "2011-01-22", "male"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 40,
    "conditions": [
        C("c1", "Ingrowing nail, right great toe", "L60.0", "Right great toe, lateral border", reason=True),
    ],
    "note_title": "Procedure Note - Ingrown Toenail",
    "note": f"""{PEDS}
Ingrown toenail procedure - June Abernathy, MD

Elias is 14 and here with his mom. The outside (lateral) edge of his RIGHT big toenail keeps growing into the
skin. This is the third time since last winter; the last two times he had the edge trimmed at urgent care and it
came back. It hurts in his cleats. No fever, no pus at home.

Exam: right great toe, lateral nail fold red and puffy with a small pink bump of granulation tissue. No pus,
no fluctuance - nothing to drain. Left great toe nail is a bit curved but NOT ingrown; we left it alone.

We talked with mom about a permanent fix for the side of the nail so it stops coming back. She signed consent.

Procedure: digital block with 1% lidocaine plain, 3 mL. Tourniquet. The lateral one-quarter of the right great
toenail was freed and removed down to and including the part under the cuticle. The nail matrix (root) under
that strip was treated with 88% phenol, three 30-second applications, then flushed with alcohol. Granulation
tissue wiped away with the same step. Tourniquet off at 6 minutes, good color back. Antibiotic ointment and
bulky dressing.

Home care: soak in warm soapy water twice a day starting tomorrow, keep covered, no soccer for one week.
Drainage for 2-3 weeks is normal after phenol. Recheck in 2 weeks.
""",
    "expected": E([L("11750", 1, "T5")], dx={"11750": ["L60.0"]}),
    "coder_note": "4.8: partial nail removal with chemical (phenol) matrix destruction for permanent removal -> 11750 "
                  "(not 11730); right great toe -> T5. Left toe not treated.",
})

SCENARIOS.append({
    "id": "s30-nail-avulsion-both-great-toes-no-matrix",
    "family": "nails", "shape": "free-text",
    "description": "16 y/o partial avulsions right then left great toe, no matricectomy -> 11730-T5 + 11732-TA",
    "date": "2025-10-28",
    "patient": ("Delacroix", "Sienna", "2009-07-11", "female"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 40,
    "conditions": [
        C("c1", "Ingrown toenail, right great toe", "L60.0", "Right great toe, medial border", reason=True),
        C("c2", "Ingrown toenail, left great toe", "L60.0", "Left great toe, lateral border", reason=True),
    ],
    "procedures": [
        P("Partial nail plate avulsion (first nail)", site="Right great toe, medial border",
          note="Digital block. Medial 3 mm strip of nail plate elevated and removed. Matrix left intact - no phenol, "
               "no matrix excision.", reasons=["c1"]),
        P("Partial nail plate avulsion (second nail)", site="Left great toe, lateral border",
          note="Same technique, lateral 3 mm strip removed. Matrix not treated.", reasons=["c2"]),
    ],
    "note_title": "Procedure Visit",
    "note": f"""{PEDS}
Procedure visit - Ines Castellanos, MD

Sienna (16) plays club soccer. Painful ingrown edges on both big toes for 3 weeks - first episode ever.
Mom asked about a "permanent" procedure; since this is the first time and the toes are not infected, we agreed
to remove just the ingrown edges today and NOT treat the root. If it comes back we can talk about phenol.

Exam: right great toe medial fold and left great toe lateral fold red and tender, nail spicule embedded. No pus,
no abscess. Other toenails normal.

Procedure (see procedure records for each toe): digital blocks, 1% lidocaine, 2.5 mL each toe.
  1st - RIGHT great toe: medial edge strip removed.
  2nd - LEFT great toe: lateral edge strip removed.
No matrixectomy on either toe. Hemostasis with pressure, Vaseline gauze and dressings.

Aftercare: warm soaks, wider shoes, trim nails straight across. Recheck only if not better in 2 weeks.
""",
    "expected": E([L("11730", 1, "T5"), L("11732", 1, "TA")], dx={"11730": ["L60.0"]}),
    "coder_note": "4.8: avulsion without matrix destruction -> 11730 first nail (right great toe, T5, done first) + "
                  "11732 additional nail (left great toe, TA). Lines with different digits stay separate.",
})

# =============================================================================================================
# Batch 2: nails, incision & drainage, repair, patch testing
# =============================================================================================================

SCENARIOS.append({
    "id": "s30-nail-precoded-11730-was-matricectomy",
    "family": "nails", "shape": "pre-coded",
    "description": "Pre-coded 11730 for a left great toe partial nail excision with lateral horn matrix excision -> 11750-TA",
    "date": "2025-12-16",
    "patient": ("Brennan", "Aoife", "2013-04-04", "female"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 40,
    "conditions": [
        C("c1", "Ingrowing nail, left great toe, recurrent", "L60.0", "Left great toe, lateral border", reason=True),
    ],
    "procedures": [
        P("Nail avulsion", cpt="11730", site="Left great toe",
          note="Partial, lateral border. Matrix horn excised - see note.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{PEDS}
Procedure note - Dr. Adeyemi

Aoife is 12. Her LEFT big toenail has grown into the outer side of the toe over and over - four times this
year, including one infection that needed antibiotics from her pediatrician in October. Today it is sore but not
infected (no pus, no spreading redness). Dad and Aoife want it fixed for good.

Consent signed by dad after talking about risks (infection, the nail edge growing back, a narrower nail).

Procedure: left great toe. Digital block with 1% lidocaine, 3 mL. Tourniquet. The lateral 4 mm of the nail was
split to the cuticle and removed. The lateral horn of the nail matrix was then cut out with a small curette and
scissors so this edge does not regrow (no phenol used - we did a surgical matrix excision instead). Hemostasis,
one Steri-Strip, antibiotic ointment, gauze.

Right big toe looked normal today. Return in 10 days for a check. Tylenol or ibuprofen for soreness.
""",
    "expected": E([L("11750", 1, "TA")], topics=["coding-correction"], dx={"11750": ["L60.0"]}),
    "coder_note": "4.8: partial nail removal with excision of the matrix horn for permanent removal -> 11750, not the "
                  "pre-coded avulsion 11730 (11750/11730 would bundle anyway). Left great toe -> TA.",
})

SCENARIOS.append({
    "id": "s30-nail-left-ring-finger-avulsion",
    "family": "nails", "shape": "free-text",
    "description": "Teen jammed finger, partly lifted nail removed from left ring finger, bed intact -> 11730-F3",
    "date": "2026-01-27",
    "patient": ("Mwangi", "Daniel", "2010-10-15", "male"),
    "provider": "abernathy", "payer": "commercial-uhc", "minutes": 30,
    "conditions": [
        C("c1", "Traumatic onycholysis with subungual hematoma, left ring finger", "L60.1", "Left ring finger",
          reason=True),
    ],
    "procedures": [
        P("Removal of loose nail plate", site="Left ring finger (4th digit, left hand)",
          note="Complete removal of the lifted nail plate after digital block. Nail bed inspected - intact, no "
               "laceration, nothing to repair.", reasons=["c1"]),
    ],
    "note_title": "Urgent Visit",
    "note": f"""{PEDS}
Same-day visit - June Abernathy, MD

Daniel (15) jammed his left ring finger in basketball 4 days ago. Urgent care x-ray the same day: no fracture
(report in chart). The nail has turned dark and is now lifting off and catching on everything; it hurts.

Exam: left hand, ring finger - nail plate lifted from the bed along its distal two-thirds, old blood
underneath, loose at the sides. No signs of infection. Other fingers fine.

We talked with Daniel and his mom about taking off the loose nail so it stops snagging and so I can look at the
nail bed.

Procedure: digital block (1% lidocaine, 2 mL). The loose nail plate of the left ring finger was gently freed and
removed in one piece. Nail bed looked intact - no cut that needed stitches. Xeroform and a finger dressing.

A new nail will take about 4-6 months to grow in. Keep it covered for sports. Return if redness or pus.
""",
    "expected": E([L("11730", 1, "F3")]),
    "coder_note": "4.8: nail avulsion, one nail -> 11730; left ring finger (left 4th digit) -> F3. No nail-bed repair.",
})

SCENARIOS.append({
    "id": "s30-id-thigh-abscess-inside-nail-global-79",
    "family": "incision-drainage", "shape": "note-only",
    "description": "Simple I&D right thigh abscess 6 days after 11750 on the left great toe (010 global) -> 10060-79",
    "date": "2026-01-12",
    "patient": ("Fairweather", "Owen", "2015-08-21", "male"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 25,
    "conditions": [
        C("c1", "Cutaneous abscess, right thigh", "L02.415", "Right anterior thigh", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-06", "11750", "Partial nail excision with phenol matricectomy, left great toe",
              "Left great toe", "Recurrent ingrown nail, lateral border."),
    ],
    "note_title": "Sick Visit",
    "note": f"""{PEDS}
Sick visit - June Abernathy, MD

Owen (10) had his left big toenail procedure here 6 days ago (phenol matricectomy, 01/06). Mom brings him in
today for something different: a painful red bump on the front of his RIGHT thigh for 3 days, getting bigger.
No fever. His cousin had "MRSA boils" over the holidays.

Exam: right anterior thigh, 2 cm tender fluctuant nodule with a small pustular head and 1 cm of surrounding pink
skin. No streaking. No other boils.

Procedure: incision and drainage of abscess. Cleaned with chlorhexidine, 1% lidocaine 1 mL. 6 mm incision,
moderate pus expressed, single cavity gently probed - no loculations. Culture swab sent. Not packed. Dressing.

Plan: warm compresses 3x/day. No antibiotics for now since it drained well; we will call with the culture.
Bleach baths twice a week for the household to cut down on repeat boils.
Toe: mom says it is draining as expected; she will keep the scheduled toe check next week.
""",
    "expected": E([L("10060", 1, "79")], topics=["global-period"], dx={"10060": ["L02.415"]}),
    "coder_note": "GS-5: new, unrelated procedure (different site, different problem) inside the 10-day global of "
                  "the 01/06 nail excision -> 79. Single simple abscess -> 10060.",
})

SCENARIOS.append({
    "id": "s30-id-precoded-10061-simple-em-decision-only",
    "family": "incision-drainage", "shape": "pre-coded",
    "description": "Pre-coded 99213 + 10061; single unpacked buttock abscess and no other problem -> 10060 only",
    "date": "2025-08-19",
    "patient": ("Castellano-Ruiz", "Mateo", "2019-11-02", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 20, "em": "99213",
    "conditions": [
        C("c1", "Abscess of buttock", "L02.31", "Left buttock", reason=True),
    ],
    "procedures": [
        P("Incision and drainage, abscess, complicated", cpt="10061", site="Left buttock", reasons=["c1"]),
    ],
    "note_title": "Acute Visit",
    "note": f"""{PEDS}
Acute visit - Ines Castellanos, MD

Mateo (5) with mom: a sore lump on the left buttock for 2 days, hurts to sit. No fever, eating and playing
normally. No other concerns today.

Exam: left buttock, 1.5 cm fluctuant, tender nodule with overlying redness. Otherwise well child.

Assessment: small skin abscess. Best treated by draining it; mom agrees.

I&D: EMLA, then 1% lidocaine 0.5 mL. Stab incision 4 mm, pus expressed from a single pocket. No loculations
to break up, wound not packed, no drain. Culture sent. Bandage.

Care: warm soaks, change bandage daily. No antibiotics needed. Return if fever or redness spreading.
""",
    "expected": E([L("10060")], topics=["coding-correction"], dx={"10060": ["L02.31"]}),
    "coder_note": "4.8: single abscess, no loculations/packing -> simple 10060, not 10061. GS-3: the visit only "
                  "evaluated the abscess and decided to drain it -> E/M removed (README: decision-only).",
})

SCENARIOS.append({
    "id": "s30-id-axillary-abscess-loculated-packed",
    "family": "incision-drainage", "shape": "free-text",
    "description": "17 y/o right axillary abscess, loculations broken and packed -> 10061; commercial",
    "date": "2025-11-25",
    "patient": ("Harrington", "Cole", "2008-06-17", "male"),
    "provider": "castellanos", "payer": "commercial-uhc", "minutes": 35,
    "conditions": [
        C("c1", "Abscess of right axilla", "L02.411", "Right axilla", reason=True),
    ],
    "procedures": [
        P("I&D axillary abscess with packing", site="Right axilla",
          note="3.5 cm fluctuant abscess. 1 cm incision, purulence drained, multiple loculations broken up with a "
               "hemostat, irrigated with saline, packed with 1/4 inch iodoform gauze (about 20 cm). Culture sent.",
          reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{PEDS}
Procedure note - Dr. Ines Castellanos

Cole is 17 and came in by himself (mom on the phone for consent). Big painful lump in his right armpit for
5 days, started after shaving. No fever. No prior boils; no history of hidradenitis in him or the family.

Exam: right axilla, 3.5 cm tender, warm, fluctuant abscess with a rim of redness. No lymph node swelling in the
left axilla, no other lesions.

Procedure: incision and drainage, complicated. Lidocaine 1% with epi, 4 mL field block. 1 cm incision. A lot of
pus came out; several pockets inside were broken up with a hemostat. Irrigated with saline, then packed with
iodoform strip. Culture sent. Tolerated well.

Plan: doxycycline 100 mg twice a day for 7 days (sent to pharmacy). Packing out in 2 days - mom or Cole can
pull it, shown how. Warm compresses. Stop shaving the armpit for now. Return if fever.
""",
    "expected": E([L("10061")], dx={"10061": ["L02.411"]}),
    "coder_note": "4.8: loculations broken up and wound packed -> complicated I&D 10061. No E/M selected.",
})

SCENARIOS.append({
    "id": "s30-rep-chin-and-forehead-lacerations-summed",
    "family": "repair", "shape": "note-only",
    "description": "4 y/o: simple repairs chin 1.8 cm + forehead 1.5 cm summed (face) -> 12013; knee abrasion only cleaned",
    "date": "2025-09-30",
    "patient": ("Kowalczyk", "Tymon", "2021-03-28", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 45,
    "conditions": [
        C("c1", "Lacerations of chin and forehead, initial encounter", "S01.81XA", "Chin; forehead", reason=True),
    ],
    "note_title": "Laceration Repair",
    "note": f"""{PEDS}
Laceration repair - Folake Adeyemi, MD

Tymon is 4. About an hour ago he tripped on the stairs at home (next door to our clinic building) and hit his
face on the edge of a step. Mom walked him straight over. He cried right away, no passing out, no vomiting,
acting like himself. Tetanus shots up to date.

Exam: two clean cuts on the face.
  - chin, under the jaw line: 1.8 cm
  - center of forehead: 1.5 cm
Both go through the skin only, edges line up, no dirt or glass, no bone showing. Left knee has a scrape
(abrasion) about 2 x 2 cm.

Repair (mom held him, papoose board not needed): LET gel 20 minutes, then a little 1% lidocaine. Both cuts
rinsed with saline. Each closed in a single layer with 6-0 fast-absorbing gut, simple interrupted. No deep
stitches needed.
Knee scrape: washed out and covered with petroleum jelly and a bandage - no stitches.

Stitches will dissolve in about a week. Keep clean, Vaseline twice a day, sunscreen on the scars for a year.
Call us for redness, pus or fever.
""",
    "expected": E([L("12013")]),
    "coder_note": "REP-1/REP-2: simple repairs of the same anatomic group (face) are summed: 1.8 + 1.5 = 3.3 cm -> 12013 "
                  "(2.6-5.0 cm). The abrasion was only cleaned and dressed.",
})

SCENARIOS.append({
    "id": "s30-rep-scalp-layered-plus-arm-simple-sum",
    "family": "repair", "shape": "free-text",
    "description": "13 y/o skateboard fall: layered scalp 4.2 cm (12032) + simple hand 1.6 and forearm 1.3 cm summed (12002)",
    "date": "2025-08-05",
    "patient": ("Sorensen", "Kai", "2012-05-09", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 60,
    "conditions": [
        C("c1", "Laceration of scalp, initial encounter", "S01.01XA", "Occipital scalp", reason=True),
        C("c2", "Laceration of left hand, initial encounter", "S61.412A", "Left hand, dorsum", reason=True),
        C("c3", "Laceration of left forearm, initial encounter", "S51.812A", "Left forearm", reason=True),
    ],
    "procedures": [
        P("Laceration repair, scalp - layered", site="Occipital scalp",
          note="4.2 cm. Deep layer closed with 4-0 Vicryl buried sutures, skin with staples.", reasons=["c1"]),
        P("Laceration repair, left hand - single layer", site="Left hand dorsum",
          note="1.6 cm, 5-0 nylon simple interrupted.", reasons=["c2"]),
        P("Laceration repair, left forearm - single layer", site="Left forearm",
          note="1.3 cm, 5-0 nylon simple interrupted.", reasons=["c3"]),
    ],
    "note_title": "Laceration Visit",
    "note": f"""{PEDS}
Laceration visit - Dr. Castellanos

Kai (13) fell off his skateboard 2 hours ago, wearing no helmet. Dad brought him in. No loss of consciousness,
no headache now, no vomiting, normal neuro check (see vitals/neuro flow sheet). Tetanus booster at 11.

Wounds:
  1. back of the scalp - 4.2 cm, gaping, into the fat under the skin
  2. back of the left hand - 1.6 cm, skin-deep
  3. left forearm - 1.3 cm, skin-deep
Plus road-rash on the right elbow (just cleaned and dressed, no closure).

Repairs (details in procedure records): lidocaine 1% with epinephrine, irrigation with 250 mL saline each.
  - Scalp: two-layer closure, buried absorbable sutures for the deep layer, then staples.
  - Hand and forearm: single-layer nylon stitches.

Head injury warning signs reviewed with dad. Staples out in 7-8 days, hand/forearm stitches in 10 days. Helmet
talk done.
""",
    "expected": E([L("12032"), L("12002")]),
    "coder_note": "REP-1/2/3: scalp layered closure -> intermediate 12031-12037 group, 4.2 cm -> 12032. Hand and forearm "
                  "simple repairs share the 12001-12007 group: 1.6 + 1.3 = 2.9 cm -> 12002. Not summed across complexity. "
                  "Elbow abrasion not repaired.",
})

SCENARIOS.append({
    "id": "s30-rep-precoded-complex-cheek-0-9cm",
    "family": "repair", "shape": "pre-coded",
    "description": "Adult partner: pre-coded 13131 for a 0.9 cm layered cheek laceration repair -> 12051; Medicare Advantage",
    "date": "2025-10-14",
    "patient": ("Albrecht", "Gisela", "1946-01-30", "female"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 30,
    "conditions": [
        C("c1", "Laceration of right cheek, initial encounter", "S01.411A", "Right cheek", reason=True),
    ],
    "procedures": [
        P("Repair, complex, cheek", cpt="13131", site="Right cheek",
          note="0.9 cm laceration, layered closure, edges freshened.", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{ADULT}
PROCEDURE NOTE - Samuel Weiss, MD

79F on apixaban, struck R cheek on a kitchen cabinet door this morning while here for a scheduled skin check
(skin check rescheduled). Brief bleeding controlled with pressure. No LOC. Td 2021.

Exam: R malar cheek, 0.9 cm stellate laceration into subcutaneous fat, ragged margins. No FB, no bony
step-off, facial nerve intact.

Procedure: repair of laceration, R cheek. 1% lido w/ epi 1.5 mL. Irrigated. Ragged edges trimmed with iris
scissors. Layered closure: 5-0 Monocryl buried dermal x2, 6-0 Prolene simple interrupted skin.
Final length 0.9 cm. No undermining required. No free margin involvement.

Wound care reviewed. Suture removal 5-6 days. Hold pressure 20 min if oozing on apixaban.
""",
    "expected": E([L("12051")], topics=["coding-correction"]),
    "coder_note": "REP-2: a complex repair of 1.0 cm or less is coded as simple or intermediate; the layered closure "
                  "makes it intermediate, face -> 12051 (<=2.5 cm), not 13131.",
})

SCENARIOS.append({
    "id": "s30-pt-eyelid-dermatitis-66-allergens-em25",
    "family": "patch-test", "shape": "note-only",
    "description": "16 y/o new patient eyelid dermatitis: 99204-25 + patch test application 38+24+4 = 66 allergens",
    "date": "2026-02-03",
    "patient": ("Pellegrino", "Chiara", "2009-09-09", "female"),
    "provider": "adeyemi", "payer": "commercial-aetna", "minutes": 55, "em": "99204",
    "conditions": [
        C("c1", "Eyelid dermatitis, suspected allergic contact dermatitis", "L23.9", "Both upper eyelids",
          reason=True),
    ],
    "note_title": "New Patient Consultation and Patch Test Placement",
    "note": f"""{PEDS}
New patient - Folake Adeyemi, MD        Referred by: Dr. P. Lam (pediatrics)

Chiara is 16 and here with her dad. Itchy, scaly, red upper eyelids on and off for 8 months, worse the last 2
months. She wears mascara and eyeliner most days, uses a new "clean beauty" eye cream, and started gel nail
polish in the fall. Hydrocortisone 1% helps for a few days only. No asthma; mild eczema as a toddler.
Pediatrician tried a 1-week course of cetirizine - no change.

Exam: both upper eyelids with pink, fine scaly, slightly thickened skin; no blisters, no crusting. Neck with a
faint pink patch on the right side. Rest of the skin clear - no flexural eczema.

Assessment: eyelid dermatitis, most likely allergic contact dermatitis (nail polish acrylates, preservatives or
fragrance suspected) vs. irritant or atopic. Needs patch testing.

Treatment today (separate from the testing): stop the eye cream and gel polish now. Start tacrolimus 0.03%
ointment twice daily to eyelids (prescription sent) - no steroid near the eyes for 48 h before the reading. Gentle
cleanser list given. Talked through what the results can and cannot tell us.

Patch test placement (upper back):
   North American pediatric baseline series - 38 allergens
   Cosmetic / preservative supplemental tray - 24 allergens
   Her own products tested "as is" - 4 (mascara, eyeliner, eye cream, nail polish)
   Total: 66 patches
Marked with skin marker; no showers or sweating until Thursday.

Reading #1 in 48 hours, final reading at 96 hours.
""",
    "expected": E([L("99204", 1, "25"), L("95044", 66)]),
    "coder_note": "4.8: 95044 units = number of allergens applied: 38 + 24 + 4 = 66. 95044/99204 PTP indicator 1; the new "
                  "problem work-up with a prescription is separately identifiable -> 99204-25.",
})

SCENARIOS.append({
    "id": "s30-pt-precoded-102-allergens-mue-cap",
    "family": "patch-test", "shape": "pre-coded",
    "description": "Adult partner: hairdresser hand dermatitis, 80 + 22 = 102 allergens applied -> 95044 capped at MUE 90",
    "date": "2025-09-16",
    "patient": ("Moreau", "Celine", "1980-02-14", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 30,
    "conditions": [
        C("c1", "Hand dermatitis, suspected allergic contact dermatitis", "L23.9", "Both hands", reason=True),
    ],
    "procedures": [
        P("Patch test application", cpt="95044", site="Upper back",
          note="Comprehensive series + hairdresser series, see note for counts.", reasons=["c1"]),
    ],
    "note_title": "Patch Test Application",
    "note": f"""{ADULT}
PATCH TEST APPLICATION - A. Lindgren MD

45F hairdresser, chronic hand dermatitis x 2 yr despite gloves and emollients. Seen 08/26 for eval (E/M done
that day). Today: application visit only. Off oral steroids > 4 weeks, no topical steroid on the back.

Series applied (Finn chambers, upper back):
  - North American comprehensive series: 80 allergens
  - Hairdresser series: 22 allergens
  Total allergens applied: 102
Back mapped and photographed. Instructions: keep dry, avoid sun on back, no strenuous exercise.

Readings at 48 h and 96 h (return 09/18 and 09/20).
""",
    "expected": E([L("95044", 90)], topics=["mue"]),
    "coder_note": "4.8: 102 tests applied, but 95044 MUE is 90 (MAI 3) -> units capped at 90 with an mue finding "
                  "(README 'Coding decisions'). No E/M today.",
})

# =============================================================================================================
# Batch 3: phototherapy, biopsy, benign and malignant excision
# =============================================================================================================

SCENARIOS.append({
    "id": "s30-ph-nbuvb-eczema-session-fourteen",
    "family": "phototherapy", "shape": "note-only",
    "description": "11 y/o severe atopic dermatitis, whole-body narrowband UVB session #14 -> 96900; Medicaid",
    "date": "2025-11-13",
    "patient": ("Haddad", "Layla", "2014-07-25", "female"),
    "provider": "castellanos", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Atopic dermatitis, severe", "L20.9", "Generalized", reason=True),
    ],
    "note_title": "Phototherapy Treatment Record",
    "note": f"""{PEDS}
LIGHT THERAPY TREATMENT RECORD          Ordering physician: Ines Castellanos, MD

Patient: Layla Haddad, 11 y      Diagnosis: atopic dermatitis (eczema), severe, 35% of body at start
Treatment: narrowband UVB (311 nm), whole-body cabinet, 3 times a week
Session number: 14

Check-in (with mom): itch is better, sleeping through the night 4 of the last 7 nights. No burning or redness
after the last session. Still using the triamcinolone ointment on bad spots - no changes.
Skin check by nurse: no pinkness from the last treatment. Goggles on, face shield used (face not treated).

Dose today: 650 mJ/cm2 (increased 10% per protocol). Time in booth 1 min 48 s. Tolerated well.

Mom asked about the eczema shot (dupilumab). Dr. Castellanos will go over it at the 3-month visit in
December - not discussed in detail today, no visit with the doctor today.

Next session: Saturday.
Nurse: T. Ortiz, RN          Reviewed/cosigned: I. Castellanos, MD
""",
    "expected": E([L("96900")], dx={"96900": ["L20.9"]}),
    "coder_note": "4.8: narrowband UVB (actinotherapy) session -> 96900 x1. No physician visit today, no E/M.",
})

SCENARIOS.append({
    "id": "s30-ph-excimer-vitiligo-precoded-wrong-band",
    "family": "phototherapy", "shape": "pre-coded",
    "description": "14 y/o vitiligo face + both hands, excimer total 280 sq cm; pre-coded 96920 -> 96921",
    "date": "2025-12-09",
    "patient": ("Rahman", "Arif", "2011-02-17", "male"),
    "provider": "adeyemi", "payer": "commercial-cigna", "minutes": 20,
    "conditions": [
        C("c1", "Vitiligo", "L80", "Face, both hands", reason=True),
    ],
    "procedures": [
        P("Excimer laser treatment", cpt="96920", site="Face; dorsal hands",
          note="308 nm excimer, treatment 9 of 24. Areas per note.", reasons=["c1"]),
    ],
    "note_title": "Excimer Laser Treatment",
    "html": True,
    "note": f"""<div class="note"><p>{PEDS}<br/>
Excimer laser visit - Folake Adeyemi, MD<br/>
<br/>
Arif (14) with mom for excimer treatment #9 for vitiligo. First faint brown dots of color coming back around<br/>
both eyes and on the knuckles. No blistering last time. Tacrolimus ointment at night continues.<br/>
<br/>
Areas treated today (measured with the grid template):<br/>
&nbsp;&nbsp;face (periocular, perioral, chin)&nbsp;&nbsp;60 sq cm<br/>
&nbsp;&nbsp;right hand dorsum + fingers&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 110 sq cm<br/>
&nbsp;&nbsp;left hand dorsum + fingers&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;110 sq cm<br/>
&nbsp;&nbsp;TOTAL&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 280 sq cm<br/>
Doses: face 250 mJ/cm2, hands 600 mJ/cm2 (no change from last time). Eye protection worn.<br/>
<br/>
Plan: twice weekly; reassess after treatment 24. Mom asked about treating the small new patch on his left<br/>
knee - we will add it next visit if it is still there (not treated today).</p></div>
""",
    "expected": E([L("96921")], topics=["coding-correction"], dx={"96921": ["L80"]}),
    "coder_note": "4.8: excimer is coded by total area treated in the session: 60 + 110 + 110 = 280 sq cm -> 96921 "
                  "(250-500 sq cm), not 96920. Knee patch not treated.",
})

SCENARIOS.append({
    "id": "s30-ph-puva-no-failed-therapy-abn-ga",
    "family": "phototherapy", "shape": "free-text",
    "description": "Adult partner: PUVA for limited psoriasis without failed conventional therapy, ABN signed -> 96912-GA",
    "date": "2025-10-02",
    "patient": ("Lundgren", "Harold", "1957-11-11", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 20,
    "conditions": [
        C("c1", "Psoriasis vulgaris", "L40.0", "Elbows, knees, lower back", reason=True),
    ],
    "procedures": [
        P("PUVA session", site="Whole body cabinet",
          note="Oral methoxsalen 0.4 mg/kg 90 min before. UVA 2.0 J/cm2. Treatment #3. ABN (CMS-R-131) signed "
               "09/22/2025 before the first session, on file.", reasons=["c1"]),
    ],
    "note_title": "Phototherapy Note",
    "note": f"""{ADULT}
PHOTOTHERAPY - PUVA                 Supervising: Samuel Weiss, MD

68M, plaque psoriasis of elbows, knees and lumbosacral area, ~7% BSA. Not disabling; works full time. He has
NOT had a trial of topical steroids, vitamin D analogues or narrowband UVB - he asked for PUVA specifically
because it cleared his brother. We explained Medicare covers PUVA only for severe psoriasis that has failed
conventional treatment, so this is expected to be denied; he chose to proceed and signed an ABN on 09/22/2025
(copy scanned). NB-UVB offered again today - declined.

Session #3: methoxsalen 0.4 mg/kg PO 90 min prior, UV-protective eyewear on, UVA 2.0 J/cm2. No erythema from
session #2. Tolerated.
Next: Monday.
""",
    "expected": E([L("96912", 1, "GA")], dx={"96912": ["L40.0"]}),
    "coder_note": "PHOTO-1/COS-4: NCD 250.1 limits PUVA to intractable, disabling psoriasis after failed conventional "
                  "therapy; criteria not met, Medicare FFS, ABN on file -> 96912-GA (README 'Coding decisions').",
})

SCENARIOS.append({
    "id": "s30-bx-punch-two-tangential-mtx-em25",
    "family": "biopsy", "shape": "note-only",
    "description": "Adult partner: psoriasis on methotrexate (99214-25) + punch forearm + 2 tangential bx; Medicare FFS",
    "date": "2025-11-06",
    "patient": ("Fitzgerald", "Maureen", "1954-05-03", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 40, "em": "99214",
    "conditions": [
        C("c1", "Psoriasis vulgaris on methotrexate", "L40.0", "Trunk, extremities", reason=True),
        C("c2", "Squamous cell carcinoma in situ, left forearm", "D04.62", "Left dorsal forearm", reason=True),
        C("c3", "Basal cell carcinoma, left cheek", "C44.319", "Left cheek", reason=True),
        C("c4", "Dysplastic nevus, moderate atypia, upper back", "D22.5", "Right upper back", reason=True),
    ],
    "path": [
        {"text": "A. Left dorsal forearm, punch: squamous cell carcinoma in situ (Bowen disease), extends to base.",
         "site": "Left dorsal forearm", "date": "2025-11-10"},
        {"text": "B. Left cheek, shave: basal cell carcinoma, nodular type.", "site": "Left cheek",
         "date": "2025-11-10"},
        {"text": "C. Right upper back, shave: compound dysplastic nevus with moderate architectural and cytologic "
                 "atypia, peripheral margin involved.", "site": "Right upper back", "date": "2025-11-10"},
    ],
    "note_title": "Dermatology Follow-up",
    "note": f"""{ADULT}
Astrid Lindgren, MD - established patient

71F, plaque psoriasis on methotrexate 15 mg weekly + folic acid. Here for 3-month MTX follow-up and new spots.

PSORIASIS: BSA 6% (was 9%). Mild nausea day after dose. CBC/CMP from 10/30 reviewed: ALT 52 (up from 31),
platelets normal. Plan: split MTX dose (7.5 mg x2 12 h apart), recheck LFTs in 4 weeks, limit alcohol; if ALT
still elevated consider switching to apremilast. Discussed.

NEW LESIONS (pt noticed 2 months ago):
 A. L dorsal forearm - 1.3 cm scaly pink plaque. DDx SCCIS vs psoriatic plaque. Punch biopsy 4 mm, 1 suture.
 B. L cheek - 5 mm pearly papule with telangiectasia. Tangential (shave) biopsy.
 C. R upper back - 7 mm irregular brown macule, changed color per husband. Tangential (saucerization) biopsy.
Hemostasis AlCl3. Wound care given. Consent signed for all three.

Also seen: several SKs on trunk - benign, no treatment. Prior BCC R shoulder (2019) scar without recurrence.

A/P:
1. Psoriasis on MTX with transaminase rise - dose split, labs, as above.
2. Three lesions biopsied, results to follow.
RTC 4 weeks (labs) / sooner with path.
""",
    "expected": E([L("99214", 1, "25"), L("11104"), L("11103", 2)],
                  dx={"11104": ["D04.62"]}),
    "coder_note": "BX-2: one punch + two tangential -> 11104 + 11103 x2. GS-3: methotrexate management with lab review "
                  "(high-risk drug therapy) is separately identifiable -> 99214-25. EM-6: no G2211 with modifier 25.",
})

SCENARIOS.append({
    "id": "s30-bx-precoded-11100-granuloma-annulare",
    "family": "biopsy", "shape": "pre-coded",
    "description": "10 y/o annular plaque, 4 mm punch biopsy pre-coded with deleted 11100 -> 11104; path GA",
    "date": "2025-08-26",
    "patient": ("Obi", "Chioma", "2015-03-12", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Granuloma annulare", "L92.0", "Right dorsal foot", reason=True),
    ],
    "procedures": [
        P("Biopsy of skin, single lesion", cpt="11100", site="Right dorsal foot",
          note="4 mm punch, one 5-0 nylon suture.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, right dorsal foot, punch biopsy: granuloma annulare, interstitial pattern. PAS negative for "
                 "fungi.", "site": "Right dorsal foot", "date": "2025-08-29"},
    ],
    "note_title": "Biopsy Visit",
    "note": f"""{PEDS}
Biopsy visit - Dr. Castellanos

Chioma (10) and her mom. Ring-shaped bump on the top of the right foot for 5 months, slowly getting bigger. Not
itchy. Her pediatrician did a skin scraping for fungus in July (negative) and tried clotrimazole for 4 weeks - no
change.

Exam: right dorsal foot, 2.5 cm ring of skin-colored to pink firm bumps with a normal-looking center. No scale.

Because it did not act like ringworm, we talked about a small biopsy to be sure. Mom agreed.
Procedure: 1% lidocaine with epi 0.5 mL. 4 mm punch biopsy from the edge of the ring. One nylon stitch. Vaseline
and bandage. Stitch out in 10-12 days (can be done by pediatrician).

Will call with results. If it is granuloma annulare, often no treatment is needed and it goes away by itself.
""",
    "expected": E([L("11104")], topics=["invalid-code"], dx={"11104": ["L92.0"]}),
    "coder_note": "BX-1: 11100 was deleted in 2019; a punch biopsy is 11104. Path posted: granuloma annulare L92.0.",
})

SCENARIOS.append({
    "id": "s30-bx-incisional-shin-plus-punch-forearm",
    "family": "biopsy", "shape": "free-text",
    "description": "Adult partner: incisional wedge bx of shin nodule + punch of forearm -> 11106 + 11105",
    "date": "2026-01-20",
    "patient": ("Vasquez", "Rolando", "1973-09-28", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 45,
    "conditions": [
        C("c1", "Tender nodules of shins", "M79.3", "Right anterior shin", reason=True),
        C("c2", "Papular eruption, forearms", None, "Left volar forearm", reason=True),
    ],
    "procedures": [
        P("Incisional biopsy (deep wedge, to fat)", site="Right anterior shin",
          note="Elliptical wedge 2.0 x 0.8 cm with a scalpel, full thickness including subcutaneous fat for "
               "panniculitis evaluation. Closed with 4-0 nylon.", reasons=["c1"]),
        P("Punch biopsy", site="Left volar forearm", note="4 mm punch, one suture.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Right shin, incisional: septal panniculitis without vasculitis, consistent with erythema nodosum.",
         "site": "Right anterior shin", "date": "2026-01-23"},
        {"text": "B. Left forearm, punch: spongiotic dermatitis with eosinophils.", "site": "Left volar forearm",
         "date": "2026-01-23"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{ADULT}
S. Weiss MD - procedure visit

52M with 6 wk of tender red nodules on both shins and a separate itchy papular rash on the forearms. Started
a new antihypertensive 2 months ago. Seen 01/13 for evaluation; returns for biopsies as planned.

Procedures (consent signed):
 1. R anterior shin nodule - incisional (wedge) biopsy with scalpel, deep into subcutaneous fat (panniculitis
    needs fat). 2.0 x 0.8 cm, closed 4-0 nylon.
 2. L volar forearm papule - 4 mm punch, 1 suture.
Hemostasis good. Specimens to derm path (H&E; PAS on A).
No excision planned; nodules too numerous.

Sutures out 10-14 days. Results call next week.
""",
    "expected": E([L("11106"), L("11105")], dx={"11106": ["L52"]}),
    "coder_note": "BX-1/BX-2: scalpel wedge to fat = incisional, the highest-ranked technique -> 11106 primary; the "
                  "punch becomes its add-on 11105. Path: erythema nodosum L52.",
})

SCENARIOS.append({
    "id": "s30-exb-epidermoid-cyst-back-layered",
    "family": "excision-benign", "shape": "note-only",
    "description": "Adult partner: 2.2 cm back cyst + 2 mm margins = 2.6 cm -> 11403; layered closure 7.0 cm -> 12032",
    "date": "2025-09-04",
    "patient": ("Ostrowski", "Pawel", "1981-07-07", "male"),
    "provider": "lindgren", "payer": "commercial", "minutes": 50,
    "conditions": [
        C("c1", "Epidermal cyst, upper back", "L72.0", "Upper back, midline", reason=True),
    ],
    "path": [
        {"text": "Skin and subcutis, upper back, excision: ruptured epidermal inclusion cyst with foreign-body giant "
                 "cell reaction, 2.4 cm. No atypia.", "site": "Upper back", "date": "2025-09-08"},
    ],
    "note_title": "Excision Note",
    "note": f"""{ADULT}
EXCISION - BENIGN LESION             Astrid Lindgren, MD

44M. Cyst upper back x 4 yr. Inflamed and drained twice in 2025 (urgent care I&D in March; doxy in June).
Painful when leaning against chairs. Wants it removed. Not inflamed today.

Lesion: mid upper back, 2.2 x 1.8 cm mobile subcutaneous cyst with punctum and surrounding scar.
Planned margins: 2 mm around the clinical lesion (narrowest margin 2 mm) -> excised diameter 2.6 cm.

Procedure: consent, time-out. 1% lido w/ epi 8 mL. Fusiform excision oriented along tension lines, ellipse
7.0 x 2.6 cm, to subcutaneous fat; cyst removed intact with surrounding scar. Moderate undermining.
Repair: layered closure - 3-0 Vicryl deep dermal interrupted, 4-0 nylon running skin. Final repair length 7.0 cm.
EBL < 5 mL.

Specimen to pathology. Sutures out 12-14 days. Activity: no heavy lifting 1 week.
""",
    "expected": E([L("11403"), L("12032")], dx={"11403": ["L72.0"]}),
    "coder_note": "EX-1: excised diameter = 2.2 + 2 x 0.2 = 2.6 cm (trunk) -> 11403; not the ellipse length or path "
                  "size. EX-5: layered closure separately reportable, trunk 7.0 cm -> 12032.",
})

SCENARIOS.append({
    "id": "s30-exb-precoded-pilomatricoma-neck-bands",
    "family": "excision-benign", "shape": "pre-coded",
    "description": "9 y/o neck pilomatricoma 1.0 cm + 1 mm margins = 1.2 cm; pre-coded 11421 + 12041 -> 11422 + 12042",
    "date": "2025-12-04",
    "patient": ("Ferreira", "Lucas", "2016-10-10", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 50,
    "conditions": [
        C("c1", "Pilomatricoma, left neck", "D23.4", "Left lateral neck", reason=True),
    ],
    "procedures": [
        P("Excision benign lesion neck", cpt="11421", site="Left lateral neck", reasons=["c1"]),
        P("Layered closure neck", cpt="12041", site="Left lateral neck", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left neck, excision: pilomatricoma (calcifying epithelioma of Malherbe), completely excised.",
         "site": "Left lateral neck", "date": "2025-12-09"},
    ],
    "note_title": "Surgery Note",
    "note": f"""{PEDS}
Minor surgery note - Folake Adeyemi, MD

Lucas (9) with mom and grandma. Hard bump on the left side of his neck for a year that has grown and turned
bluish; it hurts when his shirt collar rubs. On exam it is a rock-hard 1.0 cm nodule that moves under the skin -
this looks like a pilomatricoma (a harmless hair-root growth), and it will not go away on its own.

Consent from mom. Numbing cream 1 hour, then 1% lidocaine with epinephrine 2.5 mL.
Excision: lesion 1.0 cm, taken out with a narrow 1 mm margin all the way around (excised diameter 1.2 cm),
down to fat. Came out in one piece.
Closure: layered - 5-0 Monocryl deep stitches, 6-0 nylon on the skin. Length of the closed wound 2.8 cm.

Lucas was a champ. Stitches out in 7 days. Keep dry 24 hours. Tylenol if sore.
""",
    "expected": E([L("11422"), L("12042")], topics=["coding-correction"], dx={"11422": ["D23.4"]}),
    "coder_note": "EX-1/EX-2: 1.0 + 2 x 0.1 = 1.2 cm on the neck (SNHFG) -> 11422, not 11421. REP-2: intermediate repair "
                  "of the neck, 2.8 cm -> 12042 (2.6-7.5), not 12041.",
})

SCENARIOS.append({
    "id": "s30-exm-scc-left-forearm-after-biopsy",
    "family": "excision-malignant", "shape": "note-only",
    "description": "Adult partner: biopsy-proven SCC L forearm 1.4 cm + 4 mm margins = 2.2 -> 11603 + 12032; Medicare",
    "date": "2025-10-23",
    "patient": ("Delgado", "Ernesto", "1945-12-19", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 60,
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin, left forearm", "C44.629", "Left dorsal forearm", reason=True),
        C("c2", "Personal history of basal cell carcinoma", "Z85.828", history=True),
    ],
    "prior": [
        PRIOR("2025-10-07", "11102", "Tangential biopsy, left dorsal forearm", "Left dorsal forearm",
              "Path: well-differentiated invasive SCC."),
    ],
    "path": [
        {"text": "Skin, left dorsal forearm, excision: invasive squamous cell carcinoma, well differentiated, "
                 "depth 1.1 mm, no perineural invasion; margins free (closest 3 mm).", "site": "Left dorsal forearm",
         "date": "2025-10-27"},
    ],
    "note_title": "Operative Note - Excision",
    "note": f"""{ADULT}
OPERATIVE NOTE - EXCISION OF MALIGNANT LESION           Samuel Weiss, MD

79M. Biopsy 10/07/2025 (our office): well-differentiated invasive SCC, L dorsal forearm. Area L per AUC;
not a Mohs candidate - standard excision planned at that visit. Hx BCC R temple 2018 (Mohs), no recurrence.
ED&C was considered and rejected given a history of recurrence elsewhere; not performed.

Pre-op lesion (biopsy scar + residual tumor): 1.4 x 1.1 cm.
Margin: 4 mm clinical margin circumferentially -> excised diameter 2.2 cm.

Procedure: time-out. 1% lido with epi 10 mL. Fusiform excision to deep subcutaneous fat, 6.0 cm long. Specimen
oriented with suture at 12 o'clock.
Repair: intermediate (layered) - 4-0 Monocryl buried, 4-0 Prolene running. Closed length 6.0 cm. No flaps.

Tolerated well. Sutures out 14 days. Path to follow.
""",
    "expected": E([L("11603"), L("12032")], dx={"11603": ["C44.629"]}),
    "coder_note": "EX-1: 1.4 + 2 x 0.4 = 2.2 cm, trunk/arm/leg, malignant path -> 11603. EX-5: layered closure of the arm "
                  "6.0 cm -> 12032. The biopsy 16 days earlier is 000-global, so no global modifier.",
})

SCENARIOS.append({
    "id": "s30-exm-mis-reexcision-positive-margin-58",
    "family": "excision-malignant", "shape": "free-text",
    "description": "Adult partner: re-excision of MIS upper back 7 days after 11602 (010) for positive margin -> 11603-58",
    "date": "2026-02-09",
    "patient": ("Whitlock", "Jenna", "1986-04-22", "female"),
    "provider": "lindgren", "payer": "commercial-aetna", "minutes": 45,
    "conditions": [
        C("c1", "Melanoma in situ, upper back", "D03.59", "Left upper back", reason=True),
    ],
    "prior": [
        PRIOR("2026-02-02", "11602", "Excision, melanoma in situ, left upper back, 1.6 cm excised diameter",
              "Left upper back", "Path: melanoma in situ, lateral peripheral margin involved."),
    ],
    "procedures": [
        P("Re-excision of melanoma in situ for positive margin", site="Left upper back",
          note="Healing scar 2.0 cm incl. residual pigment. 5 mm margins -> 3.0 cm excised diameter. Single-layer "
               "closure, 4-0 nylon vertical mattress.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left upper back, re-excision: healing scar; no residual melanoma in situ. Margins negative.",
         "site": "Left upper back", "date": "2026-02-12"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{ADULT}
A. Lindgren MD - re-excision

39F. MIS L upper back excised here 02/02/2026; path showed the lateral peripheral margin involved. Returns for
the planned wider re-excision (staged, discussed at the 02/02 visit).

Site: healing linear scar; clinical area incl. scar and faint residual pigment 2.0 cm. 5 mm margins marked ->
3.0 cm excised diameter. Excised to fascia. Wound edges approximated in a single layer (vertical mattress); good
laxity, no deep sutures needed.

Pt also asked about a mole on her R thigh - looks benign, photographed for comparison, nothing done.
F/u 2 weeks, then FBSE every 6 months.
""",
    "expected": E([L("11603", 1, "58")], topics=["global-period"], dx={"11603": ["D03.59"]}),
    "coder_note": "EX-3/EX-4: MIS -> malignant code even with a negative re-excision specimen; 2.0 + 2 x 0.5 = 3.0 cm -> "
                  "11603. Inside the 10-day global of the 02/02 excision, staged -> 58. Simple closure included.",
})

# =============================================================================================================
# Batch 4: malignant excision, shave, Mohs referral (not done), E/M, post-op
# =============================================================================================================

SCENARIOS.append({
    "id": "s30-exm-precoded-benign-code-path-bcc-scalp",
    "family": "excision-malignant", "shape": "pre-coded",
    "description": "Adult partner: unbiopsied scalp papule excised, pre-coded 11422; path BCC, 0.8 + 2 x 0.2 = 1.2 -> 11622",
    "date": "2025-08-12",
    "patient": ("Brandt", "Emil", "1959-02-02", "male"),
    "provider": "weiss", "payer": "medicare-advantage", "minutes": 40,
    "conditions": [
        C("c1", "Basal cell carcinoma of scalp", "C44.41", "Left parietal scalp", reason=True),
    ],
    "procedures": [
        P("Excision, benign lesion, scalp", cpt="11422", site="Left parietal scalp",
          note="Firm pearly papule, excised with 2 mm margins; simple closure.", reasons=["c1"]),
    ],
    "path": [
        {"text": "Skin, left parietal scalp, excision: basal cell carcinoma, nodular and micronodular, 0.7 cm; "
                 "margins clear by 1.5 mm.", "site": "Left parietal scalp", "date": "2025-08-15"},
    ],
    "note_title": "Excision Note",
    "note": f"""{ADULT}
EXCISION                                         S. Weiss, MD

66M, bald, with a firm shiny papule L parietal scalp x 6 mo, occasionally bleeds when he scratches it. Clinical
DDx: BCC vs adnexal tumor vs irritated dermal nevus. Discussed biopsy first vs excisional diagnosis; pt prefers
single procedure.

Lesion: 0.8 cm. Margins 2 mm -> excised diameter 1.2 cm.
Excision to subcutaneous fat, fusiform 3.5 cm. Hemostasis with cautery.
Closure: simple, single layer, 4-0 nylon interrupted (scalp laxity adequate, no layered closure needed).

Path pending. If malignant with clear margins, no further surgery; if positive margins, will discuss Mohs
referral.
""",
    "expected": E([L("11622")], topics=["coding-correction"], dx={"11622": ["C44.41"]}),
    "coder_note": "EX-3/DX-2: final pathology is BCC -> malignant excision family; 0.8 + 2 x 0.2 = 1.2 cm, scalp (SNHFG) -> "
                  "11622, not the pre-coded benign 11422. Simple closure included.",
})

SCENARIOS.append({
    "id": "s30-shave-bleeding-nevus-right-cheek-teen",
    "family": "shave", "shape": "note-only",
    "description": "17 y/o raised nevus on right cheek that bleeds with shaving, 0.5 cm shave removal -> 11310",
    "date": "2025-09-18",
    "patient": ("Kaminski", "Noah", "2008-03-30", "male"),
    "provider": "castellanos", "payer": "commercial", "minutes": 20,
    "conditions": [
        C("c1", "Intradermal nevus, right cheek", "D22.39", "Right cheek", reason=True),
    ],
    "path": [
        {"text": "Skin, right cheek, shave: intradermal melanocytic nevus, irritated. No atypia.", "site": "Right cheek",
         "date": "2025-09-22"},
    ],
    "note_title": "Procedure Visit",
    "note": f"""{PEDS}
Procedure visit - Ines Castellanos, MD

Noah is 17 and came with his dad. A raised mole on his right cheek gets nicked every time he shaves - it has
bled at least five times in the last two months and is sore for a day after each time.

Exam: right cheek, 0.5 cm soft, skin-colored to light-brown dome-shaped papule, even color. Looks like a
benign "dermal" mole that is being irritated. Other moles on his back and arms look normal - nothing done there.

Plan: shave removal so it is flat and stops bleeding; tissue to the lab. Dad and Noah agreed after hearing about
a small flat mark that may stay lighter or pinker.

Procedure: 1% lidocaine with epi 0.3 mL. The mole was removed flush with the skin using a flexible blade. Bleeding
stopped with aluminum chloride. Vaseline and bandage.

Care: Vaseline daily until healed (about 1-2 weeks), shave around the spot for now.
""",
    "expected": E([L("11310")], dx={"11310": ["D22.39"]}),
    "coder_note": "SH-1/BX-4: therapeutic shave removal of the whole lesion (not a biopsy), face, 0.5 cm -> 11310. "
                  "Repeated bleeding documents medical necessity.",
})

SCENARIOS.append({
    "id": "s30-shave-two-inflamed-sk-trunk-leg",
    "family": "shave", "shape": "free-text",
    "description": "Adult partner: shave removal inflamed SKs, back 0.7 cm (11301) and left thigh 1.4 cm (11302); Medicare",
    "date": "2025-11-20",
    "patient": ("Halloran", "Patricia", "1948-06-14", "female"),
    "provider": "lindgren", "payer": "medicare", "minutes": 25,
    "conditions": [
        C("c1", "Inflamed seborrheic keratosis, back", "L82.0", "Right mid back", reason=True),
        C("c2", "Inflamed seborrheic keratosis, left thigh", "L82.0", "Left lateral thigh", reason=True),
    ],
    "procedures": [
        P("Shave removal", site="Right mid back",
          note="0.7 cm inflamed, crusted SK at bra line, bleeding. Shaved flush with DermaBlade, AlCl3.", reasons=["c1"]),
        P("Shave removal", site="Left lateral thigh",
          note="1.4 cm inflamed, oozing SK where purse strap rubs. Shaved flush, AlCl3.", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Right back, shave: irritated seborrheic keratosis.", "site": "Right mid back", "date": "2025-11-24"},
        {"text": "B. Left thigh, shave: inflamed seborrheic keratosis with squamous eddies; no dysplasia.",
         "site": "Left lateral thigh", "date": "2025-11-24"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{ADULT}
Astrid Lindgren, MD - procedure note

77F with two SKs that have become red, crusted and bleed from friction (bra strap; purse strap). Both painful.

Exam:
 - R mid back at bra line: 0.7 cm erythematous crusted stuck-on papule, hemorrhagic crust
 - L lateral thigh: 1.4 cm inflamed verrucous plaque with oozing and surrounding erythema
Numerous other SKs on the trunk, asymptomatic - pt understands removal of those would be cosmetic; none treated.

Procedures: shave removal x2 (see procedure records), lidocaine w/ epi, hemostasis AlCl3. Both to path.
Wound care: petrolatum, bandage, 2 weeks to heal.
""",
    "expected": E([L("11301"), L("11302")], dx={"11301": ["L82.0"], "11302": ["L82.0"]}),
    "coder_note": "SH-1: trunk/legs (TAL), per lesion by diameter: 0.7 cm -> 11301, 1.4 cm -> 11302. Inflamed, bleeding "
                  "SKs meet BSL-3 (a, c, g) so no GY; the asymptomatic SKs were not treated.",
})

SCENARIOS.append({
    "id": "s30-shave-precoded-scalp-size-missing",
    "family": "shave", "shape": "pre-coded",
    "description": "Adult partner: pre-coded shaves neck 11305 and scalp 11306; scalp lesion never measured -> 11305 only",
    "date": "2026-01-08",
    "patient": ("Novak", "Stefan", "1967-10-05", "male"),
    "provider": "weiss", "payer": "commercial-uhc", "minutes": 25,
    "conditions": [
        C("c1", "Irritated seborrheic keratosis, neck", "L82.0", "Left posterior neck", reason=True),
        C("c2", "Irritated seborrheic keratosis, scalp", "L82.0", "Crown of scalp", reason=True),
    ],
    "procedures": [
        P("Shave removal, neck", cpt="11305", site="Left posterior neck", reasons=["c1"]),
        P("Shave removal, scalp", cpt="11306", site="Crown of scalp", reasons=["c2"]),
    ],
    "path": [
        {"text": "A. Left posterior neck, shave: irritated seborrheic keratosis.", "site": "Left posterior neck",
         "date": "2026-01-12"},
        {"text": "B. Scalp, crown, shave: irritated seborrheic keratosis.", "site": "Crown of scalp",
         "date": "2026-01-12"},
    ],
    "note_title": "Procedure Note",
    "note": f"""{ADULT}
PROCEDURE NOTE - S. Weiss MD

58M: two irritated growths. (1) L posterior neck, rubs on collar and bleeds - 0.4 cm red crusted papule.
(2) Crown of scalp - verrucous papule that catches on his comb, bled twice this month, tender.

Both removed by shave technique flush with surrounding skin, lidocaine 1% w/ epi, AlCl3 hemostasis, sent to path.
Tolerated. Wound care sheet.

Note: other SKs on back not treated (asymptomatic).
""",
    "expected": E([L("11305")], topics=["missing-documentation"], dx={"11305": ["L82.0"]}),
    "coder_note": "SH-1: neck 0.4 cm -> 11305. The scalp lesion's diameter is never documented, so no size-banded shave "
                  "line can be supported -> no 11306 + missing-documentation (README 'Coding decisions').",
})

SCENARIOS.append({
    "id": "s30-mohs-referral-results-visit-nasal-bcc",
    "family": "mohs", "shape": "note-only",
    "description": "Adult partner: results visit for nasal BCC, Mohs discussed and referred out, not performed -> 99214 only",
    "date": "2025-10-16",
    "patient": ("Sandoval", "Teresa", "1964-08-08", "female"),
    "provider": "lindgren", "payer": "commercial", "minutes": 32, "em": "99214",
    "conditions": [
        C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "Right nasal ala", reason=True),
    ],
    "prior": [
        PRIOR("2025-10-02", "11102", "Tangential biopsy, right nasal ala", "Right nasal ala",
              "Path: nodular BCC, extends to deep margin."),
    ],
    "note_title": "Follow-up - Pathology Results",
    "note": f"""{ADULT}
Astrid Lindgren, MD - follow-up

61F returns to discuss biopsy (10/02) of R nasal ala: nodular BCC, transected at the deep margin.

Discussion (32 min total today, majority counseling): diagnosis, natural history, treatment options -
  a) Mohs micrographic surgery - tissue-sparing, highest cure rate; appropriate (AUC area H, nose).
  b) standard excision with 4 mm margins + flap/graft - higher risk of positive margins on the nose.
  c) radiation - reserved for non-surgical candidates.
  d) topical imiquimod / ED&C - not appropriate for nodular BCC on the nose.
Pt chooses Mohs. Referral placed to Dr. R. Achebe, Mohs surgeon, Lakeview Skin Surgery Center; records and
path sent. Mohs will NOT be done in this office. Pt also asked about reconstruction - deferred to the Mohs surgeon.

No procedures today. Biopsy site healed.
Also: uses tretinoin 0.025% for photoaging - hold on the nose until after Mohs.

A/P: BCC R nasal ala - referred for Mohs. RTC 3 months after surgery for FBSE.
""",
    "expected": E([L("99214")], dx={"99214": ["C44.311"]}),
    "coder_note": "MOHS-1: Mohs is only discussed and referred to an outside surgeon; nothing is performed here. The "
                  "provider-selected 99214 stands (no procedure, no modifier). The biopsy 14 days ago is 000-global.",
})

SCENARIOS.append({
    "id": "s30-mohs-not-done-ear-scc-plus-back-biopsy",
    "family": "mohs", "shape": "pre-coded",
    "description": "Adult partner: 17311 ordered as not-done (referred), same-day tangential bx of new back lesion -> 99214-25 + 11102",
    "date": "2025-12-11",
    "patient": ("Ashworth", "Gerald", "1951-03-17", "male"),
    "provider": "weiss", "payer": "medicare-advantage-ppo", "minutes": 35, "em": "99214",
    "conditions": [
        C("c1", "Squamous cell carcinoma of skin, right ear", "C44.222", "Right helix", reason=True),
        C("c2", "Basal cell carcinoma, superficial, back", "C44.519", "Left mid back", reason=True),
    ],
    "procedures": [
        P("Mohs micrographic surgery, head/neck, first stage", cpt="17311", site="Right helix",
          status="not-done", note="Referred to outside Mohs surgeon - not performed in this office.",
          reasons=["c1"]),
        P("Tangential biopsy of skin", cpt="11102", site="Left mid back", reasons=["c2"]),
    ],
    "path": [
        {"text": "Skin, left mid back, shave biopsy: superficial basal cell carcinoma.", "site": "Left mid back",
         "date": "2025-12-15"},
    ],
    "note_title": "Dermatology Visit",
    "note": f"""{ADULT}
Samuel Weiss, MD - established pt

74M. (1) Results of R helix biopsy 11/25: well-differentiated invasive SCC. (2) New spot on back his wife found.

1. SCC R helix - reviewed path, examined site (0.9 cm crusted papule at biopsy site), no palpable
   preauricular/cervical nodes. Ear = AUC area H; Mohs recommended. Options, risks, and the need for possible
   cartilage-involving repair discussed. Referred to Dr. Y. Park (Mohs, St. Brigid's). Mohs order entered for
   referral tracking only - NOT performed here. Pt on clopidogrel: instructed not to stop without cardiology input;
   letter to Mohs office.
2. L mid back - 0.8 cm pink scaly thin plaque, ?superficial BCC vs ISK. Tangential (shave) biopsy today, AlCl3,
   bandage. Consent signed.

Total time 35 min excluding the biopsy.
F/u after Mohs; path call next week.
""",
    "expected": E([L("99214", 1, "25"), L("11102")], dx={"11102": ["C44.519"]}),
    "coder_note": "The 17311 Procedure is not-done (referral tracking); Mohs is never billed here. The SCC results/"
                  "referral work is separate from the back biopsy -> 99214-25 + 11102 (GS-3).",
})

SCENARIOS.append({
    "id": "s30-em-isotretinoin-month-four",
    "family": "em", "shape": "note-only",
    "description": "17 y/o nodulocystic acne on isotretinoin, labs reviewed; extraction/ILK not done -> 99214 only",
    "date": "2025-10-09",
    "patient": ("Bianchi", "Marco", "2008-05-27", "male"),
    "provider": "castellanos", "payer": "commercial-cigna", "minutes": 30, "em": "99214",
    "conditions": [
        C("c1", "Acne conglobata (nodulocystic acne)", "L70.1", "Face, chest, back", reason=True),
    ],
    "note_title": "Isotretinoin Follow-up",
    "note": f"""{PEDS}
Isotretinoin follow-up (month 4) - Ines Castellanos, MD

Marco (17) with his mom. On isotretinoin 60 mg daily (about 0.9 mg/kg) for nodulocystic acne of face, chest and
back. iPLEDGE confirmed today.

How it is going: far fewer new bumps; two tender cysts on the chest this month. Dry lips and nosebleeds twice.
No headaches, no vision changes, no joint pain. Mood: we did the PHQ-A together - score 2, no thoughts of self-
harm. Mom agrees he seems like himself.

Labs from 10/06 reviewed with them: triglycerides 212 (up from 148), ALT 28, cholesterol 191.

Exam: a few inflamed papules on the cheeks, 2 nodules on the chest, many healing red marks. Cheilitis.

Plan:
 - Triglycerides up: keep the same dose, cut back on sugary drinks and fast food, repeat fasting lipids in 4
   weeks. If over 400 we will lower the dose.
 - Lip balm often, saline nasal gel, humidifier.
 - I offered a steroid shot into the biggest chest cyst and extraction of the few closed comedones on his chin -
   Marco said no thanks, so neither was done.
 - Cumulative dose so far about 100 mg/kg; aim 120-150 mg/kg.
Return in 4 weeks with labs.
""",
    "expected": E([L("99214")]),
    "coder_note": "EM-4: drug therapy needing intensive toxicity monitoring; provider-selected 99214 kept. Intralesional "
                  "injection and comedone extraction were offered and declined -> no procedure lines.",
})

SCENARIOS.append({
    "id": "s30-em-medicare-screening-skin-exam-gy",
    "family": "em", "shape": "note-only",
    "description": "Adult partner: Medicare FFS new patient screening-only full skin exam, no history/complaint/findings -> 99203-GY",
    "date": "2025-09-25",
    "patient": ("Jorgensen", "Linnea", "1958-12-01", "female"),
    "provider": "weiss", "payer": "medicare", "minutes": 25, "em": "99203",
    "conditions": [
        C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True),
    ],
    "note_title": "New Patient - Skin Check",
    "note": f"""{ADULT}
NEW PATIENT                                   Samuel Weiss, MD

66F requests a "yearly skin check" - a friend was recently diagnosed with melanoma. No new, changing, itching or
bleeding lesions that she is aware of. No personal history of skin cancer, no precancers treated. No family
history of melanoma. No immunosuppression. Fair skin, occasional sunburns as a child.

Full skin examination (scalp, face, trunk, extremities, palms/soles, nails, genitalia deferred per pt):
no suspicious lesions; nothing atypical. Nothing to biopsy or treat.

Counseling: sun protection, self-examination monthly (ABCDE handout), return for any changing lesion.
No prescriptions.

Assessment: screening skin exam, normal.
""",
    "expected": E([L("99203", 1, "GY")], dx={"99203": ["Z12.83"]}),
    "coder_note": "DX-5: Medicare has no skin-cancer screening benefit; screening-only exam with no history, complaint "
                  "or finding -> E/M with GY (README 'Coding decisions').",
})

SCENARIOS.append({
    "id": "s30-em-new-pt-severe-eczema-dupilumab",
    "family": "em", "shape": "note-only",
    "description": "6 y/o new patient severe atopic dermatitis, dupilumab started; phototherapy only discussed -> 99204",
    "date": "2026-02-17",
    "patient": ("Mensah", "Abena", "2019-09-04", "female"),
    "provider": "adeyemi", "payer": "medicaid-mco", "minutes": 60, "em": "99204",
    "conditions": [
        C("c1", "Atopic dermatitis, severe", "L20.89", "Generalized", reason=True),
    ],
    "note_title": "New Patient Visit",
    "note": f"""{PEDS}
New patient - Folake Adeyemi, MD

Abena is 6 and here with her mom and grandmother, referred by her pediatrician for eczema that "never
clears". Itchy since infancy; the last year she has been waking 3-4 times a night. Missed 9 school days this
term. Tried: hydrocortisone 2.5%, triamcinolone 0.1% (helps, comes right back), crisaborole (stings), bleach baths.
Two skin infections treated with cephalexin this year. Mild asthma (albuterol as needed). No food allergies
proven.

Exam: widespread eczema - face around the mouth and eyes, neck, arms, legs, creases and trunk. Thickened skin
behind knees and on wrists, scratch marks. About 45% of her body. No crusting or punched-out sores today.
EASI 31 (severe). Growth normal for age.

Assessment: severe atopic dermatitis not controlled with strong topical therapy.

Plan:
 - Start dupilumab (weight 21 kg: 300 mg every 4 weeks after loading dose). Prior authorization submitted today.
   Mom taught injection technique with a trainer pen; first dose will be given at our nurse visit once approved.
 - Conjunctivitis risk, lab needs (none routinely) and vaccines reviewed.
 - Bridge: triamcinolone 0.1% ointment twice daily to body up to 2 weeks, tacrolimus 0.03% to face.
 - Light therapy was discussed but not a good fit (3 visits a week, school) - not ordering.
 - Bleach baths twice a week continue.
Return in 6 weeks.
""",
    "expected": E([L("99204")]),
    "coder_note": "Provider-selected new-patient 99204 kept; no procedures (dupilumab injection will happen at a later "
                  "nurse visit; phototherapy only discussed).",
})

SCENARIOS.append({
    "id": "s30-po-suture-removal-in-global-99024",
    "family": "post-op", "shape": "note-only",
    "description": "Suture removal 8 days after 11402 on the arm (010 global), provider selected 99212 -> 99024",
    "date": "2026-01-13",
    "patient": ("Yamamoto", "Hana", "2012-12-12", "female"),
    "provider": "castellanos", "payer": "commercial", "minutes": 10, "em": "99212",
    "conditions": [
        C("c1", "Encounter for removal of sutures", "Z48.02", "Left upper arm", reason=True),
    ],
    "prior": [
        PRIOR("2026-01-05", "11402", "Excision of benign lesion (dermatofibroma), left upper arm, 1.3 cm",
              "Left upper arm"),
    ],
    "note_title": "Suture Removal",
    "note": f"""{PEDS}
Stitch removal - Dr. Castellanos

Hana (13) is here with mom 8 days after we removed the painful bump (dermatofibroma, path confirmed) from her left
upper arm on 01/05. No problems at home: no fever, no pus, only a little itch.

Wound: well healed, edges together, no redness or drainage.
Removed 5 nylon stitches; Steri-Strips placed.

Scar care: silicone gel or Vaseline, sunscreen once healed. No other concerns today.
""",
    "expected": E([L("99024")], topics=["global-period"]),
    "coder_note": "GS-5/conventions: routine post-op visit inside the 10-day global of 11402 -> 99024, not an E/M.",
})

# =============================================================================================================
# Batch 5: post-op, cosmetic, skin tags, paring, mixed
# =============================================================================================================

SCENARIOS.append({
    "id": "s30-po-tinea-capitis-inside-id-global-24",
    "family": "post-op", "shape": "free-text",
    "description": "7 days after 10061 on the thigh (010), new unrelated tinea capitis visit with oral Rx -> 99213-24",
    "date": "2026-02-09",
    "patient": ("Adebayo", "Tobi", "2017-01-19", "male"),
    "provider": "adeyemi", "payer": "medicaid", "minutes": 25, "em": "99213",
    "conditions": [
        C("c1", "Tinea capitis", "B35.0", "Occipital scalp", reason=True),
    ],
    "prior": [
        PRIOR("2026-02-02", "10061", "I&D complicated abscess with packing, left thigh", "Left thigh"),
    ],
    "procedures": [
        P("Scalp brushing for fungal culture", site="Occipital scalp",
          note="Sterile toothbrush technique; specimen sent to reference lab for fungal culture.", reasons=["c1"]),
    ],
    "note_title": "Sick Visit",
    "note": f"""{PEDS}
Sick visit - Folake Adeyemi, MD

Tobi (9) with his dad for a NEW problem: scaly patches with hair breaking off on the back of his head for 3
weeks. Itchy. Two boys in his class have "ringworm". 

(The thigh abscess we drained and packed on 02/02: dad took the packing out at home on day 2 as shown; he says it
has closed and has no questions about it. Not the reason for today's visit.)

Exam: occipital scalp with two 2-3 cm scaly patches, broken hairs ("black dots"), one boggy area without pus.
Tender lymph node behind the left ear.

Assessment: tinea capitis (scalp ringworm).
Plan:
 - Scalp brushing sent for fungal culture (see procedure record).
 - Start griseofulvin ultramicrosize, weight-based, with fatty food, for 8 weeks. Prescription sent.
 - Ketoconazole 2% shampoo for Tobi and his brothers twice a week; wash combs, pillowcases, hats.
 - He can stay in school.
Return in 4 weeks; sooner if the boggy spot gets bigger.
""",
    "expected": E([L("99213", 1, "24")], topics=["global-period"], dx={"99213": ["B35.0"]}),
    "coder_note": "GS-5: E/M for an unrelated new problem (tinea capitis, oral prescription) inside the 10-day global of "
                  "the 02/02 I&D -> 24. The fungal culture collection has no derm procedure code here (lab bills the culture).",
})

SCENARIOS.append({
    "id": "s30-cos-commercial-sk-cryo-self-pay",
    "family": "cosmetic", "shape": "free-text",
    "description": "Adult partner: cryo of 5 asymptomatic SKs for appearance, commercial -> not on claim (patient pays)",
    "date": "2025-08-28",
    "patient": ("Carlisle", "Renee", "1973-04-16", "female"),
    "provider": "lindgren", "payer": "commercial-aetna", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses, face and chest", "L82.1", "Face, upper chest", reason=True),
    ],
    "procedures": [
        P("Cryotherapy seborrheic keratoses (cosmetic)", site="Left temple, right cheek, upper chest x3",
          note="LN2, single freeze-thaw, 5 lesions. Self-pay cosmetic fee agreement signed.", reasons=["c1"]),
    ],
    "note_title": "Cosmetic Procedure",
    "note": f"""{ADULT}
A. Lindgren MD - cosmetic visit

52F requests removal of "brown spots" before her daughter's wedding. Lesions are not itchy, painful, bleeding,
irritated or changing; she simply dislikes how they look.

Exam: five 3-6 mm waxy stuck-on tan papules - L temple, R cheek, upper chest x3. Classic SKs, no atypical
features, no inflammation.

Explained that removal is cosmetic and not covered by her insurance. Cosmetic fee schedule reviewed; self-pay
agreement signed.

Cryotherapy: LN2, one freeze-thaw cycle each, 5 lesions. Expect crust 1-2 wk, possible light spot.
""",
    "expected": E([], topics=["cosmetic"]),
    "coder_note": "COS-2/conventions 'Non-Medicare cosmetic services': asymptomatic SKs removed for appearance, commercial "
                  "payer -> 17110 is removed from the claim with a cosmetic finding; patient billed directly.",
})

SCENARIOS.append({
    "id": "s30-cos-medicare-sk-cryo-voluntary-abn-gy-gx",
    "family": "cosmetic", "shape": "pre-coded",
    "description": "Adult partner: Medicare FFS, cryo of six asymptomatic SKs for appearance, voluntary ABN -> 17110-GY-GX",
    "date": "2025-10-30",
    "patient": ("Lindahl", "Bernard", "1953-09-09", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 15,
    "conditions": [
        C("c1", "Seborrheic keratoses", "L82.1", "Forehead, back", reason=True),
    ],
    "procedures": [
        P("Destruction benign lesions up to 14", cpt="17110", site="Forehead x2, upper back x4", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{ADULT}
PROCEDURE NOTE - Samuel Weiss, MD

72M would like "age spots" on his forehead and back removed; wife thinks they look bad. Denies itching,
bleeding, pain, irritation or growth. No history of skin cancer.

Exam: six tan-brown stuck-on verrucous papules (forehead 2, upper back 4), 4-9 mm, classic SK, no
inflammation, no atypical features. Dermoscopy benign.

Counseling: removal is cosmetic; Medicare does not cover it. Pt signed the voluntary Advance Beneficiary Notice
acknowledging he will pay. He wishes to proceed.

Cryotherapy: LN2, 1-2 freeze-thaw cycles, all 6 SKs. Post-care reviewed.
""",
    "expected": E([L("17110", 1, "GY", "GX")], topics=["cosmetic"], dx={"17110": ["L82.1"]}),
    "coder_note": "COS-2/COS-4: cosmetic SK destruction is statutorily excluded; Medicare FFS with a voluntary ABN -> "
                  "GY + GX on 17110 (README 'Coding decisions').",
})

SCENARIOS.append({
    "id": "s30-tags-neck-axillae-23-irritated",
    "family": "skin-tags", "shape": "note-only",
    "description": "Adult partner: 23 irritated, bleeding skin tags neck/axillae -> 11200 + 11201 x1; Medicaid",
    "date": "2025-12-18",
    "patient": ("Robichaud", "Tanya", "1987-02-25", "female"),
    "provider": "lindgren", "payer": "medicaid", "minutes": 30,
    "conditions": [
        C("c1", "Acrochordons, irritated, neck and axillae", "L91.8", "Neck, both axillae", reason=True),
    ],
    "note_title": "Procedure Note",
    "note": f"""{ADULT}
Astrid Lindgren, MD - procedure visit

38F with multiple skin tags of the neck and armpits that catch on her necklace, bra straps and seat belt. Several
have bled and become red and sore in the last month (photos on her phone reviewed).

Exam: pedunculated skin-colored papules 1-4 mm.
   neck               14
   R axilla            5
   L axilla            4
Several with hemorrhagic crust and surrounding erythema. No atypical lesions.

Procedure: removal of skin tags by snip excision with sterile curved iris scissors, hemostasis with AlCl3 /
light electrocautery. Total removed: twenty-three (23). No anesthesia needed for most; topical lidocaine on
the neck.
Vaseline, avoid necklace 1 week.
""",
    "expected": E([L("11200"), L("11201")], dx={"11200": ["L91.8"]}),
    "coder_note": "4.8/conventions: 23 tags -> 11200 (first 15) + 11201 x ceil((23-15)/10) = 1. Bleeding and "
                  "inflamed tags meet BSL-3.",
})

SCENARIOS.append({
    "id": "s30-tags-precoded-medicare-45-mue-cap",
    "family": "skin-tags", "shape": "pre-coded",
    "description": "Adult partner: 45 inflamed skin tags, Medicare FFS; 11201 would be 3 units, capped at MUE 1",
    "date": "2026-01-22",
    "patient": ("Gallagher", "Desmond", "1952-07-04", "male"),
    "provider": "weiss", "payer": "medicare", "minutes": 40,
    "conditions": [
        C("c1", "Skin tags, inflamed and bleeding", "L91.8", "Neck, axillae, inframammary", reason=True),
    ],
    "procedures": [
        P("Removal skin tags, first 15", cpt="11200", site="Neck, axillae, chest folds", reasons=["c1"]),
        P("Removal skin tags, each additional 10", cpt="11201", site="Neck, axillae, chest folds", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{ADULT}
PROCEDURE NOTE - S. Weiss, MD

73M, obese, with numerous skin tags in skin folds. Many are inflamed, macerated and bleed with friction from
his collar and skin-fold rubbing; two became infected last month (treated with mupirocin by his PCP).

Exam: inflamed pedunculated acrochordons with erythema and crust - neck 21, R axilla 9, L axilla 8,
inframammary folds 7. Total 45.

Removed all 45 by scissor snip + electrocautery hemostasis. Tolerated well. Wound care sheet given.
""",
    "expected": E([L("11200"), L("11201")], topics=["mue"], dx={"11200": ["L91.8"]}),
    "coder_note": "45 tags -> 11200 + 11201 x ceil(30/10) = 3, but 11201 MUE is 1 (MAI 3) -> capped at 1 with an mue "
                  "finding. Symptomatic/inflamed tags are covered, so no GY.",
})

SCENARIOS.append({
    "id": "s30-paring-three-calluses-plus-heel-wart-cryo",
    "family": "paring", "shape": "free-text",
    "description": "16 y/o runner: paring of 3 painful calluses (11056-XS) + cryo of a separate plantar wart (17110)",
    "date": "2025-08-14",
    "patient": ("Lindstrom", "Greta", "2009-06-06", "female"),
    "provider": "abernathy", "payer": "commercial", "minutes": 25,
    "conditions": [
        C("c1", "Painful calluses, plantar feet", "L84", "Both forefeet", reason=True),
        C("c2", "Plantar wart, left heel", "B07.0", "Left heel", reason=True),
    ],
    "procedures": [
        P("Paring of calluses", site="Right 1st MTP, right 5th MTP, left 2nd MTP",
          note="Three painful calluses pared with a #15 blade until pain-free.", reasons=["c1"]),
        P("Cryotherapy, plantar wart", site="Left heel",
          note="Single 6 mm wart, pared of its surface then LN2 two cycles.", reasons=["c2"]),
    ],
    "note_title": "Clinic Visit",
    "note": f"""{PEDS}
Clinic visit - June Abernathy, MD

Greta is 16 and runs cross-country. Thick painful skin on the balls of both feet, worse on long runs, and a sore
spot on her left heel that mom thinks is a wart.

Exam:
 - calluses: right foot under the big-toe joint and the little-toe joint, left foot under the second toe joint
   (three in all), thick yellow skin, tender, no wart dots
 - left heel: one 6 mm wart with black dots and broken skin lines (this is a separate spot, not one of the
   calluses)

Treatment:
 1. The three calluses were pared down with a blade until she could press on them without pain.
 2. The heel wart was pared and then frozen with liquid nitrogen, two freeze-thaw cycles.

Advice: running shoes with more cushion, metatarsal pads, pumice after showers. Wart may blister. Recheck in 4 weeks
for the wart.
""",
    "expected": E([L("17110"), L("11056", 1, "XS")], dx={"11056": ["L84"], "17110": ["B07.0"]}),
    "coder_note": "4.8: 3 hyperkeratotic lesions pared -> 11056 (2-4). DS-2: one wart destroyed -> 17110 (paring of the "
                  "wart itself is part of its destruction). PTP 17110/11056 indicator 1, different lesions -> XS on 11056.",
})

SCENARIOS.append({
    "id": "s30-paring-precoded-11056-single-corn",
    "family": "paring", "shape": "pre-coded",
    "description": "Adult partner: one painful corn pared, pre-coded 11056 -> 11055; nails not treated; Medicaid",
    "date": "2025-09-11",
    "patient": ("Okafor-Hale", "Julian", "1980-11-30", "male"),
    "provider": "lindgren", "payer": "medicaid", "minutes": 15,
    "conditions": [
        C("c1", "Corn (heloma durum), left fifth toe", "L84", "Left fifth toe, dorsolateral", reason=True),
    ],
    "procedures": [
        P("Paring hyperkeratotic lesions", cpt="11056", site="Left fifth toe", reasons=["c1"]),
    ],
    "note_title": "Procedure Note",
    "note": f"""{ADULT}
Astrid Lindgren, MD

45M, warehouse worker, steel-toe boots. Painful hard corn on the outside of the L 5th toe x 3 months; limps at end
of shift. Not diabetic, no PAD, no neuropathy.

Exam: L 5th toe dorsolateral - single 5 mm heloma durum with central core, tender. No other corns or calluses.
Toenails thick on both great toes - pt not bothered; not debrided, not treated.

Procedure: paring of the single corn with #15 blade, core enucleated. Immediate relief.
Toe spacer and wider toe box advised. PRN return.
""",
    "expected": E([L("11055")], topics=["coding-correction"], dx={"11055": ["L84"]}),
    "coder_note": "4.8: one hyperkeratotic lesion pared -> 11055, not 11056 (2-4). Nails only described, not debrided.",
})

SCENARIOS.append({
    "id": "s30-mx-finger-warts-cryo-plus-chest-keloid-ilk",
    "family": "mixed", "shape": "note-only",
    "description": "14 y/o: cryo 4 finger warts (17110) + ILK chest keloid 20 mg (11900-XS, J3301 x2); commercial",
    "date": "2025-11-11",
    "patient": ("Park", "Minjun", "2011-08-08", "male"),
    "provider": "castellanos", "payer": "commercial-aetna", "minutes": 25,
    "conditions": [
        C("c1", "Common warts, fingers", "B07.8", "Right fingers", reason=True),
        C("c2", "Keloid, presternal chest", "L91.0", "Presternal chest", reason=True),
    ],
    "note_title": "Clinic Visit",
    "note": f"""{PEDS}
Clinic visit - Ines Castellanos, MD

Minjun (14) with mom for two things.

1) Warts on his right hand - four of them (right index, right middle x2, right ring finger), rough and painful when
he grips his lacrosse stick. Tried over-the-counter salicylic acid for 2 months.
   Treatment: liquid nitrogen, two freeze-thaw cycles to all four warts.

2) Keloid on the middle of his chest where he had a bad acne bump last year - 1.5 cm, raised, itchy and tender.
   Treatment: steroid injection into the keloid. Kenalog-40 (40 mg per mL), 0.5 mL = 20 mg, 30-gauge needle.
   This is a different spot from the warts.

Talked about: keloids can come back; another injection in 6 weeks if needed. For the warts, a blister may form;
we can repeat freezing in 3-4 weeks. We did not treat the small flat bumps on his forehead (flat warts vs. acne) -
we'll watch those.
""",
    "expected": E([L("17110"), L("11900", 1, "XS"), L("J3301", 2)],
                  dx={"17110": ["B07.8"], "11900": ["L91.0"]}),
    "coder_note": "DS-2: 4 warts -> 17110. 4.8: one keloid injected -> 11900 + J3301 x2 (20 mg). PTP 17110/11900 "
                  "indicator 1, different lesions -> XS on 11900. Forehead bumps not treated.",
})

SCENARIOS.append({
    "id": "s30-mx-ak-cryo-shave-sk-chest-biopsy-medicare",
    "family": "mixed", "shape": "free-text",
    "description": "Adult partner: 3 AKs cryo + shave of bleeding back SK 0.9 cm + tangential bx of chest papule; XS on 17000, 11102",
    "date": "2025-12-04",
    "patient": ("Eriksen", "Thomas", "1956-01-14", "male"),
    "provider": "lindgren", "payer": "medicare", "minutes": 30,
    "conditions": [
        C("c1", "Actinic keratoses, face", "L57.0", "Forehead, left cheek", reason=True),
        C("c2", "Inflamed seborrheic keratosis, back", "L82.0", "Left upper back", reason=True),
        C("c3", "Basal cell carcinoma, chest", "C44.519", "Right upper chest", reason=True),
    ],
    "procedures": [
        P("Cryodestruction of actinic keratoses", site="Forehead x2, left cheek x1",
          note="LN2, 2 cycles. Three AKs.", reasons=["c1"]),
        P("Shave removal", site="Left upper back",
          note="0.9 cm inflamed, bleeding SK removed flush; AlCl3.", reasons=["c2"]),
        P("Tangential biopsy", site="Right upper chest",
          note="6 mm pink pearly papule, shave biopsy for diagnosis; separate lesion.", reasons=["c3"]),
    ],
    "path": [
        {"text": "A. Left upper back, shave: inflamed seborrheic keratosis.", "site": "Left upper back",
         "date": "2025-12-08"},
        {"text": "B. Right upper chest, shave biopsy: basal cell carcinoma, superficial and nodular; base involved.",
         "site": "Right upper chest", "date": "2025-12-08"},
    ],
    "note_title": "Procedure Note",
    "html": True,
    "note": f"""<html><body>
<h3>{ADULT}</h3>
<p><b>Procedure visit</b> (scheduled; no separate E/M today) &mdash; Astrid Lindgren, MD</p>
<p>70M, hx of multiple AKs (cryo 2024), no prior skin cancer. Here for planned treatment of spots found at his
October skin check.</p>
<table border="1">
<tr><th>#</th><th>Site</th><th>Finding</th><th>Treatment</th></tr>
<tr><td>1</td><td>Forehead x2, L cheek x1</td><td>gritty erythematous papules c/w AK</td>
<td>LN2 cryo, 2 cycles, 3 lesions</td></tr>
<tr><td>2</td><td>L upper back</td><td>0.9 cm red, crusted SK; bleeds when he leans on his chair</td>
<td>shave removal, to path</td></tr>
<tr><td>3</td><td>R upper chest</td><td>6 mm pearly pink papule, new this year, ?BCC</td>
<td>tangential biopsy for diagnosis</td></tr>
</table>
<p>Each site is a separate lesion. Scattered lentigines on the dorsal hands &mdash; benign, no treatment.
A 4 mm SK on the L temple was discussed; he does not want it treated.</p>
<p>Consent signed. Lidocaine 1% w/ epi for #2 and #3. AlCl3 hemostasis. Wound care reviewed.</p>
<p>Plan: path call in 1 week; if #3 is BCC we will discuss treatment options at a separate visit.</p>
</body></html>
""",
    "expected": E([L("11301"), L("11102", 1, "XS"), L("17000", 1, "XS"), L("17003", 2)],
                  dx={"17000": ["L57.0"], "11301": ["L82.0"], "11102": ["C44.519"]}),
    "coder_note": "DS-1: 3 AKs -> 17000 + 17003 x2. SH-1: back 0.9 cm -> 11301. BX-1: 11102. PTP indicator 1 pairs "
                  "11301/11102, 11102/17000 and 11301/17000 with distinct lesions -> XS on the column-2 codes 11102 and "
                  "17000.",
})

SCENARIOS.append({
    "id": "s30-mx-knee-abscess-molluscum-chin-lac-no-length",
    "family": "mixed", "shape": "note-only",
    "description": "7 y/o: I&D left knee abscess + cantharidin 3 molluscum + chin laceration sutured, length never recorded",
    "date": "2026-02-24",
    "patient": ("Morales", "Sofia", "2018-04-30", "female"),
    "provider": "abernathy", "payer": "medicaid", "minutes": 45,
    "conditions": [
        C("c1", "Cutaneous abscess, left knee", "L02.416", "Left knee", reason=True),
        C("c2", "Molluscum contagiosum", "B08.1", "Trunk", reason=True),
        C("c3", "Laceration of chin, initial encounter", "S01.81XA", "Chin", reason=True),
    ],
    "note_title": "Clinic Visit",
    "note": f"""{PEDS}
Clinic visit - June Abernathy, MD

Sofia (7) came with her aunt (mom on the phone for consent) for a sore red bump on her left knee and her
molluscum. While waiting, she slipped in the waiting room and hit her chin on the corner of the coffee table.

1) Left knee abscess: 1.5 cm tender, soft, fluctuant bump, 2 days. Simple incision and drainage with a #11
   blade after numbing; pus drained from one pocket, no loculations, no packing. Culture sent. Warm soaks.

2) Molluscum: three small bumps on her tummy (trunk). Cantharidin painted on all three, covered with tape;
   wash off in 4 hours.

3) Chin cut from the fall here: clean cut through the skin, bleeding stopped with pressure. Numbed with LET,
   rinsed, closed with three 6-0 fast-absorbing gut stitches in a single layer. Incident report filed.
   Aunt and mom told about the fall and the repair.

No fever. Return if the knee gets redder or she has fever. Molluscum check in 6 weeks.
""",
    "expected": E([L("10060"), L("17110")], topics=["missing-documentation"],
                  dx={"10060": ["L02.416"], "17110": ["B08.1"]}),
    "coder_note": "10060 (single simple abscess) and 17110 (3 molluscum) are separate lesions with no PTP edit. The chin "
                  "repair length is never documented -> no 12011-12018 line + missing-documentation (README).",
})
