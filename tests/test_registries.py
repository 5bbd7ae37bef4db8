"""The registries the CLI derives from: sandbox backends and report formats."""

import pytest
from click.testing import CliRunner

from grader import cli
from grader.errors import BadInput, CannotGrade
from grader.isolation import backends
from grader.isolation.sandbox_process import Backend
from grader.report.render import FORMATS, render


class _Fake(Backend):
    name = "fake"

    def __init__(self, problem=None):
        self._problem = problem

    def problem(self):
        return self._problem

    def start(self, limits, env):
        raise AssertionError("not started in this test")

    def describe(self):
        return "fake: no isolation at all"


class _Broken(_Fake):
    name = "broken"

    @classmethod
    def configured(cls, hide, image):
        return cls(problem="it never works")


def test_every_registered_backend_is_a_sandbox_choice_and_in_doctor():
    runner = CliRunner()
    help_text = runner.invoke(cli.cli, ["grade", "--help"]).output
    for name in backends.BACKENDS:
        assert name in help_text
    doctor = runner.invoke(cli.cli, ["doctor"]).output
    assert [line.split()[0] for line in doctor.splitlines() if not line.startswith(" ")] \
        == list(backends.BACKENDS)


def test_a_new_backend_is_one_registry_line(monkeypatch):
    monkeypatch.setattr(backends, "BACKENDS", {"broken": _Broken, "fake": _Fake})
    chosen = backends.choose_backend("auto", hide=[])
    assert isinstance(chosen, _Fake)  # auto skips the one that does not work here
    with pytest.raises(CannotGrade, match="--sandbox broken: it never works"):
        backends.choose_backend("broken", hide=[])
    with pytest.raises(CannotGrade, match="unknown sandbox"):
        backends.choose_backend("nope", hide=[])


def test_auto_with_no_working_backend_says_why_for_each(monkeypatch):
    monkeypatch.setattr(backends, "BACKENDS", {"broken": _Broken})
    with pytest.raises(CannotGrade, match="no sandbox works here: broken: it never works"):
        backends.choose_backend("auto", hide=[])


def test_every_format_is_a_grade_choice_and_renders(monkeypatch):
    from tests.reports.sample import sample_report  # a full report of every section

    help_text = CliRunner().invoke(cli.cli, ["grade", "--help"]).output
    for fmt in FORMATS:
        assert fmt in help_text
        assert render(sample_report(), fmt).strip()
    with pytest.raises(ValueError, match="unknown report format"):
        render(sample_report(), "pdf")


def test_errors_carry_their_exit_status_and_only_the_cli_prints_them(tmp_path):
    # grader.errors knows nothing of click; the CLI turns any of them into one line.
    assert BadInput("x").exit_code == 2 and CannotGrade("x").exit_code == 3
    assert "click" not in BadInput.__mro__[-2].__module__
    result = CliRunner().invoke(cli.cli, ["--bank", str(tmp_path), "list"])
    assert result.exit_code == 2
    assert result.output.startswith("Error: ") and "Traceback" not in result.output
