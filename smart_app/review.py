"""The biller's pages: the encounter review (engine output) and the approve action (Claim + outbox row).

The encounter is fetched from the EHR with the launch's token and coded with the same domain calls as the
CDS visit-coding service (``server.coding.code_encounter``, ``server.claims.builder.build_claim``). Approval
re-fetches and re-codes (the server's truth, not the browser's), refuses a stale page (coding digest), applies
the biller's edits and writes ClaimRecord + OutboxMessage(sink "fhir", pending) in one transaction. A second
approve of the same encounter shows the existing claim instead of writing another.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import re
from typing import Any

from flask import current_app
from flask import render_template
from flask import request
from marshmallow import ValidationError

from server.claims.builder import ClaimBuildError
from server.claims.builder import build_claim
from server.coding import CodingResult
from server.coding import code_encounter
from server.db.models import ClaimRecord
from server.db.models import LaunchSession
from server.db.repositories import ApprovedClaimRepository
from server.db.repositories import PracticeRepository
from server.errors import Conflict
from server.errors import InvalidRequest
from server.errors import NotFound
from server.extensions import db
from smart_app import bp
from smart_app import fhir_client
from smart_app.forms import ApproveSchema
from smart_app.forms import flatten_errors
from smart_app.forms import raw_form
from smart_app.session import check_csrf
from smart_app.session import csrf_token
from smart_app.session import current_launch
from smart_app.session import now
from smart_app.session import timeout

logger = logging.getLogger(__name__)

FHIR_ID_RE = re.compile(r"^[A-Za-z0-9\-.]{1,64}$")
OUTBOX_SINK = "fhir"
SNIPPET_MAX = 200


def _check_id(value: str) -> str:
    if not FHIR_ID_RE.match(value):
        raise NotFound("Not a FHIR resource id.")
    return value


def _client(launch: LaunchSession) -> fhir_client.FhirClient:
    return fhir_client.FhirClient(launch.iss, launch.access_token or "", timeout=timeout())


def _practice(practice_id: str | None) -> dict[str, Any]:
    with db.session_scope() as s:
        p = PracticeRepository(s).get(practice_id) if practice_id else None
        if p is None:
            raise NotFound("The practice of this EHR is not configured in dermplug.")
        return {"id": p.id, "name": p.name, "npi": p.npi, "settings": dict(p.settings or {})}


def _code(launch: LaunchSession, encounter_id: str) -> tuple[dict[str, Any], CodingResult]:
    encounter, resources = fhir_client.encounter_resources(_client(launch), encounter_id, launch.patient_id)
    result = code_encounter(resources, current_app.extensions["coding"], encounter_id=encounter_id)
    logger.info(
        "smart review coded lines=%d findings=%d rules=%s ms=%.1f",
        len(result.lines),
        len(result.findings),
        ",".join(result.rule_ids) or "-",
        result.duration_ms,
    )
    return encounter, result


def coding_digest(result: CodingResult) -> str:
    """What the biller saw: lines (code, units, modifiers, pointers) and diagnoses; changes with the chart."""
    shape = {
        "lines": [[ln.code, ln.units, list(ln.modifiers), list(ln.diagnoses)] for ln in result.lines],
        "diagnoses": list(result.diagnoses),
    }
    return hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET_MAX else text[: SNIPPET_MAX - 1] + "…"


def _dx_label(code: str) -> str:
    try:
        import simple_icd_10_cm as icd

        return icd.get_description(code) if icd.is_valid_item(code) else ""
    except (ImportError, ValueError):
        return ""


def review_rows(result: CodingResult) -> dict[str, Any]:
    lines = []
    for i, ln in enumerate(result.lines):
        pointers = [result.diagnoses.index(c) + 1 for c in ln.diagnoses if c in result.diagnoses]
        lines.append(
            {
                "index": i,
                "code": ln.code,
                "label": ln.label,
                "units": ln.units,
                "modifiers": " ".join(ln.modifiers),
                "diagnoses": [
                    {"code": c, "pointer": p} for c, p in zip(ln.diagnoses, pointers, strict=False)
                ],
                "site": ln.body_site or "",
                "rule_ids": list(ln.rule_ids),
                "evidence": [{"text": _snippet(sp.text), "source": sp.source} for sp in ln.evidence[:3]],
            }
        )
    findings = [
        {
            "severity": f.severity.value,
            "topic": f.topic.value,
            "message": f.message,
            "rule_id": f.rule_id,
            "reference": f.reference,
            "lines": [i + 1 for i in f.line_refs],
            "evidence": [{"text": _snippet(sp.text), "source": sp.source} for sp in f.evidence[:2]],
        }
        for f in result.findings
    ]
    order = {"error": 0, "warning": 1, "info": 2}
    findings.sort(key=lambda f: order.get(f["severity"], 3))
    diagnoses = [
        {"pointer": i, "code": c, "label": _dx_label(c)} for i, c in enumerate(result.diagnoses, start=1)
    ]
    return {"lines": lines, "findings": findings, "diagnoses": diagnoses}


def _encounter_view(encounter: dict[str, Any], result: CodingResult) -> dict[str, Any]:
    types = [
        c.get("display") or c.get("code") for t in encounter.get("type") or [] for c in t.get("coding") or []
    ]
    return {
        "id": encounter.get("id"),
        "date": result.service_date.isoformat() if result.service_date else "",
        "status": encounter.get("status", ""),
        "type": ", ".join(t for t in types if t),
        "payer": result.payer_kind.value,
    }


@bp.get("/patient")
def patient_encounters():
    launch = current_launch()
    if not launch.patient_id:
        raise InvalidRequest("No patient in context: launch dermplug from a patient's chart.")
    encs = fhir_client.patient_encounters(_client(launch), launch.patient_id)
    rows = [
        {
            "id": e.get("id"),
            "date": ((e.get("period") or {}).get("start") or "")[:10],
            "status": e.get("status", ""),
        }
        for e in encs
        if e.get("id") and FHIR_ID_RE.match(str(e["id"]))
    ]
    return render_template("smart_app/patient.html", encounters=rows)


@bp.get("/encounter/<encounter_id>")
def encounter(encounter_id: str):
    launch = current_launch()
    _check_id(encounter_id)
    practice = _practice(launch.practice_id)
    enc, result = _code(launch, encounter_id)
    with db.session_scope() as s:
        existing = ApprovedClaimRepository(s).for_encounter(practice["id"], result.encounter_ref)
        approved = {"id": existing.id, "created_at": existing.created_at} if existing is not None else None
    return render_template(
        "smart_app/review.html",
        encounter=_encounter_view(enc, result),
        practice=practice,
        rows=review_rows(result),
        digest=coding_digest(result),
        csrf=csrf_token(launch),
        approved=approved,
        table_release=result.table_release,
    )


def _apply_edits(result: CodingResult, edits: list[dict[str, Any]]) -> CodingResult:
    kept = []
    for edit in sorted(edits, key=lambda e: e["index"]):
        if edit["index"] >= len(result.lines):
            raise InvalidRequest("The form names a line that does not exist.")
        if edit["remove"]:
            continue
        line = result.lines[edit["index"]]
        kept.append(dataclasses.replace(line, units=edit["units"], modifiers=tuple(edit["modifiers"])))
    if not kept:
        raise InvalidRequest("Every line was removed: there is nothing to bill. Keep at least one line.")
    return dataclasses.replace(result, lines=tuple(kept))


def idempotency_key(practice_id: str, encounter_ref: str, version: int = 1) -> str:
    """One original claim per (practice, encounter), whatever the biller edited: the database's unique key
    on this value is what makes a second claim for the same visit impossible, even for two approvals racing
    with different edits. A corrected claim (replacement) will take the next ``version``."""
    return hashlib.sha256(f"{practice_id}|{encounter_ref}|claim-v{version}".encode()).hexdigest()


def claim_summary(claim: dict[str, Any]) -> dict[str, Any]:
    items = []
    for item in claim.get("item") or []:
        codes = [c.get("code") for c in (item.get("productOrService") or {}).get("coding") or []]
        mods = [c.get("code") for m in item.get("modifier") or [] for c in m.get("coding") or []]
        items.append(
            {
                "sequence": item.get("sequence"),
                "code": ", ".join(filter(None, codes)),
                "units": (item.get("quantity") or {}).get("value"),
                "modifiers": " ".join(filter(None, mods)),
                "pointers": ", ".join(str(p) for p in item.get("diagnosisSequence") or []),
            }
        )
    dx = [
        c.get("code")
        for d in claim.get("diagnosis") or []
        for c in (d.get("diagnosisCodeableConcept") or {}).get("coding") or []
    ]
    return {
        "id": claim.get("id"),
        "status": claim.get("status"),
        "created": claim.get("created"),
        "claim_items": items,
        "diagnoses": dx,
    }


@bp.post("/encounter/<encounter_id>/approve")
def approve(encounter_id: str):
    launch = current_launch()
    check_csrf(launch)
    _check_id(encounter_id)
    practice = _practice(launch.practice_id)
    _enc, result = _code(launch, encounter_id)
    try:
        form = ApproveSchema().load(raw_form(request.form, len(result.lines)))
    except ValidationError as exc:
        raise InvalidRequest("The form has errors: " + "; ".join(flatten_errors(exc.messages))) from exc
    with db.session_scope() as s:
        existing = ApprovedClaimRepository(s).for_encounter(practice["id"], result.encounter_ref)
        if existing is not None:
            logger.info("smart approve: encounter already approved claim_record=%d", existing.id)
            return _confirmation(existing, already=True)
    if form["coding_digest"] != coding_digest(result):
        raise Conflict(
            "The chart changed since this page was opened. Reload the review page and approve again."
        )
    edited = _apply_edits(result, form["lines"])
    try:
        claim = build_claim(edited, practice=practice, created=now().isoformat(timespec="seconds"))
    except ClaimBuildError as exc:
        raise InvalidRequest(f"The claim cannot be built: {exc}") from exc
    claim["status"] = "active"
    key = idempotency_key(practice["id"], result.encounter_ref)
    claim = {
        "resourceType": "Claim",
        "id": f"dp-{key[:32]}",
        **{k: v for k, v in claim.items() if k != "resourceType"},
    }
    with db.session_scope() as s:
        repo = ApprovedClaimRepository(s)
        record = repo.add_with_outbox(
            ClaimRecord(
                practice_id=practice["id"],
                encounter_ref=result.encounter_ref,
                status="approved",
                idempotency_key=key,
                claim=claim,
                rule_ids=list(edited.rule_ids),
                table_release=edited.table_release,
            ),
            OUTBOX_SINK,
        )
        already = record is None
        if record is None:  # a concurrent approve of the same encounter won the unique key
            record = repo.by_key(key)
            if record is None:
                raise Conflict("The claim could not be saved; reload the page and try again.")
        logger.info(
            "smart approve: claim_record=%d lines=%d already=%s", record.id, len(edited.lines), already
        )
        return _confirmation(record, already=already)


def _confirmation(record: ClaimRecord, *, already: bool):
    status = 200
    return render_template(
        "smart_app/approved.html",
        already=already,
        record={
            "id": record.id,
            "status": record.status,
            "encounter_ref": record.encounter_ref,
            "created_at": record.created_at,
        },
        summary=claim_summary(record.claim),
        claim_json=json.dumps(record.claim, indent=2, sort_keys=False),
    ), status
