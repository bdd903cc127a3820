"""Verifying a minutes item: apply what the votes carried, in order, and check the record."""

from __future__ import annotations

from dataclasses import dataclass

from amend.amendment import parse_amendment
from amend.carried import Carried
from amend.check import Report, check
from amend.engine import apply
from amend.minutes import Item, MovedAmendment, carried_spec

MATCHES, DIFFERS = 0, 1


@dataclass(frozen=True, slots=True)
class AmendmentFinding:
    """What happened to one amendment: its outcome in words and what was applied."""

    amendment: MovedAmendment
    outcome: str
    applied: str


@dataclass(frozen=True, slots=True)
class ItemReport:
    """A minutes item verified: each amendment's fate, the check report, and a summary."""

    item: Item
    findings: tuple[AmendmentFinding, ...]
    report: Report | None
    summary: str

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
    findings, applied, specs = [], [], []
    for moved in item.amendments:
        source = f"{item.source} (amendment {moved.order})"
        reading = parse_amendment(moved.text, source=source, motion=motion)
        spec = carried_spec(reading, moved.outcome)
        findings.append(AmendmentFinding(moved, _outcome_words(moved), _describe(spec)))
        if spec != "nothing":
            applied.append(reading)
            specs.append(spec)
    result = apply(motion, applied, specs)
    if resolution is None:
        return ItemReport(item, tuple(findings), None, "no resolution recorded to check")
    report = check(result.motion, resolution)
    return ItemReport(item, tuple(findings), report, report.verdict)
