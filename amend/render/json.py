"""JSON for machines: the resolved motion as a tree, and every change with its provenance."""

from __future__ import annotations

import json
from dataclasses import asdict

from amend.engine.apply import Result
from amend.motion.tree import Motion, Paragraph
from amend.render.text import render_text


def paragraph_dict(para: Paragraph) -> dict:
    return {"label": para.label.text if para.label else None, "text": para.text,
            "ending": para.ending, "children": [paragraph_dict(c) for c in para.children]}


def motion_dict(motion: Motion) -> dict:
    return {"preamble": motion.preamble,
            "paragraphs": [paragraph_dict(p) for p in motion.paragraphs]}


def render_json(result: Result) -> str:
    """The result as a JSON document."""
    changes = []
    for change in result.changes:
        item = asdict(change)
        item["span"] = asdict(change.span) if change.span else None
        changes.append(item)
    document = {"resolved": motion_dict(result.motion), "text": render_text(result.motion),
                "changes": changes, "warnings": [str(w) for w in result.warnings]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
