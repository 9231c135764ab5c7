"""marshmallow 4 schemas for CDS Hooks 2.0 requests and feedback. Invalid input raises ValidationError (→ 400).

Unknown fields are ignored (CRD ``hook-23``/``found-33``: servers SHALL ignore unrecognised elements).
"""

from __future__ import annotations

import re
from typing import Any

from marshmallow import EXCLUDE
from marshmallow import Schema
from marshmallow import ValidationError
from marshmallow import fields
from marshmallow import validate
from marshmallow import validates_schema

UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$")
TYPE_ID_RE = re.compile(r"^(Practitioner|PractitionerRole|Patient|RelatedPerson)/[A-Za-z0-9\-.]{1,64}$")
PLAIN_ID_RE = re.compile(r"^[A-Za-z0-9\-.]{1,64}$")
ORDER_TYPES = {
    "DeviceRequest",
    "MedicationRequest",
    "NutritionOrder",
    "ServiceRequest",
    "VisionPrescription",
    "CommunicationRequest",
    "MedicationOrder",
}

CONTEXT_REQUIRED = {
    "encounter-discharge": ("userId", "patientId", "encounterId"),
    "encounter-start": ("userId", "patientId", "encounterId"),
    "order-sign": ("userId", "patientId", "draftOrders"),
    "order-select": ("userId", "patientId", "draftOrders"),
    "patient-view": ("userId", "patientId"),
}


class _Base(Schema):
    class Meta:
        unknown = EXCLUDE


class FhirAuthorizationSchema(_Base):
    access_token = fields.String(required=True, validate=validate.Length(min=1))
    token_type = fields.String(required=True, validate=validate.Equal("Bearer"))
    expires_in = fields.Integer(required=True, strict=True)
    scope = fields.String(required=True, validate=validate.Length(min=1))
    subject = fields.String(required=True, validate=validate.Length(min=1))
    patient = fields.String(validate=validate.Length(min=1))


class HookRequestSchema(_Base):
    hook = fields.String(required=True, validate=validate.Length(min=1))
    hookInstance = fields.String(required=True, validate=validate.Regexp(UUID_RE, error="must be a UUID"))
    fhirServer = fields.Url(require_tld=False, schemes={"http", "https"})
    fhirAuthorization = fields.Nested(FhirAuthorizationSchema)
    context = fields.Dict(required=True)
    prefetch = fields.Dict(allow_none=True)
    extension = fields.Dict()

    @validates_schema
    def _check(self, data: dict[str, Any], **_kw) -> None:
        errors: dict[str, Any] = {}
        if data.get("fhirAuthorization") is not None and not data.get("fhirServer"):
            errors["fhirServer"] = ["required when fhirAuthorization is present"]
        ctx = data.get("context") or {}
        ctx_errors: dict[str, list[str]] = {}
        for key in CONTEXT_REQUIRED.get(data.get("hook", ""), ()):
            if ctx.get(key) in (None, "", [], {}):
                ctx_errors[key] = ["required"]
        user = ctx.get("userId")
        if user is not None and (not isinstance(user, str) or not TYPE_ID_RE.match(user)):
            ctx_errors["userId"] = [
                "must be Type/id (Practitioner, PractitionerRole, Patient, RelatedPerson)"
            ]
        for key in ("patientId", "encounterId"):
            value = ctx.get(key)
            if value is not None and (not isinstance(value, str) or not PLAIN_ID_RE.match(value)):
                ctx_errors[key] = ["must be a plain resource id"]
        orders = ctx.get("draftOrders")
        if orders is not None:
            problem = _draft_orders_problem(orders)
            if problem:
                ctx_errors["draftOrders"] = [problem]
        if ctx_errors:
            errors["context"] = ctx_errors
        if errors:
            raise ValidationError(errors)


def _draft_orders_problem(orders: Any) -> str | None:
    if not isinstance(orders, dict) or orders.get("resourceType") != "Bundle":
        return "must be a FHIR Bundle"
    entries = orders.get("entry") or []
    if not isinstance(entries, list):
        return "entry must be an array"
    for entry in entries:
        res = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(res, dict) or not res.get("resourceType"):
            return "every entry needs a resource"
        if res["resourceType"] in ORDER_TYPES and not res.get("id"):
            return "every draft order needs an id"
    return None


class CodingSchema(_Base):
    system = fields.String(required=True)
    code = fields.String(required=True)
    display = fields.String()


class OverrideReasonSchema(_Base):
    reason = fields.Nested(CodingSchema)
    userComment = fields.String()


class AcceptedSuggestionSchema(_Base):
    id = fields.String(required=True)


class FeedbackItemSchema(_Base):
    card = fields.String(required=True, validate=validate.Length(min=1, max=100))
    outcome = fields.String(required=True, validate=validate.OneOf(["accepted", "overridden"]))
    acceptedSuggestions = fields.List(fields.Nested(AcceptedSuggestionSchema))
    overrideReason = fields.Nested(OverrideReasonSchema)
    outcomeTimestamp = fields.DateTime(required=True)

    @validates_schema
    def _check(self, data: dict[str, Any], **_kw) -> None:
        if data.get("outcome") == "accepted" and not data.get("acceptedSuggestions"):
            raise ValidationError({"acceptedSuggestions": ["required when outcome is accepted"]})
        if data.get("outcome") == "accepted" and data.get("overrideReason"):
            raise ValidationError({"overrideReason": ["only allowed when outcome is overridden"]})


class FeedbackRequestSchema(_Base):
    feedback = fields.List(fields.Nested(FeedbackItemSchema), required=True, validate=validate.Length(min=1))
