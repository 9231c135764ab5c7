"""Application factory: config → extensions → blueprints → error handlers → commands."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask
from flask import g
from flask import request

from config import load_config
from config.settings import BaseConfig
from server.coding.tables import load_tables

ROOT = Path(__file__).resolve().parent.parent
STATIC_DIR = ROOT / "static"
logger = logging.getLogger(__name__)


def create_app(config: type[BaseConfig] | Mapping[str, Any] | None = None) -> Flask:
    """Build the plug-in server. Tests pass TestingConfig or a mapping."""
    app = Flask(__name__, static_folder=str(STATIC_DIR), template_folder="templates")
    load_config(app, config)
    register_extensions(app)
    register_blueprints(app)
    register_request_hooks(app)
    from server.errors import register_error_handlers

    register_error_handlers(app)
    from server.cli import register_commands

    register_commands(app)
    __import__("cds_hooks.admin", fromlist=["load_config_file"]).load_config_file(app)  # config-as-code clients
    return app


def register_extensions(app: Flask) -> None:
    from server.extensions import db

    db.init_app(app)
    # Code tables are loaded once per process and passed explicitly into the domain.
    app.extensions["coding"] = load_tables(app.config["CODING_TABLES_DIR"])


def register_blueprints(app: Flask) -> None:
    from cds_hooks import bp as cds_bp
    from server.api import bp as api_bp
    from smart_app import bp as smart_bp

    app.register_blueprint(api_bp)
    app.register_blueprint(cds_bp)
    app.register_blueprint(smart_bp)
    if app.config.get("SANDBOX_ENABLED"):
        try:
            from cds_hooks.sandbox import bp as sandbox_bp
        except ImportError:  # the sandbox page is optional
            sandbox_bp = None
        if sandbox_bp is not None:
            app.register_blueprint(sandbox_bp)


def register_request_hooks(app: Flask) -> None:
    @app.before_request
    def _correlation_id() -> None:
        g.correlation_id = request.headers.get("X-Request-Id") or uuid.uuid4().hex[:16]

    @app.after_request
    def _echo_id(resp):
        resp.headers.setdefault("X-Request-Id", getattr(g, "correlation_id", ""))
        return resp
