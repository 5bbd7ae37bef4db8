"""A metaclass that gives each class exactly one instance, safely across threads."""


class SingletonMeta(type):
    """Metaclass: every class using it has one instance, created (and initialised) once."""

    def __call__(cls, *args, **kwargs):
        """Return the class's only instance, creating it on the first call."""
        raise NotImplementedError
