"""Helpers for hidden-test authors (imported by the bank's tests, in the grader's process)."""

from grader.isolation.proxy import RemoteClassMeta, RemoteObject


def call_and_inspect(fn, *args, **kwargs):
    """Call a submission function and return (result, args_after, kwargs_after).

    The arguments come back as they are in the sandbox after the call, so a test
    can assert that the submission did not mutate its inputs.
    """
    if isinstance(fn, RemoteObject):
        proxies = fn._p
    elif isinstance(fn, RemoteClassMeta):  # a class: its constructor's arguments
        proxies = fn._grader_p
    else:
        raise TypeError("call_and_inspect takes a function or class of the submission")
    echo = proxies.invoke(fn, None, args, kwargs, echo_args=True)
    return echo["result"], echo["args"], echo["kwargs"]
