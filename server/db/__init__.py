"""Engine, session factory and unit of work (SQLAlchemy 2, no Flask-SQLAlchemy).

SQLite file is the embedded default; ``DATABASE_URL`` selects PostgreSQL (``postgresql+psycopg://``).
The schema is created and migrated by Alembic only (``dermplug db upgrade``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy import create_engine
from sqlalchemy import event
from sqlalchemy import text
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.orm import Session
from sqlalchemy.orm import scoped_session
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class Base(DeclarativeBase):
    pass


def normalise_url(url: str) -> str:
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        if url in ("sqlite://", "sqlite:///:memory:"):
            engine = create_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool)
        else:
            path = url.split("sqlite:///", 1)[1]
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            if url not in ("sqlite://", "sqlite:///:memory:"):
                cur.execute("PRAGMA journal_mode=WAL")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


class DbState:
    """One app's engine and request-scoped session."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self.session: scoped_session[Session] = scoped_session(sessionmaker(bind=self.engine, expire_on_commit=False))


class Database:
    """Facade over the current app's :class:`DbState` (several apps may live in one process, as in tests)."""

    def init_app(self, app) -> None:
        state = DbState(app.config["DATABASE_URL"])
        app.extensions["db"] = state

        @app.teardown_appcontext
        def _remove(_exc):
            state.session.remove()

    @staticmethod
    def _state() -> DbState:
        from flask import current_app

        return current_app.extensions["db"]

    @property
    def engine(self) -> Engine:
        return self._state().engine

    @property
    def session(self) -> scoped_session[Session]:
        return self._state().session

    @contextmanager
    def session_scope(self) -> Iterator[Session]:
        """Unit of work: commit once on success, roll back everything on error (nothing half-written)."""
        s = self.session()
        try:
            yield s
            s.commit()
        except BaseException:
            s.rollback()
            raise

    def ping(self) -> bool:
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True


def alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "head", engine: Engine | None = None) -> None:
    """Create or migrate the schema to ``revision``."""
    from alembic import command

    cfg = alembic_config(url)
    if engine is not None:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    else:
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
