"""Grading an answer repository: every answer in grader.toml, then the CI outputs.

On GitHub Actions (GITHUB_ACTIONS=true) the Markdown summary is appended to the
step summary and each failure becomes an annotation on the submission's line:
a broken rule at its line, a failing test at the deepest line of the
submission's own traceback (or line 1 when there is none).
"""

import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from grader.bank import Bank
from grader.ci.config import Answer, CiConfig
from grader.errors import GraderError
from grader.pipeline import GradeOptions, grade
from grader.report.audience import for_audience
from grader.report.model import Report
from grader.report.render import render

TRACE_LINE = re.compile(r'File "[^"]*?([^"/]+\.py)", line (\d+)')


@dataclass
class Graded:
    answer: Answer
    report: Report | None  # None: it could not be graded
    problem: str = ""

    def passed(self, min_score: float) -> bool:
        return self.report is not None and self.report.passed and self.report.score >= min_score


def only_answers_holding(config: CiConfig, root: Path, files: list[Path]) -> CiConfig:
    """The config narrowed to the answers that contain one of these files."""
    wanted = [f.resolve() for f in files]

    def holds(answer: Answer) -> bool:
        base = (root / answer.path).resolve()
        return any(f == base or base in f.parents for f in wanted)

    kept = [a for a in config.answers if holds(a)]
    return config.model_construct(grader=config.grader, answers=kept)


def grade_all(bank: Bank, config: CiConfig, root: Path, progress,
              mode: str = "grade") -> list[Graded]:
    s = config.grader
    graded = []
    for answer in config.answers:
        progress(f"grading {answer.path} ({answer.challenge})")
        options = GradeOptions(mode=mode, sandbox=s.sandbox, probes=s.probes, quality=s.quality,
                               audience="candidate")
        try:
            graded.append(Graded(answer, grade(bank, answer.challenge, root / answer.path,
                                               options)))
        except GraderError as exc:
            graded.append(Graded(answer, None, exc.message))
    return graded


def annotations(g: Graded) -> list[str]:
    """GitHub workflow commands: ::error file=...,line=...::message."""
    if g.report is None:
        return [f"::error file={g.answer.path},title=not graded::{_escape(g.problem)}"]
    report, out = g.report, []
    base = Path(g.answer.path)

    def where(file_in_submission: str) -> str:
        if base.suffix == ".py":
            return base.as_posix()
        return (base / Path(file_in_submission).relative_to(Path(file_in_submission).parts[0])
                ).as_posix()

    if report.quality:
        for f in report.quality.rule_findings:
            out.append(f"::error file={where(f.file)},line={f.line},col={f.col},"
                       f"title=rule {f.rule_id}::{_escape(f.message)}")
    for t in report.tests:
        if t.verdict == "passed":
            continue
        lines = TRACE_LINE.findall(t.details)
        file, line = (lines[-1][0], int(lines[-1][1])) if lines else (None, 1)
        target = where(file) if file else base.as_posix() if base.suffix == ".py" else base
        out.append(f"::error file={target},line={line},title={t.verdict.value}: "
                   f"{_escape(t.name.split('::')[-1])}::{_escape(t.message or t.verdict.value)}")
    if report.verdict != "passed" and not out:
        out.append(f"::error file={base.as_posix()},title={report.verdict.value}::"
                   f"{_escape(report.reason)}")
    return out


def _escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def write_outputs(graded: list[Graded], config: CiConfig, root: Path) -> None:
    s = config.grader
    reports = [for_audience(g.report) for g in graded if g.report is not None]
    if s.junit:
        combined = ET.Element("testsuites", name="grader ci")
        for r in reports:
            for suite in ET.fromstring(render(r, "junit").split("\n", 1)[1]):
                combined.append(suite)
        ET.indent(combined)
        _write(root / s.junit, '<?xml version="1.0" encoding="UTF-8"?>\n'
               + ET.tostring(combined, "unicode") + "\n")
    markdown = markdown_summary(graded, config)
    if s.markdown:
        _write(root / s.markdown, markdown)
    if s.json_path:
        _write(root / s.json_path, "[\n" + ",\n".join(r.model_dump_json(indent=2)
                                                      for r in reports) + "\n]\n")
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if os.environ.get("GITHUB_ACTIONS") == "true" and summary:
        with open(summary, "a", encoding="utf-8") as fh:
            fh.write(markdown)


def markdown_summary(graded: list[Graded], config: CiConfig) -> str:
    lines = ["# grader", "", "| answer | challenge | verdict | score |", "|---|---|---|---|"]
    for g in graded:
        verdict = g.report.verdict.value if g.report else "not graded"
        score = f"{g.report.score:.1f}" if g.report else "-"
        lines.append(f"| {g.answer.path} | {g.answer.challenge} | {verdict} | {score} |")
    parts = ["\n".join(lines) + "\n"]
    parts += [render(for_audience(g.report), "markdown") for g in graded if g.report]
    return "\n".join(parts)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
