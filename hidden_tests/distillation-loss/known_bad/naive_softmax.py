# expect: failed
# caught-by: trap
# why: softmax as exp(z) / sum(exp(z)) and log of it: overflows (inf/inf = NaN) for logits of 1e4
import numpy as np


def _softmax(z):
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def distillation_loss(student_logits, teacher_logits, labels, T=3.0, alpha=0.3):
    q = _softmax(student_logits / T)
    p = _softmax(teacher_logits / T)
    soft = (p * np.log(p / q)).sum(axis=-1).mean() * T * T
    probs = _softmax(student_logits)
    hard = -np.log(probs[np.arange(len(labels)), labels]).mean()
    return float(alpha * hard + (1 - alpha) * soft)
