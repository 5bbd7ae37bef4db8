"""The local backend: a worker subprocess under resource limits, in bubblewrap when present.

For machines with no Docker engine. Inside bubblewrap the worker sees what the
Docker image holds and nothing else of the host: the system directories and
this Python read-only, its own size-limited tmpfs at /tmp, the worker at
/opt/grader; no network, its own PID namespace, and (when the grader is root)
an unprivileged uid of its own with no capabilities. Without bubblewrap it
isolates far less (no filesystem or network separation); the report says so,
and SECURITY.md lists what it does not protect against.
"""

import itertools
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from grader.bank.spec import Limits
from grader.isolation.sandbox_process import Backend, ExitInfo, SandboxProcess, worker_files

# Python, NumPy's thread pools and the worker's own imports need address space
# beyond what the submission may use; RLIMIT_AS counts all of it, including the
# 8 MiB of stack each thread reserves (up to `pids` threads may run).
AS_HEADROOM_MB = 768
THREAD_STACK_MB = 8
# What a sandbox sees of the host, read-only (those that exist): the system and, below, this
# Python's own directories. Not /home, /root, /run (the Docker socket), /tmp or the bank.
SYSTEM_DIRS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc")
WORKER_DIR = "/opt/grader"  # where the worker sits inside, as in the Docker image
# A grader running as root gives each sandbox an unprivileged uid of its own (never 0: root
# keeps capabilities, ignores RLIMIT_NPROC and owns the host's files; never a shared one such
# as nobody: RLIMIT_NPROC counts every process of a uid, other sandboxes' too).
SANDBOX_UID_BASE = 3_000_000_000
# Run as root inside bubblewrap with only CAP_SETUID/CAP_SETGID: become the sandbox's uid, then
# start the worker. The uid change drops every capability; bubblewrap set no_new_privs.
DROP_PRIVILEGES = ("import os, sys; uid = int(sys.argv[1]); os.setgroups([]); "
                   "os.setresgid(uid, uid, uid); os.setresuid(uid, uid, uid); "
                   "os.execv(sys.argv[2], sys.argv[2:])")
_started = itertools.count()
# How often the memory watcher sums the sandbox's resident memory.
MEMORY_POLL_S = 0.05
# How long a listing of the sandbox's processes serves the CPU and memory accounting.
TREE_TTL_S = 0.5


class LocalBackend(Backend):
    name = "local"

    def __init__(self, hide: Sequence[Path] = (), use_bwrap: bool | None = None):
        self.hide = [Path(p).resolve() for p in hide]  # e.g. the bank's hidden_tests/
        self.bwrap = shutil.which("bwrap") if use_bwrap is not False else None

    @classmethod
    def configured(cls, hide: list[Path], image: str | None) -> "LocalBackend":
        return cls(hide=hide)

    def problem(self) -> str | None:
        return None

    def describe(self) -> str:
        if self.bwrap:
            return ("local+bubblewrap: own namespaces (no network), only the system and Python "
                    "read-only, private size-limited /tmp, unprivileged uid, rlimits on memory, "
                    "CPU, files and processes")
        return ("local: a subprocess with rlimits on memory, CPU, files and processes only; "
                "no filesystem or network isolation")

    def start(self, limits: Limits, env: dict[str, str]) -> SandboxProcess:
        return LocalSandbox(self, limits, env)


class LocalSandbox(SandboxProcess):
    backend = "local"

    def __init__(self, backend: LocalBackend, limits: Limits, env: dict[str, str]):
        super().__init__(limits)
        self.isolation = backend.describe()
        self.home = Path(tempfile.mkdtemp(prefix="grader-local-"))
        for name, data in worker_files().items():
            (self.home / name).write_bytes(data)
        os.chmod(self.home, 0o755)
        work = self.home / "tmp"
        if backend.bwrap:
            command = self._bwrap(backend, [sys.executable, "-I", "-X", "utf8",
                                            f"{WORKER_DIR}/worker.py"])
            inside = "/tmp"
        else:
            work.mkdir()
            os.chmod(work, 0o1777)
            command = [sys.executable, "-I", "-X", "utf8", str(self.home / "worker.py")]
            inside = str(work)
        full_env = {"PATH": "/usr/bin:/bin", "HOME": inside, "TMPDIR": inside,
                    "LANG": "C.UTF-8", "OPENBLAS_NUM_THREADS": "1", **env}
        self.proc = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            cwd=self.home if backend.bwrap else work, env=full_env, start_new_session=True,
            close_fds=True, preexec_fn=self._limit_child)
        self.lock = threading.Lock()
        self.oom_killed = False
        for stream, sink in ((self.proc.stdout, self.protocol), (self.proc.stderr, self.output)):
            threading.Thread(target=self._pump, args=(stream, sink), daemon=True).start()
        threading.Thread(target=self._watch_memory, daemon=True).start()

    def _bwrap(self, backend: LocalBackend, command: list[str]) -> list[str]:
        """A root of bubblewrap's own: the system and Python read-only, a private /tmp."""
        root = os.getuid() == 0
        # As root, every namespace but the user one: a user namespace would map only uid 0, and
        # the worker must become a uid of its own. Otherwise bubblewrap needs one.
        unshare = (["--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
                    "--unshare-cgroup-try"] if root else ["--unshare-all"])
        assert backend.bwrap is not None  # called only when bubblewrap was found
        args = [backend.bwrap, *unshare, "--die-with-parent", "--new-session"]
        for path in SYSTEM_DIRS:
            if os.path.islink(path):  # merged /usr: /bin -> usr/bin
                args += ["--symlink", os.readlink(path), path]
            elif os.path.isdir(path):
                args += ["--ro-bind", path, path]
        shown = [p for p in SYSTEM_DIRS if os.path.isdir(p) and not os.path.islink(p)]
        made = {"/tmp"}  # mounted as a tmpfs below, never made with --dir
        # A Python kept under /tmp (a venv in a scratch clone) is bound after the private /tmp
        # is mounted, or that tmpfs would hide it.
        late: list[str] = []
        for path in _python_dirs():
            if _under(path, ["/tmp"]):
                late += _parents(path, made) + ["--ro-bind", path, path]
            elif not _under(path, shown):
                args += _parents(path, made) + ["--ro-bind", path, path]
                shown.append(path)
        for secret in backend.hide:  # a bank kept where the sandbox can see (it should not be)
            if secret.exists() and _under(str(secret), shown):
                args += ["--tmpfs", str(secret)]
        args += ["--proc", "/proc", "--dev", "/dev",
                 "--perms", "1777", "--size", str(self.limits.tmpfs_mb * 1024 * 1024),
                 "--tmpfs", "/tmp", *late, *_parents(WORKER_DIR, made),
                 "--ro-bind", str(self.home), WORKER_DIR,
                 "--remount-ro", "/", "--chdir", "/tmp"]
        if root:
            uid = sandbox_uid(os.getpid(), next(_started))
            args += ["--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
            command = [sys.executable, "-I", "-S", "-c", DROP_PRIVILEGES, str(uid), *command]
        return args + command

    def _limit_child(self) -> None:
        lim = self.limits
        mb = 1024 * 1024
        cpu = int(lim.total_timeout_s) + 5
        address_space = lim.memory_mb + AS_HEADROOM_MB + THREAD_STACK_MB * lim.pids
        resource.setrlimit(resource.RLIMIT_AS, (address_space * mb,) * 2)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
        resource.setrlimit(resource.RLIMIT_FSIZE, (lim.file_size_mb * mb,) * 2)
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        # Root ignores RLIMIT_NPROC: with bubblewrap the worker runs as a uid of its own, where
        # it holds; without, a root grader's worker is bounded only by deadlines (SECURITY.md).
        resource.setrlimit(resource.RLIMIT_NPROC, (lim.pids, lim.pids))

    def _watch_memory(self) -> None:
        """The memory limit for the whole sandbox, as Docker's cgroup enforces it.

        RLIMIT_AS alone is per process and must leave room for Python's own mappings and
        thread stacks (AS_HEADROOM_MB + THREAD_STACK_MB * pids): a submission could use
        about 1.5 GB against a 256 MB limit, slowly enough to end as a timeout rather
        than memory-limit (hostile test memory_slow_in_call). Like the kernel's OOM killer
        in a cgroup, when the memory of all the sandbox's processes (proportional set
        size) passes the limit, the largest one is killed: the worker (memory-limit) or a
        child it forked (the worker carries on, as under Docker)."""
        limit = self.limits.memory_mb * 1024 * 1024
        while self.proc.poll() is None:
            tree = _process_tree(self.proc.pid)
            if sum(rss for rss, _ in tree.values()) > limit:
                victim = max(tree, key=lambda pid: tree[pid][0])
                if tree[victim][1]:  # the worker itself
                    self.oom_killed = True
                    self.kill()
                    return
                try:
                    os.kill(victim, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
            time.sleep(MEMORY_POLL_S)

    def _pump(self, stream, sink) -> None:
        try:
            while chunk := stream.read1(1 << 16):
                sink.feed(chunk)
        except (OSError, ValueError):
            pass
        finally:
            if sink is self.protocol:
                self.protocol.close()

    def send(self, data: bytes) -> None:
        assert self.proc.stdin is not None  # opened with stdin=PIPE
        with self.lock:
            self.proc.stdin.write(data)
            self.proc.stdin.flush()

    def _tree(self) -> list[int]:
        """The sandbox's processes, listed again at most every TREE_TTL_S (reading all of
        /proc takes milliseconds; a probe reads the accounting around every call)."""
        now = time.monotonic()
        if now - getattr(self, "_tree_at", -TREE_TTL_S) >= TREE_TTL_S:
            self._tree_pids, self._tree_at = _descendants(self.proc.pid), now
        return self._tree_pids

    def cpu_time_ns(self) -> int | None:
        """Every live thread of the sandbox's processes, from the kernel's schedstat (ns on
        a CPU). A thread or child that ended takes its time with it: coarser than a cgroup."""
        total = 0
        for pid in self._tree():
            try:
                tasks = os.listdir(f"/proc/{pid}/task")
            except OSError:
                continue
            for tid in tasks:
                try:
                    with open(f"/proc/{pid}/task/{tid}/schedstat", "rb") as fh:
                        total += int(fh.read().split()[0])
                except (OSError, ValueError, IndexError):
                    continue
        return total or None

    def reset_memory_peak(self) -> int | None:
        done = False
        for pid in self._tree():
            try:  # "5" resets the process's peak resident set size (VmHWM) to its VmRSS
                with open(f"/proc/{pid}/clear_refs", "w") as fh:
                    fh.write("5")
                done = True
            except OSError:
                continue
        return self._status_sum(b"VmRSS:") if done else None

    def memory_peak(self) -> int | None:
        return self._status_sum(b"VmHWM:")

    def _status_sum(self, key: bytes) -> int | None:
        """A /proc/<pid>/status figure (kB) summed over the sandbox's processes, in bytes."""
        total = 0
        for pid in self._tree():
            try:
                with open(f"/proc/{pid}/status", "rb") as fh:
                    for line in fh:
                        if line.startswith(key):
                            total += int(line.split()[1]) * 1024
            except (OSError, ValueError, IndexError):
                continue
        return total or None

    def kill(self) -> None:
        try:  # the whole session: the worker and anything it spawned
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    def exit_info(self, timeout: float) -> ExitInfo:
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return ExitInfo(None)
        return ExitInfo(code, oom_killed=self.oom_killed)

    def close(self) -> None:
        self.kill()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            try:
                stream.close()  # type: ignore[union-attr]  # all three opened with PIPE
            except OSError:
                pass
        shutil.rmtree(self.home, ignore_errors=True)


def _descendants(root: int) -> list[int]:
    """`root` and every process below it, from /proc."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        children.setdefault(int(stat[stat.rfind(b")") + 2:].split()[1]), []).append(int(name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found


def _process_tree(root: int) -> dict[int, tuple[int, bool]]:
    """{pid: (memory bytes, is the worker)} for `root`'s descendants, read from /proc.
    The worker is the outermost process running worker.py (its forks run it too)."""
    parents = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2:].split()  # after "pid (comm) "
        parents[int(name)] = int(fields[1])
    children: dict[int, list[int]] = {}
    for pid, ppid in parents.items():
        children.setdefault(ppid, []).append(pid)
    tree, todo, worker_found = {}, [(root, False)], False
    while todo:  # breadth first: the worker is met before its forks
        next_level = []
        for pid, _ in todo:
            is_worker = False
            if not worker_found:
                try:
                    with open(f"/proc/{pid}/cmdline", "rb") as fh:
                        argv = fh.read().split(b"\0")[:-1]
                    # [python, ..., worker.py]: not bubblewrap, whose arguments name it too
                    is_worker = (len(argv) > 1 and argv[0] == os.fsencode(sys.executable)
                                 and argv[-1].endswith(b"/worker.py"))
                except OSError:
                    pass
            tree[pid] = (_proportional_memory(pid), is_worker)
            worker_found = worker_found or is_worker
            next_level += [(child, False) for child in children.get(pid, [])]
        todo = next_level
    return tree


def _proportional_memory(pid: int) -> int:
    """A process's share of resident memory (Pss): pages a fork still shares with its
    parent count once across them, as a cgroup counts them, not once per process."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def sandbox_uid(grader_pid: int, n: int) -> int:
    """The uid of a root grader's n-th sandbox: its own, and no other grader's."""
    return SANDBOX_UID_BASE + (grader_pid * 64 + n % 64) % 1_000_000_000


def sandbox_uids(grader_pid: int) -> list[int]:
    """Every uid a root grader with this pid gives its sandboxes (to look for leftovers)."""
    return [sandbox_uid(grader_pid, n) for n in range(64)]


def _python_dirs() -> list[str]:
    """Where this interpreter, its standard library and its packages live (a venv, pyenv)."""
    found = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix,
             os.path.dirname(os.path.realpath(sys.executable))}
    return sorted(p for p in found if p and os.path.isdir(p))


def _under(path: str, dirs: list[str]) -> bool:
    return any(path == d or path.startswith(d.rstrip("/") + "/") for d in dirs)


def _parents(path: str, made: set[str]) -> list[str]:
    """bubblewrap makes a mount point's missing parents 0700; make them 0755 first."""
    args = []
    parts = path.strip("/").split("/")[:-1]
    for i in range(1, len(parts) + 1):
        parent = "/" + "/".join(parts[:i])
        if parent not in made:
            made.add(parent)
            args += ["--perms", "0755", "--dir", parent]
    return args
