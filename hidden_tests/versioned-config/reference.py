"""Reference versioned configuration store.

One global counter numbers every change (set or rollback) of every key. Each
key keeps its history as a list of (version, value) pairs in version order,
so the latest value is the last pair and the value at a version is found by
bisection. A rollback appends a new pair holding an old value: history is
never rewritten. Watchers are kept per key under a private token, so an
unsubscribe function removes exactly its own callback.
"""

from bisect import bisect_right
from collections.abc import Callable, Hashable
from itertools import count
from typing import Any


class ConfigStore:
    """Versioned key/value configuration with history, rollback and watches."""

    def __init__(self) -> None:
        self._version = 0
        self._history: dict = {}  # key -> [(version, value), ...]
        self._watchers: dict = {}  # key -> {token: callback}
        self._tokens = count()

    def set(self, key: Hashable, value: Any) -> int:
        """Store `value` under `key` as a new version; return that version."""
        return self._append(key, value)

    def get(self, key: Hashable, version: int | None = None) -> Any:
        """The latest value of `key`, or its value as of `version`.

        KeyError for an unknown key or a version before the key's first one.
        Between two of the key's versions, the earlier one's value is returned.
        """
        history = self._entries(key)
        if version is None:
            return history[-1][1]
        i = bisect_right(history, version, key=lambda pair: pair[0])
        if i == 0:
            raise KeyError(f"{key!r} has no value at version {version}")
        return history[i - 1][1]

    def history(self, key: Hashable) -> list[tuple[int, Any]]:
        """The (version, value) pairs of `key`, oldest first; KeyError for an unknown key."""
        return list(self._entries(key))

    def rollback(self, key: Hashable, version: int) -> int:
        """Set `key` again to the value it got at its own `version`; return the new version."""
        for v, value in self._entries(key):
            if v == version:
                return self._append(key, value)
        raise KeyError(f"{key!r} has no version {version}")

    def watch(self, key: Hashable,
              callback: Callable[[Hashable, Any, Any], object]) -> Callable[[], None]:
        """Call callback(key, old, new) on every change of `key`; return an unsubscribe function."""
        token = next(self._tokens)
        self._watchers.setdefault(key, {})[token] = callback

        def unsubscribe() -> None:
            self._watchers.get(key, {}).pop(token, None)

        return unsubscribe

    def _entries(self, key: Hashable) -> list:
        try:
            return self._history[key]
        except (KeyError, TypeError):
            raise KeyError(key) from None

    def _append(self, key: Hashable, value: Any) -> int:
        history = self._history.setdefault(key, [])
        old = history[-1][1] if history else None
        self._version += 1
        history.append((self._version, value))
        for callback in list(self._watchers.get(key, {}).values()):
            callback(key, old, value)
        return self._version
