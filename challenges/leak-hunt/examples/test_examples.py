"""Public examples: the behaviour the prompt shows, run by `grader check`.

They check behaviour only; the hidden tests also measure memory (tracemalloc)
and object lifetime (weakref) in the sandbox.
"""

import numpy as np
import pytest
from leak_hunt import EventBus, Trainer, make_normalizer

pytestmark = pytest.mark.category("example")


def data(seed=0):
    rng = np.random.default_rng(seed)
    reference = rng.normal(size=(50, 3))
    x = rng.normal(size=(8, 3))
    y = x @ np.array([1.0, -2.0, 0.5]) + 0.1
    return reference, x, y


def test_step_returns_the_loss_before_the_update():
    reference, x, y = data()
    trainer = Trainer(reference, lr=0.1)
    first = trainer.step(x, y)
    second = trainer.step(x, y)
    assert second < first, "a gradient step on the same batch should lower its loss"
    assert trainer.mean_loss() == pytest.approx((first + second) / 2, rel=1e-9)
    assert trainer.steps == 2
    trainer.close()


def test_learning_rate_schedule():
    trainer = Trainer(data()[0], lr=0.2, decay=0.5)
    assert trainer.learning_rate(2) == pytest.approx(0.2 / (1 + 0.5 * 2), rel=1e-12)
    trainer.close()


def test_closed_trainer_refuses_to_step():
    reference, x, y = data()
    trainer = Trainer(reference)
    trainer.close()
    with pytest.raises(RuntimeError):
        trainer.step(x, y)


def test_normalizer_and_bus():
    reference = np.array([[1.0, 2.0], [3.0, 2.0]])
    got = make_normalizer(reference)(np.array([[3.0, 4.0]]))
    np.testing.assert_allclose(got, [[1.0, 2.0]], rtol=1e-9)
    with pytest.raises(ValueError):
        EventBus().unsubscribe(make_normalizer)  # a listener that was never subscribed
