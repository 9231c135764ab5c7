"""Shared fixtures. The database is SQLite by default; ``DATABASE_URL`` (set by .ci/run) selects PostgreSQL.

The schema is built by the real Alembic migrations once per session; every test then starts from
empty tables.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from sqlalchemy import text

from config.settings import TestingConfig
from server.coding.tables import load_tables
from server.db import Base
from server.db import make_engine
from server.db import upgrade

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    url = os.environ.get("DATABASE_URL")
    if not url:
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
    engine = make_engine(url)
    import server.db.models  # noqa: F401

    with engine.begin() as conn:
        Base.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    upgrade(url)
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def tables():
    return load_tables()


@pytest.fixture
def app(database_url):
    from server.app import create_app
    from server.extensions import db

    class _Config(TestingConfig):
        DATABASE_URL = database_url

    app = create_app(_Config)
    yield app
    with app.app_context():
        with db.engine.begin() as conn:
            for table in reversed(Base.metadata.sorted_tables):
                conn.execute(table.delete())
        db.engine.dispose()


@pytest.fixture
def make_app(database_url):
    """Build extra apps inside a test (with overrides); their engines are disposed afterwards."""
    from server.app import create_app

    made = []

    def _make(**overrides):
        cfg = {"ENV_NAME": "testing", "DATABASE_URL": database_url, **overrides}
        a = create_app(cfg)
        made.append(a)
        return a

    yield _make
    for a in made:
        a.extensions["db"].engine.dispose()


@pytest.fixture
def load_json():
    def _load(relpath: str):
        return json.loads((FIXTURES / relpath).read_text())

    return _load
