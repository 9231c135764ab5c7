"""Feedback persisted per card → rule; acceptance rate per rule (JSON endpoint and CLI); tenant isolation."""

from __future__ import annotations

import json

SID = "derm-order-review"


def card_uuids(resp):
    return {c["source"]["topic"]["code"]: c["uuid"] for c in resp.get_json()["cards"]}


def fb(card, outcome, **kw):
    item = {"card": card, "outcome": outcome, "outcomeTimestamp": "2026-03-20T17:01:02.5Z"}
    if outcome == "accepted":
        item["acceptedSuggestions"] = kw.pop("accepted", [{"id": "s-1"}])
    item.update(kw)
    return item


def test_feedback_is_attributed_to_rules_and_rated(app, client, cds_client, cds_call, cds_jwt, cds_fixture):
    body = cds_fixture("order-sign__mohs-prefetch-complete.json")
    uuids = card_uuids(cds_call(client, SID, body))
    pa = uuids["prior-auth"]
    reason = {
        "reason": {
            "system": "https://dermplug.org/fhir/CodeSystem/override-reason",
            "code": "payer-exception",
            "display": "Payer-specific rule applies",
        },
        "userComment": "plan waives PA",
    }
    resp = cds_call(
        client,
        SID,
        {
            "feedback": [
                fb(pa, "accepted"),
                fb(pa, "overridden", overrideReason=reason),
                fb(pa, "overridden"),
                fb("unknown-card", "accepted"),
            ]
        },
        path_suffix="/feedback",
    )
    assert resp.status_code == 200
    token = cds_jwt("http://localhost/cds-services/$stats")
    stats = client.get("/cds-services/$stats", headers={"Authorization": f"Bearer {token}"}).get_json()
    rows = {r["rule_id"]: r for r in stats["rules"]}
    assert stats["practice"] == "test-derm"
    assert rows["ORD004"] == {"rule_id": "ORD004", "accepted": 1, "overridden": 2, "rate": 0.333}
    assert rows["unattributed"]["accepted"] == 1
    from server.db.models import Feedback
    from server.extensions import db

    with app.app_context():
        saved = db.session.query(Feedback).filter_by(outcome="overridden").first()
        assert saved.override_reason["reason"]["code"] == "payer-exception"
        assert saved.practice_id == "test-derm"

    runner = app.test_cli_runner()
    out = runner.invoke(args=["feedback", "stats", "--practice", "test-derm"])
    assert out.exit_code == 0, out.output
    cli_rows = {r["rule_id"]: r for r in json.loads(out.output)}
    assert cli_rows["ORD004"]["rate"] == 0.333


def test_feedback_requires_jwt_with_the_feedback_url_as_audience(client, cds_client, cds_jwt):
    item = {"feedback": [fb("x", "overridden")]}
    wrong = cds_jwt(f"http://localhost/cds-services/{SID}")  # service URL, not …/feedback
    assert (
        client.post(
            f"/cds-services/{SID}/feedback", json=item, headers={"Authorization": f"Bearer {wrong}"}
        ).status_code
        == 401
    )
    assert client.post(f"/cds-services/{SID}/feedback", json=item).status_code == 401


def test_invalid_feedback_is_400(client, cds_client, cds_call):
    for bad in (
        {"feedback": []},
        {"feedback": [{"card": "x", "outcome": "maybe", "outcomeTimestamp": "2026-03-20T17:01:02Z"}]},
        {"feedback": [{"card": "x", "outcome": "accepted", "outcomeTimestamp": "2026-03-20T17:01:02Z"}]},
        {"feedback": [{"card": "x", "outcome": "overridden"}]},
    ):
        resp = cds_call(client, SID, bad, path_suffix="/feedback")
        assert resp.status_code == 400, bad
        assert resp.get_json()["resourceType"] == "OperationOutcome"


def test_other_practice_cannot_attribute_or_see_feedback(
    app, client, cds_client, register_client, cds_call, cds_jwt, cds_keys, cds_fixture
):
    from joserfc.jwk import ECKey

    pa = card_uuids(cds_call(client, SID, cds_fixture("order-sign__mohs-prefetch-complete.json")))[
        "prior-auth"
    ]
    other_key = ECKey.generate_key("P-384", parameters={"kid": "other", "alg": "ES384"})
    register_client(
        app,
        issuer="https://other.example",
        practice_id="other-derm",
        jwks={"keys": [other_key.as_dict(private=False)]},
    )
    kw = {"iss": "https://other.example", "key": other_key, "kid": "other"}
    assert (
        cds_call(client, SID, {"feedback": [fb(pa, "accepted")]}, path_suffix="/feedback", **kw).status_code
        == 200
    )
    stats_other = client.get(
        "/cds-services/$stats",
        headers={"Authorization": f"Bearer {cds_jwt('http://localhost/cds-services/$stats', **kw)}"},
    ).get_json()
    assert stats_other["practice"] == "other-derm"
    assert [r["rule_id"] for r in stats_other["rules"]] == ["unattributed"]  # not credited to ORD004
    stats_mine = client.get(
        "/cds-services/$stats",
        headers={"Authorization": f"Bearer {cds_jwt('http://localhost/cds-services/$stats')}"},
    ).get_json()
    assert stats_mine["rules"] == []  # the other practice's feedback is invisible here


def test_cards_are_recorded_with_rule_and_practice(app, client, cds_client, cds_call, cds_fixture):
    from server.db.models import CardRecord
    from server.extensions import db

    uuids = card_uuids(cds_call(client, SID, cds_fixture("order-sign__prefetch-complete.json")))
    with app.app_context():
        rec = db.session.get(CardRecord, uuids["prior-auth"])
        assert (rec.rule_id, rec.topic, rec.practice_id, rec.service_id) == (
            "ORD004",
            "prior-auth",
            "test-derm",
            SID,
        )
