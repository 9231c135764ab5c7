"""The CDS services we publish: id, hook, title, description, prefetch templates and handler name.

Prefetch templates use only what CDS Hooks 2.0 allows (read, type search, reference/token/date params,
``_count``/``_sort``) plus the ``{{today() - N days}}`` token the sandbox and CRD clients resolve. Keys a
client does not satisfy are fetched by :mod:`cds_hooks.prefetch`.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field

P = "{{context.patientId}}"
E = "{{context.encounterId}}"
RECENT = "{{today() - 120 days}}"


@dataclass(frozen=True, slots=True)
class ServiceDefinition:
    id: str
    hook: str
    title: str
    description: str
    prefetch: dict[str, str]
    handler: str  # name of the function in cds_hooks.handlers
    required: tuple[str, ...] = ()  # prefetch keys without which the service answers 412
    usage: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def discovery(self) -> dict:
        out = {
            "hook": self.hook,
            "title": self.title,
            "description": self.description,
            "id": self.id,
            "prefetch": dict(self.prefetch),
        }
        if self.usage:
            out["usageRequirements"] = self.usage
        return out


SERVICES: dict[str, ServiceDefinition] = {
    s.id: s
    for s in (
        ServiceDefinition(
            id="derm-visit-coding",
            hook="encounter-discharge",
            title="Dermatology visit coding",
            description=(
                "Codes the finished dermatology encounter (procedures, E/M, modifiers, ICD-10-CM linkage), "
                "runs NCCI/MUE/global-period/medical-necessity edits and proposes a draft FHIR Claim."
            ),
            prefetch={
                "patient": f"Patient/{P}",
                "encounter": f"Encounter/{E}",
                "conditions": f"Condition?patient={P}&encounter={E}",
                "procedures": f"Procedure?patient={P}&encounter={E}",
                "notes": f"DocumentReference?patient={P}&encounter={E}",
                "coverage": f"Coverage?patient={P}&status=active",
                "history": f"Procedure?patient={P}&date=ge{RECENT}",
                "pathology": f"Observation?patient={P}&category=laboratory&date=ge{RECENT}",
            },
            handler="visit_coding",
            required=("patient", "encounter"),
            usage="Fire at visit sign-off (encounter-discharge) for outpatient dermatology encounters.",
        ),
        ServiceDefinition(
            id="derm-order-review",
            hook="order-sign",
            title="Dermatology order review",
            description=(
                "Checks procedure (ServiceRequest) and drug (MedicationRequest) orders being signed for medical "
                "necessity, cosmetic status, documentation and prior authorization; returns CRD coverage information."
            ),
            prefetch={
                "patient": f"Patient/{P}",
                "encounter": f"Encounter/{E}",
                "conditions": f"Condition?patient={P}&encounter={E}",
                "coverage": f"Coverage?patient={P}&status=active",
            },
            handler="order_review",
        ),
        ServiceDefinition(
            id="derm-chart-review",
            hook="patient-view",
            title="Dermatology chart review",
            description=(
                "On chart open: unbilled finished encounters, open global periods, biopsies whose pathology is "
                "back but not reflected in coding, and coverage problems."
            ),
            prefetch={
                "patient": f"Patient/{P}",
                "encounters": f"Encounter?patient={P}&status=finished&date=ge{RECENT}",
                "history": f"Procedure?patient={P}&date=ge{RECENT}",
                "conditions": f"Condition?patient={P}",
                "pathology": f"Observation?patient={P}&category=laboratory&date=ge{RECENT}",
                "coverage": f"Coverage?patient={P}",
            },
            handler="chart_review",
        ),
    )
}


def discovery_document() -> dict:
    return {"services": [s.discovery() for s in SERVICES.values()]}
