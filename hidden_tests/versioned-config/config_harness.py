"""Runs beside the submission: a recorder to pass as a watch callback, and replays."""

import time

from versioned_config import ConfigStore


class Recorder:
    """A watch callback that records every call it receives, in order."""

    def __init__(self):
        self.calls = []

    def __call__(self, *args, **kwargs):
        self.calls.append(tuple(args) + tuple(sorted(kwargs.items())))

    def wait_for(self, n, timeout=1.0):
        """The calls so far, once there are at least n (or the timeout passes)."""
        deadline = time.monotonic() + timeout
        while len(self.calls) < n and time.monotonic() < deadline:
            time.sleep(0.005)
        return list(self.calls)

    def settled(self, seconds=0.05):
        """The calls after a short pause, for checking that no late call arrives."""
        time.sleep(seconds)
        return list(self.calls)


def outcome(fn, *args):
    """("ok", result) or ("raised", exception type name)."""
    try:
        return ("ok", fn(*args))
    except Exception as exc:  # reported, judged by the test
        return ("raised", "KeyError" if isinstance(exc, KeyError) else type(exc).__name__)


def replay(ops, n_recorders=0):
    """Apply ops to one store; return (one outcome per op, calls seen by each recorder).

    ops: ("set", key, value) | ("get", key) | ("get", key, version) |
    ("history", key) | ("rollback", key, version) | ("watch", key, recorder_index) |
    ("unwatch", watch_index) (the watch_index-th watch op's unsubscribe).
    """
    store = ConfigStore()
    recorders = [Recorder() for _ in range(n_recorders)]
    unsubscribes = []
    out = []
    for op in ops:
        name = op[0]
        if name == "set":
            out.append(outcome(store.set, op[1], op[2]))
        elif name == "get":
            out.append(outcome(store.get, *op[1:]))
        elif name == "history":
            got = outcome(store.history, op[1])
            if got[0] == "ok":
                got = ("ok", [tuple(pair) for pair in got[1]])
            out.append(got)
        elif name == "rollback":
            out.append(outcome(store.rollback, op[1], op[2]))
        elif name == "watch":
            unsubscribes.append(store.watch(op[1], recorders[op[2]]))
            out.append(("ok", None))
        elif name == "unwatch":
            unsubscribes[op[1]]()
            out.append(("ok", None))
    return out, [r.calls for r in recorders]
