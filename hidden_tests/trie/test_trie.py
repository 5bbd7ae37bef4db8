"""Hidden tests for trie."""

import random

import pytest
from trie import Trie

basic = pytest.mark.category("basic")
edge = pytest.mark.category("edge")
mutation = pytest.mark.category("mutation")
scale = pytest.mark.category("scale")


def trie_of(*words):
    t = Trie()
    for w in words:
        t.insert(w)
    return t


def reference_replay(reference, ops):
    t = reference.Trie()
    out = []
    for kind, text in ops:
        if kind == "insert":
            t.insert(text)
        elif kind == "search":
            out.append(t.search(text))
        elif kind == "starts_with":
            out.append(t.starts_with(text))
        else:
            out.append(t.words_with_prefix(text))
    return out


def first_difference(got, want, ops):
    asked = [op for op in ops if op[0] != "insert"]
    for i, (g, w) in enumerate(zip(got, want, strict=False)):
        if g != w or type(g) is not type(w):
            kind, text = asked[i]
            shown = text if len(text) <= 30 else text[:30] + "..."
            return f"{kind}({shown!r}): expected {w!r}, got {g!r}"[:400]
    return f"expected {len(want)} results, got {len(got)}"


# -- basic ---------------------------------------------------------------------------------
@basic
def test_search_finds_inserted_words():
    t = trie_of("apple", "banana", "cherry")
    got = [t.search(w) for w in ("apple", "banana", "cherry")]
    assert got == [True, True, True], f"expected [True, True, True], got {got}"


@basic
def test_search_of_absent_word_is_false():
    t = trie_of("apple")
    got = [t.search(w) for w in ("banana", "apples", "appla", "b")]
    assert got == [False] * 4, f"words never inserted were found: {got}"


@basic
def test_prefix_of_a_word_is_not_a_word():
    t = trie_of("apple")
    assert t.search("app") is False, "search('app') must be False: only 'apple' was inserted"
    t.insert("app")
    assert t.search("app") is True, "search('app') must be True once 'app' is inserted"
    assert t.search("apple") is True, "inserting 'app' must not lose 'apple'"


@basic
def test_starts_with():
    t = trie_of("apple", "banana")
    got = {p: t.starts_with(p) for p in ("a", "app", "apple", "ban", "b")}
    assert all(v is True for v in got.values()), f"stored prefixes reported missing: {got}"
    got = {p: t.starts_with(p) for p in ("c", "apples", "bx", "A")}
    assert all(v is False for v in got.values()), f"absent prefixes reported present: {got}"


@basic
def test_words_with_prefix_sorted():
    t = trie_of("apply", "banana", "apple", "app", "apt", "ape", "application")
    got = t.words_with_prefix("app")
    want = ["app", "apple", "application", "apply"]
    assert got == want, f"expected {want}, got {got}"
    got = t.words_with_prefix("ap")
    want = ["ape", "app", "apple", "application", "apply", "apt"]
    assert got == want, f"expected {want}, got {got}"


@basic
def test_words_with_absent_prefix_is_empty():
    t = trie_of("apple", "banana")
    for prefix in ("c", "apples", "bananas", "bb"):
        got = t.words_with_prefix(prefix)
        assert got == [], f"words_with_prefix({prefix!r}) must be [], got {got!r}"


@basic
def test_words_with_prefix_that_is_a_whole_word():
    t = trie_of("car", "cart", "care", "cat")
    got = t.words_with_prefix("car")
    assert got == ["car", "care", "cart"], f"expected ['car', 'care', 'cart'], got {got}"
    got = t.words_with_prefix("cart")
    assert got == ["cart"], f"expected ['cart'], got {got}"


# -- edge ----------------------------------------------------------------------------------
@edge
def test_empty_string_is_not_a_word_until_inserted():
    t = trie_of("a", "ab")
    assert t.search("") is False, "search('') must be False when '' was never inserted"
    t.insert("")
    assert t.search("") is True, "search('') must be True after insert('')"
    assert t.search("a") is True and t.search("ab") is True, "insert('') lost other words"


@edge
def test_starts_with_empty_prefix_once_a_word_is_stored():
    t = trie_of("word")
    assert t.starts_with("") is True, "starts_with('') must be True once a word is stored"


@edge
def test_starts_with_empty_prefix_on_an_empty_trie():
    """'' is a prefix of every stored word, so it is True only once some word is stored."""
    t = Trie()
    assert t.starts_with("") is False, "starts_with('') must be False while nothing is stored"
    t.insert("z")
    assert t.starts_with("") is True, "starts_with('') must be True once a word is stored"


@edge
def test_only_the_empty_word_stored():
    t = trie_of("")
    assert t.starts_with("") is True, "starts_with('') must be True when '' is stored"
    assert t.search("") is True
    assert t.starts_with("a") is False and t.search("a") is False
    got = t.words_with_prefix("")
    assert got == [""], f"words_with_prefix('') must be [''], got {got!r}"


@edge
def test_words_with_empty_prefix_lists_everything_sorted():
    words = ["pear", "", "peach", "apple", "p", "zebra", "Apple"]
    got = trie_of(*words).words_with_prefix("")
    assert got == sorted(words), f"expected {sorted(words)}, got {got}"


@edge
def test_arbitrary_characters_and_case():
    words = ["Straße", "strasse", "naïve", "naive", "日本語", "日本", "a b", "a-b", "a", "A", "42",
             "tab\there", "emoji 🙂", "x" * 300]
    t = trie_of(*words)
    missing = [w[:20] for w in words if t.search(w) is not True]
    assert not missing, f"inserted words not found: {missing}"
    absent = ["STRASSE", "日", "naïv", "a  b", "x" * 299, "x" * 301, "🙂"]
    wrong = [w[:20] for w in absent if t.search(w) is not False]
    assert not wrong, f"words never inserted were found: {wrong}"
    got = t.words_with_prefix("日")
    assert got == ["日本", "日本語"], f"expected ['日本', '日本語'], got {got}"
    got = t.words_with_prefix("")
    assert got == sorted(words), f"expected {len(words)} words in sorted() order, got {got[:5]}..."


@edge
def test_reinserting_a_word_keeps_everything_working():
    t = trie_of("dup", "dup", "duplex")
    assert t.search("dup") is True and t.search("duplex") is True
    assert t.starts_with("dupl") is True and t.search("dupl") is False
    assert "duplex" in t.words_with_prefix("dup")


@edge
def test_words_with_prefix_on_an_empty_trie():
    got = Trie().words_with_prefix("a")
    assert got == [], f"expected [], got {got!r}"
    assert Trie().search("a") is False and Trie().starts_with("a") is False


# -- mutation: looking up never changes the trie ------------------------------------------
@mutation
def test_lookups_of_absent_strings_leave_the_trie_unchanged(harness):
    ops = [("insert", "apple"), ("insert", "apt"),
           ("search", "banana"), ("search", "applesauce"), ("words", "cherry"),
           ("starts_with", "dates"), ("words", "applepie"),
           ("starts_with", "banana"), ("starts_with", "b"), ("starts_with", "applesauce"),
           ("starts_with", "applep"), ("search", "cherry"), ("starts_with", "cherry"),
           ("words", "a"), ("words", "")]
    got = harness.replay(ops)
    want = [False, False, [], False, [], False, False, False, False, False, False,
            ["apple", "apt"], ["apple", "apt"]]
    assert got == want, first_difference(got, want, ops)


@mutation
def test_search_of_a_prefix_does_not_make_it_a_word():
    t = trie_of("banana")
    t.search("ban")
    t.starts_with("ban")
    t.words_with_prefix("ban")
    assert t.search("ban") is False, "after looking 'ban' up, search('ban') must still be False"
    assert t.words_with_prefix("b") == ["banana"], "lookups must not add words"


# -- scale ---------------------------------------------------------------------------------
def random_word(rng, alphabet, longest):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest)))


@scale
@pytest.mark.secret
def test_random_words_match_reference(harness, reference):
    """Seed 606: 4000 distinct words over 'abcd' (deeply shared prefixes), then 3000 lookups."""
    rng = random.Random(606)
    words = list(dict.fromkeys(random_word(rng, "abcd", 9) for _ in range(4000)))
    ops = [("insert", w) for w in words]
    for _ in range(3000):
        kind = rng.choice(["search", "search", "starts_with", "words"])
        text = random_word(rng, "abcde", 5 if kind == "words" else 10)
        ops.append((kind, text))
    got, want = harness.replay(ops), reference_replay(reference, ops)
    assert got == want, first_difference(got, want, ops)


@scale
@pytest.mark.secret
def test_inserts_and_lookups_interleaved_match_reference(harness, reference):
    """Seed 17: words over a 60-letter alphabet (mixed case, accents), inserts and lookups
    interleaved, every word inserted once."""
    rng = random.Random(17)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèüößñ01"
    seen, ops = set(), []
    for _ in range(6000):
        roll = rng.random()
        if roll < 0.5:
            w = random_word(rng, alphabet[:6] + alphabet[rng.randrange(6, 60)], 12)
            if w not in seen:
                seen.add(w)
                ops.append(("insert", w))
        elif roll < 0.8:
            ops.append(("search", random_word(rng, alphabet[:7], 12)))
        elif roll < 0.95:
            ops.append(("starts_with", random_word(rng, alphabet[:7], 6)))
        else:
            ops.append(("words", random_word(rng, alphabet[:6], 3)))
    got, want = harness.replay(ops), reference_replay(reference, ops)
    assert got == want, first_difference(got, want, ops)
