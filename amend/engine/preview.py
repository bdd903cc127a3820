"""What an amendment would do to a motion, for ``amend explain``: the text each operation
targets, and the status each operation would have, without stopping at the first failure."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import singledispatch

from amend.engine.apply import apply_amendment
from amend.engine.finding import find, sentence_of
from amend.engine.handlers import Step, words_query
from amend.engine.places import name
from amend.engine.references import Resolver
from amend.engine.result import OperationOutcome
from amend.engine.state import Book, Run
from amend.engine.tail import locate_anchor
from amend.engine.targets import targets_of
from amend.errors import AmendError
from amend.instructions import operations as ops
from amend.instructions.amendment import Amendment
from amend.motion.tree import Motion
from amend.motion.worktree import Node, dismantle, thaw
from amend.text.numbers import ordinal_word


def survey(motion: Motion, amendment: Amendment,
           strict: bool = False) -> tuple[OperationOutcome, ...]:
    """The status of every operation of the amendment applied in full to the motion; a failed
    operation is recorded and the rest still run."""
    book = Book(thaw(motion), strict)
    outcomes = survey_in(book, amendment)
    dismantle(book.root, *book.removed)
    return outcomes


def survey_in(book: Book, amendment: Amendment) -> tuple[OperationOutcome, ...]:
    """``survey`` on a working tree already made (one a reading run has only read), which
    it changes."""
    apply_amendment(book, amendment, 1, None, keep_going=True)
    return tuple(book.outcomes)


def _quoted(node: Node, start: int, end: int) -> str:
    return f"{name(node)}: “…{node.body[max(0, start - 25):end + 25]}…”"


@singledispatch
def _words_targeted(op, step: Step, run: Run) -> list[str]:
    quotes = ops.target_quotes(op)
    if not quotes:
        return []
    query = words_query(step, quotes[0], each=getattr(op, "each", False))
    return [_quoted(f.node, f.start, f.end) for f in find(run, query)]


@_words_targeted.register
def _(op: ops.DeleteAfter, step: Step, run: Run) -> list[str]:
    node, cut = locate_anchor(run, op, step.targets.scope)
    return [f"{name(node)}, everything after “…{node.body[max(0, cut - 40):cut]}”"]


@contextmanager
def reading_run(motion: Motion | None) -> Iterator[Run | None]:
    """A run over the motion as it stands, for ``targets_in`` (which only reads it), broken up
    when the block ends; None without a motion."""
    if motion is None:
        yield None
        return
    run = Run(Book(thaw(motion)), 0)
    run.reading = Resolver(run.root)
    try:
        yield run
    finally:
        dismantle(run.root)


def targets_in(run: Run, op: ops.Operation) -> list[str]:
    """What an operation targets in the motion as it stands, in words (``run`` from
    ``reading_run``: one serves every operation, since finding targets changes nothing)."""
    resolver = run.reading or Resolver(run.root)
    step = Step(op, targets_of(op, resolver), readings=resolver.take_readings())
    sentence = _sentence_named(op)
    if step.targets.paragraphs and sentence is not None:  # the sentence, not its paragraph
        node = step.targets.paragraphs[0]
        start, end = sentence_of(run, node, sentence)
        return [f"{name(node)}, its {ordinal_word(sentence.n)} sentence: "
                f"“{_clipped(node.body[start:end])}”"]
    if step.targets.paragraphs:
        return [f"{name(n)}: “{_clipped(n.body)}”" for n in step.targets.paragraphs]
    return _words_targeted(op, step, run)


def _clipped(text: str) -> str:
    return f"{text[:70]}{'…' if len(text) > 70 else ''}"


def _sentence_named(op: ops.Operation) -> ops.SentenceRef | None:
    """The sentence an operation acts on as a whole or at its ends, if it names one."""
    if isinstance(op, ops.DeleteSentence):
        return op.target
    if isinstance(op, ops.InsertWords) and op.anchor is None and \
            isinstance(op.scope, ops.SentenceRef):
        return op.scope
    return None


@dataclass(frozen=True, slots=True)
class Preview:
    """What each operation of an amendment would do to a motion, in the amendment's order:
    what it targets (in words, or the error that says it is not there) and its status."""

    targets: tuple[list[str] | AmendError, ...]
    outcomes: tuple[OperationOutcome, ...]


def preview(motion: Motion, amendment: Amendment) -> Preview:
    """Every operation's targets, read first, then its status from applying the amendment in
    full to the same working tree (reading it changes nothing), so the motion is thawed once."""
    with reading_run(motion) as run:
        targets = tuple(_targets_or_error(run, op) for part in amendment.parts
                        for op in part.operations)
        return Preview(targets, survey_in(run.book, amendment))


def _targets_or_error(run: Run, op: ops.Operation) -> list[str] | AmendError:
    try:
        return targets_in(run, op)
    except AmendError as error:
        return error


__all__ = ["Preview", "preview", "reading_run", "survey", "survey_in", "targets_in"]
