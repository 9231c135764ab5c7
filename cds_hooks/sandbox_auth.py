"""A tiny development-only SMART authorization server for the sandbox's demo FHIR base (``/sandbox/fhir``).

It lets the sandbox play the EHR for a SMART EHR launch of the biller app, end to end:

- ``GET /sandbox/fhir/.well-known/smart-configuration``: absolute endpoints, PKCE S256 only.
- ``GET /sandbox/auth/authorize``: checks ``response_type``, ``client_id`` (``SMART_CLIENT_ID``),
  ``redirect_uri`` (this server's ``/app/callback`` only: no open redirector), ``aud`` (= the demo FHIR
  base), ``state`` and the S256 ``code_challenge``; auto-approves and redirects back with a one-time code
  (60 s). The launch context is encoded in the ``launch`` value: ``sbx.`` + base64url(JSON
  ``{"encounterId", "patientId"}``), which the sandbox page builds from the card's smart link ``appContext``.
- ``POST /sandbox/auth/token``: ``authorization_code`` grant; verifies ``client_id``, ``redirect_uri`` and the
  PKCE ``code_verifier`` against the stored challenge, returns the sandbox FHIR token with ``patient`` /
  ``encounter`` context (``Cache-Control: no-store``).

Codes live in process memory (the sandbox is a single dev process). Registered as a child of the sandbox
blueprint, so it exists only when ``SANDBOX_ENABLED`` is set. Never logs codes, verifiers or tokens.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import secrets
import threading
import time
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint
from flask import current_app
from flask import redirect
from flask import request

from server.http import json_response

logger = logging.getLogger(__name__)

bp = Blueprint("sandbox_auth", __name__)

CODE_TTL_S = 60
LAUNCH_PREFIX = "sbx."
_lock = threading.Lock()


def _base() -> str:
    from cds_hooks.sandbox import base_url

    return base_url()


def fhir_base() -> str:
    return f"{_base()}/sandbox/fhir"


def encode_launch(encounter_id: str | None, patient_id: str | None) -> str:
    """The ``launch`` value the sandbox hands to the app (the page builds the same in JavaScript)."""
    ctx = {k: v for k, v in (("encounterId", encounter_id), ("patientId", patient_id)) if v}
    raw = json.dumps(ctx, separators=(",", ":")).encode()
    return LAUNCH_PREFIX + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_launch(value: str) -> dict[str, str]:
    if not value.startswith(LAUNCH_PREFIX):
        return {}
    data = value[len(LAUNCH_PREFIX) :]
    try:
        ctx = json.loads(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))
    except (binascii.Error, ValueError):
        return {}
    if not isinstance(ctx, dict):
        return {}
    return {k: v for k, v in ctx.items() if k in ("encounterId", "patientId") and isinstance(v, str)}


def _codes() -> dict[str, dict[str, Any]]:
    return current_app.extensions.setdefault("sandbox_auth_codes", {})


def _oauth_error(error: str, description: str, status: int = 400):
    return json_response(
        {"error": error, "error_description": description},
        status,
        {"Cache-Control": "no-store", "Pragma": "no-cache"},
    )


def _context(launch: str | None) -> dict[str, str]:
    """Patient/encounter for the launch, checked against the demo store (the encounter's own patient wins)."""
    from cds_hooks.sandbox import read

    ctx = decode_launch(launch or "")
    out: dict[str, str] = {}
    enc = read("Encounter", ctx["encounterId"]) if ctx.get("encounterId") else None
    if enc is not None:
        out["encounter"] = enc["id"]
        subject = ((enc.get("subject") or {}).get("reference") or "").rsplit("/", 1)[-1]
        if subject:
            out["patient"] = subject
    elif ctx.get("patientId") and read("Patient", ctx["patientId"]) is not None:
        out["patient"] = ctx["patientId"]
    return out


@bp.get("/fhir/.well-known/smart-configuration")
def smart_configuration():
    base = _base()
    return json_response(
        {
            "issuer": f"{base}/sandbox/auth",
            "authorization_endpoint": f"{base}/sandbox/auth/authorize",
            "token_endpoint": f"{base}/sandbox/auth/token",
            "grant_types_supported": ["authorization_code"],
            "token_endpoint_auth_methods_supported": ["none"],
            "scopes_supported": [
                "launch",
                "launch/patient",
                "openid",
                "fhirUser",
                "patient/*.read",
                "user/*.read",
            ],
            "response_types_supported": ["code"],
            "code_challenge_methods_supported": ["S256"],
            "capabilities": [
                "launch-ehr",
                "launch-standalone",
                "client-public",
                "context-ehr-patient",
                "context-ehr-encounter",
                "context-standalone-patient",
                "permission-v1",
                "permission-v2",
            ],
        },
        headers={"Cache-Control": "no-store"},
    )


@bp.get("/auth/authorize")
def authorize():
    args = request.args
    redirect_uri = args.get("redirect_uri", "")
    if redirect_uri != f"{_base()}/app/callback":
        # Never redirect to an unregistered URI: answer here.
        return _oauth_error("invalid_request", "redirect_uri is not registered for this client")
    state = args.get("state", "")

    def back(**params: str):
        return redirect(f"{redirect_uri}?{urlencode({**params, 'state': state})}", code=302)

    if args.get("client_id") != current_app.config.get("SMART_CLIENT_ID"):
        return back(error="unauthorized_client", error_description="unknown client_id")
    if args.get("response_type") != "code":
        return back(error="unsupported_response_type", error_description="response_type must be code")
    if not state:
        return back(error="invalid_request", error_description="state is required")
    if args.get("aud", "").rstrip("/") != fhir_base():
        return back(error="invalid_request", error_description="aud must be the sandbox FHIR base")
    challenge = args.get("code_challenge", "")
    if args.get("code_challenge_method") != "S256" or not 43 <= len(challenge) <= 128:
        return back(error="invalid_request", error_description="PKCE S256 code_challenge is required")
    scope = args.get("scope", "")
    context = _context(args.get("launch"))
    if "launch" in scope.split() and "patient" not in context:
        return back(error="invalid_request", error_description="unknown launch context")
    if "patient" not in context:
        return back(error="access_denied", error_description="standalone patient picking is not simulated")
    code = secrets.token_urlsafe(32)
    with _lock:
        codes = _codes()
        for stale in [c for c, v in codes.items() if v["expires"] < time.time()]:
            codes.pop(stale, None)
        codes[code] = {
            "challenge": challenge,
            "client_id": args["client_id"],
            "redirect_uri": redirect_uri,
            "scope": scope,
            "context": context,
            "expires": time.time() + CODE_TTL_S,
        }
    logger.info("sandbox auth: code issued encounter_ctx=%s", "encounter" in context)
    return back(code=code)


@bp.post("/auth/token")
def token():
    from cds_hooks.sandbox import TOKEN_LIFETIME_S
    from cds_hooks.sandbox import fhir_access_token

    form = request.form
    if form.get("grant_type") != "authorization_code":
        return _oauth_error("unsupported_grant_type", "only authorization_code is supported")
    with _lock:
        grant = _codes().pop(form.get("code", ""), None)  # one-time, whatever the outcome
    if grant is None or grant["expires"] < time.time():
        return _oauth_error("invalid_grant", "unknown, used or expired code")
    if form.get("client_id") != grant["client_id"]:
        return _oauth_error("invalid_client", "client_id does not match the code", 401)
    if form.get("redirect_uri") != grant["redirect_uri"]:
        return _oauth_error("invalid_grant", "redirect_uri does not match the authorize request")
    verifier = form.get("code_verifier", "")
    expected = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii", "replace")).digest()).rstrip(
        b"="
    )
    if not verifier or not hmac.compare_digest(expected, grant["challenge"].encode()):
        logger.info("sandbox auth: PKCE verification failed")
        return _oauth_error("invalid_grant", "PKCE verification failed")
    body = {
        "access_token": fhir_access_token(),
        "token_type": "Bearer",
        "expires_in": TOKEN_LIFETIME_S,
        "scope": grant["scope"],
        "need_patient_banner": False,
        **grant["context"],
    }
    return json_response(body, 200, {"Cache-Control": "no-store", "Pragma": "no-cache"})
