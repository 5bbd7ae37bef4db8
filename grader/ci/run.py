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
from grader.ci.config import Answer, CiConfig, confine
from grader.errors import GraderError
from grader.pipeline import GradeOptions, grade
from grader.report import escape
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
    return type(config).model_construct(grader=config.grader, answers=kept)


def grade_all(bank: Bank, config: CiConfig, root: Path, progress, mode: str = "grade",
              sandbox: str = "auto") -> list[Graded]:
    """Each answer in the sandbox the command line chose (grader.toml's `sandbox` is ignored);
    an answer whose path leads through a link is not graded, and the others go on."""
    s = config.grader
    graded = []
    for answer in config.answers:
        progress(f"grading {answer.path} ({answer.challenge})")
        options = GradeOptions(mode=mode, sandbox=sandbox, probes=s.probes, quality=s.quality,
                               audience="candidate")
        try:
            path = confine(root, answer.path, "answer")
            graded.append(Graded(answer, grade(bank, answer.challenge, path, options)))
        except GraderError as exc:
            graded.append(Graded(answer, None, exc.message))
    return graded


def grade_on_fleet(bank: Bank, config: CiConfig, root: Path, progress,
                   broker: str) -> list[Graded]:
    """Each answer graded by the worker fleet behind `broker` (grader/fleet), in the order
    of the config; an answer that cannot be read is not sent, and the others go on."""
    from grader.batch.discover import Job
    from grader.fleet.client import FleetRun
    from grader.submission import load_submission

    s = config.grader
    graded: dict[int, Graded] = {}
    sent: dict[int, int] = {}  # id(job) -> the answer's index
    jobs = []
    for i, answer in enumerate(config.answers):
        try:
            path = confine(root, answer.path, "answer")
            load_submission(path, bank.load(answer.challenge).spec.module)
        except GraderError as exc:
            graded[i] = Graded(answer, None, exc.message)
            continue
        job = Job(candidate=answer.path, challenge=answer.challenge, path=path)
        sent[id(job)] = i
        jobs.append(job)
    fleet = FleetRun(broker, bank, jobs, {"probes": s.probes, "quality": s.quality,
                                          "audience": "candidate"})
    fleet.send()
    try:
        for job, result in fleet.completions():
            answer = config.answers[sent[id(job)]]
            progress(f"graded {answer.path} ({answer.challenge}) on the fleet")
            try:
                graded[sent[id(job)]] = Graded(answer, Report.model_validate_json(result()))
            except GraderError as exc:
                graded[sent[id(job)]] = Graded(answer, None, exc.message)
    except KeyboardInterrupt:
        fleet.stop()  # what is still queued is revoked
        raise
    return [graded[i] for i in range(len(config.answers))]


def output_paths(config: CiConfig, root: Path) -> dict[str, Path]:
    """Where the config asks for JUnit, Markdown and JSON: inside the repository, through no
    link, out of .git (checked before grading: a bad output path is the config's fault)."""
    s = config.grader
    asked = {"junit": s.junit, "markdown": s.markdown, "json": s.json_path}
    return {k: confine(root, v, f"grader.toml {k}", output=True) for k, v in asked.items() if v}


def annotations(g: Graded) -> list[str]:
    """GitHub workflow commands: ::error file=...,line=...::message, each one line.

    The pull request's author reads them: the text is the candidate view's (a secret
    test's message and input withheld), escaped by GitHub's rules; only the line number
    is read from the reviewer's details (the submission's traceback)."""
    prop, message = escape.workflow_property, escape.workflow_message
    if g.report is None:
        return [f"::error file={prop(g.answer.path)},title=not graded::{message(g.problem)}"]
    report, shown, out = g.report, for_audience(g.report), []
    base = Path(g.answer.path)

    def where(file_in_submission: str) -> str:
        if base.suffix == ".py":
            return base.as_posix()
        return (base / Path(file_in_submission).relative_to(Path(file_in_submission).parts[0])
                ).as_posix()

    if report.quality:
        for f in report.quality.rule_findings:
            out.append(f"::error file={prop(where(f.file))},line={f.line},col={f.col},"
                       f"title={prop(f'rule {f.rule_id}')}::{message(f.message)}")
    for t, t_shown in zip(report.tests, shown.tests, strict=True):
        if t.verdict == "passed":
            continue
        lines = TRACE_LINE.findall(t.details)
        file, line = (lines[-1][0], int(lines[-1][1])) if lines else (None, 1)
        target = where(file) if file else base.as_posix()
        title = f"{t.verdict.value}: {t_shown.name.split('::')[-1]}"
        out.append(f"::error file={prop(target)},line={line},title={prop(title)}::"
                   f"{message(t_shown.message or t.verdict.value)}")
    if report.verdict != "passed" and not out:
        out.append(f"::error file={prop(base.as_posix())},title={prop(report.verdict.value)}::"
                   f"{message(shown.reason)}")
    return out


def write_outputs(graded: list[Graded], config: CiConfig, root: Path,
                  sandbox: str = "") -> None:
    paths = output_paths(config, root)
    reports = [for_audience(g.report) for g in graded if g.report is not None]
    if "junit" in paths:
        combined = ET.Element("testsuites", name="grader ci")
        for r in reports:
            for suite in ET.fromstring(render(r, "junit").split("\n", 1)[1]):
                combined.append(suite)
        ET.indent(combined)
        _write(root, paths["junit"], '<?xml version="1.0" encoding="UTF-8"?>\n'
               + ET.tostring(combined, "unicode") + "\n")
    markdown = markdown_summary(graded, config, sandbox)
    if "markdown" in paths:
        _write(root, paths["markdown"], markdown)
    if "json" in paths:
        _write(root, paths["json"], "[\n" + ",\n".join(r.model_dump_json(indent=2)
                                                      for r in reports) + "\n]\n")
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if os.environ.get("GITHUB_ACTIONS") == "true" and summary:
        with open(summary, "a", encoding="utf-8") as fh:
            fh.write(markdown)


def markdown_summary(graded: list[Graded], config: CiConfig, sandbox: str = "") -> str:
    ran = [f"Sandbox: {sandbox}", ""] if sandbox else []
    lines = ["# grader", "", *ran, "| answer | challenge | verdict | score |", "|---|---|---|---|"]
    for g in graded:
        verdict = g.report.verdict.value if g.report else "not graded"
        score = f"{g.report.score:.1f}" if g.report else "-"
        lines.append(f"| {escape.markdown_text(g.answer.path)} | {g.answer.challenge} | "
                     f"{verdict} | {score} |")
    parts = ["\n".join(lines) + "\n"]
    parts += [render(for_audience(g.report), "markdown") for g in graded if g.report]
    return "\n".join(parts)


def _write(root: Path, path: Path, text: str) -> None:
    """Create the folders, then the file, never through a link: checked again right before
    writing, and the file opened with O_NOFOLLOW."""
    confine(root, path.relative_to(root).as_posix(), "grader.toml output", output=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC,
                 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
