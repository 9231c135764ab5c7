"""ICD-10-CM look-ups (simple-icd-10-cm, April 2026 release), normalised to the dotted claim form, cached."""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

with warnings.catch_warnings():
    # simple-icd-10-cm 1.5 loads its data with the deprecated importlib.resources.read_text.
    warnings.simplefilter("ignore", DeprecationWarning)
    import simple_icd_10_cm as _icd

ICD_RELEASE = "ICD-10-CM April 1 2026 (simple-icd-10-cm)"
_SHAPE = re.compile(r"^[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4})?$")

MALIGNANT_PREFIXES = ("C43", "C44", "C4A", "C49", "D03", "D04", "C84.0")
BEFORE_PATHOLOGY = "D49.2"
UNCERTAIN_BEHAVIOUR = "D48.5"


@lru_cache(maxsize=4096)
def normalize(code: str) -> str:
    """Upper-case, strip and put the dot after the category: ``c44311`` → ``C44.311``."""
    c = code.strip().upper().replace(" ", "")
    if "." not in c and len(c) > 3:
        c = c[:3] + "." + c[3:]
    return c.rstrip(".")


@lru_cache(maxsize=4096)
def status(code: str) -> str:
    """``billable`` | ``category`` (valid but not a leaf) | ``invalid`` for a normalised code."""
    if not _SHAPE.match(code) or not _icd.is_valid_item(code):
        return "invalid"
    return "billable" if _icd.is_leaf(code) else "category"


@lru_cache(maxsize=1024)
def children(code: str, limit: int = 6) -> tuple[str, ...]:
    """Billable codes under a category, for the fix hint (at most ``limit``)."""
    out: list[str] = []
    for c in _icd.get_descendants(code):
        if _icd.is_leaf(c):
            out.append(c)
            if len(out) >= limit:
                break
    return tuple(out)


def is_malignant(code: str) -> bool:
    return code.startswith(MALIGNANT_PREFIXES)


def matches(code: str, prefixes: tuple[str, ...]) -> bool:
    return code.startswith(prefixes)
