"""Measuring a probe: the submission and the reference, interleaved size by size.

Both run the same inputs in their own sandbox (the reference never enters the
submission's). The figures that decide come from outside the submission's reach:

- time: the kernel's CPU accounting of the whole sandbox (every thread and child) around
  the request that makes the call; copying the inputs and a collection happen in a request
  before it, so what is counted is the call and a few microseconds of the worker's. Other
  processes' load is not counted, so a busy machine does not bend it. Where the accounting
  cannot be read (an engine on another machine) the worker's own timing is used, checked
  against the grader's wall clock;
- count and memory: the number the harness returns inside the sandbox, cross-checked
  against the kernel's figures of the same call (CPU time, peak memory) by classify.py.

A probe call is a test too: its result is fetched apart from the timed call (encoding a
large result is not the call's cost) and compared with the reference's on the same input,
or by the probe's own checker. A wrong result, an exception or a broken protocol fails
the probe at that size; the sizes already measured are kept. A submission too slow to
climb the ladder stops it; what it managed is the result, never a bare timeout.
"""

import math
import os
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from grader.bank.spec import ProbeSpec
from grader.isolation.failures import SubmissionFailure, SubmissionTimeout
from grader.isolation.proxy import RemoteObject, remote_trace
from grader.isolation.session import WorkerSession

# A worker's own timing is suspect when the rest of the grader's wall-clock time of the call
# (transport, decoding) is over 3x what the reference needed for the same input, plus this.
CLOCK_SLACK_S = 0.02
# Short calls are repeated until the reference has run this long at a size (noise averages out),
# up to MAX_REPEAT_FACTOR times the mode's repeats; not when the submission is already slow
# there, since its repeats would spend the budget on what is already clear.
MIN_SIZE_TIME_S = 0.01
MAX_REPEAT_FACTOR = 2
# The ladder only climbs to a size predicted to end within this share of the budget:
# a prediction from smaller sizes is rough, and the budget is a promise to the user.
PLAN_SHARE = 0.9
# The kernel charges a running task's CPU time at its next tick or when it sleeps: the
# reading after a call is taken again until it stands still (the worker is back waiting).
SETTLE_S = 0.0003
SETTLE_TRIES = 3
# A submission's call may take this many times the reference's wall clock at the same size
# before it is too slow, even when the probe's budget is spent.
SLOWER_LIMIT = 20
# Nor in less than this: on a machine busy enough, one request's round trip takes a second.
MIN_LIMIT_S = 5.0
# How much CPU time the worker's own timing of a batch may leave unexplained (_figure).
UNEXPLAINED_REQUESTS = 3
UNEXPLAINED_SHARE = 0.3
# The fewest sizes a verdict is drawn from (classify's fit needs them).
MIN_SIZES = 4
# A timed figure below this is the accounting's resolution, not cost.
MIN_CPU_S = 2e-6


class ProbeCallFailed(Exception):
    """The submission's probe call was wrong, raised or broke the protocol: the probe fails."""


class ReferenceFailed(Exception):
    """The reference's call failed: the grader's side, so the probe cannot be judged."""


@dataclass
class Sample:
    value: float  # the figure the probe judges by
    cpu_s: float | None  # the kernel's CPU seconds of the call (None: not readable)
    peak: int | None  # the kernel's peak memory of the sandbox during the call, over its start
    worker_s: float  # the worker's own timing (suspect: measured inside the sandbox)
    wall_s: float  # the grader's wall clock of the request
    result: object = None
    kept: object = None  # the results, still in the worker
    count: int = 1  # calls in the batch


@dataclass
class Ladder:
    sizes: list[int] = field(default_factory=list)
    sub: list[float] = field(default_factory=list)
    ref: list[float] = field(default_factory=list)
    stopped: str = ""  # why the ladder ended before its last size
    too_slow_at: int | None = None  # the size the submission could not finish
    problem: str = ""  # the probe could not measure at all (the grader's side)
    wrong: str = ""  # the submission's call was wrong, raised or broke the protocol
    clock_mismatch: bool = False
    mismatched_sizes: int = 0  # sizes where most calls' worker time disagreed with the wall
    sub_seen: list[float] = field(default_factory=list)  # the same, by the grader's clock
    kernel: bool = False  # time figures are the kernel's CPU accounting
    # The kernel's figures of each size's calls, for cross-checking counts and memory.
    sub_cpu: list[float | None] = field(default_factory=list)
    ref_cpu: list[float | None] = field(default_factory=list)
    sub_peak: list[int | None] = field(default_factory=list)
    ref_peak: list[int | None] = field(default_factory=list)
    load: float = 0.0  # the highest 1-minute load average seen while measuring
    repeats: list[int] = field(default_factory=list)  # calls per size


def target_of(session: WorkerSession, target: str):
    module, name = target.split(".", 1)
    if module == session.module_name:
        return getattr(session.module, name)
    if module == session.harness_module and session.harness_proxy is not None:
        return getattr(session.harness_proxy, name)
    raise ValueError(f"probe target {target!r} is neither the submission nor the harness")


def machine_load() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return 0.0


def _settled_cpu(session: WorkerSession) -> int | None:
    sandbox = session.sandbox
    if sandbox is None:
        return None
    last = sandbox.cpu_time_ns()
    for _ in range(SETTLE_TRIES):
        if last is None:
            return None
        time.sleep(SETTLE_S)
        now = sandbox.cpu_time_ns()
        if now == last:
            break
        last = now
    return last


def _cpu(sample: Sample) -> float:
    """The kernel's CPU seconds of a call, where the probe decided they can be read."""
    if sample.cpu_s is None:
        raise ProbeCallFailed("the sandbox's CPU time could not be read during the probe")
    return sample.cpu_s


def _figure(sample: Sample, overhead: float) -> float:
    """A call's cost: the kernel's CPU time of its batch, less the request's own, per call;
    or the worker's own timing when that is lower and the kernel's figure bears it out.

    The worker's clock resolves calls far shorter than a request's own cost (an O(1) probe's
    reference); the kernel's figure is what a busy machine cannot stretch and the submission
    cannot forge. The worker's timing counts only while the CPU time it leaves unexplained
    stays within UNEXPLAINED_REQUESTS requests' own cost plus UNEXPLAINED_SHARE of the
    batch's: a lie can hide no more than that, and a correct answer needs no more."""
    cpu = _cpu(sample)
    unexplained = (cpu - sample.worker_s) * sample.count
    if unexplained > (UNEXPLAINED_REQUESTS * overhead
                      + UNEXPLAINED_SHARE * cpu * sample.count):
        return cpu - overhead / sample.count
    return min(cpu - overhead / sample.count, sample.worker_s)


def _request_overhead(ref: WorkerSession, tries: int = 5) -> float:
    """The worker's CPU time for a request that does nothing (reading it, answering): measured
    on the reference's worker, which runs no submission code, and taken off both sides' call
    figures (it is the same worker code), so that short calls are not mostly transport."""
    best = float("inf")
    assert ref.sandbox is not None  # a started session
    for _ in range(tries):
        before = ref.sandbox.cpu_time_ns()
        ref.request("release", targets=[])
        after = _settled_cpu(ref)
        if before is None or after is None:
            return 0.0
        best = min(best, (after - before) / 1e9)
    return best


def _stash(ref: WorkerSession, sub: WorkerSession, args: list):
    """Send one size's inputs to both sandboxes, encoded once (plain data: no handles)."""
    encoded = ref.proxies.encode(list(args))
    ref_stash = ref.proxies.request("stash", args=encoded)
    try:
        sub_stash = sub.proxies.request("stash", args=encoded)
    except Exception as exc:
        exc.add_note("submission")
        raise
    return ref_stash, sub_stash


def _call(session: WorkerSession, fn, stash, measure: str, timeout: float,
          count: int = 1) -> Sample:
    """`count` timed calls, each on a fresh copy of the stashed inputs, in one request, with
    the kernel's figures per call (the batch's, divided by `count`).

    Copying the inputs (and a collection) is a request of its own before the calls', which
    alone is measured: one round trip per batch, which a busy machine makes slow. The
    results stay in the worker (`kept`): a time probe fetches one of them, picked after the
    calls (encoding a large result is not the call's cost, and a submission cannot know
    which of its answers will be checked)."""
    p = fn._p
    # `timeout` is the whole batch's: copying its inputs may take as long as the calls.
    p.request("prepare", args_ref=p.target(stash), count=count, timeout=timeout)
    sandbox = session.sandbox
    before = sandbox.cpu_time_ns() if sandbox else None
    start = sandbox.reset_memory_peak() if measure == "memory" and sandbox else None
    kept = p.request("invoke", target=p.target(fn), name=None, prepared=True, timed=True,
                     keep=True, timeout=timeout)
    worker_s, wall_s = session.last_timing
    after = _settled_cpu(session) if before is not None else None
    peak = sandbox.memory_peak() if start is not None and sandbox else None
    # the calls' own peak, over their start
    peak = peak - start if peak is not None and start is not None else None
    cpu_s = (after - before) / 1e9 / count if after is not None and before is not None else None
    if not isinstance(kept, RemoteObject):
        raise ProbeCallFailed("the worker answered a probe call with something it was not asked")
    sample = Sample(worker_s / count, cpu_s, peak, worker_s / count, wall_s / count, kept=kept)
    sample.count = count
    if measure != "time":  # the figure is the result: a count or bytes the harness measured
        result = _fetch(p, sample)
        if type(result) not in (int, float) or not result >= 0 or not math.isfinite(result):
            raise ProbeCallFailed(f"the probe target returned {type(result).__name__}, "
                                  "not a count")
        sample.value = float(result)
    return sample


def _fetch(proxies, sample: Sample):
    """One of the batch's kept results, as data, picked at random; the worker then drops
    them."""
    index = random.randrange(sample.count)
    sample.result = proxies.request("apply", target=proxies.target(sample.kept), fn="getitem",
                                    args=proxies.encode([index]))
    proxies.release([sample.kept])
    sample.kept = None
    return sample.result


Checker = Callable[[list, object, object], str | None]


def measure(probe: ProbeSpec, inputs, sub: WorkerSession, ref: WorkerSession,
            repeats: int, check: Checker, ladder: Ladder | None = None,
            budget_s: float | None = None, stop: threading.Event | None = None) -> Ladder:
    """Climb the size ladder. Given an earlier `ladder`, measure its sizes again (and the
    rest of the ladder) and keep the lower figure of each size: more repeats for a probe
    that was too noisy to call. `stop`: once set, no further size is measured."""
    # A retry measures the sizes already reached again, until the budget is spent.
    fresh = _climb(probe, inputs, sub, ref, repeats, check,
                   budget_s if budget_s is not None else probe.budget_s,
                   whole_s=probe.budget_s if ladder is None else 0.0,
                   sizes=ladder.sizes if ladder is not None and ladder.sizes else None,
                   stop=stop)
    if ladder is not None:
        fresh = _merge(ladder, fresh)
    # One delayed reply on a busy machine is noise; a clock that lies does so at every
    # size where the call takes longer than the transport. Then none of its timings count.
    fresh.clock_mismatch = not fresh.kernel and fresh.mismatched_sizes >= 2
    if fresh.clock_mismatch:
        fresh.sub = fresh.sub_seen[: len(fresh.sub)]
    return fresh


def _merge(old: Ladder, new: Ladder) -> Ladder:
    """Each size's lower figure of two runs; a failure in either stands."""
    merged = Ladder(kernel=new.kernel, load=max(old.load, new.load),
                    mismatched_sizes=old.mismatched_sizes + new.mismatched_sizes,
                    stopped=new.stopped if len(new.sizes) > len(old.sizes) else old.stopped,
                    wrong=new.wrong or old.wrong,
                    problem=new.problem if new.problem and not old.sizes else "",
                    too_slow_at=new.too_slow_at if new.too_slow_at is not None
                    else old.too_slow_at)
    both = {n: i for i, n in enumerate(new.sizes)}
    for i, n in enumerate(old.sizes):
        j = both.pop(n, None)
        pick = (lambda a, b: min(a, b)) if j is not None else (lambda a, b: a)
        merged.sizes.append(n)
        for name in ("sub", "ref", "sub_seen"):
            a, b = getattr(old, name), getattr(new, name)
            getattr(merged, name).append(pick(a[i], b[j] if j is not None else None))
        for name in ("sub_cpu", "ref_cpu", "sub_peak", "ref_peak"):
            a = getattr(old, name)[i]
            b = getattr(new, name)[j] if j is not None else None
            getattr(merged, name).append(a if b is None else b if a is None else min(a, b))
        merged.repeats.append(old.repeats[i] + (new.repeats[j] if j is not None else 0))
    for n, j in sorted(both.items()):
        if merged.sizes and n < merged.sizes[-1]:
            continue
        merged.sizes.append(n)
        for name in ("sub", "ref", "sub_seen", "sub_cpu", "ref_cpu", "sub_peak", "ref_peak",
                     "repeats"):
            getattr(merged, name).append(getattr(new, name)[j])
    return merged


def _low(values):
    present = [v for v in values if v is not None]
    return min(present) if present else None


def _climb(probe: ProbeSpec, inputs, sub: WorkerSession, ref: WorkerSession,
           repeats: int, check: Checker, budget_s: float, whole_s: float = 0.0,
           sizes: list[int] | None = None, stop: threading.Event | None = None) -> Ladder:
    ladder = Ladder(load=machine_load())
    started = time.monotonic()
    reps = repeats if probe.measure == "time" else 1
    kernel = None  # decided at the first call: whether both sandboxes' CPU time can be read
    overhead = 0.0
    last_took = 0.0
    plan = list(sizes or probe.sizes)
    for i, n in enumerate(plan):
        if stop is not None and stop.is_set():
            ladder.problem = "stopped: the grade no longer needs this probe"
            break
        if sizes and i and time.monotonic() - started > budget_s:
            ladder.stopped = f"stopped before n={n}: the probe's budget was spent"
            break
        args = inputs(n, random.Random(f"{probe.name}:{n}"))
        size_started = time.monotonic()
        left = budget_s - (size_started - started)
        subs: list[Sample] = []
        refs: list[Sample] = []
        side = "reference"
        try:
            ref_fn = target_of(ref, probe.target)
            side = "submission"
            sub_fn = target_of(sub, probe.target)
            side = "reference"
            try:
                ref_args, sub_args = _stash(ref, sub, args)
            except Exception as exc:
                side = "submission" if "submission" in getattr(exc, "__notes__", ()) else side
                raise
            if kernel is None:
                kernel = (probe.measure == "time" and None not in (
                    ref.sandbox and ref.sandbox.cpu_time_ns(),
                    sub.sandbox and sub.sandbox.cpu_time_ns()))
                overhead = _request_overhead(ref) if kernel else 0.0
            # Two rounds for a time probe, each a batch of `reps` calls a side, interleaved;
            # short calls get a bigger second batch, until the reference's batch runs about
            # MIN_SIZE_TIME_S (noise and the request's own cost average out).
            batch = reps
            for _ in range(2 if probe.measure == "time" else 1):
                side = "reference"
                # The reference is trusted: its limit only guards against a hung sandbox.
                refs.append(_call(ref, ref_fn, ref_args, probe.measure,
                                  max(left, probe.budget_s), batch))
                left = budget_s - (time.monotonic() - started)
                # Too slow is the submission's doing only when it is far slower than the
                # reference on the same input, not when a busy machine ate the budget.
                side = "submission"
                limit = max(left, SLOWER_LIMIT * refs[-1].wall_s * batch, MIN_LIMIT_S)
                subs.append(_call(sub, sub_fn, sub_args, probe.measure, limit, batch))
                per_call = refs[-1].cpu_s if kernel else refs[-1].value
                if per_call and per_call * batch < MIN_SIZE_TIME_S:
                    batch = min(reps * MAX_REPEAT_FACTOR * 4,
                                max(batch, math.ceil(MIN_SIZE_TIME_S / per_call)))
            if probe.measure == "time":
                # One result of the batch whose figure counts is checked, against the
                # reference's result.
                side = "reference"
                expected = _fetch(ref.proxies, refs[0])
                side = "submission"
                chosen = min(subs, key=lambda x: _cpu(x) if kernel else x.value)
                wrong = check(args, _fetch(sub.proxies, chosen), expected)
                if wrong:
                    raise ProbeCallFailed(f"a wrong result: {wrong}")
        except SubmissionTimeout:
            if side != "submission":
                ladder.problem = f"n={n}: the reference did not finish"
                return ladder
            ladder.too_slow_at = n
            ladder.stopped = f"it did not finish n={n} within the probe's {budget_s:g} s"
            return ladder
        except ProbeCallFailed as exc:
            if side == "reference":
                ladder.problem = f"n={n}: the reference failed: {exc}"
            else:
                ladder.wrong = f"n={n}: {exc}"
            return ladder
        except SubmissionFailure as exc:
            if side == "reference":
                ladder.problem = f"n={n}: the reference failed: {exc.message}"
            else:
                ladder.wrong = f"n={n}: {exc.message}"
            return ladder
        except Exception as exc:  # a call raised (the submission's own exception, or ours)
            trace = remote_trace(exc)
            what = (f"the call raised {trace.type_name}: {trace.text}" if trace
                    else f"{type(exc).__name__}: {exc}")
            if side == "reference":
                ladder.problem = f"n={n}: the reference failed: {what}"
            else:
                ladder.wrong = f"n={n}: {what}"
            return ladder
        finally:
            ladder.load = max(ladder.load, machine_load())
        ref.proxies.release([ref_args, *(r.kept for r in refs if r.kept is not None)])
        sub.proxies.release([sub_args, *(x.kept for x in subs if x.kept is not None)])
        ladder.kernel = bool(kernel)
        if kernel:
            sub_best = max(min(_figure(x, overhead) for x in subs), MIN_CPU_S)
            ref_best = max(min(_figure(x, overhead) for x in refs), MIN_CPU_S)
        else:
            sub_best, ref_best = min(s.value for s in subs), min(r.value for r in refs)
        if probe.measure == "time" and not kernel:
            ref_over = max(r.wall_s - r.value for r in refs)
            disagree = sum(s.value <= 0 or (s.wall_s - s.value > 3 * ref_over + CLOCK_SLACK_S
                                            and s.value < 0.5 * max(s.wall_s - ref_over, 0))
                           for s in subs)
            ladder.mismatched_sizes += disagree * 2 > len(subs)
            ladder.sub_seen.append(min(max(s.wall_s - ref_over, 0.0) for s in subs))
        else:
            ladder.sub_seen.append(sub_best)
        ladder.sizes.append(n)
        ladder.sub.append(sub_best)
        ladder.ref.append(ref_best)
        ladder.repeats.append(sum(x.count for x in subs))
        ladder.sub_cpu.append(_low(s.cpu_s for s in subs))
        ladder.ref_cpu.append(_low(r.cpu_s for r in refs))
        ladder.sub_peak.append(_low(s.peak for s in subs))
        ladder.ref_peak.append(_low(r.peak for r in refs))
        took = time.monotonic() - size_started
        if i + 1 < len(plan):
            growth = plan[i + 1] / n
            # The next size takes as long as this one, times how the last step grew (at least
            # the sizes' growth, at most its square), in the grader's wall clock.
            step = min(max(took / last_took, growth), growth ** 2) if last_took else growth ** 2
            predicted = took * step
            last_took = took
            # Below MIN_SIZES no verdict can be reached: the probe's whole budget is the limit.
            limit = budget_s if len(ladder.sizes) >= MIN_SIZES else max(budget_s, whole_s)
            past = time.monotonic() - started + predicted > PLAN_SHARE * limit
            if past and sizes:  # a retry: the sizes it can still measure within the budget
                ladder.stopped = f"stopped before n={plan[i + 1]}: the probe's budget was spent"
                break
            if past:
                ladder.stopped = (f"stopped before n={plan[i + 1]}: it would take about "
                                  f"{predicted:.1f} s, past the probe's budget")
                # Far slower than the reference already: too slow. Otherwise the sizes it
                # reached decide (a bigger constant is no failure), or a retry climbs further.
                # With the sizes a verdict needs, the fit decides (a bigger constant is no
                # failure: a pure-Python O(n log n) sort is 20-30x the builtin's cost at every
                # size). With fewer after the whole budget, SLOWER_LIMIT times the reference's
                # growth to the next size is too slow.
                if (probe.measure == "time" and len(ladder.sizes) < MIN_SIZES
                        and sub_best > SLOWER_LIMIT * growth * ref_best):
                    ladder.too_slow_at = plan[i + 1]
                if probe.measure == "memory" and whole_s:
                    # The kernel sees memory in pages and reused arenas: small sizes cannot
                    # cross-check what tracemalloc reported. The largest size is measured
                    # anyway, within the probe's whole budget.
                    skipped = plan[i + 1:-1]
                    ladder.stopped = (f"skipped n={skipped[0]} to {skipped[-1]} (past the "
                                      f"budget) to measure n={plan[-1]}" if skipped else "")
                    del plan[i + 1:-1]
                    budget_s = max(budget_s, whole_s)
                    continue
                break
    return ladder
