"""The challenge spec (challenges/<id>/challenge.toml) as a validated model."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from grader.bank.complexity import ORDER
from grader.bank.rules import Rule


class _Strict(BaseModel):
    # A typo in a spec is an error with the field named, not a silent default.
    model_config = ConfigDict(extra="forbid", frozen=True)


class Limits(_Strict):
    """What the sandbox and the grader allow one submission."""

    call_timeout_s: float = Field(5.0, gt=0, le=600, description="wall clock per call")
    test_timeout_s: float = Field(10.0, gt=0, le=600, description="wall clock per hidden test")
    total_timeout_s: float = Field(120.0, gt=0, le=3600, description="wall clock per submission")
    memory_mb: int = Field(256, ge=32, le=8192)
    pids: int = Field(64, ge=4, le=4096)
    cpus: float = Field(1.0, gt=0, le=64)
    file_size_mb: int = Field(16, ge=1, le=1024, description="largest file it may write")
    tmpfs_mb: int = Field(64, ge=1, le=4096)
    output_kb: int = Field(64, ge=1, le=10240, description="stdout+stderr kept for the report")


class Weights(_Strict):
    """How much each stage counts in the score; stages that did not run drop out."""

    correctness: float = Field(70, ge=0)
    complexity: float = Field(20, ge=0)
    quality: float = Field(10, ge=0)


class ProbeSpec(_Strict):
    """A performance probe: how the cost of one call grows with the input size n.

    `target` is "module.function" in the worker (the submission's module or the
    harness). `inputs` is "function" in hidden_tests/<id>/probes.py, called in the
    grader as f(n, rng) -> list of positional arguments that cross as data.
    `measure` says what the witness is: the call's time, or a number the target
    returns (a comparison count, peak bytes from tracemalloc).
    """

    name: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    target: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$")
    inputs: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    sizes: list[int] = Field(min_length=4, description="the size ladder, ascending")
    expected: str = Field(description="the class the reference shows and a submission must meet")
    measure: Literal["time", "count", "memory"] = "time"
    advisory: bool = False
    budget_s: float = Field(10.0, gt=0, le=120, description="wall clock for the whole probe")
    max_ratio: float | None = Field(
        None, gt=1, description="fail when the submission is this many times the reference's "
        "cost at the largest sizes, even at the same growth (a Python loop vs NumPy)")

    @model_validator(mode="after")
    def _check(self):
        if self.expected not in ORDER:
            raise ValueError(f"expected must be one of {', '.join(ORDER)}")
        if self.sizes != sorted(set(self.sizes)) or self.sizes[0] < 1:
            raise ValueError("sizes must be positive and strictly ascending")
        return self


class ChallengeSpec(_Strict):
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    title: str = Field(min_length=1)
    difficulty: Literal["easy", "medium", "hard"]
    tags: list[str] = Field(default_factory=list)
    source: list[str] = Field(default_factory=list, description="seed questions it comes from")
    module: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
                        description="module name the submission is imported as")
    required: list[str] = Field(min_length=1, description="names the submission must define")
    harness_module: str | None = Field(
        None, description="module in hidden_tests/<id>/ copied beside the submission")
    reveal_inputs: bool = Field(
        False, description="candidates may see hidden-test messages that show inputs")
    limits: Limits = Field(default_factory=Limits)
    weights: Weights = Field(default_factory=Weights)
    probes: list[ProbeSpec] = Field(default_factory=list)
    rules: list[Rule] = Field(default_factory=list, description="static rules on the source")
    lint_select: list[str] | None = Field(None, description="ruff rule codes; None: the default")
    stub: Literal["fails", "starting-code"] = Field(
        "fails", description="what the stub is: 'fails' (signatures to fill in: validate "
        "proves the hidden tests fail it) or 'starting-code' (working code handed to the "
        "candidate, to refactor or finish, which may pass: validate does not judge it)")
    semantics: Literal["grader", "in-process"] = Field(
        "grader", description="who decides comparisons: 'grader' (plain data compared on the "
        "grader's side; the submission's own __eq__, __bool__, __hash__ never decide a verdict) "
        "or 'in-process' (a suite written elsewhere, run as its authors meant it: the "
        "submission's own methods decide, its custom pytest markers are allowed)")
