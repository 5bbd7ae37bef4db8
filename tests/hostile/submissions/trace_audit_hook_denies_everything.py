# expect: error
# backends: docker local
# why: an audit hook that cannot be removed refuses every audited event once the class is built
#   (id(), open, import, frame access...): the worker cannot keep the instance, and even
#   describing that exception fails
import sys

armed = [False]


def deny(event, args):
    if armed[0]:
        raise PermissionError(f"denied: {event}")


sys.addaudithook(deny)


class LRUCache:
    def __init__(self, capacity):
        armed[0] = True

    def get(self, key):
        return -1

    def put(self, key, value):
        pass
