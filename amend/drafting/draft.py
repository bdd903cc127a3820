"""Drafting an amendment from the motion and the text the mover wants.

Top-level paragraphs are aligned; each changed region becomes one part: words substituted,
inserted or deleted inside a paragraph, paragraphs deleted, added, or replaced.  Drafts are
tried from the finest to the coarsest, and the first that ``apply`` turns back into the
edited text is returned; the last resort, "amended to read as follows", always is.
"""

from __future__ import annotations

import sys
from bisect import bisect_left
from dataclasses import dataclass

from amend.engine.apply import apply
from amend.errors import AmendError
from amend.instructions import operations as ops
from amend.instructions.amendment import parse_amendment
from amend.instructions.writer import STRUCTURED, write_amendment
from amend.motion.labels import BULLET
from amend.motion.tree import Motion, Paragraph
from amend.render.text import render_text
from amend.text.align import Tie, align, pair_by_words, pair_runs
from amend.text.collector import fewer_collections
from amend.text.matching import contiguous, occurrences

REWRITE_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class _Plan:
    """How finely to draft: word edits for punctuation too, or whole paragraphs only."""

    endings: bool
    words: bool


PLANS = (_Plan(endings=False, words=True), _Plan(endings=True, words=True),
         _Plan(endings=True, words=False))


def _subtree_text(para: Paragraph) -> str:
    return " ".join([para.text] + [_subtree_text(child) for child in para.children])


def _words(text: str) -> list[str]:
    """The words of a text, each word one shared string (interned): the aligner holds the
    words of every paragraph it compares at once, and long texts repeat their words."""
    return list(map(sys.intern, text.split()))


@dataclass(frozen=True, slots=True)
class _Level:
    """One list drafted as a whole: the motion's paragraphs and the edit's at the same place,
    and the paragraph they sit under (None: the motion's top level)."""

    old: tuple[Paragraph, ...]
    new: tuple[Paragraph, ...]
    within: ops.LabelRef | None = None

    def ref(self, index: int) -> ops.Ref | None:
        """How an amendment names the motion's ``index``-th paragraph here: by its label
        (under its parent's), else by its place at the top level; None if it cannot be."""
        para = self.old[index]
        if para.label is not None and para.label.kind != BULLET:
            return ops.LabelRef(para.label.count.lower(), within=self.within)
        return ops.OrdinalRef(index + 1) if self.within is None else None


def _same_apart_from_labels(a: Paragraph, b: Paragraph, endings: bool) -> bool:
    if a.text != b.text or len(a.children) != len(b.children):
        return False
    if endings and a.ending != b.ending:
        return False
    return all(_same_apart_from_labels(x, y, endings)
               for x, y in zip(a.children, b.children, strict=True))


def _block(paragraphs: list[Paragraph]) -> ops.Text:
    return ops.Text(render_text(Motion("", tuple(paragraphs))).strip())


def _scope_bodies(para: Paragraph) -> list[str]:
    return [para.body] + [body for child in para.children for body in _scope_bodies(child)]


def _unique(bodies: list[str], words: str) -> bool:
    return sum(len(occurrences(body, words)[0]) for body in bodies) == 1


def _word_edit(old: Paragraph, new: Paragraph, scope: ops.Ref) -> ops.Operation | None:
    """One operation turning ``old``'s words into ``new``'s (the smallest unique span)."""
    a, b = old.body.split(" "), new.body.split(" ")
    changed = [run for run in align(a, b) if run.tie is not Tie.SAME]
    if not changed:
        return None
    i1, i2, j1, j2 = changed[0].a.start, changed[-1].a.stop, changed[0].b.start, changed[-1].b.stop
    bodies = _scope_bodies(old)
    while True:
        span = " ".join(a[i1:i2])
        if span and _unique(bodies, span) and i2 > i1:
            break
        if i1 > 0:
            i1, j1 = i1 - 1, j1 - 1
        elif i2 < len(a):
            i2, j2 = i2 + 1, j2 + 1
        else:
            return None
    if i2 - i1 > REWRITE_SHARE * len(a):
        return None  # most of the paragraph: replace it instead
    old_words, new_words = a[i1:i2], b[j1:j2]
    old, new = ops.Text(" ".join(old_words)), ops.Text(" ".join(new_words))
    if not new_words:
        return ops.DeleteWords(old, scope)
    if new_words[:len(old_words)] == old_words:
        return ops.InsertWords(ops.Text(" ".join(new_words[len(old_words):])),
                               ops.Position.AFTER, old, scope)
    if new_words[-len(old_words):] == old_words:
        return ops.InsertWords(ops.Text(" ".join(new_words[:-len(old_words)])),
                               ops.Position.BEFORE, old, scope)
    return ops.SubstituteWords(old, new, scope)


@dataclass(frozen=True, slots=True)
class _Pairing:
    """Top-level paragraphs of the motion and the edit side by side (equal, or alike enough),
    and those left over on each side."""

    pairs: tuple[tuple[int, int], ...]
    deleted: tuple[int, ...]
    added: tuple[int, ...]


def _pairing(level: _Level) -> _Pairing:
    """Paragraphs aligned by their words; in a changed run, each edited paragraph pairs with
    the most alike paragraph still ahead, if alike enough."""
    a, b = level.old, level.new
    texts_a, texts_b = [_subtree_text(p) for p in a], [_subtree_text(p) for p in b]
    pairs, deleted, added = pair_runs(align(texts_a, texts_b), lambda run: pair_by_words(
        run, lambda i: _words(texts_a[i]), lambda j: _words(texts_b[j])))
    return _Pairing(tuple(pairs), tuple(deleted), tuple(added))


Parts = list[tuple[ops.Operation, ...]]


def _parts(level: _Level, pairing: _Pairing, plan: _Plan, style: str) -> Parts | None:
    """The parts of an amendment turning one list into the other, region by region; None
    where a paragraph that must be named cannot be (a sub-paragraph with no label)."""
    a, b = level.old, level.new
    words, deletions, additions = [], list(pairing.deleted), list(pairing.added)
    kept: dict[int, int] = {}  # edited index -> motion index, for paragraphs kept (in order)
    for i, j in pairing.pairs:
        if _same_apart_from_labels(a[i], b[j], plan.endings):
            kept[j] = i
            continue
        ref = level.ref(i)
        edits = _kept_paragraph(a[i], b[j], ref, plan, style) if plan.words and ref else None
        if edits is None:
            deletions.append(i)
            additions.append(j)
        else:
            kept[j] = i
            words.extend(edits)
    removed = _deletion_parts(level, sorted(deletions), list(kept.values()))
    added = _addition_parts(level, sorted(additions), kept, style)
    if removed is None or added is None:
        return None
    for place, part in list(added.items()):
        if place in removed:  # paragraphs deleted and others added in their place: one part
            removed[place] = removed[place] + part
            del added[place]
    return words + list(removed.values()) + list(added.values())


def _kept_paragraph(old: Paragraph, new: Paragraph, ref: ops.Ref, plan: _Plan,
                    style: str) -> Parts | None:
    """The parts that turn ``old`` into ``new`` keeping it in its place: an edit of its own
    words, and its sub-list drafted as a list of its own; None if it is to be replaced."""
    if _same_children(old, new):
        edit = _word_edit(old, new, ref)
        return None if edit is None else [(edit,)]
    if not isinstance(ref, ops.LabelRef) or not (old.children and new.children):
        return None
    own: Parts = []
    if old.body != new.body:
        edit = _word_edit(old, new, ref)
        if edit is None:
            return None
        own.append((edit,))
    sub = _Level(old.children, new.children, ref)
    pairing = _pairing(sub)
    if (pairing.deleted or pairing.added) and not _in_sequence(new.children):
        return None  # the engine reletters a list it adds to or takes from; this one is not
    below = _parts(sub, pairing, plan, style)
    return None if below is None else own + below


def _in_sequence(paragraphs: tuple[Paragraph, ...]) -> bool:
    """Whether a list's labels run on from its first without a gap, of one kind."""
    first = paragraphs[0].label
    return first is not None and all(
        para.label is not None and para.label.kind == first.kind and
        para.label.index == first.index + n for n, para in enumerate(paragraphs))


def _same_children(a: Paragraph, b: Paragraph) -> bool:
    return len(a.children) == len(b.children) and all(
        _same_apart_from_labels(x, y, True) for x, y in zip(a.children, b.children, strict=True))


def _last_before(ordered: list[int], index: int) -> int:
    """Which of ``ordered`` (increasing) indexes is the last before ``index`` (-1: none)."""
    position = bisect_left(ordered, index)
    return ordered[position - 1] if position else -1


def _deletion_parts(level: _Level, indexes: list[int],
                    kept: list[int]) -> dict[int, tuple[ops.Operation, ...]] | None:
    """Deletions, one part per run, keyed by the kept paragraph they follow (-1: none); a
    run of labelled top-level paragraphs is one range."""
    parts = {}
    for run in contiguous(indexes):
        place = _last_before(kept, run[0])
        refs = [level.ref(i) for i in run]
        if None in refs:
            return None
        first, last = refs[0], refs[-1]
        if len(run) > 1 and level.within is None and isinstance(first, ops.LabelRef) and \
                isinstance(last, ops.LabelRef):
            parts[place] = (ops.DeleteParagraphs(ops.RangeRef(first.count, last.count)),)
        else:
            parts[place] = tuple(ops.DeleteParagraphs(ref) for ref in refs)
    return parts


def _addition_parts(level: _Level, indexes: list[int], kept: dict[int, int],
                    style: str) -> dict[int, tuple[ops.Operation, ...]] | None:
    """Additions, one part per run, keyed by the kept paragraph they follow (-1: none).

    Labelled top-level paragraphs are added by the labels they will bear (structured style)
    or after the paragraph they follow (imperative style, which has no phrase for the
    former); sub-paragraphs after the one they follow."""
    parts = {}
    edited_kept = list(kept)
    for run in contiguous(indexes):
        paras = [level.new[j] for j in run]
        block = _block(paras)
        before = _last_before(edited_kept, run[0])
        place = kept[before] if before >= 0 else -1
        labels = [p.label.count.lower() for p in paras if p.label and p.label.kind != BULLET]
        near = level.ref(place) if place >= 0 else None
        if level.within is None and len(labels) == len(paras) and \
                (style == STRUCTURED or place < 0):
            span = (labels[0],) if len(labels) == 1 else (labels[0], labels[-1])
            parts[place] = (ops.AddParagraphs(block, span),)
        elif near is not None:
            parts[place] = (ops.AddParagraphs(block, position=ops.Position.AFTER, near=near),)
        elif level.within is None:
            parts[place] = (ops.AddParagraphs(block, position=ops.Position.START),)
        else:
            return None
    return parts


def _applies(motion: Motion, edited: Motion, text: str) -> bool:
    try:
        result = apply(motion, [parse_amendment(text, source="draft", motion=motion)], [None])
    except AmendError:
        return False
    return result.motion == edited


@fewer_collections
def draft(motion: Motion, edited: Motion, style: str = STRUCTURED) -> str:
    """The amendment, in ``style``, that turns ``motion`` into ``edited``."""
    if motion == edited:
        raise AmendError("the edited text is the motion as it stands: there is nothing to amend")
    if motion.preamble == edited.preamble:
        top = _Level(motion.paragraphs, edited.paragraphs)
        pairing = _pairing(top)
        for plan in PLANS:
            parts = _parts(top, pairing, plan, style)
            if parts:
                text = write_amendment(parts, style)
                if _applies(motion, edited, text):
                    return text
    whole = ops.ReplaceAll(ops.Text(render_text(edited).strip()))
    text = write_amendment([(whole,)], style)
    if not _applies(motion, edited, text):  # never hand over a draft that gives another text
        raise AmendError("no amendment could be drafted that gives the edited text exactly",
                         hint="check the edited text for instruction wording the reader would "
                              "take for its own")
    return text
