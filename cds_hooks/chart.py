"""patient-view analysis (pure): what in this chart needs billing attention.

CHT001 coding-suggestion  finished encounters without a claim in this practice
CHT002 global-period      procedures whose 010/090-day global period is still open
CHT003 coding-correction  biopsy pathology back with a diagnosis the coding does not reflect yet
CHT004 coverage           no active coverage / coverage expired
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from datetime import timedelta
from typing import Any

from cds_hooks.orders import active_coverages
from server.coding.tables import Tables
from server.fhir_helpers import codes

BIOPSY_FAMILIES = {
    "biopsy_tangential",
    "biopsy_punch",
    "biopsy_incisional",
    "biopsy_tangential_addon",
    "biopsy_punch_addon",
    "biopsy_incisional_addon",
}
ICD_SYSTEMS = {codes.ICD10CM, *codes.ICD10CM_ALT}


@dataclass(frozen=True, slots=True)
class ChartAdvice:
    rule_id: str
    topic: str
    indicator: str
    summary: str
    detail: str
    encounter_id: str | None = None


def _day(value: Any) -> date | None:
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def performed_day(proc: Mapping[str, Any]) -> date | None:
    return _day(proc.get("performedDateTime")) or _day((proc.get("performedPeriod") or {}).get("start"))


def cpt_codes(cc: Mapping[str, Any] | None) -> list[str]:
    return [
        c["code"]
        for c in (cc or {}).get("coding") or []
        if c.get("code") and c.get("system") in (codes.CPT, codes.HCPCS, *codes.HCPCS_ALT)
    ]


def icd_codes(ccs: Sequence[Mapping[str, Any]] | Mapping[str, Any] | None) -> list[str]:
    if isinstance(ccs, Mapping):
        ccs = [ccs]
    out = []
    for cc in ccs or []:
        out.extend(
            c["code"] for c in cc.get("coding") or [] if c.get("code") and c.get("system") in ICD_SYSTEMS
        )
    return out


def _ref_id(ref: Mapping[str, Any] | None) -> str | None:
    r = (ref or {}).get("reference")
    return r.rstrip("/").split("/")[-1] if isinstance(r, str) and r else None


MALIGNANT_WORDS = ("carcinoma", "melanoma", "malignan", "lymphoma", "sarcoma", "merkel")
NEGATIONS = ("no evidence of", "negative for", "no residual", "free of")
PATH_WINDOW_DAYS = 45


def _malignant_text(obs: Mapping[str, Any]) -> bool:
    text = " ".join(
        [
            str(obs.get("valueString") or ""),
            str(obs.get("conclusion") or ""),
            str((obs.get("valueCodeableConcept") or {}).get("text") or ""),
        ]
    ).lower()
    return any(w in text for w in MALIGNANT_WORDS) and not any(n in text for n in NEGATIONS)


def _is_malignant_code(code: str) -> bool:
    return code.startswith("C") or code.startswith("D0")  # neoplasms, malignant and in situ


def _site(res: Mapping[str, Any]) -> str:
    site = res.get("bodySite")
    if isinstance(site, list):
        site = site[0] if site else {}
    return " ".join(str((site or {}).get("text") or "").lower().split())


def _biopsy_for(
    obs: Mapping[str, Any], biopsies: Mapping[str, Mapping[str, Any]]
) -> Mapping[str, Any] | None:
    """The biopsy a pathology result belongs to: explicit link, else same encounter, else same site + date."""
    refs = (obs.get("partOf") or []) + (obs.get("basedOn") or []) + (obs.get("derivedFrom") or [])
    for rid in (_ref_id(r) for r in refs):
        if rid in biopsies:
            return biopsies[rid]
    enc = _ref_id(obs.get("encounter"))
    same_enc = [b for b in biopsies.values() if enc and _ref_id(b.get("encounter")) == enc]
    if len(same_enc) == 1:
        return same_enc[0]
    seen = _day(obs.get("effectiveDateTime")) or _day(obs.get("issued"))
    site = _site(obs)
    for b in same_enc or biopsies.values():
        done = performed_day(b)
        if site and _site(b) == site and seen and done and 0 <= (seen - done).days <= PATH_WINDOW_DAYS:
            return b
    return None


def _codes_for_biopsy(biopsy: Mapping[str, Any], conditions: Sequence[Mapping[str, Any]]) -> set[str]:
    """ICD-10-CM codes already attached to this biopsy: its reasons and the conditions at the same site."""
    out = set(icd_codes(biopsy.get("reasonCode") or []))
    reasons = {_ref_id(r) for r in biopsy.get("reasonReference") or []}
    site = _site(biopsy)
    for cond in conditions:
        if str(cond.get("id")) in reasons or (site and _site(cond) == site):
            out.update(icd_codes(cond.get("code") or {}))
    return out


def review_chart(
    *,
    tables: Tables,
    today: date,
    encounters: Sequence[Mapping[str, Any]],
    procedures: Sequence[Mapping[str, Any]],
    conditions: Sequence[Mapping[str, Any]],
    observations: Sequence[Mapping[str, Any]],
    coverages: Sequence[Mapping[str, Any]],
    billed_encounter_ids: set[str],
    coverage_known: bool = True,
) -> list[ChartAdvice]:
    advice: list[ChartAdvice] = []
    # CHT001: finished encounters with no claim here.
    unbilled = [
        e
        for e in encounters
        if e.get("status") == "finished" and e.get("id") and str(e["id"]) not in billed_encounter_ids
    ]
    for enc in unbilled[:5]:
        day = _day((enc.get("period") or {}).get("start"))
        advice.append(
            ChartAdvice(
                "CHT001",
                "coding-suggestion",
                "info",
                f"Encounter on {day.isoformat() if day else 'an earlier date'} is finished but not billed",
                "No claim has been created for this finished encounter. Open it in dermplug to review the proposed "
                "coding.\n\nRule `CHT001`.",
                str(enc["id"]),
            )
        )
    # CHT002: open global periods.
    for proc in procedures:
        day = performed_day(proc)
        if day is None or proc.get("status") not in (None, "completed"):
            continue
        for code in cpt_codes(proc.get("code")):
            glob = tables.global_days(code)
            if glob not in ("010", "090"):
                continue
            ends = day + timedelta(days=int(glob))
            if day <= today <= ends:
                advice.append(
                    ChartAdvice(
                        "CHT002",
                        "global-period",
                        "info",
                        f"{code} on {day.isoformat()}: {int(glob)}-day global period open until {ends.isoformat()}",
                        f"Related post-operative visits are included (report 99024). An unrelated E/M needs modifier "
                        f"24, an unrelated procedure 79, a staged or related procedure 58.\n\nRule `CHT002` — source: "
                        f"CMS PFS global days ({tables.release}).",
                        _ref_id(proc.get("encounter")),
                    )
                )
    # CHT003: biopsy pathology back, diagnosis not reflected.
    biopsies = {}
    for proc in procedures:
        fam = [tables.family_of(c) for c in cpt_codes(proc.get("code"))]
        if proc.get("id") and any(f is not None and f.family in BIOPSY_FAMILIES for f in fam):
            biopsies[str(proc["id"])] = proc
    for obs in observations:
        biopsy = _biopsy_for(obs, biopsies)
        if biopsy is None:
            continue
        day = performed_day(biopsy)
        when = f" on {day.isoformat()}" if day else ""
        path_codes = icd_codes(obs.get("valueCodeableConcept")) + icd_codes(obs.get("conclusionCode") or [])
        reflected = _codes_for_biopsy(biopsy, conditions)
        missing = [c for c in path_codes if c not in reflected]
        if missing:
            summary = f"Pathology for biopsy{when} shows {', '.join(missing)}: update the diagnosis"
        elif not path_codes and _malignant_text(obs) and not any(_is_malignant_code(c) for c in reflected):
            summary = f"Pathology for biopsy{when} reports a malignancy not yet coded: update the diagnosis"
        else:
            continue
        advice.append(
            ChartAdvice(
                "CHT003",
                "coding-correction",
                "warning",
                summary,
                "The pathology result is back with a diagnosis that is not on the problem list or the biopsy "
                "claim. Code the definitive histology (e.g. malignant excision codes need malignant pathology)."
                "\n\nRule `CHT003` — source: ICD-10-CM guidelines I.B / CPT excision guidelines.",
                _ref_id(biopsy.get("encounter")),
            )
        )
    # CHT004: coverage problems.
    if coverage_known:
        active = active_coverages(coverages, today)
        if not active:
            ended = sorted(((c.get("period") or {}).get("end") or "")[:10] for c in coverages)
            ended = [e for e in ended if e]
            summary = (
                f"Coverage expired on {ended[-1]}: verify insurance"
                if ended
                else "No active coverage on file: verify insurance"
            )
            advice.append(
                ChartAdvice(
                    "CHT004",
                    "coverage",
                    "warning",
                    summary,
                    "Claims for services without active coverage are denied (CARC 27/31). "
                    "Update the patient's insurance before the visit is billed.\n\nRule `CHT004`.",
                )
            )
    return advice
