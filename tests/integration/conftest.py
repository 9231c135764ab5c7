"""Integration fixtures: a real FHIR R4 server process (Node, ``tools/fhir-server``) seeded with the demo
encounters, for the no-prefetch paths of the CDS services.

The server is started once per session on a free loopback port. Each test gets it back in its default
configuration (no token, no Oracle emulation, no delay) with an empty request log. Missing Node or
missing npm modules are a hard failure with a fix-it message, never a skip.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
SERVER_DIR = ROOT / "tools" / "fhir-server"
DEMO_ENCOUNTERS = ROOT / "demo" / "encounters"
START_TIMEOUT_S = 30.0


class FhirTestServer:
    """Handle on the Node FHIR server subprocess and its ``/__admin`` test API."""

    def __init__(self, *, token: str | None = None, oracle: bool = False, delay_ms: int = 0) -> None:
        self.args = ["--port", "0", "--host", "127.0.0.1"]
        if token:
            self.args += ["--token", token]
        if oracle:
            self.args.append("--oracle")
        if delay_ms:
            self.args += ["--delay-ms", str(delay_ms)]
        self.proc: subprocess.Popen[str] | None = None
        self.url = ""
        self._stderr: list[str] = []
        self.http = requests.Session()

    @staticmethod
    def preflight() -> str:
        node = shutil.which("node")
        if node is None:
            raise RuntimeError(
                "integration tests need Node.js >= 20.19 on PATH (apt-get install nodejs) "
                "to run tools/fhir-server"
            )
        if not (SERVER_DIR / "node_modules" / "@medplum" / "fhir-router").is_dir():
            raise RuntimeError(
                "tools/fhir-server/node_modules is missing: run bin/setup "
                "(or `cd tools/fhir-server && npm ci`)"
            )
        return node

    def start(self) -> FhirTestServer:
        node = self.preflight()
        self.proc = subprocess.Popen(
            [node, str(SERVER_DIR / "server.mjs"), *self.args],
            cwd=SERVER_DIR,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self._drainer = threading.Thread(target=self._drain_stderr, daemon=True)
        self._drainer.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        assert self.proc.stdout is not None
        line = ""
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if line.startswith("LISTENING "):
                self.url = line.split()[1].rstrip("/")
                return self
            if not line and self.proc.poll() is not None:
                break
        self.stop()
        raise RuntimeError(f"FHIR test server did not start: {''.join(self._stderr)[-2000:] or line!r}")

    def _drain_stderr(self) -> None:
        assert self.proc is not None and self.proc.stderr is not None
        for line in self.proc.stderr:
            self._stderr.append(line)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        if self.proc is not None:
            self._drainer.join(timeout=5)
            for stream in (self.proc.stdout, self.proc.stderr):
                if stream is not None:
                    stream.close()
        self.http.close()

    # -- admin API -----------------------------------------------------------------------------
    def configure(
        self, *, token: str | None = None, oracle: bool = False, delay_ms: int = 0
    ) -> dict[str, Any]:
        r = self.http.post(
            f"{self.url}/__admin/config",
            data=json.dumps({"token": token, "oracle": oracle, "delayMs": delay_ms}),
            timeout=5,
        )
        r.raise_for_status()
        return r.json()

    def load(self, bundle: dict[str, Any]) -> int:
        r = self.http.post(f"{self.url}/__admin/load", data=json.dumps(bundle), timeout=30)
        r.raise_for_status()
        return int(r.json()["loaded"])

    def reset(self) -> None:
        self.http.post(f"{self.url}/__admin/reset", timeout=5).raise_for_status()

    def requests(self) -> list[dict[str, Any]]:
        r = self.http.get(f"{self.url}/__admin/requests", timeout=5)
        r.raise_for_status()
        return r.json()["requests"]

    def clear_requests(self) -> None:
        self.http.delete(f"{self.url}/__admin/requests", timeout=5).raise_for_status()


def load_demo_bundles() -> dict[str, dict[str, Any]]:
    """Demo bundles by file stem (whatever ``demo/encounters`` holds)."""
    return {p.stem: json.loads(p.read_text()) for p in sorted(DEMO_ENCOUNTERS.glob("*.json"))}


def resources_of(bundle: dict[str, Any], resource_type: str | None = None) -> list[dict[str, Any]]:
    out = [e["resource"] for e in bundle.get("entry", []) if isinstance(e.get("resource"), dict)]
    return [r for r in out if resource_type is None or r.get("resourceType") == resource_type]


@pytest.fixture(scope="session")
def demo_bundles() -> dict[str, dict[str, Any]]:
    bundles = load_demo_bundles()
    assert len(bundles) >= 6, (
        f"expected at least 6 demo encounters in {DEMO_ENCOUNTERS}, found {len(bundles)}"
    )
    return bundles


@pytest.fixture(scope="session")
def fhir_server_process() -> Iterator[FhirTestServer]:
    server = FhirTestServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def seeded_fhir_server(fhir_server_process: FhirTestServer, demo_bundles) -> FhirTestServer:
    loaded = sum(fhir_server_process.load(b) for b in demo_bundles.values())
    assert loaded >= len(demo_bundles)
    return fhir_server_process


@pytest.fixture
def fhir_server(seeded_fhir_server: FhirTestServer) -> Iterator[FhirTestServer]:
    """The seeded server in its default configuration, with an empty request log."""
    seeded_fhir_server.configure()
    seeded_fhir_server.clear_requests()
    yield seeded_fhir_server
    seeded_fhir_server.configure()


# -- the CDS service side -------------------------------------------------------------------------------
ITEST_ISSUER = "https://itest.dermplug.local"
FHIR_TOKEN = "itest-access-token"


@pytest.fixture(scope="session")
def itest_key():
    from joserfc.jwk import ECKey

    return ECKey.generate_key("P-384", private=True, auto_kid=True)


@pytest.fixture
def cds_app(make_app, app, itest_key):
    """An app with the demo practice and an integration-test EHR client (ES384 key stored at registration).

    ``app`` is requested for its teardown, which empties the tables after the test.
    """
    from server.db.repositories import ClientRepository
    from server.demo import load_demo_practice
    from server.extensions import db

    def _make(**overrides):
        a = make_app(**overrides)
        with a.app_context():
            load_demo_practice(a)
            with db.session_scope() as s:
                ClientRepository(s).upsert(
                    issuer=ITEST_ISSUER,
                    practice_id="demo-derm",
                    name="integration tests",
                    jwks={"keys": [itest_key.as_dict(private=False) | {"alg": "ES384"}]},
                )
        return a

    return _make


@pytest.fixture
def call_service(itest_key):
    """POST a hook request to ``/cds-services/<id>`` with a fresh client JWT (aud = the called URL)."""
    import time
    import uuid

    from joserfc import jwt

    def _call(app, service_id: str, body: dict[str, Any]):
        url = f"http://localhost/cds-services/{service_id}"
        now = int(time.time())
        token = jwt.encode(
            {"alg": "ES384", "typ": "JWT", "kid": itest_key.kid},
            {
                "iss": ITEST_ISSUER,
                "sub": "itest",
                "aud": url,
                "iat": now,
                "exp": now + 300,
                "jti": uuid.uuid4().hex,
            },
            itest_key,
            algorithms=["ES384"],
        )
        return app.test_client().post(
            f"/cds-services/{service_id}", json=body, headers={"Authorization": f"Bearer {token}"}
        )

    return _call
