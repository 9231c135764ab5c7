"""The /sandbox EHR simulator: page, signed hook requests, demo FHIR endpoint (Flask test client)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from joserfc import jwt
from joserfc.jwk import KeySet

from cds_hooks import sandbox
from cds_hooks.services import SERVICES
from tests.support import DEMO
from tests.support import demo_encounters

ROOT = Path(__file__).resolve().parents[2]


def test_there_are_demo_encounters():
    assert len(DEMO) >= 6


def test_page_lists_demo_encounters_and_hooks(sandbox_client):
    r = sandbox_client.get("/sandbox")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    for stem, _enc, _pat in demo_encounters():
        assert f'value="{stem}"' in html
    for service in SERVICES.values():
        assert f'data-service="{service.id}"' in html
    assert "sandbox/sandbox.js" in html
    js = sandbox_client.get("/static/sandbox/sandbox.js")
    try:
        assert js.status_code == 200 and b"renderMarkdown" in js.data
    finally:
        js.close()


def test_sandbox_is_absent_when_disabled(make_app, tmp_path):
    app = make_app(SANDBOX_ENABLED=False, SANDBOX_KEY_FILE=str(tmp_path / "k.json"))
    assert "sandbox" not in app.blueprints
    assert app.test_client().get("/sandbox").status_code == 404


def test_request_is_signed_for_the_service_url_and_key_is_registered(sandbox_app, sandbox_client):
    stem, enc_id, pat_id = demo_encounters()[0]
    r = sandbox_client.post(
        "/sandbox/api/request", json={"service": "derm-visit-coding", "encounter": stem, "prefetch": True}
    )
    assert r.status_code == 200
    body = r.json
    assert body["url"] == "http://localhost/cds-services/derm-visit-coding"
    req = body["request"]
    assert req["hook"] == "encounter-discharge"
    assert req["context"]["patientId"] == pat_id and req["context"]["encounterId"] == enc_id
    assert req["context"]["userId"].startswith("Practitioner/")
    assert req["fhirServer"] == "http://localhost/sandbox/fhir"
    assert req["fhirAuthorization"]["token_type"] == "Bearer"
    assert set(req["prefetch"]) == set(SERVICES["derm-visit-coding"].prefetch)
    assert req["prefetch"]["encounter"]["id"] == enc_id
    assert req["prefetch"]["patient"]["id"] == pat_id

    jwks = sandbox_client.get("/sandbox/.well-known/jwks.json").json
    assert jwks["keys"][0]["crv"] == "P-384" and "d" not in jwks["keys"][0]
    token = jwt.decode(body["token"], KeySet.import_key_set(jwks), algorithms=["ES384"])
    assert token.header["alg"] == "ES384" and token.header["typ"] == "JWT" and token.header["kid"]
    claims = token.claims
    assert claims["iss"] == sandbox.SANDBOX_ISSUER
    assert claims["aud"] == body["url"]
    assert 0 < claims["exp"] - claims["iat"] <= 300 and claims["jti"]

    from server.db.repositories import ClientRepository
    from server.extensions import db

    with sandbox_app.app_context(), db.session_scope() as s:
        client = ClientRepository(s).by_issuer(sandbox.SANDBOX_ISSUER)
        assert client is not None and client.practice_id == "demo-derm"
        assert client.jwks == jwks


def test_key_is_generated_once_and_reused(sandbox_app, make_app, tmp_path):
    with sandbox_app.app_context():
        first = sandbox.sandbox_key().as_dict(private=True)
    key_file = Path(sandbox_app.config["SANDBOX_KEY_FILE"])
    assert key_file.exists() and oct(key_file.stat().st_mode & 0o777) == "0o600"
    other = make_app(SANDBOX_ENABLED=True, SANDBOX_KEY_FILE=str(key_file))
    with other.app_context():
        assert sandbox.sandbox_key().as_dict(private=True) == first


def test_request_without_prefetch_points_at_demo_fhir(sandbox_client):
    stem = next(s for s, _e, _p in demo_encounters() if "order-sign" in s)
    r = sandbox_client.post(
        "/sandbox/api/request", json={"service": "derm-order-review", "encounter": stem, "prefetch": False}
    )
    req = r.json["request"]
    assert "prefetch" not in req
    assert req["hook"] == "order-sign"
    drafts = [e["resource"] for e in req["context"]["draftOrders"]["entry"]]
    assert drafts and all(d["status"] == "draft" for d in drafts)
    assert {d["resourceType"] for d in drafts} <= {"ServiceRequest", "MedicationRequest"}


def test_feedback_token_audience(sandbox_client):
    r = sandbox_client.post("/sandbox/api/feedback-token", json={"service": "derm-visit-coding"})
    assert r.status_code == 200
    assert r.json["url"] == "http://localhost/cds-services/derm-visit-coding/feedback"
    claims = jwt.decode(
        r.json["token"],
        KeySet.import_key_set(sandbox_client.get("/sandbox/.well-known/jwks.json").json),
        algorithms=["ES384"],
    ).claims
    assert claims["aud"] == r.json["url"]


@pytest.mark.parametrize(
    "payload",
    [{"service": "nope", "encounter": "x"}, {"service": "derm-visit-coding", "encounter": "missing"}],
)
def test_unknown_service_or_encounter_is_404(sandbox_client, payload):
    assert sandbox_client.post("/sandbox/api/request", json=payload).status_code == 404


def _auth(client) -> dict[str, str]:
    with client.application.app_context():
        return {"Authorization": f"Bearer {sandbox.fhir_access_token()}"}


def test_demo_fhir_endpoint_read_search_and_auth(sandbox_client):
    stem, enc_id, pat_id = demo_encounters()[0]
    h = _auth(sandbox_client)
    assert sandbox_client.get(f"/sandbox/fhir/Patient/{pat_id}").status_code == 401
    bad = sandbox_client.get(f"/sandbox/fhir/Patient/{pat_id}", headers={"Authorization": "Bearer x"})
    assert bad.status_code == 401 and bad.json["resourceType"] == "OperationOutcome"
    assert sandbox_client.get(f"/sandbox/fhir/Patient/{pat_id}", headers=h).json["id"] == pat_id
    missing = sandbox_client.get("/sandbox/fhir/Patient/nope", headers=h)
    assert missing.status_code == 404 and missing.json["resourceType"] == "OperationOutcome"
    bundle = json.loads((ROOT / "demo" / "encounters" / f"{stem}.json").read_text())
    expected = {
        e["resource"]["id"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "Procedure"
        and e["resource"].get("encounter", {}).get("reference") == f"Encounter/{enc_id}"
    }
    for enc_value in (enc_id, f"Encounter/{enc_id}"):
        r = sandbox_client.get(f"/sandbox/fhir/Procedure?patient={pat_id}&encounter={enc_value}", headers=h)
        assert r.status_code == 200 and r.mimetype == "application/fhir+json"
        assert {e["resource"]["id"] for e in r.json["entry"]} == expected
    docs = sandbox_client.get(f"/sandbox/fhir/DocumentReference?encounter={enc_id}", headers=h).json
    assert docs["total"] >= 1
    one = sandbox_client.get(f"/sandbox/fhir/Condition?patient={pat_id}&_count=1", headers=h).json
    assert len(one["entry"]) == 1
    meta = sandbox_client.get("/sandbox/fhir/metadata").json
    assert meta["resourceType"] == "CapabilityStatement" and meta["fhirVersion"] == "4.0.1"
    assert (
        sandbox_client.post("/sandbox/fhir/Patient", json={"resourceType": "Patient"}, headers=h).status_code
        == 405
    )


def test_date_search_and_template_resolution(sandbox_app):
    context = {"patientId": "p1", "encounterId": "e1", "userId": "Practitioner/u1"}
    resolved = sandbox.resolve_template(
        "Procedure?patient={{context.patientId}}&date=ge{{today() - 120 days}}"
        "&performer={{userPractitionerId}}",
        context,
        today=date(2026, 5, 1),
    )
    assert resolved == "Procedure?patient=p1&date=ge2026-01-01&performer=u1"
    with sandbox_app.test_request_context("/sandbox"):
        postop = next(s for s, _e, _p in demo_encounters() if "postop" in s)
        pat = dict((s, p) for s, _e, p in demo_encounters())[postop]
        everything = sandbox.execute(f"Procedure?patient={pat}", "http://x")
        assert everything["total"] >= 1
        dates = sorted(e["resource"].get("performedDateTime", "")[:10] for e in everything["entry"])
        before = sandbox.execute(f"Procedure?patient={pat}&date=lt{dates[0]}", "http://x")
        on_or_after = sandbox.execute(f"Procedure?patient={pat}&date=ge{dates[0]}", "http://x")
        assert before["total"] == 0 and on_or_after["total"] == everything["total"]


def fire(client, service_id: str, stem: str, prefetch: bool = True):
    built = client.post(
        "/sandbox/api/request", json={"service": service_id, "encounter": stem, "prefetch": prefetch}
    )
    assert built.status_code == 200
    b = built.json
    return b, client.post(
        b["url"][len("http://localhost") :],
        json=b["request"],
        headers={"Authorization": f"Bearer {b['token']}"},
    )


@pytest.mark.parametrize("stem", [s for s, _e, _p in demo_encounters()])
def test_firing_visit_coding_returns_a_draft_claim_card(sandbox_client, stem):
    _b, r = fire(sandbox_client, "derm-visit-coding", stem)
    assert r.status_code == 200, r.get_data(as_text=True)[:300]
    cards = r.json["cards"]
    assert cards
    actions = [
        a
        for c in cards
        if c["source"]["topic"]["code"] == "coding-suggestion"
        for s in c.get("suggestions", [])
        for a in s.get("actions", [])
    ]
    claims = [
        a["resource"] for a in actions if a["type"] == "create" and a["resource"]["resourceType"] == "Claim"
    ]
    assert claims and claims[0]["status"] == "draft" and claims[0]["item"]
    assert not any("could not be fetched" in c["summary"] for c in cards)


def test_firing_order_review_and_chart_review(sandbox_client):
    for stem in [s for s, _e, _p in demo_encounters() if "order-sign" in s]:
        _b, r = fire(sandbox_client, "derm-order-review", stem)
        assert r.status_code == 200
        assert r.json["cards"], stem
        assert isinstance(r.json.get("systemActions"), list)
    _b, r = fire(sandbox_client, "derm-chart-review", demo_encounters()[0][0])
    assert r.status_code == 200 and isinstance(r.json["cards"], list)


def test_accepting_a_suggestion_posts_feedback_that_is_stored(sandbox_app, sandbox_client):
    _b, r = fire(sandbox_client, "derm-visit-coding", "demo-enc-mohs-nose")
    card = next(
        c
        for c in r.json["cards"]
        if c["source"]["topic"]["code"] == "coding-suggestion" and c.get("suggestions")
    )
    tok = sandbox_client.post("/sandbox/api/feedback-token", json={"service": "derm-visit-coding"}).json
    fb = {
        "feedback": [
            {
                "card": card["uuid"],
                "outcome": "accepted",
                "outcomeTimestamp": "2026-03-11T17:00:00Z",
                "acceptedSuggestions": [{"id": card["suggestions"][0]["uuid"]}],
            }
        ]
    }
    resp = sandbox_client.post(
        tok["url"][len("http://localhost") :], json=fb, headers={"Authorization": f"Bearer {tok['token']}"}
    )
    assert resp.status_code == 200
    from sqlalchemy import select

    from server.db.models import Feedback
    from server.extensions import db

    with sandbox_app.app_context():
        rows = db.session.scalars(select(Feedback).where(Feedback.card_uuid == card["uuid"])).all()
        assert [(f.outcome, f.practice_id, f.accepted_suggestions) for f in rows] == [
            ("accepted", "demo-derm", [{"id": card["suggestions"][0]["uuid"]}])
        ]
