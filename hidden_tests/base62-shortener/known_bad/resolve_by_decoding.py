# expect: error
# caught-by: error
# why: resolve decodes the code and indexes a list, so unknown codes raise IndexError and malformed ones ValueError instead of KeyError
ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def base62_encode(n):
    if n < 0:
        raise ValueError("negative")
    if n == 0:
        return "0"
    out = []
    while n:
        n, r = divmod(n, 62)
        out.append(ALPHABET[r])
    return "".join(reversed(out))


def base62_decode(s):
    n = 0
    for c in s:
        n = n * 62 + ALPHABET.index(c)
    return n


class UrlShortener:
    def __init__(self):
        self.urls = []
        self.ids = {}

    def shorten(self, url):
        if url not in self.ids:
            self.ids[url] = len(self.urls)
            self.urls.append(url)
        return base62_encode(self.ids[url])

    def resolve(self, code):
        return self.urls[base62_decode(code)]
