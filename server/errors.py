"""One error model. Expected errors carry an HTTP status and a FHIR issue code.

Under API/CDS paths every error renders as OperationOutcome (``application/fhir+json``); under the
SMART app it renders as an HTML page. Unexpected errors become 500 with an opaque id; the traceback goes
to the log only.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence

from flask import Flask
from flask import render_template
from flask import request
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException

from server.fhir_helpers.outcome import issue
from server.fhir_helpers.outcome import operation_outcome
from server.http import fhir_response

logger = logging.getLogger(__name__)

HTML_PREFIXES = ("/app", "/sandbox")


class PluginError(Exception):
    """Base for errors we expect. Carries HTTP status and FHIR IssueType code."""

    status = 500
    issue_code = "exception"

    def __init__(self, diagnostics: str, *, expression: Sequence[str] = (), headers: dict[str, str] | None = None):
        super().__init__(diagnostics)
        self.diagnostics = diagnostics
        self.expression = tuple(expression)
        self.headers = headers or {}


class InvalidRequest(PluginError):
    status, issue_code = 400, "invalid"


class NotAuthorized(PluginError):
    status, issue_code = 401, "security"


class Forbidden(PluginError):
    status, issue_code = 403, "forbidden"


class NotFound(PluginError):
    status, issue_code = 404, "not-found"


class Conflict(PluginError):
    status, issue_code = 409, "conflict"


class PrefetchMissing(PluginError):
    status, issue_code = 412, "processing"


class UpstreamFhirError(PluginError):
    status, issue_code = 502, "transient"


class Unavailable(PluginError):
    status, issue_code = 503, "transient"


def _wants_html() -> bool:
    return request.path.startswith(HTML_PREFIXES)


def _render(status: int, code: str, diagnostics: str, expression: Sequence[str] = (), headers=None):
    if _wants_html():
        return render_template("error.html", status=status, message=diagnostics), status, headers or {}
    body = operation_outcome([issue("error", code, diagnostics, expression)])
    return fhir_response(body, status, headers)


HTTP_ISSUE = {400: "invalid", 401: "security", 403: "forbidden", 404: "not-found", 405: "not-supported",
              409: "conflict", 412: "processing", 413: "too-costly", 415: "not-supported", 429: "throttled"}


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(PluginError)
    def plugin_error(err: PluginError):
        logger.info("request failed: %s %s", err.status, type(err).__name__)
        return _render(err.status, err.issue_code, err.diagnostics, err.expression, err.headers)

    @app.errorhandler(ValidationError)
    def validation_error(err: ValidationError):
        issues = [issue("error", "invalid", "; ".join(map(str, msgs)) if isinstance(msgs, list) else str(msgs),
                        [str(path)]) for path, msgs in _flatten(err.normalized_messages())]
        if _wants_html():
            return render_template("error.html", status=400, message="invalid input"), 400
        return fhir_response(operation_outcome(issues or [issue("error", "invalid", "invalid request")]), 400)

    @app.errorhandler(HTTPException)
    def http_error(err: HTTPException):
        status = err.code or 500
        return _render(status, HTTP_ISSUE.get(status, "exception"), err.description or err.name)

    @app.errorhandler(Exception)
    def unexpected(err: Exception):
        error_id = uuid.uuid4().hex
        logger.exception("unexpected error id=%s", error_id)
        return _render(500, "exception", f"internal error; reference id {error_id}")


def _flatten(messages, prefix: str = ""):
    if isinstance(messages, dict):
        for key, value in messages.items():
            path = f"{prefix}.{key}" if prefix else str(key)
            if isinstance(value, dict):
                yield from _flatten(value, path)
            else:
                yield path, value
    else:
        yield prefix or "$", messages
