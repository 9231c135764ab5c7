"""CDS Hooks test support: a test key pair, client registration and a JWT minter.

Fixtures (reusable from other test folders with ``pytest_plugins = ["tests.cds_hooks.conftest"]`` or by copying):

- ``cds_keys``: ES384 + RS384 private keys (session scoped), ``cds_keys.jwks()`` = public JWK Set.
- ``register_client(app, issuer=..., practice_id=..., jwks=..., jwks_url=..., jku_allowlist=..., services=...)``.
- ``cds_client``: registers ``TEST_ISSUER`` for practice ``TEST_PRACTICE`` with the stored test JWKS.
- ``cds_jwt(aud, **overrides)``: a signed client JWT (defaults: ES384, typ JWT, kid, iss, aud, exp=now+300, iat, jti).
- ``cds_call(client, service_id, body, **jwt_overrides)``: POST a hook request with a fresh JWT.
- ``hook_request(bundle, hook, prefetch=True)``: a CDS request built from a demo/test encounter bundle.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from joserfc import jws
from joserfc.jwk import ECKey
from joserfc.jwk import RSAKey

TEST_ISSUER = "https://ehr.test.example/fhir"
TEST_PRACTICE = "test-derm"
BASE = "http://localhost"
ROOT = Path(__file__).resolve().parents[2]
CDS_FIXTURES = ROOT / "tests" / "fixtures" / "cds"


def service_url(service_id: str | None = None, base: str = BASE) -> str:
    return f"{base}/cds-services" + (f"/{service_id}" if service_id else "")


@dataclass
class CdsKeys:
    ec: ECKey
    rsa: RSAKey
    ec_kid: str = "test-es384"
    rsa_kid: str = "test-rs384"

    def jwks(self) -> dict[str, Any]:
        return {"keys": [self.ec.as_dict(private=False), self.rsa.as_dict(private=False)]}


@pytest.fixture(scope="session")
def cds_keys() -> CdsKeys:
    ec = ECKey.generate_key("P-384", parameters={"kid": "test-es384", "alg": "ES384", "use": "sig"})
    rsa = RSAKey.generate_key(2048, parameters={"kid": "test-rs384", "alg": "RS384", "use": "sig"})
    return CdsKeys(ec, rsa)


def mint(
    keys: CdsKeys,
    aud: str | list[str],
    *,
    iss: str = TEST_ISSUER,
    alg: str = "ES384",
    kid: str | None = None,
    key=None,
    lifetime: int = 300,
    iat: float | None = None,
    jti: str | None = None,
    header: dict[str, Any] | None = None,
    claims: dict[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> str:
    now = int(time.time() if iat is None else iat)
    if key is None:
        key = keys.ec if alg.startswith("ES") else keys.rsa
    if kid is None:
        kid = keys.ec_kid if alg.startswith("ES") else keys.rsa_kid
    hdr = {"alg": alg, "typ": "JWT", "kid": kid, **(header or {})}
    body = {
        "iss": iss,
        "sub": "cds-client",
        "aud": aud,
        "exp": now + lifetime,
        "iat": now,
        "jti": jti or uuid.uuid4().hex,
        **(claims or {}),
    }
    for name in drop:
        hdr.pop(name, None)
        body.pop(name, None)
    return jws.serialize_compact(hdr, json.dumps(body).encode(), key, algorithms=[alg])


def register(
    app,
    *,
    issuer: str = TEST_ISSUER,
    practice_id: str = TEST_PRACTICE,
    jwks: dict | None = None,
    jwks_url: str | None = None,
    jku_allowlist: list[str] | None = None,
    services: list[str] | None = None,
    practice_settings: dict | None = None,
    tenant: str = "",
) -> None:
    from server.db.repositories import ClientRepository
    from server.db.repositories import PracticeRepository
    from server.extensions import db

    with app.app_context():
        with db.session_scope() as s:
            if PracticeRepository(s).get(practice_id) is None:
                PracticeRepository(s).upsert(
                    practice_id,
                    f"Practice {practice_id}",
                    "1234567893",
                    None,
                    practice_settings or {"place_of_service": "11"},
                )
                s.flush()
            ClientRepository(s).upsert(
                issuer=issuer,
                tenant=tenant,
                practice_id=practice_id,
                name=issuer,
                jwks=jwks,
                jwks_url=jwks_url,
                jku_allowlist=jku_allowlist or [],
                enabled_services=services or [],
            )


@pytest.fixture
def register_client(cds_keys):
    def _register(app, **kw):
        kw.setdefault(
            "jwks", cds_keys.jwks() if not kw.get("jwks_url") and not kw.get("jku_allowlist") else None
        )
        register(app, **kw)

    return _register


@pytest.fixture
def cds_client(app, register_client):
    register_client(app)
    return TEST_ISSUER


@pytest.fixture
def cds_jwt(cds_keys):
    def _mint(aud: str | list[str], **kw) -> str:
        return mint(cds_keys, aud, **kw)

    return _mint


@pytest.fixture
def cds_call(cds_jwt):
    def _call(client, service_id: str, body: dict, *, path_suffix: str = "", **jwt_kw):
        url = service_url(service_id) + path_suffix
        token = cds_jwt(url, **jwt_kw)
        return client.post(url[len(BASE) :], json=body, headers={"Authorization": f"Bearer {token}"})

    return _call


def searchset(resources: list[dict]) -> dict:
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "total": len(resources),
        "entry": [
            {"fullUrl": f"{r['resourceType']}/{r.get('id')}", "resource": r, "search": {"mode": "match"}}
            for r in resources
        ],
    }


def _enc_id(res: dict) -> str | None:
    ref = res.get("encounter") or (res.get("context") or {}).get("encounter") or {}
    if isinstance(ref, list):
        ref = ref[0] if ref else {}
    r = ref.get("reference") if isinstance(ref, dict) else None
    return r.split("/")[-1] if r else None


def build_hook_request(
    bundle: dict,
    hook: str,
    *,
    prefetch: bool = True,
    encounter_id: str | None = None,
    fhir_server: str | None = "https://ehr.test.example/fhir",
) -> dict:
    res = [e["resource"] for e in bundle["entry"]]
    of = lambda t: [r for r in res if r["resourceType"] == t]  # noqa: E731
    patient = of("Patient")[0]
    encs = of("Encounter")
    enc = next((e for e in encs if e["id"] == encounter_id), None) if encounter_id else None
    enc = enc or next((e for e in encs if e["id"] == bundle.get("id")), None) or encs[-1]
    ctx: dict[str, Any] = {
        "userId": "Practitioner/prac-test",
        "patientId": patient["id"],
        "encounterId": enc["id"],
    }
    body: dict[str, Any] = {"hook": hook, "hookInstance": str(uuid.uuid4()), "context": ctx}
    if fhir_server:
        body["fhirServer"] = fhir_server
        body["fhirAuthorization"] = {
            "access_token": "test-access-token",
            "token_type": "Bearer",
            "expires_in": 300,
            "scope": "user/*.read",
            "subject": "dermplug",
        }
    in_enc = lambda r: _enc_id(r) in (None, enc["id"])  # noqa: E731
    if hook == "order-sign":
        drafts = [r for r in of("MedicationRequest") + of("ServiceRequest") if r.get("status") == "draft"]
        ctx["draftOrders"] = {
            "resourceType": "Bundle",
            "type": "collection",
            "entry": [{"resource": r} for r in drafts],
        }
    if prefetch:
        if hook == "encounter-discharge":
            body["prefetch"] = {
                "patient": patient,
                "encounter": enc,
                "conditions": searchset([r for r in of("Condition") if in_enc(r)]),
                "procedures": searchset([r for r in of("Procedure") if _enc_id(r) == enc["id"]]),
                "notes": searchset([r for r in of("DocumentReference") if in_enc(r)]),
                "coverage": searchset(of("Coverage")),
                "history": searchset([r for r in of("Procedure") if _enc_id(r) != enc["id"]]),
                "pathology": searchset(of("Observation")),
            }
        elif hook == "order-sign":
            body["prefetch"] = {
                "patient": patient,
                "encounter": enc,
                "conditions": searchset([r for r in of("Condition") if in_enc(r)]),
                "coverage": searchset(of("Coverage")),
            }
        else:
            body["prefetch"] = {
                "patient": patient,
                "encounters": searchset(encs),
                "history": searchset(of("Procedure")),
                "conditions": searchset(of("Condition")),
                "pathology": searchset(of("Observation")),
                "coverage": searchset(of("Coverage")),
            }
    return body


@pytest.fixture
def hook_request():
    return build_hook_request


@pytest.fixture
def cds_fixture():
    def _load(name: str) -> dict:
        return json.loads((CDS_FIXTURES / name).read_text())

    return _load


# --- response conformance (CDS Hooks 2.0 + cds-resp-1..6 invariants + Inferno CRD server checks 10-17) ------

CARD_KEYS = {
    "uuid",
    "summary",
    "detail",
    "indicator",
    "source",
    "suggestions",
    "selectionBehavior",
    "overrideReasons",
    "links",
    "extension",
}
CRD_COVERAGE_INFO = "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information"


def _no_empty(value: Any, path: str = "$") -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            assert v not in (None, "", [], {}), f"empty optional member at {path}.{k}"
            _no_empty(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _no_empty(v, f"{path}[{i}]")


def validate_fhir(resource: dict) -> None:
    from fhir.resources.R4B import get_fhir_model_class

    get_fhir_model_class(resource["resourceType"]).model_validate(resource)


def check_action(action: dict, draft_refs: set[str] | None = None) -> None:
    assert action["type"] in ("create", "update", "delete")
    assert isinstance(action.get("description"), str) and action["description"]  # cds-resp-5 / Inferno 12
    if action["type"] in ("create", "update"):
        assert isinstance(action.get("resource"), dict)
        validate_fhir(action["resource"])
    if action["type"] == "delete":  # cds-resp-2
        assert "/" in action["resourceId"]
    if (
        action["type"] == "update"
        and draft_refs is not None
        and action["resource"]["resourceType"] != "Claim"
    ):
        assert f"{action['resource']['resourceType']}/{action['resource']['id']}" in draft_refs


def check_response(
    body: dict,
    *,
    hook: str,
    draft_refs: set[str] | None = None,
    topic_system: str | None = None,
    ours: bool = True,
):
    """Assert the CDS response conformance rules; ``ours`` adds our stricter house rules (uuids, isRecommended)."""
    assert isinstance(body.get("cards"), list)
    for card in body["cards"]:
        assert set(card) <= CARD_KEYS, set(card) - CARD_KEYS
        _no_empty(card)
        assert isinstance(card["summary"], str) and 0 < len(card["summary"]) < 140
        assert card["indicator"] in ("info", "warning", "critical")
        assert isinstance(card["source"]["label"], str) and card["source"]["label"]
        topic = card["source"]["topic"]
        assert topic["code"] and topic["system"] and topic["display"]
        if topic_system:
            assert topic["system"] == topic_system
        if ours:
            assert isinstance(card["uuid"], str)
        if "detail" in card:
            assert isinstance(card["detail"], str)
        if "suggestions" in card:  # cds-resp-6
            assert card["selectionBehavior"] in ("at-most-one", "any")
            if card["selectionBehavior"] == "at-most-one":  # cds-resp-1
                assert sum(bool(s.get("isRecommended")) for s in card["suggestions"]) <= 1
            for s in card["suggestions"]:
                assert s["label"]
                if ours:
                    assert s["uuid"] and isinstance(s.get("isRecommended"), bool)
                if "actions" in s:
                    assert isinstance(s["actions"], list) and s["actions"]
                    for a in s["actions"]:
                        check_action(a, draft_refs)
        else:
            assert "selectionBehavior" not in card
        for reason in card.get("overrideReasons", []):  # cds-resp-4
            assert reason["code"] and reason["system"] and reason["display"]
        for link in card.get("links", []):
            assert link["label"] and link["type"] in ("absolute", "smart")
            assert link["url"].startswith(("http://", "https://"))
            if link["type"] != "smart":  # cds-resp-3
                assert "appContext" not in link
    if hook in ("order-sign", "order-dispatch", "appointment-book"):
        assert isinstance(body.get("systemActions"), list)  # Inferno 12
    for action in body.get("systemActions", []):
        check_action(action, draft_refs)
        exts = [e for e in action["resource"].get("extension", []) if e["url"] == CRD_COVERAGE_INFO]
        if exts:  # Inferno 17: coverage information is an update; one assertion id per coverage
            assert action["type"] == "update"
            per_cov: dict[str, set[str]] = {}
            for ext in exts:
                sub = {e["url"]: e for e in ext["extension"]}
                assert {"coverage", "covered", "coverage-assertion-id"} <= set(sub)
                per_cov.setdefault(sub["coverage"]["valueReference"]["reference"], set()).add(
                    sub["coverage-assertion-id"]["valueString"]
                )
            assert all(len(ids) == 1 for ids in per_cov.values())
    return body


@pytest.fixture
def conformance():
    return check_response
