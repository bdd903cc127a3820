"""Where a motion's words sit in its file, and the line numbers some motions print.

Conference-style motions print a number at the start of every line ("4  residents and the
loss of the service to"), and their amendments say "in line 4".  Read as words, the numbers
would spoil every match, so ``read_located`` takes them off (keeping every column where it
was), reads the motion, and gives each paragraph a ``LineSpan``: for each file line of the
paragraph, where it starts in the paragraph's words and the number printed before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from amend.errors import Span
from amend.motion.labels import read_label
from amend.motion.tree import Motion, Paragraph, parse_motion
from amend.text.collector import fewer_collections
from amend.text.source import normalise_line, physical_lines

_PRINTED = re.compile(r"^[ \t\u00a0\ufeff]*(\d{1,4})(?=[ \t\u00a0]|$)")
MIN_NUMBERED = 3  # fewer numbered lines than this are not a numbering


@dataclass(frozen=True, slots=True)
class LineStart:
    """One file line of a paragraph: its number in the file, the column its words start at,
    the offset in the paragraph's words where it starts, and the number printed before it."""

    line: int
    column: int
    offset: int
    printed: int | None = None


@dataclass(frozen=True, slots=True)
class LineSpan(Span):
    """A paragraph's span with where each of its lines starts in its words."""

    lines: tuple[LineStart, ...] = ()

    def locate(self, offset: int) -> Span:
        """The file line and column of an offset in the paragraph's words (as read)."""
        start = next((s for s in reversed(self.lines) if s.offset <= offset), None)
        if start is None:
            return Span(self.source, self.line, self.column)
        return Span(self.source, start.line, start.column + offset - start.offset)

    def printed_range(self, number: int) -> tuple[int, int] | None:
        """The offsets of the words on the line printed as ``number``, if it is here."""
        for i, start in enumerate(self.lines):
            if start.printed == number:
                end = self.lines[i + 1].offset if i + 1 < len(self.lines) else None
                return start.offset, end if end is not None else 1 << 30
        return None


def printed_numbers(text: str) -> tuple[str, dict[int, int]]:
    """The text with printed line numbers blanked out (columns kept), and the number printed
    on each file line; unchanged and empty unless, from the first numbered line on, every
    line with words is numbered, the numbers run on by one, and some numbered line follows
    another directly (paragraph numbers with blank lines between are not a numbering)."""
    lines = physical_lines(text)
    found = {i: m for i, line in enumerate(lines, start=1) if (m := _PRINTED.match(line))}
    values = [int(m.group(1)) for _, m in sorted(found.items())]
    first = min(found, default=0)
    unnumbered = [i for i, line in enumerate(lines, start=1)
                  if i > first and i not in found and line.strip()]
    adjacent = any(i + 1 in found for i in found)
    if len(values) < MIN_NUMBERED or unnumbered or not adjacent or any(
            b != a + 1 for a, b in zip(values, values[1:], strict=False)):
        return text, {}
    for i, match in found.items():
        lines[i - 1] = lines[i - 1][:match.start(1)] + " " * len(match.group(1)) + \
            lines[i - 1][match.end(1):]
    return "\n".join(lines), {i: int(m.group(1)) for i, m in found.items()}


def _starts(para: Paragraph, raw: list[str], stops: set[int],
            printed: dict[int, int]) -> tuple[LineStart, ...]:
    """Where each file line of ``para`` starts in its words, line by line until a blank line,
    the next paragraph, or the end of its words."""
    body, span = para.body, para.span
    starts, offset, number = [], 0, span.line
    while offset < len(body) and number <= len(raw):
        line = normalise_line(raw[number - 1])
        if not line or (number != span.line and number in stops):
            break
        first_line = number == span.line
        piece = read_label(line)[1].strip() if first_line and para.label else line
        after = span.column - 1 + len(para.label.text) if first_line and para.label else 0
        column = raw[number - 1].find(piece.split(" ", 1)[0], after) + 1
        starts.append(LineStart(number, max(column, 1), offset, printed.get(number)))
        offset += len(piece) + 1
        number += 1
    return tuple(starts)


def locate(motion: Motion, text: str, printed: dict[int, int] | None = None) -> Motion:
    """The motion with each paragraph's span a ``LineSpan`` for the file ``text``."""
    raw = physical_lines(text)
    stops = {p.span.line for _, p in motion.walk() if p.span is not None}

    def located(para: Paragraph) -> Paragraph:
        children = tuple(located(c) for c in para.children) if para.children else ()
        span = para.span
        if span is not None and 0 < span.line <= len(raw):
            lines = _starts(para, raw, stops, printed or {})
            span = LineSpan(span.source, span.line, span.column, lines)
        return Paragraph(para.label, para.text, para.ending, children, span)
    return replace(motion, paragraphs=tuple(located(p) for p in motion.paragraphs))


@fewer_collections
def read_located(text: str, source: str = "motion") -> Motion:
    """Read a motion, taking printed line numbers off first, with every paragraph located."""
    clean, printed = printed_numbers(text)
    return locate(parse_motion(clean, source=source), clean, printed)
