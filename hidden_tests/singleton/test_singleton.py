"""Hidden tests for singleton.

The classes live in the harness (sg_harness), built from the submission's
SingletonMeta; races are forced there (barrier, 1 microsecond switch interval,
an __init__ that sleeps or yields), so a missing lock fails every time.
"""

import pytest

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
scale = pytest.mark.category("scale")
concurrency = pytest.mark.category("concurrency")


# -- basic -----------------------------------------------------------------------------

@basic
def test_repeated_calls_return_one_instance(harness):
    r = harness.repeated_calls(10)
    assert r["distinct"] == 1, f"10 calls gave {r['distinct']} different instances, expected 1"
    assert r["all_instances"], "the call returned something that is not an instance of the class"


@basic
def test_first_call_arguments_initialise_the_instance(harness):
    r = harness.first_call_arguments()
    assert r["type_name"] == "Config", f"Config() returned an instance of {r['type_name']}"
    assert r["init_args"][:1] == [["dev"]], (
        f"__init__ should first get ('dev',), got {r['init_args']}")
    assert r["env"] == "dev", f"expected env 'dev' from the first call, got {r['env']!r}"
    assert r["same"], "later calls returned a different object"


@basic
def test_unrelated_classes_have_different_instances(harness):
    r = harness.family(["Base", "Other", "Base", "Other"])
    assert r["types"] == ["Base", "Other", "Base", "Other"], (
        f"expected instances of Base, Other, Base, Other; got {r['types']}")
    assert r["all_classes_distinct"], "two unrelated classes share one instance"


@basic
def test_instances_behave_like_ordinary_objects(harness):
    r = harness.behaves_normally()
    assert r["type_name"] == "Pool", f"Pool() returned an instance of {r['type_name']}"
    assert r["total"] == 16, f"expected Pool().total() == 16 (state kept), got {r['total']}"
    assert (r["kind"], r["instance_kind"]) == ("pool", "pool"), "class attributes broke"
    assert r["isinstance"] and r["type_name"] == "Pool", f"got type {r['type_name']}"


# -- trap ------------------------------------------------------------------------------

@trap
def test_init_runs_once_over_repeated_calls(harness):
    r = harness.repeated_calls(5)
    assert r["init_calls"] == 1, (
        f"__init__ ran {r['init_calls']} times over 5 calls; it must run once "
        "(a cached __new__ does not stop Python from calling __init__ again)")


@trap
def test_init_runs_once_with_arguments(harness):
    r = harness.repeated_calls(4, [1, 2], {"mode": "fast"})
    assert r["init_calls"] == 1 and r["distinct"] == 1, (
        f"4 calls with the same arguments: __init__ ran {r['init_calls']} times, "
        f"{r['distinct']} instances")


@trap
def test_subclass_created_after_parent_has_its_own_instance(harness):
    r = harness.family(["Base", "Child", "Base", "Child"])
    assert r["types"] == ["Base", "Child", "Base", "Child"], (
        f"Child() must return a Child, got types {r['types']}")
    assert r["base_is_child"] is False, "Child() returned Base's instance"
    assert r["distinct_per_class"] == {"Base": 1, "Child": 1}, r["distinct_per_class"]
    assert r["child_isinstance_base"], "the Child instance should be an instance of Base"
    assert r["init_calls"] == {"Base": 1, "Child": 1}, f"__init__ runs: {r['init_calls']}"


@trap
def test_subclass_created_before_parent(harness):
    r = harness.family(["Child", "Base", "Child", "Base"])
    assert r["types"] == ["Child", "Base", "Child", "Base"], (
        f"expected Child, Base, Child, Base; got {r['types']}")
    assert r["base_is_child"] is False, "Base() returned Child's instance"
    assert r["init_calls"] == {"Base": 1, "Child": 1}, f"__init__ runs: {r['init_calls']}"


# -- edge ------------------------------------------------------------------------------

@edge
def test_three_generations(harness):
    r = harness.family(["Grandchild", "Base", "Child", "Other"], repeat=2)
    want = ["Grandchild", "Base", "Child", "Other"] * 2
    assert r["types"] == want, f"expected {want}, got {r['types']}"
    assert r["all_classes_distinct"], "classes in one hierarchy share an instance"
    assert set(r["init_calls"].values()) == {1}, f"__init__ runs: {r['init_calls']}"


# -- concurrency -----------------------------------------------------------------------

def check_race(rounds, threads):
    for i, r in enumerate(rounds):
        assert not r["errors"], f"round {i}: threads raised {r['errors']}"
        assert r["hung"] == 0, f"round {i}: {r['hung']} threads never returned"
        assert r["init_calls"] == 1, (
            f"round {i}: {threads} threads created the first instance together and "
            f"__init__ ran {r['init_calls']} times (expected once: hold a lock across "
            "check, create and store)")
        assert r["distinct"] == 1, f"round {i}: the threads got {r['distinct']} instances"
        assert r["right_type"], f"round {i}: a thread got an object of the wrong class"


@concurrency
def test_32_threads_slow_init_runs_once(harness):
    check_race(harness.race(threads=32, pause=0.02), 32)


@concurrency
def test_32_threads_yielding_init_runs_once(harness):
    check_race(harness.race(threads=32, yields=20, rounds=5), 32)


@concurrency
def test_32_threads_on_a_subclass(harness):
    check_race(harness.race(threads=32, pause=0.02, subclass=True), 32)


# -- scale -----------------------------------------------------------------------------

@scale
def test_many_classes_each_keep_their_instance(harness):
    r = harness.many_classes(300)
    assert r["distinct_firsts"] == 300, f"300 classes gave {r['distinct_firsts']} instances"
    assert r["stable"], "a class returned a different instance on a later call"
    assert r["max_init_calls"] == 1, f"some __init__ ran {r['max_init_calls']} times"
