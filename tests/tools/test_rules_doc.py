"""tools.rules_doc: writes docs/rules.md from the registry and --check detects a stale page."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    name = "dermplug_rules_doc"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "rules_doc.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
    return sys.modules[name]


def test_write_then_check(tmp_path, capsys):
    tool = _tool()
    out = tmp_path / "rules.md"
    assert tool.main(["--check", "--out", str(out)]) == 1
    assert "out of date" in capsys.readouterr().err
    assert tool.main(["--out", str(out)]) == 0
    assert tool.main(["--check", "--out", str(out)]) == 0
    text = out.read_text()
    assert "### PTP001" in text and "**Why:**" in text and "**References:**" in text
    out.write_text(text.replace("### PTP001", "### PTP999"))
    assert tool.main(["--check", "--out", str(out)]) == 1


def test_split_doc_joins_the_title_paragraph():
    tool = _tool()
    title, rest = tool.split_doc("First line\n    continues here.\n\n    Why: because.\n    Example: x.\n")
    assert title == "First line continues here."
    assert rest == "Why: because. Example: x."
