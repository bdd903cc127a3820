"""A redline: the motion as moved against the motion as amended, word by word.

Printed lines are aligned (a relettered line pairs with its old self by its words); changed
lines are compared word by word.  Each ``Segment`` is words of one ``SegmentKind`` (the
same, deleted or added); renderers style them (rich, plain markers, HTML, Word).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from amend.motion.tree import Motion
from amend.render.text import paragraph_line
from amend.text.align import Run, Tie, align, pair_by_words


class SegmentKind(Enum):
    """What a redline segment's words are: on both sides, only before, or only after."""

    SAME = "same"
    DELETED = "deleted"
    ADDED = "added"


@dataclass(frozen=True, slots=True)
class Segment:
    """Words of one kind in a redline line."""

    kind: SegmentKind
    text: str


@dataclass(frozen=True, slots=True)
class RedlineLine:
    """One line of the redline as styled segments."""

    segments: tuple[Segment, ...]

    def side(self, left_out: SegmentKind) -> str:
        """The line's words without the segments of one kind: ``ADDED`` left out gives the
        line as it was, ``DELETED`` left out the line as it is now."""
        return " ".join(s.text for s in self.segments if s.kind is not left_out)

    def kinds(self) -> frozenset[SegmentKind]:
        """The kinds of segment the line holds."""
        return frozenset(s.kind for s in self.segments)


def word_segments(before: str, after: str) -> tuple[Segment, ...]:
    """Two texts compared word by word, as styled segments."""
    a, b = before.split(" "), after.split(" ")
    out = []
    for run in align(a, b):
        if run.tie is Tie.SAME:
            out.append(Segment(SegmentKind.SAME, " ".join(a[run.a.start:run.a.stop])))
            continue
        if run.a:
            out.append(Segment(SegmentKind.DELETED, " ".join(a[run.a.start:run.a.stop])))
        if run.b:
            out.append(Segment(SegmentKind.ADDED, " ".join(b[run.b.start:run.b.stop])))
    return tuple(out)


def whole(kind: SegmentKind, text: str) -> RedlineLine:
    """A line that is all of one kind."""
    return RedlineLine((Segment(kind, text),))


def _printed(motion: Motion) -> tuple[list[str], list[tuple[int, str]]]:
    """The motion's printed lines (as ``render_text`` prints them, blank lines omitted), and
    for each what it is without its label: its depth and words."""
    lines = [line for line in motion.preamble.split("\n") if line]
    unlabelled = [(0, line) for line in lines]
    for path, para in motion.walk():
        printed = paragraph_line(para, len(path) - 1).split("\n")
        if len(printed) == 1:  # the usual case: one line, never blank
            lines.append(printed[0])
            unlabelled.append((len(path), para.body))
        else:
            printed = [line for line in printed if line]
            lines.extend(printed)
            unlabelled.extend((len(path), line) for line in printed)
    return lines, unlabelled


def _deleted(lines: list[str], indexes: range) -> list[RedlineLine]:
    return [whole(SegmentKind.DELETED, lines[i]) for i in indexes]


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
            out.append(whole(SegmentKind.ADDED, b[j]))
            continue
        out.extend(_deleted(a, range(i, k)))
        out.append(RedlineLine(word_segments(a[k], b[j])))
        i = k + 1
    out.extend(_deleted(a, range(i, run.a.stop)))
    return out


def redline(original: Motion, amended: Motion) -> tuple[RedlineLine, ...]:
    """The redline of two motions, one entry per printed line (blank lines omitted)."""
    (a, loose_a), (b, loose_b) = _printed(original), _printed(amended)
    out: list[RedlineLine] = []
    for run in align(a, b, loose=(loose_a.__getitem__, loose_b.__getitem__)):
        if run.tie is Tie.SAME:
            out.extend(whole(SegmentKind.SAME, a[i]) for i in run.a)
        elif run.tie is Tie.LOOSE:
            out.extend(RedlineLine(word_segments(a[i], b[j])) for i, j in run.pairs())
        else:
            out.extend(_pair(run, a, b))
    return tuple(out)


MARKS = {SegmentKind.SAME: "{}", SegmentKind.DELETED: "[-{}-]", SegmentKind.ADDED: "{{+{}+}}"}


def plain_line(line: RedlineLine) -> str:
    """One redline line with wdiff-style markers: ``[-deleted-]`` and ``{+added+}``."""
    return " ".join(MARKS[s.kind].format(s.text) for s in line.segments if s.text)


def render_redline_plain(lines: tuple[RedlineLine, ...]) -> str:
    """A plain redline, one marked-up line per printed line."""
    return "\n".join(plain_line(line) for line in lines) + "\n"
