"""grader.toml: which challenge each file or folder of an answer repository answers."""

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from grader.errors import BadInput
from grader.tomlfile import load_model

CONFIG_NAME = "grader.toml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Answer(_Strict):
    challenge: str
    path: str


class Settings(_Strict):
    sandbox: Literal["auto", "docker", "local"] = "auto"
    probes: Literal["off", "quick", "full"] = "quick"
    quality: bool = True
    min_score: float = Field(0, ge=0, le=100, description="a passing answer below this fails")
    junit: str | None = None  # where to write JUnit XML
    markdown: str | None = None  # where to write the Markdown summary
    json_path: str | None = Field(None, alias="json")


class CiConfig(_Strict):
    grader: Settings = Field(default_factory=Settings)
    answers: list[Answer] = Field(min_length=1)


def load_config(path: Path) -> CiConfig:
    if not path.is_file():
        raise BadInput(f"{path}: no such file (write one with: grader ci --init)")
    return load_model(path, CiConfig)


def render_config(answers: list[Answer]) -> str:
    lines = ["# grader ci reads this: which challenge each file or folder answers.",
             "[grader]", 'sandbox = "auto"        # auto | docker | local',
             'probes = "quick"        # off | quick | full', "min_score = 0",
             'junit = "grader-report/junit.xml"', 'markdown = "grader-report/summary.md"', ""]
    for a in answers:
        lines += ["[[answers]]", f'challenge = "{a.challenge}"', f'path = "{a.path}"', ""]
    return "\n".join(lines)
