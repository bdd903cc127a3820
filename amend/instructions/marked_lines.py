"""A marked-up document's paragraphs as lines of marked characters, ready to compare.

Each line holds one paragraph of the motion (a line break inside a document paragraph starts
a new line when a label follows it, as in the motion's own text).  Whitespace is one space;
the label (in either reading) is set apart from the words, so a paragraph relettered in the
document is not a change of words: the engine reletters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from amend.errors import Span
from amend.motion.labels import read_label
from amend.text.marks import Block, Mark, Run
from amend.text.matching import fold

_WORD = re.compile(r"\w")
_TOKEN = re.compile(r"\w+|[^\w\s]")


def has_words(text: str) -> bool:
    return bool(_WORD.search(text))


def collapse(text: str) -> str:
    """Runs of whitespace as one space, and none at either end."""
    return " ".join(text.split())


def tokens(text: str) -> list[str]:
    """Words and single punctuation marks: what must agree between motion and document."""
    return _TOKEN.findall(fold(text)[0])


def token_starts(text: str) -> list[int]:
    """Where each token of ``tokens(text)`` starts in ``text`` (folding keeps positions)."""
    return [m.start() for m in _TOKEN.finditer(text)]


@dataclass(frozen=True, slots=True)
class MarkedLine:
    """One paragraph: its characters, each one's mark and place, and where its words start."""

    chars: str
    marks: tuple[Mark, ...]
    places: tuple[tuple[Run, int] | None, ...]  # the run and offset each character came from
    body_start: int
    span: Span | None

    def view(self, hide: Mark, start: int = 0, end: int | None = None) -> str:
        """The characters from ``start`` to ``end`` with those marked ``hide`` left out."""
        end = len(self.chars) if end is None else end
        return "".join(c for c, m in zip(self.chars[start:end], self.marks[start:end],
                                         strict=True) if m is not hide)

    @property
    def old(self) -> str:
        """The paragraph as the motion has it (the marks' deletions kept, additions not)."""
        return self.view(Mark.INSERTED)

    @property
    def new(self) -> str:
        """The paragraph as amended."""
        return self.view(Mark.DELETED)

    @property
    def old_body(self) -> str:
        return self.view(Mark.INSERTED, self.body_start)

    @property
    def new_body(self) -> str:
        return self.view(Mark.DELETED, self.body_start)

    def place_in_old(self, offset: int) -> Span | None:
        """Where the character at ``offset`` of ``old`` stands in the source."""
        kept = [i for i, m in enumerate(self.marks) if m is not Mark.INSERTED]
        if not kept:
            return self.span
        place = self.places[kept[min(offset, len(kept) - 1)]]
        return (place[0].at(place[1]) if place else None) or self.span


def _chars(block: Block) -> tuple[str, list[Mark], list[tuple[Run, int]]]:
    """A block's characters with whitespace as single spaces (a break stays a newline)."""
    chars, marks, places = [], [], []
    for run in block.runs:
        for offset, char in enumerate(run.text):
            if char == "\n" or not char.isspace():
                chars.append(char)
            elif chars and chars[-1] in " \n":
                if marks[-1] is not Mark.KEPT and run.mark is Mark.KEPT:
                    marks[-1] = Mark.KEPT  # a space either reading keeps
                continue
            else:
                chars.append(" ")
            marks.append(run.mark)
            places.append((run, offset))
    return "".join(chars), marks, places


def _body_start(chars: str, marks: list[Mark]) -> int:
    """Where the words start: just after the label of either reading (if there is one)."""
    ends = []
    for hide in (Mark.INSERTED, Mark.DELETED):
        kept = [i for i, m in enumerate(marks) if m is not hide]
        view = "".join(chars[i] for i in kept)
        stripped = view.lstrip()
        labels, rest = read_label(stripped)
        if labels:
            label = stripped[:len(stripped) - len(rest)].rstrip()
            ends.append(kept[len(view) - len(stripped) + len(label) - 1] + 1)
    return max(ends, default=0)


def _starts_paragraph(chars: str, marks: list[Mark], at: int) -> bool:
    """Whether the text after a line break opens with a label, in either reading."""
    for hide in (Mark.INSERTED, Mark.DELETED):
        view = "".join(c for c, m in zip(chars[at:], marks[at:], strict=True) if m is not hide)
        if read_label(view.strip())[0]:
            return True
    return False


def _line(chars: str, marks: list[Mark], places: list, span: Span | None) -> MarkedLine:
    first = next((p[0].at(p[1]) for p in places if p[0].span is not None), span)
    return MarkedLine(chars, tuple(marks), tuple(places), _body_start(chars, marks), first)


def marked_lines(blocks: tuple[Block, ...]) -> list[MarkedLine]:
    """The document's paragraphs as lines: split at a blank line, or where a break is followed
    by a label; other breaks are spaces (a paragraph wrapped by hand)."""
    lines = []
    for block in blocks:
        chars, marks, places = _chars(block)
        start = 0
        for at in [i for i, c in enumerate(chars) if c == "\n"] + [len(chars)]:
            blank = chars[at + 1:at + 2] == "\n" or not chars[start:at].strip()
            if at < len(chars) and not blank and not _starts_paragraph(chars, marks, at + 1):
                continue
            piece = chars[start:at].replace("\n", " ")
            if piece.strip():
                lines.append(_line(piece, marks[start:at], places[start:at], block.span))
            start = at + 1
    return lines
