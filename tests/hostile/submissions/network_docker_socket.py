# expect: failed
# backends: docker local
# why: asks the Docker engine (or containerd) for its version through its unix socket
# absent: CONNECTED
# absent: ApiVersion
import socket

SOCKETS = ["/var/run/docker.sock", "/run/docker.sock", "/run/containerd/containerd.sock",
           "/tmp/docker.sock", "/run/dbus/system_bus_socket"]


class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        for path in SOCKETS:
            try:
                with socket.socket(socket.AF_UNIX) as sock:
                    sock.settimeout(2)
                    sock.connect(path)
                    sock.sendall(b"GET /version HTTP/1.0\r\nHost: docker\r\n\r\n")
                    print("CONNECTED", path, sock.recv(4000))
            except OSError as exc:
                print("no socket", path, type(exc).__name__)
        return -1

    def put(self, key, value):
        pass
