"""The stages a loaded submission passes through: tests, probes, quality."""
