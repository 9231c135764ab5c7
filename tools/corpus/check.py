"""Check the coder's expected answers against the shipped CMS tables (PTP, MUE, AOC, code validity).

Run through ``python -m tools.corpus.build --check``. Prints one line per problem; exit code 1 on any.
"""

from __future__ import annotations

from typing import Any

from server.coding.tables import load_tables

NCCI_ASSOCIATED = {"E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "TA",
                   "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "LT", "RT", "24", "25", "27", "57",
                   "58", "59", "78", "79", "91", "XE", "XS", "XP", "XU"}


def check_record(rec: dict[str, Any], tables) -> list[str]:
    probs: list[str] = []
    lines = rec["expected"]["lines"]
    codes = {ln["code"] for ln in lines}
    units: dict[str, int] = {}
    for ln in lines:
        c = ln["code"]
        units[c] = units.get(c, 0) + ln["units"]
        if not tables.is_known_code(c):
            probs.append(f"unknown code {c}")
        if "51" in ln["modifiers"]:
            probs.append(f"modifier 51 on {c}")
        if len({"GA", "GY", "GZ"} & set(ln["modifiers"])) > 1:
            probs.append(f"two of GA/GY/GZ on {c}")
        prim = tables.aoc.get(c)
        if prim is not None and not (prim & codes):
            probs.append(f"add-on {c} without primary (allowed {sorted(prim)})")
    for c, u in units.items():
        mue = tables.mue.get(c)
        if mue and u > mue.units:
            probs.append(f"MUE {c}: {u} > {mue.units} (MAI {mue.mai})")
    for a in lines:
        for b in lines:
            if a is b:
                continue
            ind = tables.ptp_indicator(a["code"], b["code"])
            if ind is None or ind == 9:
                continue
            if ind == 0 and a["code"] != b["code"]:
                probs.append(f"PTP indicator 0 {a['code']}/{b['code']} both expected")
            elif ind == 1 and not (set(b["modifiers"]) & NCCI_ASSOCIATED):
                probs.append(f"PTP indicator 1 {a['code']}/{b['code']}: column 2 without bypass modifier")
    return probs


def check_all(records: list[dict[str, Any]]) -> int:
    tables = load_tables()
    bad = 0
    for rec in records:
        for p in check_record(rec, tables):
            bad += 1
            print(f"{rec['id']}: {p}")
    print(f"checked {len(records)} records, {bad} problems")
    return 1 if bad else 0
