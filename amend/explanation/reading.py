"""Plain words for what each part of an amendment does, and what it targets in the motion."""

from __future__ import annotations

from amend.engine.apply import targets_in
from amend.errors import AmendError
from amend.instructions import operations as ops
from amend.instructions.amendment import Amendment
from amend.motion.tree import Motion


def explain(amendment: Amendment, motion: Motion | None = None) -> list[str]:
    """One line per part ("part 2: delete paragraph (f); add new paragraph (f)"), and under
    each operation, given the motion, the text it targets."""
    lines = [f"preamble: {amendment.preamble}"] if amendment.preamble else []
    for part in amendment.parts:
        name = f"part {part.number}" if part.number is not None else "instruction"
        lines.append(f"{name}: " + "; ".join(op.describe() for op in part.operations))
        if part.block is not None:
            lines.append(f"  new text: {ops.Text(' '.join(part.block.text.split()))}")
        if motion is None:
            continue
        for op in part.operations:
            try:
                for target in targets_in(motion, op):
                    lines.append(f"  targets {target}")
            except AmendError as error:
                lines.append(f"  not found: {error}")
    return lines
