"""Code groups the edit rules key on (CPT/HCPCS code numbers only; no descriptor text)."""

from __future__ import annotations


def _span(lo: int, hi: int, skip: tuple[int, ...] = ()) -> frozenset[str]:
    return frozenset(str(c) for c in range(lo, hi + 1) if c not in skip)


EM_NEW = _span(99202, 99205)
EM_EST = _span(99211, 99215)
EM = EM_NEW | EM_EST
POSTOP_VISIT = "99024"

BIOPSY_PRIMARY = {"11102": "tangential", "11104": "punch", "11106": "incisional"}
BIOPSY_ADDON = {"11103": "tangential", "11105": "punch", "11107": "incisional"}
BIOPSY = frozenset(BIOPSY_PRIMARY) | frozenset(BIOPSY_ADDON)
# technique -> (primary, add-on), highest rank first (incisional > punch > tangential)
BIOPSY_TECHNIQUES = (
    ("incisional", "11106", "11107"),
    ("punch", "11104", "11105"),
    ("tangential", "11102", "11103"),
)

SHAVE = _span(11300, 11313, skip=(11304, 11309))
EXCISION_BENIGN = _span(11400, 11446)
EXCISION_MALIGNANT = _span(11600, 11646)
SKIN_TAG = frozenset({"11200", "11201"})
DESTRUCTION_PREMALIGNANT = frozenset({"17000", "17003", "17004"})
DESTRUCTION_BENIGN = frozenset({"17110", "17111"})
DESTRUCTION_MALIGNANT = _span(17260, 17286)
MOHS_PRIMARY = frozenset({"17311", "17313"})
MOHS = _span(17311, 17315)
REPAIR = _span(12001, 12057) | _span(13100, 13153)
FLAP = _span(14000, 14061) | frozenset({"14301", "14302"})
NAIL = frozenset({"11730", "11732", "11750"})  # digit modifiers belong on these (conventions doc)
NAIL_UNIT = _span(11719, 11765)  # nail codes: the digit is the structure for PTP distinctness
PHOTOTHERAPY = frozenset({"96900", "96910", "96912", "96913", "96920", "96921", "96922"})
FROZEN_SECTION = "88331"

# Codes that treat a skin lesion: no RT/LT/50/E1-E4 on them (conventions doc).
LESION = (
    BIOPSY
    | SHAVE
    | EXCISION_BENIGN
    | EXCISION_MALIGNANT
    | SKIN_TAG
    | DESTRUCTION_PREMALIGNANT
    | DESTRUCTION_BENIGN
    | DESTRUCTION_MALIGNANT
    | MOHS
    | REPAIR
    | FLAP
    | frozenset({"11900", "11901"})
)

# Removal/destruction of a benign lesion: the benign-lesion LCDs apply.
BENIGN_REMOVAL = SHAVE | EXCISION_BENIGN | SKIN_TAG | DESTRUCTION_BENIGN

# Cosmetic by default (rule book COS-2): peels, dermabrasion, fillers, neurotoxin.
COSMETIC_PROCEDURES = (
    frozenset({"15788", "15789", "15792", "15793"})
    | _span(15780, 15783)
    | frozenset({"11950", "11951", "11952", "11954", "J0585"})
)

# Modifier classes, in claim order (conventions doc).
PRICING_MODS = ("24", "25", "57", "58", "78", "79")
DISTINCT_MODS = ("XS", "XE", "XP", "XU", "59")
LIABILITY_MODS = ("GA", "GX", "GY", "GZ")
SIDE_MODS = frozenset({"RT", "LT", "50", "E1", "E2", "E3", "E4"})
DIGIT_MODS = frozenset({"FA", "TA"} | {f"F{i}" for i in range(1, 10)} | {f"T{i}" for i in range(1, 10)})
# NCCI-associated modifiers: the only ones that bypass a PTP edit with indicator 1.
NCCI_ASSOCIATED = frozenset(
    {
        "E1",
        "E2",
        "E3",
        "E4",
        "FA",
        "F1",
        "F2",
        "F3",
        "F4",
        "F5",
        "F6",
        "F7",
        "F8",
        "F9",
        "TA",
        "T1",
        "T2",
        "T3",
        "T4",
        "T5",
        "T6",
        "T7",
        "T8",
        "T9",
        "LT",
        "RT",
        "LC",
        "LD",
        "RC",
        "LM",
        "RI",
        "24",
        "25",
        "27",
        "57",
        "58",
        "59",
        "78",
        "79",
        "91",
        "XE",
        "XS",
        "XP",
        "XU",
    }
)

# Add-on -> the primary to convert to when the add-on arrives without any allowed primary.
ADDON_TO_PRIMARY = {
    "11103": "11102",
    "11105": "11104",
    "11107": "11106",
    "17003": "17000",
    "17312": "17311",
    "17314": "17313",
    "11201": "11200",
    "11732": "11730",
}


def is_em(code: str) -> bool:
    return code in EM


def modifier_rank(mod: str) -> int:
    """Claim order: pricing/global, then distinct-service, then anatomic/other, then liability."""
    if mod in PRICING_MODS:
        return 0
    if mod in DISTINCT_MODS:
        return 1
    if mod in LIABILITY_MODS:
        return 3
    return 2


def order_modifiers(mods: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(dict.fromkeys(mods), key=modifier_rank))
