"""A redline: the motion as moved against the motion as amended, word by word.

Printed lines are aligned (a relettered line pairs with its old self by its words); changed
lines are compared word by word.  Each ``Segment`` is words with one ``Mark`` (kept,
deleted or inserted, as in marked-up text); renderers style them (rich, plain markers, HTML, Word).
"""

from __future__ import annotations

from collections.abc import Callable
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


def _printed(motion: Motion) -> tuple[list[str], Callable[[int], tuple[int, str]]]:
    """The motion's printed lines (as ``render_text`` prints them, blank lines omitted), and
    what a line is without its label: its depth and words (worked out only for the lines the
    aligner asks about, so a long motion is not held twice over)."""
    lines = [line for line in motion.preamble.split("\n") if line]
    depths = [0] * len(lines)
    words: list[str | Paragraph] = list(lines)  # a paragraph printed on one line: its words
    for path, para in motion.walk():
        printed = paragraph_line(para, len(path) - 1).split("\n")
        if len(printed) == 1:  # the usual case: one line, never blank
            lines.append(printed[0])
            depths.append(len(path))
            words.append(para)
        else:
            printed = [line for line in printed if line]
            lines.extend(printed)
            depths.extend(len(path) for _ in printed)
            words.extend(printed)

    def unlabelled(index: int) -> tuple[int, str]:
        found = words[index]
        return depths[index], found.body if isinstance(found, Paragraph) else found
    return lines, unlabelled


def _deleted(lines: list[str], indexes: range) -> list[RedlineLine]:
    return [whole(Mark.DELETED, lines[i]) for i in indexes]


def _pair(run: Run, a: list[str], b: list[str]) -> list[RedlineLine]:
    """Lines replaced by others: each new line is set against the most alike old line still
    ahead (if alike enough) and compared word by word; the rest are deleted or added."""
    partner = {j: i for i, j in pair_by_words(run, lambda i: a[i].split(" "),
                                              lambda j: b[j].split(" "))}
    out: list[RedlineLine] = []
    i = run.a.start
    for j in run.b:
        k = partner.get(j)
        if k is None:
            out.append(whole(Mark.INSERTED, b[j]))
            continue
        out.extend(_deleted(a, range(i, k)))
        out.append(RedlineLine(word_segments(a[k], b[j])))
        i = k + 1
    out.extend(_deleted(a, range(i, run.a.stop)))
    return out


@fewer_collections
def redline(original: Motion, amended: Motion) -> tuple[RedlineLine, ...]:
    """The redline of two motions, one entry per printed line (blank lines omitted)."""
    (a, loose_a), (b, loose_b) = _printed(original), _printed(amended)
    out: list[RedlineLine] = []
    for run in align(a, b, loose=(loose_a, loose_b)):
        if run.tie is Tie.SAME:
            out.extend(whole(Mark.KEPT, a[i]) for i in run.a)
        elif run.tie is Tie.LOOSE:
            out.extend(RedlineLine(word_segments(a[i], b[j])) for i, j in run.pairs())
        else:
            out.extend(_pair(run, a, b))
    return tuple(out)


MARKS = {Mark.DELETED: "[-{}-]", Mark.INSERTED: "{{+{}+}}"}  # kept words are unmarked


def plain_line(line: RedlineLine) -> str:
    """One redline line with wdiff-style markers: ``[-deleted-]`` and ``{+added+}`` (a line
    kept whole is its own words, not a copy of them)."""
    return " ".join(s.text if s.mark is Mark.KEPT else MARKS[s.mark].format(s.text)
                    for s in line.segments if s.text)


def render_redline_plain(lines: tuple[RedlineLine, ...]) -> str:
    """A plain redline, one marked-up line per printed line."""
    return "\n".join([*map(plain_line, lines), ""])
