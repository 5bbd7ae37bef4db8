# style: nested plain dicts with "" (never a single character) as the end-of-word marker; words rebuilt with a char list
"""Trie as nested dictionaries."""

_END = ""  # a character key is always exactly one character long, so "" cannot clash


class Trie:
    def __init__(self) -> None:
        self._root = {}

    def insert(self, word: str) -> None:
        node = self._root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = True

    def _walk(self, prefix: str):
        node = self._root
        for ch in prefix:
            if ch not in node:
                return None
            node = node[ch]
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return bool(node) and _END in node

    def starts_with(self, prefix: str) -> bool:
        node = self._walk(prefix)
        return bool(node)  # None or an empty root dict -> False

    def words_with_prefix(self, prefix: str) -> list[str]:
        node = self._walk(prefix)
        if not node:
            return []
        out = []
        chars = []
        # iterative DFS; each stack entry is (depth, key, child)
        stack = [(0, _END, node)]
        first = True
        while stack:
            depth, key, cur = stack.pop()
            del chars[depth:]
            if first:
                first = False
            else:
                chars.append(key)
            if _END in cur:
                out.append(prefix + "".join(chars))
            level = len(chars)
            for ch in sorted((c for c in cur if c != _END), reverse=True):
                stack.append((level, ch, cur[ch]))
        return out
