# expect: failed
# caught-by: trap
# why: multiplies the jump by the layer's own stride before adding its kernel
def effective_kernel(k, dilation):
    return k + (k - 1) * (dilation - 1)


def receptive_field(layers):
    r, jump = 1, 1
    for layer in layers:
        jump *= layer.get("stride", 1)
        r += (effective_kernel(layer["kernel"], layer.get("dilation", 1)) - 1) * jump
    return r
