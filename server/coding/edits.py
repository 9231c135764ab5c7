"""Claim-level edits over draft lines: NCCI PTP, MUE, add-on codes, global periods, modifiers,
diagnosis validation/linkage, medical necessity and cosmetic status.

Interim pass-through until the edits layer lands: returns the draft unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from server.coding.model import EncounterFacts
from server.coding.model import Finding
from server.coding.model import Line
from server.coding.tables import Tables


@dataclass(frozen=True, slots=True)
class EditOutcome:
    lines: tuple[Line, ...]
    diagnoses: tuple[str, ...]  # claim-level, ordered, at most 12
    findings: tuple[Finding, ...]


def apply_edits(facts: EncounterFacts, lines: Sequence[Line], tables: Tables) -> EditOutcome:
    dx: list[str] = []
    for line in lines:
        for code in line.diagnoses:
            if code not in dx:
                dx.append(code)
    return EditOutcome(tuple(lines), tuple(dx[:12]), ())
