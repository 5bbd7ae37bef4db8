"""Hidden tests for batch-generator.

Whole epochs are collected in the harness (one round trip); augment callbacks
live there too. Shuffled epochs are judged by their properties (a permutation
of the rows, new every epoch, reproducible from the seed), never against a
particular random generator.
"""

import random

import numpy as np
import pytest
from batch_generator import BatchGenerator

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


def rows(n, width=2):
    """n rows whose values identify them: row i is [i*width, i*width + 1, ...]."""
    return np.arange(n * width).reshape(n, width)


def same(got, want, what):
    got, want = np.asarray(got), np.asarray(want)
    ok = got.shape == want.shape and np.allclose(got, want, rtol=1e-12, atol=0)
    assert ok, f"{what}: expected {want.tolist()}, got {got.tolist()}"


def shapes(epoch):
    return [np.shape(b) for b in epoch]


def row_ids(epoch, width=2):
    """The ids of the rows in an epoch of `rows(n, width)` batches, in order."""
    return np.concatenate([np.asarray(b)[:, 0] // width for b in epoch]).tolist()


# -- basic ---------------------------------------------------------------------------------

@basic
def test_batches_come_in_order(harness):
    data = rows(10)
    got = harness.epochs(BatchGenerator(data, 3))[0]
    assert shapes(got) == [(3, 2), (3, 2), (3, 2), (1, 2)], (
        f"10 rows in batches of 3: expected shapes [(3, 2), (3, 2), (3, 2), (1, 2)], "
        f"got {shapes(got)}")
    for i, batch in enumerate(got):
        same(batch, data[3 * i:3 * i + 3], f"batch {i}")


@basic
@pytest.mark.parametrize("n, batch_size, drop_last, want", [
    (10, 3, False, 4), (10, 3, True, 3), (9, 3, False, 3), (9, 3, True, 3), (1, 4, False, 1),
    (1, 4, True, 0), (7, 1, True, 7), (7, 7, False, 1),
])
def test_len_is_the_number_of_batches(harness, n, batch_size, drop_last, want):
    gen = BatchGenerator(rows(n), batch_size, drop_last=drop_last)
    assert len(gen) == want, (
        f"n={n}, batch_size={batch_size}, drop_last={drop_last}: expected len {want}, "
        f"got {len(gen)}")
    got = len(harness.epochs(gen)[0])
    assert got == want, f"len() is {want} but an epoch yielded {got} batches"


@basic
def test_drop_last_leaves_out_the_partial_batch(harness):
    data = rows(11)
    got = harness.epochs(BatchGenerator(data, 4, drop_last=True))[0]
    assert shapes(got) == [(4, 2), (4, 2)], f"expected two full batches, got shapes {shapes(got)}"
    same(np.concatenate(got), data[:8], "drop_last epoch")


@basic
def test_labels_give_aligned_pairs(harness):
    data, labels = rows(7), np.arange(100, 107)
    got = harness.epochs(BatchGenerator(data, 3, labels=labels))[0]
    assert len(got) == 3, f"expected 3 batches, got {len(got)}"
    for i, pair in enumerate(got):
        assert len(pair) == 2, f"with labels each batch must be an (x, y) pair, got {pair!r}"
        x, y = pair
        same(x, data[3 * i:3 * i + 3], f"x of batch {i}")
        same(y, labels[3 * i:3 * i + 3], f"y of batch {i}")


@basic
def test_batches_are_numpy_arrays(harness):
    """"Yields arrays": each batch, and each half of an (x, y) pair, is a NumPy array."""
    kinds = [type(b).__name__ for b in harness.epochs(BatchGenerator(rows(5), 2))[0]]
    assert kinds == ["ndarray"] * 3, f"expected 3 ndarray batches, got {kinds}"
    pairs = harness.epochs(BatchGenerator(rows(5), 2, labels=np.arange(5)))[0]
    kinds = [(type(x).__name__, type(y).__name__) for x, y in pairs]
    assert kinds == [("ndarray", "ndarray")] * 3, f"expected (ndarray, ndarray) pairs, got {kinds}"


@basic
def test_augment_is_applied_to_each_batch(harness):
    data = rows(5).astype(float)
    got = harness.epochs(BatchGenerator(data, 2, augment=harness.double))[0]
    same(np.concatenate(got), data * 2, "batches with augment=double")


# -- trap ----------------------------------------------------------------------------------

@trap
def test_shuffled_epoch_is_a_permutation(harness):
    gen = BatchGenerator(rows(50), 8, shuffle=True, seed=11)
    for epoch in harness.epochs(gen, 3):
        assert shapes(epoch) == [(8, 2)] * 6 + [(2, 2)], f"shapes: {shapes(epoch)}"
        ids = row_ids(epoch)
        assert sorted(ids) == list(range(50)), (
            f"a shuffled epoch must visit each of the 50 rows once; got {len(set(ids))} "
            f"distinct rows in {len(ids)}")
        assert ids != list(range(50)), "shuffle=True yielded the rows in order"


@trap
def test_shuffle_draws_a_new_order_every_epoch(harness):
    """The seed's generator never shuffled; a permutation drawn once repeats every epoch."""
    gen = BatchGenerator(rows(64), 16, shuffle=True, seed=3)
    orders = [row_ids(epoch) for epoch in harness.epochs(gen, 4)]
    repeats = [(i, j) for i in range(4) for j in range(i + 1, 4) if orders[i] == orders[j]]
    assert not repeats, f"epochs {repeats} came in the same order: shuffle must draw a new " \
        "permutation on every iteration"


@trap
def test_same_seed_same_epochs(harness):
    a = harness.epochs(BatchGenerator(rows(40), 6, shuffle=True, seed=123), 3)
    b = harness.epochs(BatchGenerator(rows(40), 6, shuffle=True, seed=123), 3)
    assert [row_ids(e) for e in a] == [row_ids(e) for e in b], (
        "two generators with seed 123 must yield the same epochs")
    c = harness.epochs(BatchGenerator(rows(40), 6, shuffle=True, seed=124), 3)
    assert [row_ids(e) for e in a] != [row_ids(e) for e in c], (
        "seeds 123 and 124 gave the same epochs")


@trap
def test_same_seed_independent_of_other_generators(harness):
    got = harness.interleaved_same_seed(30, 4, 9, 3)
    for epoch, (x, y) in enumerate(zip(got["first"], got["second"], strict=True)):
        assert np.array_equal(x, y), (
            f"epoch {epoch}: two generators built with seed 9 and iterated in turn gave "
            f"different orders ({x.tolist()[:8]}... vs {y.tolist()[:8]}...); the sequence must "
            "depend on the seed only, not on global random state")


@trap
def test_shuffle_keeps_labels_aligned(harness):
    data = rows(45, width=3)
    labels = np.arange(45) * 10
    gen = BatchGenerator(data, 7, labels=labels, shuffle=True, seed=5)
    for epoch in harness.epochs(gen, 2):
        for x, y in epoch:
            same(np.asarray(y), np.asarray(x)[:, 0] // 3 * 10, "labels of a shuffled batch")


@trap
def test_in_place_augment_never_changes_data(harness):
    data = rows(6).astype(float)
    got = harness.run(data, 4, k=3, augment="add_one_in_place")
    assert got["data_unchanged"], "an augment that edits its batch in place changed data"
    for i, epoch in enumerate(got["epochs"]):
        same(np.concatenate(epoch), data + 1, f"epoch {i} with an in-place augment")


@trap
def test_in_place_augment_with_shuffle(harness):
    data = rows(9).astype(float)
    got = harness.run(data, 4, k=2, augment="negate_in_place", shuffle=True, seed=1)
    assert got["data_unchanged"], "an in-place augment changed data (with shuffle)"
    for epoch in got["epochs"]:
        original = -np.concatenate(epoch)
        ids = (original[:, 0] // 2).astype(int)
        same(original, data[ids], "augmented batches must be augment(rows of the original data)")
        assert sorted(ids.tolist()) == list(range(9)), f"rows seen: {sorted(ids.tolist())}"


# -- edge ----------------------------------------------------------------------------------

@edge
def test_batch_larger_than_data(harness):
    data = rows(3)
    got = harness.epochs(BatchGenerator(data, 10))[0]
    assert len(got) == 1, f"batch_size 10 on 3 rows: expected one partial batch, got {len(got)}"
    same(got[0], data, "the only batch")
    got = harness.epochs(BatchGenerator(data, 10, drop_last=True))[0]
    assert got == [], f"with drop_last there is no full batch: expected none, got {len(got)}"


@edge
def test_exact_multiple_with_drop_last(harness):
    data = rows(12)
    got = harness.epochs(BatchGenerator(data, 4, drop_last=True))[0]
    same(np.concatenate(got), data, "12 rows in batches of 4 with drop_last")


@edge
def test_batch_size_one(harness):
    data = rows(4)
    got = harness.epochs(BatchGenerator(data, 1))[0]
    assert shapes(got) == [(1, 2)] * 4, f"expected four (1, 2) batches, got {shapes(got)}"


@edge
def test_multidimensional_samples(harness):
    data = np.arange(5 * 2 * 3).reshape(5, 2, 3)
    got = harness.epochs(BatchGenerator(data, 2))[0]
    assert shapes(got) == [(2, 2, 3), (2, 2, 3), (1, 2, 3)], f"shapes: {shapes(got)}"
    same(np.concatenate(got), data, "image-like samples")


@edge
def test_reiterable_without_shuffle(harness):
    data = rows(7)
    first, second = harness.epochs(BatchGenerator(data, 3), 2)
    same(np.concatenate(first), data, "first epoch")
    same(np.concatenate(second), data, "second epoch must be the same as the first")


@edge
def test_shuffle_with_drop_last(harness):
    gen = BatchGenerator(rows(23), 5, shuffle=True, seed=2, drop_last=True)
    for epoch in harness.epochs(gen, 3):
        ids = row_ids(epoch)
        assert shapes(epoch) == [(5, 2)] * 4, f"shapes: {shapes(epoch)}"
        assert len(set(ids)) == 20, f"20 distinct rows expected per epoch, got {len(set(ids))}"


# -- mutation ------------------------------------------------------------------------------

@mutation
def test_shuffling_does_not_touch_data_or_labels(harness):
    data, labels = rows(20), np.arange(20) % 3
    got = harness.run(data, 6, k=3, labels=labels, shuffle=True, seed=0)
    assert got["data_unchanged"], "iterating a shuffled generator changed data"
    assert got["labels_unchanged"], "iterating a shuffled generator changed labels"


@mutation
def test_plain_iteration_does_not_touch_data(harness):
    got = harness.run(rows(9).astype(float), 2, k=2, augment="double", drop_last=True)
    assert got["data_unchanged"], "iterating changed data"


# -- scale ---------------------------------------------------------------------------------

@scale
def test_large_unshuffled_matches_reference(harness, reference):
    """Seed 31: 60 000 rows x 4, random batch sizes, with and without drop_last."""
    rng = random.Random(31)
    n, features = 60_000, 4
    data = np.arange(n * features, dtype=np.int64).reshape(n, features)
    for _ in range(3):
        batch_size, drop_last = rng.randrange(1, 5000), rng.random() < 0.5
        got = harness.summary(n, features, batch_size, drop_last)
        ref = reference.BatchGenerator(data, batch_size, drop_last=drop_last)
        want_shapes = [b.shape for b in ref]
        want_sums = [int(b.sum()) for b in ref]
        assert got["len"] == len(ref), f"batch_size {batch_size}: expected len {len(ref)}, " \
            f"got {got['len']}"
        epoch = got["epochs"][0]
        assert [tuple(s) for s in epoch["shapes"]] == want_shapes, (
            f"batch_size {batch_size}, drop_last {drop_last}: batch shapes differ")
        assert epoch["sums"] == want_sums, f"batch_size {batch_size}: batch contents differ"


@scale
def test_large_shuffled_epochs_cover_every_row(harness):
    got = harness.summary(50_000, 2, 512, False, True, 8, 3)
    heads = []
    for epoch in got["epochs"]:
        assert np.array_equal(epoch["seen"], np.arange(50_000)), (
            "a shuffled epoch of 50 000 rows must visit each row exactly once")
        heads.append(np.asarray(epoch["order_head"]).tolist())
    assert heads[0] != heads[1] != heads[2], "shuffled epochs repeated their order"
