"""A fixed Report built from constructor calls: every renderer's golden input.

Durations, paths and hashes are constants, so the rendered files are byte-for-byte
stable. It covers each verdict a test can have, a secret test, all three probe
verdicts (one probe finished fewer sizes than the reference), and a quality report
with lint, rule, suspicious and tamper findings.
"""

from grader.report.model import (
    ComplexityResult,
    Report,
    SandboxInfo,
    ScoreBreakdown,
    SubmissionInfo,
    TestResult,
)
from grader.report.quality_model import (
    DocsTyping,
    FileMetrics,
    FunctionComplexity,
    Halstead,
    LintFinding,
    LintOutcome,
    QualityReport,
    RawCounts,
    RuleFinding,
    ScoreComponent,
    TamperSignal,
)
from grader.report.quality_model import ScoreBreakdown as QualityBreakdown
from grader.verdicts import Verdict

SECRET = "SECRET-KEY-9731"  # appears only in the secret test's message, details and output
FILE = "test_lru_cache.py::"


def _test(name, verdict=Verdict.PASSED, category="basic", **kw) -> TestResult:
    return TestResult(name=FILE + name, category=category, verdict=verdict, **kw)


TESTS = [
    _test("test_get_returns_stored_value", duration_s=0.0042),
    _test("test_absent_key_returns_minus_one", duration_s=0.0031),
    _test("test_get_refreshes_recency", Verdict.FAILED, duration_s=0.0125,
          message="get(1) made 2 the least recently used; 2 should be evicted",
          details="get(1) made 2 the least recently used; 2 should be evicted\n"
                  "assert 2 == -1\n +  where 2 = <method object in the sandbox>(2)"),
    _test("test_capacity_one", category="edge", duration_s=0.0021),
    _test("test_zero_capacity_raises[0]", category="error", duration_s=0.0019),
    _test("test_zero_capacity_raises[-1]", Verdict.ERROR, category="error", duration_s=0.0034,
          message="TypeError: '<' not supported between instances of 'str' and 'int'",
          details='Traceback (most recent call last):\n  File "lru_cache.py", line 9, in '
                  "__init__\n    if capacity < 1:\nTypeError: '<' not supported between "
                  "instances of 'str' and 'int'",
          output="debug: capacity=-1\n"),
    _test("test_update_refreshes_recency", Verdict.FAILED, category="trap", duration_s=0.0098,
          message="updating 1 made 2 the least recently used; 2 should go",
          details="assert 2 == -1"),
    _test(f"test_random_keys_match_reference[{SECRET}]", Verdict.FAILED, category="trap",
          duration_s=0.2314, secret=True,
          message=f"case 17: get({SECRET!r}) expected 5, got -1",
          details=f"case 17: get({SECRET!r}) expected 5, got -1\nassert -1 == 5",
          output=f"put {SECRET} 5\n"),
    _test("test_million_operations", Verdict.TIMEOUT, category="scale", duration_s=10.0021,
          message="the test did not finish within 10 s"),
    _test("test_random_operations_match_reference", category="scale", duration_s=0.4187),
]

PROBES = [
    ComplexityResult(
        probe="get_put_mix", measure="time", unit="s", expected="O(1)", detected="O(n)",
        verdict="failed", confidence=0.99, slope=0.97,
        note="each get scans the key list: cost grows with the cache's size",
        sizes=[1000, 2000, 4000, 8000, 16000, 32000],
        submission=[2.1e-05, 4.3e-05, 8.8e-05, 1.71e-04, 3.52e-04, 7.05e-04],
        reference=[1.9e-06, 2.0e-06, 1.9e-06, 2.1e-06, 2.0e-06, 2.2e-06]),
    ComplexityResult(
        probe="evictions", measure="count", unit="comparisons", expected="O(n log n)",
        detected="O(n log n)", verdict="passed", confidence=0.93, slope=0.02,
        sizes=[1024, 4096, 16384, 65536],
        submission=[10240.0, 49152.0, 229376.0, 1048576.0],
        reference=[10240.0, 49152.0, 229376.0, 1048576.0]),
    ComplexityResult(
        probe="memory_per_key", measure="memory", unit="B", expected="O(n)", detected=None,
        verdict="inconclusive", advisory=True,
        note="the submission hit the memory limit at n = 1 000 000",
        sizes=[10000, 100000, 1000000],
        submission=[912000.0, 9280000.0], reference=[1048576.0, 10485760.0, 104857600.0]),
]

_BLOCKS = [
    FunctionComplexity(name="LRUCache", kind="class", line=8, end_line=30, complexity=4,
                       rank="A"),
    FunctionComplexity(name="LRUCache.__init__", kind="method", line=9, end_line=13,
                       complexity=2, rank="A"),
    FunctionComplexity(name="LRUCache.get", kind="method", line=15, end_line=20, complexity=2,
                       rank="A"),
    FunctionComplexity(name="LRUCache.put", kind="method", line=22, end_line=30, complexity=7,
                       rank="B"),
]

QUALITY = QualityReport(
    files=[FileMetrics(
        path="lru_cache.py",
        raw=RawCounts(loc=31, lloc=22, sloc=24, comments=2, multi=3, blank=4, single_comments=0),
        mi=68.42, mi_rank="A",
        halstead=Halstead(distinct_operators=6, distinct_operands=14, total_operators=9,
                          total_operands=17, vocabulary=20, length=26, calculated_length=68.8,
                          volume=112.37, difficulty=3.64, effort=408.6, time=22.7, bugs=0.037),
        blocks=_BLOCKS, average_complexity=3.75)],
    mi=68.42, mi_rank="A", worst_block=_BLOCKS[3],
    lint=LintOutcome(ran=True, select=["E", "F", "W", "B", "UP", "SIM"], findings=[
        LintFinding(file="lru_cache.py", line=3, col=8, code="F401",
                    message="`heapq` imported but unused"),
        LintFinding(file="lru_cache.py", line=26, col=13, code="SIM102",
                    message="Use a single `if` statement instead of nested `if` statements"),
    ]),
    rule_findings=[RuleFinding(rule_id="no-ordereddict", file="lru_cache.py", line=4, col=1,
                               message="from collections import OrderedDict",
                               severity="violation", target="collections.OrderedDict")],
    suspicious_findings=[RuleFinding(rule_id="no-ordereddict", file="lru_cache.py", line=12,
                                     col=22, message="getattr(collections, name)",
                                     severity="suspicious")],
    tamper_signals=[TamperSignal(kind="time-patch", file="lru_cache.py", line=31,
                                 detail="replaces time.perf_counter")],
    docs_typing=DocsTyping(public_functions=2, with_docstring=1, with_type_hints=2,
                           docstring_share=0.5, type_hint_share=1.0,
                           missing_docstring=["lru_cache.py::LRUCache.put"]),
    score=0.7215,
    score_breakdown=QualityBreakdown(
        formula="0.30*mi + 0.25*cc + 0.25*lint + 0.10*doc + 0.10*hints", components=[
        ScoreComponent(name="maintainability", measured=68.42, value=1.0, weight=0.3),
        ScoreComponent(name="complexity", measured="B", value=0.8, weight=0.25),
        ScoreComponent(name="lint", measured=8.33, value=0.1667, weight=0.25),
        ScoreComponent(name="docstrings", measured=0.5, value=0.5, weight=0.1),
        ScoreComponent(name="type_hints", measured=1.0, value=1.0, weight=0.1),
    ]),
)


def sample_report(audience: str = "reviewer") -> Report:
    """The fixed report; the candidate view is made by the renderers, as in the CLI."""
    return Report(
        grader_version="0.1.0", challenge="lru-cache", title="LRU cache", mode="grade",
        audience=audience,
        submission=SubmissionInfo(path="answers/lru_cache.py", module="lru_cache", kind="file",
                                  sha256="3f2a9c0d5e7b1a4c8d6e2f0a9b3c5d7e1f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c",
                                  files=["lru_cache.py"]),
        verdict=Verdict.TIMEOUT,
        reason="5 of 10 tests passed; first timeout: test_million_operations",
        score=53.3,
        score_breakdown=ScoreBreakdown(correctness=0.5, complexity=0.5, quality=0.7215,
                                       weights={"correctness": 0.6, "complexity": 0.25,
                                                "quality": 0.15}),
        tests=TESTS, complexity=PROBES, quality=QUALITY,
        sandbox=SandboxInfo(backend="docker", isolation="docker container: no network, "
                            "read-only root, non-root user, all capabilities dropped",
                            restarts=1),
        output=f"debug: capacity=-1\nput {SECRET} 5\nstarting LRUCache self-check\n",
        duration_s=14.826,
        notes=["2 probes ran on a busy machine; timings may be noisy"],
    )
