# style: SHA-256 digest in base62, 7-char prefix lengthened on collision; validated decode via str.index
"""Base62 shortener with hash-derived codes and collision handling."""

import hashlib

ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def base62_encode(n: int) -> str:
    if n < 0:
        raise ValueError("n must be non-negative")
    out = ""
    while True:
        n, r = divmod(n, 62)
        out = ALPHABET[r] + out
        if n == 0:
            return out


def base62_decode(s: str) -> int:
    if len(s) == 0:
        raise ValueError("empty string")
    value = 0
    for ch in s:
        pos = ALPHABET.find(ch) if len(ch) == 1 else -1
        if pos < 0:
            raise ValueError(f"invalid base62 character {ch!r}")
        value = value * 62 + pos
    return value


class UrlShortener:
    MIN_LEN = 7

    def __init__(self) -> None:
        self._by_code: dict[str, str] = {}
        self._by_url: dict[str, str] = {}

    def shorten(self, url: str) -> str:
        if url in self._by_url:
            return self._by_url[url]
        digest = int.from_bytes(hashlib.sha256(url.encode("utf-8", "surrogatepass")).digest(), "big")
        full = base62_encode(digest)
        salt = 0
        length = self.MIN_LEN
        while True:
            code = full[:length]
            if code not in self._by_code:
                break
            if length < len(full):
                length += 1
            else:   # the whole digest collided: rehash with a counter
                salt += 1
                full = base62_encode(int.from_bytes(
                    hashlib.sha256(f"{salt}:{url}".encode("utf-8", "surrogatepass")).digest(), "big"))
                length = self.MIN_LEN
        self._by_code[code] = url
        self._by_url[url] = code
        return code

    def resolve(self, code: str) -> str:
        if code not in self._by_code:
            raise KeyError(code)
        return self._by_code[code]
