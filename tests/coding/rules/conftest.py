"""Helpers for the edit-rule unit tests: build facts/lines tersely and run apply_edits."""

from __future__ import annotations

from datetime import date

import pytest

from server.coding.edits import apply_edits
from server.coding.model import EncounterFacts
from server.coding.model import Line
from server.coding.model import PayerKind

DOS = date(2026, 3, 2)


def L(code: str, units: int = 1, mods=(), dx=(), lesions=(), site=None, **kw) -> Line:  # noqa: N802
    return Line(
        code=code,
        units=units,
        modifiers=tuple(mods),
        diagnoses=tuple(dx),
        lesion_ids=tuple(lesions),
        body_site=site,
        **kw,
    )


def facts(**kw) -> EncounterFacts:
    kw.setdefault("service_date", DOS)
    kw.setdefault("payer_kind", PayerKind.COMMERCIAL)
    return EncounterFacts(encounter_ref="Encounter/t", **kw)


class Run:
    def __init__(self, outcome):
        self.outcome = outcome
        self.lines = outcome.lines
        self.findings = outcome.findings

    @property
    def billed(self) -> set[tuple[str, int, tuple[str, ...]]]:
        return {(ln.code, ln.units, ln.modifiers) for ln in self.lines}

    def codes(self) -> list[str]:
        return [ln.code for ln in self.lines]

    def ids(self) -> set[str]:
        return {f.rule_id for f in self.findings}

    def by_rule(self, rid: str):
        return [f for f in self.findings if f.rule_id == rid]

    def line(self, code: str) -> Line:
        (ln,) = [x for x in self.lines if x.code == code]
        return ln


@pytest.fixture
def edit(tables):
    def _run(lines, **kw) -> Run:
        return Run(apply_edits(facts(**kw), list(lines), tables))

    return _run


@pytest.fixture
def ln():
    return L
