"""Scaled dot-product attention, causal masks and multi-head self-attention in NumPy."""

import numpy as np


def causal_mask(n: int) -> np.ndarray:
    """(n, n) bool array, True where query i may attend to key j (j <= i)."""
    raise NotImplementedError


def scaled_dot_product_attention(q: np.ndarray, k: np.ndarray, v: np.ndarray,
                                 mask: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """softmax(q k^T / sqrt(d)) v over (..., L, d) arrays; returns (output, weights).

    `mask` (bool, True = may attend) broadcasts to (..., Lq, Lk); a query row with no
    allowed key raises ValueError. The softmax stays finite for logits of 1e4.
    """
    raise NotImplementedError


def multi_head_attention(x: np.ndarray, w_q: np.ndarray, w_k: np.ndarray, w_v: np.ndarray,
                         w_o: np.ndarray, num_heads: int, causal: bool = False) -> np.ndarray:
    """Self-attention of x, (L, d_model) or (B, L, d_model), with num_heads heads; the output only.

    Projections are x @ W with W of shape (d_model, d_model); head h uses the columns
    h*dh .. (h+1)*dh - 1 with dh = d_model // num_heads, scores are scaled by sqrt(dh),
    the heads' outputs are concatenated in order and multiplied by w_o.
    """
    raise NotImplementedError
