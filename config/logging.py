"""Structured logging, configured once; every line carries a correlation id and no PHI.

The correlation id is ``hookInstance`` for CDS calls and a generated request id otherwise; views set
``flask.g.correlation_id``. Never log note text, names or whole resources: log ids and rule ids.
"""

from __future__ import annotations

import json
import logging
import logging.config
from datetime import UTC
from datetime import datetime

_configured: tuple[str, bool] | None = None


class CorrelationFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        cid = "-"
        try:
            from flask import g
            from flask import has_request_context

            if has_request_context():
                cid = getattr(g, "correlation_id", "-")
        except Exception:  # pragma: no cover - logging must never fail
            pass
        record.correlation_id = cid
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "correlation_id": getattr(record, "correlation_id", "-"),
            "msg": record.getMessage(),
        }
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out)


def logging_dict(level: str, json_format: bool) -> dict:
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"correlation": {"()": CorrelationFilter}},
        "formatters": {
            "json": {"()": JsonFormatter},
            "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(correlation_id)s] %(message)s"},
        },
        "handlers": {
            "default": {
                "class": "logging.StreamHandler",
                "formatter": "json" if json_format else "plain",
                "filters": ["correlation"],
            }
        },
        "root": {"level": level, "handlers": ["default"]},
    }


def configure_logging(level: str = "INFO", *, json_format: bool = True) -> None:
    global _configured
    if _configured == (level, json_format):
        return
    logging.config.dictConfig(logging_dict(level, json_format))
    _configured = (level, json_format)
