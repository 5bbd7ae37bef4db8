"""Reading a TOML file into a pydantic model, with errors that name the file and the field."""

import tomllib
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from grader.errors import BadInput

M = TypeVar("M", bound=BaseModel)


def load_model(path: Path, model: type[M], error: type[BadInput] = BadInput) -> M:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise error(f"{path}: not valid TOML: {exc}") from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}" for e in exc.errors())
        raise error(f"{path}: {problems}") from None
