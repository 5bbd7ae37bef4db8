# expect: rejected
# backends: docker local
# why: a package reaching above itself with a relative import (for the worker or the harness next to
#   it)
from .. import worker  # noqa: F401
from .cache import LRUCache  # noqa: F401
