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


def _ref(motion: Motion, index: int) -> ops.Ref:
    para = motion.paragraphs[index]
    if para.label is not None and para.label.kind != BULLET:
        return ops.LabelRef(para.label.count.lower())
    return ops.OrdinalRef(index + 1)


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


def _pairing(motion: Motion, edited: Motion) -> _Pairing:
    """Paragraphs aligned by their words; in a changed run, each edited paragraph pairs with
    the most alike paragraph still ahead, if alike enough."""
    a, b = motion.paragraphs, edited.paragraphs
    texts_a, texts_b = [_subtree_text(p) for p in a], [_subtree_text(p) for p in b]
    pairs, deleted, added = pair_runs(align(texts_a, texts_b), lambda run: pair_by_words(
        run, lambda i: _words(texts_a[i]), lambda j: _words(texts_b[j])))
    return _Pairing(tuple(pairs), tuple(deleted), tuple(added))


def _parts(motion: Motion, edited: Motion, pairing: _Pairing, plan: _Plan,
           style: str) -> list[tuple[ops.Operation, ...]]:
    """The parts of an amendment turning ``motion`` into ``edited``, region by region."""
    a, b = motion.paragraphs, edited.paragraphs
    words, deletions, additions = [], list(pairing.deleted), list(pairing.added)
    kept: dict[int, int] = {}  # edited index -> motion index, for paragraphs kept (in order)
    for i, j in pairing.pairs:
        if _same_apart_from_labels(a[i], b[j], plan.endings):
            kept[j] = i
            continue
        edit = _word_edit(a[i], b[j], _ref(motion, i)) if plan.words and \
            _same_children(a[i], b[j]) else None
        if edit is None:
            deletions.append(i)
            additions.append(j)
        else:
            kept[j] = i
            words.append((edit,))
    removed = _deletion_parts(motion, sorted(deletions), list(kept.values()))
    added = _addition_parts(motion, edited, sorted(additions), kept, style)
    for place, part in list(added.items()):
        if place in removed:  # paragraphs deleted and others added in their place: one part
            removed[place] = removed[place] + part
            del added[place]
    return words + list(removed.values()) + list(added.values())


def _same_children(a: Paragraph, b: Paragraph) -> bool:
    return len(a.children) == len(b.children) and all(
        _same_apart_from_labels(x, y, True) for x, y in zip(a.children, b.children, strict=True))


def _last_before(ordered: list[int], index: int) -> int:
    """Which of ``ordered`` (increasing) indexes is the last before ``index`` (-1: none)."""
    position = bisect_left(ordered, index)
    return ordered[position - 1] if position else -1


def _deletion_parts(motion: Motion, indexes: list[int],
                    kept: list[int]) -> dict[int, tuple[ops.Operation, ...]]:
    """Deletions, one part per run, keyed by the kept paragraph they follow (-1: none)."""
    parts = {}
    for run in contiguous(indexes):
        place = _last_before(kept, run[0])
        first, last = _ref(motion, run[0]), _ref(motion, run[-1])
        if len(run) > 1 and isinstance(first, ops.LabelRef) and isinstance(last, ops.LabelRef):
            parts[place] = (ops.DeleteParagraphs(ops.RangeRef(first.count, last.count)),)
        else:
            parts[place] = tuple(ops.DeleteParagraphs(_ref(motion, i)) for i in run)
    return parts


def _addition_parts(motion: Motion, edited: Motion, indexes: list[int], kept: dict[int, int],
                    style: str) -> dict[int, tuple[ops.Operation, ...]]:
    """Additions, one part per run, keyed by the kept paragraph they follow (-1: none).

    Labelled paragraphs are added by the labels they will bear (structured style) or after
    the paragraph they follow (imperative style, which has no phrase for the former)."""
    parts = {}
    edited_kept = list(kept)
    for run in contiguous(indexes):
        paras = [edited.paragraphs[j] for j in run]
        block = _block(paras)
        before = _last_before(edited_kept, run[0])
        place = kept[before] if before >= 0 else -1
        labels = [p.label.count.lower() for p in paras if p.label and p.label.kind != BULLET]
        if len(labels) == len(paras) and (style == STRUCTURED or place < 0):
            span = (labels[0],) if len(labels) == 1 else (labels[0], labels[-1])
            parts[place] = (ops.AddParagraphs(block, span),)
        elif place >= 0:
            parts[place] = (ops.AddParagraphs(block, position=ops.Position.AFTER,
                                              near=_ref(motion, place)),)
        else:
            parts[place] = (ops.AddParagraphs(block, position=ops.Position.START),)
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
        pairing = _pairing(motion, edited)
        for plan in PLANS:
            parts = _parts(motion, edited, pairing, plan, style)
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
