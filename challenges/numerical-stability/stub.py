"""Finding NaN/Inf values in named arrays and taming unstable gradients."""

import numpy as np


def find_nonfinite(arrays: dict) -> list:
    """Names of the arrays holding NaN, +Inf or -Inf, in the dict's insertion order."""
    raise NotImplementedError


def check_finite(arrays: dict) -> None:
    """Raise ValueError if any array holds NaN or Inf.

    The message names the first offending array (in insertion order) and says
    whether it holds NaN or Inf.
    """
    raise NotImplementedError


def check_gradients(grads: list, threshold: float = 1e3) -> tuple[bool, list]:
    """Return (stable, fixed_grads).

    stable is False when any value is NaN or has |g| > threshold. fixed_grads are
    new arrays with NaN replaced by 0 and every value clipped to
    [-threshold, threshold]. The input arrays are not modified.
    """
    raise NotImplementedError
