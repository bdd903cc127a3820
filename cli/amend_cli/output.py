"""Writing output: to stdout, or to a file written whole or not at all."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import amend


def emit(text: str, output: Path | None) -> None:
    """Print ``text``, or write it to ``output`` atomically (a temporary file, then rename)."""
    if output is None:
        sys.stdout.write(text)
        return
    folder = output.resolve().parent
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{output.name}.")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, output)
    except OSError as error:
        raise amend.ReadError(f"{output}: cannot write ({error.strerror})") from None
