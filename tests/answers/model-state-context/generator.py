# style: @contextmanager generators with a per-module snapshot list; original weight object put back
"""Temporary model state for debugging: eval mode, no dropout, swapped weights.

The tiny module framework below (Module, Linear, Dropout) is given and its
interface is fixed: keep it as it is. Implement `debug_mode` and
`temporary_weights` at the bottom of the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np


class Module:
    """A node of a model tree: a training flag, optional weights, named children."""

    def __init__(self) -> None:
        self.training = True
        self._children: dict[str, Module] = {}
        self._weights: np.ndarray | None = None

    def add_module(self, name: str, module: Module) -> Module:
        """Register `module` as the child called `name` and return it."""
        self._children[name] = module
        return module

    def children(self) -> list[Module]:
        """The direct children, in insertion order."""
        return list(self._children.values())

    def named_modules(self, prefix: str = "") -> Iterator[tuple[str, Module]]:
        """Yield (name, module): (prefix, self) first, then every descendant depth-first.

        Descendants are named with dots, e.g. "head.block.drop", in insertion order.
        """
        yield prefix, self
        for name, child in self._children.items():
            yield from child.named_modules(f"{prefix}.{name}" if prefix else name)

    def train(self, mode: bool = True) -> Module:
        """Set `training` on this module and all its descendants; return self."""
        self.training = bool(mode)
        for child in self._children.values():
            child.train(mode)
        return self

    def eval(self) -> Module:
        """Same as train(False)."""
        return self.train(False)

    def get_weights(self) -> np.ndarray | None:
        """This module's weight array (the array itself, not a copy), or None."""
        return self._weights

    def set_weights(self, w: np.ndarray | None) -> None:
        """Replace this module's weight array with `w` (stored as given, not copied)."""
        self._weights = w


class Linear(Module):
    """A dense layer holding an (n_in, n_out) weight array."""

    def __init__(self, n_in: int, n_out: int, seed: int = 0) -> None:
        super().__init__()
        rng = np.random.default_rng(seed)
        self._weights = rng.normal(0.0, 1.0 / np.sqrt(n_in), size=(n_in, n_out))


class Dropout(Module):
    """Dropout with drop probability `p` (no weights)."""

    def __init__(self, p: float = 0.5) -> None:
        super().__init__()
        self.p = p


@contextmanager
def debug_mode(model: Module, disable_dropout: bool = True):
    """Context manager: every module in eval mode (and every Dropout's p at 0.0 if asked).

    On exit, also when the body raises and when nested, each module gets back its
    own `training` flag and each Dropout its own `p`.
    """
    modules = [module for _, module in model.named_modules()]
    saved_modes = [(module, module.training) for module in modules]
    saved_p = [(module, module.p) for module in modules if isinstance(module, Dropout)]
    try:
        for module in modules:
            module.training = False
        if disable_dropout:
            for module, _ in saved_p:
                module.p = 0.0
        yield model
    finally:
        for module, mode in saved_modes:
            module.training = mode
        for module, p in saved_p:
            module.p = p


@contextmanager
def temporary_weights(model: Module, layer_name: str, new_weights):
    """Context manager: the layer named `layer_name` holds a copy of `new_weights`.

    On exit, also when the body raises, the layer's original weights are back; in-place
    edits made inside the block do not survive it, and the caller's `new_weights` is
    never changed.
    """
    layers = dict(model.named_modules())
    if layer_name not in layers:
        raise KeyError(f"no module named {layer_name!r}")
    layer = layers[layer_name]
    original = layer.get_weights()
    layer.set_weights(np.array(new_weights, copy=True))
    try:
        yield layer
    finally:
        layer.set_weights(original)
