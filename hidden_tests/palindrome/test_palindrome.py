"""Hidden tests for palindrome."""

import random

import pytest
from palindrome import is_palindrome

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
trap = pytest.mark.category("trap")
scale = pytest.mark.category("scale")


def check(text, want):
    got = is_palindrome(text)
    assert got is want, f"is_palindrome({text!r}): expected {want}, got {got!r}"


# -- basic -------------------------------------------------------------------------
@basic
@pytest.mark.parametrize("text", [
    "A man, a plan, a canal: Panama",
    "Was it a car or a cat I saw?",
    "No 'x' in Nixon",
    "Madam, in Eden, I'm Adam.",
    "racecar",
    "abba",
    "Step on no pets!",
])
def test_palindromic_sentences(text):
    check(text, True)


@basic
@pytest.mark.parametrize("text", [
    "race a car",
    "hello",
    "ab",
    "abca",
    "Palindrome",
    "A man, a plan, a canal: Panam",
])
def test_non_palindromes(text):
    check(text, False)


@basic
def test_returns_a_bool():
    got = is_palindrome("Noon")
    assert type(got) is bool, f"expected a bool, got {type(got).__name__}"


# -- edge --------------------------------------------------------------------------
@edge
@pytest.mark.parametrize("text", ["", " ", "?!", "  ,.;:-- ", "😀🎉", "_"])
def test_nothing_left_is_a_palindrome(text):
    check(text, True)


@edge
@pytest.mark.parametrize("text", ["a", "Z", "7", "!a!", "é"])
def test_single_character(text):
    check(text, True)


@edge
@pytest.mark.parametrize("text, want", [
    ("12321", True), ("123", False), ("1a2", False), ("0P", False), ("a1a", True),
    ("1 2 1", True),
])
def test_digits_count(text, want):
    check(text, want)


@edge
@pytest.mark.parametrize("text, want", [("a_", True), ("_a_b", False), ("a_b_a", True)])
def test_underscore_is_dropped(text, want):
    check(text, want)


@edge
@pytest.mark.parametrize("text, want", [
    ("a\tb\nb a", True), ("a\u00a0a", True), ("a\u200bb", False), ("a😀a", True),
])
def test_whitespace_and_symbols_are_dropped(text, want):
    check(text, want)


# -- trap: Unicode ---------------------------------------------------------------------
@trap
@pytest.mark.parametrize("text, want", [
    ("ßSs", True),          # ß casefolds to ss; lower() keeps ß
    ("ssß", True),
    ("ςοΣ", True),          # final sigma casefolds to σ
    ("Straßessarts", True),
])
def test_casefold_not_lower(text, want):
    check(text, want)


@trap
@pytest.mark.parametrize("text, want", [
    ("Ａba", True),            # full-width A
    ("éxe\u0301", True),       # composed vs decomposed é
    ("e\u0301xé", True),
    ("ﬁxif", True),            # ligature fi
    ("①2１", True),            # circled one, full-width one
    ("x²2X", True),            # superscript two
])
def test_nfkc_normalization(text, want):
    check(text, want)


@trap
@pytest.mark.parametrize("text, want", [
    ("\u3392zhm", True),      # the MHz square normalizes to capitals "MHz", folded after
    ("\u210ch", True),        # black-letter capital H normalizes to "H"
])
def test_casefold_after_normalizing(text, want):
    """NFKC first, then casefold(): what normalization turns into capitals is folded too."""
    check(text, want)


@trap
@pytest.mark.parametrize("text, want", [
    ("\u0130ii", True),       # "İ".casefold() is "i" + a combining dot, which is not alnum
    ("ai\u0130a", True),
])
def test_filter_after_casefold(text, want):
    """casefold(), then keep isalnum(): what casefolding adds is filtered too."""
    check(text, want)


@trap
@pytest.mark.parametrize("text, want", [
    ("上海自来水来自海上", True),
    ("ña", False),
    ("añá", False),
    ("Ésé", True),
    ("Αββα", True),
    ("А роза упала на лапу Азора", True),
    ("٣a٣", True),
    ("٣a4", False),
])
def test_letters_and_digits_of_every_script(text, want):
    check(text, want)


# -- scale -------------------------------------------------------------------------
ALPHABET = list("aAbB zZ09,.!?_-'") + ["é", "e\u0301", "ß", "SS", "Ａ", "ｂ", "ﬁ", "fi",
                                          "ς", "Σ", "σ", "①", "1", "😀", "İ", "ı", "\u00a0",
                                          "上", "٣", "²", "Å", "\u212b"]


@scale
def test_random_strings_match_reference(reference):
    """Seed 31: 400 random strings (half built as mirrored halves) against the reference."""
    rng = random.Random(31)
    for case in range(400):
        half = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 12)))
        text = half + "".join(reversed(half)) if case % 2 else half
        want = reference.is_palindrome(text)
        got = is_palindrome(text)
        assert got is want, f"is_palindrome({text!r}): expected {want}, got {got!r}"


@scale
@pytest.mark.parametrize("n", [50_000, 50_001])
def test_long_palindrome(harness, n):
    assert harness.check_long(n, None) is True, f"a {n}-character palindrome was rejected"


@scale
@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_long_non_palindrome(harness, where):
    n = 50_000
    index = {"start": 3, "middle": n // 2 - 2, "end": n - 1}[where]
    assert harness.check_long(n, index) is False, (
        f"a {n}-character string broken near its {where} was taken for a palindrome")


@scale
def test_long_unicode_palindrome_from_reference(reference):
    """Seed 8: a 40 000-character mirrored string of tricky characters."""
    rng = random.Random(8)
    half = "".join(rng.choice(ALPHABET) for _ in range(20_000))
    text = half + half[::-1]
    want = reference.is_palindrome(text)
    assert is_palindrome(text) is want, f"expected {want} for a 40 000-character string"
