"""The wire codec: faithful round trips, bounded input, and clean errors on garbage."""

import datetime as dt
import json
import math
import time

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grader.isolation import wire


def roundtrip(value):
    data = wire.Encoder().encode(value)
    line = wire.dumps({"v": data})
    return wire.Decoder().decode(wire.loads(line)["v"])


@pytest.mark.parametrize("value", [
    None, True, 0, -(10**30), 1.5, "héllo\nwörld", [1, [2, [3]]], (1, (2,)), {"a": 1, 2: "b"},
    {(1, 2): {3, 4}}, frozenset({1}), b"\x00\xff", 1 + 2j, dt.datetime(2026, 1, 2, 3, 4),
    dt.date(2026, 1, 2), dt.timedelta(days=1, seconds=5), [], {}, set(), (),
])
def test_roundtrip_preserves_type_and_value(value):
    got = roundtrip(value)
    assert got == value and type(got) is type(value)


def test_non_finite_floats():
    got = roundtrip([float("nan"), float("inf"), float("-inf")])
    assert math.isnan(got[0]) and got[1:] == [float("inf"), float("-inf")]


def test_arrays_keep_dtype_shape_and_values():
    for arr in (np.arange(12, dtype=np.float32).reshape(3, 4), np.array([True, False]),
                np.zeros((0, 3)), np.array([[1 + 2j]])):
        got = roundtrip(arr)
        assert got.dtype == arr.dtype and got.shape == arr.shape
        np.testing.assert_array_equal(got, arr)
    scalar = roundtrip(np.float64(2.5))
    assert scalar == 2.5 and isinstance(scalar, np.float64)


def test_object_arrays_cannot_cross():
    with pytest.raises(wire.WireError):
        wire.Encoder().encode(np.array([object()]))


def test_subclasses_cross_as_their_base_value_not_their_overrides():
    class Liar(list):
        def __iter__(self):
            return iter([99])

    from collections import namedtuple

    point = namedtuple("Point", "x y")(1, 2)
    assert roundtrip(Liar([1, 2])) == [1, 2]
    assert roundtrip(point) == (1, 2) and type(roundtrip(point)) is tuple


def test_depth_limit_on_both_sides():
    deep = []
    for _ in range(wire.MAX_DEPTH + 5):
        deep = [deep]
    with pytest.raises(wire.WireError, match="nested deeper"):
        wire.Encoder().encode(deep)
    nested = "[" * 5000 + "]" * 5000
    with pytest.raises(wire.WireError):
        wire.Decoder().decode(wire.loads(nested.encode()))


def test_unknown_objects_need_a_handle():
    with pytest.raises(wire.WireError, match="cannot send"):
        wire.Encoder().encode(object())
    handle = wire.Encoder(to_handle=lambda o: wire.Handle(7, "object", "X")).encode(object())
    assert handle == {"$h": [7, "object", "X"]}


@pytest.mark.parametrize("data", [
    {"$nope": 1}, {"$t": 1}, {"a": 1, "b": 2}, {"$d": [[1]]}, {"$d": [[[1], 2]]},
    {"$f": "1.0"}, {"$b": "***"}, {"$nd": ["|O", [1], ""]}, {"$nd": ["<f8", [3], "AAAA"]},
    {"$h": ["1", "object", "X"]}, {"$exc": ["os", []]}, {"$exccls": "print"}, {"$dt": 5},
])
def test_malformed_values_are_wire_errors(data):
    with pytest.raises(wire.WireError):
        wire.Decoder().decode(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children,
                                                                      max_size=4),
    max_leaves=30)


@pytest.mark.slow
@settings(max_examples=2000, deadline=None)
@given(json_values)
def test_decoder_never_fails_uncleanly_on_any_json(value):
    try:
        line = json.dumps({"ok": value}).encode()
        wire.Decoder().decode(wire.loads(line)["ok"])
    except wire.WireError:
        pass


@settings(max_examples=2000, deadline=None)
@given(st.binary(max_size=200))
def test_loads_never_fails_uncleanly_on_bytes(data):
    try:
        wire.loads(data)
    except wire.WireError:
        pass


# -- bounds of decoding on the grader's side (issue 15) -----------------------------------------
P = 2**61 - 1  # ints k * P all hash to 0: a set of them costs CPython n**2 / 2 comparisons


def seconds(fn, *args):
    started = time.perf_counter()
    try:
        fn(*args)
    except wire.WireError as exc:
        return time.perf_counter() - started, exc
    return time.perf_counter() - started, None


@pytest.mark.parametrize("tag", ["$set", "$fset", "$d"])
def test_members_sharing_one_hash_are_refused_at_once(tag):
    """300,000 colliding ints took O(n**2) (about 15 minutes) in one uninterruptible set()."""
    members = [k * P for k in range(1, 300_001)]
    body = [[m, 0] for m in members] if tag == "$d" else members
    line = wire.dumps({"ok": {tag: body}})
    took, error = seconds(lambda: wire.Decoder().decode(wire.loads(line)["ok"]))
    assert error is not None and "share one hash value" in str(error)
    assert took < 5, took


def test_a_few_colliding_members_still_cross():
    """-1 and -2 share a hash in CPython; so may a handful of honest values."""
    value = {-1, -2} | {k * P for k in range(1, wire.MAX_SAME_HASH)}
    assert roundtrip(value) == value


def test_a_zero_size_array_is_bounded_by_every_dimension():
    """(2**24, 0) holds no bytes, but its .tolist() makes 2**24 lists (about 1 GB)."""
    with pytest.raises(wire.WireError, match="every dimension counts"):
        wire.Decoder().decode({"$nd": ["<f8", [2**24, 0], ""]})
    with pytest.raises(wire.WireError, match="every dimension counts"):
        wire.Encoder().encode(np.zeros((2**24, 0)))  # an honest worker says so itself
    assert roundtrip(np.zeros((1000, 0))).shape == (1000, 0)
    assert roundtrip(np.zeros(1_280_000)).shape == (1_280_000,)  # the largest probe's input


def test_lines_that_would_parse_into_too_many_containers_are_refused_before_parsing():
    """A 60 MB line of "[]," made 20 million lists: 1.5 GB of the grader's memory."""
    line = b'{"id":1,"ok":[' + b"[]," * 20_000_000 + b"[]]}"
    took, error = seconds(wire.loads, line)
    assert error is not None and "containers" in str(error)
    assert took < 5, took
    floats = b'{"id":1,"ok":[' + b"1.5," * 15_000_000 + b"1]}"
    assert "values" in str(seconds(wire.loads, floats)[1])


def test_brackets_and_commas_inside_strings_are_not_structure():
    text = 'a,[{"\\\\' * 4_000_000
    line = wire.dumps({"id": 1, "ok": text})
    assert wire.loads(line)["ok"] == text


@pytest.mark.slow
def test_honest_large_messages_still_cross():
    pairs = [(i, i + 1) for i in range(600_000)]
    assert roundtrip(pairs) == pairs
    assert roundtrip(set(range(1_000_000))) == set(range(1_000_000))
    mapping = {i: str(i) for i in range(900_000)}
    assert roundtrip(mapping) == mapping


def test_handles_in_one_message_are_bounded():
    data = [{"$h": [i, "object", "X"]} for i in range(wire.MAX_HANDLES + 1)]
    with pytest.raises(wire.WireError, match="handles"):
        wire.Decoder().decode(data)
    assert len(wire.Decoder().decode(data[:1000])) == 1000


def test_a_decoder_past_its_deadline_stops_between_steps():
    data = [[i] for i in range(100_000)]
    with pytest.raises(wire.DecodeTimeout):
        wire.Decoder(deadline=time.monotonic() - 1).decode(data)
    assert len(wire.Decoder(deadline=time.monotonic() + 60).decode(data)) == 100_000
