"""Checking a recorded resolution against the text it should be, difference by difference.

Both texts are read into trees and flattened in reading order.  Paragraphs are aligned by
their folded words (so one missing or extra paragraph never shifts every later comparison),
changed runs are paired by likeness, and each aligned pair is compared: its label, then its
words.  Only whitespace, quote glyphs and dash glyphs are cosmetic; everything else changes
the record and is reported as its own kind.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from dataclasses import dataclass
from enum import StrEnum

from amend.errors import Span
from amend.motion.labels import BULLET
from amend.motion.opening import is_bare_opening, strip_opening
from amend.motion.tree import SENTENCE_ENDS, Motion, Paragraph
from amend.text.align import Run, align, pair_by_words, pair_runs
from amend.text.collector import fewer_collections
from amend.text.matching import contiguous, plain


class DifferenceKind(StrEnum):
    """How the record differs from what it should be (the value is how reports name it)."""

    MISSING = "missing paragraph"
    EXTRA = "extra paragraph"
    MOVED = "moved paragraph"
    WORDING = "wording"
    PUNCTUATION = "punctuation only"
    CONNECTOR = "list connector only"
    LETTERING = "lettering only"
    CAPITALS = "capitals only"
    COSMETIC = "cosmetic"


MISSING, EXTRA, MOVED, WORDING, PUNCTUATION, CONNECTOR, LETTERING, CAPITALS, COSMETIC = \
    DifferenceKind

_CONNECTOR = re.compile(r"\s*\b(and|or)$", re.IGNORECASE)
_PUNCTUATION = re.compile(r"[^\w\s]")


@dataclass(frozen=True, slots=True)
class Difference:
    """One way the record differs: its kind, where (label path), both texts, both positions."""

    kind: DifferenceKind
    where: str
    expected: str
    recorded: str
    expected_span: Span | None = None
    recorded_span: Span | None = None

    @property
    def substantive(self) -> bool:
        return self.kind != COSMETIC


@dataclass(frozen=True, slots=True)
class Report:
    """Every difference between the expected text and the record."""

    differences: tuple[Difference, ...]

    @property
    def substantive(self) -> tuple[Difference, ...]:
        return tuple(d for d in self.differences if d.substantive)

    @property
    def matches(self) -> bool:
        return not self.substantive

    @property
    def verdict(self) -> str:
        count = len(self.substantive)
        if count:
            return f"{count} substantive difference{'s' if count != 1 else ''}"
        cosmetic = len(self.differences)
        if cosmetic:
            return f"matches apart from {cosmetic} cosmetic difference{'s' * (cosmetic != 1)}"
        return "matches"


@dataclass(frozen=True, slots=True)
class _Item:
    """A paragraph in reading order: the item of the paragraph it sits in, its depth, the
    paragraph, its count among unlabelled paragraphs or place in a bulleted list (0 for the
    preamble), whether it opens the text (the preamble, or else the first paragraph), and
    the folded words it is aligned by (any opening "That this" folded too: a paragraph moved
    to or from the top of a text, or left at the top when the one before it is dropped, is
    the same paragraph)."""

    parent: _Item | None
    depth: int
    para: Paragraph
    number: int
    opening: bool
    key: str

    @property
    def body(self) -> str:
        """The paragraph's words with their closing punctuation."""
        return self.para.body

    @property
    def where(self) -> str:
        """Its label path, as differences name it: "(2)(a)", "¶3", "•2", "preamble"."""
        label = self.para.label
        if label is None:
            own = f"¶{self.number}" if self.number else "preamble"
        else:
            own = label.text if label.kind != BULLET else f"•{self.number}"
        return own if self.parent is None else self.parent.where + own


def cosmetic_fold(text: str) -> str:
    """Text with whitespace, quote glyphs and dash glyphs folded."""
    return plain(text)


def _opening(text: str) -> str:
    """A first paragraph or preamble without "RESOLVED:", nor "That this" before "Council"."""
    return strip_opening(text)


def _as_reread(motion: Motion) -> tuple[str, tuple[Paragraph, ...]]:
    """The preamble and paragraphs a motion's printed text reads back as: a bare "That:" is
    no preamble, and a first unlabelled paragraph over a labelled list ("Council resolves:-"
    over (a), (b), left first when what stood before it was deleted) is the preamble, its list
    the paragraphs."""
    preamble, paragraphs = motion.preamble, motion.paragraphs
    first = paragraphs[0] if paragraphs else None
    if (not preamble and first is not None and first.label is None and first.children
            and first.children[0].label is not None
            and not first.body.endswith(SENTENCE_ENDS)):
        preamble, paragraphs = first.body, first.children + paragraphs[1:]
    return ("" if is_bare_opening(preamble) else preamble), paragraphs


def flatten(motion: Motion) -> list[_Item]:
    """The motion's paragraphs in reading order (the preamble first, if any)."""
    items = []
    preamble, paragraphs = _as_reread(motion)
    if preamble:
        items.append(_Item(None, 0, Paragraph(None, preamble), 0, True,
                           cosmetic_fold(_opening(preamble))))
    unlabelled = 0
    parents: list[_Item] = []  # the item of the paragraph open at each depth
    for position, (indexes, para) in enumerate(Motion(preamble, paragraphs).walk()):
        depth = len(indexes) - 1
        if para.label is None:
            unlabelled += 1
            number = unlabelled
        else:
            number = indexes[-1] + 1 if para.label.kind == BULLET else 0
        item = _Item(parents[depth - 1] if depth else None, depth, para, number,
                     position == 0 and not preamble, cosmetic_fold(_opening(para.body)))
        parents[depth:] = [item]
        items.append(item)
    return items


def _align(expected: list[_Item], recorded: list[_Item]):
    """Pairs of aligned indexes, and the indexes left over on each side.

    Paragraphs with equal words align first, then those whose words differ only in capitals,
    punctuation or a list connector; in a changed run each recorded paragraph pairs with the
    most alike expected one still ahead, else with the one bearing its label, else (where the
    run has as many paragraphs on each side) with the one in the same position."""
    runs = align([item.key for item in expected], [item.key for item in recorded],
                 loose=(lambda i: _bare_words(expected[i].key),
                        lambda j: _bare_words(recorded[j].key)))
    return pair_runs(runs, lambda run: _pair_rewritten(run, expected, recorded))


def _bare_words(key: str) -> str:
    """A paragraph's words without capitals, punctuation or a closing list connector."""
    return " ".join(_words(_CONNECTOR.sub("", key).casefold()))


def _pair_rewritten(run: Run, expected: list[_Item], recorded: list[_Item]):
    """Pairs of paragraphs in a changed run: alike enough, or same label, or same place."""
    same_size = len(run.a) == len(run.b)

    def rewritten(j: int, window: range) -> int | None:
        namesake = next((k for k in window if expected[k].where == recorded[j].where
                         and expected[k].para.label is not None), None)
        if namesake is not None:
            return namesake  # same label, words rewritten
        opposite = run.a.start + (j - run.b.start)
        if same_size and opposite >= window.start and \
                expected[opposite].depth == recorded[j].depth:
            return opposite  # same place, words rewritten
        return None

    return pair_by_words(run, lambda i: _words(expected[i].key),
                         lambda j: _words(recorded[j].key), rewritten)


def _slide(left_over: list[int], items: list[_Item], pairs: list[tuple[int, int]],
           side: int) -> tuple[list[int], list[tuple[int, int]]]:
    """Move each run of left-over paragraphs up past paragraphs with the same words, so that it
    starts at the top of a paragraph's sub-list ("(c) with its (i), (ii)", not "(i), (ii) and
    the next (c)").  Which copy of repeated words is the extra one is otherwise arbitrary."""
    partner: dict[int, tuple[int, int]] | None = None  # built only if a run slides
    chosen = set(left_over)
    for run in contiguous(sorted(left_over)):
        start, end = run[0], run[-1]
        while (start > 0 and start - 1 not in chosen and items[start - 1].key == items[end].key
               and items[start].depth > min(items[k].depth for k in range(start, end + 1))):
            if partner is None:
                partner = {pair[side]: pair for pair in pairs}
            if start - 1 not in partner:
                break
            pair = partner.pop(start - 1)
            moved = (pair[0], end) if side == 1 else (end, pair[1])
            partner[end] = moved
            chosen.discard(end)
            chosen.add(start - 1)
            start, end = start - 1, end - 1
    if partner is None:
        return sorted(left_over), pairs
    return sorted(chosen), sorted(partner.values())


def _runs(indexes: list[int], items: list[_Item]) -> list[list[int]]:
    """Group left-over paragraphs: a paragraph with the sub-list that follows it is one run."""
    runs: list[list[int]] = []
    for index in sorted(indexes):
        run = runs[-1] if runs else None
        if run and index == run[-1] + 1 and items[index].depth > items[run[0]].depth:
            run.append(index)
        else:
            runs.append([index])
    return runs


def _text(items: list[_Item], run: list[int]) -> str:
    return "\n".join(_label_text(items[i].para) + items[i].para.body for i in run)


def _label_text(para: Paragraph) -> str:
    return f"{para.label.text} " if para.label else ""


def _body_kind(expected: str, recorded: str) -> DifferenceKind | None:
    """How two aligned paragraphs' words differ: None, cosmetic, capitals, connector,
    punctuation or wording (the first that explains the whole difference)."""
    if expected == recorded:
        return None
    folded_e, folded_r = cosmetic_fold(expected), cosmetic_fold(recorded)
    if folded_e == folded_r:
        return COSMETIC
    if folded_e.casefold() == folded_r.casefold():
        return CAPITALS
    if _words(folded_e) == _words(folded_r):
        return PUNCTUATION
    bare_e, bare_r = _CONNECTOR.sub("", folded_e), _CONNECTOR.sub("", folded_r)
    if bare_e == bare_r:
        return CONNECTOR
    if _words(bare_e) == _words(bare_r):
        return PUNCTUATION
    return WORDING


def _words(text: str) -> list[str]:
    return _PUNCTUATION.sub(" ", text).split()


def _label_differs(a: Paragraph, b: Paragraph) -> bool:
    if a.label is None or b.label is None:
        return (a.label is None) != (b.label is None)
    if (a.label.kind, a.label.index) == (b.label.kind, b.label.index):
        return False
    if (a.label.kind == BULLET) != (b.label.kind == BULLET):
        return True
    return a.label.count.lower() != b.label.count.lower()


Found = list[tuple[tuple[int, int], Difference]]  # differences keyed by reading position


def _pair_differences(pairs: list[tuple[int, int]], items_a: list[_Item],
                      items_b: list[_Item]) -> Found:
    """How each aligned pair differs: its label, then its words."""
    found: Found = []
    for i, j in pairs:
        a, b = items_a[i], items_b[j]
        if _label_differs(a.para, b.para):
            found.append(((i, j), Difference(LETTERING, a.where, _label_text(a.para).strip(),
                                             _label_text(b.para).strip(), a.para.span,
                                             b.para.span)))
        if a.opening or b.opening:  # "That this Council …" may open either text
            kind = _body_kind(_opening(a.body), _opening(b.body))
        else:
            kind = _body_kind(a.body, b.body)
        if kind:
            found.append(((i, j), Difference(kind, a.where, a.para.body, b.para.body,
                                             a.para.span, b.para.span)))
    return found


def _left_over_differences(missing: list[int], extra: list[int], items_a: list[_Item],
                           items_b: list[_Item]) -> Found:
    """Runs of paragraphs only one text has: missing or extra, or moved where a run missing
    here is extra there with the same words."""
    found: Found = []
    missing_runs, extra_runs = _runs(missing, items_a), _runs(extra, items_b)
    twins: dict[tuple[str, ...], deque[list[int]]] = defaultdict(deque)
    for run in extra_runs:
        twins[tuple(items_b[j].key for j in run)].append(run)
    moved: set[int] = set()
    for run in missing_runs:
        keys = tuple(items_a[i].key for i in run)
        twin = twins[keys].popleft() if twins.get(keys) else None
        first = items_a[run[0]]
        if twin is not None:
            moved.add(twin[0])
            found.append(((run[0], twin[0]), Difference(
                MOVED, first.where, _text(items_a, run), _text(items_b, twin), first.para.span,
                items_b[twin[0]].para.span)))
        else:
            found.append(((run[0], -1), Difference(MISSING, first.where, _text(items_a, run), "",
                                                   first.para.span, None)))
    for run in extra_runs:
        if run[0] not in moved:
            first = items_b[run[0]]
            found.append(((len(items_a), run[0]), Difference(
                EXTRA, first.where, "", _text(items_b, run), None, first.para.span)))
    return found


@fewer_collections
def check(expected: Motion, recorded: Motion) -> Report:
    """Every difference between the text expected and the text recorded."""
    items_a, items_b = flatten(expected), flatten(recorded)
    pairs, missing, extra = _align(items_a, items_b)
    missing, pairs = _slide(missing, items_a, pairs, 0)
    extra, pairs = _slide(extra, items_b, pairs, 1)
    found = _pair_differences(pairs, items_a, items_b) + \
        _left_over_differences(missing, extra, items_a, items_b)
    found.sort(key=lambda pair: pair[0])
    return Report(tuple(difference for _, difference in found))
