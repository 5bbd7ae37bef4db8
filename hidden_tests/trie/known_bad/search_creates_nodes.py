# expect: failed
# caught-by: mutation
# why: search walks with setdefault, so looking up an absent word plants its path and later starts_with calls see it
class TrieNode:
    def __init__(self):
        self.children = {}
        self.is_end = False


class Trie:
    def __init__(self):
        self.root = TrieNode()
        self.size = 0

    def _path(self, text):
        node = self.root
        for char in text:
            node = node.children.setdefault(char, TrieNode())
        return node

    def insert(self, word):
        node = self._path(word)
        if not node.is_end:
            node.is_end = True
            self.size += 1

    def search(self, word):
        return self._path(word).is_end

    def starts_with(self, prefix):
        if self.size == 0:
            return False
        node = self.root
        for char in prefix:
            if char not in node.children:
                return False
            node = node.children[char]
        return True

    def words_with_prefix(self, prefix):
        if not self.starts_with(prefix):
            return []
        out, stack = [], [(self._path(prefix), prefix)]
        while stack:
            n, path = stack.pop()
            if n.is_end:
                out.append(path)
            for ch in sorted(n.children, reverse=True):
                stack.append((n.children[ch], path + ch))
        return out
