"""The grader as a user installs it: a wheel built from the checkout, in a fresh venv,
run from an empty folder. The bank and the sandbox image context travel as package data."""

import json
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest
from conftest import REPO

from grader.bank import default_bank_root

# What a user's checkout holds that a build must not see (the developer's leftovers).
NOT_SOURCE = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__",
                                    "*.pyc", ".hypothesis", ".ruff_cache", ".mypy_cache",
                                    "artifacts", "grader-report")
TEST_TAG = "grader-sandbox:wheel-test"


def test_every_package_of_grader_is_listed_in_pyproject():
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
                 ["packages"])
    found = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "grader").rglob(
        "__init__.py")}
    assert found - listed == set(), "add these packages to pyproject.toml [tool.setuptools]"


def test_a_checkout_reads_its_own_bank():
    assert default_bank_root() == REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built (with build isolation, as pip does for a user) from a clean copy."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    shutil.copytree(REPO, source, ignore=NOT_SOURCE)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(source),
                    "-w", str(root / "dist")], check=True, timeout=600)
    (found,) = (root / "dist").glob("grader-*.whl")
    return found


@pytest.mark.slow
def test_the_wheel_carries_the_bank_and_the_image_context(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("grader/data/challenges/lru-cache/challenge.toml",
                 "grader/data/challenges/lru-cache/stub.py",
                 "grader/data/hidden_tests/lru-cache/reference.py",
                 "grader/data/sandbox/Dockerfile", "grader/data/sandbox/worker.py",
                 "grader/data/sandbox/make-base-image.sh",
                 "grader/stages/correctness/pytest.ini"):
        assert name in names
    assert not [n for n in names if n.endswith(".pyc") or "/tests/" in n or "/.venv/" in n]


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv holding the wheel; its dependencies come from the suite's own venv."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # After the venv's own site-packages: the wheel's grader comes first.
    Path(site, "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True,
                   timeout=300)
    return venv / "bin" / "grader"


def run_installed(grader: Path, *args: str, cwd: Path, timeout: float = 600):
    return subprocess.run([str(grader), *args], capture_output=True, text=True, cwd=cwd,
                          timeout=timeout)


@pytest.mark.slow
def test_the_installed_grader_lists_its_bank_from_an_empty_folder(installed, tmp_path):
    listed = run_installed(installed, "list", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "lru-cache" in listed.stdout
    show_root = "from grader.bank import default_bank_root; print(default_bank_root())"
    where = subprocess.run([installed.parent / "python", "-c", show_root],
                           capture_output=True, text=True, cwd=tmp_path, check=True).stdout
    assert Path(where.strip()).is_relative_to(installed.parents[1]), where
    shown = run_installed(installed, "init", "lru-cache", "work", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert (tmp_path / "work" / "lru_cache.py").is_file()


@pytest.mark.slow
@pytest.mark.docker
def test_the_installed_grader_builds_its_image_and_grades_on_docker(installed, tmp_path,
                                                                   docker_ready):
    doctor = run_installed(installed, "doctor", cwd=tmp_path)
    assert doctor.returncode == 0 and "docker  ready" in doctor.stdout, doctor.stdout
    base = run_installed(installed, "sandbox", "base", cwd=tmp_path)  # the shipped script
    assert base.returncode == 0 and "grader-base:bookworm" in base.stdout, base
    try:
        built = run_installed(installed, "sandbox", "build", "--base", "grader-base:bookworm",
                              "--offline", "--tag", TEST_TAG, cwd=tmp_path)
        assert built.returncode == 0, built.stderr
        assert TEST_TAG in built.stdout
    finally:
        subprocess.run(["docker", "rmi", TEST_TAG], capture_output=True)
    answer = tmp_path / "answer.py"
    shutil.copy(REPO / "examples" / "lru_cache.py", answer)
    graded = run_installed(installed, "grade", "lru-cache", "answer.py", "--sandbox", "docker",
                           "--probes", "off", "--format", "json", cwd=tmp_path)
    assert graded.returncode == 0, graded.stdout[-2000:] + graded.stderr[-2000:]
    report = json.loads(graded.stdout)
    assert report["sandbox"]["backend"] == "docker" and report["verdict"] == "passed"
