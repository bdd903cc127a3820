"""Progress on standard error for long runs, shown only when standard error is a terminal (a
pipe or a log file gets nothing), and cleared when the run ends."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

LARGE = 1_000_000  # bytes: an input this big shows that amend is working on it
_DRAWN: list = []  # the progress displays on the terminal now (at most one)


def on_terminal() -> bool:
    """Whether standard error is a terminal, where progress can be drawn and cleared, in the
    process the user started (worker processes of a folder run draw nothing)."""
    from multiprocessing import parent_process

    try:
        return sys.stderr.isatty() and parent_process() is None
    except (AttributeError, ValueError):  # replaced or closed
        return False


def _progress(*columns):
    """A transient progress display on standard error, output printed around it untouched."""
    from rich.console import Console
    from rich.progress import Progress

    return Progress(*columns, console=Console(stderr=True), transient=True,
                    redirect_stdout=False, redirect_stderr=False)


def working_on(name: str, size: int) -> None:
    """Show that a large input is being worked on (a spinner, its name and size, the time
    taken) until the result is printed or the command ends; nothing for a small input, off
    a terminal, or while another display is drawn."""
    if size < LARGE or _DRAWN or not on_terminal():
        return
    from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

    display = _progress(SpinnerColumn(), TextColumn(f"working on {name} "
                                                    f"({size / 1_000_000:.1f} MB)",
                                                    markup=False), TimeElapsedColumn())
    display.add_task("working", total=None)
    display.start()
    _DRAWN.append(display)


def clear() -> None:
    """Take every progress display off the terminal (before a result is printed)."""
    while _DRAWN:
        _DRAWN.pop().stop()


@contextmanager
def counting(total: int, what: str) -> Iterator[Callable[[], None]]:
    """A bar of ``total`` steps ("12/300 items") while the block runs; yields the function
    that marks one step done. Nothing is drawn off a terminal or for a single step."""
    if total < 2 or _DRAWN or not on_terminal():
        yield _nothing
        return
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn

    display = _progress(TextColumn("reading"), BarColumn(), MofNCompleteColumn(),
                        TextColumn(what, markup=False), TimeElapsedColumn())
    task = display.add_task(what, total=total)
    display.start()
    _DRAWN.append(display)
    try:
        yield lambda: display.advance(task)
    finally:
        clear()


def _nothing() -> None:
    """Marks nothing: progress is not shown."""
