"""The visit-coding service (encounter-discharge, ``derm-visit-coding``) without prefetch, reading the chart
from a real FHIR server process (tools/fhir-server) with the ``fhirAuthorization`` bearer token.

For every demo encounter the no-prefetch answer must carry the same draft-Claim lines as the answer to a
request whose prefetch holds the same data. Then the EHR quirks: Oracle Health's missing Procedure search by
encounter (fallback to patient + date), a token the FHIR server rejects (412), and a FHIR server slower than
the hook deadline (200 with an info card, within the deadline).
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import requests

from cds_hooks.prefetch import resolve_template
from cds_hooks.services import SERVICES

pytestmark = pytest.mark.integration

SERVICE = SERVICES["derm-visit-coding"]
TOKEN = "itest-access-token"
DEMO_STEMS = sorted(
    p.stem for p in (Path(__file__).resolve().parents[2] / "demo" / "encounters").glob("*.json")
)


def encounter_of(bundle: dict[str, Any], stem: str) -> dict[str, Any]:
    encs = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Encounter"]
    return next((e for e in encs if e["id"] == stem), encs[0])


def hook_body(fhir_url: str, bundle: dict[str, Any], stem: str, *, token: str = TOKEN) -> dict[str, Any]:
    enc = encounter_of(bundle, stem)
    return {
        "hookInstance": str(uuid.uuid4()),
        "hook": "encounter-discharge",
        "fhirServer": fhir_url,
        "fhirAuthorization": {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": 300,
            "scope": "patient/*.read",
            "subject": "dermplug",
        },
        "context": {
            "userId": "Practitioner/prac-itest",
            "patientId": enc["subject"]["reference"].split("/")[-1],
            "encounterId": enc["id"],
        },
    }


def full_prefetch(fhir_url: str, context: dict[str, Any]) -> dict[str, Any]:
    """What a prefetch-capable EHR sends: every template resolved and read from the same FHIR server."""
    out = {}
    for key, template in SERVICE.prefetch.items():
        query = resolve_template(template, context, date.today())
        r = requests.get(f"{fhir_url}/{query}", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
        assert r.status_code == 200, (key, r.status_code)
        out[key] = r.json()
    return out


def _lines(claim: dict[str, Any]) -> Counter:
    assert claim["status"] == "draft"
    lines: Counter = Counter()
    for item in claim.get("item", []):
        code = item["productOrService"]["coding"][0]["code"]
        mods = tuple(sorted(m["coding"][0]["code"] for m in item.get("modifier", [])))
        lines[(code, mods, (item.get("quantity") or {}).get("value", 1))] += 1
    return lines


def created_claims(body: dict[str, Any]) -> list[tuple[str, Counter]]:
    """(card topic, claim lines) for every suggestion that creates a Claim."""
    return [
        (card["source"]["topic"]["code"], _lines(a["resource"]))
        for card in body.get("cards", [])
        for s in card.get("suggestions", [])
        for a in s.get("actions", [])
        if a.get("type") == "create" and a.get("resource", {}).get("resourceType") == "Claim"
    ]


def claim_lines(body: dict[str, Any]) -> list[str]:
    """Every draft Claim a suggestion would create, as sorted ``topic:[(code, modifiers, qty), n]`` strings.

    At least one must come from a ``coding-suggestion`` card and have lines (the proposed claim); correction
    cards may add alternative claims, which must match too.
    """
    claims = created_claims(body)
    proposed = [lines for topic, lines in claims if topic == "coding-suggestion" and lines]
    assert proposed, (
        f"no coding-suggestion card creates a draft Claim with lines (cards: {len(body['cards'])})"
    )
    return sorted(f"{topic}:{sorted(lines.items())}" for topic, lines in claims)


def fetched_paths(fhir_server) -> list[tuple[str, dict[str, list[str]], int, bool]]:
    out = []
    for r in fhir_server.requests():
        params: dict[str, list[str]] = {}
        for k, v in r["params"]:
            params.setdefault(k, []).append(v)
        out.append((r["path"], params, r["status"], r["authorized"]))
    return out


def test_demo_encounters_are_seeded(fhir_server, demo_bundles):
    assert len(demo_bundles) >= 6
    for stem, bundle in demo_bundles.items():
        enc = encounter_of(bundle, stem)
        r = requests.get(f"{fhir_server.url}/Encounter/{enc['id']}", timeout=5)
        assert r.status_code == 200 and r.json()["id"] == enc["id"]


@pytest.mark.parametrize("stem", DEMO_STEMS)
def test_no_prefetch_matches_prefetch(stem, fhir_server, demo_bundles, cds_app, call_service):
    fhir_server.configure(token=TOKEN)
    app = cds_app()
    bundle = demo_bundles[stem]

    without = hook_body(fhir_server.url, bundle, stem)
    r = call_service(app, SERVICE.id, without)
    assert r.status_code == 200, r.get_data(as_text=True)[:500]
    lines_without = claim_lines(r.json)
    calls = fetched_paths(fhir_server)
    enc_id = without["context"]["encounterId"]
    assert ("/Encounter/" + enc_id) in {p for p, *_ in calls}, "the service did not read the Encounter"
    assert any(p == "/Procedure" and params.get("encounter") for p, params, *_ in calls)
    assert all(authorized for *_, authorized in calls), "a FHIR call went out without the bearer token"
    assert all(status == 200 for _p, _q, status, _a in calls)
    assert not any("could not be fetched" in c["summary"] for c in r.json["cards"])

    with_prefetch = hook_body(fhir_server.url, bundle, stem)
    with_prefetch["prefetch"] = full_prefetch(fhir_server.url, with_prefetch["context"])
    fhir_server.clear_requests()
    r2 = call_service(app, SERVICE.id, with_prefetch)
    assert r2.status_code == 200
    assert fhir_server.requests() == [], "full prefetch must not trigger FHIR reads"
    assert claim_lines(r2.json) == lines_without
    assert sorted(c["summary"] for c in r2.json["cards"]) == sorted(c["summary"] for c in r.json["cards"])


def test_oracle_mode_falls_back_to_patient_and_date(fhir_server, demo_bundles, cds_app, call_service):
    stem = next(
        s
        for s in DEMO_STEMS
        if sum(e["resource"]["resourceType"] == "Procedure" for e in demo_bundles[s]["entry"]) >= 2
    )
    app = cds_app()
    fhir_server.configure(token=TOKEN)
    body = hook_body(fhir_server.url, demo_bundles[stem], stem)
    expected = claim_lines(call_service(app, SERVICE.id, body).json)

    fhir_server.configure(token=TOKEN, oracle=True)
    fhir_server.clear_requests()
    r = call_service(app, SERVICE.id, hook_body(fhir_server.url, demo_bundles[stem], stem))
    assert r.status_code == 200
    calls = fetched_paths(fhir_server)
    rejected = [c for c in calls if c[0] == "/Procedure" and c[1].get("encounter")]
    assert rejected and all(status == 400 for _p, _q, status, _a in rejected)
    fallback = [
        c
        for c in calls
        if c[0] == "/Procedure" and c[1].get("date") and not c[1].get("encounter") and c[2] == 200
    ]
    enc = encounter_of(demo_bundles[stem], stem)
    day = enc["period"]["start"][:10]
    assert any(day in "".join(params["date"]) for _p, params, _s, _a in fallback), fallback
    assert claim_lines(r.json) == expected
    assert not any("could not be fetched" in c["summary"] for c in r.json["cards"])


def test_wrong_token_gives_412_operation_outcome(fhir_server, demo_bundles, cds_app, call_service):
    stem = DEMO_STEMS[0]
    app = cds_app()
    fhir_server.configure(token=TOKEN)
    r = call_service(
        app, SERVICE.id, hook_body(fhir_server.url, demo_bundles[stem], stem, token="wrong-token")
    )
    assert r.status_code == 412
    assert r.mimetype == "application/fhir+json"
    outcome = r.json
    assert outcome["resourceType"] == "OperationOutcome"
    assert outcome["issue"][0]["severity"] == "error"
    calls = fetched_paths(fhir_server)
    assert calls and all(status == 401 for _p, _q, status, _a in calls)
    assert "wrong-token" not in r.get_data(as_text=True)


def test_slow_fhir_server_answers_within_deadline_with_info_card(
    fhir_server, demo_bundles, cds_app, call_service
):
    stem = DEMO_STEMS[0]
    deadline = 1.0
    app = cds_app(CDS_HOOK_DEADLINE_SECONDS=deadline)
    fhir_server.configure(token=TOKEN)
    body = hook_body(fhir_server.url, demo_bundles[stem], stem)
    # The EHR sent patient and encounter; the rest must come from a FHIR server slower than the deadline.
    full = full_prefetch(fhir_server.url, body["context"])
    body["prefetch"] = {"patient": full["patient"], "encounter": full["encounter"]}
    fhir_server.configure(token=TOKEN, delay_ms=2500)
    t0 = time.monotonic()
    r = call_service(app, SERVICE.id, body)
    elapsed = time.monotonic() - t0
    assert r.status_code == 200, r.get_data(as_text=True)[:300]
    # Well before the FHIR server would have answered (2.5 s): the hook stopped waiting at its deadline.
    assert elapsed < deadline + 1.0, f"hook took {elapsed:.2f}s with a {deadline}s deadline"
    info = [c for c in r.json["cards"] if c["indicator"] == "info" and "could not be fetched" in c["summary"]]
    assert len(info) == 1
    for key in ("procedures", "notes", "conditions"):
        assert key in info[0].get("detail", "")
