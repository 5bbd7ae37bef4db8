# style: single forward loop keeping the running stride product (jump)
"""Effective kernel size of a dilated convolution and receptive field of a layer stack."""


def effective_kernel(k, dilation):
    return k + (k - 1) * (dilation - 1)


def receptive_field(layers):
    r = 1
    jump = 1
    for layer in layers:
        k = effective_kernel(layer["kernel"], layer.get("dilation", 1))
        r += (k - 1) * jump
        jump *= layer.get("stride", 1)
    return r
