"""Tracked changes: the motion as moved with every word each amendment deleted or inserted,
credited to that amendment.  Built from the redline of each amendment's step (motion before
against motion after), so that keeping what was inserted gives the motion as amended and
keeping what was deleted gives the motion as moved.  Word revisions are drawn from it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from itertools import pairwise

from amend.motion.tree import Motion
from amend.render.redline import RedlineLine, redline, word_segments
from amend.render.text import INDENT, render_text
from amend.text.marks import Mark


@dataclass(frozen=True, slots=True)
class Word:
    """One word, with the step (1 for the first amendment) that inserted or deleted it."""

    text: str
    inserted: int | None = None
    deleted: int | None = None


@dataclass(frozen=True, slots=True)
class TrackedParagraph:
    """One printed paragraph (preamble, paragraph or sub-item) at its depth, word by word;
    ``inserted`` or ``deleted`` when the whole paragraph came or went at that step."""

    depth: int
    words: tuple[Word, ...]
    inserted: int | None = None
    deleted: int | None = None


class View(Enum):
    """The two texts tracked changes hold: all accepted, or all rejected."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"


def shown(word: Word | TrackedParagraph, view: View) -> bool:
    """Whether a word or paragraph is in the text of ``view``."""
    return (word.deleted if view is View.ACCEPTED else word.inserted) is None


def printed_lines(motion: Motion) -> list[str]:
    """The motion's printed lines (blank lines dropped), the units the redline aligns."""
    return [line for line in render_text(motion).split("\n") if line]


def _depth_and_words(line: str) -> tuple[int, str]:
    words = line.lstrip(" ")
    return (len(line) - len(words)) // len(INDENT), words


def _new(line: str, step: int | None) -> TrackedParagraph:
    depth, words = _depth_and_words(line)
    return TrackedParagraph(depth, tuple(Word(w, inserted=step) for w in words.split(" ")),
                            inserted=step)


def _sides(line: RedlineLine) -> list[tuple[str | None, str | None]]:
    """A redline line as (line before, line after); None where the line is only on one side.
    A line with nothing in common is a paragraph deleted and another inserted."""
    marks = line.marks()
    before, after = line.view(Mark.INSERTED), line.view(Mark.DELETED)
    if marks == {Mark.DELETED}:
        return [(before, None)]
    if marks == {Mark.INSERTED}:
        return [(None, after)]
    if Mark.KEPT not in marks or \
            _depth_and_words(before)[0] != _depth_and_words(after)[0]:
        return [(before, None), (None, after)]
    return [(before, after)]


def _delete(para: TrackedParagraph, step: int) -> TrackedParagraph | None:
    """A paragraph deleted at ``step``; words (or a paragraph) inserted earlier simply go."""
    if para.inserted is not None:
        return None
    words = tuple(w if w.deleted is not None else replace(w, deleted=step)
                  for w in para.words if w.deleted is not None or w.inserted is None)
    return replace(para, words=words, deleted=step)


def _edit(para: TrackedParagraph, before: str, after: str, step: int) -> TrackedParagraph:
    """A paragraph whose words changed at ``step``, following the step's word segments."""
    pending = list(para.words)
    out: list[Word] = []

    def take() -> Word:
        while pending[0].deleted is not None:
            out.append(pending.pop(0))
        return pending.pop(0)

    for segment in word_segments(before, after):
        for token in segment.text.split(" "):
            if segment.mark is Mark.INSERTED:
                out.append(Word(token, inserted=step))
            elif segment.mark is Mark.KEPT:
                out.append(take())
            else:
                word = take()
                if word.inserted is None:
                    out.append(replace(word, deleted=step))
    return replace(para, words=tuple(out + pending))


def _step(paragraphs: list[TrackedParagraph], lines: Sequence[RedlineLine],
          step: int) -> list[TrackedParagraph]:
    """Mark one amendment's redline onto the tracked paragraphs."""
    pending = list(paragraphs)
    out: list[TrackedParagraph | None] = []

    def take() -> TrackedParagraph:
        while pending[0].deleted is not None:
            out.append(pending.pop(0))
        return pending.pop(0)

    for line in lines:
        for before, after in _sides(line):
            if before is None:
                out.append(_new(after, step))
            elif after is None:
                out.append(_delete(take(), step))
            else:
                out.append(_edit(take(), _depth_and_words(before)[1],
                                 _depth_and_words(after)[1], step))
    return [p for p in out + pending if p is not None]


def track(original: Motion, stages: Sequence[Motion]) -> tuple[TrackedParagraph, ...]:
    """The motion as moved with each stage's changes marked: stage k (the motion after the
    k-th amendment) is credited with what changed since stage k - 1."""
    paragraphs = [_new(line, None) for line in printed_lines(original)]
    for step, (before, after) in enumerate(pairwise([original, *stages]), start=1):
        paragraphs = _step(paragraphs, redline(before, after), step)
    return tuple(paragraphs)


def view_text(paragraphs: Sequence[TrackedParagraph], view: View) -> str:
    """The clerk text of one view, as ``render_text`` prints it (for checks and tests)."""
    lines = [INDENT * p.depth + " ".join(w.text for w in p.words if shown(w, view))
             for p in paragraphs if shown(p, view)]
    return "\n\n".join(lines) + "\n"
