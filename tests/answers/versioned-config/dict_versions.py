# style: global version -> (key, value) log plus per-key version lists; strict own-version reads; watcher lists with an active flag
"""Config store keeping a global change log; reads accept only a key's own versions."""


class _Subscription:
    __slots__ = ("callback", "active")

    def __init__(self, callback):
        self.callback = callback
        self.active = True


class ConfigStore:
    def __init__(self):
        self._log = {}          # version -> (key, value)
        self._versions = {}     # key -> [versions], ascending
        self._subs = {}         # key -> [_Subscription]
        self._counter = 0

    def _apply(self, key, value):
        own = self._versions.get(key)
        old = self._log[own[-1]][1] if own else None
        self._counter += 1
        self._log[self._counter] = (key, value)
        self._versions.setdefault(key, []).append(self._counter)
        for sub in tuple(self._subs.get(key, ())):
            if sub.active:
                sub.callback(key, old, value)
        return self._counter

    def set(self, key, value):
        return self._apply(key, value)

    def _own(self, key, version):
        if key not in self._versions:
            raise KeyError(key)
        entry = self._log.get(version) if isinstance(version, int) else None
        if entry is None or entry[0] != key:
            raise KeyError(f"version {version!r} is not a version of {key!r}")
        return entry[1]

    def get(self, key, version=None):
        if version is None:
            if key not in self._versions:
                raise KeyError(key)
            return self._log[self._versions[key][-1]][1]
        return self._own(key, version)

    def history(self, key):
        if key not in self._versions:
            raise KeyError(key)
        return [(v, self._log[v][1]) for v in self._versions[key]]

    def rollback(self, key, version):
        return self._apply(key, self._own(key, version))

    def watch(self, key, callback):
        sub = _Subscription(callback)
        self._subs.setdefault(key, []).append(sub)

        def unsubscribe():
            sub.active = False
            subs = self._subs.get(key, [])
            if sub in subs:
                subs.remove(sub)

        return unsubscribe
