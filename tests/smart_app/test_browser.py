"""The whole biller slice in real headless Chromium (Debian ``chromium``, driven by Playwright for Python):
sandbox page → fire visit coding → click the card's SMART link → (sandbox authorize/token) → review → approve.

Chromium is never downloaded: ``/usr/bin/chromium`` comes from apt (bin/setup installs it when missing).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from server.db.models import ClaimRecord
from server.db.models import OutboxMessage
from tests.support import chromium_context

pytestmark = pytest.mark.integration

SCREENSHOT = Path("/tmp/smart_review.png")
CONFIRMATION = Path("/tmp/smart_approved.png")


@pytest.fixture
def context():
    with chromium_context(viewport={"width": 1400, "height": 1000}) as ctx:
        errors: list[str] = []
        ctx.on("weberror", lambda err: errors.append(str(err.error)))
        ctx.js_errors = errors  # type: ignore[attr-defined]
        yield ctx


def test_sandbox_smart_link_review_and_approve(context, smart):
    page = context.new_page()
    page.goto(f"{smart.base}/sandbox")
    page.select_option("#encounter", "demo-enc-mohs-nose")
    page.check('input[name="prefetch"][value="1"]')
    page.click("#fire-derm-visit-coding")
    page.wait_for_function(
        "document.querySelector('#status').textContent.includes('card(s)')"
        " || document.querySelector('#status').classList.contains('error')",
        timeout=20_000,
    )
    assert "HTTP 200" in page.text_content("#status")
    link = page.locator(".card a.link-smart").first
    assert "launch=sbx." in link.get_attribute("href")
    with context.expect_page() as opened:
        link.click()
    app_page = opened.value
    app_page.wait_for_load_state()
    app_page.wait_for_selector("tr.claim-line", timeout=20_000)
    assert app_page.url.endswith("/app/encounter/demo-enc-mohs-nose")
    assert app_page.locator("h1").text_content() == "Review coding"
    codes = app_page.locator("tr.claim-line").evaluate_all("rows => rows.map(r => r.dataset.code)")
    assert codes == ["17311", "17312", "12051"]
    # the Mohs note's "site confirmed using the biopsy photo" is not an uncharged biopsy: no findings, and the
    # findings section says so (findings rendering itself is covered by tests/smart_app/test_flow.py)
    assert app_page.locator(".finding").count() == 0
    assert app_page.locator("#findings-h").text_content() == "Findings (0)"
    assert app_page.get_by_label("Units for line 1 (17311)").input_value() == "1"
    app_page.screenshot(path=str(SCREENSHOT), full_page=True)
    assert SCREENSHOT.stat().st_size > 10_000

    app_page.get_by_label("Units for line 3 (12051)").fill("1")
    app_page.click("#approve")
    app_page.wait_for_selector("#approved-ok", timeout=20_000)
    assert "Claim approved" in app_page.locator("h1").text_content()
    assert app_page.locator("tr.claim-item").count() == 3
    app_page.screenshot(path=str(CONFIRMATION), full_page=True)
    with smart.ctx(), smart.db() as s:
        records = list(s.scalars(select(ClaimRecord)))
        outbox = list(s.scalars(select(OutboxMessage)))
    assert len(records) == 1 and len(outbox) == 1 and outbox[0].claim_id == records[0].id
    assert app_page.locator("#claim-record").text_content() == str(records[0].id)

    app_page.go_back()  # the biller approves the same encounter again from the (cached-out) review page
    app_page.reload()
    app_page.wait_for_selector("#already-approved", timeout=20_000)
    app_page.click("#approve")
    app_page.wait_for_selector("h1:has-text('Already approved')", timeout=20_000)
    with smart.ctx(), smart.db() as s:
        assert len(list(s.scalars(select(ClaimRecord)))) == 1
    assert context.js_errors == []
