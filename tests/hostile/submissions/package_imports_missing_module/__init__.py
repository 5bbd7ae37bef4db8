# expect: rejected
# backends: docker local
# why: a package whose __init__ imports a module that exists nowhere (a dependency the sandbox does
#   not have)
from .cache import LRUCache  # noqa: F401
