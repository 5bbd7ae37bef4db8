"""Runs beside the submission: builds long strings here so they need not cross the wire."""

from palindrome import is_palindrome

# Mostly ASCII with accents, mixed case and punctuation, like real text.
_UNIT = "Éva, can I see bees in a cave? Ça: ñ! "


def make_palindrome(n):
    """A palindrome of exactly n characters (before normalization)."""
    half = (_UNIT * (n // (2 * len(_UNIT)) + 1))[: n // 2]
    middle = "x" if n % 2 else ""
    return half + middle + half[::-1]


def check_generated(n):
    """Probe target: is_palindrome on a generated n-character palindrome."""
    return is_palindrome(make_palindrome(n))


def check_long(n, break_at):
    """is_palindrome on a generated palindrome of n characters, with the character at
    index `break_at` (if not None) replaced so that it is no longer a palindrome."""
    s = make_palindrome(n)
    if break_at is not None:
        s = s[:break_at] + "Q" + s[break_at + 1:]
    return is_palindrome(s)
