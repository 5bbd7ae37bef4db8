# expect: failed
# caught-by: edge
# why: strips non-word characters with \W, which keeps the underscore (not alphanumeric)
import re
import unicodedata


def is_palindrome(s):
    text = re.sub(r"\W+", "", unicodedata.normalize("NFKC", s).casefold())
    return text == text[::-1]
