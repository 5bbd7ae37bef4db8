"""Reading a submission from disk and the checks that need no sandbox."""

from grader.submission.loader import Submission, load_submission, syntax_problem

__all__ = ["Submission", "load_submission", "syntax_problem"]
