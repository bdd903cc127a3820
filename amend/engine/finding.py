"""Finding quoted words in the motion, and choosing among their occurrences.

Occurrences are counted at the loosest tier (glyphs, spacing and capitals ignored), in the
preamble and every paragraph in scope.  More than one: the qualifiers decide in turn (the
paragraph or sentence named, the words around, "in line N" where the motion prints line
numbers, "in each place"); if several are still left, the first in reading order is taken
and a warning names the others (with ``strict``, that is an ``AmbiguousTarget`` error).
"""

from __future__ import annotations

from dataclasses import dataclass

from amend.engine.places import has_printed_numbers, name, on_printed_line, place, position
from amend.engine.references import inventory
from amend.engine.state import Run
from amend.errors import AmbiguousTarget, OverlappingTarget, TargetNotFound, WarningKind
from amend.instructions import operations as ops
from amend.motion.worktree import Node
from amend.text.matching import Tier, closest_words, find_words
from amend.text.numbers import ordinal_word
from amend.text.sentences import read_sentences, sentence_spans


@dataclass(frozen=True, slots=True)
class Found:
    """One occurrence of quoted words: the paragraph, where in its words, and its tier."""

    node: Node
    start: int
    end: int
    tier: Tier


@dataclass(frozen=True, slots=True)
class Query:
    """What to look for and the qualifiers that narrow it."""

    words: ops.Text
    scope: tuple[Node, ...] | None = None
    sentence: ops.SentenceRef | None = None
    anchor: ops.Text | None = None
    side: ops.Position | None = None  # after or before the anchor, or at the start
    line: int | None = None
    each: bool = False


def sentence_of(run: Run, node: Node, ref: ops.SentenceRef) -> tuple[int, int]:
    """Where the sentence ``ref`` names (counted in the motion as moved) lies now in a
    paragraph's words: the same position if no earlier part changed how many sentences it
    has, else wherever that sentence's words are now."""
    moved_body = run.body_as_moved(node)
    (moved, doubts), now = read_sentences(moved_body), sentence_spans(node.body)
    n = len(moved) if ref.n == -1 else ref.n
    if not 0 < n <= len(moved):
        raise TargetNotFound(f"{name(node)} has no {ordinal_word(ref.n)} sentence",
                             hint=f"it has {len(moved)}")
    _warn_of_initials(run, node, moved_body, doubts,
                      moved[n - 1][1] if ref.n != -1 else len(moved_body))
    if len(moved) == len(now):
        return now[n - 1]
    start, end = moved[n - 1]
    at = node.body.find(moved_body[start:end])
    if at < 0:
        raise OverlappingTarget(f"the {ordinal_word(ref.n)} sentence of {name(node)} was "
                                "changed by an earlier part of this amendment",
                                hint="sentences are counted in the motion as moved")
    return at, at + end - start


def _warn_of_initials(run: Run, node: Node, body: str, doubts: list[int], end: int) -> None:
    """Warn where a sentence of ``body`` ending before ``end`` was counted taking a capital
    and full stop after a word (the stops ``doubts``: "from S. Campbell") for an initial: it
    may end a sentence instead ("Option B. The …")."""
    for stop in doubts:
        if stop < end:
            run.warn_once(WarningKind.INITIAL_READ,
                          f"the sentences of {name(node)} were counted taking "
                          f"“{body[stop - 1:stop + 1]}” for an initial, not the end of a sentence",
                          position(node, stop - 1) if body == node.body else None)


def _candidates(run: Run, query: Query) -> list[Node]:
    if query.scope is not None:  # less any an earlier part deleted
        return [node for node in query.scope if node.reachable_from(run.root)]
    return run.book.haystack.candidates(query.words.text)


def _next_to(body: str, found: tuple[int, int], anchors: list,
             side: ops.Position | None) -> bool:
    return side is not None and any(side.next_to(body, found, anchor) for anchor in anchors)


def _in_node(run: Run, node: Node, query: Query) -> list[Found]:
    hits = find_words(node.body, query.words.text)
    if hits and query.sentence is not None:
        low, high = sentence_of(run, node, query.sentence)
        hits = [h for h in hits if low <= h.start and h.end <= high]
    if hits and query.anchor is not None:
        anchors = [(a.start, a.end) for a in find_words(node.body, query.anchor.text)]
        hits = [h for h in hits if _next_to(node.body, (h.start, h.end), anchors, query.side)]
    if query.side is ops.Position.START:
        hits = [h for h in hits if not node.body[:h.start].strip()]
    return [Found(node, h.start, h.end, h.tier) for h in hits]


def _not_found(run: Run, query: Query, nodes: list[Node]) -> Exception:
    """The error for words not found: an overlap if this amendment removed them."""
    edited = [n for n in (query.scope or run.moved) if run.body_as_moved(n) != n.body]
    removed = [n for top in run.removed for n in (top, *top.walk())]
    gone = [n for n in edited + removed if find_words(run.body_as_moved(n), query.words.text)]
    if gone:
        return OverlappingTarget(
            f"the words {query.words} were changed by an earlier part of this amendment",
            span=query.words.span, hint=f"they were in {name(gone[0])} of the motion as moved")
    place_words = f" in {len(nodes)} paragraph(s) searched" if query.scope is not None else ""
    bodies = [n.body for n in (query.scope if query.scope is not None else [run.root,
                                                                           *run.root.walk()])]
    near = closest_words(query.words.text, bodies)
    return TargetNotFound(f"the words {query.words} are not in the motion{place_words}",
                          span=query.words.span,
                          hint=f"closest: “{near}”" if near else inventory(run.root))


def _by_line(run: Run, query: Query, hits: list[Found]) -> list[Found]:
    """Keep the occurrences on the printed line named, where the motion prints numbers."""
    if query.line is None:
        return hits
    span = query.words.span
    if not has_printed_numbers(run.root):
        run.warn(WarningKind.LINE_NOT_USABLE,
                 f"“in line {query.line}” is not used: the motion prints no line numbers",
                 span)
        return hits
    on_line = [h for h in hits if on_printed_line(h.node, h.start, query.line)]
    if on_line:
        return on_line
    run.warn(WarningKind.LINE_NOT_MATCHED,
             f"the words {query.words} are not on line {query.line}; found at "
             f"{', '.join(place(h.node, h.start) for h in hits[:4])}", span)
    return hits


def _choose(run: Run, query: Query, hits: list[Found]) -> list[Found]:
    """The one occurrence meant: the only one, or the first with a warning naming the rest."""
    if query.each or len(hits) == 1:
        return hits
    others = ", ".join(place(h.node, h.start) for h in hits[1:5]) + \
        (", …" if len(hits) > 5 else "")
    if run.book.strict:
        raise AmbiguousTarget(f"the words {query.words} occur {len(hits)} times "
                              f"({place(hits[0].node, hits[0].start)}, {others})",
                              span=query.words.span,
                              hint="say which paragraph, or “in each place”")
    run.warn(WarningKind.OCCURRENCE_CHOSEN,
             f"the words {query.words} occur {len(hits)} times; the first, in "
             f"{place(hits[0].node, hits[0].start)}, was taken (also at {others})",
             query.words.span)
    return hits[:1]


def _check(run: Run, query: Query, chosen: list[Found]) -> None:
    """Warn of a caseless match, and of words that only an earlier part put there."""
    for hit in chosen:
        if hit.tier is Tier.CASELESS:
            run.warn(WarningKind.CASELESS_MATCH,
                     f"{query.words} matched only when capitals are ignored, in "
                     f"{place(hit.node, hit.start)}", query.words.span)
            break
    for hit in chosen:
        before = run.body_as_moved(hit.node)
        if hit.node in run.added or (before != hit.node.body
                                     and not find_words(before, query.words.text)):
            run.warn(WarningKind.OVERLAP,
                     f"the words {query.words} in {name(hit.node)} were put there by an "
                     "earlier part of this amendment", query.words.span)
            break


def find(run: Run, query: Query) -> list[Found]:
    """The occurrences an operation acts on, in reading order (see the module's rules)."""
    nodes = _candidates(run, query)
    hits = [found for node in nodes for found in _in_node(run, node, query)]
    if not hits:
        raise _not_found(run, query, nodes)
    chosen = _choose(run, query, _by_line(run, query, hits))
    _check(run, query, chosen)
    return chosen

