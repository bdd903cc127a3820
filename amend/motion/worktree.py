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
            self.parent.children.remove(self)
            self.parent = None


def from_paragraphs(paragraphs: tuple[Paragraph, ...], parent: Node) -> list[Node]:
    nodes = []
    for para in paragraphs:
        node = Node(para.label, para.body, parent=parent, span=para.span)
        node.children = from_paragraphs(para.children, node)
        nodes.append(node)
    return nodes


def thaw(motion: Motion) -> Node:
    """A working root whose children are the motion's paragraphs."""
    root = Node(None, "")
    root.children = from_paragraphs(motion.paragraphs, root)
    return root


def freeze(root: Node, preamble: str) -> Motion:
    """The working tree as a ``Motion`` again."""
    def para(node: Node) -> Paragraph:
        text, ending = split_ending(" ".join(node.body.split()))
        return Paragraph(node.label, text, ending, tuple(para(c) for c in node.children),
                         node.span)
    return Motion(preamble, tuple(para(c) for c in root.children))
