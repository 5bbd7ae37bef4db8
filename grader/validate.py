"""Proving a challenge: reference passes, stub fails, each known-bad is caught as it says."""

import dataclasses
import multiprocessing
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from grader.bank import Bank, Challenge
from grader.bank.bank import KnownBad
from grader.bank.coverage import coverage_problems
from grader.pipeline import GradeOptions, grade
from grader.report.model import Report
from grader.verdicts import ProbeVerdict, Verdict


@dataclass
class ValidationResult:
    tests: int = 0
    bad_total: int = 0
    bad_caught: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    # (file, passed every hidden test, score) of each grade that reached a verdict: the
    # bank's proof that the score ranks correctness first (tests/test_bank_proof.py).
    scores: list[tuple[str, bool, float]] = field(default_factory=list)

    def record(self, name: str, report) -> None:
        if report.verdict in (Verdict.INTERNAL_ERROR, Verdict.REJECTED):
            return  # no verdict reached, or a broken rule: 0 by design, never ranked
        passed_all = bool(report.tests) and all(t.verdict == Verdict.PASSED
                                                for t in report.tests)
        self.scores.append((name, passed_all, report.score))


# Full-mode regrades of a grade left inconclusive by a probe, before it counts as a problem.
INCONCLUSIVE_RETRIES = 2


def _grade(bank: Bank, challenge: Challenge, path, options: GradeOptions, expect: Verdict):
    """Grade, giving a noisy moment on a shared machine more chances before a challenge
    is called broken: a timeout where `expect` is another verdict is graded again (a test
    of 0.6 s can pass 10 s while the host stalls), and a grade with an inconclusive probe
    (an `inconclusive` verdict, or an advisory probe the reference must still pass) is
    measured again in full mode. What stays wrong is reported as a problem."""
    report = grade(bank, challenge.id, path, options)
    if report.verdict == Verdict.TIMEOUT and expect != Verdict.TIMEOUT:
        report = grade(bank, challenge.id, path, options)
    for _ in range(INCONCLUSIVE_RETRIES):
        if not (report.verdict == Verdict.INCONCLUSIVE
                or any(p.verdict == ProbeVerdict.INCONCLUSIVE for p in report.complexity)):
            break
        report = grade(bank, challenge.id, path, dataclasses.replace(options, probes="full"))
    return report


def _proof_options(sandbox: str) -> GradeOptions:
    # Challenges are proven side by side: the probes wait for the tests (probes_beside_tests).
    return GradeOptions(sandbox=sandbox, audience="reviewer", probes="quick",
                        probes_beside_tests=False)


def validate_challenge(bank: Bank, challenge: Challenge, sandbox: str) -> ValidationResult:
    started = time.perf_counter()
    result = ValidationResult()
    options = _proof_options(sandbox)

    ref = _grade(bank, challenge, challenge.reference_path, options, Verdict.PASSED)
    result.record("reference.py", ref)
    result.tests = len(ref.tests)
    unsure = [f"{p.probe}: {p.note}" for p in ref.complexity if p.verdict != ProbeVerdict.PASSED]
    if unsure:
        result.problems.append(f"reference probes not passed: {unsure}")
    if ref.verdict != Verdict.PASSED:
        failing = [t.name.split("::")[-1] for t in ref.tests if t.verdict != Verdict.PASSED]
        result.problems.append(f"reference {ref.verdict.value}: {ref.reason} {failing[:3]}")
    if challenge.spec.stub == "fails":  # starting code may pass: its verdict proves nothing
        stub = grade(bank, challenge.id, challenge.stub_path, options)
        if stub.verdict == Verdict.PASSED:
            result.problems.append("the stub passes")
    examples = grade(bank, challenge.id, challenge.reference_path,
                     GradeOptions(mode="check", sandbox=sandbox, audience="reviewer"))
    if examples.verdict != Verdict.PASSED:
        result.problems.append(f"reference fails the public examples: {examples.reason}")

    for bad in challenge.known_bad:
        result.bad_total += 1
        report = _grade(bank, challenge, bad.path, options, bad.expect)
        result.record(bad.path.name, report)
        if _caught(bad, report):
            result.bad_caught += 1
        else:
            result.problems.append(_mismatch(bad, report))
    # Catalog clauses no test holds (hidden_tests/<id>/coverage.toml): a gap, not a pass.
    result.problems += [f"coverage: {p}" for p in coverage_problems(challenge)]
    result.seconds = time.perf_counter() - started
    return result


def _caught(bad: KnownBad, report: Report) -> bool:
    """The known-bad got the verdict its header names, in the category it names."""
    in_category: list = [t for t in report.tests
                         if t.category == bad.caught_by and t.verdict == bad.expect]
    if bad.caught_by == "probe":
        in_category = [p for p in report.complexity if p.verdict == ProbeVerdict.FAILED]
    return report.verdict == bad.expect and bool(
        in_category or bad.caught_by in ("import", "rule") or not report.tests)


def check_known_bad(bank: Bank, challenge_id: str, bad_name: str, sandbox: str) -> str | None:
    """One known-bad graded as the proof grades it: None when caught, else what it got."""
    challenge = bank.load(challenge_id)
    bad = next(b for b in challenge.known_bad if b.path.name == bad_name)
    report = _grade(bank, challenge, bad.path, _proof_options(sandbox), bad.expect)
    return None if _caught(bad, report) else _mismatch(bad, report)


def _mismatch(bad, report) -> str:
    """What a known-bad got instead, with the first test behind its verdict and why: a CI
    log that shows only this line must still say where to look."""
    got = sorted({f"{t.category}:{t.verdict.value}" for t in report.tests
                  if t.verdict != Verdict.PASSED}
                 | {f"probe {p.probe}:{p.verdict} slope {p.slope}" for p in report.complexity})
    text = (f"{bad.path.name}: expected {bad.expect.value} in {bad.caught_by}, "
            f"got {report.verdict.value} {got[:4]}")
    if report.verdict == Verdict.INCONCLUSIVE:  # still, after the retries: say why and the load
        text += f" after {INCONCLUSIVE_RETRIES} full regrades: {report.reason}"
    first = next((t for t in report.tests if t.verdict == report.verdict), None)
    if report.verdict != bad.expect and first is not None:
        cause = (first.details.strip().splitlines() or [""])[-1]
        text += f"; first: {first.name.split('::')[-1]}: {first.message[:200]}"
        text += f" ({cause[:200]})" if cause and cause not in first.message else ""
    return text


def _prove(bank_root: str | None, challenge_id: str, sandbox: str) -> ValidationResult:
    bank = Bank(bank_root) if bank_root else Bank()
    return validate_challenge(bank, bank.load(challenge_id), sandbox)


def validate_all(bank_root: str | None, ids: list[str], sandbox: str,
                 jobs: int = 1) -> Iterator[tuple[str, ValidationResult]]:
    """Each challenge's proof, in the order given; with jobs > 1, that many proofs at once,
    each in a process of its own (the hidden tests run in the grading process)."""
    if jobs <= 1:
        for challenge_id in ids:
            yield challenge_id, _prove(bank_root, challenge_id, sandbox)
        return
    context = multiprocessing.get_context("spawn")  # no inherited threads or engine clients
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        futures = [pool.submit(_prove, bank_root, i, sandbox) for i in ids]
        try:
            for challenge_id, future in zip(ids, futures, strict=True):
                yield challenge_id, future.result()
        finally:
            pool.shutdown(cancel_futures=True)
