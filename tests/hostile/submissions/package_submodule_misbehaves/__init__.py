# expect: crashed
# backends: docker local
# why: a package that imports cleanly, but get() lazily imports a submodule that kills the worker
#   with os._exit at its import
from .cache import LRUCache  # noqa: F401
