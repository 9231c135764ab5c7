"""Take the client's prefetch, or fetch what is missing from ``fhirServer`` under a hard deadline.

A key is fetched when it is missing, ``null``, holds an OperationOutcome, or is a partial searchset (a
``next`` link: the remaining pages are followed, bounded). Keys are fetched concurrently on a small thread
pool; when the overall deadline passes we stop waiting and answer with what we have (the caller adds an
info card). Oracle Health has no ``encounter`` search on Procedure: on 400/403/422/501 or an
OperationOutcome we retry ``Procedure?patient=&date=<encounter date>`` and keep that encounter's procedures.

Flask-free. Never logs tokens, URLs with ids, or resources: only keys, statuses, counts and timings.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from collections.abc import Mapping
from concurrent.futures import FIRST_COMPLETED
from concurrent.futures import Future
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import wait
from dataclasses import dataclass
from dataclasses import field
from datetime import date
from datetime import timedelta
from typing import Any

import requests

from cds_hooks.services import ServiceDefinition

logger = logging.getLogger(__name__)

TOKEN_RE = re.compile(r"\{\{\s*([^}]+?)\s*\}\}")
TODAY_RE = re.compile(r"^today\(\)\s*(?:([+-])\s*(\d+)\s*days?)?$")
FALLBACK_STATUSES = {400, 403, 404, 405, 422, 501}
MAX_PAGES = 5
MAX_WORKERS = 4
HARD_CAP_SECONDS = 5.0  # no hook ever waits longer on the EHR, whatever the configuration says


class FetchFailed(Exception):
    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


@dataclass
class PrefetchResult:
    data: dict[str, Any] = field(default_factory=dict)  # key -> resource / Bundle (only usable values)
    provided: list[str] = field(default_factory=list)  # keys taken from the client's prefetch as-is
    fetched: list[str] = field(default_factory=list)  # keys we fetched (or completed) from fhirServer
    failed: dict[str, str] = field(default_factory=dict)  # key -> short reason (no PHI)
    timed_out: bool = False
    duration_ms: float = 0.0

    @property
    def incomplete(self) -> list[str]:
        return sorted(self.failed)

    def resources(self) -> list[dict[str, Any]]:
        """Every resource from every key (Bundle entries flattened, OperationOutcomes dropped, de-duplicated)."""
        out: dict[tuple[str, str], dict[str, Any]] = {}
        anon: list[dict[str, Any]] = []
        for value in self.data.values():
            for res in iter_resources(value):
                if res.get("resourceType") == "OperationOutcome":
                    continue
                if res.get("id"):
                    out.setdefault((res["resourceType"], str(res["id"])), res)
                else:
                    anon.append(res)
        return list(out.values()) + anon


def iter_resources(value: Any):
    if not isinstance(value, dict):
        return
    if value.get("resourceType") == "Bundle":
        for entry in value.get("entry") or []:
            res = entry.get("resource") if isinstance(entry, dict) else None
            if isinstance(res, dict) and res.get("resourceType"):
                yield from iter_resources(res) if res["resourceType"] == "Bundle" else (res,)
    elif value.get("resourceType"):
        yield value


def resolve_template(template: str, context: Mapping[str, Any], today: date) -> str | None:
    """Fill ``{{context.x}}`` and ``{{today() - N days}}``; ``None`` when a token cannot be resolved."""
    missing = False

    def sub(m: re.Match) -> str:
        nonlocal missing
        expr = m.group(1)
        if expr.startswith("context."):
            value = context.get(expr[len("context.") :])
            if isinstance(value, str | int) and str(value):
                return str(value)
            missing = True
            return ""
        t = TODAY_RE.match(expr)
        if t:
            sign, n = t.group(1), int(t.group(2) or 0)
            return (today + timedelta(days=-n if sign == "-" else n)).isoformat()
        if expr == "userPractitionerId" and str(context.get("userId", "")).startswith("Practitioner/"):
            return str(context["userId"]).split("/", 1)[1]
        missing = True
        return ""

    out = TOKEN_RE.sub(sub, template)
    return None if missing else out


def needs_fetch(value: Any) -> bool:
    if not isinstance(value, dict) or not value.get("resourceType"):
        return True
    if value["resourceType"] == "OperationOutcome":
        return True
    if value["resourceType"] == "Bundle":
        if has_next(value):
            return True
        entries = value.get("entry") or []
        if entries and all(
            (e.get("resource") or {}).get("resourceType") == "OperationOutcome" for e in entries
        ):
            return True
    return False


def has_next(bundle: Mapping[str, Any]) -> str | None:
    for link in bundle.get("link") or []:
        if isinstance(link, dict) and link.get("relation") == "next" and link.get("url"):
            return link["url"]
    return None


class FhirFetcher:
    """Small GET-only FHIR client bound to one request's server and bearer token."""

    def __init__(
        self, base: str, token: str | None, *, session: requests.Session | None = None, timeout: float = 2.0
    ) -> None:
        self.base = base.rstrip("/")
        self.headers = {"Accept": "application/fhir+json"}
        if token:
            self.headers["Authorization"] = f"Bearer {token}"
        self.session = session or requests.Session()
        self.timeout = timeout

    def get(self, path_or_url: str, deadline: float) -> dict[str, Any]:
        remaining = deadline - time.monotonic()
        if remaining <= 0.05:
            raise FetchFailed("deadline")
        url = path_or_url if path_or_url.startswith(("http://", "https://")) else f"{self.base}/{path_or_url}"
        try:
            resp = self.session.get(
                url, headers=self.headers, timeout=min(self.timeout, remaining), allow_redirects=False
            )
        except requests.Timeout as exc:
            raise FetchFailed("timeout") from exc
        except requests.RequestException as exc:
            raise FetchFailed("unreachable") from exc
        if resp.status_code != 200:
            raise FetchFailed(f"http {resp.status_code}", resp.status_code)
        try:
            body = resp.json()
        except ValueError as exc:
            raise FetchFailed("not json") from exc
        if not isinstance(body, dict) or not body.get("resourceType"):
            raise FetchFailed("not a FHIR resource")
        if body["resourceType"] == "OperationOutcome":
            raise FetchFailed("operation outcome", 200)
        return body

    def search_all(self, query: str, deadline: float, first: dict[str, Any] | None = None) -> dict[str, Any]:
        """A searchset with its ``next`` pages merged in (at most MAX_PAGES pages)."""
        bundle = first if first is not None else self.get(query, deadline)
        if bundle.get("resourceType") != "Bundle":
            return bundle
        entries = list(bundle.get("entry") or [])
        url, pages = has_next(bundle), 1
        while url and pages < MAX_PAGES:
            page = self.get(url, deadline)
            entries.extend(page.get("entry") or [])
            url, pages = has_next(page), pages + 1
        merged = {k: v for k, v in bundle.items() if k not in ("link", "entry")}
        merged["entry"] = [
            e for e in entries if (e.get("resource") or {}).get("resourceType") != "OperationOutcome"
        ]
        if url:
            merged["link"] = [{"relation": "next", "url": url}]  # still partial; bounded on purpose
        return merged


def _encounter_date(encounter: Mapping[str, Any] | None) -> str | None:
    if not isinstance(encounter, dict):
        return None
    start = (encounter.get("period") or {}).get("start")
    return start[:10] if isinstance(start, str) and len(start) >= 10 else None


def _same_encounter(res: Mapping[str, Any], encounter_id: str) -> bool:
    ref = (res.get("encounter") or {}).get("reference") or ""
    return not ref or ref.rstrip("/").split("/")[-1] == encounter_id


def effective_deadline(seconds: float) -> float:
    return max(0.0, min(float(seconds), HARD_CAP_SECONDS))


def gather(
    service: ServiceDefinition,
    request_body: Mapping[str, Any],
    *,
    deadline_seconds: float,
    per_call_timeout: float = 2.0,
    session: requests.Session | None = None,
    today: date | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> PrefetchResult:
    """Resolve every prefetch key of ``service`` for this request (see module doc)."""
    started = clock()
    deadline = started + effective_deadline(deadline_seconds)
    today = today or date.today()
    context = request_body.get("context") or {}
    given = request_body.get("prefetch") or {}
    out = PrefetchResult()
    todo: dict[str, tuple[str, Any]] = {}
    for key, template in service.prefetch.items():
        value = given.get(key) if isinstance(given, dict) else None
        if not needs_fetch(value):
            out.data[key] = value
            out.provided.append(key)
            continue
        query = resolve_template(template, context, today)
        if query is None:
            continue  # e.g. no encounterId on order-sign: nothing to fetch, nothing missing
        partial = (
            value
            if isinstance(value, dict) and value.get("resourceType") == "Bundle" and has_next(value)
            else None
        )
        todo[key] = (query, partial)
    server = request_body.get("fhirServer")
    if todo and not server:
        for key in todo:
            out.failed[key] = "no fhirServer"
        todo = {}
    if todo:
        token = (request_body.get("fhirAuthorization") or {}).get("access_token")
        fetcher = FhirFetcher(server, token, session=session, timeout=per_call_timeout)
        encounter_id = context.get("encounterId")

        def task(key: str, query: str, partial: dict | None) -> dict[str, Any]:
            if partial is not None:
                return fetcher.search_all(query, deadline, first=partial)
            if "?" not in query:
                return fetcher.get(query, deadline)
            try:
                return fetcher.search_all(query, deadline)
            except FetchFailed as exc:
                if not (
                    query.startswith("Procedure?")
                    and "encounter=" in query
                    and encounter_id
                    and (exc.status in FALLBACK_STATUSES or exc.reason == "operation outcome")
                ):
                    raise
            # Oracle Health: no encounter search on Procedure -> patient + encounter date, filtered.
            enc = out.data.get("encounter") if isinstance(out.data.get("encounter"), dict) else None
            if enc is None:
                enc = (
                    given.get("encounter")
                    if isinstance(given, dict) and not needs_fetch(given.get("encounter"))
                    else None
                )
            if enc is None:
                enc = fetcher.get(f"Encounter/{encounter_id}", deadline)
            day = _encounter_date(enc)
            if not day:
                raise FetchFailed("no encounter date for fallback")
            bundle = fetcher.search_all(f"Procedure?patient={context.get('patientId')}&date={day}", deadline)
            bundle["entry"] = [
                e
                for e in bundle.get("entry") or []
                if _same_encounter(e.get("resource") or {}, str(encounter_id))
            ]
            return bundle

        pool = ThreadPoolExecutor(max_workers=min(MAX_WORKERS, len(todo)), thread_name_prefix="prefetch")
        futures: dict[Future, str] = {}
        # Fetch the encounter first when the Procedure fallback may need its date.
        for key in sorted(todo, key=lambda k: 0 if k == "encounter" else 1):
            query, partial = todo[key]
            futures[pool.submit(task, key, query, partial)] = key
        pending = set(futures)
        while pending:
            remaining = deadline - clock()
            if remaining <= 0:
                break
            done, pending = wait(pending, timeout=remaining, return_when=FIRST_COMPLETED)
            for fut in done:
                key = futures[fut]
                try:
                    out.data[key] = fut.result()
                    out.fetched.append(key)
                except FetchFailed as exc:
                    out.failed[key] = exc.reason
                except Exception as exc:  # noqa: BLE001 - one bad key must not sink the hook
                    out.failed[key] = type(exc).__name__
        if pending:
            out.timed_out = True
            for fut in pending:
                out.failed[futures[fut]] = "deadline"
                fut.cancel()
        pool.shutdown(wait=False, cancel_futures=True)
    out.duration_ms = (clock() - started) * 1000
    if out.fetched or out.failed:
        logger.info(
            "prefetch service=%s provided=%d fetched=%s failed=%s timed_out=%s ms=%.1f",
            service.id,
            len(out.provided),
            ",".join(sorted(out.fetched)) or "-",
            ",".join(f"{k}:{v}" for k, v in sorted(out.failed.items())) or "-",
            out.timed_out,
            out.duration_ms,
        )
    return out
