"""Fewer passes of the cycle collector while a stage builds or rebuilds a large motion, none
while a parser is loaded, and lists let go item by item as they are used up.

CPython collects its youngest generation after every 700 new container objects, and the
whole heap after ten of those once the long-lived objects have grown by a quarter.  A stage
run on a motion of 50,000 paragraphs makes hundreds of thousands of objects that all live
until it returns, so the collector walked the whole heap, input included, several times for
nothing: with no collection at all the stages grow in proportion to the motion, with it up to
three times faster.  While a stage runs, the youngest generation is collected after every
50,000 new objects instead; the thresholds are put back when it returns.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

YOUNG = 50_000  # new container objects between collections of the youngest generation

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


def fewer_collections(stage: Callable[P, R]) -> Callable[P, R]:
    """``stage`` run with the youngest generation collected less often (nested stages keep
    the outermost one's setting)."""
    @wraps(stage)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        thresholds = gc.get_threshold()
        if thresholds[0] >= YOUNG:
            return stage(*args, **kwargs)
        gc.set_threshold(YOUNG, *thresholds[1:])
        try:
            return stage(*args, **kwargs)
        finally:
            gc.set_threshold(*thresholds)
    return run


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection while the block runs: for loading a pickled parser, whose tens of
    thousands of objects all live on, and which, loaded once the heap has grown (a minutes
    run reads its amendments' parser late), set off a full collection that cost more than the
    load itself."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def consumed(items: list[T]) -> Iterator[T]:
    """The items in order, each let go by the list as it is given (the list ends empty), so
    that a stage turning one long list into another never holds both whole."""
    items.reverse()
    while items:
        yield items.pop()
