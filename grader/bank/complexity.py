"""The complexity classes a probe can name, cheapest first."""

import math
from collections.abc import Callable

CLASSES: dict[str, Callable[[int], float]] = {
    "O(1)": lambda n: 1.0,
    "O(log n)": lambda n: math.log(n),
    "O(n)": lambda n: float(n),
    "O(n log n)": lambda n: n * math.log(n),
    "O(n^2)": lambda n: float(n) ** 2,
    "O(n^3)": lambda n: float(n) ** 3,
    "O(2^n)": lambda n: 2.0 ** min(n, 1000),
}
ORDER = list(CLASSES)


def rank(name: str) -> int:
    return ORDER.index(name)


def relative_slope(cls: str, baseline: str, sizes: list[int]) -> float:
    """Log-log slope of f_cls(n) / f_baseline(n) over these sizes.

    This is the slope a submission of class `cls` shows against a reference of
    class `baseline` when both are measured on the same sizes: the yardstick
    for reading a measured ratio curve (and why n vs n log n is only ~0.1 apart
    over a 64x range of sizes).
    """
    f, g = CLASSES[cls], CLASSES[baseline]
    xs = [math.log(n) for n in sizes]
    ys = [math.log(max(f(n), 1e-300)) - math.log(max(g(n), 1e-300)) for n in sizes]
    return _slope(xs, ys)


def _slope(xs: list[float], ys: list[float]) -> float:
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else 0.0
