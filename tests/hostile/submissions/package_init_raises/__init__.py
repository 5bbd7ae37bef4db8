# expect: error
# backends: docker local
# why: a package whose __init__ imports its class from a submodule, then raises
from .cache import LRUCache  # noqa: F401

raise RuntimeError("the package refuses to be imported")
