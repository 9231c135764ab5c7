"""Blueprint ``smart_app``: the SMART-on-FHIR biller app (launch, review, approve)."""

from __future__ import annotations

from flask import Blueprint
from flask import render_template

bp = Blueprint("smart_app", __name__, url_prefix="/app", template_folder="templates")


@bp.get("/")
def index():
    return render_template("smart_app/index.html")
