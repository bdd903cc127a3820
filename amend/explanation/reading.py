"""Plain words for what each part of an amendment does, what it targets in the motion, and how
each operation would go."""

from __future__ import annotations

from amend.engine.preview import reading_run, survey_in, targets_in
from amend.engine.result import OperationOutcome, Status
from amend.engine.state import Run
from amend.errors import AmendError
from amend.explanation.printed import printed_witness
from amend.instructions import operations as ops
from amend.instructions.amendment import Amendment, Part
from amend.motion.tree import Motion
from amend.text.collector import fewer_collections


def status_line(outcome: OperationOutcome) -> str:
    """ "  status: applied", or the status with the warnings or the error that gave it."""
    line = f"  status: {outcome.status.value}"
    if outcome.error is not None:
        return f"{line}: {outcome.error}"
    if outcome.status is not Status.APPLIED:
        return f"{line}: " + "; ".join(str(w) for w in outcome.warnings)
    return line


def _targets(run: Run, op: ops.Operation) -> list[str]:
    try:
        return [f"  targets {target}" for target in targets_in(run, op)]
    except AmendError as error:
        return [f"  not found: {error}"]


def _part_lines(part: Part, targets: list[list[str]] | None,
                outcomes: list[OperationOutcome]) -> list[str]:
    name = f"part {part.number}" if part.number is not None else "instruction"
    lines = [f"{name}: " + "; ".join(op.describe() for op in part.operations)]
    if part.block is not None:
        lines.append(f"  new text: {ops.Text(' '.join(part.block.text.split()))}")
    if targets is None:
        return lines
    for found in targets:
        lines.extend(found)
        if outcomes:
            lines.append(status_line(outcomes.pop(0)))
    return lines


@fewer_collections
def explain(amendment: Amendment, motion: Motion | None = None) -> list[str]:
    """One line per part ("part 2: delete paragraph (f); add new paragraph (f)"), and under
    each operation, given the motion, the text it targets and how applying it would go; then
    any printed result, and whether the instructions give it."""
    lines = [f"preamble: {amendment.preamble}"] if amendment.preamble else []
    witness = printed_witness(amendment, motion)
    printed = witness.lines() if witness is not None else []
    if motion is None:
        return lines + [line for part in amendment.parts
                        for line in _part_lines(part, None, [])] + printed
    with reading_run(motion) as run:  # read first, then applied to the same working tree
        targets = [[_targets(run, op) for op in part.operations] for part in amendment.parts]
        outcomes = list(survey_in(run.book, amendment))
    for part, found in zip(amendment.parts, targets, strict=True):
        lines.extend(_part_lines(part, found, outcomes))
    return lines + printed
