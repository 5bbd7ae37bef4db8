# style: sequential counter ids encoded in base62; exact-string dict lookups for resolve
"""Base62 codes and a URL shortener built on them."""

ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_INDEX = {ch: i for i, ch in enumerate(ALPHABET)}


def base62_encode(n: int) -> str:
    if n < 0:
        raise ValueError("negative numbers have no base62 code")
    if n == 0:
        return "0"
    digits = []
    while n:
        n, r = divmod(n, 62)
        digits.append(ALPHABET[r])
    return "".join(reversed(digits))


def base62_decode(s: str) -> int:
    if not s:
        raise ValueError("empty base62 string")
    n = 0
    for ch in s:
        try:
            n = n * 62 + _INDEX[ch]
        except KeyError:
            raise ValueError(f"not a base62 character: {ch!r}") from None
    return n


class UrlShortener:
    def __init__(self) -> None:
        self._next_id = 1
        self._code_of = {}
        self._url_of = {}

    def shorten(self, url: str) -> str:
        code = self._code_of.get(url)
        if code is None:
            code = base62_encode(self._next_id)
            self._next_id += 1
            self._code_of[url] = code
            self._url_of[code] = url
        return code

    def resolve(self, code: str) -> str:
        # exact string match: "00a", "!!" and "" were never handed out
        return self._url_of[code]
