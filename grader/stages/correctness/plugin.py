"""The pytest plugin: fixtures for the submission, per-test limits, one result per test."""

import time
from collections.abc import Callable
from types import ModuleType

import pytest
import timeout_decorator

from grader.isolation import wire
from grader.isolation.failures import SubmissionFailure, SubmissionTimeout
from grader.isolation.proxy import remote_trace
from grader.report.model import TestResult
from grader.verdicts import Verdict


def classify(exc: BaseException) -> tuple[Verdict, str, str]:
    """(verdict, message for anyone, details for reviewers) of a test's exception."""
    if isinstance(exc, SubmissionFailure):
        trace = remote_trace(exc)
        return Verdict(exc.verdict), exc.message, trace.traceback if trace else ""
    trace = remote_trace(exc)
    if trace is not None and trace.type_name == "ForbiddenImport":  # the worker's rule check
        return Verdict.REJECTED, trace.text[:500], trace.traceback
    if trace is not None:
        return Verdict.ERROR, f"{trace.type_name}: {trace.text}"[:500], trace.traceback
    if isinstance(exc, wire.WireError):
        return Verdict.INTERNAL_ERROR, f"the hidden test could not send its input: {exc}", ""
    text = str(exc)
    if isinstance(exc, AssertionError):
        return Verdict.FAILED, (text.splitlines() or ["assertion failed"])[0][:500], text
    first = (text.splitlines() or [""])[0]
    return Verdict.FAILED, f"{type(exc).__name__}: {first}"[:500], text


def _last_error_line(longrepr: str) -> str:
    """The exception line of a pytest failure text ("E   ImportError: ..."), or its last line."""
    lines = [line for line in longrepr.splitlines() if line.strip()]
    errors = [line[1:].strip() for line in lines if line.startswith("E ")]
    if errors:
        return errors[0]
    return lines[-1] if lines else "unknown error"


def _raised_in_sandbox(call) -> bool:
    """A skip the submission raised (its own unittest.SkipTest) is its error, not a skip."""
    return call.excinfo is not None and remote_trace(call.excinfo.value) is not None


def _skip_reason(report) -> str:
    if hasattr(report, "wasxfail"):
        return f"expected to fail (xfail){': ' + report.wasxfail if report.wasxfail else ''}"
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)
    return str(reason).removeprefix("Skipped: ")[:500]


class GraderPlugin:
    def __init__(self, session, reference, limits, test_timeout_s: float,
                 on_result: Callable[[TestResult], None] | None = None):
        self._session, self._reference, self._limits = session, reference, limits
        self.test_timeout_s = test_timeout_s
        self.results: list[TestResult] = []
        self._on_result = on_result  # told of each result as it is recorded
        self.started = time.monotonic()
        self._mark = None
        self._t0 = 0.0
        self.interrupted = False
        self.current = ""  # the test running now, named if pytest itself fails during it
        self.internal_error = ""
        # the proxy modules the tests import (to notice a test patching them)
        self.served: list[ModuleType] = []
        self._load_failures: dict[str, BaseException] = {}  # test file -> the submission's

    def _record(self, result: TestResult) -> None:
        self.results.append(result)
        if self._on_result is not None:
            self._on_result(result)

    # -- fixtures the hidden tests use ---------------------------------------------
    @pytest.fixture
    def submission(self):
        """The submission's module, as a proxy (same as importing it by name)."""
        return self._session.module

    @pytest.fixture
    def harness(self):
        """The challenge's harness module, running beside the submission."""
        if self._session.harness_proxy is None:
            raise RuntimeError("this challenge's spec names no harness_module")
        return self._session.harness_proxy

    @pytest.fixture
    def reference(self):
        """The reference solution, imported in the grader's own process."""
        if callable(self._reference):  # loaded on first use
            self._reference = self._reference()
        if self._reference is None:
            raise RuntimeError("no reference solution is available here")
        return self._reference

    @pytest.fixture
    def worker(self):
        """The worker session itself, for tests that restart it (e.g. another hash seed)."""
        return self._session

    # -- hooks -------------------------------------------------------------------------
    def pytest_keyboard_interrupt(self, excinfo):
        # pytest also reports its own Interrupted (a KeyboardInterrupt subclass: a collection
        # error, -x) here; only the user's Ctrl-C (or SIGTERM) stops the whole grade.
        if excinfo.type is KeyboardInterrupt:
            self.interrupted = True

    def pytest_internalerror(self, excrepr, excinfo):
        self.internal_error = str(excrepr)  # for the reviewer, in the report
        return True  # and not dumped on the user's terminal

    def pytest_exception_interact(self, node, call, report):
        # A test file importing the submission's names (`from palindrome import ...`) asks the
        # worker during collection; a timeout or crash then is the submission's, not pytest's.
        exc = call.excinfo.value if call.excinfo else None
        if report.when == "collect" and (isinstance(exc, SubmissionFailure) or remote_trace(exc)):
            self._load_failures[report.nodeid] = exc

    def pytest_collectreport(self, report):
        cause = self._load_failures.pop(report.nodeid, None)
        if report.failed and cause is not None:
            verdict, message, details = classify(cause)
            self._record(TestResult(
                name=report.nodeid or "collection", verdict=verdict, details=details[:8000],
                message=f"while the test file {report.nodeid or '?'} was loaded: {message}"[:500]))
        elif report.failed:
            details = str(report.longrepr)
            self._record(TestResult(
                name=report.nodeid or "collection", verdict=Verdict.INTERNAL_ERROR,
                message=f"the test file {report.nodeid or '?'} could not be loaded: "
                        f"{_last_error_line(details)}"[:500], details=details[-8000:]))

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item):
        self._t0 = time.perf_counter()
        self.current = item.nodeid
        for module in self.served:
            module.__dict__.pop("_grader_patched", None)
        if time.monotonic() - self.started > self._limits.total_timeout_s:
            raise SubmissionTimeout(
                f"the submission's {self._limits.total_timeout_s:g} s budget was used up")
        if item.get_closest_marker("fresh"):
            self._session.restart()
        self._mark = self._session.output_mark

    @pytest.hookimpl(tryfirst=True)
    def pytest_pyfunc_call(self, pyfuncitem):
        names = pyfuncitem._fixtureinfo.argnames
        kwargs = {name: pyfuncitem.funcargs[name] for name in names}
        limited = timeout_decorator.timeout(
            self.test_timeout_s, use_signals=True, timeout_exception=SubmissionTimeout,
            exception_message=f"the test did not finish within {self.test_timeout_s:g} s")
        limited(pyfuncitem.obj)(**kwargs)
        return True

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item, call):
        outcome = yield
        unreported = ""
        try:
            report = outcome.get_result()
        except Exception as exc:
            # pytest could not write up the test (seen: a traceback entry without a line
            # number where the time limit's signal cut in). The test's own exception still
            # decides its verdict; pytest's failure is kept for the reviewer.
            unreported = f"pytest could not report this test: {type(exc).__name__}: {exc}"
            report = pytest.TestReport(item.nodeid, item.location, {}, "failed", unreported,
                                       call.when, duration=call.duration, start=call.start,
                                       stop=call.stop)
            outcome.force_result(report)
        if report.when == "teardown" or (report.when == "setup" and report.passed):
            return
        if report.skipped and (hasattr(report, "wasxfail") or not _raised_in_sandbox(call)):
            # The test's author skipped it (skip, skipif, unittest.skip, a failed xfail): it is
            # shown and never counts for or against the submission.
            verdict, message, details = Verdict.SKIPPED, _skip_reason(report), ""
        elif call.excinfo is None:
            verdict, message, details = ((Verdict.INTERNAL_ERROR, unreported, "") if unreported
                                         else (Verdict.PASSED, "", ""))
        else:
            verdict, message, details = classify(call.excinfo.value)
            details = f"{details}\n{unreported}".strip()
            patched = sorted({f"{m.__name__}.{name}" for m in self.served
                              for name in m.__dict__.get("_grader_patched", ())})
            if patched and verdict != Verdict.PASSED:
                # mock.patch("grep.open") reaches only the grader's stand-in: whatever failed,
                # it is not the submission's doing (docs/foreign-suites.md).
                verdict, message = Verdict.INTERNAL_ERROR, (
                    f"this test patches the submission's module ({', '.join(patched)}), which "
                    "runs in the sandbox: the patch cannot reach it (unsupported)")[:500]
        category = item.get_closest_marker("category")
        self._record(TestResult(
            name=item.nodeid, category=category.args[0] if category else "basic",
            verdict=verdict, message=message, details=details[:8000],
            duration_s=round(time.perf_counter() - self._t0, 4),
            output=self._session.output_since(self._mark)[:4000] if self._mark else "",
            secret=item.get_closest_marker("secret") is not None))
