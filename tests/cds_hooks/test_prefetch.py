"""Prefetch: take what the client sent, fetch the rest from fhirServer under a hard deadline."""

from __future__ import annotations

import time
from datetime import date

import pytest
import requests
import responses

from cds_hooks.prefetch import effective_deadline
from cds_hooks.prefetch import gather
from cds_hooks.prefetch import needs_fetch
from cds_hooks.prefetch import resolve_template
from cds_hooks.services import SERVICES

FHIR = "https://ehr.test.example/fhir"
VISIT = SERVICES["derm-visit-coding"]
TODAY = date(2026, 3, 30)


def bundle(*resources, next_url=None):
    out = {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": r} for r in resources]}
    if next_url:
        out["link"] = [{"relation": "next", "url": next_url}]
    return out


PATIENT = {"resourceType": "Patient", "id": "p1"}
ENCOUNTER = {
    "resourceType": "Encounter",
    "id": "e1",
    "status": "finished",
    "period": {"start": "2026-03-20T09:00:00Z"},
}


def request_body(prefetch=None, server=FHIR):
    body = {
        "hook": "encounter-discharge",
        "hookInstance": "0b8f3a5e-3f1e-4c1b-9a55-0000000000aa",
        "context": {"userId": "Practitioner/u1", "patientId": "p1", "encounterId": "e1"},
    }
    if server:
        body["fhirServer"] = server
        body["fhirAuthorization"] = {
            "access_token": "secret-token",
            "token_type": "Bearer",
            "expires_in": 300,
            "scope": "user/*.read",
            "subject": "dermplug",
        }
    if prefetch is not None:
        body["prefetch"] = prefetch
    return body


def mock_all_searches(rsps, *, procedures_status=200):
    rsps.get(f"{FHIR}/Patient/p1", json=PATIENT)
    rsps.get(f"{FHIR}/Encounter/e1", json=ENCOUNTER)
    for rtype in ("Condition", "DocumentReference", "Coverage", "Observation"):
        rsps.get(f"{FHIR}/{rtype}", json=bundle())
    proc = {"resourceType": "Procedure", "id": "pr1", "encounter": {"reference": "Encounter/e1"}}
    rsps.get(
        f"{FHIR}/Procedure",
        json=bundle(proc)
        if procedures_status == 200
        else {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "not-supported"}]},
        status=procedures_status,
    )


def test_resolve_template_tokens():
    ctx = {"patientId": "p1", "encounterId": "e1", "userId": "Practitioner/u1"}
    assert (
        resolve_template(
            "Procedure?patient={{context.patientId}}&encounter={{context.encounterId}}", ctx, TODAY
        )
        == "Procedure?patient=p1&encounter=e1"
    )
    assert (
        resolve_template("Procedure?patient={{context.patientId}}&date=ge{{today() - 120 days}}", ctx, TODAY)
        == "Procedure?patient=p1&date=ge2025-11-30"
    )
    assert resolve_template("Encounter/{{context.encounterId}}", {"patientId": "p1"}, TODAY) is None


def test_needs_fetch_classification():
    assert needs_fetch(None)
    assert needs_fetch({"resourceType": "OperationOutcome", "issue": []})
    assert needs_fetch(bundle(PATIENT, next_url=f"{FHIR}/Patient?page=2"))
    assert needs_fetch(bundle({"resourceType": "OperationOutcome", "issue": []}))
    assert not needs_fetch(bundle())  # an empty searchset is an answer
    assert not needs_fetch(PATIENT)


def test_complete_prefetch_makes_no_http_call():
    full = {k: bundle() for k in VISIT.prefetch}
    full.update(patient=PATIENT, encounter=ENCOUNTER)
    with responses.RequestsMock() as rsps:  # any HTTP call would raise ConnectionError and show up in failed
        out = gather(VISIT, request_body(full), deadline_seconds=2, today=TODAY)
        assert len(rsps.calls) == 0
    assert sorted(out.provided) == sorted(VISIT.prefetch)
    assert out.fetched == [] and out.failed == {}


def test_missing_null_and_outcome_keys_are_fetched_with_the_bearer_token():
    given = {
        "patient": PATIENT,
        "encounter": None,
        "conditions": {
            "resourceType": "OperationOutcome",
            "issue": [{"severity": "error", "code": "timeout"}],
        },
    }
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        mock_all_searches(rsps)
        out = gather(VISIT, request_body(given), deadline_seconds=3, today=TODAY)
        auth = {c.request.headers.get("Authorization") for c in rsps.calls}
        urls = [c.request.url for c in rsps.calls]
    assert auth == {"Bearer secret-token"}
    assert out.provided == ["patient"]
    assert set(out.fetched) == set(VISIT.prefetch) - {"patient"}
    assert out.data["encounter"]["id"] == "e1"
    assert not any("/Patient/" in u for u in urls)
    assert any("Condition?patient=p1&encounter=e1" in u for u in urls)


def test_partial_bundle_follows_next_links_bounded():
    page2 = f"{FHIR}/Procedure?page=2"
    p1 = {"resourceType": "Procedure", "id": "a", "encounter": {"reference": "Encounter/e1"}}
    p2 = {"resourceType": "Procedure", "id": "b", "encounter": {"reference": "Encounter/e1"}}
    full = {k: bundle() for k in VISIT.prefetch}
    full.update(patient=PATIENT, encounter=ENCOUNTER, procedures=bundle(p1, next_url=page2))
    with responses.RequestsMock() as rsps:
        rsps.get(page2, json=bundle(p2))
        out = gather(VISIT, request_body(full), deadline_seconds=2, today=TODAY)
    assert [e["resource"]["id"] for e in out.data["procedures"]["entry"]] == ["a", "b"]
    assert "link" not in out.data["procedures"]
    # an endless chain of next links stops after MAX_PAGES
    with responses.RequestsMock() as rsps:
        rsps.get(page2, json=bundle(p2, next_url=page2))
        out = gather(VISIT, request_body(full), deadline_seconds=2, today=TODAY)
        assert len(rsps.calls) == 4
    assert out.data["procedures"]["link"][0]["relation"] == "next"


@pytest.mark.parametrize("status", [400, 501])
def test_oracle_procedure_encounter_search_falls_back_to_patient_and_date(status):
    given = {"patient": PATIENT, "encounter": ENCOUNTER}
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        for rtype in ("Condition", "DocumentReference", "Coverage", "Observation"):
            rsps.get(f"{FHIR}/{rtype}", json=bundle())
        mine = {"resourceType": "Procedure", "id": "mine", "encounter": {"reference": "Encounter/e1"}}
        other = {"resourceType": "Procedure", "id": "other", "encounter": {"reference": "Encounter/e9"}}
        rsps.get(
            f"{FHIR}/Procedure",
            match=[responses.matchers.query_param_matcher({"patient": "p1", "encounter": "e1"})],
            status=status,
            json={
                "resourceType": "OperationOutcome",
                "issue": [{"severity": "error", "code": "not-supported"}],
            },
        )
        rsps.get(
            f"{FHIR}/Procedure",
            match=[responses.matchers.query_param_matcher({"patient": "p1", "date": "2026-03-20"})],
            json=bundle(mine, other),
        )
        rsps.get(
            f"{FHIR}/Procedure",
            match=[responses.matchers.query_param_matcher({"patient": "p1", "date": "ge2025-11-30"})],
            json=bundle(mine, other),
        )
        out = gather(VISIT, request_body(given), deadline_seconds=3, today=TODAY)
    assert [e["resource"]["id"] for e in out.data["procedures"]["entry"]] == ["mine"]
    assert "procedures" in out.fetched


def test_unreachable_server_marks_keys_failed_without_raising():
    given = {"patient": PATIENT, "encounter": ENCOUNTER}
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        rsps.get(f"{FHIR}/Condition", body=requests.ConnectionError("refused"))
        rsps.get(f"{FHIR}/Procedure", status=500)
        out = gather(VISIT, request_body(given), deadline_seconds=2, today=TODAY)
    assert out.failed["conditions"] == "unreachable"
    assert out.failed["procedures"] == "http 500"
    assert set(out.data) == {"patient", "encounter"}


def test_no_fhir_server_means_missing_keys_fail():
    out = gather(VISIT, request_body({"patient": PATIENT}, server=None), deadline_seconds=2, today=TODAY)
    assert "encounter" in out.failed and out.failed["encounter"] == "no fhirServer"


def test_hard_deadline_returns_what_is_known():
    given = {"patient": PATIENT, "encounter": ENCOUNTER}

    def slow(_request):
        time.sleep(1.5)
        return (200, {}, '{"resourceType": "Bundle", "type": "searchset"}')

    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        for rtype in ("Condition", "DocumentReference", "Coverage", "Observation", "Procedure"):
            rsps.add_callback(responses.GET, f"{FHIR}/{rtype}", callback=slow)
        started = time.monotonic()
        out = gather(VISIT, request_body(given), deadline_seconds=0.4, per_call_timeout=5, today=TODAY)
        elapsed = time.monotonic() - started
    assert elapsed < 0.9
    assert out.timed_out
    assert set(out.failed.values()) == {"deadline"}
    assert set(out.data) == {"patient", "encounter"}


def test_deadline_is_capped_at_five_seconds():
    assert effective_deadline(60) == 5.0
    assert effective_deadline(0.5) == 0.5
    assert effective_deadline(-1) == 0.0


def test_resources_flatten_and_drop_outcomes():
    given = {
        "patient": PATIENT,
        "encounter": ENCOUNTER,
        "conditions": bundle(
            {"resourceType": "Condition", "id": "c1"}, {"resourceType": "OperationOutcome", "issue": []}
        ),
        "procedures": bundle(),
        "notes": bundle(),
        "coverage": bundle({"resourceType": "Condition", "id": "c1"}),
        "history": bundle(),
        "pathology": bundle(),
    }
    out = gather(VISIT, request_body(given, server=None), deadline_seconds=1, today=TODAY)
    assert sorted((r["resourceType"], r["id"]) for r in out.resources()) == [
        ("Condition", "c1"),
        ("Encounter", "e1"),
        ("Patient", "p1"),
    ]
