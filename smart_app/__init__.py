"""Blueprint ``smart_app``: the SMART-on-FHIR biller app (launch → review → approve), server-rendered.

- ``GET /app/launch?iss=&launch=`` (EHR launch) or ``?iss=`` (standalone): discovery, PKCE, state, redirect to
  the EHR's authorize endpoint. ``iss`` must be an allow-listed FHIR base (see :mod:`smart_app.launch`).
- ``GET /app/callback``: one-time state check, code exchange, tokens stored server-side (``LaunchSession``).
- ``GET /app/encounter/<id>``: fetch the encounter from the EHR, code it, show the biller review page.
- ``POST /app/encounter/<id>/approve``: CSRF-checked edits → active Claim + ClaimRecord + outbox row (once).

The browser holds only the opaque launch-session id in Flask's signed cookie; tokens never leave the server.
"""

from __future__ import annotations

from flask import Blueprint
from flask import render_template

bp = Blueprint("smart_app", __name__, url_prefix="/app", template_folder="templates")


@bp.get("/")
def index():
    return render_template("smart_app/index.html")


from smart_app import launch as _launch  # noqa: E402,F401  (routes register on ``bp``)
from smart_app import review as _review  # noqa: E402,F401
