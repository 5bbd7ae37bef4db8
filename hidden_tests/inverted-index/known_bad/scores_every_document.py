# expect: failed
# caught-by: probe
# why: correct scores, but each search walks every document and recomputes df by scanning them all: O(number of documents) per search
import math
import re
from collections import Counter, defaultdict


def tokenize(text):
    return re.findall(r"\w+", text.lower())


class InvertedIndex:
    def __init__(self):
        self.index = defaultdict(dict)  # token -> {doc_id: count}
        self.doc_len = {}
        self.doc_terms = {}

    def add(self, doc_id, text):
        tokens = tokenize(text)
        counts = Counter(tokens)
        self.doc_len[doc_id] = len(tokens)
        self.doc_terms[doc_id] = set(counts)
        for tok, c in counts.items():
            self.index[tok][doc_id] = c

    def remove(self, doc_id):
        for tok in self.doc_terms.pop(doc_id):
            del self.index[tok][doc_id]
            if not self.index[tok]:
                del self.index[tok]
        del self.doc_len[doc_id]

    def search(self, query, k=10):
        if k == 0:
            return []
        terms = set(tokenize(query))
        n = len(self.doc_len)
        df = {t: sum(1 for d in self.doc_terms.values() if t in d) for t in terms}
        results = []
        for doc_id, length in self.doc_len.items():
            score = 0.0
            for t in terms:
                c = self.index.get(t, {}).get(doc_id, 0)
                if c:
                    score += c / length * (math.log(n / df[t]) + 1)
            if score > 0:
                results.append((doc_id, score))
        results.sort(key=lambda x: (-x[1], x[0]))
        return results[:k]
