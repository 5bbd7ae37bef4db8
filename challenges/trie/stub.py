"""Trie (prefix tree): insert words, look up words and prefixes, list words by prefix."""


class Trie:
    """A prefix tree of strings."""

    def __init__(self) -> None:
        """Create an empty trie."""
        raise NotImplementedError

    def insert(self, word: str) -> None:
        """Store `word` (the empty string is a valid word)."""
        raise NotImplementedError

    def search(self, word: str) -> bool:
        """True when `word` itself was inserted (not merely a prefix of a stored word)."""
        raise NotImplementedError

    def starts_with(self, prefix: str) -> bool:
        """True when some stored word starts with `prefix`."""
        raise NotImplementedError

    def words_with_prefix(self, prefix: str) -> list[str]:
        """Every stored word that starts with `prefix`, sorted."""
        raise NotImplementedError
