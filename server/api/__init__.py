"""Blueprint ``api``: health and readiness (FHIR-facing API endpoints join here)."""

from __future__ import annotations

from flask import Blueprint
from flask import current_app

from server.errors import Unavailable
from server.extensions import db
from server.http import json_response

bp = Blueprint("api", __name__)


@bp.get("/healthz")
def healthz():
    """Process is up."""
    return json_response({"status": "ok"})


@bp.get("/readyz")
def readyz():
    """DB reachable, schema migrated and code tables loaded."""
    from server.db import current_revision

    try:
        db.ping()
        revision = current_revision(db.engine)
    except Exception as exc:  # noqa: BLE001 - report, don't leak
        raise Unavailable(f"database not reachable ({type(exc).__name__})") from exc
    if revision is None:
        raise Unavailable("database schema not migrated; run `dermplug db upgrade`")
    tables = current_app.extensions.get("coding")
    if tables is None or not tables.rvu:
        raise Unavailable("coding tables not loaded")
    return json_response({"status": "ready", "schema": revision, "tables": tables.release})
