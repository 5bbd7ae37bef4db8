# expect: failed
# caught-by: probe
# why: keeps a list of the words beside the trie and answers search by scanning it: O(number of words) per search
class Trie:
    END = None  # key of the end-of-word marker in a node dict

    def __init__(self):
        self.root = {}
        self.words = []

    def insert(self, word):
        node = self.root
        for char in word:
            node = node.setdefault(char, {})
        if self.END not in node:
            node[self.END] = True
            self.words.append(word)

    def search(self, word):
        return word in self.words

    def starts_with(self, prefix):
        if not self.words:
            return False
        node = self.root
        for char in prefix:
            if char not in node:
                return False
            node = node[char]
        return True

    def words_with_prefix(self, prefix):
        return sorted(w for w in self.words if w.startswith(prefix))
