"""Methods looked up by name: each step of the engine keeps a registry of its methods.

A new method is one function decorated with ``@REGISTRY.register("name")``
(plus its test); the spec, the command line, the validation of ``Method`` and
the error messages all read the names from the registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entry:
    """A registered method: its function and what the engine needs to know about it."""

    name: str
    function: Callable
    traits: dict = field(default_factory=dict)


class Registry:
    """Named methods of one engine step ("normalisation", "aggregation", ...)."""

    def __init__(self, step: str):
        self.step = step
        self._entries: dict[str, Entry] = {}

    def register(self, name: str, **traits) -> Callable[[Callable], Callable]:
        """Decorator: register ``function`` under ``name`` with optional traits (e.g. ``level_only=True``)."""

        def decorate(function: Callable) -> Callable:
            if name in self._entries:
                raise ValueError(f"{self.step} method '{name}' is registered twice")
            self._entries[name] = Entry(name, function, dict(traits))
            return function

        return decorate

    def names(self) -> tuple[str, ...]:
        """Registered names, in registration order."""
        return tuple(self._entries)

    def entry(self, name: str) -> Entry:
        """The entry for ``name``; a ``ValueError`` lists the known names otherwise."""
        try:
            return self._entries[name]
        except KeyError:
            raise ValueError(f"{self.step} must be one of {self.names()}, got {name!r}") from None

    def get(self, name: str) -> Callable:
        """The function registered under ``name``."""
        return self.entry(name).function

    def __contains__(self, name: object) -> bool:
        return name in self._entries
