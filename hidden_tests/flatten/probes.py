"""Probe inputs for flatten: nested lists with about n leaves."""


def mixed_nesting(n, rng):
    """About n leaves in a list nested up to 30 levels, with runs of flat leaves."""
    root = []
    stack = [root]
    for i in range(n):
        r = rng.random()
        if r < 0.1 and len(stack) < 30:
            inner = []
            stack[-1].append(inner)
            stack.append(inner)
        elif r < 0.2 and len(stack) > 1:
            stack.pop()
        stack[-1].append(i)
    return [root]


def leaf_count(n, rng):
    """The number of leaves of the balanced tree the harness builds."""
    return [n]
