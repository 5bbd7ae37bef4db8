"""A versioned configuration store with history, rollback and watches."""


class ConfigStore:
    """Versioned key/value configuration: every change gets the next global version."""

    def __init__(self) -> None:
        """Create an empty store."""
        raise NotImplementedError

    def set(self, key, value) -> int:
        """Store `value` under `key`; return the new version (1, 2, 3, ... across all keys)."""
        raise NotImplementedError

    def get(self, key, version=None):
        """Return the latest value of `key`, or the value set at one of its own versions."""
        raise NotImplementedError

    def history(self, key) -> list:
        """Return the (version, value) pairs of `key`, oldest first."""
        raise NotImplementedError

    def rollback(self, key, version) -> int:
        """Set `key` again to its value at `version`, as a new version; return that version."""
        raise NotImplementedError

    def watch(self, key, callback):
        """Call callback(key, old, new) on every change of `key`; return unsubscribe()."""
        raise NotImplementedError
