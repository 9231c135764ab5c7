"""The one module that reads the environment.

``load_config(app, override)`` picks a class by ``APP_ENV`` (default ``development``), applies
``DERMPLUG_*`` overrides (JSON-decoded, nested with ``__``), honours the conventional ``DATABASE_URL``,
configures logging once, then validates required secrets.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from flask import Flask

from config.logging import configure_logging
from config.settings import CONFIGS
from config.settings import BaseConfig


def config_class(name: str | None = None) -> type[BaseConfig]:
    name = name or os.environ.get("APP_ENV") or os.environ.get("DERMPLUG_ENV") or "development"
    try:
        return CONFIGS[name]
    except KeyError:
        raise RuntimeError(f"unknown APP_ENV {name!r}; expected one of {sorted(CONFIGS)}") from None


def load_config(app: Flask, override: type[BaseConfig] | Mapping[str, Any] | None = None) -> None:
    if isinstance(override, type):
        cls = override
    else:
        cls = config_class((override or {}).get("ENV_NAME") if override else None)
    app.config.from_object(cls)
    app.config["CONFIG_CLASS"] = cls
    if os.environ.get("DATABASE_URL"):
        app.config["DATABASE_URL"] = os.environ["DATABASE_URL"]
    app.config.from_prefixed_env("DERMPLUG")
    if isinstance(override, Mapping):
        app.config.update(override)
    configure_logging(app.config["LOG_LEVEL"], json_format=app.config["LOG_JSON"])
    cls.validate(app.config)


def environ_get(name: str, default: str | None = None) -> str | None:
    """Read one environment variable (for the CLI entry point, which runs before an app exists)."""
    return os.environ.get(name, default)
