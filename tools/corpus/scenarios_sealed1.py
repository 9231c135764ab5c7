"""SEALED held-out encounters (45), written from issue #4, the rule book (derm_coding.md §2-§7, §10) and
docs/coding_conventions.md only. The author did not read the engine, the existing corpus JSON or the
tools/corpus/scenarios_*.py specs. Expected answers were fixed before running the engine.

Spec format = tools/corpus/build.py (make_bundle / corpus_record). Ids are prefixed ``sx-``.
"""

from __future__ import annotations

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS: list[dict] = []


def add(**spec):
    SCENARIOS.append(spec)


# ----------------------------------------------------------------------------------------------- biopsy
add(id="sx-bx-punch-plus-two-shaves-precoded", family="biopsy", shape="pre-coded",
    description="ModMed: 1 punch + 2 shave biopsies keyed as 11104 + 11102 + 11102 -> 11104 + 11103 x2",
    date="2026-10-05", patient=("Haverford", "Lena", "1961-03-14", "female"), provider="chen",
    payer="commercial",
    conditions=[C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", "right forearm"),
                C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "left upper back"),
                C("c3", "Neoplasm of unspecified behavior of skin", "D49.2", "scalp, vertex")],
    procedures=[P("Punch bx", "11104", "R forearm, dorsal", "4mm punch. 1 simple suture. Specimen A.", ["c1"]),
                P("Shave bx", "11102", "L upper back", "Tangential bx to mid-dermis. AlCl3 hemostasis. Spec B.",
                  ["c2"]),
                P("Shave bx", "11102", "Scalp vertex", "Tangential bx. Spec C. Hemostasis with Drysol.", ["c3"])],
    note=("PROCEDURES\nA) R dorsal forearm 7 mm pink scaly papule - 4mm punch biopsy, closed w/ 4-0 nylon x1.\n"
          "B) L upper back 6 mm irregular brown macule - shave biopsy.\n"
          "C) Scalp vertex 5 mm crusted papule - shave biopsy.\n"
          "Pt tolerated well. Path pending. f/u 2 wk for suture removal."),
    expected=E([L("11104"), L("11103", 2)], ["coding-correction"]),
    coder_note="BX-2: one primary (punch ranks above tangential), each other biopsy takes its own add-on 11103.")

add(id="sx-bx-deleted-11100-11101", family="biopsy", shape="pre-coded",
    description="Deleted 11100/11101 keyed for two tangential biopsies -> 11102 + 11103",
    date="2026-09-22", patient=("Okonkwo", "Samuel", "1948-07-02", "male"), provider="lindqvist",
    payer="medicare-noname",
    conditions=[C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", "left cheek"),
                C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "right chest")],
    procedures=[P("Skin biopsy", "11100", "Left cheek", "Shave (tangential) biopsy of 5mm pearly papule.", ["c1"]),
                P("Skin biopsy, each addl", "11101", "Right chest",
                  "Shave biopsy of 8 mm scaly pink plaque. Hemostasis w/ aluminum chloride.", ["c2"])],
    expected=E([L("11102"), L("11103")], ["invalid-code"]),
    coder_note="11100/11101 deleted 2018 (BX-1); both samples are tangential -> 11102 + 11103.")

add(id="sx-bx-incisional-punch-declined-third", family="biopsy", shape="note-only",
    description="Wedge (incisional) + punch biopsy; a third biopsy declined -> 11106 + 11105",
    date="2026-10-14", patient=("Delacroix", "Marie", "1975-11-30", "female"), provider="ramirez",
    payer="medicaid",
    conditions=[C("c1", "Panniculitis, unspecified", "M79.3", "left thigh"),
                C("c2", "Rash and other nonspecific skin eruption", "R21", "right upper arm")],
    note=("Dermatology Progress Note\n\nCC: painful nodules on the L thigh x 2 months, rash on R arm.\n\n"
          "Exam: L anterior thigh with 3 tender, ill-defined subcutaneous nodules, largest 2.5 cm. R upper arm "
          "with a 1.5 cm violaceous annular plaque. L back 4 mm regular tan macule.\n\n"
          "Procedures:\n1. Incisional (wedge) biopsy, L anterior thigh: after consent and 1% lidocaine w/ epi, "
          "a deep wedge of skin and subcutaneous fat was removed with a #15 blade down to fascia. Closed "
          "with 4-0 nylon. Specimen to path, r/o erythema nodosum vs panniculitis.\n"
          "2. Punch biopsy, R upper arm: 4 mm punch, 1 suture.\n"
          "Pt declined biopsy of the L back macule; will consider at follow-up if it changes.\n\n"
          "Plan: path pending, RTC 2 weeks for suture removal and results."),
    expected=E([L("11106"), L("11105")]),
    coder_note="BX-2: incisional is the primary, the punch takes 11105. Declined biopsy is not coded.")

# ------------------------------------------------------------------------------------------------ shave
add(id="sx-shave-nasal-sidewall-free-text", family="shave", shape="free-text",
    description="Shave removal of a bleeding nevus on the nose, 0.6 x 0.4 cm -> 11311",
    date="2026-10-02", patient=("Ng", "Tiffany", "1990-05-18", "female"), provider="okafor",
    payer="commercial-cigna",
    conditions=[C("c1", "Intradermal nevus of nose, irritated", "D22.39", "right nasal sidewall")],
    procedures=[P("Shave removal", None, "Right nasal sidewall",
                  "Dome-shaped flesh-colored papule 0.6 x 0.4 cm, repeatedly bleeds when wearing glasses. "
                  "Shave removal performed flush with skin to mid dermis using a DermaBlade. Hemostasis with "
                  "aluminum chloride. Specimen sent for histology.", ["c1"])],
    path=[{"text": "Right nasal sidewall, shave removal: intradermal melanocytic nevus, traumatized.",
           "site": "Right nasal sidewall"}],
    expected=E([L("11311")]),
    coder_note="SH-1: nose = FEENLM, lesion diameter 0.6 cm -> 0.6-1.0 band = 11311. Bleeding = BSL-3 (a).")

add(id="sx-shave-wrong-band-precoded", family="shave", shape="pre-coded",
    description="11300 keyed for a 1.3 cm inflamed SK of the back (-> 11302) + correct 11305 neck",
    date="2026-11-03", patient=("Pruitt", "Harold", "1944-01-09", "male"), provider="baptiste",
    payer="medicare",
    conditions=[C("c1", "Inflamed seborrheic keratosis", "L82.0", "mid back"),
                C("c2", "Inflamed seborrheic keratosis", "L82.0", "left posterior neck")],
    procedures=[P("Shave removal", "11300", "Mid back",
                  "Inflamed SK 1.3 x 1.0 cm, itchy and bleeding from scratching. Shave removal.", ["c1"]),
                P("Shave removal", "11305", "L posterior neck",
                  "Irritated SK 4mm, catches on shirt collar, erythematous and crusted. Shave removal.", ["c2"])],
    expected=E([L("11302"), L("11305")], ["coding-correction"]),
    coder_note="SH-1: 1.3 cm on trunk -> 11302 (1.1-2.0); neck 0.4 cm -> 11305.")

add(id="sx-shave-three-sites-html", family="shave", shape="note-only",
    description="HTML note: three shave removals in three site groups (hand, cheek, shoulder)",
    date="2026-10-20", patient=("Abernathy", "Gloria", "1956-08-21", "female"), provider="chen",
    payer="medicaid-mco", html=True,
    note=("<html><body><h3>PROCEDURE NOTE</h3><p>Indication: three irritated seborrheic keratoses, itching and "
          "bleeding with clothing friction; patient requests removal for symptoms.</p>"
          "<table border='1'><tr><th>#</th><th>Site</th><th>Size</th><th>Procedure</th></tr>"
          "<tr><td>1</td><td>L dorsal hand</td><td>0.8 x 0.6 cm</td><td>shave removal</td></tr>"
          "<tr><td>2</td><td>R cheek</td><td>5 mm</td><td>shave removal</td></tr>"
          "<tr><td>3</td><td>L shoulder</td><td>2.3 x 1.7 cm</td><td>shave removal</td></tr></table>"
          "<p>All removed by horizontal shave to the level of the mid dermis. Hemostasis with AlCl.<br>"
          "Vaseline and bandage. Specimens x3 to dermpath.</p>"
          "<p><b>Dx:</b> inflamed seborrheic keratosis x3 (L82.0).</p></body></html>"),
    conditions=[C("c1", "Inflamed seborrheic keratosis", "L82.0")],
    expected=E([L("11306"), L("11310"), L("11303")]),
    coder_note="SH-1: hand = SNHFG 0.8 -> 11306; cheek = FEENLM 0.5 -> 11310; shoulder = TAL 2.3 -> 11303.")

# ------------------------------------------------------------------------------------- excision-benign
add(id="sx-exb-inflamed-cyst-back-layered", family="excision-benign", shape="free-text",
    description="Inflamed epidermoid cyst back 2.0 cm + 1 mm margins -> 2.2 cm 11403 + layered 4.0 cm 12032",
    date="2026-10-08", patient=("Mbeki", "Thabo", "1982-02-27", "male"), provider="lindqvist",
    payer="commercial-aetna",
    conditions=[C("c1", "Epidermal cyst", "L72.0", "upper back")],
    procedures=[P("Excision of cyst", None, "Upper back, midline",
                  "Recurrently inflamed, painful cyst (drained x2 at urgent care). Cyst measured 2.0 x 1.5 cm. "
                  "Excised with 1 mm margins in a fusiform fashion; cyst wall removed intact.", ["c1"]),
                P("Layered closure", None, "Upper back, midline",
                  "Intermediate repair: deep dermal 4-0 Vicryl and 4-0 nylon running. Final length 4.0 cm.",
                  ["c1"])],
    path=[{"text": "Upper back: ruptured epidermoid (infundibular) cyst with granulomatous inflammation.",
           "site": "upper back"}],
    expected=E([L("11403"), L("12032")]),
    coder_note="EX-1: 2.0 + 2x0.1 = 2.2 cm trunk benign -> 11403; REP-2 trunk intermediate 4.0 cm -> 12032.")

add(id="sx-exb-dysplastic-nevus-wrong-size", family="excision-benign", shape="pre-coded",
    description="11401 keyed; 0.7 cm nevus with 2 mm margins = 1.1 cm -> 11402",
    date="2026-09-29", patient=("Whitcomb", "Ruth", "1952-12-03", "female"), provider="okafor",
    payer="medicare",
    conditions=[C("c1", "Melanocytic nevi of left upper limb", "D22.62", "left forearm")],
    procedures=[P("Excision benign lesion", "11401", "L forearm",
                  "Changing atypical nevus 0.7 x 0.5 cm (prior shave bx: moderate atypia, margins involved). "
                  "Excised with 2 mm margins. Simple closure 5-0 nylon.", ["c1"])],
    path=[{"text": "Left forearm, excision: dysplastic compound nevus with moderate atypia, margins clear.",
           "site": "left forearm"}],
    expected=E([L("11402")], ["coding-correction"]),
    coder_note="EX-1: 0.7 + 2x0.2 = 1.1 cm -> 11402 (1.1-2.0); simple closure included (EX-5).")

# ---------------------------------------------------------------------------------- excision-malignant
add(id="sx-exm-bcc-cheek-layered-2-5", family="excision-malignant", shape="free-text",
    description="BCC left cheek 0.8 cm with 4 mm margins = 1.6 cm 11642 + layered 2.5 cm 12051",
    date="2026-10-12", patient=("Fairbanks", "Donald", "1940-04-11", "male"), provider="ramirez",
    payer="medicare-ngs",
    conditions=[C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "left cheek")],
    procedures=[P("Excision", None, "Left malar cheek",
                  "Biopsy-proven nodular BCC, clinical size 0.8 x 0.7 cm. Excised with 4mm margins. "
                  "Not a Mohs candidate per pt preference.", ["c1"]),
                P("Intermediate repair", None, "Left malar cheek",
                  "Layered closure with 5-0 Monocryl deep and 6-0 Prolene. Final length 2.5 cm.", ["c1"])],
    path=[{"text": "Left cheek excision: basal cell carcinoma, nodular type; margins free.", "site": "left cheek"}],
    expected=E([L("11642"), L("12051")]),
    coder_note="EX-1: 0.8 + 0.8 = 1.6 cm face malignant -> 11642; REP-2 face intermediate 2.5 cm -> 12051.")

add(id="sx-exm-scc-shin-keyed-benign", family="excision-malignant", shape="pre-coded",
    description="Benign 11403 keyed; SCC of R shin 1.2 cm + 0.4 cm margins = 2.0 cm -> 11602",
    date="2026-09-16", patient=("Castellano", "Rosa", "1958-06-06", "female"), provider="chen",
    payer="commercial-uhc",
    conditions=[C("c1", "Squamous cell carcinoma of skin of right lower limb", "C44.722", "right shin")],
    procedures=[P("Excision", "11403", "R shin",
                  "Lesion 1.2 x 1.0 cm, keratotic nodule. Excised w/ 0.4 cm margins, ellipse 4.5 cm. "
                  "Simple interrupted closure.", ["c1"])],
    path=[{"text": "Right shin: invasive squamous cell carcinoma, well differentiated; margins negative.",
           "site": "right shin"}],
    expected=E([L("11602")], ["coding-correction"]),
    coder_note="EX-3 malignant per pathology; EX-1 1.2 + 0.8 = 2.0 cm -> 11602 (1.1-2.0), not the ellipse.")

# ----------------------------------------------------------------------------------------- destruction
add(id="sx-ds-twenty-aks-words", family="destruction", shape="note-only",
    description="LN2 to twenty (20) AKs; history of Mohs 2019 not coded -> 17004",
    date="2026-11-10", patient=("Lindgren", "Olaf", "1939-09-19", "male"), provider="baptiste",
    payer="medicare",
    conditions=[C("c1", "Actinic keratosis", "L57.0", "scalp and face"),
                C("h1", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True)],
    note=("S: here for AK treatment. s/p Mohs R temple 2019 for SCC, no recurrence.\n"
          "O: numerous gritty erythematous papules on bald scalp, forehead and cheeks.\n"
          "A/P: Actinic keratoses. Cryotherapy with LN2, 2 freeze-thaw cycles, to twenty (20) AKs of the "
          "scalp and face. Risks incl. blistering/hypopigmentation reviewed. Discussed field tx with 5-FU, "
          "will consider in spring. RTC 6 mo."),
    expected=E([L("17004")]),
    coder_note="DS-1: 15 or more AKs -> 17004 x1. History of Mohs is history only.")

add(id="sx-ds-17003x16-precoded", family="destruction", shape="pre-coded",
    description="17000 + 17003 x16 keyed for 17 AKs -> 17004",
    date="2026-10-27", patient=("Moreau", "Philippe", "1947-02-14", "male"), provider="okafor",
    payer="medicare-advantage",
    conditions=[C("c1", "Actinic keratosis", "L57.0", "forearms and hands")],
    procedures=[P("Destruction premalignant lesion, first", "17000", "Bilateral dorsal forearms/hands",
                  "Cryo LN2 to AKs, first lesion.", ["c1"]),
                P("Destruction premalignant lesions 2-14", "17003", "Bilateral dorsal forearms/hands",
                  "Qty 16. Total 17 AKs treated with LN2.", ["c1"])],
    note="LN2 cryotherapy to 17 actinic keratoses on the bilateral dorsal forearms and hands. Tolerated well.",
    expected=E([L("17004")], ["coding-correction"]),
    coder_note="DS-1: 17 lesions -> 17004 instead of 17000/17003 (17003 is capped at 13 units anyway).")

add(id="sx-ds-warts-and-aks-free-text", family="destruction", shape="free-text",
    description="3 painful plantar warts (17110) + 4 AKs on hand (17000 + 17003 x3, XS)",
    date="2026-10-19", patient=("Quintero", "Javier", "1966-10-01", "male"), provider="lindqvist",
    payer="commercial",
    conditions=[C("c1", "Plantar wart", "B07.0", "right plantar foot"),
                C("c2", "Actinic keratosis", "L57.0", "left dorsal hand")],
    procedures=[P("Cryotherapy", None, "Right plantar foot",
                  "Painful plantar verrucae x3, pared then LN2 2 cycles. Pain with walking.", ["c1"]),
                P("Cryotherapy", None, "Left dorsal hand", "AKs x4 treated with liquid nitrogen.", ["c2"])],
    expected=E([L("17110"), L("17000", 1, "XS"), L("17003", 3, "XS")]),
    coder_note="DS-2/DS-1; PTP 17110/17000 and 17110/17003 indicator 1, different lesions/sites -> XS on col 2.")

add(id="sx-ds-edc-sbcc-back", family="destruction", shape="note-only",
    description="ED&C of biopsy-proven superficial BCC upper back, final defect 1.4 cm -> 17262",
    date="2026-10-23", patient=("Hollis", "Bernard", "1950-05-05", "male"), provider="ramirez",
    payer="medicare",
    conditions=[C("c1", "Basal cell carcinoma of skin of other part of trunk", "C44.519", "left upper back")],
    prior=[PRIOR("2026-10-02", "11102", "Shave biopsy", "Left upper back", "Tangential biopsy, 0.9 cm lesion.")],
    note=("Procedure: Electrodesiccation and curettage (ED&C)\nSite: L upper back\n"
          "Path (10/02/2026): superficial basal cell carcinoma.\n"
          "Lesion 0.9 cm. After anesthesia, curettage and electrodesiccation x3 cycles. Final defect diameter "
          "1.4 cm. Wound care reviewed. Pt declined excision."),
    expected=E([L("17262")]),
    coder_note="DS-4: malignant destruction TAL sized by final defect 1.4 cm -> 17262 (1.1-2.0).")

# ------------------------------------------------------------------------------------------------ mohs
add(id="sx-mohs-nose-two-stages-seven-blocks", family="mohs", shape="pre-coded",
    description="Mohs nose: stage 1 four blocks, stage 2 seven blocks -> 17311, 17312, 17315 x2 + 12051",
    date="2026-10-06", patient=("Sterling", "Agnes", "1945-03-28", "female"), provider="baptiste",
    payer="medicare",
    conditions=[C("c1", "Basal cell carcinoma of skin of nose", "C44.311", "left nasal ala")],
    procedures=[P("Mohs, first stage", "17311", "L nasal ala", "Stage I: 4 tissue blocks. Positive at 3 o'clock.",
                  ["c1"]),
                P("Mohs, addl stage", "17312", "L nasal ala",
                  "Stage II: 7 tissue blocks (blocks beyond 5: 2). Clear.", ["c1"]),
                P("Mohs, addl block", "17315", "L nasal ala", "2 additional blocks in stage II.", ["c1"]),
                P("Intermediate repair", "12051", "L nasal ala", "Layered closure, 1.8 cm.", ["c1"])],
    note=("MOHS OPERATIVE NOTE\nPre-op dx: biopsy-proven nodular BCC L nasal ala (path 9/12/2026).\n"
          "Surgeon acted as surgeon and pathologist.\nStage I: 4 blocks, residual tumor at 3 o'clock.\n"
          "Stage II: 7 blocks, clear.\nRepair: layered closure 1.8 cm."),
    expected=E([L("17311"), L("17312"), L("17315", 2), L("12051")]),
    coder_note="MOHS-2: 17315 = blocks beyond 5 in any stage (7-5 = 2); MOHS-7 repair separately reportable.")

add(id="sx-mohs-helix-same-day-bx-frozen", family="mohs", shape="free-text",
    description="Same-day diagnostic shave bx + frozen section, no prior path, then Mohs R helix",
    date="2026-11-04", patient=("Ibarra", "Tomas", "1942-12-12", "male"), provider="okafor",
    payer="medicare",
    conditions=[C("c1", "Squamous cell carcinoma of skin of right ear and external auricular canal",
                  "C44.222", "right helix")],
    procedures=[P("Shave biopsy with frozen section", None, "Right helix",
                  "Tender keratotic nodule 1.0 cm, never biopsied. Diagnostic tangential biopsy sent for frozen "
                  "section: invasive SCC. Decision for Mohs based on the frozen section.", ["c1"]),
                P("Mohs surgery", None, "Right helix",
                  "Stage I: 3 tissue blocks, margins clear after one stage. Second intention healing.", ["c1"])],
    expected=E([L("17311"), L("11102", 1, "59"), L("88331", 1, "59")]),
    coder_note="MOHS-5 (a) / BX-5: diagnostic bx + frozen section of a lesion with no prior path -> 59 on both.")

add(id="sx-mohs-arm-three-stages", family="mohs", shape="note-only",
    description="Mohs L upper arm infiltrative BCC, stages 6/3/2 blocks -> 17313, 17314 x2, 17315 + 12032",
    date="2026-10-15", patient=("Kowalczyk", "Irena", "1951-07-07", "female"), provider="chen",
    payer="commercial-cigna",
    conditions=[C("c1", "Basal cell carcinoma of skin of left upper limb", "C44.619", "left upper arm")],
    note=("MMS NOTE\nDx: infiltrative BCC, L posterior upper arm, 2.4 x 1.9 cm (bx 9/2026, infiltrative pattern).\n"
          "Mohs surgeon = surgeon + pathologist.\n"
          "Stage 1: six (6) blocks - tumor at 12-2 o'clock.\n"
          "Stage 2: three (3) blocks - focal residual at 1 o'clock.\n"
          "Stage 3: two (2) blocks - clear.\n"
          "Final defect 3.2 x 2.6 cm. Repair: layered (intermediate) linear closure, 6.0 cm, 3-0 Vicryl and 4-0 "
          "nylon. No debulk specimen sent."),
    expected=E([L("17313"), L("17314", 2), L("17315"), L("12032")]),
    coder_note="MOHS-2: arm -> 17313; stages 2 and 3 -> 17314 x2; stage 1 has 1 block beyond 5 -> 17315 x1.")

# ---------------------------------------------------------------------------------------------- repair
add(id="sx-rep-two-tal-layered-summed", family="repair", shape="free-text",
    description="Two cyst excisions (back, forearm) with layered closures 3.0 + 2.5 = 5.5 cm summed -> 12032",
    date="2026-10-21", patient=("Ferreira", "Lucas", "1979-01-23", "male"), provider="ramirez",
    payer="commercial",
    conditions=[C("c1", "Epidermal cyst", "L72.0", "mid back"), C("c2", "Epidermal cyst", "L72.0", "right forearm")],
    procedures=[P("Cyst excision", None, "Mid back",
                  "Inflamed painful cyst, 1.2 cm. Excised with 0.2 cm margins.", ["c1"]),
                P("Layered closure", None, "Mid back", "Intermediate repair, 3.0 cm.", ["c1"]),
                P("Cyst excision", None, "Right forearm",
                  "Tender cyst, 8 mm, recently swollen and red. Excised w/ 1 mm margin.", ["c2"]),
                P("Layered closure", None, "Right forearm", "Intermediate repair, 2.5 cm.", ["c2"])],
    path=[{"text": "A) Back: epidermoid cyst. B) Right forearm: epidermoid cyst with inflammation."}],
    expected=E([L("11402"), L("11401"), L("12032")]),
    coder_note="EX-1 1.2+0.4 = 1.6 -> 11402; 0.8+0.2 = 1.0 -> 11401; REP-1 same group 5.5 cm -> 12032.")

add(id="sx-rep-complex-under-1cm-chin", family="repair", shape="pre-coded",
    description="13131 keyed for a 0.9 cm layered chin closure -> 12051; BCC excision 11641",
    date="2026-09-30", patient=("Adeyemi", "Grace", "1949-10-10", "female"), provider="lindqvist",
    payer="medicare",
    conditions=[C("c1", "Basal cell carcinoma of skin of other parts of face", "C44.319", "chin")],
    procedures=[P("Excision malignant lesion", "11641", "Chin", "BCC 0.6 cm, 2 mm margins.", ["c1"]),
                P("Complex repair", "13131", "Chin",
                  "Layered closure with undermining, 0.9 cm. No debridement, no exposed structures.", ["c1"])],
    path=[{"text": "Chin: basal cell carcinoma, micronodular; margins clear.", "site": "chin"}],
    expected=E([L("11641"), L("12051")], ["coding-correction"]),
    coder_note="EX-1 0.6+0.4 = 1.0 -> 11641; REP-2/REP-3 complex <=1.0 cm and undermining alone -> intermediate.")

add(id="sx-rep-forehead-scalp-not-summed", family="repair", shape="note-only",
    description="HTML: SCC forehead + BCC scalp excisions, intermediate repairs in two groups (12051 + 12032)",
    date="2026-11-02", patient=("Brennan", "Patrick", "1943-08-17", "male"), provider="baptiste",
    payer="medicare", html=True,
    conditions=[C("c1", "Squamous cell carcinoma of skin of other parts of face", "C44.329", "forehead"),
                C("c2", "Basal cell carcinoma of skin of scalp and neck", "C44.41", "scalp")],
    note=("<p><b>PROCEDURES</b></p><ol>"
          "<li>Forehead, biopsy-proven SCC 0.8 cm: excision with 0.4 cm margins. Layered closure 2.0 cm "
          "(4-0 Monocryl / 5-0 Prolene).</li>"
          "<li>Vertex scalp, biopsy-proven BCC 1.0 cm: excision with 0.4 cm margins. Layered closure 3.0 cm "
          "(3-0 Vicryl / staples).</li></ol><p>Both specimens oriented and sent. EBL minimal.</p>"),
    path=[{"text": "A) Forehead: SCC, margins negative. B) Scalp: BCC nodular, margins negative."}],
    expected=E([L("11642"), L("11622"), L("12051"), L("12032")]),
    coder_note="EX-1 both 1.6/1.8 cm; REP-1 not summed across groups: face 2.0 -> 12051, scalp 3.0 -> 12032.")

# ------------------------------------------------------------------------------------------------- E/M
add(id="sx-em-psoriasis-mtx-plus-punch", family="em", shape="note-only",
    description="Psoriasis flare with methotrexate start (99214-25) + punch biopsy of a changing calf lesion",
    date="2026-10-09", patient=("Petrov", "Anya", "1970-04-04", "female"), provider="okafor",
    payer="commercial", em="99214",
    conditions=[C("c1", "Psoriasis vulgaris", "L40.0", "trunk and extremities"),
                C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "left calf")],
    note=("HPI: 56F with plaque psoriasis, worsening over 3 months despite clobetasol; BSA now ~12%. Also a "
          "mole on the L calf that has darkened.\n"
          "Exam: thick plaques elbows, knees, lower back, scalp. L calf 7 mm irregularly pigmented macule.\n"
          "A/P:\n1. Psoriasis vulgaris, flaring - start methotrexate 15 mg weekly + folic acid; baseline CBC, "
          "CMP, hepatitis panel ordered; discussed hepatotoxicity and contraception. Continue topicals.\n"
          "2. Changing pigmented lesion L calf - punch biopsy 4 mm performed today, closed 4-0 nylon x2.\n"
          "RTC 4 wks for labs/med review."),
    expected=E([L("99214", 1, "25"), L("11104")]),
    coder_note="GS-3: psoriasis management with prescription drug work is separately identifiable -> 25.")

add(id="sx-em-new-pt-wart-decision-only", family="em", shape="free-text",
    description="New patient 99203 for a single painful finger wart treated with cryo -> 17110 only",
    date="2026-10-13", patient=("Yilmaz", "Deniz", "2008-06-15", "male"), provider="chen",
    payer="medicaid", em="99203",
    conditions=[C("c1", "Other viral warts", "B07.8", "right index finger")],
    procedures=[P("Cryotherapy of wart", None, "Right index finger",
                  "New pt, only concern is a painful periungual wart on the R index finger x 4 months. "
                  "Discussed options; LN2 applied 2 cycles. No other complaints, no other skin issues examined.",
                  ["c1"])],
    expected=E([L("17110")]),
    coder_note="GS-3: the E/M was only the decision for the minor procedure; new patient alone is not enough.")

add(id="sx-em-medicare-screening-fse", family="em", shape="note-only",
    description="Medicare FFS screening-only full skin exam, no history/complaint/findings -> 99213-GY",
    date="2026-11-05", patient=("Gallagher", "Maureen", "1953-02-02", "female"), provider="lindqvist",
    payer="medicare", em="99213",
    conditions=[C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83")],
    note=("Reason for visit: annual skin check, wants screening. No new or changing spots, no symptoms.\n"
          "PMH: no personal or family history of skin cancer.\n"
          "Exam: full skin exam scalp to soles - no suspicious lesions, nothing requiring treatment or biopsy.\n"
          "A/P: Skin cancer screening, normal exam. Counseled on sunscreen. RTC prn."),
    expected=E([L("99213", 1, "GY")]),
    coder_note="DX-5 / COS-4: screening is statutorily excluded for Medicare -> GY on the E/M.")

# --------------------------------------------------------------------------------------------- post-op
add(id="sx-po-suture-removal-99024", family="post-op", shape="note-only",
    description="Suture removal 9 days after malignant excision (010): provider keyed 99212 -> 99024",
    date="2026-10-21", patient=("Rasmussen", "Karl", "1946-11-11", "male"), provider="ramirez",
    payer="medicare", em="99212",
    conditions=[C("c1", "Squamous cell carcinoma of skin of left upper limb", "C44.629", "left shoulder")],
    prior=[PRIOR("2026-10-12", "11602", "Excision malignant lesion", "Left shoulder",
                 "SCC 1.1 cm with 0.4 cm margins, simple closure.")],
    note=("Post-op check, L shoulder excision 10/12/2026. Wound well approximated, no erythema or drainage. "
          "Sutures removed. Path reviewed with patient: SCC, margins clear. RTC 3 months for skin check."),
    expected=E([L("99024")], ["global-period"]),
    coder_note="GS-5: routine post-op visit inside the 10-day global -> 99024, no E/M.")

add(id="sx-po-unrelated-psoriasis-24", family="post-op", shape="note-only",
    description="Psoriasis flare visit 6 days after benign excision (010) -> 99213-24",
    date="2026-10-07", patient=("Sato", "Kenji", "1968-09-09", "male"), provider="okafor",
    payer="commercial", em="99213",
    conditions=[C("c1", "Psoriasis vulgaris", "L40.0", "elbows and knees")],
    prior=[PRIOR("2026-10-01", "11403", "Excision benign lesion", "Upper back",
                 "Epidermoid cyst 2.2 cm excised, simple closure.")],
    note=("CC: psoriasis flare on elbows and knees over the last 2 weeks, itchy, cracking.\n"
          "Exam: well-demarcated scaly plaques bilateral elbows/knees, ~4% BSA. Back incision from 10/1 healing "
          "well (incidental).\nA/P: Psoriasis vulgaris, flare. Start calcipotriene/betamethasone ointment BID x 4 wk; "
          "Rx sent. Reviewed application and side effects. f/u 6 weeks."),
    expected=E([L("99213", 1, "24")], ["global-period"]),
    coder_note="GS-5: unrelated E/M during the 10-day global of 11403 -> 24.")

add(id="sx-po-new-lesion-bx-in-flap-global", family="post-op", shape="pre-coded",
    description="Shave bx of a new back lesion 30 days after a cheek flap (090) -> 11102-79",
    date="2026-10-30", patient=("Lefebvre", "Claire", "1955-01-31", "female"), provider="baptiste",
    payer="medicare",
    conditions=[C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", "right upper back")],
    prior=[PRIOR("2026-09-30", "14040", "Adjacent tissue transfer", "Left cheek",
                 "Rotation flap after excision of BCC, left cheek, 8 sq cm.")],
    procedures=[P("Shave biopsy", "11102", "R upper back",
                  "New 8 mm pink pearly papule, unrelated to the cheek surgery. Tangential biopsy.", ["c1"])],
    expected=E([L("11102", 1, "79")], ["global-period"]),
    coder_note="GS-5: unrelated procedure in the 90-day global of 14040 -> 79.")

add(id="sx-po-reexcision-positive-margin-58", family="post-op", shape="free-text",
    description="Re-excision 8 days after SCC excision with a positive margin: 11603-58 + 12032-58",
    date="2026-10-16", patient=("Kaminski", "Walter", "1941-05-25", "male"), provider="lindqvist",
    payer="medicare-advantage-ppo",
    conditions=[C("c1", "Squamous cell carcinoma of skin of right upper limb", "C44.622", "right forearm")],
    prior=[PRIOR("2026-10-08", "11602", "Excision malignant lesion", "Right forearm",
                 "SCC 1.0 cm with 0.4 cm margins.")],
    procedures=[P("Re-excision", None, "Right forearm",
                  "Path 10/8: SCC, deep margin positive. Re-excision of the 1.6 cm scar with 0.3 cm margins.",
                  ["c1"]),
                P("Layered closure", None, "Right forearm", "Intermediate layered repair, 4.0 cm.", ["c1"])],
    path=[{"text": "Right forearm re-excision: residual SCC, margins now clear.", "site": "right forearm"}],
    expected=E([L("11603", 1, "58"), L("12032", 1, "58")], ["global-period"]),
    coder_note="EX-4 / GS-5: staged re-excision inside the 10-day global -> 58; 1.6+0.6 = 2.2 cm -> 11603.")

# ------------------------------------------------------------------------------------------ intralesional
add(id="sx-il-three-keloids-40mg", family="intralesional", shape="note-only",
    description="ILK 40 mg/mL 0.5 mL into each of 3 keloids = 60 mg -> 11900 + J3301 x6",
    date="2026-10-26", patient=("Osei", "Kwame", "1993-12-01", "male"), provider="chen",
    payer="commercial",
    conditions=[C("c1", "Keloid scar", "L91.0", "chest")],
    note=("Keloids x3 on the anterior chest, itchy and painful, growing. Intralesional triamcinolone (Kenalog) "
          "40 mg/mL, 0.5 mL injected into each of the three keloids (1.5 mL total). Tolerated well. Repeat in "
          "6 weeks."),
    expected=E([L("11900"), L("J3301", 6)]),
    coder_note="11900 = up to 7 lesions; 1.5 mL x 40 mg/mL = 60 mg -> J3301 x6.")

add(id="sx-il-alopecia-nine-patches", family="intralesional", shape="free-text",
    description="Alopecia areata, 9 patches, TAC 10 mg/mL 2.5 mL = 25 mg -> 11901 + J3301 x3",
    date="2026-11-06", patient=("Nakamura", "Emi", "1987-07-29", "female"), provider="okafor",
    payer="medicaid",
    conditions=[C("c1", "Alopecia areata, unspecified", "L63.9", "scalp")],
    procedures=[P("Intralesional injection", None, "Scalp",
                  "Nine (9) patches of alopecia areata injected with triamcinolone acetonide 10 mg/mL, "
                  "total volume 2.5 mL, 0.1 mL aliquots, 30g needle.", ["c1"])],
    expected=E([L("11901"), L("J3301", 3)]),
    coder_note="11901 = more than 7 lesions; 2.5 mL x 10 mg/mL = 25 mg -> ceil(2.5) = J3301 x3.")

# ------------------------------------------------------------------------------------- incision-drainage
add(id="sx-id-simple-axillary-abscess", family="incision-drainage", shape="free-text",
    description="Simple I&D of a left axillary abscess -> 10060",
    date="2026-10-03", patient=("Dubois", "Henri", "1985-03-03", "male"), provider="ramirez",
    payer="commercial-uhc",
    conditions=[C("c1", "Cutaneous abscess of left axilla", "L02.412", "left axilla")],
    procedures=[P("I&D", None, "Left axilla",
                  "Fluctuant 2 cm abscess. Single stab incision, purulent material expressed, irrigated, "
                  "no packing needed. Simple, single abscess.", ["c1"])],
    expected=E([L("10060")]))

add(id="sx-id-complicated-buttock-hs-em", family="incision-drainage", shape="note-only",
    description="Complicated I&D buttock abscess (10061) + HS management with new Rx (99214-25)",
    date="2026-10-28", patient=("Mensah", "Abena", "1991-08-08", "female"), provider="baptiste",
    payer="commercial-aetna", em="99214",
    conditions=[C("c1", "Cutaneous abscess of buttock", "L02.31", "right buttock"),
                C("c2", "Hidradenitis suppurativa", "L73.2", "axillae and groin")],
    note=("HPI: known HS, Hurley II, with new painful swelling R buttock x5 days; axillary and groin flares "
          "monthly despite clindamycin topical.\n"
          "Procedure: I&D, R buttock abscess 4 cm - incision, loculations broken up with hemostat, copious "
          "purulence, irrigated, packed with iodoform gauze. Complicated abscess.\n"
          "A/P: 1) Buttock abscess - as above, wound care, packing out in 48h. 2) HS, Hurley II, not "
          "controlled - start doxycycline 100 mg BID x 12 wk, discussed adalimumab, baseline QuantiFERON "
          "and hepatitis panel ordered. f/u 4 weeks."),
    expected=E([L("10061"), L("99214", 1, "25")]),
    coder_note="10061 complicated; HS management with Rx and biologic workup is separately identifiable -> 25.")

# ----------------------------------------------------------------------------------------------- nails
add(id="sx-nail-two-great-toes-digits", family="nails", shape="pre-coded",
    description="Nail avulsion R great toe (11730-T5) + L great toe (11732-TA)",
    date="2026-10-10", patient=("Rivera", "Carmen", "1977-01-19", "female"), provider="chen",
    payer="commercial",
    conditions=[C("c1", "Ingrowing nail", "L60.0", "bilateral great toes")],
    procedures=[P("Nail avulsion", "11730", "Right great toe", "Complete avulsion of R hallux nail plate.", ["c1"]),
                P("Nail avulsion, addl", "11732", "Left great toe", "Complete avulsion L hallux nail plate.",
                  ["c1"])],
    expected=E([L("11730", 1, "T5"), L("11732", 1, "TA")]),
    coder_note="Digit modifiers on nail codes: T5 right great toe, TA left great toe.")

add(id="sx-nail-matrixectomy-left-hallux", family="nails", shape="note-only",
    description="Partial nail avulsion with phenol matrixectomy, L great toe -> 11750-TA",
    date="2026-11-09", patient=("Novak", "Luka", "2001-02-10", "male"), provider="lindqvist",
    payer="commercial-cigna",
    conditions=[C("c1", "Ingrowing nail", "L60.0", "left great toe")],
    note=("Recurrent ingrown toenail, lateral border L great toe, 3rd episode this year, painful with granulation. "
          "Digital block. Lateral 3 mm of nail plate avulsed; matrix ablated with 88% phenol x3 for permanent "
          "removal. Dressing applied. Not a candidate for conservative tx."),
    expected=E([L("11750", 1, "TA")]),
    coder_note="11750 = permanent partial nail and matrix removal; left great toe -> TA.")

# ---------------------------------------------------------------------------------------------- paring
add(id="sx-paring-three-corns-free-text", family="paring", shape="free-text",
    description="Paring of three corns -> 11056",
    date="2026-10-17", patient=("Bauer", "Greta", "1964-04-22", "female"), provider="okafor",
    payer="commercial",
    conditions=[C("c1", "Corns and callosities", "L84", "feet")],
    procedures=[P("Paring", None, "Feet",
                  "Painful corns: R 5th toe dorsal, L 4th toe interdigital, R plantar 2nd MTH. 3 lesions pared "
                  "with #15 blade.", ["c1"])],
    expected=E([L("11056")]),
    coder_note="Paring 2-4 lesions -> 11056.")

add(id="sx-paring-five-calluses-words", family="paring", shape="note-only",
    description="Paring of five (5) calluses -> 11057",
    date="2026-10-24", patient=("Lindsay", "Morag", "1959-09-12", "female"), provider="ramirez",
    payer="commercial-aetna",
    conditions=[C("c1", "Corns and callosities", "L84", "plantar feet")],
    note=("Painful plantar calluses interfering with walking. Debrided/pared five (5) hyperkeratotic lesions "
          "on bilateral plantar forefeet with a #10 blade. Offloading pads dispensed."),
    expected=E([L("11057")]),
    coder_note="Paring more than 4 lesions -> 11057.")

# ------------------------------------------------------------------------------------------ patch-test
add(id="sx-patch-80-allergens-precoded", family="patch-test", shape="pre-coded",
    description="Patch test application, 80-allergen series -> 95044 x80",
    date="2026-10-05", patient=("Sorensen", "Ingrid", "1972-05-15", "female"), provider="chen",
    payer="commercial",
    conditions=[C("c1", "Dermatitis, unspecified", "L30.9", "hands")],
    procedures=[P("Patch testing", "95044", "Upper back",
                  "North American 80 comprehensive series applied: 80 allergens. Read at 48 and 96 h.", ["c1"])],
    expected=E([L("95044", 80)]),
    coder_note="95044 units = number of allergens (80).")

add(id="sx-patch-92-allergens-mue", family="patch-test", shape="note-only",
    description="92 allergens applied (80 + 12 cosmetic series) -> 95044 capped at MUE 90",
    date="2026-10-19", patient=("Barros", "Felipe", "1981-11-04", "male"), provider="okafor",
    payer="commercial-uhc",
    conditions=[C("c1", "Dermatitis, unspecified", "L30.9", "face and neck")],
    note=("Patch test placement. Allergens applied to upper back: comprehensive series (80) plus cosmetic/"
          "fragrance supplemental series (12) - total 92 allergens. Patient instructed to keep back dry; "
          "readings 48 h and 96 h."),
    expected=E([L("95044", 90)], ["mue"]),
    coder_note="Conventions: MUE over the limit -> units capped at the MUE (95044 MUE 90, MAI 3) with a finding.")

# ---------------------------------------------------------------------------------------- phototherapy
add(id="sx-photo-nbuvb-session", family="phototherapy", shape="note-only",
    description="Narrowband UVB session for psoriasis -> 96900",
    date="2026-10-22", patient=("Hughes", "Daniel", "1975-06-30", "male"), provider="baptiste",
    payer="commercial",
    conditions=[C("c1", "Psoriasis vulgaris", "L40.0", "trunk and extremities")],
    note=("Phototherapy log: NB-UVB (311 nm) full body, session #14, dose 1100 mJ/cm2 (+10%). No erythema from "
          "last session. No tar or petrolatum, no psoralen. Psoriasis improving, BSA 15% -> 8%."),
    expected=E([L("96900")]),
    coder_note="UV light without tar (96910) or psoralen (96912) = actinotherapy 96900, one per session.")

add(id="sx-photo-excimer-320cm2", family="phototherapy", shape="free-text",
    description="Excimer laser to vitiligo patches, 320 sq cm total -> 96921",
    date="2026-11-02", patient=("Chandra", "Priya", "1996-03-09", "female"), provider="chen",
    payer="commercial-cigna",
    conditions=[C("c1", "Vitiligo", "L80", "hands and face")],
    procedures=[P("Excimer laser", None, "Dorsal hands, perioral",
                  "308 nm excimer, treatment #6. Total area treated 320 sq cm (hands 260 + face 60).", ["c1"])],
    expected=E([L("96921")]),
    coder_note="96920-96922 by total area: 250-500 sq cm -> 96921.")

# -------------------------------------------------------------------------------------------- cosmetic
add(id="sx-cos-sk-medicare-voluntary-abn", family="cosmetic", shape="free-text",
    description="Medicare FFS: asymptomatic SK removed for appearance, voluntary ABN signed -> 11301-GY-GX",
    date="2026-10-14", patient=("Whitfield", "Eleanor", "1950-12-24", "female"), provider="okafor",
    payer="medicare",
    conditions=[C("c1", "Other seborrheic keratosis", "L82.1", "left upper back")],
    procedures=[P("Shave removal", None, "Left upper back",
                  "0.8 cm stuck-on brown SK, asymptomatic (no itching, bleeding or irritation). Patient wants it "
                  "removed for cosmetic reasons. Informed that Medicare does not cover; voluntary ABN signed. "
                  "Shave removal performed.", ["c1"])],
    expected=E([L("11301", 1, "GY", "GX")], ["cosmetic"]),
    coder_note="COS-4: statutorily excluded cosmetic service, Medicare FFS -> GY, plus GX for the voluntary ABN.")

add(id="sx-cos-tags-commercial-self-pay", family="cosmetic", shape="note-only",
    description="Commercial: 12 asymptomatic skin tags removed for appearance -> no claim line",
    date="2026-10-29", patient=("Keller", "Amanda", "1983-10-10", "female"), provider="lindqvist",
    payer="commercial",
    conditions=[C("c1", "Acrochordon", "L91.8", "neck")],
    note=("Pt requests removal of skin tags on the neck, bothered by the look. They do not itch, bleed or "
          "catch on clothing. Discussed cosmetic nature; patient agrees to self-pay.\n"
          "Procedure: snip removal of twelve (12) skin tags, neck, with iris scissors; AlCl for hemostasis."),
    expected=E([], ["cosmetic"]),
    coder_note="Conventions: cosmetic service for a commercial payer -> line removed, cosmetic finding (patient pays).")

# ------------------------------------------------------------------------------------------- skin-tags
add(id="sx-tags-thirty-irritated-mue", family="skin-tags", shape="note-only",
    description="30 irritated, bleeding skin tags -> 11200 + 11201 (2 units computed, capped at MUE 1)",
    date="2026-10-06", patient=("Pham", "Linh", "1969-01-01", "female"), provider="ramirez",
    payer="commercial",
    conditions=[C("c1", "Acrochordon, irritated", "L91.8", "neck and axillae")],
    note=("Multiple acrochordons of the neck and both axillae that catch on necklaces and bra straps, several "
          "bleeding and inflamed. Removed thirty (30) skin tags with scissors and electrocautery."),
    expected=E([L("11200"), L("11201")], ["mue"]),
    coder_note="11201 = ceil((30-15)/10) = 2 units; MUE 11201 = 1 (MAI 3) -> capped at 1 with mue finding.")

add(id="sx-tags-eight-bleeding-precoded", family="skin-tags", shape="pre-coded",
    description="8 bleeding/irritated skin tags -> 11200",
    date="2026-11-03", patient=("Andersson", "Nils", "1962-07-14", "male"), provider="baptiste",
    payer="medicaid",
    conditions=[C("c1", "Acrochordon, irritated", "L91.8", "axillae")],
    procedures=[P("Removal of skin tags", "11200", "Bilateral axillae",
                  "8 skin tags, inflamed and bleeding from friction with shirt. Snip excision.", ["c1"])],
    expected=E([L("11200")]))

# ----------------------------------------------------------------------------------------------- mixed
add(id="sx-mixed-fse-melanoma-hx-bx-ln2", family="mixed", shape="note-only",
    description="Melanoma history FSE (99214-25) + 2 shave bx + LN2 5 AKs -> 11102, 11103, 17000-XS, 17003 x4",
    date="2026-10-01", patient=("Thornton", "George", "1948-04-16", "male"), provider="okafor",
    payer="medicare", em="99214",
    conditions=[C("h1", "Personal history of malignant melanoma of skin", "Z85.820", history=True),
                C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", "right upper back"),
                C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "left forearm"),
                C("c3", "Actinic keratosis", "L57.0", "face")],
    note=("HPI: 78M, hx melanoma L back 2018 (WLE), here for 6-month FSE. Notes a new spot R upper back. Also on "
          "apixaban; discussed bleeding risk.\n"
          "Exam: full skin exam. R upper back 6 mm irregular pigmented papule. L forearm 8 mm scaly pink "
          "papule. Face with 5 gritty AKs. Scar L back without recurrence; no lymphadenopathy.\n"
          "Procedures: 1) Shave biopsy R upper back. 2) Shave biopsy L forearm. 3) LN2 to 5 AKs of the face "
          "(forehead x2, L cheek, nose, R temple).\n"
          "A/P: hx melanoma - surveillance, FSE q6 mo; new atypical lesion - bx; r/o SCC L forearm - bx; AKs - "
          "LN2. Reviewed apixaban management with procedures; sun protection counseling."),
    expected=E([L("99214", 1, "25"), L("11102"), L("11103"), L("17000", 1, "XS"), L("17003", 4)]),
    coder_note=("FSE for melanoma surveillance is separately identifiable (25). BX-2: 11102 + 11103. DS-1 5 AKs. "
                "PTP 11102/17000 indicator 1 (biopsy column 1), different lesions -> XS on 17000; no PTP edit "
                "touches 17003."))

add(id="sx-mixed-warts-plus-shave-bx-precoded", family="mixed", shape="pre-coded",
    description="Warts on knee (17110) + shave bx of a cheek lesion (11102-XS)",
    date="2026-10-18", patient=("Oyelaran", "Tunde", "1988-09-27", "male"), provider="chen",
    payer="commercial-aetna",
    conditions=[C("c1", "Other viral warts", "B07.8", "left knee"),
                C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "right cheek")],
    procedures=[P("Destruction benign lesions", "17110", "L knee",
                  "2 common warts, spreading, LN2 x2 cycles.", ["c1"]),
                P("Tangential biopsy", "11102", "R cheek",
                  "5 mm pearly papule, shave biopsy to r/o BCC.", ["c2"])],
    expected=E([L("17110"), L("11102", 1, "XS")]),
    coder_note="PTP 17110/11102 indicator 1 (17110 column 1): separate lesion and site -> XS on 11102.")
