"""Hidden tests for linked-list-cycle.

Lists are built in the sandbox from the submission's own ListNode by the harness:
(values, pos) means one node per value, with the tail's next pointing at node
`pos` (None: no cycle). observe() returns [has_cycle's result, the index of the
node detect_cycle returned, the first change to the list or None].
"""

import random

import pytest
from linked_list_cycle import ListNode, detect_cycle, has_cycle

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


def describe(values, pos):
    n = len(values)
    shape = f"{n} nodes" + (f", tail -> node {pos}" if pos is not None else ", no cycle")
    return shape


def check(harness, values, pos):
    """Both functions on one list: right answers, list unchanged."""
    has, index, change = harness.observe(values, pos)
    shape = describe(values, pos)
    want = pos is not None
    assert has is want, f"{shape}: has_cycle should be {want}, got {has!r}"
    assert index == pos, (f"{shape}: detect_cycle should return "
                          f"{'node ' + str(pos) if want else 'None'}, got "
                          f"{'node ' + str(index) if isinstance(index, int) else index!r}")
    assert change is None, f"{shape}: the list was changed: {change}"


# -- basic ---------------------------------------------------------------------------------
@basic
def test_list_node_constructor():
    tail = ListNode("b")
    head = ListNode("a", tail)
    assert head.val == "a" and tail.val == "b", "ListNode(val) must store val"
    assert tail.next is None, "ListNode(val).next must default to None"
    assert head.next is tail, "ListNode(val, nxt).next must be nxt"
    assert ListNode(1, next=tail).next is tail, "ListNode(val, next=nxt) must work too"


@basic
@pytest.mark.parametrize("values,pos", [
    ([1, 2, 3, 4], 1),
    ([1, 2, 3, 4, 5], 0),
    ([1, 2, 3, 4, 5], 4),
    (list(range(10)), 3),
    (list(range(10)), 8),
    (list(range(7)), 6),
], ids=["4-to-1", "ring-of-5", "tail-self-loop", "10-to-3", "10-to-8", "7-to-6"])
def test_cycles_are_found_with_their_start(harness, values, pos):
    check(harness, values, pos)


@basic
@pytest.mark.parametrize("n", [2, 3, 5, 10])
def test_lists_without_a_cycle(harness, n):
    check(harness, list(range(n)), None)


@basic
@pytest.mark.parametrize("tail,cycle", [(1, 5), (2, 3), (3, 7), (5, 2), (6, 4), (10, 3)])
def test_start_is_not_where_the_pointers_meet(harness, tail, cycle):
    """A tail of `tail` nodes before a cycle of `cycle` nodes: the start is node `tail`,
    which is generally not where a slow and a fast pointer first meet."""
    check(harness, list(range(tail + cycle)), tail)


@basic
def test_nodes_linked_here_through_the_proxy():
    a, b, c, d = ListNode(1), ListNode(2), ListNode(3), ListNode(4)
    a.next, b.next, c.next, d.next = b, c, d, b
    assert has_cycle(a) is True, "1 -> 2 -> 3 -> 4 -> 2: has_cycle should be True"
    assert detect_cycle(a) is b, "1 -> 2 -> 3 -> 4 -> 2: the cycle starts at the node holding 2"
    d.next = None
    assert has_cycle(a) is False, "1 -> 2 -> 3 -> 4: has_cycle should be False"
    assert detect_cycle(a) is None, "1 -> 2 -> 3 -> 4: detect_cycle should be None"


# -- edge ----------------------------------------------------------------------------------
@edge
def test_empty_list():
    assert has_cycle(None) is False, f"has_cycle(None) should be False, got {has_cycle(None)!r}"
    assert detect_cycle(None) is None, "detect_cycle(None) should be None"


@edge
def test_single_node_pointing_at_itself(harness):
    check(harness, ["only"], 0)


@edge
@pytest.mark.parametrize("pos", [None, 0, 1])
def test_two_nodes(harness, pos):
    check(harness, ["a", "b"], pos)


@edge
@pytest.mark.parametrize("pos", [None, 0, 3, 5])
def test_every_node_holds_the_same_value(harness, pos):
    check(harness, [7] * 6, pos)


@edge
@pytest.mark.parametrize("pos", [None, 1])
def test_none_and_falsy_values(harness, pos):
    check(harness, [None, 0, "", None, False, 0], pos)


@edge
def test_every_small_shape(harness):
    """Every list of 1 to 8 nodes, with no cycle and with the tail linked to each node."""
    cases = [(list(range(n)), pos) for n in range(1, 9) for pos in [None, *range(n)]]
    results = harness.observe_many(cases)
    for (values, pos), (has, index, change) in zip(cases, results, strict=True):
        shape = describe(values, pos)
        assert has is (pos is not None), f"{shape}: has_cycle gave {has!r}"
        assert index == pos, f"{shape}: detect_cycle gave node {index!r}, expected {pos!r}"
        assert change is None, f"{shape}: the list was changed: {change}"


# -- traps from the seed's answer ----------------------------------------------------------
@trap
def test_single_node_without_a_cycle(harness):
    """The seed tests slow == fast after the loop: on a lone node they never moved."""
    has, index, change = harness.observe(["lonely"], None)
    assert has is False, f"a single node whose next is None has no cycle; has_cycle gave {has!r}"
    assert index is None, (f"a single node whose next is None: detect_cycle should be None, "
                           f"got node {index!r}")
    assert change is None, f"the list was changed: {change}"


@trap
def test_single_node_built_here():
    node = ListNode(0)
    assert has_cycle(node) is False, "ListNode(0) alone: has_cycle should be False"
    assert detect_cycle(node) is None, "ListNode(0) alone: detect_cycle should be None"


# -- mutation: the list is left as it was ------------------------------------------------
@mutation
@pytest.mark.parametrize("values,pos", [
    (list(range(6)), 2), (list(range(6)), None), (["x"], 0), (list(range(9)), 0),
], ids=["6-to-2", "6-no-cycle", "self-loop", "ring-of-9"])
def test_each_function_alone_leaves_the_list_unchanged(harness, values, pos):
    for name in ("has_cycle", "detect_cycle"):
        *_, change = harness.observe(values, pos, [name])
        assert change is None, f"{name} on {describe(values, pos)} changed the list: {change}"


@mutation
@pytest.mark.parametrize("values,pos", [(list(range(8)), 3), (list(range(8)), None)],
                         ids=["8-to-3", "8-no-cycle"])
def test_repeated_calls_on_the_same_list(harness, values, pos):
    calls = ["has_cycle", "detect_cycle", "detect_cycle", "has_cycle"]
    got = harness.observe(values, pos, calls)
    want = [pos is not None, pos, pos, pos is not None, None]
    assert got == want, (f"{describe(values, pos)}, calls {calls}: expected {want} "
                         f"(last: no change to the list), got {got}")


# -- scale ---------------------------------------------------------------------------------
def reference_observation(reference, values, pos):
    nodes = [reference.ListNode(v) for v in values]
    for a, b in zip(nodes, nodes[1:], strict=False):
        a.next = b
    if nodes and pos is not None:
        nodes[-1].next = nodes[pos]
    head = nodes[0] if nodes else None
    found = reference.detect_cycle(head)
    index = next((i for i, node in enumerate(nodes) if node is found), None)
    return [reference.has_cycle(head), index, None]


@scale
@pytest.mark.secret
def test_random_shapes_match_reference(harness, reference):
    """Seed 1010: 300 lists of 0 to 300 nodes, half with a cycle starting anywhere."""
    rng = random.Random(1010)
    cases = []
    for _ in range(300):
        n = rng.randrange(0, 301)
        pos = rng.randrange(n) if n and rng.random() < 0.5 else None
        cases.append((list(range(n)), pos))
    got = harness.observe_many(cases)
    for (values, pos), g in zip(cases, got, strict=True):
        want = reference_observation(reference, values, pos)
        assert g == want, f"{describe(values, pos)}: expected {want}, got {g}"


@scale
@pytest.mark.parametrize("pos", [None, 0, 2500, 4999], ids=["no-cycle", "ring", "middle", "tail"])
def test_long_list(harness, pos):
    check(harness, list(range(5000)), pos)
