"""Hidden tests for activations.

Expected values are written out by hand from the definitions (and PyTorch's
documented forms: LeakyReLU(x) = max(0, x) + negative_slope * min(0, x),
ELU(x) = x if x > 0 else alpha * (exp(x) - 1); PyTorch's backward kernels test
`x > 0` for the positive side, so the gradient at 0 is the negative side's:
alpha for both). exp(-1) = 0.36787944117144233 was checked with math.exp.
"""

import math
import random

import numpy as np
import pytest
from activations import elu, elu_grad, leaky_relu, leaky_relu_grad

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")

E1 = 0.36787944117144233  # exp(-1)


def close(got, want, what, rtol=1e-6):
    """assert_allclose(rtol, atol=1e-9) with a message that says what was expected and what came."""
    got, want = np.asarray(got), np.asarray(want, dtype=float)
    assert got.shape == want.shape, f"{what}: expected shape {want.shape}, got {got.shape}"
    ok = np.isclose(got, want, rtol=rtol, atol=1e-9)
    if ok.all():
        return
    if want.size <= 12:
        raise AssertionError(f"{what}: expected {want.tolist()}, got {got.tolist()}")
    at = np.unravel_index(int(np.argmin(ok)), ok.shape)
    raise AssertionError(f"{what}: {int((~ok).sum())} of {ok.size} values differ; at index "
                         f"{tuple(int(i) for i in at)} expected {want[at]!r}, got {got[at]!r}")


@basic
def test_leaky_relu_values():
    x = np.array([-100.0, -2.0, -0.5, 0.5, 3.0, 1e6])
    close(leaky_relu(x), [-1.0, -0.02, -0.005, 0.5, 3.0, 1e6], what="leaky_relu")


@basic
def test_leaky_relu_grad_values():
    x = np.array([-100.0, -1e-12, 1e-12, 7.0])
    close(leaky_relu_grad(x), [0.01, 0.01, 1.0, 1.0], what="leaky_relu_grad")


@basic
def test_elu_values():
    x = np.array([-1.0, -2.0, 0.5, 4.0])
    want = [E1 - 1.0, math.exp(-2.0) - 1.0, 0.5, 4.0]
    close(elu(x), want, what="elu")


@basic
def test_elu_grad_values():
    x = np.array([-1.0, -3.0, 0.25, 9.0])
    close(elu_grad(x), [E1, math.exp(-3.0), 1.0, 1.0], what="elu_grad")


@basic
def test_custom_alpha():
    x = np.array([-2.0, -1.0, 1.5])
    close(leaky_relu(x, alpha=0.2), [-0.4, -0.2, 1.5], what="leaky_relu(alpha=0.2)")
    close(leaky_relu_grad(x, alpha=0.2), [0.2, 0.2, 1.0], what="leaky_relu_grad(alpha=0.2)")
    close(elu(x, alpha=0.5), [0.5 * (math.exp(-2.0) - 1), 0.5 * (E1 - 1), 1.5],
          what="elu(alpha=0.5)")
    close(elu_grad(x, alpha=2.0), [2 * math.exp(-2.0), 2 * E1, 1.0], what="elu_grad(alpha=2)")


@trap
@pytest.mark.parametrize("alpha", [0.01, 0.3])
def test_leaky_relu_grad_at_zero_is_alpha(alpha):
    got = leaky_relu_grad(np.array([0.0, -0.0, 1.0]), alpha=alpha)
    close(got, [alpha, alpha, 1.0], what=f"leaky_relu_grad at 0 with alpha={alpha} "
          "(PyTorch takes the negative side)")


@trap
@pytest.mark.parametrize("alpha", [1.0, 0.5, 2.0])
def test_elu_grad_at_zero_is_alpha(alpha):
    got = elu_grad(np.array([0.0, 1.0]), alpha=alpha)
    close(got, [alpha, 1.0], what=f"elu_grad at 0 with alpha={alpha} "
          "(PyTorch takes the negative side: alpha * exp(0))")


@trap
def test_values_at_zero_are_zero():
    x = np.zeros(4)
    close(leaky_relu(x), np.zeros(4), what="leaky_relu(0)")
    close(elu(x, alpha=3.0), np.zeros(4), what="elu(0)")


@edge
def test_extreme_inputs_stay_finite():
    x = np.array([-1000.0, -40.0, 1000.0, 1e300])
    close(elu(x), [-1.0, math.exp(-40.0) - 1.0, 1000.0, 1e300], what="elu at extremes")
    close(elu_grad(x), [0.0, math.exp(-40.0), 1.0, 1.0], what="elu_grad at extremes")
    close(leaky_relu(np.array([-1e300, 1e300])), [-1e298, 1e300], what="leaky_relu at extremes")


@edge
def test_tiny_negative_inputs():
    x = np.array([-1e-10, -1e-300])
    close(elu(x), [-1e-10, -1e-300], what="elu near 0 (exp(x) - 1 ~ x)")
    close(elu_grad(x), [1.0 - 1e-10, 1.0], what="elu_grad near 0")


@edge
@pytest.mark.parametrize("shape", [(3, 4), (2, 3, 2), (1,), (5, 1)])
def test_shape_is_preserved(shape):
    rng = random.Random(7)
    x = np.array([rng.uniform(-3, 3) for _ in range(math.prod(shape))]).reshape(shape)
    for fn, name in [(leaky_relu, "leaky_relu"), (leaky_relu_grad, "leaky_relu_grad"),
                     (elu, "elu"), (elu_grad, "elu_grad")]:
        got = np.asarray(fn(x))
        assert got.shape == shape, f"{name}: expected shape {shape}, got {got.shape}"


@edge
def test_float32_input(reference):
    x = np.array([-3.5, -1.0, -0.125, 0.0, 0.75, 2.0], dtype=np.float32)
    for name in ["leaky_relu", "leaky_relu_grad", "elu", "elu_grad"]:
        want = getattr(reference, name)(x.astype(np.float64))
        close(globals()[name](x), want, rtol=1e-5, what=f"{name} on float32 input")


@edge
def test_gradients_match_finite_differences():
    """The derivatives agree with central differences of the functions, away from 0."""
    x = np.array([-2.5, -0.7, 0.3, 1.9])
    h = 1e-6
    for fn, grad, alpha in [(leaky_relu, leaky_relu_grad, 0.05), (elu, elu_grad, 1.5)]:
        up, down = np.asarray(fn(x + h, alpha=alpha)), np.asarray(fn(x - h, alpha=alpha))
        numeric = (up - down) / (2 * h)
        np.testing.assert_allclose(np.asarray(grad(x, alpha=alpha)), numeric, rtol=1e-5,
                                   err_msg="the gradient disagrees with the function's slope")


@mutation
@pytest.mark.parametrize("name", ["leaky_relu", "leaky_relu_grad", "elu", "elu_grad"])
def test_input_is_not_mutated(name, submission):
    x = np.array([[-2.0, -0.5, 0.0], [0.5, 3.0, -7.0]])
    _, args_after, _ = call_and_inspect(getattr(submission, name), x)
    np.testing.assert_array_equal(args_after[0], x, err_msg=f"{name} modified its input")


@scale
def test_random_arrays_match_reference(reference):
    """Seed 2024: 20 000 values (a tenth of them exactly 0), alphas 0.01 / 0.2 / 1.0 / 1.7."""
    rng = random.Random(2024)
    x = np.array([0.0 if rng.random() < 0.1 else rng.gauss(0, 5) for _ in range(20_000)])
    x = x.reshape(100, 200)
    for alpha in [0.01, 0.2, 1.0, 1.7]:
        for name in ["leaky_relu", "leaky_relu_grad", "elu", "elu_grad"]:
            want = getattr(reference, name)(x, alpha=alpha)
            got = np.asarray(globals()[name](x, alpha=alpha))
            assert got.shape == want.shape, f"{name}: expected shape {want.shape}, got {got.shape}"
            bad = np.flatnonzero(~np.isclose(got, want, rtol=1e-6, atol=1e-9))
            assert bad.size == 0, (f"{name}(alpha={alpha}) differs from the expected values at "
                                   f"{bad.size} of {x.size} elements")
