"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import numpy as np
import pytest
from model_state_context import Dropout, Linear, Module, debug_mode, temporary_weights

pytestmark = pytest.mark.category("example")


def small_model():
    model = Module()
    encoder = model.add_module("encoder", Module())
    encoder.add_module("fc", Linear(4, 3))
    encoder.add_module("drop", Dropout(0.1))
    model.add_module("head", Linear(3, 2))
    encoder.eval()  # mixed modes: root and head train, encoder and its children eval
    return model


def modes(model):
    return {name: module.training for name, module in model.named_modules()}


def test_debug_mode_evaluates_and_disables_dropout():
    model = small_model()
    drop = dict(model.named_modules())["encoder.drop"]
    with debug_mode(model):
        assert not any(modes(model).values()), "every module must be in eval mode"
        assert drop.p == 0.0, "Dropout p must be 0.0 inside debug_mode"
    assert drop.p == 0.1, "Dropout p must come back after debug_mode"


def test_debug_mode_restores_each_modules_own_mode():
    model = small_model()
    before = modes(model)
    with debug_mode(model):
        pass
    assert modes(model) == before, f"expected {before}, got {modes(model)}"


def test_temporary_weights_swaps_and_restores():
    model = small_model()
    fc = dict(model.named_modules())["encoder.fc"]
    original = fc.get_weights()
    with temporary_weights(model, "encoder.fc", np.zeros((4, 3))):
        np.testing.assert_array_equal(fc.get_weights(), np.zeros((4, 3)))
    np.testing.assert_array_equal(fc.get_weights(), original)


def test_restores_when_the_body_raises():
    model = small_model()
    before = modes(model)
    with pytest.raises(ValueError), debug_mode(model):
        raise ValueError("boom")
    assert modes(model) == before, f"expected {before}, got {modes(model)}"
