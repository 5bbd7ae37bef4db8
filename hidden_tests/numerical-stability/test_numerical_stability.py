"""Hidden tests for numerical-stability."""

import random

import numpy as np
import pytest
from numerical_stability import check_finite, check_gradients, find_nonfinite

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
error = pytest.mark.category("error")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")

NAN, INF = np.nan, np.inf


def gradients(grads, *args):
    got = check_gradients(grads, *args)
    assert isinstance(got, tuple) and len(got) == 2, (
        f"check_gradients must return a (stable, arrays) tuple, got {got!r}")
    stable, fixed = got
    assert isinstance(stable, bool | np.bool_), f"stable must be a bool, got {stable!r}"
    assert isinstance(fixed, list), f"the arrays must come back in a list, got {fixed!r}"
    return bool(stable), fixed


def assert_arrays(got, want, what="fixed"):
    assert len(got) == len(want), f"{what}: expected {len(want)} arrays, got {len(got)}"
    for i, (g, w) in enumerate(zip(got, want, strict=True)):
        w = np.asarray(w)
        assert isinstance(g, np.ndarray | np.generic), (
            f"{what}[{i}]: expected an array, got {type(g).__name__}")
        assert np.shape(g) == w.shape, f"{what}[{i}]: expected shape {w.shape}, got {np.shape(g)}"
        rtol = 1e-5 if w.dtype == np.float32 else 1e-6
        g64 = np.asarray(g, dtype=np.float64)
        close = np.isclose(g64, w, rtol=rtol, atol=1e-9)
        if not close.all():
            k = int(np.argmin(close.ravel()))
            raise AssertionError(f"{what}[{i}]: element {k} should be {float(w.ravel()[k])!r}, "
                                 f"got {float(g64.ravel()[k])!r}")


def raised_message(arrays):
    with pytest.raises(ValueError) as info:
        check_finite(arrays)
    return str(info.value)


# -- basic: find_nonfinite ------------------------------------------------------------------
@basic
def test_find_nonfinite_names_nan_and_inf_arrays():
    arrays = {"weights": np.ones((2, 2)), "grad": np.array([1.0, NAN]),
              "logits": np.array([[INF, 0.0]]), "bias": np.zeros(3), "loss": np.array([-INF])}
    got = find_nonfinite(arrays)
    assert got == ["grad", "logits", "loss"], f"expected ['grad', 'logits', 'loss'], got {got!r}"


@basic
def test_find_nonfinite_keeps_insertion_order():
    arrays = {"z": np.array([NAN]), "a": np.array([INF]), "m": np.array([1.0]),
              "b": np.array([NAN])}
    got = find_nonfinite(arrays)
    assert got == ["z", "a", "b"], f"expected insertion order ['z', 'a', 'b'], got {got!r}"


@basic
def test_find_nonfinite_all_finite():
    got = find_nonfinite({"a": np.arange(5.0), "b": np.full((2, 3), 1e300)})
    assert got == [], f"expected [], got {got!r}"


# -- basic: check_finite --------------------------------------------------------------------
@basic
def test_check_finite_accepts_finite_arrays():
    check_finite({"a": np.arange(4.0), "b": np.array([[-1e308, 1e308]])})


# -- error: check_finite raises -------------------------------------------------------------
@error
def test_check_finite_nan_message():
    message = raised_message({"fine": np.ones(2), "layer1.weight": np.array([0.0, NAN])})
    assert "layer1.weight" in message, f"the message must name 'layer1.weight': {message!r}"
    assert "nan" in message.lower(), f"the message must say NaN: {message!r}"


@error
@pytest.mark.parametrize("value", [INF, -INF])
def test_check_finite_inf_message(value):
    message = raised_message({"fc.bias": np.array([[1.0], [value]])})
    assert "fc.bias" in message, f"the message must name 'fc.bias': {message!r}"
    assert "inf" in message.lower(), f"the message must say Inf: {message!r}"


@error
def test_check_finite_names_the_first_offender():
    message = raised_message({"ok": np.zeros(3), "encoder.out": np.array([INF]),
                              "decoder.out": np.array([NAN])})
    assert "encoder.out" in message, f"the first offending array is 'encoder.out': {message!r}"
    assert "inf" in message.lower(), f"'encoder.out' holds Inf: {message!r}"


@error
def test_check_finite_zero_dimensional_nan():
    message = raised_message({"loss": np.array(NAN)})
    assert "loss" in message and "nan" in message.lower(), f"got {message!r}"


# -- basic: check_gradients -------------------------------------------------------------------
@basic
def test_stable_gradients_come_back_unchanged():
    grads = [np.array([0.5, -2.0]), np.array([[10.0, -999.0]])]
    stable, fixed = gradients(grads)
    assert stable is True, "no NaN and nothing above 1e3: expected stable=True"
    assert_arrays(fixed, grads)


@basic
def test_nan_makes_unstable_and_becomes_zero():
    stable, fixed = gradients([np.array([1.0, NAN, -3.0])])
    assert stable is False, "a NaN gradient is unstable"
    assert_arrays(fixed, [np.array([1.0, 0.0, -3.0])])


@basic
def test_large_values_make_unstable_and_are_clipped():
    stable, fixed = gradients([np.array([1500.0, -2e6, 3.0]), np.array([0.25])])
    assert stable is False, "|g| > 1e3 is unstable"
    assert_arrays(fixed, [np.array([1000.0, -1000.0, 3.0]), np.array([0.25])])


@basic
def test_custom_threshold():
    stable, fixed = gradients([np.array([5.0, -0.5, 2.0])], 1.0)
    assert stable is False, "with threshold 1.0, 5.0 is unstable"
    assert_arrays(fixed, [np.array([1.0, -0.5, 1.0])])
    stable, _ = gradients([np.array([5.0, -0.5])], 10.0)
    assert stable is True, "with threshold 10.0, 5.0 is fine"


@basic
def test_default_threshold_is_1e3():
    stable, fixed = gradients([np.array([999.0, 1001.0])])
    assert stable is False
    assert_arrays(fixed, [np.array([999.0, 1000.0])])


# -- trap: the 004 seed computes the clipped array and throws it away ---------------------------
@trap
def test_returned_arrays_are_the_fixed_ones():
    stable, fixed = gradients([np.array([3e3, NAN]), np.array([[-5e4]])])
    assert stable is False
    assert_arrays(fixed, [np.array([1000.0, 0.0]), np.array([[-1000.0]])])


@trap
def test_only_unstable_arrays_change():
    grads = [np.array([1.0, 2.0]), np.array([7e3]), np.array([-4.0])]
    stable, fixed = gradients(grads)
    assert stable is False
    assert_arrays(fixed, [np.array([1.0, 2.0]), np.array([1000.0]), np.array([-4.0])])


# -- edge --------------------------------------------------------------------------
@edge
def test_value_exactly_at_threshold_is_stable():
    stable, fixed = gradients([np.array([1000.0, -1000.0]), np.array([2.5, -2.5])])
    assert stable is True, "|g| == threshold is not above it: expected stable=True"
    assert_arrays(fixed, [np.array([1000.0, -1000.0]), np.array([2.5, -2.5])])
    stable, _ = gradients([np.array([2.5])], 2.5)
    assert stable is True, "|g| == threshold is not above it: expected stable=True"


@edge
def test_infinities_are_clipped():
    stable, fixed = gradients([np.array([INF, -INF, 1.0])], 50.0)
    assert stable is False, "an infinite gradient is unstable"
    assert_arrays(fixed, [np.array([50.0, -50.0, 1.0])])


@edge
def test_empty_gradient_list():
    stable, fixed = gradients([])
    assert stable is True and fixed == [], f"expected (True, []), got ({stable}, {fixed})"


@edge
def test_shapes_and_float32_preserved():
    grads = [np.array(NAN), np.zeros((2, 0)), np.array([[1.5, NAN], [-3e3, 4.0]], dtype=np.float32)]
    stable, fixed = gradients(grads)
    assert stable is False
    assert_arrays(fixed, [np.array(0.0), np.zeros((2, 0)),
                          np.array([[1.5, 0.0], [-1000.0, 4.0]], dtype=np.float32)])


@edge
def test_find_nonfinite_edge_arrays():
    arrays = {"empty": np.array([]), "scalar_nan": np.array(NAN), "ints": np.arange(4),
              "f32_inf": np.array([1.0, INF], dtype=np.float32), "huge": np.array([1.7e308]),
              "f16_nan": np.array([NAN], dtype=np.float16)}
    got = find_nonfinite(arrays)
    assert got == ["scalar_nan", "f32_inf", "f16_nan"], (
        f"expected ['scalar_nan', 'f32_inf', 'f16_nan'], got {got!r}")


@edge
def test_find_nonfinite_empty_dict():
    assert find_nonfinite({}) == []
    check_finite({})


# -- mutation ----------------------------------------------------------------------
@mutation
def test_check_gradients_leaves_inputs_unchanged():
    grads = [np.array([NAN, 5e3, -1.0]), np.array([[INF]], dtype=np.float32)]
    before = [g.copy() for g in grads]
    _, args_after, _ = call_and_inspect(check_gradients, grads, 100.0)
    after = args_after[0]
    assert len(after) == 2, "check_gradients changed the length of the input list"
    for i, (a, b) in enumerate(zip(after, before, strict=True)):
        assert np.array_equal(a, b, equal_nan=True), f"check_gradients modified input array {i}"


@mutation
def test_find_nonfinite_and_check_finite_leave_inputs_unchanged():
    arrays = {"a": np.array([NAN, 1.0]), "b": np.array([INF])}
    _, args_after, _ = call_and_inspect(find_nonfinite, arrays)
    after = args_after[0]
    assert list(after) == ["a", "b"], "find_nonfinite changed the dict"
    assert np.array_equal(after["a"], [NAN, 1.0], equal_nan=True), "find_nonfinite modified 'a'"
    assert np.array_equal(after["b"], [INF]), "find_nonfinite modified 'b'"


# -- scale -------------------------------------------------------------------------
def random_array(rng, nprng):
    shape = tuple(rng.randrange(1, 7) for _ in range(rng.randrange(0, 3)))
    dtype = np.float32 if rng.random() < 0.3 else np.float64
    a = np.asarray(nprng.standard_normal(shape) * 10 ** rng.uniform(0, 4), dtype=dtype)
    flat = a.reshape(-1)
    for _ in range(rng.choice([0, 0, 1, 2])):
        flat[rng.randrange(flat.size)] = rng.choice([NAN, INF, -INF])
    return a


@scale
def test_random_arrays_match_reference(reference):
    """Seed 606: 80 random dicts / gradient lists against the reference."""
    rng = random.Random(606)
    nprng = np.random.default_rng(606)
    for case in range(80):
        arrays = {f"p{i}": random_array(rng, nprng) for i in range(rng.randrange(0, 6))}
        want = reference.find_nonfinite(arrays)
        got = find_nonfinite(arrays)
        assert got == want, f"case {case}: find_nonfinite expected {want}, got {got}"
        grads = list(arrays.values())
        threshold = rng.choice([1e3, 10.0, 0.5])
        want_stable, want_fixed = reference.check_gradients(grads, threshold)
        stable, fixed = gradients(grads, threshold)
        assert stable is want_stable, f"case {case}: expected stable={want_stable}, got {stable}"
        assert_arrays(fixed, want_fixed, what=f"case {case} fixed")


@scale
def test_large_gradients(reference):
    """Seed 7: 8 arrays of 5 000 values with a few NaN/Inf and outliers."""
    nprng = np.random.default_rng(7)
    grads = []
    for i in range(8):
        g = nprng.standard_normal(5_000) * 300
        g[nprng.integers(0, 5_000, 5)] = [NAN, INF, -INF, 1e9, -1e9] if i % 3 == 0 else 1.0
        grads.append(g)
    want_stable, want_fixed = reference.check_gradients(grads)
    stable, fixed = gradients(grads)
    assert stable is want_stable
    assert_arrays(fixed, want_fixed)
    names = {f"g{i}": g for i, g in enumerate(grads)}
    assert find_nonfinite(names) == reference.find_nonfinite(names)
