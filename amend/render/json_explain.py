"""``amend explain``'s JSON: each part of an amendment, its operations, and (given the motion)
what each targets and how applying it would go."""

from __future__ import annotations

from amend.engine.preview import reading_run, survey, targets_in
from amend.engine.result import OperationOutcome
from amend.engine.state import Run
from amend.errors import AmendError
from amend.explanation.printed import PrintedWitness, printed_witness
from amend.instructions import operations as ops
from amend.instructions.amendment import Amendment, Part
from amend.motion.tree import Motion
from amend.render import json_parts as parts
from amend.render.json_parts import Command


def _targets(run: Run, op: ops.Operation) -> tuple[list[str], dict | None]:
    """What an operation targets in the motion, or the error that says it is not there."""
    try:
        return targets_in(run, op), None
    except AmendError as error:
        return [], parts.error(error)


def _operation(op: ops.Operation, run: Run | None, outcome: OperationOutcome | None) -> dict:
    out = {"operation": type(op).__name__, "description": op.describe(), "targets": [],
           "target_error": None, "status": None, "warnings": [], "error": None}
    if run is not None:
        out["targets"], out["target_error"] = _targets(run, op)
    if outcome is not None:
        out |= {"status": outcome.status.value,
                "warnings": [parts.warning(w) for w in outcome.warnings],
                "error": parts.error(outcome.error) if outcome.error is not None else None}
    return out


def _part(part: Part, run: Run | None, outcomes: list[OperationOutcome]) -> dict:
    operations = [_operation(op, run, outcomes.pop(0) if outcomes else None)
                  for op in part.operations]
    return {"number": part.number, "instruction": part.instruction,
            "new_text": part.block.text if part.block is not None else None,
            "position": parts.position(part.span), "operations": operations}


def render_explain_json(amendment: Amendment, motion: Motion | None = None,
                        motion_source: str | None = None) -> str:
    """How each part was read; with the motion, each operation's targets and status."""
    outcomes = list(survey(motion, amendment)) if motion is not None else []
    with reading_run(motion) as run:
        explained = [_part(part, run, outcomes) for part in amendment.parts]
    return parts.document(Command.EXPLAIN, {
        "amendment": amendment.source, "motion": motion_source if motion is not None else None,
        "preamble": amendment.preamble, "parts": explained,
        "printed_result": _printed(printed_witness(amendment, motion))})


def _printed(witness: PrintedWitness | None) -> dict | None:
    """The printed result: where, how long, and (compared) the differences or the error."""
    if witness is None:
        return None
    return {"position": parts.position(witness.span), "paragraphs": witness.paragraphs,
            "compared": witness.compared,
            "differences": [parts.warning(w) for w in witness.differences],
            "error": parts.error(witness.error) if witness.error is not None else None}
