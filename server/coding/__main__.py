"""``python -m server.coding FILE_OR_DIR [--out DIR]``: code FHIR Bundles and print the result as JSON.

One file → one JSON document on stdout. A directory → every ``*.json`` in it (sorted) is coded in batch with a
progress bar on stderr; results go to stdout as JSON Lines, or to ``--out DIR`` as one ``<name>.json`` each.
Pure module: argparse + the engine, no Flask.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from server.coding.engine import code_encounter
from server.coding.model import CodingResult
from server.coding.serialize import result_to_dict
from server.coding.tables import load_tables


Render = Callable[[CodingResult], dict[str, Any]]


def code_file(path: Path, tables, encounter_id: str | None = None, render: Render = result_to_dict) -> dict[str, Any]:
    bundle = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(bundle, dict) and "bundle" in bundle and "resourceType" not in bundle:
        bundle = bundle["bundle"]  # corpus record wrapper
    return render(code_encounter(bundle, tables, encounter_id=encounter_id))


def _progress(items, desc: str):
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a declared dependency
        return items
    return tqdm(items, desc=desc, unit="enc", file=sys.stderr)


def main(argv: list[str] | None = None, *, render: Render = result_to_dict, prog: str = "python -m server.coding") -> int:
    """:param render: turns each result into the printed JSON (``dermplug code`` adds the draft Claim)."""
    ap = argparse.ArgumentParser(prog=prog, description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path, help="a FHIR Bundle JSON file, or a directory of them")
    ap.add_argument("--out", type=Path, default=None, help="directory for one result file per input (batch)")
    ap.add_argument(
        "--encounter", default=None, help="Encounter id to code (default: the one the notes point at)"
    )
    ap.add_argument("--indent", type=int, default=2, help="JSON indent for single-file output")
    args = ap.parse_args(argv)
    tables = load_tables()
    if args.path.is_dir():
        files = sorted(args.path.rglob("*.json"))
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
        failed = 0
        for f in _progress(files, "coding"):
            try:
                res = code_file(f, tables, args.encounter, render)
            except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
                failed += 1
                res = {"file": str(f), "error": f"{type(exc).__name__}: {exc}"}
            res["file"] = str(f)
            if args.out:
                (args.out / f"{f.stem}.json").write_text(json.dumps(res, indent=2), encoding="utf-8")
            else:
                sys.stdout.write(json.dumps(res) + "\n")
        return 1 if failed else 0
    if not args.path.exists():
        ap.error(f"{args.path} does not exist")
    res = code_file(args.path, tables, args.encounter, render)
    text = json.dumps(res, indent=args.indent or None)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / f"{args.path.stem}.json").write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
