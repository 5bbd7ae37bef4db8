"""Reference attention: masked, max-shifted softmax; heads as contiguous column blocks.

Masking replaces disallowed scores by -inf before the softmax, so their
weights are exactly 0; a row with no allowed key is rejected first (its
softmax would be 0/0). Subtracting each row's maximum keeps exp() in
(0, 1], so logits of +-1e4 neither overflow nor underflow to an all-zero row.
"""

import numpy as np


def causal_mask(n: int) -> np.ndarray:
    """(n, n) bool, True on and below the diagonal: query i may attend to keys 0..i."""
    return np.tril(np.ones((n, n), dtype=bool))


def _masked_softmax(scores: np.ndarray, mask: np.ndarray | None) -> np.ndarray:
    if mask is not None:
        allowed = np.broadcast_to(np.asarray(mask, dtype=bool), scores.shape)
        if not allowed.any(axis=-1).all():
            raise ValueError("a query row has every key masked out")
        scores = np.where(allowed, scores, -np.inf)
    shifted = scores - scores.max(axis=-1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=-1, keepdims=True)


def scaled_dot_product_attention(q: np.ndarray, k: np.ndarray, v: np.ndarray,
                                 mask: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """softmax(q k^T / sqrt(d)) v for (..., L, d) arrays; returns (output, weights)."""
    q, k, v = (np.asarray(a, dtype=np.float64) for a in (q, k, v))
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    weights = _masked_softmax(scores, mask)
    return weights @ v, weights


def multi_head_attention(x: np.ndarray, w_q: np.ndarray, w_k: np.ndarray, w_v: np.ndarray,
                         w_o: np.ndarray, num_heads: int, causal: bool = False) -> np.ndarray:
    """Self-attention over (L, d_model) or (B, L, d_model) with contiguous head blocks."""
    x = np.asarray(x, dtype=np.float64)
    length, d_model = x.shape[-2:]
    head = d_model // num_heads

    def split(t: np.ndarray) -> np.ndarray:  # (..., L, d_model) -> (..., H, L, dh)
        return np.swapaxes(t.reshape(t.shape[:-1] + (num_heads, head)), -2, -3)

    q, k, v = split(x @ w_q), split(x @ w_k), split(x @ w_v)
    out, _ = scaled_dot_product_attention(q, k, v, causal_mask(length) if causal else None)
    merged = np.swapaxes(out, -2, -3).reshape(x.shape[:-1] + (d_model,))
    return merged @ w_o
