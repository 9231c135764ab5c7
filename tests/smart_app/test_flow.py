"""End to end over real HTTP, the sandbox as EHR: launch → sandbox authorize/token → review → approve."""

from __future__ import annotations

import json
import re
from datetime import UTC
from datetime import datetime
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import func
from sqlalchemy import select

from server.coding import code_encounter
from server.db.models import ClaimRecord
from server.db.models import LaunchSession
from server.db.models import OutboxMessage
from tests.support import demo_encounters

ROOT = Path(__file__).resolve().parents[2]


MOHS = next(c for c in demo_encounters() if c[0] == "demo-enc-mohs-nose")


def rendered_lines(html: str) -> list[str]:
    return re.findall(r'<tr class="claim-line" data-code="([^"]+)"', html)


def count(smart, model) -> int:
    with smart.ctx(), smart.db() as s:
        return int(s.scalar(select(func.count()).select_from(model)))


def only_launch(smart) -> LaunchSession:
    with smart.ctx(), smart.db() as s:
        rows = list(s.scalars(select(LaunchSession)))
    assert len(rows) == 1
    return rows[0]


def test_ehr_launch_lands_on_the_review_page(smart):
    _stem, enc, pat = MOHS
    r = smart.launch(enc, pat)
    assert r.status_code == 200, r.text[:500]
    assert r.url.endswith(f"/app/encounter/{enc}")
    hops = [urlsplit_path(h.headers["Location"]) for h in r.history]
    assert hops[0].startswith("/sandbox/auth/authorize") and hops[1].startswith("/app/callback")
    assert rendered_lines(r.text) == ["17311", "17312", "12051"]
    row = only_launch(smart)
    assert row.access_token and row.patient_id == pat and row.encounter_id == enc
    assert row.code_verifier is None and row.state.startswith("used-")


def urlsplit_path(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


def test_token_never_in_the_cookie(smart):
    _stem, enc, pat = MOHS
    assert smart.launch(enc, pat).status_code == 200
    cookie = smart.cookie()
    row = only_launch(smart)
    assert cookie == {"smart_sid": row.id}
    raw = smart.browser.cookies.get("session")
    assert row.access_token not in raw and row.access_token not in json.dumps(cookie)
    assert len(row.id) >= 40  # opaque, >= 128 bits


@pytest.mark.parametrize("stem,enc,pat", demo_encounters(), ids=[c[0] for c in demo_encounters()])
def test_review_renders_the_engine_lines_for_every_demo_encounter(smart, tables, stem, enc, pat):
    r = smart.launch(enc, pat)
    assert r.status_code == 200, r.text[:500]
    bundle = json.loads((ROOT / "demo" / "encounters" / f"{stem}.json").read_text())
    expected = code_encounter(bundle, tables, encounter_id=enc)
    assert rendered_lines(r.text) == [ln.code for ln in expected.lines]
    for finding in expected.findings:
        assert finding.rule_id in r.text
    for code in expected.diagnoses:
        assert f"<code>{code}</code>" in r.text
    for i, line in enumerate(expected.lines):
        assert f'name="line-{i}-units" value="{line.units}"' in r.text
        assert f'name="line-{i}-modifiers" value="{" ".join(line.modifiers)}"' in r.text
    assert 'name="csrf_token"' in r.text


def test_review_page_headers_allow_ehr_iframes(smart):
    _stem, enc, pat = MOHS
    r = smart.launch(enc, pat)
    assert "X-Frame-Options" not in r.headers
    assert "frame-ancestors *" in r.headers["Content-Security-Policy"]
    assert r.headers["Cache-Control"] == "no-store"
    assert r.headers["Referrer-Policy"] == "no-referrer"


def test_approve_creates_one_claim_and_one_outbox_row_and_a_second_approve_does_not(smart):
    _stem, enc, pat = MOHS
    review = smart.launch(enc, pat)
    first = smart.approve(enc, review.text)
    assert first.status_code == 200, first.text[:500]
    assert "Claim approved" in first.text
    assert count(smart, ClaimRecord) == 1 and count(smart, OutboxMessage) == 1
    with smart.ctx(), smart.db() as s:
        rec = s.scalars(select(ClaimRecord)).one()
        box = s.scalars(select(OutboxMessage)).one()
        assert rec.status == "approved" and rec.encounter_ref == f"Encounter/{enc}"
        assert rec.practice_id == "demo-derm" and len(rec.idempotency_key) == 64
        assert rec.claim["status"] == "active" and rec.claim["resourceType"] == "Claim"
        assert [i["productOrService"]["coding"][0]["code"] for i in rec.claim["item"]] == [
            "17311",
            "17312",
            "12051",
        ]
        assert box.claim_id == rec.id and box.sink == "fhir" and box.status == "pending"
        claim_id = rec.claim["id"]
    assert claim_id in first.text  # the confirmation shows the claim JSON

    again = smart.approve(enc, review.text)  # same form posted twice
    assert again.status_code == 200
    assert "Already approved" in again.text and claim_id in again.text
    reopened = smart.browser.get(f"{smart.base}/app/encounter/{enc}", timeout=30)
    assert 'id="already-approved"' in reopened.text
    edited = smart.approve(enc, reopened.text, **{"line-0-units": "2"})  # different content, same encounter
    assert "Already approved" in edited.text
    assert count(smart, ClaimRecord) == 1 and count(smart, OutboxMessage) == 1


def test_approve_applies_the_billers_edits(smart):
    stem = "demo-enc-ak-cryo-psoriasis"
    _s, enc, pat = next(c for c in demo_encounters() if c[0] == stem)
    review = smart.launch(enc, pat)
    assert rendered_lines(review.text) == ["99213", "17000", "17003"]
    r = smart.approve(
        enc, review.text, **{"line-2-units": "4", "line-1-modifiers": "xs", "line-0-remove": "1"}
    )
    assert r.status_code == 200, r.text[:500]
    with smart.ctx(), smart.db() as s:
        claim = s.scalars(select(ClaimRecord)).one().claim
    items = [
        (
            i["productOrService"]["coding"][0]["code"],
            i["quantity"]["value"],
            [m["coding"][0]["code"] for m in i.get("modifier", [])],
        )
        for i in claim["item"]
    ]
    assert items == [("17000", 1, ["XS"]), ("17003", 4, [])]
    assert [i["sequence"] for i in claim["item"]] == [1, 2]


@pytest.mark.parametrize(
    "fields,needle",
    [
        ({"line-0-units": "0"}, "units"),
        ({"line-0-units": "abc"}, "units"),
        ({"line-0-modifiers": "25 XYZ"}, "not a modifier"),
        ({"line-0-modifiers": "25 59 XS GA GZ"}, "at most 4"),
        ({"line-0-remove": "1", "line-1-remove": "1", "line-2-remove": "1"}, "Keep at least one line"),
        ({"coding_digest": "0" * 64}, "chart changed"),
    ],
)
def test_approve_rejects_invalid_edits(smart, fields, needle):
    _stem, enc, pat = MOHS
    review = smart.launch(enc, pat)
    r = smart.approve(enc, review.text, **fields)
    assert r.status_code in (400, 409)
    assert needle in r.text and "text/html" in r.headers["Content-Type"]
    assert count(smart, ClaimRecord) == 0 and count(smart, OutboxMessage) == 0


@pytest.mark.parametrize("token", [None, "", "forged"])
def test_approve_without_a_valid_csrf_token_is_400(smart, token):
    _stem, enc, pat = MOHS
    review = smart.launch(enc, pat)
    r = smart.approve(enc, review.text, csrf_token=token)
    assert r.status_code == 400
    assert "security token" in r.text
    assert count(smart, ClaimRecord) == 0


def test_csrf_token_is_bound_to_the_launch_session(smart, live):
    _stem, enc, pat = MOHS
    review = smart.launch(enc, pat)
    with requests.Session() as other:  # another browser with its own launch
        from urllib.parse import urlencode  # noqa: F401

        mine = other.get(smart.launch_url(enc, pat), timeout=30)
        assert mine.status_code == 200
        data = {
            "csrf_token": smart.form_value(review.text, "csrf_token"),
            "coding_digest": smart.form_value(mine.text, "coding_digest"),
            "line-0-units": "1",
            "line-1-units": "1",
            "line-2-units": "1",
        }
        r = other.post(f"{live}/app/encounter/{enc}/approve", data=data, timeout=30)
    assert r.status_code == 400
    assert count(smart, ClaimRecord) == 0


def test_upstream_fhir_401_is_a_clear_html_error(smart):
    _stem, enc, pat = MOHS
    assert smart.launch(enc, pat).status_code == 200
    row = only_launch(smart)
    with smart.ctx(), smart.db() as s:
        s.get(LaunchSession, row.id).access_token = "revoked-by-the-ehr"
    r = smart.browser.get(f"{smart.base}/app/encounter/{enc}", timeout=30)
    assert r.status_code == 401
    assert r.headers["Content-Type"].startswith("text/html")
    assert "rejected the app&#39;s access token" in r.text or "rejected the app's access token" in r.text
    assert "launch dermplug again" in r.text


def test_review_without_a_session_is_401(smart):
    r = smart.browser.get(f"{smart.base}/app/encounter/{MOHS[1]}", timeout=30)
    assert r.status_code == 401 and "open the app from the patient" in r.text


def test_expired_session_is_401(smart):
    _stem, enc, pat = MOHS
    assert smart.launch(enc, pat).status_code == 200
    row = only_launch(smart)
    with smart.ctx(), smart.db() as s:
        s.get(LaunchSession, row.id).expires_at = datetime.now(UTC) - timedelta(seconds=1)
    r = smart.browser.get(f"{smart.base}/app/encounter/{enc}", timeout=30)
    assert r.status_code == 401 and "expired" in r.text


def test_encounter_of_another_patient_is_refused(smart):
    _stem, enc, pat = MOHS
    other_enc = next(c for c in demo_encounters() if c[2] != pat)[1]
    assert smart.launch(enc, pat).status_code == 200
    r = smart.browser.get(f"{smart.base}/app/encounter/{other_enc}", timeout=30)
    assert r.status_code == 403 and "another patient" in r.text


def test_patient_only_launch_lists_encounters(smart):
    _stem, enc, pat = MOHS
    r = smart.launch(None, pat)
    assert r.status_code == 200 and r.url.endswith("/app/patient")
    assert f"/app/encounter/{enc}" in r.text
    assert smart.browser.get(f"{smart.base}/app/encounter/{enc}", timeout=30).status_code == 200
