"""Versioned CMS code tables → frozen lookups, validated on load.

Tables live in ``server/coding/data`` (provenance in its README.md). Rebuild them from the full quarterly
CMS files with ``python -m tools.rebuild_tables``. Load once per process and pass the ``Tables`` object
into the engine; domain code never reaches for globals.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

DATA_DIR = Path(__file__).resolve().parent / "data"
CODE_RE = re.compile(r"^(\d{4}[0-9A-Z]|[A-Z]\d{4})$")

FILES = {
    "rvu": "rvu_2025D.csv",
    "mue": "mue_practitioner_2024Q3.csv",
    "ptp": "ptp_practitioner_2024Q3.csv",
    "aoc": "aoc_2024-06.csv",
    "hcpcs": "hcpcs_level2_2024-07.csv",
    "families": "code_families.csv",
    "lcd": "lcd_indications.csv",
}
RELEASE = "ncci-2024Q3+pfs-2025D+hcpcs-2024-07"


class TableError(ValueError):
    """A table failed validation: the process must not start coding with it."""


@dataclass(frozen=True, slots=True)
class RvuRow:
    code: str
    status: str
    global_days: str  # "000" | "010" | "090" | "ZZZ" | "XXX" | "YYY" | "MMM"
    mult_proc: str
    bilat: str
    work_rvu: float
    nf_total: float


@dataclass(frozen=True, slots=True)
class MueRow:
    code: str
    units: int
    mai: int


@dataclass(frozen=True, slots=True)
class FamilyRow:
    code: str
    family: str
    site_group: str | None
    min: float | None
    max: float | None
    measure: str
    note: str


@dataclass(frozen=True, slots=True)
class LcdRow:
    lcd_id: str
    title: str
    rule_id: str
    rule_type: str
    text: str
    url: str


@dataclass(frozen=True)
class Tables:
    release: str
    rvu: Mapping[str, RvuRow]
    mue: Mapping[str, MueRow]
    ptp: Mapping[tuple[str, str], int]  # (column1, column2) -> modifier indicator 0/1/9
    aoc: Mapping[str, frozenset[str]]  # add-on code -> allowed primaries
    hcpcs: Mapping[str, str]  # level II code -> CMS long description (public domain)
    families: tuple[FamilyRow, ...]
    lcd: tuple[LcdRow, ...]

    def global_days(self, code: str) -> str | None:
        row = self.rvu.get(code)
        return row.global_days if row else None

    def is_known_code(self, code: str) -> bool:
        return code in self.rvu or code in self.hcpcs

    def family_of(self, code: str) -> FamilyRow | None:
        for row in self.families:
            if row.code == code:
                return row
        return None

    def ptp_indicator(self, column1: str, column2: str) -> int | None:
        return self.ptp.get((column1, column2))

    # -- cached indexes (added for the engine's hot path; built once per Tables object) --------------
    @cached_property
    def family_index(self) -> Mapping[str, FamilyRow]:
        """code -> FamilyRow, built once."""
        return MappingProxyType({row.code: row for row in self.families})

    @cached_property
    def band_index(self) -> Mapping[tuple[str, str | None], tuple[FamilyRow, ...]]:
        """(family, site_group) -> rows ordered by their lower bound."""
        idx: dict[tuple[str, str | None], list[FamilyRow]] = {}
        for row in self.families:
            idx.setdefault((row.family, row.site_group), []).append(row)
        return MappingProxyType({k: tuple(sorted(v, key=lambda r: r.min or 0.0)) for k, v in idx.items()})

    def band_code(self, family: str, site_group: str | None, value: float) -> str | None:
        """The code of ``family``/``site_group`` whose band holds ``value`` (a value above a band's upper
        bound falls into the next band: 0.55 cm is "0.6 to 1.0 cm")."""
        rows = self.band_index.get((family, site_group))
        if not rows:
            return None
        for row in rows:
            if row.max is None or value <= row.max + 1e-9:
                return row.code
        return rows[-1].code


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [row for row in csv.DictReader(line for line in fh if not line.startswith("#"))]


def _code(value: str, table: str) -> str:
    value = value.strip()
    if not CODE_RE.match(value):
        raise TableError(f"{table}: bad code {value!r}")
    return value


def _float(value: str) -> float | None:
    return float(value) if value.strip() else None


def load_tables(data_dir: str | Path | None = None) -> Tables:
    """Load and validate every table; raise :class:`TableError` on a bad or duplicate row."""
    d = Path(data_dir) if data_dir else DATA_DIR
    rvu: dict[str, RvuRow] = {}
    for r in _rows(d / FILES["rvu"]):
        code = _code(r["HCPCS"], "rvu")
        if r["MOD"].strip():
            continue  # professional/technical component rows; the global row is the one we need
        if code in rvu:
            raise TableError(f"rvu: duplicate {code}")
        rvu[code] = RvuRow(code, r["STATUS"], r["GLOB_DAYS"], r["MULT_PROC"], r["BILAT_SURG"],
                           float(r["WORK_RVU"] or 0), float(r["NF_TOTAL"] or 0))
    mue: dict[str, MueRow] = {}
    for r in _rows(d / FILES["mue"]):
        code = _code(r["hcpcs"], "mue")
        if code in mue:
            raise TableError(f"mue: duplicate {code}")
        mue[code] = MueRow(code, int(r["mue_units"]), int(r["mai"]))
    ptp: dict[tuple[str, str], int] = {}
    for r in _rows(d / FILES["ptp"]):
        key = (_code(r["column1"], "ptp"), _code(r["column2"], "ptp"))
        ind = int(r["modifier_indicator"])
        if ind not in (0, 1, 9):
            raise TableError(f"ptp: bad modifier indicator {ind} for {key}")
        if key in ptp:
            raise TableError(f"ptp: duplicate {key}")
        ptp[key] = ind
    aoc: dict[str, set[str]] = {}
    for r in _rows(d / FILES["aoc"]):
        aoc.setdefault(_code(r["add_on_code"], "aoc"), set()).add(_code(r["primary_code"], "aoc"))
    hcpcs = {_code(r["hcpcs"], "hcpcs"): r["long_description_cms"] for r in _rows(d / FILES["hcpcs"])}
    families = tuple(
        FamilyRow(_code(r["code"], "families"), r["family"], r["site_group"] or None, _float(r["min"]),
                  _float(r["max"]), r["measure"], r["note"])
        for r in _rows(d / FILES["families"])
    )
    if len({f.code for f in families}) != len(families):
        raise TableError("families: duplicate code")
    lcd = tuple(
        LcdRow(r["lcd_id"], r["lcd_title"], r["rule_id"], r["rule_type"], r["text_paraphrase"], r["source_url"])
        for r in _rows(d / FILES["lcd"])
    )
    return Tables(
        release=RELEASE,
        rvu=MappingProxyType(rvu),
        mue=MappingProxyType(mue),
        ptp=MappingProxyType(ptp),
        aoc=MappingProxyType({k: frozenset(v) for k, v in aoc.items()}),
        hcpcs=MappingProxyType(hcpcs),
        families=families,
        lcd=lcd,
    )
