"""Test support shared across folders: demo encounter ids, a live loopback server, headless Chromium.

Chromium is never downloaded: ``/usr/bin/chromium`` is Debian's package (bin/test installs it when missing).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parent.parent
DEMO = sorted((ROOT / "demo" / "encounters").glob("*.json"))
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def demo_encounters() -> list[tuple[str, str, str]]:
    """``(stem, encounter id, patient id)`` of every demo bundle."""
    out = []
    for p in DEMO:
        bundle = json.loads(p.read_text())
        encs = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Encounter"]
        enc = next((e for e in encs if e["id"] == p.stem), encs[0])
        out.append((p.stem, enc["id"], enc["subject"]["reference"].split("/")[-1]))
    return out


@contextmanager
def live_server(app) -> Iterator[str]:
    """Serve ``app`` on a free loopback port in a thread; yields its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@contextmanager
def chromium_context(**context_options) -> Iterator[object]:
    """A Playwright browser context on Debian's headless Chromium (fails, never skips, when it is missing)."""
    if not CHROMIUM.exists():
        pytest.fail("Debian chromium is missing: run bin/test as root (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(**context_options)
        try:
            yield context
        finally:
            context.close()
            browser.close()
