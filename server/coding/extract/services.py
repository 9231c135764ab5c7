"""Procedure mentions → ``Service`` records (what was done, where, how big, how many), from Procedure
resources (pre-coded or free text) and from the signed note (problem lists, procedure sections, A&P)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from functools import lru_cache

from server.coding.extract import text as tx
from server.coding.extract.dx import BENIGN_DESTRUCTIBLE
from server.coding.extract.dx import MALIGNANT
from server.coding.extract.dx import DxMention
from server.coding.extract.dx import find_dx
from server.coding.extract.scan import FoldedPattern
from server.coding.extract.scan import FoldedScanner
from server.coding.extract.sites import Site
from server.coding.extract.sites import find_sites
from server.coding.model import Span

# ------------------------------------------------------------------------------------------- triggers
_K = [
    ("mohs", r"mohs|micrographic|mms\b"),
    (
        "excision",
        r"excisional\s+(?:biops(?:y|ies)|bx)|re-?excis(?:ion|ed)|re-?exc\b|(?<!shave\s)(?<!tangential\s)exc"
        r"ision(?!al\s+biops)"
        r"|(?<!shave\s)excis(?:ed|ing)|elliptical(?:ly)?\s+(?:excision|excised)|"
        r"fusiform\s+excision|wide\s+local\s+excision|\bwle\b|\bexc\b(?!\.)|"
        # lay words with the surgery told: "Cut out the whole cyst with the sac ... as an ellipse"
        r"\bcut\s+(?:(?:it|them|the\s+(?:whole\s+|entire\s+)?\w+)\s+)?out\b(?=[^.\n]{0,50}?\b(?:ellipse|elliptical|"
        r"margins?\b|sac\b|down\s+to|(?:to|into)\s+(?:the\s+)?fat\b|in\s+one\s+piece))",
    ),
    (
        "biopsy",
        r"(?:shave|tangential|saucer(?:ization)?|scoop|punch|incisional|wedge)\s+(?:biops(?:y|ies)|bx)"
        r"|"
        r"(?:shave|tangential|punch|incisional|wedge)\s+(?:\w+\s+)?(?:samples?|specimens?|sampling)|"
        r"\d+(?:\.\d+)?\s*mm\s+punch(?:es)?\b|"
        r"tangential\s*\(\s*shave\s*\)|punch\s+\d+(?:\.\d+)?\s*mm\b|"  # a biopsy form's "[x] tangential (shave)", "[x] punch 4 mm"
        r"biops(?:y|ies|ied)|\bbx\b|\bbxs\b|\b[spti]bxs?\b",  # "sbx", "pbx": shave / punch biopsy
    ),
    (
        "shave",
        r"shave\s+(?:removal|excision|excised)|removed\s+(?:\w+\s+){0,4}by\s+(?:a\s+)?shave|shav(?:ed|i"
        r"ng)\s+(?:off|removal|flush)|"
        r"removed\s+(?:by|via|with|using)\s+(?:a\s+)?(?:tangential\s+|deep\s+)?shave|tangential\s+(?:re"
        r"moval|"
        r"excision)|\bshave[d]?\b(?!\s*(?:biops|bx|/|technique|sample|specimen|(?:\w+\s+)?sampl))",
    ),
    (
        "nail_excision",
        r"matri(?:x|c)ectomy|phenol(?:ization)?\s+(?:of\s+the\s+)?(?:matrix|nail)|chemical\s+ma"
        r"tri\w+|"
        r"(?:nail|lateral|medial)\s+matrix\s+(?:horns?\s+)?(?:was\s+|were\s+)?(?:\w+ly\s+)?(?:ablated|destroyed|excised|treated\s+with\s+phenol)|"
        # "The lateral horn of the nail matrix was then cut out", "Matrix horn excised", "surgical matrix excision"
        r"(?:horn\s+of\s+the\s+(?:nail\s+)?)?matrix(?:\s+horns?)?\s+(?:was\s+|were\s+)?(?:then\s+)?(?:\w+ly\s+)?"
        r"(?:excised|cut\s+out|removed)|matrix\s+(?:horn\s+)?excision|"
        r"excision\s+of\s+(?:the\s+)?nail\s+(?:and|&|plate\s+and)\s+(?:nail\s+)?matrix|"
        r"permanent\s+(?:partial\s+)?(?:nail\s+)?(?:removal|avulsion|excision)|phenol|"
        r"(?:partial|total|complete)\s+(?:toe|finger)?nail\s+(?:plate\s+)?excision",  # "PERMANENT PARTIAL NAIL EXCISION"
    ),
    (
        "nail_avulsion",
        # "The nail plate of the right great toe was elevated with a freer elevator and removed in full"
        r"(?:nail\s+)?plates?\s+of\s+the\s+(?:\w+\s+){0,3}(?:toe|toenail|finger|fingernail|hallux|thumb)\s+(?:was|were)\s+"
        r"(?:[^.;\n]{0,50}?\s)?removed|"
        r"avulsion|avulsed|nail\s+plate\s+(?:was\s+)?(?:removed|avulsed|elevated\s+and\s+remove"
        r"d)|nail\s+plates?\s+(?:were\s+|was\s+)?(?:freed|elevated|lifted|separated)\b[^.\n]{0,70}?\bremoved|"
        r"(?:partial|total|complete)\s+(?:(?:toe|finger)?nail\s+(?:plate\s+)?|plate\s+)removal|"
        r"remov(?:al|ed)\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:nail\s+plate|border\s+of\s+the\s+nail)|"
        # "Nail plate removal", "Thumb nail removed today", "Entire plate freed with an elevator and removed"
        r"(?:nail\s+plate|(?:thumb|finger|toe)\s*nail)\s+removal|(?:thumb|finger|toe)\s*nail\s+(?:was\s+)?removed|"
        r"(?:entire|whole)\s+(?:nail\s+)?plate\s+(?:was\s+)?(?:freed|elevated|lifted|separated)\b[^.\n]{0,70}?\bremoved",
    ),
    (
        "nail_debridement",
        r"(?:nail|toenail|fingernail)s?\s+(?:were\s+|was\s+)?(?:mechanically\s+)?debrid\w+|"
        r"debridement\s+(?:\([^)\n]{1,40}\)\s+)?of\s+(?:\w+\s+){0,4}(?:nails?|toenails?|fingernails?)|"
        r"debridement\s*\((?=[^)\n]{0,40}\bnail\s+nippers?\b)|"  # "[x] Debridement (mechanical, nail nippers + burr)"
        r"debrided\s+(?:\w+\s+){0,4}(?:nails?|toenails?)|nail\s+debridement|"
        r"(?:nails?|toenails?)\s+(?:\w+\s+){0,3}(?:were|was)\s+(?:trimmed\s+and\s+)?debrided",
    ),
    (
        "id",
        r"incision\s+(?:and|&)\s+drainage|\bi\s*&\s*d\b|\bi\s*\+\s*d\b|\bi/d\b|incised\s+and\s+drained|"
        r"drain(?:ed|age)\s+of\s+(?:the\s+)?abscess|opened\s+and\s+drained|incised\s+and\s+expressed|\blance"
        r"d\b|abscess(?:es)?\s+(?:was\s+|were\s+)?(?:incised|opened|lanced|drained)\b|"
        # not the surgical incision: "around the incision, scant purulent drainage"
        r"(?<!\bthe\s)(?<!around\s)(?<!along\s)(?<!\bof\s)(?<!\bat\s)incis(?:ion|ed)\b[^.\n]{0,60}?"
        r"\b(?:purulen\w*|pus\b|loculat\w*|drained\b)|"
        r"incision\s+(?:was\s+)?made\s+(?:over|into|in)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:fluctuan\w*|abscess|boil|furuncle)|"
        r"(?:purulen\w*|pus)\s+(?:\w+\s+){0,2}(?:was|were)\s+(?:\w+\s+)?(?:evacuated|expressed|drained|released)|"
        r"(?<!no\s)(?:purulen\w*|pus)\s+drained\b",  # "small cut over the soft center, thick pus drained"
    ),
    (
        "paring",
        r"\bpar(?:ed|ing)\b|(?:callus|calluses|corns?|hyperkeratos[ie]s|clavi)\s+(?:was\s+|were\s+)?"
        r"(?:sharply\s+)?(?:debrided|shaved|trimmed|reduced|pared)|debridement\s+of\s+(?:\w+\s+){0,2}"
        r"(?:callus|calluses|corns?|hyperkeratotic)",
    ),
    (
        "tag",
        r"skin\s+tags?|acrochord(?:on|a|ons)|fibroepithelial\s+polyps?|snip(?:ped)?(?:\s+(?:excision|remo"
        r"val))?|"
        r"scissors?\s+(?:excision|removal|snip)",
    ),
    (
        "injection",
        r"intralesional(?:ly)?|\bil\s*(?:kenalog|tac|triamcinolone|steroid|k)\b|\bilk\b|\bilt\b|"
        r"(?:kenalog|triamcinolone|\btac\b)(?=[^.\n]{0,80}?(?:\binto\b|inject|mg\s*/\s*(?:ml|cc)|"
        r"milligrams?\s+per\s+millilit))|"
        r"steroid\s+injections?|candida\s+antigen\s+inject\w+|inject\w*\s+(?:with\s+|into\s+)?"
        r"(?:[\w-]+\s+){0,10}?(?:kenalog|triamcinolone|steroid|tac)\b|"
        r"inject(?:ed|ion\s+of)\s+(?:~|approximately\s+)?\d*\.?\d+\s*(?:ml|cc|mg)\b",
    ),
    (
        "destruction",
        r"\bfroze\b|cryo(?:therapy|surgery|ablation|destruction)?|liquid\s+nitrogen|\bln2\b|\bl\.?n\.?\b|"
        r"ed\s*&\s*c|ed\s*(?:and|&)\s*c|\bedc\b|electrodesiccation|electrodessication|electrocaut"
        r"ery|"
        r"electrofulguration|hyfrecat\w*|curettage|curett(?:ed|ing)|electrodesiccating|destruction|destroyed|cantharidin|"
        r"laser\s+(?:ablation|destruction|treatment|vaporization)|pulsed\s+dye\s+laser|\bpdl\b|"
        r"chemical\s+destruction|trichloroacetic|podophyll\w*|freez\w+|(?<!\w\s)frozen(?!\s+(?:(?:horizontal|vertical|en\s+face|permanent)\s+)?(?:secti"
        r"on|h\s*&\s*e|h\s*and\s*e|tissue|specimen|block|slide)|\s*[=:,]\s*(?:h\s*&\s*e|read|sections?|path|stained|cut))|"
        r"cryo\w*",
    ),
    ("excimer", r"excimer|xtrac|308[- ]?nm"),
    (
        "peel",
        r"chemical\s+peel|(?:glycolic|salicylic|jessner'?s?|tca|trichloroacetic|lactic|mandelic|pyruvic)(?:\s+acid)?"
        r"(?:\s+\d{1,2}\s*%)?\s+peel|(?:superficial|medium[- ]depth|epidermal|dermal)\s+(?:chemical\s+)?peel",
    ),
    (
        "phototherapy",
        r"puva|psoralen|goeckerman|nb-?uvb|narrow[- ]?band(?:\s+uvb)?|\buvb\b|\buva\b|"
        r"photothera(?:py|pies)(?!\s+(?:unit|center|centre|clinic|department|dept|program|service)\b)|"
        r"light\s+therapy|actinotherapy|ultraviolet",
    ),
    (
        "patch",
        r"patch\s+test\w*|t\.?r\.?u\.?e\.?\s+test|epicutaneous\s+(?:patch\s+)?test\w*|"
        r"(?:baseline|standard|screening|supplemental|extended|expanded|comprehensive)\s+(?:\w+\s+)?series(?=[^.\n]{0,60}allergens?)|"
        r"\d{2,3}[- ]allergens?\s+(?:\w+\s+){0,2}(?:series|panel|tray)|"
        r"(?:total\s+)?allergens\s+(?:were\s+)?(?:applied|placed)\b",
    ),
    ("frozen", r"frozen\s+sections?|intra-?operative\s+(?:frozen|pathology)"),
    (
        "repair",
        r"closed\s+(?:\w+\s+){0,2}in\s+(?:two\s+)?layers?|(?:simple|intermediate|layered|complex|prima"
        r"ry|linear|side-to-side|single[- ]layer|two[- ]layer|"
        r"bilayered|multilayered)\s+(?:layered\s+)?(?:repair|closure)|repair(?:ed)?\b|closure\b|"
        r"closed\s+(?:in|with|primarily|using)|layered\s+closure|sutured|"
        r"(?:one|single|a\s+single)\s+layer\s+of\s+(?:[\w-]+\s+){0,3}(?:stitches|sutures)",
    ),
    ("drug", r"kenalog|triamcinolone(?:\s+acetonide)?"),
    (
        "postop",
        r"post[- ]?op(?:erative)?(?:\s+(?:visit|check|follow[- ]?up|wound\s+check))?|suture\s+removal|"
        r"sutures?\s+(?:were\s+|was\s+)?removed|wound\s+check|stitches?\s+(?:were\s+)?removed|"
        r"packing\s+(?:strip\s+)?(?:was\s+)?(?:removed|removal|change)",
    ),
]
KIND_RES = [(k, re.compile(r"\b(?:" + p + r")", re.I)) for k, p in _K]
MAIN_KINDS = {
    "mohs",
    "excision",
    "biopsy",
    "shave",
    "nail_excision",
    "nail_avulsion",
    "nail_debridement",
    "id",
    "paring",
    "tag",
    "injection",
    "destruction",
    "excimer",
    "phototherapy",
    "patch",
    "peel",
}

_TECH_BX = [
    ("incisional", FoldedPattern(re.compile(r"incisional|wedge|incision(?:al)?\s+bx|\bibx", re.I))),
    ("punch", FoldedPattern(re.compile(r"punch|\bpbx", re.I))),
    ("tangential", FoldedPattern(re.compile(
        r"shave|tangential|saucer|scoop|curette?|superficial|deep\s+shave|\b[st]bx", re.I
    ))),
]
_TECH_DESTRUCTION = [
    ("edc", FoldedPattern(re.compile(r"ed\s*&\s*c|ed\s*and\s*c|electrodes+ication|curett", re.I))),
    ("cryo", FoldedPattern(re.compile(r"cryo|liquid\s+nitrogen|\bln2\b|freez|frozen", re.I))),
    ("laser", FoldedPattern(re.compile(r"laser|\bpdl\b", re.I))),
    ("chemical", FoldedPattern(re.compile(r"cantharidin|tca|trichloro|podophyll", re.I))),
]
_REPAIR_TYPE = [
    (
        "complex",
        FoldedPattern(re.compile(
            # "wound edges debrided sharply", "the wound edges - ragged and cautery-charred - were debrided"
            r"complex|(?:wound\s+)?edges?\b[^.;\n]{0,70}?\bdebrided|debridement\s+of\s+(?:th"
            r"e\s+)?"
            # "We debrided the wound edges sharply to fresh bleeding tissue"
            r"(?:\w+,?\s+){0,3}(?:wound\s+)?edges|debrided\s+(?:the\s+)?(?:\w+\s+){0,2}(?:wound\s+)?edges|"
            r"(?:extensive|wide)\s+undermining|retention\s+sutures|"
            r"\bstents?\b|exposure\s+of\s+(?:bone|cartilage|tendon)|"
            r"free\s+margins?\b(?!\s+(?:(?:was|were|is|are)\s+)?(?:not|un)\s*(?:involved|affected|crossed|distorted))|"
            r"(?:across|crossing|crosses|involv\w+|through|re-?align\w*|realign\w*)\s+(?:\w+\s+){0,3}"
            r"(?:vermilion\s+border|white\s+roll|helical\s+rim|nostril\s+rim|alar\s+rim)",
            re.I,
        )),
    ),
    (
        "intermediate",
        FoldedPattern(re.compile(
            r"intermediate|(?<!single-)(?<!single\s)(?:layered|layer(?:ed)?\s"
            r"+closure)|"
            r"two[-\s]+layers?|bilayer|in\s+(?:two\s+)?layers|"
            r"multi-?layer|deep\s+(?:absorbable\s+)?sutures|deep\s+layer|subcuticular|deep\s+dermal\s+closure|"
            r"(?:vicryl|monocryl|pds)\s+buried|buried\s+(?:vertical\s+mattress|deep\s+dermal|dermal)|"
            r"(?:buried|dermal|deep)\s+(?:\d-0\s+|interrupted\s+)?(?:vicryl|monocryl|pds|absorbable|sutures|"
            r"polyglactin|poliglecaprone)|"
            r"(?:subcutaneous|subcutis|deep\s+dermis)\s+(?:tissues?\s+)?(?:(?:was|were)\s+)?(?:closed|approximated|"
            r"reapproximated)|heavily\s+contaminated|"
            r"extensive\s+(?:cleaning|cleansing|irrigation|debris\s+removal)|embedded\s+(?:particles|debris|g"
            r"ravel)",
            re.I,
        )),
    ),
    (
        "simple",
        FoldedPattern(re.compile(
            r"simple|single[- ]layer|primary|interrupted|running|linear|sutures?|"
            r"steri-?strips|closed",
            re.I,
        )),
    ),
]
_LESION_ID = re.compile(
    r"(?:^\s*(?:#?\d{1,2}[.)]\s*)?\(?([A-H])\s*(?:[-–:)]|\.\s)\s*|"
    r"\b(?i:lesion|site|specimen|bx|biopsy|location|excision|tumou?r)\s*#?\s*([A-H]|\d{1,2"
    r"})\b"
    r"(?!\s*(?:cm|mm|mg|/|-\d|\.\d|of\b|x\b))|"
    r"^\s*\(?([A-H])[.):]\s|\(([A-H])\)|"
    r"^\s*#(\d{1,2})(?=[\s.):-])(?!\s*(?:cm|mm)\b))"  # "  #4 R dorsal hand, distal (separate lesion)": item 4
)
_MG_RE = FoldedPattern(re.compile(
    r"(\d+(?:\.\d+)?|\b" + tx.WORD_QTY + r")\s*(?:mg\b|milligrams?\b)"
    r"(?!\s*/|\s+per\s+(?:ml|cc|millilit))",
    re.I,
))
_CONC_RE = re.compile(
    r"(\d+(?:\.\d+)?|\b" + tx.WORD_QTY + r")\s*(?:mg|milligrams?)\s*(?:/|per)\s*"
    r"(?:ml|cc|millilit(?:er|re))",
    re.I,
)
# "Kenalog-40", "ILK 10 x3 keloid chest 0.6cc": the product's strength in mg/mL
_KENALOG_CONC = re.compile(r"(?:kenalog|\bilk|\bil[ -]?k|\btac)[- ]?(2\.5|5|10|20|40)\b(?!\s*(?:mg|ml|cc|%|units?)\b)", re.I)
_VOL_RE = re.compile(
    r"(\d+(?:\.\d+)?|\.\d+|\b" + tx.WORD_QTY + r")\s*(?:ml|cc|millilit(?:er|re)s?)\b(?!\s*/|\s+per\b)", re.I
)
_STAGE_RE = FoldedPattern(re.compile(
    r"(?:\b(?:stage|layer)\s*(\d+|i{1,3}|iv|v|one|two|three|four|five|six)\b(?!-0|\s*(?:-\s*\d{1,2}\s*)?o'?clock)|"
    r"\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th)\s+(?:mohs\s"
    r"+)?"
    r"(?:stage|layer))\s*[:\-–,(]?\s*"
    # the stage's own text: up to the next stage label or a blank line ("Stage I: ... excised. The specimen was
    # divided into 4 tissue blocks ...")
    r"((?:(?!\b(?:stage|layer)\s*(?:\d(?!\d?\s*(?:-\s*\d{1,2}\s*)?o'?clock)|i{1,3}\b|iv\b|v\b|one\b|two\b|three\b|four\b|five\b|six\b)|\b(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|"
    r"4th|5th)\s+(?:mohs\s+)?(?:stage|layer)|\n[ \t]*\n)[\s\S]){0,400})",
    re.I,
))
_ORDINAL = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
}
_STAGES_N_RE = FoldedPattern(re.compile(
    r"\b(\d+|one|two|three|four|five|six)\s+(?:total\s+)?(?:mohs\s+)?(?:stages|layers"
    r")\b|"
    r"(?:number\s+of\s+)?(?:stages|layers)\s*(?:total|performed|required|taken)?\s*[:=]"
    r"?\s*(\d+)\b",
    re.I,
))
_BLOCKS_RE = re.compile(
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:\(\d+\)\s"
    r"+)?(?:tissue\s+)?"
    r"(?:blocks?|sections?|pieces?|specimens?)",
    re.I,
)
_BLOCKS_FIRST_RE = re.compile(r"(?:blocks?|sections?|pieces?)\s*(?:[:=]\s*)?(?:\|\s*)?(\d+)", re.I)  # "Tissue blocks: | 6"
_DIGIT_RE = re.compile(
    r"\b(left|right|l|r|lt|rt)\.?\s+(great|big|first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|little|sma"
    r"ll|index|"
    r"middle|ring|pinky)?\s*(toe|finger|thumb|hallux)(?:nail)?s?\b",
    re.I,
)
_DIGIT_SIDE_AFTER_RE = re.compile(
    r"\b(great|big|first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|little|small|index|middle|ring|pinky)?"
    r"\s*(toe|finger|thumb|hallux)(?:nail)?s?\s*(?:,\s*|\(\s*|\s+on\s+the\s+)(left|right|lt|rt)\b",
    re.I,
)
_NAIL_NUM = re.compile(
    r"\b(left|right|l|r|lt|rt)\.?\s+(?:foot\s+)?(?:toe(?:nail)?s?|digits?)\s*#?\s*(\d)(?"
    r":\s*(?:,|and|-|&)\s*#?(\d))*",
    re.I,
)
_COMPLICATED_RE = re.compile(
    # loculations count when several are named or the abscess is called loculated: "multiple loculations broken
    # up", "multiloculated", "3 cm loculated abscess"; "loculations gently broken" alone is a single cavity's
    r"\b(?:complicated|complex|multi-?\s?loculat\w*|loculated\b|"
    r"(?:multiple|several|numerous|many|extensive)\s+(?:\w+\s+)?(?:loculations?|loculi|septa\w*)|multiple\s+abscess|"
    r"(?:two|three|2|3|several)\s+(?:separate\s+|distinct\s+)?abscess|extensive|probed\s+to\s+break|septations)",
    re.I,
)
SIMPLE_DRAINAGE = re.compile(
    r"\bsimple\s+(?:i\s*&\s*d|incision\s+and\s+drainage|drainage)\b|^[ \t]*A\s*\d{0,2}\s*[:.)][ \t]*simple\b", re.I | re.M
)
_MALIG_PATH_RE = re.compile(
    r"path(?:ology)?\s*(?::|showed|revealed|returned|report\w*|confirmed|consistent\s"
    r"+with)"
    r"[^.\n]{0,60}?(?:carcinoma|melanoma|bcc|scc|malignan|in\s+situ)",
    re.I,
)
_BENIGN_PATH_RE = re.compile(
    r"path(?:ology)?\s*(?::|showed|revealed|returned|report\w*|confirmed|consisten"
    r"t\s+with)"
    r"[^.\n]{0,60}?(?:benign|nev|keratosis|cyst|lipoma|dermatofibroma|wart|verruca)",
    re.I,
)


@dataclass
class Service:
    kind: str
    source: str  # text source name
    text: str  # the text the attributes came from
    base: int = 0  # offset of ``text`` within the source
    technique: str | None = None
    dest_class: str | None = None  # premalignant | benign | malignant (destruction)
    malignant: bool | None = None  # excision
    site: Site | None = None
    sites: list[Site] = field(default_factory=list)
    sizes: list[float] = field(default_factory=list)  # lesion diameters (cm)
    margin_cm: float | None = None
    excised_cm: float | None = None
    defect_cm: float | None = None
    repair_len: float | None = None
    repair_type: str | None = None
    count: int | None = None
    stages: list[int] = field(default_factory=list)  # blocks per stage (0 = unknown)
    mg: float | None = None
    area_sqcm: float | None = None
    complicated: bool = False
    digits: list[str] = field(default_factory=list)
    dx: list[DxMention] = field(default_factory=list)
    dx_codes: list[str] = field(default_factory=list)
    lesion_id: str | None = None
    provided_code: str | None = None
    provided_units: int | None = None
    source_ref: str | None = None
    spans: list[Span] = field(default_factory=list)
    trigger: Span | None = None
    photo_type: str | None = None
    frozen_section: bool = False
    no_prior_path: bool = False
    from_note: bool = False
    dx_categories: set[str] = field(default_factory=set)
    attr_start: int = 0  # measurements/counts are read from text[attr_start:] (code descriptors skipped)
    flap: bool = False  # adjacent tissue transfer / graft documented for this wound
    graft: str | None = None  # "full" | "split": the wound's repair is a skin graft, not a flap
    provided_extra: list = field(default_factory=list)  # folded pre-coded add-ons: [(code, units)]
    wounds: list = field(default_factory=list)  # laceration repairs: [(Site, length_cm)]

    def span(self, start: int, end: int) -> Span:
        return Span(self.source, self.base + start, self.base + end, self.text[start:end])


_FINAL_LENGTH = re.compile(r"\b(?:final|total)\s+(?:repair\s+|closure\s+|wound\s+)?length\b[^.\n\d]{0,12}$", re.I)
_HEMOSTASIS = re.compile(
    r"hemosta\w+|\bhemo\s*[=:]|bleeding\s+(?:was\s+)?(?:controlled|stopped)|for\s+(?:bleeding|bleeders?)|to\s+contro"
    r"l\s+bleeding",
    re.I,
)


_KIND_ONE = re.compile(
    r"\b(?=[a-z0-9])(?:" + "|".join(rf"(?P<g{i}>{p})" for i, (_, p) in enumerate(_K)) + ")", re.I
)
_KIND_OF = {f"g{i}": k for i, (k, _) in enumerate(_K)}
_KIND_SCAN = FoldedScanner(_KIND_ONE, lexicon=True)


@lru_cache(maxsize=8192)
def find_kinds(text: str) -> tuple[tuple[str, int, int], ...]:
    out: list[tuple[str, int, int]] = []
    for m in _KIND_SCAN.finditer(text):
        kind = _KIND_OF[m.lastgroup]
        if True:
            if (
                kind == "destruction"
                and _HEAT_OR_CHEMICAL.match(text[m.start() : m.end()])
                and _HEMOSTASIS.search(text[max(0, m.start() - 60) : m.end() + 40])
            ):
                continue
            if tx.unticked(text, m.start()):
                continue  # a form's unticked option: "[ ] Shave biopsy", "☐ Excision"
            eol = text.find("\n", m.end())
            if kind == "mohs" and eol >= 0 and not text[m.end() : eol].strip() and _SCAR_NEXT.match(text, eol):
                continue  # "Right nasal tip Mohs\n scar intact": an old Mohs's scar, its words wrapped
            if kind == "mohs" and (
                _MOHS_DEPT_AFTER.match(text, m.end(), eol if eol >= 0 else len(text))
                or _DEPT_AFTER.match(text, m.end(), eol if eol >= 0 else len(text))
                or _MOHS_DEPT_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
            ):
                continue  # "Dermatology - Mohs & Cutaneous Oncology", "Mohs Surgery Center": a department
            if kind in ("phototherapy", "patch", "excimer") and _DEPT_AFTER.match(text, m.end(), eol if eol >= 0 else len(text)):
                continue  # "SUMMIT PHOTOTHERAPY & CONTACT DERMATITIS CENTER": the practice's name
            if kind == "biopsy" and _BIOPSIED_REF.search(text[max(0, m.start() - 12) : m.end() + 30]):
                continue  # "separate from the biopsied lesion", "at the biopsy site": a reference
            out.append((kind, m.start(), m.end()))
    if "[" in text or "☒" in text or "☑" in text:
        out = _drop_menu_mentions(text, out)
    return tuple(out)


_HEAT_OR_CHEMICAL = re.compile(r"electro|hyfrec|cauter|\w*cautery|chemical", re.I)
_BIOPSIED_REF = re.compile(
    r"\bthe\s+(?:previously\s+)?biopsied\s+(?:lesion|site|area|spot)|\bbiopsy\s+(?:site|scar|photo\w*|picture|"
    r"images?|reports?|results?|slides?|patholog\w*|date)\b(?!\s*:)|"
    r"\bbiops(?:y|ies)\s+(?:and|&)\s+(?:the\s+)?mohs\s+(?:layers?|tissue|specimens?|sections?)|"
    r"\b(?:with|along\s+with|like)\s+the\s+(?:other\s+)?biops(?:y|ies)\b(?!\s+(?:of|was|were|is))", re.I
)
_MENU_LINE = re.compile(r"^[ \t]*+(?:(?:\[[ \t]*+[xX✓✔]?[ \t]*+\]|☐|☒|☑|□)[^\[\n☐☒☑□]{1,40}+){2,}$", re.M)


def _drop_menu_mentions(text: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A form's menu line ("[x] Biopsy  [x] Cryotherapy  [ ] Excision") only says which detail lines follow:
    a ticked kind that has its own mention elsewhere in the text is not counted twice."""
    menus = [(m.start(), m.end()) for m in _MENU_LINE.finditer(text)]
    if not menus:
        return found

    def on_menu(pos: int) -> bool:
        return any(a <= pos < b for a, b in menus)

    elsewhere = {k for k, s, _ in found if not on_menu(s)}
    return [(k, s, e) for k, s, e in found if not on_menu(s) or k not in elsewhere]


# "[ ] tangential (shave)": an unticked option, its own parenthesis included
_MOHS_DEPT_AFTER = re.compile(
    # possessive whitespace: a table row of spaces after "MOHS" must not backtrack
    r"(?:\s++(?:micrographic\s++)?surgery)?\s*+(?:(?:&|and|/|-|–|—|,)\s*+)?(?:(?:cutaneous|dermatologic|skin|reconstructive)\s*+)?"
    r"(?:oncology|surgery\s+(?:center|centre|clinic|department|division|unit|associates)|center|centre|clinic|"
    r"department|dept\b|division|unit|associates|institute|program(?:me)?|fellowship|service\b|suite\b|"
    # an evaluation or an old scar, not the surgery: "Mohs AUC checklist", "Mohs candidate: no", "Mohs scar"
    r"auc\b|appropriate[- ]use|candidate|criteria|surgeon|patients?\b|referral|consult\w*|discussion|counsel\w*|evaluation|scars?\b|defects?\b|"
    r"sites?\b(?!\s*[:#\d])|"  # "NED at the Mohs site" (not "Mohs site: L ala" / "Mohs site #2")
    r"(?:layers?|sections?|specimens?|slides?|lab|tissue)\b(?!\s*[:#\d(]|\s+(?:were|was)\b|\s+[IVX]+\b)|"  # "(biopsy and Mohs layers)"
    r"wounds?\b|practice|group|office|clearance|days?\b|schedule\b|(?:(?<=dermatologic\s)|(?<=reconstructive\s)|(?<=skin\s))surgery\b(?=\s*$|\s*[,|\-–—])|"
    r"\s*[-–—:]\s*(?:repair|reconstruction|consult\w*|follow[- ]?up|post[- ]?op))",
    re.I,
)
_DEPT_AFTER = re.compile(
    r"[^\S\n]*(?:(?:&|and|/|-)[^\S\n]*)?(?:[A-Za-z]+[^\S\n]+){0,3}?(?:center|centre|clinic|institute|associates|"
    r"department|dept\b|program|p\.?l\.?l\.?c\b|l\.?l\.?c\b|p\.?a\.(?=\s|$)|inc\b|partners|specialists|physicians|"
    r"module)\b[^\d:\n]*(?::|$)",  # "NORTHGATE MOHS & SKIN CANCER CENTER - CLINIC MODULE: FULL SKIN EXAM"
    re.I,
)
_MOHS_DEPT_BEFORE = re.compile(
    r"(?:(?:dermatology|dermatologic|department|dept\.?|division|clinic|center|centre|associates)\s*(?:-|–|—|&|and|/|of|,)\s*"
    r"|\bnon-?\s*|\bfrom\s+(?:the\s+)?|\b(?:after|following|post-?)\s*(?:the\s+|her\s+|his\s+)?)$",
    # "Layered closure after Mohs" (a Procedure's name: the repair), "defect L nasal ala after Mohs for BCC" (the
    # wound's origin, told in its own Mohs section when it is today's); "EXCISION NOTE (non-Mohs)", "charred from
    # the Mohs layers", "scar from mohs"
    re.I,
)


_BX_HIST_AFTER = re.compile(
    r"^(?:\s+of\s+(?:the\s+)?[^.;\n]{0,40}?(?:\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|\s(?:showed|revealed|demonstra"
    r"ted|"
    r"returned|was\s+consistent|c/w))|\s+(?:showed|revealed|demonstrated|returned|result))|"
    r"^\W{0,3}(?:[- ]?(?:proven|confirmed)|-?\s*(?:and|&|/)\s*[\w-]{2,12}?-?(?:proven|confirmed)|\s+(?:scar|site)s?\b(?!\s*:)|\s*(?:on\s+|dated\s+|"
    r"from\s+)?\(?\d{1,2}/\d{1,2}(?:/\d{2,4})?|"
    r"\s*(?:on\s+|in\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s"
    r"+\d|"
    r"\s*(?:on\s+|in\s+)?\d{1,2}/\d{2,4}|\s+(?:showed|revealed|demonstrated|confirmed"
    r"|result|"
    r"report|c/w|consistent)|\s+\d{4}-\d\d)",
    re.I,
)
_BX_HIST_BEFORE = FoldedPattern(re.compile(
    r"(?:prior|previous|recent|outside|referring|earlier|s/p|status\s+post|never|"
    r"last|initial|original|diagnostic\s+biopsy\s+on)\s+(?:\w+\s+)?$|"
    r"(?:proven|confirmed|diagnosed)[^.;\n]{0,20}\(\s*(?:\w+\s+)?$",  # "biopsy-proven 2/27/26 (shave bx)"
    re.I,
))
_MOHS_STAGE = re.compile(r"\b(?:stage|layer|block)s?\b", re.I)
_MOHS_STAGE_WORDS = FoldedPattern(re.compile(
    r"\bstage\s*(?:\d|[iv]+\b|one\b|two\b|three\b)|\b(?:first|second|third|fourth|1st|2nd|3rd|4th|next|"
    r"additional|final)\s+(?:mohs\s+)?(?:stage|layer)\b|\bsingle\s+(?:mohs\s+)?stage\b|"
    r"\b(?:every|each|all)\s+(?:mohs\s+)?(?:layers?|stages?)\b|\btissue\s+blocks?\b|\bhorizontal\s+(?:frozen\s+)?sections?",
    re.I,
))


_RISKS_OF = re.compile(
    r"\b(?:risks?|benefits?|alternatives?|complications?)(?:\s*(?:,|and|&|/)\s*(?:risks?|benefits?|alternatives?"
    # ... up to the mention, unless the consent was given and the work begun in between ("after discussing risks
    # including scar ... she gave consent and we ... performed a shave removal")
    r"|complications?))*\s+(?:of|include|including|for)\b(?:(?!consent|performed|proceeded|anesthetiz|infiltrat)[^.;:])*$",
    re.I,
)
_LEAFLET_AFTER = re.compile(
    r"(?:\s++(?:surgery|micrographic\s++surgery))?\s++(?:information|info|education(?:al)?|handouts?|brochures?|"
    r"pamphlets?|leaflets?|sheets?|videos?|website)\b",
    re.I,
)


def _affirmed_kinds(text: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every service kind ``text`` affirms (today's work), in text order."""
    return list(_affirmed_kinds_cached(text))


@lru_cache(maxsize=8192)
def _affirmed_kinds_cached(text: str) -> tuple[tuple[str, int, int], ...]:
    out = []
    # the cues run case-folded on the lower-cased text (same offsets; extract/scan.py)
    low, cue = (text.lower(), _KIND_CUES_FOLDED) if text.isascii() else (text, _KIND_CUES)
    all_kinds = find_kinds(text)
    # an excision next to an affirmed Mohs is a Mohs layer; "options: Mohs, excision ..." is no Mohs
    has_mohs = any(k == "mohs" and tx.assertion_in(text, s, e) == "affirmed" for k, s, e in all_kinds)
    for kind, s, e in all_kinds:
        ss, se = tx.sentence_bounds(text, s)
        if kind == "biopsy" and (
            (cue.bx_hist_after.match(low[e : e + 70]) and not re.match(r"[.;]\s", text[e : e + 2]))
            or _BX_HIST_BEFORE.search(text[max(0, s - 30) : s])
        ):  # "bx 3/1 showed BCC" (not "... biopsy.\nResults in about one week")
            continue
        if kind == "excision" and _MOHS_STAGE_WORDS.search(text[ss:se]):
            continue  # "Stage 1: excised with 2 mm margin, divided into 4 tissue blocks": a Mohs layer
        if (
            kind == "excision"
            and (has_mohs or cue.mohs_stage.search(low[ss:se]))
            and not re.search(r"excision\s+of|excised\s+(?:with|using)\s+\d", text[s : e + 15], re.I)
        ):
            if has_mohs or _MOHS_STAGE_WORDS.search(text[ss:se]):
                continue
        if kind == "destruction" and cue.part_of_id_or_nail.search(low[max(0, s - 40) : s]):
            continue  # "granulation (tissue) curetted", "cavity gently curetted": part of the nail procedure / I&D
        if kind == "paring" and (
            (cue.wart.search(low, ss, se) and not cue.hyperkeratosis.search(low, ss, se))
            or (cue.wart.search(low) and not cue.hyperkeratosis.search(low) and "destruction" in (k for k, _, _ in all_kinds))
            # "Heel wart pared with #15 blade first to remove callus, then frozen": the wart's own paring
            or (cue.wart.search(low, ss, se) and _PARED_FOR_DESTRUCTION.search(text, ss, se))
        ):
            continue  # "R forefoot warts x2: debulked/pared then LN2": paring is part of the wart's destruction
        if (
            kind == "destruction"
            and cue.base_before.search(low[max(0, s - 24) : s])
            and any(k == "shave" for k, _, _ in all_kinds)
        ):
            continue  # "Lesion shaved flush; base curetted and electrocauterized": part of the shave removal
        if kind == "destruction" and cue.debulk.search(low[ss:se]):
            continue  # "the tumor was debulked by curettage" before the first Mohs stage
        if kind in ("mohs", "excision", "biopsy", "destruction", "tag", "nail_avulsion", "nail_excision") and _OUTSIDE.search(text[ss : _wrapped_end(text, se)]):
            continue  # "Mohs performed there this morning", "biopsy at an outside practice": not our service
        if kind in ("tag", "destruction") and cue.left_alone.search(low, ss, se):
            continue  # "skin tag r neck - pt not bothered, no tx.": an exam line of a lesion left untreated
        if _ATTESTATION.search(text, ss, se):
            continue  # "A. Lindgren MD - present for the entire Mohs procedure": the attending's attestation
        if kind in MAIN_KINDS and _MONTH_YEAR_AFTER.match(text, e):
            continue  # "I&D at BAS 10/2025": a month and year is an earlier visit's work
        if cue.their_service.search(low, max(ss, s - 70), s):
            continue  # "she drove her husband Lyle in for his freeze today": another person's treatment
        if cue.sequela_of.search(low, max(ss, s - 80), s):
            continue  # "Keloids following acne in his youth and a shoulder mole excision": the scar's cause
        if cue.reference_before.search(low[max(ss, s - 45) : s]):
            continue  # "nothing beyond the biopsies was done today": a reference to services named elsewhere
        if cue.risks_of.search(low[ss:s]) or cue.leaflet_after.match(low, e):
            continue  # "risks of biopsy, excision, Mohs surgery ..."; "Mohs information sheet given"
        if _describes_earlier(text, all_kinds, ss, s):
            continue  # "post-op day 8 after excision of ... (06/24/2026, excised diameter 2.6 cm, simple closure)"
        status = tx.assertion(text[ss:se], s - ss, e - ss)
        if kind in ("postop", "repair", "frozen"):
            if status == "negated" or (status == "historical" and kind == "repair"):
                continue
            if kind == "postop" and status == "hypothetical":
                continue  # "suture removal is scheduled for 03/16": not today's post-op care
        elif status != "affirmed":
            continue
        if kind == "excision" and cue.result_reported.search(low[ss:se]) and not cue.today.search(low[ss:se]):
            continue  # "SCC R forearm excised, margins clear": an earlier excision's result, not today's work
        if kind == "excision" and re.search(
            r"(?:completely|fully|incompletely|narrowly|adequately|entirely)\s+$", text[max(0, s - 16) : s], re.I
        ):
            continue  # "compound nevus with mild atypia, completely excised": the pathology's verdict
        if kind == "excision" and _REPAIR_PART.search(text[max(0, s - 40) : s]):
            continue  # "Burow's triangle excised", "dog-ear excised": part of the repair, not a lesion excision
        if (kind in ("excision", "destruction", "shave") and cue.scar_after.match(low, e)) or cue.healing_site.match(low, e):
            continue  # "WLE scar R upper back without pigment", "L back ED&C scar flat": an earlier treatment's scar
        if kind == "repair" and (_HEALING_BEFORE.search(text, max(ss, s - 30), s) or _HEALING_AFTER.match(text, e)):
            continue  # "Wound: intact 4.6 cm linear repair, edges well approximated": an earlier repair looked at
        out.append((kind, s, e))
    return tuple(out)


_SCAR_NEXT = re.compile(r"\s*(?:scars?|incision\s+line)\b", re.I)


def _describes_earlier(text: str, kinds: tuple, ss: int, s: int) -> bool:
    """The mention at ``s`` sits in a parenthesis that describes a procedure named just before it, in the same
    sentence, as not today's ("after excision of a SCC ... (06/24/2026, excised diameter 2.6 cm, simple closure)")."""
    op = text.rfind("(", ss, s)
    if op < 0 or text.find(")", op, s) >= 0:
        return False
    before = [(s2, e2) for k2, s2, e2 in kinds if k2 in MAIN_KINDS and max(ss, op - 120) <= s2 < op]
    return bool(before) and tx.assertion(text[ss:op], before[-1][0] - ss, before[-1][1] - ss) != "affirmed"


_BASE_BEFORE = re.compile(r"\bbase\s+(?:was\s+)?(?:then\s+|lightly\s+|gently\s+)?$", re.I)
_DEBULK = re.compile(r"\bdebulk", re.I)
_MONTH_YEAR_AFTER = re.compile(r"(?:[^.;,\n]|\n(?![ \t]*\n)){0,15}?\b(?:0?[1-9]|1[0-2])/(?:19|20)\d\d\b")
_THEIR_SERVICE = re.compile(
    r"\b(?:(?:husband|son|father|dad|brother|grandfather|grandson|uncle)\b[^.;\n]{0,45}\bhis|"
    r"(?:wife|daughter|mother|mom|sister|grandmother|granddaughter|aunt)\b[^.;\n]{0,45}\bher)\s+(?:\w+\s+)?$",
    re.I,
)
_SEQUELA_OF = re.compile(
    r"\b(?:keloids?|scars?|scarring)\s+(?:following|after|from|secondary\s+to|due\s+to)\b[^.;\n]*$", re.I
)
_STOP = re.compile(r"[.;!?](?!\d)|\n\s*\n")
_WART_WORD = re.compile(r"\bwarts?\b|\bverruc", re.I)
_HYPERKERATOSIS = re.compile(r"\bcallus|\bcalluses\b|\bcorns?\b|\bclav(?:us|i)\b|hyperkerat|keratoderma|\btyloma", re.I)


_PART_OF_ID_OR_NAIL = re.compile(
    r"(?:granulation(?:\s+tissue)?|(?:abscess\s+)?cavity|wound\s+bed|cyst\s+wall|sac|loculations?)\s+"
    r"(?:was\s+|were\s+)?(?:\w+ly\s+)?$",
    re.I,
)


def _wrapped_end(text: str, end: int) -> int:
    """The end of a sentence that a hard line wrap cut short ("... by Dr. H. Prakash (Lakeview Skin\nSurgery,
    separate practice); ..."): a long line that stops without punctuation runs on to the next stop."""
    stop = text[:end].rstrip()
    line_start = text.rfind("\n", 0, len(stop)) + 1
    if not stop or stop[-1] in ".;:!?" or len(stop) - line_start < 60 or text[end : end + 1] != "\n":
        return end
    m = _STOP.search(text, end)
    return m.end() if m else len(text)


_LEFT_ALONE = re.compile(
    r"\b(?:no\s+(?:tx|treatment|intervention)|not\s+treated|untreated|left\s+alone|not\s+bothered)\b", re.I
)
_ATTESTATION = FoldedPattern(re.compile(
    r"\bpresent\s+(?:for|during|throughout)\s+(?:the\s+)?(?:entire|key|critical|whole|all)\b|"
    r"\bagree\s+with\s+(?:the\s+)?(?:above|findings|assessment|plan|note|documentation)\b",
    re.I,
))
_REFERENCE_BEFORE = re.compile(
    r"\b(?:beyond|besides|other\s+than|except(?:\s+for)?|apart\s+from|"
    r"(?:separate|different|distinct)\s+(?:sites?\s+|lesions?\s+|areas?\s+)?from)\s+(?:the\s+|both\s+|all\s+)?(?:\w+\s+)?$",
    re.I,
)
_RESULT_REPORTED = re.compile(
    r"\bmargins?\s+(?:were\s+|are\s+|was\s+)?(?:clear|free|negative|uninvolved)\b|\bclear\s+margins\b", re.I
)
_OUTSIDE = FoldedPattern(re.compile(
    r"\b(?:outside\s+(?:center|centre|practice|clinic|dermatolog\w*|surgeon|provider|facility|office|hospital|mohs)|"
    r"(?<=\()(?:done\s+|performed\s+)?outside\)|"
    r"(?:at|by|from)\s+(?:an?\s+)?(?:outside|other|another|different)\s+(?:center|centre|practice|clinic|"
    r"dermatolog\w*|surgeon|provider|facility|office|hospital)|performed\s+(?:there|elsewhere)|done\s+elsewhere|"
    r"performed\s+and\s+billed|billed\s+(?:by|the|separately)|referred\s+(?:\w+\s+){0,3}from\s+[\w' ]{0,30}mohs|"
    r"by\s+(?:another|an\s+outside|the\s+referring)\s+\w+|(?:separate|unaffiliated|independent)\s+practice|"
    r"(?:at|in|from)\s+(?:the\s+|his\s+|her\s+)?referring\s+(?:office|practice|clinic|dermatolog\w*|provider|physician|"
    r"doctor|surgeon)|(?:at|in|by)\s+(?:an?\s+|the\s+)?(?:urgent\s+care|emergency\s+(?:room|department)|walk-in|er\b|ed\b)|"
    r"\b(?:otc|over[- ]the[- ]counter)\s+(?:freez\w*|cryo\w*|wart|kit|remover)|\bhome\s+(?:freez\w*|cryo\w*|kit)|"
    r"(?:at|by)\s+(?:the\s+)?va\b(?:\s+(?:medical\s+center|hospital|clinic|mohs|dermatolog\w*|surgeon))?|"
    r"we\s+did\s+not\s+perform|"
    # "(cotton wisps, soaks, partial avulsions x2 elsewhere) failed"
    r"\b(?:avulsions?|biops\w+|excisions?|procedures?|freez\w*|cryo\w*)\s+(?:[\w-]+\s+){0,2}elsewhere\b)",
    re.I,
))
_REPAIR_PART = FoldedPattern(re.compile(
    r"(?:burow'?s?|dog[- ]?ears?|standing\s+cones?|redundant\s+(?:skin|tissue)|triangles?|cones?)"
    r"(?:\s+\w+){0,3}\s+(?:was\s+|were\s+)?$",
    re.I,
))
_SCAR_AFTER = re.compile(r"[\s-]*(?:scars?|cicatrix|sites?\b(?!\s*[:#\d]))\b", re.I)  # "(Back excision site from 03/02 ...)"
# "Upper back excision site: incidentally seen - clean, sutures intact": an earlier wound looked at
_HEALING_SITE = re.compile(
    r"[\s-]*sites?\s*[:\-–][^.\n]{0,40}?\b(?:clean|heal(?:ing|ed)|granulating|sutures?\s+intact|c/d/i|no\s+(?:erythema|action)|"
    r"not\s+(?:examined|addressed|evaluated|seen))", re.I
)
_HEALING_BEFORE = re.compile(
    r"\b(?:intact|healing|healed|well[- ]healed|healthy)\s+(?:[\d.]+\s*cm\s+)?(?:linear\s+|layered\s+)?$", re.I
)
_HEALING_AFTER = re.compile(
    r"[^.;\n]{0,30}?(?:\b(?:is|was)\s+)?\b(?:intact|healing|healed|c/d/i|well\s+approximated|no\s+dehiscence|"
    r"suture\s+marks)\b",
    re.I,
)
_TODAY = re.compile(r"\btoday\b|\bthis\s+(?:visit|morning|afternoon)\b", re.I)


class _KindCues:
    """_affirmed_kinds_cached's case-insensitive cues, as written or case-folded (for lower-cased ASCII text:
    same offsets; extract/scan.py)."""

    __slots__ = (
        "bx_hist_after",
        "mohs_stage",
        "part_of_id_or_nail",
        "wart",
        "hyperkeratosis",
        "base_before",
        "debulk",
        "left_alone",
        "their_service",
        "sequela_of",
        "reference_before",
        "risks_of",
        "leaflet_after",
        "result_reported",
        "today",
        "scar_after",
        "healing_site",
    )

    def __init__(self, folded: bool) -> None:
        patterns = (
            _BX_HIST_AFTER, _MOHS_STAGE, _PART_OF_ID_OR_NAIL, _WART_WORD, _HYPERKERATOSIS, _BASE_BEFORE, _DEBULK,
            _LEFT_ALONE, _THEIR_SERVICE, _SEQUELA_OF, _REFERENCE_BEFORE, _RISKS_OF, _LEAFLET_AFTER, _RESULT_REPORTED,
            _TODAY, _SCAR_AFTER, _HEALING_SITE,
        )
        for slot, rx in zip(self.__slots__, patterns, strict=True):
            low = FoldedScanner(rx).lower_rx if folded else rx
            if low is None:
                raise ValueError(f"not a case-insensitive lower-case pattern: {rx.pattern[:60]!r}")
            setattr(self, slot, low)


_KIND_CUES, _KIND_CUES_FOLDED = _KindCues(folded=False), _KindCues(folded=True)


def _other_sites_only(t: str, pos: int, site: Site) -> bool:
    """The sentence at ``pos`` names sites, none of them in ``site``'s region."""
    a, b = tx.sentence_bounds(t, pos)
    named = find_sites(t[a:b])
    return bool(named) and all(x.region != site.region for x in named)


def _first_int(word: str) -> int | None:
    return tx.word_to_int(word)


# ------------------------------------------------------------------------------------ attribute filler
_DESTROYED_NOUN = re.compile(r"\b(?:aks?|keratoses|warts?|verrucae?|tags?|sks?|molluscum|keloids?)\b", re.I)
_SPECIMEN_WORDS = r"specimens?|jars?|containers?"
_SPECIMENS = re.compile(rf"\b(?:{_SPECIMEN_WORDS})$", re.I)
_ALL_SPECIMENS = re.compile(rf"(?:all|each\s+of\s+the|the)\s+\w+\s+(?:{_SPECIMEN_WORDS})\b", re.I)
_OTHER_COUNTED = re.compile(rf"\b(?:biops(?:y|ies)|bx|{_SPECIMEN_WORDS})$", re.I)
_ORAL_DOSE = re.compile(
    r"\b(?:spironolactone|doxycycline|minocycline|methotrexate|isotretinoin|prednisone|aspirin|metformin|"
    r"acitretin|cyclosporine|hydroxyzine|cetirizine|valacyclovir|cephalexin|ivermectin)\b|"
    r"mg\s+(?:daily|bid|tid|qid|qd|qhs|po\b|by\s+mouth|once|twice|weekly|/day|per\s+day)",
    re.I,
)
# "1.5 mL total", "2 cc of 10 mg/mL in total" (not "0.3 mL (total 1.0 mL)": that total is the next volume)
_TOTAL_AFTER = re.compile(r"[^.;]{0,40}?\btotal\b(?!\s*(?:of\s+|volume\s+|=\s*)?\d)", re.I)


_UNTREATED = FoldedPattern(re.compile(
    r"\bno\s+(?:treatment|procedure|intervention)s?\b|\bnot\s+(?:treated|done|performed)\b|\buntreated\b", re.I
))


def fill(svc: Service) -> Service:
    t = svc.text
    sites = find_sites(t)
    # "No treatment of the R hallux (normal)": a site named only to say nothing was done there
    svc.sites = (
        tuple(x for x in sites if not _UNTREATED.search(_sentence_at(t, x.start)))
        if sites and _UNTREATED.search(t)
        else sites
    )
    if svc.site is None and svc.sites:
        svc.site = svc.sites[0]
        if len(svc.sites) > 1 and svc.trigger is not None and svc.trigger.source == svc.source:
            # "psoriasis of elbows and knees ... Separately, new papule R shin -> shave biopsy": the site in
            # the procedure's own sentence, when the text names sites in other sentences too
            rel = svc.trigger.start - svc.base
            sb = tx.sentence_at(t, rel)
            if sb is not None:
                own = [x for x in svc.sites if sb[0] <= x.start < sb[1]]
                if own and own[0] is not svc.sites[0] and not (sb[0] <= svc.sites[0].start < sb[1]):
                    svc.site = own[0]
    if svc.site is not None:
        svc.spans.append(
            Span(svc.source, svc.base + svc.site.start, svc.base + svc.site.end, svc.site.text)
            if svc.site.start < len(t) and t[svc.site.start : svc.site.end] == svc.site.text
            else Span(svc.source, svc.base, svc.base, svc.site.text)
        )
    a0 = svc.attr_start
    measures = [
        tx.Measure(m.value_cm, m.start + a0, m.end + a0, m.kind, m.text) for m in tx.find_measures(t[a0:])
    ]
    for m in measures:
        if m.kind == "margin":
            svc.margin_cm = m.value_cm if svc.margin_cm is None else min(svc.margin_cm, m.value_cm)
            svc.spans.append(svc.span(m.start, m.end))
        elif m.kind == "excised":
            svc.excised_cm = m.value_cm
            svc.spans.append(svc.span(m.start, m.end))
        elif m.kind == "defect":
            svc.defect_cm = max(svc.defect_cm or 0, m.value_cm)
            svc.spans.append(svc.span(m.start, m.end))
        elif m.kind == "repair":
            svc.repair_len = (svc.repair_len or 0) + m.value_cm
            svc.spans.append(svc.span(m.start, m.end))
        elif m.kind == "lesion":
            svc.sizes.append(m.value_cm)
            svc.spans.append(svc.span(m.start, m.end))
    final = [m for m in measures if m.kind == "repair" and _FINAL_LENGTH.search(t, max(0, m.start - 30), m.start)]
    if final:
        svc.repair_len = final[-1].value_cm  # "Ragged 1.0 cm stellate laceration ... Final repair length 1.0 cm"
    # "margins of 2 mm" where the number came second handled by classifier; a bare "1-2 mm margin" range
    if svc.kind == "excision" and svc.margin_cm is None:
        mm = re.search(
            r"(\d+(?:\.\d+)?)\s*(?:-|to)\s*(\d+(?:\.\d+)?)\s*(mm|cm)\s+(?:\w+\s+)?margins?", t, re.I
        )
        if mm:
            svc.margin_cm = tx.to_cm(mm.group(1), mm.group(3))
    counts = [(n, cs + a0, ce + a0) for n, cs, ce in tx.find_counts(t[a0:])]
    if not counts and svc.kind in _COUNTED:
        sc = (
            _site_counts(t[a0:])
            or (_site_then_counts(t[a0:]) if svc.kind != "biopsy" else None)
            # "1 vertex  2 vertex  3 crown L ... 9 R temporal": injected sites numbered in a grid
            or (_numbered_sites(t[a0:]) if svc.kind == "injection" else None)
            or _plus_count(t[a0:])
            or (_rows_of_kind(t[a0:], svc.kind) if svc.kind in ("destruction", "paring", "tag") else None)
        )
        if sc:
            counts = [(sc, a0, len(t))]
    if counts:
        # prefer a count near the trigger / the kind's noun; take the max of explicit counts in the text
        # counts in historical / negated sentences ("treated about a dozen AKs in 2024") do not count
        counts = [c for c in counts if _count_asserted(t, c)]
        if svc.kind in _PER_LESION and _NUMBERED.match(t):
            # "#2 L forearm - punch biopsy ... Both specimens to path": the list's summary, not this item's count
            counts = [c for c in counts if not re.match(r"(?:both|all)\b", t[c[1] : c[2]], re.I)]
        if svc.kind in ("biopsy", "shave"):
            counts = [
                c
                for c in counts
                if not re.match(
                    r"(?:curett|ed\s*&|edc|frozen|cryo|ln2|treated|destro"
                    r"yed|"
                    r"injected|sutures?|nylon)",
                    t[c[1] : c[2]],
                    re.I,
                )
            ]
            if svc.kind == "biopsy":
                # "2. R forearm - 4 mm punch biopsy.\nTwo separate specimens to pathology.", "consent for 3
                # biopsies and cryotherapy": the list's summary, not this biopsy's count
                counts = [
                    c for c in counts
                    if not _SPECIMENS.search(t, c[1], c[2]) and not _ALL_SPECIMENS.match(t, c[1]) and not re.search(r"\bconsent", _sentence_at(t, c[1]), re.I)
                    and not _DESTROYED_NOUN.search(t, c[1], c[2])  # "LN2 x4 AKs face" beside the biopsy
                ]
        else:  # "the single helix AK (a different site from both biopsies)": the biopsies' count
            counts = [c for c in counts if not _OTHER_COUNTED.search(t, c[1], c[2])]
        if svc.kind in ("biopsy", "shave") and svc.site is not None:
            # "Neck: twelve small papules ... R upper back: 6 mm papule -> biopsy": another site's lesions
            counts = [c for c in counts if not _other_sites_only(t, c[1], svc.site)]
        vals = [n for n, _, _ in counts if 0 < n < 200]
        stated = list(counts)
        extra = (
            _additive_count(t[a0:], counts, a0) or _site_counts(t[a0:]) or _plus_count(t[a0:])
            or (_n_more(t[a0:], counts, a0) if svc.kind == "injection" else None)
        )
        if extra and svc.kind not in ("excision", "mohs", "repair", "biopsy"):
            vals = [extra]
            counts = [(vals[0], counts[0][1], counts[-1][2])] if counts else counts
        per_site = _site_then_counts(t[a0:]) if svc.kind in _COUNTED and svc.kind != "biopsy" else None
        if per_site and per_site > max(vals, default=0):
            # counts listed per site with no stated total: "R axilla 9, L axilla 6, trunk 8" -> 23
            vals = [per_site]
            counts = [(per_site, counts[0][1], counts[-1][2])] if counts else [(per_site, a0, len(t))]
        if vals and svc.kind == "patch":
            own, own_at = _own_products(t[a0:])
            prior = [(n, e_) for n, s_, e_ in stated if 0 < n < 200 and s_ < own_at + a0]
            before = [n for n, _ in prior]
            gap = t[prior[-1][1] : own_at + a0] if prior else ""
            if gap.count("(") > gap.count(")"):
                own = 0  # "36 allergens (T.R.U.E. 35 + own cutting fluid)": the breakdown of a stated total
            if own and before and before[-1] + own > max(vals):
                # "35 allergens plus her own shampoo (1)" -> 36; a stated total after it ("...: 36 tests") or
                # before its breakdown ("36 allergens (T.R.U.E. 35 + own fluid)") wins
                vals = [before[-1] + own]
                counts = [(vals[0], counts[0][1], counts[-1][2])]
        if vals and svc.kind not in ("excision", "mohs", "repair"):
            svc.count = max(vals)
            n, s, e = next(c for c in counts if c[0] == svc.count)
            svc.spans.append(svc.span(s, e))
    mid = _LESION_ID.search(t)
    if mid:
        svc.lesion_id = next(g for g in mid.groups() if g)
    # not "No AKs or lesions treated" / "There are no pre-cancers ... today" (a peel for appearance)
    svc.dx = [d for d in find_dx(t) if tx.assertion_in(t, d.start, d.end) != "negated"]
    svc.dx_categories = {d.category for d in svc.dx}
    kind = svc.kind
    if kind == "biopsy":
        for tech, rx in _TECH_BX:
            # "Technique: [ ] tangential (shave)   [x] punch 4 mm   [ ] incisional": the ticked one
            if any(not tx.unticked(t, m.start()) for m in rx.finditer(t)):
                svc.technique = tech
                break
    if kind in ("excision", "mohs", "biopsy", "shave", "destruction", "repair"):
        for fm in _FLAP_RE.finditer(t):
            if _RISKS_OF.search(t[tx.sentence_bounds(t, fm.start())[0] : fm.start()]):
                continue  # "risks ... of flap or graft reconstruction": consent text
            # "Options including a graft and a flap were discussed, and the defect was repaired with a
            # bilobed flap": each mention in its own clause
            if tx.assertion_in(t, fm.start(), fm.end()) not in ("negated", "hypothetical"):
                svc.flap = True
                break
        rep = [k for k in _affirmed_kinds(t) if k[0] == "repair"]
        rep = [k for k in rep if not _REPAIR_ELSEWHERE.search(_sentence_at(t, k[1]))]
        if rep or kind == "repair":
            # the Procedure's own documentation ("Undermined, layered closure") outranks its charge label ("Complex repair")
            svc.repair_type = _repair_type_of(t[svc.attr_start :]) or _repair_type_of(t)
            if svc.repair_len is None:
                # "closure along the nasofacial sulcus, 3.1 cm": the length in the repair's own sentence
                for _, rs, _re in rep:
                    for a, b in tx.sentences(t):
                        if a <= rs < b:
                            cand = [
                                m
                                for m in measures
                                if a <= m.start < b
                                and m.kind in ("lesion", "depth", "other")
                                and m.start > rs
                            ]
                            if cand:
                                svc.repair_len = cand[-1].value_cm
                                if cand[-1].kind == "lesion" and cand[-1].value_cm in svc.sizes:
                                    svc.sizes.remove(cand[-1].value_cm)
                                svc.spans.append(svc.span(cand[-1].start, cand[-1].end))
                            break
                    if svc.repair_len is not None:
                        break
        if kind == "repair" and svc.repair_len is None:
            cand = [m for m in measures if m.kind in ("lesion", "depth", "other")]
            if cand:
                svc.repair_len = cand[-1].value_cm
        if svc.repair_type is None and _affirmed_cue(t, _SECOND_INTENTION):
            svc.repair_type = "none"
    if kind == "mohs":
        stages: dict[int, int] = {}
        for m in _STAGE_RE.finditer(t):
            n = _first_int(m.group(1)) if m.group(1) else _ORDINAL.get(m.group(2).lower())
            if not n:
                continue
            if re.match(r"[\s:.]*(?:\(?[^)\n]{0,30}\))?[\s:.]*(?:\*{2,}|_{2,}|-{2,}|—|n/a\b|not\s+(?:needed|required|done|taken|performed))", m.group(3), re.I):
                continue  # "Stage IV: ***": an empty template field, not a stage
            if re.search(r"\b(?:no|without\s+a|not\s+a)\s+$", t[max(0, m.start() - 12) : m.start()], re.I) or re.match(
                r"[^.;\n]{0,20}?\b(?:was|were)\s+(?:not\s+(?:needed|required|necessary|taken)|unnecessary)", m.group(3), re.I
            ):
                continue  # "No third stage was needed or taken."
            blocks = 0
            # the stage's own count comes first: "BLOCKS=2 | RESULT=clear" before "TOTAL=3 stages / 12 blocks"
            bm = min((x for x in (_BLOCKS_RE.search(m.group(3)), _BLOCKS_FIRST_RE.search(m.group(3))) if x),
                     key=lambda x: x.start(), default=None)
            if bm:
                blocks = _first_int(bm.group(1)) or 0
            stages[n] = max(stages.get(n, 0), blocks)
        nstages = max(stages) if stages else 0
        sm = _STAGES_N_RE.search(t)
        if sm:
            nstages = max(nstages, _first_int(sm.group(1) or sm.group(2)) or 0)
        if nstages == 0:
            nstages = 1
        svc.stages = [stages.get(i, 0) for i in range(1, nstages + 1)]
        if nstages == 1 and not any(stages.values()):
            bms = list(_BLOCKS_RE.finditer(t))
            if len(bms) == 1:  # "Mohs stage I ... Layer excised. ... cut into 7 tissue blocks"
                svc.stages = [_first_int(bms[0].group(1)) or 0]
        svc.frozen_section = bool(re.search(r"frozen\s+section", t, re.I))
        tbl = _stage_table(t) or _stage_cells(t)
        if tbl and (len(tbl) > len(svc.stages) or not any(svc.stages)):
            svc.stages = tbl
    if kind in ("injection", "drug"):
        mg = None
        explicit = [
            m
            for m in _MG_RE.finditer(t)
            if m.start() >= svc.attr_start
            if not re.search(r"lidocaine|xylocaine", t[max(0, m.start() - 25) : m.start()], re.I)
            # "despite spironolactone 100 mg", "doxycycline 40 mg daily": an oral drug, not the injected dose
            and not _ORAL_DOSE.search(t[max(0, m.start() - 30) : m.end() + 20])
        ]
        conc = _CONC_RE.search(t) or _KENALOG_CONC.search(t)
        if explicit:
            best = max(explicit, key=lambda m: tx.quantity(m.group(1)) or 0.0)
            mg = tx.quantity(best.group(1)) or 0.0
            if (
                re.match(
                    r"\s*(?:each|per\s+(?:lesion|keloid|site|nodule|patch))",
                    t[best.end() : best.end() + 20],
                    re.I,
                )
                and svc.count
            ):
                mg *= svc.count
            svc.spans.append(svc.span(best.start(), best.end()))
        elif conc:
            vol = [v for v in _VOL_RE.finditer(t)]
            # a documented total volume wins over per-site volumes ("1.5 mL total ... ~0.1 mL per site")
            totals = [
                v
                for v in vol
                if _TOTAL_AFTER.match(t, v.end(), v.end() + 48)
                and not _VOL_RE.search(t[v.end() : v.end() + (t[v.end() :].lower().find("total") + 1)])
                or re.search(r"total(?:\s+(?:of|volume))?:?\s*$", t[max(0, v.start() - 16) : v.start()], re.I)
            ]
            if totals:
                after = [v for v in totals if _TOTAL_AFTER.match(t, v.end(), v.end() + 48)]
                vol = (after or totals)[:1]
            elif len(vol) > 1:
                per = [
                    v
                    for v in vol
                    if re.match(r"[^.;\n]{0,12}?\b(?:per|each)\b", t[v.end() : v.end() + 16], re.I)
                ]
                vol = [v for v in vol if v not in per] or vol
            if vol:
                total_ml = sum((tx.quantity(v.group(1)) or 0.0) for v in vol)
                if (
                    len(vol) == 1
                    and not totals
                    and svc.count
                    and re.match(
                        r"[^.;\n]{0,40}?\b(?:each|per\s+(?:lesion|site|nodule|keloid|patch|scar|cyst))\b|\s*"
                        r"/\s*lesion",
                        t[vol[0].end() : vol[0].end() + 52],
                        re.I,
                    )
                ):
                    total_ml *= svc.count
                mg = (tx.quantity(conc.group(1)) or 0.0) * total_ml
                svc.spans.append(svc.span(conc.start(), conc.end()))
        svc.mg = mg
        svc.technique = (
            "triamcinolone"
            if re.search(r"kenalog|triamcinolone|\btac\b|\bilk\b|\bilt\b|il\s*k", t, re.I)
            else "other"
        )
    if kind == "id":
        svc.complicated = False
        doc = (
            t[svc.attr_start :] if svc.provided_code else t
        )  # a code's label ("I&D complicated") is no evidence
        svc.complicated = complicated_drainage(doc)
    if kind in ("nail_debridement", "nail_avulsion", "nail_excision"):
        svc.digits = digits_of(t)
    if kind == "phototherapy":
        pt = t
        if svc.attr_start and re.search(r"uvb|narrow|tar\b|puva|psoralen|topical|petrolat", t[svc.attr_start :], re.I):
            pt = t[svc.attr_start :]  # the EMA's "Photochemotherapy tar + UVB" label is not documentation
        if pt is t and svc.attr_start:
            pass
        elif _affirmed_cue(pt, _PUVA_CUE):
            svc.photo_type = "puva"
        elif _affirmed_cue(pt, _TAR_CUE):
            svc.photo_type = "goeckerman"
        elif pt is t and svc.attr_start:
            svc.photo_type = None  # only the charge's label names the light: the note (or the code) decides
        else:
            svc.photo_type = "uvb"
    if kind in ("flap", "mohs", "excision") or svc.flap:
        areas = tx.find_areas(t)
        if areas and (kind == "flap" or svc.flap):
            svc.area_sqcm = max(a for a, _, _ in areas)
        if kind == "flap" or svc.flap:
            svc.graft = graft_type(t)
            if svc.graft and svc.area_sqcm is None and (planes := tx.find_plane_areas(t)):
                svc.area_sqcm = max(a for a, _, _ in planes)  # "defect 2.2 x 1.7 cm ... FTSG"
    if kind == "excimer":
        area, spans = excimer_area(t[svc.attr_start :], svc.attr_start)
        if area is not None:
            svc.area_sqcm = area
            svc.spans.extend(svc.span(s, e) for s, e in spans)
    if kind == "destruction":
        svc.dest_class = destruction_class(svc)
        if svc.dest_class == "vascular" and (areas := tx.find_areas(t) or tx.find_plane_areas(t)):
            svc.area_sqcm = max(a for a, _, _ in areas)  # "treated area 3.2 x 2.4 cm (7.7 sq cm)"
        for tech, rx in _TECH_DESTRUCTION:
            if rx.search(t):
                svc.technique = tech
                break
    if kind == "excision":
        svc.malignant = excision_malignant(svc)
    if _NO_PRIOR_PATH.search(t):
        svc.no_prior_path = True
    return svc


_NO_PRIOR_PATH = FoldedPattern(re.compile(
    r"no\s+(?:prior|previous)\s+(?:pathology|biops|bx|histolog|tissue\s+diagnosis)|"
    r"(?:not|never)\s+(?:been\s+)?(?:previously\s+)?(?:biopsied|sampled|bx'?d)|"
    r"(?:without|absent)\s+(?:a\s+|any\s+)?(?:prior|previous)\s+(?:biopsy|bx|pathology|histology)|"
    r"(?:previously\s+)?un-?biopsied",
    re.I,
))


_FLAP_RE = FoldedPattern(re.compile(
    r"\b(?:flap|graft|z-?plasty|w-?plasty|adjacent\s+tissue\s+transfer|rhombic|bilobed?|"
    r"(?:advancement|rotation|transposition|interpolation)\s+(?:flap|closure)|o-?to-?z|a-?t"
    r"o-?t|"
    r"antia-?buch)\b",
    re.I,
))
_GRAFT_RE = FoldedPattern(re.compile(
    r"\b(?:(?P<full>full[- ]thickness\s+(?:skin\s+)?graft|ftsg|burow'?s?\s+graft)|"
    r"(?P<split>split[- ]thickness\s+(?:skin\s+)?graft|stsg)|(?P<any>(?:skin\s+)?graft(?:ed|ing)?))\b",
    re.I,
))
# a named flap: the repair is an adjacent tissue transfer even if a graft is named too
_NAMED_FLAP = FoldedPattern(re.compile(
    r"\b(?:flap|z-?plasty|w-?plasty|adjacent\s+tissue\s+transfer|o-?to-?z|a-?to-?t)\b", re.I
))
_NOT_SKIN_GRAFT = re.compile(r"(?:cartilage|xeno|allo|dermal\s+substitute|integra)[\w\s-]{0,12}$", re.I)


def graft_type(t: str) -> str | None:
    """"full" or "split" when the wound's affirmed repair is a skin graft and no flap is affirmed ("FTSG
    chosen ... helical advancement flap declined"); a graft named without its thickness is full thickness
    unless a dermatome is used (the office derm graft). None otherwise."""

    def affirmed(m: re.Match[str]) -> bool:
        return tx.assertion_in(t, m.start(), m.end()) not in ("negated", "hypothetical", "historical")

    if any(affirmed(m) for m in _NAMED_FLAP.finditer(t)):
        return None
    kinds = {
        m.lastgroup
        for m in _GRAFT_RE.finditer(t)
        if affirmed(m) and not _NOT_SKIN_GRAFT.search(t[max(0, m.start() - 30) : m.start()])
    }
    if "split" in kinds:
        return "split"
    if kinds & {"full", "any"}:
        return "split" if re.search(r"dermatome", t, re.I) and "full" not in kinds else "full"
    return None


_REPAIR_ELSEWHERE = FoldedPattern(re.compile(
    r"separate\s+(?:provider|surgeon|physician)|(?:oculo)?plastics|plastic\s+surge"
    r"ry|"
    r"referr\w+|another\s+(?:provider|surgeon)|outside\s+surgeon|\bent\b|facial\s+"
    r"plastic|"
    r"tomorrow|next\s+(?:day|week)",
    re.I,
))


_UNDERMINING = re.compile(r"(?:extensive|wide)\s+undermining", re.I)
_REPAIR_NAMED = FoldedPattern(re.compile(
    r"\b(?:(complex)|(intermediate)|(simple))\s*\)?\s+(?:\([^)\n]{0,20}\)\s*)?(?:linear\s+|layered\s+|(?:\d|single|one)-?\s*layer\s+)?"
    r"(?:repair|closure)\b|"
    r"\b(?:repair|closure)\s*\(\s*(?:(complex)|(intermediate)|(simple))\s*\)|"
    # a form field, filled from a pick list: "Repair: {RepairType:304812::"Intermediate (layered)"}"
    r"\b(?:repair|closure)(?:\s+type)?\s*:\s*(?:\{[^{}\n\"]{0,40}\"?)?\s*(?:(complex)|(intermediate)|(simple))\b",
    re.I,
))


def complicated_drainage(doc: str) -> bool:
    """An I&D's own text documents a complicated drainage: a multiloculated cavity ("multiple loculations broken
    up"), several abscesses, an extensive or complicated drainage. Packing alone ("loosely packed", "a small wick
    of plain packing") does not make a single abscess complicated, nor does "loculations gently broken" alone: six
    independent coders (s29, s38, s45, s48, s52, s75) coded that single cavity 10060, one (s3) 10061."""
    if any(tx.assertion_in(doc, m.start(), m.end()) == "affirmed" for m in SIMPLE_DRAINAGE.finditer(doc)):
        return False  # the surgeon's own grading: "Simple incision and drainage", "Q: Simple or complicated? / A: simple"
    for m in _COMPLICATED_RE.finditer(doc):
        if re.search(
            r"\b(?:no|not|without|non)[- ]?\s*(?:\w+\s+)?$", doc[max(0, m.start() - 18) : m.start()], re.I
        ) or re.match(
            r"\s+(?:was\s+|were\s+)?not\s+(?:needed|required|necessary|placed|indicated|present|seen|identified|noted"
            r"|found)|\s*[:=]\s*(?:none|no|n/a|n)\b|\s*:\s*(?:\[\s*\]|☐)\s*(?:present|yes)\b"  # "loculations: [ ] present [x] none"
            r"|\s*\?\s*[-:]?\s*(?:none|no)\b|[^.;]{0,50}?-\s*none\s+significant",  # "loculations? - none"
            doc[m.end() :],
            re.I,
        ) or tx.Q_LINE.match(doc, doc.rfind("\n", 0, m.start()) + 1):
            continue  # "no loculations", "packing not needed", "Packing: none"; a template's question
        return True
    return False


def _id_procedure_detail(out: list[Service], segs: list[Segment]) -> None:
    """A note's one I&D takes its complexity from the procedure paragraphs ("PROCEDURE NOTE - INCISION AND
    DRAINAGE" / ... / "Procedure: ... loculations broken up ...; packed"), not only from the line naming it."""
    ids = [sv for sv in out if sv.kind == "id"]
    if len(ids) == 1 and not ids[0].complicated and not ids[0].provided_code:
        ids[0].complicated = any(sg.section == "procedure" and complicated_drainage(sg.text) for sg in segs)


def _repair_type_of(t: str) -> str | None:
    """The repair complexity the text names ("layered (intermediate) closure", "complex repair"), else the first
    affirmed criterion ("complex" signs, then "layered", then "simple"). Wide undermining alone makes a repair
    complex only when no layered closure is documented ("wide undermining in the subgaleal plane, layered closure"
    is intermediate)."""
    def said(m: re.Match) -> bool:  # affirmed, and not a form's unticked option ("[ ] Complex")
        return tx.assertion_in(t, m.start(), m.end()) not in ("negated", "hypothetical") and not tx.unticked(t, m.start())

    if any(not _UNDERMINING.match(m.group(0)) and said(m) for m in _REPAIR_TYPE[0][1].finditer(t)):
        return "complex"  # debrided edges, a free margin, exposed cartilage ...
    named = {("complex", "intermediate", "simple")[(m.lastindex - 1) % 3] for m in _REPAIR_NAMED.finditer(t) if said(m)}
    if len(named) == 1:
        return named.pop()  # "wide undermining ... layered (intermediate) closure": the surgeon's own grading
    undermined = False
    for rt, rx in _REPAIR_TYPE:
        if rt == "simple" and undermined:
            return "complex"  # extensive undermining with no layered closure named
        for mm in rx.finditer(t):
            if rt == "complex" and _UNDERMINING.match(mm.group(0)):
                undermined = undermined or said(mm)  # "wide undermining ..., layered closure": undermining alone
                continue  # does not make a layered closure complex
            if said(mm):
                return rt
    return "complex" if undermined else None


def wounds_of(t: str) -> list:
    """Wounds of a laceration-repair text: each length paired with the nearest earlier site (one per site)."""
    sites = find_sites(t)
    best: dict[tuple, tuple] = {}
    for m in tx.find_measures(t):
        if m.kind not in ("lesion", "repair", "other", "depth"):
            continue
        before = [s for s in sites if s.end <= m.start and m.start - s.end < 90]
        if not before:
            continue
        s = before[-1]
        key = next(
            (k for k in best if k[0] == s.region and (k[1] == s.laterality or not k[1] or not s.laterality)),
            (s.region, s.laterality),
        )
        if key not in best or m.value_cm > best[key][1]:
            best[key] = (s, m.value_cm)
    return list(best.values())


def _sentence_at(t: str, pos: int) -> str:
    a, b = tx.sentence_bounds(t, pos)
    return t[a:b]


_PUVA_CUE = re.compile(r"\b(?:puva|psoralen|methoxsalen|8-?mop|oxsoralen|trioxsalen|bath\s+puva)\b", re.I)
_TAR_CUE = re.compile(r"\b(?:goeckerman|coal\s+tar|crude\s+coal|\blcd\b|tar)\b", re.I)


def _affirmed_cue(t: str, rx: re.Pattern) -> bool:
    """An affirmed mention, not a form's unticked option ("Modality: [x] NB-UVB  [ ] PUVA")."""
    return any(
        tx.assertion_in(t, m.start(), m.end()) == "affirmed" and not tx.unticked(t, m.start())
        for m in rx.finditer(t)
    )


def _table_rows(t: str) -> tuple[list[str], list[list[str]]] | None:
    """The first pipe table in ``t``: (header cells, rows of cells)."""
    lines = t.split("\n")
    for i, ln in enumerate(lines):
        if ln.count("|") >= 1:
            head = [c.strip().lower() for c in ln.split("|")]
            rows = []
            for nxt in lines[i + 1 :]:
                if nxt.count("|") != ln.count("|"):
                    break
                rows.append([c.strip() for c in nxt.split("|")])
            if rows:
                return head, rows
            return None
    return None


_AREA_HEADER = re.compile(r"\barea\b.*(?:sq\.?\s*cm|cm2|cm²|square)", re.I)


def excimer_area(t: str, base: int = 0) -> tuple[float | None, list[tuple[int, int]]]:
    """The area treated in one excimer session and the spans it came from: a table's area column, a stated
    total ("Total 190 sq cm", "TOTAL .... 280 sq cm"), else the sum of the areas in sq cm or of the plaque
    dimensions ("R elbow 8 x 10 cm; L knee 10 x 11 cm" -> 80 + 110). A line saying the site was not treated
    ("Scalp *** (not treated today)") adds nothing."""
    column = _area_column_sum(t)
    if column is not None:
        return column, []  # "Site | Area treated (sq cm) | Dose" / "R elbow | 45 | 600" ...
    areas = [a for a in tx.find_areas(t) or tx.find_plane_areas(t) if not _NOT_DONE.search(_line_at(t, a[1]))]
    if not areas:
        return None, []
    # a session total is stated before its number; "elbows 120 sq cm total" is one site's total, so the sites
    # still add up
    stated = [(a, s0) for a, s0, e0 in areas if re.search(
        r"\btotal(?:\s+(?:area|treated|surface|of|treatment|bsa|sq\s*cm|today|this|session|for|the))*\s*(?:\([^)]{0,12}\))?\s*(?:[:=|]|[.…_]{2,})?\s*"
        r"(?:~|≈|approx(?:\.|imately)?\s|about\s)?\s*$",
        t[max(0, s0 - 60) : s0], re.I) or (re.match(r"\s*total\b", t[e0 : e0 + 10], re.I) and "(" in t[max(0, s0 - 2) : s0])]
    # "(fellow total 260 cm2)" beside "total treated area 180 cm2": the treated total is the session's
    treated = [a for a, s0 in stated if re.search(r"\btreated\b", t[max(0, s0 - 40) : s0], re.I)]
    stated_area = max(treated or [a for a, _ in stated]) if stated else None
    area = stated_area if stated_area is not None else (sum(a for a, _, _ in areas) if len(areas) > 1 else areas[0][0])
    if (
        len(areas) == 1
        and re.match(r"\s*(?:each|per)\b", t[areas[0][2] :], re.I)
        and re.search(r"\b(?:bilateral|both|bilat)\b", t, re.I)
    ):
        area *= 2  # "Bilateral elbows: 60 sq cm each elbow"
    return area, [(s + base, e + base) for _, s, e in areas]


def _line_at(t: str, pos: int) -> str:
    end = t.find("\n", pos)
    return t[t.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(t)]


def _area_column_sum(t: str) -> float | None:
    """The sum of a table's "Area (sq cm)" column, rows without a number skipped; None without such a table."""
    if "|" not in t:
        return None
    lines = t.split("\n")
    for i, ln in enumerate(lines):
        head = ln.split("|")
        col = next((j for j, c in enumerate(head) if _AREA_HEADER.search(c)), None) if len(head) > 1 else None
        if col is None:
            continue
        total = sum(tx.quantity(cell) or 0.0 for _, cell in _column_cells(lines, i, len(head), col))
        return total or None
    return None


def _column_cells(lines: list[str], header: int, width: int, col: int):
    """(line index, stripped cell) of column ``col`` in the rows under the header line, while the rows keep the
    header's width, up to a "Total" row (which restates the sum of the rows above)."""
    for k in range(header + 1, len(lines)):
        row = [c.strip() for c in lines[k].split("|")]
        if len(row) != width or re.match(r"total", row[0], re.I):
            return
        yield k, row[col]


_STAGE_CELL = re.compile(
    r"^[ \t]*(?:stage[ \t]*)?(i{1,3}|iv|v|vi|\d)[ \t]*\n(?:[^\n]*\n){0,2}?[ \t]*(?:tissue[ \t]+)?blocks?[ \t]*[|:][ \t]*(\d+)",
    re.I | re.M,
)


def _stage_cells(t: str) -> list[int] | None:
    """A stage table rendered one cell per line ("Stage | Detail" / "I" / "Blocks | 7" / "II" / "Blocks | 2")."""
    out = {}
    for m in _STAGE_CELL.finditer(t):
        n = _first_int(m.group(1).lower())
        if n:
            out[n] = int(m.group(2))
    return [out.get(i, 0) for i in range(1, max(out) + 1)] if out else None


def _stage_table(t: str) -> list[int] | None:
    """Mohs stage table ("Stage | Tissue blocks | Result" / "I | 6 | positive") -> blocks per stage; any of the
    text's tables ("TUMOR 1 | R helical rim | primary SCC" above " LAYER | TISSUE PIECES | MAP RESULT")."""
    for block in re.findall(r"(?:^[^\n]*\|[^\n]*(?:\n|$))+", t, re.M):
        found = _one_stage_table(block)
        if found:
            return found
    return None


def _one_stage_table(t: str) -> list[int] | None:
    tb = _table_rows(t)
    if not tb:
        return None
    head, rows = tb
    sc = next((j for j, c in enumerate(head) if c.startswith(("stage", "layer"))), None)
    bc = next((j for j, c in enumerate(head) if "block" in c or "section" in c or "piece" in c), None)
    if sc is None or bc is None:
        return None
    out: dict[int, int] = {}
    for r in rows:
        n = _first_int(r[sc].lower().strip(" .")) if sc < len(r) else None
        m = re.match(r"^(\d+)", r[bc]) if bc < len(r) else None
        if n and m:
            out[n] = int(m.group(1))
    if not out:
        return None
    return [out.get(i, 0) for i in range(1, max(out) + 1)]


_LABEL_HEAD = re.compile(r"^(?:tumou?r|lesion|site\s*#|#|label|specimen)\b|^#$", re.I)


def _table_lines(seg: Segment) -> tuple[list[str], list[tuple[int, list[str]]]] | None:
    """The first pipe table of a segment: header cells and (absolute offset, cells) per row."""
    tb = _table_rows(seg.text)
    if not tb:
        return None
    head, rows = tb
    lines = seg.text.split("\n")
    out = []
    for ln, pos in zip(lines, _line_starts(lines), strict=True):
        cells = [c.strip() for c in ln.split("|")]
        if cells in rows:
            out.append((seg.start + pos, cells))
    return head, out


def _line_starts(lines: list[str]) -> list[int]:
    """The offset of each line of a text split on "\\n"."""
    out, pos = [], 0
    for ln in lines:
        out.append(pos)
        pos += len(ln) + 1
    return out


def _mohs_tumour_tables(out: list[Service], segs: list[Segment], source: str) -> None:
    """A Mohs day written as tables: "Tumor | Site | Dx | Stage | Blocks" rows for two or more tumours become one
    Mohs service per tumour (a row without a block count, "III | *** ", is no stage), and a "Tumor | Defect |
    Closure | Length" table one repair per row at its tumour's site."""
    if not any(sv.kind == "mohs" for sv in out):
        return
    groups: dict[str, dict] = {}
    repairs: list[tuple[str, int, str, list[str], list[str]]] = []
    for sg in segs:
        tl = _table_lines(sg)
        if tl is None:
            continue
        head, rows = tl
        lc = next((j for j, h in enumerate(head) if _LABEL_HEAD.match(h)), None)
        sc = next((j for j, h in enumerate(head) if h.startswith(("stage", "layer"))), None)
        bc = next((j for j, h in enumerate(head) if "block" in h or "section" in h), None)
        site_c = next((j for j, h in enumerate(head) if re.match(r"(?:site|location|anatomic)", h)), None)
        key_c = lc if lc is not None else site_c
        if key_c is None:
            continue
        if sc is not None and bc is not None:
            for start, r in rows:
                if max(key_c, sc, bc) >= len(r):
                    continue
                n = _first_int(r[sc].lower().strip(" ."))
                bm = re.match(r"^(\d+)", r[bc])
                g = groups.setdefault(r[key_c].upper(), {"rows": [], "stages": {}, "start": start})
                g["rows"].append(" | ".join(r))
                if n and bm:
                    g["stages"][n] = int(bm.group(1))
        elif any("length" in h for h in head) and any(re.search(r"closure|repair", h) for h in head):
            for start, r in rows:
                if key_c < len(r):
                    repairs.append((r[key_c].upper(), start, " | ".join(r), head, r))
    groups = {k: g for k, g in groups.items() if g["stages"]}
    if len(groups) < 2:
        return
    old = [sv for sv in out if sv.kind == "mohs"]
    new: dict[str, Service] = {}
    for key, g in groups.items():
        sv = fill(Service("mohs", source, "\n".join(g["rows"]), g["start"], from_note=True))
        sv.spans.append(sv.span(0, len(sv.text)))
        sv.stages = [g["stages"].get(i, 0) for i in range(1, max(g["stages"]) + 1)]
        sv.lesion_id = key
        sv.repair_len, sv.repair_type, sv.flap, sv.area_sqcm = None, None, False, None
        new[key] = sv
    out[:] = [sv for sv in out if sv not in old]
    out.extend(new.values())
    for key, start, text, head, r in repairs:
        tumour = new.get(key)
        if tumour is None or _FLAP_RE.search(text):
            continue
        rep = Service("repair", source, text, start, from_note=True)
        rep.spans.append(rep.span(0, len(text)))
        rep.site, rep.sites = tumour.site, tumour.sites
        for h, c in zip(head, r, strict=False):
            if "length" in h:
                ms = tx.find_measures(c)
                rep.repair_len = max(m.value_cm for m in ms) if ms else None
            elif re.search(r"closure|repair", h):
                rep.repair_type = next((rt for rt, rx in _REPAIR_TYPE if rx.search(c)), None)
        if rep.repair_len is not None:
            rep.repair_type = rep.repair_type or "simple"
            out.append(rep)


def _column_lesions(out: list[Service], note_text: str, source: str) -> None:
    """A table with one column per lesion (" | Site A: left upper back | Site B: left upper arm" / "Lesion size |
    0.9 x 0.7 cm | 0.5 x 0.4 cm" / "Margin | 2 mm | 2 mm" / "Repair length | 3.0 cm | 2.2 cm"): one service per
    column of the note's one excision or shave kind, its evidence the column's cells."""
    kinds = {sv.kind for sv in out if sv.kind in ("excision", "shave")}
    if len(kinds) != 1 or "|" not in note_text:
        return
    kind = kinds.pop()
    lines = note_text.split("\n")
    offs = _line_starts(lines)
    for i, ln in enumerate(lines):
        cells = [c.strip() for c in ln.split("|")]
        cols = cells[1:]
        if len(cols) < 2 or find_sites(cells[0]) or not all(find_sites(c) for c in cols):
            continue
        rows = []
        for k in range(i + 1, len(lines)):
            rc = [c.strip() for c in lines[k].split("|")]
            if len(rc) != len(cells):
                break
            rows.append((k, rc))
        if not rows:
            return
        made = []
        for j in range(1, len(cells)):
            text = "\n".join([cells[j]] + [f"{rc[0]}: {rc[j]}" for _, rc in rows])
            sv = fill(Service(kind, source, text, offs[i], from_note=True))
            sv.site = find_sites(cells[j])[0]
            sv.sites = [sv.site]
            _cells_by_header(sv, [rc[0].lower() for _, rc in rows], [rc[j] for _, rc in rows])
            # the evidence: the column's own cells in the note
            sv.spans = []
            for k, rc in [(i, cells)] + rows:
                at = note_text.find(rc[j], offs[k])
                if rc[j] and at >= 0:
                    sv.spans.append(Span(source, at, at + len(rc[j]), rc[j]))
            made.append(sv)
        out[:] = [sv for sv in out if sv.kind != kind or sv.sizes] + made
        return


def _part_of(svc: Service, text: str, offset: int) -> Service:
    """One lesion's (or one lesion class's) share of a service: a row, clause or line of its text at ``offset``."""
    sv = Service(svc.kind, svc.source, text, svc.base + offset, from_note=svc.from_note)
    sv.trigger = svc.trigger
    sv.spans.append(sv.span(0, len(text)))
    fill(sv)
    sv.technique = sv.technique or svc.technique
    return sv


def _split_destruction_by_class(svc: Service) -> list[Service]:
    """"LN2:\n - AKs: 3 lesions on the face\n - SKs: 2 inflamed lesions on the back": one destruction per lesion
    class line (premalignant vs benign), each with its own count."""
    lines = []
    pos = 0
    for ln in svc.text.split("\n"):
        lines.append((pos, ln))
        pos += len(ln) + 1
    good = []
    for p, ln in lines:
        cats = {d.category for d in find_dx(ln)}
        cls = "premalignant" if "ak" in cats else ("benign" if cats & BENIGN_DESTRUCTIBLE else None)
        if cls and tx.find_counts(ln):
            good.append((p, ln, cls))
    if len(good) < 2 or len({g[2] for g in good}) < 2:
        return [svc]
    return [_part_of(svc, ln, p) for p, ln, _ in good]


def expand_clauses(svc: Service) -> list[Service]:
    """ "excision of A, 1.2 cm, 2 mm margins, closed 3.5 cm; B, 0.6 cm ...; C ..." -> one service per clause
    when every clause names its own site and size."""
    if svc.kind == "destruction" and "\n" in svc.text:
        return _split_destruction_by_class(svc)
    if svc.kind not in ("shave", "excision", "biopsy") or svc.text.count(";") < 1:
        return [svc]
    t = svc.text
    parts = []
    pos = 0
    for chunk in t.split(";"):
        parts.append((pos, chunk))
        pos += len(chunk) + 1
    good = [
        (p, c) for p, c in parts if find_sites(c) and any(m.kind == "lesion" for m in tx.find_measures(c))
    ]
    if len(good) < 2:
        return [svc]
    out: list[Service] = []
    for p, c in good:
        sv = _part_of(svc, c, p)
        if sv.kind == "excision" and sv.malignant is None and svc.malignant is not None:
            sv.malignant = svc.malignant
        out.append(sv)
    return out


def _cells_by_header(sv: Service, head: list[str], row: list[str]) -> None:
    """Table columns say what a bare measurement is: "Margin | 2 mm", "Length | 2.5 cm", "Size | 0.7 cm"."""
    if len(head) != len(row):
        return
    for h, c in zip(head, row, strict=True):
        hl = h.lower()
        if sv.kind == "excision" and re.search(r"closure|repair", hl) and sv.repair_type is None:
            # "Closure | layered (4-0 Monocryl deep, 5-0 nylon)"
            sv.repair_type = next((rt for rt, rx in _REPAIR_TYPE if rx.search(c)), None)
        ms = tx.find_measures(c)
        if not ms:
            continue
        v = max(m.value_cm for m in ms)
        if "margin" in hl:
            sv.margin_cm = v
        elif sv.kind == "excision" and re.search(r"excised|exc\.?\s+diam", hl):
            sv.excised_cm = v  # "Clinical lesion | Margin | Excised diameter": the column says which size it is
            if v in sv.sizes:
                sv.sizes.remove(v)
            continue
        elif sv.kind == "excision" and re.search(r"length|repair|closure", hl):
            sv.repair_len = v
        elif re.search(r"size|diam|dimension", hl):
            sv.sizes = [v]
            continue
        else:
            continue
        if v in sv.sizes and len(sv.sizes) > 1:
            sv.sizes.remove(v)


def expand_table_rows(svc: Service) -> list[Service]:
    """A per-lesion service whose text holds one table row per lesion ("# | Location | Size | Dx") becomes one
    service per row."""
    if "|" not in svc.text:
        return expand_clauses(svc)
    if svc.kind not in ("shave", "excision", "biopsy"):
        return [svc]
    tb = _table_rows(svc.text)
    if not tb:
        return [svc]
    head, rows = tb
    if len(rows) < 2:
        return [svc]
    lines = svc.text.split("\n")
    out: list[Service] = []
    pos = 0
    offsets = {}
    for ln in lines:
        offsets.setdefault(ln, pos)
        pos += len(ln) + 1
    for r in rows:
        row_text = " | ".join(r)
        raw = next((ln for ln in lines if [c.strip() for c in ln.split("|")] == r), row_text)
        if not find_sites(raw) or _NOT_DONE.search(raw) or re.search(
            r"\b(?:monitor|no\s+(?:bx|biopsy|treatment|removal)|observe|deferred|declined|not\s+done)\b|"
            r"\|\s*no\b\s*(?:[-–(|]|$)",  # a "Done? | No - deferred" cell
            raw,
            re.I,
        ):
            continue
        row_kinds = {k for k, _, _ in _affirmed_kinds(raw) if k in MAIN_KINDS}
        if row_kinds and not row_kinds & ({"biopsy", "shave"} if svc.kind in ("biopsy", "shave") else {svc.kind}):
            continue  # "2 | Left cheek | 2 scaly papules | LN2" under a biopsy row: another service's lesions
        start = offsets.get(raw, 0)
        sv = _part_of(svc, raw, start)
        _cells_by_header(sv, head, r)
        if sv.kind == "excision" and sv.margin_cm is None:
            sv.margin_cm = svc.margin_cm
        out.append(sv)
    return out or [svc]


def _rows_of_kind(t: str, kind: str) -> int | None:
    """A lesion table with one row per lesion ("| B | Vertex scalp | AK | LN2 |"): the rows whose action is
    ``kind``, when there are two or more."""
    n = sum(
        1 for ln in t.split("\n")
        if ln.count("|") >= 2 and not set(ln) <= set("|-: ") and any(k == kind for k, _, _ in _affirmed_kinds(ln))
    )
    return n if n >= 2 else None


def _count_asserted(t: str, c: tuple[int, int, int]) -> bool:
    for a, b in tx.sentences(t):
        if a <= c[1] < b:
            st = tx.assertion(t[a:b], c[1] - a, min(c[2], b) - a)
            return st not in ("historical", "negated")
    return True


_PER_SITE_COUNT = FoldedPattern(re.compile(
    r"\b(\d{1,2}|"
    + tx._NUMWORD
    + r")\s+(?:more\s+|additional\s+|others?\s+)?"
    r"(?:(?:[a-z-]+,?\s+){0,3}?(?:aks?|lesions?|warts?|spots?|papules?|"
    r"macules?|plaques?|keratoses)\s+)?"
    r"(?:on|at|of|in|to|over|across|along|under|beneath|below|behind|around)\s+(?:the\s+|his\s+|her\s+|both\s+)?",
    re.I,
))


def _site_counts(t: str) -> int | None:
    """ "3 on the L ear, 2 on the R ear, plus 1 on the nose and one more on the lower lip" -> 7."""
    total, n = 0, 0
    for m in _PER_SITE_COUNT.finditer(t):
        if re.match(r"\s*(?:cm|mm|weeks?|days?|months?|years?)\b", t[m.end(1) : m.end(1) + 8], re.I):
            continue
        if re.match(r"\s*total\b", t[m.end() : m.end() + 8], re.I):
            continue  # "twelve actinic keratoses in total: seven on the vertex ...": the total, not a site's count
        if not find_sites(t[m.end() : m.end() + 30]):
            continue
        v = tx.word_to_int(m.group(1))
        if v and _count_asserted(t, (v, m.start(), m.end())):  # not "The 2 thin AKs on the L temple were not frozen"
            total += v
            n += 1
    return total if n >= 2 else None


_AS_ABOVE = re.compile(
    r"\bas\s+(?:above|noted(?:\s+above)?|described(?:\s+above)?|documented\s+above)\b|"
    r"\b(?:listed|noted|described|documented|tabulated|counted)\s+above\b|\ball\s+(?:of\s+)?the\s+above\b|"
    r"\b(?:all|each)\s+of\s+(?:them|these|those)\b", re.I
)


_NUMBERED_SITE = re.compile(r"(?<![\d.,/-])(\d{1,2})[ \t]+(?=[A-Za-z])")


def _numbered_sites(t: str) -> int | None:
    """The last number of a run 1, 2, 3 ... each followed by a site ("1 vertex  2 crown L  3 occiput"), n >= 3."""
    n = 0
    for m in _NUMBERED_SITE.finditer(t):
        if int(m.group(1)) == n + 1 and find_sites(t[m.end() : m.end() + 25]):
            n += 1
    return n if n >= 3 else None


def _as_above_own(sv: Service) -> bool:
    """"LN2 to all AKs listed above" in the service's own sentence (not "Biopsies as listed above" beside it)."""
    if sv.trigger is None or sv.trigger.source != sv.source:
        return bool(_AS_ABOVE.search(sv.text))
    a, b = tx.sentence_bounds(sv.text, max(0, sv.trigger.start - sv.base))
    return bool(_AS_ABOVE.search(sv.text[a:b]))


_PLUS_COUNT = FoldedPattern(re.compile(
    # not dates: "reads 6/6 + 6/8"
    r"(?<![/.])\b(\d{1,2})\s*\+\s*(?:[a-z]+\s+){0,2}?(\d{1,2})\b(?!/|\s*(?:cm|mm|mg|ml|%|sec|s\b|min|j|mj))", re.I
))


def _plus_count(t: str) -> int | None:
    """ "Curettage 9 + cantharidin 14" -> 23 (two counted parts of one session); "sixteen molluscum (9 + 4 + 3)"
    is the breakdown of a stated count, not a count of its own."""
    m = _PLUS_COUNT.search(t)
    if m is None or re.search(r"\d\s*(?:cm|mm|mg|ml)\b", t[max(0, m.start() - 8) : m.start()], re.I):
        return None
    line_start = t.rfind("\n", 0, m.start()) + 1
    if t.count("(", line_start, m.start()) > t.count(")", line_start, m.start()):
        return None
    return int(m.group(1)) + int(m.group(2))


def _site_then_counts(t: str) -> int | None:
    """ "right axilla 9, left axilla 6, trunk 8" / "scalp x4; L hand x3" -> the sum of a count right after
    each of two or more sites."""
    total, n = 0, 0
    for site in find_sites(t):
        op = t.rfind("(", 0, site.start)
        if op > t.rfind(")", 0, site.start) and _COUNT_BEFORE_PAREN.search(t, max(0, op - 40), op):
            continue  # "3 AKs (L parietal 2, vertex 1)": the breakdown of a stated count
        m = _SITE_THEN_COUNT.match(t, site.end)
        if m and "\n" not in t[site.end : m.start(1)]:  # the count on the site's own line
            total += tx.word_to_int(re.sub(r"\s*\(\d+\)", "", m.group(1))) or 0
            n += 1
    return total if n >= 2 else None


_COUNT_BEFORE_PAREN = re.compile(r"\b(?:\d{1,2}|" + tx._NUMWORD + r")\s+(?:[a-z]+\s+){0,2}?[a-z]+\s*$", re.I)
_SITE_THEN_COUNT = re.compile(
    # "Scalp (crown and vertex) ........ 9": a parenthesis and a dotted leader before the count
    r"(?:\s*\([^)\n]{0,30}\))?(?:\s*\.{3,})?"
    r"\s*(?:[:=(|]|-\s|with\s+)?\s*(?:another\s+|an?\s+additional\s+|x\s*|"
    r"(?:[a-z-]+\s+){0,2}?(?:tags?|aks?|lesions?|warts?|corns?|calluses?|papules?|spots?)\s+x\s*)?(\d{1,2}|"
    + tx._NUMWORD + r"(?:\s*\(\d{1,2}\))?)(?!\.\d|\s*(?:cm|mm|%|mj|j/|mg|ml|cc|"
    r"x\s*\d|o'?clock|weeks?|wks?|days?|months?|mos?|years?|yrs?|hours?|hrs?|minutes?|min|sec|y/?o|mins?)\b)"
    r"(?:\s+(?:more\s+)?(?:[a-z-]+,?\s+){0,3}?(?:tags?|aks?|lesions?|warts?|corns?|calluses?|keratoses|papules?|"
    r"spots?|macules?|plaques?))?"
    r"\s*\)?\s*(?=[,;:.(=|/]|\band\b|$)",
    re.I | re.M,
)


def _additive_count(t: str, counts: list, base: int) -> int | None:
    """ "6 AKs on the scalp and another 4 on the hands" -> 10 (sum within the sentence)."""
    for m in [*tx._ANOTHER_RE.finditer(t), *_PLUS_SERIES.finditer(t)]:  # "(70 allergens) plus a ... series of 10"
        add = tx.word_to_int(m.group(1))
        if not add:
            continue
        for a, b in tx.sentences(t):
            if a <= m.start() < b:
                before = t[a : m.start()]
                if before.count("(") > before.count(")"):
                    break  # "84 patches total (80 series + 4 own products)": the breakdown of a total
                prior = [n for n, s_, _ in counts if a + base <= s_ < m.start() + base]
                if prior:
                    return max(prior) + add
    return None


def _n_more(t: str, counts: list, base: int) -> int | None:
    """"Five patches on the crown were injected ... Three more at the occiput were also treated" -> 8."""
    for m in _N_MORE.finditer(t):
        add = tx.word_to_int(m.group(1))
        prior = [n for n, s_, _ in counts if 0 <= m.start() + base - s_ < 300]
        if add and prior:
            return prior[-1] + add
    return None


_N_MORE = re.compile(
    r"\b(\d{1,2}|" + tx._NUMWORD + r")\s+more\b(?!\s+(?:weeks?|days?|months?|times|sessions?|visits?|treatments?|"
    r"mg|ml|cc|units?|minutes?|cycles?)\b)",
    re.I,
)


_OWN_PRODUCT = re.compile(
    r"(?:\bplus|\+|\band|\balso|\bwith)\s+(?:(\d{1,2}|" + tx._NUMWORD + r")\s+)?(?:of\s+)?"
    r"(?:(?:her|his|their|the\s+patient'?s|patient'?s|pt'?s)\s+)?own\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:products?|shampoos?|cosmetics?|creams?|lotions?|soaps?|items?|materials?|"
    r"substances?|samples?|gloves?|[a-z-]+)\b(?:[^.;\n(]{0,40}\((\d{1,2})\))?",
    re.I,
)


def _own_products(t: str) -> tuple[int, int]:
    """Patient's own products tested besides a panel: "35 allergens plus her own shampoo (1)" -> 1;
    "+ 2 own products" -> 2. Each product is one more test.
    Returns (products, offset of the first mention)."""
    n, at = 0, len(t)
    for m in _OWN_PRODUCT.finditer(t):
        v = tx.word_to_int(m.group(2) or m.group(1) or "one")
        n += v or 1
        at = min(at, m.start())
    return n, at


_MALIGNANT_CATS = {"bcc", "scc", "sccis", "melanoma", "mis"}


def _asserted_malignant(svc: Service) -> bool:
    """A malignant diagnosis mention of this destruction that is not hypothetical, uncertain or historical
    ("sooner if the biopsy shows a basal cell carcinoma" next to "seven AKs treated with LN2" is not)."""
    t = svc.text
    for d in svc.dx:
        if d.category not in _MALIGNANT_CATS:
            continue
        if not (0 <= d.start < len(t) and t[d.start : d.end].lower() == d.text.lower()):
            return True  # a mention from another text (head, context): keep the old reading
        if d.uncertain or _PATH_WORD.search(_sentence_at(t, d.start)):
            continue  # "Addendum pathology well differentiated squamous cell carcinoma": the biopsied lesion's result
        if tx.assertion_in(t, d.start, d.end) == "affirmed":
            return True
    return False


_PATH_WORD = re.compile(r"\bpath(?:ology)?\b", re.I)


_BENIGN_CATS = BENIGN_DESTRUCTIBLE | {"callus"}  # calluses are pared, not destroyed, but never malignant


# a laser to a hemangioma or capillary malformation: destruction of a vascular proliferative lesion (17106-17108)
_VASCULAR_LESION = FoldedPattern(re.compile(
    r"(?<!cherry\s)\b(?:(?:infantile\s+|superficial\s+|ulcerated\s+)*hemangiomas?|port[- ]?wine\s+stains?|nevus\s+"
    r"flammeus|capillary\s+malformations?)\b",
    re.I,
))
_VASCULAR_LASER = FoldedPattern(re.compile(r"\b(?:pulsed[- ]dye|pdl|v-?beam|kt?p\s+laser|595[- ]?nm)\b", re.I))


def destruction_class(svc: Service) -> str:
    cats = svc.dx_categories
    if cats & _MALIGNANT_CATS and ("ak" not in cats or _asserted_malignant(svc)):
        return "malignant"
    if "ak" in cats:
        return "premalignant"
    if _VASCULAR_LASER.search(svc.text) and _VASCULAR_LESION.search(svc.text):
        return "vascular"
    if cats & _BENIGN_CATS:
        return "benign"
    if cats & {"skin_tag"}:
        return "tag"
    return "unknown"


def excision_malignant(svc: Service) -> bool | None:
    t = svc.text
    if _MALIG_PATH_RE.search(t):
        return True
    if _BENIGN_PATH_RE.search(t):
        return False
    malig = [d for d in svc.dx if d.category in MALIGNANT]
    if malig:
        if all(d.uncertain and not d.confirmed for d in malig):
            return None  # awaiting pathology
        return True
    if any(c.startswith(("C", "D03", "D04")) for c in svc.dx_codes):
        return True
    return False


_PATH_RESULT = FoldedPattern(re.compile(
    r"\b(?:final\s+)?path(?:ology)?\b(?:\s+(?:report|addendum))?(?:\s*\([^)\n]{0,40}\)|\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?){0,2}\s*"
    r"(?:=|:|received\b|returned\b|showed\b|revealed\b|results?\b(?!\s+(?:pending|to\s+follow))|came\s+back\b|"
    r"(?<=final\spathology)\s)",
    re.I,
))
_AWAITING = re.compile(r"\b(?:will|call|await\w*|pending|f/u|follow(?:\s+up)?|review|discuss\w*)\b[^.\n]*$", re.I)
# "PATH=Y (A)", "Path: sent", "Path: N": whether a specimen went to pathology, not its result
_NOT_RESULT = re.compile(
    r"\W*(?:pending|to\s+follow|will|when|if|once|f/u|follow|sent|to\b|(?:y|n|yes|no)\b(?:\s*\([a-z0-9]{1,3}\))?\s*(?:$|[|;,\n]))",
    re.I,
)


@dataclass(frozen=True)
class PathResult:
    """A pathology result reported in the note ("Addendum: path = nodular BCC", "Path (final): invasive SCC")."""

    start: int
    end: int
    malignant: bool
    dx: tuple[DxMention, ...]


_REPORT_ITEM = re.compile(r"[ \t]+\S|[ \t]*(?:\(?[A-H1-9][.):]|#\d)[ \t]")


def _report_end(note: str, pos: int) -> int:
    """A report runs to the end of its line, and on over indented or labelled lines ("  A. Skin, left upper back,
    punch: ...", "B. ..."); a blank line or a flush-left line of prose ends it."""
    end = note.find("\n", pos)
    if end >= 0 and not find_dx(note[pos:end]) and note[end + 1 : end + 2].strip():
        end = note.find("\n", end + 1)  # "--- Pathology received 01/20 (GPD Lab) ---" / "Skin, right thigh: BCC"
    while end >= 0 and end - pos < 600 and _REPORT_ITEM.match(note, end + 1):
        end = note.find("\n", end + 1)
    return len(note) if end < 0 else end


def path_results(note: str) -> list[PathResult]:
    """Pathology results the note reports, in order; each runs from its marker to the paragraph's end. Negated
    ("no BCC") and hypothetical ("if it had shown melanoma") diagnoses do not count."""
    out: list[PathResult] = []
    if "path" not in note.lower():
        return out
    for m in _PATH_RESULT.finditer(note):
        if _NOT_RESULT.match(note, m.end()) or _AWAITING.search(note, max(0, m.start() - 30), m.start()):
            continue
        end = _report_end(note, m.end())
        body = note[m.end() : end]
        found = tuple(
            d for d in find_dx(body)
            if tx.assertion_in(body, d.start, d.end) not in ("negated", "hypothetical") and not d.uncertain
        )
        if not body.strip() or (out and m.start() < out[-1].end):
            continue
        out.append(PathResult(m.start(), end, any(d.category in MALIGNANT for d in found), found))
    return out


def _is_path_report(seg_text: str) -> bool:
    t = seg_text.lstrip(" -*#\t")
    m = _PATH_RESULT.match(t)
    return m is not None and not _NOT_RESULT.match(t, m.end())


def affirmed_malignancy(note: str, skip: list[PathResult]) -> bool:
    """The note affirms a malignancy outside its pathology results ("re-excision of melanoma in situ")."""
    for d in find_dx(note):
        if d.category not in MALIGNANT or d.uncertain or any(r.start <= d.start < r.end for r in skip):
            continue
        if tx.assertion_in(note, d.start, d.end) not in ("negated", "hypothetical", "historical"):
            return True
    return False


_ORD = {
    "great": 1,
    "big": 1,
    "first": 1,
    "1st": 1,
    "hallux": 1,
    "thumb": 1,
    "index": 2,
    "second": 2,
    "2nd": 2,
    "middle": 3,
    "third": 3,
    "3rd": 3,
    "ring": 4,
    "fourth": 4,
    "4th": 4,
    "little": 5,
    "small": 5,
    "pinky": 5,
    "fifth": 5,
    "5th": 5,
}


def digit_modifier(side: str, ordinal: int, toe: bool) -> str | None:
    left = side.lower().startswith("l")
    if not 1 <= ordinal <= 5:
        return None
    if toe:
        return (
            ("TA", "T1", "T2", "T3", "T4")[ordinal - 1]
            if left
            else ("T5", "T6", "T7", "T8", "T9")[ordinal - 1]
        )
    return (
        ("FA", "F1", "F2", "F3", "F4")[ordinal - 1] if left else ("F5", "F6", "F7", "F8", "F9")[ordinal - 1]
    )


_MATRIX_TX = re.compile(
    r"matri(?:x|c)ectomy|matri(?:x|ces)\b[^.;\n]{0,40}?\b(?:ablat|destr|phenol|excis|cauteri|curett)\w*|"
    r"phenol(?:ization|ized)?\b[^.;\n]{0,30}?\bmatri(?:x|ces)\b",
    re.I,
)
_AVULSION_TX = re.compile(r"avuls\w*|nail\s+plate\s+(?:was\s+)?(?:removed|elevated)|plate\s+removal", re.I)
_NO_MATRIX = re.compile(r"\b(?:without|no|not)\s+(?:any\s+|a\s+)?(?:\w+\s+)?$", re.I)


def nail_avulsion_only_digits(t: str) -> list[str]:
    """Digits whose own sentence documents a nail avulsion without matrix treatment, in a note that also
    documents a matrixectomy of another digit: "on the R great toe ... avulsed and the matrix ablated with
    phenol. On the L great toe the border was avulsed without any matrix treatment" -> ["TA"]."""
    matrix: list[str] = []
    avulsion: list[str] = []
    for a, b in tx.sentences(t):
        sent = t[a:b]
        ds = digits_of(sent)
        if len(ds) != 1:
            continue
        mx = [
            m for m in _MATRIX_TX.finditer(sent) if not _NO_MATRIX.search(sent[max(0, m.start() - 24) : m.start()])
        ]
        if mx:
            matrix.extend(d for d in ds if d not in matrix)
        elif _AVULSION_TX.search(sent):
            avulsion.extend(d for d in ds if d not in avulsion)
    if not matrix:
        return []
    return [d for d in avulsion if d not in matrix]


# a nail the sentence (or the next one, about "it") leaves untreated: "R hallux onychomycosis: no treatment", "the
# nail on your right big toe is a fungal infection. It isn't painful ..., so we left it alone"
_NAIL_UNTREATED = re.compile(
    r"\b(?:no\s+treatment|not\s+treated|untreated|left\s+(?:it\s+|them\s+)?alone|not\s+addressed)\b", re.I
)
_ABOUT_IT = re.compile(r"\s*(?:it|this|that)\b", re.I)


def _untreated_digit(t: str, pos: int) -> bool:
    a, b = tx.sentence_bounds(t, pos)
    if _NAIL_UNTREATED.search(t, pos, b):
        return True
    na, nb = tx.sentence_bounds(t, b + 1) if b + 1 < len(t) else (b, b)
    return na >= b and bool(_ABOUT_IT.match(t, na, nb)) and bool(_NAIL_UNTREATED.search(t, na, nb))


def digits_of(t: str) -> list[str]:
    out: list[str] = []
    for m in _DIGIT_RE.finditer(t):
        if tx.assertion_in(t, m.start(), m.end()) == "negated" or re.match(r"\W{0,3}normal\b", t[m.end() :], re.I):
            continue  # "No treatment of the R hallux (normal)"
        if _untreated_digit(t, m.end()):
            continue
        side, ordw, part = m.group(1), (m.group(2) or "").lower(), m.group(3).lower()
        if part in ("thumb", "hallux"):
            ordinal = 1
        elif ordw:
            ordinal = _ORD.get(ordw, 0)
        else:
            continue
        mod = digit_modifier(side, ordinal, part in ("toe", "hallux"))
        if mod and mod not in out:
            out.append(mod)
    for m in _DIGIT_SIDE_AFTER_RE.finditer(t):  # "great toe, left", "hallux (right)"
        ordw, part, side = (m.group(1) or "").lower(), m.group(2).lower(), m.group(3)
        ordinal = 1 if part in ("thumb", "hallux") else _ORD.get(ordw, 0)
        mod = digit_modifier(side, ordinal, part in ("toe", "hallux"))
        if mod and mod not in out:
            out.append(mod)
    for m in _NAIL_NUM.finditer(t):
        side = m.group(1)
        toe = "toe" in m.group(0).lower() or "foot" in m.group(0).lower() or "digit" in m.group(0).lower()
        for n in re.findall(r"\d", m.group(0)[len(side) :]):
            mod = digit_modifier(side, int(n), toe)
            if mod and mod not in out:
                out.append(mod)
    return out


# ------------------------------------------------------------------------------- note segmentation
_HEADER_RE = re.compile(
    r"^\s*(?:#+\s*)?(?P<h>chief\s+complaint|cc|hpi|history\s+of\s+present\s+illness|history|subjective|ros|"
    r"review\s+of\s+systems|pmh|psh|pshx|pmhx|hx|past\s+medical\s+history|(?:past\s+)?surgical\s+history|(?:past\s+)?(?:derm(?:atologic)?|skin)\s+(?:history|hx)|medications?|meds|allergies|social\s+history|"
    r"family\s+history|exam(?:ination)?|physical\s+exam(?:ination)?|objective|skin\s+exam|"
    r"assessment(?:\s*(?:and|&|/)\s*plan)?|a\s*&\s*p|a/p|impression(?:\s*(?:and|&|/)\s*plan)?|plan|diagnos[ie"
    r"]s|"
    r"procedures?(?:\s+notes?)?(?:\s+performed)?|procedure(?:\s+note)?\s*#?\s*\d+|operative\s+note|op\s+note|"
    r"(?:procedure\s+|operative\s+|surgical\s+)?(?:description|technique|details)(?:\s+of\s+(?:the\s+)?procedure)?|"
    r"(?:informed\s+)?consent|repair|closure|reconstruction|"
    r"mohs\s+(?:surgery\s+)?(?:note|report)|pathology|path\s+results?|follow[- ]?up|disposition|orders?|"
    r"counsel(?:l)?ing|instructions|vitals|reason\s+for\s+visit|interval\s+history|problem\s+list|background|"
    r"(?:additional|separate|other)\s+(?:problems?|issues?|concerns?)(?:\s+addressed)?|"
    r"patient\s+education|billing|coding|attestation|problem\s*#?\s*\d{1,2}|"
    r"(?:procedures?\s+)?(?:not\s+(?:done|performed)|deferred|declined)(?:\s+today)?)\b\s*(?:\([^)\n]{0,30}\)\s*)?"
    r"(?::|-|\||=|$)",
    re.I | re.M,
)
NARRATIVE_HEADERS = re.compile(
    r"chief|cc|hpi|hx|history|subjective|ros|review|pmh|psh|surgical|past|medication|meds|aller"
    r"g|social|"
    r"family|vitals|reason|interval|problem\s+list|attestation|background",
    re.I,
)
ASSESS_HEADERS = re.compile(
    r"assessment|a\s*&\s*p|a/p|impression|plan|diagnos|problem\s*#?\s*\d|(?:additional|separate|other)\s+(?:problem|issue|concern)",
    re.I,
)
PROC_HEADERS = re.compile(
    r"procedure|operative|op\s+note|mohs|description|technique|details|repair|closure|reconstruction", re.I
)
CONSENT_HEADERS = re.compile(r"consent", re.I)
_GENERIC_HEADER = re.compile(r"^\s*(?P<h>[A-Za-z][A-Za-z /&()+-]{1,40}?)\s*:", re.I)
_MD_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]+(?P<h>[A-Za-z][^\n:#|]{0,50}?)[ \t]*$")
_SECTION_WORD = re.compile(
    r"\b(?:procedures?|assessment|plan|impression|a\s*&\s*p|exam|history|hpi|attestation|diagnos[i"
    r"e]s)\b",
    re.I,
)
_ITEM_RE = re.compile(
    r"^\s*(?:#?\d{1,2}[.)](?=\s|$)|\(\d{1,2}\)|#\d{1,2}\b|\(?[A-H][.)]\s|(?:lesions?|site|specim"
    r"en)\s+"  # "Lesion 1 - R forearm - ...", "Lesions 2-4 - scalp - ... - LN2"
    r"(?:#\s*)?[A-H0-9]{1,2}(?:\s*[-–]\s*[A-H0-9]{1,2}(?=\s))?\s*(?:\([^)\n]{0,20}\)\s*)?(?:[:.)-]|$)|[-•*·]\s|\[[xX✓✔]\]\s+(?=[A-Z][^\[\n]*:))",
    re.I,
)


@dataclass
class Segment:
    start: int
    end: int
    section: str  # narrative | assessment | procedure | other
    text: str


_AP_INLINE = re.compile(r"^\s*(?P<h>a\s*/\s*p|a\s*&\s*p)\s+(?=[A-Za-z])", re.I)  # "A/P keloids - IL TAC"
_SOAP_HEADER = re.compile(r"^\s*(?P<h>[SOAP])\s*:")  # SOAP/APSO letters: "S: 78 yo M ...", "P:"
_SOAP_SECTION = {"S": "narrative", "O": "other", "A": "assessment", "P": "assessment"}
_A_LINE = re.compile(r"^[ \t]*A\s*\d{0,2}\s*[:.)]")
# a template answer that says the asked-about work was not done: "A: No", "A: None", "A:" (left blank)
_QA_NOT_DONE = re.compile(r"\n[ \t]*A\s*\d{0,2}\s*[:.)][ \t]*(?:no\b|none\b|n/a\b|not\b|declined|deferred|$)", re.I)
# a template question about what was talked over, not done: "Q: Options discussed?", "Q: Alternatives / risks?"
_QA_DISCUSSED = re.compile(
    r"[ \t]*Q\s*\d{0,2}\s*[:.)][^\n?]*\b(?:options?|alternatives?|discuss\w*|counsel\w*|risks?|considered)\b", re.I
)
_SEPARATE_SITES = re.compile(r"\b(?:separate|different|distinct)\s+(?:sites?|lesions?|areas?|spots?)\b", re.I)
_KV_RECORD = re.compile(r"\b(?:proc|procedure|px)\s*=", re.I)
_KV_NOT_DONE = re.compile(
    r"\b(?:status|done|performed)\s*=\s*(?:declined|not\s+(?:done|performed|treated)|deferred|cancell?ed|refused|"
    r"postponed|no\b|n\b)",
    re.I,
)
_KV_TOTAL = re.compile(r"\s*total\s*=", re.I)  # "TOTAL=6 AK": the records' sum, not one more record's count
_KV_FIELD = re.compile(r"^\s*[A-Za-z][A-Za-z/ ()&]{0,20}=")
_ATTESTATION_HEAD = re.compile(r"^[ \t]*(?:[A-Za-z/&]+[ \t]+){0,5}?attestation\b[^\n]{0,40}?:", re.I)
# another practice's letter or records copied into the note: their work, told to us
_OUTSIDE_RECORD = re.compile(
    r"\s*(?:referral\s+(?:letter|note)|outside\s+(?:records?|notes?|op(?:erative)?\s+note)|letter\s+from|records?\s+from)\b",
    re.I,
)
# a dictated list inside a paragraph: "Assessment and plan. One, papulopustular rosacea ... Two, forearm nodule, ...
# a shave biopsy was performed ... Three, actinic keratoses times six on the scalp, treated with liquid nitrogen"
_SPOKEN_ITEM = re.compile(
    r"(?:(?<=[.:;]\s)|(?<=[.:;]\s\s)|(?<=\n))\s*(?:number\s+)?(one|two|three|four|five|six)[,:]\s", re.I
)
_ORDINALS = ("one", "two", "three", "four", "five", "six")


# a dictated run-on paragraph's procedure steps: "..., after consent the right shoulder basal cell carcinoma was
# treated with electrodesiccation and curettage, ..., then the left calf lesion was sampled with a shave biopsy ...,
# and finally the four actinic keratoses on the face were treated with liquid nitrogen"
_RUN_ON_STEP = re.compile(
    r",\s+(?=(?:and\s+)?(?:then|finally|next|subsequently)\s+(?:the|a|an|we|i|his|her)\b|after\s+(?:informed\s+)?consent\b)",
    re.I,
)


def _run_on_steps(g: Segment) -> list[Segment]:
    """Split a long run-on paragraph (few sentence stops) at its sequenced procedure steps."""
    if len(g.text) < 400 or g.text.count(". ") > len(g.text) // 250:
        return [g]
    cuts = [m.end() for m in _RUN_ON_STEP.finditer(g.text)]
    return _split_at(g, cuts) if len(cuts) >= 2 else [g]


def _spoken_items(g: Segment) -> list[Segment]:
    """Split a paragraph at its dictated list items ("One, ... Two, ... Three, ..."), counted in order from one."""
    if "," not in g.text or not re.search(r"\btwo[,:]", g.text, re.I):
        return [g]
    cuts, want = [], 0
    for m in _SPOKEN_ITEM.finditer(g.text):
        if m.group(1).lower() == _ORDINALS[want]:
            cuts.append(m.start())
            want += 1
            if want == len(_ORDINALS):
                break
    return _split_at(g, cuts) if len(cuts) >= 2 else [g]


def _split_at(g: Segment, cuts: list[int]) -> list[Segment]:
    """``g`` cut at the offsets ``cuts`` (ascending, relative to its text), without blank pieces."""
    bounds = [0, *(c for c in cuts if c > 0), len(g.text)]
    return [
        Segment(g.start + a, g.start + b, g.section, g.text[a:b])
        for a, b in zip(bounds, bounds[1:]) if g.text[a:b].strip()
    ]


_TOTAL_ROW = re.compile(r"[ \t]*(?:grand\s+)?totals?\b\s*[:=-]", re.I)
_PATIENT_COPY = re.compile(
    r"^[ \t\-=*_]*(?:patient(?:'s)?\s+)?after[- ]visit\s+summary\b|^[ \t\-=*_]*avs\b(?:\s*\(|\s*:|\s*-|[ \t]*$)",
    re.I | re.M,
)
_DX_LINE = re.compile(r"\s*(?:dx|(?:pre|post)-?op(?:erative)?\s+(?:dx|diagnosis))\s*:", re.I)


# segments()'s line tests
_ATTESTATION_WORD = re.compile(r"attestation", re.I)
_NOT_DONE_WORD = re.compile(r"not\s+(?:done|performed)|deferred|declined", re.I)
_DIAGNOSES_WORD = re.compile(r"diagnos[ie]s", re.I)
_PROCEDURE_WORD = re.compile(r"procedur", re.I)
_PROCEDURES_NONE = re.compile(r"\s*procedures?\s*:\s*(?:none|n/a)", re.I)
_BULLET = re.compile(r"^\s*[-•*·]\s")
_NUMBERED_LINE = re.compile(r"\s*(?:#?\d{1,2}[.)]|\(\d{1,2}\))\s")


_LIST_FIELD = re.compile(r"[ \t]*(?:meds|medications|allergies|nkda|pmh|psh|fhx|shx|fh|sh)[ \t]*:", re.I)
_CARD_RULE = re.compile(
    r"[ \t]*(?:={2,}|-{3,}|\*{3,})[ \t]*(?:lesion[ \t]+)?(?:card|lesion|site|specimen|problem)[ \t]*#?[ \t]*\w{0,3}"
    r"(?:[ \t]+of[ \t]+\d{1,2})?[ \t]*(?:={2,}|-{3,}|\*{3,})[ \t]*$",
    re.I,
)
_SIDE_LABEL = re.compile(r"(?:L|R|left|right|bilateral)\s+[a-z][a-z ]{1,25}:", re.I)


_SITE_LABEL_HEAD = re.compile(r"((?:(?:L|R|left|right)\s+)?[A-Za-z][a-z]+(?:\s+[a-z]+){0,2}):\s")


def _site_label(line: str) -> bool:
    """The line starts with an anatomic site as its label ("Right knee: 1.2 cm shallow cut")."""
    m = _SITE_LABEL_HEAD.match(line)
    if m is None:
        return False
    named = find_sites(m.group(1))
    return bool(named) and named[0].start == 0 and named[-1].end >= len(m.group(1)) - 1


def segments(note: str) -> list[Segment]:
    """Split a note into segments: numbered/bulleted items and paragraphs, tagged by section."""
    lines = []
    pos = 0
    for ln in note.split("\n"):
        lines.append((pos, pos + len(ln), ln))
        pos += len(ln) + 1
    segs: list[Segment] = []
    section = "other"
    cur_start = None
    cur_end = None
    cur_section = section
    cur_numbered = False

    def flush():
        nonlocal cur_start, cur_end
        if cur_start is not None and note[cur_start:cur_end].strip():
            segs.append(Segment(cur_start, cur_end, cur_section, note[cur_start:cur_end]))
        cur_start = None

    inline_narrative = False  # the narrative header had its text on the same line ("Hx: s/p Mohs 2021")
    prev_line = ""
    kv_open = False  # the last segment is a key=value procedure record that further field lines continue
    qa_open = False  # the current segment is a template question waiting for its "A:" line
    item_indented = False  # the current numbered item's line is indented (a line back at the margin ends it)
    in_card = False  # inside a "=== CARD 2 ===" block
    one_line_field = False  # the narrative header is a one-line list field ("Meds: ...", "Allergies: ...")
    for s, e, ln in lines:
        if tx.Q_LINE.match(ln) and section not in ("narrative",):
            # "Q: Biopsy #1 - technique / site / clinical size?" / "A: Punch 4 mm - R upper back": one segment per
            # question and its answer
            flush()
            cur_start, cur_end, cur_section, cur_numbered = s, e, section, False
            qa_open = True
            continue
        if qa_open:
            qa_open = False
            if _A_LINE.match(ln):
                cur_end = e
                flush()
                continue
        recs = [m.start() for m in _KV_RECORD.finditer(ln)] if "=" in ln else []
        if recs:
            # "PROC=paring | LOC=R plantar 1st MTH | N=1 ; PROC=paring | LOC=R plantar 5th MTH | N=1": one segment
            # per record, whatever line it shares
            flush()
            for i, r in enumerate(recs):
                rs, re_ = s + r, s + (recs[i + 1] if i + 1 < len(recs) else len(ln))
                if kv_open and not any(k[0] in MAIN_KINDS for k in find_kinds(note[rs:re_])):
                    # "PROC=rotation flap | PRIMARY=1.5 sq cm ..." under "PROC=excision | LOC=nasal tip": the
                    # closure of the lesion above
                    last = segs[-1]
                    segs[-1] = Segment(last.start, re_, last.section, note[last.start : re_])
                    continue
                segs.append(Segment(rs, re_, "procedure", note[rs:re_]))
                kv_open = True
            continue
        if kv_open and _KV_FIELD.match(ln) and not _KV_TOTAL.match(ln):
            last = segs[-1]  # "TOTAL=22 | HEMO=AlCl3": more fields of the record above
            segs[-1] = Segment(last.start, e, last.section, note[last.start : e])
            continue
        kv_open = False
        before, prev_line = prev_line, ln
        if not ln.strip() and section in ("narrative", "consent"):
            section = "other"  # a narrative block (CC/HPI/history) or consent paragraph ends at a blank line
        if section == "consent" and inline_narrative and cur_start is not None and cur_section == "consent":
            flush()  # "Consent: risks of Mohs, flap ... discussed." is one line; the next line is the work
            section = "other"
        if section == "narrative" and inline_narrative and (
            _NUMBERED_LINE.match(ln) or ln.count("|") >= 2
        ):
            # "Hx: s/p Mohs 2021.\n1) R upper back - 7 mm papule -> shave biopsy": today's numbered list
            flush()
            section = "other"
        if (
            section == "narrative"
            and inline_narrative
            and before.rstrip().endswith(".")
            and [k for k in _affirmed_kinds(ln) if k[0] in MAIN_KINDS]
        ):
            # "PMH: HTN, hypothyroid. NKDA." then "LN2 1 FTC each to 5 SKs.": today's work, not history
            flush()
            section = "other"
        if (
            section == "narrative"
            and one_line_field
            and before.rstrip().endswith(".")
            and (site0 := find_sites(ln[:40]))
            and site0[0].start <= 2
        ):
            # "Meds: clopidogrel, atorvastatin. NKDA." then "L nasal sidewall 5mm dome IDN ...": a one-line field
            flush()
            section = "other"
            one_line_field = False
        if section == "narrative" and _DX_LINE.match(ln):
            # "PAST SURGICAL HISTORY: ..." then "Dx: SCCIS R forearm" / "Lesion measured ...": today's lesion
            flush()
            section = "other"
        hm = _HEADER_RE.match(ln) or _SOAP_HEADER.match(ln) or _AP_INLINE.match(ln)
        attested = hm is None and bool(_ATTESTATION_HEAD.match(ln))
        if attested or (hm is None and _OUTSIDE_RECORD.match(ln)):
            # "MOHS SURGEON / TEACHING PHYSICIAN ATTESTATION: I performed ...": the attending's statement, read for
            # its corrections by extract/corrections.py; "Referral letter (faxed, ...)": another practice's work
            flush()
            section = cur_section = "narrative"
            inline_narrative = attested
            cur_start, cur_end = s, e
            continue
        if hm is None:
            gm = _GENERIC_HEADER.match(ln)
            # (or "Other requests today (not performed):": a list of what was not done)
            if gm and (_SECTION_WORD.search(gm.group(1)) or (_NOT_DONE_WORD.search(gm.group(1)) and not ln[gm.end() :].strip())):
                hm = gm
            elif gm is None:
                hm = _MD_HEADING.match(ln)  # "### Post-op": a Markdown heading opens a section of its own
        if hm and cur_start is not None and cur_numbered and ln[:1] in (" ", "\t"):
            hm = None  # an indented "Procedure:" line under a numbered/lettered item continues that item
        if hm and section == "procedure" and ln[:1] in (" ", "\t") and not re.match(r"\s*procedure", ln, re.I):
            hm = None  # "Procedure: IL injection" / "  Medication: Kenalog-10": a field of the procedure
        if _CARD_RULE.match(ln):
            flush()  # "=== CARD 2 ===": one lesion's card, its fields up to the next card or blank line
            in_card = True
            cur_start, cur_end, cur_section, cur_numbered = s, e, section, False
            continue
        if hm and in_card and ln[hm.end() :].strip():
            hm = None  # "Site: R shoulder / Dx: sBCC / Procedure: ED&C": a field of the card, not a new section
        if not ln.strip():
            flush()
            in_card = False
            continue
        if hm:
            flush()
            item_indented = False
            h = hm.group("h")
            label = ln.split(":", 1)[0] if ":" in ln else ln
            if h in _SOAP_SECTION:
                section = _SOAP_SECTION[h]
            elif _ATTESTATION_WORD.search(h) or _NOT_DONE_WORD.search(h):
                # "MOHS SURGEON / TEACHING PHYSICIAN ATTESTATION:": read by extract/corrections; "Not done today:"
                # lists what was offered, deferred or declined
                section = "narrative"
            elif _DIAGNOSES_WORD.search(h) and not _PROCEDURE_WORD.search(h):
                section = "assessment"  # "PREOPERATIVE DIAGNOSES:" names the lesions, it is no procedure section
            elif (
                PROC_HEADERS.search(h) or (len(label) < 40 and _PROCEDURE_WORD.search(label))
            ) and not _PROCEDURES_NONE.match(ln):
                section = "procedure"
            elif CONSENT_HEADERS.search(h):
                section = "consent"
            elif ASSESS_HEADERS.search(h):
                section = "assessment"
            elif NARRATIVE_HEADERS.search(h):
                section = "narrative"
            else:
                section = "other"
            cur_section = section
            cur_start, cur_end = s, e
            rest = ln[hm.end() :].strip()
            inline_narrative = bool(rest)
            one_line_field = bool(rest) and section == "narrative" and bool(_LIST_FIELD.match(ln))
            if not rest and section != "procedure":
                cur_start = None  # a bare header line is not a segment of its own
            continue
        if _ITEM_RE.match(ln):
            bullet = bool(_BULLET.match(ln))
            # a bullet under a numbered item (or inside a procedure block) continues it
            if not (bullet and cur_start is not None and (cur_section == "procedure" or cur_numbered)):
                flush()
                cur_numbered = not bullet
                item_indented = ln[:1] in (" ", "\t")
        elif cur_numbered and (_TOTAL_ROW.match(ln) or _TOTAL_AFTER_LINE.match(ln)):
            flush()  # "Lesion 8 - upper back - ..." then "Total: 0.8 mL ... into 8 keloids": all the items' total
            cur_numbered = False
        elif (
            cur_start is not None
            and cur_section == "procedure"
            and _SIDE_LABEL.match(ln)
            and _BULLET.match(note[note.rfind("\n", 0, s - 1) + 1 : s])
        ):
            # "PROCEDURE - L hallux:" / "   - Partial nail avulsion ..." then "R hallux: NO procedure - soaks": the
            # other side's own line ends the procedure's bullets
            flush()
            cur_numbered = item_indented = False
        elif cur_start is not None and _site_label(ln) and _site_label(note[cur_start : note.find("\n", cur_start)]):
            # "Scalp: 4.0 cm gaping cut ... Layered closure, 4.0 cm." then "Right knee: 1.2 cm shallow cut, one
            # layer of 5-0 nylon stitches.": one wound per site label
            flush()
            cur_numbered = item_indented = False
        elif item_indented and cur_start is not None and ln[:1] not in (" ", "\t"):
            # "  #8 scalp vertex, 12 mm plaque" / "  - Left mid back: ... biopsy." then "A 3 mm brown macule on the
            # right shin ... if it changes we'll biopsy it": the list has ended
            flush()
            cur_numbered = item_indented = False
        if cur_start is None:
            cur_start, cur_section = s, section
            if not _ITEM_RE.match(ln):
                cur_numbered = item_indented = False
        cur_end = e
    flush()
    segs = [part for g in segs for part in _spoken_items(g) for part in _run_on_steps(part)]
    avs = _PATIENT_COPY.search(note)
    if avs is not None:
        # "AFTER VISIT SUMMARY / Harold, today we froze about 8 rough spots": the patient's copy retells (and rounds)
        # the visit; the clinical note above it is what was done
        segs = [Segment(g.start, g.end, "narrative", g.text) if g.end > avs.start() else g for g in segs]
    return segs


_PER_LESION = {"biopsy", "shave", "excision", "mohs"}
_NOT_DONE = FoldedPattern(re.compile(
    r"\b(?:declined|not\s+(?:treated|done|performed|removed)|deferred|refused|no\s+(?:treatment|procedure)|monitor|observe|"
    r"(?:examined|exam|looked\s+at)\s+only|reassured|"
    r"(?:do|does)\s+not\s+need\s+(?:treatment|to\s+be\s+treated)"
    r")\b",
    re.I,
))
_SUTURED = re.compile(
    r"\b\d-0\s+(?:nylon|prolene|vicryl|monocryl|ethilon|fast[- ]absorbing|plain\s+gut|chromic|silk|pds)\b|"
    r"\bstaples?\b(?!\s+(?:removal|out|removed))|\bsingle[- ]layer\b|\blayered\b",
    re.I,
)
_LACERATION = FoldedPattern(re.compile(
    r"\blacerat\w*|\bcuts?\b|\bgash|\bwounds?\b(?!\s+care)|\blac\b|\bglass\b|\bfell\b|\bfall\b|"
    r"\binjur\w+|\btrauma\w*|\bbite\b|\b(?:mohs|surgical|fresh|post-?mohs)\s+defects?\b",
    re.I,
))


def _split_by_kind(seg_text: str, kinds: list[tuple[str, int, int]]) -> list[tuple[int, int, list[str]]]:
    """Split a segment into pieces with one main kind each (sentence granularity); per-lesion kinds also
    split when a new sentence/line names a different site ("Excision 1 - L chest ... Excision 2 - R back")."""
    mains = [k for k in kinds if k[0] in MAIN_KINDS]
    if not mains:
        return [(0, len(seg_text), [k[0] for k in kinds])]
    single_kind = len({k[0] for k in mains}) <= 1
    if single_kind and (mains[0][0] not in _PER_LESION or len(mains) == 1):
        return [(0, len(seg_text), [k[0] for k in kinds])]
    sents = tx.sentences(seg_text)
    pieces: list[list] = []
    head_end = 0
    piece_site: str | None = None
    for s, e in sents:
        ks = [k for k in mains if s <= k[1] < e]
        sent_sites = find_sites(seg_text[s:e])
        if ks:
            new_kind = ks[0][0]
            same = pieces and pieces[-1][2] and new_kind in pieces[-1][2] and len({k[0] for k in ks}) == 1
            if same and new_kind in _PER_LESION and sent_sites and piece_site is not None:
                key = (sent_sites[0].region, sent_sites[0].laterality, sent_sites[0].text.lower())
                lat_ok = key[1] == piece_site[1] or key[1] is None or piece_site[1] is None
                if (
                    key[0] != piece_site[0]
                    or not lat_ok
                    or (
                        key[2] not in piece_site[2]
                        and piece_site[2] not in key[2]
                        and key[1] == piece_site[1] is None
                    )
                ):
                    same = False
            row0 = seg_text.rfind("\n", 0, ks[0][1]) + 1
            if (
                same
                and new_kind in _PER_LESION
                and seg_text.startswith("|", row0)
                and seg_text.count("|", row0, e) >= 3
                and row0 > pieces[-1][0]
            ):
                # "| 3 | mid lower back | 0.7 cm | ... | Saucerization biopsy |": a table row is a lesion, its
                # cells before the action included ("| C | R upper back | pink; BCC can't be excluded | Shave |")
                pieces[-1][1] = min(pieces[-1][1], row0)
                pieces.append([row0, e, [k[0] for k in ks]])
                row_sites = find_sites(seg_text[row0:e])
                piece_site = (
                    (row_sites[0].region, row_sites[0].laterality, row_sites[0].text.lower()) if row_sites else None
                )
                continue
            if same and new_kind in _PER_LESION and not sent_sites:
                lab = _INLINE_LABEL.match(seg_text, s)
                if lab and re.search(r"\(\s*[A-H]\s*\)", seg_text[pieces[-1][0] : s]) and f"({lab.group(1)})" not in re.sub(r"\s", "", seg_text[pieces[-1][0] : s]):
                    same = False  # "(A) pbx 4mm, ...; (B) sbx DermaBlade; (C) sbx": one biopsy per labelled lesion
            if same:
                pieces[-1][1] = e
                if piece_site is None and sent_sites:
                    piece_site = (sent_sites[0].region, sent_sites[0].laterality, sent_sites[0].text.lower())
                continue
            pieces.append([s, e, [k[0] for k in ks]])
            piece_site = (
                (sent_sites[0].region, sent_sites[0].laterality, sent_sites[0].text.lower())
                if sent_sites
                else None
            )
        elif pieces:
            pieces[-1][1] = e
            if piece_site is None and sent_sites:
                piece_site = (sent_sites[0].region, sent_sites[0].laterality, sent_sites[0].text.lower())
        else:
            head_end = e
    if not pieces:
        return [(0, len(seg_text), [k[0] for k in kinds])]
    pieces[0][0] = 0 if head_end else pieces[0][0]
    return [(p[0], p[1], p[2]) for p in pieces]


_INLINE_LABEL = re.compile(r"\s*\(\s*([A-H])\s*\)\s")
_TOTAL_LESIONS = re.compile(
    r"\b(?:\d+|two|three|four|five)\s+(?:separate|different|distinct)\s+lesions\b", re.I
)


_SHAVE_REMOVAL = re.compile(r"shave\s+(?:removal|excision)|shave[ds]?\s+(?:off|flush)", re.I)
_IMPLICIT_EXCISION = FoldedPattern(re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:mm|cm)\s*\.?\s+(?:(?:peripheral\s+|clinical\s+|surgical\s+|lateral\s+)?margins?\b|"
    r"rim\s+of\s+(?:healthy|normal|clinically\s+normal)\s+skin)"
    r"(?=[^.\n]{0,60}\b(?:clos\w*|repair\w*|sutur\w*))",
    re.I,
))


def services_from_text(
    text: str, source: str, base: int = 0, section: str = "other", context: str = ""
) -> list[Service]:
    """Services affirmed in one segment of text."""
    kinds = _affirmed_kinds(text)
    if any(k[0] == "biopsy" for k in kinds):
        # "shave biopsy today. Consent, lido, tangential shave with Dermablade": the biopsy's technique
        kinds = [k for k in kinds if k[0] != "shave" or _SHAVE_REMOVAL.match(text, k[1])]
    mains = [k for k in kinds if k[0] in MAIN_KINDS]
    out: list[Service] = []
    if not mains and not _NOT_DONE.search(text):
        im = _IMPLICIT_EXCISION.search(text)
        if im and tx.assertion(text, im.start(), im.end()) == "affirmed":
            # "Lesion A - R upper back: 0.8 cm, 2 mm margins, layered closure 3.0 cm": margins taken = excised
            mains = [("excision", im.start(), im.end())]
            kinds = kinds + mains
    if not mains:
        rep = [k for k in kinds if k[0] == "repair"]
        if not rep and context and not kinds and find_sites(text) and tx.find_measures(text):
            # "a) Forehead 2.1 cm - single layer 6-0 nylon, simple." in a laceration note: a wound closed
            rep = [("repair", m.start(), m.end()) for m in _SUTURED.finditer(text)][:1]
        if rep and (_LACERATION.search(text) or _LACERATION.search(context)):
            # a stand-alone wound repair (laceration) documented in the note
            svc = Service("repair", source, text, base, from_note=True)
            svc.trigger = svc.span(rep[0][1], rep[0][2])
            svc.spans.append(svc.trigger)
            fill(svc)
            svc.wounds = wounds_of(text)
            if svc.repair_len is None and svc.sizes:
                svc.repair_len = round(sum(svc.sizes), 2)
            out.append(svc)
        return out
    pieces = _split_by_kind(text, kinds)
    head = text[: min(p[0] for p in pieces)] if pieces else ""
    for ps, pe, _ in pieces:
        piece = text[ps:pe]
        pk = [(k, s - ps, e - ps) for k, s, e in kinds if ps <= s < pe]
        pmains = [k for k in pk if k[0] in MAIN_KINDS]
        if not pmains:
            continue
        kind, ks, ke = _choose_main(pmains, piece)
        attr_text = piece
        svc = Service(kind, source, attr_text, base + ps, from_note=True)
        svc.trigger = Span(source, base + ps + ks, base + ps + ke, piece[ks:ke])
        svc.spans.append(svc.trigger)
        fill(svc)
        if (
            kind in ("shave", "excision")
            and svc.count
            and len({k[0] for k in pmains} & _PER_LESION) > 1
            and _TOTAL_LESIONS.search(piece)
        ):
            svc.count = None  # "[x] Shave removal [x] Biopsy. Two separate lesions.": the total of both kinds
        if svc.lesion_id is None and head:
            hm = _LESION_ID.search(head)  # "Lesion A was excised ...": the label before the verb
            if hm:
                svc.lesion_id = next(g for g in hm.groups() if g)
        if svc.site is None and head:
            hs = find_sites(head)
            if hs:
                svc.site = hs[0]
        if not svc.dx and head:
            svc.dx = find_dx(head)
            svc.dx_categories = {d.category for d in svc.dx}
            if kind == "destruction":
                svc.dest_class = destruction_class(svc)
            if kind == "excision":
                svc.malignant = excision_malignant(svc)
        if not svc.dx and context:
            svc.dx = find_dx(context)
            svc.dx_categories = {d.category for d in svc.dx}
            if kind == "destruction" and svc.dest_class == "unknown":
                svc.dest_class = destruction_class(svc)
        if kind == "biopsy" and "destruction" in [k[0] for k in pk]:
            svc.technique = svc.technique or "tangential"
        if kind == "mohs" and "frozen" in [k[0] for k in kinds]:
            svc.frozen_section = True
        # a destruction piece that also mentions skin tags is a skin-tag removal
        if kind == "destruction" and svc.dest_class == "tag":
            svc.kind = "tag"
        rows = expand_table_rows(svc)
        if rows != [svc]:
            out.extend(rows)
            continue
        out.append(svc)
        # the same piece may hold a second main kind (e.g. biopsy + destruction) → one each
        others = {k[0] for k in pmains} - {kind}
        for ok in others:
            if {kind, ok} <= {"biopsy", "destruction"}:
                s2 = Service(ok, source, attr_text, base + ps, from_note=True)
                s2.trigger = s2.span(*next((s, e) for k, s, e in pmains if k == ok))
                s2.spans.append(s2.trigger)
                fill(s2)
                if len({(x.region, x.laterality) for x in s2.sites}) > 1:
                    # "consent for 3 biopsies and cryotherapy; ... L upper back (A), L forehead (C)": the second
                    # kind's site is the one in its own sentence, if any
                    a, b = tx.sentence_bounds(attr_text, s2.trigger.start - s2.base)
                    own = [x for x in s2.sites if a <= x.start < b]
                    s2.site = own[0] if own else None
                    s2.lesion_id = None  # "(A)" labels the biopsy named in another sentence
                elif s2.site is None:
                    s2.site = svc.site
                out.append(s2)
            elif ok == "paring" and kind == "destruction" and _PARED_FOR_DESTRUCTION.search(piece):
                continue  # warts pared "to help penetration" of the LN2: part of the destruction
            elif ok in (
                "injection",
                "id",
                "nail_debridement",
                "paring",
                "patch",
                "phototherapy",
                "excimer",
                "nail_avulsion",
            ) and kind not in ("nail_excision",):
                if ok == "nail_avulsion" and kind in ("nail_excision",):
                    continue
                if (
                    ok in ("paring",)
                    and kind in ("nail_debridement",)
                    and not re.search(r"callus|corn|hyperkerat|clav", piece, re.I)
                ):
                    continue
                s2 = Service(ok, source, attr_text, base + ps, from_note=True)
                s2.trigger = s2.span(*next((s, e) for k, s, e in pmains if k == ok))
                s2.spans.append(s2.trigger)
                fill(s2)
                out.append(s2)
    return out


_PRIORITY = [
    "mohs",
    "excision",
    "nail_excision",
    "shave",
    "biopsy",
    "tag",
    "destruction",
    "nail_avulsion",
    "id",
    "injection",
    "nail_debridement",
    "paring",
    "excimer",
    "phototherapy",
    "patch",
]


_SECOND_INTENTION = FoldedPattern(re.compile(r"second(?:ary)?\s+intention|granulat\w*", re.I))
_PARED_FOR_DESTRUCTION = re.compile(
    r"par(?:ed|ing)\s+(?:\w+\s+){0,5}?(?:to\s+(?:help|aid|improve|allow)|before|prior\s+to|for\s+(?:better\s+)?"
    r"penetrat)|after\s+paring|debrid\w*\s+(?:\w+\s+){0,3}before|par(?:ed|ing)\s+(?:[\w#-]+\s+){0,4}first\b|"
    r"par(?:ed|ing)\b[^.]{0,60}?\bthen\s+(?:ln2|cryo\w*|liquid\s+nitrogen|cantharidin|froze\w*|treated)",
    re.I,
)


def _choose_main(mains: list[tuple[str, int, int]], piece: str) -> tuple[str, int, int]:
    names = {k[0] for k in mains}
    # "shave biopsy" matched as biopsy; a "shave" that is really the biopsy technique
    if "biopsy" in names and "shave" in names:
        if not re.search(
            r"shave\s+(?:removal|excision)|removed\s+(?:by|via|with)\s+(?:a\s+)?shave", piece, re.I
        ):
            names.discard("shave")
    if "tag" in names:
        names -= {"destruction", "excision", "shave"}
    if "paring" in names and "destruction" in names and _PARED_FOR_DESTRUCTION.search(piece):
        names.discard("paring")  # warts pared "to help penetration" of the LN2: part of the destruction
    if "excimer" in names:
        names -= {"destruction", "phototherapy"}
    if "excision" in names and "biopsy" in names and re.search(r"excisional\s+biops", piece, re.I):
        names.discard("biopsy")
    if "excision" in names and "biopsy" in names and not re.search(r"excisional", piece, re.I):
        # "biopsy-proven BCC ... excision" → excision; "excised ... sent for biopsy" → excision
        names.discard("biopsy")
    if "destruction" in names and "biopsy" in names:
        # sample-then-curette / ED&C after a proven biopsy: the destruction codes
        if re.search(
            r"biops(?:y|ied)[- ](?:proven|confirmed)|prior\s+biops|previous(?:ly)?\s+biops|bx[- ]pro"
            r"ven",
            piece,
            re.I,
        ):
            names.discard("biopsy")
    if "nail_excision" in names:
        names.discard("nail_avulsion")
    if names & {"nail_excision", "nail_avulsion", "nail_debridement"}:
        names.discard("destruction")  # "nail bed curetted to remove debris" is part of the nail procedure
    if "excision" in names and "nail_excision" in names:
        names.discard("excision")
    if "mohs" in names:
        names &= {"mohs"} | (names & {"biopsy"} if re.search(r"frozen", piece, re.I) else set())
        names.discard("excision")
    if "destruction" in names and "shave" in names:
        names.discard("destruction")  # "shave removal with electrocautery hemostasis"
    if "excision" in names and "destruction" in names:
        names.discard("destruction")
    if (
        "injection" in names
        and len(names) > 1
        and not re.search(r"intralesional|kenalog|triamcinolone", piece, re.I)
    ):
        names.discard("injection")
    if (
        "paring" in names
        and "nail_debridement" in names
        and not re.search(r"callus|corn|hyperkerat|clav", piece, re.I)
    ):
        names.discard("paring")
    for k in _PRIORITY:
        if k in names:
            return next(m for m in mains if m[0] == k)
    return mains[0]


@lru_cache(maxsize=4096)
def _lac_context(note_text: str) -> str:
    if (
        "repair" not in note_text.lower()
        and "clos" not in note_text.lower()
        and "sutur" not in note_text.lower()
    ):
        return ""
    m = _LACERATION.search(note_text)
    return m.group(0) if m else ""


_AFTERCARE_LINE = re.compile(  # "Complications: none. Post-op: SR arm 14 d, back 10 d.": no new lesion
    r"[\s\-*•]*(?:complications?|post-?op(?:erative)?(?:\s+(?:care|instructions|plan))?|ebl|estimated\s+blood\s+loss|"
    r"disposition|wound\s+care|dressings?|instructions)\s*[:|-]|"
    r"[\s\-*•]*(?:ebl|estimated\s+blood\s+loss)\b",  # "Estimated blood loss minimal. Pressure dressing ..."
    re.I,
)
_DEFECT_LINE = re.compile(r"[\s\-*•]*(?:final\s+|resulting\s+|post-?curettage\s+)?(?:curetted\s+)?defect\b", re.I)
# "SITE B - left dorsal hand ...", "(b) superficial BCC L posterior shoulder": the next tumour, not this one's lines
_NEW_TUMOR = re.compile(
    r"\s*(?:(?:site|lesion|tumou?r|specimen|wound)(?:\s*#\s*|\s+)(?:[A-Z0-9]{1,2}|one|two|three|four|five)\b|"
    r"\([a-h]\)\s)", re.I
)


def _other_site(text: str, site: Site) -> bool:
    """``text`` names a site in another region (or on the other side) than ``site``."""
    ss = find_sites(text)
    if not ss:
        return False
    s0 = ss[0]
    return s0.region != site.region or (
        s0.laterality is not None and site.laterality is not None and s0.laterality != site.laterality
    )


_CONSENT_AND_DONE = re.compile(r"\b(?:was|were)\s+(?:then\s+)?(?:performed|removed|excised|taken|treated)\b", re.I)
_NUMBERED = re.compile(r"\s*(?:#?\d{1,2}[.)]|\(\d{1,2}\)|#\d{1,2}\b)")
# a label's [a-z ] is [A-Za-z ] under IGNORECASE, written in lower case to be case-folded (extract/scan.py)
_NO_PROCEDURES = FoldedPattern(re.compile(
    r"(?:^[^\S\n]*(?:[a-z ]{1,20}:\s*)?|(?<=[.;]\s)|(?<=[.;]\s\s))no\s+procedures?\s+"
    r"(?:(?:were\s+|was\s+)?(?:performed|done)\s+)?"
    r"(?:today|this\s+visit)\s*(?:[.;]|$)",
    re.I | re.M,
))
_MOHS_WORD = FoldedPattern(re.compile(r"\bmohs\b", re.I))


_CLOSURE_LABEL = re.compile(r"\s*(?:closure|repair)\s*:", re.I)


def no_procedures_today(note_text: str) -> tuple[int, int] | None:
    """Where the note states that no procedure was performed today ("No procedures today.")."""
    m = _NO_PROCEDURES.search(note_text)
    return (m.start(), m.end()) if m else None


def services_from_note(note_text: str, source: str) -> tuple[list[Service], list[Segment]]:
    segs = segments(note_text)
    if no_procedures_today(note_text):
        return [], segs  # "No procedures today.": whatever the note mentions was discussed, deferred or past
    out: list[Service] = []
    reports = path_results(note_text)
    lac = _lac_context(note_text)
    header: Service | None = None  # a procedure-section header service ("PROCEDURE: Shave removal")
    header_used = False
    header_list = False  # the header is a list introduction ("Procedure note (shave removal, ...):")
    derived: list[Service] = []  # the services read from the lines under the header
    own_repairs: list[Segment] = []  # labelled repairs of a second Mohs tumour, kept out of the Mohs service
    prev: Segment | None = None
    for seg in segs:
        if seg.section == "narrative" or (seg.section == "consent" and not _CONSENT_AND_DONE.search(seg.text)):
            prev = None  # history, or a consent paragraph naming the risks of procedures ("... and Mohs")
            if seg.section == "narrative" and header is not None and header.kind == "mohs" and any(header.stages):
                header = None  # "Additional problem ... CC | itchy patches on both shins": the Mohs write-up ended
            continue
        if tx.Q_LINE.match(seg.text) and (_QA_NOT_DONE.search(seg.text) or _QA_DISCUSSED.match(seg.text)):
            prev = None
            continue  # "Q: Destruction of any lesion today?" / "A: No"; "Q: Options discussed?" / "A: Mohs, ..."
        if _KV_RECORD.match(seg.text) and _KV_NOT_DONE.search(seg.text):
            prev = None
            continue  # "PROC=shave bx | LOC=R shoulder | STATUS=declined -- ...": a record of work not done
        if _is_path_report(seg.text) or any(r.start <= seg.start < r.end for r in reports):
            continue  # "PATH ADDENDUM (GPD Lab): / B. Skin, right forearm, shave: SCC in situ": the report  # "Path (GPD Lab, 01/23): residual nevus ... completely excised": the report, not a service
        svcs = services_from_text(seg.text, source, seg.start, seg.section, lac)
        if (
            svcs
            and all(sv.kind == "repair" for sv in svcs)
            and header is not None
            and header.kind in ("excision", "shave", "mohs")
            and header in out
            and seg.section == "procedure"
            and not (
                header.kind == "excision" and _CLOSURE_LABEL.match(seg.text) and all(sv.repair_len for sv in svcs)
            )
        ):
            # "Description: ... cyst 2.0 cm ... wound edges undermined ... closed": the header's excision (not
            # "Closure: ... closed it in layers ... Final stitched line 6.5 cm": the repair, told on its own)
            svcs = []
        if (
            svcs
            and header is not None
            and header.kind == "mohs"
            and header in out
            and _MOHS_STAGE_WORDS.search(seg.text[:40])
            and all(sv.kind in ("excision", "destruction", "frozen") for sv in svcs)
        ):
            svcs = []  # "STAGE I: debulk by curettage; excised with 2 mm margin; SEVEN (7) tissue blocks": a stage
        if prev is not None and _ITEM_RE.match(seg.text) and _ITEM_RE.match(prev.text):
            prev = None  # "3. Lesion back - bx" / "- AK x2 - LN2": each listed problem stands on its own
        if svcs:
            for sv in svcs:
                if sv.site is None and prev is not None and prev.section == seg.section and not _SEPARATE_SITES.search(seg.text):
                    # (not "AKs x4 - LN2 (separate sites from #1)": other lesions than the item above)
                    ps = find_sites(prev.text)
                    if ps:
                        sv.site = ps[0]
                        sv.sites = ps
                if not sv.dx and prev is not None and prev.section == seg.section:
                    sv.dx = find_dx(prev.text)
                    sv.dx_categories = {d.category for d in sv.dx}
                    if sv.kind == "destruction" and sv.dest_class == "unknown":
                        sv.dest_class = destruction_class(sv)
                    if sv.kind == "excision":
                        sv.malignant = excision_malignant(sv)
                if (
                    sv.kind == "destruction" and sv.dest_class == "unknown" and header is not None
                    and header.kind == "destruction" and header in out and seg.section == "procedure"
                ):  # "PROCEDURE: ED&C, basal cell carcinoma, scalp" ... "PROCEDURE DETAILS: Curettage ..."
                    sv.dest_class = header.dest_class
            if header is not None and header_used and header in out and not header.sizes:
                _drop_header(out, header, derived)
            derived = []
            starts_with_header = bool(_HEADER_RE.match(seg.text) or _GENERIC_HEADER.match(seg.text))
            title = seg.text.strip()
            list_intro = len(svcs) == 1 and svcs[-1].kind in _PER_LESION and (
                title.endswith(":") or ("\n" not in title and len(title) <= 40 and not re.search(r"[.,;\d]", title))
            )  # "Procedures performed:" or a title line ("Excisions") over one item per lesion
            if (
                header is not None
                and header.kind == "excision"
                and header in out
                and svcs[-1].kind == "repair"
                and _CLOSURE_LABEL.match(seg.text)
            ):
                pass  # "Closure: layered ... Wound length 3.8 cm" under the excision: the excision stays the header
            elif len(svcs) == 1 and (
                (seg.section == "procedure" and starts_with_header) or svcs[-1].kind == "mohs" or list_intro
            ):
                header = svcs[-1]
                header_list = list_intro
            elif starts_with_header:
                header = None
            header_used = False
            out.extend(svcs)
        elif (
            header is not None
            and header.kind == "mohs"
            and header in out
            and header.base <= seg.start
            and not _NOT_DONE.search(seg.text)
            and not _NEW_TUMOR.match(seg.text)
            and not (header.site is not None and find_dx(seg.text) and _other_site(seg.text, header.site))
        ):
            # a Mohs note written one line per paragraph ("STAGE I: 7 blocks" / "" / "REPAIR: 3.1 cm"): the
            # stages, defect and repair lines extend the Mohs service, as they do when written as one block
            if _MOHS_ITEM_REPAIR.match(seg.text) and find_sites(seg.text[:60]) and any(
                k[0] == "repair" for k in _affirmed_kinds(seg.text)
            ) and not _FLAP_RE.search(seg.text.split("\n", 1)[0]):
                # two tumours, two reconstructions: "#1 L nasal sidewall: transposition flap ..." (the Mohs
                # service's own) and "#2 R helix: complex linear repair ... 2.3 cm" (a repair of its own)
                rep = fill(Service("repair", source, seg.text, seg.start, from_note=True))
                if rep.repair_len is not None:
                    out.append(rep)
                    own_repairs.append(seg)
                    prev = seg
                    continue
            span_text = note_text[header.base : seg.end]
            for ns in segs:  # history paragraphs in between stay out (blanked: offsets are kept)
                if (ns.section == "narrative" or ns in own_repairs) and header.base <= ns.start and ns.end <= seg.end:
                    a0, b0 = ns.start - header.base, ns.end - header.base
                    span_text = span_text[:a0] + " " * (b0 - a0) + span_text[b0:]
            ext = Service("mohs", source, span_text, header.base, from_note=True)
            ext.trigger = header.trigger
            if header.trigger is not None:
                ext.spans.append(header.trigger)
            fill(ext)
            ext.site = ext.site or header.site
            ext.sites = ext.sites or header.sites
            if not ext.dx:
                ext.dx, ext.dx_categories = header.dx, header.dx_categories
            out[out.index(header)] = ext
            header = ext
        elif (
            header is not None
            and header.kind == "mohs"
            and header in out
            and any(header.stages)
            and seg.section == "procedure"
            and _NEW_TUMOR.match(seg.text)
            and header.site is not None
            and _other_site(seg.text, header.site)
            and _STAGE_RE.search(seg.text)
        ):
            # "Site B: The right forearm ... Stage I, four tissue blocks": site A's write-up ended, site B's begins
            header = fill(Service("mohs", source, seg.text, seg.start, from_note=True))
            header.spans.append(header.span(0, min(len(seg.text), 60)))
            out.append(header)
        elif (
            out
            and tx.Q_LINE.match(seg.text)
            and out[-1].kind in ("excision", "shave", "biopsy")
            and out[-1].from_note
            and out[-1].base < seg.start
            and (tx.find_measures(seg.text) or tx.find_areas(seg.text) or _FLAP_RE.search(seg.text))
        ):
            # "Q: Decision? / A: excision with local flap today" then "Q: Lesion size / margin? / A: 1.0 cm / 4 mm",
            # "Q: Total flap area? / A: 8.5 sq cm": a template's answers about the procedure just named
            last = out[-1]
            span_text = note_text[last.base : seg.end]
            ext = fill(Service(last.kind, source, span_text, last.base, from_note=True))
            ext.trigger = last.trigger
            ext.spans = list(dict.fromkeys(last.spans + ext.spans))
            ext.site, ext.sites = last.site or ext.site, last.sites or ext.sites
            if not ext.dx:
                ext.dx, ext.dx_categories, ext.malignant = last.dx, last.dx_categories, last.malignant
            ext.technique = ext.technique or last.technique
            out[-1] = ext
            if header is last:
                header = ext
        elif out and _DEFECT_LINE.match(seg.text) and out[-1].kind in ("destruction", "shave", "biopsy"):
            # "- Final defect diameter after the last cycle: 1.3 cm.": the size of the wound just described
            d = [m for m in tx.find_measures(seg.text) if m.kind in ("defect", "lesion")]
            if d and out[-1].defect_cm is None:
                out[-1].defect_cm = max(m.value_cm for m in d)
                out[-1].spans.append(Span(source, seg.start + d[0].start, seg.start + d[0].end, d[0].text))
        elif (
            header is not None
            # a lesion table's rows are judged one by one ("D | Scalp | 5 mm papule | No - deferred")
            and (not _NOT_DONE.search(seg.text) or (header.kind in ("shave", "excision", "biopsy") and _table_rows(seg.text)))
            and not _AFTERCARE_LINE.match(seg.text)
            # "Procedure: Paring ... Number of lesions: five" is the session; the lines after it are no lesions
            and not (header.count and header.kind in ("paring", "destruction", "tag", "injection", "nail_debridement"))
            and (
                (
                    (
                        seg.section == "procedure"
                        or (header_list and (_ITEM_RE.match(seg.text) or (header.kind in _PER_LESION and _table_rows(seg.text))))
                    )
                    and (find_sites(seg.text) or tx.find_measures(seg.text))
                    and not (header.kind == "mohs" and _NEW_TUMOR.match(seg.text) and find_dx(seg.text))
                )  # under "MOHS NOTE", "(b) superficial BCC L posterior shoulder" lists a tumour, it is no Mohs
                or (header.kind == "mohs" and _MOHS_STAGE.search(seg.text))
            )
        ):
            sv = Service(header.kind, source, seg.text, seg.start, from_note=True)
            sv.spans.append(Span(source, seg.start, seg.start + min(len(seg.text), 60), seg.text[:60]))
            fill(sv)
            if sv.technique is None and not (
                header.kind == "biopsy" and sum(bool(rx.search(header.text)) for _, rx in _TECH_BX) > 1
            ):  # "PROCEDURE: Skin biopsies x 3 (one punch, two tangential/shave)" names no one lesion's technique
                sv.technique = header.technique
            if sv.kind == "injection" and sv.technique == "other":
                sv.technique = header.technique  # "Lesion | Volume | Dose" rows under "intralesional Kenalog-40"
            if sv.repair_len is not None and sv.repair_type is None:
                sv.repair_type = header.repair_type  # "Procedure: WLE ...; complex repair." / "- Final repair length"
            if sv.kind == "destruction" and sv.dest_class == "unknown":
                sv.dest_class = header.dest_class
            if not sv.dx:
                sv.dx, sv.dx_categories = header.dx, header.dx_categories
                if sv.kind == "excision":
                    sv.malignant = header.malignant
            rows = expand_table_rows(sv)
            out.extend(rows)
            derived.extend(rows)
            header_used = True
        elif out and out[-1].kind in ("excision", "shave") and out[-1].repair_len is None and not _NOT_DONE.search(
            seg.text
        ) and any(k[0] == "repair" for k in _affirmed_kinds(seg.text)):
            # "Marked 4 mm margins ... Excised ..." then "Closure: ... buried deep dermal ... 5.5 cm": the closure
            # paragraph of the excision just described
            rep = fill(Service("repair", source, seg.text, seg.start, from_note=True))
            if rep.repair_len is not None:
                out[-1].repair_len = rep.repair_len
                out[-1].repair_type = rep.repair_type or out[-1].repair_type
                out[-1].spans.extend(rep.spans)
        prev = seg
    if header is not None and header_used and header in out and not header.sizes:
        _drop_header(out, header, derived)
    if not any(sv.kind == "mohs" for sv in out) and _MOHS_WORD.search(note_text):
        # a Mohs note whose only "Mohs" mention is the referral, with stages and blocks documented in prose
        if (
            (_STAGE_RE.search(note_text) and _BLOCKS_RE.search(note_text) or _stage_cells(note_text))
            and not re.search(
                r"mohs\s+(?:was\s+)?(?:not\s+performed|deferred|declined|cancell?ed)", note_text, re.I
            )
        ):
            tumours = [sg for sg in segs if _NEW_TUMOR.match(sg.text) and _STAGE_RE.search(sg.text)]
            if len(tumours) >= 2:
                # "SITE A - nasal tip, BCC ... Stage 1: 3 tissue blocks ..." / "SITE B - left dorsal hand ...":
                # one Mohs service per tumour section
                for sg in tumours:
                    sv = fill(Service("mohs", source, sg.text, sg.start, from_note=True))
                    sv.spans.append(sv.span(0, min(len(sg.text), 60)))
                    out.append(sv)
            else:
                sv = Service("mohs", source, note_text, 0, from_note=True)
                m0 = re.search(r"\bmohs\b", note_text, re.I)
                sv.trigger = sv.span(m0.start(), m0.end())
                sv.spans.append(sv.trigger)
                fill(sv)
                out.append(sv)
    for sv in [sv for sv in out if sv.kind == "repair" and sv.wounds]:
        lens = sorted(w[1] for w in sv.wounds)
        twin = next((o for o in out if o is not sv and o.kind == "repair" and o.wounds
                     and sorted(w[1] for w in o.wounds) == lens), None)
        if twin is not None and out.index(twin) < out.index(sv):
            twin.spans.extend(sp for sp in sv.spans if sp not in twin.spans)
            out.remove(sv)  # "WOUNDS: (1) scalp 4.5 cm (2) palm 1.0 cm" then "REPAIR: (1) ... (2) ...": one repair
    _implied_tag_removal(out, segs, note_text, source)
    _counts_from_list(out, segs)
    _one_patch_session(out, note_text)
    _from_lesion_labels(out, segs)
    _same_as_item(out, segs, source)
    _flap_only(out, segs, source)
    if lac:
        _labelled_wounds(out, segs, source)
        _listed_wounds(out, segs)
    _expand_counted_lesions(out, segs)
    _split_destruction_classes(out)
    _mohs_tumour_tables(out, segs, source)
    _column_lesions(out, note_text, source)
    out[:] = [p for sv in out for p in _split_by_measured_site(sv)]
    _numbered_twins(out)
    _fallback_from_note(out, segs, note_text)
    _id_procedure_detail(out, segs)
    _note_digits(out, note_text, segs)
    _sizes_from_site_lines(out, segs)
    _single_lesion_size(out, segs)
    _stated_total(out, note_text, source)
    _note_photo_type(out, segs)
    if any(sv.kind == "excimer" for sv in out):
        # "LOCAL TITLE: PHOTOTHERAPY TREATMENT NOTE" over an excimer session: the title names the excimer
        out[:] = [sv for sv in out if sv.kind != "phototherapy" or _WHOLE_BODY_LIGHT.search(sv.text)]
    for sv in out:
        if sv.kind == "excimer" and sv.area_sqcm is None:
            # "Sites and measured areas:" / "  R elbow   55 sq cm" / ...: the area lines under the service
            sv.area_sqcm, spans = excimer_area(note_text)
            sv.spans.extend(Span(source, a, b, note_text[a:b]) for a, b in spans)
    return out, segs


_ITEM_NUMBER = re.compile(r"^\W{0,4}(?:[A-Za-z ]{2,20}:\s*)?(\d{1,2})[.)]\s")


_TOTAL_LINE = re.compile(
    r"^[ \t]*total\s+(?:number\s+of\s+)?(?P<noun>lesions?|calluses|corns|warts|aks|actinic\s+keratoses|tags|nails|toenails|"
    r"keloids|sites)\s*(?P<verb>pared|treated|frozen|destroyed|injected|debrided|removed)?\s*[:=]\s*"
    r"(?P<n>\d{1,3}|" + tx.WORD_QTY + r")\b",
    re.I | re.M,
)
_TOTAL_AFTER_LINE = re.compile(
    r"^[ \t]*(?P<n>\d{1,3}|" + tx.WORD_QTY + r")\s+(?P<noun>lesions?|calluses|corns|warts|aks|actinic\s+keratoses|tags|nails|"
    r"toenails|keloids|sites)\s+(?:(?P<verb>pared|treated|frozen|destroyed|injected|debrided|removed)\s+)?(?:in\s+)?total\b",
    re.I | re.M,
)
_QA_COUNT = re.compile(
    r"^[ \t]*Q\s*\d{0,2}\s*[:.)]\s*(?:number|how\s+many|count|total)\b[^\n?]*?(?P<verb>pared|treated|frozen|destroyed|"
    r"injected|debrided|removed)?[^\n?]*\??[ \t]*\n[ \t]*A\s*\d{0,2}\s*[:.)][ \t]*(?P<n>\d{1,3}|" + tx.WORD_QTY + r")\b",
    re.I | re.M,
)
_TOTAL_VERB_KINDS = {"pared": ("paring",), "injected": ("injection",), "debrided": ("nail_debridement",),
                     "frozen": ("destruction",), "destroyed": ("destruction",), "removed": ("tag",)}


def _stated_total(out: list[Service], note_text: str, source: str) -> None:
    """"Total lesions pared: three." on a line of its own, or a template's "Q: Number of lesions treated?" /
    "A: 6": the count of the note's one uncounted session."""
    low = note_text.lower()
    if "total" not in low and "q:" not in low:
        return
    for m in [*_TOTAL_LINE.finditer(note_text), *_TOTAL_AFTER_LINE.finditer(note_text), *_QA_COUNT.finditer(note_text)]:
        n = tx.word_to_int(m.group("n"))
        verb = (m.group("verb") or "").lower()
        kinds = _TOTAL_VERB_KINDS.get(verb, ("paring", "destruction", "tag", "injection", "nail_debridement"))
        cands = [sv for sv in out if sv.kind in kinds]
        if n and len(cands) == 1 and cands[0].count is None:
            cands[0].count = n
            cands[0].spans.append(Span(source, m.start(), m.end(), m.group(0)))


def _numbered_twins(out: list[Service]) -> None:
    """"PROCEDURE: 1) Excision of cyst, R posterior upper arm. 2) Tangential biopsy, L lower back." then
    "PROCEDURE DETAILS: 1. Cyst measured 1.2 cm ...": a later item of the same kind and number that names no
    site is the listed item's lesion and takes its site."""
    for i, sv in enumerate(out):
        m = _ITEM_NUMBER.match(sv.text)
        if sv.site is not None or m is None:
            continue
        twin = next((o for o in out[:i] if o.kind == sv.kind and o.site is not None
                     and (om := _ITEM_NUMBER.match(o.text)) and om.group(1) == m.group(1)), None)
        if twin is not None:
            sv.site, sv.sites = twin.site, twin.sites


_CLASS_COUNT = re.compile(
    r"\b(\d{1,2}|" + tx.WORD_QTY + r")\s+(?:\w+\s+){0,2}?(?:(?P<pre>aks?|actinic\s+keratos[ie]s)|"
    r"(?P<ben>warts?|verrucae?|sks?|isks?|seborrh?eic\s+keratos[ie]s))\b",
    re.I,
)


def _split_destruction_classes(out: list[Service]) -> None:
    """"LN2 to each of the 4 warts (2 cycles) and to the 3 AKs (1 cycle)": one sentence, two destructions
    (benign 4, premalignant 3), each with its own count."""
    for sv in list(out):
        if sv.kind != "destruction" or sv.provided_code or sv.dest_class not in ("premalignant", "benign", "unknown"):
            continue
        counts: dict[str, int] = {}
        for m in _CLASS_COUNT.finditer(sv.text):
            n = tx.word_to_int(m.group(1))
            if n and tx.assertion_in(sv.text, m.start(), m.end()) == "affirmed":
                cls = "premalignant" if m.group("pre") else "benign"
                counts[cls] = max(counts.get(cls, 0), n)
        if len(counts) < 2 or (sv.count is not None and sv.count not in counts.values()):
            continue
        i = out.index(sv)
        parts = []
        for cls, n in sorted(counts.items()):
            dx = [d for d in sv.dx if (d.category == "ak") == (cls == "premalignant")] or list(sv.dx)
            parts.append(replace(sv, dest_class=cls, count=n, spans=list(sv.spans), sites=list(sv.sites), dx=dx,
                                 dx_categories={d.category for d in dx}))
        out[i : i + 1] = parts


def _drop_header(out: list[Service], header: Service, derived: list[Service]) -> None:
    """A header replaced by the lines under it; an injection header's count ("Patches treated: eight on the
    scalp ... = 9" over "Technique: 0.1 mL aliquots") goes to its one uncounted line."""
    out.remove(header)
    if header.kind == "injection" and header.count and len(derived) == 1 and derived[0].count is None:
        derived[0].count = header.count
        derived[0].spans.extend(sp for sp in header.spans if sp not in derived[0].spans)


_WHOLE_BODY_LIGHT = re.compile(
    r"\b(?:n?b[- ]?uvb|uvb|narrow[- ]?band|broad[- ]?band|puva|psoralen|methoxsalen|uva|tar|goeckerman|light\s*box|booth|"
    r"cabinet|whole[- ]body)\b",
    re.I,
)


def _note_photo_type(out: list[Service], segs: list[Segment]) -> None:
    """A phototherapy session titled generically ("PHOTOTHERAPY VISIT") is PUVA when the note documents
    psoralen/methoxsalen or PUVA given (affirmed, not "no psoralen" nor "PUVA in 2019", nor under "Not done
    today: - PUVA. Not indicated.")."""
    photo = [sv for sv in out if sv.kind == "phototherapy" and sv.photo_type in (None, "uvb")]
    if photo and any(_affirmed_cue(sg.text, _PUVA_CUE) for sg in segs if sg.section != "narrative"):
        for sv in photo:
            sv.photo_type = "puva"


def _sizes_from_site_lines(out: list[Service], segs: list[Segment]) -> None:
    """A sized service (shave, excision) with a site but no size takes the lesion size from the one earlier
    exam line/table row that names the same site ("L cheek | dome papule | 0.8 x 0.7 cm")."""
    for sv in out:
        if sv.kind not in ("shave", "excision") or sv.sizes or sv.excised_cm is not None or sv.site is None:
            continue
        found: list[float] = []
        for sg in segs:
            if sg.start >= sv.base:
                break
            for line in sg.text.split("\n"):
                ls = find_sites(line)
                for i, x in enumerate(ls):
                    if x.region != sv.site.region or (
                        x.laterality and sv.site.laterality and x.laterality != sv.site.laterality
                    ):
                        continue
                    # "vertex scalp - crusted papule. L superior helix - 0.5 cm papule", "O: nasal tip 0.7 cm ... R
                    # posterior neck 0.4 cm ...": the size after the site, up to the next site
                    key = (x.region, x.laterality)
                    other = next((y.start for y in ls[i + 1 :] if (y.region, y.laterality) != key), len(line))
                    # (a size before the line's first site is that site's: "0.9 cm papule L nasal sidewall")
                    start = x.start if any((y.region, y.laterality) != key for y in ls[:i]) else 0
                    ms = [m.value_cm for m in tx.find_measures(line[start:other]) if m.kind == "lesion"]
                    if ms:
                        found.append(max(ms))
                    break
        if len(found) == 1:
            sv.sizes = found


def sizes_at(svc: Service, site: Site) -> list[float]:
    """The lesion sizes of ``svc``'s text that belong to ``site``: a text naming several sites ("L antihelix
    crusted papule ... R neck lesion 0.7 cm") gives each size to the nearest site before it."""
    t = svc.text
    sites = find_sites(t)
    if len({x.region for x in sites}) < 2:
        return list(svc.sizes)
    out = []
    for m in tx.find_measures(t):
        if m.kind != "lesion":
            continue
        before = [x for x in sites if x.end <= m.start]
        if before and before[-1].region == site.region:
            out.append(m.value_cm)
    return out


_NON_WORDS = re.compile(r"\W+")
_LATERALITY_WORD = re.compile(r"\b(?:left|right|lt|rt|l|r|bilateral|bilat)\b")
_SPACES = re.compile(r"\s+")


def _site_words(site_text: str) -> str:
    """A site's words without laterality ("right dorsal forearm" -> "dorsal forearm"), lower case."""
    return _SPACES.sub(" ", _LATERALITY_WORD.sub(" ", _NON_WORDS.sub(" ", site_text.lower()))).strip()


def same_lesion(a: Service, b: Service) -> bool:
    """Do two services describe the same documented lesion (lesion id, else site region/side/text)?"""
    if (
        a.lesion_id
        and b.lesion_id
        and not a.lesion_id.startswith("lesion-")
        and not b.lesion_id.startswith("lesion-")
    ):
        return a.lesion_id == b.lesion_id
    if a.site is None or b.site is None:
        return False
    if a.site.region != b.site.region:
        return False
    if a.site.laterality and b.site.laterality and a.site.laterality != b.site.laterality:
        return False
    # laterality is compared above: "right dorsal forearm" and "R forearm" name the same place
    ta, tb = _site_words(a.site.text), _site_words(b.site.text)
    qa, qb = _SITE_QUALIFIER.search(ta), _SITE_QUALIFIER.search(tb)
    if ta == tb or ta in tb or tb in ta:
        return True
    if bool(qa) != bool(qb):  # "lower right ala" and "alar rim": a qualifier only one side names
        ta, tb = _SITE_QUALIFIER.sub("", ta).strip(), _SITE_QUALIFIER.sub("", tb).strip()
        return bool(ta and tb) and (ta.startswith(tb) or tb.startswith(ta))
    return False


_SITE_QUALIFIER = re.compile(
    r"\b(?:upper|lower|mid|central|medial|lateral|anterior|posterior|superior|inferior|proximal|distal|dorsal|"
    r"ventral|volar)\b\s*"
)


_DONE_VERB = re.compile(r"\b(?:i|we)\s+(?:removed|snipped|froze|treated|pared|destroyed)\b", re.I)
_LESION_NOUN = re.compile(
    r"\b(?:lesion|cyst|nodule|papule|plaque|tumou?r|nevus|mole|growth|lipoma|keratosis|macule|scar)\b", re.I
)


def _single_lesion_size(out: list[Service], segs: list[Segment]) -> None:
    """A note about one shave or excision whose procedure text gives no size (or, for an excision, no margin)
    takes it from the one such measurement anywhere else in the note, and the site with it when the procedure
    text names none ("Pre-op measurement: cyst 2.2 x 1.8 cm" above "Procedure: excision of cyst ... Repair:
    4.5 cm"; a table row "Margins | 4 mm clinical margins" beside "Elliptical excision ...")."""
    for kind in ("shave", "excision"):
        svs = [sv for sv in out if sv.kind == kind]
        if not svs or any(sv.excised_cm is not None or sv.count not in (None, 1) for sv in svs):
            continue
        if any(sv.site is not None and svs[0].site is not None and not same_lesion(sv, svs[0]) for sv in svs):
            continue  # more than one lesion
        sv = next((x for x in svs if x.sizes), svs[0])
        own_site = sv.site if sv.site is not None and find_sites(sv.text) else None
        found: dict[str, dict[float, Segment]] = {"lesion": {}, "margin": {}}
        for sg in segs:
            if sg.section == "narrative":
                continue
            for m in tx.find_measures(sg.text):
                if own_site is not None and _other_sites_only(sg.text, m.start, own_site):
                    continue  # "L volar forearm: 6 x 4 cm plaque" beside a scalp shave: another lesion's size
                if m.kind == "lesion":
                    a, b = tx.sentence_bounds(sg.text, m.start)
                    sent = sg.text[a:b]
                    if any(k[0] == "repair" for k in find_kinds(sent)) and not _LESION_NOUN.search(sent):
                        continue  # "Intermediate layered closure, 3.0 cm.": the repair's length, not a lesion size
                if m.kind in found:
                    found[m.kind].setdefault(m.value_cm, sg)
        if not sv.sizes and len(found["lesion"]) == 1:
            (value, sg), = found["lesion"].items()
            sv.sizes = [value]
            if sv.site is None:
                sites = find_sites(sg.text)
                if sites and all(x.region == sites[0].region for x in sites):
                    sv.site, sv.sites = sites[0], tuple(sites)
        if kind == "excision" and sv.margin_cm is None and len(found["margin"]) == 1:
            sv.margin_cm = next(iter(found["margin"]))


_NAIL_KINDS = ("nail_debridement", "nail_avulsion", "nail_excision")


def _note_digits(out: list[Service], note_text: str, segs: list[Segment]) -> None:
    """A nail procedure sentence often omits the digit ("matrix ablated with phenol") that an earlier sentence
    names ("ingrown nail, lateral border L great toe"): when the service's own text names no digit and the
    whole note names exactly one, that digit is the treated nail."""
    nails = [sv for sv in out if sv.kind in _NAIL_KINDS and not sv.digits]
    if not nails:
        return
    found = digits_of(note_text)
    for sv in nails:
        if sv.count not in (None, 1):
            continue
        if len(found) == 1:
            sv.digits = list(found)
        elif len(found) > 1:
            # "Problem #1: Ingrown toenail, L great toe ... Procedures performed this visit: ... phenol" beside
            # "Problem #2: Onychomycosis, R toenails 2-5": the digit of the problem block the service is in
            head = next((g for g in reversed(segs) if g.start <= sv.base and PROBLEM_HEAD.match(g.text)), None)
            if head is not None:
                own = digits_of(note_text[head.start : sv.base + len(sv.text)])
                if len(own) == 1:
                    sv.digits = own


PROBLEM_HEAD = re.compile(r"\s*(?:problem\s*#?\s*\d{1,2}\b|#?\d{1,2}[.)]\s)", re.I)
_LESION_NAMED = re.compile(r"\s*(?:lesion|site|specimen)\s+#?\s*([A-H])\b(?!\s*(?:was|were|is\s+(?:excised|removed)))", re.I)
_LABEL_ITEM = re.compile(r"^\s*(?:lesion\s+|site\s+|specimen\s+)?\(?([A-H])\s*[).:\-–]\s+", re.I)


def _from_lesion_labels(out: list[Service], segs: list[Segment]) -> None:
    """Exam/A&P items labelled "A) L upper back 2.5 cm plaque" describe lesions that later items reference
    ("1. A - incisional bx"): fill site, size and diagnosis from the label's item."""
    labels: dict[str, Segment] = {}
    for sg in segs:
        m = _LABEL_ITEM.match(sg.text)
        if m and m.group(1).upper() not in labels:
            labels[m.group(1).upper()] = sg
    for sg in segs:  # "Lesion A, on the left upper back, is a changing papule 0.8 cm" inside a paragraph
        for a, b in tx.sentences(sg.text):
            sent = sg.text[a:b]
            m = _LESION_NAMED.match(sent)
            if m and m.group(1).upper() not in labels and find_sites(sent) and not find_kinds(sent):
                labels[m.group(1).upper()] = Segment(sg.start + a, sg.start + b, sg.section, sent)
        # "exam: (A) L shin 1.1cm firm pink nodule ..., (B) L dorsal forearm 7mm scaly plaque ...": inline labels
        for m in _INLINE_LABEL.finditer(sg.text):
            stop = re.compile(r"\(\s*[A-H]\s*\)|[;\n]").search(sg.text, m.end())
            chunk_end = stop.start() if stop else sg.end - sg.start
            chunk = sg.text[m.end() : chunk_end]
            if m.group(1) not in labels and find_sites(chunk[:40]) and not find_kinds(chunk):
                labels[m.group(1)] = Segment(sg.start + m.end(), sg.start + chunk_end, sg.section, chunk)
    if not labels:
        return
    for sv in out:
        lid = (sv.lesion_id or "").upper()
        sg = labels.get(lid)
        if sg is None or (sg.start <= sv.base < sg.end):
            continue
        sites = find_sites(sg.text)
        if sites and (sv.site is None or sv.site.region != sites[0].region):
            sv.site = sites[0]
            sv.sites = sites
        if not sv.sizes:
            ms = [m for m in tx.find_measures(sg.text) if m.kind == "lesion"]
            if ms:
                sv.sizes = [max(m.value_cm for m in ms)]
        if not sv.dx:
            for sg2 in [sg]:
                d2 = find_dx(sg2.text)
                if d2:
                    sv.dx = d2
                    sv.dx_categories = {d.category for d in d2}
                    break
            if sv.kind == "destruction" and sv.dest_class == "unknown":
                sv.dest_class = destruction_class(sv)
            if sv.kind == "excision":
                sv.malignant = excision_malignant(sv)


_MOHS_ITEM_REPAIR = re.compile(
    r"[ \t]*(?:[-•*][ \t]*)?(?:#[ \t]*\d{1,2}|\(?\d{1,2}\)|(?:tumou?r|site|lesion)[ \t]*#?[ \t]*(?:\d{1,2}|[A-H]\b))[ \t:.-]", re.I
)
_SAME_PREV = re.compile(r"[ \t]*(?:\d{1,2}[.)]|#\d{1,2})[ \t]*[^:\n]{1,40}:[ \t]*(?:the[ \t]+)?same\b(?![ \t]+as\b)", re.I)
_SAME_AS = re.compile(r"\bsame\s+(?:technique\s+)?as\s+(?:lesion\s+|site\s+)?#?\s*(\d{1,2}|[A-H])\b", re.I)


def _same_as_item(out: list[Service], segs: list[Segment], source: str) -> None:
    """"LESION #3 - L upper back, 4 mm macule / Technique: same as #2 (tangential)": a labelled item that names
    no procedure of its own repeats the referenced item's procedure at its own site and size."""
    for i, sg in enumerate(segs):
        if any(sg.start <= sv.base < sg.end for sv in out):
            continue
        if i and _SAME_PREV.match(sg.text) and find_sites(sg.text):
            # "1) LEFT hallux: lateral nail border ... avulsed" / "2) RIGHT hallux: same, lateral border"
            prev = [sv for sv in out if segs[i - 1].start <= sv.base < segs[i - 1].end]
            if len(prev) == 1 and _ITEM_RE.match(segs[i - 1].text):
                sv = fill(Service(prev[0].kind, source, sg.text, sg.start, from_note=True))
                sv.technique = sv.technique or prev[0].technique
                out.append(sv)
            continue
        m = _SAME_AS.search(sg.text)
        if m is None:
            continue
        ref = next((sv for sv in out if (sv.lesion_id or "").upper() == m.group(1).upper()), None)
        if ref is None or ref.kind not in _PER_LESION or not find_sites(sg.text[: m.start()]):
            continue
        sv = fill(Service(ref.kind, source, sg.text, sg.start, from_note=True))
        if sv.lesion_id is None or sv.lesion_id == ref.lesion_id:
            continue
        sv.technique = sv.technique or ref.technique
        out.append(sv)


_WOUND_LABEL = re.compile(r"[ \t]*(?:#[ \t]*(\d{1,2})|\(?(\d{1,2}|[a-hA-H])[.)])[ \t]+")


def _labelled_wounds(out: list[Service], segs: list[Segment], source: str) -> None:
    """Laceration notes that list the wounds and then their repairs by label ("#1 L volar forearm: 2.0 cm" ...
    "#1 layered: 4-0 Vicryl deep, 4-0 nylon"): each repair line takes its wound's site and length."""
    wounds: dict[str, tuple[Site, float]] = {}
    for sg in segs:
        m = _WOUND_LABEL.match(sg.text)
        if m is None or sg.section == "narrative":
            continue
        label = (m.group(1) or m.group(2)).lower()
        line = sg.text.split("\n", 1)[0]
        sites, sizes = find_sites(line), [x for x in tx.find_measures(line) if x.kind != "margin"]
        if sites and sizes and label not in wounds:
            wounds[label] = (sites[0], max(x.value_cm for x in sizes))
        elif (
            not sizes
            and label in wounds
            and (not sites or sites[0].region == wounds[label][0].region)
            and _SUTURED.search(line)
            and not any(sg.start <= sv.base < sg.end for sv in out)
        ):
            # "3. L volar forearm lac 2.0 cm" ... "3. L forearm - layered: 4-0 Vicryl deep": wound 3's repair
            sv = fill(Service("repair", source, line, sg.start, from_note=True))
            sv.site, sv.repair_len = wounds[label]
            sv.wounds = [wounds[label]]
            sv.repair_type = sv.repair_type or _repair_type_of(line) or "simple"
            out.append(sv)


_EACH_CLOSED = re.compile(
    r"\b(?:each|both|all(?:\s+(?:two|three|four|\d))?)\s+(?:(?:cuts?|wounds?|lacerations?|lacs?)\s+)?"
    r"(?:(?:was|were)\s+)?(?:\w+\s+){0,3}?(?:closed|repaired|sutured)\b|"
    r"\b(?:cuts?|wounds?|lacerations?|lacs?)\s+(?:were\s+)?(?:each|both|all)\s+(?:closed|repaired|sutured)\b",
    re.I,
)
_NOT_REPAIRED = re.compile(r"\babrasion|\bscrape|\bno\s+(?:stitches|sutures|closure|repair)|\bsteri|\bglue|dermabond", re.I)


def _listed_wounds(out: list[Service], segs: list[Segment]) -> None:
    """A laceration repair closing "each" of the wounds listed before it ("two clean cuts on the face." /
    "- chin, under the jaw line: 1.8 cm" / "- center of forehead: 1.5 cm" ... "Each closed in a single layer"):
    the listed wounds are its wounds, to be summed per anatomic group."""
    for sv in out:
        if sv.kind != "repair" or sv.repair_len is not None or sv.wounds or not _EACH_CLOSED.search(sv.text):
            continue
        found = []
        for sg in segs:
            if sg.end > sv.base or sg.section == "narrative":
                continue
            for line in sg.text.split("\n"):
                if not _ITEM_RE.match(line) or _NOT_REPAIRED.search(line):
                    continue
                sites = find_sites(line)
                sizes = [x for x in tx.find_measures(line) if x.kind not in ("margin", "depth")]
                if sites and len(sizes) == 1:
                    found.append((sites[0], sizes[0].value_cm))
        if len(found) >= 2:
            sv.wounds = found
            sv.site = found[0][0]
            sv.repair_len = round(sum(w[1] for w in found), 2)


def _flap_only(out: list[Service], segs: list[Segment], source: str) -> None:
    """A reconstruction note after another practice's Mohs ("Procedure: nasal sidewall advancement flap (V-Y)
    ... Total area 4.5 sq cm"): the flap is today's service, though no Mohs or excision of ours is."""
    if any(sv.kind in ("mohs", "excision", "flap") for sv in out):
        return
    for sg in segs:
        if sg.section in ("narrative", "consent"):
            continue
        for fm in _FLAP_RE.finditer(sg.text):
            if tx.assertion_in(sg.text, fm.start(), fm.end()) not in ("negated", "hypothetical", "historical"):
                sv = fill(Service("flap", source, sg.text, sg.start, from_note=True))
                if sv.area_sqcm:
                    out[:] = [o for o in out if o.kind != "repair" or o.repair_len]
                    out.append(sv)
                    return
                break


_TAG_WORD = re.compile(r"\b(?:skin\s+)?tags?\b|acrochord\w*|(?-i:\bST\b)(?!\.)", re.I)  # not "ST. BRENDAN"
_REMOVED = re.compile(r"\b(?:removed|snipped|clipped|excised|cut\s+off)\b", re.I)


def _implied_tag_removal(out: list[Service], segs: list[Segment], note_text: str, source: str) -> None:
    """A note about skin tags whose procedure line names no kind: "- removed all 22 today w/ iris scissors"."""
    if any(sv.kind in ("tag", "destruction", "shave", "excision") for sv in out):
        return
    if not _TAG_WORD.search(note_text):
        return
    for sg in segs:
        if sg.section in ("narrative", "consent"):
            continue
        m = _REMOVED.search(sg.text)
        if m is None or [k for k in _affirmed_kinds(sg.text) if k[0] in MAIN_KINDS]:
            continue
        if tx.assertion_in(sg.text, m.start(), m.end()) != "affirmed":
            continue
        sv = Service("tag", source, sg.text, sg.start, from_note=True)
        sv.trigger = sv.span(m.start(), m.end())
        sv.spans.append(sv.trigger)
        fill(sv)
        sv.dest_class = "tag"
        out.append(sv)
        return


def _counts_from_list(out: list[Service], segs: list[Segment]) -> None:
    """A counted service whose count is in the list items under it ("applied to upper back today:" /
    "- standard series: 50 allergens" / "- total allergens placed: 70"): a stated total, else the sum."""
    for sv in out:
        if sv.kind not in _COUNTED or sv.kind == "biopsy" or sv.count is not None:
            continue
        i = next((k for k, sg in enumerate(segs) if sg.start <= sv.base < sg.end), None)
        if i is None:
            continue
        found: list[tuple[int, Segment, bool]] = []
        for sg in segs[i + 1 : i + 10]:
            if sg.section in ("narrative", "consent") or [k for k in _affirmed_kinds(sg.text) if k[0] in MAIN_KINDS]:
                break
            cs = tx.find_counts(sg.text)
            tm = re.search(r"\btotal\b", sg.text, re.I)
            if tm and any(c[1] >= tm.start() or c[2] > tm.start() for c in cs):
                # "- Supplemental series: 15 allergens\n  TOTAL PATCHES APPLIED: 65": the count at the total
                found.append((next(c[0] for c in cs if c[1] >= tm.start() or c[2] > tm.start()), sg, True))
            elif cs:
                found.append((cs[0][0], sg, False))
        totals = [f for f in found if f[2]]
        if totals:
            n, sg, _ = totals[0]
        elif len(found) >= 2:
            n, sg = sum(f[0] for f in found), found[0][1]
        else:
            continue
        sv.count = n
        sv.spans.append(Span(sv.source, sg.start, sg.end, sg.text))


_ALLERGENS_N = re.compile(r"\b(\d{1,3})\s+allergens\b|\bseries\s+of\s+(\d{1,3})\b(?!\s*(?:cm|mm|mg|ml|%))", re.I)
_PLUS_SERIES = FoldedPattern(re.compile(
    r"\bplus\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,3}(?:series|panel|tray)\s+of\s+(\d{1,3})\b(?!\s*(?:cm|mm|mg|ml|%))", re.I
))
_ANY_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_CORRECTED_TOTAL = FoldedPattern(
    re.compile(r"\bcorrected\s+(?:total|count|number)\b[^.\n\d]{0,20}(\d{1,3})\b", re.I)
)
_PATCH_TOTAL = re.compile(
    r"\btotal\b[^.\n:\d]{0,30}[:=?]?\s*(?:A\s*[:.)]\s*)?(\d{1,3})\b(?!\s*(?:cm|mm|mg|ml|h\b|hours?|days?|%))|"
    r"\b(\d{1,3})[^\S\n]+(?:\w+[^\S\n]+)?(?:in[^\S\n]+)?total\b",
    re.I,
)


def _one_patch_session(out: list[Service], note_text: str) -> None:
    """Patch tests in one note are one application session: "[x] Expanded series - 80 allergens" /
    "[x] Cosmetic supplement - 16 allergens" / "Total chambers: 96" -> one service of 96 (a stated total, else
    the sum of the series)."""
    patches = [sv for sv in out if sv.kind == "patch"]
    fixed = tx.last(_CORRECTED_TOTAL.finditer(note_text))
    if patches and fixed is not None:
        # a signed addendum's "Corrected total: 37 patch tests applied today" replaces the note's total
        patches[0].count = int(fixed.group(1))
        patches[0].spans.append(Span(patches[0].source, fixed.start(), fixed.end(), fixed.group(0)))
        for sv in patches[1:]:
            out.remove(sv)
        return
    if len(patches) == 1 and patches[0].count is None:
        # "PATCH TEST LOG ..." / "Series: North American 80 Comprehensive series - 80 allergens": the count is in
        # the application lines, not beside the kind's name
        found = [
            m for m in _ALLERGENS_N.finditer(note_text)
            if tx.assertion_in(note_text, m.start(), m.end()) not in ("negated", "hypothetical", "historical")
        ]
        if found:
            vals = [int(m.group(1) or m.group(2)) for m in found]
            # "80 comprehensive series = 80 allergens" ... "80 allergens placed": one series told twice
            patches[0].count = vals[0] if len(set(vals)) == 1 else sum(vals)
            patches[0].spans.extend(Span(patches[0].source, m.start(), m.end(), m.group(0)) for m in found)
    if len(patches) < 2:
        return
    tm = _PATCH_TOTAL.search(note_text)
    counted = {sv.text: sv.count for sv in patches if sv.count}
    total = int(tm.group(1) or tm.group(2)) if tm else None
    if total is None or total < max(counted.values(), default=0):
        # "standard series of 36 allergens applied" (A&P) and "36 allergens applied" (Procedure): one series told
        # twice; different counts are different series
        vals = set(counted.values())
        total = sum(counted.values()) if len(vals) > 1 else max(vals, default=0) or None
    # the application's own write-up ("Number of allergens: 80") over a reason-for-visit line naming the test
    keep = next((sv for sv in patches if sv.count), None) or next(
        (sv for sv in patches if not _ANY_DATE.search(sv.text)), patches[0]
    )  # not the header line "patch test day 0 (eval done 05/12/2025)", which reads as an earlier visit
    keep.count = total
    for sv in patches:
        if sv is keep:
            continue
        keep.spans.extend(sp for sp in sv.spans if sp not in keep.spans)
        out.remove(sv)


_ITEM_LINE = re.compile(r"\s*(?:[-•*]\s*|\(?\d{1,2}[.)]\s*|[A-H][.):]\s*)?[A-Za-z][\w ,/'-]{0,40}\s*(?:-|:|–)\s")
_UNREMARKABLE = re.compile(
    r"\b(?:rest\s+of|otherwise|no\s+other|looks?\s+(?:ok|fine|normal|good)|clear|unremarkable|normal|healed|"
    r"scar)\b",
    re.I,
)


_GROUP_LINE = re.compile(
    r"(?:~|\babout\s|\bapprox\.?\s|\bseveral\b|\bmultiple\b|\bnumerous\b|\bmany\b|\bscattered\b)\s*(?:\S+\s+){0,4}?"
    r"(?:sks|lesions|papules|macules|keratoses|nevi|angiomas|lentigines)\b",
    re.I,
)


def _lesion_items(segs: list[Segment], skip: Segment | None) -> list[tuple[Segment, Site, tx.Measure]]:
    """Itemised lesions elsewhere in the note: one segment naming one site and one lesion size."""
    items = []
    lines: list[Segment] = []
    for sg0 in segs:  # one exam line per lesion, even when the lines form one paragraph
        if sg0 is skip:
            continue
        pos = 0
        for ln in sg0.text.split("\n"):
            if ln.strip():
                lines.append(Segment(sg0.start + pos, sg0.start + pos + len(ln), sg0.section, ln))
            pos += len(ln) + 1
    for sg in lines:
        if sg.section in ("narrative", "consent") or _NOT_DONE.search(sg.text):
            continue
        if any(n > 1 for n, _, _ in tx.find_counts(sg.text)) or _GROUP_LINE.search(sg.text):
            continue  # "Back/chest: ~20 typical 3-8 mm SKs": a group of lesions, not one lesion's line
        ms = [m for m in tx.find_measures(sg.text) if m.kind == "lesion"]
        sites = find_sites(sg.text)
        if (
            len(ms) == 1
            and len({(x.region, x.laterality) for x in sites}) == len(sites) > 1
            and _LESION_WORDS.search(sg.text[sites[1].start :])
            and sites[0].start <= ms[0].start < sites[1].start  # the size is the first site's
        ):
            # "R cheek: 0.7 cm crusted papule. L chin: crusted keratotic papule": each site its own lesion, the
            # second one unmeasured
            for k, x in enumerate(sites):
                end = sites[k + 1].start if k + 1 < len(sites) else len(sg.text)
                own = [m for m in ms if x.start <= m.start < end]
                items.append((Segment(sg.start + x.start, sg.start + end, sg.section, sg.text[x.start : end]),
                              x, own[0] if own else None))
        elif len(ms) == 1 and sites:
            items.append((sg, sites[0], ms[0]))
        elif (
            not ms
            and sites
            and len({x.region for x in sites}) == 1
            and sg.section in ("other", "procedure")
            and _ITEM_LINE.match(sg.text)
            and not _UNREMARKABLE.search(sg.text)
            and not find_kinds(sg.text)
        ):
            items.append((sg, sites[0], None))  # "Crown scalp - raised keratotic papule": a lesion, size missing
        elif len(ms) > 1 and sites:
            # "The left cheek lesion measures four millimeters, the right upper arm lesion eight millimeters,
            # and the scalp lesion one point two centimeters": each size with the site named just before it
            prev_end = 0
            for m in ms:
                near = [x for x in sites if prev_end <= x.start < m.start]
                if near:
                    a = near[-1].start
                    items.append((Segment(sg.start + a, sg.start + m.end, sg.section, sg.text[a : m.end]), near[-1], m))
                prev_end = m.end
    return items


_LESION_WORDS = re.compile(r"\b(?:papules?|plaques?|nodules?|lesions?|macules?|growths?|spots?|cysts?)\b", re.I)


def _split_by_defect_lines(sv: Service) -> list[Service]:
    """Malignant destruction of several tumours written one line each ("each lesion was curetted ..." /
    "Right upper back: final defect after curettage 1.0 cm" / "Left flank: final defect 1.3 cm"): one service per
    line, sized by its own final defect."""
    pairs = []
    pos = 0
    for line in sv.text.split("\n"):
        sites = find_sites(line)
        ds = [m for m in tx.find_measures(line) if m.kind == "defect"]
        if sites and len(ds) == 1:
            pairs.append((pos, line, sites[0], ds[0].value_cm))
        pos += len(line) + 1
    if len(pairs) < 2 or len({(x.region, x.laterality, x.text.lower()) for _, _, x, _ in pairs}) != len(pairs):
        return [sv]
    out = []
    for start, line, site, defect in pairs:
        c = _part_of(sv, line, start)
        c.site, c.sites, c.defect_cm, c.count = site, [site], defect, None
        c.technique, c.dest_class = sv.technique, sv.dest_class
        c.dx, c.dx_categories = c.dx or sv.dx, c.dx_categories or sv.dx_categories
        c.spans.extend(sp for sp in sv.spans if sp not in c.spans)
        out.append(c)
    return out


def _split_by_measured_site(sv: Service) -> list[Service]:
    """One dictated paragraph about two lesions ("the first is on the right side of her neck ... measuring 0.7
    centimeters ..., the second one is on the left flank ... measuring 1.4 by 1.0 centimeters ... shave removal of
    both"): one service per measured lesion, each at the site named before its size."""
    if sv.kind == "destruction":
        return _split_by_defect_lines(sv)  # only a malignant destruction documents final defects
    if sv.kind not in ("shave", "excision") or not sv.count or sv.count < 2 or len(sv.sizes) != sv.count:
        return [sv]
    sites = find_sites(sv.text)
    pairs = []
    for m in tx.find_measures(sv.text):
        if m.kind != "lesion":
            continue
        near = [x for x in sites if x.end <= m.start and m.start - x.end < 250]
        if near:
            pairs.append((near[-1], m.value_cm))
    if len(pairs) != sv.count or len({(x.region, x.laterality, x.text.lower()) for x, _ in pairs}) != sv.count:
        return [sv]
    out = []
    for k, (site, size) in enumerate(pairs):
        end = pairs[k + 1][0].start if k + 1 < len(pairs) else len(sv.text)
        c = _part_of(sv, sv.text[site.start : end], site.start)  # its own diagnosis words ("irritated nevus")
        c.site, c.sites, c.sizes, c.count = site, [site], [size], None
        c.spans.extend(sp for sp in sv.spans if sp not in c.spans)
        out.append(c)
    return out


def _expand_counted_lesions(out: list[Service], segs: list[Segment]) -> None:
    """"Shave removal of all three today" after an exam listing three lesions with sites and sizes: one
    service per lesion. "PROCEDURE: shave removal x2" under two A&P items that each say "shave removal
    performed": a summary of those two, not two more."""
    each = [sv for sv in out if sv.kind in ("shave", "excision") and not sv.count and _EACH_LESION.search(sv.text)]
    for sv in each + [sv for sv in out if sv not in each]:  # "Each lesion removed by shave" first, then "x3"
        if sv.kind not in ("shave", "excision") or len(sv.sizes) > 1 and sv not in each:
            continue
        if sv not in each and (not sv.count or sv.count < 2):
            continue
        if sv not in out:
            continue
        if sv not in each and any(
            o is not sv and o.kind == sv.kind and o.count == sv.count and o.site is not None and sv.site is not None
            and o.site.region == sv.site.region and out.index(o) < out.index(sv) for o in out
        ):
            continue  # "2. Shave removal of two SKs, right temple" retold in the description: those two, not more
        own = next((sg for sg in segs if sg.start <= sv.base < sg.end), None)
        sized = [o for o in out if o is not sv and o.kind == sv.kind and o.sizes and o not in each]
        # "Shave removal of both today" over "Site 1: mid back ... 0.8 cm" / "Site 2: L chest (size not entered)":
        # the summary of the labelled items, sized or not
        labelled = [o for o in out if o is not sv and o.kind == sv.kind and o.lesion_id and o.site is not None]
        if sv not in each and (len(sized) >= sv.count or len(labelled) >= sv.count):
            out.remove(sv)
            continue
        items = _lesion_items(segs, own)
        seen: set[str] = set()
        uniq = []
        for it in items:
            key = (it[1].laterality or "") + it[1].text.lower()
            if key not in seen:
                seen.add(key)
                uniq.append(it)
        if sv in each:
            uniq = [it for it in uniq if it[0].start < sv.base]  # the list the sentence refers back to
            if len(uniq) < 2 or sized:
                continue
            sv.count = len(uniq)  # "(1) R nasal sidewall - 0.4 cm ... (3) Mid back - 5 mm ...": each listed lesion
        elif len(uniq) != sv.count or sized:
            continue
        i = out.index(sv)
        clones = []
        for sg, site, m in uniq:
            c = Service(sv.kind, sv.source, sg.text, sg.start, from_note=True)
            c.trigger = sv.trigger
            c.spans = [sv.trigger] if sv.trigger else []
            fill(c)
            c.site, c.count = site, None
            c.sizes = [m.value_cm] if m is not None else []
            c.technique = c.technique or sv.technique
            if not c.dx:
                c.dx, c.dx_categories = sv.dx, sv.dx_categories
            if c.kind == "excision":
                c.margin_cm = c.margin_cm if c.margin_cm is not None else sv.margin_cm
                c.malignant = excision_malignant(c)
            clones.append(c)
        out[i : i + 1] = clones


_EACH_LESION = FoldedPattern(re.compile(
    r"\b(?:each|every)\s+(?:lesion|spot|growth|one)\b|\ball\s+(?:three|four|five|3|4|5)\s+(?:lesions|spots)\b", re.I
))
_SIZED = ("shave", "excision", "destruction", "mohs")
_COUNTED = ("destruction", "tag", "injection", "paring", "nail_debridement", "patch", "biopsy")
_COUNT_HEADER = re.compile(
    r"^(?:count|number|no\.?|#|qty|quantity|lesions?(?:\s+treated)?|n|total|(?:allergens?|antigens?|(?:patch\s+)?tests?)"
    r"(?:\s+(?:applied|placed|tested))?|#\s*(?:allergens?|tests?))$",
    re.I,
)


def table_count(text: str, within: tuple[int, int] | None = None) -> tuple[int, int, int] | None:
    """Sum of a "Count" column in a pipe table ("Site | Count" / "Scalp | 9" ...): (total, start, end).
    ``within`` = (start, end): only the rows inside that stretch of ``text`` are summed."""
    lines = text.split("\n")
    offs = _line_starts(lines)
    for i, ln in enumerate(lines):
        if "|" not in ln:
            continue
        cells = [c.strip() for c in ln.split("|")]
        col = next((j for j, c in enumerate(cells) if _COUNT_HEADER.match(c)), None)
        if col is None:
            continue
        total = 0
        end = offs[i] + len(ln)
        values = []
        for k, cell in _column_cells(lines, i, len(cells), col):
            m = re.match(r"^(\d{1,3})\b", cell)
            if not m:
                continue
            values.append(int(m.group(1)))
            if within is not None and not (within[0] <= offs[k] < within[1]):
                continue
            total += int(m.group(1))
            end = offs[k] + len(lines[k])
        if len(values) > 1 and values == list(range(1, len(values) + 1)):
            continue  # "# | Site | ..." numbered 1, 2, 3, 4: the row numbers, not counts
        if total:
            return total, offs[i], end
    return None


_PROVEN_AFTER = re.compile(r"[\s-]*(?:proven|confirmed|documented)\b", re.I)


def _sites_for_kind(seg_text: str, sv: Service, own: bool = False) -> tuple[Site, ...]:
    """The sites of ``seg_text`` that belong to ``sv``: attributed per sentence/list item, so a list
    "1) Shave biopsy R upper back. 2) LN2 to 5 AKs of the face" gives the destruction the face, not the back.
    A sentence naming the same kind (or the service's diagnosis) wins; sentences about another procedure are
    skipped; a segment without any procedure sentence gives all its sites (an exam line). In the service's
    ``own`` segment the sites of the other sentences remain the last resort ("Lesion R ala ... biopsy ...
    Mohs performed" is one lesion)."""
    sites = find_sites(seg_text)
    if not sites:
        return ()
    kinds = [
        k
        for k in find_kinds(seg_text)
        if k[0] in MAIN_KINDS and not _PROVEN_AFTER.match(seg_text, k[2])  # "biopsy-proven BCC": history
        and tx.assertion_in(seg_text, k[1], k[2]) != "negated"  # "no bx yet": names no procedure
    ]
    if not kinds or all(k[0] == sv.kind for k in kinds) and len(kinds) == 1:
        return sites
    same: list[Site] = []
    related: list[Site] = []
    neutral: list[Site] = []
    for a, b in tx.sentences(seg_text):
        ss = [x for x in sites if a <= x.start < b]
        if not ss:
            continue
        ks = {k[0] for k in kinds if a <= k[1] < b}
        if sv.kind in ks:
            same.extend(ss)
        elif not ks:
            cats = {d.category for d in find_dx(seg_text[a:b])}
            (related if cats & sv.dx_categories else neutral).extend(ss)
    return tuple(same or related or neutral) or (sites if own else ())


_DESTROYED_ONLY = {"ak", "wart", "plantar_wart", "molluscum", "condyloma", "skin_tag"}


def _only_destroyable(text: str) -> bool:
    cats = {d.category for d in find_dx(text)}
    return bool(cats) and cats <= _DESTROYED_ONLY


def _fallback_from_note(out: list[Service], segs: list[Segment], note_text: str = "") -> None:
    """A service without a site (or size) takes them from the nearest earlier segment that documents a
    site (typically the exam), e.g. "Exam: lumbar midline, 24 mm plaque" + "Procedure: shave removal"; a
    count-based service without a count takes the total of a "Count" table column."""
    if note_text and "|" in note_text:
        tc = None
        for sv in out:
            if sv.kind in _COUNTED and sv.count is None and sv.kind != "biopsy":
                if tc is None:
                    tc = table_count(note_text) or (0, 0, 0)
                own = table_count(note_text, (sv.base, sv.base + len(sv.text))) if tc[0] else None
                if own and own[0] < tc[0]:
                    # the service is one row of a table listing several procedures: that row's count only
                    sv.count = own[0]
                    sv.spans.append(Span(sv.source, own[1], own[2], note_text[own[1] : own[2]]))
                elif tc[0]:
                    sv.count = tc[0]
                    sv.spans.append(Span(sv.source, tc[1], tc[2], note_text[tc[1] : tc[2]]))
    for sv in out:
        # "cryo to the AKs of the scalp, hands and forehead as above": the count is in the exam
        if sv.kind in _COUNTED and sv.kind != "biopsy" and sv.count is None and _as_above_own(sv):
            named = [o for o in out if o is not sv and o.kind == sv.kind and o.count and o.base < sv.base]
            if named:  # "LN2 to scalp AKs as above" after "AKs, scalp x5 - LN2": that service, not another
                sv.count = named[-1].count
                continue
            for sg in reversed([sg for sg in segs if sg.end <= sv.base + 1]):
                c = _site_counts(sg.text) or _site_then_counts(sg.text)  # "... 3 on the L ear" / "scalp x7"
                if not c and sv.kind == "paring":  # "two corns (...), three calluses (...)": all of the above
                    found = [n for n, _, _ in tx.find_counts(sg.text) if 0 < n < 20]
                    c = sum(found) if len(found) > 1 else None
                if c:
                    sv.count = c
                    sv.spans.append(Span(sv.source, sg.start, sg.end, sg.text))
                    break
    for sv in out:
        # "... skin tags ... a large number around the neck" / "I removed the symptomatic ones today: nine on
        # the neck, seven in the right axilla and six in the left axilla": the count is in the removal sentence
        if sv.kind in ("tag", "destruction", "paring") and sv.count is None and not sv.provided_code:
            for sg in segs:
                if sg.start <= sv.base or sg.section == "narrative":
                    continue
                for a, b in tx.sentences(sg.text):
                    sent = sg.text[a:b]
                    if _DONE_VERB.search(sent) and (c := _site_counts(sent)):
                        sv.count = c
                        sv.spans.append(Span(sv.source, sg.start + a, sg.start + b, sent))
                        break
                if sv.count:
                    break
    # "2. AKs x4 - LN2 (separate sites from #1)": the lesions are elsewhere than the items above
    lacking = [sv for sv in out if sv.site is None and not _SEPARATE_SITES.search(sv.text)]
    for sv in lacking:
        cands = [sg for sg in segs if sg.end <= sv.base + 1 or sg.start <= sv.base < sg.end]
        cands = [sg for sg in cands if not (sg.start <= sv.base < sg.end)] or cands
        src = None
        for sg in reversed(cands):
            own_seg = sg.start <= sv.base < sg.end
            if not own_seg and (_NOT_DONE.search(sg.text) or sg.section == "narrative"):
                # "AK L temple: will freeze at the next visit; not treated today", "PMH: SCC L dorsal hand excised
                # 2018": not this lesion
                continue
            if not own_seg and _ITEM_RE.match(sg.text) and any(
                _ITEM_RE.match(o.text) and o.section == sg.section for o in segs if o.start <= sv.base < o.end
            ):
                continue  # "2. Inflamed SKs x2 - LN2 as above" takes no site from "1. ... SKs on the trunk ..."
            if not own_seg and sv.kind in ("excision", "mohs") and _only_destroyable(sg.text):
                continue  # "2. AK, L temple." is not the site of the excision below it
            # "Dx: nodular BCC R mid cheek, shave bx 07/15": the diagnosis line names the lesion's site
            sites = (find_sites(sg.text) if _DX_LINE.match(sg.text) else ()) or _sites_for_kind(sg.text, sv, own=own_seg)
            if sites:
                src = (sg, sites)
                break
        if src is None:
            continue
        sg, sites = src
        sv.site = sites[0]
        sv.sites = sites
        if (
            sv.kind in _SIZED
            and not sv.sizes
            and sv.excised_cm is None
            and len([o for o in out if o.kind == sv.kind]) == 1
        ):
            for sg2 in [sg] + [x for x in reversed(cands) if x is not sg]:
                ms = [m for m in tx.find_measures(sg2.text) if m.kind == "lesion"]
                if ms:
                    m0 = max(ms, key=lambda m: m.value_cm)
                    sv.sizes = [m0.value_cm]
                    sv.spans.append(Span(sv.source, sg2.start + m0.start, sg2.start + m0.end, m0.text))
                    break
        if not sv.dx:
            for sg2 in [sg] + [x for x in reversed(cands) if x is not sg]:
                d2 = find_dx(sg2.text)
                if d2:
                    sv.dx = d2
                    sv.dx_categories = {d.category for d in d2}
                    break
            if sv.kind == "destruction" and sv.dest_class == "unknown":
                sv.dest_class = destruction_class(sv)


def ceil_units(mg: float, per: float = 10.0) -> int:
    return max(1, math.ceil(round(mg / per, 6)))
