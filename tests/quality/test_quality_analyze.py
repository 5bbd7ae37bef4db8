"""analyze(): robustness, the report as JSON, and the quality score formula."""

import pytest
from quality_samples import LRU_CLEAN

from grader.bank.rules import Rule
from grader.stages.quality import QualityReport, analyze
from grader.stages.quality.score import quality_score


def test_syntax_error_does_not_crash_and_other_files_are_analysed():
    rule = Rule(id="no-heap", forbid_imports=["heapq"])
    report = analyze({"bad.py": "def broken(:\n    pass\n", "good.py": "import heapq\n"}, [rule])
    bad = next(f for f in report.files if f.path == "bad.py")
    assert bad.error.startswith("SyntaxError") and bad.raw is None and bad.mi is None
    assert any(note.startswith("bad.py: SyntaxError") for note in report.notes)
    assert [(f.file, f.rule_id) for f in report.rule_findings] == [("good.py", "no-heap")]
    assert all(f.file == "good.py" for f in report.lint.findings)


@pytest.mark.parametrize(
    "source",
    ["def f(:\n", "x = 'unterminated\n", "a\x00b = 1\n", "(" * 300 + ")" * 300 + "\n",
     "if True:\n  x = 1\n   y = 2\n"],
)
def test_unparsable_sources_give_a_report_with_score_zero(source):
    report = analyze({"m.py": source})
    assert report.files[0].error
    assert report.score == 0.0
    assert report.mi is None and report.worst_block is None


def test_deeply_nested_code_does_not_crash():
    source = "x = " + "-" * 5000 + "1\n"
    report = analyze({"m.py": source}, [Rule(id="no-heap", forbid_imports=["heapq"])])
    assert isinstance(report, QualityReport)


def test_bom_and_non_python_files():
    report = analyze({"m.py": "\ufeffimport heapq\n", "README.md": "# hi"})
    assert [f.path for f in report.files] == ["m.py"]
    assert report.files[0].error is None
    assert any("README.md" in note for note in report.notes)


def test_report_round_trips_through_json():
    rule = Rule(id="no-ordereddict", forbid_imports=["collections.OrderedDict"])
    report = analyze({"lru_cache.py": LRU_CLEAN, "pkg/__init__.py": ""}, [rule])
    assert QualityReport.model_validate_json(report.model_dump_json()) == report
    assert set(report.model_dump()) >= {
        "files", "mi", "mi_rank", "worst_block", "lint", "rule_findings",
        "suspicious_findings", "tamper_signals", "docs_typing", "score", "score_breakdown",
        "notes",
    }


def test_clean_solution_scores_high():
    report = analyze({"lru_cache.py": LRU_CLEAN})
    assert report.lint.findings == []
    assert report.worst_block.rank == "A"
    assert report.docs_typing.docstring_share == 1.0
    assert report.score > 0.95


def test_messy_solution_scores_lower_than_clean():
    messy = (
        "import os, sys\n"
        "def f(a,b,c):\n"
        + "".join(f"    if a == {i}:\n        return b == None\n" for i in range(25))
        + "    return c\n"
    )
    clean = analyze({"m.py": LRU_CLEAN}).score
    report = analyze({"m.py": messy})
    assert report.worst_block.rank == "D"
    assert report.score < clean - 0.3


def test_score_worked_example_from_the_docstring():
    score, breakdown = quality_score(
        mi=47.34, worst_rank="B", lint_findings=3, sloc=47,
        docstring_share=0.5, type_hint_share=1.0,
    )
    assert score == 0.7245
    values = {c.name: c.value for c in breakdown.components}
    assert values == {"maintainability": 0.9468, "complexity": 0.8, "lint": 0.3617,
                      "docstrings": 0.5, "type_hints": 1.0}
    assert sum(c.weight for c in breakdown.components) == pytest.approx(1.0)


def test_unmeasured_inputs_are_left_out_and_weights_rescaled():
    score, breakdown = quality_score(
        mi=25.0, worst_rank=None, lint_findings=None, sloc=10,
        docstring_share=None, type_hint_share=None,
    )
    assert score == 0.5  # only maintainability is left: 25 / 50
    weights = {c.name: c.weight for c in breakdown.components}
    assert weights == {"maintainability": 1.0, "complexity": 0.0, "lint": 0.0,
                       "docstrings": 0.0, "type_hints": 0.0}


def test_score_bounds():
    best, _ = quality_score(mi=100.0, worst_rank="A", lint_findings=0, sloc=10,
                            docstring_share=1.0, type_hint_share=1.0)
    worst, _ = quality_score(mi=0.0, worst_rank="F", lint_findings=50, sloc=10,
                             docstring_share=0.0, type_hint_share=0.0)
    assert (best, worst) == (1.0, 0.0)


def test_long_elif_chain_is_measured():
    # 400 branches nest 400 levels deep in the AST; radon recurses once per level.
    source = "def f(x):\n    if x == 0:\n        return 0\n" + "".join(
        f"    elif x == {i}:\n        return {i}\n" for i in range(1, 400)
    )
    report = analyze({"m.py": source})
    assert report.files[0].error is None
    assert report.worst_block.complexity == 401
