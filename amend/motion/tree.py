"""The motion tree: a preamble and labelled (or unlabelled) paragraphs that may nest.

``parse_motion`` reads clerk text into the tree; each paragraph keeps its closing
punctuation (";", "; and", ".", ":-") apart from its words so that the engine can repair
list punctuation after paragraphs are added or removed.
"""

from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from amend.errors import ReadError, Span
from amend.motion.labels import BULLET, Label, cached_label, label_length
from amend.motion.located import LineSpan, SourceLines
from amend.motion.opening import opens_with_that
from amend.text.collector import consumed
from amend.text.paragraphs import Decision, Layout, read_paragraphs

_WORD = re.compile(r"\w")
_ENDING = re.compile(r"\s*(;\s*and(?:\s*,)?|;\s*or(?:\s*,)?|;|:-|:|\.)$", re.IGNORECASE)
INTRODUCING = (":", ":-")
SENTENCE_ENDS = (".", "?", "!", ";")  # a paragraph so ended is never a preamble
INDENT = 2  # columns further in that set a paragraph under the one before it


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph: its label (None if unlabelled), words, closing punctuation and sub-list."""

    label: Label | None
    text: str
    ending: str = ""
    children: tuple[Paragraph, ...] = ()
    span: Span | None = field(default=None, compare=False, repr=False)

    @property
    def body(self) -> str:
        """The words with their closing punctuation, as printed after the label."""
        return self.text + self.ending


@dataclass(frozen=True, slots=True)
class Motion:
    """A motion: an optional preamble ("That this Council:-") and its paragraphs."""

    preamble: str
    paragraphs: tuple[Paragraph, ...]
    layout: Layout = field(default=Layout.BLANK_SEPARATED, compare=False, repr=False)
    reading: tuple[Decision, ...] = field(default=(), compare=False, repr=False)

    @property
    def guesses(self) -> tuple[Decision, ...]:
        """How the text was grouped into paragraphs where that was a guess (warn about each)."""
        return tuple(d for d in self.reading if not d.certain)

    def walk(self) -> Iterator[tuple[tuple[int, ...], Paragraph]]:
        """Every paragraph in reading order with its path of 0-based indexes."""
        def visit(paras: tuple[Paragraph, ...], path: tuple[int, ...]):
            for i, para in enumerate(paras):
                yield path + (i,), para
                yield from visit(para.children, path + (i,))
        yield from visit(self.paragraphs, ())


def split_ending(body: str) -> tuple[str, str]:
    """Split closing list punctuation off a paragraph's words, e.g. "x; and" into "x", "; and"
    (London's "x; and," into "x", "; and,")."""
    match = _ENDING.search(body)
    if not match or match.start() == 0:
        return body, ""
    ending = match.group(1).lower()
    ending = "; " + "".join(ending[1:].split()) if ending.startswith(";") and len(ending) > 1 \
        else ending
    return body[:match.start()], sys.intern(ending)  # one string for each kind of ending


@dataclass(slots=True)
class _Draft:
    """A paragraph as read, until it is placed in the tree: the labels its first words may be
    (``(i)`` is roman one or the letter i), its words and closing punctuation, its span, and,
    once placed, the label taken and its sub-list."""

    labels: tuple[Label, ...]
    text: str
    ending: str
    span: Span
    label: Label | None = None
    children: _Level | None = None

    @property
    def body(self) -> str:
        return self.text + self.ending

    def freeze(self) -> Paragraph:
        kids = _frozen(self.children.items) if self.children else ()
        return Paragraph(self.label, self.text, self.ending, kids, self.span)


def _frozen(drafts: list[_Draft]) -> tuple[Paragraph, ...]:
    """The drafts as paragraphs, each let go as soon as it is frozen, so that a long motion
    never holds all its drafts and all its paragraphs at once (the list is emptied)."""
    return tuple([draft.freeze() for draft in consumed(drafts)])


@dataclass(slots=True)
class _Level:
    style: tuple[str, str] | None
    items: list[_Draft]
    last: int = 0

    def continues(self, label: Label) -> bool:
        return self.style == label.style and (label.kind == BULLET or label.index == self.last + 1)

    def add(self, label: Label | None, block: _Draft) -> None:
        block.label = label
        self.items.append(block)
        if label is not None:
            self.style, self.last = label.style, label.index


def blocks_of(text: str, source: str, layout: Layout | None = None,
              printed: Mapping[int, int] | None = None,
              ) -> tuple[list[_Draft], Layout, tuple[Decision, ...]]:
    """Group lines into paragraphs (see ``amend.text.paragraphs``) and read their labels,
    leaving out any with no words (a line of dashes); with ``printed`` (the numbers printed on
    the file's lines), each span is a ``LineSpan``."""
    reading = read_paragraphs(text, label_length, source, layout)
    file = None if printed is None else SourceLines(
        text, printed, array("i", [block.line for block in reading.blocks]))
    # each block is let go once drafted, so that a long motion is never held twice over
    blocks, layout, decisions = list(reading.blocks), reading.layout, reading.decisions
    del reading
    drafts = []
    for block in consumed(blocks):
        labels, rest = cached_label(block.text)
        span = Span(source, block.line, block.column) if file is None else LineSpan(
            source, block.line, block.column, file)
        draft = _Draft(labels, *split_ending(rest.strip()), span)
        if _WORD.search(draft.text) or _WORD.search(draft.ending):
            drafts.append(draft)
    return drafts, layout, decisions


def _start_label(labels: tuple[Label, ...]) -> Label:
    """The interpretation that best starts a new list: the lowest count (``(i)`` is roman one)."""
    return min(labels, key=lambda label: label.index)


def _place(stack: list[_Level], labels: tuple[Label, ...], block: _Draft) -> None:
    """Put a labelled block in the list it continues, or start a sub-list for it.

    In order: a sub-list opened by a paragraph ending ":-" or ":", or by a first count set in
    further than the paragraph before it (``(i)`` indented under ``(h)`` is roman one); the
    next count of a list already open (innermost first, so ``(i)`` after ``(h)`` is the letter
    i); a new sub-list for a first count; a second count after a paragraph taken otherwise
    that could be the first ("ii)" after "i)" read as the letter); a list of the same style
    with a gap; else a sub-list anyway.
    """
    top = stack[-1]
    parent = top.items[-1] if top.items else None
    starts = [lab for lab in labels if lab.index <= 1 and lab.style != top.style]
    if parent and starts and (parent.body.endswith(INTRODUCING)
                              or _set_in(block, parent)):
        _open(stack, parent, starts[0], block)
        return
    for depth in range(len(stack) - 1, -1, -1):
        for label in labels:
            if stack[depth].continues(label):
                del stack[depth + 1:]
                stack[depth].add(label, block)
                return
    if parent is None:
        top.add(_start_label(labels), block)
        return
    if starts:
        _open(stack, parent, starts[0], block)
        return
    if _second_of_a_sub_list(stack, labels, block):
        return
    for depth in range(len(stack) - 1, -1, -1):
        for label in labels:
            if stack[depth].style == label.style:
                del stack[depth + 1:]
                stack[depth].add(label, block)
                return
    _open(stack, parent, _start_label(labels), block)


def _set_in(block: _Draft, parent: _Draft) -> bool:
    """Whether a block is set in ``INDENT`` columns or more past the paragraph before it (a
    space's difference may be an accident of the page, and is not a sub-list)."""
    return block.span.column >= parent.span.column + INDENT


def _second_of_a_sub_list(stack: list[_Level], labels: tuple[Label, ...], block: _Draft) -> bool:
    """Read "ii)" after "h)" and "i)" as the second of a sub-list under "h)": the paragraph
    before, taken as the next of its list ("i)" as the letter), is read again as the first
    count the block's continues, and both go under the paragraph before that one."""
    top = stack[-1]
    if len(top.items) < 2 or top.items[-1].children or top.items[-2].children:
        return False
    previous, holder = top.items[-1], top.items[-2]
    for label in labels:
        firsts = [lab for lab in previous.labels if lab.style == label.style
                  and lab.index == 1 and label.index == 2 and lab != previous.label]
        if firsts:
            top.items.pop()
            top.last = next((item.label.index for item in reversed(top.items) if item.label), 0)
            _open(stack, holder, firsts[0], previous)
            stack[-1].add(label, block)
            return True
    return False


def _open(stack: list[_Level], parent: _Draft, label: Label, block: _Draft) -> None:
    level = _Level(None, [])
    level.add(label, block)
    parent.children = level
    stack.append(level)


def _is_preamble(blocks: list[_Draft]) -> bool:
    """Whether the first block is the motion's preamble (see ``reads_as_preamble``)."""
    return not blocks[0].labels and reads_as_preamble(
        blocks[0].body, alone=len(blocks) == 1, before_labels=len(blocks) > 1
        and bool(blocks[1].labels))


def reads_as_preamble(body: str, *, alone: bool, before_labels: bool) -> bool:
    """Whether unlabelled words at the head of a motion read as its preamble: an opening
    unfinished sentence ("That this Council:-", "RESOLVED: that") before a list; before
    unlabelled paragraphs, only the resolution's own opening ("That:", "That this Council:"),
    never a paragraph that introduces the ones after it ("Council notes:")."""
    if not _WORD.search(body):
        return False
    if alone or not before_labels:
        return body.endswith(INTRODUCING) and (alone or opens_with_that(body))
    return not body.endswith(SENTENCE_ENDS)


def parse_motion(text: str, source: str = "motion", layout: Layout | None = None,
                 printed: Mapping[int, int] | None = None) -> Motion:
    """Read a motion's text into a ``Motion`` tree; ``source`` names it in spans and errors;
    ``layout``, if given, is taken instead of detected (see ``amend.text.paragraphs``); with
    ``printed``, the text is a file whose paragraphs get ``LineSpan``s (``motion.located``)."""
    blocks, layout, decisions = blocks_of(text, source, layout, printed)
    if not blocks:
        raise ReadError(f"{source}: no paragraphs found", hint="expected the text of a motion")
    preamble = blocks.pop(0).body if _is_preamble(blocks) else ""
    if not blocks:
        raise ReadError(f"{source}: no paragraphs found after the preamble",
                        hint="expected labelled or unlabelled paragraphs")
    root = _Level(None, [])
    stack = [root]
    for block in blocks:
        if block.labels:
            _place(stack, block.labels, block)
        else:
            del stack[1:]
            root.items.append(block)
    del blocks, stack  # the drafts now live in the tree alone, and go as they freeze
    return Motion(preamble, _frozen(root.items), layout, decisions)
