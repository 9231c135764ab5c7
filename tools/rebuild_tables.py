"""Rebuild the dermatology subsets in server/coding/data from the FULL quarterly CMS files.

    python -m tools.rebuild_tables \\
        --ptp ccipra-v303r0-f1.txt ccipra-v303r0-f2.txt ccipra-v303r0-f3.txt ccipra-v303r0-f4.txt \\
        --mue MCR_MUE_PractitionerServices_Eff_10-01-2024.csv \\
        --aoc AOC_V2024Q4.txt --rvu PPRRVU2025_Oct.csv --hcpcs HCPC2024_OCT_ANWEB.csv \\
        --out server/coding/data [--as-of 2024-10-01] [--codes extra_codes.txt]

Inputs are the CMS downloads (PTP practitioner ``ccipra-v*-f1..f4`` as TXT or an xlsx sheet exported to
CSV, the MUE practitioner CSV, the add-on code file as TXT/CSV, the PPRRVU CSV and the HCPCS Level II
``ANWEB`` file exported to CSV). Each may start with copyright/preamble lines; the header row is found by
its column names, tab or comma delimited.

What it does:

* the derm code list = codes of ``code_families.csv`` + codes of the currently shipped RVU and HCPCS
  subsets in ``--out`` (so the list is stable from quarter to quarter) + ``--codes`` (one code per line);
* RVU: every row (global, -26, -TC) of those codes, **without the DESCRIPTION column** (AMA CPT text);
* PTP: active edits (effective ≤ as-of, no deletion date or deletion after as-of) where both codes are in
  the RVU subset; duplicates across f1..f4 keep the latest effective row;
* MUE: the RVU-subset codes; MAI = the first digit of the adjudication-indicator text;
* AOC: active add-on → primary rows whose add-on code is in the RVU subset;
* HCPCS Level II: letter-first codes of the list, with the CMS long description (public domain; continuation
  records joined), coverage code, BETOS, type(s) of service and dates.

Outputs are written under the file names ``server.coding.tables.FILES`` uses and validated by loading
them with :func:`server.coding.tables.load_tables`. Update ``RELEASE`` in tables.py and the data README
with the new release ids.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections.abc import Iterable
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from server.coding.tables import FILES
from server.coding.tables import load_tables

CODE = re.compile(r"^(\d{4}[0-9A-Z]|[A-Z]\d{4})$")

RVU_COLUMNS = [
    "HCPCS",
    "MOD",
    "STATUS",
    "WORK_RVU",
    "NF_PE_RVU",
    "NF_NA",
    "F_PE_RVU",
    "F_NA",
    "MP_RVU",
    "NF_TOTAL",
    "F_TOTAL",
    "PCTC",
    "GLOB_DAYS",
    "PRE_OP",
    "INTRA_OP",
    "POST_OP",
    "MULT_PROC",
    "BILAT_SURG",
    "ASST_SURG",
    "CO_SURG",
    "TEAM_SURG",
    "CONV_FACTOR",
]
# Joined two-row PPRRVU header -> our column; "NA INDICATOR" occurs twice (non-facility first).
RVU_HEADER = {
    "HCPCS": "HCPCS",
    "MOD": "MOD",
    "STATUS CODE": "STATUS",
    "WORK RVU": "WORK_RVU",
    "NON-FAC PE RVU": "NF_PE_RVU",
    "FACILITY PE RVU": "F_PE_RVU",
    "MP RVU": "MP_RVU",
    "NON-FACILITY TOTAL": "NF_TOTAL",
    "FACILITY TOTAL": "F_TOTAL",
    "PCTC IND": "PCTC",
    "GLOB DAYS": "GLOB_DAYS",
    "PRE OP": "PRE_OP",
    "INTRA OP": "INTRA_OP",
    "POST OP": "POST_OP",
    "MULT PROC": "MULT_PROC",
    "BILAT SURG": "BILAT_SURG",
    "ASST SURG": "ASST_SURG",
    "CO- SURG": "CO_SURG",
    "CO-SURG": "CO_SURG",
    "TEAM SURG": "TEAM_SURG",
    "CONV FACTOR": "CONV_FACTOR",
}


class RebuildError(ValueError):
    pass


# ---------------------------------------------------------------------------------------------- reading
def read_text(path: Path) -> str:
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def read_rows(path: Path) -> list[list[str]]:
    text = read_text(path)
    first = next((ln for ln in text.splitlines() if "\t" in ln), None)
    delimiter = "\t" if first is not None and text.count("\t") > text.count(",") else ","
    return [[c.strip() for c in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _norm(cell: str) -> str:
    return " ".join(cell.replace("\n", " ").split()).lower()


def find_header(rows: list[list[str]], must: Sequence[str], what: str) -> int:
    """Index of the first row whose cells contain every ``must`` fragment."""
    for i, row in enumerate(rows):
        cells = [_norm(c) for c in row]
        if all(any(m in c for c in cells) for m in must):
            return i
    raise RebuildError(f"{what}: header row with {list(must)} not found")


def col(header: list[str], *fragments: str, exclude: Sequence[str] = ()) -> int:
    cells = [_norm(c) for c in header]
    for i, c in enumerate(cells):
        if all(f in c for f in fragments) and not any(x in c for x in exclude):
            return i
    raise RebuildError(f"column {fragments} not found in {header}")


def _ymd(value: str) -> date | None:
    """CMS dates: YYYYMMDD (PTP/AOC/HCPCS), M/D/YYYY (spreadsheet exports) or ISO; "*" or "" = none."""
    v = value.strip()
    if not v or v == "*":
        return None
    m = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})$", v)
    if m:
        return date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
    digits = re.sub(r"\D", "", v)
    if len(digits) == 8:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    raise RebuildError(f"bad date {value!r}")


def _active(effective: str, deleted: str, as_of: date) -> bool:
    eff = _ymd(effective)
    dele = _ymd(deleted)
    return (eff is None or eff <= as_of) and (dele is None or dele > as_of)


def _code(value: str) -> str | None:
    v = value.strip().upper()
    return v if CODE.match(v) else None


# ---------------------------------------------------------------------------------------------- code list
def derm_codes(families: Path, out_dir: Path, extra: Path | None = None) -> set[str]:
    codes: set[str] = set()
    with families.open(newline="", encoding="utf-8") as fh:
        codes.update(r["code"].strip() for r in csv.DictReader(ln for ln in fh if not ln.startswith("#")))
    for key, column in (("rvu", "HCPCS"), ("hcpcs", "hcpcs")):
        p = out_dir / FILES[key]
        if p.exists():
            with p.open(newline="", encoding="utf-8") as fh:
                codes.update(
                    r[column].strip() for r in csv.DictReader(ln for ln in fh if not ln.startswith("#"))
                )
    if extra:
        codes.update(ln.strip().split(",")[0] for ln in extra.read_text().splitlines() if ln.strip())
    return {c for c in codes if CODE.match(c)}


# ---------------------------------------------------------------------------------------------- tables
def build_rvu(path: Path, codes: set[str]) -> list[list[str]]:
    rows = read_rows(path)
    h = find_header(rows, ["hcpcs", "mod"], "rvu")
    upper = rows[h - 1] if h > 0 else []
    header = rows[h]
    names: list[str | None] = []
    na_seen = 0
    for i, cell in enumerate(header):
        top = upper[i] if i < len(upper) else ""
        joined = " ".join(f"{top} {cell}".split()).upper()
        if joined.endswith("NA INDICATOR"):
            names.append("NF_NA" if na_seen == 0 else "F_NA")
            na_seen += 1
            continue
        names.append(RVU_HEADER.get(joined) or RVU_HEADER.get(cell.strip().upper()))
    index = {n: i for i, n in enumerate(names) if n}
    missing = [c for c in RVU_COLUMNS if c not in index]
    if missing:
        raise RebuildError(f"rvu: columns not found: {missing}")
    out = []
    for row in rows[h + 1 :]:
        if not row or len(row) <= max(index.values()):
            continue
        code = _code(row[index["HCPCS"]])
        if code and code in codes:
            out.append([row[index[c]] for c in RVU_COLUMNS])
    out.sort(key=lambda r: (r[0], r[1]))
    return out


def build_ptp(paths: Iterable[Path], codes: set[str], as_of: date) -> list[list[str]]:
    best: dict[tuple[str, str], tuple[date, list[str]]] = {}
    for path in paths:
        rows = read_rows(path)
        h = find_header(rows, ["column 1", "column 2"], f"ptp {path.name}")
        hd = rows[h]
        c1, c2 = col(hd, "column 1"), col(hd, "column 2")
        eff, dele = col(hd, "effective"), col(hd, "deletion")
        mod, why = col(hd, "modifier"), col(hd, "rationale")
        for row in rows[h + 1 :]:
            if len(row) <= max(c1, c2, eff, dele, mod, why):
                continue
            a, b = _code(row[c1]), _code(row[c2])
            if not a or not b or a not in codes or b not in codes:
                continue
            if not _active(row[eff], row[dele], as_of):
                continue
            ind = row[mod].strip()[:1]
            if ind not in ("0", "1", "9"):
                raise RebuildError(f"ptp: bad modifier indicator {row[mod]!r} for {a}/{b}")
            effective = _ymd(row[eff]) or date.min
            if (a, b) in best and best[(a, b)][0] > effective:
                continue
            best[(a, b)] = (effective, [a, b, ind, row[why]])
    return [v for _, (_, v) in sorted(best.items())]


def build_mue(path: Path, codes: set[str]) -> list[list[str]]:
    rows = read_rows(path)
    h = find_header(rows, ["hcpcs", "mue"], "mue")
    hd = rows[h]
    c, units = col(hd, "hcpcs"), col(hd, "mue values")
    mai, why = col(hd, "adjudication"), col(hd, "rationale")
    out = {}
    for row in rows[h + 1 :]:
        if len(row) <= max(c, units, mai, why):
            continue
        code = _code(row[c])
        if not code or code not in codes:
            continue
        text = row[mai].strip()
        if not text[:1].isdigit():
            raise RebuildError(f"mue: bad MAI {text!r} for {code}")
        out[code] = [code, str(int(float(row[units]))), text[:1], text, row[why]]
    return [out[k] for k in sorted(out)]


def build_aoc(path: Path, codes: set[str], as_of: date) -> list[list[str]]:
    rows = read_rows(path)
    h = find_header(rows, ["add", "primary"], "aoc")
    hd = rows[h]
    addon = col(hd, "add", "code", exclude=("date", "effective", "deletion", "type"))
    primary = col(hd, "primary", "code", exclude=("date", "effective", "deletion"))
    kind = col(hd, "type")
    dates = {}
    for name, frags in (
        ("p_eff", ("primary", "effective")),
        ("p_del", ("primary", "deletion")),
        ("a_eff", ("add", "effective")),
        ("a_del", ("add", "deletion")),
    ):
        try:
            dates[name] = col(hd, *frags)
        except RebuildError:
            dates[name] = None
    out = set()
    for row in rows[h + 1 :]:
        if len(row) <= max(addon, primary, kind):
            continue
        a, p = _code(row[addon]), _code(row[primary])
        if not a or not p or a not in codes:
            continue

        def _cell(key: str, row: list[str] = row) -> str:
            i = dates[key]
            return row[i] if i is not None and i < len(row) else ""

        if not (
            _active(_cell("p_eff"), _cell("p_del"), as_of) and _active(_cell("a_eff"), _cell("a_del"), as_of)
        ):
            continue
        out.add((a, p, row[kind].strip()))
    return [list(r) for r in sorted(out)]


def build_hcpcs(path: Path, codes: set[str]) -> list[list[str]]:
    rows = read_rows(path)
    h = find_header(rows, ["hcpc", "long description"], "hcpcs")
    hd = rows[h]
    c = col(hd, "hcpc", exclude=("description",))
    desc = col(hd, "long description")
    cov, betos = col(hd, "cov"), col(hd, "betos")
    tos = [i for i, x in enumerate(hd) if _norm(x).startswith("tos")]
    add, term = col(hd, "add dt"), col(hd, "term dt")
    try:
        rec = col(hd, "recid")
    except RebuildError:
        rec = None
    out: dict[str, list[str]] = {}
    for row in rows[h + 1 :]:
        if len(row) <= max(c, desc, cov, betos, add, term):
            continue
        code = _code(row[c])
        if not code or not code[0].isalpha() or code not in codes:
            continue
        if code in out and (rec is None or row[rec].strip() in ("4", "8")):
            out[code][1] = (out[code][1] + " " + row[desc].strip()).strip()
            continue
        if code in out:
            continue
        types = ":".join(row[i].strip() for i in tos if i < len(row) and row[i].strip())
        out[code] = [
            code,
            row[desc].strip(),
            row[cov].strip(),
            row[betos].strip(),
            types,
            _iso(row[add]),
            _iso(row[term]),
        ]
    return [out[k] for k in sorted(out)]


def _iso(value: str) -> str:
    d = _ymd(value)
    return d.isoformat() if d else ""


HEADERS = {
    "rvu": RVU_COLUMNS,
    "ptp": ["column1", "column2", "modifier_indicator", "ptp_rationale"],
    "mue": ["hcpcs", "mue_units", "mai", "mai_text", "mue_rationale"],
    "aoc": ["add_on_code", "primary_code", "aoc_edit_type"],
    "hcpcs": [
        "hcpcs",
        "long_description_cms",
        "coverage_code",
        "betos",
        "type_of_service",
        "date_added",
        "date_terminated",
    ],
}


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def rebuild(
    *,
    ptp: Sequence[Path],
    mue: Path,
    aoc: Path,
    rvu: Path,
    hcpcs: Path,
    out: Path,
    families: Path | None = None,
    extra_codes: Path | None = None,
    as_of: date | None = None,
) -> dict[str, int]:
    """Build every subset into ``out``; returns row counts. The outputs are validated with load_tables."""
    as_of = as_of or date.today()
    families = families or (out / FILES["families"])
    codes = derm_codes(families, out, extra_codes)
    rvu_rows = build_rvu(rvu, codes)
    rvu_codes = {r[0] for r in rvu_rows}
    hcpcs_codes = codes | rvu_codes
    tables = {
        "rvu": rvu_rows,
        "ptp": build_ptp(ptp, rvu_codes, as_of),
        "mue": build_mue(mue, rvu_codes),
        "aoc": build_aoc(aoc, rvu_codes, as_of),
        "hcpcs": build_hcpcs(hcpcs, hcpcs_codes),
    }
    out.mkdir(parents=True, exist_ok=True)
    for key, rows in tables.items():
        write_csv(out / FILES[key], HEADERS[key], rows)
    load_tables(out)  # raises TableError on anything malformed
    return {k: len(v) for k, v in tables.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Rebuild the derm CMS table subsets from the full CMS files.")
    ap.add_argument("--ptp", type=Path, nargs="+", required=True, help="PTP practitioner files f1..f4")
    ap.add_argument("--mue", type=Path, required=True)
    ap.add_argument("--aoc", type=Path, required=True)
    ap.add_argument("--rvu", type=Path, required=True)
    ap.add_argument("--hcpcs", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path("server/coding/data"))
    ap.add_argument("--families", type=Path, default=None, help="default: <out>/code_families.csv")
    ap.add_argument("--codes", type=Path, default=None, help="extra codes, one per line")
    ap.add_argument("--as-of", type=date.fromisoformat, default=None, help="date edits must be active on")
    args = ap.parse_args(argv)
    try:
        counts = rebuild(
            ptp=args.ptp,
            mue=args.mue,
            aoc=args.aoc,
            rvu=args.rvu,
            hcpcs=args.hcpcs,
            out=args.out,
            families=args.families,
            extra_codes=args.codes,
            as_of=args.as_of,
        )
    except (RebuildError, OSError, ValueError) as exc:
        print(f"rebuild failed: {exc}", file=sys.stderr)
        return 1
    for key, n in counts.items():
        print(f"{FILES[key]}: {n} rows")
    print("Now update RELEASE in server/coding/tables.py and server/coding/data/README.md.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
