# expect: failed
# caught-by: trap
# why: casefolds before NFKC-normalizing: compatibility characters that normalize to capitals (the MHz square) keep them, so case is compared
"""Reference palindrome check: normalize, fold, filter, compare with the reverse.

Every step runs in C (`unicodedata.normalize`, `str.casefold`, `filter` with
`str.isalnum`, slicing), so the whole check is O(n) with a small constant; it
uses O(n) extra memory for the filtered copy, which is what buys that speed.
NFKC comes first so that compatibility forms (full-width letters, ligatures,
circled digits) and decomposed accents become the characters they stand for;
casefold then folds case more thoroughly than lower() ("ß" -> "ss").
"""

import unicodedata


def is_palindrome(s: str) -> bool:
    """True if `s` is a palindrome after NFKC, casefold() and keeping isalnum() chars."""
    folded = unicodedata.normalize("NFKC", s.casefold())
    kept = "".join(filter(str.isalnum, folded))
    return kept == kept[::-1]
