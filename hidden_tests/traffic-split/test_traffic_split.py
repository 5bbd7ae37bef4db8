"""Hidden tests for traffic-split.

Users are "user-0" .. "user-(n-1)"; bulk assignments run in the harness (one
call each). The hash is the candidate's choice, so assignments are never
compared with the reference's: the tests check the split's properties.
"""

import pytest
from traffic_split import assign_variant

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
error = pytest.mark.category("error")
mutation = pytest.mark.category("mutation")

N = 100_000


def shares(counts, n):
    return {v: c / n for v, c in counts.items()}


def ramp(weights, variant, new_weight):
    """Raise `variant` to new_weight; the others shrink in proportion (same key order)."""
    factor = (1 - new_weight) / (1 - weights[variant])
    return {v: (new_weight if v == variant else w * factor) for v, w in weights.items()}


def assert_only_moves_into(moves, variant, what):
    wrong = {k: c for k, c in moves.items()
             if k.split(">")[0] != k.split(">")[1] and k.split(">")[1] != variant}
    assert not wrong, f"{what}: users may only move into {variant!r}, but moved {wrong}"


@basic
def test_returns_one_of_the_variants():
    weights = {"a": 0.25, "b": 0.25, "c": 0.5}
    got = {assign_variant(f"u{i}", weights) for i in range(50)}
    assert got <= set(weights), f"returned names that are not variants: {got - set(weights)}"
    assert got == set(weights), f"50 users should reach all three variants, got {sorted(got)}"


@basic
def test_same_user_same_variant():
    weights = {"a": 0.5, "b": 0.5}
    first = [assign_variant(f"u{i}", weights, "s") for i in range(30)]
    again = [assign_variant(f"u{i}", weights, "s") for i in range(30)]
    assert again == first, "the same user, weights and salt gave different variants"


@basic
@pytest.mark.parametrize("weights", [
    {"model-a": 0.9, "model-b": 0.1},
    {"a": 0.4, "b": 0.25, "c": 0.2, "d": 0.15},
])
def test_shares_within_one_point_for_100k_users(harness, weights):
    got = shares(harness.counts(N, weights), N)
    off = {v: round(got.get(v, 0.0), 4) for v, w in weights.items()
           if abs(got.get(v, 0.0) - w) > 0.01}
    assert not off, f"shares more than 1 point from the weights {weights}: {off}"


@basic
def test_single_variant_gets_everyone(harness):
    got = harness.counts(2000, {"only": 1.0})
    assert got == {"only": 2000}, f"expected every user on 'only', got {got}"


@trap
def test_same_answers_in_processes_with_other_hash_seeds(worker, harness):
    ids = harness.users(2000)
    weights = {"control": 0.5, "treatment": 0.3, "holdout": 0.2}
    runs = {"this worker": harness.assign_many(ids, weights, "exp")}
    try:
        for seed in ("1", "2"):
            worker.restart(env={"PYTHONHASHSEED": seed})
            runs[f"PYTHONHASHSEED={seed}"] = worker.harness_proxy.assign_many(ids, weights, "exp")
    finally:
        worker.restart(env={})
    names = list(runs)
    for name in names[1:]:
        differ = sum(a != b for a, b in zip(runs[names[0]], runs[name], strict=True))
        assert differ == 0, (f"{differ} of {len(ids)} users got another variant under {name} "
                             f"than in {names[0]}: the split must not depend on the salted hash()")


@trap
@pytest.mark.parametrize("weights, salts", [
    ({"x": 0.7, "y": 0.3}, ("exp-1", "exp-2")),
    ({"a": 0.5, "b": 0.3, "c": 0.2}, ("", "checkout-test")),
])
def test_different_salts_are_independent(harness, weights, salts):
    got = shares(harness.joint_counts(N // 2, weights, *salts), N // 2)
    off = {}
    for x, wx in weights.items():
        for y, wy in weights.items():
            share = got.get(f"{x}|{y}", 0.0)
            if abs(share - wx * wy) > 0.01:
                off[f"{x}|{y}"] = (round(share, 4), round(wx * wy, 4))
    assert not off, (f"salts {salts!r}: joint shares (got, independent) more than 1 point "
                     f"apart: {off}")


@trap
@pytest.mark.parametrize("variant", ["a", "b", "c"])
def test_canary_ramp_only_moves_users_into_the_raised_variant(harness, variant):
    start = {"a": 0.6, "b": 0.3, "c": 0.1}
    before = start
    for new_weight in (0.8, 1.0):
        after = ramp(before, variant, new_weight)
        moves = harness.transitions(10_000, before, after, "ramp")
        assert_only_moves_into(moves, variant, f"{before} -> {after}")
        before = after
    assert set(moves) <= {f"{v}>{variant}" for v in start}, "at weight 1 everyone is in it"


@trap
def test_canary_ramp_with_four_variants(harness):
    before = {"w": 0.4, "x": 0.3, "y": 0.2, "z": 0.1}
    for variant, new_weight in (("x", 0.5), ("z", 0.2), ("w", 0.45)):
        after = ramp(before, variant, new_weight)
        moves = harness.transitions(10_000, before, after, "four")
        assert_only_moves_into(moves, variant, f"{before} -> {after}")
        grown = sum(c for k, c in moves.items() if k.endswith(f">{variant}")) / 10_000
        assert abs(grown - new_weight) <= 0.02, \
            f"after raising {variant!r} to {new_weight}, its share is {grown:.3f}"
        before = after


@trap
def test_zero_weight_gets_no_users(harness):
    weights = {"on": 0.95, "off": 0.0, "x": 0.05}
    got = harness.counts(10_000, weights)
    assert got.get("off", 0) == 0, f"a zero-weight variant got {got.get('off')} users"
    assert set(got) == {"on", "x"}, f"expected users only on 'on' and 'x', got {got}"


@edge
@pytest.mark.parametrize("weights", [
    {f"v{i}": 0.1 for i in range(10)},
    {"a": 0.7, "b": 0.2, "c": 0.1},
    {"a": 0.5, "b": 0.5 + 4e-10},
    {"a": 0.5, "b": 0.5 - 4e-10},
])
def test_sums_within_tolerance_are_accepted(weights):
    got = assign_variant("user-1", weights)
    assert got in weights, f"expected one of the variants for a sum of " \
                           f"{sum(weights.values())!r}, got {got!r}"


@edge
def test_default_salt_is_empty_string(harness):
    ids = harness.users(300)
    weights = {"a": 0.5, "b": 0.5}
    assert harness.assign_many(ids, weights) == harness.assign_many(ids, weights, ""), \
        "assign_variant(u, w) must equal assign_variant(u, w, '')"


@edge
def test_unusual_user_ids():
    weights = {"a": 0.5, "b": 0.5}
    for user in ["", " ", "ユーザー", "user\n1", "x" * 10_000]:
        got = assign_variant(user, weights)
        assert got in weights, f"user {user[:20]!r}: expected 'a' or 'b', got {got!r}"
        assert assign_variant(user, weights) == got, f"user {user[:20]!r} changed variant"


@error
@pytest.mark.parametrize("weights", [
    {},
    {"a": 1.5, "b": -0.5},
    {"a": -0.2, "b": 0.6, "c": 0.6},
    {"a": 0.5, "b": 0.4},
    {"a": 0.6, "b": 0.5},
    {"a": 1 + 1e-6},
    {"a": 0.5, "b": 0.5 - 1e-6},
    {"a": 0.0},
], ids=["empty", "negative", "negative-3", "sum-0.9", "sum-1.1", "sum-1+1e-6",
        "sum-1-1e-6", "all-zero"])
def test_bad_weights_raise_value_error(weights):
    with pytest.raises(ValueError):
        assign_variant("user-1", weights)


@mutation
def test_weights_are_not_modified():
    weights = {"a": 0.45, "off": 0.0, "b": 0.55}
    _, args_after, _ = call_and_inspect(assign_variant, "user-9", weights, "salt")
    assert args_after[1] == weights, f"weights changed from {weights} to {args_after[1]}"
    assert list(args_after[1]) == list(weights), "the order of the weights' keys changed"
