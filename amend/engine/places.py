"""Naming places in the motion: "paragraph (c)", a paragraph's first or last words, and the
file line and column of an offset in a paragraph's words, or its printed line number, even
after its words were edited."""

from __future__ import annotations

import difflib

from amend.errors import Span
from amend.motion.located import LineSpan
from amend.motion.worktree import Node


def name(node: Node) -> str:
    """How a paragraph is named in messages: by its label, else by its position."""
    if node.is_root:
        return "the preamble"
    if node.label:
        return f"paragraph {node.label.text}"
    return f"paragraph {node.index() + 1}"


def first_words(text: str, count: int = 4) -> str:
    """The first ``count`` words of ``text``, with “…” after them if there are more, to name a
    paragraph by its opening (“it being noted that…”)."""
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def last_words(text: str, count: int = 4) -> str:
    """The last ``count`` words of ``text``, with “…” before them if there are more."""
    words = text.split()
    return ("…" if len(words) > count else "") + " ".join(words[-count:])


def offset_as_read(node: Node, offset: int) -> int:
    """Where an offset in a node's words now was in its words as read from the file."""
    if node.read_body is None or node.read_body == node.body:
        return offset
    matcher = difflib.SequenceMatcher(None, node.read_body, node.body, autojunk=False)
    for _, i1, i2, j1, j2 in matcher.get_opcodes():
        if j1 <= offset < j2 or (offset == j2 == len(node.body)):
            return i1 + min(offset - j1, i2 - i1)
    return len(node.read_body)


def position(node: Node, offset: int) -> Span | None:
    """The file line and column of an offset in a node's words, where the motion was read
    from a file (else the paragraph's own span, or None for the preamble)."""
    if isinstance(node.span, LineSpan):
        return node.span.locate(offset_as_read(node, offset))
    return node.span


def place(node: Node, offset: int) -> str:
    """A paragraph and, where known, the line and column: "paragraph (c) at motion.txt:7:12"."""
    where = position(node, offset)
    return f"{name(node)} at {where}" if where else name(node)


def has_printed_numbers(root: Node) -> bool:
    """Whether the motion was read from a file that prints line numbers."""
    return any(isinstance(n.span, LineSpan) and n.span.numbers_lines for n in root.walk())


def on_printed_line(node: Node, offset: int, number: int) -> bool:
    """Whether an offset in a node's words lies on the line printed as ``number``."""
    if not isinstance(node.span, LineSpan):
        return False
    found = node.span.printed_range(number)
    return found is not None and found[0] <= offset_as_read(node, offset) < found[1]
