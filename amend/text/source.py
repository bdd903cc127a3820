"""Reading input text: bytes to str, and the normalisation every reader shares."""

from __future__ import annotations

import re
from pathlib import Path

from amend.errors import ReadError

_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u2000-\u200a\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes, name: str) -> str:
    """Decode file bytes: UTF-8 with or without BOM, else Windows-1252 (text saved from Word)."""
    if not data.strip():
        raise ReadError(f"{name}: the file is empty",
                        hint="expected the text of a motion or amendment")
    if b"\x00" in data:
        raise ReadError(f"{name}: this is a binary file, not text",
                        hint="save the document as plain text (.txt) first")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if len(_CONTROL.findall(text)) > max(3, len(text) // 100):
        raise ReadError(f"{name}: this is a binary file, not text",
                        hint="save the document as plain text (.txt) first")
    return text


def read_file(path: str | Path) -> str:
    """The text of a file, with a ``ReadError`` naming the file when it cannot be read."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ReadError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise ReadError(f"{path}: cannot be read ({exc.strerror})") from None
    return decode(data, str(path))


def normalise_line(line: str) -> str:
    """One line as the readers see it: no-break spaces and tabs become spaces, runs collapse."""
    return _SPACES.sub(" ", line).strip()


def physical_lines(text: str) -> list[str]:
    """A text's lines as printed: CRLF and CR line ends and a leading BOM removed."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def lines_of(text: str) -> list[str]:
    """A text's lines, each normalised (see ``normalise_line``)."""
    return [normalise_line(line) for line in physical_lines(text)]
