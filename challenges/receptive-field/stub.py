"""Effective kernel size of a dilated convolution and receptive field of a layer stack."""


def effective_kernel(k: int, dilation: int) -> int:
    """The span k + (k - 1) * (dilation - 1) covered by a dilated kernel of size k."""
    raise NotImplementedError


def receptive_field(layers: list[dict]) -> int:
    """Receptive field of one output unit of the stack, in input positions.

    Each layer is a dict with "kernel" and optional "stride" and "dilation" (default 1).
    An empty stack has a receptive field of 1.
    """
    raise NotImplementedError
