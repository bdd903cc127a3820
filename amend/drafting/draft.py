"""Drafting an amendment from the motion and the text the mover wants.

Top-level paragraphs are aligned; each changed region becomes one part: words substituted,
inserted or deleted inside a paragraph, paragraphs deleted, added, or replaced.  Drafts are
tried from the finest to the coarsest, and the first that ``apply`` turns back into the
edited text is returned; the last resort, "amended to read as follows", always is.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from amend.engine.apply import apply
from amend.errors import AmendError
from amend.instructions import operations as ops
from amend.instructions.amendment import parse_amendment
from amend.instructions.writer import STRUCTURED, write_amendment
from amend.motion.labels import BULLET
from amend.motion.tree import Motion, Paragraph
from amend.render.text import render_text
from amend.text.matching import contiguous, occurrences

LIKE_ENOUGH = 0.5
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
    return text.split()


def _like(a: Paragraph, b: Paragraph) -> float:
    return difflib.SequenceMatcher(None, _words(_subtree_text(a)), _words(_subtree_text(b)),
                                   autojunk=False).ratio()


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
    codes = [c for c in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
             if c[0] != "equal"]
    if not codes:
        return None
    i1, i2, j1, j2 = codes[0][1], codes[-1][2], codes[0][3], codes[-1][4]
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
        return ops.InsertWords(ops.Text(" ".join(new_words[len(old_words):])), "after", old,
                               scope)
    if new_words[-len(old_words):] == old_words:
        return ops.InsertWords(ops.Text(" ".join(new_words[:-len(old_words)])), "before", old,
                               scope)
    return ops.SubstituteWords(old, new, scope)


def _parts(motion: Motion, edited: Motion, plan: _Plan,
           style: str) -> list[tuple[ops.Operation, ...]]:
    """The parts of an amendment turning ``motion`` into ``edited``, region by region."""
    a, b = motion.paragraphs, edited.paragraphs
    keys_a = [_subtree_text(p) for p in a]
    keys_b = [_subtree_text(p) for p in b]
    words, deletions, additions = [], [], []
    kept: dict[int, int] = {}  # edited index -> motion index, for paragraphs kept
    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        side_by_side = list(zip(range(i1, i2), range(j1, j2), strict=False))
        if tag == "equal":
            pairs = side_by_side
        else:  # a changed run: paragraphs in the same place that are alike enough
            pairs = [(i, j) for i, j in side_by_side if _like(a[i], b[j]) >= LIKE_ENOUGH]
        paired_a = {i for i, _ in pairs}
        paired_b = {j for _, j in pairs}
        for i, j in pairs:
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
        deletions.extend(i for i in range(i1, i2) if i not in paired_a)
        additions.extend(j for j in range(j1, j2) if j not in paired_b)
    removed = _deletion_parts(motion, sorted(deletions), kept)
    added = _addition_parts(motion, edited, sorted(additions), kept, style)
    for place, part in list(added.items()):
        if place in removed:  # paragraphs deleted and others added in their place: one part
            removed[place] = removed[place] + part
            del added[place]
    return words + list(removed.values()) + list(added.values())


def _same_children(a: Paragraph, b: Paragraph) -> bool:
    return len(a.children) == len(b.children) and all(
        _same_apart_from_labels(x, y, True) for x, y in zip(a.children, b.children, strict=True))


def _deletion_parts(motion: Motion, indexes: list[int],
                    kept: dict[int, int]) -> dict[int, tuple[ops.Operation, ...]]:
    """Deletions, one part per run, keyed by the kept paragraph they follow (-1: none)."""
    parts = {}
    for run in contiguous(indexes):
        place = max((i for i in kept.values() if i < run[0]), default=-1)
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
    for run in contiguous(indexes):
        paras = [edited.paragraphs[j] for j in run]
        block = _block(paras)
        place = max((kept[j] for j in range(run[0]) if j in kept), default=-1)
        labels = [p.label.count.lower() for p in paras if p.label and p.label.kind != BULLET]
        if len(labels) == len(paras) and (style == STRUCTURED or place < 0):
            span = (labels[0],) if len(labels) == 1 else (labels[0], labels[-1])
            parts[place] = (ops.AddParagraphs(block, span),)
        elif place >= 0:
            parts[place] = (ops.AddParagraphs(block, position="after",
                                              near=_ref(motion, place)),)
        else:
            parts[place] = (ops.AddParagraphs(block, position="start"),)
    return parts


def _applies(motion: Motion, edited: Motion, text: str) -> bool:
    try:
        result = apply(motion, [parse_amendment(text, source="draft", motion=motion)], [None])
    except AmendError:
        return False
    return result.motion == edited


def draft(motion: Motion, edited: Motion, style: str = STRUCTURED) -> str:
    """The amendment, in ``style``, that turns ``motion`` into ``edited``."""
    if motion == edited:
        raise AmendError("the edited text is the motion as it stands: there is nothing to amend")
    if motion.preamble == edited.preamble:
        for plan in PLANS:
            parts = _parts(motion, edited, plan, style)
            if parts:
                text = write_amendment(parts, style)
                if _applies(motion, edited, text):
                    return text
    whole = ops.ReplaceAll(ops.Text(render_text(edited).strip()))
    return write_amendment([(whole,)], style)
