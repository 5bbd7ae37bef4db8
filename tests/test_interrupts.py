"""Exit 130 means a signal reached the grader itself (issue 15): a KeyboardInterrupt that no
signal raised (pytest's own Interrupted, an exception rebuilt from the submission's) is a fault
of the grader's, exit 3, never "grader: interrupted". Real signals are sent in
test_cleanup.py and test_batch.py; the submission's disguised KeyboardInterrupt and a timeout
during pytest's collection are graded through the CLI in tests/hostile/test_decoding_bounds.py.
"""

import signal
import sys

import pytest

from grader import cli, interrupts


def run_main(monkeypatch, capsys, raised) -> tuple[int, str]:
    def grade(*args, **kwargs):
        raise raised()

    monkeypatch.setattr(interrupts, "install", lambda: None)  # keep pytest's own handlers
    monkeypatch.setattr(interrupts, "_received", [])
    monkeypatch.setattr(cli, "grade", grade)
    monkeypatch.setattr(sys, "argv", ["grader", "grade", "lru-cache", __file__,
                                      "--sandbox", "local"])
    with pytest.raises(SystemExit) as stopped:
        cli.main()
    return stopped.value.code, capsys.readouterr().err


def test_a_keyboard_interrupt_no_signal_raised_is_an_internal_error(monkeypatch, capsys):
    code, err = run_main(monkeypatch, capsys, KeyboardInterrupt)
    assert code == 3, err
    assert "interrupted" not in err and "internal error" in err


def test_a_recorded_signal_still_exits_130(monkeypatch, capsys):
    code, err = run_main(monkeypatch, capsys, lambda: interrupts.stop(signal.SIGTERM, None))
    assert code == 130 and "grader: interrupted" in err
