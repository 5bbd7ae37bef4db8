"""The report model: the single source of every output format.

Bump SCHEMA_VERSION whenever a field is added, removed or changes meaning;
answer repositories and CI scripts read these keys.
"""

from typing import Literal

from pydantic import BaseModel, Field, model_validator

from grader.report.quality_model import QualityReport
from grader.verdicts import ProbeVerdict, Verdict

SCHEMA_VERSION = "1.4"
Audience = Literal["candidate", "reviewer"]


def encodable(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD: a worker whose encoder the
    submission patched, or a file name's undecodable bytes (surrogateescape), must not make
    an output fail to encode."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def encodable_data(value):
    """encodable() over every string in a tree of dicts, lists, tuples and models (models
    become dicts: for a model validator to build again)."""
    if isinstance(value, str):
        return encodable(value)
    if isinstance(value, BaseModel):
        value = value.model_dump()
    if isinstance(value, dict):
        return {encodable_data(k): encodable_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(encodable_data(v) for v in value)
    return value


class TestResult(BaseModel):
    __test__ = False  # a result, not a test class for pytest to collect

    name: str
    category: str = "basic"
    verdict: Verdict
    message: str = ""  # what a candidate may read: what was expected and what came back
    details: str = ""  # reviewer only: the full assertion or the submission's traceback
    duration_s: float = 0.0
    output: str = ""  # what the submission printed during this test
    secret: bool = False  # the test's message would reveal a hidden input


class ComplexityResult(BaseModel):
    """One probe: how the submission's cost grew with n, beside the reference's."""

    probe: str
    measure: Literal["time", "count", "memory"] = "time"
    unit: str = "s"  # of the two value lists: seconds, comparisons, bytes
    expected: str
    detected: str | None = None
    verdict: ProbeVerdict
    confidence: float | None = None  # 0.5 (a coin toss) to 1 (certain)
    advisory: bool = False  # a failed advisory probe does not fail the submission
    slope: float | None = None  # log-log slope of submission/reference against n
    note: str = ""
    sizes: list[int] = Field(default_factory=list)
    submission: list[float] = Field(default_factory=list)  # None-free: sizes it finished
    reference: list[float] = Field(default_factory=list)
    # The machine's 1-minute load average while the probe ran (the highest seen); the time
    # figures are the kernel's CPU accounting of each sandbox, which that load does not bend.
    load: float | None = None


class SandboxInfo(BaseModel):
    backend: str  # a name in grader.isolation.backends.BACKENDS, or "none"
    isolation: str
    restarts: int = 0


class SubmissionInfo(BaseModel):
    path: str
    module: str
    kind: Literal["file", "package"]
    sha256: str
    files: list[str]


class ScoreBreakdown(BaseModel):
    """Each stage's share in [0, 1] (None: the stage did not run) and its weight."""

    correctness: float | None = None
    complexity: float | None = None
    quality: float | None = None
    weights: dict[str, float] = Field(default_factory=dict)
    # Below 1 when a hidden test failed: every stage's points are scaled so that the score
    # stays under the least an answer passing every test can score (docs/scoring.md).
    scale: float = 1.0


class Report(BaseModel):
    schema_version: str = SCHEMA_VERSION
    grader_version: str
    challenge: str
    title: str = ""
    mode: Literal["grade", "check"] = "grade"
    audience: Audience = "candidate"
    # Only the tests matching `keyword` (-k) ran: the verdict is not a whole grade's.
    partial: bool = False
    keyword: str | None = None
    submission: SubmissionInfo | None
    verdict: Verdict
    reason: str = ""  # one line: why this verdict
    score: float = Field(ge=0, le=100)
    score_breakdown: ScoreBreakdown = Field(default_factory=ScoreBreakdown)
    tests: list[TestResult] = Field(default_factory=list)
    complexity: list[ComplexityResult] = Field(default_factory=list)
    quality: QualityReport | None = None
    sandbox: SandboxInfo
    output: str = ""  # the submission's own stdout and stderr, truncated
    duration_s: float = 0.0
    notes: list[str] = Field(default_factory=list)

    # The one place untrusted text is made encodable: every format, the batch cache and
    # CI's outputs read reports, and none of them may fail on one answer's strings.
    @model_validator(mode="before")
    @classmethod
    def _encodable(cls, data):
        return encodable_data(data)

    @property
    def passed(self) -> bool:
        return self.verdict == Verdict.PASSED
