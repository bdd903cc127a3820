"""What applying gives: the motion as amended, every change with its provenance, every
warning, and the status of every operation."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from amend.errors import (
    UNVERIFYING,
    AmbiguousTarget,
    AmendError,
    AmendWarning,
    NoEffect,
    OverlappingTarget,
    Span,
    TargetNotFound,
    WarningKind,
)
from amend.instructions import operations as ops
from amend.motion.tree import Motion
from amend.motion.worktree import ChangeKind


class Status(Enum):
    """How one operation went."""

    APPLIED = "applied"
    WARNED = "applied with a warning"
    NOT_FOUND = "not found"
    AMBIGUOUS = "ambiguous"
    OVERLAPS = "overlaps an earlier part of the same amendment"
    NO_EFFECT = "changes nothing"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class Change:
    """One thing the engine did, and which amendment and part made it do so; where known, the
    words before and after (``old``, ``new``) and the paragraph's label before and after."""

    kind: ChangeKind
    description: str
    amendment: int
    part: int | None
    span: Span | None = field(default=None, compare=False)
    old: str | None = None
    new: str | None = None
    label_before: str | None = None
    label_after: str | None = None


@dataclass(frozen=True, slots=True)
class OperationOutcome:
    """The status of one operation of one part, with its warnings or the error that stopped
    it."""

    amendment: int
    part: int | None
    operation: ops.Operation
    status: Status
    warnings: tuple[AmendWarning, ...] = ()
    error: AmendError | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Result:
    """The motion as amended, the motion as moved, every change, warning and outcome;
    ``stages`` holds the motion after each amendment in turn (the last is ``motion``)."""

    motion: Motion
    original: Motion
    changes: tuple[Change, ...]
    warnings: tuple[AmendWarning, ...] = ()
    outcomes: tuple[OperationOutcome, ...] = ()
    stages: tuple[Motion, ...] = ()

    @property
    def unverified_reasons(self) -> tuple[AmendWarning, ...]:
        """The warnings that leave the result unverified (a quotation never closed, a printed
        result that differs), in the order they were made."""
        return tuple(w for w in self.warnings if w.kind in UNVERIFYING)

    @property
    def unverified(self) -> bool:
        """Whether the result may not be what the amendments mean (see ``unverified_reasons``)."""
        return bool(self.unverified_reasons)


def status_of_error(error: AmendError) -> Status:
    """The status an operation has when ``error`` stopped it."""
    for kind, status in ((OverlappingTarget, Status.OVERLAPS), (TargetNotFound, Status.NOT_FOUND),
                         (AmbiguousTarget, Status.AMBIGUOUS), (NoEffect, Status.NO_EFFECT)):
        if isinstance(error, kind):
            return status
    return Status.FAILED


def status_of_warnings(warnings: tuple[AmendWarning, ...]) -> Status:
    """The status of an operation that applied with these warnings."""
    if any(w.kind is WarningKind.OVERLAP for w in warnings):
        return Status.OVERLAPS
    return Status.WARNED if warnings else Status.APPLIED
