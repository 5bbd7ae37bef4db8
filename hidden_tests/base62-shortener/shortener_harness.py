"""Runs beside the submission: bulk operations in one call each."""

from base62_shortener import UrlShortener, base62_decode, base62_encode


def encode_all(numbers):
    """base62_encode of each number."""
    return [base62_encode(n) for n in numbers]


def decode_all(strings):
    """base62_decode of each string."""
    return [base62_decode(s) for s in strings]


def shorten_all(urls, rounds=1):
    """Shorten `urls` `rounds` times on one shortener (second round reversed).

    Returns (codes of each round, the URL each first-round code resolves to).
    """
    shortener = UrlShortener()
    rounds_codes = []
    for r in range(rounds):
        order = urls if r % 2 == 0 else list(reversed(urls))
        codes = {url: shortener.shorten(url) for url in order}
        rounds_codes.append([codes[url] for url in urls])
    resolved = [shortener.resolve(code) for code in rounds_codes[0]]
    return rounds_codes, resolved


def variants(code):
    """Codes a sloppy resolver might accept for `code`: padded, re-cased, decorated."""
    return ["0" + code, "00" + code, code.swapcase(), code.upper(), code.lower(),
            code + "!", " " + code, code + "\n", code + "/"]


def resolve_not_handed_out(urls, candidates=()):
    """Shorten `urls`, then resolve every code that was NOT handed out.

    The codes tried are `candidates` plus variants() of each handed-out code.

    Returns a list of (candidate, outcome) where outcome is "KeyError", or
    "returned <value>" / "<ExceptionType>" when the shortener did something else.
    """
    shortener = UrlShortener()
    handed_out = {shortener.shorten(url) for url in urls}
    tried = list(candidates) + [v for code in sorted(handed_out) for v in variants(code)]
    outcomes = []
    for code in dict.fromkeys(tried):
        if code in handed_out:
            continue
        try:
            value = shortener.resolve(code)
        except KeyError:
            outcomes.append((code, "KeyError"))
        except Exception as exc:  # reported, judged by the test
            outcomes.append((code, type(exc).__name__))
        else:
            outcomes.append((code, f"returned {value!r}"))
    return outcomes
