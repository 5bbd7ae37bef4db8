"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from base62_shortener import UrlShortener, base62_decode, base62_encode

pytestmark = pytest.mark.category("example")


def test_encode_small_numbers():
    got = [base62_encode(n) for n in (0, 10, 61, 62)]
    assert got == ["0", "a", "Z", "10"], f"expected ['0', 'a', 'Z', '10'], got {got}"


def test_decode_is_the_inverse():
    assert base62_decode("zZ") == 2231, f"expected 2231, got {base62_decode('zZ')}"
    assert base62_decode(base62_encode(123456789)) == 123456789


def test_foreign_character_raises():
    with pytest.raises(ValueError):
        base62_decode("a-b")


def test_shorten_and_resolve():
    s = UrlShortener()
    code = s.shorten("https://example.com/a")
    assert s.shorten("https://example.com/a") == code, "the same URL must get the same code"
    assert s.resolve(code) == "https://example.com/a"
    assert s.shorten("https://example.com/A") != code, "distinct URLs need distinct codes"


def test_unknown_code_raises_key_error():
    with pytest.raises(KeyError):
        UrlShortener().resolve("!!")
