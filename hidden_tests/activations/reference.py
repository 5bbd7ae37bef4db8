"""Reference activations: whole-array NumPy expressions, no Python loops.

`np.where` picks per element between two branches that are both computed for
every element, so the negative branch of ELU uses `np.minimum(x, 0)`: exp() is
never taken of a large positive number (no overflow, no `inf * 0`), and
`expm1` keeps full precision for small |x|. At x == 0 both gradients take the
negative side's value (`x > 0` is the test for the positive side), as PyTorch's
backward kernels do.
"""

import numpy as np


def leaky_relu(x: np.ndarray, alpha: float = 0.01) -> np.ndarray:
    """x where x > 0, alpha * x elsewhere."""
    x = np.asarray(x)
    return np.where(x > 0, x, alpha * x)


def leaky_relu_grad(x: np.ndarray, alpha: float = 0.01) -> np.ndarray:
    """1 where x > 0, alpha elsewhere (x == 0 included)."""
    x = np.asarray(x)
    return np.where(x > 0, 1.0, alpha)


def elu(x: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    """x where x > 0, alpha * (exp(x) - 1) elsewhere."""
    x = np.asarray(x)
    return np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0)))


def elu_grad(x: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    """1 where x > 0, alpha * exp(x) elsewhere (x == 0 included)."""
    x = np.asarray(x)
    return np.where(x > 0, 1.0, alpha * np.exp(np.minimum(x, 0)))
