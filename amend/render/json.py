"""JSON for machines (one documented shape, ``schema.json``): the output of ``amend apply``,
``amend show`` and ``amend draft``, built from the library's results."""

from __future__ import annotations

from collections.abc import Sequence

from amend.engine.apply import Result
from amend.motion.tree import Motion
from amend.render import json_parts as parts
from amend.render.json_parts import Command
from amend.render.text import render_text


def apply_payload(result: Result, names: Sequence[str | None] = ()) -> dict:
    """The motion as moved and as amended, every change, operation outcome and warning."""
    count = max(len(result.stages), max((c.amendment for c in result.changes), default=0))
    return {"motion": parts.motion(result.original), "resolved": parts.motion(result.motion),
            "text": render_text(result.motion), "unverified": result.unverified,
            "amendments": [parts.amendment_ref(n, names) for n in range(1, count + 1)],
            "changes": [parts.change(c, names) for c in result.changes],
            "outcomes": [parts.outcome(o, names) for o in result.outcomes],
            "warnings": [parts.warning(w) for w in result.warnings]}


def render_json(result: Result, names: Sequence[str | None] = ()) -> str:
    """``amend apply``'s JSON; ``names[k - 1]`` names amendment k (its file, say)."""
    return parts.document(Command.APPLY, apply_payload(result, names))


def render_show_json(motion: Motion, source: str) -> str:
    """``amend show``'s JSON: the motion tree as read, with each paragraph's place."""
    return parts.document(Command.SHOW, {"source": source, "motion": parts.motion(motion)})


def render_draft_json(amendment: str, style: str, motion: Motion, edited: Motion) -> str:
    """``amend draft``'s JSON: the amendment drafted in ``style``, and the texts it joins."""
    return parts.document(Command.DRAFT, {"style": style, "amendment": amendment,
                                          "motion": render_text(motion),
                                          "edited": render_text(edited)})
