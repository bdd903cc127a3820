"""What each operation targets, resolved against the motion as moved: all of an amendment's
references are resolved before its first operation applies, so "1. Delete the first
paragraph. 2. In the third paragraph, delete “next”" edits the paragraph that was third when
the amendment was moved, not the one that is third after part 1."""

from __future__ import annotations

from dataclasses import dataclass
from functools import singledispatch

from amend.engine.references import Resolver
from amend.instructions import operations as ops
from amend.motion.worktree import Node


@dataclass(frozen=True, slots=True)
class Targets:
    """The paragraphs an operation acts on or near; the paragraphs its words are looked for
    in (None: the whole motion, preamble included), and those of them its scope names."""

    paragraphs: tuple[Node, ...] = ()
    scope: tuple[Node, ...] | None = None
    named: tuple[Node, ...] = ()


def _scope(resolver: Resolver, ref: ops.Ref | None) -> Targets:
    nodes = resolver.scope(ref)
    if nodes is None:
        return Targets()
    whole = isinstance(ref, ops.SentenceRef) and ref.within is None
    return Targets(scope=tuple(nodes), named=() if whole else tuple(resolver.paragraphs(ref)))


@singledispatch
def targets_of(op, resolver: Resolver) -> Targets:
    """The targets of ``op`` in the tree as it stands."""
    raise TypeError(f"not an operation: {op!r}")


@targets_of.register
def _(op: ops.DeleteParagraphs, resolver: Resolver) -> Targets:
    return Targets(tuple(resolver.paragraphs(op.target)))


@targets_of.register
def _(op: ops.Reletter, resolver: Resolver) -> Targets:
    return Targets(tuple(resolver.paragraphs(op.target)))


@targets_of.register
def _(op: ops.AddParagraphs, resolver: Resolver) -> Targets:
    return Targets(tuple(resolver.paragraphs(op.near)) if op.near is not None else ())


@targets_of.register(ops.DeleteWords)
@targets_of.register(ops.SubstituteWords)
@targets_of.register(ops.DeleteAfter)
@targets_of.register(ops.DeleteBetween)
def _(op, resolver: Resolver) -> Targets:
    """Word operations act within their scope (the whole motion when none is named)."""
    return _scope(resolver, op.scope)


@targets_of.register
def _(op: ops.InsertWords, resolver: Resolver) -> Targets:
    """Words inserted at an anchor act within their scope; else in the paragraph named."""
    if op.anchor is not None:
        return _scope(resolver, op.scope)
    return _holding(resolver, op.scope)


@targets_of.register
def _(op: ops.DeleteSentence, resolver: Resolver) -> Targets:
    return _holding(resolver, op.target)


def _holding(resolver: Resolver, ref: ops.Ref | None) -> Targets:
    """The paragraph named, or, for a sentence of the whole motion, the paragraph that holds
    it: the first, or the last for "the last sentence"."""
    found = tuple(resolver.paragraphs(ref))
    last = isinstance(ref, ops.SentenceRef) and ref.within is None and ref.n == -1
    return Targets(found[-1:] if last else found[:1])


@targets_of.register
def _(op: ops.ReplaceAll, resolver: Resolver) -> Targets:
    return Targets()
