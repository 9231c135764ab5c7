"""A visit can never produce two original claims, even when two approvals race with different edits."""

from __future__ import annotations

from sqlalchemy import func
from sqlalchemy import select

from server.db.models import ClaimRecord
from server.db.models import OutboxMessage
from server.db.repositories import ApprovedClaimRepository
from server.db.repositories import PracticeRepository
from server.extensions import db
from smart_app.review import idempotency_key


def _record(key: str, units: int) -> ClaimRecord:
    claim = {"resourceType": "Claim", "status": "active", "item": [{"sequence": 1, "quantity": {"value": units}}]}
    return ClaimRecord(practice_id="p1", encounter_ref="Encounter/e1", status="approved", idempotency_key=key,
                       claim=claim, rule_ids=[], table_release="t")


def test_key_depends_on_practice_and_encounter_only():
    assert idempotency_key("p1", "Encounter/e1") == idempotency_key("p1", "Encounter/e1")
    assert idempotency_key("p1", "Encounter/e1") != idempotency_key("p2", "Encounter/e1")
    assert idempotency_key("p1", "Encounter/e1") != idempotency_key("p1", "Encounter/e2")
    assert idempotency_key("p1", "Encounter/e1", 2) != idempotency_key("p1", "Encounter/e1")


def test_second_approval_with_different_edits_is_refused_and_nothing_half_written(app):
    key = idempotency_key("p1", "Encounter/e1")
    with app.app_context():
        with db.session_scope() as s:
            PracticeRepository(s).upsert("p1", "P1")
        # two sessions, as two racing requests would have
        first, second = db.session.session_factory(), db.session.session_factory()
        try:
            assert ApprovedClaimRepository(first).add_with_outbox(_record(key, 1), "fhir") is not None
            first.commit()
            assert ApprovedClaimRepository(second).add_with_outbox(_record(key, 3), "fhir") is None
            second.commit()
        finally:
            first.close()
            second.close()
        with db.session_scope() as s:
            assert s.scalar(select(func.count()).select_from(ClaimRecord)) == 1
            assert s.scalar(select(func.count()).select_from(OutboxMessage)) == 1
            assert s.scalars(select(ClaimRecord)).one().claim["item"][0]["quantity"]["value"] == 1
