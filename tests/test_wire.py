"""The wire codec: faithful round trips, bounded input, and clean errors on garbage."""

import datetime as dt
import json
import math

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
