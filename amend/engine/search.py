"""An index of the motion's words, so that finding quoted words anywhere in a long motion
does not mean matching every paragraph.

The preamble and every paragraph's words, case-folded, are joined into one string once; a
search looks for the rarest of the quotation's longest words in it (fast substring scans) and
only the paragraphs it lands in are matched properly.  Paragraphs whose words changed since, and
new ones, are checked one by one until there are enough of them to build the index again.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from amend.motion.worktree import Node

_WORD = re.compile(r"\w+")
REBUILD_AFTER = 256  # changed paragraphs checked one by one before the index is rebuilt
KEY_WORDS = 4  # how many of a quotation's longest words are counted to pick the rarest


def searchable(root: Node) -> list[Node]:
    """The preamble (the root) and every paragraph, in reading order."""
    return [root, *root.walk()]


class Haystack:
    """Case-folded words of every paragraph, joined, with where each paragraph starts."""

    def __init__(self, root: Node) -> None:
        self.root = root
        self.build()

    def build(self) -> None:
        self.nodes = searchable(self.root)
        folded = [node.body.casefold() for node in self.nodes]
        self.starts, at = [], 0
        for text in folded:
            self.starts.append(at)
            at += len(text) + 1
        self.text = "\0".join(folded)
        self.dirty: dict[Node, None] = {}

    def changed(self, node: Node) -> None:
        """A node's words changed, or it is new (its sub-list with it)."""
        self.dirty[node] = None
        for child in node.walk():
            self.dirty[child] = None
        if len(self.dirty) > REBUILD_AFTER:
            self.build()

    def candidates(self, needle: str) -> list[Node]:
        """Paragraphs still in the motion that may hold ``needle``, in no particular order."""
        words = sorted({w.casefold() for w in _WORD.findall(needle)}, key=len, reverse=True)
        if not words:
            return searchable(self.root)
        key = min(words[:KEY_WORDS], key=self.text.count)  # the rarest of the longest words
        found: dict[Node, None] = {}
        at = self.text.find(key)
        while at >= 0:
            index = bisect_right(self.starts, at) - 1
            node = self.nodes[index]
            if node not in self.dirty:
                found[node] = None
            if index + 1 == len(self.starts):
                break
            at = self.text.find(key, self.starts[index + 1])
        found.update((n, None) for n in self.dirty if key in n.body.casefold())
        return [n for n in found if n.reachable_from(self.root)]
