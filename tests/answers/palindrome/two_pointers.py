# style: explicit two-index walk over the normalized string, skipping non-alphanumerics in place
"""Palindrome check with two indices (no filtered copy)."""

from unicodedata import normalize


def is_palindrome(s: str) -> bool:
    """Return True if `s` reads the same both ways once normalized (NFKC, casefold, isalnum)."""
    t = normalize("NFKC", s).casefold()
    left, right = 0, len(t) - 1
    while left < right:
        if not t[left].isalnum():
            left += 1
        elif not t[right].isalnum():
            right -= 1
        elif t[left] != t[right]:
            return False
        else:
            left += 1
            right -= 1
    return True
