"""EHR-admin commands and config-as-code for practices and CDS clients.

CLI (registered on ``dermplug``)::

    dermplug practices add demo-derm "Riverside Dermatology" --npi 1245319599 --pos 11
    dermplug practices list
    dermplug clients add https://fhir.example.org/api/FHIR/R4 --practice demo-derm --vendor epic \
        --jwks-url https://fhir.example.org/api/epic/2019/Security/Open/PublicKeys/530013/530013
    dermplug clients list
    dermplug clients revoke https://fhir.example.org/api/FHIR/R4
    dermplug clients sync config/clients.json
    dermplug feedback stats [--practice demo-derm]

Config file (``CLIENTS_CONFIG_FILE`` / ``DERMPLUG_CLIENTS_CONFIG_FILE``), read at app start::

    {"practices": [{"id": ..., "name": ..., "npi": ..., "tax_id": ..., "settings": {...}}],
     "clients": [{"issuer": ..., "practice_id": ..., "name": ..., "vendor": "epic|oracle|modmed|other",
                  "jwks_url": ..., "jku_allowlist": [...], "jwks": {"keys": [...]}, "fhir_base": ...,
                  "enabled_services": [...], "enabled": true}]}

Upserts are idempotent; clients absent from the file are left alone (revoke them explicitly).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import click
from flask.cli import with_appcontext
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import ProgrammingError

from cds_hooks.services import SERVICES
from server.db.models import utcnow
from server.db.repositories import ClientRepository
from server.db.repositories import FeedbackRepository
from server.db.repositories import PracticeRepository
from server.extensions import db

logger = logging.getLogger(__name__)

VENDORS = ("epic", "oracle", "modmed", "other")
CLIENT_FIELDS = ("tenant", "name", "vendor", "jwks_url", "jku_allowlist", "jwks", "fhir_base", "enabled_services")


class ConfigError(ValueError):
    pass


def _validate_client(c: dict[str, Any], practices: set[str]) -> None:
    if not isinstance(c.get("issuer"), str) or not c["issuer"]:
        raise ConfigError("client without issuer")
    if c.get("practice_id") not in practices:
        raise ConfigError(f"client {c['issuer']}: unknown practice_id")
    if c.get("vendor", "other") not in VENDORS:
        raise ConfigError(f"client {c['issuer']}: vendor must be one of {VENDORS}")
    if not (c.get("jwks") or c.get("jwks_url") or c.get("jku_allowlist")):
        raise ConfigError(f"client {c['issuer']}: needs jwks, jwks_url or jku_allowlist")
    if c.get("jwks") is not None and not isinstance((c["jwks"] or {}).get("keys"), list):
        raise ConfigError(f"client {c['issuer']}: jwks must be a JWK Set")
    unknown = set(c.get("enabled_services") or []) - set(SERVICES)
    if unknown:
        raise ConfigError(f"client {c['issuer']}: unknown services {sorted(unknown)}")


def apply_config(session, spec: dict[str, Any]) -> dict[str, int]:
    """Idempotent upsert of practices and clients from a config document (no deletions)."""
    practices = spec.get("practices") or []
    clients = spec.get("clients") or []
    prepo, crepo = PracticeRepository(session), ClientRepository(session)
    for p in practices:
        if not p.get("id") or not p.get("name"):
            raise ConfigError("practice needs id and name")
        prepo.upsert(p["id"], p["name"], p.get("npi"), p.get("tax_id"), p.get("settings"))
    session.flush()
    known = {p.id for p in prepo.all()}
    for c in clients:
        _validate_client(c, known)
        fields = {k: c[k] for k in CLIENT_FIELDS if k in c}
        fields.setdefault("jku_allowlist", [])
        fields.setdefault("enabled_services", [])
        client = crepo.upsert(issuer=c["issuer"], practice_id=c["practice_id"], **fields)
        if c.get("enabled") is False:
            client.enabled, client.revoked_at = False, client.revoked_at or utcnow()
    return {"practices": len(practices), "clients": len(clients)}


def load_config_file(app) -> dict[str, int] | None:
    """Read ``CLIENTS_CONFIG_FILE`` at start. A missing schema is logged, not fatal (``db upgrade`` runs later)."""
    path = app.config.get("CLIENTS_CONFIG_FILE")
    if not path:
        return None
    spec = json.loads(Path(path).read_text())
    with app.app_context():
        try:
            with db.session_scope() as s:
                summary = apply_config(s, spec)
        except (OperationalError, ProgrammingError):
            logger.warning("clients config not applied: database schema not migrated yet")
            return None
        except BaseException:
            db.session.remove()
            db.engine.dispose()  # the app will not start: close its pooled connections now
            raise
    logger.info("clients config applied practices=%d clients=%d", summary["practices"], summary["clients"])
    return summary


# --- CLI ----------------------------------------------------------------------------------------------------


@click.group("practices", help="Tenants (dermatology practices).")
def practices_group() -> None:
    pass


@practices_group.command("add", help="Add or update a practice.")
@click.argument("practice_id")
@click.argument("name")
@click.option("--npi")
@click.option("--tax-id")
@click.option("--pos", "place_of_service", default="11", show_default=True, help="CMS place of service code")
@with_appcontext
def practices_add(
    practice_id: str, name: str, npi: str | None, tax_id: str | None, place_of_service: str
) -> None:
    with db.session_scope() as s:
        existing = PracticeRepository(s).get(practice_id)
        settings = dict(existing.settings or {}) if existing else {}
        settings["place_of_service"] = place_of_service
        PracticeRepository(s).upsert(practice_id, name, npi, tax_id, settings)
    click.echo(f"practice {practice_id} saved")


@practices_group.command("list", help="List practices.")
@with_appcontext
def practices_list() -> None:
    with db.session_scope() as s:
        rows = [{"id": p.id, "name": p.name, "npi": p.npi} for p in PracticeRepository(s).all()]
    click.echo(json.dumps(rows, indent=2))


@click.group("clients", help="Registered CDS clients (EHRs) whose JWTs are accepted.")
def clients_group() -> None:
    pass


@clients_group.command("add", help="Register (or update) an EHR client by its JWT issuer.")
@click.argument("issuer")
@click.option("--practice", "practice_id", required=True)
@click.option("--name")
@click.option("--vendor", type=click.Choice(VENDORS), default="other", show_default=True)
@click.option("--jwks-url", help="JWK Set URL (cached, refetched on unknown kid)")
@click.option(
    "--jwks-file", type=click.Path(exists=True, dir_okay=False), help="JWK Set stored at registration"
)
@click.option("--jku", "jku_allowlist", multiple=True, help="allow-listed jku URL (repeatable)")
@click.option("--fhir-base")
@click.option("--tenant", default="", help="JWT `tenant` claim this registration is for (Oracle Health); default any")
@click.option(
    "--service",
    "services",
    multiple=True,
    type=click.Choice(sorted(SERVICES)),
    help="enable only these services (repeatable; default all)",
)
@with_appcontext
def clients_add(
    issuer, practice_id, name, vendor, jwks_url, jwks_file, jku_allowlist, fhir_base, tenant, services
) -> None:
    spec = {
        "issuer": issuer,
        "tenant": tenant,
        "practice_id": practice_id,
        "name": name or issuer,
        "vendor": vendor,
        "jwks_url": jwks_url,
        "jku_allowlist": list(jku_allowlist),
        "fhir_base": fhir_base,
        "enabled_services": list(services),
    }
    if jwks_file:
        spec["jwks"] = json.loads(Path(jwks_file).read_text())
    try:
        with db.session_scope() as s:
            known = {p.id for p in PracticeRepository(s).all()}
            _validate_client(spec, known)
            ClientRepository(s).upsert(
                issuer=issuer, practice_id=practice_id, **{k: spec[k] for k in CLIENT_FIELDS if k in spec}
            )
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"client {issuer} registered for practice {practice_id}")


@clients_group.command("list", help="List registered clients.")
@with_appcontext
def clients_list() -> None:
    with db.session_scope() as s:
        rows = [
            {
                "issuer": c.issuer,
                "tenant": c.tenant or "any",
                "practice": c.practice_id,
                "vendor": c.vendor,
                "jwks_url": c.jwks_url,
                "stored_keys": len((c.jwks or {}).get("keys") or []),
                "jku_allowlist": c.jku_allowlist,
                "services": c.enabled_services or "all",
                "enabled": c.enabled and c.revoked_at is None,
            }
            for c in ClientRepository(s).all()
        ]
    click.echo(json.dumps(rows, indent=2))


@clients_group.command("revoke", help="Stop accepting JWTs from this issuer (and tenant).")
@click.argument("issuer")
@click.option("--tenant", default="", help="the registration's tenant (Oracle Health)")
@with_appcontext
def clients_revoke(issuer: str, tenant: str) -> None:
    with db.session_scope() as s:
        c = ClientRepository(s).exact(issuer, tenant)
        if c is None:
            raise click.ClickException(f"no client {issuer}")
        c.enabled, c.revoked_at = False, utcnow()
    click.echo(f"client {issuer} revoked")


@clients_group.command("sync", help="Apply a practices/clients config file now (idempotent, no deletions).")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@with_appcontext
def clients_sync(path: str) -> None:
    try:
        with db.session_scope() as s:
            summary = apply_config(s, json.loads(Path(path).read_text()))
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(json.dumps(summary))


@click.group("feedback", help="CDS card feedback.")
def feedback_group() -> None:
    pass


@feedback_group.command("stats", help="Acceptance rate per rule id.")
@click.option("--practice", "practice_id")
@with_appcontext
def feedback_stats(practice_id: str | None) -> None:
    with db.session_scope() as s:
        rows = FeedbackRepository(s).stats(practice_id)
    click.echo(json.dumps(rows, indent=2))


def register(app) -> None:
    for group in (practices_group, clients_group, feedback_group):
        app.cli.add_command(group)


__all__ = ["apply_config", "load_config_file", "register"]
