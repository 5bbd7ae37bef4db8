# expect: failed
# caught-by: trap
# why: keeps only [a-z0-9] after lower(), dropping every non-ASCII letter and digit
import re


def is_palindrome(s):
    cleaned = re.sub(r"[^a-z0-9]", "", s.lower())
    return cleaned == cleaned[::-1]
