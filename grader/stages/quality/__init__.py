"""Static quality stage: metrics, lint, challenge rules and tamper signals.

The submission is only read, never executed. Everything here is a pure function
of the source text, except lint, which runs ruff on a temporary copy.

    from grader.stages.quality import analyze
    report = analyze({"lru_cache.py": source}, rules=spec_rules, allow={"no-ordereddict"})
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from radon.metrics import mi_rank

from grader.bank.rules import Rule, parse_rules
from grader.report.quality_model import (
    DocsTyping,
    FileMetrics,
    FunctionComplexity,
    LintFinding,
    LintOutcome,
    QualityReport,
    RuleFinding,
    TamperSignal,
)

from .docs_typing import docs_typing
from .lint import run_lint
from .metrics import file_metrics
from .rules import check_parsed, check_rules
from .score import quality_score
from .source import deep_recursion, is_python, parse_files
from .tamper import scan_tamper

__all__ = [
    "DocsTyping",
    "FileMetrics",
    "FunctionComplexity",
    "LintFinding",
    "LintOutcome",
    "QualityReport",
    "Rule",
    "RuleFinding",
    "TamperSignal",
    "analyze",
    "check_rules",
    "parse_rules",
]


def analyze(
    files: Mapping[str, str],
    rules: Iterable[Rule] = (),
    allow: Iterable[str] = frozenset(),
    lint_select: list[str] | None = None,
) -> QualityReport:
    """Analyse a submission: `files` maps relative paths ("pkg/mod.py") to source text.

    `allow` holds ids of rules the interviewer relaxed; `lint_select` overrides
    the default ruff rule selection. A file that does not parse gets a note and
    no metrics; it never makes this function raise.
    """
    with deep_recursion():
        return _analyze(files, list(rules), set(allow), lint_select)


def _analyze(
    files: Mapping[str, str], rules: list[Rule], allow: set[str], lint_select: list[str] | None
) -> QualityReport:
    notes = [f"{path}: not a Python file, skipped" for path in sorted(files) if not is_python(path)]
    unknown = allow - {rule.id for rule in rules}
    if unknown:
        notes.append(f"allow names unknown rule ids: {', '.join(sorted(unknown))}")

    parsed = parse_files(files)
    findings: list[RuleFinding] = []
    tamper: list[TamperSignal] = []
    for p in parsed:
        if p.tree is not None:
            try:
                findings += check_parsed([p], rules, allow)
                tamper += scan_tamper([p])
            except RecursionError:
                # Our AST passes recurse; absurd nesting must not sink the stage.
                p.tree, p.error = None, "RecursionError: nesting too deep to analyse"
        if p.error:
            notes.append(f"{p.path}: {p.error}")
    per_file = [file_metrics(p) for p in parsed]
    notes += [f"{m.path}: {m.error}" for m, p in zip(per_file, parsed, strict=True)
              if m.error and not p.error]
    lint = run_lint(parsed, select=lint_select)
    docs = docs_typing(parsed)

    measured = [m for m in per_file if m.raw is not None and m.mi is not None]
    mi = _weighted_mi(measured)
    functions = [b for m in per_file for b in m.blocks if b.kind != "class"]
    worst = max(functions, key=lambda b: b.complexity, default=None)
    score, breakdown = quality_score(
        mi=mi,
        worst_rank=worst.rank if worst else None,
        lint_findings=len(lint.findings) if lint.ran else None,
        sloc=sum(m.raw.sloc for m in measured if m.raw),
        docstring_share=docs.docstring_share,
        type_hint_share=docs.type_hint_share,
    )
    if not measured:
        notes.append("no file could be measured; score is 0")
        score = 0.0
    return QualityReport(
        files=per_file,
        mi=mi,
        mi_rank=mi_rank(mi) if mi is not None else None,
        worst_block=worst,
        lint=lint,
        rule_findings=[f for f in findings if f.severity == "violation"],
        suspicious_findings=[f for f in findings if f.severity == "suspicious"],
        relaxed_rules=sorted(allow & {rule.id for rule in rules}),
        tamper_signals=tamper,
        docs_typing=docs,
        score=score,
        score_breakdown=breakdown,
        notes=notes + lint.notes,
    )


def _weighted_mi(measured: list[FileMetrics]) -> float | None:
    """SLOC-weighted mean MI, so a tiny __init__.py does not outweigh the solution."""
    if not measured:
        return None
    weights = [max(m.raw.sloc if m.raw else 0, 1) for m in measured]
    return sum((m.mi or 0.0) * w for m, w in zip(measured, weights, strict=True)) / sum(weights)
