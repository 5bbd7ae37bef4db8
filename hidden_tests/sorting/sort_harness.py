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
    """Probe target: merge_sort every input (random, sorted, reversed, all-equal); the sorted
    lists, checked against the reference's (fetched after the timed call)."""
    return [sorting.merge_sort(items) for items in inputs]
