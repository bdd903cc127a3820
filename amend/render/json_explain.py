"""``amend explain``'s JSON: each part of an amendment, its operations, and (given the motion)
what each targets and how applying it would go."""

from __future__ import annotations

from itertools import accumulate

from amend.engine.preview import Preview, preview
from amend.engine.result import OperationOutcome
from amend.errors import AmendError
from amend.explanation.printed import PrintedWitness, printed_witness
from amend.instructions import operations as ops
from amend.instructions.amendment import Amendment, Part
from amend.motion.tree import Motion
from amend.render import json_parts as parts
from amend.render.json_parts import Command


def _operation(op: ops.Operation, found: list[str] | AmendError | None,
               outcome: OperationOutcome | None) -> dict:
    out = {"operation": type(op).__name__, "description": op.describe(), "targets": [],
           "target_error": None, "status": None, "warnings": [], "error": None}
    if isinstance(found, AmendError):
        out["target_error"] = parts.error(found)
    elif found is not None:
        out["targets"] = found
    if outcome is not None:
        out |= {"status": outcome.status.value,
                "warnings": [parts.warning(w) for w in outcome.warnings],
                "error": parts.error(outcome.error) if outcome.error is not None else None}
    return out


def _part(part: Part, seen: Preview | None, index: int) -> dict:
    """A part and its operations (``index``: the first one's place in the amendment)."""
    operations = [_operation(op, *_seen(seen, index + k)) for k, op in enumerate(part.operations)]
    return {"number": part.number, "instruction": part.instruction,
            "new_text": part.block.text if part.block is not None else None,
            "position": parts.position(part.span), "operations": operations}


def render_explain_json(amendment: Amendment, motion: Motion | None = None,
                        motion_source: str | None = None) -> str:
    """How each part was read; with the motion, each operation's targets and status."""
    seen = preview(motion, amendment) if motion is not None else None
    starts = accumulate((len(part.operations) for part in amendment.parts), initial=0)
    explained = [_part(part, seen, start)  # starts has one more: where the last part ends
                 for part, start in zip(amendment.parts, starts, strict=False)]
    return parts.document(Command.EXPLAIN, {
        "amendment": amendment.source, "motion": motion_source if motion is not None else None,
        "preamble": amendment.preamble, "parts": explained,
        "printed_result": _printed(printed_witness(amendment, motion))})


def _seen(seen: Preview | None, at: int) -> tuple:
    """The targets and outcome of the amendment's ``at``-th operation (None, None: unseen)."""
    if seen is None:
        return None, None
    return seen.targets[at], seen.outcomes[at] if at < len(seen.outcomes) else None


def _printed(witness: PrintedWitness | None) -> dict | None:
    """The printed result: where, how long, and (compared) the differences or the error."""
    if witness is None:
        return None
    return {"position": parts.position(witness.span), "paragraphs": witness.paragraphs,
            "compared": witness.compared,
            "differences": [parts.warning(w) for w in witness.differences],
            "error": parts.error(witness.error) if witness.error is not None else None}
