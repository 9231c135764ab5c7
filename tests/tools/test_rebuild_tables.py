"""tools.rebuild_tables on synthetic inputs in the FULL CMS formats (preambles, split headers, descriptor
columns, f1..f4 PTP files, deleted edits, non-derm codes), checked against what load_tables expects."""

from __future__ import annotations

import csv
import shutil
from datetime import date
from pathlib import Path

import pytest

from server.coding.tables import DATA_DIR
from server.coding.tables import FILES
from server.coding.tables import load_tables

ROOT = Path(__file__).resolve().parents[2]


def _load_tool():
    import importlib.util
    import sys

    name = "dermplug_rebuild_tables"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "rebuild_tables.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
    return sys.modules[name]


rb = _load_tool()
SECRET = "SECRET AMA DESCRIPTOR"
AS_OF = date(2024, 7, 1)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(ln for ln in fh if not ln.startswith("#")))


def _write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_text("\r\n".join(lines) + "\r\n", encoding=encoding)
    return path


def _csv_line(cells) -> str:
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(cells)
    return buf.getvalue()


def full_rvu(path: Path) -> Path:
    top = (
        ",,,STATUS,MEDICARE,WORK,NON-FAC,NA,FACILITY,NA,MP,NON-FACILITY,FACILITY,PCTC,GLOB,PRE,INTRA,POST,MULT,"
        "BILAT,ASST,CO-,TEAM,ENDO,CONV,DIAGNOSTIC,CALCULATION,FAMILY,PAYMENT,PAYMENT,PAYMENT"
    )
    bottom = (
        "HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL,IND,DAYS,"
        "OP,OP,OP,PROC,SURG,SURG,SURG,SURG,BASE,FACTOR,PROCEDURES,FLAG,INDICATOR,AMOUNT,AMOUNT,AMOUNT"
    )
    lines = [
        ",,2025 National Physician Fee Schedule Relative Value File October Release,,,",
        ",,CPT codes and descriptions only are copyright 2024 American Medical Association.,,,",
        top,
        bottom,
    ]
    shipped = _rows(DATA_DIR / FILES["rvu"]) + [
        dict(
            zip(
                rb.RVU_COLUMNS,
                "93000,,A,0.17,0.3,,0.3,,0.01,0.5,0.5,0,XXX,0,0,0,0,0,0,0,0,32.3465".split(","),
                strict=True,
            )
        )
    ]
    for r in shipped:
        lines.append(
            _csv_line(
                [
                    r["HCPCS"],
                    r["MOD"],
                    f"{SECRET}, {r['HCPCS']}",
                    r["STATUS"],
                    "",
                    r["WORK_RVU"],
                    r["NF_PE_RVU"],
                    r["NF_NA"],
                    r["F_PE_RVU"],
                    r["F_NA"],
                    r["MP_RVU"],
                    r["NF_TOTAL"],
                    r["F_TOTAL"],
                    r["PCTC"],
                    r["GLOB_DAYS"],
                    r["PRE_OP"],
                    r["INTRA_OP"],
                    r["POST_OP"],
                    r["MULT_PROC"],
                    r["BILAT_SURG"],
                    r["ASST_SURG"],
                    r["CO_SURG"],
                    r["TEAM_SURG"],
                    "",
                    r["CONV_FACTOR"],
                    "09",
                    "",
                    "99",
                    "0.00",
                    "0.00",
                    "0.00",
                ]
            )
        )
    return _write(path, lines, "cp1252")


PTP_HEAD = (
    "Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\t"
    "Modifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale"
)


def full_ptp(tmp: Path) -> list[Path]:
    shipped = _rows(DATA_DIR / FILES["ptp"])
    parts = [shipped[i::4] for i in range(4)]
    extra = [
        "11102\t11300\t\t20190101\t20200101\t1\tdeleted long ago",  # an older, deleted version
        "11104\t11102\t\t20150101\t20181231\t1\told version of an active pair",
        "11102\t99999\t\t20190101\t*\t1\tnot a derm code",
        "93000\t93005\t\t19960101\t*\t0\tnot derm",
        "17000\t17110\t\t20250101\t*\t1\tnot yet effective on the as-of date",
    ]
    paths = []
    for i, part in enumerate(parts, start=1):
        lines = ["CPT only copyright 2024 American Medical Association. All rights reserved.", "", PTP_HEAD]
        lines += [
            f"{r['column1']}\t{r['column2']}\t*\t20190101\t*\t{r['modifier_indicator']}\t{r['ptp_rationale']}"
            for r in part
        ]
        if i == 4:
            lines += extra
        paths.append(_write(tmp / f"ccipra-v302r0-f{i}.txt", lines))
    return paths


def full_mue(path: Path) -> Path:
    lines = [
        '"CPT codes and descriptions only are copyright 2024 American Medical Association."',
        "",
        "HCPCS/CPT Code,Practitioner Services MUE Values,MUE Adjudication Indicator,MUE Rationale",
    ]
    for r in _rows(DATA_DIR / FILES["mue"]) + [
        {"hcpcs": "93000", "mue_units": "1", "mai_text": "3 x", "mue_rationale": "n"}
    ]:
        lines.append(_csv_line([r["hcpcs"], r["mue_units"], r["mai_text"], r["mue_rationale"]]))
    return _write(path, lines)


def full_aoc(path: Path) -> Path:
    lines = [
        "Add-on Code\tPrimary Code\tAOC Edit Type\tPrimary Code Effective Date\tPrimary Code Deletion Date\t"
        "Add-On Code Effective Date\tAdd-On Code Deletion Date\tSpecial Instruction Notes"
    ]
    for r in _rows(DATA_DIR / FILES["aoc"]):
        lines.append(
            f"{r['add_on_code']}\t{r['primary_code']}\t{r['aoc_edit_type']}\t20190101\t*\t20190101\t*\t"
        )
    lines.append("11103\t11100\t1\t20190101\t20181231\t20190101\t*\tdeleted primary")
    lines.append("99292\t99291\t1\t20000101\t*\t20000101\t*\tnot derm")
    return _write(path, lines)


def full_hcpcs(path: Path) -> Path:
    head = [
        "HCPC",
        "SEQNUM",
        "RECID",
        "LONG DESCRIPTION",
        "SHORT DESCRIPTION",
        "PRICE1",
        "MULT_PI",
        "COV",
        "BETOS",
        "TOS1",
        "TOS2",
        "TOS3",
        "ADD DT",
        "ACT EFF DT",
        "TERM DT",
        "ACTION CD",
    ]
    lines = [",".join(head)]
    for r in _rows(DATA_DIR / FILES["hcpcs"]):
        desc = r["long_description_cms"]
        first, rest = (desc[:60], desc[60:]) if len(desc) > 60 and desc[60] == " " else (desc, "")
        tos = (r["type_of_service"].split(":") + ["", "", ""])[:3]
        add = r["date_added"].replace("-", "")
        term = r["date_terminated"].replace("-", "")
        lines.append(
            _csv_line(
                [
                    r["hcpcs"],
                    "00100",
                    "3",
                    first,
                    "short",
                    "11",
                    "9",
                    r["coverage_code"],
                    r["betos"],
                    *tos,
                    add,
                    add,
                    term,
                    "N",
                ]
            )
        )
        if rest:
            lines.append(
                _csv_line(
                    [r["hcpcs"], "00200", "4", rest.strip(), "", "", "", "", "", "", "", "", "", "", "", ""]
                )
            )
    lines.append(
        _csv_line(["11102", "00100", "3", SECRET, "x", "", "", "C", "", "", "", "", "20190101", "", "", ""])
    )
    lines.append(
        _csv_line(
            ["A4206", "00100", "3", "Syringe", "x", "", "", "C", "", "", "", "", "19840101", "", "", ""]
        )
    )
    return _write(path, lines)


@pytest.fixture
def rebuilt(tmp_path):
    src = tmp_path / "cms"
    src.mkdir()
    out = tmp_path / "data"
    shutil.copytree(DATA_DIR, out, ignore=shutil.ignore_patterns("*.md"))
    for p in out.iterdir():
        p.chmod(0o644)
    counts = rb.rebuild(
        ptp=full_ptp(src),
        mue=full_mue(src / "mue.csv"),
        aoc=full_aoc(src / "aoc.txt"),
        rvu=full_rvu(src / "PPRRVU2025_Oct.csv"),
        hcpcs=full_hcpcs(src / "anweb.csv"),
        out=out,
        as_of=AS_OF,
    )
    return out, counts


def test_rebuild_reproduces_the_shipped_subsets(rebuilt):
    out, counts = rebuilt
    new, old = load_tables(out), load_tables(DATA_DIR)
    assert dict(new.rvu) == dict(old.rvu)
    assert dict(new.mue) == dict(old.mue)
    assert dict(new.ptp) == dict(old.ptp)
    assert dict(new.aoc) == dict(old.aoc)
    assert dict(new.hcpcs) == dict(old.hcpcs)
    assert counts == {"rvu": 313, "ptp": 9767, "mue": 277, "aoc": 50, "hcpcs": 21}


@pytest.mark.parametrize("key", ["rvu", "ptp", "mue", "aoc", "hcpcs"])
def test_rebuilt_files_have_the_shipped_columns_and_rows(rebuilt, key):
    out, _ = rebuilt
    new, old = _rows(out / FILES[key]), _rows(DATA_DIR / FILES[key])
    assert list(new[0]) == list(old[0])
    assert sorted(map(lambda r: tuple(r.values()), new)) == sorted(map(lambda r: tuple(r.values()), old))


def test_descriptors_non_derm_codes_and_deleted_edits_are_dropped(rebuilt):
    out, _ = rebuilt
    text = "".join((out / FILES[k]).read_text() for k in ("rvu", "ptp", "mue", "aoc", "hcpcs"))
    assert SECRET not in text
    assert "DESCRIPTION" not in (out / FILES["rvu"]).read_text()
    for absent in ("93000", "99999", "99292", "A4206", "11100"):
        assert absent not in text
    t = load_tables(out)
    assert t.ptp_indicator("11102", "11300") == 1  # the active shipped row, not the deleted extra one
    assert t.ptp_indicator("11104", "11102") == 0  # the old deleted version did not override the active one
    assert t.ptp_indicator("17000", "17110") is None  # not yet effective on the as-of date
    assert t.aoc["11103"] == frozenset({"11102", "11104", "11106"})


def test_as_of_date_controls_deletions(tmp_path):
    ptp = _write(
        tmp_path / "f1.txt", ["x", PTP_HEAD, "17004\t17000\t\t20100101\t20240101\t0\tdeleted 2024-01-01"]
    )
    codes = {"17004", "17000"}
    assert rb.build_ptp([ptp], codes, date(2023, 12, 31)) == [["17004", "17000", "0", "deleted 2024-01-01"]]
    assert rb.build_ptp([ptp], codes, date(2024, 1, 1)) == []


def test_cli_reports_a_missing_header(tmp_path, capsys):
    bad = _write(tmp_path / "bad.csv", ["nothing useful here"])
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(DATA_DIR / FILES["families"], out / FILES["families"])
    rc = rb.main(
        [
            "--ptp",
            str(bad),
            "--mue",
            str(bad),
            "--aoc",
            str(bad),
            "--rvu",
            str(bad),
            "--hcpcs",
            str(bad),
            "--out",
            str(out),
        ]
    )
    assert rc == 1
    assert "header row" in capsys.readouterr().err


def test_cli_writes_loadable_tables(tmp_path, capsys):
    src = tmp_path / "cms"
    src.mkdir()
    out = tmp_path / "data"
    shutil.copytree(DATA_DIR, out, ignore=shutil.ignore_patterns("*.md"))
    for p in out.iterdir():
        p.chmod(0o644)
    ptp = [str(p) for p in full_ptp(src)]
    rc = rb.main(
        [
            "--ptp",
            *ptp,
            "--mue",
            str(full_mue(src / "m.csv")),
            "--aoc",
            str(full_aoc(src / "a.txt")),
            "--rvu",
            str(full_rvu(src / "r.csv")),
            "--hcpcs",
            str(full_hcpcs(src / "h.csv")),
            "--out",
            str(out),
            "--as-of",
            "2024-07-01",
        ]
    )
    assert rc == 0
    assert "ptp_practitioner_2024Q3.csv: 9767 rows" in capsys.readouterr().out
    assert load_tables(out).ptp_indicator("17004", "17000") == 0
