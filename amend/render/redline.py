"""A redline: the motion as moved against the motion as amended, word by word.

Printed lines are aligned (a relettered line pairs with its old self by its words); changed
lines are compared word by word.  Each ``Segment`` is words with one ``Mark`` (kept,
deleted or inserted, as in marked-up text); renderers style them (rich, plain markers, HTML, Word).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from amend.motion.tree import Motion, Paragraph
from amend.render.text import paragraph_line
from amend.text.align import Run, Tie, align, pair_by_words
from amend.text.collector import fewer_collections
from amend.text.marks import Mark


@dataclass(frozen=True, slots=True)
class Segment:
    """Words with one mark in a redline line: kept (on both sides), deleted or inserted."""

    mark: Mark
    text: str


@dataclass(frozen=True, slots=True)
class RedlineLine:
    """One line of the redline as styled segments."""

    segments: tuple[Segment, ...]

    def view(self, hide: Mark) -> str:
        """The line's words with the segments marked ``hide`` left out: ``INSERTED`` hidden
        gives the line as it was, ``DELETED`` hidden the line as it is now."""
        return " ".join(s.text for s in self.segments if s.mark is not hide)

    def marks(self) -> frozenset[Mark]:
        """The marks the line's segments bear."""
        return frozenset(s.mark for s in self.segments)


def word_segments(before: str, after: str) -> tuple[Segment, ...]:
    """Two texts compared word by word, as styled segments."""
    a, b = before.split(" "), after.split(" ")
    out = []
    for run in align(a, b):
        if run.tie is Tie.SAME:
            out.append(Segment(Mark.KEPT, " ".join(a[run.a.start:run.a.stop])))
            continue
        if run.a:
            out.append(Segment(Mark.DELETED, " ".join(a[run.a.start:run.a.stop])))
        if run.b:
            out.append(Segment(Mark.INSERTED, " ".join(b[run.b.start:run.b.stop])))
    return tuple(out)


def whole(mark: Mark, text: str) -> RedlineLine:
    """A line that bears one mark throughout."""
    return RedlineLine((Segment(mark, text),))


@dataclass(frozen=True, slots=True)
class PrintedLines:
    """A motion's printed lines (as ``render_text`` prints them, blank lines omitted), kept as
    what each is printed from, with a hash of its words as its key for the aligner.  A line's
    words are made again when asked for, so a long motion is not held twice over; two lines
    set side by side because their keys agree are compared by their words before they are
    called kept."""

    keys: array  # each line's hash
    sources: list[str | Paragraph]  # a paragraph printed on one line, else the line itself
    depths: array  # how deep each line's paragraph sits (0: the preamble)

    @classmethod
    def of(cls, motion: Motion) -> PrintedLines:
        """The printed lines of ``motion``."""
        keys, sources, depths = array("q"), [], array("l")

        def add(key: int, source: str | Paragraph, depth: int) -> None:
            keys.append(key)
            sources.append(source)
            depths.append(depth)
        for line in motion.preamble.split("\n"):
            if line:
                add(hash(line), line, 0)
        for path, para in motion.walk():
            if "\n" not in para.text:  # the usual case: printed on one line, never blank
                # what the line prints, its key without printing it
                add(hash((len(path), para.label, para.text, para.ending)), para, len(path))
                continue
            for line in paragraph_line(para, len(path) - 1).split("\n"):
                if line:
                    add(hash(line), line, len(path))
        return cls(keys, sources, depths)

    def text(self, index: int) -> str:
        """The line at ``index`` as printed."""
        source = self.sources[index]
        if isinstance(source, Paragraph):
            return paragraph_line(source, self.depths[index] - 1)
        return source

    def unlabelled(self, index: int) -> int:
        """A key for the line at ``index`` without its label (its depth and words): the
        aligner's looser key, which sets lines side by side to be compared word by word."""
        source = self.sources[index]
        if isinstance(source, Paragraph):
            return hash((self.depths[index], source.text, source.ending))
        return hash((self.depths[index], source))


def _kept(a: PrintedLines, i: int, b: PrintedLines, j: int) -> RedlineLine:
    """Two lines whose keys agree: kept if their words do too (as they must where both are
    the one paragraph at one depth), else compared word by word."""
    after = b.text(j)
    if a.sources[i] is b.sources[j] and a.depths[i] == b.depths[j]:
        return whole(Mark.KEPT, after)
    before = a.text(i)
    return whole(Mark.KEPT, after) if before == after else RedlineLine(
        word_segments(before, after))


def _pair(run: Run, a: PrintedLines, b: PrintedLines) -> Iterator[RedlineLine]:
    """Lines replaced by others: each new line is set against the most alike old line still
    ahead (if alike enough) and compared word by word; the rest are deleted or added."""
    partner = {j: i for i, j in pair_by_words(run, lambda i: a.text(i).split(" "),
                                              lambda j: b.text(j).split(" "))}
    i = run.a.start
    for j in run.b:
        k = partner.get(j)
        if k is None:
            yield whole(Mark.INSERTED, b.text(j))
            continue
        yield from (whole(Mark.DELETED, a.text(n)) for n in range(i, k))
        yield RedlineLine(word_segments(a.text(k), b.text(j)))
        i = k + 1
    yield from (whole(Mark.DELETED, a.text(n)) for n in range(i, run.a.stop))


def redline_lines(original: Motion, amended: Motion) -> Iterator[RedlineLine]:
    """The redline of two motions, one entry per printed line (blank lines omitted), each
    made as it is asked for."""
    a, b = PrintedLines.of(original), PrintedLines.of(amended)
    for run in align(a.keys, b.keys, loose=(a.unlabelled, b.unlabelled)):
        if run.tie is Tie.SAME:
            yield from (_kept(a, i, b, j) for i, j in zip(run.a, run.b, strict=True))
        elif run.tie is Tie.LOOSE:
            yield from (RedlineLine(word_segments(a.text(i), b.text(j)))
                        for i, j in run.pairs())
        else:
            yield from _pair(run, a, b)


@fewer_collections
def redline(original: Motion, amended: Motion) -> tuple[RedlineLine, ...]:
    """The redline of two motions, one entry per printed line (blank lines omitted)."""
    return tuple(redline_lines(original, amended))


MARKS = {Mark.DELETED: "[-{}-]", Mark.INSERTED: "{{+{}+}}"}  # kept words are unmarked


def plain_line(line: RedlineLine) -> str:
    """One redline line with wdiff-style markers: ``[-deleted-]`` and ``{+added+}`` (a line
    kept whole is its own words, not a copy of them)."""
    return " ".join(s.text if s.mark is Mark.KEPT else MARKS[s.mark].format(s.text)
                    for s in line.segments if s.text)


@fewer_collections
def render_redline_plain(lines: Iterable[RedlineLine]) -> str:
    """A plain redline, one marked-up line per printed line (``redline_lines`` gives them as
    they are written, so a long motion's redline is never held whole beside its text)."""
    return "\n".join([*map(plain_line, lines), ""])
