"""Errors that end a command, each carrying the exit status design.md fixes.

Plain exceptions, so every layer can raise them without depending on the CLI
framework; only grader/cli.py turns them into a printed line and an exit status.
"""

EXIT_PASSED, EXIT_NOT_PASSED, EXIT_BAD_INPUT, EXIT_CANNOT_GRADE = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # the shell's own status for Ctrl-C (128 + SIGINT)


class GraderError(Exception):
    """A problem reported to the user in one line, never as a traceback."""

    exit_code = EXIT_CANNOT_GRADE

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class BadInput(GraderError):
    """The user's input is wrong: unknown challenge, unreadable file, bad option."""

    exit_code = EXIT_BAD_INPUT


class CannotGrade(GraderError):
    """The grader cannot do its job here: no sandbox, or a fault of its own."""

    exit_code = EXIT_CANNOT_GRADE


class BankError(BadInput):
    """A challenge folder is malformed: names the file and field at fault."""
