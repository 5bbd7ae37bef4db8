"""Runs beside the submission: whole operation sequences in one call, colliding keys.

A key written as the list ["c", ident, h] stands for Collider(ident, h), a key
made here in the worker whose __hash__ is h: many idents share one h, so they
collide in any table. Lists are unhashable, so the tag cannot be a real key.
"""

import random

import hash_map


class Collider:
    """A key equal to another Collider with the same ident, whose hash is fixed."""

    __slots__ = ("ident", "h")

    def __init__(self, ident, h):
        self.ident, self.h = ident, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Collider) and other.ident == self.ident

    def __repr__(self):
        return f"Collider({self.ident!r}, hash={self.h})"


def key_of(spec):
    """The real key a spec stands for (a fresh object each time: equal, not identical)."""
    if isinstance(spec, list) and len(spec) == 3 and spec[0] == "c":
        return Collider(spec[1], spec[2])
    return spec


def apply(m, op):
    """Apply one operation to the map `m`; the observation it gives, or None for a put."""
    kind = op[0]
    if kind == "put":
        m.put(key_of(op[1]), op[2])
        return None
    if kind == "get":
        return m.get(key_of(op[1])) if len(op) == 2 else m.get(key_of(op[1]), op[2])
    if kind == "remove":
        try:
            m.remove(key_of(op[1]))
        except KeyError:
            return "KeyError"
        return "removed"
    if kind == "contains":
        return key_of(op[1]) in m
    if kind == "len":
        return len(m)
    raise ValueError(f"unknown operation {op!r}")


def replay(ops):
    """Apply the operations to a new HashMap; the observations of all but the puts."""
    m = hash_map.HashMap()
    out = []
    for op in ops:
        seen = apply(m, op)
        if op[0] != "put":
            out.append(seen)
    return out


def shape_trace(ops):
    """After each operation: (len, capacity, load_factor) of the map."""
    m = hash_map.HashMap()
    trace = []
    for op in ops:
        apply(m, op)
        trace.append((len(m), m.capacity, m.load_factor))
    return trace


def put_then_get(n, seed):
    """The probe: n puts of distinct random int keys (made here from `seed`, so no big
    argument crosses the wire), then n gets of the same keys."""
    keys = random.Random(seed).sample(range(1 << 40), n)
    m = hash_map.HashMap()
    for k in keys:
        m.put(k, k)
    return [m.get(k) for k in keys]  # checked against the reference's: the keys themselves
