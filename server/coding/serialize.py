"""CodingResult → plain JSON-ready dict: the one serialisation used by the CLI, stored coding runs and APIs."""

from __future__ import annotations

from typing import Any

from server.coding.model import CodingResult
from server.coding.model import Span


def _span(s: Span) -> dict[str, Any]:
    return {"source": s.source, "start": s.start, "end": s.end, "text": s.text}


def result_to_dict(result: CodingResult) -> dict[str, Any]:
    return {
        "encounter": result.encounter_ref,
        "patient": result.patient_ref,
        "service_date": result.service_date.isoformat() if result.service_date else None,
        "payer_kind": result.payer_kind.value,
        "lines": [
            {
                "code": ln.code,
                "units": ln.units,
                "modifiers": list(ln.modifiers),
                "diagnoses": list(ln.diagnoses),
                "body_site": ln.body_site,
                "site_group": ln.site_group,
                "lesion_ids": list(ln.lesion_ids),
                "rule_ids": list(ln.rule_ids),
                "confidence": ln.confidence,
                "label": ln.label,
                "evidence": [_span(s) for s in ln.evidence],
            }
            for ln in result.lines
        ],
        "diagnoses": list(result.diagnoses),
        "findings": [
            {
                "rule_id": f.rule_id,
                "topic": f.topic.value,
                "severity": f.severity.value,
                "message": f.message,
                "detail": f.detail,
                "reference": f.reference,
                "line_refs": list(f.line_refs),
                "evidence": [_span(s) for s in f.evidence],
            }
            for f in result.findings
        ],
        "table_release": result.table_release,
        "duration_ms": result.duration_ms,
    }
