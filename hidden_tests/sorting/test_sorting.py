"""Hidden tests for sorting."""

import random

import pytest
from sorting import merge_sort, quick_sort

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")

SORTS = pytest.mark.parametrize("sort", [merge_sort, quick_sort], ids=["merge_sort", "quick_sort"])
DEEP = 3_000  # deeper than the recursion limit; small enough for a quadratic sort to finish


def check(sort, items, want=None):
    want = sorted(items) if want is None else want
    got = sort(list(items))
    assert got == want, f"{sort.__name__}: expected {want}, got {got}"


@basic
@SORTS
def test_small_integers(sort):
    check(sort, [5, 2, 9, 1, 5, 6], [1, 2, 5, 5, 6, 9])


@basic
@SORTS
def test_negative_and_float_values(sort):
    check(sort, [3.5, -2, 0, -7.25, 10, 1e-3], [-7.25, -2, 0, 1e-3, 3.5, 10])


@basic
@SORTS
def test_strings_and_tuples(sort):
    check(sort, ["pear", "Apple", "fig", "apple", ""], ["", "Apple", "apple", "fig", "pear"])
    check(sort, [(2, "b"), (1, "z"), (2, "a"), (1, "a")], [(1, "a"), (1, "z"), (2, "a"), (2, "b")])


@basic
@SORTS
def test_returns_a_list(sort):
    got = sort([3, 1, 2])
    assert isinstance(got, list), f"expected a list, got {type(got).__name__}"
    assert got == [1, 2, 3], f"expected [1, 2, 3], got {got}"


@basic
def test_merge_sort_with_key(harness):
    got = merge_sort([3, -1, 2, -5], key=harness.negated)
    assert got == [3, 2, -1, -5], f"key=negated: expected [3, 2, -1, -5], got {got}"
    got = merge_sort(["b", "C", "a"], key=harness.lowercase)
    assert got == ["a", "b", "C"], f"key=lowercase: expected ['a', 'b', 'C'], got {got}"


@basic
def test_merge_sort_key_none_is_natural_order():
    got = merge_sort([4, 1, 3], key=None)
    assert got == [1, 3, 4], f"key=None: expected [1, 3, 4], got {got}"


@edge
@SORTS
@pytest.mark.parametrize("items", [[], [42], [2, 1], [1, 2]],
                         ids=["empty", "one", "two", "two-sorted"])
def test_tiny_inputs(sort, items):
    check(sort, items)


@edge
@SORTS
def test_already_sorted_reversed_and_equal(sort):
    check(sort, list(range(20)))
    check(sort, list(range(20, 0, -1)))
    check(sort, [4] * 20)
    check(sort, [1, 0] * 10)


@edge
@pytest.mark.parametrize("function", ["merge_sort", "quick_sort"])
def test_returns_a_new_list(harness, function):
    fresh = harness.returns_new_lists(function, [[], [1], [1, 2, 3], [3, 2, 1]])
    assert all(fresh), (
        f"{function} returned the caller's own list object (for inputs of length 0, 1, 3, 3: "
        f"new list = {fresh})")


@trap
def test_merge_sort_is_stable_with_a_key(harness):
    """Seed 7: 400 records with 5 distinct keys; equal keys must keep their input order."""
    rng = random.Random(7)
    records = [(rng.randrange(5), i) for i in range(400)]
    got = merge_sort(records, key=harness.first)
    want = sorted(records, key=lambda r: r[0])
    assert got == want, "records with equal keys changed their relative order"


@trap
def test_merge_sort_is_stable_without_a_key():
    items = [2, 1.0, 0, 1, 2.0, True, 0.0]  # 1.0 == 1 == True and 2 == 2.0 and 0 == 0.0
    got = merge_sort(items)
    want = [0, 0.0, 1.0, 1, True, 2, 2.0]
    assert got == want and [type(x) for x in got] == [type(x) for x in want], (
        f"equal items must keep their order: expected {want}, got {got}")


@trap
def test_merge_sort_stable_by_length(harness):
    words = ["ccc", "a", "bb", "aaa", "c", "b", "ab", "bbb"]
    got = merge_sort(words, key=harness.length)
    want = ["a", "c", "b", "bb", "ab", "ccc", "aaa", "bbb"]
    assert got == want, f"expected {want}, got {got}"


@trap
@SORTS
@pytest.mark.parametrize("shape", ["sorted", "reversed", "all-equal", "two-values"])
def test_deep_inputs_do_not_exhaust_the_recursion_limit(sort, shape):
    items = {"sorted": list(range(DEEP)), "reversed": list(range(DEEP, 0, -1)),
             "all-equal": [5] * DEEP, "two-values": [1, 0] * (DEEP // 2)}[shape]
    got = sort(items)
    assert got == sorted(items), f"{sort.__name__} on {DEEP} {shape} items: wrong order"


@mutation
@SORTS
def test_input_not_mutated(sort):
    items = [9, 3, 7, 1, 8, 2, 8]
    result, args_after, _ = call_and_inspect(sort, items)
    assert args_after[0] == items, f"{sort.__name__} modified its input list"
    assert result == sorted(items), f"expected {sorted(items)}, got {result}"


@mutation
def test_input_not_mutated_with_a_key(harness):
    items = ["kiwi", "fig", "banana", "apple"]
    result, args_after, kwargs_after = call_and_inspect(merge_sort, items, key=harness.length)
    assert args_after[0] == items, "merge_sort modified its input list"
    assert result == ["fig", "kiwi", "apple", "banana"], f"got {result}"


@scale
@SORTS
def test_random_100_000_integers(sort):
    """Seed 100: 100 000 random ints with repeats."""
    rng = random.Random(100)
    items = [rng.randrange(-50_000, 50_000) for _ in range(100_000)]
    got = sort(items)
    assert got == sorted(items), f"{sort.__name__}: 100 000 random ints not sorted correctly"


@scale
@SORTS
def test_random_strings_and_tuples(sort):
    """Seed 21: 5 000 random short strings, then 5 000 (int, str) tuples."""
    rng = random.Random(21)
    words = ["".join(rng.choice("abcde") for _ in range(rng.randint(0, 4))) for _ in range(5_000)]
    assert sort(words) == sorted(words), f"{sort.__name__}: strings not sorted correctly"
    pairs = [(rng.randrange(50), rng.choice(words)) for _ in range(5_000)]
    assert sort(pairs) == sorted(pairs), f"{sort.__name__}: tuples not sorted correctly"


@scale
def test_merge_sort_stable_on_many_records(harness):
    """Seed 55: 20 000 records keyed by one of 100 values."""
    rng = random.Random(55)
    records = [(rng.randrange(100), i) for i in range(20_000)]
    got = merge_sort(records, key=harness.first)
    assert got == sorted(records, key=lambda r: r[0]), "20 000 records: not a stable sort by key"
