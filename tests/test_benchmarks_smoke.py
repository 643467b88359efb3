"""The benchmark command runs end to end and reports every figure: a tiny version of each
benchmark, headless, in seconds. No timing is asserted here: the figures of a CI machine
mean nothing; people run `python benchmarks/run.py` and compare (benchmarks/README.md)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks.run import TARGETS

ROOT = Path(__file__).resolve().parent.parent
XVFB_KEYS = {"cpu_pct_static", "cpu_pct_question", "cpu_pct_naive"}


def test_the_smoke_run_reports_every_key_as_a_number(tmp_path):
    out = tmp_path / "figures.json"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--smoke", "--json", str(out)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["mode"] == "smoke"
    for key in TARGETS:
        value = figures[key]
        if value is None:
            # Only the CPU shares may be missing, and only where no X server can be started.
            assert key in XVFB_KEYS and shutil.which("Xvfb") is None, key
        else:
            assert isinstance(value, (int, float)) and value >= 0, (key, value)
    for key in TARGETS:
        assert key in done.stdout  # the table names every figure
