"""Reading a command's input files: ``-`` is standard input; texts are kept for error carets."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

import amend
from amend_cli.progress import working_on

STDIN = "-"
STDIN_NAME = "<stdin>"
_TEXTS: dict[str, str] = {}


def source_name(path: Path) -> str:
    """The name errors and reports give an input: its path, or ``<stdin>`` for ``-``."""
    return STDIN_NAME if str(path) == STDIN else str(path)


def read_input(path: Path) -> str:
    """Read an input file (never modified), or standard input for ``-``; keep its text so
    that an error can show the line it points at."""
    _input_bytes(path)
    return _TEXTS[source_name(path)]


def _input_bytes(path: Path) -> bytes:
    """An input's bytes, its text kept for error carets (standard input may be read once)."""
    name = source_name(path)
    if str(path) == STDIN:
        if STDIN_NAME in _TEXTS:
            raise amend.AmendError("standard input (-) can be given only once")
        data = amend.read_bytes(sys.stdin.buffer, name=STDIN_NAME)
    else:
        data = amend.read_bytes(path)
    working_on(name, len(data))
    _TEXTS[name] = amend.read_data(data, name)
    return data


def text_of(source: str) -> str | None:
    """The text read from ``source`` in this run, if any."""
    return _TEXTS.get(source)


def forget_inputs() -> None:
    """Start a run with no input read (commands run in one process, as tests do, share this)."""
    _TEXTS.clear()


def refuse_output_among_inputs(output: Path | None, inputs: Iterable[Path | None]) -> None:
    """Refuse ``-o`` naming an input file, before anything is read or written."""
    if output is None or str(output) == STDIN:
        return
    for path in inputs:
        if path is not None and str(path) != STDIN and _same_file(output, path):
            raise amend.AmendError(f"{output}: is also an input file; input files are never "
                                   "overwritten", hint="give -o another file name")


def _same_file(first: Path, second: Path) -> bool:
    """Whether two paths name one file (through symbolic links and hard links alike)."""
    if os.path.realpath(first) == os.path.realpath(second):
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def read_motion_file(path: Path) -> amend.Motion:
    """Read a motion from a file (or standard input)."""
    return amend.read_motion(read_input(path), source=source_name(path))


def warn_of_layout_guesses(tree: amend.Motion, whose: str = "") -> None:
    """Say on standard error where grouping a text's lines into paragraphs was a guess."""
    from amend_cli.failure import warn

    for guess in tree.guesses:
        warn(f"{guess.span}: {whose}{guess.what}")


def read_amendment_file(path: Path, motion: amend.Motion | None) -> amend.Amendment:
    """Read an amendment from a file (or standard input), the motion choosing its readings: a
    Word file or HTML page whose struck and bold words show the changes is read as marked
    up, against the motion."""
    if motion is None:
        return amend.read_amendment(read_input(path), source=source_name(path))
    return amend.read_amendment_data(_input_bytes(path), source_name(path), motion)
