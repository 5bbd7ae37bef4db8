"""Hidden tests for attention.

How the expected values were checked (PyTorch is not installed here): the
formulas are those of torch.nn.functional.scaled_dot_product_attention with a
bool attn_mask (True = takes part: masked positions get -inf before the
softmax) and of multi-head attention with heads as contiguous blocks of
d_model // num_heads columns (torch's view(L, H, dh).transpose). The small
cases are worked by hand in the comments (softmax of two logits is a sigmoid
of their difference); `oracle_attention` below is an independent per-row loop
written from the formula with math.exp, used for the multi-head cases; the
large random cases compare with the reference.
"""

import math
import random

import numpy as np
import pytest
from attention import causal_mask, multi_head_attention, scaled_dot_product_attention

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
error = pytest.mark.category("error")
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


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


def rand(rng, *shape, s=1.0):
    return np.array([rng.gauss(0, s) for _ in range(int(np.prod(shape)))]).reshape(shape)


def oracle_attention(q, k, v, mask=None):
    """Plain loops over one (L, d) head: math.exp with the row max subtracted."""
    lq, d = q.shape
    out = np.zeros((lq, v.shape[1]))
    for i in range(lq):
        scores = [float(q[i] @ k[j]) / math.sqrt(d) for j in range(k.shape[0])]
        allowed = [mask is None or bool(mask[i][j]) for j in range(k.shape[0])]
        top = max(s for s, a in zip(scores, allowed, strict=True) if a)
        e = [math.exp(s - top) if a else 0.0 for s, a in zip(scores, allowed, strict=True)]
        total = sum(e)
        for j, ej in enumerate(e):
            out[i] += ej / total * v[j]
    return out


def oracle_mha(x, wq, wk, wv, wo, heads, causal=False):
    """Per-head loop: head h takes columns h*dh:(h+1)*dh of each projection."""
    seq, dm = x.shape
    dh = dm // heads
    q, k, v = x @ wq, x @ wk, x @ wv
    mask = np.tril(np.ones((seq, seq), dtype=bool)) if causal else None
    parts = [oracle_attention(q[:, h * dh:(h + 1) * dh], k[:, h * dh:(h + 1) * dh],
                              v[:, h * dh:(h + 1) * dh], mask) for h in range(heads)]
    return np.concatenate(parts, axis=1) @ wo


Q = np.array([[1.0, 0.0]])
K = np.array([[1.0, 0.0], [0.0, 1.0]])
V = np.array([[1.0, 2.0], [3.0, 4.0]])


# --- basic -------------------------------------------------------------------------------

@basic
@pytest.mark.parametrize("n", [1, 2, 5])
def test_causal_mask(n):
    got = np.asarray(causal_mask(n))
    want = np.array([[j <= i for j in range(n)] for i in range(n)])
    assert got.shape == (n, n), f"causal_mask({n}): expected shape {(n, n)}, got {got.shape}"
    assert got.dtype == bool, f"causal_mask({n}): expected a bool array, got dtype {got.dtype}"
    assert np.array_equal(got, want), (f"causal_mask({n}): expected {want.tolist()}, "
                                       f"got {got.tolist()}")


@basic
def test_attention_by_hand():
    # scores = [1, 0] / sqrt(2); weights = [sigmoid(1/sqrt 2), 1 - that]
    out, w = scaled_dot_product_attention(Q, K, V)
    a = sigmoid(1 / math.sqrt(2))
    close(w, [[a, 1 - a]], "weights")
    close(out, [[3 - 2 * a, 4 - 2 * a]], "output")


@basic
def test_scale_uses_the_key_dimension():
    # d = 4: scores [2, 0] / sqrt(4) = [1, 0]
    q = np.array([[1.0, 1.0, 1.0, 1.0]])
    k = np.array([[0.5, 0.5, 0.5, 0.5], [0.0, 0.0, 0.0, 0.0]])
    v = np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]])
    out, w = scaled_dot_product_attention(q, k, v)
    a = sigmoid(1.0)
    close(w, [[a, 1 - a]], "weights with d = 4 (scale 1/sqrt(4))")
    close(out, [[a, 1 - a, 0.0, 0.0]], "output with d = 4")


@basic
def test_mask_removes_keys():
    out, w = scaled_dot_product_attention(Q, K, V, mask=np.array([[False, True]]))
    close(w, [[0.0, 1.0]], "weights with key 0 masked out")
    close(out, [[3.0, 4.0]], "output with key 0 masked out")


@basic
def test_causal_attention_by_hand():
    # three positions; row 0 sees only key 0, row 1 keys 0-1, row 2 all
    x = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    out, w = scaled_dot_product_attention(x, x, x, mask=causal_mask(3))
    r = 1 / math.sqrt(2)
    b = sigmoid(-r)  # row 1: scores [0, r] -> weight of key 0
    e0, e1, e2 = math.exp(r), math.exp(r), math.exp(2 * r)  # row 2: scores [r, r, 2r]
    s = e0 + e1 + e2
    want_w = [[1.0, 0.0, 0.0], [b, 1 - b, 0.0], [e0 / s, e1 / s, e2 / s]]
    close(w, want_w, "causal weights")
    close(out, np.array(want_w) @ x, "causal output")


@basic
def test_rows_sum_to_one_and_output_is_weights_times_v():
    """Seed 5: (3, 6, 4) random q, k, v."""
    rng = random.Random(5)
    q, k, v = rand(rng, 3, 6, 4), rand(rng, 3, 6, 4), rand(rng, 3, 6, 4)
    out, w = scaled_dot_product_attention(q, k, v)
    w, out = np.asarray(w), np.asarray(out)
    assert w.shape == (3, 6, 6), f"weights: expected shape (3, 6, 6), got {w.shape}"
    close(w.sum(axis=-1), np.ones((3, 6)), "row sums of the weights")
    close(out, w @ v, "output vs weights @ v")
    for b in range(3):
        close(out[b], oracle_attention(q[b], k[b], v[b]), f"output of batch {b}")


@basic
def test_cross_attention_lq_differs_from_lk():
    """Seed 6: Lq = 3, Lk = 5, d = 4."""
    rng = random.Random(6)
    q, k, v = rand(rng, 3, 4), rand(rng, 5, 4), rand(rng, 5, 4)
    out, w = scaled_dot_product_attention(q, k, v)
    assert np.asarray(w).shape == (3, 5), f"weights: expected (3, 5), got {np.asarray(w).shape}"
    close(out, oracle_attention(q, k, v), "output with Lq=3, Lk=5")


@basic
def test_single_head_is_plain_attention():
    """Seed 7: one head and identity weights reduce to attention of x with itself."""
    rng = random.Random(7)
    x = rand(rng, 5, 4)
    eye = np.eye(4)
    close(multi_head_attention(x, eye, eye, eye, eye, 1), oracle_attention(x, x, x),
          "one head, identity projections")


@basic
def test_heads_are_contiguous_column_blocks():
    """Seed 8: d_model 6, 3 heads of 2 columns, identity projections and output."""
    rng = random.Random(8)
    x = rand(rng, 4, 6)
    eye = np.eye(6)
    close(multi_head_attention(x, eye, eye, eye, eye, 3), oracle_mha(x, eye, eye, eye, eye, 3),
          "3 heads over columns [0:2], [2:4], [4:6], each scaled by sqrt(2)")


@basic
def test_multi_head_with_projections():
    """Seed 9: L=5, d_model=8, 2 heads, random projections; unbatched, causal and not."""
    rng = random.Random(9)
    x = rand(rng, 5, 8)
    ws = [rand(rng, 8, 8, s=0.5) for _ in range(4)]
    close(multi_head_attention(x, *ws, 2), oracle_mha(x, *ws, 2), "2 heads")
    close(multi_head_attention(x, *ws, 2, causal=True), oracle_mha(x, *ws, 2, causal=True),
          "2 heads, causal")


@basic
def test_multi_head_batched():
    """Seed 10: B=3, L=4, d_model=8, 4 heads; each batch element is attended alone."""
    rng = random.Random(10)
    x = rand(rng, 3, 4, 8)
    ws = [rand(rng, 8, 8, s=0.5) for _ in range(4)]
    got = np.asarray(multi_head_attention(x, *ws, 4, causal=True))
    assert got.shape == (3, 4, 8), f"expected shape (3, 4, 8), got {got.shape}"
    for b in range(3):
        close(got[b], oracle_mha(x[b], *ws, 4, causal=True), f"batch element {b}")


# --- trap: stability -------------------------------------------------------------------------

@trap
def test_softmax_is_stable_for_large_logits():
    # d = 1: logits 1e4 and 9999 -> weights sigmoid(1), sigmoid(-1)
    out, w = scaled_dot_product_attention(np.array([[1e4]]), np.array([[1.0], [0.9999]]),
                                          np.array([[1.0, 0.0], [0.0, 1.0]]))
    a = sigmoid(1.0)
    close(w, [[a, 1 - a]], "weights for logits 1e4 and 9999")
    close(out, [[a, 1 - a]], "output for logits 1e4 and 9999")


@trap
def test_softmax_is_stable_for_large_negative_logits():
    # logits -1e4 and -9999: exp underflows to 0 for both unless the max is subtracted
    _, w = scaled_dot_product_attention(np.array([[-1e4]]), np.array([[1.0], [0.9999]]),
                                        np.eye(2))
    a = sigmoid(-1.0)
    close(w, [[a, 1 - a]], "weights for logits -1e4 and -9999")


@trap
def test_large_logits_with_mask_and_heads():
    # batch of 2 with a (2, 1, 1, 3) padding mask; logits of order 1e4
    q = np.array([[[[100.0, 0.0]]], [[[0.0, 100.0]]]])          # (2, 1, 1, 2)
    k = np.array([[[[141.42, 0.0], [141.41, 0.0], [0.0, 9.0]]],
                  [[[0.0, 141.42], [0.0, 141.41], [5.0, 0.0]]]])  # (2, 1, 3, 2)
    v = np.broadcast_to(np.eye(3), (2, 1, 3, 3)).copy()
    mask = np.array([True, True, False]).reshape(1, 1, 1, 3)
    out, w = scaled_dot_product_attention(q, k, v, mask=mask)
    a = sigmoid(100.0 * 0.01 / math.sqrt(2))
    row = [a, 1 - a, 0.0]
    close(w, [[[row]], [[row]]], "weights for logits near 1e4 with a padding mask")
    close(out, [[[row]], [[row]]], "output for logits near 1e4 with a padding mask")


# --- error -------------------------------------------------------------------------------

@error
def test_fully_masked_row_raises():
    mask = np.array([[True, False], [False, False]])
    x = np.array([[1.0, 0.0], [0.0, 1.0]])
    with pytest.raises(ValueError):
        scaled_dot_product_attention(x, x, x, mask=mask)


@error
def test_fully_masked_row_in_one_batch_element_raises():
    rng = random.Random(17)
    q, k, v = rand(rng, 2, 3, 4), rand(rng, 2, 5, 4), rand(rng, 2, 5, 4)
    mask = np.ones((2, 1, 5), dtype=bool)
    mask[1] = False  # every query of batch element 1 has no key
    with pytest.raises(ValueError):
        scaled_dot_product_attention(q, k, v, mask=mask)


# --- edge --------------------------------------------------------------------------------

@edge
def test_single_position():
    x = np.array([[2.0, -1.0, 0.5]])
    out, w = scaled_dot_product_attention(x, x, x, mask=causal_mask(1))
    close(w, [[1.0]], "weights of a single position")
    close(out, x, "output of a single position")
    eye = np.eye(3)
    close(multi_head_attention(x, eye, eye, eye, eye, 3, causal=True), x,
          "multi-head attention of a single position")


@edge
def test_mask_broadcasts_over_leading_axes():
    """Seed 18: (2, 3, 4, 4) q, k, v with a (4, 4) causal mask."""
    rng = random.Random(18)
    q, k, v = rand(rng, 2, 3, 4, 4), rand(rng, 2, 3, 4, 4), rand(rng, 2, 3, 4, 4)
    out, w = scaled_dot_product_attention(q, k, v, mask=causal_mask(4))
    w = np.asarray(w)
    assert w.shape == (2, 3, 4, 4), f"weights: expected (2, 3, 4, 4), got {w.shape}"
    assert np.all(np.abs(w[..., ~np.tril(np.ones((4, 4), bool))]) <= 1e-9), (
        "masked (future) keys must get weight 0")
    for b in range(2):
        for h in range(3):
            close(np.asarray(out)[b, h], oracle_attention(q[b, h], k[b, h], v[b, h],
                                                          np.tril(np.ones((4, 4), bool))),
                  f"output [{b}, {h}]")


@edge
def test_causal_output_ignores_the_future():
    """Seed 19: changing later positions does not change earlier outputs."""
    rng = random.Random(19)
    x = rand(rng, 6, 4)
    ws = [rand(rng, 4, 4) for _ in range(4)]
    y = x.copy()
    y[3:] += 5.0
    a = np.asarray(multi_head_attention(x, *ws, 2, causal=True))
    b = np.asarray(multi_head_attention(y, *ws, 2, causal=True))
    close(b[:3], a[:3], "causal outputs of positions 0-2 after changing positions 3-5")


# --- mutation ------------------------------------------------------------------------------

@mutation
def test_arguments_are_not_mutated(submission):
    rng = random.Random(20)
    q, k, v = rand(rng, 3, 4), rand(rng, 3, 4), rand(rng, 3, 4)
    mask = causal_mask_local(3)
    _, after, _ = call_and_inspect(submission.scaled_dot_product_attention, q, k, v, mask)
    for name, before, now in zip(["q", "k", "v", "mask"], (q, k, v, mask), after, strict=True):
        assert np.array_equal(np.asarray(now), before), (
            f"scaled_dot_product_attention modified {name}")
    x = rand(rng, 2, 3, 4)
    ws = [rand(rng, 4, 4) for _ in range(4)]
    _, after, _ = call_and_inspect(submission.multi_head_attention, x, *ws, 2, True)
    for name, before, now in zip(["x", "w_q", "w_k", "w_v", "w_o"], (x, *ws), after[:5],
                                 strict=True):
        assert np.array_equal(np.asarray(now), before), f"multi_head_attention modified {name}"


def causal_mask_local(n):
    return np.tril(np.ones((n, n), dtype=bool))


# --- scale -------------------------------------------------------------------------------

@scale
def test_large_batch_matches_reference(reference):
    """Seed 2026: B=4, L=48, d_model=32, 4 heads, causal and not; logits scaled up by 30."""
    rng = random.Random(2026)
    x = rand(rng, 4, 48, 32)
    ws = [rand(rng, 32, 32, s=0.3) for _ in range(4)]
    for causal in (False, True):
        close(multi_head_attention(x, *ws, 4, causal=causal),
              reference.multi_head_attention(x, *ws, 4, causal=causal), f"causal={causal}")
    q, k, v = rand(rng, 4, 2, 40, 8, s=30.0), rand(rng, 4, 2, 40, 8, s=30.0), rand(rng, 4, 2, 40, 8)
    mask = np.array([rng.random() < 0.7 for _ in range(4 * 40)]).reshape(4, 1, 1, 40)
    mask[..., 0] = True
    out, w = scaled_dot_product_attention(q, k, v, mask=mask)
    want_out, want_w = reference.scaled_dot_product_attention(q, k, v, mask=mask)
    close(w, want_w, "weights with a random padding mask and large logits")
    close(out, want_out, "output with a random padding mask and large logits")
