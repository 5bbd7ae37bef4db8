"""ruff runs on a private copy of the submission and reports submission-relative paths."""

from grader.stages.quality import analyze, lint
from grader.stages.quality.lint import DEFAULT_SELECT, find_ruff, run_lint
from grader.stages.quality.source import parse_files

UNUSED_IMPORT = "import os\n\n\ndef f(x):\n    return x\n"


def test_ruff_is_found():
    assert find_ruff() is not None


def test_unused_import_is_reported_with_line_code_and_message():
    outcome = run_lint(parse_files({"pkg/mod.py": UNUSED_IMPORT}))
    assert outcome.ran
    assert outcome.select == list(DEFAULT_SELECT)
    (finding,) = outcome.findings
    assert (finding.file, finding.line, finding.col, finding.code) == ("pkg/mod.py", 1, 8, "F401")
    assert finding.message == "`os` imported but unused"


def test_line_length_is_100():
    long_line = "x = '" + "a" * 92 + "'\n"  # 98 characters
    too_long = "y = '" + "a" * 96 + "'\n"  # 102 characters
    outcome = run_lint(parse_files({"m.py": long_line + too_long}))
    assert [(f.line, f.code) for f in outcome.findings] == [(2, "E501")]


def test_selection_can_be_overridden():
    source = UNUSED_IMPORT + "y = f(1) == None\n"
    codes = {f.code for f in run_lint(parse_files({"m.py": source})).findings}
    assert codes == {"F401", "E711"}
    only = run_lint(parse_files({"m.py": source}), select=["E711"])
    assert [f.code for f in only.findings] == ["E711"]
    assert analyze({"m.py": source}, lint_select=["E711"]).lint.select == ["E711"]


def test_noqa_comments_do_not_hide_findings():
    outcome = run_lint(parse_files({"m.py": "import os  # noqa\n"}))
    assert [f.code for f in outcome.findings] == ["F401"]


def test_submission_config_is_ignored(tmp_path):
    files = {"m.py": UNUSED_IMPORT, "pyproject.toml": "[tool.ruff.lint]\nignore = ['F401']\n",
             "ruff.toml": "[lint]\nignore = ['F401']\n"}
    assert [f.code for f in analyze(files).lint.findings] == ["F401"]


def test_unsafe_paths_are_not_written_outside_the_copy():
    outcome = run_lint(parse_files({"../evil.py": UNUSED_IMPORT, "ok.py": UNUSED_IMPORT}))
    assert [f.file for f in outcome.findings] == ["ok.py"]
    assert any("../evil.py" in note for note in outcome.notes)


def test_missing_ruff_gives_a_note_not_a_crash(monkeypatch):
    monkeypatch.setattr(lint, "find_ruff", lambda: None)
    report = analyze({"m.py": UNUSED_IMPORT})
    assert report.lint.ran is False
    assert report.lint.findings == []
    assert any("ruff not found" in note for note in report.notes)
    lint_term = next(c for c in report.score_breakdown.components if c.name == "lint")
    assert lint_term.weight == 0.0


def test_broken_ruff_gives_a_note_not_a_crash(monkeypatch, tmp_path):
    monkeypatch.setattr(lint, "find_ruff", lambda: str(tmp_path / "no-such-ruff"))
    outcome = run_lint(parse_files({"m.py": UNUSED_IMPORT}))
    assert outcome.ran is False
    assert outcome.notes and "could not run" in outcome.notes[0]
