"""Card rendering (pure). Uses hand-built CodingResults; the service tests use the real engine."""

from __future__ import annotations

import itertools
import json
from datetime import date

from cds_hooks import cards as C
from server.claims.builder import build_claim
from server.coding.model import CodingResult
from server.coding.model import Finding
from server.coding.model import Fix
from server.coding.model import Line
from server.coding.model import PayerKind
from server.coding.model import Severity
from server.coding.model import Span
from server.coding.model import Topic

TOPIC_SYSTEM = "https://dermplug.org/fhir/CodeSystem/card-topic"


def ctx(**kw):
    counter = itertools.count(1)
    base = dict(
        topic_system=TOPIC_SYSTEM,
        launch_url="https://derm.example.com/app/launch",
        encounter_id="e1",
        patient_id="p1",
        new_uuid=lambda: f"00000000-0000-4000-8000-{next(counter):012d}",
    )
    base.update(kw)
    return C.CardContext(**base)


SPAN = Span("DocumentReference/n1", 10, 52, "Mohs stage 1: 3 blocks, positive margin at 3 o'clock")
RESULT = CodingResult(
    encounter_ref="Encounter/e1",
    patient_ref="Patient/p1",
    service_date=date(2026, 3, 20),
    payer_kind=PayerKind.MEDICARE,
    lines=(
        Line(
            "17311",
            diagnoses=("C44.311",),
            body_site="left nasal ala",
            evidence=(SPAN,),
            rule_ids=("DRM301",),
        ),
        Line("17312", diagnoses=("C44.311",)),
        Line("12051", diagnoses=("C44.311",)),
    ),
    diagnoses=("C44.311",),
    findings=(
        Finding(
            "PTP001",
            Topic.NCCI,
            Severity.ERROR,
            "12051 is bundled into 17311 unless a separate site",
            detail="NCCI pair 17311/12051, modifier indicator 1.",
            evidence=(SPAN,),
            reference="NCCI PTP practitioner 2024Q3",
            line_refs=(2,),
            fix=Fix("Remove the repair line", replace_line=2, remove=True),
        ),
        Finding("DOC001", Topic.MISSING_DOCUMENTATION, Severity.INFO, "Repair length documented once"),
    ),
    table_release="ncci-2024Q3+pfs-2025D",
)


def test_visit_card_carries_a_create_claim_action():
    claim = build_claim(RESULT, practice={"id": "x", "name": "X"}, created="2026-03-20T17:00:00Z")
    card = C.visit_coding_card(RESULT, claim, ctx()).card
    assert card["summary"] == "Proposed claim: 17311, 17312, 12051"
    assert card["indicator"] == "warning"  # an ERROR finding exists
    assert card["source"]["topic"] == {
        "system": TOPIC_SYSTEM,
        "code": "coding-suggestion",
        "display": "Coding suggestion",
    }
    (sugg,) = card["suggestions"]
    assert sugg["isRecommended"] is True and sugg["uuid"]
    assert card["selectionBehavior"] == "at-most-one"
    (action,) = sugg["actions"]
    assert action["type"] == "create" and action["resource"]["resourceType"] == "Claim"
    assert action["resource"]["status"] == "draft"
    assert "3 lines" in action["description"]
    assert "| 1 | 17311 |" in card["detail"]
    assert "Mohs stage 1: 3 blocks" in card["detail"]  # evidence is quoted
    assert "`DRM301`" in card["detail"]
    assert "DOC001" in card["detail"]  # info findings are folded into the visit card
    link = card["links"][0]
    assert link["type"] == "smart" and link["url"] == "https://derm.example.com/app/launch"
    assert json.loads(link["appContext"]) == {"encounterId": "e1", "patientId": "p1"}
    assert all(r["display"] for r in card["overrideReasons"])


def test_finding_card_quotes_evidence_names_rule_and_source_and_offers_fix():
    fixed = build_claim(RESULT, practice={"id": "x"}, created="2026-03-20")
    card = C.finding_card(RESULT.findings[0], ctx(), fixed_claim=fixed).card
    assert card["indicator"] == "critical"
    assert card["source"]["topic"]["code"] == "ncci"
    assert "> “Mohs stage 1" in card["detail"]
    assert "Rule `PTP001` — source: NCCI PTP practitioner 2024Q3" in card["detail"]
    assert card["suggestions"][0]["label"] == "Remove the repair line"
    assert card["suggestions"][0]["actions"][0]["type"] == "create"


def test_no_empty_optional_members_and_no_suggestions_without_fix():
    f = Finding("MUE001", Topic.MUE, Severity.WARNING, "x" * 300)
    card = C.finding_card(f, ctx(launch_url=None, encounter_id=None, patient_id=None)).card
    assert len(card["summary"]) < 140 and card["summary"].endswith("…")
    assert "suggestions" not in card and "selectionBehavior" not in card and "links" not in card
    assert C.clean({"a": None, "b": "", "c": [], "d": {}, "e": [None, {"f": ""}], "g": False, "h": 0}) == {
        "g": False,
        "h": 0,
    }


def test_markdown_in_evidence_is_escaped():
    span = Span("DocumentReference/n1", 0, 10, "<script>alert(1)</script> [link](http://x) *bold*")
    out = C.quote(span)
    assert "<script>" not in out and "\\<script\\>" in out
    assert "\\[link\\]" in out


def test_limit_cards_keeps_the_most_severe():
    c = ctx()
    cards = [
        C.make_card(c, summary=f"s{i}", indicator=ind, topic="mue")
        for i, ind in enumerate(["info", "warning", "critical", "info"])
    ]
    kept = C.limit_cards(cards, 2)
    assert [k.card["indicator"] for k in kept] == ["warning", "critical"]
    assert C.limit_cards(cards, None) == cards
