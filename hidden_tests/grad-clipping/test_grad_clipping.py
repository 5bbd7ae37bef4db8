"""Hidden tests for grad-clipping.

Expected values are written out by hand for the small cases and taken from the
reference (run here, in the grader) for the random ones; tolerances are the
catalog's: rtol 1e-6 (1e-5 for float32), atol 1e-9.
"""

import random

import numpy as np
import pytest
from grad_clipping import clip_by_global_norm, clip_by_value

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")

EPS = 1e-6


def rtol_for(arrays):
    return 1e-5 if any(a is not None and a.dtype == np.float32 for a in arrays) else 1e-6


def assert_arrays(got, want, rtol=1e-6, what="result"):
    assert isinstance(got, list), f"{what}: expected a list, got {type(got).__name__}"
    assert len(got) == len(want), f"{what}: expected {len(want)} entries, got {len(got)}"
    for i, (g, w) in enumerate(zip(got, want, strict=True)):
        if w is None:
            assert g is None, f"{what}[{i}]: a None entry must stay None, got {g!r}"
            continue
        # A 0-d result may come back as a NumPy scalar (what arithmetic on a 0-d array gives).
        assert isinstance(g, np.ndarray | np.generic), (
            f"{what}[{i}]: expected an array, got {type(g).__name__}")
        assert np.shape(g) == np.shape(w), (
            f"{what}[{i}]: expected shape {np.shape(w)}, got {np.shape(g)}")
        close = np.isclose(np.asarray(g, dtype=np.float64), w, rtol=rtol, atol=1e-9)
        if not close.all():
            k = int(np.argmin(close.ravel()))
            raise AssertionError(
                f"{what}[{i}] differs from the expected values: element {k} should be "
                f"{float(np.ravel(w)[k])!r}, got {float(np.ravel(g)[k])!r}")


def global_call(grads, max_norm):
    got = clip_by_global_norm(grads, max_norm)
    assert isinstance(got, tuple) and len(got) == 2, (
        f"clip_by_global_norm must return a (arrays, total_norm) tuple, got {got!r}")
    return got


def assert_total(total, want, rtol=1e-6):
    assert isinstance(total, int | float | np.floating | np.integer) \
        and not isinstance(total, bool), f"total_norm must be a number, got {total!r}"
    assert total == pytest.approx(want, rel=rtol, abs=1e-9), (
        f"expected total_norm {want}, got {total}")


# -- basic: clip_by_value ------------------------------------------------------------------
@basic
def test_clip_by_value_clamps_both_sides():
    got = clip_by_value([np.array([-3.0, -0.5, 0.0, 0.5, 2.0])], 1.0)
    assert_arrays(got, [np.array([-1.0, -0.5, 0.0, 0.5, 1.0])])


@basic
def test_clip_by_value_several_arrays_and_shapes():
    grads = [np.array([[5.0, -7.0], [0.1, -0.2]]), np.array([0.3]),
             np.arange(-6.0, 6.0).reshape(2, 3, 2)]
    got = clip_by_value(grads, 0.25)
    assert_arrays(got, [np.clip(g, -0.25, 0.25) for g in grads])


@basic
def test_clip_by_value_within_range_is_unchanged():
    grads = [np.array([0.1, -0.2, 0.3])]
    assert_arrays(clip_by_value(grads, 10.0), [np.array([0.1, -0.2, 0.3])])


# -- basic: clip_by_global_norm ---------------------------------------------------------------
@basic
def test_global_norm_single_array():
    clipped, total = global_call([np.array([3.0, 4.0])], 1.0)
    assert_total(total, 5.0)
    assert_arrays(clipped, [np.array([3.0, 4.0]) / (5.0 + EPS)])


@basic
def test_global_norm_spans_all_arrays():
    grads = [np.array([3.0]), np.array([[4.0]]), np.array([12.0, 0.0])]
    clipped, total = global_call(grads, 6.5)
    assert_total(total, 13.0)
    factor = 6.5 / (13.0 + EPS)
    assert_arrays(clipped, [g * factor for g in grads])


@basic
def test_total_norm_is_reported_before_clipping():
    _, total = global_call([np.array([30.0]), np.array([40.0])], 1.0)
    assert_total(total, 50.0)


@basic
def test_below_max_norm_is_unchanged():
    grads = [np.array([3.0, -4.0]), np.array([[0.0]])]
    clipped, total = global_call(grads, 10.0)
    assert_total(total, 5.0)
    assert_arrays(clipped, [np.array([3.0, -4.0]), np.array([[0.0]])])


@basic
def test_direction_is_preserved():
    grads = [np.array([1.0, -2.0, 3.0]), np.array([-4.0, 5.0])]
    clipped, _ = global_call(grads, 1.0)
    flat = np.concatenate([c.ravel() for c in clipped])
    original = np.concatenate([g.ravel() for g in grads])
    np.testing.assert_allclose(flat / np.linalg.norm(flat), original / np.linalg.norm(original),
                               rtol=1e-6, err_msg="global clipping changed the direction")
    norm = np.linalg.norm(flat)
    assert norm == pytest.approx(1.0, rel=1e-5), f"the clipped norm should be 1.0, got {norm}"


# -- edge --------------------------------------------------------------------------
@edge
def test_none_entries_stay_none_by_value():
    grads = [None, np.array([2.0, -2.0]), None]
    assert_arrays(clip_by_value(grads, 1.0), [None, np.array([1.0, -1.0]), None])


@edge
def test_none_entries_stay_none_global():
    grads = [np.array([6.0]), None, np.array([8.0]), None]
    clipped, total = global_call(grads, 5.0)
    assert_total(total, 10.0)
    factor = 5.0 / (10.0 + EPS)
    assert_arrays(clipped, [np.array([6.0 * factor]), None, np.array([8.0 * factor]), None])


@edge
def test_all_none():
    clipped, total = global_call([None, None], 1.0)
    assert_total(total, 0.0)
    assert clipped == [None, None], f"expected [None, None], got {clipped!r}"
    assert clip_by_value([None], 1.0) == [None]


@edge
def test_zero_gradients():
    grads = [np.zeros(3), np.zeros((2, 2))]
    clipped, total = global_call(grads, 1.0)
    assert_total(total, 0.0)
    assert_arrays(clipped, [np.zeros(3), np.zeros((2, 2))])


@edge
def test_zero_dimensional_and_high_rank_arrays():
    grads = [np.array(3.0), np.full((2, 1, 2, 1), 2.0)]
    clipped, total = global_call(grads, 2.5)
    assert_total(total, 5.0)
    factor = 2.5 / (5.0 + EPS)
    assert_arrays(clipped, [np.array(3.0 * factor), np.full((2, 1, 2, 1), 2.0 * factor)])
    assert_arrays(clip_by_value(grads, 2.5), [np.array(2.5), np.full((2, 1, 2, 1), 2.0)])


@edge
def test_float32_inputs():
    grads = [np.array([0.3, -0.4], dtype=np.float32), np.array([[1.2]], dtype=np.float32)]
    clipped, total = global_call(grads, 0.65)
    want_total = float(np.sqrt(0.09 + 0.16 + 1.44))
    assert_total(total, want_total, rtol=1e-5)
    factor = 0.65 / (want_total + EPS)
    assert_arrays(clipped, [g.astype(np.float64) * factor for g in grads], rtol=1e-5)
    assert_arrays(clip_by_value(grads, 0.35),
                  [np.array([0.3, -0.35]), np.array([[0.35]])], rtol=1e-5)


@edge
@pytest.mark.parametrize("total, max_norm", [(1e-3, 1e-3), (2e-3, 1e-3), (5e-4, 1e-4)])
def test_torch_epsilon_with_small_norms(total, max_norm):
    grads = [np.array([0.6 * total]), np.array([0.8 * total])]
    clipped, got_total = global_call(grads, max_norm)
    assert_total(got_total, total)
    factor = max_norm / (total + EPS)
    assert factor < 1
    assert_arrays(clipped, [g * factor for g in grads])


@edge
def test_norm_just_below_the_clipping_point_is_unchanged():
    grads = [np.array([0.6, 0.8])]
    clipped, total = global_call(grads, 1.0 + 2e-6)
    assert_total(total, 1.0)
    assert_arrays(clipped, [np.array([0.6, 0.8])])


# -- trap: the seed returns a sum of per-array norms; per-array clipping ------------------
@trap
def test_not_a_sum_of_per_array_norms():
    grads = [np.array([3.0, 4.0]), np.array([6.0, 8.0])]
    _, total = global_call(grads, 100.0)
    assert_total(total, float(np.sqrt(125.0)))


@trap
def test_not_per_array_clipping():
    grads = [np.array([0.3, 0.4]), np.array([30.0, 40.0])]
    clipped, total = global_call(grads, 1.0)
    assert_total(total, float(np.sqrt(0.25 + 2500.0)))
    factor = 1.0 / (total + EPS)
    assert_arrays(clipped, [g * factor for g in grads])


# -- mutation ----------------------------------------------------------------------
def snapshot(grads):
    return [None if g is None else g.copy() for g in grads]


def assert_unchanged(after, before, name):
    assert len(after) == len(before), f"{name} changed the length of the input list"
    for i, (a, b) in enumerate(zip(after, before, strict=True)):
        if b is None:
            assert a is None, f"{name} replaced the input's None entry {i}"
        else:
            assert np.array_equal(a, b), f"{name} modified input array {i}"


@mutation
@pytest.mark.parametrize("max_norm", [0.5, 100.0])
def test_clip_by_global_norm_leaves_inputs_unchanged(max_norm):
    grads = [np.array([3.0, -4.0]), None, np.array([[12.0, 1.0]], dtype=np.float32)]
    before = snapshot(grads)
    _, args_after, _ = call_and_inspect(clip_by_global_norm, grads, max_norm)
    assert_unchanged(args_after[0], before, "clip_by_global_norm")


@mutation
def test_clip_by_value_leaves_inputs_unchanged():
    grads = [np.array([3.0, -4.0, 0.5]), None, np.array([[-12.0]], dtype=np.float32)]
    before = snapshot(grads)
    _, args_after, _ = call_and_inspect(clip_by_value, grads, 1.0)
    assert_unchanged(args_after[0], before, "clip_by_value")


# -- scale -------------------------------------------------------------------------
def random_grads(rng, nprng, count):
    grads = []
    for _ in range(count):
        if rng.random() < 0.15:
            grads.append(None)
            continue
        shape = tuple(rng.randrange(1, 6) for _ in range(rng.randrange(0, 4)))
        dtype = np.float32 if rng.random() < 0.3 else np.float64
        grads.append((nprng.standard_normal(shape) * 10 ** rng.uniform(-3, 2)).astype(dtype))
    return grads


@scale
def test_random_gradients_match_reference(reference):
    """Seed 4321: 60 random gradient lists, clipped by value and by global norm."""
    rng = random.Random(4321)
    nprng = np.random.default_rng(4321)
    for case in range(60):
        grads = random_grads(rng, nprng, rng.randrange(1, 8))
        rtol = rtol_for(grads)
        norm = reference.global_norm(grads)
        max_norm = norm * rng.choice([0.01, 0.5, 0.999, 1.5, 10.0]) + 1e-12
        want_arrays, want_total = reference.clip_by_global_norm(grads, max_norm)
        got_arrays, got_total = global_call(grads, max_norm)
        assert_total(got_total, want_total, rtol)
        assert_arrays(got_arrays, want_arrays, rtol, what=f"case {case} clipped")
        clip = rng.uniform(0.01, 3.0)
        assert_arrays(clip_by_value(grads, clip), reference.clip_by_value(grads, clip), rtol,
                      what=f"case {case} clip_by_value")


@scale
def test_large_model(reference):
    """Seed 99: 12 arrays, 48 000 values in all."""
    nprng = np.random.default_rng(99)
    grads = [nprng.standard_normal(4_000) * 0.1 for _ in range(12)]
    want_arrays, want_total = reference.clip_by_global_norm(grads, 1.0)
    got_arrays, got_total = global_call(grads, 1.0)
    assert_total(got_total, want_total)
    assert_arrays(got_arrays, want_arrays)
