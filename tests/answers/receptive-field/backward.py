# style: backward recursion from the output unit (r_in = (r_out - 1) * stride + k_eff)
"""Receptive field computed from the last layer back to the input."""


def effective_kernel(k: int, dilation: int) -> int:
    return (k - 1) * dilation + 1


def receptive_field(layers: list[dict]) -> int:
    r = 1
    for layer in reversed(list(layers)):
        stride = layer["stride"] if "stride" in layer else 1
        dilation = layer["dilation"] if "dilation" in layer else 1
        r = (r - 1) * stride + effective_kernel(layer["kernel"], dilation)
    return r
