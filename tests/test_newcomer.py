"""What a newcomer hit on a first afternoon, each pinned by a test."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import REPO
from reports.sample import sample_report

from grader.report.html import render_html
from grader.verdicts import Verdict

BENCH_COMMANDS = ["bench/latency", "bench/batch", "bench/probe_accuracy", "bench/hidden_test_time"]


def test_the_readme_tour_says_how_to_reach_bare_grader():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    tour = readme.split("## A tour", 1)[1].split("\n## ", 1)[0]
    before_commands = tour.split("```", 1)[0]
    assert "source .venv/bin/activate" in before_commands, "say how `grader` gets on PATH"


def test_init_of_a_second_challenge_into_the_same_folder(run, tmp_path):
    first = run("init", "lru-cache", str(tmp_path))
    second = run("init", "sliding-window-max", str(tmp_path))
    assert first.code == 0 and second.code == 0, second
    for challenge in ("lru-cache", "sliding-window-max"):
        copied = tmp_path / "examples" / challenge / "test_examples.py"
        assert copied.read_text() == (REPO / "challenges" / challenge / "examples" /
                                      "test_examples.py").read_text()


def test_a_syntax_error_is_named_by_the_users_file(run, tmp_path):
    answer = tmp_path / "syntax.py"
    answer.write_text("class LRUCache:\n    def get(self, key)\n        return -1\n")
    result = run("grade", "lru-cache", str(answer), "--sandbox", "local", "--format", "json")
    assert result.code == 1 and result.json["verdict"] == "rejected", result
    assert f"{answer}, line 2" in result.json["reason"]
    assert "lru_cache.py" not in result.json["reason"]


def test_the_html_badge_of_a_correct_answer_that_is_too_slow():
    report = sample_report()
    passed = [t for t in report.tests if t.verdict == Verdict.PASSED]
    report = report.model_copy(update={"verdict": Verdict.FAILED, "tests": passed})
    header = render_html(report).split("</header>", 1)[0]
    assert "wrong answer" not in header
    assert "correct, but too slow" in header  # the sample's failed probe measures time


def test_the_example_workflow_runs_unedited(tmp_path):
    """An answer repository made from examples/answer-repo, with the grader added as its
    README says, checked out as the workflow's checkout step asks: every local action the
    workflow uses is there."""
    git = ["git", "-c", "protocol.file.allow=always", "-c", "user.name=t", "-c",
           "user.email=t@t", "-c", "init.defaultBranch=main"]
    repo = tmp_path / "answers"
    shutil.copytree(REPO / "examples" / "answer-repo", repo,
                    ignore=shutil.ignore_patterns("grader-report"))
    readme = (repo / "README.md").read_text()
    added = re.search(r"git submodule add <the grader's git URL> (\S+)", readme)
    assert added, "the answer repository's README says how to add the grader"
    for step in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "answers"],
                 ["submodule", "add", "-q", str(REPO), added[1]], ["commit", "-qm", "grader"]):
        subprocess.run([*git, *step], cwd=repo, check=True, capture_output=True)

    workflow = yaml.safe_load((repo / ".github/workflows/grade.yml").read_text())
    (steps,) = [job["steps"] for job in workflow["jobs"].values()]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    clone = tmp_path / "runner"
    subprocess.run([*git, "clone", "-q", str(repo), str(clone)], check=True, capture_output=True)
    if (checkout.get("with") or {}).get("submodules") in (True, "true", "recursive"):
        subprocess.run([*git, "submodule", "update", "-q", "--init"], cwd=clone, check=True,
                       capture_output=True)
    local = [s["uses"] for s in steps if s.get("uses", "").startswith("./")]
    assert local, "the workflow runs the grader's action"
    for path in local:
        action = clone / path / "action.yml"
        assert action.is_file(), f"{path}: not in the checked-out workspace"
        inputs = yaml.safe_load(action.read_text())["inputs"]
        step = next(s for s in steps if s.get("uses") == path)
        assert set(step.get("with") or {}) <= set(inputs), "the workflow passes unknown inputs"


def test_ruff_lints_the_bench_commands():
    ruff = Path(sys.executable).parent / "ruff"
    shown = subprocess.run([ruff, "check", "--show-files", "bench"], cwd=REPO,
                           capture_output=True, text=True).stdout
    linted = {Path(line).relative_to(REPO).as_posix() for line in shown.split()
              if line.startswith(str(REPO))}
    assert set(BENCH_COMMANDS) <= linted
    result = subprocess.run([ruff, "check", *BENCH_COMMANDS], cwd=REPO, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout
