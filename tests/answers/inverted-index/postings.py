# style: token -> {doc_id: count} postings dicts, score accumulation over postings, full sort of matches
"""An inverted index ranking documents by TF-IDF."""

import math
import re
from collections import Counter


def _tokens(text):
    return re.findall(r"\w+", text.lower())


class InvertedIndex:
    def __init__(self) -> None:
        self._postings: dict[str, dict] = {}   # token -> {doc_id: count}
        self._doc_len: dict = {}               # doc_id -> number of tokens
        self._doc_tokens: dict = {}            # doc_id -> distinct tokens

    def add(self, doc_id, text: str) -> None:
        if doc_id in self._doc_len:
            self.remove(doc_id)                # re-adding replaces the document
        tokens = _tokens(text)
        counts = Counter(tokens)
        self._doc_len[doc_id] = len(tokens)
        self._doc_tokens[doc_id] = list(counts)
        for tok, c in counts.items():
            self._postings.setdefault(tok, {})[doc_id] = c

    def remove(self, doc_id) -> None:
        if doc_id not in self._doc_len:
            raise KeyError(doc_id)
        for tok in self._doc_tokens.pop(doc_id):
            posting = self._postings[tok]
            del posting[doc_id]
            if not posting:
                del self._postings[tok]
        del self._doc_len[doc_id]

    def search(self, query: str, k: int = 10) -> list[tuple]:
        if k <= 0:
            return []
        n_docs = len(self._doc_len)
        scores: dict = {}
        for tok in set(_tokens(query)):
            posting = self._postings.get(tok)
            if not posting:
                continue
            idf = math.log(n_docs / len(posting)) + 1
            for doc_id, count in posting.items():
                scores[doc_id] = scores.get(doc_id, 0.0) + count / self._doc_len[doc_id] * idf
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        return ranked[:k]
