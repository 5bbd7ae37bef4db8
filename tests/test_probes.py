"""Complexity probes: the classifier on exact curves, and whole grades through the CLI."""

import math
import random

import pytest
from conftest import FIXTURES, REPO

from grader.bank.complexity import relative_slope
from grader.stages.complexity.classify import fit_ratio, judge

SIZES = [1000, 2000, 4000, 8000, 16000, 32000, 64000]


def noisy(values, rng, spread):
    return [v * (1 + spread * rng.random()) for v in values]


def test_relative_slopes_of_the_classes():
    assert relative_slope("O(n)", "O(n)", SIZES) == 0
    assert relative_slope("O(n^2)", "O(n)", SIZES) == pytest.approx(1.0)
    assert 0.05 < relative_slope("O(n log n)", "O(n)", SIZES) < 0.2


def test_counts_tell_n_from_n_log_n():
    """Heapify: bottom-up needs ~2n comparisons, n pushes of a descending input ~n log2 n."""
    ref = [2 * n for n in SIZES]
    pushes = [n * math.log2(n) for n in SIZES]
    bad = judge(fit_ratio(SIZES, pushes, ref, 1.0), "O(n)", SIZES, "count")
    assert (bad.verdict, bad.detected) == ("failed", "O(n log n)")
    good = judge(fit_ratio(SIZES, [1.9 * n + 7 for n in SIZES], ref, 1.0), "O(n)", SIZES,
                 "count")
    assert (good.verdict, good.detected) == ("passed", "O(n)")


def test_quadratic_time_fails_and_a_slower_constant_passes():
    rng = random.Random(5)
    ref = noisy([n * 1e-7 for n in SIZES], rng, 0.2)
    quadratic = noisy([n * n * 1e-10 for n in SIZES], rng, 0.2)
    slower_constant = noisy([n * 5e-7 for n in SIZES], rng, 0.2)
    assert judge(fit_ratio(SIZES, quadratic, ref, 1e-9), "O(n)", SIZES, "time").verdict == "failed"
    assert judge(fit_ratio(SIZES, slower_constant, ref, 1e-9), "O(n)", SIZES,
                 "time").verdict == "passed"


def test_one_disturbed_size_does_not_flip_the_call():
    ref = [n * 1e-7 for n in SIZES]
    sub = [n * 1e-7 for n in SIZES]
    sub[3] *= 8  # another process took the core for this size
    assert judge(fit_ratio(SIZES, sub, ref, 1e-9), "O(n)", SIZES, "time").verdict == "passed"


def test_pure_noise_is_inconclusive_not_a_verdict():
    rng = random.Random(11)
    ref = [n * 1e-7 for n in SIZES]
    sub = [n * 1e-7 * math.exp(rng.gauss(0, 1.2)) * (n / 1000) ** 0.45 for n in SIZES]
    result = judge(fit_ratio(SIZES, sub, ref, 1e-9), "O(n)", SIZES, "time")
    assert result.verdict == "inconclusive" and "too noisy" in result.note


def probe(report):
    (only,) = report["complexity"]
    return only


def test_reference_passes_its_probe_and_a_linear_scan_fails(run, docker_ready):
    ref = run("grade", "lru-cache", str(REPO / "hidden_tests/lru-cache/reference.py"),
              "--format", "json", "--sandbox", "docker")
    assert ref.code == 0, ref
    p = probe(ref.json)
    assert p["verdict"] == "passed" and p["expected"] == "O(n)" and len(p["sizes"]) >= 4
    assert len(p["submission"]) == len(p["reference"]) == len(p["sizes"])

    slow = run("grade", "lru-cache", str(REPO / "hidden_tests/lru-cache/known_bad/linear_scan.py"),
               "--format", "json", "--sandbox", "docker")
    assert slow.code == 1
    report = slow.json
    assert report["verdict"] == "failed"
    assert all(t["verdict"] == "passed" for t in report["tests"])
    assert probe(report)["verdict"] == "failed" and probe(report)["detected"] == "O(n^2)"
    assert "probe get-put" in report["reason"]


def test_a_faked_clock_does_not_make_a_slow_answer_fast(run):
    result = run("grade", "lru-cache", str(FIXTURES / "lru" / "fakes_its_clock.py"),
                 "--format", "json", "--sandbox", "local")
    assert probe(result.json)["verdict"] == "failed", probe(result.json)


def test_probes_off_and_check_mode_skip_probes(run):
    path = str(REPO / "examples" / "lru_cache.py")
    assert run("grade", "lru-cache", path, "--format", "json", "--sandbox", "local",
               "--probes", "off").json["complexity"] == []
    assert run("check", "lru-cache", path, "--format", "json",
               "--sandbox", "local").json["complexity"] == []


# -- issue 16: a probe call is a test; what the sandbox reports is cross-checked ----------------

def test_a_probe_result_is_compared_with_the_references():
    from grader.stages.complexity.check import same

    assert same([1, 2, 3], [1, 2, 3]) is None
    assert same([0.1 + 0.2], [0.3]) is None  # another correct order of summation
    assert "item 1" in same([1, 3, 2], [1, 2, 3])
    assert "2 items where the reference gave 3" in same([1, 2], [1, 2, 3])
    assert same(None, [1]) is not None and same({"a": 1}, {"a": 2}) is not None


def _ladder(**fields):
    from grader.stages.complexity.measure import Ladder

    sizes = [1000, 2000, 4000, 8000]
    base = dict(sizes=sizes, sub=[float(n) for n in sizes], ref=[float(n) for n in sizes],
                sub_cpu=[n * 1e-6 for n in sizes], ref_cpu=[n * 1e-6 for n in sizes],
                sub_peak=[None] * 4, ref_peak=[None] * 4, load=1.5)
    return Ladder(**{**base, **fields})


def test_counts_the_kernel_cannot_explain_are_tampering():
    from grader.stages.complexity.classify import COUNT_TOLERANCE, tampering

    assert tampering("count", _ladder()) == ""
    # The same counts as the reference, 20x its CPU time: the counter was put back.
    forged = _ladder(sub_cpu=[n * 20e-6 for n in (1000, 2000, 4000, 8000)])
    assert "tampering" in tampering("count", forged)
    # Fewer counted operations and a little more CPU (copying a list): honest.
    copy = _ladder(sub=[0.0] * 4, sub_cpu=[n * 3e-6 for n in (1000, 2000, 4000, 8000)])
    assert tampering("count", copy) == ""
    # More counts explain more CPU time, up to the tolerance.
    slower = _ladder(sub=[n * 4.0 for n in (1000, 2000, 4000, 8000)],
                     sub_cpu=[n * 4e-6 * (COUNT_TOLERANCE - 1) for n in (1000, 2000, 4000, 8000)])
    assert tampering("count", slower) == ""


def test_memory_the_kernel_saw_but_tracemalloc_did_not_is_tampering():
    from grader.stages.complexity.classify import tampering

    mib = 2 ** 20
    honest = _ladder(sub=[0.0] * 4, ref=[0.0] * 4, sub_peak=[0, 0, 0, 1 * mib],
                     ref_peak=[0, 0, 0, 0])
    assert tampering("memory", honest) == ""
    hidden = _ladder(sub=[0.0] * 4, ref=[0.0] * 4, sub_peak=[0, 0, 0, 20 * mib],
                     ref_peak=[0, 0, 0, 0])
    assert "tampering" in tampering("memory", hidden)
    claimed = _ladder(sub=[0, 0, 0, 8.0 * mib], ref=[0.0] * 4, sub_peak=[0, 0, 0, 20 * mib],
                      ref_peak=[0, 0, 0, 0])
    assert tampering("memory", claimed) == ""


def test_a_wrong_call_fails_the_probe_and_keeps_the_sizes_measured():
    from grader.bank.spec import ProbeSpec
    from grader.stages.complexity import _result

    spec = ProbeSpec(name="p", target="m.f", inputs="i", sizes=[1000, 2000, 4000, 8000, 16000],
                     expected="O(n)")
    ladder = _ladder(sizes=[1000, 2000, 4000], sub=[1.0] * 3, ref=[1.0] * 3, sub_cpu=[None] * 3,
                     ref_cpu=[None] * 3, sub_peak=[None] * 3, ref_peak=[None] * 3,
                     wrong="n=8000: the call raised ValueError: no")
    result = _result(spec, ladder)
    assert result.verdict == "failed" and "n=8000" in result.note
    assert result.sizes == [1000, 2000, 4000] and result.load == 1.5
    # Where the reference failed, the grader cannot judge: inconclusive, never failed.
    ladder.wrong, ladder.problem = "", "n=8000: the reference failed: boom"
    assert _result(spec, ladder).verdict == "inconclusive"


def test_the_kernel_accounts_the_sandbox_cpu_and_memory(backend):
    """cpu_time_ns and the memory peak read the kernel's accounting of a real sandbox, on
    both backends: a busy call adds CPU time, a big allocation raises the peak."""
    from grader.bank.spec import Limits
    from grader.isolation.backends import BACKENDS
    from grader.isolation.session import WorkerSession

    source = ("def spin(n):\n    return sum(i * i for i in range(n))\n\n"
              "def hold(mb):\n    return len(bytearray(mb * 2 ** 20))\n")
    backend_obj = BACKENDS[backend].configured([], None)
    with WorkerSession(backend_obj, Limits(), {"m.py": source}, "m") as session:
        sandbox = session.sandbox
        before = sandbox.cpu_time_ns()
        session.module.spin(3_000_000)
        assert sandbox.cpu_time_ns() - before > 50_000_000  # > 50 ms of a ~0.2 s loop
        start = sandbox.reset_memory_peak()
        assert start is not None
        session.module.hold(64)
        assert sandbox.memory_peak() - start > 48 * 2 ** 20


def test_a_retry_keeps_each_sizes_lower_figure_and_climbs_further():
    from grader.stages.complexity.measure import Ladder, _merge

    old = Ladder(sizes=[1, 2, 3], sub=[5.0, 6.0, 7.0], ref=[1.0, 2.0, 3.0], sub_seen=[0.0] * 3,
                 sub_cpu=[5.0, 6.0, 7.0], ref_cpu=[1.0, 2.0, 3.0], sub_peak=[None] * 3,
                 ref_peak=[None] * 3, repeats=[3, 3, 3], stopped="stopped before n=4", load=2.0)
    new = Ladder(sizes=[1, 2, 3, 4], sub=[4.0, 9.0, 7.0, 8.0], ref=[1.5, 1.0, 3.0, 4.0],
                 sub_seen=[0.0] * 4, sub_cpu=[4.0, 9.0, 7.0, 8.0], ref_cpu=[1.5, 1.0, 3.0, 4.0],
                 sub_peak=[None] * 4, ref_peak=[None] * 4, repeats=[6, 6, 6, 6], load=3.0)
    merged = _merge(old, new)
    assert merged.sizes == [1, 2, 3, 4]
    assert merged.sub == [4.0, 6.0, 7.0, 8.0] and merged.ref == [1.0, 1.0, 3.0, 4.0]
    assert merged.repeats == [9, 9, 9, 6] and merged.load == 3.0 and merged.stopped == ""


def test_three_clearly_quadratic_sizes_fail_and_three_flat_ones_stay_open():
    """What a submission let be measured before it raised or ran out of budget counts: three
    sizes can show a clearly worse growth, never a pass."""
    from grader.bank.spec import ProbeSpec
    from grader.stages.complexity import _result

    spec = ProbeSpec(name="p", target="m.f", inputs="i", sizes=[500, 1000, 2000, 4000],
                     expected="O(n log n)")
    sizes = [500, 1000, 2000]
    none = [None] * 3
    quadratic = _ladder(sizes=sizes, sub=[n * n * 1e-8 for n in sizes],
                        ref=[n * 1e-6 for n in sizes], sub_cpu=none, ref_cpu=none,
                        sub_peak=none, ref_peak=none)
    assert _result(spec, quadratic).verdict == "failed"
    flat = _ladder(sizes=sizes, sub=[n * 3e-6 for n in sizes], ref=[n * 1e-6 for n in sizes],
                   sub_cpu=none, ref_cpu=none, sub_peak=none, ref_peak=none)
    assert _result(spec, flat).verdict == "inconclusive"
