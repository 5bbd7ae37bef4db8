"""Reference base62 shortener.

Codes come from a counter: the n-th distinct URL gets base62_encode(n), so codes
are short, never collide and need no hashing. Two dicts map URL -> code and
code -> URL; resolving looks the code up as given, so a malformed code, or a
valid number written differently (a leading "0"), is simply not there.
"""

ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
BASE = len(ALPHABET)
_DIGIT = {ch: value for value, ch in enumerate(ALPHABET)}


def base62_encode(n: int) -> str:
    """Return the base62 digits of `n`, most significant first ("0" for 0)."""
    if n < 0:
        raise ValueError(f"cannot encode a negative number: {n}")
    if n == 0:
        return ALPHABET[0]
    digits = []
    while n:
        n, rest = divmod(n, BASE)
        digits.append(ALPHABET[rest])
    return "".join(reversed(digits))


def base62_decode(s: str) -> int:
    """Return the integer `s` stands for; ValueError on an empty string or a foreign character."""
    if not s:
        raise ValueError("cannot decode an empty string")
    n = 0
    for ch in s:
        digit = _DIGIT.get(ch)
        if digit is None:
            raise ValueError(f"{ch!r} is not a base62 digit")
        n = n * BASE + digit
    return n


class UrlShortener:
    """Hands out short base62 codes for URLs and resolves them back."""

    def __init__(self) -> None:
        self._code_of: dict[str, str] = {}
        self._url_of: dict[str, str] = {}

    def shorten(self, url: str) -> str:
        """Return the code of `url`, handing out the next counter value for a new URL."""
        code = self._code_of.get(url)
        if code is None:
            code = base62_encode(len(self._url_of) + 1)
            self._code_of[url] = code
            self._url_of[code] = url
        return code

    def resolve(self, code: str) -> str:
        """Return the URL `code` was handed out for; KeyError for any other code."""
        try:
            return self._url_of[code]
        except (KeyError, TypeError):
            raise KeyError(code) from None
