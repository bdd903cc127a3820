"""After an amendment's operations: reletter and repunctuate every list it changed (each
repair credited to the part that first changed the list), and check the reletterings the
amendment promised and the labels its new paragraphs bore."""

from __future__ import annotations

from amend.engine.places import name
from amend.engine.state import Run
from amend.errors import AmendError, WarningKind
from amend.motion.labels import BULLET, LabelKind, reads_as
from amend.motion.punctuation import reletter, repunctuate
from amend.motion.worktree import ChangeKind, Node


def repair_lists(run: Run) -> None:
    """Labels back in sequence and "; and" and the full stop moved, in every changed list;
    a sub-list before the list it sits in, which settles how the sub-list closes."""
    for level, ((endings, first), part) in sorted(run.levels.items(),
                                                   key=lambda entry: -_depth(entry[0])):
        if not level.reachable_from(run.root):
            continue  # the list itself was deleted
        if first is not None and not any(child.label for child in level.children):
            continue  # its lettered items are all gone: the paragraphs left were no items
        run.part = part
        try:
            reletter(level, first, run.record)
        except AmendError as error:  # placed at the part that made the list too long
            error.span = error.span or (part.span if part else None)
            raise
        repunctuate(level, endings, run.record)


def _depth(node: Node) -> int:
    """How many lists a list sits in (0 for the motion's own)."""
    depth = 0
    while node.parent is not None:
        node, depth = node.parent, depth + 1
    return depth


def check_new_labels(run: Run) -> None:
    """“Add at the end: “(f) …”” where the list ends at (c): the new paragraph is lettered
    (d) where it stands; say so where that is not the label its words bore, or where it keeps
    a label of another kind than its list's (a bullet among letters, a roman one among
    bullets: printed, it may read as a sub-list of the paragraph before it)."""
    added = {node for node, _, _ in run.bore}
    kinds: dict[Node, set[LabelKind]] = {}  # of each list's paragraphs, the new ones left out
    for node, bore, part in run.bore:
        label, level = node.label, node.parent
        if level is None or label is None:
            continue
        run.part = part
        if level not in kinds:
            kinds[level] = {c.label.kind for c in level.children if c.label and c not in added}
        if kinds[level] and label.kind not in kinds[level]:
            run.warn_once(WarningKind.LABELS_UNMATCHED, f"the new paragraph {bore.text} joins "
                          "a list whose paragraphs are labelled otherwise: it keeps its label, "
                          "and printed may read as a sub-list of the paragraph before it")
        elif label.kind != BULLET and not reads_as(bore.count, label.kind, label.index):
            run.warn(WarningKind.NEW_LABEL_NOT_BORNE_OUT, f"the new paragraph {bore.text} is "
                     f"{label.text} where it was put: it was lettered as the list it joins "
                     "counts there")


def check_promises(run: Run) -> None:
    """“the relettering of original paragraph (g) as (h)”: say so if it did not come true."""
    for node, new, part in run.promised:
        run.part = part
        now = node.label.count if node.label else "no label"
        if node.parent is None or now.lower() != new:
            where = f"part {part.number}" if part and part.number is not None else "instruction"
            run.warn(WarningKind.RELETTER_NOT_BORNE_OUT,
                     f"amendment {run.number}, {where}: the paragraph to be relettered ({new}) "
                     f"is ({now}) after the amendment")
        else:
            run.record(ChangeKind.RELETTER, f"{name(node)} relettered as the amendment says")
