"""Applying amendments: each amendment's carried parts in order, every reference resolved
against the motion as it stood when the amendment was moved, then the lists it changed
relettered and repunctuated.  Every change is recorded with its amendment, part and span,
and every operation gets a status.

A whole-text rewrite ("Amend the motion to read …") followed by a part that names a
paragraph ("2. Delete paragraph (c).") is an ``OverlappingTarget`` error at that part: labels
refer to the motion as moved, and the rewrite has replaced every paragraph of it, so the later
part has nothing it can mean with certainty (the new text's (c) is a guess we do not make).
Quoted words after a rewrite are looked for in the text as rewritten, like any words an
earlier part changed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from amend.engine.carried import Carried
from amend.engine.handlers import Step, perform
from amend.engine.lists import check_new_labels, check_promises, repair_lists
from amend.engine.references import Resolver
from amend.engine.result import (
    Change,
    OperationOutcome,
    Result,
    status_of_error,
    status_of_warnings,
)
from amend.engine.state import Book, Run
from amend.engine.targets import targets_of
from amend.errors import (
    AmendError,
    AmendWarning,
    CarriedSpecError,
    EmptiedParagraph,
    OverlappingTarget,
    WarningKind,
)
from amend.instructions import operations as ops
from amend.instructions.amendment import Amendment, Part
from amend.motion.tree import Motion
from amend.motion.worktree import dismantle, freeze, thaw
from amend.text.collector import fewer_collections

__all__ = ["Change", "Result", "apply", "apply_amendment"]


def carried_parts(amendment: Amendment, carried: Carried | None) -> list[Part]:
    """The parts that carried, in order; a spec naming a part the amendment lacks is an error."""
    if carried is None:
        return list(amendment.parts)
    known = {1 if p.number is None else p.number for p in amendment.parts}  # lone: part 1
    for part_number, _ in carried.parts:
        if part_number not in known:
            raise CarriedSpecError(f"the amendment has no part {part_number}",
                                   hint=f"its parts are {sorted(known)}")
    return [p for p in amendment.parts if carried.includes(p.number)]


def locate(error: AmendError, op: ops.Operation, part: Part | None) -> AmendError:
    """Give an error without a place the place of the operation's words, or of its part."""
    if error.span is None:
        quotes = ops.target_quotes(op)
        error.span = (quotes[0].span if quotes else None) or (part.span if part else None)
    return error


@dataclass(frozen=True, slots=True)
class Unresolved:
    """An operation whose targets could not be resolved, and why."""

    op: ops.Operation
    error: AmendError


def _plan(run: Run, parts: list[Part], carried: Carried | None,
          keep_going: bool) -> list[tuple[Part, list[Step | Unresolved]]]:
    """Every operation's targets, resolved before any operation applies."""
    resolver = Resolver(run.root)
    plan = []
    for part in parts:
        labels = carried.labels(part.number) if carried else ()
        steps: list[Step | Unresolved] = []
        for op in part.operations:
            try:
                targets = targets_of(op, resolver)
                steps.append(Step(op, targets, labels, resolver.take_readings()))
            except AmendError as error:
                resolver.take_readings()
                if not keep_going:
                    raise locate(error, op, part) from None
                steps.append(Unresolved(op, locate(error, op, part)))
        plan.append((part, steps))
    return plan


def _check_still_there(run: Run, step: Step) -> None:
    nodes = (*step.targets.paragraphs, *step.targets.named)
    if any(not node.reachable_from(run.root) for node in nodes):
        raise OverlappingTarget(
            f"{step.op.describe()}: an earlier part of this amendment deleted or replaced "
            "that paragraph", hint="paragraphs are named as they were in the motion as moved")


def _run_step(run: Run, step: Step | Unresolved, keep_going: bool) -> None:
    """Apply one step and record its outcome; an error stops the run unless ``keep_going``."""
    number = run.part.number if run.part else None
    outcomes = run.book.outcomes
    if isinstance(step, Unresolved):
        outcomes.append(OperationOutcome(run.number, number, step.op,
                                         status_of_error(step.error), (), step.error))
        return
    run.noted = list(run.part.warnings) if run.part else []
    for kind, message in step.readings:
        run.warn(kind, message)
    try:
        _check_still_there(run, step)
        perform(step.op, step, run)
    except AmendError as error:
        locate(error, step.op, run.part)
        outcomes.append(OperationOutcome(run.number, number, step.op, status_of_error(error),
                                         tuple(run.noted), error))
        if not keep_going:
            raise
        return
    noted = tuple(run.noted)
    outcomes.append(OperationOutcome(run.number, number, step.op, status_of_warnings(noted),
                                     noted))


def apply_amendment(book: Book, amendment: Amendment, number: int, carried: Carried | None,
                    keep_going: bool = False) -> None:
    """Apply one amendment's carried parts to the working tree."""
    run = Run(book, number)
    had_paragraphs = bool(book.root.children)
    for part, steps in _plan(run, carried_parts(amendment, carried), carried, keep_going):
        run.part = part
        book.warnings.extend(part.warnings)
        for step in steps:
            _run_step(run, step, keep_going)
    if had_paragraphs and not book.root.children:
        _left_with_no_paragraphs(run, keep_going)
    repair_lists(run)
    check_new_labels(run)
    check_promises(run)
    run.part = None
    book.removed.extend(run.removed)


def _left_with_no_paragraphs(run: Run, keep_going: bool) -> None:
    """Refuse an amendment that leaves the motion only its preamble (“That this Council:-”
    before nothing), at the part that was applied last; for ``explain``, that part's last
    operation is given the error instead."""
    error = EmptiedParagraph(f"amendment {run.number} leaves the motion with no paragraphs, "
                             "only its preamble", hint="a motion needs some words: say what "
                             "replaces the paragraphs deleted")
    error.span = run.part.span if run.part else None
    outcomes = run.book.outcomes
    if not keep_going or not outcomes:
        raise error
    last = outcomes[-1]
    outcomes[-1] = replace(last, status=status_of_error(error), error=error)


@fewer_collections
def apply(motion: Motion, amendments: list[Amendment] | tuple[Amendment, ...],
          carried: list[Carried | None] | None = None, *, strict: bool = False) -> Result:
    """The motion as amended: each amendment in order, each with its carried parts.  With
    ``strict``, quoted words found in several places with nothing to say which are an error
    rather than a warning."""
    book = Book(thaw(motion), strict)
    book.warnings.extend(AmendWarning(WarningKind.LAYOUT_GUESS, f"the motion's {guess.what}",
                                      guess.span) for guess in motion.guesses)
    specs = list(carried or [])
    stages = []
    for number, amendment in enumerate(amendments, start=1):
        spec = specs[number - 1] if number <= len(specs) else None
        apply_amendment(book, amendment, number, spec)
        stages.append(freeze(book.root))
    dismantle(book.root, *book.removed)
    return Result(stages[-1] if stages else motion, motion, tuple(book.changes),
                  tuple(book.warnings), tuple(book.outcomes), tuple(stages))
