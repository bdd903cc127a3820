"""Changing the working tree: words within a paragraph (tidying the spaces and punctuation
an edit leaves), and whole paragraphs taken out or put in.  Every change is recorded."""

from __future__ import annotations

import re

from amend.engine.places import name
from amend.engine.seams import paragraph_faults, seam_faults
from amend.engine.state import Run
from amend.errors import EmptiedParagraph, NoEffect
from amend.motion.tree import split_ending
from amend.motion.worktree import ChangeKind, Node

_TIDY = ((re.compile(r"\s+([,;:.)])"), r"\1"), (re.compile(r"([,;:])(\s*[,;:])+"), r"\1"),
         (re.compile(r"\(\s+"), "("), (re.compile(r"^\s*[,;]\s*"), ""),
         (re.compile(r"\s{2,}"), " "))
_NO_WORDS = re.compile(r"^\W*(?:(?:and|or)\W*)?$", re.IGNORECASE)


def tidied(text: str) -> str:
    """Text with the stray spaces and doubled punctuation an edit leaves taken out."""
    for pattern, replacement in _TIDY:
        text = pattern.sub(replacement, text)
    return text.strip()


def has_no_words(body: str) -> bool:
    """Whether a paragraph's words are gone: nothing left but punctuation or "and"/"or"."""
    return bool(_NO_WORDS.match(split_ending(body)[0]))


Span = tuple[int, int, str]  # the words from ``start`` to ``end`` and what replaces them


def edit(run: Run, node: Node, start: int, end: int, new: str,
         kind: ChangeKind = ChangeKind.WORDS) -> None:
    """Replace ``node``'s words from ``start`` to ``end`` with ``new``, tidy, and record it.
    A paragraph left without words is removed (its list is repaired later)."""
    edit_all(run, node, [(start, end, new)], kind)


def edit_all(run: Run, node: Node, spans: list[Span],
             kind: ChangeKind = ChangeKind.WORDS) -> None:
    """``edit`` of several places in ``node``'s words at once (apart, in the order their
    changes are recorded), tidied once: a change made throughout a long paragraph costs
    one pass over it, not one a place."""
    old = node.body
    pieces, placed, at, length = [], [], 0, 0  # ``length``: of the pieces so far
    for start, end, new in sorted(spans):
        start = max(start, at)  # (places never overlap; a stop taken before one stays apart)
        pieces += [old[at:start], new]
        length += start - at
        placed.append((start, end, new, length))
        length += len(new)
        at = end
    raw = "".join(pieces) + old[at:]
    tidy = tidied(raw)
    if tidy == old:
        raise NoEffect(f"this changes nothing in {name(node)}")
    label = name(node)
    run.before_edit(node)
    node.body = tidy
    run.book.changed(node)
    tag = node.label.text if node.label else None
    for start, end, new in spans:
        gone, added = old[start:end].strip(), new.strip()
        what = f"“{gone}” becomes “{added}”" if gone and added else \
            f"deleted “{gone}”" if gone else f"inserted “{added}”"
        run.record(kind, f"{label}: {what}", old=gone, new=added, label_before=tag,
                   label_after=tag)
    if " ".join(raw.split()) != tidy:
        run.record(ChangeKind.TIDY, f"{label}: spaces and punctuation tidied")
    for start, end, new, at in placed:
        for fault, message in seam_faults(old, start, end, new, raw, at):
            run.warn_once(fault, f"{label}: {message}; check the amendment's words")
    preamble = node.is_root and bool(node.children) and not has_no_words(tidy)
    for fault, message in paragraph_faults(
            old, tidy, [new for _, _, new, _ in placed], unlabelled=node.label is None,
            before=(node.children[0].label is not None) if preamble else None):
        run.warn_once(fault, f"{label}: {message}")
    if has_no_words(tidy):
        remove_emptied(run, node, label)


def remove_emptied(run: Run, node: Node, label: str) -> None:
    """Take out a paragraph whose every word was deleted, rather than leave "(c) ." or a
    dangling "(b) and"; the preamble is left empty instead."""
    if node.is_root:
        node.body = ""
        return
    if node.children:
        raise EmptiedParagraph(
            f"deleting these words leaves {label} with no words of its own but a sub-list",
            hint="delete the whole paragraph, or leave some of its words")
    if node.parent is run.root and len(run.root.children) == 1:
        raise EmptiedParagraph("deleting these words leaves the motion with no paragraphs",
                               hint="a motion needs some words")
    delete_paragraph(run, node, f"{label}: every word was deleted, so the paragraph is removed")


def delete_paragraph(run: Run, node: Node, description: str | None = None) -> None:
    """Take a paragraph (and its sub-list) out of its list, and record it."""
    run.touch(node.parent)
    run.record(ChangeKind.DELETE, description or f"deleted {name(node)}", old=node.body,
               label_before=node.label.text if node.label else None)
    run.removed.append(node)
    node.remove()


def added_words(nodes: list[Node]) -> dict[str, str | None]:
    """What an "add" change records: the new paragraphs' words, one a line (sub-lists too),
    and the first one's label."""
    words = "\n".join(node.body for top in nodes for node in (top, *top.walk()))
    first = nodes[0].label.text if nodes and nodes[0].label else None
    return {"new": words, "label_after": first}


def adopt(run: Run, level: Node, nodes: list[Node], at: int) -> None:
    """Put new paragraphs into a list at ``at``."""
    run.touch(level)
    level.adopt(nodes, at)
    for node in nodes:
        run.book.changed(node)
        run.added.update((node, *node.walk()))
