"""Golden responses (order-sign, patient-view) and a golden draft Claim, normalised for volatile fields.

Regenerate with ``UPDATE_GOLDEN=1 .venv/bin/pytest tests/cds_hooks/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path

import pytest
from fhir.resources.R4B.claim import Claim

from server.claims.builder import build_claim
from server.coding.model import CodingResult
from server.coding.model import Line
from server.coding.model import PayerKind

EXPECTED = Path(__file__).resolve().parents[1] / "fixtures" / "expected"
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^[0-9a-f]{32}$")


def normalise(value):
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k in ("uuid", "created") or (isinstance(v, str) and UUID.match(v)):
                out[k] = "<volatile>"
            elif k == "valueDate":
                out[k] = "<today>"
            else:
                out[k] = normalise(v)
        return out
    if isinstance(value, list):
        return [normalise(v) for v in value]
    return value


def compare(name: str, actual: dict) -> None:
    path = EXPECTED / name
    text = json.dumps(normalise(actual), sort_keys=True, indent=2) + "\n"
    if os.environ.get("UPDATE_GOLDEN") == "1" or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        if os.environ.get("UPDATE_GOLDEN") != "1":
            pytest.fail(f"golden {name} was missing and has been written; review and re-run")
    assert text == path.read_text(), f"{name} differs from the golden file (UPDATE_GOLDEN=1 to accept)"


@pytest.mark.parametrize(
    ("fixture", "service", "golden"),
    [
        (
            "order-sign__prefetch-complete.json",
            "derm-order-review",
            "cards/order-sign__prefetch-complete.json",
        ),
        ("order-sign__mohs-prefetch-complete.json", "derm-order-review", "cards/order-sign__mohs.json"),
        (
            "patient-view__prefetch-complete.json",
            "derm-chart-review",
            "cards/patient-view__prefetch-complete.json",
        ),
    ],
)
def test_golden_responses(
    make_app, register_client, cds_call, cds_fixture, conformance, fixture, service, golden
):
    app = make_app(CDS_NOW="2026-03-20T15:00:00+00:00")
    register_client(app)
    resp = cds_call(app.test_client(), service, cds_fixture(fixture))
    assert resp.status_code == 200
    body = resp.get_json()
    conformance(body, hook=cds_fixture(fixture)["hook"])
    compare(golden, body)


def test_golden_claim():
    result = CodingResult(
        encounter_ref="Encounter/demo-enc-mohs-nose",
        patient_ref="Patient/demo-pat-abernathy",
        service_date=date(2026, 3, 20),
        payer_kind=PayerKind.MEDICARE,
        lines=(
            Line("17311", diagnoses=("C44.311",), body_site="left nasal ala", rule_ids=("DRM301",)),
            Line("17312", diagnoses=("C44.311",), body_site="left nasal ala", rule_ids=("DRM301",)),
            Line("12051", diagnoses=("C44.311",), body_site="left nasal ala", rule_ids=("DRM401",)),
        ),
        diagnoses=("C44.311",),
        findings=(),
        table_release="ncci-2024Q3+pfs-2025D+hcpcs-2024-07",
        coverage_ref="Coverage/cov-ced6664a",
        provider_ref="Practitioner/prac-chen",
    )
    practice = {
        "id": "demo-derm",
        "name": "Riverside Dermatology (demo)",
        "npi": "1245319599",
        "settings": {"place_of_service": "11"},
    }
    claim = build_claim(result, practice=practice, created="2026-03-20T17:00:00+00:00")
    Claim.model_validate(claim)
    compare("claims/demo-enc-mohs-nose.json", claim)
