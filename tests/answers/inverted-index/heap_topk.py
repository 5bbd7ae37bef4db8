# style: postings as token -> {doc_id: tf} (tf precomputed at add), heapq.nsmallest for top-k, tolerant remove
"""Inverted index with precomputed term frequencies and heap-based top-k."""

import heapq
import math
import re
from collections import Counter, defaultdict

_WORD = re.compile(r"\w+")


class InvertedIndex:
    def __init__(self):
        self.index = defaultdict(dict)   # token -> {doc_id: tf}
        self.docs = {}                   # doc_id -> Counter of tokens

    def add(self, doc_id, text):
        self.remove(doc_id)
        counts = Counter(_WORD.findall(text.lower()))
        total = sum(counts.values())
        self.docs[doc_id] = counts
        for token, c in counts.items():
            self.index[token][doc_id] = c / total

    def remove(self, doc_id):
        counts = self.docs.pop(doc_id, None)
        if counts is None:
            return                       # unknown ids are ignored
        for token in counts:
            postings = self.index[token]
            postings.pop(doc_id, None)
            if not postings:
                del self.index[token]

    def search(self, query, k=10):
        terms = set(_WORD.findall(query.lower()))
        if not terms or k <= 0:
            return []
        n = len(self.docs)
        acc = defaultdict(float)
        for term in terms:
            postings = self.index.get(term)
            if not postings:
                continue
            idf = math.log(n / len(postings)) + 1.0
            for doc_id, tf in postings.items():
                acc[doc_id] += tf * idf
        best = heapq.nsmallest(k, acc.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(doc_id, score) for doc_id, score in best]
