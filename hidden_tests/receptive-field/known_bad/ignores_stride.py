# expect: failed
# caught-by: basic
# why: adds (k_eff - 1) per layer but never multiplies by the strides of earlier layers
def effective_kernel(k, dilation):
    return k + (k - 1) * (dilation - 1)


def receptive_field(layers):
    r = 1
    for layer in layers:
        r += effective_kernel(layer["kernel"], layer.get("dilation", 1)) - 1
    return r
