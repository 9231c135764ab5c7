"""SMART App Launch 2.x: ``/app/launch`` (EHR or standalone) and ``/app/callback`` (code exchange).

``iss`` is checked against an allow-list before anything is fetched from it (SSRF / token leak, HL7
smart-app-launch issue #230): the ``fhir_base`` of an enabled registered :class:`EhrClient`, or — sandbox
only, never in production — this server's own demo FHIR base. The authorize request carries ``aud = iss``,
a 256-bit ``state`` and a PKCE S256 challenge; the ``LaunchSession`` row holds state and verifier server-side,
the cookie only its id. ``state`` is single-use and expires after ``SMART_LAUNCH_TTL_SECONDS``.
"""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta
from typing import Any

from authlib.common.security import generate_token
from authlib.integrations.requests_client import OAuth2Session
from flask import current_app
from flask import redirect
from flask import request
from flask import session
from flask import url_for

from server.db.models import LaunchSession
from server.db.repositories import ClientRepository
from server.db.repositories import LaunchSessionRepository
from server.errors import InvalidRequest
from server.errors import NotAuthorized
from server.extensions import db
from smart_app import bp
from smart_app import fhir_client
from smart_app.session import COOKIE_KEY
from smart_app.session import aware
from smart_app.session import now
from smart_app.session import public_base
from smart_app.session import sandbox_fhir_base
from smart_app.session import security_headers
from smart_app.session import timeout

logger = logging.getLogger(__name__)

bp.after_request(security_headers)

MAX_PARAM = 2000


def redirect_uri() -> str:
    return public_base() + url_for("smart_app.callback")


def scopes(ehr_launch: bool) -> str:
    """``SMART_SCOPES`` with ``launch`` (EHR launch) or ``launch/patient`` instead (standalone launch)."""
    wanted = [s for s in str(current_app.config.get("SMART_SCOPES", "")).split() if s]
    wanted = [s for s in wanted if s not in ("launch", "launch/patient", "launch/encounter")]
    return " ".join(["launch" if ehr_launch else "launch/patient", *wanted])


def allowed_practice(iss: str) -> str:
    """The practice whose EHR serves ``iss``; 400 for anything not allow-listed."""
    candidates = {iss, iss.rstrip("/"), iss.rstrip("/") + "/"}
    with db.session_scope() as s:
        repo = LaunchSessionRepository(s)
        for candidate in sorted(candidates):
            client = repo.client_for_fhir_base(candidate)
            if client is not None:
                return client.practice_id
    sandbox = sandbox_fhir_base()
    if sandbox is not None and iss.rstrip("/") == sandbox:
        return _sandbox_practice()
    logger.warning("smart launch refused: iss not registered")
    raise InvalidRequest(
        "This EHR (iss) is not registered with dermplug. Ask your administrator to register "
        "its FHIR base URL before launching the app.",
        expression=["iss"],
    )


def _sandbox_practice() -> str:
    from cds_hooks.sandbox import SANDBOX_ISSUER
    from server.demo import load_demo_practice

    with db.session_scope() as s:
        client = ClientRepository(s).by_issuer(SANDBOX_ISSUER)
        practice_id = client.practice_id if client is not None else None
    if practice_id is None:
        load_demo_practice(current_app)
        with db.session_scope() as s:
            client = ClientRepository(s).by_issuer(SANDBOX_ISSUER)
            if client is None:
                raise InvalidRequest("the sandbox demo practice is not configured")
            practice_id = client.practice_id
    return practice_id


def _param(name: str) -> str | None:
    value = request.args.get(name)
    if value is None:
        return None
    if len(value) > MAX_PARAM:
        raise InvalidRequest(f"parameter {name} is too long", expression=[name])
    return value.strip()


@bp.get("/launch")
def launch():
    iss = _param("iss")
    launch_token = _param("launch")
    if not iss:
        raise InvalidRequest(
            "Missing iss: open dermplug from the EHR (it passes iss and launch).", expression=["iss"]
        )
    practice_id = allowed_practice(iss)
    conf = fhir_client.fetch_smart_configuration(iss, timeout())
    code_verifier = generate_token(64)
    state = secrets.token_urlsafe(32)  # 256 bits
    oauth = OAuth2Session(
        current_app.config["SMART_CLIENT_ID"],
        redirect_uri=redirect_uri(),
        scope=scopes(bool(launch_token)),
        code_challenge_method="S256",
    )
    extra: dict[str, Any] = {"aud": iss}
    if launch_token:
        extra["launch"] = launch_token
    url, _state = oauth.create_authorization_url(
        conf["authorization_endpoint"], state=state, code_verifier=code_verifier, **extra
    )
    oauth.close()
    ttl = int(current_app.config.get("SMART_LAUNCH_TTL_SECONDS", 600))
    with db.session_scope() as s:
        repo = LaunchSessionRepository(s)
        repo.purge_expired()
        row = repo.add(
            LaunchSession(
                id=secrets.token_urlsafe(32),
                practice_id=practice_id,
                iss=iss,
                state=state,
                code_verifier=code_verifier,
                expires_at=now() + timedelta(seconds=ttl),
            )
        )
        sid = row.id
    session.clear()
    session[COOKIE_KEY] = sid
    logger.info("smart launch kind=%s practice=%s", "ehr" if launch_token else "standalone", practice_id)
    return redirect(url, code=302)


@bp.get("/callback")
def callback():
    error = _param("error")
    if error:
        raise NotAuthorized(
            f"The EHR did not authorize dermplug ({error[:80]}). Launch it again from the chart."
        )
    code, state = _param("code"), _param("state")
    if not code or not state:
        raise InvalidRequest("The EHR's answer lacks code or state.", expression=["code", "state"])
    with db.session_scope() as s:
        row = LaunchSessionRepository(s).by_state(state)
        if row is None:
            raise InvalidRequest(
                "Unknown or already used launch state: launch dermplug again from the chart.",
                expression=["state"],
            )
        if row.id != session.get(COOKIE_KEY):
            raise InvalidRequest("This launch was started in another browser session.", expression=["state"])
        # One-time: the state is replaced before the code is exchanged, whatever happens next.
        row.state = "used-" + secrets.token_urlsafe(32)
        verifier, row.code_verifier = row.code_verifier, None
        expires, iss, sid = aware(row.expires_at), row.iss, row.id
    if expires is None or expires < now() or not verifier:
        raise InvalidRequest(
            "This launch expired (more than 10 minutes): launch dermplug again from the chart.",
            expression=["state"],
        )
    conf = fhir_client.fetch_smart_configuration(iss, timeout())
    token = fhir_client.exchange_code(
        conf["token_endpoint"],
        client_id=current_app.config["SMART_CLIENT_ID"],
        redirect_uri=redirect_uri(),
        code=code,
        code_verifier=verifier,
        timeout=timeout(),
    )
    cap = int(current_app.config.get("SMART_SESSION_TTL_SECONDS", 3600))
    expires_in = token.get("expires_in")
    lifetime = min(int(expires_in), cap) if isinstance(expires_in, int | float) and expires_in > 0 else cap
    patient = token.get("patient") if isinstance(token.get("patient"), str) else None
    encounter = token.get("encounter") if isinstance(token.get("encounter"), str) else None
    with db.session_scope() as s:
        row = LaunchSessionRepository(s).get(sid)
        if row is None:
            raise NotAuthorized("The launch session disappeared: launch dermplug again from the chart.")
        row.access_token = token["access_token"]
        row.refresh_token = (
            token.get("refresh_token") if isinstance(token.get("refresh_token"), str) else None
        )
        row.scope = str(token.get("scope") or "")
        row.patient_id, row.encounter_id = patient, encounter
        row.expires_at = now() + timedelta(seconds=lifetime)
    logger.info("smart launch authorized patient_ctx=%s encounter_ctx=%s", bool(patient), bool(encounter))
    if encounter:
        return redirect(url_for("smart_app.encounter", encounter_id=encounter), code=302)
    if patient:
        return redirect(url_for("smart_app.patient_encounters"), code=302)
    raise InvalidRequest(
        "The EHR gave no patient or encounter context: launch dermplug from a patient's chart."
    )
