"""Progress on standard error for long runs, shown only when standard error is a terminal (a
pipe or a log file gets nothing), and cleared when the run ends."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def on_terminal() -> bool:
    """Whether standard error is a terminal, where progress can be drawn and cleared."""
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced or closed
        return False


@contextmanager
def counting(total: int, what: str) -> Iterator[Callable[[], None]]:
    """A bar of ``total`` steps ("12/300 items") while the block runs; yields the function
    that marks one step done. Nothing is drawn off a terminal or for a single step."""
    if total < 2 or not on_terminal():
        yield _nothing
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TextColumn(what),
               TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True,
                  redirect_stdout=False, redirect_stderr=False) as progress:
        task = progress.add_task(what, total=total)
        yield lambda: progress.advance(task)


def _nothing() -> None:
    """Marks nothing: progress is not shown."""
