"""Regenerate the scenario request fixtures in tests/fixtures/cds/ from the demo bundles.

    .venv/bin/python tests/cds_hooks/make_fixtures.py

The bundles are copied to tests/fixtures/cds/bundles/ so the tests do not move when the demo data changes.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "fixtures" / "cds"
spec = importlib.util.spec_from_file_location("cds_conftest", Path(__file__).with_name("conftest.py"))
conf = importlib.util.module_from_spec(spec)
sys.modules["cds_conftest"] = conf
spec.loader.exec_module(conf)  # type: ignore[union-attr]

BUNDLES = [
    "demo-enc-mohs-nose",
    "demo-enc-order-sign-dupilumab",
    "demo-enc-order-sign-mohs",
    "demo-enc-postop-global",
    "demo-enc-cosmetic-sk-medicare",
    "demo-enc-fse-shave-biopsies",
]


def write(name: str, body: dict, instance: str) -> None:
    body["hookInstance"] = instance
    (OUT / name).write_text(json.dumps(body, indent=2) + "\n")


def main() -> None:
    (OUT / "bundles").mkdir(parents=True, exist_ok=True)
    for stem in BUNDLES:
        shutil.copy(ROOT / "demo" / "encounters" / f"{stem}.json", OUT / "bundles" / f"{stem}.json")
    load = lambda s: json.loads((OUT / "bundles" / f"{s}.json").read_text())  # noqa: E731
    mohs = load("demo-enc-mohs-nose")
    write(
        "encounter-discharge__prefetch-complete.json",
        conf.build_hook_request(mohs, "encounter-discharge"),
        "0b8f3a5e-3f1e-4c1b-9a55-000000000001",
    )
    write(
        "encounter-discharge__no-prefetch.json",
        conf.build_hook_request(mohs, "encounter-discharge", prefetch=False),
        "0b8f3a5e-3f1e-4c1b-9a55-000000000002",
    )
    body = conf.build_hook_request(mohs, "encounter-discharge")
    body["prefetch"]["procedures"] = {
        "resourceType": "OperationOutcome",
        "issue": [{"severity": "error", "code": "too-costly", "diagnostics": "search too expensive"}],
    }
    body["prefetch"]["conditions"] = None
    del body["prefetch"]["notes"]
    write("encounter-discharge__prefetch-has-outcome.json", body, "0b8f3a5e-3f1e-4c1b-9a55-000000000003")
    body = conf.build_hook_request(mohs, "encounter-discharge", prefetch=False, fhir_server=None)
    write("encounter-discharge__no-fhir-server.json", body, "0b8f3a5e-3f1e-4c1b-9a55-000000000004")
    write(
        "order-sign__prefetch-complete.json",
        conf.build_hook_request(load("demo-enc-order-sign-dupilumab"), "order-sign"),
        "0b8f3a5e-3f1e-4c1b-9a55-000000000005",
    )
    write(
        "order-sign__mohs-prefetch-complete.json",
        conf.build_hook_request(load("demo-enc-order-sign-mohs"), "order-sign"),
        "0b8f3a5e-3f1e-4c1b-9a55-000000000006",
    )
    write(
        "order-sign__no-prefetch.json",
        conf.build_hook_request(load("demo-enc-order-sign-dupilumab"), "order-sign", prefetch=False),
        "0b8f3a5e-3f1e-4c1b-9a55-000000000007",
    )
    write(
        "patient-view__prefetch-complete.json",
        conf.build_hook_request(load("demo-enc-postop-global"), "patient-view"),
        "0b8f3a5e-3f1e-4c1b-9a55-000000000008",
    )
    write(
        "patient-view__no-prefetch.json",
        conf.build_hook_request(load("demo-enc-postop-global"), "patient-view", prefetch=False),
        "0b8f3a5e-3f1e-4c1b-9a55-000000000009",
    )


if __name__ == "__main__":
    main()
