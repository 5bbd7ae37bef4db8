"""analyze()'s radon numbers equal what radon's own CLI prints for the same file."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from quality_samples import HASH_MAP_CLEAN, LRU_CLEAN, MIN_HEAP_CLEAN, src

from grader.stages.quality import analyze

COMMENTS_AND_CLOSURES = src('''
    """Module docstring
    spanning lines."""
    # a comment
    import math  # trailing comment


    def outer(xs):
        """Closure inside."""
        def inner(y):
            return y * 2 if y > 0 else -y
        total = 0
        for x in xs:
            if x and x % 2:
                total += inner(x)
            elif x:
                total -= 1
        s = """not a
        docstring"""
        return total, math.pi, s
''')

MODERN_SYNTAX = src('''
    import asyncio
    from dataclasses import dataclass


    @dataclass
    class Point:
        x: int
        y: int

        def norm(self) -> float:
            return (self.x ** 2 + self.y ** 2) ** 0.5


    def classify(value):
        match value:
            case Point(x=0, y=0):
                return "origin"
            case Point(x=0) | Point(y=0):
                return "axis"
            case [first, *rest] if rest:
                return f"list starting {first}"
            case _:
                return "other"


    async def gather(n):
        try:
            return [await asyncio.sleep(0, i) for i in range(n) if i % 3]
        except (ValueError, TypeError):
            return []
        finally:
            pass


    label = "größe"  # non-ASCII text
    squares = {k: k * k for k in range(10) if k and not k % 2 or k == 7}
    pick = lambda a, b: a if a > b else b  # noqa: E731
''')

FILES = {
    "lru_cache.py": LRU_CLEAN,
    "hash_map.py": HASH_MAP_CLEAN,
    "min_heap.py": MIN_HEAP_CLEAN,
    "comments.py": COMMENTS_AND_CLOSURES,
    "modern.py": MODERN_SYNTAX,
}


def radon_cli() -> str:
    beside = Path(sys.executable).parent / "radon"
    found = str(beside) if beside.exists() else shutil.which("radon")
    assert found, "radon CLI not found; it is a declared dependency"
    return found


@pytest.fixture(scope="module")
def cli_results(tmp_path_factory):
    """{command: {filename: json}} from `radon <command> -j` run on the files."""
    root = tmp_path_factory.mktemp("radon")
    for name, text in FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    results = {}
    for command in ("cc", "mi", "hal", "raw"):
        done = subprocess.run(
            [radon_cli(), command, "-j", *FILES], cwd=root, capture_output=True, text=True,
            check=True,
        )
        results[command] = json.loads(done.stdout)
    return results


@pytest.fixture(scope="module")
def report():
    return analyze(FILES, lint_select=["F"])


def metrics_of(report, name):
    return next(m for m in report.files if m.path == name)


@pytest.mark.parametrize("name", sorted(FILES))
def test_cyclomatic_complexity_matches_cli(name, cli_results, report):
    expected = []
    for block in cli_results["cc"][name]:
        full = f"{block['classname']}.{block['name']}" if "classname" in block else block["name"]
        expected.append((full, block["type"], block["lineno"], block["complexity"], block["rank"]))
    ours = [(b.name, b.kind, b.line, b.complexity, b.rank) for b in metrics_of(report, name).blocks]
    assert sorted(ours) == sorted(expected)
    assert ours  # every sample has at least one block


@pytest.mark.parametrize("name", sorted(FILES))
def test_maintainability_index_matches_cli(name, cli_results, report):
    metrics = metrics_of(report, name)
    assert metrics.mi == cli_results["mi"][name]["mi"]
    assert metrics.mi_rank == cli_results["mi"][name]["rank"]


@pytest.mark.parametrize("name", sorted(FILES))
def test_halstead_matches_cli(name, cli_results, report):
    total = cli_results["hal"][name]["total"]
    hal = metrics_of(report, name).halstead
    assert (hal.distinct_operators, hal.distinct_operands) == (total["h1"], total["h2"])
    assert (hal.total_operators, hal.total_operands) == (total["N1"], total["N2"])
    for key in ("vocabulary", "length", "calculated_length", "volume", "difficulty", "effort",
                "time", "bugs"):
        assert getattr(hal, key) == total[key], key


@pytest.mark.parametrize("name", sorted(FILES))
def test_raw_counts_match_cli(name, cli_results, report):
    assert metrics_of(report, name).raw.model_dump() == cli_results["raw"][name]


def test_overall_mi_is_sloc_weighted(report):
    files = report.files
    expected = sum(f.mi * f.raw.sloc for f in files) / sum(f.raw.sloc for f in files)
    assert report.mi == pytest.approx(expected)
    assert report.worst_block.complexity == max(
        b.complexity for f in files for b in f.blocks if b.kind != "class"
    )
