"""Reference distillation loss: stable log-softmax, batchmean KL, T^2 scaling.

Everything is computed in log space: log_softmax(z) = z - max - log(sum(exp(z - max))),
which never overflows and never takes log(0). The teacher's probabilities are
exp(log p); where one underflows to 0 its KL term p * (log p - log q) is
0 * finite = 0, as the convention 0 log 0 = 0 wants.
"""

import numpy as np


def _log_softmax(z: np.ndarray) -> np.ndarray:
    shifted = z - z.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def distillation_loss(student_logits: np.ndarray, teacher_logits: np.ndarray, labels: np.ndarray,
                      T: float = 3.0, alpha: float = 0.3) -> float:
    """alpha * CE(student, labels) + (1 - alpha) * T^2 * KL(teacher_T || student_T)."""
    student = np.asarray(student_logits, dtype=np.float64)
    teacher = np.asarray(teacher_logits, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64)
    rows = np.arange(student.shape[0])

    cross_entropy = -_log_softmax(student)[rows, labels].mean()

    log_q = _log_softmax(student / T)
    log_p = _log_softmax(teacher / T)
    kl = (np.exp(log_p) * (log_p - log_q)).sum(axis=-1).mean()

    return float(alpha * cross_entropy + (1 - alpha) * T ** 2 * kl)
