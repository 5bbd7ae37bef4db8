# style: additive -inf mask via np.where + explicit Python loop over heads with column slices
"""Attention with an explicit loop over heads (a cheap loop: num_heads iterations)."""

import math

import numpy as np


def causal_mask(n):
    i = np.arange(n)
    return i[None, :] <= i[:, None]


def scaled_dot_product_attention(q, k, v, mask=None):
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    v = np.asarray(v, dtype=np.float64)
    logits = np.matmul(q, np.swapaxes(k, -1, -2)) / math.sqrt(q.shape[-1])
    if mask is not None:
        allowed = np.asarray(mask, dtype=bool) | np.zeros(logits.shape, dtype=bool)
        if (~allowed).all(axis=-1).any():
            raise ValueError("fully masked query row")
        logits = np.where(allowed, logits, -np.inf)
    shifted = logits - logits.max(axis=-1, keepdims=True)
    w = np.exp(shifted)
    w /= w.sum(axis=-1, keepdims=True)
    return np.matmul(w, v), w


def multi_head_attention(x, w_q, w_k, w_v, w_o, num_heads, causal=False):
    x = np.asarray(x, dtype=np.float64)
    d_model = x.shape[-1]
    dh = d_model // num_heads
    q_all, k_all, v_all = x @ w_q, x @ w_k, x @ w_v
    mask = causal_mask(x.shape[-2]) if causal else None
    heads = []
    for h in range(num_heads):
        cols = slice(h * dh, (h + 1) * dh)
        out, _ = scaled_dot_product_attention(q_all[..., cols], k_all[..., cols],
                                              v_all[..., cols], mask)
        heads.append(out)
    return np.concatenate(heads, axis=-1) @ w_o
