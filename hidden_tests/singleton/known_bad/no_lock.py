# expect: failed
# caught-by: concurrency
# why: check-then-create with no lock: threads arriving while the first __init__ runs all create (and initialise) an instance
class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
