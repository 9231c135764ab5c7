"""The SMART app's only HTTP client: SMART discovery, and FHIR reads with the launch's bearer token.

Every transport or HTTP failure becomes a :mod:`server.errors` type (the app renders those as HTML pages):
401/403 → :class:`NotAuthorized` / :class:`Forbidden`, 404 → :class:`NotFound`, anything else →
:class:`UpstreamFhirError`. Never logs tokens, URLs with ids or resources: only resource types, statuses,
counts and timings.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from collections.abc import Sequence
from datetime import date
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import requests

from server.errors import Forbidden
from server.errors import InvalidRequest
from server.errors import NotAuthorized
from server.errors import NotFound
from server.errors import UpstreamFhirError

logger = logging.getLogger(__name__)

FHIR_JSON = "application/fhir+json"
MAX_PAGES = 5
HISTORY_DAYS = 120  # look-back for prior procedures (global periods) and pathology, as the CDS service does


def _is_absolute(url: Any) -> bool:
    if not isinstance(url, str):
        return False
    parts = urlsplit(url)
    return parts.scheme in ("https", "http") and bool(parts.netloc)


def fetch_smart_configuration(iss: str, timeout: float) -> dict[str, Any]:
    """GET ``<iss>/.well-known/smart-configuration`` and check what the launch relies on.

    :raises UpstreamFhirError: unreachable, not JSON, relative endpoints, or no S256 PKCE support.
    """
    url = iss.rstrip("/") + "/.well-known/smart-configuration"
    try:
        resp = requests.get(
            url, headers={"Accept": "application/json"}, timeout=timeout, allow_redirects=False
        )
    except requests.RequestException as exc:
        logger.warning("smart discovery failed: %s", type(exc).__name__)
        raise UpstreamFhirError("The EHR's SMART configuration could not be fetched.") from exc
    if resp.status_code != 200:
        logger.warning("smart discovery status=%d", resp.status_code)
        raise UpstreamFhirError(f"The EHR's SMART configuration answered HTTP {resp.status_code}.")
    try:
        conf = resp.json()
    except ValueError as exc:
        raise UpstreamFhirError("The EHR's SMART configuration is not JSON.") from exc
    if not isinstance(conf, dict):
        raise UpstreamFhirError("The EHR's SMART configuration is not a JSON object.")
    for key in ("authorization_endpoint", "token_endpoint"):
        if not _is_absolute(conf.get(key)):
            raise UpstreamFhirError(f"The EHR's SMART configuration has no absolute {key}.")
    methods = conf.get("code_challenge_methods_supported")
    if not isinstance(methods, list) or "S256" not in methods:
        raise UpstreamFhirError("The EHR does not support PKCE S256 (code_challenge_methods_supported).")
    return conf


class FhirClient:
    """Read-only FHIR R4 access to one EHR with one bearer token (JSON dicts, not models)."""

    def __init__(
        self, base: str, access_token: str, *, timeout: float = 5.0, http: requests.Session | None = None
    ) -> None:
        self.base = base.rstrip("/")
        self.timeout = timeout
        self.http = http or requests.Session()
        self.http.headers.update({"Authorization": f"Bearer {access_token}", "Accept": FHIR_JSON})

    def _get(self, url: str, params: Sequence[tuple[str, str]] | None = None) -> dict[str, Any]:
        if not url.startswith(self.base + "/"):
            raise InvalidRequest("refusing to follow a link outside the EHR's FHIR base")
        started = time.perf_counter()
        try:
            resp = self.http.get(url, params=params, timeout=self.timeout, allow_redirects=False)
        except requests.RequestException as exc:
            logger.warning("fhir request failed: %s", type(exc).__name__)
            raise UpstreamFhirError("The EHR's FHIR server could not be reached.") from exc
        rtype = url[len(self.base) + 1 :].split("/", 1)[0].split("?", 1)[0]
        logger.info(
            "fhir GET %s status=%d ms=%.1f", rtype, resp.status_code, (time.perf_counter() - started) * 1000
        )
        if resp.status_code == 401:
            raise NotAuthorized(
                "The EHR rejected the app's access token (HTTP 401). The session may have "
                "expired: launch dermplug again from the patient's chart."
            )
        if resp.status_code == 403:
            raise Forbidden(f"The EHR refused access to {rtype} (HTTP 403): check the app's granted scopes.")
        if resp.status_code == 404:
            raise NotFound(f"The EHR has no such {rtype}.")
        if resp.status_code >= 400:
            raise UpstreamFhirError(f"The EHR's FHIR server answered HTTP {resp.status_code} for {rtype}.")
        try:
            body = resp.json()
        except ValueError as exc:
            raise UpstreamFhirError(f"The EHR's FHIR server sent a non-JSON {rtype} response.") from exc
        if not isinstance(body, dict):
            raise UpstreamFhirError(f"The EHR's FHIR server sent an unexpected {rtype} response.")
        return body

    def read(self, resource_type: str, resource_id: str) -> dict[str, Any]:
        res = self._get(f"{self.base}/{resource_type}/{resource_id}")
        if res.get("resourceType") != resource_type:
            raise UpstreamFhirError(f"The EHR returned something other than the {resource_type} asked for.")
        return res

    def search(self, resource_type: str, params: Mapping[str, str]) -> list[dict[str, Any]]:
        """All matches (following ``next`` links, at most :data:`MAX_PAGES` pages); no OperationOutcomes."""
        out: list[dict[str, Any]] = []
        bundle = self._get(f"{self.base}/{resource_type}", list(params.items()))
        for _page in range(MAX_PAGES):
            for entry in bundle.get("entry") or []:
                res = entry.get("resource") if isinstance(entry, dict) else None
                if isinstance(res, dict) and res.get("resourceType") == resource_type:
                    out.append(res)
            nxt = next(
                (
                    link.get("url")
                    for link in bundle.get("link") or []
                    if isinstance(link, dict) and link.get("relation") == "next"
                ),
                None,
            )
            if not nxt:
                break
            if not nxt.startswith(self.base + "/"):  # never send the bearer token to another server
                logger.warning("fhir search: next link outside the FHIR base ignored (%s)", resource_type)
                break
            bundle = self._get(nxt)
        return out


def _ref_id(value: Any) -> str | None:
    ref = value.get("reference") if isinstance(value, dict) else None
    return ref.rstrip("/").split("/")[-1] if isinstance(ref, str) and ref else None


def encounter_resources(
    client: FhirClient, encounter_id: str, patient_id: str | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The encounter and what the coding engine needs about it (the visit-coding service's prefetch set).

    :param patient_id: the launch's patient context; an encounter of another patient is refused.
    :returns: ``(encounter, resources)`` where ``resources`` includes the encounter and the patient.
    """
    encounter = client.read("Encounter", encounter_id)
    subject = _ref_id(encounter.get("subject"))
    if subject is None:
        raise UpstreamFhirError("The encounter has no patient (Encounter.subject).")
    if patient_id and subject != patient_id:
        raise Forbidden("This encounter belongs to another patient than the one the app was launched for.")
    start = ((encounter.get("period") or {}).get("start") or "")[:10]
    try:
        day = date.fromisoformat(start)
    except ValueError:
        day = date.today()
    since = (day - timedelta(days=HISTORY_DAYS)).isoformat()
    resources: list[dict[str, Any]] = [encounter, client.read("Patient", subject)]
    resources += client.search("Condition", {"patient": subject, "encounter": encounter_id})
    try:
        resources += client.search("Procedure", {"patient": subject, "encounter": encounter_id})
    except (UpstreamFhirError, InvalidRequest, Forbidden):
        # Oracle Health has no ``encounter`` search on Procedure: take the day's and keep this encounter's.
        for proc in client.search("Procedure", {"patient": subject, "date": start or day.isoformat()}):
            enc = _ref_id(proc.get("encounter"))
            if enc in (None, encounter_id):
                resources.append(proc)
    resources += client.search("DocumentReference", {"patient": subject, "encounter": encounter_id})
    resources += client.search("Coverage", {"patient": subject, "status": "active"})
    resources += client.search("Procedure", {"patient": subject, "date": f"ge{since}"})
    resources += client.search(
        "Observation", {"patient": subject, "category": "laboratory", "date": f"ge{since}"}
    )
    seen: set[tuple[str, str]] = set()
    unique = []
    for res in resources:
        key = (res.get("resourceType", ""), str(res.get("id", "")))
        if key[1] and key in seen:
            continue
        seen.add(key)
        unique.append(res)
    return encounter, unique


def patient_encounters(client: FhirClient, patient_id: str) -> list[dict[str, Any]]:
    """The patient's encounters, most recent first (for a launch without encounter context)."""
    encs = client.search("Encounter", {"patient": patient_id, "_count": "50"})
    return sorted(encs, key=lambda e: (e.get("period") or {}).get("start") or "", reverse=True)


def exchange_code(
    token_endpoint: str, *, client_id: str, redirect_uri: str, code: str, code_verifier: str, timeout: float
) -> dict[str, Any]:
    """The authorization-code grant with the PKCE verifier (public client: ``client_id`` in the body).

    :raises NotAuthorized: the EHR refused the code (``invalid_grant`` etc.).
    :raises UpstreamFhirError: the token endpoint could not be reached or answered garbage.
    """
    from authlib.common.errors import AuthlibBaseError
    from authlib.integrations.requests_client import OAuth2Session

    oauth = OAuth2Session(
        client_id, redirect_uri=redirect_uri, token_endpoint_auth_method="none", default_timeout=timeout
    )
    started = time.perf_counter()
    try:
        token = oauth.fetch_token(
            token_endpoint,
            grant_type="authorization_code",
            code=code,
            code_verifier=code_verifier,
            redirect_uri=redirect_uri,
            headers={
                "Accept": "application/json",
                "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
            },
        )
    except AuthlibBaseError as exc:
        logger.warning("smart token exchange refused: %s", getattr(exc, "error", type(exc).__name__))
        raise NotAuthorized(
            f"The EHR refused to issue an access token ({getattr(exc, 'error', 'error')}). "
            "Launch dermplug again from the patient's chart."
        ) from exc
    except requests.RequestException as exc:
        logger.warning("smart token exchange failed: %s", type(exc).__name__)
        raise UpstreamFhirError("The EHR's token endpoint could not be reached.") from exc
    except ValueError as exc:
        raise UpstreamFhirError("The EHR's token endpoint sent an unreadable answer.") from exc
    finally:
        oauth.close()
    logger.info("smart token exchange ok ms=%.1f", (time.perf_counter() - started) * 1000)
    if not isinstance(token.get("access_token"), str) or not token["access_token"]:
        raise UpstreamFhirError("The EHR's token response has no access_token.")
    if str(token.get("token_type", "")).lower() != "bearer":
        raise UpstreamFhirError("The EHR's token response is not a Bearer token.")
    return dict(token)
