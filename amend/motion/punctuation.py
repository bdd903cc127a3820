"""After paragraphs are added or removed: relettering and list punctuation repair.

Only lists that an amendment changed are touched, and of a list only its items (its labelled
paragraphs, where it has any).  A list is repaired only if it followed a convention before
("…;" items, "…; and" last but one, "." or ";" last; or "…;" items and "." last, with no
"and"), and then it follows it again; every relabel and every moved "and" or full stop is
reported.
"""

from __future__ import annotations

from collections.abc import Callable

from amend.errors import ListOverflow
from amend.motion.labels import BULLET, count_text, max_index
from amend.motion.tree import INTRODUCING
from amend.motion.worktree import ChangeKind, Node

CONNECTORS = ("; and", "; or", "; and,", "; or,")  # "; and," is London's


def items(level: Node) -> list[Node]:
    """The items of a list: its labelled paragraphs, not a paragraph of no label among or
    after them (London's “it being noted that …” after a) and b)); all its paragraphs if none
    is labelled."""
    return [c for c in level.children if c.label] or level.children


def introduces(paragraph: Node) -> bool:
    """Whether a paragraph ends by opening its sub-list ("… including:" and i) to iv))."""
    return bool(paragraph.children) and paragraph.ending in INTRODUCING


def closer(paragraph: Node) -> Node:
    """The paragraph whose ending closes this one: itself, or, where it opens a sub-list, the
    closer of that sub-list's last paragraph (iii) for “b) … including:” and i) to iii))."""
    return closer(paragraph.children[-1]) if introduces(paragraph) else paragraph


def closing(paragraph: Node) -> str:
    """How a paragraph closes: its ending, or, where it opens a sub-list, how that closes."""
    return closer(paragraph).ending


def snapshot(level: Node) -> tuple[tuple[str, ...], tuple | None]:
    """What a list looked like before: its items' endings (the last one's as it closes) and
    its label style and start."""
    first = next((c.label for c in level.children if c.label and c.label.kind != BULLET), None)
    listed = items(level)
    return tuple(c.ending for c in listed[:-1]) + tuple(map(closing, listed[-1:])), first


def convention(endings: tuple[str, ...]) -> tuple[str, str] | None:
    """The convention a list's endings follow, as (ending of the last but one, ending of the
    last): "…;" items with "; and" (or "; or") before the last (or before the sub-list of the
    last but one, where it opens one), or "…;" items and no connector with a full stop at the
    end; None when they follow neither (an "and" is never put where the list had none)."""
    if len(endings) < 2 or endings[-1] not in (".", ";"):
        return None
    connector = next((e for e in endings if e in CONNECTORS), None)
    if connector and all(e in (";", *CONNECTORS, *INTRODUCING) for e in endings[:-2]) and \
            endings[-2] in (*CONNECTORS, *INTRODUCING):
        return connector, endings[-1]
    if endings[-1] == "." and all(e in (";", *INTRODUCING) for e in endings[:-1]):
        return ";", "."
    return None


def reletter(level: Node, first, report: Callable[..., None]) -> None:
    """Put a changed list's labels back in sequence in the list's own style; where the motion
    counts from the start again after a paragraph of no label ("1., 2.", "Council resolves
    to:", "1., 2., 3."), so does the list."""
    if first is None:
        return
    index = first.index
    after_words = False  # the child before is a paragraph of no label
    for child in level.children:
        if child.label is None or child.label.kind == BULLET:
            after_words = child.label is None
            continue
        if after_words and child.read_from_motion and child.label.index == first.index:
            index = first.index
        after_words = False
        if index > max_index(first.kind):
            raise_overflow(first.kind)
        wanted = first.with_index(index)
        if child.label != wanted:
            report(ChangeKind.RELETTER, f"{child.label.text} becomes {wanted.text}",
                   label_before=child.label.text, label_after=wanted.text)
            child.label = wanted
        index += 1


def raise_overflow(kind: str) -> None:
    raise ListOverflow(f"the list would run past ({count_text(kind, max_index(kind))})",
                     hint="letters stop at z; split the list or number it")


def repunctuate(level: Node, before: tuple[str, ...],
                report: Callable[..., None]) -> None:
    """Move "; and" and the full stop so a changed list follows the convention it had (an
    "and" stays where it is if the last but one opens a sub-list and cannot take it).  An item
    that opens a sub-list closes through that sub-list's last paragraph: it takes the list's
    last ending where the item now ends the list, and gives up a full stop where it no longer
    does."""
    followed = convention(before)
    listed = items(level)
    if followed is None or not listed:
        return
    connector, last = followed
    count = len(listed)
    slot = count >= 2 and not introduces(listed[-2])  # the last but one can take the "and"
    for i, child in enumerate(listed):
        if introduces(child):
            end = closer(child)
            if i == count - 1 and end.ending in (";", ".", *CONNECTORS):
                _set_ending(end, last, i, report)
            elif i < count - 1 and end.ending == ".":
                _set_ending(end, ";", i, report)
            continue
        if child.ending in CONNECTORS and not slot and i < count - 1:
            continue
        _set_ending(child, last if i == count - 1 else connector if i == count - 2 else ";", i,
                    report)


def _set_ending(paragraph: Node, wanted: str, position: int,
                report: Callable[..., None]) -> None:
    """Give a paragraph the ending its place in the list wants, and report it if that is a
    change (a paragraph of no label is named by its place, counted from 1)."""
    if paragraph.ending == wanted:
        return
    tag = paragraph.label.text if paragraph.label else None
    name = tag or f"paragraph {position + 1}"
    report(ChangeKind.PUNCTUATION, f"{name}: “{paragraph.ending or '∅'}” becomes “{wanted}”",
           old=paragraph.ending, new=wanted, label_before=tag, label_after=tag)
    paragraph.set_ending(wanted)
