"""Sandbox fixtures: an app with the sandbox enabled and its dev key in a temp folder."""

from __future__ import annotations

import pytest


@pytest.fixture
def sandbox_app(make_app, tmp_path, app):
    # ``app`` is requested so its teardown empties the tables after the test.
    return make_app(SANDBOX_ENABLED=True, SANDBOX_KEY_FILE=str(tmp_path / "sandbox-key.json"))


@pytest.fixture
def sandbox_client(sandbox_app):
    return sandbox_app.test_client()
