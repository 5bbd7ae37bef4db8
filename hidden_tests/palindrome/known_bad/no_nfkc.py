# expect: failed
# caught-by: trap
# why: casefolds and filters but never NFKC-normalizes: full-width letters, ligatures and decomposed accents differ
def is_palindrome(s: str) -> bool:
    chars = [c for c in s.casefold() if c.isalnum()]
    i, j = 0, len(chars) - 1
    while i < j:
        if chars[i] != chars[j]:
            return False
        i += 1
        j -= 1
    return True
