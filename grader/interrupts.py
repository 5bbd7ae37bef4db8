"""Whether a stop signal really reached the grader.

A KeyboardInterrupt does not prove that anyone pressed Ctrl-C: pytest raises its own
Interrupted (a KeyboardInterrupt) for a test file that fails to load, and an exception
rebuilt from the submission's may derive from one. Exit 130, and a batch that stops, are
for a SIGINT or SIGTERM that arrived, which the handler here records before it unwinds.
"""

import signal
import threading

_received: list[int] = []


def received() -> bool:
    """True once SIGINT or SIGTERM has reached this process (through install()'s handler)."""
    return bool(_received)


def stop(signum, frame):
    """The handler: records the signal, then raises KeyboardInterrupt."""
    _received.append(signum)
    # Unwinds like Ctrl-C, so every sandbox is closed and removed on the way out.
    raise KeyboardInterrupt


def forget() -> None:
    """A stop this process raised on itself (a fleet task's time limit) is not the user's."""
    _received.clear()


def install() -> None:
    """Record SIGINT and SIGTERM, then stop as Ctrl-C does. A SIGINT that is ignored (a job
    started in the background) stays ignored. Only the main thread may set handlers."""
    if threading.current_thread() is not threading.main_thread():
        return
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
