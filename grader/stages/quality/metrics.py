"""radon metrics of one file: cyclomatic complexity, Halstead, raw counts, MI.

The numbers must equal what radon's CLI prints (`radon cc/hal/raw/mi -j`), so
this module only calls radon's own functions. It visits one parsed tree instead
of letting each radon helper re-parse the source, and feeds the pieces to
`mi_compute` exactly as `radon.metrics.mi_parameters` does (multi-line strings
count as comments, the CLI default).
"""

from __future__ import annotations

from radon.complexity import cc_rank
from radon.metrics import halstead_visitor_report, mi_compute, mi_rank
from radon.raw import analyze
from radon.visitors import Class, ComplexityVisitor, HalsteadVisitor

from grader.report.quality_model import FileMetrics, FunctionComplexity, Halstead, RawCounts

from .source import ParsedFile


def _block(block) -> FunctionComplexity:
    kind = "class" if isinstance(block, Class) else "method" if block.is_method else "function"
    return FunctionComplexity(
        name=block.fullname,
        kind=kind,
        line=block.lineno,
        end_line=block.endline,
        complexity=block.complexity,
        rank=cc_rank(block.complexity),
    )


def file_metrics(parsed: ParsedFile) -> FileMetrics:
    if parsed.tree is None:
        return FileMetrics(path=parsed.path, error=parsed.error)
    try:
        raw = analyze(parsed.text)
        complexity = ComplexityVisitor.from_ast(parsed.tree)
        hal = halstead_visitor_report(HalsteadVisitor.from_ast(parsed.tree))
    except Exception as exc:  # a radon bug must not sink the stage
        return FileMetrics(path=parsed.path, error=f"radon failed: {type(exc).__name__}: {exc}")

    comment_lines = raw.comments + raw.multi
    comment_pct = comment_lines / float(raw.sloc) * 100 if raw.sloc else 0
    mi = mi_compute(hal.volume, complexity.total_complexity, raw.lloc, comment_pct)
    blocks = [_block(b) for b in complexity.blocks]
    return FileMetrics(
        path=parsed.path,
        raw=RawCounts(**raw._asdict()),
        mi=mi,
        mi_rank=mi_rank(mi),
        halstead=Halstead(
            distinct_operators=hal.h1,
            distinct_operands=hal.h2,
            total_operators=hal.N1,
            total_operands=hal.N2,
            vocabulary=hal.vocabulary,
            length=hal.length,
            calculated_length=hal.calculated_length,
            volume=hal.volume,
            difficulty=hal.difficulty,
            effort=hal.effort,
            time=hal.time,
            bugs=hal.bugs,
        ),
        blocks=blocks,
        average_complexity=(
            sum(b.complexity for b in blocks) / len(blocks) if blocks else None
        ),
    )
