# expect: failed
# caught-by: edge
# why: treats "" as "nothing to insert", so the empty word can never be found
class TrieNode:
    def __init__(self):
        self.children = {}
        self.is_end = False


class Trie:
    def __init__(self):
        self.root = TrieNode()

    def insert(self, word):
        if not word:
            return
        node = self.root
        for char in word:
            node = node.children.setdefault(char, TrieNode())
        node.is_end = True

    def _walk(self, text):
        node = self.root
        for char in text:
            node = node.children.get(char)
            if node is None:
                return None
        return node

    def search(self, word):
        node = self._walk(word)
        return node is not None and node.is_end

    def starts_with(self, prefix):
        return bool(self.root.children) and self._walk(prefix) is not None

    def words_with_prefix(self, prefix):
        node = self._walk(prefix)
        if node is None:
            return []
        out, stack = [], [(node, prefix)]
        while stack:
            n, path = stack.pop()
            if n.is_end:
                out.append(path)
            for ch in sorted(n.children, reverse=True):
                stack.append((n.children[ch], path + ch))
        return out
