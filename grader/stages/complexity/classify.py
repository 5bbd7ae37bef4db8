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


# Cross-checks of what the sandbox reported against the kernel's figures of the same calls.
# A count is forged when the submission's CPU time, relative to the reference's, is more
# than COUNT_TOLERANCE times what its counts claim, at the two largest sizes. A correct
# answer does the same counted work at about the reference's cost per operation (the
# references and known-good answers of the bank stay under 3x); the known-bad O(n) heap
# pop that hides its scans from the counter is 15-20x.
COUNT_TOLERANCE = 8.0
# Peak memory is forged when the sandbox's peak (the kernel's) exceeds the reference's by
# more than the submission's claimed excess times MEMORY_TOLERANCE plus MEMORY_SLACK
# (allocator arenas, pages, the tracer's own tables), at the largest size. The bank's
# references and correct answers stay within 1 MiB there, the O(n) set that hides from
# tracemalloc is 20 MiB over at 256 000 nodes.
MEMORY_TOLERANCE = 3.0
MEMORY_SLACK = 2 * 1024 * 1024


def tampering(measure: str, ladder) -> str:
    """Why the figures the sandbox reported cannot be true, or "" when they hold."""
    top = slice(-2, None)
    if measure == "count":
        pairs = list(zip(ladder.sub[top], ladder.ref[top], ladder.sub_cpu[top],
                         ladder.ref_cpu[top], strict=True))
        if len(pairs) < 2 or any(None in p or not p[3] for p in pairs):
            return ""
        # Fewer counted operations than the reference is no licence to more CPU time: work
        # that is not counted (copying a list) is honest, but only up to the reference's.
        unexplained = [(sc / rc) / max(max(s, 1.0) / max(r, 1.0), 1.0)
                       for s, r, sc, rc in pairs]
        if min(unexplained) > COUNT_TOLERANCE:
            return (f"tampering: the counts disagree with the kernel's CPU accounting: at the "
                    f"largest sizes the call cost {min(unexplained):.0f}x more CPU time, "
                    f"relative to the reference, than its counts claim (tolerance "
                    f"{COUNT_TOLERANCE:g}x)")
    if measure == "memory":  # at the largest size, always measured (measure.py)
        top = slice(-1, None)
        pairs = list(zip(ladder.sub[top], ladder.ref[top], ladder.sub_peak[top],
                         ladder.ref_peak[top], strict=True))
        if not pairs or any(None in p for p in pairs):
            return ""
        hidden = [(sk - rk) - MEMORY_TOLERANCE * max(s - r, 0.0) - MEMORY_SLACK
                  for s, r, sk, rk in pairs]
        if min(hidden) > 0:
            excess = min(sk - rk for _, _, sk, rk in pairs)
            return (f"tampering: the sandbox's peak memory (the kernel's) exceeded the "
                    f"reference's by {excess / 2**20:.1f} MiB at n={ladder.sizes[-1]}, far "
                    "more than the peak the call reported")
    return ""
