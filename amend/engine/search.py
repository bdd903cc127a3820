"""An index of the motion's words, so that finding quoted words anywhere in a long motion
does not mean matching every paragraph.

The preamble and every paragraph's words, made plain (quote and dash glyphs folded, spaces
collapsed, capitals folded: the loosest tier of matching), are joined into one string; a
search for a quotation made plain the same way is one fast substring scan of it, and only the
paragraphs it lands in are matched properly.  Paragraphs whose words changed since, and new
ones, are checked one by one until there are enough of them to build the index again.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from amend.motion.worktree import Node
from amend.text.matching import FOLD, plain
from amend.text.source import piece_starts

_SPACES = re.compile(r"\s{2,}|[^\S ]")  # what ``plain`` makes one space

REBUILD_AFTER = 256  # changed paragraphs checked one by one before the index is rebuilt


def searchable(root: Node) -> list[Node]:
    """The preamble (the root) and every paragraph, in reading order."""
    return [root, *root.walk()]


def plain_folded(text: str) -> str:
    """Text at the loosest tier of matching: glyphs, spaces and capitals folded."""
    return plain(text).casefold()


def reading_order(nodes: list[Node]) -> list[Node]:
    """Nodes sorted in reading order by their paths of indexes (each list indexed once)."""
    places: dict[Node, dict[Node, int]] = {}

    def path(node: Node) -> tuple[int, ...]:
        steps = []
        while node.parent is not None:
            parent = node.parent
            if parent not in places:
                places[parent] = {child: i for i, child in enumerate(parent.children)}
            steps.append(places[parent][node])
            node = parent
        return tuple(reversed(steps))
    return sorted(nodes, key=path)


class Haystack:
    """Which paragraphs hold each word, and each paragraph's place in reading order."""

    def __init__(self, root: Node) -> None:
        self.root = root
        self.build()

    def build(self) -> None:
        self.nodes = searchable(self.root)
        self.text = _SPACES.sub(" ", "\0".join(n.body for n in self.nodes).translate(FOLD))
        self.text = self.text.casefold()  # as ``plain_folded``, each paragraph unstripped
        self.starts = piece_starts(self.text, "\0")  # (folding may change a paragraph's length)
        self.dirty: dict[Node, None] = {}

    def changed(self, node: Node) -> None:
        """A node's words changed, or it is new (its sub-list with it)."""
        self.dirty[node] = None
        for child in node.walk():
            self.dirty[child] = None
        if len(self.dirty) > REBUILD_AFTER:
            self.build()

    def candidates(self, needle: str) -> list[Node]:
        """Paragraphs still in the motion that may hold ``needle``, in reading order."""
        key = plain_folded(needle)
        if not key:
            return searchable(self.root)
        found, text = [], self.text
        whole_start, whole_end = key[0].isalnum(), key[-1].isalnum()
        at = text.find(key)
        while at >= 0:
            end = at + len(key)
            if (whole_start and at and text[at - 1].isalnum()) or \
                    (whole_end and end < len(text) and text[end].isalnum()):
                at = text.find(key, at + 1)  # inside a longer word: not this one
                continue
            index = bisect_right(self.starts, at) - 1
            if self.nodes[index] not in self.dirty:
                found.append(self.nodes[index])
            if index + 1 == len(self.starts):
                break
            at = text.find(key, self.starts[index + 1])
        changed = [n for n in self.dirty if key in plain_folded(n.body)]
        alive = [n for n in dict.fromkeys(found + changed) if n.reachable_from(self.root)]
        # the index is scanned in reading order, each paragraph once: only changed paragraphs
        # (which may have moved, or be new) mean sorting
        return reading_order(alive) if changed else alive
