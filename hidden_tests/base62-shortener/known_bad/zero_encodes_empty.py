# expect: failed
# caught-by: edge
# why: the digit loop never runs for 0, so base62_encode(0) returns "" instead of "0"
ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def base62_encode(n):
    if n < 0:
        raise ValueError("n must be non-negative")
    s = ""
    while n > 0:
        n, r = divmod(n, 62)
        s = ALPHABET[r] + s
    return s


def base62_decode(s):
    n = 0
    for c in s:
        i = ALPHABET.find(c)
        if i < 0:
            raise ValueError(f"bad character {c!r}")
        n = n * 62 + i
    return n


class UrlShortener:
    def __init__(self):
        self.next_id = 1
        self.by_url = {}
        self.by_code = {}

    def shorten(self, url):
        if url not in self.by_url:
            code = base62_encode(self.next_id)
            self.next_id += 1
            self.by_url[url] = code
            self.by_code[code] = url
        return self.by_url[url]

    def resolve(self, code):
        return self.by_code[code]
