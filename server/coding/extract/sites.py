"""Anatomy lexicon: free-text body sites → region → CPT site groups, repair groups, Mohs group and ICD-10-CM
site axes (region + laterality + eyelid upper/lower)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from server.coding.extract.scan import FoldedScanner

# (pattern, region). Ordered most specific first; matching keeps the earliest pattern on overlaps.
_LEX: list[tuple[str, str]] = [
    (
        r"(?:back|dorsum|dorsal\s+(?:surface|aspect)?\s*)\s+of\s+(?:the\s+)?(?:(?:left|right|l|r)\s+)?hands?",
        "hand",
    ),
    (
        r"(?:back|dorsum|top|dorsal\s+(?:surface|aspect)?\s*)\s+of\s+(?:the\s+)?(?:(?:left|right|l|r)\s+)?(?:"
        r"foo"
        r"t|feet)",
        "foot",
    ),
    (
        r"(?:dorsum|bridge)\s+of\s+(?:the\s+)?nose|nasal\s+(?:ala|alar|tip|dorsum|bridge|sidewall|side\s*wall"
        r"|br"
        r"idge|"
        r"vestibule|rim|root|supratip)|alar\s+(?:rim|crease|groove|base)?|\bala\b|nasal|nose|columella|"
        r"nasal\s+(?:sill)|infratip|supratip|nasofacial|nasion",
        "nose",
    ),
    (
        r"(?:upper|lower|superior|inferior)\s+(?:eye)?lids?|eye\s*lids?|eyelids?|palpebral|canth(?:us|al)|li"
        r"d\s+"
        r"margin|"
        r"(?:upper|lower)\s+lid",
        "eyelid",
    ),
    (
        r"vermill?ion(?:\s+border)?|(?:upper|lower)\s+lip|lips?\b|philtrum|labial\s+commissure|oral\s+commiss"
        r"ure"
        r"|"
        r"commissure",
        "lip",
    ),
    (
        r"(?:oral|buccal|labial|gingival|nasal|genital|vaginal)\s+mucosa|mucosal?|mucous\s+membranes?|tongue|"
        r"gingiva|palate|conjunctiva",
        "mucosa",
    ),
    (
        r"(?:ear\s*lobes?|(?<!calcified\s)(?<!fat\s)(?<!fatty\s)lobules?(?!\s+(?:of\s+)?(?:fat|calcif|tumou?r|cells?))|helix|helical\s+rim|helical|antihelix|anti-helix|tragus|antitragus|concha|"
        r"scapha|auricle|auricular|pinna|post[- ]?auricular|retro[- ]?auricular|ears?)\b",
        "ear",
    ),
    (r"fore\s*head|frontal\s+(?:region|area)|brow\b|glabella|glabellar", "forehead"),
    (r"eyebrows?", "forehead"),
    (
        r"cheeks?|malar|zygoma(?:tic)?|nasolabial(?:\s+fold)?|pre[- ]?auricular|buccal|infraorbital|"
        r"melolabial|submalar",
        "cheek",
    ),
    (r"chin|mental\s+region|mentum|jaw\s*line|jaw|mandib(?:le|ular)|submental", "chin"),
    (r"peri[- ]?oral|perioral|mouth", "mouth"),
    (
        r"temples?|temporal(?:\s+region)?|peri[- ]?orbital|periocular|(?<!\ben\s)face|facial|central\s+face|lateral\s+fa"
        r"ce|"
        r"sideburn|infra-?orbital",
        "face",
    ),
    (r"scalp|vertex|crown|occipital|occiput|parietal|hairline", "scalp"),
    (
        r"(?:anterior|posterior|lateral|left|right)?\s*neck|nape|supraclavicular|submandibular|cervical",
        "neck",
    ),
    (r"axilla(?:e|ry)?|armpits?|underarms?", "axilla"),
    (
        r"thumbs?|fingers?|finger\s*tips?|digits?\s+of\s+(?:the\s+)?hand|palms?|palmar|knuckles?|"
        r"hands?(?![- ]?(?:mirror|held|hygiene|wash\w*|written|sanitizer|lotion|signed))|"
        r"(?:index|middle|ring|small|little|pinky)\s+finger|\bdigit\b|fingernails?|nail\s*folds?(?!\s+of\s+(?"
        r":th"
        r"e\s+)?"
        r"(?:great|big|\w+)\s+toe)|cuticle|thenar|hypothenar|\bmcp\b|\bpip\b|\bdip\b",
        "hand",
    ),
    (
        r"(?:great|big|second|third|fourth|fifth|little|small)\s+toes?|toes?|hallux|halluces|soles?|plantar|h"
        r"eel"
        r"s?|"
        r"feet|foot|instep|arch\s+of|toenails?|hallucal|metatarsal|interdigital",
        "foot",
    ),
    (
        r"penis|penile|scrotum|scrotal|vulva|vulvar|labia(?:l)?(?:\s+majora|\s+minora)?|glans|shaft|perine(?:"
        r"um|"
        r"al)|"
        r"peri[- ]?anal|perianal|anal|genital(?:s|ia)?|pubic|mons\s+pubis|groin|inguinal",
        "genitalia",
    ),
    (r"breasts?|nipples?|areola[re]?|inframammary|mammary", "breast"),
    (
        r"(?:upper|lower|mid|middle)[- ]?back|"
        # "she is back for her six week check", "it came back": returning, not the site
        r"(?<!\bis\s)(?<!\bold\s)(?<!\bcame\s)(?<!\bcome\s)(?<!comes\s)(?<!coming\s)(?<!\bbe\s)(?<!\bis\s\s)(?<!'s\s)"
        r"(?<!grew\s)(?<!grown\s)(?<!growing\s)(?<!grow\s)(?<!grows\s)(?<!went\s)(?<!returns\s)(?<!returned\s)(?<!called\s)(?<!call\s)"
        # ("avulsed back to the matrix", "debrided both edges back to healthy dermis": a direction)
        r"back\b(?!\s+(?:to|into)\b)(?!\s+of\s+(?:the\s+|his\s+|her\s+|my\s+)?(?:(?:left|right|l|r)\s+)?(?:upper\s+|lower\s+)?(?:fore)?"
        r"(?:arm|hand|neck|leg|calf|thigh|knee|head|ear|scalp|shoulder|wrist|finger|thumb|heel|ankle|foot))|chest|thorax|thoracic|abdomen|abdominal|belly|umbilic(?:"
        r"us|"
        r"al)|"
        r"flanks?|trunk|torso|lumbar|sacr(?:um|al)|scapula(?:r)?|shoulder\s+blade|buttocks?|gluteal|glutes?|"
        r"hips?|waist|sternum|sternal|pre[- ]?sternal|epigastric|periumbilical|lumbosacral|coccyx|"
        r"(?:upper|lower)\s+quadrant|paraspinal|costal|rib|clavicle|clavicular|infraclavicular|"
        r"presternal|decollet(?:e|age)|intergluteal|natal\s+cleft|suprapubic|pelvi[sc]",
        "trunk",
    ),
    (
        r"shoulders?|deltoid|(?:upper\s+)?arms?|forearms?|antecubital|elbows?|wrists?|biceps|triceps|"
        r"upper\s+extremit(?:y|ies)|extensor\s+forearm|volar\s+forearm|olecranon",
        "arm",
    ),
    (
        r"thighs?|knees?|legs?|shins?|calf|calves|ankles?|pretibial|popliteal|lower\s+extremit(?:y|ies)|"
        r"malleol(?:us|i|ar)|patella[r]?|achilles|gastrocnemius|tibia[l]?|extremit(?:y|ies)",
        "leg",
    ),
]

_LEX_RE = [(re.compile(r"\b(?:" + p + r")", re.I), region) for p, region in _LEX]
# one pass: alternatives in priority order, each a named group g<i> -> region
_LEX_ONE = re.compile(
    r"\b(?=[a-z])(?:" + "|".join(rf"(?P<g{i}>{p})(?![a-z])" for i, (p, _) in enumerate(_LEX)) + ")", re.I
)
_LEX_REGION = {f"g{i}": region for i, (_, region) in enumerate(_LEX)}
_LAT_RE = re.compile(r"\b(left|right|lt\.?|rt\.?|l|r|bilateral|bilat\.?)\b(?!\s*(?:=|:))", re.I)
_UPPER_RE = re.compile(r"\b(?:upper|superior)\b", re.I)
_LOWER_RE = re.compile(r"\b(?:lower|inferior)\b", re.I)

# region -> shave/excision/destruction site group
SITE_GROUP = {
    "trunk": "TAL",
    "breast": "TAL",
    "arm": "TAL",
    "leg": "TAL",
    "axilla": "TAL",
    "scalp": "SNHFG",
    "neck": "SNHFG",
    "hand": "SNHFG",
    "foot": "SNHFG",
    "genitalia": "SNHFG",
    "face": "FEENLM",
    "forehead": "FEENLM",
    "cheek": "FEENLM",
    "chin": "FEENLM",
    "mouth": "FEENLM",
    "ear": "FEENLM",
    "eyelid": "FEENLM",
    "nose": "FEENLM",
    "lip": "FEENLM",
    "mucosa": "FEENLM",
}
# repair groups by complexity (keys of the code tables in families.repair)
SIMPLE_GROUP = {r: ("F" if g == "FEENLM" else "A") for r, g in SITE_GROUP.items()}
INTERMEDIATE_GROUP = {
    r: ("F" if g == "FEENLM" else ("NHFG" if r in ("neck", "hand", "foot", "genitalia") else "SATE"))
    for r, g in SITE_GROUP.items()
}
COMPLEX_GROUP = {
    "trunk": "T",
    "breast": "T",
    "scalp": "SAL",
    "arm": "SAL",
    "leg": "SAL",
    "forehead": "FCCM",
    "cheek": "FCCM",
    "chin": "FCCM",
    "mouth": "FCCM",
    "face": "FCCM",
    "neck": "FCCM",
    "axilla": "FCCM",
    "genitalia": "FCCM",
    "hand": "FCCM",
    "foot": "FCCM",
    "eyelid": "ENEL",
    "nose": "ENEL",
    "ear": "ENEL",
    "lip": "ENEL",
    "mucosa": "ENEL",
}
# ICD-10-CM skin site axis
ICD_REGION = {
    "lip": "lip",
    "eyelid": "eyelid",
    "ear": "ear",
    "nose": "nose",
    "face": "face",
    "forehead": "face",
    "cheek": "face",
    "chin": "face",
    "mouth": "face",
    "mucosa": "face",
    "scalp": "scalp_neck",
    "neck": "scalp_neck",
    "trunk": "trunk",
    "breast": "breast",
    "axilla": "trunk",
    "genitalia": "trunk",
    "arm": "upper_limb",
    "hand": "upper_limb",
    "leg": "lower_limb",
    "foot": "lower_limb",
}


@dataclass(frozen=True, slots=True)
class Site:
    region: str
    text: str
    start: int
    end: int
    laterality: str | None = None  # "R" | "L" | "B"
    upper_lower: str | None = None  # eyelid "U" | "L"

    @property
    def site_group(self) -> str:
        return SITE_GROUP[self.region]

    @property
    def icd_region(self) -> str:
        return ICD_REGION[self.region]

    @property
    def mohs_head(self) -> bool:
        return SITE_GROUP[self.region] != "TAL"


def _lat(word: str) -> str | None:
    w = word.lower().rstrip(".")
    if w in ("left", "lt", "l"):
        return "L"
    if w in ("right", "rt", "r"):
        return "R"
    if w.startswith("bilat"):
        return "B"
    return None


_QUAL_RE = re.compile(
    r"((?:left|right|lt|rt|upper|lower|mid|central|medial|lateral|anterior|posterior|"
    r"superior|inferior|proximal|distal|dorsal|ventral|volar|inner|outer)[\s,]+){1,3}$",
    re.I,
)
_LAT_AFTER_RE = re.compile(
    r"^\W{0,3}\(?\s*(left|right|lt\.?|rt\.?|l|r|bilateral|bilat\.?)\b(?!\s*(?:=|:))", re.I
)


_LEX_SCAN = FoldedScanner(_LEX_ONE, lexicon=True)
_SITE_FOLDED = tuple(
    FoldedScanner(p).lower_rx or p for p in (_LAT_RE, _LAT_AFTER_RE, _UPPER_RE, _LOWER_RE, _QUAL_RE)
)


_NODES_AFTER = re.compile(r"(?:\s*(?:,|or|and|/)\s*[a-z]+){0,3}\s+(?:lymph\s+)?(?:nodes?\b|(?:lymph)?adenopathy|lns?\b)")
_NERVE_AFTER = re.compile(r"\s+nerves?\b")
_START = attrgetter("start")
# _QUAL_RE's words, and the characters its [\s,] matches in ASCII text
_QUAL_WORDS = tuple(
    "left right lt rt upper lower mid central medial lateral anterior posterior superior inferior proximal distal "
    "dorsal ventral volar inner outer".split()
)
_SPACE_COMMA = " \t\n\r\f\v\x1c\x1d\x1e\x1f,"


@lru_cache(maxsize=8192)
def find_sites(text: str) -> tuple[Site, ...]:
    """All anatomic sites in ``text`` with laterality (looked up just before the site, then just after)."""
    found: list[Site] = []
    folded = text.isascii()
    if folded:  # case-folded context scans on the lower-cased text (same offsets; extract/scan.py)
        low, lat_rx, after_rx, up_rx, lo_rx, qual_rx = text.lower(), *_SITE_FOLDED
    else:
        low, lat_rx, after_rx, up_rx, lo_rx, qual_rx = (
            text,
            _LAT_RE,
            _LAT_AFTER_RE,
            _UPPER_RE,
            _LOWER_RE,
            _QUAL_RE,
        )
    lex_region = _LEX_REGION
    for m in _LEX_SCAN.finditer(text, low if folded else None):
        region = lex_region[m.lastgroup]
        s, e = m.span()
        if region == "ear" and low[max(0, s - 4) : s] in ("dog-", "dog "):
            continue  # "after removal of dog-ears": the repair's standing cones, not the ear
        if _NODES_AFTER.match(low, e):
            continue  # "No palpable axillary or epitrochlear nodes": a lymph-node exam, not a skin site
        if _NERVE_AFTER.match(low, e):
            continue  # "posterior tibial nerve block": the anesthesia's nerve, not the lesion's site
        before = low[max(0, s - 30) : s]
        lat = None
        nl = before.rfind("\n")
        if nl >= 0 and nl < len(before) - 1:
            before = before[nl + 1 :]
        for lm in lat_rx.finditer(before):
            lat = _lat(lm.group(1))
        if lat is None:
            am = after_rx.match(low[e : e + 14])
            if am:
                lat = _lat(am.group(1))
        if lat is None:
            lm = lat_rx.search(low[s:e])
            if lm:
                lat = _lat(lm.group(1))
        ul = None
        ctx = low[max(0, s - 12) : e]
        # the folded context is lower case: a word the pattern needs is looked for first
        if (not folded or "upper" in ctx or "superior" in ctx) and up_rx.search(ctx):
            ul = "U"
        elif (not folded or "lower" in ctx or "inferior" in ctx) and lo_rx.search(ctx):
            ul = "L"
        # extend the displayed text to a preceding laterality/qualifier word (on the folded text: only when
        # ``before`` ends with one of the words and spaces or commas)
        ds = s
        if not folded or before.rstrip(_SPACE_COMMA).endswith(_QUAL_WORDS):
            q = qual_rx.search(before)
            if q:
                ds = s - (len(before) - q.start())
        found.append(Site(region, text[ds:e], ds, e, lat, ul))
    if len(found) > 1:
        found.sort(key=_START)
    return tuple(found)


def best_site(text: str) -> Site | None:
    sites = find_sites(text)
    return sites[0] if sites else None
