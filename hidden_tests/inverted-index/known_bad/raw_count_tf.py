# expect: failed
# caught-by: basic
# why: tf is the raw count, not divided by the document's length, so long documents win
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
        n = len(self.doc_len)
        scores = defaultdict(float)
        for tok in set(tokenize(query)):
            postings = self.index.get(tok)
            if not postings:
                continue
            idf = math.log(n / len(postings)) + 1
            for doc_id, c in postings.items():
                scores[doc_id] += c * idf
        ranked = sorted(scores.items(), key=lambda x: (-x[1], x[0]))
        return ranked[:k]
