"""Answers that bend the complexity probes from inside the sandbox fail them (issue 16).

Each is a known-bad answer of the bank plus a few lines that game one kind of probe:
the time probes' result (wrong when timed), an exception or junk on the protocol at the
probe's sizes only, a count forged inside the sandbox, memory hidden from tracemalloc.
Graded through the real CLI on Docker (the kernel's accounting of the container is the
outside figure); with busy loops beside it for the time probe. Each asserts the probe's
verdict and note (the grade's verdict is "failed" through the probe).
"""

import json

import pytest
from conftest import REPO

GAMING = REPO / "tests" / "hostile" / "probe_gaming"


# The hidden tests of one light category run (-k): these answers are the bank's known-bad
# ones, whose slow paths can time out a heavier test on a busy machine, and a failed test
# would skip the probes this file is about. The verdict stays "failed" for the probe.
LIGHT = ("-k", "basic")


def grade(run, challenge: str, answer: str, *extra: str) -> dict:
    result = run("grade", challenge, str(GAMING / answer), "--sandbox", "docker",
                 "--format", "json", *LIGHT, *extra)
    assert result.out.startswith("{"), result.err[-2000:]
    report = json.loads(result.out)
    report["exit"] = result.code
    return report


def probe(report: dict, name: str) -> dict:
    return next(p for p in report["complexity"] if p["probe"] == name)


@pytest.mark.slow
def test_time_probe_result_is_checked_like_a_test(run, docker_ready, busy_machine):
    """(a) The O(n^2) quick sort returning its input unsorted when the call is timed (was
    "passed 97.5")."""
    report = grade(run, "sorting", "sort_unsorted_when_timed.py")
    assert report["exit"] == 1 and report["verdict"] == "failed"
    random_items = probe(report, "quick-sort-random")
    assert random_items["verdict"] == "failed"
    assert "wrong result" in random_items["note"] and "n=500" in random_items["note"]
    assert random_items["load"] is not None and random_items["load"] > 0


@pytest.mark.slow
def test_time_probe_exception_at_large_sizes_fails(run, docker_ready):
    """(b) The same sort raising on ordered inputs of 4,000+ items (was "passed 96.8"): the
    ordered shapes' probes fail (raised, or too slow before it), none passes, and the sizes
    measured are kept and shown."""
    report = grade(run, "sorting", "sort_raises_on_big_ordered.py")
    assert report["exit"] == 1 and report["verdict"] == "failed"
    ordered = [probe(report, f"quick-sort-{shape}") for shape in ("sorted", "reversed",
                                                                  "all-equal")]
    assert all(p["verdict"] != "passed" for p in ordered), ordered
    assert any(p["verdict"] == "failed" for p in ordered), ordered
    assert all(len(p["submission"]) == len(p["reference"]) == len(p["sizes"])
               for p in ordered)
    assert any(p["sizes"] for p in ordered)


@pytest.mark.slow
def test_time_probe_protocol_junk_fails(run, docker_ready):
    """(b) Junk on the protocol channel during a probe's call fails the probe (the hidden
    tests, which are not timed, all pass)."""
    report = grade(run, "sorting", "sort_junk_on_protocol.py")
    assert all(t["verdict"] == "passed" for t in report["tests"])
    assert report["exit"] == 1 and report["verdict"] == "failed"
    random_items = probe(report, "quick-sort-random")
    assert random_items["verdict"] == "failed" and "n=1000" in random_items["note"]
    assert random_items["sizes"] == [500]  # measured before the junk, kept


@pytest.mark.slow
def test_count_probe_forged_counter_fails(run, docker_ready):
    """(c) The O(n) heap pop that saves and restores the harness's comparison counter around
    each scan (was "passed 98.0"): its counts disagree with the kernel's CPU time."""
    report = grade(run, "min-heap", "heap_pop_hides_its_scans.py")
    assert report["exit"] == 1 and report["verdict"] == "failed"
    push_pop = probe(report, "push-pop")
    assert push_pop["verdict"] == "failed" and "tampering" in push_pop["note"]


@pytest.mark.slow
def test_count_probe_exception_fails(run, docker_ready):
    """(b) for a count probe: the O(n) pop raising once the probe's heap passes 8,000."""
    report = grade(run, "min-heap", "heap_raises_on_big_heaps.py", "--probes", "full")
    assert report["exit"] == 1 and report["verdict"] == "failed"
    push_pop = probe(report, "push-pop")
    assert push_pop["verdict"] == "failed"
    assert "RuntimeError" in push_pop["note"] or "too slow" in push_pop["note"]


@pytest.mark.slow
def test_memory_probe_hidden_from_tracemalloc_fails(run, docker_ready):
    """(c) for a memory probe: an O(n) visited set with tracemalloc made to report nothing;
    the kernel's peak memory of the container gives it away."""
    report = grade(run, "linked-list-cycle", "cycle_set_hides_its_memory.py")
    assert report["exit"] == 1 and report["verdict"] == "failed"
    memory = probe(report, "extra-memory")
    assert memory["verdict"] == "failed" and "tampering" in memory["note"]
    assert memory["sizes"][-1] == 256000


@pytest.mark.slow
def test_memory_probe_exception_fails(run, docker_ready):
    """(b) for a memory probe: an answer raising on lists of 16,000+ nodes in a probe."""
    report = grade(run, "linked-list-cycle", "cycle_raises_on_long_lists.py")
    assert report["exit"] == 1 and report["verdict"] == "failed"
    memory = probe(report, "extra-memory")
    assert memory["verdict"] == "failed" and "OverflowError" in memory["note"]
    assert memory["sizes"][:4] == [1000, 2000, 4000, 8000]  # measured before it, kept


# The reference, changed only where the hidden tests' "basic" sizes cannot see it (the probes'
# sizes start above them): (challenge, the reference's text, what replaces it, probe, why).
WRONG_WHEN_LARGE = [
    ("sliding-window-max",  # the last maximum off by one: as many maxima as the reference's
     "            result.append(nums[window[0]])\n    return result",
     "            result.append(nums[window[0]])\n    if len(nums) >= 1500:\n"
     "        result[-1] += 1\n    return result",
     "half-width-window", "where the reference gave"),
    ("graph-traversal",  # every reachable node once, the last two swapped
     "                queue.append(nxt)\n    return order",
     "                queue.append(nxt)\n    if len(order) >= 1500:\n"
     "        order[-1], order[-2] = order[-2], order[-1]\n    return order",
     "bfs-star-graph", "where the reference gave"),
    ("longest-increasing-subsequence",  # as long as the longest, but decreasing
     "    out.reverse()\n    return out",
     "    if len(nums) < 1000:\n        out.reverse()\n    return out",
     "subsequence-random", "not strictly increasing"),
]


@pytest.mark.slow
@pytest.mark.parametrize("challenge, old, new, probe_name, why", WRONG_WHEN_LARGE,
                         ids=[case[0] for case in WRONG_WHEN_LARGE])
def test_time_probe_checks_the_whole_result(run, docker_ready, tmp_path, challenge, old, new,
                                            probe_name, why):
    """Answers right on the hidden tests' sizes and wrong at the probe's, with a result of the
    right length: the probe targets return whole results, not their lengths."""
    reference = (REPO / "hidden_tests" / challenge / "reference.py").read_text()
    assert reference.count(old) == 1, "the reference changed: update WRONG_WHEN_LARGE"
    answer = tmp_path / "answer.py"
    answer.write_text(reference.replace(old, new))
    report = grade(run, challenge, str(answer))
    assert report["verdict"] == "failed" and report["exit"] == 1
    found = probe(report, probe_name)
    assert found["verdict"] == "failed"
    assert "wrong result" in found["note"] and why in found["note"], found["note"]
