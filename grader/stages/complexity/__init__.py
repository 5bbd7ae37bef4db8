"""Complexity probes: measure (measure.py), check results (check.py), fit and classify
(classify.py), cross-check what the sandbox reported against the kernel, report."""

import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait

from grader.bank import Challenge
from grader.bank.bank import import_bank_module
from grader.isolation.sandbox_process import Backend
from grader.isolation.session import LoadFailure, WorkerSession
from grader.report.model import ComplexityResult
from grader.stages.complexity.check import checker_for
from grader.stages.complexity.classify import fit_ratio, judge, tampering
from grader.stages.complexity.measure import MIN_SIZES, Ladder, measure
from grader.verdicts import ProbeVerdict

REPEATS = {"quick": 3, "full": 7}
# Quick mode (a candidate's default grade) shares about a second among the challenge's probes,
# at least QUICK_MIN_S each, before any retry; full mode gives each probe its whole budget.
# An inconclusive probe retries within its own budget (budget_s) in either mode.
QUICK_TOTAL_S = 0.7
QUICK_MIN_S = 0.4
UNITS = {"time": "s", "count": "count", "memory": "bytes"}
# Values below these are noise, not cost (an empty loop, a few bytes of bookkeeping).
FLOORS = {"time": 2e-6, "count": 1.0, "memory": 512.0}
# With only three sizes, a failure needs a relative slope this many times the threshold.
FEW_SIZES_MARGIN = 1.5
# An inconclusive probe measures again (more repeats) while this much of its budget is left.
RETRY_MIN_LEFT_S = 0.3


class ProbeSandboxes:
    """The probes' two workers, started in the background: the reference's and a fresh one of
    the submission (one that ran every hidden test carries their garbage and times slower).
    Started while the hidden tests run, the probes do not wait for two sandbox starts."""

    def __init__(self, challenge: Challenge, sub: WorkerSession, backend: Backend,
                 harness: dict[str, str] | None, fresh: bool = True):
        spec = challenge.spec
        reference = {f"{spec.module}.py": challenge.reference_path.read_text(encoding="utf-8")}
        self.ref = WorkerSession(backend, spec.limits, reference, spec.module, harness=harness,
                                 harness_module=spec.harness_module)
        # fresh=False: measure `sub` itself (the caller's, already fresh; not closed here).
        self.sub = WorkerSession(backend, sub.limits, sub.files, sub.module_name,
                                 harness=sub.harness, harness_module=sub.harness_module,
                                 env=sub.env, deny=sub.deny) if fresh else sub
        self.fresh = fresh
        self._closed = False
        self._pool = ThreadPoolExecutor(2, thread_name_prefix="probe-sandbox")
        self._started = [self._pool.submit(s.start) for s in (self.ref, self.sub)[:1 + fresh]]

    def wait(self) -> str | None:
        """Wait for both; why they could not start, or None."""
        for name, future in zip(("the reference", "the submission"), self._started,
                                strict=False):
            try:
                future.result()
            except LoadFailure as exc:
                return f"{name} could not start: {exc.message}"
            except Exception as exc:  # the engine failed: the grader's side
                return f"{name}'s sandbox could not start: {type(exc).__name__}: {exc}"
        return None

    def close(self, *others: WorkerSession) -> None:
        """Both removed at once, and `others` beside them (a container's removal takes the
        engine about 0.08 s). A call still being measured in them then ends. A second call
        does nothing."""
        if self._closed:
            return
        self._closed = True
        try:
            for session, future in zip((self.ref, self.sub), self._started, strict=False):
                end_start(session, future)
            self._pool.shutdown(wait=True)
        finally:  # a second Ctrl-C while waiting for a start: still remove them all
            sessions = [*(self.ref, self.sub)[:1 + self.fresh], *others]
            with ThreadPoolExecutor(len(sessions), thread_name_prefix="close") as closing:
                for done in [closing.submit(s.close) for s in sessions]:
                    done.result()


def end_start(session: WorkerSession, started: Future) -> None:
    """Wait for a session's start in the background to end, ending an import still under
    way (the submission's may hang until its load timeout): its sandbox is removed next."""
    sandbox = session.sandbox  # read once: the starting thread may drop it meanwhile
    if not started.cancel() and not started.done() and sandbox is not None:
        sandbox.kill()
    wait([started])


def run_probes(challenge: Challenge, sub: WorkerSession, backend: Backend, mode: str,
               harness: dict[str, str] | None, ready: ProbeSandboxes | None = None,
               stop: threading.Event | None = None) -> list[ComplexityResult]:
    """Run every probe of the challenge against the submission and a reference sandbox.

    `ready`: the two sandboxes started ahead (ProbeSandboxes), which their starter closes;
    without it they are started now and closed here (`sub` only lends its files and
    settings). `stop`: once set, the probes end at their next size (their results are
    then not wanted: the grade's tests failed, or the grade was interrupted)."""
    spec = challenge.spec
    if not spec.probes:
        return []
    owned = ready is None
    ready = ready or ProbeSandboxes(challenge, sub, backend, harness, fresh=False)
    try:
        problem = ready.wait()
        if problem:
            return [ComplexityResult(probe=p.name, expected=p.expected,
                                     verdict=ProbeVerdict.INCONCLUSIVE,
                                     note=f"could not measure: {problem}")
                    for p in spec.probes]
        inputs_module = import_bank_module(challenge.hidden_dir / "probes.py")
        return [run_probe(probe, inputs_module, ready.sub, ready.ref, mode, len(spec.probes),
                          stop=stop)
                for probe in spec.probes]
    finally:
        if owned:
            ready.close()


def run_probe(probe, inputs_module, sub: WorkerSession, ref: WorkerSession, mode: str,
              count: int = 1, stop: threading.Event | None = None) -> ComplexityResult:
    """One probe of `count` in its challenge, from measuring to its result (and retries)."""
    started = time.monotonic()
    budget = probe.budget_s if mode == "full" else min(
        probe.budget_s, max(QUICK_MIN_S, QUICK_TOTAL_S / count))
    inputs, check = getattr(inputs_module, probe.inputs), checker_for(probe.name, inputs_module)
    repeats = REPEATS[mode]
    ladder = measure(probe, inputs, sub, ref, repeats, check, budget_s=budget, stop=stop)
    result = _result(probe, ladder)
    # Too noisy to call: measure the same sizes again while the budget lasts (the lower
    # figure of each size is kept, and noise only ever adds cost).
    while result.verdict == ProbeVerdict.INCONCLUSIVE and not ladder.problem:
        left = probe.budget_s - (time.monotonic() - started)
        if left < RETRY_MIN_LEFT_S:
            break
        ladder = measure(probe, inputs, sub, ref, repeats, check, ladder=ladder, budget_s=left,
                         stop=stop)
        result = _result(probe, ladder)
    return result


def _top_ratio(ladder: Ladder, floor: float) -> float:
    """Submission / reference cost at the two largest sizes (the lower of the two)."""
    ratios = [max(s, floor) / max(r, floor) for s, r in zip(ladder.sub, ladder.ref, strict=True)]
    return min(ratios[-2:]) if ratios else 0.0


def _result(probe, ladder: Ladder) -> ComplexityResult:
    base = dict(probe=probe.name, measure=probe.measure, unit=UNITS[probe.measure],
                expected=probe.expected, advisory=probe.advisory, sizes=ladder.sizes,
                submission=[round(v, 9) for v in ladder.sub],
                reference=[round(v, 9) for v in ladder.ref], load=round(ladder.load, 2))
    if ladder.problem:
        return ComplexityResult(**base, verdict=ProbeVerdict.INCONCLUSIVE,
                                note=f"could not measure: {ladder.problem}")
    notes = []  # what the report says besides the fit, in order of importance
    if ladder.wrong:  # a probe call is a test: wrong, raising or hiding fails the probe
        notes.append(f"the call failed while measured at {ladder.wrong} (sizes before it "
                     "are kept)")
    tamper = tampering(probe.measure, ladder)
    if tamper:
        notes.append(tamper)
    ratio = _top_ratio(ladder, FLOORS[probe.measure])
    far_slower = bool(probe.max_ratio and ratio > probe.max_ratio)
    if far_slower:
        notes.append(f"far slower than the reference: {ratio:.0f}x its cost at the largest "
                     f"sizes measured (the challenge allows {probe.max_ratio:g}x)")
    if ladder.too_slow_at is not None:
        unit = UNITS[probe.measure]
        last = (f"; at n={ladder.sizes[-1]} it measured {ladder.sub[-1]:.3g} {unit} against the "
                f"reference's {ladder.ref[-1]:.3g} {unit}" if ladder.sizes else "")
        notes.append(f"too slow: {ladder.stopped}{last}")
    elif ladder.stopped:
        notes.append(ladder.stopped)
    if ladder.clock_mismatch:
        notes.insert(0, "the worker's own timings disagreed with the grader's clock at "
                        f"{ladder.mismatched_sizes} sizes: the submission tampered with the "
                        "timing (the values shown are the grader's wall-clock times)")
    failed_anyway = (ladder.too_slow_at is not None or far_slower or ladder.clock_mismatch
                     or bool(ladder.wrong) or bool(tamper))
    if len(ladder.sizes) < MIN_SIZES:
        # Three sizes can show a clearly worse growth (never a pass): the sizes a submission
        # let be measured before it raised or ran out of budget are evidence too.
        if len(ladder.sizes) == MIN_SIZES - 1 and not failed_anyway:
            fit = fit_ratio(ladder.sizes, ladder.sub, ladder.ref, FLOORS[probe.measure])
            j = judge(fit, probe.expected, ladder.sizes, probe.measure)
            if j.verdict == ProbeVerdict.FAILED and fit.slope > FEW_SIZES_MARGIN * j.threshold:
                return ComplexityResult(**base, detected=j.detected, verdict=ProbeVerdict.FAILED,
                                        confidence=j.confidence, slope=round(fit.slope, 3),
                                        note="; ".join([*notes, j.note, "3 sizes measured"]))
        verdict = ProbeVerdict.FAILED if failed_anyway else ProbeVerdict.INCONCLUSIVE
        if verdict == ProbeVerdict.INCONCLUSIVE:
            notes.append("fewer than 4 sizes measured")
        return ComplexityResult(**base, verdict=verdict, note="; ".join(notes))
    fit = fit_ratio(ladder.sizes, ladder.sub, ladder.ref, FLOORS[probe.measure])
    j = judge(fit, probe.expected, ladder.sizes, probe.measure)
    failed = j.verdict == ProbeVerdict.FAILED or failed_anyway
    return ComplexityResult(**base, detected=j.detected,
                            verdict=ProbeVerdict.FAILED if failed else j.verdict,
                            confidence=j.confidence, slope=round(fit.slope, 3),
                            note="; ".join(n for n in [*notes, j.note] if n))
