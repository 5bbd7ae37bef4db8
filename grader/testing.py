"""Helpers for hidden-test authors (imported by the bank's tests, in the grader's process)."""

from grader.isolation.proxy import RemoteObject


def call_and_inspect(fn, *args, **kwargs):
    """Call a submission function and return (result, args_after, kwargs_after).

    The arguments come back as they are in the sandbox after the call, so a test
    can assert that the submission did not mutate its inputs.
    """
    if not isinstance(fn, RemoteObject):
        raise TypeError("call_and_inspect takes a function of the submission")
    echo = fn._p.invoke(fn, None, args, kwargs, echo_args=True)
    return echo["result"], echo["args"], echo["kwargs"]
