"""Public examples: the behaviour the prompt shows, run by `grader check`."""

import pytest
from trie import Trie

pytestmark = pytest.mark.category("example")


def test_search_is_exact_and_starts_with_sees_prefixes():
    t = Trie()
    t.insert("apple")
    assert t.search("apple") is True
    assert t.search("app") is False
    assert t.starts_with("app") is True
    assert t.starts_with("b") is False


def test_words_with_prefix_sorted():
    t = Trie()
    for w in ("apply", "banana", "apple", "app"):
        t.insert(w)
    assert t.words_with_prefix("app") == ["app", "apple", "apply"]
    assert t.words_with_prefix("c") == []


def test_empty_string_is_a_word():
    t = Trie()
    assert t.search("") is False
    t.insert("")
    assert t.search("") is True
    assert t.starts_with("") is True
    t.insert("b")
    t.insert("a")
    assert t.words_with_prefix("") == ["", "a", "b"]
