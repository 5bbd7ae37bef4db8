# expect: error
# backends: docker local
# why: get() raises a class deriving from both Exception and KeyboardInterrupt: rebuilt on the
#   grader's side it passed as an ordinary error, and pytest let it through as Ctrl-C, which
#   ended the grade as "grader: interrupted", exit 130


class Disguised(Exception, KeyboardInterrupt):
    pass


class LRUCache:
    def __init__(self, capacity):
        self.data = {}

    def get(self, key):
        raise Disguised("not a signal")

    def put(self, key, value):
        self.data[key] = value
