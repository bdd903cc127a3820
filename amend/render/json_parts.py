"""The pieces every command's JSON is made of (described by ``schema.json`` and docs/json.md):
positions, warnings, paragraphs, changes and operation outcomes, each a plain dict built from
the library's frozen results, enums given by their values."""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import StrEnum

from amend.engine.result import Change, OperationOutcome
from amend.errors import AmendError, AmendWarning, Span
from amend.motion.tree import Motion, Paragraph

SCHEMA_VERSION = "1.8"


class Command(StrEnum):
    """The command a JSON document is the output of."""

    APPLY = "apply"
    CHECK = "check"
    MINUTES = "minutes"
    EXPLAIN = "explain"
    DRAFT = "draft"
    SHOW = "show"


def document(command: Command, payload: dict) -> str:
    """One JSON document: the schema version, the command, then the command's payload."""
    whole = {"schema_version": SCHEMA_VERSION, "command": command.value} | payload
    return json.dumps(whole, ensure_ascii=False, indent=2) + "\n"


def position(span: Span | None) -> dict | None:
    """A place in an input as ``{"file", "line", "column"}`` (None where there is none)."""
    if span is None:
        return None
    return {"file": span.source, "line": span.line, "column": span.column}


def warning(item: AmendWarning) -> dict:
    """A warning: its kind, its message and where the input says so."""
    return {"kind": item.kind.value, "message": item.message, "position": position(item.span)}


def error(item: AmendError) -> dict:
    """What stopped something: the message (with its hint) and where."""
    return {"message": item.explained, "position": position(item.span)}


def paragraph(para: Paragraph) -> dict:
    """A paragraph with its label, words, closing punctuation, place and sub-list."""
    return {"label": para.label.text if para.label else None, "text": para.text,
            "ending": para.ending, "position": position(para.span),
            "children": [paragraph(child) for child in para.children]}


def motion(tree: Motion) -> dict:
    """A motion as its preamble and paragraph tree."""
    return {"preamble": tree.preamble, "paragraphs": [paragraph(p) for p in tree.paragraphs]}


def amendment_ref(number: int, names: Sequence[str | None]) -> dict:
    """Which amendment: its 1-based index in the order voted, and its name where known."""
    name = names[number - 1] if 0 < number <= len(names) else None
    return {"index": number, "name": name or None}


def change(item: Change, names: Sequence[str | None] = ()) -> dict:
    """A change the engine made, with its amendment, part, kind, words and labels."""
    return {"amendment": amendment_ref(item.amendment, names), "part": item.part,
            "kind": item.kind.value, "description": item.description,
            "old": item.old, "new": item.new,
            "label_before": item.label_before, "label_after": item.label_after,
            "position": position(item.span)}


def outcome(item: OperationOutcome, names: Sequence[str | None] = ()) -> dict:
    """How one operation went: its status, warnings, and the error that stopped it."""
    return {"amendment": amendment_ref(item.amendment, names), "part": item.part,
            "operation": type(item.operation).__name__,
            "description": item.operation.describe(), "status": item.status.value,
            "warnings": [warning(w) for w in item.warnings],
            "error": error(item.error) if item.error is not None else None}
