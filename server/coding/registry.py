"""Rule registry: one decorator, stable ids, never reused (retired rules stay with ``deprecated=True``).

Id prefixes: PTP (pair edits), MUE (units), AOC (add-on codes), MOD (modifiers), DX (diagnosis),
GLB (global periods), NEC (necessity/cosmetic), DRM (dermatology family coding), DOC (documentation).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from server.coding.model import Severity

RULE_ID = re.compile(r"^(PTP|MUE|AOC|MOD|DX|GLB|NEC|DRM|DOC|EM)\d{3}$")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    family: str
    severity: Severity
    since: str
    func: Callable[..., Any]
    deprecated: bool = False

    @property
    def doc(self) -> str:
        return self.func.__doc__ or ""

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0] if self.doc.strip() else ""


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str, *, family: str, severity: Severity = Severity.WARNING, since: str = "0.1.0",
    deprecated: bool = False,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register ``func`` under ``rule_id``. The function keeps working as a plain function."""
    if not RULE_ID.match(rule_id):
        raise ValueError(f"bad rule id {rule_id!r}")

    def deco(func: Callable[..., Any]) -> Callable[..., Any]:
        if rule_id in RULES and RULES[rule_id].func is not func:
            raise ValueError(f"duplicate rule id {rule_id}")
        RULES[rule_id] = Rule(rule_id, family, severity, since, func, deprecated)
        func.rule_id = rule_id  # type: ignore[attr-defined]
        return func

    return deco
