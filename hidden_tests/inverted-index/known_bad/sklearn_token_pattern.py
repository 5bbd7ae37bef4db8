# expect: failed
# caught-by: basic
# why: tokenizes with scikit-learn's default pattern \b\w\w+\b, which drops one-character tokens
"""Reference inverted index with TF-IDF ranking.

Postings map each token to {doc_id: count}; each document's length (its number
of tokens) and its distinct tokens are kept so that removal touches only its
own postings. A search walks the postings of the distinct query tokens only,
so its cost is the size of those postings (plus sorting the matches), never
the number of documents.

score(d) = sum over distinct query tokens t present in d of
           (count(t, d) / len(d)) * (ln(N / df(t)) + 1)
with N the number of documents in the index and df(t) the number holding t.
"""

import heapq
import math
import re
from collections.abc import Hashable

_TOKEN = re.compile(r"\b\w\w+\b")


def tokenize(text: str) -> list[str]:
    """The catalog's tokenizer: word characters of the lower-cased text."""
    return _TOKEN.findall(text.lower())


class InvertedIndex:
    """Documents indexed by token, searched by TF-IDF."""

    def __init__(self) -> None:
        self._postings: dict[str, dict] = {}
        self._length: dict = {}  # doc_id -> number of tokens
        self._terms: dict = {}  # doc_id -> its distinct tokens

    def add(self, doc_id: Hashable, text: str) -> None:
        """Index `text` under `doc_id` (replacing what that id held before)."""
        if doc_id in self._length:
            self.remove(doc_id)
        tokens = tokenize(text)
        counts: dict[str, int] = {}
        for token in tokens:
            counts[token] = counts.get(token, 0) + 1
        self._length[doc_id] = len(tokens)
        self._terms[doc_id] = list(counts)
        for token, count in counts.items():
            self._postings.setdefault(token, {})[doc_id] = count

    def remove(self, doc_id: Hashable) -> None:
        """Drop `doc_id` from the index; KeyError if it is not there."""
        terms = self._terms.pop(doc_id)
        del self._length[doc_id]
        for token in terms:
            posting = self._postings[token]
            del posting[doc_id]
            if not posting:
                del self._postings[token]

    def search(self, query: str, k: int = 10) -> list[tuple]:
        """The k best (doc_id, score) pairs, by descending score then ascending doc_id."""
        if k <= 0:
            return []
        n_docs = len(self._length)
        scores: dict = {}
        for token in dict.fromkeys(tokenize(query)):
            posting = self._postings.get(token)
            if not posting:
                continue
            idf = math.log(n_docs / len(posting)) + 1
            for doc_id, count in posting.items():
                scores[doc_id] = scores.get(doc_id, 0.0) + count / self._length[doc_id] * idf
        best = heapq.nsmallest(k, scores.items(), key=lambda item: (-item[1], item[0]))
        return [(doc_id, score) for doc_id, score in best]
