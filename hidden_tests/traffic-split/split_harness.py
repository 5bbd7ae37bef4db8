"""Runs beside the submission: assignments for many users in one call."""

from traffic_split import assign_variant


def users(n, prefix="user-"):
    return [f"{prefix}{i}" for i in range(n)]


def assign_many(user_ids, weights, salt=""):
    """The variant of each user."""
    return [assign_variant(u, weights, salt) for u in user_ids]


def counts(n, weights, salt=""):
    """How many of users user-0 .. user-(n-1) get each variant."""
    out = {}
    for u in users(n):
        v = assign_variant(u, weights, salt)
        out[v] = out.get(v, 0) + 1
    return out


def joint_counts(n, weights, salt_a, salt_b):
    """How many users get variant x under salt_a and y under salt_b, keyed "x|y"."""
    out = {}
    for u in users(n):
        key = f"{assign_variant(u, weights, salt_a)}|{assign_variant(u, weights, salt_b)}"
        out[key] = out.get(key, 0) + 1
    return out


def transitions(n, before, after, salt=""):
    """How many users move from variant x (weights `before`) to y (`after`), keyed "x>y"."""
    out = {}
    for u in users(n):
        key = f"{assign_variant(u, before, salt)}>{assign_variant(u, after, salt)}"
        out[key] = out.get(key, 0) + 1
    return out
