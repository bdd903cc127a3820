"""Resolving paragraph references ("paragraph (f)", "the second paragraph", "(d) to (f)")
to paragraphs of the working tree.  The engine resolves every reference of an amendment
before its first operation applies, so labels and positions mean the motion as moved."""

from __future__ import annotations

from functools import singledispatchmethod

from amend.engine.places import name
from amend.engine.search import reading_order
from amend.errors import AmbiguousTarget, TargetNotFound, WarningKind
from amend.instructions import operations as ops
from amend.motion.labels import BULLET, LabelKind, count_text, label_key
from amend.motion.worktree import Node
from amend.text.numbers import ordinal_word


def inventory(root: Node) -> str:
    """The paragraphs the motion has, for hints."""
    labels = [n.label.text for n in root.children if n.label]
    if labels:
        return f"the motion has paragraphs {labels[0]}–{labels[-1]}"
    return f"the motion has {len(root.children)} unlabelled paragraphs"


class Resolver:
    """Finds the paragraphs a reference names in the tree as it stands now."""

    def __init__(self, root: Node) -> None:
        self.root = root
        self._places: dict[tuple[LabelKind, int], list[Node]] | None = None
        self._counts: dict[str, list[tuple[LabelKind, int]]] | None = None  # by printed count
        self.readings: list[tuple[WarningKind, str]] = []  # how a reference was read, to warn

    def _by_place(self) -> dict[tuple[LabelKind, int], list[Node]]:
        """Every labelled paragraph (bullets aside) by its label's kind and index, in reading
        order; built once, in one walk that prints no label."""
        if self._places is None:
            places: dict[tuple[LabelKind, int], list[Node]] = {}

            def visit(nodes: list[Node]) -> None:
                for node in nodes:
                    label = node.label
                    if label is not None and label.kind != BULLET:
                        places.setdefault((label.kind, label.index), []).append(node)
                    if node.children:
                        visit(node.children)
            visit(self.root.children)
            self._places = places
        return self._places

    def _places_counted(self, key: str) -> list[tuple[LabelKind, int]]:
        """The kinds and indexes of label whose count prints as ``key``."""
        if self._counts is None:
            self._counts = {}
            for kind, index in self._by_place():
                self._counts.setdefault(count_text(kind, index).lower(), []).append(
                    (kind, index))
        return self._counts.get(key, [])

    def labels(self, key: str) -> list[Node]:
        """Every labelled paragraph whose count is ``key`` ("f", "iii", "12"), in reading
        order."""
        lists = [self._by_place()[place] for place in self._places_counted(key)]
        if len(lists) == 1:
            return lists[0]
        return reading_order([node for nodes in lists for node in nodes])

    def inventory(self) -> str:
        return inventory(self.root)

    @singledispatchmethod
    def paragraphs(self, ref) -> list[Node]:
        """The paragraphs ``ref`` names."""
        raise TypeError(f"not a paragraph reference: {ref!r}")

    @paragraphs.register
    def _(self, ref: ops.LabelRef) -> list[Node]:
        if ref.within is None:
            return [self.labelled(ref.count)]
        return [self.labelled_under(ref)]

    @paragraphs.register
    def _(self, ref: ops.OrdinalRef) -> list[Node]:
        top = self.root.children
        n = len(top) if ref.n == -1 else ref.n
        if not 0 < n <= len(top):
            raise TargetNotFound(f"the motion has no {ordinal_word(ref.n)} paragraph",
                                 hint=self.inventory())
        return [top[n - 1]]

    @paragraphs.register
    def _(self, ref: ops.FirstRef) -> list[Node]:
        if ref.count > len(self.root.children):
            raise TargetNotFound(f"the motion has fewer than {ref.count} paragraphs",
                                 hint=self.inventory())
        return self.root.children[:ref.count]

    @paragraphs.register
    def _(self, ref: ops.OrdinalRangeRef) -> list[Node]:
        top = self.root.children
        if not 0 < ref.first <= ref.last <= len(top):
            raise TargetNotFound(f"the motion has no {ref.describe()}", hint=self.inventory())
        return top[ref.first - 1:ref.last]

    @paragraphs.register
    def _(self, ref: ops.RangeRef) -> list[Node]:
        first, last = self.labelled(ref.first), self.labelled(ref.last)
        if first.parent is not last.parent or last.index() < first.index():
            raise TargetNotFound(f"({ref.first}) to ({ref.last}) is not a run of paragraphs",
                                 hint=self.inventory())
        return first.parent.children[first.index():last.index() + 1]

    @paragraphs.register
    def _(self, ref: ops.LabelsRef) -> list[Node]:
        found = [self.labelled(count) for count in ref.counts]
        if len({id(node) for node in found}) < len(found):
            raise AmbiguousTarget(f"{ref.describe()} name one paragraph twice",
                                  hint=self.inventory())
        return reading_order(found)

    @paragraphs.register
    def _(self, ref: ops.SentenceRef) -> list[Node]:
        return self.paragraphs(ref.within) if ref.within else list(self.root.walk())

    def labelled(self, count: str) -> Node:
        """The paragraph labelled ``count``: the only one, or the only top-level one."""
        key = label_key(count)
        found = self.labels(key)
        top = [n for n in found if n.parent is self.root]
        if len(top) == 1 or len(found) == 1:
            if not top and key.isdigit():
                self._note_nested_number(int(key), found[0])
            return (top or found)[0]
        if key.isdigit() and not found and 0 < int(key) <= len(self.root.children):
            return self._by_position(int(key))
        if not found:
            raise TargetNotFound(f"the motion has no paragraph ({count})", hint=self.inventory())
        raise AmbiguousTarget(f"more than one paragraph is labelled ({count})",
                              hint="name the paragraph it sits under")

    def _by_position(self, number: int) -> Node:
        """The top-level paragraph at ``number`` (from 1), for "paragraph 2" where no paragraph
        is numbered 2; noted when the motion counts its paragraphs otherwise ("(b)")."""
        node = self.root.children[number - 1]
        if node.label is not None and node.label.kind != BULLET:
            self.readings.append((WarningKind.PARAGRAPH_NUMBER_READ, f"“paragraph {number}” "
                                  f"was read as the {ordinal_word(number)} paragraph, "
                                  f"{node.label.text}: the motion's paragraphs are not numbered"))
        return node

    def _note_nested_number(self, number: int, node: Node) -> None:
        """Note "paragraph 2" read as the one sub-paragraph numbered 2 where the motion's
        top level, not numbered so, has a second paragraph too."""
        if number <= len(self.root.children):
            self.readings.append((WarningKind.PARAGRAPH_NUMBER_READ, f"“paragraph {number}” "
                                  f"was read as {node.label.text} under {name(node.parent)}, "
                                  f"the only paragraph numbered {number}, not as the motion's "
                                  f"{ordinal_word(number)} paragraph"))

    def take_readings(self) -> tuple[tuple[WarningKind, str], ...]:
        """The readings noted since this was last asked, to warn of with their operation."""
        readings, self.readings = tuple(dict.fromkeys(self.readings)), []  # each once
        return readings

    def labelled_under(self, ref: ops.LabelRef) -> Node:
        """The paragraph labelled ``ref.count`` in the sub-lists of the one ``ref.within``
        names ("paragraph (2) (b)"): one of its own sub-paragraphs if it has one so labelled,
        else the only one further down."""
        [parent] = self.paragraphs(ref.within)
        key = label_key(ref.count)
        found = self.labels(key)
        if len(parent.children) < len(found):  # look through the shorter list
            places = set(self._places_counted(key))
            own = [c for c in parent.children
                   if c.label is not None and (c.label.kind, c.label.index) in places]
        else:
            own = [node for node in found if node.parent is parent]
        if len(own) == 1:
            return own[0]
        under = [node for node in found if node.is_under(parent)]
        if len(under) == 1:
            return under[0]
        if not under:
            raise TargetNotFound(f"{ref.within.describe()} has no paragraph ({ref.count}) "
                                 "under it", hint=self.inventory())
        raise AmbiguousTarget(f"more than one paragraph under {ref.within.describe()} is "
                              f"labelled ({ref.count})", hint="name the paragraph it sits under")

    def scope(self, ref: ops.Ref | None) -> list[Node] | None:
        """The paragraphs whose words a scope covers (with their sub-lists, except for a
        sentence); None for the whole motion, preamble included."""
        if ref is None:
            return None
        nodes = []
        for node in self.paragraphs(ref):
            nodes.append(node)
            if not isinstance(ref, ops.SentenceRef):
                nodes.extend(node.walk())
        return nodes
