"""From measurements to a verdict: fit the submission against the reference, then classify.

The witness is the ratio r(n) = submission(n) / reference(n), measured in the
same run. Machine speed and cache effects (an O(n) list walk past the L2 cache
shows a raw log-log slope near 1.5 here) hit both curves and cancel in the
ratio, so its log-log slope s says how much faster the submission's cost grows
than the reference's, whose class is the expected one.

- detected class: the class whose predicted relative slope (classes.relative_slope)
  is nearest to s;
- verdict: failed when s is above the threshold between "same class" and the
  next worse class by a clear margin, passed when clearly below, otherwise
  inconclusive (the noise is too large to call it), with the reason.

Timings are noisy, so a time probe only calls a difference of at least
TIME_MIN_SLOPE (about a factor of sqrt(n)); counts and memory are exact, so
they can tell n from n log n.
"""

import math
import statistics
from dataclasses import dataclass

from grader.bank.complexity import ORDER, rank, relative_slope
from grader.verdicts import ProbeVerdict

TIME_MIN_SLOPE = 0.45
Z = 2.5  # how many standard errors make "clear"


@dataclass(frozen=True)
class Fit:
    slope: float
    stderr: float
    points: int


def fit_ratio(sizes: list[int], sub: list[float], ref: list[float], floor: float) -> Fit:
    """Robust slope of log(sub/ref) against log n, with a standard error.

    Theil-Sen (the median of the pairwise slopes) shrugs off one disturbed size,
    which a least-squares fit on a shared machine does not; the error comes from
    the median absolute deviation of the residuals.
    """
    xs = [math.log(n) for n in sizes]
    ys = [math.log(max(s, floor) / max(r, floor)) for s, r in zip(sub, ref, strict=True)]
    k = len(xs)
    pairs = [(ys[j] - ys[i]) / (xs[j] - xs[i]) for i in range(k) for j in range(i + 1, k)
             if xs[j] != xs[i]]
    slope = statistics.median(pairs)
    intercept = statistics.median(y - slope * x for x, y in zip(xs, ys, strict=True))
    resid = [y - (intercept + slope * x) for x, y in zip(xs, ys, strict=True)]
    spread = 1.4826 * statistics.median(abs(e) for e in resid)
    mx = sum(xs) / k
    sxx = sum((x - mx) ** 2 for x in xs)
    stderr = spread / math.sqrt(sxx) * math.sqrt(k / max(k - 2, 1)) if sxx else math.inf
    return Fit(slope, stderr, k)


@dataclass(frozen=True)
class Judgement:
    detected: str
    verdict: ProbeVerdict
    confidence: float
    threshold: float
    note: str


def judge(fit: Fit, expected: str, sizes: list[int], measure: str) -> Judgement:
    worse = [c for c in ORDER if rank(c) > rank(expected)]
    predicted = {c: relative_slope(c, expected, sizes) for c in ORDER}
    threshold = predicted[worse[0]] / 2 if worse else math.inf
    if measure == "time":
        threshold = max(threshold, TIME_MIN_SLOPE)
    # A small stderr floor: even exact counts get no infinite certainty.
    se = max(fit.stderr, 0.01)
    margin = (fit.slope - threshold) / se
    confidence = round(0.5 * (1 + math.erf(abs(margin) / math.sqrt(2))), 3)
    if abs(fit.slope) < threshold:
        candidates = [expected]  # within noise of the reference: no claim of better or worse
    elif fit.slope < 0:
        candidates = [c for c in ORDER if rank(c) <= rank(expected)]
    else:
        candidates = [c for c in worse if predicted[c] >= threshold] or worse
    detected = min(candidates, key=lambda c: abs(predicted[c] - fit.slope))
    if margin > Z:
        return Judgement(detected, ProbeVerdict.FAILED, confidence, threshold,
                         f"cost grows faster than the reference's (relative slope "
                         f"{fit.slope:.2f} ± {fit.stderr:.2f}, threshold {threshold:.2f})")
    if margin < -Z:
        return Judgement(detected, ProbeVerdict.PASSED, confidence, threshold, "")
    return Judgement(detected, ProbeVerdict.INCONCLUSIVE, confidence, threshold,
                     f"too noisy to call: relative slope {fit.slope:.2f} ± {fit.stderr:.2f} "
                     f"against a threshold of {threshold:.2f}; rerun on a quieter machine "
                     "or with --probes full")
