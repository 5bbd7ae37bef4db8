"""Runs beside the submission: calls it with NumPy arrays that cannot cross the wire.

String (and other non-numeric) arrays are not sent over the sandbox boundary,
so they are built here from lists.
"""

import numpy as np
import weighted_metric as sub


def with_arrays(y_true, y_pred, class_weights=None, dtype=None):
    """Call weighted_accuracy on np.asarray(y_true), np.asarray(y_pred) built here."""
    t = np.asarray(y_true, dtype=dtype)
    p = np.asarray(y_pred, dtype=dtype)
    result = sub.weighted_accuracy(t, p, class_weights)
    return float(result)


def unchanged_after(y_true, y_pred, class_weights=None, dtype=None):
    """Call it on arrays built here; report whether the arrays and weights came back unchanged."""
    t = np.asarray(y_true, dtype=dtype)
    p = np.asarray(y_pred, dtype=dtype)
    t0, p0 = t.copy(), p.copy()
    w0 = dict(class_weights) if class_weights is not None else None
    sub.weighted_accuracy(t, p, class_weights)
    return {"y_true": bool(np.array_equal(t, t0)), "y_pred": bool(np.array_equal(p, p0)),
            "class_weights": class_weights == w0}
