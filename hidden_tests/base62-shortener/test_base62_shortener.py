"""Hidden tests for base62-shortener."""

import random

import pytest
from base62_shortener import UrlShortener, base62_decode, base62_encode

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
error = pytest.mark.category("error")
scale = pytest.mark.category("scale")

ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

KNOWN = [(1, "1"), (9, "9"), (10, "a"), (35, "z"), (36, "A"), (61, "Z"), (62, "10"),
         (63, "11"), (3843, "ZZ"), (3844, "100"), (2231, "zZ"), (238327, "ZZZ"),
         (123456789, "8m0Kx")]


def urls(n, prefix="https://example.com/p/"):
    return [f"{prefix}{i}" for i in range(n)]


@basic
@pytest.mark.parametrize("n, text", KNOWN)
def test_encode_known_values(n, text):
    got = base62_encode(n)
    assert got == text, f"base62_encode({n}): expected {text!r}, got {got!r}"


@basic
@pytest.mark.parametrize("n, text", KNOWN)
def test_decode_known_values(n, text):
    got = base62_decode(text)
    assert got == n, f"base62_decode({text!r}): expected {n}, got {got!r}"


@basic
def test_letters_are_case_sensitive():
    got = (base62_decode("a"), base62_decode("A"), base62_decode("aA"))
    assert got == (10, 36, 656), f"expected (10, 36, 656) for 'a', 'A', 'aA', got {got}"


@basic
def test_shorten_gives_non_empty_base62_code():
    s = UrlShortener()
    for url in ["https://example.com", "http://a.b/c?d=e#f", "x"]:
        code = s.shorten(url)
        assert isinstance(code, str) and code, f"expected a non-empty str code, got {code!r}"
        foreign = sorted(set(code) - set(ALPHABET))
        assert not foreign, f"code {code!r} has non-base62 characters {foreign}"


@basic
def test_resolve_returns_the_original_url():
    s = UrlShortener()
    pairs = [(url, s.shorten(url)) for url in urls(20)]
    for url, code in pairs:
        got = s.resolve(code)
        assert got == url, f"resolve({code!r}): expected {url!r}, got {got!r}"


@basic
def test_same_url_gets_the_same_code():
    s = UrlShortener()
    first = s.shorten("https://example.com/a")
    s.shorten("https://example.com/b")
    again = s.shorten("https://example.com/a")
    assert again == first, f"expected the first code {first!r} again, got {again!r}"


@edge
def test_zero_encodes_as_zero_digit():
    got = base62_encode(0)
    assert got == "0", f"base62_encode(0): expected '0', got {got!r}"
    assert base62_decode("0") == 0, f"base62_decode('0'): expected 0, got {base62_decode('0')!r}"


@edge
@pytest.mark.parametrize("n", [62**10, 62**20 - 1, 2**64, 10**40 + 7])
def test_large_numbers_round_trip(n, reference):
    want = reference.base62_encode(n)
    got = base62_encode(n)
    assert got == want, f"base62_encode({n}): expected {want!r}, got {got!r}"
    back = base62_decode(got)
    assert back == n, f"base62_decode({got!r}): expected {n}, got {back!r}"


@edge
def test_unicode_and_long_urls():
    s = UrlShortener()
    odd = ["https://例え.jp/パス?q=ü", "https://example.com/" + "x" * 5000, "ftp://a", " "]
    codes = [s.shorten(url) for url in odd]
    assert len(set(codes)) == len(odd), f"expected {len(odd)} distinct codes, got {codes}"
    back = [s.resolve(code) for code in codes]
    assert back == odd, "some codes did not resolve to their URL"


@trap
def test_near_identical_urls_get_distinct_codes():
    s = UrlShortener()
    family = ["http://a.com/x", "http://a.com/X", "http://a.com/x/", "https://a.com/x",
              "http://a.com/x?", "http://A.com/x"]
    codes = [s.shorten(url) for url in family]
    assert len(set(codes)) == len(family), (
        f"distinct URLs must get distinct codes, got {dict(zip(family, codes, strict=True))}")
    back = [s.resolve(code) for code in codes]
    assert back == family, f"expected each URL back, got {back}"


@trap
def test_thirty_thousand_urls_never_collide(harness):
    """Truncated digests (6 hex digits) collide about 25 times among 30 000 URLs."""
    family = urls(30_000, "https://shop.example.com/item?id=")
    (codes,), resolved = harness.shorten_all(family)
    assert len(set(codes)) == len(family), (
        f"expected {len(family)} distinct codes, got {len(set(codes))}")
    wrong = sum(a != b for a, b in zip(resolved, family, strict=True))
    assert wrong == 0, f"{wrong} codes resolved to a URL other than the one they were made for"


@trap
@pytest.mark.parametrize("text", ["٣", "１", "Ａ", "é", "ß", "²", "Ⅻ"])
def test_non_ascii_digits_and_letters_raise(text):
    with pytest.raises(ValueError):
        base62_decode("1" + text)


@error
@pytest.mark.parametrize("n", [-1, -62, -(10**20)])
def test_encode_negative_raises_value_error(n):
    with pytest.raises(ValueError):
        base62_encode(n)


@error
@pytest.mark.parametrize("text", ["-1", "abc!", "a b", "+5", "12.5", "1,000", " 1", "1\n", "_"])
def test_decode_foreign_characters_raise_value_error(text):
    with pytest.raises(ValueError):
        base62_decode(text)


@error
@pytest.mark.parametrize("code", ["abc", "1", "0", "zzzzzz", "!!", "", "a-b", "💥"])
def test_resolve_on_fresh_shortener_raises_key_error(code):
    with pytest.raises(KeyError):
        UrlShortener().resolve(code)


@error
def test_codes_not_handed_out_raise_key_error(harness):
    outcomes = harness.resolve_not_handed_out(
        urls(70), ["!!", "", "a-b", "ZZZZZZZZZZ", "-1", "💥", "1.0"])
    wrong = [(code, what) for code, what in outcomes if what != "KeyError"]
    assert not wrong, f"expected KeyError for codes never handed out, got {wrong[:5]}"


@scale
def test_random_numbers_match_reference(harness, reference):
    """Seed 62: 3 000 random integers of 1 to 200 bits."""
    rng = random.Random(62)
    numbers = [rng.getrandbits(rng.randint(1, 200)) for _ in range(3000)]
    want = [reference.base62_encode(n) for n in numbers]
    got = harness.encode_all(numbers)
    bad = [(n, w, g) for n, w, g in zip(numbers, want, got, strict=True) if w != g]
    assert not bad, f"{len(bad)} encodings differ; first: {bad[0][0]} expected {bad[0][1]!r}, " \
                    f"got {bad[0][2]!r}"
    back = harness.decode_all(want)
    assert back == numbers, "decoding the encodings did not give the numbers back"


@scale
def test_codes_are_stable_across_repeats(harness):
    """Seed 7: 5 000 URLs shortened twice (second time in reverse order)."""
    rng = random.Random(7)
    family = [f"https://example.org/{rng.getrandbits(64):x}/{i}" for i in range(5000)]
    (first, second), resolved = harness.shorten_all(family, 2)
    changed = sum(a != b for a, b in zip(first, second, strict=True))
    assert changed == 0, f"{changed} URLs got a different code the second time"
    assert resolved == family, "some codes did not resolve to their URL"
