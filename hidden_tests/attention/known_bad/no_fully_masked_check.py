# expect: failed
# caught-by: error
# why: masks with a large negative number and never checks for a row with no allowed key (returns uniform weights)
import numpy as np


def causal_mask(n):
    return np.tril(np.ones((n, n), dtype=bool))


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -1e30)
    scores = scores - scores.max(axis=-1, keepdims=True)
    e = np.exp(scores)
    w = e / e.sum(axis=-1, keepdims=True)
    return w @ v, w


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, causal=False):
    seq, dm = x.shape[-2:]
    dh = dm // num_heads

    def split(t):
        return np.swapaxes(t.reshape(t.shape[:-1] + (num_heads, dh)), -2, -3)

    mask = causal_mask(seq) if causal else None
    out, _ = scaled_dot_product_attention(split(x @ w_q), split(x @ w_k), split(x @ w_v), mask)
    return np.swapaxes(out, -2, -3).reshape(x.shape) @ w_o
