"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from palindrome import is_palindrome

pytestmark = pytest.mark.category("example")


@pytest.mark.parametrize("text, want", [
    ("A man, a plan, a canal: Panama", True),
    ("race a car", False),
    ("", True),
])
def test_sentences(text, want):
    assert is_palindrome(text) is want, f"is_palindrome({text!r}) should be {want}"


def test_casefold_not_lower():
    assert is_palindrome("ßSs") is True, "'ß' casefolds to 'ss', so 'ßSs' is a palindrome"


def test_nfkc_normalization():
    assert is_palindrome("Ａba") is True, "NFKC turns the full-width 'Ａ' into 'A'"
