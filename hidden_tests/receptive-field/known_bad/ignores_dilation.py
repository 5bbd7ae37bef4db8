# expect: failed
# caught-by: basic
# why: receptive_field uses the raw kernel size, forgetting the dilation
def effective_kernel(k, dilation):
    return k + (k - 1) * (dilation - 1)


def receptive_field(layers):
    r, jump = 1, 1
    for layer in layers:
        r += (layer["kernel"] - 1) * jump
        jump *= layer.get("stride", 1)
    return r
