"""Base62 codes and a URL shortener built on them."""

ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def base62_encode(n: int) -> str:
    """Return the base62 digits of `n` (alphabet 0-9a-zA-Z); ValueError if n is negative."""
    raise NotImplementedError


def base62_decode(s: str) -> int:
    """Return the integer the base62 string `s` stands for; ValueError on a foreign character."""
    raise NotImplementedError


class UrlShortener:
    """Hands out short base62 codes for URLs and resolves them back."""

    def __init__(self) -> None:
        """Create an empty shortener."""
        raise NotImplementedError

    def shorten(self, url: str) -> str:
        """Return a non-empty base62 code for `url`: the same code every time for the same URL."""
        raise NotImplementedError

    def resolve(self, code: str) -> str:
        """Return the URL `code` was handed out for; KeyError for any other code."""
        raise NotImplementedError
