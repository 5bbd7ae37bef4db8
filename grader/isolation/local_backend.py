"""The local backend: a worker subprocess under resource limits, in bubblewrap when present.

For machines with no Docker engine. Without bubblewrap it isolates far less
(no filesystem or network separation); the report says so, and SECURITY.md
lists what it does not protect against.
"""

import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from grader.bank.spec import Limits
from grader.isolation.sandbox_process import Backend, ExitInfo, SandboxProcess, worker_files

# Python, NumPy's thread pools and the worker's own imports need address space
# beyond what the submission may use; RLIMIT_AS counts all of it, including the
# 8 MiB of stack each thread reserves (up to `pids` threads may run).
AS_HEADROOM_MB = 768
THREAD_STACK_MB = 8


class LocalBackend(Backend):
    name = "local"

    def __init__(self, hide: list[Path] = (), use_bwrap: bool | None = None):
        self.hide = [Path(p).resolve() for p in hide]  # e.g. the bank's hidden_tests/
        self.bwrap = shutil.which("bwrap") if use_bwrap is not False else None

    def problem(self) -> str | None:
        return None

    def describe(self) -> str:
        if self.bwrap:
            return ("local+bubblewrap: own namespaces (no network), read-only filesystem with the "
                    "bank hidden, rlimits on memory, CPU, files and processes")
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
        work = self.home / "tmp"
        work.mkdir()
        os.chmod(self.home, 0o755)
        os.chmod(work, 0o1777)
        command = [sys.executable, "-I", "-X", "utf8", str(self.home / "worker.py")]
        if backend.bwrap:
            command = self._bwrap(backend, command)
        full_env = {"PATH": "/usr/bin:/bin", "HOME": str(work), "TMPDIR": str(work),
                    "LANG": "C.UTF-8", "OPENBLAS_NUM_THREADS": "1", **env}
        self.proc = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            cwd=work, env=full_env, start_new_session=True, close_fds=True,
            preexec_fn=self._limit_child)
        self.lock = threading.Lock()
        for stream, sink in ((self.proc.stdout, self.protocol), (self.proc.stderr, self.output)):
            threading.Thread(target=self._pump, args=(stream, sink), daemon=True).start()

    def _bwrap(self, backend: LocalBackend, command: list[str]) -> list[str]:
        args = [backend.bwrap, "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
                "--unshare-all", "--die-with-parent", "--new-session"]
        for secret in backend.hide:
            if secret.exists():
                args += ["--tmpfs", str(secret)]
        args += ["--bind", str(self.home / "tmp"), str(self.home / "tmp")]
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
        if os.getuid() != 0:  # root ignores RLIMIT_NPROC; see SECURITY.md
            resource.setrlimit(resource.RLIMIT_NPROC, (lim.pids, lim.pids))

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
        with self.lock:
            self.proc.stdin.write(data)
            self.proc.stdin.flush()

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
        return ExitInfo(code, oom_killed=False)

    def close(self) -> None:
        self.kill()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            try:
                stream.close()
            except OSError:
                pass
        shutil.rmtree(self.home, ignore_errors=True)
