"""``dermplug`` command line: ``dermplug db upgrade``, ``dermplug demo load``, ``dermplug run`` …

It is a FlaskGroup around :func:`server.app.create_app`, so ``flask --app server.app <cmd>`` works too.
"""

from __future__ import annotations

import json
from pathlib import Path

import click
from flask import current_app
from flask.cli import FlaskGroup
from flask.cli import with_appcontext


def register_commands(app) -> None:
    app.cli.add_command(db_group)
    app.cli.add_command(demo_group)
    __import__("cds_hooks.admin", fromlist=["register"]).register(app)  # practices, clients, feedback
    app.cli.add_command(__import__("server.coding_cli", fromlist=["code_command"]).code_command)  # engine CLI


@click.group("db", help="Database schema (Alembic).")
def db_group() -> None:
    pass


@db_group.command("upgrade", help="Create or migrate the schema to the latest revision.")
@click.option("--revision", default="head")
@with_appcontext
def db_upgrade(revision: str) -> None:
    from server.db import upgrade

    upgrade(current_app.config["DATABASE_URL"], revision)
    click.echo(f"schema at {revision}")


@click.group("demo", help="The demo practice shipped with the project.")
def demo_group() -> None:
    pass


@demo_group.command("load", help="Register the demo practice (idempotent).")
@with_appcontext
def demo_load() -> None:
    from server.demo import load_demo_practice

    summary = load_demo_practice(current_app)
    click.echo(json.dumps(summary))


def main() -> None:
    from server.app import create_app

    FlaskGroup(create_app=lambda: create_app(), help=__doc__)(prog_name="dermplug")


if __name__ == "__main__":  # pragma: no cover
    main()


__all__ = ["main", "register_commands", "Path"]
