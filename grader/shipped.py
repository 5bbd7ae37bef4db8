"""The folders shipped with the grader: the default bank and the sandbox image's context.

A wheel carries the repository's top-level challenges/, hidden_tests/ and sandbox/ as
package data under grader/data/ (pyproject.toml maps them there), read through
importlib.resources; an editable install or a plain checkout has no grader/data/ and
reads those top-level folders where they are.
"""

from importlib.resources import files
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]


def shipped_dir(name: str) -> Path:
    """The shipped folder `name` (challenges, hidden_tests or sandbox) on disk."""
    packaged = files("grader") / "data" / name
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return CHECKOUT / name


def shipped_bank() -> Path:
    """The bank shipped with the grader: the folder holding its challenges/ and hidden_tests/."""
    return shipped_dir("challenges").parent
