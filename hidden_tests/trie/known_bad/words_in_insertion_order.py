# expect: failed
# caught-by: basic
# why: words_with_prefix walks children in insertion order and never sorts
class TrieNode:
    def __init__(self):
        self.children = {}
        self.is_end = False


class Trie:
    def __init__(self):
        self.root = TrieNode()
        self.size = 0

    def insert(self, word):
        node = self.root
        for char in word:
            node = node.children.setdefault(char, TrieNode())
        if not node.is_end:
            node.is_end = True
            self.size += 1

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
        return self.size > 0 and self._walk(prefix) is not None

    def words_with_prefix(self, prefix):
        node = self._walk(prefix)
        if node is None:
            return []
        out, stack = [], [(node, prefix)]
        while stack:
            n, path = stack.pop()
            if n.is_end:
                out.append(path)
            for ch, child in reversed(list(n.children.items())):
                stack.append((child, path + ch))
        return out
