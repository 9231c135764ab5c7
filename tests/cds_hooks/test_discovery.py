"""Discovery (spec §Discovery; Inferno CRD server checks 2-3) and CORS."""

from __future__ import annotations

import re


def test_discovery_lists_the_three_services(client):
    resp = client.get("/cds-services", headers={"Accept": "application/json"})
    assert resp.status_code == 200
    body = resp.get_json()
    assert isinstance(body["services"], list)
    by_id = {s["id"]: s for s in body["services"]}
    assert {sid: s["hook"] for sid, s in by_id.items()} == {
        "derm-visit-coding": "encounter-discharge",
        "derm-order-review": "order-sign",
        "derm-chart-review": "patient-view",
    }
    for s in body["services"]:
        for key in ("hook", "description", "id", "title"):
            assert isinstance(s[key], str) and s[key]
        for template in s["prefetch"].values():
            # CDS Hooks 2.0 prefetch tokens: root-level context fields or today() arithmetic only
            for token in re.findall(r"\{\{([^}]+)\}\}", template):
                assert re.fullmatch(r"context\.(patientId|encounterId|userId)|today\(\) - \d+ days", token), (
                    token
                )
    visit = by_id["derm-visit-coding"]["prefetch"]
    assert visit["patient"] == "Patient/{{context.patientId}}"
    assert visit["encounter"] == "Encounter/{{context.encounterId}}"
    assert (
        visit["procedures"].startswith("Procedure?")
        and "encounter={{context.encounterId}}" in visit["procedures"]
    )
    assert visit["coverage"].startswith("Coverage?patient=")
    assert visit["history"].startswith("Procedure?patient=") and "date=ge" in visit["history"]
    assert visit["pathology"].startswith("Observation?")


def test_discovery_verifies_a_jwt_when_present(client, cds_client, cds_jwt):
    good = cds_jwt("http://localhost/cds-services")
    assert client.get("/cds-services", headers={"Authorization": f"Bearer {good}"}).status_code == 200
    wrong_aud = cds_jwt("http://localhost/cds-services/derm-visit-coding")
    resp = client.get("/cds-services", headers={"Authorization": f"Bearer {wrong_aud}"})
    assert resp.status_code == 401
    assert resp.headers["WWW-Authenticate"] == "Bearer"


def test_preflight_is_answered_before_auth_with_cors_headers(client):
    for path in (
        "/cds-services",
        "/cds-services/derm-visit-coding",
        "/cds-services/derm-visit-coding/feedback",
    ):
        resp = client.options(
            path,
            headers={
                "Origin": "https://sandbox.cds-hooks.org",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type",
            },
        )
        assert resp.status_code == 204, path
        assert resp.headers["Access-Control-Allow-Origin"] == "*"
        assert "POST" in resp.headers["Access-Control-Allow-Methods"]
        assert "Authorization" in resp.headers["Access-Control-Allow-Headers"]


def test_cors_headers_on_discovery_and_service_post_including_errors(client):
    origin = {"Origin": "https://sandbox.cds-hooks.org"}
    assert client.get("/cds-services", headers=origin).headers["Access-Control-Allow-Origin"] == "*"
    resp = client.post("/cds-services/derm-visit-coding", json={}, headers=origin)
    assert resp.status_code == 401  # no JWT
    assert resp.headers["Access-Control-Allow-Origin"] == "*"


def test_cors_allow_list_echoes_only_listed_origins(make_app):
    app = make_app(CDS_CORS_ORIGINS="https://ehr.example.org, https://sandbox.example.org")
    c = app.test_client()
    ok = c.get("/cds-services", headers={"Origin": "https://ehr.example.org"})
    assert ok.headers["Access-Control-Allow-Origin"] == "https://ehr.example.org"
    assert "Origin" in ok.headers.get("Vary", "")
    bad = c.get("/cds-services", headers={"Origin": "https://evil.example.com"})
    assert "Access-Control-Allow-Origin" not in bad.headers


def test_unknown_service_is_404_operation_outcome(client, cds_client, cds_jwt):
    token = cds_jwt("http://localhost/cds-services/nope")
    resp = client.post("/cds-services/nope", json={}, headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 404
    assert resp.mimetype == "application/fhir+json"
    assert resp.get_json()["resourceType"] == "OperationOutcome"
