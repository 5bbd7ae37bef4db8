"""Runs beside the submission: builds models from its own classes, reports their state.

The submission is imported as a module (not `from ... import`), so a missing
name is reported by the grader as such rather than as a harness import error.
"""

import model_state_context as sub
import numpy as np


def _mode(module, training):
    module.training = training
    return module


def build(kind="mixed"):
    """A model tree from the submission's classes, with mixed per-module modes.

    mixed:  root (train)
              encoder (eval)            -> fc Linear(4, 6) (train), drop Dropout(0.1) (eval)
              head (train)
                block (eval)            -> fc Linear(6, 5) (train), drop Dropout(0.3) (train)
                out Linear(5, 2) (eval)
              drop Dropout(0.5) (eval)
    evalroot: the same tree with the root in eval and everything else as above.
    """
    root = sub.Module()
    encoder = _mode(root.add_module("encoder", sub.Module()), False)
    encoder.add_module("fc", sub.Linear(4, 6, seed=1))
    _mode(encoder.add_module("drop", sub.Dropout(0.1)), False)
    head = root.add_module("head", sub.Module())
    block = _mode(head.add_module("block", sub.Module()), False)
    block.add_module("fc", sub.Linear(6, 5, seed=2))
    block.add_module("drop", sub.Dropout(0.3))
    _mode(head.add_module("out", sub.Linear(5, 2, seed=3)), False)
    _mode(root.add_module("drop", sub.Dropout(0.5)), False)
    if kind == "evalroot":
        root.training = False
    elif kind != "mixed":
        raise ValueError(kind)
    return root


def build_flat(n_dropouts=3):
    """A root (train) with a Linear and several Dropouts whose p differ, all in training."""
    root = sub.Module()
    root.add_module("fc", sub.Linear(3, 3, seed=4))
    for i in range(n_dropouts):
        root.add_module(f"drop{i}", sub.Dropout(0.1 * (i + 1)))
    return root


def state(model):
    """[(name, class name, training, p or None)] for every module, in named_modules order."""
    out = []
    for name, module in model.named_modules():
        p = module.p if isinstance(module, sub.Dropout) else None
        out.append((name, type(module).__name__, bool(module.training), p))
    return out


def weights_of(model, layer_name):
    """A copy of one layer's weight array."""
    return np.array(dict(model.named_modules())[layer_name].get_weights(), copy=True)


def all_weights(model):
    """{name: copy of weights} for every module that has weights."""
    out = {}
    for name, module in model.named_modules():
        w = module.get_weights()
        if w is not None:
            out[name] = np.array(w, copy=True)
    return out


def edit_in_place_inside(model, layer_name, new_weights, delta=100.0):
    """Enter temporary_weights with an array that stays here (the caller's array), edit
    the layer's weights in place inside the block, and report what survived.
    """
    layer = dict(model.named_modules())[layer_name]
    original = np.array(layer.get_weights(), copy=True)
    callers = np.array(new_weights, dtype=float)
    callers_before = callers.copy()
    with sub.temporary_weights(model, layer_name, callers):
        inside = np.array(layer.get_weights(), copy=True)
        current = layer.get_weights()
        current += delta  # an in-place edit of whatever the layer holds now
        edited = np.array(layer.get_weights(), copy=True)
    after = np.array(layer.get_weights(), copy=True)
    return {
        "inside": inside,
        "edited": edited,
        "after": after,
        "original": original,
        "callers_after": callers,
        "callers_before": callers_before,
    }

