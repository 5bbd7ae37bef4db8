"""Sample size per group of a two-sided two-proportion z-test (A/B test power analysis)."""


def sample_size_per_group(baseline: float, mde: float, alpha: float = 0.05,
                          power: float = 0.8) -> int:
    """Users needed in EACH group to detect a relative lift `mde` over `baseline`, rounded up.

    p1 = baseline, p2 = baseline * (1 + mde); two-sided level alpha; no continuity correction.
    """
    raise NotImplementedError
