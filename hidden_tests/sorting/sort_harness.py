"""Runs beside the submission: key functions (a local lambda cannot cross into the sandbox),
identity checks, and the merge-sort probe's target."""

import sorting


def length(item):
    return len(item)


def first(item):
    return item[0]


def negated(item):
    return -item


def lowercase(item):
    return item.lower()


def returns_new_lists(function, cases):
    """For each input list, whether the named function returned a different list object."""
    sort = getattr(sorting, function)
    return [sort(items) is not items for items in cases]


def merge_sort_each(*inputs):
    """Probe target: merge_sort every input (random, sorted, reversed, all-equal); total length."""
    return sum(len(sorting.merge_sort(items)) for items in inputs)


def quick_sort_length(items):
    """Probe target: quick_sort the items and return only the result's length (keeps the
    sorted list out of the wire, so the probe times the sort and not the transfer)."""
    return len(sorting.quick_sort(items))
