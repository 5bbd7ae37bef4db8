"""Grader-side isolation: starting sandboxes and speaking the worker protocol.

The sandbox image and the worker itself live in the top-level sandbox/ folder;
this package only drives them.
"""
