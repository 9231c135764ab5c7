"""No PHI in logs: a full hook call logs ids, rule ids, counts and timings, never names, birth dates or note text."""

from __future__ import annotations

import base64
import json
import logging
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEMO = sorted((ROOT / "demo" / "encounters").glob("*.json"))


def phi_strings(bundle: dict) -> set[str]:
    """Names, birth dates and 30-character slices of every note in the bundle."""
    out: set[str] = set()
    for entry in bundle["entry"]:
        r = entry["resource"]
        if r["resourceType"] == "Patient":
            for name in r.get("name", []):
                out.update(name.get("given", []))
                if name.get("family"):
                    out.add(name["family"])
            if r.get("birthDate"):
                out.add(r["birthDate"])
        if r["resourceType"] == "DocumentReference":
            for c in r.get("content", []):
                text = base64.b64decode(c["attachment"].get("data", "")).decode("utf-8", "replace")
                out.update(text[i : i + 30] for i in range(0, max(len(text) - 30, 1), 90))
        for note in r.get("note", []) if r["resourceType"] == "Procedure" else []:
            out.add(note.get("text", "")[:30])
    return {s for s in out if len(s) >= 4}


@pytest.mark.parametrize("service,hook", [("derm-visit-coding", "encounter-discharge"),
                                          ("derm-chart-review", "patient-view")])
@pytest.mark.parametrize("path", DEMO, ids=lambda p: p.stem)
def test_hook_logs_carry_no_phi(client, cds_client, cds_call, hook_request, caplog, path, service, hook):
    bundle = json.loads(path.read_text())
    body = hook_request(bundle, hook, encounter_id=path.stem)
    with caplog.at_level(logging.DEBUG):
        resp = cds_call(client, service, body)
    assert resp.status_code == 200
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert f"service={service}" in logged  # the call was logged ...
    phi = phi_strings(bundle)
    assert len(phi) > 5  # the bundle does carry names, dates and note text to leak
    leaked = sorted(s for s in phi if s in logged)
    assert leaked == []  # ... without names, birth dates or note text
