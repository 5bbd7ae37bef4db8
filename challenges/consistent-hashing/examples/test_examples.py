"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from consistent_hashing import ConsistentHashRing

pytestmark = pytest.mark.category("example")

NODES = ["cache-a", "cache-b", "cache-c"]


def test_key_maps_to_one_of_the_nodes_every_time():
    ring = ConsistentHashRing(NODES)
    owner = ring.get_node("user:42")
    assert owner in NODES, f"expected one of {NODES}, got {owner!r}"
    assert ring.get_node("user:42") == owner, "the same key must map to the same node"


def test_adding_a_node_moves_keys_only_onto_it():
    ring = ConsistentHashRing(NODES)
    keys = [f"user:{i}" for i in range(200)]
    before = [ring.get_node(k) for k in keys]
    ring.add_node("cache-d")
    after = [ring.get_node(k) for k in keys]
    wrong = [(k, b, a) for k, b, a in zip(keys, before, after, strict=True)
             if a != b and a != "cache-d"]
    assert not wrong, f"keys moved between old nodes: {wrong[:3]}"


def test_empty_ring_raises_value_error():
    with pytest.raises(ValueError):
        ConsistentHashRing().get_node("x")
