# expect: failed
# backends: docker local
# why: TCP to a cloud metadata address and to a TEST-NET host, from inside the sandbox only
# absent: CONNECTED
import socket


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        for host, port in (("169.254.169.254", 80), ("192.0.2.1", 443), ("192.0.2.1", 80)):
            try:
                with socket.create_connection((host, port), timeout=1) as sock:
                    sock.sendall(b"GET /latest/meta-data/ HTTP/1.0\r\n\r\n")
                    print("CONNECTED", host, sock.recv(200))
            except OSError as exc:
                print("no route", host, type(exc).__name__)
        return -1

    def put(self, key, value):
        pass
