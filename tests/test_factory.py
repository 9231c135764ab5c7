from __future__ import annotations

import pytest

from config.settings import ProductionConfig
from server.app import create_app


def test_blueprints_registered(app):
    assert {"api", "cds_hooks", "smart_app"} <= set(app.blueprints)
    assert app.extensions["coding"].release


def test_health_and_ready(client):
    assert client.get("/healthz").json == {"status": "ok"}
    r = client.get("/readyz")
    assert r.status_code == 200
    assert r.json["status"] == "ready" and r.json["schema"] == "0001"


def test_ready_fails_without_schema(tmp_path, make_app):
    r = make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'empty.db'}").test_client().get("/readyz")
    assert r.status_code == 503
    assert r.json["resourceType"] == "OperationOutcome"
    assert "not migrated" in r.json["issue"][0]["diagnostics"]


def test_production_refuses_to_start_without_secrets(monkeypatch):
    monkeypatch.delenv("DERMPLUG_SECRET_KEY", raising=False)
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app(ProductionConfig)


def test_env_overrides(monkeypatch, database_url):
    monkeypatch.setenv("DERMPLUG_CDS_HOOK_DEADLINE_SECONDS", "2.5")
    monkeypatch.setenv("DATABASE_URL", database_url)
    from config.settings import TestingConfig

    app = create_app(TestingConfig)
    app.extensions["db"].engine.dispose()
    assert app.config["CDS_HOOK_DEADLINE_SECONDS"] == 2.5
    assert app.config["DATABASE_URL"] == database_url


def test_production_session_cookie_works_inside_an_ehr_iframe(monkeypatch, database_url):
    for key, value in {"SECRET_KEY": "s", "PUBLIC_BASE_URL": "https://derm.example"}.items():
        monkeypatch.setenv(f"DERMPLUG_{key}", value)
    monkeypatch.setenv("DATABASE_URL", database_url)
    app = create_app(ProductionConfig)
    app.extensions["db"].engine.dispose()

    @app.get("/app/_cookie")
    def _cookie():
        from flask import session

        session["x"] = 1
        return "ok"

    cookie = app.test_client().get("/app/_cookie").headers["Set-Cookie"]
    assert "SameSite=None" in cookie and "Secure" in cookie and "HttpOnly" in cookie
