"""The Docker backend: one hardened, throw-away container per worker."""

import hashlib
import io
import os
import signal
import socket
import struct
import tarfile
import threading
from pathlib import Path

from grader.bank.spec import Limits
from grader.isolation import warm_pool
from grader.isolation.sandbox_process import (
    SANDBOX_DIR,
    Backend,
    ExitInfo,
    SandboxProcess,
    worker_files,
)

DEFAULT_IMAGE = "grader-sandbox:latest"
DEFAULT_BASE = "python:3.11-slim"
LABEL = "grader.worker"
PID_LABEL = "grader.pid"  # which grader process started it, to find its leftovers
HOST_LABEL = "grader.host"  # on which machine: an engine may serve several
PROCESS_LABEL = "grader.process"  # the pid with its start time: a reused pid is not the grader
WORKER_CMD = ["python3", "-I", "-X", "utf8", "/opt/grader/worker.py"]
NOBODY = "65534:65534"


def worker_digest() -> str:
    """Fingerprint of the worker files, stamped on the image so a stale image is refused."""
    digest = hashlib.sha256()
    for name, data in sorted(worker_files().items()):
        digest.update(name.encode() + b"\0" + data)
    return digest.hexdigest()[:16]


def _client():
    import docker  # imported here: the SDK costs start-up time on the local backend

    return docker.from_env(timeout=30)


def build_image(base: str = DEFAULT_BASE, tag: str = DEFAULT_IMAGE, network: bool = True):
    """Build the sandbox image from sandbox/Dockerfile, the worker and the codec.

    The context is assembled in memory so the codec is copied from its one home
    in grader/isolation/ rather than kept twice in the repository.
    """
    context = io.BytesIO()
    with tarfile.open(fileobj=context, mode="w") as tar:
        files = {"Dockerfile": (SANDBOX_DIR / "Dockerfile").read_bytes(), **worker_files()}
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(data), 0o644
            tar.addfile(info, io.BytesIO(data))
    context.seek(0)
    client = _client()
    image, logs = client.images.build(
        fileobj=context, custom_context=True, tag=tag, rm=True, forcerm=True, pull=False,
        buildargs={"BASE": base}, labels={LABEL: worker_digest()},
        network_mode=None if network else "none")
    return image, [chunk.get("stream", "") for chunk in logs]


class DockerBackend(Backend):
    name = "docker"

    def __init__(self, image: str = DEFAULT_IMAGE):
        self.image = image
        self._client = None

    @classmethod
    def configured(cls, hide: list[Path], image: str | None) -> "DockerBackend":
        # The container never sees the host's files, so `hide` has nothing to do here.
        return cls(image or DEFAULT_IMAGE)

    def notes(self) -> list[str]:
        try:
            found, _ = leftovers()
        except Exception:  # the engine went away meanwhile: doctor's line said what matters
            return []
        if not found:
            return []
        return [f"{len(found)} container(s) left by graders that were killed (kill -9); "
                "remove them: grader sandbox clean"]

    def client(self):
        if self._client is None:
            self._client = _client()
        return self._client

    def problem(self) -> str | None:
        try:
            import docker.errors
        except ImportError:
            return "the docker Python SDK is not installed (pip install docker)"
        try:
            self.client().ping()
        except Exception as exc:  # the SDK raises several types for "no engine"
            return (f"no Docker engine answers ({type(exc).__name__}); start one "
                    "(dockerd &, or: bash scripts/setup-sandbox.sh)")
        try:
            image = self.client().images.get(self.image)
        except docker.errors.ImageNotFound:
            return (f"the sandbox image {self.image} is missing; run: "
                    "bash scripts/setup-sandbox.sh (or grader sandbox build [--base IMAGE])")
        except docker.errors.APIError as exc:
            return f"the Docker engine failed: {exc.explanation}"
        if (image.labels or {}).get(LABEL) != worker_digest():
            return (f"the sandbox image {self.image} holds a different worker than this "
                    "grader; rebuild it: bash scripts/setup-sandbox.sh (or grader sandbox build)")
        return None

    def describe(self) -> str:
        return ("docker: own container, no network, read-only root, tmpfs, user nobody, "
                "all capabilities dropped, no-new-privileges, memory/pids/cpu/fsize limits")

    def start(self, limits: Limits, env: dict[str, str]) -> SandboxProcess:
        pool = warm_pool.current()  # a batch's or a fleet worker's process keeps one
        return pool.take(self, limits, env) if pool else DockerSandbox(self, limits, env)


def process_identity(pid: int) -> str:
    """A pid with its process's start time (clock ticks since boot, from /proc), so that a
    reused pid is told apart; the bare pid where there is no /proc."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return f"{pid}@{stat.rsplit(')', 1)[1].split()[19]}"
    except (OSError, IndexError):
        return str(pid)


def _still_running(identity: str) -> bool:
    try:
        pid = int(identity.split("@")[0])
        os.kill(pid, 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:  # another user's process: it runs
        pass
    return "@" not in identity or process_identity(pid) == identity


def leftovers(everything: bool = False) -> tuple[list, int]:
    """The sandbox containers that graders killed with SIGKILL (or a crashed host) left
    behind: those from this machine whose grader no longer runs, or with `everything` all of
    them. Returns (those containers, how many others were kept)."""
    found, kept = [], 0
    for container in _client().containers.list(all=True, filters={"label": LABEL}):
        labels = container.labels or {}
        here = labels.get(HOST_LABEL) == socket.gethostname()
        grader = labels.get(PROCESS_LABEL, labels.get(PID_LABEL, ""))
        if everything or (here and not _still_running(grader)):
            found.append(container)
        else:
            kept += 1
    return found, kept


def remove_leftovers(everything: bool = False) -> tuple[int, int]:
    """Remove the leftovers above. Returns (removed, kept)."""
    found, kept = leftovers(everything)
    removed = 0
    for container in found:
        try:
            container.remove(force=True)
            removed += 1
        except Exception:  # removed meanwhile by its own grader
            pass
    return removed, kept


# Where the kernel accounts a container (cgroup v1 and v2, cgroupfs and systemd drivers).
CGROUP_DIRS = ("/sys/fs/cgroup/{ctl}/docker/{id}",
               "/sys/fs/cgroup/{ctl}/system.slice/docker-{id}.scope",
               "/sys/fs/cgroup/docker/{id}", "/sys/fs/cgroup/system.slice/docker-{id}.scope")
CPU_FILES = (("cpuacct", "cpuacct.usage"), ("cpu,cpuacct", "cpuacct.usage"), ("", "cpu.stat"))
MEMORY_PEAK_FILES = (("memory", "memory.max_usage_in_bytes"), ("", "memory.peak"))
MEMORY_NOW_FILES = (("memory", "memory.usage_in_bytes"), ("", "memory.current"))


def _cgroup_paths(container_id: str, files) -> list[str]:
    paths = []
    for ctl, name in files:
        for pattern in CGROUP_DIRS:
            if ("{ctl}" in pattern) == bool(ctl):
                paths.append(pattern.format(ctl=ctl, id=container_id) + "/" + name)
    return paths


_found: dict[tuple, str] = {}  # (container, files) -> the path that answered


def _read_cgroup(container_id: str, files) -> str | None:
    """The first of these cgroup files that can be read (None: no access to the accounting,
    e.g. an engine on another machine)."""
    known = _found.get((container_id, files))
    for path in [known] if known else _cgroup_paths(container_id, files):
        try:
            with open(path) as fh:
                text = fh.read(4096)
        except OSError:
            continue
        _found[(container_id, files)] = path
        return text
    return None


class DockerSandbox(SandboxProcess):
    backend = "docker"

    def __init__(self, backend: DockerBackend, limits: Limits, env: dict[str, str]):
        super().__init__(limits)
        from docker.types import LogConfig, Ulimit

        self.isolation = backend.describe()
        self.client = backend.client()
        file_bytes = limits.file_size_mb * 1024 * 1024
        mem = f"{limits.memory_mb}m"
        self.container = self.client.containers.create(
            backend.image, WORKER_CMD,
            stdin_open=True, tty=False, detach=True,
            network_mode="none", read_only=True, user=NOBODY, working_dir="/tmp",
            tmpfs={"/tmp": f"rw,nosuid,nodev,size={limits.tmpfs_mb}m,mode=1777"},
            cap_drop=["ALL"], security_opt=["no-new-privileges"],
            mem_limit=mem, memswap_limit=mem, pids_limit=limits.pids,
            nano_cpus=int(limits.cpus * 1e9),
            ulimits=[Ulimit(name="fsize", soft=file_bytes, hard=file_bytes),
                     Ulimit(name="nofile", soft=256, hard=256),
                     Ulimit(name="core", soft=0, hard=0)],
            environment=env, labels={LABEL: "worker", PID_LABEL: str(os.getpid()),
                                     PROCESS_LABEL: process_identity(os.getpid()),
                                     HOST_LABEL: socket.gethostname()},
            # The submission's output reaches us through attach; nothing on the host's disk.
            log_config=LogConfig(type="none"),
        )
        try:
            self.sock = self.client.api.attach_socket(
                self.container.id, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1})
            self.raw = self.sock._sock  # the SDK's wrapper cannot write; the socket can
            self.container.start()
        except BaseException:
            self.close()
            raise
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        """Demultiplex Docker's framed stream: stdout is the protocol, stderr the output."""
        try:
            while True:
                header = self._exact(8)
                if header is None:
                    break
                stream, size = header[0], struct.unpack(">I", header[4:])[0]
                payload = self._exact(size)
                if payload is None:
                    break
                (self.protocol if stream == 1 else self.output).feed(payload)
        except OSError:
            pass
        finally:
            self.protocol.close()

    def _exact(self, n: int) -> bytes | None:
        chunks, left = [], n
        while left:
            chunk = self.raw.recv(min(left, 1 << 20))
            if not chunk:
                return None
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)

    def send(self, data: bytes) -> None:
        with self.lock:
            self.raw.sendall(data)

    def cpu_time_ns(self) -> int | None:
        text = _read_cgroup(self.container.id, CPU_FILES)
        if text is None:
            return None
        if text.startswith("usage_usec"):  # cgroup v2 cpu.stat: "usage_usec N" first
            return int(text.split()[1]) * 1000
        return int(text.split()[0])

    def reset_memory_peak(self) -> int | None:
        for path in _cgroup_paths(self.container.id, MEMORY_PEAK_FILES):
            try:
                Path(path).write_text("0\n")  # v1: any write sets the peak to the usage now
            except OSError:
                continue
            now = _read_cgroup(self.container.id, MEMORY_NOW_FILES)
            return int(now.split()[0]) if now else None
        return None

    def memory_peak(self) -> int | None:
        text = _read_cgroup(self.container.id, MEMORY_PEAK_FILES)
        return int(text.split()[0]) if text else None

    def kill(self) -> None:
        try:
            self.container.kill()
        except Exception:  # already gone
            pass

    def exit_info(self, timeout: float) -> ExitInfo:
        try:
            status = self.container.wait(timeout=timeout)
            self.container.reload()
            state = self.container.attrs.get("State", {})
            code = status.get("StatusCode")
            # The engine reports death by signal N as 128 + N; say it as subprocess does.
            if code == 128 + signal.SIGKILL:
                code = -signal.SIGKILL
            return ExitInfo(code, bool(state.get("OOMKilled")))
        except Exception:
            return ExitInfo(None)

    def close(self) -> None:
        raw = getattr(self, "raw", None)
        if raw is not None:
            try:
                raw.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        try:
            self.container.remove(force=True)
        except Exception:
            pass
        for files in (CPU_FILES, MEMORY_PEAK_FILES, MEMORY_NOW_FILES):
            _found.pop((self.container.id, files), None)
