"""The papers a clerk gives the page: texts typed or dropped, and the parts ticked as carried."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_UPLOAD = 5 * 1024 * 1024


class TooLarge(Exception):
    """The request or one of its files is over the size the page accepts."""


@dataclass(frozen=True, slots=True)
class Tick:
    """One ticked box: amendment (1-based), part (0 for an unnumbered one), and the label of a
    new paragraph (None for the box of the whole part)."""

    amendment: int
    part: int
    label: str | None = None

    @property
    def key(self) -> str:
        return ".".join(str(x) for x in (self.amendment, self.part, self.label) if x is not None)

    @classmethod
    def parse(cls, key: str) -> Tick | None:
        """A box's key, ``"2.3"`` or ``"2.3.g"``; None for anything else."""
        pieces = key.split(".", 2)
        if len(pieces) < 2 or not (pieces[0].isdigit() and pieces[1].isdigit()):
            return None
        return cls(int(pieces[0]), int(pieces[1]), pieces[2] if len(pieces) == 3 else None)


@dataclass(frozen=True, slots=True)
class Upload:
    """An amendment dropped as a file: kept as bytes, since a Word file or an HTML page may
    show its changes as struck-through and bold words."""

    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Papers:
    """What the form holds. The first ``seen`` amendments were shown with their boxes, so
    ``ticks`` says what carried of them; every part of a later one is taken as carried."""

    motion: str = ""
    amendments: tuple[str, ...] = ()
    record: str = ""
    minutes: str = ""
    ticks: frozenset[Tick] = field(default=frozenset())
    seen: int = 0
    amendment_files: tuple[Upload, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.motion.strip() or self.minutes.strip())


def checked_size(data: bytes, name: str) -> bytes:
    """An uploaded file's bytes, refused past the size the page accepts."""
    if len(data) > MAX_UPLOAD:
        raise TooLarge(name)
    return data


def decode_upload(data: bytes, name: str) -> str:
    """An uploaded file's text, read as the command line reads files (txt, html or docx)."""
    import amend

    return amend.read_data(checked_size(data, name), name)
