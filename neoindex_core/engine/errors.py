"""The engine's one error type."""


class IndexInputError(ValueError):
    """The data cannot be used as the method asks; the message says where."""
