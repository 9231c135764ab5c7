"""OperationOutcome rendering (plain dicts, validated against ``fhir.resources.R4B`` in tests)."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Sequence
from typing import Any

SEVERITY = {"info": "information", "warning": "warning", "error": "error", "fatal": "fatal"}


def issue(severity: str, code: str, diagnostics: str, expression: Sequence[str] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {"severity": SEVERITY.get(severity, severity), "code": code, "diagnostics": diagnostics}
    if expression:
        out["expression"] = list(expression)
    return out


def operation_outcome(issues: Iterable[dict[str, Any]]) -> dict[str, Any]:
    return {"resourceType": "OperationOutcome", "issue": list(issues)}
