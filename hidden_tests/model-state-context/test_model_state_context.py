"""Hidden tests for model-state-context.

Models are built in the harness from the submission's own classes (mixed
per-module modes); the harness reports their state as plain tuples
(name, class, training, p) that the tests compare.
"""

import numpy as np
import pytest
from model_state_context import Dropout, Linear, Module, debug_mode, temporary_weights

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")


def diff(want, got):
    """The first difference between two state lists, as a readable sentence."""
    if len(want) != len(got):
        return f"expected {len(want)} modules, got {len(got)}"
    for (name, cls, training, p), (gname, _, gtraining, gp) in zip(want, got, strict=True):
        label = name or "<root>"
        if name != gname:
            return f"expected module {label!r} at this position, got {gname!r}"
        if training != gtraining:
            return f"{label} ({cls}): expected training={training}, got training={gtraining}"
        if p != gp:
            return f"{label} ({cls}): expected p={p}, got p={gp}"
    return "states differ"


def same_array(got, want, what):
    """Assert equal arrays with a first line that says what differs."""
    got, want = np.asarray(got), np.asarray(want)
    same = got.shape == want.shape and np.array_equal(got, want)
    assert same, f"{what}: expected {np.round(want, 4).tolist()}, got {np.round(got, 4).tolist()}"


def all_eval(state, dropout_p=None):
    """The expected state inside debug_mode: every flag False, Dropout p as given."""
    return [(n, c, False, (dropout_p if dropout_p is not None else p) if c == "Dropout" else p)
            for n, c, _, p in state]


@basic
def test_framework_interface_is_intact(harness):
    model = harness.build("mixed")
    names = [name for name, *_ in harness.state(model)]
    want = ["", "encoder", "encoder.fc", "encoder.drop", "head", "head.block",
            "head.block.fc", "head.block.drop", "head.out", "drop"]
    assert names == want, f"named_modules() order: expected {want}, got {names}"
    fresh = Module()
    assert fresh.training is True, "a new Module must start in training mode"
    assert fresh.eval() is fresh and fresh.training is False, "eval() must return self"
    assert Dropout(0.25).p == 0.25
    assert np.shape(Linear(3, 7).get_weights()) == (3, 7), "Linear(3, 7) holds a (3, 7) array"


@basic
def test_debug_mode_puts_every_module_in_eval(harness):
    model = harness.build_flat()
    before = harness.state(model)
    with debug_mode(model):
        inside = harness.state(model)
    want = all_eval(before, dropout_p=0.0)
    assert inside == want, "inside debug_mode: " + diff(want, inside)


@basic
def test_debug_mode_disables_dropout_and_restores_p(harness):
    model = harness.build_flat(4)
    before = harness.state(model)
    with debug_mode(model, disable_dropout=True):
        inside = harness.state(model)
    after = harness.state(model)
    assert inside == all_eval(before, dropout_p=0.0), "inside: " + diff(
        all_eval(before, dropout_p=0.0), inside)
    assert after == before, "after debug_mode: " + diff(before, after)


@basic
def test_debug_mode_keeps_p_when_dropout_not_disabled(harness):
    model = harness.build("mixed")
    before = harness.state(model)
    with debug_mode(model, disable_dropout=False):
        inside = harness.state(model)
    assert inside == all_eval(before), "with disable_dropout=False: " + diff(
        all_eval(before), inside)
    after = harness.state(model)
    assert after == before, "after debug_mode: " + diff(before, after)


@basic
def test_temporary_weights_swaps_and_restores(harness):
    model = harness.build("mixed")
    original = harness.weights_of(model, "encoder.fc")
    new = np.arange(24, dtype=float).reshape(4, 6)
    with temporary_weights(model, "encoder.fc", new):
        inside = harness.weights_of(model, "encoder.fc")
    after = harness.weights_of(model, "encoder.fc")
    same_array(inside, new, what="inside the block the layer must "
                                  "hold the new weights")
    same_array(after, original, what="after the block the layer must "
                                  "hold its original weights")


@trap
def test_debug_mode_restores_mixed_modes(harness):
    """The seed restored only the root's mode, flattening mixed per-module modes."""
    model = harness.build("mixed")
    before = harness.state(model)
    with debug_mode(model):
        inside = harness.state(model)
    after = harness.state(model)
    assert inside == all_eval(before, dropout_p=0.0), "inside: " + diff(
        all_eval(before, dropout_p=0.0), inside)
    assert after == before, "each module's own mode must come back: " + diff(before, after)


@trap
def test_debug_mode_restores_mixed_modes_under_eval_root(harness):
    model = harness.build("evalroot")
    before = harness.state(model)
    with debug_mode(model, disable_dropout=False):
        pass
    after = harness.state(model)
    assert after == before, "each module's own mode must come back: " + diff(before, after)


@trap
def test_nested_dropout_p_values_restored(harness):
    """Dropouts deep in the tree ("head.block.drop") get their own p back."""
    model = harness.build("mixed")
    before = harness.state(model)
    with debug_mode(model):
        pass
    after = harness.state(model)
    want = {n: p for n, c, _, p in before if c == "Dropout"}
    got = {n: p for n, c, _, p in after if c == "Dropout"}
    assert got == want, f"Dropout p after debug_mode: expected {want}, got {got}"


@edge
def test_debug_mode_restores_when_body_raises(harness):
    model = harness.build("mixed")
    before = harness.state(model)
    with pytest.raises(ValueError, match="boom"):
        with debug_mode(model):
            raise ValueError("boom")
    after = harness.state(model)
    assert after == before, "after an error in the body: " + diff(before, after)


@edge
def test_nested_debug_mode_blocks(harness):
    model = harness.build("mixed")
    before = harness.state(model)
    with debug_mode(model, disable_dropout=False):
        outer = harness.state(model)
        with debug_mode(model):
            inner = harness.state(model)
        between = harness.state(model)
    after = harness.state(model)
    assert inner == all_eval(before, dropout_p=0.0), "inner block: " + diff(
        all_eval(before, dropout_p=0.0), inner)
    assert between == outer, "after the inner block, the outer block's state must be " \
        "back: " + diff(outer, between)
    assert after == before, "after both blocks: " + diff(before, after)


@edge
def test_debug_mode_undoes_mode_changes_made_inside(harness):
    model = harness.build("mixed")
    before = harness.state(model)
    with debug_mode(model):
        model.train()
    after = harness.state(model)
    assert after == before, "modes changed inside the block must not survive: " + diff(
        before, after)


@edge
def test_nested_debug_mode_exits_after_error(harness):
    model = harness.build("evalroot")
    before = harness.state(model)
    with pytest.raises(KeyError):
        with debug_mode(model):
            with debug_mode(model, disable_dropout=False):
                raise KeyError("inner")
    after = harness.state(model)
    assert after == before, "nested blocks left by an error: " + diff(before, after)


@edge
def test_temporary_weights_on_deep_layer_restores_on_error(harness):
    model = harness.build("mixed")
    original = harness.all_weights(model)
    new = np.full((6, 5), 0.5)
    with pytest.raises(RuntimeError, match="fail"):
        with temporary_weights(model, "head.block.fc", new):
            inside = harness.weights_of(model, "head.block.fc")
            raise RuntimeError("fail")
    same_array(inside, new, what="inside the block (head.block.fc)")
    after = harness.all_weights(model)
    assert sorted(after) == sorted(original), f"layers with weights changed: {sorted(after)}"
    for name in original:
        same_array(after[name], original[name],
                                      what=f"{name} after an error in the body")


@edge
def test_nested_temporary_weights_unwind_in_order(harness):
    model = harness.build("mixed")
    original = harness.weights_of(model, "head.out")
    first, second = np.ones((5, 2)), np.full((5, 2), 2.0)
    with temporary_weights(model, "head.out", first):
        with temporary_weights(model, "head.out", second):
            inner = harness.weights_of(model, "head.out")
        between = harness.weights_of(model, "head.out")
    after = harness.weights_of(model, "head.out")
    same_array(inner, second, what="inner block")
    same_array(between, first, what="after the inner block the outer "
                                  "block's weights must be back")
    same_array(after, original, what="after both blocks")


@edge
def test_temporary_weights_leaves_other_layers_alone(harness):
    model = harness.build("mixed")
    original = harness.all_weights(model)
    with temporary_weights(model, "encoder.fc", np.zeros((4, 6))):
        inside = harness.all_weights(model)
    for name in original:
        if name != "encoder.fc":
            same_array(inside[name], original[name],
                                          what=f"{name} changed inside the block")


@mutation
def test_in_place_edits_inside_do_not_survive(harness):
    model = harness.build("mixed")
    new = np.linspace(-1.0, 1.0, 24).reshape(4, 6)
    seen = harness.edit_in_place_inside(model, "encoder.fc", new)
    same_array(seen["inside"], new, what="inside the block")
    same_array(seen["after"], seen["original"],
                                  what="an in-place edit made inside the block survived it")


@mutation
def test_callers_new_weights_never_change(harness):
    """The seed installed the caller's array itself, so edits inside the block changed it."""
    model = harness.build("mixed")
    new = np.linspace(0.0, 2.0, 10).reshape(5, 2)
    seen = harness.edit_in_place_inside(model, "head.out", new)
    same_array(seen["callers_after"], seen["callers_before"],
                                  what="the caller's new_weights array was changed")

