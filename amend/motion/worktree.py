"""The engine's working copy of a motion: nodes that change in place while one amendment
applies, then freeze back into a ``Motion``.  Nothing outside the engine sees them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from amend.errors import Span
from amend.motion.labels import Label
from amend.motion.tree import Motion, Paragraph, split_ending


@dataclass(eq=False)
class Node:
    """A paragraph being edited: label, words with closing punctuation, sub-list, parent."""

    label: Label | None
    body: str
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    span: Span | None = None
    read_body: str | None = None  # the words as read from the file, which ``span`` describes
    is_root: bool = False  # the root: its words are the preamble, its children the paragraphs

    @property
    def ending(self) -> str:
        return split_ending(self.body)[1]

    def set_ending(self, ending: str) -> None:
        self.body = split_ending(self.body)[0] + ending

    def adopt(self, nodes: list[Node], at: int) -> None:
        for node in nodes:
            node.parent = self
        self.children[at:at] = nodes

    def walk(self) -> Iterator[Node]:
        """This node's descendants in reading order."""
        for child in self.children:
            yield child
            yield from child.walk()

    def index(self) -> int:
        return self.parent.children.index(self) if self.parent else 0

    def remove(self) -> None:
        """Take this node out of its list; ``parent`` None marks it as deleted."""
        if self.parent is not None:
            self.parent.cut(self.index(), self.index() + 1)

    def cut(self, start: int, end: int) -> list[Node]:
        """Take children ``start`` to ``end`` out of this list at once (marked as deleted)."""
        gone = self.children[start:end]
        del self.children[start:end]
        for node in gone:
            node.parent = None
        return gone

    def reachable_from(self, root: Node) -> bool:
        """Whether this node is still in ``root``'s tree (no ancestor of it was deleted)."""
        node = self
        while node.parent is not None:
            node = node.parent
        return node is root


def from_paragraphs(paragraphs: tuple[Paragraph, ...], parent: Node) -> list[Node]:
    nodes = []
    for para in paragraphs:
        node = Node(para.label, para.body, parent=parent, span=para.span, read_body=para.body)
        node.children = from_paragraphs(para.children, node)
        nodes.append(node)
    return nodes


def thaw(motion: Motion) -> Node:
    """A working root whose words are the preamble and whose children are the paragraphs."""
    root = Node(None, motion.preamble, is_root=True)
    root.children = from_paragraphs(motion.paragraphs, root)
    return root


def freeze(root: Node) -> Motion:
    """The working tree as a ``Motion`` again (the root's words are the preamble)."""
    def para(node: Node) -> Paragraph:
        text, ending = split_ending(" ".join(node.body.split()))
        return Paragraph(node.label, text, ending, tuple(para(c) for c in node.children),
                         node.span)
    return Motion(root.body, tuple(para(c) for c in root.children))
