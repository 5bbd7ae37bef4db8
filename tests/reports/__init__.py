"""The report renderers' tests (a package, so its conftest never shadows tests/conftest.py)."""
