"""``dermplug code FILE_OR_DIR [--out DIR] [--practice ID]``: code FHIR Bundles and print, per encounter, the
lines, findings and the draft FHIR R4 Claim as JSON (batch with a progress bar for a directory).

The engine's own ``python -m server.coding`` prints lines and findings; this command adds the Claim, built
for the given registered practice (billing provider NPI, place of service).
"""

from __future__ import annotations

from datetime import UTC
from datetime import datetime
from pathlib import Path
from typing import Any

import click
from flask.cli import with_appcontext


def _practice(practice_id: str | None) -> dict[str, Any]:
    if not practice_id:
        return {"id": "unspecified", "name": "billing provider (use --practice)", "settings": {}}
    from server.db.repositories import PracticeRepository
    from server.extensions import db

    with db.session_scope() as s:
        p = PracticeRepository(s).get(practice_id)
        if p is None:
            raise click.ClickException(f"no practice {practice_id}; see `dermplug practices list`")
        return {"id": p.id, "name": p.name, "npi": p.npi, "settings": dict(p.settings or {})}


@click.command("code", help="Code a FHIR Bundle file (or a directory of them): lines, findings and draft Claim.")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Write one result per input here.")
@click.option("--encounter", default=None, help="Encounter id to code.")
@click.option("--practice", "practice_id", default=None, help="Registered practice the claim is billed by.")
@with_appcontext
def code_command(path: Path, out: Path | None, encounter: str | None, practice_id: str | None) -> None:
    from server.claims.builder import ClaimBuildError
    from server.claims.builder import build_claim
    from server.coding.__main__ import main
    from server.coding.serialize import result_to_dict

    practice = _practice(practice_id)
    created = datetime.now(UTC).isoformat(timespec="seconds")

    def render(result) -> dict[str, Any]:
        out_doc = result_to_dict(result)
        try:
            out_doc["claim"] = build_claim(result, practice=practice, created=created)
        except ClaimBuildError as exc:
            out_doc["claim"], out_doc["claim_error"] = None, str(exc)
        return out_doc

    argv = [str(path)]
    if out:
        argv += ["--out", str(out)]
    if encounter:
        argv += ["--encounter", encounter]
    raise SystemExit(main(argv, render=render, prog="dermplug code"))


def register(app) -> None:
    app.cli.add_command(code_command)
