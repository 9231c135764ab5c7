"""Value types of the coding engine: the contract between extraction, family coders, edits and renderers.

Everything here is a frozen dataclass or a StrEnum. Findings are values, never exceptions; cards,
OperationOutcome issues and UI rows are renderings of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from datetime import date
from enum import StrEnum


class Severity(StrEnum):
    """How urgent a finding is. Maps to CDS card indicators info|warning|critical."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def indicator(self) -> str:
        return {"info": "info", "warning": "warning", "error": "critical"}[self.value]


class Topic(StrEnum):
    """Card topics; codes of the product's published CodeSystem (EHR admins filter on them)."""

    CODING_SUGGESTION = "coding-suggestion"
    CODING_CORRECTION = "coding-correction"
    INVALID_CODE = "invalid-code"
    NCCI = "ncci"
    MUE = "mue"
    MODIFIER = "modifier"
    GLOBAL_PERIOD = "global-period"
    MEDICAL_NECESSITY = "medical-necessity"
    COSMETIC = "cosmetic"
    MISSING_DOCUMENTATION = "missing-documentation"
    PRIOR_AUTH = "prior-auth"
    COVERAGE = "coverage"


class PayerKind(StrEnum):
    MEDICARE = "medicare"  # Medicare fee-for-service (ABN/GA/GY/GZ apply)
    MEDICARE_ADVANTAGE = "medicare-advantage"
    MEDICAID = "medicaid"
    COMMERCIAL = "commercial"
    SELF_PAY = "self-pay"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Span:
    """A character span of a source text: every extraction is traceable to one.

    ``source`` names the text: ``"DocumentReference/<id>"`` (decoded note), ``"Procedure/<id>#note[0]"``,
    ``"Procedure/<id>#code.text"``, ``"Condition/<id>#code"`` and so on.
    """

    source: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Line:
    """One billable service line.

    ``modifiers`` are in billing order (pricing modifiers first). ``diagnoses`` are ICD-10-CM codes,
    ranked, at most 4, each also present in :attr:`CodingResult.diagnoses`.
    """

    code: str
    units: int = 1
    modifiers: tuple[str, ...] = ()
    diagnoses: tuple[str, ...] = ()
    body_site: str | None = None  # free text as documented, e.g. "left nasal ala"
    site_group: str | None = None  # TAL | SNHFG | FEENLM | None
    lesion_ids: tuple[str, ...] = ()  # distinct documented lesions/sites this line covers ("A", "B", "lesion-1")
    evidence: tuple[Span, ...] = ()
    rule_ids: tuple[str, ...] = ()  # rules that produced or changed this line
    confidence: float = 1.0
    label: str = ""  # our own short label; never AMA descriptor text
    source_ref: str | None = None  # e.g. "Procedure/123" when the line came from a Procedure resource


@dataclass(frozen=True, slots=True)
class Fix:
    """A machine-applicable correction a biller or provider may accept."""

    description: str
    replace_line: int | None = None  # index into CodingResult.lines
    new_line: Line | None = None
    remove: bool = False


@dataclass(frozen=True, slots=True)
class Finding:
    rule_id: str
    topic: Topic
    severity: Severity
    message: str  # plain text, < 140 chars preferred (becomes the card summary)
    detail: str = ""  # markdown: what, why, source
    evidence: tuple[Span, ...] = ()
    line_refs: tuple[int, ...] = ()  # indexes into CodingResult.lines
    reference: str = ""  # source citation, e.g. "NCCI PTP practitioner 2024Q3" or "LCD L34200"
    fix: Fix | None = None


@dataclass(frozen=True, slots=True)
class PriorService:
    """A procedure from the patient's history, for global-period checks."""

    code: str
    performed: date
    global_days: int | None = None  # 0, 10, 90 or None when not applicable
    diagnoses: tuple[str, ...] = ()
    body_site: str | None = None
    source_ref: str | None = None


@dataclass(frozen=True, slots=True)
class DxFact:
    """A diagnosis as documented (Condition resource, reasonReference, or the note's assessment)."""

    code: str | None  # ICD-10-CM as documented (may be invalid or non-billable: edits check it)
    text: str = ""
    site: str | None = None
    lesion_id: str | None = None
    pathology_confirmed: bool = False  # histology already back for this lesion
    source_ref: str | None = None  # "Condition/<id>" or "DocumentReference/<id>"
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Indication:
    """A documented sign, symptom or reason relevant to medical necessity or cosmetic status.

    ``kind`` is one of: bleeding, itching, pain, inflamed, irritated, infected, changing, suspicious,
    obstructs-function, rapid-growth, cosmetic-request, asymptomatic.
    """

    kind: str
    lesion_id: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class EncounterFacts:
    """What extraction learned about the encounter, beyond the draft lines; input to the edit rules."""

    encounter_ref: str
    patient_ref: str | None = None
    service_date: date | None = None
    payer_kind: PayerKind = PayerKind.UNKNOWN
    coverage_ref: str | None = None
    provider_ref: str | None = None
    patient_birth_date: date | None = None
    diagnoses: tuple[DxFact, ...] = ()
    indications: tuple[Indication, ...] = ()
    em_code: str | None = None  # provider-selected E/M (Encounter.type CPT coding or ChargeItem)
    em_separately_identifiable: bool = False  # work beyond the decision to do the procedure is documented
    em_evidence: tuple[Span, ...] = ()
    prior_services: tuple[PriorService, ...] = ()
    abn_on_file: bool = False
    major_decided: str | None = None  # "flap" etc.: the visit decided a 090-day procedure done the next day


@dataclass(frozen=True, slots=True)
class CodingResult:
    encounter_ref: str  # "Encounter/<id>"
    patient_ref: str | None
    service_date: date | None
    payer_kind: PayerKind
    lines: tuple[Line, ...]
    diagnoses: tuple[str, ...]  # claim-level ICD-10-CM, ordered, at most 12
    findings: tuple[Finding, ...]
    table_release: str
    duration_ms: float = 0.0
    coverage_ref: str | None = None
    provider_ref: str | None = None
    facts: EncounterFacts | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def rule_ids(self) -> tuple[str, ...]:
        ids: list[str] = []
        for line in self.lines:
            ids.extend(line.rule_ids)
        ids.extend(f.rule_id for f in self.findings)
        return tuple(dict.fromkeys(ids))
