# style: fully batched matmuls; heads split by reshape/transpose into a leading axis
"""Scaled dot-product attention, causal masks and multi-head self-attention in NumPy."""

import numpy as np


def causal_mask(n):
    return np.tril(np.ones((n, n), dtype=bool))


def _masked_softmax(scores, mask):
    if mask is not None:
        mask = np.asarray(mask, dtype=bool)
        shape = np.broadcast_shapes(mask.shape, scores.shape)
        full = np.broadcast_to(mask, shape)
        if not np.all(np.any(full, axis=-1)):
            raise ValueError("a query row has every key masked out")
        scores = np.where(full, scores, -np.inf)
    m = np.max(scores, axis=-1, keepdims=True)
    e = np.exp(scores - m)          # exp(-inf) == 0: masked keys get exactly 0
    return e / np.sum(e, axis=-1, keepdims=True)


def scaled_dot_product_attention(q, k, v, mask=None):
    q = np.asarray(q)
    k = np.asarray(k)
    v = np.asarray(v)
    d = q.shape[-1]
    scores = (q @ np.swapaxes(k, -1, -2)) / np.sqrt(d)
    weights = _masked_softmax(scores, mask)
    return weights @ v, weights


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, causal=False):
    x = np.asarray(x)
    single = x.ndim == 2
    if single:
        x = x[None]
    b, length, d_model = x.shape
    dh = d_model // num_heads

    def split(t):
        return t.reshape(b, length, num_heads, dh).transpose(0, 2, 1, 3)

    q, k, v = split(x @ w_q), split(x @ w_k), split(x @ w_v)
    mask = causal_mask(length) if causal else None
    out, _ = scaled_dot_product_attention(q, k, v, mask)
    concat = out.transpose(0, 2, 1, 3).reshape(b, length, d_model)
    y = concat @ w_o
    return y[0] if single else y
