"""``/app/launch`` and ``/app/callback``: iss allow-list, discovery, authorize parameters, one-time state."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from urllib.parse import parse_qs
from urllib.parse import urlsplit

import pytest
import requests
import responses
from sqlalchemy import func
from sqlalchemy import select

from server.db.models import LaunchSession
from server.db.repositories import ClientRepository
from server.db.repositories import PracticeRepository
from server.extensions import db

EHR_FHIR = "https://ehr.example.org/fhir/r4"
EHR_CONF = {
    "authorization_endpoint": "https://auth.example.org/authorize",
    "token_endpoint": "https://auth.example.org/token",
    "grant_types_supported": ["authorization_code"],
    "code_challenge_methods_supported": ["S256"],
    "capabilities": ["launch-ehr", "client-public"],
}


def s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


@pytest.fixture
def registered(app):
    with app.app_context(), db.session_scope() as s:
        PracticeRepository(s).upsert("p1", "Practice One")
        ClientRepository(s).upsert(issuer="https://ehr.example.org", practice_id="p1", fhir_base=EHR_FHIR)
    return app


def launch_rows(app) -> list[LaunchSession]:
    with app.app_context(), db.session_scope() as s:
        return list(s.scalars(select(LaunchSession)))


def cookie(app, client) -> dict:
    value = client.get_cookie(app.config.get("SESSION_COOKIE_NAME", "session"))
    assert value is not None
    return dict(app.session_interface.get_signing_serializer(app).loads(value.value))


@responses.activate
def test_ehr_launch_redirects_to_authorize_with_pkce_state_aud_and_launch(registered):
    app = registered
    responses.get(f"{EHR_FHIR}/.well-known/smart-configuration", json=EHR_CONF)
    client = app.test_client()
    r = client.get("/app/launch", query_string={"iss": EHR_FHIR, "launch": "opaque-123"})
    assert r.status_code == 302
    loc = urlsplit(r.headers["Location"])
    assert f"{loc.scheme}://{loc.netloc}{loc.path}" == EHR_CONF["authorization_endpoint"]
    q = {k: v[0] for k, v in parse_qs(loc.query).items()}
    assert q["response_type"] == "code" and q["client_id"] == app.config["SMART_CLIENT_ID"]
    assert q["redirect_uri"] == "http://localhost/app/callback"
    assert q["aud"] == EHR_FHIR and q["launch"] == "opaque-123"
    assert "launch" in q["scope"].split() and "patient/*.read" in q["scope"].split()
    assert q["code_challenge_method"] == "S256"
    [row] = launch_rows(app)
    assert row.practice_id == "p1" and row.iss == EHR_FHIR and row.access_token is None
    assert q["state"] == row.state and len(row.state) >= 43  # >= 256 bits of token_urlsafe
    assert q["code_challenge"] == s256(row.code_verifier) and len(row.code_verifier) >= 43
    assert cookie(app, client) == {"smart_sid": row.id}
    assert row.state not in str(cookie(app, client)) and row.code_verifier not in str(cookie(app, client))
    assert len(responses.calls) == 1


@responses.activate
def test_standalone_launch_asks_for_a_patient_instead_of_launch(registered):
    responses.get(f"{EHR_FHIR}/.well-known/smart-configuration", json=EHR_CONF)
    r = registered.test_client().get("/app/launch", query_string={"iss": EHR_FHIR})
    assert r.status_code == 302
    q = {k: v[0] for k, v in parse_qs(urlsplit(r.headers["Location"]).query).items()}
    assert "launch" not in q
    scopes = q["scope"].split()
    assert "launch/patient" in scopes and "launch" not in scopes
    assert q["aud"] == EHR_FHIR


@responses.activate
@pytest.mark.parametrize(
    "iss",
    [
        "https://evil.example.com/fhir",
        "http://169.254.169.254/latest/meta-data",
        EHR_FHIR + "/../other",
        "https://ehr.example.org",  # the JWT issuer, not the FHIR base
    ],
)
def test_unknown_iss_is_400_html_and_nothing_is_fetched(registered, iss):
    r = registered.test_client().get("/app/launch", query_string={"iss": iss, "launch": "x"})
    assert r.status_code == 400
    assert r.headers["Content-Type"].startswith("text/html")
    assert "not registered" in r.get_data(as_text=True)
    assert len(responses.calls) == 0
    assert launch_rows(registered) == []


def test_missing_iss_is_400(app):
    r = app.test_client().get("/app/launch")
    assert r.status_code == 400 and "Missing iss" in r.get_data(as_text=True)


def test_sandbox_iss_is_refused_when_the_sandbox_is_off(make_app, app):
    off = make_app(SANDBOX_ENABLED=False)
    r = off.test_client().get("/app/launch", query_string={"iss": "http://localhost/sandbox/fhir"})
    assert r.status_code == 400


@responses.activate
@pytest.mark.parametrize(
    "conf,status",
    [
        ({**EHR_CONF, "code_challenge_methods_supported": ["plain"]}, 502),
        ({k: v for k, v in EHR_CONF.items() if k != "code_challenge_methods_supported"}, 502),
        ({**EHR_CONF, "authorization_endpoint": "/authorize"}, 502),
    ],
)
def test_discovery_must_offer_s256_and_absolute_endpoints(registered, conf, status):
    responses.get(f"{EHR_FHIR}/.well-known/smart-configuration", json=conf)
    r = registered.test_client().get("/app/launch", query_string={"iss": EHR_FHIR, "launch": "x"})
    assert r.status_code == status
    assert launch_rows(registered) == []


@responses.activate
def test_unreachable_discovery_is_a_502_page(registered):
    responses.get(f"{EHR_FHIR}/.well-known/smart-configuration", body=requests.ConnectionError("down"))
    r = registered.test_client().get("/app/launch", query_string={"iss": EHR_FHIR, "launch": "x"})
    assert r.status_code == 502 and "could not be fetched" in r.get_data(as_text=True)


@responses.activate
def test_callback_exchanges_the_code_with_the_verifier(registered):
    app = registered
    responses.get(f"{EHR_FHIR}/.well-known/smart-configuration", json=EHR_CONF)
    token_call = responses.post(
        EHR_CONF["token_endpoint"],
        json={
            "access_token": "at-secret",
            "token_type": "Bearer",
            "expires_in": 300,
            "scope": "launch patient/*.read",
            "patient": "pat1",
            "encounter": "enc1",
            "refresh_token": "rt-secret",
        },
    )
    client = app.test_client()
    client.get("/app/launch", query_string={"iss": EHR_FHIR, "launch": "L"})
    [row] = launch_rows(app)
    r = client.get("/app/callback", query_string={"code": "the-code", "state": row.state})
    assert r.status_code == 302 and r.headers["Location"].endswith("/app/encounter/enc1")
    body = parse_qs(token_call.calls[0].request.body)
    assert body["grant_type"] == ["authorization_code"] and body["code"] == ["the-code"]
    assert body["code_verifier"] == [row.code_verifier] and body["client_id"] == [
        app.config["SMART_CLIENT_ID"]
    ]
    assert body["redirect_uri"] == ["http://localhost/app/callback"]
    [done] = launch_rows(app)
    assert done.access_token == "at-secret" and done.refresh_token == "rt-secret"
    assert (done.patient_id, done.encounter_id) == ("pat1", "enc1") and done.code_verifier is None
    expires = done.expires_at if done.expires_at.tzinfo else done.expires_at.replace(tzinfo=UTC)
    assert timedelta(seconds=250) < expires - datetime.now(UTC) <= timedelta(seconds=300)
    assert cookie(app, client) == {"smart_sid": done.id}
    # replay of the same callback: the state is single-use
    again = client.get("/app/callback", query_string={"code": "the-code", "state": row.state})
    assert again.status_code == 400 and "already used" in again.get_data(as_text=True)
    assert len(token_call.calls) == 1


@responses.activate
def test_token_endpoint_refusal_is_a_clear_page(registered):
    responses.get(f"{EHR_FHIR}/.well-known/smart-configuration", json=EHR_CONF)
    responses.post(EHR_CONF["token_endpoint"], status=400, json={"error": "invalid_grant"})
    client = registered.test_client()
    client.get("/app/launch", query_string={"iss": EHR_FHIR, "launch": "L"})
    [row] = launch_rows(registered)
    r = client.get("/app/callback", query_string={"code": "c", "state": row.state})
    assert r.status_code == 401 and "invalid_grant" in r.get_data(as_text=True)
    assert launch_rows(registered)[0].access_token is None


@responses.activate
def test_callback_state_mismatch_other_browser_and_expiry(registered):
    app = registered
    responses.get(f"{EHR_FHIR}/.well-known/smart-configuration", json=EHR_CONF)
    client = app.test_client()
    client.get("/app/launch", query_string={"iss": EHR_FHIR, "launch": "L"})
    [row] = launch_rows(app)
    assert client.get("/app/callback", query_string={"code": "c", "state": "forged"}).status_code == 400
    other = app.test_client()  # no cookie: the state belongs to another browser session
    r = other.get("/app/callback", query_string={"code": "c", "state": row.state})
    assert r.status_code == 400 and "another browser session" in r.get_data(as_text=True)
    with app.app_context(), db.session_scope() as s:
        s.get(LaunchSession, row.id).expires_at = datetime.now(UTC) - timedelta(seconds=1)
    r = client.get("/app/callback", query_string={"code": "c", "state": row.state})
    assert r.status_code == 400 and "expired" in r.get_data(as_text=True)
    assert not [c for c in responses.calls if c.request.method == "POST"]  # no code exchange happened


def test_callback_error_from_the_ehr_is_shown(app):
    r = app.test_client().get("/app/callback", query_string={"error": "access_denied", "state": "s"})
    assert r.status_code == 401 and "access_denied" in r.get_data(as_text=True)


def test_frame_ancestors_in_production_are_self_plus_registered_ehr_origins(make_app, app):
    prod = make_app(ENV_NAME="production", SECRET_KEY="x", PUBLIC_BASE_URL="https://plug.example.org")
    with prod.app_context():
        with db.session_scope() as s:
            PracticeRepository(s).upsert("p1", "Practice One")
            ClientRepository(s).upsert(issuer="https://ehr.example.org", practice_id="p1", fhir_base=EHR_FHIR)
    r = prod.test_client().get("/app/")
    csp = r.headers["Content-Security-Policy"]
    assert "frame-ancestors 'self' https://ehr.example.org" in csp
    assert "X-Frame-Options" not in r.headers
    configured = make_app(SMART_FRAME_ANCESTORS="'self' https://ehr.a.org")
    assert (
        "frame-ancestors 'self' https://ehr.a.org"
        in configured.test_client().get("/app/").headers["Content-Security-Policy"]
    )


def test_launch_session_count_is_bounded_by_purge(registered):
    with registered.app_context(), db.session_scope() as s:
        s.add(
            LaunchSession(
                id="old", iss=EHR_FHIR, state="old-state", expires_at=datetime.now(UTC) - timedelta(hours=1)
            )
        )
    with responses.RequestsMock() as mock:
        mock.get(f"{EHR_FHIR}/.well-known/smart-configuration", json=EHR_CONF)
        registered.test_client().get("/app/launch", query_string={"iss": EHR_FHIR, "launch": "L"})
    with registered.app_context(), db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(LaunchSession)) == 1
        assert s.get(LaunchSession, "old") is None


@responses.activate
def test_fhir_client_pages_within_the_base_and_maps_errors():
    from server.errors import NotAuthorized
    from server.errors import NotFound
    from server.errors import UpstreamFhirError
    from smart_app.fhir_client import FhirClient

    page2 = f"{EHR_FHIR}/Condition?page=2"
    responses.get(f"{EHR_FHIR}/Condition", match=[responses.matchers.query_param_matcher({"patient": "p"})],
                  json={"resourceType": "Bundle", "link": [{"relation": "next", "url": page2}],
                        "entry": [{"resource": {"resourceType": "Condition", "id": "c1"}}]})
    responses.get(page2, json={"resourceType": "Bundle", "link": [
        {"relation": "next", "url": "https://elsewhere.example.com/fhir/Condition?page=3"}],
        "entry": [{"resource": {"resourceType": "Condition", "id": "c2"}},
                  {"resource": {"resourceType": "OperationOutcome"}}]})
    client = FhirClient(EHR_FHIR, "tok", timeout=2)
    assert [c["id"] for c in client.search("Condition", {"patient": "p"})] == ["c1", "c2"]
    assert all(c.request.headers["Authorization"] == "Bearer tok" for c in responses.calls)
    assert not any("elsewhere" in c.request.url for c in responses.calls)
    responses.get(f"{EHR_FHIR}/Encounter/e401", status=401)
    responses.get(f"{EHR_FHIR}/Encounter/e404", status=404)
    responses.get(f"{EHR_FHIR}/Encounter/e500", status=500)
    responses.get(f"{EHR_FHIR}/Encounter/down", body=requests.ConnectionError("down"))
    with pytest.raises(NotAuthorized):
        client.read("Encounter", "e401")
    with pytest.raises(NotFound):
        client.read("Encounter", "e404")
    with pytest.raises(UpstreamFhirError):
        client.read("Encounter", "e500")
    with pytest.raises(UpstreamFhirError):
        client.read("Encounter", "down")
