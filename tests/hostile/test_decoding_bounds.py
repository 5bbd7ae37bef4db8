"""The proxy from the grader's side (issue 15): what a hostile worker sends is decoded within
bounds of time and memory, through the real CLI on both backends.

Each file in decoding/ attacks the lru-cache challenge with the header contract of
test_hostile.py (expect, backends, why, max-seconds). Besides that contract (the verdict, the
exit status, no traceback, a bounded wall time, no container left), every grade's peak memory
is measured from outside: the grader runs under a small parent that reports the largest
resident set of its children (the grader, and the local backend's processes it waited for),
which must stay under MAX_RSS_MB. Exit 130 never comes from the submission: no signal reaches
these graders.
"""

import json
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from test_hostile import BANK_SECRETS, SECRET, _containers, read_case

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CASES = {case.name: case for case in map(read_case, sorted((HERE / "decoding").glob("*.py")))}
MAX_RSS_MB = 1024
HANG_SECONDS = 240.0
ARGS = ("-k", "test_get_returns_stored_value", "--probes", "off", "--quality", "off")
# The parent: runs the grader, forwards SIGTERM to it, reports its pid and the children's peak.
MEASURE = """
import json, resource, signal, subprocess, sys
proc = subprocess.Popen(sys.argv[2:])
signal.signal(signal.SIGTERM, lambda *_: proc.terminate())
code = proc.wait()
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
with open(sys.argv[1], "w") as fh:
    json.dump({"pid": proc.pid, "maxrss_kb": peak, "code": code}, fh)
sys.exit(0)
"""


def run_grade(name: str, backend: str, workdir: Path) -> dict:
    case = CASES[name]
    workdir.mkdir(parents=True)
    facts = workdir / "facts.json"
    command = [sys.executable, "-c", MEASURE, str(facts), sys.executable, "-m", "grader",
               "grade", "lru-cache", str(case.path), "--sandbox", backend, "--format", "json",
               "--audience", "reviewer", *ARGS]
    env = {**os.environ, "GRADER_TEST_SECRET": SECRET, "TMPDIR": str(workdir)}
    env.pop("GRADER_DEBUG", None)
    started = time.monotonic()
    proc = subprocess.Popen(command, cwd=workdir, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    hung = False
    try:
        out, err = proc.communicate(timeout=HANG_SECONDS)
    except subprocess.TimeoutExpired:
        hung = True
        proc.send_signal(signal.SIGTERM)
        try:
            out, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
    seconds = time.monotonic() - started
    measured = json.loads(facts.read_text()) if facts.exists() else {}
    pid = measured.get("pid")
    return {"out": out.decode("utf-8", "replace"), "err": err.decode("utf-8", "replace"),
            "code": measured.get("code"), "seconds": seconds, "hung": hung,
            "rss_mb": measured.get("maxrss_kb", 0) / 1024,
            "containers": _containers(pid) if backend == "docker" and pid else []}


PARAMS = [pytest.param(name, backend, id=f"{name}-{backend}")
          for name, case in CASES.items() for backend in case.backends]


@pytest.fixture(scope="module")
def grades(request, tmp_path_factory):
    """Every selected grade, two at a time, started as soon as the first test asks."""
    selected = [tuple(item.callspec.params[k] for k in ("name", "backend"))
                for item in request.session.items
                if getattr(item, "originalname", "") == "test_decoding_is_bounded"]
    if any(backend == "docker" for _, backend in selected):
        request.getfixturevalue("docker_ready")
    root = tmp_path_factory.mktemp("decoding")
    pool = ThreadPoolExecutor(max_workers=2)
    futures = {key: pool.submit(run_grade, *key, root / "-".join(key)) for key in selected}
    yield futures
    pool.shutdown(wait=True, cancel_futures=True)


@pytest.mark.slow
@pytest.mark.parametrize("name, backend", PARAMS)
def test_decoding_is_bounded(name, backend, grades):
    case = CASES[name]
    run = grades[(name, backend)].result()
    where = (f"{name} on {backend} ({case.why})\nexit {run['code']}, {run['seconds']:.1f} s, "
             f"{run['rss_mb']:.0f} MB\nstderr: {run['err'][-2000:]}")
    print(f"{name} on {backend}: exit {run['code']}, {run['seconds']:.1f} s, "
          f"grader's peak {run['rss_mb']:.0f} MB")  # the figures, with -rP
    assert not run["hung"], f"the grade hung: {where}"
    assert "Traceback" not in run["err"], where
    assert "interrupted" not in run["err"], where
    assert run["code"] == 1, where
    report = json.loads(run["out"])
    assert report["verdict"] == case.expect[backend], f"{report['reason']}: {where}"
    assert run["seconds"] < case.max_seconds, where
    assert 0 < run["rss_mb"] < MAX_RSS_MB, where
    assert run["containers"] == [], f"containers left behind: {where}"
    text = run["out"] + run["err"]
    assert SECRET not in text
    for path, needles in BANK_SECRETS.items():
        assert not any(needle in text for needle in needles), f"{path.name} leaked: {where}"


@pytest.mark.slow
def test_a_batch_moves_on_past_an_answer_that_cannot_be_decoded(docker_ready, tmp_path):
    """The colliding set at import once held a batch forever (its container left behind)."""
    answers = tmp_path / "answers"
    answers.mkdir()
    (answers / "mallory.py").write_bytes(CASES["colliding_set_at_import"].path.read_bytes())
    (answers / "alice.py").write_bytes((REPO / "examples" / "lru_cache.py").read_bytes())
    command = [sys.executable, "-m", "grader", "batch", "lru-cache", str(answers), "--sandbox",
               "docker", "--probes", "off", "--quality", "off", "--no-cache", "--format", "json",
               "-j", "2"]
    started = time.monotonic()
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "TMPDIR": str(tmp_path)})
    assert time.monotonic() - started < 180
    assert done.returncode == 1, done.stderr[-2000:]
    rows = {Path(row["path"]).name: row for row in json.loads(done.stdout)["rows"]}
    assert rows["mallory.py"]["verdict"] == "error", rows
    assert rows["alice.py"]["verdict"] == "passed", rows
