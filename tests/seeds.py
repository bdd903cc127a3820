"""The real published minutes the tests use, kept in tests/data/seeds (see its README)."""

from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parent / "data" / "seeds"


def seed(number: int) -> str:
    """The whole text of seed file ``number`` (000 to 004)."""
    (path,) = SEEDS.glob(f"{number:03d}_*.txt")
    return path.read_text(encoding="utf-8")


def between(text: str, start: str, end: str | None = None, occurrence: int = 1) -> str:
    """The part of ``text`` from the ``occurrence``-th ``start`` up to the next ``end``."""
    at = -1
    for _ in range(occurrence):
        at = text.index(start, at + 1)
    stop = text.index(end, at) if end else len(text)
    return text[at:stop]


def lines_from(text: str, marker: str, end: str) -> str:
    """From the start of the line holding ``marker`` up to the next ``end``."""
    at = text.index(marker)
    return text[text.rindex("\n", 0, at) + 1:text.index(end, at)]
