"""grader.toml: which challenge each file or folder of an answer repository answers.

The file is written by whoever opens the pull request, so it is untrusted: every path
in it (answers and outputs) is relative, stays inside the repository (no absolute path,
no `..`, no symbolic link on the way) and never under .git/; and it cannot choose the
sandbox (the command line does: a `sandbox` key is accepted and ignored, with a warning).
"""

import os
import stat
from pathlib import Path, PurePosixPath
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from grader.errors import BadInput
from grader.tomlfile import load_model

CONFIG_NAME = "grader.toml"
SANDBOX_IGNORED = ("grader.toml: the `sandbox` key is ignored: the sandbox is chosen on the "
                   "command line (grader ci --sandbox ...), never by the repository")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def relative_inside(value: str) -> str:
    """A path as grader.toml may hold one: relative, no `..`, not in .git (checked as
    written; links on the way are checked against the repository by confine())."""
    if not value or "\0" in value:
        raise ValueError("an empty path, or one with a NUL byte")
    posix = PurePosixPath(value.replace("\\", "/"))
    if posix.is_absolute():
        raise ValueError(f"{value!r}: must be relative to the repository")
    if ".." in posix.parts:
        raise ValueError(f"{value!r}: must not leave the repository (no '..')")
    if any(part.casefold() == ".git" for part in posix.parts):
        raise ValueError(f"{value!r}: must not be inside .git/")
    return value


class Answer(_Strict):
    challenge: str
    path: str

    @field_validator("path")
    @classmethod
    def _inside(cls, value: str) -> str:
        return relative_inside(value)


class Settings(_Strict):
    # Accepted so existing configs load, never used: see SANDBOX_IGNORED.
    sandbox: str | None = None
    probes: Literal["off", "quick", "full"] = "quick"
    quality: bool = True
    min_score: float = Field(0, ge=0, le=100, description="a passing answer below this fails")
    junit: str | None = None  # where to write JUnit XML
    markdown: str | None = None  # where to write the Markdown summary
    json_path: str | None = Field(None, alias="json")

    @field_validator("junit", "markdown", "json_path")
    @classmethod
    def _inside(cls, value: str | None) -> str | None:
        return None if value is None else relative_inside(value)


class CiConfig(_Strict):
    grader: Settings = Field(default_factory=Settings)
    answers: list[Answer] = Field(min_length=1)


def load_config(path: Path) -> CiConfig:
    if not path.is_file():
        raise BadInput(f"{path}: no such file (write one with: grader ci --init)")
    return load_model(path, CiConfig)


def confine(root: Path, rel: str, what: str, output: bool = False) -> Path:
    """root/rel, when no part of it on disk is a symbolic link. An output's folders may not
    exist yet, and an existing output must be a regular file; an answer must exist (the
    loader checks what it reads). BadInput naming `what` otherwise."""
    path = root
    parts = PurePosixPath(relative_inside(rel).replace("\\", "/")).parts
    for i, part in enumerate(parts):
        path = path / part
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            if output:
                break
            raise BadInput(f"{what} {rel}: no such file or directory") from None
        except OSError as exc:
            raise BadInput(f"{what} {rel}: cannot read: {exc.strerror or exc}") from None
        if stat.S_ISLNK(mode):
            raise BadInput(f"{what} {rel}: {'/'.join(parts[:i + 1])} is a symbolic link: the "
                           "grader does not follow links in a repository")
        if output and i == len(parts) - 1 and not stat.S_ISREG(mode):
            raise BadInput(f"{what} {rel}: exists and is not a regular file")
    return root / Path(*parts)


def render_config(answers: list[Answer]) -> str:
    lines = ["# grader ci reads this: which challenge each file or folder answers.",
             "# The sandbox is chosen on the command line: grader ci --sandbox docker",
             "[grader]", 'probes = "quick"        # off | quick | full', "min_score = 0",
             'junit = "grader-report/junit.xml"', 'markdown = "grader-report/summary.md"', ""]
    for a in answers:
        lines += ["[[answers]]", f'challenge = "{a.challenge}"', f'path = "{a.path}"', ""]
    return "\n".join(lines)
