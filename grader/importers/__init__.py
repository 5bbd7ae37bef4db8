"""Importers: test suites written elsewhere, turned into challenges of a bank, unchanged."""
