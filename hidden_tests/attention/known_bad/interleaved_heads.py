# expect: failed
# caught-by: basic
# why: splits heads with reshape(..., dh, num_heads), so head h gets every num_heads-th column
import numpy as np


def causal_mask(n):
    return np.tril(np.ones((n, n), dtype=bool))


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        mask = np.broadcast_to(mask, scores.shape)
        if not mask.any(axis=-1).all():
            raise ValueError("fully masked row")
        scores = np.where(mask, scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = e / e.sum(axis=-1, keepdims=True)
    return w @ v, w


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, causal=False):
    seq, dm = x.shape[-2:]
    dh = dm // num_heads

    def split(t):  # (..., L, dh, H) -> (..., H, L, dh)
        return np.moveaxis(t.reshape(t.shape[:-1] + (dh, num_heads)), -1, -3)

    def merge(t):  # back through the same interleaving
        return np.moveaxis(t, -3, -1).reshape(t.shape[:-3] + (seq, dm))

    mask = causal_mask(seq) if causal else None
    out, _ = scaled_dot_product_attention(split(x @ w_q), split(x @ w_k), split(x @ w_v), mask)
    return merge(out) @ w_o
