# expect: timeout
# backends: docker local
# why: a package whose submodule, imported by __init__, loops forever swallowing every exception
from .spin import LRUCache  # noqa: F401
