# expect: failed
# caught-by: mutation
# why: fills the missing keys with setdefault, writing "stride" and "dilation" into the caller's dicts
def effective_kernel(k, dilation):
    return k + (k - 1) * (dilation - 1)


def receptive_field(layers):
    r, jump = 1, 1
    for layer in layers:
        layer.setdefault("stride", 1)
        layer.setdefault("dilation", 1)
        r += (effective_kernel(layer["kernel"], layer["dilation"]) - 1) * jump
        jump *= layer["stride"]
    return r
