"""Hidden tests for dropout-layer.

Randomness is judged statistically (fractions and means with tolerances of
several standard deviations) and by reproducibility from the seed, never by
comparing masks with another implementation's generator.
"""

import math

import numpy as np
import pytest
from dropout_layer import Dropout

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
error = pytest.mark.category("error")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


def values(seed, shape, low=1.0, high=2.0):
    return np.random.default_rng(seed).uniform(low, high, size=shape)


def assert_dropout_output(out, x, p, what):
    """Every entry is 0 or x / (1 - p)."""
    out = np.asarray(out, dtype=float)
    assert out.shape == x.shape, f"{what}: expected shape {x.shape}, got {out.shape}"
    kept = out != 0
    scaled = x / (1.0 - p)
    ok = np.allclose(out[kept], scaled[kept], rtol=1e-6, atol=1e-9)
    if not ok:
        i = np.flatnonzero(kept & ~np.isclose(out, scaled, rtol=1e-6, atol=1e-9))[0]
        raise AssertionError(
            f"{what}: a kept value must be x / (1 - p) = {scaled.flat[i]:.6g} (p={p}), got "
            f"{out.flat[i]:.6g} for x={x.flat[i]:.6g}")


# -- basic ---------------------------------------------------------------------------------

@basic
def test_inference_returns_values_unchanged():
    x = values(1, (3, 4))
    layer = Dropout(0.5, seed=0)
    for out in (layer(x, False), layer(x, training=False)):
        out = np.asarray(out)
        assert out.shape == x.shape and np.allclose(out, x, rtol=1e-12, atol=0), (
            f"inference must return x unchanged: expected {np.round(x, 4).tolist()}, got "
            f"{np.round(out, 4).tolist()}")


@basic
def test_training_zeroes_or_scales_each_value():
    x = values(2, (20, 30))
    out = np.asarray(Dropout(0.25, seed=1)(x, training=True))
    assert_dropout_output(out, x, 0.25, "p=0.25")
    zeros = np.mean(out == 0)
    assert 0.1 < zeros < 0.4, f"p=0.25: expected about 25% zeros, got {zeros:.1%}"


@basic
@pytest.mark.parametrize("p", [0.1, 0.5])
def test_drop_fraction_is_p(harness, p):
    """100 000 values: the share of zeros is within 6 standard deviations of p."""
    got = harness.drop_fraction(p, (200, 500))
    tolerance = 6 * math.sqrt(p * (1 - p) / 100_000)
    assert abs(got["fraction"] - p) < tolerance, (
        f"p={p}: expected about {p:.0%} zeros, got {got['fraction']:.2%}")


@basic
def test_mean_of_many_training_outputs_approaches_x(harness):
    x = values(3, (4, 5), -2.0, 3.0)
    calls, p = 4000, 0.5
    got = np.asarray(harness.mean_of_calls(p, x, calls, 7))
    tolerance = 6 * np.abs(x) * math.sqrt(p / (1 - p) / calls) + 1e-9
    worst = np.max(np.abs(got - x) - tolerance)
    assert worst <= 0, (f"the mean of {calls} training outputs must approach x: largest error "
                        f"{np.max(np.abs(got - x)):.3g} beyond tolerance")


@basic
def test_p_zero_keeps_everything():
    x = values(4, (6, 7))
    out = np.asarray(Dropout(0.0, seed=3)(x, True))
    assert out.shape == x.shape and np.allclose(out, x, rtol=1e-12, atol=0), (
        "p=0: training must return x unchanged")


# -- error ---------------------------------------------------------------------------------

@error
@pytest.mark.parametrize("p", [1.0, 1.5, -0.1, -1.0])
def test_p_outside_range_raises(p):
    with pytest.raises(ValueError):
        Dropout(p)


@error
def test_p_just_below_one_is_allowed():
    x = values(5, (10, 10))
    out = np.asarray(Dropout(0.99, seed=2)(x, True))
    assert_dropout_output(out, x, 0.99, "p=0.99")


# -- trap ----------------------------------------------------------------------------------

@trap
def test_survivors_scaled_by_inverse_keep_probability(harness):
    """Scaling by (1 - p) instead of 1 / (1 - p) is the classic mistake."""
    got = harness.drop_fraction(0.8, (50, 40), 1, 5, 1.0)
    assert got["values"] == [5.0], (
        f"p=0.8 on ones: kept values must be 1 / 0.2 = 5.0, got {got['values']}")
    x = values(6, (30, 30))
    assert_dropout_output(Dropout(0.8, seed=4)(x, True), x, 0.8, "p=0.8")


@trap
def test_p_is_the_drop_probability(harness):
    got = harness.drop_fraction(0.2, (200, 500), 1, 11)
    assert abs(got["fraction"] - 0.2) < 0.01, (
        f"p=0.2 drops 20% of the values, got {got['fraction']:.1%} zeros (is p the keep "
        "probability?)")


@trap
def test_each_call_draws_a_new_mask(harness):
    masks = np.asarray(harness.masks(0.5, np.ones(200), 10, 3))
    distinct = len({m.tobytes() for m in masks})
    assert distinct == 10, f"10 training calls gave only {distinct} distinct masks"


@trap
def test_same_seed_same_masks():
    x = values(7, (8, 9))
    first, second = Dropout(0.4, seed=42), Dropout(0.4, seed=42)
    a = [np.asarray(first(x, True)) for _ in range(3)]
    b = [np.asarray(second(x, True)) for _ in range(3)]
    for i in range(3):
        assert np.array_equal(a[i] != 0, b[i] != 0), (
            f"call {i}: two layers built with seed 42 gave different masks")


@trap
def test_same_seed_layers_are_independent(harness):
    got = harness.interleaved(0.5, np.ones(64), 4, 9)
    for i, (a, b) in enumerate(zip(got["first"], got["second"], strict=True)):
        assert np.array_equal(np.asarray(a) != 0, np.asarray(b) != 0), (
            f"call {i}: two layers with seed 9, called in turn, gave different masks; the "
            "masks must depend on the layer's own seed only, not on global random state")


@trap
def test_inference_does_not_rescale(harness):
    """Non-inverted dropout multiplies by (1 - p) at inference; inverted dropout does not."""
    x = values(8, (5, 5))
    got = np.asarray(harness.mean_of_calls(0.3, x, 3, 0, False))
    assert np.allclose(got, x, rtol=1e-12, atol=0), "inference must return x unchanged"


# -- edge ----------------------------------------------------------------------------------

@edge
@pytest.mark.parametrize("shape", [(7,), (2, 3, 4, 5), (1, 1)])
def test_any_shape(shape):
    x = values(9, shape)
    out = np.asarray(Dropout(0.3, seed=5)(x, True))
    assert_dropout_output(out, x, 0.3, f"shape {shape}")
    out = np.asarray(Dropout(0.3, seed=5)(x, False))
    assert out.shape == x.shape and np.allclose(out, x), f"inference on shape {shape}"


@edge
def test_float32_input():
    x = values(10, (16, 16)).astype(np.float32)
    out = np.asarray(Dropout(0.5, seed=6)(x, True), dtype=float)
    kept = out != 0
    assert np.allclose(out[kept], (x.astype(float) / 0.5)[kept], rtol=1e-5, atol=1e-9), (
        "float32 input: kept values must be x / (1 - p)")


@edge
def test_negative_values_and_zeros():
    x = np.array([[-1.5, 0.0, 2.0], [3.0, -4.0, 0.0]] * 10)
    out = np.asarray(Dropout(0.5, seed=8)(x, True))
    assert_dropout_output(out, x, 0.5, "negative values and zeros")


@edge
def test_different_seeds_give_different_masks():
    x = np.ones(500)
    a = np.asarray(Dropout(0.5, seed=1)(x, True)) != 0
    b = np.asarray(Dropout(0.5, seed=2)(x, True)) != 0
    assert not np.array_equal(a, b), "seeds 1 and 2 gave the same mask on 500 values"


# -- mutation ------------------------------------------------------------------------------

@mutation
@pytest.mark.parametrize("training", [True, False])
def test_input_not_mutated(harness, training):
    x = values(11, (10, 10))
    layer = Dropout(0.5, seed=1)
    _, args_after, _ = call_and_inspect(layer, x, training)
    assert np.array_equal(args_after[0], x), f"training={training}: the call changed x"
    assert harness.input_unchanged(0.5, x, training), f"training={training}: x was changed"


# -- scale ---------------------------------------------------------------------------------

@scale
def test_large_input(harness):
    """A million values built in the sandbox: shape kept, ~p zeros, one kept value."""
    got = harness.drop_fraction(0.35, (1000, 1000), 1, 12, 2.0)
    assert got["shape"] == [1000, 1000], f"expected shape [1000, 1000], got {got['shape']}"
    assert abs(got["fraction"] - 0.35) < 0.005, f"expected ~35% zeros, got {got['fraction']:.2%}"
    assert len(got["values"]) == 1 and math.isclose(got["values"][0], 2.0 / 0.65, rel_tol=1e-6), (
        f"kept values must all be 2 / 0.65, got {got['values'][:5]}")
