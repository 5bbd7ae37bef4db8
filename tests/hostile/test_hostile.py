"""Hostile submissions, graded through the real CLI on both backends (issue 7).

Each file (or package folder) in submissions/ is one attack on the lru-cache challenge
(module lru_cache, class LRUCache(capacity) with get/put), made at import or inside
get/put. Each starts with a header this module reads:

    # expect: timeout            the verdict it must get; per backend: docker=crashed local=error;
                                 bad-input: refused before grading (exit status 2, no report);
                                 passed: a harmless oddity a correct answer may have (exit 0)
    # backends: docker local     where it runs (docker alone where SECURITY.md puts the attack
                                 outside the local backend's model)
    # why: what it tries
    # args: -k test_absent       grade options instead of DEFAULT_ARGS
    # transform: crlf            the file's bytes are rewritten first (bad-file attacks)
    # absent: TEXT               text the report must not hold (repeatable; Python escapes)
    # max-seconds: 60            the grade's wall-time bound (default MAX_SECONDS)
    #    and so on               a line indented further continues the value above it

Every case asserts the verdict; the exit status (1, 0 for a whole passed run, 2 for bad
input; never 3, the grader's own failure); no traceback from the grader; a bounded wall
time; that no secret of the grader appears in the report (an environment variable set for
the run, text of the hidden tests and of the reference); and that nothing outside the
sandbox changed: the grader's cwd and TMPDIR are empty afterwards, the repository's sentinel
file is intact, no `pwned*` file an attack tries to plant exists on the host, no container
labelled with the grade's pid and no process of its sandboxes outlives it.

Grades run HOSTILE_JOBS (default 3) at a time: most of their time is spent on deadlines.
"""

import json
import os
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
import uuid
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from grader.isolation.docker_backend import PID_LABEL
from grader.isolation.local_backend import sandbox_uids

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SUBMISSIONS = HERE / "submissions"
SENTINEL = HERE / "sentinel.txt"
SECRET = f"hostile-secret-{uuid.uuid4().hex}"
DEFAULT_ARGS = ("-k", "test_get_returns_stored_value", "--probes", "off")
BACKENDS = ("docker", "local")
VERDICTS = {"passed", "failed", "error", "timeout", "memory-limit", "crashed", "rejected",
            "internal-error", "bad-input"}
JOBS = int(os.environ.get("HOSTILE_JOBS", "3"))
MAX_SECONDS = 90.0  # one grade's wall time, with others running beside it
HANG_SECONDS = 300.0  # past this the grade counts as hung and is stopped
DAEMON_MARK = "86399.4242"  # the argv of what the daemon attacks leave running, if anything;
# each grade rewrites it to a mark of its own, since grades run side by side.
PLANTED = "pwned"  # attacks name every file they try to plant outside the sandbox so
# The hidden tests and the reference never reach a report: text only they hold.
BANK_SECRETS = {
    REPO / "hidden_tests" / "lru-cache" / "test_lru_cache.py": [
        "def random_ops(rng, n, keys):", "def reference_replay(reference, capacity, ops):"],
    REPO / "hidden_tests" / "lru-cache" / "reference.py": [
        "a dict of nodes plus a doubly linked list with sentinels",
        "Sentinels: head.next is the most recent entry"],
}
# Where an attack that got out would leave its `pwned*` files.
PLANT_DIRS = [Path("/tmp"), Path("/var/tmp"), Path("/dev/shm"), Path("/"), Path.home(), REPO,
              REPO / "tests", HERE, SUBMISSIONS, REPO / "hidden_tests" / "lru-cache"]


# -- the cases ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    expect: dict  # backend -> verdict
    backends: tuple
    why: str
    args: tuple
    transform: str | None
    absent: tuple
    max_seconds: float


def read_header(path: Path) -> dict[str, list[str]]:
    source = path / "__init__.py" if path.is_dir() else path
    header: dict[str, list[str]] = {}
    last = None
    for line in source.read_text(encoding="utf-8").splitlines():
        more = re.match(r"#\s{3,}(\S.*?)\s*$", line)  # a long value goes on, indented
        if more and last:
            header[last][-1] += " " + more[1]
            continue
        match = re.match(r"#\s*([a-z-]+):\s*(.*?)\s*$", line)
        if not match:
            break
        last = match[1]
        header.setdefault(last, []).append(match[2])
    return header


def read_case(path: Path) -> Case:
    header = read_header(path)
    name = path.name.removesuffix(".py")
    for key in ("expect", "backends", "why"):
        assert header.get(key), f"{name}: the header has no `# {key}:` line"
    backends = tuple(header["backends"][0].split())
    assert set(backends) <= set(BACKENDS), f"{name}: unknown backend in {backends}"
    words = header["expect"][0].split()
    if all("=" in w for w in words):
        expect = dict(w.split("=", 1) for w in words)
    else:
        assert len(words) == 1, f"{name}: expect one verdict, or backend=verdict pairs"
        expect = dict.fromkeys(backends, words[0])
    assert set(expect) == set(backends), f"{name}: expect names backends {sorted(expect)}"
    assert set(expect.values()) <= VERDICTS, f"{name}: unknown verdict in {expect}"
    args = tuple(shlex.split(header["args"][0])) if "args" in header else DEFAULT_ARGS
    absent = tuple(a.encode().decode("unicode_escape") for a in header.get("absent", []))
    return Case(name=name, path=path, expect=expect, backends=backends,
                why=header["why"][0], args=args,
                transform=header.get("transform", [None])[0], absent=absent,
                max_seconds=float(header.get("max-seconds", [MAX_SECONDS])[0]))


def all_cases() -> dict[str, Case]:
    paths = sorted(p for p in SUBMISSIONS.iterdir()
                   if (p.suffix == ".py" and p.is_file()) or (p / "__init__.py").is_file())
    return {case.name: case for case in map(read_case, paths)}


CASES = all_cases()
PARAMS = [pytest.param(name, backend, id=f"{name}-{backend}")
          for name, case in CASES.items() for backend in case.backends]


# -- bad files: the stored attack is clean Python; its bytes are rewritten before grading ----------
def _pad(data: bytes, size: int) -> bytes:
    line = b"# " + b"x" * 76 + b"\n"
    return data + line * (size // len(line) + 1)


TRANSFORMS = {
    "latin1": lambda d: d + "# caf\u00e9 cr\u00e8me br\u00fbl\u00e9e\n".encode("latin-1"),
    "nul-bytes": lambda d: d.replace(b"class LRUCache", b"\x00class LRUCache", 1),
    "bom": lambda d: b"\xef\xbb\xbf" + d,
    "crlf": lambda d: d.replace(b"\n", b"\r\n"),
    "lone-cr": lambda d: d.replace(b"\n", b"\r"),
    "empty": lambda d: b"",
    "pad-50mb": lambda d: _pad(d, 50 * 1024 * 1024),
    "pad-900kb": lambda d: _pad(d, 900 * 1024),
    "nested-parens": lambda d: d + b"x = " + b"(" * 100_000 + b"1" + b")" * 100_000 + b"\n",
    "nested-lists-190": lambda d: d + b"y = " + b"[" * 190 + b"]" * 190 + b"\n",
    "surrogate-escape": lambda d: d + b"z = '\xed\xa0\x80'\n",
}


def daemon_mark(name: str, backend: str) -> str:
    """This grade's own sleep argument, so a check never sees another grade's daemons."""
    return f"86399.{zlib.crc32(f'{name}-{backend}'.encode()):010d}"


def prepare(case: Case, backend: str, workdir: Path) -> Path:
    """The path to grade: the stored attack, or its rewritten bytes in the grade's own folder."""
    data = case.path.read_bytes() if case.path.is_file() else b""
    if case.transform is None and DAEMON_MARK.encode() in data:
        target = workdir / "submission" / case.path.name
        target.parent.mkdir()
        target.write_bytes(data.replace(DAEMON_MARK.encode(),
                                        daemon_mark(case.name, backend).encode()))
        return target
    if case.transform is None:
        return case.path
    assert case.transform in TRANSFORMS, f"{case.name}: unknown transform {case.transform}"
    target = workdir / "submission" / "lru_cache.py"
    target.parent.mkdir()
    target.write_bytes(TRANSFORMS[case.transform](case.path.read_bytes()))
    return target


# -- one grade, and what it left behind ---------------------------------------------------------
@dataclass
class Outcome:
    code: int | None
    out: str
    err: str
    seconds: float
    pid: int
    hung: bool
    containers: list
    cwd_left: list
    tmp_left: list
    processes: list


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _containers(pid: int) -> list[str]:
    out = subprocess.run(["docker", "ps", "-aq", "--filter", f"label={PID_LABEL}={pid}"],
                         capture_output=True, text=True, timeout=60).stdout
    return out.split()


def _processes_of(uids) -> list[str]:
    """Processes still running as one of a grade's sandbox uids (local backend, as root)."""
    wanted = set(uids)
    out = subprocess.run(["ps", "-eo", "uid=,pid=,args="], capture_output=True, text=True).stdout
    return [line for line in out.splitlines()
            if line.split() and line.split()[0].isdigit() and int(line.split()[0]) in wanted]


def grade(case: Case, backend: str, workdir: Path) -> Outcome:
    cwd, tmp = workdir / "cwd", workdir / "tmp"
    cwd.mkdir(parents=True)
    tmp.mkdir()
    target = prepare(case, backend, workdir)
    command = [sys.executable, "-m", "grader", "grade", "lru-cache", str(target),
               "--sandbox", backend, "--format", "json", "--audience", "reviewer", *case.args]
    env = {**os.environ, "GRADER_TEST_SECRET": SECRET, "TMPDIR": str(tmp)}
    env.pop("GRADER_DEBUG", None)
    started = time.monotonic()
    proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    hung = False
    try:
        out, err = proc.communicate(timeout=HANG_SECONDS)
    except subprocess.TimeoutExpired:
        hung = True
        proc.send_signal(signal.SIGTERM)  # the grader cleans up on SIGTERM; then it is killed
        try:
            out, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
    seconds = time.monotonic() - started
    return Outcome(
        code=proc.returncode, out=out.decode("utf-8", "replace"),
        err=err.decode("utf-8", "replace"), seconds=seconds, pid=proc.pid, hung=hung,
        containers=_containers(proc.pid) if backend == "docker" else [],
        cwd_left=_listing(cwd), tmp_left=_listing(tmp),
        processes=_processes_of(sandbox_uids(proc.pid)) if backend == "local" else [])


class Runs:
    """Every selected grade, started a few at a time as soon as the first test asks."""

    def __init__(self, root: Path, selected: list[tuple[str, str]]):
        self.root, self.selected = root, selected
        self.futures: dict[tuple[str, str], Future] = {}
        self.pool = ThreadPoolExecutor(max_workers=max(JOBS, 1))
        self.lock = threading.Lock()

    def start(self) -> None:
        for key in self.selected:
            self._submit(key)

    def _submit(self, key) -> Future:
        with self.lock:
            if key not in self.futures:
                name, backend = key
                self.futures[key] = self.pool.submit(grade, CASES[name], backend,
                                                     self.root / f"{name}-{backend}")
            return self.futures[key]

    def result(self, name: str, backend: str) -> Outcome:
        return self._submit((name, backend)).result()


@pytest.fixture(scope="session")
def hostile_runs(request, tmp_path_factory):
    selected = [tuple(item.callspec.params[k] for k in ("name", "backend"))
                for item in request.session.items
                if getattr(item, "originalname", "") == "test_hostile_submission"]
    if any(backend == "docker" for _, backend in selected):
        request.getfixturevalue("docker_ready")
    for path, needles in BANK_SECRETS.items():  # the secrets checked for must be real
        text = path.read_text(encoding="utf-8")
        assert all(n in text for n in needles), f"{path} no longer holds the suite's markers"
    runs = Runs(tmp_path_factory.mktemp("hostile"), selected)
    runs.start()
    yield runs
    runs.pool.shutdown(wait=True, cancel_futures=True)


SENTINEL_TEXT = SENTINEL.read_bytes()


def planted() -> list[str]:
    found = []
    for folder in PLANT_DIRS:
        try:
            found += [str(p) for p in folder.glob(f"{PLANTED}*")]
        except OSError:
            pass
    return found


def daemons(name: str, backend: str) -> list[str]:
    mark = re.escape(daemon_mark(name, backend))
    out = subprocess.run(["pgrep", "-af", mark], capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if "pgrep" not in line]


# -- the test ----------------------------------------------------------------------------------
@pytest.mark.parametrize("name, backend", PARAMS)
def test_hostile_submission(name, backend, hostile_runs):
    case = CASES[name]
    run = hostile_runs.result(name, backend)
    where = f"{name} on {backend} ({case.why})\nexit {run.code}\nstderr: {run.err[-3000:]}"
    expected = case.expect[backend]

    # The grader neither hung nor crashed.
    assert not run.hung, f"the grade hung: {where}"
    assert "Traceback" not in run.err, where
    if expected == "bad-input":
        assert run.code == 2, where
        assert run.out == "" and len(run.err.strip().splitlines()) == 1, where
    else:
        report = json.loads(run.out)
        # A run narrowed by -k (the default here) is partial: it exits 1 even when it passed.
        passed_whole = expected == "passed" and not report["partial"]
        assert run.code == (0 if passed_whole else 1), where
        got = (report["verdict"], report["reason"])
        assert report["verdict"] == expected, f"{got}: {where}"
        assert report["sandbox"]["backend"] == backend
    assert run.seconds < case.max_seconds, f"{run.seconds:.1f} s: {where}"

    # No secret of the grader reached the report.
    text = run.out + run.err
    assert SECRET not in text, f"the grader's environment leaked: {where}"
    for path, needles in BANK_SECRETS.items():
        for needle in needles:
            assert needle not in text, f"{path.name} leaked ({needle!r}): {where}"
    for needle in case.absent:
        assert needle not in text, f"{needle!r} is in the report: {where}"

    # Nothing outside the sandbox changed.
    assert run.cwd_left == [], f"files appeared in the grader's cwd: {run.cwd_left}"
    assert run.tmp_left == [], f"the grade left temporary files: {run.tmp_left}"
    assert run.containers == [], f"containers left behind: {run.containers}"
    assert run.processes == [], f"sandbox processes left behind: {run.processes}"
    assert SENTINEL.read_bytes() == SENTINEL_TEXT, "the repository's sentinel changed"
    assert planted() == [], "an attack planted files on the host"
    assert daemons(name, backend) == [], "a daemon outlived its sandbox"


def test_every_kind_of_attack_is_covered():
    """The issue's list, by the prefix each attack's file name starts with."""
    kinds = ["fork", "spawn", "memory", "cpu", "sleep", "disk", "flood", "return", "recursion",
             "daemon", "signal", "secrets", "network", "links", "forged", "lying", "patches",
             "trace", "badfile", "package"]
    counts = {k: sum(n.startswith(k + "_") for n in CASES) for k in kinds}
    assert all(counts.values()), {k: c for k, c in counts.items() if not c}
    assert len(CASES) >= 60, len(CASES)
    assert sum(c.backends == ("docker",) for c in CASES.values()) <= 10
