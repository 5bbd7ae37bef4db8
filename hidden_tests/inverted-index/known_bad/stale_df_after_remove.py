# expect: failed
# caught-by: trap
# why: remove only forgets the document's length: its postings stay, so df keeps counting removed documents (they are filtered out at search time)
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
                if doc_id in self.doc_len:
                    scores[doc_id] += c / self.doc_len[doc_id] * idf
        ranked = sorted(scores.items(), key=lambda x: (-x[1], x[0]))
        return ranked[:k]
