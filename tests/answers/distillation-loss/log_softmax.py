# style: stable log-softmax helper, KL from log-probabilities with 0*log0 masked by np.where
"""Hinton-style knowledge distillation loss on NumPy logits."""

import numpy as np


def _log_softmax(z):
    shifted = z - np.max(z, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


def distillation_loss(student_logits, teacher_logits, labels, T=3.0, alpha=0.3):
    s = np.asarray(student_logits, dtype=np.float64)
    t = np.asarray(teacher_logits, dtype=np.float64)
    y = np.asarray(labels).astype(np.intp)
    b = s.shape[0]

    ce = -np.mean(_log_softmax(s)[np.arange(b), y])

    log_p = _log_softmax(t / T)
    log_q = _log_softmax(s / T)
    p = np.exp(log_p)
    kl_terms = np.where(p > 0, p * (log_p - log_q), 0.0)
    kl = np.sum(kl_terms) / b

    return float(alpha * ce + (1 - alpha) * T ** 2 * kl)
