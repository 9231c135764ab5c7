"""SEALED-5 held-out set: 60 case studies of a dermatology coding certification exam (ids `s5-`).

Persona: the exam committee of a dermatology coding association, writing case studies from real charts in
many clinicians' voices. Expected answers follow /work/shared/reference/derm_coding.md §2-§7, §10 and
/work/main/docs/coding_conventions.md only (engine code and team corpus were not read). Names are synthetic.
"""

from __future__ import annotations

from tools.corpus.spec_helpers import C
from tools.corpus.spec_helpers import E
from tools.corpus.spec_helpers import L
from tools.corpus.spec_helpers import P
from tools.corpus.spec_helpers import PRIOR

SCENARIOS: list[dict] = []


def S(**kw) -> None:
    SCENARIOS.append(kw)


# ----------------------------------------------------------------------------------------------- destruction
S(id="s5-ak-cryo-nine-precoded", family="destruction", shape="pre-coded", provider="voss", payer="medicare",
  date="2026-03-02", patient=("Brandt", "Harold", "1944-05-11", "male"),
  description="EMA pre-coded 17000 + 17003 for 9 AKs (forehead 4, scalp 3, R dorsal hand 2); correct as sent",
  conditions=[C("c1", "Actinic keratosis", "L57.0", "forehead, scalp, right dorsal hand", reason=True)],
  procedures=[P("Destruction premalignant lesion, first", "17000", "Forehead", "LN2 2 freeze-thaw cycles",
                ["c1"]),
              P("Destruction premalignant lesions 2-14", "17003", "Forehead / scalp / R dorsal hand",
                "Qty 8. forehead x3 more, scalp x3, R dorsal hand x2", ["c1"])],
  note="AK f/u. Hypertrophic AKs forehead (4), vertex scalp (3), R dorsal hand (2). Total 9 treated w/ LN2, "
       "2 cycles each. Tolerated well. RTC 6 mo.",
  expected=E([L("17000"), L("17003", 8)], dx={"17000": ["L57.0"]}),
  coder_note="DS-1: 9 lesions = 17000 + 17003 x8.")

S(id="s5-ak-seventeen-ema-17003-over", family="destruction", shape="pre-coded", provider="voss",
  payer="medicare-ngs", date="2026-03-04", patient=("Quist", "Eleanor", "1939-12-02", "female"),
  description="EMA sent 17000 + 17003 x16 for 17 AKs: 17004 x1 replaces both",
  conditions=[C("c1", "Actinic keratoses, multiple", "L57.0", "face and bilateral forearms", reason=True)],
  procedures=[P("AK destruction 1st", "17000", "Face", reasons=["c1"]),
              P("AK destruction addl", "17003", "Face, forearms", "units: 16", ["c1"])],
  note="Pt w/ extensive photodamage. Cryo to seventeen (17) AKs: nose 3, cheeks 6, R forearm 4, L forearm 4. "
       "Discussed field tx (5-FU) for next visit - not started today.",
  expected=E([L("17004")], ["coding-correction"]),
  coder_note="DS-1: 15 or more lesions -> 17004 x1 instead of 17000/17003.")

S(id="s5-bcc-edc-shoulder-freetext", family="destruction", shape="free-text", provider="voss",
  payer="medicare-noname", date="2026-03-09", patient=("Lindahl", "Gus", "1947-02-28", "male"),
  description="ED&C of biopsy-proven superficial BCC R shoulder, final defect 1.4 cm -> 17262",
  conditions=[C("c1", "Superficial basal cell carcinoma, right shoulder", "C44.612", "R shoulder", reason=True)],
  procedures=[P("ED&C", site="Right posterior shoulder",
                note="Bx 2/20 showed superficial BCC. Curetted x3 with electrodesiccation between passes. "
                     "Final defect 1.4 cm. Vaseline + bandage.", reasons=["c1"])],
  prior=[PRIOR("2026-02-20", "11102", "Tangential biopsy", "R shoulder")],
  expected=E([L("17262")], dx={"17262": ["C44.612"]}),
  coder_note="DS-4: malignant destruction TAL by final defect 1.4 cm -> 17262. Prior 000 biopsy: no global.")

S(id="s5-molluscum-curette-child", family="destruction", shape="note-only", provider="abernathy",
  payer="medicaid-mco", date="2026-03-10", patient=("Reyes", "Mateo", "2019-06-03", "male"),
  description="Curettage of 18 molluscum in a child -> 17111 x1",
  conditions=[C("c1", "Molluscum contagiosum", "B08.1", "trunk and axillae", reason=True)],
  note="6 yo boy here with mom. Molluscum spreading over the last 2 months, now on trunk and both axillae, "
       "some inflamed and itchy, brother also getting them.\n\nAfter topical LMX x 45 min, curettage of "
       "eighteen (18) mollusca: L axilla 5, R axilla 4, trunk 9. Hemostasis w/ pressure. Tolerated ok w/ "
       "distraction.\n\nPlan: cantharidin discussed for next time if more appear. RTC 4-6 wks.",
  expected=E([L("17111")], dx={"17111": ["B08.1"]}),
  coder_note="DS-2: 15 or more benign lesions -> 17111 x1; molluscum covered (BSL-4).")

S(id="s5-ak-declined-some-em-removed", family="destruction", shape="note-only", provider="marchetti",
  payer="medicare-advantage", em="99213", date="2026-03-11", patient=("Whitcomb", "Ruth", "1950-10-14", "female"),
  description="4 AKs treated, 2 more declined; E/M 99213 for AK only -> removed",
  conditions=[C("c1", "Actinic keratosis", "L57.0", "scalp, ears", reason=True)],
  note="CC: rough spots on scalp.\nExam: 6 gritty erythematous papules c/w AK - vertex scalp x4, R helix x1, "
       "L helix x1.\nProcedure: LN2 to the 4 scalp AKs, 2 cycles. Pt declined treatment of the two ear lesions "
       "today (wants to try sunscreen first).\nA/P: AKs - treated as above. Sun protection reviewed. f/u 6 mo.",
  expected=E([L("17000"), L("17003", 3)]),
  coder_note="DS-1: 4 treated (2 declined, not coded). GS-3: E/M only for the AKs treated -> removed.")

# ----------------------------------------------------------------------------------------------- cosmetic
S(id="s5-sk-cosmetic-medicare-gy", family="cosmetic", shape="note-only", provider="okonkwo", payer="medicare",
  date="2026-03-12", patient=("Fairbanks", "Lois", "1952-01-30", "female"),
  description="Medicare FFS: LN2 to 4 asymptomatic SKs for appearance, no ABN -> 17110-GY",
  conditions=[C("c1", "Seborrheic keratoses", "L82.1", "face and chest", reason=True)],
  note="Patient requests removal of several \"age spots\" on her face and upper chest because she does not like "
       "how they look. No itching, bleeding or irritation; no change. Exam: 4 stuck-on tan waxy papules, "
       "classic SK. Discussed that this is cosmetic. She wishes to proceed and will pay.\n"
       "Procedure: cryotherapy to 4 SKs (L temple, R cheek, 2 on upper chest).",
  expected=E([L("17110", 1, "GY")], ["cosmetic"]),
  coder_note="BSL-2/COS-4: statutorily excluded cosmetic service, Medicare FFS -> GY, no ABN -> no GX.")

S(id="s5-sk-shave-cosmetic-aetna", family="cosmetic", shape="free-text", provider="okonkwo",
  payer="commercial-aetna", date="2026-03-13", patient=("Duarte", "Felipe", "1970-04-21", "male"),
  description="Commercial: shave of asymptomatic SK on back for appearance -> line removed (cosmetic)",
  conditions=[C("c1", "Seborrheic keratosis", "L82.1", "upper back", reason=True)],
  procedures=[P("Shave removal", site="Upper back",
                note="Asymptomatic 0.8 cm SK, pt wants it off for cosmetic reasons. Shaved flush, AlCl for "
                     "hemostasis. Pt informed cosmetic, self-pay.", reasons=["c1"])],
  expected=E([], ["cosmetic"]),
  coder_note="Non-Medicare cosmetic: removed from the claim, cosmetic finding (patient billed directly).")

S(id="s5-tags-cosmetic-gy-gx-html", family="cosmetic", shape="note-only", provider="castellanos",
  payer="medicare", html=True, date="2026-03-16", patient=("Ambrose", "Walter", "1948-09-09", "male"),
  description="Medicare FFS: 12 asymptomatic skin tags snipped, voluntary ABN signed -> 11200-GY-GX",
  conditions=[C("c1", "Acrochordons", "L91.8", "neck", reason=True)],
  note="<html><body><h3>Procedure Note</h3><p><b>Indication:</b> Patient would like the skin tags on his "
       "neck removed, they bother him cosmetically. Denies pain, bleeding, irritation.</p>"
       "<p><b>ABN:</b> Advised Medicare does not cover cosmetic removal; voluntary ABN signed, patient "
       "elects to proceed.</p><p><b>Procedure:</b> 12 pedunculated acrochordons of the neck removed with "
       "gradle scissors, Drysol hemostasis.</p><p><b>Plan:</b> PRN.</p></body></html>",
  expected=E([L("11200", 1, "GX", "GY")], ["cosmetic"]),
  coder_note="COS-4: cosmetic, Medicare FFS, voluntary ABN -> GY + GX.")

S(id="s5-medicaid-bx-plus-cosmetic-sk", family="mixed", shape="note-only", provider="abernathy",
  payer="medicaid", date="2026-03-17", patient=("Pruitt", "Sharonda", "1983-11-05", "female"),
  description="Medicaid: shave bx of changing nevus + LN2 to 3 asymptomatic SKs on request -> 11102 only",
  conditions=[C("c1", "Neoplasm of unspecified behavior, skin of back", "D49.2", "L upper back", reason=True),
              C("c2", "Seborrheic keratosis", "L82.1", "temples")],
  note="Mole on L upper back has gotten darker per pt's husband. 6 mm, irregular pigment network on "
       "dermoscopy -> shave bx done, sent to path.\nShe also asked to freeze 3 brown spots on her temples "
       "(SKs, not bothering her, just doesn't like them). Told her Medicaid won't cover cosmetic; she agreed "
       "to pay cash. LN2 x3.",
  expected=E([L("11102")], ["cosmetic"]),
  coder_note="BX-1 tangential bx 11102. SK destruction cosmetic for Medicaid -> removed (cosmetic finding); "
             "no XS needed once 17110 is off the claim.")

# ----------------------------------------------------------------------------------------------- skin tags
S(id="s5-tags-22-symptomatic-freetext", family="skin-tags", shape="free-text", provider="castellanos",
  payer="medicaid", date="2026-03-18", patient=("Gaines", "Loretta", "1966-03-14", "female"),
  description="22 irritated, bleeding skin tags (neck, axillae) -> 11200 + 11201 x1",
  conditions=[C("c1", "Irritated acrochordons", "L91.8", "neck and axillae", reason=True)],
  procedures=[P("Removal skin tags", site="Neck, bilateral axillae",
                note="Tags catch on necklace and bra straps, several bleeding/inflamed. Removed twenty-two "
                     "total by snip excision: neck 10, R axilla 7, L axilla 5.", reasons=["c1"])],
  expected=E([L("11200"), L("11201")]),
  coder_note="11200 up to 15 + 11201 per additional 10: ceil(7/10)=1. Symptomatic -> covered.")

S(id="s5-tags-25-ema-11201-x2", family="skin-tags", shape="pre-coded", provider="santos", payer="commercial-cigna",
  date="2026-03-19", patient=("Hollis", "Brenda", "1972-08-08", "female"),
  description="EMA 11200 + 11201 x2 for 25 inflamed tags -> 11201 x1",
  conditions=[C("c1", "Inflamed skin tags", "L91.8", "inframammary, axillae", reason=True)],
  procedures=[P("Skin tag removal up to 15", "11200", "Inframammary", reasons=["c1"]),
              P("Skin tag removal ea addl 10", "11201", "Axillae", "x2", reasons=["c1"])],
  note="25 skin tags inframammary + axillae, red, rubbing, painful. Snip removal of all 25.",
  expected=E([L("11200"), L("11201")], ["coding-correction"]),
  coder_note="25 tags: 11200 + ceil((25-15)/10)=1 unit of 11201.")

# ----------------------------------------------------------------------------------------------- biopsy
S(id="s5-bx-three-two-techniques", family="biopsy", shape="note-only", provider="okonkwo", payer="medicare",
  date="2026-03-20", patient=("Kessler", "Arthur", "1945-06-17", "male"),
  description="Shave bx R upper back, punch bx L forearm, shave bx L cheek -> 11104 + 11103 x2",
  conditions=[C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", reason=True),
              C("h1", "Personal history of other malignant neoplasm of skin", "Z85.828", history=True)],
  note="Hx: s/p Mohs R temple 2021 (BCC), ED&C L forearm 2022 (SCCIS). Scars clear today.\nThree new lesions of concern today.\n1) R upper back - 7 mm pink pearly papule -> shave biopsy.\n"
       "2) L forearm - 5 mm scaly firm papule, ? SCC -> 4 mm punch biopsy, 1 suture.\n"
       "3) L cheek - 4 mm pink scaly macule -> shave biopsy.\nAll to path. Will call with results.",
  expected=E([L("11104"), L("11103", 2)]),
  coder_note="BX-2: punch outranks tangential -> 11104 primary, two tangential add-ons 11103 x2.")

S(id="s5-bx-ema-11100-11101", family="biopsy", shape="pre-coded", provider="voss", payer="commercial",
  date="2026-03-23", patient=("Marsh", "Colin", "1977-02-01", "male"),
  description="EMA sent deleted 11100/11101 for two shave biopsies -> 11102 + 11103",
  conditions=[C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", reason=True)],
  procedures=[P("Bx skin single", "11100", "R chest", "shave bx, DermaBlade", ["c1"]),
              P("Bx skin ea addl", "11101", "L flank", "shave bx", ["c1"])],
  expected=E([L("11102"), L("11103")], ["invalid-code"]),
  coder_note="BX-1: 11100/11101 deleted 2019; tangential -> 11102 + 11103.")

S(id="s5-bx-incisional-thigh-punch-scalp", family="biopsy", shape="free-text", provider="marchetti",
  payer="medicare-advantage-ppo", date="2026-03-24", patient=("Tanaka", "Hiro", "1949-10-30", "male"),
  description="Incisional wedge bx thigh plaque + punch bx scalp -> 11106 + 11105",
  conditions=[C("c1", "Indurated plaque of left thigh", "L98.8", "L thigh", reason=True),
              C("c2", "Scarring alopecia, vertex", "L65.9", "vertex scalp", reason=True)],
  procedures=[P("Incisional biopsy", site="Left anterior thigh",
                note="Deep wedge to fat with 15 blade, 1.5 cm, closed w/ 4-0 nylon.", reasons=["c1"]),
              P("Punch biopsy", site="Vertex scalp", note="4 mm punch at active border, 1 suture.",
                reasons=["c2"])],
  expected=E([L("11106"), L("11105")]),
  coder_note="BX-2: incisional > punch -> 11106 + 11105.")

S(id="s5-bx-lip-vermilion", family="biopsy", shape="free-text", provider="castellanos", payer="commercial-uhc",
  date="2026-03-25", patient=("Byrne", "Siobhan", "1968-12-12", "female"),
  description="Biopsy of lower lip vermilion lesion -> site-specific 40490",
  conditions=[C("c1", "Lesion of lower lip vermilion", "D49.2", "lower lip", reason=True)],
  procedures=[P("Lip biopsy", site="Lower lip vermilion, left of midline",
                note="Persistent scaly erosion x 4 months. Shave/wedge sample of vermilion, hemostasis with "
                     "AlCl.", reasons=["c1"])],
  expected=E([L("40490")]),
  coder_note="BX-1: mucosal/lip vermilion biopsy uses the site-specific code 40490, not 11102-11107.")

S(id="s5-bx-eight-shave-mue", family="biopsy", shape="note-only", provider="weiss", payer="commercial-cigna",
  html=True, date="2026-03-26", patient=("Novak", "Petra", "1980-04-04", "female"),
  description="Eight shave biopsies (dysplastic nevus syndrome) -> 11102 + 11103 x6 (MUE cap)",
  conditions=[C("c1", "Changing nevi, multiple sites", "D49.2", reason=True)],
  note="<div><p>Pt with DNS, annual exam w/ total body photos compared. 8 lesions changed.</p>"
       "<table><tr><th>#</th><th>Site</th><th>Size</th><th>Technique</th></tr>"
       "<tr><td>A</td><td>R scapula</td><td>6mm</td><td>shave bx</td></tr>"
       "<tr><td>B</td><td>L scapula</td><td>5mm</td><td>shave bx</td></tr>"
       "<tr><td>C</td><td>mid back</td><td>7mm</td><td>shave bx</td></tr>"
       "<tr><td>D</td><td>L flank</td><td>4mm</td><td>shave bx</td></tr>"
       "<tr><td>E</td><td>R abdomen</td><td>5mm</td><td>shave bx</td></tr>"
       "<tr><td>F</td><td>R thigh</td><td>6mm</td><td>shave bx</td></tr>"
       "<tr><td>G</td><td>L calf</td><td>5mm</td><td>shave bx</td></tr>"
       "<tr><td>H</td><td>R upper arm</td><td>4mm</td><td>shave bx</td></tr></table>"
       "<p>All saucerized, to path separately labeled.</p></div>",
  expected=E([L("11102"), L("11103", 6)], ["mue"]),
  coder_note="BX-2: 8 tangential -> 11102 + 11103 x7; MUE 11103 = 6 (MAI 3) -> capped with mue finding.")

# ----------------------------------------------------------------------------------------------- E/M
S(id="s5-em-psoriasis-rx-plus-bx-25", family="em", shape="note-only", provider="weiss", payer="commercial",
  em="99214", date="2026-03-27", patient=("Fenwick", "Arlo", "1975-05-25", "male"),
  description="Psoriasis flare with new systemic Rx + labs, shave bx of new lesion -> 99214-25 + 11102",
  conditions=[C("c1", "Plaque psoriasis, flare", "L40.0", reason=True),
              C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "R shin", reason=True)],
  note="Here for psoriasis, worse since stopping clobetasol, now ~12% BSA elbows knees scalp, joint sx denied. "
       "Reviewed prior labs. Discussed options; will start apremilast titration pack, counseled on GI side effects "
       "and mood, ordered CMP. Biologics discussed, not starting today. Continue topical. Separately, pt pointed out new pink papule R shin x 2 months -> "
       "shave biopsy done today. RTC 8 weeks for psoriasis.",
  expected=E([L("99214", 1, "25"), L("11102")]),
  coder_note="GS-3: significant separate E/M (chronic illness exacerbation + Rx management) -> 25.")

S(id="s5-em-wart-decision-only", family="em", shape="pre-coded", provider="santos", payer="commercial-uhc",
  em="99213", date="2026-03-30", patient=("Lam", "Kevin", "1995-09-19", "male"),
  description="99213 + 17110 for a single finger wart, only the wart addressed -> E/M removed",
  conditions=[C("c1", "Common wart, right index finger", "B07.8", "R index finger", reason=True)],
  procedures=[P("Destruction benign lesion", "17110", "R index finger", "LN2 x2 cycles", ["c1"])],
  note="Wart R index finger, painful when typing. LN2 today. RTC 3 wks for retreat.",
  expected=E([L("17110")]),
  coder_note="GS-3: the only work is the decision for the minor procedure -> E/M line removed.")

S(id="s5-em-new-acne-ilk-25", family="em", shape="free-text", provider="abernathy", payer="commercial-cigna",
  em="99203", date="2026-03-31", patient=("Ibarra", "Sofia", "2007-02-14", "female"),
  description="New pt acne: doxy + tretinoin started, ILK 2 cysts 2.5 mg/mL 0.4 mL total -> 99203-25 + 11900 + J3301",
  conditions=[C("c1", "Acne vulgaris", "L70.0", "face", reason=True)],
  procedures=[P("Intralesional injection", site="L cheek, chin",
                note="Kenalog 2.5 mg/mL, 0.2 mL into each of two tender cysts (0.4 mL total).", reasons=["c1"])],
  note="New pt, 19 yo, inflammatory acne x 3 years, failed OTC BP. Started doxycycline 100 mg daily + "
       "tretinoin 0.025% cream; counseled photosensitivity, take with water. Two painful cysts injected today "
       "(see procedure). f/u 10 weeks.",
  expected=E([L("99203", 1, "25"), L("11900"), L("J3301")]),
  coder_note="GS-3: Rx management beyond the injection -> 25. 0.4 mL x 2.5 mg/mL = 1 mg -> J3301 x1.")

S(id="s5-em-screening-fse-medicare-gy", family="em", shape="note-only", provider="okonkwo", payer="medicare",
  em="99203", date="2026-04-01", patient=("Sorensen", "Ida", "1958-07-07", "female"),
  description="Medicare new pt screening-only skin exam, no hx, no complaint, nothing found -> 99203-GY",
  conditions=[C("c1", "Encounter for screening for malignant neoplasm of skin", "Z12.83", reason=True)],
  note="New patient. \"Just wants a skin check\" - her friend had melanoma. No personal or family hx of skin "
       "cancer, no lesions of concern, no complaints. Full skin exam scalp to toes: scattered benign nevi, "
       "lentigines. Nothing suspicious. Reviewed ABCDEs, sunscreen. RTC prn.",
  expected=E([L("99203", 1, "GY")]),
  coder_note="DX-5: Medicare has no skin-cancer screening benefit -> GY (no voluntary ABN -> no GX).")

S(id="s5-em-24-eczema-in-excision-global", family="em", shape="note-only", provider="weiss",
  payer="commercial", em="99213", date="2026-04-03", patient=("Delgado", "Marisol", "1969-01-22", "female"),
  description="Unrelated E/M (hand eczema flare, Rx) 6 days after malignant excision (010) -> 99213-24",
  conditions=[C("c1", "Dyshidrotic eczema, hands", "L30.1", reason=True)],
  prior=[PRIOR("2026-03-28", "11602", "Excision malignant lesion trunk", "L back")],
  note="Came in early - sutures on back are fine, not due out yet. Main issue: itchy blisters both palms x 1 wk "
       "after gardening. Dyshidrotic eczema flare. Rx clobetasol 0.05% oint BID x 2 wk, gloves, emollients. "
       "Back wound looks good.",
  expected=E([L("99213", 1, "24")], ["global-period"]),
  coder_note="GS-5: unrelated E/M within the 010 global of 11602 -> 24.")

S(id="s5-em-57-cheek-flap-new", family="em", shape="free-text", provider="lindgren", payer="commercial-cigna",
  em="99204", date="2026-04-06", patient=("Prentice", "Nora", "1956-11-29", "female"),
  description="New pt, decision for excision + rotation flap L cheek same day -> 99204-57 + 14040",
  conditions=[C("c1", "Basal cell carcinoma, left cheek", "C44.319", "L cheek", reason=True)],
  procedures=[P("Excision with rotation flap", site="Left cheek",
                note="Nodular BCC (outside bx) 1.2 cm, excised w/ 4 mm margins. Primary defect 2.0 cm, "
                     "rotation flap designed, total defect incl. secondary 9.0 sq cm. Layered closure.",
                reasons=["c1"])],
  note="Referred for L cheek BCC. Reviewed outside path. Discussed Mohs vs excision; pt chose excision with "
       "flap today. Risks/benefits reviewed.",
  expected=E([L("99204", 1, "57"), L("14040")]),
  coder_note="GS-4/FLAP-4: E/M deciding a 090 procedure the same day -> 57. FLAP-1/2: 9 sq cm cheek -> 14040; "
             "excision included.")

# ----------------------------------------------------------------------------------------------- post-op
S(id="s5-postop-sutures-99212-sent", family="post-op", shape="note-only", provider="marchetti",
  payer="commercial-uhc", em="99212", date="2026-04-07", patient=("Harlow", "Jim", "1973-04-18", "male"),
  description="Suture removal 8 days after benign excision (010) billed as 99212 -> 99024",
  conditions=[C("c1", "Encounter for removal of sutures", "Z48.02", reason=True)],
  prior=[PRIOR("2026-03-30", "11403", "Excision benign lesion", "R upper back")],
  note="Suture removal R upper back. Path benign (epidermal cyst). Wound well healed, no erythema. "
       "Sutures removed, steri-strips. Done.",
  expected=E([L("99024")], ["global-period"]),
  coder_note="Post-op visit within the 010 global -> 99024, no E/M.")

S(id="s5-postop-flap-suture-freetext", family="post-op", shape="free-text", provider="lindgren",
  payer="medicare", date="2026-04-08", patient=("Crowley", "Edwin", "1940-08-15", "male"),
  description="Suture removal 9 days after nasal flap (090) -> 99024",
  conditions=[C("c1", "Aftercare following skin surgery", "Z48.817", reason=True)],
  prior=[PRIOR("2026-03-30", "14060", "Adjacent tissue transfer nose", "L nasal sidewall")],
  procedures=[P("Suture removal", site="Left nasal sidewall",
                note="Flap viable, pink, no dehiscence. 6-0 sutures removed.", reasons=["c1"])],
  expected=E([L("99024")]),
  coder_note="Inside the 90-day global of 14060 -> post-op visit 99024.")

S(id="s5-postop-79-bx-in-global", family="post-op", shape="pre-coded", provider="santos", payer="medicare-ngs",
  date="2026-04-09", patient=("Vance", "Meredith", "1951-02-09", "female"),
  description="Shave bx of a new back lesion 7 days after malignant excision of nose (010) -> 11102-79",
  conditions=[C("c1", "Neoplasm of unspecified behavior of skin, back", "D49.2", "L mid back", reason=True)],
  prior=[PRIOR("2026-04-02", "11642", "Excision malignant lesion nose", "nasal tip")],
  procedures=[P("Tangential bx", "11102", "L mid back", "new bleeding papule 5mm", ["c1"])],
  note="Wound check nose - healing well. Pt also noted new bleeding papule on L mid back: shave bx done.",
  expected=E([L("11102", 1, "79")], ["global-period"]),
  coder_note="GS-5: unrelated procedure within a 010 global -> 79.")

# ----------------------------------------------------------------------------------------------- excision
S(id="s5-mis-reexcision-58", family="excision-malignant", shape="note-only", provider="weiss",
  payer="medicare", date="2026-04-10", patient=("Lund", "Gerald", "1955-09-01", "male"),
  description="MIS re-excision for positive margin 5 days after first excision: 11603-58 + 12032-58",
  conditions=[C("c1", "Melanoma in situ, back", "D03.59", "R upper back", reason=True)],
  prior=[PRIOR("2026-04-05", "11602", "Excision malignant lesion trunk", "R upper back")],
  path=[{"text": "Re-excision: residual melanoma in situ, all margins now clear.", "site": "R upper back"}],
  note="Path from 4/5 excision: MIS, peripheral margin involved. Returned today for re-excision as planned.\n"
       "Scar 1.5 cm; re-excised with 0.5 cm margins all around (excised diameter 2.5 cm). Layered closure: "
       "3-0 vicryl deep, 4-0 nylon running, length 4.0 cm.",
  expected=E([L("11603", 1, "58"), L("12032", 1, "58")], ["global-period"]),
  coder_note="EX-4: re-excision for positive margin inside the 010 global -> 58; 1.5+1.0=2.5 cm -> 11603; "
             "intermediate 4.0 cm trunk -> 12032.")

S(id="s5-cyst-back-layered-freetext", family="excision-benign", shape="free-text", provider="marchetti",
  payer="commercial-uhc", date="2026-04-13", patient=("Osei", "Kwame", "1979-06-11", "male"),
  description="Inflamed epidermoid cyst upper back 1.8 cm + 2 mm margins -> 11403 + 12032 (3.5 cm)",
  conditions=[C("c1", "Epidermoid cyst, inflamed", "L72.0", "upper back", reason=True)],
  procedures=[P("Excision cyst", site="Upper back midline",
                note="Recurrently inflamed, draining cyst 1.8 cm. Excised with 2 mm margin, sac intact.",
                reasons=["c1"]),
              P("Layered closure", site="Upper back midline",
                note="Deep 3-0 Monocryl, superficial 4-0 Prolene. Length 3.5 cm.", reasons=["c1"])],
  expected=E([L("11403"), L("12032")]),
  coder_note="EX-1: 1.8 + 0.4 = 2.2 cm -> 11403. EX-5: intermediate 3.5 cm trunk -> 12032.")

S(id="s5-nevus-arm-ema-wrong-band", family="excision-benign", shape="pre-coded", provider="santos",
  payer="medicaid", date="2026-04-14", patient=("Carver", "Dana", "1990-10-10", "female"),
  description="EMA 11402 (ellipse length) + 12001 for 0.6 cm nevus + 2 mm margins -> 11401 only",
  conditions=[C("c1", "Dysplastic nevus, left forearm", "D22.62", "L forearm", reason=True)],
  procedures=[P("Excision benign lesion arm", "11402", "L forearm", "ellipse 3.0 cm", ["c1"]),
              P("Simple repair", "12001", "L forearm", "3.0 cm, 4-0 nylon simple interrupted", ["c1"])],
  note="Changing nevus L forearm 0.6 x 0.4 cm. Excised with 2 mm margins (elliptical, 3.0 cm long). "
       "Closed with simple interrupted sutures.",
  path=[{"text": "Dysplastic compound nevus with moderate atypia, margins clear.", "site": "L forearm"}],
  expected=E([L("11401")], ["coding-correction"]),
  coder_note="EX-1: 0.6 + 0.4 = 1.0 cm -> 11401 (not ellipse length). EX-5: simple repair included.")

S(id="s5-bcc-scc-two-excisions-html", family="excision-malignant", shape="note-only", provider="castellanos",
  payer="commercial-cigna", html=True, date="2026-04-15", patient=("Greer", "Thomas", "1953-12-20", "male"),
  description="BCC back + SCC L forearm excisions (both 11602), intermediate repairs 3.0 + 2.5 summed -> 12032",
  conditions=[C("c1", "Basal cell carcinoma, back", "C44.519", "R upper back", reason=True),
              C("c2", "Squamous cell carcinoma, left forearm", "C44.629", "L forearm", reason=True)],
  path=[{"text": "A: basal cell carcinoma, nodular, margins clear. B: invasive SCC, well differentiated, "
                 "margins clear."}],
  note="<h4>Excisions</h4><ul><li>A. R upper back, bx-proven BCC 1.0 cm, 4 mm margins, layered closure "
       "3.0 cm</li><li>B. L forearm, bx-proven SCC 1.2 x 0.9 cm, 4 mm margins, layered closure 2.5 cm"
       "</li></ul><p>Deep 4-0 Vicryl, top 5-0 Prolene both sites. EBL minimal.</p>",
  expected=E([L("11602", 2), L("12032")]),
  coder_note="EX-1: A 1.0+0.8=1.8, B 1.2+0.8=2.0 -> 11602 x2. REP-1: intermediate trunk+arm same group "
             "3.0+2.5=5.5 -> 12032.")

S(id="s5-sccis-cheek-intermediate", family="excision-malignant", shape="free-text", provider="okonkwo",
  payer="medicare-advantage-ppo", date="2026-04-16", patient=("Ruiz", "Alma", "1946-05-05", "female"),
  description="SCCIS L cheek 0.7 cm + 3 mm margins -> 11642 + 12052 (2.8 cm)",
  conditions=[C("c1", "Squamous cell carcinoma in situ, left cheek", "D04.39", "L cheek", reason=True)],
  procedures=[P("Excision", site="Left malar cheek",
                note="Bx-proven SCCIS 0.7 cm, 3 mm margins, fusiform.", reasons=["c1"]),
              P("Intermediate repair", site="Left malar cheek",
                note="Layered: 5-0 Monocryl dermal, 6-0 Prolene, 2.8 cm.", reasons=["c1"])],
  expected=E([L("11642"), L("12052")]),
  coder_note="EX-3: in situ -> malignant codes; 0.7+0.6=1.3 cm face -> 11642; 12052 for 2.8 cm face.")

S(id="s5-chest-ema-malignant-path-benign", family="excision-benign", shape="pre-coded", provider="okonkwo",
  payer="commercial", date="2026-04-17", patient=("Yates", "Priya", "1985-03-27", "female"),
  description="EMA 11602 for r/o BCC chest; path dermatofibroma -> 11402",
  conditions=[C("c1", "Dermatofibroma, chest", "D23.5", "central chest", reason=True)],
  procedures=[P("Excision malignant lesion", "11602", "Central chest", "r/o BCC, 0.9 cm lesion, 2 mm margins",
                ["c1"])],
  path=[{"text": "Dermatofibroma (benign fibrous histiocytoma), excised.", "site": "chest"}],
  expected=E([L("11402")], ["coding-correction"]),
  coder_note="EX-3: benign pathology -> benign code; 0.9+0.4=1.3 cm trunk -> 11402.")

# ----------------------------------------------------------------------------------------------- mohs
S(id="s5-mohs-ala-two-stages-bilobed", family="mohs", shape="note-only", provider="lindgren",
  payer="medicare", date="2026-04-20", patient=("Hawthorne", "Irene", "1944-01-13", "female"),
  description="Mohs BCC L nasal ala, 2 stages (3 + 2 blocks), bilobed flap 6.5 sq cm -> 17311 + 17312 + 14060",
  conditions=[C("c1", "Basal cell carcinoma of nose", "C44.311", "L nasal ala", reason=True)],
  prior=[PRIOR("2026-03-30", "11102", "Shave biopsy", "L nasal ala")],
  note="MOHS SURGERY\nDx: nodular BCC L nasal ala, bx 3/30/26.\nStage I: 3 blocks, positive at 3 o'clock.\n"
       "Stage II: 2 blocks, clear.\nFinal defect 1.2 x 1.0 cm.\nRepair: bilobed transposition flap; primary "
       "plus secondary defect 6.5 sq cm. 5-0 Monocryl, 6-0 fast gut.",
  expected=E([L("17311"), L("17312"), L("14060")]),
  coder_note="MOHS-2: head -> 17311 + 17312 (no block beyond 5). FLAP-1/3: nose <=10 sq cm -> 14060.")

S(id="s5-mohs-scalp-blocks-ema", family="mohs", shape="pre-coded", provider="lindgren", payer="medicare-ngs",
  date="2026-04-21", patient=("Kowalski", "Stan", "1938-07-04", "male"),
  description="EMA 17315 x5 + 88305 on Mohs scalp SCC (7/4/6 blocks) -> 17315 x3, 88305 removed",
  conditions=[C("c1", "Squamous cell carcinoma of scalp", "C44.42", "vertex scalp", reason=True)],
  procedures=[P("Mohs head 1st stage", "17311", "Vertex scalp", "7 blocks", ["c1"]),
              P("Mohs head addl stage", "17312", "Vertex scalp", "x2: stage 2 = 4 blocks, stage 3 = 6 blocks",
                ["c1"]),
              P("Mohs addl blocks", "17315", "Vertex scalp", "x5", ["c1"]),
              P("Surgical path", "88305", "Vertex scalp", "Mohs layers", ["c1"]),
              P("Intermediate repair scalp", "12032", "Vertex scalp", "4.2 cm layered", ["c1"])],
  expected=E([L("17311"), L("17312", 2), L("17315", 3), L("12032")], ["coding-correction", "ncci"]),
  coder_note="MOHS-2: blocks beyond 5 per stage: (7-5)+(4-5->0)+(6-5)=3. MOHS-5: no 88305 on Mohs specimens.")

S(id="s5-mohs-helix-sameday-bx-frozen", family="mohs", shape="free-text", provider="lindgren",
  payer="commercial-uhc", date="2026-04-22", patient=("Fleming", "Roy", "1957-10-02", "male"),
  description="Never-biopsied R helix lesion: shave bx + frozen section, Mohs 1 stage, second-intention "
              "healing -> 11102-59 + 88331-59 + 17311",
  conditions=[C("c1", "Basal cell carcinoma, right ear", "C44.212", "R helix", reason=True)],
  procedures=[P("Shave biopsy with frozen section", site="Right helix",
                note="No prior biopsy. Diagnostic shave with frozen section: BCC, nodular. Proceeded to Mohs.",
                reasons=["c1"]),
              P("Frozen section", site="Right helix", note="Frozen section of diagnostic biopsy, 1 specimen",
                reasons=["c1"]),
              P("Mohs surgery", site="Right helix", note="Stage 1: 4 blocks, clear. Defect 1.1 cm, perichondrium "
                "intact; allowed to heal by second intention, no repair.", reasons=["c1"])],
  expected=E([L("11102", 1, "59"), L("88331", 1, "59"), L("17311")]),
  coder_note="MOHS-5/BX-5: same-day diagnostic bx + frozen section, no prior path -> 59 on both.")

S(id="s5-mohs-trunk-sbcc-abn-ga", family="mohs", shape="note-only", provider="lindgren", payer="medicare",
  date="2026-04-23", patient=("Dunmore", "Alice", "1950-06-30", "female"),
  description="Medicare: Mohs of 0.8 cm primary superficial BCC L upper back with ABN -> 17313-GA",
  conditions=[C("c1", "Superficial basal cell carcinoma, back", "C44.519", "L upper back", reason=True)],
  note="Primary superficial BCC L upper back, 0.8 cm, bx-proven. Not immunosuppressed, no prior tx. Explained "
       "Mohs is not considered medically necessary for this tumor and Medicare will likely deny; offered ED&C or "
       "excision. Patient insists on Mohs. ABN signed.\nStage 1: 2 blocks, clear. Healing by 2nd intention.",
  expected=E([L("17313", 1, "GA")], ["medical-necessity"]),
  coder_note="MOHSN-2: superficial BCC area L inappropriate; ABN on file -> GA.")

S(id="s5-mohs-pretibial-recurrent-scc", family="mohs", shape="free-text", provider="lindgren",
  payer="medicaid-mco", date="2026-04-24", patient=("Boone", "Earl", "1959-03-16", "male"),
  description="Recurrent SCC R pretibial, 2 stages (5 + 2 blocks), complex repair 5.0 cm -> "
              "17313 + 17314 + 13121",
  conditions=[C("c1", "Squamous cell carcinoma, right lower leg", "C44.722", "R shin", reason=True)],
  procedures=[P("Mohs micrographic surgery", site="Right pretibial shin",
                note="Recurrent SCC (prior ED&C 2024), 2.2 cm. Stage 1 five blocks; stage 2 two blocks, clear.",
                reasons=["c1"]),
              P("Repair", site="Right shin", note="Complex repair: debridement of devitalized wound edges, "
                "layered closure, retention sutures, 5.0 cm.", reasons=["c1"])],
  expected=E([L("17313"), L("17314"), L("13121")]),
  coder_note="MOHS-2: leg -> 17313 + 17314; 5 blocks = no 17315. REP-3: edge debridement + retention sutures = complex; leg 5.0 cm -> 13121.")

# ----------------------------------------------------------------------------------------------- intralesional
S(id="s5-keloids-kenalog40-volume", family="intralesional", shape="note-only", provider="abernathy",
  payer="commercial", date="2026-04-28", patient=("Mensah", "Abena", "1992-12-01", "female"),
  description="3 chest keloids, Kenalog-40 0.5 mL each -> 11900 + J3301 x6",
  conditions=[C("c1", "Keloid scars, chest", "L91.0", "presternal", reason=True)],
  note="Keloids on chest from acne, itchy and tender. Injected Kenalog-40 (40 mg/mL), 0.5 cc into each of the 3 "
       "keloids. Tolerated. Repeat in 6 wks.",
  expected=E([L("11900"), L("J3301", 6)]),
  coder_note="11900 (<=7 lesions); 1.5 mL x 40 mg/mL = 60 mg -> J3301 x6.")

S(id="s5-alopecia-areata-nine-patches", family="intralesional", shape="free-text", provider="weiss",
  payer="medicaid", date="2026-04-29", patient=("Pham", "Linh", "1988-02-17", "female"),
  description="ILK to 9 alopecia areata patches, TAC 10 mg/mL 2.4 mL -> 11901 + J3301 x3",
  conditions=[C("c1", "Alopecia areata", "L63.9", "scalp", reason=True)],
  procedures=[P("Intralesional steroid", site="Scalp",
                note="Triamcinolone acetonide 10 mg/mL, total 2.4 mL divided among nine patches.",
                reasons=["c1"])],
  expected=E([L("11901"), L("J3301", 3)]),
  coder_note="11901 for more than 7 lesions; 24 mg -> ceil(24/10) = J3301 x3.")

S(id="s5-scar-ilk-ema-j3301-short", family="intralesional", shape="pre-coded", provider="castellanos",
  payer="medicare", date="2026-04-30", patient=("Rourke", "Patrick", "1954-04-09", "male"),
  description="EMA J3301 x1 for 0.8 mL of 40 mg/mL into a hypertrophic scar -> J3301 x4",
  conditions=[C("c1", "Hypertrophic scar, R shoulder", "L91.0", "R shoulder", reason=True)],
  procedures=[P("IL injection up to 7", "11900", "R shoulder", reasons=["c1"]),
              P("Triamcinolone inj", "J3301", "R shoulder", "0.8 mL Kenalog 40 mg/mL, qty 1", ["c1"])],
  expected=E([L("11900"), L("J3301", 4)], ["coding-correction"]),
  coder_note="J3301 per 10 mg: 0.8 x 40 = 32 mg -> 4 units.")

# ----------------------------------------------------------------------------------------------- I&D
S(id="s5-axilla-abscess-simple", family="incision-drainage", shape="free-text", provider="marchetti",
  payer="commercial-cigna", date="2026-05-01", patient=("Barnes", "Tyler", "1998-07-27", "male"),
  description="Simple I&D of a single L axillary abscess -> 10060",
  conditions=[C("c1", "Abscess, left axilla", "L02.412", "L axilla", reason=True)],
  procedures=[P("I&D abscess", site="Left axilla",
                note="2 cm fluctuant abscess, 1% lido, stab incision, purulent drainage expressed, no "
                     "loculations, no packing.", reasons=["c1"])],
  expected=E([L("10060")]),
  coder_note="10060 simple/single.")

S(id="s5-buttock-abscess-loculated", family="incision-drainage", shape="note-only", provider="abernathy",
  payer="medicaid", date="2026-05-04", patient=("Cole", "Jasmine", "2001-01-09", "female"),
  description="Complicated I&D (loculations broken, packed) of buttock abscess -> 10061",
  conditions=[C("c1", "Cutaneous abscess of buttock", "L02.31", "R buttock", reason=True)],
  note="Painful lump R buttock x 5 days. 4 cm fluctuant abscess w/ surrounding cellulitis. Incised, copious "
       "pus, multiple loculations broken up with hemostat, irrigated, packed with 1/4\" iodoform. Cx sent. "
       "Bactrim DS x 7 d. Pack removal 48 h.",
  expected=E([L("10061")]),
  coder_note="10061 complicated (loculations + packing).")

S(id="s5-two-abscesses-ema-10060x2", family="incision-drainage", shape="pre-coded", provider="marchetti",
  payer="medicare-advantage", date="2026-05-05", patient=("Drummond", "Leon", "1958-11-11", "male"),
  description="EMA 10060 x2 for two abscesses (L thigh, L groin) -> 10061 x1",
  conditions=[C("c1", "Abscess L thigh", "L02.416", "L thigh", reason=True),
              C("c2", "Abscess L groin", "L02.214", "L groin", reason=True)],
  procedures=[P("I&D abscess simple", "10060", "L thigh", "x1", ["c1"]),
              P("I&D abscess simple", "10060", "L groin", "x1", ["c2"])],
  expected=E([L("10061")], ["coding-correction"]),
  coder_note="10060 = simple or single; multiple abscesses at one session -> 10061 x1 (MUE 1).")

# ----------------------------------------------------------------------------------------------- nails
S(id="s5-avulsion-two-left-toes", family="nails", shape="free-text", provider="castellanos",
  payer="commercial-uhc", date="2026-05-06", patient=("Ellis", "Mara", "1976-06-06", "female"),
  description="Avulsion L great toenail + L 2nd toenail -> 11730-TA + 11732-T1",
  conditions=[C("c1", "Onychomycosis with painful dystrophic nails", "B35.1", "L great and 2nd toes",
                reason=True)],
  procedures=[P("Nail avulsion", site="Left great toe (hallux)", note="Digital block, complete avulsion.",
                reasons=["c1"]),
              P("Nail avulsion", site="Left second toe", note="Complete avulsion.", reasons=["c1"])],
  expected=E([L("11730", 1, "TA"), L("11732", 1, "T1")]),
  coder_note="11730 first + 11732 each additional; digit modifiers TA (L great), T1 (L 2nd).")

S(id="s5-matrixectomy-r-hallux-ema", family="nails", shape="pre-coded", provider="santos", payer="medicaid-mco",
  date="2026-05-07", patient=("Foster", "Caleb", "2004-03-03", "male"),
  description="EMA 11750 + 11730 same R great toe (phenol matrixectomy) -> 11750-T5 only",
  conditions=[C("c1", "Ingrown toenail, right great toe", "L60.0", "R great toe", reason=True)],
  procedures=[P("Nail excision w/ matrix", "11750", "R great toe", "lateral border, phenol x3", ["c1"]),
              P("Nail avulsion", "11730", "R great toe", "lateral border avulsed", ["c1"])],
  expected=E([L("11750", 1, "T5")], ["ncci"]),
  coder_note="11750/11730 indicator 1 but same digit -> 11730 removed. T5 = right great toe.")

S(id="s5-nail-debridement-seven", family="nails", shape="note-only", provider="voss", payer="medicare",
  date="2026-05-08", patient=("Gibbs", "Howard", "1943-09-27", "male"),
  description="Debridement of 7 mycotic toenails in a diabetic with neuropathy -> 11721",
  conditions=[C("c1", "Onychomycosis", "B35.1", "toenails", reason=True),
              C("c2", "Type 2 diabetes with polyneuropathy", "E11.42")],
  note="T2DM w/ peripheral neuropathy, thick painful dystrophic toenails, can't trim himself. Debrided "
       "7 nails (R 1-4, L 1-3) with nippers and burr. No bleeding.",
  expected=E([L("11721")]),
  coder_note="11721 = 6 or more nails. Digit modifiers are for 11730/11732/11750 only.")

# ----------------------------------------------------------------------------------------------- paring
S(id="s5-paring-three-calluses", family="paring", shape="free-text", provider="voss", payer="commercial",
  date="2026-05-11", patient=("Hale", "Dorothy", "1960-12-24", "female"),
  description="Paring of 3 painful calluses -> 11056",
  conditions=[C("c1", "Corns and callosities", "L84", "plantar feet", reason=True)],
  procedures=[P("Paring", site="Plantar feet",
                note="Three painful hyperkeratotic calluses (R 1st MTH, R 5th MTH, L heel) pared with 15 blade.",
                reasons=["c1"])],
  expected=E([L("11056")]),
  coder_note="11056 = 2-4 lesions.")

# ----------------------------------------------------------------------------------------------- phototherapy
S(id="s5-nbuvb-ema-96910", family="phototherapy", shape="pre-coded", provider="weiss", payer="commercial-uhc",
  date="2026-05-13", patient=("Jensen", "Mark", "1982-05-15", "male"),
  description="EMA 96910 for NB-UVB without tar -> 96900",
  conditions=[C("c1", "Psoriasis vulgaris", "L40.0", reason=True)],
  procedures=[P("Photochemotherapy", "96910", "Whole body", "NB-UVB 1200 mJ/cm2, no tar", ["c1"])],
  expected=E([L("96900")], ["coding-correction"]),
  coder_note="96910 requires tar/petrolatum + UVB; NB-UVB alone is actinotherapy 96900.")

S(id="s5-excimer-elbows-knees-sum", family="phototherapy", shape="free-text", provider="weiss",
  payer="commercial-aetna", date="2026-05-15", patient=("Lowell", "Ben", "1987-04-12", "male"),
  description="Excimer to elbows (120 sq cm) + knees (160 sq cm) = 280 -> 96921",
  conditions=[C("c1", "Localized plaque psoriasis", "L40.0", "elbows and knees", reason=True)],
  procedures=[P("Excimer laser", site="Bilateral elbows",
                note="308 nm excimer, treated area 120 sq cm.", reasons=["c1"]),
              P("Excimer laser", site="Bilateral knees", note="308 nm excimer, treated area 160 sq cm.",
                reasons=["c1"])],
  expected=E([L("96921")]),
  coder_note="One code per session by total area: 280 sq cm -> 96921 (250-500).")

S(id="s5-puva-no-failed-tx-gz", family="phototherapy", shape="free-text", provider="voss", payer="medicare",
  date="2026-05-18", patient=("Morrow", "Ada", "1953-02-02", "female"),
  description="Medicare PUVA, no failed conventional therapy documented, no ABN -> 96912-GZ",
  conditions=[C("c1", "Psoriasis", "L40.0", reason=True)],
  procedures=[P("PUVA", site="Whole body",
                note="8-MOP 30 mg po 1.5 h prior, UVA 2 J/cm2. First course of therapy; no prior topical or "
                     "UVB trial documented. No ABN.", reasons=["c1"])],
  expected=E([L("96912", 1, "GZ")], ["medical-necessity"]),
  coder_note="PHOTO-1: PUVA only after failed conventional therapy; unmet, no ABN -> GZ.")

# ----------------------------------------------------------------------------------------------- patch test
S(id="s5-patch-80-ema-one-unit", family="patch-test", shape="pre-coded", provider="weiss",
  payer="commercial-cigna", date="2026-05-19", patient=("Nash", "Olivia", "1979-09-09", "female"),
  description="EMA 95044 x1 for an 80-allergen series -> 95044 x80",
  conditions=[C("c1", "Allergic contact dermatitis", "L23.9", reason=True)],
  procedures=[P("Patch test", "95044", "Upper back", "NACDG 80 allergen series applied, qty 1", ["c1"])],
  expected=E([L("95044", 80)], ["coding-correction"]),
  coder_note="95044 units = number of allergens tested.")

S(id="s5-patch-new-hand-derm-25", family="patch-test", shape="note-only", provider="okonkwo",
  payer="commercial", em="99204", date="2026-05-20", patient=("Ortega", "Luis", "1984-06-22", "male"),
  description="New pt hand dermatitis work-up with Rx + 36-allergen patch test -> 99204-25 + 95044 x36",
  conditions=[C("c1", "Contact dermatitis of hands", "L25.9", "hands", reason=True)],
  note="New pt, machinist, hand dermatitis x 8 mo, worse at work, failed OTC HC. Exposure hx reviewed "
       "(cutting fluids, nitrile gloves). Started triamcinolone 0.1% oint BID, cotton liners. KOH negative. "
       "Patch test: 36 allergens (T.R.U.E. test 35 + own cutting fluid) applied to upper back. Read at 48 and "
       "96 h.",
  expected=E([L("99204", 1, "25"), L("95044", 36)]),
  coder_note="95044/99204 indicator 1; separate E/M (Rx, exposure work-up) -> 25. 36 tests.")

# ----------------------------------------------------------------------------------------------- shave
S(id="s5-shave-cheek-neck-freetext", family="shave", shape="free-text", provider="marchetti",
  payer="commercial-uhc", date="2026-05-21", patient=("Pierce", "Hannah", "1974-01-01", "female"),
  description="Shave removal L cheek 0.4 cm (11310) + neck 1.2 cm (11307)",
  conditions=[C("c1", "Irritated intradermal nevus, left cheek", "D22.39", "L cheek", reason=True),
              C("c2", "Bleeding nevus, neck", "D22.4", "R neck", reason=True)],
  procedures=[P("Shave removal", site="Left cheek", note="0.4 cm nevus, repeatedly irritated by shaving, "
                "shaved flush.", reasons=["c1"]),
              P("Shave removal", site="Right lateral neck", note="1.2 cm pedunculated nevus, catches on "
                "collar and bleeds, shaved.", reasons=["c2"])],
  expected=E([L("11310"), L("11307")]),
  coder_note="SH-1: face <=0.5 -> 11310; neck 1.1-2.0 -> 11307.")

S(id="s5-shave-trunk-ema-band", family="shave", shape="pre-coded", provider="santos", payer="medicare-ngs",
  date="2026-05-22", patient=("Quincy", "Albert", "1947-03-19", "male"),
  description="EMA 11301 for 1.4 cm inflamed SK of back -> 11302",
  conditions=[C("c1", "Inflamed seborrheic keratosis", "L82.0", "L lower back", reason=True)],
  procedures=[P("Shave removal trunk", "11301", "L lower back", "14 mm crusted bleeding SK, shaved", ["c1"])],
  expected=E([L("11302")], ["coding-correction"]),
  coder_note="SH-1: trunk 1.1-2.0 cm -> 11302.")

S(id="s5-shave-scalp-no-size-plus-ak", family="shave", shape="note-only", provider="castellanos",
  payer="commercial-aetna", date="2026-05-26", patient=("Radford", "Neil", "1963-10-03", "male"),
  description="Shave removal scalp lesion without size -> no shave line; LN2 2 AKs forehead -> 17000 + 17003",
  conditions=[C("c1", "Irritated lesion of scalp", "L98.8", "scalp"), C("c2", "Actinic keratosis", "L57.0")],
  note="Scalp: irritated crusted papule catching on comb - shave removal, sent to path.\nForehead: 2 AKs, LN2.\n"
       "Counseled on sun protection.",
  expected=E([L("17000"), L("17003")], ["missing-documentation"]),
  coder_note="No lesion size -> no size-banded shave line (missing-documentation); AK x2 -> 17000 + 17003.")

# ----------------------------------------------------------------------------------------------- repair
S(id="s5-lacerations-scalp-arm-face", family="repair", shape="free-text", provider="voss",
  payer="commercial", date="2026-05-27", patient=("Sutton", "Wade", "1990-08-14", "male"),
  description="Simple lacerations scalp 3.0 + L forearm 2.0 (12002) and forehead 1.5 (12011)",
  conditions=[C("c1", "Laceration of scalp", "S01.01XA", "scalp", reason=True),
              C("c2", "Laceration of left forearm", "S51.812A", "L forearm", reason=True),
              C("c3", "Laceration of forehead", "S01.81XA", "forehead", reason=True)],
  procedures=[P("Laceration repair", site="Scalp", note="3.0 cm, simple, staples.", reasons=["c1"]),
              P("Laceration repair", site="Left forearm", note="2.0 cm, simple interrupted 4-0.", reasons=["c2"]),
              P("Laceration repair", site="Forehead", note="1.5 cm, simple 6-0.", reasons=["c3"])],
  expected=E([L("12002"), L("12011")]),
  coder_note="REP-1: simple scalp+arm same group 5.0 -> 12002; face 1.5 -> 12011. No PTP edit between them.")

S(id="s5-nose-ema-complex-under-1cm", family="repair", shape="pre-coded", provider="santos", payer="medicare",
  date="2026-05-28", patient=("Tate", "Vera", "1945-05-29", "female"),
  description="EMA 11641 + 13151 for a 0.9 cm layered repair of the nose -> 11641 + 12051",
  conditions=[C("c1", "Basal cell carcinoma of nose", "C44.311", "nasal dorsum", reason=True)],
  procedures=[P("Excision malignant nose", "11641", "Nasal dorsum", "BCC 0.5 cm + 2 mm margins", ["c1"]),
              P("Complex repair nose", "13151", "Nasal dorsum", "layered closure with undermining, 0.9 cm",
                ["c1"])],
  expected=E([L("11641"), L("12051")], ["coding-correction"]),
  coder_note="REP-2/3: complex <=1.0 cm is coded as intermediate; undermining alone is not complex -> 12051.")

# ----------------------------------------------------------------------------------------------- mixed
S(id="s5-fse-mel-hx-bx-ln2-em25-html", family="mixed", shape="note-only", provider="weiss", payer="medicare",
  em="99214", html=True, date="2026-05-29", patient=("Underwood", "Glen", "1949-11-30", "male"),
  description="FSE melanoma hx + new rosacea Rx (99214-25), punch bx back, LN2 6 AKs face -> "
              "99214-25 + 11104 + 17000-XS + 17003 x5",
  conditions=[C("c1", "Personal history of melanoma", "Z85.820", reason=True),
              C("c2", "Rosacea", "L71.9", "face", reason=True),
              C("c3", "Neoplasm of unspecified behavior of skin", "D49.2", "L mid back", reason=True),
              C("c4", "Actinic keratosis", "L57.0", "face", reason=True)],
  note="<p><b>HPI:</b> 6-mo FSE, hx melanoma R calf 2019. Also c/o facial redness and bumps x 3 mo.</p>"
       "<p><b>Exam:</b> FSE. Papulopustular rosacea cheeks. 7 mm irregular brown papule L mid back, new. "
       "6 AKs face (forehead 3, nose 1, R cheek 2).</p><p><b>Procedures:</b><br>- 4 mm punch bx L mid back, "
       "1 suture<br>- LN2 x 6 AKs face</p><p><b>A/P:</b><br>1. Hx MM - NED on exam.<br>2. Rosacea - start "
       "metronidazole 0.75% gel BID, trigger avoidance.<br>3. Lesion back - bx, f/u path.<br>4. AKs - LN2.<br>5. SKs back - benign, reassured, no tx. Will consider excision of back lesion if bx atypical.</p>",
  expected=E([L("99214", 1, "25"), L("11104"), L("17000", 1, "XS"), L("17003", 5)]),
  coder_note="GS-3: melanoma surveillance + new rosacea Rx -> 25. 11104/17000 indicator 1, different lesions "
             "-> XS on 17000; 11104/17003 has no edit.")

S(id="s5-ak-and-warts-hands", family="mixed", shape="free-text", provider="marchetti", payer="commercial-uhc",
  date="2026-06-01", patient=("Vega", "Ramon", "1966-09-04", "male"),
  description="LN2 to 5 AKs (scalp) and 3 warts (hands) -> 17110 + 17000-XS + 17003-XS x4",
  conditions=[C("c1", "Actinic keratosis", "L57.0", "scalp", reason=True),
              C("c2", "Verruca vulgaris", "B07.8", "hands", reason=True)],
  procedures=[P("Cryotherapy AKs", site="Scalp", note="LN2 to 5 AKs.", reasons=["c1"]),
              P("Cryotherapy warts", site="Bilateral hands",
                note="LN2 to 3 common warts (R thumb, L index, L palm), spreading and painful.", reasons=["c2"])],
  expected=E([L("17110"), L("17000", 1, "XS"), L("17003", 4, "XS")]),
  coder_note="DS-3: 17110/17000 and 17110/17003 indicator 1 -> XS on the column-2 AK codes (different lesions).")

S(id="s5-bx-and-shave-different-lesions", family="mixed", shape="pre-coded", provider="santos",
  payer="commercial-aetna", date="2026-06-02", patient=("Webb", "Tara", "1971-07-07", "female"),
  description="Shave bx R arm + LN2 to 2 warts L knee (EMA 11102 + 17110) -> 11102-XS + 17110",
  conditions=[C("c1", "Neoplasm of unspecified behavior of skin", "D49.2", "R upper arm", reason=True),
              C("c2", "Common warts", "B07.8", "L knee", reason=True)],
  procedures=[P("Tangential biopsy", "11102", "R upper arm", "6mm pink papule", ["c1"]),
              P("Destruction benign lesions", "17110", "L knee", "2 warts, painful, spreading", ["c2"])],
  expected=E([L("17110"), L("11102", 1, "XS")]),
  coder_note="17110/11102 indicator 1 (17110 column 1) -> XS on 11102, different lesions.")

S(id="s5-scc-excision-plus-bx-other-site", family="mixed", shape="note-only", provider="okonkwo",
  payer="medicare-advantage-ppo", date="2026-06-03", patient=("Xiong", "Mai", "1952-12-15", "female"),
  description="Excision SCC R dorsal hand + shave bx of new L forearm lesion -> 11622 + 11102-XS",
  conditions=[C("c1", "SCC right hand", "C44.622", "R dorsal hand", reason=True),
              C("c2", "Neoplasm of unspecified behavior of skin", "D49.2", "L forearm", reason=True)],
  path=[{"text": "Invasive SCC, margins negative.", "site": "R dorsal hand"}],
  note="1. Bx-proven SCC R dorsal hand 0.9 cm -> excised w/ 4 mm margins, closed simply with 4-0 nylon.\n"
       "2. New scaly pink papule L forearm 5 mm -> shave bx, to path.",
  expected=E([L("11622"), L("11102", 1, "XS")]),
  coder_note="EX-1: 0.9 + 0.8 = 1.7 cm hand -> 11622; simple closure included. 11622/11102 indicator 1 -> "
             "XS on biopsy (different lesion).")
