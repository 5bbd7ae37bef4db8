# expect: failed
# caught-by: trap
# why: the seed's answer: base62 of the first 6 hex digits of md5(url); codes collide once there are thousands of URLs, and a collision overwrites the earlier URL
import hashlib

ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def base62_encode(n):
    if n < 0:
        raise ValueError("negative")
    if n == 0:
        return "0"
    out = ""
    while n > 0:
        out = ALPHABET[n % 62] + out
        n //= 62
    return out


def base62_decode(s):
    n = 0
    for ch in s:
        if ch not in ALPHABET:
            raise ValueError(ch)
        n = n * 62 + ALPHABET.index(ch)
    return n


class UrlShortener:
    def __init__(self):
        self.urls = {}

    def shorten(self, url):
        hash_digest = hashlib.md5(url.encode()).hexdigest()[:6]
        code = base62_encode(int(hash_digest, 16))
        self.urls[code] = url
        return code

    def resolve(self, code):
        return self.urls[code]
