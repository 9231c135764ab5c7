"""Tiny FHIR R4 chart builders for engine unit tests written in our own phrasing (one encounter ``e1``)."""

from __future__ import annotations

import base64

CPT = "http://www.ama-assn.org/go/cpt"


def bundle(*resources):
    return {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": r} for r in resources]}


def encounter(em=None):
    e = {"resourceType": "Encounter", "id": "e1", "status": "finished", "period": {"start": "2026-05-04T09:00:00Z"}}
    if em:
        e["type"] = [{"coding": [{"system": CPT, "code": em}]}]
    return e


def note(text):
    return {
        "resourceType": "DocumentReference",
        "id": "n1",
        "status": "current",
        "context": {"encounter": [{"reference": "Encounter/e1"}]},
        "content": [{"attachment": {"contentType": "text/plain", "data": base64.b64encode(text.encode()).decode()}}],
    }


def procedure(pid, text, site, note_text, code=None):
    p = {
        "resourceType": "Procedure",
        "id": pid,
        "status": "completed",
        "encounter": {"reference": "Encounter/e1"},
        "performedDateTime": "2026-05-04",
        "code": {"text": text},
        "bodySite": [{"text": site}],
        "note": [{"text": note_text}],
    }
    if code:
        p["code"]["coding"] = [{"system": CPT, "code": code}]
    return p


def lines(result) -> set[tuple[str, int, tuple[str, ...]]]:
    """The coded lines as (code, units, sorted modifiers)."""
    return {(ln.code, ln.units, tuple(sorted(ln.modifiers))) for ln in result.lines}
