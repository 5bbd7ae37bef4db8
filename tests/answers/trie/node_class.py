# style: explicit TrieNode class (children dict + is_word flag) and an iterative preorder walk over sorted children
"""Trie with an explicit node class."""


class TrieNode:
    __slots__ = ("children", "is_word")

    def __init__(self) -> None:
        self.children = {}
        self.is_word = False


class Trie:
    def __init__(self) -> None:
        self.root = TrieNode()

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            child = node.children.get(ch)
            if child is None:
                child = TrieNode()
                node.children[ch] = child
            node = child
        node.is_word = True

    def _find(self, prefix: str):
        """The node reached by following `prefix`, or None (never creates nodes)."""
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        node = self._find(word)
        return node is not None and node.is_word

    def starts_with(self, prefix: str) -> bool:
        node = self._find(prefix)
        if node is None:
            return False
        # nodes are only created by insert, so any node below the root leads to a word;
        # the root itself counts only once something is stored
        return node.is_word or bool(node.children)

    def words_with_prefix(self, prefix: str) -> list[str]:
        start = self._find(prefix)
        if start is None:
            return []
        result = []
        # explicit stack of (node, characters below the prefix); children pushed in
        # reverse sorted order so they pop in sorted order -> output is in sorted() order
        stack = [(start, [])]
        while stack:
            node, path = stack.pop()
            if node.is_word:
                result.append(prefix + "".join(path))
            for ch in sorted(node.children, reverse=True):
                stack.append((node.children[ch], path + [ch]))
        return result
