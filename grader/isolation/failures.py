"""How a misbehaving submission surfaces in the grader's process.

These derive from BaseException on purpose: a hidden test's
``pytest.raises(Exception)`` must not swallow a timeout or a crash.
"""


class SubmissionFailure(BaseException):
    verdict = "crashed"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class SubmissionTimeout(SubmissionFailure):
    verdict = "timeout"


class SubmissionMemoryLimit(SubmissionFailure):
    verdict = "memory-limit"


class SubmissionCrashed(SubmissionFailure):
    verdict = "crashed"


class ProtocolViolation(SubmissionCrashed):
    """The worker sent something the protocol does not allow."""


class SubmissionExited(SubmissionFailure):
    """The submission raised SystemExit, KeyboardInterrupt or another BaseException.

    Raised here as it was, it would stop the grader's own test run; it is
    reported as the submission's error instead.
    """

    verdict = "error"


class SandboxBroken(SubmissionFailure):
    """The sandbox failed before any submission code ran (no worker came up): the grader's
    fault or its host's, never the candidate's."""

    verdict = "internal-error"
