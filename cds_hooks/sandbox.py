"""Blueprint ``sandbox``: a development-only EHR simulator at ``/sandbox``.

It plays the EHR against our own CDS services: pick a demo encounter, build the hook request (with the
prefetch resolved from the demo bundles, or without it so the service fetches from ``fhirServer``), sign
the client JWT server-side with a dev-only ES384 key, and let the page POST it to ``/cds-services/<id>``
and render the cards as an EHR would (``static/sandbox/sandbox.js``).

Pieces:
- ``GET /sandbox``: the page.
- ``POST /sandbox/api/request``: the hook request, the service URL and a signed JWT for it.
- ``POST /sandbox/api/feedback-token``: a signed JWT for ``/cds-services/<id>/feedback``.
- ``GET /sandbox/.well-known/jwks.json``: the sandbox client's public JWKS (also stored on the demo client).
- ``/sandbox/fhir/...``: a tiny read-only FHIR R4 endpoint over the demo bundles (read, and search by
  patient/subject/encounter/status/category/code/date, ``_count``), guarded by the sandbox access token.

The key pair is generated at first use into the instance folder (``SANDBOX_KEY_FILE`` overrides the path)
and its public half is registered on the demo client ``https://sandbox.dermplug.local``. Nothing here is
registered unless ``SANDBOX_ENABLED`` is set (development and testing configs only). Demo data only: no
request content is logged.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import time
import uuid
from datetime import date
from datetime import timedelta
from pathlib import Path
from typing import Any

from flask import Blueprint
from flask import abort
from flask import current_app
from flask import render_template
from flask import request
from joserfc import jwt
from joserfc.jwk import ECKey

from server.errors import InvalidRequest
from server.errors import NotFound
from server.fhir_helpers.outcome import issue
from server.fhir_helpers.outcome import operation_outcome
from server.http import fhir_response
from server.http import json_response

logger = logging.getLogger(__name__)

bp = Blueprint("sandbox", __name__, url_prefix="/sandbox", template_folder="templates")

SANDBOX_ISSUER = "https://sandbox.dermplug.local"
DEFAULT_USER = "Practitioner/demo-dermatologist"
KEY_FILE_NAME = "sandbox_client_es384.jwk.json"
TOKEN_LIFETIME_S = 300


# ---------------------------------------------------------------------------------------------------
# demo data
# ---------------------------------------------------------------------------------------------------
def _demo_bundles() -> dict[str, dict[str, Any]]:
    from server.demo import demo_encounters

    cache = current_app.extensions.setdefault("sandbox", {})
    folder = Path(current_app.config["DEMO_DATA_DIR"]) / "encounters"
    stamp = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.json")))
    if cache.get("stamp") != stamp:
        cache["bundles"] = demo_encounters(current_app)
        cache["stamp"] = stamp
        cache.pop("store", None)
    return cache["bundles"]


def _resources(bundle: dict[str, Any]) -> list[dict[str, Any]]:
    return [e["resource"] for e in bundle.get("entry", []) if isinstance(e.get("resource"), dict)]


def _store() -> dict[tuple[str, str], dict[str, Any]]:
    """Every resource of every demo bundle by (type, id)."""
    bundles = _demo_bundles()
    cache = current_app.extensions["sandbox"]
    if "store" not in cache:
        store: dict[tuple[str, str], dict[str, Any]] = {}
        for bundle in bundles.values():
            for res in _resources(bundle):
                if res.get("resourceType") and res.get("id"):
                    store[(res["resourceType"], res["id"])] = res
        cache["store"] = store
    return cache["store"]


def _first(bundle: dict[str, Any], resource_type: str) -> dict[str, Any] | None:
    return next((r for r in _resources(bundle) if r.get("resourceType") == resource_type), None)


def _ref_id(reference: str | None) -> str | None:
    return reference.rsplit("/", 1)[-1] if reference else None


def encounter_summary(stem: str, bundle: dict[str, Any]) -> dict[str, Any]:
    encounters = [r for r in _resources(bundle) if r.get("resourceType") == "Encounter"]
    enc = next((r for r in encounters if r.get("id") == stem), encounters[0] if encounters else {})
    patient_id = _ref_id((enc.get("subject") or {}).get("reference")) or (
        _first(bundle, "Patient") or {}
    ).get("id")
    kinds: dict[str, int] = {}
    for res in _resources(bundle):
        kinds[res["resourceType"]] = kinds.get(res["resourceType"], 0) + 1
    return {
        "key": stem,
        "encounterId": enc.get("id"),
        "patientId": patient_id,
        "date": (enc.get("period") or {}).get("start", "")[:10],
        "label": stem.removeprefix("demo-enc-").replace("_", " ").replace("-", " "),
        "resources": kinds,
    }


# ---------------------------------------------------------------------------------------------------
# a tiny FHIR search over the demo resources (read-only; the subset our prefetch templates use)
# ---------------------------------------------------------------------------------------------------
DATE_PATHS = {
    "Procedure": ("performedDateTime", "performedPeriod.start"),
    "Encounter": ("period.start",),
    "Observation": ("effectiveDateTime", "effectivePeriod.start", "issued"),
    "DocumentReference": ("date", "context.period.start"),
    "Condition": ("recordedDate", "onsetDateTime"),
    "Claim": ("created",),
    "ServiceRequest": ("authoredOn", "occurrenceDateTime"),
    "MedicationRequest": ("authoredOn",),
    "ChargeItem": ("occurrenceDateTime",),
}
PATIENT_PATHS = ("subject", "patient", "beneficiary")
ENCOUNTER_PATHS = ("encounter", "context")
DATE_PREFIX = re.compile(r"^(eq|ne|gt|lt|ge|le|sa|eb)?(\d{4}(-\d{2}(-\d{2})?)?)")


def _get(obj: Any, path: str) -> list[Any]:
    values = [obj]
    for part in path.split("."):
        nxt: list[Any] = []
        for v in values:
            item = v.get(part) if isinstance(v, dict) else None
            if isinstance(item, list):
                nxt.extend(item)
            elif item is not None:
                nxt.append(item)
        values = nxt
    return values


def _references(res: dict[str, Any], paths: tuple[str, ...]) -> set[str]:
    out: set[str] = set()
    for p in paths:
        for v in _get(res, p):
            if isinstance(v, dict):
                if v.get("reference"):
                    out.add(v["reference"])
                for enc in v.get("encounter", []) if isinstance(v.get("encounter"), list) else []:
                    if isinstance(enc, dict) and enc.get("reference"):
                        out.add(enc["reference"])
    return out


def _ref_matches(refs: set[str], value: str, default_type: str) -> bool:
    wanted = {v if "/" in v else f"{default_type}/{v}" for v in value.split(",") if v}
    return bool({r.split("/")[-2] + "/" + r.split("/")[-1] for r in refs if "/" in r} & wanted)


def _tokens(res: dict[str, Any], path: str) -> list[tuple[str | None, str | None, str | None]]:
    out = []
    for cc in _get(res, path):
        if isinstance(cc, str):
            out.append((None, cc, None))
        elif isinstance(cc, dict):
            for c in cc.get("coding", []) or []:
                out.append((c.get("system"), c.get("code"), None))
            if cc.get("text"):
                out.append((None, None, cc["text"]))
    return out


def _token_matches(res: dict[str, Any], path: str, value: str) -> bool:
    for one in value.split(","):
        system, _, code = one.rpartition("|") if "|" in one else (None, "", one)
        for s, c, _text in _tokens(res, path):
            if c == code and (system is None or system == "" or s == system):
                return True
    return False


def _date_matches(res: dict[str, Any], value: str) -> bool:
    m = DATE_PREFIX.match(value)
    if not m:
        return False
    op, wanted = m.group(1) or "eq", m.group(2)
    dates = []
    for p in DATE_PATHS.get(res.get("resourceType", ""), ()):
        dates.extend(str(v)[: len(wanted)] for v in _get(res, p) if isinstance(v, str))
    checks = {
        "eq": lambda d: d == wanted,
        "ne": lambda d: d != wanted,
        "gt": lambda d: d > wanted,
        "sa": lambda d: d > wanted,
        "lt": lambda d: d < wanted,
        "eb": lambda d: d < wanted,
        "ge": lambda d: d >= wanted,
        "le": lambda d: d <= wanted,
    }
    return any(checks[op](d) for d in dates)


def _matches(res: dict[str, Any], name: str, value: str) -> bool:
    base = name.split(":")[0]
    if base == "_id":
        return res.get("id") in value.split(",")
    if base in ("patient", "subject", "beneficiary"):
        if res.get("resourceType") == "Patient":
            return _ref_matches({f"Patient/{res.get('id')}"}, value, "Patient")
        return _ref_matches(_references(res, PATIENT_PATHS), value, "Patient")
    if base in ("encounter", "context"):
        return _ref_matches(_references(res, ENCOUNTER_PATHS), value, "Encounter")
    if base == "status":
        return res.get("status") in value.split(",")
    if base == "category":
        return _token_matches(res, "category", value)
    if base in ("code", "type"):
        return _token_matches(res, base, value)
    if base == "date":
        return _date_matches(res, value)
    return True  # lenient: unknown parameters are ignored, as most EHR servers do by default


def search(resource_type: str, params: list[tuple[str, str]], base_url: str) -> dict[str, Any]:
    count = next((int(v) for k, v in params if k == "_count" and v.isdigit()), None)
    filters = [(k, v) for k, v in params if not k.startswith("_") or k == "_id"]
    hits = [
        r
        for (t, _i), r in sorted(_store().items())
        if t == resource_type and all(_matches(r, k, v) for k, v in filters)
    ]
    total = len(hits)
    if count is not None:
        hits = hits[:count]
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "total": total,
        "entry": [
            {
                "fullUrl": f"{base_url}/{r['resourceType']}/{r['id']}",
                "resource": r,
                "search": {"mode": "match"},
            }
            for r in hits
        ],
    }


def read(resource_type: str, resource_id: str) -> dict[str, Any] | None:
    return _store().get((resource_type, resource_id))


def resolve_template(template: str, context: dict[str, Any], today: date | None = None) -> str:
    """Replace ``{{context.x}}``, ``{{userPractitionerId}}`` and ``{{today() ± N days}}`` tokens."""
    today = today or date.today()

    def repl(m: re.Match[str]) -> str:
        expr = m.group(1).strip()
        if expr.startswith("context."):
            return str(context.get(expr[len("context.") :], ""))
        if expr in ("userPractitionerId", "user.id"):
            return _ref_id(str(context.get("userId", ""))) or ""
        dm = re.fullmatch(r"today\(\)\s*(?:([+-])\s*(\d+)\s*days?)?", expr)
        if dm:
            delta = int(dm.group(2) or 0) * (-1 if dm.group(1) == "-" else 1)
            return (today + timedelta(days=delta)).isoformat()
        return m.group(0)

    return re.sub(r"\{\{(.*?)\}\}", repl, template)


def execute(query: str, base_url: str) -> dict[str, Any] | None:
    """Run a resolved prefetch query (``Type/id`` or ``Type?params``) against the demo store."""
    path, _, qs = query.partition("?")
    parts = path.strip("/").split("/")
    if len(parts) == 2 and not qs:
        return read(parts[0], parts[1])
    from urllib.parse import parse_qsl

    return search(parts[0], parse_qsl(qs, keep_blank_values=False), base_url)


# ---------------------------------------------------------------------------------------------------
# keys, client registration and tokens
# ---------------------------------------------------------------------------------------------------
def _key_path() -> Path:
    configured = current_app.config.get("SANDBOX_KEY_FILE")
    return Path(configured) if configured else Path(current_app.instance_path) / KEY_FILE_NAME


def sandbox_key() -> ECKey:
    """The dev-only ES384 key pair, generated at first use into the instance folder."""
    cache = current_app.extensions.setdefault("sandbox", {})
    if "key" in cache:
        return cache["key"]
    path = _key_path()
    if not path.exists():
        key = ECKey.generate_key("P-384", private=True, auto_kid=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:  # O_EXCL: with several workers starting at once, the first writer wins and the others read it
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as fh:
                json.dump(key.as_dict(private=True), fh)
            logger.info("sandbox: generated dev-only ES384 client key kid=%s", key.kid)
    for _ in range(50):  # a concurrent writer may not have finished writing yet
        try:
            key = ECKey.import_key(json.loads(path.read_text()))
            break
        except ValueError:
            time.sleep(0.02)
    else:
        raise RuntimeError(f"unreadable sandbox key file {path}")
    cache["key"] = key
    return key


def public_jwks() -> dict[str, Any]:
    pub = sandbox_key().as_dict(private=False)
    return {"keys": [pub | {"alg": "ES384", "use": "sig"}]}


def ensure_client_registered() -> None:
    """Store the sandbox public JWKS on the demo client (loading the demo practice if needed)."""
    cache = current_app.extensions.setdefault("sandbox", {})
    if cache.get("registered"):
        return
    from server.db.repositories import ClientRepository
    from server.demo import load_demo_practice
    from server.extensions import db

    jwks = public_jwks()
    with db.session_scope() as s:
        client = ClientRepository(s).by_issuer(SANDBOX_ISSUER)
    if client is None:
        load_demo_practice(current_app)
    with db.session_scope() as s:
        client = ClientRepository(s).by_issuer(SANDBOX_ISSUER)
        if client is None:
            raise NotFound(f"demo client {SANDBOX_ISSUER} is not in demo/practice.json")
        if client.jwks != jwks:
            client.jwks = jwks
        client.enabled, client.revoked_at = True, None
    cache["registered"] = True


def base_url() -> str:
    configured = current_app.config.get("PUBLIC_BASE_URL")
    return (configured or request.host_url).rstrip("/")


def sign_client_jwt(audience: str) -> str:
    key = sandbox_key()
    now = int(time.time())
    # No ``jku``: the verifier would need it allow-listed; the public key is stored on the demo client.
    header = {"alg": "ES384", "typ": "JWT", "kid": key.kid}
    claims = {
        "iss": SANDBOX_ISSUER,
        "sub": "dermplug-sandbox",
        "aud": audience,
        "iat": now,
        "exp": now + TOKEN_LIFETIME_S,
        "jti": uuid.uuid4().hex,
    }
    return jwt.encode(header, claims, key, algorithms=["ES384"])


def fhir_access_token() -> str:
    """A bearer token for /sandbox/fhir, derived from the app secret (valid for this app only)."""
    secret = (current_app.config.get("SECRET_KEY") or "").encode()
    return "sbx-" + hmac.new(secret, b"dermplug-sandbox-fhir", hashlib.sha256).hexdigest()[:40]


# ---------------------------------------------------------------------------------------------------
# hook requests
# ---------------------------------------------------------------------------------------------------
def _draft_orders(bundle: dict[str, Any], patient_id: str, encounter_id: str) -> dict[str, Any]:
    orders = [
        r for r in _resources(bundle) if r.get("resourceType") in ("ServiceRequest", "MedicationRequest")
    ]
    if not orders:
        # The demo encounter has no orders: propose each documented procedure as a draft ServiceRequest.
        for i, proc in enumerate(r for r in _resources(bundle) if r.get("resourceType") == "Procedure"):
            orders.append(
                {
                    "resourceType": "ServiceRequest",
                    "id": f"sandbox-order-{i + 1}",
                    "status": "draft",
                    "intent": "order",
                    "code": proc.get("code", {"text": "procedure"}),
                    "subject": {"reference": f"Patient/{patient_id}"},
                    "encounter": {"reference": f"Encounter/{encounter_id}"},
                    **({"bodySite": proc["bodySite"]} if proc.get("bodySite") else {}),
                    **({"reasonReference": proc["reasonReference"]} if proc.get("reasonReference") else {}),
                }
            )
    drafts = [dict(o, status="draft") for o in orders]
    return {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": o} for o in drafts]}


def build_hook_request(
    service_id: str, key: str, with_prefetch: bool, today: date | None = None
) -> dict[str, Any]:
    from cds_hooks.services import SERVICES

    service = SERVICES.get(service_id)
    if service is None:
        raise NotFound(f"unknown service {service_id!r}")
    bundle = _demo_bundles().get(key)
    if bundle is None:
        raise NotFound(f"unknown demo encounter {key!r}")
    summary = encounter_summary(key, bundle)
    practitioner = _first(bundle, "Practitioner")
    context: dict[str, Any] = {
        "userId": f"Practitioner/{practitioner['id']}" if practitioner else DEFAULT_USER,
        "patientId": summary["patientId"],
    }
    if service.hook in ("encounter-discharge", "order-sign", "encounter-start"):
        context["encounterId"] = summary["encounterId"]
    if service.hook == "patient-view" and summary["encounterId"]:
        context["encounterId"] = summary["encounterId"]
    if service.hook == "order-sign":
        context["draftOrders"] = _draft_orders(bundle, summary["patientId"], summary["encounterId"])
    fhir_base = f"{base_url()}/sandbox/fhir"
    body: dict[str, Any] = {
        "hookInstance": str(uuid.uuid4()),
        "hook": service.hook,
        "fhirServer": fhir_base,
        "fhirAuthorization": {
            "access_token": fhir_access_token(),
            "token_type": "Bearer",
            "expires_in": TOKEN_LIFETIME_S,
            "scope": "patient/*.read user/*.read",
            "subject": "dermplug-sandbox",
        },
        "context": context,
    }
    if with_prefetch:
        body["prefetch"] = {
            name: execute(resolve_template(tpl, context, today), fhir_base)
            for name, tpl in service.prefetch.items()
        }
    return body


# ---------------------------------------------------------------------------------------------------
# routes
# ---------------------------------------------------------------------------------------------------
@bp.before_request
def _development_only():
    if not current_app.config.get("SANDBOX_ENABLED"):
        abort(404)


@bp.get("")
@bp.get("/")
def page():
    from cds_hooks.services import SERVICES

    encounters = [encounter_summary(k, b) for k, b in _demo_bundles().items()]
    services = [{"id": s.id, "hook": s.hook, "title": s.title} for s in SERVICES.values()]
    return render_template("cds_hooks/sandbox.html", encounters=encounters, services=services)


@bp.get("/api/encounters")
def api_encounters():
    return json_response({"encounters": [encounter_summary(k, b) for k, b in _demo_bundles().items()]})


def _json_body() -> dict[str, Any]:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise InvalidRequest("expected a JSON object")
    return body


@bp.post("/api/request")
def api_request():
    """Build a signed hook call: ``{url, token, request}``; the page POSTs it like a browser-based EHR."""
    body = _json_body()
    service_id, key = str(body.get("service", "")), str(body.get("encounter", ""))
    hook_request = build_hook_request(service_id, key, bool(body.get("prefetch", True)))
    ensure_client_registered()
    url = f"{base_url()}/cds-services/{service_id}"
    logger.info("sandbox: built %s request prefetch=%s", service_id, "prefetch" in hook_request)
    return json_response({"url": url, "token": sign_client_jwt(url), "request": hook_request})


@bp.post("/api/feedback-token")
def api_feedback_token():
    from cds_hooks.services import SERVICES

    service_id = str(_json_body().get("service", ""))
    if service_id not in SERVICES:
        raise NotFound(f"unknown service {service_id!r}")
    ensure_client_registered()
    url = f"{base_url()}/cds-services/{service_id}/feedback"
    return json_response({"url": url, "token": sign_client_jwt(url)})


@bp.get("/.well-known/jwks.json")
def jwks():
    return json_response(public_jwks())


def _fhir_error(status: int, code: str, diagnostics: str, headers: dict[str, str] | None = None):
    # /sandbox is an HTML prefix for the app's error handlers; the FHIR endpoint answers OperationOutcome.
    return fhir_response(operation_outcome([issue("error", code, diagnostics)]), status, headers)


def _token_ok() -> bool:
    auth = request.headers.get("Authorization", "")
    return hmac.compare_digest(auth.encode(), f"Bearer {fhir_access_token()}".encode())


def _unauthorized():
    return _fhir_error(401, "login", "missing or invalid bearer token", {"WWW-Authenticate": "Bearer"})


@bp.get("/fhir/metadata")
def fhir_metadata():
    types = sorted({t for t, _ in _store()})
    return fhir_response(
        {
            "resourceType": "CapabilityStatement",
            "status": "active",
            "date": "2026-01-01",
            "kind": "instance",
            "fhirVersion": "4.0.1",
            "format": ["application/fhir+json"],
            "software": {"name": "dermplug sandbox demo FHIR endpoint (read-only)"},
            "rest": [
                {
                    "mode": "server",
                    "resource": [
                        {
                            "type": t,
                            "interaction": [{"code": "read"}, {"code": "search-type"}],
                            "searchParam": [
                                {"name": n, "type": ty}
                                for n, ty in (
                                    ("patient", "reference"),
                                    ("subject", "reference"),
                                    ("encounter", "reference"),
                                    ("status", "token"),
                                    ("category", "token"),
                                    ("code", "token"),
                                    ("date", "date"),
                                    ("_id", "token"),
                                    ("_count", "number"),
                                )
                            ],
                        }
                        for t in types
                    ],
                }
            ],
        }
    )


@bp.get("/fhir/<resource_type>")
def fhir_search(resource_type: str):
    if not _token_ok():
        return _unauthorized()
    params = list(request.args.items(multi=True))
    return fhir_response(search(resource_type, params, f"{base_url()}/sandbox/fhir"))


@bp.post("/fhir/<resource_type>/_search")
def fhir_post_search(resource_type: str):
    if not _token_ok():
        return _unauthorized()
    params = list(request.args.items(multi=True)) + list(request.form.items(multi=True))
    return fhir_response(search(resource_type, params, f"{base_url()}/sandbox/fhir"))


@bp.get("/fhir/<resource_type>/<resource_id>")
def fhir_read(resource_type: str, resource_id: str):
    if not _token_ok():
        return _unauthorized()
    res = read(resource_type, resource_id)
    if res is None:
        return _fhir_error(404, "not-found", f"{resource_type}/{resource_id} is not in the demo data")
    return fhir_response(res)


# The dev-only SMART authorization server for /sandbox/fhir (EHR launch of the biller app).
from cds_hooks.sandbox_auth import bp as _auth_bp  # noqa: E402

bp.register_blueprint(_auth_bp)
