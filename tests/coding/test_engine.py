"""Engine entry point: the three input shapes, encounter selection, facts, evidence spans, CLI and speed."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest

from server.coding import CodingResult
from server.coding import PayerKind
from server.coding import code_encounter
from server.coding.__main__ import main as cli_main

ROOT = Path(__file__).resolve().parents[2]
CPT = "http://www.ama-assn.org/go/cpt"


def _bundle(*resources):
    return {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": r} for r in resources]}


def _enc(eid="e1", start="2026-03-02T09:00:00Z", em=None):
    e = {
        "resourceType": "Encounter",
        "id": eid,
        "status": "finished",
        "subject": {"reference": "Patient/p1"},
        "period": {"start": start},
    }
    if em:
        e["type"] = [{"coding": [{"system": CPT, "code": em}]}]
    return e


def _note(text, enc="e1", html=False, nid="n1"):
    return {
        "resourceType": "DocumentReference",
        "id": nid,
        "status": "current",
        "context": {"encounter": [{"reference": f"Encounter/{enc}"}]},
        "content": [
            {
                "attachment": {
                    "contentType": "text/html" if html else "text/plain",
                    "data": base64.b64encode(text.encode()).decode(),
                }
            }
        ],
    }


def _proc(pid, code=None, text="", site=None, note=None, enc="e1", date="2026-03-02"):
    p = {
        "resourceType": "Procedure",
        "id": pid,
        "status": "completed",
        "subject": {"reference": "Patient/p1"},
        "encounter": {"reference": f"Encounter/{enc}"},
        "performedDateTime": date,
        "code": {"text": text},
    }
    if code:
        p["code"]["coding"] = [{"system": CPT, "code": code}]
    if site:
        p["bodySite"] = [{"text": site}]
    if note:
        p["note"] = [{"text": note}]
    return p


def _codes(result: CodingResult) -> dict[str, int]:
    out: dict[str, int] = {}
    for ln in result.lines:
        out[ln.code] = out.get(ln.code, 0) + ln.units
    return out


def test_pre_coded_correction(tables):
    b = _bundle(
        _enc(),
        _proc("p1", "17000", "Destruction premalignant", "Face", "AK 1."),
        _proc("p2", "17003", "Destruction premalignant 2-14", "Face", "16 additional AKs."),
        _note("A/P:\n1. Actinic keratoses: seventeen (17) AKs of the face treated with LN2.\n"),
    )
    res = code_encounter(b, tables)
    assert _codes(res) == {"17004": 1}
    assert "coding-correction" in {f.topic.value for f in res.findings}


def test_deleted_code_is_invalid_code(tables):
    b = _bundle(_enc(), _proc("p1", "11100", "Biopsy", "Left forearm", "Shave biopsy of a 6 mm papule."))
    res = code_encounter(b, tables)
    assert _codes(res) == {"11102": 1}
    assert any(f.rule_id == "DRM001" and f.topic.value == "invalid-code" for f in res.findings)


def test_free_text_procedure(tables):
    b = _bundle(
        _enc(),
        _proc(
            "p1", None, "Shave removal", "Left nasal ala", "0.6 cm irritated, bleeding SK removed by shave."
        ),
    )
    res = code_encounter(b, tables)
    assert _codes(res) == {"11311": 1}
    line = res.lines[0]
    assert line.site_group == "FEENLM" and line.body_site and "nasal ala" in line.body_site.lower()
    assert line.diagnoses[0] == "L82.0"


def test_note_only_html(tables):
    html = (
        "<h3>Assessment/Plan</h3><ol><li>Actinic keratoses x 6 on the forehead: LN2 cryotherapy today.</l"
        "i>"
        "<li>Psoriasis of the elbows, flaring: start clobetasol 0.05% ointment.</li></ol>"
    )
    res = code_encounter(_bundle(_enc(em="99213"), _note(html, html=True)), tables)
    assert {k: v for k, v in _codes(res).items() if k != "99213"} == {"17000": 1, "17003": 5}
    assert res.facts.em_code == "99213"
    assert res.facts.em_separately_identifiable is True


def test_em_decision_only_not_separately_identifiable(tables):
    note = "A/P:\n1. Changing lesion, left upper back, r/o melanoma: shave biopsy performed today.\n"
    res = code_encounter(_bundle(_enc(em="99213"), _note(note)), tables)
    assert res.facts.em_separately_identifiable is False


def test_evidence_spans_point_into_the_note(tables):
    note = "A/P:\n1. Irritated SK, right upper arm, 0.8 cm, itching: shave removal performed.\n"
    res = code_encounter(_bundle(_enc(), _note(note)), tables)
    (line,) = [ln for ln in res.lines if ln.code == "11301"]
    for sp in line.evidence:
        assert sp.source == "DocumentReference/n1"
        assert note[sp.start : sp.end] == sp.text


def test_negated_and_hypothetical_procedures_are_not_coded(tables):
    note = (
        "A/P:\n1. Nevus, left back: discussed excision, patient declined.\n"
        "2. AKs of the scalp: will consider cryotherapy next visit.\n3. Wart R hand: LN2 deferred.\n"
    )
    res = code_encounter(_bundle(_enc(), _note(note)), tables)
    assert not res.lines


def test_encounter_selection_and_prior_services(tables):
    b = _bundle(
        _enc("old", "2026-02-25T09:00:00Z"),
        _enc("e1", "2026-03-05T09:00:00Z", em="99213"),
        _proc(
            "prior",
            "11602",
            "Excision",
            "Right upper back",
            "BCC 1.1 cm, 4 mm margins.",
            enc="old",
            date="2026-02-25",
        ),
        _note("Post-op visit: sutures removed, wound healing well. No other concerns.\n"),
    )
    res = code_encounter(b, tables)
    assert res.encounter_ref == "Encounter/e1"
    assert [p.code for p in res.facts.prior_services] == ["11602"]
    assert res.facts.prior_services[0].global_days == 10
    assert _codes(res) == {"99024": 1}
    res2 = code_encounter(b, tables, encounter_id="old")
    assert res2.encounter_ref == "Encounter/old"


@pytest.mark.parametrize(
    "payor,kind",
    [
        ("Medicare Part B", PayerKind.MEDICARE),
        ("Humana Medicare Advantage PPO", PayerKind.MEDICARE_ADVANTAGE),
        ("State Medicaid", PayerKind.MEDICAID),
        ("Blue Cross Blue Shield", PayerKind.COMMERCIAL),
    ],
)
def test_payer_kind(payor, kind, tables):
    b = _bundle(
        _enc(),
        {"resourceType": "Organization", "id": "o1", "name": payor},
        {
            "resourceType": "Coverage",
            "id": "c1",
            "status": "active",
            "payor": [{"reference": "Organization/o1"}],
        },
    )
    assert code_encounter(b, tables).payer_kind == kind


def test_list_of_resources_input(tables):
    res = code_encounter([_enc(), _note("A/P:\n1. AK x 2 forehead: LN2 today.\n")], tables)
    assert _codes(res) == {"17000": 1, "17003": 1}


DEMO_EXPECTED = {  # demo/README.md, codes and units (modifiers are the edits layer's)
    "demo-enc-ak-cryo-psoriasis": {"99213": 1, "17000": 1, "17003": 5},
    "demo-enc-cosmetic-sk-medicare": {"17110": 1},
    "demo-enc-edc-scc-arm": {"17262": 1},
    "demo-enc-excision-cyst-back": {"11402": 1, "12032": 1},
    "demo-enc-fse-shave-biopsies": {"99203": 1, "11102": 1, "11103": 1},
    "demo-enc-ilk-keloid": {"11900": 1, "J3301": 4},
    "demo-enc-mohs-nose": {"17311": 1, "17312": 1, "12051": 1},
    "demo-enc-order-sign-dupilumab": {"99214": 1},
    "demo-enc-order-sign-mohs": {"99213": 1},
    "demo-enc-postop-global": {"99024": 1},
}


def test_demo_encounters_code(tables):
    for path in sorted((ROOT / "demo" / "encounters").glob("*.json")):
        res = code_encounter(json.loads(path.read_text()), tables)
        assert res.table_release == tables.release
        assert res.encounter_ref.startswith("Encounter/")
        if path.stem in DEMO_EXPECTED:
            assert _codes(res) == DEMO_EXPECTED[path.stem], path.stem


def test_cli_single_file_and_batch(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    b = _bundle(_enc(), _note("A/P:\n1. AK x 3 scalp: LN2 today.\n"))
    (src / "a.json").write_text(json.dumps(b))
    (src / "b.json").write_text(json.dumps(b))
    assert cli_main([str(src / "a.json")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {ln["code"] for ln in out["lines"]} == {"17000", "17003"}
    assert set(out) >= {"encounter", "lines", "diagnoses", "findings", "table_release"}
    assert set(out["lines"][0]) >= {
        "code",
        "units",
        "modifiers",
        "diagnoses",
        "body_site",
        "rule_ids",
        "confidence",
        "evidence",
    }
    assert cli_main([str(src), "--out", str(tmp_path / "out")]) == 0
    assert sorted(p.name for p in (tmp_path / "out").glob("*.json")) == ["a.json", "b.json"]
    assert cli_main([str(src)]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.strip()]
    assert len(rows) == 2


def test_cli_module_runs():
    demo = sorted((ROOT / "demo" / "encounters").glob("*.json"))[0]
    proc = subprocess.run(
        [sys.executable, "-m", "server.coding", str(demo)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["encounter"].startswith("Encounter/")


def test_dermplug_code_prints_lines_findings_and_a_validated_draft_claim(app, tmp_path):
    from fhir.resources.R4B.claim import Claim

    from server.coding_cli import code_command

    demo = ROOT / "demo" / "encounters" / "demo-enc-mohs-nose.json"
    result = app.test_cli_runner().invoke(code_command, [str(demo)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    claim = Claim.model_validate(doc["claim"])
    assert claim.status == "draft"
    assert [i.productOrService.coding[0].code for i in claim.item] == [ln["code"] for ln in doc["lines"]]
    assert "findings" in doc

    out = tmp_path / "out"
    batch = app.test_cli_runner().invoke(code_command, [str(ROOT / "demo" / "encounters"), "--out", str(out)])
    assert batch.exit_code == 0, batch.output
    assert len(list(out.glob("*.json"))) == len(list((ROOT / "demo" / "encounters").glob("*.json")))
