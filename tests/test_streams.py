"""The protocol line splitter: any chunking of the same bytes gives the same lines."""

import queue

from hypothesis import given
from hypothesis import strategies as st

from grader.isolation.streams import EOF_MARK, LineSplitter


def split(chunks: list[bytes], limit: int) -> list[tuple[str, bytes]]:
    out: queue.Queue = queue.Queue()
    splitter = LineSplitter(out, limit=limit, max_pending=10**6)  # nothing takes lines here
    for chunk in chunks:
        splitter.feed(chunk)
    splitter.close()
    items = [out.get_nowait() for _ in range(out.qsize())]
    assert items[-1] == EOF_MARK
    return items[:-1]


@given(st.lists(st.text(alphabet="ab\n", max_size=30).map(str.encode), max_size=20))
def test_lines_do_not_depend_on_chunking(chunks):
    whole = b"".join(chunks)
    expected = [("line", line) for line in whole.split(b"\n")[:-1]]
    assert split(chunks, limit=1000) == expected
    assert split([whole], limit=1000) == expected


def test_a_line_past_the_limit_ends_the_stream_once():
    chunks = [b"ok\n"] + [b"x" * 7] * 10 + [b"\nlater\n"]
    assert split(chunks, limit=50) == [("line", b"ok"), ("overflow", b"")]
