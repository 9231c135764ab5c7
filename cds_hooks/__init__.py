"""Blueprint ``cds_hooks``: CDS Hooks 2.0 discovery, services and feedback."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("cds_hooks", __name__, url_prefix="/cds-services", template_folder="templates")

from cds_hooks import views  # noqa: E402,F401
