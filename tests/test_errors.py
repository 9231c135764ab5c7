from __future__ import annotations

import logging

from fhir.resources.R4B.operationoutcome import OperationOutcome
from marshmallow import Schema
from marshmallow import fields

from server.errors import InvalidRequest


def _register(app):
    class S(Schema):
        n = fields.Integer(required=True)

    @app.post("/fhir/$echo")
    def echo():
        from flask import request

        return S().load(request.get_json())

    @app.get("/fhir/boom")
    def boom():
        raise RuntimeError("secret note text Jane Doe")

    @app.get("/fhir/bad")
    def bad():
        raise InvalidRequest("context.patientId is required", expression=["context.patientId"])

    @app.get("/app/boom")
    def app_boom():
        raise InvalidRequest("bad launch")


def test_expected_error_is_operation_outcome(app):
    _register(app)
    r = app.test_client().get("/fhir/bad")
    assert r.status_code == 400 and r.mimetype == "application/fhir+json"
    oo = OperationOutcome.model_validate(r.json)
    assert oo.issue[0].code == "invalid" and oo.issue[0].expression == ["context.patientId"]


def test_validation_error_lists_field_paths(app):
    _register(app)
    r = app.test_client().post("/fhir/$echo", json={"n": "x"})
    assert r.status_code == 400
    assert r.json["issue"][0]["expression"] == ["n"]
    OperationOutcome.model_validate(r.json)


def test_unexpected_error_is_opaque_and_logged(app, caplog):
    _register(app)
    with caplog.at_level(logging.ERROR):
        r = app.test_client().get("/fhir/boom")
    assert r.status_code == 500
    body = r.get_data(as_text=True)
    assert "Jane Doe" not in body and "Traceback" not in body and "reference id" in body
    error_id = r.json["issue"][0]["diagnostics"].rsplit(" ", 1)[-1]
    assert any(error_id in rec.getMessage() for rec in caplog.records)


def test_html_under_app_and_fhir_for_unknown_routes(app):
    _register(app)
    c = app.test_client()
    r = c.get("/app/boom")
    assert r.status_code == 400 and r.mimetype == "text/html" and "bad launch" in r.get_data(as_text=True)
    r = c.get("/cds-services/nope/nothing")
    assert r.status_code == 404 and r.json["resourceType"] == "OperationOutcome"
    r = c.delete("/healthz")
    assert r.status_code == 405 and r.json["issue"][0]["code"] == "not-supported"


def test_correlation_id_echoed(client):
    r = client.get("/healthz", headers={"X-Request-Id": "abc123"})
    assert r.headers["X-Request-Id"] == "abc123"
