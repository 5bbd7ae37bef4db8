"""Byte streams from a sandbox: protocol lines (bounded) and captured output (truncated)."""

import queue
import threading

from grader.isolation import wire

EOF_MARK = ("eof", b"")
# Lines read but not yet taken by the session. A worker answers one request at a time, so one
# is the most an honest worker leaves; lines nobody asked for would otherwise pile up in the
# grader's memory (64 MB each) while a test works on its own.
MAX_PENDING_LINES = 2
# Characters a terminal acts on (cursor moves, erasing, colours, C1 controls, bidi overrides)
# are shown escaped: nothing a submission prints or raises can redraw a report around it.
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(0, 9), *range(11, 32), 127, *range(0x80, 0xA0))}
_CONTROLS.update({c: f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def printable(text: str) -> str:
    """Text from the sandbox, safe to show: newlines and tabs kept, other controls escaped."""
    return text.replace("\r\n", "\n").translate(_CONTROLS)


class LineSplitter:
    """Cuts protocol bytes into lines; a line past the size limit, or more lines than anyone
    asked for, ends the stream."""

    def __init__(self, out: queue.Queue, limit: int = wire.MAX_MESSAGE_BYTES,
                 max_pending: int = MAX_PENDING_LINES):
        self.out, self.limit, self.max_pending = out, limit, max_pending
        self.buffer = bytearray()
        self.broken = False

    def feed(self, data: bytes) -> None:
        if self.broken:
            return
        # Search only the new bytes: rescanning a long partial line on every chunk
        # would make a 64 MB line cost quadratic time.
        start = len(self.buffer)
        self.buffer += data
        while (end := self.buffer.find(b"\n", start)) >= 0:
            if self.out.qsize() >= self.max_pending:
                self.broken = True
                self.buffer.clear()
                self.out.put(("flood", b""))
                return
            self.out.put(("line", bytes(self.buffer[:end])))
            del self.buffer[: end + 1]
            start = 0
        if len(self.buffer) > self.limit:
            self.broken = True
            self.buffer.clear()
            self.out.put(("overflow", b""))

    def close(self) -> None:
        self.out.put(EOF_MARK)


class OutputBuffer:
    """The submission's stdout+stderr: keeps the first `limit` bytes, counts the rest."""

    def __init__(self, limit: int):
        self.limit = limit
        self.data = bytearray()
        self.dropped = 0
        self.lock = threading.Lock()

    def feed(self, data: bytes) -> None:
        with self.lock:
            room = self.limit - len(self.data)
            self.data += data[: max(room, 0)]
            self.dropped += max(len(data) - max(room, 0), 0)

    @property
    def size(self) -> int:
        return len(self.data) + self.dropped

    def text(self, start: int = 0) -> str:
        with self.lock:
            body = printable(self.data[start:].decode("utf-8", "replace"))
            if self.dropped:
                body += f"\n[... {self.dropped} more bytes of output dropped]"
            return body
