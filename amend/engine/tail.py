"""“Delete all after the words …” (or from them), and the words that replace the tail."""

from __future__ import annotations

from amend.engine.editing import added_words, adopt
from amend.engine.finding import Query, find
from amend.engine.newtext import new_nodes
from amend.engine.places import name
from amend.engine.references import inventory
from amend.engine.state import Run
from amend.errors import TargetNotFound
from amend.instructions import operations as ops
from amend.motion.worktree import ChangeKind, Node
from amend.text.matching import find_words


def _prefix_end(body: str, passage: str) -> int | None:
    """Where ``passage`` ends if ``body`` starts with it (in any matching tier), else None."""
    hits = find_words(body, passage)
    return hits[0].end if hits and hits[0].start == 0 else None


def locate_anchor(run: Run, op: ops.DeleteAfter,
                  scope: tuple[Node, ...] | None) -> tuple[Node, int]:
    """The paragraph and offset where the anchor ends (or starts, if ``inclusive``); an anchor
    quoted over several paragraphs must run through consecutive ones."""
    pieces = op.anchor.passages()
    if len(pieces) <= 1:
        found = find(run, Query(op.anchor, scope))[0]
        return found.node, found.start if op.inclusive else found.end
    order = list(run.root.walk())
    position = {node: i for i, node in enumerate(order)}
    first = ops.Text(pieces[0], op.anchor.span)
    for found in find(run, Query(first, scope, each=True)):
        i = position[found.node]
        following = order[i + 1:i + len(pieces)]
        if found.end < len(found.node.body.rstrip()) or len(following) != len(pieces) - 1:
            continue
        ends = [_prefix_end(n.body, p) for n, p in zip(following, pieces[1:], strict=True)]
        if all(end is not None for end in ends):
            return following[-1], 0 if op.inclusive else ends[-1]
    raise TargetNotFound(f"the words {op.anchor} are not in the motion as one passage",
                         span=op.anchor.span, hint=inventory(run.root))


def _cut_everything_after(run: Run, node: Node) -> None:
    """Delete the node's sub-list and every later paragraph at every level up."""
    if node.children:
        run.touch(node)
        run.removed.extend(node.cut(0, len(node.children)))
    ancestor = node
    while ancestor.parent is not None:
        level = ancestor.parent
        later = ancestor.index() + 1
        if later < len(level.children):
            run.touch(level)
            run.removed.extend(level.cut(later, len(level.children)))
        ancestor = level


def delete_after(run: Run, op: ops.DeleteAfter, scope: tuple[Node, ...] | None) -> None:
    """Delete everything after (or from) the anchor, then add the replacement words: the
    first unlabelled paragraph of them continues a paragraph cut in the middle."""
    node, cut = locate_anchor(run, op, scope)
    _cut_everything_after(run, node)
    run.before_edit(node)
    kept = node.body[:cut].rstrip()
    mid_paragraph = bool(node.body[cut:].strip())
    gone, tag = node.body[cut:].strip(), node.label.text if node.label else None
    node.body = kept
    run.book.changed(node)
    run.record(ChangeKind.TAIL, f"deleted everything after “…{kept[-40:]}”", old=gone,
               label_before=tag, label_after=tag)
    if op.content is None:
        return
    _, nodes = new_nodes(op.content, run.source)
    if mid_paragraph and nodes and nodes[0].label is None:
        first = nodes.pop(0)
        node.body = f"{node.body} {first.body}".strip()
        run.record(ChangeKind.WORDS, f"{name(node)}: inserted “{first.body}”", old="",
                   new=first.body, label_before=tag, label_after=tag)
    if not nodes:
        return
    top = node
    while top.parent is not run.root and top.parent is not None:
        top = top.parent
    adopt(run, run.root, nodes, top.index() + 1)
    run.record(ChangeKind.ADD, f"added {len(nodes)} replacement paragraph(s)",
               **added_words(nodes))
