"""Turning library errors into a clear message on stderr and exit status 2, never a traceback."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import TypeVar

import typer

import amend
from amend_cli.inputs import forget_inputs, text_of
from amend_cli.progress import clear
from amend_cli.visible import visible

F = TypeVar("F", bound=Callable)
UNVERIFIED = 1  # a result printed but not verified: as check's "differs"
BAD_INPUT = 2
INTERNAL = 3


def describe(error: amend.AmendError) -> str:
    """The message for an error: ``file:line:col: message``, the line, a caret, a hint."""
    lines = [str(error)]
    span = error.span
    text = text_of(span.source) if span else None
    if span and text is not None:
        source_lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if 0 < span.line <= len(source_lines):
            shown, caret = excerpt(source_lines[span.line - 1].replace("\t", " "),
                                   max(span.column - 1, 0))
            lines += ["  " + shown, "  " + " " * caret + "^"]
    return visible("\n".join(lines))


def excerpt(line: str, at: int, width: int = 100) -> tuple[str, int]:
    """The part of a long line shown under a message: ``width`` characters around ``at``
    with “…” where it is cut, and where ``at`` falls in it."""
    if len(line) <= width:
        return line, at
    start = max(0, min(at - width // 2, len(line) - width))
    shown = line[start:start + width]
    lead = "…" if start else ""
    return lead + shown + ("…" if start + width < len(line) else ""), at - start + len(lead)


def complain(message: str) -> None:
    """Print a line on stderr after taking any progress display off the terminal, the input
    text in it made visible."""
    clear()
    print(visible(message), file=sys.stderr)


def warn(message: object) -> None:
    """Print a warning on stderr, input text in it made visible."""
    complain(f"amend: warning: {message}")


def reports_errors(command: F) -> F:
    """Wrap a command so that an ``AmendError`` prints its message and exits with status 2."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        forget_inputs()
        try:
            return command(*args, **kwargs)
        except amend.AmendError as error:
            complain(f"amend: {describe(error)}")
            raise typer.Exit(BAD_INPUT) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt, BrokenPipeError):
            raise
        except Exception as error:  # a fault in amend itself, not in the input
            complain(f"amend: internal error ({type(error).__name__}: {error}); "
                     "please report it with the input files")
            raise typer.Exit(INTERNAL) from None
        finally:
            clear()  # no progress display outlives the command
    return wrapper  # type: ignore[return-value]
