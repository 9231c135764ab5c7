"""CDS Hooks routes: discovery, the three services, feedback, per-rule feedback stats; CORS.

Views stay thin: CORS → auth → schema → prefetch → handler → persist → JSON. They raise; the app's error
handler renders OperationOutcome.
"""

from __future__ import annotations

import itertools
import logging
import time
from datetime import UTC
from datetime import datetime

from flask import current_app
from flask import g
from flask import request

from cds_hooks import bp
from cds_hooks.auth import ClientPrincipal
from cds_hooks.auth import JwksCache
from cds_hooks.auth import bearer_token
from cds_hooks.auth import require_service
from cds_hooks.auth import unauthorized
from cds_hooks.auth import verify_jwt
from cds_hooks.cards import CardContext
from cds_hooks.handlers import HANDLERS
from cds_hooks.handlers import HookCall
from cds_hooks.prefetch import gather
from cds_hooks.schemas import FeedbackRequestSchema
from cds_hooks.schemas import HookRequestSchema
from cds_hooks.services import SERVICES
from cds_hooks.services import discovery_document
from server.db.repositories import CardRepository
from server.db.repositories import ClaimRecordRepository
from server.db.repositories import CodingRunRepository
from server.db.repositories import FeedbackRepository
from server.db.repositories import PracticeRepository
from server.db.repositories import SeenJtiRepository
from server.errors import InvalidRequest
from server.errors import NotFound
from server.errors import PrefetchMissing
from server.extensions import db
from server.http import json_response

logger = logging.getLogger(__name__)

PURGE_EVERY = 500
_hook_schema = HookRequestSchema()
_feedback_schema = FeedbackRequestSchema()


# --- CORS (answered before auth; headers on every response of this blueprint, errors included) -------------


def _allowed_origin(origin: str | None) -> str | None:
    if not origin:
        return None
    conf = current_app.config.get("CDS_CORS_ORIGINS") or ""
    allowed = [
        o.strip().rstrip("/") for o in (conf if isinstance(conf, list) else str(conf).split(",")) if o.strip()
    ]
    if "*" in allowed:
        return "*"
    return origin if origin.rstrip("/") in allowed else None


@bp.after_request
def _cors(resp):
    allow = _allowed_origin(request.headers.get("Origin"))
    if allow:
        resp.headers["Access-Control-Allow-Origin"] = allow
        if allow != "*":
            resp.headers.add("Vary", "Origin")
        resp.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        resp.headers["Access-Control-Allow-Headers"] = "Authorization, Content-Type"
        resp.headers["Access-Control-Max-Age"] = "600"
    return resp


def _preflight():
    return current_app.response_class(status=204)


# --- auth ---------------------------------------------------------------------------------------------------


def _jwks_cache() -> JwksCache:
    cache = current_app.extensions.get("cds_jwks_cache")
    if cache is None:
        cache = JwksCache(float(current_app.config.get("CDS_JWKS_CACHE_SECONDS", 3600)))
        current_app.extensions["cds_jwks_cache"] = cache
    return cache


def jwt_required() -> bool:
    return (
        bool(current_app.config.get("CDS_REQUIRE_JWT", True))
        or current_app.config.get("ENV_NAME") == "production"
    )


def expected_audience() -> str:
    base = current_app.config.get("PUBLIC_BASE_URL")
    if base:
        return base.rstrip("/") + request.path
    return request.base_url


def authenticate(*, optional: bool = False) -> ClientPrincipal | None:
    token = bearer_token(request.headers.get("Authorization"))
    if token is None:
        if optional or not jwt_required():
            return None
        raise unauthorized()
    cfg = current_app.config
    with db.session_scope() as s:
        principal = verify_jwt(
            token,
            expected_aud=expected_audience(),
            session=s,
            cache=_jwks_cache(),
            max_lifetime=int(cfg.get("CDS_JWT_MAX_LIFETIME_SECONDS", 300)),
            leeway=int(cfg.get("CDS_JWT_LEEWAY_SECONDS", 60)),
        )
        counter = current_app.extensions.setdefault("cds_auth_count", itertools.count(1))
        if next(counter) % PURGE_EVERY == 0:  # seen-jti rows are only needed until the token expires
            SeenJtiRepository(s).purge_expired()
    return principal


def _practice_id(principal: ClientPrincipal | None) -> str | None:
    return principal.practice_id if principal else current_app.config.get("CDS_DEFAULT_PRACTICE_ID")


def _now() -> datetime:
    """The request clock; ``CDS_NOW`` (ISO datetime) pins it in tests and demos."""
    pinned = current_app.config.get("CDS_NOW")
    return datetime.fromisoformat(pinned) if pinned else datetime.now(UTC)


def _public_base() -> str:
    return (current_app.config.get("PUBLIC_BASE_URL") or request.host_url).rstrip("/")


# --- routes -------------------------------------------------------------------------------------------------


@bp.route("", methods=["GET", "OPTIONS"])
def discovery():
    if request.method == "OPTIONS":
        return _preflight()
    authenticate(optional=True)  # verified when present (spec: discovery MAY be authenticated)
    return json_response(discovery_document())


@bp.route("/<service_id>", methods=["POST", "OPTIONS"])
def call_service(service_id: str):
    if request.method == "OPTIONS":
        return _preflight()
    service = SERVICES.get(service_id)
    if service is None:
        raise NotFound("unknown CDS service")
    principal = authenticate()
    if principal is not None:
        require_service(principal, service_id)
    started = time.perf_counter()
    raw = request.get_json(silent=True)
    if not isinstance(raw, dict):
        raise InvalidRequest("request body must be a JSON object")
    body = _hook_schema.load(raw)
    g.correlation_id = body["hookInstance"]
    if body["hook"] != service.hook:
        raise InvalidRequest(f"service {service_id} answers hook {service.hook}", expression=["hook"])
    cfg = current_app.config
    now = _now()
    pre = gather(
        service,
        body,
        deadline_seconds=float(cfg.get("CDS_HOOK_DEADLINE_SECONDS", 4.0)),
        per_call_timeout=float(cfg["CDS_FHIR_CALL_TIMEOUT_SECONDS"]),
        today=now.date(),
    )
    for key in service.required:
        if key not in pre.data:
            raise PrefetchMissing(
                f"required prefetch '{key}' is missing and could not be fetched from fhirServer",
                expression=[f"prefetch.{key}"],
            )
    practice_id = _practice_id(principal)
    practice: dict = {}
    with db.session_scope() as s:
        p = PracticeRepository(s).get(practice_id) if practice_id else None
        if p is not None:
            practice = {"id": p.id, "name": p.name, "npi": p.npi, "settings": dict(p.settings or {})}

    def billed(refs):
        if not practice_id:
            return set()
        with db.session_scope() as s2:
            return ClaimRecordRepository(s2).billed_encounter_refs(practice_id, list(refs))

    ctx = body["context"]
    card_ctx = CardContext(
        topic_system=cfg.get("CDS_TOPIC_SYSTEM"),
        launch_url=_public_base() + "/app/launch",
        encounter_id=ctx.get("encounterId"),
        patient_id=ctx.get("patientId"),
    )
    call = HookCall(
        service=service,
        body=body,
        practice=practice,
        tables=current_app.extensions["coding"],
        prefetch=pre,
        card_ctx=card_ctx,
        now=now,
        billed_encounters=billed,
    )
    outcome = HANDLERS[service.handler](call)
    with db.session_scope() as s:
        run_id = None
        if outcome.coding_run is not None:
            r = outcome.coding_run
            run_id = (
                CodingRunRepository(s)
                .add(
                    practice_id=practice_id if practice else None,
                    service_id=service_id,
                    hook_instance=body["hookInstance"],
                    encounter_ref=r.encounter_ref,
                    input_digest=r.input_digest,
                    output=r.output,
                    rule_ids=r.rule_ids,
                    table_release=r.table_release,
                    duration_ms=r.duration_ms,
                )
                .id
            )
        cards = CardRepository(s)
        for card in outcome.cards:
            cards.add(
                uuid=card.uuid,
                practice_id=practice_id if practice else None,
                service_id=service_id,
                rule_id=card.rule_id,
                topic=card.topic,
                coding_run_id=run_id,
            )
    logger.info(
        "cds service=%s cards=%d system_actions=%d rules=%s prefetch_fetched=%d prefetch_failed=%d ms=%.1f",
        service_id,
        len(outcome.cards),
        len(outcome.system_actions or []),
        ",".join(sorted({c.rule_id for c in outcome.cards if c.rule_id})) or "-",
        len(pre.fetched),
        len(pre.failed),
        (time.perf_counter() - started) * 1000,
    )
    return json_response(outcome.body())


@bp.route("/<service_id>/feedback", methods=["POST", "OPTIONS"])
def feedback(service_id: str):
    if request.method == "OPTIONS":
        return _preflight()
    if service_id not in SERVICES:
        raise NotFound("unknown CDS service")
    principal = authenticate()
    if principal is not None:
        require_service(principal, service_id)
    raw = request.get_json(silent=True)
    if not isinstance(raw, dict):
        raise InvalidRequest("request body must be a JSON object")
    items = _feedback_schema.load(raw)["feedback"]
    practice_id = _practice_id(principal)
    attributed = 0
    with db.session_scope() as s:
        cards, repo = CardRepository(s), FeedbackRepository(s)
        known_practice = practice_id if practice_id and PracticeRepository(s).get(practice_id) else None
        for item in items:
            rec = cards.get(item["card"], known_practice)
            rule_id = rec.rule_id if rec is not None and rec.service_id == service_id else None
            attributed += rule_id is not None
            repo.add(
                practice_id=known_practice,
                service_id=service_id,
                card_uuid=item["card"],
                rule_id=rule_id,
                outcome=item["outcome"],
                override_reason=raw_override(item),
                accepted_suggestions=[{"id": a["id"]} for a in item.get("acceptedSuggestions") or []],
                outcome_timestamp=item["outcomeTimestamp"].isoformat(),
            )
    logger.info("cds feedback service=%s items=%d attributed=%d", service_id, len(items), attributed)
    return json_response({})


def raw_override(item: dict) -> dict | None:
    reason = item.get("overrideReason")
    return dict(reason) if reason else None


@bp.get("/$stats")
def stats():
    """Acceptance rate per rule for the calling client's practice (JWT with aud = this URL)."""
    principal = authenticate()
    practice_id = _practice_id(principal)
    with db.session_scope() as s:
        rows = FeedbackRepository(s).stats(practice_id)
    return json_response({"practice": practice_id, "rules": rows})
