while True:
    try:
        while True:
            pass
    except BaseException:
        pass


class LRUCache:
    pass
