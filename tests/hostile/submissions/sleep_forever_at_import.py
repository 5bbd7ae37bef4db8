# expect: timeout
# backends: docker local
# why: waits forever on an event while being imported
import threading

threading.Event().wait()
