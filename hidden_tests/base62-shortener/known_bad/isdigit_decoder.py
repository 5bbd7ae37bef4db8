# expect: failed
# caught-by: trap
# why: classifies characters with str.isdigit/islower/isupper, so Unicode digits and letters ("٣", "é") decode instead of raising ValueError
def base62_encode(n):
    if n < 0:
        raise ValueError("negative")
    digits = []
    while True:
        n, r = divmod(n, 62)
        if r < 10:
            digits.append(chr(ord("0") + r))
        elif r < 36:
            digits.append(chr(ord("a") + r - 10))
        else:
            digits.append(chr(ord("A") + r - 36))
        if n == 0:
            break
    return "".join(reversed(digits))


def base62_decode(s):
    n = 0
    for c in s:
        if c.isdigit():
            v = int(c)
        elif c.islower():
            v = ord(c) - ord("a") + 10
        elif c.isupper():
            v = ord(c) - ord("A") + 36
        else:
            raise ValueError(f"invalid base62 character {c!r}")
        n = n * 62 + v
    return n


class UrlShortener:
    def __init__(self):
        self.codes = {}
        self.urls = {}

    def shorten(self, url):
        if url in self.codes:
            return self.codes[url]
        code = base62_encode(len(self.urls) + 1000)
        self.codes[url] = code
        self.urls[code] = url
        return code

    def resolve(self, code):
        if code not in self.urls:
            raise KeyError(code)
        return self.urls[code]
