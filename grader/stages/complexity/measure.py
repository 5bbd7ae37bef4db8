"""Measuring a probe: the submission and the reference, interleaved size by size.

Both run the same inputs in their own sandbox (the reference never enters the
submission's). For a time probe each call is timed inside the worker with the
collector off, and the grader's own wall clock of the same call is kept to
catch a worker that reports a faked time. A submission too slow to climb the
ladder stops it; what it managed is the result, never a bare timeout.
"""

import random
import time
from dataclasses import dataclass, field

from grader.bank.spec import ProbeSpec
from grader.isolation.failures import SubmissionFailure, SubmissionTimeout
from grader.isolation.proxy import remote_trace
from grader.isolation.session import WorkerSession

# A worker's own timing is suspect when the rest of the grader's wall-clock time of the call
# (transport, decoding) is over 3x what the reference needed for the same input, plus this.
CLOCK_SLACK_S = 0.02
# Short calls are repeated until the reference has run this long at a size (noise averages out),
# up to MAX_REPEAT_FACTOR times the mode's repeats; not when the submission is already slow
# there, since its repeats would spend the budget on what is already clear.
MIN_SIZE_TIME_S = 0.08
MAX_REPEAT_FACTOR = 4
# The ladder only climbs to a size predicted to end within this share of the budget:
# a prediction from smaller sizes is rough, and the budget is a promise to the user.
PLAN_SHARE = 0.9


@dataclass
class Ladder:
    sizes: list[int] = field(default_factory=list)
    sub: list[float] = field(default_factory=list)
    ref: list[float] = field(default_factory=list)
    stopped: str = ""  # why the ladder ended before its last size
    too_slow_at: int | None = None  # the size the submission could not finish
    problem: str = ""  # the probe could not measure at all
    clock_mismatch: bool = False
    mismatched_sizes: int = 0  # sizes where most calls' worker time disagreed with the wall
    sub_seen: list[float] = field(default_factory=list)  # the same, by the grader's clock


def target_of(session: WorkerSession, target: str):
    module, name = target.split(".", 1)
    if module == session.module_name:
        return getattr(session.module, name)
    if module == session.harness_module and session.harness_proxy is not None:
        return getattr(session.harness_proxy, name)
    raise ValueError(f"probe target {target!r} is neither the submission nor the harness")


def _stash(session: WorkerSession, args: list):
    """Send one size's inputs once; each timed call then works on a fresh copy of them."""
    return session.proxies.stash(args)


def _call(session: WorkerSession, target: str, stash, measure: str, timeout: float):
    fn = target_of(session, target)
    value = fn._p.invoke_stashed(fn, stash, timeout=timeout)
    worker_s, wall_s = session.last_timing
    if measure == "time":
        return worker_s, wall_s
    if type(value) not in (int, float) or value < 0:
        raise ValueError(f"the probe target returned {type(value).__name__}, not a count")
    return float(value), wall_s


def measure(probe: ProbeSpec, inputs, sub: WorkerSession, ref: WorkerSession,
            repeats: int) -> Ladder:
    ladder = _climb(probe, inputs, sub, ref, repeats)
    # One delayed reply on a busy machine is noise; a clock that lies does so at every
    # size where the call takes longer than the transport. Then none of its timings count.
    ladder.clock_mismatch = ladder.mismatched_sizes >= 2
    if ladder.clock_mismatch:
        ladder.sub = ladder.sub_seen[: len(ladder.sub)]
    return ladder


def _climb(probe: ProbeSpec, inputs, sub: WorkerSession, ref: WorkerSession,
           repeats: int) -> Ladder:
    ladder = Ladder()
    started = time.monotonic()
    reps = repeats if probe.measure == "time" else 1
    for i, n in enumerate(probe.sizes):
        args = inputs(n, random.Random(f"{probe.name}:{n}"))
        left = probe.budget_s - (time.monotonic() - started)
        sub_best = ref_best = seen_best = float("inf")
        sub_over = ref_over = 0.0
        ref_total, sub_total, done, disagree = 0.0, 0.0, 0, 0
        try:
            ref_args, sub_args = _stash(ref, args), _stash(sub, args)
            while done < reps or (probe.measure == "time" and done < reps * MAX_REPEAT_FACTOR
                                  and max(ref_total, sub_total) < MIN_SIZE_TIME_S):
                done += 1
                ref_v, ref_wall = _call(ref, probe.target, ref_args, probe.measure, max(left, 1.0))
                ref_best, ref_over = min(ref_best, ref_v), max(ref_over, ref_wall - ref_v)
                ref_total += ref_v
                left = probe.budget_s - (time.monotonic() - started)
                sub_v, sub_wall = _call(sub, probe.target, sub_args, probe.measure, max(left, 0.5))
                if probe.measure == "time":
                    seen = max(sub_wall - ref_over, 0.0)
                    seen_best = min(seen_best, seen)
                    disagree += sub_v <= 0 or (sub_wall - sub_v > 3 * ref_over + CLOCK_SLACK_S
                                               and sub_v < 0.5 * seen)
                sub_best, sub_over = min(sub_best, sub_v), max(sub_over, sub_wall - sub_v)
                sub_total += sub_v
        except SubmissionTimeout:
            ladder.too_slow_at = n
            ladder.stopped = f"it did not finish n={n} within the probe's {probe.budget_s:g} s"
            return ladder
        except (SubmissionFailure, ValueError) as exc:
            ladder.problem = f"n={n}: {getattr(exc, 'message', exc)}"
            return ladder
        except Exception as exc:  # the submission raised: wrong, so not measurable
            trace = remote_trace(exc)
            ladder.problem = (f"n={n}: the call raised {trace.type_name}: {trace.text}"
                              if trace else f"n={n}: {type(exc).__name__}: {exc}")
            return ladder
        ladder.mismatched_sizes += disagree * 2 > done
        for session, stash in ((ref, ref_args), (sub, sub_args)):
            session.proxies.release(stash)
        ladder.sizes.append(n)
        ladder.sub_seen.append(seen_best)
        ladder.sub.append(sub_best)
        ladder.ref.append(ref_best)
        if i + 1 < len(probe.sizes) and probe.measure == "time":
            growth = probe.sizes[i + 1] / n
            # As many calls as this size took (repeats included), each up to growth^2 slower.
            predicted = done * (sub_best + ref_best) * growth ** 2
            if time.monotonic() - started + predicted > PLAN_SHARE * probe.budget_s:
                ladder.stopped = (f"stopped before n={probe.sizes[i + 1]}: it would take about "
                                  f"{predicted:.1f} s, past the probe's budget")
                if sub_best > 2 * ref_best * growth:
                    ladder.too_slow_at = probe.sizes[i + 1]
                break
    return ladder
