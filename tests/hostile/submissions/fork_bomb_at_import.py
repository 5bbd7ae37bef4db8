# expect: timeout
# backends: docker local
# why: a fork bomb while the worker imports the submission: the import's deadline ends it
import os

while True:
    try:
        os.fork()
    except OSError:
        pass


class LRUCache:
    pass
