"""Palindrome check for large Unicode strings."""


def is_palindrome(s: str) -> bool:
    """Return True if `s` reads the same both ways once normalized.

    Normalize with NFKC, then casefold(), keep only the characters for which
    str.isalnum() is True, and compare the result with its reverse. The empty
    string is a palindrome.
    """
    raise NotImplementedError
