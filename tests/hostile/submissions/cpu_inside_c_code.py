# expect: timeout
# backends: docker local
# why: a huge power computed in C: no bytecode boundary, so no signal inside can stop it
class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        exponent = 10**8
        return 10**exponent

    def put(self, key, value):
        pass
