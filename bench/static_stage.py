"""Benchmark of the static quality stage (grader.stages.quality.analyze).

Times analyze(), median of several runs, on
  (a) every hidden_tests/*/reference.py, plus a few realistic generated solutions
      (so the figure means something while the bank is small), with their rules;
  (b) a generated 5,000-line file.
Targets: under 0.3 s for a typical submission, under 3 s for the large file.
The large file runs without rules so it measures metrics, lint and tamper scan; rules
are timed separately on it because name resolution is the part that grows with size.

    /work/venv/bin/python bench/static_stage.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grader.bank.rules import Rule  # noqa: E402
from grader.stages.quality import analyze  # noqa: E402

TYPICAL_TARGET_S = 0.3
LARGE_TARGET_S = 3.0

RULES = [
    Rule(id="no-builtin-cache", forbid_imports=["functools.lru_cache", "functools.cache",
                                                "collections.OrderedDict"]),
    Rule(id="no-heapq-or-sorting", forbid_imports=["heapq", "queue.PriorityQueue"],
         forbid_calls=["sorted", "list.sort"]),
    Rule(id="no-front-shifts", forbid_imports=["collections.deque"],
         forbid_calls=["list.pop(0)", "list.insert(0)"]),
]

MIN_HEAP = '''"""Binary min-heap on a Python list."""


class MinHeap:
    """Smallest item first; push and pop in O(log n)."""

    def __init__(self) -> None:
        self._items: list[int] = []

    def __len__(self) -> int:
        return len(self._items)

    def push(self, item: int) -> None:
        """Add item, sifting it up to restore the heap order."""
        items = self._items
        items.append(item)
        child = len(items) - 1
        while child > 0:
            parent = (child - 1) // 2
            if items[parent] <= items[child]:
                break
            items[parent], items[child] = items[child], items[parent]
            child = parent

    def pop(self) -> int:
        """Remove and return the smallest item (IndexError when empty)."""
        items = self._items
        if not items:
            raise IndexError("pop from an empty heap")
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        parent = 0
        while True:
            left, right = 2 * parent + 1, 2 * parent + 2
            smallest = parent
            if left < len(items) and items[left] < items[smallest]:
                smallest = left
            if right < len(items) and items[right] < items[smallest]:
                smallest = right
            if smallest == parent:
                return top
            items[parent], items[smallest] = items[smallest], items[parent]
            parent = smallest
'''

TWO_STACK_QUEUE = '''"""FIFO queue from two stacks: amortised O(1) per operation."""

from typing import Generic, TypeVar

T = TypeVar("T")


class Queue(Generic[T]):
    """Push onto the inbox; pop from the outbox, refilled only when empty."""

    def __init__(self):
        self._inbox = []
        self._outbox = []

    def enqueue(self, item: T) -> None:
        self._inbox.append(item)

    def dequeue(self) -> T:
        if not self._outbox:
            while self._inbox:
                self._outbox.append(self._inbox.pop())
        if not self._outbox:
            raise IndexError("dequeue from an empty queue")
        return self._outbox.pop()

    def __len__(self):
        return len(self._inbox) + len(self._outbox)
'''

MERGE_SORT = '''"""Merge sort, stable, O(n log n)."""


def merge_sort(items: list[int]) -> list[int]:
    """Return a sorted copy of items."""
    if len(items) <= 1:
        return list(items)
    middle = len(items) // 2
    return merge(merge_sort(items[:middle]), merge_sort(items[middle:]))


def merge(left: list[int], right: list[int]) -> list[int]:
    """Merge two sorted lists into one sorted list."""
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
'''


def large_source(lines: int = 5000) -> str:
    """A realistic-looking module of about `lines` lines: classes, branches, loops."""
    chunks = ['"""Generated module for the static stage benchmark."""', "", "import math", ""]
    i = 0
    while sum(c.count("\n") + 1 for c in chunks) < lines:
        chunks.append(f'''
class Shape{i}:
    """Shape number {i}."""

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height

    def area(self) -> float:
        """Area, with a few branches to give radon something to count."""
        if self.width <= 0 or self.height <= 0:
            return 0.0
        elif self.width == self.height:
            return self.width ** 2
        total = 0.0
        for step in range(3):
            if step % 2:
                total += self.width * self.height / 3
            else:
                total += math.sqrt(self.width * self.height) ** 2 / 3
        return total

    def describe(self, verbose=False):
        parts = [f"w={{self.width}}", f"h={{self.height}}"]
        if verbose:
            parts.append(f"area={{self.area():.2f}}")
        return ", ".join(parts)


def helper_{i}(values):
    result = []
    for value in values:
        if value is None:
            continue
        try:
            result.append(int(value) * {i % 7 + 1})
        except (TypeError, ValueError):
            result.append(0)
    return result
''')
        i += 1
    return "\n".join(chunks)


def median_time(files: dict[str, str], runs: int, rules=()) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        analyze(files, rules=rules)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    typical: dict[str, dict[str, str]] = {}
    for reference in sorted(ROOT.glob("hidden_tests/*/reference.py")):
        typical[f"{reference.parent.name}/reference.py"] = {
            "solution.py": reference.read_text(encoding="utf-8")
        }
    typical["generated/min_heap.py"] = {"min_heap.py": MIN_HEAP}
    typical["generated/two_stack_queue.py"] = {"queue.py": TWO_STACK_QUEUE}
    typical["generated/merge_sort.py"] = {"sort.py": MERGE_SORT}

    analyze({"warmup.py": MERGE_SORT}, rules=RULES)  # imports, ruff's first start
    failures = 0
    print(f"analyze() median of {args.runs} runs (target < {TYPICAL_TARGET_S:.1f} s typical)")
    for name, files in typical.items():
        lines = sum(text.count("\n") for text in files.values())
        median = median_time(files, args.runs, RULES)
        ok = median < TYPICAL_TARGET_S
        failures += not ok
        print(f"  {name:40s} {lines:5d} lines  {median * 1000:8.1f} ms  {'ok' if ok else 'SLOW'}")

    big = large_source()
    lines = big.count("\n") + 1
    print(f"large generated file (target < {LARGE_TARGET_S:.1f} s)")
    for label, rules in (("without rules", ()), ("with 3 rules", RULES)):
        median = median_time({"big.py": big}, max(3, args.runs // 2), rules)
        ok = median < LARGE_TARGET_S
        failures += not ok
        print(f"  big.py {label:33s} {lines:5d} lines  {median * 1000:8.1f} ms  "
              f"{'ok' if ok else 'SLOW'}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
