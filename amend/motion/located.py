"""Where a paragraph's words sit in the file it was read from, worked out only when asked.

Every paragraph read from a file has a ``LineSpan``: its first line and column, the width of
its label, and the ``SourceLines`` of the file, which all of a motion's spans share. Where
each of its lines starts in its words (and the number printed before it, in a motion that
numbers its lines) is found from the file when a message or an "in line 4" needs it, so a
long motion carries no per-line records.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from amend.errors import Span
from amend.motion.labels import label_length
from amend.text.source import normalise_line, physical_text, piece_starts


@dataclass(frozen=True, slots=True)
class LineStart:
    """One file line of a paragraph: its number in the file, the column its words start at,
    the offset in the paragraph's words where it starts, and the number printed before it."""

    line: int
    column: int
    offset: int
    printed: int | None = None


@dataclass(frozen=True, eq=False)
class SourceLines:
    """A motion's file as read (printed line numbers blanked out): the number printed on each
    line, if any, and the lines where paragraphs start (sorted)."""

    text: str
    printed: Mapping[int, int]
    paragraph_lines: array  # of int

    @cached_property
    def _text(self) -> str:
        """The text as its lines are numbered (``physical_text``)."""
        return physical_text(self.text)

    @cached_property
    def _starts(self) -> array:
        """The offset in ``_text`` where each line starts."""
        return piece_starts(self._text)

    def line(self, number: int) -> str | None:
        """The file's line ``number`` (1-based) as printed, or None past the end."""
        if not 0 < number <= len(self._starts):
            return None
        start = self._starts[number - 1]
        end = self._starts[number] - 1 if number < len(self._starts) else len(self._text)
        return self._text[start:end]

    def starts_paragraph(self, number: int) -> bool:
        at = bisect_left(self.paragraph_lines, number)
        return at < len(self.paragraph_lines) and self.paragraph_lines[at] == number


@dataclass(frozen=True, slots=True)
class LineSpan(Span):
    """A paragraph's span in the file it was read from: its first line and column (where its
    label is), and the file."""

    file: SourceLines | None = field(default=None, compare=False, repr=False)

    @property
    def lines(self) -> tuple[LineStart, ...]:
        """Where each file line of the paragraph starts in its words, line by line until a
        blank line or the next paragraph."""
        if self.file is None:
            return ()
        starts, offset, number = [], 0, self.line
        while (raw := self.file.line(number)) is not None:
            line = normalise_line(raw)
            if not line or (number != self.line and self.file.starts_paragraph(number)):
                break
            first_line = number == self.line
            label = label_length(line) if first_line else 0
            piece = line[label:].strip()
            after = self.column - 1 + label
            if piece:  # (a label alone on its line has its words on the next)
                column = raw.find(piece.split(" ", 1)[0], after) + 1
                starts.append(LineStart(number, max(column, 1), offset,
                                        self.file.printed.get(number)))
                offset += len(piece) + 1
            number += 1
        return tuple(starts)

    @property
    def numbers_lines(self) -> bool:
        """Whether the file prints a number before each line."""
        return self.file is not None and bool(self.file.printed)

    def locate(self, offset: int) -> Span:
        """The file line and column of an offset in the paragraph's words (as read)."""
        start = next((s for s in reversed(self.lines) if s.offset <= offset), None)
        if start is None:
            return Span(self.source, self.line, self.column)
        return Span(self.source, start.line, start.column + offset - start.offset)

    def printed_range(self, number: int) -> tuple[int, int] | None:
        """The offsets of the words on the line printed as ``number``, if it is here."""
        lines = self.lines
        for i, start in enumerate(lines):
            if start.printed == number:
                end = lines[i + 1].offset if i + 1 < len(lines) else None
                return start.offset, end if end is not None else 1 << 30
        return None
