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
