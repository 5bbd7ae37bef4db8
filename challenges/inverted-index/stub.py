"""An inverted index ranking documents by TF-IDF."""


class InvertedIndex:
    """Documents indexed by token, searched by TF-IDF."""

    def __init__(self) -> None:
        """Create an empty index."""
        raise NotImplementedError

    def add(self, doc_id, text: str) -> None:
        """Index `text` under `doc_id`; tokens are re.findall(r"\\w+", text.lower())."""
        raise NotImplementedError

    def remove(self, doc_id) -> None:
        """Drop the document `doc_id` from the index."""
        raise NotImplementedError

    def search(self, query: str, k: int = 10) -> list[tuple]:
        """Return the k best (doc_id, score) tuples, by descending TF-IDF score then doc_id."""
        raise NotImplementedError
