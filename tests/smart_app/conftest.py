"""SMART app fixtures: the sandbox-enabled app served on a loopback port (the sandbox plays the EHR, with
its demo FHIR endpoint and dev-only SMART authorization server), and a ``requests`` browser stand-in."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import requests
from tests.support import live_server

ROOT = Path(__file__).resolve().parents[2]


def demo_bundle(stem: str) -> dict[str, Any]:
    return json.loads((ROOT / "demo" / "encounters" / f"{stem}.json").read_text())


@pytest.fixture
def smart_app(make_app, tmp_path, app):
    # ``app`` is requested so its teardown empties the tables after the test.
    return make_app(SANDBOX_ENABLED=True, SANDBOX_KEY_FILE=str(tmp_path / "sandbox-key.json"))


@pytest.fixture
def live(smart_app):
    with live_server(smart_app) as base:
        yield base


@pytest.fixture
def browser():
    with requests.Session() as s:
        yield s


class Smart:
    """Drives the app like a browser (``requests`` keeps the cookie) against the live server."""

    def __init__(self, app, base: str, browser: requests.Session) -> None:
        self.app, self.base, self.browser = app, base, browser

    def launch_url(
        self, encounter_id: str | None, patient_id: str | None = None, iss: str | None = None
    ) -> str:
        from urllib.parse import urlencode

        from cds_hooks.sandbox_auth import encode_launch

        return f"{self.base}/app/launch?" + urlencode(
            {"iss": iss or f"{self.base}/sandbox/fhir", "launch": encode_launch(encounter_id, patient_id)}
        )

    def launch(self, encounter_id: str | None, patient_id: str | None = None) -> requests.Response:
        return self.browser.get(self.launch_url(encounter_id, patient_id), timeout=30)

    @staticmethod
    def form_value(html: str, name: str) -> str:
        m = re.search(rf'name="{re.escape(name)}" value="([^"]*)"', html)
        assert m, f"no form field {name}"
        return m.group(1)

    def cookie(self) -> dict[str, Any]:
        value = self.browser.cookies.get(self.app.config.get("SESSION_COOKIE_NAME", "session"))
        assert value, "no session cookie"
        return dict(self.app.session_interface.get_signing_serializer(self.app).loads(value))

    def approve(self, encounter_id: str, review_html: str, **fields: str) -> requests.Response:
        data = {
            "csrf_token": self.form_value(review_html, "csrf_token"),
            "coding_digest": self.form_value(review_html, "coding_digest"),
        }
        for m in re.finditer(r'name="(line-\d+-(?:units|modifiers))" value="([^"]*)"', review_html):
            data[m.group(1)] = m.group(2)
        data.update(fields)
        data = {k: v for k, v in data.items() if v is not None}
        return self.browser.post(f"{self.base}/app/encounter/{encounter_id}/approve", data=data, timeout=30)

    def db(self):
        """A unit of work on the app's database (use as a context manager inside ``with smart.ctx()``)."""
        from server.extensions import db

        return db.session_scope()

    def ctx(self):
        return self.app.app_context()


@pytest.fixture
def smart(smart_app, live, browser) -> Smart:
    return Smart(smart_app, live, browser)
