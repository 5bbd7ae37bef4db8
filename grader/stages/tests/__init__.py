"""Hidden (and public) tests: pytest in the grader's process, the submission behind a proxy."""

from grader.stages.tests.runner import run_tests

__all__ = ["run_tests"]
