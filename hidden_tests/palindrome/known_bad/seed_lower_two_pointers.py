# expect: failed
# caught-by: basic
# why: the 000 seed's answer: lower() and two pointers over the raw string, so spaces and punctuation count
def is_palindrome(s):
    s = s.lower()
    left, right = 0, len(s) - 1
    while left < right:
        if s[left] != s[right]:
            return False
        left += 1
        right -= 1
    return True
