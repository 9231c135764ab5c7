"""The domain (coding engine, claim building, FHIR helpers) imports no web, ORM or HTTP library."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = ["server/coding", "server/claims", "server/fhir_helpers"]
FORBIDDEN = {"flask", "sqlalchemy", "requests", "authlib", "fhirclient", "httpx", "urllib3", "marshmallow",
             "werkzeug", "alembic", "psycopg", "joserfc", "aiohttp"}
FORBIDDEN_MODULES = {"urllib.request", "http.client", "socket"}  # the domain does no I/O
# Inside the domain, imports follow the arrows: claims -> coding -> fhir_helpers.
ALLOWED_LOCAL = {
    "server/fhir_helpers": {"server.fhir_helpers"},
    "server/coding": {"server.coding", "server.fhir_helpers"},
    "server/claims": {"server.claims", "server.coding", "server.fhir_helpers"},
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def violations(package_dir: Path, rel: str) -> list[str]:
    bad = []
    for path in sorted(package_dir.rglob("*.py")):
        for mod in imported_modules(path):
            top = mod.split(".")[0]
            if top in FORBIDDEN or mod in FORBIDDEN_MODULES:
                bad.append(f"{path.relative_to(package_dir.parent.parent)} imports {mod}")
            if mod.startswith(("server.", "cds_hooks", "smart_app", "config")) and not any(
                mod == a or mod.startswith(a + ".") for a in ALLOWED_LOCAL[rel]
            ):
                bad.append(f"{path.relative_to(package_dir.parent.parent)} imports {mod}")
    return bad


@pytest.mark.parametrize("rel", DOMAIN)
def test_domain_imports_no_framework(rel):
    assert violations(ROOT / rel, rel) == []


def test_checker_catches_a_forbidden_import(tmp_path):
    pkg = tmp_path / "server" / "coding"
    pkg.mkdir(parents=True)
    (pkg / "bad.py").write_text("import flask\nfrom sqlalchemy.orm import Session\nimport requests\nimport authlib\nimport urllib.request\n")
    found = violations(pkg, "server/coding")
    assert len(found) == 5
    assert any("flask" in v for v in found) and any("authlib" in v for v in found)


def test_checker_catches_an_upward_import(tmp_path):
    pkg = tmp_path / "server" / "coding"
    pkg.mkdir(parents=True)
    (pkg / "bad.py").write_text("from server.db.models import Practice\nfrom server.claims import builder\n")
    assert len(violations(pkg, "server/coding")) == 2


def test_importing_the_domain_loads_no_framework():
    code = (
        "import sys, server.coding, server.claims, server.fhir_helpers\n"
        "import pkgutil, importlib\n"
        "for pkg in (server.coding, server.claims, server.fhir_helpers):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {sorted(FORBIDDEN)!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("path", sorted(p.relative_to(ROOT) for p in (ROOT / "server").rglob("*.py")), ids=str)
def test_no_module_level_name_is_bound_twice(path):
    """A second ``_UNTREATED = ...`` further down a long module silently replaces the first for every function
    that reads it (it happened in extract/services.py): each module-level name is bound once."""
    tree = ast.parse((ROOT / path).read_text(), filename=str(path))
    seen: dict[str, int] = {}
    twice = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen.setdefault(name, node.lineno)
    assert not twice, f"{path}: bound twice: {', '.join(twice)}"
