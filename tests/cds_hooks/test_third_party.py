"""Requests and cards written by others (HL7 Da Vinci CRD, Inferno CRD test kit) — see fixtures/cds/third_party."""

from __future__ import annotations

import pytest
import responses

TP = "third_party/"


def test_crd_order_sign_request_gets_200(client, cds_client, cds_call, cds_fixture, conformance):
    body = cds_fixture(TP + "hl7-davinci-crd__CRDServiceRequest__order-sign.json")
    with responses.RequestsMock(
        assert_all_requests_are_fired=False
    ) as rsps:  # its fhirServer is not reachable
        resp = cds_call(client, "derm-order-review", body)
        assert all(
            c.request.headers["Authorization"] == "Bearer some-opaque-fhir-access-token" for c in rsps.calls
        )
    assert resp.status_code == 200
    out = conformance(resp.get_json(), hook="order-sign")
    # mammography + home oxygen: not dermatology → no advice, but systemActions is present (Inferno check 12)
    assert out == {"cards": [], "systemActions": []}


def test_crd_order_sign_with_a_derm_billing_option_is_reviewed(
    client, cds_client, cds_call, cds_fixture, conformance
):
    body = cds_fixture(TP + "hl7-davinci-crd__CRDServiceRequest__order-sign.json")
    sr = body["context"]["draftOrders"]["entry"][0]["resource"]
    sr["code"]["extension"].append(
        {
            "url": "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-billing-options",
            "valueCodeableConcept": {
                "coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "17311"}]
            },
        }
    )
    with responses.RequestsMock(assert_all_requests_are_fired=False):
        out = conformance(
            cds_call(client, "derm-order-review", body).get_json(),
            hook="order-sign",
            draft_refs={"ServiceRequest/1357", "ServiceRequest/2468"},
        )
    (action,) = out["systemActions"]
    assert action["resource"]["id"] == "1357"
    assert any(c["source"]["topic"]["code"] == "prior-auth" for c in out["cards"])
    # absolute references in the request are kept as sent
    assert action["resource"]["subject"] == {"reference": "http://example.org/fhir/Patient/123"}


def test_inferno_order_sign_request_gets_200(client, cds_client, cds_call, cds_fixture, conformance):
    body = cds_fixture(TP + "inferno-crd-test-kit__order_sign_hook_request.json")
    with responses.RequestsMock(assert_all_requests_are_fired=False):
        resp = cds_call(client, "derm-order-review", body)
    assert resp.status_code == 200
    assert conformance(resp.get_json(), hook="order-sign") == {"cards": [], "systemActions": []}


def test_inferno_valid_cards_pass_our_conformance_checker(cds_fixture, conformance):
    cards = cds_fixture(TP + "inferno-crd-test-kit__valid_cards.json")
    conformance({"cards": cards}, hook="order-select", ours=False)


def test_checker_flags_the_crd_example_system_action_without_description(cds_fixture, conformance):
    body = cds_fixture(TP + "hl7-davinci-crd__CRDServiceResponse.json")
    with pytest.raises((AssertionError, KeyError)):
        conformance(body, hook="order-sign", ours=False)
    for action in body["systemActions"]:
        action["description"] = "coverage information"
    conformance(body, hook="order-sign", ours=False)
