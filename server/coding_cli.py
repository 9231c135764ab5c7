"""``dermplug code FILE_OR_DIR [--out DIR]``: the engine's batch CLI as a click command (wraps
``python -m server.coding``)."""

from __future__ import annotations

from pathlib import Path

import click


@click.command(
    "code", help="Code a FHIR Bundle file (or a directory of them) and print lines + findings as JSON."
)
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Write one result per input here.")
@click.option("--encounter", default=None, help="Encounter id to code.")
def code_command(path: Path, out: Path | None, encounter: str | None) -> None:
    from server.coding.__main__ import main

    argv = [str(path)]
    if out:
        argv += ["--out", str(out)]
    if encounter:
        argv += ["--encounter", encounter]
    raise SystemExit(main(argv))


def register(app) -> None:
    app.cli.add_command(code_command)
