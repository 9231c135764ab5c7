"""Exact-match report of the coding engine over the hand-written corpus (tests/corpus).

    .venv/bin/python bench/corpus_report.py [--family biopsy] [--json out.json]

Prints exact-match per family and per shape, then every mismatch with expected vs actual lines and missing
finding topics. The comparison logic lives in tests/corpus/compare.py (shared with
tests/coding/test_corpus.py).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _compare_module():
    path = ROOT / "tests" / "corpus" / "compare.py"
    spec = importlib.util.spec_from_file_location("dermplug_corpus_compare", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def report(records: list[dict], json_path: str | None = None) -> int:
    """Code every record once, print the per-family / per-shape tables and every mismatch."""
    cmp = _compare_module()
    from server.coding import code_encounter
    from server.coding import load_tables

    tables = load_tables()
    t0 = time.perf_counter()
    outs = [cmp.run_engine(r, code_encounter, tables) for r in records]
    dt = time.perf_counter() - t0
    per = dt * 1000 / max(len(outs), 1)
    print(f"corpus: {len(outs)} encounters, table release {tables.release}, {per:.1f} ms/encounter")
    print()
    print(cmp.table(outs, "family"))
    print()
    print(cmp.table(outs, "shape"))
    bad = [o for o in outs if not o.exact or not o.topics_ok]
    n_lines, n_topics = sum(not o.exact for o in outs), sum(not o.topics_ok for o in outs)
    print(f"\nmismatches ({n_lines} lines, {n_topics} topics):")
    for o in bad:
        print(f"  [{o.family}/{o.shape}] {o.describe()}")
    dx = [o for o in outs if o.dx_mismatches]
    n_dx = sum(len(r["expected"].get("diagnoses", {})) for r in records)
    print(f"\nfirst-ranked diagnosis checks: {n_dx - sum(len(o.dx_mismatches) for o in dx)}/{n_dx} agree")
    for o in dx:
        print(f"  {o.id}: {'; '.join(o.dx_mismatches)}")
    if json_path:
        Path(json_path).write_text(json.dumps([
            {"id": o.id, "family": o.family, "shape": o.shape, "exact": o.exact, "topics_ok": o.topics_ok,
             "expected": cmp.render(o.expected), "actual": cmp.render(o.actual),
             "missing_topics": list(o.missing_topics), "dx_mismatches": list(o.dx_mismatches),
             "error": o.error} for o in outs], indent=1))
    print(f"\nexact-match rate: {cmp.rate(outs):.1%}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--family", help="only this family")
    ap.add_argument("--json", help="also write the outcomes as JSON to this path")
    args = ap.parse_args(argv)
    corpus = [r for r in _compare_module().load_corpus() if not args.family or r["family"] == args.family]
    return report(corpus, args.json)


if __name__ == "__main__":
    raise SystemExit(main())
