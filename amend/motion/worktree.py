"""The engine's working copy of a motion: nodes that change in place while one amendment
applies, then freeze back into a ``Motion``.  Nothing outside the engine sees them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar

from amend.errors import Span
from amend.motion.labels import Label
from amend.motion.tree import Motion, Paragraph, split_ending


class ChangeKind(StrEnum):
    """What kind of change the engine made to the working tree (each is recorded)."""

    DELETE = "delete"  # a paragraph taken out
    ADD = "add"  # paragraphs put in
    WORDS = "words"  # words deleted, inserted or replaced
    TIDY = "tidy"  # spaces and punctuation an edit left, tidied
    TAIL = "tail"  # everything after some words deleted
    REPLACE = "replace"  # the whole motion replaced
    RELETTER = "reletter"  # a label put back in sequence, or relettered as promised
    PUNCTUATION = "punctuation"  # "; and" or the full stop moved


@dataclass(eq=False, slots=True)
class Node:
    """A paragraph being edited: label, words with closing punctuation, sub-list, parent."""

    label: Label | None
    # the words with closing punctuation once they are set; None while they are the words of
    # ``origin``, which ``body`` then gives (a long motion's text is not copied at the start,
    # only a paragraph's whose words are asked for, once: ``as_read``)
    edited: str | None
    # the sub-list; one shared empty tuple, for a paragraph read without one, until ``adopt``
    # makes it a list (``adopt`` and ``cut`` are the only changes made to it)
    children: list[Node] | tuple[Node, ...] = field(default_factory=list)
    parent: Node | None = None
    origin: Paragraph | None = None  # the paragraph it was read from, reused if unchanged
    read_from_motion: bool = False  # read from the motion (not new words an amendment brought)
    _places: dict[Node, int] | None = None  # where each child is, until the list changes
    _as_read: str | None = None  # ``origin``'s words, once asked for
    is_root: ClassVar[bool] = False  # (see ``Root``)

    @property
    def body(self) -> str:
        """The words with their closing punctuation."""
        edited = self.edited
        if edited is not None:
            return edited
        if self._as_read is None:
            self._as_read = self.origin.body
        return self._as_read

    @body.setter
    def body(self, words: str) -> None:
        self.edited = words

    @property
    def read_body(self) -> str | None:
        """The words as read from the motion's file, which ``span`` describes (None for new
        words)."""
        if not self.read_from_motion:
            return None
        return self.body if self.edited is None else self.origin.body

    @property
    def span(self) -> Span | None:
        """Where the paragraph it was read from stands in its file (None if not read)."""
        return self.origin.span if self.origin is not None else None

    @property
    def ending(self) -> str:
        """The closing punctuation: the paragraph's own while its words are as read."""
        if self.edited is None:
            return self.origin.ending
        return ending_of(self.edited)

    @property
    def words_end(self) -> int:
        """Where the words end in ``body``: before the closing punctuation."""
        return len(self.body) - len(self.ending)

    def set_ending(self, ending: str) -> None:
        self.body = split_words(self.body)[0] + ending

    def adopt(self, nodes: list[Node], at: int) -> None:
        for node in nodes:
            node.parent = self
        if not isinstance(self.children, list):  # a paragraph read without a sub-list
            self.children = list(self.children)
        self.children[at:at] = nodes
        self._places = None

    def walk(self) -> Iterator[Node]:
        """This node's descendants in reading order."""
        for child in self.children:
            yield child
            yield from child.walk()

    def index(self) -> int:
        """Where this node is in its list (0 for the root)."""
        parent = self.parent
        if parent is None:
            return 0
        if parent._places is None:
            parent._places = {child: i for i, child in enumerate(parent.children)}
        return parent._places[self]

    def remove(self) -> None:
        """Take this node out of its list; ``parent`` None marks it as deleted."""
        if self.parent is not None:
            self.parent.cut(self.index(), self.index() + 1)

    def cut(self, start: int, end: int) -> list[Node]:
        """Take children ``start`` to ``end`` out of this list at once (marked as deleted)."""
        gone = self.children[start:end]
        if not gone:
            return []
        del self.children[start:end]
        self._places = None
        for node in gone:
            node.parent = None
        return gone

    def reachable_from(self, root: Node) -> bool:
        """Whether this node is still in ``root``'s tree (no ancestor of it was deleted)."""
        return self is root or self.is_under(root)

    def is_under(self, ancestor: Node) -> bool:
        """Whether this node sits in ``ancestor``'s sub-list or further down."""
        node = self
        while node.parent is not None:
            node = node.parent
            if node is ancestor:
                return True
        return False


@dataclass(eq=False, slots=True)
class Root(Node):
    """The working tree's root: its words are the preamble, its children the paragraphs."""

    is_root: ClassVar[bool] = True


_TAIL = 24  # longer than any closing punctuation ("; and") with the space before it


def _tail_start(body: str) -> int:
    """Where the closing punctuation is looked for: in the last characters of a long
    paragraph (the same answer as in all of it, since an ending is short and an edited
    paragraph has no runs of spaces), unless spaces there might reach further back."""
    return 0 if len(body) <= _TAIL or body[-_TAIL].isspace() else len(body) - _TAIL


def split_words(body: str) -> tuple[str, str]:
    """``split_ending`` looking only at the end of a long paragraph, for speed."""
    at = _tail_start(body)
    text, ending = split_ending(body[at:])
    return (body[:at] + text, ending) if ending else (body, "")


def ending_of(body: str) -> str:
    """The closing punctuation ``split_words`` finds, without copying the words."""
    return split_ending(body[_tail_start(body):])[1]


_NONE: tuple[Node, ...] = ()  # every unadopted sub-list (see ``Node.children``)


def from_paragraphs(paragraphs: tuple[Paragraph, ...], parent: Node) -> list[Node]:
    """Working nodes for paragraphs (and their sub-lists), under ``parent``; a paragraph
    without a sub-list shares an empty tuple until one is adopted (a long motion's tens of
    thousands of empty lists would cost the cycle collector)."""
    nodes = []
    for para in paragraphs:
        node = Node(para.label, None, _NONE, parent, para, read_from_motion=True)
        if para.children:
            node.children = from_paragraphs(para.children, node)
        nodes.append(node)
    return nodes


def thaw(motion: Motion) -> Node:
    """A working root whose words are the preamble and whose children are the paragraphs."""
    root = Root(None, motion.preamble)
    root.children = from_paragraphs(motion.paragraphs, root)
    return root


def dismantle(*roots: Node) -> None:
    """Break the links from child to parent of a finished working tree (and of the paragraphs
    taken out of it), so that it is freed as soon as it is dropped rather than left to the
    cycle collector."""
    stack = list(roots)
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        node.parent = node._places = None


def _unchanged(node: Node, children: tuple[Paragraph, ...]) -> bool:
    """Whether a node is still the paragraph it was read from (its words the very string
    read, its label the very label, its sub-list the very paragraphs)."""
    origin = node.origin
    if not node.read_from_motion or node.edited is not None or node.label is not origin.label:
        return False
    return len(children) == len(origin.children) and all(
        a is b for a, b in zip(children, origin.children, strict=True))


def freeze(root: Node) -> Motion:
    """The working tree as a ``Motion`` again (the root's words are the preamble)."""
    def para(node: Node) -> Paragraph:
        children = tuple(para(c) for c in node.children) if node.children else ()
        if _unchanged(node, children):
            return node.origin
        text, ending = split_words(" ".join(node.body.split()))
        return Paragraph(node.label, text, ending, children, node.span)
    return Motion(root.body, tuple(para(c) for c in root.children))
