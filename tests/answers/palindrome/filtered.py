# style: build the filtered string with str.join and compare it with its slice reverse
"""Palindrome check for large Unicode strings."""

import unicodedata


def is_palindrome(s: str) -> bool:
    """NFKC-normalize, casefold, keep alphanumerics, compare with the reverse."""
    folded = unicodedata.normalize("NFKC", s).casefold()
    kept = "".join(filter(str.isalnum, folded))
    return kept == kept[::-1]
