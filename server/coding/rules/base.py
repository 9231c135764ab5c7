"""Shared machinery of the edit rules: the mutable working set of lines and the finding builder.

Rules receive an :class:`EditContext`. Lines live in numbered *slots* so a finding can point at a line
that later rules change; slots are mapped to indexes of the final line list when the edits finish.
A rule never drops or changes a line without recording a finding (``ctx.note``) and adding its rule id
to the line (``ctx.replace`` / ``ctx.remove`` do both bookkeeping steps).
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import replace as dc_replace

from server.coding.model import EncounterFacts
from server.coding.model import Finding
from server.coding.model import Fix
from server.coding.model import Line
from server.coding.model import Severity
from server.coding.model import Span
from server.coding.model import Topic
from server.coding.registry import RULES
from server.coding.rules.codes import order_modifiers
from server.coding.tables import Tables

MAX_MESSAGE = 139
MAX_QUOTE = 120


@dataclass(slots=True)
class PendingFinding:
    rule_id: str
    topic: Topic
    severity: Severity
    message: str
    detail: str
    evidence: tuple[Span, ...]
    slots: tuple[int, ...]
    reference: str
    fix_description: str | None = None
    fix_slot: int | None = None
    fix_line: Line | None = None
    fix_remove: bool = False


class EditContext:
    """The encounter's facts, the tables and the current (mutable) set of lines."""

    __slots__ = ("facts", "tables", "lines", "removed", "pending", "_next", "_alias")

    def __init__(self, facts: EncounterFacts, lines: Iterable[Line], tables: Tables):
        self.facts = facts
        self.tables = tables
        self.lines: dict[int, Line] = {}
        self.removed: dict[int, Line] = {}
        self.pending: list[PendingFinding] = []
        self._alias: dict[int, int] = {}
        self._next = 0
        for line in lines:
            self.add(line)

    # -- line bookkeeping ------------------------------------------------------------------------
    def add(self, line: Line) -> int:
        slot = self._next
        self._next += 1
        self.lines[slot] = line
        return slot

    def items(self) -> list[tuple[int, Line]]:
        """A snapshot of (slot, line) pairs in claim order; safe to mutate the context while iterating."""
        return list(self.lines.items())

    def codes(self) -> set[str]:
        return {line.code for line in self.lines.values()}

    def with_code(self, *codes: str) -> Iterator[tuple[int, Line]]:
        for slot, line in self.items():
            if line.code in codes:
                yield slot, line

    def replace(self, slot: int, line: Line, rule_id: str) -> Line:
        """Store a changed line, stamping ``rule_id`` on it."""
        if rule_id not in line.rule_ids:
            line = dc_replace(line, rule_ids=line.rule_ids + (rule_id,))
        self.lines[slot] = line
        return line

    def remove(self, slot: int) -> Line:
        line = self.lines.pop(slot)
        self.removed[slot] = line
        return line

    def merge_into(self, survivor: int, gone: int) -> None:
        """Record that slot ``gone`` was summed into ``survivor`` (findings follow the survivor)."""
        self.lines.pop(gone)
        self._alias[gone] = survivor

    # -- modifiers -------------------------------------------------------------------------------
    def add_modifier(self, slot: int, modifier: str, rule_id: str) -> Line:
        line = self.lines[slot]
        if modifier in line.modifiers:
            return line
        return self._set_modifiers(slot, order_modifiers(line.modifiers + (modifier,)), rule_id)

    def drop_modifiers(self, slot: int, modifiers: Iterable[str], rule_id: str) -> Line:
        gone = set(modifiers)
        line = self.lines[slot]
        return self._set_modifiers(slot, tuple(m for m in line.modifiers if m not in gone), rule_id)

    def _set_modifiers(self, slot: int, mods: tuple[str, ...], rule_id: str) -> Line:
        line = self.lines[slot]
        ids = line.rule_ids if rule_id in line.rule_ids else line.rule_ids + (rule_id,)
        new = self.lines[slot] = dc_replace(line, modifiers=mods, rule_ids=ids)
        return new

    # -- findings --------------------------------------------------------------------------------
    def note(
        self,
        rule_id: str,
        topic: Topic,
        message: str,
        *,
        what: str,
        why: str,
        lines: Iterable[Line] = (),
        slots: Iterable[int] = (),
        severity: Severity | None = None,
        evidence: Iterable[Span] = (),
        fix: str | None = None,
        fix_slot: int | None = None,
        fix_line: Line | None = None,
        fix_remove: bool = False,
    ) -> None:
        """Record a finding. ``what``/``why`` become the markdown detail; the rule's docstring supplies the
        source citation (its ``References:`` paragraph)."""
        rule = RULES[rule_id]
        message = _clip(message)
        if any(p.rule_id == rule_id and p.message == message for p in self.pending):
            return  # a rule that runs twice in the pipeline reports a situation once
        reference = rule_reference(rule_id)
        ev: list[Span] = list(evidence)
        for line in lines:
            ev.extend(line.evidence)
        ev_t = tuple(dict.fromkeys(ev))
        detail = render_detail(rule_id, what, why, reference, ev_t)
        self.pending.append(
            PendingFinding(
                rule_id=rule_id,
                topic=topic,
                severity=severity or rule.severity,
                message=message,
                detail=detail,
                evidence=ev_t,
                slots=tuple(slots),
                reference=reference,
                fix_description=fix,
                fix_slot=fix_slot,
                fix_line=fix_line,
                fix_remove=fix_remove,
            )
        )

    # -- finishing -------------------------------------------------------------------------------
    def finish(self) -> tuple[tuple[Line, ...], tuple[Finding, ...]]:
        order = list(self.lines)
        index = {slot: i for i, slot in enumerate(order)}

        def resolve(slot: int) -> int | None:
            seen = 0
            while slot in self._alias and seen < 64:
                slot = self._alias[slot]
                seen += 1
            return index.get(slot)

        findings = []
        for p in self.pending:
            refs = tuple(dict.fromkeys(i for i in (resolve(s) for s in p.slots) if i is not None))
            fix = None
            if p.fix_description:
                fix = Fix(
                    description=p.fix_description,
                    replace_line=resolve(p.fix_slot) if p.fix_slot is not None else None,
                    new_line=p.fix_line,
                    remove=p.fix_remove,
                )
            findings.append(
                Finding(
                    rule_id=p.rule_id,
                    topic=p.topic,
                    severity=p.severity,
                    message=p.message,
                    detail=p.detail,
                    evidence=p.evidence,
                    line_refs=refs,
                    reference=p.reference,
                    fix=fix,
                )
            )
        return tuple(self.lines[s] for s in order), tuple(findings)


def _clip(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1].rstrip() + "…"


_REF_CACHE: dict[str, str] = {}


def rule_reference(rule_id: str) -> str:
    """The first line of the ``References:`` paragraph of the rule's docstring."""
    ref = _REF_CACHE.get(rule_id)
    if ref is None:
        ref = ""
        doc = RULES[rule_id].doc
        lines = [ln.strip() for ln in doc.splitlines()]
        for i, ln in enumerate(lines):
            if ln.startswith("References:"):
                rest = ln[len("References:") :].strip()
                parts = [rest] if rest else []
                for more in lines[i + 1 :]:
                    if not more or more.endswith(":") and " " not in more:
                        break
                    parts.append(more)
                ref = " ".join(parts)
                break
        _REF_CACHE[rule_id] = ref
    return ref


def render_detail(rule_id: str, what: str, why: str, reference: str, evidence: tuple[Span, ...]) -> str:
    out = [what.strip(), "", f"**Why:** {why.strip()}"]
    quotes = [e for e in evidence if e.text][:3]
    if quotes:
        out.append("")
        out.append("**Evidence:**")
        for e in quotes:
            text = " ".join(e.text.split())
            if len(text) > MAX_QUOTE:
                text = text[: MAX_QUOTE - 1] + "…"
            out.append(f"> {text} ({e.source})")
    out.append("")
    out.append(f"Rule `{rule_id}`" + (f"; source: {reference}" if reference else ""))
    return "\n".join(out)


def describe(line: Line) -> str:
    """A short, PHI-free label for a line: code, modifiers and units."""
    mods = "-" + "-".join(line.modifiers) if line.modifiers else ""
    units = f" x{line.units}" if line.units != 1 else ""
    return f"{line.code}{mods}{units}"
