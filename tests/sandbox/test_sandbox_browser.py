"""The sandbox page in real headless Chromium (Debian ``chromium`` driven by Playwright's Python package).

A threaded werkzeug server runs the sandbox app on a free loopback port, so the page, the CDS service it
calls and (without prefetch) the demo FHIR endpoint the service reads back are all real HTTP. Chromium is
never downloaded: ``/usr/bin/chromium`` comes from apt (bin/setup installs it when missing).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.support import chromium_context
from tests.support import live_server

pytestmark = pytest.mark.integration

SCREENSHOT = Path("/tmp/sandbox.png")


@pytest.fixture
def live_sandbox(sandbox_app):
    with live_server(sandbox_app) as base:
        yield base


@pytest.fixture
def page():
    with chromium_context(viewport={"width": 1400, "height": 1000}) as context:
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        pg.js_errors = errors  # type: ignore[attr-defined]
        yield pg


def fire_visit_coding(page, base: str, encounter: str, prefetch: bool) -> None:
    page.goto(f"{base}/sandbox")
    page.select_option("#encounter", encounter)
    page.check(f'input[name="prefetch"][value="{1 if prefetch else 0}"]')
    page.click("#fire-derm-visit-coding")
    page.wait_for_function(
        "document.querySelector('#status').textContent.includes('card(s)')"
        " || document.querySelector('#status').classList.contains('error')",
        timeout=20_000,
    )


def test_visit_coding_cards_accept_and_claim_lines(page, live_sandbox):
    fire_visit_coding(page, live_sandbox, "demo-enc-mohs-nose", prefetch=True)
    status = page.text_content("#status")
    assert "HTTP 200" in status, status
    cards = page.locator(".card")
    assert cards.count() >= 1
    assert page.locator(".card .summary").first.text_content().strip()
    assert page.locator(".card .badge").first.text_content() in ("info", "warning", "critical")
    accept = page.locator(".card button.accept").first
    assert accept.is_visible()
    accept.click()
    page.wait_for_selector("#claim:not([hidden]) tr.claim-line", timeout=10_000)
    codes = page.locator("#claim-lines tbody tr.claim-line td:nth-child(2)").all_text_contents()
    assert codes and all(c.strip() for c in codes)
    page.wait_for_selector(".card .accepted", timeout=10_000)
    assert "feedback recorded" in page.locator(".card .accepted").first.text_content()
    smart = page.locator(".card a.link-smart")
    assert smart.count() >= 1
    href = smart.first.get_attribute("href")
    assert "/app/launch" in href and "iss=" in href and "launch=" in href
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    assert SCREENSHOT.stat().st_size > 10_000
    assert page.js_errors == []


def test_visit_coding_without_prefetch_reads_demo_fhir(page, live_sandbox):
    fire_visit_coding(page, live_sandbox, "demo-enc-ak-cryo-psoriasis", prefetch=False)
    assert "HTTP 200" in page.text_content("#status")
    request_json = page.text_content("#request-json")
    assert '"prefetch"' not in request_json and "/sandbox/fhir" in request_json
    assert page.locator(".card").count() >= 1
    summaries = page.locator(".card .summary").all_text_contents()
    assert not any("could not be fetched" in s for s in summaries), summaries
    page.locator(".card button.dismiss").first.click()
    page.wait_for_selector(".card .overridden", timeout=10_000)
    assert "HTTP 200" in page.locator(".card .overridden").first.text_content()
    assert '"outcome": "overridden"' in page.text_content("#feedback-json")
    assert page.locator(".card button.accept").first.is_disabled()
    assert page.js_errors == []


def test_markdown_is_rendered_safely(page, live_sandbox):
    page.goto(f"{live_sandbox}/sandbox")
    html = page.evaluate(
        "window.dermplugSandbox.renderMarkdown("
        "'**Rule** `PTP001`\\n\\n- <img src=x onerror=alert(1)>\\n- [ok](https://example.org)"
        " [bad](javascript:alert(1))')"
    )
    assert "<strong>Rule</strong>" in html and "<code>PTP001</code>" in html
    assert "<img" not in html and "&lt;img" in html
    assert 'href="https://example.org"' in html and 'href="javascript' not in html
    table = page.evaluate(
        "window.dermplugSandbox.renderMarkdown("
        "'| # | Code |\\n|---|---|\\n| 1 | 17311 |\\n\\n"
        "> \u201cala\u201d \u2014 *Procedure/p\\\\#bodySite\\\\[0\\\\]*')"
    )
    assert "<table" in table and "<td>17311</td>" in table
    assert "<em>Procedure/p#bodySite[0]</em>" in table
    assert page.js_errors == []


def test_order_review_without_prefetch_reads_sandbox_fhir(page, live_sandbox):
    page.goto(f"{live_sandbox}/sandbox")
    page.select_option("#encounter", "demo-enc-order-sign-mohs")
    page.check('input[name="prefetch"][value="0"]')
    page.click("#fire-derm-order-review")
    page.wait_for_function(
        "document.querySelector('#status').textContent.includes('card(s)')"
        " || document.querySelector('#status').classList.contains('error')",
        timeout=20_000,
    )
    assert "HTTP 200" in page.text_content("#status")
    summaries = page.locator(".card .summary").all_text_contents()
    assert summaries, "order review returned no cards"
    assert not any("could not be fetched" in s for s in summaries), summaries
    assert not any("No active coverage" in s for s in summaries), summaries
    assert page.js_errors == []
