"""Errors that end a command, each carrying the exit status design.md fixes."""

import click

EXIT_PASSED, EXIT_NOT_PASSED, EXIT_BAD_INPUT, EXIT_CANNOT_GRADE = 0, 1, 2, 3
EXIT_INTERRUPTED = 130  # the shell's own status for Ctrl-C (128 + SIGINT)


class GraderError(click.ClickException):
    """A problem reported to the user in one line, never as a traceback."""

    exit_code = EXIT_CANNOT_GRADE


class BadInput(GraderError):
    """The user's input is wrong: unknown challenge, unreadable file, bad option."""

    exit_code = EXIT_BAD_INPUT


class CannotGrade(GraderError):
    """The grader cannot do its job here: no sandbox, or a fault of its own."""

    exit_code = EXIT_CANNOT_GRADE


class BankError(BadInput):
    """A challenge folder is malformed: names the file and field at fault."""
