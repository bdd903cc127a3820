"""A check report as plain text (verdict, then each difference as an inline redline) or JSON."""

from __future__ import annotations

from amend.comparison.compare import Difference, Report
from amend.motion.tree import Motion
from amend.render import json_parts as parts
from amend.render.corrected import corrected_resolution
from amend.render.json_parts import Command
from amend.render.redline import RedlineLine, plain_line, word_segments
from amend.render.text import render_text


def difference_lines(report: Report) -> list[tuple[str, RedlineLine]]:
    """Each difference's heading ("wording at (b)") and its inline redline."""
    out = []
    for difference in report.differences:
        heading = f"{difference.kind} at {difference.where}"
        if difference.recorded_span:
            heading += f" (record line {difference.recorded_span.line})"
        elif difference.expected_span:
            heading += f" (expected from {difference.expected_span.source} line " \
                       f"{difference.expected_span.line})"
        out.append((heading, RedlineLine(word_segments(difference.expected,
                                                       difference.recorded))))
    return out


def render_report_plain(report: Report) -> str:
    """The verdict line, then each difference with ``[-expected-]`` and ``{+recorded+}``."""
    lines = [report.verdict]
    for heading, redline in difference_lines(report):
        lines.append(f"- {heading}:")
        lines.append("    " + plain_line(redline))
    return "\n".join(lines) + "\n"


def difference(item: Difference) -> dict:
    """One difference: its kind, where, both texts and both places."""
    return {"kind": item.kind, "where": item.where, "substantive": item.substantive,
            "expected": item.expected, "recorded": item.recorded,
            "expected_position": parts.position(item.expected_span),
            "recorded_position": parts.position(item.recorded_span)}


def check_payload(report: Report, recorded: Motion | None = None,
                  expected: Motion | None = None) -> dict:
    """The verdict, the differences and, where the record differs in substance and both texts
    are given, the resolution as it should have been recorded."""
    from amend.minutes.verify import Verdict  # the minutes' verdicts: loaded only for JSON

    corrected = None
    if not report.matches and recorded is not None and expected is not None:
        corrected = render_text(corrected_resolution(expected, recorded))
    verdict = Verdict.VERIFIED if report.matches else Verdict.DIFFERS
    return {"verdict": verdict.value, "matches": report.matches, "summary": report.verdict,
            "differences": [difference(d) for d in report.differences], "corrected": corrected}


def render_report_json(report: Report, recorded: Motion | None = None,
                       expected: Motion | None = None) -> str:
    """``amend check``'s JSON (see ``check_payload``)."""
    return parts.document(Command.CHECK, check_payload(report, recorded, expected))
