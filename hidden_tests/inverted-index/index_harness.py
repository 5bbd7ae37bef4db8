"""Runs beside the submission: whole workloads in one call, and the search-cost probe."""

import gc
import time

from inverted_index import InvertedIndex


def run(ops):
    """Apply ("add", id, text) / ("remove", id) / ("search", query, k) ops on one index.

    Returns the result of each search, in order.
    """
    index = InvertedIndex()
    results = []
    for op in ops:
        if op[0] == "add":
            index.add(op[1], op[2])
        elif op[0] == "remove":
            index.remove(op[1])
        else:
            results.append(index.search(op[1], op[2]))
    return results


FILLER = ["the", "a", "of", "data", "model", "train", "loss", "batch", "layer", "graph",
          "node", "edge", "cache", "query", "index", "shard", "token", "vector", "score",
          "rank", "user", "item", "click", "event", "log", "time", "day", "week", "year", "one"]
RARE = 100  # rare token r<j> appears in documents j, j+100, ..., j+400 only


def probe_document(i):
    """Document i of the probe corpus: filler words, its own token, and maybe a rare token."""
    words = [FILLER[(i * 7) % 30], FILLER[(i * 13 + 5) % 30], FILLER[(i * 3 + 11) % 30],
             f"doc{i}"]
    if i < RARE * 5:
        words.append(f"r{i % RARE}")
    return " ".join(words)


def search_micros(n_docs, queries):
    """Probe target: index n_docs documents (not timed), then time the searches.

    Every query names rare tokens with 5 postings each, whatever n_docs is.
    Returns the best of up to five timed passes in microseconds (the probe's
    "count"), with the garbage collector off; stops repeating once 0.3 s have
    been spent timing. The thread's CPU time, not the wall clock: other processes on a
    busy machine do not stretch it (the grader cross-checks it against the kernel's).
    """
    index = InvertedIndex()
    for i in range(n_docs):
        index.add(i, probe_document(i))
    search = index.search
    best, spent = float("inf"), 0.0
    gc.collect()
    gc.disable()
    try:
        for _ in range(5):
            start = time.thread_time()
            for query in queries:
                search(query, 10)
            elapsed = time.thread_time() - start
            best, spent = min(best, elapsed), spent + elapsed
            if spent > 0.3:
                break
    finally:
        gc.enable()
    return best * 1e6
