"""CDS Hooks routes (discovery; services and feedback are added by the CDS Hooks issue)."""

from __future__ import annotations

from cds_hooks import bp
from server.http import json_response


@bp.get("")
def discovery():
    return json_response({"services": []})
