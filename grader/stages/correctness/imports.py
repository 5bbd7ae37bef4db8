"""The import hook: `from lru_cache import LRUCache` in a hidden test gets the proxy."""

import importlib.abc
import importlib.util
import sys
from contextlib import contextmanager
from types import ModuleType


class ProxyFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def __init__(self, modules: dict[str, ModuleType]):
        self.modules = modules

    def find_spec(self, fullname, path=None, target=None):
        if fullname in self.modules:
            return importlib.util.spec_from_loader(fullname, self)
        return None

    def create_module(self, spec):
        return self.modules[spec.name]

    def exec_module(self, module):
        pass  # the proxy is ready as it is


@contextmanager
def serving(modules: dict[str, ModuleType]):
    """Serve these module names from proxies for the duration of a test run."""
    finder = ProxyFinder(modules)
    saved = {name: sys.modules.pop(name) for name in list(modules) if name in sys.modules}
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
        for name in modules:
            sys.modules.pop(name, None)
        sys.modules.update(saved)
