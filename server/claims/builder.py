"""Draft FHIR R4 professional Claim from a :class:`CodingResult` (pure: no I/O, no framework).

The Claim is built as a plain dict and validated with ``fhir.resources.R4B`` (never the R5 default), so
pydantic checks cardinalities. Code numbers and our own short labels only: no CPT descriptor text.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from datetime import date
from datetime import datetime
from typing import Any

from fhir.resources.R4B.claim import Claim

from server.coding.model import CodingResult
from server.coding.model import Fix
from server.coding.model import Line
from server.fhir_helpers import codes

CPT_RE = re.compile(r"^\d{4}[0-9A-Z]$")
HCPCS_RE = re.compile(r"^[A-Z]\d{4}$")
CPT_MODIFIER_RE = re.compile(
    r"^\d{2}$"
)  # 25, 59, 24 ... are CPT modifiers; XS, GA, FA ... are HCPCS level II
POS_SYSTEM = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set"
NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi"
CARE_TEAM_ROLE = "http://terminology.hl7.org/CodeSystem/claimcareteamrole"
MAX_POINTERS = 4  # 837P SV107 holds four diagnosis pointers


class ClaimBuildError(ValueError):
    """The coding result cannot become a claim (e.g. no billable line)."""


def code_system(code: str) -> str:
    """CPT for level I codes (5 digits or 4 digits + letter), HCPCS for level II (letter + 4 digits)."""
    if HCPCS_RE.match(code):
        return codes.HCPCS
    if CPT_RE.match(code):
        return codes.CPT
    raise ClaimBuildError(f"not a CPT/HCPCS code: {code!r}")


def modifier_concept(modifier: str) -> dict[str, Any]:
    system = codes.MODIFIER if CPT_MODIFIER_RE.match(modifier) else codes.HCPCS
    return {"coding": [{"system": system, "code": modifier}]}


def apply_fix(result: CodingResult, fix: Fix) -> CodingResult:
    """The coding result with one machine-applicable fix applied (replace, remove or add a line)."""
    lines = list(result.lines)
    if fix.replace_line is not None and 0 <= fix.replace_line < len(lines):
        if fix.remove:
            del lines[fix.replace_line]
        elif fix.new_line is not None:
            lines[fix.replace_line] = fix.new_line
    elif fix.new_line is not None:
        lines.append(fix.new_line)
    dx = list(result.diagnoses)
    for line in lines:
        for code in line.diagnoses:
            if code not in dx:
                dx.append(code)
    return dataclasses.replace(result, lines=tuple(lines), diagnoses=tuple(dx[:12]))


def _iso(value: datetime | date | str) -> str:
    return value if isinstance(value, str) else value.isoformat()


def _ref(value: str | None) -> dict[str, Any] | None:
    return {"reference": value} if value else None


def _pointers(line: Line, diagnoses: tuple[str, ...]) -> list[int]:
    out: list[int] = []
    for code in line.diagnoses:
        if code in diagnoses:
            seq = diagnoses.index(code) + 1
            if seq not in out:
                out.append(seq)
    return out[:MAX_POINTERS]


def _item(seq: int, line: Line, result: CodingResult, pos: str | None) -> dict[str, Any]:
    product: dict[str, Any] = {"coding": [{"system": code_system(line.code), "code": line.code}]}
    if line.label:
        product["text"] = line.label
    item: dict[str, Any] = {"sequence": seq, "productOrService": product, "quantity": {"value": line.units}}
    if line.modifiers:
        item["modifier"] = [modifier_concept(m) for m in line.modifiers]
    pointers = _pointers(line, result.diagnoses)
    if pointers:
        item["diagnosisSequence"] = pointers
    if result.service_date:
        item["servicedDate"] = result.service_date.isoformat()
    if pos:
        item["locationCodeableConcept"] = {"coding": [{"system": POS_SYSTEM, "code": pos}]}
    if line.body_site:
        item["bodySite"] = {"text": line.body_site}
    item["encounter"] = [{"reference": result.encounter_ref}]
    if line.rule_ids:
        item["extension"] = [{"url": codes.EXT_RULE_IDS, "valueString": " ".join(line.rule_ids)}]
    return item


def build_claim(
    result: CodingResult,
    *,
    practice: Mapping[str, Any],
    created: datetime | date | str,
    claim_id: str | None = None,
) -> dict[str, Any]:
    """Build and validate a draft professional Claim (FHIR R4 JSON) holding every proposed line.

    :param practice: ``{"id", "name", "npi", "settings": {"place_of_service"}}`` of the billing practice.
    :raises ClaimBuildError: no billable line, or a line code is not CPT/HCPCS.
    """
    if not result.lines:
        raise ClaimBuildError("no billable lines")
    settings = practice.get("settings") or {}
    pos = settings.get("place_of_service")
    provider: dict[str, Any] = {"display": practice.get("name") or practice.get("id") or "billing provider"}
    if practice.get("npi"):
        provider["identifier"] = {"system": NPI_SYSTEM, "value": practice["npi"]}
    coverage = _ref(result.coverage_ref) or {"display": "no coverage on file"}
    claim: dict[str, Any] = {"resourceType": "Claim"}
    if claim_id:
        claim["id"] = claim_id
    claim["extension"] = [{"url": codes.EXT_TABLE_RELEASE, "valueString": result.table_release}]
    if result.rule_ids:
        claim["extension"].append({"url": codes.EXT_RULE_IDS, "valueString": " ".join(result.rule_ids)})
    claim.update(
        {
            "status": "draft",
            "type": {"coding": [{"system": codes.CLAIM_TYPE, "code": "professional"}]},
            "use": "claim",
            "patient": _ref(result.patient_ref) or {"display": "unknown patient"},
            "created": _iso(created),
            "provider": provider,
            "priority": {"coding": [{"system": codes.PROCESS_PRIORITY, "code": "normal"}]},
        }
    )
    if result.service_date:
        claim["billablePeriod"] = {
            "start": result.service_date.isoformat(),
            "end": result.service_date.isoformat(),
        }
    if result.provider_ref:
        claim["careTeam"] = [
            {
                "sequence": 1,
                "provider": {"reference": result.provider_ref},
                "role": {"coding": [{"system": CARE_TEAM_ROLE, "code": "primary"}]},
            }
        ]
    if result.diagnoses:
        claim["diagnosis"] = [
            {"sequence": i, "diagnosisCodeableConcept": {"coding": [{"system": codes.ICD10CM, "code": code}]}}
            for i, code in enumerate(result.diagnoses, start=1)
        ]
    claim["insurance"] = [{"sequence": 1, "focal": True, "coverage": coverage}]
    claim["item"] = [_item(i, line, result, pos) for i, line in enumerate(result.lines, start=1)]
    Claim.model_validate(claim)  # raises pydantic.ValidationError on a structural mistake
    return claim
