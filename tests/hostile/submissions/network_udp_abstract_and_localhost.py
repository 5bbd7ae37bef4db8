# expect: failed
# backends: docker local
# why: UDP out, abstract unix sockets (shared per network namespace), services on localhost
# absent: CONNECTED
import socket


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                udp.sendto(b"hello", ("192.0.2.1", 53))
                print("CONNECTED udp")
        except OSError as exc:
            print("no udp", type(exc).__name__)
        for name in (b"\0/containerd-shim", b"\0/tmp/.X11-unix/X0", b"\0grader"):
            try:
                with socket.socket(socket.AF_UNIX) as sock:
                    sock.connect(name)
                    print("CONNECTED abstract", name)
            except OSError as exc:
                print("no abstract", name, type(exc).__name__)
        for port in (22, 53, 80, 2375, 2376, 5000, 8000, 8080):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    print("CONNECTED localhost", port)
            except OSError as exc:
                print("no localhost", port, type(exc).__name__)
        return -1

    def put(self, key, value):
        pass
