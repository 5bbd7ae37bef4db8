# expect: error
# backends: docker local
# why: raises at import an exception whose argument crosses as a set of 300,000 ints that all
#   hash alike on the grader's side (k * (2**61 - 1)): building it is quadratic, one set() call
#   nothing interrupts, and the import runs with the test's clock stopped
import sys

wire = sys.modules["wire"]
P = 2**61 - 1


class CollidingSet:
    """Stands for the set on the wire: building a real one here would take as long."""


_encode = wire.Encoder.encode


def encode(self, value, depth=0):
    if type(value) is CollidingSet:
        return {"$set": [k * P for k in range(1, 300_001)]}
    return _encode(self, value, depth)


wire.Encoder.encode = encode
raise ValueError(CollidingSet())
