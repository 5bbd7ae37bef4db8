"""Complexity probes: measure (measure.py), fit and classify (classify.py), report."""

from grader.bank import Challenge
from grader.bank.bank import import_bank_module
from grader.isolation.sandbox_process import Backend
from grader.isolation.session import LoadFailure, WorkerSession
from grader.report.model import ComplexityResult
from grader.stages.complexity.classify import fit_ratio, judge
from grader.stages.complexity.measure import Ladder, measure
from grader.verdicts import ProbeVerdict

REPEATS = {"quick": 3, "full": 7}
UNITS = {"time": "s", "count": "count", "memory": "bytes"}
# Values below these are noise, not cost (an empty loop, a few bytes of bookkeeping).
FLOORS = {"time": 2e-6, "count": 1.0, "memory": 512.0}


def run_probes(challenge: Challenge, sub: WorkerSession, backend: Backend, mode: str,
               harness: dict[str, str] | None) -> list[ComplexityResult]:
    """Run every probe of the challenge against the submission and a reference sandbox."""
    spec = challenge.spec
    if not spec.probes:
        return []
    inputs_module = import_bank_module(challenge.hidden_dir / "probes.py")
    reference = {f"{spec.module}.py": challenge.reference_path.read_text(encoding="utf-8")}
    ref = WorkerSession(backend, spec.limits, reference, spec.module, harness=harness,
                        harness_module=spec.harness_module)
    try:
        ref.start()
    except LoadFailure as exc:
        return [ComplexityResult(probe=p.name, expected=p.expected,
                                 verdict=ProbeVerdict.INCONCLUSIVE,
                                 note=f"the reference could not start: {exc.message}")
                for p in spec.probes]
    try:
        results = []
        for probe in spec.probes:
            ladder = measure(probe, getattr(inputs_module, probe.inputs), sub, ref,
                             REPEATS[mode])
            results.append(_result(probe, ladder))
        return results
    finally:
        ref.close()


def _top_ratio(ladder: Ladder, floor: float) -> float:
    """Submission / reference cost at the two largest sizes (the lower of the two)."""
    ratios = [max(s, floor) / max(r, floor) for s, r in zip(ladder.sub, ladder.ref, strict=True)]
    return min(ratios[-2:]) if ratios else 0.0


def _result(probe, ladder: Ladder) -> ComplexityResult:
    base = dict(probe=probe.name, measure=probe.measure, unit=UNITS[probe.measure],
                expected=probe.expected, advisory=probe.advisory, sizes=ladder.sizes,
                submission=[round(v, 9) for v in ladder.sub],
                reference=[round(v, 9) for v in ladder.ref])
    if ladder.problem:
        return ComplexityResult(**base, verdict=ProbeVerdict.INCONCLUSIVE,
                                note=f"could not measure: {ladder.problem}")
    notes = []  # what the report says besides the fit, in order of importance
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
    if len(ladder.sizes) < 4:
        verdict = (ProbeVerdict.FAILED if ladder.too_slow_at is not None or far_slower
                   or ladder.clock_mismatch else ProbeVerdict.INCONCLUSIVE)
        if verdict == ProbeVerdict.INCONCLUSIVE:
            notes.append("fewer than 4 sizes measured")
        return ComplexityResult(**base, verdict=verdict, note="; ".join(notes))
    fit = fit_ratio(ladder.sizes, ladder.sub, ladder.ref, FLOORS[probe.measure])
    j = judge(fit, probe.expected, ladder.sizes, probe.measure)
    failed = (j.verdict == ProbeVerdict.FAILED or far_slower or ladder.too_slow_at is not None
              or ladder.clock_mismatch)
    return ComplexityResult(**base, detected=j.detected,
                            verdict=ProbeVerdict.FAILED if failed else j.verdict,
                            confidence=j.confidence, slope=round(fit.slope, 3),
                            note="; ".join(n for n in [j.note, *notes] if n))
