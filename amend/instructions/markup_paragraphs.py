"""Whole paragraphs struck out or added in a marked-up document, as paragraph operations.

The document is read twice into motion trees: without its additions (the motion as moved)
and without its deletions (as amended).  A paragraph in the first only is deleted; one in the
second only is added, after the paragraph it follows in the amended text (or before the one
it precedes, or at the end of its parent's sub-list); added paragraphs standing where others
were deleted replace them.  What cannot be said this way raises ``Inexpressible``.
"""

from __future__ import annotations

from dataclasses import dataclass

from amend.instructions import operations as ops
from amend.instructions.marked_lines import MarkedLine, collapse
from amend.motion.labels import BULLET
from amend.motion.tree import Motion, Paragraph

Path = tuple[int, ...]


class Inexpressible(Exception):
    """The marks change the motion's shape in a way no paragraph operation says."""


@dataclass(frozen=True, slots=True)
class Layout:
    """One reading of the document as a motion tree, and which line each paragraph is."""

    tree: Motion
    line_of: dict[Path, int]
    path_of: dict[int, Path]
    preamble_line: int | None


@dataclass(frozen=True, slots=True)
class Unit:
    """Paragraph operations for one place in the document (``line``: where it starts)."""

    line: int
    operations: tuple[ops.Operation, ...]
    content: ops.Text | None = None


def paragraph_at(motion: Motion, path: Path) -> Paragraph:
    paragraphs = motion.paragraphs
    for index in path[:-1]:
        paragraphs = paragraphs[index].children
    return paragraphs[path[-1]]


def paragraph_ref(motion: Motion, path: Path) -> ops.Ref | None:
    """A reference the engine resolves to exactly this paragraph, or None: its label if that
    names it alone (a top-level label wins), else its place among the top-level paragraphs."""
    para = paragraph_at(motion, path)
    if para.label is not None and para.label.kind != BULLET:
        count = para.label.count.lower()
        found = [p for p, q in motion.walk()
                 if q.label and q.label.kind != BULLET and q.label.count.lower() == count]
        top = [p for p in found if len(p) == 1]
        chosen = top[0] if len(top) == 1 else found[0] if len(found) == 1 else None
        if chosen == path:
            return ops.LabelRef(count)
    return ops.OrdinalRef(path[0] + 1) if len(path) == 1 else None


def _ref(motion: Motion, path: Path) -> ops.Ref:
    ref = paragraph_ref(motion, path)
    if ref is None:
        raise Inexpressible(f"paragraph {path} has no label that names it alone")
    return ref


class _Shape:
    """The two readings side by side: which lines are kept, deleted or added."""

    def __init__(self, lines: list[MarkedLine], old: Layout, new: Layout, motion: Motion):
        self.lines, self.old, self.new, self.motion = lines, old, new, motion
        self.deleted = {i for i in old.path_of if i not in new.path_of}
        self.added = {i for i in new.path_of if i not in old.path_of}
        for i in old.path_of.keys() & new.path_of.keys():
            if old.line_of.get(old.path_of[i][:-1]) != new.line_of.get(new.path_of[i][:-1]):
                raise Inexpressible("a paragraph moves to another list")

    def top_deleted(self) -> list[Path]:
        """Deleted paragraphs whose parent stays (their sub-lists go with them)."""
        out = []
        for i in sorted(self.deleted):
            path = self.old.path_of[i]
            if self.old.line_of.get(path[:-1]) in self.deleted:
                continue
            below = [p for p in self.old.line_of if p[:len(path)] == path]
            if any(self.old.line_of[p] not in self.deleted for p in below):
                raise Inexpressible("a paragraph is deleted but not its sub-paragraphs")
            out.append(path)
        return out

    def siblings(self, path: Path, tree: Layout) -> list[Path]:
        return sorted(p for p in tree.line_of if len(p) == len(path) and p[:-1] == path[:-1])

    def groups(self) -> list[list[int]]:
        """Added paragraphs (with their own added sub-paragraphs), in runs of siblings."""
        runs: list[list[int]] = []
        for i in sorted(self.added):
            path = self.new.path_of[i]
            if self.new.line_of.get(path[:-1]) in self.added:
                continue
            before = self.new.line_of.get(path[:-1] + (path[-1] - 1,)) if path[-1] else None
            if before is not None and runs and before == runs[-1][-1]:
                runs[-1].append(i)
            else:
                runs.append([i])
        return runs

    def place(self, first: int) -> tuple[ops.Position, Path | None, list[Path]]:
        """Where a run of added paragraphs goes in the motion: (position, the paragraph it is
        placed by, the deleted paragraphs it stands in place of)."""
        path = self.new.path_of[first]
        gone = [self.old.path_of[i] for i in self.deleted]
        if path[-1] > 0:
            after = self.old.path_of[self.new.line_of[path[:-1] + (path[-1] - 1,)]]
            run = []
            index = after[-1] + 1
            while after[:-1] + (index,) in gone:
                run.append(after[:-1] + (index,))
                index += 1
            return ops.Position.AFTER, after, run
        later = [p for p in self.siblings(path, self.new)
                 if p[-1] > path[-1] and self.new.line_of[p] not in self.added]
        parent_line = self.new.line_of.get(path[:-1])
        parent = self.old.path_of[parent_line] if parent_line is not None else ()
        if later:
            before = self.old.path_of[self.new.line_of[later[0]]]
            run = [p for p in gone if p[:-1] == before[:-1] and p[-1] < before[-1]]
            return ops.Position.BEFORE, before, sorted(run)
        run = [p for p in gone if p[:-1] == parent and len(p) == len(parent) + 1]
        return ops.Position.END, parent or None, sorted(run)

    def content(self, run: list[int]) -> ops.Text:
        paths = [self.new.path_of[i] for i in run]
        chosen = [i for i in sorted(self.added)
                  if any(self.new.path_of[i][:len(p)] == p for p in paths)]
        text = "\n\n".join(collapse(self.lines[i].new) for i in chosen)
        return ops.Text(text, self.lines[run[0]].span)


def _deletions(motion: Motion, paths: list[Path]) -> list[tuple[list[Path], ops.Operation]]:
    """Deletions of sibling paragraphs, each with the paragraphs it takes: a range where
    both ends of a run have labels, else one by one."""
    out: list[tuple[list[Path], ops.Operation]] = []
    runs: list[list[Path]] = []
    for path in sorted(paths):
        if runs and runs[-1][-1][:-1] == path[:-1] and runs[-1][-1][-1] + 1 == path[-1]:
            runs[-1].append(path)
        else:
            runs.append([path])
    for run in runs:
        first, last = _ref(motion, run[0]), _ref(motion, run[-1])
        if len(run) > 1 and isinstance(first, ops.LabelRef) and isinstance(last, ops.LabelRef):
            out.append((run, ops.DeleteParagraphs(ops.RangeRef(first.count, last.count))))
        else:
            out.extend(([p], ops.DeleteParagraphs(_ref(motion, p))) for p in run)
    return out


def _addition(shape: _Shape, run: list[int]) -> tuple[ops.Operation, list[Path]]:
    """The operation adding a run of paragraphs, and the deleted ones it replaces."""
    content = shape.content(run)
    position, near, replaced = shape.place(run[0])
    removal = _deletions(shape.motion, replaced) if replaced else []
    if len(removal) == 1:
        return ops.DeleteParagraphs(removal[0][1].target, content), replaced
    ref = _ref(shape.motion, near) if near is not None else None
    return ops.AddParagraphs(content, position=position, near=ref), []


def paragraph_units(lines: list[MarkedLine], old: Layout, new: Layout,
                    motion: Motion) -> list[Unit]:
    """The paragraph operations the marks make, one unit per place, in document order."""
    shape = _Shape(lines, old, new, motion)
    deleted = shape.top_deleted()
    units, consumed = [], []
    for run in shape.groups():
        op, replaced = _addition(shape, run)
        consumed.extend(replaced)
        start = min([run[0]] + [old.line_of[p] for p in replaced])
        units.append(Unit(start, (op,), shape.content(run)))
    for paths, op in _deletions(motion, [p for p in deleted if p not in consumed]):
        units.append(Unit(old.line_of[paths[0]], (op,)))
    return sorted(units, key=lambda unit: unit.line)
