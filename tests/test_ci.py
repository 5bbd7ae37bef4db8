"""grader ci in an answer repository: config, outputs, GitHub annotations, --init."""

import shutil
import signal
import xml.etree.ElementTree as ET

from conftest import FIXTURES, REPO

ANSWER_REPO = REPO / "examples" / "answer-repo"


def answer_repo(tmp_path):
    repo = tmp_path / "repo"
    shutil.copytree(ANSWER_REPO, repo, ignore=shutil.ignore_patterns("grader-report"))
    return repo


def test_example_answer_repo_passes(run, tmp_path):
    repo = answer_repo(tmp_path)
    result = run("ci", "--config", str(repo / "grader.toml"), env={"GITHUB_ACTIONS": ""})
    assert result.code == 0, result
    assert "1 of 1 answers passed" in result.out
    junit = ET.parse(repo / "grader-report" / "junit.xml").getroot()
    assert junit.tag == "testsuites" and int(junit.get("tests", "0")) == 0 or junit.findall(
        ".//testcase")
    assert "lru-cache" in (repo / "grader-report" / "summary.md").read_text()


def test_github_annotations_and_step_summary(run, tmp_path):
    repo = answer_repo(tmp_path)
    shutil.copy(FIXTURES / "lru" / "wrong_fifo.py", repo / "fifo.py")
    (repo / "grader.toml").write_text((repo / "grader.toml").read_text()
                                      + '\n[[answers]]\nchallenge = "lru-cache"\n'
                                        'path = "fifo.py"\n')
    summary = tmp_path / "step-summary.md"
    result = run("ci", "--config", str(repo / "grader.toml"),
                 env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert result.code == 1, result
    errors = [line for line in result.out.splitlines() if line.startswith("::error ")]
    assert errors and all("file=fifo.py" in e for e in errors)
    assert any("test_get_refreshes_recency" in e and "line=" in e for e in errors)
    assert "| fifo.py | lru-cache | failed |" in summary.read_text()


def test_rule_violation_is_annotated_at_its_line(run, tmp_path):
    repo = answer_repo(tmp_path)
    shutil.copy(REPO / "hidden_tests/lru-cache/known_bad/ordered_dict.py", repo / "lru_cache.py")
    result = run("ci", "--config", str(repo / "grader.toml"),
                 env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": ""})
    assert result.code == 1
    assert "::error file=lru_cache.py,line=4," in result.out and "no-ordereddict" in result.out


def test_init_maps_by_name_and_by_defined_names(run, tmp_path):
    (tmp_path / "lru-cache.py").write_text("class LRUCache: pass\n")
    (tmp_path / "answers").mkdir()
    (tmp_path / "answers" / "sliding_window_max.py").write_text("def max_sliding_window(): pass\n")
    (tmp_path / "mine.py").write_text("class SingletonMeta(type): pass\n")
    (tmp_path / "notes.py").write_text("x = 1\n")
    result = run("ci", "--init", "--config", str(tmp_path / "grader.toml"))
    assert result.code == 0, result
    text = (tmp_path / "grader.toml").read_text()
    assert 'path = "lru-cache.py"' in text
    assert 'path = "answers/sliding_window_max.py"' in text
    assert 'challenge = "singleton"' in text and 'path = "mine.py"' in text
    assert "notes.py" not in text
    again = run("ci", "--init", "--config", str(tmp_path / "grader.toml"))
    assert again.code == 2 and "--force" in again.err


def test_check_mode_grades_only_changed_answers(run, tmp_path):
    repo = answer_repo(tmp_path)
    result = run("ci", "--check", "--config", str(repo / "grader.toml"), str(repo / "README.md"))
    assert result.code == 0 and "no graded answer" in result.out
    result = run("ci", "--check", "--config", str(repo / "grader.toml"),
                 str(repo / "lru_cache.py"))
    assert result.code == 0 and "4 of 4 tests passed" in result.out


def test_bad_configs(run, tmp_path):
    assert run("ci", "--config", str(tmp_path / "grader.toml")).code == 2
    bad = tmp_path / "grader.toml"
    bad.write_text("[[answers]]\nchallenge = 'lru-cache'\n")
    result = run("ci", "--config", str(bad))
    assert result.code == 2 and "answers.0.path" in result.err
    bad.write_text("[[answers]]\nchallenge = 'nope'\npath = 'x.py'\n")
    (tmp_path / "x.py").write_text("x = 1\n")
    result = run("ci", "--config", str(bad))
    assert result.code == 2 and "unknown challenge 'nope'" in result.err


def test_interrupted_ci_exits_130(tmp_path, monkeypatch):
    """Ctrl-C in any command ends with the shell's 130, not click's "Aborted!" and 1 (which
    would read as "graded, not passed"). The grade and batch commands are interrupted for
    real in test_cleanup.py and test_batch.py; here the interrupt is raised inside ci."""
    from click.testing import CliRunner

    from grader import interrupts
    from grader.ci import run as ci_run
    from grader.cli import cli

    def interrupted(*args, **kwargs):
        interrupts.stop(signal.SIGINT, None)  # what Ctrl-C's handler does in `grader`

    monkeypatch.setattr(interrupts, "_received", [])
    monkeypatch.setattr(ci_run, "grade", interrupted)
    repo = answer_repo(tmp_path)
    result = CliRunner().invoke(cli, ["ci", "--config", str(repo / "grader.toml")])
    assert result.exit_code == 130, result.output
    assert "grader: interrupted" in result.output and "Aborted" not in result.output
