"""Bad input: one clear line, the right exit status, never a traceback."""

import pytest
from conftest import FIXTURES, REPO

LRU = FIXTURES / "lru"


def assert_clean(result):
    assert "Traceback" not in result.out + result.err, result


def test_missing_path(run):
    result = run("grade", "lru-cache", "no/such/file.py")
    assert result.code == 2 and "no such file or directory" in result.err
    assert_clean(result)


def test_directory_without_the_module(run, tmp_path):
    (tmp_path / "notes.txt").write_text("hi")
    (tmp_path / "a.py").write_text("x = 1")
    (tmp_path / "b.py").write_text("y = 2")
    result = run("grade", "lru-cache", str(tmp_path))
    assert result.code == 2 and "lru_cache.py" in result.err
    assert_clean(result)


def test_directory_holding_the_module_is_accepted(run, tmp_path):
    (tmp_path / "lru_cache.py").write_text((REPO / "examples" / "lru_cache.py").read_text())
    (tmp_path / "notes.py").write_text("x = 1")
    result = run("check", "lru-cache", str(tmp_path), "--sandbox", "local")
    assert result.code == 0, result


def test_non_utf8_file(run):
    result = run("grade", "lru-cache", str(LRU / "not_utf8.py"))
    assert result.code == 2 and "not UTF-8" in result.err
    assert_clean(result)


def test_file_over_the_size_limit(run, tmp_path):
    big = tmp_path / "big.py"
    big.write_text("# padding\n" * 120_000)
    result = run("grade", "lru-cache", str(big))
    assert result.code == 2 and "over the 1 MB limit" in result.err
    assert_clean(result)


def test_syntax_error_is_rejected_with_the_line(run):
    result = run("grade", "lru-cache", str(LRU / "syntax_error.py"), "--format", "json")
    assert result.code == 1
    assert result.json["verdict"] == "rejected"
    assert "line 2" in result.json["reason"]
    assert_clean(result)


def test_missing_required_name_is_rejected_naming_it(run):
    result = run("grade", "lru-cache", str(LRU / "missing_name.py"), "--sandbox", "local",
                 "--format", "json")
    assert result.code == 1
    assert result.json["verdict"] == "rejected"
    assert "LRUCache" in result.json["reason"]


def test_unknown_challenge_suggests_close_ids(run):
    result = run("grade", "lru-cach", str(REPO / "examples" / "lru_cache.py"))
    assert result.code == 2 and "did you mean lru-cache" in result.err
    assert_clean(result)


def test_docker_required_but_no_engine(run):
    result = run("grade", "lru-cache", str(REPO / "examples" / "lru_cache.py"),
                 "--sandbox", "docker", env={"DOCKER_HOST": "unix:///nonexistent/docker.sock"})
    assert result.code == 3, result
    assert "no Docker engine answers" in result.err and "dockerd" in result.err
    assert_clean(result)


def test_auto_falls_back_to_local_without_an_engine(run):
    result = run("grade", "lru-cache", str(REPO / "examples" / "lru_cache.py"), "--format",
                 "json", env={"DOCKER_HOST": "unix:///nonexistent/docker.sock"})
    assert result.code == 0, result
    assert result.json["sandbox"]["backend"] == "local"


@pytest.mark.parametrize("args", [["grade"], ["grade", "lru-cache"], ["frobnicate"],
                                  ["grade", "lru-cache", "x.py", "--format", "yaml"]])
def test_usage_errors_exit_2(run, args):
    result = run(*args)
    assert result.code == 2
    assert_clean(result)


def test_unwritable_output(run):
    result = run("grade", "lru-cache", str(REPO / "examples" / "lru_cache.py"), "--sandbox",
                 "local", "--output", "/nonexistent/dir/report.txt")
    assert result.code == 2 and "cannot write" in result.err
    assert_clean(result)
