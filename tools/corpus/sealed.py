"""Check or score a sealed spec file kept outside the repo, without writing any corpus file.

    python -m tools.corpus.sealed check /tmp/sealed6/scenarios_sealed6.py   # tables only, no engine
    python -m tools.corpus.sealed score /tmp/sealed6/scenarios_sealed6.py   # run the engine once, report

A sealed set is written by an author who never sees the engine or the corpus. ``check`` is all the author runs
(it validates the expected answers against the CMS tables and never imports the engine). ``score`` is run once,
before the set is merged into ``tools/corpus`` as training data; its number is the held-out accuracy.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from typing import Any

from tools.corpus.build import corpus_record


def load_specs(path: Path) -> list[dict[str, Any]]:
    spec = importlib.util.spec_from_file_location(f"sealed_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return list(mod.SCENARIOS)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["check", "score"])
    ap.add_argument("path", type=Path, nargs="+")
    args = ap.parse_args(argv)
    records = [corpus_record(s) for p in args.path for s in load_specs(p)]
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        print("duplicate ids:", sorted({i for i in ids if ids.count(i) > 1}), file=sys.stderr)
        return 2
    if args.mode == "check":
        from tools.corpus.check import check_all

        return check_all(records)
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from corpus_report import report

    return report(records)


if __name__ == "__main__":
    raise SystemExit(main())
