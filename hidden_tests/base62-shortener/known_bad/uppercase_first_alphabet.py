# expect: failed
# caught-by: basic
# why: uses the other common alphabet 0-9A-Za-z, so "A" is 10 instead of 36 and every code with a letter differs
import string

ALPHABET = string.digits + string.ascii_uppercase + string.ascii_lowercase


def base62_encode(n):
    if n < 0:
        raise ValueError("negative")
    if n == 0:
        return ALPHABET[0]
    s = []
    while n:
        n, r = divmod(n, 62)
        s.append(ALPHABET[r])
    return "".join(reversed(s))


def base62_decode(s):
    n = 0
    for c in s:
        if c not in ALPHABET:
            raise ValueError(c)
        n = n * 62 + ALPHABET.index(c)
    return n


class UrlShortener:
    def __init__(self):
        self.url_to_code = {}
        self.code_to_url = {}

    def shorten(self, url):
        if url not in self.url_to_code:
            code = base62_encode(len(self.url_to_code) + 1)
            self.url_to_code[url] = code
            self.code_to_url[code] = url
        return self.url_to_code[url]

    def resolve(self, code):
        return self.code_to_url[code]
