"""Hinton-style knowledge distillation loss on NumPy logits."""

import numpy as np


def distillation_loss(student_logits: np.ndarray, teacher_logits: np.ndarray, labels: np.ndarray,
                      T: float = 3.0, alpha: float = 0.3) -> float:
    """alpha * CE(student, labels) + (1 - alpha) * T**2 * KL(teacher_T || student_T).

    Logits are (B, C); labels are B integer class indices. CE uses the untempered student
    logits, averaged over the batch; the KL divergence between the temperature-T softmaxes
    is summed over classes and averaged over the batch.
    """
    raise NotImplementedError
