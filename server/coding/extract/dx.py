"""Diagnosis text → ICD-10-CM (site- and laterality-aware) for the common dermatology diagnoses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from server.coding.extract import text as tx
from server.coding.extract.scan import FoldedScanner
from server.coding.extract.sites import Site
from server.coding.extract.sites import find_sites

# category -> regex (ordered: specific first)
_DX: list[tuple[str, str]] = [
    ("hx_melanoma", r"(?:history\s+of|hx\s+of|h/o|personal\s+history\s+of|s/p)\s+(?:invasive\s+)?melanoma"),
    (
        "hx_skin_ca",
        r"(?:history\s+of|hx\s+of|h/o|personal\s+history\s+of)\s+(?:(?:basal|squamous)\s+cell|bcc|"
        r"scc|"
        r"non-?melanoma|nmsc|skin\s+cancer)",
    ),
    ("mis", r"melanoma\s+in[- ]situ|\bmis\b|lentigo\s+maligna(?!\s+melanoma)"),
    ("melanoma", r"melanoma"),
    (
        "sccis",
        r"squamous\s+cell\s+carcinoma\s+in[- ]situ|scc\s*is\b|\bsccis\b|scc\s+in[- ]situ|bowen'?s?(?:\s"
        r"+disease)?|"
        r"carcinoma\s+in[- ]situ|keratoacanthoma",
    ),
    ("bcc", r"basal\s+cell\s+(?:carcinoma|ca\b|epithelioma)|\bbcc'?s?\b|rodent\s+ulcer|basalioma"),
    ("scc", r"squamous\s+cell\s+(?:carcinoma|ca\b)|\bscc'?s?\b|cutaneous\s+scc"),
    ("merkel", r"merkel"),
    (
        "ak",
        r"actinic\s+keratos[ie]s|solar\s+keratos[ie]s|\baks?\b|actinic\s+cheilitis|pre-?cancerous|premalig"
        r"nant",
    ),
    ("photoaging", r"photo-?aging|photo-?ageing|dermatoheliosis|solar\s+elastosis"),
    (
        "isk",
        r"(?:irritated|inflamed)(?:,?\s+(?:and\s+)?[a-z-]+){0,2},?\s+(?:seborrh?eic\s+keratos[ie]s|sks?\b"
        r")|"
        r"\bisks?\b|"
        r"seborrheic\s+keratos[ie]s,?\s+(?:irritated|inflamed)",
    ),
    ("sk", r"seborrh?eic\s+keratos[ie]s|\bsks?\b|seb\s*k\b|dermatosis\s+papulosa\s+nigra"),
    ("plantar_wart", r"plantar\s+(?:warts?|verruca[e]?)|verruca[e]?\s+plantaris"),
    ("condyloma", r"condylomata?(?:\s+acuminata)?|genital\s+warts?|anogenital\s+warts?|venereal\s+warts?"),
    ("wart", r"verruca[e]?(?:\s+vulgaris|\s+plana)?|warts?|periungual\s+warts?"),
    ("molluscum", r"molluscum(?:\s+contagiosum)?"),
    ("atypical_nevus", r"(?:atypical|dysplastic|changing|irregular)\s+(?:\w+\s+)?(?:nev(?:us|i)|moles?)"),
    ("nevus", r"nev(?:us|i)|moles?\b|melanocytic"),
    ("dermatofibroma", r"dermatofibroma|\bdf\b|benign\s+fibrous\s+histiocytoma"),
    ("lipoma", r"lipomas?"),
    ("pilar_cyst", r"pilar\s+cysts?|trichilemmal\s+cysts?"),
    ("seb_cyst", r"sebaceous\s+cysts?"),
    (
        "cyst",
        r"(?:epidermal|epidermoid|epidermal\s+inclusion|inclusion|infundibular)\s+cysts?|\beics?\b|milia"
        r"|milium|"
        r"cysts?",
    ),
    ("skin_tag", r"skin\s+tags?|acrochord(?:on|a|ons)|fibroepithelial\s+polyps?|soft\s+fibromas?"),
    ("keloid", r"keloids?|hypertrophic\s+scars?"),
    ("psoriasis", r"psoria(?:sis|tic\s+plaques?)"),
    ("atopic", r"atopic\s+dermatitis|atopic\s+eczema"),
    ("eczema", r"eczema|dermatitis,?\s+unspecified"),
    ("acd", r"allergic\s+contact\s+dermatitis"),
    ("contact_derm", r"contact\s+dermatitis"),
    ("acne", r"acne(?:\s+vulgaris)?|cystic\s+acne"),
    ("rosacea", r"rosacea"),
    ("onychomycosis", r"onychomycosis|tinea\s+unguium|fungal\s+(?:toe)?nails?|mycotic\s+nails?"),
    (
        "ingrown",
        r"ingrown\s+(?:toe|finger)?\s*nails?|ingrowing\s+(?:toe)?nails?|onychocryptosis|unguis\s+inca"
        r"rnatus",
    ),
    (
        "nail_dystrophy",
        r"(?:nail\s+)?dystroph(?:y|ic)\s+(?:toe|finger)?nails?|onychodystrophy|nail\s+dystroph"
        r"y",
    ),
    ("onychogryphosis", r"onychogryph?osis|ram'?s\s+horn"),
    ("abscess", r"abscess(?:es)?|furuncles?|carbuncles?|boils?"),
    (
        "callus",
        r"callus(?:es)?|calluses|corns?\b|clavus|clavi|tylomas?|hyperkeratotic\s+lesions?|porokeratosi"
        r"s",
    ),
    ("vitiligo", r"vitiligo"),
    ("alopecia_areata", r"alopecia\s+areata"),
    ("lichen_planus", r"lichen\s+planus"),
    ("lsc", r"lichen\s+simplex(?:\s+chronicus)?"),
    ("prurigo", r"prurigo\s+nodularis"),
    ("urticaria", r"urticaria|hives"),
    ("granuloma_annulare", r"granuloma\s+annulare"),
    ("hidradenitis", r"hidradenitis(?:\s+suppurativa)?"),
    ("hemangioma", r"cherry\s+angiomas?|hemangiomas?|angiomas?"),
    ("lentigo", r"(?:solar\s+)?lentig(?:o|ines)"),
    ("pyogenic_granuloma", r"pyogenic\s+granulomas?"),
    ("seb_hyperplasia", r"sebaceous\s+hyperplasia"),
    ("mycosis_fungoides", r"mycosis\s+fungoides|cutaneous\s+t[- ]cell\s+lymphoma|ctcl"),
    ("morphea", r"morphea|localized\s+scleroderma"),
    ("pruritus", r"pruritus|itching"),
    ("zoster", r"herpes\s+zoster|\bshingles\b|\bzoster\b(?!\s+vaccin)"),
    ("herpes_simplex", r"herpes\s+(?:simplex|labialis)|\bhsv\b|cold\s+sores?"),
    (
        "screening",
        r"skin\s+cancer\s+screening|full[\s-]+(?:body\s+)?skin\s+(?:exam|check)(?:ination)?|\bfbse\b|"
        r"baseline\s+(?:full[\s-]+(?:body\s+)?)?skin\s+(?:exam|check|screen)\w*"
        r"|\bfse\b|"
        r"total\s+body\s+skin\s+exam\w*|tbse",
    ),
    (
        "neoplasm",
        r"neoplasm\s+of\s+(?:uncertain|unspecified)\s+behaviou?r|lesion\s+of\s+uncertain|"
        r"suspicious\s+(?:pigmented\s+)?(?:lesion|growth|papule|nodule|macule)|r/o\b|rule[- ]out|"
        r"concerning\s+for|suspicious\s+for|worrisome\s+for|favor(?:ing)?|vs\.?\s|versus|"
        r"differential|ddx|neoplasm|new\s+(?:growth|lesion)|changing\s+lesion",
    ),
]
DX_RES = [(c, re.compile(r"\b(?:" + p + r")", re.I)) for c, p in _DX]
_DX_ONE = re.compile(
    r"\b(?=[a-z])(?:" + "|".join(rf"(?P<g{i}>{p})(?![a-z])" for i, (_, p) in enumerate(_DX)) + ")", re.I
)
_DX_CAT = {f"g{i}": c for i, (c, _) in enumerate(_DX)}
UNCERTAIN_RE = re.compile(
    r"\b(?:r/o|rule[- ]out|suspicious|suspect(?:ed)?|concerning|worrisome|possible|prob"
    r"able|"
    r"likely|favor(?:ing)?|questionable|vs\.?|versus|differential|ddx|clinically\s+cons"
    r"istent|"
    r"(?:cannot|could\s+not|can't|couldn't)\s+(?:exclude|rule\s+out)|consider|presumed|atypical|worried|"
    r"concern(?:ed)?\s+(?:about|for))\b|\?",
    re.I,
)
CONFIRMED_RE = re.compile(
    r"\b(?:biopsy[- ](?:proven|confirmed)|path(?:ology)?[- ](?:proven|confirmed)|"
    r"histologically\s+(?:proven|confirmed)|pathology\s+(?:showed|revealed|demonstrated"
    r"|"
    r"consistent|confirmed|returned|report)|path(?:ology)?\s*:|prior\s+biopsy\s+(?:show"
    r"ed|"
    r"revealed|demonstrated|confirmed)|biopsy\s+(?:on\s+\S+\s+)?(?:showed|revealed|"
    r"demonstrated|confirmed|consistent)|confirmed\s+by\s+(?:biopsy|pathology)|known|"
    r"recurrent|residual|incompletely\s+excised|positive\s+margins?|dermpath|"
    r"bx[- ]proven|bx\s+(?:showed|revealed|c/w))\b",
    re.I,
)

MALIGNANT = {"melanoma", "mis", "bcc", "scc", "sccis", "merkel"}
BENIGN_DESTRUCTIBLE = {
    "wart",
    "plantar_wart",
    "condyloma",
    "molluscum",
    "sk",
    "isk",
    "hemangioma",
    "lentigo",
    "seb_hyperplasia",
    "nevus",
    "pyogenic_granuloma",
    "dermatofibroma",
    "keloid",
    "cyst",
}

_FIXED = {
    "ak": "L57.0",
    "photoaging": "L57.8",
    "isk": "L82.0",
    "sk": "L82.1",
    "plantar_wart": "B07.0",
    "condyloma": "A63.0",
    "wart": "B07.8",
    "molluscum": "B08.1",
    "pilar_cyst": "L72.11",
    "seb_cyst": "L72.3",
    "cyst": "L72.0",
    "skin_tag": "L91.8",
    "keloid": "L91.0",
    "psoriasis": "L40.0",
    "atopic": "L20.9",
    "eczema": "L30.9",
    "acd": "L23.9",
    "contact_derm": "L25.9",
    "acne": "L70.0",
    "rosacea": "L71.9",
    "onychomycosis": "B35.1",
    "ingrown": "L60.0",
    "nail_dystrophy": "L60.3",
    "onychogryphosis": "L60.2",
    "callus": "L84",
    "vitiligo": "L80",
    "alopecia_areata": "L63.9",
    "lichen_planus": "L43.9",
    "lsc": "L28.0",
    "prurigo": "L28.1",
    "urticaria": "L50.9",
    "granuloma_annulare": "L92.0",
    "hidradenitis": "L73.2",
    "hemangioma": "D18.01",
    "lentigo": "L81.4",
    "pyogenic_granuloma": "L98.0",
    "seb_hyperplasia": "L73.8",
    "mycosis_fungoides": "C84.00",
    "morphea": "L94.0",
    "pruritus": "L29.9",
    "zoster": "B02.9",
    "herpes_simplex": "B00.9",
    "screening": "Z12.83",
    "neoplasm": "D49.2",
    "hx_melanoma": "Z85.820",
    "hx_skin_ca": "Z85.828",
    "merkel": "C4A.9",
}


@dataclass(frozen=True, slots=True)
class DxMention:
    category: str
    code: str
    start: int
    end: int
    text: str
    uncertain: bool = False
    confirmed: bool = False


def _lat_digit(site: Site | None, right: str, left: str, unsp: str) -> str:
    if site is None:
        return unsp
    return right if site.laterality == "R" else left if site.laterality == "L" else unsp


def _eyelid(site: Site | None, base: str, ru: str, rl: str, lu: str, ll: str, unsp: str) -> str:
    if site is None or site.laterality not in ("R", "L"):
        return unsp
    if site.laterality == "R":
        return ru if site.upper_lower != "L" else rl
    return lu if site.upper_lower != "L" else ll


def site_code(category: str, site: Site | None) -> str | None:
    """ICD-10-CM for a site-specific skin diagnosis category."""
    reg = site.icd_region if site else None
    if category in ("bcc", "scc"):
        t = "1" if category == "bcc" else "2"
        if reg is None:
            return f"C44.9{t}"
        if reg == "lip":
            return f"C44.0{t}"
        if reg == "eyelid":
            if t == "1":
                return _eyelid(site, "", "C44.1121", "C44.1122", "C44.1191", "C44.1192", "C44.111")
            return _eyelid(site, "", "C44.1221", "C44.1222", "C44.1291", "C44.1292", "C44.121")
        if reg == "ear":
            return _lat_digit(site, f"C44.2{t}2", f"C44.2{t}9", f"C44.2{t}1")
        if reg == "nose":
            return f"C44.3{t}1"
        if reg == "face":
            return f"C44.3{t}9"
        if reg == "scalp_neck":
            return f"C44.4{t}"
        if reg == "breast":
            return f"C44.5{t}1"
        if reg == "trunk":
            if site and re.search(r"anal|perianal", site.text, re.I):
                return f"C44.5{t}0"
            return f"C44.5{t}9"
        if reg == "upper_limb":
            return _lat_digit(site, f"C44.6{t}2", f"C44.6{t}9", f"C44.6{t}1")
        if reg == "lower_limb":
            return _lat_digit(site, f"C44.7{t}2", f"C44.7{t}9", f"C44.7{t}1")
    if category in ("melanoma", "mis", "sccis", "nevus", "atypical_nevus", "dermatofibroma"):
        p = {
            "melanoma": "C43",
            "mis": "D03",
            "sccis": "D04",
            "nevus": "D22",
            "atypical_nevus": "D22",
            "dermatofibroma": "D23",
        }[category]
        if reg is None:
            return f"{p}.9"
        if reg == "lip":
            return f"{p}.0"
        if reg == "eyelid":
            return _eyelid(site, "", f"{p}.111", f"{p}.112", f"{p}.121", f"{p}.122", f"{p}.10")
        if reg == "ear":
            return _lat_digit(site, f"{p}.21", f"{p}.22", f"{p}.20")
        if reg in ("nose", "face"):
            if p == "C43":
                return "C43.31" if reg == "nose" else "C43.39"
            return f"{p}.39"
        if reg == "scalp_neck":
            return f"{p}.4"
        if reg in ("trunk", "breast"):
            if p == "C43":
                return "C43.52" if reg == "breast" else "C43.59"
            if p == "D03":
                return "D03.52" if reg == "breast" else "D03.59"
            return f"{p}.5"
        if reg == "upper_limb":
            return _lat_digit(site, f"{p}.61", f"{p}.62", f"{p}.60")
        if reg == "lower_limb":
            return _lat_digit(site, f"{p}.71", f"{p}.72", f"{p}.70")
    if category == "lipoma":
        if reg in (None,):
            return "D17.9"
        if reg in ("lip", "eyelid", "ear", "nose", "face", "scalp_neck"):
            return "D17.0"
        if reg in ("trunk", "breast"):
            return "D17.1"
        if reg == "upper_limb":
            return _lat_digit(site, "D17.21", "D17.22", "D17.20")
        if reg == "lower_limb":
            return _lat_digit(site, "D17.23", "D17.24", "D17.20")
    if category == "abscess":
        if site is None:
            return "L02.91"
        r = site.region
        if r in ("face", "forehead", "cheek", "chin", "mouth", "nose", "lip", "eyelid", "ear"):
            return "L02.01"
        if r == "neck":
            return "L02.11"
        if r == "scalp":
            return "L02.811"
        if r == "axilla":
            return _lat_digit(site, "L02.411", "L02.412", "L02.419")
        if r == "arm":
            return _lat_digit(site, "L02.413", "L02.414", "L02.419")
        if r == "leg":
            return _lat_digit(site, "L02.415", "L02.416", "L02.419")
        if r == "hand":
            return _lat_digit(site, "L02.511", "L02.512", "L02.519")
        if r == "foot":
            return _lat_digit(site, "L02.611", "L02.612", "L02.619")
        if re.search(r"buttock|gluteal", site.text, re.I):
            return "L02.31"
        if re.search(r"back", site.text, re.I):
            return "L02.212"
        if re.search(r"chest|breast", site.text, re.I):
            return "L02.213"
        if re.search(r"abdom", site.text, re.I):
            return "L02.211"
        if re.search(r"groin|inguinal", site.text, re.I):
            return "L02.214"
        if re.search(r"perine", site.text, re.I):
            return "L02.215"
        return "L02.219"
    return None


_DX_SCAN = FoldedScanner(_DX_ONE, lexicon=True)
_UNC_FOLD = FoldedScanner(UNCERTAIN_RE)
_CONF_FOLD = FoldedScanner(CONFIRMED_RE)
_QMARK_AFTER = re.compile(r"\s*\?")


@lru_cache(maxsize=8192)
def find_dx(text: str) -> tuple[DxMention, ...]:
    """Diagnosis mentions in ``text`` (no site applied)."""
    out: list[DxMention] = []
    # the context windows are searched case-folded too (same offsets; see extract/scan.py)
    folded = text.isascii() and _UNC_FOLD.lower_rx is not None and _CONF_FOLD.lower_rx is not None
    if folded:
        low, unc_rx, conf_rx = text.lower(), _UNC_FOLD.lower_rx, _CONF_FOLD.lower_rx
    else:
        low, unc_rx, conf_rx = text, UNCERTAIN_RE, CONFIRMED_RE
    for m in _DX_SCAN.finditer(text, low if folded else None):
        cat = _DX_CAT[m.lastgroup]
        if True:
            pre = low[max(0, m.start() - 45) : m.start()]
            unc = bool(unc_rx.search(pre)) or bool(_QMARK_AFTER.match(text, m.end(), m.end() + 3))
            win = low[max(0, m.start() - 60) : m.end() + 40]
            conf = bool(conf_rx.search(win))
            out.append(
                DxMention(cat, _FIXED.get(cat, ""), m.start(), m.end(), text[m.start() : m.end()], unc, conf)
            )
    return tuple(out)


def code_for(category: str, site: Site | None) -> str | None:
    code = site_code(category, site)
    if code:
        return code
    return _FIXED.get(category)


_HISTORY_OF = re.compile(r"\b(?:history|hx|h/o)\s+of\s+(?:an?\s+|his\s+|her\s+|prior\s+|previous\s+)?(?:\w+\s+){0,2}$", re.I)
_TEACHING_BEFORE = re.compile(
    r"\b(?:abcde?s?|(?:warning\s+)?signs|symptoms|risks?|dangers|education|prevention|screening)\s+(?:of|for|about)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)
_NEG_NEAR = re.compile(r"\b(?:no|not|without|negative\s+for)\b[^.;\n]*$", re.I)


def past_malignancy(text: str, d: DxMention) -> bool:
    """A malignancy the text names as the patient's history ("his history of a basal cell carcinoma")."""
    if d.category not in MALIGNANT:
        return False
    a, _ = tx.sentence_bounds(text, d.start)
    return bool(_HISTORY_OF.search(text[max(a, d.start - 40) : d.start]))


def dx_codes_for_text(
    text: str, site: Site | None = None, *, pre_path: bool = False
) -> list[tuple[str, DxMention]]:
    """Ranked (code, mention) for a lesion's text. ``pre_path``: biopsy awaiting pathology (no malignant codes
    unless already confirmed)."""
    return list(_dx_codes_cached(text, site, pre_path))


@lru_cache(maxsize=8192)
def _dx_codes_cached(text: str, site: Site | None, pre_path: bool) -> tuple[tuple[str, DxMention], ...]:
    if site is None:
        site = next(iter(find_sites(text)), None)
    out: list[tuple[str, DxMention]] = []
    for d in find_dx(text):
        cat = d.category
        near = 40 if cat == "pruritus" else 12  # "No bleeding, itching, pain, ...": a negated symptom list
        if _NEG_NEAR.search(text, max(0, d.start - near), d.start) and tx.assertion_in(text, d.start, d.end) == "negated":
            continue  # "no AKs on the face today"
        if past_malignancy(text, d):
            continue  # "because of his history of a basal cell carcinoma treated on the nose in 2022"
        a, _ = tx.sentence_bounds(text, d.start)
        if tx.OTHER_PERSON.search(text[max(a, d.start - 60) : d.start]) or _TEACHING_BEFORE.search(
            text[max(a, d.start - 40) : d.start]
        ):
            continue  # "a friend was recently diagnosed with a melanoma", "the ABCDEs of melanoma": not the patient's
        if cat == "neoplasm" or (d.uncertain and cat in MALIGNANT | {"atypical_nevus"} and not d.confirmed):
            code = "D49.2"
        elif pre_path and cat in MALIGNANT | {"atypical_nevus"} and not d.confirmed:
            code = "D49.2"
        else:
            code = code_for(cat, site)
        if code and code not in [c for c, _ in out]:
            out.append((code, d))
    return tuple(out)
