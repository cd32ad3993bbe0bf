"""The base of the planner's value types: frozen, compared by value, made without generated code.

`dataclasses` writes each class's methods as Python source and compiles it with `exec`. In the
browser that was about half of what `import planner` cost on a first visit (in Pyodide, for ten
classes). The planner's value types need little of what it offers:
construction by position or keyword with defaults, read-only attributes, equality and hashing by
value, a repr that reads like the call that made it, and `replace`. `Frozen` gives those with one
set of methods that every class inherits, so defining a class only reads its annotations.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any, dataclass_transform


class FrozenError(AttributeError):
    """An attribute of a frozen value was set or deleted: make a new value with `replace`."""


@dataclass_transform(frozen_default=True)
class Frozen:
    """A subclass's fields are its annotated attributes, in the order written (after those of a
    frozen base class); a field's default is the value assigned to it in the class body."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()
    _defaults: dict[str, Any] = {}  # noqa: RUF012 - read only, replaced per class

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # This class's own annotations, as written (strings, under the future import).
        written = cls.__dict__.get("__annotations__", {})  # noqa: RUF063
        own = tuple(name for name in written if name not in cls._fields)
        names = cls._fields + own
        defaults = {
            **cls._defaults,
            **{name: cls.__dict__[name] for name in own if name in cls.__dict__},
        }
        for name in own:
            if name in defaults and type(defaults[name]).__hash__ is None:
                raise TypeError(
                    f"{cls.__name__}.{name}: every value shares a default, so it must be immutable"
                )
        for earlier, name in pairwise(names):
            if earlier in defaults and name not in defaults:
                raise TypeError(
                    f"{cls.__name__}.{name}: a field without a default follows one with"
                )
        cls._fields = names
        cls._defaults = defaults

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        cls = type(self)
        names = cls._fields
        if len(args) > len(names):
            raise TypeError(
                f"{cls.__name__}() takes {len(names)} arguments but {len(args)} were given"
            )
        values = dict(zip(names, args, strict=False))  # fewer args than names: the rest by keyword
        for name, value in kwargs.items():
            if name not in names:
                raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {name!r}")
            if name in values:
                raise TypeError(f"{cls.__name__}() got multiple values for argument {name!r}")
            values[name] = value
        missing = [name for name in names if name not in values and name not in cls._defaults]
        if missing:
            raise TypeError(
                f"{cls.__name__}() missing required arguments: {', '.join(map(repr, missing))}"
            )
        state = self.__dict__  # the class's __setattr__ refuses every change
        state.update(cls._defaults)
        state.update(values)

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenError(f"cannot delete field {name!r}")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"


def field_names(cls: type[Frozen] | Frozen) -> tuple[str, ...]:
    """The fields of a frozen class (or of a value's class), in order."""
    return cls._fields


def replace[T: Frozen](value: T, **changes: Any) -> T:
    """A copy of `value` with `changes` made: frozen values are never changed in place."""
    return type(value)(**{**{name: getattr(value, name) for name in value._fields}, **changes})
