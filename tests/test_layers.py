"""The house's layers, top down: an import may only go down (or stay level).

CLI; batch, ci, validate, catalog; pipeline; scoring and the report renderers;
the stages; the bank, the submission reader, the sandbox client and the report
model; verdicts and errors. Read statically (every import statement, function-level
ones included), so the test needs nothing running.
"""

import ast
from pathlib import Path

import pytest

GRADER = Path(__file__).resolve().parents[1] / "grader"

# (layer, module prefixes), top first; the longest matching prefix decides.
LAYERS = [
    (0, ["grader.cli", "grader.__main__"]),
    (1, ["grader.batch", "grader.ci", "grader.validate", "grader.catalog", "grader.importers",
         "grader.fleet"]),
    (2, ["grader.pipeline"]),
    (3, ["grader.scoring", "grader.report"]),
    (4, ["grader.stages"]),
    (5, ["grader.bank", "grader.submission", "grader.isolation", "grader.report.model",
         "grader.report.quality_model", "grader.tomlfile", "grader.testing"]),
    (6, ["grader.verdicts", "grader.errors", "grader"]),
]
LOWER = 5  # from here down, nothing may depend on the CLI framework either


def layer_of(module: str) -> int:
    best = max(((len(p), level) for level, prefixes in LAYERS for p in prefixes
                if module == p or module.startswith(p + ".")), default=None)
    assert best is not None, f"{module} is in no layer: add it to LAYERS"
    return best[1]


def module_name(path: Path) -> str:
    parts = path.relative_to(GRADER.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                found.append(f"{base}.{node.module}" if node.module else base)
            else:
                found.append(node.module)
    return found


MODULES = sorted(GRADER.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: module_name(p))
def test_imports_only_go_down(path):
    here = module_name(path)
    level = layer_of(here)
    upward = [m for m in imports(path) if m.startswith("grader.") and layer_of(m) < level]
    assert not upward, f"{here} (layer {level}) imports from above it: {upward}"
    if level >= LOWER:
        assert not [m for m in imports(path) if m.split(".")[0] == "click"], \
            f"{here} is below the CLI and must not import click"


def test_the_layer_map_catches_an_upward_import(tmp_path):
    # The check itself can fail: a bank module importing a stage is caught.
    assert layer_of("grader.bank.spec") > layer_of("grader.stages.quality.rules")
    assert layer_of("grader.report.model") > layer_of("grader.report.text")
    assert layer_of("grader.errors") > layer_of("grader.bank")
