"""Hidden tests for monkey-patch.

Targets (a module object, Layer with a plain method, a staticmethod and a
classmethod, Dense inheriting from it, and instances) live in the harness
(mp_harness), built fresh for each scenario; identity is checked there.
"""

import pytest

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
error = pytest.mark.category("error")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


# -- basic: patch_attribute ----------------------------------------------------------

@basic
def test_module_function_patched_and_restored(harness):
    r = harness.patch_module_function()
    assert r["inside_is_replacement"], "inside the block the attribute must be the replacement"
    assert r["inside_result"] == -1, f"expected the replacement's -1, got {r['inside_result']}"
    assert r["restored_same_object"], "after the block the original function must be back"
    assert r["after_result"] == 6, f"expected the original's 6, got {r['after_result']}"


@basic
def test_module_data_attribute(harness):
    r = harness.patch_module_data()
    assert r["inside_version"] == "2.0", f"expected '2.0' inside, got {r['inside_version']!r}"
    assert r["version_restored"], "the original VERSION object did not come back"


@basic
def test_class_method_patched_and_restored(harness):
    r = harness.patch_class_method()
    assert r["inside_result"] == 200 and r["inside_is_replacement"], f"inside the block: {r}"
    assert r["same_function"], "Layer.forward is not the original function after the block"
    assert r["after_result"] == 3, f"expected the original's 3, got {r['after_result']}"


@basic
def test_instance_attribute_patched_and_restored(harness):
    r = harness.patch_instance_attribute()
    assert r["inside"] == [9.9], f"expected [9.9] inside, got {r['inside']}"
    assert r["same_object"], "the instance's original weight list did not come back"


# -- basic: record_calls -------------------------------------------------------------

@basic
def test_record_calls_on_module_function(harness):
    r = harness.record_module_calls()
    assert r["results"] == [4, 10], f"callers must get the original's results, got {r['results']}"
    assert r["is_list"], "record_calls must yield a list"
    assert r["lengths"] == [3, 3], (
        f"each entry is (args, kwargs, result), got lengths {r['lengths']}")
    assert r["calls"] == [[[2], {}, 4], [[], {"x": 5}, 10]], f"recorded {r['calls']}"
    assert r["restored"], "the original function did not come back after record_calls"


@basic
def test_record_calls_runs_the_original(harness):
    r = harness.record_side_effects()
    assert r["log"] == ["a", "b", "c"], f"the original must run once per call, it saw {r['log']}"
    assert r["results"] == [1, 0, None], f"expected [1, 0, None], got {r['results']}"
    assert r["calls"] == [[["a"], {}, 1], [["b"], {"default": 0}, 0], [["c"], {}, None]], (
        f"recorded {r['calls']}")
    assert r["restored"]


@basic
def test_record_calls_on_class_method_through_instances(harness):
    r = harness.record_method_calls()
    assert r["results"] == [2, 11], f"expected [2, 11], got {r['results']}"
    assert r["count"] == 2, f"expected 2 recorded calls, got {r['count']}"
    assert r["calls"] == [[[1], {}, 2], [[], {"x": 10}, 11]], (
        f"recorded (without a leading instance) {r['calls']}")
    assert r["restored"], "Layer.forward is not the original function after record_calls"


@basic
def test_record_calls_on_one_instance(harness):
    r = harness.record_instance_calls()
    assert r["results"] == [4, 5], f"expected [4, 5], got {r['results']}"
    assert r["calls"] == [[[3], {}, 4]], f"only the patched instance's call counts: {r['calls']}"
    assert not r["left_on_instance"], "record_calls left `forward` in the instance's __dict__"
    assert r["class_untouched"]


# -- trap ------------------------------------------------------------------------------

@trap
def test_staticmethod_comes_back_as_the_same_descriptor(harness):
    r = harness.patch_descriptor("make")
    assert r["inside"] == ["patched"], f"inside the block: {r['inside']}"
    assert r["same_descriptor"], (
        f"Layer.__dict__['make'] should be the original staticmethod object, it is a "
        f"{r['after_type']} (getattr on a class unwraps staticmethods)")
    assert r["calls_after"] == [["layer", "layer"], ["layer"], ["layer"]], r["calls_after"]


@trap
def test_classmethod_comes_back_as_the_same_descriptor(harness):
    r = harness.patch_descriptor("kind")
    assert r["inside"] == "patched", f"inside the block: {r['inside']}"
    assert r["same_descriptor"], (
        f"Layer.__dict__['kind'] should be the original classmethod object, it is a "
        f"{r['after_type']} (getattr on a class returns a bound method)")
    assert r["calls_after"] == ["Layer", "Layer", "Dense", "Dense"], r["calls_after"]


@trap
def test_nested_patches_of_the_same_attribute_unwind_in_order(harness):
    r = harness.nested_same_attribute()
    assert r["seen"] == ["one", "two", "three", True, "one"], (
        f"expected ['one', 'two', 'three', True, 'one'] on the way in and out, got {r['seen']}")
    assert r["restored"], "after both blocks the original function must be back"
    assert r["make_restored"]


@trap
def test_inherited_descriptors_are_deleted_from_the_subclass(harness):
    r = harness.patch_inherited_descriptors()
    assert r["inside"] == [[], "x", "Layer"], f"inside the blocks: {r['inside']}"
    assert r["left_on_subclass"] == [], f"left on Dense: {r['left_on_subclass']}"
    assert r["base_untouched"] and r["after"] == [["layer"], "Dense"], f"after: {r['after']}"


# -- edge ------------------------------------------------------------------------------

@edge
def test_inherited_method_is_deleted_on_exit(harness):
    r = harness.patch_inherited_method()
    assert (r["inside_subclass_result"], r["inside_base_result"]) == (0, 2), (
        f"only Dense is patched: got {r['inside_subclass_result']}, {r['inside_base_result']}")
    assert not r["left_on_subclass"], (
        "`forward` was inherited, so it must be deleted from Dense on exit, not copied there")
    assert r["base_untouched"] and r["after_subclass_result"] == 2


@edge
def test_instance_method_patch_is_deleted_on_exit(harness):
    r = harness.patch_instance_method()
    assert r["inside"] == [-5, 6], f"only the patched instance changes: {r['inside']}"
    assert not r["left_on_instance"], (
        "the instance did not have `forward` itself: it must be deleted from it on exit")
    assert r["after"] == 6 and r["class_untouched"]


@edge
def test_class_attribute_patched_on_an_instance(harness):
    r = harness.patch_instance_attribute()
    assert r["inside_bias"] == [7, 0.5], f"inside: {r['inside_bias']}"
    assert not r["bias_left_on_instance"], (
        "`bias` belongs to the class: delete it from the instance on exit")
    assert r["class_bias_untouched"] and r["after_bias"] == 0.5


@edge
def test_absent_attributes_are_deleted_on_exit(harness):
    r = harness.patch_absent_attributes()
    assert r["inside"] == [1, 2, 3], f"inside: {r['inside']}"
    left = [k for k in ("module_has", "class_has", "instance_has") if r[k]]
    assert not left, f"attributes that did not exist were left behind: {left}"


@edge
def test_attribute_whose_value_is_none_is_restored_not_deleted(harness):
    r = harness.patch_module_data()
    assert r["inside_config"] == {"debug": True}
    assert r["config_still_exists"] and r["config_is_none"], (
        "CONFIG existed with the value None: it must come back as None, not be deleted")


@edge
def test_falsy_values_are_restored(harness):
    r = harness.patch_falsy_class_attribute()
    assert (r["inside_units"], r["inside_frozen"]) == (128, True)
    assert r["units_back"] == 0 and r["frozen_back"] is False, (
        f"expected units 0 and frozen False back, got {r['units_back']!r}, {r['frozen_back']!r}")


# -- error -----------------------------------------------------------------------------

@error
@pytest.mark.parametrize("kind", ["module", "staticmethod", "inherited", "instance"])
def test_restored_when_the_body_raises(harness, kind):
    r = harness.body_raises(kind)
    assert r["propagated"] == "same", (
        f"the exception raised in the block must propagate unchanged, got {r['propagated']}")
    assert r["restored"], f"{kind}: the patch was not undone when the block raised"


@error
def test_nested_patches_restored_when_the_body_raises(harness):
    r = harness.nested_body_raises()
    assert r["scale_restored"] and r["make_restored"], f"not restored: {r}"


@error
def test_record_calls_restored_when_the_body_raises(harness):
    r = harness.record_body_raises()
    assert r["propagated"] and r["restored"], f"record_calls after an exception: {r}"
    assert r["count"] == 1


# -- mutation --------------------------------------------------------------------------

@mutation
@pytest.mark.parametrize("kind", ["patch", "record"])
def test_targets_hold_nothing_extra_afterwards(harness, kind):
    r = harness.target_clean_after(kind)
    changed = {label: names for label, names in r.items() if names}
    assert not changed, f"after the block these targets' own attributes differ: {changed}"


@mutation
def test_replacement_is_installed_unchanged(harness):
    r = harness.replacement_is_not_copied()
    assert r["same"], "the replacement object itself must be installed"
    assert r["table"] == [3, 1, 2], f"the replacement was changed to {r['table']}"


@mutation
def test_several_targets_unchanged_after_nested_patches(harness):
    r = harness.nested_other_attributes()
    assert r["inside"] == [None, None, None, None]
    assert r["changed"] == [], f"these targets differ after the blocks: {r['changed']}"


# -- scale -----------------------------------------------------------------------------

@scale
def test_deeply_nested_patches(harness):
    r = harness.many_nested(200)
    assert r["all_ok"] and r["checks"] == 201, "a level saw the wrong value on the way out"
    assert r["restored"], "the original did not come back after 200 nested patches"


@scale
def test_record_many_calls(harness):
    r = harness.record_many_calls(20_000)
    assert r["count"] == 20_000, f"expected 20000 recorded calls, got {r['count']}"
    assert r["results_ok"], "callers did not get the original's results"
    assert r["ok"], "the recorded (args, kwargs, result) entries are wrong"
