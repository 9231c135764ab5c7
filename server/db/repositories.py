"""The only code that builds queries. Callers commit through ``db.session_scope()``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.db.models import EhrClient
from server.db.models import Practice


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

    def by_issuer(self, issuer: str) -> EhrClient | None:
        return self.s.scalars(select(EhrClient).where(EhrClient.issuer == issuer)).first()

    def all(self) -> Sequence[EhrClient]:
        return self.s.scalars(select(EhrClient).order_by(EhrClient.id)).all()

    def upsert(self, *, issuer: str, practice_id: str, **fields: Any) -> EhrClient:
        c = self.by_issuer(issuer)
        if c is None:
            c = EhrClient(issuer=issuer, practice_id=practice_id, name=fields.pop("name", issuer))
            self.s.add(c)
        c.practice_id = practice_id
        for key, value in fields.items():
            setattr(c, key, value)
        c.enabled, c.revoked_at = True, None
        return c
