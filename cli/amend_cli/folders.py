"""The minutes items a run is given: files as named, and inside folders every file amend reads,
each file it passes over named with the reason."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import amend
from amend_cli.inputs import STDIN

ITEM_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".docx"})


class Skip(Enum):
    """Why a file in a folder is not read; the value is what a clerk is told."""

    HIDDEN = "a hidden file"
    HIDDEN_FOLDER = "a hidden folder (nothing in it is read)"
    LINKED_FOLDER = "a link to a folder (not followed)"
    NOT_A_FILE = "not a file (a broken link, a pipe or a device)"
    WORD_LOCK = "Word's lock file for an open document"
    PDF = "a PDF: save it as text (or open it in Word and save as .docx) to read it"
    OLD_WORD = "a Word 97-2003 file: save it as .docx to read it"
    OTHER = "not a text, HTML or Word (.docx) file"


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file in a folder that was not read, and why."""

    path: Path
    reason: Skip

    def __str__(self) -> str:
        return f"{self.path}: skipped, {self.reason.value}"


@dataclass(frozen=True, slots=True)
class Items:
    """The files to read, in order, and the files in the folders passed over."""

    files: tuple[Path, ...]
    skipped: tuple[Skipped, ...]


def skip_reason(path: Path) -> Skip | None:
    """Why a file found in a folder is not read (None: it is read)."""
    name = path.name
    if name.startswith("~$"):
        return Skip.WORD_LOCK
    if name.startswith("."):
        return Skip.HIDDEN
    suffix = path.suffix.lower()
    if suffix in ITEM_SUFFIXES:
        return None
    return {".pdf": Skip.PDF, ".doc": Skip.OLD_WORD}.get(suffix, Skip.OTHER)


def expand_items(paths: Iterable[Path]) -> Items:
    """Files as given (reading one says what is wrong with it, if anything), and the files
    inside folders in name order: those amend reads, and the others named with the reason."""
    files: list[Path] = []
    skipped: list[Skipped] = []
    for path in paths:
        if str(path) == STDIN or not _is_folder(path):
            files.append(path)
            continue
        for found, reason in _walk(path):
            if reason is None:
                files.append(found)
            else:
                skipped.append(Skipped(found, reason))
    return Items(tuple(files), tuple(skipped))


def _walk(folder: Path) -> Iterator[tuple[Path, Skip | None]]:
    """Every file and hidden folder under ``folder`` in name order, each with why it is not
    read (None: it is read); nothing inside a hidden folder."""
    try:
        entries = sorted(folder.iterdir())
    except OSError as error:
        raise amend.ReadError(f"{folder}: cannot list the folder "
                              f"({error.strerror or error})") from None
    for entry in entries:
        if not _is_folder(entry):
            yield entry, skip_reason(entry) if entry.is_file() else Skip.NOT_A_FILE
        elif entry.is_symlink():
            yield entry, Skip.LINKED_FOLDER
        elif entry.name.startswith("."):
            yield entry, Skip.HIDDEN_FOLDER
        else:
            yield from _walk(entry)


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # a name too long, say: not a folder, and reading it will say why
        return False
