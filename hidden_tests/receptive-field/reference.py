"""Reference receptive field: one pass, tracking the product of the strides so far (the jump).

Each layer adds (effective kernel - 1) taps, and each of its taps is `jump`
input positions apart, where `jump` is the product of the strides of the
layers before it. The layer's own stride only enters the jump of later layers.
"""


def effective_kernel(k: int, dilation: int) -> int:
    """k taps with dilation - 1 gaps between neighbours span k + (k - 1)(dilation - 1)."""
    return k + (k - 1) * (dilation - 1)


def receptive_field(layers: list[dict]) -> int:
    """Receptive field of one unit of the last layer (1 for an empty stack)."""
    field, jump = 1, 1
    for layer in layers:
        span = effective_kernel(layer["kernel"], layer.get("dilation", 1))
        field += (span - 1) * jump
        jump *= layer.get("stride", 1)
    return field
