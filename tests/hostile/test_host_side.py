"""The host side of the trust boundary (issue 15): what the grader reads and writes on the say-so
of a candidate's folder or a pull request's grader.toml, through the real CLI.

Who is trusted: the person running the grader, and what they type or write in a roster. Not
trusted: the contents of the folders they point at (a candidate's files, links and FIFOs), and
an answer repository's grader.toml (written by whoever opens the pull request). Each case is an
attack that worked on the main of that day:

    ci, path = the bank's reference (absolute or ..)   exit 2, nothing graded
    ci, junit/markdown/json absolute, .., .git/hooks   exit 2, nothing written
    ci, an output folder that is a link out            exit 2, nothing written
    ci, sandbox = "local" without bubblewrap            ignored with a warning; the CLI's sandbox
    ci, answers linked to the reference and to .env    not graded, the secret nowhere
    grade, a typed link to the reference                exit 2 (links are the folder's, not typed)
    FIFO alone / in a package / in a folder / in batch  exit 2 or a row that says why, no hang
    a folder's answer linked to /dev/zero               exit 2, read no further than the bound
    batch, a candidate folder linked into the bank      a row that says why, never graded
    batch or ci with no isolating sandbox               exit 3 unless --allow-unisolated; named
    cache: a crafted __init__.py with NUL bytes         not served for the victim's package
    similarity: `;`, redundant parentheses, `pass`      still listed as a copy
"""

import json
import os
import shutil
import time
import uuid
from pathlib import Path

import pytest
from conftest import REPO, grader

EXAMPLE = REPO / "examples" / "answer-repo" / "lru_cache.py"
REFERENCE = REPO / "hidden_tests" / "lru-cache" / "reference.py"
REFERENCE_TEXT = "a dict of nodes plus a doubly linked list with sentinels"  # only the reference
NO_ISOLATION = {"PATH": "/nonexistent", "DOCKER_HOST": "unix:///nonexistent"}
FAST = ("--probes", "off", "--quality", "off")
HANG = 60  # seconds: past this a grade that should have refused at once counts as hung


def repo_with(tmp_path: Path, config: str, answer: bool = True) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    if answer:
        shutil.copy(EXAMPLE, repo / "lru_cache.py")
    (repo / "grader.toml").write_text(config)
    return repo


def answers(*paths: str) -> str:
    return "".join(f'[[answers]]\nchallenge = "lru-cache"\npath = "{p}"\n' for p in paths)


# -- grader.toml -------------------------------------------------------------------------------
@pytest.mark.parametrize("path", [str(REFERENCE), "../../../../" + str(REFERENCE).lstrip("/"),
                                  "../" * 12 + str(REFERENCE).lstrip("/")])
@pytest.mark.slow
def test_ci_answer_path_cannot_leave_the_repository(tmp_path, path):
    repo = repo_with(tmp_path, answers(path), answer=False)
    result = grader("ci", "--config", str(repo / "grader.toml"), timeout=HANG)
    assert result.code == 2, result
    assert "answers.0.path" in result.err and ("relative" in result.err or "'..'" in result.err)
    assert "passed" not in result.out


@pytest.mark.parametrize("key,where", [
    ("junit", "{outside}/junit.xml"), ("markdown", "../outside/summary.md"),
    ("json", ".git/hooks/pre-commit"), ("junit", "sub/.GIT/x.xml"),
    ("markdown", "linked/summary.md")])
@pytest.mark.slow
def test_ci_outputs_stay_in_the_repository_and_out_of_git(tmp_path, key, where):
    outside = tmp_path / "outside"
    outside.mkdir()
    where = where.format(outside=outside)
    repo = repo_with(tmp_path, f'[grader]\nprobes = "off"\n{key} = "{where}"\n' + answers(
        "lru_cache.py"))
    (repo / ".git" / "hooks").mkdir(parents=True)
    (repo / "linked").symlink_to(outside)  # a folder in the repository that leads out of it
    result = grader("ci", "--config", str(repo / "grader.toml"), timeout=HANG)
    assert result.code == 2, result
    assert key in result.err
    assert list(outside.iterdir()) == [] and list((repo / ".git" / "hooks").iterdir()) == []
    assert not (repo / "sub").exists()


def test_ci_sandbox_key_is_ignored_and_the_command_line_chooses(tmp_path, docker_ready):
    """On a runner without bubblewrap, `sandbox = "local"` let an answer exec() the bank's
    reference from the host (passed 94.3). The key now only warns; the sandbox is the CLI's."""
    repo = repo_with(tmp_path, '[grader]\nsandbox = "local"\nprobes = "off"\njson = "r.json"\n'
                     + answers("thief.py"), answer=False)
    (repo / "thief.py").write_text(f"exec(open({str(REFERENCE)!r}).read())\n")
    env = {"PATH": "/nonexistent"}  # no bubblewrap: the local backend would be no boundary
    result = grader("ci", "--config", str(repo / "grader.toml"), env=env, timeout=300)
    assert result.code == 1, result
    assert "`sandbox` key is ignored" in result.err and "sandbox: docker" in result.out
    report = json.loads((repo / "r.json").read_text())[0]
    assert report["verdict"] != "passed" and report["sandbox"]["backend"] == "docker"


def test_ci_refuses_linked_answers_and_leaks_no_host_secret(tmp_path, docker_ready):
    """Links in a pull request: one to the bank's reference (it passed), one to a host .env
    (its secret line came back in the lint finding, the annotation and the step summary)."""
    secret = f"API_TOKEN=host-secret-{uuid.uuid4().hex}"
    host = tmp_path / "host"
    host.mkdir()
    (host / ".env").write_text(secret + "\n")
    repo = repo_with(tmp_path, '[grader]\nprobes = "off"\njunit = "out/junit.xml"\n'
                     'markdown = "out/summary.md"\njson = "out/r.json"\n'
                     + answers("ref.py", "env.py", "deep/answer.py", "lru_cache.py"))
    (repo / "ref.py").symlink_to(REFERENCE)
    (repo / "env.py").symlink_to(host / ".env")
    (repo / "deep").symlink_to(host)  # a linked folder on the way
    (host / "answer.py").symlink_to(REFERENCE)
    summary = tmp_path / "step-summary.md"
    result = grader("ci", "--config", str(repo / "grader.toml"), "--sandbox", "docker",
                    env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)},
                    timeout=300)
    assert result.code == 1, result
    assert "1 of 4 answers passed" in result.out  # the real answer still graded
    for name in ("ref.py", "env.py", "deep/answer.py"):
        line = next(x for x in result.out.splitlines() if f" {name} (lru-cache)" in x)
        assert line.startswith("not graded") and "symbolic link" in line, line
    written = [result.out, result.err, summary.read_text()] + [
        p.read_text() for p in (repo / "out").iterdir()]
    token = secret.split("=")[1]
    assert not any(token in text or REFERENCE_TEXT in text for text in written)


def test_ci_init_proposes_no_linked_answer_and_reads_no_fifo(tmp_path):
    (tmp_path / "lru_cache.py").symlink_to(REFERENCE)
    os.mkfifo(tmp_path / "mine.py")  # read for its names, it would block --init forever
    (tmp_path / "trie.py").symlink_to("/dev/zero")
    (tmp_path / "sliding_window_max.py").write_text("def max_sliding_window(): pass\n")
    result = grader("ci", "--init", "--config", str(tmp_path / "grader.toml"), timeout=HANG)
    assert result.code == 0, result
    text = (tmp_path / "grader.toml").read_text()
    assert 'path = "sliding_window_max.py"' in text
    assert "lru_cache.py" not in text and "trie.py" not in text and "mine.py" not in text
    assert "sandbox =" not in text  # the command line chooses it


# -- one answer, typed by the person ----------------------------------------------------------
def _make(tmp_path: Path, name: str) -> Path:
    """One answer of the cases below, made in tmp_path."""
    if name == "link.py":  # typed by the person, but the link is the candidate's
        (tmp_path / name).symlink_to(REFERENCE)
    elif name == "fifo.py":
        os.mkfifo(tmp_path / name)
    elif name == "package":  # a package one of whose modules is a FIFO
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("from .core import LRUCache\n")
        os.mkfifo(tmp_path / name / "core.py")
    elif name == "folder":  # a folder whose only .py file is the answer: a FIFO
        (tmp_path / name).mkdir()
        os.mkfifo(tmp_path / name / "answer.py")
    elif name == "zero":  # a folder whose module file is a link to /dev/zero
        (tmp_path / name).mkdir()
        (tmp_path / name / "lru_cache.py").symlink_to("/dev/zero")
    elif name == "zero_only":
        (tmp_path / name).mkdir()
        (tmp_path / name / "answer.py").symlink_to("/dev/zero")
    return tmp_path / name


@pytest.mark.parametrize("name,why", [
    ("link.py", "symbolic link"), ("fifo.py", "FIFO"), ("package", "FIFO"), ("folder", "FIFO"),
    ("zero", "symbolic link"), ("zero_only", "symbolic link")])
def test_grade_refuses_a_link_fifo_and_dev_zero(tmp_path, name, why):
    started = time.monotonic()
    result = grader("grade", "lru-cache", str(_make(tmp_path, name)), *FAST, timeout=HANG)
    assert result.code == 2 and why in result.err, result
    assert "Traceback" not in result.err and time.monotonic() - started < 30


# -- batch -------------------------------------------------------------------------------------
def hostile_folder(folder: Path) -> None:
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "alice.py")
    (folder / "bob.py").symlink_to(REFERENCE)
    os.mkfifo(folder / "carol.py")
    dave = folder / "dave"
    dave.mkdir()
    os.mkfifo(dave / "lru_cache.py")
    erin = folder / "erin"
    erin.mkdir()
    (erin / "solution.py").symlink_to("/dev/zero")
    (folder / "frank").symlink_to(REFERENCE.parent)  # a folder: the bank's own


@pytest.mark.slow
def test_batch_rows_say_why_and_name_the_sandbox(tmp_path, backend):
    answers_dir = tmp_path / "answers"
    hostile_folder(answers_dir)
    cache = tmp_path / "cache"
    args = ["batch", "lru-cache", str(answers_dir), "--sandbox", backend, "--cache-dir",
            str(cache), "--jobs", "1", *FAST]
    started = time.monotonic()
    result = grader(*args, "--format", "json", timeout=240)
    assert time.monotonic() - started < 200
    assert result.code == 1, result
    rows = {r["candidate"]: r for r in json.loads(result.out)["rows"]}
    label = "docker" if backend == "docker" else "local+bubblewrap"
    assert rows["alice"]["verdict"] == "passed" and rows["alice"]["sandbox"] == label
    why = {"bob": "symbolic link", "carol": "FIFO", "dave": "FIFO", "erin": "symbolic link",
           "frank": "symbolic link"}
    for name, text in why.items():
        assert rows[name]["verdict"] == "not-graded" and text in rows[name]["reason"], rows[name]
        assert rows[name]["sandbox"] == ""
    again = grader(*args, timeout=240)  # the text table: cached, sandbox, why
    alice = next(line for line in again.out.splitlines() if line.startswith("alice"))
    assert "(cached)" in alice and label in alice
    carol = next(line for line in again.out.splitlines() if line.startswith("carol"))
    assert "not-graded" in carol and "FIFO" in carol


@pytest.mark.slow
def test_batch_never_enters_a_linked_candidate_folder(tmp_path, docker_ready):
    """`grader batch DIR`: mallory's folder is a link to the bank's hidden tests, whose
    lru-cache folder held one .py file besides the tests: the reference, graded as hers."""
    (tmp_path / "alice").mkdir()
    shutil.copy(EXAMPLE, tmp_path / "alice" / "lru_cache.py")
    (tmp_path / "mallory").symlink_to(REPO / "hidden_tests")
    result = grader("batch", str(tmp_path), "--sandbox", "docker", "--no-cache", *FAST,
                    "--format", "json", timeout=300)
    rows = {r["candidate"]: r for r in json.loads(result.out)["rows"]}
    assert rows["alice"]["verdict"] == "passed"
    assert rows["mallory"]["verdict"] == "not-graded" and "symbolic link" in rows["mallory"][
        "reason"]
    assert not any(r["verdict"] == "passed" for n, r in rows.items() if n != "alice")


# -- no isolating sandbox ----------------------------------------------------------------------
@pytest.mark.slow
def test_no_silent_unisolated_fallback(tmp_path):
    """No Docker engine, no bubblewrap: batch and ci refuse (exit 3) before anything runs; with
    --allow-unisolated they run and say so in a warning and in every row."""
    planted = tmp_path / f"pwned-{uuid.uuid4().hex}"
    answers_dir = tmp_path / "answers"
    answers_dir.mkdir()
    (answers_dir / "alice.py").write_text(
        f"open({str(planted)!r}, 'w').write('ran on the host')\n" + EXAMPLE.read_text())
    refused = grader("batch", "lru-cache", str(answers_dir), "--no-cache", *FAST,
                     env=NO_ISOLATION, timeout=120)
    assert refused.code == 3 and "--allow-unisolated" in refused.err, refused
    assert not planted.exists()
    repo = repo_with(tmp_path, '[grader]\nprobes = "off"\n' + answers("lru_cache.py"))
    ci = grader("ci", "--config", str(repo / "grader.toml"), env=NO_ISOLATION, timeout=120)
    assert ci.code == 3 and "--allow-unisolated" in ci.err, ci

    allowed = grader("batch", "lru-cache", str(answers_dir), "--no-cache", "--allow-unisolated",
                     *FAST, "--format", "json", env=NO_ISOLATION, timeout=300)
    assert allowed.code == 0, allowed
    assert "unisolated" in allowed.err
    assert json.loads(allowed.out)["rows"][0]["sandbox"] == "local (unisolated)"
    check = grader("ci", "--check", "--config", str(repo / "grader.toml"), env=NO_ISOLATION,
                   timeout=300)
    assert check.code == 0 and "sandbox: local (unisolated)" in check.out, check
    assert "unisolated" in check.err


def test_ci_names_the_sandbox_it_was_given(tmp_path, backend):
    repo = repo_with(tmp_path, '[grader]\nprobes = "off"\nmarkdown = "summary.md"\n'
                     + answers("lru_cache.py"))
    result = grader("ci", "--check", "--sandbox", backend, "--config", str(repo / "grader.toml"),
                    timeout=300)
    label = "docker" if backend == "docker" else "local+bubblewrap"
    assert result.code == 0 and f"sandbox: {label}" in result.out, result
    assert f"Sandbox: {label}" in (repo / "summary.md").read_text()


# -- cache and similarity ----------------------------------------------------------------------
@pytest.mark.slow
def test_crafted_nul_file_does_not_share_a_cache_key(tmp_path, docker_ready):
    """The old key joined names and texts with NUL; a one-file package whose text holds
    "NUL lru_cache/b.py NUL ..." hashed like a two-file package, and the victim's correct
    answer was served the attacker's cached "rejected"."""
    victim, attacker = tmp_path / "v" / "victim", tmp_path / "a" / "mallory"
    init = "from .b import LRUCache\n"
    body = EXAMPLE.read_text()
    for folder in (victim, attacker):  # each folder is the package lru_cache
        folder.mkdir(parents=True)
    (victim / "__init__.py").write_text(init)
    (victim / "b.py").write_text(body)
    (attacker / "__init__.py").write_text(init + "\0lru_cache/b.py\0" + body)
    cache = tmp_path / "cache"
    common = ["--sandbox", "docker", "--cache-dir", str(cache), *FAST, "--format", "json"]
    first = grader("batch", "lru-cache", str(attacker.parent), *common, timeout=300)
    assert json.loads(first.out)["rows"][0]["verdict"] == "rejected", first
    second = grader("batch", "lru-cache", str(victim.parent), *common, timeout=300)
    row = json.loads(second.out)["rows"][0]
    assert row["verdict"] == "passed" and not row["cached"], row


SIMPLE = ("Expr", "Assign", "AugAssign", "AnnAssign", "Return", "Raise", "Delete", "Pass")


def _simple_statements(source: str):
    import ast

    return [n for n in ast.walk(ast.parse(source)) if type(n).__name__ in SIMPLE]


def with_semicolons(source: str) -> str:
    lines = source.splitlines()
    for n in _simple_statements(source):
        lines[n.end_lineno - 1] += ";"
    return "\n".join(lines) + "\n"


def with_parentheses(source: str) -> str:
    lines = source.splitlines()
    for n in _simple_statements(source):
        value = getattr(n, "value", None)
        if value is not None and value.lineno == value.end_lineno:
            i, a, b = value.lineno - 1, value.col_offset, value.end_col_offset
            lines[i] = lines[i][:a] + "((" + lines[i][a:b] + "))" + lines[i][b:]
    return "\n".join(lines) + "\n"


def with_pass_lines(source: str) -> str:
    lines = source.splitlines()
    for n in sorted(_simple_statements(source), key=lambda n: -n.end_lineno):
        lines.insert(n.end_lineno, " " * n.col_offset + "pass")
    return "\n".join(lines) + "\n"


ORIGINAL = '''class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.nodes = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next = self.tail
        self.tail.prev = self.head

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key):
        node = self.nodes.get(key)
        if node is None:
            return -1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.nodes.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.nodes) >= self.capacity:
            oldest = self.tail.prev
            self._unlink(oldest)
            del self.nodes[oldest.key]
        node = _Node(key, value)
        self.nodes[key] = node
        self._push_front(node)
'''


@pytest.mark.slow
def test_similarity_sees_through_separators_parentheses_and_pass(tmp_path, docker_ready):
    """A copy with `;` after every simple statement fell from 1.0 to 0.24 and was not listed;
    doubled parentheses around every value (0.18) and a `pass` after every statement (0.22)
    hid a copy as well."""
    folder = tmp_path / "answers"
    folder.mkdir()
    variants = {"semicolons": with_semicolons, "parentheses": with_parentheses,
                "pass_lines": with_pass_lines}
    (folder / "original.py").write_text(ORIGINAL)
    for name, change in variants.items():
        text = change(ORIGINAL)
        compile(text, name, "exec")  # still a valid answer
        assert text != ORIGINAL
        (folder / f"{name}.py").write_text(text)
    result = grader("batch", "lru-cache", str(folder), "--sandbox", "docker", "--no-cache",
                    "--jobs", "2", *FAST, "--format", "json", timeout=600)
    summary = json.loads(result.out)
    assert all(r["verdict"] == "passed" for r in summary["rows"]), summary["rows"]
    pairs = {frozenset((p["a"], p["b"])): p["similarity"] for p in summary["similar"]}
    for name in variants:
        assert pairs.get(frozenset(("original", name)), 0) >= 0.9, (name, pairs)
