"""Verifying a minutes item: apply what the votes carried, in order, and check the record."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from amend.comparison.compare import Report, check
from amend.comparison.printed import witness
from amend.engine.apply import Result, apply
from amend.engine.carried import Carried
from amend.errors import AmendError, NoInstruction
from amend.instructions import operations as ops
from amend.instructions.amendment import Amendment, Part, parse_amendment
from amend.minutes.carried import NOTHING, carried_of
from amend.minutes.reader import Item, MovedAmendment, Outcome
from amend.motion.opening import opens_with_body
from amend.motion.tree import Motion


class Verdict(Enum):
    """What verifying an item found."""

    VERIFIED = "verified"
    DIFFERS = "differs"
    UNVERIFIED = "unverified"  # the record is not contradicted, but the result is unverified
    NOTHING_TO_VERIFY = "nothing to verify"


@dataclass(frozen=True, slots=True)
class AmendmentFinding:
    """What happened to one amendment: its outcome in words, what was applied in words, what
    carried (None: all of it), and, for one that carried nothing and could not be read, why."""

    amendment: MovedAmendment
    outcome: str
    applied: str
    carried: Carried | None = None
    unread: str | None = None


@dataclass(frozen=True, slots=True)
class ItemReport:
    """A minutes item verified: each amendment's fate, the check report, and a summary; with
    the engine's result and the movers of the amendments it applied, in order."""

    item: Item
    findings: tuple[AmendmentFinding, ...]
    report: Report | None
    summary: str
    warnings: tuple[str, ...] = ()
    result: Result | None = None
    movers: tuple[str, ...] = ()

    @property
    def verdict(self) -> Verdict:
        """Differs if the record differs; else unverified if the result is (a printed result
        that differs from the instructions', a quotation never closed); else verified, or
        nothing to verify without a record."""
        if self.report is not None and not self.report.matches:
            return Verdict.DIFFERS
        if self.result is not None and self.result.unverified:
            return Verdict.UNVERIFIED
        return Verdict.NOTHING_TO_VERIFY if self.report is None else Verdict.VERIFIED


def _describe(spec: Carried | None) -> str:
    if spec is None:
        return "applied in full"
    if not spec.parts:
        return "nothing applied"
    parts = ", ".join(f"{n}" + "".join(f"({label})" for label in labels)
                      for n, labels in spec.parts)
    return f"applied {parts}"


def _outcome_words(amendment: MovedAmendment) -> str:
    outcome = amendment.outcome
    if outcome is None:
        return "no vote recorded"
    if not outcome.partial:
        return outcome.phrase
    what = ", ".join([f"({label})" for label in outcome.exception_labels]
                     + [f"part {n}" for n in outcome.exception_parts])
    of_part = f" of part {outcome.exception_of_part}" if outcome.exception_of_part else ""
    other = "carried" if not outcome.carried else "negatived"
    return f"{'carried' if outcome.carried else 'negatived'}, except {what}{of_part} ({other})"


def _reading(text: str, source: str, motion: Motion) -> tuple[Amendment, bool]:
    """The amendment read as instructions; or, where the minutes print a whole alternative
    motion with no instruction at all ("That this Council …"), that text replacing the motion.
    Whether it was read as an alternative text is the second value."""
    try:
        return parse_amendment(text, source=source, motion=motion), False
    except NoInstruction:
        if not opens_with_body(text):
            raise
    whole = ops.ReplaceAll(ops.Text(text.strip()))
    return Amendment("", (Part(None, "(a complete alternative text)", (whole,)),), source), True


def _nothing_to_apply(item: Item, resolution: Motion | None) -> ItemReport:
    """The report on an item without a motion: what it has, calmly."""
    notices = tuple(str(notice) for notice in item.notices)
    if resolution is None:
        return ItemReport(item, (), None, "nothing to verify: no motion and no resolution",
                          notices)
    count = len(resolution.paragraphs)
    what = "no amendments" if not item.amendments else "no motion found for the amendments"
    return ItemReport(item, (), None,
                      f"{what}; the resolution has {count} paragraph{'s' * (count != 1)}",
                      notices)


@dataclass(frozen=True, slots=True)
class _Weighed:
    """One amendment read and weighed: what to tell and what to apply."""

    finding: AmendmentFinding
    reading: Amendment
    carried: Carried | None


def _carried_something(outcome: Outcome | None) -> bool:
    return outcome is not None and (outcome.carried or outcome.partial)


def _weigh(moved: MovedAmendment, source: str, motion: Motion) -> _Weighed:
    """An amendment read, and what carried of it.  One that carried nothing need not be
    read: if it cannot be, that is a warning, not a failure of the whole item."""
    words = _outcome_words(moved)
    try:
        reading, alternative = _reading(moved.placed_text, source, motion)
    except AmendError as error:
        if _carried_something(moved.outcome):
            raise
        unread = f"{error} (it carried nothing, so it was not needed)"
        return _Weighed(AmendmentFinding(moved, words, "nothing applied (not read)", NOTHING,
                                         unread), Amendment("", (), source), NOTHING)
    spec = carried_of(reading, moved.outcome)
    applied = _describe(spec) + (" (a complete alternative text)" if alternative else "")
    return _Weighed(AmendmentFinding(moved, words, applied, spec), reading, spec)


def verify(item: Item) -> ItemReport:
    """Apply the carried amendments to the motion in order and check the recorded resolution."""
    motion, resolution = item.motion, item.resolution
    if motion is None:
        return _nothing_to_apply(item, resolution)
    weighed = [_weigh(moved, item.source, motion) for moved in item.amendments]
    findings = [w.finding for w in weighed]
    readings, carried = [w.reading for w in weighed], [w.carried for w in weighed]
    result = witness(apply(motion, readings, carried), readings, carried)
    movers = tuple(moved.mover for moved in item.amendments)
    warnings = (tuple(str(notice) for notice in item.notices)
                + tuple(f.unread for f in findings if f.unread is not None) + result.warnings)
    unverified = ", but the result is unverified" if result.unverified else ""
    if resolution is None:
        return ItemReport(item, tuple(findings), None,
                          "no resolution recorded to check" + unverified, warnings, result,
                          movers)
    report = check(result.motion, resolution)
    summary = report.verdict + (unverified if report.matches else "")
    return ItemReport(item, tuple(findings), report, summary, warnings, result, movers)
