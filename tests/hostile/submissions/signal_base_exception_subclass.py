# expect: error
# backends: docker local
# why: raises a BaseException subclass and a GeneratorExit: neither may stop the grader
class Escape(BaseException):
    pass


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        raise Escape("out of here")

    def put(self, key, value):
        raise GeneratorExit()
