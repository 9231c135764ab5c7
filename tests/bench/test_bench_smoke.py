"""Smoke tests of the benchmark scripts: they run end to end with tiny parameters and report well-formed
numbers with zero errors. No timing assertions (those are the scripts' job, on a quiet machine)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.integration


def run(script: str, *args: str, timeout: int = 240) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), *args],
        cwd=ROOT,
        text=True,
        capture_output=True,
        timeout=timeout,
    )
    assert proc.returncode == 0, f"{script} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


def is_number(x) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool) and x >= 0


def test_engine_throughput_smoke(tmp_path):
    out = tmp_path / "engine.json"
    proc = run("engine_throughput.py", "--quick", "--n", "40", "--mem-sample", "10", "--out", str(out))
    result = json.loads(out.read_text())
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == result
    assert "encounters/s" in proc.stdout and "peak RSS MB (no tracemalloc)" in proc.stdout
    tp, mem = result["throughput"], result["memory"]
    assert tp["encounters"] == 40 and tp["errors"] == 0, tp["error_types"]
    assert tp["encounters_per_second"] > 0 and tp["lines"] > 0
    for k in ("p50", "p95", "p99", "max"):
        assert is_number(tp["ms_per_encounter"][k])
    assert mem["encounters"] == 10 and mem["errors"] == 0
    assert 0 < mem["engine_and_tables_mb"] <= mem["tracemalloc_peak_mb"]
    assert mem["ru_maxrss_mb"] > 0 and mem["throughput_process_ru_maxrss_mb"] > 0
    assert result["seeds"]["demo"] >= 6
    assert set(result["meets_targets"]) == {"rate", "memory"}


def test_hook_latency_smoke(tmp_path):
    out = tmp_path / "hook.json"
    proc = run("hook_latency.py", "--quick", "--duration", "2", "--warmup", "3", "--out", str(out))
    result = json.loads(out.read_text())
    assert "POST derm-visit-coding" in proc.stdout and "GET /healthz" in proc.stdout
    assert result["server"]["app_env"] == "production"
    for name in ("hook", "noop"):
        row = result[name]
        assert row["requests"] > 0 and row["errors"] == 0, row
        for k in ("p50_ms", "p95_ms", "p99_ms", "max_ms", "achieved_rps"):
            assert is_number(row[k]) and row[k] > 0, (name, k, row)
        assert row["p50_ms"] <= row["p95_ms"] <= row["p99_ms"] <= row["max_ms"]
    assert result["load"]["prefetch"] == "full" and result["load"]["demo_encounters"] >= 6
    assert result["server_cpu"]["seconds"] > 0 and result["server_cpu"]["ms_per_hook_request"] > 0
    assert "server CPU:" in proc.stdout
