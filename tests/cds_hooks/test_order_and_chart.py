"""order-sign (derm-order-review) and patient-view (derm-chart-review) services end to end."""

from __future__ import annotations

import copy
import json

import pytest
import responses

from cds_hooks.orders import CRD_COVERAGE_INFO

TOPIC_SYSTEM = "https://dermplug.org/fhir/CodeSystem/card-topic"
FHIR = "https://ehr.test.example/fhir"


def draft_refs(body):
    return {
        f"{e['resource']['resourceType']}/{e['resource']['id']}"
        for e in body["context"]["draftOrders"]["entry"]
    }


def ext_values(resource):
    (ci,) = [e for e in resource["extension"] if e["url"] == CRD_COVERAGE_INFO]
    out = {}
    for sub in ci["extension"]:
        out.setdefault(sub["url"], []).append(next(v for k, v in sub.items() if k.startswith("value")))
    return out


def test_biologic_and_phototherapy_orders_get_prior_auth_cards_and_coverage_information(
    client, cds_client, cds_call, cds_fixture, conformance
):
    body = cds_fixture("order-sign__prefetch-complete.json")
    resp = cds_call(client, "derm-order-review", body)
    assert resp.status_code == 200
    out = conformance(
        resp.get_json(), hook="order-sign", draft_refs=draft_refs(body), topic_system=TOPIC_SYSTEM
    )
    topics = sorted((c["source"]["topic"]["code"], c["summary"].split(":")[0]) for c in out["cards"])
    assert topics == [("prior-auth", "96900"), ("prior-auth", "dupilumab")]
    assert all(c["extension"]["davinci-crd.associated-resource"] for c in out["cards"])
    by_ref = {f"{a['resource']['resourceType']}/{a['resource']['id']}": a for a in out["systemActions"]}
    assert set(by_ref) == {"MedicationRequest/demo-mr-dupilumab", "ServiceRequest/demo-sr-nbuvb"}
    values = ext_values(by_ref["MedicationRequest/demo-mr-dupilumab"]["resource"])
    assert values["covered"] == ["conditional"] and values["pa-needed"] == ["auth-needed"]
    assert values["coverage"] == [{"reference": "Coverage/cov-896decb8"}]
    assert values["doc-needed"] == ["clinical"]
    # the update keeps the draft order as it was, plus the extension
    original = next(
        e["resource"]
        for e in body["context"]["draftOrders"]["entry"]
        if e["resource"]["id"] == "demo-mr-dupilumab"
    )
    updated = copy.deepcopy(by_ref["MedicationRequest/demo-mr-dupilumab"]["resource"])
    updated.pop("extension")
    assert updated == {k: v for k, v in original.items() if k != "extension"}


def test_order_without_reason_gets_documentation_card_with_update_suggestion(
    client, cds_client, cds_call, cds_fixture, conformance
):
    body = cds_fixture("order-sign__mohs-prefetch-complete.json")
    for entry in body["context"]["draftOrders"]["entry"]:
        entry["resource"].pop("reasonReference", None)
    body["prefetch"]["conditions"] = {
        "resourceType": "Bundle",
        "type": "searchset",
        "entry": [
            {
                "resource": {
                    "resourceType": "Condition",
                    "id": "demo-cond-temple-bcc",
                    "subject": {"reference": "Patient/x"},
                }
            }
        ],
    }
    out = conformance(
        cds_call(client, "derm-order-review", body).get_json(), hook="order-sign", draft_refs=draft_refs(body)
    )
    doc = next(c for c in out["cards"] if c["source"]["topic"]["code"] == "missing-documentation")
    assert doc["indicator"] == "warning"
    action = doc["suggestions"][0]["actions"][0]
    assert action["type"] == "update" and action["resource"]["id"] == "demo-sr-mohs"
    assert action["resource"]["reasonReference"] == [{"reference": "Condition/demo-cond-temple-bcc"}]
    pa = next(c for c in out["cards"] if c["source"]["topic"]["code"] == "prior-auth")
    assert pa["summary"].startswith("17311")  # Medicare Advantage: PA applies


def test_cosmetic_and_medicare_necessity_cards(client, cds_client, cds_call, cds_fixture, conformance):
    body = cds_fixture("order-sign__mohs-prefetch-complete.json")
    sr = body["context"]["draftOrders"]["entry"][0]["resource"]
    sr["code"] = {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "11200"}]}
    sr2 = copy.deepcopy(sr)
    sr2["id"] = "sr-sk"
    sr2["code"] = {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "17110"}]}
    body["context"]["draftOrders"]["entry"].append({"resource": sr2})
    cov = body["prefetch"]["coverage"]["entry"][0]["resource"]
    cov["type"] = {"coding": [{"system": "https://nahdo.org/sopt", "code": "121", "display": "Medicare FFS"}]}
    out = conformance(
        cds_call(client, "derm-order-review", body).get_json(), hook="order-sign", draft_refs=draft_refs(body)
    )
    codes = {c["source"]["topic"]["code"]: c for c in out["cards"]}
    assert codes["cosmetic"]["summary"].startswith("11200")
    assert codes["medical-necessity"]["summary"].startswith("Medicare covers 17110")
    assert "L34200" in codes["medical-necessity"]["detail"]
    assert "prior-auth" not in codes  # Medicare FFS has no PA for these


def test_no_coverage_card_and_no_coverage_information_without_coverage(
    client, cds_client, cds_call, cds_fixture, conformance
):
    body = cds_fixture("order-sign__prefetch-complete.json")
    body["prefetch"]["coverage"] = {"resourceType": "Bundle", "type": "searchset", "entry": []}
    out = conformance(cds_call(client, "derm-order-review", body).get_json(), hook="order-sign")
    assert any(c["source"]["topic"]["code"] == "coverage" for c in out["cards"])
    assert out["systemActions"] == []


def test_non_derm_orders_get_no_cards(client, cds_client, cds_call, cds_fixture, conformance):
    body = cds_fixture("order-sign__prefetch-complete.json")
    body["context"]["draftOrders"]["entry"] = [
        {
            "resource": {
                "resourceType": "MedicationRequest",
                "id": "amox",
                "status": "draft",
                "intent": "order",
                "subject": {"reference": "Patient/demo-pat-nakamura"},
                "medicationCodeableConcept": {"text": "Amoxicillin 500 mg"},
            }
        }
    ]
    out = conformance(cds_call(client, "derm-order-review", body).get_json(), hook="order-sign")
    assert out == {"cards": [], "systemActions": []}


def test_max_cards_configuration_is_honoured(client, cds_client, cds_call, cds_fixture):
    body = cds_fixture("order-sign__prefetch-complete.json")
    body["extension"] = {"davinci-crd.configuration": {"max-cards": 1}}
    assert len(cds_call(client, "derm-order-review", body).get_json()["cards"]) == 1


@responses.activate
def test_order_sign_without_prefetch_fetches_coverage(client, cds_client, cds_call, cds_fixture, load_json):
    body = cds_fixture("order-sign__no-prefetch.json")
    bundle = load_json("cds/bundles/demo-enc-order-sign-dupilumab.json")
    res = {r["resourceType"]: r for r in (e["resource"] for e in bundle["entry"])}
    responses.get(f"{FHIR}/Patient/demo-pat-nakamura", json=res["Patient"])
    responses.get(f"{FHIR}/Encounter/demo-enc-order-sign-dupilumab", json=res["Encounter"])
    responses.get(
        f"{FHIR}/Condition",
        json={"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": res["Condition"]}]},
    )
    responses.get(
        f"{FHIR}/Coverage",
        json={"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": res["Coverage"]}]},
    )
    out = cds_call(client, "derm-order-review", body).get_json()
    assert len(out["systemActions"]) == 2
    assert all(c.request.headers["Authorization"] == "Bearer test-access-token" for c in responses.calls)


# --- patient-view -------------------------------------------------------------------------------------------


@pytest.fixture
def pinned_app(make_app, register_client):
    app = make_app(CDS_NOW="2026-03-20T15:00:00+00:00")
    register_client(app)
    return app


def test_chart_review_global_period_and_unbilled_encounters(pinned_app, cds_call, cds_fixture, conformance):
    body = cds_fixture("patient-view__prefetch-complete.json")
    out = conformance(
        cds_call(pinned_app.test_client(), "derm-chart-review", body).get_json(), hook="patient-view"
    )
    by_topic = {}
    for c in out["cards"]:
        by_topic.setdefault(c["source"]["topic"]["code"], []).append(c)
    (glob,) = by_topic["global-period"]
    assert glob["summary"] == "11603 on 2026-03-10: 10-day global period open until 2026-03-20"
    assert "99024" in glob["detail"]
    assert len(by_topic["coding-suggestion"]) == 2  # both finished encounters are unbilled
    assert "coverage" not in by_topic


def test_billed_encounters_are_not_reported(pinned_app, cds_call, cds_fixture):
    from server.db.models import ClaimRecord
    from server.extensions import db

    with pinned_app.app_context(), db.session_scope() as s:
        s.add(
            ClaimRecord(
                practice_id="test-derm",
                encounter_ref="Encounter/demo-enc-postop-global",
                idempotency_key="k1",
                claim={},
                rule_ids=[],
                table_release="t",
            )
        )
    out = cds_call(
        pinned_app.test_client(), "derm-chart-review", cds_fixture("patient-view__prefetch-complete.json")
    ).get_json()
    unbilled = [c for c in out["cards"] if c["source"]["topic"]["code"] == "coding-suggestion"]
    assert len(unbilled) == 1 and "2026-03-10" in unbilled[0]["summary"]


def test_expired_coverage_and_pathology_not_reflected(pinned_app, cds_call, cds_fixture, conformance):
    body = cds_fixture("patient-view__prefetch-complete.json")
    cov = body["prefetch"]["coverage"]["entry"][0]["resource"]
    cov["period"] = {"start": "2025-01-01", "end": "2025-12-31"}
    body["prefetch"]["history"]["entry"].append(
        {
            "resource": {
                "resourceType": "Procedure",
                "id": "bx1",
                "status": "completed",
                "performedDateTime": "2026-03-16",
                "subject": {"reference": "Patient/x"},
                "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "11102"}]},
                "reasonCode": [
                    {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "D48.5"}]}
                ],
            }
        }
    )
    body["prefetch"]["pathology"]["entry"].append(
        {
            "resource": {
                "resourceType": "Observation",
                "id": "path1",
                "status": "final",
                "code": {"text": "Pathology"},
                "partOf": [{"reference": "Procedure/bx1"}],
                "valueCodeableConcept": {
                    "coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C44.519"}]
                },
            }
        }
    )
    out = conformance(
        cds_call(pinned_app.test_client(), "derm-chart-review", body).get_json(), hook="patient-view"
    )
    summaries = {c["source"]["topic"]["code"]: c["summary"] for c in out["cards"]}
    assert summaries["coverage"] == "Coverage expired on 2025-12-31: verify insurance"
    assert (
        summaries["coding-correction"]
        == "Pathology for biopsy on 2026-03-16 shows C44.519: update the diagnosis"
    )


@responses.activate
def test_chart_review_without_prefetch_fetches_everything(pinned_app, cds_call, cds_fixture, load_json):
    body = cds_fixture("patient-view__no-prefetch.json")
    bundle = load_json("cds/bundles/demo-enc-postop-global.json")
    res = [e["resource"] for e in bundle["entry"]]

    def search(rtype):
        return {
            "resourceType": "Bundle",
            "type": "searchset",
            "entry": [{"resource": r} for r in res if r["resourceType"] == rtype],
        }

    patient = next(r for r in res if r["resourceType"] == "Patient")
    responses.get(f"{FHIR}/Patient/{patient['id']}", json=patient)
    for rtype in ("Encounter", "Procedure", "Condition", "Observation", "Coverage"):
        responses.get(f"{FHIR}/{rtype}", json=search(rtype))
    out = cds_call(pinned_app.test_client(), "derm-chart-review", body).get_json()
    assert any(c["source"]["topic"]["code"] == "global-period" for c in out["cards"])
    assert len(responses.calls) == 6


def test_chart_review_with_unreachable_server_answers_with_an_info_card(pinned_app, cds_call, cds_fixture):
    body = cds_fixture("patient-view__no-prefetch.json")
    with responses.RequestsMock(assert_all_requests_are_fired=False):
        resp = cds_call(pinned_app.test_client(), "derm-chart-review", body)
    assert resp.status_code == 200
    (card,) = resp.get_json()["cards"]
    assert card["indicator"] == "info" and "could not be fetched" in card["summary"]
    assert "patient" in card["detail"]


def test_invalid_requests_are_400_operation_outcomes(client, cds_client, cds_call, cds_fixture):
    body = cds_fixture("order-sign__prefetch-complete.json")
    cases = []
    for mutate in (
        lambda b: b.pop("hookInstance"),
        lambda b: b.update(hookInstance="not-a-uuid"),
        lambda b: b["context"].update(userId="nobody"),
        lambda b: b["context"].update(patientId="Patient/1"),
        lambda b: b["context"].pop("draftOrders"),
        lambda b: b.pop("fhirServer"),
        lambda b: b["context"].update(draftOrders={"resourceType": "Patient"}),
        lambda b: b.update(hook="patient-view"),
    ):
        bad = json.loads(json.dumps(body))
        mutate(bad)
        resp = cds_call(client, "derm-order-review", bad)
        cases.append(resp.status_code)
        assert resp.get_json()["resourceType"] == "OperationOutcome"
    assert cases == [400] * 8


def test_narrative_malignant_pathology_linked_by_site_and_date(
    pinned_app, cds_call, cds_fixture, conformance
):
    body = cds_fixture("patient-view__prefetch-complete.json")
    site = {"text": "Left upper back"}
    body["prefetch"]["history"]["entry"].append(
        {
            "resource": {
                "resourceType": "Procedure",
                "id": "bx2",
                "status": "completed",
                "performedDateTime": "2026-03-12",
                "subject": {"reference": "Patient/x"},
                "bodySite": [site],
                "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "11102"}]},
                "reasonCode": [
                    {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "D48.5"}]}
                ],
            }
        }
    )
    path = {
        "resourceType": "Observation",
        "id": "path2",
        "status": "final",
        "code": {"text": "Pathology"},
        "effectiveDateTime": "2026-03-18",
        "bodySite": site,
        "valueString": "Skin, left upper back, shave biopsy: melanoma in situ, lentigo maligna type.",
    }
    body["prefetch"]["pathology"]["entry"].append({"resource": path})
    client = pinned_app.test_client()
    out = conformance(cds_call(client, "derm-chart-review", body).get_json(), hook="patient-view")
    (card,) = [c for c in out["cards"] if c["source"]["topic"]["code"] == "coding-correction"]
    assert (
        card["summary"]
        == "Pathology for biopsy on 2026-03-12 reports a malignancy not yet coded: update the diagnosis"
    )
    # once the site's condition carries a malignant (in situ) code, the card goes away
    body["prefetch"]["conditions"]["entry"].append(
        {
            "resource": {
                "resourceType": "Condition",
                "id": "mis",
                "subject": {"reference": "Patient/x"},
                "bodySite": [site],
                "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "D03.59"}]},
            }
        }
    )
    out = cds_call(client, "derm-chart-review", body).get_json()
    assert not [c for c in out["cards"] if c["source"]["topic"]["code"] == "coding-correction"]
    # a benign result is not flagged
    path["valueString"] = "Skin, left upper back: compound nevus, no evidence of malignancy."
    body["prefetch"]["conditions"]["entry"].pop()
    out = cds_call(client, "derm-chart-review", body).get_json()
    assert not [c for c in out["cards"] if c["source"]["topic"]["code"] == "coding-correction"]
