# expect: failed
# caught-by: basic
# why: search only checks that the path exists, so any prefix of a stored word counts as a word
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
            if char not in node.children:
                node.children[char] = TrieNode()
            node = node.children[char]
        if not node.is_end:
            node.is_end = True
            self.size += 1

    def _walk(self, text):
        node = self.root
        for char in text:
            if char not in node.children:
                return None
            node = node.children[char]
        return node

    def search(self, word):
        return self._walk(word) is not None

    def starts_with(self, prefix):
        return self.size > 0 and self._walk(prefix) is not None

    def words_with_prefix(self, prefix):
        node = self._walk(prefix)
        out = []

        def collect(n, path):
            if n.is_end:
                out.append(path)
            for ch in sorted(n.children):
                collect(n.children[ch], path + ch)

        if node is not None:
            collect(node, prefix)
        return out
