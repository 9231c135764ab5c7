"""The demo practice: a registered practice plus the encounters in ``demo/encounters`` (FHIR R4 bundles)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from server.db.repositories import ClientRepository
from server.db.repositories import PracticeRepository
from server.extensions import db


def demo_dir(app) -> Path:
    return Path(app.config["DEMO_DATA_DIR"])


def demo_encounters(app) -> dict[str, dict[str, Any]]:
    """Demo bundles by file stem, in name order."""
    folder = demo_dir(app) / "encounters"
    return {p.stem: json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))}


def load_demo_practice(app) -> dict[str, Any]:
    spec = json.loads((demo_dir(app) / "practice.json").read_text())
    with db.session_scope() as s:
        p = spec["practice"]
        PracticeRepository(s).upsert(p["id"], p["name"], p.get("npi"), p.get("tax_id"), p.get("settings"))
        for c in spec.get("clients", []):
            c = dict(c)
            ClientRepository(s).upsert(issuer=c.pop("issuer"), practice_id=p["id"], **c)
    return {"practice": spec["practice"]["id"], "clients": len(spec.get("clients", [])),
            "encounters": len(demo_encounters(app))}
