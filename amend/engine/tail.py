"""“Delete all after the words …” (or from them), and the words that replace the tail."""

from __future__ import annotations

from amend.engine.editing import added_words, adopt
from amend.engine.finding import Query, find
from amend.engine.newtext import new_nodes
from amend.engine.places import name
from amend.engine.references import inventory
from amend.engine.state import Run
from amend.errors import TargetNotFound, WarningKind
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


def _everything_after(node: Node) -> list[tuple[Node, int]]:
    """Each list holding paragraphs after ``node``, with where they start in it: the node's
    own sub-list, then the later paragraphs at every level up."""
    found = [(node, 0)] if node.children else []
    ancestor = node
    while ancestor.parent is not None:
        level = ancestor.parent
        later = ancestor.index() + 1
        if later < len(level.children):
            found.append((level, later))
        ancestor = level
    return found


def _last_paragraph(root: Node) -> Node:
    """The paragraph the motion ends with (its last, or the last of that one's sub-list)."""
    node = root
    while node.children:
        node = node.children[-1]
    return node


def _keep_closing(run: Run, node: Node, closing: str) -> None:
    """Where a paragraph cut in its words now ends the motion with no closing mark (“… to
    fund”), give it the one the motion closed with, and record that."""
    body = node.body.rstrip()
    if node.is_root or closing not in (".", ";") or not body or \
            body.endswith((".", "!", "?", ";", ":", ",")) or _last_paragraph(run.root) is not node:
        return
    node.body = body + closing
    tag = node.label.text if node.label else None
    run.record(ChangeKind.PUNCTUATION, f"{name(node)}: the motion's closing “{closing}” kept",
               old="", new=closing, label_before=tag, label_after=tag)


def _warn_past_named(run: Run, op: ops.DeleteAfter, scope: tuple[Node, ...],
                     after: list[tuple[Node, int]]) -> None:
    """Warn when deleting to the end of the motion takes paragraphs outside the paragraphs
    the instruction names ("In paragraph (b), delete all after …" may mean the rest of (b))."""
    inside = {n for top in scope for n in (top, *top.walk())}
    outside = [n for level, start in after for n in level.children[start:] if n not in inside]
    if not outside:
        return
    named = " and ".join(name(n) for n in scope)
    gone = ", ".join(name(n) for n in outside[:3]) + (" and more" if len(outside) > 3 else "")
    run.warn(WarningKind.PAST_NAMED_PARAGRAPH,
             f"everything after {op.anchor} was deleted to the end of the motion, and with it "
             f"{gone}, past {named}, which the instruction names; if only the rest of {named} "
             f"was meant, {gone} should stay", op.anchor.span)


def delete_after(run: Run, op: ops.DeleteAfter, scope: tuple[Node, ...] | None) -> None:
    """Delete everything after (or from) the anchor, then add the replacement words: the
    first unlabelled paragraph of them continues a paragraph cut in the middle."""
    node, cut = locate_anchor(run, op, scope)
    closing = _last_paragraph(run.root).ending  # how the motion closed
    after = _everything_after(node)
    if scope:
        _warn_past_named(run, op, scope, after)
    for level, start in after:
        run.touch(level)
        run.removed.extend(level.cut(start, len(level.children)))
    run.before_edit(node)
    kept = node.body[:cut].rstrip()
    mid_paragraph = bool(node.body[cut:].strip())
    gone, tag = node.body[cut:].strip(), node.label.text if node.label else None
    node.body = kept
    run.book.changed(node)
    run.record(ChangeKind.TAIL, f"deleted everything after “…{kept[-40:]}”", old=gone,
               label_before=tag, label_after=tag)
    _, nodes = new_nodes(op.content, run.source) if op.content else (None, [])
    if mid_paragraph and nodes and nodes[0].label is None:
        first = nodes.pop(0)
        node.body = f"{node.body} {first.body}".strip()
        run.record(ChangeKind.WORDS, f"{name(node)}: inserted “{first.body}”", old="",
                   new=first.body, label_before=tag, label_after=tag)
    if not nodes:
        _keep_closing(run, node, closing)
        return
    top = node
    while top.parent is not run.root and top.parent is not None:
        top = top.parent
    adopt(run, run.root, nodes, top.index() + 1)
    run.record(ChangeKind.ADD, f"added {len(nodes)} replacement paragraph(s)",
               **added_words(nodes))
