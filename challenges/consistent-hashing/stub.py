"""A consistent hash ring with virtual nodes."""


class ConsistentHashRing:
    """Maps string keys to string node names; adding a node moves only keys onto it."""

    def __init__(self, nodes=(), vnodes: int = 100) -> None:
        """Create a ring holding `nodes`, each placed at `vnodes` points on the ring."""
        raise NotImplementedError

    def add_node(self, node: str) -> None:
        """Place `node` on the ring (at `vnodes` points)."""
        raise NotImplementedError

    def remove_node(self, node: str) -> None:
        """Take `node` (all its points) off the ring."""
        raise NotImplementedError

    def get_node(self, key: str) -> str:
        """Return the node owning `key`; ValueError when the ring has no nodes."""
        raise NotImplementedError
