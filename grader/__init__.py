"""Grades answers to coding-interview challenges inside a sandbox."""

__version__ = "0.1.0"
