"""`grader import exercism TRACK --out BANK`: Exercism's Python track as a bank, its test
files unchanged, proved by `grader validate`. The practice exercises come from the snapshot
in ../shared/foreign (MIT), unpacked into a temporary folder; concept exercises (exemplar.py,
the pytest.mark.task marker) from small fixtures written here."""

import json
import tarfile
import textwrap
from pathlib import Path

import pytest
from conftest import REPO

SNAPSHOT = REPO.parent / "shared" / "foreign" / "exercism-python-practice-9eb657d4.tar.gz"
# A spread of what the track asks of the engine: plain functions, a test helper module beside
# the tests, classes whose own ==, str and operators decide, callables handed to the
# solution, a range, a unittest.skip, a dataclass reference, generators.
REPRESENTATIVE = ["acronym", "error-handling", "clock", "complex-numbers", "custom-set",
                  "dot-dsl", "accumulate", "list-ops", "strain", "react",
                  "simple-linked-list", "alphametics", "sgf-parsing", "zipper",
                  "rational-numbers", "binary-search-tree"]


@pytest.fixture(scope="module")
def track(tmp_path_factory):
    if not SNAPSHOT.is_file():
        pytest.skip(f"the Exercism snapshot is not here ({SNAPSHOT})")
    root = tmp_path_factory.mktemp("track")
    with tarfile.open(SNAPSHOT) as tar:
        tar.extractall(root, filter="data")
    return root


def concept(root: Path, slug: str, module: str, tests: str, exemplar: str, stub: str) -> Path:
    """A concept exercise laid out as the track lays them out."""
    folder = root / "exercises" / "concept" / slug
    (folder / ".meta").mkdir(parents=True)
    (folder / ".docs").mkdir()
    (folder / ".docs" / "instructions.md").write_text(f"# {slug}\n\nDo the tasks.\n")
    (folder / ".meta" / "config.json").write_text(json.dumps({"files": {
        "solution": [f"{module}.py"], "test": [f"{module}_test.py"],
        "exemplar": [".meta/exemplar.py"]}}))
    (folder / f"{module}_test.py").write_text(tests)
    (folder / ".meta" / "exemplar.py").write_text(exemplar)
    (folder / f"{module}.py").write_text(stub)
    return folder


CONCEPT_TESTS = textwrap.dedent('''\
    import unittest

    import pytest
    from lasagna import bake_time_remaining, EXPECTED_BAKE_TIME


    class LasagnaTest(unittest.TestCase):
        @pytest.mark.task(taskno=1)
        def test_expected_bake_time(self):
            self.assertEqual(EXPECTED_BAKE_TIME, 40)

        @pytest.mark.task(taskno=2)
        def test_bake_time_remaining(self):
            self.assertEqual(bake_time_remaining(25), 15)
    ''')


def test_concept_exercises_import_and_their_task_marker_runs(run, tmp_path):
    concept(tmp_path / "track", "guidos-gorgeous-lasagna", "lasagna", CONCEPT_TESTS,
            "EXPECTED_BAKE_TIME = 40\n\n\ndef bake_time_remaining(elapsed):\n"
            "    return EXPECTED_BAKE_TIME - elapsed\n",
            "EXPECTED_BAKE_TIME = None\n\n\ndef bake_time_remaining(elapsed):\n    pass\n")
    broken = tmp_path / "track" / "exercises" / "concept" / "no-config"
    (broken / ".docs").mkdir(parents=True)
    bank = tmp_path / "bank"
    result = run("import", "exercism", str(tmp_path / "track"), "--out", str(bank))
    assert result.code == 0, result
    assert "guidos-gorgeous-lasagna: imported (concept)" in result.err
    assert "no-config: cannot import: it has no .meta/config.json" in result.err
    assert "could not be imported: no-config" in result.out

    hidden = bank / "hidden_tests" / "guidos-gorgeous-lasagna"
    assert (hidden / "lasagna_test.py").read_text() == CONCEPT_TESTS  # byte for byte
    assert "EXPECTED_BAKE_TIME = 40" in (hidden / "reference.py").read_text()
    spec = (bank / "challenges" / "guidos-gorgeous-lasagna" / "challenge.toml").read_text()
    assert 'semantics = "in-process"' in spec and 'module = "lasagna"' in spec
    assert 'required = ["bake_time_remaining", "EXPECTED_BAKE_TIME"]' in spec

    graded = run("grade", "guidos-gorgeous-lasagna", str(hidden / "reference.py"), "--bank",
                 str(bank), "--sandbox", "local", "--format", "json", "--probes", "off")
    assert graded.code == 0, graded
    assert [t["verdict"] for t in graded.json["tests"]] == ["passed", "passed"]
    stub = bank / "challenges" / "guidos-gorgeous-lasagna" / "stub.py"
    assert run("grade", "guidos-gorgeous-lasagna", str(stub), "--bank", str(bank), "--sandbox",
               "local", "--probes", "off").code == 1


REFACTOR_TESTS = textwrap.dedent('''\
    import unittest

    from ledger import total


    class LedgerTest(unittest.TestCase):
        def test_total(self):
            self.assertEqual(total([1, 2, 3]), 6)

        def test_empty(self):
            self.assertEqual(total([]), 0)
    ''')


def test_a_stub_of_working_code_is_starting_code_that_may_pass(run, tmp_path):
    """A refactoring exercise hands the student working code that passes its suite: the
    importer marks it as starting code and validate does not call the passing stub a
    problem; a stub of signatures is still proven to fail."""
    track = tmp_path / "track"
    tangle = ("def total(entries):\n    result = 0\n    for i in range(len(entries)):\n"
              "        result = result + entries[i]\n    return result\n")
    concept(track, "tangled-ledger", "ledger", REFACTOR_TESTS,
            "def total(entries):\n    return sum(entries)\n", tangle)
    concept(track, "plain-ledger", "ledger", REFACTOR_TESTS,
            "def total(entries):\n    return sum(entries)\n",
            'def total(entries):\n    """Add them up."""\n    pass\n')
    bank = tmp_path / "bank"
    assert run("import", "exercism", str(track), "--out", str(bank)).code == 0
    tangled = (bank / "challenges" / "tangled-ledger" / "challenge.toml").read_text()
    plain = (bank / "challenges" / "plain-ledger" / "challenge.toml").read_text()
    assert 'stub = "starting-code"' in tangled and "stub =" not in plain
    result = run("validate", "tangled-ledger", "plain-ledger", "--bank", str(bank),
                 "--sandbox", "local")
    assert result.code == 0 and "2 of 2 challenges proven" in result.out, result

    # Signatures that happen to pass are still caught: the proof of a plain stub stands.
    (bank / "challenges" / "plain-ledger" / "stub.py").write_text(
        "def total(entries):\n    return sum(entries)\n")
    result = run("validate", "plain-ledger", "--bank", str(bank), "--sandbox", "local")
    assert result.code == 1 and "the stub passes" in result.out, result


def test_a_folder_that_is_not_a_track_is_bad_input(run, tmp_path):
    result = run("import", "exercism", str(tmp_path), "--out", str(tmp_path / "bank"))
    assert result.code == 2 and "not a checkout of an Exercism track" in result.err, result
    assert "Traceback" not in result.err


def test_the_practice_track_imports_whole(run, track, tmp_path):
    bank = tmp_path / "bank"
    result = run("import", "exercism", str(track), "--out", str(bank))
    assert result.code == 0, result
    assert result.out.startswith("imported 140 exercise(s)"), result.out
    assert result.err.count(": imported (practice)") == 140
    clock = track / "exercises" / "practice" / "clock"
    assert (bank / "hidden_tests" / "clock" / "clock_test.py").read_bytes() == \
        (clock / "clock_test.py").read_bytes()
    assert (bank / "hidden_tests" / "error-handling" / "test_utils.py").is_file()
    listed = run("list", "--bank", str(bank))
    assert listed.code == 0 and len(listed.out.splitlines()) == 140


# The exercises whose tests patch the solution module's globals (mock.patch("grep.open")):
# the module runs in the sandbox, out of the patch's reach; docs/foreign-suites.md says so.
UNSUPPORTED = {"grep", "paasio"}


@pytest.mark.slow
def test_the_practice_track_validates_on_docker(run, track, tmp_path, docker_ready):
    """Every practice exercise: Exercism's solution passes every test, the stub does not
    (starting code aside): `grader validate` over the whole track, two proofs at once."""
    bank = tmp_path / "bank"
    assert run("import", "exercism", str(track), "--out", str(bank)).code == 0
    result = run("validate", "--bank", str(bank), "--sandbox", "docker", "--jobs", "2",
                 timeout=3000)
    rows = {line.split()[0]: line for line in result.out.splitlines()[1:-1] if line.split()}
    broken = {slug: row for slug, row in rows.items() if not row.rstrip().endswith(" ok")}
    assert len(rows) == 140, result
    assert set(broken) <= UNSUPPORTED, broken  # at least 138 of 140 proven
    assert set(REPRESENTATIVE) <= set(rows) - set(broken)
