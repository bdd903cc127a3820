"""Reading input text: bytes to str, and the normalisation every reader shares.

A file is UTF-8 (with or without a byte-order mark), UTF-16 or UTF-32 with a byte-order mark,
or, failing UTF-8, Windows-1252 as Word saves it. Anything else is refused with a
``ReadError`` that names the file and, where a byte is to blame, its line and column.
"""

from __future__ import annotations

import codecs
import os
import re
from array import array
from pathlib import Path
from typing import BinaryIO

from amend.errors import ReadError, Span

MAX_BYTES = 50 * 1024 * 1024
STDIN_NAME = "<stdin>"

_OTHER_SPACES = "\t\u00a0\u2007\u202f\u2000-\u200a\u3000\x0b\x0c"
# runs of spacing that are not already one plain space, so a line with none is kept as it is
_SPACES = re.compile(rf"[{_OTHER_SPACES}][ {_OTHER_SPACES}]*| [ {_OTHER_SPACES}]+")
# Control characters that no text file holds (tab, newlines, form feed and vertical tab do).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# A well-formed UTF-8 sequence of two or more bytes: Windows-1252 text almost never has one.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                             rb"|[\xf0-\xf4][\x80-\xbf]{3}")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_SIGNATURES = ((b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a Word (.docx) or other zip file"),
               (b"\xd0\xcf\x11\xe0", "an old Word (.doc) or other Office file"),
               (b"{\\rtf", "a Rich Text (.rtf) document"), (b"\x89PNG", "a PNG image"),
               (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
               (b"\x7fELF", "a program"), (b"\x1f\x8b", "a gzip archive"))
_SAVE_AS_TEXT = "save the document as plain text (.txt) first"


def decode(data: bytes, name: str) -> str:
    """Decode file bytes: a BOM's encoding, else UTF-8, else Windows-1252 (text from Word)."""
    kind = next((kind for magic, kind in _SIGNATURES if data.startswith(magic)), None)
    if kind is not None:
        raise ReadError(f"{name}: this is a binary file ({kind}), not text", hint=_SAVE_AS_TEXT)
    text = _unicode(data, name)
    if not text.strip():
        raise ReadError(f"{name}: the file is empty",
                        hint="expected the text of a motion, an amendment or minutes")
    if len(_CONTROL.findall(text)) > max(3, len(text) // 100):
        raise ReadError(f"{name}: this is a binary file, not text", hint=_SAVE_AS_TEXT)
    return text


def _unicode(data: bytes, name: str) -> str:
    """The text of ``data`` in the encoding its BOM names, or in UTF-8 or Windows-1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, len(bom), encoding, name)
    if b"\x00" in data:
        raise ReadError(f"{name}: this is a binary file, not text", hint=_SAVE_AS_TEXT)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if _UTF8_MULTIBYTE.search(data):
            raise _bad_byte(data, 0, error.start, "utf-8", name,
                            "is not UTF-8, though the rest of the file is",
                            "save the file again as UTF-8") from None
    return _strict(data, 0, "cp1252", name)


def _strict(data: bytes, start: int, encoding: str, name: str) -> str:
    """``data[start:]`` decoded strictly, or a ``ReadError`` at the first byte that fails."""
    try:
        return data[start:].decode(encoding)
    except UnicodeDecodeError as error:
        if encoding == "cp1252":
            what = "is neither UTF-8 nor Windows-1252 text"
        else:
            what = f"does not read as {encoding.upper().removesuffix('-LE').removesuffix('-BE')}"
        raise _bad_byte(data, start, start + error.start, encoding, name, what,
                        "save the file as UTF-8 text") from None


def _bad_byte(data: bytes, start: int, offset: int, encoding: str, name: str, what: str,
              hint: str) -> ReadError:
    """A ``ReadError`` at the line and column of byte ``offset``."""
    before = physical_lines(data[start:offset].decode(encoding, errors="replace"))
    span = Span(name, len(before), len(before[-1]) + 1)
    byte = data[offset:offset + 1].hex()
    return ReadError(f"byte 0x{byte} (at byte {offset + 1}) {what}", span=span, hint=hint)


def read_bytes(path: str | os.PathLike | BinaryIO, name: str | None = None) -> bytes:
    """The bytes of a file, or of a binary stream such as ``sys.stdin.buffer``, with a
    ``ReadError`` naming it (``name``, else the path, else ``<stdin>``) when it cannot be read
    or is too large to be a paper."""
    name = source_of(path, name)
    try:
        if hasattr(path, "read"):
            data = path.read(MAX_BYTES + 1)
        else:
            with Path(path).open("rb") as stream:
                data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ReadError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise ReadError(f"{name}: is a folder, not a file") from None
    except OSError as exc:
        raise ReadError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise ReadError(f"{name}: too large to be a motion, an amendment or minutes "
                        f"(over {MAX_BYTES // (1024 * 1024)} MB)")
    return data


def source_of(path: str | os.PathLike | BinaryIO, name: str | None = None) -> str:
    """The name errors give an input: ``name``, else its path, else ``<stdin>``."""
    return name or (STDIN_NAME if hasattr(path, "read") else str(path))


def normalise_line(line: str) -> str:
    """One line as the readers see it: no-break spaces, tabs, form feeds (page breaks from a
    PDF) and vertical tabs (line breaks from Word) become spaces, and runs collapse."""
    return _SPACES.sub(" ", line).strip()


def physical_text(text: str) -> str:
    """A text with every line end a newline and no leading BOM (the text itself if it has
    neither to change)."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def physical_lines(text: str) -> list[str]:
    """A text's lines as printed: CRLF and CR line ends and a leading BOM removed."""
    return physical_text(text).split("\n")


def piece_starts(text: str, separator: str = "\n") -> array:
    """The offset in ``text`` where each piece between ``separator``s starts (for a text's
    lines, where each line starts): one array, however long the text."""
    starts = array("q", [0])
    at = text.find(separator)
    while at >= 0:
        starts.append(at + len(separator))
        at = text.find(separator, at + len(separator))
    return starts


def lines_of(text: str) -> list[str]:
    """A text's lines, each normalised (see ``normalise_line``)."""
    return [normalise_line(line) for line in physical_lines(text)]
