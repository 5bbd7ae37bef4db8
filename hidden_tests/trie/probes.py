"""Probe inputs for trie: n stored words (the harness makes them from the seed)."""


def search_cost(n, rng):
    """Arguments of trie_harness.search_cost: the number of words and a seed."""
    return [n, rng.randrange(1 << 30)]
