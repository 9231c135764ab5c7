"""HTTP helpers shared by the blueprints."""

from __future__ import annotations

import json
from typing import Any

from flask import Response

FHIR_JSON = "application/fhir+json"


def fhir_response(resource: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(resource), status=status, mimetype=FHIR_JSON, headers=headers)


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body), status=status, mimetype="application/json", headers=headers)
