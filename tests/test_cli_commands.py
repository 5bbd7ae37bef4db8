"""The candidate's path through the CLI: list, show, init, check; and doctor."""

import json

from conftest import REPO


def test_list_text_and_json(run):
    text = run("list")
    assert text.code == 0 and "lru-cache" in text.out and "medium" in text.out
    listed = json.loads(run("list", "--format", "json").out)
    lru = next(c for c in listed if c["id"] == "lru-cache")
    assert lru["difficulty"] == "medium" and lru["module"] == "lru_cache"


def test_show_prints_the_prompt(run):
    result = run("show", "lru-cache")
    assert result.code == 0 and result.out.startswith("# LRU cache")


def test_init_then_check_the_stub(run, tmp_path):
    result = run("init", "lru-cache", str(tmp_path))
    assert result.code == 0, result
    stub = tmp_path / "lru_cache.py"
    assert stub.read_text() == (REPO / "challenges/lru-cache/stub.py").read_text()
    assert (tmp_path / "examples" / "lru-cache" / "test_examples.py").is_file()
    again = run("init", "lru-cache", str(tmp_path))
    assert again.code == 2 and "--force" in again.err
    check = run("check", "lru-cache", str(stub), "--sandbox", "local", "--format", "json")
    assert check.code == 1
    assert {t["verdict"] for t in check.json["tests"]} == {"error"}
    assert "NotImplementedError" in check.json["tests"][0]["message"]


def test_doctor_names_each_backend(run, docker_ready):
    result = run("doctor")
    assert result.code == 0
    assert "docker  ready" in result.out and "local   ready" in result.out


def test_doctor_without_an_engine_says_what_to_do(run):
    result = run("doctor", env={"DOCKER_HOST": "unix:///nonexistent/docker.sock"})
    assert "docker  not ready" in result.out and "dockerd" in result.out
    assert "local   ready" in result.out and result.code == 0


def test_help_teaches_the_path(run):
    result = run("--help")
    assert result.code == 0
    for word in ("list", "show", "init", "check", "grade", "validate", "doctor"):
        assert word in result.out
