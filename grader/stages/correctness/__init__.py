"""Hidden (and public) tests: pytest in the grader's process, the submission behind a proxy."""

from grader.stages.correctness.runner import run_tests

__all__ = ["run_tests"]
