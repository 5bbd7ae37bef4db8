# style: PyTorch's own implementation order (step_size = lr / bc1, denom = sqrt(v)/sqrt(bc2) + eps), shared helper
"""SGD momentum, Adam and AdamW written the way torch.optim's single-tensor loop computes them."""

import math

import numpy as np


def sgd_momentum_step(param, grad, velocity, lr, momentum):
    buf = np.array(velocity, dtype=np.float64, copy=True)
    buf *= momentum
    buf += grad
    new_param = np.array(param, dtype=np.float64, copy=True)
    new_param -= lr * buf
    return new_param, buf


def _adam_core(param, grad, m, v, t, lr, beta1, beta2, eps):
    exp_avg = np.array(m, dtype=np.float64, copy=True)
    exp_avg_sq = np.array(v, dtype=np.float64, copy=True)
    exp_avg += (1 - beta1) * (grad - exp_avg)            # lerp, as torch does
    exp_avg_sq *= beta2
    exp_avg_sq += (1 - beta2) * grad * grad
    bias_correction1 = 1 - beta1 ** t
    bias_correction2 = 1 - beta2 ** t
    step_size = lr / bias_correction1
    denom = np.sqrt(exp_avg_sq) / math.sqrt(bias_correction2) + eps
    return param - step_size * exp_avg / denom, exp_avg, exp_avg_sq


def adam_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
              weight_decay=0.0):
    param = np.asarray(param, dtype=np.float64)
    grad = np.asarray(grad, dtype=np.float64)
    if weight_decay != 0:
        grad = grad + weight_decay * param
    return _adam_core(param, grad, m, v, t, lr, beta1, beta2, eps)


def adamw_step(param, grad, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8,
               weight_decay=0.0):
    param = np.asarray(param, dtype=np.float64) * (1 - lr * weight_decay)
    grad = np.asarray(grad, dtype=np.float64)
    return _adam_core(param, grad, m, v, t, lr, beta1, beta2, eps)
