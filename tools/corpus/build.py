"""Turn hand-written scenario specs into corpus files (tests/corpus/<family>/<id>.json) and demo bundles.

    python -m tools.corpus.build            # rewrite every corpus file and demo bundle from the specs
    python -m tools.corpus.build --check    # also check expected lines against the CMS tables

A spec is a dict written by hand in ``tools/corpus/scenarios_*.py`` (the chart facts, the note text and the
coder's expected answer). This module only assembles FHIR resources from it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tools.corpus import fhirkit as fk

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
DEMO = ROOT / "demo" / "encounters"

PROVIDERS = {
    "okafor": ("Okafor", "Adaeze", "1730264512"),
    "lindqvist": ("Lindqvist", "Erik", "1962481035"),
    "ramirez": ("Ramirez", "Sofia", "1427093658"),
    "chen": ("Chen", "Wei", "1588612344"),
    "baptiste": ("Baptiste", "Marc", "1093847561"),
    "halvorsen": ("Halvorsen", "Kirsten", "1578392046"),
    "nakamura": ("Nakamura", "Ren", "1669204735"),
    "pike": ("Pike", "Jordan", "1326758190"),
    "adeyemi": ("Adeyemi", "Folake", "1083927465"),
    "voss": ("Voss", "Henrietta", "1932847165"),
    "marchetti": ("Marchetti", "Luca", "1447391028"),
    "okonkwo": ("Okonkwo", "Chidi", "1790356214"),
    "castellanos": ("Castellanos", "Ines", "1265038719"),
    "abernathy": ("Abernathy", "June", "1558026473"),
    "weiss": ("Weiss", "Samuel", "1093375862"),
    "lindgren": ("Lindgren", "Astrid", "1821649307"),
    "santos": ("Santos", "Rafael", "1376920584"),
}


def _slug(s: str) -> str:
    return s.replace("_", "-")


def make_bundle(spec: dict[str, Any]) -> dict[str, Any]:
    sid = spec["id"]
    key = spec.get("key", sid)
    date = spec["date"]
    fam, given, birth, gender = spec["patient"]
    pid = spec.get("patient_id", f"pat-{fk.short_hash(key, fam)}")
    prov = spec.get("provider", "okafor")
    prid = f"prac-{prov}"
    eid = spec.get("encounter_id", f"enc-{key}")
    payer = spec.get("payer", "commercial")
    oid = f"org-payer-{payer}"
    cid = f"cov-{fk.short_hash(key, 'cov')}"

    def cref(c: str) -> str:  # scenario-local condition ids ("c1") become globally unique
        return c if c.startswith("demo-") else f"cond-{key}-{c}"

    res: list[dict[str, Any]] = [
        fk.patient(pid, fam, given, birth, gender),
        fk.practitioner(prid, *PROVIDERS[prov]),
        fk.encounter(eid, pid, prid, date, spec.get("minutes", 30), spec.get("em"), spec.get("em_display"),
                     [cref(c["id"]) for c in spec.get("conditions", []) if c.get("reason")]),
        fk.practice_org(),
        fk.payer_org(oid, payer),
        fk.coverage(cid, pid, oid, payer, spec.get("member", f"M{fk.short_hash(key, 'm').upper()}")),
    ]
    for c in spec.get("conditions", []):
        res.append(fk.condition(cref(c["id"]), pid, None if c.get("history") else eid, c["text"],
                                c.get("icd"), c.get("snomed"), c.get("site"), c.get("onset"),
                                c.get("recorded", date),
                                c.get("clinical", "active"), c.get("verification", "confirmed"),
                                "problem-list-item" if c.get("history") else "encounter-diagnosis"))
    for i, p in enumerate(spec.get("procedures", [])):
        res.append(fk.procedure(p.get("id", f"proc-{key}-{i + 1}"), pid, eid, p.get("date", date), p["text"],
                                p.get("cpt"), p.get("site"), p.get("notes"),
                                [cref(r) for r in p.get("reasons") or []] or None, prid,
                                p.get("cpt_display"), p.get("status", "completed"), p.get("snomed")))
    for i, pr in enumerate(spec.get("prior", [])):
        peid = f"enc-{key}-prior-{i + 1}"
        res.append(fk.encounter(peid, pid, prid, pr["date"], 45, pr.get("em")))
        res.append(fk.procedure(f"proc-{key}-prior-{i + 1}", pid, peid, pr["date"], pr["text"],
                                pr.get("code"), pr.get("site"), pr.get("notes"), pr.get("reasons"), prid))
    for i, o in enumerate(spec.get("path", [])):
        res.append(fk.pathology(o.get("id", f"path-{key}-{i + 1}"), pid, o.get("encounter", eid),
                                o.get("date", date), o["text"], o.get("site")))
    if spec.get("note"):
        res.append(fk.docref(f"doc-{key}", pid, eid, prid, date, spec["note"], spec.get("html", False),
                             spec.get("note_title", "Dermatology Progress Note")))
    for extra in spec.get("extra", []):
        res.append(extra(pid=pid, eid=eid, prid=prid, date=date) if callable(extra) else extra)
    return fk.bundle(f"bundle-{key}", res)


def corpus_record(spec: dict[str, Any]) -> dict[str, Any]:
    exp = spec["expected"]
    lines = [{"code": c, "units": u, "modifiers": list(m)} for c, u, m in exp["lines"]]
    rec: dict[str, Any] = {
        "id": spec["id"], "family": spec["family"], "shape": spec["shape"],
        "description": spec["description"],
        "bundle": make_bundle(spec),
        "expected": {"lines": lines, "finding_topics": list(exp.get("topics", []))},
    }
    if exp.get("dx"):
        rec["expected"]["diagnoses"] = exp["dx"]
    if spec.get("coder_note"):
        rec["coder_note"] = spec["coder_note"]
    return rec


def render_all() -> dict[Path, str]:
    """Every generated file (corpus + demo) and its exact text, from the specs."""
    from tools.corpus import demo_specs

    out = {DEMO / f"{s['id']}.json": json.dumps(make_bundle(s), indent=1) + "\n" for s in demo_specs.DEMO}
    for spec in all_specs():
        path = CORPUS / _slug(spec["family"]) / f"{spec['id']}.json"
        out[path] = json.dumps(corpus_record(spec), indent=1) + "\n"
    return out


def all_specs() -> list[dict[str, Any]]:
    import importlib
    import pkgutil

    import tools.corpus as pkg

    specs: list[dict[str, Any]] = []
    for m in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if m.name.startswith("scenarios_"):
            specs.extend(importlib.import_module(f"tools.corpus.{m.name}").SCENARIOS)
    return specs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    from tools.corpus import demo_specs

    specs = all_specs()
    ids = [s["id"] for s in specs]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        print("duplicate ids:", dup, file=sys.stderr)
        return 2
    for path, text in render_all().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    print(f"wrote {len(specs)} corpus files, {len(demo_specs.DEMO)} demo bundles")
    if args.check:
        from tools.corpus.check import check_all

        return check_all([corpus_record(s) for s in specs] +
                         [{"id": s["id"], "expected": {"lines": [{"code": c, "units": u, "modifiers": list(m)}
                                                                for c, u, m in s["expected"]["lines"]]}}
                          for s in demo_specs.DEMO])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
