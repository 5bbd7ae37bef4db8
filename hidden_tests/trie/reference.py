"""Reference trie: one node per character, children in a dict keyed by character.

insert, search and starts_with walk one node per character of their argument,
so their cost is O(len(word)) whatever the number of stored words.
words_with_prefix walks down to the prefix's node, then visits the subtree in
pre-order with children in character order, which yields the words already in
sorted() order (a word comes before every longer word it is a prefix of). The
walks are iterative, so very long words cannot exhaust the recursion limit.
"""


class _Node:
    __slots__ = ("children", "is_word")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.is_word = False


class Trie:
    """A prefix tree of strings."""

    def __init__(self) -> None:
        self._root = _Node()
        self._count = 0  # distinct words stored

    def insert(self, word: str) -> None:
        """Store `word` (the empty string is a valid word)."""
        node = self._root
        for ch in word:
            child = node.children.get(ch)
            if child is None:
                child = node.children[ch] = _Node()
            node = child
        if not node.is_word:
            node.is_word = True
            self._count += 1

    def search(self, word: str) -> bool:
        """True when `word` itself was inserted."""
        node = self._find(word)
        return node is not None and node.is_word

    def starts_with(self, prefix: str) -> bool:
        """True when some stored word starts with `prefix`."""
        if self._count == 0:
            return False
        return self._find(prefix) is not None

    def words_with_prefix(self, prefix: str) -> list[str]:
        """Every stored word that starts with `prefix`, sorted."""
        start = self._find(prefix)
        if start is None:
            return []
        words = []
        # Pre-order; children pushed in reverse so the smallest character pops first.
        stack = [(start, prefix)]
        while stack:
            node, text = stack.pop()
            if node.is_word:
                words.append(text)
            for ch in sorted(node.children, reverse=True):
                stack.append((node.children[ch], text + ch))
        return words

    def _find(self, text: str) -> _Node | None:
        """The node `text` leads to, or None; never creates nodes."""
        node = self._root
        for ch in text:
            node = node.children.get(ch)
            if node is None:
                return None
        return node
