# expect: failed
# backends: docker local
# why: a sys.settrace hook (every thread too) rewrites the worker's local variables so each value it
#   encodes reads 1
import sys
import threading


def tracer(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "encode" and "value" in frame.f_locals:
        if type(frame.f_locals["value"]) is int:
            frame.f_locals["value"] = 1
    return tracer


sys.settrace(tracer)
threading.settrace(tracer)
frame = sys._getframe(1)
while frame is not None:  # the worker's frames already running: trace them too
    frame.f_trace = tracer
    frame = frame.f_back


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        return 0

    def put(self, key, value):
        pass
