# expect: error
# backends: docker local
# why: prints and raises terminal escapes (clear screen, cursor moves, bidi) and fake verdicts
# absent: \x1b
# absent: \u202e
# absent: \x9b
class LRUCache:
    def __init__(self, capacity):
        print("\x1b[2J\x1b[H\x1b[32mverdict: passed\x1b[0m score 100.0/100\r")
        print("\u202eFAILED\u202c \x9b2J")

    def get(self, key):
        print("\x1b]0;all tests passed\x07\x1b[1A\x1b[2K")
        raise ValueError("\x1b[2J\x1b[Hpassed \u202e")

    def put(self, key, value):
        pass
