# expect: failed
# caught-by: basic
# why: a counter with no URL -> code map: shortening the same URL again hands out a new code
ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def base62_encode(n):
    if n < 0:
        raise ValueError("negative")
    if n == 0:
        return "0"
    s = ""
    while n:
        s = ALPHABET[n % 62] + s
        n //= 62
    return s


def base62_decode(s):
    n = 0
    for c in s:
        if c not in ALPHABET:
            raise ValueError(c)
        n = n * 62 + ALPHABET.index(c)
    return n


class UrlShortener:
    def __init__(self):
        self.counter = 0
        self.table = {}

    def shorten(self, url):
        self.counter += 1
        code = base62_encode(self.counter)
        self.table[code] = url
        return code

    def resolve(self, code):
        return self.table[code]
