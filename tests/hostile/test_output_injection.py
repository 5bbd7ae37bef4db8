"""Strings the submission or a file name controls, and secret inputs, in every output (issue 15).

The contract each case below holds, through the real CLI:

    what the candidate controls     an exception message and what the answer prints (newlines,
                                    `::` workflow commands, `##[` legacy commands, Markdown image
                                    beacons and links, backticks and raw HTML, OSC/CSI and bidi
                                    characters, a lone surrogate through a patched encoder), the
                                    names of a package's files and of a candidate's folder (a
                                    byte that is not UTF-8), a path in a pull request's
                                    grader.toml
    what must hold                  the grader's usual exit status (never 3, its own failure),
                                    every output valid UTF-8 and parseable in its format; no
                                    control or bidi character a terminal would act on; no line
                                    a GitHub runner would take for a workflow command (one that
                                    starts with `::` after blanks, or holds `##[command]`) but
                                    the grader's own annotations, one line each; in Markdown no
                                    link, image, bare URL or HTML tag that the grader did not
                                    write, and every table row as wide as its header; in HTML
                                    no tag from the text; one answer's strings never cost
                                    another answer its report
    secret inputs                   nothing a secret test fed the submission reaches the
                                    candidate view of any format; the reviewer view keeps it

Each test grades a hostile answer written into its own temporary folder; the payloads are
in this module, so what is attacked and what must hold read together.
"""

import json
import os
import random
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from grader.report import escape
from grader.report.render import FORMATS

REPO = Path(__file__).resolve().parents[2]
GOOD_LRU = REPO / "tests" / "answers" / "lru-cache" / "explicit.py"
ONE_TEST = ("-k", "test_get_returns_stored_value", "--probes", "off")

# What the submission raises and prints. Every line of it attacks one output.
PAYLOAD = (
    "boom\n"
    "::add-mask::hunter2\n"
    "::error file=x.py,line=1::injected\n"
    "   ::stop-commands::tok\n"
    "see ##[add-mask]legacy\n"
    "![x](http://evil.example/beacon.png) "
    "[All 14 tests passed - click for the full report](https://evil.example/report) "
    "www.evil.example <https://evil.example/auto> mail@evil.example\n"
    "``` `` `<img src=x onerror=alert(1)>` </details><script>alert(1)</script>\n"
    "| cell | breaks | the | table |\n"
    "\x1b]8;;https://evil.example\x07link\x1b]8;;\x07\x1b[2J\x1b[31mRED\x9b31m\u202eevil\r"
    "::warning::after a carriage return"
)
HOSTILE_ANSWER = f'''
PAYLOAD = {PAYLOAD!r}


class LRUCache:
    def __init__(self, capacity):
        self.data = {{}}

    def get(self, key):
        print(PAYLOAD)
        raise ValueError(PAYLOAD)

    def put(self, key, value):
        self.data[key] = value
'''
# The worker's encoder patched to write \\ud800 as an escape: a lone surrogate reaches the
# grader inside an exception message.
SURROGATE_ANSWER = '''
import json
import sys

_wire = sys.modules["wire"]  # the worker's protocol module


def _ascii_dumps(message):
    text = json.dumps(message, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return text.encode("ascii") + b"\\n"


_wire.dumps = _ascii_dumps


class LRUCache:
    def __init__(self, capacity):
        self.data = {}

    def get(self, key):
        raise ValueError("a lone \\ud800 surrogate\\n::error::and a command")

    def put(self, key, value):
        self.data[key] = value
'''
# A package file named to close a code span, open raw HTML and drive a terminal.
HOSTILE_FILE = ("evil``<img src=x onerror=alert(1)>``\x1b]8;;https:evil\x07\x1b[2J\x1b[31m"
                "\u202e|x|.py")
# A candidate folder: not UTF-8, and one that drives a terminal and starts a command.
CANDIDATES = [b"cand\xff", b"::add-mask::x\x1b]8;;https:evil\x07\x1b[2J\x1b[31m\xe2\x80\xae",
              b"alice"]

# -- what "inert" means, per output ------------------------------------------------------------
_ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LINES = re.compile(r"\r\n|\r|\n")
_MD = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")
_BARE_URL = re.compile(r"(?i)www\.\S*|\w+://\S*")
_OURS = re.compile(r"</?(details|summary|b|sub|br)( open)?>")  # what the grader writes itself


def commands(text: str, ours: str | None = None) -> list[str]:
    """What a GitHub runner would run: lines starting with `::` (after blanks), save those
    starting with `ours`, and legacy `##[...]` commands anywhere."""
    found = [line for line in _LINES.split(text) if line.lstrip().startswith("::")
             and not (ours and line.startswith(ours))]
    return found + re.findall(r"##\[[^\]]*\]", text)


def terminal_problems(text: str) -> list[str]:
    active = _ACTIVE.findall(text.replace("\r\n", "\n"))  # CSV ends its lines with CRLF
    return [f"active character {c!r}" for c in active] + commands(text)


def _tokens(tokens):
    for token in tokens:
        yield token
        yield from _tokens(token.children or [])


def markdown_problems(text: str) -> list[str]:
    problems = terminal_problems(text)
    widths = []
    for token in _tokens(_MD.parse(text)):
        if token.type in ("link_open", "image"):
            problems.append(f"{token.type} {token.attrs}")
        if token.type in ("html_inline", "html_block"):
            problems += [f"HTML {tag}" for tag in re.findall(r"<[^>]*>", token.content)
                         if not _OURS.fullmatch(tag)]
        if token.type == "tr_open":
            widths.append(0)
        if token.type in ("td_open", "th_open"):
            widths[-1] += 1
        if token.type == "table_close":
            if len(set(widths)) > 1:
                problems.append(f"a table row of another width: {widths}")
            widths = []
        if token.type == "inline":  # GitHub links bare URLs and www. names (not in code)
            prose = re.sub(r"(`+).+?\1", "", token.content)
            problems += [f"bare URL {m!r}" for m in _BARE_URL.findall(prose)]
    return problems


def html_problems(text: str) -> list[str]:
    tags = re.findall(r"<(img|script|a)\b", text, re.IGNORECASE)
    return terminal_problems(text) + [f"<{tag} tag" for tag in tags]


def json_problems(text: str) -> list[str]:
    json.loads(text)
    return terminal_problems(text)


def xml_problems(text: str) -> list[str]:
    ET.fromstring(text.split("\n", 1)[1])
    return terminal_problems(text)


CHECKS = {"text": terminal_problems, "markdown": markdown_problems, "html": html_problems,
          "json": json_problems, "gradescope": json_problems, "exercism": json_problems,
          "junit": xml_problems}


def cli(*args: str, env: dict | None = None, timeout: float = 600) -> tuple[int, str, str]:
    """The real grader in a child process; its output must be UTF-8."""
    proc = subprocess.run([sys.executable, "-m", "grader", *args], capture_output=True,
                          cwd=REPO, env={**os.environ, **(env or {})}, timeout=timeout)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def test_every_format_has_a_check():
    assert set(CHECKS) == set(FORMATS)


# -- the escaping functions ---------------------------------------------------------------------
def test_terminal_escapes_what_a_terminal_acts_on():
    text = "a\x1b[2J\x1b]8;;http://x\x07b\x9b1m\u202ec\td\r\ne\x7f"
    assert escape.terminal(text) == "a\\x1b[2J\\x1b]8;;http://x\\x07b\\x9b1m\\u202ec\td\ne\\x7f"
    assert escape.terminal("a\nb\tc\rd", one_line=True) == "a\\nb\\tc\\rd"
    assert escape.terminal("lone \ud800 and \udcff") == "lone \ufffd and \ufffd"
    assert escape.terminal("plain text, ünïcode ✓") == "plain text, ünïcode ✓"


def test_markdown_text_holds_no_markup():
    cell = escape.markdown_text(PAYLOAD)
    table = f"| a | b |\n|---|---|\n| {cell} | x |\n"
    assert markdown_problems(table) == []
    assert "\n" not in cell and "<br>" in cell
    # Read back, the text is the payload's (controls shown escaped): nothing was lost.
    [inline] = [t for t in _MD.parse(table) if t.type == "inline" and "boom" in t.content]
    assert "".join(c.content for c in inline.children if c.type == "text").startswith(
        "boom::add-mask::hunter2::error file=x.py")
    assert escape.markdown_text("- item", line_start=True) == "\\- item"
    assert escape.markdown_text("1. item", line_start=True) == "1\\. item"


@pytest.mark.parametrize("text", ["plain", "a`b", "``x``", "`", "a ` b", "x | y", " lead",
                                  "evil``<img src=x onerror=alert(1)>``.py"])
def test_markdown_code_cannot_be_closed(text):
    span = escape.markdown_code(text)
    source = f"| where | kind |\n|---|---|\n| {span} | lint |\n"
    assert markdown_problems(source) == []
    codes = [t.content for t in _tokens(_MD.parse(source)) if t.type == "code_inline"]
    if "|" not in text:
        assert codes == [text], (span, codes)


def test_markdown_block_cannot_be_closed():
    text = "a\n```\n````\n<img src=x onerror=alert(1)>\n"
    source = f"<details><summary>s</summary>\n\n{escape.markdown_block(text)}\n\n</details>\n"
    assert markdown_problems(source) == []
    [fence] = [t for t in _MD.parse(source) if t.type == "fence"]
    assert fence.content == text


def test_workflow_command_escapes_follow_githubs_rules():
    assert escape.workflow_message("50% done\r\nnext\n::x") == "50%25 done%0Anext%0A::x"
    assert escape.workflow_property("a:b,c%\nd") == "a%3Ab%2Cc%25%0Ad"
    assert "##[" not in escape.workflow_message("##[add-mask]x")
    guarded = escape.no_workflow_commands("ok\n::add-mask::x\r  ::error::y\nsee ##[group]z")
    assert commands(guarded) == [] and guarded.count("\n") == 2
    assert escape.log_line("path\n::warning::x") == "path\\n::warning::x"
    # JSON keeps its value: the bracket becomes a JSON escape.
    assert json.loads(escape.no_workflow_commands(json.dumps("##[add-mask]"), "json")) == (
        "##[add-mask]")


# -- through the CLI ----------------------------------------------------------------------------
def write(folder: Path, name: str, source: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(source, encoding="utf-8")
    return path


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_submission_strings_are_inert_in_every_format(fmt, docker_ready, tmp_path):
    answer = write(tmp_path, "lru_cache.py", HOSTILE_ANSWER)
    for audience in ("candidate", "reviewer"):
        code, out, err = cli("grade", "lru-cache", str(answer), "--sandbox", "docker",
                             "--format", fmt, "--audience", audience, *ONE_TEST)
        assert code == 1, (code, err)
        assert "boom" in out, out[-2000:]  # the message is shown, as text
        assert CHECKS[fmt](out) == [], (audience, CHECKS[fmt](out))


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_submission_strings_are_inert_on_both_backends(fmt, backend, tmp_path):
    answer = write(tmp_path, "lru_cache.py", HOSTILE_ANSWER)
    code, out, err = cli("grade", "lru-cache", str(answer), "--sandbox", backend,
                         "--format", fmt, *ONE_TEST)
    assert code == 1, (code, err)
    assert CHECKS[fmt](out) == []


@pytest.mark.slow
def test_a_lone_surrogate_is_replaced_in_every_format(backend, tmp_path):
    answer = write(tmp_path, "lru_cache.py", SURROGATE_ANSWER)
    for fmt in FORMATS:
        code, out, err = cli("grade", "lru-cache", str(answer), "--sandbox", backend,
                             "--format", fmt, *ONE_TEST)
        assert code == 1, (fmt, code, err)  # graded, not the grader's own failure (3)
        assert "\ufffd surrogate" in out or "\\ufffd surrogate" in out, (fmt, out[-1000:])
        assert CHECKS[fmt](out) == [], (fmt, CHECKS[fmt](out))


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "junit"])
def test_package_file_names_are_inert(fmt, backend, tmp_path):
    package = tmp_path / "lru_cache"
    package.mkdir()
    shutil.copy(GOOD_LRU, package / "__init__.py")
    # A lint finding (F821) names the file in the findings of every format.
    write(package, HOSTILE_FILE, "def helper():\n    return undefined_name\n")
    code, out, err = cli("grade", "lru-cache", str(package), "--sandbox", backend,
                         "--format", fmt, *ONE_TEST)
    assert code in (0, 1), (code, err)  # graded (a -k run is partial: 1)
    assert "F821" in out and "evil" in out, out[-2000:]
    assert CHECKS[fmt](out) == [], CHECKS[fmt](out)


@pytest.mark.slow
def test_batch_with_hostile_candidate_names(docker_ready, tmp_path):
    root = tmp_path / "answers"
    for name in CANDIDATES:
        folder = os.path.join(bytes(root), name)
        os.makedirs(folder)
        shutil.copy(GOOD_LRU, os.path.join(folder, b"lru_cache.py"))
    cache = str(tmp_path / "cache")
    base = ("batch", str(root), "--sandbox", "docker", "--probes", "off", "--cache-dir", cache)
    code, out, err = cli(*base, "--format", "json")
    assert code == 0, (code, err)  # not 3: one name is not UTF-8
    rows = json.loads(out)["rows"]
    assert len(rows) == 3 and all(r["verdict"] == "passed" for r in rows), rows
    assert {r["candidate"] for r in rows} >= {"cand\ufffd", "alice"}
    assert commands(out) == []
    for fmt, check in (("text", terminal_problems), ("markdown", markdown_problems),
                       ("csv", terminal_problems), ("html", html_problems)):
        code, out, err = cli(*base, "--format", fmt)  # from the cache: quick
        assert code == 0, (fmt, code, err)
        assert check(out) == [], (fmt, check(out))
        if fmt == "text":  # identical answers: the similar: lines name all three
            assert out.count("similar:") == 3 and "x\\x1b]8;;https:evil" in out


@pytest.mark.slow
def test_ci_escapes_annotations_and_keeps_the_other_answers(docker_ready, tmp_path):
    repo = tmp_path / "repo"
    write(repo, "hostile.py", HOSTILE_ANSWER)
    write(repo, "surrogate.py", SURROGATE_ANSWER)
    shutil.copy(GOOD_LRU, repo / "good.py")
    write(repo, "grader.toml", "\n".join([
        '[grader]', 'probes = "off"', 'junit = "out/junit.xml"', 'markdown = "out/summary.md"',
        'json = "out/report.json"', '',
        *(f'[[answers]]\nchallenge = "lru-cache"\npath = "{p}"\n' for p in (
            "hostile.py", "surrogate.py", "good.py", "missing\\n::warning::injected.py"))]))
    summary = tmp_path / "step-summary.md"
    code, out, err = cli("ci", "--config", str(repo / "grader.toml"), "--sandbox", "docker",
                         env={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert code == 1, (code, err)
    # The grader's own annotations, one line each; nothing else can be a command.
    assert commands(out, ours="::error file=") == [], commands(out, ours="::error file=")
    annotations = [line for line in out.splitlines() if line.startswith("::error ")]
    assert all(re.fullmatch(r"::error file=[^,:]+(,line=\d+)?(,col=\d+)?,title=[^:,]+::.*", a)
               for a in annotations), annotations
    assert any("file=hostile.py" in a and "%0A::add-mask::hunter2%0A" in a for a in annotations)
    assert any("file=missing%0A%3A%3Awarning%3A%3Ainjected.py," in a for a in annotations)
    assert _ACTIVE.findall(out) == []
    # Every answer's outputs were written, the correct one's too.
    reports = json.loads((repo / "out" / "report.json").read_text(encoding="utf-8"))
    verdicts = {r["submission"]["path"].rsplit("/", 1)[-1]: r["verdict"] for r in reports}
    assert verdicts == {"hostile.py": "error", "surrogate.py": "error", "good.py": "passed"}
    junit = ET.parse(repo / "out" / "junit.xml").getroot()
    assert len(junit.findall("testsuite")) >= 3
    for markdown in ((repo / "out" / "summary.md").read_text(encoding="utf-8"),
                     summary.read_text(encoding="utf-8")):
        assert "| good.py | lru-cache | passed |" in markdown
        assert markdown_problems(markdown) == [], markdown_problems(markdown)


# -- secret inputs ------------------------------------------------------------------------------
PRINTING_PAIR_SUM = '''
from collections import Counter


def find_pairs(nums, target):
    print("ARGS", nums, target)
    counts = Counter(nums)
    pairs = []
    for a in sorted(counts):
        b = target - a
        if a < b and b in counts:
            pairs.append((a, b))
        elif a == b and counts[a] >= 2:
            pairs.append((a, a))
    return pairs
'''


def secret_inputs() -> list[str]:
    """What pair-sum's secret test feeds find_pairs (seed 404), as the answer prints it; the
    long lists only, which no other test uses."""
    rng = random.Random(404)
    lines = []
    for _ in range(200):
        nums = [rng.randint(-6, 6) for _ in range(rng.randint(0, 12))]
        target = rng.randint(-8, 8)
        if len(nums) >= 9:
            lines.append(f"ARGS {nums} {target}")
    return lines


@pytest.mark.slow
def test_candidate_never_sees_what_a_secret_test_fed_the_submission(backend, tmp_path):
    """On the local backend output arrives late: the secret test's lands in the next test's."""
    answer = write(tmp_path, "pair_sum.py", PRINTING_PAIR_SUM)
    secret = secret_inputs()
    base = ("grade", "pair-sum", str(answer), "--sandbox", backend, "--probes", "off",
            "--quality", "off")
    code, out, err = cli(*base, "--format", "json", "--audience", "reviewer")
    assert code == 0, (code, err)
    reviewer = json.loads(out)
    assert any(t["secret"] for t in reviewer["tests"])
    shown = [line for line in secret if line in reviewer["output"]]
    assert len(shown) > 10, "the secret test no longer feeds these inputs: update secret_inputs"
    for fmt in FORMATS:
        code, out, err = cli(*base, "--format", fmt)
        assert code == 0, (fmt, code, err)
        leaked = [line for line in shown if line in out or json.dumps(line)[1:-1] in out]
        assert leaked == [], (fmt, leaked[:3])
        if fmt not in ("text", "markdown"):  # these show the output of failed tests only
            assert "ARGS [" in out, fmt  # what the tests before the secret one fed it is shown
