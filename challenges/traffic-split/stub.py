"""Deterministic assignment of users to experiment variants."""


def assign_variant(user_id: str, weights: dict[str, float], salt: str = "") -> str:
    """Return the variant `user_id` belongs to, in proportion to `weights` (summing to 1).

    The same inputs give the same variant in every process; different salts give
    independent splits. Raises ValueError for empty, negative or badly summed weights.
    """
    raise NotImplementedError
