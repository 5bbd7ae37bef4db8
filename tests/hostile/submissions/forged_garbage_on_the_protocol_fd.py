# expect: crashed
# backends: docker local
# why: writes bytes that are not JSON (nor UTF-8) to the protocol pipe while being imported
import gc

_worker = next(o for o in gc.get_objects() if hasattr(o, "proto_out") and hasattr(o, "table"))
_worker.proto_out.write(b"\xff\xfe{not json at all\n")


class LRUCache:
    pass
