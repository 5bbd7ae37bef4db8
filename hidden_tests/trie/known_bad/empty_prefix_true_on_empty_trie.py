# expect: failed
# caught-by: edge
# why: starts_with("") walks zero characters and answers True at the root, even when no word is stored
class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$end"] = True

    def _node(self, text):
        node = self.root
        for ch in text:
            if ch not in node:
                return None
            node = node[ch]
        return node

    def search(self, word):
        node = self._node(word)
        return node is not None and "$end" in node

    def starts_with(self, prefix):
        return self._node(prefix) is not None

    def words_with_prefix(self, prefix):
        node = self._node(prefix)
        if node is None:
            return []
        out, stack = [], [(node, prefix)]
        while stack:
            n, text = stack.pop()
            if "$end" in n:
                out.append(text)
            for ch in sorted((c for c in n if c != "$end"), reverse=True):
                stack.append((n[ch], text + ch))
        return out
