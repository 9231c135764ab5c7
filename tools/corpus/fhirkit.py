"""Small builders for FHIR R4 resources as EHRs expose them (Epic / Oracle Health / ModMed EMA shapes).

Every corpus scenario and demo encounter is written by hand as a spec dict; these helpers only wrap the
hand-written facts (names, dates, notes, codes) into valid R4 JSON. They never decide coding.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://bluebutton.cms.gov/resources/codesystem/hcpcs"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
SNOMED = "http://snomed.info/sct"
SOPT = "https://nahdo.org/sopt"
LOINC = "http://loinc.org"
BASE = "https://fhir.riverside-derm.example/api/FHIR/R4"

# Payer presets: (organization name, SOPT code, SOPT display, coverage plan text).
PAYERS: dict[str, tuple[str, str | None, str | None, str]] = {
    "medicare": ("Medicare Part B - Novitas Solutions", "121", "Medicare FFS", "Original Medicare Part B"),
    "medicare-noname": ("Medicare", "1", "MEDICARE", "Medicare Part B"),
    "medicare-ngs": ("National Government Services (Medicare)", None, None, "Medicare Part B"),
    "medicare-advantage": ("Humana Gold Plus HMO", "111", "Medicare HMO", "Medicare Advantage HMO"),
    "medicare-advantage-ppo": ("Aetna Medicare Advantage PPO", "112", "Medicare PPO",
                               "Medicare Advantage PPO"),
    "medicaid": ("Texas Medicaid & Healthcare Partnership", "2", "MEDICAID", "Medicaid"),
    "medicaid-mco": ("Molina Healthcare of Ohio (Medicaid)", "21", "Medicaid (Managed Care)", "Medicaid MCO"),
    "commercial": ("Blue Cross Blue Shield of Illinois", "5", "PRIVATE HEALTH INSURANCE", "PPO"),
    "commercial-uhc": ("UnitedHealthcare", "512", "Commercial Managed Care - PPO", "Choice Plus"),
    "commercial-aetna": ("Aetna", "511", "Commercial Managed Care - HMO", "Aetna HMO"),
    "commercial-cigna": ("Cigna Healthcare", None, None, "Open Access Plus"),
}


def ref(kind: str, rid: str) -> dict[str, str]:
    return {"reference": f"{kind}/{rid}"}


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def short_hash(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:8]


def patient(pid: str, family: str, given: str, birth: str, gender: str) -> dict[str, Any]:
    return {
        "resourceType": "Patient", "id": pid,
        "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14",
                        "value": f"MRN{short_hash(pid)}"}],
        "name": [{"use": "official", "family": family, "given": given.split()}],
        "gender": gender, "birthDate": birth,
    }


def practitioner(prid: str, family: str, given: str, npi: str) -> dict[str, Any]:
    return {
        "resourceType": "Practitioner", "id": prid,
        "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}],
        "name": [{"family": family, "given": [given], "prefix": ["Dr."], "suffix": ["MD"]}],
    }


def practice_org() -> dict[str, Any]:
    """The billing practice (demo practice "demo-derm", Riverside Dermatology); Encounter.serviceProvider."""
    return {"resourceType": "Organization", "id": "org-demo-derm", "active": True,
            "name": "Riverside Dermatology",
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1245319599"},
                           {"system": "urn:oid:2.16.840.1.113883.4.4", "value": "123456789"}],
            "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/organization-type",
                                  "code": "prov", "display": "Healthcare Provider"}]}]}


def payer_org(oid: str, payer: str) -> dict[str, Any]:
    name = PAYERS[payer][0]
    return {"resourceType": "Organization", "id": oid, "active": True, "name": name,
            "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/organization-type",
                                  "code": "ins", "display": "Insurance Company"}]}]}


def coverage(cid: str, pid: str, oid: str, payer: str, member: str) -> dict[str, Any]:
    name, code, display, plan = PAYERS[payer]
    cov: dict[str, Any] = {
        "resourceType": "Coverage", "id": cid, "status": "active",
        "subscriberId": member,
        "beneficiary": ref("Patient", pid),
        "relationship": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship",
                                     "code": "self"}]},
        "payor": [{"reference": f"Organization/{oid}", "display": name}],
        "class": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/coverage-class",
                                        "code": "plan"}]}, "value": plan.replace(" ", "-").upper()[:20],
                   "name": plan}],
    }
    if code:
        cov["type"] = {"coding": [{"system": SOPT, "code": code, "display": display}], "text": plan}
    return cov


def encounter(eid: str, pid: str, prid: str, start: str, minutes: int = 30, em: str | None = None,
              em_display: str | None = None, reason_refs: list[str] | None = None,
              status: str = "finished") -> dict[str, Any]:
    hh, mm = 9 + (int(short_hash(eid), 16) % 7), (int(short_hash(eid, "m"), 16) % 4) * 15
    end_total = hh * 60 + mm + minutes
    enc: dict[str, Any] = {
        "resourceType": "Encounter", "id": eid, "status": status,
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB",
                  "display": "ambulatory"},
        "subject": ref("Patient", pid),
        "participant": [{"type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                                               "code": "PPRF", "display": "primary performer"}]}],
                         "individual": ref("Practitioner", prid)}],
        "period": {"start": f"{start}T{hh:02d}:{mm:02d}:00-05:00",
                   "end": f"{start}T{end_total // 60:02d}:{end_total % 60:02d}:00-05:00"},
        "serviceProvider": {"reference": "Organization/org-demo-derm", "display": "Riverside Dermatology"},
    }
    types: list[dict[str, Any]] = [{"coding": [{"system": "http://snomed.info/sct", "code": "185349003",
                                                "display": "Encounter for check up"}],
                                   "text": "Office Visit"}]
    if em:
        coding = {"system": CPT, "code": em, **({"display": em_display} if em_display else {})}
        types.insert(0, {"coding": [coding],
                         "text": em_display or "Office visit level"})
    enc["type"] = types
    if reason_refs:
        enc["reasonReference"] = [ref("Condition", c) for c in reason_refs]
    return enc


def condition(cid: str, pid: str, eid: str | None, text: str, icd: str | None = None,
              snomed: str | None = None, site: str | None = None, onset: str | None = None,
              recorded: str | None = None, clinical: str = "active", verification: str = "confirmed",
              category: str = "encounter-diagnosis") -> dict[str, Any]:
    codings = []
    if icd:
        codings.append({"system": ICD10CM, "code": icd, "display": text})
    if snomed:
        codings.append({"system": SNOMED, "code": snomed, "display": text})
    c: dict[str, Any] = {
        "resourceType": "Condition", "id": cid,
        "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                       "code": clinical}]},
        "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                                           "code": verification}]},
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                  "code": category}]}],
        "code": {"coding": codings, "text": text} if codings else {"text": text},
        "subject": ref("Patient", pid),
    }
    if eid:
        c["encounter"] = ref("Encounter", eid)
    if site:
        c["bodySite"] = [{"text": site}]
    if onset:
        c["onsetDateTime"] = onset
    if recorded:
        c["recordedDate"] = recorded
    return c


def procedure(prid: str, pid: str, eid: str | None, date: str, text: str, cpt: str | None = None,
              site: str | None = None, notes: list[str] | None = None,
              reasons: list[str] | None = None, performer: str | None = None, cpt_display: str | None = None,
              status: str = "completed", snomed: str | None = None) -> dict[str, Any]:
    code: dict[str, Any] = {"text": text}
    codings = []
    if cpt:
        codings.append({"system": CPT, "code": cpt, **({"display": cpt_display} if cpt_display else {})})
    if snomed:
        codings.append({"system": SNOMED, "code": snomed})
    if codings:
        code["coding"] = codings
    p: dict[str, Any] = {
        "resourceType": "Procedure", "id": prid, "status": status, "code": code,
        "subject": ref("Patient", pid), "performedDateTime": date,
    }
    if eid:
        p["encounter"] = ref("Encounter", eid)
    if performer:
        p["performer"] = [{"actor": ref("Practitioner", performer)}]
    if site:
        p["bodySite"] = [{"text": site}]
    if notes:
        p["note"] = [{"text": n} for n in notes]
    if reasons:
        p["reasonReference"] = [ref("Condition", r) for r in reasons]
    return p


def docref(did: str, pid: str, eid: str, prid: str, date: str, text: str, html: bool = False,
           title: str = "Progress Note") -> dict[str, Any]:
    ctype = "text/html" if html else "text/plain"
    return {
        "resourceType": "DocumentReference", "id": did, "status": "current", "docStatus": "final",
        "type": {"coding": [{"system": LOINC, "code": "11506-3", "display": "Progress note"}], "text": title},
        "category": [{"coding": [{"system": "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
                                  "code": "clinical-note"}]}],
        "subject": ref("Patient", pid),
        "date": f"{date}T17:30:00-05:00",
        "author": [ref("Practitioner", prid)],
        "authenticator": ref("Practitioner", prid),
        "description": title,
        "content": [{"attachment": {"contentType": ctype, "language": "en-US", "data": b64(text),
                                    "title": title}}],
        "context": {"encounter": [ref("Encounter", eid)], "period": {"start": date}},
    }


def pathology(oid: str, pid: str, eid: str, date: str, text: str, specimen_site: str | None = None,
              snomed: str | None = None) -> dict[str, Any]:
    o: dict[str, Any] = {
        "resourceType": "Observation", "id": oid, "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                  "code": "laboratory"}]}],
        "code": {"coding": [{"system": LOINC, "code": "22637-3",
                             "display": "Pathology report final diagnosis Narrative"}],
                 "text": "Surgical pathology final diagnosis"},
        "subject": ref("Patient", pid), "encounter": ref("Encounter", eid),
        "effectiveDateTime": date, "valueString": text,
    }
    if specimen_site:
        o["bodySite"] = {"text": specimen_site}
    if snomed:
        o["interpretation"] = [{"coding": [{"system": SNOMED, "code": snomed}]}]
    return o


def bundle(bid: str, resources: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "resourceType": "Bundle", "id": bid, "type": "collection",
        "entry": [{"fullUrl": f"{BASE}/{r['resourceType']}/{r['id']}", "resource": r} for r in resources],
    }
