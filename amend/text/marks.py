"""Marked-up text: a document's paragraphs as runs of words kept, struck out or added.

Word and HTML readers give a ``MarkedDocument``; the instructions stage reads its marks as
deletions and insertions.  Each run knows where it starts in its source file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from amend.errors import Span


class Mark(Enum):
    """What a run's formatting (or a tracked change) says about its words."""

    KEPT = "kept"
    DELETED = "deleted"  # struck through, or a tracked deletion
    INSERTED = "inserted"  # bold or underlined, or a tracked insertion


@dataclass(frozen=True, slots=True)
class Run:
    """Words with one mark; ``span`` is where the first of them stands in the source."""

    text: str
    mark: Mark
    span: Span | None = field(default=None, compare=False)

    def at(self, offset: int) -> Span | None:
        """Where the character ``offset`` places into the run stands (same line)."""
        if self.span is None:
            return None
        before = self.text[:offset]
        return Span(self.span.source, self.span.line, self.span.column + len(before))


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph of the document as printed: its runs in reading order."""

    runs: tuple[Run, ...]
    span: Span | None = field(default=None, compare=False)

    def view(self, hide: Mark) -> str:
        """The paragraph's text with the runs marked ``hide`` left out."""
        return "".join(run.text for run in self.runs if run.mark is not hide)


@dataclass(frozen=True, slots=True)
class MarkedDocument:
    """A whole marked-up document: its paragraphs and the file it came from."""

    blocks: tuple[Block, ...]
    source: str

    def has_marks(self) -> bool:
        """Whether any words are struck through or added (by formatting or tracking)."""
        return any(run.mark is not Mark.KEPT and run.text.strip()
                   for block in self.blocks for run in block.runs)

    def text(self, hide: Mark) -> str:
        """The document as plain text, runs marked ``hide`` left out, a blank line between
        paragraphs (``Mark.INSERTED`` gives the text before the marks, ``DELETED`` after)."""
        paragraphs = (block.view(hide).strip() for block in self.blocks)
        return "\n\n".join(p for p in paragraphs if p) + "\n"


def label_runs(before: str, after: str, span: Span | None) -> list[Run]:
    """The runs for a list label counted twice: kept if both readings give the same label,
    else the old one deleted and the new one added."""
    if before == after:
        return [Run(f"{before} ", Mark.KEPT, span)] if before else []
    runs = [Run(f"{before} ", Mark.DELETED, span)] if before else []
    return runs + ([Run(f"{after} ", Mark.INSERTED, span)] if after else [])
