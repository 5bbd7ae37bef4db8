# expect: failed
# caught-by: basic
# why: multi-head scores are divided by sqrt(d_model) instead of sqrt(d_model // num_heads)
import numpy as np


def causal_mask(n):
    return np.tril(np.ones((n, n), dtype=bool))


def _attend(q, k, v, mask, scale):
    scores = q @ np.swapaxes(k, -1, -2) / scale
    if mask is not None:
        mask = np.broadcast_to(mask, scores.shape)
        if not mask.any(axis=-1).all():
            raise ValueError("fully masked row")
        scores = np.where(mask, scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = e / e.sum(axis=-1, keepdims=True)
    return w @ v, w


def scaled_dot_product_attention(q, k, v, mask=None):
    return _attend(q, k, v, mask, np.sqrt(q.shape[-1]))


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, causal=False):
    seq, dm = x.shape[-2:]
    dh = dm // num_heads

    def split(t):
        return np.swapaxes(t.reshape(t.shape[:-1] + (num_heads, dh)), -2, -3)

    mask = causal_mask(seq) if causal else None
    out, _ = _attend(split(x @ w_q), split(x @ w_k), split(x @ w_v), mask, np.sqrt(dm))
    return np.swapaxes(out, -2, -3).reshape(x.shape) @ w_o
