# expect: failed
# caught-by: mutation
# why: updates the caller's param, velocity and moment arrays in place (torch style) instead of returning new ones
import numpy as np


def sgd_momentum_step(param, grad, velocity, lr, momentum):
    velocity *= momentum
    velocity += grad
    param -= lr * velocity
    return param, velocity


def _step(param, grad, m, v, t, lr, beta1, beta2, eps):
    m *= beta1
    m += (1 - beta1) * grad
    v *= beta2
    v += (1 - beta2) * grad ** 2
    m_hat = m / (1 - beta1 ** t)
    v_hat = v / (1 - beta2 ** t)
    param -= lr * m_hat / (np.sqrt(v_hat) + eps)
    return param, m, v


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
    return _step(param, grad + weight_decay * param, m, v, t, lr, beta1, beta2, eps)


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
    param *= 1 - lr * weight_decay
    return _step(param, grad, m, v, t, lr, beta1, beta2, eps)
