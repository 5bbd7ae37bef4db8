"""`grader ci`: grade an answer repository from its grader.toml."""
