"""Running a folder of tests against a worker session with pytest, in process."""

import contextlib
import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from grader import interrupts
from grader.bank.bank import import_bank_module
from grader.report.model import TestResult
from grader.stages.correctness.imports import serving
from grader.stages.correctness.plugin import GraderPlugin
from grader.verdicts import Verdict

INI = Path(__file__).with_name("pytest.ini")
PYTEST_EXIT_MEANING = {2: "interrupted", 3: "pytest failed internally", 4: "usage error",
                       5: "no tests were found"}
# The user's environment must not change how hidden tests run, or a grade on a CI machine
# would differ from one on a laptop. CI and BUILD_NUMBER make pytest diff whole values on a
# failed assert (quadratic: two 7,000-item lists took past the 10 s test limit);
# PYTEST_ADDOPTS adds options (-x stops at the first failure); plugins, named or installed
# (pytest-randomly reorders tests and reseeds random), would run inside the grade.
PYTEST_ENV_DROPPED = ("CI", "BUILD_NUMBER", "PYTEST_ADDOPTS", "PYTEST_PLUGINS", "PYTEST_DEBUG",
                      "PYTEST_THEME", "PYTEST_THEME_MODE")
PYTEST_ENV_SET = {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}


def load_reference(path: Path | None):
    """The reference solution, imported locally: it is trusted and never enters a sandbox."""
    return import_bank_module(path) if path is not None and path.is_file() else None


# pytest plugins a grade never uses: output and state of the grader's own process (the
# submission runs in the sandbox), and options never given. unraisableexception alone runs two
# full garbage collections as pytest ends, about 50 ms of a grade.
UNUSED_PLUGINS = ("cacheprovider", "terminal", "stepwise", "unraisableexception",
                  "threadexception", "faulthandler", "doctest", "junitxml", "pastebin",
                  "setuponly", "setupplan")


def run_tests(test_dir: Path, session, limits, reference_path: Path | None = None,
              keyword: str | None = None, foreign: bool = False,
              on_result: Callable[[TestResult], None] | None = None) -> list[TestResult]:
    """Run the tests in `test_dir`. `foreign`: a suite written elsewhere, whose custom
    markers are its own business (the bank's own suites keep --strict-markers).
    `on_result`: told of each test's result as it comes."""
    # The reference is imported only if a test asks for it: a foreign suite never does, and
    # its reference need not import in the grader's process at all.
    plugin = GraderPlugin(session, functools.partial(load_reference, reference_path), limits,
                          limits.test_timeout_s, on_result)
    args = [str(test_dir), "-c", str(INI), "--rootdir", str(test_dir),
            *(arg for name in UNUSED_PLUGINS for arg in ("-p", f"no:{name}")),
            "--import-mode=importlib",
            "--capture=sys", "-W", "ignore::DeprecationWarning",
            # A test file that cannot be imported is reported (internal-error, naming the file);
            # the other files still run.
            "--continue-on-collection-errors"]
    args += ["-W", "ignore::pytest.PytestUnknownMarkWarning"] if foreign else ["--strict-markers"]
    if keyword:
        args += ["-k", keyword]
    modules = {session.module_name: session.module}
    if session.harness_proxy is not None:
        modules[session.harness_module] = session.harness_proxy
    plugin.served = list(modules.values())
    recursion = sys.getrecursionlimit()
    interrupts.install()  # a batch's worker process too: Ctrl-C there is recorded as well
    with serving(modules), _pytest_environment(), _importable(test_dir):
        try:
            code = pytest.main(args, plugins=[plugin, _CategoryKeywords()])
        finally:
            _forget_modules_under(test_dir)
    sys.setrecursionlimit(recursion)
    if plugin.interrupted and interrupts.received():  # pytest turns Ctrl-C (or SIGTERM) into
        raise KeyboardInterrupt  # an exit status; the user asked the whole grade to stop
    if code in PYTEST_EXIT_MEANING and not (code == 5 and plugin.results):
        during = f" (during {plugin.current})" if plugin.current and code == 3 else ""
        plugin.results.append(TestResult(
            name=str(test_dir.name), verdict=Verdict.INTERNAL_ERROR,
            message=f"the tests could not run: {PYTEST_EXIT_MEANING[code]}{during}",
            details=plugin.internal_error[-8000:]))
    return plugin.results


@contextlib.contextmanager
def _pytest_environment():
    """The same pytest everywhere: the variables above are dropped or set while it runs."""
    saved = {name: os.environ.get(name) for name in (*PYTEST_ENV_DROPPED, *PYTEST_ENV_SET)}
    for name in PYTEST_ENV_DROPPED:
        os.environ.pop(name, None)
    os.environ.update(PYTEST_ENV_SET)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextlib.contextmanager
def _importable(folder: Path):
    """Helper modules beside the tests (`from test_utils import ...`) import as they would
    under plain pytest's rootdir-on-path; the submission's name is still served by the proxy,
    whose finder comes first."""
    entry = str(folder.resolve())
    sys.path.insert(0, entry)
    try:
        yield
    finally:
        with contextlib.suppress(ValueError):
            sys.path.remove(entry)


def _forget_modules_under(folder: Path) -> None:
    """Drop the test modules pytest imported, so the next run binds the next session's proxies."""
    root = str(folder.resolve())
    for name, module in list(sys.modules.items()):
        if (getattr(module, "__file__", None) or "").startswith(root):
            del sys.modules[name]


class _Inert(ModuleType):
    """Stands in for the submission when tests are only collected, never run."""

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return type(name, (), {})


class _CategoryKeywords:
    """-k matches a test's category (`-k trap`) as well as its name: the report shows both."""

    def pytest_itemcollected(self, item):
        marker = item.get_closest_marker("category")
        item.extra_keyword_matches.add(marker.args[0] if marker else "basic")


class _Collector:
    def __init__(self):
        self.items: list[tuple[str, str]] = []

    @pytest.hookimpl(trylast=True)  # after -k deselected what it does not match
    def pytest_collection_modifyitems(self, items):
        for item in items:
            marker = item.get_closest_marker("category")
            self.items.append((item.nodeid, marker.args[0] if marker else "basic"))


def collect_tests(test_dir: Path, module: str, harness_module: str | None,
                  keyword: str | None = None) -> list[tuple[str, str]]:
    """(test name, category) of every test in a folder (those matching the -k `keyword`
    when given), without running any."""
    collector = _Collector()
    names = [module] + ([harness_module] if harness_module else [])
    args = [str(test_dir), "-c", str(INI), "--rootdir", str(test_dir), "-p", "no:cacheprovider",
            "-p", "no:terminal", "--import-mode=importlib", "--collect-only",
            "-W", "ignore::pytest.PytestUnknownMarkWarning"]
    if keyword:
        args += ["-k", keyword]
    with serving({name: _Inert(name) for name in names}), _pytest_environment(), \
            _importable(test_dir):
        try:
            pytest.main(args, plugins=[collector, _CategoryKeywords()])
        finally:
            _forget_modules_under(test_dir)
    return collector.items
