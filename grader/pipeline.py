"""The one path every graded submission takes.

load the challenge -> read the submission -> static checks -> start the sandboxes (the
source's quality is read meanwhile) -> run the hidden tests, the probes measuring beside them
in sandboxes of their own -> score -> report.
The CLI calls `grade`; renderers only read the Report it returns.
"""

import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from grader import __version__
from grader.bank import Bank, Challenge
from grader.errors import BadInput
from grader.isolation.backends import choose_backend
from grader.isolation.session import LoadFailure, WorkerSession
from grader.report.model import (
    Audience,
    ComplexityResult,
    Report,
    SandboxInfo,
    SubmissionInfo,
    TestResult,
)
from grader.scoring import score
from grader.stages.complexity import ProbeSandboxes, end_start, run_probes
from grader.stages.correctness import run_tests
from grader.stages.correctness.runner import collect_tests
from grader.stages.quality import QualityReport, analyze, check_rules
from grader.stages.quality.rules import runtime_denials
from grader.submission import Submission, load_submission, syntax_problem
from grader.verdicts import ProbeVerdict, Verdict, worst


@dataclass
class GradeOptions:
    mode: str = "grade"  # "check": public examples only
    sandbox: str = "auto"  # a name in grader.isolation.backends.SANDBOX_CHOICES
    audience: Audience = "candidate"
    image: str | None = None
    env: dict[str, str] = field(default_factory=dict)
    keyword: str | None = None  # run only tests matching this pytest -k expression
    quality: bool = True  # metrics and lint; rules are checked regardless
    allow: frozenset[str] = frozenset()  # rule ids the interviewer relaxed
    probes: str | None = None  # off | quick | full; None: quick for candidates, full for reviewers
    progress: Callable[[str], None] = lambda step: None  # told each stage as it starts
    # The probes' sandboxes start with the tests' and measure while the tests run: a lone
    # grade ends sooner. Off where grades already run side by side (batch, validate, a fleet
    # worker): the machine is busy anyway, and two sandboxes started and probes measured for
    # an answer that then fails a test would be work thrown away.
    probes_beside_tests: bool = True

    @property
    def probe_mode(self) -> str:
        if self.mode == "check":
            return "off"
        return self.probes or ("full" if self.audience == "reviewer" else "quick")


def grade(bank: Bank, challenge_id: str, path: str | Path, options: GradeOptions) -> Report:
    started = time.perf_counter()
    challenge = bank.load(challenge_id)
    submission = load_submission(path, challenge.spec.module)
    if options.keyword:
        _check_keyword(challenge, options)
    backend = choose_backend(options.sandbox, hide=[bank.root / "hidden_tests"],
                             image=options.image)
    sandbox = SandboxInfo(backend=backend.name, isolation=backend.describe())
    report = _Builder(challenge, submission, options, sandbox)

    problem = syntax_problem(submission)
    if problem:
        return report.finish(Verdict.REJECTED, f"syntax error: {problem}", started)
    unknown = options.allow - {r.id for r in challenge.spec.rules}
    if unknown:
        raise BadInput(f"--allow {', '.join(sorted(unknown))}: {challenge.id} has no such rule "
                       f"(its rules: {', '.join(r.id for r in challenge.spec.rules) or 'none'})")
    harness_path = challenge.harness_path
    harness = ({harness_path.name: harness_path.read_text(encoding="utf-8")}
               if harness_path else None)
    session = WorkerSession(backend, challenge.spec.limits, submission.files,
                            challenge.spec.module, harness=harness,
                            harness_module=challenge.spec.harness_module, env=options.env,
                            deny=runtime_denials(challenge.spec.rules, options.allow))
    # The bank's policy: whether the submission's own __eq__/__hash__/repr decide comparisons.
    session.proxies.in_process = challenge.spec.semantics == "in-process"
    options.progress(f"starting the {backend.name} sandbox")
    probing = options.probe_mode != "off" and bool(challenge.spec.probes)
    # The sandboxes start (the engine's work) while this process reads the source.
    sandboxes = _Sandboxes(challenge, session, backend, harness, probing,
                           options.probes_beside_tests)
    try:
        violations = check_rules(submission.files, challenge.spec.rules, options.allow)
        if options.quality and options.mode == "grade":
            report.quality = analyze(submission.files, challenge.spec.rules, options.allow,
                                     lint_select=challenge.spec.lint_select)
        stopped = _run_stages(challenge, sandboxes, options, report)
    finally:
        sandboxes.close()
        report.output = session.output  # what it printed, even when its import failed
    if stopped:
        return report.finish(*stopped, started)
    if not report.tests:
        return report.finish(Verdict.INTERNAL_ERROR, "no tests ran", started)
    if all(t.verdict == Verdict.SKIPPED for t in report.tests):  # nothing proves it passed
        return report.finish(Verdict.INTERNAL_ERROR, "every test was skipped by its author",
                             started)
    real = [v for v in violations if v.severity == "violation"]
    if real:
        first = real[0]
        return report.finish(Verdict.REJECTED, f"rule {first.rule_id} broken at {first.file} "
                             f"line {first.line}: {first.message}", started)
    verdict = worst(t.verdict for t in report.tests)
    slow = [p for p in report.complexity if p.verdict == ProbeVerdict.FAILED and not p.advisory]
    if verdict == Verdict.PASSED and slow:
        p = slow[0]
        return report.finish(Verdict.FAILED, f"all tests passed, but probe {p.probe} expected "
                             f"{p.expected} and measured {p.detected or 'worse'}: {p.note}",
                             started)
    # A probe that could not be called leaves the complexity unchecked: never a pass. An
    # advisory probe cannot fail a grade, so it cannot leave one undecided either.
    unsure = [p for p in report.complexity
              if p.verdict == ProbeVerdict.INCONCLUSIVE and not p.advisory]
    if verdict == Verdict.PASSED and unsure:
        return report.finish(Verdict.INCONCLUSIVE, _unsure_reason(unsure), started)
    return report.finish(verdict, _reason(verdict, report.tests), started)


def _check_keyword(challenge: Challenge, options: GradeOptions) -> None:
    """A -k that selects no test is the user's mistake: say what it could have matched."""
    test_dir = challenge.examples_dir if options.mode == "check" else challenge.hidden_dir
    spec = challenge.spec
    if collect_tests(test_dir, spec.module, spec.harness_module, options.keyword):
        return
    every = collect_tests(test_dir, spec.module, spec.harness_module)
    categories = list(dict.fromkeys(category for _, category in every))
    names = list(dict.fromkeys(name.split("::")[-1].split("[")[0] for name, _ in every))
    raise BadInput(f"-k {options.keyword!r} matches no test of {challenge.id} (a pytest -k "
                   f"expression over test names and categories); categories: "
                   f"{', '.join(categories) or 'none'}; tests: {', '.join(names) or 'none'}")


def _unsure_reason(unsure: list[ComplexityResult]) -> str:
    p = unsure[0]
    load = getattr(p, "load", None)  # the load during the probe, when the stage recorded it
    load = os.getloadavg()[0] if load is None else load
    others = f" (and {len(unsure) - 1} more)" if len(unsure) > 1 else ""
    return (f"all tests passed, but probe {p.probe}{others} stayed inconclusive after its "
            f"retries, so the complexity is unchecked ({p.note or 'too noisy to call'}); "
            f"machine load {load:.1f} on {os.cpu_count() or 1} CPUs: grade again on a "
            f"quieter machine")


IN_PROCESS_NOTE = ("in-process semantics: this challenge's tests (a suite written elsewhere) "
                   "compare the submission's objects with its own __eq__, __bool__ and "
                   "__hash__, run in the sandbox, as they would in the submission's process")


class _Sandboxes:
    """A grade's sandboxes, started at once in the background: the tests' own, and (when
    the grade probes) the probes' two, the reference's and a fresh one of the submission
    (one that ran every hidden test carries their garbage and times slower). The probes
    measure while the tests run: they read the kernel's CPU time of their own sandboxes,
    which the tests' work beside them does not enter. Not `beside`: the probes' sandboxes
    start once every test passed."""

    def __init__(self, challenge: Challenge, session: WorkerSession, backend,
                 harness: dict[str, str] | None, probing: bool, beside: bool):
        self.challenge, self.session, self.backend, self.harness = (
            challenge, session, backend, harness)
        self.probing = probing
        self.probes = (ProbeSandboxes(challenge, session, backend, harness)
                       if probing and beside else None)  # else started when measuring
        self.stop = threading.Event()  # set: the probes' results are no longer wanted
        self._pool = ThreadPoolExecutor(2, thread_name_prefix="grade")
        self.started = self._pool.submit(session.start)
        self.measuring: Future | None = None

    def measure(self, mode: str) -> None:
        """Run the probes in the background, from now on."""
        if self.probing:
            if self.probes is None:
                self.probes = ProbeSandboxes(self.challenge, self.session, self.backend,
                                             self.harness)
            self.measuring = self._pool.submit(
                run_probes, self.challenge, self.session, self.backend, mode, self.harness,
                ready=self.probes, stop=self.stop)

    def close(self) -> None:
        """All removed at once; a probe still measuring then ends. A second Ctrl-C while
        waiting for a start still leaves nothing behind."""
        self.stop.set()
        try:
            end_start(self.session, self.started)
        finally:
            if self.probes is not None:
                self.probes.close(self.session)
            else:
                self.session.close()
            self._pool.shutdown(wait=True)


def _run_stages(challenge: Challenge, sandboxes: _Sandboxes, options: GradeOptions,
                report: "_Builder") -> tuple[Verdict, str] | None:
    """Import the submission in its sandbox and run the hidden tests, the probes measuring
    beside them. Returns the verdict and reason when the submission cannot be tested at all.
    The probes' results count only when every test passed; the first failing test stops
    them."""
    session = sandboxes.session
    try:
        names = sandboxes.started.result()
    except LoadFailure as exc:
        if exc.detail:
            report.notes.append(exc.detail)
        return Verdict(exc.verdict), exc.message
    missing = [n for n in challenge.spec.required if n not in names]
    if missing:
        return Verdict.REJECTED, f"missing required name(s): {', '.join(missing)}"
    if options.probes_beside_tests:
        sandboxes.measure(options.probe_mode)
    test_dir = challenge.examples_dir if options.mode == "check" else challenge.hidden_dir
    options.progress("running the public examples" if options.mode == "check"
                     else "running the hidden tests" + (", the complexity probes beside them"
                                                        if sandboxes.measuring else ""))
    in_process = challenge.spec.semantics == "in-process"
    if in_process:
        report.notes.append(IN_PROCESS_NOTE)

    def failing(result: TestResult) -> None:
        if result.verdict not in (Verdict.PASSED, Verdict.SKIPPED):
            sandboxes.stop.set()

    report.tests = run_tests(test_dir, session, challenge.spec.limits,
                             reference_path=challenge.reference_path,
                             keyword=options.keyword, foreign=in_process, on_result=failing)
    report.sandbox.restarts = session.restarts  # recoveries from timeouts and crashes
    tests_passed = report.tests and all(t.verdict == Verdict.PASSED for t in report.tests)
    if tests_passed and not options.probes_beside_tests:
        sandboxes.measure(options.probe_mode)
    if sandboxes.probing:
        if tests_passed and sandboxes.measuring is not None:
            options.progress(f"measuring complexity ({len(challenge.spec.probes)} "
                             f"probe(s), {options.probe_mode})")
            report.complexity = sandboxes.measuring.result()
        else:
            report.notes.append("complexity probes skipped: the tests did not all pass")
    return None


def _reason(verdict: Verdict, tests: list[TestResult]) -> str:
    passed = sum(t.verdict == Verdict.PASSED for t in tests)
    skipped = sum(t.verdict == Verdict.SKIPPED for t in tests)
    summary = (f"{passed} of {len(tests) - skipped} tests passed"
               + (f" ({skipped} skipped by their author)" if skipped else ""))
    if verdict == Verdict.PASSED:
        return summary
    first = next(t for t in tests if t.verdict == verdict)
    return f"{summary}; first {verdict.value}: {first.name.split('::')[-1]}"


class _Builder:
    """Collects what the stages found and turns it into the Report."""

    def __init__(self, challenge: Challenge, submission: Submission, options: GradeOptions,
                 sandbox: SandboxInfo):
        self.challenge, self.submission, self.options, self.sandbox = (
            challenge, submission, options, sandbox)
        self.tests: list[TestResult] = []
        self.complexity: list[ComplexityResult] = []
        self.notes: list[str] = []
        self.output = ""
        self.quality: QualityReport | None = None

    def finish(self, verdict: Verdict, reason: str, started: float) -> Report:
        spec = self.challenge.spec
        if spec.reveal_inputs:
            self.tests = [t.model_copy(update={"secret": False}) for t in self.tests]
        if self.options.keyword:
            reason = f"partial: only the tests matching -k {self.options.keyword!r} ran; {reason}"
        quality_share = self.quality.score if self.quality else None
        planned = self.options.probe_mode != "off" and bool(spec.probes)
        value, breakdown = score(verdict, self.tests, self.complexity, quality_share,
                                 spec.weights, probes_planned=planned)
        if breakdown.scale < 1 and value:
            self.notes.append(f"a hidden test did not pass: every stage's points are scaled by "
                              f"{breakdown.scale:.2f}, so the score ranks below every answer "
                              f"that passes them all (docs/scoring.md)")
        sub = self.submission
        return Report(
            grader_version=__version__, challenge=spec.id, title=spec.title,
            mode=self.options.mode, audience=self.options.audience,
            submission=SubmissionInfo(path=sub.path, module=sub.module, kind=sub.kind,
                                      sha256=sub.sha256, files=sorted(sub.files)),
            partial=bool(self.options.keyword), keyword=self.options.keyword or None,
            verdict=verdict, reason=reason, score=value, score_breakdown=breakdown,
            tests=self.tests, complexity=self.complexity, quality=self.quality,
            sandbox=self.sandbox, output=self.output,
            duration_s=round(time.perf_counter() - started, 3),
            notes=[n for n in self.notes if n])
