"""Probe inputs for inverted-index (run in the grader, crossing as data)."""

QUERIES = 300
RARE = 100  # must match index_harness.RARE


def rare_queries(n, rng):
    """n documents; 300 queries of one or two rare tokens (5 postings each at every n)."""
    queries = [" ".join(f"r{rng.randrange(RARE)}" for _ in range(rng.choice([1, 2])))
               for _ in range(QUERIES)]
    return [n, queries]
