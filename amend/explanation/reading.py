"""Plain words for what each part of an amendment does, what it targets in the motion, and how
each operation would go."""

from __future__ import annotations

from amend.engine.preview import Preview, preview
from amend.engine.result import OperationOutcome, Status
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


def _target_lines(found: list[str] | AmendError) -> list[str]:
    if isinstance(found, AmendError):
        return [f"  not found: {found}"]
    return [f"  targets {target}" for target in found]


def _part_lines(part: Part, seen: Preview | None, index: int) -> list[str]:
    """The part's reading; under each of its operations (``index`` is the first one's place
    in the amendment), given a preview, its targets and status."""
    name = f"part {part.number}" if part.number is not None else "instruction"
    lines = [f"{name}: " + "; ".join(op.describe() for op in part.operations)]
    if part.block is not None:
        lines.append(f"  new text: {ops.Text(' '.join(part.block.text.split()))}")
    if seen is None:
        return lines
    for at in range(index, index + len(part.operations)):
        lines.extend(_target_lines(seen.targets[at]))
        if at < len(seen.outcomes):
            lines.append(status_line(seen.outcomes[at]))
    return lines


@fewer_collections
def explain(amendment: Amendment, motion: Motion | None = None) -> list[str]:
    """One line per part ("part 2: delete paragraph (f); add new paragraph (f)"), and under
    each operation, given the motion, the text it targets and how applying it would go; then
    any printed result, and whether the instructions give it."""
    lines = [f"preamble: {amendment.preamble}"] if amendment.preamble else []
    witness = printed_witness(amendment, motion)
    printed = witness.lines() if witness is not None else []
    seen = preview(motion, amendment) if motion is not None else None
    index = 0
    for part in amendment.parts:
        lines.extend(_part_lines(part, seen, index))
        index += len(part.operations)
    return lines + printed
