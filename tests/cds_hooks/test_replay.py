"""jti replay protection is race-safe: concurrent requests with one jti → exactly one accepted."""

from __future__ import annotations

import threading
from datetime import UTC
from datetime import datetime
from datetime import timedelta

from server.db.repositories import SeenJtiRepository


def test_concurrent_remember_accepts_exactly_once(app):
    from server.extensions import db

    results: list[bool] = []
    barrier = threading.Barrier(6)
    expires = datetime.now(UTC) + timedelta(minutes=5)

    def worker():
        with app.app_context():
            barrier.wait()
            with db.session_scope() as s:
                results.append(SeenJtiRepository(s).remember("https://iss", "same-jti", expires))

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False] * 5 + [True]


def test_purge_removes_only_expired(app):
    from server.extensions import db

    now = datetime.now(UTC)
    with app.app_context():
        with db.session_scope() as s:
            repo = SeenJtiRepository(s)
            assert repo.remember("i", "old", now - timedelta(minutes=1))
            assert repo.remember("i", "new", now + timedelta(minutes=5))
        with db.session_scope() as s:
            assert SeenJtiRepository(s).purge_expired(now) == 1
        with db.session_scope() as s:
            assert not SeenJtiRepository(s).remember("i", "new", now + timedelta(minutes=5))
            assert SeenJtiRepository(s).remember("i", "old", now + timedelta(minutes=5))
