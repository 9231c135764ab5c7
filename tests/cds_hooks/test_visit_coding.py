"""encounter-discharge (derm-visit-coding) with the real coding engine: draft Claim card, prefetch fallbacks."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import responses
from fhir.resources.R4B.claim import Claim

SID = "derm-visit-coding"
FHIR = "https://ehr.test.example/fhir"
ROOT = Path(__file__).resolve().parents[2]
DEMO = sorted((ROOT / "demo" / "encounters").glob("*.json"))


def claim_of(body):
    cards = [c for c in body["cards"] if c["summary"].startswith("Proposed claim:")]
    assert len(cards) == 1, [c["summary"] for c in body["cards"]]
    assert cards[0]["source"]["topic"]["code"] == "coding-suggestion"
    (action,) = cards[0]["suggestions"][0]["actions"]
    assert action["type"] == "create"
    Claim.model_validate(action["resource"])
    return action["resource"]


def lines(claim):
    return sorted(
        (
            i["productOrService"]["coding"][0]["code"],
            i["quantity"]["value"],
            tuple(m["coding"][0]["code"] for m in i.get("modifier", [])),
        )
        for i in claim["item"]
    )


def serve_bundle(rsps, bundle, *, procedure_encounter_search=True):
    """Answer the service's FHIR reads/searches from one encounter bundle (what an EHR would return)."""
    res = [e["resource"] for e in bundle["entry"]]

    def searchset(rtype):
        def cb(request):
            params = request.params
            out = [r for r in res if r["resourceType"] == rtype]
            enc = params.get("encounter")
            if enc:
                out = [
                    r
                    for r in out
                    if (
                        (r.get("encounter") or (r.get("context") or {}).get("encounter") or {})
                        if not isinstance((r.get("context") or {}).get("encounter"), list)
                        else r["context"]["encounter"][0]
                    )
                    .get("reference", "")
                    .endswith("/" + enc)
                ]
            body = {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": r} for r in out]}
            return 200, {"Content-Type": "application/fhir+json"}, json.dumps(body)

        return cb

    for r in res:
        if r["resourceType"] in ("Patient", "Encounter"):
            rsps.get(f"{FHIR}/{r['resourceType']}/{r['id']}", json=r)
    for rtype in ("Condition", "DocumentReference", "Coverage", "Observation"):
        rsps.add_callback(responses.GET, f"{FHIR}/{rtype}", callback=searchset(rtype))
    if procedure_encounter_search:
        rsps.add_callback(responses.GET, f"{FHIR}/Procedure", callback=searchset("Procedure"))
    else:  # Oracle Health: no encounter parameter on Procedure

        def oracle(request):
            if "encounter" in request.params:
                return (
                    400,
                    {},
                    json.dumps(
                        {
                            "resourceType": "OperationOutcome",
                            "issue": [
                                {
                                    "severity": "error",
                                    "code": "not-supported",
                                    "diagnostics": "unknown parameter encounter",
                                }
                            ],
                        }
                    ),
                )
            return searchset("Procedure")(request)

        rsps.add_callback(responses.GET, f"{FHIR}/Procedure", callback=oracle)


def test_prefetch_complete_returns_a_draft_claim_card(
    app, client, cds_client, cds_call, cds_fixture, conformance
):
    body = cds_fixture("encounter-discharge__prefetch-complete.json")
    with responses.RequestsMock() as rsps:  # complete prefetch: no call to the EHR at all
        resp = cds_call(client, SID, body)
        assert len(rsps.calls) == 0
    assert resp.status_code == 200
    out = conformance(resp.get_json(), hook="encounter-discharge")
    claim = claim_of(out)
    assert claim["status"] == "draft" and claim["use"] == "claim"
    assert claim["patient"]["reference"].endswith("demo-pat-abernathy")
    assert {i["productOrService"]["coding"][0]["code"] for i in claim["item"]} >= {"17311"}
    assert all(i["encounter"][0]["reference"].endswith("demo-enc-mohs-nose") for i in claim["item"])
    card = next(c for c in out["cards"] if c["summary"].startswith("Proposed claim:"))
    link = card["links"][0]
    assert link["type"] == "smart" and link["url"] == "http://localhost/app/launch"
    assert json.loads(link["appContext"])["encounterId"] == "demo-enc-mohs-nose"
    from server.db.models import CardRecord
    from server.db.models import CodingRun
    from server.extensions import db

    with app.app_context():
        run = db.session.query(CodingRun).one()
        assert run.hook_instance == body["hookInstance"] and run.practice_id == "test-derm"
        assert len(run.input_digest) == 64 and run.table_release
        assert run.output["lines"]
        recs = db.session.query(CardRecord).filter_by(coding_run_id=run.id).all()
        assert {r.uuid for r in recs} == {c["uuid"] for c in out["cards"]}


def test_no_prefetch_fetches_from_fhir_server_and_codes_the_same(
    client, cds_client, cds_call, cds_fixture, load_json
):
    full = claim_of(
        cds_call(client, SID, cds_fixture("encounter-discharge__prefetch-complete.json")).get_json()
    )
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        serve_bundle(rsps, load_json("cds/bundles/demo-enc-mohs-nose.json"))
        resp = cds_call(client, SID, cds_fixture("encounter-discharge__no-prefetch.json"))
        assert {c.request.headers["Authorization"] for c in rsps.calls} == {"Bearer test-access-token"}
    assert resp.status_code == 200
    assert lines(claim_of(resp.get_json())) == lines(full)


def test_prefetch_with_outcome_null_and_missing_keys_is_completed(
    client, cds_client, cds_call, cds_fixture, load_json
):
    full = claim_of(
        cds_call(client, SID, cds_fixture("encounter-discharge__prefetch-complete.json")).get_json()
    )
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        serve_bundle(rsps, load_json("cds/bundles/demo-enc-mohs-nose.json"))
        resp = cds_call(client, SID, cds_fixture("encounter-discharge__prefetch-has-outcome.json"))
        fetched = sorted({c.request.url.split("/fhir/")[1].split("?")[0] for c in rsps.calls})
    assert fetched == ["Condition", "DocumentReference", "Procedure"]
    assert lines(claim_of(resp.get_json())) == lines(full)


def test_oracle_health_procedure_fallback(client, cds_client, cds_call, cds_fixture, load_json):
    full = claim_of(
        cds_call(client, SID, cds_fixture("encounter-discharge__prefetch-complete.json")).get_json()
    )
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        serve_bundle(rsps, load_json("cds/bundles/demo-enc-mohs-nose.json"), procedure_encounter_search=False)
        resp = cds_call(client, SID, cds_fixture("encounter-discharge__no-prefetch.json"))
    assert lines(claim_of(resp.get_json())) == lines(full)


def test_412_when_required_data_cannot_be_obtained(client, cds_client, cds_call, cds_fixture):
    resp = cds_call(client, SID, cds_fixture("encounter-discharge__no-fhir-server.json"))
    assert resp.status_code == 412
    outcome = resp.get_json()
    assert outcome["resourceType"] == "OperationOutcome"
    assert "'patient'" in outcome["issue"][0]["diagnostics"]
    assert outcome["issue"][0]["expression"] == ["prefetch.patient"]
    with responses.RequestsMock(
        assert_all_requests_are_fired=False
    ) as rsps:  # server answers 404 for the encounter
        rsps.get(
            f"{FHIR}/Encounter/demo-enc-mohs-nose",
            status=404,
            json={"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "not-found"}]},
        )
        body = cds_fixture("encounter-discharge__prefetch-complete.json")
        del body["prefetch"]["encounter"]
        resp = cds_call(client, SID, body)
    assert resp.status_code == 412
    assert resp.get_json()["issue"][0]["expression"] == ["prefetch.encounter"]


def test_deadline_expiry_answers_with_what_is_known_plus_an_info_card(
    make_app, register_client, cds_call, cds_fixture, conformance
):
    app = make_app(CDS_HOOK_DEADLINE_SECONDS=0.5)
    register_client(app)
    body = cds_fixture("encounter-discharge__prefetch-complete.json")
    del body["prefetch"]["history"]
    del body["prefetch"]["pathology"]

    def slow(_request):
        time.sleep(2)
        return 200, {}, json.dumps({"resourceType": "Bundle", "type": "searchset"})

    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        rsps.add_callback(responses.GET, f"{FHIR}/Procedure", callback=slow)
        rsps.add_callback(responses.GET, f"{FHIR}/Observation", callback=slow)
        started = time.monotonic()
        resp = cds_call(app.test_client(), SID, body)
        elapsed = time.monotonic() - started
    assert resp.status_code == 200
    assert elapsed < 1.5
    out = conformance(resp.get_json(), hook="encounter-discharge")
    claim_of(out)
    info = [c for c in out["cards"] if "could not be fetched" in c["summary"]]
    assert len(info) == 1 and "history" in info[0]["detail"] and "pathology" in info[0]["detail"]


@pytest.mark.parametrize("path", DEMO, ids=[p.stem for p in DEMO])
def test_every_demo_encounter_gets_a_draft_claim(
    client, cds_client, cds_call, hook_request, conformance, path
):
    bundle = json.loads(path.read_text())
    body = hook_request(bundle, "encounter-discharge", encounter_id=path.stem)
    resp = cds_call(client, SID, body)
    assert resp.status_code == 200
    claim = claim_of(conformance(resp.get_json(), hook="encounter-discharge"))
    assert claim["item"]


def test_inferno_encounter_discharge_request_gets_200(client, cds_client, cds_call, cds_fixture, conformance):
    body = cds_fixture("third_party/inferno-crd-test-kit__encounter_discharge_hook_request.json")
    base = body["fhirServer"]
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        rsps.get(f"{base}/Patient/example", json={"resourceType": "Patient", "id": "example"})
        rsps.get(
            f"{base}/Encounter/example",
            json={
                "resourceType": "Encounter",
                "id": "example",
                "status": "finished",
                "class": {"code": "AMB"},
                "subject": {"reference": "Patient/example"},
            },
        )
        for rtype in ("Condition", "Procedure", "DocumentReference", "Coverage", "Observation"):
            rsps.get(f"{base}/{rtype}", json={"resourceType": "Bundle", "type": "searchset"})
        resp = cds_call(client, SID, body)
        assert {c.request.headers["Authorization"] for c in rsps.calls} == {"Bearer SAMPLE_TOKEN"}
    assert resp.status_code == 200
    conformance(resp.get_json(), hook="encounter-discharge")
