"""The wheel is what a school installs: it must carry the bundled packs, catalogs and assets
inside the package, and its `film-quiz` command must find them from any folder.

The wheel is built from a copy of the checkout and installed, without dependencies, into a
fresh venv outside it; the venv borrows this interpreter's installed dependencies through
a .pth file, so nothing is downloaded but the build backend.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: object, cwd: Path, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)


def test_the_installed_wheel_validates_its_bundled_packs_from_any_folder(tmp_path):
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis"))
    built = run(sys.executable, "-m", "build", "--wheel", "--outdir", tmp_path / "dist", source, cwd=tmp_path)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    wheel = next((tmp_path / "dist").glob("film_quiz-*.whl"))

    venv = tmp_path / "venv"
    made = run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                       cwd=tmp_path).stdout.strip())
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (purelib / "borrowed-deps.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    installed = run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
                    "--disable-pip-version-check", "-q", wheel, cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    script = venv / ("Scripts/film-quiz.exe" if os.name == "nt" else "bin/film-quiz")
    checked = run(script, "validate", cwd=elsewhere)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    bundled = purelib / "quiz" / "questions" / "spacewalk.yaml"
    assert f"{bundled}: ok: pack `spacewalk`" in checked.stdout

    helped = run(python, "-m", "quiz", "--help", cwd=elsewhere)
    assert helped.returncode == 0 and "validate" in helped.stdout, helped.stderr
    for content in ("locales/ru/LC_MESSAGES/quiz.po", "assets/README.md", "core/pack.schema.json"):
        assert (purelib / "quiz" / content).is_file(), content
