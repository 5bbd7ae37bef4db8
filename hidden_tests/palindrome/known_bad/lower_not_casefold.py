# expect: failed
# caught-by: trap
# why: uses lower() instead of casefold(): "ß" stays "ß" and the final sigma "ς" is not "σ"
import unicodedata


def is_palindrome(s):
    text = unicodedata.normalize("NFKC", s).lower()
    kept = "".join(ch for ch in text if ch.isalnum())
    return kept == kept[::-1]
