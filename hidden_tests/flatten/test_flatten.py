"""Hidden tests for flatten."""

import random

import pytest
from flatten import flatten

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")

DEEP = 100_000
# Peak memory allowed to iter_flatten while it yields 10**6 leaves: the output
# alone would take 8 MB; an O(depth) iterator needs a few hundred bytes.
LAZY_PEAK_BYTES = 256 * 1024


def random_nested(rng, leaves, max_depth):
    """A random nested list (depth <= max_depth) with `leaves` leaves of mixed types."""
    root = []
    stack = [root]
    pool = [0, -1, 2.5, "s", "", None, True, (1, 2), b"b", ("t", [1])]
    for i in range(leaves):
        r = rng.random()
        if r < 0.15 and len(stack) < max_depth:
            inner = []
            stack[-1].append(inner)
            stack.append(inner)
        elif r < 0.3 and len(stack) > 1:
            stack.pop()
        elif r < 0.33:
            stack[-1].append([])
        stack[-1].append(pool[i % len(pool)] if rng.random() < 0.2 else i)
    return root


def typed(values):
    """Values with their type names, so that 0 / False / 0.0 are told apart."""
    return [(type(v).__name__, v) for v in values]


# -- basic -------------------------------------------------------------------------
CASES = [
    ([1, 2, 3], [1, 2, 3]),
    ([1, [2, [3, 4], 5], [[6]], 7], [1, 2, 3, 4, 5, 6, 7]),
    ([[1, 2], [3, [4, [5, [6]]]]], [1, 2, 3, 4, 5, 6]),
    ([[[["a"]]], "b", [["c"], "d"]], ["a", "b", "c", "d"]),
    ([[], 1, [[], [2, []]], []], [1, 2]),
]


@basic
@pytest.mark.parametrize("nested, want", CASES)
def test_flatten_cases(nested, want):
    got = flatten(nested)
    assert got == want, f"flatten({nested!r}): expected {want!r}, got {got!r}"


@basic
@pytest.mark.parametrize("nested, want", CASES)
def test_iter_flatten_cases(harness, nested, want):
    got = harness.collect(nested)["items"]
    assert got == want, f"list(iter_flatten({nested!r})): expected {want!r}, got {got!r}"


@basic
def test_flatten_returns_a_list():
    got = flatten([[1], 2])
    assert type(got) is list, f"flatten must return a list, got {type(got).__name__}"


@basic
def test_iter_flatten_returns_an_iterator(harness):
    report = harness.collect([[1], 2])
    assert report["is_iterator"], "iter_flatten must return an iterator (a generator)"


# -- edge --------------------------------------------------------------------------
@edge
@pytest.mark.parametrize("nested", [[], [[]], [[], [[]], [[[]]]]])
def test_empty_lists_give_nothing(harness, nested):
    assert flatten(nested) == [], f"flatten({nested!r}) should be []"
    got = harness.collect(nested)["items"]
    assert got == [], f"iter_flatten({nested!r}) should yield nothing, got {got!r}"


LEAVES = [(1, [2]), "abc", "", b"xy", {"k": [1, 2]}, {3, 4}, None, 0, False, 0.0,
          frozenset({5}), ("t",), 1 + 2j]


@edge
def test_non_list_values_are_leaves():
    nested = [LEAVES[:4], [[LEAVES[4:9]]], LEAVES[9:]]
    got = flatten(nested)
    assert typed(got) == typed(LEAVES), f"expected {LEAVES!r}, got {got!r}"


@edge
def test_non_list_values_are_leaves_lazily(harness):
    nested = [[LEAVES[:6]], LEAVES[6:]]
    got = harness.collect(nested)["items"]
    assert typed(got) == typed(LEAVES), f"expected {LEAVES!r}, got {got!r}"


@edge
def test_strings_are_not_split():
    got = flatten(["hello", ["w", ["orld"]], "x"])
    assert got == ["hello", "w", "orld", "x"], f"strings are leaves; got {got!r}"


@edge
def test_tuples_holding_lists_stay_whole():
    got = flatten([([1, [2]], 3), [[(4,)]]])
    assert got == [([1, [2]], 3), (4,)], f"tuples are leaves, even around lists; got {got!r}"


@edge
def test_nesting_150_levels_as_data(harness):
    nested = ["end"]
    for level in range(150):
        nested = [level, nested, -level - 1]
    want = list(range(149, -1, -1)) + ["end"] + [-level - 1 for level in range(150)]
    assert flatten(nested) == want, "a 150-level nesting was flattened wrongly"
    assert harness.collect(nested)["items"] == want, "iter_flatten: 150 levels flattened wrongly"


# -- trap: the seeds' recursive answers fail at depth 100 000 ----------------------------
def deep_expected(depth, every):
    levels = list(range(0, depth, every))
    return levels + ["bottom"] + [("after", level) for level in reversed(levels)]


@trap
def test_flatten_depth_100000(harness):
    report = harness.deep_flatten(DEEP, 1000, False)
    assert report["depth"] == DEEP + 1, "flatten changed the nesting of its input"
    want = deep_expected(DEEP, 1000)
    got = report["items"]
    assert got == want, (f"depth {DEEP}: expected {len(want)} leaves "
                         f"starting {want[:3]!r}, got {len(got)} starting {got[:3]!r}")


@trap
def test_iter_flatten_depth_100000(harness):
    report = harness.deep_flatten(DEEP, 1000, True)
    want = deep_expected(DEEP, 1000)
    got = report["items"]
    assert got == want, (f"depth {DEEP}: expected {len(want)} leaves "
                         f"starting {want[:3]!r}, got {len(got)} starting {got[:3]!r}")


@trap
def test_iter_flatten_depth_100000_first_items(harness):
    got = harness.deep_first_item(DEEP)
    assert got == ["bottom", "second"], f"expected ['bottom', 'second'], got {got!r}"


# -- mutation ----------------------------------------------------------------------
@mutation
def test_flatten_leaves_input_unchanged():
    nested = [1, [2, [3, [4, 5]], []], [[6], 7], "x", (8, [9])]
    snapshot = [1, [2, [3, [4, 5]], []], [[6], 7], "x", (8, [9])]
    result, args_after, _ = call_and_inspect(flatten, nested)
    assert result == [1, 2, 3, 4, 5, 6, 7, "x", (8, [9])], f"wrong result {result!r}"
    assert args_after[0] == snapshot, f"the input was modified: {args_after[0]!r}"


@mutation
def test_iter_flatten_leaves_input_unchanged(harness):
    nested = [1, [2, [3, [4, 5]], []], [[6], 7], "x"]
    report = harness.collect(nested)
    assert report["items"] == [1, 2, 3, 4, 5, 6, 7, "x"], f"wrong leaves {report['items']!r}"
    assert report["unchanged"], "iter_flatten modified its input"


@mutation
def test_deep_inputs_unchanged(harness):
    eager = harness.deep_flatten(DEEP, 5000, False)
    lazy = harness.deep_flatten(DEEP, 5000, True)
    assert eager["unchanged"], "flatten modified a 100 000-deep input"
    assert lazy["unchanged"], "iter_flatten modified a 100 000-deep input"


@mutation
def test_random_inputs_unchanged():
    """Seed 77: random nestings come back unchanged after flatten."""
    rng = random.Random(77)
    for _ in range(5):
        nested = random_nested(rng, 300, 12)
        _, args_after, _ = call_and_inspect(flatten, nested)
        assert args_after[0] == nested, "flatten modified a random nested input"


# -- scale -------------------------------------------------------------------------
@scale
def test_random_nestings_match_reference(reference, harness):
    """Seed 2024: 30 random nestings (up to 40 levels) against the reference."""
    rng = random.Random(2024)
    for case in range(30):
        nested = random_nested(rng, rng.randrange(1, 400), 40)
        want = reference.flatten(nested)
        got = flatten(nested)
        assert got == want, f"case {case}: flatten differs from the expected leaves"
        got_lazy = harness.collect(nested)["items"]
        assert got_lazy == want, f"case {case}: iter_flatten differs from the expected leaves"


@scale
def test_large_input_matches_reference(reference, harness):
    """Seed 5: 20 000 leaves nested up to 100 levels."""
    rng = random.Random(5)
    nested = random_nested(rng, 20_000, 100)
    want = reference.flatten(nested)
    assert flatten(nested) == want, "flatten differs on a 20 000-leaf input"
    assert harness.drain(nested) == len(want), "iter_flatten yields a wrong number of leaves"


@scale
@pytest.mark.parametrize("shape", ["square", "balanced"])
def test_iter_flatten_does_not_build_the_output(harness, shape):
    report = harness.iter_peak(shape, 1_000_000 if shape == "square" else 2 ** 18)
    assert report["count"] in (1_000_000, 2 ** 18), f"yielded {report['count']} leaves"
    assert report["peak"] < LAZY_PEAK_BYTES, (
        f"iter_flatten used {report['peak']} bytes at its peak over {report['count']} "
        f"leaves ({shape} nesting); a lazy O(depth) iterator needs far less")


@scale
def test_iter_flatten_does_not_copy_a_wide_list(harness):
    report = harness.iter_peak("flat", 1_000_000)
    assert report["count"] == 1_000_000, f"yielded {report['count']} leaves"
    assert report["peak"] < LAZY_PEAK_BYTES, (
        f"iter_flatten used {report['peak']} bytes at its peak on a flat list of 10**6 "
        "leaves: it copies the list (or the output); extra memory must stay O(depth)")


@scale
def test_first_item_is_yielded_without_reading_everything(harness):
    report = harness.first_item_peak(1_000_000)
    assert report["count"] == 1
    assert report["peak"] < LAZY_PEAK_BYTES, (
        f"taking the first leaf used {report['peak']} bytes: iter_flatten is not lazy")
