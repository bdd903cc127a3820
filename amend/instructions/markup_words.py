"""Struck and added words inside one paragraph, as word operations the engine can find.

Each stretch of marks becomes one operation, left to right: words struck out are deleted,
words added are inserted, both together are substituted.  The quoted words must name one
place only, as the engine will look for them (in the paragraph and its sub-paragraphs, the
text before them already amended); where they occur more than once, the words just before
(or after) them say which, and failing that the quotation takes in its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from amend.errors import AmbiguousTarget
from amend.instructions import operations as ops
from amend.instructions.marked_lines import MarkedLine, collapse, has_words, tokens
from amend.text.marks import Mark
from amend.text.matching import occurrences


@dataclass(frozen=True, slots=True)
class Hunk:
    """One stretch of marks: the text struck (``old``) and added (``new``), and around them
    the paragraph as amended so far (``before``) and as it still stands (``after``)."""

    before: str
    old: str
    new: str
    after: str
    start: int  # in the line's characters

    @property
    def current(self) -> str:
        """The paragraph's text when the engine comes to this hunk."""
        return collapse(self.before + self.old + self.after)


def _stretches(line: MarkedLine) -> list[list[int]]:
    """Where the marks are, each stretch widened to whole words (runs of kept spaces inside)."""
    chars, marks = line.chars, line.marks
    spans: list[list[int]] = []
    for i in range(line.body_start, len(chars)):
        if marks[i] is Mark.KEPT:
            continue
        if spans and not chars[spans[-1][1]:i].strip():
            spans[-1][1] = i + 1
        else:
            spans.append([i, i + 1])
    for span in spans:
        while span[0] > line.body_start and chars[span[0] - 1].isalnum() \
                and chars[span[0]].isalnum():
            span[0] -= 1
        while span[1] < len(chars) and chars[span[1] - 1].isalnum() and chars[span[1]].isalnum():
            span[1] += 1
    merged: list[list[int]] = []
    for span in spans:
        if merged and span[0] <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span[1])
        else:
            merged.append(span)
    return merged


def hunks(line: MarkedLine) -> list[Hunk]:
    """The marked stretches of a paragraph's words that change them."""
    out = []
    for start, end in _stretches(line):
        hunk = Hunk(line.view(Mark.DELETED, line.body_start, start),
                    line.view(Mark.INSERTED, start, end), line.view(Mark.DELETED, start, end),
                    line.view(Mark.INSERTED, end), start)
        if tokens(hunk.old) != tokens(hunk.new):
            out.append(hunk)
    return out


def count(bodies: list[str], words: str, anchor: str | None = None,
          side: ops.Position | None = None) -> int:
    """How many places the engine would find ``words`` (next to ``anchor``) in ``bodies``."""
    total = 0
    for body in bodies:
        spans, _ = occurrences(body, words)
        if anchor is not None:
            anchors, _ = occurrences(body, anchor)
            spans = [found for found in spans if side is not None and any(
                side.next_to(body, found, near) for near in anchors)]
        total += len(spans)
    return total


def _lefts(text: str) -> list[str]:
    """The text's last one, two, three… words as printed (with what follows them), shortest
    first; only those that hold a word."""
    starts = [i for i in range(len(text)) if text[i] != " " and (i == 0 or text[i - 1] == " ")]
    return [text[i:] for i in reversed(starts) if has_words(text[i:])]


def _rights(text: str) -> list[str]:
    """The text's first one, two, three… words as printed (with what precedes them)."""
    ends = [i + 1 for i in range(len(text))
            if text[i] != " " and (i + 1 == len(text) or text[i + 1] == " ")]
    return [text[:i] for i in ends if has_words(text[:i])]


def _placed(hunk: Hunk, scope: ops.Ref, bodies: list[str], own: bool) -> ops.Operation | None:
    """The operation for a hunk, with an anchor where the words alone are not enough."""
    old, new = collapse(hunk.old), collapse(hunk.new)

    def make(anchor: str | None = None, side: ops.Position | None = None) -> ops.Operation:
        near = ops.Text(collapse(anchor)) if anchor else None
        if not old:
            return ops.InsertWords(ops.Text(new), side, near, scope)
        if not new:
            return ops.DeleteWords(ops.Text(old), scope, near, side)
        return ops.SubstituteWords(ops.Text(old), ops.Text(new), scope, anchor=near, side=side)

    lefts, rights = _lefts(hunk.before.rstrip()), _rights(hunk.after.lstrip())
    if not old:
        if not hunk.before.strip() and own:
            return ops.InsertWords(ops.Text(new), ops.Position.START, None, scope)
        for side, anchors in ((ops.Position.AFTER, lefts), (ops.Position.BEFORE, rights)):
            for anchor in anchors:
                if count(bodies, collapse(anchor)) == 1:
                    return make(anchor, side)
        return None
    if count(bodies, old) == 1:
        return make()
    for side, anchors in ((ops.Position.AFTER, lefts), (ops.Position.BEFORE, rights)):
        for anchor in anchors:
            if count(bodies, old, collapse(anchor), side) == 1:
                return make(anchor, side)
    return None


def _widened(hunk: Hunk, scope: ops.Ref, bodies: list[str]) -> ops.Operation | None:
    """A substitution quoting the words around the hunk too, as few as make it one place."""
    trail = hunk.before[len(hunk.before.rstrip()):]
    lead = hunk.after[:len(hunk.after) - len(hunk.after.lstrip())]
    lefts = [""] + [x + trail for x in _lefts(hunk.before.rstrip())]
    rights = [""] + [lead + x for x in _rights(hunk.after.lstrip())]
    for size in range(1, len(lefts) + len(rights) - 1):
        for k in range(max(0, size - len(rights) + 1), min(size, len(lefts) - 1) + 1):
            old = collapse(lefts[k] + hunk.old + rights[size - k])
            if old and count(bodies, old) == 1:
                new = collapse(lefts[k] + hunk.new + rights[size - k])
                return ops.SubstituteWords(ops.Text(old), ops.Text(new), scope)
    return None


def word_operations(line: MarkedLine, scope: ops.Ref, own: bool,
                    scope_bodies: Callable[[str], list[str]], name: str) -> list[ops.Operation]:
    """The operations that make one paragraph's marks, in order; ``scope_bodies`` gives the
    texts the engine will search, given this paragraph's text as amended so far."""
    operations = []
    for hunk in hunks(line):
        bodies = scope_bodies(hunk.current)
        op = _placed(hunk, scope, bodies, own) or _widened(hunk, scope, bodies)
        if op is None:
            raise AmbiguousTarget(
                f"cannot say which “{collapse(hunk.old or hunk.before)}” in {name} the marks "
                "change: the same words stand in more than one place",
                span=line.place_in_old(len(line.view(Mark.INSERTED, 0, hunk.start))),
                hint="write this change as an instruction instead")
        operations.append(op)
    return operations
