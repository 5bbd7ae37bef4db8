"""Pydantic models of the quality stage's results (part of the report model).

These models are serialised into the versioned JSON report, so field names are
snake_case and must stay stable: add fields, never rename them. Lines are
1-based; columns are 1-based character offsets (the convention ruff uses), so
every finding in the report points at the same place in an editor.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Rank = Literal["A", "B", "C", "D", "E", "F"]
MiRank = Literal["A", "B", "C"]
Severity = Literal["violation", "suspicious"]
TamperKind = Literal[
    "sys-modules",
    "builtins",
    "gc",
    "trace-hook",
    "frame-introspection",
    "time-patch",
    "module-patch",
    "process-exit",
    "fork",
    "process-spawn",
    "signal",
    "ctypes",
    "atexit",
    "daemon-thread",
    "module-level-thread",
]


class _Model(BaseModel):
    # Frozen: a report is a value; nothing downstream should mutate it.
    model_config = ConfigDict(frozen=True, extra="forbid")


class FunctionComplexity(_Model):
    """Cyclomatic complexity of one radon block (function, method or class)."""

    name: str = Field(description="'func', 'Class.method' or 'Class'")
    kind: Literal["function", "method", "class"]
    line: int
    end_line: int
    complexity: int
    rank: Rank


class Halstead(_Model):
    """File-level Halstead metrics, as radon's `hal` command reports them."""

    distinct_operators: int
    distinct_operands: int
    total_operators: int
    total_operands: int
    vocabulary: int
    length: int
    calculated_length: float
    volume: float
    difficulty: float
    effort: float
    time: float
    bugs: float


class RawCounts(_Model):
    """Line counts from radon.raw.analyze (sloc + blank + multi + single_comments = loc)."""

    loc: int
    lloc: int
    sloc: int
    comments: int
    multi: int
    blank: int
    single_comments: int


class FileMetrics(_Model):
    """radon metrics of one file; `error` is set (and metrics are None) if it did not parse."""

    path: str
    error: str | None = None
    raw: RawCounts | None = None
    mi: float | None = None
    mi_rank: MiRank | None = None
    halstead: Halstead | None = None
    blocks: list[FunctionComplexity] = []
    average_complexity: float | None = None


class LintFinding(_Model):
    file: str
    line: int
    col: int
    code: str
    message: str


class LintOutcome(_Model):
    """What the ruff run produced; `ran` is False when ruff could not be run."""

    ran: bool
    select: list[str]
    findings: list[LintFinding] = []
    notes: list[str] = []


class RuleFinding(_Model):
    """A static rule hit. `violation` is certain; `suspicious` needs a reviewer."""

    rule_id: str
    file: str
    line: int
    col: int
    message: str
    severity: Severity
    target: str | None = Field(
        default=None, description="the forbidden entry that matched, e.g. 'heapq'"
    )


class TamperSignal(_Model):
    """Code that could interfere with measurement or the harness; never a violation."""

    kind: TamperKind
    file: str
    line: int
    detail: str


class DocsTyping(_Model):
    """Docstring and type-hint coverage of public functions and methods.

    Shares are None when there is no public function to measure.
    """

    public_functions: int
    with_docstring: int
    with_type_hints: int
    docstring_share: float | None
    type_hint_share: float | None
    missing_docstring: list[str] = []
    missing_type_hints: list[str] = []


class ScoreComponent(_Model):
    """One term of the quality score: `value` in 0..1 computed from `measured`."""

    name: str
    measured: float | str | None
    value: float
    weight: float


class ScoreBreakdown(_Model):
    components: list[ScoreComponent]
    formula: str


class QualityReport(_Model):
    files: list[FileMetrics]
    mi: float | None = Field(description="SLOC-weighted mean maintainability index")
    mi_rank: MiRank | None
    worst_block: FunctionComplexity | None
    lint: LintOutcome
    rule_findings: list[RuleFinding] = Field(description="severity == 'violation'")
    suspicious_findings: list[RuleFinding] = Field(description="severity == 'suspicious'")
    relaxed_rules: list[str] = []
    tamper_signals: list[TamperSignal]
    docs_typing: DocsTyping
    score: float = Field(ge=0.0, le=1.0)
    score_breakdown: ScoreBreakdown
    notes: list[str] = []
