"""order-sign analysis (pure): draft ServiceRequest / MedicationRequest → advice + CRD coverage information.

Checks (rule ids are ours, stable, never reused):
  ORD001 missing-documentation  derm procedure/biologic order without a reason (reasonCode/reasonReference)
  ORD002 medical-necessity       benign-lesion removal under Medicare: LCD L34200-type indications or ABN needed
  ORD003 cosmetic                skin-tag removal / order marked cosmetic: usually excluded, patient pays
  ORD004 prior-auth              Mohs, phototherapy/excimer, flaps/grafts for non-Medicare payers; biologics always
  ORD005 coverage                no active Coverage on file for the patient
"""

from __future__ import annotations

import copy
import uuid as uuidlib
from collections.abc import Callable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from typing import Any

from server.coding.tables import Tables
from server.fhir_helpers import codes

CRD_COVERAGE_INFO = "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information"
CRD_BILLING_OPTIONS = "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-billing-options"
CRD_TEMP = "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp"
PROCEDURE_SYSTEMS = {
    codes.CPT,
    codes.HCPCS,
    *codes.HCPCS_ALT,
    "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
    "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
}
PA_FAMILIES = {
    "mohs_head_neck_hands_feet_genitalia",
    "mohs_head_neck_hands_feet_genitalia_addon",
    "mohs_trunk_arms_legs",
    "mohs_trunk_arms_legs_addon",
    "mohs_additional_block",
    "excimer_laser",
    "adjacent_tissue_transfer",
    "adjacent_tissue_transfer_addon",
}
PA_CODES = {"96900", "96910", "96912", "96913", "96920", "96921", "96922", "J7500"}
BENIGN_REMOVAL_FAMILIES = {
    "shave_removal",
    "excision_benign",
    "destruction_benign",
    "skin_tag_removal",
    "skin_tag_removal_addon",
    "paring",
}
COSMETIC_FAMILIES = {"skin_tag_removal", "skin_tag_removal_addon"}
BIOLOGICS = {
    # generic and US brand names of systemic dermatology drugs that payers put behind prior authorization
    "dupilumab": "dupilumab",
    "dupixent": "dupilumab",
    "tralokinumab": "tralokinumab",
    "adbry": "tralokinumab",
    "lebrikizumab": "lebrikizumab",
    "ebglyss": "lebrikizumab",
    "nemolizumab": "nemolizumab",
    "nemluvio": "nemolizumab",
    "omalizumab": "omalizumab",
    "xolair": "omalizumab",
    "adalimumab": "adalimumab",
    "humira": "adalimumab",
    "etanercept": "etanercept",
    "enbrel": "etanercept",
    "infliximab": "infliximab",
    "certolizumab": "certolizumab",
    "cimzia": "certolizumab",
    "ustekinumab": "ustekinumab",
    "stelara": "ustekinumab",
    "secukinumab": "secukinumab",
    "cosentyx": "secukinumab",
    "ixekizumab": "ixekizumab",
    "taltz": "ixekizumab",
    "brodalumab": "brodalumab",
    "siliq": "brodalumab",
    "bimekizumab": "bimekizumab",
    "bimzelx": "bimekizumab",
    "guselkumab": "guselkumab",
    "tremfya": "guselkumab",
    "risankizumab": "risankizumab",
    "skyrizi": "risankizumab",
    "tildrakizumab": "tildrakizumab",
    "ilumya": "tildrakizumab",
    "spesolimab": "spesolimab",
    "spevigo": "spesolimab",
    "abrocitinib": "abrocitinib",
    "cibinqo": "abrocitinib",
    "upadacitinib": "upadacitinib",
    "rinvoq": "upadacitinib",
    "deucravacitinib": "deucravacitinib",
    "sotyktu": "deucravacitinib",
    "apremilast": "apremilast",
    "otezla": "apremilast",
}


@dataclass(frozen=True, slots=True)
class OrderAdvice:
    rule_id: str
    topic: str
    indicator: str
    summary: str
    detail: str
    order_ref: str | None = None
    fix_label: str | None = None
    fixed_resource: dict[str, Any] | None = None  # the draft order with the fix applied (update action)


@dataclass(frozen=True, slots=True)
class CoverageInfo:
    order_ref: str
    resource: dict[str, Any]  # the draft order with the coverage-information extension added


@dataclass
class OrderReview:
    advice: list[OrderAdvice] = field(default_factory=list)
    coverage_info: list[CoverageInfo] = field(default_factory=list)
    orders_seen: int = 0
    derm_orders: int = 0


def ref_id(reference: str | None) -> str | None:
    return reference.rstrip("/").split("/")[-1] if reference else None


def procedure_codes(order: Mapping[str, Any]) -> list[str]:
    code = order.get("code") or {}
    out: list[str] = []
    for coding in code.get("coding") or []:
        if coding.get("system") in PROCEDURE_SYSTEMS and coding.get("code"):
            out.append(coding["code"])
    for ext in code.get("extension") or []:
        if ext.get("url") == CRD_BILLING_OPTIONS:
            for coding in (ext.get("valueCodeableConcept") or {}).get("coding") or []:
                if coding.get("system") in PROCEDURE_SYSTEMS and coding.get("code"):
                    out.append(coding["code"])
    return list(dict.fromkeys(out))


def medication_name(order: Mapping[str, Any], contained: Mapping[str, Mapping[str, Any]]) -> str:
    cc = order.get("medicationCodeableConcept")
    if cc is None and order.get("medicationReference"):
        med = contained.get(ref_id((order["medicationReference"] or {}).get("reference")) or "")
        cc = (med or {}).get("code")
    cc = cc or {}
    texts = [cc.get("text") or ""] + [c.get("display") or "" for c in cc.get("coding") or []]
    return " ".join(texts).lower()


def biologic_of(order: Mapping[str, Any], contained: Mapping[str, Mapping[str, Any]]) -> str | None:
    name = medication_name(order, contained)
    for word, generic in BIOLOGICS.items():
        if word in name:
            return generic
    return None


def has_reason(order: Mapping[str, Any]) -> bool:
    return bool(order.get("reasonCode") or order.get("reasonReference"))


def reason_text(order: Mapping[str, Any]) -> str:
    parts = []
    for cc in order.get("reasonCode") or []:
        parts.append(cc.get("text") or "")
        parts.extend(c.get("display") or "" for c in cc.get("coding") or [])
    parts.append(" ".join(n.get("text", "") for n in order.get("note") or []))
    return " ".join(parts).lower()


def payer_kind(coverages: Sequence[Mapping[str, Any]]) -> str:
    """medicare | medicare-advantage | medicaid | commercial | unknown, from the first active Coverage."""
    for cov in coverages:
        for coding in (cov.get("type") or {}).get("coding") or []:
            code = str(coding.get("code") or "")
            if "sopt" in str(coding.get("system") or "") and code:  # Source of Payment Typology
                if code.startswith("11"):
                    return "medicare-advantage"
                if code.startswith("1"):
                    return "medicare"
                if code.startswith("2"):
                    return "medicaid"
                if code.startswith("8"):
                    return "self-pay"
                return "commercial"
        blob = " ".join(
            [
                " ".join(
                    c.get("code", "") + " " + c.get("display", "")
                    for c in (cov.get("type") or {}).get("coding") or []
                ),
                (cov.get("type") or {}).get("text", ""),
                " ".join(p.get("display", "") for p in cov.get("payor") or []),
                " ".join(c.get("name", "") + " " + c.get("value", "") for c in cov.get("class") or []),
            ]
        ).lower()
        if "advantage" in blob or "part c" in blob:
            return "medicare-advantage"
        if "medicare" in blob or "mcpol" in blob:
            return "medicare"
        if "medicaid" in blob or "subsidizedhealthprogram" in blob:
            return "medicaid"
        return "commercial"
    return "unknown"


def active_coverages(coverages: Sequence[Mapping[str, Any]], today: date) -> list[Mapping[str, Any]]:
    out = []
    for cov in coverages:
        if cov.get("status") not in (None, "active"):
            continue
        end = (cov.get("period") or {}).get("end")
        if isinstance(end, str) and end[:10] < today.isoformat():
            continue
        out.append(cov)
    return out


def _coverage_extension(
    coverage_ref: str,
    *,
    covered: str,
    pa: str,
    doc: str | None,
    billing: Sequence[str],
    today: date,
    assertion_id: str,
    reasons: Sequence[str],
) -> dict[str, Any]:
    ext: list[dict[str, Any]] = [
        {"url": "coverage", "valueReference": {"reference": coverage_ref}},
        {"url": "covered", "valueCode": covered},
        {"url": "pa-needed", "valueCode": pa},
    ]
    if doc:
        ext.append({"url": "doc-needed", "valueCode": doc})
        ext.append({"url": "doc-purpose", "valueCode": "withpa" if pa == "auth-needed" else "conditional"})
    for code in billing:
        system = codes.HCPCS if code[:1].isalpha() else codes.CPT
        ext.append({"url": "billingCode", "valueCoding": {"system": system, "code": code}})
    for text in reasons:
        ext.append({"url": "reason", "valueCodeableConcept": {"text": text}})
    ext.append({"url": "date", "valueDate": today.isoformat()})
    ext.append({"url": "coverage-assertion-id", "valueString": assertion_id})
    return {"url": CRD_COVERAGE_INFO, "extension": ext}


def review_orders(
    orders: Sequence[Mapping[str, Any]],
    *,
    tables: Tables,
    conditions: Sequence[Mapping[str, Any]],
    coverages: Sequence[Mapping[str, Any]],
    today: date,
    new_id: Callable[[], str] = lambda: uuidlib.uuid4().hex,
) -> OrderReview:
    """Review every draft order; pure function of its inputs."""
    review = OrderReview()
    active = active_coverages(coverages, today)
    payer = payer_kind(active)
    coverage_ref = None
    if active and active[0].get("id"):
        coverage_ref = f"Coverage/{active[0]['id']}"
    contained = {str(r.get("id")): r for o in orders for r in o.get("contained") or [] if r.get("id")}
    condition_refs = [f"Condition/{c['id']}" for c in conditions if c.get("id")][:3]
    for order in orders:
        rtype = order.get("resourceType")
        if rtype not in ("ServiceRequest", "MedicationRequest"):
            review.orders_seen += rtype in (
                "DeviceRequest",
                "NutritionOrder",
                "VisionPrescription",
                "CommunicationRequest",
            )
            continue
        review.orders_seen += 1
        ref = f"{rtype}/{order.get('id')}"
        concerns: list[str] = []
        pa = "no-auth"
        doc: str | None = None
        billing: list[str] = []
        if rtype == "ServiceRequest":
            derm = [c for c in procedure_codes(order) if tables.family_of(c) is not None or c in PA_CODES]
            if not derm:
                continue
            billing = derm
            families = {tables.family_of(c).family for c in derm if tables.family_of(c) is not None}  # type: ignore[union-attr]
            what = "/".join(derm[:3])
            needs_pa = bool(families & PA_FAMILIES or set(derm) & PA_CODES) and payer != "medicare"
            cosmetic = bool(families & COSMETIC_FAMILIES) or "cosmetic" in reason_text(order)
            benign = bool(families & BENIGN_REMOVAL_FAMILIES)
        else:
            drug = biologic_of(order, contained)
            if drug is None:
                continue
            what, needs_pa, cosmetic, benign = drug, True, False, False
        review.derm_orders += 1
        if not has_reason(order):
            fixed = None
            if condition_refs:
                fixed = copy.deepcopy(dict(order))
                fixed["reasonReference"] = [{"reference": r} for r in condition_refs]
            review.advice.append(
                OrderAdvice(
                    "ORD001",
                    "missing-documentation",
                    "warning",
                    f"Order for {what} has no indication (reason)",
                    "Payers deny procedure and drug orders without a linked diagnosis. Add the encounter diagnosis as "
                    "the order's reason.\n\nRule `ORD001` — source: CMS claim requirements (diagnosis linkage).",
                    ref,
                    "Add this encounter's diagnoses as the reason" if fixed else None,
                    fixed,
                )
            )
            doc = "clinical"
            concerns.append("no indication documented")
        if cosmetic:
            review.advice.append(
                OrderAdvice(
                    "ORD003",
                    "cosmetic",
                    "warning",
                    f"{what} is usually cosmetic: expect patient responsibility",
                    "Removal of asymptomatic benign lesions (e.g. skin tags) is excluded as cosmetic unless "
                    "symptoms are documented (bleeding, irritation, inflammation). For Medicare collect a voluntary "
                    "ABN (GY/GX); other payers bill the patient directly.\n\nRule `ORD003` — source: Medicare "
                    "statutory exclusion (SSA §1862(a)(10)); LCD L34200.",
                    ref,
                )
            )
            concerns.append("cosmetic exclusion likely")
        elif benign and payer == "medicare":
            review.advice.append(
                OrderAdvice(
                    "ORD002",
                    "medical-necessity",
                    "warning",
                    f"Medicare covers {what} only with a documented indication",
                    "Benign lesion removal is covered when the note documents an indication such as bleeding, "
                    "intense itching, pain, change in appearance, obstruction or suspicion of malignancy; "
                    "otherwise obtain an ABN (GA) before the procedure.\n\nRule `ORD002` — source: LCD L34200 "
                    "Removal of Benign Skin Lesions.",
                    ref,
                )
            )
            doc = doc or "clinical"
            concerns.append("LCD indication required")
        if needs_pa:
            review.advice.append(
                OrderAdvice(
                    "ORD004",
                    "prior-auth",
                    "info",
                    f"{what}: prior authorization usually required",
                    f"Most {'pharmacy benefit plans' if rtype == 'MedicationRequest' else 'commercial plans'} require "
                    "prior authorization for this service. Submit the request with the diagnosis, prior treatments "
                    "and severity scores before scheduling.\n\nRule `ORD004` — source: payer prior-authorization lists "
                    "(varies by plan).",
                    ref,
                )
            )
            pa = "auth-needed"
            doc = "clinical"
        if coverage_ref:
            covered = "conditional" if concerns or pa == "auth-needed" else "covered"
            resource = copy.deepcopy(dict(order))
            resource["extension"] = [
                e for e in resource.get("extension") or [] if e.get("url") != CRD_COVERAGE_INFO
            ]
            resource["extension"].append(
                _coverage_extension(
                    coverage_ref,
                    covered=covered,
                    pa=pa,
                    doc=doc,
                    billing=billing,
                    today=today,
                    assertion_id=new_id(),
                    reasons=concerns,
                )
            )
            review.coverage_info.append(CoverageInfo(ref, resource))
    if review.derm_orders and not active:
        review.advice.append(
            OrderAdvice(
                "ORD005",
                "coverage",
                "warning",
                "No active coverage on file: verify insurance before ordering",
                "No active Coverage resource was found for this patient, so coverage and prior-authorization needs "
                "cannot be determined.\n\nRule `ORD005`.",
            )
        )
    return review
