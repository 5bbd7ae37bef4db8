# style: per-key history lists with bisect for as-of reads; watchers in dicts keyed by a token
"""A versioned configuration store with history, rollback and watches."""

import bisect
import itertools


class ConfigStore:
    def __init__(self) -> None:
        self._version = 0
        self._history: dict = {}        # key -> list of (version, value)
        self._watchers: dict = {}       # key -> {token: callback}
        self._tokens = itertools.count()

    def _commit(self, key, value) -> int:
        hist = self._history.get(key)
        old = hist[-1][1] if hist else None
        self._version += 1
        self._history.setdefault(key, []).append((self._version, value))
        for callback in list(self._watchers.get(key, {}).values()):
            callback(key, old, value)
        return self._version

    def set(self, key, value) -> int:
        return self._commit(key, value)

    def get(self, key, version=None):
        hist = self._history[key]           # KeyError for an unknown key
        if version is None:
            return hist[-1][1]
        if version < hist[0][0]:
            raise KeyError(f"{key!r} has no value at version {version}")
        # the value as of `version` (exact for the key's own versions)
        versions = [v for v, _ in hist]
        i = bisect.bisect_right(versions, version) - 1
        return hist[i][1]

    def history(self, key) -> list:
        return list(self._history.get(key, []))

    def rollback(self, key, version) -> int:
        hist = self._history[key]
        for v, value in hist:
            if v == version:
                return self._commit(key, value)
        raise KeyError(f"{key!r} has no version {version}")

    def watch(self, key, callback):
        token = next(self._tokens)
        self._watchers.setdefault(key, {})[token] = callback

        def unsubscribe():
            watchers = self._watchers.get(key)
            if watchers is not None:
                watchers.pop(token, None)

        return unsubscribe
