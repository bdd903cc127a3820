"""``amend minutes``'s JSON: each item with its amendments and votes, what was applied (every
change and operation status), the check of the record, and a count of each verdict."""

from __future__ import annotations

from collections import Counter
from enum import StrEnum

from amend.engine.carried import Carried
from amend.minutes.reader import Outcome
from amend.minutes.verify import AmendmentFinding, ItemReport, Verdict
from amend.render import json_parts as parts
from amend.render.json import apply_payload
from amend.render.json_parts import Command
from amend.render.report import check_payload

UNREADABLE = "unreadable"
Row = tuple[str, ItemReport | None, str]


class NoteKind(StrEnum):
    """Warnings of a minutes item that are not the engine's (``WarningKind``)."""

    MINUTES_NOTICE = "minutes notice"  # the reader guessed, or could not place, a line
    AMENDMENT_NOT_READ = "amendment not read"  # it carried nothing, and could not be read


def _vote(outcome: Outcome | None) -> dict | None:
    if outcome is None:
        return None
    return {"carried": outcome.carried, "partial": outcome.partial, "phrase": outcome.phrase,
            "except_parts": list(outcome.exception_parts),
            "except_labels": list(outcome.exception_labels),
            "except_of_part": outcome.exception_of_part}


def _carried(spec: Carried | None) -> list[dict] | None:
    """What carried, part by part (None: all of it)."""
    if spec is None:
        return None
    return [{"part": number, "labels": list(labels)} for number, labels in spec.parts]


def _amendment(finding: AmendmentFinding) -> dict:
    moved = finding.amendment
    return {"index": moved.order, "mover": moved.mover or None,
            "seconder": moved.seconder or None, "vote": _vote(moved.outcome),
            "carried": _carried(finding.carried), "position": parts.position(moved.span)}


def _warnings(result: ItemReport) -> list[dict]:
    """The reader's notices, the amendments that could not be read, the engine's warnings
    (in the order ``ItemReport.warnings`` holds them)."""
    engine = result.result.warnings if result.result is not None else ()
    return ([{"kind": NoteKind.MINUTES_NOTICE.value, "message": n.message,
              "position": parts.position(n.span)} for n in result.item.notices]
            + [{"kind": NoteKind.AMENDMENT_NOT_READ.value, "message": f.unread,
                "position": None} for f in result.findings if f.unread is not None]
            + [parts.warning(w) for w in engine])


def _item(name: str, result: ItemReport) -> dict:
    names = [f.amendment.mover or None for f in result.findings]
    applied = apply_payload(result.result, names) if result.result is not None else None
    item = result.item
    report = (check_payload(result.report, item.resolution, result.result.motion)
              if result.report is not None and result.result is not None else None)
    return {"item": name, "verdict": result.verdict.value, "summary": result.summary,
            "error": None, "amendments": [_amendment(f) for f in result.findings],
            "alterations": list(item.alterations), "warnings": _warnings(result),
            "changes": applied["changes"] if applied else [],
            "outcomes": applied["outcomes"] if applied else [],
            "resolved": applied["text"] if applied else None,
            "unverified": bool(applied and applied["unverified"]), "check": report}


def _unreadable(name: str, error: str) -> dict:
    return {"item": name, "verdict": UNREADABLE, "summary": error,
            "error": {"message": error, "position": None}, "amendments": [],
            "alterations": [], "warnings": [], "changes": [], "outcomes": [],
            "resolved": None, "unverified": False, "check": None}


def totals(results: list[Row]) -> dict:
    """How many items, and how many with each verdict (keyed by the verdict)."""
    counts = Counter(r.verdict.value if r is not None else UNREADABLE for _, r, _ in results)
    kinds = [v.value for v in Verdict] + [UNREADABLE]
    return {"items": len(results), "verdicts": {kind: counts[kind] for kind in kinds}}


def render_minutes_json(results: list[Row]) -> str:
    """Every item (its verdict, or why it could not be read) and the totals."""
    items = [_item(name, result) if result is not None else _unreadable(name, error)
             for name, result, error in results]
    return parts.document(Command.MINUTES, {"items": items, "total": totals(results)})
