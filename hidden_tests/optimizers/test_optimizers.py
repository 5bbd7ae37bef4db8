"""Hidden tests for optimizers.

How the expected values were checked (PyTorch is not installed here): the
by-hand cases are worked from the formulas of the PyTorch docs for SGD
(b = momentum * b + g; p = p - lr * b), Adam (g += wd * p; bias-corrected
moments; p -= lr * m_hat / (sqrt(v_hat) + eps)) and AdamW (p *= 1 - lr * wd
first, moments of the raw gradient); the intermediate numbers are in the
comments. The multi-step and random cases compare with `torch_*` below: a
NumPy transcription of the operation order of torch.optim's single-tensor
code paths (_single_tensor_sgd / _single_tensor_adam / _single_tensor_adamw:
lerp for m, addcmul for v, step_size = lr / bc1,
denom = sqrt(v) / sqrt(bc2) + eps, addcdiv), which is an implementation
independent of the reference.
"""

import random

import numpy as np
import pytest
from optimizers import adam_step, adamw_step, sgd_momentum_step

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


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


def unpack(result, n, name):
    assert len(result) == n, f"{name} must return {n} values, got {len(result)}"
    return [np.asarray(r) for r in result]


# --- torch.optim's operation order, transcribed to NumPy ----------------------------------

def torch_sgd(p, g, buf, lr, momentum):
    buf = buf * momentum + g          # buf.mul_(momentum).add_(grad, alpha=1 - dampening)
    return p + (-lr) * buf, buf       # param.add_(buf, alpha=-lr)


def torch_adam(p, g, m, v, step, lr=1e-3, b1=0.9, b2=0.999, eps=1e-8, wd=0.0, decoupled=False):
    if decoupled:
        p = p * (1 - lr * wd)         # param.mul_(1 - lr * weight_decay)
    elif wd != 0:
        g = g + wd * p                # grad = grad.add(param, alpha=weight_decay)
    m = m + (g - m) * (1 - b1)        # exp_avg.lerp_(grad, 1 - beta1)
    v = v * b2 + (1 - b2) * g * g     # exp_avg_sq.mul_(beta2).addcmul_(grad, grad, 1 - beta2)
    bc1, bc2 = 1 - b1 ** step, 1 - b2 ** step
    step_size = lr / bc1
    denom = np.sqrt(v) / bc2 ** 0.5 + eps
    return p - step_size * (m / denom), m, v   # param.addcdiv_(exp_avg, denom, value=-step_size)


def rand(rng, *shape, s=1.0):
    return np.array([rng.gauss(0, s) for _ in range(int(np.prod(shape)))]).reshape(shape)


# --- basic: by hand ------------------------------------------------------------------------

@basic
def test_sgd_momentum_by_hand():
    # v = 0.9 * [0.1, -0.2] + [0.5, 0.25] = [0.59, 0.07]; p = [1, -2] - 0.1 * v
    p, vel = unpack(sgd_momentum_step(np.array([1.0, -2.0]), np.array([0.5, 0.25]),
                                      np.array([0.1, -0.2]), 0.1, 0.9), 2, "sgd_momentum_step")
    close(vel, [0.59, 0.07], "velocity (PyTorch's buffer: momentum * v + grad)")
    close(p, [0.941, -2.007], "param")


@basic
def test_sgd_first_step_from_zero_velocity():
    # the buffer starts as the gradient: p - lr * g
    p, vel = unpack(sgd_momentum_step(np.array([3.0, 4.0]), np.array([1.0, -2.0]),
                                      np.zeros(2), 0.5, 0.99), 2, "sgd_momentum_step")
    close(vel, [1.0, -2.0], "velocity after the first step")
    close(p, [2.5, 5.0], "param after the first step")


@basic
def test_adam_first_step_by_hand():
    # m = 0.1 g = [0.05, -0.025]; v = 0.001 g^2 = [2.5e-4, 6.25e-5];
    # m_hat = g, v_hat = g^2, so p -= 1e-3 * g / (|g| + 1e-8)
    p, m, v = unpack(adam_step(np.array([1.0, -2.0]), np.array([0.5, -0.25]),
                               np.zeros(2), np.zeros(2), 1), 3, "adam_step")
    close(m, [0.05, -0.025], "m after step 1")
    close(v, [2.5e-4, 6.25e-5], "v after step 1")
    close(p, [1 - 1e-3 * 0.5 / (0.5 + 1e-8), -2 + 1e-3 * 0.25 / (0.25 + 1e-8)], "param")


@basic
def test_adam_third_step_by_hand():
    # p 0.5, g 0.2, m 0.1, v 0.01, t 3, lr 0.01:
    # m = 0.09 + 0.02 = 0.11; v = 0.00999 + 0.00004 = 0.01003
    # m_hat = 0.11 / 0.271 = 0.405904059; v_hat = 0.01003 / 0.002997001 = 3.346678897
    # p = 0.5 - 0.01 * 0.405904059 / (1.829393039 + 1e-8) = 0.497781209
    p, m, v = unpack(adam_step(np.array([0.5]), np.array([0.2]), np.array([0.1]),
                               np.array([0.01]), 3, lr=0.01), 3, "adam_step")
    close(m, [0.11], "m (raw, not bias-corrected)")
    close(v, [0.01003], "v (raw, not bias-corrected)")
    close(p, [0.49778120913421425], "param after step 3")


@basic
def test_adam_weight_decay_is_l2():
    # g = 0.2 + 0.1 * 0.5 = 0.25 enters the moments: m = 0.115, v = 0.0100525
    # p = 0.5 - 0.01 * (0.115 / 0.271) / (sqrt(0.0100525 / 0.002997001) + 1e-8)
    p, m, v = unpack(adam_step(np.array([0.5]), np.array([0.2]), np.array([0.1]),
                               np.array([0.01]), 3, lr=0.01, weight_decay=0.1), 3, "adam_step")
    close(m, [0.115], "m with L2 decay in the gradient")
    close(v, [0.0100525], "v with L2 decay in the gradient")
    close(p, [0.4976829524299417], "param with L2 weight decay")


@basic
def test_adamw_by_hand():
    # p = 0.5 * (1 - 0.01 * 0.1) = 0.4995, then the same Adam update as without decay
    # (m = 0.11, v = 0.01003): 0.4995 - 0.002218790866 = 0.497281209
    p, m, v = unpack(adamw_step(np.array([0.5]), np.array([0.2]), np.array([0.1]),
                                np.array([0.01]), 3, lr=0.01, weight_decay=0.1), 3, "adamw_step")
    close(m, [0.11], "AdamW's m uses the raw gradient")
    close(v, [0.01003], "AdamW's v uses the raw gradient")
    close(p, [0.49728120913421425], "param after AdamW step 3")


@basic
def test_adamw_first_step_by_hand():
    # p = [1, -2] * (1 - 1e-4) = [0.9999, -1.9998], then -1e-3 * sign(g) * |g| / (|g| + 1e-8)
    p, _, _ = unpack(adamw_step(np.array([1.0, -2.0]), np.array([0.5, -0.25]),
                                np.zeros(2), np.zeros(2), 1, weight_decay=0.1), 3, "adamw_step")
    close(p, [0.9999 - 1e-3 * 0.5 / (0.5 + 1e-8), -1.9998 + 1e-3 * 0.25 / (0.25 + 1e-8)],
          "param after AdamW step 1 with weight_decay=0.1")


@basic
def test_adamw_without_decay_equals_adam():
    """Seed 3: 6 random parameters, t = 4, random state."""
    rng = random.Random(3)
    p, g = rand(rng, 6), rand(rng, 6)
    m, v = rand(rng, 6, s=0.1), np.abs(rand(rng, 6, s=0.1))
    a = unpack(adam_step(p, g, m, v, 4, lr=0.05), 3, "adam_step")
    b = unpack(adamw_step(p, g, m, v, 4, lr=0.05), 3, "adamw_step")
    want = torch_adam(p, g, m, v, 4, lr=0.05)
    for name, x, y, w in zip(["param", "m", "v"], a, b, want, strict=True):
        close(x, w, f"adam {name}")
        close(y, w, f"adamw {name} with weight_decay=0")


@basic
def test_trajectories_match_torch_order():
    """Seed 4: 15 steps on f(p) = sum(c * p^2) / 2 from the state each call returns."""
    rng = random.Random(4)
    c = np.abs(rand(rng, 5)) + 0.1
    start = rand(rng, 5)
    runs = {
        "sgd": (lambda p, s, t: sgd_momentum_step(p, c * p, s[0], 0.05, 0.9),
                lambda p, s, t: torch_sgd(p, c * p, s[0], 0.05, 0.9)),
        "adam": (lambda p, s, t: adam_step(p, c * p, s[0], s[1], t, lr=0.1, weight_decay=0.01),
                 lambda p, s, t: torch_adam(p, c * p, s[0], s[1], t, lr=0.1, wd=0.01)),
        "adamw": (lambda p, s, t: adamw_step(p, c * p, s[0], s[1], t, lr=0.1, weight_decay=0.01),
                  lambda p, s, t: torch_adam(p, c * p, s[0], s[1], t, lr=0.1, wd=0.01,
                                             decoupled=True)),
    }
    for name, (theirs, ours) in runs.items():
        p_got, s_got = start.copy(), [np.zeros(5), np.zeros(5)]
        p_want, s_want = start.copy(), [np.zeros(5), np.zeros(5)]
        for t in range(1, 16):
            out = [np.asarray(x) for x in theirs(p_got, s_got, t)]
            p_got, s_got = out[0], out[1:]
            want = ours(p_want, s_want, t)
            p_want, s_want = want[0], list(want[1:])
            close(p_got, p_want, f"{name}: param after step {t}")


# --- trap: AdamW is not Adam with L2 -------------------------------------------------------

@trap
def test_adamw_is_not_adam_with_l2():
    """Seed 21: large, unequal gradients, weight_decay 0.5, lr 0.1, t 7."""
    rng = random.Random(21)
    p = rand(rng, 8)
    g = rand(rng, 8) * np.array([100, 0.01, 1, 10, 0.1, 50, 1e-3, 5])
    m, v = g * 0.3, g * g * 0.5
    got = unpack(adamw_step(p, g, m, v, 7, lr=0.1, weight_decay=0.5), 3, "adamw_step")
    want = torch_adam(p, g, m, v, 7, lr=0.1, wd=0.5, decoupled=True)
    for name, x, w in zip(["param", "m", "v"], got, want, strict=True):
        close(x, w, f"AdamW {name} (decoupled decay, not L2 in the gradient)")


@trap
def test_adamw_decay_scales_with_lr():
    # zero gradient and zero state: only the decay acts, p * (1 - lr * wd) = 2 * (1 - 0.02)
    p, m, v = unpack(adamw_step(np.array([2.0]), np.array([0.0]), np.zeros(1), np.zeros(1), 1,
                                lr=0.2, weight_decay=0.1), 3, "adamw_step")
    close(p, [1.96], "AdamW with a zero gradient shrinks p by lr * weight_decay")
    close(m, [0.0], "m")
    close(v, [0.0], "v")


@trap
def test_sgd_velocity_is_torch_buffer_not_lr_scaled():
    # from a non-zero buffer the two SGD conventions give different params too
    p, vel = unpack(sgd_momentum_step(np.array([0.0]), np.array([1.0]), np.array([2.0]),
                                      0.1, 0.5), 2, "sgd_momentum_step")
    close(vel, [2.0], "velocity = 0.5 * 2 + 1")
    close(p, [-0.2], "param = 0 - 0.1 * 2")


# --- edge ----------------------------------------------------------------------------------

@edge
def test_eps_is_added_outside_the_square_root():
    # g = 1e-8 at t = 1: m_hat = 1e-8, v_hat = 1e-16, update = lr * 1e-8 / (1e-8 + 1e-8)
    p, _, _ = unpack(adam_step(np.array([1.0]), np.array([1e-8]), np.zeros(1), np.zeros(1), 1,
                               lr=0.1), 3, "adam_step")
    close(p, [0.95], "Adam with a gradient of 1e-8 (eps outside sqrt(v_hat))")
    p, _, _ = unpack(adamw_step(np.array([1.0]), np.array([-1e-8]), np.zeros(1), np.zeros(1), 1,
                                lr=0.1), 3, "adamw_step")
    close(p, [1.05], "AdamW with a gradient of -1e-8 (eps outside sqrt(v_hat))")


@edge
def test_zero_gradient_keeps_param():
    p, m, v = unpack(adam_step(np.array([1.5, -0.5]), np.zeros(2), np.zeros(2), np.zeros(2), 1),
                     3, "adam_step")
    close(p, [1.5, -0.5], "Adam with a zero gradient and zero state")


@edge
def test_two_dimensional_parameters():
    """Seed 22: a (3, 4) weight matrix keeps its shape through every step."""
    rng = random.Random(22)
    p, g = rand(rng, 3, 4), rand(rng, 3, 4)
    m, v = rand(rng, 3, 4, s=0.1), np.abs(rand(rng, 3, 4, s=0.1))
    got = unpack(adamw_step(p, g, m, v, 2, lr=0.01, weight_decay=0.05), 3, "adamw_step")
    want = torch_adam(p, g, m, v, 2, lr=0.01, wd=0.05, decoupled=True)
    for name, x, w in zip(["param", "m", "v"], got, want, strict=True):
        close(x, w, f"AdamW {name} of a (3, 4) parameter")
    p2, vel = unpack(sgd_momentum_step(p, g, m, 0.1, 0.9), 2, "sgd_momentum_step")
    close(vel, 0.9 * m + g, "velocity of a (3, 4) parameter")


@edge
def test_late_step_bias_correction_vanishes():
    # t = 100000: 1 - beta**t is 1 to double precision, so m_hat = m and v_hat = v
    p, m, v = unpack(adam_step(np.array([1.0]), np.array([0.3]), np.array([0.2]),
                               np.array([0.04]), 100_000, lr=0.01), 3, "adam_step")
    m_want, v_want = 0.9 * 0.2 + 0.1 * 0.3, 0.999 * 0.04 + 0.001 * 0.09
    close(m, [m_want], "m")
    close(p, [1.0 - 0.01 * m_want / (np.sqrt(v_want) + 1e-8)], "param at t = 100000")


@edge
def test_momentum_zero_is_plain_sgd():
    p, vel = unpack(sgd_momentum_step(np.array([1.0, 2.0]), np.array([4.0, -4.0]),
                                      np.array([100.0, 100.0]), 0.25, 0.0), 2, "sgd_momentum_step")
    close(vel, [4.0, -4.0], "velocity with momentum 0")
    close(p, [0.0, 3.0], "param with momentum 0")


# --- mutation ------------------------------------------------------------------------------

@mutation
def test_arguments_are_not_mutated(submission):
    p, g = np.array([1.0, -2.0, 0.5]), np.array([0.3, 0.1, -0.7])
    m, v = np.array([0.01, 0.02, -0.03]), np.array([0.001, 0.002, 0.003])
    cases = [("sgd_momentum_step", (p, g, m, 0.1, 0.9), ["param", "grad", "velocity"]),
             ("adam_step", (p, g, m, v, 2, 0.01, 0.9, 0.999, 1e-8, 0.1),
              ["param", "grad", "m", "v"]),
             ("adamw_step", (p, g, m, v, 2, 0.01, 0.9, 0.999, 1e-8, 0.1),
              ["param", "grad", "m", "v"])]
    for name, args, labels in cases:
        _, after, _ = call_and_inspect(getattr(submission, name), *args)
        for label, before, now in zip(labels, args, after, strict=False):
            assert np.array_equal(np.asarray(now), before), f"{name} modified its {label}"


# --- scale ---------------------------------------------------------------------------------

@scale
def test_random_large_arrays_match_torch_order(reference):
    """Seed 2027: 10 000 parameters, 5 chained steps of each optimizer."""
    rng = random.Random(2027)
    n = 10_000
    p0 = rand(rng, n)
    grads = [rand(rng, n, s=10 ** rng.uniform(-4, 2)) for _ in range(5)]
    for name, fn, decoupled in [("adam_step", adam_step, False), ("adamw_step", adamw_step, True)]:
        p, m, v = p0.copy(), np.zeros(n), np.zeros(n)
        wp, wm, wv = p0.copy(), np.zeros(n), np.zeros(n)
        for t, g in enumerate(grads, start=1):
            p, m, v = unpack(fn(p, g, m, v, t, lr=3e-3, weight_decay=0.02), 3, name)
            wp, wm, wv = torch_adam(wp, g, wm, wv, t, lr=3e-3, wd=0.02, decoupled=decoupled)
            close(p, wp, f"{name}: param after step {t}")
            close(v, wv, f"{name}: v after step {t}")
    p, vel = p0.copy(), np.zeros(n)
    wp, wvel = p0.copy(), np.zeros(n)
    for g in grads:
        p, vel = unpack(sgd_momentum_step(p, g, vel, 0.01, 0.9), 2, "sgd_momentum_step")
        wp, wvel = reference.sgd_momentum_step(wp, g, wvel, 0.01, 0.9)
    close(p, wp, "sgd: param after 5 steps")
