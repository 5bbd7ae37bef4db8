# style: straight transcription of PyTorch's formulas with bias-corrected m_hat / v_hat
"""One update step of SGD with momentum, Adam and AdamW, with PyTorch's formulas."""

import numpy as np


def sgd_momentum_step(param, grad, velocity, lr, momentum):
    new_velocity = momentum * np.asarray(velocity) + np.asarray(grad)
    return np.asarray(param) - lr * new_velocity, new_velocity


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
              weight_decay=0.0):
    param = np.asarray(param)
    g = np.asarray(grad) + weight_decay * param
    m_new = beta1 * np.asarray(m) + (1 - beta1) * g
    v_new = beta2 * np.asarray(v) + (1 - beta2) * g * g
    m_hat = m_new / (1 - beta1 ** t)
    v_hat = v_new / (1 - beta2 ** t)
    return param - lr * m_hat / (np.sqrt(v_hat) + eps), m_new, v_new


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=0.0):
    param = np.asarray(param)
    g = np.asarray(grad)
    decayed = param * (1 - lr * weight_decay)
    m_new = beta1 * np.asarray(m) + (1 - beta1) * g
    v_new = beta2 * np.asarray(v) + (1 - beta2) * g * g
    m_hat = m_new / (1 - beta1 ** t)
    v_hat = v_new / (1 - beta2 ** t)
    return decayed - lr * m_hat / (np.sqrt(v_hat) + eps), m_new, v_new
