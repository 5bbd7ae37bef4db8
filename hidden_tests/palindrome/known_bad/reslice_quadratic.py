# expect: failed
# caught-by: probe
# why: strips one character from each end per step with t = t[1:-1]: each slice copies, O(n^2)
import unicodedata


def is_palindrome(s):
    t = "".join(c for c in unicodedata.normalize("NFKC", s).casefold() if c.isalnum())
    while len(t) > 1:
        if t[0] != t[-1]:
            return False
        t = t[1:-1]
    return True
