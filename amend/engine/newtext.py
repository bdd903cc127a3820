"""New paragraphs an amendment brings: read from its text, styled like the list they join,
and cut down to those that carried."""

from __future__ import annotations

from amend.errors import CarriedSpecError
from amend.instructions import operations as ops
from amend.instructions.amendment import Part
from amend.motion.labels import BULLET, PAREN, Label, interpretations
from amend.motion.tree import parse_motion
from amend.motion.worktree import Node, from_paragraphs


def new_nodes(content: ops.Text, source: str) -> tuple[str, list[Node]]:
    """New text as working paragraphs, and any preamble it carries."""
    motion = parse_motion(content.text, source=source)
    holder = Node(None, "")
    nodes = from_paragraphs(motion.paragraphs, holder)
    for node in nodes:  # new words have no place in the motion's file
        for each in (node, *node.walk()):
            each.read_from_motion = False
    return motion.preamble, nodes


def list_model(level: Node) -> Label | None:
    """The first count label (not a bullet) of ``level``'s list: how that list is lettered."""
    return next((c.label for c in level.children if c.label and c.label.kind != BULLET), None)


def style_like(nodes: list[Node], model: Label | None) -> None:
    """Give new paragraphs the label style of the list they join, whose first count label is
    ``model`` (see ``list_model``; None: the list is not counted)."""
    for node in nodes:
        if model and node.label is not None and node.label.kind != BULLET:
            node.label = model.with_index(node.label.index)
        elif model and node.label is None:
            node.label = model


def counted_twice(level: Node) -> bool:
    """Whether ``level``'s list counts from the start again part-way (1, 2, then 1, 2, 3 after
    a paragraph of no label): a count there may name either of two places."""
    model = list_model(level)
    seen: set[int] = set()
    for child in level.children:
        if model is not None and child.label is not None and child.label.kind == model.kind:
            if child.label.index in seen:
                return True
            seen.add(child.label.index)
    return False


def named_index(count: str, level: Node) -> int | None:
    """The 1-based place in ``level``'s list of a new paragraph the instruction names
    ``(count)``, counted as that list counts (``i`` is the ninth letter in a lettered list, the
    first in a roman one); None if the list is not counted so (or not at all)."""
    model = list_model(level)
    same_kind = [label for label in interpretations(count, PAREN)
                 if model and label.kind == model.kind]
    return same_kind[0].index if same_kind else None


def continued_list(count: str, root: Node) -> Node | None:
    """The list a new paragraph the instruction names ``(count)`` joins where the top level
    is not counted so: the only list of the motion counted so ("a new resolution 3" joins the
    list of 1 and 2 under "Council resolves:"); None if there is not exactly one."""
    if named_index(count, root) is not None:
        return None
    counted = [level for level in root.walk()
               if level.children and named_index(count, level) is not None]
    return counted[0] if len(counted) == 1 else None


def ending_list(first: Label | None, root: Node) -> Node | None:
    """The list below the top level that the motion ends with, where new paragraphs added at
    its end are counted on from that list's last (“3.” after the “1.” and “2.” under “Council
    resolves to:”) and the top level is not counted so; None otherwise."""
    model = list_model(root)
    if first is None or first.kind == BULLET or (model is not None and model.kind == first.kind):
        return None
    level = root
    while level.children:
        level = level.children[-1]
    while (level := level.parent) is not None and level is not root:
        model = list_model(level)
        if model is not None and model.kind == first.kind and \
                first.index == len(level.children) + 1:
            return level
    return None


def select_carried(nodes: list[Node], labels: tuple[str, ...], part: Part | None) -> list[Node]:
    """The new paragraphs whose labels carried (all of them when no labels are given)."""
    if not labels:
        return nodes
    chosen = [n for n in nodes if n.label and n.label.count.lower() in labels]
    missing = set(labels) - {n.label.count.lower() for n in chosen}
    if missing:
        have = ", ".join(n.label.text for n in nodes if n.label)
        number = part.number if part else None
        raise CarriedSpecError(
            f"part {number} has no new paragraph ({sorted(missing)[0]})",
            hint=f"its new paragraphs are {have}" if have else "it adds no labelled paragraphs")
    return chosen
