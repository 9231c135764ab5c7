"""Terse constructors for hand-written scenario specs (see build.py for the spec format)."""

from __future__ import annotations

from typing import Any


def C(cid: str, text: str, icd: str | None = None, site: str | None = None, **kw: Any) -> dict[str, Any]:
    """A Condition: id, display text, ICD-10-CM (None → text or SNOMED only), body site text."""
    return {"id": cid, "text": text, "icd": icd, "site": site, **kw}


def P(text: str, cpt: str | None = None, site: str | None = None, note: str | None = None,
      reasons: list[str] | None = None, **kw: Any) -> dict[str, Any]:
    """A Procedure of this encounter: code.text, optional CPT coding, bodySite text, one note."""
    notes = [note] if note else None
    return {"text": text, "cpt": cpt, "site": site, "notes": notes, "reasons": reasons, **kw}


def PRIOR(date: str, code: str, text: str, site: str | None = None,
          note: str | None = None) -> dict[str, Any]:
    return {"date": date, "code": code, "text": text, "site": site, "notes": [note] if note else None}


def E(lines: list[tuple[str, int, tuple[str, ...]]], topics: list[str] | None = None,
      dx: dict[str, list[str]] | None = None) -> dict[str, Any]:
    return {"lines": lines, "topics": topics or [], "dx": dx}


def L(code: str, units: int = 1, *mods: str) -> tuple[str, int, tuple[str, ...]]:
    return (code, units, tuple(mods))
