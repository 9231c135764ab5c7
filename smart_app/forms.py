"""The approve form: the biller's edits (units, modifiers, removed lines), validated with marshmallow."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from marshmallow import Schema
from marshmallow import ValidationError
from marshmallow import fields
from marshmallow import validate

MODIFIER_RE = re.compile(r"^[A-Z0-9]{2}$")
MAX_MODIFIERS = 4  # an 837P service line holds four
MAX_UNITS = 999


class ModifierList(fields.Field):
    """``"25, XS"`` / ``"25 XS"`` → ``["25", "XS"]`` (upper-cased, order kept, duplicates dropped)."""

    def _deserialize(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kwargs: Any
    ) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, str):
            raise ValidationError("modifiers must be text")
        mods = list(dict.fromkeys(m.upper() for m in re.split(r"[\s,;]+", value.strip()) if m))
        bad = [m for m in mods if not MODIFIER_RE.match(m)]
        if bad:
            raise ValidationError(f"not a modifier: {', '.join(bad[:3])} (two letters/digits each)")
        if len(mods) > MAX_MODIFIERS:
            raise ValidationError(f"at most {MAX_MODIFIERS} modifiers per line")
        return mods


class LineEditSchema(Schema):
    index = fields.Integer(required=True, validate=validate.Range(min=0))
    units = fields.Integer(
        required=True,
        strict=False,
        validate=validate.Range(min=1, max=MAX_UNITS),
        error_messages={"required": "units are required", "invalid": "units must be a whole number"},
    )
    modifiers = ModifierList(load_default=list)
    remove = fields.Boolean(load_default=False)


class ApproveSchema(Schema):
    coding_digest = fields.String(required=True, validate=validate.Length(equal=64))
    lines = fields.List(fields.Nested(LineEditSchema), required=True)


def raw_form(form: Mapping[str, str], line_count: int) -> dict[str, Any]:
    """The flat HTML form (``line-<i>-units`` …) as the nested shape :class:`ApproveSchema` loads."""
    lines = []
    for i in range(line_count):
        lines.append(
            {
                "index": i,
                "units": form.get(f"line-{i}-units"),
                "modifiers": form.get(f"line-{i}-modifiers", ""),
                "remove": form.get(f"line-{i}-remove") is not None,
            }
        )
    return {"coding_digest": form.get("coding_digest"), "lines": lines}


def flatten_errors(messages: Any, prefix: str = "") -> list[str]:
    out: list[str] = []
    if isinstance(messages, dict):
        for key, value in messages.items():
            out.extend(flatten_errors(value, f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(messages, list):
        for m in messages:
            out.extend(flatten_errors(m, prefix))
    else:
        out.append(f"{prefix}: {messages}" if prefix else str(messages))
    return out
