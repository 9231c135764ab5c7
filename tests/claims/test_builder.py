"""Draft Claim builder: every emitted Claim validates as FHIR R4 (fhir.resources.R4B)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from fhir.resources.R4B.claim import Claim

from server.claims.builder import ClaimBuildError
from server.claims.builder import apply_fix
from server.claims.builder import build_claim
from server.claims.builder import code_system
from server.coding.model import CodingResult
from server.coding.model import Finding
from server.coding.model import Fix
from server.coding.model import Line
from server.coding.model import PayerKind
from server.coding.model import Severity
from server.coding.model import Topic
from server.fhir_helpers import codes

PRACTICE = {
    "id": "demo-derm",
    "name": "Riverside Dermatology",
    "npi": "1245319599",
    "settings": {"place_of_service": "11"},
}


def result(lines, diagnoses=("C44.311", "L57.0"), **kw) -> CodingResult:
    base = dict(
        encounter_ref="Encounter/e1",
        patient_ref="Patient/p1",
        service_date=date(2026, 3, 20),
        payer_kind=PayerKind.MEDICARE,
        lines=tuple(lines),
        diagnoses=tuple(diagnoses),
        findings=(),
        table_release="ncci-2024Q3+pfs-2025D",
        coverage_ref="Coverage/c1",
        provider_ref="Practitioner/dr",
    )
    base.update(kw)
    return CodingResult(**base)


LINES = [
    Line("99213", modifiers=("25",), diagnoses=("L57.0",), rule_ids=("MOD001",)),
    Line("17311", diagnoses=("C44.311",), body_site="left nasal ala", rule_ids=("DRM301",)),
    Line("17312", units=1, diagnoses=("C44.311",)),
    Line("17003", units=5, diagnoses=("L57.0",)),
    Line("J3301", units=4, diagnoses=("L91.0", "L57.0")),
    Line("17110", modifiers=("GX", "GY"), diagnoses=("L82.1",)),
]


def test_claim_has_every_required_element_and_validates_as_r4b():
    r = result(LINES, diagnoses=("C44.311", "L57.0", "L91.0", "L82.1"))
    claim = build_claim(r, practice=PRACTICE, created="2026-03-20T17:00:00+00:00", claim_id="draft-1")
    model = Claim.model_validate(claim)
    again = Claim.model_validate(json.loads(model.model_dump_json()))  # validate → dump → validate
    assert again.status == "draft" and again.use == "claim"
    assert claim["type"]["coding"][0] == {"system": codes.CLAIM_TYPE, "code": "professional"}
    assert claim["priority"]["coding"][0]["code"] == "normal"
    assert claim["patient"] == {"reference": "Patient/p1"}
    assert claim["provider"]["identifier"]["value"] == "1245319599"
    assert claim["insurance"] == [{"sequence": 1, "focal": True, "coverage": {"reference": "Coverage/c1"}}]
    assert [d["diagnosisCodeableConcept"]["coding"][0] for d in claim["diagnosis"]] == [
        {"system": codes.ICD10CM, "code": c} for c in ("C44.311", "L57.0", "L91.0", "L82.1")
    ]
    assert [d["sequence"] for d in claim["diagnosis"]] == [1, 2, 3, 4]
    items = claim["item"]
    assert [i["sequence"] for i in items] == [1, 2, 3, 4, 5, 6]
    assert items[0]["productOrService"]["coding"][0] == {"system": codes.CPT, "code": "99213"}
    assert items[0]["modifier"] == [{"coding": [{"system": codes.CPT, "code": "25"}]}]
    assert items[0]["diagnosisSequence"] == [2]
    assert items[1]["bodySite"] == {"text": "left nasal ala"}
    assert items[3]["quantity"] == {"value": 5}
    assert items[4]["productOrService"]["coding"][0]["system"] == codes.HCPCS
    assert items[4]["diagnosisSequence"] == [3, 2]
    assert [m["coding"][0] for m in items[5]["modifier"]] == [
        {"system": codes.HCPCS, "code": "GX"},
        {"system": codes.HCPCS, "code": "GY"},
    ]
    assert all(i["servicedDate"] == "2026-03-20" for i in items)
    assert all(i["encounter"] == [{"reference": "Encounter/e1"}] for i in items)
    assert all(i["locationCodeableConcept"]["coding"][0]["code"] == "11" for i in items)
    exts = {e["url"]: e["valueString"] for e in claim["extension"]}
    assert exts[codes.EXT_TABLE_RELEASE] == "ncci-2024Q3+pfs-2025D"
    assert exts[codes.EXT_RULE_IDS].split() == ["MOD001", "DRM301"]
    assert items[1]["extension"] == [{"url": codes.EXT_RULE_IDS, "valueString": "DRM301"}]
    assert claim["careTeam"][0]["provider"] == {"reference": "Practitioner/dr"}


def test_diagnosis_pointers_are_at_most_four():
    dx_codes = ("L57.0", "L82.1", "L82.0", "D22.5", "L72.0")
    r = result([Line("99213", diagnoses=dx_codes)], diagnoses=dx_codes)
    claim = build_claim(r, practice=PRACTICE, created="2026-03-20")
    assert claim["item"][0]["diagnosisSequence"] == [1, 2, 3, 4]
    assert len(claim["diagnosis"]) == 5


def test_no_coverage_and_no_patient_still_validate():
    r = result(
        [Line("11102", diagnoses=("D48.5",))],
        diagnoses=("D48.5",),
        coverage_ref=None,
        patient_ref=None,
        provider_ref=None,
        service_date=None,
    )
    claim = build_claim(r, practice={"id": "p"}, created=date(2026, 3, 20))
    Claim.model_validate(claim)
    assert claim["insurance"][0]["coverage"] == {"display": "no coverage on file"}
    assert "careTeam" not in claim and "billablePeriod" not in claim
    assert "servicedDate" not in claim["item"][0]


def test_no_lines_and_bad_codes_are_rejected():
    with pytest.raises(ClaimBuildError):
        build_claim(result([]), practice=PRACTICE, created="2026-03-20")
    with pytest.raises(ClaimBuildError):
        build_claim(result([Line("1234")]), practice=PRACTICE, created="2026-03-20")
    assert code_system("0001T") == codes.CPT
    assert code_system("G0168") == codes.HCPCS


def test_apply_fix_replace_remove_add():
    r = result(LINES[:2])
    add = apply_fix(r, Fix("add repair", new_line=Line("12051", diagnoses=("C44.311",))))
    assert [line.code for line in add.lines] == ["99213", "17311", "12051"]
    removed = apply_fix(r, Fix("drop E/M", replace_line=0, remove=True))
    assert [line.code for line in removed.lines] == ["17311"]
    replaced = apply_fix(r, Fix("no 25", replace_line=0, new_line=Line("99213", diagnoses=("Z12.83",))))
    assert replaced.lines[0].modifiers == () and "Z12.83" in replaced.diagnoses
    claim = build_claim(replaced, practice=PRACTICE, created="2026-03-20")
    Claim.model_validate(claim)


def test_no_cpt_descriptor_text_only_our_labels():
    r = result([Line("17311", diagnoses=("C44.311",), label="Mohs, first stage (H/N)")])
    claim = build_claim(r, practice=PRACTICE, created="2026-03-20")
    assert claim["item"][0]["productOrService"]["text"] == "Mohs, first stage (H/N)"
    assert "display" not in claim["item"][0]["productOrService"]["coding"][0]


def test_finding_fix_claims_are_valid_too():
    f = Finding(
        "MOD002",
        Topic.MODIFIER,
        Severity.WARNING,
        "E/M without separate work",
        fix=Fix("Remove the E/M line", replace_line=0, remove=True),
    )
    r = result(LINES[:2], findings=(f,))
    Claim.model_validate(build_claim(apply_fix(r, f.fix), practice=PRACTICE, created="2026-03-20"))
