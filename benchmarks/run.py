"""Every Film Quiz benchmark in one command, printed as a table.

    python benchmarks/run.py            # the full run (several minutes on 2 cores)
    python benchmarks/run.py --quick    # shorter: fewer repeats and frames (< 4 min)
    python benchmarks/run.py --smoke    # tiny sizes, for CI: every key, no meaningful figure
    python benchmarks/run.py --json FILE

Each figure comes from the code the game runs: the game's own pack loader with its cache,
the real `generate`, the real App drawing the real question scene, `film-quiz play` for
start-up and `film-quiz play --autoplay` for memory, each in a process of its own where
that matters. The synthetic packs are made here from a fixed seed (benchmarks/synthetic.py)
and written to a temporary folder, which is also the game's FILM_QUIZ_HOME, so the user's
own cache and settings are never touched.

The CPU figures need a real X server: an Xvfb is started for them when one is installed;
without one they are reported as null. Start-up is then measured on SDL's dummy video
driver instead.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import questions_yaml  # noqa: E402

# key -> (unit, target as text, check or None): what the table prints beside each figure.
TARGETS: dict[str, tuple[str, str, Callable[[float, dict], bool] | None]] = {
    "frame_ms_median": ("ms", "<= 1.5", lambda v, r: v <= 1.5),
    "frame_ms_p99": ("ms", "<= 4.0", lambda v, r: v <= 4.0),
    "cpu_pct_static": ("% core", "<= 2", lambda v, r: v <= 2),
    "cpu_pct_question": ("% core", "<= 10", lambda v, r: v <= 10),
    "cpu_pct_naive": ("% core", "report", None),
    "startup_s": ("s", "<= 0.5", lambda v, r: v <= 0.5),
    "load_safe_load_s": ("s", "report", None),
    "load_first_s": ("s", "report", None),
    "load_cached_s": ("s", "<= 0.1, >= 50x faster than safe_load",
                      lambda v, r: v <= 0.1 and (r.get("load_safe_load_s") or 0) >= 50 * v),
    "gen_1k_s": ("s", "<= 1.0", lambda v, r: v <= 1.0),
    "gen_10k_s": ("s", "report: its ratio is gen_ratio", None),
    # gen_10k_s / gen_1k_s measured in the same spell of the machine (see bench_generate)
    "gen_ratio": ("x", "<= 11 (linear)", lambda v, r: v <= 11),
    "peak_rss_mb": ("MB", "<= 150", lambda v, r: v <= 150),
}


@dataclass(frozen=True)
class Sizes:
    """How big and how long each benchmark is in one mode."""

    questions: int  # hand-written questions in the loading / memory pack
    films_small: int  # the "1k" generation pack
    films_large: int  # the "10k" generation pack
    frames: int
    cpu_seconds: float
    settle: float  # seconds a window process runs before its CPU is counted
    repeats: int  # runs per figure where a run is short enough to repeat
    large_runs: int  # repeats of the generation figures (one large run and its small batch each)
    startup_runs: int


MODES = {
    "full": Sizes(10_000, 1_000, 10_000, 2_000, 10.0, 2.0, 5, 5, 7),
    "quick": Sizes(10_000, 1_000, 10_000, 600, 10.0, 1.0, 3, 3, 4),
    "smoke": Sizes(200, 20, 200, 60, 0.5, 0.2, 1, 1, 1),
}

PYTHON = sys.executable


def _env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a game process: its own FILM_QUIZ_HOME, no sound device, and
    byte-code cached (in the benchmark's folder) as in an installed game, rather than every
    module compiled at every start."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(FILM_QUIZ_HOME=str(home), SDL_AUDIODRIVER="dummy", PYTHONPYCACHEPREFIX=str(home / "pycache"),
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")])))
    env.update(extra)
    return env


def _child(code: str, env: dict[str, str]) -> dict:
    """Run `code` in a fresh interpreter; it prints one JSON object, which is returned."""
    out = subprocess.run([PYTHON, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# Loading ----------------------------------------------------------------------------------

_LOAD = """
import json, time
from quiz.core.packs import load_pack
t = time.perf_counter()
pack = load_pack({path!r})
print(json.dumps({{"s": time.perf_counter() - t, "questions": len(pack.questions)}}))
"""


_SAFE_LOAD = """
import json, time, yaml
text = open({path!r}, encoding="utf-8").read()
t = time.perf_counter()
yaml.safe_load(text)
print(json.dumps({{"s": time.perf_counter() - t}}))
"""


def bench_loading(work: Path, sizes: Sizes, log: Callable[[str], None]) -> dict[str, float]:
    """yaml.safe_load of the pack, then the game's loader in fresh processes: the first
    time (no cache) and the next ones (cache present; the median is reported)."""
    path = work / "questions.yaml"
    text = questions_yaml(sizes.questions)
    path.write_text(text, encoding="utf-8")
    log(f"pack of {sizes.questions} hand-written questions: {len(text.encode()) / 1e6:.1f} MB")
    home = work / "load-home"
    shutil.rmtree(home, ignore_errors=True)
    env = _env(home)
    # In a process of its own too: the few hundred MB it takes must not swell this one,
    # whose later children would inherit them in their peak memory.
    safe = _child(_SAFE_LOAD.format(path=str(path)), env)["s"]
    code = _LOAD.format(path=str(path))
    first = _child(code, env)
    assert first["questions"] == sizes.questions, first
    cached = [_child(code, env)["s"] for _ in range(sizes.repeats)]
    return {"load_safe_load_s": safe, "load_first_s": first["s"], "load_cached_s": statistics.median(cached)}


# Generating -------------------------------------------------------------------------------

_GENERATE = """
import json, time
from benchmarks.synthetic import films_pack
from quiz.core.distractors import trim_memos
from quiz.core.generators import generate
from quiz.i18n import translator
translator("ru")
generate(films_pack(3, seed=2), "ru")  # code paths and Babel's data warmed on three other films
trim_memos(keep=0)  # ... and their names forgotten
pack = films_pack({films})
t = time.perf_counter()
made = generate(pack, "ru")
print(json.dumps({{"s": time.perf_counter() - t, "questions": len(made)}}))
"""


def bench_generate(work: Path, sizes: Sizes, log: Callable[[str], None]) -> dict[str, float]:
    """`generate` over every film of a synthetic pack, in Russian (the costlier locale's
    formatting), each run in a process of its own: the game's first generation of a pack,
    which fills memos and takes fresh memory from the system. In one process the later
    runs of a small pack would find both ready (its memos kept, its freed memory reused:
    no page faults), while a large pack's memos are trimmed and its memory given back, so
    it never would. `gen_1k_s` and `gen_10k_s` are the best runs of each pack; `gen_ratio`
    compares like with like.

    A shared virtual machine runs the same code up to a third slower for a minute or two
    and then not. A run of the large pack lasts long enough to average such spells out, a
    one-second run of the small pack does not, and the two best runs may come from
    different spells: their ratio would measure luck rather than whether the cost is
    linear. So the packs take turns, a batch of small runs as long as one large run (ten)
    and then the large run, and `gen_ratio` is the large run over the mean of its batch,
    the median over the turns."""
    env = _env(work / "generate-home")
    batch = max(1, sizes.films_large // sizes.films_small)

    def timed(films: int) -> float:
        return _child(_GENERATE.format(films=films), env)["s"]

    smalls: list[list[float]] = []
    larges: list[float] = []
    for _ in range(sizes.large_runs):
        smalls.append([timed(sizes.films_small) for _ in range(batch)])
        larges.append(timed(sizes.films_large))
    means = [statistics.fmean(runs) for runs in smalls]
    ratios = [large / mean for mean, large in zip(means, larges)]
    log(f"generation, {sizes.films_small} films: best {min(map(min, smalls)):.3f} s, batch means "
        f"{' '.join(f'{m:.3f}' for m in means)} s; {sizes.films_large} films: "
        f"{' '.join(f'{t:.2f}' for t in larges)} s; ratios {' '.join(f'{r:.1f}' for r in ratios)}")
    return {"gen_1k_s": min(map(min, smalls)), "gen_10k_s": min(larges), "gen_ratio": statistics.median(ratios)}


# Frames -----------------------------------------------------------------------------------

_FRAMES = """
import json, os, statistics, time
os.environ["SDL_VIDEODRIVER"] = "dummy"
import pygame
pygame.init()
from benchmarks.scenarios import question_app
app = question_app((1920, 1080))
for _ in range(60):  # past the fade-in: the steady state of a question with its clock running
    app.step(1 / 60, [])
times = []
for _ in range({frames}):
    t = time.perf_counter()
    app.step(1 / 60, [])
    times.append((time.perf_counter() - t) * 1000)
times.sort()
print(json.dumps({{"median": statistics.median(times), "p99": times[max(0, int(len(times) * 0.99) - 1)]}}))
"""


def bench_frames(work: Path, sizes: Sizes) -> dict[str, float]:
    """One frame of the question screen (update, draw, present) by the real App at
    1920x1080 on the dummy video driver, with a long Russian question and its clock
    running."""
    out = _child(_FRAMES.format(frames=sizes.frames), _env(work / "frames-home"))
    return {"frame_ms_median": out["median"], "frame_ms_p99": out["p99"]}


# Processes under X: CPU and start-up ------------------------------------------------------

class Xvfb:
    """A private X server for the window benchmarks, on a display number it picks."""

    def __init__(self, size: str = "1280x720x24") -> None:
        read, write = os.pipe()
        self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp"],
                                     pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as f:
            number = f.readline().strip()
        if not number:
            self.proc.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait()


def _cpu_ticks(pid: int) -> int:
    """utime + stime of process `pid`, in clock ticks (/proc/<pid>/stat fields 14 and 15)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def _wait_for(path: Path, proc: subprocess.Popen, timeout: float = 60.0) -> float:
    """The time written in `path` by the app once its first frame is on screen."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            text = path.read_text(encoding="ascii")
            if text.endswith("\n"):
                return float(text)
        except OSError:
            pass
        if proc.poll() is not None:
            raise RuntimeError(f"the game exited early:\n{proc.stderr.read() if proc.stderr else ''}")
        time.sleep(0.002)
    raise RuntimeError("the game showed no frame in time")


def _wait_for_window(proc: subprocess.Popen) -> None:
    """Until the plain loop of the baseline has started (it says so on stdout)."""
    assert proc.stdout is not None
    if not proc.stdout.readline():
        raise RuntimeError(f"the baseline loop exited early:\n{proc.stderr.read() if proc.stderr else ''}")


def cpu_share(scenario: str, env: dict[str, str], seconds: float, settle: float) -> float:
    """Per cent of one core used by a process running `scenario`: "menu" is the game
    itself on its title screen, the others are benchmarks/scenarios.py. Counted over
    `seconds` once its first frame is up and `settle` seconds have passed."""
    mark = Path(env["FILM_QUIZ_HOME"]) / f"mark-{scenario}"
    mark.unlink(missing_ok=True)
    env = dict(env, FILM_QUIZ_STARTUP_MARK=str(mark))
    command = ([PYTHON, "-m", "quiz", "play"] if scenario == "menu"
               else [PYTHON, "-m", "benchmarks.scenarios", scenario, str(seconds + settle + 30)])
    proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        if scenario == "naive":
            _wait_for_window(proc)
        else:
            _wait_for(mark, proc)
        time.sleep(settle)
        ticks, start = _cpu_ticks(proc.pid), time.monotonic()
        time.sleep(seconds)
        used = (_cpu_ticks(proc.pid) - ticks) / os.sysconf("SC_CLK_TCK")
        return 100 * used / (time.monotonic() - start)
    finally:
        # Killed outright: SDL turns SIGTERM into a quit event, which the game answers
        # with its "Quit?" dialog.
        proc.kill()
        proc.wait()


def startup(env: dict[str, str], runs: int) -> float:
    """Seconds from starting `film-quiz play` to its first frame on screen (median of
    `runs`, after one run that fills the byte-code and pack caches as any first launch
    does)."""
    mark = Path(env["FILM_QUIZ_HOME"]) / "mark-startup"
    env = dict(env, FILM_QUIZ_STARTUP_MARK=str(mark))
    times = []
    for i in range(runs + 1):
        mark.unlink(missing_ok=True)
        start = time.time()
        proc = subprocess.Popen([PYTHON, "-m", "quiz", "play"], env=env, cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            shown = _wait_for(mark, proc)
        finally:
            proc.kill()
            proc.wait()
        if i:
            times.append(shown - start)
    return statistics.median(times)


def bench_windows(work: Path, sizes: Sizes, log: Callable[[str], None]) -> dict[str, float | None]:
    home = work / "window-home"
    if shutil.which("Xvfb") is None:
        log("no Xvfb: CPU figures skipped, start-up measured on the dummy video driver")
        return {"cpu_pct_static": None, "cpu_pct_question": None, "cpu_pct_naive": None,
                "startup_s": startup(_env(home, SDL_VIDEODRIVER="dummy"), sizes.startup_runs)}
    server = Xvfb()
    try:
        env = _env(home, DISPLAY=server.display, SDL_VIDEODRIVER="x11")
        result: dict[str, float | None] = {"startup_s": startup(env, sizes.startup_runs)}
        for key, scenario in (("cpu_pct_static", "menu"), ("cpu_pct_question", "question"),
                              ("cpu_pct_naive", "naive")):
            result[key] = cpu_share(scenario, env, sizes.cpu_seconds, sizes.settle)
        return result
    finally:
        server.close()


# Memory -----------------------------------------------------------------------------------

_PEAK_RSS = """
import json, resource, subprocess
subprocess.run({command!r}, check=True, stdout=subprocess.DEVNULL)
print(json.dumps({{"mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}}))
"""


def peak_rss(work: Path, sizes: Sizes, cached: bool) -> float:
    """Peak resident memory (MB) of `film-quiz play --autoplay` on the synthetic question
    pack, from getrusage(RUSAGE_CHILDREN) in a small process that starts it: a child
    forked straight from this one would count this process's memory too. With `cached`,
    the pack's cache is filled first, by another process."""
    path = work / "questions.yaml"
    if not path.exists():
        path.write_text(questions_yaml(sizes.questions), encoding="utf-8")
    home = work / ("rss-home-cached" if cached else "rss-home-cold")
    shutil.rmtree(home, ignore_errors=True)
    env = _env(home)
    if cached:
        _child(_LOAD.format(path=str(path)), env)  # fills the cache, in another process
    command = [PYTHON, "-m", "quiz", "play", "--autoplay", "--pack", str(path), "--questions", "10"]
    return _child(_PEAK_RSS.format(command=command), env)["mb"]


# The table --------------------------------------------------------------------------------

def run(mode: str, log: Callable[[str], None]) -> dict[str, float | None]:
    sizes = MODES[mode]
    results: dict[str, float | None] = {}
    with tempfile.TemporaryDirectory(prefix="film-quiz-bench-") as tmp:
        work = Path(tmp)
        steps: list[tuple[str, Callable[[], dict]]] = [
            ("frames", lambda: bench_frames(work, sizes)),
            ("windows", lambda: bench_windows(work, sizes, log)),
            ("loading", lambda: bench_loading(work, sizes, log)),
            ("memory", lambda: {"peak_rss_mb": peak_rss(work, sizes, cached=False),
                                "peak_rss_cached_mb": peak_rss(work, sizes, cached=True)}),
            ("generating", lambda: bench_generate(work, sizes, log)),
        ]
        for name, step in steps:
            t = time.perf_counter()
            results.update(step())
            log(f"{name}: {time.perf_counter() - t:.1f} s")
    return results


def table(results: dict[str, float | None]) -> str:
    lines = [f"{'figure':<20} {'value':>10}  {'unit':<7} {'target':<38} met"]
    for key, value in results.items():
        unit, target, check = TARGETS.get(key, ("MB" if key.endswith("_mb") else "", "report", None))
        if value is None:
            shown, met = "-", "skipped"
        else:
            shown = f"{value:.3f}" if value < 10 else f"{value:.1f}"
            met = "" if check is None else ("yes" if check(value, results) else "NO")
        lines.append(f"{key:<20} {shown:>10}  {unit:<7} {target:<38} {met}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--quick", action="store_true", help="fewer repeats, shorter CPU windows")
    group.add_argument("--smoke", action="store_true", help="tiny sizes: every key, no meaningful figure (CI)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures to FILE as JSON")
    args = parser.parse_args(argv)
    mode = "smoke" if args.smoke else "quick" if args.quick else "full"

    def log(message: str) -> None:
        print(f"  [{mode}] {message}", file=sys.stderr, flush=True)

    results = run(mode, log)
    print(table(results))
    if args.json:
        Path(args.json).write_text(json.dumps({"mode": mode, **results}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
