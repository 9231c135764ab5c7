"""Verify the CDS client's JWT (CDS Hooks 2.0 "Trusting CDS Clients") with joserfc.

Keys come only from a *registered* client (``EhrClient``): keys stored at registration, its ``jwks_url``
(cached ``CDS_JWKS_CACHE_SECONDS``, refetched once on an unknown ``kid`` so key rotation works), or a
``jku`` header only when that exact URL is on the client's ``jku_allowlist``. Every failure is a bare 401
(``WWW-Authenticate: Bearer``) — the reason goes to the log (iss/kid/jti only, never the token).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from typing import Any

import requests
from joserfc import jws
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

from server.db.models import EhrClient
from server.db.repositories import ClientRepository
from server.db.repositories import SeenJtiRepository
from server.errors import Forbidden
from server.errors import NotAuthorized

logger = logging.getLogger(__name__)

ALLOWED_ALGS = ("ES384", "RS384", "ES256", "RS256")


class _Reject(Exception):
    """Internal: a verification failure; the reason is logged, never returned."""


def unauthorized() -> NotAuthorized:
    return NotAuthorized("unauthorized", headers={"WWW-Authenticate": "Bearer"})


@dataclass(frozen=True, slots=True)
class ClientPrincipal:
    client_id: int
    issuer: str
    practice_id: str
    enabled_services: tuple[str, ...]
    jti: str

    def may_call(self, service_id: str) -> bool:
        return not self.enabled_services or service_id in self.enabled_services


class JwksCache:
    """Per-app cache of fetched JWK Sets (by URL)."""

    def __init__(
        self, ttl_seconds: float, *, timeout: float = 3.0, session: requests.Session | None = None
    ) -> None:
        self.ttl = ttl_seconds
        self.timeout = timeout
        self.session = session or requests.Session()
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[float, dict[str, Any]]] = {}

    def get(self, url: str, *, refresh: bool = False) -> dict[str, Any]:
        with self._lock:
            hit = self._entries.get(url)
        if hit and not refresh and time.monotonic() - hit[0] < self.ttl:
            return hit[1]
        try:
            resp = self.session.get(url, timeout=self.timeout, headers={"Accept": "application/json"})
            body = resp.json() if resp.status_code == 200 else None
        except (requests.RequestException, ValueError) as exc:
            if hit:
                return hit[1]  # keep serving the last good set when the key server blips
            raise _Reject(f"jwks fetch failed ({type(exc).__name__})") from exc
        if not isinstance(body, dict) or not isinstance(body.get("keys"), list) or not body["keys"]:
            if hit:
                return hit[1]
            raise _Reject("jwks fetch returned no keys")
        with self._lock:
            self._entries[url] = (time.monotonic(), body)
        return body

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


def _key_for(jwks: dict[str, Any] | None, kid: str) -> dict[str, Any] | None:
    for key in (jwks or {}).get("keys") or []:
        if isinstance(key, dict) and key.get("kid") == kid:
            return key
    return None


def _aud_ok(aud: Any, expected: str) -> bool:
    auds = [aud] if isinstance(aud, str) else aud if isinstance(aud, list) else []
    return any(isinstance(a, str) and a == expected for a in auds)


def _resolve_key(client: EhrClient, header: dict[str, Any], cache: JwksCache) -> dict[str, Any]:
    kid = header["kid"]
    jku = header.get("jku")
    if jku:
        if jku not in (client.jku_allowlist or []) and jku != client.jwks_url:
            raise _Reject("jku not allow-listed")
        key = _key_for(cache.get(jku), kid) or _key_for(cache.get(jku, refresh=True), kid)
    elif client.jwks and _key_for(client.jwks, kid):
        key = _key_for(client.jwks, kid)
    elif client.jwks_url:
        key = _key_for(cache.get(client.jwks_url), kid) or _key_for(
            cache.get(client.jwks_url, refresh=True), kid
        )
    else:
        key = None
    if key is None:
        raise _Reject("unknown kid")
    return key


def verify_jwt(
    token: str,
    *,
    expected_aud: str,
    session,
    cache: JwksCache,
    max_lifetime: int,
    leeway: int,
    now: float | None = None,
) -> ClientPrincipal:
    """Verify one client JWT and record its ``jti``; raise :class:`NotAuthorized` (bare 401) on any failure."""
    now = time.time() if now is None else now
    iss = kid = "-"
    try:
        try:
            compact = jws.extract_compact(token.encode("ascii"))
            header = compact.headers()
            unverified = json.loads(compact.payload)
        except (JoseError, ValueError, UnicodeError) as exc:
            raise _Reject("malformed token") from exc
        if not isinstance(header, dict) or not isinstance(unverified, dict):
            raise _Reject("malformed token")
        alg, kid = header.get("alg"), str(header.get("kid") or "-")
        if alg not in ALLOWED_ALGS:
            raise _Reject("algorithm not allowed")
        if str(header.get("typ", "")).upper() != "JWT":
            raise _Reject("typ is not JWT")
        if not header.get("kid"):
            raise _Reject("no kid")
        iss = unverified.get("iss")
        if not isinstance(iss, str) or not iss:
            raise _Reject("no iss")
        tenant = unverified.get("tenant")
        client = ClientRepository(session).by_issuer(iss, tenant if isinstance(tenant, str) else None)
        if client is None or not client.enabled or client.revoked_at is not None:
            raise _Reject("unknown or revoked issuer")
        jwk = _resolve_key(client, header, cache)
        if jwk.get("alg") and jwk["alg"] != alg:
            raise _Reject("alg does not match key")
        try:
            key_set = KeySet.import_key_set({"keys": [jwk]})
            decoded = jwt.decode(token, key_set, algorithms=[alg])
        except (JoseError, ValueError, TypeError) as exc:
            raise _Reject(f"bad signature ({type(exc).__name__})") from exc
        claims = decoded.claims
        for name in ("iss", "aud", "exp", "iat", "jti"):
            if claims.get(name) in (None, "", []):
                raise _Reject(f"missing claim {name}")
        if claims["iss"] != client.issuer:
            raise _Reject("iss mismatch")
        if not _aud_ok(claims["aud"], expected_aud):
            raise _Reject("wrong aud")
        try:
            exp, iat = float(claims["exp"]), float(claims["iat"])
        except (TypeError, ValueError) as exc:
            raise _Reject("exp/iat not numeric") from exc
        if exp < now - leeway:
            raise _Reject("expired")
        if iat > now + leeway:
            raise _Reject("issued in the future")
        if exp - iat > max_lifetime:
            raise _Reject("lifetime too long")
        nbf = claims.get("nbf")
        if nbf is not None and float(nbf) > now + leeway:
            raise _Reject("not yet valid")
        jti = str(claims["jti"])
        if len(jti) > 200:
            raise _Reject("jti too long")
        expires = datetime.fromtimestamp(exp + leeway, UTC)
        if not SeenJtiRepository(session).remember(client.issuer, jti, expires):
            raise _Reject("replayed jti")
        return ClientPrincipal(
            client.id, client.issuer, client.practice_id, tuple(client.enabled_services or ()), jti
        )
    except _Reject as exc:
        logger.warning("cds jwt rejected: %s iss=%s kid=%s", exc, iss if isinstance(iss, str) else "-", kid)
        raise unauthorized() from None


def bearer_token(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise unauthorized()
    return token.strip()


def require_service(principal: ClientPrincipal, service_id: str) -> None:
    if not principal.may_call(service_id):
        logger.warning("cds client iss=%s not enabled for service=%s", principal.issuer, service_id)
        raise Forbidden("forbidden")


__all__ = [
    "ALLOWED_ALGS",
    "ClientPrincipal",
    "JwksCache",
    "bearer_token",
    "require_service",
    "unauthorized",
    "verify_jwt",
]
