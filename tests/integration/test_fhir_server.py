"""The Node FHIR test server behaves like the EHR FHIR APIs our no-prefetch paths depend on."""

from __future__ import annotations

import time

import pytest
import requests

pytestmark = pytest.mark.integration

PATIENT = {"resourceType": "Patient", "id": "itest-pat", "birthDate": "1950-02-03"}
ENCOUNTER = {
    "resourceType": "Encounter",
    "id": "itest-enc",
    "status": "finished",
    "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
    "subject": {"reference": "Patient/itest-pat"},
    "period": {"start": "2024-05-01T09:00:00Z"},
}


def procedure(pid: str, code: str, when: str, encounter: str | None = "Encounter/itest-enc") -> dict:
    res = {
        "resourceType": "Procedure",
        "id": pid,
        "status": "completed",
        "subject": {"reference": "Patient/itest-pat"},
        "performedDateTime": when,
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": code}]},
    }
    if encounter:
        res["encounter"] = {"reference": encounter}
    return res


@pytest.fixture
def fhir(fhir_server_process):
    s = fhir_server_process
    s.configure()
    s.load(
        {
            "resourceType": "Bundle",
            "type": "collection",
            "entry": [
                {"resource": PATIENT},
                {"resource": ENCOUNTER},
                {"resource": procedure("itest-p1", "11102", "2024-05-01T10:00:00Z")},
                {"resource": procedure("itest-p2", "17000", "2024-05-01T10:30:00Z")},
                {"resource": procedure("itest-p3", "11104", "2024-03-01T10:00:00Z", encounter=None)},
            ],
        }
    )
    s.clear_requests()
    yield s
    s.configure()


def ids(bundle: dict) -> set[str]:
    return {e["resource"]["id"] for e in bundle.get("entry", [])}


def test_metadata_is_an_r4_capability_statement(fhir):
    r = requests.get(f"{fhir.url}/metadata", timeout=5)
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("application/fhir+json")
    body = r.json()
    assert body["resourceType"] == "CapabilityStatement" and body["fhirVersion"] == "4.0.1"
    types = {res["type"] for res in body["rest"][0]["resource"]}
    assert {
        "Patient",
        "Encounter",
        "Procedure",
        "Condition",
        "DocumentReference",
        "Coverage",
        "Claim",
    } <= types


def test_read_and_typed_and_bare_reference_search(fhir):
    assert requests.get(f"{fhir.url}/Patient/itest-pat", timeout=5).json()["birthDate"] == "1950-02-03"
    typed = requests.get(
        f"{fhir.url}/Procedure", params={"encounter": "Encounter/itest-enc"}, timeout=5
    ).json()
    bare = requests.get(f"{fhir.url}/Procedure", params={"encounter": "itest-enc"}, timeout=5).json()
    assert typed["type"] == "searchset"
    assert ids(typed) == ids(bare) == {"itest-p1", "itest-p2"}
    entry = bare["entry"][0]
    assert entry["fullUrl"] == f"{fhir.url}/Procedure/{entry['resource']['id']}"
    assert entry["search"]["mode"] == "match"
    by_patient = requests.get(f"{fhir.url}/Procedure", params={"patient": "itest-pat"}, timeout=5).json()
    assert ids(by_patient) == {"itest-p1", "itest-p2", "itest-p3"}


def test_date_token_and_count_params(fhir):
    day = requests.get(
        f"{fhir.url}/Procedure",
        params=[("patient", "itest-pat"), ("date", "ge2024-05-01"), ("date", "le2024-05-01")],
        timeout=5,
    ).json()
    assert ids(day) == {"itest-p1", "itest-p2"}
    coded = requests.get(
        f"{fhir.url}/Procedure", params={"code": "http://www.ama-assn.org/go/cpt|11104"}, timeout=5
    ).json()
    assert ids(coded) == {"itest-p3"}
    one = requests.get(
        f"{fhir.url}/Procedure", params={"patient": "itest-pat", "_count": "1"}, timeout=5
    ).json()
    assert len(one["entry"]) == 1


def test_post_search_create_update_delete_and_transaction(fhir):
    r = requests.post(f"{fhir.url}/Procedure/_search", data={"encounter": "itest-enc"}, timeout=5)
    assert ids(r.json()) == {"itest-p1", "itest-p2"}
    created = requests.post(
        f"{fhir.url}/Condition",
        json={
            "resourceType": "Condition",
            "subject": {"reference": "Patient/itest-pat"},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "L57.0"}]},
        },
        timeout=5,
    )
    assert created.status_code == 201
    cid = created.json()["id"]
    assert created.headers["Location"].endswith(f"/Condition/{cid}")
    body = created.json() | {"onsetDateTime": "2024-01-01"}
    assert requests.put(f"{fhir.url}/Condition/{cid}", json=body, timeout=5).status_code == 200
    assert requests.delete(f"{fhir.url}/Condition/{cid}", timeout=5).status_code == 200
    assert requests.get(f"{fhir.url}/Condition/{cid}", timeout=5).status_code == 404
    tx = requests.post(
        f"{fhir.url}/",
        json={
            "resourceType": "Bundle",
            "type": "transaction",
            "entry": [
                {
                    "fullUrl": "urn:uuid:0b7e7b3e-1d7e-4c39-9d7e-5f2e0f3a9a01",
                    "resource": {"resourceType": "Patient", "birthDate": "1960-01-01"},
                    "request": {"method": "POST", "url": "Patient"},
                },
                {
                    "resource": {
                        "resourceType": "Coverage",
                        "status": "active",
                        "beneficiary": {"reference": "urn:uuid:0b7e7b3e-1d7e-4c39-9d7e-5f2e0f3a9a01"},
                        "payor": [{"display": "Medicare Part B"}],
                    },
                    "request": {"method": "POST", "url": "Coverage"},
                },
            ],
        },
        timeout=5,
    )
    assert tx.status_code == 200
    out = tx.json()
    assert out["type"] == "transaction-response"
    assert [e["response"]["status"] for e in out["entry"]] == ["201", "201"]
    new_patient = out["entry"][0]["response"]["location"]
    cov = requests.get(
        f"{fhir.url}/Coverage", params={"patient": new_patient.split("/")[1]}, timeout=5
    ).json()
    assert len(cov["entry"]) == 1


def test_bearer_token_required_when_configured(fhir):
    fhir.configure(token="right-token")
    assert requests.get(f"{fhir.url}/Patient/itest-pat", timeout=5).status_code == 401
    wrong = requests.get(f"{fhir.url}/Patient/itest-pat", headers={"Authorization": "Bearer nope"}, timeout=5)
    assert wrong.status_code == 401 and wrong.json()["resourceType"] == "OperationOutcome"
    ok = requests.get(
        f"{fhir.url}/Patient/itest-pat", headers={"Authorization": "Bearer right-token"}, timeout=5
    )
    assert ok.status_code == 200
    assert requests.get(f"{fhir.url}/metadata", timeout=5).status_code == 200


def test_oracle_mode_rejects_procedure_by_encounter_only(fhir):
    fhir.configure(oracle=True)
    r = requests.get(f"{fhir.url}/Procedure", params={"encounter": "Encounter/itest-enc"}, timeout=5)
    assert r.status_code == 400
    assert r.json()["issue"][0]["code"] == "not-supported"
    fallback = requests.get(
        f"{fhir.url}/Procedure",
        params=[("patient", "Patient/itest-pat"), ("date", "ge2024-05-01")],
        timeout=5,
    )
    assert fallback.status_code == 200 and ids(fallback.json()) == {"itest-p1", "itest-p2"}
    assert (
        requests.get(f"{fhir.url}/Condition", params={"encounter": "itest-enc"}, timeout=5).status_code == 200
    )


def test_slow_mode_delays_responses_and_requests_are_logged(fhir):
    fhir.configure(delay_ms=300)
    t0 = time.monotonic()
    assert requests.get(f"{fhir.url}/Patient/itest-pat", timeout=5).status_code == 200
    assert time.monotonic() - t0 >= 0.3
    log = fhir.requests()
    assert [(e["method"], e["path"], e["status"]) for e in log] == [("GET", "/Patient/itest-pat", 200)]
