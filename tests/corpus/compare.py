"""Comparison of engine output with a corpus file's expected coding (one place, used by tests and bench).

Rules (docs/coding_conventions.md, "Comparing results"): an encounter is coded exactly when the multiset of
``(code, units, sorted(modifiers))`` after summing units per ``(code, sorted(modifiers))`` equals the expected
one. Expected finding topics must be a subset of the actual topics (checked separately, not part of the
exact-match rate). Pure Python; no engine import.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

CORPUS_DIR = Path(__file__).resolve().parent

LineKey = tuple[str, tuple[str, ...]]


def normalise(lines: Iterable[Any]) -> Counter[LineKey]:
    """Sum units per (code, sorted modifiers); accepts dicts (corpus) or objects with code/units/modifiers."""
    out: Counter[LineKey] = Counter()
    for ln in lines:
        if isinstance(ln, dict):
            code, units, mods = ln["code"], ln.get("units", 1), ln.get("modifiers", ())
        else:
            code, units, mods = ln.code, ln.units, ln.modifiers
        out[(str(code), tuple(sorted(str(m) for m in mods)))] += int(units)
    return +out  # drops zero-unit keys


def render(lines: Counter[LineKey]) -> str:
    parts = []
    for (code, mods), units in sorted(lines.items()):
        parts.append(code + "".join(f"-{m}" for m in mods) + (f" x{units}" if units != 1 else ""))
    return ", ".join(parts) or "(no lines)"


@dataclass(frozen=True)
class Outcome:
    id: str
    family: str
    shape: str
    exact: bool
    expected: Counter[LineKey]
    actual: Counter[LineKey]
    missing_topics: tuple[str, ...] = ()
    error: str | None = None
    actual_topics: tuple[str, ...] = field(default_factory=tuple)
    dx_mismatches: tuple[str, ...] = ()  # "code: expected X, got Y" for the optional expected diagnoses

    @property
    def topics_ok(self) -> bool:
        return not self.missing_topics and self.error is None

    def describe(self) -> str:
        if self.error:
            return f"{self.id}: ERROR {self.error}"
        s = f"{self.id}: expected [{render(self.expected)}] got [{render(self.actual)}]"
        if self.missing_topics:
            s += f"; missing topics {list(self.missing_topics)} (got {list(self.actual_topics)})"
        return s


def _first_dx(lines: list[Any]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for ln in lines:
        code = ln["code"] if isinstance(ln, dict) else ln.code
        dxs = ln.get("diagnoses", ()) if isinstance(ln, dict) else getattr(ln, "diagnoses", ())
        out.setdefault(str(code), str(dxs[0]) if dxs else None)
    return out


def compare(record: dict[str, Any], actual_lines: Iterable[Any], actual_topics: Iterable[str]) -> Outcome:
    """Exact match of lines (+ topics subset). Expected first-ranked diagnoses are reported, not scored."""
    actual_lines = list(actual_lines)
    exp = normalise(record["expected"]["lines"])
    act = normalise(actual_lines)
    first = _first_dx(actual_lines)
    dx_bad = tuple(f"{code}: expected {want[0]}, got {first.get(code)}"
                   for code, want in record["expected"].get("diagnoses", {}).items()
                   if want and first.get(code) != want[0])
    topics = tuple(dict.fromkeys(str(t) for t in actual_topics))
    missing = tuple(t for t in record["expected"].get("finding_topics", []) if t not in topics)
    return Outcome(record["id"], record["family"], record["shape"], exp == act, exp, act, missing,
                   actual_topics=topics, dx_mismatches=dx_bad)


def error_outcome(record: dict[str, Any], error: str) -> Outcome:
    expected = normalise(record["expected"]["lines"])
    return Outcome(record["id"], record["family"], record["shape"], False, expected, Counter(),
                   tuple(record["expected"].get("finding_topics", [])), error=error)


def load_corpus(root: Path = CORPUS_DIR) -> list[dict[str, Any]]:
    return [json.loads(p.read_text()) for p in sorted(root.glob("*/*.json"))]


def run_engine(record: dict[str, Any], code_encounter, tables) -> Outcome:
    """Code one record with ``code_encounter(bundle, tables)`` and compare; exceptions become errors."""
    try:
        result = code_encounter(record["bundle"], tables)
    except Exception as exc:  # noqa: BLE001 - a crash on one chart is reported as that chart's mismatch
        return error_outcome(record, f"{type(exc).__name__}: {exc}")
    return compare(record, result.lines, [getattr(f.topic, "value", f.topic) for f in result.findings])


def rate(outcomes: Iterable[Outcome]) -> float:
    outs = list(outcomes)
    return sum(o.exact for o in outs) / len(outs) if outs else 0.0


def table(outcomes: list[Outcome], by: str) -> str:
    """A text table of exact-match counts grouped by ``family`` or ``shape``."""
    groups: dict[str, list[Outcome]] = {}
    for o in outcomes:
        groups.setdefault(getattr(o, by), []).append(o)
    rows = [f"{by:<20} {'n':>4} {'exact':>6} {'rate':>7} {'topics-ok':>10}"]
    for key in sorted(groups):
        g = groups[key]
        rows.append(f"{key:<20} {len(g):>4} {sum(o.exact for o in g):>6} {rate(g):>7.1%} "
                    f"{sum(o.topics_ok for o in g):>10}")
    rows.append(f"{'ALL':<20} {len(outcomes):>4} {sum(o.exact for o in outcomes):>6} {rate(outcomes):>7.1%} "
                f"{sum(o.topics_ok for o in outcomes):>10}")
    return "\n".join(rows)
