"""Runs beside the submission: operation replays and the search-cost probe."""

import random

import trie


def replay(ops):
    """Apply ("insert", w) / ("search", w) / ("starts_with", p) / ("words", p) operations
    to a new Trie; return the results of every operation but the inserts."""
    t = trie.Trie()
    out = []
    for kind, text in ops:
        if kind == "insert":
            t.insert(text)
        elif kind == "search":
            out.append(t.search(text))
        elif kind == "starts_with":
            out.append(t.starts_with(text))
        elif kind == "words":
            out.append(t.words_with_prefix(text))
        else:
            raise ValueError(f"unknown operation {kind!r}")
    return out


class CountingWord(str):
    """A query word that counts what is done with it: iteration (per character yielded),
    indexing, hashing, comparisons, len and `in`. The trie cannot tell it from a str."""

    ops = 0

    def __iter__(self):
        for ch in str.__iter__(self):
            CountingWord.ops += 1
            yield ch

    def __getitem__(self, index):
        CountingWord.ops += 1
        return str.__getitem__(self, index)

    def __hash__(self):
        CountingWord.ops += 1
        return str.__hash__(self)

    def __eq__(self, other):
        CountingWord.ops += 1
        return str.__eq__(self, other)

    def __ne__(self, other):
        CountingWord.ops += 1
        return str.__ne__(self, other)

    def __lt__(self, other):
        CountingWord.ops += 1
        return str.__lt__(self, other)

    def __le__(self, other):
        CountingWord.ops += 1
        return str.__le__(self, other)

    def __gt__(self, other):
        CountingWord.ops += 1
        return str.__gt__(self, other)

    def __ge__(self, other):
        CountingWord.ops += 1
        return str.__ge__(self, other)

    def __len__(self):
        CountingWord.ops += 1
        return str.__len__(self)

    def __contains__(self, item):
        CountingWord.ops += 1
        return str.__contains__(self, item)


WORD_LENGTH = 12
ALPHABET = "abcdefghijklmnop"
QUERIES = 20


def search_cost(n, seed):
    """The probe: store n distinct random words of length 12, then search 10 of them and
    10 absent words (a stored word with its last letter changed to 'z'); return how many
    operations the searches performed on the query words."""
    rng = random.Random(seed)
    words = {"".join(rng.choices(ALPHABET, k=WORD_LENGTH)) for _ in range(n)}
    while len(words) < n:
        words.add("".join(rng.choices(ALPHABET, k=WORD_LENGTH)))
    words = list(words)
    rng.shuffle(words)
    t = trie.Trie()
    for w in words:
        t.insert(w)
    picked = rng.sample(words, QUERIES // 2)
    queries = [CountingWord(w) for w in picked] + [CountingWord(w[:-1] + "z") for w in picked]
    CountingWord.ops = 0
    found = sum(1 for q in queries if t.search(q))
    if found != QUERIES // 2:
        raise AssertionError(f"search found {found} of the {QUERIES // 2} stored words")
    return CountingWord.ops
