"""Exercism's Python track as a bank: `grader import exercism TRACK --out BANK`.

Each practice and concept exercise becomes a challenge whose id is its slug. The
test files are copied byte for byte (to hidden_tests/<id>/ and, since Exercism's
tests are public, to the public examples too), the track's own solution
(.meta/example.py, or .meta/exemplar.py for concept exercises) becomes the
reference, the stub the stub, the instructions the prompt, and any other file of
the exercise (a test helper such as test_utils.py) goes beside the tests. The
challenges run with in-process semantics: the suites were written to run inside
the student's process, so the submission's own __eq__ decides, as it does there.

Nothing here knows any one exercise: what an exercise holds is read from its
.meta/config.json.
"""

import ast
import json
import re
import shutil
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from grader.bank.bank import SPEC_FILE, Bank
from grader.errors import BadInput

KINDS = ("practice", "concept")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MODULE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# A plain file name: helper files land beside the tests, never in a folder of their own.
FILE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")
# Exercism's suites have no time limits of their own; these leave room for the slowest
# exercise's reference (killer-sudoku-helper's 45-sum cage: 15 s in process on a busy machine)
# run across the sandbox boundary on one CPU, one call at a time.
LIMITS = {"call_timeout_s": 90.0, "test_timeout_s": 180.0, "total_timeout_s": 1200.0}


class CannotImport(Exception):
    """This exercise cannot become a challenge; the message says why."""


@dataclass
class ImportResult:
    imported: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (slug, why)


@dataclass(frozen=True)
class Exercise:
    slug: str
    kind: str  # practice | concept
    folder: Path
    module: str
    stub: Path
    tests: list[Path]
    reference: Path
    helpers: list[Path]
    prompt: str
    required: list[str]
    difficulty: str
    starting_code: bool = False  # the stub is working code, not signatures (starting_code())


def import_track(track: Path, out: Path, progress: Callable[[str], None]) -> ImportResult:
    """Write every exercise of `track` into the bank at `out`; one line per exercise."""
    exercises_root = track / "exercises"
    if not exercises_root.is_dir():
        raise BadInput(f"{track}: not a checkout of an Exercism track (no exercises/ folder)")
    folders = [(kind, f) for kind in KINDS if (exercises_root / kind).is_dir()
               for f in sorted((exercises_root / kind).iterdir()) if f.is_dir()]
    if not folders:
        raise BadInput(f"{exercises_root}: no practice or concept exercises found")
    difficulties = _difficulties(track / "config.json")
    (out / "challenges").mkdir(parents=True, exist_ok=True)
    (out / "hidden_tests").mkdir(parents=True, exist_ok=True)
    result = ImportResult()
    for i, (kind, folder) in enumerate(folders, 1):
        slug = folder.name
        try:
            exercise = read_exercise(folder, kind, difficulties.get(slug, "medium"))
            write_challenge(exercise, out)
        except CannotImport as exc:
            result.failed.append((slug, str(exc)))
            progress(f"[{i}/{len(folders)}] {slug}: cannot import: {exc}")
            continue
        result.imported.append(slug)
        progress(f"[{i}/{len(folders)}] {slug}: imported ({kind})")
    Bank(out)  # the result must load as a bank
    return result


def read_exercise(folder: Path, kind: str, difficulty: str) -> Exercise:
    slug = folder.name
    if not SLUG.match(slug):
        raise CannotImport(f"its folder name {slug!r} is not a valid challenge id")
    config_path = folder / ".meta" / "config.json"
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
        files = config["files"]
        solution, tests = list(files["solution"]), list(files["test"])
    except FileNotFoundError:
        raise CannotImport("it has no .meta/config.json") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise CannotImport(f".meta/config.json is not what Exercism writes: {exc}") from None
    reference_key = "example" if kind == "practice" else "exemplar"
    references = files.get(reference_key) or files.get("example") or files.get("exemplar")
    if len(solution) != 1:
        raise CannotImport(f"it has {len(solution)} solution files (one is supported)")
    if not references:
        raise CannotImport(f".meta/config.json names no {reference_key} solution")
    stub = _inside(folder, solution[0])
    module = stub.stem
    if stub.suffix != ".py" or not MODULE.match(module):
        raise CannotImport(f"its solution file {solution[0]!r} is not a Python module name")
    test_paths = [_inside(folder, t) for t in tests]
    test_files = [p for p in test_paths if _is_test_file(p.name)]
    if not test_files:
        raise CannotImport(f"none of its test files {tests} is named test_*.py or *_test.py")
    reference = _inside(folder, references[0])
    listed = {stub, reference, *test_paths}
    # Everything else the student gets beside the tests (test helpers), and the test
    # files that are not suites themselves (paasio lists its test_utils.py as a test).
    helpers = [p for p in test_paths if p not in test_files] + sorted(
        p for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".") and p not in listed)
    for path in helpers:
        if not FILE_NAME.match(path.name):
            raise CannotImport(f"helper file {path.name!r} has a name that cannot be copied")
    prompt = _prompt(folder)
    required = _required(test_files, module, stub)
    return Exercise(slug, kind, folder, module, stub, test_files, reference, helpers, prompt,
                    required, difficulty, starting_code(stub))


def write_challenge(ex: Exercise, out: Path) -> None:
    public, hidden = out / "challenges" / ex.slug, out / "hidden_tests" / ex.slug
    for folder in (public, hidden):
        if folder.exists():
            shutil.rmtree(folder)  # importing again replaces the challenge as a whole
    (public / "examples").mkdir(parents=True)
    hidden.mkdir(parents=True)
    (public / SPEC_FILE).write_text(_spec(ex), encoding="utf-8")
    (public / "prompt.md").write_text(ex.prompt, encoding="utf-8")
    shutil.copyfile(ex.stub, public / "stub.py")
    for path in [*ex.tests, *ex.helpers]:
        shutil.copyfile(path, hidden / path.name)  # byte for byte
        shutil.copyfile(path, public / "examples" / path.name)  # Exercism's tests are public
    shutil.copyfile(ex.reference, hidden / "reference.py")
    (hidden / "coverage.toml").write_text(_coverage(ex), encoding="utf-8")


def _coverage(ex: Exercise) -> str:
    """The coverage map: each test is a clause, in the words of Exercism's canonical case
    (.meta/tests.toml) when its name follows from them, else in its own name's words."""
    cases = {}
    try:
        canonical = tomllib.loads((ex.folder / ".meta" / "tests.toml").read_text("utf-8"))
        cases = {_snake(str(case.get("description", ""))): str(case["description"])
                 for case in canonical.values() if isinstance(case, dict)
                 and "description" in case}
    except (OSError, ValueError):
        pass
    out, seen = ["# One clause per test of the imported suite.", ""], set()
    for path in ex.tests:
        for test in _test_names(path):
            words = test.rsplit("::", 1)[-1].removeprefix("test_")
            clause = re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-") or "test"
            while clause in seen:
                clause += "-again"
            seen.add(clause)
            catalog = cases.get(words.lower(), words.replace("_", " "))
            catalog = catalog if len(catalog) >= 3 else f"test {catalog}"
            out += ["[[clause]]", f"id = {_toml(clause)}", f"catalog = {_toml(catalog)}",
                    f"tests = {_toml([test])}", ""]
    return "\n".join(out)


def _snake(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _test_names(path: Path) -> list[str]:
    """`test_x` and `Class::test_x`, as grader.bank.coverage reads them back."""
    names = []
    for node in _parse(path).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and \
                node.name.startswith("test"):
            names.append(node.name)
        elif isinstance(node, ast.ClassDef):
            names += [f"{node.name}::{item.name}" for item in node.body
                      if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
                      and item.name.startswith("test")]
    return names


def _spec(ex: Exercise) -> str:
    title = ex.slug.replace("-", " ").capitalize()
    lines = [f"id = {_toml(ex.slug)}", f"title = {_toml(title)}",
             f"difficulty = {_toml(ex.difficulty)}",
             f"tags = {_toml(['exercism', ex.kind])}",
             f"source = {_toml([f'exercism/python {ex.kind} exercise {ex.slug}'])}",
             f"module = {_toml(ex.module)}", f"required = {_toml(ex.required)}",
             "# A suite written to run in the submission's process: its own __eq__ decides.",
             'semantics = "in-process"']
    if ex.starting_code:
        lines += ["# The stub is working code (to refactor or finish), not signatures alone.",
                  'stub = "starting-code"']
    lines += ["", "[limits]"]
    lines += [f"{key} = {value}" for key, value in LIMITS.items()]
    return "\n".join(lines) + "\n"


def starting_code(stub: Path) -> bool:
    """Whether the stub is working code handed to the student (a refactoring exercise's
    tangle, a half-built class) rather than signatures: some function does more than
    `pass`, raise, or return a constant. Such a stub may pass its suite by design."""
    for node in ast.walk(_parse(stub)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for statement in node.body:
                placeholder = (
                    isinstance(statement, ast.Pass | ast.Raise)
                    or (isinstance(statement, ast.Expr)
                        and isinstance(statement.value, ast.Constant))  # a docstring, ...
                    or (isinstance(statement, ast.Return)
                        and (statement.value is None
                             or isinstance(statement.value, ast.Constant))))
                if not placeholder:
                    return True
    return False


def _toml(value) -> str:
    # JSON strings and arrays of them are valid TOML basic strings and arrays.
    return json.dumps(value, ensure_ascii=False)


def _inside(folder: Path, name: str) -> Path:
    if type(name) is not str:
        raise CannotImport(f".meta/config.json lists a file name that is not text: {name!r}")
    path = (folder / name).resolve()
    if not path.is_relative_to(folder.resolve()):
        raise CannotImport(f"{name!r} points outside the exercise's folder")
    if not path.is_file():
        raise CannotImport(f"{name} is missing")
    return path


def _is_test_file(name: str) -> bool:
    return name.endswith(".py") and (name.startswith("test_") or name.endswith("_test.py"))


def _prompt(folder: Path) -> str:
    docs = folder / ".docs"
    parts = [(docs / name).read_text(encoding="utf-8").strip()
             for name in ("introduction.md", "instructions.md", "instructions.append.md")
             if (docs / name).is_file()]
    if not (docs / "instructions.md").is_file():
        raise CannotImport("it has no .docs/instructions.md")
    return "\n\n".join(parts) + "\n"


def _required(test_files: list[Path], module: str, stub: Path) -> list[str]:
    """The names the tests import from the solution's module; else the stub's top level."""
    names: list[str] = []
    for path in test_files:
        for node in ast.walk(_parse(path)):
            if isinstance(node, ast.ImportFrom) and node.module == module and not node.level:
                names += [a.name for a in node.names if a.name != "*"]
    if not names:
        tree = _parse(stub)
        names = [n.name for n in tree.body
                 if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)]
    if not names:
        raise CannotImport("its tests import no name from the solution and its stub defines none")
    return list(dict.fromkeys(names))


def _parse(path: Path) -> ast.Module:
    try:
        return ast.parse(path.read_text(encoding="utf-8"), str(path))
    except (SyntaxError, UnicodeDecodeError, ValueError) as exc:
        raise CannotImport(f"{path.name} cannot be parsed: {exc}") from None


def _difficulties(config: Path) -> dict[str, str]:
    """The track's own difficulty (1-10) per slug, as easy/medium/hard, when it is there."""
    try:
        track = json.loads(config.read_text(encoding="utf-8"))
        entries = [e for kind in KINDS for e in track["exercises"].get(kind, [])]
        return {e["slug"]: "easy" if e["difficulty"] <= 3 else
                "medium" if e["difficulty"] <= 6 else "hard" for e in entries}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
