"""Parts of a module made the first time they are used, not when the registry is read.

Reading the registry used to import every module's front door, dashboard box, report
section, targets and demo generator: about 330 modules and most of a second before the
window could paint (issue 18), though a start needs none of them before the window is
up. A module's `module.py` therefore names its heavy parts twice, in one block:

    if TYPE_CHECKING:  # what the type checker and import-linter see
        from propdesk.services.gate.dashboard import gate_today
    else:  # what runs: imported when first called
        gate_today = imported("propdesk.services.gate.dashboard", "gate_today")

tests/unit/test_module_first_use.py checks that both halves name the same things and
that the registry's import loads none of them.

`on_first_use` makes any value on first use (a dashboard source made from its tab, a
target link, a front door: ModuleSpec.front_door). What it hands out stands for the
value: attributes and calls go to it, and `isinstance` sees the value's class (so
`Services.module(GateServices)` finds the gate's door; asking each door its class
builds those before the one found, in the registry's order: the home dashboard's
thread builds nearly all of them just after the window paints). `type()` still sees the
stand-in, so a desk lent to other modules (looked up by its type) is made with
`desk_on_first_use`: a real desk whose callables reach the lender's when called.
"""

from __future__ import annotations

import dataclasses
import importlib
import threading
from collections.abc import Callable
from typing import Any, TypeVar, cast

T = TypeVar("T")

_UNMADE = object()


class _OnFirstUse:
    """Stands for the value `make()` returns, made once (on any thread) when first
    needed."""

    __slots__ = ("_lock", "_make", "_value")

    def __init__(self, make: Callable[[], object]) -> None:
        object.__setattr__(self, "_make", make)
        object.__setattr__(self, "_value", _UNMADE)
        # Reentrant: making a front door may look up another part made on first use.
        object.__setattr__(self, "_lock", threading.RLock())

    def _made_value(self) -> object:
        value = object.__getattribute__(self, "_value")
        if value is _UNMADE:
            with object.__getattribute__(self, "_lock"):
                value = object.__getattribute__(self, "_value")
                if value is _UNMADE:
                    value = object.__getattribute__(self, "_make")()
                    if isinstance(value, _OnFirstUse):  # made of another: that one's value
                        value = value._made_value()
                    object.__setattr__(self, "_value", value)
        return value

    @property  # type: ignore[misc]  # isinstance() asks for __class__: the value's
    def __class__(self) -> type:
        return type(self._made_value())

    def __getattr__(self, name: str) -> Any:
        return getattr(self._made_value(), name)

    def __setattr__(self, name: str, value: object) -> None:
        setattr(self._made_value(), name, value)

    # Equal to its value (and hashed as it): a sheet compared with its function, a
    # stand-in kept in a set. Only `is` tells them apart (see `made`).
    def __eq__(self, other: object) -> bool:
        return made(self) == made(other)

    def __hash__(self) -> int:
        return hash(self._made_value())

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return cast(Callable[..., Any], self._made_value())(*args, **kwargs)

    def __repr__(self) -> str:
        value = object.__getattribute__(self, "_value")
        return f"<on first use: {'not made yet' if value is _UNMADE else repr(value)}>"


def on_first_use(make: Callable[[], T]) -> T:
    """A stand-in for `make()`'s value, made the first time it is used."""
    return cast(T, _OnFirstUse(make))


def imported(module: str, name: str) -> Any:
    """`from module import name`, done the first time the name is used (see above)."""
    return _OnFirstUse(lambda: getattr(importlib.import_module(module), name))


def is_made(value: object) -> bool:
    """False for a stand-in whose value is not made yet (tests, benchmarks)."""
    if type(value) is not _OnFirstUse:
        return True
    return object.__getattribute__(value, "_value") is not _UNMADE


def made(value: T) -> T:
    """The value itself (made now if need be), not its stand-in."""
    if isinstance(value, _OnFirstUse):  # the stand-in's own class, not the value's
        return cast(T, value._made_value())
    return value


def desk_on_first_use(kind: type[T], desk: Callable[[], T]) -> T:
    """A desk of `kind` (services.core.handoffs: a frozen dataclass of callables) whose
    callables call those of `desk()`, which is made when one of them is first called:
    lending a desk does not build the lender's front door."""
    if not dataclasses.is_dataclass(kind):
        raise TypeError(f"{kind.__name__} is not a desk (a dataclass of callables)")

    def forward(field: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            return getattr(desk(), field)(*args, **kwargs)

        return call

    return kind(**{f.name: forward(f.name) for f in dataclasses.fields(kind)})
