# expect: failed
# caught-by: trap
# why: forgets to multiply the soft term by T**2
import numpy as np


def _log_softmax(z):
    z = z - z.max(axis=-1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))


def distillation_loss(student_logits, teacher_logits, labels, T=3.0, alpha=0.3):
    log_q = _log_softmax(student_logits / T)
    log_p = _log_softmax(teacher_logits / T)
    soft = (np.exp(log_p) * (log_p - log_q)).sum(axis=-1).mean()
    hard = -_log_softmax(student_logits)[np.arange(len(labels)), labels].mean()
    return float(alpha * hard + (1 - alpha) * soft)
