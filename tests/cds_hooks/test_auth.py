"""Client JWT verification (spec §Trusting CDS Clients, best practices; Inferno client-suite checks 23-26).

Every attack gets a bare 401 with ``WWW-Authenticate: Bearer`` and no detail.
"""

from __future__ import annotations

import base64
import json
import time

import pytest
import responses
from joserfc import jwt
from joserfc.jwk import ECKey
from joserfc.jwk import OctKey

SID = "derm-order-review"
URL = f"http://localhost/cds-services/{SID}"


@pytest.fixture
def body(cds_fixture):
    return cds_fixture("order-sign__prefetch-complete.json")


def post(client, body, token):
    return client.post(f"/cds-services/{SID}", json=body, headers={"Authorization": f"Bearer {token}"})


def assert_rejected(resp):
    assert resp.status_code == 401
    assert resp.headers["WWW-Authenticate"] == "Bearer"
    outcome = resp.get_json()
    assert outcome["resourceType"] == "OperationOutcome"
    assert outcome["issue"][0]["diagnostics"] == "unauthorized"  # no detail about why


def b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def test_valid_es384_and_rs384_tokens_are_accepted(client, cds_client, cds_jwt, body):
    assert post(client, body, cds_jwt(URL)).status_code == 200
    assert post(client, body, cds_jwt(URL, alg="RS384")).status_code == 200
    assert (
        post(client, body, cds_jwt([URL, "https://other.example"], alg="ES384")).status_code == 200
    )  # aud array


def test_rs256_and_es256_from_simulators_are_accepted(client, register_client, app, body, cds_jwt):
    ec256 = ECKey.generate_key("P-256", parameters={"kid": "sim-es256"})
    register_client(app, issuer="https://sim.example", jwks={"keys": [ec256.as_dict(private=False)]})
    assert (
        post(
            client, body, cds_jwt(URL, iss="https://sim.example", alg="ES256", key=ec256, kid="sim-es256")
        ).status_code
        == 200
    )


def test_missing_token_is_401(client, cds_client, body):
    assert_rejected(client.post(f"/cds-services/{SID}", json=body))
    assert_rejected(client.post(f"/cds-services/{SID}", json=body, headers={"Authorization": "Basic abc"}))


def test_alg_none_is_rejected(client, cds_client, body):
    now = int(time.time())
    token = (
        f"{b64({'alg': 'none', 'typ': 'JWT', 'kid': 'test-es384'})}."
        f"{b64({'iss': 'https://ehr.test.example/fhir', 'aud': URL, 'exp': now + 60, 'iat': now, 'jti': 'x1'})}."
    )
    assert_rejected(post(client, body, token))


def test_hs256_is_rejected(client, cds_client, body):
    now = int(time.time())
    key = OctKey.generate_key(256, parameters={"kid": "test-es384"})
    token = jwt.encode(
        {"alg": "HS256", "typ": "JWT", "kid": "test-es384"},
        {"iss": "https://ehr.test.example/fhir", "aud": URL, "exp": now + 60, "iat": now, "jti": "h1"},
        key,
    )
    assert_rejected(post(client, body, token))


def test_unknown_issuer(client, cds_client, cds_jwt, body):
    assert_rejected(post(client, body, cds_jwt(URL, iss="https://attacker.example")))


def test_unknown_kid(client, cds_client, cds_jwt, body):
    assert_rejected(post(client, body, cds_jwt(URL, kid="not-registered")))


def test_bad_signature(client, cds_client, cds_jwt, body):
    other = ECKey.generate_key("P-384")
    assert_rejected(post(client, body, cds_jwt(URL, key=other)))  # kid says test-es384, signed by another key
    good = cds_jwt(URL)
    head, payload, sig = good.split(".")
    tampered = json.loads(base64.urlsafe_b64decode(payload + "=="))
    tampered["iss"] = "https://ehr.test.example/fhir"
    tampered["aud"] = URL
    tampered["exp"] += 1
    assert_rejected(post(client, body, f"{head}.{b64(tampered)}.{sig}"))


def test_wrong_audience(client, cds_client, cds_jwt, body):
    assert_rejected(post(client, body, cds_jwt("http://localhost/cds-services/derm-visit-coding")))
    assert_rejected(post(client, body, cds_jwt(URL + "/")))
    assert_rejected(post(client, body, cds_jwt("sand_man")))


def test_public_base_url_sets_the_audience(make_app, register_client, cds_jwt, body):
    app = make_app(PUBLIC_BASE_URL="https://derm.example.com/")
    register_client(app)
    c = app.test_client()
    assert post(c, body, cds_jwt(URL)).status_code == 401
    assert post(c, body, cds_jwt(f"https://derm.example.com/cds-services/{SID}")).status_code == 200


def test_expired_token(client, cds_client, cds_jwt, body):
    assert_rejected(post(client, body, cds_jwt(URL, iat=time.time() - 400, lifetime=300)))  # exp 100 s ago
    # within the 60 s leeway it is still accepted
    assert post(client, body, cds_jwt(URL, iat=time.time() - 330, lifetime=300)).status_code == 200


def test_lifetime_longer_than_five_minutes(client, cds_client, cds_jwt, body):
    assert_rejected(post(client, body, cds_jwt(URL, lifetime=3600)))


def test_issued_in_the_future_and_not_before(client, cds_client, cds_jwt, body):
    assert_rejected(post(client, body, cds_jwt(URL, iat=time.time() + 600)))
    assert_rejected(post(client, body, cds_jwt(URL, claims={"nbf": int(time.time()) + 600})))


def test_replayed_jti(client, cds_client, cds_jwt, body):
    token = cds_jwt(URL, jti="once-only")
    assert post(client, body, token).status_code == 200
    assert_rejected(post(client, body, token))
    # a fresh token reusing the jti is a replay too
    assert_rejected(post(client, body, cds_jwt(URL, jti="once-only")))


@pytest.mark.parametrize("claim", ["jti", "iss", "aud", "exp", "iat"])
def test_missing_required_claim(client, cds_client, cds_jwt, body, claim):
    assert_rejected(post(client, body, cds_jwt(URL, drop=(claim,))))


@pytest.mark.parametrize("name", ["kid", "typ"])
def test_missing_header(client, cds_client, cds_jwt, body, name):
    assert_rejected(post(client, body, cds_jwt(URL, drop=(name,))))


def test_alg_must_match_the_key(client, cds_client, cds_jwt, cds_keys, body):
    # RS256 signed with the private half of the RS384-registered key (the registered JWK pins alg RS384)
    from joserfc.jwk import RSAKey

    raw = {k: v for k, v in cds_keys.rsa.as_dict(private=True).items() if k != "alg"}
    same_key = RSAKey.import_key(raw)
    assert_rejected(post(client, body, cds_jwt(URL, alg="RS256", key=same_key, kid="test-rs384")))


@responses.activate
def test_jku_only_when_allow_listed(app, client, register_client, cds_jwt, cds_keys, body):
    jku = "https://ehr.allowed.example/jwks.json"
    responses.get(jku, json=cds_keys.jwks())
    responses.get("https://evil.example/jwks.json", json=cds_keys.jwks())
    register_client(app, issuer="https://ehr.allowed.example", jku_allowlist=[jku])
    ok = cds_jwt(URL, iss="https://ehr.allowed.example", header={"jku": jku})
    assert post(client, body, ok).status_code == 200
    bad = cds_jwt(URL, iss="https://ehr.allowed.example", header={"jku": "https://evil.example/jwks.json"})
    assert_rejected(post(client, body, bad))
    assert not any(c.request.url.startswith("https://evil.example") for c in responses.calls)


@responses.activate
def test_key_rotation_via_jwks_url_refetch_on_unknown_kid(
    app, client, register_client, cds_jwt, cds_keys, body
):
    url = "https://ehr.rotating.example/jwks"
    old = ECKey.generate_key("P-384", parameters={"kid": "2025", "alg": "ES384"})
    responses.get(url, json={"keys": [old.as_dict(private=False)]})
    register_client(app, issuer="https://ehr.rotating.example", jwks_url=url)
    iss = "https://ehr.rotating.example"
    assert post(client, body, cds_jwt(URL, iss=iss, key=old, kid="2025")).status_code == 200
    assert post(client, body, cds_jwt(URL, iss=iss, key=old, kid="2025")).status_code == 200
    assert len(responses.calls) == 1  # cached
    new = ECKey.generate_key("P-384", parameters={"kid": "2026", "alg": "ES384"})
    responses.replace(
        responses.GET, url, json={"keys": [old.as_dict(private=False), new.as_dict(private=False)]}
    )
    assert post(client, body, cds_jwt(URL, iss=iss, key=new, kid="2026")).status_code == 200
    assert len(responses.calls) == 2  # one refetch on the unknown kid
    assert_rejected(
        post(client, body, cds_jwt(URL, iss=iss, key=new, kid="2027"))
    )  # still unknown after refetch


def test_revoked_client_is_rejected(app, client, cds_client, cds_jwt, body):
    from server.db.repositories import ClientRepository
    from server.extensions import db

    assert post(client, body, cds_jwt(URL)).status_code == 200
    with app.app_context(), db.session_scope() as s:
        ClientRepository(s).by_issuer(cds_client).enabled = False
    assert_rejected(post(client, body, cds_jwt(URL)))


def test_client_limited_to_some_services(app, client, register_client, cds_jwt, body):
    register_client(app, services=["derm-visit-coding"])
    resp = post(client, body, cds_jwt(URL))
    assert resp.status_code == 403
    assert resp.get_json()["issue"][0]["diagnostics"] == "forbidden"


def test_jwt_optional_only_when_configured_and_never_in_production(make_app, body):
    dev = make_app(CDS_REQUIRE_JWT=False)
    assert dev.test_client().post(f"/cds-services/{SID}", json=body).status_code == 200
    prod_like = make_app(CDS_REQUIRE_JWT=False, ENV_NAME="testing")
    prod_like.config["ENV_NAME"] = "production"
    assert prod_like.test_client().post(f"/cds-services/{SID}", json=body).status_code == 401


def test_tokens_are_not_logged(client, cds_client, cds_jwt, body, caplog):
    token = cds_jwt(URL, iss="https://attacker.example")
    with caplog.at_level("DEBUG"):
        post(client, body, token)
    assert token not in caplog.text
    assert token.split(".")[2] not in caplog.text


@responses.activate
def test_epic_style_jku_equal_to_the_registered_jwks_url_is_accepted(app, client, register_client, cds_jwt, cds_keys,
                                                                     body):
    base = "https://fhir.riverside.example"
    jwks_url = f"{base}/api/epic/2019/Security/Open/PublicKeys/530013/530013"
    responses.get(jwks_url, json={"keys": [cds_keys.rsa.as_dict(private=False)]})
    register_client(app, issuer=f"{base}/api/FHIR/R4", jwks_url=jwks_url)
    token = cds_jwt(URL, iss=f"{base}/api/FHIR/R4", alg="RS384", header={"jku": jwks_url},
                    claims={"sub": "epic-client", "nbf": int(time.time()) - 300})
    assert post(client, body, token).status_code == 200


def test_oracle_style_shared_issuer_is_told_apart_by_tenant(app, client, register_client, cds_jwt, body):
    """Oracle Health signs every tenant's calls with one iss; the JWT ``tenant`` claim picks the practice."""
    from server.db.models import CardRecord
    from server.extensions import db

    iss = "https://cds-hooks.cerner.example"
    register_client(app, issuer=iss, tenant="tenant-a", practice_id="practice-a")
    register_client(app, issuer=iss, tenant="tenant-b", practice_id="practice-b")
    assert post(client, body, cds_jwt(URL, iss=iss, claims={"tenant": "tenant-a"})).status_code == 200
    assert post(client, body, cds_jwt(URL, iss=iss, claims={"tenant": "tenant-b"})).status_code == 200
    assert_rejected(post(client, body, cds_jwt(URL, iss=iss, claims={"tenant": "tenant-c"})))
    assert_rejected(post(client, body, cds_jwt(URL, iss=iss)))  # no tenant, no tenant-less registration
    with app.app_context():
        practices = {r.practice_id for r in db.session.query(CardRecord).all()}
    assert practices == {"practice-a", "practice-b"}  # each call ran in its own tenant
