# expect: failed
# caught-by: trap
# why: unsubscribe removes every watcher of the key, not just its own callback
class ConfigStore:
    def __init__(self):
        self.version = 0
        self.data = {}  # key -> list of (version, value)
        self.watchers = {}  # key -> list of callbacks

    def set(self, key, value):
        return self._commit(key, value)

    def _commit(self, key, value):
        entries = self.data.setdefault(key, [])
        old = entries[-1][1] if entries else None
        self.version += 1
        entries.append((self.version, value))
        for cb in list(self.watchers.get(key, [])):
            cb(key, old, value)
        return self.version

    def get(self, key, version=None):
        entries = self.data[key]
        if version is None:
            return entries[-1][1]
        if version < entries[0][0]:
            raise KeyError(version)
        value = None
        for v, val in entries:
            if v <= version:
                value = val
        return value

    def history(self, key):
        return list(self.data[key])

    def rollback(self, key, version):
        for v, val in self.data[key]:
            if v == version:
                return self._commit(key, val)
        raise KeyError(version)

    def watch(self, key, callback):
        self.watchers.setdefault(key, []).append(callback)

        def unsubscribe():
            self.watchers.pop(key, None)

        return unsubscribe
