"""Verifying a minutes item: apply what the votes carried, in order, and check the record."""

from __future__ import annotations

import re
from dataclasses import dataclass

from amend.comparison.compare import Report, check
from amend.engine.apply import Result, apply
from amend.engine.carried import Carried
from amend.errors import InstructionSyntaxError
from amend.instructions import operations as ops
from amend.instructions.amendment import NO_INSTRUCTION, Amendment, Part, parse_amendment
from amend.minutes.reader import Item, MovedAmendment, carried_spec
from amend.motion.tree import Motion

MATCHES, DIFFERS = 0, 1
ALTERNATIVE = re.compile(r"^(that\s+)?(this\s+|the\s+)?(council|committee|cabinet)\b",
                         re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AmendmentFinding:
    """What happened to one amendment: its outcome in words and what was applied."""

    amendment: MovedAmendment
    outcome: str
    applied: str


@dataclass(frozen=True, slots=True)
class ItemReport:
    """A minutes item verified: each amendment's fate, the check report, and a summary; with
    the engine's result and the movers of the amendments it applied, in order."""

    item: Item
    findings: tuple[AmendmentFinding, ...]
    report: Report | None
    summary: str
    result: Result | None = None
    movers: tuple[str, ...] = ()

    @property
    def status(self) -> int:
        return DIFFERS if self.report is not None and not self.report.matches else MATCHES


def _describe(spec: Carried | str | None) -> str:
    if spec == "nothing":
        return "nothing applied"
    if spec is None:
        return "applied in full"
    parts = ", ".join(f"{n}" + "".join(f"({label})" for label in labels)
                      for n, labels in spec.parts)
    return f"applied {parts}"


def _outcome_words(amendment: MovedAmendment) -> str:
    outcome = amendment.outcome
    if outcome is None:
        return "no vote recorded"
    if not outcome.exception_parts and not outcome.exception_labels:
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
    except InstructionSyntaxError as error:
        if not error.message.startswith(NO_INSTRUCTION) or not ALTERNATIVE.match(text.strip()):
            raise
    whole = ops.ReplaceAll(ops.Text(text.strip()))
    return Amendment("", (Part(None, "(a complete alternative text)", (whole,)),), source), True


def verify(item: Item) -> ItemReport:
    """Apply the carried amendments to the motion in order and check the recorded resolution."""
    motion, resolution = item.motion, item.resolution
    if motion is None:
        if resolution is None:
            return ItemReport(item, (), None, "nothing to verify: no motion and no resolution")
        count = len(resolution.paragraphs)
        what = "no amendments" if not item.amendments else "no motion found for the amendments"
        return ItemReport(item, (), None,
                          f"{what}; the resolution has {count} paragraph{'s' * (count != 1)}")
    findings, applied, specs, movers = [], [], [], []
    for moved in item.amendments:
        source = f"{item.source} (amendment {moved.order})"
        reading, alternative = _reading(moved.text, source, motion)
        spec = carried_spec(reading, moved.outcome)
        applied_words = _describe(spec) + (" (a complete alternative text)" if alternative else "")
        findings.append(AmendmentFinding(moved, _outcome_words(moved), applied_words))
        if spec != "nothing":
            applied.append(reading)
            specs.append(spec)
            movers.append(moved.mover)
    result = apply(motion, applied, specs)
    if resolution is None:
        return ItemReport(item, tuple(findings), None, "no resolution recorded to check",
                          result, tuple(movers))
    report = check(result.motion, resolution)
    return ItemReport(item, tuple(findings), report, report.verdict, result, tuple(movers))
