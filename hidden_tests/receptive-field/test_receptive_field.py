"""Hidden tests for receptive-field.

Expected values are worked by hand from r_out = r_in + (k_eff - 1) * jump,
jump = product of the earlier strides, k_eff = k + (k - 1)(d - 1); the
architectures' published receptive fields (two 3x3 VGG convs: 5; ResNet stem
conv7/s2 + pool3/s2: 11; WaveNet's kernel-2 stack with dilations 1..512: 1024)
agree with it.
"""

import random

import pytest
from receptive_field import effective_kernel, receptive_field

from grader.testing import call_and_inspect

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


def check(layers, want):
    got = receptive_field(layers)
    assert got == want, f"receptive_field({layers}): expected {want}, got {got}"


@basic
@pytest.mark.parametrize("k, d, want", [(3, 1, 3), (3, 2, 5), (3, 4, 9), (5, 3, 13), (2, 8, 9),
                                        (1, 7, 1), (7, 1, 7)])
def test_effective_kernel(k, d, want):
    got = effective_kernel(k, d)
    assert got == want, f"effective_kernel({k}, {d}): expected {want}, got {got}"


@basic
def test_stacked_plain_convolutions():
    check([{"kernel": 3}] * 2, 5)
    check([{"kernel": 3}] * 3, 7)
    check([{"kernel": 5}, {"kernel": 3}], 7)


@basic
def test_dilated_single_layer():
    check([{"kernel": 3, "dilation": 2}], 5)
    check([{"kernel": 3, "dilation": 6}], 13)


@basic
def test_resnet_stem():
    # conv 7/s2: r = 7, jump 2; maxpool 3/s2: r = 7 + 2 * 2 = 11
    check([{"kernel": 7, "stride": 2}, {"kernel": 3, "stride": 2}], 11)


@basic
def test_vgg_block_with_pooling():
    # 3, 3, pool2/s2, 3, 3: 1 + 2 + 2 + 1 = 6, jump 2, then + 2*2 + 2*2 = 14
    check([{"kernel": 3}, {"kernel": 3}, {"kernel": 2, "stride": 2},
           {"kernel": 3}, {"kernel": 3}], 14)


@basic
def test_wavenet_dilation_stack():
    check([{"kernel": 2, "dilation": 2 ** i} for i in range(10)], 1024)


@trap
def test_own_stride_does_not_widen_own_field():
    # a single strided layer: the stride only matters for later layers
    check([{"kernel": 3, "stride": 4}], 3)
    # 3/s2 then 3: 3 + 2 * 2 = 7 (not 3 * 2 + ..., not 5)
    check([{"kernel": 3, "stride": 2}, {"kernel": 3}], 7)


@trap
def test_strides_multiply_across_layers():
    # strides 2, 3 before the last layer: jump 6 -> 3 + 2*2 + 2*6 = 19
    check([{"kernel": 3, "stride": 2}, {"kernel": 3, "stride": 3}, {"kernel": 3}], 19)


@trap
def test_dilation_and_stride_together():
    # 3/s2, then 3 with dilation 2 (span 5): 3 + 4 * 2 = 11; then 3/d3 (span 7): + 6 * 2 = 23
    check([{"kernel": 3, "stride": 2}, {"kernel": 3, "dilation": 2},
           {"kernel": 3, "dilation": 3}], 23)


@edge
def test_empty_stack_is_one():
    check([], 1)


@edge
def test_pointwise_layers_add_nothing():
    check([{"kernel": 1}], 1)
    check([{"kernel": 1, "stride": 2}, {"kernel": 1, "dilation": 5}], 1)
    check([{"kernel": 1, "stride": 2}, {"kernel": 3}], 5)


@edge
def test_explicit_defaults_equal_omitted_keys():
    check([{"kernel": 3, "stride": 1, "dilation": 1}, {"kernel": 5, "stride": 1}], 7)


@mutation
def test_layers_are_not_mutated(submission):
    layers = [{"kernel": 3}, {"kernel": 3, "stride": 2}, {"kernel": 5, "dilation": 2}]
    snapshot = [dict(layer) for layer in layers]
    result, args_after, _ = call_and_inspect(submission.receptive_field, layers)
    assert result == 21, f"expected 21, got {result}"
    assert args_after[0] == snapshot, (f"receptive_field changed its argument: it was "
                                       f"{snapshot}, it became {args_after[0]}")


@scale
def test_random_stacks_match_reference(reference):
    """Seed 31: 300 random stacks of up to 40 layers (strides mostly 1)."""
    rng = random.Random(31)
    for _ in range(300):
        layers = []
        for _ in range(rng.randrange(0, 41)):
            layer = {"kernel": rng.choice([1, 2, 3, 3, 5, 7])}
            if rng.random() < 0.3:
                layer["stride"] = rng.choice([1, 2, 2, 3])
            if rng.random() < 0.3:
                layer["dilation"] = rng.choice([1, 2, 4, 8])
            layers.append(layer)
        want = reference.receptive_field(layers)
        got = receptive_field(layers)
        assert got == want, f"a random stack of {len(layers)} layers: expected {want}, got {got}"
