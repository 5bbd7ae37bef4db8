# expect: failed
# caught-by: trap
# why: keeps the isalnum() characters before casefolding, so what casefold() adds ('İ' -> 'i' + combining dot) is compared too
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
    normalized = unicodedata.normalize("NFKC", s)
    kept = "".join(filter(str.isalnum, normalized)).casefold()
    return kept == kept[::-1]
