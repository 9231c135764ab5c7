"""The only code that builds queries. Callers commit through ``db.session_scope()``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from datetime import UTC
from datetime import datetime

from sqlalchemy import delete
from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server.db.models import CardRecord
from server.db.models import ClaimRecord
from server.db.models import CodingRun
from server.db.models import EhrClient
from server.db.models import Feedback
from server.db.models import LaunchSession
from server.db.models import OutboxMessage
from server.db.models import Practice
from server.db.models import SeenJti


class PracticeRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self, practice_id: str) -> Practice | None:
        return self.s.get(Practice, practice_id)

    def upsert(self, practice_id: str, name: str, npi: str | None = None, tax_id: str | None = None,
               settings: dict[str, Any] | None = None) -> Practice:
        p = self.get(practice_id)
        if p is None:
            p = Practice(id=practice_id, name=name)
            self.s.add(p)
        p.name, p.npi, p.tax_id = name, npi, tax_id
        p.settings = settings or {}
        return p

    def all(self) -> Sequence[Practice]:
        return self.s.scalars(select(Practice).order_by(Practice.id)).all()


class ClientRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def by_issuer(self, issuer: str, tenant: str | None = None) -> EhrClient | None:
        """The client registered for ``(issuer, tenant)``; a tenant-less registration serves any tenant."""
        rows = {c.tenant: c for c in self.s.scalars(select(EhrClient).where(EhrClient.issuer == issuer))}
        return rows.get(tenant or "") or rows.get("")

    def all(self) -> Sequence[EhrClient]:
        return self.s.scalars(select(EhrClient).order_by(EhrClient.id)).all()

    def exact(self, issuer: str, tenant: str = "") -> EhrClient | None:
        """The registration for exactly ``(issuer, tenant)`` (admin use: no tenant fallback)."""
        return self.s.scalars(
            select(EhrClient).where(EhrClient.issuer == issuer, EhrClient.tenant == (tenant or ""))
        ).first()

    def upsert(self, *, issuer: str, practice_id: str, tenant: str = "", **fields: Any) -> EhrClient:
        c = self.exact(issuer, tenant)
        if c is None:
            c = EhrClient(issuer=issuer, tenant=tenant or "", practice_id=practice_id, name=fields.pop("name", issuer))
            self.s.add(c)
        c.practice_id = practice_id
        for key, value in fields.items():
            setattr(c, key, value)
        c.enabled, c.revoked_at = True, None
        return c


# --- CDS Hooks (issue 3) -------------------------------------------------------------------------------


class SeenJtiRepository:
    """Replay protection: a (issuer, jti) pair is accepted once. Race-safe through the primary key."""

    def __init__(self, session: Session) -> None:
        self.s = session

    def remember(self, issuer: str, jti: str, expires_at: datetime) -> bool:
        """Record the pair; ``False`` when it was already seen (by this or a concurrent request)."""
        if self.s.get(SeenJti, (issuer, jti)) is not None:
            return False
        try:
            with self.s.begin_nested():
                self.s.add(SeenJti(issuer=issuer, jti=jti, expires_at=expires_at))
                self.s.flush()
        except IntegrityError:
            return False
        return True

    def purge_expired(self, now: datetime | None = None) -> int:
        result = self.s.execute(delete(SeenJti).where(SeenJti.expires_at < (now or datetime.now(UTC))))
        return int(result.rowcount or 0)


class CodingRunRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, *, practice_id: str | None, service_id: str | None, hook_instance: str | None,
            encounter_ref: str | None, input_digest: str, output: dict[str, Any], rule_ids: Sequence[str],
            table_release: str, duration_ms: float) -> CodingRun:
        run = CodingRun(practice_id=practice_id, service_id=service_id, hook_instance=hook_instance,
                        encounter_ref=encounter_ref, input_digest=input_digest, output=output,
                        rule_ids=list(rule_ids), table_release=table_release, duration_ms=duration_ms)
        self.s.add(run)
        self.s.flush()
        return run

    def for_practice(self, practice_id: str, limit: int = 100) -> Sequence[CodingRun]:
        return self.s.scalars(select(CodingRun).where(CodingRun.practice_id == practice_id)
                              .order_by(CodingRun.id.desc()).limit(limit)).all()


class CardRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, *, uuid: str, practice_id: str | None, service_id: str, rule_id: str | None, topic: str | None,
            coding_run_id: int | None = None) -> CardRecord:
        rec = CardRecord(uuid=uuid, practice_id=practice_id, service_id=service_id, rule_id=rule_id, topic=topic,
                         coding_run_id=coding_run_id)
        self.s.add(rec)
        return rec

    def get(self, uuid: str, practice_id: str | None) -> CardRecord | None:
        """The card, only when it belongs to ``practice_id`` (tenant isolation)."""
        rec = self.s.get(CardRecord, uuid)
        return rec if rec is not None and rec.practice_id == practice_id else None


class FeedbackRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, *, practice_id: str | None, service_id: str, card_uuid: str, rule_id: str | None, outcome: str,
            override_reason: dict[str, Any] | None, accepted_suggestions: list[Any],
            outcome_timestamp: str | None) -> Feedback:
        fb = Feedback(practice_id=practice_id, service_id=service_id, card_uuid=card_uuid, rule_id=rule_id,
                      outcome=outcome, override_reason=override_reason, accepted_suggestions=accepted_suggestions,
                      outcome_timestamp=outcome_timestamp)
        self.s.add(fb)
        return fb

    def stats(self, practice_id: str | None = None) -> list[dict[str, Any]]:
        """Per rule id: accepted, overridden, acceptance rate (accepted / total)."""
        q = select(Feedback.rule_id, Feedback.outcome, func.count()).group_by(Feedback.rule_id, Feedback.outcome)
        if practice_id is not None:
            q = q.where(Feedback.practice_id == practice_id)
        per: dict[str, dict[str, int]] = {}
        for rule_id, outcome, n in self.s.execute(q):
            row = per.setdefault(rule_id or "unattributed", {"accepted": 0, "overridden": 0})
            row[outcome] = row.get(outcome, 0) + int(n)
        out = []
        for rule_id in sorted(per):
            a, o = per[rule_id]["accepted"], per[rule_id]["overridden"]
            out.append({"rule_id": rule_id, "accepted": a, "overridden": o,
                        "rate": round(a / (a + o), 3) if a + o else None})
        return out


class ClaimRecordRepository:
    def __init__(self, session: Session) -> None:
        self.s = session

    def billed_encounter_refs(self, practice_id: str, encounter_refs: Sequence[str]) -> set[str]:
        """Which of ``encounter_refs`` already have a claim in this practice."""
        if not encounter_refs:
            return set()
        rows = self.s.scalars(select(ClaimRecord.encounter_ref).where(
            ClaimRecord.practice_id == practice_id, ClaimRecord.encounter_ref.in_(list(encounter_refs))))
        return set(rows)


# --- SMART biller app (issue: launch → review → approve) ----------------------------------------------------


class LaunchSessionRepository:
    """SMART launch state and tokens, server-side; found by the opaque id in the cookie or by ``state``."""

    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, launch: LaunchSession) -> LaunchSession:
        self.s.add(launch)
        self.s.flush()
        return launch

    def get(self, session_id: str) -> LaunchSession | None:
        return self.s.get(LaunchSession, session_id)

    def by_state(self, state: str) -> LaunchSession | None:
        return self.s.scalars(select(LaunchSession).where(LaunchSession.state == state)).first()

    def client_for_fhir_base(self, fhir_base: str) -> EhrClient | None:
        """The enabled EHR client registered with exactly this FHIR base (the SMART ``iss`` allow-list)."""
        return self.s.scalars(select(EhrClient).where(
            EhrClient.fhir_base == fhir_base, EhrClient.enabled.is_(True), EhrClient.revoked_at.is_(None))
            .order_by(EhrClient.id)).first()

    def fhir_bases(self) -> list[str]:
        return [b for b in self.s.scalars(select(EhrClient.fhir_base).where(
            EhrClient.fhir_base.is_not(None), EhrClient.enabled.is_(True))) if b]

    def purge_expired(self, now: datetime | None = None) -> int:
        cutoff = now or datetime.now(UTC)
        result = self.s.execute(delete(LaunchSession).where(LaunchSession.expires_at < cutoff))
        return int(result.rowcount or 0)


class ApprovedClaimRepository:
    """Approved claims and their outbox rows; ``idempotency_key`` (unique) guards double approval."""

    def __init__(self, session: Session) -> None:
        self.s = session

    def by_key(self, idempotency_key: str) -> ClaimRecord | None:
        q = select(ClaimRecord).where(ClaimRecord.idempotency_key == idempotency_key)
        return self.s.scalars(q).first()

    def for_encounter(self, practice_id: str, encounter_ref: str) -> ClaimRecord | None:
        return self.s.scalars(select(ClaimRecord).where(
            ClaimRecord.practice_id == practice_id, ClaimRecord.encounter_ref == encounter_ref)
            .order_by(ClaimRecord.id)).first()

    def add_with_outbox(self, record: ClaimRecord, sink: str) -> ClaimRecord | None:
        """Insert the claim and its pending outbox row; ``None`` when the idempotency key already exists."""
        try:
            with self.s.begin_nested():
                self.s.add(record)
                self.s.flush()
                self.s.add(OutboxMessage(claim_id=record.id, sink=sink, status="pending"))
                self.s.flush()
        except IntegrityError:
            return None
        return record

    def outbox_for(self, claim_id: int) -> list[OutboxMessage]:
        return list(self.s.scalars(select(OutboxMessage).where(OutboxMessage.claim_id == claim_id)))
