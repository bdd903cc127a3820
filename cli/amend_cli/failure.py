"""Turning library errors into a clear message on stderr and exit status 2, never a traceback."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import typer

import amend

F = TypeVar("F", bound=Callable)
BAD_INPUT = 2
INTERNAL = 3
_TEXTS: dict[str, str] = {}


def read_input(path: Path) -> str:
    """Read an input file (never modified), remembering its text for error carets."""
    text = amend.read_file(path)
    _TEXTS[str(path)] = text
    return text


def describe(error: amend.AmendError) -> str:
    """The message for an error: ``file:line:col: message``, the line, a caret, a hint."""
    lines = [str(error)]
    span = error.span
    if span and span.source in _TEXTS:
        source_lines = _TEXTS[span.source].replace("\r\n", "\n").split("\n")
        if 0 < span.line <= len(source_lines):
            shown = source_lines[span.line - 1].replace("\t", " ")
            lines.append("  " + shown)
            lines.append("  " + " " * (span.column - 1) + "^")
    return "\n".join(lines)


def reports_errors(command: F) -> F:
    """Wrap a command so that an ``AmendError`` prints its message and exits with status 2."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except amend.AmendError as error:
            print(f"amend: {describe(error)}", file=sys.stderr)
            raise typer.Exit(BAD_INPUT) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as error:  # a fault in amend itself, not in the input
            print(f"amend: internal error ({type(error).__name__}: {error}); "
                  "please report it with the input files", file=sys.stderr)
            raise typer.Exit(INTERNAL) from None
    return wrapper  # type: ignore[return-value]
