"""The quality score: one number in 0..1 from five measured inputs.

    score = 0.30 * maintainability + 0.25 * complexity + 0.25 * lint
          + 0.10 * docstrings + 0.10 * type_hints

    maintainability = min(MI, 50) / 50
        MI is radon's maintainability index, averaged over files weighted by
        SLOC. A tidy 50-line class scores about 45-60; MI falls with length
        and complexity, so 50 and above earns full marks.
    complexity      = by the rank of the most complex function or method:
        A (1-5) 1.0, B (6-10) 0.8, C (11-20) 0.5, D (21-30) 0.25, E (31-40) 0.1, F 0.0
    lint            = max(0, 1 - d / 10), d = ruff findings per 100 SLOC
        (10 findings per 100 lines or more earns nothing)
    docstrings      = share of public functions and methods with a docstring
    type_hints      = share of public functions and methods fully annotated

An input that cannot be measured (ruff unavailable, no function or no public
function in the submission) is left out and the other weights are rescaled so
they still sum to 1. Rule violations do not lower this score; they are reported
on their own and the engine decides what they cost.

Worked example: MI 47.34, worst block rank B, 3 ruff findings in 47 SLOC,
1 of 2 public methods with a docstring, 2 of 2 fully annotated:

    maintainability = 47.34 / 50           = 0.9468
    complexity      = rank B               = 0.8
    lint            = 1 - (3/47*100) / 10  = 1 - 0.6383 = 0.3617
    docstrings      = 1/2                  = 0.5
    type_hints      = 2/2                  = 1.0
    score = 0.30*0.9468 + 0.25*0.8 + 0.25*0.3617 + 0.10*0.5 + 0.10*1.0
          = 0.2840 + 0.2000 + 0.0904 + 0.0500 + 0.1000 = 0.7245
"""

from __future__ import annotations

from grader.report.quality_model import ScoreBreakdown, ScoreComponent

WEIGHTS = {
    "maintainability": 0.30,
    "complexity": 0.25,
    "lint": 0.25,
    "docstrings": 0.10,
    "type_hints": 0.10,
}
MI_FULL_MARKS = 50.0
RANK_VALUE = {"A": 1.0, "B": 0.8, "C": 0.5, "D": 0.25, "E": 0.1, "F": 0.0}
LINT_DENSITY_ZERO = 10.0  # findings per 100 SLOC at which the lint term reaches 0
FORMULA = (
    "0.30*min(MI,50)/50 + 0.25*rank_value(worst block) + 0.25*max(0, 1 - lint_per_100_sloc/10)"
    " + 0.10*docstring_share + 0.10*type_hint_share; unmeasurable terms dropped and the"
    " remaining weights rescaled"
)


def quality_score(
    *,
    mi: float | None,
    worst_rank: str | None,
    lint_findings: int | None,
    sloc: int,
    docstring_share: float | None,
    type_hint_share: float | None,
) -> tuple[float, ScoreBreakdown]:
    """Score and breakdown; pass None for an input that could not be measured.

    `lint_findings` is None when ruff did not run; `worst_rank` is None when the
    submission has no function or method.
    """
    density = None
    if lint_findings is not None:
        density = lint_findings / sloc * 100 if sloc else 0.0
    measured: dict[str, tuple[float | str | None, float | None]] = {
        "maintainability": (mi, None if mi is None else min(mi, MI_FULL_MARKS) / MI_FULL_MARKS),
        "complexity": (worst_rank, None if worst_rank is None else RANK_VALUE[worst_rank]),
        "lint": (density, None if density is None else max(0.0, 1 - density / LINT_DENSITY_ZERO)),
        "docstrings": (docstring_share, docstring_share),
        "type_hints": (type_hint_share, type_hint_share),
    }
    available = {name: WEIGHTS[name] for name, (_, value) in measured.items() if value is not None}
    total_weight = sum(available.values())
    components = [
        ScoreComponent(
            name=name,
            measured=raw,
            value=round(value, 4) if value is not None else 0.0,
            weight=round(available[name] / total_weight, 4) if name in available else 0.0,
        )
        for name, (raw, value) in measured.items()
    ]
    score = 0.0
    if total_weight:
        score = sum(
            WEIGHTS[name] * (measured[name][1] or 0.0) for name in available
        ) / total_weight
    score = min(1.0, max(0.0, round(score, 4)))
    return score, ScoreBreakdown(components=components, formula=FORMULA)
