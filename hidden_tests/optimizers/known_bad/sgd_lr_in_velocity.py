# expect: failed
# caught-by: basic
# why: the seed's SGD form v = momentum * v - lr * grad; w = w + v, whose velocity is not PyTorch's buffer
import numpy as np


def sgd_momentum_step(param, grad, velocity, lr, momentum):
    velocity = momentum * velocity - lr * grad
    return param + velocity, velocity


def _step(param, grad, m, v, t, lr, beta1, beta2, eps):
    m = beta1 * m + (1 - beta1) * grad
    v = beta2 * v + (1 - beta2) * grad ** 2
    m_hat = m / (1 - beta1 ** t)
    v_hat = v / (1 - beta2 ** t)
    return param - lr * m_hat / (np.sqrt(v_hat) + eps), m, v


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
    return _step(param, grad + weight_decay * param, m, v, t, lr, beta1, beta2, eps)


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
    return _step(param * (1 - lr * weight_decay), grad, m, v, t, lr, beta1, beta2, eps)
