"""The sandbox's dev-only SMART authorization server: discovery, authorize checks, PKCE-verified token."""

from __future__ import annotations

import base64
import hashlib
import secrets
from urllib.parse import parse_qs
from urllib.parse import urlsplit

import pytest

from cds_hooks.sandbox_auth import decode_launch
from cds_hooks.sandbox_auth import encode_launch

BASE = "http://localhost"
ENC, PAT = "demo-enc-mohs-nose", "demo-pat-abernathy"


def s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


@pytest.fixture
def client(make_app, tmp_path, app):
    return make_app(SANDBOX_ENABLED=True, SANDBOX_KEY_FILE=str(tmp_path / "k.json")).test_client()


def authorize(client, verifier: str, **over):
    params = {
        "response_type": "code",
        "client_id": "dermplug",
        "redirect_uri": f"{BASE}/app/callback",
        "scope": "launch openid patient/*.read",
        "state": "st-1",
        "aud": f"{BASE}/sandbox/fhir",
        "launch": encode_launch(ENC, PAT),
        "code_challenge": s256(verifier),
        "code_challenge_method": "S256",
    }
    params.update(over)
    return client.get(
        "/sandbox/auth/authorize", query_string={k: v for k, v in params.items() if v is not None}
    )


def redirect_params(resp) -> dict[str, str]:
    assert resp.status_code == 302
    loc = urlsplit(resp.headers["Location"])
    assert f"{loc.scheme}://{loc.netloc}{loc.path}" == f"{BASE}/app/callback"
    return {k: v[0] for k, v in parse_qs(loc.query).items()}


def token(client, code: str, verifier: str | None, **over):
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": f"{BASE}/app/callback",
        "client_id": "dermplug",
        "code_verifier": verifier,
    }
    form.update(over)
    return client.post("/sandbox/auth/token", data={k: v for k, v in form.items() if v is not None})


def test_launch_value_round_trips():
    assert decode_launch(encode_launch(ENC, PAT)) == {"encounterId": ENC, "patientId": PAT}
    assert decode_launch("sandbox-abc") == {} and decode_launch("sbx.!!!") == {}


def test_smart_configuration(client):
    conf = client.get("/sandbox/fhir/.well-known/smart-configuration").get_json()
    assert conf["code_challenge_methods_supported"] == ["S256"]
    assert conf["authorization_endpoint"] == f"{BASE}/sandbox/auth/authorize"
    assert conf["token_endpoint"] == f"{BASE}/sandbox/auth/token"


def test_pkce_is_verified_and_the_code_is_single_use(client):
    verifier = secrets.token_urlsafe(48)
    code = redirect_params(authorize(client, verifier))["code"]
    bad = token(client, code, secrets.token_urlsafe(48))
    assert bad.status_code == 400 and bad.get_json()["error"] == "invalid_grant"
    # the failed attempt burnt the code
    assert token(client, code, verifier).get_json()["error"] == "invalid_grant"
    code = redirect_params(authorize(client, verifier))["code"]
    assert token(client, code, None).status_code == 400
    code = redirect_params(authorize(client, verifier))["code"]
    ok = token(client, code, verifier)
    assert ok.status_code == 200 and ok.headers["Cache-Control"] == "no-store"
    body = ok.get_json()
    assert body["token_type"] == "Bearer" and body["access_token"]
    assert (body["patient"], body["encounter"]) == (PAT, ENC)
    fhir = client.get(
        f"/sandbox/fhir/Encounter/{ENC}", headers={"Authorization": f"Bearer {body['access_token']}"}
    )
    assert fhir.status_code == 200
    assert token(client, code, verifier).get_json()["error"] == "invalid_grant"


def test_token_checks_client_and_redirect_uri(client):
    verifier = secrets.token_urlsafe(48)
    code = redirect_params(authorize(client, verifier))["code"]
    assert token(client, code, verifier, client_id="other").status_code == 401
    code = redirect_params(authorize(client, verifier))["code"]
    assert token(client, code, verifier, redirect_uri="http://localhost/elsewhere").status_code == 400


@pytest.mark.parametrize(
    "over,error",
    [
        ({"client_id": "other"}, "unauthorized_client"),
        ({"response_type": "token"}, "unsupported_response_type"),
        ({"aud": "https://evil.example.com/fhir"}, "invalid_request"),
        ({"code_challenge_method": "plain"}, "invalid_request"),
        ({"code_challenge": None}, "invalid_request"),
        ({"launch": "sbx.e30"}, "invalid_request"),  # {} : no context
    ],
)
def test_authorize_refusals_redirect_back_with_an_error(client, over, error):
    q = redirect_params(authorize(client, "v" * 50, **over))
    assert q["error"] == error and q["state"] == "st-1" and "code" not in q


def test_authorize_never_redirects_to_an_unregistered_uri(client):
    r = authorize(client, "v" * 50, redirect_uri="https://evil.example.com/cb")
    assert r.status_code == 400 and "Location" not in r.headers


def test_sandbox_auth_is_absent_when_the_sandbox_is_off(make_app, app):
    off = make_app(SANDBOX_ENABLED=False).test_client()
    assert off.get("/sandbox/fhir/.well-known/smart-configuration").status_code == 404
    assert off.get("/sandbox/auth/authorize").status_code == 404
