"""What the product keeps. Tokens and PHI-bearing payloads stay server-side in these tables, never in logs."""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from typing import Any

from sqlalchemy import JSON
from sqlalchemy import Boolean
from sqlalchemy import DateTime
from sqlalchemy import Float
from sqlalchemy import ForeignKey
from sqlalchemy import Integer
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from server.db import Base


def utcnow() -> datetime:
    return datetime.now(UTC)


class Practice(Base):
    """A tenant: one dermatology practice (or billing-company client). All data is scoped to one."""

    __tablename__ = "practice"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    npi: Mapped[str | None] = mapped_column(String(10))
    tax_id: Mapped[str | None] = mapped_column(String(20))
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class EhrClient(Base):
    """A registered CDS client / EHR (Epic, Oracle Health, ModMed EMA) whose JWTs we accept.

    Identified by ``(issuer, tenant)``: Oracle Health signs every tenant's calls with one ``iss`` and tells
    them apart by the JWT ``tenant`` claim. ``tenant == ""`` accepts any tenant of that issuer.
    """

    __tablename__ = "ehr_client"
    __table_args__ = (UniqueConstraint("issuer", "tenant", name="uq_ehr_client_issuer_tenant"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    practice_id: Mapped[str] = mapped_column(ForeignKey("practice.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    vendor: Mapped[str] = mapped_column(String(40), default="other")  # epic | oracle | modmed | other
    issuer: Mapped[str] = mapped_column(String(500), index=True)
    tenant: Mapped[str] = mapped_column(String(200), default="", server_default="")
    jwks_url: Mapped[str | None] = mapped_column(String(1000))
    jku_allowlist: Mapped[list[str]] = mapped_column(JSON, default=list)
    jwks: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # keys stored at registration
    fhir_base: Mapped[str | None] = mapped_column(String(1000))
    enabled_services: Mapped[list[str]] = mapped_column(JSON, default=list)  # empty = all
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    practice: Mapped[Practice] = relationship()


class SeenJti(Base):
    """JWT ids already accepted (replay protection); rows expire with the token."""

    __tablename__ = "seen_jti"
    issuer: Mapped[str] = mapped_column(String(500), primary_key=True)
    jti: Mapped[str] = mapped_column(String(200), primary_key=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class CodingRun(Base):
    """One evaluation of the coding engine: reproducible from digest + table release + rule ids."""

    __tablename__ = "coding_run"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    practice_id: Mapped[str | None] = mapped_column(ForeignKey("practice.id"), index=True)
    service_id: Mapped[str | None] = mapped_column(String(100))
    hook_instance: Mapped[str | None] = mapped_column(String(100), index=True)
    encounter_ref: Mapped[str | None] = mapped_column(String(200), index=True)
    input_digest: Mapped[str] = mapped_column(String(64))
    output: Mapped[dict[str, Any]] = mapped_column(JSON)
    rule_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    table_release: Mapped[str] = mapped_column(String(100))
    duration_ms: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Feedback(Base):
    """CDS Hooks feedback on a card (accepted / overridden), kept per rule for acceptance rates."""

    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    practice_id: Mapped[str | None] = mapped_column(ForeignKey("practice.id"), index=True)
    service_id: Mapped[str] = mapped_column(String(100), index=True)
    card_uuid: Mapped[str] = mapped_column(String(100), index=True)
    rule_id: Mapped[str | None] = mapped_column(String(20), index=True)
    outcome: Mapped[str] = mapped_column(String(20))  # accepted | overridden
    override_reason: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    accepted_suggestions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    outcome_timestamp: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CardRecord(Base):
    """Cards we returned (uuid → rule id), so feedback can be attributed to a rule."""

    __tablename__ = "card_record"
    uuid: Mapped[str] = mapped_column(String(100), primary_key=True)
    practice_id: Mapped[str | None] = mapped_column(ForeignKey("practice.id"), index=True)
    service_id: Mapped[str] = mapped_column(String(100))
    rule_id: Mapped[str | None] = mapped_column(String(20))
    topic: Mapped[str | None] = mapped_column(String(40))
    coding_run_id: Mapped[int | None] = mapped_column(ForeignKey("coding_run.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ClaimRecord(Base):
    """A claim we built. ``idempotency_key`` makes a second submission of the same claim impossible."""

    __tablename__ = "claim_record"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    practice_id: Mapped[str] = mapped_column(ForeignKey("practice.id"), index=True)
    encounter_ref: Mapped[str] = mapped_column(String(200), index=True)
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft | approved | queued | sent | error
    idempotency_key: Mapped[str] = mapped_column(String(128), unique=True)
    claim: Mapped[dict[str, Any]] = mapped_column(JSON)
    rule_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    table_release: Mapped[str] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


class OutboxMessage(Base):
    """Transactional outbox: a claim delivery to one sink, written in the same transaction as the claim."""

    __tablename__ = "outbox_message"
    __table_args__ = (UniqueConstraint("claim_id", "sink", name="uq_outbox_claim_sink"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim_record.id"), index=True)
    sink: Mapped[str] = mapped_column(String(100))  # fhir | x12-837p | ...
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending | sending | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    last_error: Mapped[str | None] = mapped_column(Text)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LaunchSession(Base):
    """SMART launch state, server-side; the browser holds only the opaque id in a signed cookie."""

    __tablename__ = "launch_session"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    practice_id: Mapped[str | None] = mapped_column(ForeignKey("practice.id"))
    iss: Mapped[str] = mapped_column(String(1000))
    state: Mapped[str] = mapped_column(String(128), unique=True)
    code_verifier: Mapped[str | None] = mapped_column(String(200))
    access_token: Mapped[str | None] = mapped_column(Text)
    refresh_token: Mapped[str | None] = mapped_column(Text)
    patient_id: Mapped[str | None] = mapped_column(String(200))
    encounter_id: Mapped[str | None] = mapped_column(String(200))
    user_ref: Mapped[str | None] = mapped_column(String(300))
    scope: Mapped[str | None] = mapped_column(Text)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
