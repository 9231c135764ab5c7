"""Launch-session plumbing shared by the app's views: the cookie, the CSRF token, allow-lists, headers.

The signed Flask cookie carries one key, ``smart_sid`` (the opaque :class:`LaunchSession` id); tokens, state
and the PKCE verifier stay in the database.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC
from datetime import datetime
from urllib.parse import urlsplit

from flask import current_app
from flask import request
from flask import session

from server.db.models import LaunchSession
from server.db.repositories import LaunchSessionRepository
from server.errors import InvalidRequest
from server.errors import NotAuthorized
from server.extensions import db

COOKIE_KEY = "smart_sid"
CSRF_FIELD = "csrf_token"


def now() -> datetime:
    return datetime.now(UTC)


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes for timezone-aware columns: read them as UTC."""
    if value is None:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def public_base() -> str:
    return (current_app.config.get("PUBLIC_BASE_URL") or request.host_url).rstrip("/")


def is_development() -> bool:
    return current_app.config.get("ENV_NAME") != "production"


def sandbox_fhir_base() -> str | None:
    """The sandbox's demo FHIR base: an allowed ``iss`` only while the sandbox runs (never in production)."""
    if current_app.config.get("SANDBOX_ENABLED") and is_development():
        return f"{public_base()}/sandbox/fhir"
    return None


def timeout() -> float:
    return float(current_app.config.get("SMART_HTTP_TIMEOUT_SECONDS", 5.0))


def current_launch() -> LaunchSession:
    """The launched (token-holding, unexpired) session of this browser, or a 401 page."""
    sid = session.get(COOKIE_KEY)
    if not isinstance(sid, str) or not sid:
        raise NotAuthorized(
            "No dermplug session in this browser: open the app from the patient's chart in the EHR."
        )
    with db.session_scope() as s:
        launch = LaunchSessionRepository(s).get(sid)
    if launch is None or not launch.access_token:
        raise NotAuthorized(
            "This dermplug session is not (or no longer) authorized: launch it again from the EHR."
        )
    expires = aware(launch.expires_at)
    if expires is not None and expires < now():
        raise NotAuthorized("This dermplug session has expired: launch it again from the patient's chart.")
    return launch


def csrf_token(launch: LaunchSession) -> str:
    """Per-session token: an HMAC of the launch-session id under the app secret (nothing extra to store)."""
    secret = (current_app.config.get("SECRET_KEY") or "").encode()
    return hmac.new(secret, f"smart-csrf:{launch.id}".encode(), hashlib.sha256).hexdigest()


def check_csrf(launch: LaunchSession) -> None:
    sent = request.form.get(CSRF_FIELD, "")
    if not sent or not hmac.compare_digest(sent.encode(), csrf_token(launch).encode()):
        raise InvalidRequest(
            "The form's security token is missing or invalid. Reload the page and try again."
        )


def origin(url: str) -> str | None:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else None


def frame_ancestors() -> str:
    """CSP ``frame-ancestors``: config wins; else ``*`` in development, ``'self'`` + EHR origins in prod."""
    configured = current_app.config.get("SMART_FRAME_ANCESTORS")
    if configured:
        return str(configured)
    if is_development():
        return "*"
    with db.session_scope() as s:
        bases = LaunchSessionRepository(s).fhir_bases()
    origins = sorted({o for o in (origin(b) for b in bases) if o})
    return " ".join(["'self'", *origins])


def security_headers(resp):
    resp.headers.pop("X-Frame-Options", None)  # framing is governed by CSP frame-ancestors (EHR iframes)
    resp.headers["Content-Security-Policy"] = (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
        f"base-uri 'none'; form-action 'self'; frame-ancestors {frame_ancestors()}"
    )
    resp.headers["Cache-Control"] = "no-store"
    resp.headers["Referrer-Policy"] = "no-referrer"  # the callback URL carries the authorization code
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp
