"""Plain-JSON forms of EncounterFacts and Line (rule fixtures, debugging, batch inputs).

Facts: ``{"encounter_ref", "service_date": "YYYY-MM-DD", "payer_kind": "medicare",
"em_separately_identifiable",
"abn_on_file", "major_decided", "diagnoses": [{"code", "lesion_id", "pathology_confirmed"}], "indications": [{"kind",
"lesion_id"}], "prior_services": [{"code", "performed", "global_days", "diagnoses", "body_site"}]}``.
Line: ``{"code", "units", "modifiers", "diagnoses", "body_site", "site_group", "lesion_ids",
"evidence": [{"source", "text"}]}``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from server.coding.model import DxFact
from server.coding.model import EncounterFacts
from server.coding.model import Indication
from server.coding.model import Line
from server.coding.model import PayerKind
from server.coding.model import PriorService
from server.coding.model import Span


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def facts_from_dict(d: dict[str, Any]) -> EncounterFacts:
    return EncounterFacts(
        encounter_ref=d.get("encounter_ref", "Encounter/fixture"),
        patient_ref=d.get("patient_ref"),
        service_date=_date(d.get("service_date")),
        payer_kind=PayerKind(d.get("payer_kind", "unknown")),
        diagnoses=tuple(
            DxFact(
                code=x.get("code"),
                text=x.get("text", ""),
                site=x.get("site"),
                lesion_id=x.get("lesion_id"),
                pathology_confirmed=x.get("pathology_confirmed", False),
            )
            for x in d.get("diagnoses", ())
        ),
        indications=tuple(
            Indication(kind=x["kind"], lesion_id=x.get("lesion_id")) for x in d.get("indications", ())
        ),
        em_code=d.get("em_code"),
        em_separately_identifiable=d.get("em_separately_identifiable", False),
        prior_services=tuple(
            PriorService(
                code=x["code"],
                performed=date.fromisoformat(x["performed"]),
                global_days=x.get("global_days"),
                diagnoses=tuple(x.get("diagnoses", ())),
                body_site=x.get("body_site"),
            )
            for x in d.get("prior_services", ())
        ),
        abn_on_file=d.get("abn_on_file", False),
        major_decided=d.get("major_decided"),
    )


def line_from_dict(d: dict[str, Any]) -> Line:
    return Line(
        code=d["code"],
        units=d.get("units", 1),
        modifiers=tuple(d.get("modifiers", ())),
        diagnoses=tuple(d.get("diagnoses", ())),
        body_site=d.get("body_site"),
        site_group=d.get("site_group"),
        lesion_ids=tuple(d.get("lesion_ids", ())),
        rule_ids=tuple(d.get("rule_ids", ())),
        evidence=tuple(
            Span(e.get("source", "fixture"), e.get("start", 0), e.get("end", len(e["text"])), e["text"])
            for e in d.get("evidence", ())
        ),
    )


def line_to_dict(line: Line) -> dict[str, Any]:
    out: dict[str, Any] = {
        "code": line.code,
        "units": line.units,
        "modifiers": list(line.modifiers),
        "diagnoses": list(line.diagnoses),
    }
    if line.body_site:
        out["body_site"] = line.body_site
    if line.lesion_ids:
        out["lesion_ids"] = list(line.lesion_ids)
    return out
